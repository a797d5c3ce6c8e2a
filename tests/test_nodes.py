"""Text on the nodes: ids, whole and own text, heading paths, lookups, and the outline's own text."""

from __future__ import annotations

from pathlib import Path

import pytest

import orgdoc
from orgdoc.models import NodeKind, Outline

P = "各级党委要切实负起责任。"
TEXT = f"关于加强组织工作的通知\n一、统一思想\n{P}\n（一）提高认识\n{P}\n（二）加强学习\n{P}\n二、明确任务\n{P}一是细化分工。二是压实责任。"


@pytest.fixture
def outline() -> Outline:
    return orgdoc.parse(TEXT)


def test_ids_follow_document_order(outline: Outline) -> None:
    assert [(n.id, n.label) for n in outline.walk()] == [
        ("n1", "一、统一思想"), ("n2", "（一）提高认识"), ("n3", "（二）加强学习"),
        ("n4", "二、明确任务"), ("n5", "一是细化分工"), ("n6", "二是压实责任")]


def test_whole_text_and_own_text(outline: Outline) -> None:
    first = outline.get("n1")
    assert first.text(outline) == outline.text_of(first) == TEXT[first.span[0]:first.span[1]]
    assert first.text(outline) == f"一、统一思想\n{P}\n（一）提高认识\n{P}\n（二）加强学习\n{P}"
    assert first.own_text(outline) == f"一、统一思想\n{P}"
    second = outline.get("n4")
    assert second.own_text(outline) == f"二、明确任务\n{P}"
    assert outline.get("n6").own_text(outline) == "二是压实责任。"


def test_paths_and_parents(outline: Outline) -> None:
    point = outline.get("n5")
    assert point.path(outline) == outline.path_of(point) == ["二、明确任务", "一是细化分工"]
    assert outline.parent(point) is outline.get("n4")
    assert outline.parent(outline.get("n4")) is None
    assert [n.id for n in outline.ancestors(point)] == ["n4", "n5"]


def test_find_by_kind_level_marker_heading(outline: Outline) -> None:
    assert [n.id for n in outline.find(kind=NodeKind.POINT)] == ["n5", "n6"]
    assert [n.id for n in outline.find(kind="section", level=2)] == ["n2", "n3"]
    assert [n.id for n in outline.find(marker="二、")] == ["n4"]
    assert [n.id for n in outline.find(heading="认识")] == ["n2"]
    assert [n.id for n in outline.find(where=lambda n: not n.children)] == ["n2", "n3", "n5", "n6"]
    with pytest.raises(KeyError):
        outline.get("n99")


def test_deepest_node_at_a_position(outline: Outline) -> None:
    assert outline.deepest_at(TEXT.index("压实")).id == "n6"
    assert outline.deepest_at(TEXT.index("提高认识") + 10).id == "n2"
    assert outline.deepest_at(0) is None  # the title


def test_text_kept_out_of_the_json_unless_asked(tmp_path: Path) -> None:
    plain = orgdoc.parse(TEXT)
    assert plain.text == TEXT and plain.source.text is None
    assert "各级党委" not in plain.model_dump_json()
    back = Outline.model_validate_json(plain.model_dump_json())
    with pytest.raises(ValueError, match="include_text"):
        back.text  # noqa: B018
    assert back.with_text(TEXT).get("n5").text(back) == "一是细化分工。"
    carried = Outline.model_validate_json(orgdoc.parse(TEXT, include_text=True).model_dump_json())
    assert carried.text == TEXT


def test_a_file_outline_carries_its_text(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(TEXT.replace("\n", "\r\n").encode("gb18030"))
    outline = orgdoc.parse_file(path)
    assert outline.text == TEXT  # the decoded file as Python's text mode reads it (CRLF as LF), offsets into it
    assert outline.get("n5").text(outline) == "一是细化分工。"
