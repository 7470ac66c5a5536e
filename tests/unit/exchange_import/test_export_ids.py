"""Export ids are tied to their file: importing another crmdesk file's export never takes its
ids for records of this file (they would be whatever records have the same numbers here)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from crmdesk.context import AppContext
from crmdesk.db import models
from crmdesk.db.migrate import open_database
from crmdesk.exchange.export import export_list
from crmdesk.exchange.file_ids import FOREIGN_WARNINGS, file_tag
from crmdesk.exchange.importing import ImportPlan
from crmdesk.services import contacts, deals, orders, tickets
from crmdesk.services.channels import Labeled
from crmdesk.services.orders import LineInput

from .conftest import Imports


def _people(context: AppContext, people: list[tuple[str, str | None, str | None, str]]) -> None:
    """(name, email, phone, job title) each, created in this order (ids 1, 2, ...)."""
    with context.transaction() as session:
        for name, email, phone, job in people:
            contacts.create_contact(
                session,
                values={"full_name": name, "job_title": job},
                emails=[Labeled("work", email)] if email else [],
                phones=[Labeled("mobile", phone)] if phone else [],
            )


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Imports]:
    """Database B: a colleague's file whose records have the same ids as ours (1, 2, 3...)."""
    context = open_database(tmp_path / "colleague.crm")
    _people(
        context,
        [
            ("Zuzana Biela", "zuzana@biela.sk", None, "Teacher"),
            ("Milan Čierny", None, "+421 903 999 888", "Driver"),
            ("Ivan Modrý", None, None, "Pilot"),
            ("Peter Kováč", None, None, "Baker"),  # our Peter, under another id
        ],
    )
    yield Imports(context)
    context.close()


@pytest.fixture
def ours(ctx: AppContext) -> AppContext:
    _people(
        ctx,
        [
            ("Ján Novák", "jan@acme.sk", None, "CEO"),
            ("Eva Malá", None, "+421 905 111 222", "CFO"),
            ("Peter Kováč", None, None, ""),
        ],
    )
    return ctx


def _snapshot(context: AppContext, model: type[Any], ids: list[int]) -> dict[int, Any]:
    """Every column of the records ``ids`` (updated_at too: any write would show)."""
    with context.reading() as session:
        rows = session.scalars(select(model).where(model.id.in_(ids))).all()
        columns = [column.key for column in model.__table__.columns]
        return {row.id: {key: getattr(row, key) for key in columns} for row in rows}


def _contact_channels(context: AppContext) -> list[tuple[Any, ...]]:
    with context.reading() as session:
        emails = session.execute(select(models.EmailAddress.contact_id, models.EmailAddress.email))
        phones = session.execute(select(models.PhoneNumber.contact_id, models.PhoneNumber.e164))
        return sorted([*emails, *phones])


def _foreign_warnings(plan: ImportPlan) -> list[str]:
    return [p.message for p in plan.warnings() if p.message == FOREIGN_WARNINGS[plan.entity]]


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "vcf"])
def test_another_files_export_changes_none_of_the_records_with_the_same_ids(
    ours, other, tmp_path, fmt
):
    out = tmp_path / f"ours.{fmt}"
    with ours.reading() as session:
        export_list(session, out, entity="contacts", format=fmt)
    theirs = other.contact_ids()
    assert theirs[:3] == [1, 2, 3]  # the same ids as our three contacts
    before = _snapshot(other.ctx, models.Contact, theirs[:3])
    channels = [c for c in _contact_channels(other.ctx) if c[0] in theirs[:3]]

    plan = other.plan(out, on_duplicate="update", update_mode="overwrite")
    assert {row.draft.values["full_name"]: row.match for row in plan.rows if row.draft} == {
        "Ján Novák": None,
        "Eva Malá": None,
        "Peter Kováč": "name",  # matched by what the row says, not by its number
    }
    assert _foreign_warnings(plan) == [FOREIGN_WARNINGS["contacts"]]  # once, not per row
    summary = other.run(out, on_duplicate="update", update_mode="overwrite")

    assert (summary.created, summary.updated, summary.failed) == (2, 1, 0)
    assert FOREIGN_WARNINGS["contacts"] in [p.message for p in summary.warnings]
    assert _snapshot(other.ctx, models.Contact, theirs[:3]) == before
    assert [c for c in _contact_channels(other.ctx) if c[0] in theirs[:3]] == channels
    names = {p["full_name"]: p["job_title"] for p in other.people()}
    assert names == {
        "Zuzana Biela": "Teacher",
        "Milan Čierny": "Driver",
        "Ivan Modrý": "Pilot",
        "Peter Kováč": "Baker",
        "Ján Novák": "CEO",
        "Eva Malá": "CFO",
    }


def test_an_id_is_this_files_only_with_this_files_tag(imports, ours, xlsx):
    with ours.reading() as session:
        tag = file_tag(session)
    assert tag is not None
    foreign = ("0" if tag[0] != "0" else "1") + tag[1:]  # another file's tag
    source = xlsx(
        [
            ["Full name", "Job title", "crmdesk id"],
            ["Ján Novák", "Chairman", f"{tag}-1"],  # ours: this IS contact 1
            ["Bare Number", "", 2],  # no tag: could be any file's contact 2
            ["Bare Text", "", "2"],
            ["Other Tag", "", f"{foreign}-3"],
            ["Not An Id", "", "seventeen"],
            ["Zero", "", f"{tag}-0"],
        ]
    )
    plan = imports.plan(source, on_duplicate="update")
    assert [(row.match, row.target_id) for row in plan.rows] == [("id", 1)] + [(None, None)] * 5
    assert _foreign_warnings(plan) == [FOREIGN_WARNINGS["contacts"]]


def test_this_files_own_export_has_no_warning(imports, ours, tmp_path):
    out = tmp_path / "ours.xlsx"
    with ours.reading() as session:
        export_list(session, out, entity="contacts", format="xlsx")
    plan = imports.plan(out, on_duplicate="update")
    assert [row.match for row in plan.rows] == ["id"] * 3
    assert _foreign_warnings(plan) == []


def _business(context: AppContext, title: str, number: str, ticket_number: int | None) -> None:
    with context.transaction() as session:
        contact = session.scalar(select(models.Contact.id).order_by(models.Contact.id))
        orders.create_order(
            session,
            values={"number": number, "ordered_on": date(2024, 1, 5), "contact_id": contact},
            lines=[LineInput(f"{title} seeds", 2, "3.50")],
        )
        deals.create_deal(session, values={"title": title, "value": "2500", "contact_id": contact})
        values: dict[str, Any] = {"subject": f"{title} wilted", "contact_id": contact}
        if ticket_number is not None:
            values["number"] = ticket_number
        tickets.create_ticket(session, values=values)


RECORDS = {"orders": models.Order, "deals": models.Deal, "tickets": models.Ticket}


@pytest.mark.parametrize("entity", sorted(RECORDS))
def test_orders_deals_and_tickets_of_another_file_do_not_take_ours_by_id(
    imports, ours, other, tmp_path, entity
):
    _business(ours, "Roses", "A-1", None)
    _business(other.ctx, "Tulips", "B-7", 900)  # other numbers, the same ids
    model = RECORDS[entity]
    out = tmp_path / f"{entity}.xlsx"
    with ours.reading() as session:
        export_list(session, out, entity=entity, format="xlsx")
    assert [row.match for row in imports.plan(out, entity=entity).rows] == ["id"]  # own file
    before = _snapshot(other.ctx, model, [1])
    assert list(before) == [1]

    plan = other.plan(out, entity=entity, on_duplicate="update", update_mode="overwrite")
    assert [(row.match, row.target_id) for row in plan.rows] == [(None, None)]
    assert _foreign_warnings(plan) == [FOREIGN_WARNINGS[entity]]
    summary = other.run(out, entity=entity, on_duplicate="update", update_mode="overwrite")

    assert (summary.created, summary.updated, summary.failed) == (1, 0, 0), summary.errors
    assert _snapshot(other.ctx, model, [1]) == before
    assert other.count(model) == 2


def test_a_ticket_of_another_file_gets_a_number_of_ours_instead_of_taking_our_ticket(
    ours, other, tmp_path
):
    _business(ours, "Roses", "A-1", None)  # T-000001 in both files
    _business(other.ctx, "Tulips", "B-7", None)
    out = tmp_path / "tickets.xlsx"
    with ours.reading() as session:
        export_list(session, out, entity="tickets", format="xlsx")
    before = _snapshot(other.ctx, models.Ticket, [1])

    summary = other.run(out, entity="tickets", on_duplicate="update", update_mode="overwrite")

    assert (summary.created, summary.updated, summary.failed) == (1, 0, 0), summary.errors
    assert _snapshot(other.ctx, models.Ticket, [1]) == before
    with other.ctx.reading() as session:
        numbers = dict(session.execute(select(models.Ticket.subject, models.Ticket.number)).all())
    assert numbers == {"Tulips wilted": 1, "Roses wilted": 2}
