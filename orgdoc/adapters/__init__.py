"""Thin adapters to other frameworks, each an optional extra: they call `outline.chunks` and carry
the chunk's heading path, title, span and node ids as metadata.

| module | extra | gives |
|---|---|---|
| `orgdoc.adapters.langchain` | `langchain` | `OrgdocLoader` (a `BaseLoader`), `OrgdocTextSplitter` (a `BaseDocumentTransformer`) |
| `orgdoc.adapters.llamaindex` | `llamaindex` | `OrgdocNodeParser` (a `NodeParser`: TextNodes with PARENT/CHILD relationships, exact offsets) |
| `orgdoc.adapters.haystack` | `haystack` | `OrgdocSplitter` (a Haystack 2 `@component`) |
| `orgdoc.adapters.docling` | `docling` | `to_docling` (a docling-core `DoclingDocument`) |
"""

from __future__ import annotations

from typing import Any

from orgdoc.chunks import Chunk

__all__ = ["chunk_metadata"]


def chunk_metadata(chunk: Chunk) -> dict[str, Any]:
    """What every adapter puts in a chunk's metadata. `heading_path` is a list; `headings` joins it
    for stores that only take scalars."""
    return {
        "heading_path": list(chunk.heading_path),
        "headings": " > ".join(chunk.heading_path),
        "title": chunk.title,
        "chunk_id": chunk.id,
        "node_id": chunk.node_id,
        "node_ids": list(chunk.node_ids),
        "start": chunk.span[0],
        "end": chunk.span[1],
        **({"source": chunk.source} if chunk.source else {}),
    }
