"""Is this row someone we already have? Exact keys first, near names reported only.

Contacts match, in order: the crmdesk id an export of THIS file carries (``file_ids``: another
file's ids never reach here), then the normalised email, then the E.164 phone, then the folded
name at the same company (or both without one), the same rules as ``services.duplicates``.
Companies match by id, then folded name. Rows match earlier
rows of the same file the same way. Near matches (rapidfuzz, score >= ``NEAR``) are shown as
"possible duplicate", never merged. They are looked for among names of about the same length
that share their first two letters (names are folded and their words sorted first), which
keeps the search to a handful of candidates per row even against 1,000,000 contacts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import Company
from crmdesk.domain.text import fold
from crmdesk.domain.validation import email_match_key
from crmdesk.exchange.importing.model import Draft

NEAR = 90
NEAR_LIMIT = 3


@dataclass(frozen=True, slots=True)
class Match:
    """An existing record (``record_id``) or an earlier row of the file (``row``)."""

    how: str  # "id" | "email" | "phone" | "name"
    record_id: int | None = None
    row: int | None = None


def folded(text: str) -> str:
    """``fold``, with its ASCII case done without Unicode normalisation (same result)."""
    return " ".join(text.lower().split()) if text.isascii() else fold(text)


def company_key(name: str | None) -> str:
    return _company_key(name) if name else ""


@lru_cache(maxsize=1 << 16)
def _company_key(name: str) -> str:
    return folded(name)[:300]  # company names repeat down a file


@lru_cache(maxsize=1 << 16)
def _sorted_words(name: str) -> str:
    return " ".join(sorted(name.split()))


class NearNames:
    """Folded names -> ids, searchable for names that are almost the same."""

    def __init__(self) -> None:
        self.ids: dict[str, list[int]] = defaultdict(list)
        self.blocks: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._cache: dict[str, tuple[int, ...]] = {}

    def add(self, name: str, record_id: int) -> None:
        if not name:
            return
        if name not in self.ids:
            key = _sorted_words(name)
            self.blocks[(key[:2], len(key))].append(name)
        self.ids[name].append(record_id)

    def near(self, name: str) -> tuple[int, ...]:
        """Ids of records whose name is ``name`` or nearly (best first, a few)."""
        if not name:
            return ()
        found = self._cache.get(name)
        if found is None:
            found = self._search(name)
            if len(self._cache) < 1 << 17:
                self._cache[name] = found
        return found

    def _search(self, name: str) -> tuple[int, ...]:
        if name in self.ids:
            return tuple(self.ids[name][:NEAR_LIMIT])
        key = _sorted_words(name)
        candidates = [
            other
            for length in range(len(key) - 2, len(key) + 3)
            for other in self.blocks.get((key[:2], length), ())
        ]
        if not candidates:
            return ()
        best = process.extract(
            key,
            candidates,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=NEAR,
            limit=NEAR_LIMIT,
        )
        return tuple(record for match, _, _ in best for record in self.ids[match][:1])


def _stream(cursor: Any) -> Iterator[Any]:
    """A DBAPI cursor's rows in batches (never the whole result as one list)."""
    while batch := cursor.fetchmany(5000):
        yield from batch


Keys = tuple[list[object], list[object], list[object]]


class ContactIndex:
    """Every live contact's keys, loaded once per plan (three queries)."""

    def __init__(self, session: Session) -> None:
        self.names: dict[int, str] = {}
        self.by_email: dict[str, int] = {}
        self.by_phone: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        self.near_names = NearNames()
        self.rows_by: dict[str, dict[object, int]] = {"email": {}, "phone": {}, "name": {}}
        #: (how, the contacts' keys, earlier rows' keys), in the order keys are tried.
        self._tables: tuple[tuple[str, dict[Any, int], dict[object, int]], ...] = tuple(
            (how, index, self.rows_by[how])
            for how, index in (
                ("email", self.by_email),
                ("phone", self.by_phone),
                ("name", self.by_name),
            )
        )
        self._last: tuple[Draft | None, Keys] = (None, ([], [], []))
        self._load(session)

    def _load(self, session: Session) -> None:
        """Three plain SQL reads (no ORM rows: this runs over every contact of the file)."""
        # The DBAPI cursor directly: SQLAlchemy's result rows cost ~1 s per 100,000 contacts.
        cursor = session.connection().connection.cursor()
        try:
            # "+c.deleted_at": not through the index of live contacts, which would make SQLite
            # sort every row by id afterwards; a scan in id order is ~3x faster.
            cursor.execute(
                "SELECT c.id, c.full_name, c.sort_name, co.sort_name FROM contacts AS c "
                "LEFT JOIN companies AS co ON co.id = c.company_id AND co.deleted_at IS NULL "
                "WHERE +c.deleted_at IS NULL ORDER BY c.id"
            )
            names, by_name, near = self.names, self.by_name, self.near_names
            for contact_id, full_name, sort_name, company_name in _stream(cursor):
                names[contact_id] = full_name
                by_name.setdefault((sort_name, company_name or ""), contact_id)
                near.add(sort_name, contact_id)
            for table, key, into in (
                ("emails", "normalized", self.by_email),
                ("phones", "e164", self.by_phone),
            ):
                cursor.execute(
                    f"SELECT t.{key}, t.contact_id FROM {table} AS t "
                    "JOIN contacts AS c ON c.id = t.contact_id "
                    f"WHERE +c.deleted_at IS NULL AND t.{key} IS NOT NULL ORDER BY t.contact_id"
                )
                for value, contact_id in _stream(cursor):
                    into.setdefault(value, contact_id)
        finally:
            cursor.close()

    def find(self, draft: Draft, record_id: int | None) -> Match | None:
        """The existing contact (or earlier row) this draft is, by the first key that hits."""
        if record_id is not None and record_id in self.names:
            return Match("id", record_id)
        for (how, index, rows), keys in zip(self._tables, self._keys(draft), strict=True):
            for key in keys:
                found = index.get(key)
                if found is not None:
                    return Match(how, record_id=found)
                row = rows.get(key)
                if row is not None:
                    return Match(how, row=row)
        return None

    def _keys(self, draft: Draft) -> Keys:
        """The draft's email, phone and name keys (as ``_tables``), worked out once:
        ``remember`` follows ``find`` for the same draft (the last one is kept)."""
        if draft is self._last[0]:
            return self._last[1]
        keys: Keys = (
            [email_match_key(email) for _, email in draft.emails],
            [e164 for _, _, e164 in draft.phones if e164],
            [(draft.values["sort_name"], company_key(draft.company))],
        )
        self._last = (draft, keys)
        return keys

    def remember(self, draft: Draft, row: int) -> None:
        """Rows planned for creation are matched by later rows of the same file."""
        for (_, _, rows), keys in zip(self._tables, self._keys(draft), strict=True):
            for key in keys:
                rows.setdefault(key, row)

    def near(self, draft: Draft) -> tuple[int, ...]:
        return self.near_names.near(draft.values["sort_name"])

    def describe(self, record_id: int) -> str:
        return f"{self.names.get(record_id, '?')} (#{record_id})"


class CompanyIndex:
    """Live companies by folded name (the oldest wins), for matching and for linking."""

    def __init__(self, session: Session) -> None:
        self.names: dict[int, str] = {}
        self.by_name: dict[str, int] = {}
        self.near_names = NearNames()
        self.rows_by_name: dict[str, int] = {}
        query = (
            select(Company.id, Company.name, Company.sort_name)
            .where(Company.deleted_at.is_(None))
            .order_by(Company.id)
        )
        for company_id, name, sort_name in session.execute(query):
            self.names[company_id] = name
            self.by_name.setdefault(sort_name, company_id)
            self.near_names.add(sort_name, company_id)

    def find(self, draft: Draft, record_id: int | None) -> Match | None:
        if record_id is not None and record_id in self.names:
            return Match("id", record_id)
        key = draft.values["sort_name"]
        if key in self.by_name:
            return Match("name", record_id=self.by_name[key])
        row = self.rows_by_name.get(key)
        return Match("name", row=row) if row is not None else None

    def remember(self, draft: Draft, row: int) -> None:
        self.rows_by_name.setdefault(draft.values["sort_name"], row)

    def near(self, draft: Draft) -> tuple[int, ...]:
        return self.near_names.near(draft.values["sort_name"])

    def describe(self, record_id: int) -> str:
        return f"{self.names.get(record_id, '?')} (#{record_id})"
