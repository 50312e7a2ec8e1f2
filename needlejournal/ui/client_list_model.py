"""The client list's rows: every client in the window's name order (``ClientListModel``),
and the search over them (``ClientFilterModel``). Split out of ``ui.client_list``, which
paints and wires them.

Nothing here reads PySide's ``Qt`` namespace while the list is first filled and painted: its
first use builds all 93 of its enum types (~25 ms of Python), which the list's first paint
would wait for. The roles are Qt's fixed values (``ui.item_roles``) and the names sort
case-insensitively by folding case before the collator (``setCaseSensitivity`` takes a
``Qt.CaseSensitivity``)."""

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
    QSortFilterProxyModel,
)

from needlejournal.ui.client_words import client_subtitle
from needlejournal.ui.item_roles import DISPLAY_ROLE, EDIT_ROLE, TOOLTIP_ROLE, USER_ROLE
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from needlejournal.journal.records import ClientRecord, ClientSummary

AnyIndex = QModelIndex | QPersistentModelIndex


class _NameKey:
    """A row's place in the list: its name as the window's language sorts names (QCollator:
    "Émile" with the E's, "Åsa" after "Zora" in Swedish), case aside (folded before the
    collator sees it); ties by id."""

    __slots__ = ("id", "key")

    def __init__(self, key: QCollatorSortKey, client_id: int) -> None:
        self.key, self.id = key, client_id

    def __lt__(self, other: _NameKey) -> bool:
        order = self.key.compare(other.key)
        return order < 0 if order else self.id < other.id


def name_collator() -> QCollator:
    """The locale's name order (the window's language); give it case-folded names."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # LANG=C: code points ("Émile" after "Zora")
        locale = QLocale(QLocale.Language.English)
    return QCollator(locale)


class ClientListModel(QAbstractListModel):
    """Wraps a plain list of ClientSummary; roles give the record, its id, summary, subtitle."""

    ClientRole = USER_ROLE + 1
    ClientIdRole = USER_ROLE + 2
    SubtitleRole = USER_ROLE + 3
    SummaryRole = USER_ROLE + 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clients: list[ClientSummary] = []
        self._collator = name_collator()

    def _by_name(self, summary: ClientSummary) -> _NameKey:
        return _NameKey(self._collator.sortKey(summary.name.casefold()), summary.id)

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._clients)

    @override
    def data(self, index: AnyIndex, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._clients):
            return None
        c = self._clients[index.row()]
        if role in (DISPLAY_ROLE, EDIT_ROLE):
            return c.name
        if role == TOOLTIP_ROLE:
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
