"""LangChain: a document loader yielding one `Document` per chunk, and a document transformer that
cuts documents already loaded (extra `langchain`: langchain-core).

    loader = OrgdocLoader("speech.docx", max_chars=500)
    for doc in loader.lazy_load():
        doc.page_content, doc.metadata["heading_path"]
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any

try:
    from langchain_core.document_loaders import BaseLoader
    from langchain_core.documents import BaseDocumentTransformer, Document
except ImportError as exc:  # an optional extra: say how to get it
    raise ImportError("the LangChain adapter needs langchain-core: pip install 'orgdoc[langchain]'") from exc

from orgdoc.api import parse, parse_file
from orgdoc.chunks import DEFAULT_MAX_CHARS, Chunk

from . import chunk_metadata

__all__ = ["OrgdocLoader", "OrgdocTextSplitter"]


def _document(chunk: Chunk, metadata: dict[str, Any] | None = None) -> Document:
    return Document(page_content=chunk.content, metadata={**(metadata or {}), **chunk_metadata(chunk)})


class OrgdocLoader(BaseLoader):
    """One `Document` per chunk of a file (text, .docx, HTML, Markdown, PDF)."""

    def __init__(self, file_path: str | os.PathLike[str], *, max_chars: int = DEFAULT_MAX_CHARS,
                 overlap: int = 0, encoding: str | None = None, **chunk_options: Any) -> None:
        self.file_path = file_path
        self.encoding = encoding
        self.chunk_options = {"max_chars": max_chars, "overlap": overlap, **chunk_options}

    def lazy_load(self) -> Iterator[Document]:
        outline = parse_file(self.file_path, encoding=self.encoding)
        for chunk in outline.chunks(**self.chunk_options):
            yield _document(chunk)


class OrgdocTextSplitter(BaseDocumentTransformer):
    """Cuts each document's `page_content` at the outline's nodes, then sentences; the document's
    metadata is kept on every chunk, with the chunk's own added."""

    def __init__(self, *, max_chars: int = DEFAULT_MAX_CHARS, overlap: int = 0, **chunk_options: Any) -> None:
        self.chunk_options = {"max_chars": max_chars, "overlap": overlap, **chunk_options}

    def transform_documents(self, documents: Sequence[Document], **kwargs: Any) -> Sequence[Document]:
        out = []
        for document in documents:
            outline = parse(document.page_content)
            out += [_document(c, document.metadata) for c in outline.chunks(**self.chunk_options)]
        return out

    def split_documents(self, documents: Sequence[Document]) -> list[Document]:
        """The name LangChain's text splitters use."""
        return list(self.transform_documents(documents))
