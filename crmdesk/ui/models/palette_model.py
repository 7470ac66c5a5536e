"""The rows of the command palette: group headings, search hits and commands.

A flat list model (no tree: the palette is one scrolling list). Headings are shown but cannot
be selected; a hit carries ``(entity, id)``, a command its callback. Built in one reset per
query (at most a few dozen rows), so nothing is fetched lazily.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon, QPalette

from crmdesk.ui.delegates.hit_delegate import HEADER_ROLE, SUBTITLE_ROLE, TRAILING_ROLE
from crmdesk.ui.icons import icon

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 13


@dataclass(frozen=True)
class Command:
    """Something the palette can run: a menu action or a page to show."""

    title: str  # translated, without "&" or "…"
    run: Callable[[], object]
    icon: str | QIcon | None = None  # an icon name (tinted here) or a ready icon
    shortcut: str = ""  # native text, shown on the trailing side
    subtitle: str = ""
    keywords: str = ""  # more words it is found by (e.g. the English name)


@dataclass(frozen=True)
class Entry:
    """One row: a heading (``header``), a hit (``entity`` + ``record_id``) or a command."""

    title: str
    header: bool = False
    subtitle: str = ""
    trailing: str = ""
    icon: str | QIcon | None = None
    entity: str | None = None
    record_id: int | None = None
    command: Command | None = field(default=None, compare=False)

    @property
    def selectable(self) -> bool:
        return not self.header


class PaletteModel(QAbstractListModel):
    """Entries of the current query, in display order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or not entry.selectable:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole and entry.subtitle:
            return f"{entry.title}\n{entry.subtitle}"
        if role == Qt.ItemDataRole.DecorationRole and entry.icon:
            if isinstance(entry.icon, QIcon):
                return entry.icon
            return icon(entry.icon, selected=QPalette.ColorRole.Highlight)
        values = {
            SUBTITLE_ROLE: entry.subtitle,
            TRAILING_ROLE: entry.trailing,
            HEADER_ROLE: entry.header,
            ENTRY_ROLE: entry,
            Qt.ItemDataRole.AccessibleTextRole: entry.title,
        }
        return values.get(role)

    def next_selectable(self, row: int, step: int) -> int | None:
        """The nearest selectable row from ``row`` going ``step`` (±1), ``row`` included."""
        while 0 <= row < len(self._entries):
            if self._entries[row].selectable:
                return row
            row += step
        return None
