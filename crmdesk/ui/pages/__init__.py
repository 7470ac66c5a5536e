"""The page table: one line per page of the main window.

To put a real page in place of its placeholder, change its factory on its line, e.g.::

    add("contacts", QT_TRANSLATE_NOOP("Pages", "Contacts"), "contacts",
        lazy_page("crmdesk.ui.views.contacts:ContactsPage"))

``lazy_page`` imports the module the first time the page is shown (fast start-up). Pages with
``in_nav=False`` are reached by ``window.open_record(entity, id)`` / ``--page contact:ID``;
``parent`` names the navigation item that stays selected while they show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crmdesk.ui.i18n import QT_TRANSLATE_NOOP
from crmdesk.ui.pages.placeholder import placeholder_for

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow, PageFactory


def lazy_page(target: str) -> PageFactory:
    """``main_window.lazy_page`` imported on call (main_window imports this module)."""
    from crmdesk.ui.main_window import lazy_page as make

    return make(target)


TRASH = "crmdesk.ui.views.trash_page:TrashPage"
TODAY = "crmdesk.ui.views.today_page:TodayPage"


def register_default_pages(window: MainWindow) -> None:
    from crmdesk.ui.import_actions import install_import_actions
    from crmdesk.ui.views.list_shortcuts import install_list_shortcuts

    install_list_shortcuts(window)  # Ctrl+N "New Contact…" from every page
    add = window.register_page
    add("today", QT_TRANSLATE_NOOP("Pages", "Today"), "today", lazy_page(TODAY))
    add(
        "contacts",
        QT_TRANSLATE_NOOP("Pages", "Contacts"),
        "contacts",
        lazy_page("crmdesk.ui.views.contacts_page:ContactsPage"),
    )
    add(
        "companies",
        QT_TRANSLATE_NOOP("Pages", "Companies"),
        "companies",
        lazy_page("crmdesk.ui.views.companies_page:CompaniesPage"),
    )
    add("pipeline", QT_TRANSLATE_NOOP("Pages", "Pipeline"), "pipeline", placeholder_for("pipeline"))
    add("tickets", QT_TRANSLATE_NOOP("Pages", "Tickets"), "tickets", placeholder_for("tickets"))
    add("orders", QT_TRANSLATE_NOOP("Pages", "Orders"), "orders", placeholder_for("orders"))
    add("reports", QT_TRANSLATE_NOOP("Pages", "Reports"), "reports", placeholder_for("reports"))
    add(
        "dashboard",
        QT_TRANSLATE_NOOP("Pages", "Dashboard"),
        "dashboard",
        placeholder_for("dashboard"),
    )
    add("trash", QT_TRANSLATE_NOOP("Pages", "Trash"), "delete", lazy_page(TRASH))
    # record pages, outside the navigation
    add(
        "contact",
        QT_TRANSLATE_NOOP("Pages", "Contact"),
        "contacts",
        lazy_page("crmdesk.ui.views.contact_detail:ContactDetailPage"),
        in_nav=False,
        parent="contacts",
    )
    add(
        "company",
        QT_TRANSLATE_NOOP("Pages", "Company"),
        "companies",
        lazy_page("crmdesk.ui.views.company_detail:CompanyDetailPage"),
        in_nav=False,
        parent="companies",
    )
    # File > Import… (the wizard), File > Import History…, Edit > Find Duplicate Contacts…
    install_import_actions(window)
