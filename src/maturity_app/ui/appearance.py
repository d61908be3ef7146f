"""Theme and text size: View -> Text size and Theme, the settings dialog, and the system's live colour scheme.

Every path ends in ``apply_appearance``, which applies the settings to the application, remembers them and
redraws what paints itself.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Slot
from PySide6.QtWidgets import QApplication

from .lazy_qt import Qt

# English source text; shown through translate("Appearance", ...).
THEMES = {"system": QT_TRANSLATE_NOOP("Appearance", "Follow the system"), "light": QT_TRANSLATE_NOOP("Appearance", "Light"),
          "dark": QT_TRANSLATE_NOOP("Appearance", "Dark")}
TEXT_SIZES = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)  # within AppSettings.font_scale's bounds


def _step(scale: float, direction: int) -> float:
    if direction > 0:
        return next((s for s in TEXT_SIZES if s > scale + 1e-6), TEXT_SIZES[-1])
    return next((s for s in reversed(TEXT_SIZES) if s < scale - 1e-6), TEXT_SIZES[0])


class Appearance(QObject):
    """Owned by the window, so Qt disconnects the system's colour-scheme signal when the window goes."""

    def __init__(self, window, controller):
        super().__init__(window)
        self.window = window
        self.controller = controller
        hints = QApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt >= 6.5
            hints.colorSchemeChanged.connect(self.system_scheme_changed)
        window.when_menus_built(self._connect_menu)  # just after the first frame, or when first needed

    def _connect_menu(self) -> None:
        a = self.window.actions
        a["text_larger"].triggered.connect(lambda: self.set_text_size(_step(self.settings.font_scale, +1)))
        a["text_smaller"].triggered.connect(lambda: self.set_text_size(_step(self.settings.font_scale, -1)))
        a["text_reset"].triggered.connect(lambda: self.set_text_size(1.0))
        for scale in TEXT_SIZES:
            a[f"text_{round(scale * 100)}"].triggered.connect(lambda _=False, s=scale: self.set_text_size(s))
        for key in THEMES:
            a[f"theme_{key}"].triggered.connect(lambda _=False, k=key: self.set_theme(k))
        self.sync_menu()

    @property
    def settings(self):
        return self.controller.settings

    def set_text_size(self, scale: float) -> None:
        self.settings.font_scale = round(scale, 2)
        self.controller.window_state.apply_appearance()

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        self.controller.window_state.apply_appearance()

    @Slot("Qt::ColorScheme")  # by name: Qt.ColorScheme here would build the Qt namespace (lazy_qt) on import
    def system_scheme_changed(self, scheme) -> None:
        if self.settings.theme == "system":  # a chosen light or dark theme stays as chosen
            self.controller.window_state.apply_appearance(system_dark=scheme == Qt.ColorScheme.Dark, remember=False)

    def sync_menu(self) -> None:
        if not self.window.menus_built:
            return  # checked as they are built (_connect_menu)
        a = self.window.actions
        for scale in TEXT_SIZES:
            a[f"text_{round(scale * 100)}"].setChecked(abs(scale - self.settings.font_scale) < 1e-6)
        for key in THEMES:
            a[f"theme_{key}"].setChecked(key == self.settings.theme)
        a["text_larger"].setEnabled(self.settings.font_scale < TEXT_SIZES[-1] - 1e-6)
        a["text_smaller"].setEnabled(self.settings.font_scale > TEXT_SIZES[0] + 1e-6)
