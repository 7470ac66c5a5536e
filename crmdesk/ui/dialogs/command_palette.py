"""Ctrl+K: one box to find any record or run any command by name.

Results appear as you type (~120 ms after the last key): people, companies, deals, tickets
and notes from the search service (which folds scripts, so ``علي`` finds ``علی`` and
``zilina`` finds ``Žilina``), then the commands whose name matches ("New contact",
"Import…", page names). Up/Down move, Enter opens the record or runs the command, Esc closes.
The search is one short read on the GUI thread: the service answers in milliseconds at
1,000,000 contacts.

The palette floats over the top of the main window — a child widget, as in a code editor:
no separate window, no window-manager grab — and closes on Esc, after a choice, or when the
keyboard focus leaves it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGraphicsDropShadowEffect,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from crmdesk.domain.text import fold
from crmdesk.ui.delegates.hit_delegate import HitDelegate
from crmdesk.ui.icons import icon
from crmdesk.ui.models.palette_model import Command, Entry, PaletteModel
from crmdesk.ui.theme import RESTYLE_EVENTS, css, is_dark

Role = QPalette.ColorRole
DEBOUNCE_MS = 120
WIDTH = 640
MAX_LIST_HEIGHT = 420
TOP_OFFSET = 56
SHADOW = 16
ENTITY_ICONS = {
    "contact": "contacts", "company": "companies", "deal": "deal", "ticket": "tickets",
    "interaction": "note",
}  # fmt: skip
MOVE_KEYS = {
    Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 6, Qt.Key.Key_PageUp: -6,
}  # fmt: skip


@dataclass(frozen=True)
class Hit:
    """A search result as the palette shows it."""

    entity: str
    record_id: int
    title: str
    subtitle: str | None = None


Search = Callable[[str], Sequence[Hit]]
Commands = Callable[[], Sequence[Command]]


def command_matches(command: Command, query: str) -> int | None:
    """How well ``query`` names ``command``: 0 starts its title, 1 every word found; None."""
    title = fold(command.title)
    words = fold(query).split()
    if not words:
        return 1
    if title.startswith(" ".join(words)):
        return 0
    haystack = f"{title} {fold(command.keywords)}"
    return 1 if all(word in haystack for word in words) else None


class CommandPalette(QWidget):
    """The overlay; ``record_chosen(entity, id)`` asks the window to open a record."""

    record_chosen = Signal(str, int)
    closed = Signal()

    def __init__(self, search: Search, commands: Commands, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search, self._commands = search, commands
        self._restyling = False
        self._closing = False
        self._return_focus: QWidget | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_query)
        self.frame = QFrame(self)
        self.frame.setObjectName("paletteFrame")
        self.edit = QLineEdit(self.frame)
        self.edit.setObjectName("paletteEdit")
        self.edit.installEventFilter(self)
        self.shadow = QGraphicsDropShadowEffect(self.frame)
        self.shadow.setBlurRadius(28)
        self.shadow.setOffset(0, 6)
        self.frame.setGraphicsEffect(self.shadow)
        self.search_action = self.edit.addAction(
            icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.model = PaletteModel(self)
        self.list = QListView(self.frame)
        self.list.setModel(self.model)
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.clicked.connect(lambda index: self.activate(index.row()))
        self._layout()
        self.retranslate()
        self._restyle()
        self.run_query()

    def _layout(self) -> None:
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(8, 8, 8, 8)
        inner.setSpacing(6)
        inner.addWidget(self.edit)
        inner.addWidget(self.list)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(SHADOW, 0, SHADOW, SHADOW)  # room for the shadow
        outer.addWidget(self.frame)
        self.edit.setMinimumHeight(38)
        self.setFocusProxy(self.edit)

    # ------------------------------------------------------------------ querying
    def query(self) -> str:
        return self.edit.text().strip()

    def run_query(self) -> None:
        """Search now (the debounce timer calls this; Enter calls it when a search is due)."""
        self._timer.stop()
        text = self.query()
        records = self._record_entries(text) if text else []
        commands = self._command_entries(text)
        # "new con…" names a command rather than a record: list the commands first then
        first = any(e.command and command_matches(e.command, text) == 0 for e in commands)
        entries = [*commands, *records] if text and first else [*records, *commands]
        if not entries:
            entries = [Entry(self.tr("Nothing found for “%1”").replace("%1", text), header=True)]
        self.model.set_entries(entries)
        self.select(self.model.next_selectable(0, 1))
        self._fit()

    def _record_entries(self, text: str) -> list[Entry]:
        headings = self._headings()
        entries: list[Entry] = []
        current = None
        for hit in self._search(text):
            if hit.entity != current:
                current = hit.entity
                entries.append(Entry(headings.get(hit.entity, hit.entity), header=True))
            entries.append(
                Entry(
                    hit.title,
                    subtitle=hit.subtitle or "",
                    icon=ENTITY_ICONS.get(hit.entity, "search"),
                    entity=hit.entity,
                    record_id=hit.record_id,
                )
            )
        return entries

    def _command_entries(self, text: str) -> list[Entry]:
        ranked = [(command_matches(command, text), command) for command in self._commands()]
        found = sorted(
            ((rank, command) for rank, command in ranked if rank is not None),
            key=lambda pair: pair[0],
        )
        if not found:
            return []
        heading = self.tr("Actions") if text else self.tr("Actions and Pages")
        rows = [Entry(heading, header=True)]
        for _rank, command in found:
            rows.append(
                Entry(
                    command.title,
                    subtitle=command.subtitle,
                    trailing=command.shortcut,
                    icon=command.icon,
                    command=command,
                )
            )
        return rows

    def _headings(self) -> dict[str, str]:
        return {
            "contact": self.tr("People"), "company": self.tr("Companies"),
            "deal": self.tr("Deals"), "ticket": self.tr("Tickets"),
            "interaction": self.tr("Notes"),
        }  # fmt: skip

    # ------------------------------------------------------------------ choosing
    def current_row(self) -> int | None:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else None

    def select(self, row: int | None) -> None:
        if row is None:
            self.list.clearSelection()
            return
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def move_selection(self, step: int) -> None:
        """Move the selection ``step`` rows, skipping headings, stopping at the ends."""
        current = self.current_row()
        if current is None:
            self.select(self.model.next_selectable(0, 1))
            return
        direction = 1 if step > 0 else -1
        target = max(0, min(self.model.rowCount() - 1, current + step))
        row = self.model.next_selectable(target, direction)
        if row is None:
            row = self.model.next_selectable(target, -direction)
        self.select(row if row is not None else current)

    def activate(self, row: int | None = None) -> None:
        """Open the chosen record or run the chosen command, then close."""
        if self._timer.isActive():
            self.run_query()  # Enter typed faster than the debounce: use the full text
            row = None
        row = self.current_row() if row is None else row
        entry = self.model.entry(row) if row is not None else None
        if entry is None or not entry.selectable:
            return
        self.close_palette()
        if entry.command is not None:
            entry.command.run()
        elif entry.entity is not None and entry.record_id is not None:
            self.record_chosen.emit(entry.entity, entry.record_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = MOVE_KEYS.get(Qt.Key(event.key()))
            if step is not None:
                self.move_selection(step)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activate()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_palette()
                return True
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(0, self._close_if_left)
        return super().eventFilter(watched, event)

    def _close_if_left(self) -> None:
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.close_palette()

    def close_palette(self) -> None:
        """Hide and go (the widget deletes itself); ``closed`` tells the window."""
        if self._closing:
            return
        self._closing = True
        self.hide()
        back = self._return_focus
        if back is not None and shiboken6.isValid(back) and back.isVisible():
            back.setFocus(Qt.FocusReason.PopupFocusReason)
        self.closed.emit()
        self.deleteLater()

    # ------------------------------------------------------------------ placing and looks
    def popup_over(self, window: QWidget) -> None:
        """Show near the top of ``window`` (our parent), centred, and take the keyboard."""
        width = min(WIDTH, max(360, window.width() - 80)) + 2 * SHADOW
        self.setGeometry((window.width() - width) // 2, TOP_OFFSET, width, self._height())
        self._return_focus = QApplication.focusWidget()
        self.show()
        self.raise_()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)

    def _height(self) -> int:
        rows = sum(
            self.list.sizeHintForIndex(self.model.index(row, 0)).height()
            for row in range(self.model.rowCount())
        )
        list_height = min(MAX_LIST_HEIGHT, rows + 6)
        return 8 + self.edit.minimumHeight() + 6 + list_height + 8 + 2 + SHADOW

    def _fit(self) -> None:
        if self.isVisible():
            self.resize(QSize(self.width(), self._height()))

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Search people, companies, deals… or type a command"))
        self.edit.setAccessibleName(self.tr("Search and commands"))
        self.list.setAccessibleName(self.tr("Results"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if not self._closing:
                self.run_query()
        if event.type() in RESTYLE_EVENTS and not self._restyling:
            self._restyling = True
            try:
                self._restyle()
            finally:
                self._restyling = False
        super().changeEvent(event)

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()
        base, mid = palette.color(Role.Base), palette.color(Role.Mid)
        self.shadow.setColor(QColor(0, 0, 0, 150 if is_dark(palette) else 60))
        sheet = (
            f"QFrame#paletteFrame {{ background: {css(base)}; border: 1px solid {css(mid)};"
            " border-radius: 10px; }"
            f" QLineEdit#paletteEdit {{ border: none; border-bottom: 1px solid {css(mid)};"
            " background: transparent; padding: 4px 6px; }"
            " QListView { border: none; background: transparent; outline: none; }"
            " QScrollBar:vertical { background: transparent; width: 10px; margin: 2px; }"
            f" QScrollBar::handle:vertical {{ background: {css(mid)}; border-radius: 3px;"
            " min-height: 28px; }"
            " QScrollBar::add-line, QScrollBar::sub-line { height: 0px; width: 0px; }"
            " QScrollBar::add-page, QScrollBar::sub-page { background: none; }"
        )
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
        self.search_action.setIcon(icon("search", Role.PlaceholderText, palette=palette))
        font = self.edit.font()
        font.setPointSizeF(QGuiApplication.font().pointSizeF() * 1.15)
        if font != self.edit.font():
            self.edit.setFont(font)
