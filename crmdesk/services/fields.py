"""Field cleaners: turn what a user typed (or an importer read) into a value we can store.

Each cleaner takes the raw value and the field name and returns the stored value or raises
ValidationError naming the field. Services describe their editable fields as a mapping
from field name to cleaner, so create, update and import share one set of rules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from crmdesk.domain.text import fold
from crmdesk.domain.validation import check_currency, check_range, clean_text
from crmdesk.errors import ValidationError

Cleaner = Callable[[Any, str], Any]


def text(max_length: int, *, required: bool = False) -> Cleaner:
    def clean(value: Any, field: str) -> str | None:
        return clean_text(value, field=field, max_length=max_length, required=required)

    return clean


def choice(enum: type[StrEnum], *, required: bool = False) -> Cleaner:
    allowed = {member.value for member in enum}

    def clean(value: Any, field: str) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                raise ValidationError(f"{_label(field)} is required.", field=field)
            return None
        key = fold(str(value)).replace(" ", "_")
        if key not in allowed:
            options = ", ".join(sorted(allowed))
            raise ValidationError(
                f"“{value}” is not a valid {_label(field).lower()} (one of: {options}).",
                field=field,
            )
        return key

    return clean


def integer(*, low: int, high: int) -> Cleaner:
    def clean(value: Any, field: str) -> int | None:
        if value is None or value == "":
            return None
        try:
            number = int(fold(value) if isinstance(value, str) else value)
        except (TypeError, ValueError):
            raise ValidationError(f"{_label(field)} must be a whole number.", field=field) from None
        return check_range(number, field=field, low=low, high=high)

    return clean


def boolean(value: Any, field: str) -> bool:
    if isinstance(value, bool):
        return value
    if value is None or value == "":
        return False
    if isinstance(value, int):
        return value != 0
    key = fold(str(value))
    if key in {"1", "yes", "true", "y", "ano", "áno", "是", "بله", "x"}:
        return True
    if key in {"0", "no", "false", "n", "nie", "否", "خیر"}:
        return False
    raise ValidationError(f"{_label(field)} must be yes or no.", field=field)


def day(value: Any, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(fold(str(value)))
    except ValueError:
        raise ValidationError(f"“{value}” is not a date (use YYYY-MM-DD).", field=field) from None


def moment(value: Any, field: str) -> datetime | None:
    """A point in time; naive values are taken as UTC (callers convert local input first)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    else:
        try:
            parsed = datetime.fromisoformat(fold(str(value)).replace("z", "+00:00"))
        except ValueError:
            raise ValidationError(f"“{value}” is not a date and time.", field=field) from None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def currency(value: Any, field: str) -> str:
    return check_currency(str(value or ""), field=field)


def clean_values(
    cleaners: Mapping[str, Cleaner], values: Mapping[str, Any], *, entity: str
) -> dict[str, Any]:
    """Clean every value; an unknown field name is a programming or mapping error."""
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        cleaner = cleaners.get(name)
        if cleaner is None:
            raise ValidationError(f"A {entity} has no field “{name}”.", field=name)
        cleaned[name] = cleaner(value, name)
    return cleaned


def _label(field: str) -> str:
    return field.replace("_", " ").capitalize()
