"""The pipeline, joined in one place: decode → repair layout → envelope → markers → tree → annotate."""

from __future__ import annotations

import bisect
import ctypes
import gc
import os
import re
import sys
import threading
from dataclasses import replace

from .announce import find_announcements
from .envelope import Envelope, find_envelope
from .errors import OrgdocError
from .grammar import prepare
from .load import Limits, Loaded, load_bytes, load_file
from .load._common import DEFAULT_LIMITS, safe_text
from .markers import scan_markers
from .models import (
    MAX_REPEATS,
    Diagnostic,
    DiagnosticCode,
    Marker,
    Node,
    Outline,
    Region,
    RegionKind,
    Source,
    Span,
    new_outline,
    new_region,
    trimmed_span,
)
from .normalize import Repaired, repair
from .offsets import to_input
from .runin import add_run_ins
from .tree import build_tree


def parse(text: str, *, include_text: bool = False, limits: Limits = DEFAULT_LIMITS) -> Outline:
    """The outline of a document given as text."""
    if not isinstance(text, str):
        hint = " (for bytes use parse_bytes(data, name=…))" if isinstance(text, (bytes, bytearray, memoryview)) else ""
        raise TypeError(f"parse() takes the document as a str, not {type(text).__name__}{hint}")
    _check_options(limits=limits)
    return _outline(Loaded(text=text, format="text", encoding=None), include_text, limits)


def parse_bytes(data: bytes, *, name: str | None = None, encoding: str | None = None,
                format: str | None = None, include_text: bool = False, limits: Limits = DEFAULT_LIMITS) -> Outline:
    """The outline of a document given as bytes (text in any encoding, .docx, HTML, PDF)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        hint = " (for text use parse(text))" if isinstance(data, str) else ""
        raise TypeError(f"parse_bytes() takes the document as bytes, not {type(data).__name__}{hint}")
    _check_options(name=name, encoding=encoding, format=format, limits=limits)
    return _outline(load_bytes(bytes(data), name=name, encoding=encoding, format=format, limits=limits),
                    include_text, limits)


def parse_file(path: str | os.PathLike[str], *, encoding: str | None = None, format: str | None = None,
               include_text: bool = False, limits: Limits = DEFAULT_LIMITS) -> Outline:
    """The outline of a file; raises OrgdocError (naming the file) when it cannot be read."""
    if not isinstance(path, (str, bytes, os.PathLike)):
        raise TypeError(f"parse_file() takes a path (str or os.PathLike), not {type(path).__name__}"
                        " (for an open file use parse_bytes(f.read(), name=…))")
    _check_options(encoding=encoding, format=format, limits=limits)
    return _outline(load_file(path, encoding=encoding, format=format, limits=limits), include_text, limits)


def _check_options(limits: Limits, **options: object) -> None:
    """The keyword options are str or None, `limits` a Limits: a TypeError says what to pass."""
    for key, value in options.items():
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{key}= takes a str or None, not {type(value).__name__}")
    if not isinstance(limits, Limits):
        raise TypeError(f"limits= takes an orgdoc.Limits, not {type(limits).__name__}")


def _outline(loaded: Loaded, include_text: bool, limits: Limits = DEFAULT_LIMITS) -> Outline:
    """The stages after decoding, inside the error boundary: whatever fails is an OrgdocError."""
    loaded = _encodable(loaded)
    if not _prepared:
        _prepare()
    paused = _pause_gc()
    try:
        return _stages(loaded, include_text, limits)
    except OrgdocError:
        raise
    except MemoryError:
        raise OrgdocError(f"cannot outline the document: it needs more memory than there is — "
                          f"{loaded.path or '<text>'}") from None
    except Exception as exc:  # a bug is still reported as the library's own error
        raise OrgdocError(f"cannot outline the document: internal error {type(exc).__name__}: {exc} — "
                          f"{loaded.path or '<text>'}") from exc
    finally:
        if paused:
            _resume_gc()


_prepared = False


def _prepare() -> None:
    """The grammar's patterns, built before the first parse needs them: `prepare` also keeps what
    this process compiled for the next (orgdoc.precompiled)."""
    global _prepared
    prepare()
    _prepared = True


_gc_lock = threading.Lock()
_gc_pauses = 0  # parses under way (threads) that paused the collector


def _pause_gc() -> bool:
    """The stages build acyclic data: the cyclic collector would only rescan it, the more often the
    bigger it grows (a 64× document cost 1.4× per MB with it on). Paused while any parse runs, if it was on."""
    global _gc_pauses
    with _gc_lock:
        if _gc_pauses == 0 and not gc.isenabled():
            return False
        _gc_pauses += 1
        gc.disable()
        return True


def _resume_gc() -> None:
    global _gc_pauses
    with _gc_lock:
        _gc_pauses -= 1
        if _gc_pauses == 0:
            gc.enable()


def _encodable(loaded: Loaded) -> Loaded:
    """Text without surrogates (which UTF-8 and JSON cannot hold): each replaced by U+FFFD, one
    character for one so offsets hold, with a warning."""
    text, count = safe_text(loaded.text)
    if not count:
        return loaded
    note = (f"{count} character{'s' if count != 1 else ''} that cannot be written as UTF-8 (lone surrogates) "
            "replaced with U+FFFD")
    return replace(loaded, text=text, warnings=(*loaded.warnings, note))


def _stages(loaded: Loaded, include_text: bool, limits: Limits = DEFAULT_LIMITS) -> Outline:
    repaired = repair(loaded.text)
    text = repaired.text
    _trim_heap(len(text))
    styled = _styled(loaded.headings, repaired)
    envelope = find_envelope(text, loaded.title_hints, _back_matter(loaded.back_matter, repaired),
                             _moved(loaded.tables, repaired), _moved(loaded.figures, repaired), styled)
    _trim_heap(len(text))
    markers = _outside(scan_markers(text, *envelope.body), _boilerplate(envelope))
    budget = limits.max_nodes
    over = len(markers) > budget
    del markers[budget:]  # no more nodes can come of the rest: their text stays in the last node
    styled = _styled_outside(styled, _boilerplate(envelope))
    boilerplate = _boilerplate(envelope)
    nodes, warnings, closing = build_tree(text, markers, envelope.body, styled,  # which empties `markers`
                                          envelope.appended, boilerplate)
    nodes = add_run_ins(text, nodes, envelope.body, closing, boilerplate)
    nodes, cut = _within_budget(nodes, budget)
    _over_regions(nodes, _boilerplate(envelope))
    if over or cut:
        warnings.append(Diagnostic(
            code=DiagnosticCode.UNPLACED_TEXT,
            message=f"more headings than max_nodes={budget}: the outline stops there and the last node holds "
                    "the rest of the text; raise it with limits=Limits(max_nodes=…) or --limit max_nodes=…"))
    announcements, more = find_announcements(text, envelope.body, nodes)
    notes = [Diagnostic(code=DiagnosticCode.DECODING, message=w) for w in loaded.warnings]
    notes += [Diagnostic(code=DiagnosticCode.TEXT_REPAIRED, message=n) for n in repaired.notes]
    regions = _regions(text, envelope, nodes)
    notes += _coverage_notes(text, regions, nodes)
    source = Source(path=loaded.path, format=loaded.format, encoding=loaded.encoding, length=len(loaded.text),
                    repaired=repaired.changed, text=loaded.text if include_text else None)
    outline = new_outline(
        title=_without_markup(_verbatim_title(envelope, repaired, loaded.text)), subtitle=envelope.subtitle, speaker=envelope.speaker,
        occasion=envelope.occasion, genre=envelope.genre, date=envelope.date,
        regions=regions,
        announcements=announcements, children=nodes,
        warnings=_capped(sorted(notes + warnings.kept + more, key=lambda d: d.span or (-1, -1)), warnings.dropped),
        source=source)
    # Offsets found in the repaired text go back to the text the caller passed (or the loader extracted).
    changed, offsets, furniture = repaired.changed, repaired.offsets, repaired.furniture
    del text, repaired  # the repaired copy of the document: only its offsets are of use from here on
    if changed:
        outline = to_input(outline, offsets, loaded.text, furniture)
    return _numbered(outline).with_text(loaded.text)


TRIM_FROM = 5_000_000  # characters: a document this long hands its freed C heap back after the stages that churn it


def _trim_heap(length: int) -> None:
    """Give the C heap's free pages back to the system (glibc's malloc_trim), for a long document,
    after a stage that made and dropped big strings and lists. glibc keeps such memory, and Python's
    small objects (the nodes) live in arenas of their own that never reuse it: a 100 MB document's
    peak was 65 MB higher without this. A no-op where there is no malloc_trim (macOS, musl)."""
    if length >= TRIM_FROM and _malloc_trim is not None:
        _malloc_trim(0)


def _find_malloc_trim():  # type: ignore[no-untyped-def]
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None


_malloc_trim = _find_malloc_trim()


def _verbatim_title(envelope: Envelope, repaired: Repaired, text: str) -> str | None:
    """The title as the caller's text spells it (the envelope read the repaired copy)."""
    if not repaired.changed or not envelope.title_parts:
        return envelope.title
    spans = [(sep, repaired.offsets.span(*span)) for sep, span in envelope.title_parts]
    return "".join(sep + text[a:b] for sep, (a, b) in spans)


def _over_regions(nodes: list[Node], spans: list[Span]) -> None:
    """A top-level node that ends inside furniture, a table or contents (cut there by a closing cue
    the table holds) ends with it, so the region lies inside the node as the model says, unless the
    next node starts first."""
    if not spans:
        return
    spans = sorted(spans)
    starts = [s for s, _ in spans]
    for k, node in enumerate(nodes):
        at = bisect.bisect_left(starts, node.span[1]) - 1
        if at < 0 or not spans[at][0] < node.span[1] < spans[at][1]:
            continue
        if k + 1 == len(nodes) or nodes[k + 1].span[0] >= spans[at][1]:
            node.span = (node.span[0], spans[at][1])


def _within_budget(nodes: list[Node], budget: int) -> tuple[list[Node], bool]:
    """The first `budget` nodes in document order; the last one kept, and the nodes it ends in,
    reach to the end of what was left out, so nodes and regions still tile the text."""
    if _count(nodes, budget) <= budget:
        return nodes, False
    end = max(n.span[1] for n in nodes)
    left = [budget]

    def keep(children: list[Node]) -> list[Node]:
        kept = []
        for child in children:
            if left[0] <= 0:
                break
            left[0] -= 1
            kept.append(child)
            child.children = keep(child.children)
        return kept

    kept = keep(nodes)
    chain = kept[-1:] if kept else []
    while chain:
        node = chain.pop()
        node.span = (node.span[0], max(node.span[1], end))
        chain.extend(node.children[-1:])
    return kept, True


def _count(nodes: list[Node], stop: int) -> int:
    """How many nodes the tree has, counting no further than just past `stop`."""
    count, stack = 0, list(nodes)
    while stack and count <= stop:
        node = stack.pop()
        count += 1
        stack.extend(node.children)
    return count


def _capped(diagnostics: list[Diagnostic], dropped: dict[tuple[str, str], int]) -> list[Diagnostic]:
    """At most MAX_REPEATS of each diagnostic (10^5 lines of 一、 restart the numbering 10^5 times),
    then one that says how many more there were (span None, so it leads the list). `dropped`:
    those a stage counted without keeping (models.Diagnostics)."""
    seen: dict[tuple[str, str], int] = {}
    kept = []
    for d in diagnostics:
        key = (d.code.value, d.message)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= MAX_REPEATS:
            kept.append(d)
    for key, n in dropped.items():
        seen[key] = seen.get(key, 0) + n
    more = [Diagnostic(code=DiagnosticCode(code), message=f"{message} (and {n - MAX_REPEATS} more like it, not listed)")
            for (code, message), n in seen.items() if n > MAX_REPEATS]
    return more + kept if more else diagnostics


def _numbered(outline: Outline) -> Outline:
    """Node ids n1, n2 … in document order."""
    for k, node in enumerate(outline.walk(), 1):
        node.__dict__["id"] = f"n{k}"  # past pydantic's __setattr__: a field every node has
    return outline


def _styled_outside(headings: tuple[tuple[int, int, int], ...], spans: list[Span]) -> tuple[tuple[int, int, int], ...]:
    """Styled heading lines that overlap no furniture, contents or table (`# 版权所有…` is a footer
    line whatever its style says), as for the markers."""
    if not spans or not headings:
        return headings
    spans = sorted(spans)
    ends = [e for _, e in spans]
    kept = []
    for heading in headings:
        k = bisect.bisect_right(ends, heading[0])  # the first span ending after the line starts
        if k == len(spans) or heading[1] <= spans[k][0]:  # and it starts after the line: no overlap
            kept.append(heading)
    return tuple(kept)


def _back_matter(start: int | None, repaired: Repaired) -> int | None:
    """Where the back matter the loader marked starts, in the repaired text."""
    if start is None or not repaired.changed:
        return start
    return repaired.offsets.forth(start)


def _moved(spans: tuple[Span, ...], repaired: Repaired) -> tuple[Span, ...]:
    """The loader's spans (data tables, lines under a picture), moved into the repaired text."""
    if not repaired.changed:
        return spans
    forth = repaired.offsets.forth
    return tuple((forth(start), forth(end)) for start, end in spans)


def _styled(headings: tuple[tuple[int, int, int], ...], repaired: Repaired) -> tuple[tuple[int, int, int], ...]:
    """The loader's heading lines, moved into the repaired text."""
    if not repaired.changed:
        return headings
    forth = repaired.offsets.forth
    return tuple((forth(start), forth(end), level) for start, end, level in headings)


MOSTLY = 0.5  # the share of the text's visible characters in boilerplate past which a page is said to be mostly furniture


def _coverage_notes(text: str, regions: list[Region], nodes: list[Node]) -> list[Diagnostic]:
    """Say so when a document with text gives no node, or when page furniture covers most of it:
    an empty outline is never silent."""
    boiler = sum(_visible(text[a:b]) for (a, b) in (r.span for r in regions if r.kind is RegionKind.BOILERPLATE))
    if nodes and not boiler:  # the usual document: no need to count the whole text
        return []
    visible = _visible(text)
    notes = []
    if visible and boiler > MOSTLY * visible:
        notes.append(Diagnostic(code=DiagnosticCode.MOSTLY_BOILERPLATE,
                                message=f"page furniture (menus, footers, related links) covers {boiler} of "
                                        f"the text's {visible} characters"))
    if visible and not nodes:
        notes.append(Diagnostic(code=DiagnosticCode.EMPTY_OUTLINE,
                                message=f"no outline found: no numbered or run-in heading in {visible} "
                                        "characters of text"))
    return notes


# str.isspace's characters (the set str.split cuts at and \s matches): the common ones counted by
# str.count, a pass in C each; the rest, rare, found one by one.
_COMMON_SPACES = " \n\u3000\t\r\xa0"
_RARE_SPACES_RE = re.compile("[\x0b\x0c\x1c-\x1f\x85\u1680\u2000-\u200a\u2028\u2029\u202f\u205f]")


VISIBLE_BLOCK = 1 << 18  # characters counted at a time: each count pass reads a block still in cache


def _visible(text: str) -> int:
    """Characters other than whitespace, counted without copying the text into pieces (a 100 MB
    document's split held another copy of it at the peak) and without a Python step per run. A long
    text is counted a block at a time, every pass over one block before the next: six passes over the
    whole of a long text each read it from memory again (twice the cost per character)."""
    spaces = 0
    for at in range(0, len(text), VISIBLE_BLOCK):
        end = at + VISIBLE_BLOCK
        spaces += sum(text.count(ch, at, end) for ch in _COMMON_SPACES)
    return len(text) - spaces - sum(1 for _ in _RARE_SPACES_RE.finditer(text))


def _without_markup(title: str | None) -> str | None:
    """A Markdown title line (# 在…上的讲话, **…**) gives the title without its markup."""
    if title is None or not title.startswith(("#", "*")):
        return title
    return re.sub(r"\*\*|__", "", title.lstrip("#> \t")).strip() or title


def _boilerplate(envelope: Envelope) -> list[Span]:
    """Regions whose markers are not the outline's: furniture, a table of contents (which may stand
    inside the body, after a 序言), tables flattened into lines."""
    return [r.span for r in envelope.regions if r.kind in _NOT_OUTLINE]


_NOT_OUTLINE = (RegionKind.BOILERPLATE, RegionKind.CONTENTS, RegionKind.TABLE, RegionKind.EDITORS_NOTE,
                RegionKind.BACK_MATTER,  # back matter inside the body: the list of attachments appended after the signature
                RegionKind.TITLE)  # a title over a 目录 down the text, under a covering note's tail


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


def _regions(text: str, envelope: Envelope, nodes: list[Node]) -> list[Region]:
    """The envelope's regions, plus the body text no top-level node holds: the preamble before the
    first node, and text between or after top-level lists. With the nodes they tile the text."""
    regions = list(envelope.regions)
    first_node = nodes[0].span[0] if nodes else envelope.body[1]
    held = sorted([n.span for n in nodes] + [s for s in _boilerplate(envelope)
                                              if envelope.body[0] <= s[0] < envelope.body[1]])
    start = envelope.body[0]
    for held_start, held_end in [*held, (envelope.body[1], envelope.body[1])]:
        piece = trimmed_span(text, start, held_start)
        if piece:
            kind = RegionKind.PREAMBLE if piece[1] <= first_node else RegionKind.TEXT
            regions.append(new_region(kind, piece))
        start = max(start, held_end)
    return sorted(regions, key=lambda r: r.span)
