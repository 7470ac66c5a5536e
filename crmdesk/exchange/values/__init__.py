"""Cell values to field values: pure functions, no database, no Qt.

Every parser returns None for an empty cell and raises ``ValidationError`` (with ``field`` set)
for a value it cannot read; nothing else escapes. ``parse_value`` dispatches on a field's
``ValueKind`` so the import run needs one call per cell.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from crmdesk.domain import enums
from crmdesk.errors import ValidationError
from crmdesk.exchange.source import CellValue
from crmdesk.exchange.values.columns import (
    ColumnDateOrder,
    ColumnNumberFormat,
    DateOrderDetector,
    detect_date_order,
    detect_decimal_separator,
)
from crmdesk.exchange.values.contact import (
    parse_choice,
    parse_country,
    parse_email,
    parse_emails,
    parse_phone,
)
from crmdesk.exchange.values.dates import (
    DateOrder,
    PartialDate,
    excel_serial_to_date,
    parse_birthday,
    parse_date,
    parse_datetime,
)
from crmdesk.exchange.values.labels import email_label, phone_label
from crmdesk.exchange.values.numbers import (
    Money,
    parse_decimal,
    parse_integer,
    parse_money,
    split_currency,
)
from crmdesk.exchange.values.text import cell_text, fold_digits, parse_bool, split_tags

__all__ = [
    "ColumnDateOrder",
    "ColumnNumberFormat",
    "DateOrder",
    "DateOrderDetector",
    "Money",
    "PartialDate",
    "ValueKind",
    "ValueOptions",
    "cell_text",
    "detect_date_order",
    "detect_decimal_separator",
    "email_label",
    "excel_serial_to_date",
    "fold_digits",
    "parse_birthday",
    "parse_bool",
    "parse_choice",
    "parse_country",
    "parse_date",
    "parse_datetime",
    "parse_decimal",
    "parse_email",
    "parse_emails",
    "parse_integer",
    "parse_money",
    "parse_phone",
    "parse_value",
    "phone_label",
    "split_currency",
    "split_tags",
]


T = TypeVar("T")


class ValueKind(StrEnum):
    """What a target field holds, and so which parser reads its cells."""

    TEXT = "text"  # str (leading zeros kept; 1234.0 -> "1234")
    EMAIL = "email"  # str, normalised
    PHONE = "phone"  # crmdesk.domain.phones.Phone
    LABEL = "label"  # str: a phone/email label column ("Mobile", "* Work")
    DATE = "date"  # datetime.date
    DATETIME = "datetime"  # datetime.datetime (naive unless the text named a zone)
    BIRTHDAY = "birthday"  # PartialDate
    INTEGER = "integer"  # int
    DECIMAL = "decimal"  # Decimal
    MONEY = "money"  # Money
    CURRENCY = "currency"  # ISO 4217 code
    BOOLEAN = "boolean"  # bool
    TAGS = "tags"  # list[str]
    COUNTRY = "country"  # ISO 3166 alpha-2
    URL = "url"  # str
    LIFECYCLE = "lifecycle"  # enums.Lifecycle
    GENDER = "gender"  # enums.Gender
    ORDER_STATUS = "order_status"
    TICKET_STATUS = "ticket_status"
    PRIORITY = "priority"
    TICKET_CATEGORY = "ticket_category"
    CHANNEL = "channel"


@dataclass(frozen=True, slots=True)
class ValueOptions:
    """Choices that apply to a whole import (or column): default region for phones, date
    order, decimal separator, the workbook's date system, default currency."""

    region: str | None = None
    date_order: DateOrder | None = None
    decimal_separator: str | None = None
    date1904: bool = False
    default_currency: str | None = None


_CHOICES: dict[ValueKind, type[StrEnum]] = {
    ValueKind.LIFECYCLE: enums.Lifecycle,
    ValueKind.GENDER: enums.Gender,
    ValueKind.ORDER_STATUS: enums.OrderStatus,
    ValueKind.TICKET_STATUS: enums.TicketStatus,
    ValueKind.PRIORITY: enums.Priority,
    ValueKind.TICKET_CATEGORY: enums.TicketCategory,
    ValueKind.CHANNEL: enums.Channel,
}


def parse_value(
    kind: ValueKind, value: CellValue, *, options: ValueOptions = ValueOptions(), field: str
) -> object:
    """The value of one cell for a field of ``kind``; None when the cell is empty."""
    o = options
    if kind in _CHOICES:
        return parse_choice(value, _CHOICES[kind], field=field)
    match kind:
        case ValueKind.EMAIL:
            return parse_email(value, field=field)
        case ValueKind.PHONE:
            return parse_phone(value, region=o.region, field=field)
        case ValueKind.DATE:
            return _field(field, lambda: parse_date(value, order=o.date_order, date1904=o.date1904))
        case ValueKind.DATETIME:
            return _field(
                field, lambda: parse_datetime(value, order=o.date_order, date1904=o.date1904)
            )
        case ValueKind.BIRTHDAY:
            return _field(field, lambda: parse_birthday(value, order=o.date_order))
        case ValueKind.INTEGER:
            return parse_integer(value, field=field)
        case ValueKind.DECIMAL:
            return parse_decimal(value, decimal_separator=o.decimal_separator, field=field)
        case ValueKind.MONEY:
            return parse_money(
                value,
                decimal_separator=o.decimal_separator,
                default_currency=o.default_currency,
                field=field,
            )
        case ValueKind.BOOLEAN:
            return parse_bool(value, field=field)
        case ValueKind.TAGS:
            return split_tags(value)
        case ValueKind.COUNTRY:
            return parse_country(value, field=field)
        case ValueKind.CURRENCY:
            return _currency(value, field)
    return cell_text(value)


def _field(field: str, call: Callable[[], T]) -> T:
    """Run ``call`` and stamp ``field`` on its ValidationError (date parsers say "date")."""
    try:
        return call()
    except ValidationError as error:
        raise ValidationError(error.message, field=field) from None


def _currency(value: CellValue, field: str) -> str | None:
    text = cell_text(value)
    if text is None:
        return None
    _, code = split_currency(text)
    if code is None and len(text) == 3 and text.isalpha():
        code = text.upper()
    if code is None:
        raise ValidationError(f"“{text}” is not a currency code like EUR or IRR.", field=field)
    return code
