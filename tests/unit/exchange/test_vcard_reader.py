"""vCard 2.1 / 3.0 / 4.0 files read as one sheet of contacts with Google-style headers."""

from __future__ import annotations

from datetime import date

import pytest

from crmdesk.errors import ValidationError
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


def test_file_without_cards_is_refused(write_bytes):
    path = write_bytes("empty.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\n")
    with pytest.raises(ValidationError):
        read_table(open_source(path))
