"""Speed of the loaders, printed as figures beside the old path's (a benchmark, not a test).

    python bench/loaders.py [--repeat 3] [--pages 200]

Printed, each with PASS/FAIL against its target (exit 1 when any fails):
  * encoding: the real documents of ../shared/corpus (text, else the seeds) concatenated into one
    document of a few MB, parsed from UTF-8 bytes and from GB18030 bytes (encoding detected): the
    GB18030 ÷ UTF-8 time (target ≤ 1.2), beside the old path's (every candidate codec decoding the
    whole file, which the detection did before it read a sample);
  * HTML: MB/s of page bytes loaded (saved pages of the seeds and the corpus's web pages; target ≥ 20;
    lxml is a core dependency, so there is no other path to compare with);
  * PDF: pages/s loaded (a many-page CJK PDF written with fpdf2, and the corpus PDFs repeated;
    target ≥ 400 with pypdfium2), beside the pypdf path's figure (pypdfium2 hidden).

Times are CPU seconds of this process (time.process_time), best of --repeat runs: the machine is
shared, and CPU time is what a busy machine distorts least. The "without X" figures run in a child
process where importing X fails, so the loader takes its fallback path.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
MB = 1_000_000
BLOCK = "ORGDOC_BENCH_BLOCK"  # modules a child run must not import (its fallback path is measured)

if os.environ.get(BLOCK):  # before orgdoc is imported, so its loaders see the module as missing
    for _module in os.environ[BLOCK].split(","):
        sys.modules[_module] = None  # type: ignore[assignment]

sys.path.append(str(ROOT))  # tests.fixtures writes the PDF and HTML inputs (orgdoc: the installed build)

import orgdoc
from orgdoc.load import load_bytes

TARGETS = {"gb18030_ratio": 1.2, "html_mb_s": 20.0, "pdf_pages_s": 400.0}


def cpu_best(fn: Callable[[], object], repeat: int) -> float:
    """Best CPU time of `repeat` calls, the garbage collector paused as timeit does."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        start = time.process_time()
        try:
            fn()
        finally:
            gc.enable()
        best = min(best, time.process_time() - start)
    return best


# ------------------------------------------------------------------------------------------ encoding

def real_text(megabytes: float) -> str:
    """The corpus's text documents (the seeds when there is no corpus) joined and repeated."""
    paths = sorted(SHARED.glob("*/raw/*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    docs, size = [], 0
    while size < megabytes * MB:
        for text in texts:
            docs.append(text)
            size += len(text.encode("utf-8"))
    return "\n".join(docs)


def whole_file_detection(fn: Callable[[], object]) -> Callable[[], object]:
    """`fn` run the old way: the sample as large as the file, so every candidate codec decodes the
    whole of it (what the detection did before it read a sample)."""
    from orgdoc.load import sampling

    def run() -> object:
        saved, sampling.SAMPLE_HEAD = sampling.SAMPLE_HEAD, 1 << 62
        try:
            return fn()
        finally:
            sampling.SAMPLE_HEAD = saved

    return run


def encoding_figures(repeat: int, megabytes: float) -> dict[str, float]:
    text = real_text(megabytes)
    utf8, gb = text.encode("utf-8"), text.encode("gb18030")
    orgdoc.parse_bytes(utf8, name="warm.txt")
    out = {"mb": len(utf8) / MB}
    out["utf8_parse"] = cpu_best(lambda: orgdoc.parse_bytes(utf8, name="a.txt"), repeat)
    out["gb_parse"] = cpu_best(lambda: orgdoc.parse_bytes(gb, name="a.txt"), repeat)
    out["utf8_load"] = cpu_best(lambda: load_bytes(utf8, name="a.txt"), repeat)
    out["gb_load"] = cpu_best(lambda: load_bytes(gb, name="a.txt"), repeat)
    out["gb_parse_old"] = cpu_best(whole_file_detection(lambda: orgdoc.parse_bytes(gb, name="a.txt")), repeat)
    out["gb_load_old"] = cpu_best(whole_file_detection(lambda: load_bytes(gb, name="a.txt")), repeat)
    return out


# ---------------------------------------------------------------------------------------------- html

def html_pages() -> list[bytes]:
    from tests import fixtures

    pages = [p.read_bytes() for p in sorted(SHARED.glob("files/files/*.html"))]
    with tempfile.TemporaryDirectory() as tmp:
        for name in fixtures.seed_names():
            pages.append(fixtures.write_html_page(Path(tmp), name).read_bytes())
            pages.append(fixtures.write_html_page(Path(tmp), name, encoding="gb18030", charset="gbk").read_bytes())
    return pages


def html_figures(repeat: int) -> dict[str, float]:
    pages = html_pages() * 4
    size = sum(len(p) for p in pages)

    def run() -> None:
        for page in pages:
            load_bytes(page, name="page.html")

    run()
    return {"mb": size / MB, "html_mb_s": size / MB / cpu_best(run, repeat)}


# ----------------------------------------------------------------------------------------------- pdf

def many_page_pdf(pages: int) -> bytes | None:
    """The seeds set in a CJK font (fpdf2) until the PDF has `pages` pages; None without a font."""
    from tests import fixtures

    font = fixtures.find_cjk_font()
    if font is None:
        return None
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("cjk", fname=str(font))
    pdf.set_font("cjk", size=12)
    pdf.add_page()
    texts = [fixtures.seed_text(name) for name in fixtures.seed_names()]
    while pdf.page_no() < pages:
        for line in texts[pdf.page_no() % len(texts)].split("\n"):
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
            if pdf.page_no() >= pages:
                break
    return bytes(pdf.output())


def pdf_figures(repeat: int, data: bytes | None) -> dict[str, float]:
    out: dict[str, float] = {}
    if data is not None:
        count = load_pages(data)
        out["pages"] = count
        out["pdf_pages_s"] = count / cpu_best(lambda: load_bytes(data, name="many.pdf"), repeat)
    corpus = [p.read_bytes() for p in sorted(SHARED.glob("files/files/*.pdf"))]
    if corpus:
        count = sum(load_pages(d) for d in corpus) * 10

        def run() -> None:
            for _ in range(10):
                for d in corpus:
                    load_bytes(d, name="corpus.pdf")

        out["corpus_pages_s"] = count / cpu_best(run, repeat)
    return out


def load_pages(data: bytes) -> int:
    try:
        import pypdfium2

        return len(pypdfium2.PdfDocument(data))
    except ImportError:
        import io

        import pypdf

        return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def pdf_engine() -> str:
    try:
        import pypdfium2  # noqa: F401

        return "pypdfium2"
    except ImportError:
        return "pypdf"


# ----------------------------------------------------------------------------------------------- main

def child(block: str, args: argparse.Namespace, pdf: Path) -> dict[str, float]:
    """The HTML and PDF figures measured where importing `block` fails (the loader's fallback path)."""
    command = [sys.executable, __file__, "--child", "--repeat", str(args.repeat), "--pdf-file", str(pdf)]
    done = subprocess.run(command, env={**os.environ, BLOCK: block}, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(done.stderr, file=sys.stderr)
        return {}
    figures: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return figures


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def report_encoding(enc: dict[str, float]) -> bool:
    ratio, old = enc["gb_parse"] / enc["utf8_parse"], enc["gb_parse_old"] / enc["utf8_parse"]
    ok = ratio <= TARGETS["gb18030_ratio"]
    print(f"encoding: {enc['mb']:.1f} MB document, parse_bytes CPU s: UTF-8 {enc['utf8_parse']:.3f}, "
          f"GB18030 {enc['gb_parse']:.3f}")
    print(f"  load only CPU s: UTF-8 {enc['utf8_load']:.3f}, GB18030 {enc['gb_load']:.3f} "
          f"(old path {enc['gb_load_old']:.3f})")
    print(f"  GB18030 / UTF-8 = {ratio:.2f}× (target ≤ {TARGETS['gb18030_ratio']}); old path {old:.2f}×  "
          f"{verdict(ok)}")
    return ok


def report_html(html: dict[str, float]) -> bool:
    ok = html["html_mb_s"] >= TARGETS["html_mb_s"]
    print(f"HTML: {html['mb']:.2f} MB of pages, {html['html_mb_s']:.1f} MB/s (target ≥ {TARGETS['html_mb_s']:.0f})"
          f"  {verdict(ok)}")
    return ok


def report_pdf(pdf: dict[str, float], no_pdfium: dict[str, float]) -> bool:
    if "pdf_pages_s" not in pdf:
        print("PDF: no CJK font to write the PDF with (apt-get install fonts-wqy-microhei)  FAIL")
        return False
    engine = pdf_engine()
    old, old_corpus, corpus = (no_pdfium.get("pdf_pages_s"), no_pdfium.get("corpus_pages_s"),
                               pdf.get("corpus_pages_s"))
    print(f"PDF ({engine}): {pdf['pages']:.0f}-page fpdf2 PDF {pdf['pdf_pages_s']:.0f} pages/s"
          + (f"; pypdf path {old:.0f} pages/s" if old else "")
          + (f"; corpus PDFs {corpus:.0f} pages/s" if corpus else "")
          + (f" (pypdf {old_corpus:.0f})" if old_corpus else ""))
    ok = engine == "pypdfium2" and pdf["pdf_pages_s"] >= TARGETS["pdf_pages_s"]
    print(f"  target ≥ {TARGETS['pdf_pages_s']:.0f} pages/s with pypdfium2  {verdict(ok)}")
    return ok


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="calls of each measure; the best is reported")
    ap.add_argument("--mb", type=float, default=2.0, help="size of the encoding document (MB of UTF-8)")
    ap.add_argument("--pages", type=int, default=200, help="pages of the fpdf2 PDF")
    ap.add_argument("--pdf-file", help=argparse.SUPPRESS)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:  # the HTML and PDF figures of this process's path, as JSON
        figures = html_figures(args.repeat)
        figures.update(pdf_figures(args.repeat, Path(args.pdf_file).read_bytes()))
        print(json.dumps(figures))
        return 0
    results = {"gb18030": report_encoding(encoding_figures(args.repeat, args.mb))}
    with tempfile.TemporaryDirectory() as tmp:
        data = many_page_pdf(args.pages)
        pdf_path = Path(tmp, "many.pdf")
        if data is not None:
            pdf_path.write_bytes(data)
        html, pdf = html_figures(args.repeat), pdf_figures(args.repeat, data)
        no_pdfium = child("pypdfium2", args, pdf_path) if data is not None else {}
    results["html"] = report_html(html)
    results["pdf"] = report_pdf(pdf, no_pdfium)
    failed = [name for name, ok in results.items() if not ok]
    print("loaders:", "PASS" if not failed else "FAIL (" + ", ".join(failed) + ")")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
