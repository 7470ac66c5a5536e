"""Undo of what an update added to a record (emails, phones, addresses) after the user edited
those lists: an edit writes the rows again and SQLite hands freed ids to new rows, so a row goes
only while it is still exactly the one the import wrote.

Ids here are forced deterministically: a fresh file per test, and the rows an import adds are the
highest ids, which an edit that deletes them frees for the next row written."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crmdesk.db import models
from crmdesk.exchange.importing import undo_import
from crmdesk.services import companies, contacts
from crmdesk.services.channels import Labeled, PostalAddress

HEADER = ["Name", "Email", "Phone", "Street", "City", "Postal code", "Country"]
#: Adds jan@home.sk, a mobile and an address to Ján (matched by his email).
ROW = ["Ján Novák", "jan@acme.sk; jan@home.sk", "0905 333 444", "Hlavná 1", "Košice", "04001"]
ACME = Labeled("work", "jan@acme.sk")
DESK = Labeled("work", "+421 2 1234 5678")


@pytest.fixture
def jan(ctx):
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(
            session, values={"full_name": "Ján Novák"}, emails=[ACME], phones=[DESK], region="SK"
        )
    return contact_id


def _import(imports, xlsx):
    summary = imports.run(xlsx([HEADER, [*ROW, "SK"]]), on_duplicate="update", region="SK")
    assert summary.updated == 1
    return summary.batch_id


def _undo(ctx, batch_id):
    with ctx.transaction() as session:
        return undo_import(session, batch_id)


def _edit(ctx, contact_id, **parts):
    with ctx.transaction() as session:
        contacts.update_contact(session, contact_id, region="SK", **parts)


def _added_ids(ctx, batch_id):
    """{kind: row id} of the one email, phone and address the batch's journal says it added."""
    with ctx.reading() as session:
        item = models.ImportBatchItem
        query = select(item.before).where(item.batch_id == batch_id, item.action == "updated")
        before = session.scalars(query).one()
    return {kind: entry[0] for kind in ("emails", "phones", "addresses") for entry in before[kind]}


def _rows(ctx, model, **owner):
    """{id: the row's values} of one owner's emails, phones or addresses."""
    columns = {
        models.EmailAddress: ("email",),
        models.PhoneNumber: ("raw", "e164"),
        models.Address: ("street", "city", "postal_code"),
    }[model]
    with ctx.reading() as session:
        ((column, value),) = owner.items()
        rows = session.scalars(select(model).where(getattr(model, column) == value))
        return {row.id: tuple(getattr(row, c) for c in columns) for row in rows}


def _lists(ctx, contact_id):
    with ctx.reading() as session:
        detail = contacts.get_contact(session, contact_id)
    emails = [e.value for e in detail.emails]
    return emails, [p.value for p in detail.phones], [a.street for a in detail.addresses]


def test_undo_removes_the_rows_it_added_when_nothing_was_edited(imports, xlsx, ctx, jan):
    batch_id = _import(imports, xlsx)
    assert _lists(ctx, jan) == (
        ["jan@acme.sk", "jan@home.sk"], ["+421 2 1234 5678", "0905 333 444"], ["Hlavná 1"]
    )  # fmt: skip
    result = _undo(ctx, batch_id)
    assert _lists(ctx, jan) == (["jan@acme.sk"], ["+421 2 1234 5678"], [])
    assert result.updated == {"contact": {jan}} and result.kept_fields == 0


def test_what_the_user_typed_into_freed_ids_survives_and_is_counted_kept(imports, xlsx, ctx, jan):
    batch_id = _import(imports, xlsx)
    added = _added_ids(ctx, batch_id)
    _edit(  # the imported email, phone and address replaced by new ones
        ctx,
        jan,
        emails=[ACME, Labeled("home", "jan@new.sk")],
        phones=[DESK, Labeled("mobile", "0905 777 888")],
        addresses=[PostalAddress("home", "Nová 2", "Prešov", None, "08001", "SK")],
    )
    # The premise: each of the user's new rows got the id the journal kept for the import's.
    assert _rows(ctx, models.EmailAddress, contact_id=jan)[added["emails"]] == ("jan@new.sk",)
    assert _rows(ctx, models.PhoneNumber, contact_id=jan)[added["phones"]] == (
        "0905 777 888", "+421905777888"
    )  # fmt: skip
    assert _rows(ctx, models.Address, contact_id=jan)[added["addresses"]] == (
        "Nová 2", "Prešov", "08001"
    )  # fmt: skip
    result = _undo(ctx, batch_id)
    assert _lists(ctx, jan) == (
        ["jan@acme.sk", "jan@new.sk"], ["+421 2 1234 5678", "0905 777 888"], ["Nová 2"]
    )  # fmt: skip
    assert result.kept_fields == 3


def test_the_same_number_typed_another_way_is_the_users_row(imports, xlsx, ctx, jan):
    """A phone is the import's only with both its raw and its E.164 form as written."""
    batch_id = _import(imports, xlsx)
    phone_id = _added_ids(ctx, batch_id)["phones"]
    _edit(ctx, jan, phones=[DESK, Labeled("mobile", "+421 905 333 444")])
    assert _rows(ctx, models.PhoneNumber, contact_id=jan)[phone_id] == (
        "+421 905 333 444", "+421905333444"
    )  # fmt: skip
    result = _undo(ctx, batch_id)
    assert _lists(ctx, jan)[1] == ["+421 2 1234 5678", "+421 905 333 444"]
    assert result.kept_fields == 1


def test_an_added_row_rewritten_unchanged_into_its_own_id_still_goes(imports, xlsx, ctx, jan):
    """An edit of the list that left the imported email as it was: the row is the same again."""
    batch_id = _import(imports, xlsx)
    email_id = _added_ids(ctx, batch_id)["emails"]
    _edit(ctx, jan, emails=[ACME, Labeled("work", "jan@home.sk"), Labeled("home", "jan@new.sk")])
    assert _rows(ctx, models.EmailAddress, contact_id=jan)[email_id] == ("jan@home.sk",)
    result = _undo(ctx, batch_id)
    assert _lists(ctx, jan)[0] == ["jan@acme.sk", "jan@new.sk"]
    assert result.kept_fields == 0


def test_another_records_row_with_a_reused_id_survives(imports, xlsx, ctx, jan):
    batch_id = _import(imports, xlsx)
    added = _added_ids(ctx, batch_id)
    _edit(ctx, jan, emails=[ACME], addresses=[])  # frees the ids the import's rows had
    with ctx.transaction() as session:
        eva, _ = contacts.create_contact(
            session, values={"full_name": "Eva"}, emails=[Labeled("work", "eva@x.sk")]
        )
        tatra, _ = companies.create_company(
            session,
            values={"name": "Tatra"},
            addresses=[PostalAddress("work", "Priemyselná 5", "Martin", None, "03601", "SK")],
        )
    assert _rows(ctx, models.EmailAddress, contact_id=eva) == {added["emails"]: ("eva@x.sk",)}
    assert _rows(ctx, models.Address, company_id=tatra) == {
        added["addresses"]: ("Priemyselná 5", "Martin", "03601")
    }
    result = _undo(ctx, batch_id)
    assert _rows(ctx, models.EmailAddress, contact_id=eva) == {added["emails"]: ("eva@x.sk",)}
    assert len(_rows(ctx, models.Address, company_id=tatra)) == 1
    assert _lists(ctx, jan) == (["jan@acme.sk"], ["+421 2 1234 5678"], [])  # the phone went
    assert result.kept_fields == 2  # the email and the address the user had removed


def test_the_same_email_moved_to_another_contact_is_theirs_now(imports, xlsx, ctx, jan):
    """Same id and value, another owner: the user moved the email, undo leaves it there."""
    batch_id = _import(imports, xlsx)
    email_id = _added_ids(ctx, batch_id)["emails"]
    _edit(ctx, jan, emails=[ACME])
    with ctx.transaction() as session:
        eva, _ = contacts.create_contact(
            session, values={"full_name": "Eva"}, emails=[Labeled("home", "jan@home.sk")]
        )
    assert _rows(ctx, models.EmailAddress, contact_id=eva) == {email_id: ("jan@home.sk",)}
    result = _undo(ctx, batch_id)
    assert _rows(ctx, models.EmailAddress, contact_id=eva) == {email_id: ("jan@home.sk",)}
    assert result.kept_fields == 1


def test_a_company_gets_back_its_own_lists(imports, xlsx, ctx):
    with ctx.transaction() as session:
        tatra, _ = companies.create_company(
            session, values={"name": "Tatra"}, emails=[Labeled("work", "info@tatra.sk")]
        )
    rows = [["Company", "Email"], ["Tatra", "info@tatra.sk; sales@tatra.sk"]]
    summary = imports.run(xlsx(rows), entity="companies", on_duplicate="update")
    assert summary.updated == 1
    result = _undo(ctx, summary.batch_id)
    assert list(_rows(ctx, models.EmailAddress, company_id=tatra).values()) == [("info@tatra.sk",)]
    assert result.kept_fields == 0


# ------------------------------------------------------------------ journals of bare ids


def _bare_ids(ctx, batch_id):
    """Rewrite the batch's journal as imports wrote it before the values were kept."""
    with ctx.transaction() as session:
        item = session.scalars(
            select(models.ImportBatchItem).where(models.ImportBatchItem.batch_id == batch_id)
        ).one()
        before = dict(item.before)
        for kind in ("emails", "phones", "addresses"):
            before[kind] = [entry[0] for entry in before[kind]]
        item.before = before


def test_a_bare_id_journal_still_removes_what_was_not_edited(imports, xlsx, ctx, jan):
    batch_id = _import(imports, xlsx)
    _bare_ids(ctx, batch_id)
    result = _undo(ctx, batch_id)
    assert _lists(ctx, jan) == (["jan@acme.sk"], ["+421 2 1234 5678"], [])
    assert result.kept_fields == 0


def test_a_bare_id_journal_keeps_a_list_edited_since(imports, xlsx, ctx, jan):
    batch_id = _import(imports, xlsx)
    email_id = _added_ids(ctx, batch_id)["emails"]
    _bare_ids(ctx, batch_id)
    _edit(ctx, jan, emails=[ACME, Labeled("home", "jan@new.sk")])
    assert _rows(ctx, models.EmailAddress, contact_id=jan)[email_id] == ("jan@new.sk",)
    result = _undo(ctx, batch_id)
    assert _lists(ctx, jan) == (["jan@acme.sk", "jan@new.sk"], ["+421 2 1234 5678"], [])
    assert result.kept_fields == 1
