"""Exports for other tools: Markdown with the body text, OPML 2.0, a flat node table (CSV, Parquet).

    >>> import orgdoc
    >>> from orgdoc.exports import to_markdown_document
    >>> print(to_markdown_document(orgdoc.parse("在全市工作会议上的讲话\\n一、统一思想。要深刻领会。\\n（一）提高认识。要学。")))
    # 在全市工作会议上的讲话
    <BLANKLINE>
    ## 一、统一思想
    <BLANKLINE>
    要深刻领会。
    <BLANKLINE>
    ### （一）提高认识
    <BLANKLINE>
    要学。
    <BLANKLINE>

Every export reads the outline's text (`outline.text`) for the body; web boilerplate is left out.
The DoclingDocument export is in `orgdoc.adapters.docling` (extra `docling`).
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from .models import Node, Outline, Region, RegionKind, Span

__all__ = ["NODE_COLUMNS", "node_rows", "to_csv", "to_markdown_document", "to_opml", "to_parquet"]

# Markdown has six heading levels; the title takes the first, so nodes deeper than five levels are
# written as bold paragraphs (header splitters then file them under their level-5 ancestor).
_MAX_HEADING = 6
# What may follow a heading inside its line: the heading's own end punctuation, not the body's.
_AFTER_HEADING = "。！？；：:;!?，, \t\u3000"


def _one_line(text: str) -> str:
    from .export import one_line

    return one_line(text)


def label(node: Node) -> str:
    """Marker and heading as one printable line: a hard wrap's break dropped, other spaces (　) made
    one plain space, invisible characters left out; Markdown readers drop what is not printable."""
    text = "".join(ch if ch.isprintable() else " " if ch.isspace() else "" for ch in _one_line(node.label))
    return " ".join(text.split())


# --- Markdown with the body ----------------------------------------------------------------------


def to_markdown_document(outline: Outline) -> str:
    """The whole document as Markdown: the title as `#`, each node as a heading one level below its
    parent (`##` for the top level), followed by its own text; regions outside the nodes (byline,
    preamble, closing …) as paragraphs; boilerplate left out. A Markdown header splitter run on it
    gives each piece of text the heading path of its node."""
    text = outline.text
    skip = _boilerplate(outline)
    blocks: list[str] = []
    if outline.title:
        blocks.append(f"# {_one_line(outline.title)}")
    for kind, item in _in_order(outline):
        if kind == "region":
            assert isinstance(item, Region)
            if item.kind not in (RegionKind.TITLE, RegionKind.BOILERPLATE):
                blocks += _paragraphs(text, [item.span], skip)
            continue
        assert isinstance(item, Node)
        node = item
        heading = f"**{label(node)}**" if node.level + 1 > _MAX_HEADING else f"{'#' * (node.level + 1)} {label(node)}"
        blocks.append(heading)
        blocks += _paragraphs(text, _body_spans(text, node), skip)
    return "\n\n".join(blocks) + "\n"


def _in_order(outline: Outline) -> Iterator[tuple[str, object]]:
    """Regions outside the nodes and the nodes, in document order (a node before its children)."""
    held = [n.span for n in outline.children]
    regions = [r for r in outline.regions if not any(s <= r.span[0] and r.span[1] <= e for s, e in held)]
    items: list[tuple[int, int, str, object]] = [(r.span[0], 0, "region", r) for r in regions]
    items += [(n.span[0], 1, "node", n) for n in outline.children]
    for _, _, kind, item in sorted(items, key=lambda t: (t[0], t[1])):
        if kind == "region":
            yield kind, item
        else:
            yield from (("node", n) for n in _subtree(item))  # type: ignore[arg-type]


def _subtree(node: Node) -> Iterator[Node]:
    yield node
    for child in node.children:
        yield from _subtree(child)


def _body_spans(text: str, node: Node) -> list[Span]:
    """The node's own text after its heading (and the heading's end punctuation)."""
    spans = []
    for start, end in node.own_spans():
        if start <= node.heading_span[1] <= end:
            start = node.heading_span[1]
            while start < end and text[start] in _AFTER_HEADING:
                start += 1
        spans.append((start, end))
    return spans


def _paragraphs(text: str, spans: list[Span], skip: list[Span]) -> list[str]:
    """Each non-blank line of the spans (boilerplate cut out) as a Markdown paragraph; a line that
    Markdown would read as a heading or a rule is escaped."""
    out = []
    for start, end in _without(spans, skip):
        for line in text[start:end].split("\n"):
            line = line.strip(" \t\r\u3000")
            if line:
                out.append(_escaped(line))
    return out


def _escaped(line: str) -> str:
    if line.startswith(("#", "---", "===", "***", ">")):
        return "\\" + line
    return line


def _boilerplate(outline: Outline) -> list[Span]:
    return sorted(r.span for r in outline.regions if r.kind is RegionKind.BOILERPLATE)


def _without(spans: list[Span], skip: list[Span]) -> list[Span]:
    out = []
    for start, end in spans:
        for s, e in skip:
            if e <= start or s >= end:
                continue
            if s > start:
                out.append((start, s))
            start = max(start, e)
        if start < end:
            out.append((start, end))
    return out


# --- OPML 2.0 ------------------------------------------------------------------------------------


def to_opml(outline: Outline) -> str:
    """OPML 2.0 (mind-map and outliner tools import it): one `<outline>` per node, its label as
    `text`, its own text after the heading as `_note`, and orgdoc's fields as extra attributes."""
    opml = ET.Element("opml", version="2.0")
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = _one_line(outline.title or "") or "(untitled)"
    body = ET.SubElement(opml, "body")
    text, skip = outline.text, _boilerplate(outline)

    def add(parent: ET.Element, node: Node) -> None:
        note = "\n".join(_paragraphs(text, _body_spans(text, node), skip))
        attributes = {"text": label(node), "_note": note, "id": node.id, "kind": node.kind.value,
                      "marker": node.marker or "", "heading": _one_line(node.heading),
                      "start": str(node.span[0]), "end": str(node.span[1])}
        element = ET.SubElement(parent, "outline", {k: v for k, v in attributes.items() if v})
        for child in node.children:
            add(element, child)

    for node in outline.children:
        add(body, node)
    ET.indent(opml)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(opml, encoding="unicode") + "\n"


# --- a flat node table -----------------------------------------------------------------------------

NODE_COLUMNS = ("id", "parent_id", "level", "kind", "marker", "form", "ordinal", "heading",
                "start", "end", "heading_start", "heading_end", "path")


def node_rows(outline: Outline) -> list[dict[str, object]]:
    """One row per node in document order: ids, level, kind, marker, heading, spans and the path."""
    rows: list[dict[str, object]] = []
    for node in outline.walk():
        parent = outline.parent(node)
        rows.append({
            "id": node.id, "parent_id": parent.id if parent else None, "level": node.level,
            "kind": node.kind.value, "marker": node.marker, "form": node.form, "ordinal": node.ordinal,
            "heading": node.heading, "start": node.span[0], "end": node.span[1],
            "heading_start": node.heading_span[0], "heading_end": node.heading_span[1],
            "path": [label(n) for n in outline.ancestors(node)],
        })
    return rows


def to_csv(outline: Outline) -> str:
    """The node table as CSV (UTF-8, a header row; `path` as a JSON array)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=NODE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in node_rows(outline):
        writer.writerow({**row, "path": json.dumps(row["path"], ensure_ascii=False)})
    return out.getvalue()


def to_parquet(outline: Outline) -> bytes:
    """The node table as Parquet (`path` a list of strings); needs pyarrow (`pip install pyarrow`)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # an optional dependency: say how to get it
        raise ImportError("Parquet export needs pyarrow: pip install 'orgdoc[parquet]'") from exc
    rows = node_rows(outline)
    schema = pa.schema([
        ("id", pa.string()), ("parent_id", pa.string()), ("level", pa.int32()), ("kind", pa.string()),
        ("marker", pa.string()), ("form", pa.string()), ("ordinal", pa.int32()), ("heading", pa.string()),
        ("start", pa.int64()), ("end", pa.int64()), ("heading_start", pa.int64()), ("heading_end", pa.int64()),
        ("path", pa.list_(pa.string())),
    ])
    table = pa.Table.from_pylist(rows, schema=schema)
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()
