"""Small windows for remote work: the drop menu (encode here or send to a provider) and "Track remote job…"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMenu

from app.providers.registry import PROVIDERS


def provider_choices(push_only: bool = False) -> list[tuple[str, str]]:
    """(name, title) of every provider, or of those that accept uploads."""
    return [(name, cls.title) for name, cls in PROVIDERS.items() if cls.can_push or not push_only]


class DropMenu(QMenu):
    """Offered for dropped files when the settings say "ask": encode here, or send to one provider."""

    def __init__(self, window, paths: list[str]):
        super().__init__(window)
        self.paths = paths
        here = self.addAction(self.tr("Encode here"))
        here.triggered.connect(lambda: window.controller.add_paths(paths))
        self.addSeparator()
        for name, title in provider_choices(push_only=True):
            action = self.addAction(self.tr("Send to %1").replace("%1", title))
            action.setData(name)
            action.triggered.connect(lambda _=False, n=name: window.send_to(paths, n))


class TrackDialog(QDialog):
    """A provider and a job identifier there: the job joins the queue and is followed to its end."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Track remote job"))
        self.provider_box = QComboBox(self)
        for name, title in provider_choices():
            self.provider_box.addItem(title, name)
        self.provider_box.setCurrentIndex(max(0, self.provider_box.findData("oxolo")))
        self.id_edit = QLineEdit(self)
        self.id_edit.setPlaceholderText(self.tr("the video or job identifier at the provider"))
        self.note = QLabel(self.tr("Its base URL and key are the ones in Settings › Cloud providers."), self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.id_edit.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        form = QFormLayout(self)
        form.addRow(self.tr("Provider:"), self.provider_box)
        form.addRow(self.tr("Identifier:"), self.id_edit)
        form.addRow(self.note)
        form.addRow(buttons)

    def _accept(self):
        if self.remote_id():
            self.accept()

    def provider(self) -> str:
        return self.provider_box.currentData()

    def remote_id(self) -> str:
        return self.id_edit.text().strip()
