"""Search over real temporary files: folding rules, substrings, prefixes, CJK, odd input."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.db.models import Address, Contact, ContactTag, EmailAddress, PhoneNumber, Tag
from crmdesk.domain.text import fold, is_cjk
from crmdesk.services import search
from crmdesk.services.search_query import CJK_PATTERN, compile_query


def add_contact(
    session: Session,
    full_name: str,
    *,
    emails: Sequence[str] = (),
    phones: Sequence[tuple[str, str | None]] = (),
    city: str | None = None,
    tags: Sequence[str] = (),
) -> int:
    """A contact written with the ORM (as a service would), then reindexed."""
    contact = Contact(full_name=full_name, sort_name=fold(full_name))
    session.add(contact)
    session.flush()
    for email in emails:
        session.add(EmailAddress(contact_id=contact.id, email=email, normalized=email.lower()))
    for raw, e164 in phones:
        session.add(PhoneNumber(contact_id=contact.id, raw=raw, e164=e164))
    if city:
        session.add(Address(contact_id=contact.id, city=city))
    for name in tags:
        tag = Tag(name=name, folded=fold(name))
        session.add(tag)
        session.flush()
        session.add(ContactTag(contact_id=contact.id, tag_id=tag.id))
    session.flush()
    search.reindex(session, "contact", [contact.id])
    return contact.id


def found(
    ctx: AppContext, query: str, *, limit: int = 20, entities: Collection[str] | None = None
) -> list[str]:
    """Titles of the hits for ``query``."""
    with ctx.reading() as session:
        hits = search.search(session, query, limit=limit, entities=entities)
    return [hit.title for hit in hits]


@pytest.fixture
def people(ctx: AppContext) -> Iterator[AppContext]:
    with ctx.transaction() as session:
        add_contact(session, "Mária Horváthová", city="Žilina", emails=["maria.h@firma.sk"])
        add_contact(
            session, "Peter Novák", city="Košice", phones=[("+421 905 123 456", "+421905123456")]
        )
        add_contact(session, "Pavol Kráľ", emails=["pavol.kral@example.com"], tags=["VIP"])
        add_contact(session, "علی رضایی", city="تهران", phones=[("0912 345 6789", "+989123456789")])
        add_contact(session, "کامران حسین‌زاده", city="اصفهان")
        add_contact(session, "王芳", city="深圳", emails=["wang.fang@qq.com"])
        add_contact(session, "李娜", city="上海")
        add_contact(session, "张伟明")
    yield ctx


def test_unaccented_query_finds_slovak_diacritics(people: AppContext) -> None:
    assert found(people, "zilina") == ["Mária Horváthová"]
    assert found(people, "ZILINA") == ["Mária Horváthová"]
    assert found(people, "kral") == ["Pavol Kráľ"]


def test_accented_query_finds_the_same_record(people: AppContext) -> None:
    assert found(people, "Horváthová") == ["Mária Horváthová"]
    assert found(people, "horvathova") == ["Mária Horváthová"]


def test_arabic_yeh_finds_persian_yeh(people: AppContext) -> None:
    assert found(people, "علي") == ["علی رضایی"]  # Arabic yeh typed, Persian yeh stored


def test_arabic_kaf_finds_persian_keheh(people: AppContext) -> None:
    assert found(people, "كامران") == ["کامران حسین‌زاده"]  # Arabic kaf typed


def test_persian_keheh_finds_arabic_kaf(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        add_contact(session, "كريم")  # written with Arabic kaf and yeh
    assert found(ctx, "کریم") == ["كريم"]


def test_zero_width_non_joiner_is_ignored(people: AppContext) -> None:
    assert found(people, "حسینزاده") == ["کامران حسین‌زاده"]  # stored with ZWNJ, typed without
    assert found(people, "عل\u200cی") == ["علی رضایی"]  # typed with ZWNJ, stored without


def test_persian_and_arabic_digits_find_ascii_phone(people: AppContext) -> None:
    assert found(people, "۰۹۱۲") == ["علی رضایی"]
    assert found(people, "٠٩١٢") == ["علی رضایی"]
    assert found(people, "0912 345") == ["علی رضایی"]


def test_substring_inside_email(people: AppContext) -> None:
    assert found(people, "kral@exa") == ["Pavol Kráľ"]
    assert found(people, "firma.sk") == ["Mária Horváthová"]


def test_phone_digits_match_with_or_without_spaces(people: AppContext) -> None:
    assert found(people, "905123") == ["Peter Novák"]  # digits of the raw number
    assert found(people, "421905") == ["Peter Novák"]  # E.164 digits
    assert found(people, "905 123") == ["Peter Novák"]


def test_one_character_is_a_word_prefix(people: AppContext) -> None:
    assert sorted(found(people, "p")) == ["Pavol Kráľ", "Peter Novák"]


def test_two_characters_are_a_word_prefix(people: AppContext) -> None:
    assert found(people, "pe") == ["Peter Novák"]
    assert found(people, "NO") == ["Peter Novák"]


def test_two_character_chinese_name_found_whole_and_by_each_character(people: AppContext) -> None:
    assert found(people, "王芳") == ["王芳"]
    assert found(people, "芳") == ["王芳"]
    assert found(people, "王") == ["王芳"]
    assert found(people, "娜") == ["李娜"]


def test_chinese_characters_must_be_adjacent(people: AppContext) -> None:
    assert found(people, "伟明") == ["张伟明"]
    assert found(people, "张明") == []


def test_tags_and_cities_are_searchable(people: AppContext) -> None:
    assert found(people, "vip") == ["Pavol Kráľ"]
    assert found(people, "深圳") == ["王芳"]
    assert found(people, "تهران") == ["علی رضایی"]


def test_several_terms_must_all_match(people: AppContext) -> None:
    assert found(people, "peter kosice") == ["Peter Novák"]
    assert found(people, "peter zilina") == []
    assert found(people, "ma zilina") == ["Mária Horváthová"]  # short prefix + substring
    assert found(people, "王 深圳") == ["王芳"]


def test_chinese_and_latin_terms_combine(people: AppContext) -> None:
    assert found(people, "芳 qq.com") == ["王芳"]
    assert found(people, "wang 王") == ["王芳"]
    assert found(people, "李 qq.com") == []
    assert found(people, "王 w") == []  # "w" starts only the email: not a word prefix


@pytest.mark.parametrize(
    "query",
    ['"', "a OR", "*", "(", "-x", "NEAR(", "AND", '""', 'a"b', "NEAR(a b, 2)", "^x", "x:y",
     "{a b}", "a*", "OR OR", "NOT", ")", "'", "+", "@", "a -b", "pe*", "a\x00b", "\ud800x",
     "\x00\x00\x00", "ab\u200c"],
)  # fmt: skip
def test_odd_queries_never_raise(people: AppContext, query: str) -> None:
    assert isinstance(found(people, query), list)


@pytest.mark.parametrize("query", ["", "   ", "\t\n", '"', "*", "(", "-"])
def test_empty_or_punctuation_only_query_finds_nothing(people: AppContext, query: str) -> None:
    assert found(people, query) == []


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=12))
def test_any_text_is_a_valid_query(people: AppContext, query: str) -> None:
    assert isinstance(found(people, query), list)


def test_removed_record_is_no_longer_found(people: AppContext) -> None:
    with people.transaction() as session:
        record_id = search.search(session, "kosice")[0].record_id
        search.remove(session, "contact", [record_id])
    assert found(people, "kosice") == []


def test_reindex_after_rename_finds_new_name_only(people: AppContext) -> None:
    with people.transaction() as session:
        contact = session.query(Contact).filter_by(full_name="Peter Novák").one()
        contact.full_name = "Peter Varga"
        session.flush()
        search.reindex(session, "contact", [contact.id])
    assert found(people, "varga") == ["Peter Varga"]
    assert found(people, "novak") == []


def test_trashed_contact_is_not_found_and_restored_one_is(people: AppContext) -> None:
    with people.transaction() as session:
        contact = session.query(Contact).filter_by(full_name="王芳").one()
        contact.deleted_at = datetime.now(UTC)
        session.flush()
        search.reindex(session, "contact", [contact.id])
    assert found(people, "王芳") == []
    with people.transaction() as session:
        contact = session.query(Contact).filter_by(full_name="王芳").one()
        contact.deleted_at = None
        session.flush()
        search.reindex(session, "contact", [contact.id])
    assert found(people, "王芳") == ["王芳"]


def test_title_starting_with_query_is_listed_first(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        add_contact(session, "Ann Mariano")  # older, contains "mari" later in the name
        add_contact(session, "Marián Kováč")
        add_contact(session, "Zoe Smith", emails=["zoe@marina.example"])  # newest, email only
    assert found(ctx, "mari") == ["Marián Kováč", "Ann Mariano", "Zoe Smith"]


def test_limit_applies_per_entity(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        for number in range(30):
            add_contact(session, f"Jana Test {number}")
    assert len(found(ctx, "jana", limit=5)) == 5
    assert found(ctx, "jana", limit=0) == []


def test_entities_filter_limits_kinds(people: AppContext) -> None:
    assert found(people, "peter", entities={"company"}) == []
    assert found(people, "peter", entities=["contact"]) == ["Peter Novák"]
    with pytest.raises(ValueError, match="does not index"), people.reading() as session:
        search.search(session, "x", entities=["spaceship"])


def test_hit_carries_entity_id_and_subtitle(people: AppContext) -> None:
    with people.reading() as session:
        (hit,) = search.search(session, "zilina")
    assert hit.entity == "contact"
    assert hit.subtitle == "Žilina"
    assert isinstance(hit.record_id, int)


def test_cjk_pattern_matches_exactly_what_is_cjk_calls_cjk() -> None:
    for code in range(0x2F000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        assert bool(CJK_PATTERN.fullmatch(char)) == is_cjk(char), hex(code)


# --------------------------------------------------------------------------- phone numbers


@pytest.fixture
def callers(ctx: AppContext) -> Iterator[AppContext]:
    with ctx.transaction() as session:
        add_contact(session, "Grace Jones", phones=[("+44 7700 107627", "+447700107627")])
        add_contact(session, "Sam Lee", phones=[("(206) 311-6044", "+12063116044")])
        add_contact(session, "Ola Berg", phones=[("0905 123 456 ext. 12", "+421905123456")])
    yield ctx


@pytest.mark.parametrize(
    ("query", "title"),
    [("+44 7700", "Grace Jones"), ("7700 107", "Grace Jones"), ("+447700107627", "Grace Jones"),
     ("206-311", "Sam Lee"), ("(206) 311", "Sam Lee"), ("206.311.6044", "Sam Lee"),
     ("+1 206 311", "Sam Lee"), ("sam 311-60", "Sam Lee"), ("0905 123", "Ola Berg")],
)  # fmt: skip
def test_a_query_shaped_like_a_phone_number_is_matched_on_its_digits(
    callers: AppContext, query: str, title: str
) -> None:
    assert found(callers, query) == [title]


def test_phones_are_indexed_as_digits_not_as_typed(callers: AppContext) -> None:
    with callers.reading() as session:
        texts = [doc.text for doc in _documents(session, "contact")]
    assert texts[0].splitlines() == ["Grace Jones", "447700107627"]
    assert texts[1].splitlines() == ["Sam Lee", "2063116044", "12063116044"]
    # more than a number's shape ("ext."): kept as typed, the digits too
    assert texts[2].splitlines() == [
        "Ola Berg", "0905 123 456 ext. 12", "090512345612", "421905123456",
    ]  # fmt: skip


def test_numbers_typed_in_other_text_are_still_found_as_typed(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        add_contact(session, "Order 12/2024 buyer", tags=["2024-03-14 fair"])
    assert found(ctx, "12/2024") == ["Order 12/2024 buyer"]
    assert found(ctx, "2024-03-14") == ["Order 12/2024 buyer"]


@pytest.mark.parametrize(
    ("query", "tri", "words"),
    [("+44 7700", '("447700" OR "+44 7700")', None),
     ("peter 0905 123", '"peter" AND ("0905123" OR "0905 123")', None),
     ("2024", '"2024"', None),
     ("(206)", '("206" OR "(206)")', None),
     ("+4", None, '"4"*'),  # fewer than 3 digits: a prefix as before
     ("12 ab", None, '"12"* AND "ab"*'),
     ("t-000123", '"t-000123"', None)],  # a letter: not a phone number
)  # fmt: skip
def test_phone_shaped_runs_of_a_query_compile_to_their_digits(
    query: str, tri: str | None, words: str | None
) -> None:
    compiled = compile_query(query)
    assert compiled is not None
    assert (compiled.tri, compiled.words) == (tri, words)


# --------------------------------------------------------------------------- word prefixes


def test_short_prefixes_match_names_places_and_tags_not_emails_or_phones(
    people: AppContext,
) -> None:
    assert found(people, "pa") == ["Pavol Kráľ"]  # name
    assert found(people, "ko") == ["Peter Novák"]  # city (Košice)
    assert found(people, "vi") == ["Pavol Kráľ"]  # tag
    assert found(people, "ex") == []  # pavol.kral@example.com: an email
    assert found(people, "fi") == []  # maria.h@firma.sk
    assert found(people, "42") == []  # +421 905 123 456: a phone number
    assert found(people, "exa") == ["Pavol Kráľ"]  # three characters: substring, emails too
    assert found(people, "421") == ["Peter Novák"]


def test_short_prefix_with_a_substring_tests_the_prefix_on_words_only(people: AppContext) -> None:
    assert found(people, "pa exa") == ["Pavol Kráľ"]  # "pa" starts the name
    assert found(people, "ex kral") == []  # "ex" starts only the email's domain


def test_search_words_holds_no_emails_or_phone_numbers(people: AppContext) -> None:
    with people.reading() as session:
        words = session.connection().exec_driver_sql("SELECT text FROM search_words").scalars()
        stored = " ".join(words)
    assert "@" not in stored and not any(ch.isdigit() for ch in stored)
    assert "pavol kral" in stored and "vip" in stored and "kosice" in stored


def _documents(session: Session, entity: str) -> list[search.SearchDocument]:
    ids = session.connection().exec_driver_sql(
        "SELECT record_id FROM search_docs WHERE entity = ? ORDER BY id", (entity,)
    )
    docs = [search.document_for(session, entity, record_id) for (record_id,) in ids]
    return [doc for doc in docs if doc is not None]
