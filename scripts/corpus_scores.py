"""Score orgdoc on the real-document corpus (../shared/corpus): one table for all folders, and the totals.

    python scripts/corpus_scores.py                 # per-document lines and the TOTAL over every folder
    python scripts/corpus_scores.py --per-folder    # also each folder's own TOTAL line
    python scripts/corpus_scores.py --json          # the overall totals as JSON on the last line

The gold outlines and the inputs of every folder are linked into one temporary folder, so the shared
scorer (../shared/eval/score.py) computes one TOTAL over all documents, through the orgdoc command.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOLDERS = {"gov": "raw", "speech": "raw", "files": "files"}  # folder: where its inputs are


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--per-folder", action="store_true", help="also print each folder's TOTAL")
    ap.add_argument("--json", action="store_true", help="print the overall totals as JSON on the last line")
    args = ap.parse_args(argv)
    scorer = SHARED / "eval" / "score.py"
    cli = shutil.which("orgdoc", path=str(Path(sys.executable).parent)) or "orgdoc"
    command = f"{cli} parse --format json"
    if not scorer.is_file() or not args.corpus.is_dir():
        print(f"no corpus or scorer beside this clone ({args.corpus}, {scorer})", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        gold, texts = Path(tmp, "gold"), Path(tmp, "texts")
        gold.mkdir(), texts.mkdir()
        for folder, inputs in FOLDERS.items():
            for path in sorted((args.corpus / folder / "gold").glob("*.outline")):
                (gold / path.name).symlink_to(path)
            for path in sorted((args.corpus / folder / inputs).iterdir()):
                (texts / path.name).symlink_to(path)
            if args.per_folder:
                out = subprocess.run([sys.executable, str(scorer), "--gold", str(args.corpus / folder / "gold"),
                                      "--texts", str(args.corpus / folder / inputs), "--cli", command],
                                     capture_output=True, text=True)
                total = [line for line in out.stdout.splitlines() if line.startswith("TOTAL")]
                print(f"{folder}: {total[-1] if total else out.stderr.strip()}")
        extra = ["--json"] if args.json else []
        return subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--texts", str(texts),
                               "--cli", command, *extra]).returncode


if __name__ == "__main__":
    raise SystemExit(main())
