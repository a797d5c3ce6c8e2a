"""Adapters to LangChain, LlamaIndex, Haystack 2 and docling: each skips when its extra is absent
(`pip install -e '.[adapters]'` installs them all)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import orgdoc
from tests.test_chunks import DOCUMENTS, parsed

SEED = DOCUMENTS[1]
os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")  # no network calls from the tests


def expected(path: Path, **options: object) -> list:
    return [(c.content, c.heading_path, c.span) for c in parsed(path).chunks(**options)]  # type: ignore[arg-type]


# --- LangChain -----------------------------------------------------------------------------------


def test_langchain_loader_yields_one_document_per_chunk() -> None:
    pytest.importorskip("langchain_core", reason="optional extra: pip install 'orgdoc[langchain]'")
    from langchain_core.document_loaders import BaseLoader

    from orgdoc.adapters.langchain import OrgdocLoader

    loader = OrgdocLoader(SEED, max_chars=300, overlap=40)
    assert isinstance(loader, BaseLoader)
    docs = list(loader.lazy_load())
    assert [(d.page_content, d.metadata["heading_path"], (d.metadata["start"], d.metadata["end"])) for d in docs] == \
        expected(SEED, max_chars=300, overlap=40)
    assert all(d.metadata["title"] == parsed(SEED).title and d.metadata["source"] == str(SEED) for d in docs)
    assert docs == loader.load()


def test_langchain_transformer_keeps_the_documents_metadata() -> None:
    pytest.importorskip("langchain_core", reason="optional extra: pip install 'orgdoc[langchain]'")
    from langchain_core.documents import BaseDocumentTransformer, Document

    from orgdoc.adapters.langchain import OrgdocTextSplitter

    splitter = OrgdocTextSplitter(max_chars=300)
    assert isinstance(splitter, BaseDocumentTransformer)
    text = SEED.read_text(encoding="utf-8")
    docs = splitter.transform_documents([Document(page_content=text, metadata={"origin": "seed"})])
    assert [(d.page_content, d.metadata["heading_path"]) for d in docs] == [
        (c, p) for c, p, _ in expected(SEED, max_chars=300)]
    assert all(d.metadata["origin"] == "seed" for d in docs)
    assert all(text[d.metadata["start"]:d.metadata["end"]] == d.page_content for d in docs)


# --- Haystack 2 ----------------------------------------------------------------------------------


def test_haystack_component_returns_documents() -> None:
    pytest.importorskip("haystack", reason="optional extra: pip install 'orgdoc[haystack]'")
    from haystack import Document, Pipeline

    from orgdoc.adapters.haystack import OrgdocSplitter

    text = SEED.read_text(encoding="utf-8")
    source = Document(content=text, meta={"origin": "seed"})
    result = OrgdocSplitter(max_chars=300).run(documents=[source])
    docs = result["documents"]
    assert [(d.content, d.meta["heading_path"]) for d in docs] == [(c, p) for c, p, _ in expected(SEED, max_chars=300)]
    assert all(d.meta["source_id"] == source.id and d.meta["origin"] == "seed" for d in docs)
    assert [d.meta["split_id"] for d in docs] == list(range(len(docs)))
    assert all(text[d.meta["split_idx_start"]:].startswith(d.content) for d in docs)
    pipeline = Pipeline()  # and it runs inside a pipeline as any component
    pipeline.add_component("splitter", OrgdocSplitter(max_chars=300))
    assert len(pipeline.run({"splitter": {"documents": [source]}})["splitter"]["documents"]) == len(docs)


# --- LlamaIndex ----------------------------------------------------------------------------------


def test_llamaindex_node_parser_gives_exact_offsets_and_a_hierarchy() -> None:
    pytest.importorskip("llama_index.core", reason="optional extra: pip install 'orgdoc[llamaindex]'")
    from llama_index.core import Document
    from llama_index.core.node_parser import NodeParser, get_leaf_nodes
    from llama_index.core.schema import NodeRelationship

    from orgdoc.adapters.llamaindex import OrgdocNodeParser

    # a heading repeated word for word, so str.find would give the second one the first one's offset
    text = "在全市工作会议上的讲话\n一、抓落实\n要抓落实。\n（一）抓落实\n要抓落实。\n二、抓落实\n要抓落实。"
    parser = OrgdocNodeParser(max_chars=12)
    assert isinstance(parser, NodeParser)
    document = Document(text=text, metadata={"origin": "test"})
    nodes = parser.get_nodes_from_documents([document])
    by_id = {n.node_id: n for n in nodes}
    leaves = get_leaf_nodes(nodes)
    outline = orgdoc.parse(text)
    chunks = outline.chunks(max_chars=12)
    assert [n.text for n in leaves] == [c.text for c in chunks]
    for node in nodes:
        assert text[node.start_char_idx:node.end_char_idx] == node.text
        assert node.metadata["origin"] == "test"
        assert node.relationships[NodeRelationship.SOURCE].node_id == document.doc_id
    for leaf, chunk in zip(leaves, chunks):
        assert leaf.metadata["heading_path"] == chunk.heading_path
        parent = leaf.relationships.get(NodeRelationship.PARENT)
        if chunk.node_id is None:
            assert parent is None
            continue
        section = by_id[parent.node_id]
        assert section.metadata["node_id"] == chunk.node_id
        assert leaf.node_id in [c.node_id for c in section.relationships[NodeRelationship.CHILD]]
    sections = [n for n in nodes if n not in leaves]
    holding = {a.id for c in chunks if c.node_id for a in outline.ancestors(outline.get(c.node_id))}
    assert [n.metadata["node_id"] for n in sections] == [n.id for n in outline.walk() if n.id in holding]


def test_llamaindex_on_a_seed() -> None:
    pytest.importorskip("llama_index.core", reason="optional extra: pip install 'orgdoc[llamaindex]'")
    from llama_index.core import Document
    from llama_index.core.node_parser import get_leaf_nodes

    from orgdoc.adapters.llamaindex import OrgdocNodeParser

    text = SEED.read_text(encoding="utf-8")
    nodes = OrgdocNodeParser(max_chars=300).get_nodes_from_documents([Document(text=text)])
    leaves = get_leaf_nodes(nodes)
    assert [(n.text, n.metadata["heading_path"]) for n in leaves] == [
        (c.text, c.heading_path) for c in parsed(SEED).chunks(max_chars=300)]
    assert all(text[n.start_char_idx:n.end_char_idx] == n.text for n in nodes)


# --- docling ---------------------------------------------------------------------------------------


def test_docling_document_has_the_outline() -> None:
    pytest.importorskip("docling_core", reason="optional extra: pip install 'orgdoc[docling]'")
    from docling_core.types.doc import ContentLayer, DocItemLabel, DoclingDocument

    from orgdoc.adapters.docling import to_docling
    from orgdoc.exports import label

    outline = parsed(DOCUMENTS[0])
    doc = to_docling(outline)
    assert isinstance(doc, DoclingDocument)
    items = [item for item, _ in doc.iterate_items(included_content_layers={ContentLayer.BODY})]
    assert items[0].label is DocItemLabel.TITLE and items[0].text == outline.title
    headers = [(i.text, i.level) for i in items if i.label is DocItemLabel.SECTION_HEADER]
    listed = [(i.marker, i.text) for i in items if i.label is DocItemLabel.LIST_ITEM]
    sections = [n for n in outline.walk() if n.kind.value == "section"]
    assert headers == [(label(n), n.level) for n in sections]
    assert [m for m, _ in listed] == [n.marker or "" for n in outline.walk() if n.kind.value != "section"]
    assert all(t.startswith(n.heading.strip()) for (_, t), n in
               zip(listed, [n for n in outline.walk() if n.kind.value != "section"]))
    furniture = [i for i, _ in doc.iterate_items(included_content_layers={ContentLayer.FURNITURE})]
    boilerplate = [r for r in outline.regions if r.kind.value == "boilerplate"]
    assert len([i for i in furniture if i.label is DocItemLabel.TEXT]) == len(boilerplate)
    n1 = next(i for i in items if i.label is DocItemLabel.SECTION_HEADER)
    assert n1.meta.model_dump()["orgdoc__span"] == list(outline.children[0].span)
    assert DoclingDocument.model_validate_json(doc.model_dump_json()).export_to_markdown() == doc.export_to_markdown()


def test_docling_format_of_the_parse_command(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    pytest.importorskip("docling_core", reason="optional extra: pip install 'orgdoc[docling]'")
    from docling_core.types.doc import DoclingDocument

    from orgdoc.cli import main

    assert main(["parse", str(SEED), "--format", "docling"]) == 0
    doc = DoclingDocument.model_validate_json(capsysbinary.readouterr().out)
    assert doc.texts[0].text == parsed(SEED).title
