"""Phones of an import: E.164 computed fast for international numbers, by phonenumbers otherwise.

``phonenumbers.parse`` costs ~10-50 us a call, which is seconds for a 100,000-row file with two
phone columns. Most imported numbers are written internationally ("+421 905 123 456",
"00 98 912 ..."): for those the E.164 form is the country code plus the national significant
number, and "possible" is a check of its length against phonenumbers' own metadata. The fast
path answers only when that is all phonenumbers would do (no national prefix to strip, no
extension, a length the metadata lists); every other number, and every error message, comes
from ``domain.phones.normalize_phone``. A test checks both paths agree on many numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata

from crmdesk.domain.phones import normalize_phone
from crmdesk.domain.validation import clean_text
from crmdesk.errors import ValidationError
from crmdesk.exchange.values import fold_digits

MAX_LENGTH = 64
_SEPARATORS = str.maketrans("", "", " -.()/\u00a0\u202f\u2009")


@dataclass(frozen=True, slots=True)
class PhoneProblem:
    """A phone kept as typed (no E.164), with the reason."""

    phone: tuple[str, str | None]
    message: str


def phone(text: str, region: str | None, header: str) -> tuple[str, str | None] | PhoneProblem:
    """(raw, e164) of a phone; a ``PhoneProblem`` keeps it raw when it cannot be normalised."""
    if len(text) > MAX_LENGTH:
        clean_text(text, field=header, max_length=MAX_LENGTH)  # raises the standard sentence
    e164 = fast_e164(text)
    if e164 is not None:
        return text, e164
    e164, message = _normalised(text, region)
    if message is not None:
        hint = "" if region else " (With a default region, national numbers can be read.)"
        return PhoneProblem((text, None), f"{message} It is kept as typed.{hint}")
    return text, e164


@lru_cache(maxsize=1 << 16)
def _normalised(text: str, region: str | None) -> tuple[str | None, str | None]:
    try:
        return normalize_phone(text, region=region).e164, None
    except ValidationError as error:
        return None, error.message


def fast_e164(text: str) -> str | None:
    """E.164 of an internationally written number, or None when phonenumbers must decide."""
    body = (text if text.isascii() else fold_digits(text)).strip()
    if body.startswith("00"):
        body = "+" + body[2:]
    if not body.startswith("+") or "(0)" in body:
        return None
    digits = body[1:].translate(_SEPARATORS)
    if not (digits.isascii() and digits.isdigit()):
        return None
    for size in (1, 2, 3):
        regions = COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:size] or 0))
        if regions:
            break
    else:
        return None
    national = digits[size:]
    rules = _rules(regions[0])
    if rules is None:
        return None
    prefix, lengths = rules
    if (prefix is not None and prefix.match(national)) or len(national) not in lengths:
        return None
    return f"+{digits[:size]}{national}"


@cache
def _rules(region: str) -> tuple[re.Pattern[str] | None, frozenset[int]] | None:
    """(national prefix pattern, possible lengths) of a region; None for non-geographic codes."""
    if region == phonenumbers.UNKNOWN_REGION or region == "001":
        return None
    metadata: Any = PhoneMetadata.metadata_for_region(region)
    if metadata is None:
        return None
    general = metadata.general_desc
    lengths = frozenset(general.possible_length) | frozenset(general.possible_length_local_only)
    pattern = metadata.national_prefix_for_parsing
    return (re.compile(pattern) if pattern else None), lengths
