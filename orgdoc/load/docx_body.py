"""The body of a Word document: its paragraphs and table cells in document order, as lines of the text
Word shows, with the heading level each takes from its style or outline level.

A paragraph numbered by Word keeps its "一、" in numbering.xml, not in its text; the outline parser
only sees text, so the marker is rendered (see numbering.py) and put back at the line start.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Final

from .numbering import Numbering, W, as_int, child_val

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
ALT_CHUNK = W + "altChunk"  # a document imported where it stands: its r:id names the part holding it

# Run content other than w:t → the characters Word shows for it.
# fmt: off
_RUN_CHARS = {
    W + "tab": "\t", W + "ptab": "\t", W + "cr": "\n", W + "noBreakHyphen": "-", W + "softHyphen": "",
}

# Subtrees that are not the paragraph's visible text: properties, deleted or moved-away revisions,
# field codes, the fallback copy of alternate content (a text box's VML twin of the mc:Choice drawing:
# its text is read once, from the choice; a VML box with no alternate content is read as it stands).
_SKIPPED = frozenset({
    W + "pPr", W + "rPr", W + "del", W + "moveFrom", W + "instrText", W + "delText", MC + "Fallback",
})
_TEXT_BOX = W + "txbxContent"
# fmt: on

# Content controls and custom XML wrap paragraphs, rows and cells without changing them.
_WRAPPERS = frozenset({W + "sdt", W + "sdtContent", W + "customXml"})

# Built-in heading styles ("heading 1" in styles.xml, shown as 标题 1 in Chinese Word; WPS may store 标题 1).
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.IGNORECASE)


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None  # w:outlineLvl 0-8 (9 = body text)
    vanish: bool | None  # w:rPr/w:vanish: a character style that hides its runs (None: not set here)


class Styles:
    """styles.xml: the numbering and heading level a paragraph inherits from its style chain."""

    def __init__(self, root: Any | None) -> None:
        self._styles: dict[str, _Style] = {}
        self._numbering: dict[str | None, tuple[str | None, int | None]] = {}
        self._levels: dict[str | None, int | None] = {}
        self._hidden: dict[str | None, bool] = {}
        self.default: str | None = None
        for el in root.findall(W + "style") if root is not None else ():
            ppr = el.find(W + "pPr")
            num_pr = ppr.find(W + "numPr") if ppr is not None else None
            style_id = el.get(W + "styleId", "")
            self._styles[style_id] = _Style(
                child_val(el, "name") or "",
                child_val(el, "basedOn"),
                child_val(num_pr, "numId"),
                as_int(child_val(num_pr, "ilvl"), None),
                as_int(child_val(ppr, "outlineLvl"), None),
                toggle(el.find(W + "rPr"), "vanish"),
            )
            if el.get(W + "type") == "paragraph" and el.get(W + "default") in ("1", "true"):
                self.default = style_id

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id in self._styles and style_id not in seen:
            seen.add(style_id)
            yield self._styles[style_id]
            style_id = self._styles[style_id].based_on

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        # Answers are kept per style: every paragraph of a style would walk its whole chain again.
        if style_id not in self._numbering:
            self._numbering[style_id] = next(
                ((s.num_id, s.ilvl) for s in self.chain(style_id) if s.num_id is not None), (None, None))
        return self._numbering[style_id]

    def heading_level(self, style_id: str | None) -> int | None:
        if style_id not in self._levels:
            self._levels[style_id] = self._heading_level(style_id)
        return self._levels[style_id]

    def _heading_level(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            named = _HEADING_STYLE.match(style.name.strip())
            if named:
                return int(named.group(1))
            if style.outline is not None:
                return style.outline + 1 if style.outline < 9 else None
        return None

    def hidden(self, style_id: str | None) -> bool:
        """Whether a character style (w:rStyle) hides its runs, itself or through the styles it is based on."""
        if style_id not in self._hidden:
            self._hidden[style_id] = next((s.vanish for s in self.chain(style_id) if s.vanish is not None), False)
        return self._hidden[style_id]

    def num_ids(self) -> dict[str, str]:
        return {sid: style.num_id for sid, style in self._styles.items() if style.num_id}


def toggle(rpr: Any | None, tag: str) -> bool | None:
    """A run property that is on or off (w:vanish, w:b): None when `rpr` does not set it."""
    el = rpr.find(W + tag) if rpr is not None else None
    return None if el is None else el.get(W + "val", "true") not in ("0", "false", "off")


def _hidden(run: Any, styles: Styles) -> bool:
    """Hidden text (w:vanish, in the run's properties or its character style; w:specVanish): Word neither
    shows nor prints it. Paragraph styles and document defaults that hide text are not followed."""
    rpr = run.find(W + "rPr")
    if rpr is None:
        return False
    vanish = toggle(rpr, "vanish")
    if vanish is None:
        vanish = styles.hidden(child_val(rpr, "rStyle"))
    return vanish or bool(toggle(rpr, "specVanish"))


def _text(p: Any, styles: Styles, boxes: list[tuple[Any, bool]]) -> str:
    """The visible text of a paragraph; its text boxes are added to `boxes` with whether they are
    anchored ahead of any of its text."""
    parts: list[str] = []
    anchors: list[tuple[Any, int]] = []  # each box with the number of parts ahead of it
    _collect(p, styles, parts, anchors)
    first = next((i for i, part in enumerate(parts) if part.strip()), len(parts))
    boxes += [(box, at <= first) for box, at in anchors]
    return "".join(parts)


def _collect(el: Any, styles: Styles, parts: list[str], anchors: list[tuple[Any, int]]) -> None:
    for child in el:
        tag = child.tag
        if tag in _SKIPPED or (tag == W + "r" and _hidden(child, styles)):
            continue
        if tag == W + "t":
            parts.append(child.text or "")
        elif tag == W + "br":  # page and column breaks are layout; a text-wrapping break is a new line
            parts.append("" if child.get(W + "type") in ("page", "column") else "\n")
        elif tag in _RUN_CHARS:
            parts.append(_RUN_CHARS[tag])
        elif tag == _TEXT_BOX:
            anchors.append((child, len(parts)))
        else:
            _collect(child, styles, parts, anchors)


def _children(el: Any, tag: str) -> Iterator[Any]:
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _blocks(parent: Any, in_table: bool = False) -> Iterator[tuple[Any, bool]]:
    """Every w:p and w:altChunk in document order, layout tables walked row by row and cell by cell
    where they stand; a data table (`is_data_table`) is given whole, for the reader to mark."""
    for child in parent:
        if child.tag == W + "p" or child.tag == ALT_CHUNK:
            yield child, in_table
        elif child.tag == W + "tbl":
            if is_data_table(child):
                yield child, in_table
                continue
            for cell in _cells(child):
                yield from _blocks(cell, True)
        elif child.tag in _WRAPPERS:
            yield from _blocks(child, in_table)


def _cells(table: Any) -> Iterator[Any]:
    for row in _children(table, W + "tr"):
        yield from _children(row, W + "tc")


DATA_ROWS: Final = 2  # rows of two text cells or more that make a table data, not layout


def is_data_table(table: Any) -> bool:
    """A table of rows and columns (at least DATA_ROWS rows with two cells holding text): its cells are
    data (a task list's 序号 1 2 3, a row label 一、设施建设), not running text. A one-column table (a box
    around a paragraph, a title block) or a one-row table (issuer | date) is layout: its text runs on."""
    rows = 0
    for row in _children(table, W + "tr"):
        filled = sum(1 for cell in _children(row, W + "tc") if _has_text(cell))
        rows += filled >= 2
        if rows >= DATA_ROWS:
            return True
    return False


def _has_text(cell: Any) -> bool:
    return any((t.text or "").strip() for t in cell.iter(W + "t"))


def _num_ref(p: Any, styles: Styles, numbering: Numbering) -> tuple[str, int] | None:
    """(numId, ilvl) of a numbered paragraph: its own w:numPr, else its style's; None if unnumbered."""
    ppr = p.find(W + "pPr")
    num_pr = ppr.find(W + "numPr") if ppr is not None else None
    style_id = child_val(ppr, "pStyle") or styles.default
    num_id, ilvl = child_val(num_pr, "numId"), as_int(child_val(num_pr, "ilvl"), None)
    if num_id is None:
        num_id, style_ilvl = styles.numbering(style_id)
        ilvl = style_ilvl if ilvl is None else ilvl
    if not num_id or num_id == "0":  # numId 0 switches numbering off
        return None
    if ilvl is None and style_id:
        ilvl = numbering.style_level(num_id, style_id)
    return num_id, ilvl or 0


def _heading_level(p: Any, styles: Styles) -> int | None:
    ppr = p.find(W + "pPr")
    outline = as_int(child_val(ppr, "outlineLvl"), None)
    if outline is not None:
        return outline + 1 if outline < 9 else None
    return styles.heading_level(child_val(ppr, "pStyle") or styles.default)


def _mark(p: Any) -> str | None:
    """What the revisions and properties of a paragraph's mark (w:pPr/w:rPr) do to it: "deleted" (a tracked
    deletion or move away), "hidden" (w:vanish, w:specVanish) or None."""
    ppr = p.find(W + "pPr")
    rpr = ppr.find(W + "rPr") if ppr is not None else None
    if rpr is None:
        return None
    if rpr.find(W + "del") is not None or rpr.find(W + "moveFrom") is not None:
        return "deleted"
    return "hidden" if toggle(rpr, "vanish") or toggle(rpr, "specVanish") else None


class _Lines:
    """The lines of a body as Word shows it with tracked changes accepted, and where its data tables stand."""

    def __init__(self, styles: Styles, numbering: Numbering, chunks: Callable[[str], Body | None] | None) -> None:
        self.styles, self.numbering, self.chunks = styles, numbering, chunks
        self.lines: list[tuple[str, int | None]] = []
        self.tables: list[tuple[int, int]] = []  # [first, end) line indexes of each outermost data table
        self._in_data = False

    def read(self, parent: Any, in_table: bool = False) -> None:
        # A paragraph's properties (numbering, style) live in its mark: a paragraph whose mark is deleted
        # has none left, and its text runs on into the next paragraph of the same container, which keeps
        # its own mark. With no text left it is gone: no line, no number.
        carried, carried_from = "", None
        for el, cell in _blocks(parent, in_table):
            if carried and (el.tag != W + "p" or el.getparent() is not carried_from):
                self._add(carried, None, cell)
                carried = ""
            if el.tag == W + "tbl":
                self._table(el)
            elif el.tag == ALT_CHUNK:
                self._chunk(el)
            elif _mark(el) == "deleted":
                carried, carried_from = carried + self._paragraph(el, cell, None), el.getparent()
            else:
                self._paragraph(el, cell, carried)
                carried = ""
        if carried:
            self._add(carried, None, in_table)

    def _paragraph(self, p: Any, cell: bool, carried: str | None) -> str:
        """Read a paragraph into a line after the text `carried` to it; one whose mark is deleted
        (`carried` None) gives no line: its text is returned, to run on into the next."""
        boxes: list[tuple[Any, bool]] = []
        text = _text(p, self.styles, boxes)
        # A text box is drawn apart from the text flow, beside the paragraph that holds its anchor.
        # Its paragraphs are read as lines of their own where the anchor stands: before the
        # paragraph when no text comes ahead of the anchor (Word puts the anchor of a box drawn on
        # the page at the start of the nearest paragraph: a title or a 版头 set in a box above the
        # text), after it otherwise, never inside (a box cuts no sentence in two).
        for box, ahead in boxes:
            if ahead:
                self.read(box, cell)
        if carried is not None and (_mark(p) != "hidden" or (carried + text).strip()):  # an empty hidden one is not shown
            ref = _num_ref(p, self.styles, self.numbering)
            marker = (self.numbering.marker(*ref) if ref else None) or ""
            # A list level that shows no number heads as a heading style would, at the level's depth.
            listed = ref[1] + 1 if ref and self.numbering.shows_no_number(*ref) else None
            self._add(marker + carried + text, p, cell, listed)
        for box, ahead in boxes:
            if not ahead:
                self.read(box, cell)
        return text

    def _chunk(self, el: Any) -> None:
        """An embedded document's lines where it stands (and its data tables, unless it stands in one)."""
        body = self.chunks(el.get(R + "id", "")) if self.chunks is not None else None
        if body is None:
            return
        first = len(self.lines)
        self.lines += body.lines
        if not self._in_data:
            self.tables += [(a + first, b + first) for a, b in body.tables]

    def _table(self, table: Any) -> None:
        """A data table's cells, each paragraph a line as in any table, their lines marked as the table's
        (a table nested in it is part of it)."""
        outer, first = not self._in_data, len(self.lines)
        self._in_data = True
        for cell in _cells(table):
            self.read(cell, True)
        self._in_data = not outer
        if outer and len(self.lines) > first:
            self.tables.append((first, len(self.lines)))

    def _add(self, line: str, p: Any | None, in_table: bool, listed: int | None = None) -> None:
        """`listed`: the heading level of an unnumbered list level, when the paragraph's style gives none."""
        if in_table and not line.strip():
            return  # empty and merged-away cells
        level = (_heading_level(p, self.styles) or listed) if p is not None and line.strip() else None
        self.lines.append((line, level))


@dataclass(frozen=True)
class Body:
    lines: list[tuple[str, int | None]]  # (line, heading level or None)
    tables: list[tuple[int, int]]  # [first, end) line indexes of each data table


def body_lines(body: Any, styles: Styles, numbering: Numbering,
               chunks: Callable[[str], Body | None] | None = None) -> Body:
    """Every paragraph of w:body as a line, numbered as Word numbers it, and where its data tables stand.
    `chunks` reads the document a w:altChunk imports (given its r:id)."""
    reader = _Lines(styles, numbering, chunks)
    reader.read(body)
    return Body(reader.lines, reader.tables)
