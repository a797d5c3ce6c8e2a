"""`orgdoc parse` over any number of documents: inputs → workers → one ordered, streamed output.

    orgdoc parse corpus/ -r -o outlines.jsonl          # a folder to JSON Lines, with a progress bar
    orgdoc parse 'data/**/*.html' -j 4 -o outlines/     # one JSON file per input, paths mirrored
    find . -name '*.txt' | orgdoc parse --files-from - --format jsonl | head

Each input gives one record, written as soon as it and every input before it are done: its outline,
or `{"path", "error"}` (`FailedInput`) when it could not be read or parsed. How `--format json`
prints: one object when one file (or -) is named alone, as it always has, otherwise an array
streamed element by element; `--format jsonl` (the default with `-o FILE`) gives one line per input
whatever the arguments. See docs/batch.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from collections.abc import Iterable, Iterator

from pydantic import BaseModel, ConfigDict, TypeAdapter

from orgdoc.load import Limits
from orgdoc.models import Outline

from .inputs import Input, discover, is_single
from .output import FolderSink, ResumableFile, StreamSink
from .pool import Pool, in_process
from .pool import abandoned as pool_abandoned
from .progress import Progress
from .work import Options, Result

__all__ = ["FailedInput", "add_arguments", "record_schema", "run"]

BATCH_FORMATS = ("jsonl",)  # beside orgdoc.export.FORMATS: only a stream of several records has it
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as a shell reports a command ended by Ctrl-C
EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE, as `head` leaves any Unix filter it stops reading


class FailedInput(BaseModel):
    """The record of an input that gave no outline, in the same stream as the outlines."""

    model_config = ConfigDict(extra="forbid")
    path: str
    error: str


def record_schema(outline_ref: str | None = None) -> dict[str, object]:
    """The JSON Schema of one record of a batch: an outline or a failed input.

    With `outline_ref`, the outline is a reference to that schema (docs/batch.schema.json points to
    outline.schema.json, so it does not change when the outline does); without, it is embedded whole.
    """
    if outline_ref is None:
        schema: dict[str, object] = TypeAdapter(Outline | FailedInput).json_schema()
    else:
        schema = {"anyOf": [{"$ref": outline_ref}, {"$ref": "#/$defs/FailedInput"}],
                  "$defs": {"FailedInput": FailedInput.model_json_schema()}}
    schema["title"] = "orgdoc batch record"
    return schema


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The batch options of `orgdoc parse`."""
    parser.add_argument("-r", "--recursive", action="store_true", help="read folders' subfolders too")
    parser.add_argument("--files-from", metavar="LIST", help="read input paths, one a line, from LIST (- for stdin)")
    parser.add_argument("-o", "--output", metavar="FILE|DIR/",
                        help="write to FILE (JSON Lines by default) or one file per input under DIR/")
    parser.add_argument("-j", "--jobs", type=int, default=default_jobs(),
                        help="worker processes (default: the cores, %(default)s)")
    parser.add_argument("--resume", action="store_true", help="skip the inputs the output already holds")
    parser.add_argument("--timeout", type=float, metavar="SECONDS",
                        help="time limit per document: over it, the document is reported as failed")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--engine", choices=("pool", "ray"), default="pool",
                        help="pool: worker processes on this machine; ray: a Ray cluster (extra orgdoc[ray])")
    parser.add_argument("--address", help="the Ray cluster to join (default: start one on this machine)")


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run(args: argparse.Namespace) -> int:
    """Run a parse command; the exit status: 0, 1 if any input failed, 130 on Ctrl-C, 141 on a closed pipe."""
    problem = _check(args)
    if problem:
        print(f"orgdoc: {problem}", file=sys.stderr)
        return 2
    fmt = args.format or _default_format(args.output)
    single = is_single(args.files, args.files_from) and not _is_folder(args.output)
    options = Options(format=fmt, encoding=args.encoding, include_text=args.include_text, timeout=args.timeout,
                      limits=Limits(**dict(getattr(args, "limit", ()))))
    sink = _sink(args.output, fmt, single, args.resume)
    items = (i for i in discover(args.files, recursive=args.recursive, files_from=args.files_from)
             if not sink.done(i))
    progress = Progress(enabled=not (args.quiet or single))
    try:
        failed = _write_all(_results(items, options, args, single), sink, progress)
    except KeyboardInterrupt:
        _close_quietly(sink, progress)
        if pool_abandoned():  # a pool cut short cannot be shut down cleanly: end here, output flushed
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(EXIT_INTERRUPTED)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        progress.close()
        return EXIT_CLOSED_PIPE
    sink.close()
    progress.close()
    return 1 if failed else 0


def _write_all(results: Iterator[tuple[Input, Result]], sink: StreamSink | FolderSink, progress: Progress) -> int:
    failed = 0
    for item, (text, error) in results:
        if error is not None:
            failed += 1
            progress.report(f"orgdoc: {error}")
        sink.write(item, text, error is not None)
        progress.update(failed)
    return failed


def _results(items: Iterable[Input], options: Options, args: argparse.Namespace,
             single: bool) -> Iterator[tuple[Input, Result]]:
    if args.engine == "ray":
        from orgdoc.engines.ray_data import ordered_results  # an optional extra: imported on demand

        yield from ordered_results(items, options, address=args.address, jobs=args.jobs)
    elif args.jobs <= 1 or single:
        yield from in_process(items, options, pieces=single)  # one document's JSON: written as it is made
    else:
        with Pool(args.jobs, options) as pool:
            yield from pool.results(items)


def _check(args: argparse.Namespace) -> str | None:
    if not args.files and args.files_from is None:
        return "no input: name files, folders or globs, - for standard input, or --files-from LIST"
    if args.files_from == "-" and "-" in args.files:
        return "standard input cannot be both a document (-) and the list of paths (--files-from -)"
    if args.files_from not in (None, "-") and not os.path.isfile(args.files_from):
        return f"cannot read the list of paths: {args.files_from}"
    if args.resume and not args.output:
        return "--resume needs -o FILE or -o DIR/ to read back what is done"
    if args.resume and not _is_folder(args.output) and (args.format or "jsonl") != "jsonl":
        return "--resume needs JSON Lines output (--format jsonl) or -o DIR/"
    if args.engine == "ray" and importlib.util.find_spec("ray") is None:
        return "--engine ray needs Ray: pip install 'orgdoc[ray]'"
    if args.address is not None and args.engine != "ray":
        return "--address is the Ray cluster's: use it with --engine ray"
    if args.jobs < 1:
        return f"-j needs at least 1 worker, not {args.jobs}"
    if args.timeout is not None and args.timeout <= 0:
        return f"--timeout needs a positive number of seconds, not {args.timeout:g}"
    return None


def _default_format(output: str | None) -> str:
    if output is None:
        return "tree"
    return "json" if _is_folder(output) else "jsonl"


def _is_folder(output: str | None) -> bool:
    return output is not None and (output.endswith(("/", os.sep)) or os.path.isdir(output))


def _sink(output: str | None, fmt: str, single: bool, resume: bool) -> StreamSink | FolderSink:
    if output is None:
        return StreamSink(sys.stdout.buffer, fmt, single)
    if _is_folder(output):
        return FolderSink(output, fmt, resume)
    return ResumableFile(output, fmt, single, resume)


def _close_quietly(sink: StreamSink | FolderSink, progress: Progress) -> None:
    """After Ctrl-C: the records written stay; a JSON array gets its closing bracket."""
    progress.close()
    try:
        sink.close()
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    """The reader has gone: later flushes (at exit too) go nowhere instead of raising again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def schema_text() -> str:
    return json.dumps(record_schema(), ensure_ascii=False, indent=2)
