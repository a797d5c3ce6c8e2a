"""The batch command: which inputs a command line names, the records it streams, workers, resume,
time limits, and clean ends on Ctrl-C and a closed pipe. The documents are the seeds, copies of
them and short snippets written here; speed is held in bench/batch.py, not here."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pydantic import TypeAdapter

import orgdoc
from orgdoc import batch
from orgdoc.batch import FailedInput
from orgdoc.batch.inputs import Input, discover
from orgdoc.batch.pool import Pool
from orgdoc.batch.work import Options
from orgdoc.cli import main
from orgdoc.models import Outline
from tests.corpus_inputs import ROOT, corpus_paths, seed_paths

SNIPPET = "在全县工作会议上的讲话\n一、统一思想\n要抓好落实。\n二、明确任务\n要压实责任。\n"
RECORD = TypeAdapter(Outline | FailedInput)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """a.txt, b.md, notes.jpg, .hidden.txt, sub/c.txt, sub/deeper/d.html."""
    root = tmp_path / "in"
    (root / "sub" / "deeper").mkdir(parents=True)
    for name in ("a.txt", "b.md", "notes.jpg", ".hidden.txt", "sub/c.txt"):
        (root / name).write_text(SNIPPET, encoding="utf-8")
    (root / "sub" / "deeper" / "d.html").write_text(f"<html><body><p>{SNIPPET}</p></body></html>", encoding="utf-8")
    return root


# Which inputs a command line names: (arguments relative to the folder, recursive, (path, relative) pairs).
DISCOVERY = [
    pytest.param(["."], False, [("a.txt", "a.txt"), ("b.md", "b.md")], id="folder: its documents, sorted"),
    pytest.param(["."], True, [("a.txt", "a.txt"), ("b.md", "b.md"), ("sub/c.txt", "sub/c.txt"),
                               ("sub/deeper/d.html", "sub/deeper/d.html")], id="-r: subfolders, depth first"),
    pytest.param(["sub/*.txt"], False, [("sub/c.txt", "c.txt")], id="glob: relative to its fixed part"),
    pytest.param(["**/*.txt"], False, [("a.txt", "a.txt"), ("sub/c.txt", "sub/c.txt")], id="recursive glob"),
    pytest.param(["notes.jpg"], False, [("notes.jpg", "notes.jpg")], id="a file named is read, any suffix"),
    pytest.param(["b.md", "a.txt"], False, [("b.md", "b.md"), ("a.txt", "a.txt")], id="arguments in order"),
]


@pytest.mark.parametrize(("arguments", "recursive", "expected"), DISCOVERY)
def test_discovery(folder: Path, monkeypatch: pytest.MonkeyPatch, arguments: list[str], recursive: bool,
                   expected: list[tuple[str, str]]) -> None:
    monkeypatch.chdir(folder)
    found = [(os.path.normpath(i.path), i.relative) for i in discover(arguments, recursive=recursive)]
    assert found == [(os.path.normpath(p), r) for p, r in expected]


def test_a_glob_matching_nothing_is_a_failed_input(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pattern = str(folder / "*.docx")
    code, out, err = run(capsys, "parse", pattern, str(folder / "a.txt"), "--format", "jsonl")
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 1
    assert first == {"path": pattern, "error": f"no file matches {pattern}"}
    assert second["children"][0]["marker"] == "一、"
    assert err == f"orgdoc: no file matches {pattern}\n"


def test_files_from_a_list(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{folder / 'sub' / 'c.txt'}\n\n{folder / 'a.txt'}\n", encoding="utf-8")
    code, out, _ = run(capsys, "parse", "--files-from", str(listing), "--format", "jsonl")
    paths = [json.loads(line)["source"]["path"] for line in out.splitlines()]
    assert code == 0
    assert paths == [str(folder / "sub" / "c.txt"), str(folder / "a.txt")]


# How `--format json` prints, by what the command line names: one file alone keeps the one object
# that the scorer reads; anything that may name several gives an array, however many it finds.
JSON_SHAPES = [
    pytest.param(["a.txt"], dict, id="one file: an object"),
    pytest.param(["a.txt", "b.md"], list, id="two files: an array"),
    pytest.param(["sub"], list, id="a folder holding one file: an array"),
    pytest.param(["sub/*.txt"], list, id="a glob matching one file: an array"),
]


@pytest.mark.parametrize(("arguments", "shape"), JSON_SHAPES)
def test_json_shape(folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                    arguments: list[str], shape: type) -> None:
    monkeypatch.chdir(folder)
    code, out, _ = run(capsys, "parse", *arguments, "--format", "json", "-j", "2")
    assert code == 0
    assert isinstance(json.loads(out), shape)


def test_jsonl_one_line_per_input_in_order_failures_included(folder: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    bad = folder / "sub" / "zz.txt"
    bad.write_bytes(bytes(range(256)) * 4)
    code, out, _ = run(capsys, "parse", str(folder), "-r", "-j", "2", "--format", "jsonl")
    lines = out.splitlines()
    records = [RECORD.validate_json(line) for line in lines]  # each line: an outline or a failed input
    assert code == 1
    assert len(lines) == 5
    assert [getattr(r, "path", None) or r.source.path for r in records] == [  # type: ignore[union-attr]
        str(folder / p) for p in ("a.txt", "b.md", "sub/c.txt", "sub/deeper/d.html", "sub/zz.txt")]
    assert isinstance(records[-1], FailedInput) and records[-1].error.endswith("zz.txt")


def test_output_folder_mirrors_the_inputs(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code, stdout, _ = run(capsys, "parse", str(folder), "-r", "-o", f"{out}/", "-j", "2")
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert code == 0 and stdout == ""
    assert written == ["a.txt.json", "b.md.json", "sub/c.txt.json", "sub/deeper/d.html.json"]
    outline = Outline.model_validate_json((out / "sub" / "c.txt.json").read_text(encoding="utf-8"))
    assert [n.marker for n in outline.children] == ["一、", "二、"]


def test_resume_a_json_lines_file_cut_short(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    whole, cut = tmp_path / "whole.jsonl", tmp_path / "cut.jsonl"
    run(capsys, "parse", str(folder), "-r", "-o", str(whole), "-j", "1")
    lines = whole.read_text(encoding="utf-8").splitlines(keepends=True)
    cut.write_text("".join(lines[:2]) + lines[2][:40], encoding="utf-8")  # killed while writing the third
    code, _, _ = run(capsys, "parse", str(folder), "-r", "-o", str(cut), "--resume", "-j", "2")
    assert code == 0
    assert cut.read_text(encoding="utf-8") == "".join(lines)


def test_resume_an_output_folder_skips_what_is_there(folder: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    run(capsys, "parse", str(folder), "-o", f"{out}/", "-j", "1")
    (out / "a.txt.json").write_text("kept", encoding="utf-8")
    (out / "b.md.json").unlink()
    code, _, _ = run(capsys, "parse", str(folder), "-o", f"{out}/", "--resume", "-j", "1")
    assert code == 0
    assert (out / "a.txt.json").read_text(encoding="utf-8") == "kept"
    assert json.loads((out / "b.md.json").read_text(encoding="utf-8"))["children"][0]["marker"] == "一、"


def test_a_document_over_the_time_limit_is_reported_and_the_batch_goes_on(
        folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from orgdoc.batch import work

    parse = work._parse

    def slow_on_a(item: Input, options: Options) -> Outline:
        if item.path.endswith("a.txt"):
            time.sleep(30)  # the alarm ends this long before
        return parse(item, options)

    monkeypatch.setattr(work, "_parse", slow_on_a)
    code, out, err = run(capsys, "parse", str(folder / "a.txt"), str(folder / "b.md"),
                         "--timeout", "0.2", "-j", "1", "--format", "jsonl")
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 1
    assert first == {"path": str(folder / "a.txt"), "error": f"parsing took longer than 0.2 s: {folder / 'a.txt'}"}
    assert second["source"]["path"] == str(folder / "b.md")
    assert err == f"orgdoc: parsing took longer than 0.2 s: {folder / 'a.txt'}\n"


def test_the_pool_keeps_work_in_flight_bounded() -> None:
    """However many inputs, the pool holds at most its window of them at once (memory stays flat)."""
    pulled = 0

    def inputs() -> object:
        nonlocal pulled
        for k in range(300):
            pulled += 1
            yield Input(f"p{k}", f"p{k}", error="skipped")  # known failures: no parsing, only the flow

    with Pool(2, Options(), chunksize=4, window=16) as pool:
        taken = 0
        for item, (_, error) in pool.results(inputs()):  # type: ignore[arg-type]
            assert item.path == f"p{taken}" and error == "skipped"  # in input order
            taken += 1
            assert pulled - taken <= 16
            time.sleep(0.001)  # a slow writer: the feeder must wait for it
    assert taken == 300


def test_big_inputs_go_to_the_workers_a_few_at_a_time() -> None:
    """A batch closes at `chunksize` inputs or once its inputs reach `batch_bytes`, whichever comes
    first: a worker holds a whole batch's outputs until it hands them over."""
    small = [Input(f"s{k}", f"s{k}", data=b"x" * 10) for k in range(10)]
    big = [Input(f"b{k}", f"b{k}", data=b"x" * 600) for k in range(5)]
    with Pool(1, Options(), chunksize=4, batch_bytes=1000) as pool:
        inputs = iter(small + big)
        sizes = [len(batch) for batch in iter(lambda: pool._batch(inputs), [])]
        assert sizes == [4, 4, 4, 2, 1]  # s8 s9 b0 b1 (4, at 1,220 bytes), then two big ones a batch
        results = list(pool.results(small + big))
    assert [item.path for item, _ in results] == [item.path for item in small + big]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="elsewhere the platform's own start method")
def test_a_process_running_threads_starts_its_workers_from_a_fork_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fork copies one thread: a lock another thread holds (a Ray runtime, say) would stay held in
    the worker forever. With another thread running, the pool forks from a clean server instead."""
    from orgdoc.batch import pool as pool_module
    from orgdoc.batch.pool import start_method, thread_count

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert thread_count() >= 2 and start_method() == "forkserver"
        with Pool(2, Options()) as pool:
            results = list(pool.results([Input(f"p{k}", f"p{k}", error="skipped") for k in range(5)]))
        assert [item.path for item, _ in results] == [f"p{k}" for k in range(5)]
    finally:
        stop.set()
        other.join()
    monkeypatch.setattr(pool_module, "thread_count", lambda: 1)
    assert start_method() == "fork"  # one thread: the fast fork, workers sharing the loaded grammar


# Command lines refused before any work, with the message that says why.
REFUSED = [
    pytest.param([], "no input: name files, folders or globs, - for standard input, or --files-from LIST",
                 id="no input"),
    pytest.param(["a.txt", "--resume"], "--resume needs -o FILE or -o DIR/ to read back what is done",
                 id="resume without output"),
    pytest.param(["a.txt", "-j", "0"], "-j needs at least 1 worker, not 0", id="no workers"),
    pytest.param(["a.txt", "--timeout", "0"], "--timeout needs a positive number of seconds, not 0", id="timeout 0"),
    pytest.param(["a.txt", "--address", "ray://head:10001"],
                 "--address is the Ray cluster's: use it with --engine ray", id="address without ray"),
    pytest.param(["-", "--files-from", "-"],
                 "standard input cannot be both a document (-) and the list of paths (--files-from -)",
                 id="stdin twice"),
]


@pytest.mark.parametrize(("arguments", "message"), REFUSED)
def test_refused_command_lines(capsys: pytest.CaptureFixture[str], arguments: list[str], message: str) -> None:
    code, out, err = run(capsys, "parse", *arguments)
    assert (code, out, err) == (2, "", f"orgdoc: {message}\n")


def test_record_schema_is_committed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema", "--record")
    committed = json.loads((ROOT / "docs" / "batch.schema.json").read_text(encoding="utf-8"))
    assert code == 0
    assert json.loads(out) == batch.record_schema()  # the outline embedded: one file to validate with
    assert committed == batch.record_schema(outline_ref="outline.schema.json")
    assert (ROOT / "docs" / "outline.schema.json").is_file()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out == f"orgdoc {orgdoc.__version__} ({'compiled' if orgdoc.COMPILED else 'pure Python'})\n"


def test_the_pool_gives_the_outlines_of_parse_file(capsys: pytest.CaptureFixture[str]) -> None:
    """Seeds and every corpus document: workers change nothing in any outline."""
    paths = seed_paths() + corpus_paths()
    code, out, _ = run(capsys, "parse", *map(str, paths), "-j", "2", "--format", "jsonl")
    lines = out.splitlines()
    assert code == 0
    assert len(lines) == len(paths)
    for path, line in zip(paths, lines):
        assert line == orgdoc.parse_file(path).model_dump_json(), path


# The command as a process: python -m orgdoc, a reader that stops early, Ctrl-C.


def many_copies(tmp_path: Path, count: int) -> Path:
    seeds = [p.read_bytes() for p in seed_paths()]
    root = tmp_path / "many"
    root.mkdir()
    for k in range(count):
        (root / f"d{k:05d}.txt").write_bytes(seeds[k % len(seeds)])
    return root


def command(*argv: str) -> list[str]:
    return [sys.executable, "-m", "orgdoc", *argv]


def test_python_m_orgdoc() -> None:
    done = subprocess.run(command("parse", str(seed_paths()[1]), "--format", "json"), capture_output=True,
                          text=True, check=True, cwd=ROOT)
    assert json.loads(done.stdout)["title"] == "市委书记在全市组织工作会议上的讲话"


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    root = many_copies(tmp_path, 400)
    proc = subprocess.Popen(command("parse", str(root), "-j", "2", "--format", "jsonl"), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    json.loads(proc.stdout.readline())
    proc.stdout.close()  # as `| head -1` does
    code = proc.wait(timeout=120)
    assert proc.stderr.read() == b""
    assert code == batch.EXIT_CLOSED_PIPE


def test_ctrl_c_leaves_valid_json_lines(tmp_path: Path) -> None:
    root = many_copies(tmp_path, 2000)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(command("parse", str(root), "-j", "2", "-o", str(out)), cwd=ROOT,
                            stderr=subprocess.PIPE, start_new_session=True)
    while not out.exists() or out.stat().st_size == 0:  # under way
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # as the terminal sends Ctrl-C to the whole group
    code = proc.wait(timeout=120)
    assert proc.stderr is not None and proc.stderr.read() == b""
    lines = out.read_text(encoding="utf-8").splitlines()
    assert code == batch.EXIT_INTERRUPTED
    assert 0 < len(lines) < 2000
    assert all(Outline.model_validate_json(line) for line in lines)


def test_a_file_name_that_is_not_utf8_is_named_safely_and_resumed(folder: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    odd = os.fsdecode(bytes(folder / "sub") + b"/\xff\xfe.txt")  # undecodable bytes in the name
    Path(odd).write_text(SNIPPET, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, _ = run(capsys, "parse", str(folder / "sub"), "-o", str(out))
    first = out.read_text(encoding="utf-8").splitlines()
    assert code == 0
    assert json.loads(first[-1])["source"]["path"].endswith("sub/\\xff\\xfe.txt")
    code, _, _ = run(capsys, "parse", str(folder / "sub"), "-o", str(out), "--resume")
    assert code == 0
    assert out.read_text(encoding="utf-8").splitlines() == first  # nothing done twice


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("quiet", "shown"), [([], True), (["-q"], False)], ids=["terminal", "-q"])
def test_progress_on_a_terminal_counts_documents_and_failures(
        folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        quiet: list[str], shown: bool) -> None:
    pytest.importorskip("tqdm", reason="the bar is drawn by tqdm")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    (folder / "zz.txt").write_bytes(bytes(range(256)) * 4)
    code = main(["parse", str(folder), "--format", "jsonl", "-j", "1", *quiet])
    drawn = terminal.getvalue()
    assert code == 1
    assert "orgdoc: " in drawn and "zz.txt" in drawn  # the failure, whether or not the bar is drawn
    assert ("3 doc" in drawn and "failed=1" in drawn and "doc/s" in drawn) is shown
