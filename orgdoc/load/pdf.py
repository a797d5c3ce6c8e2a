"""PDF (pypdf, optional extra): page texts in order, running headers/footers and page numbers dropped.

Lines keep the PDF's own wrapping: joining wrapped lines back into paragraphs is layout repair, a
later stage's job.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from typing import Any

from orgdoc.errors import DecodeError, UnsupportedFormatError

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


def _page_lines(reader: Any, name: str | None) -> tuple[list[list[str]], list[str]]:
    pages: list[list[str]] = []
    warnings: list[str] = []
    try:
        for number, page in enumerate(reader.pages, 1):
            try:
                pages.append((page.extract_text() or "").splitlines())
            except Exception:  # noqa: BLE001 - pypdf on a damaged page; one bad page must not lose the rest
                pages.append([])
                warnings.append(f"page {number}: its text could not be extracted and was skipped")
    except Exception as exc:  # the page tree itself is damaged
        raise fail(DecodeError, "cannot read PDF: the file is damaged or not a PDF", name) from exc
    return pages, warnings


def load_pdf(data: bytes, name: str | None) -> Loaded:
    pages, warnings = _page_lines(_open(data, name), name)
    cleaned = clean_pages(pages)
    if pages and not any(cleaned):
        warnings.append("the PDF has no text layer (scanned pages?): run OCR on it first")
    text = "\n".join(line for page in cleaned for line in page)
    return Loaded(text, "pdf", None, name, warnings=tuple(warnings))
