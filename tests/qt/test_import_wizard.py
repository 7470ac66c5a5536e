"""The import wizard, driven like a user: choose a file, check the steps, import, undo."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.exchange.importing.model import DuplicatePolicy, RowAction
from crmdesk.jobs.runner import Job, writer_pool
from crmdesk.services import contact_list, contacts
from crmdesk.services.channels import Labeled
from crmdesk.ui.dialogs.import_wizard import ImportWizard
from crmdesk.ui.dialogs.import_wizard.wizard import MAPPING, PREVIEW, RUN, SHEET, SUMMARY
from crmdesk.ui.ops import RecordingHost

# The offscreen platform's note when a message box sizes itself; not a warning of ours.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton
TOOLTIP, BACKGROUND = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole
HEADER = ("Name", "Email", "Phone", "Company")
PEOPLE = (
    ("Jana Nováková", "jana@example.sk", "+421 905 111 222", "Tatra Trade"),
    ("Peter Horváth", "not an email", "+421 905 333 444", "Tatra Trade"),
    ("Ali Rezaei", "ali@example.ir", "+98 912 000 1111", ""),
    ("李伟", "li.wei@example.cn", "+86 138 0013 8000", "Shenzhen Parts"),
)


def write_xlsx(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Customers"
    sheet.append(["Customer list, November"])  # a title above the header, as people do
    sheet.append([])
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def names_in(ctx: AppContext) -> set[str]:
    with ctx.reading() as session:
        ids = contact_list.contact_id_page(
            session,
            contact_list.ContactFilter(),
            contact_list.ContactSort(),
            offset=0,
            limit=100,
        )
        return {row.full_name for row in contact_list.contact_rows(session, ids).values()}


@pytest.fixture
def people_file(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "customers.xlsx", HEADER, PEOPLE)


@pytest.fixture
def existing_ali(ctx: AppContext) -> int:
    """Ali is already in the file: the row with his email is a duplicate."""
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(
            session,
            values={"full_name": "Ali Rezaei"},
            emails=[Labeled("work", "ali@example.ir")],
        )
    return contact_id


@pytest.fixture
def host(ctx: AppContext) -> RecordingHost:
    return RecordingHost(ctx)


@pytest.fixture
def wizard(qtbot: QtBot, host: RecordingHost, tmp_path: Path) -> Iterator[ImportWizard]:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    dialog = ImportWizard(host, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog.run_page.running and dialog.run_page.job is not None:
        with qtbot.waitSignal(dialog.run_page.job.finished, timeout=20_000):
            dialog.run_page.cancel()
    dialog.close()


def click_next(qtbot: QtBot, wizard: ImportWizard) -> None:
    assert wizard.next_button.isEnabled(), wizard.page().title()
    qtbot.mouseClick(wizard.next_button, LEFT)


def to_preview(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    click_next(qtbot, wizard)
    assert wizard.current == SHEET
    click_next(qtbot, wizard)
    assert wizard.current == MAPPING
    click_next(qtbot, wizard)
    assert wizard.current == PREVIEW
    qtbot.waitUntil(lambda: wizard.state.plan is not None, timeout=20_000)


def test_wizard_imports_a_file_and_accounts_for_every_row(
    qtbot: QtBot, wizard: ImportWizard, people_file: Path, existing_ali: int, ctx: AppContext
) -> None:
    wizard.file_page.path_edit.setText(str(people_file))
    click_next(qtbot, wizard)
    assert wizard.current == SHEET
    assert wizard.state.table is not None
    assert wizard.state.table.header_row == 3  # found under the title and the blank row
    assert wizard.sheet_page.header_spin.value() == 3
    click_next(qtbot, wizard)
    mapping = wizard.state.mapping
    assert mapping is not None
    assert {"full_name", "email", "phone", "company"} <= mapping.mapped_fields
    assert wizard.mapping_page.question.isHidden()
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.state.plan is not None, timeout=20_000)
    assert wizard.state.plan is not None
    assert wizard.state.plan.counts() == {
        "rows": 4, "created": 2, "updated": 0, "skipped": 1, "failed": 1,
    }  # fmt: skip
    assert wizard.preview_page.tiles[RowAction.CREATE].number.text() == "2"
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.current == SUMMARY, timeout=30_000)
    summary = wizard.state.summary
    assert summary is not None
    assert (summary.rows, summary.created, summary.updated, summary.skipped, summary.failed) == (
        4, 2, 0, 1, 1,
    )  # fmt: skip
    assert summary.created + summary.updated + summary.skipped + summary.failed == summary.rows
    assert [p.row for p in summary.errors] == [5]  # Peter's row: sheet row 5
    assert wizard.summary_page.problems.rowCount() >= 1
    assert names_in(ctx) == {"Jana Nováková", "Ali Rezaei", "李伟"}
    assert wizard.summary_page.undo_button.isEnabled()


def test_preview_marks_the_bad_email_cell_and_the_duplicate(
    qtbot: QtBot, wizard: ImportWizard, people_file: Path, existing_ali: int
) -> None:
    to_preview(qtbot, wizard, people_file)
    model = wizard.preview_page.model
    rows = {model.planned(r).row: r for r in range(model.rowCount())}
    email = next(c for c in range(model.columnCount()) if model.column_key(c) == "email")
    bad = model.index(rows[5], email)
    assert "email" in (model.data(bad, TOOLTIP) or "").lower()  # tooltip says why
    assert model.data(bad, BACKGROUND) is not None  # tinted background
    duplicate = model.index(rows[6], 1)
    assert "Ali Rezaei" in (model.data(duplicate, TOOLTIP) or "")


def test_choosing_update_turns_the_duplicate_into_an_update(
    qtbot: QtBot, wizard: ImportWizard, people_file: Path, existing_ali: int
) -> None:
    to_preview(qtbot, wizard, people_file)
    wizard.preview_page.policy_buttons[1].click()
    qtbot.waitUntil(lambda: wizard.state.plan is not None, timeout=20_000)
    assert wizard.state.on_duplicate is DuplicatePolicy.UPDATE
    assert wizard.state.plan is not None
    assert wizard.state.plan.counts()["updated"] == 1


def test_cancel_during_the_run_changes_nothing(
    qtbot: QtBot, wizard: ImportWizard, people_file: Path, ctx: AppContext
) -> None:
    to_preview(qtbot, wizard, people_file)
    before = names_in(ctx)
    gate = threading.Event()
    blocker = Job(lambda _c: gate.wait(10), pool=writer_pool())  # holds the writer thread
    blocker.start()
    try:
        click_next(qtbot, wizard)
        assert wizard.current == RUN and wizard.run_page.running
        job = wizard.run_page.job
        assert job is not None
        with qtbot.waitSignal(job.cancelled, timeout=20_000):
            qtbot.mouseClick(wizard.cancel_button, LEFT)
            gate.set()
    finally:
        gate.set()
        qtbot.waitUntil(lambda: not blocker.running, timeout=10_000)
    assert wizard.isVisible()  # cancelling the import does not close the wizard
    assert "Nothing was changed" in wizard.run_page.result.message
    assert wizard.state.summary is None
    assert names_in(ctx) == before
    assert wizard.back_button.isVisible() and wizard.back_button.isEnabled()


def test_ambiguous_date_column_asks_for_the_date_order(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "birthdays.xlsx",
        ("Name", "Email", "Birthday"),
        [("Eva", "eva@example.sk", "03/04/1990"), ("Juraj", "juraj@example.sk", "05/06/1985")],
    )
    wizard.file_page.path_edit.setText(str(path))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.mapping_page
    assert page.question.isVisibleTo(wizard)
    assert "Birthday" in page.question.notice.message
    assert not wizard.next_button.isEnabled()  # never guessed: the user must answer
    page.question.buttons[next(iter(page.question.buttons))].click()
    assert wizard.next_button.isEnabled()


def test_unambiguous_dates_do_not_ask(qtbot: QtBot, wizard: ImportWizard, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "clear.xlsx",
        ("Name", "Birthday"),
        [("Eva", "23.04.1990"), ("Juraj", "05.11.1985")],
    )
    wizard.file_page.path_edit.setText(str(path))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.mapping_page.question.isHidden()
    assert wizard.next_button.isEnabled()


def test_undo_from_the_summary_removes_the_created_contacts(
    qtbot: QtBot, wizard: ImportWizard, people_file: Path, ctx: AppContext, host: RecordingHost
) -> None:
    to_preview(qtbot, wizard, people_file)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.current == SUMMARY, timeout=30_000)
    assert "Jana Nováková" in names_in(ctx)
    qtbot.mouseClick(wizard.summary_page.undo_button, LEFT)
    box = wizard.summary_page.confirm
    assert box is not None
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert names_in(ctx) == set()
    assert not wizard.summary_page.undo_button.isEnabled()
    assert host.announced and host.announced[-1].touches("contact")


def test_a_file_the_readers_refuse_keeps_the_wizard_on_the_first_page(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    wizard.file_page.path_edit.setText(str(broken))
    click_next(qtbot, wizard)
    assert wizard.current == 0
    assert "broken.xlsx" in wizard.file_page.error.message


def test_a_saved_mapping_is_loaded_for_the_next_file(
    qtbot: QtBot, wizard: ImportWizard, people_file: Path, tmp_path: Path
) -> None:
    wizard.file_page.path_edit.setText(str(people_file))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.mapping_page
    phone_row = next(
        i for i, c in enumerate(page.table.mapping.columns or []) if c.header == "Phone"
    )
    page.table.set_target(phone_row, "skip")
    saved = tmp_path / "map.json"
    assert page.write_mapping(saved)
    page.table.set_target(phone_row, "field:phone")
    assert page.apply_saved(saved)
    assert wizard.state.mapping is not None
    assert wizard.state.mapping.columns[phone_row].action.value == "skip"


def test_import_history_lists_the_import_and_undoes_it(
    qtbot: QtBot, wizard: ImportWizard, people_file: Path, ctx: AppContext, host: RecordingHost
) -> None:
    from crmdesk.ui.dialogs.import_wizard.history import ImportHistoryDialog

    to_preview(qtbot, wizard, people_file)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.current == SUMMARY, timeout=30_000)
    history = ImportHistoryDialog(host)
    qtbot.addWidget(history)
    assert history.table.rowCount() == 1
    assert history.table.item(0, 1).text() == "customers.xlsx"
    assert history.undo_button.isEnabled()
    history.ask_undo()
    assert history.confirm is not None
    qtbot.mouseClick(history.confirm.button(QMessageBox.StandardButton.Yes), LEFT)
    assert names_in(ctx) == set()
    assert not history.undo_button.isEnabled()
    assert history.message.message == "The import was undone."


def test_import_history_tells_how_many_records_it_kept_because_they_were_merged(
    qtbot: QtBot, wizard: ImportWizard, people_file: Path, ctx: AppContext, host: RecordingHost
) -> None:
    from sqlalchemy import select

    from crmdesk.db.models import Contact
    from crmdesk.services import merge
    from crmdesk.ui.dialogs.import_wizard.history import ImportHistoryDialog

    to_preview(qtbot, wizard, people_file)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.current == SUMMARY, timeout=30_000)
    with ctx.transaction() as session:
        ids = {name: id_ for name, id_ in session.execute(select(Contact.full_name, Contact.id))}
        merge.merge_contacts(session, keep_id=ids["Jana Nováková"], other_id=ids["Ali Rezaei"])
    history = ImportHistoryDialog(host)
    qtbot.addWidget(history)
    history.ask_undo()
    assert history.confirm is not None
    qtbot.mouseClick(history.confirm.button(QMessageBox.StandardButton.Yes), LEFT)
    assert names_in(ctx) == {"Jana Nováková"}
    assert history.message.message == (
        "The import was undone. 2 records merged since the import were kept as they are."
    )


def test_failed_rows_are_saved_with_their_reason(
    qtbot: QtBot, wizard: ImportWizard, people_file: Path, tmp_path: Path
) -> None:
    to_preview(qtbot, wizard, people_file)
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.current == SUMMARY, timeout=30_000)
    assert wizard.summary_page.save_button.isEnabled()
    target = tmp_path / "failed.xlsx"
    assert wizard.summary_page.write_failed(target)
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == HEADER
    assert rows[1][0] == "Peter Horváth"
    assert "email" in str(rows[1][4]).lower()
    assert "1" in wizard.summary_page.message.message


def test_an_unrecognised_column_becomes_a_custom_field(
    qtbot: QtBot, wizard: ImportWizard, tmp_path: Path, ctx: AppContext
) -> None:
    path = write_xlsx(
        tmp_path / "cards.xlsx",
        ("Name", "Loyalty card"),
        [("Eva Malá", "LC-0042"), ("Juraj Veľký", "LC-0043")],
    )
    to_preview(qtbot, wizard, path)
    mapping = wizard.state.mapping
    assert mapping is not None
    card = next(c for c in mapping.columns if c.header == "Loyalty card")
    assert card.action.value == "custom"
    click_next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.current == SUMMARY, timeout=30_000)
    with ctx.reading() as session:
        ids = contact_list.contact_id_page(
            session, contact_list.ContactFilter(), contact_list.ContactSort(), offset=0, limit=10
        )
        found = [contacts.get_contact(session, contact_id) for contact_id in ids]
    values = {person.full_name: person.custom for person in found}
    assert values["Eva Malá"] == {"loyalty_card": "LC-0042"}


def test_file_import_opens_the_wizard_from_the_window(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from crmdesk.ui.i18n import LanguageSwitcher
    from crmdesk.ui.main_window import MainWindow
    from crmdesk.ui.theme import ThemeController

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = app.palette()
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        settings=settings,
        languages=LanguageSwitcher(app),
        theme=ThemeController(app),
        persist=False,
    )
    qtbot.addWidget(window)
    window.set_context(ctx)
    try:
        window.commands.import_file.trigger()
        wizard = window.findChild(ImportWizard)
        assert wizard is not None and wizard.isVisible()
        history = next(a for a in window.menus.file.actions() if "History" in a.text())
        assert history.isEnabled()
        wizard.reject()
    finally:
        window.close()
        app.setPalette(palette)


def test_a_large_file_is_planned_in_the_background(
    qtbot: QtBot,
    wizard: ImportWizard,
    people_file: Path,
    existing_ali: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crmdesk.ui.operations import imports

    monkeypatch.setattr(imports, "PLAN_IN_BACKGROUND", 0)  # every file counts as large
    wizard.file_page.path_edit.setText(str(people_file))
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.preview_page
    assert page.planning and not wizard.next_button.isEnabled()
    page.policy_buttons[3].click()  # a newer request while the first job runs
    qtbot.waitUntil(lambda: wizard.state.plan is not None and not page.planning, timeout=20_000)
    assert wizard.state.on_duplicate is DuplicatePolicy.CREATE
    assert wizard.state.plan is not None
    assert wizard.state.plan.counts()["created"] == 3
    assert wizard.next_button.isEnabled()
