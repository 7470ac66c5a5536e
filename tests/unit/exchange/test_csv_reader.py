"""csv / tsv: encodings, delimiters, line ends, quoting; every cell stays text."""

from __future__ import annotations

import codecs

import pytest

from crmdesk.exchange.layout import read_table
from crmdesk.exchange.readers import open_source
from crmdesk.exchange.readers.delimited import CsvWorkbook
from crmdesk.exchange.readers.encoding import detect_encoding
from crmdesk.exchange.source import SourceFormat

SLOVAK = "Meno,Mesto,Poznámka\nĽubomír Šťastný,Žilina,čučoriedky a ďateľ\nJán Kováč,Prešov,ťava\n"
FRENCH = "Nom,Ville\nFrançois Lefèvre,Genève\nHélène Mère,Besançon\n"
PERSIAN = "نام,شهر\nمحمد رضايي,تهران\nعلي كريمي,شيراز\n"
CHINESE = "姓名,城市,电话\n张伟,深圳市,13800138000\n李娜,北京市,13900139000\n"


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (SLOVAK, "utf-8", "utf-8"),
        (SLOVAK, "utf-8-sig", "utf-8-sig"),
        (SLOVAK, "utf-16", "utf-16"),
        (SLOVAK, "cp1250", "cp1250"),
        (FRENCH, "cp1252", "cp1252"),
        (PERSIAN, "cp1256", "cp1256"),
        (CHINESE, "gb18030", "gb18030"),
        (CHINESE, "utf-16-le", "utf-16-le"),
        (CHINESE, "utf-16-be", "utf-16-be"),
    ],
)
def test_encodings_are_detected_and_text_decodes(write_bytes, text, encoding, expected):
    path = write_bytes("people.csv", text.encode(encoding))
    with open_source(path) as workbook:
        assert workbook.encoding == expected
        rows = list(workbook.iter_rows(workbook.sheets[0].name))
    expected_rows = [line.split(",") for line in text.strip("\n").split("\n")]
    assert rows == expected_rows


def test_western_and_central_european_ties_are_broken_by_the_letters():
    assert detect_encoding("première,troisième\r\n".encode("cp1252"), complete=True) == "cp1252"
    assert detect_encoding("Kováč,Žilina\nHoráček,Prešov\n".encode("cp1250"), complete=True) in (
        "cp1250",
    )
    assert detect_encoding("Nom,Ville\nNº 5,Crédito\n".encode("cp1252"), complete=True) == "cp1252"


@pytest.mark.parametrize(
    ("data", "delimiter"),
    [
        (b"name;email;city\nAnn;a@x.sk;Bratislava\nBo;b@x.sk;Ko\xc5\xa1ice\n", ";"),
        (b"name\temail\tcity\nAnn\ta@x.sk\tBratislava\nBo\tb@x.sk\tNitra\n", "\t"),
        (b"name|email|city\nAnn|a@x.sk|Bratislava\nBo|b@x.sk|Nitra\n", "|"),
        (b'name,note\n"Ann","a; b; c"\n"Bo","d; e"\n', ","),
    ],
)
def test_delimiters_are_detected(write_bytes, data, delimiter):
    with open_source(write_bytes("list.csv", data)) as workbook:
        assert workbook.delimiter == delimiter
        assert list(workbook.iter_rows(workbook.sheets[0].name))[1][0] == "Ann"


def test_excel_sep_hint_sets_the_delimiter_and_is_not_a_row(write_bytes):
    path = write_bytes("hint.csv", b"sep=;\r\nName;Amount\r\nAnn;1,5\r\n")
    table = read_table(open_source(path))
    assert table.headers == ("Name", "Amount")
    assert [row.values for row in table.rows()] == [("Ann", "1,5")]


def test_cr_only_line_ends_are_read(write_bytes):
    path = write_bytes("mac.csv", b"Name,City\rAnn,Nitra\rBo,Trnava\r")
    table = read_table(open_source(path))
    assert [row.values for row in table.rows()] == [("Ann", "Nitra"), ("Bo", "Trnava")]


def test_quoted_fields_keep_commas_quotes_and_line_breaks(write_bytes):
    data = b'Name,Address,Note\n"Horn, Shepard","Main St 1\nFloor 2","say ""hi"""\n'
    table = read_table(open_source(write_bytes("q.csv", data)))
    assert next(table.rows()).values == ("Horn, Shepard", "Main St 1\nFloor 2", 'say "hi"')


def test_leading_zeros_and_number_text_stay_text(write_bytes):
    data = b'Zip,Phone,Amount\n06652,0905123456,"1.234,56"\n'
    table = read_table(open_source(write_bytes("z.csv", data)))
    assert next(table.rows()).values == ("06652", "0905123456", "1.234,56")


def test_tsv_extension_prefers_tabs(write_bytes):
    path = write_bytes("list.tsv", b"a,b\tc\n1,2\t3\n")
    with open_source(path) as workbook:
        assert workbook.format is SourceFormat.CSV and workbook.delimiter == "\t"


def test_longest_cell_is_kept(write_bytes):
    note = "x" * 32767
    table = read_table(open_source(write_bytes("long.csv", f"Name,Note\nAnn,{note}\n".encode())))
    assert next(table.rows()).values[1] == note


def test_cells_larger_than_the_csv_default_limit_are_read(write_bytes):
    note = "y" * 200_000
    table = read_table(open_source(write_bytes("huge.csv", f"Name,Note\nAnn,{note}\n".encode())))
    assert len(next(table.rows()).values[1]) == 200_000


def test_garbled_text_gets_a_warning(write_bytes):
    with open_source(write_bytes("m.csv", "Name\nLÍ©lÍ©gance\ufffd\n".encode())) as workbook:
        assert "damaged characters" in workbook.warnings[0]
    with open_source(write_bytes("n.csv", "Name\nCafÃ© Crème\n".encode())) as workbook:
        assert "garbled" in workbook.warnings[0]


def test_size_estimate_is_given(write_bytes):
    data = "Name,Email\n" + "".join(f"P{i},p{i}@x.sk\n" for i in range(500))
    with CsvWorkbook(write_bytes("many.csv", data.encode())) as workbook:
        assert workbook.sheets[0].columns == 2
        assert 450 <= workbook.sheets[0].rows <= 550


def test_utf16_without_bom_is_detected():
    data = "Name,City\nAnn,Nitra\n".encode("utf-16-le")
    assert detect_encoding(data, complete=True) == "utf-16-le"
    assert detect_encoding(codecs.BOM_UTF16_LE + data, complete=True) == "utf-16"
