"""The trash as a table: what was deleted, what kind of record it is, and when.

The trash is read whole but bounded (the most recent ``TRASH_LIMIT`` items), so this model
keeps a plain list of ``TrashItem`` values and reloads it when something is deleted/restored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from crmdesk.services.trash import TrashItem
from crmdesk.ui.icons import icon
from crmdesk.ui.models.formatting import local_date_text
from crmdesk.ui.models.record_table import ID_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
ENTITY_ROLE = Role.UserRole + 4
ICONS = {
    "contact": "contacts",
    "company": "companies",
    "interaction": "note",
    "task": "task",
    "deal": "deal",
    "ticket": "tickets",
    "order": "orders",
}


class TrashTableModel(QAbstractTableModel):
    """Columns: name, kind, deleted on."""

    NAME, KIND, DELETED = range(3)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[TrashItem] = []

    def set_items(self, items: list[TrashItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> TrashItem:
        return self._items[row]

    def kind_label(self, entity: str) -> str:
        return {
            "contact": self.tr("Contact"),
            "company": self.tr("Company"),
            "interaction": self.tr("Interaction"),
            "task": self.tr("Task"),
            "deal": self.tr("Deal"),
            "ticket": self.tr("Ticket"),
            "order": self.tr("Order"),
        }.get(entity, entity)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if role == Role.DisplayRole:
            return [item.title, self.kind_label(item.entity), local_date_text(item.deleted_at)][
                column
            ]
        if role == Role.DecorationRole and column == self.NAME:
            return icon(ICONS.get(item.entity, "delete"))
        if role == SORT_ROLE:
            return [item.title, item.entity, item.deleted_at.isoformat()][column]
        if role == ID_ROLE:
            return item.record_id
        if role == ENTITY_ROLE:
            return item.entity
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        titles = [self.tr("Name"), self.tr("Kind"), self.tr("Deleted")]
        return titles[section] if 0 <= section < len(titles) else None
