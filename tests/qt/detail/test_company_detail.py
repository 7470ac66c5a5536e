"""The company page lists its people; the page's links are built as tel: and mailto: URLs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from crmdesk.context import AppContext
from crmdesk.services.companies import get_company
from crmdesk.ui.views.company_detail import CompanyDetailPage
from crmdesk.ui.widgets.contact_links import mailto_url, tel_url, website_url

from .conftest import Host, People


def test_company_page_lists_its_people_and_a_click_opens_one(
    company_page: CompanyDetailPage, host: Host, people: People, qtbot: QtBot
) -> None:
    assert sorted(company_page.people.person_ids()) == sorted([people.jan, people.wang])
    texts = [company_page.people.item(i).text() for i in range(company_page.people.count())]
    assert "Ján Kováčik  ·  Technik" in texts
    assert company_page.people_section.title.text() == "People (2)"
    row = company_page.people.person_ids().index(people.wang)
    company_page.people.itemClicked.emit(company_page.people.item(row))
    assert host.opened == [("contact", people.wang)]


def test_company_fields_are_edited_in_place(
    company_page: CompanyDetailPage, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    editor = company_page.rows["industry"].editor
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Machinery")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    with ctx.reading() as session:
        assert get_company(session, people.company).industry == "Machinery"


def test_an_empty_company_name_is_refused_beside_the_field(
    company_page: CompanyDetailPage, ctx: AppContext, people: People, qtbot: QtBot
) -> None:
    editor = company_page.rows["name"].editor
    assert isinstance(editor, QLineEdit)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert company_page.rows["name"].error == "Name is required."
    with ctx.reading() as session:
        assert get_company(session, people.company).name == "Kysucké strojárne"


def test_tel_urls_use_e164_digits_only() -> None:
    assert tel_url("+421905123456").toString() == "tel:+421905123456"
    assert tel_url("+421 905 123 456").toString() == "tel:+421905123456"
    assert tel_url("۰۹۱۲ ۳۴۵ ۶۷۸۹").toString() == "tel:09123456789"
    assert tel_url("0098 912 345 6789").toString() == "tel:+989123456789"


def test_mailto_urls_keep_the_address_and_encode_a_subject() -> None:
    assert mailto_url("jan@kystroj.sk").toString() == "mailto:jan@kystroj.sk"
    assert mailto_url(" wang.xiuying@hq-elec.cn ").toString() == "mailto:wang.xiuying@hq-elec.cn"
    url = mailto_url("jan@kystroj.sk", subject="Cenová ponuka & termín")
    assert url.toString(url.ComponentFormattingOption.FullyEncoded) == (
        "mailto:jan@kystroj.sk?subject=Cenov%C3%A1%20ponuka%20%26%20term%C3%ADn"
    )


def test_a_website_without_a_scheme_becomes_a_web_address() -> None:
    assert website_url("kystroj.sk").toString() == "http://kystroj.sk"
