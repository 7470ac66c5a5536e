"""Company list: filters, sorts and display rows computed in SQL."""

from __future__ import annotations

import pytest

from crmdesk.context import AppContext
from crmdesk.errors import ValidationError
from crmdesk.services import companies, company_list, contacts
from crmdesk.services.channels import Labeled, PostalAddress
from crmdesk.services.company_list import CompanyFilter, CompanySort


def _company(ctx: AppContext, name: str, **values: object) -> int:
    with ctx.transaction() as session:
        tag_names = values.pop("tags", ())
        emails = values.pop("emails", ())
        company_id, _ = companies.create_company(
            session,
            values={"name": name, **values},
            tag_names=tag_names,  # type: ignore[arg-type]
            emails=emails,  # type: ignore[arg-type]
        )
    return company_id


def _ids(ctx: AppContext, criteria: CompanyFilter, sort: CompanySort | None = None) -> list[int]:
    with ctx.reading() as session:
        return company_list.company_id_page(
            session, criteria, sort or CompanySort(), offset=0, limit=50
        )


def test_company_list_sorts_by_folded_name_both_ways(ctx: AppContext) -> None:
    b = _company(ctx, "Beta")
    a = _company(ctx, "Ábaco")
    c = _company(ctx, "čaj s.r.o.")
    assert _ids(ctx, CompanyFilter()) == [a, b, c]
    assert _ids(ctx, CompanyFilter(), CompanySort("name", descending=True)) == [c, b, a]


def test_company_text_filter_matches_folded_name_and_email(ctx: AppContext) -> None:
    zilina = _company(ctx, "Žilinská strojáreň")
    mail = _company(ctx, "Other", emails=[Labeled("work", "sales@zilina-tools.sk")])
    _company(ctx, "Unrelated")
    assert _ids(ctx, CompanyFilter(text="ZILINSKA")) == [zilina]
    assert set(_ids(ctx, CompanyFilter(text="zilin"))) == {zilina, mail}
    with ctx.reading() as session:
        assert company_list.count_companies(session, CompanyFilter(text="50%_off")) == 0


def test_company_filters_by_tag_industry_size_and_lifecycle(ctx: AppContext) -> None:
    shop = _company(ctx, "Shop", tags=["VIP"], industry="Retail", size="1-10", lifecycle="customer")
    _company(ctx, "Factory", industry="Manufacturing", size="51-200", lifecycle="lead")
    assert _ids(ctx, CompanyFilter(tag="vip")) == [shop]
    assert _ids(ctx, CompanyFilter(industry="Retail")) == [shop]
    assert _ids(ctx, CompanyFilter(size="1-10")) == [shop]
    assert _ids(ctx, CompanyFilter(lifecycle="customer")) == [shop]
    with ctx.reading() as session:
        assert company_list.industries(session) == ["Manufacturing", "Retail"]
        assert company_list.sizes(session) == ["1-10", "51-200"]


def test_trashed_companies_appear_only_in_the_trashed_filter(ctx: AppContext) -> None:
    live = _company(ctx, "Live")
    gone = _company(ctx, "Gone")
    with ctx.transaction() as session:
        companies.trash_companies(session, [gone])
    assert _ids(ctx, CompanyFilter()) == [live]
    assert _ids(ctx, CompanyFilter(trashed=True)) == [gone]


def test_company_rows_show_first_channels_people_and_tags(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        company_id, _ = companies.create_company(
            session,
            values={"name": "Kia", "industry": "Retail", "website": "kia.ir"},
            emails=[Labeled("work", "a@kia.ir"), Labeled("work", "b@kia.ir")],
            phones=[Labeled("office", "+98 21 1234 5678")],
            addresses=[PostalAddress(city="Tehran"), PostalAddress(city="Shiraz")],
            tag_names=["Wholesale", "B2B"],
        )
        for name in ("Reza", "Ali"):
            contacts.create_contact(session, values={"full_name": name, "company_id": company_id})
    with ctx.reading() as session:
        row = company_list.company_rows(session, [company_id])[company_id]
    assert (row.name, row.industry, row.website) == ("Kia", "Retail", "kia.ir")
    assert (row.email, row.phone, row.city) == ("a@kia.ir", "+98 21 1234 5678", "Tehran")
    assert row.people == 2
    assert row.tags == ["B2B", "Wholesale"]


def test_company_list_sorts_by_number_of_people(ctx: AppContext) -> None:
    few = _company(ctx, "Few")
    many = _company(ctx, "Many")
    with ctx.transaction() as session:
        for n in range(3):
            contacts.create_contact(session, values={"full_name": f"P{n}", "company_id": many})
    assert _ids(ctx, CompanyFilter(), CompanySort("people", descending=True)) == [many, few]


def test_company_filter_round_trips_through_segment_criteria() -> None:
    criteria = CompanyFilter(text="kia", tag="VIP", industry="Retail")
    saved = criteria.to_criteria()
    assert saved == {"text": "kia", "tag": "VIP", "industry": "Retail"}
    assert CompanyFilter.from_criteria({**saved, "unknown": 1}) == criteria


def test_unknown_company_sort_column_is_refused() -> None:
    with pytest.raises(ValidationError, match="cannot be sorted"):
        CompanySort("salary")
