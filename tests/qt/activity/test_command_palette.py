"""Ctrl+K: records found as you type (any script), commands run by name, keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crmdesk.ui.dialogs.command_palette import CommandPalette
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.models.palette_model import Command, Entry, PaletteModel

from .conftest import AddContact, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(window: MainWindow, qtbot: QtBot) -> CommandPalette:
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    palette = window.quick.palette
    assert palette is not None and palette.isVisible()
    assert palette.edit.hasFocus()
    return palette


def _selected(palette: CommandPalette) -> Entry:
    row = palette.current_row()
    assert row is not None
    entry = palette.model.entry(row)
    assert entry is not None
    return entry


def test_ctrl_k_finds_a_persian_name_typed_with_arabic_yeh_and_enter_opens_it(
    window: MainWindow, qtbot: QtBot, add_contact: AddContact
) -> None:
    ali = add_contact("علی رضایی", company="فرش البرز")
    add_contact("Žofia Nováková")
    palette = _open(window, qtbot)
    type_text(palette.edit, "علي")  # typed with ARABIC LETTER YEH (U+064A)
    qtbot.waitUntil(lambda: any(e.record_id == ali for e in palette.model.entries()))
    titles = [(e.title, e.header) for e in palette.model.entries()]
    assert titles[:2] == [("People", True), ("علی رضایی", False)]
    assert _selected(palette).record_id == ali
    with qtbot.waitSignal(window.page_changed):
        qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert window.current_record() == ("contact", ali)
    assert window.quick.palette is None


def test_ctrl_k_runs_an_action_by_name(window: MainWindow, qtbot: QtBot) -> None:
    palette = _open(window, qtbot)
    qtbot.keyClicks(palette.edit, "log inter")
    palette.run_query()  # what the 120 ms debounce would do
    assert _selected(palette).title == "Log Interaction"
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)
    assert window.quick.log_dialog is not None
    window.quick.log_dialog.reject()


def test_a_page_name_shows_that_page_even_when_enter_beats_the_debounce(
    window: MainWindow, qtbot: QtBot
) -> None:
    palette = _open(window, qtbot)
    qtbot.keyClicks(palette.edit, "compan")
    qtbot.keyClick(palette.edit, Qt.Key.Key_Return)  # before the timer fired
    assert window.current_page_key() == "companies"


def test_up_and_down_skip_the_group_headings_and_escape_closes(
    window: MainWindow, qtbot: QtBot, add_contact: AddContact
) -> None:
    add_contact("Ana Novak")
    add_contact("Anatol Brown", company="Anacom")
    palette = _open(window, qtbot)
    qtbot.keyClicks(palette.edit, "ana")
    palette.run_query()
    selectable = [e for e in palette.model.entries() if e.selectable]
    assert _selected(palette) == selectable[0]
    for expected in selectable[1:]:
        qtbot.keyClick(palette.edit, Qt.Key.Key_Down)
        assert _selected(palette) == expected
    qtbot.keyClick(palette.edit, Qt.Key.Key_Down)  # stays on the last one
    assert _selected(palette) == selectable[-1]
    qtbot.keyClick(palette.edit, Qt.Key.Key_Up)
    assert _selected(palette) == selectable[-2]
    with qtbot.waitSignal(palette.closed):
        qtbot.keyClick(palette.edit, Qt.Key.Key_Escape)
    assert window.quick.palette is None


def test_nothing_found_says_so(window: MainWindow, qtbot: QtBot) -> None:
    palette = _open(window, qtbot)
    qtbot.keyClicks(palette.edit, "zzqx")
    palette.run_query()
    [entry] = palette.model.entries()
    assert entry.header and "zzqx" in entry.title
    assert palette.current_row() is None


def test_the_palette_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = PaletteModel()
    model.set_entries(
        [
            Entry("People", header=True),
            Entry("Ana", subtitle="Acme", icon="contacts", entity="contact", record_id=1),
            Entry("Actions", header=True),
            Entry("Import", trailing="Ctrl+I", command=Command("Import", lambda: None)),
        ]
    )
    qtmodeltester.check(model)
    assert model.next_selectable(0, 1) == 1
    assert model.next_selectable(2, -1) == 1
