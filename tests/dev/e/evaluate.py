"""Score each made file's orgdoc JSON (FILE.json next to it; make them with
    python3 -c "import json;[print(e['file']) for e in json.load(open('manifest.json'))]" |
      xargs -P4 -I{} sh -c '.venv/bin/orgdoc parse "{}" -f json > "{}.json" 2> "{}.err"; echo $? > "{}.rc"'
run inside OUT_DIR) against the gold of its content, and
against orgdoc's own outline of the clean .txt (the baseline): a file that loses against the
baseline is a format failure.

    python3 evaluate.py OUT_DIR [--detail VARIANT]
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3] if "tests" in Path(__file__).parts else Path("/work/main")
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
import score as S  # noqa: E402


def convert_gold(doc, conv):
    def walk(nodes):
        for n in nodes:
            n.marker = conv.convert(n.marker) if n.marker else n.marker
            n.heading = conv.convert(n.heading)
            walk(n.children)

    walk(doc.roots)
    if doc.title:
        doc.title = conv.convert(doc.title)
    return doc


out_dir_cache = Path("/tmp/deve/baseline")


def baseline(gold: Path) -> dict:
    txt = gold.with_suffix(".txt")
    if not txt.exists():
        txt = ROOT / "seeds" / f"{gold.stem}.txt"
    cache = out_dir_cache / f"{gold.stem}.json"
    if not cache.exists():
        cache.parent.mkdir(exist_ok=True)
        out = subprocess.run([str(ROOT / ".venv/bin/orgdoc"), "parse", str(txt), "--format", "json"],
                             capture_output=True, text=True, check=True).stdout
        cache.write_text(out)
    return json.loads(cache.read_text())


def marker_f1(gold, pred):
    """Structure F1 on markers alone: (marker path from the root) multisets; headings ignored."""
    from collections import Counter

    def paths(doc):
        out = Counter()
        def walk(ns, pre):
            for n in ns:
                if n.numbered:
                    p = pre + (S.norm(n.marker),)
                    out[p] += 1
                    walk(n.children, p)
                else:
                    walk(n.children, pre)
        walk(doc.roots, ())
        return out
    g, p = paths(gold), paths(pred)
    hit = sum((g & p).values())
    if not g and not p:
        return 1.0
    return 2 * hit / (sum(g.values()) + sum(p.values()))


def main(out: Path, detail: str | None) -> None:
    global out_dir_cache
    out_dir_cache = out / "_baseline"
    manifest = json.loads((out / "manifest.json").read_text())
    conv = None
    per_variant = defaultdict(list)
    for e in manifest:
        f = out / e["file"]
        gold_path = Path(e["gold"])
        gold = S.read_gold(gold_path)
        base = S.read_pred(baseline(gold_path))
        if e.get("gold_convert"):
            import opencc

            conv = conv or opencc.OpenCC(e["gold_convert"])
            gold = convert_gold(gold, conv)
            base = convert_gold(base, conv)
        rc = int((Path(str(f) + ".rc")).read_text().strip() or 1)
        if rc != 0:
            per_variant[f.parent.name].append((f.stem, 0.0, 0.0, False, "EXIT %d %s" % (rc, Path(str(f) + ".err").read_text()[-200:]), 0.0))
            continue
        obj = json.loads(Path(str(f) + ".json").read_text())
        if isinstance(obj, list):
            obj = obj[0]
        pred = S.read_pred(obj)
        f1 = S.score(gold, pred, numbered_only=True).structure_f1
        mf = marker_f1(gold, pred)
        fb = S.score(gold, base, numbered_only=True).structure_f1
        vs_base = S.score(base, pred, numbered_only=False).structure_f1
        title_ok = gold.title is None or S.same_heading(gold.title, pred.title or "")
        base_title_ok = gold.title is None or S.same_heading(gold.title, base.title or "")
        note = ""
        if f1 < fb - 1e-9 or (base_title_ok and not title_ok) or vs_base < 0.999:
            note = f"gold {f1:.3f} (txt {fb:.3f}) vs-txt {vs_base:.3f} title={pred.title!r}"
        if note:
            note += f" markers-only {mf:.3f}"
        per_variant[f.parent.name].append((f.stem, f1, fb, title_ok, note, mf))
    for variant, rows in sorted(per_variant.items()):
        bad = [r for r in rows if r[4]]
        f1 = sum(r[1] for r in rows) / len(rows)
        fb = sum(r[2] for r in rows) / len(rows)
        tt = sum(r[3] for r in rows)
        mm = sum(r[-1] for r in rows) / len(rows)
        print(f"{variant:22s} n={len(rows):3d} meanF1={f1:.3f} (txt {fb:.3f}) titles {tt}/{len(rows)} markersF1={mm:.3f} worse={len(bad)}")
        if detail and (detail == variant or detail == "all"):
            for r in bad:
                print("    ", r[0], r[4])


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else None)
