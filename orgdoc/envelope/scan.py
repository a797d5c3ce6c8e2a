"""Passes over many lines at once that find the few lines a per-line rule must test.

A rule that tests every line with a dozen patterns costs a Python call per line and pattern. Here each
pattern runs once, in C, over the lines joined by newlines, and says which lines it hit; the exact
per-line rule then decides on those lines alone. The pass is a filter only: a line it misses is a
line that no pattern matches, a line it hits may still be refused by the rule.

Why a pattern finds over the joined lines every line it matches alone (`hit_lines`):
- it is compiled with MULTILINE, and the lines are stripped, so `^` and `$` stand at each line's ends;
- `.` never takes a newline; a `\\s` or a negated class may run a match on into the next line, so after
  each hit the search starts again at the next line, and a match running on never hides one there;
- a pattern given here must hold no negative look-around that a newline next to a line's ends would
  satisfy differently (the furniture patterns hold none).

The patterns are made quick to search by `orgdoc.patterns` (`guarded`, `opening_class`): a pattern
anchored at the line's start is tried after each newline only (`line_scan`); one that only looks for
lines opening a certain way runs over the lines' first characters instead (`opening_lines`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate

from ..patterns import guarded, is_anchored, opening_class
from .lines import Line, TextLines

__all__ = ["any_of", "guarded", "hit_lines", "is_anchored", "line_scan", "opening_class", "opening_lines",
           "text_hits"]


def line_scan(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` as `hit_lines` runs it: a pattern anchored at the line's start (`^` in every
    alternative) is tried only after each newline, which the engine finds by itself; any other behind
    its guard (`guarded`)."""
    if is_anchored(pattern):
        return re.compile(f"\\n(?=(?:{pattern.pattern}))", pattern.flags | re.MULTILINE)
    return guarded(pattern)


def any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches wherever one of `patterns` does (one pass instead of one each)."""
    if len({p.flags for p in patterns}) > 1:
        raise ValueError("patterns with different flags")
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)


def hit_lines(texts: list[str], scans: tuple[re.Pattern[str], ...]) -> list[int]:
    """Indexes (ascending) of the texts (stripped lines without a newline) in which some scan matches.
    The scans: `line_scan` patterns."""
    if not texts:
        return []
    joined = "\n" + "\n".join(texts)  # each line after a newline, the first one too
    starts = list(accumulate(map((1).__add__, map(len, texts)), initial=0))  # the newline before texts[k]
    hits: set[int] = set()
    for scan in scans:
        search, pos = scan.search, 0
        while (m := search(joined, pos)) is not None:
            k = bisect_right(starts, m.start()) - 1
            hits.add(k)
            pos = starts[k + 1]  # the next line: a match running on into it hides none there
            if pos >= len(joined):
                break
    return sorted(hits)


def text_hits(text: str, lines: Sequence[Line], first: int, stop: int,
              scans: tuple[re.Pattern[str], ...]) -> list[int]:
    """Indexes (ascending) of the lines in [first, stop) in which some scan matches, run over the text
    itself (no string a line is made): a `line_scan` pattern of a line-anchored one matches at the
    newline before its line, any other inside its line. (So a line-anchored pattern is not found on the
    text's very first line, which no newline precedes.)"""
    if first >= stop:
        return []
    begin, end = max(text.rfind("\n", 0, lines[first].start), 0), lines[stop - 1].end
    ends: Sequence[int] | None = None
    hits: set[int] = set()
    for scan in scans:
        for m in scan.finditer(text, begin, end):
            if ends is None:  # made once there is a hit: most texts have none
                ends = lines.ends if isinstance(lines, TextLines) else [line.end for line in lines]
            k = bisect_left(ends, m.start() + (text[m.start()] == "\n"))
            if first <= k < stop:
                hits.add(k)
    return sorted(hits)


def opening_lines(firsts: str, opens: re.Pattern[str], first: int, stop: int) -> list[int]:
    """Indexes in [first, stop) of the lines whose first character (in `firsts`) `opens` matches."""
    return [m.start() for m in opens.finditer(firsts, first, stop)]
