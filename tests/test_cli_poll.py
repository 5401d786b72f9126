"""`monitor poll`, `replay` and `articles` through the CLI, against real stores."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from monitor.daemon.oneshot import worker_context
from monitor.daemon.replay import read_text_article
from monitor.store.db import open_store
from tests.clitools import invoke, invoke_json, run
from tests.conftest import ROOT, SHARED
from tests.loopback import LoopbackServer, RecordedRequest, Reply
from tests.rssfarm import item, rss

NOW = datetime(2021, 8, 13, 12, 0, tzinfo=UTC)


def test_poll_once_fetches_due_feeds_and_prints_a_summary(server: LoopbackServer, db_path: Path) -> None:
    """`poll --once` polls every due feed once and says what it stored."""
    for n in range(2):
        url = server.route(f"/p{n}.xml", rss([item(n * 10 + k) for k in range(3)]))
        invoke(db_path, "feeds", "add", url, "--no-fetch", "--allow-private")
    result = invoke(db_path, "poll", "--once")
    assert result.exit_code == 0, result.output
    assert "2 feeds polled: 2 ok" in result.output and "6 new articles" in result.output
    again = invoke_json(db_path, "poll", "--once")
    assert again["feeds"] == 0  # nothing is due yet


def test_replay_demo_articles_then_search(db_path: Path) -> None:
    """The demo text articles replay into a never-polled pseudo-feed and are searchable."""
    summary = invoke_json(db_path, "replay", str(ROOT / "seeds" / "demo"))
    assert summary["files"] >= 6 and summary["new"] == summary["files"] and summary["skipped"] == []
    again = invoke_json(db_path, "replay", str(ROOT / "seeds" / "demo"))
    assert again["new"] == 0 and again["updated"] == 0
    [feed] = invoke_json(db_path, "feeds", "list")
    assert feed["url"].startswith("file://") and feed["status"] == "disabled"
    hits = invoke_json(db_path, "articles", "search", "Kandahar")
    assert hits and any("Kandahar" in h["title"] for h in hits)
    assert invoke_json(db_path, "articles", "search", "Lashkar", "talibans")


def test_replay_a_feed_file_and_skip_a_broken_one(tmp_path: Path, db_path: Path) -> None:
    """A local feed file is replayed; an unreadable one is skipped with its reason, not a crash."""
    (tmp_path / "good.xml").write_bytes(rss([item(1), item(2)]))
    (tmp_path / "bad.xml").write_bytes(b"<<< not a feed")
    result = invoke(db_path, "replay", str(tmp_path / "good.xml"), str(tmp_path / "bad.xml"))
    assert result.exit_code == 0, result.output
    assert "2 new articles" in result.stdout and "bad.xml" in result.stderr


def test_replay_the_shared_seed_articles(db_path: Path) -> None:
    """The shared seed articles (plain text, first line the title) replay into the store."""
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"{seeds} is absent (the shared folder is not beside the repository)")
    summary = invoke_json(db_path, "replay", str(seeds))
    assert summary["new"] >= 1 and summary["skipped"] == []


def test_articles_search_with_operator_characters_is_safe(db_path: Path) -> None:
    """Quotes and dashes in a search are plain text: no FTS syntax error reaches the user."""
    invoke(db_path, "replay", str(ROOT / "seeds" / "demo"))
    for text in ('"Herat', "Mazar-i-Sharif", "-", "NEAR("):
        result = invoke(db_path, "articles", "search", text)
        assert result.exit_code == 0, (text, result.output)


def test_articles_list_and_show(db_path: Path) -> None:
    """Listed articles can be shown in full."""
    invoke(db_path, "replay", str(ROOT / "seeds" / "demo"))
    latest = invoke_json(db_path, "articles", "list", "--limit", "3")
    assert len(latest) == 3 and latest[0]["published"] >= latest[-1]["published"]
    shown = invoke_json(db_path, "articles", "show", str(latest[0]["id"]))
    assert shown["title"] == latest[0]["title"] and shown["text"]


def test_search_as_a_subprocess(db_path: Path) -> None:
    """`replay` then `articles search --json` work as real command lines."""
    assert run(db_path, "replay", "seeds/demo").code == 0
    done = run(db_path, "articles", "search", "Ghazni", "--json")
    assert done.code == 0, done.err
    assert any("Ghazni" in h["title"] for h in json.loads(done.out))


@pytest.mark.parametrize(("text", "title", "lang", "published", "body_start"), [
    ("Title here\nBody line one.\nBody line two.", "Title here", None, NOW, "Body line one."),
    ("\n\n  Spaced   title \nDate: 2021-08-12T09:30:00Z\nLang: fr\n\nTexte.", "Spaced title", "fr",
     datetime(2021, 8, 12, 9, 30, tzinfo=UTC), "Texte."),
    ("Caption\nSource : Agency\nText.", "Caption", None, NOW, "Source : Agency"),
    ("T\nDate: not a date\nX", "T", None, NOW, "X"),
    ("Only a title", "Only a title", None, NOW, ""),
])
def test_read_text_article(text: str, title: str, lang: str | None, published: datetime,
                           body_start: str) -> None:
    """A text article's first line is its title; Date/Lang headers right under it are read."""
    article = read_text_article(text, "a.txt", NOW)
    assert (article.title, article.lang, article.published) == (title, lang, published)
    assert article.text.startswith(body_start) and article.guid == "a.txt" and article.content_hash


def test_poll_once_as_a_command_detects_every_article_in_its_workers(server: LoopbackServer,
                                                                      db_path: Path) -> None:
    """The command, as a user runs it: parsing and detection in forked workers, nothing left pending."""
    assert invoke(db_path, "watch", "import", str(ROOT / "seeds" / "watchlist.json")).exit_code == 0
    for n in range(3):  # bodies over 4 KB: parsed in the parser process, not in the fetching one
        items = [item(n * 100 + k) for k in range(25)]
        items.append(item(n * 100 + 99, title="Herat falls", link=f"https://wire{n}.example/herat",
                          text="Taliban fighters captured Herat on Thursday after the army withdrew."))
        url = server.route(f"/w{n}.xml", rss(items))
        invoke(db_path, "feeds", "add", url, "--no-fetch", "--allow-private")
    done = run(db_path, "poll", "--once", "--json")
    assert done.code == 0, done.err
    summary = json.loads(done.out)
    assert summary["new_articles"] == 78
    db = open_store(db_path, migrate=False)
    try:
        assert db.execute("SELECT count(*) FROM articles WHERE processed = 0").fetchone()[0] == 0
        assert [tuple(r) for r in db.execute("SELECT place, controller FROM control_changes")] == \
            [("Herat", "Taliban")]
    finally:
        db.close()


def test_workers_are_forked_only_while_one_thread_runs() -> None:
    """Forking a threaded process can copy a lock another thread holds: then a forkserver starts them."""
    alone = subprocess.run([sys.executable, "-c", "from monitor.daemon.oneshot import worker_context; "
                            "print(worker_context().get_start_method())"], capture_output=True, text=True,
                           cwd=ROOT, check=True)
    assert alone.stdout.strip() == "fork"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert worker_context().get_start_method() == "forkserver"
    finally:
        stop.set()
        other.join()


def _children(pid: int) -> list[int]:
    """Return the pids of a process's children (read from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads the process tree from /proc")
def test_poll_once_detects_every_article_even_when_a_worker_is_killed(server: LoopbackServer,
                                                                       db_path: Path) -> None:
    """kill -9 of a worker process mid-poll: the command parses and detects the rest itself."""
    assert invoke(db_path, "watch", "import", str(ROOT / "seeds" / "watchlist.json")).exit_code == 0

    def slow(n: int) -> Any:
        items = [item(n * 100 + k) for k in range(25)]
        items.append(item(n * 100 + 99, title="Herat falls", link=f"https://wire{n}.example/herat",
                          text="Taliban fighters captured Herat on Thursday after the army withdrew."))
        body = rss(items)

        def handler(_: RecordedRequest, __: BaseHTTPRequestHandler) -> Reply:
            time.sleep(1.5)  # every feed answers late: the workers are killed before any article
            return Reply(200, body, {"Content-Type": "application/rss+xml"})
        return handler

    for n in range(4):
        invoke(db_path, "feeds", "add", server.route(f"/s{n}.xml", handler=slow(n)), "--no-fetch",
               "--allow-private")
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    command = subprocess.Popen([sys.executable, "-m", "monitor", "--db", str(db_path), "poll", "--once",
                                "--json"], cwd=ROOT, env=environ, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    while len(workers := _children(command.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(workers) >= 2, "the command started no worker processes"
    os.kill(workers[0], signal.SIGKILL)
    out, err = command.communicate(timeout=60)
    assert command.returncode == 0, err
    assert json.loads(out)["new_articles"] == 104
    db = open_store(db_path, migrate=False)
    try:
        assert db.execute("SELECT count(*) FROM articles WHERE processed = 0").fetchone()[0] == 0
        changes = db.execute("SELECT place, controller FROM control_changes").fetchall()
        assert [tuple(r) for r in changes] == [("Herat", "Taliban")]
    finally:
        db.close()
