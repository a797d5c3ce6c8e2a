"""The line model: a text as stripped lines with their offsets, and stepping over blank lines.

Every rule reads the folded text (traditional characters replaced one for one by simplified ones), so
a `Line` holds folded text at the offsets of the original, and a `Pair` keeps a folded string with its
verbatim twin. `norm` is the form in which two renderings of one title compare equal.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, overload

HAN: Final = "\u3400-\u4dbf\u4e00-\u9fff"
HAN_RE: Final = re.compile(f"[{HAN}]")
# CJK characters and full-width punctuation (（）“”《》、：): no space stands between two of them.
_CJK_RE = re.compile(f"[{HAN}\u3000-\u303f\uff00-\uffef“”‘’]")
# A title line that ends with one of these, or the next line starting with one, runs on: one title.
RUN_ON_ENDS: Final = ("的", "之", "和", "与", "及", "暨", "并", "或", "关于", "对", "在", "为", "、", "—", "-", "“", "《", "（")
RUN_ON_STARTS: Final = ("的", "之", "和", "与", "及", "暨", "（", "(", "”", "》")
_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"))  # a bracket left open runs on to the next line
Pair = tuple[str, str]  # a string of the head as the rules read it (folded) and verbatim: same length


# One per line of the text, blank ones included: a plain class with slots and its own __init__, not a
# dataclass. Compiled (mypyc) it is a native class, made and read as a C struct (six times quicker than
# a dataclass, whose generated __init__ stays a Python function); plain, it is as quick as one.
class Line:
    """A line: `start` is the offset of its first non-space character (the line start when blank),
    `end` the offset after its last one, `text` the folded line without surrounding whitespace ("" when
    blank). Never changed once made."""

    __slots__ = ("end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text

    def __repr__(self) -> str:
        return f"Line(start={self.start}, end={self.end}, text={self.text!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Line):
            return NotImplemented
        return (self.start, self.end, self.text) == (other.start, other.end, other.text)



# blank lines kept in a row: more say nothing more to any rule, and cost memory (10^6 blank lines)
MAX_BLANKS: Final = 3
# Characters from which a text's lines are made only when read (TextLines): past this, a list of
# Line objects, their offsets and their strings would weigh twice the text again.
LAZY_FROM = 2_000_000


def split_lines(text: str) -> Sequence[Line]:
    """The text's lines, of a run of blank lines the first MAX_BLANKS only: a list, or for a long
    text a TextLines that makes each line when it is read (the same lines, read the same way)."""
    if len(text) >= LAZY_FROM:
        return TextLines(text)
    return [Line(start, end, stripped) for start, end, stripped in _stripped_lines(text)]


def _stripped_lines(text: str) -> Iterator[tuple[int, int, str]]:
    pos, blanks = 0, 0
    for raw in text.split("\n") if len(text) < LAZY_FROM else _raw_lines(text):
        stripped = raw.strip()
        if stripped:
            blanks = 0
            # strip() returns the line itself when it has nothing to strip: then it starts at pos.
            start = pos if stripped is raw else pos + len(raw) - len(raw.lstrip())
            yield start, start + len(stripped), stripped
        else:
            blanks += 1
            if blanks <= MAX_BLANKS:
                yield pos, pos, ""
        pos += len(raw) + 1


def _raw_lines(text: str) -> Iterator[str]:
    """The text split at line breaks, one line at a time (text.split would hold them all at once)."""
    pos = 0
    while (cut := text.find("\n", pos)) >= 0:
        yield text[pos:cut]
        pos = cut + 1
    yield text[pos:]


class TextLines(Sequence[Line]):
    """The lines of a long text kept as their offsets only (8 bytes each), a `Line` made when one is
    read; `between` walks a range without making a list of it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts, self.ends = array("q"), array("q")
        for start, end, _ in _stripped_lines(text):
            self.starts.append(start)
            self.ends.append(end)

    def __len__(self) -> int:
        return len(self.starts)

    @overload
    def __getitem__(self, k: int) -> Line: ...
    @overload
    def __getitem__(self, k: slice) -> list[Line]: ...

    def __getitem__(self, k: int | slice) -> Line | list[Line]:
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        start, end = self.starts[k], self.ends[k]
        return Line(start, end, self.text[start:end])

    def __iter__(self) -> Iterator[Line]:
        return self.between(0, len(self))

    def between(self, first: int, stop: int) -> Iterator[Line]:
        text = self.text
        for start, end in zip(self.starts[first:stop], self.ends[first:stop]):
            yield Line(start, end, text[start:end])


def lines_between(lines: Sequence[Line], first: int, stop: int) -> Iterable[Line]:
    """lines[first:stop] to walk over: a slice of a list, or made one by one from a TextLines."""
    return lines.between(first, stop) if isinstance(lines, TextLines) else lines[first:stop]


def first_chars(lines: Sequence[Line]) -> str:
    """Each line's first character (a space for a blank line): a string as long as `lines`, over which
    a rule that looks for lines opening a certain way runs one regex (scan.opening_lines)."""
    if isinstance(lines, TextLines):
        text = lines.text
        return "".join([text[s] if e > s else " " for s, e in zip(lines.starts, lines.ends)])
    return "".join([line.text[:1] or " " for line in lines])


def next_content(lines: Sequence[Line], i: int) -> int:
    """The first non-blank line at or after i, or len(lines)."""
    while i < len(lines) and not lines[i].text:
        i += 1
    return i


def prev_content(lines: Sequence[Line], i: int) -> int:
    """The last non-blank line before i, or -1."""
    i -= 1
    while i >= 0 and not lines[i].text:
        i -= 1
    return i


# What `norm` drops: everything but letters and digits. `[^\W_]` is exactly the characters of Unicode
# categories L* and N* (checked over every code point), so one C-level substitution does what a loop
# over unicodedata.category did.
_NOT_ALNUM_RE = re.compile(r"[\W_]+")


MARKUP: Final = "#>*_"  # Markdown around a line: heading signs, a quote, emphasis (## 参考文献, **附件：**)


def bare(s: str) -> str:
    """A line without the Markdown around it (# XX文件 → XX文件, **附件：** → 附件：)."""
    return s.lstrip("#> \t").strip("*_ \t") if s[:1] in MARKUP else s


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


def set_apart(lines: Sequence[Line], i: int) -> bool:
    """Line i follows a blank line in a text whose lines are not all blank-separated (the next one is not)."""
    return 0 < i < len(lines) - 1 and not lines[i - 1].text and bool(lines[i + 1].text)
