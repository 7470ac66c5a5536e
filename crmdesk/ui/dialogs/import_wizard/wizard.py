"""The import wizard: a step rail on the leading side, the current step, Back / Next.

Six steps — file, sheet, columns, preview, import, summary — sharing one ``ImportState``. Next
asks the page to accept (a page that refuses shows why and stays); Back keeps what was chosen.
While the import runs, Cancel stops it (the file stays unchanged) and the dialog cannot be
closed under it. Non-blocking: ``open()`` it; ``finished`` tells when it closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.dialogs.import_wizard.base import ImportState, WizardPage
from crmdesk.ui.dialogs.import_wizard.file_page import FilePage
from crmdesk.ui.dialogs.import_wizard.mapping_page import MappingPage
from crmdesk.ui.dialogs.import_wizard.preview_page import PreviewPage
from crmdesk.ui.dialogs.import_wizard.run_page import RunPage
from crmdesk.ui.dialogs.import_wizard.sheet_page import SheetPage
from crmdesk.ui.dialogs.import_wizard.stepper import StepRail
from crmdesk.ui.dialogs.import_wizard.summary_page import SummaryPage
from crmdesk.ui.icons import icon
from crmdesk.ui.ops import OpsHost
from crmdesk.ui.theme import RESTYLE_EVENTS, primary_button_css, set_sheet
from crmdesk.ui.widgets.tones import MutedLabel

Role = QPalette.ColorRole
FILE, SHEET, MAPPING, PREVIEW, RUN, SUMMARY = range(6)


class ImportWizard(QDialog):
    """``ImportWizard(host, settings, parent)``; ``history_requested`` opens the history."""

    def __init__(self, host: OpsHost, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self._restyling = True
        self.state = ImportState(host=host, settings=settings)
        self.file_page = FilePage(self.state)
        self.sheet_page = SheetPage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.preview_page = PreviewPage(self.state)
        self.run_page = RunPage(self.state)
        self.summary_page = SummaryPage(self.state)
        self.pages: list[WizardPage] = [
            self.file_page, self.sheet_page, self.mapping_page,
            self.preview_page, self.run_page, self.summary_page,
        ]  # fmt: skip
        self.history_requested = self.file_page.history_requested
        self.rail = StepRail(self)
        self.title_label = QLabel(self)
        self.subtitle_label = MutedLabel("", self)
        self.subtitle_label.setWordWrap(True)
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.stack.addWidget(page)
            page.complete_changed.connect(self._update_buttons)
        self.run_page.done.connect(lambda _summary: self._go(SUMMARY))
        self.back_button = self._button(self.back)
        self.next_button = self._button(self.next)
        self.next_button.setProperty("primary", True)
        self.next_button.setDefault(True)
        self.cancel_button = self._button(self.reject)
        self._lay_out()
        self.setMinimumSize(900, 600)
        self.resize(1040, 700)
        self._restyling = False
        self._restyle()
        self.retranslate()
        self._go(FILE)

    def _button(self, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self)
        button.setMinimumSize(96, 34)
        button.clicked.connect(slot)
        return button

    def _lay_out(self) -> None:
        divider = QWidget(self)
        divider.setFixedWidth(1)
        divider.setAutoFillBackground(True)
        divider.setBackgroundRole(Role.Mid)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        content = QVBoxLayout()
        content.setContentsMargins(28, 22, 28, 18)
        content.setSpacing(4)
        content.addWidget(self.title_label)
        content.addWidget(self.subtitle_label)
        content.addSpacing(14)
        content.addWidget(self.stack, 1)
        content.addSpacing(14)
        content.addLayout(buttons)
        body = QWidget(self)
        body.setAutoFillBackground(True)
        body.setBackgroundRole(Role.Base)
        body.setLayout(content)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.rail)
        row.addWidget(divider)
        row.addWidget(body, 1)

    # ------------------------------------------------------------------ moving
    @property
    def current(self) -> int:
        return self.stack.currentIndex()

    def page(self) -> WizardPage:
        return self.pages[self.current]

    def next(self) -> None:
        if self.current == SUMMARY:
            self.accept()
            return
        page = self.page()
        if not page.is_complete() or not page.accept_page():
            self._update_buttons()
            return
        self._go(self.current + 1)

    def back(self) -> None:
        if self.current > FILE and self.page().can_go_back():
            target = PREVIEW if self.current == RUN else self.current - 1
            self.stack.setCurrentIndex(target)
            self._show_current()

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self._show_current()
        self.page().enter()
        self._show_current()

    def _show_current(self) -> None:
        page = self.page()
        self.rail.set_current(self.current)
        self.title_label.setText(page.title())
        self.subtitle_label.setText(page.subtitle())
        self.subtitle_label.setVisible(bool(page.subtitle()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.page()
        running = self.run_page.running
        self.back_button.setVisible(self.current not in (FILE, SUMMARY) and not running)
        self.back_button.setEnabled(page.can_go_back())
        self.next_button.setText(page.next_text() or self.tr("Next"))
        self.next_button.setEnabled(page.is_complete() or self.current == SUMMARY)
        self.next_button.setVisible(self.current != RUN)
        self.cancel_button.setText(self.tr("Cancel Import") if running else self.tr("Cancel"))
        self.cancel_button.setEnabled(self.run_page.phase != "cancelling")
        self.cancel_button.setVisible(self.current != SUMMARY)

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        """Cancel: stops a running import first (the dialog stays until it has stopped)."""
        if self.run_page.running:
            self.run_page.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.run_page.running:
            return
        job = self.preview_page.job
        if job is not None and job.running:  # it reads the file: close that when it stops
            self.preview_page.cancel_planning()
            job.finished.connect(lambda: self.done(result))
            self.hide()
            return
        self.state.close()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.run_page.running:
            self.run_page.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current == MAPPING:
            event.ignore()  # a combo in the table has focus: Enter should not leave the page
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ looks and language
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import a Spreadsheet"))
        self.back_button.setText(self.tr("Back"))
        self.rail.set_titles([page.step_title() for page in self.pages])
        self._show_current()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self._restyle()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() in RESTYLE_EVENTS and not self._restyling:
            self._restyling = True
            try:
                self._restyle()
            finally:
                self._restyling = False
        return super().event(event)

    def _restyle(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.55)
        font.setWeight(QFont.Weight.Bold)
        if font != self.title_label.font():
            self.title_label.setFont(font)
        set_sheet(self.next_button, primary_button_css(self.palette()))
        self.back_button.setIcon(icon("forward" if self.isRightToLeft() else "back"))
