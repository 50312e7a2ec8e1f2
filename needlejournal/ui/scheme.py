"""Light and dark palettes, and following the system's colour scheme.

Kept apart from ``theme`` (icons, drawn glyphs, accent colours) because it runs before the first
paint: it imports only ``QPalette``/``QColor`` and builds a palette only when one is needed.
``Qt`` is imported only where the system's scheme is asked for: PySide builds its whole ``Qt``
namespace (~170 enums, ~20 ms on a 2-core machine) the first time it is imported, and the first
paint does without it (``apply_remembered``).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    "Window": "#26282b",
    "WindowText": "#e6e6e6",
    "Base": "#1d1f21",
    "AlternateBase": "#2a2c2f",
    "Text": "#e6e6e6",
    "PlaceholderText": "#8c8f93",
    "Button": "#303236",
    "ButtonText": "#e6e6e6",
    "Highlight": "#3d6ea8",
    "HighlightedText": "#ffffff",
    "ToolTipBase": "#303236",
    "ToolTipText": "#e6e6e6",
    "Link": "#7fb2e5",
    "Mid": "#45484c",
    "Midlight": "#3a3d41",
    "Dark": "#151617",
    "Light": "#4a4d52",
    "Shadow": "#000000",
    "BrightText": "#ff6b6b",
}
_LIGHT = {
    "Window": "#f4f3f1",
    "WindowText": "#202124",
    "Base": "#ffffff",
    "AlternateBase": "#f7f6f4",
    "Text": "#202124",
    "PlaceholderText": "#80848a",
    "Button": "#ecebe8",
    "ButtonText": "#202124",
    "Highlight": "#3d6ea8",
    "HighlightedText": "#ffffff",
    "Link": "#2f6fad",
    "Mid": "#c9c7c3",
    "Midlight": "#e2e0dc",
    "Dark": "#a09e9a",
    "Light": "#ffffff",
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _palette(colours: dict[str, str]) -> QPalette:
    pal = QPalette()
    for role, colour in colours.items():
        pal.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return pal


def dark_palette() -> QPalette:
    """A calm dark palette, used when the platform reports a dark scheme but gives none."""
    pal = _palette(_DARK)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#75787c"))
    return pal


def light_palette() -> QPalette:
    return _palette(_LIGHT)


SCHEMES = ("system", "light", "dark")  # what View → Colours offers; "system" by default
_chosen = "system"
_forced = False  # a palette of ours is set (not the platform's): "system" must undo it
_remembered = False  # the dark palette was set from the last start's answer, not asked yet


def chosen_scheme() -> str:
    return _chosen


def choose_scheme(app: QApplication, choice: str) -> None:
    """Light or dark whatever the system says, or ``"system"``: follow it again.

    Qt 6.8's ``QStyleHints.setColorScheme`` asks the platform theme first (Windows 11, macOS,
    GNOME/KDE with a portal repaint their own widgets); where it cannot, our palettes fill in.
    """
    from PySide6.QtCore import Qt

    global _chosen, _forced
    _chosen = choice if choice in SCHEMES else "system"
    hints = app.styleHints()
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(_chosen)
    hints.setColorScheme(wanted if wanted is not None else Qt.ColorScheme.Unknown)
    if _chosen == "system":
        if _forced:
            app.setPalette(app.style().standardPalette())
            _forced = False
        follow_system_scheme(app)
    elif (_chosen == "dark") != is_dark(app.palette()):
        app.setPalette(dark_palette() if _chosen == "dark" else light_palette())
        _forced = True


def apply_remembered(app: QApplication, system_was_dark: bool) -> None:
    """Before the first paint, without asking the platform: the dark palette when the system
    asked for dark at the last start and the style's palette is light.

    Asking (``follow_system_scheme``) builds PySide's ``Qt`` namespace for the answer, ~20 ms
    the first paint would wait for; it is asked right after the paint instead, and corrects
    this guess if the system changed since (a dark desktop then never sees a light frame
    first, except on the app's very first start).
    """
    global _forced, _remembered
    if _chosen == "system" and system_was_dark and not is_dark(app.palette()):
        app.setPalette(dark_palette())
        _forced = _remembered = True


def follow_system_scheme(app: QApplication) -> bool | None:
    """Use a dark palette when the system asks for dark and the style would not give one;
    returns whether the system asks for dark (None while the user's choice holds).

    Does nothing while the user has chosen light or dark in the app (View → Colours).

    Platform themes (Windows 11, macOS, GNOME/KDE) hand Qt a matching palette themselves;
    this only fills the gap where the style's palette stays light under a dark scheme.
    """
    from PySide6.QtCore import Qt

    global _forced, _remembered
    if _chosen != "system":
        return None
    scheme = app.styleHints().colorScheme()
    dark = scheme == Qt.ColorScheme.Dark
    if _remembered and not dark:  # guessed from the last start; the system has changed since
        app.setPalette(app.style().standardPalette())
        _forced = False
    _remembered = False
    current_dark = is_dark(app.palette())
    if dark and not current_dark:
        app.setPalette(dark_palette())
        _forced = True
    elif scheme == Qt.ColorScheme.Light and current_dark:
        app.setPalette(light_palette())
        _forced = True
    return dark
