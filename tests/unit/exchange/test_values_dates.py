"""Dates in cells: serials, text in many forms and languages, ambiguity, birthdays."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from crmdesk.errors import ValidationError
from crmdesk.exchange.values import (
    DateOrder,
    PartialDate,
    detect_date_order,
    excel_serial_to_date,
    parse_birthday,
    parse_date,
    parse_datetime,
)


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (45356, date(2024, 3, 5)),
        (2958465, date(9999, 12, 31)),
    ],
)
def test_excel_1900_serials(serial, expected):
    assert excel_serial_to_date(serial) == expected


def test_excel_1904_serials_and_fractions():
    assert excel_serial_to_date(1, date1904=True) == date(1904, 1, 2)
    assert excel_serial_to_date(1111, date1904=True) == date(1907, 1, 16)
    assert excel_serial_to_date(45356.75) == datetime(2024, 3, 5, 18, 0)
    with pytest.raises(ValidationError):
        excel_serial_to_date(-1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2024/3/5", date(2024, 3, 5)),
        ("05.03.2024", date(2024, 3, 5)),
        ("5. 3. 2024", date(2024, 3, 5)),
        ("26-08-2020", date(2020, 8, 26)),
        ("3/25/2024", date(2024, 3, 25)),
        ("25/3/24", date(2024, 3, 25)),
        ("20240305", date(2024, 3, 5)),
        ("2024年3月5日", date(2024, 3, 5)),
        ("2024년 3월 5일", date(2024, 3, 5)),
        ("April 1st 2013", date(2013, 4, 1)),
        ("Jan 3rd 2013", date(2013, 1, 3)),
        ("March 5, 2024", date(2024, 3, 5)),
        ("5 March 2024", date(2024, 3, 5)),
        ("5. marca 2024", date(2024, 3, 5)),
        ("1. apríla 2024", date(2024, 4, 1)),
        ("3. března 2024", date(2024, 3, 3)),
        ("5. März 2024", date(2024, 3, 5)),
        ("18 октября 2023 г.", date(2023, 10, 18)),
        ("۱۴۰۲/۱۲/۱۵", date(2024, 3, 5)),
        ("1402/12/15", date(2024, 3, 5)),
        ("15 فروردین 1403", date(2024, 4, 3)),
        ("5 مارس 2024", date(2024, 3, 5)),
        ("45356", date(2024, 3, 5)),
    ],
)
def test_dates_written_as_text(text, expected):
    assert parse_date(text) == expected


def test_cells_that_are_dates_or_numbers():
    assert parse_date(date(2024, 3, 5)) == date(2024, 3, 5)
    assert parse_date(datetime(2024, 3, 5, 10, 0)) == date(2024, 3, 5)
    assert parse_date(45356) == date(2024, 3, 5)
    assert parse_date(1, date1904=True) == date(1904, 1, 2)
    assert parse_date(20240305) == date(2024, 3, 5)
    assert parse_date(None) is None and parse_date("  ") is None


def test_datetimes_keep_time_and_zone():
    assert parse_datetime("2006-04-15T03:23:15.000Z") == datetime(
        2006, 4, 15, 3, 23, 15, tzinfo=UTC
    )
    offset = parse_datetime("2024-03-05T10:00:00+01:00")
    assert offset is not None and offset.utcoffset() == timedelta(hours=1)
    assert parse_datetime("2021-05-17 03:00") == datetime(2021, 5, 17, 3, 0)
    assert parse_datetime("3/25/2024 10:30 PM") == datetime(2024, 3, 25, 22, 30)
    assert parse_datetime("2024年3月5日 14:30") == datetime(2024, 3, 5, 14, 30)
    assert parse_datetime("2024-03-05") == datetime(2024, 3, 5)
    assert parse_datetime(datetime(2024, 1, 1, tzinfo=UTC)).tzinfo is UTC


def test_ambiguous_date_needs_an_order():
    with pytest.raises(ValidationError, match="could be 3 April or 4 March"):
        parse_date("03/04/2024")
    assert parse_date("03/04/2024", order=DateOrder.DMY) == date(2024, 4, 3)
    assert parse_date("03/04/2024", order=DateOrder.MDY) == date(2024, 3, 4)
    assert parse_date("24/03/05", order=DateOrder.YMD) == date(2024, 3, 5)
    assert parse_date("04/04/2024") == date(2024, 4, 4)  # the same either way


@pytest.mark.parametrize("text", ["not a date", "31/02/2024", "2024-13-01", "93年6月", "Monday"])
def test_unreadable_dates_raise(text):
    with pytest.raises(ValidationError):
        parse_date(text, order=DateOrder.DMY)


def test_date_without_year_is_an_error_for_a_date_but_fine_for_a_birthday():
    with pytest.raises(ValidationError, match="no year"):
        parse_date("--04-22")
    assert parse_birthday(" --04-22") == PartialDate(None, 4, 22)
    assert parse_birthday("--0422") == PartialDate(None, 4, 22)
    assert parse_birthday("22. 4.") == PartialDate(None, 4, 22)
    assert parse_birthday("April 22") == PartialDate(None, 4, 22)
    assert parse_birthday("29.2.") == PartialDate(None, 2, 29)
    assert parse_birthday(date(1980, 3, 22)) == PartialDate(1980, 3, 22)
    with pytest.raises(ValidationError):
        parse_birthday("31.2.")


def test_column_order_detection():
    ambiguous = detect_date_order(["03/04/2024", "05/06/2024", "07/08/2024"])
    assert ambiguous.ambiguous and ambiguous.order is None and ambiguous.undecided_values == 3
    day_first = detect_date_order(["03/04/2024", "25/06/2024"])
    assert day_first.order is DateOrder.DMY and not day_first.ambiguous
    month_first = detect_date_order(["03/04/2024", "06/25/2024", date(2024, 1, 1)])
    assert month_first.order is DateOrder.MDY
    mixed = detect_date_order(["25/06/2024", "06/25/2024"])
    assert mixed.ambiguous and mixed.conflicting
    dotted = detect_date_order(["03.04.2024", "05.06.2024"])
    assert dotted.order is DateOrder.DMY and not dotted.ambiguous
    dashed = detect_date_order(["03-04-2024", "05-06-2024"])
    assert dashed.ambiguous and dashed.suggested is DateOrder.DMY
    clear = detect_date_order(["2024-03-04", date(2024, 1, 1), None, "04/04/2024"])
    assert clear.order is None and not clear.ambiguous
