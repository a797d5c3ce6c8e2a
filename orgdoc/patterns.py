"""What a regular expression can start with, read from the standard library's own parse of it, and
the quick patterns made from that.

`guarded` puts a guard in front of a pattern: a class of the characters a match can start with,
consumed, then a look-behind that runs the pattern from that character. The regex engine skips to
the guard's characters by itself (as it does for a literal prefix), instead of trying every
alternative of the pattern at every character. `opening_class` gives the characters a line must
open with for a pattern anchored at the line's start to match it, and `is_anchored` says whether a
pattern is so anchored. The envelope's line scans (`envelope.scan`) and the announcement cues
(`announce`) are built with them.
"""

from __future__ import annotations

import re

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


def is_anchored(pattern: re.Pattern[str]) -> bool:
    """Whether every match of `pattern` starts at `^` (the line's start, with MULTILINE)."""
    return _anchored(list(sre_parse.parse(pattern.pattern, pattern.flags)))


def opening_class(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A class of the characters a line opens with when `pattern`, anchored at the line's start,
    matches it: run over the lines' first characters (`lines.first_chars`), it finds the few lines
    worth the pattern without a Python step per line."""
    items = sre_parse.parse(pattern.pattern, pattern.flags)
    if not _anchored(list(items)):
        raise ValueError(f"not anchored at the line's start: {pattern.pattern}")
    return re.compile(f"[{_first_class(items, bool(pattern.flags & re.IGNORECASE))}]")


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
