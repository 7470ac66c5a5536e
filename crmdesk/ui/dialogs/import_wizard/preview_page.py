"""Step 4: what the import will do, before anything is written.

Counts of rows created, updated, skipped and failing; what a duplicate does (skip, fill the
empty fields, overwrite, or create anyway); the first rows as they will be stored with every
problem on its cell. The plan is made in a background job when the file is large (the GUI
stays responsive; a newer request cancels an older one).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QProgressBar,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.errors import CrmError
from crmdesk.exchange.importing.model import (
    DuplicatePolicy,
    ImportPlan,
    RowAction,
    UpdateMode,
)
from crmdesk.jobs.control import JobControl
from crmdesk.jobs.runner import Job
from crmdesk.ui.dialogs.import_wizard.base import ImportState, WizardPage, section_label
from crmdesk.ui.dialogs.import_wizard.date_question import DateOrderQuestion
from crmdesk.ui.dialogs.import_wizard.preview_model import PreviewModel
from crmdesk.ui.dialogs.import_wizard.texts import entity_noun
from crmdesk.ui.operations import imports
from crmdesk.ui.widgets.tones import (
    BAD,
    GOOD,
    INFO,
    NEUTRAL,
    WARN,
    CountTile,
    MutedLabel,
    Notice,
)

PREVIEW_LIMIT = 200
POLICIES = (
    (DuplicatePolicy.SKIP, UpdateMode.FILL_EMPTY),
    (DuplicatePolicy.UPDATE, UpdateMode.FILL_EMPTY),
    (DuplicatePolicy.UPDATE, UpdateMode.OVERWRITE),
    (DuplicatePolicy.CREATE, UpdateMode.FILL_EMPTY),
)


class PreviewPage(WizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._request = 0
        self.job: Job | None = None
        self.tiles = {
            RowAction.CREATE: CountTile(GOOD, "add", self),
            RowAction.UPDATE: CountTile(INFO, "edit", self),
            RowAction.SKIP: CountTile(NEUTRAL, "forward", self),
            RowAction.FAIL: CountTile(BAD, "warning", self),
        }
        self.policy_label = section_label(self)
        self.policy_label.setWordWrap(True)
        self.policy_group = QButtonGroup(self)
        self.policy_buttons = [QRadioButton(self) for _ in POLICIES]
        for position, button in enumerate(self.policy_buttons):
            self.policy_group.addButton(button, position)
        self.policy_buttons[0].setChecked(True)
        self.policy_group.idClicked.connect(self._policy_chosen)
        self.question = DateOrderQuestion(self)
        self.question.changed.connect(self._date_order_chosen)
        self.question.hide()
        self.notices = Notice(WARN, self)
        self.notices.hide()
        self.error = Notice(BAD, self)
        self.error.hide()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.only_problems = QCheckBox(self)
        self.only_problems.toggled.connect(lambda _on: self._show_rows())
        self.shown_label = MutedLabel("", self)
        self.model = PreviewModel(self)
        self.view = self._make_view()
        self._lay_out()
        self.retranslate()

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(28)
        view.horizontalHeader().setMaximumSectionSize(300)
        view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        )
        return view

    def _lay_out(self) -> None:
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        policies = QGridLayout()
        policies.setHorizontalSpacing(24)
        policies.setVerticalSpacing(4)
        policies.setContentsMargins(0, 0, 0, 0)
        for position, button in enumerate(self.policy_buttons):
            policies.addWidget(button, position // 2, position % 2)
        policies.setColumnStretch(2, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.shown_label, 1)
        bar.addWidget(self.only_problems)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(tiles)
        column.addWidget(self.policy_label)
        column.addLayout(policies)
        column.addWidget(self.question)
        column.addWidget(self.notices)
        column.addWidget(self.error)
        column.addWidget(self.busy)
        column.addLayout(bar)
        column.addWidget(self.view, 1)

    # ------------------------------------------------------------------ texts
    def title(self) -> str:
        return self.tr("Preview")

    def subtitle(self) -> str:
        return self.tr("Nothing has been written yet. Check the rows, then press Import.")

    def retranslate(self) -> None:
        noun = entity_noun(self.state.entity)
        self.policy_label.setText(
            self.tr("When a row matches one of the %1 already in crmdesk:").replace("%1", noun)
        )
        texts = (
            self.tr("Skip the row"),
            self.tr("Update: fill only empty fields"),
            self.tr("Update: overwrite with the file's values"),
            self.tr("Create a new record anyway"),
        )
        for button, text in zip(self.policy_buttons, texts, strict=True):
            button.setText(text)
        self.only_problems.setText(self.tr("Only rows with problems"))
        self._update_counts()

    def next_text(self) -> str | None:
        plan = self.state.plan
        if plan is None or not plan.rows:
            return self.tr("Import")
        rows = len(plan.rows)
        if rows == 1:
            return self.tr("Import 1 Row")
        return self.tr("Import %Ln Rows", "", rows)

    # ------------------------------------------------------------------ planning
    def enter(self) -> None:
        self.retranslate()
        self.question.hide()
        self.question.set_value(None)
        self.replan()

    def _policy_chosen(self, position: int) -> None:
        self.state.on_duplicate, self.state.update_mode = POLICIES[position]
        self.replan()

    def _date_order_chosen(self) -> None:
        self.state.date_order = self.question.value()
        self.replan()

    def replan(self) -> None:
        """Plan the whole file again with the current choices (in a job when it is big).

        One planning job at a time reads the file: a newer request cancels the running job
        and starts when it has stopped."""
        self._request += 1
        self.state.plan = None
        self.error.hide()
        if self.job is not None and self.job.running:
            self.job.cancel()  # _job_ended starts the newest request
            self._set_busy(True)
            return
        self._start(self._request)

    def _start(self, request: int) -> None:
        table, mapping = self.state.table, self.state.mapping
        assert table is not None and mapping is not None
        ctx, options = self.state.host.ctx, self.state.options()
        if imports.estimated_rows(table) <= imports.PLAN_IN_BACKGROUND:
            self._set_busy(False)
            try:
                plan = imports.plan(ctx, table, mapping, options)
            except CrmError as error:
                self._failed(request, error)
                return
            self._planned(request, plan)
            return

        def work(control: JobControl) -> ImportPlan:
            return imports.plan(ctx, table, mapping, options, control=control)

        self.job = Job(work, pool=QThreadPool.globalInstance(), parent=self)
        self.job.succeeded.connect(lambda plan: self._planned(request, plan))
        self.job.failed.connect(lambda error: self._failed(request, error))
        self.job.finished.connect(lambda: self._job_ended(request))
        self._set_busy(True)
        self.job.start()

    def _job_ended(self, request: int) -> None:
        if request != self._request:
            self._start(self._request)
        else:
            self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.view.setEnabled(not busy)
        self.complete_changed.emit()

    @property
    def planning(self) -> bool:
        return self.job is not None and self.job.running

    def _planned(self, request: int, plan: ImportPlan) -> None:
        if request != self._request:
            return
        self.state.plan = plan
        warnings = [p.message for p in plan.problems if p.severity != "error"]
        self.notices.show_message("\n".join(warnings))
        if plan.ambiguous and self.question.value() is None:
            headers = [a.column for a in plan.ambiguous]
            self.question.ask(headers, None)
            self.question.show()
        self._update_counts()
        self._show_rows()
        self.complete_changed.emit()

    def _failed(self, request: int, error: object) -> None:
        if request != self._request:
            return
        if isinstance(error, CrmError):
            self.error.show_message(str(error))
        elif isinstance(error, BaseException):  # a bug: the crash dialog, not a silent page
            sys.excepthook(type(error), error, error.__traceback__)

    def _update_counts(self) -> None:
        plan = self.state.plan
        counts = plan.counts() if plan is not None else {}
        noun = entity_noun(self.state.entity)
        captions = {
            RowAction.CREATE: (counts.get("created", 0), self.tr("new %1").replace("%1", noun)),
            RowAction.UPDATE: (counts.get("updated", 0), self.tr("%1 updated").replace("%1", noun)),
            RowAction.SKIP: (counts.get("skipped", 0), self.tr("rows skipped")),
            RowAction.FAIL: (counts.get("failed", 0), self.tr("rows that fail")),
        }
        for action, (count, caption) in captions.items():
            self.tiles[action].set_count(count, caption)

    def _show_rows(self) -> None:
        plan = self.state.plan
        if plan is None:
            return
        rows = plan.rows
        if self.only_problems.isChecked():
            rows = [r for r in rows if r.problems or r.action is RowAction.FAIL]
        shown = rows[:PREVIEW_LIMIT]
        raw = {row.number: row for row in self.state.rows}
        labels = {column.key: column.label for column in plan.custom_columns}
        self.model.set_rows(shown, plan.mapping, raw, labels)
        self.view.resizeColumnsToContents()
        locale = QLocale()
        if len(rows) > len(shown):
            text = self.tr("The first %1 of %2 rows").replace("%1", locale.toString(len(shown)))
            self.shown_label.setText(text.replace("%2", locale.toString(len(rows))))
        else:
            self.shown_label.setText(self.tr("All %Ln rows", "", len(rows)))

    def is_complete(self) -> bool:
        plan = self.state.plan
        return plan is not None and plan.ready and not self.planning

    def accept_page(self) -> bool:
        return self.is_complete()

    def can_go_back(self) -> bool:
        return not self.planning  # the job reads the file: the sheet page must not meanwhile

    def cancel_planning(self) -> None:
        if self.job is not None and self.job.running:
            self.job.cancel()
