"""The marker grammar, loaded once: `grammars/markers.lark` is the one place marker forms are defined.

Lark is used in the way that stays fast: the grammar is loaded once, its rules (all regular) are
compiled into one regular expression that finds candidates in a single pass, and each *distinct*
marker text is parsed once with the LALR parser (cached) to learn its form, number and role.
Every stage that asks "is this a marker?" asks here; none keeps a list of its own.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

try:  # the standard library's own regex parser and compiler, used to factor the candidate pattern
    from re import _compiler as sre_compile  # type: ignore[attr-defined]  # Python 3.11+
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile  # type: ignore[no-redef]
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

from lark import Lark, Token, Tree
from lark.exceptions import LarkError
from lark.grammar import NonTerminal, Rule, Symbol

from . import precompiled
from .models import Role
from .numerals import to_int

GRAMMAR_NAME = "markers.lark"
_SOURCE_DIGEST = zlib.crc32(Path(__file__).read_bytes()) if Path(__file__).is_file() else 0
NUMBER_TERMINALS = frozenset({"CN_NUM", "ARABIC", "ARABIC_SPACED", "CIRCLED", "PAREN_DIGIT", "PAREN_CN", "LONE_NUM", "SPACED_NUM", "PADDED_NUM",
                              "LATIN", "LATIN_LOW", "ROMAN", "ROMAN_ASCII", "SPACED_ARABIC", "DECIMAL_LAST", "KEYCAP", "DIGIT_STOP",
                              "STEM"})
# The word of a decimal marker is the numbers before its own (4.1. of 4.1.2): its depth and its parent.
WORD_TERMINALS = frozenset({"ENUM_VERB", "ORDINAL_WORD", "ASPECT_WORD", "SEQUENCE_WORD", "BULLET", "PART_WORD", "HALF_WORD",
                            "COUNTER", "LABEL_NOUN", "LINE_LABEL", "DECIMAL_HEAD"})
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
                       "cn_close": ("LOOKALIKE_PAREN", CLOSING),
                       "latin": ("LOOKALIKE_PAREN", CLOSING), "ar_dot": ("LOOKALIKE_AR", "、.．")}
# Forms doubtful wherever they stand: 一， and 1， (a comma typed for 、), 一: and 1: (a colon typed for 、 .) are
# markers only in a list; so is 甲、 (甲、乙双方 names two parties).
ALWAYS_DOUBTFUL = frozenset({"cn_comma", "cn_colon", "ar_comma", "ar_colon", "stem"})
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
    return Lark(text, parser="lalr", start=["start", "lookalike"], keep_all_tokens=True,
                cache=precompiled.lark_cache() or False)  # Lark's own cache of its tables (x3 faster)


@lru_cache(maxsize=1)
def _lookalike_patterns() -> dict[str, re.Pattern[str]]:
    terminals = {t.name: t.pattern.to_regexp() for t in marker_parser().terminals}
    return {form: re.compile(terminals[name]) for form, (name, _) in LOOKALIKE_TERMINALS.items()}


def lookalike_pattern(form: str, marker_text: str) -> re.Pattern[str] | None:
    """What, following a marker of `form` spelt `marker_text`, makes it a possible look-alike; None
    when nothing can."""
    pattern = _lookalike_patterns().get(form)
    if pattern is None or marker_text[-1:] not in LOOKALIKE_TERMINALS[form][1]:
        return None
    return pattern


def is_doubtful(form: str, marker_text: str, text: str, end: int) -> bool:
    """Whether what follows a marker of `form` (ending at `end`) makes it a possible look-alike
    (一、二线城市, （一）项): then only the list around it can say it is a marker."""
    pattern = lookalike_pattern(form, marker_text)
    return pattern is not None and pattern.match(text, end) is not None


# Forms that end at a colon and start with a word (场景一： 例题1：): found from their colon, since
# trying them at every 场/例/方… of the text would slow the one-pass scan several times over.
COLON_FORMS = frozenset({"named", "named_line"})
# Forms kept only at a line start: an open label (骗术一：) is too loose a word to trust inside a paragraph.
LINE_FORMS = frozenset({"named_line"})


@lru_cache(maxsize=1)
def _rule_regexes() -> dict[str, str]:
    """Each rule of the grammar as a regular expression (all rules are regular)."""
    parser = marker_parser()
    terminals = {t.name: t.pattern.to_regexp() for t in parser.terminals}
    by_origin: dict[str, list[Rule]] = {}
    for rule in parser.rules:
        by_origin.setdefault(rule.origin.name, []).append(rule)
    cache: dict[str, str] = {}

    def rule_regex(name: str) -> str:
        if name not in cache:
            alternatives = ["".join(symbol_regex(s) for s in r.expansion) for r in by_origin[name]
                            if not (len(r.expansion) == 1 and r.expansion[0].name in COLON_FORMS)]
            cache[name] = "(?:" + "|".join(alternatives) + ")"
        return cache[name]

    def symbol_regex(symbol: Symbol) -> str:
        if isinstance(symbol, NonTerminal):
            return rule_regex(symbol.name)
        return "(?:" + terminals[symbol.name] + ")"

    return {name: rule_regex(name) for name in by_origin}


@lru_cache(maxsize=1)
def candidate_pattern() -> re.Pattern[str]:
    """One regular expression for all marker forms (but the colon forms), compiled from the grammar
    and factored on its first characters (`factored`): the same matches as the rules' alternation."""
    plain = _rule_regexes()["start"]
    try:
        fast = factored(plain)
    except Exception:  # noqa: BLE001  # `re`'s internals are private: on a Python that changed them, as written
        return re.compile(plain)
    written = re.compile(plain)
    same = [m.span() for m in fast.finditer(_PROBE)] == [m.span() for m in written.finditer(_PROBE)]
    return fast if same else written


# Every form and look-alike the grammar knows, once: the factored pattern must find what the plain
# one finds here, or the plain one is used (a guard against a Python whose engine reads codes otherwise).
_PROBE = ("一、总体要求（一）指导思想 (二) 1.目标 1．任务 2、措施 3）保障（1）组织 ⑴ ① ㈡ A.甲 B．乙 a) 第一部分 第二章 "
          "第三节 第一条 上篇 下篇 一是学习，二要落实，三抓，其一，第一，第二是 首先，其次，再次，然后，最后，——甲 ●乙 ■丙 "
          "▲丁 ◆戊 一、二线城市 三、四季度 1.5亿 1、2月 （一）项 第一要务 A.M. 场景一：理由二：第一个方面 第一点 一 二 十一、"
          "\n1 总则\n1.1 目的\n4.1.2 措施\n2.3.启动 12 月 2020 年\n二，措施\n3，保障 一是，")


@lru_cache(maxsize=1)
def colon_pattern() -> re.Pattern[str]:
    """The colon forms, to be searched for in the few characters before each colon."""
    rules = _rule_regexes()
    return re.compile("(?:" + "|".join(rules[name] for name in sorted(COLON_FORMS)) + ")$")


def prepare() -> None:
    """Build now what the first parse would: the grammar's parser and its patterns (about 0.1 s).
    Worker processes forked after this share them instead of each building its own."""
    before = precompiled.snapshot()
    candidate_pattern()
    colon_pattern()
    _lookalike_patterns()
    precompiled.mark(before)
    precompiled.save()  # what this run compiled, for the next one


COLON_REACH = 12  # characters before a colon where a colon form may start: 案例 12：


# --- the candidate pattern, factored -----------------------------------------------------------------
#
# The rules' alternation, as written, makes the engine try every form at every character that may
# open a marker (一 中 第 digits, letters: one character in fifteen of a Chinese text), each try a few
# dozen steps. Factored, the same alternatives form a decision tree on their characters: a branch
# for each group of first characters, inside it one for each group of next characters, and so on,
# where a mismatch costs the engine one comparison; and the engine is told the class of all first
# characters, so that it skips to them in C. The rewrites keep the alternatives' order for every
# character, so every match is the one the plain alternation finds (tests/test_grammar.py compares).

_OPS = sre_constants
FACTOR_DEPTH = 3  # characters factored into the tree; past them the alternatives stay as written
MAX_ATOM = 512  # a wider class (or a negated one) is no branch key: it stays as written

Items = list  # a sequence of the regex parser's (op, argument) pairs


def factored(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled as a decision tree on its characters; as written if it opens otherwise.
    The engine code is kept between runs (`precompiled`), under this module's own digest: a
    change to the factoring makes it anew."""
    return precompiled.code(("factored", _SOURCE_DIGEST, pattern), pattern, lambda: _factored_code(pattern))


def _factored_code(pattern: str) -> precompiled.Compiled:
    parsed = sre_parse.parse(pattern)
    alternatives = _leading(list(parsed.data))
    firsts = [_chars(a[0]) if a else None for a in alternatives]
    if not all(firsts):
        return precompiled.compile_code(pattern)
    tree = sre_parse.SubPattern(parsed.state, _tree(parsed.state, alternatives, 0))
    return _compiled(tree, sorted(set().union(*firsts)))  # type: ignore[arg-type]


def _compiled(tree: object, first: list[int]) -> precompiled.Compiled:
    """`tree` compiled with the engine told that every match starts with a character of `first`.

    The engine finds that out by itself only for a pattern that opens with one class (or with
    branches that each open with one character): the tree's branches open with classes, so its
    information block is replaced with the one the class `first` alone compiles to, which makes
    the engine skip in C to the next such character (about 3× faster than a look-ahead there).
    """
    state = tree.state  # type: ignore[attr-defined]
    code = sre_compile._code(tree, 0)
    info: list[int] = []
    sre_compile._compile_info(info, sre_parse.SubPattern(state, [_class(first)]), state.flags)
    code[: code[1] + 1] = info  # an INFO block: its opcode, then its length
    groups: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        groups[index] = name
    return state.flags, code, state.groups - 1, dict(state.groupdict), tuple(groups)


def _tree(state: object, alternatives: list[Items], depth: int) -> Items:
    """Items matching the first of `alternatives` that matches, branching on their next character."""
    if len(alternatives) == 1:
        return alternatives[0]
    if depth < FACTOR_DEPTH:
        alternatives = [lead for a in alternatives for lead in _leading(a)]
    branches: list[Items] = []
    k = 0
    while k < len(alternatives):  # runs led by a character become a tree; the others stay, in order
        run = k
        while depth < FACTOR_DEPTH and run < len(alternatives) and _led_by_char(alternatives[run]):
            run += 1
        if run == k:
            branches.append(alternatives[k])
            k += 1
            continue
        atoms = _atoms(alternatives[k:run])
        branches += [[_class(chars)] + _tree(state, rests, depth + 1) for chars, rests in atoms]
        k = run
    return [_branch(state, branches)]


def _leading(items: Items) -> list[Items]:
    """`items` as alternatives in the same order, each led by one character where that can be done:
    groups opened, alternations spread over what follows them, a repeat's first turn split off."""
    if not items:
        return [items]
    (op, arg), rest = items[0], items[1:]
    if op is _OPS.SUBPATTERN and arg[0] is None and not arg[1] and not arg[2]:
        return _leading(list(arg[3].data) + rest)
    if op is _OPS.BRANCH:
        return [lead for branch in arg[1] for lead in _leading(list(branch.data) + rest)]
    if op is _OPS.MAX_REPEAT and arg[2].getwidth()[0] > 0:  # a body that may match empty ends a greedy loop
        low, high, body = arg
        if high == 0:
            return _leading(rest)
        again = (_OPS.MAX_REPEAT, (max(low - 1, 0), high if high is _OPS.MAXREPEAT else high - 1, body))
        turn = _leading(list(body.data) + [again] + rest)
        return turn if low else turn + _leading(rest)  # greedy: one more turn first, then none
    return [items]


def _led_by_char(items: Items) -> bool:
    return bool(items) and _chars(items[0]) is not None


def _chars(item: tuple) -> set[int] | None:
    """The characters one item matches, when it is a plain character or a small class of them."""
    op, arg = item
    if op is _OPS.LITERAL:
        return {arg}
    if op is not _OPS.IN or any(o not in (_OPS.LITERAL, _OPS.RANGE) for o, _ in arg):
        return None
    chars: set[int] = set()
    for o, a in arg:
        chars.update([a] if o is _OPS.LITERAL else range(a[0], a[1] + 1))
    return chars if len(chars) <= MAX_ATOM else None


def _atoms(alternatives: list[Items]) -> list[tuple[list[int], list[Items]]]:
    """The characters the alternatives start with, grouped by what may follow them: each group with
    the rests of the alternatives its characters start, in order. Groups never share a character,
    so the tree enters one; characters followed by the same rests share one (上篇 中篇 下篇)."""
    starting: dict[int, tuple[int, ...]] = {}
    for k, a in enumerate(alternatives):
        for ch in _chars(a[0]) or ():
            starting[ch] = starting.get(ch, ()) + (k,)
    by_alternatives: dict[tuple[int, ...], list[int]] = {}
    for ch, ks in sorted(starting.items()):
        by_alternatives.setdefault(ks, []).append(ch)
    atoms: dict[str, tuple[list[int], list[Items]]] = {}
    for ks, chars in by_alternatives.items():
        rests = [alternatives[k][1:] for k in ks]
        atoms.setdefault(repr(rests), ([], rests))[0].extend(chars)
    return [(sorted(chars), rests) for chars, rests in atoms.values()]


def _class(chars: list[int]) -> tuple:
    """One character (a single comparison in a branch) or a class of them."""
    if len(chars) == 1:
        return (_OPS.LITERAL, chars[0])
    return (_OPS.IN, [(_OPS.LITERAL, ch) for ch in chars])


def _branch(state: object, branches: list[Items]) -> tuple:
    return (_OPS.BRANCH, (None, [sre_parse.SubPattern(state, b) for b in branches]))


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


def split_marker(line: str) -> tuple[MarkerShape, str] | None:
    """The marker a line opens with (after spaces and Markdown signs) and the text after it, stripped."""
    stripped = line.lstrip(" \t\u3000#>*+-")
    match = candidate_pattern().match(stripped)
    shape = marker_shape(match.group()) if match else None
    return None if shape is None or match is None else (shape, stripped[match.end():].strip())


def opens_spaced(line: str) -> bool:
    """Whether the marker a line opens with is set apart from its text by a space (第七件　推翻…): the
    shape of a heading line, where a sentence runs straight on (第七件事是…)."""
    stripped = line.lstrip(" \t\u3000#>*+-")
    match = candidate_pattern().match(stripped)
    return match is not None and any(ch in " \u3000" for ch in stripped[match.end() - 1:match.end() + 1])


def starts_with_marker(line: str) -> bool:
    """Whether a line opens with a numbering marker; bullets and dashes do not count, since a
    subtitle opens with —— too."""
    shape = opening_marker(line)
    return shape is not None and shape.role is not Role.BULLET


def enumerates(line: str) -> bool:
    """Whether a line holds the first two points of an inline enumeration (…强调三点：一是…，二是…):
    a first and a second inline marker of one family, in that order."""
    first: MarkerShape | None = None
    for match in candidate_pattern().finditer(line):
        shape = marker_shape(match.group())
        if shape is None or shape.role is not Role.INLINE:
            continue
        if shape.ordinal == 1:
            first = shape
        elif shape.ordinal == 2 and first is not None and shape.form == first.form:
            return True
    return False
