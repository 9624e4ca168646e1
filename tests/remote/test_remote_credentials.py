"""Credentials: environment over session over keyring over a private file; no keyring backend handled."""

import os
import stat

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.core import redact
from app.core.store import data_dir
from app.providers.credentials import (ENVIRONMENT, FILE, KEYRING, SESSION, CredentialStore, NoKeyringBackend,
                                       clear_session)


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.items = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


def test_no_keyring_backend_is_reported_and_session_or_file_work(key):
    store = CredentialStore(keyring_backend=fail.Keyring(), environ={})
    assert not store.keyring_available()
    with pytest.raises(NoKeyringBackend) as err:
        store.set("apivideo", {"api_key": key})
    message = str(err.value)
    assert "no system keyring is available" in message and "this session only" in message \
        and "readable only by you" in message and key not in message
    assert store.get("apivideo").missing()

    store.set("apivideo", {"api_key": key}, SESSION)
    creds = store.get("apivideo")
    assert creds["api_key"] == key and creds.sources == {"api_key": SESSION}
    assert not os.path.exists(store.file_path)  # session only: nothing on disk
    clear_session()
    assert store.get("apivideo").missing()

    store.set("uploads", {"api_key": key}, FILE)
    mode = stat.S_IMODE(os.stat(store.file_path).st_mode)
    assert mode == 0o600 and os.path.dirname(store.file_path) == data_dir()
    creds = store.get("uploads")
    assert creds["api_key"] == key and creds.sources == {"api_key": FILE}


def test_a_loosened_key_file_is_tightened(key):
    store = CredentialStore(keyring_backend=fail.Keyring(), environ={})
    store.set("oxolo", {"api_key": key}, FILE)
    os.chmod(store.file_path, 0o644)
    assert store.get("oxolo")["api_key"] == key
    assert stat.S_IMODE(os.stat(store.file_path).st_mode) == 0o600


def test_keyring_round_trip_and_environment_override(key):
    ring = MemoryKeyring()
    store = CredentialStore(keyring_backend=ring, environ={})
    assert store.keyring_available()
    store.set("uploadcare", {"public_key": "demopublickey", "secret_key": key})
    assert ring.items[("rendition-studio", "uploadcare:secret_key")] == key
    creds = store.get("uploadcare")
    assert dict(creds) == {"public_key": "demopublickey", "secret_key": key}
    assert creds.sources == {"public_key": KEYRING, "secret_key": KEYRING}

    env = CredentialStore(keyring_backend=ring, environ={"UPLOADCARE_SECRET_KEY": "from-env-secret-1"})
    creds = env.get("uploadcare")
    assert creds["secret_key"] == "from-env-secret-1" and creds.sources["secret_key"] == ENVIRONMENT
    assert creds.sources["public_key"] == KEYRING

    store.delete("uploadcare")
    assert store.get("uploadcare").missing()


@pytest.mark.parametrize("provider, env", [
    ("apivideo", {"APIVIDEO_API_KEY": "a-key-123456"}),
    ("uploadcare", {"UPLOADCARE_PUBLIC_KEY": "pub-123456", "UPLOADCARE_SECRET_KEY": "sec-123456"}),
    ("videosdk", {"VIDEOSDK_API_KEY": "vk-123456", "VIDEOSDK_SECRET": "vs-123456"}),
    ("oxolo", {"OXOLO_API_KEY": "ox-123456"}),
    ("uploads", {"UPLOADS_API_KEY": "sk-123456"}),
])
def test_each_providers_environment_variables(provider, env):
    creds = CredentialStore(keyring_backend=fail.Keyring(), environ=env).get(provider)
    assert not creds.missing() and sorted(creds.values()) == sorted(env.values())


def test_credentials_never_show_their_values(key):
    store = CredentialStore(keyring_backend=fail.Keyring(), environ={"APIVIDEO_API_KEY": key})
    creds = store.get("apivideo")
    assert key not in repr(creds) and key not in str(creds) and "environment" in repr(creds)
    assert redact.redact(f"echo {key}") == "echo ***"  # read once: masked from then on
