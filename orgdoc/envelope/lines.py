"""The line model: a text as stripped lines with their offsets, and stepping over blank lines.

Every rule reads the folded text (traditional characters replaced one for one by simplified ones), so
a `Line` holds folded text at the offsets of the original, and a `Pair` keeps a folded string with its
verbatim twin. `norm` is the form in which two renderings of one title compare equal.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
HAN_RE = re.compile(f"[{HAN}]")
# CJK characters and full-width punctuation (（）“”《》、：): no space stands between two of them.
_CJK_RE = re.compile(f"[{HAN}\u3000-\u303f\uff00-\uffef“”‘’]")
# A title line that ends with one of these, or the next line starting with one, runs on: one title.
RUN_ON_ENDS = ("的", "之", "和", "与", "及", "暨", "并", "或", "关于", "对", "在", "为", "、", "—", "-", "“", "《", "（")
RUN_ON_STARTS = ("的", "之", "和", "与", "及", "暨", "（", "(", "”", "》")
_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"))  # a bracket left open runs on to the next line
Pair = tuple[str, str]  # a string of the head as the rules read it (folded) and verbatim: same length


# slots: one per line of the text, blank ones included. Not frozen (though never changed): a frozen
# dataclass sets its fields through object.__setattr__, which makes splitting a text 40% slower.
@dataclass(slots=True)
class Line:
    start: int  # offset of the first non-space character (the line start when blank)
    end: int  # offset after the last non-space character
    text: str  # the folded line (simplified) without surrounding whitespace; "" when blank


MAX_BLANKS = 3  # blank lines kept in a row: more say nothing more to any rule, and cost memory (10^6 blank lines)


def split_lines(text: str) -> list[Line]:
    """The text's lines, of a run of blank lines the first MAX_BLANKS only."""
    lines: list[Line] = []
    pos, blanks = 0, 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            blanks = 0
            # strip() returns the line itself when it has nothing to strip: then it starts at pos.
            start = pos if stripped is raw else pos + len(raw) - len(raw.lstrip())
            lines.append(Line(start, start + len(stripped), stripped))
        else:
            blanks += 1
            if blanks <= MAX_BLANKS:
                lines.append(Line(pos, pos, ""))
        pos += len(raw) + 1
    return lines


def first_chars(lines: list[Line]) -> str:
    """Each line's first character (a space for a blank line): a string as long as `lines`, over which
    a rule that looks for lines opening a certain way runs one regex (scan.opening_lines)."""
    return "".join([line.text[:1] or " " for line in lines])


def next_content(lines: list[Line], i: int) -> int:
    """The first non-blank line at or after i, or len(lines)."""
    while i < len(lines) and not lines[i].text:
        i += 1
    return i


def prev_content(lines: list[Line], i: int) -> int:
    """The last non-blank line before i, or -1."""
    i -= 1
    while i >= 0 and not lines[i].text:
        i -= 1
    return i


# What `norm` drops: everything but letters and digits. `[^\W_]` is exactly the characters of Unicode
# categories L* and N* (checked over every code point), so one C-level substitution does what a loop
# over unicodedata.category did.
_NOT_ALNUM_RE = re.compile(r"[\W_]+")


def norm(s: str) -> str:
    """Letters and digits only, width folded: how two renderings of one title compare."""
    return _NOT_ALNUM_RE.sub("", unicodedata.normalize("NFKC", s))


def joiner(before: str, after: str) -> str:
    """What joins two lines of one title: nothing when either side of the break is CJK (…2024年度 +
    安全生产…), one space when the title is made of spaced phrases (守正创新  实干担当 + 奋力开创…) or
    between Latin words and digits."""
    if any(ch.isspace() for ch in before.strip()) or any(ch.isspace() for ch in after.strip()):
        return " "
    cjk = bool(before and _CJK_RE.match(before[-1])) or bool(after and _CJK_RE.match(after[0]))
    return "" if cjk else " "


def runs_on(before: str, after: str) -> bool:
    """Does `after` clearly continue `before` (a connective at the break, a bracket left open)?"""
    if before.endswith(RUN_ON_ENDS) or after.startswith(RUN_ON_STARTS):
        return True
    return any(before.count(a) > before.count(b) for a, b in _PAIRS)


def set_apart(lines: list[Line], i: int) -> bool:
    """Line i follows a blank line in a text whose lines are not all blank-separated (the next one is not)."""
    return 0 < i < len(lines) - 1 and not lines[i - 1].text and bool(lines[i + 1].text)
