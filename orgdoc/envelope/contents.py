"""A table of contents under the title: a 目录 line and the heading lines it lists.

Its lines repeat the section headings of the body, so they are kept out of the outline (a region
of their own) rather than read as a first run of empty sections.
"""

from __future__ import annotations

import re

from orgdoc.grammar import starts_with_marker

from .lines import Line, next_content

CONTENTS_LINE = re.compile(r"^(?:目\s*录|目\s*次|内容目录)[:：]?$")  # the heading of a table of contents
PAGE_LEADER = re.compile(r"(?:\.{3,}|…{2,}|·{3,}|－{3,})\s*\d*$|\s\d{1,3}$")  # 一、总体要求……3
MAX_ENTRY = 60  # characters: an entry is a heading, never a paragraph


def is_contents_line(s: str) -> bool:
    return bool(CONTENTS_LINE.match(s))


def read_contents(lines: list[Line], i: int) -> int | None:
    """If line i heads a table of contents, the index of its last entry; else None."""
    if i >= len(lines) or not is_contents_line(lines[i].text):
        return None
    last = None
    j = next_content(lines, i + 1)
    while j < len(lines) and _is_entry(lines[j].text):
        last = j
        j = next_content(lines, j + 1)
    return last


def _is_entry(s: str) -> bool:
    """A short line opening with a marker, or one ending in page leaders: no sentence."""
    if not s or len(s) > MAX_ENTRY or "。" in s:
        return False
    return starts_with_marker(s) or bool(PAGE_LEADER.search(s))
