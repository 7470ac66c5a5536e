"""Tasks: validation, links, done / reopen, listing per record, trash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from crmdesk.context import AppContext
from crmdesk.db.models import ChangeLogEntry
from crmdesk.errors import ValidationError
from crmdesk.services import contacts, tasks

DUE = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)


def _contact(ctx: AppContext) -> int:
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(session, values={"full_name": "Jana"})
    return contact_id


def test_create_task_with_due_date_and_contact(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    with ctx.transaction() as session:
        task_id, changes = tasks.create_task(
            session, title="Call back", due_at=DUE, priority="HIGH", contact_id=contact_id
        )
    assert changes.created == {"task": {task_id}}
    with ctx.reading() as session:
        task = tasks.get_task(session, task_id)
    assert (task.title, task.due_at, task.priority, task.contact_id) == (
        "Call back",
        DUE,
        "high",
        contact_id,
    )
    assert not task.done


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"title": " "}, "title", "Title is required"),
        ({"title": "x", "priority": "asap"}, "priority", "not a valid priority"),
        ({"title": "x", "due_at": "someday"}, "due_at", "not a date and time"),
        ({"title": "x", "deal_id": 42}, "deal_id", "deal does not exist"),
        ({"title": "x", "contact_id": "abc"}, "contact_id", "not a record id"),
    ],
)
def test_invalid_task_values_name_the_field(
    ctx: AppContext, kwargs: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError, match=message) as error, ctx.transaction() as session:
        tasks.create_task(session, **kwargs)  # type: ignore[arg-type]
    assert error.value.field == field


def test_ticking_a_task_done_and_reopening_it_is_logged(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        task_id, _ = tasks.create_task(session, title="Send invoice")
    with ctx.transaction() as session:
        assert tasks.set_task_done(session, task_id, True)
        assert tasks.get_task(session, task_id).done
        assert not tasks.set_task_done(session, task_id, True)  # already done: nothing changes
    with ctx.transaction() as session:
        assert tasks.set_task_done(session, task_id, False)
        assert not tasks.get_task(session, task_id).done
    with ctx.reading() as session:
        log = session.execute(
            select(ChangeLogEntry.old_value, ChangeLogEntry.new_value)
            .where(ChangeLogEntry.entity == "task", ChangeLogEntry.field == "done_at")
            .order_by(ChangeLogEntry.id)
        ).all()
    assert len(log) == 2
    assert log[0][0] is None and log[1][1] is None


def test_update_task_changes_fields(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        task_id, _ = tasks.create_task(session, title="Old")
        changes = tasks.update_task(session, task_id, values={"title": "New", "due_at": DUE})
        assert changes.updated == {"task": {task_id}}
        assert not tasks.update_task(session, task_id, values={"title": "New"})
        assert tasks.get_task(session, task_id).due_at == DUE


def test_tasks_for_a_contact_list_open_by_due_date_then_done(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    with ctx.transaction() as session:
        later, _ = tasks.create_task(session, title="Later", due_at=DUE, contact_id=contact_id)
        undated, _ = tasks.create_task(session, title="Undated", contact_id=contact_id)
        soon, _ = tasks.create_task(
            session, title="Soon", due_at=DUE - timedelta(days=1), contact_id=contact_id
        )
        done, _ = tasks.create_task(session, title="Done", contact_id=contact_id)
        tasks.set_task_done(session, done, True)
        tasks.create_task(session, title="Someone else's")
    with ctx.reading() as session:
        everything = tasks.tasks_for(session, contact_id=contact_id)
        open_only = tasks.tasks_for(session, contact_id=contact_id, include_done=False)
    assert [t.id for t in everything] == [soon, later, undated, done]
    assert [t.id for t in open_only] == [soon, later, undated]


def test_trashed_tasks_leave_the_list_and_come_back_on_restore(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    with ctx.transaction() as session:
        task_id, _ = tasks.create_task(session, title="Call", contact_id=contact_id)
        assert tasks.trash_tasks(session, [task_id]).deleted == {"task": {task_id}}
        assert tasks.tasks_for(session, contact_id=contact_id) == []
        assert tasks.restore_tasks(session, [task_id]).created == {"task": {task_id}}
        assert [t.id for t in tasks.tasks_for(session, contact_id=contact_id)] == [task_id]


def test_tasks_for_needs_exactly_one_record(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="exactly one"), ctx.reading() as session:
        tasks.tasks_for(session, contact_id=1, company_id=2)
