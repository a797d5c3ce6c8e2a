"""The command line: formats, standard input, batches that go on past a bad file, the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgdoc.cli import main
from orgdoc.models import Outline

ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "001_ea13a1839fb37cfd.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_is_readable_by_the_scorer(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", str(SEED), "--format", "json")
    doc = json.loads(out)
    assert code == 0
    assert doc["title"] == "市委书记在全市组织工作会议上的讲话"
    assert "深入学习领会" in out  # Chinese stays unescaped
    text = SEED.read_text(encoding="utf-8")
    first = doc["children"][0]
    assert first["marker"] == "一、"
    assert text[first["heading_span"][0]:first["heading_span"][1]] == first["heading"]


def test_tree_shows_title_speaker_and_warnings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "gap.txt"
    path.write_text("在全市工作会议上的讲话\n一、统一思想\n要抓好。\n三、加强保障\n要落实。", encoding="utf-8")
    code, out, _ = run(capsys, "parse", str(path), "--format", "tree")
    assert code == 0
    assert out.splitlines()[0] == "title: 在全市工作会议上的讲话"
    assert "warning [numbering_gap" in out
    assert "├─ 一、 统一思想" in out and "└─ 三、 加强保障" in out


def test_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "parse", str(SEED), "--format", "markdown")
    assert code == 0
    assert out.startswith("# 市委书记在全市组织工作会议上的讲话\n")
    assert "\n  - **一要** 深刻理解把握重大意义\n" in out


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    data = "一、统一思想\n要抓好。\n二、明确任务\n要落实。".encode("gb18030")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code, out, _ = run(capsys, "parse", "-", "--format", "json")
    assert code == 0
    assert [c["marker"] for c in json.loads(out)["children"]] == ["一、", "二、"]


def test_batch_goes_on_past_a_bad_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.bin"
    bad.write_bytes(bytes(range(256)) * 4)
    code, out, err = run(capsys, "parse", str(bad), str(SEED), "--format", "json")
    assert code == 1
    assert err.startswith("orgdoc: ") and "bad.bin" in err
    first, second = json.loads(out)  # one element per input, in order
    assert first["path"] == str(bad) and first["error"].endswith("bad.bin")
    assert second["title"] == "市委书记在全市组织工作会议上的讲话"


def test_missing_file_is_reported_and_the_batch_goes_on(capsys: pytest.CaptureFixture[str],
                                                          tmp_path: Path) -> None:
    code, out, err = run(capsys, "parse", str(tmp_path / "missing.txt"), str(SEED), "--format", "tree")
    assert code == 1
    assert err == f"orgdoc: cannot read the file: No such file or directory — {tmp_path / 'missing.txt'}\n"
    assert "title: 市委书记在全市组织工作会议上的讲话" in out


def test_schema_matches_the_model_and_the_committed_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out) == Outline.model_json_schema()
    committed = json.loads((ROOT / "docs" / "outline.schema.json").read_text(encoding="utf-8"))
    assert committed == Outline.model_json_schema()
