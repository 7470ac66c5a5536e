"""The Today view: what needs the user's attention, computed for the user's local day.

"Today" is the calendar day of ``now`` in ``tz``; its bounds are converted to UTC for the
queries (the database holds UTC). The task lists are disjoint: a task is overdue, due today,
or (an open follow-up of an interaction due in the next 7 days) a follow-up — never two of them.
Each list is capped at ``limit`` items, most urgent first.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, aliased

from crmdesk.db.models import Company, Contact, Deal, Stage, Task, Ticket
from crmdesk.services.tickets import DONE_STATUSES, format_ticket_number

FOLLOW_UP_DAYS = 7
BIRTHDAY_DAYS = 7


@dataclass(frozen=True)
class TaskItem:
    task_id: int
    title: str
    due_at: datetime | None
    priority: str
    is_follow_up: bool  # created from an interaction (interaction_id set)
    interaction_id: int | None
    contact_id: int | None
    contact_name: str | None
    company_id: int | None
    company_name: str | None
    deal_id: int | None
    ticket_id: int | None


@dataclass(frozen=True)
class BirthdayItem:
    contact_id: int
    full_name: str
    company_name: str | None
    on: date  # the day it is celebrated (28 Feb for 29 Feb birthdays in common years)
    days_away: int  # 0 = today
    age: int | None  # the age reached that day, when the birth year is known
    birthday_month: int
    birthday_day: int
    birthday_year: int | None


@dataclass(frozen=True)
class DealItem:
    deal_id: int
    title: str
    value_minor: int
    currency: str
    expected_close: date
    stage_id: int
    stage_name: str
    probability: int
    contact_id: int | None
    contact_name: str | None
    company_id: int | None
    company_name: str | None


@dataclass(frozen=True)
class TicketItem:
    ticket_id: int
    number: int
    label: str  # "T-000123"
    subject: str
    status: str
    priority: str
    due_at: datetime
    contact_id: int | None
    contact_name: str | None
    company_id: int | None
    company_name: str | None


@dataclass(frozen=True)
class TodayView:
    day: date  # the user's local today
    overdue: list[TaskItem] = field(default_factory=list)
    due_today: list[TaskItem] = field(default_factory=list)
    follow_ups: list[TaskItem] = field(default_factory=list)
    birthdays: list[BirthdayItem] = field(default_factory=list)
    deals_closing: list[DealItem] = field(default_factory=list)
    tickets_past_due: list[TicketItem] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (
            self.overdue
            or self.due_today
            or self.follow_ups
            or self.birthdays
            or self.deals_closing
            or self.tickets_past_due
        )


def _local_midnight(day: date, tz: tzinfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)


def today_view(session: Session, *, now: datetime, tz: tzinfo, limit: int = 200) -> TodayView:
    """Everything the Today page shows, for the local day of ``now`` in ``tz``."""
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    today = now.astimezone(tz).date()
    start = _local_midnight(today, tz)
    tomorrow = _local_midnight(today + timedelta(days=1), tz)
    horizon = _local_midnight(today + timedelta(days=FOLLOW_UP_DAYS + 1), tz)
    return TodayView(
        day=today,
        overdue=_tasks(session, Task.due_at < start, limit),
        due_today=_tasks(session, and_(Task.due_at >= start, Task.due_at < tomorrow), limit),
        follow_ups=_tasks(
            session,
            and_(Task.interaction_id.is_not(None), Task.due_at >= tomorrow, Task.due_at < horizon),
            limit,
        ),
        birthdays=upcoming_birthdays(session, today=today, days=BIRTHDAY_DAYS, limit=limit),
        deals_closing=_deals_closing(session, today, limit),
        tickets_past_due=_tickets_past_due(session, now, limit),
    )


def _tasks(session: Session, due: ColumnElement[bool], limit: int) -> list[TaskItem]:
    query = (
        select(Task, Contact.full_name, Company.name)
        .outerjoin(Contact, Contact.id == Task.contact_id)
        .outerjoin(Company, Company.id == Task.company_id)
        .where(Task.done_at.is_(None), Task.deleted_at.is_(None), due)
        .order_by(Task.due_at, Task.id)
        .limit(limit)
    )
    return [
        TaskItem(
            task_id=task.id,
            title=task.title,
            due_at=task.due_at,
            priority=task.priority,
            is_follow_up=task.interaction_id is not None,
            interaction_id=task.interaction_id,
            contact_id=task.contact_id,
            contact_name=contact_name,
            company_id=task.company_id,
            company_name=company_name,
            deal_id=task.deal_id,
            ticket_id=task.ticket_id,
        )
        for task, contact_name, company_name in session.execute(query)
    ]


def _celebrated_on(year: int, month: int, day: int) -> date:
    """The date a birthday falls on in ``year``: 29 Feb moves to 28 Feb in common years."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, day - 1)


def upcoming_birthdays(
    session: Session, *, today: date, days: int = BIRTHDAY_DAYS, limit: int = 200
) -> list[BirthdayItem]:
    """Live contacts whose birthday is today or within ``days`` after it, soonest first.

    Read day by day, soonest first, stopping at ``limit``: at 1,000,000 contacts a week holds
    ~15,000 birthdays and only the first ``limit`` are shown. SQLite stays on
    the birthday index, which ends with ``deleted_at`` so that all three conditions are
    equalities on it (otherwise SQLite may prefer a ``deleted_at`` index and scan every contact).
    """
    window = [today + timedelta(days=n) for n in range(days + 1)]
    items: list[BirthdayItem] = []
    for on in window:
        if len(items) >= limit:
            break
        pairs = [(on.month, on.day)]
        if (on.month, on.day) == (2, 28) and not calendar.isleap(on.year):
            pairs.append((2, 29))  # celebrated on 28 Feb when the year has no 29 Feb
        query = (
            select(Contact, Company.name)
            .outerjoin(Company, Company.id == Contact.company_id)
            .where(
                Contact.deleted_at.is_(None),
                or_(
                    *[
                        and_(Contact.birthday_month == m, Contact.birthday_day == d)
                        for m, d in pairs
                    ]
                ),
            )
            .order_by(Contact.full_name, Contact.id)
            .limit(limit - len(items))
        )
        for contact, company_name in session.execute(query):
            item = _birthday_item(contact, company_name, today, window)
            if item is not None:
                items.append(item)
    items.sort(key=lambda i: (i.days_away, i.full_name, i.contact_id))
    return items[:limit]


def _birthday_item(
    contact: Contact, company_name: str | None, today: date, window: list[date]
) -> BirthdayItem | None:
    month, day = contact.birthday_month, contact.birthday_day
    if month is None or day is None:
        return None
    for year in sorted({d.year for d in window}):
        on = _celebrated_on(year, month, day)
        if window[0] <= on <= window[-1]:
            year_known = contact.birthday_year
            return BirthdayItem(
                contact_id=contact.id,
                full_name=contact.full_name,
                company_name=company_name,
                on=on,
                days_away=(on - today).days,
                age=on.year - year_known if year_known else None,
                birthday_month=month,
                birthday_day=day,
                birthday_year=year_known,
            )
    return None


def _deals_closing(session: Session, today: date, limit: int) -> list[DealItem]:
    first = today.replace(day=1)
    next_month = (first + timedelta(days=32)).replace(day=1)
    contact, company = aliased(Contact), aliased(Company)
    query = (
        select(Deal, Stage, contact.full_name, company.name)
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(contact, contact.id == Deal.contact_id)
        .outerjoin(company, company.id == Deal.company_id)
        .where(
            Deal.deleted_at.is_(None),
            Deal.expected_close >= first,
            Deal.expected_close < next_month,
            Stage.is_won.is_(False),
            Stage.is_lost.is_(False),
        )
        .order_by(Deal.expected_close, Deal.id)
        .limit(limit)
    )
    return [_deal_item(row) for row in session.execute(query)]


def _deal_item(row: Any) -> DealItem:
    deal, stage, contact_name, company_name = row
    return DealItem(
        deal_id=deal.id,
        title=deal.title,
        value_minor=deal.value_minor,
        currency=deal.currency,
        expected_close=deal.expected_close,
        stage_id=stage.id,
        stage_name=stage.name,
        probability=stage.probability,
        contact_id=deal.contact_id,
        contact_name=contact_name,
        company_id=deal.company_id,
        company_name=company_name,
    )


def _tickets_past_due(session: Session, now: datetime, limit: int) -> list[TicketItem]:
    query = (
        select(Ticket, Contact.full_name, Company.name)
        .outerjoin(Contact, Contact.id == Ticket.contact_id)
        .outerjoin(Company, Company.id == Ticket.company_id)
        .where(
            Ticket.deleted_at.is_(None),
            Ticket.due_at < now,
            Ticket.status.not_in(sorted(DONE_STATUSES)),
        )
        .order_by(Ticket.due_at, Ticket.id)
        .limit(limit)
    )
    return [
        _ticket_item(ticket, contact, company)
        for ticket, contact, company in session.execute(query)
    ]


def _ticket_item(ticket: Ticket, contact_name: str | None, company_name: str | None) -> TicketItem:
    assert ticket.due_at is not None  # the query selects tickets with a due date only
    return TicketItem(
        ticket_id=ticket.id,
        number=ticket.number,
        label=format_ticket_number(ticket.number),
        subject=ticket.subject,
        status=ticket.status,
        priority=ticket.priority,
        due_at=ticket.due_at,
        contact_id=ticket.contact_id,
        contact_name=contact_name,
        company_id=ticket.company_id,
        company_name=company_name,
    )
