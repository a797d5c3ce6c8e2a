"""The cache of compiled patterns (orgdoc/precompiled.py): what it keeps is what the compiler makes,
and a run with it, without it, or with a damaged file gives the same outline."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

from orgdoc import precompiled
from orgdoc.grammar import _factored_code

SEED = next(iter(sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))))
PARSE = ("import re, sys, orgdoc; from orgdoc.export import to_json; "
         "re.compile('the program\\'s own pattern, compiled after import: not orgdoc\\'s to keep'); "
         "print(to_json(orgdoc.parse(open(sys.argv[1], encoding='utf-8').read()), indent=None))")


def _run(cache: Path | None, env: dict[str, str] | None = None) -> str:
    environment = {k: v for k, v in os.environ.items() if k not in ("ORGDOC_CACHE_DIR", "ORGDOC_NO_CACHE")}
    environment.update(env or {})
    if cache is not None:
        environment["ORGDOC_CACHE_DIR"] = str(cache)
    done = subprocess.run([sys.executable, "-c", PARSE, str(SEED)], capture_output=True, text=True, check=True,
                          env=environment)
    return done.stdout


def _cache_file(cache: Path) -> Path:
    files = list(cache.glob("patterns-*.marshal"))
    assert len(files) == 1, files
    return files[0]


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    cache = tmp_path_factory.mktemp("cache")
    first = _run(cache)  # writes the file
    return cache, first


def test_a_first_run_writes_the_cache_and_a_second_reads_it(warm_cache: tuple[Path, str]) -> None:
    cache, first = warm_cache
    stored = marshal.loads(_cache_file(cache).read_bytes())
    assert sum(key[0] == "re" for key in stored) > 200  # the stages' patterns
    assert any(key[0] == "code" and key[1] == "factored" for key in stored)  # the grammar's candidate pattern
    assert not any("program's own pattern" in str(key) for key in stored)
    written = _cache_file(cache).stat().st_mtime_ns
    assert _run(cache) == first
    assert _cache_file(cache).stat().st_mtime_ns == written  # nothing new: not written again


def test_the_cache_holds_what_the_compiler_makes(warm_cache: tuple[Path, str]) -> None:
    stored = marshal.loads(_cache_file(warm_cache[0]).read_bytes())
    for key, entry in stored.items():
        if key[0] == "re":
            assert precompiled._unpacked(entry) == precompiled.compile_code(key[1], key[2]), key[1]
        else:
            assert precompiled._unpacked(entry) == _factored_code(key[-1])


def test_same_outline_without_the_cache(warm_cache: tuple[Path, str], tmp_path: Path) -> None:
    assert _run(None, {"ORGDOC_NO_CACHE": "1"}) == warm_cache[1]
    off = tmp_path / "off"
    _run(off, {"ORGDOC_NO_CACHE": "1"})
    assert not off.exists()  # turned off: nothing written


@pytest.mark.parametrize("damage", [b"", b"not marshal data", b"\x00" * 64])
def test_a_damaged_cache_is_ignored_and_replaced(warm_cache: tuple[Path, str], tmp_path: Path, damage: bytes) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / _cache_file(warm_cache[0]).name).write_bytes(damage)
    assert _run(cache) == warm_cache[1]
    assert json.loads(_run(cache))["children"]
    assert marshal.loads(_cache_file(cache).read_bytes())  # written anew


def test_a_damaged_entry_is_compiled_again(warm_cache: tuple[Path, str], tmp_path: Path) -> None:
    """An entry whose code the engine refuses (a truncated array) is compiled from its pattern."""
    cache = tmp_path / "cache"
    cache.mkdir()
    stored = marshal.loads(_cache_file(warm_cache[0]).read_bytes())
    for key, (flags, code, groups, index, names) in list(stored.items()):
        stored[key] = (flags, code[: len(code) // 2], groups, index, names)
    (cache / _cache_file(warm_cache[0]).name).write_bytes(marshal.dumps(stored))
    assert _run(cache) == warm_cache[1]


def test_each_build_has_its_own_file_and_old_ones_go(warm_cache: tuple[Path, str], tmp_path: Path) -> None:
    """Patterns of other orgdoc builds are never loaded (a shared file grew with each version, and every
    start paid for all of them); the oldest files of other builds past MAX_FILES are removed."""
    cache = tmp_path / "cache"
    cache.mkdir()
    own = _cache_file(warm_cache[0]).name
    other = marshal.dumps({("re", "another build's pattern", 0): (0, b"", 0, {}, ())})
    for n in range(precompiled.MAX_FILES + 2):
        older = cache / own.replace(".marshal", f"-other{n}.marshal")
        older.write_bytes(other)
        os.utime(older, ns=(n * 10**9, n * 10**9))
    assert _run(cache) == warm_cache[1]
    names = sorted(p.name for p in cache.glob("patterns-*.marshal"))
    assert own in names
    assert len(names) == precompiled.MAX_FILES + 1
    assert not any(name.endswith(("-other0.marshal", "-other1.marshal")) for name in names)  # the oldest
    assert "another build's pattern" not in str(marshal.loads((cache / own).read_bytes()))


def test_the_file_is_named_by_the_installed_code() -> None:
    assert f"{precompiled._fingerprint():08x}" in precompiled._path()
