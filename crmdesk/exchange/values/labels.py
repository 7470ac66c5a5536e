"""Labels of phones, emails and addresses ("mobile", "work", "home", ...) from whatever a file
calls them: vCard TYPE words (CELL, WORK;FAX), Google's "Mobile", HubSpot's "Mobile Phone
Number", or Persian/Chinese/Slovak words."""

from __future__ import annotations

import re

from crmdesk.domain.text import fold

PHONE_LABELS = ("mobile", "work", "home", "fax", "pager", "main", "other")
EMAIL_LABELS = ("work", "home", "other")

_WORDS: dict[str, tuple[str, ...]] = {
    "fax": ("fax", "facsimile", "传真", "傳真", "فکس", "نمابر"),
    "pager": ("pager", "beeper", "寻呼", "پیجر"),
    "mobile": (
        "mobile",
        "cell",
        "cellular",
        "iphone",
        "handy",
        "mobil",
        "mobilny",
        "mobilne",
        "手机",
        "手機",
        "移动电话",
        "موبایل",
        "همراه",
        "تلفن همراه",
        "جوال",
    ),
    "work": (
        "work",
        "business",
        "office",
        "company",
        "corporate",
        "praca",
        "pracovny",
        "firma",
        "工作",
        "公司",
        "办公",
        "辦公",
        "کار",
        "محل کار",
        "دفتر",
        "شرکت",
    ),
    "home": (
        "home",
        "private",
        "personal",
        "domov",
        "domaci",
        "sukromny",
        "家",
        "住宅",
        "منزل",
        "خانه",
    ),
    "main": ("main", "primary", "hlavny", "主要", "اصلی"),
}
_TOKEN = re.compile(r"[\w\u4e00-\u9fff]+")


def _label(text: str | None, allowed: tuple[str, ...], default: str | None) -> str | None:
    if not text:
        return None
    folded = fold(text).replace("_", " ")
    tokens = set(_TOKEN.findall(folded))
    for label in ("fax", "pager", "mobile", "work", "home", "main"):
        if label not in allowed:
            continue
        for word in _WORDS[label]:
            word = fold(word)
            if word in tokens or (not word.isascii() and word in folded):
                return label
    return "other" if "other" in tokens else default


def phone_label(text: str | None, default: str | None = None) -> str | None:
    """One of PHONE_LABELS named in ``text`` ("Mobile Phone Number" -> "mobile", "WORK;FAX" ->
    "fax": fax and pager win over work/home); ``default`` when it names none; None for no text."""
    return _label(text, PHONE_LABELS, default)


def email_label(text: str | None, default: str | None = None) -> str | None:
    """One of EMAIL_LABELS named in ``text`` ("* Work" from Google, "INTERNET;HOME" from a
    vCard); ``default`` when it names none; None for no text."""
    return _label(text, EMAIL_LABELS, default)
