"""Decoding input files into text: plain text, Markdown, HTML, Word .docx and PDF.

    >>> load_bytes("一、加强组织领导".encode("gbk")).text
    '一、加强组织领导'

The format comes from `format=`, else the file suffix, else the bytes; binary signatures (zip/docx,
%PDF, OLE) outrank a suffix that disagrees. Errors are `OrgdocError`s whose message ends with the
file name (`<bytes>` when there is none).
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path, PurePath

from orgdoc.errors import UnsupportedFormatError

from ._common import FORMATS, OLE_MAGIC, Loaded, fail, legacy_doc_error
from .docx import load_docx
from .html import load_html
from .pdf import load_pdf
from .text import load_markdown, load_text

__all__ = ["Loaded", "load_bytes", "load_file"]

# File suffix → format. ".doc" is left out on purpose: many ".doc" downloads are really HTML, RTF or
# .docx, so the bytes decide (a true legacy .doc is refused with how to convert it).
# fmt: off
SUFFIX_FORMATS = {
    ".txt": "text", ".text": "text", ".docx": "docx", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".md": "markdown", ".markdown": "markdown", ".pdf": "pdf",
}
# fmt: on

# An HTML document's start: optional XML declaration and comments, then <!doctype html> or <html>.
# The comments are skipped with str.find, not one regex: `(?:<!--.*?-->\s*)*` can split a run of
# empty comments in exponentially many ways before failing (40 of them took minutes).
_XML_DECL = re.compile(rb"<\?xml[^>]*+>")
_HTML_OPEN = re.compile(rb"<(?:!doctype\s+html|html[\s>])")
_SNIFF_BYTES = 1024


# format → reader; .docx and PDF declare their own encodings, so `encoding=` does not apply to them.
_LOADERS: dict[str, Callable[[bytes, str | None, str | None], Loaded]] = {
    "text": load_text,
    "markdown": load_markdown,
    "html": load_html,
    "docx": lambda data, name, _encoding: load_docx(data, name),
    "pdf": lambda data, name, _encoding: load_pdf(data, name),
}


def _is_html(head: bytes) -> bool:
    # NULs removed so UTF-16 pages match too; a leading BOM is skipped.
    head = head.replace(b"\x00", b"").lower()
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        head = head.removeprefix(bom)
    pos = len(head) - len(head.lstrip())
    decl = _XML_DECL.match(head, pos)
    if decl:
        pos = decl.end()
    while True:
        pos += len(head[pos:]) - len(head[pos:].lstrip())
        if not head.startswith(b"<!--", pos):
            return _HTML_OPEN.match(head, pos) is not None
        end = head.find(b"-->", pos + 4)
        if end < 0:
            return False
        pos = end + 3


def _zip_format(data: bytes, name: str | None) -> str:
    """A zip is a .docx when it has Word's parts; an unreadable zip goes to the docx reader to explain."""
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return "docx"
    if any(n.startswith("word/") for n in names):
        return "docx"
    raise fail(UnsupportedFormatError, "cannot read this zip archive: it is not a Word .docx document", name)


def sniff(data: bytes, name: str | None = None) -> str | None:
    """The format the bytes themselves show, None for no sign (plain text); raises for refused formats."""
    head = data[:_SNIFF_BYTES]
    if data.startswith(OLE_MAGIC):
        raise legacy_doc_error(name)
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data, name)
    if head.lstrip().startswith(b"%PDF-"):
        return "pdf"
    if head.lstrip().startswith(b"{\\rtf"):
        raise fail(
            UnsupportedFormatError,
            "cannot read RTF: open it in Word/WPS and save as .docx, "
            "or libreoffice --headless --convert-to docx FILE",
            name,
        )
    return "html" if _is_html(head) else None


def detect_format(data: bytes, name: str | None = None) -> tuple[str, tuple[str, ...]]:
    """(format, warnings): the suffix's claim, overruled by a binary signature in the bytes."""
    sniffed = sniff(data, name)
    claimed = SUFFIX_FORMATS.get(PurePath(name).suffix.lower()) if name else None
    if claimed is None:
        return sniffed or "text", ()
    overrules = sniffed in ("docx", "pdf") or (sniffed == "html" and claimed in ("docx", "pdf"))
    if sniffed is not None and overrules and sniffed != claimed:
        return sniffed, (
            f"the file is named {PurePath(name or '').suffix} but its bytes are {sniffed}; read as {sniffed}",
        )
    return claimed, ()


def load_bytes(
    data: bytes, *, name: str | None = None, encoding: str | None = None, format: str | None = None
) -> Loaded:
    """Decode a document's bytes; `name` (a file name or path) picks the format by suffix and ends errors."""
    if format is None:
        format, notes = detect_format(data, name)
    elif format in FORMATS:
        notes = ()
    else:
        expected = ", ".join(FORMATS[:-1]) + f" or {FORMATS[-1]}"
        raise fail(UnsupportedFormatError, f"unknown format {format!r} (expected {expected})", name)
    if not data and format in ("docx", "pdf"):
        return Loaded("", format, None, name)
    loaded = _LOADERS[format](data, name, encoding)
    return replace(loaded, warnings=notes + loaded.warnings) if notes else loaded


def load_file(
    path: str | os.PathLike[str], *, encoding: str | None = None, format: str | None = None
) -> Loaded:
    """Read and decode a file; OSError (missing file, no permission) propagates unchanged."""
    data = Path(path).read_bytes()
    return load_bytes(data, name=os.fsdecode(path), encoding=encoding, format=format)
