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
import stat
import zipfile
from collections.abc import Callable
from dataclasses import replace
from typing import BinaryIO

from orgdoc.errors import DecodeError, LimitError, OrgdocError, ReadError, UnsupportedFormatError

from ..fold import read_radicals
from ._common import (
    DEFAULT_LIMITS,
    FORMATS,
    OLE_MAGIC,
    Limits,
    Loaded,
    fail,
    legacy_doc_error,
    over_limit,
    safe_name,
)
from .encoding import decode_text
from .html_start import is_html
from .text import load_markdown, load_text

__all__ = ["Limits", "Loaded", "load_bytes", "load_file"]

# File suffix → format. ".doc" is left out on purpose: many ".doc" downloads are really HTML, RTF or
# .docx, so the bytes decide (a true legacy .doc is refused with how to convert it).
# fmt: off
SUFFIX_FORMATS = {
    ".txt": "text", ".text": "text", ".docx": "docx", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".md": "markdown", ".markdown": "markdown", ".pdf": "pdf",
    # pages saved from server-side templates keep the address's suffix
    ".shtml": "html", ".shtm": "html", ".asp": "html", ".aspx": "html", ".jsp": "html", ".php": "html",
}
# fmt: on

_SNIFF_BYTES = 1024
_PDF_SIGNATURE = b"%PDF-"


# format → reader; .docx and PDF declare their own encodings, so `encoding=` does not apply to them.
# The HTML, .docx and PDF readers are imported on their first file: a batch of text files (and the
# command's start) does without their modules.
def _load_html(data: bytes, name: str | None, encoding: str | None, limits: Limits) -> Loaded:
    from .html import load_html

    return load_html(data, name, encoding, limits)


def _load_docx(data: bytes, name: str | None, _encoding: str | None, limits: Limits) -> Loaded:
    from .docx import load_docx

    return load_docx(data, name, limits)


def _load_pdf(data: bytes, name: str | None, _encoding: str | None, limits: Limits) -> Loaded:
    from .pdf import load_pdf

    return load_pdf(data, name, limits)


_LOADERS: dict[str, Callable[[bytes, str | None, str | None, Limits], Loaded]] = {
    "text": lambda data, name, encoding, _limits: load_text(data, name, encoding),
    "markdown": lambda data, name, encoding, _limits: load_markdown(data, name, encoding),
    "html": _load_html,
    "docx": _load_docx,
    "pdf": _load_pdf,
}


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
    if head.lstrip().startswith(_PDF_SIGNATURE):
        return "pdf"
    if head.lstrip().startswith(b"{\\rtf"):
        raise fail(
            UnsupportedFormatError,
            "cannot read RTF: open it in Word/WPS and save as .docx, "
            "or libreoffice --headless --convert-to docx FILE",
            name,
        )
    return "html" if is_html(head) else None


def detect_format(data: bytes, name: str | None = None) -> tuple[str, tuple[str, ...]]:
    """(format, warnings): the suffix's claim, overruled by a binary signature in the bytes; a file
    named .pdf or .docx whose bytes are plain text (no signature, decodable) is read as text."""
    sniffed = sniff(data, name)
    suffix = suffix_of(name) if name else ""
    claimed = SUFFIX_FORMATS.get(suffix.lower())
    if claimed is None:
        return sniffed or "text", ()
    overrules = sniffed in ("docx", "pdf") or (sniffed == "html" and claimed in ("docx", "pdf"))
    if sniffed is not None and overrules and sniffed != claimed:
        return sniffed, (f"the file is named {suffix} but its bytes are {sniffed}; read as {sniffed}",)
    if sniffed is None and claimed in ("docx", "pdf") and data and _is_text(data, name):
        return "text", (f"the file is named {suffix} but its bytes are plain text; read as text",)
    return claimed, ()


def suffix_of(name: str) -> str:
    """PurePath(name).suffix without building a path (a cost on every small file of a batch)."""
    base = os.path.basename(name.rstrip(os.sep + (os.altsep or "")))
    dot = base.rfind(".")
    return base[dot:] if 0 < dot < len(base) - 1 else ""


def _is_text(data: bytes, name: str | None) -> bool:
    try:
        decode_text(data[:_SNIFF_BYTES * 4], name)
    except OrgdocError:
        return False
    return True


def load_bytes(
    data: bytes,
    *,
    name: str | None = None,
    encoding: str | None = None,
    format: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Loaded:
    """Decode a document's bytes; `name` (a file name or path) picks the format by suffix and ends errors.
    Every failure is an OrgdocError naming `name` and the cause."""
    name = safe_name(name)
    if len(data) > limits.max_bytes:
        raise over_limit(f"the input has {len(data)} bytes", "max_bytes", limits, name)
    try:
        return _load(data, name, encoding, format, limits)
    except OrgdocError:
        raise
    except MemoryError:
        raise fail(LimitError, "cannot read the input: it needs more memory than there is", name) from None
    except RecursionError:
        raise fail(DecodeError, "cannot read the input: it is nested too deeply", name) from None
    except Exception as exc:  # the error boundary: a third-party reader's own exception
        cause = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        raise fail(DecodeError, f"cannot read the input (a damaged file?): {cause}", name) from exc


def _load(data: bytes, name: str | None, encoding: str | None, format: str | None, limits: Limits) -> Loaded:
    if format is None:
        format, notes = detect_format(data, name)
    elif format in FORMATS:
        notes = ()
    else:
        expected = ", ".join(FORMATS[:-1]) + f" or {FORMATS[-1]}"
        raise fail(UnsupportedFormatError, f"unknown format {format!r} (expected {expected})", name)
    if not data and format in ("docx", "pdf"):
        return Loaded("", format, None, name)
    loaded = _LOADERS[format](data, name, encoding, limits)
    if format == "pdf":  # a PDF shows 一 where its text says ⼀: its text is what it shows (one for one)
        text, radicals = read_radicals(loaded.text)
        if radicals:
            loaded = replace(loaded, text=text, warnings=loaded.warnings + (
                f"read {radicals} radical characters as the characters they stand for",))
    return replace(loaded, warnings=notes + loaded.warnings) if notes else loaded


def load_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    format: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Loaded:
    """Read and decode a file. A file that cannot be read (missing, no permission, a directory, a
    device or FIFO, over `limits.max_bytes`) raises ReadError or LimitError, never a bare OSError."""
    name = safe_name(os.fsdecode(path))
    return load_bytes(read_bounded(path, name, limits), name=name, encoding=encoding, format=format, limits=limits)


def read_bounded(path: str | os.PathLike[str], name: str | None, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """A regular file's bytes, at most `limits.max_bytes` of them. Opened without blocking (a FIFO
    would wait for a writer forever) and checked to be a regular file before anything is read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise fail(ReadError, f"cannot read the file: {exc.strerror or exc}", name) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise fail(ReadError, f"cannot read the file: it is {_kind(info.st_mode)}, not a regular file", name)
        if info.st_size > limits.max_bytes:  # refused before reading (a 3 GiB file)
            raise over_limit(f"the file has {info.st_size} bytes", "max_bytes", limits, name)
        return _read_fd(fd, info.st_size, name, limits)
    except OSError as exc:
        raise fail(ReadError, f"cannot read the file: {exc.strerror or exc}", name) from None
    finally:
        os.close(fd)


def _read_fd(fd: int, expected: int, name: str | None, limits: Limits) -> bytes:
    """A file's bytes read in reads sized by its stat (a buffered stream's 1 MB reads cost a
    small file a big allocation); a file that grew since is read on, up to the limit."""
    return _read_limited(lambda n: os.read(fd, n), lambda size: max(expected + 1 - size, 1 << 16), name, limits)


def read_stream(stream: BinaryIO, name: str | None, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """At most `limits.max_bytes` bytes of a stream (standard input); LimitError past them."""
    return _read_limited(stream.read, lambda size: 1 << 20, name, limits)


def _read_limited(read: Callable[[int], bytes], wanted: Callable[[int], int], name: str | None,
                  limits: Limits) -> bytes:
    """Bytes from `read(n)` calls until it gives none, `wanted(size read so far)` at a time, but
    never more than one byte past the limit (LimitError then)."""
    chunks, size = [], 0
    while size <= limits.max_bytes:
        chunk = read(min(wanted(size), limits.max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limits.max_bytes:
        raise over_limit(f"the input has more than {limits.max_bytes} bytes", "max_bytes", limits, name)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _kind(mode: int) -> str:
    for test, kind in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return "not a regular file"
