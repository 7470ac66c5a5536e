"""A line edit that finds a person or company as you type and remembers the one picked.

The owner passes a ``finder(text) -> [Pick]`` (the search service through an operation, which
folds: ``علي`` finds ``علی``). Suggestions appear ~120 ms after the last key in a list that
floats over the rest of the window, under the field (a child widget, not a popup window, so no
window-manager grab): Up/Down move, Enter or a click picks, Esc closes the list only. Editing
the text after picking forgets the pick.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QListView, QWidget

from crmdesk.ui.delegates.hit_delegate import ROW_HEIGHT, SUBTITLE_ROLE, HitDelegate
from crmdesk.ui.icons import icon

PICK_ROLE = Qt.ItemDataRole.UserRole + 20
DEBOUNCE_MS = 120
VISIBLE_ROWS = 6
ICONS = {"contact": "contacts", "company": "companies", "deal": "deal", "ticket": "tickets"}
Key = Qt.Key


@dataclass(frozen=True)
class Pick:
    """A record the user can choose: what it is and how it is shown."""

    entity: str
    record_id: int
    title: str
    subtitle: str | None = None


Finder = Callable[[str], Sequence[Pick]]


class RecordPicker(QLineEdit):
    """Type a name, choose from the suggestions; :meth:`chosen` is the record picked."""

    chosen_changed = Signal()

    def __init__(self, finder: Finder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._finder = finder
        self._chosen: Pick | None = None
        self.suggestions = QStandardItemModel(self)
        self.popup = QListView(self)  # moves to the window when first shown (_place_popup)
        self.popup.setModel(self.suggestions)
        self.popup.setItemDelegate(HitDelegate(self.popup))
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.popup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.popup.clicked.connect(self._choose_index)
        self.popup.hide()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_suggestions)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(self._forget_if_changed)  # typed, cleared or set in code
        self.installEventFilter(self)
        self._kind_action = QAction(self)
        self.addAction(self._kind_action, QLineEdit.ActionPosition.LeadingPosition)
        self.setClearButtonEnabled(True)
        self.destroyed.connect(self.popup.deleteLater)
        self._show_kind()

    def chosen(self) -> Pick | None:
        return self._chosen

    def set_chosen(self, pick: Pick | None) -> None:
        """Pick ``pick`` (None: nobody) and show its name."""
        self._chosen = pick
        self.setText(pick.title if pick is not None else "")
        self.popup.hide()
        self._show_kind()
        self.chosen_changed.emit()

    def _forget_if_changed(self, text: str) -> None:
        if self._chosen is not None and text != self._chosen.title:
            self._chosen = None
            self._show_kind()
            self.chosen_changed.emit()

    def refresh_suggestions(self) -> None:
        """Ask the finder now (the debounce timer calls this) and show what it found."""
        self._timer.stop()
        text = self.text().strip()
        picks = list(self._finder(text)) if text else []
        self.suggestions.clear()
        for pick in picks:
            glyph = icon(ICONS.get(pick.entity, "contacts"), selected=QPalette.ColorRole.Highlight)
            item = QStandardItem(glyph, pick.title)
            item.setData(pick.subtitle or "", SUBTITLE_ROLE)
            item.setData(pick, PICK_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if picks and self.hasFocus():
            self._place_popup()
            self.popup.setCurrentIndex(self.suggestions.index(0, 0))
        else:
            self.popup.hide()

    def _place_popup(self) -> None:
        """Float the list under the field, inside this window (mirrors with the layout)."""
        host = self.window()
        if self.popup.parentWidget() is not host:
            self.popup.setParent(host)
        rows = min(VISIBLE_ROWS, self.suggestions.rowCount())
        corner = self.mapTo(host, QPoint(0, self.height() + 2))
        self.popup.setGeometry(corner.x(), corner.y(), self.width(), rows * ROW_HEIGHT + 4)
        self.popup.show()
        self.popup.raise_()

    def _choose_index(self, index: QModelIndex) -> None:
        pick = index.data(PICK_ROLE)
        if isinstance(pick, Pick):
            self.set_chosen(pick)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While the list shows, Up/Down/Enter/Esc are its keys; leaving the field hides it."""
        kind = event.type()
        if watched is self and kind == QEvent.Type.FocusOut:
            self.popup.hide()
        if watched is not self or kind != QEvent.Type.KeyPress or not self.popup.isVisible():
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        key, current = event.key(), self.popup.currentIndex().row()
        if key in (Key.Key_Down, Key.Key_Up):
            step = 1 if key == Key.Key_Down else -1
            row = max(0, min(self.suggestions.rowCount() - 1, current + step))
            self.popup.setCurrentIndex(self.suggestions.index(row, 0))
            return True
        if key in (Key.Key_Return, Key.Key_Enter) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self._choose_index(self.popup.currentIndex())
            return True
        if key == Key.Key_Escape:
            self.popup.hide()
            return True
        return super().eventFilter(watched, event)

    def _show_kind(self) -> None:
        entity = self._chosen.entity if self._chosen is not None else None
        self._kind_action.setIcon(icon(ICONS.get(entity or "", "search")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._show_kind()
        super().changeEvent(event)
