"""Progress and cancel for long work, without Qt, so the CLI and tests use the same code.

Long operations (import, export, reports, demo) take a `JobControl`, call `progress()` as they
go and `check()` at safe points; `check()` raises `Cancelled` once the user asked to stop. The
caller's transaction then rolls back, so a cancelled job changes nothing.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class JobControl:
    """Thread-safe cancel flag plus a throttled progress callback."""

    def __init__(self, on_progress: ProgressCallback | None = None, *, interval: float = 0.1):
        self._cancel = threading.Event()
        self._on_progress = on_progress
        self._interval = interval
        self._last = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop; call this between chunks of work."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, message: str = "", *, force: bool = False) -> None:
        """Report progress (at most every `interval` seconds unless forced) and check cancel."""
        self.check()
        if self._on_progress is None:
            return
        now = time.monotonic()
        if force or done >= total or now - self._last >= self._interval:
            self._last = now
            self._on_progress(done, total, message)


def quiet() -> JobControl:
    """A control for callers that neither show progress nor cancel (CLI, tests)."""
    return JobControl()
