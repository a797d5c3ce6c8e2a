"""Results in input order from a pool of worker processes, with bounded work in flight.

`multiprocessing.Pool.imap` alone reads its whole input at once (a thread feeds every task into an
unbounded queue) and keeps every finished result a slow writer has not taken yet: memory grows with
the batch. Here the input is fed through a semaphore that the writer releases once per result
written, so at most `window` inputs and their results exist at any time, for any number of inputs.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from typing_extensions import Self  # typing.Self from Python 3.11

from orgdoc.grammar import prepare

from .inputs import Input
from .work import Options, Result, outline_result, start_worker, work_batch


def in_process(items: Iterable[Input], options: Options, pieces: bool = False) -> Iterator[tuple[Input, Result]]:
    """-j 1: no pool, no copies; the same worker function, in this process (`pieces`: see work.Result)."""
    start_worker(options, ignore_interrupt=False)
    for item in items:
        yield item, outline_result(item, options, pieces)


BATCH_BYTES = 1 << 20  # input bytes a batch closes at: big files go a few at a time


def _size(item: Input) -> int:
    if item.data is not None:
        return len(item.data)
    try:
        return os.path.getsize(item.path) if item.error is None else 0
    except OSError:
        return 0  # the worker reports it


def start_method() -> str | None:
    """`fork` (fast: the workers share the parsed grammar) unless this process runs other threads.

    A fork copies only the forking thread: a lock another thread held (a Ray or gRPC runtime in a
    notebook or a test, a logging handler) stays locked in the worker, which can hang on it forever.
    Python 3.12 warns of this case; here such a process starts its workers from a fork server."""
    if not sys.platform.startswith("linux"):
        return None  # the platform's default: spawn on Windows and macOS, where a fork is unsafe
    return "fork" if thread_count() <= 1 else "forkserver"


def thread_count() -> int:
    """The threads of this process, native ones included (`threading` sees only Python's own)."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:  # no /proc: trust Python's count
        return threading.active_count()


class Pool:
    """`with Pool(jobs, options) as pool: for item, result in pool.results(items): …`"""

    def __init__(self, jobs: int, options: Options, chunksize: int = 64, window: int | None = None,
                 batch_bytes: int = BATCH_BYTES) -> None:
        self.chunksize, self.batch_bytes = chunksize, batch_bytes
        # Enough to keep every worker busy while the writer catches up, small enough to stay flat.
        self.window = window or jobs * chunksize * 4
        self._slots = threading.Semaphore(max(1, self.window // chunksize))  # a slot a batch
        self._stopped = threading.Event()
        context = multiprocessing.get_context(start_method())
        if context.get_start_method() == "forkserver":
            context.set_forkserver_preload([__name__])  # the server imports orgdoc once, not each worker
        elif context.get_start_method() == "fork":
            prepare()  # the grammar built once, here, not once in every worker
        self._pool = context.Pool(jobs, initializer=start_worker, initargs=(options,))

    def results(self, items: Iterable[Input]) -> Iterator[tuple[Input, Result]]:
        """Each task is a batch of up to `chunksize` inputs (fewer when their files are big: `_batch`), so
        the pool's threads hand over one list a batch rather than one result a document (that traffic
        cost the parent a fifth of a worker's time)."""
        sent: deque[list[Input]] = deque()  # the batches handed to the pool, in order, awaiting results

        def feed() -> Iterator[list[Input]]:  # runs in the pool's task-feeding thread
            inputs = iter(items)
            while True:
                while not self._slots.acquire(timeout=0.1):
                    if self._stopped.is_set():
                        return
                batch = self._batch(inputs)
                if not batch or self._stopped.is_set():
                    return
                sent.append(batch)
                yield batch

        for results in self._pool.imap(work_batch, feed()):
            yield from zip(sent.popleft(), results)
            self._slots.release()

    def _batch(self, inputs: Iterator[Input]) -> list[Input]:
        """The next inputs up to `chunksize`, or up to the first that brings their files past
        `batch_bytes`: a worker holds a whole batch's outputs until it hands them over."""
        batch: list[Input] = []
        size = 0
        for item in islice(inputs, self.chunksize):
            batch.append(item)
            size += _size(item)
            if size >= self.batch_bytes:
                break
        return batch

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        """A finished batch closes the pool; an interrupted one stops feeding and kills the workers.

        Not `Pool.terminate()` after Ctrl-C: its task-feeding thread can be left waiting on the task
        queue's lock, and terminate (at exit too, from the pool's finalizer) then waits forever. The
        caller ends the process without the finalizers (`abandoned`)."""
        self._stopped.set()
        if kind is None:
            self._pool.close()
            self._pool.join()
        elif not issubclass(kind, KeyboardInterrupt):  # a closed pipe, a bug: the workers are idle
            self._pool.terminate()
            self._pool.join()
        else:
            for worker in multiprocessing.active_children():
                worker.kill()
            global _abandoned
            _abandoned = True


_abandoned = False


def abandoned() -> bool:
    """Whether a pool was cut short in this process (its finalizer must not run: see Pool.__exit__)."""
    return _abandoned
