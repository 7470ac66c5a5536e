"""The search rows an import writes for what it creates are exactly the builders' rows.

The run builds them from what it has just written (no reading back); ``search.document_for``
builds them from the database. Both go through the same functions, and these tests hold them
to it: title, subtitle and the text of both FTS tables, byte for byte.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db import models
from crmdesk.domain.text import fold
from crmdesk.services import search

HEADER = ["Name", "Work Email", "Home Email", "Mobile", "Work Phone", "Company", "Job title",
          "City", "Tags"]  # fmt: skip
ROWS = [
    ["Ján Hudák", "jan@kovo.sk", "jan.h@gmail.com", "+421 905 123 456", "041 500 6000",
     "kovostroj s.r.o.", "Nákupca", "Žilina", "vip, Wholesale, b2b"],
    ["王芳", "wang@qq.com", None, "+86 139 1234 5678", None, "长城有限公司", None, "深圳",
     "老客户"],
    ["Ali Rezaei", None, None, "0912 345 6789", "(021) 8800-1234", None, None, None, "VIP"],
    ["Eve Only Email", "eve@x.sk", "eve@y.sk", None, None, None, None, None, None],
]  # fmt: skip


def _stored(session: Session, entity: str, record_id: int) -> tuple[object, ...]:
    row = (
        session.connection()
        .exec_driver_sql(
            "SELECT d.title, d.subtitle, t.text, w.text FROM search_docs d "
            "JOIN search_tri t ON t.rowid = d.id JOIN search_words w ON w.rowid = d.id "
            "WHERE d.id = ?",
            (search.doc_id(entity, record_id),),
        )
        .one()
    )
    return tuple(row)


def _built(session: Session, entity: str, record_id: int) -> tuple[object, ...]:
    doc = search.document_for(session, entity, record_id)
    assert doc is not None
    return (doc.title, doc.subtitle, *search.fts_texts(doc))


def _existing_company_and_tag(session: Session) -> int:
    """A company and a tag the sheet names in other spellings: search shows the stored ones."""
    company = models.Company(name="Kovostroj s.r.o.", sort_name=fold("Kovostroj s.r.o."))
    session.add_all([company, models.Tag(name="B2B", folded="b2b")])
    session.flush()
    session.add(models.Tag(name="VIP", folded="vip"))
    session.flush()
    return company.id


def test_contacts_and_companies_an_import_creates_are_indexed_as_the_builders_index_them(
    imports, xlsx, ctx
):
    with ctx.transaction() as session:
        existing = _existing_company_and_tag(session)
    summary = imports.run(xlsx([HEADER, *ROWS]), region="SK")
    assert summary.created == len(ROWS)
    with ctx.reading() as session:
        contacts = sorted(summary.changes.created["contact"])
        companies = sorted(summary.changes.created["company"])
        assert len(contacts) == 4 and len(companies) == 1  # 长城有限公司; Kovostroj existed
        for record_id in contacts:
            assert _stored(session, "contact", record_id) == _built(session, "contact", record_id)
        for record_id in companies:
            assert _stored(session, "company", record_id) == _built(session, "company", record_id)
        jan = search.document_for(session, "contact", contacts[0])
        linked = session.scalar(
            select(models.Contact.company_id).where(models.Contact.id == contacts[0])
        )
    assert linked == existing
    assert jan is not None and jan.subtitle == "Nákupca · Kovostroj s.r.o. · Žilina"
    assert jan.text.count("@") == 2 and "421905123456" in jan.text and "0415006000" in jan.text
    assert jan.words.splitlines()[-3:] == ["B2B", "VIP", "Wholesale"]  # stored names, by id


def test_companies_imported_as_companies_are_indexed_as_the_builders_index_them(imports, xlsx, ctx):
    rows = [
        ["Company", "Email", "Phone", "Mobile", "City", "Website", "Industry"],
        ["Tatra Forming", "info@tatra.sk", "+421 41 123 4567", "0905 111 222", "Martin",
         "tatra.sk", "manufacturing"],
        ["华夏贸易", None, "+86 10 6552 9988", None, "北京", None, None],
    ]  # fmt: skip
    summary = imports.run(xlsx(rows), entity="companies", region="SK")
    assert summary.created == 2
    with ctx.reading() as session:
        for record_id in summary.changes.created["company"]:
            assert _stored(session, "company", record_id) == _built(session, "company", record_id)
        tatra = search.document_for(session, "company", min(summary.changes.created["company"]))
    assert tatra is not None and tatra.subtitle == "manufacturing · Martin · tatra.sk"
    assert "info@tatra.sk" in tatra.text and "info@tatra.sk" not in tatra.words


def test_a_rebuild_after_an_import_changes_no_search_row(imports, xlsx, ctx):
    imports.run(xlsx([HEADER, *ROWS]), region="SK")
    query = (
        "SELECT d.id, d.title, d.subtitle, t.text, w.text FROM search_docs d "
        "JOIN search_tri t ON t.rowid = d.id JOIN search_words w ON w.rowid = d.id ORDER BY d.id"
    )
    with ctx.transaction() as session:
        before = list(session.connection().exec_driver_sql(query))
        search.rebuild_all(session)
        assert list(session.connection().exec_driver_sql(query)) == before
    assert len(before) == 6  # 4 contacts, 2 companies


def test_an_import_leaves_the_fts_settings_as_fts5_has_them(imports, xlsx, ctx):
    imports.run(xlsx([HEADER, *ROWS]), region="SK")
    query = " UNION ALL ".join(
        f"SELECT k, v FROM {table}_config WHERE k IN ('automerge', 'hashsize')"
        for table in search.FTS_TABLES
    )
    with ctx.reading() as session:
        settings = sorted(tuple(row) for row in session.connection().exec_driver_sql(query))
    assert (
        settings
        == [("automerge", search.DEFAULT_AUTOMERGE)] * 2
        + [("hashsize", search.DEFAULT_HASH_SIZE)] * 2
    )
