"""Offsets into the caller's text: an outline found in the repaired text, moved back to the input.

The parser works on the repaired text (`normalize.repair`), but a caller holds the string it
passed. Every span of the outline (nodes, regions, announcements, warnings) is moved back through
the repair's `OffsetMap`, and the strings that quote the text (marker, heading, announcement) are
read again from the input, so `text[node.heading_span] == node.heading` holds for the caller's
string: a heading cut by a hard wrap keeps its line break, one holding a zero-width space keeps it.
"""

from __future__ import annotations

import re

from .models import Announcement, Diagnostic, Node, Outline, Region, RegionKind, Span
from .normalize import OffsetMap


def to_input(outline: Outline, offsets: OffsetMap, text: str) -> Outline:
    """The outline with every span an index into `text`, the input the repair started from. Its
    nodes are moved in place (the parse's own), the rest copied."""
    move = _move if offsets.steps else _reread  # no character deleted: the spans hold as they are
    stack = list(outline.children)
    while stack:  # a loop, not a recursion: the tree may be deep
        node = stack.pop()
        move(node, offsets, text)
        stack.extend(node.children)
    regions = [_region(r, offsets) for r in outline.regions]
    return outline.model_copy(update={
        "regions": sorted(regions + _lost_furniture(offsets, text, outline.children, regions), key=_span),
        "announcements": [_announcement(a, offsets, text) for a in outline.announcements],
        "warnings": [_warning(w, offsets) for w in outline.warnings],
    })


def _inside(span: Span, outer: Span) -> Span:
    """Clamped into `outer`: an empty span at a node's edge may land beside characters the repair
    deleted there, outside the node."""
    if outer[0] <= span[0] <= span[1] <= outer[1]:
        return span
    start = min(max(span[0], outer[0]), outer[1])
    return start, min(max(span[1], start), outer[1])


def _move(node: Node, offsets: OffsetMap, text: str) -> None:
    """The node moved back, in place: the parse that called this made it and holds it alone, and a
    copy of every node (its dict and fields-set) would double the outline's memory."""
    span_of = offsets.span
    fields = node.__dict__  # past pydantic's __setattr__: fields every node has
    span = fields["span"] = span_of(*fields["span"])
    repaired = fields["heading_span"]
    heading = _inside(span_of(*repaired), span)
    if heading[1] - heading[0] > repaired[1] - repaired[0]:  # the repair deleted text inside it
        heading = heading[0], _before_furniture(offsets, text, repaired, heading)
    fields["heading_span"] = heading
    fields["heading"] = text[heading[0]:heading[1]]
    marker = fields["marker_span"]
    if marker is not None:
        marker = fields["marker_span"] = _inside(span_of(*marker), span)
        fields["marker"] = text[marker[0]:marker[1]]


def _span(region: Region) -> Span:
    return region.span


def _lost_furniture(offsets: OffsetMap, text: str, nodes: list[Node], regions: list[Region]) -> list[Region]:
    """Lines the repair deleted (a wrapped PDF text's page numbers and running headers) that fall
    between the spans that tile the text, as boilerplate regions: no character of the input is left
    out. Those inside a node's or a region's span are held by it already; the gaps between the
    top-level spans are few, whatever the number of deletions. A gap the repair deleted whole maps
    to one point of the repaired text."""
    lost = []
    position = 0
    for start, end in sorted([n.span for n in nodes] + [r.span for r in regions]) + [(len(text), len(text))]:
        if start > position and _holds_text(text[position:start]):
            for block in _TEXT_LINES.finditer(text, position, start):  # runs of non-blank lines
                span = block.start(), block.start() + len(block.group().rstrip())
                if offsets.forth(span[0]) == offsets.forth(span[1]):
                    lost.append(Region(kind=RegionKind.BOILERPLATE, span=span, label="page furniture"))
        position = max(position, end)
    return lost


_TEXT_LINES = re.compile(r"\S[^\n]*(?:\n[^\S\n]*\S[^\n]*)*")  # lines with text, up to a blank line


def _holds_text(gap: str) -> bool:
    """Whether deleted characters hold visible text (not only line breaks, spaces and invisible ones)."""
    return any(ch.isprintable() and not ch.isspace() for ch in gap)


def _before_furniture(offsets: OffsetMap, text: str, repaired: Span, heading: Span) -> int:
    """Where a heading the repair joined across a page's furniture (a page number and a running
    header between two lines of a wrapped heading) ends in the input: before the first deleted
    stretch holding whole lines of text, since a quote of the input cannot leave it out. Line breaks
    and invisible characters deleted inside it stay in it."""
    previous = heading[0]
    for k in range(repaired[0] + 1, repaired[1]):
        position = offsets.back(k)
        if position - previous > 1:
            gap = text[previous + 1:position]
            if "\n" in gap and _holds_text(gap):
                return previous + 1
        previous = position
    return heading[1]


def _reread(node: Node, offsets: OffsetMap, text: str) -> None:
    """The node's quoted strings read again from the input (repair replaced characters one for one)."""
    fields = node.__dict__  # `offsets` deletes nothing: the spans hold as they are
    span = fields["span"]
    heading = fields["heading_span"] = _inside(fields["heading_span"], span)
    fields["heading"] = text[heading[0]:heading[1]]
    marker = fields["marker_span"]
    if marker is not None:
        marker = fields["marker_span"] = _inside(marker, span)
        fields["marker"] = text[marker[0]:marker[1]]


def _region(region: Region, offsets: OffsetMap) -> Region:
    moved = region.__copy__()  # model_copy(update=…) without its update machinery: half the cost
    moved.__dict__["span"] = offsets.span(*region.span)  # a required field: already in the fields set
    return moved


def _announcement(a: Announcement, offsets: OffsetMap, text: str) -> Announcement:
    span = offsets.span(*a.span)
    target = offsets.span(*a.target) if a.target else None
    return a.model_copy(update={"span": span, "text": text[span[0]:span[1]], "target": target})


def _warning(w: Diagnostic, offsets: OffsetMap) -> Diagnostic:
    return w.model_copy(update={"span": offsets.span(*w.span) if w.span else None})
