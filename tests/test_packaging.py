"""The wheel carries the grammar: a non-editable install must find grammars/markers.lark."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_wheel_ships_the_grammar(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
                   check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("orgdoc-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "orgdoc/grammars/markers.lark" in names
    assert "orgdoc/markers.py" in names
