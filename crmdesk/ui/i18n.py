"""Languages of the user interface: translators, layout direction, locale and fonts.

crmdesk speaks English (the source language), Persian (``fa``, right to left), Simplified
Chinese (``zh_CN``) and Slovak (``sk``). Our strings come from ``resources/i18n/crmdesk_*.qm``
(built by ``python -m crmdesk.i18n_build``); Qt's own (standard dialogs, context menus) from
``qtbase_*.qm`` in PySide6's translations folder.

Switching language at runtime sends ``QEvent.Type.LanguageChange`` to every widget: a widget
that shows translated text re-sets it in ``changeEvent`` (see ``MainWindow.retranslate``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from crmdesk.paths import resource_path
from crmdesk.ui.fonts import apply_app_font

log = logging.getLogger(__name__)

# code: the language's own name (shown untranslated, so everyone finds their language)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fa": "فارسی",
    "zh_CN": "简体中文",
    "sk": "Slovenčina",
}
TRANSLATED = ("fa", "zh_CN", "sk")
RIGHT_TO_LEFT = frozenset({"fa"})
_ALIASES = {"zh": "zh_CN", "zh_hans": "zh_CN", "zh_sg": "zh_CN", "zh_cn": "zh_CN"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated where it is shown.

    A typed stand-in for PySide6's own (which is typed as returning ``object``).
    """
    del context
    return text


def normalize_language(code: str | None) -> str:
    """A supported language code for ``code`` (``zh`` → ``zh_CN``, ``fa_IR`` → ``fa``)."""
    if not code:
        return "en"
    cleaned = code.replace("-", "_").strip()
    if cleaned in LANGUAGES:
        return cleaned
    lowered = cleaned.lower()
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    base = lowered.split("_")[0]
    if base == "zh":
        return "zh_CN"
    return base if base in LANGUAGES else "en"


def system_language() -> str:
    """The supported language closest to the user's system locale."""
    for name in QLocale.system().uiLanguages():
        language = normalize_language(name)
        if language != "en" or name.lower().startswith("en"):
            return language
    return "en"


def catalogue_path(language: str) -> str:
    return str(resource_path("i18n", f"crmdesk_{language}.qm"))


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class LanguageSwitcher(QObject):
    """Installs the translators of one language into the application; switches on demand."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def apply(self, code: str | None) -> str:
        """Switch the whole interface to ``code``; return the language actually used."""
        language = normalize_language(code)
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if language != "en":
            self._load(qt_translations_dir(), f"qtbase_{language}")
            self._load(str(resource_path("i18n")), f"crmdesk_{language}")
        self.language = language
        QLocale.setDefault(QLocale(language))
        direction = Qt.LayoutDirection.RightToLeft
        if language not in RIGHT_TO_LEFT:
            direction = Qt.LayoutDirection.LeftToRight
        self._app.setLayoutDirection(direction)
        apply_app_font(self._app, language)
        return language

    def _load(self, folder: str, name: str) -> None:
        translator = QTranslator(self)
        if not translator.load(name, folder):
            log.warning("translation %s not found in %s (run `make i18n`)", name, folder)
            return
        self._app.installTranslator(translator)
        self._translators.append(translator)
