"""Build the outline tree from the marker stream.

Block headings first: their styles rank by the order in which they first appear, and each heading
hangs under the nearest open heading of a lower rank, so skipped levels and mixed styles need no
fixed hierarchy. Then, inside the text each heading owns, the inline enumerations (`lists`).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .lists import DIRECTIVE_WORDS, InlineList, Item, build_lists
from .models import Boundary, Diagnostic, DiagnosticCode, Marker, Node, NodeKind, Role, Span

MAX_BLOCK_GAP = 2  # 一、二、五、 is a gap worth a warning; further on, 八、 is not this list's
RUN_ON_MAX_LINES = 3  # a body on this few lines has lost its paragraph breaks
RUN_ON_MIN_LENGTH = 400
# Block forms that stand only at the start of a line, never inside a paragraph.
LINE_ONLY_FORMS = frozenset({"part", "article", "lone_numeral"})
STYLED_PREFIX = frozenset("#> \t\u3000")
MAX_STYLED = 80  # characters: a longer "heading" line is prose in a heading style
STYLED_FORM = "styled_heading"  # a heading line without a marker, known from Word styles or Markdown
# Inside a paragraph, 一、 is a heading only after a full stop or colon: after a comma it is a range.
CN_DUN_INLINE_BOUNDARIES = frozenset({Boundary.SENTENCE})
# Where block headings stand in text that lost its line breaks: after 。！？；：, or run into the
# previous heading when bracketed (…高质量发展（一）以党的…).
RUN_ON_BOUNDARIES = frozenset({Boundary.SENTENCE, Boundary.NONE})
TERMINATORS = frozenset("。！？；：!?;:")
# A heading cut short by the next marker (一抓责任落实，二抓…) drops the comma it ends on.
HEADING_TRAILERS = frozenset(" \t\u3000，,、")


@dataclass
class Block:
    marker: Marker
    style: str
    rank: int
    ordinal: int | None
    children: list[Block] = field(default_factory=list)
    end: int = 0
    lists: list[InlineList] = field(default_factory=list)


def build_tree(text: str, markers: list[Marker], body: Span,
               styled: tuple[tuple[int, int, int], ...] = ()) -> tuple[list[Node], list[Diagnostic]]:
    """The outline of text[body], and the diagnostics found while building it.

    `styled` lists (start, end, level) of lines the source marks as headings (Word heading styles,
    Markdown #): those without a marker of their own become unnumbered sections.
    """
    warnings: list[Diagnostic] = []
    run_on = is_run_on(text, body, markers)
    blocks, inline = split_roles(markers, run_on)
    blocks = _with_styled(text, blocks, styled, body)
    roots, declined = place_blocks(blocks, warnings, run_on)
    if declined:  # 第一， opening a line, with 第二， inside the paragraph: an inline list after all
        inline = sorted(inline + declined, key=lambda m: m.start)
    flat = list(_preorder(roots))
    _set_block_ends(flat, body[1])
    top_lists = _attach_lists(text, flat, inline, body, warnings)
    starts = sorted([b.marker.start for b in flat] + [i.marker.start for i in _all_items(flat, top_lists)])
    assembler = _Assembler(text, starts)
    nodes = [assembler.item(i, 1) for lst in top_lists for i in lst.items]
    nodes += [assembler.block(b, 1) for b in roots]
    return nodes, warnings


def is_run_on(text: str, body: Span, markers: list[Marker]) -> bool:
    """A speech pasted on one or two lines: then block headings are found after 。 mid-line."""
    start, end = body
    if end - start < RUN_ON_MIN_LENGTH:
        return False
    if any(m.role is Role.BLOCK and m.boundary is Boundary.LINE for m in markers):
        lines = sum(1 for line in text[start:end].split("\n") if line.strip())
        return lines <= RUN_ON_MAX_LINES and lines < len(markers)
    return True


def split_roles(markers: list[Marker], run_on: bool) -> tuple[list[Marker], list[Marker]]:
    """Which candidates are block headings and which take part in inline lists."""
    blocks, inline = [], []
    for m in markers:
        headline = m.boundary is Boundary.LINE or (run_on and m.boundary in RUN_ON_BOUNDARIES)
        if m.boundary is Boundary.NONE and not (run_on and m.role is Role.BLOCK):
            continue
        if m.role in (Role.BLOCK, Role.DIVIDER) and headline:
            blocks.append(m)
        elif m.role is Role.BLOCK and m.boundary is Boundary.SENTENCE and m.form not in LINE_ONLY_FORMS:
            blocks.append(m)  # after 。 mid-line: a heading only if it goes on with its list (see _fits)
        elif m.role is Role.INLINE and m.boundary is Boundary.LINE:
            blocks.append(m)  # 第一，… 一要… opening paragraphs: they carry the paragraphs below
        elif m.role is Role.BLOCK and m.form not in LINE_ONLY_FORMS:
            if m.form != "cn_dun" or m.boundary in CN_DUN_INLINE_BOUNDARIES:
                inline.append(m)
        elif m.role is Role.BULLET and headline or m.role is Role.INLINE:
            inline.append(m)
    return blocks, inline


def _with_styled(text: str, blocks: list[Marker], styled: tuple[tuple[int, int, int], ...],
                 body: Span) -> list[Marker]:
    """Styled heading lines with no marker of their own join the block headings, marker-less."""
    if not styled:
        return blocks
    marked = {m.start for m in blocks}
    extra = []
    for start, end, level in styled:
        line = _first_text(text, start, end, marked)
        if line is not None and body[0] <= line < body[1]:
            extra.append(Marker(line, line, "", STYLED_FORM, Role.BLOCK, None, str(level), Boundary.LINE))
    return sorted(blocks + extra, key=lambda m: m.start)


def _first_text(text: str, start: int, end: int, marked: set[int]) -> int | None:
    """Where a styled line's heading starts (after Markdown's # signs), or None if it has a marker."""
    while start < end and text[start] in STYLED_PREFIX:
        start += 1
    if start >= end or start in marked or end - start > MAX_STYLED or "。" in text[start:end - 1]:
        return None  # a styled paragraph of prose is no heading, whatever its style says
    return start


def style_of(m: Marker) -> str:
    """Markers of one style are siblings: 一、 and 一． share one, 第一部分 and 第一章 do not."""
    if m.form == STYLED_FORM:
        return f"{STYLED_FORM}:{m.word}"
    return f"part:{m.word}" if m.form == "part" else m.form  # 部分, 章 and 节 are three levels


def place_blocks(markers: list[Marker], warnings: list[Diagnostic],
                 run_on: bool = False) -> tuple[list[Block], list[Marker]]:
    """Accept the block headings whose numbering makes sense, and nest them by style rank.

    Returns the tree and the markers it declined, which may still make inline lists: inline forms
    that open a line but make no list of lines, and block forms after 。 that go on no list.
    """
    declined: list[Marker] = []
    ranks: dict[str, int] = {}
    last_seen: dict[str, int] = {}
    roots: list[Block] = []
    path: list[Block] = []
    styles = [style_of(m) for m in markers]
    following = _next_ordinals(markers, styles)
    for m, style, nxt in zip(markers, styles, following):
        rank = ranks.get(style, len(ranks))
        depth = len(path)  # the parent is the nearest open heading of a lower rank
        while depth and path[depth - 1].rank >= rank:
            depth -= 1
        siblings = path[depth - 1].children if depth else roots
        prev = siblings[-1] if siblings and siblings[-1].style == style else None
        ordinal = m.ordinal if m.ordinal is not None or prev is None else (prev.ordinal or 0) + 1
        mid_line = m.boundary is not Boundary.LINE and not run_on
        if mid_line and not (prev is not None and m.ordinal == (prev.ordinal or 0) + 1):
            declined.append(m)  # a paragraph's line break lost after 。: only the next heading of a list
            continue
        if not _fits(m, prev, last_seen.get(style), nxt, warnings):
            if m.role is Role.INLINE:
                declined.append(m)
            else:
                warnings.append(_diag(DiagnosticCode.UNPLACED_TEXT, m,
                                      f"“{m.text}” starts a line but fits no numbered list; kept as body text"))
            continue
        del path[depth:]  # accepted: the headings it closes are closed
        parent_rank = path[-1].rank if path else -1
        if prev is None and rank > parent_rank + 1 and m.role is Role.BLOCK:  # once a list, at its start
            warnings.append(_diag(DiagnosticCode.LEVEL_SKIPPED, m, f"“{m.text}” skips a level of headings"))
        ranks.setdefault(style, rank)
        last_seen[style] = ordinal or 0
        block = Block(m, style, rank, ordinal)
        siblings.append(block)
        path.append(block)
    return roots, declined


def _next_ordinals(markers: list[Marker], styles: list[str]) -> list[int | None]:
    """For each heading, the number of the next heading of its style (one pass from the end)."""
    seen: dict[str, int | None] = {}
    out: list[int | None] = [None] * len(markers)
    for k in range(len(markers) - 1, -1, -1):
        out[k] = seen.get(styles[k])
        seen[styles[k]] = markers[k].ordinal
    return out


def _fits(m: Marker, prev: Block | None, last: int | None, following: int | None,
          warnings: list[Diagnostic]) -> bool:
    """Whether heading `m` makes sense after its previous sibling of the same style."""
    if m.form == STYLED_FORM:
        return True  # the source says it is a heading; it has no number to check
    if m.role is Role.INLINE:
        return _fits_inline(m, prev, following, warnings)
    n = m.ordinal or 0
    if prev is None:  # first of its list here: 1, a numbering that goes on from before, or a late start
        return n == 1 or (last is not None and n == last + 1) or following == n + 1
    before = prev.marker.ordinal or 0
    if n == before + 1:
        return True
    if n == 1:
        warnings.append(_diag(DiagnosticCode.NUMBERING_RESTART, m, f"numbering starts again at “{m.text}”"))
        return True
    if before + 1 < n <= before + 1 + MAX_BLOCK_GAP:
        warnings.append(_diag(DiagnosticCode.NUMBERING_GAP, m,
                              f"numbering jumps from “{prev.marker.text}” to “{m.text}”"))
        return True
    if n == before:
        warnings.append(_diag(DiagnosticCode.NUMBERING_DUPLICATE, m, f"“{m.text}” is numbered twice"))
        return True
    return False


def _fits_inline(m: Marker, prev: Block | None, following: int | None, warnings: list[Diagnostic]) -> bool:
    """一是 第一， 首先 opening paragraphs: a list of two at least, counting on; 最后 only closes one."""
    if prev is None:
        return m.ordinal == 1 and following == 2
    before = prev.ordinal or 0
    if m.ordinal is None or m.ordinal == before + 1:
        if m.form == "cn_verb" and m.word != prev.marker.word:
            warnings.append(_diag(DiagnosticCode.FAMILY_CHANGED, m, f"the list changes from “{prev.marker.text}” "
                                  f"to “{m.text}” while its numbers go on; read as one list"))
        return True
    return m.ordinal == 1 and following == 2  # a new list of the same form (no warning: paragraphs move on)


def _diag(code: DiagnosticCode, m: Marker, message: str) -> Diagnostic:
    return Diagnostic(code=code, message=message, span=(m.start, m.end))


def _preorder(blocks: list[Block]):
    for b in blocks:
        yield b
        yield from _preorder(b.children)


def _all_items(flat: list[Block], top: list[InlineList]):
    stack = [i for lst in top for i in lst.items] + [i for b in flat for lst in b.lists for i in lst.items]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.children)


def _set_block_ends(flat: list[Block], body_end: int) -> None:
    """A heading's text runs to the next heading of its rank or above (or the body's end)."""
    for k, b in enumerate(flat):
        b.end = next((o.marker.start for o in flat[k + 1:] if o.rank <= b.rank), body_end)


def _attach_lists(text: str, flat: list[Block], inline: list[Marker], body: Span,
                  warnings: list[Diagnostic]) -> list[InlineList]:
    """Inline lists hang under the block heading whose own text they stand in."""
    bounds = [b.marker.start for b in flat] + [body[1]]
    owners: list[Block | None] = [None, *flat]
    scope_starts = [body[0], *bounds[:-1]]
    scope_ends = [flat[0].marker.start if flat else body[1], *bounds[1:]]
    top: list[InlineList] = []
    k = 0
    for owner, start, end in zip(owners, scope_starts, scope_ends):
        mine = []
        while k < len(inline) and inline[k].start < end:
            if inline[k].start >= start:
                mine.append(inline[k])
            k += 1
        lists = build_lists(text, mine, end, warnings) if mine else []
        (owner.lists if owner else top).extend(lists)
    return top


class _Assembler:
    """Turns blocks and items into pydantic nodes: headings, spans, kinds and levels."""

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text = text
        self.starts = starts

    def block(self, b: Block, level: int) -> Node:
        children = [self.item(i, level + 1) for lst in b.lists for i in lst.items]
        children += [self.block(c, level + 1) for c in b.children]
        kind = _item_kind(b.marker) if b.marker.role is Role.INLINE else NodeKind.SECTION
        return self._node(b.marker, kind, b.ordinal, b.end, level, children)

    def item(self, item: Item, level: int) -> Node:
        children = [self.item(c, level + 1) for c in item.children]
        return self._node(item.marker, _item_kind(item.marker), item.ordinal, item.end, level, children)

    def _node(self, m: Marker, kind: NodeKind, ordinal: int | None, end: int, level: int,
              children: list[Node]) -> Node:
        heading = self._heading(m)
        end = max(_trim_end(self.text, m.end, end), heading[1])
        marked = m.end > m.start
        return Node(kind=kind, marker=m.text if marked else None, form=m.form, ordinal=ordinal, level=level,
                    heading=self.text[heading[0]:heading[1]], heading_span=heading,
                    marker_span=(m.start, m.end) if marked else None, span=(m.start, end), children=children)

    def _heading(self, m: Marker) -> Span:
        """After the marker up to the first 。！？；：, the line end or the next marker."""
        limit = next((s for s in self._after(m.end) if s > m.start), len(self.text))
        start, end = heading_span(self.text, m.end, limit)
        if start == end and (m.role is Role.DIVIDER or self.text.startswith("\n", end)):
            nxt = self.text.find("\n", m.end)
            if nxt >= 0:  # a numeral (or bare marker) alone on its line: the next line heads it
                while nxt < limit and self.text[nxt] in "\n \t\u3000":
                    nxt += 1
                if nxt < limit:  # never into the next marker's own text
                    start, end = heading_span(self.text, nxt, limit)
        return start, end

    def _after(self, pos: int) -> list[int]:
        k = bisect.bisect_left(self.starts, pos)
        return self.starts[k:k + 1]


def heading_span(text: str, start: int, limit: int) -> Span:
    """The heading that begins at `start`: spaces skipped, up to a terminator, line end or `limit`."""
    n = min(limit, len(text))
    while start < n and text[start] in " \t\u3000":
        start += 1
    end = start
    while end < n and text[end] != "\n" and text[end] not in TERMINATORS:
        end += 1
    while end > start and text[end - 1] in HEADING_TRAILERS:
        end -= 1
    return start, end


def _trim_end(text: str, floor: int, end: int) -> int:
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


def _item_kind(m: Marker) -> NodeKind:
    if m.role is Role.BULLET:
        return NodeKind.ITEM
    if m.form in ("cn_verb", "ordinal") and m.word in DIRECTIVE_WORDS:
        return NodeKind.DIRECTIVE
    return NodeKind.POINT
