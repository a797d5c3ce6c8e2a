"""Word automatic numbering: render the marker Word draws ("一、", "（一）", "1.") for a numbered paragraph.

The marker lives in numbering.xml, not in the paragraph text: w:num → w:abstractNum → w:lvl with
w:numFmt (how to write the counter) and w:lvlText (the pattern, "%1、"). Counters are kept per
(abstractNum, ilvl), as Word keeps them: the w:num instances of one w:abstractNum continue one
sequence, and a w:startOverride restarts its level where its num first numbers that level (Word's
"restart at 1"). Numbering a level restarts the deeper ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_CN_DIGITS = "零一二三四五六七八九"
_CN_UNITS = ("", "十", "百", "千")
_LEGAL = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")


def chinese_counting(n: int, legal: bool = False) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 105 → 一百零五 (legal: 壹拾 for 10, as Word writes 大写)."""
    if not 0 < n < 10_000:
        return str(n)
    out: list[str] = []
    pending_zero = False
    digits = str(n)
    for i, d in enumerate(digits):
        if d == "0":
            pending_zero = bool(out)
            continue
        if pending_zero:
            out.append("零")
            pending_zero = False
        out.append(_CN_DIGITS[int(d)] + _CN_UNITS[len(digits) - 1 - i])
    text = "".join(out)
    if legal:
        return text.translate(_LEGAL)
    return text[1:] if 10 <= n < 20 else text  # 十一, not 一十一


def _enclosed(first: int, count: int) -> Callable[[int], str]:
    """Numbers drawn as one enclosed character (①, ⑴, ⒈…), decimal beyond the set."""
    return lambda n: chr(first + n - 1) if 1 <= n <= count else str(n)


def _cycle(signs: str) -> Callable[[int], str]:
    return lambda n: signs[(n - 1) % len(signs)]


def _letters(alphabet: str) -> Callable[[int], str]:
    """Word's letter numbering: a…z, then aa…zz, aaa…"""
    return lambda n: alphabet[(n - 1) % 26] * ((n - 1) // 26 + 1) if n > 0 else str(n)


# fmt: off
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
# fmt: on


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, sign in _ROMAN:
        count, n = divmod(n, value)
        out.append(sign * count)
    return "".join(out)


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_IDEOGRAPH_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")

# w:numFmt (ECMA-376 ST_NumberFormat) → how Word writes counter n. Unknown formats fall back to
# decimal with a warning; "bullet" and "none" are handled by the caller (no counter).
NUMBER_FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalHalfWidth": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate(_FULL_WIDTH),
    "decimalFullWidth2": lambda n: str(n).translate(_FULL_WIDTH),
    "decimalEnclosedCircle": _enclosed(0x2460, 20),  # ①…⑳
    "decimalEnclosedCircleChinese": _enclosed(0x2460, 20),
    "decimalEnclosedParen": _enclosed(0x2474, 20),  # ⑴…⒇
    "decimalEnclosedFullstop": _enclosed(0x2488, 20),  # ⒈…⒛
    "ideographEnclosedCircle": _enclosed(0x3220, 10),  # ㈠…㈩
    "chineseCounting": chinese_counting,  # 一 二 … 十 十一
    "chineseCountingThousand": chinese_counting,
    "taiwaneseCounting": chinese_counting,
    "taiwaneseCountingThousand": chinese_counting,
    "japaneseCounting": chinese_counting,
    "chineseLegalSimplified": lambda n: chinese_counting(n, legal=True),  # 壹 贰 叁
    "ideographDigital": lambda n: str(n).translate(_IDEOGRAPH_DIGITS),  # 一〇 for 10
    "taiwaneseDigital": lambda n: str(n).translate(_IDEOGRAPH_DIGITS),
    "ideographTraditional": _cycle("甲乙丙丁戊己庚辛壬癸"),  # heavenly stems
    "ideographZodiac": _cycle("子丑寅卯辰巳午未申酉戌亥"),  # earthly branches
    "lowerLetter": _letters("abcdefghijklmnopqrstuvwxyz"),
    "upperLetter": _letters("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperRoman": _roman,
}

# Bullet glyphs Word stores as private-use code points of the Symbol/Wingdings fonts → the Unicode
# glyph they show, small bullets and squares made the ● ■ the outline parser knows as item markers.
# fmt: off
BULLET_GLYPHS = {
    "\uf0b7": "●", "\uf06c": "●", "\uf06e": "■", "\uf0a7": "■", "\uf06f": "□", "\uf075": "◆",
    "\uf076": "❖", "\uf0d8": "➢", "\uf0fc": "✓",
}
# fmt: on


# Longer than any marker Word draws: a longer one comes from a hostile pattern or counter and is left
# out. Letters repeat once per 26 (27 → aa), so a huge w:start (10**13) is checked before it is drawn.
MAX_MARKER_CHARS = 100
_TOO_LONG = 10**MAX_MARKER_CHARS
_LETTER_FORMATS = frozenset({"lowerLetter", "upperLetter"})


@dataclass(frozen=True)
class Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1
    restart: int | None = None  # w:lvlRestart: restart after this 1-based level; 0 never; None after any
    legal: bool = False  # w:isLgl: every %n written in decimal
    suffix: str = " "  # w:suff: what Word draws after the marker (see SUFFIXES)


# w:suff → the character written after a marker. Word's default is a tab; it is written as a space:
# the marker grammar takes either as a boundary (一\t总则 and 一 总则 are both a numeral and a heading),
# but a tab between two words reads as a table's cell gap to the envelope (envelope/tables.py).
SUFFIXES = {"tab": " ", "space": " ", "nothing": ""}


def child_val(el: Any, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return None if child is None else child.get(W + "val")


def as_int(value: str | None, default: int | None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def parse_level(lvl: Any, base: Level | None = None) -> Level:
    """A w:lvl element; attributes it leaves out keep `base`'s values (for w:lvlOverride)."""
    base = base or Level()
    is_legal = lvl.find(W + "isLgl")
    return Level(
        fmt=child_val(lvl, "numFmt") or base.fmt,
        text=(child_val(lvl, "lvlText") or "") if lvl.find(W + "lvlText") is not None else base.text,
        start=as_int(child_val(lvl, "start"), base.start) or 0,
        restart=as_int(child_val(lvl, "lvlRestart"), base.restart),
        legal=base.legal if is_legal is None else is_legal.get(W + "val", "1") not in ("0", "false"),
        suffix=SUFFIXES.get(child_val(lvl, "suff") or "", base.suffix),
    )


def _ilvl(el: Any) -> int:
    return as_int(el.get(W + "ilvl"), 0) or 0


class Numbering:
    """numbering.xml's list definitions, plus the counters of one pass through the document."""

    def __init__(self, root: Any | None, style_nums: dict[str, str], budget: int = 1_000_000) -> None:
        self._budget = budget  # characters of markers left to render (Limits.max_numbering_chars)
        self._style_nums = style_nums  # paragraph styleId → numId, for w:numStyleLink
        self._abstract: dict[str, Any] = {}
        self._num_abstract: dict[str, str] = {}
        self._num_overrides: dict[str, list[Any]] = {}
        for el in root if root is not None else ():
            if el.tag == W + "abstractNum":
                self._abstract[el.get(W + "abstractNumId", "")] = el
            elif el.tag == W + "num":
                num_id = el.get(W + "numId", "")
                self._num_abstract[num_id] = child_val(el, "abstractNumId") or ""
                self._num_overrides[num_id] = el.findall(W + "lvlOverride")
        self._levels: dict[str, dict[int, Level]] = {}
        self._sequence: dict[str, str] = {}  # numId → the key of the counters it shares (its abstractNum)
        self._restarts: dict[str, set[int]] = {}  # numId → levels its w:startOverride has yet to restart
        self._counts: dict[str, list[int | None]] = {}
        self.warnings: list[str] = []

    def _abstract_of(self, num_id: str, hops: int = 0) -> Any | None:
        """The w:abstractNum behind a num, following one w:numStyleLink to a list style's num."""
        abstract = self._abstract.get(self._num_abstract.get(num_id, ""))
        link = child_val(abstract, "numStyleLink")
        if abstract is not None and link and hops < 2 and link in self._style_nums:
            return self._abstract_of(self._style_nums[link], hops + 1)
        return abstract

    def levels(self, num_id: str) -> dict[int, Level]:
        """ilvl → Level for a num, with its w:lvlOverride (start or whole level) applied."""
        if num_id not in self._levels:
            abstract = self._abstract_of(num_id)
            found = abstract.findall(W + "lvl") if abstract is not None else []
            levels = {_ilvl(lvl): parse_level(lvl) for lvl in found}
            restarts: set[int] = set()
            for override in self._num_overrides.get(num_id, []):
                level = levels.get(_ilvl(override), Level())
                if override.find(W + "lvl") is not None:
                    level = parse_level(override.find(W + "lvl"), level)
                start = as_int(child_val(override, "startOverride"), None)
                if start is not None:
                    level = replace(level, start=start)
                    restarts.add(_ilvl(override))
                levels[_ilvl(override)] = level
            self._levels[num_id] = levels
            self._restarts[num_id] = restarts
            # The counters belong to the abstractNum (after w:numStyleLink), shared by all its nums.
            self._sequence[num_id] = "num " + num_id if abstract is None else abstract.get(W + "abstractNumId", "")
        return self._levels[num_id]

    def style_level(self, num_id: str, style_id: str) -> int | None:
        """The ilvl a list assigns to a paragraph style (w:lvl/w:pStyle), for style-linked lists."""
        abstract = self._abstract_of(num_id)
        for lvl in abstract.findall(W + "lvl") if abstract is not None else ():
            if child_val(lvl, "pStyle") == style_id:
                return _ilvl(lvl)
        return None

    def shows_no_number(self, num_id: str, ilvl: int) -> bool:
        """Whether the list level numbers nothing (w:numFmt none): Word's way to give headings a list's
        indents and outline place without a number (a multi-level list whose top level is plain titles)."""
        level = self.levels(num_id).get(ilvl)
        return level is not None and level.fmt == "none"

    def marker(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter of (num_id, ilvl) and return the marker text; None if not a list."""
        levels = self.levels(num_id)
        level = levels.get(ilvl)
        if level is None or not 0 <= ilvl < 9:
            return None
        counts = self._counts.setdefault(self._sequence[num_id], [None] * 9)
        current, restarts = counts[ilvl], self._restarts[num_id]
        if ilvl in restarts:  # the num's first paragraph at this level: its start override takes effect
            restarts.discard(ilvl)
            current = None
        counts[ilvl] = level.start if current is None else current + 1
        for deeper in range(ilvl + 1, 9):
            restart = levels.get(deeper, Level()).restart
            if restart is None or ilvl < restart:
                counts[deeper] = None
        if level.fmt == "bullet":
            marker: str | None = "".join(BULLET_GLYPHS.get(ch, ch) for ch in level.text[:MAX_MARKER_CHARS])
        else:
            marker = self._render(level, levels, counts)
        if marker is None:
            return None
        return self._spend(marker + level.suffix if marker else marker)

    def _spend(self, marker: str) -> str | None:
        """The marker, paid from the document's numbering budget; None once the budget is spent."""
        if len(marker) > self._budget:
            self._note("Word automatic numbering over the limit max_numbering_chars was left out; raise it "
                       "with limits=Limits(max_numbering_chars=…) or --limit max_numbering_chars=…")
            self._budget = 0
            return None
        self._budget -= len(marker)
        return marker

    def _note(self, note: str) -> None:
        if note not in self.warnings:
            self.warnings.append(note)

    def _render(self, level: Level, levels: dict[int, Level], counts: list[int | None]) -> str | None:
        """Fill lvlText's %1…%9 with each level's counter, written in that level's format; None for a
        marker longer than any Word draws (MAX_MARKER_CHARS: a hostile pattern or counter)."""
        out, i, text, size = [], 0, level.text, 0
        while i < len(text) and size <= MAX_MARKER_CHARS:
            if text[i] == "%" and i + 1 < len(text) and text[i + 1] in "123456789":
                k = int(text[i + 1]) - 1
                ref = levels.get(k, Level())
                value = counts[k] if counts[k] is not None else ref.start
                fmt = "decimal" if level.legal and ref.fmt not in ("none", "bullet") else ref.fmt
                out.append(self._format(fmt, value or 0))
                i += 2
            else:
                out.append(text[i])
                i += 1
            size += len(out[-1])
        if size > MAX_MARKER_CHARS:
            self._note(f"a Word numbering marker longer than {MAX_MARKER_CHARS} characters was left out")
            return None
        return "".join(out)

    def _format(self, fmt: str, n: int) -> str:
        if fmt == "none":
            return ""
        if fmt not in NUMBER_FORMATS:
            self._note(f"Word numbering format {fmt!r} written as decimal")
        if n >= _TOO_LONG or (fmt in _LETTER_FORMATS and n > 26 * MAX_MARKER_CHARS):
            return "#" * (MAX_MARKER_CHARS + 1)  # too long in any format: _render leaves the marker out
        return NUMBER_FORMATS.get(fmt, str)(n)
