"""Offsets into the caller's text: an outline found in the repaired text, moved back to the input.

The parser works on the repaired text (`normalize.repair`), but a caller holds the string it
passed. Every span of the outline (nodes, regions, announcements, warnings) is moved back through
the repair's `OffsetMap`, and the strings that quote the text (marker, heading, announcement) are
read again from the input, so `text[node.heading_span] == node.heading` holds for the caller's
string: a heading cut by a hard wrap keeps its line break, one holding a zero-width space keeps it.
"""

from __future__ import annotations

from .models import Announcement, Diagnostic, Node, Outline, Region, Span
from .normalize import OffsetMap


def to_input(outline: Outline, offsets: OffsetMap, text: str) -> Outline:
    """The outline with every span an index into `text`, the input the repair started from. Its
    nodes are moved in place (the parse's own), the rest copied."""
    return outline.model_copy(update={
        "children": [_node(n, offsets, text) for n in outline.children],
        "regions": [_region(r, offsets) for r in outline.regions],
        "announcements": [_announcement(a, offsets, text) for a in outline.announcements],
        "warnings": [_warning(w, offsets) for w in outline.warnings],
    })


def _inside(span: Span, outer: Span) -> Span:
    """Clamped into `outer`: an empty span at a node's edge may land beside characters the repair
    deleted there, outside the node."""
    start = min(max(span[0], outer[0]), outer[1])
    return start, min(max(span[1], start), outer[1])


def _node(node: Node, offsets: OffsetMap, text: str) -> Node:
    """The node moved back, in place: the parse that called this made it and holds it alone, and a
    copy of every node (its dict and fields-set) would double the outline's memory."""
    span = offsets.span(*node.span)
    heading = _inside(offsets.span(*node.heading_span), span)
    marker = _inside(offsets.span(*node.marker_span), span) if node.marker_span else None
    fields = node.__dict__  # past pydantic's __setattr__: fields every node has
    fields["span"] = span
    fields["heading_span"] = heading
    fields["heading"] = text[heading[0]:heading[1]]
    fields["marker_span"] = marker
    if marker is not None:
        fields["marker"] = text[marker[0]:marker[1]]
    fields["children"] = [_node(c, offsets, text) for c in node.children]
    return node


def _region(region: Region, offsets: OffsetMap) -> Region:
    return region.model_copy(update={"span": offsets.span(*region.span)})


def _announcement(a: Announcement, offsets: OffsetMap, text: str) -> Announcement:
    span = offsets.span(*a.span)
    target = offsets.span(*a.target) if a.target else None
    return a.model_copy(update={"span": span, "text": text[span[0]:span[1]], "target": target})


def _warning(w: Diagnostic, offsets: OffsetMap) -> Diagnostic:
    return w.model_copy(update={"span": offsets.span(*w.span) if w.span else None})
