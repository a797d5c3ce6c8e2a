"""Layout repair: bring a damaged copy of a document back to the clean form the parser expects.

Three kinds of damage are repaired, each only when it is present:

* foreign line breaks (CRLF, lone CR, U+2028/U+2029, NEL, form feed, vertical tab) become LF;
* invisible format characters (zero-width spaces and joiners, direction marks, word joiners, BOMs,
  soft hyphens) are removed, and no-break spaces become ordinary spaces, so a marker such as
  ``一\\u200b、`` reads as ``一、`` again;
* hard-wrapped text (lines cut at a fixed width by an e-mail client, a PDF extraction, a text
  export) is joined back into paragraphs.

A clean text costs one regex scan, a newline count and, for texts with many lines, one pass over
the line lengths and one over the line ends; it is returned as the very same object with
``changed=False``.

Everything here works on line lengths and punctuation only; numbering markers are the grammar's
business, so a line that starts with a marker is joined to its predecessor exactly when the
predecessor was full.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, chain, compress, pairwise, repeat, starmap
from operator import add, itemgetter, sub
from typing import Final

from .fold import RADICAL_CLASS, read_radicals
from .grammar import factored, opening_marker, opens_spaced, split_marker
from .models import Role, Span

__all__ = ["OffsetMap", "Repaired", "blank", "repair", "running_headers"]


@dataclass(frozen=True)
class OffsetMap:
    """Positions in the repaired text back to the input, and forth.

    Every repair replaces characters one for one (CR, NBSP, a joined line's break turned into a
    space) or deletes them (the CR of a CRLF, invisible characters, a joined line's break), so the
    map only has to remember the deletions: for each repair step, in order, the input positions it
    deleted. A position maps back through the steps in reverse with one bisection each.
    """

    steps: tuple[tuple[int, ...], ...] = ()  # per step: sorted positions deleted from that step's input
    _keys: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Back through every step in turn, or back through all their deletions at once, as input
        # positions: the same characters are skipped, and a position costs one bisection.
        deleted: list[int] = []
        for step in self.steps:
            keys = [d - j for j, d in enumerate(deleted)]
            deleted = sorted(deleted + [q + bisect_right(keys, q) for q in step])
        # keys[j] = deleted[j] - j: how many kept characters precede the j-th deletion
        object.__setattr__(self, "_keys", tuple(d - j for j, d in enumerate(deleted)))

    def back(self, position: int) -> int:
        """The input position of the repaired text's character at `position` (the input's length
        for the repaired text's end)."""
        return position + bisect_right(self._keys, position)

    def forth(self, position: int) -> int:
        """The repaired position of the input's character at `position` (the next kept character's
        when that one was deleted)."""
        for step in self.steps:
            position -= bisect_left(step, position)
        return position

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A repaired span as an input span: from its first character to just after its last, so
        characters deleted inside it belong to it and those deleted at its edges do not."""
        keys = self._keys
        first = start + bisect_right(keys, start)
        if end <= start:
            return first, first
        return first, end + bisect_right(keys, end - 1)  # just after back(end - 1)


@dataclass(frozen=True)
class Repaired:
    text: str  # the text the parser will see; offsets found in it go back to the input through `offsets`
    changed: bool  # False when text is the input object unchanged
    notes: tuple[str, ...]  # plain words, one per kind of repair done
    offsets: OffsetMap = field(default_factory=OffsetMap, compare=False)  # repaired → input positions
    furniture: tuple[Span, ...] = ()  # input spans of the page numbers and running headers deleted


# --- thresholds ------------------------------------------------------------------------------------

# Fewest lines at the wrap width before a document counts as hard-wrapped: a handful of equal
# lines happens by chance in any text, eight full lines in a row of evidence does not.
MIN_FULL_LINES: Final = 8
# Share of non-empty lines that must sit at the wrap width. A wrapped speech is mostly full lines
# (paragraphs run to several lines); a clean one has lengths spread from 4 to 2000.
MIN_FULL_SHARE: Final = 0.35
# Share of non-empty lines cut exactly at the width (or where the next character would not have
# fitted): a wrapper fills most lines to the brim, whereas headings of similar length only crowd
# near one length by chance and spread over the whole window.
MIN_EXACT_SHARE: Final = 0.25
# Narrowest wrap width believed, in characters (twice this in display columns): below it, runs
# of equal short lines are lists, names or verse rather than cut paragraphs.
MIN_WRAP_WIDTH: Final = 16
# Widest wrap width believed, in characters or columns: no wrapper cuts lines longer than this,
# and a line longer than this in characters is longer than it in columns too.
MAX_WRAP_WIDTH: Final = 200
# Share of non-empty lines allowed beyond the wrap width (an unbreakable URL, a table row, a
# paragraph that escaped the wrapper); more means the lines were never cut at one width.
MAX_OVERLONG_SHARE: Final = 0.10
# Largest shortfall, in the width's unit, tolerated for a full line: kinsoku rules (no 。 at a
# line start) and half-width characters make wrappers stop a column or two early.
MAX_SLACK: Final = 2
# Hanging punctuation lets a full line run past the width by one full-width mark.
MAX_HANG: Final = 2
# Most a wrapped text's full lines may end on a sentence end: a cut falls anywhere, so only
# about one in ten lands after 。 or ；, whereas a one-sentence-per-line text ends all of them so.
MAX_CLOSED_SHARE: Final = 0.5
# Early-stopping lines at a given shortfall are a wrapper habit (not paragraph ends that happen
# to be that long) only when there are at least this many of them…
MIN_SLACK_LINES: Final = 4
# …and this many times the per-length rate of paragraph-end lines…
SLACK_EXCESS: Final = 3.0
# …and this share of the lines that are exactly full.
MIN_SLACK_SHARE: Final = 0.05
# Text extracted from a justified PDF page: its lines were cut at one width in CJK characters, but
# squeezed punctuation and the spaces an extraction puts around figures leave them a few code
# points short of it or past it, so no length is exact often enough for `_score`. Such a text is
# still believed wrapped when a band this wide below its widest common length holds…
LOOSE_SLACK: Final = 3
# …this share of the non-empty lines (of at least MIN_LOOSE_LINES)…
MIN_LOOSE_SHARE: Final = 0.33
MIN_LOOSE_LINES: Final = 20
# …and nearly all of them end mid-sentence in Chinese prose (a character or a clause mark: ， 、 “ （ 《),
# which neither a text with a paragraph a line (。) nor a table's aligned rows (figures) do.
MIN_LOOSE_OPEN: Final = 0.8
# A wrapper that cut at one width in code points puts most of the band's lines at that one length:
# such a text is the strict measure's to judge, and is not read loosely when it fails there.
MAX_LOOSE_MODE_SHARE: Final = 0.6
_PROSE_CUT_RE = re.compile(r"[\u3400-\u9fff，、“‘（《〔][ \t\u3000]*$")

# --- characters ------------------------------------------------------------------------------------

# Soft hyphen, zero-width space/non-joiner/joiner, LRM/RLM, bidi embeddings and isolates, word
# joiner and invisible operators, BOM / zero-width no-break space: all invisible, and any of them
# inside 一、 hides the marker from the grammar.
_INVISIBLE_CLASS = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE_CLASS}]")
# One search finds every kind of damage, so a clean text pays for a single scan.
_DAMAGE_RE = re.compile(f"[\r\f\v\x85\u2028\u2029\u00a0{_INVISIBLE_CLASS}{RADICAL_CLASS}]")
# Line breaks other than CR, with the words used in the notes.
_OTHER_BREAKS = {
    "\u2028": "Unicode line separators",
    "\u2029": "Unicode paragraph separators",
    "\x85": "NEL line breaks",
    "\f": "form feeds",
    "\v": "vertical tabs",
}
_BREAKS_TO_LF = str.maketrans(dict.fromkeys(_OTHER_BREAKS, "\n"))
# A line ending on one of these (after closing quotes/brackets) ends a sentence or a lead-in.
_SENTENCE_ENDS = frozenset("。！？；：!?;:")
HEADING_ROLES: Final = frozenset({Role.BLOCK, Role.DIVIDER})
PARAGRAPH_INDENT: Final = ("\u3000\u3000", "    ")  # how typed paragraphs open; a wrapped line never does
_CLOSERS = " \t\u3000”’」』）)】》"


def blank(text: str) -> bool:
    """True when `text` holds nothing but whitespace and the invisible characters repair removes:
    what may lie between the outline's spans in the caller's string."""
    return not text or text.isspace() or not _INVISIBLE_RE.sub("", text).strip()


# --- character repair ------------------------------------------------------------------------------


def _fix_characters(text: str, notes: list[str], steps: list[tuple[int, ...]]) -> str:
    """Normalise line breaks, drop invisible characters, turn NBSP into a space; the positions
    deleted go to `steps`."""
    crlf = text.count("\r\n")
    if crlf:
        steps.append(tuple(m.start() for m in re.finditer("\r(?=\n)", text)))
        text = text.replace("\r\n", "\n")
        notes.append(f"converted {crlf} CRLF line breaks")
    lone_cr = text.count("\r")
    if lone_cr:
        text = text.replace("\r", "\n")
        notes.append(f"converted {lone_cr} lone CR line breaks")
    others = [(text.count(ch), words) for ch, words in _OTHER_BREAKS.items()]
    if any(n for n, _ in others):
        text = text.translate(_BREAKS_TO_LF)
        notes.extend(f"converted {n} {words}" for n, words in others if n)
    deleted = tuple(m.start() for m in _INVISIBLE_RE.finditer(text))
    if deleted:
        steps.append(deleted)
        text = _INVISIBLE_RE.sub("", text)
        invisible = len(deleted)
        notes.append(f"removed {invisible} zero-width or invisible format characters")
    text, radicals = read_radicals(text)
    if radicals:
        notes.append(f"read {radicals} radical characters as the characters they stand for")
    nbsp = text.count("\u00a0")
    if nbsp:
        text = text.replace("\u00a0", " ")  # one for one: the space may separate ASCII words
        notes.append(f"replaced {nbsp} no-break spaces with spaces")
    return text


# Spaces that end a line (or the text), matched from the start of their run only, so a long run of
# spaces costs one pass whatever follows it.
# The pattern opens with a space, not with the look-behind, so the engine skips to candidates in C
# (10× faster); the look-behind after it says the same: the character before is no space.
_TRAILING_SPACES_RE = re.compile(r"[ \t\u3000](?<![ \t\u3000][ \t\u3000])[ \t\u3000]*(?=\n|\Z)")


# ASCII punctuation typed in Chinese text (…工作,我们…  要求:  (一)…): one for one its full-width form,
# which every later rule knows; digits and Latin words on both sides (10:30, a,b, f(x)) keep theirs.
# Opening with the punctuation (the look-behind checks the character before it) lets the engine skip
# to candidates in C: 6× faster than trying a look-behind at every position.
_ASCII_PUNCTUATION_RE = re.compile(r"[,;:!?()](?:(?<=[\u3400-\u9fff”’）》」][,;:!?()])|(?=[\u3400-\u9fff“‘（《「]))")
_WIDE_PUNCTUATION = str.maketrans(",;:!?()", "，；：！？（）")
_WIDE_MARK: Final = dict(zip(",;:!?()", "，；：！？（）"))  # one character's wide form (a dict look-up, not a translate)


def _widen_punctuation(text: str) -> str:
    """ASCII punctuation beside Chinese characters as its full-width form (same length: offsets hold).
    The repaired copy only: headings and markers are read back from the caller's text."""
    return _ASCII_PUNCTUATION_RE.sub(lambda m: m.group().translate(_WIDE_PUNCTUATION), text)


def _drop_trailing_spaces(text: str, steps: list[tuple[int, ...]]) -> str:
    """Delete the spaces that end lines (copied pages and Word exports leave them): every stage then
    sees a line's last character where it is. Typography, not content: no note."""
    runs = [m.span() for m in _TRAILING_SPACES_RE.finditer(text)]
    if not runs:
        return text
    steps.append(tuple(i for a, b in runs for i in range(a, b)))
    kept = [text[b:a] for (_, b), (a, _) in zip([(0, 0), *runs], [*runs, (len(text), 0)])]
    return "".join(kept)  # cut from the spans found: the pattern runs once


# An opening bracket alone on its line, its numeral and closing bracket on the next (（⏎三）保障…): a page
# that set the bracket in an element of its own, as a scrape's line per element gives it. The break (and
# the next line's indent) is deleted, so the grammar sees （三） again; the marker is read back from the
# caller's text, break and all.
# A scrape that put every figure on a line of its own cuts them further: （⏎1⏎）对于… and 1⏎．需求响应…; both
# breaks of the first, and the one before the dot of the second (a numeral alone on its line, the next line
# opening with the marker's dot and text), are deleted the same way.
_NUMERAL: Final = r"(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})"
_CUT_BRACKET_RE = re.compile(rf"(?m)^[ \t\u3000]*[（(](\n[ \t\u3000]*)(?={_NUMERAL}[）)])"
                             rf"|^[ \t\u3000]*[（(](\n[ \t\u3000]*){_NUMERAL}(\n[ \t\u3000]*)(?=[）)])"
                             rf"|^[ \t\u3000]*[0-9０-９]{{1,2}}(\n[ \t\u3000]*)(?=[．.][^\W\d_])")


def _join_cut_brackets(text: str, notes: list[str], steps: list[tuple[int, ...]]) -> str:
    """Join each bracket cut from its marker's numeral (see _CUT_BRACKET_RE); one str.find for most texts."""
    if text.find("（\n") < 0 and text.find("(\n") < 0 and text.find("\n．") < 0 and text.find("\n.") < 0:
        return text
    cuts = [m.span(g) for m in _CUT_BRACKET_RE.finditer(text) for g in range(1, 5) if m.start(g) >= 0]
    if not cuts:
        return text
    steps.append(tuple(i for a, b in cuts for i in range(a, b)))
    notes.append(f"joined {len(cuts)} line breaks that cut markers (（⏎1⏎）, 1⏎．)")
    kept = [text[b:a] for (_, b), (a, _) in zip([(0, 0), *cuts], [*cuts, (len(text), 0)])]
    return "".join(kept)


# Trailing spaces, ASCII punctuation to widen and damage, found by one scan (the engine skips in C to
# the characters that open any of them): a text without damage pays one pass over it, not three. The
# three never share a character, so the scan finds each one's matches as its own pattern would.
_MARKS_RE = factored("|".join(f"(?:{p.pattern})"
                              for p in (_TRAILING_SPACES_RE, _ASCII_PUNCTUATION_RE, _DAMAGE_RE)))
_SPACE_CHARS = frozenset(" \t\u3000")
_ASCII_MARKS = frozenset(",;:!?()")


def _marks(text: str) -> tuple[list[tuple[int, int]], list[int]] | None:
    """The runs of spaces ending lines and the punctuation to widen; None when the text has damage."""
    runs: list[tuple[int, int]] = []
    punctuation: list[int] = []
    for m in _MARKS_RE.finditer(text):
        first = text[m.start()]
        if first in _SPACE_CHARS:
            runs.append(m.span())
        elif first in _ASCII_MARKS:
            punctuation.append(m.start())
        else:
            return None
    return runs, punctuation


def _edited(text: str, runs: list[tuple[int, int]], punctuation: list[int],
            steps: list[tuple[int, ...]]) -> str:
    """`text` with the runs deleted and the punctuation widened: `_drop_trailing_spaces` and then
    `_widen_punctuation`, from what one scan found (widening, one for one, sees the same neighbours
    whether or not spaces before a line end are gone)."""
    if not runs and not punctuation:
        return text
    if runs:
        steps.append(tuple(chain.from_iterable(starmap(range, runs))))
    widened = [(k, k + 1, _WIDE_MARK[text[k]]) for k in punctuation]
    edits = sorted([(a, b, "") for a, b in runs] + widened)
    pieces: list[str] = []
    done = 0
    for start, end, replacement in edits:
        pieces += (text[done:start], replacement)
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


# --- measures --------------------------------------------------------------------------------------


class _WideDeleter(dict):  # type: ignore[type-arg]
    """A str.translate table deleting characters of some East Asian width classes, filled lazily.

    Deleting the wide characters in one C-level pass over the whole text, then comparing line
    lengths, gives every line's display width without a Python loop over characters.
    """

    def __init__(self, wide: str) -> None:
        super().__init__()
        self.wide = wide

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.east_asian_width(chr(code)) in self.wide else code
        self[code] = kept
        return kept


@dataclass(frozen=True)
class _Measure:
    unit: int  # columns per CJK character: scales MIN_WRAP_WIDTH
    label: str  # unit name for the note; empty for characters
    wide: str  # East Asian width classes taking two columns; empty to count code points

    def char(self, ch: str) -> int:
        return 2 if self.wide and unicodedata.east_asian_width(ch) in self.wide else 1

    def sizes(self, narrow: str, lines: list[str], blanks: list[int]) -> list[int]:
        """Each line's size in this measure, given `narrow` (the text without this measure's wide
        characters) and the indexes of the lines of spaces only; blank lines count 0."""
        sizes = list(map(len, lines))
        if self.wide:
            wide = map(sub, sizes, map(len, narrow.split("\n")))  # each line's wide characters
            sizes = list(map(add, sizes, wide))  # count twice
        for k in blanks:
            sizes[k] = 0
        return sizes


def _narrow(text: str, wide: str) -> str:
    """`text` without its characters of the East Asian width classes `wide`."""
    if len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text):  # beyond the BMP: rare
        return text.translate(_DELETERS[wide])
    return _wide_runs(wide).sub("", text)


@cache
def _wide_runs(wide: str) -> re.Pattern[str]:
    """Runs of BMP characters of the width classes `wide`. Deleting them with one regex is 7× faster
    than `str.translate` through a dict; the class is built once (65,536 look-ups, ~8 ms), when the
    first text that may be wrapped needs it."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if unicodedata.east_asian_width(chr(code)) not in wide:
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    body = "".join(re.escape(chr(lo)) + (f"-{re.escape(chr(hi))}" if hi > lo else "") for lo, hi in ranges)
    return re.compile(f"[{body}]+")


def _is_blank(line: str) -> bool:
    return not line or line.isspace()


# Wrappers count in code points (Python, most export tools), in display columns (terminals,
# e-mail), or in columns where ambiguous-width “” … ① count two as well (GBK-era Chinese tools).
# Each measure's wide classes hold the previous one's, so each narrow text is cut from the last.
_MEASURES = (
    _Measure(1, "", ""),
    _Measure(2, " display columns", "WF"),
    _Measure(2, " display columns, ambiguous wide", "WFA"),
)
_DELETERS = {measure.wide: _WideDeleter(measure.wide) for measure in _MEASURES if measure.wide}


@dataclass(frozen=True)
class _Wrap:
    measure: _Measure
    width: int
    slack: int
    sizes: list[int]  # each line's size in the measure; 0 for blank lines


# --- wrap detection --------------------------------------------------------------------------------


def _may_be_wrapped(lengths: Counter[int], lines: int, entries: int = 0) -> bool:
    """Cheap screen on code-point lengths, valid for every measure (columns >= characters).
    `entries`: lines of a table of contents, which are no paragraph's and are not held against it."""
    nonempty = lines - lengths[0] - entries
    overlong = sum(n for length, n in lengths.items() if length > MAX_WRAP_WIDTH) - entries
    if overlong > MAX_OVERLONG_SHARE * nonempty:
        return False
    candidates = sum(n for length, n in lengths.items() if MIN_WRAP_WIDTH <= length <= MAX_WRAP_WIDTH)
    return candidates >= MIN_FULL_LINES and candidates >= MIN_FULL_SHARE * nonempty


def _width(histogram: Counter[int]) -> tuple[int, int]:
    """The length L whose window [L - MAX_SLACK, L] holds most lines (the smallest such L on ties),
    and how many lines that window holds."""
    lengths = list(histogram)
    get, zeros = histogram.get, repeat(0)
    # One column per shift, each window summed across them: all in C, for every distinct length.
    columns = [map(get, map(sub, lengths, repeat(shift)), zeros) for shift in range(MAX_SLACK + 1)]
    windows = list(map(sum, zip(*columns)))
    most = max(windows)
    return min(compress(lengths, map(most.__eq__, windows))), most


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS)[-1:] in _SENTENCE_ENDS


# A contents entry drawn out with leaders to its page number, on a line of its own (第一章 发展基础 ……… 1).
_CONTENTS_ENTRY_RE = re.compile(r"(?:\.{6,}|…{3,}|·{6,})[ \t\u3000]*\d{1,4}[ \t\u3000]*$", re.MULTILINE)
# A contents entry's end: leaders, or spaces, then its page number (第一章  总则……3, 第二节  目标    12).
_PAGE_LEADER_END_RE = re.compile(r"(?:(?:\.{3,}|…{2,}|·{3,})[ \u3000]*|[ \u3000]{2,})\d{1,4}$")  # 第一节 目标 ... 20 too


_ASIDE_OPEN: Final = "(（〔[【"
_ASIDE_CLOSE: Final = ")）〕]】"  # either width closes either: a copy may widen only one of the pair


def _is_aside(line: str) -> bool:
    """Whether the line is one bracketed aside from its first character to its last: its opening bracket
    closes only at the line's end (a wrapped aside's first line, or a line with two, is none)."""
    s = line.strip()
    if s[:1] not in _ASIDE_OPEN or s[-1:] not in _ASIDE_CLOSE:
        return False
    depth = 0
    for k, ch in enumerate(s):
        depth += (ch in _ASIDE_OPEN) - (ch in _ASIDE_CLOSE)
        if depth == 0:
            return k == len(s) - 1
    return False


# A plan's or a report's unnumbered part heading alone on its line (目 录 after the 序言's last sentence,
# 前 言, 后 记), or a table's caption (表 1 …): a heading, never the last words of the paragraph above.
_PART_HEADING_RE = re.compile(r"(?:目[ \u3000]*录|目[ \u3000]*次|序[ \u3000]*言|前[ \u3000]*言|引[ \u3000]*言|后[ \u3000]*记"
                              r"|名词解释)[ \t\u3000]*$"
                              # a table's or a box's caption: 表 1 “十五五”…主要指标, 专栏2 …
                              r"|(?:专栏|表|附表)[ \u3000]*[0-9０-９]{1,3}(?:[ \u3000]|$)")


def _opens_paragraph(line: str, next_line: str) -> bool:
    """After a sentence end (or a contents entry's page number, or a line that is one bracketed aside:
    an attached text's date under its title, (1950年9月20日…公布)), a line opening with an indent (　　)
    or a heading marker (一、 （一） ①) starts a paragraph even when the line before happens to fill
    the width."""
    if not (_ends_sentence(line) or _PAGE_LEADER_END_RE.search(line.rstrip()) or _is_aside(line)):
        return False
    if next_line.startswith(PARAGRAPH_INDENT) or _PART_HEADING_RE.match(next_line):
        return True
    # A heading's marker; 一是 opens sentences inside paragraphs too, but not set apart by a space as
    # a heading line is (第七件　推翻…).
    shape = opening_marker(next_line)
    return shape is not None and (shape.role in HEADING_ROLES or opens_spaced(next_line))


def _score(narrow: str, lines: list[str], blanks: list[int],
           measure: _Measure, entries: int = 0) -> tuple[float, int, list[int]] | None:
    """(share of lines cut exactly at the width, width, sizes) when the text looks wrapped, else None.

    The share of exact cuts, not of lines near the width, ranks the measures: counted in the
    measure the wrapper used, nearly every non-final line is exactly full or greedily cut.
    """
    sizes = measure.sizes(narrow, lines, blanks)
    histogram = Counter(sizes)
    del histogram[0]
    if not histogram:
        return None
    nonempty = sum(histogram.values())
    width, full_lines = _width(histogram)
    if not measure.unit * MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    if full_lines < MIN_FULL_LINES or full_lines < MIN_FULL_SHARE * nonempty:
        return None
    overlong = sum(n for size, n in histogram.items() if size > width + MAX_HANG) - entries
    if overlong > MAX_OVERLONG_SHARE * (nonempty - entries):
        return None
    full = [line for line, size in zip(lines, sizes) if width - MAX_SLACK <= size <= width]
    if sum(map(_ends_sentence, full)) > MAX_CLOSED_SHARE * len(full):
        return None
    exact = sum(
        size == width or (size > 0 and not _is_blank(next_line) and _forced(size, next_line, width, measure))
        for size, next_line in zip(sizes, lines[1:])
    )
    if exact < MIN_EXACT_SHARE * nonempty:
        return None
    return exact / nonempty, width, sizes


def _forced(size: int, next_line: str, width: int, measure: _Measure) -> bool:
    """True when the next line's first character would not have fitted: a greedy wrapper's cut."""
    return size <= width and size + measure.char(next_line[0]) > width


def _slack(lines: list[str], sizes: list[int], width: int, measure: _Measure) -> int:
    """How many units early this wrapper stops lines, beyond what a greedy cut explains."""
    early: Counter[int] = Counter()
    for size, next_line in zip(sizes, lines[1:]):
        near = width - MAX_SLACK <= size < width and not _is_blank(next_line)
        if near and not _forced(size, next_line, width, measure):
            early[width - size] += 1
    short = sum(1 for size in sizes if 0 < size < width - MAX_SLACK)
    per_length = short / max(width - MAX_SLACK - 1, 1)  # paragraph ends spread over all lengths
    exact = sizes.count(width)
    needed = max(MIN_SLACK_LINES, SLACK_EXCESS * per_length, MIN_SLACK_SHARE * exact)
    slack = 0
    while slack < MAX_SLACK and early[slack + 1] >= needed:
        slack += 1
    return slack


_LAST_CHAR = itemgetter(slice(-1, None))  # a line's last character, "" for an empty line


def _mostly_closed(lines: list[str]) -> bool:
    """True when too few lines end mid-sentence for any measure and width to pass `_score`'s
    MAX_CLOSED_SHARE test: its full lines (at least MIN_FULL_LINES and MIN_FULL_SHARE of the
    non-empty ones) must end open at least half the time. One regex pass, so the typical clean
    document (paragraphs ending in 。) skips the measures, which translate the whole text each."""
    nonempty = len(lines) - lines.count("") - sum(map(str.isspace, lines))
    last = map(_LAST_CHAR, map(str.rstrip, lines, repeat(_CLOSERS)))  # _ends_sentence, mapped in C
    open_lines = nonempty - sum(map(_SENTENCE_ENDS.__contains__, last))
    fewest_full = max(MIN_FULL_LINES, MIN_FULL_SHARE * nonempty)
    return open_lines < (1 - MAX_CLOSED_SHARE) * fewest_full


def _detect_wrap(text: str, lines: list[str]) -> _Wrap | None:
    """The measure and width the text was cut at, when the evidence is strong; else None."""
    lengths = Counter(map(len, lines))
    # A typeset plan's long 目录 (entries drawn to the page's edge with leaders) may outweigh a short
    # extract of its body: its entries are not held against the wrap (one pass of one pattern, only
    # for a text that holds leaders at all).
    entries = len(_CONTENTS_ENTRY_RE.findall(text)) if "......" in text or "………" in text or "······" in text else 0
    if not _may_be_wrapped(lengths, len(lines), entries) or _mostly_closed(lines):
        return None
    blanks = [k for k, line in enumerate(lines) if line.isspace()] if any(map(str.isspace, lines)) else []
    best: tuple[float, int, list[int], _Measure] | None = None
    narrow = text
    for measure in _MEASURES:
        narrow = _narrow(narrow, measure.wide) if measure.wide else narrow
        scored = _score(narrow, lines, blanks, measure, entries)
        if scored and (best is None or scored[0] > best[0]):  # first measure wins ties
            best = (*scored, measure)
    if best is None:
        return _loose_wrap(lines, blanks)
    _, width, sizes, measure = best
    return _Wrap(measure, width, _slack(lines, sizes, width, measure), sizes)


def _loose_wrap(lines: list[str], blanks: list[int]) -> _Wrap | None:
    """The width of a text a justified PDF page cut, measured in code points with LOOSE_SLACK of
    play (see the thresholds), or None."""
    measure = _MEASURES[0]
    sizes = measure.sizes("", lines, blanks)
    histogram = Counter(sizes)
    del histogram[0]
    nonempty = sum(histogram.values())
    if nonempty < MIN_LOOSE_LINES:
        return None
    # The widest length whose band [L - LOOSE_SLACK, L] holds most lines.
    width = max(histogram, key=lambda length: (sum(histogram[length - d] for d in range(LOOSE_SLACK + 1)), length))
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    band = [line for line, size in zip(lines, sizes) if width - LOOSE_SLACK <= size <= width]
    overlong = sum(n for size, n in histogram.items() if size > width + MAX_HANG)
    if len(band) < MIN_LOOSE_SHARE * nonempty or overlong > MAX_OVERLONG_SHARE * nonempty:
        return None
    if max(histogram[width - d] for d in range(LOOSE_SLACK + 1)) > MAX_LOOSE_MODE_SHARE * len(band):
        return None
    if sum(1 for line in band if _PROSE_CUT_RE.search(line)) < MIN_LOOSE_OPEN * len(band):
        return None
    return _Wrap(measure, width, LOOSE_SLACK, sizes)


# --- joining ---------------------------------------------------------------------------------------


def _glue(line: str, next_line: str, wrap: _Wrap, size: int) -> str | None:
    """What replaces the break after `line`: None keeps it, "" or " " joins the lines."""
    if _is_blank(line) or _is_blank(next_line):
        return None  # never across a blank line
    if _opens_paragraph(line, next_line):
        return None  # a full line that ends a sentence, then an indent or a marker: a new paragraph
    if _forced(size, next_line, wrap.width, wrap.measure):
        return ""  # cut mid-run by width alone: nothing was dropped there
    if size > wrap.width + MAX_HANG:
        size = _typeset_size(line, size, wrap.measure)
    if not wrap.width - wrap.slack <= size <= wrap.width + MAX_HANG:
        return None  # short (a paragraph end, a heading) or overlong (never wrapped)
    # Stopped early: a word wrapper moved a whole word down and ate the space before it.
    if line[-1].isascii() and line[-1].isalnum() and next_line[0].isascii() and next_line[0].isalnum():
        return " "
    return ""


def _typeset_size(line: str, size: int, measure: _Measure) -> int:
    """A line's size as a typeset page measured it, where half-width characters take half a CJK
    character's place and the spaces a PDF extraction puts around digits and Latin words (达 2.77 万亿元)
    take none: a full line of a justified page that holds figures is longer in code points only."""
    ascii_count = len(line.encode("ascii", "ignore"))  # counted in C: no loop over the line
    spaces = line.count(" ")
    if measure.unit == 1:
        return size - ascii_count + (ascii_count - spaces + 1) // 2
    return size - spaces  # display columns already count a half-width character as half


# A page's number as a PDF extraction leaves it between two lines of a paragraph: - 3 -, — 3 —, 第3页 共12页.
_PAGE_NUMBER_RE = re.compile(r"[ \t\u3000]*(?:[-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?"
                             r"|\d{1,4}\s*/\s*\d{1,4})[ \t\u3000]*")
_DIGITS_RE = re.compile(r"\d+")
# a short line met this often (its digits aside) in a wrapped text is a page's running header
RUNNING_MIN: Final = 3
RUNNING_MAX: Final = 40  # characters: a running header is a name and an issue, never a paragraph's line
RUNNING_GAP: Final = 400  # characters: the fewest a page holds between two running headers
# …and the most: a page holds some 3,000 characters at most, and one without its header doubles that;
# a line met again only further on (a licence line closing each of several pasted articles) is none.
RUNNING_SPAN: Final = 12_000
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
NUMBER_FORM: Final = "decimal"  # the grammar's 1 / 1.1 / 2.1.1: bare (12 某某年鉴) when it holds no dot


def _page_furniture(lines: list[str]) -> set[int]:
    """The lines of a page's furniture in a wrapped text: page numbers, and running headers (a short
    line repeated RUNNING_MIN times or more once its digits are masked: 某某公报 2024年第3期). They cut
    paragraphs at every page; a wrapped line joined to one would carry the page number into a sentence."""
    found = {k for k, line in enumerate(lines) if line and _PAGE_NUMBER_RE.fullmatch(line)}
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    found.update(running_headers(lines, starts, lambda k: _line_before(lines, k)))
    return found


def _line_before(lines: Sequence[str], k: int) -> str:
    """The last line with text before lines[k] ("" at the start)."""
    k -= 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    return lines[k] if k >= 0 else ""


def running_headers(lines: Sequence[str], starts: Sequence[int], before: Callable[[int], str]) -> list[int]:
    """Which of `lines` (starting at `starts` in the text) are a page's running header (see
    `_is_running`), in order; `before(k)` is the line with text that precedes lines[k] in the text.
    The envelope asks too, after the joins: the header stays in the text, a line of its own that is
    not part of the body."""
    places: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        if line and len(line) <= RUNNING_MAX and not _ends_sentence(line):
            places.setdefault(_DIGITS_RE.sub("0", line.strip()), []).append(k)
    return sorted(k for key, at in places.items()
                  if len(at) >= RUNNING_MIN and _is_running(key, [starts[k] for k in at])
                  and ("0" in key or any(_cut_by(before(k)) for k in at))
                  and not _renumbered_title([lines[k] for k in at]) for k in at)


def _renumbered_title(lines: Sequence[str]) -> bool:
    """Whether the repeats are one section title under different numbers (1.4 巡检方式, 3.1 巡检方式,
    5.1 巡检方式: each part has its 巡检方式): the lines differ only in the marker each opens with. A page's
    header repeats itself whole (第3章 市场分析 on each page of the chapter), or its number is the page's
    (12 某某年鉴, 一、总论 12), which no marker holds or which stands after the words."""
    if len(set(lines)) < len(lines):
        return False
    rests = set()
    for line in lines:
        split = split_marker(line)
        if split is None or (split[0].form == NUMBER_FORM and not split[0].word):
            return False  # no marker, or a bare number: a page's number
        rests.add(split[1])
    return len(rests) == 1


def _cut_by(line: str) -> bool:
    """Whether a line after this one stands in the middle of a sentence: this one has text, does not
    close a sentence and is no heading (一、农业农村 above the 工作目标 every section repeats)."""
    return bool(line) and not _ends_sentence(line) and opening_marker(line) is None


def _is_running(key: str, at: list[int]) -> bool:
    """A running header: words (four Han characters or more), no marker, met once a page (the repeats
    RUNNING_GAP to RUNNING_SPAN characters apart), unlike the rows of a table or a log, which repeat line after
    line. The last gap may be short: a footer's last page holds what is left of the text. (The caller
    also asks for a number in it, a page's or an issue's, or for one of them to cut a sentence: a
    sub-heading each part repeats, 主要任务 under every section, holds no number and always follows a
    closed paragraph or a heading, where a page's break falls mid-sentence somewhere.)"""
    gaps = [b - a for a, b in pairwise(at)]
    return (len(_HAN_RE.findall(key)) >= 4 and opening_marker(key) is None
            and min(gaps[:-1] or gaps) >= RUNNING_GAP and max(gaps) <= RUNNING_SPAN)


def _drop_lines(lines: list[str], wrap: _Wrap, drop: set[int]) -> tuple[list[str], _Wrap, tuple[int, ...], list[Span]]:
    """`lines` without the lines in `drop`, each deleted with the break before it (after it, for the
    first line): the lines of a paragraph that a page's number cut come together again, to be
    joined like any others. Also the positions deleted, for the offset map, and the dropped lines'
    text spans (without their spaces)."""
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    cut: list[int] = []
    spans: list[Span] = []
    for k in sorted(drop):
        first = starts[k] - 1 if k else 0  # the break before the line, or the first line and its break
        cut.extend(range(first, min(first + len(lines[k]) + 1, starts[-1] - 1)))
        line = lines[k]
        spans.append((starts[k] + len(line) - len(line.lstrip()), starts[k] + len(line.rstrip())))
    kept = [k for k in range(len(lines)) if k not in drop]
    sizes = [wrap.sizes[k] for k in kept]
    shorter = _Wrap(wrap.measure, wrap.width, wrap.slack, sizes)
    return [lines[k] for k in kept], shorter, tuple(sorted(set(cut))), spans


def _join(lines: list[str], wrap: _Wrap) -> tuple[str, int, tuple[int, ...]]:
    """The lines joined back into paragraphs, how many breaks were removed, and the positions of
    the breaks deleted (those replaced by a space are kept: one character for one)."""
    parts = [lines[0]]
    joins = 0
    deleted: list[int] = []
    position = 0  # of the break after `line` in the input
    for line, size, next_line in zip(lines, wrap.sizes, lines[1:]):
        position += len(line)
        glue = _glue(line, next_line, wrap, size)
        joins += glue is not None
        if glue == "":
            deleted.append(position)
        parts.append("\n" if glue is None else glue)
        parts.append(next_line)
        position += 1
    return "".join(parts), joins, tuple(deleted)


def _unwrap(text: str, notes: list[str], steps: list[tuple[int, ...]], furniture_spans: list[Span]) -> str:
    """Join hard-wrapped lines when the document shows it was cut at one width. The page furniture
    deleted is added to `furniture_spans` (spans of `text`)."""
    if text.count("\n") < MIN_FULL_LINES:
        return text
    lines = text.split("\n")
    wrap = _detect_wrap(text, lines)
    if wrap is None:
        return text
    furniture = _page_furniture(lines)
    if furniture:
        lines, wrap, cut, spans = _drop_lines(lines, wrap, furniture)
    joined, joins, deleted = _join(lines, wrap)
    if not joins:
        return text
    if furniture:
        steps.append(cut)
        furniture_spans += spans
        notes.append(f"removed {len(furniture)} page numbers and running headers")
    if deleted:
        steps.append(deleted)
    notes.append(f"joined {joins} hard-wrapped lines (width {wrap.width}{wrap.measure.label})")
    return joined


# --- entry point -----------------------------------------------------------------------------------


def repair(text: str) -> Repaired:
    """Repair line breaks, invisible characters and hard wrapping; a clean text comes back as is."""
    notes: list[str] = []
    steps: list[tuple[int, ...]] = []
    marks = _marks(text)
    repaired = text if marks is not None else _fix_characters(text, notes, steps)
    earlier = OffsetMap(tuple(steps))  # the unwrapping's input back to the input
    spans: list[Span] = []
    repaired = _unwrap(repaired, notes, steps, spans)  # a space ending a wrapped piece stands inside its line
    if marks is not None and repaired is text:  # neither damaged nor wrapped: the scan found all there is
        repaired = _edited(text, *marks, steps)
    else:  # one step a statement: each copy is let go before the next is made (a long text's peak)
        repaired = _drop_trailing_spaces(repaired, steps)
        repaired = _widen_punctuation(repaired)
    repaired = _join_cut_brackets(repaired, notes, steps)
    if not notes and not steps and repaired == text:  # widened punctuation changes no length
        return Repaired(text, False, ())
    furniture = tuple((earlier.back(a), earlier.back(b - 1) + 1) for a, b in spans if b > a)
    return Repaired(repaired, True, tuple(notes), OffsetMap(tuple(steps)), furniture)
