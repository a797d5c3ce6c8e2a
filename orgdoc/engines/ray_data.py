"""Outlines over a Ray cluster with Ray Data (extra `orgdoc[ray]`: `pip install 'orgdoc[ray]'`).

    >>> import ray, orgdoc.engines.ray_data as od                                  # doctest: +SKIP
    >>> ds = ray.data.from_items([{"path": p} for p in paths])                    # doctest: +SKIP
    >>> outlines = od.parse_dataset(ds)            # rows: path, outline (JSON), error  # doctest: +SKIP
    >>> outlines.write_json("s3://bucket/outlines/")                               # doctest: +SKIP

`parse_dataset` is one `map_batches` over Ray tasks: each batch of paths (read by the worker, so
they must be visible from every node: a shared file system, or use kind="bytes" after
`ray.data.read_binary_files(..., include_paths=True)`), texts or bytes becomes a batch of records,
the outline as the same JSON `orgdoc parse --format jsonl` writes, or an error message. `rows=`
turns each outline into any number of rows instead (sections, chunks). `orgdoc parse … --engine ray
[--address ADDR]` runs the command's own inputs and output through `ordered_results`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

import numpy as np
import ray
import ray.data

from orgdoc.api import parse, parse_bytes, parse_file
from orgdoc.batch.inputs import Input
from orgdoc.batch.work import Options, Result, outline_result
from orgdoc.errors import OrgdocError
from orgdoc.load import DEFAULT_LIMITS, Limits
from orgdoc.load._common import safe_name
from orgdoc.models import Outline

__all__ = ["ordered_results", "parse_dataset"]

KINDS = ("path", "text", "bytes")
RowMaker = Callable[[Outline], Iterable[dict[str, Any]]]


def parse_dataset(ds: ray.data.Dataset, *, column: str = "path", kind: str = "path", path_column: str = "path",
                  encoding: str | None = None, include_text: bool = False, limits: Limits = DEFAULT_LIMITS,
                  rows: RowMaker | None = None, batch_size: int = 64, **map_batches_args: Any) -> ray.data.Dataset:
    """Outlines of a dataset's documents, one `map_batches` step.

    `column` holds what to parse, as `kind`: "path" (a file every worker can read), "text" (str) or
    "bytes" (the file's bytes; `path_column`, when present, names it for format and errors).
    `limits` are the loaders' budgets (docs/limits.md). Without `rows`, each input gives one row {path, outline, error}: the outline as JSON text (None on
    failure), or the error message. With `rows`, each outline gives the rows `rows(outline)` returns,
    each with the input's `path` added, and failed inputs give {path, error}.
    Other keyword arguments go to `map_batches` (concurrency, num_cpus, …).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}")
    options = {"column": column, "kind": kind, "path_column": path_column, "encoding": encoding,
               "include_text": include_text, "limits": limits, "rows": rows}
    return ds.map_batches(_outline_batch,  # type: ignore[arg-type]  # Ray's stub wants keyword-free UDFs
                          fn_kwargs=options, batch_format="numpy", batch_size=batch_size,
                          **map_batches_args)


def _outline_batch(batch: dict[str, np.ndarray], *, column: str, kind: str, path_column: str,
                   encoding: str | None, include_text: bool, limits: Limits,
                   rows: RowMaker | None) -> dict[str, np.ndarray]:
    paths = batch.get(path_column) if path_column != column or kind == "path" else None
    out: list[dict[str, Any]] = []
    for k, value in enumerate(batch[column]):
        name = None if paths is None else _str(paths[k])
        try:
            outline = _parse_one(value, kind, name, encoding, include_text, limits)
        except Exception as exc:  # noqa: BLE001  # one bad document must not abort the whole dataset
            failure = {"path": name, "error": _message(exc, name)}
            out.append(failure if rows else {**failure, "outline": None})
            continue
        if rows is None:
            out.append({"path": name, "outline": outline.model_dump_json(), "error": None})
        else:
            out.extend({"path": name, **row} for row in rows(outline))
    return _columns(out)


def _parse_one(value: Any, kind: str, name: str | None, encoding: str | None, include_text: bool,
               limits: Limits) -> Outline:
    if kind == "text":
        return parse(_str(value), include_text=include_text)
    if kind == "bytes":
        return parse_bytes(bytes(value), name=name, encoding=encoding, include_text=include_text, limits=limits)
    return parse_file(_str(value), encoding=encoding, include_text=include_text, limits=limits)


def _message(exc: Exception, name: str | None) -> str:
    """As the command words it: an OrgdocError's own message, anything else an internal error."""
    if isinstance(exc, OrgdocError):
        return str(exc)
    return f"internal error ({type(exc).__name__}: {exc}): {safe_name(name)}"


def _str(value: Any) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def _columns(records: list[dict[str, Any]]) -> dict[str, np.ndarray]:
    """Rows to the column batch Ray Data wants; a key missing from a row is None there."""
    keys: dict[str, None] = {}
    for record in records:
        keys.update(dict.fromkeys(record))
    return {key: np.array([r.get(key) for r in records], dtype=object) for key in keys}


# The command's engine: the same inputs, options and records as the process pool.


def ordered_results(items: Iterable[Input], options: Options, *, address: str | None = None,
                    jobs: int | None = None, window: int = 20_000) -> Iterator[tuple[Input, Result]]:
    """(input, result) in input order, computed on Ray; `window` inputs are sent at a time, so the
    driver holds at most that many."""
    _connect(address, jobs)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # the output is in input order
    context.enable_progress_bars = False  # the command draws its own
    iterator = iter(items)
    while chunk := list(islice(iterator, window)):
        # No None in a column: Arrow would type an all-None column as floats (NaN).
        rows = [{"index": k, "path": i.path, "relative": i.relative, "data": i.data or b"",
                 "stdin": i.data is not None, "error": i.error or ""} for k, i in enumerate(chunk)]
        ds = ray.data.from_items(rows).map_batches(_records_batch,  # type: ignore[arg-type]  # as above
                                                   fn_kwargs={"options": options},
                                                   batch_format="numpy", batch_size=64)
        for row in ds.iter_rows():
            yield chunk[row["index"]], (row["text"], row["failure"] or None)


def _records_batch(batch: dict[str, np.ndarray], *, options: Options) -> dict[str, np.ndarray]:
    results = []
    for k in range(len(batch["index"])):
        item = Input(_str(batch["path"][k]), _str(batch["relative"][k]),
                     bytes(batch["data"][k]) if batch["stdin"][k] else None, _str(batch["error"][k]) or None)
        text, failure = outline_result(item, options)
        results.append({"index": int(batch["index"][k]), "text": text, "failure": failure or ""})
    return _columns(results)


def _connect(address: str | None, jobs: int | None) -> None:
    """Join the cluster at `address`, or start one on this machine with `jobs` CPUs."""
    # Ray Data's plans, timings and progress-bar notice are not ours to print; its errors still show.
    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if ray.is_initialized():
        return
    if address is None:
        ray.init(num_cpus=jobs, include_dashboard=False, log_to_driver=False, configure_logging=False)
    else:
        ray.init(address=address, log_to_driver=False, configure_logging=False)
