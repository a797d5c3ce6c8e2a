"""README's "In other pipelines" examples run as written: the Python blocks (a commented value with no
elision is checked) and the commands, in a scratch folder beside the seeds."""

from __future__ import annotations

import ast
import glob
import os
import re
import shlex
from pathlib import Path

import pytest

from orgdoc.cli import main

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SECTION = README[README.index("## In other pipelines"):README.index("## Documentation")]
BLOCKS = re.findall(r"```(\w*)\n(.*?)```", SECTION, re.DOTALL)
PYTHON = [code for lang, code in BLOCKS if lang == "python"]
COMMANDS = [line for lang, code in BLOCKS if lang == "" for line in code.splitlines() if line.startswith("orgdoc ")]
NEEDS = {"orgdoc.adapters.langchain": "langchain_core"}


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_block(code: str, namespace: dict[str, object]) -> None:
    """Each statement in turn; `expression  # value` checks the value when it is written in full."""
    for node in ast.parse(code).body:
        source = ast.get_source_segment(code, node) or ""
        line = code.splitlines()[node.end_lineno - 1] if node.end_lineno else ""
        comment = line.partition("  # ")[2].strip()
        if isinstance(node, ast.Expr) and comment and "…" not in comment:
            assert eval(source, namespace) == ast.literal_eval(comment), source  # noqa: S307
        else:
            exec(compile(ast.Module([node], []), "README", "exec"), namespace)  # noqa: S102


@pytest.mark.parametrize("code", PYTHON, ids=[f"python{k}" for k in range(len(PYTHON))])
def test_python_examples(code: str, scratch: Path) -> None:
    for module, needed in NEEDS.items():
        if module in code:
            pytest.importorskip(needed, reason=f"optional extra for {module}")
    run_block(code, {})


@pytest.mark.parametrize("command", COMMANDS)
def test_command_examples(command: str, scratch: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    words = shlex.split(command.partition("  #")[0])[1:]
    target = None
    if ">" in words:
        target = Path(words[words.index(">") + 1])
        words = words[:words.index(">")]
    words = [w for word in words for w in (sorted(glob.glob(word)) if "*" in word else [word])]
    assert main(words) == 0
    out = capsysbinary.readouterr().out
    if target is not None:
        target.write_bytes(out)
    written = target or next((Path(w) for w in words if w.endswith((".jsonl", ".html"))), None)
    assert written is not None and written.stat().st_size > 0
    assert os.path.getsize(written) > 100
