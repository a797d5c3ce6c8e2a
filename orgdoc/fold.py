"""Traditional → simplified folding that keeps every offset, so cue words are matched once, in simplified.

`fold(text)` replaces each traditional character by its simplified form, one code point for one, so
`fold(text)[i:j]` is `text[i:j]` folded for any i, j: a stage matches its cue words on the folded text
and slices what it returns (title, speaker, announcement text) from the original at the same offsets.
The table is OpenCC's character dictionary cut to one-to-one pairs, generated once by
`scripts/make_fold_table.py` into `orgdoc/data/t2s.json` (opencc is not a runtime dependency).
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Final

TABLE_PATH: Final = Path(__file__).parent / "data" / "t2s.json"


def _ranges(points: list[int]) -> str:
    """The inside of a regex class of these code points, consecutive ones written as ranges."""
    points = sorted(points)
    parts, start = [], 0
    for k in range(1, len(points) + 1):
        if k == len(points) or points[k] != points[k - 1] + 1:
            low, high = chr(points[start]), chr(points[k - 1])
            parts.append(re.escape(low) if low == high else f"{re.escape(low)}-{re.escape(high)}")
            start = k
    return "".join(parts)


def _load() -> tuple[list[int], dict[int, int], re.Pattern[str], re.Pattern[str]]:
    pairs: dict[str, str] = json.loads(TABLE_PATH.read_text(encoding="utf-8"))["pairs"]
    bmp = {ord(k): ord(v) for k, v in pairs.items() if ord(k) <= 0xFFFF}
    beyond = {ord(k): ord(v) for k, v in pairs.items() if ord(k) > 0xFFFF}
    # A list indexed by code point translates twice as fast as a dict; it stops at the last key, and a
    # character past its end raises IndexError, which str.translate reads as "keep it".
    table = list(range(max(bmp) + 1))
    for key, value in bmp.items():
        table[key] = value
    # `re` tests every scanned character against each item of a class lying outside the BMP, one by
    # one (a hundred times slower with the few hundred rare keys there), so these are looked for as
    # one range spanning them all, and translated by a small dict only when that range occurs.
    span = f"{chr(min(beyond))}-{chr(max(beyond))}"
    return table, beyond, re.compile(f"[{_ranges(list(bmp))}{span}]"), re.compile(f"[{span}]")


_TABLE, _BEYOND_BMP, _ANY_TRADITIONAL, _BEYOND_BMP_RANGE = _load()  # built once, at import


# Up to this share of traditional characters a text is rebuilt from slices around them (a simplified
# document with a stray 崑 or 吒 pays a copy, not a translation of every character); past it, translated.
SPARSE: Final = 1 / 64


def fold(text: str) -> str:
    """`text` with traditional characters replaced by simplified ones; the same length, offsets kept.

    A text with no traditional character is returned as it is (the same object): one regex search,
    which a simplified document pays instead of a full translation. Not cached: the caller that
    needs it twice keeps it (a cache held a 100 MB document's copy past its use).
    """
    first = _ANY_TRADITIONAL.search(text)
    if first is None:
        return text
    positions = [first.start()]
    most = int(len(text) * SPARSE)
    for m in _ANY_TRADITIONAL.finditer(text, first.end()):
        if len(positions) > most:
            return _translated(text)
        positions.append(m.start())
    parts: list[str] = []
    at = 0
    for k in positions:
        parts += (text[at:k], _simplified(text[k]))
        at = k + 1
    parts.append(text[at:])
    folded = "".join(parts)
    return text if folded == text else folded  # the search hit a non-key in the range: keep the object


def _simplified(ch: str) -> str:
    point = ord(ch)
    if point > 0xFFFF:
        return chr(_BEYOND_BMP.get(point, point))
    return chr(_TABLE[point]) if point < len(_TABLE) else ch


def _translated(text: str) -> str:
    folded = text.translate(_TABLE)
    if _BEYOND_BMP_RANGE.search(text):  # rare: CJK extension B-F characters
        folded = folded.translate(_BEYOND_BMP)
    return text if folded == text else folded


# Radicals written for the characters they look like (⼀、⼯作⽬标, ⻓期): PDF converters map glyphs to the
# Kangxi Radicals block, whose characters fold to theirs under NFKC, and to simplified radicals of the
# supplement block, which no normal form folds (a table of those that are whole characters). Read one
# for one, so offsets hold; unread, no marker of such a text is found.
RADICAL_CLASS: Final = "\u2e80-\u2ef3\u2f00-\u2fd5"
RADICALS: Final = {**{cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)},
                   **{ord(r): c for r, c in zip("⺟⺠⻄⻅⻆⻉⻊⻋⻑⻓⻔⻘⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰⻳",
                                                "母民西见角贝足车長长门青页风飞食马骨鬼鱼鸟卤麦黄齐齿龙龟")}}
_RADICAL_RE: Final = re.compile(f"[{RADICAL_CLASS}]")


def read_radicals(text: str) -> tuple[str, int]:
    """`text` with radicals read as the characters they stand for, and how many there were (the
    same object when none)."""
    count = sum(1 for _ in _RADICAL_RE.finditer(text))
    return (text.translate(RADICALS), count) if count else (text, 0)
