"""Real-world files from ../shared/data: every row is accounted for (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from crmdesk.db import models
from crmdesk.exchange.layout import read_table
from crmdesk.exchange.readers import open_source

pytestmark = pytest.mark.shared_data

FILES = [
    # (path, entity, at least this many created)
    ("crm-exports/hubspot_style_contacts_faker.csv", "contacts", 800),
    ("crm-exports/google_contacts_export_zh.csv", "contacts", 1),
    ("crm-exports/google_contacts_legacy_format.csv", "contacts", 3),
    ("crm-exports/salesforce_dataloader_accountData.csv", "companies", 400),
    ("customers/mockaroo_MOCK_DATA.csv", "contacts", 1000),
    ("csv-encodings/easyexcel_office_bom_utf8_zh.csv", "contacts", 10),
    ("vcard/icloud_ios_contacts.vcf", "contacts", 4),
    ("vcard/android_v21_multiple_entry_sjis.vcf", "contacts", 3),
    ("vcard/ezvcard_John_Doe_ANDROID.vcf", "contacts", 5),
    ("vcard/ezvcard_outlook-2007.vcf", "contacts", 1),
    ("intl/phpspreadsheet_issue2362_ru_companies.xlsx", "contacts", 0),
]
SLOW_FILES = [
    ("customers/datablist_customers-10000.csv", "contacts", 10000),
    ("customers/superstore_orders_returns_people.xlsx", "orders", 9994),
]


def _rows_in(path: Path) -> int:
    with open_source(path) as workbook:
        return sum(1 for _ in read_table(workbook).rows())


def _check(imports, shared_data: Path, name: str, entity: str, at_least: int) -> None:
    path = shared_data / name
    plan = imports.plan(path, entity=entity)
    date_order = "dmy" if plan.ambiguous else None
    summary = imports.run(path, entity=entity, date_order=date_order)
    assert summary.rows == _rows_in(path)
    assert summary.created + summary.updated + summary.skipped + summary.failed == summary.rows
    assert summary.failed == len({e.row for e in summary.errors if e.row})
    assert summary.created >= at_least


@pytest.mark.parametrize(("name", "entity", "at_least"), FILES)
def test_shared_file_imports_with_every_row_accounted_for(
    imports, shared_data, name, entity, at_least
):
    _check(imports, shared_data, name, entity, at_least)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "entity", "at_least"), SLOW_FILES)
def test_large_shared_file_imports_with_every_row_accounted_for(
    imports, shared_data, name, entity, at_least
):
    _check(imports, shared_data, name, entity, at_least)


def test_chinese_bom_csv_keeps_the_names(imports, shared_data):
    imports.run(shared_data / "csv-encodings/easyexcel_office_bom_utf8_zh.csv")
    names = sorted(p["full_name"] for p in imports.people())
    assert names[0] == "姓名0" and len(names) == 10


@pytest.mark.slow
def test_superstore_orders_link_to_customers(imports, shared_data, ctx):
    imports.run(shared_data / "customers/superstore_orders_returns_people.xlsx", entity="orders")
    with ctx.reading() as session:
        unlinked = session.scalar(
            select(func.count()).select_from(models.Order).where(models.Order.contact_id.is_(None))
        )
        orders = session.scalar(select(func.count()).select_from(models.Order))
    assert unlinked == 0 and 0 < orders < 9994  # lines grouped into orders
