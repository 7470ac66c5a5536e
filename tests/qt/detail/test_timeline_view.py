"""The timeline: a customer's history newest first, grouped by day, loading more on scroll."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.services import interactions
from crmdesk.ui.models.timeline_model import (
    DETAIL_ROLE,
    HEADING_ROLE,
    ITEM_ROLE,
    WHEN_ROLE,
    TimelineModel,
)
from crmdesk.ui.models.timeline_texts import TimelineTexts
from crmdesk.ui.views.contact_detail import ContactDetailPage
from crmdesk.ui.views.timeline_view import TimelineView

from .conftest import People


def log_call(ctx: AppContext, contact_id: int, *, days_ago: float, subject: str) -> None:
    with ctx.transaction() as session:
        interactions.log_interaction(
            session,
            kind="call",
            occurred_at=datetime.now(UTC) - timedelta(days=days_ago),
            subject=subject,
            contact_id=contact_id,
        )


def test_timeline_lists_an_interaction_and_a_field_change_newest_first(
    contact_page: ContactDetailPage, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    log_call(ctx, people.jan, days_ago=2, subject="Dohodnúť termín")
    contact_page.timeline.reload()
    editor = contact_page.rows["job_title"].editor
    assert isinstance(editor, QLineEdit)
    editor.setText("Mechanik")
    editor.editingFinished.emit()
    model = contact_page.timeline.model
    titles = [model.data(model.index(r)) for r in range(model.rowCount())]
    kinds = [model.data(model.index(r), ITEM_ROLE) for r in range(model.rowCount())]
    items = [k for k in kinds if k is not None]
    assert [i.kind for i in items[:2]] == ["change", "interaction"]
    assert items[0].when > items[1].when
    assert titles[0] == "Today"  # a day heading comes first
    assert "Job title changed" in titles
    assert titles.index("Job title changed") < titles.index("Dohodnúť termín")
    change_row = titles.index("Job title changed")
    assert model.data(model.index(change_row), WHEN_ROLE) == "just now"


def test_items_are_grouped_under_day_headings_with_a_full_date_tooltip(
    ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    log_call(ctx, people.wang, days_ago=3, subject="电话沟通交期")
    log_call(ctx, people.wang, days_ago=3.01, subject="报价单")
    model = TimelineModel(ctx)
    model.set_scope(contact_id=people.wang)
    rows = [model.index(r) for r in range(model.rowCount())]
    calls = [i.row() for i in rows if getattr(i.data(ITEM_ROLE), "kind", "") == "interaction"]
    assert len(calls) == 2
    assert calls[1] == calls[0] + 1  # both calls on one day: no heading between them
    assert rows[calls[0] - 1].data(HEADING_ROLE)
    items = calls
    assert model.data(model.index(items[0]), WHEN_ROLE) == "3 days ago"
    tooltip = model.data(model.index(items[0]), Qt.ItemDataRole.ToolTipRole)
    assert str((datetime.now() - timedelta(days=3)).year) in tooltip


def test_scrolling_to_the_end_loads_older_items(
    ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    for day in range(1, 31):
        log_call(ctx, people.jan, days_ago=day, subject=f"Call {day}")
    window = QWidget()
    qtbot.addWidget(window)
    view = TimelineView(ctx, window)
    view.model.page_size = 10  # small pages so the test scrolls through several
    window.resize(400, 300)
    view.resize(400, 300)
    view.show_contact(people.jan)
    window.show()
    first = len(view.model.items())
    assert first == 10
    for _ in range(10):
        view.list.scrollToBottom()
        qtbot.wait(10)
    assert len(view.model.items()) > first
    subjects = [i.title for i in view.model.items() if i.kind == "interaction"]
    assert subjects == sorted(subjects, key=lambda s: int(s.split()[1]))  # newest first


def test_timeline_model_passes_the_model_tester(
    ctx: AppContext, people: People, qtmodeltester: ModelTester
) -> None:
    for day in range(1, 8):
        log_call(ctx, people.jan, days_ago=day, subject=f"Call {day}")
    model = TimelineModel(ctx, page=3)
    model.set_scope(contact_id=people.jan)
    qtmodeltester.check(model, force_py=True)


def test_relative_dates_read_naturally() -> None:
    relative_text = TimelineTexts().relative
    now = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
    assert relative_text(now - timedelta(seconds=20), now) == "just now"
    assert relative_text(now - timedelta(minutes=1), now) == "1 minute ago"
    assert relative_text(now - timedelta(minutes=5), now) == "5 minutes ago"
    assert relative_text(now - timedelta(hours=2), now) == "2 hours ago"
    assert relative_text(now - timedelta(days=3), now) == "3 days ago"
    assert relative_text(now - timedelta(days=70), now) == "2 months ago"
    assert relative_text(now - timedelta(days=400), now) == "1 year ago"
    assert relative_text(now + timedelta(days=3), now) == "in 3 days"


def test_a_lifecycle_change_reads_in_words_and_bookkeeping_fields_stay_hidden(
    contact_page: ContactDetailPage, people: People
) -> None:
    lifecycle = contact_page.rows["lifecycle"].editor
    lifecycle.setCurrentIndex(lifecycle.findData("customer"))  # type: ignore[attr-defined]
    lifecycle.activated.emit(0)  # type: ignore[attr-defined]
    name = contact_page.rows["full_name"].editor
    assert isinstance(name, QLineEdit)
    name.setText("Ján Kováčik ml.")
    name.editingFinished.emit()
    model = contact_page.timeline.model
    shown = {
        model.data(model.index(r)): model.data(model.index(r), DETAIL_ROLE)
        for r in range(model.rowCount())
    }
    assert shown["Lifecycle stage changed"] == "Lead → Customer"
    assert shown["Name changed"] == "Ján Kováčik → Ján Kováčik ml."
    assert "Sort name changed" not in shown
