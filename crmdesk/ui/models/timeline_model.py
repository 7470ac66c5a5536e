"""The rows of a customer's timeline: day headings and items, newest first, fetched in pages.

One short read per page (``timeline(..., before=<oldest when so far>)``); ``canFetchMore`` stays
true while the last page came back full, so scrolling to the end loads the next page. Rows are
plain ``TimelineItem`` values from the service plus a heading row whenever the local day
changes. Texts are made here (translated titles, "3 days ago", the full date as tooltip).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crmdesk.context import AppContext
from crmdesk.services.timeline import TimelineItem, timeline
from crmdesk.ui import ops
from crmdesk.ui.bidi import join_isolated, without_marks
from crmdesk.ui.models.timeline_texts import TimelineTexts, full_date_text, local_day

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
ITEM_ROLE = Role.UserRole + 1  # the TimelineItem of an item row (None on a heading)
HEADING_ROLE = Role.UserRole + 2  # True on a day heading
DETAIL_ROLE = Role.UserRole + 3  # the second line of an item (plain text)
WHEN_ROLE = Role.UserRole + 4  # "3 days ago"
DRAWN_DETAIL_ROLE = Role.UserRole + 5  # the same with direction marks, for painting
PAGE = 50
HIDDEN_FIELDS = frozenset({"sort_name"})  # kept in step by the services, not by people


@dataclass(frozen=True)
class _Heading:
    day: date


class TimelineModel(QAbstractListModel):
    """Day headings and items of one contact's or company's history."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        now: Callable[[], datetime] | None = None,
        page: int = PAGE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._now = now or (lambda: datetime.now(UTC))
        self.page_size = page
        self._scope: dict[str, int] = {}
        self._rows: list[_Heading | TimelineItem] = []
        self._more = False
        self._oldest: datetime | None = None  # the oldest item read so far (paging goes on)
        self.names: dict[int, str] = {}
        self.texts = TimelineTexts(self)  # contact id -> name, shown on a company's timeline

    # ------------------------------------------------------------------ scope

    def set_scope(self, *, contact_id: int | None = None, company_id: int | None = None) -> None:
        """Show the history of one contact or one company (from the newest item)."""
        scope = {"contact_id": contact_id} if contact_id is not None else {}
        if company_id is not None:
            scope = {"company_id": company_id}
        self._scope = scope
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._more = False
        self._oldest = None
        if self._scope:
            self._append(self._read(None))
        self.endResetModel()

    def items(self) -> list[TimelineItem]:
        return [row for row in self._rows if isinstance(row, TimelineItem)]

    # ------------------------------------------------------------------ paging

    def _read(self, before: datetime | None) -> list[TimelineItem]:
        """One page older than ``before``, without bookkeeping fields nobody edits."""
        found = ops.read(self._ctx, timeline, limit=self.page_size, before=before, **self._scope)
        self._more = len(found) >= self.page_size
        if found:
            self._oldest = found[-1].when
        return [item for item in found if item.field not in HIDDEN_FIELDS]

    def _append(self, items: list[TimelineItem]) -> None:
        self._rows.extend(self._with_headings(items))

    def _with_headings(self, items: list[TimelineItem]) -> list[_Heading | TimelineItem]:
        """``items`` with a heading before each new local day (continuing the current rows)."""
        last_day = next(
            (local_day(r.when) for r in reversed(self._rows) if isinstance(r, TimelineItem)), None
        )
        rows: list[_Heading | TimelineItem] = []
        for item in items:
            day = local_day(item.when)
            if day != last_day:
                rows.append(_Heading(day))
                last_day = day
            rows.append(item)
        return rows

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        found = self._read(self._oldest)
        added = self._with_headings(found)
        if not added:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
        self._rows.extend(added)
        self.endInsertRows()

    # ------------------------------------------------------------------ data

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], _Heading):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, _Heading):
            return self._heading_data(row, role)
        return self._item_data(row, role)

    def _detail(self, item: TimelineItem) -> str:
        name = self.names.get(item.contact_id or 0) if "company_id" in self._scope else None
        detail = self.texts.detail(item)
        if not name or item.kind == "change":
            return detail
        return join_isolated((name, detail))

    def _heading_data(self, row: _Heading, role: int) -> Any:
        if role == HEADING_ROLE:
            return True
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return self.texts.heading(row.day, local_day(self._now()))
        return None

    def _item_data(self, item: TimelineItem, role: int) -> Any:
        if role == Role.DisplayRole:
            return self.texts.title(item)
        if role == DETAIL_ROLE:
            return without_marks(self._detail(item))
        if role == DRAWN_DETAIL_ROLE:
            return self._detail(item)
        if role == WHEN_ROLE:
            return self.texts.relative(item.when, self._now())
        if role == Role.ToolTipRole:
            return full_date_text(item.when)
        if role == ITEM_ROLE:
            return item
        if role == HEADING_ROLE:
            return False
        if role == Role.AccessibleTextRole:
            return f"{self.texts.title(item)}, {self.texts.relative(item.when, self._now())}"
        return None
