"""Throughput of orgdoc, printed as figures (a benchmark, not a test).

    python bench/run.py [--mb 10] [--scales 1,4,16]

Corpus: the seed documents repeated until the corpus holds at least --mb megabytes of UTF-8, each
copy parsed as its own document. Printed:
  * a bare regex scan for marker candidates (the grammar's compiled pattern, no parsing) in MB/s;
  * parse + JSON in MB/s over the corpus, on one core;
  * the time for 1×, 4× and 16× the corpus and its ratio to 1× (linear means 4 and 16);
  * one document of the whole corpus size (a 10 MB speech): time and peak memory (tracemalloc),
    and the same document as GB18030 bytes through encoding detection.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from pathlib import Path

import orgdoc
from orgdoc.export import to_json
from orgdoc.grammar import candidate_pattern

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
MB = 1_000_000


def corpus(megabytes: float) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    docs: list[str] = []
    size = 0
    while size < megabytes * MB:
        for t in texts:
            docs.append(t)
            size += len(t.encode("utf-8"))
    return docs


def utf8_size(docs: list[str]) -> int:
    return sum(len(d.encode("utf-8")) for d in docs)


def timed(fn, docs: list[str]) -> float:
    gc.collect()
    start = time.perf_counter()
    for d in docs:
        fn(d)
    return time.perf_counter() - start


def bare_scan(doc: str) -> int:
    return sum(1 for _ in candidate_pattern().finditer(doc))


def parse_json(doc: str) -> str:
    return to_json(orgdoc.parse(doc))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--scales", default="1,4,16")
    args = ap.parse_args()
    docs = corpus(args.mb)
    size = utf8_size(docs)
    timed(parse_json, docs)  # warm up: the grammar, the caches and the allocator, outside the timings
    print(f"corpus: {len(docs)} documents, {size / MB:.2f} MB UTF-8 (seeds repeated)")
    scan = timed(bare_scan, docs)
    print(f"bare regex scan for marker candidates: {size / MB / scan:8.2f} MB/s ({scan:.2f} s)")
    base = None
    for scale in (int(s) for s in args.scales.split(",")):
        seconds = timed(parse_json, docs * scale)
        base = base or seconds / scale
        print(f"parse + JSON, {scale:>2}× corpus: {size * scale / MB:8.1f} MB in {seconds:7.2f} s = "
              f"{size * scale / MB / seconds:6.2f} MB/s on one core; time / 1× time = {seconds / base:5.2f}")
    one_document(args.mb)


def one_document(megabytes: float) -> None:
    """A single huge input: linear time and bounded memory.

    Built from the seeds without web furniture at their end: a 相关范文推荐 trailer rightly ends a
    document's body, and would leave the rest of a concatenation unparsed.
    """
    docs = [d for d in corpus(megabytes / 4) if "相关范文推荐" not in d]
    base_doc = "\n".join(docs * 2)
    for factor in (1, 4):
        doc = "\n".join([base_doc] * factor)
        size = len(doc.encode("utf-8"))
        seconds = timed(parse_json, [doc])
        print(f"one document of {size / MB:5.1f} MB: {seconds:6.2f} s = {size / MB / seconds:6.2f} MB/s")
    tracemalloc.start()
    outline = orgdoc.parse(doc)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    nodes = sum(1 for _ in outline.walk())
    print(f"peak memory parsing it: {peak / MB:.0f} MB for {len(doc) / 1e6:.1f} M characters "
          f"({peak / len(doc):.1f} bytes a character), {nodes} nodes")
    data = doc.encode("gb18030")
    start = time.perf_counter()
    decoded = orgdoc.parse_bytes(data, name="big.txt")
    seconds = time.perf_counter() - start
    print(f"the same as GB18030 bytes, encoding detected: {len(data) / MB:.1f} MB in {seconds:.2f} s "
          f"({decoded.source.encoding}, {sum(1 for _ in decoded.walk())} nodes)")


if __name__ == "__main__":
    main()
