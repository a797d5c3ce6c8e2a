"""Chunks for retrieval: the body cut at node boundaries first, then at sentences, each chunk with the
heading path of the deepest node holding it.

    >>> import orgdoc
    >>> outline = orgdoc.parse("一、统一思想。要深刻领会。\\n二、明确任务。要细化分工。")
    >>> [(c.text, c.heading_path) for c in outline.chunks(max_chars=12)]
    [('一、统一思想。要深刻领会。', ['一、统一思想']), ('二、明确任务。要细化分工。', ['二、明确任务'])]

Every character of the text is in exactly one chunk, except the regions left out (web boilerplate by
default), which are listed and counted on the result, and the whitespace between chunks. Sizes are
counted in characters by default, which suits Chinese (no spaces between words, about one token per
character for most Chinese embedding models); pass `tokenizer=` (a callable giving a sequence of
tokens, e.g. a Hugging Face tokenizer's `tokenize`) or `length=` (a callable giving a size) to count
otherwise.

How a text is cut, in order of preference:

1. a node (with its children) that fits stays whole; small neighbours are packed together up to the
   limit, so a chunk may hold a section's lead-in with its first points;
2. a node too large is cut between its lead-in and its children, recursively;
3. text without nodes too large (a long paragraph) is cut between sentences (after 。！？；!?; and
   line ends, closing quotes included);
4. only a sentence longer than the limit on its own is cut inside, after a comma when there is one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sized
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from .models import Node, Outline, Region, RegionKind, Span, trimmed_span

__all__ = ["DEFAULT_MAX_CHARS", "Chunk", "Chunks", "chunk"]

# About a page of a Chinese speech: a point with its paragraph, or a short section whole. Within the
# 512-token input of common Chinese embedding models (bge, m3e, text2vec) for most tokenizers.
DEFAULT_MAX_CHARS = 500

# A sentence ends after one of these, with any closing quotes or brackets; a line break ends one too.
_SENTENCE = re.compile(r"[^\n]*?(?:[。！？；!?;…]+[”’」』）)】》\"']*|$)|\n", re.MULTILINE)
_CLAUSE_ENDS = "，、,：:"


class Chunk(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(description="c1, c2 … in document order.")
    text: str = Field(description="The chunk's own text: the text of its span without the regions left out.")
    context: str = Field(default="", description="The end of the previous chunk, when overlap was asked for.")
    span: Span = Field(description="From the chunk's first character to just after its last.")
    pieces: list[Span] = Field(description="The parts of the span the text is made of (regions left out cut them).")
    heading_path: list[str] = Field(description="Marker and heading of each node from the top down to the "
                                                "deepest node holding the whole chunk; empty outside the nodes.")
    node_id: str | None = Field(default=None, description="Id of the deepest node holding the whole chunk.")
    node_ids: list[str] = Field(default_factory=list, description="Ids of every node the chunk touches.")
    title: str | None = Field(default=None, description="The document's title.")
    source: str | None = Field(default=None, description="The document's path, when it came from a file.")
    size: int = Field(description="The text's size, in the unit chunks were measured in.")

    @property
    def content(self) -> str:
        """What to embed: the overlap context, then the chunk's own text."""
        return self.context + self.text


class Chunks(list[Chunk]):
    """The chunks in document order, with what was left out of them."""

    def __init__(self, chunks: Iterable[Chunk] = (), excluded: Iterable[Region] = (), excluded_chars: int = 0):
        super().__init__(chunks)
        self.excluded = list(excluded)  # the regions left out (boilerplate …)
        self.excluded_chars = excluded_chars  # how many non-space characters they hold


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    node: Node | None = None  # a whole node: cut through its children when too large
    sentence: bool = False  # a single sentence: cut inside only when too large


def chunk(outline: Outline, *, max_chars: int = DEFAULT_MAX_CHARS, overlap: int = 0,
          length: Callable[[str], int] | None = None, tokenizer: Callable[[str], Sized] | None = None,
          exclude: Iterable[RegionKind | str] = (RegionKind.BOILERPLATE,)) -> Chunks:
    """The outline's text cut into chunks of at most `max_chars` (as measured by `length`, by the
    number of tokens `tokenizer` gives, or else in characters).

    `overlap` > 0 gives each chunk a `context`: the last sentences of the previous chunk, up to
    `overlap` in size. `exclude` names the region kinds left out (boilerplate by default; add
    "contents", "title" … to leave more out).
    """
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    if length is None:
        length = (lambda s: len(tokenizer(s))) if tokenizer is not None else len
    return _Chunker(outline, max_chars, overlap, length, {RegionKind(k) for k in exclude}).run()


class _Chunker:
    def __init__(self, outline: Outline, limit: int, overlap: int, length: Callable[[str], int],
                 exclude: set[RegionKind]) -> None:
        self.outline = outline
        self.text = outline.text
        self.limit = limit
        self.overlap = overlap
        self.length = length
        self.left_out = [r for r in outline.regions if r.kind in exclude]
        self.excluded = _merged(r.span for r in self.left_out)
        self.starts = [s for s, _ in self.excluded]

    def run(self) -> Chunks:
        spans = self._pack(self._root_units())
        chunks: list[Chunk] = []
        for k, (start, end) in enumerate(spans, 1):
            chunks.append(self._chunk(k, start, end, chunks[-1] if chunks else None))
        lost = sum(len("".join(self.text[s:e].split())) for s, e in self.excluded)
        return Chunks(chunks, self.left_out, lost)

    # --- units -------------------------------------------------------------------------------------

    def _root_units(self) -> list[_Unit]:
        """Regions outside the nodes (title, preamble, closing …) and top-level nodes, in order."""
        nodes = [n.span for n in self.outline.children]
        units = [_Unit(*n.span, node=n) for n in self.outline.children]
        for region in self.outline.regions:
            s, e = region.span
            if not any(a <= s and e <= b for a, b in nodes):
                units.append(_Unit(s, e))
        return sorted(units, key=lambda u: (u.start, u.end))

    def _node_units(self, node: Node) -> list[_Unit]:
        """A node cut at its children: its lead-in and any text between children, and each child."""
        units = [_Unit(s, e) for s, e in node.own_spans()] + [_Unit(*c.span, node=c) for c in node.children]
        return sorted(units, key=lambda u: u.start)

    def _sentences(self, start: int, end: int) -> list[_Unit]:
        units = []
        for m in _SENTENCE.finditer(self.text, start, end):
            if m.end() > m.start() and not self.text[m.start():m.end()].isspace():
                units.append(_Unit(m.start(), m.end(), sentence=True))
        return units

    def _cut_sentence(self, start: int, end: int) -> list[_Unit]:
        """A sentence longer than the limit: pieces as long as fit, each ended after a comma when one
        lies in its second half."""
        units = []
        while start < end and self._size(start, end) > self.limit:
            cut = self._longest_fit(start, end)
            clause = max(self.text.rfind(ch, start, cut) for ch in _CLAUSE_ENDS) + 1
            if clause > start + (cut - start) // 2:
                cut = clause
            units.append(_Unit(start, cut, sentence=True))
            start = cut
        if start < end:
            units.append(_Unit(start, end, sentence=True))
        return units

    def _longest_fit(self, start: int, end: int) -> int:
        """The furthest cut with the piece before it within the limit (at least one character)."""
        low, high = start + 1, end
        while low < high:
            middle = (low + high + 1) // 2
            if self._size(start, middle) <= self.limit:
                low = middle
            else:
                high = middle - 1
        return low

    # --- packing -----------------------------------------------------------------------------------

    def _pack(self, units: list[_Unit]) -> list[Span]:
        """Consecutive units packed greedily up to the limit. A node too large is cut and its parts
        packed among themselves, so no chunk straddles the edge of a node that was cut; text too
        large is cut into sentences that pack on with their neighbours."""
        out: list[Span] = []
        current: Span | None = None
        queue = list(reversed(units))
        while queue:
            unit = queue.pop()
            size = self._size(unit.start, unit.end)
            if size == 0:
                continue
            if size > self.limit and unit.node is not None and self._splits(unit.node):
                if current:
                    out.append(current)
                current = None
                out += self._pack(self._node_units(unit.node))
            elif size > self.limit:
                parts = self._cut_sentence(unit.start, unit.end) if unit.sentence else self._sentences(unit.start, unit.end)
                queue += reversed(parts)
            elif current is not None and self._size(current[0], unit.end) <= self.limit:
                current = (current[0], unit.end)  # measured joined: the spaces between count
            else:
                if current:
                    out.append(current)
                current = (unit.start, unit.end)
        if current:
            out.append(current)
        return out

    @staticmethod
    def _splits(node: Node) -> bool:
        """A node cuts at its children; one without children is cut as text."""
        return bool(node.children)

    # --- measures and chunks -----------------------------------------------------------------------

    def _pieces(self, start: int, end: int) -> list[Span]:
        """[start, end) without the excluded regions, each part trimmed of surrounding whitespace."""
        parts, k = [], max(bisect_left(self.starts, start) - 1, 0)
        for s, e in self.excluded[k:]:
            if s >= end:
                break
            if e <= start:
                continue
            parts.append((start, s))
            start = max(start, e)
        parts.append((start, end))
        return [t for t in (trimmed_span(self.text, s, e) for s, e in parts) if t]

    def _joined(self, start: int, end: int) -> str:
        return "\n".join(self.text[s:e] for s, e in self._pieces(start, end))

    def _size(self, start: int, end: int) -> int:
        return self.length(self._joined(start, end))

    def _chunk(self, k: int, start: int, end: int, previous: Chunk | None) -> Chunk:
        pieces = self._pieces(start, end)
        text = "\n".join(self.text[s:e] for s, e in pieces)
        deepest = _deepest(self.outline.children, pieces[0][0], pieces[-1][1])
        return Chunk(
            id=f"c{k}", text=text, context=self._context(previous), span=(pieces[0][0], pieces[-1][1]),
            pieces=pieces, heading_path=self.outline.path_of(deepest) if deepest else [],
            node_id=deepest.id if deepest else None, node_ids=self._touched(pieces[0][0], pieces[-1][1]),
            title=self.outline.title, source=self.outline.source.path, size=self.length(text))

    def _context(self, previous: Chunk | None) -> str:
        """The last whole sentences of the previous chunk that fit in `overlap`; its last characters
        when even its last sentence does not fit."""
        if previous is None or self.overlap <= 0:
            return ""
        text = previous.text
        starts = [m.start() for m in _SENTENCE.finditer(text) if m.end() > m.start()]
        for s in starts:
            if self.length(text[s:]) <= self.overlap:
                return text[s:].lstrip()
        return text[-self.overlap:]

    def _touched(self, start: int, end: int) -> list[str]:
        """Ids of the nodes meeting [start, end), in document order; subtrees apart are not visited."""
        found: list[str] = []
        stack = list(reversed(self.outline.children))
        while stack:
            node = stack.pop()
            if node.span[0] < end and start < node.span[1]:
                found.append(node.id)
                stack.extend(reversed(node.children))
        return found


def _deepest(nodes: list[Node], start: int, end: int) -> Node | None:
    """The deepest node whose span holds [start, end)."""
    found = None
    while True:
        inside = next((n for n in nodes if n.span[0] <= start and end <= n.span[1]), None)
        if inside is None:
            return found
        found, nodes = inside, inside.children


def _merged(spans: Iterable[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
