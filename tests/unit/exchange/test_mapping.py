"""Column mapping: header synonyms in our languages and CRM exports, values, custom fields, JSON."""

from __future__ import annotations

from datetime import date

import pytest

from crmdesk.domain.enums import CustomFieldType
from crmdesk.errors import ValidationError
from crmdesk.exchange.fields import ENTITIES, target_field, target_fields
from crmdesk.exchange.mapping import Action, Mapping, adapt_mapping, custom_key, guess_mapping
from crmdesk.exchange.values import DateOrder


def _fields(headers, rows=(), entity="contacts"):
    mapping = guess_mapping(headers, list(rows), entity=entity)
    return {c.header: (c.field if c.action is Action.FIELD else None) for c in mapping.columns}


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("First Name", "given_name"), ("first_name", "given_name"), ("FIRSTNAME", "given_name"),
        ("Priezvisko", "family_name"), ("Meno a priezvisko", "full_name"), ("姓名", "full_name"),
        ("نام و نام خانوادگی", "full_name"), ("نام خانوادگی", "family_name"),
        ("E-mail", "email"), ("ایمیل", "email"), ("电子邮箱", "email"), ("Primary Email", "email"),
        ("Telefón", "phone"), ("手机号码", "phone"), ("شماره همراه", "phone"),
        ("Firma", "company"), ("公司名称", "company"), ("شرکت", "company"),
        ("PSČ", "postal_code"), ("邮政编码", "postal_code"), ("کد پستی", "postal_code"),
        ("Mesto", "city"), ("استان", "region"), ("Krajina", "country"), ("国家", "country"),
        ("Dátum narodenia", "birthday"), ("تاریخ تولد", "birthday"), ("生日", "birthday"),
        ("Pohlavie", "gender"), ("Lifecycle Stage", "lifecycle"), ("Lead Source", "lead_source"),
        ("HubSpot Score", "lead_score"), ("Marketing consent", "marketing_consent"),
        ("Štítky", "tags"), ("برچسب", "tags"), ("Poznámka", "notes"), ("备注", "notes"),
        ("Website URL", "website"), ("Industry", "industry"), ("Job Title", "job_title"),
        ("سمت", "job_title"), ("Oddelenie", "department"), ("crmdesk ID", "record_id"),
    ],
)  # fmt: skip
def test_contact_headers_in_many_languages(header, field):
    assert _fields([header])[header] == field


def test_google_contacts_export_is_mapped_with_groups():
    headers = ["Name", "Given Name", "Family Name", "Birthday", "Group Membership",
               "E-mail 1 - Type", "E-mail 1 - Value", "Phone 2 - Type", "Phone 2 - Value",
               "Address 1 - City", "Organization 1 - Name", "Organization 1 - Title"]  # fmt: skip
    mapping = guess_mapping(headers, [])
    got = {c.header: (c.field, c.group) for c in mapping.columns}
    assert got["E-mail 1 - Type"] == ("email_label", "1")
    assert got["E-mail 1 - Value"] == ("email", "1")
    assert got["Phone 2 - Value"] == ("phone", "2")
    assert got["Address 1 - City"] == ("city", "1")
    assert got["Organization 1 - Name"] == ("company", "1")
    assert got["Organization 1 - Title"] == ("job_title", "1")
    assert got["Group Membership"] == ("tags", None)


def test_thunderbird_and_outlook_headers_carry_labels():
    headers = ["Work Phone", "Mobile Number", "Fax Number", "Home City", "Work ZipCode",
               "Business Phone 2", "Business Street", "Birth Year", "Birth Month",
               "Birth Day"]  # fmt: skip
    mapping = guess_mapping(headers, [])
    got = {c.header: (c.field, c.label, c.group) for c in mapping.columns}
    assert got["Work Phone"] == ("phone", "work", None)
    assert got["Mobile Number"] == ("phone", "mobile", None)
    assert got["Fax Number"] == ("phone", "fax", None)
    assert got["Home City"] == ("city", "home", "home")
    assert got["Work ZipCode"] == ("postal_code", "work", "work")
    assert got["Business Phone 2"] == ("phone", "work", None)
    assert got["Business Street"] == ("street", "work", "work")
    assert [got[f"Birth {p}"][0] for p in ("Year", "Month", "Day")] == [
        "birthday_year",
        "birthday_month",
        "birthday_day",
    ]


def test_salesforce_api_names_for_companies():
    headers = ["ID", "NAME", "BILLINGSTREET", "BILLINGCITY", "SHIPPINGCITY", "PHONE", "FAX",
               "WEBSITE", "INDUSTRY", "NUMBEROFEMPLOYEES", "DESCRIPTION"]  # fmt: skip
    got = _fields(headers, entity="companies")
    assert got == {
        "ID": None, "NAME": "name", "BILLINGSTREET": "street", "BILLINGCITY": "city",
        "SHIPPINGCITY": "city", "PHONE": "phone", "FAX": "phone", "WEBSITE": "website",
        "INDUSTRY": "industry", "NUMBEROFEMPLOYEES": "size", "DESCRIPTION": "notes",
    }  # fmt: skip


def test_order_sheet_headers():
    headers = ["Order ID", "Order Date", "Customer Name", "Customer ID", "Product Name",
               "Product ID", "Quantity", "Sales", "State", "收件人手機", "收件人Email", "Valuta",
               "Prezzo unitario", "Status"]  # fmt: skip
    got = _fields(headers, entity="orders")
    assert got["Order ID"] == "order_number" and got["Order Date"] == "order_date"
    assert got["Customer Name"] == "customer_name" and got["Customer ID"] == "customer_ref"
    assert got["Product Name"] == "product" and got["Product ID"] == "sku"
    assert got["Quantity"] == "quantity" and got["Sales"] == "total"
    assert got["State"] is None  # a US state, not an order status
    assert got["收件人手機"] == "customer_phone" and got["收件人Email"] == "customer_email"
    assert got["Valuta"] == "currency" and got["Prezzo unitario"] == "unit_price"
    assert got["Status"] == "status"


def test_same_words_mean_different_fields_per_entity():
    assert _fields(["Name"], entity="companies")["Name"] == "name"
    assert _fields(["Title"], entity="tickets")["Title"] == "subject"
    assert _fields(["Deal Name", "Amount"], entity="deals") == {
        "Deal Name": "title",
        "Amount": "value",
    }
    assert _fields(["Description"], entity="tickets")["Description"] == "body"


def test_more_specific_header_wins_a_one_column_field():
    mapping = guess_mapping(["Title", "First Name", "Job Title"], [])
    got = {c.header: c for c in mapping.columns}
    assert got["Job Title"].field == "job_title"
    assert got["Title"].action is Action.CUSTOM and got["Title"].custom_key == "title"


def test_several_email_and_phone_columns_are_kept():
    got = _fields(["Email", "Email 2", "Phone 1", "Phone 2", "Mobile Phone Number"])
    assert list(got.values()) == ["email", "email", "phone", "phone", "phone"]


def test_values_decide_when_the_header_says_nothing():
    rows = [
        ("ann@example.com", "+421 905 123 456", "https://acme.sk", "x1"),
        ("bo@example.com", "(209) 172-7124", "www.bo.cz", "x2"),
    ]
    got = _fields(["Spojenie", "Číslo", "Stránka", "Kód"], rows)
    assert got == {"Spojenie": "email", "Číslo": "phone", "Stránka": "website", "Kód": None}


def test_values_do_not_turn_dates_ids_or_owners_into_phones_or_emails():
    rows = [("2024-08-18", "4-203974", "owner@example.com"), ("2025-01-28", "4-203986", "o@x.sk")]
    assert _fields(["Create Date", "ORACLE_ID__C", "Contact Owner"], rows) == {
        "Create Date": None,
        "ORACLE_ID__C": None,
        "Contact Owner": None,
    }


def test_primary_date_of_orders_from_values():
    rows = [(date(2024, 1, 5), "A-1"), (date(2024, 2, 6), "A-2")]
    assert _fields(["Kedy", "Doklad"], rows, entity="orders")["Kedy"] == "order_date"


def test_unmapped_columns_become_typed_custom_fields():
    rows = [("12", "yes", date(2024, 1, 1), "blue", None), ("7,5", "no", "05.03.2024", "red", None)]
    mapping = guess_mapping(
        ["Počet detí", "Newsletter?", "Posledná návšteva", "Farba", "Prázdny"], rows
    )
    customs = {c.header: c for c in mapping.custom_columns}
    assert set(customs) == {"Počet detí", "Posledná návšteva", "Farba", "Prázdny"}
    assert customs["Počet detí"].custom_type is CustomFieldType.NUMBER
    assert customs["Posledná návšteva"].custom_type is CustomFieldType.DATE
    assert customs["Farba"].custom_type is CustomFieldType.TEXT
    assert customs["Počet detí"].custom_key == "pocet_deti"
    assert not customs["Prázdny"].has_values
    assert len(mapping.columns) == 5  # nothing dropped


def test_boolean_custom_field_type():
    mapping = guess_mapping(["VIP"], [("áno",), ("nie",)])
    assert mapping.columns[0].custom_type is CustomFieldType.BOOLEAN


def test_custom_keys_are_unique_and_safe():
    used: set[str] = set()
    assert custom_key("Farba / Color", used) == "farba_color"
    assert custom_key("Farba  Color!", used) == "farba_color_2"
    assert custom_key("年纪", used) == "年纪"
    assert custom_key("!!!", used) == "column"


def test_date_order_and_ambiguity_come_from_the_sample():
    mapping = guess_mapping(["Birthday"], [("03/04/1980",), ("05/06/1990",)])
    assert mapping.date_order is None and mapping.ambiguous_dates == [0]
    mapping = guess_mapping(["Birthday"], [("03/04/1980",), ("25/06/1990",)])
    assert mapping.date_order is DateOrder.DMY and mapping.ambiguous_dates == []
    mapping = guess_mapping(["Total"], [("1.234,56",), ("12,5",)], entity="orders")
    assert mapping.decimal_separator == ","


def test_mapping_round_trips_through_json():
    mapping = guess_mapping(["Name", "Mobile", "Farba"], [("Ann", "0905 1", "red")])
    mapping.date_order = DateOrder.DMY
    mapping.columns[2].action = Action.SKIP
    again = Mapping.from_json(mapping.to_json())
    assert again == mapping
    assert '"version": 1' in mapping.to_json()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ('{"entity": "contacts"}', "not valid"),
        ('{"entity": "planets", "columns": []}', "cannot be imported"),
        (
            '{"entity": "contacts", "columns": [{"header": "A", "action": "field", '
            '"field": "shoe_size"}]}',
            "no field “shoe_size”",
        ),
        (
            '{"entity": "contacts", "columns": [{"header": "A", "action": "field", '
            '"field": "gender"}, {"header": "B", "action": "field", "field": "gender"}]}',
            "one column only",
        ),
    ],
)
def test_bad_mapping_files_get_a_sentence(text, message):
    with pytest.raises(ValidationError, match=message):
        Mapping.from_json(text)


def test_saved_mapping_applies_to_reordered_columns():
    saved = guess_mapping(["Meno", "Kód zákazníka", "E-mail"], [("Ann", "K1", "a@x.sk")])
    saved.columns[1].action = Action.SKIP
    adapted = adapt_mapping(saved, ["E-mail", "Mesto", "Meno"], [("a@x.sk", "Nitra", "Ann")])
    got = {c.header: (c.column, c.action, c.field) for c in adapted.columns}
    assert got["E-mail"] == (0, Action.FIELD, "email")
    assert got["Meno"] == (2, Action.FIELD, "given_name")
    assert got["Mesto"] == (1, Action.FIELD, "city")
    assert adapted.missing == ["Kód zákazníka"]


def test_every_entity_has_fields_with_unique_keys():
    for entity in ENTITIES:
        keys = [spec.key for spec in target_fields(entity)]
        assert len(keys) == len(set(keys)) and "record_id" in keys
    assert target_field("contacts", "email").multiple
    with pytest.raises(ValidationError):
        target_fields("planets")


def test_unknown_parts_of_numbered_families_stay_custom():
    got = _fields(["Address 1 - Formatted", "Website 1 - Type", "Address 1 - Street"])
    assert got == {
        "Address 1 - Formatted": None,
        "Website 1 - Type": None,
        "Address 1 - Street": "street",
    }
