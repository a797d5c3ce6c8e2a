"""One document in, its output out: what every worker (process pool, Ray task or this process) runs.

A worker returns text ready to write, so the writer only joins strings in order: a JSON Lines line,
a pretty JSON object, a tree or Markdown, or for a failed input `{"path", "error"}` and the message.
A failure never escapes: a bad file, a parse over its time limit, even a bug in a stage is one
failed record, and the batch goes on.
"""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from orgdoc.api import parse_bytes, parse_file
from orgdoc.errors import OrgdocError
from orgdoc.export import json_pieces, render
from orgdoc.load import DEFAULT_LIMITS, Limits
from orgdoc.load._common import safe_name
from orgdoc.models import Outline

from .inputs import Input


@dataclass(frozen=True)
class Options:
    """What every worker needs to know, sent once when it starts rather than with each document."""

    format: str = "jsonl"  # jsonl | json | markdown | tree
    encoding: str | None = None
    include_text: bool = False
    timeout: float | None = None  # seconds a document may take; None for no limit
    limits: Limits = DEFAULT_LIMITS  # the loaders' budgets (--limit NAME=N)


# (the text to write, the error message or None); the text of one document's JSON that this
# process writes itself comes as its pieces (export.json_pieces), so that it never stands whole.
Result = tuple[str | Iterator[str], str | None]

_options = Options()


def start_worker(options: Options, ignore_interrupt: bool = True) -> None:
    """A pool worker's initializer: keep the options; Ctrl-C is the parent's to handle, not each child's."""
    global _options
    _options = options
    if ignore_interrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def work_batch(items: list[Input]) -> list[Result]:
    """The outputs of a batch of inputs, in order: a pool's task (see pool.Pool.results)."""
    return [outline_result(item, _options) for item in items]


def outline_result(item: Input, options: Options, pieces: bool = False) -> Result:
    name = safe_name(item.path) or item.path  # as the outline's source.path names it: fit for JSON
    if item.error is not None:
        return failure_record(name, item.error), item.error
    try:
        with _time_limit(options.timeout):
            outline = _parse(item, options)
    except OrgdocError as exc:
        message = str(exc)
    except OSError as exc:
        message = f"cannot read {name}: {exc.strerror or exc}"
    except _TimeLimit:
        message = f"parsing took longer than {options.timeout:g} s: {name}"
    except Exception as exc:  # noqa: BLE001  # a bug in a stage: report it with the document and go on
        message = f"internal error ({type(exc).__name__}: {exc}): {name}"
    else:
        return format_outline(outline, options.format, pieces), None
    return failure_record(name, message), message


def format_outline(outline: Outline, fmt: str, pieces: bool = False) -> str | Iterator[str]:
    if fmt == "jsonl":
        return outline.model_dump_json()  # compact: strings escape their newlines, so one line
    if fmt == "json" and pieces:
        return json_pieces(outline)
    rendered = render(outline, fmt)
    if isinstance(rendered, bytes):  # parquet: a whole-corpus file, not one a document (no CLI choice)
        raise TypeError(f"{fmt} is not a format of the batch command")
    return rendered


def failure_record(path: str, message: str) -> str:
    """A failed input in the JSON stream (its schema: `batch.FailedInput`)."""
    return json.dumps({"path": path, "error": message}, ensure_ascii=False)


def _parse(item: Input, options: Options) -> Outline:
    if item.data is not None:
        return parse_bytes(item.data, name=item.path, encoding=options.encoding,
                           include_text=options.include_text, limits=options.limits)
    return parse_file(item.path, encoding=options.encoding, include_text=options.include_text,
                      limits=options.limits)


class _TimeLimit(BaseException):
    """Raised by the alarm; a BaseException so that no stage's `except Exception` can swallow it."""


class _time_limit:
    """SIGALRM after `seconds` (main thread only). Python code is interrupted between steps, so a
    single long call into C (one regex match) can overrun the limit by its own length."""

    def __init__(self, seconds: float | None) -> None:
        usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        self.seconds = seconds if seconds and usable else None

    def __enter__(self) -> None:
        if self.seconds:
            self.previous = signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def __exit__(self, *exc: object) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)

    @staticmethod
    def _expire(signum: int, frame: object) -> None:
        raise _TimeLimit
