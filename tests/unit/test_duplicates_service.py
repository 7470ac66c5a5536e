"""Finding duplicate contacts: exact email, phone, name + company; near names with a score."""

from __future__ import annotations

from collections.abc import Sequence

from crmdesk.context import AppContext
from crmdesk.services import companies, contacts, merge
from crmdesk.services.channels import Labeled
from crmdesk.services.duplicates import find_duplicate_contacts


def _add(
    ctx: AppContext,
    name: str,
    *,
    emails: Sequence[str] = (),
    phones: Sequence[str] = (),
    company_id: int | None = None,
) -> int:
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(
            session,
            values={"full_name": name, "company_id": company_id},
            emails=[Labeled("work", e) for e in emails],
            phones=[Labeled("mobile", p) for p in phones],
            region="SK",
        )
    return contact_id


def _groups(ctx: AppContext, **kwargs: object) -> list[tuple[str, tuple[int, ...], int]]:
    with ctx.reading() as session:
        found = find_duplicate_contacts(session, **kwargs)  # type: ignore[arg-type]
    return [(g.reason, g.contact_ids, g.score) for g in found]


def test_same_email_in_any_case_is_an_exact_duplicate(ctx: AppContext) -> None:
    a = _add(ctx, "Ali Rezaei", emails=["ali@example.com"])
    b = _add(ctx, "A. Rezaei", emails=["Ali@Example.com"])
    _add(ctx, "Someone Else", emails=["else@example.com"])
    assert _groups(ctx) == [("email", (a, b), 100)]


def test_same_phone_written_differently_is_an_exact_duplicate(ctx: AppContext) -> None:
    a = _add(ctx, "Ján Kováč", phones=["0903 123 456"])
    b = _add(ctx, "Kováč Ján", phones=["+421903123456"])
    assert _groups(ctx, similar=False) == [("phone", (a, b), 100)]


def test_same_folded_name_at_the_same_company_is_an_exact_duplicate(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        firm, _ = companies.create_company(session, values={"name": "Firma"})
    a = _add(ctx, "Peter Horváth", company_id=firm)
    b = _add(ctx, "peter horvath", company_id=firm)
    _add(ctx, "Peter Horváth")  # no company: a different group (shown as a similar name)
    groups = _groups(ctx, similar=False)
    assert groups == [("name_company", (a, b), 100)]


def test_a_group_already_shown_is_not_repeated_for_another_reason(ctx: AppContext) -> None:
    a = _add(ctx, "Wang Fang", emails=["wf@example.cn"], phones=["+8613800138000"])
    b = _add(ctx, "Wang Fang", emails=["WF@example.cn"], phones=["+86 138 0013 8000"])
    assert _groups(ctx) == [("email", (a, b), 100)]


def test_near_names_are_suggested_with_a_score(ctx: AppContext) -> None:
    a = _add(ctx, "Katarína Nováková")
    b = _add(ctx, "Katarina Novakova ")
    c = _add(ctx, "Jon Smith")
    d = _add(ctx, "John Smith")
    _add(ctx, "Mária Kollárová")
    _add(ctx, "王芳")
    groups = _groups(ctx)
    assert ("name_company", (a, b), 100) in groups  # folded alike, both without a company
    similar = [g for g in groups if g[1] == (c, d)]
    assert similar and similar[0][0] == "similar_name" and 90 <= similar[0][2] < 100
    assert len(groups) == 2


def test_chinese_names_block_on_the_family_name(ctx: AppContext) -> None:
    a = _add(ctx, "王芳芳")
    b = _add(ctx, "王芳")
    found = _groups(ctx, threshold=80)
    assert [(reason, ids) for reason, ids, _ in found] == [("similar_name", (a, b))]


def test_same_name_at_different_companies_is_only_suggested(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        one, _ = companies.create_company(session, values={"name": "One"})
        two, _ = companies.create_company(session, values={"name": "Two"})
    a = _add(ctx, "Ana Kovač", company_id=one)
    b = _add(ctx, "Ana Kovac", company_id=two)
    assert _groups(ctx) == [("similar_name", (a, b), 100)]


def test_trashed_contacts_are_not_duplicates(ctx: AppContext) -> None:
    a = _add(ctx, "Reza", emails=["reza@example.ir"])
    b = _add(ctx, "Reza", emails=["reza@example.ir"])
    with ctx.transaction() as session:
        contacts.trash_contacts(session, [b])
    assert _groups(ctx) == []
    assert a


def test_limit_caps_the_number_of_groups(ctx: AppContext) -> None:
    for index in range(5):
        _add(ctx, f"Person {index}", emails=[f"p{index}@example.com"])
        _add(ctx, f"Other {index}", emails=[f"p{index}@example.com"])
    assert len(_groups(ctx, limit=3)) == 3


def test_merge_module_reexports_the_finder() -> None:
    assert merge.find_duplicate_contacts is find_duplicate_contacts
