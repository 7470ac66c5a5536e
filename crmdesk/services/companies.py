"""Companies (organisations): create, read, update, trash and restore.

Follows the pattern of `services.contacts`: a table of field cleaners, validation before any
write, every field change logged, search kept in step, a `Changes` returned.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crmdesk.db.models import Company, Contact
from crmdesk.db.types import utcnow
from crmdesk.domain.enums import Lifecycle
from crmdesk.domain.text import fold
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import channels, custom_fields, fields, parties, search, tags
from crmdesk.services.changes import DELETED, RESTORED, Changes, apply_fields, log_event
from crmdesk.services.channels import Labeled, PostalAddress

ENTITY = "company"
PEOPLE_LIMIT = 1000

CLEANERS: dict[str, fields.Cleaner] = {
    "name": fields.text(300, required=True),
    "legal_name": fields.text(300),
    "industry": fields.text(100),
    "size": fields.text(32),
    "website": fields.text(300),
    "tax_id": fields.text(64),
    "lifecycle": fields.choice(Lifecycle),
    "lead_source": fields.text(100),
    "notes": fields.text(100000),
}


class Person(NamedTuple):
    """One live contact of a company, as the company page lists it."""

    contact_id: int
    full_name: str
    job_title: str | None


@dataclass(frozen=True)
class CompanyDetail:
    """Everything the company page shows, as plain values."""

    id: int
    name: str
    legal_name: str | None
    industry: str | None
    size: str | None
    website: str | None
    tax_id: str | None
    lifecycle: str | None
    lead_source: str | None
    notes: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    emails: list[Labeled] = field(default_factory=list)
    phones: list[Labeled] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)  # sorted by name, at most PEOPLE_LIMIT
    people_count: int = 0  # all live contacts, even beyond PEOPLE_LIMIT


def create_company(
    session: Session,
    *,
    values: Mapping[str, Any],
    emails: Sequence[Labeled] = (),
    phones: Sequence[Labeled] = (),
    addresses: Sequence[PostalAddress] = (),
    tag_names: Sequence[str] = (),
    custom: Mapping[str, Any] | None = None,
    region: str | None = None,
    batch_id: int | None = None,
) -> tuple[int, Changes]:
    """Create a company with its emails, phones, addresses, tags and custom values."""
    if "name" not in values:
        raise ValidationError("A company needs a name.", field="name")
    cleaned = fields.clean_values(CLEANERS, values, entity=ENTITY)
    cleaned["sort_name"] = fold(cleaned["name"])[:300]
    record = Company(**cleaned, import_batch_id=batch_id)
    record.custom = custom_fields.clean_custom(session, ENTITY, custom or {})
    return parties.finish_create(
        session, ENTITY, record,
        emails=emails, phones=phones, addresses=addresses, tag_names=tag_names,
        region=region, batch_id=batch_id,
    )  # fmt: skip


def _record(session: Session, company_id: int) -> Company:
    record = session.get(Company, company_id)
    if record is None:
        raise NotFoundError(f"Company {company_id} does not exist.")
    return record


def update_company(
    session: Session,
    company_id: int,
    *,
    values: Mapping[str, Any] | None = None,
    emails: Sequence[Labeled] | None = None,
    phones: Sequence[Labeled] | None = None,
    addresses: Sequence[PostalAddress] | None = None,
    tag_names: Sequence[str] | None = None,
    custom: Mapping[str, Any] | None = None,
    region: str | None = None,
    batch_id: int | None = None,
) -> Changes:
    """Change any part of a company; parts passed as None stay as they are."""
    record = _record(session, company_id)
    cleaned = fields.clean_values(CLEANERS, values or {}, entity=ENTITY)
    if "name" in cleaned:
        cleaned["sort_name"] = fold(cleaned["name"])[:300]
    changed = bool(apply_fields(session, record, ENTITY, cleaned, batch_id=batch_id))
    changed |= parties.write_parts(
        session, ENTITY, record,
        emails=emails, phones=phones, addresses=addresses, tag_names=tag_names,
        custom=custom, region=region, batch_id=batch_id,
    )  # fmt: skip
    return parties.finish_update(session, ENTITY, record, changed)


def _people(session: Session, company_id: int) -> tuple[list[Person], int]:
    live = (Contact.company_id == company_id, Contact.deleted_at.is_(None))
    rows = session.execute(
        select(Contact.id, Contact.full_name, Contact.job_title)
        .where(*live)
        .order_by(Contact.sort_name, Contact.id)
        .limit(PEOPLE_LIMIT)
    )
    people = [Person(int(i), str(n), j) for i, n, j in rows]
    if len(people) < PEOPLE_LIMIT:
        return people, len(people)
    count = session.scalar(select(func.count()).select_from(Contact).where(*live))
    return people, int(count or 0)


def get_company(session: Session, company_id: int) -> CompanyDetail:
    record = _record(session, company_id)
    people, people_count = _people(session, company_id)
    return CompanyDetail(
        id=record.id,
        name=record.name,
        legal_name=record.legal_name,
        industry=record.industry,
        size=record.size,
        website=record.website,
        tax_id=record.tax_id,
        lifecycle=record.lifecycle,
        lead_source=record.lead_source,
        notes=record.notes,
        created_at=record.created_at,
        updated_at=record.updated_at,
        deleted_at=record.deleted_at,
        emails=channels.read_emails(session, ENTITY, record.id),
        phones=channels.read_phones(session, ENTITY, record.id),
        addresses=channels.read_addresses(session, ENTITY, record.id),
        tags=tags.read_tags(session, ENTITY, record.id),
        custom=dict(record.custom or {}),
        people=people,
        people_count=people_count,
    )


def trash_companies(session: Session, company_ids: Sequence[int]) -> Changes:
    """Move companies to the trash. Their people keep the link, so a restore brings it back."""
    return _set_deleted(session, company_ids, utcnow())


def restore_companies(session: Session, company_ids: Sequence[int]) -> Changes:
    return _set_deleted(session, company_ids, None)


def _set_deleted(session: Session, company_ids: Sequence[int], when: datetime | None) -> Changes:
    changes = Changes()
    live_now = Company.deleted_at.is_not(None) if when is None else Company.deleted_at.is_(None)
    ids = list(session.scalars(select(Company.id).where(Company.id.in_(company_ids), live_now)))
    if not ids:
        return changes
    session.execute(update(Company).where(Company.id.in_(ids)).values(deleted_at=when))
    for record_id in ids:
        log_event(session, ENTITY, record_id, DELETED if when else RESTORED)
        changes.add("deleted" if when else "created", ENTITY, record_id)
    search.reindex(session, ENTITY, ids)
    return changes
