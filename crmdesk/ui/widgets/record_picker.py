"""A line edit that finds a person or company as you type and remembers the one picked.

The owner passes a ``finder(text) -> [Pick]`` (the search service through an operation, which
folds: ``علي`` finds ``علی``). Suggestions appear ~120 ms after the last key in a popup
(Up/Down, Enter picks, Esc closes); editing the text after picking forgets the pick.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crmdesk.ui.delegates.hit_delegate import SUBTITLE_ROLE, HitDelegate
from crmdesk.ui.icons import icon

PICK_ROLE = Qt.ItemDataRole.UserRole + 20
DEBOUNCE_MS = 120
ICONS = {"contact": "contacts", "company": "companies", "deal": "deal", "ticket": "tickets"}


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
        self.completer_ = QCompleter(self.suggestions, self)
        self.completer_.setWidget(self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(8)
        popup = self.completer_.popup()
        popup.setItemDelegate(HitDelegate(popup))
        popup.setMinimumWidth(320)
        self.completer_.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_suggestions)
        self.textEdited.connect(self._on_edited)
        self._kind_action = QAction(self)
        self.addAction(self._kind_action, QLineEdit.ActionPosition.LeadingPosition)
        self.setClearButtonEnabled(True)
        self._show_kind()

    def chosen(self) -> Pick | None:
        return self._chosen

    def set_chosen(self, pick: Pick | None) -> None:
        """Pick ``pick`` (None: nobody) and show its name."""
        self._chosen = pick
        self.setText(pick.title if pick is not None else "")
        self._show_kind()
        self.chosen_changed.emit()

    def _on_edited(self, text: str) -> None:
        if self._chosen is not None and text != self._chosen.title:
            self._chosen = None
            self._show_kind()
            self.chosen_changed.emit()
        self._timer.start()

    def refresh_suggestions(self) -> None:
        """Ask the finder now (the debounce timer calls this) and show what it found."""
        self._timer.stop()
        text = self.text().strip()
        picks = list(self._finder(text)) if text else []
        self.suggestions.clear()
        for pick in picks:
            item = QStandardItem(icon(ICONS.get(pick.entity, "contacts")), pick.title)
            item.setData(pick.subtitle or "", SUBTITLE_ROLE)
            item.setData(pick, PICK_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        popup = self.completer_.popup()
        if not picks or not self.hasFocus():
            popup.hide()
            return
        self.completer_.complete()
        popup.setCurrentIndex(self.completer_.completionModel().index(0, 0))

    def _on_activated(self, index: QModelIndex) -> None:
        pick = index.data(PICK_ROLE)
        if isinstance(pick, Pick):
            self.set_chosen(pick)

    def _show_kind(self) -> None:
        entity = self._chosen.entity if self._chosen is not None else None
        self._kind_action.setIcon(icon(ICONS.get(entity or "", "search")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._show_kind()
        super().changeEvent(event)
