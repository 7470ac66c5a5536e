"""Contacts and companies as export tables: one row per record, every email, phone and address
in numbered columns (as many as the record with the most has), tags joined with ", ", custom
fields by their label. A birthday without a year is written as "--MM-DD"."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    Address,
    Company,
    EmailAddress,
    PhoneNumber,
)
from crmdesk.exchange.export.tables import (
    ID_COLUMN,
    Column,
    Kind,
    Table,
    most_per_owner,
    raw_grouped,
    raw_rows,
    spread,
)
from crmdesk.exchange.file_ids import file_tag, tagged
from crmdesk.services import custom_fields

ADDRESS_PARTS = ("Street", "City", "Region", "Postal Code", "Country")
CONTACT_HEAD = (
    Column("Full name"), Column("First name"), Column("Last name"), Column("Company"),
    Column("Job title"), Column("Department"),
)  # fmt: skip
CONTACT_TAIL = (
    Column("Birthday", Kind.DATE), Column("Gender"), Column("Lifecycle stage"),
    Column("Lead source"), Column("Lead score", Kind.INTEGER),
    Column("Marketing consent", Kind.BOOLEAN), Column("Consent date", Kind.DATETIME),
    Column("Tags"), Column("Notes"), Column("Personal details"),
)  # fmt: skip
COMPANY_HEAD = (
    Column("Company name"), Column("Legal name"), Column("Industry"), Column("Company size"),
    Column("Website"), Column("Tax ID"),
)  # fmt: skip
COMPANY_TAIL = (Column("Lifecycle stage"), Column("Lead source"), Column("Tags"), Column("Notes"))


class _Channels:
    """How many email/phone/address columns, and the chunk's values for them."""

    def __init__(self, session: Session, owner: str) -> None:
        self.owner = owner
        self.emails = most_per_owner(session, getattr(EmailAddress, owner))
        self.phones = most_per_owner(session, getattr(PhoneNumber, owner))
        self.addresses = most_per_owner(session, getattr(Address, owner))
        self._widths = (self.emails * 2, self.phones * 2, self.addresses * 6)
        self._blank = tuple((None,) * width for width in self._widths)

    def columns(self) -> list[Column]:
        columns = []
        for number in range(1, self.emails + 1):
            columns += [Column(f"E-mail {number} - Type"), Column(f"E-mail {number} - Value")]
        for number in range(1, self.phones + 1):
            columns += [Column(f"Phone {number} - Type"), Column(f"Phone {number} - Value")]
        for number in range(1, self.addresses + 1):
            columns.append(Column(f"Address {number} - Type"))
            columns += [Column(f"Address {number} - {part}") for part in ADDRESS_PARTS]
        return columns

    def load(self, session: Session, ids: Sequence[int]) -> None:
        owner = self.owner  # "contact_id" | "company_id": fixed names, not input
        where = f"WHERE {owner} IN ({{ids}}) ORDER BY {owner}, position"
        emails = raw_rows(session, f"SELECT {owner}, label, email FROM emails {where}", ids)
        phones = raw_rows(session, f"SELECT {owner}, label, raw FROM phones {where}", ids)
        addresses = raw_rows(
            session,
            f"SELECT {owner}, label, street, city, region, postal_code, country FROM addresses "
            + where,
            ids,
        )
        self._found = tuple(
            spread(rows, width)
            for rows, width in zip((emails, phones, addresses), self._widths, strict=True)
        )

    def values(self, record_id: int) -> tuple[Any, ...]:
        """The record's email, phone and address cells, in the order of ``columns()``."""
        emails, phones, addresses = self._found
        blank_emails, blank_phones, blank_addresses = self._blank
        return (
            emails.get(record_id, blank_emails)
            + phones.get(record_id, blank_phones)
            + addresses.get(record_id, blank_addresses)
        )


def _tags(session: Session, link: str, owner: str, ids: Sequence[int]) -> dict[int, str]:
    found = raw_grouped(
        session,
        f"SELECT l.{owner}, t.name FROM {link} AS l JOIN tags AS t ON t.id = l.tag_id "
        f"WHERE l.{owner} IN ({{ids}}) ORDER BY t.folded",
        ids,
    )
    return {record_id: ", ".join(names) for record_id, names in found.items()}


def birthday_cell(year: int | None, month: int | None, day: int | None) -> date | str | None:
    if month is None or day is None:
        return None
    return date(year, month, day) if year else f"--{month:02d}-{day:02d}"


def contact_table(session: Session, ids: list[int]) -> Table:
    channels = _Channels(session, "contact_id")
    defs = custom_fields.list_fields(session, "contact")
    columns = [*CONTACT_HEAD, *channels.columns(), *CONTACT_TAIL]
    columns += [Column(d.label, _custom_kind(d.type)) for d in defs]
    columns.append(ID_COLUMN)
    tag = file_tag(session)

    def rows_of(session: Session, chunk: Sequence[int]) -> list[list[Any]]:
        channels.load(session, chunk)
        tags = _tags(session, "contact_tags", "contact_id", chunk)
        found: dict[int, list[Any]] = {}
        for r in raw_rows(session, CONTACT_SQL, chunk):
            (record_id, full_name, given, family, company, job, department, year, month, day,
             gender, lifecycle, source, score, consent, consent_date, notes, personal,
             custom) = r  # fmt: skip
            found[record_id] = [
                full_name, given, family, company, job, department, *channels.values(record_id),
                birthday_cell(year, month, day), gender, lifecycle, source, score, bool(consent),
                _moment(consent_date), tags.get(record_id), notes, personal,
                *(custom_cells(json.loads(custom) if custom else {}, defs) if defs else ()),
                tagged(tag, record_id),
            ]  # fmt: skip
        return [found[i] for i in chunk if i in found]

    return Table("Contacts", "contacts", columns, ids, rows_of)


def company_table(session: Session, ids: list[int]) -> Table:
    channels = _Channels(session, "company_id")
    defs = custom_fields.list_fields(session, "company")
    columns = [*COMPANY_HEAD, *channels.columns(), *COMPANY_TAIL]
    columns += [Column(d.label, _custom_kind(d.type)) for d in defs]
    columns.append(ID_COLUMN)
    tag = file_tag(session)

    def rows_of(session: Session, chunk: Sequence[int]) -> list[list[Any]]:
        channels.load(session, chunk)
        tags = _tags(session, "company_tags", "company_id", chunk)
        found: dict[int, list[Any]] = {}
        for c in session.scalars(select(Company).where(Company.id.in_(chunk))):
            found[c.id] = [
                c.name, c.legal_name, c.industry, c.size, c.website, c.tax_id,
                *channels.values(c.id), c.lifecycle, c.lead_source, tags.get(c.id), c.notes,
                *custom_cells(c.custom, defs), tagged(tag, c.id),
            ]  # fmt: skip
        return [found[i] for i in chunk if i in found]

    return Table("Companies", "companies", columns, ids, rows_of)


#: One chunk of contacts (plain rows, no ORM objects: 100,000 of them are read).
CONTACT_SQL = (
    "SELECT c.id, c.full_name, c.given_name, c.family_name, co.name, c.job_title, c.department, "
    "c.birthday_year, c.birthday_month, c.birthday_day, c.gender, c.lifecycle, c.lead_source, "
    "c.lead_score, c.marketing_consent, c.consent_date, c.notes, c.personal_details, c.custom "
    "FROM contacts AS c LEFT JOIN companies AS co ON co.id = c.company_id "
    "AND co.deleted_at IS NULL WHERE c.id IN ({ids})"
)


def _moment(text: str | None) -> datetime | None:
    """A UTC timestamp column read as plain SQL (``db.types.UTCDateTime``'s text form)."""
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _custom_kind(kind: str) -> Kind:
    return {"number": Kind.NUMBER, "date": Kind.DATE, "boolean": Kind.BOOLEAN}.get(kind, Kind.TEXT)


def custom_cells(
    custom: dict[str, Any] | None, defs: Sequence[custom_fields.FieldDef]
) -> list[Any]:
    """A record's custom values in the order of ``defs``; dates (stored as text) as dates."""
    values = custom or {}
    row: list[Any] = []
    for definition in defs:
        value = values.get(definition.key)
        if definition.type == "date" and isinstance(value, str):
            with contextlib.suppress(ValueError):
                value = date.fromisoformat(value)
        row.append(value)
    return row
