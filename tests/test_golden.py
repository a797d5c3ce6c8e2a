"""Golden files: the JSON outline of each whole document, reviewed by eye before commit.

Every `seeds/*.txt` and `tests/golden/*.txt` has `tests/golden/<name>.json`. Regenerate with
`ORGDOC_REGEN=1 pytest tests/test_golden.py`, then read the diff before committing it.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import orgdoc
from orgdoc.export import to_json

ROOT = Path(__file__).parent.parent
GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(ROOT.glob("seeds/*.txt")) + sorted(GOLDEN.glob("*.txt"))


def test_there_are_golden_cases() -> None:
    assert len(CASES) >= 5


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_golden(path: Path) -> None:
    expected_path = GOLDEN / f"{path.stem}.json"
    actual = to_json(orgdoc.parse(path.read_text(encoding="utf-8")))
    if os.environ.get("ORGDOC_REGEN"):
        expected_path.write_text(actual + "\n", encoding="utf-8")
    assert json.loads(actual) == json.loads(expected_path.read_text(encoding="utf-8"))
