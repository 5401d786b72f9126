"""Deliver one message to a webhook endpoint, signed the Standard Webhooks way.

Headers: `webhook-id` (stable across retries, receivers dedupe on it), `webhook-timestamp`
(Unix seconds of this attempt) and `webhook-signature: v1,<base64 HMAC-SHA256 of
"id.timestamp.body">` keyed with the `whsec_…` secret named by the channel's `secret_env`.

Outcome, as exceptions: 2xx returns; 408, 429, 5xx, 3xx (never followed: fix the URL) and
network errors raise DeliveryError (retried, honouring Retry-After); 410 raises
EndpointGoneError (the channel is disabled); any other 4xx raises PermanentDeliveryError.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import socket
from collections.abc import Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from monitor.alerts.render import Outgoing, render_webhook
from monitor.config import Settings
from monitor.errors import DeliveryError, EndpointGoneError, PermanentDeliveryError
from monitor.model import Channel

TIMEOUT_S = 15.0
RETRYABLE = {408, 425, 429}
USER_AGENT = "monitor-webhook/1"


def secret_key(secret: str) -> bytes:
    """Return the HMAC key: base64-decoded after a `whsec_` prefix, else the raw text."""
    if secret.startswith("whsec_"):
        return base64.b64decode(secret.removeprefix("whsec_"))
    return secret.encode("utf-8")


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """Return the `webhook-signature` value ("v1,<base64>") for exactly these body bytes."""
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def verify(secret: str, headers: Mapping[str, str], body: bytes, now: datetime,
           tolerance_s: int = 300) -> bool:
    """Check a received webhook as a receiver should: fresh timestamp, one matching signature."""
    lower = {k.lower(): v for k, v in headers.items()}
    try:
        msg_id, ts = lower["webhook-id"], int(lower["webhook-timestamp"])
    except (KeyError, ValueError):
        return False
    if abs(now.timestamp() - ts) > tolerance_s:
        return False
    expected = sign(secret, msg_id, ts, body)
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
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip in ipaddress.ip_network("100.64.0.0/10")


def check_webhook_url(channel: str, url: str, allow_private: bool) -> None:
    """Refuse a URL that is not http(s), or resolves to a private/loopback/metadata address.

    Raises PermanentDeliveryError (a refused URL does not get better by waiting), or
    DeliveryError when the name does not resolve now.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise PermanentDeliveryError(channel, f"webhook URL must be http(s)://host/…, got {url!r}")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise DeliveryError(channel, f"cannot resolve {parts.hostname}: {exc}") from None
    for info in infos:
        if _refused_address(str(info[4][0])):
            raise PermanentDeliveryError(
                channel, f"refused: {parts.hostname} resolves to non-public address {info[4][0]} "
                "(set allow_private = true on the channel to allow it)")


def send_webhook(channel: Channel, message: Outgoing, settings: Settings, now: datetime, *,
                 environ: Mapping[str, str] | None = None, timeout_s: float | None = None) -> None:
    """POST `message` to the channel's URL once; raise a DeliveryError subclass unless 2xx."""
    opts = channel.options
    url = str(opts.get("url") or "")
    check_webhook_url(channel.name, url, bool(opts.get("allow_private") or settings.allow_private))
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
        with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
            response = client.post(url, content=body, headers=headers)
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
