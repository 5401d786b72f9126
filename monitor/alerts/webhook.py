"""Deliver one message to a webhook endpoint, signed the Standard Webhooks way.

Headers: `webhook-id` (stable across retries, receivers dedupe on it), `webhook-timestamp`
(Unix seconds of this attempt) and `webhook-signature: v1,<base64 HMAC-SHA256 of
"id.timestamp.body">` keyed with the `whsec_…` secret named by the channel's `secret_env`,
signed by the `standardwebhooks` package.

Outcome, as exceptions: 2xx returns; 408, 429, 5xx, 3xx (never followed: fix the URL) and
network errors raise DeliveryError (retried, honouring Retry-After); 410 raises
EndpointGoneError (the channel is disabled); any other 4xx raises PermanentDeliveryError.
Addresses are checked at connect time with the feed fetcher's SSRF rules (netguard, F9): a
private, loopback, link-local, CGNAT or metadata address is refused (dead letter) unless the
channel sets `allow_private = true`.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import socket
import ssl
import typing
from collections.abc import Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpcore
import httpx
from standardwebhooks.webhooks import EmptyWebhookSecretError, Webhook

from monitor.alerts.render import Outgoing, render_webhook
from monitor.config import Settings
from monitor.errors import BlockedAddressError, DeliveryError, EndpointGoneError, PermanentDeliveryError
from monitor.feeds.netguard import is_allowed, refusal_reason
from monitor.model import Channel

TIMEOUT_S = 15.0
RETRYABLE = {408, 425, 429}
USER_AGENT = "monitor-webhook/1"


def make_signer(secret: str) -> Webhook:
    """Return the Standard Webhooks signer for `secret`: base64 after `whsec_`, else the raw text.

    Raises ValueError for a secret that is empty once decoded or not base64 after `whsec_`.
    """
    try:
        if secret.startswith("whsec_"):
            return Webhook(secret)  # unpadded base64 is accepted, as other Standard Webhooks libraries do
        return Webhook(secret.encode("utf-8"))  # raw bytes: the library would base64-decode a str
    except EmptyWebhookSecretError:
        raise ValueError("empty webhook secret") from None


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """Return the `webhook-signature` value ("v1,<base64>") for exactly these body bytes.

    Signed by the `standardwebhooks` package (the body is UTF-8 JSON, which it signs as text).
    """
    return make_signer(secret).sign(msg_id, datetime.fromtimestamp(timestamp, UTC), body.decode("utf-8"))


def _key(secret: str) -> bytes:
    if secret.startswith("whsec_"):
        return base64.b64decode(secret.removeprefix("whsec_") + "==")
    return secret.encode("utf-8")


def verify(secret: str, headers: Mapping[str, str], body: bytes, now: datetime,
           tolerance_s: int = 300) -> bool:
    """Check a received webhook as a receiver should: fresh timestamp, one matching signature.

    Written out with hmac rather than with the library's `Webhook.verify`, which reads the wall
    clock: the demo and the tests check signatures at a given `now`, and an implementation
    independent of the signer is what a verifying test needs.
    """
    lower = {k.lower(): v for k, v in headers.items()}
    try:
        msg_id, ts = lower["webhook-id"], int(lower["webhook-timestamp"])
    except (KeyError, ValueError):
        return False
    if abs(now.timestamp() - ts) > tolerance_s:
        return False
    digest = hmac.new(_key(secret), f"{msg_id}.{ts}.".encode() + body, hashlib.sha256).digest()
    expected = "v1," + base64.b64encode(digest).decode("ascii")
    return any(hmac.compare_digest(expected, candidate)
               for candidate in lower.get("webhook-signature", "").split())


def github_signature(secret: str, body: bytes) -> str:
    """Return GitHub's `X-Hub-Signature-256` value for `body` (sent too, for GitHub-style receivers)."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def retry_after_s(value: str | None, now: datetime, cap_s: float) -> float | None:
    """Read Retry-After (seconds or an HTTP date) as seconds from `now`, capped at `cap_s`."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value) if value.isdigit() else (parsedate_to_datetime(value) - now).total_seconds()
    except (TypeError, ValueError, OverflowError):
        return None
    return max(0.0, min(seconds, cap_s))


def _refused_address(address: str) -> bool:
    """Say whether the SSRF rules of the feed fetcher (F9) refuse this address."""
    return refusal_reason(address) is not None


class GuardedSyncBackend(httpcore.NetworkBackend):
    """Resolve, check each address with the fetcher's SSRF rules, connect to a checked one only.

    The check runs at connect time on the resolved address, so DNS rebinding cannot slip a
    private address in between the check and the connect (the sync twin of netguard's backend).
    """

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self.inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
                    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        allowed = [a for a in addresses if is_allowed(a, self.allow_private)]
        if not allowed:
            reasons = "; ".join(filter(None, (refusal_reason(a) for a in addresses)))
            raise BlockedAddressError(f"{host}:{port}", f"refused non-public address: {reasons or host}")
        last: Exception | None = None
        for address in allowed:
            try:
                return self.inner.connect_tcp(address, port, timeout=timeout, local_address=local_address,
                                              socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
                            ) -> httpcore.NetworkStream:
        raise BlockedAddressError(path, "unix sockets are not allowed")


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """Return the verifying TLS context, built once (loading the CA store costs tens of ms)."""
    return ssl.create_default_context()


def guarded_client(timeout: float, allow_private: bool) -> httpx.Client:
    """Return an httpx client that never follows redirects and connects only where SSRF rules allow."""
    transport = httpx.HTTPTransport(verify=_tls_context(), trust_env=False)
    # httpx has no public hook for the network backend: swap the pool for one using the guard.
    transport._pool = httpcore.ConnectionPool(ssl_context=_tls_context(), max_connections=4,
                                              network_backend=GuardedSyncBackend(allow_private))
    return httpx.Client(transport=transport, timeout=timeout, follow_redirects=False, trust_env=False)


def check_webhook_url(channel: str, url: str) -> None:
    """Refuse a URL that is not http(s)://host/… (PermanentDeliveryError)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PermanentDeliveryError(channel, f"webhook URL must be http(s)://host/…, got {url!r}")


def send_webhook(channel: Channel, message: Outgoing, settings: Settings, now: datetime, *,
                 environ: Mapping[str, str] | None = None, timeout_s: float | None = None) -> None:
    """POST `message` to the channel's URL once; raise a DeliveryError subclass unless 2xx."""
    opts = channel.options
    url = str(opts.get("url") or "")
    check_webhook_url(channel.name, url)
    allow_private = bool(opts.get("allow_private"))  # per channel only, not the feeds' global opt-in
    body = render_webhook(message)
    timestamp = int(now.timestamp())
    headers = {"content-type": "application/json", "user-agent": USER_AGENT,
               "webhook-id": message.message_id, "webhook-timestamp": str(timestamp)}
    secret_env = opts.get("secret_env")
    if secret_env:
        secret = settings.secret(str(secret_env), environ)
        if not secret:
            raise DeliveryError(channel.name, f"the signing secret ${secret_env} is not set")
        try:
            headers["webhook-signature"] = sign(secret, message.message_id, timestamp, body)
        except ValueError:
            raise PermanentDeliveryError(channel.name,
                                         f"${secret_env} is not a valid whsec_ secret") from None
    timeout = timeout_s if timeout_s is not None else float(str(opts.get("timeout_s") or TIMEOUT_S))
    try:
        with guarded_client(timeout, allow_private) as client:
            response = client.post(url, content=body, headers=headers)
    except BlockedAddressError as exc:
        raise PermanentDeliveryError(channel.name, f"{exc} (set allow_private = true on the channel "
                                     "to allow it)") from None
    except httpx.TimeoutException:
        raise DeliveryError(channel.name, f"no answer within {timeout:g} s") from None
    except httpx.HTTPError as exc:
        raise DeliveryError(channel.name, f"network error: {type(exc).__name__}: {exc}") from None
    status = response.status_code
    if 200 <= status < 300:
        return
    wait = retry_after_s(response.headers.get("retry-after"), now, settings.max_retry_after_s)
    if status == 410:
        raise EndpointGoneError(channel.name, "410 Gone: endpoint disabled")
    if 300 <= status < 400:
        raise DeliveryError(channel.name, f"{status} redirect to {response.headers.get('location')!r} "
                            "not followed: fix the channel URL", retry_after=wait)
    if status in RETRYABLE or status >= 500:
        raise DeliveryError(channel.name, f"HTTP {status}", retry_after=wait)
    raise PermanentDeliveryError(channel.name, f"HTTP {status}: refused")
