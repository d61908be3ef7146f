"""Light and dark palettes, the app stylesheet, and the few semantic colours charts and markers share."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..palette import PAPER, PAPER_ON_DARK, PRACTICE, PRACTICE_ON_DARK
from ..paths import resources_dir


class Tones:
    """Semantic colours; one set per light/dark so charts keep their contrast on either background. Fixed once made.

    (A plain class with slots: a frozen dataclass of this many fields has its methods written and compiled at every
    launch, and so does a named tuple's constructor, before the first frame.)"""

    dark: bool
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    border: str
    accent: str
    compliance: str  # paper
    capability: str  # practice
    gap: str
    stale: str
    unowned: str
    ok: str
    card: str
    card_selected: str
    card_hover: str
    # Contrast (WCAG 2.1): control boundaries and states at least 3:1 against every background they sit on, text
    # at least 4.5:1. The *_ink tones are the semantic colours darkened for text where the chart colour is too light.
    control: str
    error: str
    compliance_ink: str
    capability_ink: str
    stale_ink: str
    gap_ink: str
    ok_ink: str

    __slots__ = tuple(__annotations__)

    def __init__(self, **values) -> None:
        missing = set(self.__slots__) - set(values)
        unknown = set(values) - set(self.__slots__)
        if missing or unknown:
            raise TypeError(f"Tones: missing {sorted(missing)}, unknown {sorted(unknown)}")
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value) -> None:
        raise AttributeError(f"Tones are fixed: cannot set {name}")

    def __eq__(self, other) -> bool:
        return isinstance(other, Tones) and self._asdict() == other._asdict()

    __hash__ = None

    def _asdict(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}


LIGHT = Tones(
    dark=False, window="#F4F5F7", base="#FFFFFF", alt_base="#F7F8FA", text="#1F2933", muted="#5F6B7A",
    border="#D5DAE1", accent="#2F5D8A", compliance=PAPER, capability=PRACTICE, gap="#C0533A",
    stale="#B7791F", unowned="#7B5EA7", ok="#2F855A", card="#FFFFFF", card_selected="#E4EDF7", card_hover="#F0F4F9",
    control="#7D8896", error="#B3261E", compliance_ink="#3F5F94", capability_ink="#1A6B61", stale_ink="#8A5A12",
    gap_ink="#A8432C", ok_ink="#276749",
)
DARK = Tones(
    dark=True, window="#1E2227", base="#252A31", alt_base="#2B3038", text="#E6E9ED", muted="#B0B8C2",
    border="#3A414B", accent="#7FA7D9", compliance=PAPER_ON_DARK, capability=PRACTICE_ON_DARK,
    gap="#E07A5F",
    stale="#E0B050", unowned="#B39DDB", ok="#68D391", card="#2B3038", card_selected="#29394F", card_hover="#323944",
    control="#8791A0", error="#FF8A80", compliance_ink="#9DB8E2", capability_ink="#4FC1B0", stale_ink="#E0B050",
    gap_ink="#E88A70", ok_ink="#68D391",
)

_current: Tones = LIGHT


def tones() -> Tones:
    return _current


def highlighted_text(t: Tones) -> str:
    """Text and markers on a selected row (the accent): white on the light theme's dark blue, near-black on the
    dark theme's light blue."""
    return "#10151B" if t.dark else "#FFFFFF"


def _palette(t: Tones) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.Window: t.window, QPalette.WindowText: t.text, QPalette.Base: t.base,
        QPalette.AlternateBase: t.alt_base, QPalette.Text: t.text, QPalette.Button: t.alt_base,
        QPalette.ButtonText: t.text, QPalette.ToolTipBase: t.base, QPalette.ToolTipText: t.text,
        QPalette.Highlight: t.accent, QPalette.HighlightedText: highlighted_text(t),
        QPalette.PlaceholderText: t.muted, QPalette.Link: t.accent, QPalette.Mid: t.border,
        QPalette.Midlight: t.border, QPalette.Dark: t.border, QPalette.Light: t.base,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        pal.setColor(QPalette.Disabled, role, QColor(t.muted))
    return pal


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "colorScheme"):
        from .color_scheme import DARK, system_color_scheme  # read as a number: see color_scheme

        return system_color_scheme(hints) == DARK
    return QGuiApplication.palette().color(QPalette.Window).lightness() < 128


def app_icon():
    """The application icon from the rendered hicolor PNGs (every size, so Qt picks a crisp one)."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    folder = resources_dir() / "icons" / "app" / "hicolor"
    for png in sorted(folder.glob("*/apps/*.png")):
        icon.addFile(str(png))
    return icon


_NAME_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_"
_POINT_SIZE = r"font-size:\s*([0-9.]+)pt"


def _fill_in(template: str, values: dict[str, str]) -> str:
    """Every @name replaced by its value in one pass: a name is the whole word after "@" (so @card never eats the
    start of @card_hover), and text put in (a file path) is never searched again. A word that names nothing stays.
    (Not a regular expression: compiling one costs more, at every launch, than this.)"""
    parts = template.split("@")
    filled = [parts[0]]
    for part in parts[1:]:
        name = part[:len(part) - len(part.lstrip(_NAME_CHARS))]
        if name in values and not name[0].isdigit():
            filled.append(values[name] + part[len(name):])
        else:
            filled.append("@" + part)
    return "".join(filled)


def stylesheet(t: Tones, font_scale: float = 1.0) -> str:
    themes = resources_dir() / "themes"
    template = (themes / "app.qss").read_text(encoding="utf-8")
    values = {name: value for name, value in t._asdict().items() if isinstance(value, str)}
    values["on_accent"] = highlighted_text(t)
    variant = "dark" if t.dark else "light"
    values["check_image"] = (themes / f"check-{variant}.svg").as_posix()
    for arrow in ("up", "down"):  # image files, wherever the package is installed
        values[f"arrow_{arrow}"] = (themes / f"arrow-{arrow}-{variant}.svg").as_posix()
    values["indicator"] = f"{round(14 * font_scale)}px"  # check boxes and radio buttons grow with the type
    values["indicator_round"] = f"{round(14 * font_scale) // 2 + 1}px"
    template = _fill_in(template, values)
    if font_scale == 1.0:
        return template
    # Titles sized in points in the stylesheet follow the font scale like the rest of the text.
    import re

    return re.sub(_POINT_SIZE, lambda m: f"font-size: {float(m.group(1)) * font_scale:.1f}pt", template)


FUSION_ARGUMENTS = ["-style", "Fusion"]  # for the QApplication a launch makes
FUSION_PROPERTY = "maturity_fusion"


def apply_theme(app: QApplication, theme: str, font_scale: float = 1.0, system_dark: bool | None = None) -> Tones:
    """Apply *theme* ("system", "light", "dark") and the font scale to the whole application.

    *system_dark* is the scheme the system just announced (colorSchemeChanged), when it is known.
    """
    global _current
    if theme == "system":
        dark = system_prefers_dark() if system_dark is None else system_dark
    else:
        dark = theme == "dark"
    _current = DARK if dark else LIGHT
    if app.property(FUSION_PROPERTY) is not True:
        # The same look on every platform, and one that honours our palette. A launch asks for it as it makes the
        # application (FUSION_ARGUMENTS): setStyle hands back a QStyle, whose many enums PySide would build
        # before the first frame.
        app.setStyle("Fusion")
        app.setProperty(FUSION_PROPERTY, True)
    app.setPalette(_palette(_current))
    base = app.property("maturity_base_font")
    if base is None:
        base = QFont(app.font())
        app.setProperty("maturity_base_font", base)
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(size, 10.0) * font_scale)
    app.setFont(font)
    sheet = stylesheet(_current, font_scale)
    if app.styleSheet() != sheet:  # the same sheet again would re-polish every widget alive for nothing
        app.setStyleSheet(sheet)
    return _current
