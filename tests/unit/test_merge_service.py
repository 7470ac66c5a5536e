"""Merging contacts: chosen fields, unions, re-pointed records, trash, and an exact undo."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.context import AppContext
from crmdesk.db.models import (
    ChangeLogEntry,
    Contact,
    Deal,
    DealStakeholder,
    Interaction,
    Order,
    Task,
    Ticket,
)
from crmdesk.errors import ValidationError
from crmdesk.services import (
    contacts,
    custom_fields,
    deals,
    interactions,
    merge,
    orders,
    search,
    tasks,
    tickets,
)
from crmdesk.services.channels import Labeled, PostalAddress


def _people(ctx: AppContext) -> tuple[int, int, dict[str, int]]:
    """Two records of one person, each with history, plus a third contact."""
    with ctx.transaction() as session:
        custom_fields.define_field(session, entity="contact", label="Shoe size")
        custom_fields.define_field(session, entity="contact", label="Nickname")
        keep, _ = contacts.create_contact(
            session,
            values={"full_name": "Jana Nováková", "job_title": None, "lifecycle": "customer"},
            emails=[Labeled("work", "jana@firma.sk")],
            phones=[Labeled("mobile", "0903 123 456")],
            tag_names=["VIP"],
            custom={"shoe_size": 38},
            region="SK",
        )
        other, _ = contacts.create_contact(
            session,
            values={
                "full_name": "Jana Novakova",
                "job_title": "Owner",
                "birthday_month": 5,
                "birthday_day": 17,
            },
            emails=[Labeled("home", "JANA@firma.sk"), Labeled("home", "jana.n@gmail.com")],
            phones=[Labeled("work", "+421 2 1234 5678")],
            addresses=[PostalAddress(city="Žilina", country="SK")],
            tag_names=["vip", "Žilina"],
            custom={"shoe_size": 39, "nickname": "Janka"},
            region="SK",
        )
        third, _ = contacts.create_contact(session, values={"full_name": "Peter"})
        ids = {
            "deal": deals.create_deal(
                session, values={"title": "Roof", "contact_id": other}, stakeholders=[(other, "")]
            )[0],
            "shared_deal": deals.create_deal(
                session,
                values={"title": "Boiler"},
                stakeholders=[(keep, "champion"), (other, "decision maker"), (third, "user")],
            )[0],
            "ticket": tickets.create_ticket(
                session, values={"subject": "Leak", "contact_id": other}
            )[0],
            "order": orders.create_order(session, values={"contact_id": other, "total": "10"})[0],
            "interaction": interactions.log_interaction(
                session,
                kind="call",
                subject="Called about the roof",
                occurred_at=datetime(2025, 1, 2, 10, tzinfo=UTC),
                contact_id=other,
            )[0],
            "task": tasks.create_task(session, title="Send offer", contact_id=other)[0],
        }
    return keep, other, ids


def _state(ctx: AppContext, *contact_ids: int) -> dict[str, Any]:
    """Everything a merge may touch, without timestamps that legitimately move."""
    with ctx.reading() as session:
        people = {}
        for contact_id in contact_ids:
            detail = dataclasses.asdict(contacts.get_contact(session, contact_id))
            for moving in ("updated_at",):
                detail.pop(moving)
            people[contact_id] = detail
        links: dict[str, list[tuple[int, int | None]]] = {
            model.__tablename__: sorted(
                (int(i), c) for i, c in session.execute(select(model.id, model.contact_id))
            )
            for model in (Interaction, Task, Ticket, Order, Deal)
        }
        holders = sorted(
            session.execute(
                select(DealStakeholder.deal_id, DealStakeholder.contact_id, DealStakeholder.role)
            ).all()
        )
    return {"people": people, "links": links, "stakeholders": holders}


def test_merge_takes_choices_and_unions_the_rest(ctx: AppContext) -> None:
    keep, other, _ = _people(ctx)
    with ctx.transaction() as session:
        result = merge.merge_contacts(
            session,
            keep_id=keep,
            other_id=other,
            choices={"full_name": "other", "custom:shoe_size": "other"},
        )
        merged = contacts.get_contact(session, keep)
        gone = contacts.get_contact(session, other)
    assert merged.full_name == "Jana Novakova"  # chosen
    assert merged.job_title == "Owner" and merged.birthday_day == 17  # keep had none
    assert merged.lifecycle == "customer"  # keep's by default
    assert [e.value for e in merged.emails] == ["jana@firma.sk", "jana.n@gmail.com"]
    assert [p.e164 for p in merged.phones] == ["+421903123456", "+421212345678"]
    assert [a.city for a in merged.addresses] == ["Žilina"]
    assert merged.tags == ["VIP", "Žilina"]
    assert merged.custom == {"shoe_size": "39", "nickname": "Janka"}
    assert merged.last_interaction_at == datetime(2025, 1, 2, 10, tzinfo=UTC)
    assert gone.deleted_at is not None and gone.emails  # the other is trashed, not emptied
    assert result.changes.deleted == {"contact": {other}}
    json.dumps(result.undo_token)  # the token is plain JSON


def test_merge_repoints_every_linked_record(ctx: AppContext) -> None:
    keep, other, ids = _people(ctx)
    with ctx.transaction() as session:
        result = merge.merge_contacts(session, keep_id=keep, other_id=other)
    state = _state(ctx, keep)
    for table in ("interactions", "tasks", "tickets", "orders", "deals"):
        assert all(contact != other for _, contact in state["links"][table]), table
    assert (ids["deal"], keep, "") in state["stakeholders"]
    shared = [row for row in state["stakeholders"] if row[0] == ids["shared_deal"]]
    assert [(c, r) for _, c, r in shared] == sorted([(keep, "champion"), (3, "user")])
    assert result.changes.updated["ticket"] == {ids["ticket"]}
    assert result.changes.updated["interaction"] == {ids["interaction"]}


def test_merge_is_change_logged(ctx: AppContext) -> None:
    keep, other, ids = _people(ctx)
    with ctx.transaction() as session:
        merge.merge_contacts(session, keep_id=keep, other_id=other)
        logged = session.execute(
            select(ChangeLogEntry.entity, ChangeLogEntry.record_id, ChangeLogEntry.field)
        ).all()
    assert ("contact", keep, "*merged") in logged and ("contact", other, "*deleted") in logged
    assert ("contact", keep, "emails") in logged and ("contact", keep, "job_title") in logged
    assert ("ticket", ids["ticket"], "contact_id") in logged
    assert ("deal", ids["shared_deal"], "stakeholders") in logged


def test_merged_contact_leaves_search_and_keeper_is_found_by_the_other_email(
    ctx: AppContext,
) -> None:
    keep, other, _ = _people(ctx)
    with ctx.transaction() as session:
        merge.merge_contacts(session, keep_id=keep, other_id=other)
        hits = search.search(session, "jana.n@gmail", entities=["contact"])
    assert [h.record_id for h in hits] == [keep]


def test_unmerge_restores_both_contacts_and_links_exactly(ctx: AppContext) -> None:
    keep, other, _ = _people(ctx)
    before = _state(ctx, keep, other)
    with ctx.transaction() as session:
        result = merge.merge_contacts(
            session, keep_id=keep, other_id=other, choices={"name": "other", "birthday": "keep"}
        )
    token = json.loads(json.dumps(result.undo_token))  # as if stored and read back
    with ctx.transaction() as session:
        changes = merge.unmerge(session, token)
    assert _state(ctx, keep, other) == before
    assert changes.created == {"contact": {other}}
    with ctx.reading() as session:
        hits = search.search(session, "jana.n@gmail", entities=["contact"])
    assert [h.record_id for h in hits] == [other]


def test_merge_with_itself_or_a_trashed_contact_is_refused(ctx: AppContext) -> None:
    keep, other, _ = _people(ctx)
    with pytest.raises(ValidationError, match="itself"), ctx.transaction() as session:
        merge.merge_contacts(session, keep_id=keep, other_id=keep)
    with ctx.transaction() as session:
        contacts.trash_contacts(session, [other])
    with pytest.raises(ValidationError, match="in the trash"), ctx.transaction() as session:
        merge.merge_contacts(session, keep_id=keep, other_id=other)


def test_unknown_choice_is_refused_naming_it(ctx: AppContext) -> None:
    keep, other, _ = _people(ctx)
    with pytest.raises(ValidationError, match="no field “colour”"), ctx.transaction() as session:
        merge.merge_contacts(session, keep_id=keep, other_id=other, choices={"colour": "keep"})
    with pytest.raises(ValidationError, match="“keep” or “other”"), ctx.transaction() as session:
        merge.merge_contacts(session, keep_id=keep, other_id=other, choices={"notes": "both"})


def test_mixing_birthday_parts_into_an_impossible_date_is_refused(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        a, _ = contacts.create_contact(
            session, values={"full_name": "A", "birthday_month": 2, "birthday_day": 10}
        )
        b, _ = contacts.create_contact(
            session, values={"full_name": "B", "birthday_month": 4, "birthday_day": 30}
        )
    with pytest.raises(ValidationError, match="not a real date"), ctx.transaction() as session:
        merge.merge_contacts(session, keep_id=a, other_id=b, choices={"birthday_day": "other"})


def test_unmerge_after_the_trash_was_emptied_explains_why_it_cannot(ctx: AppContext) -> None:
    keep, other, _ = _people(ctx)
    with ctx.transaction() as session:
        token = merge.merge_contacts(session, keep_id=keep, other_id=other).undo_token
        session.delete(session.get(Contact, other))
    with pytest.raises(ValidationError, match="erased"), ctx.transaction() as session:
        merge.unmerge(session, token)
