"""The contact list: filter, sort and page in SQL so it stays fast at 1,000,000 rows.

Item models ask for a page of ids in the chosen order (`contact_id_page`, an index scan that
reads only ids) and then for the display rows of just those ids (`contact_rows`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, select, text, true
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    Address,
    Company,
    Contact,
    ContactTag,
    Deal,
    EmailAddress,
    PhoneNumber,
    Stage,
    Tag,
)
from crmdesk.domain.text import fold
from crmdesk.errors import ValidationError
from crmdesk.services.listing import Criteria, first_value, has_tag, like_pattern, order_by
from crmdesk.services.search_filter import text_matches

SORT_COLUMNS: dict[str, Any] = {
    "name": Contact.sort_name,
    "job_title": Contact.job_title,
    "lifecycle": Contact.lifecycle,
    "lead_source": Contact.lead_source,
    "lead_score": Contact.lead_score,
    "last_interaction": Contact.last_interaction_at,
    "created": Contact.created_at,
    "updated": Contact.updated_at,
    "birthday": Contact.birthday_month * 100 + Contact.birthday_day,
    "company": select(Company.sort_name).where(Company.id == Contact.company_id).scalar_subquery(),
}


@dataclass(frozen=True)
class ContactFilter(Criteria):
    """What the filter bar (or a saved segment) selects. Empty values mean "any"."""

    text: str = ""
    tag: str | None = None
    lifecycle: str | None = None
    lead_source: str | None = None
    has_open_deal: bool | None = None
    birthday_month: int | None = None
    company_id: int | None = None
    trashed: bool = False
    custom: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ContactSort:
    column: str = "name"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.column not in SORT_COLUMNS and not self.column.startswith("custom:"):
            raise ValidationError(f"Contacts cannot be sorted by “{self.column}”.")


@dataclass(frozen=True)
class ContactRow:
    """One line of the contact list."""

    id: int
    full_name: str
    company_name: str | None
    job_title: str | None
    email: str | None
    phone: str | None
    city: str | None
    lifecycle: str
    lead_source: str | None
    lead_score: int | None
    last_interaction_at: datetime | None
    created_at: datetime
    birthday: str | None
    custom: dict[str, Any]


def _open_deal_exists() -> ColumnElement[bool]:
    return exists(
        select(Deal.id)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(
            Deal.contact_id == Contact.id,
            Deal.deleted_at.is_(None),
            Stage.is_won.is_(False),
            Stage.is_lost.is_(False),
        )
    )


def _conditions(criteria: ContactFilter) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [
        Contact.deleted_at.is_not(None) if criteria.trashed else Contact.deleted_at.is_(None)
    ]
    if criteria.text.strip() and not criteria.trashed:
        conds.extend(text_matches(Contact.id, "contact", criteria.text))
    elif criteria.text.strip():
        pattern = like_pattern(criteria.text)
        by_email = exists(
            select(EmailAddress.id).where(
                EmailAddress.contact_id == Contact.id,
                EmailAddress.normalized.like(pattern, escape="\\"),
            )
        )
        conds.append(Contact.sort_name.like(pattern, escape="\\") | by_email)
    if criteria.tag:
        conds.append(has_tag(Contact.id, ContactTag.contact_id, ContactTag.tag_id, criteria.tag))
    if criteria.lifecycle:
        conds.append(Contact.lifecycle == criteria.lifecycle)
    if criteria.lead_source:
        conds.append(Contact.lead_source == criteria.lead_source)
    if criteria.has_open_deal is not None:
        conds.append(_open_deal_exists() if criteria.has_open_deal else ~_open_deal_exists())
    if criteria.birthday_month:
        conds.append(Contact.birthday_month == criteria.birthday_month)
    if criteria.company_id:
        conds.append(Contact.company_id == criteria.company_id)
    for key, value in criteria.custom.items():
        conds.append(func.json_extract(Contact.custom, f"$.{key}") == value)
    return conds


def _sort_expression(sort: ContactSort) -> Any:
    if sort.column.startswith("custom:"):
        return func.json_extract(Contact.custom, f"$.{sort.column.removeprefix('custom:')}")
    return SORT_COLUMNS[sort.column]


def _ordered_ids(criteria: ContactFilter, sort: ContactSort) -> Select[int]:
    order = order_by(_sort_expression(sort), Contact.id, descending=sort.descending)
    return select(Contact.id).where(and_(true(), *_conditions(criteria))).order_by(*order)


def count_contacts(session: Session, criteria: ContactFilter) -> int:
    if criteria.tag and criteria == ContactFilter(tag=criteria.tag):
        return _count_tagged(session, criteria.tag)
    query = select(func.count()).select_from(Contact).where(and_(true(), *_conditions(criteria)))
    return int(session.scalar(query) or 0)


def _count_tagged(session: Session, tag: str) -> int:
    """Live contacts with ``tag``, counted from the tag's side: its links minus those of
    trashed contacts. 50,000 of 1,000,000: ~5 ms instead of ~100 ms. CROSS JOIN makes
    SQLite start from the (few) trashed contacts instead of from every link of the tag."""
    tag_id = session.scalar(select(Tag.id).where(Tag.folded == fold(tag)))
    if tag_id is None:
        return 0
    links = select(func.count()).select_from(ContactTag).where(ContactTag.tag_id == tag_id)
    trashed = text(
        "SELECT count(*) FROM contacts CROSS JOIN contact_tags "
        "ON contact_tags.contact_id = contacts.id "
        "WHERE contacts.deleted_at IS NOT NULL AND contact_tags.tag_id = :tag_id"
    )
    live = int(session.scalar(links) or 0)
    return live - int(session.scalar(trashed, {"tag_id": tag_id}) or 0)


def contact_id_page(
    session: Session,
    criteria: ContactFilter,
    sort: ContactSort,
    *,
    offset: int,
    limit: int,
) -> list[int]:
    """Ids of one page of the list in display order (reads only the index)."""
    query = _ordered_ids(criteria, sort).offset(offset).limit(limit)
    return list(session.scalars(query))


def contact_rows(session: Session, ids: Sequence[int]) -> dict[int, ContactRow]:
    """Display rows for these ids (a page): first email, first phone and city included."""
    if not ids:
        return {}
    first_email = first_value(
        EmailAddress.email, EmailAddress.contact_id == Contact.id, EmailAddress.position
    )
    first_phone = first_value(
        PhoneNumber.raw, PhoneNumber.contact_id == Contact.id, PhoneNumber.position
    )
    first_city = first_value(Address.city, Address.contact_id == Contact.id, Address.position)
    query = (
        select(Contact, Company.name, first_email, first_phone, first_city)
        .outerjoin(Company, Company.id == Contact.company_id)
        .where(Contact.id.in_(list(ids)))
    )
    rows: dict[int, ContactRow] = {}
    for contact, company, email, phone, city in session.execute(query):
        rows[contact.id] = ContactRow(
            id=contact.id,
            full_name=contact.full_name,
            company_name=company,
            job_title=contact.job_title,
            email=email,
            phone=phone,
            city=city,
            lifecycle=contact.lifecycle,
            lead_source=contact.lead_source,
            lead_score=contact.lead_score,
            last_interaction_at=contact.last_interaction_at,
            created_at=contact.created_at,
            birthday=_birthday_text(contact),
            custom=dict(contact.custom or {}),
        )
    return rows


def _birthday_text(contact: Contact) -> str | None:
    if contact.birthday_month is None or contact.birthday_day is None:
        return None
    year = f"{contact.birthday_year:04d}-" if contact.birthday_year else "--"
    return f"{year}{contact.birthday_month:02d}-{contact.birthday_day:02d}"


def lead_sources(session: Session) -> list[str]:
    """Distinct lead sources in use, for the filter bar's choices."""
    query = select(Contact.lead_source).where(Contact.lead_source.is_not(None)).distinct()
    return sorted(str(s) for s in session.scalars(query))
