"""Scan text for numbering markers: the candidates the grammar finds, where a marker may stand.

What a marker looks like is the grammar's (`orgdoc/grammar.py`); this module decides only where one
may start: at a line start, after a sentence or a clause, or (bracketed) anywhere.
"""

from __future__ import annotations

import bisect
import re
import string
from functools import lru_cache
from itertools import accumulate
from typing import Final

from .grammar import (
    ALWAYS_DOUBTFUL,
    COLON_REACH,
    LINE_FORMS,
    MarkerShape,
    candidate_pattern,
    colon_pattern,
    lookalike_pattern,
    marker_shape,
)
from .models import Boundary, Marker, Role
from .positions import SPACES, opens_line

# Enum members bound once: `Role.BLOCK` is a look-up through the enum's metaclass each time it is
# read (70 ns on Python 3.11), and these are read for every marker in every pass.
DIVIDER: Final = Role.DIVIDER
LINE, SENTENCE, CLAUSE = Boundary.LINE, Boundary.SENTENCE, Boundary.CLAUSE
NO_BOUNDARY, GLUED = Boundary.NONE, Boundary.GLUED

# What may stand before a marker. A closing quote or bracket after 。 still ends the sentence.
SENTENCE_ENDS: Final = frozenset("。！？；：!?;:")
CLAUSE_ENDS: Final = frozenset("，、,.")
# A bracketed marker stands out even run into the text before it (…高质量发展（一）以党的…), which
# is how headings look once a document has lost its line breaks; the tree uses it only then.
OPENERS: Final = frozenset("（(〔")
# Unbracketed forms that also stand out run into a heading (…重点任务1.加快… …房源筹集第五条…).
RUN_INTO_FORMS: Final = frozenset({"ar_dot", "part", "article"})
CLOSERS: Final = frozenset("”’」』）)】*")  # * closes Markdown emphasis: **（一）加强领导。**一是…
MAX_NOTE: Final = 60  # characters of a bracketed note after a sentence: （牵头单位：县行政审批服务局）
# Markdown heading, quote and list signs keep a line start; so does the bullet • (U+2022) a page sets before
# its numbered items (•&nbsp;&nbsp;第一类，…): not a dash bullet of GUIDE's, it only opens the line.
LINE_PREFIXES: Final = frozenset("#>*+-•")
MAX_LINE_PREFIX: Final = 6
# A heading line set in black lenticular brackets (【第一章  总则】, a club's or a handbook's rules) opens
# with its marker all the same: the bracket keeps the line start.
HEADING_BRACKET: Final = "【"
NUMERAL_ENDS: Final = frozenset("一二三四五六七八九十0123456789０１２３４５６７８９ \t\u3000）)〕")
# A colon form ends with its number (场景一： 例题 1：), or the bracket around it (环节（一）：): the colons after
# a numeral or a closing bracket, one pattern per colon,
# each opening with its colon so that the engine skips to it in C (4× faster than a class of both).
_NUMBERED_COLONS = tuple(re.compile(f"{colon}(?<=[{re.escape(''.join(sorted(NUMERAL_ENDS)))}]{colon})")
                         for colon in "：:")
# A list's first item may be run into the word before it (今后一是…，二是…; 我的第一想法是：…); the list
# check keeps it only when its second item follows at a proper boundary.
GLUE_FORMS: Final = frozenset({"cn_verb", "labelled", "counted", "circled"})  # 建立①…、②…
# …but not where 一 ends a word of its own: 统一是 唯一是 单一要 同一 万一 之一 第一 逐一 每一 …
WORDS_ENDING_IN_ONE: Final = frozenset("统唯单同万专划均归合不逐之第其任某每初十周期星纯守整一")


# A photo's credit closes its caption as a sentence does: pages whose paragraphs were run together
# (a CSV field of a news page) glue the next point to it (…发表重要讲话。 新华社记者 鞠鹏/摄第一，…).
# 摄 after a slash or a space is the credit's last word, never a word of the prose (拍摄 摄影).
PHOTO_CREDIT: Final = "摄"
PHOTO_CREDIT_BEFORE: Final = frozenset("/／ \u3000")

# A colon with a digit on both sides is a ratio (三次产业结构为7.6:44.8:47.6) or a clock time, not the end of
# a sentence: the number after it opens no point.
RATIO_COLONS: Final = frozenset(":：")
DIGITS: Final = frozenset("0123456789０１２３４５６７８９")

# Every character that can make a boundary, or lead back to one, when it stands just before a marker.
_BOUNDARY_SIGNS = SPACES | LINE_PREFIXES | CLOSERS | SENTENCE_ENDS | CLAUSE_ENDS | frozenset("\n）)." + HEADING_BRACKET)


def boundary_before(text: str, start: int) -> Boundary | None:
    """What stands before position `start`, or None when a marker cannot start there."""
    if start == 0 or text[start - 1] == "\n":
        return LINE
    if text[start - 1] not in _BOUNDARY_SIGNS:  # a word character right before: the common case
        return SENTENCE if text[start - 1] == PHOTO_CREDIT and _after_credit(text, start - 1) else None
    i = start
    while i > 0 and text[i - 1] in SPACES:
        i -= 1
    if i == 0 or text[i - 1] == "\n":
        return LINE
    if text[i - 1] in LINE_PREFIXES and _after_line_prefix(text, i):
        return LINE  # after Markdown's signs, still the start of a line
    if text[i - 1] == HEADING_BRACKET and opens_line(text, i - 1):
        return LINE  # 【第一章  总则】: a bracketed heading line
    ch = text[i - 1]
    if ch in "）)" and _after_note(text, i - 1):
        return SENTENCE  # …。（牵头单位：县审批局）二、 : a note closing a sentence
    if ch in CLOSERS:
        while i > 0 and text[i - 1] in CLOSERS:
            i -= 1
        return SENTENCE if i > 0 and text[i - 1] in SENTENCE_ENDS else None
    if ch in SENTENCE_ENDS or (ch == "." and i > 1 and not text[i - 2].isascii()):
        if ch in RATIO_COLONS and i == start and i > 1 and text[i - 2] in DIGITS and text[start] in DIGITS:
            return None  # 7.6:44.8:47.6 10:30: a ratio or a clock time, no sentence end
        return SENTENCE  # an ASCII '.' after Chinese text is typed for 。
    if ch == PHOTO_CREDIT and _after_credit(text, i - 1):
        return SENTENCE  # …新华社记者 刘彬/摄　　第一，
    if ch in CLAUSE_ENDS:
        return CLAUSE
    return None


def _after_credit(text: str, at: int) -> bool:
    """Whether the 摄 at `at` ends a photo credit (记者 鞠鹏/摄, 鞠鹏 摄)."""
    return at > 0 and text[at - 1] in PHOTO_CREDIT_BEFORE


def _after_line_prefix(text: str, i: int) -> bool:
    """Whether only Markdown's signs and spaces stand between the line start and `i`: "# ", "> ",
    "- ", "**", "## **", indented or not (　　**一、…**)."""
    j = i
    while j > 0 and i - j < 4 * MAX_LINE_PREFIX and (text[j - 1] in LINE_PREFIXES or text[j - 1] in SPACES):
        j -= 1
    k = j
    while k > 0 and text[k - 1] in SPACES:
        k -= 1
    signs = sum(ch not in SPACES for ch in text[j:i])
    return bool(signs) and (k == 0 or text[k - 1] == "\n") and signs <= MAX_LINE_PREFIX


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
    colons = sorted(m.start() for colon in _NUMBERED_COLONS for m in colon.finditer(text, start, end))
    pattern = colon_pattern()
    found = (pattern.search(text, max(start, at - COLON_REACH), at + 1) for at in colons)
    colon_forms = [m for m in found if m]
    if not colon_forms:
        return matches
    colon_forms.sort(key=lambda m: m.start())
    starts = [m.start() for m in colon_forms]
    reach = list(accumulate((m.end() for m in colon_forms), max))  # the furthest end of the forms so far
    kept = [m for m in matches if not _inside(m.start(), starts, reach)]
    return sorted(kept + colon_forms, key=lambda m: m.start())


def _inside(at: int, starts: list[int], reach: list[int]) -> bool:
    """Whether `at` lies inside one of the spans that open at `starts` (sorted), `reach[k]` being
    the furthest end of the first k + 1: a look-up, not a walk over every span."""
    k = bisect.bisect_right(starts, at) - 1
    return k >= 0 and at < reach[k]


@lru_cache(maxsize=4096)
def _reading(raw: str) -> tuple[MarkerShape, str, re.Pattern[str] | None] | None:
    """What the grammar says of one candidate's text, once per distinct text: its shape, the marker
    as kept (一 重工业 / 第一件　把…: the space separates, the heading follows it) and what would make it
    doubtful after it; None when it is no marker."""
    shape = marker_shape(raw)
    if shape is None:
        return None
    return shape, raw.rstrip(" \t\u3000"), lookalike_pattern(shape.form, raw)


def scan_markers(text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Every marker candidate in text[start:end] that stands at a boundary, in order."""
    found: list[Marker] = []
    end = len(text) if end is None else end
    for match in _matches(text, start, end):
        reading = _reading(match.group())
        if reading is None:
            continue
        shape, kept, lookalike = reading
        at = match.start()
        if at and text[at - 1] != "\n":  # most markers open a line: no call for them
            boundary = boundary_before(text, at) or _without_boundary(text, at, kept, shape)
        else:
            boundary = LINE
        if boundary is None or ((shape.role is DIVIDER or shape.form in LINE_FORMS) and boundary is not LINE):
            continue
        if shape.form == "cn_verb" and _said_as_is(text, at + len(kept), kept):
            continue
        if _bracket_after_bracket(text, at + len(kept), kept):
            continue
        doubtful = (lookalike is not None and lookalike.match(text, match.end()) is not None) \
            or shape.form in ALWAYS_DOUBTFUL
        found.append(Marker(at, at + len(kept), kept, shape.form, shape.role, shape.ordinal, shape.word,
                            boundary, doubtful))
    return found


def _said_as_is(text: str, end: int, marker: str) -> bool:
    """一是一、二是二 (call a thing what it is): the idiom, not a list: after 是 the numeral again."""
    numeral = marker[:-1]
    after = end + len(numeral)
    return marker.endswith("是") and after < len(text) and text.startswith(numeral, end) and text[after] in IDIOM_CLOSERS


IDIOM_CLOSERS: Final = "、，,；"

# A number closed by a bracket and then by another closing bracket ends an argument list in code
# (score.append((word, 1)) ⏎ …append((word, 2))): no point opens there, its heading would be the bracket.
CODE_CLOSERS: Final = frozenset(")）]】")


def _bracket_after_bracket(text: str, end: int, marker: str) -> bool:
    return marker[-1:] in ("）", ")") and end < len(text) and text[end] in CODE_CLOSERS


OWNER_MAX: Final = 10  # characters of a label's owner opening a paragraph (党八股的 / 我们这次改革的)


def _after_owner(text: str, at: int) -> bool:
    """Whether only an owner ending in 的 stands between the line start (and its indent) and `at`: a
    label opening its paragraph names whose point it is (党八股的第二条罪状是：…), as each of its
    siblings does."""
    if at < 2 or text[at - 1] != "的":
        return False
    reach = max(0, at - OWNER_MAX - 8)
    newline = text.rfind("\n", reach, at)
    if newline < 0 and reach > 0:
        return False  # the line starts further back: more than an owner before the label
    owner = text[newline + 1:at].lstrip(" \t\u3000")
    return 2 <= len(owner) <= OWNER_MAX and all("\u4e00" <= ch <= "\u9fff" for ch in owner)


def _without_boundary(text: str, at: int, raw: str, shape: MarkerShape) -> Boundary | None:
    """A candidate with no boundary before it: a first item glued to its word (今后一是), a bracketed
    or run-into form (…发展（一）以… …任务1.加快…), or none."""
    if shape.form == "labelled" and _after_owner(text, at):
        return SENTENCE  # 党八股的第一条罪状是：… opening its paragraph: the label's owner, then the label
    if _glued(text, at, shape):
        return GLUED
    if raw[0] in OPENERS:
        return NO_BOUNDARY
    if shape.form in RUN_INTO_FORMS and not _in_name(text, at):
        return NO_BOUNDARY
    return None


# Characters of a path, file name or identifier: a number run into one (/image/Taylor/01.jpg, v2.1,
# page_3.html) is part of the name, never a heading run into the text before it.
NAME_CHARS: Final = frozenset("/\\_-.=#%&?~:@+") | frozenset(string.ascii_letters + string.digits)


def _in_name(text: str, at: int) -> bool:
    return at > 0 and text[at - 1] in NAME_CHARS
