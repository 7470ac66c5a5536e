"""One customer's history, newest first: interactions, tasks, deals, tickets, orders, changes.

Each kind is read with its own indexed, LIMITed query and the results are merged in Python,
so a page costs a handful of small queries however long the history is. A company's
timeline includes the items of its live people. Page on with ``before`` = the last item's
``when``.

When an item happened:
- interaction: occurred_at; task: done_at when done, else created_at;
- deal: closed_at when closed, else created_at; ticket: opened_at;
- order: its date at 12:00 UTC (a date has no time; noon keeps it on the same calendar day
  in nearly every time zone);
- change: changed_at. Field changes written while the record was being created (emails,
  phones, tags set with it: logged before its "*created" entry or within a second after it)
  are folded into the single "Created" item.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any, TypeVarTuple

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    ChangeLogEntry,
    Company,
    Contact,
    Deal,
    Interaction,
    Order,
    Stage,
    Task,
    Ticket,
)
from crmdesk.domain.money import Money, format_money
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services.changes import CREATED, DELETED, RESTORED
from crmdesk.services.tickets import DONE_STATUSES, format_ticket_number

ORDER_TIME = time(12, 0, tzinfo=UTC)
CREATION_GRACE = timedelta(seconds=1)
DETAIL_LENGTH = 200
MAX_SAME_MOMENT = 10_000  # items of one moment read at once when they alone fill a page
_EVENT_TITLES = {CREATED: "Created", DELETED: "Moved to trash", RESTORED: "Restored"}


@dataclass(frozen=True)
class TimelineItem:
    """One entry of the timeline; ``record_id`` opens it (for "change": the log entry id)."""

    kind: str  # "interaction" | "task" | "deal" | "ticket" | "order" | "change"
    record_id: int
    when: datetime  # aware, UTC
    title: str
    detail: str
    icon_hint: str  # interaction kind, "task"/"task-done", "deal"/"deal-won"/"deal-lost", ...
    contact_id: int | None = None  # whose item it is (for a company's people)
    field: str | None = None  # changes only: the field, or "*created" / "*deleted" / "*restored"
    # The parts of ``detail`` as values, so a display can format them for its locale:
    amount: Money | None = None  # deals and orders
    status: str | None = None  # orders and tickets: the stored status key; deals: the stage
    due_at: datetime | None = None  # tasks
    note: str = ""  # the free text of the detail: task notes, resolution, lost reason


@dataclass(frozen=True)
class _Scope:
    """Which rows belong to the customer: a contact, or a company and its people."""

    contact_id: int | None
    company_id: int | None

    def owns(self, contact_col: Any, company_col: Any) -> ColumnElement[bool]:
        if self.company_id is None:
            return contact_col == self.contact_id  # type: ignore[no-any-return]
        people = select(Contact.id).where(
            Contact.company_id == self.company_id, Contact.deleted_at.is_(None)
        )
        return or_(company_col == self.company_id, contact_col.in_(people))


def timeline(
    session: Session,
    *,
    contact_id: int | None = None,
    company_id: int | None = None,
    limit: int = 200,
    before: datetime | None = None,
) -> list[TimelineItem]:
    """The newest items of a contact's or company's history (older than ``before``).

    At least ``limit`` items unless the history ends sooner (so a short page means "no more"),
    a few more when several items share the moment at the end of the page: a page never splits
    one moment, so paging on with ``before=<last item's when>`` loses nothing.
    """
    if (contact_id is None) == (company_id is None):
        raise ValidationError("A timeline is of one contact or one company.")
    if before is not None and before.tzinfo is None:
        before = before.replace(tzinfo=UTC)
    scope = _Scope(contact_id, company_id)
    limit = max(limit, 1)
    # One more than asked per source: a full source's last moment may continue past it.
    sources = [read(session, scope, _Window(limit + 1, before)) for read in _READERS]
    full = [items[-1].when for items in sources if len(items) > limit]
    horizon = max(full) if full else None
    merged = _sorted(
        item for items in sources for item in items if horizon is None or item.when > horizon
    )
    if len(merged) >= limit:
        last = merged[limit - 1].when
        return [item for item in merged if item.when >= last]
    if horizon is None:
        return merged  # the whole remaining history
    moment = [read(session, scope, _Window(MAX_SAME_MOMENT, None, horizon)) for read in _READERS]
    return merged + _sorted(item for items in moment for item in items)


@dataclass(frozen=True)
class _Window:
    """Which items a reader fetches: the newest ``limit`` before ``before``, or all at ``exact``."""

    limit: int
    before: datetime | None
    exact: datetime | None = None


def _sorted(items: Iterable[TimelineItem]) -> list[TimelineItem]:
    return sorted(items, key=lambda i: (i.when, i.kind, i.record_id), reverse=True)


Ts = TypeVarTuple("Ts")


def _newest(query: Select[*Ts], when: Any, window: _Window) -> Select[*Ts]:
    if window.exact is not None:
        return query.where(when == window.exact).limit(window.limit)
    if window.before is not None:
        query = query.where(when < window.before)
    return query.order_by(when.desc()).limit(window.limit)


def _short(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= DETAIL_LENGTH else text[: DETAIL_LENGTH - 1] + "…"


def _interactions(session: Session, scope: _Scope, window: _Window) -> list[TimelineItem]:
    query = select(Interaction).where(
        Interaction.deleted_at.is_(None),
        scope.owns(Interaction.contact_id, Interaction.company_id),
    )
    rows = session.scalars(_newest(query, Interaction.occurred_at, window))
    return [
        TimelineItem(
            kind="interaction",
            record_id=row.id,
            when=row.occurred_at,
            title=row.subject or row.kind.capitalize(),
            detail=_short(" — ".join(t for t in (row.outcome, row.body) if t)),
            icon_hint=row.kind,
            contact_id=row.contact_id,
        )
        for row in rows
    ]


def _tasks(session: Session, scope: _Scope, window: _Window) -> list[TimelineItem]:
    when = func.coalesce(Task.done_at, Task.created_at)
    query = select(Task, when).where(
        Task.deleted_at.is_(None), scope.owns(Task.contact_id, Task.company_id)
    )
    items = []
    for task, _ in session.execute(_newest(query, when, window)):
        due = f"due {task.due_at.date().isoformat()}" if task.due_at else ""
        items.append(
            TimelineItem(
                kind="task",
                record_id=task.id,
                when=task.done_at or task.created_at,
                title=task.title,
                detail=_short(" — ".join(t for t in (due, task.notes) if t)),
                icon_hint="task-done" if task.done_at else "task",
                contact_id=task.contact_id,
                due_at=task.due_at,
                note=_short(task.notes),
            )
        )
    return items


def _deals(session: Session, scope: _Scope, window: _Window) -> list[TimelineItem]:
    when = func.coalesce(Deal.closed_at, Deal.created_at)
    query = (
        select(Deal, Stage, when)
        .join(Stage, Stage.id == Deal.stage_id)
        .where(Deal.deleted_at.is_(None), scope.owns(Deal.contact_id, Deal.company_id))
    )
    items = []
    for deal, stage, _ in session.execute(_newest(query, when, window)):
        icon = "deal-won" if stage.is_won else "deal-lost" if stage.is_lost else "deal"
        amount = Money(deal.value_minor, deal.currency)
        value = format_money(amount)
        detail = " — ".join(t for t in (stage.name, value, deal.lost_reason) if t)
        items.append(
            TimelineItem(
                kind="deal",
                record_id=deal.id,
                when=deal.closed_at or deal.created_at,
                title=deal.title,
                detail=_short(detail),
                icon_hint=icon,
                contact_id=deal.contact_id,
                amount=amount,
                status=stage.name,
                note=_short(deal.lost_reason),
            )
        )
    return items


def _tickets(session: Session, scope: _Scope, window: _Window) -> list[TimelineItem]:
    query = select(Ticket).where(
        Ticket.deleted_at.is_(None), scope.owns(Ticket.contact_id, Ticket.company_id)
    )
    return [
        TimelineItem(
            kind="ticket",
            record_id=row.id,
            when=row.opened_at,
            title=f"{format_ticket_number(row.number)} {row.subject}",
            detail=_short(" — ".join(t for t in (row.status, row.resolution) if t)),
            icon_hint="ticket-closed" if row.status in DONE_STATUSES else "ticket",
            contact_id=row.contact_id,
            status=row.status,
            note=_short(row.resolution),
        )
        for row in session.scalars(_newest(query, Ticket.opened_at, window))
    ]


def _orders(session: Session, scope: _Scope, window: _Window) -> list[TimelineItem]:
    query = select(Order).where(
        Order.deleted_at.is_(None), scope.owns(Order.contact_id, Order.company_id)
    )
    if window.exact is not None:
        at = window.exact.astimezone(UTC)
        on_day = Order.ordered_on == at.date() if at.timetz() == ORDER_TIME else false()
        query = query.where(on_day)
    elif window.before is not None:
        at = window.before.astimezone(UTC)
        last_day = at.date() if at.timetz() > ORDER_TIME else at.date() - timedelta(days=1)
        query = query.where(Order.ordered_on <= last_day)
    query = query.order_by(Order.ordered_on.desc(), Order.id.desc()).limit(window.limit)
    return [
        TimelineItem(
            kind="order",
            record_id=row.id,
            when=datetime.combine(row.ordered_on, ORDER_TIME),
            title=f"Order {row.number}" if row.number else "Order",
            detail=f"{format_money(Money(row.total_minor, row.currency))} — {row.status}",
            icon_hint="order",
            contact_id=row.contact_id,
            amount=Money(row.total_minor, row.currency),
            status=row.status,
        )
        for row in session.scalars(query)
    ]


def _changes(session: Session, scope: _Scope, window: _Window) -> list[TimelineItem]:
    entity, record_id = (
        ("company", scope.company_id)
        if scope.company_id is not None
        else ("contact", scope.contact_id)
    )
    of_record = (ChangeLogEntry.entity == entity, ChangeLogEntry.record_id == record_id)
    query = select(ChangeLogEntry).where(*of_record)
    row = session.execute(
        select(ChangeLogEntry.id, ChangeLogEntry.changed_at).where(
            *of_record, ChangeLogEntry.field == CREATED
        )
    ).first()
    created: tuple[int, datetime] | None = None if row is None else (row[0], row[1])
    if created is None:  # written without a "*created" entry (bulk paths): use created_at
        model: Any = Company if entity == "company" else Contact
        created_at = session.scalar(select(model.created_at).where(model.id == record_id))
        if created_at is None:
            raise NotFoundError(f"The {entity} {record_id} does not exist.")
        created = (0, created_at)
    # Fields set while the record was created (logged before, or just after, "*created")
    # are part of the "Created" item, not changes of their own.
    during_creation = and_(
        ChangeLogEntry.field.not_like("*%"),
        or_(
            ChangeLogEntry.id < created[0],
            ChangeLogEntry.changed_at <= created[1] + CREATION_GRACE,
        ),
    )
    query = query.where(~during_creation)
    rows = session.scalars(_newest(query, ChangeLogEntry.changed_at, window))
    return [_change_item(row, scope.contact_id) for row in rows]


def _change_item(row: ChangeLogEntry, contact_id: int | None) -> TimelineItem:
    if row.field in _EVENT_TITLES:
        title, detail = _EVENT_TITLES[row.field], ""
    else:
        title = f"{row.field.replace('_', ' ').capitalize()} changed"
        detail = f"{_short(row.old_value) or '—'} → {_short(row.new_value) or '—'}"
    return TimelineItem(
        kind="change",
        record_id=row.id,
        when=row.changed_at,
        title=title,
        detail=detail,
        icon_hint="created" if row.field == CREATED else "change",
        contact_id=contact_id,
        field=row.field,
    )


_READERS: tuple[Callable[[Session, _Scope, _Window], list[TimelineItem]], ...] = (
    _interactions,
    _tasks,
    _deals,
    _tickets,
    _orders,
    _changes,
)
