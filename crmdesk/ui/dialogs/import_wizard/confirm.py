"""A non-blocking yes/no question (``open()``, not ``exec()``): the GUI keeps running and tests
can press its buttons. ``ask(parent, title, text, yes_text, on_yes)`` returns the box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(
    parent: QWidget, title: str, text: str, yes_text: str, on_yes: Callable[[], object]
) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Button.Yes | Button.Cancel, parent)
    box.button(Button.Yes).setText(yes_text)
    box.setDefaultButton(Button.Cancel)
    box.setWindowModality(box.windowModality().WindowModal)

    def finished(result: int) -> None:
        if result == Button.Yes.value:
            on_yes()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box
