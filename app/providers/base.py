"""The one small interface every provider implements.

```
provider.push(source, options, ctx) -> remote id      upload (or resume) and create the remote job
provider.status(remote_id, state) -> RemoteStatus      one poll, normalized
provider.cancel(remote_id, state) -> str               delete/cancel where the API allows, else CannotCancel
provider.list() -> list[dict]                          recent remote jobs, where the API has a list
provider.results(status, state) -> list[RemoteResult]  what can be downloaded once done
```

`push` is resumable: it reads and extends ``ctx.state`` (the provider's checkpoint, persisted by the runner
through ``ctx.save()`` whenever it changes) so that a restarted process goes on from what the server confirmed
and never creates the same remote job twice. It reports upload progress through ``ctx.progress`` and stops
promptly when ``ctx.cancel`` is set.
"""

from __future__ import annotations

import builtins
import os
import threading
from abc import ABC, abstractmethod
from dataclasses import asdict, dataclass, field
from typing import Callable, ClassVar

from app.core import redact
from app.core.errors import Cancelled
from app.providers.credentials import FIELDS
from app.providers.errors import CannotCancel, NotSupported
from app.providers.http import HttpClient
from app.providers.model import RemoteResult, RemoteStatus

MiB = 1024 * 1024


@dataclass
class PushOptions:
    """What the user asked of the remote job; each provider uses the fields that apply to it."""

    title: str | None = None  # api.video title (default: the file's name without extension)
    description: str | None = None
    tags: list[str] | None = None
    public: bool | None = None
    renditions: list[str] | None = None  # provider-specific tokens ("720p", "480p:webm", "hls:720", "mp4:360")
    folder: str | None = None  # Uploads API collection path
    chunk_size: int | None = None  # api.video chunk bytes (5-128 MiB in real use)
    part_size: int | None = None  # Uploadcare multipart part bytes (at least 5 MiB in real use)
    store: str | None = None  # Uploadcare UPLOADCARE_STORE / conversion "store": "1", "0" or "auto"
    thumbnails: list[dict] | None = None  # VideoSDK thumbnail objects
    webhook_url: str | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, d: dict | None) -> "PushOptions":
        d = d or {}
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


class Progress:
    """Upload bytes, as the provider reports them; the runner turns them into speed and ETA."""

    def __init__(self, callback: Callable[[int, int | None], None] | None = None, total: int | None = None):
        self.callback = callback
        self.sent = 0
        self.total = total

    def set(self, sent: int, total: int | None = None) -> None:
        """Absolute position (the server's confirmed offset after a resume or a failed chunk)."""
        self.sent = sent
        if total is not None:
            self.total = total
        if self.callback is not None:
            self.callback(self.sent, self.total)

    def add(self, n: int) -> None:
        self.set(self.sent + n)


@dataclass
class PushContext:
    state: dict = field(default_factory=dict)  # the provider's checkpoint; survives restarts
    save: Callable[[], None] = lambda: None  # persist `state` now
    progress: Progress = field(default_factory=Progress)
    cancel: threading.Event = field(default_factory=threading.Event)
    remote_id: str | None = None  # set by `created` as soon as the provider knows it

    def created(self, remote_id: str, **values) -> None:
        """The remote object exists: remember its id (and any other facts) before doing anything else."""
        self.remote_id = remote_id
        self.checkpoint(**values)

    def checkpoint(self, **values) -> None:
        """Record facts a restart must know (a created id, a confirmed offset) and persist them at once."""
        self.state.update(values)
        self.save()

    def check_cancel(self) -> None:
        if self.cancel.is_set():
            raise Cancelled("cancelled by the user")


class Provider(ABC):
    name: ClassVar[str]  # registry name, as typed on the command line: "apivideo"
    title: ClassVar[str]  # display name: "api.video"
    can_push: ClassVar[bool] = True
    can_list: ClassVar[bool] = False
    ENDPOINTS: ClassVar[dict[str, str | None]]  # default base URL by role; None: the user must give it
    PRIMARY: ClassVar[str]  # the role --base-url sets

    def __init__(self, endpoints: dict, credentials, http: HttpClient | None = None):
        self.endpoints = dict(endpoints)
        self.credentials = credentials
        for f in FIELDS.get(self.name, ()):  # however they were given, the secrets are masked from here on
            if f.secret and credentials.get(f.name):
                redact.register(credentials[f.name])
        self.http = http or HttpClient(self.title)

    def close(self) -> None:
        self.http.close()

    def __repr__(self) -> str:  # never the credentials
        return f"{type(self).__name__}({self.endpoints!r})"

    @abstractmethod
    def push(self, source: str, options: PushOptions, ctx: PushContext) -> str:
        """Upload `source` (or resume from ``ctx.state``) and create the remote job; return its remote id.

        `source` has passed `check_local_file` (a readable, non-empty local file): the runner checks it first."""

    @abstractmethod
    def status(self, remote_id: str, state: dict | None = None) -> RemoteStatus:
        """One poll of the remote job, normalized."""

    def cancel(self, remote_id: str, state: dict | None = None) -> str:
        """Delete or cancel the remote job; return what was done. Raises `CannotCancel` where the API cannot."""
        raise CannotCancel(self.title, "this API offers no way to cancel or delete a job; the upload was stopped, "
                                       "but processing already started on the server goes on")

    def list(self) -> list[dict]:
        raise NotSupported(self.title, "this API has no list of jobs")

    def results(self, status: RemoteStatus, state: dict | None = None) -> builtins.list[RemoteResult]:
        return []  # `list` here is the method above


def name_from_url(url: str, default: str) -> str:
    """The last path segment of a URL (no query), made safe as a file name; `default` when there is none."""
    from urllib.parse import unquote, urlsplit

    base = unquote(os.path.basename(urlsplit(url).path.rstrip("/")))
    base = "".join(c if c.isalnum() or c in "-_.()" else "_" for c in base).strip("._")
    return base[:120] or default
