"""Exports: Markdown with the body (header splitters find each node's path), OPML 2.0, the node table."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import orgdoc
from orgdoc.cli import main
from orgdoc.exports import label, node_rows, to_csv, to_markdown_document, to_opml
from orgdoc.models import Node
from tests.test_chunks import DOCUMENTS, parsed

HEADING = re.compile(r"^(#{1,6}) (.*)$")


def split_by_headers(markdown: str) -> list[tuple[list[str], str]]:
    """A minimal Markdown header splitter: (header path, content) for each run of non-heading lines."""
    stack: list[tuple[int, str]] = []
    out: list[tuple[list[str], str]] = []
    lines: list[str] = []

    def flush() -> None:
        if any(line.strip() for line in lines):
            out.append(([h for _, h in stack], "\n".join(line for line in lines if line.strip())))
        lines.clear()

    for line in markdown.split("\n"):
        m = HEADING.match(line)
        if m:
            flush()
            depth = len(m.group(1))
            stack = [(d, h) for d, h in stack if d < depth] + [(depth, m.group(2))]
        else:
            lines.append(line)
    flush()
    return out


@pytest.mark.parametrize("path", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_markdown_header_splitter_finds_each_nodes_path(path: Path) -> None:
    outline = parsed(path)
    markdown = to_markdown_document(outline)
    split = split_by_headers(markdown)
    top = [outline.title] if outline.title else []
    node_paths = {tuple(top + [label(n) for n in outline.ancestors(node)]) for node in outline.walk() if node.level <= 5}
    for header_path, _ in split:
        assert tuple(header_path) in node_paths or header_path == top, header_path
    headed = [tuple(p) for p, _ in split if p != top]
    assert headed == [p for p in headed if p in node_paths]
    # every node (down to level 5) heads its text: its heading line is in the export, in order
    headings = [m.group(2) for m in map(HEADING.match, markdown.split("\n")) if m]
    assert headings == top + [label(n) for n in outline.walk() if n.level <= 5]


def test_markdown_keeps_the_body() -> None:
    text = "在全市工作会议上的讲话\n同志们：\n一、统一思想。要深刻领会。\n# 不是标题\n（一）提高认识\n要学。\n谢谢大家！"
    markdown = to_markdown_document(orgdoc.parse(text))
    assert split_by_headers(markdown) == [
        (["在全市工作会议上的讲话"], "同志们："),
        (["在全市工作会议上的讲话", "一、统一思想"], "要深刻领会。\n\\# 不是标题"),
        (["在全市工作会议上的讲话", "一、统一思想", "（一）提高认识"], "要学。\n谢谢大家！"),
    ]


@pytest.mark.parametrize("path", DOCUMENTS[:5] + DOCUMENTS[-6:], ids=lambda p: p.stem)
def test_langchain_markdown_header_splitter(path: Path) -> None:
    splitters = pytest.importorskip("langchain_text_splitters", reason="optional: pip install langchain-text-splitters")
    outline = parsed(path)
    levels = [("#" * k, f"h{k}") for k in range(1, 7)]
    docs = splitters.MarkdownHeaderTextSplitter(levels).split_text(to_markdown_document(outline))
    top = [outline.title] if outline.title else []
    ours = split_by_headers(to_markdown_document(outline))
    assert [[d.metadata[f"h{k}"] for k in range(1, 7) if f"h{k}" in d.metadata] for d in docs] == [p for p, _ in ours]
    node_paths = {tuple(top + [label(n) for n in outline.ancestors(node)]) for node in outline.walk()}
    assert all(tuple(p) in node_paths or p == top for p, _ in ours)


def test_opml_is_the_tree() -> None:
    outline = parsed(DOCUMENTS[1])
    root = ET.fromstring(to_opml(outline).split("\n", 1)[1])
    assert root.tag == "opml" and root.get("version") == "2.0"
    assert root.findtext("head/title") == outline.title

    def shape(elements: list[ET.Element]) -> list:
        return [(e.get("text"), e.get("id"), shape(list(e))) for e in elements]

    def nodes(ns: list[Node]) -> list:
        return [(label(n), n.id, nodes(n.children)) for n in ns]

    assert shape(list(root.find("body"))) == nodes(outline.children)
    first = root.find("body/outline")
    assert first is not None and first.get("_note") and first.get("_note") in outline.text_of(outline.children[0])


def test_node_table_as_csv() -> None:
    outline = parsed(DOCUMENTS[2])
    rows = list(csv.DictReader(io.StringIO(to_csv(outline))))
    expected = node_rows(outline)
    assert [r["id"] for r in rows] == [n.id for n in outline.walk()]
    for row, want in zip(rows, expected):
        assert json.loads(row["path"]) == want["path"]
        assert row["parent_id"] == (want["parent_id"] or "")
        assert outline.text[int(row["heading_start"]):int(row["heading_end"])] == row["heading"]


def test_node_table_as_parquet() -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="optional: pip install pyarrow")
    from orgdoc.exports import to_parquet

    outline = parsed(DOCUMENTS[2])
    table = pq.read_table(io.BytesIO(to_parquet(outline)))
    assert table.to_pylist() == node_rows(outline)


@pytest.mark.parametrize("fmt,check", [
    ("markdown-body", lambda out: out.startswith(b"# ")),
    ("opml", lambda out: b'<opml version="2.0">' in out),
    ("csv", lambda out: out.startswith(b"id,parent_id,level")),
])
def test_parse_formats(fmt: str, check, capsysbinary: pytest.CaptureFixture[bytes]) -> None:  # type: ignore[no-untyped-def]
    assert main(["parse", str(DOCUMENTS[0]), "--format", fmt]) == 0
    assert check(capsysbinary.readouterr().out)


# --- JSON written in pieces (export.json_pieces / write_json): the same text as one call ---------------

PIECE_SHAPES = [
    "一、甲\n二、乙\n" * 40,  # many siblings: runs of them per call
    "一、甲\n" + "（一）乙\n1.丙\n（1）丁\n" * 40,  # one big subtree: written field by field, then down
    "前言。\n" + "一、甲\n（一）乙\n一是学习，二是落实。\n" * 30,
]


@pytest.mark.parametrize("text", PIECE_SHAPES)
@pytest.mark.parametrize("indent", [2, None, 4])
@pytest.mark.parametrize("piece_nodes", [1, 3, 50, 2000])
def test_json_pieces_join_to_the_whole(monkeypatch, text: str, indent: int | None, piece_nodes: int) -> None:
    from orgdoc import export

    monkeypatch.setattr(export, "JSON_PIECE_NODES", piece_nodes)
    outline = orgdoc.parse(text)
    whole = outline.model_dump_json(indent=indent)
    assert "".join(export.json_pieces(outline, indent=indent)) == whole
    stream = io.StringIO()
    export.write_json(outline, stream, indent=indent)
    assert stream.getvalue() == whole
    assert json.loads(whole)["children"]


def test_json_pieces_replace_a_lone_surrogate(monkeypatch) -> None:
    from orgdoc import export

    monkeypatch.setattr(export, "JSON_PIECE_NODES", 1)
    outline = orgdoc.parse("一、甲\n（一）乙\n（二）丙\n二、丁\n")
    outline.children[0].children[1].heading = "丙\ud800"  # put in by hand: the parser never leaves one
    data = json.loads("".join(export.json_pieces(outline)))
    assert data["children"][0]["children"][1]["heading"] == "丙\ufffd"


def test_cli_writes_one_documents_json_in_pieces(tmp_path: Path, capsysbinary, monkeypatch) -> None:
    from orgdoc import export

    monkeypatch.setattr(export, "JSON_PIECE_NODES", 2)
    path = tmp_path / "doc.txt"
    path.write_text("一、甲\n（一）乙\n（二）丙\n二、丁\n", encoding="utf-8")
    assert main(["parse", str(path), "--format", "json"]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert out == export.to_json(orgdoc.parse_file(path)) + "\n"
