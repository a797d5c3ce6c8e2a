"""PDF (pypdf, optional extra): page texts in order, running headers/footers and page numbers dropped,
lines the layout wrapped joined back into their paragraphs.

A PDF has no paragraphs, only lines set to a fixed width: a line that fills the width goes on in
the next one (within a page or across a page break), a line that stops short ends its paragraph
(unless what opens the next line would not have fit: an address, a number), and a line set in
from the left edge opens one, whatever ended the line before. Only the loader knows the text came
from such a layout, so it undoes the wrapping here. Letter-spaced titles are closed up here too.
"""

from __future__ import annotations

import io
import logging
import math
import re
import statistics
from collections import Counter
from collections.abc import Collection, Mapping
from contextvars import ContextVar
from typing import Any

from orgdoc.errors import DecodeError, OrgdocError, UnsupportedFormatError
from orgdoc.grammar import starts_with_marker

from . import pdfium
from ._common import DEFAULT_LIMITS, Limits, Loaded, fail, missing_extra_error, over_limit
from .pdf_layout import PageText, Piece, display_width, line_ends, page_layout, squeeze

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


_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


def _key(line: str) -> str:
    """A running header compared page to page: spaces ignored, any number matches any number."""
    return _DIGITS.sub("#", _SPACES.sub("", line))


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


def take_footnotes(pages: list[list[str]], notes: list[tuple[str, ...]]) -> tuple[list[list[str]], list[tuple[int, str]]]:
    """Each page's lines without its footnotes (`notes`: a page's footnote lines, spaces removed, top
    to bottom, as its geometry found them), and the footnotes as (page number, line) in reading order,
    wherever the content stream drew them. A running line or a page number is never a note."""
    if not any(notes):
        return pages, []
    pages = [[line.rstrip() for line in page if line.strip()] for page in pages]
    running = running_lines(pages)
    kept: list[list[str]] = []
    found: list[tuple[int, str]] = []
    for number, (page, keys) in enumerate(zip(pages, notes), 1):
        order = {key: k for k, key in enumerate(keys)}
        mine = {k for k, line in enumerate(page) if squeeze(line) in order and not _is_furniture(line, running)}
        kept.append([line for k, line in enumerate(page) if k not in mine])
        moved = sorted((page[k] for k in mine), key=lambda line: order[squeeze(line)])
        found += [(number, line.strip()) for line in moved]
    return kept, found


# Letter spacing: a title or label set with a space between its characters (关 于 印 发 … 的 通 知, 附 件),
# typed or made by PDFium and pypdf from wide character spacing. A run of single CJK characters (Han,
# CJK and full-width punctuation) each apart from the next by spaces; only the spaces between them go.
# (Lines are matched to their geometry with spaces removed, so the rules after this are not affected.)
_CJK = "\u2e80-\u2fdf\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\u2018-\u201d"
_SPACED = re.compile(f"(?<![{_CJK}])[{_CJK}](?:[ \u3000]+[{_CJK}](?![{_CJK}]))+")
_GAPS = re.compile("[ \u3000]+")
MIN_SPACED = 3  # characters of a letter-spaced run inside a line (two when they are the whole line: 附 件)


def close_letter_spacing(line: str) -> str:
    """`line` with the spaces of its letter-spaced runs taken out."""
    if " " not in line and "\u3000" not in line:
        return line
    return _SPACED.sub(lambda m: _closed(m, line), line)


def _closed(match: re.Match[str], line: str) -> str:
    run = match.group()
    whole = not line[:match.start()].strip() and not line[match.end():].strip()
    narrow = min(len(gap) for gap in _GAPS.findall(run))  # a wider gap parts words (第 一 章   总 则): kept
    closed = _GAPS.sub(lambda gap: "" if len(gap.group()) == narrow else gap.group(), run)
    return closed if whole or len(_GAPS.sub("", run)) >= MIN_SPACED else run


# A wrapped line reaches the text width; allow this many display columns (1.5 CJK characters) short.
WRAP_SLACK = 3
# Evidence of wrapping: at least this many lines share a maximum width, and that width is at
# least this share of the page's text block (a list of equal short items is not wrapped text).
MIN_FULL_LINES = 3
FULL_SHARE = 0.85
# A line ending a sentence followed by a line opening with a numbering marker (the grammar says
# which): a paragraph ends there even when it happens to fill the width.
_SENTENCE_END = tuple("。！？；：…”’」』")
# A paragraph's first line is set in by two characters; half a character is the slack of where glyphs
# start (punctuation hung into the margin moves the edge the indents are counted from).
MIN_OPENING = 2


def _full_width(widths: list[float], capacity: float | None) -> float | None:
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
    paragraph's first line, which starts a paragraph (the line before may fill the width) and whose
    indent counts towards its width.
    `measured` gives, where the page geometry is known, the columns from the text block's left edge
    to where a line's last glyph ends: its width on the page, which decides over the count of its
    characters (justified text spreads a line with digits, spaces or compressed punctuation to the
    full width with fewer characters)."""
    indent = [indents.get(squeeze(line), 0) if indents else 0 for line in lines]
    widths = [_width(line, extra, measured) for line, extra in zip(lines, indent)]
    odd = [bool(apart) and squeeze(line) in apart for line in lines]
    full = _full_width([w for w, o in zip(widths, odd) if not o], capacity)
    if full is None:
        return list(lines)
    out: list[str] = []
    before: float | None = None  # the width of the line before (None: set apart)
    for line, width, other, opens in zip(lines, widths, odd, indent):
        if before is not None and not other and opens < MIN_OPENING and _wraps(out[-1], before, line, full):
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
        before = None if other else width
    return out


def _wraps(text: str, width: float, line: str, full: float) -> bool:
    """Whether a line `width` columns wide whose text (so far) is `text` goes on in `line`: it fills
    the width, or it stops short because the word `line` opens with would not fit after it (an
    address, a number, a character with the punctuation that may not open a line). A line ending a
    sentence before a numbering marker ends its paragraph whatever its width."""
    if text.endswith(_SENTENCE_END):
        return width >= full - WRAP_SLACK and not starts_with_marker(line)
    if width >= full - WRAP_SLACK:
        return True
    word = _FIRST_WORD.match(line)
    return word is not None and width + display_width(word.group()) > full


# What a layout cannot break at a line's end: a run of Latin letters and digits with the characters
# of an address or number inside it, or one character; with the brackets that may not end a line
# before it and the punctuation that may not open one after it.
_FIRST_WORD = re.compile(r"[“‘（《〈「『【〔(\[]*(?:[0-9A-Za-z][0-9A-Za-z.:/_\-%@#&?=+~]*|\S)"
                         r"[，。、；：？！”’）》〉」』】〕,.;:?!)\]…—]*")


def _width(line: str, indent: int, measured: Mapping[str, float] | None) -> float:
    """A line's width in display columns: measured on the page when known, else counted."""
    width = measured.get(squeeze(line)) if measured else None
    return width if width is not None else display_width(line) + indent


MAX_TITLE_LINES = 3


def join_title(lines: list[str], large: Mapping[str, float]) -> list[str]:
    """The document's first lines, set in one size larger than the body, are one title the layout
    wrapped (杭州…学院 / 学生奖学金评审办法): joined into one line. A line opening with a numbering
    marker is a heading, never part of the title."""
    size = large.get(squeeze(lines[0])) if lines else None
    count = 0
    while (size is not None and count < len(lines) and large.get(squeeze(lines[count])) == size
           and not starts_with_marker(lines[count].strip())):
        count += 1
    if not 2 <= count <= MAX_TITLE_LINES:
        return lines
    title = lines[0].strip()
    for line in lines[1:count]:
        title = _join(title, line.strip())
    return [title, *lines[count:]]


# A title is set well above the body's size (二号 22 pt over 三号 16 pt); a line a little larger (a
# document number, a running header in 10.5 pt over a 10 pt body) is no title.
TITLE_SIZE = 1.2
TITLE_WINDOW = 12  # lines at the top of the first page that may hold the title


def title_hint(lines: list[str], large: Mapping[str, float], body: float) -> tuple[str, ...]:
    """The title the first page's sizes show, when they show one: the one block of lines at its top
    set in a title's size, one size throughout (a title the layout wrapped), that opens with no
    numbering marker (a heading set large is no title).
    Lines above it in smaller sizes (a running header, 机密, a document number, 附件1) are then not
    taken for it. Two such blocks (a red header over the title, a title over a large subtitle) say
    nothing the text does not: no hint."""
    blocks: list[tuple[float, list[str]]] = []
    last = -2
    for k, line in enumerate(lines[:TITLE_WINDOW]):
        size = large.get(squeeze(line))
        if size is None or size < TITLE_SIZE * body:
            continue
        if k == last + 1 and blocks[-1][0] == size:
            blocks[-1][1].append(line.strip())
        else:
            blocks.append((size, [line.strip()]))
        last = k
    blocks = [block for block in blocks if not starts_with_marker(block[1][0])]  # headings in a large size
    if len(blocks) != 1:
        return ()
    title = blocks[0][1][0]
    for line in blocks[0][1][1:]:
        title = _join(title, line)
    return (title,)


def _page_text(page: Any) -> PageText:
    """A page read by pypdf: its text, and its pieces of text (one per text-showing run in a font)."""
    pieces: list[Piece] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if text.strip() and size:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scaled = round(size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]), 1)
            level = pdfium.upright((tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3],
                                    tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3], 0.0, 0.0))
            pieces.append(Piece(x, y, scaled, text, level))

    text = page.extract_text(visitor_text=visit) or ""
    left, right = float(page.mediabox.left), float(page.mediabox.right)
    return page_layout(text, pieces, left, right, lambda size: _line_ends(page, size))


def _line_ends(page: Any, size: float) -> dict[str, float]:
    """`line_ends` measured by pypdf's layout-mode pass (glyph widths of the fonts, character spacing
    included); it is internal to pypdf, so any failure gives no measurements and the caller counts
    characters as before."""
    try:
        from pypdf._text_extraction import _layout_mode
        from pypdf.generic import ContentStream

        contents = page.get("/Contents")
        if contents is None:
            return {}
        operations = ContentStream(contents.get_object(), page.pdf, "bytes").operations
        groups = _layout_mode.text_show_operations(iter(operations), page._layout_mode_fonts(), True, None)
        runs = [(float(g["tx"]), float(g["ty"]), float(g["displaced_tx"]), str(g["text"])) for g in groups]
    except Exception:  # noqa: BLE001 - pypdf internals: no measurement rather than no text
        return {}
    return line_ends(runs, size)


def _open(data: bytes, name: str | None) -> Any:
    """pypdf's reader (the budgets are checked on it), or None when only pypdfium2 is installed."""
    try:
        import pypdf
    except ImportError:
        if pdfium.available():
            return None
        raise missing_extra_error("pypdfium2 (or pypdf)", "pdf", "PDF files", name) from None
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


def _page_lines(reader: Any, name: str | None) -> tuple[list[PageText], list[str]]:
    """Each page's text (empty when it failed), and notes on pages that failed."""
    pages: list[PageText] = []
    warnings: list[str] = []
    try:
        for number, page in enumerate(reader.pages, 1):
            try:
                pages.append(_page_text(page))
            except Exception:  # noqa: BLE001 - pypdf on a damaged page; one bad page must not lose the rest
                pages.append(PageText("", None))
                warnings.append(f"page {number}: its text could not be extracted and was skipped")
    except Exception as exc:  # the page tree itself is damaged
        raise _damaged(exc, name) from exc
    return pages, warnings


def _read_pages(data: bytes, reader: Any, name: str | None, limits: Limits) -> tuple[list[PageText], list[str]]:
    """Each page's text and geometry, read by PDFium when pypdfium2 is installed (pypdf reads a PDF
    PDFium cannot open), else by pypdf; and notes on pages that failed."""
    if not pdfium.available():
        return _page_lines(reader, name)
    with pdfium.LOCK:  # PDFium is not thread-safe: one document at a time in this process
        try:
            document = pdfium.open_document(data)
        except Exception as exc:  # PdfiumError, or ctypes' errors on odd input
            if reader is not None:
                return _page_lines(reader, name)
            if pdfium.is_password_error(exc):
                raise fail(UnsupportedFormatError, "cannot read PDF: it is encrypted with a password", name) from None
            raise _damaged(exc, name) from exc
        try:
            return _pdfium_pages(document, reader is None, name, limits)
        finally:
            document.close()


def _pdfium_pages(document: Any, count_pages: bool, name: str | None, limits: Limits) -> tuple[list[PageText], list[str]]:
    count = len(document)
    if count_pages and count > limits.max_pdf_pages:  # pypdf absent: its budget check did not run
        raise over_limit(f"the PDF has {count} pages", "max_pdf_pages", limits, name)
    pages: list[PageText] = []
    warnings: list[str] = []
    for number in range(count):
        try:
            pages.append(pdfium.page_text(document, number))
        except Exception:  # noqa: BLE001 - PDFium on a damaged page; one bad page must not lose the rest
            pages.append(PageText("", None))
            warnings.append(f"page {number + 1}: its text could not be extracted and was skipped")
    return pages, warnings


def _capacity(pages: list[PageText]) -> float | None:
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
        if reader is not None:
            _check_budgets(reader, name, limits)
        pages, warnings = _read_pages(data, reader, name, limits)
    finally:
        _NOTES.reset(token)
    warnings = notes + warnings
    texts, footnotes = take_footnotes([page.text.splitlines() for page in pages], [page.notes for page in pages])
    cleaned = clean_pages(texts)
    if pages and not any(cleaned) and not footnotes:
        warnings.append("the PDF has no text layer (scanned pages?): run OCR on it first")
    lines = [close_letter_spacing(line) for page in cleaned for line in page]
    apart = frozenset().union(*(page.apart for page in pages))
    indents = {line: indent for page in pages for line, indent in page.indents.items()}
    if any(page.two_columns for page in pages):
        # Lines a column wide: a title or heading in a larger size can be as wide as a full line, and a
        # paragraph's first line is full only with its indent
        lines = unwrap(lines, _capacity(pages), apart, indents)
    else:
        ends = {line: end for page in pages for line, end in page.ends.items()}
        lines = unwrap(lines, _capacity(pages), apart, indents, measured=ends)
    hints = title_hint(lines, pages[0].large, pages[0].body) if pages else ()
    lines = join_title(lines, pages[0].large if pages else {})
    text = "\n".join(lines)
    back = None
    if footnotes and text.strip():  # after a blank line, which no repair of wrapped lines crosses
        back = len(text) + 2
        text += "\n\n" + "\n".join(line for _, line in footnotes)
        numbers = ", ".join(str(n) for n in sorted({n for n, _ in footnotes}))
        warnings.append(f"footnotes at the foot of page{'s' if ',' in numbers else ''} {numbers} moved to the end "
                        "of the text, as back matter")
    elif footnotes:  # notes and nothing else: they are the text
        text = "\n".join(line for _, line in footnotes)
    return Loaded(text, "pdf", None, name, warnings=tuple(warnings), title_hints=hints, back_matter=back)
