"""Scan text for numbering markers: the candidates the grammar finds, where a marker may stand.

What a marker looks like is the grammar's (`orgdoc/grammar.py`); this module decides only where one
may start: at a line start, after a sentence or a clause, or (bracketed) anywhere.
"""

from __future__ import annotations

import re

from .grammar import COLON_REACH, MarkerShape, candidate_pattern, colon_pattern, is_doubtful, marker_shape
from .models import Boundary, Marker, Role

# What may stand before a marker. A closing quote or bracket after 。 still ends the sentence.
SENTENCE_ENDS = frozenset("。！？；：!?;:")
CLAUSE_ENDS = frozenset("，、,.")
# A bracketed marker stands out even run into the text before it (…高质量发展（一）以党的…), which
# is how headings look once a document has lost its line breaks; the tree uses it only then.
OPENERS = frozenset("（(〔")
# Unbracketed forms that also stand out run into a heading (…重点任务1.加快… …房源筹集第五条…).
RUN_INTO_FORMS = frozenset({"ar_dot", "part", "article"})
CLOSERS = frozenset("”’」』）)】*")  # * closes Markdown emphasis: **（一）加强领导。**一是…
SPACES = frozenset(" \t\u3000")
MAX_NOTE = 60  # characters of a bracketed note after a sentence: （牵头单位：县行政审批服务局）
LINE_PREFIXES = frozenset("#>*+-")  # Markdown heading, quote and list signs keep a line start
MAX_LINE_PREFIX = 6
COLONS = re.compile("[：:]")
NUMERAL_ENDS = frozenset("一二三四五六七八九十0123456789０１２３４５６７８９ \t\u3000")
# A list's first item may be run into the word before it (今后一是…，二是…; 我的第一想法是：…); the list
# check keeps it only when its second item follows at a proper boundary.
GLUE_FORMS = frozenset({"cn_verb", "labelled", "counted"})
# …but not where 一 ends a word of its own: 统一是 唯一是 单一要 同一 万一 之一 第一 逐一 每一 …
WORDS_ENDING_IN_ONE = frozenset("统唯单同万专划均归合不逐之第其任某每初十周期星纯守整一")


def boundary_before(text: str, start: int) -> Boundary | None:
    """What stands before position `start`, or None when a marker cannot start there."""
    i = start
    while i > 0 and text[i - 1] in SPACES:
        i -= 1
    if i == 0 or text[i - 1] == "\n":
        return Boundary.LINE
    j = i
    while j > 0 and i - j <= MAX_LINE_PREFIX and (text[j - 1] in LINE_PREFIXES or text[j - 1] in SPACES):
        j -= 1
    k = j
    while k > 0 and text[k - 1] in SPACES:  # an indented line: 　　**一、…**
        k -= 1
    if j < i and (k == 0 or text[k - 1] == "\n"):
        return Boundary.LINE  # after Markdown's "# ", "> ", "- " or "## **", still the start of a line
    ch = text[i - 1]
    if ch in "）)" and _after_note(text, i - 1):
        return Boundary.SENTENCE  # …。（牵头单位：县审批局）二、 : a note closing a sentence
    if ch in CLOSERS:
        while i > 0 and text[i - 1] in CLOSERS:
            i -= 1
        return Boundary.SENTENCE if i > 0 and text[i - 1] in SENTENCE_ENDS else None
    if ch in SENTENCE_ENDS or (ch == "." and i > 1 and not text[i - 2].isascii()):
        return Boundary.SENTENCE  # an ASCII '.' after Chinese text is typed for 。
    if ch in CLAUSE_ENDS:
        return Boundary.CLAUSE
    return None


def _after_note(text: str, close: int) -> bool:
    """Whether the bracket closing at `close` opened a note right after a sentence end."""
    open_at = max(text.rfind("（", max(0, close - MAX_NOTE), close), text.rfind("(", max(0, close - MAX_NOTE), close))
    return open_at > 0 and text[open_at - 1] in SENTENCE_ENDS


def _glued(text: str, start: int, shape: MarkerShape) -> bool:
    """Whether a first item run into the word before it may open a list (今后一是…)."""
    if shape.form not in GLUE_FORMS or shape.ordinal != 1:
        return False
    before = text[start - 1] if start else ""
    if not ("\u4e00" <= before <= "\u9fff"):
        return False
    return shape.form != "cn_verb" or before not in WORDS_ENDING_IN_ONE


def _matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The grammar's candidates in order: the one-pass scan, and the colon forms (场景一：) found
    back from each colon; a colon form wins over a candidate inside it."""
    matches = list(candidate_pattern().finditer(text, start, end))
    colon_forms = []
    pattern = colon_pattern()
    for colon in COLONS.finditer(text, start, end):
        if text[colon.start() - 1:colon.start()] not in NUMERAL_ENDS:
            continue  # a colon form ends with its number: 场景一： 例题 1：
        match = pattern.search(text, max(start, colon.start() - COLON_REACH), colon.end())
        if match:
            colon_forms.append(match)
    if not colon_forms:
        return matches
    spans = [(m.start(), m.end()) for m in colon_forms]
    kept = [m for m in matches if not any(s <= m.start() < e for s, e in spans)]
    return sorted(kept + colon_forms, key=lambda m: m.start())


def scan_markers(text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Every marker candidate in text[start:end] that stands at a boundary, in order."""
    found: list[Marker] = []
    end = len(text) if end is None else end
    for match in _matches(text, start, end):
        raw = match.group()
        boundary = boundary_before(text, match.start())
        shape = marker_shape(raw)
        if boundary is None:
            if shape is not None and _glued(text, match.start(), shape):
                boundary = Boundary.GLUED
            elif shape is None or (raw[0] not in OPENERS and shape.form not in RUN_INTO_FORMS):
                continue
            else:
                boundary = Boundary.NONE
        if shape is None or (shape.role is Role.DIVIDER and boundary is not Boundary.LINE):
            continue
        doubtful = is_doubtful(shape.form, raw, text, match.end())
        kept = raw.rstrip(" \t\u3000")  # 一 重工业 / 第一件　把…: the space separates, the heading follows it
        found.append(Marker(match.start(), match.start() + len(kept), kept, shape.form, shape.role,
                            shape.ordinal, shape.word, boundary, doubtful))
    return found
