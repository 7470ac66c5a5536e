"""Text, booleans, tags, labels, phones, emails, countries and choices."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from crmdesk.domain.enums import Gender, Lifecycle, OrderStatus
from crmdesk.errors import ValidationError
from crmdesk.exchange.values import (
    ValueKind,
    ValueOptions,
    cell_text,
    email_label,
    fold_digits,
    parse_bool,
    parse_choice,
    parse_country,
    parse_email,
    parse_emails,
    parse_phone,
    parse_value,
    phone_label,
    split_tags,
)
from crmdesk.exchange.values.contact import _SYNONYMS


def test_cell_text_keeps_codes_readable():
    assert cell_text("  06652 ") == "06652"
    assert cell_text(9583638582) == "9583638582"
    assert cell_text(1234.0) == "1234"
    assert cell_text(Decimal("1E+3")) == "1000"
    assert cell_text(date(2024, 3, 5)) == "2024-03-05"
    assert cell_text(datetime(2024, 3, 5, 10, 30)) == "2024-03-05 10:30"
    assert cell_text(True) == "TRUE" and cell_text("") is None and cell_text(None) is None


def test_fold_digits():
    assert fold_digits("۰۹۱۲ ٣٤٥ ０１") == "0912 345 01"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("yes", True), ("No", False), ("TRUE", True), ("false", False), ("WAHR", True),
        ("FALSCH", False), ("áno", True), ("nie", False), ("ano", True), ("是", True),
        ("否", False), ("بله", True), ("خیر", False), ("x", True), ("✓", True), (1, True),
        (0, False), (True, True), ("Opted in", True), ("unsubscribed", False),
        ("", None), ("-", None), (None, None),
    ],
)  # fmt: skip
def test_booleans_in_our_languages(word, expected):
    assert parse_bool(word) is expected


def test_not_a_boolean_raises():
    with pytest.raises(ValidationError, match="not yes or no"):
        parse_bool("maybe", field="marketing_consent")


def test_tags_split_on_every_separator():
    assert split_tags("vip, b2b; شیراز، تهران、北京") == ["vip", "b2b", "شیراز", "تهران", "北京"]
    assert split_tags("* myContacts ::: * Work") == ["myContacts", "Work"]
    assert split_tags("VIP, vip, #Vip ,") == ["VIP"]
    assert split_tags(None) == []


def test_labels_from_type_words():
    assert phone_label("Mobile Phone Number") == "mobile"
    assert phone_label("WORK FAX") == "fax"
    assert phone_label("تلفن همراه") == "mobile" and phone_label("手机") == "mobile"
    assert phone_label("Telefón") is None and phone_label("X-NEC-SECRET", "other") == "other"
    assert email_label("* Work") == "work" and email_label("INTERNET HOME") == "home"


def test_phones_are_normalised_with_the_default_region():
    phone = parse_phone("0905 123 456", region="SK")
    assert phone is not None and phone.e164 == "+421905123456" and phone.raw == "0905 123 456"
    assert parse_phone("۰۹۱۲ ۳۴۵ ۶۷۸۹", region="IR").e164 == "+989123456789"
    assert parse_phone("+1 413-210-0000", region=None).e164 == "+14132100000"
    assert parse_phone(4132100000, region="US").e164 == "+14132100000"
    assert parse_phone(None, region="SK") is None
    with pytest.raises(ValidationError):
        parse_phone("call me", region="SK")


def test_emails():
    assert parse_email(" Ann@Example.COM ") == "Ann@example.com"
    assert parse_emails("a@x.sk; b@y.sk") == ["a@x.sk", "b@y.sk"]
    assert parse_emails("Ann <ann@x.sk>, Bo <bo@y.sk>") == ["ann@x.sk", "bo@y.sk"]
    with pytest.raises(ValidationError):
        parse_email("contact1@invalid")
    with pytest.raises(ValidationError, match="more than one"):
        parse_email("a@x.sk b@y.sk")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("SK", "SK"), ("svk", "SK"), ("Slovakia", "SK"), ("Slovensko", "SK"),
        ("Slowakei", "SK"), ("Iran", "IR"), ("ایران", "IR"), ("中国", "CN"), ("台灣", "TW"),
        ("United States", "US"), ("USA", "US"), ("Deutschland", "DE"), ("Česko", "CZ"),
    ],
)  # fmt: skip
def test_countries_by_code_or_name(text, code):
    assert parse_country(text) == code


def test_unknown_country_raises():
    with pytest.raises(ValidationError, match="not a country"):
        parse_country("Atlantis")


def test_choices_accept_synonyms():
    assert parse_choice("Customer", Lifecycle, field="lifecycle") is Lifecycle.CUSTOMER
    assert parse_choice("opportunity", Lifecycle, field="lifecycle") is Lifecycle.PROSPECT
    assert parse_choice("Female", Gender, field="gender") is Gender.FEMALE
    assert parse_choice("男", Gender, field="gender") is Gender.MALE
    assert parse_choice("žena", Gender, field="gender") is Gender.FEMALE
    assert parse_choice("Canceled", OrderStatus, field="status") is OrderStatus.CANCELLED
    with pytest.raises(ValidationError, match="not one of: lead, prospect"):
        parse_choice("Other", Lifecycle, field="lifecycle")


def test_choice_synonym_table_has_no_colliding_members():
    members = [(type(member), member.value) for member in _SYNONYMS]
    assert len(members) == len(set(members)) == len(_SYNONYMS)


def test_parse_value_dispatches_and_names_the_field():
    options = ValueOptions(region="SK", date_order=None, default_currency="EUR")
    assert parse_value(ValueKind.TAGS, "a, b", field="tags") == ["a", "b"]
    assert parse_value(ValueKind.CURRENCY, "€", field="currency") == "EUR"
    assert parse_value(ValueKind.CURRENCY, "czk", field="currency") == "CZK"
    assert parse_value(ValueKind.LIFECYCLE, "lead", field="lifecycle") is Lifecycle.LEAD
    assert parse_value(ValueKind.TEXT, 6083, field="postal_code") == "6083"
    money = parse_value(ValueKind.MONEY, "12,50", options=options, field="total")
    assert money.amount == Decimal("12.50") and money.currency == "EUR"
    with pytest.raises(ValidationError) as caught:
        parse_value(ValueKind.DATE, "03/04/2024", options=options, field="order_date")
    assert caught.value.field == "order_date"
