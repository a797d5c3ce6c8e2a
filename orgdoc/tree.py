"""Build the outline tree from the marker stream.

Block headings first (`blocks`), then, inside the text each heading owns, the inline enumerations
(`lists`); last, headings and spans for every node, as pydantic `Node`s.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import Final, NamedTuple

from .blocks import (
    Block,
    is_run_on,
    join_paragraph_runs,
    lost_breaks,
    place_blocks,
    preorder,
    set_block_ends,
    split_roles,
    with_list_heads,
    with_styled,
)
from .cues import ADDRESS_CUE, STEP_OUT_LINE, TURN_CUE
from .lists import DIRECTIVE_WORDS, LAST_REQUESTS_CUE, InlineList, Item, build_lists
from .models import Diagnostics, Marker, Node, NodeKind, Role, Span, new_node
from .positions import opens_line

# Enum members bound once: `Role.BLOCK` is a look-up through the enum's metaclass each time it is
# read (70 ns on Python 3.11), and these are read for every marker in every pass.
INLINE, BULLET, DIVIDER = Role.INLINE, Role.BULLET, Role.DIVIDER
SECTION, POINT, DIRECTIVE, ITEM = NodeKind.SECTION, NodeKind.POINT, NodeKind.DIRECTIVE, NodeKind.ITEM

TERMINATORS: Final = frozenset("。！？；：!?;:")
# Paragraph openings that begin the closing part after the last section: a summing-up (以上…), the
# speaker's last requests (最后，我再提三点要求：), an address (同志们！ 各位代表！), or an address with a
# comma that announces the last requests (同志们，春节将至，这里强调三点： 同志们，…。最后，我再提两点希望：);
# with a comma alone it stays the last section's text, as inside a section.
CLOSING_ADDRESS: Final = (r"(?:同志们|各位代表|各位委员)[，,](?:[^\n。！？]{0,30}?(?:强调|提|讲|说|谈)[^\n。！？]{0,4}?"
                          rf"[一二三四五六七八九十两几\d](?:点|条|个方面)|[^\n]{{0,60}}?{LAST_REQUESTS_CUE})")
CLOSING_CUES: Final = re.compile(rf"[ \t\u3000]*(?:以上|{LAST_REQUESTS_CUE}|{ADDRESS_CUE}|{CLOSING_ADDRESS})")
# A report's turn to its own shortcomings after the last top-level section (同时，我也清醒地认识到自身存在的
# 不足：一是…): the whole report's, not that section's, unless the section is about them (存在的问题).
SHORTCOMINGS: Final = r"(?:不足|问题|差距|短板|薄弱)"
CLOSING_TURN: Final = re.compile(rf"[ \t\u3000]*(?:{TURN_CUE})[^\n。！？]{{0,30}}?{SHORTCOMINGS}")
SHORTCOMINGS_RE: Final = re.compile(SHORTCOMINGS)
LATIN_FORM: Final = "latin"
# A blank to fill (（　　） ( ) ____): a test question, whose lettered items are its answer options.
ANSWER_BLANK: Final = re.compile(r"[（(][ \t\u3000\u00a0]*[）)]|_{2,}")
PREVIEW_CHARS: Final = 30  # of a preview's item and its section's heading, compared
PREVIEW_MIN: Final = 2  # a preview's item and its section share at least these characters
PREVIEW_LIKENESS: Final = 0.5  # share of characters a preview's item and its section's heading have in common
# A heading cut short by the next marker (一抓责任落实，二抓…) drops the comma it ends on.
HEADING_TRAILERS: Final = frozenset(" \t\u3000，,、*")  # * closes Markdown emphasis: **一、提高认识**


class Tree(NamedTuple):
    nodes: list[Node]
    warnings: Diagnostics  # found while building it
    closing: int  # where the closing part begins (`closing_start`), the body's end if there is none


def build_tree(text: str, markers: list[Marker], body: Span,
               styled: tuple[tuple[int, int, int], ...] = (), appended: tuple[int, ...] = (),
               furniture: list[Span] | None = None) -> Tree:
    """The outline of text[body], the diagnostics found while building it, and where its closing
    part begins.

    `furniture`: spans of lines that are no text of the document (a page's number or running header
    between paragraphs): a heading read from the line below its marker passes over them.

    `styled` lists (start, end, level) of lines the source marks as headings (Word heading styles,
    Markdown #): those without a marker of their own become unnumbered sections. `appended`: where
    appended documents (附件1 and its text) start; their headings start at the top level.

    `markers` is emptied: each marker then lives only as long as the block or item made of it, and
    these are let go as their nodes are made (a long document's markers and nodes never stand whole
    side by side).
    """
    warnings = Diagnostics()
    run_on = is_run_on(text, body, markers)
    blocks, inline = split_roles(join_paragraph_runs(lost_breaks(text, markers)), run_on)
    markers.clear()
    blocks = with_list_heads(text, with_styled(text, blocks, styled, body), body, furniture or [])
    roots, declined = place_blocks(text, blocks, warnings, run_on, appended)
    del blocks
    _drop_answer_options(text, roots)
    if declined:  # 第一， opening a line, with 第二， inside the paragraph: an inline list after all
        inline = sorted(inline + declined, key=lambda m: m.start)
    flat = list(preorder(roots))
    set_block_ends(text, roots, flat, body[1], inline, appended)
    closing = closing_start(text, flat, body)
    for b in flat:
        b.end = min(b.end, closing)  # the closing part belongs to no section
    _end_at_addresses(text, flat, body[0], closing)
    top_lists = _attach_lists(text, flat, inline, body, warnings, closing)
    del inline
    _drop_previews(text, roots, top_lists, flat)
    starts = sorted([b.marker.start for b in flat] + [i.marker.start for i in _all_items(flat, top_lists)])
    del flat  # from here on the blocks are let go one by one as their nodes are made
    assembler = _Assembler(text, starts, sorted(furniture) if furniture else [])
    nodes = [assembler.item(i, 1) for lst in top_lists for i in lst.items]
    nodes = _in_order(nodes + [assembler.block(b, 1) for b in _taken(roots)])
    return Tree(nodes, warnings, closing)


def _taken(blocks: list[Block]) -> Iterator[Block]:
    """The blocks in order, each dropped from the list as it is handed out: once its node is made,
    nothing holds it (its children were taken the same way), so the tree of blocks and the tree of
    nodes never stand whole side by side (a document of 100,000 headings: some 20 MB)."""
    blocks.reverse()
    while blocks:
        yield blocks.pop()


def _all_items(flat: list[Block], top: list[InlineList]):
    stack = [i for lst in top for i in lst.items] + [i for b in flat for lst in b.lists for i in lst.items]
    while stack:
        item = stack.pop()
        yield item
        stack.extend(item.children)


def closing_start(text: str, flat: list[Block], body: Span) -> int:
    """Where the closing part begins (`body[1]` if none): a paragraph after the last heading that opens
    with a closing cue (以上…, 最后，我再…, 各位代表！), or, after a last heading at the top level that
    names no shortcomings, with a turn to them (同时，我也清醒地认识到存在的不足：…). Its lists stand at the top level, not under
    the last section, whose matter has ended."""
    if not flat:
        return body[1]
    last = flat[-1]
    line = text.find("\n", last.marker.end, body[1])
    turns = last.parent is None and not SHORTCOMINGS_RE.search(text, last.marker.end, max(line, last.marker.end))
    while 0 <= line < body[1]:
        if CLOSING_CUES.match(text, line + 1) or turns and CLOSING_TURN.match(text, line + 1):
            return line + 1
        line = text.find("\n", line + 1, body[1])
    return body[1]


def _end_at_addresses(text: str, flat: list[Block], start: int, closing: int) -> None:
    """An address inside a sub-heading's text (各位代表！ after the last part of 一、's （三）) ends
    the sub-headings open there: what follows is the top-level section's own text, and the lists in
    it are that section's (a report's 一是…五是 problems after 各位代表！ belong to 一、, not to （三）).
    An address at the top level of a section changes nothing; one after the last heading starts the
    closing part (`closing_start`)."""
    if len(flat) < 2:
        return
    starts = [b.marker.start for b in flat]
    for m in STEP_OUT_LINE.finditer(text, max(start - 1, 0), closing):
        at = m.start() + 1
        k = bisect_left(starts, at) - 1
        if k + 1 < len(starts) and starts[k + 1] < _line_end(text, at, closing):
            continue  # the address is a heading's line (同志们！ set as a Markdown heading): placed as one
        inner = flat[k] if k >= 0 else None
        while inner is not None and inner.end <= at:
            inner = inner.parent
        while inner is not None and inner.parent is not None:
            inner.end = min(inner.end, at)
            inner = inner.parent


def _attach_lists(text: str, flat: list[Block], inline: list[Marker], body: Span,
                  warnings: Diagnostics, closing: int) -> list[InlineList]:
    """Inline lists hang under the block heading whose own text they stand in."""
    top: list[InlineList] = []
    k = 0
    for owner, start, end in _split_at(_scopes(flat, body), closing) if inline else ():
        if k == len(inline):
            break  # no inline marker left for the scopes after
        if inline[k].start >= end:
            continue  # none in this one
        mine = []
        while k < len(inline) and inline[k].start < end:
            if inline[k].start >= start:
                mine.append(inline[k])
            k += 1
        lists = build_lists(text, mine, end, warnings) if mine else []
        (owner.lists if owner else top).extend(lists)
    return top


def _drop_answer_options(text: str, blocks: list[Block]) -> None:
    """A test question's answer options (1.…（　　）。 A．… B．… C．…) are no outline (GUIDE): lettered
    sub-headings right under a heading that leaves a blank to fill are dropped, their
    text the question's."""
    for b in preorder(blocks):
        if b.children and b.children[0].marker.form == LATIN_FORM:
            question = text[b.marker.end:b.children[0].marker.start]
            if ANSWER_BLANK.search(question):
                b.children = [c for c in b.children if c.marker.form != LATIN_FORM]


def _drop_previews(text: str, roots: list[Block], top: list[InlineList], flat: list[Block]) -> None:
    """A spoken preview is no list (GUIDE): 下面我讲三点：一是理解内涵；二是把握价值；三是… before
    sections 一、理解内涵 二、把握价值 三、… that give the same parts again. An inline list is dropped
    (its text stays its owner's) when the sub-headings after it, beside it under the same owner,
    number as it does and each has a heading like its item's; or when, inside one paragraph, it names
    the parts that the next list of the same owner then opens paragraph by paragraph (主题是：一是爱国之心，…；
    二是爱国之情，…。 then 首先说一下爱国之心。… 其次说一下爱国之情。…)."""
    for lists, sections in [(top, roots), *((b.lists, b.children) for b in flat if b.lists)]:
        after = sorted(lists, key=lambda lst: lst.start)
        nexts = {id(lst): after[k + 1] for k, lst in enumerate(after[:-1])}
        lists[:] = [lst for lst in lists if not _previews(text, lst, sections)
                    and not _previews_list(text, lst, nexts.get(id(lst)))]
    dropped: set[int] = set()
    for siblings in [roots, *(b.children for b in flat if b.children)]:
        for run in _preview_runs(text, siblings):
            dropped.update(id(b) for b in run)
    if dropped:
        for siblings in [roots, *(b.children for b in flat if b.children)]:
            siblings[:] = [b for b in siblings if id(b) not in dropped]
        flat[:] = [b for b in flat if id(b) not in dropped]


def _preview_runs(text: str, siblings: list[Block]) -> list[list[Block]]:
    """The same preview given line by line: 分三个步骤：/第一步：确定大纲（THINK）/第二步：…/第三步：… and then the
    sections ### 第一步：确定大纲 … that give the parts again. A run of sibling headings numbered from one, one
    line each (the last may have a sentence after it) and with nothing under them, is a preview when the
    siblings after it number as it does, in its style, and each is named like its item."""
    runs: list[list[Block]] = []
    k = 0
    while k < len(siblings):
        run = _bare_run(text, siblings, k)
        if len(run) >= 2 and _named_again(text, run, siblings, k + len(run)):
            runs.append(run)
            k += len(run)
        else:
            k += 1
    return runs


def _bare_run(text: str, siblings: list[Block], k: int) -> list[Block]:
    run: list[Block] = []
    for j in range(k, len(siblings)):  # no copy of the rest (a slice a start made this quadratic)
        b = siblings[j]
        if b.children or b.lists or b.ordinal != len(run) + 1 or (run and b.style != run[0].style):
            break
        if run and text[_line_end(text, run[-1].marker.end, run[-1].end):run[-1].end].strip():
            break  # an item before this one had text of its own: a section, not a preview's line
        run.append(b)
    return run


def _named_again(text: str, run: list[Block], siblings: list[Block], after: int) -> bool:
    """Whether the siblings from `after` on give the run again: the next of its style numbered one, and
    the ones after it, each named like the run's item (looked up by index: no copy of the rest)."""
    style = run[0].style
    k = next((j for j in range(after, len(siblings)) if siblings[j].style == style and siblings[j].ordinal == 1), None)
    again = siblings[k:k + len(run)] if k is not None else []
    return (len(again) == len(run)
            and all(b.style == run[0].style and b.ordinal == a.ordinal for a, b in zip(run, again))
            and all(_names(text, a.marker.end, a.end, b.marker.end, b.end) for a, b in zip(run, again)))


def _line_end(text: str, start: int, end: int) -> int:
    at = text.find("\n", start, end)
    return end if at < 0 else at


def _previews(text: str, lst: InlineList, sections: list[Block]) -> bool:
    items = lst.items
    if len(items) < 2 or any(item.children for item in items):
        return False
    k = bisect_left([b.marker.start for b in sections], lst.end)
    after = sections[k:k + len(items)]
    if len(after) < len(items) or [b.ordinal for b in after] != [item.ordinal for item in items]:
        return False
    return all(_names(text, item.marker.end, item.end, b.marker.end, b.end) for item, b in zip(items, after))


def _previews_list(text: str, lst: InlineList, parts: InlineList | None) -> bool:
    """`lst` stands in one paragraph and `parts`, the next list, gives the same parts again, each
    opening a paragraph of its own."""
    items = lst.items
    if parts is None or len(items) < 2 or any(item.children for item in items):
        return False
    if "\n" in text[lst.start:items[-1].marker.start] or len(parts.items) != len(items):
        return False
    if [p.ordinal for p in parts.items] != [item.ordinal for item in items]:
        return False
    return all(opens_line(text, p.marker.start) and _names(text, item.marker.end, item.end, p.marker.end, p.end)
               for item, p in zip(items, parts.items))


def _names(text: str, item_start: int, item_end: int, part_start: int, part_end: int) -> bool:
    """A preview's item names the part: their headings are alike, or the item's first clause (一是爱国之心，就是…)
    is like the part's heading (说一下爱国之心)."""
    preview = _heading_text(text, item_start, item_end)
    heading = _heading_text(text, part_start, part_end)
    return _alike(preview, heading) or _alike(_heading_text(text, item_start, item_end, clause=True), heading)


def _heading_text(text: str, start: int, end: int, clause: bool = False) -> str:
    """A heading's letters and digits, its first PREVIEW_CHARS: enough to tell one part from another;
    with `clause`, only up to its first comma."""
    a, b = heading_span(text, start, min(end, start + PREVIEW_CHARS))
    if a == b and b < end and text[b] in HEADING_COLONS:  # 第一部分：回顾历程: the words after the colon
        a, b = heading_span(text, b + 1, min(end, b + 1 + PREVIEW_CHARS))
    if clause:
        b = min((k for k in (text.find("，", a, b), text.find(",", a, b)) if k >= 0), default=b)
    return "".join(ch for ch in text[a:b] if ch.isalnum())


def _alike(preview: str, heading: str) -> bool:
    """The same part named twice: one holds the other, or they share most of their characters (each
    counted as often as both hold it; headings are short, so no alignment is needed)."""
    if not preview or not heading:
        return False
    if preview in heading or heading in preview:
        return min(len(preview), len(heading)) >= PREVIEW_MIN
    common = sum(min(preview.count(ch), heading.count(ch)) for ch in set(preview))
    return 2 * common >= PREVIEW_LIKENESS * (len(preview) + len(heading))


def _scopes(flat: list[Block], body: Span) -> list[tuple[Block | None, int, int]]:
    """The stretches of own text, in order: before the first heading (the top level's), each
    heading's up to the next heading, and, after a heading whose text ends early (the last of a run
    of paragraphs opened by 第三，…), the stretch up to the next heading, which is its parent's; where
    the parent ends early too (a turn to the problems after （五）'s 一是…三是 paragraph ends （五）), the
    rest of the stretch is the next open ancestor's, and so on up."""
    scopes: list[tuple[Block | None, int, int]] = [(None, body[0], flat[0].marker.start if flat else body[1])]
    for k, b in enumerate(flat):
        nxt = flat[k + 1].marker.start if k + 1 < len(flat) else body[1]
        scopes.append((b, b.marker.start, min(nxt, b.end)))
        at, owner = b.end, b.parent
        while at < nxt:  # the text of the nearest heading still open there, up to where it ends
            while owner is not None and owner.end <= at:
                owner = owner.parent
            stop = nxt if owner is None else min(nxt, owner.end)
            scopes.append((owner, at, stop))
            at = stop
    return scopes


def _split_at(scopes: list[tuple[Block | None, int, int]], closing: int) -> list[tuple[Block | None, int, int]]:
    """Text from the closing part on is the top level's, whoever owned the stretch it falls in."""
    out: list[tuple[Block | None, int, int]] = []
    for owner, start, end in scopes:
        if start < closing < end:
            out += [(owner, start, closing), (None, closing, end)]
        else:
            out.append((owner if start < closing else None, start, end))
    return out


def _in_order(nodes: list[Node]) -> list[Node]:
    """Inline items and sub-headings of one parent, in text order (they never overlap)."""
    return sorted(nodes, key=lambda n: n.span[0])


class _Assembler:
    """Turns blocks and items into pydantic nodes: headings, spans, kinds and levels."""

    def __init__(self, text: str, starts: list[int], furniture: list[Span]) -> None:
        self.text = text
        self.starts = starts  # sorted: a heading stops at the next marker's start
        self.furniture = furniture  # sorted spans of page furniture: never a heading

    def block(self, b: Block, level: int) -> Node:
        # In text order already; a leaf (most headings) skips making a generator.
        children = [self.block(c, level + 1) for c in _taken(b.children)] if b.children else []
        if b.lists:
            children = _in_order(children + [self.item(i, level + 1) for lst in b.lists for i in lst.items])
        kind = _item_kind(b.marker) if b.marker.role is INLINE else SECTION
        return self._node(b.marker, kind, b.ordinal, b.end, level, children)

    def item(self, item: Item, level: int) -> Node:
        children = [self.item(c, level + 1) for c in item.children] if item.children else []
        return self._node(item.marker, _item_kind(item.marker), item.ordinal, item.end, level, children)

    def _node(self, m: Marker, kind: NodeKind, ordinal: int | None, end: int, level: int,
              children: list[Node]) -> Node:
        text = self.text
        k = bisect_right(self.starts, m.start)  # (a dict of next starts would cost ~70 bytes a marker)
        limit = self.starts[k] if k < len(self.starts) else len(text)
        # After the marker up to the first 。！？；：, the line end or the next marker (a styled line's
        # empty marker included: its heading stops before the markers inside it).
        start, stop = heading_span(text, m.end, limit)
        if start == stop and stop < limit and text[stop] in HEADING_COLONS:
            start, stop = heading_span(text, stop + 1, limit)  # 第一条：“留心各样的事情…” : the words after the colon
        if start == stop:
            start, stop = self._heading_below(m, stop, end, limit)
        if end > m.end and text[end - 1].isspace():  # most nodes end on their text, not on spaces
            end = _trim_end(text, m.end, end)
        end = max(end, stop)
        marked = m.end > m.start
        return new_node(kind, m.text if marked else None, m.form, ordinal, level, text[start:stop],
                        (start, stop), (m.start, m.end) if marked else None, (m.start, end), children)

    def _heading_below(self, m: Marker, at: int, node_end: int, limit: int) -> Span:
        """The heading of a marker with none after it (`at` is where it would start)."""
        text = self.text
        if m.role is DIVIDER or text.startswith("\n", at):
            line = text.find("\n", m.end)
            if line >= 0:  # a numeral (or bare marker) alone on its line: the next line with text heads it
                # Only that line (blank lines before it skipped: a copy with a blank line after every
                # paragraph), inside the node (never into another region or past the parent), never
                # into the next marker's own text, and only if it has words (not `# `, `===`).
                # A page's number or running header there (一、⏎- 2 -⏎总体要求: a page break between
                # the marker and its heading) is passed over: furniture, or a line with no letter.
                bound = min(limit, node_end)
                for _ in range(MAX_FURNITURE_LINES + 1):
                    blanks = _BLANK_LINES_RE.match(text, line + 1, bound)
                    start, end = heading_span(text, blanks.end() if blanks else line + 1, bound)
                    line = text.find("\n", start, bound)
                    if line >= 0 and (self._in_furniture(start) or not any(ch.isalpha() for ch in text[start:line])):
                        continue
                    if any(ch.isalnum() for ch in text[start:end]):
                        return start, end
                    break
        # No heading: it stands right after the marker, not after spaces the node ends before.
        return m.end, m.end

    def _in_furniture(self, at: int) -> bool:
        k = bisect_right(self.furniture, (at, len(self.text))) - 1  # the last span starting at or before `at`
        return k >= 0 and at < self.furniture[k][1]


HEADING_COLONS: Final = "：:"  # a marker closed by a colon heads the words after it
MAX_FURNITURE_LINES: Final = 2  # a page's number and its running header between a marker and its heading
# A heading's characters: up to a line end or a terminator; an ASCII '.' is looked at on its own (_full_stop).
_HEADING_RUN_RE = re.compile("[^\n" + "".join(sorted(TERMINATORS)) + ".]*")
# Whole blank lines, and a Markdown heading sign opening the next line (# 标题): not the heading's text.
_BLANK_LINES_RE = re.compile(r"(?:[ \t\u3000]*\n)*(?:[ \t\u3000]*#+(?=[ \t\u3000]))?")
# The spaces before a heading, then its run: one match for both.
_HEADING_RE = re.compile("[ \t\u3000]*(" + _HEADING_RUN_RE.pattern + ")")
# A paragraph's indent inside a line (一、活动主题 　　以…为指导): a line break was lost before it, and the
# heading ends there. Three spaces or more, two of them ideographic (张　　三 pads a name: no break).
_INDENT_GAP_RE = re.compile("[ \t\u3000]*\u3000[ \t]*\u3000[ \t\u3000]*")


def heading_span(text: str, start: int, limit: int) -> Span:
    """The heading that begins at `start`: spaces skipped, up to a terminator, line end or `limit`.
    Scanned by regex, stopping only at a '.' that may be a full stop."""
    n = min(limit, len(text))
    if start >= n:
        return start, start
    head = _HEADING_RE.match(text, start, n)
    assert head is not None  # both patterns match the empty string
    start, end = head.span(1)
    start = _past_emphasis(text, start, end)
    gap = _INDENT_GAP_RE.search(text, start, end) if text.find("\u3000", start, end) >= 0 else None
    while gap is not None and gap.end() - gap.start() < 3:
        gap = _INDENT_GAP_RE.search(text, gap.end(), end)
    if gap is not None and gap.start() > start:
        end = gap.start()
    while end < n and text[end] == "." and not _full_stop(text, end):
        run = _HEADING_RUN_RE.match(text, end + 1, n)
        assert run is not None
        end = run.end()
    while end > start and (text[end - 1] in HEADING_TRAILERS
                           or text[end - 1] == "." and _full_stop(text, end - 1)
                           or _unopened_bracket(text, start, end)):
        end -= 1
    return start, end


def _past_emphasis(text: str, start: int, end: int) -> int:
    """Past Markdown emphasis opening the heading after its marker (1. **积极的情绪**, 2. **投入：**…),
    or closing a bold marker (**第一条** 为规范…): its signs are markup, as the closing ones
    (HEADING_TRAILERS). Two or more always; a single * only when another * in the heading pairs with it
    (1. *注 is text)."""
    k = start
    while k < end and text[k] == "*":
        k += 1
    if k - start >= 2 or (k > start and "*" in text[k:end]):
        while k < end and text[k] in " \t\u3000":  # **第一条** 为规范…: the closing signs, then a space
            k += 1
        return k
    return start


def _unopened_bracket(text: str, start: int, end: int) -> bool:
    """A 】 ending the heading that no 【 inside it opened: it closes the bracket the heading line
    opened before its marker (【第二章 组织结构】), and is no part of the heading."""
    return text[end - 1] == "】" and "【" not in text[start:end - 1]


def _full_stop(text: str, k: int) -> bool:
    """An ASCII '.' typed as 。 (…仍在高位.去年…): after a Chinese character or a closing quote,
    not between digits or letters (1.2万, A.M.)."""
    if text[k] != "." or k == 0 or text[k - 1].isascii() and text[k - 1].isalnum():
        return False
    return k + 1 >= len(text) or not (text[k + 1].isascii() and text[k + 1].isalnum())


def _trim_end(text: str, floor: int, end: int) -> int:
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


def _item_kind(m: Marker) -> NodeKind:
    if m.role is BULLET:
        return ITEM
    if m.form in ("cn_verb", "ordinal") and m.word in DIRECTIVE_WORDS:
        return DIRECTIVE
    return POINT
