"""SVG stroke icons from ``resources/icons/``, tinted from the palette at runtime.

Each SVG draws with ``currentColor``; :func:`icon` substitutes palette colours for the normal,
disabled and selected states and renders crisp pixmaps for the screen's pixel ratio. Icons are
cached per palette, so after a theme change callers simply ask again (do it on
``QEvent.Type.PaletteChange``).

    from crmdesk.ui.icons import icon
    button.setIcon(icon("add"))
    label.setPixmap(pixmap("building-blocks", 64, role=QPalette.ColorRole.PlaceholderText))
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from crmdesk.paths import resource_path

Role = QPalette.ColorRole
Group = QPalette.ColorGroup
ICON_SIZES = (16, 20, 24, 32, 48, 64)


@cache
def svg_source(name: str) -> str:
    """The SVG text of icon ``name`` (raises FileNotFoundError for an unknown name)."""
    return resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


def available_icons() -> list[str]:
    return sorted(path.stem for path in resource_path("icons").glob("*.svg"))


def tinted_pixmap(name: str, size: int, color: QColor, ratio: float = 1.0) -> QPixmap:
    """Icon ``name`` drawn in ``color``, ``size`` logical pixels square."""
    svg = svg_source(name).replace("currentColor", color.name(QColor.NameFormat.HexRgb))
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    device = round(size * ratio)
    image = QPixmap(device, device)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(color.alphaF())  # SVG colours have no alpha: apply it here
    renderer.render(painter, QRectF(0, 0, device, device))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def _pixel_ratio() -> float:
    app = QGuiApplication.instance()
    return app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0


def _palette_key(palette: QPalette, role: Role, selected: Role) -> tuple[int, int, int]:
    return (
        palette.color(Group.Active, role).rgba(),
        palette.color(Group.Disabled, role).rgba(),
        palette.color(Group.Active, selected).rgba(),
    )


@cache
def _cached_icon(name: str, colors: tuple[int, int, int], ratio: float) -> QIcon:
    normal, disabled, selected = (QColor.fromRgba(rgba) for rgba in colors)
    result = QIcon()
    for size in ICON_SIZES:
        for mode, color in (
            (QIcon.Mode.Normal, normal),
            (QIcon.Mode.Active, normal),
            (QIcon.Mode.Disabled, disabled),
            (QIcon.Mode.Selected, selected),
        ):
            result.addPixmap(tinted_pixmap(name, size, color, ratio), mode)
    return result


def icon(
    name: str,
    role: Role = Role.WindowText,
    *,
    selected: Role = Role.HighlightedText,
    palette: QPalette | None = None,
) -> QIcon:
    """Icon ``name`` tinted with ``role`` (``selected`` when its item is selected)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return _cached_icon(name, _palette_key(palette, role, selected), _pixel_ratio())


def pixmap(
    name: str, size: int, role: Role = Role.WindowText, palette: QPalette | None = None
) -> QPixmap:
    """A single pixmap of icon ``name`` (for labels, empty states)."""
    palette = palette if palette is not None else QGuiApplication.palette()
    return tinted_pixmap(name, size, palette.color(Group.Active, role), _pixel_ratio())


def icon_size(logical: int) -> QSize:
    return QSize(logical, logical)
