"""Locale formatting for the values the record lists show.

The database holds enum values (``lead``) and UTC datetimes; people read "Lead" and a date in
their own locale (Persian digits in Persian). Labels come from ``ui.widgets.labels`` so the
lists and the detail pages use the same words.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from crmdesk.domain.money import Money
from crmdesk.ui.widgets.labels import label_for, lifecycle_labels


class Kind(StrEnum):
    """How a column's raw value is shown and aligned."""

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    MOMENT = "moment"
    DATE = "date"
    BIRTHDAY = "birthday"
    LIFECYCLE = "lifecycle"
    BOOLEAN = "boolean"


NUMERIC = frozenset({Kind.INTEGER, Kind.NUMBER})


def lifecycle_label(value: str | None) -> str:
    return label_for(value, lifecycle_labels()) if value else ""


def yes_no(value: Any) -> str:
    translate = QCoreApplication.translate
    return translate("Labels", "Yes") if value else translate("Labels", "No")


def local_date_text(value: datetime | date | None, locale: QLocale | None = None) -> str:
    """A date (or the local day of an aware datetime) in the locale's short format."""
    if value is None:
        return ""
    locale = locale or QLocale()
    if isinstance(value, datetime):
        moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))
        return locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
    return locale.toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def birthday_text(value: str | None, locale: QLocale | None = None) -> str:
    """``1990-05-12`` or ``--05-12`` (year unknown) as a local date or "12 May"."""
    if not value:
        return ""
    locale = locale or QLocale()
    year_text, month, day = value.rsplit("-", 2)
    year = int(year_text) if year_text.strip("-") else 0
    if year:
        return locale.toString(QDate(year, int(month), int(day)), QLocale.FormatType.ShortFormat)
    return day_month_text(int(month), int(day), locale)


def day_month_text(month: int, day: int, locale: QLocale | None = None) -> str:
    """A day and month without a year in the language's own order: "12 May", "5月12日"."""
    # A Qt date format, translated per language (Chinese "M月d日", Slovak "d. MMMM").
    pattern = QCoreApplication.translate("Labels", "d MMMM")
    return (locale or QLocale()).toString(QDate(2000, month, day), pattern)


def long_date_text(value: date, locale: QLocale | None = None) -> str:
    """A date with the month written out: "12 May 1990", "1990年5月12日"."""
    pattern = QCoreApplication.translate("Labels", "d MMMM yyyy")
    return (locale or QLocale()).toString(QDate(value.year, value.month, value.day), pattern)


def number_text(value: float | int | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    locale = locale or QLocale()
    if isinstance(value, int) or float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 12)


def money_text(amount: Money, locale: QLocale | None = None) -> str:
    """``2,860,320,000 IRR`` or ``1,234.50 EUR`` in the UI locale (Persian digits in Persian);
    whole amounts without ".00", like the Today page."""
    locale = locale or QLocale()
    exponent = amount.exponent
    places = 0 if amount.minor % (10**exponent) == 0 else exponent
    return f"{locale.toString(float(amount.to_decimal()), 'f', places)} {amount.currency}"


def display_text(kind: Kind, value: Any) -> str:
    """The text a cell shows for a raw value."""
    if value is None or value == "":
        return ""
    if kind is Kind.LIFECYCLE:
        return lifecycle_label(str(value))
    if kind in (Kind.MOMENT, Kind.DATE) and not isinstance(value, str):
        return local_date_text(value)
    if kind is Kind.BIRTHDAY:
        return birthday_text(str(value))
    if kind in NUMERIC and isinstance(value, int | float):
        return number_text(value)
    if kind is Kind.BOOLEAN:
        return yes_no(value)
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)
