"""The contact page: in-place edits are stored, refused ones are explained beside the field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.services.contacts import ContactDetail, get_contact
from crmdesk.ui.views.contact_detail import ContactDetailPage
from crmdesk.ui.widgets.labeled_list_editor import LabeledListEditor

from .conftest import Host, People


def stored(ctx: AppContext, contact_id: int) -> ContactDetail:
    with ctx.reading() as session:
        return get_contact(session, contact_id)


def type_into(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type ``text`` (QTest can only send ASCII keys; other scripts are inserted as typed)."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Replace the text the way a user does, then press Enter to finish the edit."""
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_into(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def new_row_value(editor: LabeledListEditor) -> QLineEdit:
    editor.add_button.click()
    return editor.rows()[-1].value


def test_editing_the_job_title_in_place_stores_it(
    contact_page: ContactDetailPage, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    editor = contact_page.rows["job_title"].editor
    assert isinstance(editor, QLineEdit)
    assert editor.text() == "Technik"
    retype(qtbot, editor, "Vedúci výroby")
    assert stored(ctx, people.jan).job_title == "Vedúci výroby"
    assert "Vedúci výroby" in contact_page.header.subtitle.text()


def test_a_bad_email_is_explained_beside_the_field_and_nothing_is_saved(
    contact_page: ContactDetailPage, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    before = stored(ctx, people.jan)
    edit = new_row_value(contact_page.emails)
    qtbot.keyClicks(edit, "x@")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    row = contact_page.emails.rows()[-1]
    assert row.field.error == "“x@” is not a valid email address."
    assert row.field.message_label.isVisibleTo(contact_page)
    assert edit.text() == "x@"  # the editor keeps what was typed
    after = stored(ctx, people.jan)
    assert after.emails == before.emails
    assert after.updated_at == before.updated_at


def test_correcting_a_refused_email_saves_it_and_clears_the_message(
    contact_page: ContactDetailPage, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    edit = new_row_value(contact_page.emails)
    qtbot.keyClicks(edit, "x@")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    retype(qtbot, edit, "x@kystroj.sk")
    assert [e.value for e in stored(ctx, people.jan).emails] == ["jan@kystroj.sk", "x@kystroj.sk"]
    assert contact_page.emails.error == ""


def test_a_phone_typed_in_persian_digits_is_stored_as_e164(
    contact_page: ContactDetailPage, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    edit = new_row_value(contact_page.phones)
    type_into(qtbot, edit, "۰۰۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    phones = stored(ctx, people.jan).phones
    assert [(p.value, p.e164) for p in phones][-1] == ("۰۰۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹", "+989123456789")
    assert contact_page.phones.rows()[-1].hint.text() == "+98 912 345 6789"  # readable E.164


def test_tags_are_added_and_removed_as_chips(
    contact_page: ContactDetailPage, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    chips = contact_page.header.tags
    chips.add_button.click()
    type_into(qtbot, chips.entry, "VIP, Žilina")
    qtbot.keyClick(chips.entry, Qt.Key.Key_Return)
    assert stored(ctx, people.jan).tags == ["VIP", "Žilina"]
    assert [chip.text() for chip in chips.chips()] == ["VIP", "Žilina"]
    chips.chips()[0].remove_button.click()
    assert stored(ctx, people.jan).tags == ["Žilina"]
    assert [chip.text() for chip in chips.chips()] == ["Žilina"]


def test_an_edit_is_undone_from_the_shell_undo_stack(
    contact_page: ContactDetailPage, host: Host, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    editor = contact_page.rows["job_title"].editor
    assert isinstance(editor, QLineEdit)
    retype(qtbot, editor, "Mechanik")
    assert host.undo_stack.count() == 1
    host.undo_stack.undo()
    assert stored(ctx, people.jan).job_title == "Technik"
    assert editor.text() == "Technik"  # the page followed the broadcast change
    host.undo_stack.redo()
    assert stored(ctx, people.jan).job_title == "Mechanik"


def test_a_phone_edit_is_undone_as_a_whole_list(
    contact_page: ContactDetailPage, host: Host, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    edit = new_row_value(contact_page.phones)
    qtbot.keyClicks(edit, "+421 41 562 3344")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert len(stored(ctx, people.jan).phones) == 2
    host.undo_stack.undo()
    assert [p.value for p in stored(ctx, people.jan).phones] == ["+421 905 123 456"]


def test_ctrl_s_commits_the_editor_that_has_focus(
    contact_page: ContactDetailPage, host: Host, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    host.show()
    editor = contact_page.rows["department"].editor
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    type_into(qtbot, editor, "Výroba")
    assert stored(ctx, people.jan).department is None
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(ctx, people.jan).department == "Výroba"


def test_birthday_without_a_year_is_stored(
    contact_page: ContactDetailPage, ctx: AppContext, people: People
) -> None:
    birthday = contact_page.rows["birthday"].editor
    birthday.day.setCurrentIndex(birthday.day.findData(21))  # type: ignore[attr-defined]
    birthday.day.activated.emit(0)  # type: ignore[attr-defined]
    assert stored(ctx, people.jan).birthday_day is None  # half a birthday waits
    birthday.month.setCurrentIndex(birthday.month.findData(3))  # type: ignore[attr-defined]
    birthday.month.activated.emit(0)  # type: ignore[attr-defined]
    detail = stored(ctx, people.jan)
    assert (detail.birthday_year, detail.birthday_month, detail.birthday_day) == (None, 3, 21)


def test_a_lead_score_out_of_range_is_refused_beside_the_field(
    contact_page: ContactDetailPage, ctx: AppContext, people: People
) -> None:
    contact_page.save_values(contact_page.rows["lead_score"], {"lead_score": 150})
    assert contact_page.rows["lead_score"].error == "Lead score must be between 0 and 100."
    assert stored(ctx, people.jan).lead_score is None


def test_choosing_a_company_by_typing_its_name_links_it(
    contact_page: ContactDetailPage, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    retype(qtbot, contact_page.company, "")
    assert stored(ctx, people.jan).company_id is None
    retype(qtbot, contact_page.company, "kysucke strojarne")
    assert stored(ctx, people.jan).company_id == people.company


def test_an_unknown_company_name_is_refused_beside_the_field(
    contact_page: ContactDetailPage, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    retype(qtbot, contact_page.company, "Nobody Ltd")
    assert contact_page.rows["company_id"].error == "That company does not exist."
    assert stored(ctx, people.jan).company_id == people.company


def test_the_company_link_in_the_header_opens_the_company(
    contact_page: ContactDetailPage, host: Host, people: People
) -> None:
    contact_page.header.subtitle.linkActivated.emit(f"company:{people.company}")
    assert host.opened == [("company", people.company)]


def test_call_and_email_buttons_open_tel_and_mailto_urls(
    contact_page: ContactDetailPage, people: People
) -> None:
    contact_page.call_button.click()
    contact_page.email_button.click()
    contact_page.phones.rows()[0].act.click()
    assert people.opened_urls == ["tel:+421905123456", "mailto:jan@kystroj.sk", "tel:+421905123456"]


def test_next_and_previous_record_keys_follow_the_navigator(
    contact_page: ContactDetailPage, host: Host, people: People, qtbot: QtBot
) -> None:
    order = [people.jan, people.wang]

    def neighbour(record_id: int, step: int) -> int | None:
        index = order.index(record_id) + step
        return order[index] if 0 <= index < len(order) else None

    contact_page.navigator = neighbour
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    editor = contact_page.rows["job_title"].editor
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(editor, Qt.Key.Key_BracketRight, ctrl)
    qtbot.keyClick(editor, Qt.Key.Key_BracketLeft, ctrl)  # no record before Jan: stays
    contact_page.show_record(people.wang)
    qtbot.keyClick(contact_page, Qt.Key.Key_Up, alt)
    assert host.opened == [("contact", people.wang), ("contact", people.jan)]


def test_tab_moves_through_the_fields_in_screen_order(
    contact_page: ContactDetailPage, host: Host, qtbot: QtBot
) -> None:
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    contact_page.emails.add_button.click()  # a row added later still sits in its place
    start = contact_page.rows["job_title"].editor
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    visited = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    first_email, new_email = contact_page.emails.rows()
    assert visited == [
        contact_page.rows["department"].editor,
        first_email.label,
        first_email.value,
        first_email.act,
    ]
    assert new_email.label.nextInFocusChain() is new_email.value
