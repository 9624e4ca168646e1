"""`rendition-studio remote ...`: push files to the cloud video APIs, watch and list their jobs.

```
rendition-studio remote push PROVIDER FILE [--base-url URL] [--upload-url URL] [--storage-url URL] [--cdn-url URL]
                 [--renditions LIST] [--folder PATH] [--title TEXT] [--chunk-size SIZE] [--part-size SIZE]
                 [--wait] [--download DIR] [--json]
rendition-studio remote status PROVIDER ID [URL options] [--wait] [--download DIR] [--json]
rendition-studio remote list PROVIDER [URL options] [--json]           (where the API has a list: uploads)
rendition-studio remote jobs [--json]                                  (the remote jobs in the job store)
rendition-studio remote resume JOB_ID [--wait] [--json]                (an interrupted push or watch)
rendition-studio remote cancel JOB_ID
rendition-studio remote key PROVIDER [--store keyring|file] [--delete]
```

Exit statuses: 0 the remote job completed (every rendition); 2 bad usage or no key; 3 the file was refused;
4 the job failed, a rendition failed, or the provider could not be reached; 5 submitted but not finished yet
(no ``--wait``); 130 cancelled. ``--json`` prints one JSON object per line: the runner's events, whose
``remote.status`` lines are the normalized status (docs/providers.md, "The normalized status").
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
import time

from app.terminal import Interrupt
from app.core import errors
from app.core.errors import UsageError
from app.core.redact import for_display
from app.core.units import format_eta, format_size

PROVIDER_HELP = "apivideo, uploadcare, videosdk, oxolo or uploads"
MiB = 1024 * 1024


def _json_line(obj) -> None:
    sys.stdout.write(json.dumps(for_display(obj), separators=(",", ":")) + "\n")
    sys.stdout.flush()


def _say(text, file=None) -> None:
    """`print` for whatever may hold a server's words: escape sequences and known keys never reach the terminal."""
    print(for_display(str(text)), file=file)



def parse_size(text: str) -> int:
    """``50M``, ``50MiB``, ``5242880``, ``64k`` → bytes (binary units)."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*", text.lower())
    if not m:
        raise UsageError(f"not a size: {text!r} (e.g. 50M, 8MiB, 5242880)")
    return int(float(m.group(1)) * {"": 1, "k": 1024, "m": MiB, "g": 1024 * MiB}[m.group(2)])


class _Display:
    """Human output on stderr: an upload line redrawn in place on a terminal, one line per status change."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.upload_line = False
        self.last_plain = 0.0

    def _print(self, text: str) -> None:
        if self.upload_line:
            self.stream.write("\x1b[2K\r" if self.tty else "")
            self.upload_line = False
        self.stream.write(for_display(text) + "\n")
        self.stream.flush()

    def event(self, ev: dict) -> None:
        t = ev["type"]
        if t == "remote.started":
            what = ev["source"] or ev["remoteId"]
            self._print(f"{ev['provider']}: {'resuming' if ev['resumed'] else 'starting'} {what} (job {ev['jobId']})")
        elif t == "remote.created":
            self._print(f"  remote id: {ev['remoteId']}")
        elif t == "remote.upload":
            text = (f"  upload {format_size(ev['bytesSent'], '?')} / {format_size(ev['total'], '?')}"
                    f"  {(ev['fraction'] or 0) * 100:5.1f}%  {format_size(ev['speed'], '?')}/s"
                    f"  ETA {format_eta(ev['eta'])}")
            if self.tty:
                self.stream.write("\x1b[2K\r" + text)
                self.stream.flush()
                self.upload_line = True
            elif time.monotonic() - self.last_plain >= 5 or ev["bytesSent"] == ev["total"]:
                self.last_plain = time.monotonic()
                self._print(text)
        elif t == "remote.status":
            from app.providers.model import RemoteStatus

            self._print("  " + RemoteStatus.from_dict(ev).summary())
        elif t == "remote.warning":
            self._print(f"  warning: {ev['message']}")
        elif t == "remote.download":
            if ev["bytes"] == ev["total"]:
                self._print(f"  downloaded {ev['file']} ({format_size(ev['bytes'], '?')})")
        elif t == "remote.finished":
            tail = f": {ev['error']}" if ev["error"] else ""
            state = "interrupted (run `rendition-studio remote resume " + ev["jobId"] + "` to go on)" \
                if ev["interrupted"] and ev["exitCode"] != errors.EXIT_CANCELLED else ev["status"]
            self._print(f"  {state}{tail}")


# -- shared plumbing ----------------------------------------------------------------------------------------
def _endpoints(args, name: str) -> dict:
    from app.providers.registry import resolve_endpoints

    return resolve_endpoints(name, args.base_url, upload=args.upload_url, storage=args.storage_url,
                             cdn=args.cdn_url)


def _urls_given(args) -> bool:
    return any(getattr(args, k, None) for k in ("base_url", "upload_url", "storage_url", "cdn_url"))


def _store():
    from app.providers.remote_jobs import RemoteJobStore

    return RemoteJobStore()


def _runner(store, args=None):
    from app.providers.runner import PollPolicy, RemoteRunner

    interval = getattr(args, "poll_interval", None)
    if interval is not None and interval <= 0:
        raise UsageError("--poll-interval must be positive")
    poll = PollPolicy(first=interval, max=max(interval, min(15.0, interval * 15))) if interval else None
    return RemoteRunner(store, poll=poll, allow_private_urls=_allow_private(args))


def _allow_private(args) -> bool | None:
    """True with --allow-private-urls; otherwise None (RENDITION_STUDIO_ALLOW_PRIVATE_URLS decides)."""
    return True if getattr(args, "allow_private_urls", False) else None


def _run(runner, job, args, cancel_remote: bool) -> int:
    on_event = _json_line if args.json else _Display().event
    with Interrupt() as interrupt:
        code = runner.run(job, on_event, interrupt.cancel, wait=args.wait, cancel_remote=cancel_remote)
        if getattr(args, "download", None) and code == errors.EXIT_OK:
            runner.download_results(job, on_event, interrupt.cancel)
    if not args.json and job.remote_id:
        _say(job.remote_id)
    return code


def _check_provider(name: str):
    from app.providers.registry import provider_class

    return provider_class(name)


# -- commands -----------------------------------------------------------------------------------------------
def cmd_push(args) -> int:
    from app.core.probe import check_local_file
    from app.providers.apivideo import MAX_CHUNK, MIN_CHUNK
    from app.providers.base import PushOptions
    from app.providers.registry import load_credentials
    from app.providers.remote_jobs import RemoteJob

    cls = _check_provider(args.provider)
    if not cls.can_push:
        raise UsageError(f"{cls.title} takes no uploads; track a video with "
                         f"`rendition-studio remote status {cls.name} ID --wait`")
    source = check_local_file(args.file)
    endpoints = _endpoints(args, cls.name)
    renditions = [r.strip() for r in args.renditions.split(",") if r.strip()] if args.renditions else None
    chunk = parse_size(args.chunk_size) if args.chunk_size else None
    if chunk is not None and not MIN_CHUNK <= chunk <= MAX_CHUNK:
        raise UsageError("--chunk-size must be between 5 MiB and 128 MiB (api.video's limits)")
    part = parse_size(args.part_size) if args.part_size else None
    if part is not None and part < 5 * MiB:
        raise UsageError("--part-size must be at least 5 MiB (Uploadcare's minimum)")
    options = PushOptions(title=args.title, renditions=renditions, folder=args.folder, chunk_size=chunk,
                          part_size=part).to_dict()
    options = json.loads(json.dumps(options))  # as stored, so that a resume finds it equal
    if cls.name == "uploadcare":
        from app.providers.uploadcare import parse_rendition

        for r in renditions or []:
            parse_rendition(r)
    elif cls.name == "videosdk":
        from app.providers.videosdk import parse_presets

        parse_presets(renditions)
    load_credentials(cls.name)  # a missing key is a usage error before anything is created
    store = _store()
    job = None if args.new else store.find_unfinished_push(cls.name, endpoints, source, options)
    if job is not None:
        if store.is_active(job):
            raise UsageError(f"{os.path.basename(source)} is being pushed to {cls.title} by process {job.pid} "
                             f"(job {job.id})")
        _say(f"note: resuming the unfinished push {job.id} of this file (use --new to push it again)",
              file=sys.stderr)
    else:
        job = RemoteJob.create(cls.name, endpoints, source, options, out_root=args.download)
        store.save(job)
    if args.download:  # the folder given now wins over the one a resumed job was started with
        job.out_dir = os.path.join(os.path.abspath(args.download), job.name)
    return _run(_runner(store, args), job, args, cancel_remote=True)


def cmd_status(args) -> int:
    from app.providers.remote_jobs import RemoteJob

    cls = _check_provider(args.provider)
    store = _store()
    job = store.by_remote_id(cls.name, args.id)
    endpoints = _endpoints(args, cls.name) if (_urls_given(args) or job is None) else job.endpoints
    if job is None:
        job = RemoteJob.create(cls.name, endpoints, None, {}, out_root=args.download, remote_id=args.id)
    else:
        job.endpoints = endpoints
        if args.download:  # the folder given now wins over the stored one
            job.out_dir = os.path.join(os.path.abspath(args.download), job.name)
        if not job.pushed:
            _say(f"note: the push of this job is unfinished; `rendition-studio remote resume {job.id}` goes on "
                  f"with it", file=sys.stderr)
    if args.wait:
        store.save(job)
        return _run(_runner(store, args), job, args, cancel_remote=False)
    from app.providers.registry import make_provider

    provider = make_provider(cls.name, job.endpoints)
    try:
        st = provider.status(args.id, job.state)
    finally:
        provider.close()
    d = st.to_dict()
    job.last_status, job.status = d, st.status
    if st.final:
        from app.core.jobs import now_iso

        job.finished_at = job.finished_at or now_iso()
    if store.get(job.id) is not None:  # a job this app knows: keep its last status
        store.save(job, pid=0)
    if args.json:
        _json_line({"type": "remote.status", "jobId": job.id, **d})
    else:
        _say(f"{cls.title} {args.id}: {st.summary()}")
        for r in st.renditions:
            if r.url:
                _say(f"  {r.id}: {r.url}")
    code = _exit_for(st)
    if code == errors.EXIT_OK and args.download:
        _run_download(job, args)
    return code


def _run_download(job, args) -> None:
    from app.providers.runner import RemoteRunner

    on_event = _json_line if args.json else _Display().event
    with Interrupt() as interrupt:
        runner = RemoteRunner(_store(), allow_private_urls=_allow_private(args))
        runner.download_results(job, on_event, interrupt.cancel)


def _exit_for(st) -> int:
    from app.providers.errors import EXIT_PENDING

    if st.status == "completed":
        return errors.EXIT_FAILED if st.failed_renditions else errors.EXIT_OK
    if st.status == "cancelled":
        return errors.EXIT_CANCELLED
    if st.status == "failed":
        return errors.EXIT_FAILED
    return EXIT_PENDING


def cmd_list(args) -> int:
    from app.providers.registry import make_provider

    cls = _check_provider(args.provider)
    if not cls.can_list:
        raise UsageError(f"{cls.title}'s API has no list of jobs (`remote list` works for: uploads); "
                         f"see `rendition-studio remote jobs` for the jobs this app started")
    provider = make_provider(cls.name, _endpoints(args, cls.name))
    try:
        items = provider.list()
    finally:
        provider.close()
    for item in items:
        if args.json:
            _json_line(item)
        else:
            _say(f"{item['remoteId']}  {item['status']:<10} {item['detail']:<14} {item.get('createdAt') or '-':<20} "
                  f"{item.get('filename') or ''}")
    if not items and not args.json:
        _say("no uploads")
    return errors.EXIT_OK


def cmd_jobs(args) -> int:
    store = _store()
    for job in store.list():
        interrupted = not job.final and not store.is_active(job) and job.pid != os.getpid()
        if args.json:
            _json_line({"id": job.id, "provider": job.provider, "remoteId": job.remote_id, "source": job.source,
                        "status": job.status, "interrupted": interrupted, "uploadSent": job.upload_sent,
                        "uploadTotal": job.upload_total, "error": job.error, "createdAt": job.created_at,
                        "finishedAt": job.finished_at, "endpoints": job.endpoints})
        else:
            state = job.status + (" (interrupted)" if interrupted else "")
            _say(f"{job.id}  {job.provider:<10} {state:<24} {job.remote_id or '-':<26} {job.source or ''}")
            if job.error:
                _say(f"    {job.error}")
    return errors.EXIT_OK


def cmd_resume(args) -> int:
    store = _store()
    job = store.find(args.job)
    if job is None:
        raise UsageError(f"no remote job {args.job!r} (see `rendition-studio remote jobs`)")
    if job.final:
        raise UsageError(f"remote job {job.id} is {job.status} already")
    return _run(_runner(store, args), job, args, cancel_remote=job.source is not None)


def cmd_cancel(args) -> int:
    from app.providers.errors import CannotCancel

    store = _store()
    job = store.find(args.job)
    if job is None:
        raise UsageError(f"no remote job {args.job!r} (see `rendition-studio remote jobs`)")
    if store.is_active(job):
        raise UsageError(f"remote job {job.id} is running in process {job.pid}; stop it there (Ctrl-C)")
    try:
        message = _runner(store).cancel_remote(job)
    except CannotCancel as exc:
        _say(f"rendition-studio: {exc}", file=sys.stderr)
        return errors.EXIT_FAILED
    _say(message)
    return errors.EXIT_OK


def cmd_key(args) -> int:
    from app.providers.credentials import FIELDS, FILE, KEYRING, CredentialStore, NoKeyringBackend

    cls = _check_provider(args.provider)
    store = CredentialStore()
    if args.delete:
        store.delete(cls.name)
        _say(f"{cls.title}: stored keys removed")
        return errors.EXIT_OK
    values = {}
    for f in FIELDS[cls.name]:
        prompt = f"{cls.title} {f.label}: "
        value = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().strip()
        if not value:
            raise UsageError(f"no {f.label.lower()} given")
        values[f.name] = value
    where = {"keyring": KEYRING, "file": FILE}[args.store]
    try:
        store.set(cls.name, values, where)
    except NoKeyringBackend as exc:
        raise UsageError(f"{exc} (use --store file; session-only keys make no sense for one command)") from None
    shown = "the system keyring" if where == KEYRING else f"{store.file_path} (readable only by you)"
    _say(f"{cls.title}: key stored in {shown}")
    return errors.EXIT_OK


# -- parser -------------------------------------------------------------------------------------------------
def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return value


def _poll_option(p) -> None:
    p.add_argument("--poll-interval", type=_positive, metavar="S",
                   help="seconds before the first poll (default 1); the wait grows while nothing changes")


def _private_option(p) -> None:
    p.add_argument("--allow-private-urls", action="store_true",
                   help="download results from loopback/private/link-local hosts even though the provider's URL "
                        "is public (self-hosted back ends; also RENDITION_STUDIO_ALLOW_PRIVATE_URLS=1)")


def _url_options(p) -> None:
    p.add_argument("--base-url", metavar="URL", help="the provider's API base URL (sandboxes, self-hosted back ends)")
    p.add_argument("--upload-url", metavar="URL", help="Uploadcare: Upload API base URL")
    p.add_argument("--storage-url", metavar="URL", help="VideoSDK: storage API base URL")
    p.add_argument("--cdn-url", metavar="URL", help="Uploadcare: CDN base URL for results")


def add_parser(sub) -> None:
    remote = sub.add_parser("remote", help="push files to cloud video APIs and follow their jobs",
                            description="Push files to api.video, Uploadcare, VideoSDK or an Uploads API back end, "
                                        "track Oxolo videos, and follow remote jobs. Keys come from the "
                                        "environment (APIVIDEO_API_KEY, ...) or `remote key`.")
    rsub = remote.add_subparsers(dest="remote_command", metavar="ACTION")
    remote.set_defaults(func=lambda args: (remote.print_help(), errors.EXIT_USAGE)[1])

    p = rsub.add_parser("push", help="upload a file and create the remote job")
    p.add_argument("provider", metavar="PROVIDER", help=PROVIDER_HELP)
    p.add_argument("file", metavar="FILE")
    _url_options(p)
    p.add_argument("--renditions", metavar="LIST",
                   help="uploadcare: 720p,480p:webm,1080p:mp4:best; videosdk: hls:240,hls:720,mp4:360")
    p.add_argument("--folder", metavar="PATH", help="uploads: the collection path (default: root)")
    p.add_argument("--title", metavar="TEXT", help="apivideo: the video's title (default: the file name)")
    p.add_argument("--chunk-size", metavar="SIZE", help="apivideo: upload chunk size, 5M-128M (default 50M)")
    p.add_argument("--part-size", metavar="SIZE", help="uploadcare: multipart part size, at least 5M (default 5M)")
    p.add_argument("--wait", action="store_true", help="poll until the remote job ends")
    _poll_option(p)
    p.add_argument("--download", metavar="DIR", help="with --wait: download the results into DIR/<name>/")
    _private_option(p)
    p.add_argument("--new", action="store_true", help="push again even if an unfinished push of this file exists")
    p.add_argument("--json", action="store_true", help="events as JSON lines on stdout")
    p.set_defaults(func=cmd_push)

    s = rsub.add_parser("status", help="the normalized status of a remote job")
    s.add_argument("provider", metavar="PROVIDER", help=PROVIDER_HELP)
    s.add_argument("id", metavar="ID", help="the remote id (api.video videoId, Uploadcare file uuid or conversion "
                                            "tokens, VideoSDK job id, Oxolo identifier, upload id)")
    _url_options(s)
    s.add_argument("--wait", action="store_true", help="poll until the remote job ends")
    _poll_option(s)
    s.add_argument("--download", metavar="DIR", help="when completed: download the results into DIR/<name>/")
    _private_option(s)
    s.add_argument("--json", action="store_true", help="the normalized status as JSON lines")
    s.set_defaults(func=cmd_status)

    ls = rsub.add_parser("list", help="recent remote jobs, where the API has a list (uploads)")
    ls.add_argument("provider", metavar="PROVIDER", help=PROVIDER_HELP)
    _url_options(ls)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)

    j = rsub.add_parser("jobs", help="the remote jobs in the job store")
    j.add_argument("--json", action="store_true")
    j.set_defaults(func=cmd_jobs)

    r = rsub.add_parser("resume", help="go on with an interrupted push or watch")
    r.add_argument("job", metavar="JOB_ID", help="a remote job id (rj...) or a unique prefix")
    r.add_argument("--wait", action="store_true")
    _poll_option(r)
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_resume, download=None)

    c = rsub.add_parser("cancel", help="cancel or delete a remote job (where the API allows)")
    c.add_argument("job", metavar="JOB_ID")
    c.set_defaults(func=cmd_cancel)

    k = rsub.add_parser("key", help="store a provider's key (read from the terminal, or one line per field on stdin)")
    k.add_argument("provider", metavar="PROVIDER", help=PROVIDER_HELP)
    k.add_argument("--store", choices=["keyring", "file"], default="keyring",
                   help="the system keyring (default) or a file readable only by you")
    k.add_argument("--delete", action="store_true", help="forget the stored keys")
    k.set_defaults(func=cmd_key)
