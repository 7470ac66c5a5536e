"""Words of the timeline: translated titles, "3 days ago", day headings, full dates.

A QObject so that ``self.tr("%n days ago", "", n)`` is seen by lupdate as a plural (numerus)
string. English needs no catalogue: "1 day ago" is its own string and the %n form is used
from 2 on, while languages with more forms (Slovak) get every form from their catalogue.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject
from PySide6.QtGui import QGuiApplication

from crmdesk.services.timeline import TimelineItem
from crmdesk.ui.bidi import isolate, join_isolated, left_to_right
from crmdesk.ui.i18n import QT_TRANSLATE_NOOP
from crmdesk.ui.models.formatting import local_date_text, money_text
from crmdesk.ui.widgets.labels import (
    field_label,
    gender_labels,
    label_for,
    lifecycle_labels,
    name_order_labels,
    order_status_labels,
    ticket_status_labels,
)

INTERACTION_TITLES = {
    "call": QT_TRANSLATE_NOOP("TimelineTexts", "Call"),
    "meeting": QT_TRANSLATE_NOOP("TimelineTexts", "Meeting"),
    "email": QT_TRANSLATE_NOOP("TimelineTexts", "Email"),
    "message": QT_TRANSLATE_NOOP("TimelineTexts", "Message"),
    "visit": QT_TRANSLATE_NOOP("TimelineTexts", "Visit"),
    "note": QT_TRANSLATE_NOOP("TimelineTexts", "Note"),
}
EVENT_TITLES = {
    "*created": QT_TRANSLATE_NOOP("TimelineTexts", "Created"),
    "*deleted": QT_TRANSLATE_NOOP("TimelineTexts", "Moved to trash"),
    "*restored": QT_TRANSLATE_NOOP("TimelineTexts", "Restored"),
    "*merged": QT_TRANSLATE_NOOP("TimelineTexts", "Merged with a duplicate"),
    "*merged_into": QT_TRANSLATE_NOOP("TimelineTexts", "Merged into another contact"),
    "*unmerged": QT_TRANSLATE_NOOP("TimelineTexts", "Merge undone"),
}
LTR_FIELDS = frozenset({"phones", "emails", "website"})  # always read left to right
NUMBER_FIELDS = frozenset({"lead_score"})
DATE_FIELDS = frozenset({"consent_date"})


def local_day(moment: datetime) -> date:
    """The calendar day of ``moment`` on this computer's clock."""
    return moment.astimezone().date()


class TimelineTexts(QObject):
    """Makes the texts; stateless apart from being a QObject for ``tr``."""

    def relative(self, moment: datetime, now: datetime) -> str:
        """ "just now", "5 minutes ago", "3 days ago", "in 2 days", months / years ago."""
        seconds = (now - moment).total_seconds()
        if seconds < 0:
            return self._ahead(-seconds, (local_day(moment) - local_day(now)).days)
        days = (local_day(now) - local_day(moment)).days
        if seconds < 60:
            return self.tr("just now")
        if seconds < 3600:
            n = int(seconds // 60)
            return self.tr("1 minute ago") if n == 1 else self.tr("%n minutes ago", "", n)
        if days == 0 or seconds < 6 * 3600:
            n = int(seconds // 3600)
            return self.tr("1 hour ago") if n == 1 else self.tr("%n hours ago", "", n)
        if days == 1:
            return self.tr("yesterday")
        if days < 31:
            return self.tr("%n days ago", "", days)
        if days < 365:
            n = days // 30
            return self.tr("1 month ago") if n == 1 else self.tr("%n months ago", "", n)
        n = days // 365
        return self.tr("1 year ago") if n == 1 else self.tr("%n years ago", "", n)

    def _ahead(self, seconds: float, days: int) -> str:
        """Items dated later (a task due tomorrow, an order dated today at noon)."""
        minutes, hours = max(1, int(seconds // 60)), int(seconds // 3600)
        if seconds < 3600:
            return self.tr("in %n minutes", "", minutes)
        if days == 0:
            return self.tr("in %n hours", "", hours)
        if days == 1:
            return self.tr("tomorrow")
        return self.tr("in %n days", "", days)

    def heading(self, day: date, today: date) -> str:
        if day == today:
            return self.tr("Today")
        if (today - day).days == 1:
            return self.tr("Yesterday")
        shown = QDate(day.year, day.month, day.day)
        return QLocale().toString(shown, QLocale.FormatType.LongFormat)

    def detail(self, item: TimelineItem) -> str:
        """The second line in the user's language: amounts and dates in their locale, status
        words translated, each part isolated so it reads right in either direction."""
        if item.kind == "change":
            return change_detail(item)
        if item.kind == "order" and item.amount is not None:
            status = label_for(item.status, order_status_labels())
            return join_isolated((money_text(item.amount), status), " — ")
        if item.kind == "deal" and item.amount is not None:
            parts = (item.status or "", money_text(item.amount), item.note)
            return join_isolated(parts, " — ")
        if item.kind == "ticket" and item.status:
            status = label_for(item.status, ticket_status_labels())
            return join_isolated((status, item.note), " — ")
        if item.kind == "task" and item.due_at is not None:
            due = self.tr("due %1").replace("%1", local_date_text(item.due_at))
            return join_isolated((due, item.note), " — ")
        return isolate(item.detail)

    def title(self, item: TimelineItem) -> str:
        """The service's English title, translated where we know its shape."""
        if item.kind == "change" and item.field:
            if item.field in EVENT_TITLES:
                return self.tr(EVENT_TITLES[item.field])
            return self.tr("%1 changed").replace("%1", field_label(item.field))
        if item.kind == "interaction" and item.title == item.icon_hint.capitalize():
            return self.tr(INTERACTION_TITLES.get(item.icon_hint, item.title))
        if item.kind == "order" and item.title.startswith("Order"):
            number = item.title.removeprefix("Order").strip()
            return self.tr("Order %1").replace("%1", number) if number else self.tr("Order")
        return item.title


def _value_labels() -> dict[str, dict[str, str]]:
    yes_no = {
        "true": QCoreApplication.translate("Labels", "Yes"),
        "false": QCoreApplication.translate("Labels", "No"),
    }
    return {
        "lifecycle": dict(lifecycle_labels()),
        "gender": {k: v for k, v in gender_labels() if k},
        "name_order": dict(name_order_labels()),
        "marketing_consent": yes_no,
    }


def change_detail(item: TimelineItem, *, right_to_left: bool | None = None) -> str:
    """ "lead → customer" shown as "Lead → Customer" in the user's language; lists (phones,
    emails, tags) as plain comma-separated values, phones and emails left to right, and the
    arrow pointing the way the line reads ("←" in a right-to-left layout)."""
    if item.kind != "change" or not item.detail or (item.field or "").startswith("*"):
        return "" if item.kind == "change" else item.detail
    old, arrow, new = item.detail.partition(" → ")
    if not arrow:
        return isolate(item.detail)
    if right_to_left is None:
        right_to_left = QGuiApplication.isRightToLeft()
    labels = _value_labels().get(item.field or "", {})
    shown = [_change_value(part, item.field or "", labels) for part in (old, new)]
    return f"{shown[0]} {'←' if right_to_left else '→'} {shown[1]}"


def _change_value(text: str, field: str, labels: dict[str, str]) -> str:
    """One side of a change as the user reads it (the log keeps a stable text form)."""
    if text == "—":
        return text
    if text in labels:
        return isolate(labels[text])
    wrap = left_to_right if field in LTR_FIELDS else isolate
    listed = _listed(text)
    if listed is not None:  # "A, B and C" in the user's language
        return QLocale().createSeparatedList([wrap(value) for value in listed]) or "—"
    if field in NUMBER_FIELDS and text.lstrip("-").isdigit():
        return isolate(QLocale().toString(int(text)))
    if field in DATE_FIELDS:
        try:
            return isolate(local_date_text(datetime.fromisoformat(text)))
        except ValueError:
            pass
    return wrap(text)


def _listed(text: str) -> list[str] | None:
    """The values of a logged list (``["+1 312…"]``, ``[["work", "a@b.sk"]]``), or None."""
    if not text.startswith("["):
        return None
    try:
        values = json.loads(text)
    except ValueError:
        return None
    if not isinstance(values, list):
        return None
    # an email is logged as [label, address]: the address is what the user knows
    return [str(v[-1] if isinstance(v, list) and v else v) for v in values]


def full_date_text(moment: datetime) -> str:
    """The date and time in the user's locale (the tooltip of an item)."""
    stamp = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    return QLocale().toString(stamp, QLocale.FormatType.LongFormat)
