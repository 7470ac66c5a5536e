"""Writing contacts and companies: new records in bulk, updates of matched ones.

A created record gets its emails, phones, addresses, tags and custom values in the same chunk.
An update (``PlannedRow.overwrite`` False: fill empty fields; True: every value of the row)
changes fields, adds emails, phones and tags the record does not have yet, adds the row's
addresses (when it has none, or always when overwriting) and sets custom values; nothing is
removed. The journal keeps, per updated record, every overwritten field's old and new value,
the ids of the tags it added and the id and values of each email, phone and address it added,
which is exactly what undo needs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db import models
from crmdesk.db.models import Address, Contact, EmailAddress, PhoneNumber
from crmdesk.domain.validation import email_match_key
from crmdesk.exchange.importing.model import Draft, PlannedRow
from crmdesk.exchange.importing.writing import (
    Buffer,
    Changed,
    Companies,
    Ids,
    Journal,
    Tags,
    bulk_update,
    company_row,
    encode_changes,
    table_of,
)
from crmdesk.services.search_index import SearchDocument, company_document, contact_document

CONTACT_COLUMNS = (
    "full_name", "given_name", "family_name", "name_order", "job_title", "department", "gender",
    "birthday_year", "birthday_month", "birthday_day", "lifecycle", "lead_source", "lead_score",
    "marketing_consent", "consent_date", "consent_source", "personal_details", "notes",
)  # fmt: skip
COMPANY_COLUMNS = (
    "name", "legal_name", "industry", "size", "website", "tax_id", "lifecycle", "lead_source",
    "notes",
)  # fmt: skip
NAMES = frozenset({"full_name", "name", "name_order"})
#: Contact columns taken from the draft as they are; then the ones a new contact defaults.
_PLAIN = tuple(
    c for c in CONTACT_COLUMNS if c not in ("name_order", "lifecycle", "marketing_consent")
)
CONTACT_INSERT = (
    "id", *_PLAIN, "name_order", "lifecycle", "marketing_consent", "sort_name", "company_id",
    "custom", "last_interaction_at", "import_batch_id", "created_at", "updated_at", "deleted_at",
)  # fmt: skip
_NO_CUSTOM: dict[str, Any] = {}  # shared, so its JSON is made once a chunk (never changed)
_EMAIL = ("id", "contact_id", "company_id", "label", "email", "normalized", "position")
_PHONE = ("id", "contact_id", "company_id", "label", "raw", "e164", "position")
_ADDRESS = ("id", "contact_id", "company_id", "label", "street", "city", "region",
            "postal_code", "country", "position")  # fmt: skip
#: What the journal of an update keeps of each email, phone and address it added: (row id,
#: *these columns as written), a JSON array (half the text of an object). Editing or merging
#: rewrites a record's rows with fresh ids and SQLite hands freed ids to new rows, so undo
#: removes a row only while it still holds these values (``undo_channels``).
JOURNAL: dict[str, tuple[str, ...]] = {
    "emails": ("email",),
    "phones": ("raw", "e164"),
    "addresses": ("street", "city", "region", "postal_code", "country"),
}


@dataclass(frozen=True)
class Kind:
    entity: str  # "contact" | "company"
    model: type[models.Contact] | type[models.Company]
    owner: str  # column of emails/phones/addresses: "contact_id" | "company_id"
    tag_link: type[models.ContactTag] | type[models.CompanyTag]
    columns: tuple[str, ...]

    @property
    def tag_columns(self) -> tuple[str, str]:
        return _TAG_COLUMNS[self.owner]


_TAG_COLUMNS = {"contact_id": ("contact_id", "tag_id"), "company_id": ("company_id", "tag_id")}
CONTACT = Kind("contact", models.Contact, "contact_id", models.ContactTag, CONTACT_COLUMNS)
COMPANY = Kind("company", models.Company, "company_id", models.CompanyTag, COMPANY_COLUMNS)


class PeopleWriter:
    """Creates and updates contacts or companies of one import run."""

    def __init__(
        self, session: Session, kind: Kind, ids: Ids, buffer: Buffer, journal: Journal
    ) -> None:
        self.session = session
        self.kind = kind
        self.ids = ids
        self.buffer = buffer
        self.journal = journal
        self.tags = Tags(session, ids, buffer)
        self.companies = Companies(session, ids, buffer, journal)
        self.now: datetime = journal.now

    # ------------------------------------------------------------------ create

    def create(self, draft: Draft) -> int:
        kind = self.kind
        record_id = self.ids.next(kind.model)
        if kind is CONTACT:
            company_id = self.companies.id_for(draft.company)
            self.buffer.put(
                Contact, CONTACT_INSERT, self._contact_values(record_id, draft, company_id)
            )
        else:
            row = company_row(record_id, draft.values["name"], self.journal, custom=draft.custom)
            row.update({k: v for k, v in draft.values.items() if k in row})
            self.buffer.add(kind.model, row)
        self._add_channels(record_id, draft, None, positions=(0, 0, 0))
        tag_ids, tag_names = self.tags.ids_and_names(draft.tags)
        for tag_id in tag_ids:
            self.buffer.put(kind.tag_link, kind.tag_columns, (record_id, tag_id))
        if kind is CONTACT:
            document = self._contact_document(record_id, draft, company_id, tag_names)
        else:
            document = company_document(
                record_id, row["name"], row["legal_name"], row["website"], row["industry"],
                [email for _label, email in draft.emails],
                [(raw, e164) for _label, raw, e164 in draft.phones], _cities(draft),
            )  # fmt: skip
        self.buffer.index(document)
        return record_id

    def _contact_values(
        self, record_id: int, draft: Draft, company_id: int | None
    ) -> tuple[Any, ...]:
        """The row of a new contact in the order of ``CONTACT_INSERT``."""
        get = draft.values.get
        now = self.now
        return (
            record_id, *map(get, _PLAIN), get("name_order") or "given_first",
            get("lifecycle") or "lead", bool(get("marketing_consent")), draft.values["sort_name"],
            company_id, draft.custom or _NO_CUSTOM, None, self.journal.batch_id, now, now, None,
        )  # fmt: skip

    def _contact_document(
        self, record_id: int, draft: Draft, company_id: int | None, tags: list[str]
    ) -> SearchDocument:
        """What search will hold for a new contact, from what was just written."""
        get = draft.values.get
        return contact_document(
            record_id, draft.values["full_name"], get("given_name"), get("family_name"),
            get("job_title"), self.companies.name_of(company_id),
            [email for _label, email in draft.emails],
            [(raw, e164) for _label, raw, e164 in draft.phones], _cities(draft),
            tags,
        )  # fmt: skip

    def _add_channels(
        self,
        record_id: int,
        draft: Draft,
        added: dict[str, list[Any]] | None,
        positions: tuple[int, int, int],
    ) -> None:
        """Emails, phones and addresses of ``draft`` for one record (``added``: what the
        journal of an update keeps of them, by kind: ``_journal_channels``)."""
        contact_id, company_id = (record_id, None) if self.kind is CONTACT else (None, record_id)
        put, take = self.buffer.put, self.ids.take
        at, first = positions[0], take(EmailAddress, len(draft.emails))
        for i, (label, email) in enumerate(draft.emails):
            put(EmailAddress, _EMAIL, (first + i, contact_id, company_id, label, email,
                                       email_match_key(email), at + i))  # fmt: skip
        emails = range(first, first + len(draft.emails))
        at, first = positions[1], take(PhoneNumber, len(draft.phones))
        for i, (label, raw, e164) in enumerate(draft.phones):
            put(PhoneNumber, _PHONE, (first + i, contact_id, company_id, label, raw, e164, at + i))
        phones = range(first, first + len(draft.phones))
        at, first = positions[2], take(Address, len(draft.addresses))
        for i, a in enumerate(draft.addresses):
            put(Address, _ADDRESS, (first + i, contact_id, company_id, a.label, a.street, a.city,
                                    a.region, a.postal_code, a.country, at + i))  # fmt: skip
        addresses = range(first, first + len(draft.addresses))
        if added is not None:
            added.update(_journal_channels(draft, emails, phones, addresses))

    # ------------------------------------------------------------------ update

    def update(self, rows: list[PlannedRow]) -> dict[int, str]:
        """Apply the updates of ``rows``; returns row -> reason for targets that are gone."""
        if not rows:  # most chunks of a first import: no queries for nothing
            return {}
        kind = self.kind
        table = table_of(kind.model)
        ids = [row.target_id for row in rows if row.target_id is not None]
        current = {
            r.id: r._mapping
            for r in self.session.execute(
                select(table).where(table.c.id.in_(ids), table.c.deleted_at.is_(None))
            )
        }
        have = _Existing(self.session, kind, ids)
        failed: dict[int, str] = {}
        changed: Changed = defaultdict(list)
        for row in rows:
            record = current.get(row.target_id or 0)
            if record is None or row.draft is None:
                failed[row.row] = f"{kind.entity.capitalize()} {row.target_id} no longer exists."
                continue
            values = self._update_one(record, row.draft, row.overwrite, have)
            if values:
                changed[frozenset(values)].append({"_id": record["id"], **values})
        self.buffer.flush()  # companies these updates link to are new rows of this chunk
        bulk_update(self.session, table, changed)
        return failed

    def _update_one(
        self, record: Any, draft: Draft, overwrite: bool, have: _Existing
    ) -> dict[str, Any]:
        record_id = record["id"]
        fields = self._field_changes(record, draft, overwrite)
        before: dict[str, Any] = {"fields": encode_changes(record, fields)}
        custom = {k: v for k, v in draft.custom.items() if overwrite or k not in record["custom"]}
        custom = {k: v for k, v in custom.items() if record["custom"].get(k) != v}
        if custom:
            before["custom"] = {k: [record["custom"].get(k), v] for k, v in custom.items()}
            fields["custom"] = {**record["custom"], **custom}
        added = self._add_new_items(record_id, draft, overwrite, have)
        before.update(added)
        if not fields and not added:
            return {}
        for name, value in fields.items():
            if name != "custom":
                self.journal.field(self.kind.entity, record_id, name, record[name], value)
        if custom:
            self.journal.field(
                self.kind.entity, record_id, "custom", record["custom"], fields["custom"]
            )
        self.journal.updated(self.kind.entity, record_id, before)
        fields["updated_at"] = self.now
        return fields

    def _field_changes(self, record: Any, draft: Draft, overwrite: bool) -> dict[str, Any]:
        wanted = dict(draft.values)
        wanted.pop("sort_name", None)
        if self.kind is CONTACT and draft.company:
            wanted["company_id"] = self.companies.id_for(draft.company)
        changes: dict[str, Any] = {}
        for name, value in wanted.items():
            old = record[name]
            if value is None or value == old or (name in NAMES and not overwrite):
                continue
            if overwrite or old in (None, "") or (name == "marketing_consent" and old is False):
                changes[name] = value
        if "full_name" in changes or "name" in changes:
            changes["sort_name"] = draft.values["sort_name"]
        return changes

    def _add_new_items(
        self, record_id: int, draft: Draft, overwrite: bool, have: _Existing
    ) -> dict[str, list[Any]]:
        emails = have.emails[record_id]
        phones = have.phones[record_id]
        new = Draft(
            emails=[e for e in draft.emails if email_match_key(e[1]) not in emails],
            phones=[p for p in draft.phones if (p[2] or p[1]) not in phones],
            addresses=draft.addresses if overwrite or not have.addresses[record_id] else [],
        )
        new.addresses = [a for a in new.addresses if a not in have.addresses[record_id]]
        added: dict[str, list[Any]] = {}
        positions = (len(emails), len(phones), len(have.addresses[record_id]))
        self._add_channels(record_id, new, added, positions)
        tags = [self.tags.id_for(tag) for tag in draft.tags]
        tags = [t for t in dict.fromkeys(tags) if t not in have.tags[record_id]]
        for tag_id in tags:
            self.buffer.put(self.kind.tag_link, self.kind.tag_columns, (record_id, tag_id))
        if tags:
            added["tags"] = tags
        return added


class _Existing:
    """What the records being updated already have (emails, phones, addresses, tags)."""

    def __init__(self, session: Session, kind: Kind, ids: list[int]) -> None:
        from crmdesk.services.channels import PostalAddress

        self.emails: dict[int, set[str]] = defaultdict(set)
        self.phones: dict[int, set[str]] = defaultdict(set)
        self.addresses: dict[int, list[PostalAddress]] = defaultdict(list)
        self.tags: dict[int, set[int]] = defaultdict(set)
        e, p, a = models.EmailAddress, models.PhoneNumber, models.Address
        owner_e, owner_p, owner_a = (getattr(m, kind.owner) for m in (e, p, a))
        for owner, key in session.execute(select(owner_e, e.normalized).where(owner_e.in_(ids))):
            self.emails[owner].add(key)
        for owner, raw, e164 in session.execute(
            select(owner_p, p.raw, p.e164).where(owner_p.in_(ids))
        ):
            self.phones[owner].update({raw, e164} - {None})
        for row in session.scalars(select(a).where(owner_a.in_(ids)).order_by(a.position)):
            self.addresses[getattr(row, kind.owner)].append(
                PostalAddress(
                    row.label, row.street, row.city, row.region, row.postal_code, row.country
                )
            )
        link = kind.tag_link
        owner_t = getattr(link, kind.owner)
        for owner, tag_id in session.execute(select(owner_t, link.tag_id).where(owner_t.in_(ids))):
            self.tags[owner].add(tag_id)


def _journal_channels(
    draft: Draft, emails: range, phones: range, addresses: range
) -> dict[str, list[tuple[Any, ...]]]:
    """Each email, phone and address an update added as the journal keeps it (``JOURNAL``)."""
    written: dict[str, list[tuple[Any, ...]]] = {}
    if emails:
        written["emails"] = [(i, email) for i, (_, email) in zip(emails, draft.emails, strict=True)]
    if phones:
        written["phones"] = [
            (i, raw, e164) for i, (_, raw, e164) in zip(phones, draft.phones, strict=True)
        ]
    if addresses:
        written["addresses"] = [
            (i, a.street, a.city, a.region, a.postal_code, a.country)
            for i, a in zip(addresses, draft.addresses, strict=True)
        ]
    return written


def _cities(draft: Draft) -> list[str]:
    """The cities of a draft's addresses as search reads them back (position order)."""
    return [a.city for a in draft.addresses if a.city is not None]
