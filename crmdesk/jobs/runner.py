"""Run a job off the GUI thread and post its progress and result back to it.

Writes go through one pool of one thread (`writer_pool`), so two jobs never write the file at
the same time; reads may use the global pool. The runnable is kept referenced until it ends
and `setAutoDelete(False)` stops Qt from deleting the Python object under us.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from crmdesk.jobs.control import Cancelled, JobControl

log = logging.getLogger(__name__)

SHOW_PROGRESS_AFTER_MS = 500


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[JobControl], Any], signals: _Signals, control: JobControl):
        super().__init__()
        self.setAutoDelete(False)
        self._work = work
        self._signals = signals
        self._control = control

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except Cancelled:
            self._post(self._signals.cancelled.emit)
        except Exception as error:  # reported to the GUI thread, which decides what to show
            log.error("job failed:\n%s", traceback.format_exc())
            self._post(self._signals.failed.emit, error)
        else:
            self._post(self._signals.succeeded.emit, result)

    @staticmethod
    def _post(emit: Callable[..., None], *args: object) -> None:
        """Emit unless the application is already tearing the receivers down (quit mid-job)."""
        try:
            emit(*args)
        except RuntimeError:
            log.info("job finished after its window was closed; result dropped")


class Job(QObject):
    """One background job. Connect to the signals, then call `start()`.

    `show_progress` fires once, ~500 ms after start, if the job is still running: that is when a
    progress dialog should appear (short jobs never flash one).
    """

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()
    show_progress = Signal()

    def __init__(
        self,
        work: Callable[[JobControl], Any],
        *,
        pool: QThreadPool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self.control = JobControl(self._emit_progress)
        self._runnable = _Runnable(work, self._signals, self.control)
        self._pool = pool
        self.running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._maybe_show_progress)
        self._signals.progress.connect(self.progress)
        self._signals.succeeded.connect(self._on_succeeded)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)

    def _emit_progress(self, done: int, total: int, message: str) -> None:
        try:
            self._signals.progress.emit(done, total, message)
        except RuntimeError:  # the window went away while the job was still running
            self.control.cancel()

    def start(self) -> None:
        self.running = True
        self._timer.start(SHOW_PROGRESS_AFTER_MS)
        self._pool.start(self._runnable)

    def cancel(self) -> None:
        self.control.cancel()

    def _maybe_show_progress(self) -> None:
        if self.running:
            self.show_progress.emit()

    def _end(self) -> None:
        self.running = False
        self._timer.stop()
        self.finished.emit()

    def _on_succeeded(self, result: object) -> None:
        self._end()
        self.succeeded.emit(result)

    def _on_failed(self, error: object) -> None:
        self._end()
        self.failed.emit(error)

    def _on_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()


def writer_pool() -> QThreadPool:
    """The single-thread pool every writing job uses (created once per process)."""
    global _WRITER_POOL
    if _WRITER_POOL is None:
        _WRITER_POOL = QThreadPool()
        _WRITER_POOL.setMaxThreadCount(1)
    return _WRITER_POOL


_WRITER_POOL: QThreadPool | None = None
