"""Validation of single values, each raising ValidationError with a sentence a user understands."""

from __future__ import annotations

import re
from datetime import date

from crmdesk.errors import ValidationError

# Pragmatic email syntax: one @, a dot in the domain, no spaces. Unicode local parts and
# IDN domains are accepted (Persian and Chinese users have them).
_EMAIL = re.compile(r"^[^\s@<>()\[\],;:\"]+@[^\s@<>()\[\],;:\"]+\.[^\s@<>()\[\],;:\".]{2,}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def clean_text(value: object, *, field: str, max_length: int, required: bool = False) -> str | None:
    """Strip a text value; empty becomes None (or an error when required)."""
    text = "" if value is None else str(value).strip()
    if not text:
        if required:
            raise ValidationError(
                f"{field.replace('_', ' ').capitalize()} is required.", field=field
            )
        return None
    if len(text) > max_length:
        raise ValidationError(
            f"{field.replace('_', ' ').capitalize()} is too long ({len(text)} characters; "
            f"at most {max_length}).",
            field=field,
        )
    return text


def normalize_email(value: str, *, field: str = "email") -> str:
    """Return the email trimmed, with the domain lower-cased; raise if it is not an email."""
    email = value.strip().strip("<>").strip()
    if not _EMAIL.match(email):
        raise ValidationError(f"“{value.strip()}” is not a valid email address.", field=field)
    local, _, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}"


def email_match_key(email: str) -> str:
    """The key two emails are compared by for duplicates (case-insensitive)."""
    return email.strip().casefold()


def check_birthday(year: int | None, month: int | None, day: int | None) -> None:
    """Month and day are needed together; the year is optional (many people don't tell)."""
    if month is None and day is None:
        if year is not None:
            raise ValidationError("A birthday needs a day and a month.", field="birthday")
        return
    if month is None or day is None:
        raise ValidationError("A birthday needs both a day and a month.", field="birthday")
    try:
        date(year if year is not None else 2000, month, day)  # 2000 is a leap year: 29 Feb ok
    except ValueError:
        raise ValidationError("That birthday is not a real date.", field="birthday") from None
    if year is not None and not 1900 <= year <= date.today().year:
        raise ValidationError(f"Birth year {year} is not plausible.", field="birthday")


def check_currency(code: str, *, field: str = "currency") -> str:
    code = code.strip().upper()
    if not _CURRENCY.match(code):
        raise ValidationError(f"“{code}” is not a currency code like EUR or IRR.", field=field)
    return code


def check_range(value: int | None, *, field: str, low: int, high: int) -> int | None:
    if value is not None and not low <= value <= high:
        raise ValidationError(
            f"{field.replace('_', ' ').capitalize()} must be between {low} and {high}.", field=field
        )
    return value
