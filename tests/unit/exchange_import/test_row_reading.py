"""The planner's shortcuts give exactly what the general paths give.

``RowReader`` and ``DateReader`` remember what each distinct cell of a column became;
``people.Shape`` reads a row's slots directly and a plain address without grouping. Each is
compared here with the path it replaces, on cells that repeat with problems attached.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from itertools import cycle, islice

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from crmdesk.errors import ValidationError
from crmdesk.exchange.importing import addresses, cells, people, rows, suggest_mapping
from crmdesk.exchange.importing.addresses import AddressColumns
from crmdesk.exchange.importing.cells import Layout, Parsed, column_specs
from crmdesk.exchange.importing.people import CONTACT_UNMODELLED, shape_of
from crmdesk.exchange.importing.rows import DateReader, RowReader
from crmdesk.exchange.layout import Row, read_table
from crmdesk.exchange.mapping import Action, ColumnMapping, Mapping
from crmdesk.exchange.readers import open_source
from crmdesk.exchange.values import DateOrder, ValueOptions, parse_emails

HEADER = [
    "First name", "Last name", "Email", "Phone", "Mobile", "Company", "Street", "City",
    "Postal code", "Country", "Birthday", "Lifecycle stage", "Tags", "Notes", "Website",
]  # fmt: skip
CELLS = [
    ["Ján", "王", "  Anna ", "", "x" * 160],
    ["Novák", "小明", "O'Neil", ""],
    ["a@b.sk", "bad-email", "x@y.sk; z@w.sk", "A.B@Example.COM", ""],
    ["0905 123 456", "+421 2 1234 5678", "12", "abc", "1-800-FLOWERS", "0905 123 456 x1"],
    ["+44 20 7946 0958", "0421 905 123 456", "(0901) 123-456", ""],
    ["Acme", "ACME ", "c" * 310, ""],
    ["Hlavná 1", "s" * 310, ""],
    ["Bratislava", "北京", "c" * 130, ""],
    ["811 01", "06652", "p" * 40, ""],
    ["SK", "Slovensko", "Narnia", "x" * 70, ""],
    ["1980-05-04", "04/05/1980", "13/01/1999", "1999-02-30", "--04-22", ""],
    ["lead", "Customer", "Other", "", "zákazník"],
    ["vip, b2b", "t" * 120, "VIP; vip", ""],
    ["Met at the fair", "'=1+1", ""],
    ["https://x.sk", "", "=SUM(A1)"],
]


def _messy(count: int) -> list[list[str]]:
    """Rows cycling through each column's values at a different pace: cells repeat, in
    ever new combinations."""
    columns = [list(islice(cycle(values), count)) for values in CELLS]
    for shift, column in enumerate(columns):
        column[:] = column[shift:] + column[:shift]
    return [list(row) for row in zip(*columns, strict=True)]


@pytest.fixture
def messy(csv_file):
    """(layout, rows) of a csv of 300 messy contacts."""
    path = csv_file([HEADER, *_messy(300)])
    with open_source(path) as workbook:
        table = read_table(workbook)
        mapping = suggest_mapping(table, entity="contacts")
        found = list(table.rows())
    specs = column_specs(
        mapping, entity="contacts", custom={}, defs={}, unmodelled=CONTACT_UNMODELLED
    )
    return Layout(specs), found


def _state(parsed: Parsed) -> tuple[object, ...]:
    return (parsed.row, parsed.cells, parsed.dates, parsed.extra, parsed.problems)


def _read(layout: Layout, found: list[Row], *, from_csv: bool = True) -> list[Parsed]:
    reader = RowReader(layout, ValueOptions(region="SK"), from_csv=from_csv)
    return [reader.read(row) for row in found]


def test_remembered_cells_read_as_new_ones(messy, monkeypatch):
    layout, found = messy
    reader = RowReader(layout, ValueOptions(region="SK"), from_csv=True)
    remembered = [reader.read(row) for row in found]
    assert any(len(memo) for *_, memo in reader.columns)
    monkeypatch.setattr(rows, "MEMO_ROOM", 0)
    fresh = _read(layout, found)
    assert [_state(p) for p in remembered] == [_state(p) for p in fresh]
    problems = {problem.message for parsed in fresh for problem in parsed.problems}
    assert any("kept in the region" in text for text in problems)  # moved text
    assert any("kept in the notes" in text for text in problems)
    assert any("kept as typed" in text for text in problems)  # phone warnings


def test_remembered_dates_read_as_new_ones(monkeypatch):
    """Equal cells of different types (1, 1.0, True; a date and a datetime) are different
    cells: each is remembered apart."""
    mapping = Mapping("contacts", [ColumnMapping(0, "Birthday", Action.FIELD, field="birthday")])
    layout = Layout(column_specs(mapping, entity="contacts", custom={}, defs={}))
    cells = ["04/05/1980", "31/02/1980", date(1980, 5, 4), datetime(1980, 5, 4, 10), 1, 1.0, True]
    found = [Row(number, (cell,)) for number, cell in enumerate(cells * 3, start=2)]

    def parse_all() -> list[tuple[object, ...]]:
        parsed = _read(layout, found, from_csv=False)
        reader = DateReader({0: DateOrder.DMY}, ValueOptions())
        for item in parsed:
            reader.read(item)
        return [_state(item) for item in parsed]

    remembered = parse_all()
    monkeypatch.setattr(rows, "MEMO_ROOM", 0)
    assert remembered == parse_all()
    assert any(state[4] for state in remembered)  # some cells are not dates


def test_a_plain_address_is_read_as_the_general_path_reads_it(messy):
    layout, found = messy
    columns = AddressColumns(layout)
    assert columns.plain is not None
    direct, general = _read(layout, found), _read(layout, found)
    read = []
    for one, other in zip(direct, general, strict=True):
        read.append(columns.read(one))
        slow = addresses._addresses(other, columns.cells(other))
        assert (read[-1], one.problems) == (slow, other.problems)
    assert 0 < read.count([]) < len(read)


def test_shape_reads_the_slots_parsed_would_read(messy):
    layout, found = messy
    shape = shape_of(layout)
    for parsed in _read(layout, found):
        cells = parsed.cells
        for target, slots in (("given_name", shape.given_name), ("company", shape.company)):
            assert people._first(cells, slots) == parsed.first(target)
        for target, items in (("email", shape.emails), ("phone", shape.phones)):
            direct = [(s, cells[s.slot]) for s, _ in items if cells[s.slot] is not None]
            assert direct == parsed.all(target)
        assert people.custom_values(cells, shape) == {
            key.removeprefix("custom:"): found_cells[0][1]
            for key, found_cells in parsed.with_prefix("custom:").items()
        }


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="ab.@ :;,<>-_MAILTOmailto\u060c\u00e1", max_size=24))
@example("mailto:ab@ab.ab")
@example("MailTo:ab@ab.ab")
@example(" ab@ab.ab ")
@example("ab@ab.ab, ba@ba.ba")
def test_a_plain_email_cell_reads_as_parse_emails_reads_it(text):
    def outcome(read: Callable[[str], list[str]]) -> object:
        try:
            return read(text)
        except ValidationError as error:
            return error.message

    fast = outcome(lambda cell: cells._emails(cell, "email"))
    assert fast == outcome(lambda cell: parse_emails(cell, field="email"))
