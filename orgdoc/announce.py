"""Announcements of a list (我先强调三点意见, 重点抓好四个方面：) and the list each one announces.

An announcement is a verb cue, a count (三, 两, 3; 几 or 以下几 gives none) and a counted noun
(点, 个方面, 条, 项 …); a bare 点 must end the clause or be followed by a generic noun (讲三点体会),
since 点 is also the measure word of idioms (从一点一滴做起). It is linked to the first run of sibling
nodes that starts after it: the top-level nodes when it stands before them, else the children of the
innermost node around it.
A stated count that differs from the list's length is reported; an announcement with no list after
it is reported with found=None and no diagnostic (many lists in speeches are not numbered).

Traditional text (我講三點意見) is read through `fold`, which turns each traditional character into its
simplified form one for one: the cues are matched on the folded text and the announcement's text is
cut from the original at the same offsets.
"""

from __future__ import annotations

import bisect
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Final

from .fold import TABLE_PATH, fold
from .models import Announcement, Diagnostic, DiagnosticCode, Node, NodeKind, new_announcement
from .numerals import to_int
from .patterns import guarded

# Verbs of speaking: what follows is the speaker's own list (讲三点意见, 提几点要求).
SPEECH_VERBS: Final = (
    "强调", "谈谈", "谈", "讲讲", "讲", "说说", "说", "提出", "提", "分享", "交流", "汇报",
    "概括为", "归纳为", "分为",
)
# Verbs of doing: 抓好四个方面 announces a list only when a generic noun (工作, 方面) or nothing
# follows the count, so 落实三项制度 (a named thing) is not an announcement.
TASK_VERBS: Final = (
    "抓好", "做到", "做好", "把握好", "把握", "突出", "注重", "坚持", "聚焦", "处理好", "把好",
    "体现在", "表现在", "包括", "主要有", "有",
)
FROM_VERBS: Final = ("从",)  # 从三个方面谈…: a preposition that announces whatever follows
# Counted nouns, longest first in the regex.
NOUNS: Final = (
    "点", "个方面", "方面", "条", "项", "个问题", "个字", "句话", "层意思", "件事", "个重点",
    "个环节", "个层面", "个维度", "个关系", "个要求", "个建议",
)
# Generic nouns after the count that keep a TASK_VERBS phrase an announcement (四个方面的工作).
META_NOUNS: Final = frozenset({
    "意见", "体会", "认识", "要求", "建议", "想法", "看法", "思考", "感受", "感悟", "希望", "工作",
    "措施", "内容", "重点", "任务", "问题", "收获", "心得", "考虑", "打算", "原则", "做法", "经验",
    "启示", "方面", "事情", "意思", "重点工作", "具体工作", "主要工作",
})
LEADS: Final = ("以下", "如下", "下面", "这么", "这样")  # 讲以下几点: the list comes next
# 点 is also a measure word of idioms (一点一滴, 一点点, 一点儿): after a count, 点 announces only when
# the clause ends there, a generic noun ends the tail (讲三点不成熟的意见), or what follows 从N点 is
# one of these verbs (从三点入手). Idioms are refused outright, whatever follows them.
POINT_NOUN: Final = "点"
POINT_IDIOMS: Final = ("一点一滴", "一点点", "一点儿", "一点也", "一点都", "一点就", "三点一线", "两点一线")
IDIOM_REACH: Final = max(map(len, POINT_IDIOMS))
_META_ENDINGS = tuple(META_NOUNS)
FROM_OBJECTS: Final = SPEECH_VERBS + ("来", "入手", "着手", "着力", "发力", "出发", "展开", "阐述", "把握", "加以", "进行")
SPEECH_TAIL_MAX: Final = 8  # 讲三点不成熟的意见: a short tail after the noun
TAIL_MAX: Final = 12
CLAUSE_BREAKS: Final = "。！？!?；;，,：:\n"  # an announcement's text is the clause around the cue
CLAUSE_ENDS: Final = "。！？!?；;：:"  # the punctuation kept at its end
CLAUSE_LOOKBACK: Final = 200  # how far back a clause start is looked for
INLINE_KINDS: Final = frozenset({NodeKind.POINT, NodeKind.DIRECTIVE})  # 一要…二要…三是: one list

_VERBS = sorted(SPEECH_VERBS + TASK_VERBS + FROM_VERBS, key=len, reverse=True)
DIGITS, NUMERALS, SOME = "0-9０-９", "一二两三四五六七八九十", "几"  # 3 讲三点 讲几点 (digits fold to themselves)
NOT_AFTER: Final = "第"  # 第三点: an ordinal, not a count


Forms = Callable[[str], str]  # a character of the cue tables → every character that reads as it


def _cue_pattern(forms: Forms) -> re.Pattern[str]:
    """The cue pattern, each character of its tables matched in all its `forms` (itself alone, or
    with the traditional characters `fold` turns into it). After the verb, a look-ahead of what may
    come next (a lead word or a count) drops most candidates before the groups are tried. 第 before
    the verb is checked in `_cues`: a look-behind in front would cost the pattern its fast scan."""
    def word(w: str) -> str:
        return "".join(_char(c, forms) for c in w)

    counted = (rf"(?P<lead>{'|'.join(map(word, LEADS))})?"
               rf"(?P<num>[{DIGITS}]{{1,2}}|[{_chars(NUMERALS, forms)}]{{1,3}}|{word(SOME)})")
    after_verb = _chars("".join(sorted({w[0] for w in LEADS})) + NUMERALS + SOME, forms)
    return re.compile(
        rf"(?P<verb>{_alternation(_VERBS, forms)})(?=[{DIGITS}{after_verb}]){counted}"
        rf"(?P<noun>{'|'.join(word(n) for n in sorted(NOUNS, key=len, reverse=True))})"
        rf"(?P<tail>[^{_chars(CLAUSE_BREAKS, forms)}]{{0,{TAIL_MAX}}})")


def _alternation(words: list[str], forms: Forms) -> str:
    """The words as a regex alternation shaped like a trie (讲(?:讲)?|提(?:出)?|…), one branch per
    form of a first character: the pattern then opens with literals only, which lets `re` skip to
    those characters with its fast scan, and each candidate tries one branch instead of every word.
    A longer word is still tried before its own prefix, as in an alternation sorted longest first."""
    tails: dict[str, list[str]] = {}
    for w in words:
        tails.setdefault(w[0], []).append(w[1:])
    branches = []
    for head, rest in tails.items():
        longer = [r for r in rest if r]
        inner = f"(?:{_alternation(longer, forms)})" if longer else ""
        inner += "?" if inner and "" in rest else ""
        branches += [re.escape(form) + inner for form in forms(head)]
    return "|".join(branches)


def _char(c: str, forms: Forms) -> str:
    alike = forms(c)
    if len(alike) == 1:
        return re.escape(alike)
    return f"[{_chars(c, forms)}]" if alike else "(?!)"  # a character no other reads as: never met


def _chars(cs: str, forms: Forms) -> str:
    """The inside of a class: every form of the characters."""
    return "".join(re.escape(form) for c in cs for form in forms(c))


def _traditional_forms() -> Forms:
    """A character with the traditional ones `fold` turns into it (the pairs of its table)."""
    pairs: dict[str, str] = json.loads(TABLE_PATH.read_text(encoding="utf-8"))["pairs"]
    alike: dict[str, str] = {}
    for traditional, simplified in pairs.items():
        alike[simplified] = alike.get(simplified, "") + traditional
    return lambda c: ("" if c in pairs else c) + alike.get(c, "")


# The cues in simplified characters, matched on folded text (the text of a cue found); and the same
# cues in every form of their characters, so that they are found in the original text without
# folding it all: a match of one is a match of the other at the same place, with the same groups.
_ANNOUNCE_RE = _cue_pattern(lambda c: c)
_ANY_FORM_RE = _cue_pattern(_traditional_forms())
_CUE_START_RE = guarded(_ANY_FORM_RE)
_NUMERAL_RE = re.compile(r"[0-9]+|[一二两三四五六七八九十百〇零]+")


def find_announcements(
    text: str, body: tuple[int, int], nodes: list[Node]
) -> tuple[list[Announcement], list[Diagnostic]]:
    """Every announcement in text[body], linked to the list it announces, and count mismatches."""
    found: list[Announcement] = []
    warnings: list[Diagnostic] = []
    starts: dict[int, list[int]] = {}  # each sibling list's start offsets, made once
    for m, cue in _cues(text, body[0], body[1]):
        if not _accepted(m, cue, text, body[1]):
            continue
        span = _clause(text, m, body)
        count = None if SOME in cue["num"] else to_int(cue["num"])
        items = _announced_list(nodes, span, starts)
        target = (items[0].marker_span or items[0].heading_span) if items else None
        found.append(new_announcement(span, text[span[0]:span[1]], count, len(items) or None, target))
        if count is not None and items and count != len(items):
            warnings.append(Diagnostic(
                code=DiagnosticCode.ANNOUNCED_COUNT_MISMATCH, span=span,
                message=f"The text announces {count} items but the list after it has {len(items)}."))
    return found, warnings


def _cues(text: str, start: int, end: int) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """The cues found in the original text, left to right without overlap, none right after 第; each
    with the same match on its folded text, whose groups read in simplified characters."""
    m = _next_cue(text, start, end)
    while m is not None:
        if m.start() > 0 and fold(text[m.start() - 1]) == NOT_AFTER:
            m = _next_cue(text, m.start() + 1, end)  # as a look-behind would: try the next place
            continue
        cue = _ANNOUNCE_RE.match(fold(text[m.start():m.end()]))
        if cue is not None:  # always: the two patterns read alike
            yield m, cue
        m = _next_cue(text, m.end(), end)


def _next_cue(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_ANY_FORM_RE.search`, found behind the guard of its verbs' first characters (the engine skips
    to them instead of trying every verb at every character: 2.4× faster over a text), then matched
    from there for the whole cue's span and groups."""
    at = _CUE_START_RE.search(text, start, end)
    return None if at is None else _ANY_FORM_RE.match(text, at.start(), end)


def _accepted(m: re.Match[str], cue: re.Match[str], text: str, end: int) -> bool:
    """Is this cue an announcement? Depends on the verb and on what follows the counted noun."""
    verb, tail = cue["verb"], cue["tail"]
    if cue["noun"] == POINT_NOUN and not _point_counts(m, cue, text):
        return False
    if verb in FROM_VERBS:
        return True
    if m.end() < end and text[m.end()] not in CLAUSE_BREAKS:  # punctuation folds to itself
        return False  # the clause runs on: 落实三项制度改革任务并…
    if verb in SPEECH_VERBS or cue["lead"]:
        return len(tail) <= SPEECH_TAIL_MAX
    return tail.lstrip("的") in META_NOUNS or not tail


def _point_counts(m: re.Match[str], cue: re.Match[str], text: str) -> bool:
    """Is `N点` a count of points here, not 一点一滴 or 一点儿? See POINT_IDIOMS and FROM_OBJECTS."""
    num = m.start("num")
    if fold(text[num:num + IDIOM_REACH]).startswith(POINT_IDIOMS):
        return False
    tail = cue["tail"].lstrip("的")
    return (not tail or tail.endswith(_META_ENDINGS)
            or (cue["verb"] in FROM_VERBS and tail.startswith(FROM_OBJECTS)))


def _clause(text: str, m: re.Match[str], body: tuple[int, int]) -> tuple[int, int]:
    """The clause holding the cue: from after the previous break to its closing punctuation."""
    floor = max(body[0], m.start() - CLAUSE_LOOKBACK)
    start = max([text.rfind(ch, floor, m.start()) for ch in CLAUSE_BREAKS] + [floor - 1]) + 1
    while start < m.start() and text[start].isspace():
        start += 1
    end = m.end()
    if end < body[1] and text[end] in CLAUSE_ENDS:
        end += 1
    return start, end


def _announced_list(nodes: list[Node], span: tuple[int, int], starts: dict[int, list[int]]) -> list[Node]:
    """The first run of siblings after the announcement, among the children of the node around it.

    Siblings are in text order, so a binary search finds the node around the announcement and the
    first one after it: linear documents with many announcements stay fast.
    """
    def offsets(ns: list[Node]) -> list[int]:
        if id(ns) not in starts:
            starts[id(ns)] = [n.span[0] for n in ns]
        return starts[id(ns)]

    siblings = nodes
    while siblings:
        k = bisect.bisect_right(offsets(siblings), span[0]) - 1
        if k < 0 or not span[0] < siblings[k].span[1]:
            break
        siblings = siblings[k].children
    return _run(siblings, bisect.bisect_left(offsets(siblings), span[1]))


def _run(nodes: list[Node], first: int) -> list[Node]:
    """The nodes from `first` on that form one list: same kind and marker family, numbering going on."""
    if first >= len(nodes):
        return []
    run = [nodes[first]]
    for k in range(first + 1, len(nodes)):  # by index: islice would step over the first `first` nodes
        node = nodes[k]
        if not _same_list(run[-1], node):
            break
        run.append(node)
    return run


def _same_list(prev: Node, node: Node) -> bool:
    counting_on = prev.ordinal is not None and node.ordinal == prev.ordinal + 1
    if prev.kind in INLINE_KINDS and node.kind in INLINE_KINDS and counting_on:
        return True  # 一要 二要 三是 四是: the writer switched words mid-list
    if _family(prev) != _family(node):
        return False
    return not (node.ordinal == 1 and prev.ordinal is not None)  # a restart begins a new list


def _family(node: Node) -> tuple[NodeKind, str | None]:
    """The node's kind and its marker with the numeral taken out: （一） and （二） are one family."""
    if node.marker is None:
        return node.kind, None
    return node.kind, _NUMERAL_RE.sub("N", unicodedata.normalize("NFKC", node.marker).strip())
