"""Real parts for the end-to-end pipeline tests: outlets' feeds, an SMTP sink, a verifying webhook
receiver and the daemon as a subprocess.

    feeds = outlet_feeds(seed_article(NOW), load_demo_articles(DEMO_DIR, NOW))   # {path: RSS bytes}
    hook = HookReceiver(statuses=[500, 200])       # a LoopbackServer route handler
    with SmtpSink.running() as smtp: ...           # aiosmtpd on 127.0.0.1
    daemon = DaemonProcess.start(config, store)    # `python -m monitor --config CFG --db DB run`

Everything listens on 127.0.0.1; nothing is mocked.
"""

from __future__ import annotations

import base64
import email
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.message import Message
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from monitor.alerts.webhook import verify
from monitor.daemon.replay import read_text_article
from monitor.demo import build_rss
from monitor.model import Article
from tests.conftest import ROOT, SHARED
from tests.loopback import RecordedRequest, Reply

SEEDS = SHARED / "seeds"
SECRET_ENV = "E2E_HOOK_SECRET"
SECRET = "whsec_" + base64.b64encode(b"end-to-end-pipeline-secret-0123").decode()
FALLEN = ("Kandahar", "Lashkar Gah", "Ghazni", "Herat")
HELD = ("Kabul", "Mazar-i-Sharif", "Pul-e-Alam", "Logar")
OUTLETS = ("outlet-a.example", "outlet-b.example", "outlet-c.example", "outlet-d.example")
# Our own headline for the seed text (the file has none: its first line is a photo caption).
SEED_TITLE = "Afghanistan : Washington et Londres envoient des soldats pour évacuer leurs ressortissants"
VARIANT_TITLE = "Les talibans aux portes de Kaboul, Américains et Britanniques préparent l'évacuation"
SEED_PUBLISHED = "2021-08-13T11:00:00Z"
RECIPIENT = f"desk-{uuid.uuid4().hex[:12]}@newsroom.example"  # this test run's mailbox


def seed_file() -> Path | None:
    """Return the shared seed article (a .txt under ../shared/seeds), or None when absent."""
    found = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    return found[0] if found else None


def seed_article(now: datetime) -> Article | None:
    """Read the seed as one French article under our own title (the caption stays its first line)."""
    path = seed_file()
    if path is None:
        return None
    text = f"{SEED_TITLE}\nDate: {SEED_PUBLISHED}\nLang: fr\n\n" + path.read_text(encoding="utf-8")
    return read_text_article(text, "seed-" + path.stem, now)


def seed_variant(seed: Article) -> Article:
    """Return an updated version of the seed as another outlet runs it: new title, caption cut."""
    paragraphs = seed.text.split("\n")[2:]  # without the photo caption and its credit line
    return replace(seed, title=VARIANT_TITLE, text="\n".join(paragraphs), guid=seed.guid + "-v2")


def at_outlet(article: Article, outlet: str, slug: str) -> Article:
    """Return `article` as published by `outlet`: its own link and guid."""
    url = f"https://{outlet}/2021/08/{slug}"
    return replace(article, url=url, guid=url)


def outlet_feeds(seed: Article | None, demo: Sequence[tuple[str, Article]]) -> dict[str, bytes]:
    """Build four outlets' RSS feeds: the seed and its copies beside the demo articles.

    Outlets are told apart by their links' domains (every feed is served from 127.0.0.1): the seed
    runs on three of them (two identical copies, one updated variant), a demo article is syndicated
    on a second outlet, and each demo article appears at least once.
    """
    by_stem = dict(demo)
    plan: dict[str, list[Article]] = {o: [] for o in OUTLETS}
    a, b, c, d = OUTLETS
    if seed is not None:
        plan[a].append(at_outlet(seed, a, "afghanistan-evacuation"))
        plan[b].append(at_outlet(seed, b, "monde/afghanistan-troupes"))
        plan[c].append(at_outlet(seed_variant(seed), c, "international/kaboul-evacuation"))
    homes = {a: ("001-ghazni", "003-ismail-khan"), b: ("005-lashkar-gah", "007-mazar-kabul"),
             c: ("002-herat", "006-logar"), d: ("004-kandahar", "002-herat")}  # Herat twice: syndicated
    for outlet, stems in homes.items():
        plan[outlet] += [at_outlet(by_stem[s], outlet, s) for s in stems if s in by_stem]
    for stem, article in demo:  # demo articles added later still get served somewhere
        if not any(stem in stems for stems in homes.values()):
            plan[d].append(at_outlet(article, d, stem))
    paths = {a: "/outlet-a/rss.xml", b: "/outlet-b/fil-info.xml", c: "/outlet-c/feed.rss",
             d: "/outlet-d/world/rss"}
    return {paths[o]: build_rss(f"News from {o}", f"https://{o}/", None, items)
            for o, items in plan.items()}


@dataclass
class Hook:
    """One webhook POST as received: id, parsed body, whether its signature was valid."""

    id: str
    body: dict[str, Any]
    raw: bytes
    valid: bool
    status: int

    @property
    def kind(self) -> str:
        return str(self.body.get("data", {}).get("kind", ""))

    @property
    def place(self) -> str:
        return str(self.body.get("data", {}).get("place", ""))


@dataclass
class HookReceiver:
    """A webhook endpoint (LoopbackServer handler) that checks every signature with `verify`.

    `statuses` scripts the answers to the valid requests in order (the last one repeats);
    `delay_s` holds each answer back, so a kill can land in the middle of a delivery.
    """

    statuses: list[int] = field(default_factory=lambda: [204])
    delay_s: float = 0.0
    secret: str = SECRET
    hooks: list[Hook] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, req: RecordedRequest, raw: BaseHTTPRequestHandler) -> Reply:
        if self.delay_s:
            time.sleep(self.delay_s)
        valid = verify(self.secret, req.headers, req.body, datetime.now(UTC))
        with self.lock:
            status = 401 if not valid else self.statuses.pop(0) if len(self.statuses) > 1 \
                else self.statuses[0]
            try:
                body = json.loads(req.body)
            except ValueError:
                body = {}
            self.hooks.append(Hook(req.headers.get("webhook-id", ""), body, req.body, valid, status))
        return Reply(status, b"" if status == 204 else b"{}")

    def accepted(self) -> list[Hook]:
        """Return the requests answered 2xx."""
        with self.lock:
            return [h for h in self.hooks if 200 <= h.status < 300]


class SmtpCollector:
    """An aiosmtpd handler that keeps every message sent to this test run's RECIPIENT.

    Other test runs on the machine pick free ports too: a message for another recipient (a stray
    retry aimed at a port we reused) is counted, not kept.
    """

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.strangers = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if RECIPIENT in envelope.rcpt_tos:
            self.messages.append(email.message_from_bytes(envelope.content, policy=default_policy))
        else:
            self.strangers += 1
        return "250 OK"


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 nothing listens on (yet)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def smtp_sink(port: int | None = None) -> Iterator[tuple[int, SmtpCollector]]:
    """Run a plain SMTP server on 127.0.0.1 (on `port`, or a free one); yield (port, collector)."""
    collector = SmtpCollector()
    controller = Controller(collector, hostname="127.0.0.1", port=port or free_port())
    controller.start()
    try:
        yield controller.port, collector
    finally:
        controller.stop()


def email_channel(name: str, port: int) -> str:
    """Return a [[channels]] table for a plain-SMTP channel on loopback."""
    return (f'\n[[channels]]\nname = "{name}"\nkind = "email"\nhost = "127.0.0.1"\nport = {port}\n'
            f'security = "none"\nfrom = "monitor@alerts.example"\nto = ["{RECIPIENT}"]\n'
            "timeout_s = 5\n")


def webhook_channel(name: str, url: str) -> str:
    """Return a [[channels]] table for a signed webhook allowed to reach loopback."""
    return (f'\n[[channels]]\nname = "{name}"\nkind = "webhook"\nurl = "{url}"\n'
            f'secret_env = "{SECRET_ENV}"\nallow_private = true\ntimeout_s = 5\n')


def write_config(folder: Path, feed_urls: Sequence[str], channels: Sequence[str],
                 interval: str = "2s") -> Path:
    """Write a daemon configuration polling `feed_urls` often, with no HTTP endpoint."""
    feeds = "".join(f'\n[[feeds]]\nurl = "{u}"\ninterval = "{interval}"\nallow_private = true\n'
                    for u in feed_urls)
    path = folder / "e2e.toml"
    path.write_text(f"""
[poll]
interval = "{interval}"
min_interval = "1s"
tick = "1s"
concurrency = 4
parse_workers = 0
[limits]
connect_timeout = 2
total_timeout = 10
[alerts]
policy = "first-report"
confirm_outlets = 2
[http]
address = ""
{feeds}{''.join(channels)}""", encoding="utf-8")
    return path


def daemon_env() -> dict[str, str]:
    """Return the environment of a child process: no MONITOR_* leaking in, the hook secret set."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env[SECRET_ENV] = SECRET
    return env


@dataclass
class DaemonProcess:
    """`monitor run` in a child process, its standard error kept in a file."""

    proc: subprocess.Popen[bytes]
    store: Path
    log: Path

    @classmethod
    def start(cls, config: Path, store: Path, log: Path) -> DaemonProcess:
        handle = log.open("ab")
        try:
            proc = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "--db",
                                     str(store), "run"], cwd=ROOT, env=daemon_env(),
                                    stdout=subprocess.DEVNULL, stderr=handle)
        finally:
            handle.close()
        return cls(proc, store, log)

    def stderr(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, check: Callable[[], bool], timeout: float, what: str) -> float:
        """Poll `check` until it holds; return the seconds it took. Fail if the daemon dies first."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            if check():
                return time.monotonic() - start
            if self.proc.poll() is not None:
                raise AssertionError(f"daemon exited ({self.proc.returncode}) before {what}:\n"
                                     f"{self.stderr()[-3000:]}")
            time.sleep(0.1)
        raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}:\n{self.stderr()[-3000:]}")

    def wait_started(self, timeout: float = 30) -> float:
        """Wait until the daemon recorded its start (its signal handlers are in place by then)."""
        return self.wait_for(lambda: query(self.store, "SELECT value FROM daemon_state WHERE key = 'pid'")
                             == [(str(self.proc.pid),)], timeout, "the daemon to start")

    def terminate(self, timeout: float = 15) -> int:
        """Send SIGTERM and return the exit status."""
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def kill(self) -> None:
        """SIGKILL the daemon (if it still runs) and reap it."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)


def query(store: Path, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Run one read query on the store in a fresh connection ([] when not migrated yet)."""
    conn = sqlite3.connect(store, timeout=10)
    try:
        return list(conn.execute(sql, params).fetchall())
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


def count(store: Path, sql: str, params: Sequence[Any] = ()) -> int:
    """Return the first column of the first row of `sql` as an int (-1 when it cannot run)."""
    rows = query(store, sql, params)
    return int(rows[0][0]) if rows else -1


def pipeline_settled(store: Path, feeds: int) -> bool:
    """Say whether every feed was stored, every article processed and no delivery is pending."""
    return (count(store, "SELECT count(*) FROM feeds WHERE body_hash IS NOT NULL") == feeds
            and count(store, "SELECT count(*) FROM articles WHERE processed = 0") == 0
            and count(store, "SELECT count(*) FROM alerts") > 0
            and count(store, "SELECT count(*) FROM deliveries WHERE status = 'pending'") == 0)


def integrity(store: Path) -> str:
    """Return SQLite's `PRAGMA integrity_check` verdict for the store."""
    conn = sqlite3.connect(store)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def change_subjects(messages: Sequence[Message]) -> list[str]:
    """Return the subjects of the change-of-hands e-mails (not the follow-ups)."""
    return [str(m["Subject"]) for m in messages
            if "confirmed by" not in str(m["Subject"]) and "no longer supported" not in str(m["Subject"])]


def broken_invariants(store: Path) -> list[str]:
    """Return what a kill must never leave behind: a change without its alert, an alert without outbox rows…

    (Unlike the fake-detector invariants of `killkit`, a processed article may have no events here:
    real articles often report no change of hands.)
    """
    checks = {
        "change without its alert": "SELECT count(*) FROM control_changes c WHERE NOT EXISTS "
                                    "(SELECT 1 FROM alerts a WHERE a.change_id = c.id AND a.kind = 'change')",
        "alert without deliveries": "SELECT count(*) FROM alerts a WHERE NOT EXISTS "
                                    "(SELECT 1 FROM deliveries d WHERE d.alert_id = a.id)",
        "event of an unprocessed article": "SELECT count(*) FROM events e JOIN articles a "
                                           "ON a.id = e.article_id WHERE a.processed = 0",
        "two changes for one city": "SELECT count(*) FROM (SELECT place FROM control_changes "
                                    "GROUP BY place, controller HAVING count(*) > 1)",
    }
    return [f"{name}: {n}" for name, sql in checks.items() if (n := count(store, sql))]
