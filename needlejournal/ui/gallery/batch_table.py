"""The import dialog's list of files: a thumbnail, the capture time, a role and a view per file.

Role and view are guessed (``needlejournal.journal.batch_import``) as each file's capture time
arrives from a worker, and stay editable in place: a cell the user changed (or set for all with
the dialog's shared choice) is never guessed over again.

The role and view cells are items painted as drop-down boxes; a real ``QComboBox`` exists only
while one is being edited (``ChoiceDelegate``). A combo box per cell cost 400 widgets for 200
files: 60 ms to build the dialog and a 21-44 ms freeze tearing it down while the import's
progress was showing (issue 15); as items the table builds and goes in a few milliseconds, and
arrow keys move between cells instead of stepping through 400 tab stops.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from needlejournal.guidance import PhotoRole, PhotoView
from needlejournal.ui import terms, theme
from needlejournal.ui.local_dates import format_when
from needlejournal.ui.overrides import override

if TYPE_CHECKING:
    from needlejournal.journal.batch_import import Guess

ICON = 64
PHOTO, FILE, ROLE, VIEW, CHECK = range(5)
KEY = Qt.ItemDataRole.UserRole  # the stored word behind a role or view cell's label
AnyIndex = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A role or view cell: painted as a drop-down box showing its label; edited with a real
    ``QComboBox`` whose pick is committed at once (one click to open, one to choose)."""

    picked = Signal(int, int)  # row, column: the user chose in that cell

    def __init__(self, choices: dict[int, dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices  # column → stored word → label
        self._sizes: dict[tuple[int, str], QSize] = {}

    @override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        box = QStyleOptionComboBox()
        box.initFrom(widget)
        box.rect = self._box(option, index)
        box.currentText = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        box.state = option.state | QStyle.StateFlag.State_Enabled
        style.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, widget)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.save()  # the keyboard's cell: a ring as a focused combo box has
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(box.palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(QRectF(box.rect).adjusted(1, 1, -1, -1), 3, 3)
            painter.restore()

    def _box(self, option: QStyleOptionViewItem, index: AnyIndex) -> QRect:
        """A box of a combo's height, centred in the cell (the rows are a thumbnail tall)."""
        cell = option.rect
        rect = cell.adjusted(3, 0, -3, 0)
        rect.setHeight(min(cell.height() - 4, self.sizeHint(option, index).height()))
        rect.moveCenter(cell.center())
        return rect

    @override
    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        editor.setGeometry(self._box(option, index))  # where the painted box was

    @override
    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """The widest label's box, worked out once per column and font (every painted cell
        and the header's fit-to-contents ask)."""
        key = (index.column(), option.font.key())
        size = self._sizes.get(key)
        if size is None:
            widget = option.widget
            style = widget.style() if widget is not None else QApplication.style()
            metrics = option.fontMetrics
            labels = self.choices.get(index.column(), {}).values()
            text = max((metrics.horizontalAdvance(label) for label in labels), default=0)
            size = style.sizeFromContents(
                QStyle.ContentsType.CT_ComboBox,
                QStyleOptionComboBox(),
                QSize(text + 8, metrics.height() + 6),
                widget,
            )
            self._sizes[key] = size
        return size

    @override
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        for key, label in self.choices[index.column()].items():
            editor.addItem(label, key)
        editor.setAccessibleName(str(index.data(Qt.ItemDataRole.AccessibleTextRole) or ""))
        row, column = index.row(), index.column()

        def chosen(_i: int) -> None:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            self.picked.emit(row, column)

        editor.activated.connect(chosen)
        QTimer.singleShot(0, editor, editor.showPopup)  # opened to choose from, as a combo is
        return editor

    @override
    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(KEY))))

    @override
    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), KEY)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class BatchTable(QTableWidget):
    changed = Signal()  # a role or view changed (by the user or a guess)

    def __init__(self, files: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(len(files), 5, parent)
        self.files = list(files)
        self.taken: list[datetime | None] = [None] * len(files)
        self.problems: list[str | None] = [None] * len(files)
        self.read = [False] * len(files)  # its preview (and capture time) has arrived
        self.role_set_by_user: set[int] = set()
        self.view_set_by_user: set[int] = set()
        self.far_days: list[int | None] = [None] * len(files)
        self._quiet = False  # setting many cells: one ``changed`` at the end
        self.setHorizontalHeaderLabels(
            [self.tr("Photo"), self.tr("File"), self.tr("Role"), self.tr("View"), self.tr("Check")]
        )
        self.setAccessibleName(self.tr("Photos to import"))
        self.setIconSize(QSize(ICON, ICON))
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(ICON + 8)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Editors open on a click, F2, Enter or Space (``keyPressEvent``), never on arrow keys.
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.choices = {ROLE: terms.labels(PhotoRole), VIEW: terms.labels(PhotoView)}
        self.choice_delegate = ChoiceDelegate(self.choices, self)
        self.choice_delegate.picked.connect(self._picked)
        for col in (ROLE, VIEW):
            self.setItemDelegateForColumn(col, self.choice_delegate)
        header = self.horizontalHeader()
        header.setSectionResizeMode(PHOTO, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(PHOTO, ICON + 12)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.Stretch)
        for col in (ROLE, VIEW):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHECK, QHeaderView.ResizeMode.Stretch)
        self.photo_items = [self._item("") for _ in self.files]
        self.file_items = [self._item(p.name) for p in self.files]
        self.check_items = [self._item("") for _ in self.files]
        first_role, first_view = next(iter(self.choices[ROLE])), next(iter(self.choices[VIEW]))
        for row, path in enumerate(self.files):
            self.setItem(row, PHOTO, self.photo_items[row])
            self.setItem(row, FILE, self.file_items[row])
            self.setItem(row, CHECK, self.check_items[row])
            for col, key, name in (
                (ROLE, first_role, self.tr("Role of {file}")),
                (VIEW, first_view, self.tr("View of {file}")),
            ):
                item = QTableWidgetItem(self.choices[col][key])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable)
                item.setData(KEY, key)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, name.format(file=path.name))
                self.setItem(row, col, item)
        self.itemChanged.connect(self._item_changed)
        self.clicked.connect(self._clicked)

    def _item(self, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item

    # ---- editing ----------------------------------------------------------------------------

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() in (ROLE, VIEW):
            self.edit(index)

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        opens = event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if opens and index.column() in (ROLE, VIEW) and self.state() != self.State.EditingState:
            self.edit(index)
            return
        super().keyPressEvent(event)

    def _picked(self, row: int, column: int) -> None:
        """The user's pick, never a guess's: the cell keeps it from now on."""
        (self.role_set_by_user if column == ROLE else self.view_set_by_user).add(row)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (ROLE, VIEW) and not self._quiet:
            self.changed.emit()

    @contextmanager
    def _many(self) -> Iterator[None]:
        """Set many cells, then say ``changed`` once (not once per cell of 200 files)."""
        before = self.current_choices()
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False
        if self.current_choices() != before:
            self.changed.emit()

    # ---- reading and setting ----------------------------------------------------------------

    def current_choices(self) -> list[tuple[str, str]]:
        return [(self.role(r), self.view(r)) for r in range(self.rowCount())]

    def _key(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return str(item.data(KEY)) if item is not None else ""

    def _set(self, row: int, column: int, key: str) -> None:
        labels = self.choices[column]
        if key not in labels:
            key = next(iter(labels))
        item = self.item(row, column)
        if item is None or item.data(KEY) == key:
            return
        quiet, self._quiet = self._quiet, True  # the word and its label, then one ``changed``
        item.setData(KEY, key)
        item.setText(labels[key])
        self._quiet = quiet
        if not quiet:
            self.changed.emit()

    def role(self, row: int) -> str:
        return self._key(row, ROLE)

    def view(self, row: int) -> str:
        return self._key(row, VIEW)

    def set_role(self, row: int, role: str, *, by_user: bool = False) -> None:
        self._set(row, ROLE, role)
        if by_user:
            self.role_set_by_user.add(row)

    def set_view(self, row: int, view: str, *, by_user: bool = False) -> None:
        self._set(row, VIEW, view)
        if by_user:
            self.view_set_by_user.add(row)

    def set_all_roles(self, role: str) -> None:
        """The dialog's shared choice: every file, and no guess over it afterwards."""
        with self._many():
            for row in range(self.rowCount()):
                self.set_role(row, role, by_user=True)

    def set_all_views(self, view: str) -> None:
        with self._many():
            for row in range(self.rowCount()):
                self.set_view(row, view, by_user=True)

    def set_preview(
        self, row: int, image: QImage | None, taken: datetime | None, problem: str | None
    ) -> None:
        self.read[row] = True
        self.taken[row] = taken
        self.problems[row] = problem
        if image is not None and not image.isNull():
            self.photo_items[row].setIcon(QIcon(QPixmap.fromImage(image)))
        name = self.files[row].name
        when = format_when(taken) if taken is not None else self.tr("no capture time")
        self.file_items[row].setText(f"{name}\n{when}")
        self._show_check(row)

    def apply_guesses(self, guesses: Sequence[Guess]) -> None:
        """Fill what was guessed, except what the user set; record far capture dates."""
        with self._many():
            for row, guess in enumerate(guesses):
                if guess.role is not None and row not in self.role_set_by_user:
                    self.set_role(row, guess.role)
                if guess.view is not None and row not in self.view_set_by_user:
                    self.set_view(row, guess.view)
                self.far_days[row] = guess.days_from_session
                self._show_check(row)

    def _show_check(self, row: int) -> None:
        item = self.check_items[row]
        if self.problems[row]:
            text = self.problems[row] or ""
        elif self.far_days[row] is not None:
            text = self.tr("Taken %n day(s) from the session's date.", "", self.far_days[row] or 0)
        else:
            text = ""
        item.setText(text)
        item.setForeground(theme.warning_color(self.palette()) if text else self.palette().text())

    def far_files(self) -> list[tuple[str, int]]:
        return [
            (self.files[r].name, days) for r, days in enumerate(self.far_days) if days is not None
        ]
