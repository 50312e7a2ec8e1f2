"""The left panel: a searchable list of clients (a single "Me" in personal mode).

Searching only filters the list: the loaded client changes when someone chooses one (a click,
the arrow keys in the list, Enter in the search box), never on a keystroke. When the search
matches nobody, no client is shown, so nothing can be added to a client nobody chose.

The list is the first thing filled at start-up, so building, filling and painting it reads
neither PySide's ``Qt`` namespace nor ``QStyle``: their first use builds ~100 enum types
(~30 ms of Python) that the names would wait for; what needs them runs once someone can
choose (``finish_loading``) or on a click.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPointF, QSize, Signal
from PySide6.QtGui import QFontMetrics, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from needlejournal.ui.client_list_model import AnyIndex, ClientFilterModel
from needlejournal.ui.client_list_model import ClientListModel as ClientListModel
from needlejournal.ui.empty_state import view_or_empty
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QBrush, QFont, QKeyEvent, QMouseEvent, QPainter

    from needlejournal.journal.records import ClientRecord

ELLIPSIS = "\u2026"


def elide_right(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` cut to fit ``width`` with an ellipsis, as ``QFontMetrics.elidedText`` would
    with ``Qt.TextElideMode.ElideRight`` (which only takes that enum: see the module doc).
    Never splits a letter from its accent."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    fits, longest = 0, len(text)
    while fits < longest:  # the longest prefix that fits with the ellipsis
        middle = (fits + longest + 1) // 2
        if metrics.horizontalAdvance(text[:middle] + ELLIPSIS) <= width:
            fits = middle
        else:
            longest = middle - 1
    while 0 < fits < len(text) and unicodedata.combining(text[fits]):
        fits -= 1
    return text[:fits].rstrip() + ELLIPSIS


def draw_line(painter: QPainter, text: str, font: QFont, brush: QBrush, at: QPointF) -> None:
    """One line of ``text`` with its top-left at ``at``, in ``brush``'s colour.

    Through a QTextLayout, not ``QPainter.setPen`` + ``drawText``: ``setPen``'s overloads
    include ``Qt.PenStyle``, so its first call builds the whole ``Qt`` namespace (see the
    module doc), which the first paint of the names would wait for.
    """
    layout = QTextLayout(text, font)
    colour = QTextCharFormat()
    colour.setForeground(brush)
    whole = QTextLayout.FormatRange()
    whole.start, whole.length, whole.format = 0, len(text), colour
    layout.setFormats([whole])
    layout.beginLayout()
    layout.createLine()  # one line, as wide as the text: it was cut to fit (elide_right)
    layout.endLayout()
    layout.draw(painter, at)


class _ClientDelegate(QStyledItemDelegate):
    """Two lines per client: the name, then the session count, smaller and muted."""

    @override
    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the base paints the row (background, selection, focus) but no text

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        view = option.widget
        # What the view marks selected, without ``option.state`` (a ``QStyle`` flag).
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        pal = option.palette
        text = pal.brush(pal.ColorRole.HighlightedText if selected else pal.ColorRole.Text)
        rect = option.rect.adjusted(12, 6, -8, -6)
        font = option.font
        name = elide_right(option.fontMetrics, str(index.data()), rect.width())
        draw_line(painter, name, font, text, QPointF(rect.topLeft()))
        small = option.font
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        sub = str(index.data(ClientListModel.SubtitleRole) or "")
        sub = elide_right(QFontMetrics(small), sub, rect.width())
        muted = text if selected else pal.brush(pal.ColorRole.PlaceholderText)
        top = rect.y() + option.fontMetrics.height() + 2
        draw_line(painter, sub, small, muted, QPointF(rect.x(), top))

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        fm = option.fontMetrics
        return QSize(160, int(fm.height() * 1.85) + 14)


class _ClientView(QListView):
    """A list that says when a person moved its cursor (click or keys), not the filter."""

    user_chose = Signal(QModelIndex)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
        from PySide6.QtCore import Qt  # a click: long after the first paint

        super().mousePressEvent(event)
        index = self.indexAt(event.position().toPoint())
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            self.user_chose.emit(index)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        before = self.currentIndex()
        super().keyPressEvent(event)
        if self.currentIndex().isValid() and self.currentIndex() != before:
            self.user_chose.emit(self.currentIndex())


class ClientListPanel(QWidget):
    """Search box over the client list; tells the window which client is shown.

    ``client_selected`` carries the chosen client, or None while the search matches nobody.
    """

    client_selected = Signal(object)  # ClientRecord | None
    # The status line's count ("3 of 200 clients"); True when a person changed the search.
    count_changed = Signal(str, bool)

    def __init__(self, model: ClientListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.new_client_action: QAction | None = None  # the empty list's button (the window's)
        self.clear_action: QAction | None = None  # Escape in the search (``finish_loading``)
        self.loading = True  # until the journal has listed its clients: no "No clients yet"
        self.chosen_id: int | None = None  # the client last chosen, kept while searching
        self.shown_id: int | None = None  # what the window shows: None when nothing matches
        self.proxy = ClientFilterModel(self)
        self.proxy.setSourceModel(model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a client: name, phone, e-mail, notes"))
        self.search.setToolTip(
            self.tr("Searches names, phone numbers, e-mail addresses and notes (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find a client"))
        self.search.textChanged.connect(self.proxy.set_query)
        self.search.returnPressed.connect(self._choose_match)
        self.view = _ClientView(self)
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(_ClientDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(True)
        self.view.setAccessibleName(self.tr("Clients"))
        self.view.user_chose.connect(self._choose_index)
        self.view.activated.connect(self._choose_index)
        self.empty, self.stack = view_or_empty(self, self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)
        for signal in (
            self.proxy.modelReset,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._list_changed)
        self.search.textChanged.connect(self._refresh)
        self.search.textChanged.connect(lambda _text: self.count_changed.emit(self.count(), True))
        self._refresh()

    def finish_loading(self) -> None:
        """The journal's own list is in: the panel can be used (the window enables it)."""
        self.loading = False
        if self.clear_action is None:
            self.clear_action = self._escape_clears_search()
        self._refresh()

    def _escape_clears_search(self) -> QAction:
        # Built once the search can take keys: its shortcut context is a ``Qt`` enum.
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QAction, QKeySequence

        clear = QAction(self.search)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)
        return clear

    def set_personal(self, personal: bool) -> None:
        # One person needs no search box.
        self.search.setVisible(not personal)

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def select_client(self, client_id: int) -> None:
        """Choose a client from code (start-up, a new client saved); shown even if it was."""
        if self.model.row_of(client_id) < 0:
            return
        if not self.proxy.mapFromSource(self.model.index(self.model.row_of(client_id))).isValid():
            self.search.clear()  # a search that hides the client would hide the choice too
        self.chosen_id = client_id
        self.shown_id = None  # emit again: the caller wants it (re)loaded
        self._refresh()

    def current_client(self) -> ClientRecord | None:
        """The client shown (the list's up-to-date record), None while nothing matches."""
        return self.model.client(self.shown_id) if self.shown_id is not None else None

    def _choose_index(self, index: QModelIndex) -> None:
        client: ClientRecord | None = index.data(ClientListModel.ClientRole)
        if client is not None and client.id != self.shown_id:
            self.chosen_id = client.id
            self._refresh()

    def _choose_match(self) -> None:
        """Enter in the search box: the highlighted match, else the first one."""
        index = self.view.currentIndex()
        if not index.isValid():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self._choose_index(index)

    def count(self) -> str:
        """How many clients the list shows, of how many: "3 of 200 clients" while searching;
        archived ones (listed only by a search) are counted apart."""
        everyone = self.model.rowCount()
        archived = sum(1 for c in self.model.clients() if c.client.archived)
        shown = self.proxy.rowCount()
        if self.search.text().strip():
            found = sum(
                1
                for row in range(shown)
                if self.proxy.index(row, 0).data(ClientListModel.ClientRole).archived
            )
            text = self.tr("{shown} of %n client(s)", "", everyone).format(shown=shown)
            if found:
                text = self.tr("{count} (%n archived)", "", found).format(count=text)
            return text
        text = self.tr("%n client(s)", "", everyone - archived)
        if archived:
            text = self.tr("{count} · %n archived (a search finds them)", "", archived).format(
                count=text
            )
        return text

    def _list_changed(self, *_args: object) -> None:
        self._refresh()
        self.count_changed.emit(self.count(), False)

    def _refresh(self, *_args: object) -> None:
        """Keep the highlight on the chosen client; tell the window when the shown one changes."""
        chosen = self.model.client(self.chosen_id) if self.chosen_id is not None else None
        shown = chosen if chosen is not None and self.proxy.rowCount() > 0 else None
        index = QModelIndex()
        if chosen is not None:
            index = self.proxy.mapFromSource(self.model.index(self.model.row_of(chosen.id)))
        if index.isValid():
            if self.view.currentIndex() != index:
                self.view.setCurrentIndex(index)
        else:
            self.view.selectionModel().clear()
        self._update_empty_state()
        shown_id = shown.id if shown is not None else None
        if shown_id != self.shown_id:
            self.shown_id = shown_id
            self.client_selected.emit(shown)

    def _update_empty_state(self) -> None:
        if self.proxy.rowCount() > 0:
            self.stack.setCurrentWidget(self.view)
            return
        if self.loading:
            self.empty.setText("")
        elif self.model.rowCount() == 0:
            self.empty.say(
                self.tr("No clients yet."), self.new_client_action, self.tr("Add the first client")
            )
        else:
            self.empty.setText(
                self.tr("No client matches “{search}”.").format(search=self.search.text())
            )
        self.stack.setCurrentWidget(self.empty)
