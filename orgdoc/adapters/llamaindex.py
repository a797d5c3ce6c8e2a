"""LlamaIndex: a node parser giving one TextNode per chunk, under one TextNode per outline node,
linked PARENT/CHILD, with exact offsets (extra `llamaindex`: llama-index-core).

    parser = OrgdocNodeParser(max_chars=500)
    nodes = parser.get_nodes_from_documents(documents)
    leaves = get_leaf_nodes(nodes)          # the chunks, to embed; the rest are their sections

LlamaIndex's default post-processing recomputes offsets with `str.find`, which puts a chunk whose
text occurs twice (a repeated heading, a sentence said twice) at the first occurrence, and it
chains PREVIOUS/NEXT across sections and chunks alike; this parser does its own: offsets come from
the outline, PREVIOUS/NEXT link the chunks in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

try:
    from llama_index.core.node_parser import NodeParser
    from llama_index.core.schema import BaseNode, Document, NodeRelationship, TextNode
except ImportError as exc:  # an optional extra: say how to get it
    raise ImportError("the LlamaIndex adapter needs llama-index-core: pip install 'orgdoc[llamaindex]'") from exc

from itertools import pairwise

from pydantic import Field

from orgdoc.api import parse
from orgdoc.chunks import DEFAULT_MAX_CHARS
from orgdoc.models import Node, Outline

from . import chunk_metadata

__all__ = ["OrgdocNodeParser"]

# Ids and offsets help a program, not an embedding model or an LLM.
_HIDDEN = ["chunk_id", "node_id", "node_ids", "start", "end", "source", "kind"]


class OrgdocNodeParser(NodeParser):
    """Chunks of each document (`outline.chunks`) as TextNodes, each the CHILD of the TextNode of the
    deepest outline node holding it; those outline nodes (and their ancestors) nest as PARENT/CHILD
    too, their text the node's whole text."""

    max_chars: int = Field(default=DEFAULT_MAX_CHARS, description="Largest chunk, in characters.")
    include_sections: bool = Field(default=True, description="Also give a TextNode per outline node.")

    @classmethod
    def class_name(cls) -> str:
        return "OrgdocNodeParser"

    def _parse_nodes(self, nodes: Sequence[BaseNode], show_progress: bool = False, **kwargs: Any) -> list[BaseNode]:
        out: list[BaseNode] = []
        for document in nodes:
            out += self._document_nodes(document)
        return out

    def _postprocess_parsed_nodes(self, nodes: list[BaseNode], parent_doc_map: dict[str, Document]) -> list[BaseNode]:
        return nodes  # offsets, metadata and relationships are set in _document_nodes

    def _document_nodes(self, document: BaseNode) -> list[BaseNode]:
        text = document.get_content()
        outline = parse(text)
        inherited = dict(document.metadata) if self.include_metadata else {}
        source = document.as_related_node_info()
        cut = outline.chunks(max_chars=self.max_chars)
        # A TextNode for each outline node holding a chunk, and their ancestors: every one has a
        # child, so LlamaIndex's get_leaf_nodes gives exactly the chunks.
        held = {n.id for c in cut if c.node_id for n in outline.ancestors(outline.get(c.node_id))}
        sections = {n.id: self._section(document, outline, n, inherited) for n in outline.walk()
                    if n.id in held} if self.include_sections else {}
        for node in outline.walk():
            if node.id in sections:
                for child in node.children:
                    if child.id in sections:
                        _link(sections[node.id], sections[child.id])
        chunks = []
        for chunk in cut:
            leaf = TextNode(id_=f"{document.node_id}:{chunk.id}", text=chunk.text,
                            start_char_idx=chunk.span[0], end_char_idx=chunk.span[1],
                            metadata={**inherited, **chunk_metadata(chunk)},
                            excluded_embed_metadata_keys=_HIDDEN, excluded_llm_metadata_keys=_HIDDEN)
            if chunk.node_id in sections:
                _link(sections[chunk.node_id], leaf)
            chunks.append(leaf)
        if self.include_prev_next_rel:
            for before, after in pairwise(chunks):
                before.relationships[NodeRelationship.NEXT] = after.as_related_node_info()
                after.relationships[NodeRelationship.PREVIOUS] = before.as_related_node_info()
        every: list[BaseNode] = [*sections.values(), *chunks]
        for made in every:
            made.relationships[NodeRelationship.SOURCE] = source
        return every

    @staticmethod
    def _section(document: BaseNode, outline: Outline, node: Node, inherited: dict[str, Any]) -> TextNode:
        metadata = {**inherited, "heading_path": outline.path_of(node), "headings": " > ".join(outline.path_of(node)),
                    "title": outline.title, "node_id": node.id, "kind": node.kind.value,
                    "start": node.span[0], "end": node.span[1]}
        return TextNode(id_=f"{document.node_id}:{node.id}", text=outline.text_of(node),
                        start_char_idx=node.span[0], end_char_idx=node.span[1], metadata=metadata,
                        excluded_embed_metadata_keys=_HIDDEN, excluded_llm_metadata_keys=_HIDDEN)


def _link(parent: TextNode, child: TextNode) -> None:
    child.relationships[NodeRelationship.PARENT] = parent.as_related_node_info()
    children = parent.relationships.get(NodeRelationship.CHILD) or []
    parent.relationships[NodeRelationship.CHILD] = [*children, child.as_related_node_info()]  # type: ignore[list-item]
