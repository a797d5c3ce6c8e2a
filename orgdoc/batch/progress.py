"""A progress bar on standard error: documents done, documents a second, failures.

Shown only to a person watching: off when standard error is not a terminal (a log file, CI) and
with `-q`. tqdm draws it; without tqdm installed the batch runs the same, without a bar.
"""

from __future__ import annotations

import sys
from typing import Any


class Progress:
    def __init__(self, enabled: bool = True) -> None:
        self.bar: Any = None
        self.failed = 0
        if enabled and sys.stderr.isatty():
            try:
                from tqdm import tqdm
            except ImportError:
                return
            # No monitor thread: a process running threads starts its workers from a fork server
            # (batch.pool), slower to start; the bar is drawn from the writer's loop anyway.
            tqdm.monitor_interval = 0
            self.bar = tqdm(unit=" doc", file=sys.stderr, dynamic_ncols=True, mininterval=0.2,
                            postfix={"failed": 0})

    def update(self, failed: int) -> None:
        if self.bar is None:
            return
        if failed != self.failed:
            self.failed = failed
            self.bar.set_postfix(failed=failed, refresh=False)
        self.bar.update(1)

    def report(self, message: str) -> None:
        """A message on standard error that does not tear the bar."""
        if self.bar is None:
            print(message, file=sys.stderr)
        else:
            self.bar.write(message, file=sys.stderr)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
