"""Money: typed amounts in many conventions become exact minor units, and format back."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.domain.money import (
    EXPONENTS,
    Money,
    currency_exponent,
    detect_currency,
    format_money,
    parse_decimal,
    parse_money,
    to_minor,
)
from crmdesk.errors import ValidationError

CURRENCIES = sorted(EXPONENTS)
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("1 234,50 €", "EUR", 123450),
        ("$1,234.50", "USD", 123450),
        ("1.234.567", "EUR", 123456700),
        ("1,234", "EUR", 123400),
        ("12,5", "EUR", 1250),
        ("0,125", "KWD", 125),
        ("1.234", "KWD", 1234),
        ("1,234", "JPY", 1234),
        ("¥1,000", "CNY", 100000),
        ("۱۲٬۰۰۰٬۰۰۰ ریال", "IRR", 1200000000),
        ("٣٫٥", "EUR", 350),
        ("CHF 1'234.–", "CHF", 123400),
        ("12,34,567.00", "INR", 123456700),
        ("-12,5", "EUR", -1250),
        ("(1.234,56)", "EUR", -123456),
        ("100 Kč", "CZK", 10000),
        ("1\u00a0234,5 zł", "PLN", 123450),
        ("usd 7", "USD", 700),
        ("+3", "HUF", 300),
    ],
)
def test_parse_money_understands_common_conventions(text: str, currency: str, minor: int) -> None:
    assert parse_money(text, currency=currency) == Money(minor, currency)


@pytest.mark.parametrize(
    ("text", "currency", "message"),
    [
        ("12.5", "JPY", "more decimals than JPY"),
        ("1.999", "BHD", None),
        ("100 USD", "EUR", "is in USD"),
        ("1.5.2023", "EUR", "not an amount"),
        ("abc", "EUR", "not an amount"),
        ("", "EUR", "not an amount"),
        ("12", "EURO", "not a currency code"),
    ],
)
def test_parse_money_refuses_what_it_cannot_read_exactly(
    text: str, currency: str, message: str | None
) -> None:
    if message is None:  # 1.999 BHD is exact: three decimals
        assert parse_money(text, currency=currency).minor == 1999
        return
    with pytest.raises(ValidationError, match=message):
        parse_money(text, currency=currency)


def test_parse_money_error_names_the_field() -> None:
    with pytest.raises(ValidationError) as error:
        parse_money("lots", currency="EUR", field="total")
    assert error.value.field == "total"


def test_iso_exponents_with_irr_following_iso() -> None:
    assert [currency_exponent(c) for c in ("EUR", "JPY", "IRR", "KWD", "XYZ")] == [2, 0, 2, 3, 2]


def test_detect_currency_from_signs_words_and_codes() -> None:
    assert [detect_currency(t) for t in ("12 €", "Kč 5", "5 usd", "۵ ریال", "12")] == [
        "EUR",
        "CZK",
        "USD",
        "IRR",
        None,
    ]


def test_parse_decimal_keeps_sub_minor_precision_for_unit_prices() -> None:
    assert parse_decimal("0,125 €") == (Decimal("0.125"), ("EUR",))
    assert parse_decimal(2.5) == (Decimal("2.5"), ())


def test_to_minor_rounds_half_up() -> None:
    assert to_minor(Decimal("0.125"), "EUR") == 13
    assert to_minor(Decimal("-0.125"), "EUR") == -13
    assert to_minor(Decimal("2.5"), "JPY") == 3


def test_format_money_is_locale_independent() -> None:
    assert format_money(Money(-123456, "EUR")) == "-1,234.56 EUR"
    assert format_money(Money(1234, "JPY")) == "1,234 JPY"
    assert format_money(Money(5, "KWD"), code=False) == "0.005"


amounts = st.builds(
    Money, st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(CURRENCIES)
)


@given(amounts)
def test_format_then_parse_gives_the_same_money(money: Money) -> None:
    assert parse_money(format_money(money), currency=money.currency) == money


@given(amounts, st.sampled_from([(".", ","), (",", "."), (" ", ","), ("\u00a0", ","), ("", ".")]))
def test_parse_reads_back_any_grouping_and_decimal_mark(
    money: Money, marks: tuple[str, str]
) -> None:
    group, decimal_mark = marks
    text = format_money(money, code=False).replace(",", "\x00").replace(".", decimal_mark)
    text = text.replace("\x00", group)
    assert parse_money(text, currency=money.currency) == money


@given(amounts)
def test_parse_reads_persian_digits_and_separators(money: Money) -> None:
    text = format_money(money, code=False).replace(",", "٬").replace(".", "٫")
    assert parse_money(text.translate(PERSIAN_DIGITS), currency=money.currency) == money


@given(st.text(max_size=30), st.sampled_from(CURRENCIES))
def test_any_text_gives_money_or_a_validation_error(text: str, currency: str) -> None:
    try:
        money = parse_money(text, currency=currency)
    except ValidationError as error:
        assert error.field == "value"
    else:
        assert money.currency == currency


@given(
    st.decimals(
        allow_nan=False, allow_infinity=False, places=2, max_value=10**12, min_value=-(10**12)
    )
)
def test_decimals_with_two_places_are_exact_in_eur(amount: Decimal) -> None:
    assert parse_money(amount, currency="EUR").to_decimal() == amount
