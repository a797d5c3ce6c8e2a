"""The `orgdoc` command: a thin shell over the API.

    orgdoc parse FILE|DIR|GLOB|- … [--format tree|json|markdown|jsonl] [--encoding ENC] [--include-text]
                 [-r] [--files-from LIST] [-o FILE|DIR/] [-j N] [--resume] [--timeout S] [-q]
                 [--engine pool|ray [--address ADDR]]
    orgdoc chunks FILE [FILE …] [-o OUT.jsonl] [--max-chars N] [--overlap N]
    orgdoc view FILE [-o PAGE.html]
    orgdoc schema [--record]
    orgdoc --version

`-` reads standard input. A file that cannot be read is reported on standard error and the batch
goes on; the exit status is 1 if any file failed. `--format json` prints one object for one file
named alone, else an array with one element per input, in order: its outline, or
`{"path": …, "error": …}`; `--format jsonl` prints one such record a line. The batch options are
orgdoc.batch's (docs/batch.md).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import BUILD, __version__, batch
from .api import parse_bytes, parse_file
from .errors import OrgdocError
from .export import FORMATS, TEXT_EXPORTS, json_schema
from .load import Limits, read_stream
from .load._common import safe_name
from .models import Outline


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments().parse_args(argv)
    if args.command == "schema":
        _write((batch.schema_text() if args.record else json_schema()) + "\n")
        return 0
    if args.command in _COMMANDS:
        return _COMMANDS[args.command](args)
    return _parse(args)


def _arguments() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="orgdoc", description="Outline Chinese speeches and official documents.")
    ap.add_argument("--version", action="version", version=f"orgdoc {__version__} ({BUILD})")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="print the outline of each file")
    p.add_argument("files", nargs="*", help="files, folders or globs (.txt .docx .html .md .pdf); - reads stdin")
    p.add_argument("--format", "-f", choices=(*FORMATS, *batch.BATCH_FORMATS, *TEXT_EXPORTS),
                   help="tree (the default), json, markdown, or jsonl (the default with -o FILE); "
                        "exports: markdown-body, opml, csv, docling")
    p.add_argument("--encoding", help="the text encoding, instead of detecting it (e.g. gb18030)")
    p.add_argument("--include-text", action="store_true", help="put the text the offsets refer to in the JSON")
    p.add_argument("--limit", action="append", default=[], type=_limit, metavar="NAME=N",
                   help=f"raise or lower a budget ({', '.join(Limits.names())}; docs/limits.md)")
    batch.add_arguments(p)
    s = sub.add_parser("schema", help="print the JSON Schema of the JSON output")
    s.add_argument("--record", action="store_true", help="the schema of one JSON Lines record: outline or failure")
    _pipeline_commands(sub)
    return ap


def _pipeline_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from .chunks import DEFAULT_MAX_CHARS

    c = sub.add_parser("chunks", help="cut each file into chunks for retrieval, one JSON object a line")
    c.add_argument("files", nargs="+", help="input files; - reads standard input")
    c.add_argument("--output", "-o", help="the JSON Lines file to write (standard output without it)")
    c.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="largest chunk, in characters")
    c.add_argument("--overlap", type=int, default=0, help="characters of the previous chunk given as context")
    c.add_argument("--encoding", help="the text encoding, instead of detecting it")
    v = sub.add_parser("view", help="write an HTML page showing the outline beside the text")
    v.add_argument("file", help="the input file; - reads standard input")
    v.add_argument("--output", "-o", help="the HTML file to write (standard output without it)")
    v.add_argument("--encoding", help="the text encoding, instead of detecting it")


def _chunks(args: argparse.Namespace) -> int:
    """Every file's chunks as JSON Lines; a file that cannot be read is reported and skipped."""
    lines, failed, count = [], 0, 0
    for name in args.files:
        outline = _read_or_report(name, args.encoding, False)
        if outline is None:
            failed += 1
            continue
        chunks = outline.chunks(max_chars=args.max_chars, overlap=args.overlap)
        lines += [c.model_dump_json() + "\n" for c in chunks]
        count += len(chunks)
    _output("".join(lines), args.output)
    print(f"orgdoc: {len(args.files) - failed} files, {count} chunks", file=sys.stderr)
    return 1 if failed else 0


def _view(args: argparse.Namespace) -> int:
    from .view import to_html

    outline = _read_or_report(args.file, args.encoding, True)
    if outline is None:
        return 1
    _output(to_html(outline), args.output)
    return 0


def _read_or_report(name: str, encoding: str | None, include_text: bool) -> Outline | None:
    """The file's outline, or None with the reason on standard error."""
    try:
        if name == "-":
            data = read_stream(sys.stdin.buffer, "<stdin>", Limits())
            return parse_bytes(data, name="<stdin>", encoding=encoding, include_text=include_text)
        return parse_file(name, encoding=encoding, include_text=include_text)
    except Exception as exc:  # noqa: BLE001 - as in parse: one bad file does not stop the batch
        shown = safe_name(name) or name
        message = str(exc) if isinstance(exc, OrgdocError) else f"cannot read {shown}: {type(exc).__name__}: {exc}"
        print(f"orgdoc: {message}", file=sys.stderr)
        return None


def _read(name: str, encoding: str | None, include_text: bool, limits: Limits) -> Outline:
    if name == "-":
        data = read_stream(sys.stdin.buffer, "<stdin>", limits)
        return parse_bytes(data, name="<stdin>", encoding=encoding, include_text=include_text, limits=limits)
    return parse_file(name, encoding=encoding, include_text=include_text, limits=limits)


def _output(text: str, path: str | None) -> None:
    if path is None:
        _write(text)
    else:
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)


_COMMANDS = {"chunks": _chunks, "view": _view}


def _limit(option: str) -> tuple[str, int]:
    """--limit NAME=N → (name, n), refused by argparse when the name or number is wrong."""
    key, _, value = option.partition("=")
    if key.strip() not in Limits.names() or not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"expected NAME=N with NAME one of {', '.join(Limits.names())}")
    return key.strip(), int(value)


def _parse(args: argparse.Namespace) -> int:
    return batch.run(args)  # one file or millions: inputs, workers and the ordered output live in batch


def _write(text: str | bytes) -> None:
    sys.stdout.buffer.write(text if isinstance(text, bytes) else text.encode("utf-8", "backslashreplace"))


if __name__ == "__main__":
    sys.exit(main())
