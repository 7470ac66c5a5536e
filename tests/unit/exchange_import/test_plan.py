"""The preview: values as they will be stored, per-cell problems, nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from crmdesk.db import models
from crmdesk.exchange.importing import RowAction
from crmdesk.exchange.values import DateOrder

HEADER = ["Name", "Email", "Phone", "Birthday", "Lifecycle stage", "Shoe size"]


def test_preview_shows_values_as_stored_and_writes_nothing(imports, xlsx):
    path = xlsx(
        [HEADER, ["Ján Novák", "JAN@Example.SK", "+421 905 123 456", "1980-04-22", "Customer", 42]]
    )
    plan = imports.plan(path)
    (row,) = plan.rows
    assert row.action is RowAction.CREATE and row.row == 2
    assert row.draft.values["full_name"] == "Ján Novák"
    assert row.draft.values["sort_name"] == "jan novak"
    assert row.draft.values["lifecycle"] == "customer"
    assert (row.draft.values["birthday_month"], row.draft.values["birthday_day"]) == (4, 22)
    assert row.draft.emails == [("work", "JAN@example.sk")]
    assert row.draft.phones == [("mobile", "+421 905 123 456", "+421905123456")]
    assert row.draft.custom == {"shoe_size": 42.0}
    assert row.draft.preview()["phone"] == "+421905123456"
    assert plan.counts() == {"rows": 1, "created": 1, "updated": 0, "skipped": 0, "failed": 0}
    assert imports.count(models.Contact) == 0
    assert imports.count(models.CustomFieldDef, live=False) == 0


@pytest.mark.parametrize(
    ("cell", "column", "words"),
    [
        ("Email", "not-an-email", "not a valid email"),
        ("Birthday", "31.02.1980", "not a real"),
        ("Birthday", "someday", "not a date"),
    ],
)
def test_a_bad_cell_fails_its_row_with_a_problem_naming_the_column(
    imports, xlsx, cell, column, words
):
    values = dict.fromkeys(HEADER)
    values.update({"Name": "Ann", cell: column})
    plan = imports.plan(xlsx([HEADER, ["Bob"], list(values.values())]))
    ok, bad = plan.rows
    assert ok.action is RowAction.CREATE
    assert bad.action is RowAction.FAIL
    (problem,) = bad.errors
    assert (problem.row, problem.column) == (3, cell)
    assert words in problem.message


def test_value_too_long_fails_the_row(imports, xlsx):
    plan = imports.plan(xlsx([["Name", "Job title"], ["Ann", "x" * 201]]))
    (row,) = plan.rows
    assert row.action is RowAction.FAIL
    assert "too long" in row.errors[0].message and row.errors[0].column == "Job title"


def test_phone_not_possible_for_region_is_kept_as_typed_with_a_warning(imports, xlsx):
    plan = imports.plan(xlsx([["Name", "Phone"], ["Ann", "12"]]), region="SK")
    (row,) = plan.rows
    assert row.action is RowAction.CREATE
    assert row.draft.phones == [("mobile", "12", None)]
    (warning,) = row.problems
    assert warning.severity == "warning" and "kept as typed" in warning.message
    assert "region SK" in warning.message


def test_national_phones_use_the_region(imports, xlsx):
    plan = imports.plan(xlsx([["Name", "Phone"], ["Ali", "0912 345 6789"]]), region="ir")
    assert plan.rows[0].draft.phones[0][2] == "+989123456789"


def test_unknown_region_is_refused(imports, xlsx):
    from crmdesk.errors import ValidationError

    with pytest.raises(ValidationError, match="country code"):
        imports.plan(xlsx([["Name"], ["Ann"]]), region="XX")


def test_ambiguous_date_column_is_reported_and_blocks_the_plan(imports, xlsx):
    path = xlsx([["Name", "Birthday"], ["Ann", "03/04/1980"], ["Bob", "05/06/1981"]])
    plan = imports.plan(path)
    assert not plan.ready
    assert [a.column for a in plan.ambiguous] == ["Birthday"]
    assert "Birthday" in plan.problems[0].message
    chosen = imports.plan(path, date_order=DateOrder.DMY)
    assert chosen.ready
    assert chosen.rows[0].draft.values["birthday_month"] == 4
    us = imports.plan(path, date_order="mdy")
    assert us.rows[0].draft.values["birthday_month"] == 3


def test_a_column_whose_values_show_the_order_is_not_ambiguous(imports, xlsx):
    path = xlsx([["Name", "Birthday"], ["Ann", "03/04/1980"], ["Bob", "25/06/1981"]])
    plan = imports.plan(path)
    assert plan.ready
    assert plan.rows[0].draft.values["birthday_month"] == 4


def test_real_date_cells_are_never_ambiguous(imports, xlsx):
    plan = imports.plan(xlsx([["Name", "Birthday"], ["Ann", date(1980, 3, 4)]]))
    assert plan.ready and plan.rows[0].draft.values["birthday_month"] == 3


def _late_text_dates(*texts: str) -> list[list[object]]:
    """Real date cells for 30 rows, then ``texts``: the order is decided by the text dates
    alone, and the rows before them keep their dates."""
    early = [[f"P{n}", date(1980, 3, n + 1)] for n in range(30)]
    return [["Name", "Birthday"], *early, *([f"Q{n}", text] for n, text in enumerate(texts))]


def test_text_dates_after_real_ones_decide_the_order_from_every_text(imports, xlsx):
    plan = imports.plan(xlsx(_late_text_dates("03/04/1980", "25/06/1981")))
    assert plan.ready and plan.date_orders == {1: DateOrder.DMY}
    months = [row.draft.values["birthday_month"] for row in plan.rows]
    assert months == [3] * 30 + [4, 6]
    assert plan.counts()["created"] == 32


def test_text_dates_after_real_ones_can_still_be_ambiguous(imports, xlsx):
    path = xlsx(_late_text_dates("03/04/1980", "05/06/1981"))
    plan = imports.plan(path)
    assert not plan.ready and [a.column for a in plan.ambiguous] == ["Birthday"]
    assert [row.action for row in plan.rows].count(RowAction.FAIL) == 2  # only the texts
    assert imports.plan(path, date_order="mdy").rows[30].draft.values["birthday_month"] == 3


def test_unmapped_columns_become_custom_fields(imports, xlsx):
    plan = imports.plan(xlsx([["Name", "Favourite colour", "Website"], ["Ann", "blue", "a.sk"]]))
    assert {c.label for c in plan.custom_columns} == {"Favourite colour", "Website"}
    assert plan.rows[0].draft.custom == {"favourite_colour": "blue", "website": "a.sk"}


def test_name_parts_make_the_full_name_and_cjk_names_are_family_first(imports, xlsx):
    plan = imports.plan(xlsx([["First name", "Last name"], ["Jan", "Novák"], ["伟", "王"]]))
    western, chinese = (row.draft.values for row in plan.rows)
    assert western["full_name"] == "Jan Novák" and western["name_order"] == "given_first"
    assert chinese["full_name"] == "王伟" and chinese["name_order"] == "family_first"


def test_a_row_without_any_name_uses_its_email_or_fails(imports, xlsx):
    plan = imports.plan(xlsx([["Email", "Job title"], ["ann@x.sk", None], [None, "Boss"]]))
    with_email, without = plan.rows
    assert with_email.draft.values["full_name"] == "ann@x.sk"
    assert without.action is RowAction.FAIL and "needs a name" in without.errors[0].message


def test_unknown_country_is_kept_in_the_region(imports, xlsx):
    plan = imports.plan(xlsx([["Name", "City", "Country"], ["Ann", "X", "Atlantis"]]))
    (row,) = plan.rows
    assert row.action is RowAction.CREATE
    assert row.draft.addresses[0].region == "Atlantis"
    assert row.problems[0].severity == "warning"


def test_csv_apostrophe_guard_is_removed(imports, csv_file):
    plan = imports.plan(csv_file([["Name", "Notes"], ["'=Ann", "'+1 plus"], ["'Bob", "x"]]))
    first, second = plan.rows
    assert first.draft.values["full_name"] == "=Ann"
    assert first.draft.values["notes"] == "+1 plus"
    assert second.draft.values["full_name"] == "'Bob"  # not a guard: kept


def test_limit_plans_only_the_first_rows(imports, xlsx):
    plan = imports.plan(xlsx([["Name"], *[[f"P{i}"] for i in range(50)]]), limit=10)
    assert len(plan.rows) == 10


def test_a_sheet_far_too_wide_is_refused(imports, tmp_path):
    import xlsxwriter

    from crmdesk.errors import ValidationError

    path = tmp_path / "wide.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, [f"h{col}" for col in range(16384)])
    sheet.write_row(1, 0, ["v"] * 16384)
    book.close()
    with pytest.raises(ValidationError, match="16,384 columns"):
        imports.plan(path)


def test_a_word_outside_a_vocabulary_goes_to_the_notes(imports, xlsx):
    plan = imports.plan(xlsx([["Name", "Lifecycle stage", "Notes"], ["Ann", "Other", "Hi"]]))
    (row,) = plan.rows
    assert row.action is RowAction.CREATE
    assert "lifecycle" not in row.draft.values
    assert row.draft.values["notes"] == "Hi\n\nLifecycle stage: Other"
    assert "kept in the notes" in row.problems[0].message
