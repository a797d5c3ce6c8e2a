"""Unnumbered run-in headings: a short lead sentence that opens one of several parallel points.

Speeches often number nothing below a section and still give it parallel points, each opened by a
short sentence: 要在“选”上突出政治标准。… 要在“育”上突出增强本领。… A lead counts only in a group of
at least two siblings that share a shape, so a short sentence standing alone stays body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .grammar import starts_with_marker
from .models import Node, NodeKind, Span

SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
SENTENCE_ENDS = "。！？!?"
HEADING_BREAKS = frozenset("：；:;")  # a heading ends at these, so a lead sentence holding one is prose
MAX_LEAD = 50  # a paragraph's lead sentence longer than this is prose, not a heading
MAX_INNER_LEAD = 20  # inside a paragraph, only short sentences can be run-in headings
PREFIX = 2  # leads that share their first two characters are parallel (要在…, 根本…)
MIN_SHARED = 2  # parallel leads sharing a prefix: two make a group
MIN_LOOSE = 3  # leads with no shared prefix need three to be trusted
LOOSE_LENGTH_RATIO = 1.6  # …and like lengths: the longest at most this many times the shortest
MAX_FRAME = 10  # 从外部环境看，: the frame of a lead ends at a comma this close to its start
DUTY = "要"  # 要… and 教育培养要… are how parallel duties open inside a paragraph
MAX_TOPIC = 6  # 教育培养要…: a topic of at most this many characters before 要


@dataclass(frozen=True)
class Lead:
    start: int
    end: int  # end of the heading, before the sentence's end mark
    at_paragraph_start: bool
    paragraph: int  # which paragraph of the scope's own text it stands in

    def key(self, text: str) -> str:
        return text[self.start:self.start + PREFIX]

    @property
    def short(self) -> bool:
        """Inside a paragraph, a group needs short sentences to be trusted as headings."""
        return self.at_paragraph_start or self.end - self.start <= MAX_INNER_LEAD


def add_run_ins(text: str, nodes: list[Node], body: Span) -> list[Node]:
    """The tree with run-in headings added at every level; levels are recomputed."""
    top = _scope(text, body[0], body[1], nodes)
    _relevel(top, 1)
    return top


def _scope(text: str, start: int, end: int, children: list[Node]) -> list[Node]:
    for child in children:
        child.children = _scope(text, child.heading_span[1], child.span[1], child.children)
    leads = _select(text, _leads(text, start, end, children))
    if not leads:
        return children
    # Leads lie outside every child, so the children split cleanly between them (one linear walk).
    j = 0
    while j < len(children) and children[j].span[1] <= leads[0].start:
        j += 1
    out = children[:j]
    for k, lead in enumerate(leads):
        stop = leads[k + 1].start if k + 1 < len(leads) else end
        first = j
        while j < len(children) and children[j].span[0] < stop:
            j += 1
        out.append(_run_in(text, lead, stop, children[first:j]))
    return out


def _leads(text: str, start: int, end: int, children: list[Node]) -> list[Lead]:
    """Short sentences of the scope's own text (between its children) that could lead a point."""
    found = []
    paragraph = 0
    for gap_start, gap_end in _gaps(start, end, children):
        for m in SENTENCE.finditer(text, gap_start, gap_end):
            paragraph += m.start() == 0 or text[m.start() - 1] == "\n"
            lead = _lead(text, m.start(), m.end(), end, paragraph)
            if lead is not None:
                found.append(lead)
    return found


def _gaps(start: int, end: int, children: list[Node]) -> list[Span]:
    """The scope's own text: what its children do not cover."""
    gaps, position = [], start
    for child in children:
        if child.span[0] > position:
            gaps.append((position, child.span[0]))
        position = max(position, child.span[1])
    if end > position:
        gaps.append((position, end))
    return gaps


def _lead(text: str, s: int, e: int, end: int, paragraph: int) -> Lead | None:
    at_start = s == 0 or text[s - 1] == "\n"  # before the indent (　　) that often opens a paragraph
    while s < e and text[s] in " \t\u3000":
        s += 1
    if s == e:
        return None
    closed = text[e - 1] in SENTENCE_ENDS
    heading_end = e - 1 if closed else e
    continues = closed and e < end and text[e] != "\n"
    if heading_end - s > MAX_LEAD:
        return None  # long: prose
    if at_start and continues:
        lead = Lead(s, heading_end, True, paragraph)
    elif closed and _duty_shaped(text, s, heading_end):
        lead = Lead(s, heading_end, False, paragraph)  # a lone sentence line is no paragraph lead
    else:
        return None
    return None if _breaks_heading(text, s, heading_end) else lead


def _breaks_heading(text: str, start: int, end: int) -> bool:
    """A colon or semicolon inside, or a numbering marker in front: not a run-in heading."""
    sentence = text[start:end]
    return not HEADING_BREAKS.isdisjoint(sentence) or starts_with_marker(sentence)


def _duty_shaped(text: str, start: int, end: int) -> bool:
    """要… or 教育培养要…: the shape of parallel duties inside a paragraph."""
    k = text.find(DUTY, start, min(end, start + MAX_TOPIC + 1))
    return k >= 0 and ("，" not in text[start:k]) and (k == start or k - start >= 2)


def _select(text: str, leads: list[Lead]) -> list[Lead]:
    """Keep the leads that have parallel siblings: by shared opening first, then by looser shape."""
    chosen = _groups(leads, lambda lead: _shape_key(text, lead), MIN_SHARED)
    rest = [lead for lead in leads if lead not in chosen]
    chosen |= _groups(rest, lambda lead: DUTY if text.startswith(DUTY, lead.start) and lead.short else None,
                      MIN_LOOSE)
    chosen |= _groups([lead for lead in leads if lead not in chosen], lambda lead: _frame_key(text, lead), MIN_LOOSE)
    chosen |= _consecutive([lead for lead in leads if lead.at_paragraph_start], chosen)
    return sorted(chosen, key=lambda lead: lead.start)


def _frame_key(text: str, lead: Lead) -> str | None:
    """从外部环境看，… 从行业趋势看，…: paragraph leads framed alike (first character, and the last
    one before a near comma) are parallel though their openings differ."""
    if not lead.at_paragraph_start:
        return None
    comma = text.find("，", lead.start, min(lead.end, lead.start + MAX_FRAME))
    return f"{text[lead.start]}…{text[comma - 1]}" if comma > lead.start + 1 else None


def _consecutive(leads: list[Lead], grouped: set[Lead]) -> set[Lead]:
    """Paragraphs that follow one another, each opened by a short sentence of like length: three or
    more are parallel points even without a shared opening. A run that holds a group of shared
    openings starts at that group: the paragraph before it is the section's introduction."""
    chosen: set[Lead] = set()
    run: list[Lead] = []
    for lead in [*leads, None]:
        if lead is not None and run and lead.paragraph == run[-1].paragraph + 1:
            run.append(lead)
            continue
        first = next((k for k, r in enumerate(run) if r in grouped), 0)
        run = run[first:]
        lengths = [r.end - r.start for r in run]
        if len(run) >= MIN_LOOSE and max(lengths) <= LOOSE_LENGTH_RATIO * min(lengths):
            chosen.update(run)
        run = [lead] if lead is not None else []
    return chosen


def _groups(leads: list[Lead], key, need: int) -> set[Lead]:
    by_key: dict[str, list[Lead]] = {}
    for lead in leads:
        k = key(lead)
        if k is not None:
            by_key.setdefault(k, []).append(lead)
    groups = [g for g in by_key.values() if sum(lead.short for lead in g) >= need]
    return {lead for group in groups for lead in group}


def _shape_key(text: str, lead: Lead) -> str:
    """Parallel leads share their opening (要在…, 根本…) or their topic length before 要."""
    if lead.at_paragraph_start or text.startswith(DUTY, lead.start):
        return lead.key(text)
    return f"{text.find(DUTY, lead.start, lead.end) - lead.start}{DUTY}"


def _run_in(text: str, lead: Lead, stop: int, children: list[Node]) -> Node:
    end = stop
    while end > lead.end and text[end - 1].isspace():
        end -= 1
    return Node(kind=NodeKind.RUN_IN, marker=None, form=None, ordinal=None, level=1,
                heading=text[lead.start:lead.end], heading_span=(lead.start, lead.end),
                marker_span=None, span=(lead.start, max(end, lead.end)), children=children)


def _relevel(nodes: list[Node], level: int) -> None:
    for node in nodes:
        node.level = level
        _relevel(node.children, level + 1)
