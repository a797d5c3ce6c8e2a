"""PDF (pypdf, optional extra): page texts in order, running headers/footers and page numbers dropped,
lines the layout wrapped joined back into their paragraphs.

A PDF has no paragraphs, only lines set to a fixed width: a line that fills the width goes on in
the next one (within a page or across a page break), a line that stops short ends its paragraph.
Only the loader knows the text came from such a layout, so it undoes the wrapping here.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from orgdoc.errors import DecodeError, OrgdocError, UnsupportedFormatError
from orgdoc.grammar import starts_with_marker

from ._common import DEFAULT_LIMITS, Limits, Loaded, fail, missing_extra_error, over_limit

EDGE = 2  # lines at the top and at the bottom of a page that may be header, footer or page number

# A line that is only a page number:
# 3 · - 3 - · — 3 — · 第3页 · 第 3 页 共 12 页 · 共12页 第3页 · 3/12 · Page 3 of 12
PAGE_NUMBER = re.compile(
    r"""[-–—－·•~\s]*\d{1,4}[-–—－·•~\s]*
      | 第\s*[\d一二三四五六七八九十百]+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?
      | 共\s*\d+\s*页\s*[,，]?\s*第\s*\d+\s*页
      | \d{1,4}\s*[/／]\s*\d{1,4}
      | (?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?""",
    re.IGNORECASE | re.VERBOSE,
)


def _key(line: str) -> str:
    """A running header compared page to page: spaces ignored, any number matches any number."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))


def running_lines(pages: list[list[str]]) -> set[str]:
    """Keys of lines found at a page edge on more than half of the pages (and at least two)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({_key(line) for line in page[:EDGE] + page[-EDGE:]})
    return {key for key, count in counts.items() if count >= 2 and count * 2 > len(pages)}


def _is_furniture(line: str, running: set[str]) -> bool:
    return _key(line) in running or PAGE_NUMBER.fullmatch(line.strip()) is not None


def clean_pages(pages: list[list[str]]) -> list[list[str]]:
    """Drop blank lines, then running headers/footers and page numbers at each page's edges."""
    pages = [[line.rstrip() for line in page if line.strip()] for page in pages]
    running = running_lines(pages)
    cleaned = []
    for page in pages:
        lines = list(page)
        for _ in range(EDGE):
            if lines and _is_furniture(lines[0], running):
                lines.pop(0)
        for _ in range(EDGE):
            if lines and _is_furniture(lines[-1], running):
                lines.pop()
        cleaned.append(lines)
    return cleaned


# A wrapped line reaches the text width; allow this many display columns (1.5 CJK characters) short.
WRAP_SLACK = 3
# Evidence of wrapping: at least this many lines share a maximum width, and that width is at
# least this share of the page's text block (a list of equal short items is not wrapped text).
MIN_FULL_LINES = 3
FULL_SHARE = 0.85
# A line ending a sentence followed by a line opening with a numbering marker (the grammar says
# which): a paragraph ends there even when it happens to fill the width.
_SENTENCE_END = tuple("。！？；：…”’」』")


def display_width(line: str) -> int:
    """Columns a line takes: CJK, full-width and ambiguous characters (“ ” … — set wide in Chinese
    fonts) 2, others 1."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WFA" else 1 for ch in line)


def _full_width(widths: list[int], capacity: float | None) -> int | None:
    """The width wrapped lines fill, or None when the lines show no wrapping."""
    if capacity is None or not widths:
        return None
    full = sorted(widths, reverse=True)[len(widths) // 20]  # 95th percentile: one odd long line is no width
    at_full = sum(1 for width in widths if width >= full - WRAP_SLACK)
    return full if at_full >= MIN_FULL_LINES and full >= capacity * FULL_SHARE else None


def _join(left: str, right: str) -> str:
    """CJK lines join directly; words split across lines of Latin text get a space back."""
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return f"{left} {right}"
    return left + right


def unwrap(
    lines: list[str],
    capacity: float | None,
    apart: Collection[str] = (),
    indents: Mapping[str, int] | None = None,
    measured: Mapping[str, float] | None = None,
) -> list[str]:
    """Join each line that fills the text width (`capacity` display columns) to the line after it.
    Lines in `apart` (set in another size than the body: a title, a heading) are never joined;
    `indents` gives the display columns a line (spaces removed) is set in from its left edge: a
    paragraph's first line, which starts a paragraph and whose indent counts towards its width.
    `measured` gives, where the page geometry is known, the columns from the text block's left edge
    to where a line's last glyph ends: its width on the page, which decides over the count of its
    characters (justified text spreads a line with digits, spaces or compressed punctuation to the
    full width with fewer characters)."""
    indent = [indents.get(_squeeze(line), 0) if indents else 0 for line in lines]
    widths = [_width(line, extra, measured) for line, extra in zip(lines, indent)]
    odd = [bool(apart) and _squeeze(line) in apart for line in lines]
    full = _full_width([w for w, o in zip(widths, odd) if not o], capacity)
    if full is None:
        return list(lines)
    out: list[str] = []
    carry = False  # the previous line filled the width
    for line, width, other, opens in zip(lines, widths, odd, indent):
        if carry and not other and not opens and not (out[-1].endswith(_SENTENCE_END) and starts_with_marker(line)):
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
        carry = width >= full - WRAP_SLACK and not other
    return out


def _squeeze(line: str) -> str:
    return re.sub(r"\s+", "", line)


def _width(line: str, indent: int, measured: Mapping[str, float] | None) -> float:
    """A line's width in display columns: measured on the page when known, else counted."""
    width = measured.get(_squeeze(line)) if measured else None
    return width if width is not None else display_width(line) + indent


# Two columns on a page: at least this many body lines, and this share of them, start at a second
# left edge this far (share of the text block) right of the first, and the lines of the first
# column end before it.
COLUMN_MIN_LINES = 3
COLUMN_SHARE = 0.25
COLUMN_OFFSET = 0.3
MAX_INDENT = 8  # display columns: a first-line indent (2 characters, 4 columns) and slack; more is centring


@dataclass(frozen=True)
class _Piece:
    """A run of text drawn at one point: its baseline start, font size and characters."""

    x: float
    y: float
    size: float
    text: str


@dataclass(frozen=True)
class _PageText:
    text: str
    capacity: float | None  # display columns a full line holds (None if unknown)
    two_columns: bool = False  # text set in two columns: a full line holds a column's width
    apart: frozenset[str] = frozenset()  # lines (spaces removed) set in another size than the body
    indents: dict[str, int] = field(default_factory=dict)  # line (spaces removed) → columns set in
    ends: dict[str, float] = field(default_factory=dict)  # line (spaces removed) → columns to its last glyph's end
    large: dict[str, float] = field(default_factory=dict)  # line (spaces removed) → its size, if larger than the body


def _page_text(page: Any) -> _PageText:
    """A page's text and what its geometry says about full lines: their capacity (a column's when
    the page is set in two columns), the lines set in another size than the body, and the lines set
    in from their column's left edge."""
    pieces: list[_Piece] = []
    sizes: Counter[float] = Counter()  # font size → characters set in it

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if text.strip() and size:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scaled = round(size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]), 1)
            pieces.append(_Piece(x, y, scaled, text))
            sizes[scaled] += len(text)

    text = page.extract_text(visitor_text=visit) or ""
    if not pieces:
        return _PageText(text, None)
    body = sizes.most_common(1)[0][0]
    left, right = float(page.mediabox.left), float(page.mediabox.right)
    start = min(piece.x for piece in pieces)
    block = (right - left) - 2 * (start - left)  # text block width, margins taken as equal
    if body <= 0 or block <= 0:
        return _PageText(text, None)
    lines = _segments([p for p in pieces if abs(p.size - body) < 0.5], body)
    second = _second_column(lines, body, start, start + block)
    first = min((x for x, _, _ in lines), default=start)
    width = block if second is None else min(second - first, start + block - second)
    apart = frozenset(_squeeze(p.text) for p in pieces if abs(p.size - body) >= 0.5)
    indents = {}  # a line set in from its column's left edge by a few characters: a paragraph's first line
    for x, _, line in lines:
        indent = round((x - (second if second is not None and x >= second - body / 2 else first)) / (body / 2))
        if 0 < indent <= MAX_INDENT:
            indents[_squeeze(line)] = indent
    ends = {} if second is not None else _line_ends(page, body, start)
    return _PageText(text, width / (body / 2), second is not None, apart, indents, ends, _large_lines(pieces, body))


def _large_lines(pieces: list[_Piece], body: float) -> dict[str, float]:
    """Lines (spaces removed) whose pieces are all set in one size larger than the body: titles."""
    rows: dict[int, list[_Piece]] = {}
    for piece in pieces:
        rows.setdefault(round(piece.y / (body / 3)), []).append(piece)
    large = {}
    for row in rows.values():
        sizes = {piece.size for piece in row}
        if len(sizes) == 1 and min(sizes) >= body + 0.5:
            large[_squeeze("".join(p.text for p in sorted(row, key=lambda p: p.x)))] = min(sizes)
    return large


MAX_TITLE_LINES = 3


def join_title(lines: list[str], large: Mapping[str, float]) -> list[str]:
    """The document's first lines, set in one size larger than the body, are one title the layout
    wrapped (杭州…学院 / 学生奖学金评审办法): joined into one line. A line opening with a numbering
    marker is a heading, never part of the title."""
    size = large.get(_squeeze(lines[0])) if lines else None
    count = 0
    while (size is not None and count < len(lines) and large.get(_squeeze(lines[count])) == size
           and not starts_with_marker(lines[count].strip())):
        count += 1
    if not 2 <= count <= MAX_TITLE_LINES:
        return lines
    title = lines[0].strip()
    for line in lines[1:count]:
        title = _join(title, line.strip())
    return [title, *lines[count:]]


def _line_ends(page: Any, size: float, left: float) -> dict[str, float]:
    """Line (spaces removed) → display columns from the text block's left edge (`left`) to the end
    of its last glyph, from the glyph widths of its fonts (character spacing included). pypdf's
    layout-mode pass measures them; it is internal to pypdf, so any failure gives no measurements
    and the caller counts characters as before."""
    try:
        from pypdf._text_extraction import _layout_mode
        from pypdf.generic import ContentStream

        contents = page.get("/Contents")
        if contents is None:
            return {}
        operations = ContentStream(contents.get_object(), page.pdf, "bytes").operations
        groups = _layout_mode.text_show_operations(iter(operations), page._layout_mode_fonts(), True, None)
        shift = min(float(g["tx"]) for g in groups) if groups else 0.0  # pypdf's x are from the leftmost text
        rows: dict[int, list[Any]] = {}
        for group in groups:
            rows.setdefault(round(float(group["ty"]) / (size / 3)), []).append(group)
    except Exception:  # noqa: BLE001 - pypdf internals: no measurement rather than no text
        return {}
    ends: dict[str, float] = {}
    for row in rows.values():
        row.sort(key=lambda g: float(g["tx"]))
        text = _squeeze("".join(str(g["text"]) for g in row))
        end = max(float(g["displaced_tx"]) for g in row) - shift
        if text and text not in ends:  # a repeated line (a table's cells) keeps its first measurement
            ends[text] = end / (size / 2)
    del left  # pypdf's x already start at the leftmost text, which is the block's left edge
    return ends


def _second_column(lines: list[tuple[float, float, str]], size: float, start: float, end: float) -> float | None:
    """Where a second column starts when the body lines (start, end, text) between `start` and `end`
    stand in two columns, else None: many lines start at a second left edge, and none of those left
    of it runs across it."""
    if len(lines) < 2 * COLUMN_MIN_LINES:
        return None
    first = min(x for x, _, _ in lines)
    right = Counter(round(x) for x, _, _ in lines if x > first + COLUMN_OFFSET * (end - start))
    if not right:
        return None
    second = min(x for x, _, _ in lines if round(x) == right.most_common(1)[0][0])
    in_second = [x for x, _, _ in lines if second - size / 2 <= x <= second + 3 * size]  # indents too
    if len(in_second) < max(COLUMN_MIN_LINES, COLUMN_SHARE * len(lines)):
        return None
    if any(x < second - size / 2 and stop > second for x, stop, _ in lines):
        return None  # a line runs across the second edge: one column, with something set at the right
    return second


def _segments(pieces: list[_Piece], size: float) -> list[tuple[float, float, str]]:
    """(start, estimated end, text) of each stretch of text on a baseline; a gap of two characters or
    more between pieces on one baseline starts a new stretch (the next column)."""
    out: list[tuple[float, float, str]] = []
    row: list[_Piece] = []
    for piece in sorted(pieces, key=lambda p: (-round(p.y / (size / 3)), p.x)) + [None]:
        if row and (piece is None or abs(piece.y - row[0].y) > size / 3):
            row.sort(key=lambda p: p.x)
            begin, stop, text = row[0].x, row[0].x, ""
            for p in row:
                if p.x > stop + 2 * size:
                    out.append((begin, stop, text))
                    begin, text = p.x, ""
                stop = max(stop, p.x + display_width(p.text) * size / 2)
                text += p.text
            out.append((begin, stop, text))
            row = []
        if piece is not None:
            row.append(piece)
    return out


def _open(data: bytes, name: str | None) -> Any:
    try:
        import pypdf
    except ImportError:
        raise missing_extra_error("pypdf", "pdf", "PDF files", name) from None
    _install_filter()
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except Exception as exc:  # pypdf raises many types (PdfReadError, ValueError, KeyError…) on damage
        raise _damaged(exc, name) from exc
    if encrypted and not _decrypt(reader):
        raise fail(UnsupportedFormatError, "cannot read PDF: it is encrypted with a password", name)
    return reader


def _damaged(exc: Exception, name: str | None) -> OrgdocError:
    """The error for a PDF pypdf cannot read, with pypdf's own words for the cause."""
    cause = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
    return fail(DecodeError, f"cannot read PDF: the file is damaged or not a PDF ({cause})", name)


def _decrypt(reader: Any) -> bool:
    """Open a PDF encrypted with an empty user password (common for 'no copying' files)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - e.g. AES without the cryptography package: unreadable, said by the caller
        return False


def _content_size(page: Any) -> int:
    """Bytes of a page's decoded content streams (each decoded on its own, then let go)."""
    contents = page.get("/Contents")
    if contents is None:
        return 0
    contents = contents.get_object()
    streams = contents if isinstance(contents, list) else [contents]
    return sum(len(stream.get_object().get_data()) for stream in streams)


def _check_budgets(reader: Any, name: str | None, limits: Limits) -> None:
    """Pages and decoded content within the budgets, checked before any text is extracted (a few
    huge content streams would take minutes to extract for nothing)."""
    try:
        count = len(reader.pages)
    except Exception as exc:  # the page tree itself is damaged
        raise _damaged(exc, name) from exc
    if count > limits.max_pdf_pages:
        raise over_limit(f"the PDF has {count} pages", "max_pdf_pages", limits, name)
    total = 0
    for number in range(count):
        try:
            total += _content_size(reader.pages[number])
        except Exception as exc:  # noqa: BLE001 - a damaged page: extraction skips it with a warning
            if type(exc).__name__ == "LimitReachedError":  # pypdf's own cap on one stream
                what = f"page {number + 1} has a content stream over pypdf's own cap ({exc})"
                raise over_limit(what, "max_pdf_stream_bytes", limits, name) from None
            continue
        if total > limits.max_pdf_stream_bytes:
            what = f"the page content up to page {number + 1} decodes to {total} bytes"
            raise over_limit(what, "max_pdf_stream_bytes", limits, name)


class _PypdfNotes(logging.Handler):
    """pypdf's log messages (damaged xref, odd fonts…) kept as the document's warnings instead of going
    to stderr without a file name. It sits on the "pypdf" logger (pypdf logs under its module names,
    whose records reach it); outside a PDF being read here, records go on to the root logger as before."""

    def emit(self, record: logging.LogRecord) -> None:
        notes = _NOTES.get(None)
        if notes is None:
            logging.getLogger().handle(record)
            return
        message = f"pypdf: {record.getMessage()}"
        if message not in notes and len(notes) < _MAX_PYPDF_NOTES:
            notes.append(message)


_NOTES: ContextVar[list[str] | None] = ContextVar("_pypdf_notes")
_MAX_PYPDF_NOTES = 5
_HANDLER = _PypdfNotes()


def _install_filter() -> None:
    logger = logging.getLogger("pypdf")
    if _HANDLER not in logger.handlers:
        logger.addHandler(_HANDLER)
        logger.propagate = False  # the handler passes records on to the root logger itself


def _page_lines(reader: Any, name: str | None) -> tuple[list[_PageText], list[str]]:
    """Each page's text (empty when it failed), and notes on pages that failed."""
    pages: list[_PageText] = []
    warnings: list[str] = []
    try:
        for number, page in enumerate(reader.pages, 1):
            try:
                pages.append(_page_text(page))
            except Exception:  # noqa: BLE001 - pypdf on a damaged page; one bad page must not lose the rest
                pages.append(_PageText("", None))
                warnings.append(f"page {number}: its text could not be extracted and was skipped")
    except Exception as exc:  # the page tree itself is damaged
        raise _damaged(exc, name) from exc
    return pages, warnings
def _capacity(pages: list[_PageText]) -> float | None:
    """The document's full-line capacity: the median page's; when some pages are set in two columns,
    the median of theirs (a page holding one column's text is no wider)."""
    columns = [p.capacity for p in pages if p.capacity and p.two_columns]
    capacities = columns or [p.capacity for p in pages if p.capacity]
    return statistics.median(capacities) if capacities else None


def load_pdf(data: bytes, name: str | None, limits: Limits = DEFAULT_LIMITS) -> Loaded:
    notes: list[str] = []
    token = _NOTES.set(notes)
    try:
        reader = _open(data, name)
        _check_budgets(reader, name, limits)
        pages, warnings = _page_lines(reader, name)
    finally:
        _NOTES.reset(token)
    warnings = notes + warnings
    cleaned = clean_pages([page.text.splitlines() for page in pages])
    if pages and not any(cleaned):
        warnings.append("the PDF has no text layer (scanned pages?): run OCR on it first")
    lines = [line for page in cleaned for line in page]
    if any(page.two_columns for page in pages):
        # Lines a column wide: a title or heading in a larger size can be as wide as a full line, and a
        # paragraph's first line is full only with its indent (one-column text is read as it always was)
        apart = frozenset().union(*(page.apart for page in pages))
        indents = {line: indent for page in pages for line, indent in page.indents.items()}
        lines = unwrap(lines, _capacity(pages), apart, indents)
    else:
        ends = {line: end for page in pages for line, end in page.ends.items()}
        apart = frozenset().union(*(page.apart for page in pages))
        lines = unwrap(lines, _capacity(pages), apart, measured=ends)
    lines = join_title(lines, pages[0].large if pages else {})
    text = "\n".join(lines)
    return Loaded(text, "pdf", None, name, warnings=tuple(warnings))
