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

`guarded` puts a guard in front of a pattern: a class of the characters a match can start with,
consumed, then a look-behind that runs the pattern from that character. The regex engine skips to
the guard's characters by itself (as it does for a literal prefix), instead of trying every
alternative of the pattern at every character. A pattern anchored at the line's start is tried after
each newline only (`line_scan`); one that only looks for lines opening a certain way runs over the
lines' first characters instead (`opening_class`, `opening_lines`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate

from .lines import Line, TextLines

try:  # the standard library's own regex parser, to read the characters a pattern can start with
    from re import _constants as sre  # type: ignore[attr-defined]  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_REPEATS = tuple(getattr(sre, op) for op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre, op))
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_WORD: r"\w"}


class _Unknown(Exception):
    """The pattern may start with characters no small class names."""


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a guard of the characters a match can start with, and with MULTILINE: it finds
    a match in the same lines, and at the same starts, as `pattern` (not the same span: use it to ask
    whether there is a match, or where one starts). As fast on one line as over joined lines.

    A pattern anchored at the start (`^` in every alternative) is returned as it is: on one line the
    engine tries it at the start only, quicker than any guard."""
    items = sre_parse.parse(pattern.pattern, pattern.flags)
    if _anchored(list(items)):
        return pattern
    source = f"(?:{pattern.pattern})"
    try:
        first = _first_class(items, bool(pattern.flags & re.IGNORECASE))
        source = f"[{first}](?<=(?={source})[\\s\\S])"
    except _Unknown:
        pass
    return re.compile(source, pattern.flags | re.MULTILINE)


def line_scan(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` as `hit_lines` runs it: a pattern anchored at the line's start (`^` in every
    alternative) is tried only after each newline, which the engine finds by itself; any other behind
    its guard (`guarded`)."""
    if _anchored(list(sre_parse.parse(pattern.pattern, pattern.flags))):
        return re.compile(f"\\n(?=(?:{pattern.pattern}))", pattern.flags | re.MULTILINE)
    return guarded(pattern)


def any_of(patterns: list[re.Pattern[str]]) -> re.Pattern[str]:
    """One pattern that matches wherever one of `patterns` does (one pass instead of one each)."""
    if len({p.flags for p in patterns}) > 1:
        raise ValueError("patterns with different flags")
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)


def is_anchored(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` starts at `^` (then `line_scan` tries it after newlines only)."""
    return _anchored(list(sre_parse.parse(pattern.pattern, pattern.flags)))


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


def opening_class(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A class of the characters a line opens with when `pattern`, anchored at the line's start,
    matches it: run over the lines' first characters (`lines.first_chars`), it finds the few lines
    worth the pattern without a Python step per line."""
    items = sre_parse.parse(pattern.pattern, pattern.flags)
    if not _anchored(list(items)):
        raise ValueError(f"not anchored at the line's start: {pattern.pattern}")
    return re.compile(f"[{_first_class(items, bool(pattern.flags & re.IGNORECASE))}]")


def opening_lines(firsts: str, opens: re.Pattern[str], first: int, stop: int) -> list[int]:
    """Indexes in [first, stop) of the lines whose first character (in `firsts`) `opens` matches."""
    return [m.start() for m in opens.finditer(firsts, first, stop)]


def _anchored(items: list) -> bool:
    """Whether every match of the parsed sequence starts at `^`."""
    for op, arg in items:
        if op is sre.AT:
            return arg in (sre.AT_BEGINNING, sre.AT_BEGINNING_LINE)
        if op is sre.SUBPATTERN:
            return _anchored(list(arg[-1]))
        if op is sre.BRANCH:
            return all(_anchored(list(branch)) for branch in arg[1])
        return False
    return False


def _first_class(items: sre_parse.SubPattern, ignore_case: bool) -> str:
    """The body of a character class holding every character a match of `items` can start with."""
    chars, nullable = _first(list(items), ignore_case)
    if nullable:
        raise _Unknown("empty match")
    return "".join(sorted(chars))


def _first(items: list, ignore_case: bool) -> tuple[set[str], bool]:
    """Class pieces a match of the sequence can start with, and whether the sequence can match empty."""
    out: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            return out | _literal(arg, ignore_case), False
        if op is sre.IN:
            return out | _class(arg, ignore_case), False
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        if op is sre.SUBPATTERN:
            _, add_flags, del_flags, inner = arg
            case = (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
            chars, nullable = _first(list(inner), case)
        elif op is sre.BRANCH:
            parts = [_first(list(branch), ignore_case) for branch in arg[1]]
            chars = set().union(*(p for p, _ in parts))
            nullable = any(n for _, n in parts)
        elif op in _REPEATS:
            chars, nullable = _first(list(arg[2]), ignore_case)
            nullable = nullable or arg[0] == 0
        else:
            raise _Unknown(str(op))
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _literal(code: int, ignore_case: bool) -> set[str]:
    ch = chr(code)
    if not ignore_case or ch.lower() == ch.upper():
        return {re.escape(ch)}
    if not ch.isascii() or ch.lower() in "iks":  # these match non-ASCII letters too under IGNORECASE
        raise _Unknown(ch)
    return {ch.lower(), ch.upper()}


def _class(items: list, ignore_case: bool) -> set[str]:
    out: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            out |= _literal(arg, ignore_case)
        elif op is sre.RANGE and not ignore_case:
            out.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is sre.CATEGORY and arg in _CATEGORIES:
            out.add(_CATEGORIES[arg])
        else:
            raise _Unknown(str(op))
    return out
