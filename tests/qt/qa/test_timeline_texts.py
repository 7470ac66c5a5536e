"""The timeline's second lines: readable changes, local amounts and dates, either direction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt

from crmdesk.domain.money import Money
from crmdesk.services.timeline import TimelineItem
from crmdesk.ui.bidi import without_marks
from crmdesk.ui.models.timeline_texts import TimelineTexts, change_detail

VisualOrder = Callable[[str, Qt.LayoutDirection], str]  # the `visual` fixture

WHEN = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
RTL = Qt.LayoutDirection.RightToLeft


def _change(field: str, detail: str) -> TimelineItem:
    return TimelineItem("change", 1, WHEN, "", detail, "change", field=field)


def test_a_phone_change_shows_the_numbers_not_the_stored_list(
    persian: None, visual: VisualOrder
) -> None:
    item = _change("phones", '["+98 919 489 5795"] → ["+1 312-750-4120"]')
    shown = change_detail(item, right_to_left=True)
    assert "[" not in shown and '"' not in shown
    # read right to left: the old number, an arrow pointing on, the new number (the arrow is
    # checked in the text: Qt does not always report the glyph runs of fallback fonts)
    assert "←" in shown and "→" not in shown
    order = "".join(ch for ch in visual(shown, RTL) if ch not in " ←")
    assert order == "+1312-750-4120+989194895795"


def test_an_email_change_shows_the_addresses_and_the_arrow_follows_the_language(
    english: None,
) -> None:
    item = _change("emails", '[["home", "a@x.sk"]] → [["work", "b@y.sk"], ["home", "c@z.sk"]]')
    assert without_marks(change_detail(item, right_to_left=False)) == ("a@x.sk → b@y.sk and c@z.sk")


def test_a_score_change_uses_the_languages_digits(persian: None) -> None:
    assert without_marks(change_detail(_change("lead_score", "— → 72"), right_to_left=True)) == (
        "— ← ۷۲"
    )


def test_merge_events_have_a_title_and_no_raw_id(qapp: QObject) -> None:
    item = _change("*merged", "— → 17")
    assert TimelineTexts().title(item) == "Merged with a duplicate"
    assert change_detail(item) == ""


def test_orders_tickets_and_tasks_read_in_the_users_words_and_locale(
    qapp: QObject, english: None
) -> None:
    texts = TimelineTexts()
    order = TimelineItem(
        "order", 1, WHEN, "Order SO-1", "", "order", amount=Money(286032000000, "IRR"),
        status="shipped",
    )  # fmt: skip
    ticket = TimelineItem("ticket", 2, WHEN, "T-1", "", "ticket", status="in_progress")
    task = TimelineItem("task", 3, WHEN, "Call", "", "task", due_at=WHEN, note="bring samples")
    assert without_marks(texts.detail(order)) == "2,860,320,000 IRR — Shipped"
    assert without_marks(texts.detail(ticket)) == "In progress"
    due = without_marks(texts.detail(task))
    assert due.startswith("due 11/") and due.endswith("/26 — bring samples")  # not ISO


def test_amounts_use_persian_digits_in_persian(persian: None) -> None:
    order = TimelineItem(
        "order", 1, WHEN, "", "", "order", amount=Money(123450, "EUR"), status="paid"
    )
    assert without_marks(TimelineTexts().detail(order)).startswith("۱٬۲۳۴٫۵۰ EUR")
