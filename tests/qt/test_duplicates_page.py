"""The "Find duplicates" page: groups of likely duplicates, a side-by-side merge, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.services import contacts
from crmdesk.services.channels import Labeled
from crmdesk.services.contacts import ContactDetail
from crmdesk.ui.delegates.group_delegate import SUBTITLE_ROLE
from crmdesk.ui.i18n import LanguageSwitcher
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.theme import ThemeController
from crmdesk.ui.views.duplicates_page import DuplicatesPage
from crmdesk.ui.views.merge_view import LEFT, RIGHT

LEFT_BUTTON = Qt.MouseButton.LeftButton


def add(ctx: AppContext, name: str, email: str, **values: object) -> int:
    with ctx.transaction() as session:
        contact_id, _ = contacts.create_contact(
            session,
            values={"full_name": name, **values},
            emails=[Labeled("work", email)],
        )
    return contact_id


def get(ctx: AppContext, contact_id: int) -> ContactDetail:
    with ctx.reading() as session:
        return contacts.get_contact(session, contact_id)


@pytest.fixture
def pair(ctx: AppContext) -> tuple[int, int]:
    """Two people with one email: the same person entered twice."""
    first = add(ctx, "Jana Nováková", "jana@example.sk", job_title="Buyer", lead_source="Fair")
    second = add(ctx, "Jana Novakova", "JANA@example.sk", job_title="Head of Purchasing")
    add(ctx, "Someone Else", "else@example.sk")
    return first, second


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, pair: tuple[int, int]) -> DuplicatesPage:
    widget = DuplicatesPage(ctx)
    qtbot.addWidget(widget)
    widget.setMinimumSize(900, 600)  # fixed constraints, as the main window has
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_pair_with_the_same_email_is_listed(page: DuplicatesPage, pair: tuple[int, int]) -> None:
    assert page.list.count() == 1
    group = page.found.groups[0]
    assert group.reason == "email"
    assert set(group.contact_ids) == set(pair)
    assert "jana@example.sk" in page.list.item(0).data(SUBTITLE_ROLE)
    assert page.merge_view.pair is not None
    assert {page.merge_view.keep.id, page.merge_view.other.id} == set(pair)


def test_merge_keeps_the_chosen_values_and_undo_restores_both(
    qtbot: QtBot, page: DuplicatesPage, ctx: AppContext, pair: tuple[int, int]
) -> None:
    first, second = pair
    view = page.merge_view
    assert view.keep.id == first  # the oldest stays by default
    assert "job_title" in view.buttons
    assert view.choices()["job_title"] == LEFT  # the kept value unless the user picks
    view.choose("job_title", RIGHT)
    view.choose("name", LEFT)
    qtbot.mouseClick(view.merge_button, LEFT_BUTTON)
    kept, other = get(ctx, first), get(ctx, second)
    assert kept.job_title == "Head of Purchasing"
    assert kept.full_name == "Jana Nováková"
    assert kept.lead_source == "Fair"  # only one had it: kept without asking
    assert other.deleted_at is not None
    assert page.list.count() == 0  # found again: no duplicates left
    assert page.stack.currentWidget() is page.empty
    assert page.undo_stack.canUndo()
    page.undo_stack.undo()
    kept, other = get(ctx, first), get(ctx, second)
    assert other.deleted_at is None
    assert (kept.job_title, other.job_title) == ("Buyer", "Head of Purchasing")
    assert [e.value for e in kept.emails] == ["jana@example.sk"]
    assert page.list.count() == 1  # the pair is back in the list


def test_swap_keeps_the_other_contact(
    qtbot: QtBot, page: DuplicatesPage, ctx: AppContext, pair: tuple[int, int]
) -> None:
    first, second = pair
    qtbot.mouseClick(page.merge_view.swap_button, LEFT_BUTTON)
    assert page.merge_view.keep.id == second
    qtbot.mouseClick(page.merge_view.merge_button, LEFT_BUTTON)
    assert get(ctx, first).deleted_at is not None
    assert get(ctx, second).deleted_at is None
    assert get(ctx, second).job_title == "Head of Purchasing"


def test_equal_fields_need_no_choice(page: DuplicatesPage) -> None:
    rows = {key: (mine, theirs) for key, _label, mine, theirs in page.merge_view.rows()}
    assert rows["lifecycle"][0] == rows["lifecycle"][1]
    assert "lifecycle" not in page.merge_view.buttons


def test_the_page_is_reached_from_the_edit_menu_and_merges_on_the_window_stack(
    qtbot: QtBot, ctx: AppContext, pair: tuple[int, int], tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    palette = app.palette()
    window = MainWindow(
        settings=settings,
        languages=LanguageSwitcher(app),
        theme=ThemeController(app),
        persist=False,
    )
    qtbot.addWidget(window)
    window.set_context(ctx)
    try:
        action = next(a for a in window.menus.edit.actions() if "Duplicate" in a.text())
        action.trigger()
        page = window.page("duplicates")
        assert isinstance(page, DuplicatesPage)
        assert window.current_page_key() == "duplicates"
        qtbot.mouseClick(page.merge_view.merge_button, LEFT_BUTTON)
        assert window.undo_stack.canUndo()
        window.commands.undo.trigger()
        assert get(ctx, pair[1]).deleted_at is None
    finally:
        window.close()
        app.setPalette(palette)


def test_a_big_file_is_searched_in_the_background(
    qtbot: QtBot, ctx: AppContext, pair: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from crmdesk.ui.operations import duplicates

    monkeypatch.setattr(duplicates, "FIND_IN_BACKGROUND", 0)
    widget = DuplicatesPage(ctx)
    qtbot.addWidget(widget)
    widget.setMinimumSize(900, 600)
    assert widget.stack.currentWidget() is widget.busy
    qtbot.waitUntil(lambda: widget.list.count() == 1, timeout=20_000)
    assert widget.stack.currentWidget() is widget.content
