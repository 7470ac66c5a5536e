"""Undo of a whole import: what it created goes, what it overwrote comes back, once."""

from __future__ import annotations

import pytest

from crmdesk.db import models
from crmdesk.db.types import utcnow
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.exchange.importing import UpdateMode, undo_import
from crmdesk.services import contacts, interactions, search
from crmdesk.services.channels import Labeled

HEADER = ["Name", "Email", "Phone", "Company", "Job title", "Lifecycle stage", "Tags", "Hobby"]


@pytest.fixture
def jan(ctx):
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(
            session,
            values={"full_name": "Ján Novák", "lifecycle": "lead", "job_title": "Clerk"},
            emails=[Labeled("work", "jan@acme.sk")],
            tag_names=["vip"],
        )
    return contact_id


def _undo(ctx, batch_id):
    with ctx.transaction() as session:
        return undo_import(session, batch_id)


def test_undo_of_create_removes_everything_the_import_made(
    imports, xlsx, ctx, fingerprint, db_path
):
    before = fingerprint(db_path)
    rows = [HEADER, ["Ann", "ann@x.sk", "+421905111222", "Acme", None, None, "a, b", "chess"]]
    summary = imports.run(xlsx(rows))
    assert imports.count(models.Contact) == 1
    result = _undo(ctx, summary.batch_id)
    assert result.deleted == {"contact": {1}, "company": {1}}
    assert not result.trashed
    for model in (
        models.Contact,
        models.Company,
        models.EmailAddress,
        models.PhoneNumber,
        models.ContactTag,
        models.SearchDoc,
    ):
        assert imports.count(model, live=False) == 0
    with ctx.reading() as session:
        assert search.search(session, "ann") == []
        assert session.get(models.ImportBatch, summary.batch_id).undone_at is not None
    assert before != fingerprint(db_path)  # the batch stays, marked undone


def test_undo_of_update_restores_overwritten_fields_and_removes_additions(imports, xlsx, ctx, jan):
    rows = [
        HEADER,
        [
            "Jan N.",
            "jan@acme.sk; jan@home.sk",
            "+421905111222",
            None,
            "CEO",
            "customer",
            "golf",
            "chess",
        ],
    ]
    summary = imports.run(xlsx(rows), on_duplicate="update", update_mode=UpdateMode.OVERWRITE)
    with ctx.reading() as session:
        changed = contacts.get_contact(session, jan)
    assert (changed.full_name, changed.job_title, changed.lifecycle) == (
        "Jan N.",
        "CEO",
        "customer",
    )
    assert len(changed.emails) == 2 and changed.tags == ["golf", "vip"]
    result = _undo(ctx, summary.batch_id)
    assert result.updated == {"contact": {jan}}
    with ctx.reading() as session:
        back = contacts.get_contact(session, jan)
        assert [h.title for h in search.search(session, "novak")] == ["Ján Novák"]
    assert (back.full_name, back.job_title, back.lifecycle) == ("Ján Novák", "Clerk", "lead")
    assert [e.value for e in back.emails] == ["jan@acme.sk"]
    assert back.phones == [] and back.tags == ["vip"] and back.custom == {}


def test_undo_keeps_a_field_edited_after_the_import(imports, xlsx, ctx, jan):
    rows = [HEADER, ["Jan", "jan@acme.sk", None, None, "CEO", "customer"]]
    summary = imports.run(xlsx(rows), on_duplicate="update", update_mode="overwrite")
    with ctx.transaction() as session:
        contacts.update_contact(session, jan, values={"job_title": "Chairman"})
    result = _undo(ctx, summary.batch_id)
    with ctx.reading() as session:
        back = contacts.get_contact(session, jan)
    assert back.job_title == "Chairman" and back.lifecycle == "lead"
    assert result.kept_fields == 1


def test_created_records_changed_since_go_to_the_trash_instead(imports, xlsx, ctx):
    summary = imports.run(xlsx([HEADER, ["Ann", "ann@x.sk"], ["Bob"], ["Cyril"]]))
    ann, bob, cyril = imports.contact_ids()
    with ctx.transaction() as session:
        contacts.update_contact(session, ann, values={"job_title": "Boss"})
        interactions.log_interaction(
            session, kind="call", occurred_at=utcnow(), subject="Hello", contact_id=bob
        )
    result = _undo(ctx, summary.batch_id)
    assert result.trashed == {"contact": {ann, bob}}
    assert result.deleted == {"contact": {ann, bob, cyril}}
    assert imports.count(models.Contact) == 0
    assert imports.count(models.Contact, live=False) == 2  # in the trash, restorable
    assert imports.count(models.Interaction) == 1  # the call kept its contact
    with ctx.reading() as session:
        call = session.query(models.Interaction).one()
        assert call.contact_id == bob


def test_undo_twice_is_refused_and_unknown_batches_are_named(imports, xlsx, ctx):
    summary = imports.run(xlsx([HEADER, ["Ann"]]))
    _undo(ctx, summary.batch_id)
    with pytest.raises(ValidationError, match="already undone"):
        _undo(ctx, summary.batch_id)
    with pytest.raises(NotFoundError, match="no import with number 99"):
        _undo(ctx, 99)


def test_a_company_an_outside_contact_joined_is_kept(imports, xlsx, ctx):
    summary = imports.run(xlsx([HEADER, ["Ann", None, None, "Newco"]]))
    with ctx.reading() as session:
        company_id = session.query(models.Company.id).scalar()
    with ctx.transaction() as session:
        contacts.create_contact(session, values={"full_name": "Zed", "company_id": company_id})
    result = _undo(ctx, summary.batch_id)
    assert result.trashed == {"company": {company_id}}
    assert imports.count(models.Contact) == 1  # Zed, made by hand, stays
