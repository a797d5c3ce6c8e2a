"""The `orgdoc` command: a thin shell over the API.

    orgdoc parse FILE|DIR|GLOB|- … [--format tree|json|markdown|jsonl] [--encoding ENC] [--include-text]
                 [-r] [--files-from LIST] [-o FILE|DIR/] [-j N] [--resume] [--timeout S] [-q]
                 [--engine pool|ray [--address ADDR]]
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

from . import __version__, batch
from .export import FORMATS, json_schema
from .load import Limits


def main(argv: Sequence[str] | None = None) -> int:
    args = _arguments().parse_args(argv)
    if args.command == "schema":
        _write((batch.schema_text() if args.record else json_schema()) + "\n")
        return 0
    return _parse(args)


def _arguments() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="orgdoc", description="Outline Chinese speeches and official documents.")
    ap.add_argument("--version", action="version", version=f"orgdoc {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="print the outline of each file")
    p.add_argument("files", nargs="*", help="files, folders or globs (.txt .docx .html .md .pdf); - reads stdin")
    p.add_argument("--format", "-f", choices=(*FORMATS, *batch.BATCH_FORMATS),
                   help="tree (the default), json, markdown, or jsonl (the default with -o FILE)")
    p.add_argument("--encoding", help="the text encoding, instead of detecting it (e.g. gb18030)")
    p.add_argument("--include-text", action="store_true", help="put the text the offsets refer to in the JSON")
    p.add_argument("--limit", action="append", default=[], type=_limit, metavar="NAME=N",
                   help=f"raise or lower a budget ({', '.join(Limits.names())}; docs/limits.md)")
    batch.add_arguments(p)
    s = sub.add_parser("schema", help="print the JSON Schema of the JSON output")
    s.add_argument("--record", action="store_true", help="the schema of one JSON Lines record: outline or failure")
    return ap


def _limit(option: str) -> tuple[str, int]:
    """--limit NAME=N → (name, n), refused by argparse when the name or number is wrong."""
    key, _, value = option.partition("=")
    if key.strip() not in Limits.names() or not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"expected NAME=N with NAME one of {', '.join(Limits.names())}")
    return key.strip(), int(value)


def _parse(args: argparse.Namespace) -> int:
    return batch.run(args)  # one file or millions: inputs, workers and the ordered output live in batch


def _write(text: str) -> None:
    sys.stdout.buffer.write(text.encode("utf-8", "backslashreplace"))


if __name__ == "__main__":
    sys.exit(main())
