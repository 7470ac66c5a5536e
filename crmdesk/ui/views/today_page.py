"""Today: what needs the user now — late and due tasks, follow-ups, birthdays, deals, tickets.

One short read (``services.today``) fills six sections; each item opens what it is about and
a task is ticked done in place (an undoable command; a notice offers Undo). The page reads
again when a committed change touches what it shows, when it is shown after changes, on F5,
and when the local day turns. An empty file shows the first-start welcome (demo file or
import); a file with nothing due says "You're all caught up".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.context import AppContext
from crmdesk.errors import CrmError
from crmdesk.services.changes import Changes
from crmdesk.services.today import TodayView
from crmdesk.ui.icons import icon
from crmdesk.ui.pages.placeholder import make_welcome
from crmdesk.ui.quick_actions import open_first
from crmdesk.ui.theme import primary_button_css
from crmdesk.ui.views.bulk_bar import NoticeBar
from crmdesk.ui.views.today_loader import TodayLoad, TodayLoader
from crmdesk.ui.views.today_sections import ItemRow, Section, Targets
from crmdesk.ui.views.today_texts import SECTION_KEYS, TodayTexts
from crmdesk.ui.widgets.empty_state import EmptyState
from crmdesk.ui.widgets.page_header import MARGIN, PageHeader

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow

LIMIT = 200  # items per section (the header then says "200+")
WATCHED = ("task", "interaction", "contact", "company", "deal", "ticket", "stage")
ICONS = {
    "overdue": "warning", "due_today": "today", "follow_ups": "forward",
    "birthdays": "birthday", "deals_closing": "deal", "tickets_past_due": "tickets",
}  # fmt: skip
COLUMNS = (
    ("overdue", "due_today", "follow_ups"),
    ("birthdays", "deals_closing", "tickets_past_due"),
)
DAY_CHECK_MS = 60_000
NATIVE = QKeySequence.SequenceFormat.NativeText
Clock = Callable[[], datetime]


def local_now() -> datetime:
    return datetime.now().astimezone()


class TodayPage(QStackedWidget):
    """The page (registered as ``today``); ``view`` is what it shows now."""

    loaded = Signal()  # a read finished and is on screen

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__()
        self.ctx, self.window_ = ctx, window
        self.clock: Clock = local_now
        self.view: TodayView | None = None
        self.texts = TodayTexts(self)
        self._stale = False
        self._day: date | None = None
        self.welcome = make_welcome(window)
        self.main = QWidget(self)
        self._build_main()
        self.loader = TodayLoader(ctx, LIMIT, self)
        self.loader.loaded.connect(self._show)
        self.loader.failed.connect(self._show_failure)
        self.addWidget(self.welcome)
        self.addWidget(self.main)
        self.setCurrentWidget(self.main)  # the header at once; the sections when read
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._day_timer = QTimer(self, interval=DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()
        window.changed.connect(self._on_changed)
        self.retranslate()
        self.refresh()

    # ------------------------------------------------------------------ building
    def _build_main(self) -> None:
        self.header = PageHeader(self.main)
        self.log_button = QPushButton(self.main)
        self.log_button.setProperty("primary", True)
        self.log_button.setMinimumHeight(34)
        self.log_button.clicked.connect(self.window_.commands.log_interaction.trigger)
        self.header.add_widget(self.log_button)
        self.notice = NoticeBar(self.main)
        self.notice.action_clicked.connect(self.window_.undo_stack.undo)
        self.scroll_area = QScrollArea(self.main)
        self.scroll_area.setWidget(self._build_sections())
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.caught_up = EmptyState("check")
        self.reading = QWidget(self.main)  # blank while the first read runs (milliseconds)
        self.body = QStackedWidget(self.main)
        self.body.addWidget(self.reading)
        self.body.addWidget(self.scroll_area)
        self.body.addWidget(self.caught_up)
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(MARGIN, 0, MARGIN, 8)
        notice_row.addWidget(self.notice)
        layout = QVBoxLayout(self.main)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addLayout(notice_row)
        layout.addWidget(self.body, 1)

    def _build_sections(self) -> QWidget:
        """Two columns of cards: the user's tasks, then people, deals and tickets."""
        self.sections = {key: Section(key, ICONS[key]) for key in SECTION_KEYS}
        for section in self.sections.values():
            section.row_activated.connect(self.open_targets)
            section.task_ticked.connect(self.tick)
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(MARGIN, 4, MARGIN, 24)
        columns.setSpacing(16)
        for keys in COLUMNS:
            column = QVBoxLayout()
            column.setSpacing(16)
            for key in keys:
                column.addWidget(self.sections[key])
            column.addStretch(1)
            columns.addLayout(column, 1)
        return content

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        """Read Today again, off the GUI thread; ``loaded`` fires once it is shown."""
        self._refresh_timer.stop()
        self._stale = False
        now = self.clock()
        tz = now.tzinfo or local_now().tzinfo
        assert tz is not None
        self.loader.request(now, tz)

    def _show(self, load: TodayLoad) -> None:
        view = load.view
        self.view, self._day = view, view.day
        if view.is_empty:
            self.setCurrentWidget(self.welcome if load.empty_file else self.main)
            self.body.setCurrentWidget(self.caught_up)
        else:
            self.setCurrentWidget(self.main)
            self.body.setCurrentWidget(self.scroll_area)
        self._fill(view)
        self.loaded.emit()

    def _show_failure(self, message: str) -> None:
        text = self.tr("Today could not be read. Press %1 to try again.").replace(
            "%1", self.window_.commands.refresh.shortcut().toString(NATIVE)
        )
        self.notice.show_message(f"{text} {message}".strip(), error=True)

    def _fill(self, view: TodayView) -> None:
        self.header.set_texts(self.tr("Today"), self.texts.date_title(view.day))
        for key, section in self.sections.items():
            items = getattr(view, key)
            section.set_rows(
                self.texts.rows(view, key),
                count_text=self.texts.count(len(items), LIMIT),
                more_text=self.texts.more(len(items)),
            )

    def current_record(self) -> tuple[str, int] | None:
        """The person or company of the focused row: Ctrl+L there logs a call with them."""
        focus = QApplication.focusWidget()
        while focus is not None and not isinstance(focus, ItemRow):
            focus = focus.parentWidget()
        if focus is None or not self.isAncestorOf(focus):
            return None
        customers = [t for t in focus.spec.targets if t[0] in ("contact", "company")]
        return customers[0] if customers else None

    def is_welcoming(self) -> bool:
        """True while the file is empty and the page offers a demo file or an import."""
        return self.currentWidget() is self.welcome

    def is_caught_up(self) -> bool:
        return self.currentWidget() is self.main and self.body.currentWidget() is self.caught_up

    def _on_changed(self, changes: Changes) -> None:
        if not any(changes.touches(entity) for entity in WATCHED):
            return
        if self.isVisible():
            self._refresh_timer.start()  # several broadcasts in one go: read once
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _check_day(self) -> None:
        if self._day is not None and self.clock().date() != self._day:
            self.refresh()

    # ------------------------------------------------------------------ acting
    def open_targets(self, targets: Targets) -> None:
        open_first(self.window_, targets)

    def tick(self, task_id: int, title: str) -> None:
        """Tick a task done (undoable); the broadcast takes it off the list."""
        # imported on first use: ui.undo pulls in the merge and duplicate services
        # (rapidfuzz, phonenumbers), which Today's start-up does not need
        from crmdesk.ui import undo
        from crmdesk.ui.activity_commands import TaskDoneCommand

        command = TaskDoneCommand(self.window_, task_id=task_id, done=True)
        command.on_error = lambda message: self.notice.show_message(message, error=True)
        try:
            undo.push(self.window_.undo_stack, command)
        except CrmError as error:
            self.notice.show_message(str(error), error=True)
            self.refresh()
            return
        self.notice.show_message(
            self.tr("“%1” is done.").replace("%1", title), action_text=self.tr("Undo")
        )

    # ------------------------------------------------------------------ language and looks
    def retranslate(self) -> None:
        for key, (title, empty) in self.texts.titles().items():
            self.sections[key].set_texts(title, empty)
        self.log_button.setText(self.tr("Log Interaction"))
        keys = self.window_.commands.log_interaction.shortcut()
        self.log_button.setToolTip(
            self.tr("Log a call, meeting or note (%1)").replace("%1", keys.toString(NATIVE))
        )
        self.caught_up.set_texts(
            self.tr("You’re all caught up"),
            self.tr(
                "Nothing is late or due today, no birthdays this week and no deals or tickets "
                "need you. Log a call or a meeting when one happens."
            ),
        )
        if self.view is not None:
            self._fill(self.view)
        self._restyle()

    def _restyle(self) -> None:
        self.log_button.setIcon(icon("call", QPalette.ColorRole.HighlightedText))
        sheet = primary_button_css(self.palette())
        if sheet != self.log_button.styleSheet():
            self.log_button.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
