"""Documents a .docx embeds with w:altChunk: an HTML page, a web archive (MHT) or another .docx, which
Word imports where the w:altChunk stands. Converters and mail-merge tools write whole documents so (the
main part holding a title, or nothing), so the chunk's text is read into lines there, as Word shows it.

A chunk's kind is told by its bytes first (a zip is a .docx, `{\\rtf` is RTF, a MIME header is MHT,
markup is HTML), then by its content type; anything else is read as plain text. HTML is read by the
package's HTML reader (html.py), an MHT's HTML part likewise; a .docx by the caller, with the same
budgets (docx.py).
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable

from ._common import Limits
from .docx_body import Body
from .encoding import decode_text
from .html import is_html, read_page

_SNIFF_BYTES = 1024
_MHT_HEADERS = (b"mime-version:", b"content-type:", b"from:", b"subject:", b"date:")
_MHT_TYPES = ("message/rfc822", "multipart/related", "multipart/mixed")
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def chunk_kind(data: bytes, content_type: str) -> str:
    """"docx", "rtf", "mht", "html" or "text"."""
    head = data[:_SNIFF_BYTES]
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    opening = head.lstrip().lower()
    if opening.startswith(_MHT_HEADERS) or content_type.startswith(_MHT_TYPES):
        return "mht"
    if is_html(head) or content_type.startswith(_HTML_TYPES) or b"<html" in opening:
        return "html"
    return "text"


def read_chunk(data: bytes, content_type: str, part: str, name: str | None, limits: Limits,
               nested: Callable[[bytes], Body]) -> tuple[Body | None, list[str]]:
    """The lines of the chunk stored in `part` (None when they cannot be read) and warnings.
    `nested` reads a .docx chunk."""
    kind = chunk_kind(data, content_type)
    if kind == "docx":
        return nested(data), []
    if kind == "rtf":
        return None, [f"the embedded RTF document {part} was left out (RTF is not read: save it as .docx)"]
    if kind == "text":
        decoded = decode_text(data, name)
        text = decoded.text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        lines: list[tuple[str, int | None]] = [(line, None) for line in text.split("\n")]
        return Body(lines, []), [f"{part}: {w}" for w in decoded.warnings]
    sent_as = None
    if kind == "mht":
        found = _mht_page(data)
        if found is None:
            return None, [f"the embedded web archive {part} holds no HTML page; it was left out"]
        data, sent_as = found
    page = read_page(data, name, None, limits, sent_as)
    return Body(page.lines, []), [f"{part}: {w}" for w in page.warnings]


def _mht_page(data: bytes) -> tuple[bytes, str | None] | None:
    """The first HTML part of a MIME web archive (Word's .mht), its transfer encoding undone, and the
    charset its header names."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for piece in message.walk():
        if piece.get_content_type() in _HTML_TYPES:
            payload = piece.get_payload(decode=True)
            if isinstance(payload, bytes):
                return payload, piece.get_content_charset()
    return None
