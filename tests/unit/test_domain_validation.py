"""Single-value validation gives clear messages naming the field."""

from __future__ import annotations

import pytest

from crmdesk.domain.phones import normalize_phone
from crmdesk.domain.validation import check_birthday, normalize_email
from crmdesk.errors import ValidationError


def test_email_domain_is_lower_cased_and_local_part_kept() -> None:
    assert normalize_email("  Jana.Novak@Example.SK ") == "Jana.Novak@example.sk"


@pytest.mark.parametrize("bad", ["x@", "no-at-sign", "a@b", "a b@c.com", "@c.com"])
def test_bad_email_is_refused_with_the_value_in_the_message(bad: str) -> None:
    with pytest.raises(ValidationError) as error:
        normalize_email(bad)
    assert bad.strip() in str(error.value)
    assert error.value.field == "email"


def test_phone_with_persian_digits_and_iran_region_becomes_e164() -> None:
    assert normalize_phone("۰۹۱۲ ۳۴۵ ۶۷۸۹", region="IR").e164 == "+989123456789"


def test_phone_keeps_raw_text() -> None:
    phone = normalize_phone("0903 123 456", region="SK")
    assert phone.raw == "0903 123 456" and phone.e164 == "+421903123456"


def test_international_prefix_00_is_understood_without_region() -> None:
    assert normalize_phone("0086 138 0013 8000", region=None).e164 == "+8613800138000"


def test_impossible_phone_is_refused() -> None:
    with pytest.raises(ValidationError, match="not a possible phone number"):
        normalize_phone("12", region="SK")


def test_birthday_without_year_is_fine_but_needs_day_and_month() -> None:
    check_birthday(None, 2, 29)
    with pytest.raises(ValidationError, match="both a day and a month"):
        check_birthday(1990, 2, None)
    with pytest.raises(ValidationError, match="not a real date"):
        check_birthday(2001, 2, 29)
