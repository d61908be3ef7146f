"""The interface language on the Qt side: which language the window speaks, and the translators that make it so.

Conventions for every visible string in ``ui/`` (``tools/translations.py update`` extracts them into
``resources/translations/maturity_<lang>.ts``):

- ``self.tr("Text")`` in widgets and controllers (the context is the class name, as lupdate records it), and
  ``translate("Context", "Text")`` (QCoreApplication.translate) with a literal, stable context elsewhere; counts
  go through the ``n`` argument (``self.tr("%n question(s)", "", n)``) so German gets its own plural forms;
- sentences with values use named placeholders (``"{count} of {total} answered"``) filled with ``str.format``
  after translation, so the translator can move them where German word order wants them;
- tables of labels defined at import time mark their text with ``QT_TRANSLATE_NOOP("Context", ...)`` and are
  translated where they are shown.

The language applies at start (``install``): Qt widgets build their text once, so a change in Settings takes
effect after a restart, which the app offers at once and performs in-process (``launch``), as Qt Creator and Anki
ask for a restart after a language change. Words that come from the Qt-free core (verdicts, statuses, sentences)
are worded by its catalogue (``domain.i18n._``), never here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from ..domain import i18n
from ..paths import asset

translate = QCoreApplication.translate

SYSTEM = "system"
RESTART_PROPERTY = "maturityRestart"  # set on the QApplication: the window closed to come back in a new language
# Each language is named in its own language (as operating systems list them), so these are never translated.
CHOICES = {SYSTEM: QT_TRANSLATE_NOOP("Language", "System language"), "en": "English", "de": "Deutsch"}

_installed: list[QTranslator] = []
_system_locale: QLocale | None = None


def choice_label(choice: str) -> str:
    return translate("Language", CHOICES[choice]) if choice == SYSTEM else CHOICES[choice]


def system_language() -> str:
    """The system's interface language if the app has it, else English."""
    return i18n.first_supported(QLocale.system().uiLanguages())


def resolve(choice: str | None) -> str:
    """The language a setting means: "system" (or nothing) follows the system, anything else is a language."""
    if not choice or choice == SYSTEM:
        return system_language()
    return i18n.normalise(choice)


def catalogue_dir():
    return asset("resources", "translations")


def install(app, choice: str | None) -> str:
    """Make the application speak the chosen language: our catalogue, Qt's own (standard buttons and dialogs),
    the default locale of Qt's widgets, and the Qt-free core (``domain.i18n``). Returns the language in use."""
    code = resolve(choice)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English has a catalogue too: the plural forms ("1 question", "2 questions"), as Qt's own English catalogues.
    ours = QTranslator(app)
    if not ours.load(f"maturity_{code}", str(catalogue_dir())):
        raise FileNotFoundError(f"resources/translations/maturity_{code}.qm is missing; reinstall Maturity")
    if code != i18n.SOURCE_LANGUAGE:
        from PySide6.QtCore import QLibraryInfo  # here: an English launch does not need the class (or its enums)

        qt_own = QTranslator(app)
        # Not in every Qt build (a distribution's Qt may split them out): English buttons then, not an error.
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
    _installed.append(ours)
    for translator in _installed:  # installed last is asked first: ours, then Qt's
        app.installTranslator(translator)
    QLocale.setDefault(formats_locale(code))
    i18n.set_language(code)
    return code


def formats_locale(code: str) -> QLocale:
    """The locale Qt's own widgets format with (a date field's day order, a spin box's decimal sign): the
    system's own when it speaks *code* (an en_GB system keeps day-first dates in English), else *code* with the
    system's territory (English on a German system: en_DE, day first)."""
    global _system_locale
    if _system_locale is None:
        _system_locale = QLocale()  # the default before the first install is the system's
    if i18n.normalise(_system_locale.name()) == code:  # "C" (no locale set) counts as English, as in normalise
        return _system_locale
    return QLocale(QLocale(code).language(), _system_locale.territory())
