"""Numbers stored as text and money with thousands separators and currency signs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crmdesk.errors import ValidationError
from crmdesk.exchange.values import (
    Money,
    detect_decimal_separator,
    parse_decimal,
    parse_integer,
    parse_money,
)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("1.234,56 €", "1234.56", "EUR"),
        ("$1,234.56", "1234.56", "USD"),
        ("12 345 Kč", "12345", "CZK"),
        ("۱۲٬۳۴۵ ریال", "12345", "IRR"),
        ("۱۲۳٫۵ تومان", "123.5", "IRT"),
        ("¥1,234", "1234", "CNY"),
        ("￥1.11", "1.11", "CNY"),
        ("1234元", "1234", "CNY"),
        ("EUR 1 234,50", "1234.50", "EUR"),
        ("-1.234,567", "-1234.567", None),
        ("(1,234.00)", "-1234.00", None),
        ("US$ 5", "5", "USD"),
        ("1'234.50 CHF", "1234.50", "CHF"),
        ("€-12", "-12", "EUR"),
    ],
)
def test_money_with_separators_and_signs(text, amount, currency):
    assert parse_money(text) == Money(Decimal(amount), currency)


def test_money_from_number_cells_uses_the_default_currency():
    assert parse_money(12.5, default_currency="EUR") == Money(Decimal("12.5"), "EUR")
    assert parse_money(None) is None and parse_money("") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12.345,67", "12345.67"),
        ("123,4567", "123.4567"),
        ("-1.234,567", "-1234.567"),
        ("1,234,567", "1234567"),
        ("1.234.567", "1234567"),
        ("0,125", "0.125"),
        ("12,5", "12.5"),
        ("7.500", "7.500"),
        ("1 234 567", "1234567"),
        ("111.11%", "111.11"),
        ("٣٫١٤", "3.14"),
        ("+42", "42"),
        ("5-", "-5"),
    ],
)
def test_numbers_stored_as_text(text, expected):
    assert parse_decimal(text) == Decimal(expected)


def test_the_country_dependent_case_follows_the_column():
    assert parse_decimal("1.234") == Decimal("1.234")
    assert parse_decimal("1,234") == Decimal("1234")
    assert parse_decimal("1.234", decimal_separator=",") == Decimal("1234")
    assert parse_decimal("1,234", decimal_separator=",") == Decimal("1.234")


@pytest.mark.parametrize("text", ["abc", "1.2.3,4,5", "66.59.32.255", "1,23,4", "12e5", "€"])
def test_not_numbers_raise(text):
    with pytest.raises(ValidationError):
        parse_money(text)


def test_number_cells():
    assert parse_decimal(2087.0249999999996) == Decimal("2087.0249999999996")
    assert parse_decimal(7) == Decimal(7)
    with pytest.raises(ValidationError):
        parse_decimal(True)
    with pytest.raises(ValidationError):
        parse_decimal(float("nan"))


def test_integers():
    assert parse_integer("1 234") == 1234 and parse_integer(12.0) == 12
    assert parse_integer("-") is None
    with pytest.raises(ValidationError, match="whole number"):
        parse_integer("12.5")


def test_decimal_separator_of_a_column():
    assert detect_decimal_separator(["1.234,56", "12,5", 3.5]).decimal_separator == ","
    assert detect_decimal_separator(["1,234.56", "7"]).decimal_separator == "."
    unsure = detect_decimal_separator(["1.234", "5.678"])
    assert unsure.decimal_separator is None and unsure.ambiguous
    mixed = detect_decimal_separator(["1.234,56", "1,234.56"])
    assert mixed.ambiguous
    assert not detect_decimal_separator(["12", None]).ambiguous
