"""The left panel: a searchable list of clients (a single "Me" in personal mode).

Searching only filters the list: the loaded client changes when someone chooses one (a click,
the arrow keys in the list, Enter in the search box), never on a keystroke. When the search
matches nobody, no client is shown, so nothing can be added to a client nobody chose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyle,
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
    from needlejournal.journal.records import ClientRecord


class _ClientDelegate(QStyledItemDelegate):
    """Two lines per client: the name, then the session count in a muted colour."""

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(style.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal = opt.palette
        text_role = pal.ColorRole.HighlightedText if selected else pal.ColorRole.Text
        rect = opt.rect.adjusted(12, 6, -8, -6)
        painter.save()
        painter.setPen(pal.color(text_role))
        font = opt.font
        painter.setFont(font)
        fm = painter.fontMetrics()
        name = fm.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y() + fm.ascent(), name)
        small = opt.font
        small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        painter.setFont(small)
        muted = pal.color(text_role)
        if not selected:
            muted = pal.color(pal.ColorRole.PlaceholderText)
        painter.setPen(muted)
        sub = str(index.data(ClientListModel.SubtitleRole) or "")
        sfm = painter.fontMetrics()
        sub = sfm.elidedText(sub, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect.x(), rect.y() + fm.height() + 2 + sfm.ascent(), sub)
        painter.restore()

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        fm = option.fontMetrics
        return QSize(160, int(fm.height() * 1.85) + 14)


class _ClientView(QListView):
    """A list that says when a person moved its cursor (click or keys), not the filter."""

    user_chose = Signal(QModelIndex)

    @override
    def mousePressEvent(self, event: QMouseEvent) -> None:
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
        clear = QAction(self.search)
        clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear.triggered.connect(self.search.clear)
        self.search.addAction(clear)
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
        self.loading = False
        self._refresh()

    def set_personal(self, personal: bool) -> None:
        # One person needs no search box.
        self.search.setVisible(not personal)

    def focus_search(self) -> None:
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
