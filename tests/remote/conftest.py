"""Fixtures for the remote-provider tests: loopback servers, a sleeper that does not sleep, keys, files."""

import os
import secrets
import threading

import pytest

from app.core.errors import Cancelled
from app.providers.http import HttpClient, RetryPolicy, Sleeper
from loopback.files import write_random


class FakeSleeper(Sleeper):
    """Records every wait instead of sleeping (backoff and poll intervals stay observable, tests stay fast)."""

    def __init__(self):
        self.waits: list[float] = []
        self.lock = threading.Lock()
        self.on_sleep = None

    def sleep(self, seconds, cancel=None):
        if cancel is not None and cancel.is_set():
            raise Cancelled("cancelled by the user")
        with self.lock:
            self.waits.append(seconds)
        if self.on_sleep is not None:
            self.on_sleep(seconds)
        if cancel is not None and cancel.is_set():
            raise Cancelled("cancelled by the user")


@pytest.fixture
def sleeper():
    return FakeSleeper()


@pytest.fixture
def retry():
    return RetryPolicy(tries=4, base_delay=0.5, max_delay=8.0, rate_limit_tries=5, default_retry_after=7.0)


@pytest.fixture
def http_factory(sleeper, retry):
    made = []

    def make(title="Test API", **kwargs):
        kwargs.setdefault("retry", retry)
        kwargs.setdefault("sleeper", sleeper)
        kwargs.setdefault("timeout", 5.0)
        client = HttpClient(title, **kwargs)
        made.append(client)
        return client

    yield make
    for c in made:
        c.close()


@pytest.fixture
def key():
    """A secret that must never show up anywhere."""
    return "sk_live_" + secrets.token_hex(20)


@pytest.fixture
def random_file(tmp_path):
    def make(size, name="clip.mp4", seed=0):
        return write_random(tmp_path / name, size, seed)
    return make


@pytest.fixture(autouse=True)
def _no_env_keys(monkeypatch):
    """Keys come from each test, never from the machine running the tests."""
    for var in ("APIVIDEO_API_KEY", "UPLOADCARE_PUBLIC_KEY", "UPLOADCARE_SECRET_KEY", "VIDEOSDK_API_KEY",
                "VIDEOSDK_SECRET", "OXOLO_API_KEY", "UPLOADS_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    from app.providers import credentials
    credentials.clear_session()
    yield
    credentials.clear_session()


def pytest_collection_modifyitems(items):
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.providers)


@pytest.fixture
def store():
    from app.providers.remote_jobs import RemoteJobStore

    s = RemoteJobStore()
    yield s
    s.close()


@pytest.fixture
def creds():
    """A credential store that only knows the environment (never this machine's keyring or files)."""
    from keyring.backends import fail

    from app.providers.credentials import CredentialStore

    return CredentialStore(keyring_backend=fail.Keyring())


@pytest.fixture
def runner(store, sleeper, retry, creds):
    from app.providers.runner import PollPolicy, RemoteRunner

    return RemoteRunner(store, credentials=creds, sleeper=sleeper, retry=retry, timeout=5.0,
                        poll=PollPolicy(first=1.0, factor=1.5, max=4.0, max_failures=3))


class Events(list):
    def of(self, kind):
        return [e for e in self if e["type"] == kind]

    @property
    def statuses(self):
        return [e["status"] for e in self.of("remote.status")]


@pytest.fixture
def events():
    return Events()


@pytest.fixture
def uploads(key, monkeypatch):
    """A strict Uploads API server on 127.0.0.1 (`.base` is its API base URL), with the key in the environment."""
    from loopback import LoopbackServer
    from loopback.uploads_api import PREFIX, UploadsApp

    monkeypatch.setenv("UPLOADS_API_KEY", key)
    with LoopbackServer(UploadsApp(key)) as server:
        server.base = server.url + PREFIX
        yield server
