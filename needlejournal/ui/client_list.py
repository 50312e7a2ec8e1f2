"""The left panel: a searchable list of clients (a single "Me" in personal mode).

Searching only filters the list: the loaded client changes when someone chooses one (a click,
the arrow keys in the list, Enter in the search box), never on a keystroke. When the search
matches nobody, no client is shown, so nothing can be added to a client nobody chose.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCollator,
    QCollatorSortKey,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
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

from needlejournal.ui.client_words import client_subtitle
from needlejournal.ui.empty_state import view_or_empty
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from needlejournal.journal.records import ClientRecord, ClientSummary

AnyIndex = QModelIndex | QPersistentModelIndex


class _NameKey:
    """A row's place in the list: its name as the window's language sorts names (QCollator:
    "Émile" with the E's, "Åsa" after "Zora" in Swedish), case aside; ties by id."""

    __slots__ = ("id", "key")

    def __init__(self, key: QCollatorSortKey, client_id: int) -> None:
        self.key, self.id = key, client_id

    def __lt__(self, other: _NameKey) -> bool:
        order = self.key.compare(other.key)
        return order < 0 if order else self.id < other.id


def name_collator() -> QCollator:
    """The locale's name order (the window's language), case-insensitive."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # LANG=C: code points ("Émile" after "Zora")
        locale = QLocale(QLocale.Language.English)
    collator = QCollator(locale)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


class ClientListModel(QAbstractListModel):
    """Wraps a plain list of ClientSummary; roles give the record, its id, summary, subtitle."""

    ClientRole = Qt.ItemDataRole.UserRole + 1
    ClientIdRole = Qt.ItemDataRole.UserRole + 2
    SubtitleRole = Qt.ItemDataRole.UserRole + 3
    SummaryRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clients: list[ClientSummary] = []
        self._collator = name_collator()

    def _by_name(self, summary: ClientSummary) -> _NameKey:
        return _NameKey(self._collator.sortKey(summary.name), summary.id)

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._clients)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._clients):
            return None
        c = self._clients[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return c.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{c.name}\n{client_subtitle(c)}"
        if role == self.ClientRole:
            return c.client
        if role == self.SummaryRole:
            return c
        if role == self.ClientIdRole:
            return c.id
        if role == self.SubtitleRole:
            if c.client.archived:
                return self.tr("Archived · {sessions}").format(sessions=client_subtitle(c))
            return client_subtitle(c)
        return None

    @override
    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[self.ClientRole] = QByteArray(b"client")
        names[self.ClientIdRole] = QByteArray(b"clientId")
        names[self.SubtitleRole] = QByteArray(b"subtitle")
        names[self.SummaryRole] = QByteArray(b"summary")
        return names

    def set_clients(self, clients: Sequence[ClientSummary]) -> None:
        self.beginResetModel()
        self._clients = sorted(clients, key=self._by_name)
        self.endResetModel()

    def update_client(self, client: ClientSummary) -> None:
        """Replace or add one row (writes answer with the row they changed; refresh only it),
        keeping the rows in name order."""
        row = self.row_of(client.id)
        if row < 0:
            row = bisect.bisect(self._clients, self._by_name(client), key=self._by_name)
            self.beginInsertRows(QModelIndex(), row, row)
            self._clients.insert(row, client)
            self.endInsertRows()
            return
        self._clients[row] = client
        rest = self._clients[:row] + self._clients[row + 1 :]
        to = bisect.bisect(rest, self._by_name(client), key=self._by_name)
        if to != row:  # renamed past a neighbour: moved, so a selection follows it
            # Qt's destination is counted before the move: one past the last row it passes.
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), to + (to > row))
            self._clients = [*rest[:to], client, *rest[to:]]
            self.endMoveRows()
        index = self.index(self.row_of(client.id))
        self.dataChanged.emit(index, index)

    def client_at(self, row: int) -> ClientRecord:
        return self._clients[row].client

    def remove_client(self, client_id: int) -> None:
        """Drop a client's row (deleted or archived at another seat)."""
        row = self.row_of(client_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._clients[row]
            self.endRemoveRows()

    def row_of(self, client_id: int) -> int:
        return next((r for r, c in enumerate(self._clients) if c.id == client_id), -1)

    def summary_of(self, client_id: int) -> ClientSummary | None:
        row = self.row_of(client_id)
        return self._clients[row] if row >= 0 else None

    def client(self, client_id: int) -> ClientRecord | None:
        summary = self.summary_of(client_id)
        return summary.client if summary is not None else None

    def clients(self) -> list[ClientSummary]:
        return list(self._clients)


class ClientFilterModel(QSortFilterProxyModel):
    """The search (``client_matches``: name, phone, e-mail, notes, concerns) over the rows in
    the source model's name order.

    Archived clients are left out of the list, but a search finds them (marked "Archived").
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Not sorted here: the source model keeps its rows in name order. A proxy sorting
        # 1,000 names calls ``data()`` in Python ~13,000 times (~0.1 s at every start).
        self._query = ""

    def set_query(self, query: str) -> None:
        if not hasattr(self, "beginFilterChange"):  # Qt < 6.9
            self._query = query
            self.invalidateFilter()
            return
        self.beginFilterChange()  # 6.9+: invalidateFilter() is deprecated
        self._query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @override
    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if isinstance(model, ClientListModel):  # a plain call: this runs once per row
            client: ClientRecord | None = model.client_at(source_row)
        else:
            client = model.index(source_row, 0, source_parent).data(ClientListModel.ClientRole)
        if client is None:
            return False
        if not self._query.strip():
            return not client.archived
        from needlejournal.journal.client_search import client_matches  # only when searching

        return client_matches(client, self._query)


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
