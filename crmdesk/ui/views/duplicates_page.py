"""The "Find duplicates" page: groups of people who are probably the same, merged side by side.

Groups come from ``services.duplicates``: the same email, the same phone, the same name at the
same company, then similar names with a score (never merged without the user). Choosing a
group compares two of its people field by field (``MergeView``); Merge pushes an undoable
``MergeCommand`` on the window's undo stack. The search runs as a background job in big files.
"""

from __future__ import annotations

import sys
from typing import Any, cast

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QThreadPool
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.context import AppContext
from crmdesk.errors import CrmError
from crmdesk.jobs.control import JobControl
from crmdesk.jobs.runner import Job
from crmdesk.services.changes import Changes
from crmdesk.services.duplicates import DuplicateGroup
from crmdesk.ui.bidi import isolate
from crmdesk.ui.delegates.group_delegate import SUBTITLE_ROLE, TwoLineDelegate
from crmdesk.ui.icons import icon
from crmdesk.ui.operations import duplicates as ops
from crmdesk.ui.ops import OpsHost
from crmdesk.ui.undo import MergeCommand, push
from crmdesk.ui.views.bulk_bar import NoticeBar
from crmdesk.ui.views.merge_view import MergeView
from crmdesk.ui.views.record_list_page import LocalHost
from crmdesk.ui.widgets.empty_state import EmptyState
from crmdesk.ui.widgets.page_header import MARGIN, PageHeader

REASON_ICONS = {"email": "mail", "phone": "call", "name_company": "companies"}
Role = Qt.ItemDataRole


class DuplicatesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        names = ("changed", "undo_stack", "notify_changed")
        shell = parent if all(hasattr(parent, name) for name in names) else None
        announcer: Any = shell if shell is not None else LocalHost(ctx, self)
        self.host = cast(OpsHost, announcer)
        self.undo_stack: QUndoStack = getattr(shell, "undo_stack", None) or QUndoStack(self)
        announcer.changed.connect(self.on_changed)
        self.found = ops.Found([], {})
        self.job: Job | None = None
        self._stale = False
        self._build()
        self.retranslate()
        self.search()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.header = PageHeader(self)
        self.search_button = QPushButton(icon("refresh"), "", self)
        self.search_button.clicked.connect(self.search)
        self.header.add_widget(self.search_button)
        self.notice = NoticeBar(self)
        self.notice.action_clicked.connect(self.undo_stack.undo)
        self.list = QListWidget(self)
        self.list.setIconSize(QSize(18, 18))
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.currentRowChanged.connect(self._group_chosen)
        self.pick_label = QLabel(self)
        self.left_combo, self.right_combo = QComboBox(self), QComboBox(self)
        for combo in (self.left_combo, self.right_combo):
            combo.activated.connect(lambda _i: self._show_pair())
        self.merge_view = MergeView(self)
        self.merge_view.merge_requested.connect(self.merge)
        self.empty = EmptyState("check", self)
        self.busy_label = QLabel(self)
        self.busy = self._busy_state()
        self.stack = QStackedWidget(self)
        self.content = self._content()
        for widget in (self.content, self.empty, self.busy):
            self.stack.addWidget(widget)
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self.header)
        body = QVBoxLayout()
        body.setContentsMargins(MARGIN, 0, MARGIN, 20)
        body.setSpacing(10)
        body.addWidget(self.notice)
        body.addWidget(self.stack, 1)
        root.addLayout(body, 1)

    def _busy_state(self) -> QWidget:
        """A label and a running bar, shown while a big file is searched."""
        busy = QWidget(self)
        self.busy_label.setParent(busy)
        self.busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QProgressBar(busy)
        bar.setRange(0, 0)
        bar.setMaximumWidth(320)
        column = QVBoxLayout(busy)
        column.addStretch(1)
        column.addWidget(self.busy_label)
        column.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return busy

    def _content(self) -> QWidget:
        picker = QHBoxLayout()
        picker.setSpacing(8)
        picker.addWidget(self.pick_label)
        picker.addWidget(self.left_combo, 1)
        picker.addWidget(self.right_combo, 1)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(18, 0, 0, 0)
        column.setSpacing(10)
        column.addLayout(picker)
        column.addWidget(self.merge_view, 1)
        splitter = QSplitter(self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        self.list.setMinimumWidth(240)
        return splitter

    def retranslate(self) -> None:
        self.search_button.setText(self.tr("Search Again"))
        self.pick_label.setText(self.tr("Compare:"))
        self.empty.set_texts(
            self.tr("No duplicates found"),
            self.tr("No two people share an email, a phone, or a name at the same company."),
        )
        self.busy_label.setText(self.tr("Looking for people who are in the file twice…"))
        self._update_header()
        self.merge_view.retranslate()

    def _update_header(self) -> None:
        count = len(self.found.groups)
        if count == 1:
            subtitle = self.tr("1 group of people who may be the same")
        else:
            subtitle = self.tr("%Ln groups of people who may be the same", "", count)
        self.header.set_texts(self.tr("Duplicates"), subtitle)

    # ------------------------------------------------------------------ finding
    def search(self) -> None:
        """Find the groups again (a background job in big files)."""
        self._stale = False
        if self.job is not None and self.job.running:
            return
        if ops.contact_count(self.ctx) <= ops.FIND_IN_BACKGROUND:
            self._found(ops.find_duplicates(self.ctx))
            return
        ctx = self.ctx

        def work(_control: JobControl) -> ops.Found:
            return ops.find_duplicates(ctx)

        self.job = Job(work, pool=QThreadPool.globalInstance(), parent=self)
        self.job.succeeded.connect(self._found)
        self.job.failed.connect(self._failed)
        self.stack.setCurrentWidget(self.busy)
        self.search_button.setEnabled(False)
        self.job.start()

    def _failed(self, error: object) -> None:
        self.search_button.setEnabled(True)
        if isinstance(error, CrmError):
            self.notice.show_message(str(error), error=True)
        elif isinstance(error, BaseException):
            sys.excepthook(type(error), error, error.__traceback__)

    def _found(self, found: ops.Found) -> None:
        self.search_button.setEnabled(True)
        previous = max(self.list.currentRow(), 0)
        self.found = found
        self.list.blockSignals(True)
        self.list.clear()
        for group in found.groups:
            self.list.addItem(self._item(group))
        self.list.blockSignals(False)
        self._update_header()
        self.stack.setCurrentWidget(self.content if found.groups else self.empty)
        if found.groups:
            self.list.setCurrentRow(min(previous, len(found.groups) - 1))
            self._group_chosen(self.list.currentRow())

    def _item(self, group: DuplicateGroup) -> QListWidgetItem:
        names = [self.found.names.get(i, f"#{i}") for i in group.contact_ids]
        item = QListWidgetItem(icon(REASON_ICONS.get(group.reason, "search")), "  ·  ".join(names))
        item.setData(SUBTITLE_ROLE, self.reason_text(group))
        item.setToolTip("\n".join([*names, self.reason_text(group)]))
        return item

    def reason_text(self, group: DuplicateGroup) -> str:
        texts = {
            "email": self.tr("Same email: %1"),
            "phone": self.tr("Same phone: %1"),
            "name_company": self.tr("Same name and company"),
        }
        if group.reason in texts:
            return texts[group.reason].replace("%1", isolate(group.key))
        score = QLocale().toString(group.score)
        return self.tr("Similar names (%1% alike)").replace("%1", score)

    # ------------------------------------------------------------------ comparing
    def current_group(self) -> DuplicateGroup | None:
        row = self.list.currentRow()
        return self.found.groups[row] if 0 <= row < len(self.found.groups) else None

    def _group_chosen(self, _row: int) -> None:
        group = self.current_group()
        if group is None:
            return
        many = len(group.contact_ids) > 2
        for position, combo in enumerate((self.left_combo, self.right_combo)):
            combo.clear()
            for contact_id in group.contact_ids:
                combo.addItem(self.found.names.get(contact_id, f"#{contact_id}"), contact_id)
            combo.setCurrentIndex(position)
            combo.setVisible(many)
        self.pick_label.setVisible(many)
        self._show_pair()

    def _show_pair(self) -> None:
        left, right = self.left_combo.currentData(), self.right_combo.currentData()
        if left is None or right is None or left == right:
            return
        try:
            pair = ops.load_pair(self.ctx, left_id=int(left), right_id=int(right))
        except CrmError as error:  # merged or erased meanwhile: search again
            self.notice.show_message(str(error), error=True)
            return
        self.merge_view.set_pair(pair)

    # ------------------------------------------------------------------ merging
    def merge(self) -> None:
        view = self.merge_view
        if view.pair is None:
            return
        keep, other = view.keep, view.other
        command = MergeCommand(
            self.host, keep_id=keep.id, other_id=other.id, choices=view.choices()
        )
        command.on_error = lambda message: self.notice.show_message(message, error=True)
        try:
            push(self.undo_stack, command)
        except CrmError as error:
            self.notice.show_message(str(error), error=True)
            return
        text = self.tr("“%1” was merged into “%2”.").replace("%1", other.full_name)
        self.notice.show_message(text.replace("%2", keep.full_name), action_text=self.tr("Undo"))

    def on_changed(self, changes: Changes) -> None:
        if not changes.touches("contact"):
            return
        if self.isVisible():
            self.search()
        else:
            self._stale = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.search()
        super().showEvent(event)

    def current_record(self) -> tuple[str, int] | None:
        view = self.merge_view
        return ("contact", view.keep.id) if view.pair is not None else None
