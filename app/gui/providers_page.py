"""Settings › Cloud providers: what dropped files do, each provider's base URLs and keys, and where keys are kept.

Keys go to the operating system's keyring (the `keyring` package). Where no keyring backend exists the page
says so, and the user keeps keys for this session only or in a file only they can read. Fields show whether a
key is already set (and where from) without ever showing it; an empty field leaves the stored key as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QScrollArea, QVBoxLayout,
                               QWidget)

from app.core.errors import UsageError
from app.providers.credentials import ENVIRONMENT, FIELDS, FILE, KEYRING, SESSION, CredentialStore
from app.providers.registry import PROVIDERS, check_url
from app.gui.remote_dialogs import provider_choices


ROLE_LABELS = {"base": QT_TRANSLATE_NOOP("ProvidersPage", "Base URL:"),
               "api": QT_TRANSLATE_NOOP("ProvidersPage", "API URL:"),
               "upload": QT_TRANSLATE_NOOP("ProvidersPage", "Upload URL:"),
               "storage": QT_TRANSLATE_NOOP("ProvidersPage", "Storage URL:"),
               "cdn": QT_TRANSLATE_NOOP("ProvidersPage", "CDN URL:")}
FIELD_LABELS = {"API key": QT_TRANSLATE_NOOP("ProvidersPage", "API key:"),
                "Public key": QT_TRANSLATE_NOOP("ProvidersPage", "Public key:"),
                "Secret key": QT_TRANSLATE_NOOP("ProvidersPage", "Secret key:"),
                "Secret": QT_TRANSLATE_NOOP("ProvidersPage", "Secret:")}


def _label(table: dict, key: str, fallback: str) -> str:
    return QCoreApplication.translate("ProvidersPage", table[key]) if key in table else fallback


class ProvidersPage(QScrollArea):
    def __init__(self, endpoints: dict[str, dict], credentials: CredentialStore, drop_action: str,
                 uploads_folder: str, parent=None):
        super().__init__(parent)
        self.credentials = credentials
        self.setWidgetResizable(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)

        general = QGroupBox(self.tr("Dropped files"), body)
        form = QFormLayout(general)
        self.drop_action = QComboBox(general)
        self.drop_action.addItem(self.tr("Encode here"), "local")
        self.drop_action.addItem(self.tr("Ask each time"), "ask")
        for name, title in provider_choices(push_only=True):
            self.drop_action.addItem(self.tr("Send to %1").replace("%1", title), name)
        self.drop_action.setCurrentIndex(max(0, self.drop_action.findData(drop_action)))
        form.addRow(self.tr("When files are dropped:"), self.drop_action)
        self.uploads_folder = QLineEdit(uploads_folder, general)
        self.uploads_folder.setToolTip(self.tr("The Uploads API's collection path, e.g. root/my-folder"))
        form.addRow(self.tr("Uploads API folder:"), self.uploads_folder)
        self.where = QComboBox(general)
        keyring_ok = credentials.keyring_available()
        self.where.addItem(self.tr("the system keyring"), KEYRING)
        self.where.addItem(self.tr("this session only"), SESSION)
        self.where.addItem(self.tr("a file only you can read"), FILE)
        if not keyring_ok:
            model = self.where.model()
            assert isinstance(model, QStandardItemModel)  # a combo box's own model
            model.item(0).setEnabled(False)
            self.where.setCurrentIndex(1)
        form.addRow(self.tr("Keep new keys in:"), self.where)
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        if not keyring_ok:
            self.keyring_note.setText(self.tr(
                "No keyring is available on this system (%1). Keep keys for this session only, or in a file only "
                "you can read (%2).").replace("%1", credentials.backend_name()).replace("%2", credentials.file_path))
            form.addRow(self.keyring_note)
        layout.addWidget(general)

        self.url_edits: dict[tuple[str, str], QLineEdit] = {}
        self.key_edits: dict[tuple[str, str], QLineEdit] = {}
        for name, cls in PROVIDERS.items():
            box = QGroupBox(cls.title, body)
            form = QFormLayout(box)
            for role, default in cls.ENDPOINTS.items():
                edit = QLineEdit((endpoints.get(name) or {}).get(role, ""), box)
                edit.setPlaceholderText(default or self.tr("required, e.g. https://example.org/api/client/v1"))
                form.addRow(_label(ROLE_LABELS, role, f"{role} URL:"), edit)
                self.url_edits[(name, role)] = edit
            current = credentials.get(name)
            for field in FIELDS[name]:
                edit = QLineEdit(box)
                if field.secret:
                    edit.setEchoMode(QLineEdit.EchoMode.Password)
                source = current.sources.get(field.name) if hasattr(current, "sources") else None
                edit.setPlaceholderText(self._source_text(source, field.env))
                form.addRow(_label(FIELD_LABELS, field.label, f"{field.label}:"), edit)
                self.key_edits[(name, field.name)] = edit
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)

    def _source_text(self, source: str | None, env: str) -> str:
        texts: dict[str | None, str] = {ENVIRONMENT: self.tr("set by %1").replace("%1", env),
                                        SESSION: self.tr("kept for this session"),
                                        KEYRING: self.tr("kept in the keyring"),
                                        FILE: self.tr("kept in the private file")}
        return texts.get(source, self.tr("not set (or set %1)").replace("%1", env))

    # -- results ---------------------------------------------------------------------------------------------
    def endpoints(self) -> dict[str, dict]:
        """The base URLs typed in, checked; raises `UsageError` naming the first bad one."""
        out: dict[str, dict] = {}
        for (name, role), edit in self.url_edits.items():
            url = edit.text().strip()
            if url:
                out.setdefault(name, {})[role] = check_url(url, f"{PROVIDERS[name].title} {role} URL")
        return out

    def bad_url_field(self) -> QLineEdit | None:
        for (_name, role), edit in self.url_edits.items():
            try:
                if edit.text().strip():
                    check_url(edit.text().strip(), role)
            except UsageError:
                return edit
        return None

    def new_keys(self) -> dict[str, dict]:
        """Only the fields the user typed into: provider -> {field: value}."""
        out: dict[str, dict] = {}
        for (name, field), edit in self.key_edits.items():
            if edit.text().strip():
                out.setdefault(name, {})[field] = edit.text().strip()
        return out

    def save_keys(self) -> None:
        """Store the typed keys where the user chose; raises the store's error (e.g. no keyring) with its reason."""
        where = self.where.currentData()
        for provider, values in self.new_keys().items():
            self.credentials.set(provider, values, where)
