"""Honest stand-ins for pages that are still being built, and the first-start welcome.

``placeholder_for(key)`` is a page factory showing the page's title, what the page will do
once built, and where the same information lives meanwhile (with a button that goes there);
``today_placeholder`` adds the welcome (create a demo file / import a spreadsheet) while the
open file is empty. The real Today page should reuse :func:`make_welcome` for its empty state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from crmdesk.context import AppContext
from crmdesk.services.changes import Changes
from crmdesk.ui import ops
from crmdesk.ui.widgets.empty_state import EmptyState
from crmdesk.ui.widgets.page_header import PageHeader

if TYPE_CHECKING:
    from crmdesk.ui.main_window import MainWindow, PageFactory

WELCOME_ENTITIES = ("contact", "company")


class PlaceholderPage(QWidget):
    """An honest page for a part still being built: the page's own icon, what it will do,
    and where to find that information meanwhile (with a button that goes there)."""

    def __init__(self, window: MainWindow, key: str) -> None:
        super().__init__()
        self._window = window
        self._key = key
        self.header = PageHeader()
        self.state = EmptyState(window.page_spec(key).icon)
        self.go_button = self.state.add_action(
            "", self._go, primary=False, icon_name=GO_ICONS.get(self._target(), "forward")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.state, 1)
        self.retranslate()

    def _target(self) -> str:
        return "today" if self._key == "dashboard" else "contacts"

    def _go(self) -> None:
        self._window.show_page(self._target())

    def texts(self) -> tuple[str, str]:
        """Title and explanation for this page (a generic pair for a page we do not know)."""
        soon = self.tr("This page is not available yet.")
        known = {
            "pipeline": (
                self.tr("Your deals on a board, stage by stage"),
                self.tr(
                    "Drag a deal to its next stage and see each stage's total and the "
                    "weighted forecast. Until then, each customer's deals are on their timeline."
                ),
            ),
            "tickets": (
                self.tr("Requests and complaints, none forgotten"),
                self.tr(
                    "Status, priority and due date for every request, complaint and question. "
                    "Until then, each customer's tickets are on their timeline."
                ),
            ),
            "orders": (
                self.tr("Every purchase, and what each customer is worth"),
                self.tr(
                    "Purchase history with lifetime value, last purchase and customer "
                    "segments. Until then, each customer's orders are on their timeline."
                ),
            ),
            "reports": (
                self.tr("Reports for the bank, the accountant and Monday's meeting"),
                self.tr(
                    "Customer lists, pipeline, tickets, activity, birthdays and customer value "
                    "as PDF, in every language. Until then, each customer's whole history "
                    "is on their page."
                ),
            ),
            "dashboard": (
                self.tr("Your numbers at a glance"),
                self.tr(
                    "Pipeline by stage, revenue won per month, open tickets by age and "
                    "activity per week. Until then, Today shows what needs you now."
                ),
            ),
        }
        title, text = known.get(
            self._key,
            (self.tr("Not yet available"), self.tr("It will appear here in a coming version.")),
        )
        return title, f"{soon} {text}"

    def retranslate(self) -> None:
        self.header.set_texts(
            self._window.page_spec(self._key).display_title(),
            self.tr("Coming in a later version"),
        )
        self.state.set_texts(*self.texts())
        go = self.tr("Go to Today") if self._target() == "today" else self.tr("Go to Contacts")
        self.state.set_action_text(self.go_button, go)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


GO_ICONS = {"today": "today", "contacts": "contacts"}


def placeholder_for(key: str) -> PageFactory:
    """A factory for the placeholder of page ``key`` (title and icon come from its spec)."""

    def factory(_ctx: AppContext, window: MainWindow) -> QWidget:
        return PlaceholderPage(window, key)

    return factory


class Welcome(EmptyState):
    """What an empty file offers: a demo file to explore, or an import of the user's sheet."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__("logo")
        self._window = window
        self.demo_button = self.add_action(
            "", window.commands.new_demo_file.trigger, icon_name="demo"
        )
        self.import_button = self.add_action(
            "", window.commands.import_file.trigger, primary=False, icon_name="spreadsheet"
        )
        self.retranslate()

    def retranslate(self) -> None:
        title = self.tr("Welcome to crmdesk")
        if not self._window.first_start:
            title = self.tr("This file is empty")
        self.set_texts(
            title,
            self.tr(
                "Keep every customer, conversation and deal in one file on this computer. "
                "Look around in a file full of sample customers, or bring in the spreadsheet "
                "you use today."
            ),
        )
        self.set_action_text(self.demo_button, self.tr("Create a Demo File"))
        self.set_action_text(self.import_button, self.tr("Import a Spreadsheet"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def make_welcome(window: MainWindow) -> EmptyState:
    return Welcome(window)


class TodayPlaceholder(QStackedWidget):
    """Today until the real page lands: the welcome while the file is empty, else a placeholder."""

    def __init__(self, ctx: AppContext, window: MainWindow) -> None:
        super().__init__()
        self._ctx = ctx
        self.welcome = make_welcome(window)
        self.placeholder = PlaceholderPage(window, "today")
        self.addWidget(self.welcome)
        self.addWidget(self.placeholder)
        window.changed.connect(self._on_changed)
        self.refresh()

    def is_welcoming(self) -> bool:
        return self.currentWidget() is self.welcome

    def refresh(self) -> None:
        counts = ops.record_counts(self._ctx)
        empty = not any(counts[entity] for entity in WELCOME_ENTITIES)
        self.setCurrentWidget(self.welcome if empty else self.placeholder)

    def _on_changed(self, changes: Changes) -> None:
        if any(changes.touches(entity) for entity in WELCOME_ENTITIES):
            self.refresh()


today_placeholder: Callable[[AppContext, MainWindow], QWidget] = TodayPlaceholder
