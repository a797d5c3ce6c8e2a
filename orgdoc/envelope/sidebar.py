"""A government site's column list before the article: `信息公开目录` or `政府信息公开` over numbered
links (`1. 机构职能` `2. 政策文件` …, `一、概况信息` `二、法规文件` …), then the article's title.

Copied as text, the column's numbers look like the outline's first list and its heading like the
title. What tells the column is its shape: a run of short numbered lines, each a link's label (a few
words, no punctuation), counting up from one, that stands before a title-shaped line; a run whose
first entry comes back later as a heading is a table of contents instead (contents.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Final

from orgdoc.grammar import split_marker

from .lines import HAN_RE, Line, lines_between, next_content, norm

COLUMN_RUN: Final = 3  # numbered links of a column, at least
LINK_MAX: Final = 12  # characters of a link's label after its number
_PUNCT_RE = re.compile(r"[，。、：；！？,.;:!?（）()《》“”\"'【】\[\]]")


def column_list(lines: Sequence[Line], i: int, is_title: Callable[[str], bool]) -> int | None:
    """The last line of a column's numbered links starting at line i, when a title-shaped line
    (`is_title`) follows them; None when line i opens no such run."""
    last, count, form = None, 0, None
    j = i
    while j < len(lines):
        item = split_marker(lines[j].text)
        if item is None or not _is_link_label(item[1]) or item[0].ordinal != count + 1 \
                or (form is not None and item[0].form != form):
            break
        last, count, form = j, count + 1, item[0].form
        j = next_content(lines, j + 1)
    if last is None or count < COLUMN_RUN or j >= len(lines) or not is_title(lines[j].text):
        return None
    return None if _comes_back(lines, i, last) else last


def _is_link_label(s: str) -> bool:
    return 0 < len(s) <= LINK_MAX and HAN_RE.search(s) is not None and not _PUNCT_RE.search(s)


def _comes_back(lines: Sequence[Line], i: int, last: int) -> bool:
    """Whether the first entry's label stands again as a line's text (after its number) further on."""
    item = split_marker(lines[i].text)
    key = norm(item[1]) if item else ""
    return bool(key) and any(len(line.text) <= 2 * LINK_MAX and key in norm(line.text)
                             for line in lines_between(lines, last + 1, len(lines)))
