"""Tasks: things to do, optionally due, optionally about a contact, company, deal or ticket.

A task with `interaction_id` set is a follow-up of that interaction (Today lists those apart).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select, update
from sqlalchemy.orm import Session

from crmdesk.db.models import Task
from crmdesk.db.types import utcnow
from crmdesk.domain.enums import Priority
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import fields
from crmdesk.services.changes import CREATED, DELETED, RESTORED, Changes, apply_fields, log_event
from crmdesk.services.links import check_links, link_id

ENTITY = "task"

CLEANERS: dict[str, fields.Cleaner] = {
    "title": fields.text(300, required=True),
    "notes": fields.text(100000),
    "due_at": fields.moment,
    "priority": fields.choice(Priority, required=True),
    "contact_id": link_id,
    "company_id": link_id,
    "deal_id": link_id,
    "ticket_id": link_id,
    "interaction_id": link_id,
}


@dataclass(frozen=True)
class TaskInfo:
    """One task as plain values."""

    id: int
    title: str
    notes: str | None
    due_at: datetime | None
    done_at: datetime | None
    priority: str
    contact_id: int | None
    company_id: int | None
    deal_id: int | None
    ticket_id: int | None
    interaction_id: int | None
    created_at: datetime
    deleted_at: datetime | None

    @property
    def done(self) -> bool:
        return self.done_at is not None


def _info(task: Task) -> TaskInfo:
    return TaskInfo(
        id=task.id,
        title=task.title,
        notes=task.notes,
        due_at=task.due_at,
        done_at=task.done_at,
        priority=task.priority,
        contact_id=task.contact_id,
        company_id=task.company_id,
        deal_id=task.deal_id,
        ticket_id=task.ticket_id,
        interaction_id=task.interaction_id,
        created_at=task.created_at,
        deleted_at=task.deleted_at,
    )


def create_task(
    session: Session,
    *,
    title: str,
    due_at: datetime | str | None = None,
    priority: str = Priority.NORMAL,
    notes: str | None = None,
    contact_id: int | None = None,
    company_id: int | None = None,
    deal_id: int | None = None,
    ticket_id: int | None = None,
    interaction_id: int | None = None,
) -> tuple[int, Changes]:
    """Create a task; naive due times are taken as UTC (the UI converts local input first)."""
    raw = {
        "title": title, "notes": notes, "due_at": due_at, "priority": priority,
        "contact_id": contact_id, "company_id": company_id, "deal_id": deal_id,
        "ticket_id": ticket_id, "interaction_id": interaction_id,
    }  # fmt: skip
    cleaned = fields.clean_values(CLEANERS, raw, entity=ENTITY)
    check_links(session, cleaned)
    record = Task(**cleaned)
    session.add(record)
    session.flush()
    log_event(session, ENTITY, record.id, CREATED)
    return record.id, Changes().add("created", ENTITY, record.id)


def _record(session: Session, task_id: int) -> Task:
    record = session.get(Task, task_id)
    if record is None:
        raise NotFoundError(f"Task {task_id} does not exist.")
    return record


def get_task(session: Session, task_id: int) -> TaskInfo:
    return _info(_record(session, task_id))


def update_task(session: Session, task_id: int, *, values: Mapping[str, Any]) -> Changes:
    """Change any of the task's fields (see CLEANERS); done-ness goes through set_task_done."""
    record = _record(session, task_id)
    cleaned = fields.clean_values(CLEANERS, values, entity=ENTITY)
    check_links(session, cleaned)
    if not apply_fields(session, record, ENTITY, cleaned):
        return Changes()
    record.updated_at = utcnow()
    session.flush()
    return Changes().add("updated", ENTITY, task_id)


def set_task_done(session: Session, task_id: int, done: bool) -> Changes:
    """Tick a task done (now) or open it again; ticking a done task again changes nothing."""
    record = _record(session, task_id)
    if record.done_at is not None and done:
        return Changes()
    if not apply_fields(session, record, ENTITY, {"done_at": utcnow() if done else None}):
        return Changes()
    record.updated_at = utcnow()
    session.flush()
    return Changes().add("updated", ENTITY, task_id)


def tasks_for(
    session: Session,
    *,
    contact_id: int | None = None,
    company_id: int | None = None,
    deal_id: int | None = None,
    ticket_id: int | None = None,
    include_done: bool = True,
    limit: int = 200,
) -> list[TaskInfo]:
    """Live tasks of one record: open ones first by due date (undated last), then done ones."""
    given = {
        "contact_id": (contact_id, Task.contact_id),
        "company_id": (company_id, Task.company_id),
        "deal_id": (deal_id, Task.deal_id),
        "ticket_id": (ticket_id, Task.ticket_id),
    }
    chosen = [(column, value) for value, column in given.values() if value is not None]
    if len(chosen) != 1:
        raise ValidationError("Give exactly one of contact, company, deal or ticket.")
    column, value = chosen[0]
    conds: list[ColumnElement[bool]] = [column == value, Task.deleted_at.is_(None)]
    if not include_done:
        conds.append(Task.done_at.is_(None))
    query = (
        select(Task)
        .where(*conds)
        .order_by(
            Task.done_at.is_not(None),
            Task.done_at.desc(),
            Task.due_at.is_(None),
            Task.due_at,
            Task.id,
        )
        .limit(limit)
    )
    return [_info(task) for task in session.scalars(query)]


def trash_tasks(session: Session, task_ids: Sequence[int]) -> Changes:
    return _set_deleted(session, task_ids, utcnow())


def restore_tasks(session: Session, task_ids: Sequence[int]) -> Changes:
    return _set_deleted(session, task_ids, None)


def _set_deleted(session: Session, task_ids: Sequence[int], when: datetime | None) -> Changes:
    changes = Changes()
    live_now = Task.deleted_at.is_not(None) if when is None else Task.deleted_at.is_(None)
    ids = list(session.scalars(select(Task.id).where(Task.id.in_(task_ids), live_now)))
    if not ids:
        return changes
    session.execute(update(Task).where(Task.id.in_(ids)).values(deleted_at=when))
    for record_id in ids:
        log_event(session, ENTITY, record_id, DELETED if when else RESTORED)
        changes.add("deleted" if when else "created", ENTITY, record_id)
    return changes
