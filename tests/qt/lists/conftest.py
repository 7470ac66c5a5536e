"""Fixtures of the record-list tests: UI state in a temp folder, pages on the test's file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot
from sqlalchemy import func, insert, literal, select

from crmdesk.context import AppContext
from crmdesk.db.models import Contact
from crmdesk.db.types import UTCDateTime
from crmdesk.services import companies, contacts, tags
from crmdesk.ui.views.companies_page import CompaniesPage
from crmdesk.ui.views.contacts_page import ContactsPage
from crmdesk.ui.views.trash_page import TrashPage


@pytest.fixture(autouse=True)
def ui_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings() writes under the test's folder, never the user's real settings."""
    folder = tmp_path / "settings"
    QCoreApplication.setOrganizationName("crmdesk-tests")
    QCoreApplication.setApplicationName("lists")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


AddContact = Callable[..., int]


@pytest.fixture
def add_contact(ctx: AppContext) -> AddContact:
    """Create a contact through the service: ``add_contact("Ana", company="Acme", tags=[...])``."""
    company_ids: dict[str, int] = {}

    def add(
        name: str,
        *,
        company: str = "",
        tag_names: tuple[str, ...] = (),
        custom: dict[str, object] | None = None,
        **values: object,
    ) -> int:
        with ctx.transaction() as session:
            company_id = None
            if company:
                if company not in company_ids:
                    company_ids[company], _ = companies.create_company(
                        session, values={"name": company}
                    )
                company_id = company_ids[company]
            contact_id, _ = contacts.create_contact(
                session,
                values={"full_name": name, "company_id": company_id, **values},
                tag_names=list(tag_names),
                custom=custom,
            )
        return contact_id

    return add


@pytest.fixture
def many_contacts(ctx: AppContext) -> Callable[[int], None]:
    return lambda count: insert_many_contacts(ctx, count)


def insert_many_contacts(ctx: AppContext, count: int) -> None:
    """``count`` contacts ("Person 0000000"...) made inside SQLite by one Core INSERT … SELECT
    over a recursive CTE: ~100,000 rows a second, no Python row objects."""
    numbers = select(literal(0).label("i")).cte("numbers", recursive=True)
    numbers = numbers.union_all(select(numbers.c.i + 1).where(numbers.c.i < count - 1))
    name = literal("Person ") + func.printf("%07d", numbers.c.i)
    now = literal(datetime.now(UTC), UTCDateTime())
    columns = ["full_name", "sort_name", "name_order", "lifecycle", "marketing_consent"]
    columns += ["custom", "created_at", "updated_at"]
    rows = select(
        name, func.lower(name), literal("given_first"), literal("lead"), literal(False),
        literal("{}"), now, now,
    ).select_from(numbers)  # fmt: skip
    with ctx.transaction() as session:
        session.execute(insert(Contact).from_select(columns, rows))


@pytest.fixture
def tags_of(ctx: AppContext) -> Callable[[int], list[str]]:
    """The tags of a contact, read from the file."""

    def read(contact_id: int) -> list[str]:
        with ctx.reading() as session:
            return tags.read_tags(session, "contact", contact_id)

    return read


@pytest.fixture
def contacts_page(qtbot: QtBot, ctx: AppContext) -> ContactsPage:
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitExposed(page):
        page.show()
    return page


@pytest.fixture
def companies_page(qtbot: QtBot, ctx: AppContext) -> CompaniesPage:
    page = CompaniesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitExposed(page):
        page.show()
    return page


@pytest.fixture
def trash_page(qtbot: QtBot, ctx: AppContext) -> TrashPage:
    page = TrashPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 600)
    with qtbot.waitExposed(page):
        page.show()
    return page
