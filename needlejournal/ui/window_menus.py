"""The main window's menus and actions, and which of them are enabled when."""

from __future__ import annotations

from typing import TYPE_CHECKING

from needlejournal.ui.language import translate
from needlejournal.ui.window_parts import WindowParts

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence


class WindowMenus(WindowParts):
    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        o, a_ = self.opener, self._action
        self.new_session_action = a_(
            translate("MainWindow", "New &session…"), o.new_session, "Ctrl+N"
        )
        self.new_check_action = a_(
            translate("MainWindow", "New s&kin check…"), o.new_observation, "Ctrl+Shift+N"
        )
        self.find_action = a_(
            translate("MainWindow", "&Find client"), self.clients.focus_search, "Ctrl+F"
        )
        self.new_client_action = a_(translate("MainWindow", "New &client…"), o.new_client)
        self.edit_client_action = a_(translate("MainWindow", "&Edit client…"), o.edit_client)
        self.screening_action = a_(
            translate("MainWindow", "Client scree&ning…"), o.client_screening
        )
        self.clinic_action = a_(
            translate("MainWindow", "Clinic &mode (many clients)"), self._toggle_mode
        )
        self.clinic_action.setCheckable(True)
        self.quit_action = a_(translate("MainWindow", "&Quit"), self.close, "Ctrl+Q")
        self.products_action = a_(translate("MainWindow", "&Products…"), o.product_library)
        self.devices_action = a_(translate("MainWindow", "&Devices…"), o.device_library)
        self.guidance_action = a_(translate("MainWindow", "&Settings…"), o.guidance_settings)
        journal = self.journal_menu
        for a in (self.new_session_action, self.new_check_action):
            journal.addAction(a)
        journal.addSeparator()
        for a in (
            self.new_client_action,
            self.edit_client_action,
            self.screening_action,
            self.find_action,
        ):
            journal.addAction(a)
        journal.addSeparator()
        journal.addAction(self.clinic_action)
        journal.addSeparator()
        journal.addAction(self.quit_action)
        for a in (self.products_action, self.devices_action, self.guidance_action):
            self.library_menu.addAction(a)
        self.gallery.fill_menu(self.photos_menu)
        # MainWindow.build_panels adds the clinic actions, the action bar and Help next.

    def _set_client_actions(self, enabled: bool) -> None:
        """What adds to or edits the shown client: only while one is shown."""
        for a in (
            self.new_session_action,
            self.new_check_action,
            self.edit_client_action,
            self.screening_action,
            *self.clinic_actions.client_actions,
        ):
            a.setEnabled(enabled)

    def _set_journal_actions(self, enabled: bool) -> None:
        self._set_client_actions(enabled and self.current_client() is not None)
        for a in (
            self.new_client_action,
            self.clinic_action,
            self.products_action,
            self.devices_action,
            self.guidance_action,
        ):
            a.setEnabled(enabled)

    def _toggle_mode(self, clinic: bool) -> None:
        if self.controller is not None:
            self.controller.set_mode("clinic" if clinic else "personal")
