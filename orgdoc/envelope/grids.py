"""Tables flattened into lines without a caption, told by their own shape: their numbered cells (the
序号 column, a row's label such as `（一）予以公开`) are table indexes, not points of the outline.

Four shapes, each a run of rows, never decided by the words of one kind of document:

- separated rows: cells cut by `|` or tabs (`1 | 主动公开 | 23`, a Markdown table), at least ROWS_MIN
  such lines in a row, every cell short (a unit's name, a date, a count);
- a header row of column names (`序号 重点任务 责任单位 完成时限`, a few characters each, no digit, no
  punctuation) over rows with the same number of cells between spaces (`1 推进… 市发展改革委 2026年底前`);
- an index column one cell a line: a column's name over at least ROWS_MIN indexes counting up from one
  (`序号` / `1.` / `2.` / `3.`), and the columns after it (a name, then as many cells);
- rows one cell a line: the column names, one a line, then each row's index (`1、`) and its other cells,
  as many as there are columns (read off the distance from index 1 to index 2).

The text itself is searched for the lines where a shape can start (a separator, a row of names, a
name over the index 1); only there are lines read one by one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from orgdoc.grammar import split_marker

from .lines import HAN, Line, next_content, prev_content
from .scan import line_scan, text_hits

ROWS_MIN: Final = 3  # rows (a header row counts) of a separated or an index-column table
CELL_MAX: Final = 40  # characters of a cell: a unit's name, a date, a short task
COLUMNS_MIN: Final = 3  # columns of a table flattened one cell a line (an index and two more)
COLUMNS_MAX: Final = 12
_SPACE = r"[ \t\u3000]"
# A column's name: a few Han characters, maybe a unit in brackets (金额（万元）); no digit, no punctuation.
_NAME = rf"[{HAN}]{{2,8}}+(?:[（(][^（()）\n]{{1,6}}[）)])?"
NAME_RE = re.compile(rf"{_NAME}")  # a column's name (tables.py reads a captioned table's header with it)
_SEPARATOR_RE = re.compile(r"\s*[|｜\t]\s*")
_NAMES_ROW_RE = re.compile(rf"{_NAME}(?:{_SPACE}+{_NAME}){{2,}}")
_FIRST_INDEX = r"[（(]?[1１][）)]?[.．、]?"
# Where a shape can start: a separator in a line; a row of three names or more; a name over the index 1.
_SEPARATORS: Final = ("|", "｜", "\t")
_SEPARATOR_AT = re.compile(r"[|｜\t]")
_NAMES_AT = (
    line_scan(re.compile(rf"^{_SPACE}*{_NAME}(?:{_SPACE}+{_NAME}){{2,}}{_SPACE}*$"
                         rf"|^{_SPACE}*{_NAME}{_SPACE}*\n\s*{_FIRST_INDEX}{_SPACE}*$", re.MULTILINE)),
)
_SENTENCE_END_RE = re.compile("[。！？；]")


def find_grids(text: str, lines: Sequence[Line], first: int, stop: int) -> list[tuple[int, int]]:
    """(first line, last line) of each caption-less table among lines [first, stop)."""
    found: list[tuple[int, int]] = []
    separated = any(sep in text for sep in _SEPARATORS)  # most texts have none: no pass for them
    for k in text_hits(text, lines, first, stop, (_SEPARATOR_AT, *_NAMES_AT) if separated else _NAMES_AT):
        if found and k <= found[-1][1]:
            continue
        grid = _grid_at(lines, k, stop)
        if grid is not None:
            found.append(grid)
    return found


def _grid_at(lines: Sequence[Line], k: int, stop: int) -> tuple[int, int] | None:
    s = lines[k].text
    if _SEPARATOR_RE.search(s):
        last = _separated_rows(lines, k, stop)
        return None if last is None else (k, last)
    if _NAMES_ROW_RE.fullmatch(s):
        last = _named_rows(lines, k, stop)
        return None if last is None else (k, last)
    j = next_content(lines, k + 1)
    return _index_column(lines, k, j, stop) or _index_rows(lines, k, j, stop)


def _separated_rows(lines: Sequence[Line], k: int, stop: int) -> int | None:
    """The last of at least ROWS_MIN lines from k whose cells a separator cuts."""
    last, count, j = None, 0, k
    while j < stop and _separated_cells(lines[j].text) is not None:
        last, count, j = j, count + 1, next_content(lines, j + 1)
    return last if count >= ROWS_MIN else None


def _separated_cells(s: str) -> list[str] | None:
    """The cells of a row cut at | or tabs, or None when the line is no such row. A marker alone
    before the first separator is the marker's spacing (1.<tab>加强领导), not a cell of its own."""
    cells = [c.strip() for c in _SEPARATOR_RE.split(s.strip("|｜ \t\u3000"))]
    if len(cells) >= 2 and _marker_alone(cells[0]):
        cells[:2] = [f"{cells[0]}{cells[1]}"]
    filled = [c for c in cells if c]
    if len(filled) < 2 or any(len(c) > CELL_MAX for c in filled):
        return None
    return None if len(filled) == 2 and _SENTENCE_END_RE.search(s) else filled


def _named_rows(lines: Sequence[Line], k: int, stop: int) -> int | None:
    """The last row under a header row of column names (line k): rows of as many short cells between
    spaces, at least two of them; a row that opens with its index (counting up from one) may hold
    more pieces (a cell with a space inside)."""
    width = len(lines[k].text.split())
    last, count, j = None, 0, next_content(lines, k + 1)
    while j < stop:
        cells = lines[j].text.split()
        if not (len(cells) == width or (len(cells) > width and _index(cells[0]) == count + 1)) \
                or not all(_is_cell(c) for c in cells):
            break
        last, count, j = j, count + 1, next_content(lines, j + 1)
    return last if count >= 2 else None


def _index_column(lines: Sequence[Line], k: int, j: int, stop: int) -> tuple[int, int] | None:
    """A column's name (line k) over at least ROWS_MIN indexes alone counting up from one (line j on),
    then the other columns: each a name over as many cells."""
    rows, last = 0, None
    while j < stop and _index(lines[j].text) == rows + 1:
        rows, last, j = rows + 1, j, next_content(lines, j + 1)
    if last is None or rows < ROWS_MIN:
        return None
    while j < stop and NAME_RE.fullmatch(lines[j].text):  # the next column: its name, then its cells
        cells = _cells_from(lines, next_content(lines, j + 1), rows, stop)
        if cells is None:
            break
        last, j = cells, next_content(lines, cells + 1)
    return k, last


def _index_rows(lines: Sequence[Line], k: int, j: int, stop: int) -> tuple[int, int] | None:
    """Rows one cell a line: index 1 at line j, its cells, index 2, …; as many columns as the names
    over index 1, of which line k is the last."""
    width = 1 + sum(1 for _ in _until_index(lines, next_content(lines, j + 1), 2, stop))
    header = _names_above(lines, k, width)
    if width < COLUMNS_MIN or header is None:
        return None
    row, last, at = 1, None, j
    while at < stop and _index(lines[at].text) == row:
        cells = _cells_from(lines, next_content(lines, at + 1), width - 1, stop)
        if cells is None:
            break
        row, last, at = row + 1, cells, next_content(lines, cells + 1)
    return (header, last) if last is not None and row > 2 else None


def _until_index(lines: Sequence[Line], j: int, index: int, stop: int) -> list[int]:
    """The lines from j up to the one holding `index` alone (none when it does not come within COLUMNS_MAX)."""
    seen: list[int] = []
    while j < stop and len(seen) < COLUMNS_MAX:
        if _index(lines[j].text) == index:
            return seen
        seen.append(j)
        j = next_content(lines, j + 1)
    return []


def _names_above(lines: Sequence[Line], k: int, width: int) -> int | None:
    """The first of `width` column names one a line ending at line k, or None."""
    first = k
    for _ in range(width - 1):
        first = prev_content(lines, first)
        if first < 0 or not NAME_RE.fullmatch(lines[first].text):
            return None
    return first if NAME_RE.fullmatch(lines[k].text) else None


def _cells_from(lines: Sequence[Line], j: int, count: int, stop: int) -> int | None:
    """The last of `count` cell lines from j, or None when a line among them is no cell."""
    last = None
    for _ in range(count):
        if j >= stop or not _is_cell(lines[j].text) or _index(lines[j].text) is not None:
            return None
        last, j = j, next_content(lines, j + 1)
    return last


def _is_cell(s: str) -> bool:
    return 0 < len(s) <= CELL_MAX and not _SENTENCE_END_RE.search(s)


def _index(s: str) -> int | None:
    """The number of a row's index standing alone (3, 3., （3）, 3、), or None."""
    if s.isdecimal():  # not isdigit: a superscript ¹ is a digit int() cannot read
        return int(s) if len(s) <= 3 else None
    item = split_marker(s)
    return item[0].ordinal if item is not None and not item[1] and item[0].ordinal is not None else None


def _marker_alone(s: str) -> bool:
    item = split_marker(s)
    return item is not None and not item[1]
