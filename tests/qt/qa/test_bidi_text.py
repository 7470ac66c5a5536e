"""Mixed-direction text reads right: phones and Latin names inside a Persian layout."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from crmdesk.ui.bidi import (
    FSI,
    LRI,
    PDI,
    RLM,
    isolate,
    join_isolated,
    left_to_right,
    paragraph,
    without_marks,
)

VisualOrder = Callable[[str, Qt.LayoutDirection], str]  # the `visual` fixture

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
PHONE = "+1 312-750-4120"


def test_a_bare_phone_in_a_persian_line_is_scrambled_which_is_why_we_isolate(
    visual: VisualOrder,
) -> None:
    assert visual(PHONE, RTL) != PHONE


def test_a_phone_marked_left_to_right_reads_as_typed_in_a_persian_line(
    visual: VisualOrder,
) -> None:
    assert visual(left_to_right(PHONE), RTL) == PHONE
    assert visual(f"تلفن: {left_to_right(PHONE)}", RTL).startswith(PHONE)


def test_an_isolated_latin_company_keeps_its_full_stop_at_its_end(visual: VisualOrder) -> None:
    assert visual("Wilson Retail Inc.", RTL) == ".Wilson Retail Inc"  # the bug
    assert visual(isolate("Wilson Retail Inc."), RTL) == "Wilson Retail Inc."


def test_isolated_parts_keep_their_order_in_a_right_to_left_line(visual: VisualOrder) -> None:
    line = paragraph(join_isolated(["Acme Inc.", "مدیر"]), right_to_left=True)
    # the first part on the right; a Persian word is drawn from its right end, so its
    # letters come out reversed when read from the left
    assert visual(line, RTL) == "مدیر"[::-1] + " · Acme Inc."


def test_marks_wrap_once_and_come_off_again() -> None:
    assert left_to_right(PHONE) == f"{LRI}{PHONE}{PDI}"
    assert isolate(left_to_right(PHONE)) == left_to_right(PHONE)
    assert isolate("Ana") == f"{FSI}Ana{PDI}"
    assert isolate("") == "" and left_to_right("") == ""
    assert paragraph("x", right_to_left=True) == f"{RLM}x"
    assert without_marks(paragraph(join_isolated(["a", None, "b"]), right_to_left=True)) == (
        "a · b"
    )
