"""Fixtures of the detail-page tests: a host window stand-in and people to show."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from crmdesk.context import AppContext
from crmdesk.db.models import ChangeLogEntry, Contact
from crmdesk.services import companies, contacts
from crmdesk.services.changes import Changes
from crmdesk.services.channels import Labeled
from crmdesk.ui.views.company_detail import CompanyDetailPage
from crmdesk.ui.views.contact_detail import ContactDetailPage


class Host(QWidget):
    """What the main window offers a page: ctx, changes broadcast, undo stack, open_record."""

    changed = Signal(object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.opened: list[tuple[str, int]] = []

    def notify_changed(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def open_record(self, entity: str, record_id: int) -> None:
        self.opened.append((entity, record_id))


@dataclass
class People:
    """The records the tests work on."""

    jan: int
    wang: int
    company: int
    opened_urls: list[str] = field(default_factory=list)


@pytest.fixture
def people(ctx: AppContext) -> People:
    with ctx.transaction() as session:
        company, _ = companies.create_company(session, values={"name": "Kysucké strojárne"})
        jan, _ = contacts.create_contact(
            session,
            values={"full_name": "Ján Kováčik", "job_title": "Technik", "company_id": company},
            emails=[Labeled("work", "jan@kystroj.sk")],
            phones=[Labeled("mobile", "+421 905 123 456")],
        )
        wang, _ = contacts.create_contact(
            session,
            values={"full_name": "王秀英", "family_name": "王", "given_name": "秀英",
                    "name_order": "family_first", "company_id": company},
        )  # fmt: skip
        # Backdate creation, so later edits show on the timeline as their own items.
        month_ago = datetime.now(UTC) - timedelta(days=30)
        session.execute(update(ChangeLogEntry).values(changed_at=month_ago))
        session.execute(update(Contact).values(created_at=month_ago))
    return People(jan=jan, wang=wang, company=company)


@pytest.fixture
def host(qtbot: QtBot, ctx: AppContext) -> Host:
    widget = Host(ctx)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def contact_page(host: Host, ctx: AppContext, people: People) -> Iterator[ContactDetailPage]:
    """Jan's page inside the host, URLs recorded instead of opened."""
    page = ContactDetailPage(ctx, host)
    page.open_url = lambda url: people.opened_urls.append(url.toString()) is None
    page.show_record(people.jan)
    yield page


@pytest.fixture
def company_page(host: Host, ctx: AppContext, people: People) -> CompanyDetailPage:
    page = CompanyDetailPage(ctx, host)
    page.open_url = lambda url: people.opened_urls.append(QUrl(url).toString()) is None
    page.show_record(people.company)
    return page
