"""Score a checkout on sets of real documents kept outside the repository (rounds of documents the
project has never seen: docs/evaluation.md), one score.py TOTAL line a set.

    python scripts/probe_scores.py /tmp/probe-*/            # this checkout's code
    python scripts/probe_scores.py --code ../other /tmp/probe-gov7/   # another checkout's

A set is a folder with `texts/` (the documents as fetched) and `gold/` (NAME.outline, written by
../shared/eval/GUIDE.md before orgdoc was run on them). The code scored is the checkout given (its
folder goes first on the import path, and the command runs from it: `python -m` puts the current
folder before PYTHONPATH), so two checkouts can be compared on the same sets.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def total_line(code: Path, folder: Path) -> str:
    command = f"{sys.executable} -m orgdoc parse --format json"
    env = {**os.environ, "PYTHONPATH": str(code)}
    out = subprocess.run([sys.executable, str(SCORER), "--gold", str(folder / "gold"), "--texts", str(folder / "texts"),
                          "--cli", command], cwd=code, env=env, capture_output=True, text=True, check=False)
    totals = [line for line in out.stdout.splitlines() if line.startswith("TOTAL")]
    return totals[-1] if totals else f"no TOTAL ({out.stderr.strip()[-200:]})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+", type=Path, help="folders holding texts/ and gold/")
    ap.add_argument("--code", type=Path, default=ROOT, help="the checkout whose orgdoc is scored (default: this one)")
    args = ap.parse_args(argv)
    if not SCORER.is_file():
        print(f"no scorer beside this clone ({SCORER})", file=sys.stderr)
        return 2
    for folder in args.sets:
        if (folder / "gold").is_dir() and any((folder / "gold").glob("*.outline")):
            print(f"{folder.name}: {total_line(args.code.resolve(), folder)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
