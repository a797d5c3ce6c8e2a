"""A statistical table flattened one cell a line: column names, then each row's label and its counts
(`一、本年新收申请数量` / `7` / `1` / `0` …, `（一）予以公开` / `4` / …), as a report's tables come out of a
web page. The labels carry the table's own numbering (`一、` `（一）` `1.`), which restarts and runs
beside the document's; none of it is the outline.

A table shows itself by its counts: lines that hold a number alone, at least COUNT_RUN of them in a
row somewhere. It spreads over the run of cell lines around them (short lines, no full stop), and ends
at its last count. Inside that run the document's own heading may stand between two tables (`三、收到
和处理…申请情况` after the last count of table two): a line that goes on with the document's numbering
(the next number of a heading still open, or a first one under the last) and is not a row's label (a
count follows a row's label) is a heading; it cuts the run, and each part holding counts is a table.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from orgdoc.grammar import split_marker
from orgdoc.models import Role

from .lines import Line, lines_between, next_content, prev_content
from .scan import line_scan, text_hits

COUNT_RUN: Final = 3  # counts one under another that show a table
COUNTS_MIN: Final = 3  # counts in a part of the run that make it a table
CELL_MAX: Final = 40  # characters of a cell line
_COUNT = r"[ \t\u3000]*\d{1,9}(?:\.\d{1,4})?%?[ \t\u3000]*"
_COUNT_RE = re.compile(_COUNT)
# COUNT_RUN counts one a line, blank lines between them allowed
_COUNT_RUN: Final = line_scan(re.compile(rf"^{_COUNT}(?:\n(?:[ \t\u3000]*\n)*{_COUNT}){{{COUNT_RUN - 1}}}$",
                                         re.MULTILINE))
_SENTENCE_END_RE = re.compile("[。！？；]")


def find_count_tables(text: str, lines: Sequence[Line], first: int, stop: int,
                      taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(first line, last line) of each such table among lines [first, stop); `taken`: tables found
    before (line ranges in order), whose lines are neither read for headings nor taken again."""
    if first >= stop:
        return []
    found: list[tuple[int, int]] = []
    headings = _Headings(lines, first, taken)
    done = first - 1  # the last line of the runs read
    for k in text_hits(text, lines, first, stop, (_COUNT_RUN,)):
        if k <= done or _in(taken, k):
            continue
        run = _cell_run(lines, k, first, stop)
        headings.read_to(run[0])
        found += [part for part in _parts(lines, run, headings) if not _overlaps(taken, part)]
        done = run[1]
        headings.at = run[1] + 1
    return found


def _cell_run(lines: Sequence[Line], k: int, first: int, stop: int) -> tuple[int, int]:
    """The run of cell lines around line k: (first, last)."""
    a = b = k
    while (j := prev_content(lines, a)) >= first and _is_cell(lines[j].text):
        a = j
    while (j := next_content(lines, b + 1)) < stop and _is_cell(lines[j].text):
        b = j
    return a, b


def _parts(lines: Sequence[Line], run: tuple[int, int], headings: _Headings) -> list[tuple[int, int]]:
    """The tables of a run: its parts between the document's headings, each from its first line to
    its last count, when it holds COUNTS_MIN counts and a label (a row's or a column's name)."""
    parts: list[tuple[int, int]] = []
    start, counts, labels, last = run[0], 0, 0, None
    for j in _non_blank(lines, run[0], run[1] + 1):
        if _is_count(lines[j].text):
            counts, last = counts + 1, j
        elif headings.take(lines[j].text, _labels_counts(lines, j, run[1])):
            if last is not None and counts >= COUNTS_MIN and labels:
                parts.append((start, last))
            start, counts, labels, last = next_content(lines, j + 1), 0, 0, None
        else:
            labels += 1
    if last is not None and counts >= COUNTS_MIN and labels:
        parts.append((start, last))
    return parts


class _Headings:
    """The document's open headings (form, number), outer first, read from the lines outside tables:
    what a marker line would go on with."""

    def __init__(self, lines: Sequence[Line], first: int, taken: list[tuple[int, int]]) -> None:
        self.lines, self.at, self.taken = lines, first, taken
        self.open: list[tuple[str, int]] = []

    def read_to(self, stop: int) -> None:
        for j in _non_blank(self.lines, self.at, stop):
            if not _in(self.taken, j):
                self.take(self.lines[j].text, False)
        self.at = max(self.at, stop)

    def take(self, s: str, labels_counts: bool) -> bool:
        """Whether line s goes on with the document's headings (then it is one of them now)."""
        item = split_marker(s)
        if item is None or item[0].role is not Role.BLOCK or item[0].ordinal is None or labels_counts:
            return False
        form, number = item[0].form, item[0].ordinal
        forms = [f for f, _ in self.open]
        if form in forms:
            k = forms.index(form)
            if number != self.open[k][1] + 1:
                return False
            del self.open[k:]
        elif number != 1:
            return False
        self.open.append((form, number))
        return True


def _labels_counts(lines: Sequence[Line], j: int, last: int) -> bool:
    """Whether line j labels a row: a count comes right after it."""
    k = next_content(lines, j + 1)
    return k <= last and _is_count(lines[k].text)


def _non_blank(lines: Sequence[Line], first: int, stop: int) -> list[int]:
    return [j for j, line in enumerate(lines_between(lines, first, stop), first) if line.text]


def _in(taken: list[tuple[int, int]], k: int) -> bool:
    i = bisect.bisect_right(taken, (k, 1 << 62)) - 1
    return i >= 0 and taken[i][0] <= k <= taken[i][1]


def _overlaps(taken: list[tuple[int, int]], part: tuple[int, int]) -> bool:
    return any(a <= part[1] and part[0] <= b for a, b in taken)


def _is_cell(s: str) -> bool:
    """A short line without a full stop, and not a lead-in (…情况如下：) to what follows."""
    return 0 < len(s) <= CELL_MAX and not _SENTENCE_END_RE.search(s) and not s.endswith(("：", ":"))


def _is_count(s: str) -> bool:
    return _COUNT_RE.fullmatch(s) is not None
