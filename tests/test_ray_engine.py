"""The Ray Data engine in local mode (two CPUs): the same outlines as orgdoc.parse_file on the seeds
and every corpus document, through the library function and through `orgdoc parse --engine ray`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import orgdoc
from orgdoc.cli import main
from tests.corpus_inputs import corpus_paths, seed_paths

ray = pytest.importorskip("ray", reason="ray is not installed: pip install 'orgdoc[ray]' to test the Ray engine")
pytest.importorskip("ray.data", reason="Ray Data is not installed: pip install 'orgdoc[ray]'")

from orgdoc.engines.ray_data import parse_dataset  # needs ray


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield
    ray.shutdown()


def documents() -> list[Path]:
    return seed_paths() + corpus_paths()


def test_paths_give_the_outlines_of_parse_file() -> None:
    paths = documents()
    ds = ray.data.from_items([{"path": str(p)} for p in paths])
    rows = {r["path"]: r for r in parse_dataset(ds, batch_size=4).take_all()}
    assert len(rows) == len(paths)
    for path in paths:
        assert rows[str(path)]["error"] is None
        assert rows[str(path)]["outline"] == orgdoc.parse_file(path).model_dump_json(), path


def test_texts_give_the_outlines_of_parse() -> None:
    texts = [p.read_text(encoding="utf-8") for p in seed_paths()]
    ds = ray.data.from_items([{"id": k, "text": t} for k, t in enumerate(texts)])
    rows = parse_dataset(ds, column="text", kind="text", path_column="id").take_all()
    by_id = {int(r["path"]): r["outline"] for r in rows}
    assert by_id == {k: orgdoc.parse(t).model_dump_json() for k, t in enumerate(texts)}


def test_rows_turn_each_outline_into_rows_and_failures_into_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(bytes(range(256)) * 4)
    seed = seed_paths()[1]
    ds = ray.data.from_items([{"path": str(seed)}, {"path": str(bad)}])

    def sections(outline: orgdoc.Outline) -> list[dict[str, object]]:
        return [{"marker": n.marker, "heading": n.heading} for n in outline.children]

    rows = parse_dataset(ds, rows=sections).take_all()
    expected = [(n.marker, n.heading) for n in orgdoc.parse_file(seed).children]
    assert [(r["marker"], r["heading"]) for r in rows if r["path"] == str(seed)] == expected
    failed = [r for r in rows if r["path"] == str(bad)]
    assert len(failed) == 1 and failed[0]["error"].endswith("bad.txt")


def test_the_command_on_ray_writes_what_the_pool_writes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(p) for p in documents()]
    assert main(["parse", *paths, "--engine", "ray", "-o", str(tmp_path / "ray.jsonl"), "-q"]) == 0
    assert main(["parse", *paths, "-j", "2", "-o", str(tmp_path / "pool.jsonl"), "-q"]) == 0
    on_ray = (tmp_path / "ray.jsonl").read_text(encoding="utf-8").splitlines()
    assert on_ray == (tmp_path / "pool.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"]["path"] for line in on_ray] == paths
