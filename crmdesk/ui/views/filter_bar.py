"""The filter bar above a record list: search text (debounced), choice filters and toggles.

The bar knows nothing about contacts or companies: a page describes its filters as
``FilterSpec`` values and reads the bar as a plain dict of criteria (the same keys as the
service's filter dataclass), so a saved segment round-trips through ``set_criteria``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.ui.icons import icon

DEBOUNCE_MS = 250
Choices = list[tuple[Any, str]]


@dataclass(frozen=True)
class FilterSpec:
    """One filter: a combo of ``choices`` (first entry = "any"), or a toggle that sets
    ``key`` to ``value()`` when checked. ``label_for`` names a toggle's saved value."""

    key: str
    title: str
    toggle: bool = False
    value: Callable[[], Any] | None = None
    label_for: Callable[[Any], str] | None = None


class FilterBar(QWidget):
    """Search box + filters; ``changed`` fires (debounced for typing) with the criteria."""

    changed = Signal()
    save_requested = Signal()

    def __init__(self, specs: list[FilterSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._specs = {spec.key: spec for spec in specs}
        self._combos: dict[str, QComboBox] = {}
        self._toggles: dict[str, QCheckBox] = {}
        self._toggle_values: dict[str, Any] = {}
        self._quiet = False
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit_changed)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)
        self.search.setMinimumHeight(34)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._search_action = self.search.addAction(
            icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search.textChanged.connect(self._on_text)
        self.search.returnPressed.connect(self.flush)
        self.clear_button = self._button("close", self.clear)
        self.save_button = self._button("filter", self.save_requested.emit)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        top.addWidget(self.save_button)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for spec in specs:
            filters.addWidget(self._make_toggle(spec) if spec.toggle else self._make_combo(spec))
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addLayout(filters)
        self.retranslate()
        self._update_buttons()

    def _button(self, icon_name: str, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon(icon_name))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _make_combo(self, spec: FilterSpec) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(8)
        combo.setAccessibleName(spec.title)
        combo.currentIndexChanged.connect(self._emit_changed)
        self._combos[spec.key] = combo
        self.set_choices(spec.key, [])
        return combo

    def _make_toggle(self, spec: FilterSpec) -> QCheckBox:
        box = QCheckBox(spec.title, self)
        box.toggled.connect(self._on_toggle)
        self._toggles[spec.key] = box
        return box

    # ------------------------------------------------------------------ reading and writing
    def criteria(self) -> dict[str, Any]:
        """The filter as a dict of service filter fields (only the ones in use)."""
        result: dict[str, Any] = {}
        text = self.search.text().strip()
        if text:
            result["text"] = text
        for key, combo in self._combos.items():
            value = combo.currentData()
            if value is not None:
                result[key] = value
        for key, box in self._toggles.items():
            if box.isChecked():
                result[key] = self._toggle_values.get(key, self._toggle_value(key))
        return result

    def set_criteria(self, criteria: dict[str, Any]) -> None:
        """Show ``criteria`` (e.g. a saved segment) without firing ``changed`` per widget."""
        self._quiet = True
        try:
            self.search.setText(str(criteria.get("text", "")))
            for key, combo in self._combos.items():
                self._select(combo, criteria.get(key))
            for key, box in self._toggles.items():
                value = criteria.get(key)
                self._toggle_values.pop(key, None)
                if value is not None:
                    self._toggle_values[key] = value
                box.setChecked(value is not None)
                self._label_toggle(key)
        finally:
            self._quiet = False
        self._debounce.stop()
        self._update_buttons()

    def set_choices(self, key: str, choices: Choices) -> None:
        """Replace a combo's choices (after the first "any" entry), keeping the selection."""
        combo = self._combos[key]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self._specs[key].title, None)
        for value, label in choices:
            combo.addItem(label, value)
        if current is not None and combo.findData(current) < 0:
            combo.addItem(str(current), current)  # a saved value no record uses any more
        self._select(combo, current)
        combo.blockSignals(False)

    def retitle(self, specs: list[FilterSpec]) -> None:
        """New titles for the filters (after a language change); choices stay."""
        for spec in specs:
            if spec.key not in self._specs:
                continue
            self._specs[spec.key] = spec
            if spec.key in self._combos:
                self._combos[spec.key].setItemText(0, spec.title)
                self._combos[spec.key].setAccessibleName(spec.title)
            else:
                self._label_toggle(spec.key)

    def clear(self) -> None:
        self.set_criteria({})
        self._emit_changed()

    def flush(self) -> None:
        """Apply pending typing now (Enter in the search box)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self._emit_changed()

    def is_active(self) -> bool:
        return bool(self.criteria())

    # ------------------------------------------------------------------ internals
    @staticmethod
    def _select(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value) if value is not None else 0
        if index < 0:
            combo.addItem(str(value), value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _toggle_value(self, key: str) -> Any:
        make = self._specs[key].value
        return make() if make else True

    def _label_toggle(self, key: str) -> None:
        spec = self._specs[key]
        saved = self._toggle_values.get(key)
        text = spec.title
        if saved is not None and spec.label_for and saved != self._toggle_value(key):
            text = spec.label_for(saved)
        self._toggles[key].setText(text)

    def _on_toggle(self, _checked: bool) -> None:
        if self._quiet:
            return
        for key, box in self._toggles.items():
            if not box.isChecked():
                self._toggle_values.pop(key, None)
                self._label_toggle(key)
        self._emit_changed()

    def _on_text(self, _text: str) -> None:
        if not self._quiet:
            self._debounce.start()
            self._update_buttons()

    def _emit_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        active = self.is_active()
        self.clear_button.setVisible(active)
        self.save_button.setEnabled(active)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search by name or email…"))
        self.search.setAccessibleName(self.tr("Search"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show everything again"))
        self.save_button.setText(self.tr("Save as segment…"))
        self.save_button.setToolTip(self.tr("Keep this filter under a name to reopen it later"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._search_action.setIcon(icon("search"))
            self.clear_button.setIcon(icon("close"))
            self.save_button.setIcon(icon("filter"))
        super().changeEvent(event)
