"""Contacts service: validation before writing, change log, trash, list paging in SQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from crmdesk.context import AppContext
from crmdesk.db.models import ChangeLogEntry, Contact
from crmdesk.errors import ValidationError
from crmdesk.services import contact_list, contacts, custom_fields
from crmdesk.services.channels import Labeled
from crmdesk.services.contact_list import ContactFilter, ContactSort


def _create(ctx: AppContext, name: str, **kwargs: object) -> int:
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(session, values={"full_name": name}, **kwargs)  # type: ignore[arg-type]
    return contact_id


def test_create_contact_stores_emails_phones_and_tags(ctx: AppContext) -> None:
    contact_id = _create(
        ctx,
        "Jana Nováková",
        emails=[Labeled("work", "Jana@Firma.SK")],
        phones=[Labeled("mobile", "0903 123 456")],
        tag_names=["VIP", "Žilina"],
        region="SK",
    )
    with ctx.reading() as session:
        detail = contacts.get_contact(session, contact_id)
    assert detail.emails == [Labeled("work", "Jana@firma.sk")]
    assert detail.phones[0].e164 == "+421903123456"
    assert detail.tags == ["VIP", "Žilina"]
    assert detail.lifecycle == "lead"


def test_chinese_name_parts_compose_family_first_without_space(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(
            session,
            values={"given_name": "芳", "family_name": "王", "name_order": "family_first"},
        )
        assert contacts.get_contact(session, contact_id).full_name == "王芳"


def test_bad_email_refuses_the_whole_contact(ctx: AppContext) -> None:
    with pytest.raises(ValidationError) as error, ctx.transaction() as session:
        contacts.create_contact(
            session, values={"full_name": "Ali"}, emails=[Labeled("work", "ali@")]
        )
    assert "ali@" in str(error.value)
    with ctx.reading() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0


def test_contact_without_any_name_is_refused(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="needs a name"), ctx.transaction() as session:
        contacts.create_contact(session, values={"job_title": "CEO"})


def test_update_writes_each_changed_field_to_the_change_log(ctx: AppContext) -> None:
    contact_id = _create(ctx, "Reza Ahmadi")
    with ctx.transaction() as session:
        changes = contacts.update_contact(
            session, contact_id, values={"job_title": "Owner", "lead_score": "۸۰"}
        )
    assert changes.updated == {"contact": {contact_id}}
    with ctx.reading() as session:
        logged = session.execute(
            select(ChangeLogEntry.field, ChangeLogEntry.new_value).where(
                ChangeLogEntry.record_id == contact_id, ChangeLogEntry.field.not_like("*%")
            )
        ).all()
        assert contacts.get_contact(session, contact_id).lead_score == 80
    assert ("job_title", "Owner") in logged and ("lead_score", "80") in logged


def test_update_with_same_values_changes_nothing(ctx: AppContext) -> None:
    contact_id = _create(ctx, "Reza Ahmadi")
    with ctx.transaction() as session:
        assert not contacts.update_contact(session, contact_id, values={"full_name": "Reza Ahmadi"})


def test_lead_score_out_of_range_names_the_field(ctx: AppContext) -> None:
    contact_id = _create(ctx, "Reza")
    with pytest.raises(ValidationError) as error, ctx.transaction() as session:
        contacts.update_contact(session, contact_id, values={"lead_score": 120})
    assert error.value.field == "lead_score"


def test_trash_hides_contact_from_list_and_restore_brings_it_back(ctx: AppContext) -> None:
    keep = _create(ctx, "Anna")
    gone = _create(ctx, "Boris")
    with ctx.transaction() as session:
        contacts.trash_contacts(session, [gone])
    with ctx.reading() as session:
        assert contact_list.count_contacts(session, ContactFilter()) == 1
        trashed = contact_list.contact_id_page(
            session, ContactFilter(trashed=True), ContactSort(), offset=0, limit=10
        )
        assert trashed == [gone]
    with ctx.transaction() as session:
        contacts.restore_contacts(session, [gone])
    with ctx.reading() as session:
        ids = contact_list.contact_id_page(
            session, ContactFilter(), ContactSort(), offset=0, limit=10
        )
    assert ids == [keep, gone]


def test_list_sorts_by_folded_name_and_filters_by_text_and_tag(ctx: AppContext) -> None:
    zed = _create(ctx, "Zoltán Kiss", tag_names=["vip"])
    anna = _create(ctx, "Ábel Novák")
    _create(ctx, "Peter Horváth", tag_names=["VIP"])
    with ctx.reading() as session:
        page = contact_list.contact_id_page(
            session, ContactFilter(), ContactSort("name"), offset=0, limit=2
        )
        assert page[0] == anna
        desc = contact_list.contact_id_page(
            session, ContactFilter(), ContactSort("name", descending=True), offset=0, limit=1
        )
        assert desc == [zed]
        assert contact_list.count_contacts(session, ContactFilter(text="abel")) == 1
        assert contact_list.count_contacts(session, ContactFilter(tag="VIP")) == 2


def test_custom_field_values_are_typed(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        custom_fields.define_field(session, entity="contact", label="Shoe size", type="number")
    contact_id = _create(ctx, "Mina")
    with ctx.transaction() as session:
        contacts.update_contact(session, contact_id, custom={"shoe_size": "۴۲"})
        assert contacts.get_contact(session, contact_id).custom == {"shoe_size": 42.0}
    with pytest.raises(ValidationError, match="must be a number"), ctx.transaction() as session:
        contacts.update_contact(session, contact_id, custom={"shoe_size": "big"})


def test_contact_rows_show_first_email_and_company(ctx: AppContext) -> None:
    contact_id = _create(
        ctx, "Li Na", emails=[Labeled("work", "li@a.cn"), Labeled("home", "li@b.cn")]
    )
    with ctx.reading() as session:
        row = contact_list.contact_rows(session, [contact_id])[contact_id]
    assert row.email == "li@a.cn" and row.full_name == "Li Na"


def test_list_text_filter_uses_search_folding_phones_and_short_prefixes(ctx: AppContext) -> None:
    ali = _create(ctx, "علی رضایی", phones=[Labeled("mobile", "+98 912 345 6789")])
    wang = _create(ctx, "王芳")
    _create(ctx, "Zuzana Kováčová")
    with ctx.reading() as session:

        def ids(text: str) -> list[int]:
            return contact_list.contact_id_page(
                session, ContactFilter(text=text), ContactSort(), offset=0, limit=10
            )

        assert ids("علي") == [ali]
        assert ids("345 67") == [ali]
        assert ids("芳") == [wang]
        assert len(ids("zu")) == 1 and ids("kovacova") == ids("zu")
        assert contact_list.count_contacts(session, ContactFilter(text='"(')) == 3


def test_trash_text_filter_still_finds_trashed_contacts(ctx: AppContext) -> None:
    gone = _create(ctx, "Boris Novák")
    with ctx.transaction() as session:
        contacts.trash_contacts(session, [gone])
    with ctx.reading() as session:
        criteria = ContactFilter(text="novak", trashed=True)
        assert contact_list.count_contacts(session, criteria) == 1


def test_bulk_tagging_keeps_search_in_step(ctx: AppContext) -> None:
    from crmdesk.services import search, tags

    contact_id = _create(ctx, "Eva Malá")
    with ctx.transaction() as session:
        tags.add_tag(session, "contact", [contact_id], "veľkoobchod")
    with ctx.reading() as session:
        assert [hit.record_id for hit in search.search(session, "velkoobchod")] == [contact_id]


def test_tag_count_leaves_out_trashed_contacts(ctx: AppContext) -> None:
    keep = _create(ctx, "Anna", tag_names=["VIP"])
    gone = _create(ctx, "Boris", tag_names=["vip"])
    with ctx.transaction() as session:
        contacts.trash_contacts(session, [gone])
    with ctx.reading() as session:
        assert contact_list.count_contacts(session, ContactFilter(tag="VÍP")) == 1
        assert contact_list.count_contacts(session, ContactFilter(tag="nobody")) == 0
        page = contact_list.contact_id_page(
            session, ContactFilter(tag="vip"), ContactSort(), offset=0, limit=5
        )
        assert page == [keep]
