"""xlsx / xls readers: typed cells, sheet metadata, merges, fallbacks, huge declared areas."""

from __future__ import annotations

import io
import time
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from crmdesk.errors import ValidationError
from crmdesk.exchange.layout import read_table
from crmdesk.exchange.readers import open_source
from crmdesk.exchange.readers.fallbacks import EMPTY_RUN_LIMIT, OpenpyxlWorkbook, XlrdWorkbook
from crmdesk.exchange.readers.spreadsheet import CalamineWorkbook
from crmdesk.exchange.source import CellRange, SourceFormat, column_letter


def test_cells_keep_their_types(write_xlsx):
    rows = [
        ["Name", "Born", "Seen", "Score", "Ratio", "VIP", "Zip"],
        ["Ján", date(1980, 3, 22), datetime(2024, 5, 1, 9, 30), 42, 0.5, True, "01001"],
        ["", None, None, 7.0, None, False, "0042"],
    ]
    with open_source(write_xlsx({"People": rows})) as workbook:
        assert isinstance(workbook, CalamineWorkbook)
        got = list(workbook.iter_rows("People"))
    assert got[1] == ["Ján", date(1980, 3, 22), datetime(2024, 5, 1, 9, 30), 42, 0.5, True, "01001"]
    assert got[2] == [None, None, None, 7, None, False, "0042"]
    assert isinstance(got[2][3], int)  # 7.0 in the file is the whole number 7


def test_sheets_are_listed_with_visibility_and_size(write_xlsx):
    path = write_xlsx(
        {"Notes": [["x"]], "Customers": [["Name", "Email"], ["Ann", "a@x.sk"], ["Bo", "b@x.sk"]]},
        hidden=["Notes"],
    )
    with open_source(path) as workbook:
        assert workbook.format is SourceFormat.XLSX
        names = [(s.name, s.visible, s.rows, s.columns) for s in workbook.sheets]
    assert names == [("Notes", False, 1, 1), ("Customers", True, 3, 2)]


def test_rows_and_columns_are_positioned_as_in_the_sheet(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet["C5"], sheet["D5"], sheet["C6"], sheet["E8"] = "Name", "Age", "Ann", 1.5
    path = tmp_path / "offset.xlsx"
    book.save(path)
    with open_source(path) as workbook:
        rows = list(workbook.iter_rows(workbook.sheets[0].name))
    assert rows[4][2:4] == ["Name", "Age"] and rows[5][2] == "Ann" and rows[7][4] == 1.5
    table = read_table(open_source(path))
    assert table.header_row == 5 and table.letters == ("C", "D", "E")
    assert [row.number for row in table.rows()] == [6, 8]


def test_merged_ranges_are_reported(write_xlsx):
    path = write_xlsx({"S": [["Title"], ["a", "b"]]}, merged={"S": ["A1:C1"]})
    with open_source(path) as workbook:
        assert workbook.merged_ranges("S") == [CellRange(0, 0, 0, 2)]


def test_1904_date_system_is_honoured(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    book.active.append(["When"])
    book.active.append([date(2024, 3, 5)])
    path = tmp_path / "mac.xlsx"
    book.save(path)
    assert b'date1904="1"' in zipfile.ZipFile(path).read("xl/workbook.xml")
    with open_source(path) as workbook:
        assert list(workbook.iter_rows(workbook.sheets[0].name))[1] == [date(2024, 3, 5)]


def test_longest_excel_cell_is_read_whole(write_xlsx):
    text = "ž" * 32767
    with open_source(write_xlsx({"S": [["Notes"], [text]]})) as workbook:
        assert list(workbook.iter_rows("S"))[1] == [text]


def test_sheet_of_16384_columns_is_read(tmp_path):
    import xlsxwriter

    path = tmp_path / "wide.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Wide")
    sheet.write_row(0, 0, [f"h{col}" for col in range(16384)])
    sheet.write(1, 16383, "last")
    book.close()
    start = time.perf_counter()
    table = read_table(open_source(path))
    rows = list(table.rows())
    assert time.perf_counter() - start < 10
    assert len(table.headers) == 16384 and table.headers[-1] == "h16383"
    assert column_letter(table.columns[-1]) == "XFD"
    assert rows[0].values[-1] == "last" and rows[0].number == 2


def test_million_empty_formatted_rows_are_read_fast(tmp_path):
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Email"])
    sheet.append(["Ann", "ann@example.com"])
    sheet.cell(row=1_000_000, column=1).font = Font(bold=True)
    path = tmp_path / "formatted.xlsx"
    book.save(path)
    start = time.perf_counter()
    with open_source(path) as workbook:
        assert workbook.sheets[0].rows == 2
        rows = list(read_table(workbook).rows())
    assert time.perf_counter() - start < 5
    assert [row.values for row in rows] == [("Ann", "ann@example.com")]


def _utf16_copy(source: Path, target: Path) -> Path:
    """The same workbook with every XML part re-encoded as UTF-16 (calamine rejects those)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/") and item.filename.endswith(".xml"):
                text = data.decode("utf-8").split("?>", 1)[-1]
                data = ('<?xml version="1.0" encoding="UTF-16"?>' + text).encode("utf-16")
            zout.writestr(item, data)
    target.write_bytes(buffer.getvalue())
    return target


def test_xlsx_with_utf16_parts_falls_back_to_openpyxl(write_xlsx, tmp_path):
    source = write_xlsx(
        {"People": [["Contact", None], ["Name", "Email"], ["Žofia", "z@x.sk"]]},
        merged={"People": ["A1:B1"]},
    )
    with open_source(_utf16_copy(source, tmp_path / "utf16.xlsx")) as workbook:
        assert isinstance(workbook, OpenpyxlWorkbook)
        assert workbook.merged_ranges("People") == [CellRange(0, 0, 0, 1)]
        table = read_table(workbook)
        assert table.headers == ("Name", "Email") and table.header_row == 2
        assert [row.values for row in table.rows()] == [("Žofia", "z@x.sk")]


def test_openpyxl_fallback_stops_after_a_long_empty_run(tmp_path):
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.active.append(["Ann"])
    for row in range(3, EMPTY_RUN_LIMIT + 10):
        book.active.cell(row=row, column=1).font = Font(bold=True)
    path = tmp_path / "styled.xlsx"
    book.save(path)
    workbook = OpenpyxlWorkbook(path)
    rows = list(workbook.iter_rows(workbook.sheets[0].name))
    assert rows[:2] == [["Name"], ["Ann"]] and len(rows) < EMPTY_RUN_LIMIT + 3
    assert "empty rows" in workbook.warnings[0]


def _xls(tmp_path: Path) -> Path:
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook()
    sheet = book.add_sheet("Kunden")
    dated = xlwt.easyxf(num_format_str="DD.MM.YYYY")
    for col, value in enumerate(["Name", "Geburtstag", "PLZ", "Umsatz"]):
        sheet.write(0, col, value)
    sheet.write(1, 0, "Žofia Nováková")
    sheet.write(1, 1, date(1980, 3, 22), dated)
    sheet.write(1, 2, "01001")
    sheet.write(1, 3, 1234.5)
    sheet.write_merge(3, 3, 0, 2, "merged")
    book.add_sheet("Versteckt").visibility = 1
    path = tmp_path / "kunden.xls"
    book.save(str(path))
    return path


def test_real_xls_is_read_by_calamine(tmp_path):
    with open_source(_xls(tmp_path)) as workbook:
        assert isinstance(workbook, CalamineWorkbook) and workbook.format is SourceFormat.XLS
        assert [(s.name, s.visible) for s in workbook.sheets] == [
            ("Kunden", True),
            ("Versteckt", False),
        ]
        rows = list(workbook.iter_rows("Kunden"))
        assert rows[1] == ["Žofia Nováková", date(1980, 3, 22), "01001", 1234.5]
        assert workbook.merged_ranges("Kunden") == [CellRange(3, 0, 3, 2)]


def test_xlrd_fallback_reads_the_same_xls(tmp_path):
    workbook = XlrdWorkbook(_xls(tmp_path))
    rows = list(workbook.iter_rows("Kunden"))
    assert rows[1] == ["Žofia Nováková", date(1980, 3, 22), "01001", 1234.5]
    assert workbook.sheets[1].visible is False
    workbook.close()


def test_xlsx_named_csv_is_read_as_xlsx(write_xlsx, tmp_path):
    path = tmp_path / "really.csv"
    path.write_bytes(write_xlsx({"S": [["Name"], ["Ann"]]}).read_bytes())
    with open_source(path) as workbook:
        assert workbook.format is SourceFormat.XLSX


def test_stray_value_in_the_last_cell_is_refused_not_loaded(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.active.append(["Ann"])
    book.active.cell(row=1_048_576, column=16_384, value="x")
    path = tmp_path / "stray.xlsx"
    book.save(path)
    start = time.perf_counter()
    with pytest.raises(ValidationError, match="1,048,576 rows and 16,384 columns"):
        open_source(path)
    assert time.perf_counter() - start < 5


def test_formatting_in_the_last_cell_is_harmless(tmp_path):
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    book.active.append(["Name"])
    book.active.append(["Ann"])
    book.active.cell(row=1_048_576, column=16_384).font = Font(bold=True)
    path = tmp_path / "styled-corner.xlsx"
    book.save(path)
    table = read_table(open_source(path))
    assert [row.values for row in table.rows()] == [("Ann",)]
