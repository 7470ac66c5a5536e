"""The demo generator: every kind of record, consistent links, realistic multilingual data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import text

from crmdesk.context import AppContext
from crmdesk.db.migrate import open_database
from crmdesk.demo import make_demo
from crmdesk.domain.phones import normalize_phone
from crmdesk.errors import ValidationError
from crmdesk.services import search

TODAY = date(2025, 6, 16)
TABLES = (
    "companies", "contacts", "emails", "phones", "addresses", "contact_tags", "deals",
    "deal_stakeholders", "deal_competitors", "tickets", "interactions", "tasks", "orders",
    "order_lines",
)  # fmt: skip


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppContext]:
    """One 200-contact demo file shared by the read-only tests of this module."""
    context = open_database(tmp_path_factory.mktemp("demo") / "demo.crm", auto_backup=False)
    with context.transaction() as session:
        make_demo(session, contacts=200, seed=7, today=TODAY)
    yield context
    context.close()


def scalar(ctx: AppContext, sql: str) -> object:
    with ctx.reading() as session:
        return session.execute(text(sql)).scalar()


def column(ctx: AppContext, sql: str) -> list[object]:
    with ctx.reading() as session:
        return list(session.execute(text(sql)).scalars())


def test_every_kind_of_record_is_made(demo: AppContext) -> None:
    for table in TABLES:
        assert scalar(demo, f"SELECT count(*) FROM {table}"), table
    assert scalar(demo, "SELECT count(*) FROM contacts") == 200


def test_all_links_point_at_existing_rows(demo: AppContext) -> None:
    with demo.reading() as session:
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []


def test_last_interaction_is_the_newest_live_interaction(demo: AppContext) -> None:
    mismatches = scalar(
        demo,
        "SELECT count(*) FROM contacts c WHERE c.last_interaction_at IS NOT "
        "(SELECT max(i.occurred_at) FROM interactions i "
        " WHERE i.contact_id = c.id AND i.deleted_at IS NULL)",
    )
    assert mismatches == 0
    assert scalar(demo, "SELECT count(*) FROM contacts WHERE last_interaction_at IS NOT NULL")


def test_search_finds_a_slovak_city_typed_without_diacritics(demo: AppContext) -> None:
    with demo.reading() as session:
        hits = search.search(session, "zilina", limit=1000, entities=["contact", "company"])
        expected = session.execute(
            text(
                "SELECT 'contact', contact_id FROM addresses JOIN contacts c ON c.id = contact_id "
                "WHERE city = 'Žilina' AND c.deleted_at IS NULL UNION "
                "SELECT 'company', company_id FROM addresses WHERE city = 'Žilina' "
                "AND company_id IS NOT NULL"
            )
        ).all()
    assert expected
    assert {(hit.entity, hit.record_id) for hit in hits} >= {tuple(row) for row in expected}


def test_trashed_contacts_are_not_searchable(demo: AppContext) -> None:
    indexed = scalar(demo, "SELECT count(*) FROM search_docs WHERE entity = 'contact'")
    live = scalar(demo, "SELECT count(*) FROM contacts WHERE deleted_at IS NULL")
    assert indexed == live


def test_names_come_in_four_languages(demo: AppContext) -> None:
    names = column(demo, "SELECT full_name FROM contacts")
    assert any("\u06cc" in str(n) for n in names)  # Persian yeh
    assert not any("\u064a" in str(n) for n in names)  # never Arabic yeh in Persian names
    chinese = [str(n) for n in names if "\u4e00" <= str(n)[0] <= "\u9fff"]
    assert chinese and all(2 <= len(n) <= 4 and " " not in n for n in chinese)
    assert any(ch in str(n) for n in names for ch in "áäčďéíľňóôŕšťúýž")
    assert any(str(n).isascii() for n in names)


def test_chinese_names_are_family_name_first(demo: AppContext) -> None:
    rows = scalar(
        demo,
        "SELECT count(*) FROM contacts WHERE name_order = 'family_first' "
        "AND full_name <> family_name || given_name",
    )
    assert rows == 0


def test_phones_parse_back_to_their_e164(demo: AppContext) -> None:
    with demo.reading() as session:
        phones = session.execute(text("SELECT raw, e164 FROM phones")).all()
    assert any(not raw.isascii() for raw, _ in phones)  # some written in Persian digits
    for raw, e164 in phones:
        region = phonenumbers.region_code_for_country_code(phonenumbers.parse(e164).country_code)
        assert normalize_phone(raw, region=region).e164 == e164, raw


def test_records_cover_every_status_stage_and_several_currencies(demo: AppContext) -> None:
    statuses = set(column(demo, "SELECT DISTINCT status FROM tickets"))
    assert statuses == {"open", "in_progress", "waiting", "resolved", "closed"}
    stages = column(demo, "SELECT count(DISTINCT stage_id) FROM deals")
    assert stages == [6]
    assert len(column(demo, "SELECT DISTINCT currency FROM orders")) >= 4
    won_or_lost_open = scalar(
        demo,
        "SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
        "WHERE (s.is_won OR s.is_lost) <> (d.closed_at IS NOT NULL)",
    )
    assert won_or_lost_open == 0


def test_order_totals_are_the_sum_of_their_lines(demo: AppContext) -> None:
    wrong = scalar(
        demo,
        "SELECT count(*) FROM orders o WHERE total_minor <> "
        "(SELECT sum(total_minor) FROM order_lines l WHERE l.order_id = o.id)",
    )
    assert wrong == 0


def test_tasks_include_overdue_and_due_today(demo: AppContext) -> None:
    with demo.reading() as session:
        due = [
            datetime.fromisoformat(value).replace(tzinfo=UTC)
            for value in session.execute(
                text("SELECT due_at FROM tasks WHERE done_at IS NULL")
            ).scalars()
        ]
    start = datetime(TODAY.year, TODAY.month, TODAY.day, tzinfo=UTC)
    assert any(d < start for d in due)
    assert any(start <= d < start + timedelta(days=1) for d in due)


def test_interactions_span_two_years(demo: AppContext) -> None:
    oldest = str(scalar(demo, "SELECT min(occurred_at) FROM interactions"))
    assert oldest < (TODAY - timedelta(days=365)).isoformat()


def test_some_birthdays_have_no_year(demo: AppContext) -> None:
    without_year = scalar(
        demo,
        "SELECT count(*) FROM contacts WHERE birthday_month IS NOT NULL AND birthday_year IS NULL",
    )
    assert without_year


def _fingerprint(path: Path, seed: int) -> list[tuple[object, ...]]:
    context = open_database(path, auto_backup=False)
    try:
        with context.transaction() as session:
            make_demo(session, contacts=60, seed=seed, today=TODAY)
        with context.reading() as session:
            rows = session.execute(
                text(
                    "SELECT c.full_name, e.email FROM contacts c "
                    "JOIN emails e ON e.contact_id = c.id ORDER BY e.id"
                )
            )
            return [tuple(row) for row in rows]
    finally:
        context.close()


def test_same_seed_gives_the_same_file_and_another_seed_does_not(tmp_path: Path) -> None:
    first = _fingerprint(tmp_path / "a.crm", seed=3)
    assert first == _fingerprint(tmp_path / "b.crm", seed=3)
    assert first != _fingerprint(tmp_path / "c.crm", seed=4)


def test_demo_refuses_a_file_that_already_has_contacts(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        make_demo(session, contacts=5, seed=1, today=TODAY)
    with ctx.transaction() as session, pytest.raises(ValidationError, match="already has contacts"):
        make_demo(session, contacts=5, seed=1, today=TODAY)


def test_negative_contact_count_is_refused(ctx: AppContext) -> None:
    with ctx.transaction() as session, pytest.raises(ValidationError, match="--contacts"):
        make_demo(session, contacts=-1)


def test_zero_contacts_makes_an_empty_but_valid_file(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        result = make_demo(session, contacts=0, today=TODAY)
    assert result.counts["contacts"] == 0 and result.counts["companies"] == 0


def test_demo_gives_the_page_cache_back(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        pragma = "PRAGMA cache_size"
        before = session.connection().exec_driver_sql(pragma).scalar()
        make_demo(session, contacts=20, today=TODAY)
        assert session.connection().exec_driver_sql(pragma).scalar() == before
