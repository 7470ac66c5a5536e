"""Every real-world sample in ../shared/data opens and reads as a sensible table."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from crmdesk.errors import ValidationError
from crmdesk.exchange.layout import Table, read_table
from crmdesk.exchange.mapping import guess_mapping
from crmdesk.exchange.readers import open_source
from crmdesk.exchange.values import (
    DateOrder,
    PartialDate,
    detect_date_order,
    parse_birthday,
    parse_bool,
    parse_date,
    parse_datetime,
    parse_decimal,
    parse_phone,
)

pytestmark = pytest.mark.shared_data
FOLDERS = ("crm-exports", "csv-encodings", "customers", "intl", "layout", "values", "vcard")
REFUSED = {
    "sheetjs_Attendance.numbers": "Apple Numbers",
    "phpspreadsheet_issue3464_zh_import_template.xlsx": "no data under it",
}


def _read(shared: Path, name: str, **options: Any) -> tuple[Table, list[dict[str, Any]]]:
    path = next(shared.glob(f"*/{name}"))
    table = read_table(open_source(path), **options)
    return table, [dict(zip(table.headers, row.values, strict=True)) for row in table.rows()]


def test_every_sample_opens_or_is_refused_with_a_sentence(shared_data):
    files = [p for folder in FOLDERS for p in sorted((shared_data / folder).iterdir())]
    assert len(files) >= 45
    for path in files:
        if path.name in REFUSED:
            with pytest.raises(ValidationError, match=REFUSED[path.name]):
                read_table(open_source(path))
            continue
        with open_source(path) as workbook:
            table = read_table(workbook)
            rows = table.sample(50)
        assert table.headers and all(table.headers), path.name
        assert rows and all(len(row.values) == len(table.headers) for row in rows), path.name


# ---------------------------------------------------------------- crm exports


def test_google_contacts_chinese_export(shared_data):
    table, [row] = _read(shared_data, "google_contacts_export_zh.csv")
    assert len(table.headers) == 64 and table.header_row == 1
    assert row["Name"] == "二狗王" and row["E-mail 1 - Value"] == "wangergou@umass.edu"
    assert parse_birthday(row["Birthday"]) == PartialDate(None, 4, 22)
    assert row["Address 1 - Formatted"].count("\n") == 3
    assert parse_phone(row["Phone 3 - Value"], region="CN").e164 == "+14132100000"
    assert parse_phone(row["Phone 2 - Value"], region="CN").e164 == "+8617610278819"


def test_google_contacts_legacy_export_keeps_the_nameless_contact(shared_data):
    table, rows = _read(shared_data, "google_contacts_legacy_format.csv")
    assert len(table.headers) == 56 and len(rows) == 3
    assert rows[1]["Name"] is None
    assert rows[1]["E-mail 1 - Value"] == "iforgotthisguysnamebutihavehisemail@gmail.com"


def test_hubspot_style_export(shared_data):
    table, rows = _read(shared_data, "hubspot_style_contacts_faker.csv")
    assert len(table.headers) == 20 and len(rows) == 950
    assert rows[0]["Postal Code"] == "06652"
    assert parse_phone(rows[0]["Phone Number"], region="US").e164 == "+14168109897"
    mapping = guess_mapping(table.headers, [tuple(r.values()) for r in rows[:100]])
    assert {"given_name", "family_name", "email", "phone", "lifecycle", "postal_code"} <= (
        mapping.mapped_fields
    )


def test_salesforce_extract_in_cp1252(shared_data):
    table, rows = _read(shared_data, "salesforce_dataloader_accountData.csv")
    assert table.workbook.encoding == "cp1252" and len(rows) == 423 and len(table.headers) == 38
    assert any("Crédito" in str(value) for row in rows for value in row.values())
    assert parse_datetime(rows[0]["CREATEDDATE"]) == datetime(2006, 4, 15, 3, 23, 15, tzinfo=UTC)
    assert parse_bool(rows[0]["ISDELETED"]) is False


def test_thunderbird_export_keeps_quotes_tabs_and_newlines(shared_data):
    table, rows = _read(shared_data, "thunderbird_addressbook_export.csv")
    assert len(table.headers) == 37 and len(rows) == 2
    assert rows[1]["Job Title"] == '"worker"'
    assert rows[1]["Custom 2"] == "custom\t2" and rows[1]["Custom 4"] == "custom\n4"
    assert rows[1]["Notes"].endswith("…")


# ---------------------------------------------------------------- csv encodings


def test_utf16_little_endian(shared_data):
    table, rows = _read(shared_data, "csvkit_test_utf16_little.csv")
    assert table.headers == ("a", "b", "c") and rows[-1] == {"a": "4", "b": "5", "c": "ʤ"}


def test_excel_utf8_bom_with_chinese_headers(shared_data):
    table, rows = _read(shared_data, "easyexcel_office_bom_utf8_zh.csv")
    assert table.headers == ("姓名", "年纪") and len(rows) == 10
    assert rows[0] == {"姓名": "姓名0", "年纪": "20"}


def test_german_number_formats_and_booleans(shared_data):
    table, rows = _read(shared_data, "phpspreadsheet_NumberFormatTest.de.csv")
    assert table.header_row is None and len(rows) == 5
    assert parse_decimal(rows[0]["Column C"]) == Decimal("12345.67")
    assert parse_decimal(rows[1]["Column A"]) == Decimal("123.4567")
    assert parse_decimal(rows[2]["Column A"]) == Decimal("-1234.567")
    assert [parse_bool(rows[3][c]) for c in ("Column A", "Column B")] == [True, False]


def test_classic_mac_line_ends(shared_data):
    _, rows = _read(shared_data, "phpspreadsheet_linend.mac.csv")
    assert [tuple(r.values()) for r in rows] == [("A", "1"), ("2", "3")]


@pytest.mark.parametrize(
    "name", ["phpspreadsheet_premiere.utf16lebom.csv", "phpspreadsheet_premiere.win1252.csv"]
)
def test_french_accents_in_utf16_and_windows_1252(shared_data, name):
    table, rows = _read(shared_data, name)
    assert table.headers == ("première", "second", "troisième")
    assert rows == [{"première": "Quatrième", "second": "cinquième", "troisième": "sixième"}]


def test_excel_sep_hint(shared_data):
    table, rows = _read(shared_data, "phpspreadsheet_sep_excel_hint.csv")
    assert table.workbook.delimiter == ";"
    assert [tuple(r.values()) for r in rows] == [("A", "1"), ("2", "3")]


def test_mojibake_file_is_read_with_a_warning(shared_data):
    table, rows = _read(shared_data, "roo_iso_8859_1_mojibake_semicolon.csv")
    assert table.workbook.delimiter == ";" and table.workbook.warnings
    assert len(table.headers) == 8 and rows[0]["title_fr"] == "Miramar; cuir blanc"


# ---------------------------------------------------------------- customers


def test_datablist_customers_with_day_first_dates(shared_data):
    table, rows = _read(shared_data, "datablist_customers-10000.csv")
    assert len(rows) == 10_000 and len(table.headers) == 12
    verdict = detect_date_order(row["Subscription Date"] for row in rows)
    assert verdict.order is DateOrder.DMY
    assert parse_date(rows[0]["Subscription Date"], order=verdict.order) == date(2020, 8, 26)
    assert rows[1]["Company"] == "Horn, Shepard and Watson"


def test_mockaroo_baseline(shared_data):
    table, rows = _read(shared_data, "mockaroo_MOCK_DATA.csv")
    assert table.headers == ("id", "first_name", "last_name", "email", "gender", "ip_address")
    assert len(rows) == 1000


def test_superstore_orders_sheet_is_the_default(shared_data):
    table, rows = _read(shared_data, "superstore_orders_returns_people.xlsx")
    assert [s.name for s in table.workbook.sheets] == ["Orders", "Returns", "People"]
    assert table.sheet == "Orders" and len(rows) == 9994 and len(table.headers) == 21
    assert rows[0]["Order Date"] == date(2016, 11, 8) and rows[0]["Customer Name"] == "Claire Gute"
    assert rows[0]["Postal Code"] == 42420
    mapping = guess_mapping(table.headers, [tuple(r.values()) for r in rows[:100]], entity="orders")
    assert {"order_number", "order_date", "customer_name", "product", "quantity", "total"} <= (
        mapping.mapped_fields
    )


# ---------------------------------------------------------------- intl


def test_chinese_dates_as_cells_and_as_text(shared_data):
    table, rows = _read(shared_data, "easyexcel_dataformat_zh_dates.xlsx")
    assert table.headers[0] == "date" and rows[0]["date"] == datetime(2020, 1, 1, 1, 1, 1)
    assert parse_datetime(rows[0]["dateStringCn"]) == datetime(2020, 1, 1, 1, 1)


def test_wps_merged_title_and_text_codes(shared_data):
    table, rows = _read(shared_data, "easyexcel_t02_wps_merged_title.xlsx")
    assert table.header_row == 2 and table.headers[:2] == ("序号", "原料编号")
    assert "原料中成分含量（%）" in table.headers
    assert rows[0]["原料编号"] == "01502200" and rows[0]["成分序列号"] == "00005"


def test_unicode_scripts(shared_data):
    table, rows = _read(shared_data, "exceldatareader_TestUnicodeChars.xlsx")
    assert table.headers[0] == "col1" and rows[1]["col3"] == "ةةلك" and rows[0]["col5"] == "ЕЖЗ"


def test_czech_form_with_hundreds_of_merges_opens(shared_data):
    table, rows = _read(shared_data, "phpspreadsheet_issue2301_cs_form.xlsx")
    assert len(table.merged) == 552 and rows


def test_taiwanese_order_template_maps_to_orders(shared_data):
    table, rows = _read(shared_data, "phpspreadsheet_issue2316_zh-TW_orders.xlsx")
    mapping = guess_mapping(table.headers, [tuple(r.values()) for r in rows], entity="orders")
    fields = {c.header: c.field for c in mapping.columns}
    assert fields["收件人姓名"] == "customer_name" and fields["收件人手機"] == "customer_phone"
    assert fields["收件人Email"] == "customer_email" and fields["廠商訂單編號"] == "order_number"


def test_russian_company_list(shared_data):
    table, rows = _read(shared_data, "phpspreadsheet_issue2362_ru_companies.xlsx")
    assert len(rows) == 3024 and table.headers[:2] == ("Дата", "Название")
    assert rows[0]["Дата"] == date(2021, 10, 29)
    assert all(isinstance(row["ИНН"], str | None) for row in rows)


def test_roc_calendar_months_are_not_taken_for_dates(shared_data):
    table, _ = _read(shared_data, "phpspreadsheet_issue3093_zh_roc_dates.xlsx")
    assert len(table.headers) == 141 and table.headers[1] == "93年6月"
    with pytest.raises(ValidationError):
        parse_date(table.headers[1])


def test_russian_invoice_date_text(shared_data):
    _, rows = _read(shared_data, "phpspreadsheet_issue3770_ru_invoice_form.xlsx")
    texts = [v for row in rows for v in row.values() if isinstance(v, str) and "октября" in v]
    assert parse_date(texts[0]) == date(2023, 10, 18)


def test_libreoffice_sheet_declaring_1024_columns(shared_data):
    table, rows = _read(shared_data, "phpspreadsheet_issue3982_it_libreoffice_invoices.xlsx")
    assert len(table.headers) < 40 and table.headers[0] == "Nr fattura" and len(rows) == 4


def test_hebrew_workbook_with_empty_sheets(shared_data):
    table, rows = _read(shared_data, "sheetjs_text_and_numbers_hebrew.xlsx")
    assert table.sheet == "Sheet1" and rows[0] == {
        "English": "Hebrew",
        "Hello": "שלום",
        "World": "עולם",
    }


def test_bibelbund_issue_numbers_stay_text(shared_data):
    table, rows = _read(shared_data, "roo_Bibelbund_3.7k.xlsx")
    assert len(rows) == 3734 and len(table.headers) == 8 and rows[0]["NUMMER"] == "1972-4"
    with pytest.raises(ValidationError):
        parse_date(rows[0]["NUMMER"])


# ---------------------------------------------------------------- layout


def test_header_on_row_nine_under_a_note(shared_data):
    table, rows = _read(shared_data, "calamine_header-row.xlsx")
    assert table.header_row == 9 and table.headers == (
        "Columns",
        "Column A",
        "Column B",
        "Column C",
    )
    assert rows == [{"Columns": "put data here", "Column A": 1, "Column B": 2, "Column C": 3}]


def test_header_after_blank_rows_with_typed_cells(shared_data):
    table, rows = _read(shared_data, "csvkit_test_skip_lines.xlsx")
    assert table.header_row == 4 and table.headers[:4] == ("text", "date", "integer", "boolean")
    assert rows[0]["date"] == date(1971, 1, 1) and rows[0]["boolean"] is True


def test_sheet_declaring_16384_columns(shared_data):
    table, rows = _read(shared_data, "easyexcel_t03_dimension_A1-XFD2.xlsx")
    assert len(table.headers) == 12 and table.workbook.sheets[0].columns == 12 and len(rows) == 1


def test_report_preamble_above_the_header(shared_data):
    table, rows = _read(shared_data, "phpspreadsheet_issue2109b_report_preamble.xlsx")
    assert table.header_row == 2 and table.headers[0] == "Channel Code"
    assert parse_datetime(rows[0]["Broadcast Date"]) == datetime(2021, 5, 17, 3, 0)


def test_merged_ranges_are_filled(shared_data):
    _, rows = _read(shared_data, "roo_merged_ranges_libreoffice.xlsx")
    assert rows[0]["vertical1"] == rows[1]["vertical1"] == "vertical1"
    assert [row["vertical2"] for row in rows] == ["vertical2"] * len(rows)


def test_numbers_export_with_blank_first_row_and_checkboxes(shared_data):
    table, rows = _read(shared_data, "sheetjs_Attendance_numbers_export.xlsx")
    assert table.header_row == 2 and table.headers[1] == "Ben Ashley"
    assert rows[0]["Date"] == date(2020, 10, 1) and rows[0]["Tom Brooks"] is True


def test_hidden_sheets_are_marked_and_not_the_default(shared_data):
    table, _ = _read(shared_data, "sheetjs_sheet_visibility.xlsx")
    assert [s.visible for s in table.workbook.sheets] == [True, False, False]
    assert table.sheet == "Visible"


# ---------------------------------------------------------------- values


def test_numbers_stored_as_text(shared_data):
    _, rows = _read(shared_data, "easyexcel_t06_text_numbers_formula.xlsx")
    assert parse_decimal(rows[0]["Column A"]) == Decimal("7.500")
    assert parse_decimal(rows[0]["Column B"]) == Decimal("278.27")


def test_google_sheets_ordinal_dates_and_upc_codes(shared_data):
    _, rows = _read(shared_data, "exceldatareader_googlesourced.xlsx")
    assert rows[0]["UPC"] == 9583638582
    assert parse_date(rows[0]["Special offer start"]) == date(2013, 4, 1)
    assert parse_date(rows[1]["Special offer end"]) == date(2013, 1, 3)


def test_zero_padded_number_cells_keep_their_value(shared_data):
    _, rows = _read(shared_data, "roo_zero-padded-number.xlsx")
    assert [row["Table 1"] for row in rows] == [6083, 10083, 5010]


def test_1904_date_system(shared_data):
    table, rows = _read(shared_data, "sheetjs_1904_datesystem.xlsx")
    assert table.header_row is None
    assert [row["Column B"] for row in rows[:4]] == [
        date(1904, 1, 2),
        date(1904, 1, 12),
        date(1904, 4, 21),
        date(1907, 1, 16),
    ]
    assert all(parse_date(row["Column C"]) == row["Column B"] for row in rows[:4])


# ---------------------------------------------------------------- vcard


def test_japanese_vcard_21_in_shift_jis_and_quoted_printable(shared_data):
    _, [card] = _read(shared_data, "android_v21_japanese_2_sjis_qp.vcf")
    assert card["Name"] == "安藤 ロイド 1" and card["Family Name"] == "安藤"
    assert card["Address 1 - Street"] == "東京都渋谷区桜丘町26-1セルリアンタワー6階"
    assert card["Address 1 - Postal Code"] == "150-8512" and card["Notes"] == "メモ"


def test_japanese_vcards_with_vendor_phone_types(shared_data):
    _, cards = _read(shared_data, "android_v21_multiple_entry_sjis.vcf")
    assert len(cards) == 3 and cards[0]["Name"] == "安藤ロイド3"
    labels = {v for card in cards for k, v in card.items() if k.endswith("Type")}
    assert {"fax", "pager", "other"} <= labels


def test_ios_vcard_with_folded_photo_and_grouped_items(shared_data):
    _, [card] = _read(shared_data, "android_v30_ios_613_multiline.vcf")
    assert card["Name"] == "Bob Smith" and card["E-mail 1 - Value"] == "bob@smithauto.com"
    assert card["Phone 1 - Value"] == "(650) 555-1212" and card["Website"] == "www.smithauto.com"


def test_android_vcards_with_quoted_printable_names(shared_data):
    _, cards = _read(shared_data, "ezvcard_John_Doe_ANDROID.vcf")
    assert len(cards) == 6 and cards[0]["E-mail 1 - Value"] == "john.doe@company.com"
    assert cards[2]["Name"] == "Ñ Ñ Ñ Ñ Ñ"


def test_gmail_vcard(shared_data):
    _, [card] = _read(shared_data, "ezvcard_John_Doe_GMAIL.vcf")
    assert card["Name"] == "Mr. John Richter, James Doe Sr." and card["Birthday"] == date(
        1980, 3, 22
    )
    assert (card["Phone 1 - Type"], card["Phone 1 - Value"]) == ("mobile", "905-555-1234")


def test_outlook_vcards(shared_data):
    _, [card] = _read(shared_data, "ezvcard_John_Doe_MS_OUTLOOK.vcf")
    assert card["Birthday"] == date(1980, 3, 22) and card["Address 2 - Street"] == "Silicon Alley 5"
    _, [card] = _read(shared_data, "ezvcard_outlook-2007.vcf")
    assert card["Name"] == "Mr. Michael Angstadt Jr." and card["Phone 4 - Type"] == "fax"
    assert card["Notes"].startswith("This is the NOTE field") and "\n" in card["Notes"]


def test_icloud_vcards(shared_data):
    _, cards = _read(shared_data, "icloud_ios_contacts.vcf")
    assert [card["Name"] for card in cards] == ["Antonion", "Jimmy Aun", "San Zhang", "Benjamin"]
    assert parse_phone(cards[2]["Phone 2 - Value"], region="US").e164 == "+8613211265236"
