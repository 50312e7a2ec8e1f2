"""The middle panel: the client's heading, the score chart and the timeline of cards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from needlejournal.guidance import ScreeningAnswer, ScreeningItem
from needlejournal.ui import card_photos, terms, theme
from needlejournal.ui.empty_state import view_or_empty
from needlejournal.ui.formatting import (
    client_subtitle,
    observation_html,
    observation_title,
    treatment_html,
    treatment_title,
)
from needlejournal.ui.local_dates import format_date
from needlejournal.ui.overrides import override
from needlejournal.ui.score_chart import ScoreChart
from needlejournal.ui.timeline_model import TimelineModel

if TYPE_CHECKING:
    from collections.abc import Sequence

    from needlejournal.journal.records import ClientSummary, PhotoRecord, TimelineEntry
    from needlejournal.journal.screening_records import ScreeningRecord
    from needlejournal.ui.gallery.thumbnail_loader import ThumbnailLoader
    from needlejournal.ui.progress_header import ProgressHeader

AnyIndex = QModelIndex | QPersistentModelIndex
HEADER_COMPACT_BELOW = 640  # panel heights (px) under which the header shrinks…
CHART_HIDES_BELOW = 470  # …and the chart steps aside
PAD_X = 16
PAD_Y = 12
GAP = 10  # space between cards
STRIPE = 4


def card_document(
    entry: TimelineEntry, palette: QPalette, font: Any, width: float
) -> QTextDocument:
    """The rich text of one card, laid out for ``width`` pixels of text."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.addResource(
        QTextDocument.ResourceType.ImageResource,
        QUrl("warning-icon"),
        theme.warning_image(palette),
    )
    muted = theme.muted(palette).name()
    if entry.kind == "treatment":
        title = treatment_title(entry)
        body = treatment_html(entry, muted, theme.warning_color(palette).name())
    else:
        title = observation_title(entry)
        body = observation_html(entry, muted)
    doc.setHtml(f'<p style="margin-bottom:6px"><b>{title}</b></p>{body}')
    doc.setTextWidth(max(width, 50.0))
    return doc


class TimelineDelegate(QStyledItemDelegate):
    """Paints each entry as a card: sessions full, skin checks lighter; warnings in amber.

    A session's photos are a row of thumbnails under its text (``card_photos``), drawn when a
    thumbnail loader is set (``loader``); ``chosen`` photo ids are ringed (two → compare).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[Any, ...], QTextDocument] = {}
        self.loader: ThumbnailLoader | None = None
        self.chosen: set[int] = set()
        self.chosen_order: list[int] = []  # oldest choice first: a third lets it go
        # Where each card's tiles were last painted, relative to the card's item rect.
        self.tiles: dict[tuple[str, int], list[tuple[int, QRectF]]] = {}

    def document(self, index: AnyIndex, option: QStyleOptionViewItem) -> QTextDocument:
        entry: TimelineEntry = index.data(TimelineModel.EntryRole)
        pal = option.palette
        width = option.rect.width() - 2 * PAD_X - STRIPE - GAP
        key = (
            entry.kind,
            entry.id,
            entry.version,
            entry.warnings if entry.kind == "treatment" else (),
            width,
            pal.color(QPalette.ColorRole.Text).rgba(),
            pal.color(QPalette.ColorRole.Base).rgba(),
            option.font.key(),
        )
        doc = self._cache.get(key)
        if doc is None:
            if len(self._cache) > 500:  # a plain bound keeps memory flat while scrolling
                self._cache.clear()
            doc = card_document(entry, pal, option.font, width)
            self._cache[key] = doc
        return doc

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        view = self.parent()
        if isinstance(view, QListView):
            opt.rect.setWidth(view.viewport().width() - 2)
        doc = self.document(index, opt)
        photos = self._photos(index)
        extra = card_photos.strip_height(photos)
        return QSize(opt.rect.width(), int(doc.size().height()) + 2 * PAD_Y + GAP + extra)

    def _photos(self, index: AnyIndex) -> Sequence[PhotoRecord]:
        if self.loader is None:
            return ()
        photos: Sequence[PhotoRecord] | None = index.data(TimelineModel.PhotosRole)
        return photos or ()

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        entry: TimelineEntry | None = index.data(TimelineModel.EntryRole)
        if entry is None:
            return
        pal = option.palette
        is_session = entry.kind == "treatment"
        warned = entry.kind == "treatment" and bool(entry.warnings)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(GAP / 2, GAP / 2, -GAP / 2, -GAP / 2)
        path = theme.rounded(card, 8)
        painter.fillPath(path, theme.card_fill(pal, light=not is_session))
        if selected:
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
        else:
            painter.setPen(QPen(theme.card_border(pal), 1))
        painter.drawPath(path)
        stripe_colour = (
            theme.warning_color(pal)
            if warned
            else (pal.color(QPalette.ColorRole.Highlight) if is_session else theme.muted(pal))
        )
        stripe = QRectF(card.left() + 6, card.top() + 10, STRIPE, card.height() - 20)
        painter.fillPath(theme.rounded(stripe, STRIPE / 2), stripe_colour)
        doc = self.document(index, option)
        painter.translate(card.left() + PAD_X + STRIPE, card.top() + PAD_Y)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, pal.color(QPalette.ColorRole.Text))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()
        photos = self._photos(index)
        if photos and self.loader is not None:
            left = card.left() + PAD_X + STRIPE
            top = card.top() + PAD_Y + doc.size().height()
            width = card.right() - PAD_X - left
            tiles, hidden = card_photos.tile_rects(photos, left, top, width)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            card_photos.paint_strip(painter, tiles, hidden, self.loader, self.chosen, pal)
            painter.restore()
            origin = QPointF(option.rect.topLeft())
            self.tiles[(entry.kind, entry.id)] = [
                (p.id, rect.translated(-origin)) for p, rect in tiles
            ]


class TimelinePanel(QWidget):
    """Heading, score chart and the cards; an empty state that says what to do next."""

    entry_selected = Signal(object)  # TimelineEntry | None
    entry_activated = Signal(object)  # double-click or Enter: edit it

    def __init__(self, model: TimelineModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = QLabel(self)
        self.title.setFont(theme.heading_font(self, 1.35))
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("muted")
        self.screening = QLabel(self)  # the client's screening on file, one line
        self.screening.setObjectName("muted")
        self.screening.setWordWrap(True)
        self.screening.hide()
        self.chart = ScoreChart(self)
        self.view = QListView(self)
        self.view.setModel(model)
        self.delegate = TimelineDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setFrameShape(QListView.Shape.NoFrame)
        self.view.setAccessibleName(self.tr("Timeline"))
        self.view.viewport().setAutoFillBackground(False)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.activated.connect(
            lambda i: self.entry_activated.emit(i.data(TimelineModel.EntryRole))
        )
        self.empty, self.stack = view_or_empty(self, self.view)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.screening)
        layout.addSpacing(4)
        self.header: ProgressHeader | None = None  # progress at a glance (set_header)
        self.short = False  # too short for the chart as well as the cards
        layout.addWidget(self.chart)
        layout.addWidget(self.stack, 1)
        self.loading = False
        # The window's New session action: the button of "No sessions yet" (set by the window).
        self.first_session_action: QAction | None = None
        model.modelReset.connect(self._update_state)
        self.show_message(self.tr("Opening your journal…"))

    def show_card_photos(self, loader: ThumbnailLoader) -> None:
        """Session cards show their photos from ``loader``; clicks open or choose them."""
        from needlejournal.ui.card_photos import CardPhotoClicks, ChosenPhotosBar

        self.delegate.loader = loader
        self.photo_clicks = CardPhotoClicks(self.view, self.delegate)
        self.chosen_bar = ChosenPhotosBar(self)
        self._layout.insertWidget(self._layout.indexOf(self.stack), self.chosen_bar)
        self.photo_clicks.chosen_changed.connect(
            lambda: self.chosen_bar.show_count(len(self.delegate.chosen))
        )
        self.chosen_bar.clear_requested.connect(self.photo_clicks.clear)

    def chosen_photos(self) -> list[int]:
        """The photos chosen on the cards, in the order they were chosen."""
        return list(self.delegate.chosen_order)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """A short panel (a small window, 800×560) keeps the cards readable: the progress pair
        gets smaller, and below that the score chart steps aside (the header says the change)."""
        height = self.height()
        self.short = height < CHART_HIDES_BELOW
        if self.header is not None:
            self.header.set_compact(height < HEADER_COMPACT_BELOW)
        if self.short:
            self.chart.hide()
        elif self.model.entries() and self.stack.currentWidget() is self.view:
            self.chart.show()

    def set_header(self, header: ProgressHeader) -> None:
        """Progress at a glance, above the chart: shown with a client, hidden otherwise."""
        self.header = header
        header.setParent(self)
        self._layout.insertWidget(self._layout.indexOf(self.chart), header)
        header.setVisible(self.subtitle.isVisible())
        self._fit_height()

    def show_screening(self, record: ScreeningRecord | None) -> None:
        """One line about the client's screening on file: "Screening reviewed 1 Jun 2026 by
        Dr Vega · yes: Isotretinoin (1 May 2026) · 11 unknown or not asked"; hidden when
        nothing is on file (the checklist is kept, not imposed)."""
        if record is None or not record.on_file:
            self.screening.setText("")
            self.screening.hide()
            return
        latest = max(record.current, key=lambda e: (e.reviewed_on, e.recorded_at))
        head = self.tr("Screening reviewed {day}").format(day=format_date(latest.reviewed_on))
        if latest.reviewer:
            head += " " + self.tr("by {name}").format(name=latest.reviewer)
        parts = [head]
        yes = [
            terms.label(ScreeningItem, e.item)
            + (f" ({format_date(e.item_date)})" if e.item_date else "")
            for e in record.current
            if e.answer == ScreeningAnswer.YES
        ]
        if yes:
            parts.append(self.tr("yes: {items}").format(items="; ".join(yes)))
        unknown = sum(e.answer == ScreeningAnswer.UNKNOWN for e in record.current)
        still_open = unknown + len(ScreeningItem.values()) - len(record.current)
        if still_open:
            parts.append(self.tr("%n unknown or not asked", "", still_open))
        self.screening.setText(" · ".join(parts))
        self.screening.show()

    def show_message(
        self, text: str, title: str = "", action: QAction | None = None, button: str = ""
    ) -> None:
        """Loading, error and 'nothing selected' states share the empty state (a button with
        ``action``)."""
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.subtitle.hide()
        self.screening.hide()
        if self.header is not None:
            self.header.hide()
        self.chart.hide()
        self.empty.say(text, action, button)
        self.stack.setCurrentWidget(self.empty)

    def show_client(self, summary: ClientSummary, *, loading: bool = False) -> None:
        """The client's heading; with ``loading`` their history is on its way (say nothing yet,
        rather than "No sessions yet" under a heading that counts their sessions)."""
        self.loading = loading
        client = summary.client
        self.title.setText(client.name)
        self.title.show()
        details = [client_subtitle(summary)]
        if client.skin_type:
            details.append(self.tr("Fitzpatrick {type}").format(type=client.skin_type))
        if client.concerns:
            details.append(client.concerns)
        self.subtitle.setText(" · ".join(details))
        self.subtitle.show()
        if self.header is not None:
            self.header.show()
        self._update_state()

    def _update_state(self) -> None:
        entries = self.model.entries()
        self.chart.set_entries(entries)
        if not self.title.text():
            return
        if entries:
            self.chart.setVisible(not self.short)
            self.stack.setCurrentWidget(self.view)
        elif self.loading:
            self.chart.hide()
            self.empty.setText("")
            self.stack.setCurrentWidget(self.empty)
        else:
            self.chart.hide()
            self.empty.say(
                self.tr(
                    "No sessions yet.\nLog your first session (Ctrl+N), or note a skin check "
                    "(Ctrl+Shift+N)."
                ),
                self.first_session_action,
                self.tr("Log the first session"),
            )
            self.stack.setCurrentWidget(self.empty)

    def select_entry(self, kind: str, entry_id: int) -> None:
        row = self.model.row_of(kind, entry_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def current_entry(self) -> TimelineEntry | None:
        index = self.view.currentIndex()
        return index.data(TimelineModel.EntryRole) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.entry_selected.emit(
            current.data(TimelineModel.EntryRole) if current.isValid() else None
        )
