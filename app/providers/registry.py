"""The five providers by name, their base URLs (each one a setting), and how to build one with its key."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

from app.core.errors import UsageError
from app.providers.apivideo import ApiVideo
from app.providers.base import Provider
from app.providers.credentials import FIELDS, CredentialStore
from app.providers.errors import MissingCredentials
from app.providers.http import HttpClient
from app.providers.oxolo import Oxolo
from app.providers.uploadcare import Uploadcare
from app.providers.uploads_api import UploadsApi
from app.providers.videosdk import VideoSdk

PROVIDERS: dict[str, type[Provider]] = {cls.name: cls for cls in (ApiVideo, Uploadcare, VideoSdk, Oxolo, UploadsApi)}
ALIASES = {"api.video": "apivideo", "api-video": "apivideo", "uploads-api": "uploads", "uploads_api": "uploads",
           "video-sdk": "videosdk"}


def provider_class(name: str) -> type[Provider]:
    key = ALIASES.get(name.lower(), name.lower())
    try:
        return PROVIDERS[key]
    except KeyError:
        raise UsageError(f"unknown provider {name!r}; choose one of {', '.join(PROVIDERS)}") from None


def check_url(url: str, what: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise UsageError(f"{what} must be an http(s) URL with a host, not {url!r}")
    if parts.query or parts.fragment:
        raise UsageError(f"{what} must not carry a query or fragment")
    return url.rstrip("/")


def resolve_endpoints(name: str, base_url: str | None = None, **roles: str | None) -> dict:
    """The provider's base URLs: defaults, with `base_url` (its primary API) and named roles overridden."""
    cls = provider_class(name)
    endpoints = dict(cls.ENDPOINTS)
    if base_url:
        endpoints[cls.PRIMARY] = base_url
    for role, url in roles.items():
        if url is None:
            continue
        if role not in endpoints:
            raise UsageError(f"{cls.title} has no {role} URL (its URLs: {', '.join(endpoints)})")
        endpoints[role] = url
    for role, url in endpoints.items():
        if not url:
            raise UsageError(f"{cls.title} needs its base URL (--base-url), e.g. https://example.org/api/client/v1")
        endpoints[role] = check_url(url, f"{cls.title} {role} URL")
    return endpoints


def load_credentials(name: str, store: CredentialStore | None = None) -> Mapping:
    cls = provider_class(name)
    creds = (store or CredentialStore()).get(cls.name)
    missing = creds.missing()
    if missing:
        hint = " and ".join(f.env for f in missing)
        raise MissingCredentials(f"no {cls.title} {' / '.join(f.label.lower() for f in missing)}: set {hint}, or "
                                 f"store it with `rendition-studio remote key {cls.name}`")
    return creds


def make_provider(name: str, endpoints: dict | None = None, credentials: Mapping | None = None, *,
                  credential_store: CredentialStore | None = None, http: HttpClient | None = None,
                  **settings) -> Provider:
    """A ready provider. Credentials come from `credentials` or the store (environment, session, keyring, file)."""
    cls = provider_class(name)
    endpoints = endpoints or resolve_endpoints(cls.name)
    if credentials is None:
        credentials = load_credentials(cls.name, credential_store)
    else:
        missing = [f for f in FIELDS[cls.name] if not credentials.get(f.name)]
        if missing:
            raise MissingCredentials(f"no {cls.title} {missing[0].label.lower()} given")
    return cls(endpoints, credentials, http=http or HttpClient(cls.title), **settings)
