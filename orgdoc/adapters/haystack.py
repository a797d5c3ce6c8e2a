"""Haystack 2: a component cutting documents at the outline's nodes, then sentences (extra
`haystack`: haystack-ai).

    splitter = OrgdocSplitter(max_chars=500)
    splitter.run(documents=[Document(content=text)])["documents"]
"""

from __future__ import annotations

from typing import Any

try:
    from haystack import Document, component
except ImportError as exc:  # an optional extra: say how to get it
    raise ImportError("the Haystack adapter needs haystack-ai: pip install 'orgdoc[haystack]'") from exc

from orgdoc.api import parse
from orgdoc.chunks import DEFAULT_MAX_CHARS

from . import chunk_metadata

__all__ = ["OrgdocSplitter"]


@component
class OrgdocSplitter:
    """Each document cut into chunks; meta as Haystack's DocumentSplitter writes it (`source_id`,
    `split_id`, `split_idx_start`) plus the chunk's heading path, title, span and node ids."""

    def __init__(self, max_chars: int = DEFAULT_MAX_CHARS, overlap: int = 0) -> None:
        self.max_chars = max_chars
        self.overlap = overlap

    @component.output_types(documents=list[Document])
    def run(self, documents: list[Document]) -> dict[str, Any]:
        out = []
        for document in documents:
            if not document.content:
                continue
            chunks = parse(document.content).chunks(max_chars=self.max_chars, overlap=self.overlap)
            for k, chunk in enumerate(chunks):
                meta = {**document.meta, **chunk_metadata(chunk), "source_id": document.id, "split_id": k,
                        "split_idx_start": chunk.span[0]}
                out.append(Document(content=chunk.content, meta=meta))
        return {"documents": out}
