"""Every file a user can get wrong ends in a ValidationError with a sentence, never a traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from crmdesk.errors import ValidationError
from crmdesk.exchange.layout import read_table
from crmdesk.exchange.readers import open_source
from crmdesk.exchange.sniff import OLE_MAGIC


def _error(path: Path) -> str:
    with pytest.raises(ValidationError) as caught, open_source(path) as workbook:
        read_table(workbook)
    message = str(caught.value)
    assert message.endswith(".") and "Traceback" not in message
    return message


def test_empty_file_is_reported_as_empty(write_bytes):
    assert "is empty" in _error(write_bytes("contacts.xlsx", b""))
    assert "is empty" in _error(write_bytes("contacts.csv", b"\xef\xbb\xbf \r\n"))


def test_missing_file_and_folder_are_reported(tmp_path):
    assert "There is no file" in _error(tmp_path / "nope.xlsx")
    assert "folder" in _error(tmp_path)


def test_truncated_xlsx_is_reported_as_damaged(write_xlsx, write_bytes):
    data = write_xlsx({"People": [["Name"], ["Ann"]]}).read_bytes()
    message = _error(write_bytes("cut.xlsx", data[: len(data) // 2]))
    assert "damaged or incomplete" in message


def test_xlsx_with_broken_sheet_xml_is_reported_as_damaged(write_xlsx, write_bytes):
    source = write_xlsx({"People": [["Name"], ["Ann"]]})
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(buffer, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            zout.writestr(item, data)
    assert "damaged or incomplete" in _error(write_bytes("broken.xlsx", buffer.getvalue()))


def test_password_protected_xlsx_is_recognised(write_bytes):
    # An encrypted xlsx is an OLE container holding "EncryptionInfo" and "EncryptedPackage".
    directory = "EncryptionInfo".encode("utf-16-le") + b"\x00" * 50
    directory += "EncryptedPackage".encode("utf-16-le")
    data = OLE_MAGIC + b"\x00" * 504 + directory + b"\x00" * 4096
    message = _error(write_bytes("secret.xlsx", data))
    assert "protected with a password" in message


def test_ole_file_that_is_not_a_workbook_is_reported_as_damaged(write_bytes):
    message = _error(write_bytes("old.xls", OLE_MAGIC + b"\x00" * 2048))
    assert "damaged or incomplete" in message


def test_csv_that_is_really_binary_is_refused(write_bytes):
    data = bytes(range(256)) * 20
    assert "binary data" in _error(write_bytes("contacts.csv", data))


def test_other_formats_are_named(write_bytes):
    assert "PDF" in _error(write_bytes("list.xlsx", b"%PDF-1.7\n..."))
    assert "PNG image" in _error(write_bytes("list.csv", b"\x89PNG\r\n\x1a\n...."))
    html = b"<html><body><table><tr><td>Name</td></tr></table></body></html>"
    assert "HTML" in _error(write_bytes("export.xls", html))


def test_word_document_and_plain_zip_are_not_spreadsheets(write_bytes):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    assert "Word document" in _error(write_bytes("letter.xlsx", buffer.getvalue()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "zip archive" in _error(write_bytes("data.xlsx", buffer.getvalue()))


def test_apple_numbers_document_gets_export_advice(write_bytes):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Index/Document.iwa", b"\x00\x01")
    assert "Apple Numbers" in _error(write_bytes("list.numbers", buffer.getvalue()))


def test_empty_sheet_is_reported(write_xlsx):
    assert "every sheet is empty" in _error(write_xlsx({"Sheet1": []}))
    path = write_xlsx({"Data": [["a"]], "Blank": []}, name="two.xlsx")
    with open_source(path) as workbook, pytest.raises(ValidationError, match="“Blank” is empty"):
        read_table(workbook, sheet="Blank")


def test_header_only_sheet_is_reported(write_xlsx):
    message = _error(write_xlsx({"People": [["Name", "Email", "Phone"]]}))
    assert "header row (row 1) but no data" in message


def test_unknown_sheet_lists_the_sheets(write_xlsx):
    path = write_xlsx({"People": [["Name"], ["Ann"]]})
    with open_source(path) as workbook, pytest.raises(ValidationError, match=r"“Orders”.*“People”"):
        read_table(workbook, sheet="Orders")


def test_header_row_outside_the_data_is_reported(write_xlsx):
    with open_source(write_xlsx({"People": [["Name"], ["Ann"]]})) as workbook:
        with pytest.raises(ValidationError, match="Row 7 of sheet “People” is empty"):
            read_table(workbook, header_row=7)
        with pytest.raises(ValidationError, match="1 or more"):
            read_table(workbook, header_row=-2)
