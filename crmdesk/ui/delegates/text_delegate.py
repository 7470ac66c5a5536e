"""The default cell painter of the record lists: every cell's text keeps its own direction.

Without it a Latin company in a Persian window shows ``.Acme Inc`` and is elided at the
wrong end, and a Persian name ending in punctuation misbehaves in an English window. The
text is isolated only when drawn (``crmdesk.ui.bidi``); the model's data stays plain, so
copying, sorting and tests see the real value. Phones and emails come from the model
already marked left to right and are left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from crmdesk.ui.bidi import isolate


class IsolatingDelegate(QStyledItemDelegate):
    """A ``QStyledItemDelegate`` that draws each cell's text as an isolated run."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.text = isolate(option.text)
