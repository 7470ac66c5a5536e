"""Ctrl+L: log an interaction with the current customer preselected, a follow-up, the keys."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.services import interactions, tasks
from crmdesk.ui import ops
from crmdesk.ui.dialogs.log_interaction import LogInteractionDialog
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.views.today_page import TodayPage
from crmdesk.ui.widgets.record_picker import Pick

from .conftest import AddContact, reload, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_dialog(window: MainWindow, qtbot: QtBot) -> LogInteractionDialog:
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    dialog = window.quick.log_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_ctrl_l_logs_a_call_for_the_current_contact_with_a_follow_up_that_today_lists(
    window: MainWindow, add_contact: AddContact, ctx: AppContext, qtbot: QtBot,
    today: TodayPage,
) -> None:  # fmt: skip
    jan = add_contact("Ján Kováčik", company="Kysucké strojárne")
    window.open_record("contact", jan)
    assert window.current_record() == ("contact", jan)
    dialog = _open_dialog(window, qtbot)
    assert dialog.who.chosen() == Pick("contact", jan, "Ján Kováčik", dialog.who.chosen().subtitle)  # type: ignore[union-attr]
    assert dialog.kind.value() == "call" and dialog.direction.currentData() == "outbound"
    assert QApplication.focusWidget() is dialog.subject
    qtbot.keyClicks(dialog.subject, "Price list for spring")
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Return)  # moves on, never closes
    assert dialog.isVisible()
    dialog.duration.setValue(15)
    dialog.follow_up.setChecked(True)
    assert dialog.task.text() == "Follow up with Ján Kováčik"
    due = QDateTime.currentDateTime().addDays(2)
    dialog.due.setDateTime(due)
    with qtbot.waitSignal(window.changed) as signal:
        qtbot.keyClick(dialog.task, Qt.Key.Key_Return, CTRL)
    assert signal.args[0].touches("interaction") and signal.args[0].touches("task")
    assert dialog.result_ids is not None and dialog.result_ids.task_id is not None
    with ctx.reading() as session:
        [call] = interactions.interactions_for(session, contact_id=jan)
        [task] = tasks.tasks_for(session, contact_id=jan)
    assert (call.kind, call.subject, call.duration_minutes) == ("call", "Price list for spring", 15)
    assert call.company_name == "Kysucké strojárne"
    assert task.title == "Follow up with Ján Kováčik" and task.interaction_id == call.id
    assert task.due_at is not None
    stored = datetime.fromtimestamp(due.toSecsSinceEpoch(), UTC)
    assert abs(task.due_at - stored) < timedelta(seconds=1)
    with qtbot.waitSignal(today.loaded):  # it was hidden: it reads again when shown
        window.show_page("today")
    assert "Follow up with Ján Kováčik" in [r.spec.title for r in today.sections["follow_ups"].rows]
    today.clock = lambda: due.toPython().astimezone() + timedelta(minutes=1)  # that day comes
    reload(qtbot, today)
    assert "Follow up with Ján Kováčik" in [r.spec.title for r in today.sections["due_today"].rows]


def test_the_local_time_is_stored_in_utc(
    window: MainWindow, add_contact: AddContact, ctx: AppContext, qtbot: QtBot
) -> None:
    ana = add_contact("Ana")
    window.log_interaction_for("contact", ana)
    dialog = window.quick.log_dialog
    assert dialog is not None
    moment = QDateTime.currentDateTime().addSecs(-3600)
    dialog.when.setDateTime(moment)
    dialog.save()
    with ctx.reading() as session:
        [call] = interactions.interactions_for(session, contact_id=ana)
    assert call.occurred_at.tzinfo is not None
    assert int(call.occurred_at.timestamp()) // 60 == moment.toSecsSinceEpoch() // 60


def test_without_a_customer_the_error_shows_beside_who_and_nothing_is_saved(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, add_contact: AddContact
) -> None:
    add_contact("Ana")
    dialog = _open_dialog(window, qtbot)
    assert dialog.who.chosen() is None
    assert QApplication.focusWidget() is dialog.who
    qtbot.keyClick(dialog.who, Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert "choose who" in dialog.rows["who"].error
    assert window.undo_stack.count() == 0


def test_the_who_picker_finds_people_as_you_type_in_any_script(
    window: MainWindow, qtbot: QtBot, add_contact: AddContact
) -> None:
    ali = add_contact("علی رضایی")
    dialog = _open_dialog(window, qtbot)
    type_text(dialog.who, "علي")  # Arabic yeh
    qtbot.waitUntil(lambda: dialog.who.suggestions.rowCount() == 1)
    assert dialog.who.popup.isVisible()
    qtbot.keyClick(dialog.who, Qt.Key.Key_Return)
    chosen = dialog.who.chosen()
    assert chosen is not None and (chosen.entity, chosen.record_id) == ("contact", ali)
    assert dialog.who.text() == "علی رضایی"


def test_escape_cancels_and_saves_nothing(
    window: MainWindow, qtbot: QtBot, add_contact: AddContact
) -> None:
    ana = add_contact("Ana")
    window.open_record("contact", ana)
    dialog = _open_dialog(window, qtbot)
    qtbot.keyClicks(dialog.subject, "never mind")
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.subject, Qt.Key.Key_Escape)
    assert window.undo_stack.count() == 0


def test_a_bad_duration_is_shown_next_to_the_field(
    window: MainWindow, qtbot: QtBot, add_contact: AddContact
) -> None:
    ana = add_contact("Ana")
    window.log_interaction_for("contact", ana)
    dialog = window.quick.log_dialog
    assert dialog is not None
    dialog.when.setDateTime(QDateTime.currentDateTime())
    from crmdesk.errors import ValidationError

    dialog.show_error(ValidationError("The duration cannot be negative.", field="duration_minutes"))
    assert dialog.rows["duration"].error == "The duration cannot be negative."


def test_the_type_row_is_keyboard_selectable(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _open_dialog(window, qtbot)
    dialog.kind.setFocus()
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Right)
    assert dialog.kind.value() == "meeting"
    assert dialog.direction.currentData() == "none"
    qtbot.keyClick(dialog.kind, Qt.Key.Key_6)
    assert dialog.kind.value() == "note"
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Home)
    assert dialog.kind.value() == "call"


def test_tab_goes_through_the_fields_in_reading_order(
    window: MainWindow, qtbot: QtBot, add_contact: AddContact
) -> None:
    ana = add_contact("Ana")
    window.log_interaction_for("contact", ana)
    dialog = window.quick.log_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.follow_up.setChecked(True)
    expected: list[QWidget] = [
        dialog.kind, dialog.who, dialog.when, dialog.duration, dialog.direction,
        dialog.subject, dialog.body, dialog.outcome, dialog.follow_up, dialog.task,
        dialog.due, dialog.priority, dialog.save_button, dialog.cancel_button,
    ]  # fmt: skip
    dialog.kind.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen == expected


def test_undo_takes_a_logged_interaction_back(
    window: MainWindow, ctx: AppContext, add_contact: AddContact
) -> None:
    ana = add_contact("Ana")
    window.log_interaction_for("contact", ana)
    dialog = window.quick.log_dialog
    assert dialog is not None
    dialog.subject.setText("Visit")
    dialog.follow_up.setChecked(True)
    dialog.save()
    window.undo_stack.undo()
    with ctx.reading() as session:
        assert interactions.interactions_for(session, contact_id=ana) == []
        assert tasks.tasks_for(session, contact_id=ana) == []
    window.undo_stack.redo()
    with ctx.reading() as session:
        assert len(interactions.interactions_for(session, contact_id=ana)) == 1
    assert isinstance(ops.record_counts(ctx), dict)


def test_the_contact_page_log_button_opens_the_dialog_for_that_person(
    window: MainWindow, qtbot: QtBot, add_contact: AddContact
) -> None:
    jan = add_contact("Ján Kováčik")
    page = window.open_record("contact", jan)
    button = getattr(page, "log_button", None)
    if button is None:
        pytest.skip("the contact page has no log button yet")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.quick.log_dialog
    assert dialog is not None
    chosen = dialog.who.chosen()
    assert chosen is not None and (chosen.entity, chosen.record_id) == ("contact", jan)
    dialog.reject()


def test_clearing_the_who_field_forgets_the_pick(
    window: MainWindow, qtbot: QtBot, add_contact: AddContact
) -> None:
    ana = add_contact("Ana")
    window.log_interaction_for("contact", ana)
    dialog = window.quick.log_dialog
    assert dialog is not None and dialog.who.chosen() is not None
    dialog.who.clear()
    assert dialog.who.chosen() is None
    dialog.save()
    assert dialog.isVisible() and dialog.rows["who"].error
