"""Provider credentials: the operating system's keyring, a private file, or this session only.

Where a value comes from, in order:

1. the environment (`APIVIDEO_API_KEY`, `UPLOADCARE_PUBLIC_KEY`/`UPLOADCARE_SECRET_KEY`, `VIDEOSDK_API_KEY`/
   `VIDEOSDK_SECRET`, `OXOLO_API_KEY`, `UPLOADS_API_KEY`): scripting overrides everything;
2. this session's memory (the user chose "for this session only");
3. the keyring (the `keyring` package, service ``rendition-studio``, user name ``<provider>:<field>``);
4. ``credentials.json`` in the data folder, created readable and writable by the user only (0600).

When no keyring backend exists (keyring's ``fail.Keyring``, or `NoKeyringError`), `set(..., where="keyring")`
raises `NoKeyringBackend` with a message that says so; the settings dialog then offers "session only" or
"a file only you can read". Every secret read is registered with `app.core.redact` so that it is masked in
logs and errors; `Credentials` never shows values in its repr.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from collections.abc import Mapping
from dataclasses import dataclass

from app.core import redact
from app.core.errors import RenditionError
from app.core.redact import get_logger
from app.core.store import data_dir

log = get_logger("app.providers")

SERVICE = "rendition-studio"
KEYRING, SESSION, FILE, ENVIRONMENT = "keyring", "session", "file", "environment"
FILE_NAME = "credentials.json"


@dataclass(frozen=True)
class Field:
    name: str  # "api_key"
    env: str  # "APIVIDEO_API_KEY"
    label: str  # "API key", for the settings dialog
    secret: bool = True  # Uploadcare's public key is public by design


FIELDS: dict[str, tuple[Field, ...]] = {
    "apivideo": (Field("api_key", "APIVIDEO_API_KEY", "API key"),),
    "uploadcare": (Field("public_key", "UPLOADCARE_PUBLIC_KEY", "Public key", secret=False),
                   Field("secret_key", "UPLOADCARE_SECRET_KEY", "Secret key")),
    "videosdk": (Field("api_key", "VIDEOSDK_API_KEY", "API key"), Field("secret", "VIDEOSDK_SECRET", "Secret")),
    "oxolo": (Field("api_key", "OXOLO_API_KEY", "API key"),),
    "uploads": (Field("api_key", "UPLOADS_API_KEY", "API key"),),
}


class NoKeyringBackend(RenditionError):
    """No usable keyring on this system: the caller offers session-only or file storage."""

    def __init__(self, backend: str):
        super().__init__(f"no system keyring is available here (keyring backend: {backend}); keep the key for this "
                         f"session only, or in a file readable only by you")


class Credentials(Mapping):
    """A provider's credential values (read-only), with where each came from. Never prints the values."""

    def __init__(self, provider: str, values: dict, sources: dict):
        self.provider = provider
        self._values = dict(values)
        self.sources = dict(sources)

    def __getitem__(self, key):
        return self._values[key]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def missing(self) -> list[Field]:
        return [f for f in FIELDS.get(self.provider, ()) if not self._values.get(f.name)]

    def __repr__(self) -> str:
        shown = {k: (self.sources.get(k) or "?") for k in self._values}
        return f"Credentials({self.provider!r}, from={shown})"

    __str__ = __repr__


_session_lock = threading.Lock()
_session: dict[str, dict[str, str]] = {}  # provider -> field -> value, this process only


class CredentialStore:
    """Reads and writes credentials. `keyring_backend` and `environ` are injectable (tests, portable use)."""

    def __init__(self, folder: str | None = None, keyring_backend=None, environ: Mapping | None = None):
        self.folder = folder
        self._backend = keyring_backend
        self.environ = os.environ if environ is None else environ

    # -- the keyring ---------------------------------------------------------------------------------------
    @property
    def backend(self):
        if self._backend is None:
            import keyring

            self._backend = keyring.get_keyring()
        return self._backend

    def backend_name(self) -> str:
        b = self.backend
        return f"{type(b).__module__}.{type(b).__name__}"

    def keyring_available(self) -> bool:
        """Whether a real keyring backend is there (not keyring's ``fail.Keyring``)."""
        from keyring.backends import fail

        backend = self.backend
        if isinstance(backend, fail.Keyring):
            return False
        if type(backend).__name__ == "ChainerBackend" and not getattr(backend, "backends", None):
            return False
        try:
            return float(getattr(type(backend), "priority", 1)) > 0
        except Exception:  # priority raised: the backend cannot work here
            return False

    def _keyring_get(self, provider: str, field: str) -> str | None:
        if not self.keyring_available():
            return None
        from keyring.errors import KeyringError

        try:
            return self.backend.get_password(SERVICE, f"{provider}:{field}")
        except KeyringError as exc:
            log.warning("the keyring could not be read for %s: %s", provider, type(exc).__name__)
            return None

    # -- the private file ----------------------------------------------------------------------------------
    @property
    def file_path(self) -> str:
        return os.path.join(self.folder or data_dir(), FILE_NAME)

    def _read_file(self) -> dict:
        path = self.file_path
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return {}
        if os.name == "posix" and st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            os.chmod(path, 0o600)  # someone loosened it: only the user may read a file of keys
            log.warning("%s was readable by others; it is now readable only by you", path)
        try:
            with open(path, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError):
            log.warning("%s cannot be read; ignoring it", path)
            return {}
        return data if isinstance(data, dict) else {}

    def _write_file(self, data: dict) -> None:
        path = self.file_path
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)  # whatever the umask
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=1, sort_keys=True)
        except BaseException:
            try:
                os.remove(tmp)
            except OSError:
                pass
            raise
        os.replace(tmp, path)

    # -- public --------------------------------------------------------------------------------------------
    def get(self, provider: str) -> Credentials:
        """The provider's values, each from the first place that has it (environment, session, keyring, file)."""
        fields = FIELDS.get(provider, ())
        values, sources = {}, {}
        file_data = None
        with _session_lock:
            session = dict(_session.get(provider, {}))
        for f in fields:
            value, source = self.environ.get(f.env), ENVIRONMENT
            if not value:
                value, source = session.get(f.name), SESSION
            if not value:
                value, source = self._keyring_get(provider, f.name), KEYRING
            if not value:
                if file_data is None:
                    file_data = self._read_file()
                value, source = (file_data.get(provider) or {}).get(f.name), FILE
            if value:
                value = value.strip()
                values[f.name], sources[f.name] = value, source
                if f.secret:
                    redact.register(value)
        return Credentials(provider, values, sources)

    def set(self, provider: str, values: dict, where: str = KEYRING) -> None:
        """Keep values in the keyring, this session's memory, or the private file."""
        fields = {f.name: f for f in FIELDS.get(provider, ())}
        unknown = set(values) - set(fields)
        if not fields or unknown:
            raise ValueError(f"unknown credential fields for {provider!r}: {sorted(unknown) or provider}")
        for name, value in values.items():
            if fields[name].secret:
                redact.register(value)
        if where == KEYRING:
            if not self.keyring_available():
                raise NoKeyringBackend(self.backend_name())
            from keyring.errors import KeyringError

            try:
                for name, value in values.items():
                    self.backend.set_password(SERVICE, f"{provider}:{name}", value)
            except KeyringError as exc:
                raise RenditionError(f"the keyring refused to store the key ({type(exc).__name__})") from None
        elif where == SESSION:
            with _session_lock:
                _session.setdefault(provider, {}).update(values)
        elif where == FILE:
            data = self._read_file()
            data.setdefault(provider, {}).update(values)
            self._write_file(data)
        else:
            raise ValueError(f"unknown credential storage {where!r}")

    def delete(self, provider: str, where: str | None = None) -> None:
        """Forget the provider's stored values (from one place, or from all of them)."""
        fields = [f.name for f in FIELDS.get(provider, ())]
        if where in (None, SESSION):
            with _session_lock:
                _session.pop(provider, None)
        if where in (None, KEYRING) and self.keyring_available():
            from keyring.errors import KeyringError, PasswordDeleteError

            for name in fields:
                try:
                    self.backend.delete_password(SERVICE, f"{provider}:{name}")
                except (PasswordDeleteError, KeyringError):
                    pass
        if where in (None, FILE):
            data = self._read_file()
            if provider in data:
                del data[provider]
                self._write_file(data)

    def __repr__(self) -> str:
        return f"CredentialStore(folder={self.folder!r})"


def clear_session() -> None:
    with _session_lock:
        _session.clear()
