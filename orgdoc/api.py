"""The pipeline, joined in one place: decode → repair layout → envelope → markers → tree → annotate."""

from __future__ import annotations

import os

from .announce import find_announcements
from .envelope import Envelope, find_envelope
from .load import Loaded, load_bytes, load_file
from .markers import scan_markers
from .models import Diagnostic, DiagnosticCode, Marker, Outline, Region, RegionKind, Source, Span
from .normalize import repair
from .runin import add_run_ins
from .tree import build_tree


def parse(text: str, *, include_text: bool = False) -> Outline:
    """The outline of a document given as text."""
    return _outline(Loaded(text=text, format="text", encoding=None), include_text)


def parse_bytes(data: bytes, *, name: str | None = None, encoding: str | None = None,
                format: str | None = None, include_text: bool = False) -> Outline:
    """The outline of a document given as bytes (text in any encoding, .docx, HTML, PDF)."""
    return _outline(load_bytes(data, name=name, encoding=encoding, format=format), include_text)


def parse_file(path: str | os.PathLike[str], *, encoding: str | None = None, format: str | None = None,
               include_text: bool = False) -> Outline:
    """The outline of a file; raises OrgdocError (naming the file) when it cannot be read."""
    return _outline(load_file(path, encoding=encoding, format=format), include_text)


def _outline(loaded: Loaded, include_text: bool) -> Outline:
    repaired = repair(loaded.text)
    text = repaired.text
    envelope = find_envelope(text)
    markers = _outside(scan_markers(text, *envelope.body), _boilerplate(envelope))
    styled = loaded.headings if not repaired.changed else ()  # their offsets are the loaded text's
    nodes, warnings = build_tree(text, markers, envelope.body, styled)
    nodes = add_run_ins(text, nodes, envelope.body)
    announcements, more = find_announcements(text, envelope.body, nodes)
    notes = [Diagnostic(code=DiagnosticCode.DECODING, message=w) for w in loaded.warnings]
    notes += [Diagnostic(code=DiagnosticCode.TEXT_REPAIRED, message=n) for n in repaired.notes]
    source = Source(path=loaded.path, format=loaded.format, encoding=loaded.encoding, length=len(text),
                    repaired=repaired.changed or loaded.format != "text",
                    text=text if include_text else None)
    return Outline(
        title=envelope.title, subtitle=envelope.subtitle, speaker=envelope.speaker,
        occasion=envelope.occasion, genre=envelope.genre, date=envelope.date,
        regions=_regions(text, envelope, nodes[0].span[0] if nodes else envelope.body[1]),
        announcements=announcements, children=nodes,
        warnings=sorted(notes + warnings + more, key=lambda d: d.span or (-1, -1)),
        source=source)


def _boilerplate(envelope: Envelope) -> list[Span]:
    return [r.span for r in envelope.regions if r.kind is RegionKind.BOILERPLATE]


def _outside(markers: list[Marker], spans: list[Span]) -> list[Marker]:
    """Markers inside web furniture (an advert in mid-text) are not the speech's."""
    if not spans:
        return markers
    kept, spans, k = [], sorted(spans), 0
    for m in markers:  # both in text order: one merge walk
        while k < len(spans) and spans[k][1] <= m.start:
            k += 1
        if k == len(spans) or m.start < spans[k][0]:
            kept.append(m)
    return kept


def _regions(text: str, envelope: Envelope, first_node: int) -> list[Region]:
    """The envelope's regions, plus the preamble: body text before the first node.

    Boilerplate inside the preamble (an advert between paragraphs) cuts it into pieces, so that
    regions never overlap.
    """
    regions = list(envelope.regions)
    cuts = sorted(s for s in _boilerplate(envelope) if envelope.body[0] <= s[0] < first_node)
    start = envelope.body[0]
    for cut_start, cut_end in [*cuts, (first_node, first_node)]:
        piece = _trimmed(text, start, min(cut_start, first_node))
        if piece:
            regions.append(Region(kind=RegionKind.PREAMBLE, span=piece))
        start = max(start, cut_end)
    return sorted(regions, key=lambda r: r.span)


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
