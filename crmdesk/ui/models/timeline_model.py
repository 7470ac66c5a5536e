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
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from crmdesk.context import AppContext
from crmdesk.services.timeline import TimelineItem, timeline
from crmdesk.ui import ops
from crmdesk.ui.i18n import QT_TRANSLATE_NOOP
from crmdesk.ui.widgets.labels import field_label

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
ITEM_ROLE = Role.UserRole + 1  # the TimelineItem of an item row (None on a heading)
HEADING_ROLE = Role.UserRole + 2  # True on a day heading
DETAIL_ROLE = Role.UserRole + 3  # the second line of an item
WHEN_ROLE = Role.UserRole + 4  # "3 days ago"
PAGE = 50

INTERACTION_TITLES = {
    "call": QT_TRANSLATE_NOOP("Timeline", "Call"),
    "meeting": QT_TRANSLATE_NOOP("Timeline", "Meeting"),
    "email": QT_TRANSLATE_NOOP("Timeline", "Email"),
    "message": QT_TRANSLATE_NOOP("Timeline", "Message"),
    "visit": QT_TRANSLATE_NOOP("Timeline", "Visit"),
    "note": QT_TRANSLATE_NOOP("Timeline", "Note"),
}
EVENT_TITLES = {
    "*created": QT_TRANSLATE_NOOP("Timeline", "Created"),
    "*deleted": QT_TRANSLATE_NOOP("Timeline", "Moved to trash"),
    "*restored": QT_TRANSLATE_NOOP("Timeline", "Restored"),
}


def local_day(moment: datetime) -> date:
    """The calendar day of ``moment`` on this computer's clock."""
    return moment.astimezone().date()


def relative_text(moment: datetime, now: datetime) -> str:
    """ "just now", "5 minutes ago", "3 days ago", "in 2 days", or months / years ago.

    English reads "1 day" / "3 days" without a catalogue: the singular is its own string and
    the plural is a %n numerus string for languages with more forms (Slovak, ...).
    """
    seconds = (now - moment).total_seconds()
    if seconds < 0:
        return _future_text(-seconds, abs((local_day(moment) - local_day(now)).days))
    days = (local_day(now) - local_day(moment)).days
    if seconds < 60:
        return QCoreApplication.translate("Timeline", "just now")
    if seconds < 3600:
        n = int(seconds // 60)
        return (
            QCoreApplication.translate("Timeline", "1 minute ago")
            if n == 1
            else QCoreApplication.translate("Timeline", "%n minutes ago", "", n)
        )
    if days == 0 or seconds < 6 * 3600:
        n = int(seconds // 3600)
        return (
            QCoreApplication.translate("Timeline", "1 hour ago")
            if n == 1
            else QCoreApplication.translate("Timeline", "%n hours ago", "", n)
        )
    if days == 1:
        return QCoreApplication.translate("Timeline", "yesterday")
    if days < 31:
        return QCoreApplication.translate("Timeline", "%n days ago", "", days)
    if days < 365:
        n = days // 30
        return (
            QCoreApplication.translate("Timeline", "1 month ago")
            if n == 1
            else QCoreApplication.translate("Timeline", "%n months ago", "", n)
        )
    n = days // 365
    return (
        QCoreApplication.translate("Timeline", "1 year ago")
        if n == 1
        else QCoreApplication.translate("Timeline", "%n years ago", "", n)
    )


def _future_text(seconds: float, days: int) -> str:
    """Items dated ahead (a task due later, an order dated today at noon)."""
    if seconds < 3600:
        return QCoreApplication.translate(
            "Timeline", "in %n minutes", "", max(1, int(seconds // 60))
        )
    if days == 0:
        return QCoreApplication.translate("Timeline", "in %n hours", "", int(seconds // 3600))
    if days == 1:
        return QCoreApplication.translate("Timeline", "tomorrow")
    return QCoreApplication.translate("Timeline", "in %n days", "", days)


def full_date_text(moment: datetime) -> str:
    stamp = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    return QLocale().toString(stamp, QLocale.FormatType.LongFormat)


def heading_text(day: date, today: date) -> str:
    if day == today:
        return QCoreApplication.translate("Timeline", "Today")
    if (today - day).days == 1:
        return QCoreApplication.translate("Timeline", "Yesterday")
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def item_title(item: TimelineItem) -> str:
    """The service's English title, translated where we know its shape."""
    if item.kind == "change" and item.field:
        if item.field in EVENT_TITLES:
            return QCoreApplication.translate("Timeline", EVENT_TITLES[item.field])
        return QCoreApplication.translate("Timeline", "%1 changed").replace(
            "%1", field_label(item.field)
        )
    if item.kind == "interaction" and item.title == item.icon_hint.capitalize():
        return QCoreApplication.translate(
            "Timeline", INTERACTION_TITLES.get(item.icon_hint, item.title)
        )
    if item.kind == "order" and item.title.startswith("Order"):
        number = item.title.removeprefix("Order").strip()
        if not number:
            return QCoreApplication.translate("Timeline", "Order")
        return QCoreApplication.translate("Timeline", "Order %1").replace("%1", number)
    return item.title


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
        self.names: dict[int, str] = {}  # contact id -> name, shown on a company's timeline

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
        if self._scope:
            self._append(self._read(None))
        self.endResetModel()

    def items(self) -> list[TimelineItem]:
        return [row for row in self._rows if isinstance(row, TimelineItem)]

    # ------------------------------------------------------------------ paging

    def _read(self, before: datetime | None) -> list[TimelineItem]:
        found = ops.read(self._ctx, timeline, limit=self.page_size, before=before, **self._scope)
        self._more = len(found) >= self.page_size
        return found

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
        items = self.items()
        found = self._read(items[-1].when if items else None)
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
        if not name or item.kind == "change":
            return item.detail
        return f"{name} · {item.detail}" if item.detail else name

    def _heading_data(self, row: _Heading, role: int) -> Any:
        if role == HEADING_ROLE:
            return True
        if role in (Role.DisplayRole, Role.AccessibleTextRole):
            return heading_text(row.day, local_day(self._now()))
        return None

    def _item_data(self, item: TimelineItem, role: int) -> Any:
        if role == Role.DisplayRole:
            return item_title(item)
        if role == DETAIL_ROLE:
            return self._detail(item)
        if role == WHEN_ROLE:
            return relative_text(item.when, self._now())
        if role == Role.ToolTipRole:
            return full_date_text(item.when)
        if role == ITEM_ROLE:
            return item
        if role == HEADING_ROLE:
            return False
        if role == Role.AccessibleTextRole:
            return f"{item_title(item)}, {relative_text(item.when, self._now())}"
        return None
