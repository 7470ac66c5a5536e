"""vCard 2.1 / 3.0 / 4.0 files read as one sheet of contacts with Google-style headers."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from crmdesk.errors import ValidationError
from crmdesk.exchange.importing import suggest_mapping
from crmdesk.exchange.layout import read_table
from crmdesk.exchange.mapping import Action, guess_mapping
from crmdesk.exchange.readers import open_source
from crmdesk.exchange.source import SourceFormat

V21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Nov=C3=A1k;J=C3=A1n;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=A1n Nov=C3=A1k, ml.=\r\n"
    " st.\r\n"
    "TEL;CELL;PREF:+421 905 123 456\r\n"
    "TEL;WORK;FAX:02 1234 5678\r\n"
    "EMAIL;INTERNET;HOME:jan@example.sk\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:Prv=C3=BD riadok=0D=0Adruh=\r\n"
    "=C3=BD riadok\r\n"
    "BDAY:19800322\r\n"
    "END:VCARD\r\n"
)
V30 = (
    "BEGIN:VCARD\r\r\n"
    "VERSION:3.0\r\r\n"
    "N:Smith;Bob;;;\r\r\n"
    "FN:Bob Smith\r\r\n"
    "ORG:Smith Auto Repair;Service\r\r\n"
    "TITLE:Owner\r\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:bob@smithauto.com\r\r\n"
    "item1.X-ABLabel:_$!<Work>!$_\r\r\n"
    "item2.TEL:(650) 555-1212\r\r\n"
    "item2.X-ABLabel:_$!<Mobile>!$_\r\r\n"
    "TEL;type=HOME:(650) 555-3434\r\r\n"
    "ADR;TYPE=WORK:;;1 Main St;Springfield;IL;62701;USA\r\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/4gxYSUNDX1BST0ZJTEUA\r\r\n"
    "  AQEAAAxITGlubwIQAABtbnRyUkdCIFhZWiAHzgACAAkABgAxAABhY3NwTVNGVAAAAABJRUMg\r\r\n"
    "BDAY:--04-22\r\r\n"
    "CATEGORIES:VIP,Garage\r\r\n"
    "END:VCARD\r\r\n"
)
V40 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "N:王;小明;;;\n"
    'TEL;VALUE=uri;TYPE="cell,voice":tel:+86-138-0013-8000\n'
    "EMAIL;TYPE=work:xiaoming@example.cn\n"
    "GENDER:M\n"
    "BDAY:--0422\n"
    "END:VCARD\n"
)

APPLE = (  # another app's 3.0 card: UID, vendor X- properties, a custom X- property
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
    "N:Doe;Jane;;;\r\n"
    "FN:Jane Doe\r\n"
    "UID:7C1A8E2B-3B4F-4C7E-9F3A-0D9B2C4E5F61\r\n"
    "X-ABUID:7C1A8E2B-3B4F-4C7E-9F3A-0D9B2C4E5F61:ABPerson\r\n"
    "item1.X-SOCIALPROFILE;type=twitter:x.com/jane\r\n"
    "item1.X-ABLabel:twitter\r\n"
    "item2.TEL:+1 650 555 1212\r\n"
    "item2.X-ABLabel:_$!<Mobile>!$_\r\n"
    "item3.X-ABRELATEDNAMES:John Doe\r\n"
    "item3.X-ABLabel:_$!<Spouse>!$_\r\n"
    "X-MS-MANAGER:Anne\r\n"
    "X-CUSTOM-THING:hello\r\n"
    "X-GENDER:Female\r\n"
    "END:VCARD\r\n"
)
CRMDESK = (  # as crmdesk's vCard export writes it (plus a few things it never writes)
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "UID:crmdesk-contact-3f2a9c1e-17\r\n"
    "FN:مریم احمدی\r\n"
    "N:احمدی;مریم;;;\r\n"
    "NOTE:Met at the fair\r\n"
    "X-CRMDESK-CONSENT-DATE:2024-01-05T09:30:15Z\r\n"
    "custom1.X-CRMDESK-CUSTOM;VALUE=float:43.5\r\n"
    "custom2.X-CRMDESK-CUSTOM;VALUE=date:2023-05-01\r\n"
    "custom3.X-CRMDESK-CUSTOM;VALUE=boolean:FALSE\r\n"
    "custom4.X-CRMDESK-CUSTOM:آبی\\; سبز\\, زرد\r\n"
    "custom5.X-CRMDESK-CUSTOM:Bobby\r\n"
    "custom6.X-CRMDESK-CUSTOM:also a note\r\n"
    "X-CRMDESK-CUSTOM:no label\r\n"
    "custom1.X-CRMDESK-CUSTOM-LABEL:Shoe size\r\n"
    "custom2.X-CRMDESK-CUSTOM-LABEL:First visit\r\n"
    "custom3.X-CRMDESK-CUSTOM-LABEL:VIP\r\n"
    "custom4.X-CRMDESK-CUSTOM-LABEL:رنگ محبوب\r\n"
    "custom5.X-CRMDESK-CUSTOM-LABEL:Nickname\r\n"
    "custom6.X-CRMDESK-CUSTOM-LABEL:Notes\r\n"
    "X-CRMDESK-ID:3f2a9c1e-17\r\n"
    "X-CRMDESK-LEAD-SCORE:80\r\n"
    "X-CRMDESK-LEAD-SOURCE:نمایشگاه\\, تهران\r\n"
    "X-CRMDESK-LIFECYCLE:customer\r\n"
    "X-CRMDESK-MARKETING-CONSENT:TRUE\r\n"
    "X-CRMDESK-PERSONAL-DETAILS:Two kids\\nlikes tea\r\n"
    "X-GENDER:female\r\n"
    "END:VCARD\r\n"
)


def _rows(write_bytes, text: str, encoding: str = "utf-8"):
    path = write_bytes("contacts.vcf", text.encode(encoding))
    workbook = open_source(path)
    assert workbook.format is SourceFormat.VCF
    table = read_table(workbook)
    return table, [dict(zip(table.headers, row.values, strict=True)) for row in table.rows()]


def test_vcard_21_quoted_printable_and_bare_types(write_bytes):
    _, [card] = _rows(write_bytes, V21)
    assert card["Name"] == "Ján Novák, ml. st."
    assert (card["Given Name"], card["Family Name"]) == ("Ján", "Novák")
    assert (card["Phone 1 - Type"], card["Phone 1 - Value"]) == ("mobile", "+421 905 123 456")
    assert (card["Phone 2 - Type"], card["Phone 2 - Value"]) == ("fax", "02 1234 5678")
    assert (card["E-mail 1 - Type"], card["E-mail 1 - Value"]) == ("home", "jan@example.sk")
    assert card["Notes"] == "Prvý riadok\ndruhý riadok"
    assert card["Birthday"] == date(1980, 3, 22)


def test_vcard_30_groups_labels_address_and_year_less_birthday(write_bytes):
    table, [card] = _rows(write_bytes, V30)
    assert card["Organization"] == "Smith Auto Repair" and card["Department"] == "Service"
    assert card["Job Title"] == "Owner"
    assert (card["E-mail 1 - Type"], card["E-mail 1 - Value"]) == ("work", "bob@smithauto.com")
    assert (card["Phone 1 - Type"], card["Phone 1 - Value"]) == ("mobile", "(650) 555-1212")
    assert (card["Phone 2 - Type"], card["Phone 2 - Value"]) == ("home", "(650) 555-3434")
    assert card["Address 1 - Street"] == "1 Main St" and card["Address 1 - City"] == "Springfield"
    assert card["Address 1 - Postal Code"] == "62701" and card["Address 1 - Type"] == "work"
    assert card["Birthday"] == "--04-22"
    assert card["Categories"] == "VIP, Garage"
    assert not any("PHOTO" in header for header in table.headers)


def test_vcard_40_uri_values_and_family_first_name(write_bytes):
    _, [card] = _rows(write_bytes, V40)
    assert card["Name"] == "王小明"  # no FN: built from N, family name first for Chinese
    assert card["Phone 1 - Value"] == "+86-138-0013-8000" and card["Phone 1 - Type"] == "mobile"
    assert card["E-mail 1 - Type"] == "work"
    assert card["Gender"] == "M" and card["Birthday"] == "--04-22"


def test_charset_parameter_decodes_raw_bytes(write_bytes):
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:"
        + "安藤;ロイド".encode("shift_jis")
        + b";;;\r\nEND:VCARD\r\n"
    )
    _, [card] = _rows(write_bytes, data.decode("latin-1"), "latin-1")
    assert card["Family Name"] == "安藤" and card["Given Name"] == "ロイド"


def test_several_cards_become_rows_numbered_after_the_header(write_bytes):
    table, cards = _rows(write_bytes, V21 + "\r\n" + V30 + V40)
    assert len(cards) == 3
    assert [row.number for row in table.rows()] == [2, 3, 4]


def test_vcard_headers_map_completely(write_bytes):
    table, _ = _rows(write_bytes, V21 + V30 + V40)
    mapping = guess_mapping(table.headers, [row.values for row in table.rows()])
    by_header = {column.header: column for column in mapping.columns}
    assert by_header["Name"].field == "full_name"
    assert by_header["E-mail 1 - Value"].field == "email"
    assert (by_header["Phone 2 - Type"].field, by_header["Phone 2 - Type"].group) == (
        "phone_label",
        "2",
    )
    assert by_header["Categories"].field == "tags"
    assert by_header["Organization"].field == "company"
    customs = {c.header for c in mapping.columns if c.action is Action.CUSTOM}
    assert customs <= {"Additional Name", "Name Prefix", "Name Suffix", "Nickname"}


def test_other_apps_vcard_30_reads_as_before_without_crmdesk_columns(write_bytes):
    table, [card] = _rows(write_bytes, APPLE)
    assert list(table.headers) == [
        "Name",
        "Given Name",
        "Family Name",
        "Gender",
        "Phone 1 - Type",
        "Phone 1 - Value",
    ]
    assert card["Gender"] == "Female" and card["Phone 1 - Type"] == "mobile"
    mapping = suggest_mapping(table, entity="contacts")
    assert all(column.action is Action.FIELD for column in mapping.columns)
    assert "record_id" not in mapping.mapped_fields


def test_crmdesk_properties_read_back_as_the_columns_of_its_xlsx_export(write_bytes):
    table, [card] = _rows(write_bytes, CRMDESK)
    assert list(table.headers) == [
        "Name",
        "Given Name",
        "Family Name",
        "Nickname",  # crmdesk writes no NICKNAME: a custom field "Nickname" keeps its name
        "Gender",
        "Notes",
        "Lifecycle stage",
        "Lead source",
        "Lead score",
        "Marketing consent",
        "Consent date",
        "Personal details",
        "Shoe size",
        "First visit",
        "VIP",
        "رنگ محبوب",
        "Notes 2",  # a custom field named like a filled column stays apart from it
        "Custom field",  # a value without its label is kept, not dropped
        "crmdesk ID",
    ]
    assert card["Lead source"] == "نمایشگاه, تهران" and card["Personal details"] == (
        "Two kids\nlikes tea"
    )
    assert (card["Lead score"], card["Marketing consent"], card["crmdesk ID"]) == (
        80,
        True,
        "3f2a9c1e-17",  # "<file tag>-<id>": text, which the import checks against its file
    )
    assert card["Consent date"] == datetime(2024, 1, 5, 9, 30, 15, tzinfo=UTC)
    assert (card["Shoe size"], card["First visit"], card["VIP"]) == (43.5, date(2023, 5, 1), False)
    assert card["رنگ محبوب"] == "آبی; سبز, زرد" and card["Notes 2"] == "also a note"
    mapping = suggest_mapping(table, entity="contacts")
    by_header = {column.header: column for column in mapping.columns}
    fields = ("Lifecycle stage", "Consent date", "crmdesk ID", "Notes 2")
    assert {header: by_header[header].field for header in fields} == {
        "Lifecycle stage": "lifecycle",
        "Consent date": "consent_date",
        "crmdesk ID": "record_id",
        "Notes 2": "notes",  # as a second "Notes" column of an xlsx would
    }
    customs = {c.header: str(c.custom_type) for c in mapping.columns if c.action is Action.CUSTOM}
    assert customs == {
        "Shoe size": "number",
        "First visit": "date",
        "VIP": "boolean",
        "رنگ محبوب": "text",
        "Nickname": "text",
        "Custom field": "text",
    }


def test_crmdesk_property_that_does_not_read_as_its_type_stays_text(write_bytes):
    text = CRMDESK.replace("LEAD-SCORE:80", "LEAD-SCORE:lots").replace(
        "ID:3f2a9c1e-17", "ID:seventeen"
    )
    _, [card] = _rows(write_bytes, text.replace("VALUE=date:", "VALUE=date:x"))
    assert (card["Lead score"], card["First visit"], card["crmdesk ID"]) == (
        "lots",
        "x2023-05-01",
        "seventeen",
    )


def test_file_without_cards_is_refused(write_bytes):
    path = write_bytes("empty.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
    with pytest.raises(ValidationError):
        read_table(open_source(path))
