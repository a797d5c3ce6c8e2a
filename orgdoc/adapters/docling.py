"""docling: the outline as a docling-core `DoclingDocument`, so docling's chunkers and everything
built on docling work on it (extra `docling`: docling-core).

    doc = to_docling(orgdoc.parse_file("speech.docx"))
    HierarchicalChunker().chunk(doc)        # docling_core.transforms.chunker

Title → `title`; sections → `section_header` with their level, their own text → `text`; points,
directives, bullet items and run-in headings → `list_item` (the marker kept) in nested list groups;
regions outside the nodes (byline, preamble, closing …) → `text`; boilerplate → `text` in the
furniture layer. Each item carries orgdoc's ids and spans in namespaced metadata
(`meta.orgdoc__node_id`, `meta.orgdoc__span` …; docling's Markdown export prints metadata unless
told `blocked_meta_names=META_NAMES`).
"""

from __future__ import annotations

from typing import Any

try:
    from docling_core.types.doc import BaseMeta, ContentLayer, DocItemLabel, DoclingDocument, MetaUtils
except ImportError as exc:  # an optional extra: say how to get it
    raise ImportError("the docling export needs docling-core: pip install 'orgdoc[docling]'") from exc

from orgdoc.exports import _body_spans, _in_order, _paragraphs, label
from orgdoc.models import Node, NodeKind, Outline, Region, RegionKind, Span

__all__ = ["META_NAMES", "to_docling", "to_docling_json"]

NAMESPACE = "orgdoc"
# The metadata names this export writes: `doc.export_to_markdown(blocked_meta_names=META_NAMES)`
# leaves them out of docling's own Markdown.
META_NAMES = frozenset(f"{NAMESPACE}__{name}" for name in
                       ("node_id", "kind", "level", "marker", "span", "heading_span", "region"))


def to_docling(outline: Outline) -> DoclingDocument:
    """The outline and its text as a DoclingDocument."""
    doc = DoclingDocument(name=outline.source.path or outline.title or "document")
    text = outline.text
    skip = sorted(r.span for r in outline.regions if r.kind is RegionKind.BOILERPLATE)
    if outline.title:
        title_region = next((r for r in outline.regions if r.kind is RegionKind.TITLE), None)
        item = doc.add_title(text=outline.title)
        _meta(item, span=title_region.span if title_region else None, region="title")
    groups: dict[str, Any] = {}  # node id → the list group its children go into
    for kind, thing in _in_order(outline):
        if kind == "region":
            _region(doc, text, thing, skip)  # type: ignore[arg-type]
        else:
            _node(doc, outline, thing, groups, skip)  # type: ignore[arg-type]
    return doc


def to_docling_json(outline: Outline) -> str:
    """The DoclingDocument as JSON (`orgdoc parse --format docling`)."""
    return to_docling(outline).model_dump_json(indent=2)


def _region(doc: DoclingDocument, text: str, region: Region, skip: list[Span]) -> None:
    if region.kind is RegionKind.TITLE:
        return
    if region.kind is RegionKind.BOILERPLATE:
        item = doc.add_text(label=DocItemLabel.TEXT, text=" ".join(text[region.span[0]:region.span[1]].split()),
                            content_layer=ContentLayer.FURNITURE)
        _meta(item, span=region.span, region=region.kind.value)
        return
    for paragraph in _paragraphs(text, [region.span], skip):
        _meta(doc.add_text(label=DocItemLabel.TEXT, text=paragraph), span=region.span, region=region.kind.value)


def _node(doc: DoclingDocument, outline: Outline, node: Node, groups: dict[str, Any], skip: list[Span]) -> None:
    text = outline.text
    parent = outline.parent(node)
    body = _paragraphs(text, _body_spans(text, node), skip)
    if node.kind is NodeKind.SECTION:
        item = doc.add_heading(text=label(node), level=min(node.level, 100))
        _meta(item, node=node)
        for paragraph in body:
            _meta(doc.add_text(label=DocItemLabel.TEXT, text=paragraph), node=node)
        return
    # Points, directives and bullets of one parent form one list group: in the body under a section
    # (or at the top), nested under the list item of a point that holds them.
    key = parent.id if parent is not None else ""
    if key not in groups:
        holder = groups.get(f"item:{key}")
        groups[key] = doc.add_list_group(parent=holder)
    words = " ".join([node.heading.strip(), *body]) if node.heading else " ".join(body)
    item = doc.add_list_item(text=" ".join(words.split()), marker=node.marker or "",
                             enumerated=node.ordinal is not None, parent=groups[key])
    _meta(item, node=node)
    groups[f"item:{node.id}"] = item


def _meta(item: Any, *, node: Node | None = None, span: Span | None = None, region: str | None = None) -> None:
    fields: dict[str, Any] = {}
    if node is not None:
        fields.update(node_id=node.id, kind=node.kind.value, level=node.level, marker=node.marker,
                      span=list(node.span), heading_span=list(node.heading_span))
    if span is not None:
        fields["span"] = list(span)
    if region is not None:
        fields["region"] = region
    named = {MetaUtils.create_meta_field_name(namespace=NAMESPACE, name=k): v for k, v in fields.items() if v is not None}
    item.meta = BaseMeta(**named)
