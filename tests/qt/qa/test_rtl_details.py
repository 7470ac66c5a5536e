"""Detail pages in Persian: the header line reads right to left, phones and emails as typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument, QUndoStack
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.services import companies, contacts
from crmdesk.services.changes import Changes
from crmdesk.services.channels import Labeled
from crmdesk.ui.bidi import LRI, RLM
from crmdesk.ui.views.company_detail import CompanyDetailPage
from crmdesk.ui.views.contact_detail import ContactDetailPage

VisualOrder = Callable[[str, Qt.LayoutDirection], str]  # the `visual` fixture

RTL = Qt.LayoutDirection.RightToLeft


class Host(QWidget):
    """What the main window offers a page: ctx, changes broadcast, undo stack, open_record."""

    changed = Signal(object)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)

    def notify_changed(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def open_record(self, entity: str, record_id: int) -> None:
        """Not needed here."""


@pytest.fixture
def host(qtbot: QtBot, ctx: AppContext) -> Iterator[Host]:
    widget = Host(ctx)
    qtbot.addWidget(widget)
    yield widget


def _person(ctx: AppContext, name: str = "مصطفی محمدی") -> tuple[int, int]:
    with ctx.transaction() as session:
        company, _ = companies.create_company(
            session, values={"name": "Acme Inc.", "website": "acme.example"}
        )
        person, _ = contacts.create_contact(
            session,
            values={"full_name": name, "job_title": "Sales Manager.", "company_id": company},
            emails=[Labeled("work", "m@acme.example")],
            phones=[Labeled("mobile", "+1 312-750-4120"), Labeled("work", "+98 21 8865 4321")],
        )
    return person, company


def _plain(rich_text: str) -> str:
    document = QTextDocument()
    document.setHtml(rich_text)
    return document.toPlainText()


def test_the_header_line_reads_right_to_left_whatever_its_first_word(
    persian: None, ctx: AppContext, host: Host, visual: VisualOrder
) -> None:
    person, _company = _person(ctx)
    page = ContactDetailPage(ctx, host)
    page.show_record(person)
    text = page.header.subtitle.text()
    assert text.startswith(RLM)  # the line follows the window, not "Sales Manager."
    shown = visual(_plain(text), RTL)
    assert shown.endswith("Sales Manager.") and shown.startswith("Acme Inc.")


def test_phone_and_email_editors_and_the_call_menu_stay_left_to_right(
    persian: None, ctx: AppContext, host: Host
) -> None:
    person, _company = _person(ctx)
    page = ContactDetailPage(ctx, host)
    page.show_record(person)
    editors = [row.value for row in page.phones.rows() + page.emails.rows()]
    assert editors and all(e.layoutDirection() == Qt.LayoutDirection.LeftToRight for e in editors)
    menu = page.call_button.menu()
    assert menu is not None
    assert all(action.text().startswith(LRI) for action in menu.actions())


def test_a_short_chinese_name_keeps_its_badge_beside_it(ctx: AppContext, host: Host) -> None:
    person, _company = _person(ctx, "王敏")
    page = ContactDetailPage(ctx, host)
    page.show_record(person)
    title = page.header.title
    assert title.minimumSizeHint().width() <= title.sizeHint().width()


def test_a_company_website_reads_left_to_right_in_its_header(
    persian: None, ctx: AppContext, host: Host, visual: VisualOrder
) -> None:
    _person_id, company = _person(ctx)
    page = CompanyDetailPage(ctx, host)
    page.show_record(company)
    assert visual(_plain(page.header.subtitle.text()), RTL) == "acme.example"
    assert page.rows["website"].editor.layoutDirection() == Qt.LayoutDirection.LeftToRight
