"""Tables and boxes flattened into lines (`专栏3` / `表1` and the rows under them): their numbered
cells are table indexes, not points of the outline.

A caption line opens the block; the block runs over the lines that are not a body heading nor a
paragraph of prose. It is a table, and a region of its own, when most of its lines hold cells (runs
of two or more spaces or a tab between two pieces of text, a figure set off by a space at the line's end
(`1.旅游总收入（亿元）　1000`), or a line indented under a row, as flattened rows keep them); a box that
holds a numbered prose list (`专栏4` then `1．信息服务：…`) has no cells and stays in the outline.
One forward pass: each line is looked at once.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from orgdoc.models import Region, RegionKind

from .counts import find_count_tables
from .grids import COLUMNS_MIN, NAME_RE, find_grids
from .lines import Line, next_content
from .scan import opening_class, opening_lines

_CAPTION_RE = re.compile(r"^(?:专栏|表|附表)\s*[0-9０-９]{1,3}(?:[-－.．][0-9]{1,2})?(?:\s|$|[：:])")
_CAPTION_OPENS = opening_class(_CAPTION_RE)
_CELL_GAP_RE = re.compile(r"\S(?: {2,}|\t|\u3000{2,})\S")
# A row whose last cell is a figure set off by a space (1.旅游总收入（亿元）　1000: an indicator and its
# value), as a box of indicators flattens
_VALUE_CELL_RE = re.compile(r"\S[ \u3000]+[0-9０-９][0-9０-９.．%％]*$")
# A body heading ends the table, also in Markdown bold or as a Markdown heading (**第二章 …**, ## 第二章 …).
_HEADING_RE = re.compile(
    r"^(?:\*\*|__|#{1,6}[ \t]*)?(?:第[一二三四五六七八九十百零〇\d]{1,4}[章节篇部条]|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)])")
# An indicator table's group row (一、经济强（12 项）): a numeral heading that counts the rows under it, a
# row of the table, not a body heading; and a row opening with its index, a space, its label (1 地区生产总值…).
_GROUP_ROW_RE = re.compile(r"^[一二三四五六七八九十]{1,3}[、．.][^。，；]{1,20}[（(]\s*[0-9０-９]{1,3}\s*项\s*[）)]$")
_INDEX_ROW_RE = re.compile(r"^[0-9０-９]{1,3}[ \u3000]+[^\s0-9０-９]")
PROSE_LINE: Final = 60  # a line this long with a full stop and no cells is a paragraph: the table has ended
CELL_SHARE: Final = 0.5
TABLE_LINES_MAX: Final = 400


def find_tables(text: str, lines: Sequence[Line], firsts: str, first: int, stop: int) -> list[Region]:
    """Tables under a caption, then those told by their shape alone (grids.py, counts.py) where no
    captioned one stands. `firsts`: the lines' first characters (`lines.first_chars`)."""
    found = _captioned(text, lines, firsts, first, stop)
    spans = [r.span for r in found]
    grids = find_grids(text, lines, first, stop)
    grids = sorted(grids + find_count_tables(text, lines, first, stop, grids))
    for a, b in grids:
        span = (lines[a].start, lines[b].end)
        k = bisect.bisect_left(spans, span)  # the captioned tables are in order and apart
        if not (k < len(spans) and spans[k][0] < span[1]) and not (k and spans[k - 1][1] > span[0]):
            found.append(Region(kind=RegionKind.TABLE, span=span, label="table"))
    return sorted(found, key=lambda r: r.span)


def _captioned(text: str, lines: Sequence[Line], firsts: str, first: int, stop: int) -> list[Region]:
    found: list[Region] = []
    i = first
    for caption in opening_lines(firsts, _CAPTION_OPENS, first, stop):
        if caption < i:
            continue  # inside the table before
        number = _split_caption(lines, caption, stop)
        if number is None and not _CAPTION_RE.match(lines[caption].text):
            continue  # not a caption
        i = caption
        last, rows, cells = i, 0, 0
        j = i + 1 if number is None else number + 1
        named = _column_names(lines, j, stop)
        while j < stop and j - i < TABLE_LINES_MAX:
            s = lines[j].text
            group = bool(s) and _GROUP_ROW_RE.match(s) is not None
            if s and not group and (_HEADING_RE.match(s) or _CAPTION_RE.match(s) or _is_paragraph(s)):
                break
            if s:
                cell = group or bool(_CELL_GAP_RE.search(s) or _VALUE_CELL_RE.search(s) or _INDEX_ROW_RE.match(s)) \
                    or ((named or _indented(text, lines[j])) and "。" not in s)
                last, rows, cells = j, rows + 1, cells + cell
            j += 1
        if rows and cells >= CELL_SHARE * rows:
            found.append(Region(kind=RegionKind.TABLE, span=(lines[i].start, lines[last].end), label="table"))
        elif not rows and not (j < stop and _HEADING_RE.match(lines[j].text)):
            # prose (or another caption) right under it: the table is a picture (a saved page's <img>), the
            # caption alone its region, never a heading (a heading under it may be a row of a table to come)
            found.append(Region(kind=RegionKind.TABLE, span=(lines[i].start, lines[i].end), label="caption"))
        i = max(j, i + 1)
    return found


# A caption a page's text cut after its word, its number on the next line (专栏⏎1⏎ “十五五”时期…主要指标).
_CAPTION_WORD_RE = re.compile(r"^(?:专栏|表|附表)$")
_CAPTION_NUMBER_RE = re.compile(r"^[0-9０-９]{1,3}$")


def _split_caption(lines: Sequence[Line], k: int, stop: int) -> int | None:
    """The line of the number when line k is a caption's word alone over its number alone, else None."""
    if not _CAPTION_WORD_RE.match(lines[k].text):
        return None
    j = next_content(lines, k + 1)
    return j if j < stop and _CAPTION_NUMBER_RE.match(lines[j].text) else None


def _column_names(lines: Sequence[Line], j: int, stop: int) -> bool:
    """Whether the caption's title is followed by column names one a line (类别 / 指标 / 单位 / …, at least
    COLUMNS_MIN): a table flattened a cell a line, whose short lines are all cells."""
    j = next_content(lines, j)  # the caption's title, if on a line of its own
    if j < stop and not NAME_RE.fullmatch(lines[j].text):
        j = next_content(lines, j + 1)
    names = 0
    while j < stop and names < COLUMNS_MIN and NAME_RE.fullmatch(lines[j].text):
        names, j = names + 1, next_content(lines, j + 1)
    return names >= COLUMNS_MIN


def _indented(text: str, line: Line) -> bool:
    """A row's later cell on a line of its own keeps the spaces of the cells before it (a sentence so
    indented is a paragraph: 　　1.城市更新工程。… in a box)."""
    return line.start > 0 and text[line.start - 1] in " \t\u3000"


def _is_paragraph(s: str) -> bool:
    return len(s) >= PROSE_LINE and "。" in s and not _CELL_GAP_RE.search(s)
