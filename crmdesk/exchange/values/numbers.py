"""Numbers and money from cells, including numbers stored as text.

"1.234,56 €", "$1,234.56", "12 345 Kč", "۱۲٬۳۴۵ ریال", "¥1,234", "(1,234.00)", "50 %".
When both "." and "," appear the last one is the decimal separator. A single separator followed
by exactly three digits ("1.234", "1,234") is the one case that depends on the country: pass the
column's ``decimal_separator`` (see ``columns.detect_decimal_separator``); without it the
English convention applies ("." decimal, "," thousands).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from crmdesk.errors import ValidationError
from crmdesk.exchange.source import CellValue
from crmdesk.exchange.values.text import fold_digits

_IGNORED = re.compile(r"[\s\u00a0\u202f\u2009\u2007'’ʼ٬]")
_BLANK = frozenset({"", "-", "–", "—", "n/a", "N/A"})

# Longest first, so "US$" wins over "$". Codes are ISO 4217; "تومان" (toman, 10 rials) is
# written as "IRT", the code Iranian shops use for it.
CURRENCY_SIGNS: dict[str, str] = {
    "US$": "USD", "NT$": "TWD", "HK$": "HKD", "CA$": "CAD", "AU$": "AUD", "A$": "AUD",
    "C$": "CAD", "R$": "BRL", "S$": "SGD", "RMB": "CNY", "руб.": "RUB", "руб": "RUB",
    "тенге": "KZT", "ریال": "IRR", "ريال": "IRR", "تومان": "IRT", "toman": "IRT",
    "rial": "IRR", "rls": "IRR", "د.إ": "AED", "ر.س": "SAR", "د.ك": "KWD", "lei": "RON",
    "Kč": "CZK", "Kc": "CZK", "zł": "PLN", "Ft": "HUF", "лв": "BGN", "kn": "HRK", "Fr.": "CHF",
    "€": "EUR", "$": "USD", "£": "GBP", "¥": "CNY", "￥": "CNY", "元": "CNY", "円": "JPY",
    "₩": "KRW", "₹": "INR", "₺": "TRY", "₴": "UAH", "₪": "ILS", "₽": "RUB", "﷼": "IRR",
    "₫": "VND", "฿": "THB", "₦": "NGN",
}  # fmt: skip
_SIGNS_BY_LENGTH = sorted(CURRENCY_SIGNS, key=len, reverse=True)
_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])")


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str | None  # ISO 4217 code when the cell named one


def _not_a_number(value: object, field: str) -> ValidationError:
    return ValidationError(f"“{str(value).strip()}” is not a number.", field=field)


def _from_cell_number(value: CellValue, field: str) -> Decimal | None:
    if isinstance(value, bool):
        raise _not_a_number(value, field)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise _not_a_number(value, field)
        return Decimal(repr(value))
    return None


def parse_decimal(
    value: CellValue, *, decimal_separator: str | None = None, field: str = "number"
) -> Decimal | None:
    """A number from a number cell or from text; None for an empty cell.

    A trailing "%" is dropped, not divided by 100 ("50 %" is 50)."""
    if value is None:
        return None
    number = _from_cell_number(value, field)
    if number is not None:
        return number
    if not isinstance(value, str):
        raise _not_a_number(value, field)
    text = fold_digits(value).strip()
    if text in _BLANK:
        return None
    return _parse_text(text, decimal_separator, value, field)


def _parse_text(text: str, decimal_separator: str | None, original: str, field: str) -> Decimal:
    if "٫" in text:  # the Arabic decimal separator is never a thousands separator
        text, decimal_separator = text.replace("٫", "."), "."
    text = _IGNORED.sub("", text).rstrip("%٪")
    negative = False
    if text.startswith("(") and text.endswith(")"):
        text, negative = text[1:-1], True
    if text and text[0] in "-−+":
        negative, text = negative or text[0] != "+", text[1:]
    elif text.endswith("-"):
        negative, text = True, text[:-1]
    canonical = _canonical(text, decimal_separator)
    if canonical is None:
        raise _not_a_number(original, field)
    try:
        number = Decimal(canonical)
    except InvalidOperation:
        raise _not_a_number(original, field) from None
    return -number if negative else number


def _canonical(body: str, decimal_separator: str | None) -> str | None:
    """``body`` (digits and . ,) with "." as the only, decimal, separator; None if malformed."""
    if not body or not re.fullmatch(r"[0-9.,]+", body) or not any(c.isdigit() for c in body):
        return None
    last_dot, last_comma = body.rfind("."), body.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        decimal = "." if last_dot > last_comma else ","
    elif last_dot < 0 and last_comma < 0:
        return body
    else:
        sep = "." if last_dot >= 0 else ","
        decimal = sep if _single_decimal(body, sep, decimal_separator) else ""
    thousands = {".": ",", ",": "."}.get(decimal, "." if "." in body else ",")
    whole, _, fraction = body.rpartition(decimal) if decimal else (body, "", "")
    if decimal and body.count(decimal) > 1:
        return None
    if thousands in whole and not re.fullmatch(
        rf"\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+", whole
    ):
        return None
    whole = whole.replace(thousands, "")
    return f"{whole or '0'}.{fraction}" if decimal else whole


def _single_decimal(body: str, sep: str, decimal_separator: str | None) -> bool:
    """Whether the only kind of separator in ``body`` is the decimal one."""
    if body.count(sep) > 1:
        return False
    whole, _, fraction = body.partition(sep)
    if len(fraction) != 3 or not whole or whole.startswith("0") or len(whole) > 3:
        return True  # "12,5", "0.125", "1234.567": cannot be thousands
    if decimal_separator is not None:
        return sep == decimal_separator
    return sep == "."


def parse_integer(value: CellValue, *, field: str = "number") -> int | None:
    number = parse_decimal(value, field=field)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise ValidationError(f"“{value}” is not a whole number.", field=field)
    return int(number)


def split_currency(text: str) -> tuple[str, str | None]:
    """(the text without its currency sign or code, the ISO code found or None)."""
    for sign in _SIGNS_BY_LENGTH:
        index = text.find(sign) if not sign.isalpha() else _word_find(text, sign)
        if index >= 0:
            return (text[:index] + " " + text[index + len(sign) :]).strip(), CURRENCY_SIGNS[sign]
    match = _CODE.search(text)
    if match:
        return (text[: match.start()] + " " + text[match.end() :]).strip(), match.group(1)
    return text, None


def _word_find(text: str, word: str) -> int:
    match = re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", text, re.IGNORECASE)
    return match.start() if match else -1


def parse_money(
    value: CellValue,
    *,
    decimal_separator: str | None = None,
    default_currency: str | None = None,
    field: str = "amount",
) -> Money | None:
    """An amount and, when the cell names one, its currency ("1.234,56 €" -> 1234.56 EUR)."""
    if value is None:
        return None
    if not isinstance(value, str):
        amount = parse_decimal(value, field=field)
        return None if amount is None else Money(amount, default_currency)
    text, currency = split_currency(fold_digits(value).strip())
    amount = parse_decimal(text, decimal_separator=decimal_separator, field=field)
    if amount is None:
        if currency is not None:
            raise _not_a_number(value, field)
        return None
    return Money(amount, currency or default_currency)
