"""PDF (pypdf, optional extra): page texts in order, running headers/footers and page numbers dropped,
lines the layout wrapped joined back into their paragraphs.

A PDF has no paragraphs, only lines set to a fixed width: a line that fills the width goes on in
the next one (within a page or across a page break), a line that stops short ends its paragraph.
Only the loader knows the text came from such a layout, so it undoes the wrapping here.
"""

from __future__ import annotations

import io
import math
import re
import statistics
import unicodedata
from collections import Counter
from typing import Any

from orgdoc.errors import DecodeError, UnsupportedFormatError
from orgdoc.grammar import starts_with_marker

from ._common import Loaded, fail, missing_extra_error

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


def unwrap(lines: list[str], capacity: float | None) -> list[str]:
    """Join each line that fills the text width (`capacity` display columns) to the line after it."""
    widths = [display_width(line) for line in lines]
    full = _full_width(widths, capacity)
    if full is None:
        return list(lines)
    out: list[str] = []
    carry = False  # the previous line filled the width
    for line, width in zip(lines, widths):
        if carry and not (out[-1].endswith(_SENTENCE_END) and starts_with_marker(line)):
            out[-1] = _join(out[-1], line)
        else:
            out.append(line)
        carry = width >= full - WRAP_SLACK
    return out


def _page_text(page: Any) -> tuple[str, float | None]:
    """A page's text, and how many display columns a full line holds there (None if unknown)."""
    starts: list[float] = []
    sizes: Counter[float] = Counter()  # font size → characters set in it

    def visit(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if text.strip() and size:
            starts.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])
            sizes[round(size * math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]), 1)] += len(text)

    text = page.extract_text(visitor_text=visit) or ""
    if not starts:
        return text, None
    body = sizes.most_common(1)[0][0]
    left, right = float(page.mediabox.left), float(page.mediabox.right)
    block = (right - left) - 2 * (min(starts) - left)  # text block width, margins taken as equal
    return text, (block / (body / 2) if body > 0 and block > 0 else None)


def _open(data: bytes, name: str | None) -> Any:
    try:
        import pypdf
    except ImportError:
        raise missing_extra_error("pypdf", "pdf", "PDF files", name) from None
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        encrypted = reader.is_encrypted
    except Exception as exc:  # pypdf raises many types (PdfReadError, ValueError, KeyError…) on damage
        raise fail(DecodeError, "cannot read PDF: the file is damaged or not a PDF", name) from exc
    if encrypted and not _decrypt(reader):
        raise fail(UnsupportedFormatError, "cannot read PDF: it is encrypted with a password", name)
    return reader


def _decrypt(reader: Any) -> bool:
    """Open a PDF encrypted with an empty user password (common for 'no copying' files)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - e.g. AES without the cryptography package: unreadable, said by the caller
        return False


def _page_lines(reader: Any, name: str | None) -> tuple[list[list[str]], list[float], list[str]]:
    """Each page's lines, the full-line capacities found, and notes on pages that failed."""
    pages: list[list[str]] = []
    capacities: list[float] = []
    warnings: list[str] = []
    try:
        for number, page in enumerate(reader.pages, 1):
            try:
                text, capacity = _page_text(page)
            except Exception:  # noqa: BLE001 - pypdf on a damaged page; one bad page must not lose the rest
                text, capacity = "", None
                warnings.append(f"page {number}: its text could not be extracted and was skipped")
            pages.append(text.splitlines())
            capacities += [capacity] if capacity else []
    except Exception as exc:  # the page tree itself is damaged
        raise fail(DecodeError, "cannot read PDF: the file is damaged or not a PDF", name) from exc
    return pages, capacities, warnings


def load_pdf(data: bytes, name: str | None) -> Loaded:
    pages, capacities, warnings = _page_lines(_open(data, name), name)
    cleaned = clean_pages(pages)
    if pages and not any(cleaned):
        warnings.append("the PDF has no text layer (scanned pages?): run OCR on it first")
    capacity = statistics.median(capacities) if capacities else None
    text = "\n".join(unwrap([line for page in cleaned for line in page], capacity))
    return Loaded(text, "pdf", None, name, warnings=tuple(warnings))
