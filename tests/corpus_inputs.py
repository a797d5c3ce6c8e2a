"""The documents the engines are checked on: the seeds, and the real corpus beside this clone when
it is there (../shared/corpus: gov and speech texts, and .docx/PDF/HTML files)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS_INPUTS = {"gov": "raw", "speech": "raw", "files": "files"}  # folder: where its inputs are


def seed_paths() -> list[Path]:
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    assert paths, "no seed documents"
    return paths


def corpus_paths() -> list[Path]:
    """Every corpus input, or none when the corpus is not beside this clone."""
    return [p for folder, inputs in CORPUS_INPUTS.items()
            for p in sorted((CORPUS / folder / inputs).glob("*")) if p.is_file()]
