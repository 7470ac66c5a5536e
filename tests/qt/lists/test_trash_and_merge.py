"""The Trash page, merging two contacts, and the Companies page, through real widgets."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.services import contacts, trash
from crmdesk.services.changes import Changes
from crmdesk.ui.dialogs.merge_contacts import MergeDialog
from crmdesk.ui.dialogs.text_prompt import TextPrompt
from crmdesk.ui.models.company_table import CompanyTableModel
from crmdesk.ui.views.companies_page import CompaniesPage
from crmdesk.ui.views.contacts_page import ContactsPage
from crmdesk.ui.views.trash_page import TrashPage

AddContact = Callable[..., int]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def trash_ids(ctx: AppContext, ids: list[int]) -> None:
    with ctx.transaction() as session:
        contacts.trash_contacts(session, ids)


def test_trash_lists_deleted_records_and_restores_the_selected_one(
    trash_page: TrashPage, add_contact: AddContact, ctx: AppContext, qtbot: QtBot
) -> None:
    page = trash_page
    assert page.stack.currentWidget() is page.empty
    first, second = add_contact("Nima"), add_contact("Olga")
    trash_ids(ctx, [first, second])
    page.on_changed(Changes().add("deleted", "contact", first))
    assert page.model.rowCount() == 2
    assert page.header.subtitle_label.text() == "2 deleted records"
    row = next(r for r in range(2) if page.model.item(r).title == "Olga")
    page.table.selectRow(row)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert [page.model.item(r).title for r in range(page.model.rowCount())] == ["Nima"]
    with ctx.reading() as session:
        assert contacts.get_contact(session, second).deleted_at is None


def test_emptying_the_trash_asks_first_and_erases_on_yes(
    trash_page: TrashPage, add_contact: AddContact, ctx: AppContext, qtbot: QtBot
) -> None:
    page = trash_page
    trash_ids(ctx, [add_contact("Nima")])
    page.reload()
    qtbot.mouseClick(page.empty_button, Qt.MouseButton.LeftButton)
    box = page.confirmation
    assert isinstance(box, QMessageBox)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    page.ask_empty()
    box = page.confirmation
    assert isinstance(box, QMessageBox)
    erase = next(b for b in box.buttons() if b.text() == "Empty Trash")
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.empty
    with ctx.reading() as session:
        assert trash.count_trash(session) == 0


def test_merging_two_selected_contacts_then_undo_separates_them(
    contacts_page: ContactsPage, add_contact: AddContact, ctx: AppContext, qtbot: QtBot
) -> None:
    keep = add_contact("Reza Karimi", lead_score=10)
    other = add_contact("Reza Karimy", job_title="Buyer", tag_names=("Tehran",))
    page = contacts_page
    page.reload()
    page.table.selectAll()
    assert page.merge_action.isEnabled()
    page.merge_action.trigger()
    dialog = page.list_actions.dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.model.total == 1
    with ctx.reading() as session:
        kept = contacts.get_contact(session, keep)
    assert (kept.job_title, kept.tags) == ("Buyer", ["Tehran"])
    page.undo_stack.undo()
    assert page.model.total == 2
    with ctx.reading() as session:
        assert contacts.get_contact(session, keep).job_title is None
        assert contacts.get_contact(session, other).deleted_at is None


def test_companies_page_lists_companies_and_adds_one(
    companies_page: CompaniesPage, add_contact: AddContact, qtbot: QtBot
) -> None:
    page = companies_page
    assert page.stack.currentWidget() is page.empty
    add_contact("Sara", company="Kish Air")
    page.reload()
    page.new_record()
    dialog = page.list_actions.dialog
    assert isinstance(dialog, TextPrompt)
    qtbot.keyClicks(dialog.edit, "Alborz Steel")
    with qtbot.waitSignal(page.open_record) as opened:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert opened.args[0] == "company"
    column = page.model.column_index(CompanyTableModel.NAME)
    names = [page.model.index(r, column).data() for r in range(page.model.rowCount())]
    assert names == ["Alborz Steel", "Kish Air"]
    assert page.header.subtitle_label.text() == "2 companies"


def test_deleting_a_company_then_undo_brings_it_back(
    companies_page: CompaniesPage, add_contact: AddContact, qtbot: QtBot
) -> None:
    add_contact("Sara", company="Kish Air")
    page = companies_page
    page.reload()
    page.table.selectRow(0)
    page.list_actions.delete.trigger()
    assert page.stack.currentWidget() is page.empty
    page.undo_stack.undo()
    assert page.model.total == 1
