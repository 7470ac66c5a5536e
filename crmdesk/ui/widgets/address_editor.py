"""Postal addresses of a person or company, edited as a list like emails and phones."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.services.channels import PostalAddress
from crmdesk.ui.icons import icon
from crmdesk.ui.widgets.field_row import FieldRow, top_aligned
from crmdesk.ui.widgets.inline_editors import ChoiceField, LineField
from crmdesk.ui.widgets.labels import LABEL_CHARS

PARTS = ("street", "postal_code", "city", "region", "country")


def _gap_like_action(parent: QWidget) -> QToolButton:
    """An invisible button-sized gap, so the remove buttons line up with the email list's."""
    gap = QToolButton(parent)
    gap.setIcon(icon("mail"))
    gap.setAutoRaise(True)
    policy = gap.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    gap.setSizePolicy(policy)
    gap.hide()
    return gap


class _AddressBlock(QWidget):
    """One address: street; postcode and city; country code and region."""

    edited = Signal(object)
    removed = Signal(object)

    def __init__(self, owner: AddressListEditor, address: PostalAddress) -> None:
        super().__init__(owner)
        self.label = ChoiceField(self, min_chars=LABEL_CHARS)
        self.label.set_choices(owner.label_choices)
        self.label.setAccessibleName(self.tr("Address label"))
        placeholders = {
            "street": self.tr("Street and number"),
            "postal_code": self.tr("Postcode"),
            "city": self.tr("City"),
            "region": self.tr("Region"),
            "country": self.tr("Country code"),
        }
        self.parts: dict[str, LineField] = {}
        for name in PARTS:
            edit = LineField(self, placeholder=placeholders[name])
            edit.setAccessibleName(placeholders[name])
            edit.committed.connect(lambda: self.edited.emit(self))
            self.parts[name] = edit
        country = self.parts["country"]
        country.setMaxLength(2)
        country.setValidator(QRegularExpressionValidator(r"[A-Za-z]{0,2}", country))
        width = country.fontMetrics().horizontalAdvance("000 000 00") + 16
        for name in ("postal_code", "country"):
            self.parts[name].setFixedWidth(width)
        country.setToolTip(self.tr("Two-letter country code, e.g. SK, IR, CN"))
        self.field = FieldRow(self._inner(), self)
        self.remove = QToolButton(self)
        self.remove.setIcon(icon("close"))
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove address"))
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.label.committed.connect(lambda: self.edited.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top_aligned(self.label))
        layout.addWidget(self.field, 1)
        layout.addLayout(top_aligned(_gap_like_action(self), self.remove))
        self.set_address(address)

    def _inner(self) -> QWidget:
        inner = QWidget(self)
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.parts["street"], 0, 0, 1, 2)
        grid.addWidget(self.parts["postal_code"], 1, 0)
        grid.addWidget(self.parts["city"], 1, 1)
        grid.addWidget(self.parts["country"], 2, 0)
        grid.addWidget(self.parts["region"], 2, 1)
        grid.setColumnStretch(1, 1)
        inner.setFocusProxy(self.parts["street"])
        return inner

    def set_address(self, address: PostalAddress) -> None:
        self.label.set_value(address.label)
        for name, edit in self.parts.items():
            edit.set_value(getattr(address, name))
        self.field.clear_error()

    def address(self) -> PostalAddress:
        part = {name: edit.value() for name, edit in self.parts.items()}
        return PostalAddress(
            label=str(self.label.value() or "work"),
            street=part["street"],
            city=part["city"],
            region=part["region"],
            postal_code=part["postal_code"],
            country=part["country"],
        )


class AddressListEditor(QWidget):
    """All addresses; ``committed`` fires when one is finished, removed or relabelled."""

    committed = Signal()
    rows_changed = Signal()  # an address was added or removed

    def __init__(self, label_choices: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label_choices = label_choices
        self._saved: list[PostalAddress] = []
        self._blocks: list[_AddressBlock] = []
        self._last: _AddressBlock | None = None
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(10)
        self.add_button = QPushButton(icon("add"), self.tr("Add address"), self)
        self.add_button.setFlat(True)
        self.add_button.clicked.connect(self.add_block)
        footer = QHBoxLayout()
        footer.addWidget(self.add_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._list)
        layout.addLayout(footer)

    def set_addresses(self, addresses: list[PostalAddress]) -> None:
        self._saved = list(addresses)
        while len(self._blocks) > len(addresses):
            self._drop(self._blocks[-1])
        for block, address in zip(self._blocks, addresses, strict=False):
            block.set_address(address)
        for address in addresses[len(self._blocks) :]:
            self._append(address)

    def addresses(self) -> list[PostalAddress]:
        return [b.address() for b in self._blocks if b.address().one_line()]

    def blocks(self) -> list[_AddressBlock]:
        return list(self._blocks)

    def commit(self) -> None:
        if self.addresses() != self._saved:
            self.committed.emit()

    def show_error(self, message: str) -> None:
        block = self._last if self._last in self._blocks else None
        if block is None and self._blocks:
            block = self._blocks[-1]
        if block is not None:
            block.field.show_error(message)

    def clear_error(self) -> None:
        for block in self._blocks:
            block.field.clear_error()

    def add_block(self) -> None:
        empty = next((b for b in self._blocks if not b.address().one_line()), None)
        block = empty or self._append(PostalAddress(label=self.label_choices[0][0]))
        block.parts["street"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _append(self, address: PostalAddress) -> _AddressBlock:
        block = _AddressBlock(self, address)
        block.edited.connect(self._on_edited)
        block.removed.connect(self._on_removed)
        self._blocks.append(block)
        self._list.addWidget(block)
        self.rows_changed.emit()
        return block

    def _drop(self, block: _AddressBlock) -> None:
        self._blocks.remove(block)
        self._list.removeWidget(block)
        block.hide()
        block.deleteLater()
        self.rows_changed.emit()

    def _on_edited(self, block: _AddressBlock) -> None:
        self._last = block
        self.commit()

    def _on_removed(self, block: _AddressBlock) -> None:
        self._last = None
        self._drop(block)
        self.commit()
