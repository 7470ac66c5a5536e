"""Phone numbers: parsed with `phonenumbers`, stored raw plus E.164."""

from __future__ import annotations

from dataclasses import dataclass

import phonenumbers

from crmdesk.domain.text import fold
from crmdesk.errors import ValidationError


@dataclass(frozen=True, slots=True)
class Phone:
    raw: str
    e164: str


def normalize_phone(raw: str, *, region: str | None, field: str = "phone") -> Phone:
    """Parse ``raw`` (Persian/Arabic digits allowed) with ``region`` as the default country.

    Raises ValidationError when the text is not a possible phone number.
    """
    text = raw.strip()
    # fold() of ASCII text is its lower case with runs of spaces made one: done directly.
    ascii_digits = " ".join(text.lower().split()) if text.isascii() else fold(text)
    ascii_digits = ascii_digits.replace("(0)", "")  # "+44 (0)20 ..." is common in Europe
    if ascii_digits.startswith("00"):
        ascii_digits = "+" + ascii_digits[2:]
    try:
        parsed = phonenumbers.parse(ascii_digits, (region or "ZZ").upper())
    except phonenumbers.NumberParseException:
        raise ValidationError(f"“{text}” is not a phone number.", field=field) from None
    if not phonenumbers.is_possible_number(parsed):
        raise ValidationError(
            f"“{text}” is not a possible phone number"
            + (f" for region {region.upper()}." if region else "."),
            field=field,
        )
    return Phone(
        raw=text, e164=phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    )
