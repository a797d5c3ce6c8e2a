"""The development sets against their hand-made gold, scored by the shared scorer through the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
# Floors measured when the sets were made; a drop below them is a regression to look at.
FLOORS = {"a": 0.98, "b": 0.97, "c": 0.98, "d": 0.98, "f": 0.98, "g": 0.98, "h": 0.99, "i": 0.985}


@pytest.mark.skipif(not SCORER.is_file(), reason="../shared/eval is not beside this clone")
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_set_scores(name: str) -> None:
    folder = ROOT / "tests" / "dev" / name
    cli = shutil.which("orgdoc", path=str(Path(sys.executable).parent)) or "orgdoc"
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--gold", str(folder), "--texts", str(folder),
         "--cli", f"{cli} parse --format json", "--json"],
        capture_output=True, text=True, check=True, timeout=300)
    totals = json.loads(proc.stdout.strip().splitlines()[-1])
    assert totals["failed_docs"] == 0, proc.stdout
    assert totals["numbered_structure_f1"] >= FLOORS[name], proc.stdout
    assert totals["span_problems"] == 0, proc.stdout
