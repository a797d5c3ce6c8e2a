"""Offsets into the caller's text: an outline found in the repaired text, moved back to the input.

The parser works on the repaired text (`normalize.repair`), but a caller holds the string it
passed. Every span of the outline (nodes, regions, announcements, warnings) is moved back through
the repair's `OffsetMap`, and the strings that quote the text (marker, heading, announcement) are
read again from the input, so `text[node.heading_span] == node.heading` holds for the caller's
string: a heading cut by a hard wrap keeps its line break, one holding a zero-width space keeps it.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from .models import Announcement, Diagnostic, Node, Outline, Region, RegionKind, Span, copied
from .normalize import OffsetMap


def to_input(outline: Outline, offsets: OffsetMap, text: str, furniture: tuple[Span, ...] = ()) -> Outline:
    """The outline with every span an index into `text`, the input the repair started from. Its
    nodes are moved in place (the parse's own), the rest copied. `furniture`: the input spans of the
    page numbers and running headers the repair deleted, which become boilerplate regions."""
    move = _move if offsets.steps else _reread  # no character deleted: the spans hold as they are
    starts = [a for a, _ in furniture]  # in order: the repair deletes the lines in order
    stack = list(outline.children)
    while stack:  # a loop, not a recursion: the tree may be deep
        node = stack.pop()
        move(node, offsets, text, starts)
        stack.extend(node.children)
    regions = [_region(r, offsets) for r in outline.regions]
    return copied(outline, regions=sorted(regions + _furniture_regions(furniture, regions), key=_span),
                  announcements=[_announcement(a, offsets, text) for a in outline.announcements],
                  warnings=[_warning(w, offsets) for w in outline.warnings])


def _inside(span: Span, outer: Span) -> Span:
    """Clamped into `outer`: an empty span at a node's edge may land beside characters the repair
    deleted there, outside the node."""
    if outer[0] <= span[0] <= span[1] <= outer[1]:
        return span
    start = min(max(span[0], outer[0]), outer[1])
    return start, min(max(span[1], start), outer[1])


def _move(node: Node, offsets: OffsetMap, text: str, furniture: list[int]) -> None:
    """The node moved back, in place: the parse that called this made it and holds it alone, and a
    copy of every node (its dict and fields-set) would double the outline's memory."""
    span_of = offsets.span
    fields = node.__dict__  # past pydantic's __setattr__: fields every node has
    span = fields["span"] = span_of(*fields["span"])
    heading = _inside(span_of(*fields["heading_span"]), span)
    if furniture:
        heading = heading[0], _before_furniture(text, heading, furniture)
    fields["heading_span"] = heading
    fields["heading"] = text[heading[0]:heading[1]]
    marker = fields["marker_span"]
    if marker is not None:
        marker = fields["marker_span"] = _inside(span_of(*marker), span)
        fields["marker"] = text[marker[0]:marker[1]]


def _span(region: Region) -> Span:
    return region.span


def _furniture_regions(furniture: tuple[Span, ...], regions: list[Region]) -> list[Region]:
    """The page furniture the repair deleted, as boilerplate regions: the text holds it, and a chunk
    of a node it stood in leaves it out as it leaves out any boilerplate. One standing inside a
    region already (a table, the closing part) is that region's."""
    held = sorted(r.span for r in regions)
    starts = [a for a, _ in held]
    ends = list(accumulate((b for _, b in held), max))
    found = []
    for start, end in furniture:
        k = bisect_right(starts, start) - 1
        if k < 0 or ends[k] <= start:
            found.append(Region(kind=RegionKind.BOILERPLATE, span=(start, end), label="page furniture"))
    return found


def _before_furniture(text: str, heading: Span, furniture: list[int]) -> int:
    """Where a heading the repair joined across a page's furniture (a page number and a running
    header between two lines of a wrapped heading) ends in the input: before the first furniture
    line in it (`furniture`: their starts, in order), since a quote of the input cannot leave it out."""
    k = bisect_right(furniture, heading[0])
    if k == len(furniture) or furniture[k] >= heading[1]:
        return heading[1]
    end = furniture[k]
    while end > heading[0] and text[end - 1].isspace():
        end -= 1
    return end


def _reread(node: Node, offsets: OffsetMap, text: str, furniture: list[int]) -> None:
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
    return copied(region, span=offsets.span(*region.span))


def _announcement(a: Announcement, offsets: OffsetMap, text: str) -> Announcement:
    span = offsets.span(*a.span)
    target = offsets.span(*a.target) if a.target else None
    return copied(a, span=span, text=text[span[0]:span[1]], target=target)


def _warning(w: Diagnostic, offsets: OffsetMap) -> Diagnostic:
    return copied(w, span=offsets.span(*w.span) if w.span else None)
