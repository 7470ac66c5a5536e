"""The run: one transaction, every row accounted for, cancel changes nothing, failed rows out."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crmdesk.db import models
from crmdesk.errors import ValidationError
from crmdesk.exchange.importing import (
    RowAction,
    plan_import,
    run_import,
    suggest_mapping,
    write_failed_rows,
)
from crmdesk.exchange.layout import read_table
from crmdesk.exchange.readers import open_source
from crmdesk.jobs.control import Cancelled, JobControl
from crmdesk.services import search

HEADER = ["Name", "Email", "Phone", "Birthday", "Company", "Tags", "Shoe size"]


def _people(n: int) -> list[list[object]]:
    return [
        [f"Person {i}", f"p{i}@x.sk", f"+42190{i:07d}", None, f"Firm {i % 7}", "a, b", i]
        for i in range(n)
    ]


def test_summary_accounts_for_every_row_of_a_file_with_bad_rows(imports, xlsx):
    rows = [
        HEADER,
        ["Ann", "ann@x.sk"],
        ["Bad", "no-at-sign"],
        ["Ann again", "ANN@x.sk"],
        [None, None, None, "1990-01-01"],
        ["Eve", None, "12", "1990-02-31"],
        ["Ok", "o@x.sk"],
    ]
    summary = imports.run(xlsx(rows))
    assert (summary.rows, summary.created, summary.skipped, summary.failed) == (6, 2, 1, 3)
    assert summary.created + summary.updated + summary.skipped + summary.failed == summary.rows
    assert {e.row for e in summary.errors} == {3, 5, 6}
    assert summary.batch_id is not None
    assert imports.count(models.Contact) == 2


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Ann", "Bob", "", "Ann", "Čeněk", "王伟"]),
            st.sampled_from(["a@x.sk", "b@x.sk", "", "bad", "A@X.SK"]),
            st.sampled_from(["", "+421905111222", "12", "0905 111 222"]),
            st.sampled_from(["", "1990-05-01", "31.02.1990", "--04-22", "soon"]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from(["skip", "update", "create"]),
)
def test_every_row_is_counted_once_whatever_the_file(imports, tmp_path, rows, policy):
    path = tmp_path / "random.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Name", "Email", "Phone", "Birthday"])
    for row in rows:
        book.active.append([value or None for value in row])
    book.save(path)
    data_rows = sum(1 for row in rows if any(row))
    try:
        plan = imports.plan(path, on_duplicate=policy, region="SK")
    except ValidationError:
        assert data_rows == 0
        return
    counts = plan.counts()
    assert counts["rows"] == data_rows
    assert sum(counts[k] for k in ("created", "updated", "skipped", "failed")) == data_rows
    with imports.ctx.transaction() as session:
        summary = run_import(session, plan, source_name="random.xlsx")
        session.rollback()
    assert summary.created + summary.updated + summary.skipped + summary.failed == data_rows
    assert summary.failed == len({e.row for e in summary.errors})


def test_cancel_mid_import_leaves_the_file_unchanged(imports, xlsx, ctx, db_path, fingerprint):
    path = xlsx([HEADER, *_people(4500)])
    before = fingerprint(db_path)
    calls: list[int] = []

    def progress(done: int, total: int, message: str) -> None:
        calls.append(done)
        if message == "Writing records":
            control.cancel()  # after the first chunk has been written

    control = JobControl(progress, interval=0)
    with open_source(path) as workbook:
        table = read_table(workbook)
        mapping = suggest_mapping(table, entity="contacts")
        with ctx.reading() as session:
            plan = plan_import(session, table, mapping)
        with pytest.raises(Cancelled):
            run_import(ctx, plan, source_name="in.xlsx", control=control)
    assert calls
    assert fingerprint(db_path) == before
    assert imports.count(models.Contact) == 0
    assert imports.count(models.ImportBatch, live=False) == 0


def test_a_cancel_at_the_very_end_still_rolls_back(imports, xlsx, ctx):
    path = xlsx([HEADER, *_people(30)])
    control = JobControl(lambda done, total, message: None)
    with open_source(path) as workbook:
        table = read_table(workbook)
        with ctx.reading() as session:
            plan = plan_import(session, table, suggest_mapping(table, entity="contacts"))

    class LateCancel(JobControl):
        def progress(
            self, done: int, total: int, message: str = "", *, force: bool = False
        ) -> None:
            if message.startswith("Indexing"):
                self.cancel()

    with pytest.raises(Cancelled):
        run_import(ctx, plan, source_name="x", control=LateCancel())
    assert imports.count(models.Contact) == 0
    del control


def test_import_is_indexed_for_search_and_recorded_as_a_batch(imports, xlsx, ctx):
    summary = imports.run(xlsx([HEADER, ["Žofia Kráľová", "zofia@x.sk", None, None, "Kúpele"]]))
    with ctx.reading() as session:
        hits = search.search(session, "zofia kral")
        company_hits = search.search(session, "kupele", entities=["company"])
        batch = session.get(models.ImportBatch, summary.batch_id)
        assert batch is not None
        assert (batch.rows, batch.created, batch.entity, batch.source) == (
            1,
            1,
            "contact",
            "in.xlsx",
        )
        assert batch.finished_at is not None and batch.options["on_duplicate"] == "skip"
        items = session.query(models.ImportBatchItem).filter_by(batch_id=batch.id).all()
        assert sorted(i.entity for i in items) == ["company", "contact"]
    assert [h.title for h in hits if h.entity == "contact"] == ["Žofia Kráľová"]
    assert [h.title for h in company_hits] == ["Kúpele"]


def test_custom_fields_are_defined_only_for_columns_with_values(imports, xlsx, ctx):
    imports.run(xlsx([["Name", "Hobby", "Empty"], ["Ann", "chess", None]]))
    with ctx.reading() as session:
        defs = [(d.label, d.type) for d in session.query(models.CustomFieldDef)]
    assert defs == [("Hobby", "text")]
    assert imports.people()[0]["custom"] == {"hobby": "chess"}


def test_nothing_to_write_makes_no_batch(imports, xlsx):
    summary = imports.run(xlsx([["Name", "Email"], ["Bad", "nope"]]))
    assert (summary.failed, summary.batch_id) == (1, None)


def test_failed_rows_are_written_out_with_the_problem(imports, xlsx, tmp_path):
    rows = [
        HEADER,
        ["Ann", "ann@x.sk"],
        ["Bad", "no-at-sign", None, None, None, None, 7],
        ["Eve", None, None, "1990-02-31"],
    ]
    path = xlsx(rows)
    summary = imports.run(path)
    out = tmp_path / "failed.xlsx"
    with open_source(path) as workbook:
        written = write_failed_rows(summary, read_table(workbook), out)
    assert written == 2
    sheet = openpyxl.load_workbook(out).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == [*HEADER, "Problem", "Row in the original file"]
    assert values[1][:2] == ["Bad", "no-at-sign"] and values[1][6] == 7
    assert "Email" in values[1][7] and "not a valid email" in values[1][7]
    assert values[1][8] == 3 and values[2][8] == 4


def test_fixed_failed_rows_import_on_a_second_try(imports, xlsx, tmp_path):
    path = xlsx([["Name", "Email"], ["Bad", "no-at-sign"]])
    summary = imports.run(path)
    out: Path = tmp_path / "failed.xlsx"
    with open_source(path) as workbook:
        write_failed_rows(summary, read_table(workbook), out)
    book = openpyxl.load_workbook(out)
    book.active["B2"] = "bad@x.sk"
    book.save(out)
    again = imports.run(out)
    assert (again.created, again.failed) == (1, 0)
    assert imports.people()[0]["custom"] == {}  # the two extra columns are skipped


def test_plan_rows_report_their_action(imports, xlsx):
    plan = imports.plan(xlsx([HEADER, ["Ann"]]))
    assert plan.rows[0].action is RowAction.CREATE


def test_release_writes_the_same_drops_the_drafts_and_restores_the_page_cache(imports, xlsx):
    path = xlsx([HEADER, *_people(30), ["Person 3 again", "p3@x.sk"]])
    with open_source(path) as workbook:
        table = read_table(workbook)
        mapping = suggest_mapping(table, entity="contacts")
        with imports.ctx.transaction() as session:
            cache = "PRAGMA cache_size"
            before = session.connection().exec_driver_sql(cache).scalar()
            plan = plan_import(session, table, mapping)
            assert session.connection().exec_driver_sql(cache).scalar() == before
            planned = plan.counts()
            summary = run_import(session, plan, source_name=path.name, release=True)
            assert session.connection().exec_driver_sql(cache).scalar() == before
    assert planned == {"rows": 31, "created": 30, "updated": 0, "skipped": 1, "failed": 0}
    assert (summary.rows, summary.created, summary.updated, summary.skipped) == (31, 30, 0, 1)
    assert all(row.draft is None for row in plan.rows)
    assert imports.count(models.Contact) == 30
