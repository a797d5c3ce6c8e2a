"""What every stage asks of a position in the text: is it the first thing on its line?

The scan asks it of a bracket before a marker (`【第一章 总则】`), the tree of a preview's parts, the
run-in stage of a lead; one answer, so that they agree on what "opens a line" means.
"""

from __future__ import annotations

import re
from typing import Final

SPACES: Final = frozenset(" \t\u3000")  # the spaces typed inside a line: between a marker and its text


def opens_line(text: str, at: int) -> bool:
    """Whether only whitespace stands between the start of `at`'s line and `at`."""
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] == "\n"


# A piece of a string on a line of source code of its own (Java's "…\r\n" +, JS's '…' +, Python's "…"): the
# document's line is the text inside the quotes.
STRING_QUOTES: Final = frozenset("\"'")
MAX_PIECE: Final = 20000  # characters on a line holding one piece of a string
_STRING_LINE_END_RE = re.compile(r"[ \t]*[+,;)]*[ \t\r]*(?:\n|$)")


def string_piece_close(text: str, quote: int) -> int | None:
    """Where the piece of a string whose opening quote is at `quote` closes (the index of its closing quote),
    when that quote opens its line and the same quote closes it with nothing after it but the operators that
    join the pieces (+ , ; )); None otherwise (a quote in prose)."""
    if text[quote] not in STRING_QUOTES or not opens_line(text, quote):
        return None
    end = text.find("\n", quote, quote + MAX_PIECE)
    if end < 0:
        if len(text) > quote + MAX_PIECE:
            return None  # a line longer than any piece: a text of its own (a string field saved whole), not code
        end = len(text)
    close = text.rfind(text[quote], quote + 1, end)
    return close if close > quote and _STRING_LINE_END_RE.match(text, close + 1) else None
