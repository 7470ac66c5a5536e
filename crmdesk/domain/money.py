"""Exact money: integer minor units plus an ISO 4217 currency code.

Users type amounts the way their country writes them: `1 234,50 €`, `$1,234.50`, `1.234.567`,
`۱۲٬۰۰۰٬۰۰۰ ریال`, `CHF 1'234.–`. `parse_money` turns all of these into minor units using
the currency's exponent; `format_money` writes a locale-independent form that parses back to
the same value (the UI formats for display with QLocale from `to_decimal`).

Exponents follow ISO 4217. Note IRR: ISO gives it 2 decimals although rials are used without
fractions in practice; we follow ISO, so `100 IRR` is stored as 10000 minor units. Unknown
codes get 2 decimals.

Separators: when both `.` and `,` occur, the last one is the decimal mark. When only one kind
occurs, several occurrences are thousands separators; a single one followed by exactly three
digits is a thousands separator (`1,234` and `1.234` are 1234) unless the currency has three
decimals or the integer part is 0 (`0,125`); otherwise it is the decimal mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from crmdesk.domain.text import fold
from crmdesk.domain.validation import check_currency
from crmdesk.errors import ValidationError

#: ISO 4217 minor-unit exponents of the currencies our users meet; others default to 2.
EXPONENTS: dict[str, int] = {
    "EUR": 2, "USD": 2, "GBP": 2, "CZK": 2, "IRR": 2, "CNY": 2, "JPY": 0, "CHF": 2,
    "PLN": 2, "HUF": 2, "AED": 2, "TRY": 2, "RUB": 2, "SAR": 2, "INR": 2, "HKD": 2,
    "SEK": 2, "NOK": 2, "DKK": 2, "CAD": 2, "AUD": 2, "KRW": 0, "VND": 0, "ISK": 0,
    "CLP": 0, "UAH": 2, "RON": 2, "BGN": 2, "AFN": 2, "IQD": 3, "KWD": 3, "BHD": 3,
    "OMR": 3, "JOD": 3, "TND": 3, "LYD": 3,
}  # fmt: skip

#: Currency signs and local words as they look after `fold`, longest first when matching.
#: A sign shared by several currencies (`$`, `¥`) lists them all; the first is the guess.
SIGNS: dict[str, tuple[str, ...]] = {
    "€": ("EUR",), "£": ("GBP",), "us$": ("USD",), "$": ("USD", "CAD", "AUD", "HKD", "NZD",
    "SGD", "MXN"), "kc": ("CZK",), "zl": ("PLN",), "ft": ("HUF",), "₽": ("RUB",),
    "руб": ("RUB",), "₺": ("TRY",), "tl": ("TRY",), "ریال": ("IRR",), "rial": ("IRR",),
    "元": ("CNY",), "人民币": ("CNY",), "rmb": ("CNY",), "¥": ("JPY", "CNY"), "円": ("JPY",),
    "fr.": ("CHF",), "د.ا": ("AED",), "درهم": ("AED",), "₹": ("INR",),
}  # fmt: skip

_SIGNS_BY_LENGTH = sorted(SIGNS, key=len, reverse=True)
_IGNORED = str.maketrans("", "", " \u00a0\u202f\u2009\u2007'’\u066c")
_CODES_AT_EDGES = re.compile(r"([a-z]{3})?\s*(.*?)\s*([a-z]{3})?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*[.,]?|[.,]\d+")
_GROUPS = re.compile(r"\d{1,3}(?:[.,]\d{2,3})*[.,]\d{3}")


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An exact amount: ``minor`` units (cents, haléře) of ``currency``."""

    minor: int
    currency: str

    @property
    def exponent(self) -> int:
        return currency_exponent(self.currency)

    def to_decimal(self) -> Decimal:
        """The amount in major units (for QLocale formatting, spreadsheets, charts)."""
        return to_decimal(self.minor, self.currency)

    def __str__(self) -> str:
        return format_money(self)


def currency_exponent(currency: str) -> int:
    """Decimal places of ``currency`` (ISO 4217; 2 for codes not in our table)."""
    return EXPONENTS.get(currency.upper(), 2)


def to_decimal(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-currency_exponent(currency))


def to_minor(amount: Decimal, currency: str) -> int:
    """Major units to minor units, rounding half up (away from zero) to whole minor units."""
    scaled = amount.scaleb(currency_exponent(currency))
    return int(scaled.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_money(money: Money, *, code: bool = True) -> str:
    """Locale-independent text: `-1,234.50 EUR`, `1,234 JPY`; parses back to ``money``."""
    exponent = money.exponent
    sign = "-" if money.minor < 0 else ""
    whole, fraction = divmod(abs(money.minor), 10**exponent)
    text = f"{sign}{whole:,}"
    if exponent:
        text += f".{fraction:0{exponent}d}"
    return f"{text} {money.currency}" if code else text


def detect_currency(text: str) -> str | None:
    """The currency a typed amount names by sign, word or ISO code (`€`, `Kč`, `USD`).

    For a sign several currencies use (`$`, `¥`) this is a guess: the most common one.
    """
    named = _split(fold(text))[1]
    return named[0] if named else None


def parse_decimal(
    value: object, *, field: str = "value", decimals: int | None = None
) -> tuple[Decimal, tuple[str, ...]]:
    """A typed amount in major units, plus the currencies its text may name (often none).

    ``decimals`` is the number of decimals the amount is expected to have; it only decides
    the `1,234` / `1.234` ambiguity (three decimals: decimal mark; otherwise thousands).
    """
    if isinstance(value, bool) or value is None:
        raise ValidationError(f"{_label(field)} must be an amount.", field=field)
    if isinstance(value, int | Decimal):
        if isinstance(value, Decimal) and not value.is_finite():
            raise ValidationError(f"{_label(field)} must be an amount.", field=field)
        return Decimal(value), ()
    if isinstance(value, float):
        return parse_decimal(str(value), field=field, decimals=decimals)
    text = str(value).strip()
    body, named = _split(fold(text.replace("\u066b", ".")))
    body, negative = _sign(body)
    number = _normalize_separators(body, decimals) if _NUMBER.fullmatch(body) else None
    if number is None:
        raise ValidationError(f"“{text}” is not an amount.", field=field)
    amount = Decimal(number)
    return (-amount if negative else amount), named


def parse_money(value: object, *, currency: str, field: str = "value") -> Money:
    """An amount typed by a user (or read from a sheet) as exact ``currency`` minor units.

    Refuses text naming another currency, and more decimals than the currency has.
    """
    code = check_currency(currency, field="currency")
    exponent = currency_exponent(code)
    amount, named = parse_decimal(value, field=field, decimals=exponent)
    if named and code not in named:
        raise ValidationError(
            f"“{value}” is in {named[0]}, but the currency here is {code}.", field=field
        )
    exact = amount.scaleb(exponent)
    if exact != exact.to_integral_value():
        places = f"{exponent} decimal places" if exponent else "no decimal places"
        raise ValidationError(
            f"“{value}” has more decimals than {code} allows ({places}).", field=field
        )
    return Money(int(exact), code)


def _split(folded: str) -> tuple[str, tuple[str, ...]]:
    """(the amount without signs, codes and spaces; the currencies named)."""
    named: tuple[str, ...] = ()
    text = folded
    for sign in _SIGNS_BY_LENGTH:
        if sign in text:
            named = named or SIGNS[sign]
            text = text.replace(sign, " ")
    match = _CODES_AT_EDGES.fullmatch(text.strip())
    if match is not None:
        code = match.group(1) or match.group(3)
        if code and not named:
            named = (code.upper(),)
        text = match.group(2)
    return text.translate(_IGNORED), named


def _sign(text: str) -> tuple[str, bool]:
    """Strip a sign written as `-12`, `12-`, `(12)` or `+12`; `12.-` is a whole amount."""
    text = re.sub(r"[.,][-–]$", "", text)  # "12.-" and "12,–": Swiss and German price tags
    if text.startswith("(") and text.endswith(")"):
        return text[1:-1], True
    if text.startswith(("-", "−")):
        return text[1:], True
    if text.endswith(("-", "−")):
        return text[:-1], True
    return text.removeprefix("+"), False


def _normalize_separators(body: str, decimals: int | None) -> str | None:
    """Plain `1234.50` from digits with thousands separators and a decimal mark (or None)."""
    marks = [ch for ch in body if ch in ".,"]
    if not marks:
        return body
    if len(set(marks)) == 2:
        decimal_mark = body[max(body.rfind("."), body.rfind(","))]
        whole, _, fraction = body.rpartition(decimal_mark)
        return _ungroup(whole, f".{fraction}")
    if len(marks) > 1:
        return _ungroup(body, "")
    whole, _, fraction = body.partition(marks[0])
    if len(fraction) == 3 and decimals != 3 and whole.lstrip("0"):
        return whole + fraction
    return f"{whole or '0'}.{fraction or '0'}"


def _ungroup(grouped: str, fraction: str) -> str | None:
    """`1,234,567` or `12,34,567` (Indian) without separators; None when not a grouping."""
    if not re.search(r"[.,]", grouped):
        return grouped + fraction
    if not _GROUPS.fullmatch(grouped) or len(set(re.findall(r"[.,]", grouped))) > 1:
        return None
    return re.sub(r"[.,]", "", grouped) + fraction


def _label(field: str) -> str:
    return field.replace("_", " ").capitalize()
