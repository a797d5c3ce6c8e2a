"""What a PDF page's geometry says about its lines, whichever library read it: the body size, the
capacity of a full line (a column's when the page is set in two columns), the lines set in another
size, the lines set in from their column's left edge, and where each line's last glyph ends."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .pdf_order import Columns, reading_order

# Two columns on a page: at least this many body lines start at a second left edge this far (share
# of the text block) right of the first, and beside them at least this many full lines of the first
# column end before it.
COLUMN_MIN_LINES = 3
COLUMN_OFFSET = 0.3
COLUMN_FULL = 0.75  # a first column's full line reaches this share of the way to the second edge
EDGE_SHARE = 0.1  # of a page's lines that start at its left edge, at the least
MAX_INDENT = 8  # display columns: a first-line indent (2 characters, 4 columns) and slack; more is centring
# Footnotes: lines below the body's last line on a page, set in at most this share of the body size
# (9 or 10.5 pt against 12 to 16 pt; a 14 pt 版记 against 16 pt is no note), the first of them
# opening with a note mark, each one stretch of text (a row of table cells has gaps).
NOTE_SIZE = 0.8
NOTE_MARK = re.compile(
    r"""[\u2460-\u2473\u2474-\u249b\u2776-\u277f]  # ① ⑴ ⒈ ❶
      | [\[［〔(（]\d{1,3}[\]］〕)）]               # [1] ［1］ 〔1〕 (1)
      | \d{1,3}(?!\d)                              # 1 (a superscript number read as a digit)
      | [*＊※†‡]
      | 注\s*[:：\d\u2460-\u2473]                  # 注： 注1""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Piece:
    """A run of text drawn at one point: its baseline start, font size and characters."""

    x: float
    y: float
    size: float
    text: str
    upright: bool = True  # set level on the page (not a rotated stamp or watermark)


Segment = tuple[float, float, float, str]  # a stretch of text on a baseline: start, estimated end, baseline, text


@dataclass(frozen=True)
class PageText:
    text: str
    capacity: float | None  # display columns a full line holds (None if unknown)
    two_columns: bool = False  # text set in two columns: a full line holds a column's width
    apart: frozenset[str] = frozenset()  # lines (spaces removed) set in another size than the body
    indents: dict[str, int] = field(default_factory=dict)  # line (spaces removed) → columns set in
    ends: dict[str, float] = field(default_factory=dict)  # line (spaces removed) → columns to its last glyph's end
    large: dict[str, float] = field(default_factory=dict)  # line (spaces removed) → its size, if larger than the body
    notes: tuple[str, ...] = ()  # footnote lines (spaces removed) at the page's foot, top to bottom
    body: float = 0.0  # the size most of the page's text is set in




def page_layout(
    text: str, pieces: list[Piece], left: float, right: float, measure: Callable[[float], dict[str, float]]
) -> PageText:
    """A page's text and what its geometry says about full lines: their capacity (a column's when
    the page is set in two columns), the lines set in another size than the body, and the lines set
    in from their column's left edge. `measure(body size)` gives where lines end (`line_ends`)."""
    sizes: Counter[float] = Counter()  # font size → characters set in it
    for piece in pieces:
        sizes[piece.size] += len(piece.text)
    if not pieces:
        return PageText(text, None)
    body = sizes.most_common(1)[0][0]
    start = min(piece.x for piece in pieces)
    block = (right - left) - 2 * (start - left)  # text block width, margins taken as equal
    if body <= 0 or block <= 0:
        return PageText(text, None)
    lines = _segments([p for p in pieces if abs(p.size - body) < 0.5], body)
    columns = _second_column(lines, body, start, start + block)
    first, second = columns if columns is not None else (_left_edge(lines, start), None)
    width = block if second is None else min(second - first, start + block - second)
    apart = frozenset(squeeze(p.text) for p in pieces if abs(p.size - body) >= 0.5)
    indents = {}  # a line set in from its column's left edge by a few characters: a paragraph's first line
    for x, _, _, line in lines:
        indent = round((x - (second if second is not None and x >= second - body / 2 else first)) / (body / 2))
        if 0 < indent <= MAX_INDENT:
            indents[squeeze(line)] = indent
    ends = {} if second is not None else measure(body)
    text = reading_order(text, pieces, body, None if second is None else _column_span(lines, second, body))
    return PageText(text, width / (body / 2), second is not None, apart, indents, ends, _large_lines(pieces, body),
                    _footnotes(pieces, body), body)


def _left_edge(lines: list[Segment], start: float) -> float:
    """Where a one-column page's lines start: the leftmost start shared by a tenth of them or more (a
    paragraph's wrapped lines), not a line of its own further left (a quotation mark hung into the margin)."""
    counts = Counter(round(x) for x, _, _, _ in lines)
    edges = [x for x, count in counts.items() if count >= max(2, len(lines) * EDGE_SHARE)]
    edge = min(edges, default=min(counts, default=None))
    return start if edge is None else min(x for x, _, _, _ in lines if round(x) == edge)


def _column_span(lines: list[Segment], second: float, size: float) -> Columns:
    """Where a two-column page's columns stand: their body lines, not one across the gap between them."""
    ys = [y for x, stop, y, _ in lines if x >= second - size / 2 or stop <= second]
    return Columns(second, max(ys), min(ys))


def line_ends(runs: list[tuple[float, float, float, str]], size: float) -> dict[str, float]:
    """Line (spaces removed) → display columns from the leftmost text of the page (the text block's
    left edge) to the end of its last glyph, from runs (x, baseline y, x where the last glyph's
    advance ends, text) grouped into lines by baseline."""
    shift = min((x for x, _, _, _ in runs), default=0.0)
    rows: dict[int, list[tuple[float, float, float, str]]] = {}
    for run in runs:
        rows.setdefault(round(run[1] / (size / 3)), []).append(run)
    ends: dict[str, float] = {}
    for row in rows.values():
        row.sort(key=lambda r: r[0])
        text = squeeze("".join(r[3] for r in row))
        end = max(r[2] for r in row) - shift
        if text and text not in ends:  # a repeated line (a table's cells) keeps its first measurement
            ends[text] = end / (size / 2)
    return ends


def _large_lines(pieces: list[Piece], body: float) -> dict[str, float]:
    """Lines (spaces removed) whose pieces are all set in one size larger than the body: titles."""
    rows: dict[int, list[Piece]] = {}
    for piece in pieces:
        rows.setdefault(round(piece.y / (body / 3)), []).append(piece)
    large = {}
    for row in rows.values():
        sizes = {piece.size for piece in row}
        if len(sizes) == 1 and min(sizes) >= body + 0.5:
            large[squeeze("".join(p.text for p in sorted(row, key=lambda p: p.x)))] = min(sizes)
    return large


def _footnotes(pieces: list[Piece], body: float) -> tuple[str, ...]:
    """Lines (spaces removed, top to bottom) of the footnotes at the page's foot: below the lowest line
    holding body text, from the first line in a size well under the body's opening with a note mark
    down through the lines in such a size after it, each one stretch of text."""
    rows: dict[int, list[Piece]] = {}
    for piece in pieces:
        rows.setdefault(round(piece.y / (body / 3)), []).append(piece)
    lowest = min((key for key, row in rows.items() if any(abs(p.size - body) < 0.5 for p in row)), default=None)
    if lowest is None:
        return ()
    notes: list[str] = []
    for key in sorted((key for key in rows if key < lowest), reverse=True):
        row = sorted(rows[key], key=lambda p: p.x)
        small = max(p.size for p in row) <= NOTE_SIZE * body and len(_segments(row, row[0].size)) == 1
        text = squeeze("".join(p.text for p in row))
        if notes and not small:
            break
        if small and (notes or NOTE_MARK.match(text)):
            notes.append(text)
    return tuple(notes)


def _second_column(lines: list[Segment], size: float, start: float, end: float) -> tuple[float, float] | None:
    """(left edge of the first column, left edge of the second) when the body lines between `start`
    and `end` stand in two columns, else None. A second left edge right of the first starts a few
    lines, and beside them (between the highest and the lowest of them) stand full lines of a first
    column (from its left edge, or a first-line indent, to near the second edge: a table's cells are
    none) and no line that runs across it. Lines across both columns above or below them (a running
    header, a title, a footer) leave the columns as they are, and a short second column counts as
    well as a full one."""
    if len(lines) < 2 * COLUMN_MIN_LINES:
        return None
    first = min(x for x, _, _, _ in lines)
    right = Counter(round(x) for x, _, _, _ in lines if x > first + COLUMN_OFFSET * (end - start))
    if not right:
        return None
    second = min(x for x, _, _, _ in lines if round(x) == right.most_common(1)[0][0])
    in_second = [y for x, _, y, _ in lines if second - size / 2 <= x <= second + 3 * size]  # indents too
    if len(in_second) < COLUMN_MIN_LINES:
        return None
    top, bottom = max(in_second) + size / 3, min(in_second) - size / 3
    beside = [(x, stop) for x, stop, y, _ in lines if bottom <= y <= top and x < second - size / 2]
    if any(stop > second for _, stop in beside):
        return None  # a line runs across the second edge: one column, with something set at the right
    left = min((x for x, _ in beside), default=first)
    full = sum(1 for x, stop in beside if x <= left + 3 * size and stop - left >= COLUMN_FULL * (second - left))
    return (left, second) if full >= COLUMN_MIN_LINES else None


def _segments(pieces: list[Piece], size: float) -> list[Segment]:
    """(start, estimated end, baseline, text) of each stretch of text on a baseline; a gap of two
    characters or more between pieces on one baseline starts a new stretch (the next column)."""
    out: list[Segment] = []
    row: list[Piece] = []
    for piece in sorted(pieces, key=lambda p: (-round(p.y / (size / 3)), p.x)) + [None]:
        if row and (piece is None or abs(piece.y - row[0].y) > size / 3):
            row.sort(key=lambda p: p.x)
            begin, stop, text = row[0].x, row[0].x, ""
            for p in row:
                if p.x > stop + 2 * size:
                    out.append((begin, stop, row[0].y, text))
                    begin, text = p.x, ""
                stop = max(stop, p.x + display_width(p.text.rstrip()) * size / 2)  # a trailing space is no ink
                text += p.text
            out.append((begin, stop, row[0].y, text))
            row = []
        if piece is not None:
            row.append(piece)
    return out


def display_width(line: str) -> int:
    """Columns a line takes: CJK, full-width and ambiguous characters (“ ” … — set wide in Chinese
    fonts) 2, others 1."""
    if line.isascii():
        return len(line)
    wide = len(line) - len(_wide_bmp().sub("", line))  # runs deleted at once: 15× quicker than findall
    if has_astral(line):
        wide += sum(1 for ch in _ASTRAL.findall(line) if unicodedata.east_asian_width(ch) in "WFA")
    return len(line) + wide


def has_astral(text: str) -> bool:
    """Whether the text holds a character beyond the Basic Multilingual Plane (a search, not `max`,
    which makes a string of every character)."""
    return _ASTRAL.search(text) is not None


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@functools.lru_cache(maxsize=1)
def _wide_bmp() -> re.Pattern[str]:
    """Runs of the wide, full-width and ambiguous characters of the Basic Multilingual Plane, as
    unicodedata says (one regex scan instead of a lookup per character)."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF or unicodedata.east_asian_width(chr(code)) not in "WFA":
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]+")


_SPACES = re.compile(r"\s+")


def squeeze(line: str) -> str:
    return _SPACES.sub("", line)


