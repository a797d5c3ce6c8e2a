"""The compiled build: every module pyproject.toml lists for mypyc is an extension, or none is.

CI runs the whole suite twice: on the plain install, and on a wheel built with
HATCH_BUILD_HOOK_ENABLE_MYPYC=true and ORGDOC_EXPECT_COMPILED=1 set, so the suite checks the
compiled modules' outputs too (the golden files, the score floors, the fuzz and hostile tests).
"""

from __future__ import annotations

import importlib
import os
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import orgdoc

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parent.parent


def compiled_modules() -> list[str]:
    """The module names of the mypyc hook's include list (folders stand for their modules)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = []
    for entry in config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["mypyc"]["include"]:
        path = ROOT / entry.lstrip("/")
        files = sorted(path.glob("*.py")) if path.is_dir() else [path]
        names += [".".join(f.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__") for f in files]
    return names


def test_the_list_names_modules_that_exist() -> None:
    names = compiled_modules()
    assert "orgdoc.runin.leads" in names and "orgdoc.tree" in names
    for name in names:
        importlib.import_module(name)


def test_all_listed_modules_compiled_or_none() -> None:
    kinds = {name: (importlib.import_module(name).__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))
             for name in compiled_modules()}
    assert set(kinds.values()) == {orgdoc.COMPILED}, kinds


def test_the_build_ci_asked_for() -> None:
    expected = os.environ.get("ORGDOC_EXPECT_COMPILED")
    if expected is None:
        pytest.skip("ORGDOC_EXPECT_COMPILED not set: any build will do")
    assert orgdoc.COMPILED is (expected == "1"), orgdoc.__file__
