"""The preset manager: the built-in presets (read-only) and the user's, kept by `app.core.presets`.

Save the current settings as a preset, rename, delete, set the default, import and export JSON files. Every change
is saved at once; what cannot be done is said in the dialog with the reason (a bad file names the field at fault).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout)

from app.core.errors import RenditionError, UsageError
from app.core.ladder import PRESETS
from app.core.presets import PresetLibrary
from app.gui.preferences import Preferences
from app.gui.settings_dialog import error_label


class PresetsDialog(QDialog):
    def __init__(self, current: Preferences, parent=None, library: PresetLibrary | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Presets"))
        self.setObjectName("presetsDialog")
        self.current = current  # what "Save current as…" saves
        self.default_set: str | None = None  # the preset made the default here, if any
        self.list = QListWidget(self)
        self.list.setObjectName("presetList")
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.error = error_label(self, "presetsError")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.hide()

        self.save_as = QPushButton(self.tr("Save current as…"), self)
        self.rename = QPushButton(self.tr("Rename…"), self)
        self.delete = QPushButton(self.tr("Delete"), self)
        self.make_default = QPushButton(self.tr("Set as default"), self)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.save_as.setToolTip(self.tr("Keep the settings shown in Settings as a preset of your own"))
        self.make_default.setToolTip(self.tr("New videos, and `encode` without --preset, use this preset"))
        for button, slot in ((self.save_as, self._ask_save), (self.rename, self._ask_rename),
                             (self.delete, self._ask_delete), (self.make_default, self.set_default_selected),
                             (self.import_button, self._ask_import), (self.export_button, self._ask_export)):
            button.clicked.connect(slot)
        side = QVBoxLayout()
        for button in (self.save_as, self.rename, self.delete, self.make_default):
            side.addWidget(button)
        side.addSpacing(12)
        side.addWidget(self.import_button)
        side.addWidget(self.export_button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(row, 1)
        outer.addWidget(self.details)
        outer.addWidget(self.note)
        outer.addWidget(self.error)
        outer.addWidget(close)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.resize(560, 360)

        self.library: PresetLibrary | None = library
        if library is None:
            try:
                self.library = PresetLibrary()
            except UsageError as exc:  # a damaged file is never overwritten from here: the reason, and read-only
                self._fail(self.tr("Your presets cannot be read: %1").replace("%1", str(exc)))
        self._refill()

    # -- the list ----------------------------------------------------------------------------------------------
    def _refill(self, select: str | None = None) -> None:
        select = select or self.selected()
        self.list.clear()
        names = self.library.names() if self.library else list(PRESETS)
        for name in names:
            user = self.library is not None and self.library.find(name) is not None
            label = name if user else self.tr("%1 (built-in)").replace("%1", name)
            if self.library is not None and name == self.library.default:
                label = self.tr("%1 — default").replace("%1", label)
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setData(Qt.ItemDataRole.UserRole + 1, user)
        rows = [i for i in range(self.list.count()) if self.list.item(i).data(Qt.ItemDataRole.UserRole) == select]
        self.list.setCurrentRow(rows[0] if rows else 0)
        self.save_as.setEnabled(self.library is not None)
        self.import_button.setEnabled(self.library is not None)
        self._selected()

    def selected(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _selected(self) -> None:
        item = self.list.currentItem()
        user = bool(item is not None and item.data(Qt.ItemDataRole.UserRole + 1))
        for button in (self.rename, self.delete, self.export_button):
            button.setEnabled(user)  # the built-in presets are read-only (and every machine has them)
        self.make_default.setEnabled(self.library is not None and item is not None)
        name = self.selected() or ""
        self.details.setText(self.library.description(name) if self.library and name else "")

    # -- actions (each one saved at once; the `ask` ones ask first, the others are what tests call) ----------------
    def save_current(self, name: str) -> bool:
        return self._do(lambda lib: lib.add(self.current.as_preset(name)).name,
                        self.tr("Saved as %1."))

    def rename_selected(self, new: str) -> bool:
        old = self.selected() or ""
        return self._do(lambda lib: lib.rename(old, new), self.tr("Renamed to %1."))

    def delete_selected(self) -> bool:
        name = self.selected() or ""
        return self._do(lambda lib: (lib.delete(name), name)[1], self.tr("Deleted %1."))

    def set_default_selected(self) -> bool:
        name = self.selected() or ""
        if self._do(lambda lib: (lib.set_default(name), name)[1], self.tr("%1 is the default preset now.")):
            self.default_set = name
            return True
        return False

    def import_from(self, path: str) -> bool:
        def run(lib: PresetLibrary) -> str:
            added = lib.import_file(path)
            return ", ".join(new for _old, new in added)
        return self._do(run, self.tr("Imported: %1."))

    def export_to(self, path: str) -> bool:
        name = self.selected() or ""
        return self._do(lambda lib: (lib.export([name], path), path)[1], self.tr("Exported to %1."))

    def _do(self, action, done: str) -> bool:
        if self.library is None:
            return False
        try:
            result = action(self.library)
        except RenditionError as exc:
            self._fail(str(exc))
            return False
        self.error.hide()
        self.note.setText(done.replace("%1", str(result)))
        self.note.show()
        self._refill(select=result if isinstance(result, str) and self.library.has(result) else None)
        return True

    def _fail(self, reason: str) -> None:
        self.note.hide()
        self.error.setText(reason)
        self.error.show()

    # -- asking ----------------------------------------------------------------------------------------------------
    def _ask_save(self):
        name, ok = QInputDialog.getText(self, self.tr("Save current as"), self.tr("Preset name:"))
        if ok:
            self.save_current(name)

    def _ask_rename(self):
        name, ok = QInputDialog.getText(self, self.tr("Rename preset"), self.tr("New name:"), QLineEdit.EchoMode.Normal,
                                        self.selected() or "")
        if ok:
            self.rename_selected(name)

    def _ask_delete(self):
        answer = QMessageBox.question(self, self.tr("Delete preset"),
                                      self.tr("Delete the preset %1?").replace("%1", self.selected() or ""))
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_selected()

    def _ask_import(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import presets"), "",
                                              self.tr("Presets (*.json);;All files (*)"))
        if path:
            self.import_from(path)

    def _ask_export(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export preset"), f"{self.selected()}.json",
                                              self.tr("Presets (*.json)"))
        if path:
            self.export_to(path)
