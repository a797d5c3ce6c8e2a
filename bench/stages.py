"""CPU time of each stage of the parse on the corpus text documents (where the time goes; figures only,
no target: bench/run.py holds the targets).

    python bench/stages.py [--rounds 10] [--concat K] [--small N]

Each stage function that api._stages calls is wrapped with a CPU-time counter; the corpus documents
(../shared/corpus/{gov,speech}/raw/*.txt) are parsed and written as JSON --rounds times, the garbage
collector off as during a parse. Printed: the whole, MB/s, and each stage's share. With --concat K the
corpus is parsed as one document of its texts concatenated K times (the shape of bench/run.py's
linearity figure), the times given per copy of the corpus: a stage whose time per copy grows with K is
what makes a long document cost more than its size. With --small N the documents are instead the N
small ones of bench/batch.py, read from bytes and written as a JSON line as a batch worker does (the
per-document costs that batches of short files pay).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.append(str(Path(__file__).resolve().parent.parent))  # after the installed orgdoc: the build it measures

from run import corpus_texts, utf8_size  # noqa: E402

import orgdoc  # noqa: E402
from orgdoc import api  # noqa: E402
from orgdoc.export import to_json  # noqa: E402

STAGES = ("repair", "find_envelope", "scan_markers", "build_tree", "add_run_ins", "find_announcements",
          "to_input", "_regions", "_coverage_notes", "_numbered", "_styled", "_outside")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--concat", type=int, default=0, help="parse the corpus as one document, K copies")
    ap.add_argument("--small", type=int, default=0, help="N small documents read from bytes, as a batch's")
    args = ap.parse_args(argv)
    spent: dict[str, float] = dict.fromkeys(STAGES, 0.0)

    def timed(name: str):
        inner = getattr(api, name)

        def wrapper(*a, **k):
            start = time.process_time()
            try:
                return inner(*a, **k)
            finally:
                spent[name] += time.process_time() - start
        return wrapper

    for name in STAGES:
        setattr(api, name, timed(name))
    texts = corpus_texts()
    copies = 1
    if args.small:
        return small_documents_stages(args.small, args.rounds, spent)
    if args.concat:
        copies = args.concat
        texts = ["\n".join(["\n".join(texts)] * copies)]
    print(f"orgdoc {orgdoc.BUILD} build, from {Path(orgdoc.__file__).parent}")
    for text in texts:  # warm up
        to_json(orgdoc.parse(text))
    spent.update(dict.fromkeys(STAGES, 0.0))
    export = 0.0
    gc.collect()
    start = time.process_time()
    for _ in range(args.rounds):
        for text in texts:
            outline = orgdoc.parse(text)
            mark = time.process_time()
            to_json(outline)
            export += time.process_time() - mark
    total = time.process_time() - start
    size = utf8_size(texts) * args.rounds / 1e6
    per_round = 1000 / args.rounds / copies  # a round of the corpus, one copy of it with --concat
    print(f"{len(texts)} documents × {args.rounds}: {size:.2f} MB in {total:.3f} s CPU = {size / total:.2f} MB/s; "
          f"{total * per_round:.1f} ms a round" + (f" (one document of {copies} copies)" if args.concat else ""))
    print_rows(spent, export, total, per_round, "a round")
    return 0


def print_rows(spent: dict[str, float], export: float, total: float, scale: float, unit: str) -> None:
    rows = sorted([*spent.items(), ("to_json", export)], key=lambda kv: -kv[1])
    rows.append(("(the rest)", total - sum(spent.values()) - export))
    for name, seconds in rows:
        print(f"  {name:20s} {seconds * scale:7.3f} ms {unit}  {seconds / total:6.1%}")


def small_documents_stages(count: int, rounds: int, spent: dict[str, float]) -> int:
    from batch import small_documents

    from orgdoc.api import parse_bytes

    docs = [d.encode("utf-8") for d in small_documents(count)]
    print(f"orgdoc {orgdoc.BUILD} build, from {Path(orgdoc.__file__).parent}")
    for data in docs[:50]:  # warm up
        parse_bytes(data, name="doc.txt").model_dump_json()
    spent.update(dict.fromkeys(STAGES, 0.0))
    export = 0.0
    gc.collect()
    start = time.process_time()
    for _ in range(rounds):
        for data in docs:
            outline = parse_bytes(data, name="doc.txt")
            mark = time.process_time()
            outline.model_dump_json()
            export += time.process_time() - mark
    total = time.process_time() - start
    per_doc = 1000 / rounds / count
    print(f"{count} small documents × {rounds}: {total * per_doc:.3f} ms a document, "
          f"{rounds * count / total:.0f} documents/s on one core")
    print_rows(spent, export, total, per_doc, "a doc ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
