"""Detail pages in Persian: the header line reads right to left, phones and emails as typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocument, QUndoStack
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.errors import ValidationError
from crmdesk.services import companies, contacts
from crmdesk.services.changes import Changes
from crmdesk.services.channels import Labeled
from crmdesk.ui.bidi import LRI, RLM
from crmdesk.ui.delegates.text_delegate import IsolatingDelegate
from crmdesk.ui.dialogs.new_contact import NewContactDialog
from crmdesk.ui.views.company_detail import CompanyDetailPage
from crmdesk.ui.views.contact_detail import ContactDetailPage
from crmdesk.ui.widgets.inline_editors import BirthdayField

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


def test_a_birth_year_shows_and_takes_persian_digits(persian: None, qtbot: QtBot) -> None:
    field = BirthdayField()
    qtbot.addWidget(field)
    field.set_value((1962, 7, 2))
    assert field.year.text() == "۱۹۶۲"  # no thousands separator in a year
    field.year.setText("")
    field.year.insert("۱۳۴۱")  # typed on a Persian keyboard
    assert field.value() == (1341, 7, 2)


# a shown dialog changing its size limits: the offscreen platform only says it cannot tell a
# window manager (a real platform says nothing)
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_validation_message_in_the_new_contact_dialog_leaves_no_gap(host: Host) -> None:
    dialog = NewContactDialog(lambda _text: [], host)
    dialog.open()
    before = dialog.height()
    dialog.show_error(ValidationError("“ali@@x” is not a valid email address.", field="email"))
    message = dialog.rows["email"].message_label
    assert message.isVisible()
    assert dialog.height() - before <= message.sizeHint().height() // 2 + 4  # the line's room


def test_the_international_hint_is_readable_and_not_repeated(ctx: AppContext, host: Host) -> None:
    person, _company = _person(ctx)
    with ctx.transaction() as session:
        contacts.update_contact(
            session,
            person,
            phones=[Labeled("mobile", "+1 312-750-4120"), Labeled("work", "0908 563 760")],
            region="SK",
        )
    page = ContactDetailPage(ctx, host)
    page.show_record(person)
    same, local = (row.hint for row in page.phones.rows())
    assert same.isHidden()  # "+1 312-750-4120" is already international
    assert local.text() == "+421 908 563 760"


def test_a_companys_people_keep_name_and_job_title_each_in_its_direction(
    persian: None, ctx: AppContext, host: Host, visual: VisualOrder
) -> None:
    _person_id, company = _person(ctx)
    page = CompanyDetailPage(ctx, host)
    page.show_record(company)
    item = page.people.item(0)
    assert item.text() == "مصطفی محمدی  ·  Sales Manager."  # the data stays plain
    option = QStyleOptionViewItem()
    delegate = page.people.itemDelegate()
    assert isinstance(delegate, IsolatingDelegate)
    delegate.initStyleOption(option, page.people.indexFromItem(item))
    # Read from the right: the job title's line is at the left end. Separators are left out
    # of the comparison: Qt does not always report the glyph runs of fallback fonts.
    assert _letters(visual(option.text, RTL)).startswith("SalesManager.")


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch not in " ·")
