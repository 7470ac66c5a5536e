"""The Today page: sections, ticking tasks done in place, undo, birthdays, empty states."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.services import contacts, tasks
from crmdesk.ui import ops
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.views.today_page import TodayPage
from crmdesk.ui.views.today_sections import ItemRow

from .conftest import AddContact, AddTask, reload


def _titles(page: TodayPage, key: str) -> list[str]:
    return [row.spec.title for row in page.sections[key].rows]


def _row(page: TodayPage, key: str, title: str) -> ItemRow:
    return next(row for row in page.sections[key].rows if row.spec.title == title)


def test_an_empty_file_offers_the_demo_file_and_an_import(today: TodayPage) -> None:
    assert today.is_welcoming()
    assert today.welcome.isVisibleTo(today)


def test_nothing_due_says_all_caught_up(
    window: MainWindow, today: TodayPage, add_contact: AddContact, qtbot: QtBot
) -> None:
    add_contact("Žofia Nováková")
    with qtbot.waitSignal(today.loaded):
        window.quick.refresh()  # F5's work: the contact was added without a broadcast
    assert today.is_caught_up()
    assert "caught up" in today.caught_up.title_label.text()


def test_today_lists_an_overdue_task_and_ticking_it_done_removes_it_and_undo_brings_it_back(
    window: MainWindow, today: TodayPage, add_contact: AddContact, add_task: AddTask,
    ctx: AppContext, qtbot: QtBot,
) -> None:  # fmt: skip
    jan = add_contact("Ján Kováčik")
    task_id = add_task(
        "Send the offer", due_at=datetime.now(UTC) - timedelta(days=3), contact_id=jan
    )
    reload(qtbot, today)
    assert _titles(today, "overdue") == ["Send the offer"]
    assert today.sections["overdue"].count.text() == "1"
    row = _row(today, "overdue", "Send the offer")
    assert row.spec.when == "3 days late" and row.spec.late
    assert row.check is not None
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _titles(today, "overdue") == [])
    with ctx.reading() as session:
        assert tasks.get_task(session, task_id).done
    assert today.notice.isVisibleTo(today)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: _titles(today, "overdue") == ["Send the offer"])
    with ctx.reading() as session:
        assert not tasks.get_task(session, task_id).done


def test_clicking_a_task_opens_its_contact(
    window: MainWindow, today: TodayPage, add_contact: AddContact, add_task: AddTask,
    qtbot: QtBot,
) -> None:  # fmt: skip
    jan = add_contact("Ján Kováčik")
    add_task("Call back", due_at=datetime.now(UTC) - timedelta(days=1), contact_id=jan)
    reload(qtbot, today)
    row = _row(today, "overdue", "Call back")
    qtbot.mouseClick(row.title, Qt.MouseButton.LeftButton)
    assert window.current_record() == ("contact", jan)


def test_birthdays_section_shows_a_contact_whose_birthday_is_in_three_days(
    today: TodayPage, add_contact: AddContact, qtbot: QtBot
) -> None:
    day = (datetime.now().astimezone() + timedelta(days=3)).date()
    add_contact("مریم احمدی", birthday_month=day.month, birthday_day=day.day, birthday_year=1990)
    add_contact("Not this week", birthday_month=day.month, birthday_day=day.day)
    add_contact("Far away", **_birthday_in(days=30))
    reload(qtbot, today)
    assert sorted(_titles(today, "birthdays")) == ["Not this week", "مریم احمدی"]
    row = _row(today, "birthdays", "مریم احمدی")
    assert f"turns {day.year - 1990}" in row.spec.detail
    assert row.spec.targets[0][0] == "contact"


def _birthday_in(*, days: int) -> dict[str, int]:
    day = (datetime.now().astimezone() + timedelta(days=days)).date()
    return {"birthday_month": day.month, "birthday_day": day.day}


def test_a_long_section_shows_the_first_rows_and_expands(
    today: TodayPage, add_task: AddTask, qtbot: QtBot
) -> None:
    for number in range(9):
        add_task(f"Task {number}", due_at=datetime.now(UTC) - timedelta(days=2, minutes=number))
    reload(qtbot, today)
    section = today.sections["overdue"]
    assert len(section.rows) == 6 and section.count.text() == "9"
    assert section.more.text() == "Show all 9"
    qtbot.mouseClick(section.more, Qt.MouseButton.LeftButton)
    assert len(section.rows) == 9


def test_ctrl_l_on_a_focused_row_logs_with_that_person(
    window: MainWindow, today: TodayPage, add_contact: AddContact, add_task: AddTask,
    qtbot: QtBot,
) -> None:  # fmt: skip
    jan = add_contact("Ján Kováčik")
    add_task("Call back", due_at=datetime.now(UTC) - timedelta(days=1), contact_id=jan)
    reload(qtbot, today)
    _row(today, "overdue", "Call back").setFocus()
    assert window.current_record() == ("contact", jan)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.quick.log_dialog
    assert dialog is not None
    chosen = dialog.who.chosen()
    assert chosen is not None and chosen.record_id == jan
    dialog.reject()


def test_the_welcome_gives_way_once_the_file_has_a_customer(
    window: MainWindow, today: TodayPage, qtbot: QtBot
) -> None:
    assert today.is_welcoming()
    with ops.user_action(window) as (session, changes):
        _id, made = contacts.create_contact(session, values={"full_name": "Žofia Nováková"})
        changes.merge(made)
    qtbot.waitUntil(lambda: not today.is_welcoming())
    assert today.is_caught_up()
