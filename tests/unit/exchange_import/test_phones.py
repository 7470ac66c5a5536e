"""The fast E.164 path agrees with phonenumbers wherever it answers."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.domain.phones import normalize_phone
from crmdesk.errors import ValidationError
from crmdesk.exchange.importing.phones import fast_e164, fast_national, phone

CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
SEPARATORS = st.sampled_from(["", " ", "-", ".", " (", ") ", "/", "\u00a0"])


def _slow(text: str, region: str | None) -> str | None:
    try:
        return normalize_phone(text, region=region).e164
    except ValidationError:
        return None


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from([*CODES, "0", "01", "044", "00421"]),
    st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=1, max_size=5),
    st.lists(SEPARATORS, min_size=6, max_size=6),
    st.sampled_from(["+", "00", "+ "]),
    st.sampled_from([None, "SK", "IR", "US", "CN"]),
)
def test_fast_path_equals_phonenumbers(code, groups, separators, lead, region):
    text = lead + str(code) + "".join(s + g for s, g in zip(separators, groups, strict=False))
    fast = fast_e164(text)
    if fast is not None:
        assert fast == _slow(text, region), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+421 905 123 456", "+421905123456"),
        ("00421905123456", "+421905123456"),
        ("+98 912 345 6789", "+989123456789"),
        ("+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹", "+989123456789"),
        ("+39 06 1234 5678", "+390612345678"),
        ("+1 (212) 555-0123", "+12125550123"),
    ],
)
def test_fast_path_reads_international_numbers(text, expected):
    assert fast_e164(text) == expected == _slow(text, None)


@pytest.mark.parametrize(
    "text",
    ["0905 123 456", "+44 (0)20 7946 0958", "+1 212 555 0123 x12", "+01 212 555 0123", "00 01 212"],
)
def test_other_numbers_go_to_phonenumbers(text):
    assert fast_e164(text) is None


def test_phone_uses_both_paths():
    assert phone("0905 123 456", "SK", "Phone") == ("0905 123 456", "+421905123456")
    assert phone("+421 905 123 456", None, "Phone") == ("+421 905 123 456", "+421905123456")


REGIONS = sorted(phonenumbers.SUPPORTED_REGIONS)
NATIONAL_SEPARATORS = st.sampled_from(["", "", " ", "-", ".", "/", " (", ") ", "\u00a0"])


@settings(max_examples=5000, deadline=None)
@given(
    st.sampled_from(REGIONS),
    st.sampled_from(["", "0", "1", "8", "9", "06", "01", "00", "0 0"]),
    st.lists(st.text("0123456789", min_size=1, max_size=4), min_size=1, max_size=5),
    st.lists(NATIONAL_SEPARATORS, min_size=5, max_size=5),
)
def test_national_fast_path_equals_phonenumbers(region, lead, groups, separators):
    text = lead + "".join(s + g for s, g in zip(separators, groups, strict=False))
    fast = fast_national(text, region)
    if fast is not None:
        assert fast == _slow(text, region), (text, region)


def _example_numbers(region: str) -> list[phonenumbers.PhoneNumber]:
    found = []
    for kind in range(12):  # every PhoneNumberType
        number = phonenumbers.example_number_for_type(region, kind)
        if number is not None:
            found.append(number)
    return found


@pytest.mark.parametrize("region", REGIONS)
def test_national_fast_path_reads_each_regions_example_numbers(region):
    """phonenumbers' own examples, written nationally, one digit changed or dropped: wherever
    the fast path answers, it answers as phonenumbers does; it answers for most of them."""
    answered = 0
    texts = []
    for number in _example_numbers(region):
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        texts += [national, national[:-1], national + "7", national.replace("0", "1", 1)]
    for text in texts:
        fast = fast_national(text, region)
        if fast is not None:
            answered += 1
            assert fast == _slow(text, region), text
    assert answered > 0 or not texts


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("0905 123 456", "SK", "+421905123456"),
        ("02/1234 5678", "SK", "+421212345678"),
        ("(415) 555-2671", "US", "+14155552671"),
        ("0912 345 6789", "IR", "+989123456789"),
        ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR", "+989123456789"),
        ("010 8729 3467", "CN", "+861087293467"),
        ("06 1234 5678", "IT", "+390612345678"),
    ],
)
def test_national_fast_path_reads_national_numbers(text, region, expected):
    assert fast_national(text, region) == expected == _slow(text, region)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("0905 123 456 x12", "SK"),  # an extension
        ("1-800-FLOWERS", "US"),  # letters
        ("421 905 123 456", "SK"),  # starts with the country code
        ("00 421 905 123 456", "SK"),  # international prefix
        ("011 44 20 7946 0958", "US"),
        ("+421 905 123 456", "SK"),
        ("12", "SK"),  # too short to be a number
        ("0905 123 4567 8901", "SK"),  # not possible: phonenumbers says why
        ("0905 123 456", "ZZ"),  # no such region
    ],
)
def test_national_fast_path_leaves_the_rest_to_phonenumbers(text, region):
    assert fast_national(text, region) is None
