"""Block headings: which candidates head sections, and how they nest.

Levels come from the document, not from a fixed hierarchy: a heading whose style is open on the
current path (一、 while under 一、 > （一）) closes what lies below it and becomes a sibling; a
style not on the path opens a level under the deepest open heading. So documents may start at
（一）, put 1. above （一）, skip levels, or give each section its own sub-style. A heading counts only
when its numbering makes sense after its previous sibling of the same style.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Final

from .cues import QUESTION_TURN, STEP_OUT_LINE
from .grammar import starts_with_marker
from .lists import (
    CN_VERB_FORM,
    LAST_REQUESTS,
    LAST_WORDS,
    NEXT_STEP,
    ONE_LIST_FAMILIES,
    SEQUENCE_FORM,
    InlineList,
    family,
)
from .models import Boundary, Diagnostic, DiagnosticCode, Diagnostics, Marker, Role, Span, new_diagnostic
from .positions import SPACES

# Enum members bound once: `Role.BLOCK` is a look-up through the enum's metaclass each time it is
# read (70 ns on Python 3.11), and these are read for every marker in every pass.
BLOCK, INLINE, BULLET, DIVIDER = Role.BLOCK, Role.INLINE, Role.BULLET, Role.DIVIDER
LINE, SENTENCE, NO_BOUNDARY = Boundary.LINE, Boundary.SENTENCE, Boundary.NONE

MAX_HEADLINE: Final = 60  # a heading that ends its line after a lost break is short
TAIL_BREAKS: Final = frozenset("。！？；：!?;:")  # …and holds no sentence end
ELLIPSES: Final = ("...", "…", "……")  # a web teaser's cut-off line is no heading
# characters before the marker on its line: 附件： is a label, 现将有关情况总结如下： a sentence
MAX_LABEL: Final = 6
MAX_KEY: Final = 3  # …and a key (注： 附件： 备注：) that keys a note's or an attachment's list, no part's
MAX_BLOCK_GAP: Final = 2  # 一、二、五、 is a gap worth a warning; further on, 八、 is not this list's…
# What the title of a document inside a document ends with (（一）春季行动方案, 2. 实施细则).
DOCUMENT_NOUNS: Final = ("方案", "计划", "规划", "办法", "细则", "意见", "要点", "安排", "预案", "规定", "规则", "章程",
                  "指南", "清单", "纲要", "通知", "报告", "总结")
# …unless both are heading lines (三、存在问题⏎…七、下步打算): then kept, with a warning
MAX_CLEAR_ORDINAL: Final = 20
RUN_ON_MAX_LINES: Final = 3  # a body on this few lines has lost its paragraph breaks
RUN_ON_MIN_LENGTH: Final = 80
ARTICLE_FORM: Final = "article"
ARTICLE_SEPARATORS: Final = frozenset("：: \u3000")  # what sets an article's number apart from its text
PART_FORM: Final = "part"
MAX_CHAPTER_TITLE: Final = 20
# Block forms that stand only at the start of a line, never inside a paragraph.
LINE_ONLY_FORMS: Final = frozenset({"part", "half", "article", "lone_numeral", "latin", "roman", "decimal",
                                    "cn_comma", "cn_colon", "ar_comma", "ar_colon", "cn_close", "collection", "stem"})
# 一， and 1， are 一、 and 1、 typed with a comma, 一: and 1: with a colon: siblings of them (二，among 一、三、 is a typo).
COMMA_TWINS: Final = {"cn_comma": "cn_dun", "cn_colon": "cn_dun", "ar_comma": "ar_dot", "ar_colon": "ar_dot"}
NUMERAL_DIVIDERS: Final = ("numeral_space", "lone_numeral")
DUN_STYLE: Final = "cn_dun"  # 一、 一． 一.: the list a divider may go on with
DECIMAL_FORM: Final = "decimal"  # 1 总则 / 1.1 编制目的 / 4.1.2 启动条件: one style per depth
STYLED_PREFIX: Final = frozenset("#> \t\u3000")
EMPHASIS: Final = frozenset("*_")  # **四、…**: the line's marker stands after Markdown's emphasis
MAX_STYLED: Final = 80  # characters: a longer "heading" line is prose in a heading style
STYLED_FORM: Final = "styled_heading"  # a heading line without a marker, known from Word styles or Markdown
# Inside a paragraph, 一、 is a heading only after a full stop or colon: after a comma it is a range.
CN_DUN_INLINE_BOUNDARIES: Final = frozenset({SENTENCE})
# Where block headings stand in text that lost its line breaks: after 。！？；：, or run into the
# previous heading when bracketed (…高质量发展（一）以党的…).
RUN_ON_BOUNDARIES: Final = frozenset({SENTENCE, NO_BOUNDARY})


@dataclass(slots=True)  # one per heading: no dict of its own
class Block:
    marker: Marker
    style: str
    depth: int  # 0 at the top
    ordinal: int | None
    parent: Block | None = None
    children: list[Block] = field(default_factory=list)
    end: int = 0
    lists: list[InlineList] = field(default_factory=list)


# A line holding text: from its first non-space character to the line end (one match a line).
_LINE_WITH_TEXT = re.compile(r"\S[^\n]*")


def is_run_on(text: str, body: Span, markers: list[Marker]) -> bool:
    """A speech pasted on one or two lines: then block headings are found after 。 mid-line."""
    start, end = body
    if end - start < RUN_ON_MIN_LENGTH:
        return False
    if any(m.role is BLOCK and m.boundary is LINE for m in markers):
        # Lines with text, counted only as far as the answer needs: a document has thousands.
        lines = sum(1 for _ in islice(_LINE_WITH_TEXT.finditer(text, start, end), RUN_ON_MAX_LINES + 1))
        return lines <= RUN_ON_MAX_LINES and lines < len(markers)
    return True


def lost_breaks(text: str, markers: list[Marker]) -> list[Marker]:
    """A block marker after 。 or ： whose heading runs unpunctuated to the end of the line stands
    where a line break was lost (…总结如下：一、2023年工作开展情况⏎): it heads as at a line start. So
    does an article set apart by spaces after a sentence (…制定本办法。　第二条…) or after its
    chapter's heading on the same line (第一章 总则 第一条…)."""
    out = []
    prev: Marker | None = None
    for k, m in enumerate(markers):
        if m.role is BLOCK and m.boundary is SENTENCE and m.form not in LINE_ONLY_FORMS:
            eol = text.find("\n", m.end)
            tail = text[m.end:len(text) if eol < 0 else eol]
            # a label's list (附件：1.…) is no lost break, unless its second item opens the next line and
            # the label names a part (工作目标：1.…⏎2.…), not a note's or an attachment's key (注：1.…⏎2.…)
            run_in = _first_item_run_in(text, markers, k, eol)
            if (is_headline(tail) or run_in) and _label_length(text, m.start) > (MAX_KEY if run_in else MAX_LABEL):
                m = _at_line(m)
        elif m.form == ARTICLE_FORM and m.boundary is not LINE and (
                text[m.start - 1] in SPACES and (m.boundary is SENTENCE or _after_chapter(text, prev, m))
                or m.boundary is SENTENCE and _next_article(text, prev, m)):
            m = _at_line(m)
        out.append(m)
        prev = m
    return out


def _first_item_run_in(text: str, markers: list[Marker], k: int, eol: int) -> bool:
    """（一） after a colon, its （二） opening the next line: the list's first item run into the line of the
    sentence that introduces it (…依法追究刑事责任：（一）销售伪劣产品；⏎（二）…), a line break lost there."""
    m = markers[k]
    if m.ordinal != 1 or eol < 0 or _char_before(text, m.start) not in ("：", ":"):
        return False
    n = next((n for n in markers[k + 1:k + 1 + INLINE_LOOK] if n.form == m.form), None)
    return n is not None and n.ordinal == 2 and n.boundary is LINE and not text[eol:n.start].strip()


def _char_before(text: str, at: int) -> str:
    """The last character before `at` that is not white space ("" at the start): read back from `at`,
    never a copy of the text before it (a copy a marker made a long document quadratic)."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text[at - 1] if at else ""


def _after_chapter(text: str, chapter: Marker | None, m: Marker) -> bool:
    """第一章 总则 第一条: the marker before `m` is a part's, on the same line, its heading short and unpunctuated."""
    if chapter is None or chapter.form != PART_FORM or chapter.boundary is not LINE:
        return False
    between = text[chapter.end:m.start]
    return len(between) <= MAX_CHAPTER_TITLE and "\n" not in between and not any(ch in TAIL_BREAKS for ch in between)


def _next_article(text: str, article: Marker | None, m: Marker) -> bool:
    """…单注投注。第十六条：组选投注… — `m`, set off by a colon or space, is the article right after the one
    that opens its line: the break between two articles was lost (a cross-reference, 第十六条规定的…, runs on)."""
    return article is not None and article.form == ARTICLE_FORM and article.boundary is LINE \
        and article.ordinal is not None and m.ordinal == article.ordinal + 1 \
        and text.find("\n", article.end, m.start) < 0 and text[m.end:m.end + 1] in ARTICLE_SEPARATORS


def _at_line(m: Marker) -> Marker:
    """`m` as a marker that opens its line (dataclasses.replace, without its 2 µs of checks)."""
    return Marker(m.start, m.end, m.text, m.form, m.role, m.ordinal, m.word, LINE, m.doubtful)


def _label_length(text: str, start: int) -> int:
    """The length of what opens the line before `start`: up to MAX_LABEL, a label (附件：1.…) that
    introduces a list, not a lost paragraph."""
    line_start = text.rfind("\n", 0, start) + 1
    return len(text[line_start:start].strip())


class _Runs:
    """The open lists of one family, innermost last, and how many of them end at each ordinal: an
    item whose predecessor ends none of them (every 一是 of 一是…三是 一是…三是 …) is known so
    without a walk down the stack, which made a long line of such lists quadratic."""

    def __init__(self) -> None:
        self.stack: list[list[int]] = []  # marker indexes of each open list's items
        self.last: list[int] = []  # the ordinal each open list ends at
        self.ending: dict[int, int] = {}  # ordinal → how many open lists end at it

    def go_on(self, k: int, ordinal: int) -> bool:
        """Add item k to the innermost list it continues, closing those inside it."""
        if not self.ending.get(ordinal - 1):
            return False
        depth = len(self.stack) - 1
        while self.last[depth] != ordinal - 1:  # each list passed here is closed: amortized O(1)
            depth -= 1
        for closed in self.last[depth + 1:]:
            self.ending[closed] -= 1
        del self.stack[depth + 1:], self.last[depth + 1:]
        self.ending[ordinal - 1] -= 1
        self.ending[ordinal] = self.ending.get(ordinal, 0) + 1
        self.stack[depth].append(k)
        self.last[depth] = ordinal
        return True

    def open(self, k: int) -> list[int]:
        """A new innermost list, its first item k (ordinal 1); the list its items go on."""
        self.stack.append([k])
        self.last.append(1)
        self.ending[1] = self.ending.get(1, 0) + 1
        return self.stack[-1]


def join_paragraph_runs(markers: list[Marker]) -> list[Marker]:
    """Items of one inline list are siblings even when some open paragraphs and some do not
    (…挑战。一是…⏎二是…⏎四是…。五是…): when a list of one family, numbered on, has an item that opens a
    paragraph, all its items are taken as paragraph-opening items, so they form one run of headings.

    Open lists per family form a stack: an item goes on with the innermost list it continues (closing
    those inside it), a 1 opens a new one, so a list inside an item (一是…其中一是…二是…) stays apart.
    """
    stacks: dict[str, _Runs] = {}
    runs: list[list[int]] = []
    for k, m in enumerate(markers):
        if m.role is BLOCK and m.boundary is LINE:
            stacks.clear()  # a heading's text is a scope of its own
            continue
        if m.role is not INLINE or m.form == SEQUENCE_FORM or m.ordinal is None \
                or m.boundary is NO_BOUNDARY:
            continue
        fam = family(m)
        lists = stacks.get(fam) or stacks.setdefault(fam, _Runs())  # a new one only when needed
        if not lists.go_on(k, m.ordinal) and m.ordinal == 1:
            runs.append(lists.open(k))
    out = list(markers)
    for run in runs:
        if len(run) >= 2 and any(markers[k].boundary is LINE for k in run):
            for k in run:
                out[k] = _at_line(markers[k])
    return out


def split_roles(markers: list[Marker], run_on: bool) -> tuple[list[Marker], list[Marker]]:
    """Which candidates are block headings and which take part in inline lists."""
    blocks, inline = [], []
    for k, m in enumerate(markers):
        if m.doubtful and m.boundary is not LINE and not _inline_list_fits(markers, k):
            continue  # 三、四季度 in running text: a range, whatever follows
        headline = m.boundary is LINE or (run_on and m.boundary in RUN_ON_BOUNDARIES)
        if m.boundary is NO_BOUNDARY and not (run_on and m.role is BLOCK):
            if _bracketed_next(markers, k):
                inline.append(m)  # （一）筹备申请书（二）章程草案: items typed on with no stop between
            continue
        if m.role in (BLOCK, DIVIDER) and headline:
            blocks.append(m)
        elif m.role is BLOCK and m.boundary is SENTENCE and m.form not in LINE_ONLY_FORMS:
            blocks.append(m)  # after 。 mid-line: a heading only if it goes on with its list (see _fits)
        elif m.role is INLINE and m.boundary is LINE:
            blocks.append(m)  # 第一，… 一要… opening paragraphs: they carry the paragraphs below
        elif m.role is BLOCK and m.form not in LINE_ONLY_FORMS:
            if m.form != "cn_dun" or m.boundary in CN_DUN_INLINE_BOUNDARIES:
                inline.append(m)
        elif m.role is BULLET and headline or m.role is INLINE:
            inline.append(m)
    return _decimal_tops(blocks), inline


def _bracketed_next(markers: list[Marker], k: int) -> bool:
    """A bracketed number run into the text before it (…申请书（二）章程草案) that is the next of the nearest
    bracketed number of its form before it (among INLINE_LOOK candidates, at most INLINE_REACH characters
    back): a list typed on without stops, not a cross-reference."""
    m = markers[k]
    if m.role is not BLOCK or m.ordinal is None or m.ordinal < 2 or m.text[:1] not in "（(〔":
        return False
    for j in range(k - 1, max(-1, k - INLINE_LOOK - 1), -1):
        n = markers[j]
        if m.start - n.end > INLINE_REACH:
            return False
        if n.form == m.form:
            return n.ordinal == m.ordinal - 1
    return False


def _inline_list_fits(markers: list[Marker], k: int) -> bool:
    """A doubtful block form inside a paragraph (（一）项目申报书 after 提交以下材料：) is an item where its
    run of siblings of the same form, each numbered one on from the last and at most INLINE_REACH
    characters apart (among INLINE_LOOK candidates on either side), holds a sure one (（二）营业执照…);
    a cross-reference (第（一）项、第（二）项, （一）至（三）) has none."""
    m = markers[k]
    if m.role is not BLOCK or m.ordinal is None or m.form in LINE_ONLY_FORMS:
        return False
    for step in (1, -1):
        last, j, looked = m, k + step, 0
        while 0 <= j < len(markers) and looked < INLINE_LOOK:
            n = markers[j]
            if (n.start - last.end if step > 0 else last.start - n.end) > INLINE_REACH:
                break
            if n.form == m.form:
                if n.ordinal is None or last.ordinal is None or n.ordinal != last.ordinal + step \
                        or n.boundary is NO_BOUNDARY or n.boundary is LINE:
                    break
                if not n.doubtful:
                    return True
                last, looked = n, 0
            else:
                looked += 1
            j += step
    return False


INLINE_REACH: Final = 200  # characters between two items of one paragraph's list
INLINE_LOOK: Final = 8  # candidates looked at on either side


def _decimal_tops(blocks: list[Marker]) -> list[Marker]:
    """A number and a space opening a line (1 总则) heads a part only in a document numbered 1.1 1.2
    below such parts; elsewhere it is a line number, a table row or a count."""
    tops = [m for m in blocks if m.form == DECIMAL_FORM and not m.word]
    if not tops or sum(1 for m in blocks if m.form == DECIMAL_FORM and m.word) >= MIN_DECIMALS:
        return blocks
    return [m for m in blocks if m.form != DECIMAL_FORM or m.word]


MIN_DECIMALS: Final = 2


def with_styled(text: str, blocks: list[Marker], styled: tuple[tuple[int, int, int], ...],
                 body: Span) -> list[Marker]:
    """Styled heading lines with no marker of their own join the block headings, marker-less, where
    they make a group: at least MIN_STYLED lines of one level in the body (GUIDE rule 6). A lone one
    (a web page's <h2> subtitle under its <h1>, the next article's headline, a sidebar's box title)
    heads nothing: it stays text."""
    if not styled:
        return blocks
    marked = {m.start for m in blocks}
    found: dict[int, list[int]] = {}
    for start, end, level in styled:
        line = _first_text(text, start, end, marked)
        if line is not None and body[0] <= line < body[1]:
            found.setdefault(level, []).append(line)
    extra = [Marker(line, line, "", STYLED_FORM, BLOCK, None, str(level), LINE)
             for level, lines in found.items() if len(lines) >= MIN_STYLED for line in lines]
    return sorted(blocks + extra, key=lambda m: m.start) if extra else blocks


MIN_STYLED: Final = 2
LIST_HEAD_LEVEL: Final = "list"  # the level word of a line heading a list (with_list_heads)
MAX_LIST_HEAD: Final = 16  # characters: 工作职责 注意事项 后勤保障部 — a label, not a sentence
LIST_HEAD_BREAKS: Final = TAIL_BREAKS | frozenset("，,、…")
LIST_HEAD_PREFIX: Final = " \t\u3000#*"  # spaces, Markdown's # and bold around a label's words
# A label that names the count of the points under it (三点认识 六点建议 两条经验 四个方面): it heads its list as
# a label does, and two of them make a group even over lists of different forms (as envelope.head.COUNT_HEAD).
COUNT_HEAD: Final = re.compile(r"[一二两三四五六七八九十]{1,3}(?:点|条|个方面|项|个)[\u4e00-\u9fff]{1,6}")
COUNT_HEADS: Final = "count"  # the style word of such a group's heads
HAN: Final = re.compile(r"[\u4e00-\u9fff]")  # a label has words (a setext rule ----- has none)
# 附件1⏎1.… 附件2⏎1.…: an attachment's label is no node (GUIDE), nor does it head the attachment's list
ATTACHMENT_LABEL: Final = re.compile(r"(?:附件|附录|附表)\s*[0-9０-９一二三四五六七八九十]*")


def with_list_heads(text: str, blocks: list[Marker], body: Span, furniture: Sequence[Span] = ()) -> list[Marker]:
    """Short lines standing alone, each over a list that restarts at 1 (工作职责⏎1、…⏎工作要求⏎1、…), head
    those lists: unnumbered sections (GUIDE rule 6), where two lists or more of one style have such a
    line right above their first item. One such line is a caption or a subtitle: it stays text, and so
    does a line of furniture (`# 版权所有…`: no heading, whatever stands under it)."""
    starts = [m.start for m in blocks]  # in text order
    spans = sorted(furniture)
    heads: dict[str, list[int]] = {}
    counts: list[int] = []  # lines naming a count (三点认识 六点建议): list heads whatever forms their lists take
    for m in blocks:
        if m.ordinal != 1 or m.boundary is not LINE or m.role is not BLOCK or m.form == STYLED_FORM:
            continue
        line_end = text.rfind("\n", 0, m.start)
        line = text.rfind("\n", 0, line_end) + 1 if line_end > 0 else -1
        while 0 < line and line_end > 0 and not text[line:line_end].strip():  # blank lines between
            line_end = line - 1
            line = text.rfind("\n", 0, line_end) + 1
        raw = text[line:line_end] if line >= 0 else ""
        at = line + len(raw) - len(raw.lstrip(LIST_HEAD_PREFIX))  # where its words start, after # and **
        head = raw.strip(LIST_HEAD_PREFIX) if at >= body[0] else ""  # the body may start at the words, after an indent
        held = bisect.bisect_left(starts, line) < bisect.bisect_left(starts, line_end)  # a marker on it: 【第二章…】
        if 1 < len(head) <= MAX_LIST_HEAD and not held and HAN.search(head) and not ATTACHMENT_LABEL.fullmatch(head) \
                and not LIST_HEAD_BREAKS.intersection(head) and not starts_with_marker(head) and not _in_spans(spans, at):
            heads.setdefault(style_of(m), []).append(at)
            if COUNT_HEAD.fullmatch(head):
                counts.append(at)
    extra = [Marker(at, at, "", STYLED_FORM, BLOCK, None, f"{LIST_HEAD_LEVEL}:{style}", LINE)
             for style, lines in heads.items() if len(lines) >= MIN_STYLED for at in lines]
    taken = {m.start for m in extra}
    counted = [at for at in counts if at not in taken]
    if len(counted) >= MIN_STYLED:  # 三点认识⏎一、…⏎六点建议⏎1．…: one group of heads over lists of two forms
        extra += [Marker(at, at, "", STYLED_FORM, BLOCK, None, f"{LIST_HEAD_LEVEL}:{COUNT_HEADS}", LINE) for at in counted]
    return sorted(blocks + extra, key=lambda m: m.start) if extra else blocks


def _in_spans(spans: list[Span], at: int) -> bool:
    """Whether `at` lies in one of the sorted, disjoint `spans`."""
    k = bisect.bisect_left(spans, (at + 1, -1)) - 1  # the last span starting at or before `at`
    return k >= 0 and at < spans[k][1]


def _opens_list(m: Marker) -> bool:
    """A block heading that starts its list (一、 1. （一）): a styled line right above it heads that list."""
    return m.ordinal == 1 and m.role is BLOCK and m.form != STYLED_FORM


def _outside_list(path: list[Block], depth: int, headed: str) -> int:
    """A line heading a list of style `headed` stands outside any open list of that style: after a list
    it does not head (1、…2、…⏎工作要求⏎1、…), beside that list, never under its last item."""
    return next((k for k in range(depth) if path[k].style == headed), depth)


def _first_text(text: str, start: int, end: int, marked: set[int]) -> int | None:
    """Where a styled line's heading starts (after Markdown's # signs), or None if it has a marker."""
    while start < end and text[start] in STYLED_PREFIX:
        start += 1
    first = start
    while first < end and text[first] in EMPHASIS:
        first += 1
    if start >= end or first in marked or end - start > MAX_STYLED or "。" in text[start:end - 1]:
        return None  # a styled paragraph of prose is no heading, whatever its style says
    return start


def style_of(m: Marker) -> str:
    """Markers of one style are siblings: 一、 and 一． share one, 第一部分 and 第一章 do not."""
    if m.form == STYLED_FORM:
        return f"{STYLED_FORM}:{m.word}"
    if m.form == DECIMAL_FORM:  # 1 1.1 1.1.1 are three levels; the word holds the numbers before the last
        return f"{DECIMAL_FORM}:{len(m.word) - len(m.word.replace('.', '').replace('．', ''))}"
    if m.form == "part":
        return f"part:{m.word}"  # 部分, 章 and 节 are three levels
    if m.form in NUMERAL_DIVIDERS and m.text[:1].isdigit():
        return NUMERAL_DIVIDERS[0]  # 01 alone, 01 综合, 01综合 and 10综合 number one list
    return COMMA_TWINS.get(m.form, m.form)


def place_blocks(text: str, markers: list[Marker], warnings: Diagnostics,
                 run_on: bool = False, appended: tuple[int, ...] = ()) -> tuple[list[Block], list[Marker]]:
    """Accept the block headings whose numbering makes sense, and nest them along the open path.

    `appended`: where appended documents start (附件1); the first heading after one opens at the top level.
    Returns the tree and the markers it declined, which may still make inline lists: inline forms
    that open a line but make no list of lines, and block forms after 。 that go on no list.
    """
    declined: list[Marker] = []
    last_seen: dict[str, int] = {}
    nesting: set[tuple[str, str]] = set()  # (parent style, child style) pairs the document has shown
    roots: list[Block] = []
    path: list[Block] = []
    styles = _changed_families(text, [style_of(m) for m in markers], markers)
    if any(m.role is DIVIDER for m in markers):
        styles = _dividers_going_on(markers, styles)
    styles = _indented_levels(text, markers, styles)
    following = _next_ordinals(markers, styles)
    sure = _next_ordinals(markers, styles, sure_only=True)
    addresses = [a.start() + 1 for a in STEP_OUT_LINE.finditer(text)] if len(markers) > 1 else []
    closed: tuple[Block, str, int | None] | None = None  # the sub-heading list an address closed
    own_roots = 0  # the top-level headings before this belong to the text an appended document follows
    runs_on: dict[int, bool] = {}  # paragraph-opening items (by start): whether their list goes on after them
    for k, (m, style, nxt, nxt_sure) in enumerate(zip(markers, styles, following, sure)):
        if path and _between(appended, path[-1].marker.end, m.start):
            path.clear()  # 附件2 over its title: its own outline, under no heading of the main text
            closed, own_roots = None, len(roots)
        depth = _depth_for(path, style, m.ordinal)
        if m.form == STYLED_FORM and m.word.startswith(LIST_HEAD_LEVEL):
            depth = _outside_list(path, depth, m.word[len(LIST_HEAD_LEVEL) + 1:])
        elif m.form == STYLED_FORM and k + 1 < len(markers) and _opens_list(markers[k + 1]):
            depth = _outside_list(path, depth, styles[k + 1])  # <h2>…⏎一、… after 三、…9、: beside 三、
        while m.form == PART_FORM and depth and path[depth - 1].marker.form == ARTICLE_FORM:
            depth -= 1  # 第二十条…⏎第一节…: a chapter's 节 after its first articles stands beside them, never in one
        if m.ordinal == 1 and depth < len(path):
            under = _under_sub_heading(text, path, depth, m)
            if under or _restart_inside(markers, styles, k, path[depth].ordinal) \
                    or _introduced_inside(text, path, depth, m):
                depth = len(path) if under else depth + 1  # 二、…⏎一、…五、⏎三、: the restarted list is 二、's own
        if depth == len(path) and m.ordinal == 1 and style == TOP_SECTION_STYLE and not _introduced(text, m):
            depth = _beside_lower_lists(text, path, depth)
        while m.form == STYLED_FORM and depth == len(path) and path and path[-1].marker.form in LABEL_FORMS:
            depth -= 1  # a heading line (<h2>内容介绍) after 环节（四）：…: no part of a labelled point's run-in text
        if m.form == PART_FORM and depth and m.word == CHAPTER_WORD:
            depth = _chapter_depth(path, depth)
        elif m.form == ARTICLE_FORM and path and depth == len(path) and (m.ordinal or 0) > 1 and m.boundary is LINE:
            depth = _article_depth(path, depth)
        if len(path) > 1 and _between(addresses, path[-1].marker.end, m.start):
            depth = min(depth, 1)  # an address closed the sub-headings: back under the top heading
            closed = (path[0], path[1].style, path[1].ordinal)
        elif depth > 1 and closed is not None and closed[0] is path[0] and style == closed[1] \
                and m.ordinal is not None and m.ordinal == (closed[2] or 0) + 1:
            depth = 1  # （三） after an address's 一是…: the closed list goes on beside them
        if depth < len(path) and m.ordinal == 1 and _heads_sub_document(text, path[-1], m, style):
            depth = len(path)  # （一）春季方案⏎一、目标…: a plan inside the plan restarts 一、 under its title
        while depth == len(path) and path and path[-1].marker.role is INLINE \
                and _paragraph_closed(text, path[-1], m, path[-2].children if len(path) > 1 else roots,
                                      runs_on.get(path[-1].marker.start)):
            depth -= 1  # 三是… then 下一步…： then （一）: the （一） are no children of 三是
        siblings = path[depth - 1].children if depth else roots
        prev = siblings[-1] if siblings and siblings[-1].style == style and (depth or len(roots) > own_roots) \
            else None  # an appended document's 一、 starts a list of its own
        ordinal = m.ordinal if m.ordinal is not None or prev is None else (prev.ordinal or 0) + 1
        if m.form == SEQUENCE_FORM and prev is not None:
            ordinal = (prev.ordinal or 0) + 1  # 首先 接下来 其次: each word takes the set's next number
        mid_line = m.boundary is not LINE and not run_on
        run_into = m.boundary is NO_BOUNDARY and m.text[:1] not in "（(〔"
        if run_into and not _goes_on(m, prev, nxt):
            declined.append(m)  # 1. or 第五条 run into text: a heading only as the next of a list
            continue
        if mid_line and not (prev is not None and m.ordinal == (prev.ordinal or 0) + 1) \
                and not (m.ordinal == 1 and nxt == 2 and _after_full_stop(text, m.start)
                         and _second_opens_line(markers, styles, k)):
            declined.append(m)  # a paragraph's line break lost after 。: only the next heading of a list,
            continue  # or the first of a list whose second opens the next line (…如下。 (1)…⏎(2)…)
        if mid_line and _goes_on_in_line(text, markers, styles, k, declined):
            declined.append(m)  # …除外：(一)…；(二)…；(三)…: the paragraph's own list, not the heading （三）
            continue
        if not (k == 0 and _excerpt_opening(text, markers, nxt)) \
                and not _fits(text, m, prev, last_seen.get(style), nxt, warnings, nxt_sure):
            if m.role is INLINE:
                declined.append(m)
            else:
                warnings.append(_diag(DiagnosticCode.UNPLACED_TEXT, m,
                                      f"“{m.text}” starts a line but fits no numbered list; kept as body text"))
            continue
        if _mistyped(text, m, prev, nxt):
            ordinal = (prev.ordinal or 0) + 1 if prev is not None else ordinal
        elif _stepped_back(m, prev, nxt):
            ordinal = prev.ordinal if prev is not None else ordinal  # the next one (第十七条) goes on from it
        del path[depth:]  # accepted: the headings it closes are closed
        parent = path[-1].style if path else ""
        if prev is None and m.role is BLOCK and _skips(nesting, parent, style):
            warnings.append(_diag(DiagnosticCode.LEVEL_SKIPPED, m, f"“{m.text}” skips a level of headings"))
        nesting.add((parent, style))
        last_seen[style] = ordinal or 0
        block = Block(m, style, depth, ordinal, path[-1] if path else None)
        if m.role is INLINE:
            runs_on[m.start] = nxt is not None and nxt != 1  # its list has a later item
        siblings.append(block)
        path.append(block)
    return roots, declined


def _indented_levels(text: str, markers: list[Marker], styles: list[str]) -> list[str]:
    """Markdown's nested ordered lists: a list indented under an item of its own style (1.␣社团名称 ⏎
    ␣␣␣␣1.␣非正式地…) is a level below it, though its numbers look alike; Word's numbering may even go on
    across the parents (⏎␣␣␣␣2.…⏎␣␣␣␣␣␣␣␣7.…). A level opens where a 1. stands right under an item of its
    style with a deeper indent of ASCII blanks; later items at that indent are of that level. A text
    whose paragraphs are all indented alike, or indented by chance, opens none: its styles stay as they are."""
    if not any(m.start and text[m.start - 1] in ASCII_BLANKS and m.boundary is LINE for m in markers):
        return styles  # most texts: no marker stands after ASCII blanks
    levels: dict[str, list[int]] = {}  # style: the indents its levels stand at, shallowest first
    out = list(styles)
    prev: tuple[str, int] | None = None  # the style and indent of the last marker opening a line
    for k, m in enumerate(markers):
        indent = _line_indent(text, m)
        if indent is None:
            if m.boundary is LINE:
                prev = None  # ## 二、… or **1.**: a line of another make parts the lists around it
            continue
        style = styles[k]
        known = levels.setdefault(style, [indent])
        if indent > known[-1] and m.ordinal == 1 and prev is not None and prev[0] == style and prev[1] < indent:
            known.append(indent)  # 1. right under an item of its list, further in: a list inside that item
        level = max(0, bisect.bisect_right(known, indent) - 1)
        if level:
            out[k] = f"{style}>{level}"
        prev = (style, indent)
    return out


ASCII_BLANKS: Final = " \t"


def _line_indent(text: str, m: Marker) -> int | None:
    """How many ASCII blanks stand before a marker opening its line, None if anything else does (a
    full-width indent, Markdown's # or **) or if it stands inside its line."""
    if m.boundary is not LINE:
        return None
    line = text.rfind("\n", 0, m.start) + 1
    lead = text[line:m.start]
    return len(lead) if not lead.strip(ASCII_BLANKS) else None


def _after_full_stop(text: str, start: int) -> bool:
    """Whether a sentence's full stop (。！？) stands before `start`, spaces between: not a label's colon (注：1.…)."""
    k = start - 1
    while k >= 0 and text[k] in SPACES:
        k -= 1
    return k >= 0 and text[k] in "。！？"


def _second_opens_line(markers: list[Marker], styles: list[str], k: int) -> bool:
    """Whether the next marker of k's style opens a line and no line of another marker comes between: a list's
    first item run into the line of its lead (PDF text: …开展以下活动。 (1)…⏎(2)…), its second set as a line."""
    for j in range(k + 1, len(markers)):
        if styles[j] == styles[k]:
            return markers[j].boundary is LINE
        if markers[j].boundary is LINE:
            return False
    return False


def _goes_on_in_line(text: str, markers: list[Marker], styles: list[str], k: int, declined: list[Marker]) -> bool:
    """Whether mid-line candidate k goes on a list inside its paragraph: its previous number, among
    the few candidates before it on the same line, was declined as a heading (an item of that list),
    so this is the list's next item, though its number also goes on the headings above. (After a
    lost line break the previous number is a heading: the next one goes on with it.)"""
    m = markers[k]
    for j in range(k - 1, max(-1, k - 1 - INLINE_LOOK), -1):
        n = markers[j]
        if text.find("\n", n.end, m.start) >= 0:
            return False
        if styles[j] == styles[k] and n.ordinal is not None and n.ordinal + 1 == m.ordinal:
            return bool(declined) and any(d is n for d in declined[-INLINE_LOOK:])
    return False


def _between(points: Sequence[int], start: int, end: int) -> bool:
    """Whether one of the sorted `points` lies in [start, end)."""
    k = bisect.bisect_left(points, start)
    return k < len(points) and points[k] < end


def _heads_sub_document(text: str, opened: Block, m: Marker, style: str) -> bool:
    """Whether a heading that restarts an open style (一、 while under 二、 > （一）) comes straight
    after the title line of a heading of another style that has nothing under it yet: then it opens
    that heading's own outline (a plan with sub-plans that each restart 一、), not a new top-level list."""
    if m.ordinal != 1 or opened.style == style or opened.children or opened.marker.role is not BLOCK:
        return False
    eol = text.find("\n", opened.marker.end, m.start)
    if eol < 0 or text[eol:m.start].strip():
        return False
    title = text[opened.marker.end:eol].strip()
    return is_headline(title) and title.endswith(DOCUMENT_NOUNS)


def _clear_heading(text: str, m: Marker, prev: Block | None) -> bool:
    """A heading line after a heading line of its style, both at line starts: where the numbers jump
    (三、 then 七、) its style and level are still clear."""
    if prev is None or m.boundary is not LINE or prev.marker.boundary is not LINE:
        return False
    return is_headline(_rest_of_line(text, m.end)) and is_headline(_rest_of_line(text, prev.marker.end))


def _rest_of_line(text: str, start: int) -> str:
    eol = text.find("\n", start)
    return text[start:len(text) if eol < 0 else eol]


def _goes_on(m: Marker, prev: Block | None, following: int | None) -> bool:
    """The next heading of its list, or the first of one whose second follows."""
    if prev is not None:
        return m.ordinal == (prev.ordinal or 0) + 1
    return m.ordinal == 1 and following == 2


def _paragraph_closed(text: str, opened: Block, m: Marker, siblings: list[Block], runs_on: bool | None) -> bool:
    """Whether a paragraph opened by an inline marker (三是…) has ended before heading `m`: its items
    end with their paragraph, so `m` is not its child. It has when other text follows the paragraph
    (三是… 下一步…： （一）), and also when `m` opens the very next line but the paragraph is a point
    complete in itself (三是完善激励措施，对…予以表扬。⏎（一）…) that is the last of its list, none of whose
    items heads sub-headings, and `m` a block heading: the headings are its owner's, beside the list
    (inline points after it, 第三，…⏎一是…⏎二是…, elaborate it: GUIDE). It goes on over them when
    it reads as their heading: a heading line (第六件　推翻…政权⏎), a paragraph closed by a colon
    (三是加强保障：⏎1.…), or a title sentence of one clause alone (第三，强化保障。⏎1.…)."""
    if opened.marker.role is not INLINE:
        return False
    end = text.find("\n", opened.marker.end, m.start)
    if end < 0:
        return False
    own = text[opened.marker.end:end].rstrip()
    if opened.marker.form in LABEL_FORMS and _other_label_before(text, end, m.start):
        return True  # 骗术六：“…”⏎…⏎防范要点：⏎一、: a list another label introduces is no child of the group's
    if is_headline(own):
        return False  # 第六件　推翻…政权⏎ heads the paragraphs below
    if text[end:m.start].strip():
        return True
    if m.role is not BLOCK or runs_on or opened.children or not own or own[-1] in "：:" \
            or any(b.children for b in siblings if b.style == opened.style):
        return False
    return not _title_sentence(own)


# Labelled ordinals (第一条主线是： 场景一： 骗术一：): a group of labels. GUIDE: a list introduced by a label of
# another pattern (a short line of its own closed by a colon, 防范要点：) stays a sibling of the labels.
LABEL_FORMS: Final = frozenset({"labelled", "named", "named_line"})
MAX_OTHER_LABEL: Final = 16


def _other_label_before(text: str, start: int, at: int) -> bool:
    """Whether the last line with text in text[start:at] is a short label of its own closed by a colon."""
    line = text[start:at].rstrip().rsplit("\n", 1)[-1].strip(" \t\u3000*")
    return 1 < len(line) <= MAX_OTHER_LABEL and line[-1] in "：:" and not CLAUSE_MARKS.intersection(line) \
        and not TAIL_BREAKS.intersection(line[:-1])


def _title_sentence(s: str) -> bool:
    """加强组织领导。: one clause closed by an end mark, nothing after it: a heading typed with a full stop."""
    s = s.strip(" \t\u3000*")
    return 0 < len(s) <= MAX_TITLE_SENTENCE and s[-1] in "。.！!" and not TAIL_BREAKS.intersection(s[:-1]) \
        and not CLAUSE_MARKS.intersection(s)


MAX_TITLE_SENTENCE: Final = 20  # a heading typed as a sentence (加强组织领导。) is short
CLAUSE_MARKS: Final = frozenset("，,、")


def is_headline(tail: str) -> bool:
    """A line's rest after its marker that reads as a heading: short, no sentence inside."""
    tail = tail.strip()
    return 0 < len(tail) <= MAX_HEADLINE and not TAIL_BREAKS.intersection(tail) and not tail.endswith(ELLIPSES)


# 一、 heads a document's sections; the Arabic styles number what lies under them. A 一、 list opened after
# a list of these points (1.…5.⏎…优势。⏎一、计算速度快) stands beside it, never under its last item; a
# heading line (1.张明（副校长）) or a paragraph closed by a colon (…现汇报如下：) keeps it under.
TOP_SECTION_STYLE: Final = "cn_dun"
LOWER_STYLES: Final = frozenset({"ar_dot", "ar_paren", "ar_close", "circled"})


def _beside_lower_lists(text: str, path: list[Block], depth: int) -> int:
    """Where a new 一、 list goes: beside the outermost of the open headings below it, when only
    Arabic-numbered (or circled) points are open down to the deepest (no heading line among them)."""
    k = depth
    while k and path[k - 1].style in LOWER_STYLES and path[k - 1].marker.role is BLOCK \
            and not is_headline(_rest_of_line(text, path[k - 1].marker.end)):
        k -= 1
    return k


def _introduced(text: str, m: Marker) -> bool:
    """Whether the text right before heading `m` ends with a colon (…现汇报如下：⏎一、): it hands the list
    to the heading it stands under."""
    k = m.start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k > 0 and text[k - 1] in INTRO_ENDS


def _depth_for(path: list[Block], style: str, ordinal: int | None = None) -> int:
    """Where a heading of `style` goes: beside the open heading of its style, else one level down.
    With two headings of its style open (a list restarted inside a heading of its style), beside the
    one it goes on with: 三、 after 二、 > 一、…五、 is 二、's sibling."""
    deepest = -1
    for k in range(len(path) - 1, -1, -1):
        if path[k].style == style:
            opened = path[k].ordinal
            if ordinal is None or opened is None or opened + 1 == ordinal:
                return k
            if deepest < 0:
                deepest = k
    return len(path) if deepest < 0 else deepest


CHAPTER_WORD: Final = "章"
# What may hold a chapter: a part above it (第一编, 第一部分) or a heading line without a marker (## 某某办法).
_CHAPTER_HOLDERS: Final = (PART_FORM, STYLED_FORM)


def _chapter_depth(path: list[Block], depth: int) -> int:
    """A chapter (第一章) is no item's child: after a list that opens the text or a notice (（二）…⏎5.…⏎第一章,
    附件：1.…2.…⏎第一章) it stands beside that list, under the deepest open part or unmarked heading."""
    for k in range(depth - 1, -1, -1):
        if path[k].marker.form in _CHAPTER_HOLDERS:
            return k + 1
    return 0


def _article_depth(path: list[Block], depth: int) -> int:
    """An article going on with its chapter's numbers (第十一条) is no item's child: after the items of a
    heading it does not know (### 第n条 会员权利⏎1.…6.⏎### 第十一条) it stands beside that heading, under the
    deepest open chapter or section; with no chapter open, where it was."""
    if path[-1].marker.form in (PART_FORM, STYLED_FORM, ARTICLE_FORM):
        return depth
    return next((k + 1 for k in range(len(path) - 1, -1, -1) if path[k].marker.form == PART_FORM), depth)


def _under_sub_heading(text: str, path: list[Block], depth: int, m: Marker) -> bool:
    """Whether block heading `m`, restarting the style open at `path[depth]`, heads a list of the
    deepest open heading, of another style, below it (2.李四 > 二、工作作风方面 > 1.以身作则…: a list of
    reports whose sections number their points as the reports are numbered): it does when it follows
    that heading's line or its paragraphs with no title line between (a second document's 一、 under
    its own title, after the first one's sections), so the restarted list elaborates that heading,
    whether or not its style comes back. Headings with no text between them (a table of contents
    before the body restarts its parts) nest nothing: some paragraph must stand under the open heading."""
    deepest = path[-1]
    if m.role is not BLOCK or m.boundary is not LINE or len(path) <= depth + 1 \
            or deepest.marker.role is not BLOCK or deepest.style == path[depth].style:
        return False
    # The lines before m's own line: what stands before m on it (Markdown's `> ` quoting the item) is no line.
    stop = text.rfind("\n", 0, m.start) + 1
    own_line = text.find("\n", deepest.marker.end, m.start)
    if own_line < 0 or any(is_headline(line) for line in _lines(text, own_line, stop) if line.strip()):
        return False
    return any(line.strip() and not is_headline(line)
               for line in _lines(text, text.find("\n", path[depth].marker.end, m.start), stop))


# A line that introduces the list below it: it ends in a colon and says so in its last clause (…举报联系方式
# 如下：, 须提交以下材料：, 包括下列事项：). A bare label (职责：, 学生所在学院：) heads a part of its own, not a sub-list.
INTRO_ENDS: Final = ("：", ":")
INTRO_CUES: Final = ("如下", "以下", "下列")
MAX_INTRO_CLAUSE: Final = 40  # how far before the colon the cue is looked for


def _introduced_inside(text: str, path: list[Block], depth: int, m: Marker) -> bool:
    """Whether block heading `m`, restarting at 1 the style of the deepest open heading, comes right
    after a line of that heading's own text that introduces it (`6.联系方式：…⏎…举报联系方式如下：⏎1、电话…`,
    INTRO_CUES): the restarted list is that heading's sub-list (GUIDE: a list goes under the point it
    elaborates). After a bare label (`职责：`), a title or a sentence, the restart keeps its place."""
    if m.role is not BLOCK or m.boundary is not LINE or depth != len(path) - 1:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    if text[line_start:m.start].strip():
        return False  # something stands before the marker on its line
    last = line_start - 1  # the last character of the text before m's line that is not white space
    while last >= 0 and text[last].isspace():
        last -= 1
    if last <= path[depth].marker.end or text[last] not in INTRO_ENDS:
        return False
    clause = re.split(r"[，。；！？,;\n]", text[max(last - MAX_INTRO_CLAUSE, 0):last])[-1]
    return any(cue in clause for cue in INTRO_CUES) and not _ended_before(text, path[depth].marker.end, last)


ITEM_ENDS: Final = "。！？.!?"  # a heading line ending so is a whole statement, not a label over details


def _ended_before(text: str, heading_end: int, intro: int) -> bool:
    """Whether the open heading's matter ended before the intro line at `intro`: its line is one whole
    sentence (五、…已经启动。) and a blank line parts it from the intro, a paragraph of its own (展望…计划如下：).
    Such an intro opens the document's next list (GUIDE: a list goes under the point it elaborates),
    unlike a label's details (6.联系方式：⏎联系人：…⏎…举报联系方式如下：⏎1、…)."""
    line_end = text.find("\n", heading_end, intro)
    if line_end < 0 or text[heading_end:line_end].rstrip()[-1:] not in tuple(ITEM_ENDS):
        return False
    between = text[line_end:text.rfind("\n", 0, intro) + 1]
    return not between.strip() and between.count("\n") > 1


def _lines(text: str, newline: int, stop: int) -> Iterator[str]:
    """The lines after the newline at `newline` (-1: none) up to `stop`, one at a time: a caller that
    stops at the first line it wants reads no further (a long section is not cut into lines whole)."""
    while 0 <= newline < stop:
        end = text.find("\n", newline + 1, stop)
        yield text[newline + 1:stop if end < 0 else end]
        newline = end


# How far a restart's look ahead goes (headings of its style, lists restarted inside it): bounds that
# keep it linear over a text of nothing but 一、 lines, far beyond any real section's points.
MAX_RESTART_LOOK: Final = 400
MAX_RESTART_DEPTH: Final = 4


def _restart_inside(markers: list[Marker], styles: list[str], k: int, outer: int | None) -> bool:
    """Whether the restart at `k` (一、 with 二、 of its style open) is a list inside that heading: its
    numbers go on (一、二、…五、) until a heading of its style goes on with the open one instead (三、
    after 五、, 2 + 1): a report's section that numbers its own points as the sections are numbered.
    A restart that nothing brings back to the open list (an attached document's 一、) is not."""
    if outer is None:
        return False
    style, levels = styles[k], [outer, 1]  # the numbers reached by the open list and the lists inside it
    looked = 0
    for j in range(k + 1, len(markers)):
        if styles[j] != style:
            continue
        looked += 1
        ordinal = markers[j].ordinal
        if ordinal is None or looked > MAX_RESTART_LOOK:
            return False
        if ordinal == levels[-1] + 1:
            levels[-1] = ordinal
        elif ordinal == 1:
            if len(levels) > MAX_RESTART_DEPTH:
                return False  # 一、 after 一、 after 一、…: no document nests its own sections so deep
            levels.append(1)  # a list inside a heading of the restarted list (二、 > 一、…四、)
        else:
            back = next((i for i in range(len(levels) - 2, -1, -1) if levels[i] + 1 == ordinal), None)
            if back is None or back == 0:
                return back == 0
            del levels[back + 1:]
            levels[back] = ordinal
    return False


def _skips(nesting: set[tuple[str, str]], parent: str, style: str) -> bool:
    """Whether the document has put another style between these two (一、>（一）>1.) and this
    heading leaves it out (1. straight under 一、); different sub-styles per section are no skip."""
    if (parent, style) in nesting:
        return False
    return any(p == parent and (middle, style) in nesting for p, middle in nesting)




def _changed_families(text: str, styles: list[str], markers: list[Marker]) -> list[str]:
    """Paragraph-opening ordinals in words and in numbers take turns in one list (GUIDE rule 2;
    lists.py does the same inside paragraphs). Each marker's style, where an ordinal that goes on with
    the other family's list and not with its own (第三 after 首先 其次; 其次 after 第一) takes that
    list's style: one pass, the last number of each style remembered (None after 最后, which closes a set).
    A list of its own family that a block heading has closed gives way to the other family's list
    opened after that heading (二、…第一，第二，⏎三、…首先，…第二，…第三，: 第三 goes on with 首先 第二).
    An ordinal opening a paragraph goes on with the `、` headings too when its number is theirs next and
    the section it follows numbers nothing of its own (一、…⏎二、…⏎第三，…: a speaker who changed the mark)."""
    last: dict[str, int | None] = {}
    seen: dict[str, int] = {}  # where each style's list last went on: of two other lists, the later one
    heading = -1  # where the last block heading stands
    for k, m in enumerate(markers):
        style, others = styles[k], ONE_LIST_FAMILIES.get(styles[k], ())  # the forms' styles are their names
        if m.role is BLOCK:
            heading = k
            if style == DUN_STYLE:
                last[style], seen[style] = m.ordinal, k
        elif others and m.role is INLINE and not LAST_REQUESTS.match(text, m.start):
            own = _goes_on_with(m, last.get(style, 0), own=True)
            closed = own and m.ordinal != 1 and seen.get(style, -1) < heading
            if not own or closed:
                fits = [o for o in others if _goes_on_with(m, last.get(o, 0), own=False)
                        and (not closed or seen.get(o, -1) > heading)]
                if not own and _goes_on_headings(text, markers, m, seen.get(DUN_STYLE), heading, last):
                    fits.append(DUN_STYLE)  # the later list wins: 首先 其次 before 一、 二、 leave 第三 to them
                if fits:
                    style = styles[k] = max(fits, key=lambda o: seen.get(o, -1))
        if others:
            last[style], seen[style] = m.ordinal, k
    return styles


# Words that number a section's own points: a section holding any leaves a later ordinal to them.
_OWN_POINTS_RE: Final = re.compile(r"第[一二三四五六七八九十]{1,3}(?:[，,、：:点个是]|$)|首先|其次")


def _goes_on_headings(text: str, markers: list[Marker], m: Marker, dun: int | None, heading: int,
                      last: dict[str, int | None]) -> bool:
    """Whether the paragraph-opening ordinal `m` (第三，) is the next of the `、` headings (一、 二、) that
    the last block heading closed: its number is theirs next, and the text since that heading numbers
    nothing of its own (no 第一 第二 首先 其次 in it, whether they open lines or not)."""
    if dun is None or dun != heading or m.boundary is not LINE or m.form not in ("ordinal", "counted") \
            or m.ordinal is None or last.get(DUN_STYLE) != m.ordinal - 1:
        return False
    return _OWN_POINTS_RE.search(text, markers[dun].end, m.start) is None


def _dividers_going_on(markers: list[Marker], styles: list[str]) -> list[str]:
    """A numeral alone (`## 三⏎…同时废止。`, or `三 附则`) right after `一、` `二、`: the last heading of a
    `、` list whose mark a converter dropped when it set the number as a heading of its own. It goes on
    with that list when no divider list of its own is open (one pass, each style's last number kept)."""
    last: dict[str, int] = {}
    for k, m in enumerate(markers):
        style = styles[k]
        if style in NUMERAL_DIVIDERS and m.ordinal is not None and m.ordinal > 1 \
                and not m.text[:1].isdigit() and last.get(style) != m.ordinal - 1 \
                and last.get(DUN_STYLE) == m.ordinal - 1:
            style = styles[k] = DUN_STYLE
        if m.ordinal is not None:
            last[style] = m.ordinal
    return styles


def _goes_on_with(m: Marker, last: int | None, own: bool) -> bool:
    """Whether `m` may follow a list whose last number is `last` (0: none yet, None: closed by 最后)."""
    if own and m.ordinal == 1:
        return True
    if not last:
        return False
    return m.ordinal == last + 1 if m.ordinal is not None else last >= MIN_SET


MIN_SET: Final = 2  # 最后 closes a set of two at least (首先…最后 alone is no set)


def _next_ordinals(markers: list[Marker], styles: list[str], sure_only: bool = False) -> list[int | None]:
    """For each heading, the number of the next heading of its style (one pass from the end); with
    `sure_only`, of the next one that is not doubtful (一、二线城市 is, 二、下半年工作 is not)."""
    seen: dict[str, int | None] = {}
    out: list[int | None] = [None] * len(markers)
    for k in range(len(markers) - 1, -1, -1):
        out[k] = seen.get(styles[k])
        if not (sure_only and markers[k].doubtful):
            seen[styles[k]] = markers[k].ordinal
    return out


def _excerpt_opening(text: str, markers: list[Marker], following: int | None) -> bool:
    """An excerpt that starts inside a list (二、2026年工作安排 with no 一、, then （一）（二）): the first
    heading of the text, alone of its style, a heading line, with sub-headings of another style
    numbered from 1 right after it, heads them."""
    m = markers[0]
    if m.role is not BLOCK or m.boundary is not LINE or following is not None or m.ordinal in (None, 1) \
            or len(markers) < 2:
        return False
    sub = markers[1]
    eol = text.find("\n", m.end)
    return (sub.role is BLOCK and sub.boundary is LINE and sub.ordinal == 1 and sub.form != m.form
            and is_headline(text[m.end:len(text) if eol < 0 else eol]))


def _fits(text: str, m: Marker, prev: Block | None, last: int | None, following: int | None,
          warnings: Diagnostics, sure: int | None = None) -> bool:
    """Whether heading `m` makes sense after its previous sibling of the same style. `following`: the
    number of the next heading of its style; `sure`: of the next one that is not doubtful."""
    if m.form == STYLED_FORM:
        return True  # the source says it is a heading; it has no number to check
    if m.role is INLINE:
        return _fits_inline(m, prev, following, warnings)
    if m.ordinal is None:  # 下篇: the last part, after the ones before it
        return prev is not None
    n = m.ordinal
    if m.doubtful:  # 一、二线城市 or 一、五育目标: only its list can tell, so it must go on with it
        before = (prev.marker.ordinal or 0) if prev is not None else 0
        if sure is not None and before < sure <= n:
            return False  # 二、三季度是… before the list's own 二、: a range, not the heading
        if prev is not None:  # …and not be numbered again by the next (三、四季度… before 三、强化…)
            return n == (prev.marker.ordinal or 0) + 1 and following != n
        return n == 1 and following == 2
    if prev is None:  # first of its list here: 1, a numbering that goes on from before, or a late start
        return n == 1 or (last is not None and n == last + 1) or following == n + 1
    before = prev.ordinal or 0  # the number it stands for (a slip's is the one its list wants)
    if n == before + 1:
        return True
    if n == 1:
        warnings.append(_diag(DiagnosticCode.NUMBERING_RESTART, m, f"numbering starts again at “{m.text}”"))
        return True
    if _mistyped(text, m, prev, following):  # before a jump: 3、 13、 4、 is a slip, not a jump to 13
        warnings.append(_diag(DiagnosticCode.NUMBERING_GAP, m, f"“{m.text}” stands where “{prev.marker.text}” "
                              f"and the next heading of its list leave one number: read as that number"))
        return True
    if before + 1 < n <= before + 1 + MAX_BLOCK_GAP or (
            before + 1 < n <= MAX_CLEAR_ORDINAL and _clear_heading(text, m, prev)):  # read only for a jump
        warnings.append(_diag(DiagnosticCode.NUMBERING_GAP, m,
                              f"numbering jumps from “{prev.marker.text}” to “{m.text}”"))
        return True
    if n == before:
        warnings.append(_diag(DiagnosticCode.NUMBERING_DUPLICATE, m, f"“{m.text}” is numbered twice"))
        return True
    if _stepped_back(m, prev, following):
        warnings.append(_diag(DiagnosticCode.NUMBERING_DUPLICATE, m, f"“{m.text}” repeats a number between "
                              f"“{prev.marker.text}” and the next heading of its list: read as the next one"))
        return True
    return False


def _stepped_back(m: Marker, prev: Block | None, following: int | None) -> bool:
    """A heading line numbered one less than the heading before it, while the next heading of its list goes
    on from that one (第十五条 第十六条 第十五条 第十七条): a point inserted and numbered again by slip, not
    a number out of the text (it takes the next number, so the list goes on)."""
    return prev is not None and prev.ordinal is not None and m.ordinal == prev.ordinal - 1 \
        and following == prev.ordinal + 1 and m.role is BLOCK and m.boundary is LINE


def _mistyped(text: str, m: Marker, prev: Block | None, following: int | None) -> bool:
    """A heading line whose number is a slip of one digit dropped or doubled (17、 18、 9、 20、: 19 typed
    as 9): the list's next number but one follows it, so it takes the number between. Other numbers
    out of turn stay body text, and so does a row of a flattened table (two columns' numbers, 1. 2. 3.
    between 4. 5. 6., a wide gap of spaces between the cells of the line)."""
    if prev is None or m.role is not BLOCK or m.boundary is not LINE or following is None \
            or prev.ordinal is None or following != prev.ordinal + 2 or m.ordinal is None:
        return False
    typed, meant = str(m.ordinal), str(prev.ordinal + 1)
    short, long_ = sorted((typed, meant), key=len)
    if len(long_) != len(short) + 1 or all(long_[:k] + long_[k + 1:] != short for k in range(len(long_))):
        return False
    eol = text.find("\n", m.end)
    return _CELL_GAP.search(text, m.end, len(text) if eol < 0 else eol) is None


_CELL_GAP: Final = re.compile(r"\S[ \t\u3000]{2,}\S")  # 6． 生物医药    16．生物药: a table's row


def _fits_inline(m: Marker, prev: Block | None, following: int | None, warnings: Diagnostics) -> bool:
    """一是 第一， 首先 opening paragraphs: a list of two at least, counting on; 最后 only closes one."""
    if prev is None:  # 一是 二是 …, or 四是 五是 going on with a list of an earlier section
        return m.ordinal is not None and following == m.ordinal + 1
    before = prev.ordinal or 0
    if m.form == SEQUENCE_FORM:  # a set goes on until its 最后; 首先 starts another
        return prev.marker.word not in LAST_WORDS and m.ordinal != 1 \
            and not (m.word in LAST_WORDS and prev.marker.ordinal == 1)  # 首先…最后 alone is no set
    if m.ordinal is None or m.ordinal == before + 1:
        if m.form == "cn_verb" and m.word != prev.marker.word:
            warnings.append(_diag(DiagnosticCode.FAMILY_CHANGED, m, f"the list changes from “{prev.marker.text}” "
                                  f"to “{m.text}” while its numbers go on; read as one list"))
        return True
    return m.ordinal == 1 and following == 2  # a new list of the same form (no warning: paragraphs move on)


def _diag(code: DiagnosticCode, m: Marker, message: str) -> Diagnostic:
    return new_diagnostic(code, message, (m.start, m.end))


def preorder(blocks: list[Block]) -> Iterator[Block]:
    """The blocks and their descendants in document order (a stack, not nested generators, whose
    cost grows with the depth of every block)."""
    stack = blocks[::-1]
    while stack:
        b = stack.pop()
        yield b
        stack += b.children[::-1]


def set_block_ends(text: str, roots: list[Block], flat: list[Block], body_end: int,
                   inline: Sequence[Marker] = (), appended: Sequence[int] = ()) -> None:
    """A heading's text runs to the next heading at its depth or above (or the body's end), and
    never into a document appended after it (`appended`: where each starts).

    One pass in document order: a heading closes every open heading at its depth or below. The
    last of a run of paragraphs opened by inline markers (第三，… 三是…) ends with its paragraph,
    as an inline list's last item does, unless headings of its own follow it.
    """
    open_blocks: list[Block] = []
    for b in flat:
        if open_blocks and open_blocks[-1].depth >= b.depth:
            end = _before_label(text, b.marker)
            # the line "above" is the closed heading's own (（三）其他：⏎二、), or a heading line of its own with
            # no marker (<h1>同志们：</h1>⏎二、): the label is no text of the heading before it
            if end < open_blocks[-1].marker.end or end <= open_blocks[-1].marker.start:
                end = b.marker.start
            while open_blocks and open_blocks[-1].depth >= b.depth:
                open_blocks.pop().end = end
        open_blocks.append(b)
    for b in open_blocks:
        b.end = body_end
    if appended:
        for b in flat:
            k = bisect.bisect_right(appended, b.marker.start)
            if k < len(appended) and appended[k] < b.end:
                b.end = appended[k]  # 三、…⏎【参考资料】⏎《…》⏎一是…: the appended piece's lists are its own
    inline = list(inline)
    _end_inline_runs(text, roots, inline, [m.start for m in inline])


def _before_label(text: str, m: Marker) -> int:
    """Where the headings that `m` closes end: before `m`, or before a colon label standing alone on
    the line above it (保障措施：⏎（一）…), which introduces `m`'s list rather than ending the text of
    the heading before it (GUIDE: a standing label heads the block below it). So does a label that
    `m`, its list's first item, runs into (工作措施：1.…⏎2.…, `lost_breaks`)."""
    if m.boundary is not LINE:
        return m.start
    line_start = text.rfind("\n", 0, m.start) + 1
    run_into = text[line_start:m.start].strip(" \t\u3000*#")
    if run_into:
        return line_start if _is_label(run_into) else m.start
    if line_start < 2 or text[line_start - 2] not in LABEL_LINE_ENDS:
        return m.start  # most lines above a heading end otherwise: nothing more is read
    label_start = text.rfind("\n", max(0, line_start - 2 - MAX_STANDING_LABEL), line_start - 1) + 1
    if label_start == 0 and line_start - 1 > MAX_STANDING_LABEL:
        return m.start  # the line above is longer than a label
    return label_start if _is_label(text[label_start:line_start - 1].strip(" \t\u3000*")) else m.start


def _is_label(label: str) -> bool:
    return 2 < len(label) <= MAX_STANDING_LABEL and label[-1] in "：:" and not LABEL_BREAKS.intersection(label[:-1])


MAX_STANDING_LABEL: Final = 30  # characters of a label standing alone above a list (主要任务：)
LABEL_BREAKS: Final = frozenset("。！？；：!?;:，,")  # a label is one phrase
LABEL_LINE_ENDS: Final = frozenset("：: \t\u3000*")  # how the line of a label ends (spaces and bold after its colon)


def _end_inline_runs(text: str, siblings: list[Block], inline: list[Marker], starts: list[int]) -> None:
    first = 0  # where the run of the current style began
    for k, b in enumerate(siblings):
        if k and siblings[k - 1].style != b.style:
            first = k
        if b.children:
            _end_inline_runs(text, b.children, inline, starts)
            continue
        if b.marker.role is INLINE and text.startswith(SPLIT_GAP, b.marker.start - len(SPLIT_GAP)):
            stop = _before_split_lead(text, b.marker.end, b.end)
            if stop is not None:
                b.end = stop  # ⏎⏎⏎三要…。⏎…。⏎⏎⏎继续实施…。: a bold lead of the level above follows its paragraph
                continue
        if k + 1 < len(siblings) and siblings[k + 1].style == b.style:
            continue  # not the last of its run
        newline = text.find("\n", b.marker.end, b.end)
        if newline < 0:
            continue
        if not text[b.marker.end:newline].strip(" \t\u3000"):
            newline = _line_below(text, newline, b.end)  # 四是⏎以法治警…。: a scrape split it from its text
        if b.marker.role is INLINE and not is_headline(text[b.marker.end:newline]):
            # 问：… ends the points before it; so does a turn to new matter (下一步，…) a point 二是…
            # (lists._end_at_turn: the same rule inside a paragraph)
            question = QUESTION_TURN.search(text, newline, b.end)
            stop = b.end if question is None else question.start()
            point = b.marker.form == CN_VERB_FORM
            turn = NEXT_STEP.search(text, newline - 1, stop) if point else None
            if turn is not None:
                stop = turn.start() + (text[turn.start()] != "\n")
            b.end = stop if _holds_list(inline, starts, newline, stop, family(b.marker)) else newline
            turn = NEXT_STEP.search(text, b.marker.end, newline) if point else None
            if turn is not None and _holds_list(inline, starts, turn.start(), newline, family(b.marker)):
                b.end = turn.start() + 1  # 二是B。下一步…：第一，…；第二，…
        elif _inside_paragraph(text, siblings[first].marker, b.marker):
            b.end = newline  # 答：…共四个部分。第一部分是…。第四部分是…。: a list in a paragraph ends with it


# Two blank lines right above an unindented line: where a scrape split a bold run off its paragraph,
# leaving the paragraph's indent (emptied by the repair stage) on the line above (Wikisource).
SPLIT_GAP: Final = "\n\n\n"


def _before_split_lead(text: str, after: int, end: int) -> int | None:
    """Where an item split off as a bold line (its marker at `after`'s line) ends, when its paragraph
    (the line below it, or its own line) is followed by another bold line that is no item: a lead of
    the level above, whose text is not this item's. None when something else follows (the usual end)."""
    newline = text.find("\n", after, end)
    if newline < 0:
        return None
    if not text[after:newline].strip(" \t\u3000"):
        newline = _line_below(text, newline, end)  # 四是⏎组织好…。
    body_end = newline if text.startswith(SPLIT_GAP, newline) else text.find("\n", newline + 1, end)
    if body_end < 0 or not text.startswith(SPLIT_GAP, body_end):
        return None
    following = body_end + len(SPLIT_GAP)
    if following >= end or text[following] in " \t\u3000\n" or starts_with_marker(text[following:following + 12]):
        return None
    return body_end


def _line_below(text: str, newline: int, end: int) -> int:
    """The end of the first line with text below a marker alone on its line (blank lines and an indent
    left by a split bold run passed over), within `end`; `newline` itself when there is none."""
    k = newline + 1
    while k < end:
        e = text.find("\n", k, end)
        if e < 0:
            e = end
        if text[k:e].strip(" \t\u3000"):
            return e
        k = e + 1
    return newline


def _inside_paragraph(text: str, first: Marker, last: Marker) -> bool:
    """Whether a run of block headings from `first` to `last` stands inside one paragraph, the first
    after a sentence of it: headings only in form, an inline list in fact."""
    return first.boundary is SENTENCE and "\n" not in text[first.start:last.start]


def _holds_list(inline: list[Marker], starts: list[int], start: int, end: int, own: str) -> bool:
    """Whether text[start:end] holds an inline list of another family than the run's (a 1 and then a
    2): the paragraphs after a last item 第三，… that carry 一是…二是… elaborate it, so the item runs
    over them. A list of the run's own family restarting (三是… then 一是…) is a new list, no child."""
    k = bisect.bisect_left(starts, start)  # `starts`: the markers' starts, listed once per tree
    firsts: set[str] = set()
    for m in inline[k:]:
        if m.start >= end:
            break
        if m.ordinal == 1 and family(m) != own:
            firsts.add(family(m))
        elif m.ordinal == 2 and family(m) in firsts:
            return True
    return False
