"""Windowed table models over the record lists: a million rows paint at once, memory stays small.

``rowCount`` is the SQL count of the filtered list. Rows are read a page at a time when the
view first asks for them — one short read session per page: the page's ids in display order,
then the display rows of just those ids — and a small LRU keeps only the last few pages. There
is no ``fetchMore``: the scroll bar spans the whole list from the start, and dragging it to the
end reads the last page only, never every page before it. Sorting re-queries SQL (a reset with
the new sort); nothing is sorted in Python. The model holds ids and plain row dataclasses,
never ORM objects, and never writes: an inline edit is announced with ``edit_requested`` and
the page runs it through an undoable operation.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crmdesk.services.changes import Changes
from crmdesk.services.custom_fields import FieldDef, list_fields
from crmdesk.ui.bidi import left_to_right
from crmdesk.ui.models.formatting import NUMERIC, Kind, display_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from crmdesk.context import AppContext

FilterT = TypeVar("FilterT")
SortT = TypeVar("SortT")
RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole

ID_ROLE = Role.UserRole + 1  # the record id of the row (int)
SORT_ROLE = Role.UserRole + 2  # the raw, unformatted value of the cell
KEY_ROLE = Role.UserRole + 3  # header: the column key ("name", "custom:vip")
CUSTOM_PREFIX = "custom:"


_CUSTOM_KINDS = {"number": Kind.NUMBER, "boolean": Kind.BOOLEAN, "date": Kind.DATE}


@dataclass(frozen=True)
class Column:
    """One column a list can show. ``attr`` names the row attribute; custom columns read
    ``row.custom[key]``. ``sort_key`` is what the service sorts by (None: not sortable)."""

    key: str
    title: str
    attr: str = ""
    kind: Kind = Kind.TEXT
    sort_key: str | None = None
    editable: bool = False
    visible: bool = True  # shown by default, before the user chooses
    ltr: bool = False  # emails, phones, web addresses: always left to right, even in Persian

    def value(self, row: Any) -> Any:
        if self.key.startswith(CUSTOM_PREFIX):
            custom: Mapping[str, Any] = getattr(row, "custom", {}) or {}
            return custom.get(self.key.removeprefix(CUSTOM_PREFIX))
        return getattr(row, self.attr or self.key, None)


@dataclass
class _Page:
    ids: list[int]
    rows: dict[int, Any] = field(default_factory=dict)


class RecordTableModel(QAbstractTableModel, Generic[FilterT, SortT, RowT]):
    """The shared machinery; subclasses say which service functions and columns to use."""

    entity = ""
    # other entities whose changes can alter what this list shows (names, open deals, ...)
    watches: frozenset[str] = frozenset()

    edit_requested = Signal(int, str, object)  # record id, column key, new value
    count_changed = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        *,
        page_size: int = 200,
        max_pages: int = 12,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.page_size = page_size
        self.max_pages = max_pages
        self._criteria: FilterT = self.default_filter()
        self._sort: SortT = self.make_sort(self.default_sort_key, False)
        self._sort_key = self.default_sort_key
        self._descending = False
        self._count = 0
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._columns: list[Column] = self.fixed_columns()
        self.page_reads = 0  # pages read since creation (tests and benchmarks look at it)
        self._load_counts()

    # ------------------------------------------------------------------ subclass hooks
    default_sort_key = "name"

    def default_filter(self) -> FilterT:
        raise NotImplementedError

    def make_sort(self, key: str, descending: bool) -> SortT:
        raise NotImplementedError

    def fixed_columns(self) -> list[Column]:
        raise NotImplementedError

    def query_count(self, session: Session, criteria: FilterT) -> int:
        raise NotImplementedError

    def query_ids(
        self, session: Session, criteria: FilterT, sort: SortT, offset: int, limit: int
    ) -> list[int]:
        raise NotImplementedError

    def query_rows(self, session: Session, ids: Sequence[int]) -> Mapping[int, RowT]:
        raise NotImplementedError

    # ------------------------------------------------------------------ state
    @property
    def criteria(self) -> FilterT:
        return self._criteria

    @property
    def total(self) -> int:
        """Rows in the list as filtered now."""
        return self._count

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    def column_index(self, key: str) -> int:
        """Index of the column ``key``, or -1."""
        return next((i for i, c in enumerate(self._columns) if c.key == key), -1)

    def set_filter(self, criteria: FilterT) -> None:
        """Show the rows ``criteria`` selects (re-counts and starts from the first page)."""
        self._criteria = criteria
        self.refresh()

    def set_sort(self, key: str, descending: bool = False) -> bool:
        """Sort by column ``key`` in SQL; False when the column cannot be sorted."""
        column = next((c for c in self._columns if c.key == key), None)
        if column is None or column.sort_key is None:
            return False
        if (key, descending) == (self._sort_key, self._descending):
            return True
        self.beginResetModel()
        self._sort = self.make_sort(column.sort_key, descending)
        self._sort_key, self._descending = key, descending
        self._pages.clear()
        self.endResetModel()
        return True

    def refresh(self) -> None:
        """Re-read count and columns; drop every cached page (a model reset)."""
        self.beginResetModel()
        self._pages.clear()
        self._load_counts()
        self.endResetModel()
        self.count_changed.emit(self._count)

    def on_changed(self, changes: Changes) -> None:
        """Refresh when a mutation touched what this list shows."""
        if not any(changes.touches(e) for e in {self.entity, *self.watches}):
            return
        old_count, old_keys = self._count, [c.key for c in self._columns]
        with self._ctx.reading() as session:
            count = self.query_count(session, self._criteria)
            columns = self._all_columns(session)
        if count != old_count or [c.key for c in columns] != old_keys:
            self.refresh()
            return
        self._pages.clear()  # same shape: repaint in place, selection and scroll stay
        if count:
            last = self.index(count - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _load_counts(self) -> None:
        with self._ctx.reading() as session:
            self._count = self.query_count(session, self._criteria)
            self._columns = self._all_columns(session)

    def _all_columns(self, session: Session) -> list[Column]:
        return self.fixed_columns() + [self._custom_column(d) for d in self.custom_fields(session)]

    def custom_fields(self, session: Session) -> list[FieldDef]:
        return list_fields(session, self.entity)

    def _custom_column(self, definition: FieldDef) -> Column:
        key = CUSTOM_PREFIX + definition.key
        kind = _CUSTOM_KINDS.get(definition.type, Kind.TEXT)
        return Column(key, definition.label, kind=kind, sort_key=key, visible=False)

    # ------------------------------------------------------------------ paging
    def _page(self, number: int) -> _Page:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        with self._ctx.reading() as session:
            offset = number * self.page_size
            ids = self.query_ids(session, self._criteria, self._sort, offset, self.page_size)
            page = _Page(ids, dict(self.query_rows(session, ids)))
        self.page_reads += 1
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page

    def _row(self, row: int) -> RowT | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        if offset >= len(page.ids):
            return None
        found: RowT | None = page.rows.get(page.ids[offset])
        return found

    def record_id(self, row: int) -> int | None:
        """The id shown at ``row`` (reads its page when needed)."""
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        return page.ids[offset] if offset < len(page.ids) else None

    def ids_for_rows(self, rows: Iterable[int]) -> list[int]:
        """Ids of these rows in the current order, reading only the id pages not cached."""
        wanted = sorted({r for r in rows if 0 <= r < self._count})
        result: list[int] = []
        missing: dict[int, list[int]] = {}
        for row in wanted:
            number, offset = divmod(row, self.page_size)
            if number in self._pages:
                ids = self._pages[number].ids
                result.extend(ids[offset : offset + 1])
            else:
                missing.setdefault(number, []).append(offset)
        if missing:
            with self._ctx.reading() as session:
                for number, offsets in missing.items():
                    ids = self.query_ids(
                        session, self._criteria, self._sort, number * self.page_size, self.page_size
                    )
                    result.extend(ids[o] for o in offsets if o < len(ids))
        return result

    def row_of(self, record_id: int) -> int | None:
        """The row showing ``record_id`` among the pages in memory (None when not loaded)."""
        for number, page in self._pages.items():
            if record_id in page.rows:
                return number * self.page_size + page.ids.index(record_id)
        return None

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        if role not in _ROW_ROLES:
            return None
        column = self._columns[index.column()]
        if role == Role.TextAlignmentRole:
            return _alignment(column.kind)
        row = self._row(index.row())
        if row is None:
            return None
        if role == ID_ROLE:
            return getattr(row, "id", None)
        value = column.value(row)
        if role == Role.DisplayRole:
            text = display_text(column.kind, value)
            return left_to_right(text) if column.ltr else text
        if role == Role.EditRole:
            return value if value is not None else ("" if column.kind is Kind.TEXT else None)
        if role == Role.ToolTipRole:
            text = display_text(column.kind, value)
            return text if len(text) > 30 else None
        return value  # SORT_ROLE: the raw value

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Role.DisplayRole:
            return column.title
        if role == KEY_ROLE:
            return column.key
        if role == Role.TextAlignmentRole:
            return _alignment(column.kind)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if self._columns[index.column()].editable else _READ_ONLY

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        """Ask the page to save an inline edit; the change comes back through ``on_changed``."""
        if role != Role.EditRole or not index.isValid():
            return False
        column = self._columns[index.column()]
        record_id = self.record_id(index.row())
        if not column.editable or record_id is None:
            return False
        if value == self.data(index, Role.EditRole):
            return False
        self.edit_requested.emit(record_id, column.key, value)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns):
            self.set_sort(self._columns[column].key, order == Qt.SortOrder.DescendingOrder)


_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_ROW_ROLES = frozenset(
    {
        Role.DisplayRole,
        Role.EditRole,
        Role.ToolTipRole,
        Role.TextAlignmentRole,
        ID_ROLE,
        SORT_ROLE,
    }
)


def _alignment(kind: Kind) -> Qt.AlignmentFlag:
    flag = Qt.AlignmentFlag
    return (flag.AlignTrailing if kind in NUMERIC else flag.AlignLeading) | flag.AlignVCenter
