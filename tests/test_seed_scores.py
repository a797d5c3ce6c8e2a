"""The seeds against their hand-made gold outlines, scored by the shared scorer through the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
EVAL = ROOT.parent / "shared" / "eval"


@pytest.mark.skipif(not (EVAL / "score.py").is_file(), reason="../shared/eval is not beside this clone")
def test_seed_scores() -> None:
    cli = shutil.which("orgdoc", path=str(Path(sys.executable).parent)) or "orgdoc"
    proc = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "gold"), "--texts", str(ROOT / "seeds"),
         "--cli", f"{cli} parse --format json", "--json"],
        capture_output=True, text=True, check=True, timeout=300)
    totals = json.loads(proc.stdout.strip().splitlines()[-1])
    assert totals["failed_docs"] == 0, proc.stdout
    assert totals["numbered_structure_f1"] == 1.0, proc.stdout
    assert totals["span_problems"] == 0, proc.stdout
    assert totals["title_accuracy"] == 1.0, proc.stdout
