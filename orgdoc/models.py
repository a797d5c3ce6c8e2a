"""The data model every stage shares: the outline tree and the document around it.

Offsets are Python string indices (code points) into `Outline.source.text`'s text, the decoded and
layout-repaired text the parser saw; for a clean UTF-8 file that is the file itself. A `Span` is a
half-open pair `(start, end)`, so `text[start:end]` is what it covers.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

SCHEMA_NAME: Literal["orgdoc.outline"] = "orgdoc.outline"
SCHEMA_VERSION = "1.0"

Span = tuple[int, int]


def trimmed_span(text: str, start: int, end: int) -> Span | None:
    """text[start:end] without the whitespace at its ends, as a span; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NodeKind(str, Enum):
    """What a node is in the speech's structure."""

    SECTION = "section"  # block heading: 一、 （一） 1. （1） ① 第一部分 第一条, a lone numeral line
    POINT = "point"  # inline enumeration: 一是 第一 其一 首先…最后 ① inside a paragraph
    DIRECTIVE = "directive"  # inline enumeration of duties: 一要 二要, 一须, 一应
    ITEM = "item"  # bullet: —— ● ■ ▲ ◆
    RUN_IN = "run_in"  # unnumbered lead sentence opening one of several parallel points


class Node(_Model):
    id: str = Field(default="", description="n1, n2 … in document order; stable for a given text.")
    kind: NodeKind
    marker: str | None = Field(description="The marker verbatim (一、 （一） 一是 …); null for a run-in heading.")
    form: str | None = Field(default=None, description="The grammar rule the marker matched, e.g. cn_dun.")
    ordinal: int | None = Field(default=None, description="The number the marker gives, 1-based.")
    level: int = Field(description="1-based depth in the tree.")
    heading: str = Field(description="Verbatim text after the marker up to the first 。！？；：, the next marker or the line end.")
    heading_span: Span
    marker_span: Span | None = None
    span: Span = Field(description="From the marker to the end of the node's last text.")
    children: list[Node] = Field(default_factory=list)

    @property
    def label(self) -> str:
        """Marker and heading as they stand in the text (`一、加强组织领导`); the heading alone for a
        run-in heading."""
        return f"{self.marker or ''}{self.heading}"

    def text(self, outline: Outline) -> str:
        """The node's whole text, its children's included: `outline.text[span]`."""
        return outline.text_of(self)

    def own_text(self, outline: Outline) -> str:
        """The node's text without its children's (the pieces joined by line breaks)."""
        return outline.own_text_of(self)

    def own_spans(self) -> list[Span]:
        """The parts of the span no child holds, in order (whitespace between parts included)."""
        parts, start = [], self.span[0]
        for child in self.children:
            if child.span[0] > start:
                parts.append((start, child.span[0]))
            start = max(start, child.span[1])
        if start < self.span[1]:
            parts.append((start, self.span[1]))
        return parts

    def path(self, outline: Outline) -> list[str]:
        """Labels (marker + heading) from the top-level ancestor down to this node."""
        return outline.path_of(self)


class DiagnosticCode(str, Enum):
    NUMBERING_GAP = "numbering_gap"
    NUMBERING_DUPLICATE = "numbering_duplicate"
    NUMBERING_RESTART = "numbering_restart"
    FAMILY_CHANGED = "family_changed"
    LEVEL_SKIPPED = "level_skipped"
    ANNOUNCED_COUNT_MISMATCH = "announced_count_mismatch"
    UNPLACED_TEXT = "unplaced_text"
    TEXT_REPAIRED = "text_repaired"
    DECODING = "decoding"
    EMPTY_OUTLINE = "empty_outline"  # a document with text gave no node
    MOSTLY_BOILERPLATE = "mostly_boilerplate"  # page furniture covers most of the text


class Diagnostic(_Model):
    code: DiagnosticCode
    message: str
    span: Span | None = None


MAX_REPEATS = 100  # diagnostics of one code and message kept; past them they are only counted


class Diagnostics:
    """Diagnostics as a stage collects them: past MAX_REPEATS with one code and message, one is
    counted in `dropped`, not kept (10^5 lines of 一、 restart the numbering 10^5 times: their
    diagnostics outweighed the nodes). Not a list subclass: compiled code (the mypyc build) appends
    to a list with the C API, past any `append` a subclass defines."""

    __slots__ = ("_seen", "dropped", "kept")

    def __init__(self) -> None:
        self.kept: list[Diagnostic] = []
        self.dropped: dict[tuple[str, str], int] = {}
        self._seen: dict[tuple[str, str], int] = {}

    def append(self, diagnostic: Diagnostic) -> None:
        key = (diagnostic.code.value, diagnostic.message)
        seen = self._seen[key] = self._seen.get(key, 0) + 1
        if seen <= MAX_REPEATS:
            self.kept.append(diagnostic)
        else:
            self.dropped[key] = self.dropped.get(key, 0) + 1

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.kept)

    def __len__(self) -> int:
        return len(self.kept)


class RegionKind(str, Enum):
    TITLE = "title"
    SUBTITLE = "subtitle"
    BYLINE = "byline"  # speaker / date lines under the title
    SALUTATION = "salutation"
    CONTENTS = "contents"  # a table of contents (目录 and the headings it lists)
    PREAMBLE = "preamble"  # body text before the first node
    TEXT = "text"  # body text after the first node that no node holds: between or after top-level lists
    CLOSING = "closing"
    EDITORS_NOTE = "editors_note"  # 【编者按】 【导读】 导语： — an editor's words about the text, not the text's
    TABLE = "table"  # a table or box flattened into lines (专栏3 / 表1 and its rows): its cells are not nodes
    BACK_MATTER = "back_matter"  # notes, glossary, references, attachment list, licence box after the body
    BOILERPLATE = "boilerplate"


class Region(_Model):
    kind: RegionKind
    span: Span
    label: str | None = Field(default=None, description="Why it was classed so, e.g. 'download notice'.")


class Announcement(_Model):
    """A sentence that announces a list: 我先强调三点意见, 重点抓好四个方面."""

    span: Span
    text: str
    count: int | None = Field(description="The number announced, if any (几点 announces none).")
    found: int | None = Field(default=None, description="How many items the announced list has.")
    target: Span | None = Field(default=None, description="Marker span of the announced list's first item.")


class Source(_Model):
    path: str | None = None
    format: str = "text"  # text | docx | html | markdown | pdf
    encoding: str | None = None
    length: int = 0
    repaired: bool = Field(default=False, description="True when the text was changed after decoding.")
    text: str | None = Field(default=None, description="The text the offsets refer to, when asked for.")


class Outline(_Model):
    schema_name: Literal["orgdoc.outline"] = SCHEMA_NAME
    version: str = SCHEMA_VERSION
    title: str | None = None
    subtitle: str | None = None
    speaker: str | None = None
    occasion: str | None = None
    genre: str | None = None
    date: str | None = Field(default=None, description="ISO date the document states, e.g. 2024-02-20.")
    regions: list[Region] = Field(default_factory=list)
    announcements: list[Announcement] = Field(default_factory=list)
    children: list[Node] = Field(default_factory=list)
    warnings: list[Diagnostic] = Field(default_factory=list)
    source: Source = Field(default_factory=Source)
    # The text the offsets refer to, kept by `parse` even when `source.text` is left out of the JSON.
    _text: str | None = PrivateAttr(default=None)
    _parents: dict[str, Node | None] | None = PrivateAttr(default=None)

    def walk(self) -> Iterator[Node]:
        """Every node in document order."""
        stack = list(reversed(self.children))
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children))

    @property
    def text(self) -> str:
        """The text the offsets refer to: kept from parsing, or `source.text` of an outline read
        back from JSON made with `include_text`."""
        text = self._text if self._text is not None else self.source.text
        if text is None:
            raise ValueError("this outline does not carry its text: parse it again, or write its JSON "
                             "with include_text=True (--include-text)")
        return text

    def with_text(self, text: str) -> Outline:
        """Attach the text the offsets refer to (to an outline read from JSON without it)."""
        self._text = text
        return self

    def text_of(self, node: Node) -> str:
        """The node's whole text, its children's included."""
        return self.text[node.span[0]:node.span[1]]

    def own_text_of(self, node: Node) -> str:
        """The node's text without its children's: the parts no child holds, stripped, one a line."""
        text = self.text
        parts = (text[s:e].strip() for s, e in node.own_spans())
        return "\n".join(p for p in parts if p)

    def get(self, node_id: str) -> Node:
        """The node with this id (`n12`); KeyError when there is none."""
        for node in self.walk():
            if node.id == node_id:
                return node
        raise KeyError(node_id)

    def parent(self, node: Node) -> Node | None:
        """The node's parent; None for a top-level node."""
        if self._parents is None:
            self._parents = {c.id: n for n in self.walk() for c in n.children}
        return self._parents.get(node.id)

    def ancestors(self, node: Node) -> list[Node]:
        """From the top-level ancestor down to the node itself."""
        chain = [node]
        while (up := self.parent(chain[-1])) is not None:
            chain.append(up)
        return chain[::-1]

    def path_of(self, node: Node) -> list[str]:
        """Labels (marker + heading) from the top-level ancestor down to the node."""
        return [n.label for n in self.ancestors(node)]

    def find(self, *, kind: NodeKind | str | None = None, level: int | None = None, marker: str | None = None,
             heading: str | None = None, where: Callable[[Node], bool] | None = None) -> list[Node]:
        """Nodes in document order matching every condition given: `kind`, `level`, the exact
        `marker`, a substring of the `heading`, a predicate `where`."""
        wanted = NodeKind(kind) if kind is not None else None
        return [n for n in self.walk()
                if (wanted is None or n.kind is wanted) and (level is None or n.level == level)
                and (marker is None or n.marker == marker) and (heading is None or heading in n.heading)
                and (where is None or where(n))]

    def deepest_at(self, position: int) -> Node | None:
        """The deepest node whose span holds the character at `position`."""
        found, nodes = None, self.children
        while True:
            inside = next((n for n in nodes if n.span[0] <= position < n.span[1]), None)
            if inside is None:
                return found
            found, nodes = inside, inside.children

    def chunks(self, max_chars: int = 800, overlap: int = 0, **options):  # type: ignore[no-untyped-def]
        """The body cut into chunks for retrieval (`orgdoc.chunks.chunk`): see there."""
        from .chunks import chunk

        return chunk(self, max_chars=max_chars, overlap=overlap, **options)


class Role(str, Enum):
    """How the tree uses a marker form; the grammar's top rules name the roles."""

    BLOCK = "block"
    DIVIDER = "divider"
    INLINE = "inline"
    BULLET = "bullet"


class Boundary(str, Enum):
    """What stands before a marker: where a marker may start is decided by this."""

    LINE = "line"  # start of a line (after optional spaces)
    SENTENCE = "sentence"  # after 。！？；： (optionally closed by a quote)
    CLAUSE = "clause"  # after ，、 and their half-width forms
    NONE = "none"  # after any other character: only a bracketed marker, only in text that lost its breaks
    GLUED = "glued"  # the first item of an inline list run into the word before it (今后一是…，二是…)


# Not frozen (a frozen dataclass sets each field through object.__setattr__: 6× slower to build, a
# thousand markers a document); still hashable as before, and never changed after the scan.
@dataclass(slots=True, unsafe_hash=True)
class Marker:
    """A numbering marker found in the text: the stream between the scanner and the tree builder."""

    start: int
    end: int
    text: str  # verbatim
    form: str  # grammar rule: cn_dun, cn_paren, cn_verb, …
    role: Role
    ordinal: int | None  # None for 最后 (its number is the list's next) and bullets
    word: str  # the word that varies within a family: the verb of 一是 (是), the bullet sign, 首先
    boundary: Boundary
    doubtful: bool = False  # what follows may make it a look-alike (一、二线城市): kept only where its list fits


# Nodes and diagnostics the parser makes in the thousands are built without validation (the boundary is
# the JSON and `Node(...)`), as the same objects `Node(...)` would give, but lighter: every field is given,
# so one fields-set serves them all (pydantic only adds names already there; a set of 11 names is 728
# bytes), and the fields live in a key-sharing dict (an instance dict of a plain class: 185 bytes where
# a dict of its own takes 470).
M = TypeVar("M", bound=_Model)
_NODE_FIELDS_SET = set(Node.model_fields)
_DIAGNOSTIC_FIELDS_SET = set(Diagnostic.model_fields)
_REGION_FIELDS_SET = set(Region.model_fields)
_ANNOUNCEMENT_FIELDS_SET = set(Announcement.model_fields)


_intern = sys.intern


class _Fields:
    """A plain object whose instance dict (keys shared with every other) becomes a model's __dict__."""


def _built(cls: type[_Model], fields: _Fields, fields_set: set[str]) -> _Model:
    model = object.__new__(cls)
    _set = object.__setattr__
    _set(model, "__dict__", fields.__dict__)
    _set(model, "__pydantic_fields_set__", fields_set)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


class _NodeFields(_Fields):  # the annotations only type new_node's assignments: no class attributes
    id: str
    kind: NodeKind
    marker: str | None
    form: str | None
    ordinal: int | None
    level: int
    heading: str
    heading_span: Span
    marker_span: Span | None
    span: Span
    children: list[Node]


class _DiagnosticFields(_Fields):
    code: DiagnosticCode
    message: str
    span: Span | None


class _RegionFields(_Fields):
    kind: RegionKind
    span: Span
    label: str | None


class _AnnouncementFields(_Fields):
    span: Span
    text: str
    count: int | None
    found: int | None
    target: Span | None


def copied(model: M, **update: Any) -> M:
    """A shallow copy of a model with some fields replaced by values the parser has already checked:
    what `model_copy(update=…)` gives, without its three `copy.copy` calls (offsets.py moves every
    region, announcement and warning of a repaired text this way)."""
    fields = {**model.__dict__, **update}
    copy = object.__new__(type(model))
    _set = object.__setattr__
    _set(copy, "__dict__", fields)
    _set(copy, "__pydantic_fields_set__", model.__pydantic_fields_set__ | update.keys())
    _set(copy, "__pydantic_extra__", None)
    private = model.__pydantic_private__
    _set(copy, "__pydantic_private__", None if private is None else dict(private))
    return copy


def new_node(kind: NodeKind, marker: str | None, form: str | None, ordinal: int | None, level: int, heading: str,
             heading_span: Span, marker_span: Span | None, span: Span, children: list[Node]) -> Node:
    """A Node from values the parser has already checked (see above)."""
    f = _NodeFields()
    marker = marker and _intern(marker)  # a few dozen distinct markers head thousands of nodes: one string each
    f.id, f.kind, f.marker, f.form, f.ordinal, f.level = "", kind, marker, form, ordinal, level  # the field order
    f.heading, f.heading_span, f.marker_span, f.span, f.children = heading, heading_span, marker_span, span, children
    return _built(Node, f, _NODE_FIELDS_SET)  # type: ignore[return-value]


_OUTLINE_DEFAULTS = {"schema_name": SCHEMA_NAME, "version": SCHEMA_VERSION}


def new_outline(*, title: str | None, subtitle: str | None, speaker: str | None, occasion: str | None,
                genre: str | None, date: str | None, regions: list[Region], announcements: list[Announcement],
                children: list[Node], warnings: list[Diagnostic], source: Source) -> Outline:
    """An Outline from values the parser has already checked: what `Outline(...)` gives, without
    validating every list again (a few µs of every small document of a batch)."""
    fields = {**_OUTLINE_DEFAULTS, "title": title, "subtitle": subtitle, "speaker": speaker, "occasion": occasion,
              "genre": genre, "date": date, "regions": regions, "announcements": announcements,
              "children": children, "warnings": warnings, "source": source}
    outline = object.__new__(Outline)
    _set = object.__setattr__
    _set(outline, "__dict__", fields)
    _set(outline, "__pydantic_fields_set__", fields.keys() - _OUTLINE_DEFAULTS.keys())
    _set(outline, "__pydantic_extra__", None)
    _set(outline, "__pydantic_private__", {"_text": None, "_parents": None})
    return outline


def new_diagnostic(code: DiagnosticCode, message: str, span: Span | None = None) -> Diagnostic:
    """A Diagnostic from values the parser has already checked (see above)."""
    f = _DiagnosticFields()
    f.code, f.message, f.span = code, message, span
    return _built(Diagnostic, f, _DIAGNOSTIC_FIELDS_SET)  # type: ignore[return-value]


def new_region(kind: RegionKind, span: Span, label: str | None = None) -> Region:
    """A Region from values the parser has already checked (see above): the envelope makes a dozen a page."""
    f = _RegionFields()
    f.kind, f.span, f.label = kind, span, label
    return _built(Region, f, _REGION_FIELDS_SET)  # type: ignore[return-value]


def new_announcement(span: Span, text: str, count: int | None, found: int | None, target: Span | None) -> Announcement:
    """An Announcement from values the parser has already checked (see above)."""
    f = _AnnouncementFields()
    f.span, f.text, f.count, f.found, f.target = span, text, count, found, target
    return _built(Announcement, f, _ANNOUNCEMENT_FIELDS_SET)  # type: ignore[return-value]
