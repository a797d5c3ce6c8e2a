"""Unnumbered headings: heading lines, colon labels and run-in lead sentences (GUIDE rules 5 and 6).

Speeches and reports often number nothing below a section and still give it parallel points, each
opened by a short sentence (要在“选”上突出政治标准。…), a label (主要任务是：) or a line of its own
(农民问题的严重性). A candidate counts only in a group of at least two parallel siblings, so a
short sentence standing alone stays body text. Heading lines split a scope first, then labels, then
lead sentences; inside each new heading the next shapes are looked for again.
"""

from __future__ import annotations

import bisect
from typing import Final

from ..cues import QUESTION_TURN, STEP_OUT_LINE
from ..models import Node, NodeKind, Span, new_node
from ..positions import opens_line
from .groups import headline, mid_members, select
from .leads import COLONS, DUTY, Lead, Paragraph, Shape, alike_openings, candidates, paragraphs, split_line

__all__ = ["add_run_ins"]

INLINE: Final = (NodeKind.POINT, NodeKind.DIRECTIVE)
SENTENCE_MARKS: Final = " \t\u3000。．.：:；;！!？?，,"  # what may close a heading line (（一）指导思想。)
# What may stand inside a heading of each shape, in the order a scope is split.
INSIDE: Final = {None: (Shape.LINE, Shape.LABEL, Shape.PARA, Shape.INNER), Shape.LINE: (Shape.LABEL, Shape.PARA, Shape.INNER),
          Shape.LABEL: (Shape.PARA, Shape.INNER)}


def add_run_ins(text: str, nodes: list[Node], body: Span, closing: int | None = None,
                skip: list[Span] | None = None) -> list[Node]:
    """The tree with unnumbered headings added at every level; levels are recomputed. The top level's
    own text from `closing` on (the closing part, see `tree.closing_start`) heads nothing: a speech's
    closing words are no part of its outline, even where their paragraphs open alike (过去的一年，…).
    Nor does text in `skip` (tables, furniture between paragraphs): its cells are data, not leads."""
    end = body[1] if closing is None else max(body[0], min(closing, body[1]))
    inside = [n for n in nodes if n.span[0] < end]
    after = nodes[len(inside):]  # the closing part's lists: their own text is looked at as usual
    spans = sorted(skip or [])
    _descend(text, after, spans)
    top = _scope(text, body[0], end, inside, spans) + after
    _relevel(top, 1)
    return top


def _scope(text: str, start: int, end: int, children: list[Node], skip: list[Span],
           wrapped: bool = False) -> list[Node]:
    """`wrapped`: the scope's text goes on from a heading cut at a line break (一是大气污染⏎防治…)."""
    _descend(text, children, skip)
    _stretch_last_points(text, children, end, skip)
    return _split(text, start, end, _released(text, _lifted(text, children)), None, skip, wrapped)


def _descend(text: str, children: list[Node], skip: list[Span]) -> None:
    """Each child's own scope, split in turn."""
    for child in children:
        # Past pydantic's __setattr__ (a field every node has, so its fields-set already names it).
        child.__dict__["children"] = _scope(text, child.heading_span[1], child.span[1], child.children, skip,
                                            child.kind in INLINE)


MIN_LED: Final = 2  # paragraphs opened by headline-shaped leads that make a point's elaboration


def _stretch_last_points(text: str, children: list[Node], end: int, skip: list[Span]) -> None:
    """The last point of an inline list whose point before it is elaborated by run-in parts (一是…。⏎内需
    拉动明显增强。…⏎产业升级步伐加快。…⏎二是…) is elaborated alike: it takes the paragraphs after its own
    that open with headline-shaped leads, up to the first that does not (or the next child), and its own
    run-ins are found in them. A last point whose siblings are one paragraph each ends with its paragraph
    (`_released`)."""
    for k in range(1, len(children)):
        child, nxt = children[k], children[k + 1] if k + 1 < len(children) else None
        if child.kind not in INLINE or _continued(child, nxt) or not _elaborated(children[k - 1], child):
            continue
        stop = _led_run_end(text, child.span[1], nxt.span[0] if nxt is not None else end)
        if stop is not None:
            child.__dict__["span"] = (child.span[0], stop)
            child.__dict__["children"] = _scope(text, child.heading_span[1], stop, child.children, skip, True)


def _continued(child: Node, nxt: Node | None) -> bool:
    """Whether the next child is the next point of `child`'s list."""
    return nxt is not None and nxt.kind is child.kind and nxt.ordinal == (child.ordinal or 0) + 1


def _elaborated(prev: Node, child: Node) -> bool:
    """Whether `prev`, the point before `child` in its list, holds run-in parts of its own."""
    return _continued(prev, child) and sum(c.kind is NodeKind.RUN_IN for c in prev.children) >= MIN_LED


def _led_run_end(text: str, start: int, stop: int) -> int | None:
    """The end of the paragraphs from `start` on that each open with a headline-shaped lead, when they
    are MIN_LED or more; None otherwise."""
    paras = paragraphs(text, start, stop, [])
    led, end = 0, None
    for k, p in enumerate(paras):
        lead = next((c for c in candidates(text, paras[k:k + 2]) if c.paragraph == p.number), None)
        if lead is None or lead.shape is not Shape.PARA or not headline(text, lead):
            break
        led, end = led + 1, p.end
    return end if led >= MIN_LED else None


def _released(text: str, children: list[Node]) -> list[Node]:
    """The last point of an inline list ends with its paragraph: a later paragraph opened by a
    headline-shaped lead (大力推进科技创新。…) is the scope's own text, and the points after it with it."""
    out: list[Node] = []
    for k, child in enumerate(children):
        out.append(child)
        nxt = children[k + 1] if k + 1 < len(children) else None
        if child.kind not in INLINE or nxt is not None and nxt.kind is child.kind and nxt.ordinal == (child.ordinal or 0) + 1:
            continue
        if k > 0 and _elaborated(children[k - 1], child):
            continue  # elaborated as the point before it (`_stretch_last_points`)
        if text.startswith("\n", child.heading_span[1]) and child.children:
            continue  # a point whose heading is a line of its own (篇三：…⏎) heads the text and lists below it
        cut = _headline_after(text, child)
        line = next((c.span[0] for c in child.children if c.kind is NodeKind.RUN_IN and _line_of_its_own(text, c)), None)
        if line is not None and (cut is None or line < cut):
            cut = line  # heading lines under the last point stand beside it, as under a run-on section (`_lifted`)
        if cut is not None:
            kept = [c for c in child.children if c.span[0] < cut]
            out.extend(c for c in child.children if c.span[0] >= cut)
            end = cut
            while end > child.heading_span[1] and text[end - 1].isspace():
                end -= 1
            child.children, child.span = kept, (child.span[0], end)
    return out


def _lifted(text: str, children: list[Node]) -> list[Node]:
    """Heading lines found inside a numbered paragraph (三、交通状况很拥挤，…⏎⏎在农民中的组织工作⏎…)
    stand beside it: a line of its own outranks a marker that opens a paragraph and runs on into it,
    so the headings of a new part of the text are no children of the last numbered paragraph.
    A numbered heading that is a line of its own (一、去年⏎…) keeps the heading lines under it."""
    if not any(c.kind is NodeKind.SECTION for c in children):
        return children
    out: list[Node] = []
    for child in children:
        out.append(child)
        if child.kind is not NodeKind.SECTION or not _runs_on(text, child):
            continue
        first = next((k for k, c in enumerate(child.children) if c.kind is NodeKind.RUN_IN and _line_of_its_own(text, c)), None)
        if first is None:
            continue
        lifted = child.children[first:]
        end = lifted[0].span[0]
        while end > child.heading_span[1] and text[end - 1].isspace():
            end -= 1
        child.children, child.span = child.children[:first], (child.span[0], end)
        out.extend(lifted)
    return out


def _runs_on(text: str, node: Node) -> bool:
    """Whether a numbered heading runs on into its paragraph (三、交通状况很拥挤，…): text follows it
    on its line."""
    eol = text.find("\n", node.heading_span[1])
    return bool(text[node.heading_span[1]:len(text) if eol < 0 else eol].strip(SENTENCE_MARKS))


def _line_of_its_own(text: str, node: Node) -> bool:
    """Whether a run-in heading is a whole line (a heading line), not a paragraph's lead sentence."""
    start, end = node.heading_span
    eol = text.find("\n", end)
    return opens_line(text, start) and not text[end:len(text) if eol < 0 else eol].strip()


def _headline_after(text: str, node: Node) -> int | None:
    """The start of the first paragraph after a point's own that opens with a headline-shaped lead."""
    line = text.find("\n", node.heading_span[1], node.span[1])
    if line < 0:
        return None
    paras = paragraphs(text, line + 1, node.span[1], node.children)
    # a point a scrape split off as a bold line (⏎⏎⏎三要…。⏎加快发展…) goes on at the next line: that
    # line is its own text, not a new part
    own = line + 1 if split_line(text, node.span[0]) else -1
    for k, p in enumerate(paras):
        if not p.at_line_start or p.start == own:
            continue
        lead = next((c for c in candidates(text, paras[k:k + 2]) if c.paragraph == p.number), None)
        if lead is not None and lead.shape is Shape.PARA and not lead.lone and headline(text, lead):
            return text.rfind("\n", 0, p.start) + 1
    return None


def _split(text: str, start: int, end: int, children: list[Node], outer: Shape | None, skip: list[Span],
           wrapped: bool = False) -> list[Node]:
    """Split a scope's children between the headings found in its own text."""
    allowed = INSIDE.get(outer)
    if not allowed or text.find("\n", start, end) < 0 and text.find(DUTY, start, end) < 0 \
            and not alike_openings(text, start, end):
        return children  # one paragraph with no duty and no sentences opening alike: no group can form
    paras = paragraphs(text, start, end, children, wrapped, _within(skip, start, end))
    leads = [lead for lead in candidates(text, paras) if lead.shape in allowed and not _skipped(skip, lead.start)]
    lines = [lead for lead in leads if lead.shape is Shape.LINE]
    leads = mid_members(text, select(text, leads), paras) if leads else []
    if not leads and lines and any(_standing_line(text, c) for c in children):
        leads = lines  # beside heading lines released from a last point (`_released`): one of their group
    if not leads:
        return children
    shape = leads[0].shape if all(lead.shape is leads[0].shape for lead in leads) else Shape.PARA
    # Leads lie outside every child, so the children split cleanly between them (one linear walk).
    j = 0
    while j < len(children) and children[j].span[1] <= leads[0].start:
        j += 1
    out = children[:j]
    for k, lead in enumerate(leads):
        stop = leads[k + 1].start if k + 1 < len(leads) else _last_stop(text, lead, shape, paras, children, j, end)
        if shape is Shape.LINE:  # …and a heading line ends at the next one standing among the children
            stop = next((c.span[0] for c in children[j:] if lead.end <= c.span[0] < stop and _standing_line(text, c)), stop)
        first = j
        while j < len(children) and children[j].span[0] < stop:
            j += 1
        node = _heading(text, lead, stop, children[first:j])
        if shape in (Shape.LINE, Shape.LABEL):
            node.children = _split(text, lead.end, stop, node.children, shape, skip)
        out.append(node)
    return out + children[j:]


def _standing_line(text: str, node: Node) -> bool:
    """A run-in heading that is a line of its own (a heading line found in a point's text and released)."""
    return node.kind is NodeKind.RUN_IN and _line_of_its_own(text, node)


def _skipped(skip: list[Span], at: int) -> bool:
    """Whether `at` lies in one of the sorted, disjoint spans of `skip`."""
    k = bisect.bisect_left(skip, (at + 1, -1)) - 1  # the last span starting at or before `at`
    return k >= 0 and at < skip[k][1]


def _within(skip: list[Span], start: int, end: int) -> list[Span]:
    """The sorted, disjoint spans of `skip` that start inside text[start:end] (most scopes: none)."""
    k = bisect.bisect_left(skip, (start, -1))
    stop = k
    while stop < len(skip) and skip[stop][0] < end:
        stop += 1
    return skip[k:stop]


def _last_stop(text: str, lead: Lead, shape: Shape, paras: list[Paragraph], children: list[Node], j: int, end: int) -> int:
    """Where the last heading of a group ends. A heading line heads the rest of its scope. A label
    heads the list right after it, up to the scope's next own paragraph after that list. A lead
    sentence heads the paragraphs and points after it, not a numbered block heading that follows
    (一年来，我们做了以下工作：（一）… stays the section's) nor the turn of a Q&A that follows (问：… 记者：…？),
    nor the text from a paragraph that steps out of the points (各位代表，… 同时，我们也清醒地看到…: the
    section's own text, as it ends numbered sub-headings: `tree._end_at_addresses`)."""
    if shape is Shape.LINE:
        return end
    while j < len(children) and children[j].span[0] < lead.end:
        j += 1
    if shape is Shape.LABEL:
        return _label_stop(text, lead, paras, children[j:], end)
    block = next((c.span[0] for c in children[j:] if c.kind is NodeKind.SECTION and c.span[0] > lead.end), None)
    stop = end if block is None else block
    step_out = STEP_OUT_LINE.search(text, lead.end, stop)
    if step_out is not None:
        stop = step_out.start() + 1
    turn = QUESTION_TURN.search(text, lead.end, stop)  # 问：… or 记者：…？ ends the last point before it
    if turn is not None and not any(c.span[0] < turn.start() < c.span[1] for c in children[j:]):
        return turn.start()
    return stop


def _label_stop(text: str, lead: Lead, paras: list[Paragraph], after: list[Node], end: int) -> int:
    """The list right after a label is its own when the label introduces it (主要任务是：（一）…); a
    label whose paragraph is text of its own (具体指标：到2022年…。) heads no list after it, nor
    does a list introduced by a sentence of another pattern (重点抓好以下工作：（一）…)."""
    nxt = next((p.start for p in paras if p.number > lead.paragraph), end)
    child = next((c for c in after if c.span[0] >= lead.end), None)
    own = next(p for p in paras if p.number == lead.paragraph)
    introduces = lead.rest == 0 or text[own.end - 1] in COLONS
    if child is None or child.span[0] > nxt or not introduces:
        return min(nxt, child.span[0]) if child is not None else nxt
    return next((p.start for p in paras if p.start >= child.span[1]), end)


def _heading(text: str, lead: Lead, stop: int, children: list[Node]) -> Node:
    end = stop
    while end > lead.end and text[end - 1].isspace():
        end -= 1
    return new_node(NodeKind.RUN_IN, None, None, None, 1, text[lead.start:lead.end], (lead.start, lead.end),
                    None, (lead.start, max(end, lead.end)), children)


def _relevel(nodes: list[Node], level: int) -> None:
    for node in nodes:
        node.__dict__["level"] = level  # past pydantic's __setattr__: a field every node has
        _relevel(node.children, level + 1)
