"""Companies service: validation, folded sort name, change log, people, trash and restore."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crmdesk.context import AppContext
from crmdesk.db.models import ChangeLogEntry, Company
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.services import companies, contacts, custom_fields, search
from crmdesk.services.channels import Labeled, PostalAddress
from crmdesk.services.companies import Person


def _company(ctx: AppContext, name: str = "Kia Trading", **kwargs: object) -> int:
    with ctx.transaction() as session:
        company_id, _ = companies.create_company(session, values={"name": name}, **kwargs)  # type: ignore[arg-type]
    return company_id


def _person(ctx: AppContext, name: str, company_id: int, job_title: str | None = None) -> int:
    with ctx.transaction() as session:
        values = {"full_name": name, "company_id": company_id, "job_title": job_title}
        contact_id, _ = contacts.create_contact(session, values=values)
    return contact_id


def test_create_company_stores_channels_tags_and_custom_values(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        custom_fields.define_field(session, entity="company", label="VAT group")
    company_id = _company(
        ctx,
        "Žilinská strojáreň",
        emails=[Labeled("office", "Info@Stroj.SK")],
        phones=[Labeled("office", "041 123 4567")],
        addresses=[PostalAddress(city="Žilina", country="sk")],
        tag_names=["Supplier"],
        custom={"vat_group": "A"},
        region="SK",
    )
    with ctx.reading() as session:
        detail = companies.get_company(session, company_id)
    assert detail.name == "Žilinská strojáreň"
    assert detail.emails == [Labeled("office", "Info@stroj.sk")]
    assert detail.phones[0].e164 == "+421411234567"
    assert detail.addresses == [PostalAddress(city="Žilina", country="SK")]
    assert detail.tags == ["Supplier"]
    assert detail.custom == {"vat_group": "A"}


def test_company_sort_name_is_folded(ctx: AppContext) -> None:
    company_id = _company(ctx, "Žilinská Strojáreň")
    with ctx.reading() as session:
        assert session.get(Company, company_id).sort_name == "zilinska strojaren"  # type: ignore[union-attr]


def test_company_without_name_is_refused(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="needs a name") as error, ctx.transaction() as s:
        companies.create_company(s, values={"industry": "Retail"})
    assert error.value.field == "name"
    with pytest.raises(ValidationError, match="Name is required") as error, ctx.transaction() as s:
        companies.create_company(s, values={"name": "   "})
    assert error.value.field == "name"


def test_clearing_a_company_name_is_refused(ctx: AppContext) -> None:
    company_id = _company(ctx)
    with pytest.raises(ValidationError) as error, ctx.transaction() as session:
        companies.update_company(session, company_id, values={"name": ""})
    assert error.value.field == "name"


def test_invalid_company_lifecycle_names_the_field(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="lifecycle") as error, ctx.transaction() as s:
        companies.create_company(s, values={"name": "X", "lifecycle": "friend"})
    assert error.value.field == "lifecycle"


def test_update_company_logs_each_changed_field_and_refolds_sort_name(ctx: AppContext) -> None:
    company_id = _company(ctx, "Old Name")
    with ctx.transaction() as session:
        changes = companies.update_company(
            session, company_id, values={"name": "Šenčur d.o.o.", "industry": "Retail"}
        )
    assert changes.updated == {"company": {company_id}}
    with ctx.reading() as session:
        log = session.execute(
            select(ChangeLogEntry.field, ChangeLogEntry.old_value, ChangeLogEntry.new_value).where(
                ChangeLogEntry.entity == "company", ChangeLogEntry.field.in_(["name", "industry"])
            )
        ).all()
        assert session.get(Company, company_id).sort_name == "sencur d.o.o."  # type: ignore[union-attr]
    assert set(log) == {("name", "Old Name", "Šenčur d.o.o."), ("industry", None, "Retail")}


def test_update_company_without_changes_reports_nothing(ctx: AppContext) -> None:
    company_id = _company(ctx, "Same")
    with ctx.transaction() as session:
        assert not companies.update_company(session, company_id, values={"name": "Same"})


def test_company_detail_lists_live_people_with_job_titles(ctx: AppContext) -> None:
    company_id = _company(ctx)
    reza = _person(ctx, "Reza Tehrani", company_id, "Buyer")
    ali = _person(ctx, "Ali Karimi", company_id)
    gone = _person(ctx, "Gone Person", company_id)
    with ctx.transaction() as session:
        contacts.trash_contacts(session, [gone])
    with ctx.reading() as session:
        detail = companies.get_company(session, company_id)
    assert detail.people == [Person(ali, "Ali Karimi", None), Person(reza, "Reza Tehrani", "Buyer")]
    assert detail.people_count == 2


def test_creating_a_company_makes_it_searchable_and_trash_hides_it(ctx: AppContext) -> None:
    company_id = _company(ctx, "Žilinská strojáreň")
    with ctx.reading() as session:
        hits = search.search(session, "zilinska", entities=["company"])
    assert [h.record_id for h in hits] == [company_id]
    with ctx.transaction() as session:
        changes = companies.trash_companies(session, [company_id])
    assert changes.deleted == {"company": {company_id}}
    with ctx.reading() as session:
        assert search.search(session, "zilinska", entities=["company"]) == []


def test_trash_and_restore_company_keeps_its_people(ctx: AppContext) -> None:
    company_id = _company(ctx)
    person = _person(ctx, "Wang Fang", company_id)
    with ctx.transaction() as session:
        companies.trash_companies(session, [company_id])
        assert companies.get_company(session, company_id).deleted_at is not None
    with ctx.transaction() as session:
        changes = companies.restore_companies(session, [company_id])
        again = companies.restore_companies(session, [company_id])
    assert changes.created == {"company": {company_id}}
    assert not again
    with ctx.reading() as session:
        detail = companies.get_company(session, company_id)
        assert detail.deleted_at is None
        assert [p.contact_id for p in detail.people] == [person]
        events = list(
            session.scalars(
                select(ChangeLogEntry.field)
                .where(ChangeLogEntry.entity == "company", ChangeLogEntry.field.like("*%"))
                .order_by(ChangeLogEntry.id)
            )
        )
    assert events == ["*created", "*deleted", "*restored"]


def test_missing_company_raises_not_found(ctx: AppContext) -> None:
    with pytest.raises(NotFoundError), ctx.reading() as session:
        companies.get_company(session, 999)
