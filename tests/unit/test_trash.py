"""Trash: list every kind, restore, and empty it without leaving dangling links behind."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.db.models import (
    ChangeLogEntry,
    Company,
    Contact,
    Deal,
    EmailAddress,
    Interaction,
    Order,
    Stage,
    Task,
    Ticket,
)
from crmdesk.errors import ValidationError
from crmdesk.services import companies, contacts, interactions, search, tasks, trash
from crmdesk.services.channels import Labeled

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _contact(session: Session, name: str, company_id: int | None = None) -> int:
    contact_id, _ = contacts.create_contact(
        session,
        values={"full_name": name, "company_id": company_id},
        emails=[Labeled("work", f"{name.lower().replace(' ', '.')}@example.com")],
    )
    return contact_id


def _log(session: Session, subject: str, **links: Any) -> int:
    interaction_id, _ = interactions.log_interaction(
        session, kind="note", occurred_at=T0, subject=subject, **links
    )
    return interaction_id


def _count(session: Session, model: type[object], *where: object) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


def test_trash_lists_records_of_every_kind_newest_first(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        contact_id = _contact(session, "Reza")
        company_id, _ = companies.create_company(session, values={"name": "Kia"})
        interaction_id = _log(session, "Call", contact_id=contact_id)
        task_id, _ = tasks.create_task(session, title="Write")
        contacts.trash_contacts(session, [contact_id])
        companies.trash_companies(session, [company_id])
        interactions.trash_interactions(session, [interaction_id])
        tasks.trash_tasks(session, [task_id])
        session.add(Ticket(number=3, subject="Lid", deleted_at=T0))
        session.add(Order(ordered_on=date(2026, 1, 5), deleted_at=T0.replace(hour=10)))
    with ctx.reading() as session:
        items = trash.list_trash(session)
        assert trash.count_trash(session) == 6
    assert [(i.entity, i.title) for i in items] == [
        ("task", "Write"),
        ("interaction", "Call"),
        ("company", "Kia"),
        ("contact", "Reza"),
        ("order", "Order of 2026-01-05"),
        ("ticket", "T-000003 Lid"),
    ]


def test_restore_brings_a_contact_back_into_search(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        contact_id = _contact(session, "Jana")
        contacts.trash_contacts(session, [contact_id])
    with ctx.transaction() as session:
        changes = trash.restore(session, "contact", [contact_id])
        hits = search.search(session, "jana", entities=["contact"])
    assert changes.created == {"contact": {contact_id}}
    assert [h.record_id for h in hits] == [contact_id]


def test_restoring_an_unknown_kind_is_refused(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="no “planet”"), ctx.transaction() as session:
        trash.restore(session, "planet", [1])


def test_restoring_a_trashed_interaction_restores_last_interaction_at(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        contact_id = _contact(session, "Ali")
        interaction_id = _log(session, "Visit", contact_id=contact_id)
        interactions.trash_interactions(session, [interaction_id])
    with ctx.transaction() as session:
        trash.restore(session, "interaction", [interaction_id])
        assert contacts.get_contact(session, contact_id).last_interaction_at == T0


def test_emptying_the_trash_keeps_an_interactions_company_link(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        company_id, _ = companies.create_company(session, values={"name": "Kia"})
        contact_id = _contact(session, "Reza", company_id)
        shared = _log(session, "About Kia", contact_id=contact_id)
        only_his = _log(session, "Private", contact_id=contact_id)
        # logged before he joined Kia: linked to him only
        session.execute(
            update(Interaction).where(Interaction.id == only_his).values(company_id=None)
        )
        contacts.trash_contacts(session, [contact_id])
    with ctx.transaction() as session:
        changes = trash.empty_trash(session)
    assert changes.deleted == {"contact": {contact_id}, "interaction": {only_his}}
    assert changes.updated == {"interaction": {shared}}
    with ctx.reading() as session:
        kept = interactions.get_interaction(session, shared)
        assert (kept.contact_id, kept.company_id) == (None, company_id)
        assert session.get(Interaction, only_his) is None
        assert session.get(Contact, contact_id) is None
        assert _count(session, EmailAddress) == 0
        lost = session.execute(
            select(ChangeLogEntry.field, ChangeLogEntry.old_value).where(
                ChangeLogEntry.entity == "interaction", ChangeLogEntry.record_id == shared,
                ChangeLogEntry.field == "contact_id",
            )
        ).all()  # fmt: skip
    assert lost == [("contact_id", str(contact_id))]


def test_deals_tickets_and_orders_outlive_an_erased_contact(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        contact_id = _contact(session, "Wang")
        stage = session.scalar(select(Stage).where(Stage.name == "New"))
        assert stage is not None
        deal = Deal(
            title="Tea", pipeline_id=stage.pipeline_id, stage_id=stage.id, contact_id=contact_id
        )
        ticket = Ticket(number=1, subject="Late", contact_id=contact_id)
        order = Order(ordered_on=date(2026, 1, 1), total_minor=500, contact_id=contact_id)
        session.add_all([deal, ticket, order])
        session.flush()
        contacts.trash_contacts(session, [contact_id])
    with ctx.transaction() as session:
        changes = trash.empty_trash(session)
    assert changes.updated == {"deal": {deal.id}, "ticket": {ticket.id}, "order": {order.id}}
    with ctx.reading() as session:
        for model in (Deal, Ticket, Order):
            assert _count(session, model, model.contact_id.is_(None)) == 1


def test_people_of_an_erased_company_stay_without_company(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        company_id, _ = companies.create_company(session, values={"name": "Gone Ltd"})
        person = _contact(session, "Stays", company_id)
        companies.trash_companies(session, [company_id])
    with ctx.transaction() as session:
        changes = trash.empty_trash(session)
    assert changes.deleted == {"company": {company_id}}
    assert changes.updated == {"contact": {person}}
    with ctx.reading() as session:
        assert contacts.get_contact(session, person).company_id is None
        assert session.get(Company, company_id) is None


def test_erased_records_take_their_history_and_search_entry_with_them(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        contact_id = _contact(session, "Erased Person")
        task_id, _ = tasks.create_task(session, title="About them", contact_id=contact_id)
        free_task, _ = tasks.create_task(session, title="Unlinked")
        contacts.trash_contacts(session, [contact_id])
    with ctx.transaction() as session:
        trash.empty_trash(session)
    with ctx.reading() as session:
        assert _count(session, ChangeLogEntry, ChangeLogEntry.entity == "contact") == 0
        assert search.search(session, "erased", entities=["contact"]) == []
        assert session.get(Task, task_id) is None  # linked only to the erased contact
        assert session.get(Task, free_task) is not None
        assert trash.list_trash(session) == []


def test_emptying_an_empty_trash_changes_nothing(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        _contact(session, "Live")
        assert not trash.empty_trash(session)
    with ctx.reading() as session:
        assert _count(session, Contact) == 1
