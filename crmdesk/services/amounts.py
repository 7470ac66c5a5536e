"""Money fields shared by deals and orders: an amount typed as text or given in minor units.

A record stores integer minor units plus a currency. Forms and imports may give either
``<amount>`` (text like "1 234,50 €", a Decimal or an int in major units) or
``<amount>_minor``; the text is parsed with the record's currency (see domain.money).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.db.models import Setting
from crmdesk.db.seed import DEFAULT_CURRENCY_KEY, DEFAULT_SETTINGS
from crmdesk.domain.money import currency_exponent, parse_money
from crmdesk.domain.validation import check_currency
from crmdesk.errors import ValidationError


def default_currency(session: Session) -> str:
    """The file's default currency (setting `default_currency`; EUR when unset)."""
    value = session.scalar(select(Setting.value).where(Setting.key == DEFAULT_CURRENCY_KEY))
    try:
        return check_currency(value or DEFAULT_SETTINGS[DEFAULT_CURRENCY_KEY])
    except ValidationError:
        return DEFAULT_SETTINGS[DEFAULT_CURRENCY_KEY]


def minor_units(value: Any, field: str) -> int | None:
    """Cleaner for a ``*_minor`` field: a whole, non-negative number of minor units."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(f"{_label(field)} must be a whole number.", field=field)
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(f"{_label(field)} must be a whole number.", field=field) from None
    if number != value and not isinstance(value, str):
        raise ValidationError(f"{_label(field)} must be a whole number.", field=field)
    if number < 0:
        raise ValidationError(f"{_label(field)} cannot be negative.", field=field)
    return number


def take_amount(
    values: dict[str, Any], *, amount_key: str, minor_key: str, currency: str
) -> int | None:
    """Pop ``amount_key`` from ``values`` and return it as minor units of ``currency``.

    Also accepts ``minor_key`` (already minor units). None when neither was given; an empty
    amount means zero.
    """
    if amount_key in values and minor_key in values:
        raise ValidationError(
            f"Give either {_label(amount_key).lower()} or {minor_key}, not both.", field=amount_key
        )
    if minor_key in values:
        return minor_units(values.pop(minor_key), minor_key) or 0
    if amount_key not in values:
        return None
    raw = values.pop(amount_key)
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return 0
    money = parse_money(raw, currency=currency, field=amount_key)
    if money.minor < 0:
        raise ValidationError(f"{_label(amount_key)} cannot be negative.", field=amount_key)
    return money.minor


def check_currency_change(old: str, new: str, *, amount_given: bool, field: str) -> None:
    """Refuse a currency change that would silently rescale stored minor units."""
    if old != new and not amount_given and currency_exponent(old) != currency_exponent(new):
        raise ValidationError(
            f"{old} and {new} have a different number of decimals: enter the "
            f"{_label(field).lower()} again when changing the currency.",
            field=field,
        )


def currency_of(values: Mapping[str, Any], fallback: str) -> str:
    """The currency ``values`` set (validated), or ``fallback``."""
    raw = values.get("currency")
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return fallback
    return check_currency(str(raw))


def _label(field: str) -> str:
    return field.replace("_", " ").capitalize()
