"""Words of the timeline: translated titles, "3 days ago", day headings, full dates.

A QObject so that ``self.tr("%n days ago", "", n)`` is seen by lupdate as a plural (numerus)
string. English needs no catalogue: "1 day ago" is its own string and the %n form is used
from 2 on, while languages with more forms (Slovak) get every form from their catalogue.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject

from crmdesk.services.timeline import TimelineItem
from crmdesk.ui.i18n import QT_TRANSLATE_NOOP
from crmdesk.ui.widgets.labels import (
    field_label,
    gender_labels,
    lifecycle_labels,
    name_order_labels,
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
}


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


def change_detail(item: TimelineItem) -> str:
    """ "lead → customer" shown as "Lead → Customer" in the user's language."""
    labels = _value_labels().get(item.field or "")
    if labels is None or item.kind != "change":
        return item.detail
    parts = item.detail.split(" → ")
    return " → ".join(labels.get(part, part) for part in parts)


def full_date_text(moment: datetime) -> str:
    """The date and time in the user's locale (the tooltip of an item)."""
    stamp = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000))
    return QLocale().toString(stamp, QLocale.FormatType.LongFormat)
