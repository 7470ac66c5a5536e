"""The record lists in Persian: phones and emails read as typed, Latin names stay whole."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.services import companies, contacts
from crmdesk.services.channels import Labeled
from crmdesk.ui.bidi import isolate, left_to_right
from crmdesk.ui.delegates.text_delegate import IsolatingDelegate
from crmdesk.ui.models.contact_table import ContactTableModel
from crmdesk.ui.views.contacts_page import ContactsPage
from crmdesk.ui.views.record_table_view import PHONE_SAMPLE
from crmdesk.ui.views.trash_page import TrashPage

VisualOrder = Callable[[str, Qt.LayoutDirection], str]  # the `visual` fixture

PHONE = "+1 312-750-4120"
RTL = Qt.LayoutDirection.RightToLeft


def _add_person(ctx: AppContext) -> int:
    with ctx.transaction() as session:
        company, _ = companies.create_company(session, values={"name": "Wilson Retail Inc."})
        person, _ = contacts.create_contact(
            session,
            values={"full_name": "مصطفی محمدی", "company_id": company},
            emails=[Labeled("work", "m.mohammadi@example.com")],
            phones=[Labeled("mobile", PHONE)],
        )
    return person


def _page(qtbot: QtBot, ctx: AppContext, width: int = 1100) -> ContactsPage:
    page = ContactsPage(ctx)
    qtbot.addWidget(page)
    page.setMinimumSize(640, 400)  # fixed constraints: no size-hint churn once shown
    page.resize(1100, 600)
    with qtbot.waitExposed(page):
        page.show()
    page.resize(width, 600)  # the columns are fitted to the width while the list shows
    return page


def test_phone_cells_read_as_typed_in_a_persian_list(
    persian: None, ctx: AppContext, qtbot: QtBot, visual: VisualOrder
) -> None:
    _add_person(ctx)
    model = _page(qtbot, ctx).model
    phone = model.index(0, model.column_index(ContactTableModel.PHONE)).data()
    email = model.index(0, model.column_index(ContactTableModel.EMAIL)).data()
    assert phone == left_to_right(PHONE)
    assert visual(phone, RTL) == PHONE
    assert visual(email, RTL) == "m.mohammadi@example.com"


def test_list_cells_are_drawn_isolated_while_the_data_stays_plain(
    persian: None, ctx: AppContext, qtbot: QtBot, visual: VisualOrder
) -> None:
    _add_person(ctx)
    page = _page(qtbot, ctx)
    index = page.model.index(0, page.model.column_index(ContactTableModel.COMPANY))
    delegate = page.table.itemDelegate()
    assert isinstance(delegate, IsolatingDelegate)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, index)
    assert index.data() == "Wilson Retail Inc."
    assert option.text == isolate("Wilson Retail Inc.")
    assert visual(option.text, RTL) == "Wilson Retail Inc."  # not ".Wilson Retail Inc"


def test_trash_names_are_drawn_isolated_too(ctx: AppContext, qtbot: QtBot) -> None:
    page = TrashPage(ctx)
    qtbot.addWidget(page)
    assert isinstance(page.table.itemDelegate(), IsolatingDelegate)


def test_a_narrow_list_never_cuts_a_phone_number_short(ctx: AppContext, qtbot: QtBot) -> None:
    _add_person(ctx)
    page = _page(qtbot, ctx, width=1000)  # narrow enough that text columns shrink
    column = page.model.column_index(ContactTableModel.PHONE)
    needed = page.table.fontMetrics().horizontalAdvance(PHONE_SAMPLE)
    assert page.table.horizontalHeader().sectionSize(column) > needed
