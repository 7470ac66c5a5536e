"""The ticket list: filter, sort and page in SQL, like services.contact_list; plus ageing.

Item models ask for a page of ids in display order (`ticket_id_page`) and then for the
display rows of just those ids (`ticket_rows`). "Overdue" and the age are relative to ``now``
(the current time unless a caller passes one, e.g. a report for a given day).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    cast,
    func,
    literal,
    select,
    true,
)
from sqlalchemy.orm import Session, aliased

from crmdesk.db.models import Company, Contact, Ticket
from crmdesk.db.types import UTCDateTime, utcnow
from crmdesk.domain.enums import Priority
from crmdesk.errors import ValidationError
from crmdesk.services.listing import Criteria, like_pattern, order_by
from crmdesk.services.sql_fold import folded
from crmdesk.services.tickets import DONE_STATUSES, age_days, parse_ticket_number

PRIORITY_RANK = case({p.value: rank for rank, p in enumerate(Priority)}, value=Ticket.priority)
SORT_COLUMNS: dict[str, Any] = {
    "number": Ticket.number,
    "subject": Ticket.subject,
    "status": Ticket.status,
    "priority": PRIORITY_RANK,
    "category": Ticket.category,
    "channel": Ticket.channel,
    "opened": Ticket.opened_at,
    "due": Ticket.due_at,
    "resolved": Ticket.resolved_at,
    "satisfaction": Ticket.satisfaction,
    "contact": select(Contact.sort_name).where(Contact.id == Ticket.contact_id).scalar_subquery(),
    "company": select(Company.sort_name).where(Company.id == Ticket.company_id).scalar_subquery(),
}
#: Age bands for "open tickets by age": (label, first day, last day or None).
AGE_BANDS: tuple[tuple[str, int, int | None], ...] = (
    ("0-1", 0, 1),
    ("2-7", 2, 7),
    ("8-30", 8, 30),
    ("31+", 31, None),
)


@dataclass(frozen=True)
class TicketFilter(Criteria):
    """What the filter bar (or a saved segment) selects. Empty values mean "any"."""

    text: str = ""  # subject or number (T-000123, 123)
    status: str | None = None
    open_only: bool = False  # open, in progress or waiting
    priority: str | None = None
    category: str | None = None
    channel: str | None = None
    contact_id: int | None = None
    company_id: int | None = None
    overdue: bool = False
    trashed: bool = False


@dataclass(frozen=True)
class TicketSort:
    column: str = "opened"  # also "age": oldest first when ascending is False
    descending: bool = True

    def __post_init__(self) -> None:
        if self.column not in SORT_COLUMNS and self.column != "age":
            raise ValidationError(f"Tickets cannot be sorted by “{self.column}”.")


@dataclass(frozen=True)
class TicketRow:
    """One line of the ticket list."""

    id: int
    number: int
    subject: str
    status: str
    priority: str
    category: str
    channel: str | None
    opened_at: datetime
    due_at: datetime | None
    resolved_at: datetime | None
    satisfaction: int | None
    contact_id: int | None
    contact_name: str | None
    company_id: int | None
    company_name: str | None
    age_days: int
    overdue: bool


def _is_open() -> ColumnElement[bool]:
    return Ticket.status.not_in(sorted(DONE_STATUSES))


def _text_condition(session: Session, text: str) -> ColumnElement[bool]:
    condition = folded(session, Ticket.subject).like(like_pattern(text), escape="\\")
    try:
        number = parse_ticket_number(text.strip())
    except ValidationError:
        number = None
    return condition | (Ticket.number == number) if number else condition


def _conditions(
    session: Session, criteria: TicketFilter, now: datetime
) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = [
        Ticket.deleted_at.is_not(None) if criteria.trashed else Ticket.deleted_at.is_(None)
    ]
    if criteria.text.strip():
        conds.append(_text_condition(session, criteria.text))
    if criteria.status:
        conds.append(Ticket.status == criteria.status)
    if criteria.open_only:
        conds.append(_is_open())
    for name in ("priority", "category", "channel", "contact_id", "company_id"):
        value = getattr(criteria, name)
        if value:
            conds.append(getattr(Ticket, name) == value)
    if criteria.overdue:
        conds.append(_is_open() & (Ticket.due_at < literal(now, UTCDateTime())))
    return conds


def _sort_expression(sort: TicketSort, now: datetime) -> Any:
    if sort.column == "age":
        end = func.coalesce(Ticket.resolved_at, literal(now, UTCDateTime()))
        return func.julianday(end) - func.julianday(Ticket.opened_at)
    return SORT_COLUMNS[sort.column]


def _ordered_ids(
    session: Session, criteria: TicketFilter, sort: TicketSort, now: datetime
) -> Select[int]:
    order = order_by(_sort_expression(sort, now), Ticket.id, descending=sort.descending)
    conds = _conditions(session, criteria, now)
    return select(Ticket.id).where(and_(true(), *conds)).order_by(*order)


def count_tickets(session: Session, criteria: TicketFilter, *, now: datetime | None = None) -> int:
    conds = _conditions(session, criteria, now or utcnow())
    query = select(func.count()).select_from(Ticket).where(and_(true(), *conds))
    return int(session.scalar(query) or 0)


def ticket_id_page(
    session: Session,
    criteria: TicketFilter,
    sort: TicketSort,
    *,
    offset: int,
    limit: int,
    now: datetime | None = None,
) -> list[int]:
    """Ids of one page of the list in display order."""
    query = _ordered_ids(session, criteria, sort, now or utcnow()).offset(offset).limit(limit)
    return list(session.scalars(query))


def ticket_rows(
    session: Session, ids: Sequence[int], *, now: datetime | None = None
) -> dict[int, TicketRow]:
    """Display rows for these ids (a page), with age in days and the overdue flag."""
    if not ids:
        return {}
    moment = now or utcnow()
    person, company = aliased(Contact), aliased(Company)
    query = (
        select(Ticket, person.full_name, company.name)
        .outerjoin(person, person.id == Ticket.contact_id)
        .outerjoin(company, company.id == Ticket.company_id)
        .where(Ticket.id.in_(list(ids)))
    )
    rows: dict[int, TicketRow] = {}
    for ticket, contact_name, company_name in session.execute(query):
        is_open = ticket.status not in DONE_STATUSES
        rows[ticket.id] = TicketRow(
            id=ticket.id,
            number=ticket.number,
            subject=ticket.subject,
            status=ticket.status,
            priority=ticket.priority,
            category=ticket.category,
            channel=ticket.channel,
            opened_at=ticket.opened_at,
            due_at=ticket.due_at,
            resolved_at=ticket.resolved_at,
            satisfaction=ticket.satisfaction,
            contact_id=ticket.contact_id,
            contact_name=contact_name,
            company_id=ticket.company_id,
            company_name=company_name,
            age_days=age_days(ticket.opened_at, ticket.resolved_at, moment),
            overdue=is_open and ticket.due_at is not None and ticket.due_at < moment,
        )
    return rows


def open_ticket_ages(session: Session, *, now: datetime | None = None) -> list[tuple[str, int]]:
    """Open tickets counted by age band (days since opened), for the dashboard and reports."""
    moment = now or utcnow()
    age = cast(
        func.julianday(literal(moment, UTCDateTime())) - func.julianday(Ticket.opened_at), Integer
    )
    counts = dict.fromkeys((label for label, _, _ in AGE_BANDS), 0)
    query = select(age, func.count()).where(Ticket.deleted_at.is_(None), _is_open()).group_by(age)
    for raw_days, count in session.execute(query):
        days = max(0, int(raw_days or 0))
        for label, low, high in AGE_BANDS:
            if days >= low and (high is None or days <= high):
                counts[label] += int(count)
                break
    return list(counts.items())
