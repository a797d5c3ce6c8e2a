"""What every stage asks of a position in the text: is it the first thing on its line?

The scan asks it of a bracket before a marker (`【第一章 总则】`), the tree of a preview's parts, the
run-in stage of a lead; one answer, so that they agree on what "opens a line" means.
"""

from __future__ import annotations

from typing import Final

SPACES: Final = frozenset(" \t\u3000")  # the spaces typed inside a line: between a marker and its text


def opens_line(text: str, at: int) -> bool:
    """Whether only whitespace stands between the start of `at`'s line and `at`."""
    while at > 0 and text[at - 1] != "\n" and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] == "\n"
