"""Plain text and Markdown: the decoded text verbatim; Markdown also reports its heading lines."""

from __future__ import annotations

import re

from ._common import Loaded
from .encoding import decode_text

# ATX heading: up to 3 spaces, 1-6 '#', then a space/tab or the line end (CommonMark).
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]|$)")
# Setext underline under a paragraph line: '=' gives level 1, '-' level 2.
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
# Opening/closing fence of a code block: its lines are code, not headings.
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def load_text(data: bytes, name: str | None, encoding: str | None) -> Loaded:
    decoded = decode_text(data, name, encoding)
    return Loaded(decoded.text, "text", decoded.encoding, name, warnings=decoded.warnings)


def load_markdown(data: bytes, name: str | None, encoding: str | None) -> Loaded:
    decoded = decode_text(data, name, encoding)
    headings = markdown_headings(decoded.text)
    return Loaded(decoded.text, "markdown", decoded.encoding, name, headings, decoded.warnings)


def _lines(text: str) -> list[tuple[int, str]]:
    """(start offset, line without its terminator) for each line; CRLF, CR and LF all end a line."""
    out, start = [], 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        out.append((start, text[start : match.start()]))
        start = match.end()
    out.append((start, text[start:]))
    return out


def markdown_headings(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, level) of ATX ('# …') and setext (underlined) heading lines outside code fences."""
    headings: list[tuple[int, int, int]] = []
    fence: str | None = None
    previous: tuple[int, str] | None = None  # the last paragraph line, a setext heading candidate
    for start, line in _lines(text):
        opened = _FENCE.match(line)
        if fence is not None or opened:
            if fence is None and opened:
                fence = opened.group(1)[0] * 3
            elif fence is not None and line.strip().startswith(fence):
                fence = None
            previous = None
            continue
        atx, setext = _ATX.match(line), _SETEXT.match(line)
        if atx:
            headings.append((start, start + len(line), len(atx.group(1))))
        elif setext and previous is not None:
            level = 1 if setext.group(1)[0] == "=" else 2
            headings.append((previous[0], previous[0] + len(previous[1]), level))
        previous = (start, line) if line.strip() and not atx and not setext else None
    return tuple(headings)
