"""Timeline: everything about a customer, newest first, merged from indexed queries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.db.models import ChangeLogEntry, Contact, Deal, Order, Stage, Ticket
from crmdesk.errors import ValidationError
from crmdesk.services import companies, contacts, interactions, tasks
from crmdesk.services.channels import Labeled
from crmdesk.services.timeline import TimelineItem, timeline

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _contact(ctx: AppContext, name: str = "Reza", company_id: int | None = None) -> int:
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(
            session,
            values={"full_name": name, "company_id": company_id},
            emails=[Labeled("work", f"{name.lower()}@example.com")],
            tag_names=["VIP"],
        )
        _backdate_creation(session, contact_id, T0 - timedelta(days=30))
    return contact_id


def _backdate_creation(session: Session, contact_id: int, when: datetime) -> None:
    """Make the contact look created long ago (the test runs in milliseconds)."""
    session.execute(update(Contact).where(Contact.id == contact_id).values(created_at=when))
    session.execute(
        update(ChangeLogEntry)
        .where(ChangeLogEntry.entity == "contact", ChangeLogEntry.record_id == contact_id)
        .values(changed_at=when)
    )


def _items(ctx: AppContext, **kwargs: object) -> list[TimelineItem]:
    with ctx.reading() as session:
        return timeline(session, **kwargs)  # type: ignore[arg-type]


def _add_deal_ticket_order(session: Session, contact_id: int) -> None:
    stage = session.scalar(select(Stage).where(Stage.name == "Won"))
    assert stage is not None
    session.add_all(
        [
            Deal(
                title="Big order", pipeline_id=stage.pipeline_id, stage_id=stage.id,
                value_minor=250000, currency="EUR", contact_id=contact_id,
                created_at=T0 + timedelta(hours=3), closed_at=T0 + timedelta(hours=4),
            ),
            Ticket(
                number=7, subject="Broken lid", contact_id=contact_id,
                opened_at=T0 + timedelta(hours=2),
            ),
            Order(
                number="A-1", ordered_on=date(2026, 3, 1), total_minor=9900, currency="EUR",
                contact_id=contact_id,
            ),
        ]
    )  # fmt: skip


def test_timeline_lists_every_kind_newest_first(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    with ctx.transaction() as session:
        interactions.log_interaction(
            session,
            kind="call",
            occurred_at=T0 + timedelta(hours=5),
            subject="Follow-up call",
            outcome="Happy",
            contact_id=contact_id,
        )
        task_id, _ = tasks.create_task(session, title="Send catalogue", contact_id=contact_id)
        tasks.set_task_done(session, task_id, True)
        _add_deal_ticket_order(session, contact_id)
    items = _items(ctx, contact_id=contact_id)
    kinds = [item.kind for item in items]
    assert kinds == ["task", "interaction", "deal", "order", "ticket", "change"]
    assert [item.when for item in items] == sorted((item.when for item in items), reverse=True)
    by_kind = {item.kind: item for item in items}
    assert by_kind["interaction"].title == "Follow-up call"
    assert by_kind["interaction"].icon_hint == "call"
    assert by_kind["task"].icon_hint == "task-done"
    assert by_kind["deal"].icon_hint == "deal-won"
    assert "2,500.00 EUR" in by_kind["deal"].detail
    assert by_kind["ticket"].title == "T-000007 Broken lid"
    assert by_kind["order"].when == datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    assert all(item.when.tzinfo is not None for item in items)


def test_creation_shows_once_as_created_without_field_noise(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    items = _items(ctx, contact_id=contact_id)
    assert [(item.kind, item.title, item.field) for item in items] == [
        ("change", "Created", "*created")
    ]


def test_field_changes_show_old_and_new_values(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    with ctx.transaction() as session:
        contacts.update_contact(session, contact_id, values={"job_title": "Buyer"})
    latest = _items(ctx, contact_id=contact_id)[0]
    assert (latest.kind, latest.field, latest.title) == ("change", "job_title", "Job title changed")
    assert latest.detail == "— → Buyer"


def test_company_timeline_includes_its_peoples_items(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        company_id, _ = companies.create_company(session, values={"name": "Kia"})
    person = _contact(ctx, "Ali", company_id)
    outsider = _contact(ctx, "Other")
    with ctx.transaction() as session:
        # logged before the person joined the company: linked to the contact only
        session.execute(update(Contact).where(Contact.id == person).values(company_id=None))
        interactions.log_interaction(
            session, kind="visit", occurred_at=T0, subject="Shop visit", contact_id=person
        )
        session.execute(update(Contact).where(Contact.id == person).values(company_id=company_id))
        interactions.log_interaction(
            session, kind="note", occurred_at=T0, subject="Not theirs", contact_id=outsider
        )
        tasks.create_task(session, title="Company task", company_id=company_id)
    items = _items(ctx, company_id=company_id)
    titles = {item.title for item in items}
    assert {"Shop visit", "Company task", "Created"} <= titles
    assert "Not theirs" not in titles
    visit = next(item for item in items if item.title == "Shop visit")
    assert visit.contact_id == person


def test_paging_with_before_loses_nothing_even_on_equal_times(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    with ctx.transaction() as session:
        for n in range(7):  # several orders on one day share one "when"
            day = date(2026, 2, 20) if n < 4 else date(2026, 2, 10 + n)
            session.add(Order(number=f"N{n}", ordered_on=day, contact_id=contact_id))
        for n in range(5):
            interactions.log_interaction(
                session,
                kind="call",
                occurred_at=T0 - timedelta(days=n * 3),
                subject=f"Call {n}",
                contact_id=contact_id,
            )
    everything = _items(ctx, contact_id=contact_id, limit=100)
    assert len(everything) == 13
    for limit in range(1, 6):
        seen: list[TimelineItem] = []
        before = None
        while True:  # the way the timeline view pages: stop at the first short page
            page = _items(ctx, contact_id=contact_id, limit=limit, before=before)
            seen.extend(page)
            if len(page) < limit:
                break
            before = page[-1].when
        assert [(i.kind, i.record_id) for i in seen] == [
            (i.kind, i.record_id) for i in everything
        ], f"limit {limit}"


def test_trashed_items_are_left_out(ctx: AppContext) -> None:
    contact_id = _contact(ctx)
    with ctx.transaction() as session:
        interaction_id, _ = interactions.log_interaction(
            session, kind="call", occurred_at=T0, subject="Oops", contact_id=contact_id
        )
        interactions.trash_interactions(session, [interaction_id])
    assert [item.kind for item in _items(ctx, contact_id=contact_id)] == ["change"]


def test_timeline_needs_one_contact_or_one_company(ctx: AppContext) -> None:
    with pytest.raises(ValidationError), ctx.reading() as session:
        timeline(session)
    with pytest.raises(ValidationError), ctx.reading() as session:
        timeline(session, contact_id=1, company_id=1)
