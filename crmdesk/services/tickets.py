"""Tickets (requests, complaints, questions, suggestions): create, read, update, trash, restore.

Follows services.contacts. Each ticket has a human number shown as `T-000123`, allocated as
max + 1 inside the creating transaction (safe: SQLite serializes writers, and the column is
unique). Status drives `resolved_at`: resolving or closing sets it, reopening clears it.
The list with filters, sorting and ageing is services.ticket_list.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crmdesk.db.models import Company, Contact, Ticket
from crmdesk.db.types import utcnow
from crmdesk.domain.enums import Channel, Priority, TicketCategory, TicketStatus
from crmdesk.domain.text import fold
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import fields, links, search
from crmdesk.services.changes import CREATED, DELETED, RESTORED, Changes, apply_fields, log_event

ENTITY = "ticket"
DONE_STATUSES = frozenset({TicketStatus.RESOLVED.value, TicketStatus.CLOSED.value})
_NUMBER = re.compile(r"^(?:t\s*-?\s*)?0*(\d{1,9})$")


def format_ticket_number(number: int) -> str:
    """The number as users see and quote it: `T-000123`."""
    return f"T-{number:06d}"


def parse_ticket_number(value: Any, field: str = "number") -> int | None:
    """`T-000123`, `t123`, `123` or `۱۲۳` -> 123; empty -> None."""
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    match = _NUMBER.match(fold(str(value)).replace(" ", ""))
    if match is None or int(match.group(1)) == 0:
        raise ValidationError(f"“{value}” is not a ticket number like T-000123.", field=field)
    return int(match.group(1))


CLEANERS: dict[str, fields.Cleaner] = {
    "number": parse_ticket_number,
    "subject": fields.text(300),
    "body": fields.text(100000),
    "status": fields.choice(TicketStatus),  # empty: open (new) or unchanged
    "priority": fields.choice(Priority),
    "category": fields.choice(TicketCategory),
    "channel": fields.choice(Channel),
    "opened_at": fields.moment,
    "due_at": fields.moment,
    "resolved_at": fields.moment,
    "resolution": fields.text(100000),
    "satisfaction": fields.integer(low=1, high=5),
    "contact_id": links.link_id,
    "company_id": links.link_id,
}


@dataclass(frozen=True)
class TicketDetail:
    """Everything the ticket page shows, as plain values."""

    id: int
    number: int
    subject: str
    body: str | None
    status: str
    priority: str
    category: str
    channel: str | None
    opened_at: datetime
    due_at: datetime | None
    resolved_at: datetime | None
    resolution: str | None
    satisfaction: int | None
    contact_id: int | None
    contact_name: str | None
    company_id: int | None
    company_name: str | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None

    @property
    def number_text(self) -> str:
        return format_ticket_number(self.number)

    @property
    def is_open(self) -> bool:
        return self.status not in DONE_STATUSES

    def age_days(self, now: datetime | None = None) -> int:
        """Whole days from opening to resolution (or to ``now`` while open)."""
        return age_days(self.opened_at, self.resolved_at, now or utcnow())

    def is_overdue(self, now: datetime | None = None) -> bool:
        return self.is_open and self.due_at is not None and self.due_at < (now or utcnow())


def age_days(opened_at: datetime, resolved_at: datetime | None, now: datetime) -> int:
    return max(0, ((resolved_at or now) - opened_at).days)


def _status_rules(record: Ticket | None, cleaned: dict[str, Any]) -> None:
    """Keep `resolved_at` in step with the status; check the dates make sense."""
    old_status = record.status if record else None
    status = cleaned.get("status", old_status) or TicketStatus.OPEN.value
    if status in DONE_STATUSES:
        reset = old_status not in DONE_STATUSES or "resolved_at" in cleaned
        if reset and cleaned.get("resolved_at") is None:
            cleaned["resolved_at"] = utcnow()
    elif cleaned.get("resolved_at") is not None:
        raise ValidationError(
            "Only a resolved or closed ticket has a resolved date.", field="resolved_at"
        )
    elif old_status in DONE_STATUSES or record is None:
        cleaned["resolved_at"] = None

    def now(name: str) -> Any:
        return cleaned[name] if name in cleaned else getattr(record, name, None)

    opened = now("opened_at") or utcnow()
    for name, noun in (("due_at", "due date"), ("resolved_at", "resolved date")):
        value = now(name)
        if value is not None and value < opened and {name, "opened_at"} & cleaned.keys():
            raise ValidationError(f"The {noun} is before the ticket was opened.", field=name)


def _clean(session: Session, record: Ticket | None, values: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = fields.clean_values(CLEANERS, values, entity=ENTITY)
    if "subject" in cleaned or record is None:
        cleaned["subject"] = fields.text(300, required=True)(cleaned.get("subject"), "subject")
    for name in ("status", "priority", "category"):
        if name in cleaned and cleaned[name] is None:
            cleaned.pop(name)
    if "opened_at" in cleaned and cleaned["opened_at"] is None:
        raise ValidationError("Opened is required.", field="opened_at")
    _status_rules(record, cleaned)
    links.check_links(session, cleaned)
    number = cleaned.get("number")
    if number is not None and (record is None or number != record.number):
        taken = session.scalar(select(Ticket.id).where(Ticket.number == number))
        if taken is not None:
            raise ValidationError(
                f"Ticket number {format_ticket_number(number)} is already used.", field="number"
            )
    if record is not None and "number" in cleaned and number is None:
        cleaned.pop("number")
    return cleaned


def next_ticket_number(session: Session) -> int:
    """max + 1 over every ticket, trashed ones included (numbers are never reused)."""
    return int(session.scalar(select(func.max(Ticket.number))) or 0) + 1


def create_ticket(
    session: Session, *, values: Mapping[str, Any], batch_id: int | None = None
) -> tuple[int, Changes]:
    """Create a ticket; without a company, it takes the contact's company."""
    cleaned = _clean(session, None, values)
    if cleaned.get("number") is None:
        cleaned["number"] = next_ticket_number(session)
    if cleaned.get("contact_id") and not cleaned.get("company_id"):
        cleaned["company_id"] = links.company_of(session, cleaned["contact_id"])
    record = Ticket(import_batch_id=batch_id, opened_at=utcnow())
    for name, value in cleaned.items():
        setattr(record, name, value)
    session.add(record)
    session.flush()
    log_event(session, ENTITY, record.id, CREATED, batch_id=batch_id)
    search.reindex(session, ENTITY, [record.id])
    return record.id, Changes().add("created", ENTITY, record.id)


def _live(session: Session, ticket_id: int) -> Ticket:
    record = session.get(Ticket, ticket_id)
    if record is None:
        raise NotFoundError(f"Ticket {ticket_id} does not exist.")
    return record


def update_ticket(
    session: Session,
    ticket_id: int,
    *,
    values: Mapping[str, Any],
    batch_id: int | None = None,
) -> Changes:
    """Change fields of a ticket (status changes set or clear the resolved date)."""
    record = _live(session, ticket_id)
    cleaned = _clean(session, record, values)
    if not apply_fields(session, record, ENTITY, cleaned, batch_id=batch_id):
        return Changes()
    record.updated_at = utcnow()
    session.flush()
    search.reindex(session, ENTITY, [ticket_id])
    return Changes().add("updated", ENTITY, ticket_id)


def get_ticket(session: Session, ticket_id: int) -> TicketDetail:
    record = _live(session, ticket_id)
    contact = session.get(Contact, record.contact_id) if record.contact_id else None
    company = session.get(Company, record.company_id) if record.company_id else None
    return TicketDetail(
        id=record.id,
        number=record.number,
        subject=record.subject,
        body=record.body,
        status=record.status,
        priority=record.priority,
        category=record.category,
        channel=record.channel,
        opened_at=record.opened_at,
        due_at=record.due_at,
        resolved_at=record.resolved_at,
        resolution=record.resolution,
        satisfaction=record.satisfaction,
        contact_id=record.contact_id,
        contact_name=contact.full_name if contact else None,
        company_id=record.company_id,
        company_name=company.name if company else None,
        created_at=record.created_at,
        updated_at=record.updated_at,
        deleted_at=record.deleted_at,
    )


def find_ticket(session: Session, number: Any) -> int | None:
    """The id of the ticket with this number (`T-000123`, `123`), trashed ones included."""
    parsed = parse_ticket_number(number)
    return session.scalar(select(Ticket.id).where(Ticket.number == parsed)) if parsed else None


def trash_tickets(session: Session, ticket_ids: Sequence[int]) -> Changes:
    return _set_deleted(session, ticket_ids, utcnow())


def restore_tickets(session: Session, ticket_ids: Sequence[int]) -> Changes:
    return _set_deleted(session, ticket_ids, None)


def _set_deleted(session: Session, ticket_ids: Sequence[int], when: datetime | None) -> Changes:
    changes = Changes()
    live_now = Ticket.deleted_at.is_not(None) if when is None else Ticket.deleted_at.is_(None)
    ids = list(session.scalars(select(Ticket.id).where(Ticket.id.in_(list(ticket_ids)), live_now)))
    if not ids:
        return changes
    session.execute(update(Ticket).where(Ticket.id.in_(ids)).values(deleted_at=when))
    for record_id in ids:
        log_event(session, ENTITY, record_id, DELETED if when else RESTORED)
        changes.add("deleted" if when else "created", ENTITY, record_id)
    search.reindex(session, ENTITY, ids)
    return changes
