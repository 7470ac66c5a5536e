"""Duplicates: matched by email, phone, name + company; each policy; near names only reported."""

from __future__ import annotations

import pytest

from crmdesk.db import models
from crmdesk.exchange.importing import RowAction, UpdateMode
from crmdesk.services import companies, contacts
from crmdesk.services.channels import Labeled


@pytest.fixture
def jan(ctx):
    """An existing contact: Ján Novák at Acme, jan@acme.sk, +421 905 123 456, tag "vip"."""
    with ctx.transaction() as session:
        company_id, _ = companies.create_company(session, values={"name": "Acme"})
        contact_id, _ = contacts.create_contact(
            session,
            values={"full_name": "Ján Novák", "company_id": company_id, "lifecycle": "lead"},
            emails=[Labeled("work", "jan@acme.sk")],
            phones=[Labeled("mobile", "+421 905 123 456")],
            tag_names=["vip"],
        )
    return contact_id


HEADER = ["Name", "Email", "Phone", "Company", "Job title", "Lifecycle stage", "Tags"]


def test_skip_policy_skips_a_duplicate_by_email(imports, xlsx, jan):
    plan = imports.plan(xlsx([HEADER, ["Johnny", "JAN@acme.sk", None, None, "CEO"]]))
    (row,) = plan.rows
    assert (row.action, row.target_id, row.match) == (RowAction.SKIP, jan, "email")
    assert "Ján Novák" in row.note


def test_duplicate_by_e164_phone_whatever_the_formatting(imports, xlsx, jan):
    plan = imports.plan(xlsx([HEADER, ["J. N.", None, "00421905123456"]]))
    assert (plan.rows[0].target_id, plan.rows[0].match) == (jan, "phone")


def test_duplicate_by_folded_name_at_the_same_company(imports, xlsx, jan):
    plan = imports.plan(xlsx([HEADER, ["jan novak", None, None, "ACME"], ["Jan Novak"]]))
    same_company, no_company = plan.rows
    assert (same_company.target_id, same_company.match) == (jan, "name")
    assert no_company.action is RowAction.CREATE  # same name elsewhere: only a near match
    assert no_company.possible == (jan,)
    assert "Possible duplicate of Ján Novák" in no_company.problems[0].message


def test_update_fills_empty_fields_and_adds_emails_phones_tags(imports, xlsx, jan, ctx):
    path = xlsx(
        [
            HEADER,
            [
                "Jan",
                "jan@acme.sk; jan@home.sk",
                "+421 2 1234 5678",
                None,
                "CEO",
                "customer",
                "vip, golf",
            ],
        ]
    )
    summary = imports.run(path, on_duplicate="update")
    assert (summary.updated, summary.created) == (1, 0)
    with ctx.reading() as session:
        detail = contacts.get_contact(session, jan)
    assert detail.full_name == "Ján Novák"  # never empty, so kept
    assert detail.job_title == "CEO"  # was empty: filled
    assert detail.lifecycle == "lead"  # had a value: kept (fill empty only)
    assert [e.value for e in detail.emails] == ["jan@acme.sk", "jan@home.sk"]
    assert [p.e164 for p in detail.phones] == ["+421905123456", "+421212345678"]
    assert detail.tags == ["golf", "vip"]


def test_update_overwrite_mode_replaces_values(imports, xlsx, jan, ctx):
    path = xlsx([HEADER, ["Jan Novák ml.", "jan@acme.sk", None, None, "CEO", "customer"]])
    imports.run(path, on_duplicate="update", update_mode=UpdateMode.OVERWRITE)
    with ctx.reading() as session:
        detail = contacts.get_contact(session, jan)
    assert (detail.full_name, detail.lifecycle, detail.job_title) == (
        "Jan Novák ml.",
        "customer",
        "CEO",
    )
    assert detail.company_name == "Acme"  # no company in the row: kept


def test_create_policy_creates_the_duplicate_with_a_warning(imports, xlsx, jan):
    summary = imports.run(xlsx([HEADER, ["Jan", "jan@acme.sk"]]), on_duplicate="create")
    assert summary.created == 1
    assert any("created anyway" in w.message for w in summary.warnings)
    assert imports.count(models.Contact) == 2


def test_rows_of_one_file_are_matched_with_each_other(imports, xlsx):
    rows = [
        HEADER,
        ["Ann", "ann@x.sk", None, None, None],
        ["Ann B.", "ANN@x.sk", "+421905000111", None, "Boss"],
        ["Zoe", "zoe@x.sk"],
    ]
    path = xlsx(rows)
    skip = imports.plan(path)
    assert [r.action for r in skip.rows] == [RowAction.CREATE, RowAction.SKIP, RowAction.CREATE]
    assert skip.rows[1].target_row == 2 and "row 2" in skip.rows[1].note
    merged = imports.plan(path, on_duplicate="update")
    assert merged.rows[1].action is RowAction.UPDATE and merged.rows[1].merged_into == 2
    first = merged.rows[0].draft
    assert first.values["job_title"] == "Boss" and first.phones[0][2] == "+421905000111"
    assert [r.action for r in imports.plan(path, on_duplicate="create").rows] == [
        RowAction.CREATE
    ] * 3


def test_merged_rows_become_one_contact(imports, xlsx, ctx):
    rows = [HEADER, ["Ann", "ann@x.sk"], ["Ann", "ann@x.sk", None, None, "Boss", None, "a"]]
    summary = imports.run(xlsx(rows), on_duplicate="update")
    assert (summary.created, summary.updated) == (1, 1)
    (person,) = imports.people()
    assert person["job_title"] == "Boss" and person["tags"] == ["a"]


def test_two_rows_updating_one_contact_update_it_once(imports, xlsx, jan, ctx):
    rows = [
        HEADER,
        ["Jan", "jan@acme.sk", None, None, "CEO"],
        ["Jan", None, "+421905123456", None, None, None, "golf"],
    ]
    summary = imports.run(xlsx(rows), on_duplicate="update")
    assert summary.updated == 2
    with ctx.reading() as session:
        items = session.query(models.ImportBatchItem).filter_by(action="updated").count()
        detail = contacts.get_contact(session, jan)
    assert items == 1
    assert detail.job_title == "CEO" and detail.tags == ["golf", "vip"]


def test_company_names_link_to_existing_companies_or_create_them(imports, xlsx, jan, ctx):
    summary = imports.run(
        xlsx(
            [
                HEADER,
                ["Eva", None, None, "acme "],
                ["Petr", None, None, "Beta"],
                ["Olga", None, None, "BETA"],
            ]
        )
    )
    assert summary.created == 3
    assert imports.count(models.Company) == 2  # Acme reused, Beta created once
    companies_of = {p["full_name"]: p["company"] for p in imports.people()}
    assert companies_of["Eva"] == "Acme" and companies_of["Olga"] == "Beta"


@pytest.mark.parametrize("mode", [UpdateMode.FILL_EMPTY, UpdateMode.OVERWRITE])
def test_update_moving_a_contact_to_a_company_not_yet_in_the_file(imports, xlsx, ctx, mode):
    """The new company is written before the contact that now points at it."""
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(
            session,
            values={"full_name": "Eva Malá"},
            emails=[Labeled("work", "eva@example.sk")],
        )
    path = xlsx([HEADER, ["Eva Malá", "eva@example.sk", None, "Tatra Mlyn s.r.o."]])

    summary = imports.run(path, on_duplicate="update", update_mode=mode)

    assert (summary.updated, summary.failed) == (1, 0), summary.errors
    with ctx.reading() as session:
        contact = session.get(models.Contact, contact_id)
        company = session.get(models.Company, contact.company_id)
        assert company is not None and company.name == "Tatra Mlyn s.r.o."
