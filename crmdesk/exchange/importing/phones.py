"""Phones of an import: E.164 computed fast for plain numbers, by phonenumbers otherwise.

``phonenumbers.parse`` costs ~10-60 us a call, which is seconds for a 100,000-row file with two
phone columns. Most imported numbers are plain digits, written internationally ("+421 905 123
456", "00 98 912 ...") or nationally for the default region ("0905 123 456" read with SK). For
those, parsing is a few steps over phonenumbers' own metadata: the country code, the national
prefix to strip, the possible lengths. The fast paths answer only when that is all
phonenumbers would do (no extension, no letters, no transform rule, no country code or
international prefix hidden in a national number, a possible length); every other number,
and every error message, comes from ``domain.phones.normalize_phone``. Tests check both paths
agree on many numbers of every region.
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
MAX_NSN = 17  # phonenumbers' longest national significant number
_POSSIBLE = ("possible", "local")  # what ``is_possible_number`` accepts
_KEEPS_PREFIX = ("short", "local", "invalid")  # parse strips a national prefix only otherwise
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
    if e164 is None and region:
        e164 = fast_national(text, region)
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
    digits = _digits(body[1:])
    if digits is None:
        return None
    codes = _country_codes()
    for size in (1, 2, 3):
        code = digits[:size]  # never "0...": no country code starts with 0
        if code in codes:
            break
    else:
        return None
    rules = codes[code]
    national = digits[size:]
    if rules is None or (rules.prefix is not None and rules.prefix.match(national)):
        return None  # a non-geographic code, or a national prefix to strip
    if rules.checked.fit(len(national)) not in _POSSIBLE:
        return None
    return f"+{code}{national}"


@cache
def _country_codes() -> dict[str, _National | None]:
    """Country calling code -> the rules of its main region (None: non-geographic)."""
    return {
        str(code): _national(regions[0])
        for code, regions in COUNTRY_CODE_TO_REGION_CODE.items()
        if regions
    }


def _digits(body: str) -> str | None:
    """The ASCII digits of ``body`` when it holds nothing but digits and separators."""
    digits = body.replace(" ", "")  # most numbers have no other separator
    if not (digits.isascii() and digits.isdigit()):
        digits = digits.translate(_SEPARATORS)
        if not (digits.isascii() and digits.isdigit()):
            return None
    return digits


@dataclass(frozen=True, slots=True)
class _Lengths:
    """Possible lengths as phonenumbers' ``_test_number_length`` reads them: the first and
    the last entry are its minimum and maximum, local-only lengths are checked first."""

    possible: tuple[int, ...]
    local: frozenset[int]

    def fit(self, size: int) -> str:
        """One of "possible", "local", "short", "long", "invalid" for a number of ``size``."""
        possible = self.possible
        if size in self.local:
            return "local"
        if size == possible[0]:
            return "possible"
        if size < possible[0]:
            return "short"
        if size > possible[-1]:
            return "long"
        return "possible" if size in possible[1:] else "invalid"


@dataclass(frozen=True, slots=True)
class _National:
    """What ``phonenumbers.parse`` consults to read a number of one region (a national one
    with the region as default, or an international one with the region's country code)."""

    code: str  # the region's country calling code
    idd: re.Pattern[str]  # its international dialling prefix ("00", "011")
    prefix: re.Pattern[str] | None  # national prefix for parsing ("0")
    transform: bool  # the prefix is rewritten, not only stripped (Argentina's "9$1")
    viable: re.Pattern[str] | None  # the general national number pattern
    lengths: _Lengths  # the region's, for stripping the prefix
    checked: _Lengths  # the main region's of the country code, for ``is_possible_number``


def fast_national(text: str, region: str) -> str | None:
    """E.164 of a number written nationally for ``region`` ("0905 123 456" in SK), or None
    when phonenumbers must decide. Follows ``phonenumbers.parse`` step by step for a string
    of digits and separators, then ``is_possible_number``."""
    rules = _national(region)
    if rules is None:
        return None
    body = text if text.isascii() else fold_digits(text)
    if "(0)" in body:
        return None
    digits = _digits(body)
    if digits is None or len(digits) < 3 or digits.startswith(("00", rules.code)):
        return None  # too short to be viable, international, or maybe with a country code
    if rules.idd.match(digits):
        return None
    nsn = _strip_prefix(digits, rules)
    if nsn is None or len(nsn) > MAX_NSN or rules.checked.fit(len(nsn)) not in _POSSIBLE:
        return None
    return f"+{rules.code}{nsn}"


def _strip_prefix(digits: str, rules: _National) -> str | None:
    """The national significant number (phonenumbers' national-prefix step: a carrier code
    it may capture changes nothing here); None where a transform rule would apply."""
    match = rules.prefix.match(digits) if rules.prefix is not None else None
    if match is None:
        return digits
    if rules.transform and (not match.re.groups or match.groups()[-1] is not None):
        return None  # a rewritten prefix: left to phonenumbers
    stripped = digits[match.end() :]
    if not _viable(stripped, rules) and _viable(digits, rules):
        return digits
    return digits if rules.lengths.fit(len(stripped)) in _KEEPS_PREFIX else stripped


def _viable(number: str, rules: _National) -> bool:
    return rules.viable is not None and rules.viable.fullmatch(number) is not None


@cache
def _national(region: str) -> _National | None:
    metadata: Any = PhoneMetadata.metadata_for_region(region.upper(), None)
    if metadata is None or metadata.country_code is None:
        return None
    general = metadata.general_desc
    main = phonenumbers.region_code_for_country_code(metadata.country_code)
    checked: Any = PhoneMetadata.metadata_for_region_or_calling_code(metadata.country_code, main)
    if general is None or not general.possible_length:
        return None
    if checked is None or checked.general_desc is None or not checked.general_desc.possible_length:
        return None
    pattern = metadata.national_prefix_for_parsing
    number_pattern = general.national_number_pattern
    return _National(
        code=str(metadata.country_code),
        idd=re.compile(metadata.international_prefix or "NonMatch"),
        prefix=re.compile(pattern) if pattern else None,
        transform=bool(metadata.national_prefix_transform_rule),
        viable=re.compile(number_pattern) if number_pattern else None,
        lengths=_lengths(general),
        checked=_lengths(checked.general_desc),
    )


def _lengths(desc: Any) -> _Lengths:
    return _Lengths(tuple(desc.possible_length), frozenset(desc.possible_length_local_only))
