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
from crmdesk.ui.pages.placeholder import placeholder_for, today_placeholder

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow


def register_default_pages(window: MainWindow) -> None:
    add = window.register_page
    add("today", QT_TRANSLATE_NOOP("Pages", "Today"), "today", today_placeholder)
    add("contacts", QT_TRANSLATE_NOOP("Pages", "Contacts"), "contacts", placeholder_for("contacts"))
    add(
        "companies",
        QT_TRANSLATE_NOOP("Pages", "Companies"),
        "companies",
        placeholder_for("companies"),
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
    # record pages, outside the navigation
    add(
        "contact",
        QT_TRANSLATE_NOOP("Pages", "Contact"),
        "contacts",
        placeholder_for("contact"),
        in_nav=False,
        parent="contacts",
    )
    add(
        "company",
        QT_TRANSLATE_NOOP("Pages", "Company"),
        "companies",
        placeholder_for("company"),
        in_nav=False,
        parent="companies",
    )
