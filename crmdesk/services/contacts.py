"""Contacts (people): create, read, update, trash and restore.

This module is the pattern the other record services follow: a table of field cleaners,
`create_*` / `update_*` that validate everything before writing, change-log every field,
keep search in step, and return a `Changes`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crmdesk.db.models import Company, Contact
from crmdesk.db.types import utcnow
from crmdesk.domain.enums import Gender, Lifecycle, NameOrder
from crmdesk.domain.text import contains_cjk, fold
from crmdesk.domain.validation import check_birthday
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import channels, custom_fields, fields, parties, search, tags
from crmdesk.services.changes import DELETED, RESTORED, Changes, apply_fields, log_event
from crmdesk.services.channels import Labeled, PostalAddress

ENTITY = "contact"

CLEANERS: dict[str, fields.Cleaner] = {
    "full_name": fields.text(300),
    "given_name": fields.text(150),
    "family_name": fields.text(150),
    "name_order": fields.choice(NameOrder, required=True),
    "company_id": lambda value, _field: None if value in (None, "") else int(value),
    "job_title": fields.text(200),
    "department": fields.text(200),
    "gender": fields.choice(Gender),
    "birthday_year": fields.integer(low=1000, high=9999),
    "birthday_month": fields.integer(low=1, high=12),
    "birthday_day": fields.integer(low=1, high=31),
    "lifecycle": fields.choice(Lifecycle, required=True),
    "lead_source": fields.text(100),
    "lead_score": fields.integer(low=0, high=100),
    "marketing_consent": fields.boolean,
    "consent_date": fields.moment,
    "consent_source": fields.text(200),
    "personal_details": fields.text(20000),
    "notes": fields.text(100000),
}


@dataclass(frozen=True)
class ContactDetail:
    """Everything the detail page shows about one contact, as plain values."""

    id: int
    full_name: str
    given_name: str | None
    family_name: str | None
    name_order: str
    company_id: int | None
    company_name: str | None
    job_title: str | None
    department: str | None
    gender: str | None
    birthday_year: int | None
    birthday_month: int | None
    birthday_day: int | None
    lifecycle: str
    lead_source: str | None
    lead_score: int | None
    marketing_consent: bool
    consent_date: datetime | None
    consent_source: str | None
    personal_details: str | None
    notes: str | None
    last_interaction_at: datetime | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    emails: list[Labeled] = field(default_factory=list)
    phones: list[Labeled] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    custom: dict[str, Any] = field(default_factory=dict)

    @property
    def birthday(self) -> date | None:
        """The birthday as a date (year 1904, a leap year, when the year is unknown)."""
        if self.birthday_month is None or self.birthday_day is None:
            return None
        return date(self.birthday_year or 1904, self.birthday_month, self.birthday_day)


def compose_full_name(given: str | None, family: str | None, order: str) -> str:
    """Display name from parts: "Given Family", or "FamilyGiven" for CJK family-first names."""
    parts = [family, given] if order == NameOrder.FAMILY_FIRST else [given, family]
    present = [p for p in parts if p]
    joiner = "" if present and all(contains_cjk(p) for p in present) else " "
    return joiner.join(present)


def _finish_names(record: Contact, values: dict[str, Any]) -> None:
    """Fill full_name from the parts when missing; keep sort_name in step."""
    merged = {
        k: values.get(k, getattr(record, k)) for k in ("full_name", "given_name", "family_name")
    }
    order = values.get("name_order", record.name_order) or NameOrder.GIVEN_FIRST
    if not merged["full_name"]:
        composed = compose_full_name(merged["given_name"], merged["family_name"], order)
        if not composed:
            raise ValidationError("A contact needs a name.", field="full_name")
        values["full_name"] = composed
    values["sort_name"] = fold(values.get("full_name") or record.full_name)[:300]


def _check(session: Session, record: Contact, values: dict[str, Any]) -> None:
    def now(name: str) -> Any:
        return values.get(name, getattr(record, name))

    check_birthday(now("birthday_year"), now("birthday_month"), now("birthday_day"))
    company_id = values.get("company_id")
    if company_id is not None:
        exists = session.scalar(
            select(Company.id).where(Company.id == company_id, Company.deleted_at.is_(None))
        )
        if exists is None:
            raise ValidationError("That company does not exist.", field="company_id")
    if values.get("marketing_consent") and not now("consent_date"):
        values["consent_date"] = utcnow()


def create_contact(
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
    """Create a contact with its emails, phones, addresses, tags and custom values."""
    cleaned = fields.clean_values(CLEANERS, values, entity=ENTITY)
    record = Contact(
        full_name="", sort_name="", name_order=NameOrder.GIVEN_FIRST, lifecycle=Lifecycle.LEAD,
        marketing_consent=False, custom={}, import_batch_id=batch_id,
    )  # fmt: skip
    cleaned.setdefault("name_order", NameOrder.GIVEN_FIRST)
    _finish_names(record, cleaned)
    _check(session, record, cleaned)
    for name, value in cleaned.items():
        setattr(record, name, value)
    record.custom = custom_fields.clean_custom(session, ENTITY, custom or {})
    return parties.finish_create(
        session, ENTITY, record,
        emails=emails, phones=phones, addresses=addresses, tag_names=tag_names,
        region=region, batch_id=batch_id,
    )  # fmt: skip


def _live(session: Session, contact_id: int) -> Contact:
    record = session.get(Contact, contact_id)
    if record is None:
        raise NotFoundError(f"Contact {contact_id} does not exist.")
    return record


def update_contact(
    session: Session,
    contact_id: int,
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
    """Change any part of a contact; parts passed as None stay as they are."""
    record = _live(session, contact_id)
    cleaned = fields.clean_values(CLEANERS, values or {}, entity=ENTITY)
    if {"full_name", "given_name", "family_name", "name_order"} & cleaned.keys():
        _finish_names(record, cleaned)
    _check(session, record, cleaned)
    changed = bool(apply_fields(session, record, ENTITY, cleaned, batch_id=batch_id))
    changed |= parties.write_parts(
        session, ENTITY, record,
        emails=emails, phones=phones, addresses=addresses, tag_names=tag_names,
        custom=custom, region=region, batch_id=batch_id,
    )  # fmt: skip
    return parties.finish_update(session, ENTITY, record, changed)


def get_contact(session: Session, contact_id: int) -> ContactDetail:
    record = _live(session, contact_id)
    return ContactDetail(
        id=record.id,
        full_name=record.full_name,
        given_name=record.given_name,
        family_name=record.family_name,
        name_order=record.name_order,
        company_id=record.company_id,
        company_name=record.company.name if record.company else None,
        job_title=record.job_title,
        department=record.department,
        gender=record.gender,
        birthday_year=record.birthday_year,
        birthday_month=record.birthday_month,
        birthday_day=record.birthday_day,
        lifecycle=record.lifecycle,
        lead_source=record.lead_source,
        lead_score=record.lead_score,
        marketing_consent=record.marketing_consent,
        consent_date=record.consent_date,
        consent_source=record.consent_source,
        personal_details=record.personal_details,
        notes=record.notes,
        last_interaction_at=record.last_interaction_at,
        created_at=record.created_at,
        updated_at=record.updated_at,
        deleted_at=record.deleted_at,
        emails=channels.read_emails(session, ENTITY, record.id),
        phones=channels.read_phones(session, ENTITY, record.id),
        addresses=channels.read_addresses(session, ENTITY, record.id),
        tags=tags.read_tags(session, ENTITY, record.id),
        custom=dict(record.custom or {}),
    )


def trash_contacts(session: Session, contact_ids: Sequence[int]) -> Changes:
    """Move contacts to the trash (soft delete); they vanish from lists and search."""
    return _set_deleted(session, contact_ids, utcnow())


def restore_contacts(session: Session, contact_ids: Sequence[int]) -> Changes:
    return _set_deleted(session, contact_ids, None)


def _set_deleted(session: Session, contact_ids: Sequence[int], when: datetime | None) -> Changes:
    changes = Changes()
    live_now = Contact.deleted_at.is_not(None) if when is None else Contact.deleted_at.is_(None)
    ids = list(session.scalars(select(Contact.id).where(Contact.id.in_(contact_ids), live_now)))
    if not ids:
        return changes
    session.execute(update(Contact).where(Contact.id.in_(ids)).values(deleted_at=when))
    for record_id in ids:
        log_event(session, ENTITY, record_id, DELETED if when else RESTORED)
        changes.add("deleted" if when else "created", ENTITY, record_id)
    search.reindex(session, ENTITY, ids)
    return changes
