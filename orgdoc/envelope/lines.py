"""The line model: a text as stripped lines with their offsets, and stepping over blank lines.

Every rule reads the folded text (traditional characters replaced one for one by simplified ones), so
a `Line` holds folded text at the offsets of the original, and a `Pair` keeps a folded string with its
verbatim twin. `norm` is the form in which two renderings of one title compare equal.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

HAN = "\u3400-\u4dbf\u4e00-\u9fff"
HAN_RE = re.compile(f"[{HAN}]")
Pair = tuple[str, str]  # a string of the head as the rules read it (folded) and verbatim: same length


@dataclass(frozen=True)
class Line:
    start: int  # offset of the first non-space character (the line start when blank)
    end: int  # offset after the last non-space character
    text: str  # the folded line (simplified) without surrounding whitespace; "" when blank


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        start = pos + len(raw) - len(raw.lstrip()) if stripped else pos
        lines.append(Line(start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return lines


def next_content(lines: list[Line], i: int) -> int:
    """The first non-blank line at or after i, or len(lines)."""
    while i < len(lines) and not lines[i].text:
        i += 1
    return i


def prev_content(lines: list[Line], i: int) -> int:
    """The last non-blank line before i, or -1."""
    i -= 1
    while i >= 0 and not lines[i].text:
        i -= 1
    return i


def norm(s: str) -> str:
    """Letters and digits only, width folded: how two renderings of one title compare."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", s) if unicodedata.category(ch)[0] in "LN")
