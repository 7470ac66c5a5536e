"""The import's fast paths store exactly what the slow ones did, and stay lean."""

from __future__ import annotations

import gc
import subprocess
import sys
from datetime import UTC, datetime

from sqlalchemy import insert, select

from crmdesk.db import models
from crmdesk.exchange.importing.writing import raw_insert, table_of


def _company(company_id: int, **values: object) -> dict[str, object]:
    now = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    row: dict[str, object] = {
        "id": company_id, "name": f"Firm {company_id}", "sort_name": f"firm {company_id}",
        "legal_name": None, "industry": None, "size": None, "website": None, "tax_id": None,
        "lifecycle": None, "lead_source": None, "notes": "Žilina 中国", "custom": {"a": [1, "x"]},
        "import_batch_id": None, "created_at": now, "updated_at": now, "deleted_at": None,
    }  # fmt: skip
    row.update(values)
    return row


def test_raw_insert_stores_the_same_values_as_core_insert(ctx):
    table = table_of(models.Company)
    with ctx.transaction() as session:
        session.execute(insert(table), [_company(1), _company(2, custom={})])
        raw_insert(session, table, [_company(3), _company(4, custom={})])
    with ctx.reading() as session:
        stored = {r.id: r._mapping for r in session.execute(select(table).order_by(table.c.id))}
    ignored = {"id", "name", "sort_name"}
    for core, raw in ((1, 3), (2, 4)):
        assert {k: v for k, v in stored[core].items() if k not in ignored} == {
            k: v for k, v in stored[raw].items() if k not in ignored
        }
    assert stored[3]["created_at"] == datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert stored[3]["custom"] == {"a": [1, "x"]}


def test_raw_insert_falls_back_to_core_for_rows_that_need_defaults(ctx):
    table = table_of(models.Company)
    row = _company(5)
    del row["custom"]  # a column with a Python-side default
    with ctx.transaction() as session:
        raw_insert(session, table, [row])
    with ctx.reading() as session:
        assert session.scalar(select(table.c.custom).where(table.c.id == 5)) == {}


def test_reading_country_names_does_not_load_phone_geodata():
    """phonenumbers.geodata is ~100 MB of memory an import never needs."""
    code = (
        "import sys; from crmdesk.exchange.values.contact import parse_country;"
        "assert parse_country('Slowakei') == 'SK' and parse_country('Írán') == 'IR';"
        "print('phonenumbers.geodata' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_plan_and_run_give_every_object_back_to_the_garbage_collector(imports, xlsx):
    thresholds = gc.get_threshold()
    summary = imports.run(xlsx([["Name", "Email"], ["Ann", "ann@x.sk"], ["Bob", "bob@x.sk"]]))
    assert summary.created == 2
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == thresholds  # the plan's larger young generation is undone
