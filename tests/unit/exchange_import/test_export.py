"""Export: formatted xlsx, csv with BOM, vCard; formula-safe; re-imports to the same data."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from crmdesk.db import models
from crmdesk.db.migrate import open_database
from crmdesk.errors import CrmError, ValidationError
from crmdesk.exchange.export import export_everything, export_list
from crmdesk.exchange.file_ids import file_tag
from crmdesk.exchange.importing import RowAction
from crmdesk.services import companies, contacts, custom_fields, deals, orders, segments, tickets
from crmdesk.services.channels import Labeled, PostalAddress
from crmdesk.services.orders import LineInput

FORMULAS = ['=HYPERLINK("http://evil","x")', "+1+2", "-3+4", "@SUM(A1)", "=1+1"]


@pytest.fixture
def rich(ctx):
    """A small file with everything a contact can have, in several scripts."""
    with ctx.transaction() as session:
        for label, kind in (
            ("Shoe size", "number"),
            ("First visit", "date"),
            ("VIP", "boolean"),
            ("Favourite", "text"),
            ("رنگ محبوب", "text"),
        ):
            custom_fields.define_field(session, entity="contact", label=label, type=kind)
        custom_fields.define_field(
            session, entity="contact", label="会员等级", type="choice", choices=["金卡", "银卡"]
        )
        acme, _ = companies.create_company(session, values={"name": "Acme, s.r.o."})
        contacts.create_contact(
            session,
            values={
                "full_name": "Ján Novák",
                "given_name": "Ján",
                "family_name": "Novák",
                "company_id": acme,
                "job_title": "CEO",
                "department": "Sales",
                "birthday_year": 1980,
                "birthday_month": 4,
                "birthday_day": 22,
                "gender": "male",
                "lifecycle": "customer",
                "lead_source": "fair",
                "lead_score": 80,
                "marketing_consent": True,
                "consent_date": datetime(2024, 1, 5, 9, 30, 15, tzinfo=UTC),
                "notes": "Line one\nLine two =SUM(A1)",
                "personal_details": "Two kids; likes tea, golf\nand chess",
            },
            emails=[Labeled("work", "jan@acme.sk"), Labeled("home", "jan@home.sk")],
            phones=[Labeled("mobile", "+421 905 123 456"), Labeled("work", "+421 2 1234 5678")],
            addresses=[
                PostalAddress("work", "Hlavná 1", "Žilina", "ZA", "010 01", "SK"),
                PostalAddress("home", "Mierová 5\nbyt 12", "Bratislava", None, "821 05", "SK"),
            ],
            tag_names=["vip", "golf"],
            custom={
                "shoe_size": 43.5,
                "first_visit": "2023-05-01",
                "vip": True,
                "favourite": "tea",
            },
        )
        contacts.create_contact(
            session,
            values={
                "full_name": "王伟",
                "given_name": "伟",
                "family_name": "王",
                "name_order": "family_first",
                "birthday_month": 2,
                "birthday_day": 29,
                "lifecycle": "former",
                "lead_source": "微信, 朋友介绍",
                "lead_score": 0,
                "gender": "other",
            },
            emails=[Labeled("other", "wang@example.cn")],
            custom={custom_fields.field_key("会员等级"): "银卡", "vip": False},
        )
        contacts.create_contact(
            session,
            values={
                "full_name": "علی رضایی",
                "lifecycle": "prospect",
                "lead_source": "نمایشگاه تهران",
                "notes": FORMULAS[0],
            },
            phones=[Labeled("mobile", "+98 912 345 6789")],
            tag_names=["تهران"],
            custom={"favourite": "+98 chai", custom_fields.field_key("رنگ محبوب"): "آبی; سبز"},
        )


def _fresh(tmp_path: Path):
    return open_database(tmp_path / "empty.crm")


def _import_into(context, path: Path, imports_cls, **options):
    other = imports_cls(context)
    return other, other.run(path, **options)


def _consent_dates(context) -> list[tuple[str, datetime | None]]:
    with context.reading() as session:
        query = select(models.Contact.full_name, models.Contact.consent_date)
        return sorted((name, moment) for name, moment in session.execute(query))


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "vcf"])
def test_export_then_import_into_an_empty_file_gives_the_same_records(
    imports, ctx, rich, tmp_path, fmt
):
    out = tmp_path / f"contacts.{fmt}"
    with ctx.reading() as session:
        result = export_list(session, out, entity="contacts", format=fmt)
    assert result.records == {"contacts": 3}
    context = _fresh(tmp_path)
    try:
        other, summary = _import_into(context, out, type(imports))
        assert (summary.created, summary.failed) == (3, 0), summary.errors
        assert other.people() == imports.people()
        assert _consent_dates(context) == _consent_dates(ctx)
        with context.reading() as session:
            defs = {d.label: d.type for d in custom_fields.list_fields(session, "contact")}
        assert defs == {
            "Shoe size": "number",
            "First visit": "date",
            "VIP": "boolean",
            "Favourite": "text",
            "رنگ محبوب": "text",
            "会员等级": "text",  # a choice's list of choices is its definition, not a value
        }
    finally:
        context.close()


def test_vcard_export_is_a_standard_vcard_plus_crmdesk_properties(ctx, rich, tmp_path):
    out = tmp_path / "contacts.vcf"
    with ctx.reading() as session:
        export_list(session, out, entity="contacts", format="vcf")
        ids = dict(session.execute(select(models.Contact.full_name, models.Contact.id)).all())
        tag = file_tag(session)
    assert tag is not None and len(tag) == 8
    cards = {
        card.split("\nFN:")[1].split("\n")[0]: card
        for card in out.read_text(encoding="utf-8").replace("\r\n", "\n").split("END:VCARD")[:-1]
    }
    jan, wang, ali = cards["Ján Novák"], cards["王伟"], cards["علی رضایی"]
    assert jan.startswith("BEGIN:VCARD") and "VERSION:3.0" in jan and "BDAY:--02-29" in wang
    for line in (
        "N:Novák;Ján;;;",
        "ORG:Acme\\, s.r.o.;Sales",
        f"UID:crmdesk-contact-{tag}-{ids['Ján Novák']}",
        f"X-CRMDESK-ID:{tag}-{ids['Ján Novák']}",
        "X-CRMDESK-LIFECYCLE:customer",
        "X-CRMDESK-LEAD-SCORE:80",
        "X-CRMDESK-MARKETING-CONSENT:TRUE",
        "X-CRMDESK-CONSENT-DATE:2024-01-05T09:30:15Z",
        "X-CRMDESK-PERSONAL-DETAILS:Two kids\\; likes tea\\, golf\\nand chess",
        "X-GENDER:male",
        "custom1.X-CRMDESK-CUSTOM;VALUE=float:43.5",
        "custom1.X-CRMDESK-CUSTOM-LABEL:Shoe size",
        "custom2.X-CRMDESK-CUSTOM;VALUE=date:2023-05-01",
        "custom3.X-CRMDESK-CUSTOM;VALUE=boolean:TRUE",
        "custom4.X-CRMDESK-CUSTOM:tea",
    ):
        assert f"\n{line}\n" in jan, line
    for line in (
        "X-CRMDESK-LEAD-SOURCE:微信\\, 朋友介绍",
        "X-CRMDESK-LEAD-SCORE:0",
        "X-CRMDESK-MARKETING-CONSENT:FALSE",
        "custom1.X-CRMDESK-CUSTOM;VALUE=boolean:FALSE",
        "custom1.X-CRMDESK-CUSTOM-LABEL:VIP",
        "custom2.X-CRMDESK-CUSTOM:银卡",
        "custom2.X-CRMDESK-CUSTOM-LABEL:会员等级",
    ):
        assert f"\n{line}\n" in wang, line
    assert "\nX-CRMDESK-LEAD-SOURCE:نمایشگاه تهران\n" in ali
    assert "X-CRMDESK-CUSTOM:آبی\\; سبز" in ali and "X-CRMDESK-CUSTOM-LABEL:رنگ محبوب" in ali
    assert "X-CRMDESK-CONSENT-DATE" not in ali and "X-GENDER" not in ali  # empty: not written


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "vcf"])
def test_reimporting_an_export_updates_instead_of_duplicating(imports, ctx, rich, tmp_path, fmt):
    out = tmp_path / f"contacts.{fmt}"
    with ctx.reading() as session:
        export_list(session, out, entity="contacts", format=fmt)
    before = imports.people()
    skipped = imports.run(out)
    assert (skipped.skipped, skipped.created) == (3, 0)
    if fmt == "xlsx":  # the user edits the export in Excel and imports it back
        book = openpyxl.load_workbook(out)
        sheet = book.active
        headers = [cell.value for cell in sheet[1]]
        sheet.cell(2, headers.index("Job title") + 1, "Chairman")
        book.save(out)
    if fmt == "vcf":  # ... or in an address book
        out.write_text(out.read_text(encoding="utf-8").replace("TITLE:CEO", "TITLE:Chairman"))
    plan = imports.plan(out, on_duplicate="update")
    assert [row.match for row in plan.rows] == ["id"] * 3
    summary = imports.run(out, on_duplicate="update")
    assert (summary.updated, summary.created) == (3, 0)
    assert imports.count(models.Contact) == 3
    after = imports.people()
    if fmt != "csv":
        changed = next(p for p in after if p["full_name"] == "Ján Novák")
        assert changed["job_title"] == "Chairman"
        changed["job_title"] = "CEO"
    assert after == before


def test_a_reimported_vcard_finds_its_records_by_id_not_by_name_or_email(imports, ctx, tmp_path):
    with ctx.transaction() as session:
        for title in ("Teacher", "Doctor"):  # namesakes without email or phone
            contacts.create_contact(session, values={"full_name": "Jana Nová", "job_title": title})
        contacts.create_contact(
            session, values={"full_name": "Peter Kováč"}, emails=[Labeled("work", "p@old.sk")]
        )
    out = tmp_path / "contacts.vcf"
    with ctx.reading() as session:
        export_list(session, out, entity="contacts", format="vcf")
    text = out.read_text(encoding="utf-8")
    out.write_text(text.replace("p@old.sk", "peter@new.sk"), encoding="utf-8")
    plan = imports.plan(out, on_duplicate="update")
    assert [row.match for row in plan.rows] == ["id"] * 3
    summary = imports.run(out, on_duplicate="update")
    assert (summary.updated, summary.created, summary.failed) == (3, 0, 0)
    people = imports.people()
    assert sorted((p["full_name"], str(p["job_title"])) for p in people) == [
        ("Jana Nová", "Doctor"),
        ("Jana Nová", "Teacher"),
        ("Peter Kováč", "None"),
    ]
    assert [item.value for item in people[2]["emails"]] == ["p@old.sk", "peter@new.sk"]


def test_another_apps_vcard_imports_without_crmdesk_fields(imports, ctx, rich, tmp_path):
    out = tmp_path / "phone.vcf"
    out.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Novák;Ján;;;\r\nFN:Ján Novák\r\n"
        "UID:crmdesk-contact-2\r\nEMAIL;TYPE=INTERNET:jan@acme.sk\r\n"
        "item1.X-SOCIALPROFILE;type=twitter:x.com/jan\r\nitem1.X-ABLabel:twitter\r\n"
        "X-MS-MANAGER:Anne\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zuzana Malá\r\nTEL;TYPE=CELL:+421 903 111 222\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    with ctx.reading() as session:
        fields_before = custom_fields.list_fields(session, "contact")
    plan = imports.plan(out, on_duplicate="update")
    assert [row.match for row in plan.rows] == ["email", None]  # a UID is not crmdesk's id
    summary = imports.run(out, on_duplicate="update")
    assert (summary.updated, summary.created, summary.failed) == (1, 1, 0)
    zuzana = next(p for p in imports.people() if p["full_name"] == "Zuzana Malá")
    assert (zuzana["lifecycle"], zuzana["lead_source"], zuzana["custom"]) == ("lead", None, {})
    with ctx.reading() as session:
        assert custom_fields.list_fields(session, "contact") == fields_before


def test_formula_like_text_is_never_a_formula(ctx, tmp_path):
    with ctx.transaction() as session:
        for text in FORMULAS:
            contacts.create_contact(session, values={"full_name": text, "notes": "\t" + text})
    xlsx_out, csv_out = tmp_path / "f.xlsx", tmp_path / "f.csv"
    with ctx.reading() as session:
        export_list(session, xlsx_out, entity="contacts", format="xlsx")
        export_list(session, csv_out, entity="contacts", format="csv")
    sheet = openpyxl.load_workbook(xlsx_out).active
    names = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert sorted(cell.value for cell in names) == sorted(FORMULAS)
    assert all(cell.data_type == "s" for cell in names)  # strings, not formulas
    with csv_out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [row[0] for row in csv.reader(handle)][1:]
    assert sorted(cells) == sorted("'" + formula for formula in FORMULAS)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_formula_like_text_round_trips_exactly(imports, ctx, tmp_path, fmt):
    with ctx.transaction() as session:
        for text in FORMULAS:
            contacts.create_contact(session, values={"full_name": text, "job_title": text})
    out = tmp_path / f"f.{fmt}"
    with ctx.reading() as session:
        export_list(session, out, entity="contacts", format=fmt)
    context = _fresh(tmp_path)
    try:
        other, summary = _import_into(context, out, type(imports))
        assert summary.created == len(FORMULAS)
        assert sorted(p["job_title"] for p in other.people()) == sorted(FORMULAS)
    finally:
        context.close()


def test_xlsx_has_a_frozen_bold_header_filters_widths_and_real_values(ctx, rich, tmp_path):
    out = tmp_path / "c.xlsx"
    with ctx.reading() as session:
        export_list(session, out, entity="contacts", format="xlsx")
    sheet = openpyxl.load_workbook(out).active
    headers = [cell.value for cell in sheet[1]]
    assert sheet["A1"].font.bold and sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(headers)).column_letter}4"
    id_column = sheet.cell(1, len(headers)).column_letter
    assert headers[-1] == "crmdesk id" and sheet.column_dimensions[id_column].hidden
    jan = next(row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] == "Ján Novák")
    value = dict(zip(headers, jan, strict=True))
    assert value["Birthday"].date() == date(1980, 4, 22)
    assert sheet.cell(2, headers.index("Birthday") + 1).number_format == "yyyy-mm-dd"
    assert value["Lead score"] == 80 and value["Marketing consent"] is True
    assert value["Shoe size"] == 43.5 and value["Tags"] == "golf, vip"
    wang = next(row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] == "王伟")
    assert dict(zip(headers, wang, strict=True))["Birthday"] == "--02-29"
    assert sheet.column_dimensions["A"].width >= len("Full name")


def test_csv_is_utf8_with_bom(ctx, rich, tmp_path):
    out = tmp_path / "c.csv"
    with ctx.reading() as session:
        export_list(session, out, entity="contacts", format="csv")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "علی رضایی".encode() in data


def test_segment_export_and_missing_segment(imports, ctx, rich, tmp_path):
    with ctx.transaction() as session:
        segments.save_segment(
            session, name="Customers", entity="contact", criteria={"lifecycle": "customer"}
        )
    out = tmp_path / "s.csv"
    with ctx.reading() as session:
        result = export_list(session, out, entity="contacts", format="csv", segment="customers")
        assert result.records == {"contacts": 1}
        with pytest.raises(CrmError, match="no saved filter"):
            export_list(session, out, entity="contacts", format="csv", segment="Nope")
        with pytest.raises(ValidationError, match="only contacts"):
            export_list(session, out, entity="companies", format="vcf")


def test_a_failed_export_leaves_no_file(ctx, rich, tmp_path):
    from crmdesk.jobs.control import Cancelled, JobControl

    control = JobControl()
    control.cancel()
    out = tmp_path / "c.xlsx"
    with ctx.reading() as session, pytest.raises(Cancelled):
        export_list(session, out, entity="contacts", format="xlsx", control=control)
    assert list(tmp_path.glob("c.xlsx*")) == [] and list(tmp_path.glob(".c.xlsx*")) == []


@pytest.fixture
def business(ctx, rich):
    """Orders (with and without lines), a deal and a ticket."""
    with ctx.transaction() as session:
        jan = session.scalar(
            select(models.Contact.id).where(models.Contact.full_name == "Ján Novák")
        )
        orders.create_order(
            session,
            values={
                "number": "A-1",
                "ordered_on": date(2024, 1, 5),
                "contact_id": jan,
                "currency": "EUR",
            },
            lines=[LineInput("Tea", 2, "3.50"), LineInput("Cups", 1, "10")],
        )
        orders.create_order(
            session,
            values={
                "ordered_on": date(2024, 2, 1),
                "contact_id": jan,
                "currency": "EUR",
                "total": "99.90",
            },
        )
        deals.create_deal(
            session,
            values={
                "title": "Roses",
                "value": "2500",
                "contact_id": jan,
                "expected_close": date(2024, 6, 30),
            },
            tag_names=["spring"],
        )
        tickets.create_ticket(
            session, values={"subject": "Broken vase", "contact_id": jan, "priority": "high"}
        )


def _counts(context) -> dict[str, object]:
    with context.reading() as session:
        return {
            "orders": sorted(
                (o.number or "", o.ordered_on, o.total_minor, len(o.lines))
                for o in session.scalars(select(models.Order))
            ),
            "lines": session.scalar(select(func.count()).select_from(models.OrderLine)),
            "deals": sorted((d.title, d.value_minor) for d in session.scalars(select(models.Deal))),
            "tickets": sorted(
                (t.number, t.subject, t.priority) for t in session.scalars(select(models.Ticket))
            ),
        }


def test_whole_file_export_has_a_sheet_per_entity_and_imports_back(
    imports, ctx, business, tmp_path
):
    out = tmp_path / "all.xlsx"
    with ctx.reading() as session:
        result = export_everything(session, out)
    assert result.records == {"contacts": 3, "companies": 1, "orders": 2, "deals": 1, "tickets": 1}
    assert openpyxl.load_workbook(out).sheetnames == [
        "Contacts",
        "Companies",
        "Orders",
        "Deals",
        "Tickets",
    ]
    context = _fresh(tmp_path)
    try:
        other = type(imports)(context)
        for sheet, entity in (
            ("Companies", "companies"),
            ("Contacts", "contacts"),
            ("Orders", "orders"),
            ("Deals", "deals"),
            ("Tickets", "tickets"),
        ):
            summary = other.run(out, entity=entity, sheet=sheet)
            assert summary.failed == 0, (entity, summary.errors)
        assert other.people() == imports.people()
        assert _counts(context) == _counts(ctx)
    finally:
        context.close()


def test_reimporting_exported_orders_updates_them(imports, ctx, business, tmp_path):
    out = tmp_path / "orders.csv"
    with ctx.reading() as session:
        export_list(session, out, entity="orders", format="csv")
    plan = imports.plan(out, entity="orders", on_duplicate="update")
    assert [r.action for r in plan.rows] == [RowAction.UPDATE] * 3
    imports.run(out, entity="orders", on_duplicate="update")
    assert imports.count(models.Order) == 2


def test_text_longer_than_an_excel_cell_is_cut_and_counted(ctx, tmp_path):
    with ctx.transaction() as session:
        contacts.create_contact(session, values={"full_name": "Long", "notes": "x" * 40_000})
        contacts.create_contact(session, values={"full_name": "Short", "notes": "y" * 32_767})
    out = tmp_path / "long.xlsx"
    with ctx.reading() as session:
        result = export_list(session, out, entity="contacts", format="xlsx")
    assert result.truncated == 1
    sheet = openpyxl.load_workbook(out).active
    notes = [cell.value for cell in sheet[1]].index("Notes")
    assert sorted(len(row[notes]) for row in sheet.iter_rows(min_row=2, values_only=True)) == [
        32_767,
        32_767,
    ]
