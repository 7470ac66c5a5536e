"""Undo of an import after the user merged some of its records: the merge is never undone by it.

Created records merged since (either side) stay as the merge left them; an updated record
merged into another stays as it is; an updated record that had another merged into it gets
back only the fields that still hold what the import wrote."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy import select

from crmdesk.db import models
from crmdesk.errors import ValidationError
from crmdesk.exchange.importing import undo_import
from crmdesk.services import contacts, merge
from crmdesk.services.changes import DELETED
from crmdesk.services.channels import Labeled

HEADER = ["Name", "Email", "Phone", "Job title", "Lifecycle stage", "Tags"]


def _person(ctx, name, email, **values):
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(
            session,
            values={"full_name": name, **values},
            emails=[Labeled("work", email)],
            tag_names=["vip"],
        )
    return contact_id


def _merge(ctx, keep_id, other_id, **choices):
    with ctx.transaction() as session:
        return merge.merge_contacts(session, keep_id=keep_id, other_id=other_id, choices=choices)


def _undo(ctx, batch_id):
    with ctx.transaction() as session:
        return undo_import(session, batch_id)


def _row(ctx, contact_id):
    """The contact as stored (live or trashed) with its emails and tags."""
    with ctx.reading() as session:
        table = models.Contact.__table__
        record = SimpleNamespace(
            **session.execute(select(table).where(table.c.id == contact_id)).mappings().one()
        )
        emails = session.scalars(
            select(models.EmailAddress.email)
            .where(models.EmailAddress.contact_id == contact_id)
            .order_by(models.EmailAddress.position)
        )
        tags = session.scalars(
            select(models.Tag.name)
            .join(models.ContactTag, models.ContactTag.tag_id == models.Tag.id)
            .where(models.ContactTag.contact_id == contact_id)
            .order_by(models.Tag.name)
        )
        return record, list(emails), list(tags)


def _undo_deletions_logged(ctx, batch_id, contact_id):
    with ctx.reading() as session:
        log = models.ChangeLogEntry
        query = select(log.id).where(
            log.entity == "contact",
            log.record_id == contact_id,
            log.field == DELETED,
            log.batch_id == batch_id,
        )
        return len(session.scalars(query).all())


def test_a_created_contact_merged_away_is_left_in_the_merge(imports, xlsx, ctx):
    eva = _person(ctx, "Eva Malá", "eva@firma.sk")
    summary = imports.run(xlsx([HEADER, ["Eva M.", "eva@domov.sk", "+421905111222"]]))
    (_, copy) = imports.contact_ids()
    _merge(ctx, eva, copy)
    result = _undo(ctx, summary.batch_id)
    assert result.kept_merged == {"contact": {copy}}
    assert not result.trashed and not result.deleted
    kept, emails, _ = _row(ctx, eva)
    assert kept.deleted_at is None and emails == ["eva@firma.sk", "eva@domov.sk"]
    gone, emails, _ = _row(ctx, copy)
    assert gone.deleted_at is not None  # still in the trash, as merged
    assert emails == ["eva@domov.sk"]  # unmerge still has what it needs
    assert _undo_deletions_logged(ctx, summary.batch_id, copy) == 0
    with pytest.raises(ValidationError, match="already undone"):
        _undo(ctx, summary.batch_id)


def test_a_created_contact_another_was_merged_into_stays(imports, xlsx, ctx):
    summary = imports.run(xlsx([HEADER, ["Eva M.", "eva@domov.sk"], ["Igor"]]))
    created, igor = imports.contact_ids()
    eva = _person(ctx, "Eva Malá", "eva@firma.sk", job_title="Buyer")
    _merge(ctx, created, eva)
    result = _undo(ctx, summary.batch_id)
    assert result.kept_merged == {"contact": {created}}
    assert result.deleted == {"contact": {igor}}  # the rest of the batch goes as before
    kept, emails, tags = _row(ctx, created)
    assert kept.deleted_at is None and kept.job_title == "Buyer"
    assert emails == ["eva@domov.sk", "eva@firma.sk"] and tags == ["vip"]
    assert _undo_deletions_logged(ctx, summary.batch_id, created) == 0


def test_an_unmerged_contact_is_undone_as_any_edited_one(imports, xlsx, ctx):
    summary = imports.run(xlsx([HEADER, ["Eva M.", "eva@domov.sk"]]))
    (created,) = imports.contact_ids()
    eva = _person(ctx, "Eva Malá", "eva@firma.sk")
    merged = _merge(ctx, created, eva)
    with ctx.transaction() as session:
        merge.unmerge(session, merged.undo_token)
    result = _undo(ctx, summary.batch_id)
    assert not result.kept_merged
    assert result.trashed == {"contact": {created}}  # edited since: to the trash, as today


def test_an_updated_contact_merged_away_is_not_restored(imports, xlsx, ctx):
    jan = _person(ctx, "Ján Novák", "jan@acme.sk", job_title="Clerk")
    summary = imports.run(
        xlsx([HEADER, ["Ján Novák", "jan@acme.sk", None, "CEO", None, "golf"]]),
        on_duplicate="update",
        update_mode="overwrite",
    )
    keeper = _person(ctx, "Jan Novak", "novak@home.sk")
    _merge(ctx, keeper, jan, job_title="other")
    result = _undo(ctx, summary.batch_id)
    assert result.kept_merged == {"contact": {jan}}
    assert not result.updated and result.kept_fields == 0
    gone, emails, tags = _row(ctx, jan)
    assert gone.deleted_at is not None and gone.job_title == "CEO"
    assert emails == ["jan@acme.sk"] and tags == ["golf", "vip"]
    kept, _, tags = _row(ctx, keeper)
    assert kept.job_title == "CEO" and tags == ["golf", "vip"]


def test_an_updated_survivor_gets_back_only_what_nobody_changed_since(imports, xlsx, ctx):
    jan = _person(ctx, "Ján Novák", "jan@acme.sk", job_title="Clerk", lifecycle="lead")
    summary = imports.run(
        xlsx([HEADER, ["Ján N.", "jan@acme.sk; jan@home.sk", None, "CEO", "customer", "golf"]]),
        on_duplicate="update",
        update_mode="overwrite",
    )
    other = _person(ctx, "J. Novák", "novak@post.sk", lifecycle="prospect")
    _merge(ctx, jan, other, lifecycle="other")  # the merge changes a field the import wrote
    with ctx.transaction() as session:  # and the user edits another one
        contacts.update_contact(session, jan, values={"job_title": "Chairman"})
    result = _undo(ctx, summary.batch_id)
    assert result.updated == {"contact": {jan}} and not result.kept_merged
    back, emails, tags = _row(ctx, jan)
    assert back.deleted_at is None
    assert back.full_name == "Ján Novák"  # still what the import wrote: restored
    assert (back.lifecycle, back.job_title) == ("prospect", "Chairman")
    # the merge made one list of both contacts' emails and tags: they stay as it left them
    assert emails == ["jan@acme.sk", "jan@home.sk", "novak@post.sk"]
    assert tags == ["golf", "vip"]
    assert result.kept_fields == 2 + 2  # lifecycle, job title; the emails and tags lists


def test_a_merge_before_the_import_changes_nothing(imports, xlsx, ctx):
    jan = _person(ctx, "Ján Novák", "jan@acme.sk", job_title="Clerk")
    _merge(ctx, jan, _person(ctx, "J. Novák", "novak@post.sk"))
    summary = imports.run(
        xlsx([HEADER, ["Ján Novák", "jan@acme.sk; jan@home.sk", None, "CEO"]]),
        on_duplicate="update",
        update_mode="overwrite",
    )
    result = _undo(ctx, summary.batch_id)
    assert result.updated == {"contact": {jan}} and not result.kept_merged
    back, emails, _ = _row(ctx, jan)
    assert back.job_title == "Clerk" and emails == ["jan@acme.sk", "novak@post.sk"]
