"""Helpers for the alert tests: a sample payload, channels and a verifying webhook receiver."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from typing import Any

from sqlite_utils import Database

from monitor.alerts.outbox import queue_alert
from monitor.model import Channel
from monitor.store.channels import add_channel
from monitor.store.db import write_transaction
from tests.loopback import RecordedRequest, Reply

T0 = datetime(2021, 8, 13, 6, 0, tzinfo=UTC)
SECRET = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()
SECRET_ENV = {"HOOK_SECRET": SECRET}


def payload(place: str = "Kandahar", title: str = "Taliban take Kandahar", **extra: Any) -> dict[str, Any]:
    """Return a change-of-hands payload like the one process.py freezes into an alert."""
    data: dict[str, Any] = {
        "kind": "change", "place": place, "country": "AF", "previous": "Afghan government",
        "controller": "Taliban", "at": T0.isoformat(), "confidence": 0.9, "status": "unconfirmed",
        "outlets": 1, "retake": False, "note": "",
        "evidence": [{"sentence": f"The Taliban captured {place} on Friday.", "title": title,
                      "url": "https://news.example/kandahar", "outlet": "news.example"}],
    }
    data.update(extra)
    return data


def add_webhook(db: Database, url: str, name: str = "hook", **options: Any) -> Channel:
    """Add a signed webhook channel allowed to reach loopback."""
    opts = {"url": url, "secret_env": "HOOK_SECRET", "allow_private": True, **options}
    digest = opts.pop("digest", "instant")
    quiet = opts.pop("quiet_hours", None)
    tz = opts.pop("timezone", "UTC")
    return add_channel(db, name, "webhook", opts, now=T0, digest=digest, quiet_hours=quiet, timezone=tz)


def queue(db: Database, now: datetime = T0, urgent: bool = True, kind: str = "change", **extra: Any) -> int:
    """Queue one alert for every enabled channel, as process.py does inside its transaction."""
    with write_transaction(db):
        return queue_alert(db, kind, payload(kind=kind, **extra), now=now, urgent=urgent)


def independent_verify(secret: str, headers: dict[str, str], body: bytes) -> bool:
    """Verify a Standard Webhooks signature without using monitor's own code."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return any(hmac.compare_digest(expected, s) for s in headers.get("webhook-signature", "").split())


@dataclass
class Receiver:
    """A webhook endpoint answering from a script of statuses and checking every signature."""

    statuses: list[int] = field(default_factory=lambda: [200])
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    received: list[tuple[dict[str, str], bytes]] = field(default_factory=list)
    bad_signatures: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, req: RecordedRequest, raw: BaseHTTPRequestHandler) -> Reply:
        if self.delay_s:
            threading.Event().wait(self.delay_s)
        with self.lock:
            if not independent_verify(SECRET, req.headers, req.body):
                self.bad_signatures += 1
                return Reply(401, b"bad signature")
            self.received.append((req.headers, req.body))
            status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return Reply(status, b"ok", dict(self.headers))

    def ids(self) -> list[str]:
        return [h["webhook-id"] for h, _ in self.received]

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(b) for _, b in self.received]


Handler = Callable[[RecordedRequest, BaseHTTPRequestHandler], Reply]
