"""Step 5: the import runs as a background job, with progress and Cancel.

The whole import is one transaction on the writer thread: Cancel (or an error) rolls it back
and the file is exactly as before. When it ends the wizard moves on to the summary.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from crmdesk.errors import CrmError
from crmdesk.exchange.importing.model import ImportSummary
from crmdesk.jobs.runner import Job, writer_pool
from crmdesk.ui.dialogs.import_wizard.base import ImportState, WizardPage
from crmdesk.ui.operations import imports
from crmdesk.ui.widgets.empty_state import disc_pixmap
from crmdesk.ui.widgets.tones import BAD, INFO, MutedLabel, Notice

IDLE, RUNNING, CANCELLING, STOPPED = "idle", "running", "cancelling", "stopped"


class RunPage(WizardPage):
    done = Signal(object)  # ImportSummary

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.phase = IDLE
        self.job: Job | None = None
        self.disc = QLabel(self)
        self.disc.setFixedSize(88, 88)
        self.headline = QLabel(self)
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.headline.setFont(font)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(420)
        self.step = MutedLabel("", self)
        self.step.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result = Notice(INFO, self)
        self.result.setFixedWidth(420)
        self.result.hide()
        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addStretch(2)
        column.addWidget(self.disc, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.headline)
        column.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.step)
        column.addWidget(self.result, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(3)
        self._restyle()
        self.retranslate()

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()
        self.disc.setPixmap(disc_pixmap("import", palette, self.devicePixelRatioF()))

    # ------------------------------------------------------------------ texts
    def title(self) -> str:
        return self.tr("Importing")

    def subtitle(self) -> str:
        return self.tr("You can cancel at any moment: then nothing is changed.")

    def step_title(self) -> str:
        return self.tr("Import")

    def retranslate(self) -> None:
        plan = self.state.plan
        rows = len(plan.rows) if plan is not None else 0
        text = (
            self.tr("Importing 1 row…") if rows == 1 else self.tr("Importing %Ln rows…", "", rows)
        )
        self.headline.setText(text)

    def _step_text(self, message: str) -> str:
        known = {
            "Reading rows": self.tr("Reading rows"),
            "Checking rows": self.tr("Checking rows"),
            "Writing records": self.tr("Writing records"),
            "Indexing for search": self.tr("Indexing for search"),
        }
        return known.get(message, message)

    # ------------------------------------------------------------------ the job
    def enter(self) -> None:
        """Start the import (the plan made on the preview page is written as it is)."""
        plan, path = self.state.plan, self.state.path
        assert plan is not None and path is not None
        self.retranslate()
        self.phase = RUNNING
        self.result.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.step.setText(self.tr("Starting…"))
        work = imports.run_job(self.state.host.ctx, plan, source_name=path.name)
        self.job = Job(work, pool=writer_pool(), parent=self)
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.complete_changed.emit()
        self.job.start()

    def _progress(self, done: int, total: int, message: str) -> None:
        if self.phase != RUNNING:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        locale = QLocale()
        text = self.tr("%1: %2 of %3").replace("%1", self._step_text(message))
        self.step.setText(
            text.replace("%2", locale.toString(done)).replace("%3", locale.toString(total))
        )

    def cancel(self) -> None:
        if self.phase == RUNNING and self.job is not None:
            self.phase = CANCELLING
            self.job.cancel()
            self.step.setText(self.tr("Cancelling…"))
            self.complete_changed.emit()

    def _succeeded(self, summary: ImportSummary) -> None:
        self.phase = IDLE
        self.state.summary = summary
        if summary.changes:
            self.state.host.notify_changed(summary.changes)
        self.done.emit(summary)

    def _cancelled(self) -> None:
        self._stopped(self.tr("The import was cancelled. Nothing was changed."), INFO)

    def _failed(self, error: object) -> None:
        if isinstance(error, CrmError):
            message = self.tr("The import stopped: %1 Nothing was changed.").replace(
                "%1", str(error)
            )
        else:
            message = self.tr("The import stopped because of an error. Nothing was changed.")
        self._stopped(message, BAD)
        if isinstance(error, BaseException) and not isinstance(error, CrmError):
            sys.excepthook(type(error), error, error.__traceback__)

    def _stopped(self, message: str, tone: str) -> None:
        self.phase = STOPPED
        self.progress.hide()
        self.step.setText("")
        self.result.show_message(message, tone)
        self.complete_changed.emit()

    @property
    def running(self) -> bool:
        return self.phase in (RUNNING, CANCELLING)

    def is_complete(self) -> bool:
        return False

    def can_go_back(self) -> bool:
        return not self.running
