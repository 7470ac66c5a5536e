"""What the wizard's pages share: the import being prepared (plain values) and the page base.

``ImportState`` holds the choices made so far — file, entity, sheet, mapping, options, plan,
summary — never an ORM object. Each page reads and fills it; the wizard moves between pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from crmdesk.exchange.importing.model import (
    DuplicatePolicy,
    ImportPlan,
    ImportSummary,
    UpdateMode,
)
from crmdesk.exchange.layout import Row, Table
from crmdesk.exchange.mapping import Mapping
from crmdesk.exchange.source import Workbook
from crmdesk.exchange.values import DateOrder
from crmdesk.ui.operations.imports import ImportOptions
from crmdesk.ui.ops import OpsHost


@dataclass
class ImportState:
    """The import being prepared. ``generation`` counts file/sheet changes so later pages
    know when what they built from the table is stale."""

    host: OpsHost
    settings: QSettings
    path: Path | None = None
    entity: str = "contacts"
    workbook: Workbook | None = None
    table: Table | None = None
    rows: list[Row] = field(default_factory=list)
    mapping: Mapping | None = None
    region: str | None = None
    date_order: DateOrder | None = None
    on_duplicate: DuplicatePolicy = DuplicatePolicy.SKIP
    update_mode: UpdateMode = UpdateMode.FILL_EMPTY
    plan: ImportPlan | None = None
    summary: ImportSummary | None = None
    generation: int = 0

    def options(self) -> ImportOptions:
        return ImportOptions(
            entity=self.entity,
            region=self.region,
            date_order=self.date_order,
            on_duplicate=self.on_duplicate,
            update_mode=self.update_mode,
        )

    def set_workbook(self, workbook: Workbook | None, path: Path | None) -> None:
        """Adopt a newly opened file (closing the previous one); later steps start over."""
        if self.workbook is not None and self.workbook is not workbook:
            self.workbook.close()
        self.workbook, self.path = workbook, path
        self.table, self.rows, self.mapping, self.plan = None, [], None, None
        self.date_order = None
        self.generation += 1

    def close(self) -> None:
        if self.workbook is not None:
            self.workbook.close()
            self.workbook = None


class WizardPage(QWidget):
    """One step. The wizard calls ``enter()`` when it is reached going forward and
    ``accept_page()`` on Next (False stays here, the page shows why)."""

    complete_changed = Signal()

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state

    def title(self) -> str:
        raise NotImplementedError

    def subtitle(self) -> str:
        return ""

    def step_title(self) -> str:
        return self.title()

    def enter(self) -> None:
        """Reached going forward: (re)build from the state."""

    def accept_page(self) -> bool:
        """Next was pressed: check and store the choices; False stays on this page."""
        return True

    def is_complete(self) -> bool:
        return True

    def next_text(self) -> str | None:
        """A text for the Next button on this page (None: the usual "Next")."""
        return None

    def can_go_back(self) -> bool:
        return True

    def retranslate(self) -> None:
        """Set every text again (called at start and on a language change)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def section_label(parent: QWidget | None = None) -> QLabel:
    """A small bold heading inside a page ("Sheet", "Header row")."""
    label = QLabel(parent)
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label
