"""Interactions: validation, links, follow-ups, and contacts.last_interaction_at kept in step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.context import AppContext
from crmdesk.db.models import ChangeLogEntry, Contact
from crmdesk.errors import ValidationError
from crmdesk.services import companies, contacts, interactions, search, tasks
from crmdesk.services.interactions import FollowUp

T0 = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def _contact(ctx: AppContext, name: str = "Reza Tehrani", company_id: int | None = None) -> int:
    with ctx.transaction() as session:
        values = {"full_name": name, "company_id": company_id}
        contact_id, _ = contacts.create_contact(session, values=values)
    return contact_id


def _log(ctx: AppContext, **kwargs: Any) -> int:
    kwargs.setdefault("kind", "call")
    kwargs.setdefault("occurred_at", T0)
    kwargs.setdefault("subject", "Price list")
    with ctx.transaction() as session:
        interaction_id, _ = interactions.log_interaction(session, **kwargs)
    return interaction_id


def _last(ctx: AppContext, contact_id: int) -> datetime | None:
    with ctx.reading() as session:
        return session.scalar(select(Contact.last_interaction_at).where(Contact.id == contact_id))


def test_logging_an_interaction_updates_last_interaction_at(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    with ctx.transaction() as session:
        _, changes = interactions.log_interaction(
            session, kind="call", occurred_at=T0, subject="Hello", contact_id=contact_id
        )
        assert contacts.get_contact(session, contact_id).last_interaction_at == T0
    assert changes.updated == {"contact": {contact_id}}
    assert _last(ctx, contact_id) == T0


def test_an_older_interaction_does_not_move_last_interaction_back(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    _log(ctx, contact_id=contact_id)
    _log(ctx, contact_id=contact_id, occurred_at=T0 - timedelta(days=30))
    assert _last(ctx, contact_id) == T0


def test_trashing_the_newest_interaction_moves_last_interaction_back(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    older = _log(ctx, contact_id=contact_id, occurred_at=T0 - timedelta(days=2))
    newest = _log(ctx, contact_id=contact_id)
    with ctx.transaction() as session:
        interactions.trash_interactions(session, [newest])
    assert _last(ctx, contact_id) == T0 - timedelta(days=2)
    with ctx.transaction() as session:
        interactions.restore_interactions(session, [newest])
    assert _last(ctx, contact_id) == T0
    with ctx.transaction() as session:
        interactions.trash_interactions(session, [older, newest])
    assert _last(ctx, contact_id) is None


def test_moving_an_interaction_to_another_contact_updates_both(ctx: AppContext) -> None:
    first, second = _contact(ctx, "First"), _contact(ctx, "Second")
    interaction_id = _log(ctx, contact_id=first)
    with ctx.transaction() as session:
        changes = interactions.update_interaction(
            session, interaction_id, values={"contact_id": second}
        )
    assert changes.updated == {"interaction": {interaction_id}, "contact": {first, second}}
    assert _last(ctx, first) is None
    assert _last(ctx, second) == T0


def test_changing_when_an_interaction_happened_updates_last_interaction_at(
    ctx: AppContext,
) -> None:
    contact_id = _contact(ctx)
    interaction_id = _log(ctx, contact_id=contact_id)
    later = T0 + timedelta(hours=5)
    with ctx.transaction() as session:
        interactions.update_interaction(session, interaction_id, values={"occurred_at": later})
    assert _last(ctx, contact_id) == later


def test_contacts_company_is_linked_automatically(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        company_id, _ = companies.create_company(session, values={"name": "Kia"})
    contact_id = _contact(ctx, company_id=company_id)
    interaction_id = _log(ctx, contact_id=contact_id)
    with ctx.reading() as session:
        info = interactions.get_interaction(session, interaction_id)
    assert (info.company_id, info.company_name, info.contact_name) == (
        company_id,
        "Kia",
        "Reza Tehrani",
    )


def test_an_explicit_company_is_kept(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        own, _ = companies.create_company(session, values={"name": "Own"})
        other, _ = companies.create_company(session, values={"name": "Other"})
    contact_id = _contact(ctx, company_id=own)
    interaction_id = _log(ctx, contact_id=contact_id, company_id=other)
    with ctx.reading() as session:
        assert interactions.get_interaction(session, interaction_id).company_id == other


def test_interaction_without_any_link_is_refused(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="must be linked") as error:
        _log(ctx)
    assert error.value.field == "contact_id"


def test_removing_the_last_link_of_an_interaction_is_refused(ctx: AppContext) -> None:
    interaction_id = _log(ctx, contact_id=_contact(ctx))
    with pytest.raises(ValidationError, match="must be linked"), ctx.transaction() as session:
        interactions.update_interaction(session, interaction_id, values={"contact_id": None})


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("kind", "telegram", "not a valid kind"),
        ("direction", "sideways", "not a valid direction"),
        ("duration_minutes", -5, "cannot be negative"),
        ("duration_minutes", "abc", "whole number"),
        ("occurred_at", None, "needs the date and time"),
        ("occurred_at", "yesterday", "not a date and time"),
    ],
)
def test_invalid_interaction_values_name_the_field(
    ctx: AppContext, field: str, value: object, message: str
) -> None:
    contact_id = _contact(ctx)
    with pytest.raises(ValidationError, match=message) as error:
        _log(ctx, contact_id=contact_id, **{field: value})
    assert error.value.field == field


def test_naive_occurred_at_is_taken_as_utc(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    interaction_id = _log(ctx, contact_id=contact_id, occurred_at=datetime(2026, 3, 1, 9, 30))
    tehran = timezone(timedelta(hours=3, minutes=30))
    aware = _log(ctx, contact_id=contact_id, occurred_at=datetime(2026, 3, 1, 13, 0, tzinfo=tehran))
    with ctx.reading() as session:
        assert interactions.get_interaction(session, interaction_id).occurred_at == T0
        assert interactions.get_interaction(session, aware).occurred_at == T0


def test_link_to_a_trashed_contact_is_refused(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    with ctx.transaction() as session:
        contacts.trash_contacts(session, [contact_id])
    with pytest.raises(ValidationError, match="contact does not exist") as error:
        _log(ctx, contact_id=contact_id)
    assert error.value.field == "contact_id"


def test_follow_up_creates_a_task_linked_to_the_same_records(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        company_id, _ = companies.create_company(session, values={"name": "Kia"})
    contact_id = _contact(ctx, company_id=company_id)
    due = T0 + timedelta(days=3)
    with ctx.transaction() as session:
        interaction_id, changes = interactions.log_interaction(
            session,
            kind="meeting",
            occurred_at=T0,
            subject="Demo",
            contact_id=contact_id,
            follow_up=FollowUp("Send the offer", due, "high"),
        )
    (task_id,) = changes.created["task"]
    with ctx.reading() as session:
        task = tasks.get_task(session, task_id)
    assert (task.title, task.due_at, task.priority) == ("Send the offer", due, "high")
    assert (task.interaction_id, task.contact_id, task.company_id) == (
        interaction_id,
        contact_id,
        company_id,
    )


def test_bad_follow_up_refuses_the_whole_interaction(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    with pytest.raises(ValidationError, match="Title is required"):
        _log(ctx, contact_id=contact_id, follow_up=FollowUp(""))
    assert _last(ctx, contact_id) is None


def test_interactions_for_a_contact_are_newest_first_and_page_with_before(
    ctx: AppContext,
) -> None:
    contact_id = _contact(ctx)
    ids = [_log(ctx, contact_id=contact_id, occurred_at=T0 + timedelta(hours=h)) for h in range(5)]
    with ctx.reading() as session:
        first = interactions.interactions_for(session, contact_id=contact_id, limit=3)
        rest = interactions.interactions_for(
            session, contact_id=contact_id, limit=3, before=first[-1].occurred_at
        )
    assert [i.id for i in first + rest] == ids[::-1]


def test_interactions_for_needs_exactly_one_record(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="exactly one"), ctx.reading() as session:
        interactions.interactions_for(session)


def test_logged_interaction_is_searchable_until_trashed(ctx: AppContext) -> None:
    interaction_id = _log(ctx, contact_id=_contact(ctx), subject="Pistachio shipment")
    with ctx.reading() as session:
        hits = search.search(session, "pistachio", entities=["interaction"])
    assert [h.record_id for h in hits] == [interaction_id]
    with ctx.transaction() as session:
        interactions.trash_interactions(session, [interaction_id])
        assert search.search(session, "pistachio", entities=["interaction"]) == []


def test_interaction_changes_are_change_logged(ctx: AppContext) -> None:
    interaction_id = _log(ctx, contact_id=_contact(ctx))
    with ctx.transaction() as session:
        interactions.update_interaction(
            session, interaction_id, values={"outcome": "Will order", "duration_minutes": 15}
        )
    with ctx.reading() as session:
        fields = set(
            session.scalars(
                select(ChangeLogEntry.field).where(
                    ChangeLogEntry.entity == "interaction",
                    ChangeLogEntry.record_id == interaction_id,
                )
            )
        )
    assert fields == {"*created", "outcome", "duration_minutes"}
