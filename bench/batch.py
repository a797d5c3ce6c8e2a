"""Throughput and memory of the batch command, printed as figures (a benchmark, not a test).

    python bench/batch.py [--docs 10000] [--jobs 1,2] [--target 3000] [--repeat 3]

Writes --docs small documents (1–4 KB each: a seed's title line and a run of its lines from a
varying start, so outlines differ) into a temporary folder, then for each -j runs the installed
command as a user would, `orgdoc parse DIR -j N -q -o out.jsonl`, --repeat times, and prints
documents/s of the fastest run (wall time of the whole command, start-up included; on a shared
machine another process's load only ever slows a run, so the best is the one it disturbed least) and the peak resident memory of the largest process
(the parent or any worker), and the CPU seconds of all its processes (per document: the figure a
busy shared machine distorts least). Flat memory is checked by running a fifth of the documents too: the peak
must not grow with the count. Exits 1 when -j 2 is below --target documents/s or memory grows.

The command runs as an installed package does after its first run: with its bytecode (pip writes it
at install; an editable install under PYTHONDONTWRITEBYTECODE=1 would compile every module at every
start, so the bytecode goes to a private PYTHONPYCACHEPREFIX) and with orgdoc's cache of compiled
patterns (orgdoc/precompiled.py, here in a private folder). The start-up of one tiny document is
printed cold (no bytecode, no cache: a first run) and warm, beside the batch figures.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
ORGDOC = [sys.executable, "-m", "orgdoc"]
KB = 1000


def small_documents(count: int) -> list[str]:
    """`count` documents of about 1–4 KB cut from the seeds; the same list on every run."""
    seeds = [p.read_text(encoding="utf-8").splitlines() for p in SEEDS]
    docs = []
    for k in range(count):
        lines = seeds[k % len(seeds)]
        start = 1 + (k * 7) % max(1, len(lines) - 10)
        doc, size = [lines[0]], 0
        for line in lines[start:]:
            doc.append(line)
            size += len(line.encode("utf-8"))
            if size >= KB + (k % 5) * 200:
                break
        docs.append("\n".join(doc) + "\n")
    return docs


def write_folder(folder: Path, docs: list[str]) -> int:
    """One subfolder per thousand documents, as a corpus on disk would be split; returns the bytes."""
    size = 0
    for k, doc in enumerate(docs):
        path = folder / f"{k // 1000:03d}" / f"doc{k:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = doc.encode("utf-8")
        path.write_bytes(data)
        size += len(data)
    return size


def run_batch(folder: Path, jobs: int, out: Path) -> tuple[float, float, float, int]:
    """(seconds, peak RSS in MB of the largest process, CPU seconds of all its processes, lines written)
    for one batch command."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "code = subprocess.run(sys.argv[1:]).returncode\n"
        "t = time.perf_counter() - t\n"
        "r = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(t, r.ru_maxrss, r.ru_utime + r.ru_stime, code)\n"
    )
    command = [*ORGDOC, "parse", str(folder), "-r", "-j", str(jobs), "-q", "-o", str(out)]
    done = subprocess.run([sys.executable, "-c", script, *command], capture_output=True, text=True, check=True,
                          env=_installed)
    seconds, peak_kb, cpu, code = done.stdout.split()
    if code != "0":
        raise SystemExit(f"the batch command failed ({code}): {done.stderr}")
    with out.open("rb") as f:
        lines = sum(1 for _ in f)
    return float(seconds), int(peak_kb) / 1024, float(cpu), lines


_installed = dict(os.environ)  # the environment of an installed package's runs: see start_up


def start_up(tmp: str) -> None:
    """Point the runs at a private bytecode prefix and pattern cache; print a tiny document's start-up
    cold (the first run: both empty) and warm (the best of three later runs)."""
    _installed.pop("PYTHONDONTWRITEBYTECODE", None)
    _installed.update(PYTHONPYCACHEPREFIX=str(Path(tmp, "bytecode")), ORGDOC_CACHE_DIR=str(Path(tmp, "cache")))
    tiny = Path(tmp, "tiny.txt")
    tiny.write_text("一、总体要求\n二、主要任务\n", encoding="utf-8")
    times = []
    for _ in range(4):
        t = time.perf_counter()
        subprocess.run([*ORGDOC, "parse", str(tiny), "-q", "-o", str(Path(tmp, "tiny.jsonl"))], check=True, env=_installed)
        times.append(time.perf_counter() - t)
    print(f"start-up, one tiny document: {times[0]:.2f} s cold (first run: no bytecode, no pattern cache), "
          f"{min(times[1:]):.2f} s warm")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--target", type=float, default=3000.0, help="documents/s wanted with -j 2")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each -j; the fastest is reported, as timeit does")
    args = ap.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "docs")
        size = write_folder(folder, small_documents(args.docs))
        print(f"{args.docs} documents, {size / args.docs / KB:.1f} KB on average, {size / 1e6:.1f} MB; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (wall-clock rates need a quiet machine)")
        start_up(tmp)
        peaks = {}
        for jobs in (int(j) for j in args.jobs.split(",")):
            runs = [run_batch(folder, jobs, Path(tmp, f"out{jobs}.jsonl")) for _ in range(args.repeat)]
            seconds, peak, cpu, lines = min(runs)  # the fastest: another process's load only slows a run
            assert all(run[3] == args.docs for run in runs), f"{lines} lines for {args.docs} documents"
            rate = args.docs / seconds
            peaks[jobs] = max(run[1] for run in runs)
            print(f"-j {jobs}: {seconds:6.2f} s = {rate:7.0f} documents/s, "
                  f"{size / 1e6 / seconds:5.2f} MB/s; peak RSS {peak:5.0f} MB; "
                  f"{cpu:6.2f} CPU s = {cpu / args.docs * 1e3:.2f} ms a document"
                  + (f" (best of {args.repeat} runs: {', '.join(f'{r[0]:.2f}' for r in runs)} s)" if args.repeat > 1 else ""))
            if jobs == 2 and rate < args.target:
                print(f"  below the target of {args.target:.0f} documents/s with -j 2")
                ok = False
        ok &= flat_memory(tmp, args.docs, jobs, peaks)  # with the last -j measured
    return 0 if ok else 1


def flat_memory(tmp: str, count: int, jobs: int, peaks: dict[int, float]) -> bool:
    """The peak for a fifth of the documents: within 10% (and 10 MB) of the full run's, or memory grows."""
    folder = Path(tmp, "fifth")
    write_folder(folder, small_documents(count // 5))
    _, peak, _, _ = run_batch(folder, jobs, Path(tmp, "fifth.jsonl"))
    grown = peaks[jobs] - peak
    flat = grown <= max(10.0, 0.1 * peak)
    print(f"memory: peak {peak:.0f} MB for {count // 5} documents, {peaks[jobs]:.0f} MB for {count} "
          f"(-j {jobs}): {'flat' if flat else 'GROWS'}")
    return flat


if __name__ == "__main__":
    sys.exit(main())
