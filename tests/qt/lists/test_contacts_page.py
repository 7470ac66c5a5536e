"""The Contacts page through real widgets: create, edit, delete, undo, sort, filter, segments."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.services import contacts, trash
from crmdesk.ui.dialogs.new_contact import NewContactDialog
from crmdesk.ui.dialogs.text_prompt import TextPrompt
from crmdesk.ui.models.contact_table import ContactTableModel
from crmdesk.ui.views.contacts_page import ContactsPage

AddContact = Callable[..., int]
TagsOf = Callable[[int], list[str]]

CTRL = Qt.KeyboardModifier.ControlModifier
# the offscreen platform cannot size, raise or grab for dialogs and completer popups
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def names(page: ContactsPage) -> list[str]:
    model = page.model
    column = model.column_index(ContactTableModel.NAME)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select_rows(page: ContactsPage, qtbot: QtBot, *rows: int) -> None:
    page.table.clearSelection()
    for n, row in enumerate(rows):
        rect = page.table.visualRect(page.model.index(row, 0))
        modifier = CTRL if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def click_header(page: ContactsPage, qtbot: QtBot, key: str) -> None:
    header = page.table.horizontalHeader()
    section = page.model.column_index(key)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_new_contact_through_the_dialog_appears_in_the_list(
    contacts_page: ContactsPage, qtbot: QtBot
) -> None:
    page = contacts_page
    assert page.stack.currentWidget() is page.empty
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    dialog = page.list_actions.dialog
    assert isinstance(dialog, NewContactDialog)
    qtbot.keyClicks(dialog.name, "Mina Karimi")
    qtbot.keyClicks(dialog.email, "mina@example.ir")
    qtbot.keyClicks(dialog.company, "Parsian Trading")
    with qtbot.waitSignal(page.open_record) as opened:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert opened.args[0] == "contact"
    assert names(page) == ["Mina Karimi"]
    assert page.stack.currentWidget() is page.table
    assert page.header.subtitle_label.text() == "1 contact"
    company = page.model.index(0, page.model.column_index(ContactTableModel.COMPANY)).data()
    assert company == "Parsian Trading"


def test_new_contact_with_a_bad_email_shows_the_error_under_the_email(
    contacts_page: ContactsPage, qtbot: QtBot
) -> None:
    page = contacts_page
    page.new_record()
    dialog = page.list_actions.dialog
    assert isinstance(dialog, NewContactDialog)
    dialog.name.insert("Jana Nováková")  # keyClicks types ASCII only
    qtbot.keyClicks(dialog.email, "jana@@example")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "email" in dialog.rows["email"].error.lower()
    assert page.model.total == 0


def test_editing_a_name_in_the_list_then_undo_brings_the_old_name_back(
    contacts_page: ContactsPage, add_contact: AddContact, qtbot: QtBot, ctx: AppContext
) -> None:
    contact_id = add_contact("Ali Rezaei")
    page = contacts_page
    page.reload()
    index = page.model.index(0, page.model.column_index(ContactTableModel.NAME))
    page.table.setCurrentIndex(index)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.viewport().findChild(QLineEdit)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Ali Rezaei Tehrani")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: names(page) == ["Ali Rezaei Tehrani"])
    assert page.undo_stack.count() == 1
    page.undo_stack.undo()
    assert names(page) == ["Ali Rezaei"]
    with ctx.reading() as session:
        assert contacts.get_contact(session, contact_id).full_name == "Ali Rezaei"
    page.undo_stack.redo()
    assert names(page) == ["Ali Rezaei Tehrani"]


def test_delete_key_moves_the_selection_to_the_trash_and_undo_restores_it(
    contacts_page: ContactsPage, add_contact: AddContact, qtbot: QtBot, ctx: AppContext
) -> None:
    for name in ("Anna", "Boris", "Chen Wei"):
        add_contact(name)
    page = contacts_page
    page.reload()
    select_rows(page, qtbot, 1)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert names(page) == ["Anna", "Chen Wei"]
    assert page.notice.isVisible()
    with ctx.reading() as session:
        assert [item.title for item in trash.list_trash(session)] == ["Boris"]
    qtbot.mouseClick(page.notice.button, Qt.MouseButton.LeftButton)  # the notice's Undo
    assert names(page) == ["Anna", "Boris", "Chen Wei"]
    with ctx.reading() as session:
        assert trash.list_trash(session) == []


def test_clicking_a_header_sorts_in_sql_and_clicking_again_reverses(
    contacts_page: ContactsPage, add_contact: AddContact, qtbot: QtBot
) -> None:
    add_contact("Bita", company="Zagros Co")
    add_contact("Arash", company="Milad Ltd")
    add_contact("Cyrus", company="Alborz Inc")
    page = contacts_page
    page.reload()
    assert names(page) == ["Arash", "Bita", "Cyrus"]
    click_header(page, qtbot, ContactTableModel.NAME)  # already by name: now descending
    assert names(page) == ["Cyrus", "Bita", "Arash"]
    click_header(page, qtbot, ContactTableModel.COMPANY)
    assert names(page) == ["Cyrus", "Arash", "Bita"]
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == page.model.column_index(ContactTableModel.COMPANY)
    click_header(page, qtbot, ContactTableModel.EMAIL)  # not sortable: nothing changes
    assert names(page) == ["Cyrus", "Arash", "Bita"]


def test_typing_in_the_search_box_filters_after_a_pause(
    contacts_page: ContactsPage, add_contact: AddContact, qtbot: QtBot
) -> None:
    add_contact("Žofia Kováčová")
    add_contact("Peter Novák")
    page = contacts_page
    page.reload()
    qtbot.keyClicks(page.filter_bar.search, "zofia")
    qtbot.waitUntil(lambda: names(page) == ["Žofia Kováčová"])
    assert page.header.subtitle_label.text() == "1 of 2 contacts"
    qtbot.keyClicks(page.filter_bar.search, "xyz")
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.no_match)
    qtbot.mouseClick(page.no_match_clear, Qt.MouseButton.LeftButton)
    assert names(page) == ["Peter Novák", "Žofia Kováčová"]


def test_tag_filter_shows_only_tagged_people(
    contacts_page: ContactsPage, add_contact: AddContact
) -> None:
    add_contact("Hana", tag_names=("VIP",))
    add_contact("Ivo")
    page = contacts_page
    page.reload()
    combo = page.filter_bar._combos["tag"]
    combo.setCurrentIndex(combo.findData("VIP"))
    assert names(page) == ["Hana"]


def test_saving_a_segment_and_reopening_it_restores_the_filter(
    contacts_page: ContactsPage, add_contact: AddContact, qtbot: QtBot
) -> None:
    add_contact("Hana", tag_names=("VIP",), lifecycle="customer")
    add_contact("Ivo", lifecycle="customer")
    add_contact("Jan", tag_names=("VIP",))
    page = contacts_page
    page.reload()
    bar = page.filter_bar
    bar._combos["tag"].setCurrentIndex(bar._combos["tag"].findData("VIP"))
    bar._combos["lifecycle"].setCurrentIndex(bar._combos["lifecycle"].findData("customer"))
    assert names(page) == ["Hana"]
    qtbot.mouseClick(bar.save_button, Qt.MouseButton.LeftButton)
    dialog = page.list_actions.dialog
    assert isinstance(dialog, TextPrompt)
    qtbot.keyClicks(dialog.edit, "VIP customers")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert page.segments_panel.segment_names() == ["VIP customers"]
    bar.clear()
    assert names(page) == ["Hana", "Ivo", "Jan"]
    assert page.segments_panel.current_id() is None
    segment = page.segments_panel.list.item(1)
    rect = page.segments_panel.list.visualItemRect(segment)
    qtbot.mouseClick(
        page.segments_panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert names(page) == ["Hana"]
    assert bar._combos["tag"].currentData() == "VIP"
    assert bar._combos["lifecycle"].currentData() == "customer"


def test_a_duplicate_segment_name_is_explained_in_the_dialog(
    contacts_page: ContactsPage, add_contact: AddContact, qtbot: QtBot
) -> None:
    add_contact("Hana", tag_names=("VIP",))
    page = contacts_page
    page.reload()
    page.filter_bar.search.setText("Ha")
    page.filter_bar.flush()
    page.save_segment("Mine")
    page.list_actions.ask_segment_name()
    dialog = page.list_actions.dialog
    assert isinstance(dialog, TextPrompt)
    qtbot.keyClicks(dialog.edit, "mine")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "already exists" in dialog.error.text()


def test_bulk_tag_from_the_bulk_bar_then_undo_untags_only_those_it_tagged(
    contacts_page: ContactsPage, add_contact: AddContact, qtbot: QtBot, tags_of: TagsOf
) -> None:
    already = add_contact("Anna", tag_names=("Fair 2026",))
    fresh = add_contact("Boris")
    page = contacts_page
    page.reload()
    select_rows(page, qtbot, 0, 1)
    assert page.bulk_bar.isVisible() and page.bulk_bar.label.text() == "2 selected"
    page.list_actions.add_tag.trigger()
    dialog = page.list_actions.dialog
    assert isinstance(dialog, TextPrompt)
    qtbot.keyClicks(dialog.edit, "fair 2026")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert tags_of(fresh) == ["Fair 2026"]
    page.undo_stack.undo()
    assert tags_of(fresh) == []
    assert tags_of(already) == ["Fair 2026"]


def test_bulk_lifecycle_then_undo_gives_each_contact_its_own_back(
    contacts_page: ContactsPage, add_contact: AddContact, qtbot: QtBot
) -> None:
    add_contact("Anna", lifecycle="prospect")
    add_contact("Boris", lifecycle="former")
    page = contacts_page
    page.reload()
    page.table.selectAll()
    page.list_actions.set_lifecycle_of_selection("customer")
    column = page.model.column_index(ContactTableModel.LIFECYCLE)
    raw = [page.model.index(r, column).data(Qt.ItemDataRole.EditRole) for r in range(2)]
    assert raw == ["customer", "customer"]
    page.undo_stack.undo()
    raw = [page.model.index(r, column).data(Qt.ItemDataRole.EditRole) for r in range(2)]
    assert raw == ["prospect", "former"]


def test_enter_on_a_row_asks_to_open_that_contact(
    contacts_page: ContactsPage, add_contact: AddContact, qtbot: QtBot
) -> None:
    contact_id = add_contact("Anna")
    page = contacts_page
    page.reload()
    select_rows(page, qtbot, 0)
    with qtbot.waitSignal(page.open_record) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == ["contact", contact_id]


def test_hidden_columns_are_remembered_for_the_next_page(
    contacts_page: ContactsPage, add_contact: AddContact, qtbot: QtBot, ctx: AppContext
) -> None:
    page = contacts_page
    menu = page.table.column_menu()
    email = next(a for a in menu.actions() if a.text() == "Email")
    city = next(a for a in menu.actions() if a.text() == "City")
    email.trigger()
    city.trigger()
    assert "email" not in page.table.visible_keys()
    assert "city" in page.table.visible_keys()
    again = ContactsPage(ctx)
    qtbot.addWidget(again)
    assert again.table.visible_keys() == page.table.visible_keys()


def test_deleting_a_segment_removes_it_from_the_panel(
    contacts_page: ContactsPage, add_contact: AddContact
) -> None:
    add_contact("Hana", tag_names=("VIP",))
    page = contacts_page
    page.reload()
    page.filter_bar.search.setText("Ha")
    page.filter_bar.flush()
    segment_id = page.save_segment("Mine")
    page.segments_panel.delete_requested.emit(segment_id)
    assert page.segments_panel.segment_names() == []


def test_a_language_change_retitles_the_page_without_losing_the_filter(
    contacts_page: ContactsPage, add_contact: AddContact
) -> None:
    add_contact("Hana", lifecycle="customer")
    page = contacts_page
    page.reload()
    combo = page.filter_bar._combos["lifecycle"]
    combo.setCurrentIndex(combo.findData("customer"))
    page.changeEvent(QEvent(QEvent.Type.LanguageChange))
    assert combo.currentData() == "customer"
    assert combo.itemText(0) == "Any lifecycle"
    assert page.header.title_label.text() == "Contacts"
    assert names(page) == ["Hana"]
