"""UI language: Qt Linguist catalogues for our strings and Qt's own dialogs."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reader.locations import translations_dir

SUPPORTED = ("vi", "en")


def choose_language(requested: str | None, saved: str = "auto") -> str:
    """--lang wins, then the saved preference, then the system locale; English otherwise."""
    for choice in (requested, saved):
        if choice and choice != "auto":
            return choice if choice in SUPPORTED else "en"
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install_translators(app: QApplication, language: str) -> tuple[list[QTranslator], list[str]]:
    """Install translators; returns them and any problems (a missing catalogue is not fatal)."""
    installed: list[QTranslator] = []
    problems: list[str] = []
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return installed, problems
    ours = QTranslator(app)
    qm = translations_dir() / f"bulletin_reader_{language}.qm"
    if ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        problems.append(f"translation file {qm} missing (run 'make translations'); using English")
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed, problems


def switch_language(
    app: QApplication, language: str, installed: list[QTranslator]
) -> tuple[list[QTranslator], list[str]]:
    """Change the interface language while running: the old catalogues out, the new in.

    Qt sends every widget a LanguageChange event; widgets that set their texts once (the
    kiosk's) translate them again on it.
    """
    for translator in installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    return install_translators(app, language)  # removing or installing tells the widgets
