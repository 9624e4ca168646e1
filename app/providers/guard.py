"""Which addresses a result URL may point to: a public provider's answer must not make us fetch from the LAN.

A result or download URL (and every redirect on the way) is classified by its literal host, never by a DNS
lookup: ``loopback`` (127.0.0.0/8, ::1, 0.0.0.0, ``localhost`` and ``*.localhost``), ``link-local``
(169.254.0.0/16 (cloud metadata), fe80::/10), ``private`` (10/8, 172.16/12, 192.168/16, fc00::/7 and every
other non-global range) or ``public``. IPv4 written the ways the C library accepts (``2130706433``,
``0x7f.1``, ``127.1``) and IPv4-mapped IPv6 count as the address they are.

`UrlGuard.for_endpoints` allows public hosts, plus each kind that one of the provider's own base URLs has
(a self-hosted back end on the LAN hands out LAN URLs; the loopback test servers hand out loopback URLs).
``--allow-private-urls`` / ``RENDITION_STUDIO_ALLOW_PRIVATE_URLS=1`` allows every kind.
"""

from __future__ import annotations

import ipaddress
import os
import re
import socket
from urllib.parse import urlsplit

from app.core.redact import mask_query

ALLOW_ENV = "RENDITION_STUDIO_ALLOW_PRIVATE_URLS"
LOOPBACK, LINK_LOCAL, PRIVATE, PUBLIC = "loopback", "link-local", "private", "public"
_DESCRIBE = {LOOPBACK: "a loopback address", LINK_LOCAL: "a link-local address", PRIVATE: "a private address"}


def _ip(host: str):
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if re.fullmatch(r"[0-9a-fA-FxX.]+", host) and not host.endswith("."):
        try:  # the forms inet_aton accepts (and connect would use): 2130706433, 0x7f.1, 127.1
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def host_kind(host: str) -> str:
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost") or host == "localhost.localdomain":
        return LOOPBACK
    ip = _ip(host.split("%", 1)[0])  # an IPv6 zone id (fe80::1%eth0) is not part of the address
    if ip is None:
        return PUBLIC  # a name: not resolved here (no DNS lookups to decide)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback or ip.is_unspecified:
        return LOOPBACK
    if ip.is_link_local:
        return LINK_LOCAL
    return PUBLIC if ip.is_global else PRIVATE


def url_kind(url: str) -> str:
    return host_kind(urlsplit(url).hostname or "")


def allowed_by_env() -> bool:
    return os.environ.get(ALLOW_ENV, "").strip().lower() in ("1", "true", "yes", "on")


class UrlGuard:
    """Refuses URLs that are not http(s), and hosts of a kind that is not allowed (`refusal` says why)."""

    def __init__(self, allowed_kinds=(PUBLIC,), allow_all: bool = False):
        self.allowed = set(allowed_kinds) | {PUBLIC}
        self.allow_all = allow_all

    @classmethod
    def for_endpoints(cls, endpoints: dict, allow_private: bool | None = None) -> "UrlGuard":
        kinds = {url_kind(u) for u in endpoints.values() if u}
        return cls(kinds, allow_private if allow_private is not None else allowed_by_env())

    def refusal(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return f"refusing to fetch {mask_query(url)}: not an http(s) URL"
        kind = host_kind(parts.hostname)
        if self.allow_all or kind in self.allowed:
            return None
        return (f"refusing to download from {parts.hostname}, {_DESCRIBE[kind]}, named by a provider whose URL is "
                f"not on one; for a self-hosted back end use --allow-private-urls (or {ALLOW_ENV}=1)")
