"""Candidates for unnumbered headings in a scope's own text (what its children do not cover).

Four shapes, each a `Lead` with the span of its heading:
  * `LINE`: a short line without end punctuation standing alone above a paragraph (农民问题的严重性);
  * `LABEL`: a label closed by a colon opening a paragraph or following its first sentence
    (主要任务是：), or standing alone above a block;
  * `PARA`: the first sentence of a paragraph that goes on after it (改革开放深入推进。…), also in
    Markdown bold (**…**);
  * `INNER`: a duty-shaped sentence inside a paragraph (实践锻炼要突出针对性。), or one that opens with the
    words the paragraph's first sentence opens with (我们坚持…。…我们坚持…。).
Which candidates become headings is decided in `groups.py`, by the groups they form.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Final, NamedTuple

from ..grammar import starts_with_marker
from ..models import Node, Span
from .words import (
    ADDRESS_END,
    ADDRESS_OPENERS,
    DUTY_ADVERBS,
    FORMULA,
    INTRODUCER,
    MAX_FORMULA,
    ORGAN_LABEL_END,
    PRONOUNS,
    QUOTE_OPENERS,
    QUOTING,
    REPORTED,
    STATEMENT,
    TURN_OPENING,
    YAO_WORDS,
    is_data_label,
)

SENTENCE_ENDS: Final = "。！？!?"
COLONS: Final = "：:"
# A colon between digits is a time or a ratio (7:30 下班, 3：1), no stop and no label's end.
STOPS: Final = re.compile(r"[。！？!?；;]|[：:](?:(?<![0-9０-９][：:])|(?![0-9０-９]))")
CLAUSE_ENDS: Final = "，,！!：:、"
# a line ending so is a sentence or a clause, no heading line
LINE_ENDS: Final = frozenset("。！？!?；;：:，,、…")
LIST_BULLETS: Final = "-−–—•·●■▲◆"  # what may open the first item of a list under a standing label
SPEAKER: Final = "我"  # a label in the first person (我们认为：) introduces a statement, not a part
# …but one naming what is ours (我们的愿景： 我们的价值观： 我的体会：) is a part's label, as 愿景： would be
OWNED: Final = re.compile(r"我们?的")
COPULA: Final = "是"
# 从产业增速看，三次产业均实现正增长： — a clause naming the angle a report looks from (从…看, 分…看, 按…来看),
# then the finding, then the figures: the finding is a label of its part, as …，总体要求是： is
ANGLE_CLAUSE: Final = re.compile(r"(?:从|分|按)[^，,。：:；;]{1,12}?来?看[，,]")
DATE_WORDS: Final = str.maketrans("", "", "年月日号")
# A sentence inside a paragraph with 要 among its first characters: after an end mark (or where the
# scan starts), spaces and bold skipped, up to its own end mark; no colon or semicolon inside.
MAX_INNER: Final = 50  # inside a paragraph, a duty sentence longer than this is prose
DUTY_SKIP: Final = r"[ \t\u3000*]*"
DUTY_TEXT: Final = r"([^。！？!?：:；;\n\s*]{0,6}要[^。！？!?：:；;\n]*[。！？!?])"
DUTY_BODY: Final = DUTY_SKIP + DUTY_TEXT
# The end mark before a duty sentence is matched, the sentence looked ahead at: a pattern opening with
# a character class is scanned fast, one opening with a look-behind tries every position. Since the
# sentence holds no end mark but its last, the next match can only start at that last one.
# Inside the paragraph (not at its start) only sentences of at most MAX_INNER + 1 characters are kept,
# so the look-ahead first checks that an end mark closes one that near (its first stop: the sentence
# holds none): a long sentence is given up there, before its 要 is looked for or a match is made.
DUTY_SENTENCE: Final = re.compile(r"[。！？!?](?=" + DUTY_SKIP + r"(?=[^。！？!?：:；;\n\s*]{0,6}要)"
                           + rf"(?=[^。！？!?：:；;\n]{{0,{MAX_INNER}}}[。！？!?])" + DUTY_TEXT + ")")
DUTY_FIRST: Final = re.compile(DUTY_BODY)
OPENING: Final = re.compile(r"(?:[ \t\u3000]|\*\*|\*[ \t])*")  # an indent, Markdown bold and a list item's * before a paragraph's text
# a line ending so may be followed by a new paragraph
PARAGRAPH_ENDS: Final = frozenset("。！？!?：:；;”’」』…）)")
# [2] 赵恒惕…, 2024年…: notes and dated lines lead nothing
NOTE_OPENERS: Final = frozenset("[［【〔0123456789")
# …but a year's label of a part (2030年预期目标： 2030年度重点任务：) names the part as 总体要求： does: a year, then
# words (no month, no figure), closed by a colon
YEAR_LABEL: Final = re.compile(r"(?:19|20)\d{2}年度?[^\W\d_]{2,20}[：:]")
# 牌： 鸦片：: a topic word closed by a colon opening a paragraph leads like a sentence
MAX_TOPIC_LABEL: Final = 4
INDENT: Final = " \t\u3000"
# A book title never ends or opens a paragraph: a line ending in 《 or opening with 》 is one a
# scrape cut at a link (Wikisource: 认真落实《⏎中国教育改革和发展纲要⏎》，…), and goes on its paragraph.
LINK_OPEN: Final = "《"
LINK_CLOSE: Final = "》"
LINK_CUT: Final = LINK_OPEN + "\n"
PARAGRAPH_INDENT: Final = ("\u3000\u3000", "    ")  # how typed paragraphs open (the same as normalize's)
FULL_INDENT: Final = "\u3000\u3000"
BLANKED: Final = " \t"  # what an HTML tag the reader blanked in place leaves before a line's text
BOLD: Final = "**"
MARKUP: Final = INDENT + "*"  # what a lead's text is measured without
MAX_LEAD: Final = 60  # a paragraph's lead sentence longer than this is prose, not a heading
MAX_LABEL: Final = 30  # 今后五年的主要任务是： a colon label is short
MIN_LABEL: Final = 3  # 问： 答： 注： are keys, not labels of parts
MAX_LINE: Final = 30  # a heading line is short
MIN_BODY: Final = 20  # what a heading line or a standing label heads: a paragraph at least this long
MAX_ADDRESS: Final = 10  # 各位代表， 老师们，同志们，: the address clause opening a paragraph is short
# The address: a clause (up to its first clause end) of three characters or more ending in 们 and
# not a pronoun, or one opened by 各位 亲爱的 尊敬的; one pattern, matched where the paragraph opens.
ADDRESS: Final = re.compile(rf"(?:(?!(?:{'|'.join(sorted(PRONOUNS))})[{CLAUSE_ENDS}])[^{CLAUSE_ENDS}]{{2,}}{ADDRESS_END}"
                     rf"|(?:{'|'.join(ADDRESS_OPENERS)})[^{CLAUSE_ENDS}]*)[{CLAUSE_ENDS}]")
# A short quoted name inside a label (“十五五”时期…主要目标是：, "十五五" in plain-quote copies) names a
# period or a set phrase; other quotation marks in a label, or one that closes it (会议强调“要抓落实”：),
# are a quotation's: no label.
QUOTED_NAME: Final = re.compile(r"(?:“[^“”\"]{1,8}”|\"[^“”\"]{1,8}\")(?!$)")  # one closing it quotes
DUTY: Final = "要"  # 要… and 教育培养要… are how parallel duties open inside a paragraph
MAX_TOPIC: Final = 6  # 教育培养要…: a topic of at most this many characters before 要


class Shape(str, Enum):
    LINE = "line"
    LABEL = "label"
    PARA = "para"
    INNER = "inner"


class Lead(NamedTuple):  # a tuple: made and hashed in C, where a frozen dataclass runs Python for both
    start: int
    end: int  # end of the heading, before the sentence's end mark or the colon
    shape: Shape
    paragraph: int  # which paragraph of the scope's own text it stands in
    rest: int = 0  # characters of its paragraph after it
    bold: bool = False  # set in Markdown bold (**…**), as web copies mark their leads
    # a sentence alone on its line heading the paragraph below it, as a page that set each lead in a <p> of
    # its own gives it (这一年，我们…。⏎封关准备…): it groups only with leads of its own kind (`groups.select`)
    lone: bool = False

    @property
    def at_paragraph_start(self) -> bool:
        return self.shape is not Shape.INNER


_tuple = tuple.__new__  # a NamedTuple made from a tuple in C, past its Python constructor


class Paragraph(NamedTuple):
    start: int  # after the indent and any bold markup
    end: int  # the line end
    number: int  # its place in the scope: 0, 1, 2 …
    at_line_start: bool  # False where a child ended mid-line and the scope's text goes on
    before_child: bool = False  # a child (a numbered heading) comes right after it


def paragraphs(text: str, start: int, end: int, children: list[Node], wrapped: bool = False,
               cuts: list[Span] | None = None) -> list[Paragraph]:
    """The non-empty lines of the scope's own text, numbered in order. A line right after one that
    ends mid-sentence is a hard-wrapped continuation, not a paragraph's start, unless it opens with
    an indent; so is the first line of a `wrapped` scope when its heading's line ends mid-sentence.
    `cuts`: sorted spans that are not prose (a table flattened a cell a line, furniture): their lines
    are no paragraphs, and the line after one starts a paragraph (no table cell runs on into it)."""
    found: list[Paragraph] = []
    last_in_gap: set[int] = set()  # paragraphs that end a stretch of own text cut by a child
    for gap_start, gap_end in _uncut(start, end, [child.span for child in children]):
        for a, b in _uncut(gap_start, gap_end, cuts) if cuts else ((gap_start, gap_end),):
            n = len(found)
            # lines cut at a link are looked for only in a gap that holds one (one str.find a gap)
            _gap_paragraphs(text, a, b, start, wrapped, found, text.find(LINK_CUT, a, b) >= 0)
            if a > gap_start and len(found) > n and text.find("\n", a, found[n].start) >= 0:
                found[n] = found[n]._replace(at_line_start=True)  # the first line after a table opens a paragraph
        if found and gap_end < end:
            last_in_gap.add(len(found) - 1)
    if found and children and children[-1].span[0] >= found[-1].end:
        last_in_gap.add(len(found) - 1)
    for k in last_in_gap:
        found[k] = found[k]._replace(before_child=True)
    return found


def _gap_paragraphs(text: str, line_start: int, end: int, scope_start: int, wrapped: bool,
                    found: list[Paragraph], links: bool = False) -> None:
    """The paragraphs of text[line_start:end], added to `found`. The hot loop of the stage: one pass
    a line with str.find (which skips to each line break many times faster than a pattern walks the
    line), the common cases tested inline and the tuple made in C (a NamedTuple's own constructor
    is a Python function)."""
    above = -1  # where the text of the line above ends, if that line had text
    glue = False  # the line goes on the paragraph above: a footnote's number cut it there
    while line_start < end:
        e = text.find("\n", line_start, end)
        following = e + 1
        if e < 0:
            e = following = end
        if e > line_start:
            # OPENING only where the line opens with markup: most lines do not.
            s = line_start
            if text[line_start] in MARKUP:
                opening = OPENING.match(text, line_start, e)
                assert opening is not None  # the pattern matches the empty string
                s = opening.end()
            while e > s and text[e - 1] in INDENT:
                e -= 1
            if s < e:
                if links and above > 0 and (text[above - 1] == LINK_OPEN or text[s] == LINK_CLOSE) and found[-1].end == above:
                    found[-1] = found[-1]._replace(end=e)  # 认真落实《⏎纲要⏎》，…: one line a scrape's link cut
                elif glue or (e - s <= MAX_CALL and above > 0 and found[-1].end == above
                              and text[above - 1] not in SENTENCE_STOPS and text[s:e].isdigit()):
                    found[-1] = found[-1]._replace(end=e)  # …产业体系⏎4⏎，制造业…: a footnote's number on a line of its own
                    glue = not glue  # the number's line glues the next one on, and that line ends the glue
                else:
                    found.append(_tuple(Paragraph, (s, e, len(found), _starts_paragraph(text, line_start, scope_start, wrapped), False)))
                above = e
            else:
                above = -1
        line_start = following


MAX_CALL: Final = 3  # digits of a footnote's number that a page's text left on a line of its own
SENTENCE_STOPS: Final = frozenset("。！？!?：:；;…")  # after these a number on its own line is no footnote's


def _starts_paragraph(text: str, k: int, scope_start: int, wrapped: bool) -> bool:
    if k == 0:
        return True  # the text's first line
    if text[k - 1] != "\n":
        return False  # the scope's text goes on after a child that ended mid-line
    before = k - 1
    while before > 0 and text[before - 1] in MARKUP:
        before -= 1
    if before <= 0 or text[before - 1] == "\n":
        return True  # the text's first line, or one after a blank line
    if text.startswith(PARAGRAPH_INDENT, k):
        return True  # an indent opens a paragraph, even under a line without end punctuation (a heading)
    if text[k] in BLANKED and text.startswith(FULL_INDENT, _past_blanks(text, k)):
        return True  # …the same behind the spaces a page's <p> tag was blanked to (   　　明确…)
    if before <= scope_start and not wrapped:
        return True  # right under a heading line
    return text[before - 1] in PARAGRAPH_ENDS


def _past_blanks(text: str, k: int) -> int:
    while k < len(text) and text[k] in BLANKED:
        k += 1
    return k


def _uncut(start: int, end: int, cuts: list[Span]) -> list[Span]:
    """The pieces of text[start:end] outside the sorted `cuts` (the children's spans, or a table's)."""
    pieces, position = [], start
    for a, b in cuts:
        if b <= position or a >= end:
            continue
        if a > position:
            pieces.append((position, a))
        position = max(position, b)
    if end > position:
        pieces.append((position, end))
    return pieces


def candidates(text: str, paras: list[Paragraph]) -> list[Lead]:
    """Every lead a paragraph offers, in text order. Each rule adds its leads to `found` (no list a
    paragraph): this loop runs once for every paragraph of every scope."""
    found: list[Lead] = []
    last = len(paras) - 1
    taken = -1  # a paragraph that is the text of a lead split off above it
    for k, p in enumerate(paras):
        start, end = p.start, p.end
        if k == taken:
            continue
        if not p.at_line_start:
            if text.find(DUTY, start, end) >= 0:  # every inner lead holds 要
                _inner(text, p, start, found)
            _alike(text, p, found)
            continue
        n = len(found)
        following = paras[k + 1] if k < last else None
        stop = STOPS.search(text, start, end)
        if stop is None:
            line = _heading_line(text, p, following)
            if line:
                found.append(line)
        else:
            mark = text[stop.start()]
            if mark in SENTENCE_ENDS:
                if _first_sentence(text, p, stop.start(), following, found):
                    taken = k + 1
            elif mark in COLONS:
                _first_colon(text, p, stop.start(), following, found)
            if end - start >= MIN_FRAMED_PARA and text.count("。", start, end) >= 2 * MIN_ALIKE:
                _framed(text, p, found)
        # The openers that bar a lead (note, address, marker) are checked only where there is one.
        if len(found) > n and _barred(text, p):
            del found[n:]
    return found


def _barred(text: str, p: Paragraph) -> bool:
    """A note, an address, a numbering marker, a turn to the problems or a speaker's reported words open
    the paragraph: it leads nothing."""
    return text[p.start] in NOTE_OPENERS and YEAR_LABEL.match(text, p.start, p.end) is None \
        or _addressed(text, p.start, p.end) \
        or starts_with_marker(text[p.start:min(p.end, p.start + 12)]) or TURN_OPENING.match(text, p.start, p.end) is not None \
        or REPORTED.match(text, p.start, min(p.end, p.start + MAX_REPORTED)) is not None


def _first_colon(text: str, p: Paragraph, k: int, following: Paragraph | None, found: list[Lead]) -> None:
    if MIN_TURN <= k - p.start <= MAX_TURN and _turn(text, p.start, k):
        return  # 任正非：… at each answer of an interview: a speaker's turn, no label of a part
    label = _label(text, p.start, k, p, following)
    if label:
        found.append(label)
    if 0 < k - p.start <= MAX_TOPIC_LABEL and not is_data_label(text[p.start:k]) and not _keys_formula(text, k, p.end):
        found.append(Lead(p.start, k, Shape.PARA, p.number, _rest(text, k + 1, p.end)))


def _keys_formula(text: str, colon: int, end: int) -> bool:
    """年工作日：365天-104天＝250天: what the colon opens is a short line holding a sum's operator, so
    the word before it keys a datum worked out (a table's row set as text), and leads nothing."""
    return end - colon <= MAX_FORMULA and FORMULA.search(text, colon + 1, end) is not None


MIN_TURN: Final = 2  # a speaker's name before the colon of a turn: two to four characters
MAX_TURN: Final = 4
MIN_TURNS: Final = 5  # …opening that many lines near it at least
TURN_REACH: Final = 20000  # characters each side of the label where its other turns are looked for


def _turn(text: str, start: int, colon: int) -> bool:
    """A short label that opens line after line of the text around it in the same words (任正非：… at
    each answer of an interview): it keys the speaker of each turn (GUIDE: a label keying a speaker is
    no node). A part's label may come back in a few sections (主要做法：), so it takes five lines to be
    a turn's. Asked only of a label of a name's length; the search stops at the fifth line and within
    TURN_REACH, so a text of many short labels costs each of them a bounded scan."""
    key = "\n" + text[start:colon + 1]
    lo, hi = max(0, start - TURN_REACH), min(len(text), colon + TURN_REACH)
    k, seen = text.find(key, lo, hi), 0
    while k >= 0 and seen < MIN_TURNS:
        seen += 1
        k = text.find(key, k + len(key), hi)
    return seen >= MIN_TURNS


def _first_sentence(text: str, p: Paragraph, k: int, following: Paragraph | None, out: list[Lead]) -> bool:
    """The leads of a paragraph whose first stop (at k) ends a sentence; whether the lead took the
    next line as its text (`_split_off`)."""
    split = bold_run = lone = False
    start, end = p.start, p.end
    lead_end = _unbold(text, start, k)
    size = lead_end - start
    if 0 < size <= MAX_LEAD:
        rest = _rest(text, k + 1, end)
        if end < len(text) and text[end] != "\n":
            rest += MIN_BODY  # 实施积极的财政政策。一是…: the points that follow on its line are its text
        elif end - start <= MAX_LEAD and following is not None and text[end - 1] in SENTENCE_ENDS \
                and _split_off(text, p, following):
            rest += following.end - following.start  # ⏎促进科技和经济的紧密结合。⏎科学技术是…
            split = True
        elif end - start <= MAX_LEAD and following is not None and text[end - 1] in SENTENCE_ENDS \
                and _lone_sentence(text, p, following):
            rest, lone = following.end - following.start, True
        elif not rest and p.before_child and end - start <= MAX_LEAD and split_line(text, start):
            rest, bold_run = MIN_BODY, True  # ⏎⏎加快产业结构优化升级。⏎⏎⏎一要…: it heads the list below
        if rest:
            # a lead split off its paragraph was bold in the page the scrape read: it counts as bold
            bold = split or bold_run or text.startswith(BOLD, start - 2) and text.find(BOLD, start, k + 3) >= 0
            out.append(_tuple(Lead, (start, lead_end, Shape.PARA, p.number, rest, bold, lone)))
            if size <= MAX_INNER:
                _echoes(text, p, start, k, lead_end, out)
        elif size <= MAX_INNER and duty_shaped(text, start, lead_end):
            out.append(Lead(start, lead_end, Shape.INNER, p.number))  # a lone sentence line
    second = STOPS.search(text, k + 1, end)
    if second is not None and text[second.start()] in COLONS:  # …的关键时期。今后五年的总体要求是：
        s = k + 1
        while s < second.start() and text[s] in MARKUP:
            s += 1
        label = _label(text, s, second.start(), p, following)
        if label:
            out.append(label)
    if text.find(DUTY, k + 1, end) >= 0:
        _inner(text, p, k + 1, out)
    return split


def _split_off(text: str, p: Paragraph, following: Paragraph) -> bool:
    """A lead alone on an unindented line under two blank lines, its paragraph going on at the very
    next line: a scrape that put a bold run on a line of its own, the paragraph's indent left on the
    line above (Wikisource: ⏎⏎　　⏎促进科技和经济的紧密结合。⏎科学技术是…; the repair stage empties that
    line). The next line is its text, as if joined to it. Paragraphs one a line have no such gap."""
    if following.number != p.number + 1 or following.end - following.start < MIN_BODY:
        return False  # no paragraph below (the caller has seen the line is short: no whole paragraph)
    if text.count("\n", p.end, following.start) != 1 or starts_with_marker(text[following.start:following.start + 12]):
        return False  # a blank line between, or a numbered line below: no continuation
    return split_line(text, p.start)


def _lone_sentence(text: str, p: Paragraph, following: Paragraph) -> bool:
    """A paragraph that is one sentence, right above a paragraph of text at least twice as long that opens
    with no marker: a lead a page set on a line of its own (这一年，我们…。⏎封关准备重点任务…). The next
    paragraph is its text; it stays a paragraph of its own, whose first sentence may lead in turn."""
    if following.number != p.number + 1 or following.end - following.start < max(MIN_BODY, 2 * (p.end - p.start)):
        return False
    if STOPS.search(text, p.start, p.end - 1) is not None:
        return False  # more than one sentence (or a clause closed by a colon): a paragraph of text
    return not starts_with_marker(text[following.start:following.start + 12])


def split_line(text: str, start: int) -> bool:
    """Whether the line opening at `start` (with no indent) stands under two blank lines: the trace of a
    bold run a scrape split off its paragraph, whose indent it left on the line above."""
    return start >= 3 and text.startswith("\n\n\n", start - 3)


def _echoes(text: str, p: Paragraph, start: int, k: int, lead_end: int, found: list[Lead]) -> None:
    """Sentences further in the paragraph that open with the words its first sentence opens with
    (我们坚持把学习摆在首位。…我们坚持把调研作为基本功。…): inside one paragraph, leads that share
    their opening words (GUIDE); one `str.find` a paragraph when none does."""
    opening = text[start:start + ECHO]
    j = text.find(opening, k + 1, p.end)
    if j < 0 or len(opening) < ECHO or not ECHO_BREAKS.isdisjoint(opening) or STATEMENT.search(text, start, k) \
            or duty_shaped(text, start, lead_end):
        return  # 我们的目标是…。我们的任务是…。: statements in a row are prose; duties are found as such
    while j >= 0:
        if text[j - 1] in SENTENCE_ENDS:
            stop = STOPS.search(text, j, p.end)
            close = stop.start() if stop is not None else -1
            if close > j and text[close] in SENTENCE_ENDS and close - j <= MAX_INNER \
                    and text.count("，", j, close) <= 1 and not duty_shaped(text, j, close) \
                    and not STATEMENT.search(text, j, close):
                found.append(Lead(j, close, Shape.INNER, p.number))
        j = text.find(opening, j + ECHO, p.end)


ECHO: Final = 3  # 我们将… 我们坚持…: the opening words leads inside a paragraph share
MAX_REPORTED: Final = 13  # 王伟光在报告中强调，: a speaker's clause before what was said, at most
ALIKE: Final = 2  # 打造…。…打造…。…打造…。: the opening word short sentences share in a numbered paragraph's text
MIN_ALIKE: Final = 3  # …and how many of them
# A short sentence after an end mark, opening with two Han characters (group 1): where `_alike` looks.
# The end mark is matched, not looked behind at: the engine then skips to the marks by itself.
ALIKE_RE: Final = re.compile(rf"[。！？!?]([\u4e00-\u9fff]{{{ALIKE}}})")


# A sentence after an end mark that opens with a short frame closed by a comma (这五年，…): group 1 the frame.
FRAMED_RE: Final = re.compile(r"[。！？!?]([\u4e00-\u9fff]{2,5})，")
MIN_FRAMED_PARA: Final = 200  # characters: only a long paragraph holds points of its own inside
MAX_FRAMED_CLAUSE: Final = 20  # the one clause after the frame, at most


def _framed(text: str, p: Paragraph, found: list[Lead]) -> None:
    """Sentences inside one long paragraph that open with the same short frame and say one short clause
    after it (…。这五年，综合实力迈上新台阶。…。这五年，创新能力显著增强。…。这五年，…): leads that share
    their opening words (GUIDE), three or more, though not the paragraph's first sentence (`_echoes`
    follows that one). Whether each heads text of its own is decided with the group."""
    by_frame: dict[str, list[Lead]] = {}
    for m in FRAMED_RE.finditer(text, max(p.start - 1, 0), p.end):
        frame, j = m.group(1), m.start(1)
        if text.startswith(frame, p.start):
            continue  # the paragraph opens so: its echoes are `_echoes`'s
        stop = STOPS.search(text, m.end(), p.end)
        if stop is None or text[stop.start()] not in SENTENCE_ENDS:
            continue
        close = stop.start()
        if close - m.end() > MAX_FRAMED_CLAUSE or text.find("，", m.end(), close) >= 0 \
                or STATEMENT.search(text, m.end(), close) or duty_shaped(text, j, close):
            continue
        by_frame.setdefault(frame, []).append(Lead(j, close, Shape.INNER, p.number))
    for group in by_frame.values():
        if len(group) >= MIN_ALIKE:
            found.extend(group)


def _openings(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The sentence openings ALIKE_RE finds in text[start:end] (an end mark just before `start` counts)."""
    return list(ALIKE_RE.finditer(text, max(start - 1, 0), end))


def alike_openings(text: str, start: int, end: int) -> bool:
    """Whether MIN_ALIKE sentences of text[start:end] open with the same two Han characters (one scan)."""
    seen: dict[str, int] = {}
    for m in _openings(text, start, end):
        word = m.group(1)
        seen[word] = seen.get(word, 0) + 1
        if seen[word] >= MIN_ALIKE:
            return True
    return False


def _alike(text: str, p: Paragraph, found: list[Lead]) -> None:
    """Short sentences that share their opening word inside the text a numbered heading runs on into
    (（一）聚焦…。深入实施…。打造科创高地。…。打造制造业基地。…。打造…高地。…: a report's bold leads,
    their bold lost): three or more, each a short sentence with no comma, no statement and no duty
    (GUIDE: inside a paragraph, leads count when they share their opening words). Whether each heads
    text of its own is decided with the group (`groups._heading_text`)."""
    openings = _openings(text, p.start, p.end)
    if len(openings) < MIN_ALIKE:
        return
    counts: dict[str, int] = {}
    for m in openings:
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    by_word: dict[str, list[Lead]] = {}
    for m in openings:
        if counts[m.group(1)] < MIN_ALIKE:
            continue  # too few sentences open so to make a group: no need to read them
        j = m.start(1)
        stop = STOPS.search(text, j, p.end)
        if stop is None or text[stop.start()] not in SENTENCE_ENDS:
            continue
        close = stop.start()
        if close - j > MAX_INNER or "，" in text[j:close] or STATEMENT.search(text, j, close) \
                or duty_shaped(text, j, close):
            continue
        by_word.setdefault(m.group(1), []).append(Lead(j, close, Shape.INNER, p.number))
    for group in by_word.values():
        if len(group) >= MIN_ALIKE:
            found.extend(group)
ECHO_BREAKS: Final = frozenset("，,、。！？!?：:；;“”\"《》（）() \t\u3000*")


def _heading_line(text: str, p: Paragraph, following: Paragraph | None) -> Lead | None:
    """A short line with no end punctuation, heading a longer paragraph right below it."""
    end = _unbold(text, p.start, p.end)
    line = text[p.start:end]
    if not 2 <= len(line) <= MAX_LINE or line[-1] in LINE_ENDS or line[0] in "（(【[<《—-─●■▲◆>#":
        return None
    if following is None or following.number != p.number + 1 or not (
            _body(text, following, len(line)) or _introduces_list(text, following)):
        return None
    if _colon_below(text, p.end):
        return None  # 目标是⏎：⏎● …: a label whose colon the page put on a line of its own, no heading line
    if _cjk(line.translate(DATE_WORDS)) < 2:
        return None  # 2013年4月24日, a page number, a Latin word: no heading
    return Lead(p.start, end, Shape.LINE, p.number)


def _colon_below(text: str, end: int) -> bool:
    """Whether the line after the one ending at `end` opens with a colon (its indent passed over)."""
    k = text.find("\n", end)
    if k < 0:
        return False
    k += 1
    while k < len(text) and text[k] in MARKUP:
        k += 1
    return k < len(text) and text[k] in COLONS


def _body(text: str, p: Paragraph, floor: int) -> bool:
    """A paragraph of prose: long, and closed by an end mark."""
    return p.end - p.start >= max(MIN_BODY, 2 * floor) and text[p.end - 1] in SENTENCE_ENDS + "”」*"


def _introduces_list(text: str, p: Paragraph) -> bool:
    """Text that a numbered list follows or goes on inside (对党忠诚是…品质。⏎一是… / …会议要求，一要…):
    short or cut by the list, but what a heading line heads is that text and the list."""
    return p.before_child and text[p.end - 1] in LIST_LEADS


LIST_LEADS: Final = SENTENCE_ENDS + "，,：:"


def _list_item(text: str, p: Paragraph) -> bool:
    """-标准内容过于简单；  1）…  ——…: the first item of a list a label heads."""
    line = text[p.start:min(p.end, p.start + 12)]
    return (line[0] in LIST_BULLETS or starts_with_marker(line)) and text[p.end - 1] in LINE_ENDS


def _cjk(s: str) -> int:
    return sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")


def _label(text: str, start: int, colon: int, p: Paragraph, following: Paragraph | None) -> Lead | None:
    end = _unbold(text, start, colon)
    label = text[start:end]
    if not MIN_LABEL <= len(label) <= MAX_LABEL or INTRODUCER.search(label):
        return None
    named = QUOTED_NAME.sub("", label) if "“" in label or "\"" in label else label  # “十五五”时期…目标是：
    if any(ch in named for ch in "。！？!?；;“”\"《》") or _cjk(label) < MIN_LABEL - 1:
        return None  # tags: urlname: (front matter) are no labels either
    if SPEAKER in label and not OWNED.match(label) \
            or "，" in label and not label.endswith(COPULA) and not ANGLE_CLAUSE.match(label):
        return None  # 回顾一年来的工作，我们深刻体会到： introduces a statement; …，总体要求是： names a part
    if QUOTING.search(label) and text[colon + 1:colon + 2] in QUOTE_OPENERS:
        return None  # 习近平总书记指出：“…”: a quotation's speaker, not a part (会议强调：要… names one)
    rest = _rest(text, colon + 1, p.end)
    standing = rest == 0 and (p.before_child or following is not None and following.number == p.number + 1
                              and (_body(text, following, 0) or _list_item(text, following)))
    if is_data_label(label) and not (standing and ORGAN_LABEL_END.search(label) and (
            p.before_child or following is not None and _list_item(text, following))):
        return None  # 时间： 区经济发展局：负责…: keys a datum; 后勤保障部：⏎1.…2.…: heads its list of duties
    if rest < MIN_BODY and not standing:
        return None  # 时间：3月1日: a key and its datum
    if _keys_formula(text, colon, p.end):
        return None  # 日工资：月工资收入÷月计薪天数: a key and its formula
    return Lead(start, end, Shape.LABEL, p.number, rest)


def _inner(text: str, p: Paragraph, start: int, found: list[Lead]) -> None:
    """Duty-shaped sentences inside the paragraph: 要… and 教育培养要…, closed by an end mark (the
    callers have seen a 要 after `start`)."""
    first = DUTY_FIRST.match(text, start, p.end)
    if first is not None:
        _duty(text, p, first, found)
    after = first.end() if first else start
    for m in DUTY_SENTENCE.finditer(text, max(after - 1, 0), p.end):  # the end mark before `after` opens the next
        _duty(text, p, m, found)


def _duty(text: str, p: Paragraph, m: re.Match[str], found: list[Lead]) -> None:
    s, close = m.start(1), m.end(1) - 1
    if (close - s <= MAX_INNER and text.count("，", s, close) <= 1  # 要强化…，不求所有、但求所在，…: prose
            and duty_shaped(text, s, close) and not starts_with_marker(text[s:close])):
        found.append(Lead(s, close, Shape.INNER, p.number))


def duty_shaped(text: str, start: int, end: int) -> bool:
    """要… or 教育培养要…: the shape of parallel duties inside a paragraph."""
    k = text.find(DUTY, start, min(end, start + MAX_TOPIC + 1))
    return k >= 0 and ("，" not in text[start:k]) and (k == start or k - start >= 2 and text[k - 1] not in DUTY_ADVERBS) \
        and text[k + 1:k + 2] not in YAO_WORDS


def _addressed(text: str, start: int, end: int) -> bool:
    """同志们！ 各位代表， 老师们，同志们，…: a paragraph opened by an address is no point's lead."""
    return ADDRESS.match(text, start, min(end, start + MAX_ADDRESS + 1)) is not None


def _unbold(text: str, start: int, end: int) -> int:
    """The end of a heading with Markdown bold dropped: **加强组织领导**各级… ends at the bold's close.
    A close right reopened (**高度重视****，****迅速应对。**: a converter's broken bold run) closes nothing."""
    close = text.find(BOLD, start, end)
    while close > start and text.startswith(BOLD, close + 2):
        close = text.find(BOLD, close + 4, end)
    if close > start:
        end = close
    while end > start and text[end - 1] in MARKUP:
        end -= 1
    return end


def _rest(text: str, start: int, end: int) -> int:
    """How much text of the paragraph follows a lead, markup and spaces aside."""
    if start >= end:
        return 0
    if text[start] not in MARKUP and text[end - 1] not in MARKUP:
        return end - start  # nothing to strip: no copy of the paragraph made
    return len(text[start:end].strip(MARKUP))
