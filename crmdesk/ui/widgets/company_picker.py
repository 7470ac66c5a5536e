"""Choose a contact's company by typing part of its name (any script), with suggestions.

Suggestions come from a ``lookup(text) -> [(id, name)]`` callable the page provides (a short
read through the search service), so this widget never touches the database. ``value()`` is
the chosen company's id, None for an empty field, or :data:`UNKNOWN` when the typed name
matches no company (the page reports that next to the field).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QWidget

from crmdesk.domain.text import fold
from crmdesk.ui.widgets.inline_editors import LineField

Lookup = Callable[[str], list[tuple[int, str]]]
UNKNOWN = -1


class CompanyPicker(LineField):
    """A line edit with company-name completion; ``committed`` like every inline editor."""

    def __init__(self, lookup: Lookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._saved_id: int | None = None
        self._known: dict[str, int] = {}
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._suggest)
        self.textEdited.connect(lambda _text: self._timer.start())
        completer.activated.connect(lambda _text: self.commit())

    def set_company(self, company_id: int | None, name: str | None) -> None:
        """Show the saved company (id and name)."""
        self._saved_id = company_id
        if company_id is not None and name:
            self._known[fold(name)] = company_id
        self.set_value(name or "")

    def value(self) -> Any:
        text = self.text().strip()
        if not text:
            return None
        key = fold(text)
        if key not in self._known:
            self._suggest()
        return self._known.get(key, UNKNOWN)

    def commit(self) -> None:
        if self.value() != self._saved_id or (not self.text().strip()) != (self._saved_id is None):
            self.committed.emit()

    def _suggest(self) -> None:
        text = self.text().strip()
        if not text:
            return
        found = self._lookup(text)
        for company_id, name in found:
            self._known.setdefault(fold(name), company_id)
        self._names.setStringList([name for _id, name in found])
