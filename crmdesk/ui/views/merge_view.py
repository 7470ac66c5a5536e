"""Side-by-side merge of two contacts: per field, the user picks the left or the right value.

The left contact stays (it keeps its id and history; "Swap" changes sides), the right one is
folded into it and goes to the trash. Fields that differ get a radio per side — the default is
what the service does by itself: the kept value, or the other's where the kept one is empty.
Emails, phones, addresses and tags are never chosen between: both lists are kept (a union).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.contacts import ContactDetail
from crmdesk.ui.bidi import isolate
from crmdesk.ui.icons import icon
from crmdesk.ui.models.formatting import (
    day_month_text,
    lifecycle_label,
    local_date_text,
    long_date_text,
    yes_no,
)
from crmdesk.ui.operations.duplicates import Pair
from crmdesk.ui.theme import RESTYLE_EVENTS, css, primary_button_css, set_sheet
from crmdesk.ui.widgets.labels import field_label, gender_labels, label_for
from crmdesk.ui.widgets.tones import INFO, MutedLabel, Notice

LEFT, RIGHT = "keep", "other"
Role = QPalette.ColorRole
MAX_TEXT = 70
Getter = Callable[[ContactDetail], str]


def _birthday(d: ContactDetail) -> str:
    if d.birthday_month is None or d.birthday_day is None:
        return ""
    if d.birthday_year:
        return long_date_text(date(d.birthday_year, d.birthday_month, d.birthday_day))
    return day_month_text(d.birthday_month, d.birthday_day)


def _consent(d: ContactDetail) -> str:
    if not d.marketing_consent:
        return yes_no(False) if d.consent_date else ""
    when = local_date_text(d.consent_date) if d.consent_date else ""
    return f"{yes_no(True)} ({when})" if when else yes_no(True)


def _gender(d: ContactDetail) -> str:
    return label_for(d.gender, [(k or "", t) for k, t in gender_labels()]) if d.gender else ""


def _number(value: int | None) -> str:
    return "" if value is None else QLocale().toString(value)


#: (choice key for ``merge_contacts``, field label key, how to show it)
FIELDS: tuple[tuple[str, str, Getter], ...] = (
    ("name", "full_name", lambda d: d.full_name),
    ("company_id", "company_id", lambda d: d.company_name or ""),
    ("job_title", "job_title", lambda d: d.job_title or ""),
    ("department", "department", lambda d: d.department or ""),
    ("gender", "gender", _gender),
    ("birthday", "birthday", _birthday),
    ("lifecycle", "lifecycle", lambda d: lifecycle_label(d.lifecycle)),
    ("lead_source", "lead_source", lambda d: d.lead_source or ""),
    ("lead_score", "lead_score", lambda d: _number(d.lead_score)),
    ("consent", "marketing_consent", _consent),
    ("personal_details", "personal_details", lambda d: d.personal_details or ""),
    ("notes", "notes", lambda d: d.notes or ""),
)
LISTS: tuple[tuple[str, Callable[[ContactDetail], list[str]]], ...] = (
    ("emails", lambda d: [e.value for e in d.emails]),
    ("phones", lambda d: [p.value for p in d.phones]),
    ("addresses", lambda d: [a.one_line() for a in d.addresses]),
    ("tags", lambda d: list(d.tags)),
)


def short(text: str) -> str:
    """One line, at most MAX_TEXT characters, in reading order inside a Persian layout."""
    line = " ".join(text.split())
    return isolate(line if len(line) <= MAX_TEXT else line[: MAX_TEXT - 1] + "…")


def union(left: list[str], right: list[str]) -> list[str]:
    seen = {item.casefold() for item in left}
    return left + [item for item in right if item.casefold() not in seen]


class PersonCard(QWidget):
    """A contact's name, id and date added, with what happens to it ("Stays")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stays = True
        self.role = QLabel(self)
        self.name = QLabel(self)
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.name.setFont(font)
        self.details = MutedLabel("", self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(self.role)
        column.addWidget(self.name)
        column.addWidget(self.details)

    def event(self, event: QEvent) -> bool:
        if event.type() in RESTYLE_EVENTS:
            self._restyle()
        return super().event(event)

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()
        color = palette.color(Role.Highlight if self.stays else Role.PlaceholderText)
        set_sheet(self.role, f"color: {css(color)}; font-weight: 600;")

    def show_person(self, person: ContactDetail, role: str, *, stays: bool) -> None:
        self.role.setText(role)
        self.stays = stays
        self._restyle()
        self.name.setText(short(person.full_name))
        added = self.tr("#%1 · added %2").replace("%1", str(person.id))
        self.details.setText(added.replace("%2", local_date_text(person.created_at)))


class MergeView(QWidget):
    """The comparison grid; ``merge_requested`` when the user presses Merge."""

    merge_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair: Pair | None = None
        self.swapped = False
        self.groups: dict[str, QButtonGroup] = {}
        self.buttons: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self.left_card, self.right_card = PersonCard(self), PersonCard(self)
        self.swap_button = QPushButton(icon("refresh"), "", self)
        self.swap_button.clicked.connect(self.swap)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 4, 8, 4)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        self.hint = Notice(INFO, self)
        self.merge_button = QPushButton(self)
        self.merge_button.setProperty("primary", True)
        self.merge_button.setMinimumHeight(34)
        self.merge_button.clicked.connect(self.merge_requested)
        self._lay_out(scroll)
        self._restyle()
        self.retranslate()

    def event(self, event: QEvent) -> bool:
        if event.type() in RESTYLE_EVENTS:
            self._restyle()
        return super().event(event)

    def _restyle(self) -> None:
        palette = QGuiApplication.palette()
        set_sheet(self.merge_button, primary_button_css(palette))
        self.merge_button.setIcon(icon("check", Role.HighlightedText, palette=palette))

    def _lay_out(self, scroll: QScrollArea) -> None:
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addSpacing(12)
        bottom.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignBottom)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(scroll, 1)
        column.addLayout(bottom)

    def retranslate(self) -> None:
        self.swap_button.setText(self.tr("Swap"))
        self.swap_button.setToolTip(self.tr("Keep the other contact instead"))
        self.merge_button.setText(self.tr("Merge"))
        self.hint.show_message(
            self.tr(
                "Emails, phones, addresses and tags of both are kept. Calls, tasks, deals, "
                "tickets and orders move to the contact that stays; the other goes to the "
                "trash. Edit > Undo separates them again."
            )
        )
        if self.pair is not None:
            self._rebuild()

    # ------------------------------------------------------------------ the pair
    @property
    def keep(self) -> ContactDetail:
        assert self.pair is not None
        return self.pair.right if self.swapped else self.pair.left

    @property
    def other(self) -> ContactDetail:
        assert self.pair is not None
        return self.pair.left if self.swapped else self.pair.right

    def set_pair(self, pair: Pair) -> None:
        self.pair, self.swapped = pair, False
        self._rebuild()

    def swap(self) -> None:
        if self.pair is not None:
            self.swapped = not self.swapped
            self._rebuild()

    def rows(self) -> list[tuple[str, str, str, str]]:
        """(choice key, label, kept value, other value) of every field either one has."""
        keep, other = self.keep, self.other
        found = [(key, field_label(name), get(keep), get(other)) for key, name, get in FIELDS]
        assert self.pair is not None
        for definition in self.pair.fields:
            mine, theirs = keep.custom.get(definition.key), other.custom.get(definition.key)
            found.append((f"custom:{definition.key}", definition.label, _text(mine), _text(theirs)))
        return [row for row in found if row[2] or row[3]]

    def _rebuild(self) -> None:
        self._clear()
        self.left_card.show_person(self.keep, self.tr("Stays"), stays=True)
        self.right_card.show_person(
            self.other, self.tr("Merged into it, then trashed"), stays=False
        )
        self.grid.addWidget(self.swap_button, 0, 0, Qt.AlignmentFlag.AlignTrailing)
        self.grid.addWidget(self.left_card, 0, 1)
        self.grid.addWidget(self.right_card, 0, 2)
        line = QFrame(self.grid_host)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setForegroundRole(QPalette.ColorRole.Mid)
        self.grid.addWidget(line, 1, 0, 1, 3)
        position = 2
        for key, label, mine, theirs in self.rows():
            self._add_field(position, key, label, mine, theirs)
            position += 1
        for name, get in LISTS:
            both = union(get(self.keep), get(self.other))
            if both:
                self._add_list(position, field_label(name), both)
                position += 1
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(position, 1)

    def _clear(self) -> None:
        kept = (self.left_card, self.right_card, self.swap_button)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in kept:
                widget.deleteLater()
        for group in self.groups.values():
            group.deleteLater()
        self.groups, self.buttons = {}, {}

    def _label(self, text: str) -> QLabel:
        label = MutedLabel(text, self.grid_host)
        label.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        return label

    def _add_field(self, row: int, key: str, label: str, mine: str, theirs: str) -> None:
        self.grid.addWidget(self._label(label), row, 0)
        if mine == theirs:
            same = QLabel(short(mine), self.grid_host)
            same.setToolTip(mine)
            self.grid.addWidget(same, row, 1, 1, 2)
            return
        group = QButtonGroup(self)
        left = QRadioButton(short(mine) or self.tr("(empty)"), self.grid_host)
        right = QRadioButton(short(theirs) or self.tr("(empty)"), self.grid_host)
        for button, text in ((left, mine), (right, theirs)):
            button.setToolTip(text)
            group.addButton(button)
        (right if not mine else left).setChecked(True)
        self.groups[key] = group
        self.buttons[key] = (left, right)
        self.grid.addWidget(left, row, 1)
        self.grid.addWidget(right, row, 2)

    def _add_list(self, row: int, label: str, values: list[str]) -> None:
        self.grid.addWidget(self._label(label), row, 0)
        text = QLabel(" · ".join(short(v) for v in values), self.grid_host)
        text.setWordWrap(True)
        text.setToolTip("\n".join(values))
        self.grid.addWidget(text, row, 1, 1, 2)

    def choose(self, key: str, side: str) -> None:
        """Pick ``LEFT`` ("keep") or ``RIGHT`` ("other") for field ``key`` (tests, keyboard)."""
        left, right = self.buttons[key]
        (left if side == LEFT else right).setChecked(True)

    def choices(self) -> dict[str, str]:
        """Field -> "keep" | "other" for every field that differs (for ``merge_contacts``)."""
        return {key: LEFT if pair[0].isChecked() else RIGHT for key, pair in self.buttons.items()}


def _text(value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    return str(value)
