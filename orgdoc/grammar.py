"""The marker grammar, loaded once: `grammars/markers.lark` is the one place marker forms are defined.

Lark is used in the way that stays fast: the grammar is loaded once, its rules (all regular) are
compiled into one regular expression that finds candidates in a single pass, and each *distinct*
marker text is parsed once with the LALR parser (cached) to learn its form, number and role.
Every stage that asks "is this a marker?" asks here; none keeps a list of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

try:  # the standard library's own regex parser, used to read a pattern's first characters
    from re import _parser as sre_parse  # type: ignore[attr-defined]  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

from lark import Lark, Token, Tree
from lark.exceptions import LarkError
from lark.grammar import NonTerminal, Rule, Symbol

from .models import Role
from .numerals import to_int

GRAMMAR_NAME = "markers.lark"
NUMBER_TERMINALS = frozenset({"CN_NUM", "ARABIC", "CIRCLED", "PAREN_DIGIT", "LONE_NUM", "SPACED_NUM", "LATIN",
                              "LATIN_LOW"})
WORD_TERMINALS = frozenset({"ENUM_VERB", "ORDINAL_WORD", "SEQUENCE_WORD", "BULLET", "PART_WORD", "HALF_WORD",
                            "COUNTER", "LABEL_NOUN"})
# 首先 其次 再次 give their place; 最后 takes the list's next number, so it has none of its own, and so
# do 然后 接下来 接着, which stand between the first and the last of a set.
# 上篇 中篇 likewise; 下篇 is the last part, whether two or three came before.
SEQUENCE_ORDINALS = {"首先": 1, "其次": 2, "再次": 3, "最后": None, "最後": None, "然后": None, "接下来": None,
                     "接着": None, "上篇": 1, "中篇": 2, "下篇": None}
# Words that come between the first and the last of a 首先…最后 set, never on their own.
MIDDLE_WORDS = frozenset({"然后", "接下来", "接着"})
# The grammar's look-alike contexts (terminals), by the forms they cast doubt on.
# Each with the last characters of the marker it applies to: 1、 before a digit is doubtful, 1. is refused
# by the grammar itself (1.5亿).
CLOSING = "）)〕"
LOOKALIKE_TERMINALS = {"cn_dun": ("LOOKALIKE_DUN", "、.．"), "cn_paren": ("LOOKALIKE_PAREN", CLOSING),
                       "ar_paren": ("LOOKALIKE_PAREN", CLOSING), "ar_close": ("LOOKALIKE_PAREN", CLOSING),
                       "latin": ("LOOKALIKE_PAREN", CLOSING), "ar_dot": ("LOOKALIKE_AR", "、")}
MAX_ORDINAL = 99  # 100 and above are years, amounts and page numbers, never list items

@dataclass(frozen=True)
class MarkerShape:
    """What the grammar says of one marker text."""

    form: str
    role: Role
    ordinal: int | None
    word: str


def grammar_path() -> Path:
    """The grammar shipped inside the package, or the repository's `grammars/` in a source tree."""
    here = Path(__file__).resolve().parent
    packaged = here / "grammars" / GRAMMAR_NAME
    return packaged if packaged.is_file() else here.parent / "grammars" / GRAMMAR_NAME


@lru_cache(maxsize=1)
def marker_parser() -> Lark:
    """The LALR parser of one marker text; `start` may name any form rule, for tests."""
    text = grammar_path().read_text(encoding="utf-8")
    return Lark(text, parser="lalr", start=["start", "lookalike"], keep_all_tokens=True)


@lru_cache(maxsize=1)
def _lookalike_patterns() -> dict[str, re.Pattern[str]]:
    terminals = {t.name: t.pattern.to_regexp() for t in marker_parser().terminals}
    return {form: re.compile(terminals[name]) for form, (name, _) in LOOKALIKE_TERMINALS.items()}


def is_doubtful(form: str, marker_text: str, text: str, end: int) -> bool:
    """Whether what follows a marker of `form` (ending at `end`) makes it a possible look-alike
    (一、二线城市, （一）项): then only the list around it can say it is a marker."""
    pattern = _lookalike_patterns().get(form)
    if pattern is None or marker_text[-1:] not in LOOKALIKE_TERMINALS[form][1]:
        return False
    return pattern.match(text, end) is not None


@lru_cache(maxsize=1)
def candidate_pattern() -> re.Pattern[str]:
    """One regular expression for all marker forms, compiled from the grammar's rules."""
    parser = marker_parser()
    terminals = {t.name: t.pattern.to_regexp() for t in parser.terminals}
    by_origin: dict[str, list[Rule]] = {}
    for rule in parser.rules:
        by_origin.setdefault(rule.origin.name, []).append(rule)

    def rule_regex(name: str) -> str:
        alternatives = ["".join(symbol_regex(s) for s in r.expansion) for r in by_origin[name]]
        return "(?:" + "|".join(alternatives) + ")"

    def symbol_regex(symbol: Symbol) -> str:
        if isinstance(symbol, NonTerminal):
            return rule_regex(symbol.name)
        return "(?:" + terminals[symbol.name] + ")"

    pattern = rule_regex("start")
    first = first_chars(pattern)
    # A look-ahead of the characters a marker can start with lets the regex engine skip the rest
    # of the text quickly (about 8× faster than trying every alternative at every position).
    return re.compile(f"(?=[{first}]){pattern}" if first else pattern)


def first_chars(pattern: str) -> str | None:
    """The characters a match of `pattern` can start with, as a character-class body, or None."""
    try:
        ranges, _ = _first(list(sre_parse.parse(pattern)))
    except _Unknown:
        return None
    return "".join(re.escape(chr(lo)) + (f"-{re.escape(chr(hi))}" if hi > lo else "") for lo, hi in sorted(ranges))


class _Unknown(Exception):
    """The pattern starts with something whose first characters are not a small set."""


def _first(items: list) -> tuple[set[tuple[int, int]], bool]:
    """First-character ranges of a parsed sequence, and whether the sequence can match empty."""
    ranges: set[tuple[int, int]] = set()
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            return ranges | {(arg, arg)}, False
        if name == "IN":
            return ranges | _class_ranges(arg), False
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # zero width: the next item starts the match
        if name == "SUBPATTERN":
            inner, nullable = _first(list(arg[-1]))
        elif name == "BRANCH":
            parts = [_first(list(branch)) for branch in arg[1]]
            inner = set().union(*(r for r, _ in parts))
            nullable = any(n for _, n in parts)
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            inner, nullable = _first(list(arg[2]))
            nullable = nullable or arg[0] == 0
        else:
            raise _Unknown(name)
        ranges |= inner
        if not nullable:
            return ranges, False
    return ranges, True


def _class_ranges(items: list) -> set[tuple[int, int]]:
    out = set()
    for op, arg in items:
        if str(op) == "LITERAL":
            out.add((arg, arg))
        elif str(op) == "RANGE":
            out.add(arg)
        else:
            raise _Unknown(str(op))
    return out


@lru_cache(maxsize=4096)
def marker_shape(text: str) -> MarkerShape | None:
    """Parse one marker text with the grammar; None if it is not a marker."""
    try:
        tree = marker_parser().parse(text, start="start")
    except LarkError:
        return None
    role_tree = tree.children[0]
    assert isinstance(role_tree, Tree)
    if role_tree.data == "labelled_forms":  # the labelled forms are inline items
        role_tree = Tree("inline", role_tree.children)
    role = Role(str(role_tree.data))
    form_node = role_tree.children[0]
    form = str(form_node.data) if isinstance(form_node, Tree) else role.value
    tokens = list(form_node.scan_values(lambda v: isinstance(v, Token))) if isinstance(form_node, Tree) else [form_node]
    number = next((t for t in tokens if t.type in NUMBER_TERMINALS), None)
    word = next((str(t) for t in tokens if t.type in WORD_TERMINALS), "")
    if number is not None:
        ordinal = to_int(str(number))
        if ordinal is None or not 1 <= ordinal <= MAX_ORDINAL:
            return None
    else:
        ordinal = SEQUENCE_ORDINALS.get(word)
    return MarkerShape(form, role, ordinal, word)


def opening_marker(line: str) -> MarkerShape | None:
    """The marker a line opens with (after spaces and Markdown signs), if any."""
    match = candidate_pattern().match(line.lstrip(" \t\u3000#>*+-"))
    return marker_shape(match.group()) if match else None


def starts_with_marker(line: str) -> bool:
    """Whether a line opens with a numbering marker; bullets and dashes do not count, since a
    subtitle opens with —— too."""
    shape = opening_marker(line)
    return shape is not None and shape.role is not Role.BULLET