"""The windowed list models: Qt's model checks, paging, SQL sorting, and a 100,000-row scroll."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.services import custom_fields
from crmdesk.services.changes import Changes
from crmdesk.services.contact_list import ContactFilter
from crmdesk.services.trash import TrashItem
from crmdesk.ui.models.company_table import CompanyTableModel
from crmdesk.ui.models.contact_table import ContactTableModel
from crmdesk.ui.models.record_table import ID_ROLE, KEY_ROLE, SORT_ROLE
from crmdesk.ui.models.trash_table import TrashTableModel

AddContact = Callable[..., int]


def test_contact_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, ctx: AppContext, add_contact: AddContact
) -> None:
    add_contact("Sara Ahmadi", company="Kish Air", lifecycle="customer", lead_score=70)
    add_contact("王芳", birthday_month=3, birthday_day=8)
    model = ContactTableModel(ctx, page_size=1)
    qtmodeltester.check(model, force_py=True)
    model.set_filter(ContactFilter(text="nobody"))
    qtmodeltester.check(model, force_py=True)


def test_company_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, ctx: AppContext, add_contact: AddContact
) -> None:
    add_contact("Sara", company="Kish Air")
    add_contact("Omid", company="Kish Air")
    add_contact("Eva", company="Tatra Steel")
    model = CompanyTableModel(ctx)
    qtmodeltester.check(model, force_py=True)
    people = model.column_index(CompanyTableModel.PEOPLE)
    assert [model.index(r, people).data(SORT_ROLE) for r in range(2)] == [2, 1]


def test_trash_model_passes_qt_model_checks(qtmodeltester: ModelTester, qtbot: QtBot) -> None:
    model = TrashTableModel()
    when = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
    model.set_items(
        [TrashItem("contact", 4, "Reza", when), TrashItem("deal", 9, "Big order", when)]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.index(1, TrashTableModel.KIND).data() == "Deal"


def test_roles_give_ids_raw_values_and_column_keys(
    ctx: AppContext, add_contact: AddContact
) -> None:
    contact_id = add_contact("Sara", lifecycle="prospect", lead_score=42)
    model = ContactTableModel(ctx)
    lifecycle = model.column_index(ContactTableModel.LIFECYCLE)
    score = model.column_index(ContactTableModel.LEAD_SCORE)
    assert model.index(0, 0).data(ID_ROLE) == contact_id
    assert model.index(0, lifecycle).data() == "Prospect"
    assert model.index(0, lifecycle).data(SORT_ROLE) == "prospect"
    assert model.index(0, score).data(SORT_ROLE) == 42
    assert model.headerData(score, Qt.Orientation.Horizontal, KEY_ROLE) == "lead_score"


def test_custom_fields_become_columns_that_sort_in_sql(
    ctx: AppContext, add_contact: AddContact
) -> None:
    with ctx.transaction() as session:
        custom_fields.define_field(session, entity="contact", label="Shoe size", type="number")
    add_contact("Big", custom={"shoe_size": 46})
    add_contact("Small", custom={"shoe_size": 37})
    model = ContactTableModel(ctx)
    column = model.column_index("custom:shoe_size")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Shoe size"
    assert model.set_sort("custom:shoe_size")
    assert [model.index(r, 0).data() for r in range(2)] == ["Small", "Big"]
    assert model.index(0, column).data() == "37"


def test_a_change_elsewhere_leaves_the_list_alone_and_a_rename_repaints_in_place(
    ctx: AppContext, add_contact: AddContact, qtbot: QtBot
) -> None:
    contact_id = add_contact("Sara")
    model = ContactTableModel(ctx)
    model.index(0, 0).data()
    reads = model.page_reads
    model.on_changed(Changes().add("updated", "ticket", 1))
    assert model.page_reads == reads
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged):
        model.on_changed(Changes().add("updated", "contact", contact_id))


def test_scrolling_to_the_end_of_100000_rows_reads_only_a_few_pages(
    ctx: AppContext, qtbot: QtBot, many_contacts: Callable[[int], None]
) -> None:
    many_contacts(100_000)
    model = ContactTableModel(ctx, page_size=200, max_pages=8)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(24)
    view.resize(800, 600)
    with qtbot.waitExposed(view):
        view.show()
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    view.viewport().repaint()
    assert model.rowCount() == 100_000
    view.scrollToBottom()
    view.viewport().repaint()
    assert view.rowAt(view.viewport().height() - 2) == 99_999
    assert model.index(99_999, 0).data() == "Person 0099999"
    assert model.page_reads <= 4  # the first screen, the last screen: not 500 pages
    assert model.cached_pages <= 8
    assert len(model.ids_for_rows(range(99_990, 100_000))) == 10


@pytest.mark.slow
def test_thousands_of_scroll_steps_keep_the_none_refcount_steady(
    ctx: AppContext, qtbot: QtBot, many_contacts: Callable[[int], None]
) -> None:
    """Guards against the PySide6 6.12.0 / Python 3.11 refcount bug (architecture.md)."""
    many_contacts(20_000)
    model = ContactTableModel(ctx, page_size=200, max_pages=8)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    for column in range(3, model.columnCount()):
        view.hideColumn(column)  # fewer cells per paint: the steps are what matters
    view.resize(500, 200)
    with qtbot.waitExposed(view):
        view.show()
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)
    bar = view.verticalScrollBar()
    for row in range(0, 2000, 20):  # fill the page cache first: a steady state to compare
        bar.setValue(row)
        view.viewport().repaint()
    gc.collect()
    before = sys.getrefcount(None)
    for step in range(3000):
        bar.setValue(2000 + step * 5)
        view.viewport().repaint()
    assert bar.value() == 2000 + 2999 * 5
    assert model.page_reads >= 80, "the view did not paint the rows it scrolled past"
    gc.collect()
    lost = before - sys.getrefcount(None)
    # cached rows hold Nones, so the count moves by up to a page's worth; the 6.12.0 bug
    # loses references on every call: tens of thousands over these steps
    assert lost < 4 * model.page_size, f"None lost {lost} references while scrolling"
    assert model.cached_pages <= 8
