"""Click-to-call and click-to-mail: ``tel:`` and ``mailto:`` URLs handed to the desktop.

The URL is built here and opened by whatever the system registered (a softphone, the mail
program); tests check the URL, not the operating system.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl

from crmdesk.domain.text import fold

_DIALABLE = re.compile(r"[^0-9+*#]")


def tel_url(number: str) -> QUrl:
    """``tel:+421905123456`` from an E.164 number or a raw one (Persian digits folded)."""
    digits = _DIALABLE.sub("", fold(number))
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    url = QUrl()
    url.setScheme("tel")
    url.setPath(digits)
    return url


def mailto_url(address: str, *, subject: str = "") -> QUrl:
    """``mailto:name@example.com`` (with ``?subject=`` when given), percent-encoded by QUrl."""
    url = QUrl()
    url.setScheme("mailto")
    url.setPath(address.strip())
    if subject:
        url.setQuery("subject=" + bytes(QUrl.toPercentEncoding(subject).data()).decode("ascii"))
    return url


def website_url(text: str) -> QUrl:
    """A website as typed ("example.com") as an http(s) URL."""
    return QUrl.fromUserInput(text.strip())
