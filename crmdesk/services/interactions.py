"""Interactions (calls, meetings, emails, messages, visits, notes) and their follow-up tasks.

`contacts.last_interaction_at` is a denormalised copy of the newest live interaction of each
contact (the list sorts by it at 1,000,000 rows). Every write here recomputes it for the
contacts it touched, in the same transaction, with one UPDATE.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session, aliased

from crmdesk.db.models import Company, Contact, Deal, Interaction, Ticket
from crmdesk.db.types import utcnow
from crmdesk.domain.enums import Direction, InteractionKind, Priority
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import fields, search, tasks
from crmdesk.services.changes import CREATED, DELETED, RESTORED, Changes, apply_fields, log_event
from crmdesk.services.links import LINK_FIELDS, check_links, company_of, link_id

ENTITY = "interaction"
MAX_DURATION_MINUTES = 60 * 24 * 31


def _occurred_at(value: Any, field: str) -> datetime:
    moment = fields.moment(value, field)
    if moment is None:
        raise ValidationError("An interaction needs the date and time it happened.", field=field)
    return moment


def _duration(value: Any, field: str) -> int | None:
    minutes: int | None = fields.integer(low=-(2**31), high=2**31)(value, field)
    if minutes is not None and minutes < 0:
        raise ValidationError("The duration cannot be negative.", field=field)
    if minutes is not None and minutes > MAX_DURATION_MINUTES:
        raise ValidationError(
            f"The duration is at most {MAX_DURATION_MINUTES} minutes (31 days).", field=field
        )
    return minutes


def _subject(value: Any, field: str) -> str:
    return fields.text(300)(value, field) or ""


CLEANERS: dict[str, fields.Cleaner] = {
    "kind": fields.choice(InteractionKind, required=True),
    "occurred_at": _occurred_at,
    "direction": fields.choice(Direction, required=True),
    "duration_minutes": _duration,
    "subject": _subject,
    "body": fields.text(100000),
    "outcome": fields.text(300),
    "contact_id": link_id,
    "company_id": link_id,
    "deal_id": link_id,
    "ticket_id": link_id,
}


@dataclass(frozen=True)
class FollowUp:
    """A task to create together with an interaction ("call back on Friday")."""

    title: str
    due_at: datetime | None = None
    priority: str = Priority.NORMAL


@dataclass(frozen=True)
class InteractionInfo:
    """One interaction as plain values, with the names of what it is linked to."""

    id: int
    kind: str
    occurred_at: datetime
    direction: str
    duration_minutes: int | None
    subject: str
    body: str | None
    outcome: str | None
    contact_id: int | None
    contact_name: str | None
    company_id: int | None
    company_name: str | None
    deal_id: int | None
    deal_title: str | None
    ticket_id: int | None
    ticket_number: int | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


def refresh_last_interaction(session: Session, contact_ids: Collection[int | None]) -> set[int]:
    """Recompute contacts.last_interaction_at (max occurred_at of live interactions)."""
    ids = {i for i in contact_ids if i is not None}
    if not ids:
        return set()
    newest = (
        select(func.max(Interaction.occurred_at))
        .where(Interaction.contact_id == Contact.id, Interaction.deleted_at.is_(None))
        .scalar_subquery()
    )
    session.execute(
        update(Contact)
        .where(Contact.id.in_(ids))
        .values(last_interaction_at=newest)
        .execution_options(synchronize_session="fetch")
    )
    return ids


def _require_link(values: Mapping[str, Any]) -> None:
    if all(values.get(name) is None for name in LINK_FIELDS):
        raise ValidationError(
            "An interaction must be linked to a contact, a company, a deal or a ticket.",
            field="contact_id",
        )


def _after_write(session: Session, ids: Sequence[int], contact_ids: set[int | None]) -> Changes:
    """Keep last_interaction_at and search in step; say which contacts changed with them."""
    changes = Changes()
    for contact_id in refresh_last_interaction(session, contact_ids):
        changes.add("updated", "contact", contact_id)
    search.reindex(session, ENTITY, list(ids))
    return changes


def log_interaction(
    session: Session,
    *,
    kind: str,
    occurred_at: datetime | str,
    subject: str,
    body: str | None = None,
    direction: str = Direction.NONE,
    duration_minutes: int | None = None,
    outcome: str | None = None,
    contact_id: int | None = None,
    company_id: int | None = None,
    deal_id: int | None = None,
    ticket_id: int | None = None,
    follow_up: FollowUp | None = None,
) -> tuple[int, Changes]:
    """Record an interaction (and its follow-up task); a contact's company is linked too."""
    raw = {
        "kind": kind, "occurred_at": occurred_at, "direction": direction,
        "duration_minutes": duration_minutes, "subject": subject, "body": body,
        "outcome": outcome, "contact_id": contact_id, "company_id": company_id,
        "deal_id": deal_id, "ticket_id": ticket_id,
    }  # fmt: skip
    cleaned = fields.clean_values(CLEANERS, raw, entity=ENTITY)
    _require_link(cleaned)
    check_links(session, cleaned)
    if cleaned["contact_id"] is not None and cleaned["company_id"] is None:
        cleaned["company_id"] = company_of(session, cleaned["contact_id"])
    record = Interaction(**cleaned)
    session.add(record)
    session.flush()
    log_event(session, ENTITY, record.id, CREATED)
    changes = Changes().add("created", ENTITY, record.id)
    if follow_up is not None:
        _, task_changes = tasks.create_task(
            session,
            title=follow_up.title,
            due_at=follow_up.due_at,
            priority=follow_up.priority,
            interaction_id=record.id,
            **{name: cleaned[name] for name in LINK_FIELDS},
        )
        changes.merge(task_changes)
    return record.id, changes.merge(_after_write(session, [record.id], {record.contact_id}))


def _record(session: Session, interaction_id: int) -> Interaction:
    record = session.get(Interaction, interaction_id)
    if record is None:
        raise NotFoundError(f"Interaction {interaction_id} does not exist.")
    return record


def update_interaction(
    session: Session, interaction_id: int, *, values: Mapping[str, Any]
) -> Changes:
    """Change any field (see CLEANERS); a newly chosen contact brings its company if none."""
    record = _record(session, interaction_id)
    cleaned = fields.clean_values(CLEANERS, values, entity=ENTITY)
    _require_link({name: cleaned.get(name, getattr(record, name)) for name in LINK_FIELDS})
    check_links(session, cleaned)
    new_contact = cleaned.get("contact_id")
    if new_contact is not None and "company_id" not in cleaned and record.company_id is None:
        cleaned["company_id"] = company_of(session, new_contact)
    old_contact = record.contact_id
    if not apply_fields(session, record, ENTITY, cleaned):
        return Changes()
    record.updated_at = utcnow()
    session.flush()
    changes = Changes().add("updated", ENTITY, interaction_id)
    return changes.merge(_after_write(session, [interaction_id], {old_contact, record.contact_id}))


def trash_interactions(session: Session, interaction_ids: Sequence[int]) -> Changes:
    """Move interactions to the trash; their contacts' last interaction moves back."""
    return _set_deleted(session, interaction_ids, utcnow())


def restore_interactions(session: Session, interaction_ids: Sequence[int]) -> Changes:
    return _set_deleted(session, interaction_ids, None)


def _set_deleted(session: Session, ids_in: Sequence[int], when: datetime | None) -> Changes:
    changes = Changes()
    live_now = (
        Interaction.deleted_at.is_not(None) if when is None else Interaction.deleted_at.is_(None)
    )
    rows = session.execute(
        select(Interaction.id, Interaction.contact_id).where(Interaction.id.in_(ids_in), live_now)
    ).all()
    if not rows:
        return changes
    ids = [int(row[0]) for row in rows]
    session.execute(update(Interaction).where(Interaction.id.in_(ids)).values(deleted_at=when))
    for record_id in ids:
        log_event(session, ENTITY, record_id, DELETED if when else RESTORED)
        changes.add("deleted" if when else "created", ENTITY, record_id)
    return changes.merge(_after_write(session, ids, {row[1] for row in rows}))


def _info_query() -> Any:
    contact, company = aliased(Contact), aliased(Company)
    deal, ticket = aliased(Deal), aliased(Ticket)
    return (
        select(Interaction, contact.full_name, company.name, deal.title, ticket.number)
        .outerjoin(contact, contact.id == Interaction.contact_id)
        .outerjoin(company, company.id == Interaction.company_id)
        .outerjoin(deal, deal.id == Interaction.deal_id)
        .outerjoin(ticket, ticket.id == Interaction.ticket_id)
    )


def _info(row: Any) -> InteractionInfo:
    item, contact_name, company_name, deal_title, ticket_number = row
    return InteractionInfo(
        id=item.id,
        kind=item.kind,
        occurred_at=item.occurred_at,
        direction=item.direction,
        duration_minutes=item.duration_minutes,
        subject=item.subject,
        body=item.body,
        outcome=item.outcome,
        contact_id=item.contact_id,
        contact_name=contact_name,
        company_id=item.company_id,
        company_name=company_name,
        deal_id=item.deal_id,
        deal_title=deal_title,
        ticket_id=item.ticket_id,
        ticket_number=ticket_number,
        created_at=item.created_at,
        updated_at=item.updated_at,
        deleted_at=item.deleted_at,
    )


def get_interaction(session: Session, interaction_id: int) -> InteractionInfo:
    row = session.execute(_info_query().where(Interaction.id == interaction_id)).first()
    if row is None:
        raise NotFoundError(f"Interaction {interaction_id} does not exist.")
    return _info(row)


def interactions_for(
    session: Session,
    *,
    contact_id: int | None = None,
    company_id: int | None = None,
    deal_id: int | None = None,
    ticket_id: int | None = None,
    limit: int = 100,
    before: datetime | None = None,
) -> list[InteractionInfo]:
    """Live interactions linked directly to one record, newest first (``before`` pages on)."""
    given = [
        (Interaction.contact_id, contact_id),
        (Interaction.company_id, company_id),
        (Interaction.deal_id, deal_id),
        (Interaction.ticket_id, ticket_id),
    ]
    chosen = [(column, value) for column, value in given if value is not None]
    if len(chosen) != 1:
        raise ValidationError("Give exactly one of contact, company, deal or ticket.")
    column, value = chosen[0]
    conds: list[ColumnElement[bool]] = [column == value, Interaction.deleted_at.is_(None)]
    if before is not None:
        conds.append(Interaction.occurred_at < before)
    query = (
        _info_query()
        .where(*conds)
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(limit)
    )
    return [_info(row) for row in session.execute(query)]
