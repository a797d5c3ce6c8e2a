"""Where results go: one stream (standard output or `-o FILE`) or one file per input (`-o DIR/`).

Every write is a whole record, so whatever stops the batch (Ctrl-C, a closed pipe, a kill between
records) leaves valid JSON Lines behind; `--resume` reads them back to skip what is done.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from orgdoc.export import TEXT_EXPORTS
from orgdoc.load._common import safe_name

from .inputs import Input

# The file a `-o DIR/` output gets per format, after the input's own name (a.txt → a.txt.json, so
# that a.txt and a.docx in one folder do not overwrite each other).
DIR_SUFFIXES = {"json": ".json", "jsonl": ".json", "markdown": ".md", "tree": ".txt", **TEXT_EXPORTS}


class StreamSink:
    """Records in input order on one stream.

    jsonl: one line per input. json: one object when `single`, else an array written element by
    element (valid JSON once closed). tree and markdown: `==> path <==` above each when not single;
    a failed input is on standard error only.
    """

    def __init__(self, stream: BinaryIO, fmt: str, single: bool) -> None:
        self.stream, self.format, self.single = stream, fmt, single
        self.count = 0

    def done(self, item: Input) -> bool:
        return False

    def write(self, item: Input, text: str | Iterable[str], failed: bool) -> None:
        if not isinstance(text, str):  # one document's JSON in pieces (work.Result)
            for piece in text:
                self.stream.write(piece.encode("utf-8", "backslashreplace"))
            text = ""
        if self.format == "jsonl":
            chunk = text + "\n"
        elif self.format == "json":
            if self.single:
                chunk = "" if failed else text + "\n"
            else:
                chunk = ("[" if self.count == 0 else ",\n") + text
        elif failed:
            chunk = ""
        else:
            chunk = text if self.single else f"==> {safe_name(item.path)} <==\n{text}"
        self.count += 1
        if chunk:
            self.stream.write(chunk.encode("utf-8", "backslashreplace"))  # no crash on a stray surrogate

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        if self.format == "json" and not self.single:
            self.stream.write(b"[]\n" if self.count == 0 else b"]\n")
        self.stream.flush()


class ResumableFile(StreamSink):
    """`-o FILE` in JSON Lines: with `resume`, the records already there are kept and their inputs skipped."""

    def __init__(self, path: str, fmt: str, single: bool, resume: bool) -> None:
        self.finished: set[str] = set()
        if resume and fmt == "jsonl" and os.path.exists(path):
            self.finished = _recorded_paths(path)
            stream = open(path, "ab")  # noqa: SIM115  # closed by close()
        else:
            stream = open(path, "wb")  # noqa: SIM115
        super().__init__(stream, fmt, single)

    def done(self, item: Input) -> bool:
        return safe_name(item.path) in self.finished  # as its record names it

    def close(self) -> None:
        super().close()
        self.stream.close()


class FolderSink:
    """`-o DIR/`: one file per input at DIR/<its path below the folder named>.json (or .md, .txt)."""

    def __init__(self, root: str, fmt: str, resume: bool) -> None:
        self.root, self.format, self.resume = Path(root), fmt, resume
        self.root.mkdir(parents=True, exist_ok=True)

    def target(self, item: Input) -> Path:
        return self.root / (item.relative + DIR_SUFFIXES[self.format])

    def done(self, item: Input) -> bool:
        return self.resume and self.target(item).exists()

    def write(self, item: Input, text: str | Iterable[str], failed: bool) -> None:
        """Written beside and renamed into place, so an interrupted batch leaves no half file."""
        target = self.target(item)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        text = text if isinstance(text, str) else "".join(text)
        partial.write_bytes((text + "\n").encode("utf-8", "backslashreplace"))
        os.replace(partial, target)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def _recorded_paths(path: str) -> set[str]:
    """The inputs a JSON Lines file holds a record of (an outline's source.path, a failure's path).

    A last line cut short by a kill is removed, so appending goes on after the last whole record.
    """
    done: set[str] = set()
    keep = 0
    with open(path, "rb") as stream:
        for line in stream:
            if not line.endswith(b"\n"):
                break
            try:
                record = json.loads(line)
            except ValueError:
                break
            name = record.get("path") or (record.get("source") or {}).get("path")
            if name is not None:
                done.add(name)
            keep += len(line)
    if keep != os.path.getsize(path):
        os.truncate(path, keep)
    return done
