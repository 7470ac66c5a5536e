"""Dates from cells: real date cells, Excel serial numbers and dates written as text.

Text forms: ISO (2024-03-05, 2024-03-05T10:00:00Z), numeric with / . - (05.03.2024, 3/5/2024,
5. 3. 2024, 26-08-2020, two-digit years), month names in many languages ("April 1st 2013",
"5. marca 2024", "18 октября 2023 г."), CJK (2024年3月5日), compact 20240305, Persian calendar
years (1402/12/15) and Persian/Arabic digits. Day-first or month-first is never guessed for one
value: ``order`` says it, or ``columns.detect_date_order`` finds it for a whole column.

Every parser returns None for an empty cell and raises ValidationError for anything else it
cannot read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal
from enum import StrEnum

from crmdesk.domain.text import fold
from crmdesk.errors import ValidationError
from crmdesk.exchange.source import CellValue
from crmdesk.exchange.values.months import (
    JALALI_MONTHS,
    JALALI_YEARS,
    MONTHS,
    jalali_to_gregorian,
)
from crmdesk.exchange.values.text import fold_digits

_SERIAL_MAX = 2958465  # 9999-12-31
_1900 = date(1899, 12, 30)
_1904 = date(1904, 1, 1)


class DateOrder(StrEnum):
    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A birthday: month and day always, the year only when known."""

    year: int | None
    month: int
    day: int


def excel_serial_to_date(serial: float, *, date1904: bool = False) -> date | datetime:
    """An Excel serial day number as a date (or datetime when it has a time part).

    The 1900 system counts the non-existent 29 Feb 1900 (serial 60), as Excel does."""
    if serial != serial or not 0 <= serial <= _SERIAL_MAX:  # NaN or out of range
        raise ValidationError(f"{serial} is not a date serial number.")
    days = int(serial)
    base = _1904 if date1904 else (_1900 if serial >= 61 else date(1899, 12, 31))
    if not date1904 and days == 60:
        days = 59  # Excel's phantom 1900-02-29 is shown as 28 Feb
    day = base + timedelta(days=days)
    fraction = serial - int(serial)
    if not fraction:
        return day
    seconds = round(fraction * 86400)
    return datetime.combine(day, time()) + timedelta(seconds=seconds)


@dataclass(frozen=True, slots=True)
class _Parts:
    year: int | None
    month: int
    day: int
    clock: time | None = None
    tz: tzinfo | None = None


_ISO = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?$",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"^(\d{1,4})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{1,4})\.?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"(?:\s*([ap])\.?m\.?)?)?$",
    re.IGNORECASE,
)
_CJK = re.compile(
    r"^(\d{2,4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]?"
    r"(?:\s*(\d{1,2})[:時时시](\d{2})?)?"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NO_YEAR = re.compile(r"^(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\.?$")
_MONTH_DAY = re.compile(r"^--(\d{2})-?(\d{2})$")  # vCard / ISO 8601 "--04-22", "--0422"
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th|er|e|\.)(?=\s|$|,)", re.IGNORECASE)
_FILLER = frozenset({"of", "de", "del", "der", "den", "g", "r", "roku", "goda", "года", "г"})


def _two_digit_year(year: int) -> int:
    pivot = (date.today().year + 10) % 100
    return 2000 + year if year <= pivot else 1900 + year


def _numeric(match: re.Match[str], order: DateOrder | None, text: str) -> _Parts:
    first, sep, second, last = match.group(1), match.group(2), match.group(3), match.group(4)
    clock = _clock(match.group(5), match.group(6), match.group(7), match.group(8))
    if len(first) >= 3 or (order is DateOrder.YMD and len(last) <= 2):
        year = int(first) if len(first) >= 3 else _two_digit_year(int(first))
        return _Parts(year, int(second), int(last), clock)
    if len(last) not in (2, 4):
        raise _unreadable(text)
    year = int(last) if len(last) == 4 else _two_digit_year(int(last))
    a, b = int(first), int(second)
    if order is None:
        order = _order_of(a, b, sep)
        if order is None:
            raise ValidationError(
                f"“{text}” could be {a} {_month(b)} or {b} {_month(a)}: choose the date order "
                "(day first or month first).",
                field="date",
            )
    if order is DateOrder.MDY:
        a, b = b, a
    return _Parts(year, b, a, clock)


def _order_of(a: int, b: int, sep: str) -> DateOrder | None:
    if a > 12 >= b or sep == "." or a == b:
        return DateOrder.DMY  # dots are day-first wherever they are written
    if b > 12 >= a:
        return DateOrder.MDY
    return None


def _month(number: int) -> str:
    names = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
    return names[number - 1] if 1 <= number <= 12 else str(number)


def _clock(
    hour: str | None, minute: str | None, second: str | None, half: str | None
) -> time | None:
    if hour is None:
        return None
    h = int(hour)
    if half:
        h = h % 12 + (12 if half.lower() == "p" else 0)
    return time(h, int(minute or 0), int(second or 0))


def _iso(match: re.Match[str]) -> _Parts:
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    clock = None
    if hour is not None:
        micro = int((fraction or "0").ljust(6, "0")[:6])
        clock = time(int(hour), int(minute), int(second or 0), micro)
    tz = None
    if zone:
        if zone.upper() == "Z":
            tz = UTC
        else:
            sign = -1 if zone[0] == "-" else 1
            digits = zone[1:].replace(":", "")
            tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    return _Parts(int(year), int(month), int(day), clock, tz)


def _worded(text: str) -> _Parts:
    """Dates with a month name: "April 1st 2013", "5. marca 2024", "1402 فروردین 15"."""
    cleaned = _ORDINAL.sub(r"\1", text.lower())
    tokens = [token for token in re.split(r"[\s,./-]+", cleaned) if token]
    month: int | None = None
    jalali = False
    numbers: list[str] = []
    for token in tokens:
        folded = fold(token)
        if folded.isdigit():
            numbers.append(folded)
        elif month is None and folded in MONTHS:
            month = MONTHS[folded]
        elif month is None and folded in JALALI_MONTHS:
            month, jalali = JALALI_MONTHS[folded], True
        elif folded not in _FILLER:
            raise _unreadable(text)
    if month is None or not 1 <= len(numbers) <= 2:
        raise _unreadable(text)
    years = [n for n in numbers if len(n) >= 3 or int(n) > 31]
    days = [n for n in numbers if n not in years]
    if len(days) != 1 or len(years) > 1:
        raise _unreadable(text)
    year = int(years[0]) if years else None
    if jalali and year is not None and year in JALALI_YEARS:
        moment = jalali_to_gregorian(year, month, int(days[0]))
        return _Parts(moment.year, moment.month, moment.day)
    return _Parts(year, month, int(days[0]))


def _unreadable(text: str) -> ValidationError:
    return ValidationError(f"“{text}” is not a date this program can read.", field="date")


def _parts_of_text(text: str, order: DateOrder | None) -> _Parts:
    text = fold_digits(text).strip().rstrip(".")
    if match := _ISO.match(text):
        return _iso(match)
    if match := _NUMERIC.match(text):
        return _numeric(match, order, text)
    if match := _CJK.match(text):
        clock = _clock(match[4], match[5], None, None)
        return _Parts(int(match[1]), int(match[2]), int(match[3]), clock)
    if match := _COMPACT.match(text):
        return _Parts(int(match[1]), int(match[2]), int(match[3]))
    if match := _MONTH_DAY.match(text):
        return _Parts(None, int(match[1]), int(match[2]))
    if match := _NO_YEAR.match(text):
        return _no_year(match, order, text)
    if text.isdigit() and len(text) == 5:
        moment = excel_serial_to_date(int(text))
        return _Parts(moment.year, moment.month, moment.day)
    return _worded(text)


def _no_year(match: re.Match[str], order: DateOrder | None, text: str) -> _Parts:
    a, b = int(match.group(1)), int(match.group(3))
    order = order or _order_of(a, b, match.group(2))
    if order is None:
        raise ValidationError(f"“{text}” could be day-month or month-day.", field="date")
    return _Parts(None, b, a) if order is not DateOrder.MDY else _Parts(None, a, b)


def _parts(value: CellValue, order: DateOrder | None, date1904: bool) -> _Parts | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return _Parts(value.year, value.month, value.day, value.time(), value.tzinfo)
    if isinstance(value, date):
        return _Parts(value.year, value.month, value.day)
    if isinstance(value, bool | time):
        raise ValidationError(f"“{value}” is not a date.", field="date")
    if isinstance(value, int | float | Decimal):
        return _number_parts(value, date1904)
    text = str(value).strip()
    return _parts_of_text(text, order) if text else None


def _number_parts(value: int | float | Decimal, date1904: bool) -> _Parts:
    number = float(value)
    if number.is_integer() and 19000101 <= number <= 29991231:
        return _parts_of_text(str(int(number)), None)  # 20240305 typed as a number
    moment = excel_serial_to_date(number, date1904=date1904)
    clock = moment.time() if isinstance(moment, datetime) else None
    return _Parts(moment.year, moment.month, moment.day, clock)


def _to_date(parts: _Parts, text: object) -> date:
    if parts.year is None:
        raise ValidationError(f"“{text}” has no year.", field="date")
    year = parts.year
    try:
        if year in JALALI_YEARS:
            return jalali_to_gregorian(year, parts.month, parts.day)
        return date(year, parts.month, parts.day)
    except ValueError:
        raise ValidationError(f"“{text}” is not a real date.", field="date") from None


def parse_date(
    value: CellValue, *, order: DateOrder | None = None, date1904: bool = False
) -> date | None:
    """The date in a cell (a datetime's time is dropped); None for an empty cell."""
    parts = _parts(value, order, date1904)
    return None if parts is None else _to_date(parts, value)


def parse_datetime(
    value: CellValue, *, order: DateOrder | None = None, date1904: bool = False
) -> datetime | None:
    """The moment in a cell: aware when the text names a zone ("Z", "+01:00"), else naive
    (local time as written). A date alone is midnight."""
    parts = _parts(value, order, date1904)
    if parts is None:
        return None
    day = _to_date(parts, value)
    return datetime.combine(day, parts.clock or time(), tzinfo=parts.tz)


def parse_birthday(value: CellValue, *, order: DateOrder | None = None) -> PartialDate | None:
    """A birthday, the year optional ("--04-22", "22. 4.", "April 22")."""
    parts = _parts(value, order, False)
    if parts is None:
        return None
    if parts.year is not None:
        day = _to_date(parts, value)
        return PartialDate(day.year, day.month, day.day)
    try:
        date(2000, parts.month, parts.day)  # a leap year: 29 February is a birthday
    except ValueError:
        raise ValidationError(f"“{value}” is not a real birthday.", field="birthday") from None
    return PartialDate(None, parts.month, parts.day)
