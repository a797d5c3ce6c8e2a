"""The `orgdoc` command: a thin shell over the API.

    orgdoc parse FILE [FILE …] [--format json|markdown|tree] [--encoding ENC] [--include-text]
    orgdoc chunks FILE [FILE …] [-o OUT.jsonl] [--max-chars N] [--overlap N]
    orgdoc view FILE [-o PAGE.html]
    orgdoc schema

`-` reads standard input. A file that cannot be read is reported on standard error and the batch
goes on; the exit status is 1 if any file failed. With several files, `--format json` prints an
array with one element per file, in order: its outline, or `{"path": …, "error": …}`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .api import parse_bytes, parse_file
from .errors import OrgdocError
from .load import Limits, read_stream
from .load._common import safe_name
from .export import EXPORTS, FORMATS, json_schema, render, to_json
from .models import Outline


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments().parse_args(argv)
    if args.command == "schema":
        _write(json_schema() + "\n")
        return 0
    if args.command in _COMMANDS:
        return _COMMANDS[args.command](args)
    return _parse(args)


def _arguments() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="orgdoc", description="Outline Chinese speeches and official documents.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="print the outline of each file")
    p.add_argument("files", nargs="+", help="text, .docx, .html, .md or .pdf files; - reads standard input")
    p.add_argument("--format", "-f", choices=[*FORMATS, *EXPORTS], default="tree")
    p.add_argument("--encoding", help="the text encoding, instead of detecting it (e.g. gb18030)")
    p.add_argument("--include-text", action="store_true", help="put the text the offsets refer to in the JSON")
    p.add_argument("--limit", action="append", default=[], type=_limit, metavar="NAME=N",
                   help=f"raise or lower a budget ({', '.join(Limits.names())}; docs/limits.md)")
    sub.add_parser("schema", help="print the JSON Schema of the JSON output")
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
        return _read(name, encoding, include_text, Limits())
    except Exception as exc:  # noqa: BLE001 - as in parse: one bad file does not stop the batch
        shown = safe_name(name) or name
        message = str(exc) if isinstance(exc, OrgdocError) else f"cannot read {shown}: {type(exc).__name__}: {exc}"
        print(f"orgdoc: {message}", file=sys.stderr)
        return None


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
    results: list[str] = []  # JSON of each input in order: its outline, or {"path", "error"}
    failed = 0
    limits = Limits(**dict(args.limit))
    for name in args.files:
        try:
            outline = _read(name, args.encoding, args.include_text, limits)
        except Exception as exc:  # noqa: BLE001 - one bad file does not stop the batch, whatever it raised
            shown = safe_name(name) or name
            message = str(exc) if isinstance(exc, OrgdocError) else f"cannot read {shown}: {type(exc).__name__}: {exc}"
            print(f"orgdoc: {message}", file=sys.stderr)
            results.append(json.dumps({"path": shown, "error": message}, ensure_ascii=False))
            failed += 1
            continue
        if args.format == "json":  # built only when printed
            results.append(to_json(outline))
        else:
            if len(args.files) > 1:
                _write(f"==> {safe_name(name)} <==\n")
            _write(render(outline, args.format))
    if args.format == "json" and len(args.files) > 1:
        _write("[" + ",\n".join(results) + "]\n")  # one element per input, failed ones included
    elif args.format == "json" and not failed:
        _write(results[0] + "\n")
    return 1 if failed else 0


def _read(name: str, encoding: str | None, include_text: bool, limits: Limits) -> Outline:
    if name == "-":
        data = read_stream(sys.stdin.buffer, "<stdin>", limits)
        return parse_bytes(data, name="<stdin>", encoding=encoding, include_text=include_text, limits=limits)
    return parse_file(name, encoding=encoding, include_text=include_text, limits=limits)


def _write(text: str | bytes) -> None:
    sys.stdout.buffer.write(text if isinstance(text, bytes) else text.encode("utf-8", "backslashreplace"))


if __name__ == "__main__":
    sys.exit(main())
