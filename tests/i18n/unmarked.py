"""Find user-visible string literals in ui/ that do not go through Qt's translation system.

An AST walk, no Qt: a literal (or an f-string, or ``"…".format(…)``/``%``/``+`` built on one)
passed to a Qt call that puts text on screen — a setter (``setText``, ``setToolTip``…), a
constructor (``QLabel("…")``, ``QAction("…")``…), a menu or item adder (``addMenu``,
``addAction``, ``addItem``, ``addRow``, ``addTab``…) or a message box — is unmarked unless
it sits inside ``tr()``/``translate()``/``QT_TRANSLATE_NOOP()``. Text with no letters
("—", "%", "0") and the app's name need no translation. A line may opt out with
``# i18n: not shown`` (say why on the line above), for text that only looks visible.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "QT_TRANSLATE_N_NOOP"}
# Every positional argument is text (or a list of texts).
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setLabelText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setInformativeText",
    "setDetailedText",
    "setIconText",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "setFormat",
    "setCancelButtonText",
    "setOkButtonText",
    "showMessage",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setTabText",
    "setTabToolTip",
    "setItemText",
    "setButtonText",
    "setDefaultSuffix",
    "setNameFilter",
    "setNameFilters",
    "addMenu",
    "addAction",
    "addItem",
    "addItems",
    "insertItem",
    "addRow",
    "insertRow",
    "addTab",
    "insertTab",
    "addButton",
    "addSection",
    "say",
    "drawText",
    "emit",
}
CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolBar",
    "QDockWidget",
    "QCommandLinkButton",
    "QMessageBox",
    "QProgressDialog",
    "QTableWidgetItem",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "QStandardItem",
    "QWidgetAction",
}
# Static dialogs: QMessageBox.information(parent, title, text…), QFileDialog.get…(parent,
# caption, dir, filter), QInputDialog.get…(parent, title, label…).
STATIC_DIALOGS = {
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "getText",
    "getInt",
    "getDouble",
    "getItem",
    "getMultiLineText",
    "getOpenFileName",
    "getOpenFileNames",
    "getSaveFileName",
    "getExistingDirectory",
}
# The project's own helpers that put text on screen: name → which positional arguments.
HELPERS = {
    "_action": (0,),
    "show_message": (0, 1),
    "confirm": (1, 2),
    "ask_save_path": (1, 3),
    "ask_folder": (1,),
    "ask_to_restore": (1,),
    "score_row": (2,),
    "count_suffix": (1,),
    "add_rows": (),  # day_after_label= is a keyword: see _text_args
}
UNTRANSLATED = {"NeedleJournal"}
OPT_OUT = "# i18n: not shown"


@dataclass(frozen=True)
class Unmarked:
    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text!r}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_words(text: str) -> bool:
    """Letters outside HTML tags and ``{placeholders}``: markup alone is not words."""
    bare = re.sub(r"<[^>]*>|\{[^}]*\}", "", text)
    return any(ch.isalpha() for ch in bare) and bare.strip() not in UNTRANSLATED


def literal_text(node: ast.expr) -> Iterator[tuple[int, str]]:
    """(line, text) of each literal in ``node`` that reaches the screen untranslated."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and _is_words(node.value):
            yield node.lineno, node.value
    elif isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        text = "".join(str(p) for p in parts)
        if _is_words(text):
            yield node.lineno, "f" + repr(text)
    elif isinstance(node, ast.BinOp):
        yield from literal_text(node.left)
        yield from literal_text(node.right)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from literal_text(element)
    elif isinstance(node, ast.IfExp):
        yield from literal_text(node.body)
        yield from literal_text(node.orelse)
    elif isinstance(node, ast.Call):
        name = _name(node.func)
        if name in MARKERS:
            return
        if isinstance(node.func, ast.Attribute) and name in ("format", "join"):
            yield from literal_text(node.func.value)
            if name == "join":  # ", ".join(["a", "b"]): the words are the items
                for arg in node.args:
                    yield from literal_text(arg)


def _text_args(call: ast.Call) -> list[ast.expr]:
    """The arguments of ``call`` that Qt shows as text."""
    name = _name(call.func)
    keywords = [
        k.value
        for k in call.keywords
        if k.arg in ("text", "title", "toolTip", "label", "button", "day_after_label")
    ]
    if name in TEXT_SETTERS or name in CONSTRUCTORS:
        return [*call.args, *keywords]
    if name in HELPERS:
        wanted = HELPERS[name]
        return [a for i, a in enumerate(call.args) if i in wanted] + keywords
    if name in STATIC_DIALOGS and isinstance(call.func, ast.Attribute):
        owner = _name(call.func.value)
        if owner in ("QMessageBox", "QFileDialog", "QInputDialog"):
            return [*call.args[1:], *keywords]
    return []


def scan_source(source: str, path: Path) -> list[Unmarked]:
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        if _name(node.func) == "translate" and len(node.args) > 3:
            # lupdate records no plural forms for translate(context, text, None, n)
            found.append(Unmarked(path, node.lineno, "plural needs self.tr(text, '', n)"))
        for arg in _text_args(node):
            for line, text in literal_text(arg):
                if OPT_OUT in lines[line - 1]:
                    continue
                found.append(Unmarked(path, line, text))
    return sorted(set(found), key=lambda u: (str(u.path), u.line, u.text))


def scan(folder: Path, root: Path) -> list[Unmarked]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        found += scan_source(path.read_text(encoding="utf-8"), path.relative_to(root))
    return found
