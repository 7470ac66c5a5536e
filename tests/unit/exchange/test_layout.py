"""Sheet understanding: default sheet, header row, merged headers, empty rows and columns."""

from __future__ import annotations

from datetime import date

import pytest

from crmdesk.errors import ValidationError
from crmdesk.exchange.header import clean_header
from crmdesk.exchange.layout import NO_HEADER, default_sheet, read_table
from crmdesk.exchange.readers import open_source


def test_plain_list_has_its_header_on_row_one(write_xlsx, table_rows):
    path = write_xlsx({"People": [["Name", "Email"], ["Ann", "a@x.sk"], ["Bo", "b@x.sk"]]})
    table, rows = table_rows(path)
    assert (table.header_row, table.headers, table.first_data_row) == (1, ("Name", "Email"), 2)
    assert rows == [("Ann", "a@x.sk"), ("Bo", "b@x.sk")]


def test_header_under_title_note_and_blank_rows_is_found(write_xlsx, table_rows):
    sheet = [
        ["Customer list 2024"],
        [],
        [None, None, "printed by Ann"],
        [],
        ["Name", "City", "Phone", "Since"],
        ["Ján", "Žilina", "0905 123 456", date(2020, 1, 5)],
        ["Eva", "Nitra", "0905 654 321", date(2021, 2, 6)],
    ]
    table, rows = table_rows(write_xlsx({"S": sheet}))
    assert table.header_row == 5 and table.headers == ("Name", "City", "Phone", "Since")
    assert [row[0] for row in rows] == ["Ján", "Eva"]


def test_key_value_preamble_row_is_not_the_header(write_xlsx, table_rows):
    sheet = [
        ["Channel = CN", "Start = 2021-05-17"],
        ["Code", "Event", "Date", "Title", "Season", "Episode"],
        ["CNRS", 585, "2021-05-17 03:00", "Gumball", 2, 18],
    ]
    table, _ = table_rows(write_xlsx({"S": sheet}))
    assert table.header_row == 2 and table.headers[0] == "Code"


def test_sheet_without_header_gets_column_letters(write_xlsx, table_rows):
    table, rows = table_rows(write_xlsx({"S": [[1, date(1904, 1, 2)], [11, date(1904, 1, 12)]]}))
    assert table.header_row is None and table.headers == ("Column A", "Column B")
    assert rows[0] == (1, date(1904, 1, 2))


def test_header_row_can_be_given_or_refused(write_xlsx, table_rows):
    path = write_xlsx({"S": [["Name", "Email"], ["Ann", "a@x.sk"]]})
    table, rows = table_rows(path, header_row=NO_HEADER)
    assert table.headers == ("Column A", "Column B") and rows[0] == ("Name", "Email")
    with pytest.raises(ValidationError, match="no data under it"):
        table_rows(path, header_row=2)


def test_merged_title_over_the_table_is_not_the_header(write_xlsx, table_rows):
    sheet = [["Price list", None, None], ["Code", "Item", "Price"], ["01502200", "Glycol", 100]]
    table, rows = table_rows(write_xlsx({"S": sheet}, merged={"S": ["A1:C1"]}))
    assert table.header_row == 2 and table.headers == ("Code", "Item", "Price")
    assert rows == [("01502200", "Glycol", 100)]


def test_merged_group_titles_prefix_two_row_headers(write_xlsx, table_rows):
    sheet = [
        [None, "Address", None, "Phone", None],
        ["Name", "Street", "City", "Work", "Mobile"],
        ["Ann", "Hlavná 1", "Žilina", "041 123", "0905 1"],
    ]
    table, _ = table_rows(write_xlsx({"S": sheet}, merged={"S": ["B1:C1", "D1:E1"]}))
    assert table.headers == ("Name", "Address Street", "Address City", "Phone Work", "Phone Mobile")


def test_vertically_merged_cells_fill_every_row(write_xlsx, table_rows):
    sheet = [["Company", "Person"], ["Acme", "Ann"], [None, "Bo"], [None, "Cy"]]
    _, rows = table_rows(write_xlsx({"S": sheet}, merged={"S": ["A2:A4"]}))
    assert rows == [("Acme", "Ann"), ("Acme", "Bo"), ("Acme", "Cy")]


def test_empty_rows_and_columns_are_skipped_and_rows_keep_sheet_numbers(write_xlsx):
    sheet = [
        ["Name", None, "Email", None],
        [],
        ["Ann", None, "a@x.sk"],
        [None, None, None, None],
        ["Bo", None, "b@x.sk"],
    ]
    table = read_table(open_source(write_xlsx({"S": sheet})))
    assert table.headers == ("Name", "Email") and table.letters == ("A", "C")
    assert [(row.number, row.values) for row in table.rows()] == [
        (3, ("Ann", "a@x.sk")),
        (5, ("Bo", "b@x.sk")),
    ]


def test_values_in_columns_outside_the_table_are_not_lost(write_xlsx, monkeypatch):
    import crmdesk.exchange.layout as layout

    monkeypatch.setattr(layout, "SAMPLE_ROWS", 2)
    sheet = [["Name"], ["Ann"], ["Bo"], ["Cy", None, "late note"]]
    table = read_table(open_source(write_xlsx({"S": sheet})))
    assert table.headers == ("Name",)
    last = list(table.rows())[-1]
    assert last.values == ("Cy",) and last.extra == ((2, "late note"),)


def test_duplicate_and_multiline_headers_are_made_usable(write_xlsx):
    sheet = [["Email", "Email", "Ben \nAshley", "原料含\n量（%）", None], ["a", "b", "c", "d", "e"]]
    table = read_table(open_source(write_xlsx({"S": sheet})))
    assert table.headers == ("Email", "Email (2)", "Ben Ashley", "原料含量（%）", "Column E")


def test_default_sheet_is_the_visible_list(write_xlsx):
    path = write_xlsx(
        {
            "Cover": [["Report"], ["made by Ann"]],
            "Secret": [["a", "b"]] + [[i, i] for i in range(50)],
            "Orders": [["Order", "Date", "Total"]]
            + [[i, date(2024, 1, 1), i * 2] for i in range(20)],
            "Empty": [],
        },
        hidden=["Secret"],
    )
    with open_source(path) as workbook:
        assert default_sheet(workbook) == "Orders"
        assert read_table(workbook).sheet == "Orders"


def test_hidden_sheet_is_used_when_nothing_else_has_data(write_xlsx):
    path = write_xlsx({"Blank": [], "Data": [["Name"], ["Ann"]]}, hidden=["Data"])
    with open_source(path) as workbook:
        assert default_sheet(workbook) == "Data"


def test_sample_returns_the_first_rows(write_xlsx):
    path = write_xlsx({"S": [["n"]] + [[f"r{i}"] for i in range(300)]})
    table = read_table(open_source(path))
    sample = table.sample(10)
    assert [row.values[0] for row in sample] == [f"r{i}" for i in range(10)]
    assert sample[0].number == 2


def test_clean_header_joins_lines():
    assert clean_header("Sue \nDaniels") == "Sue Daniels"
    assert clean_header("配方中成分含\n量（%）") == "配方中成分含量（%）"
    assert clean_header(2024) == "2024" and clean_header(None) == ""
