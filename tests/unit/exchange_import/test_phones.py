"""The fast E.164 path agrees with phonenumbers wherever it answers."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crmdesk.domain.phones import normalize_phone
from crmdesk.errors import ValidationError
from crmdesk.exchange.importing.phones import fast_e164, phone

CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
SEPARATORS = st.sampled_from(["", " ", "-", ".", " (", ") ", "/", "\u00a0"])


def _slow(text: str, region: str | None) -> str | None:
    try:
        return normalize_phone(text, region=region).e164
    except ValidationError:
        return None


@settings(max_examples=3000, deadline=None)
@given(
    st.sampled_from(CODES),
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


@pytest.mark.parametrize("text", ["0905 123 456", "+44 (0)20 7946 0958", "+1 212 555 0123 x12"])
def test_other_numbers_go_to_phonenumbers(text):
    assert fast_e164(text) is None


def test_phone_uses_both_paths():
    assert phone("0905 123 456", "SK", "Phone") == ("0905 123 456", "+421905123456")
    assert phone("+421 905 123 456", None, "Phone") == ("+421 905 123 456", "+421905123456")
