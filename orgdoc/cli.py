"""The `orgdoc` command: a thin shell over the API.

    orgdoc parse FILE [FILE …] [--format json|markdown|tree] [--encoding ENC] [--include-text]
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
from .export import FORMATS, json_schema, render, to_json
from .models import Outline


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments().parse_args(argv)
    if args.command == "schema":
        _write(json_schema() + "\n")
        return 0
    return _parse(args)


def _arguments() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="orgdoc", description="Outline Chinese speeches and official documents.")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="print the outline of each file")
    p.add_argument("files", nargs="+", help="text, .docx, .html, .md or .pdf files; - reads standard input")
    p.add_argument("--format", "-f", choices=FORMATS, default="tree")
    p.add_argument("--encoding", help="the text encoding, instead of detecting it (e.g. gb18030)")
    p.add_argument("--include-text", action="store_true", help="put the text the offsets refer to in the JSON")
    p.add_argument("--limit", action="append", default=[], type=_limit, metavar="NAME=N",
                   help=f"raise or lower a budget ({', '.join(Limits.names())}; docs/limits.md)")
    sub.add_parser("schema", help="print the JSON Schema of the JSON output")
    return ap


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


def _write(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))


if __name__ == "__main__":
    sys.exit(main())
