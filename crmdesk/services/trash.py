"""The trash: records users deleted (``deleted_at`` set), listed, restored, or erased for good.

Emptying the trash erases every trashed record. What happens to records that pointed at them:
- activity whose every link is going away goes with it: a live interaction, or a task with at
  least one link, linked only to records being erased is erased too (a note about a person
  who is erased is part of that person). Tasks without any link stay;
- anything that keeps another link keeps it: an interaction with a contact and a company keeps
  its company when the contact is erased; people of an erased company stay, without company;
- deals, tickets and orders are never erased because a contact or company is: they lose the
  link and keep their figures (pipeline and revenue statistics stay true);
- lost links are written to the change log of the record that lost them;
- the erased records' own change log and import-batch items are removed with them: SQLite may
  give a later record the same id, and it must not inherit that history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from crmdesk.db.models import (
    ChangeLogEntry,
    Company,
    Contact,
    Deal,
    ImportBatchItem,
    Interaction,
    Order,
    Task,
    Ticket,
)
from crmdesk.db.types import utcnow
from crmdesk.errors import ValidationError
from crmdesk.services import (
    companies,
    contacts,
    deals,
    interactions,
    orders,
    search,
    tasks,
    tickets,
)
from crmdesk.services.changes import Changes

MODELS: dict[str, Any] = {
    "contact": Contact,
    "company": Company,
    "interaction": Interaction,
    "task": Task,
    "deal": Deal,
    "ticket": Ticket,
    "order": Order,
}
#: Erase order: dependants before what they point at (links are SET NULL / CASCADE anyway).
ERASE_ORDER = ("task", "interaction", "order", "ticket", "deal", "contact", "company")
#: The links each kind of record holds to other trashable records.
LINKS: dict[str, tuple[tuple[str, str], ...]] = {
    "contact": (("company_id", "company"),),
    "interaction": (
        ("contact_id", "contact"), ("company_id", "company"),
        ("deal_id", "deal"), ("ticket_id", "ticket"),
    ),
    "task": (
        ("contact_id", "contact"), ("company_id", "company"), ("deal_id", "deal"),
        ("ticket_id", "ticket"), ("interaction_id", "interaction"),
    ),
    "deal": (("contact_id", "contact"), ("company_id", "company")),
    "ticket": (("contact_id", "contact"), ("company_id", "company")),
    "order": (("contact_id", "contact"), ("company_id", "company")),
}  # fmt: skip
SEARCHED = ("contact", "company", "interaction", "deal", "ticket")
CHUNK = 500


@dataclass(frozen=True, slots=True)
class TrashItem:
    entity: str  # "contact", "company", "interaction", "task", "deal", "ticket", "order"
    record_id: int
    title: str
    deleted_at: datetime


def _title_columns(entity: str) -> tuple[Any, ...]:
    return {
        "contact": (Contact.full_name,),
        "company": (Company.name,),
        "interaction": (Interaction.subject, Interaction.kind),
        "task": (Task.title,),
        "deal": (Deal.title,),
        "ticket": (Ticket.number, Ticket.subject),
        "order": (Order.number, Order.ordered_on),
    }[entity]


def _title(entity: str, values: Sequence[Any]) -> str:
    if entity == "interaction":
        return str(values[0] or str(values[1]).capitalize())
    if entity == "ticket":
        return f"{tickets.format_ticket_number(values[0])} {values[1]}"
    if entity == "order":
        return f"Order {values[0]}" if values[0] else f"Order of {values[1].isoformat()}"
    return str(values[0])


def list_trash(session: Session, *, limit: int = 1000) -> list[TrashItem]:
    """Trashed records of every kind, most recently deleted first (at most ``limit``)."""
    items: list[TrashItem] = []
    for entity, model in MODELS.items():
        rows = session.execute(
            select(model.id, model.deleted_at, *_title_columns(entity))
            .where(model.deleted_at.is_not(None))
            .order_by(model.deleted_at.desc(), model.id.desc())
            .limit(limit)
        )
        items.extend(TrashItem(entity, int(r[0]), _title(entity, r[2:]), r[1]) for r in rows)
    items.sort(key=lambda i: (i.deleted_at, i.record_id), reverse=True)
    return items[:limit]


def count_trash(session: Session) -> int:
    """How many records the trash holds (for the "Trash (n)" label)."""
    return sum(
        int(session.scalar(select(func.count()).where(model.deleted_at.is_not(None))) or 0)
        for model in MODELS.values()
    )


_RESTORERS: dict[str, Callable[[Session, Sequence[int]], Changes]] = {
    "contact": contacts.restore_contacts,
    "company": companies.restore_companies,
    "interaction": interactions.restore_interactions,
    "task": tasks.restore_tasks,
    "deal": deals.restore_deals,
    "ticket": tickets.restore_tickets,
    "order": orders.restore_orders,
}


def restore(session: Session, entity: str, ids: Sequence[int]) -> Changes:
    """Bring trashed records of one kind back; ids that are not in the trash are ignored."""
    restorer = _RESTORERS.get(entity)
    if restorer is None:
        raise ValidationError(f"There is no “{entity}” in the trash.", field="entity")
    return restorer(session, list(ids))


# --------------------------------------------------------------------------- emptying


def _trashed(entity: str) -> Any:
    model = MODELS[entity]
    return select(model.id).where(model.deleted_at.is_not(None))


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _trash_orphans(session: Session, entity: str, now: datetime) -> None:
    """Mark live activity linked only to trashed records as trashed (it will be erased)."""
    model = MODELS[entity]
    columns = [getattr(model, name) for name, _target in LINKS[entity]]
    gone = [
        or_(c.is_(None), c.in_(_trashed(t)))
        for c, (_n, t) in zip(columns, LINKS[entity], strict=True)
    ]
    linked = or_(*(c.is_not(None) for c in columns))
    session.execute(
        update(model)
        .where(model.deleted_at.is_(None), linked, and_(*gone))
        .values(deleted_at=now)
        .execution_options(synchronize_session=False)
    )


def _unlink_survivors(
    session: Session, doomed: dict[str, set[int]], changes: Changes
) -> dict[str, list[int]]:
    """Log the links live records are about to lose; return those records per entity."""
    survivors: dict[str, list[int]] = {}
    for entity, links in LINKS.items():
        model = MODELS[entity]
        columns = [getattr(model, name) for name, _target in links]
        hits: list[ColumnElement[bool]] = [
            c.in_(_trashed(target)) for c, (_n, target) in zip(columns, links, strict=True)
        ]
        rows = session.execute(
            select(model.id, *columns).where(model.deleted_at.is_(None), or_(*hits))
        ).all()
        log_rows = [
            {"entity": entity, "record_id": row[0], "field": name, "old_value": str(value),
             "new_value": None, "changed_at": utcnow()}
            for row in rows
            for (name, target), value in zip(links, row[1:], strict=True)
            if value is not None and value in doomed[target]
        ]  # fmt: skip
        if log_rows:
            session.execute(insert(ChangeLogEntry), log_rows)
        survivors[entity] = [int(row[0]) for row in rows]
        for record_id in survivors[entity]:
            changes.add("updated", entity, record_id)
    return survivors


def _forget_history(session: Session, entity: str, ids: Sequence[int]) -> None:
    for chunk in _chunks(ids):
        session.execute(
            delete(ChangeLogEntry).where(
                ChangeLogEntry.entity == entity, ChangeLogEntry.record_id.in_(chunk)
            )
        )
        session.execute(
            delete(ImportBatchItem).where(
                ImportBatchItem.entity == entity, ImportBatchItem.record_id.in_(chunk)
            )
        )


def empty_trash(session: Session) -> Changes:
    """Erase every trashed record for good (see the module docstring for what goes with them)."""
    now = utcnow()
    _trash_orphans(session, "interaction", now)
    _trash_orphans(session, "task", now)
    doomed = {entity: set(session.scalars(_trashed(entity))) for entity in ERASE_ORDER}
    changes = Changes()
    if not any(doomed.values()):
        return changes
    survivors = _unlink_survivors(session, doomed, changes)
    for entity in ERASE_ORDER:
        _forget_history(session, entity, sorted(doomed[entity]))
        session.execute(
            delete(MODELS[entity])
            .where(MODELS[entity].deleted_at.is_not(None))
            .execution_options(synchronize_session=False)
        )
        for record_id in doomed[entity]:
            changes.add("deleted", entity, record_id)
    session.expire_all()
    for entity in SEARCHED:
        search.remove(session, entity, doomed[entity])
        if survivors.get(entity):
            search.reindex(session, entity, survivors[entity])
    return changes
