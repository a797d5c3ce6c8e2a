"""Regular expressions compiled on an earlier run, kept on disk: a command starts in less time.

orgdoc compiles about 330 regular expressions as it is imported and prepares its grammar. The
standard library's regex compiler is written in Python, and it expands a class of Chinese characters
such as `[\u4e00-\u9fff]` code point by code point: the compiling takes about 0.25 s, a third of a
command's start-up, and of a batch's, whose workers wait for it.

`warm()` (before orgdoc's modules are imported) puts the patterns of an earlier run into `re`'s own
cache of compiled patterns, where each module's `re.compile` then finds its pattern; `code()` does
the same for a pattern the grammar compiles from code of its own. `save()` (after the grammar is
prepared) writes what this run compiled, when the file lacks some of it. The file holds, for each
(pattern, flags), the engine code the compiler made; it is named by the Python build (its
implementation and the regex engine's `MAGIC` and code size), so a different Python compiles as
usual, and by a digest of orgdoc's own files (their names, sizes and times: `_fingerprint`), so each
version or edited checkout has a file of its own patterns alone. A file shared by versions grew with
each one, and every start loaded all of them (1,600 patterns, 11 MB: 40 ms and 19 MB a process). The
files of other builds are kept, the newest `MAX_FILES`, for versions used side by side. The engine validates any code it is given, so a damaged file cannot crash it; an unreadable
one is ignored; a file is written whole or not at all (`os.replace`). `ORGDOC_CACHE_DIR` names the
folder (default: the user's cache folder); `ORGDOC_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import _sre
import contextlib
import functools
import marshal
import os
import re
import sys
import tempfile
import zlib
from array import array
from collections.abc import Callable

# One compiled pattern as the engine takes it: flags, code, groups - 1, group index, index group.
Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

# A run that would add fewer patterns writes nothing: one or two compile in a few ms, and a library's
# pattern built from a set (tokenize's, which pydantic's signature reading compiles) is new on every run.
MIN_NEW = 3
MAX_FILES = 4  # the files of other builds kept when one is written (the oldest go)
_CODE_TYPE = "I" if _sre.CODESIZE == 4 else "H"

Stored = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]  # as the file holds one: the code as bytes

_stored: dict[tuple[object, ...], Stored] = {}
Key = tuple[type, str, int]  # re's key of a compiled pattern: (type of the pattern, pattern, flags)

_before: set[Key] = set()  # re's cache when orgdoc began to import: the program's own patterns
_own: set[Key] = set()  # re's keys of the patterns orgdoc compiled as it imported and prepared
_code: dict[tuple[object, ...], Compiled | None] = {}  # `code()` keys of this run: None when found stored
_enabled = False


def warm() -> None:
    """Load the stored patterns into `re`'s cache (once, and only where `re` keeps one as expected)."""
    global _enabled
    if _enabled or os.environ.get("ORGDOC_NO_CACHE") or not isinstance(getattr(re, "_cache", None), dict):
        return
    _enabled = True
    _before.update(re._cache)  # type: ignore[attr-defined]
    try:
        with open(_path(), "rb") as f:
            stored = marshal.load(f)
        for key, entry in stored.items():
            if key[0] == "re":
                re._cache[(str, key[1], key[2])] = _sre.compile(key[1], *_unpacked(entry))  # type: ignore[attr-defined]
        _stored.update(stored)
    except Exception:  # noqa: BLE001  # no file, another format, a damaged one: compile as usual
        _stored.clear()


def snapshot() -> set[Key]:
    """The keys of `re`'s cache now, to `mark` what is compiled after."""
    return set(re._cache) if _enabled else set()  # type: ignore[attr-defined]


def mark(since: set[Key] | None = None) -> None:
    """Note the patterns compiled since `warm()` (or since a `snapshot`) as orgdoc's own: at the end
    of its import, and of `grammar.prepare`. Only those are kept, nothing the program or its tests compile."""
    if _enabled:
        before = _before if since is None else since
        _own.update(k for k in list(re._cache) if k[0] is str and k not in before)  # type: ignore[attr-defined]


def code(key: tuple[object, ...], pattern: str, build: Callable[[], Compiled]) -> re.Pattern[str]:
    """The pattern `build` compiles (flags, code, …), stored under `key` between runs."""
    key = ("code", *key)
    entry = _stored.get(key)
    if entry is not None:
        with contextlib.suppress(Exception):  # a damaged entry: built again below
            compiled = _sre.compile(pattern, *_unpacked(entry))
            _code[key] = None
            return compiled  # type: ignore[no-any-return]
    made = build()
    _code[key] = made
    return _sre.compile(pattern, *made)  # type: ignore[no-any-return]


def save() -> None:
    """Write orgdoc's patterns if the file lacks some of them (once per Python build and orgdoc build).
    Codes no longer asked for (another grammar's) go."""
    if not _enabled:
        return
    try:
        new = {("re", k[1], k[2]): k for k in _own if ("re", k[1], k[2]) not in _stored}
        made = {key: entry for key, entry in _code.items() if entry is not None}
        if len(new) < MIN_NEW and not made:
            return
        entries = {key: entry for key, entry in _stored.items() if key[0] == "re" or key in _code}
        for key, (_, pattern, flags) in new.items():
            if not flags & re.DEBUG:
                entries[key] = _packed(compile_code(pattern, flags))
        entries.update((key, _packed(entry)) for key, entry in made.items())
        _write(entries)
    except Exception:  # noqa: BLE001  # a read-only home, a full disk, a Python without those modules
        return
    _stored.update(entries)
    _code.update(dict.fromkeys(made))


def compile_code(pattern: str, flags: int = 0) -> Compiled:
    """What `re.compile(pattern, flags)` hands the engine (re._compiler.compile, without the engine)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]  # the compiler re.compile runs

    parsed = _parser.parse(pattern, flags)
    groups: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        groups[index] = name
    return (int(flags | parsed.state.flags), _compiler._code(parsed, flags), parsed.state.groups - 1,
            dict(parsed.state.groupdict), tuple(groups))


def _packed(entry: Compiled) -> Stored:
    flags, codes, groups, index, names = entry
    return int(flags), array(_CODE_TYPE, codes).tobytes(), int(groups), dict(index), tuple(names)


def _unpacked(entry: Stored) -> Compiled:
    flags, codes, groups, index, names = entry
    unpacked = array(_CODE_TYPE)
    unpacked.frombytes(codes)
    return flags, unpacked.tolist(), groups, index, names


def lark_cache() -> str | None:
    """Where Lark keeps the analysis of the marker grammar (its `cache=` option), or None when off."""
    if os.environ.get("ORGDOC_NO_CACHE"):
        return None
    try:
        os.makedirs(_folder(), exist_ok=True)
    except OSError:
        return None
    return os.path.join(_folder(), f"markers-lark-{sys.implementation.cache_tag}.pickle")


def _write(entries: dict[tuple[object, ...], Stored]) -> None:
    path = _path()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as f:
            marshal.dump(entries, f)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
    _prune(os.path.dirname(path), os.path.basename(path))


def _prune(folder: str, own: str) -> None:
    """Remove the oldest pattern files of other builds past MAX_FILES (a file another process is
    reading stays readable until it closes it)."""
    others = [e for e in os.scandir(folder) if e.name.startswith("patterns-") and e.name.endswith(".marshal")
              and e.name != own]
    others.sort(key=lambda e: e.stat().st_mtime_ns, reverse=True)
    for entry in others[MAX_FILES:]:
        with contextlib.suppress(OSError):
            os.unlink(entry.path)


def _folder() -> str:
    return os.environ.get("ORGDOC_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "orgdoc")


def _path() -> str:
    python = ".".join(map(str, sys.version_info[:3]))
    build = f"{sys.implementation.cache_tag}-{python}-{_sre.MAGIC}-{_sre.CODESIZE}-{_fingerprint():08x}"
    return os.path.join(_folder(), f"patterns-{build}.marshal")


@functools.cache
def _fingerprint() -> int:
    """A digest of orgdoc's code and grammar files: their paths, sizes and modification times (half a
    millisecond: a few stat calls, no reading)."""
    package = os.path.dirname(os.path.abspath(__file__))
    files: list[tuple[str, int, int]] = []
    folders = [package, os.path.join(os.path.dirname(package), "grammars")]  # a source tree's grammar
    while folders:
        with contextlib.suppress(OSError), os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        folders.append(entry.path)
                elif entry.name.endswith((".py", ".so", ".pyd", ".lark")):
                    stat = entry.stat()
                    files.append((entry.path, stat.st_size, stat.st_mtime_ns))
    return zlib.crc32(repr(sorted(files)).encode())
