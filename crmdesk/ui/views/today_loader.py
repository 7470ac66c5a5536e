"""Reads the Today view off the GUI thread, so the window paints at once on a big file.

One read at a time: a request while one runs is remembered and made when it ends (the newest
wins). The read opens its own short session in the worker thread (a Session never crosses
threads) and hands back plain dataclasses. Running jobs are kept referenced until they end,
even if the page that asked is gone meanwhile (a new file was opened).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import ClassVar

from PySide6.QtCore import QObject, QThreadPool, Signal

from crmdesk.context import AppContext
from crmdesk.errors import CrmError
from crmdesk.jobs.control import JobControl
from crmdesk.jobs.runner import Job
from crmdesk.services.today import TodayView
from crmdesk.ui.operations import activity

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TodayLoad:
    """What one read found: the view, and whether the file has no customer at all."""

    view: TodayView
    empty_file: bool


def read_today(ctx: AppContext, now: datetime, tz: tzinfo, limit: int) -> TodayLoad:
    view = activity.load_today(ctx, now=now, tz=tz, limit=limit)
    return TodayLoad(view, view.is_empty and activity.file_is_empty(ctx))


class TodayLoader(QObject):
    """``request()`` a read; ``loaded(TodayLoad)`` or ``failed(message)`` comes back."""

    loaded = Signal(object)
    failed = Signal(str)
    running_jobs: ClassVar[set[Job]] = set()

    def __init__(self, ctx: AppContext, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.limit = ctx, limit
        self._job: Job | None = None
        self._next: tuple[datetime, tzinfo] | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def request(self, now: datetime, tz: tzinfo) -> None:
        if self._job is not None:
            self._next = (now, tz)
            return
        ctx, limit = self.ctx, self.limit

        def work(_control: JobControl) -> TodayLoad:
            return read_today(ctx, now, tz, limit)

        job = Job(work, pool=QThreadPool.globalInstance())
        job.succeeded.connect(self.loaded)
        job.failed.connect(self._on_failed)
        job.finished.connect(self._on_finished)
        job.finished.connect(lambda: TodayLoader.running_jobs.discard(job))
        TodayLoader.running_jobs.add(job)
        self._job = job
        job.start()

    def _on_failed(self, error: object) -> None:
        log.warning("reading Today failed: %r", error)  # the traceback is in the job's log
        self.failed.emit(str(error) if isinstance(error, CrmError) else "")

    def _on_finished(self) -> None:
        self._job = None
        if self._next is not None:
            now, tz = self._next
            self._next = None
            self.request(now, tz)
