"""Contacts and companies as export tables: one row per record, every email, phone and address
in numbered columns (as many as the record with the most has), tags joined with ", ", custom
fields by their label. A birthday without a year is written as "--MM-DD"."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    Address,
    Company,
    CompanyTag,
    Contact,
    ContactTag,
    EmailAddress,
    PhoneNumber,
    Tag,
)
from crmdesk.exchange.export.tables import (
    ID_HEADER,
    Column,
    Kind,
    Table,
    grouped,
    most_per_owner,
)
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
        e, p, a = EmailAddress, PhoneNumber, Address
        owner_e, owner_p, owner_a = (getattr(m, self.owner) for m in (e, p, a))
        self._emails = grouped(
            session,
            select(owner_e, e.label, e.email).where(owner_e.in_(ids)).order_by(e.position),
        )
        self._phones = grouped(
            session, select(owner_p, p.label, p.raw).where(owner_p.in_(ids)).order_by(p.position)
        )
        self._addresses = grouped(
            session,
            select(owner_a, a.label, a.street, a.city, a.region, a.postal_code, a.country)
            .where(owner_a.in_(ids))
            .order_by(a.position),
        )

    def values(self, record_id: int) -> list[Any]:
        row: list[Any] = []
        for count, items, width in (
            (self.emails, self._emails, 2),
            (self.phones, self._phones, 2),
            (self.addresses, self._addresses, 6),
        ):
            found = items.get(record_id, [])
            for index in range(count):
                row += list(found[index]) if index < len(found) else [None] * width
        return row


def _tags(session: Session, link: Any, owner: Any, ids: Sequence[int]) -> dict[int, str]:
    found = grouped(
        session,
        select(owner, Tag.name)
        .join(Tag, Tag.id == link.tag_id)
        .where(owner.in_(ids))
        .order_by(Tag.folded),
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
    columns.append(Column(ID_HEADER, Kind.INTEGER, hidden=True))

    def rows_of(session: Session, chunk: Sequence[int]) -> list[list[Any]]:
        channels.load(session, chunk)
        tags = _tags(session, ContactTag, ContactTag.contact_id, chunk)
        c = Contact
        query = (
            select(
                c.id,
                c.full_name,
                c.given_name,
                c.family_name,
                Company.name,
                c.job_title,
                c.department,
                c.birthday_year,
                c.birthday_month,
                c.birthday_day,
                c.gender,
                c.lifecycle,
                c.lead_source,
                c.lead_score,
                c.marketing_consent,
                c.consent_date,
                c.notes,
                c.personal_details,
                c.custom,
            )
            .outerjoin(Company, (Company.id == c.company_id) & Company.deleted_at.is_(None))
            .where(c.id.in_(chunk))
        )
        found: dict[int, list[Any]] = {}
        for r in session.execute(query):
            birthday = birthday_cell(r.birthday_year, r.birthday_month, r.birthday_day)
            found[r.id] = [
                *r[1:6], r.department, *channels.values(r.id), birthday, r.gender, r.lifecycle,
                r.lead_source, r.lead_score, r.marketing_consent, r.consent_date, tags.get(r.id),
                r.notes, r.personal_details, *_custom_values(r.custom, defs), r.id,
            ]  # fmt: skip
        return [found[i] for i in chunk if i in found]

    return Table("Contacts", "contacts", columns, ids, rows_of)


def company_table(session: Session, ids: list[int]) -> Table:
    channels = _Channels(session, "company_id")
    defs = custom_fields.list_fields(session, "company")
    columns = [*COMPANY_HEAD, *channels.columns(), *COMPANY_TAIL]
    columns += [Column(d.label, _custom_kind(d.type)) for d in defs]
    columns.append(Column(ID_HEADER, Kind.INTEGER, hidden=True))

    def rows_of(session: Session, chunk: Sequence[int]) -> list[list[Any]]:
        channels.load(session, chunk)
        tags = _tags(session, CompanyTag, CompanyTag.company_id, chunk)
        found: dict[int, list[Any]] = {}
        for c in session.scalars(select(Company).where(Company.id.in_(chunk))):
            found[c.id] = [
                c.name, c.legal_name, c.industry, c.size, c.website, c.tax_id,
                *channels.values(c.id), c.lifecycle, c.lead_source, tags.get(c.id), c.notes,
                *_custom_values(c.custom, defs), c.id,
            ]  # fmt: skip
        return [found[i] for i in chunk if i in found]

    return Table("Companies", "companies", columns, ids, rows_of)


def _custom_kind(kind: str) -> Kind:
    return {"number": Kind.NUMBER, "date": Kind.DATE, "boolean": Kind.BOOLEAN}.get(kind, Kind.TEXT)


def _custom_values(
    custom: dict[str, Any] | None, defs: Sequence[custom_fields.FieldDef]
) -> list[Any]:
    values = custom or {}
    row: list[Any] = []
    for definition in defs:
        value = values.get(definition.key)
        if definition.type == "date" and isinstance(value, str):
            with contextlib.suppress(ValueError):
                value = date.fromisoformat(value)
        row.append(value)
    return row
