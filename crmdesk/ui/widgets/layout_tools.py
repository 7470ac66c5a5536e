"""Layout helpers Qt lacks: margins by reading direction, and Tab order by layout order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget


def set_margins(
    layout: QLayout, widget: QWidget, leading: int, top: int, trailing: int, bottom: int
) -> None:
    """Contents margins by reading direction: Qt keeps left/right as given, even in Persian.

    Call again on ``QEvent.Type.LayoutDirectionChange``.
    """
    if widget.isRightToLeft():
        leading, trailing = trailing, leading
    layout.setContentsMargins(leading, top, trailing, bottom)


def focus_order(layout: QLayout | None) -> list[QWidget]:
    """Widgets that take Tab focus, in the order their layouts place them."""
    found: list[QWidget] = []
    if layout is None:
        return found
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None:
            takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if takes_tab and widget.focusProxy() is None:
                found.append(widget)
            found.extend(focus_order(widget.layout()))
        elif item is not None:
            found.extend(focus_order(item.layout()))
    return found
