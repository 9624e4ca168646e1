"""Errors the provider layer raises. Every message is redacted (no key, token or signed URL in it)."""

from __future__ import annotations

from app.core.errors import EXIT_FAILED, EXIT_USAGE, Cancelled, RenditionError
from app.core.redact import printable, redact

# `remote push` without --wait: the job was submitted and is still being processed (not a failure, not done).
EXIT_PENDING = 5

__all__ = ["Cancelled", "ProviderError", "AuthRejected", "ProviderHTTPError", "ProviderUnavailable",
           "RateLimited", "TransientFailure", "OutcomeUnknown", "UnexpectedAnswer", "CannotCancel", "NotSupported",
           "MissingCredentials", "EXIT_PENDING"]


class ProviderError(RenditionError):
    """A failure talking to a provider; `provider` is its display name (``api.video``).

    The message is redacted and made printable (servers' texts end up in it: no escape sequences)."""

    exit_code = EXIT_FAILED

    def __init__(self, provider: str, message: str, status_code: int | None = None):
        self.provider = provider
        self.status_code = status_code
        self.message = printable(redact(message))
        super().__init__(f"{provider}: {self.message}")


class AuthRejected(ProviderError):
    """401/403: the credentials were refused."""

    def __init__(self, provider: str, status_code: int | None = None, detail: str | None = None):
        text = f"the key was rejected (HTTP {status_code})" if status_code else "the key was rejected"
        text += "; check the key in the settings or its environment variable"
        if detail:
            text += f" (the server said: {detail.strip().rstrip('.')})"
        super().__init__(provider, text, status_code)


class ProviderHTTPError(ProviderError):
    """A 4xx the provider meant (not retried): its own error text is in the message; `payload` is its body."""

    def __init__(self, provider: str, status_code: int, text: str, payload=None):
        self.payload = payload
        self.text = redact(text)
        super().__init__(provider, f"HTTP {status_code}: {text}" if text else f"HTTP {status_code}", status_code)


class ProviderUnavailable(ProviderError):
    """Connection errors, timeouts or 5xx that outlasted every retry."""


class TransientFailure(ProviderUnavailable):
    """One attempt failed in a way that may work when tried again (raised when the caller handles retries)."""

    def __init__(self, provider: str, message: str, status_code: int | None = None, retry_after: float | None = None,
                 body_sent: bool = False):
        self.retry_after = retry_after
        self.body_sent = body_sent
        super().__init__(provider, message, status_code)


class UnexpectedAnswer(ProviderError):
    """An answer the contract does not allow: the wrong JSON shape, not JSON, a broken encoding, too large.

    `request` names it as ``METHOD /path`` (no host, no query)."""

    def __init__(self, provider: str, request: str, what: str):
        self.request, self.what = request, what
        super().__init__(provider, f"unexpected answer to {request}: {what}")


class RateLimited(ProviderError):
    """429 more often, or for longer, than the retry policy allows."""


class OutcomeUnknown(ProviderError):
    """A request that creates something was sent in full but no answer came: it may have been accepted."""


class CannotCancel(ProviderError):
    """The provider's API has no way to cancel or delete this job."""


class NotSupported(ProviderError):
    """The provider's API does not offer this operation (listing, uploading...)."""

    exit_code = EXIT_USAGE


class MissingCredentials(RenditionError):
    exit_code = EXIT_USAGE
