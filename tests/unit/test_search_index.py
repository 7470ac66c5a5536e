"""What each entity puts into search, cascades on renames, bulk indexing and rebuilding."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from crmdesk.context import AppContext
from crmdesk.db.models import (
    Company,
    Contact,
    Deal,
    EmailAddress,
    Interaction,
    PhoneNumber,
    Pipeline,
    SearchDoc,
    Stage,
    Ticket,
)
from crmdesk.domain.text import fold
from crmdesk.services import search

WHEN = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


@dataclass
class Records:
    company: int
    contact: int
    deal: int
    ticket: int
    interaction: int


def _stage(session: Session) -> Stage:
    stage = session.scalars(select(Stage).order_by(Stage.id)).first()
    if stage is None:
        pipeline = Pipeline(name="Sales")
        stage = Stage(pipeline=pipeline, name="New")
        session.add(stage)
        session.flush()
    return stage


def _make_records(session: Session) -> Records:
    company = Company(
        name="Kovostroj Žilina", sort_name="kovostroj", legal_name="Kovostroj s.r.o.",
        website="kovostroj.sk", industry="manufacturing",
    )  # fmt: skip
    session.add(company)
    session.flush()
    session.add(EmailAddress(company_id=company.id, email="info@kovostroj.sk", normalized="x"))
    session.add(PhoneNumber(company_id=company.id, raw="041 123 4567", e164="+421411234567"))
    contact = Contact(
        full_name="Ján Hudák", given_name="Ján", family_name="Hudák", sort_name="hudak jan",
        company_id=company.id, job_title="Nákupca",
    )  # fmt: skip
    session.add(contact)
    session.flush()
    stage = _stage(session)
    deal = Deal(
        title="Lisovacie formy 2025", pipeline_id=stage.pipeline_id, stage_id=stage.id,
        contact_id=contact.id, company_id=company.id,
    )  # fmt: skip
    ticket = Ticket(
        number=123, subject="Reklamácia dodávky", body="Chýba 5 kusov príruby DN50.",
        contact_id=contact.id,
    )  # fmt: skip
    note = Interaction(
        kind="call", occurred_at=WHEN, subject="Telefonát o cene",
        body="Dohodli sme zľavu 7 % na prírubu.", contact_id=contact.id,
    )  # fmt: skip
    session.add_all([deal, ticket, note])
    session.flush()
    records = Records(company.id, contact.id, deal.id, ticket.id, note.id)
    for entity in ("company", "contact", "deal", "ticket", "interaction"):
        search.reindex(session, entity, [getattr(records, entity)])
    return records


@pytest.fixture
def records(ctx: AppContext) -> Records:
    with ctx.transaction() as session:
        return _make_records(session)


def hits(ctx: AppContext, query: str) -> list[tuple[str, int, str | None]]:
    with ctx.reading() as session:
        return [(h.entity, h.record_id, h.subtitle) for h in search.search(session, query)]


def test_every_entity_kind_is_found(ctx: AppContext, records: Records) -> None:
    assert [h[:2] for h in hits(ctx, "kovostroj")] == [
        ("contact", records.contact),  # through its company's name
        ("company", records.company),
        ("deal", records.deal),
    ]
    assert [h[:2] for h in hits(ctx, "lisovacie")] == [("deal", records.deal)]
    assert [h[:2] for h in hits(ctx, "T-000123")] == [("ticket", records.ticket)]
    assert [h[:2] for h in hits(ctx, "000123")] == [("ticket", records.ticket)]
    assert [h[:2] for h in hits(ctx, "dn50")] == [("ticket", records.ticket)]
    assert [h[:2] for h in hits(ctx, "zlavu")] == [("interaction", records.interaction)]


def test_entities_are_listed_in_a_fixed_order(ctx: AppContext, records: Records) -> None:
    assert [h[0] for h in hits(ctx, "kovostroj")] == ["contact", "company", "deal"]
    assert [h[0] for h in hits(ctx, "prirub")] == ["ticket", "interaction"]


def test_people_names_show_in_subtitles_not_in_notes_text(
    ctx: AppContext, records: Records
) -> None:
    assert [h[0] for h in hits(ctx, "hudak")] == ["contact", "deal"]
    subtitles = {entity: subtitle for entity, _id, subtitle in hits(ctx, "kovostroj")}
    assert subtitles["contact"] == "Nákupca · Kovostroj Žilina"
    assert subtitles["deal"] == "Kovostroj Žilina · Ján Hudák"
    subtitles = {entity: subtitle for entity, _id, subtitle in hits(ctx, "prirub")}
    assert subtitles["ticket"] == "T-000123 · Ján Hudák"
    assert subtitles["interaction"] == "2025-03-14 · call · Ján Hudák"


def test_company_phone_and_email_are_searchable(ctx: AppContext, records: Records) -> None:
    assert [h[0] for h in hits(ctx, "4567")] == ["company"]
    assert [h[0] for h in hits(ctx, "421411")] == ["company"]
    assert [h[0] for h in hits(ctx, "info@kovo")] == ["company"]


def test_document_for_contact_lists_its_searchable_parts(ctx: AppContext, records: Records) -> None:
    with ctx.reading() as session:
        doc = search.document_for(session, "contact", records.contact)
        missing = search.document_for(session, "contact", 999_999)
    assert doc is not None and missing is None
    assert doc.title == "Ján Hudák"
    assert doc.text.splitlines() == ["Ján Hudák", "Kovostroj Žilina", "Nákupca"]


def test_renaming_a_company_updates_its_people_and_deals(ctx: AppContext, records: Records) -> None:
    with ctx.transaction() as session:
        session.get_one(Company, records.company).name = "Tatra Forming"
        session.flush()
        search.reindex(session, "company", [records.company])
    assert [h[0] for h in hits(ctx, "kovostroj")] == ["company"]  # legal name, website remain
    found = {entity: subtitle for entity, _id, subtitle in hits(ctx, "tatra forming")}
    assert found["contact"] == "Nákupca · Tatra Forming"
    assert found["deal"] == "Tatra Forming · Ján Hudák"


def test_renaming_a_contact_updates_subtitles_of_its_records(
    ctx: AppContext, records: Records
) -> None:
    with ctx.transaction() as session:
        session.get_one(Contact, records.contact).full_name = "Jana Hudáková"
        session.flush()
        search.reindex(session, "contact", [records.contact])
    subtitles = {entity: subtitle for entity, _id, subtitle in hits(ctx, "reklamacia")}
    assert subtitles == {"ticket": "T-000123 · Jana Hudáková"}


def test_trashed_company_drops_out_with_its_name_on_people(
    ctx: AppContext, records: Records
) -> None:
    with ctx.transaction() as session:
        session.get_one(Company, records.company).deleted_at = WHEN
        session.flush()
        search.reindex(session, "company", [records.company])
    assert hits(ctx, "kovostroj") == []


def test_reindexing_a_deleted_record_removes_it(ctx: AppContext, records: Records) -> None:
    with ctx.transaction() as session:
        session.delete(session.get_one(Interaction, records.interaction))
        session.flush()
        search.reindex(session, "interaction", [records.interaction])
    assert hits(ctx, "zlavu") == []


def test_rebuild_all_indexes_live_records_and_reports_progress(
    ctx: AppContext, records: Records
) -> None:
    calls: list[tuple[int, int]] = []
    with ctx.transaction() as session:
        session.get_one(Deal, records.deal).deleted_at = WHEN
        session.execute(text("DELETE FROM search_docs"))  # pretend the index was lost
        count = search.rebuild_all(
            session, progress=lambda done, total: calls.append((done, total))
        )
    assert count == 4
    assert calls[-1] == (4, 4)
    assert [h[0] for h in hits(ctx, "hudak")] == ["contact"]
    assert [h[0] for h in hits(ctx, "prirub")] == ["ticket", "interaction"]


def test_rebuild_gives_the_same_rows_as_reindexing(ctx: AppContext, records: Records) -> None:
    def snapshot(session: Session) -> list[tuple[object, ...]]:
        rows = session.execute(
            text(
                "SELECT d.id, d.title, d.subtitle, t.text, w.text FROM search_docs d "
                "JOIN search_tri t ON t.rowid = d.id JOIN search_words w ON w.rowid = d.id "
                "ORDER BY d.id"
            )
        )
        return [tuple(row) for row in rows]

    with ctx.transaction() as session:
        before = snapshot(session)
        search.rebuild_all(session)
        assert snapshot(session) == before


@dataclass(frozen=True)
class Row:
    record_id: int
    title: str
    subtitle: str | None
    text: str


def test_bulk_index_writes_and_replaces_rows(ctx: AppContext) -> None:
    with ctx.transaction() as session:
        rows = [
            Row(i, f"Importovaný {i}", None, f"Importovaný {i}\nimport{i}@x.sk")
            for i in range(1, 2501)
        ]
        assert search.bulk_index(session, "contact", rows) == 2500
        assert search.bulk_index(session, "contact", [Row(7, "Seven", None, "Seven")]) == 1
        total = session.scalar(select(func.count()).select_from(SearchDoc))
    assert total == 2500
    assert [h[1] for h in hits(ctx, "import2499@")] == [2499]
    assert hits(ctx, "import7@") == []
    assert [h[1] for h in hits(ctx, "seven")] == [7]


def test_unknown_entity_is_refused(ctx: AppContext) -> None:
    with ctx.transaction() as session, pytest.raises(ValueError, match="does not index"):
        search.reindex(session, "spaceship", [1])


def test_indexed_text_is_folded(ctx: AppContext, records: Records) -> None:
    with ctx.reading() as session:
        stored = session.execute(
            text("SELECT text FROM search_tri WHERE rowid = :id"),
            {"id": search.doc_id("contact", records.contact)},
        ).scalar_one()
    assert stored == fold(stored)
    assert "jan hudak" in stored


def test_rebuild_leaves_fts_settings_as_they_were(ctx: AppContext, records: Records) -> None:
    with ctx.transaction() as session:
        search.rebuild_all(session)
        sizes = session.execute(
            text(
                "SELECT v FROM search_tri_config WHERE k = 'hashsize' "
                "UNION ALL SELECT v FROM search_words_config WHERE k = 'hashsize'"
            )
        ).scalars()
        assert list(sizes) == [search.DEFAULT_HASH_SIZE] * 2
    assert [h[0] for h in hits(ctx, "hudak")] == ["contact", "deal"]
