"""Helpers for import/export tests: write a small source file, plan it, run it, look at the file."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from crmdesk.context import AppContext
from crmdesk.db import models
from crmdesk.exchange.importing import (
    ImportPlan,
    ImportSummary,
    plan_import,
    run_import,
    suggest_mapping,
)
from crmdesk.exchange.layout import read_table
from crmdesk.exchange.readers import open_source
from crmdesk.jobs.control import JobControl
from crmdesk.services import channels, tags

Rows = Sequence[Sequence[Any]]


@pytest.fixture
def xlsx(tmp_path: Path) -> Callable[..., Path]:
    """xlsx(rows, name="in.xlsx"): the first row is the header."""

    def write(rows: Rows, name: str = "in.xlsx") -> Path:
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        for row in rows:
            sheet.append(list(row))
        path = tmp_path / name
        book.save(path)
        return path

    return write


@pytest.fixture
def csv_file(tmp_path: Path) -> Callable[..., Path]:
    def write(rows: Rows, name: str = "in.csv") -> Path:
        path = tmp_path / name
        with path.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows(rows)
        return path

    return write


class Imports:
    """Plan, run and inspect imports on one test database (the ``ctx`` fixture)."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx

    def plan(
        self, path: Path, *, entity: str = "contacts", sheet: str | None = None, **options: Any
    ) -> ImportPlan:
        with open_source(path) as workbook:
            table = read_table(workbook, sheet=sheet)
            mapping = suggest_mapping(table, entity=entity)
            with self.ctx.reading() as session:
                return plan_import(session, table, mapping, **options)

    def run(
        self,
        path: Path,
        *,
        entity: str = "contacts",
        sheet: str | None = None,
        control: JobControl | None = None,
        **options: Any,
    ) -> ImportSummary:
        with open_source(path) as workbook:
            table = read_table(workbook, sheet=sheet)
            mapping = suggest_mapping(table, entity=entity)
            with self.ctx.transaction() as session:
                plan = plan_import(session, table, mapping, **options)
                return run_import(session, plan, source_name=path.name, control=control)

    def count(self, model: type[Any], *, live: bool = True) -> int:
        with self.ctx.reading() as session:
            query = select(func.count()).select_from(model)
            if live and hasattr(model, "deleted_at"):
                query = query.where(model.deleted_at.is_(None))
            return int(session.scalar(query) or 0)

    def contact_ids(self) -> list[int]:
        with self.ctx.reading() as session:
            query = select(models.Contact.id).where(models.Contact.deleted_at.is_(None))
            return list(session.scalars(query.order_by(models.Contact.id)))

    def people(self) -> list[dict[str, Any]]:
        """Every live contact as plain values (ids left out), sorted: for comparing two files."""
        found = []
        with self.ctx.reading() as session:
            rows = session.execute(
                select(models.Contact, models.Company.name)
                .outerjoin(models.Company, models.Company.id == models.Contact.company_id)
                .where(models.Contact.deleted_at.is_(None))
            ).all()
            for contact, company in rows:
                found.append(
                    {
                        "full_name": contact.full_name,
                        "given_name": contact.given_name,
                        "family_name": contact.family_name,
                        "company": company,
                        "job_title": contact.job_title,
                        "department": contact.department,
                        "birthday": (
                            contact.birthday_year,
                            contact.birthday_month,
                            contact.birthday_day,
                        ),
                        "gender": contact.gender,
                        "lifecycle": contact.lifecycle,
                        "lead_source": contact.lead_source,
                        "lead_score": contact.lead_score,
                        "marketing_consent": contact.marketing_consent,
                        "notes": contact.notes,
                        "personal_details": contact.personal_details,
                        "emails": channels.read_emails(session, "contact", contact.id),
                        "phones": [
                            (p.label, p.value)
                            for p in channels.read_phones(session, "contact", contact.id)
                        ],
                        "addresses": channels.read_addresses(session, "contact", contact.id),
                        "tags": tags.read_tags(session, "contact", contact.id),
                        "custom": dict(contact.custom or {}),
                    }
                )
        return sorted(found, key=lambda p: (p["full_name"], str(p["emails"])))


@pytest.fixture
def imports(ctx: AppContext) -> Imports:
    return Imports(ctx)


def database_content(path: Path) -> bytes:
    """The database file's content (after a checkpoint), to prove it did not change."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump()).encode()
    finally:
        connection.close()


@pytest.fixture
def fingerprint() -> Callable[[Path], bytes]:
    return database_content
