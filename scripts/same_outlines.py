"""Write the JSON outline of every document at hand, or check that they are unchanged (for work on
speed and memory, whose outputs must not move).

    python scripts/same_outlines.py --write DIR     # before the change
    python scripts/same_outlines.py --check DIR     # after it: lists the documents whose JSON differs

The documents: the seeds, the dev sets' texts (tests/dev/*/*.txt) and the shared corpus (its text
documents and its .docx/.pdf/.html files), each also with CRLF line ends and with hard wraps at 40
characters (shapes that take the repair stage's paths).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # after the installed orgdoc, so either build can be checked

import orgdoc  # noqa: E402
from orgdoc.export import to_json  # noqa: E402


def documents() -> dict[str, str | Path]:
    corpus = ROOT.parent / "shared" / "corpus"
    paths = [(ROOT, p) for p in sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "dev").glob("*/*.txt"))]
    paths += [(corpus, p) for p in sorted(corpus.glob("*/raw/*.txt")) + sorted(corpus.glob("files/files/*"))
              if p.is_file()]
    docs: dict[str, str | Path] = {}
    for root, path in paths:
        name = str(path.relative_to(root)).replace("/", "__")  # the same from any worktree
        if path.suffix != ".txt":
            docs[name] = path  # a file: parse_file reads it (its path, in the JSON, is the same from any worktree)
        else:
            text = docs[name] = path.read_text(encoding="utf-8")
            docs[name + ".crlf"] = text.replace("\n", "\r\n")
            docs[name + ".wrapped"] = "\n".join(
                line[k:k + 40] for line in text.split("\n") for k in range(0, max(len(line), 1), 40))
    return docs


def outline_json(doc: str | Path) -> str:
    try:
        outline = orgdoc.parse_file(doc) if isinstance(doc, Path) else orgdoc.parse(doc)
    except orgdoc.OrgdocError as exc:
        return f"error: {exc}\n"
    return to_json(outline)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path)
    mode.add_argument("--check", type=Path)
    args = ap.parse_args(argv)
    docs = documents()
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for name, doc in docs.items():
            (args.write / f"{name}.json").write_text(outline_json(doc), encoding="utf-8")
        print(f"{len(docs)} outlines written to {args.write}")
        return 0
    changed = [name for name, doc in docs.items()
               if (args.check / f"{name}.json").read_text(encoding="utf-8") != outline_json(doc)]
    for name in changed:
        print(f"changed: {name}")
    print(f"{len(docs) - len(changed)} of {len(docs)} outlines unchanged")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
