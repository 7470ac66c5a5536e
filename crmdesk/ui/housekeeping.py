"""Work that follows opening a file but must never delay the first paint.

Counting a million rows for the status bar and the daily automatic backup (a full copy of
the file) both run as background jobs; the window paints first and fills in when they end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from crmdesk.context import AppContext
from crmdesk.jobs.control import JobControl
from crmdesk.jobs.runner import Job
from crmdesk.ui import ops

log = logging.getLogger(__name__)


class Housekeeping(QObject):
    """Starts the jobs and keeps them referenced until they end (architecture rule 4)."""

    counts_ready = Signal(object)  # dict[str, int]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: set[Job] = set()

    def count_records(self, ctx: AppContext) -> None:
        job = self._start(lambda _control: ops.record_counts(ctx))
        job.succeeded.connect(self.counts_ready)

    def backup_if_due(self, ctx: AppContext) -> None:
        def work(_control: JobControl) -> None:
            from crmdesk.db.backup import backup_if_due

            written = backup_if_due(ctx)
            if written is not None:
                log.info("automatic backup written to %s", written)

        job = self._start(work)
        job.failed.connect(lambda error: log.warning("automatic backup failed: %s", error))

    def _start(self, work: Callable[[JobControl], object]) -> Job:
        job = Job(work, pool=QThreadPool.globalInstance(), parent=self)
        self._jobs.add(job)
        job.finished.connect(lambda: self._jobs.discard(job))
        job.start()
        return job

    @property
    def busy(self) -> bool:
        return bool(self._jobs)
