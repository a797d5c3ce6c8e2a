"""Which documents a command line names: files, folders, globs, standard input, a list of paths.

Inputs are yielded one at a time, in a fixed order (the arguments in order; a folder's entries
sorted by name, depth first; a glob's matches sorted), so a batch over millions of files never holds
their list, and a second run over the same arguments meets the inputs in the same order.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePath

from orgdoc.errors import OrgdocError
from orgdoc.load import SUFFIX_FORMATS, read_stream

# What a folder walk picks up: the suffixes the loaders know, and .doc, whose bytes decide what it
# is (many .doc downloads are HTML or .docx). Anything else in a folder (images, archives) is skipped;
# a file named on the command line is always read, whatever its suffix.
FOLDER_SUFFIXES = frozenset(SUFFIX_FORMATS) | {".doc"}

STDIN_NAME = "<stdin>"  # the path a record gives standard input (what the loaders call it)


@dataclass(frozen=True)
class Input:
    """One document to parse: `path` names it in the output; `data` holds standard input's bytes."""

    path: str
    relative: str  # where its output goes under `-o DIR/`: the path below the folder or glob named
    data: bytes | None = None
    error: str | None = None  # known before parsing: a glob that matches nothing


def discover(arguments: Iterable[str], *, recursive: bool = False, files_from: str | None = None) -> Iterator[Input]:
    """Every input the arguments name, then every path listed in `files_from` (a file, or - for stdin)."""
    for argument in arguments:
        yield from _expand(argument, recursive)
    if files_from is not None:
        for line in _lines(files_from):
            yield from _expand(line, recursive, listed=True)


def is_single(arguments: list[str], files_from: str | None) -> bool:
    """One file (or -) named alone: `--format json` prints one object for it, as before batches."""
    if files_from is not None or len(arguments) != 1:
        return False
    name = arguments[0]
    return name == "-" or not (os.path.isdir(name) or (_has_magic(name) and not os.path.exists(name)))


def _expand(argument: str, recursive: bool, listed: bool = False) -> Iterator[Input]:
    if argument == "-" and not listed:
        try:  # at most the byte budget: standard input may be endless (/dev/zero)
            yield Input(STDIN_NAME, "stdin", data=read_stream(sys.stdin.buffer, STDIN_NAME))
        except OrgdocError as exc:
            yield Input(STDIN_NAME, "stdin", error=str(exc))
    elif os.path.isdir(argument):
        for path, relative in _walk(argument, "", recursive):
            yield Input(path, relative)
    elif _has_magic(argument) and not os.path.exists(argument):
        yield from _glob(argument)
    else:
        yield Input(argument, _mirrored(argument))


def _walk(folder: str, below: str, recursive: bool) -> Iterator[tuple[str, str]]:
    """(path, path below the folder named) of a folder's documents, sorted by name, depth first;
    hidden entries skipped."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if recursive:
                yield from _walk(entry.path, below + entry.name + os.sep, recursive)
        elif os.path.splitext(entry.name)[1].lower() in FOLDER_SUFFIXES:
            yield entry.path, below + entry.name


def _glob(pattern: str) -> Iterator[Input]:
    base = _fixed_prefix(pattern)
    matches = sorted(p for p in glob.iglob(pattern, recursive=True) if not os.path.isdir(p))
    if not matches:
        yield Input(pattern, _mirrored(pattern), error=f"no file matches {pattern}")
    for path in matches:
        yield Input(path, os.path.relpath(path, base) if base else _mirrored(path))


def _fixed_prefix(pattern: str) -> str:
    """The folder part of a glob before its first wildcard: corpus/**/*.txt → corpus."""
    parts = PurePath(pattern).parts
    fixed = []
    for part in parts[:-1]:
        if _has_magic(part):
            break
        fixed.append(part)
    return str(PurePath(*fixed)) if fixed else ""


def _mirrored(path: str) -> str:
    """A relative path inside the working folder is kept under `-o DIR/`; any other gives its name."""
    pure = PurePath(path)
    if pure.is_absolute() or ".." in pure.parts:
        return pure.name or "input"
    return str(pure)


def _has_magic(name: str) -> bool:
    return glob.has_magic(name)  # type: ignore[attr-defined]  # public in practice, untyped


def _lines(files_from: str) -> Iterator[str]:
    stream = sys.stdin if files_from == "-" else open(files_from, encoding="utf-8")  # noqa: SIM115
    try:
        for line in stream:
            line = line.rstrip("\r\n")
            if line.strip():
                yield line
    finally:
        if stream is not sys.stdin:
            stream.close()
