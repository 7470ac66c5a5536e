"""Property tests: value parsers round-trip what they can read and never fail otherwise than
with a ValidationError (or None for empty input)."""

from __future__ import annotations

import contextlib
from datetime import date, datetime, time
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.errors import ValidationError
from crmdesk.exchange.source import CellValue
from crmdesk.exchange.values import (
    DateOrder,
    ValueKind,
    ValueOptions,
    detect_date_order,
    detect_decimal_separator,
    excel_serial_to_date,
    parse_bool,
    parse_date,
    parse_decimal,
    parse_money,
    parse_value,
    split_tags,
)

cells: st.SearchStrategy[CellValue] = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.decimals(allow_nan=False, allow_infinity=False, places=4),
)
dates = st.dates(min_value=date(1901, 1, 1), max_value=date(2299, 12, 31))
amounts = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2)


@given(cells, st.sampled_from(list(ValueKind)), st.sampled_from([None, *DateOrder]))
@settings(max_examples=400, deadline=None)  # the first country lookup builds its index
def test_parse_value_never_fails_except_with_validation_error(value, kind, order):
    try:
        parse_value(kind, value, options=ValueOptions(region="SK", date_order=order), field="x")
    except ValidationError as error:
        assert error.field == "x" and str(error)


@given(dates, st.sampled_from(["{d:02d}.{m:02d}.{y}", "{d}. {m}. {y}", "{y}-{m:02d}-{d:02d}"]))
def test_day_first_and_iso_text_round_trips(day, pattern):
    text = pattern.format(d=day.day, m=day.month, y=day.year)
    assert parse_date(text) == day


@given(dates, st.sampled_from(list(DateOrder)))
def test_slashed_text_round_trips_with_its_order(day, order):
    first, second = (day.day, day.month) if order is DateOrder.DMY else (day.month, day.day)
    if order is DateOrder.YMD:
        text = f"{day.year}/{day.month}/{day.day}"
    else:
        text = f"{first}/{second}/{day.year}"
    assert parse_date(text, order=order) == day


@given(dates)
def test_excel_serials_round_trip(day):
    serial = (day - date(1899, 12, 30)).days
    assert excel_serial_to_date(serial) == day
    assert parse_date(serial) == day
    if day > date(1904, 1, 1):
        assert excel_serial_to_date((day - date(1904, 1, 1)).days, date1904=True) == day


@given(st.lists(dates, min_size=1, max_size=20))
def test_column_order_is_never_wrong(days):
    texts = [f"{d.day}/{d.month}/{d.year}" for d in days]
    verdict = detect_date_order(texts)
    if verdict.order is not None:
        assert [parse_date(t, order=verdict.order) for t in texts] == days
    if any(d.day > 12 for d in days):
        assert verdict.order is DateOrder.DMY


@given(amounts, st.sampled_from([(".", ","), (",", "."), (".", " "), (",", "\u00a0")]))
def test_formatted_amounts_round_trip(amount, separators):
    decimal_sep, thousands_sep = separators
    text = f"{amount:,.2f}".replace(",", "\x00").replace(".", decimal_sep)
    text = text.replace("\x00", thousands_sep)
    assert parse_decimal(text, decimal_separator=decimal_sep) == amount
    money = parse_money(f"{text} €", decimal_separator=decimal_sep)
    assert money is not None and money.amount == amount and money.currency == "EUR"


@given(st.lists(st.text(min_size=1, max_size=10), max_size=30))
def test_decimal_separator_detection_never_fails(values):
    detect_decimal_separator(values)


@given(st.text(max_size=60))
def test_text_parsers_raise_only_validation_errors(text):
    for parser in (parse_date, parse_decimal, parse_money, parse_bool):
        with contextlib.suppress(ValidationError):
            parser(text)  # type: ignore[operator]


@given(st.lists(st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=8)))
def test_tags_round_trip(tags):
    result = split_tags(", ".join(tags))
    from crmdesk.domain.text import fold

    expected: list[str] = []
    for tag in tags:
        if fold(tag) and fold(tag) not in {fold(t) for t in expected}:
            expected.append(tag)
    assert [fold(t) for t in result] == [fold(t) for t in expected if fold(t)]


@given(st.times())
def test_time_cells_are_not_dates(moment: time):
    try:
        parse_date(moment)
    except ValidationError:
        return
    raise AssertionError("a time of day is not a date")


@given(st.datetimes(min_value=datetime(1901, 1, 1)))
def test_datetime_cells_round_trip(moment):
    assert parse_date(moment) == moment.date()
