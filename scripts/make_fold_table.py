"""Write orgdoc/data/t2s.json: the one-to-one traditional → simplified character table `orgdoc.fold` uses.

    pip install opencc-python-reimplemented && python scripts/make_fold_table.py

Run once when the table should be refreshed; the library never imports opencc. The source is OpenCC's
character dictionary (TSCharacters.txt, Apache-2.0), which opencc-python-reimplemented ships. Only
single character → single character pairs are kept, so folding never moves an offset: phrase rules
(TSPhrases) and characters that map to themselves are left out. Where OpenCC lists several simplified
candidates the first is taken, which is what OpenCC's own character pass does. So an entry whose first
candidate is the character itself (瞭, 藉, 覆 …: also simplified characters) is left out, and simplified
text keeps them; where the character itself comes second (於 → 于 於, 乾 → 干 乾) the pair is kept, since
關於 → 关于 is what traditional text needs most. Chains (薴 → 苧 → 苎) are resolved to their end.
"""

from __future__ import annotations

import json
from pathlib import Path

import opencc

OUT = Path(__file__).resolve().parent.parent / "orgdoc" / "data" / "t2s.json"
SOURCE = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"


def read_pairs(path: Path) -> dict[str, str]:
    """`traditional<TAB>simplified [alternatives…]` lines → {traditional: first simplified}."""
    pairs: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, candidates = line.split("\t", 1)
        value = candidates.split()[0]
        if len(key) == 1 and len(value) == 1 and value != key:  # one code point each: offsets hold
            pairs[key] = value
    return {key: _final(value, pairs) for key, value in pairs.items()}


def _final(value: str, pairs: dict[str, str]) -> str:
    """Follow a chain (薴 → 苧 → 苎) to its end: `str.translate` makes one pass, so the table must too."""
    seen = {value}
    while value in pairs and pairs[value] not in seen:
        value = pairs[value]
        seen.add(value)
    return value


def main() -> None:
    pairs = read_pairs(SOURCE)
    document = {
        "source": "OpenCC TSCharacters.txt via opencc-python-reimplemented (Apache-2.0), "
                  "single-character pairs, first candidate; regenerate with scripts/make_fold_table.py",
        "pairs": dict(sorted(pairs.items())),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(pairs)} pairs → {OUT}")


if __name__ == "__main__":
    main()
