"""Show where orgdoc's outline of a corpus document differs from its gold outline (a unified diff).

    python scripts/outline_diff.py ../shared/corpus/gov/raw/g008.txt            # gold found beside it
    python scripts/outline_diff.py FILE --gold FILE.outline

Both outlines are written in the gold format (two spaces a level, `MARKER HEADING`, `·` for run-ins) with
headings cut to 30 characters, so the diff shows missing, extra and misplaced nodes; the title first.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
sys.path.insert(0, str(ROOT))

import score  # noqa: E402  the shared scorer's gold reader

import orgdoc  # noqa: E402


def _lines(title: str | None, roots: list, width: int) -> list[str]:
    out = [f"@title {title}"]

    def walk(nodes: list, depth: int) -> None:
        for n in nodes:
            out.append("  " * depth + f"{n.marker or score.RUNIN} {score.norm(n.heading)[:width]}")
            walk(n.children, depth + 1)
    walk(roots, 0)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--gold", type=Path)
    ap.add_argument("--width", type=int, default=30)
    args = ap.parse_args(argv)
    gold_path = args.gold or args.file.parent.parent / "gold" / f"{args.file.stem}.outline"
    gold = score.read_gold(gold_path)
    outline = orgdoc.parse_file(args.file)
    pred = score.read_pred(outline.model_dump(mode="json"))
    a, b = _lines(gold.title, gold.roots, args.width), _lines(pred.title, pred.roots, args.width)
    sys.stdout.writelines(line + "\n" for line in difflib.unified_diff(a, b, "gold", "orgdoc", n=1, lineterm=""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
