"""One style for every command's messages, checked by walking a day of use through the real `main`.

Confirmations start with a capital ("Added feed 1: …"); errors and warnings are one line starting
with `monitor: ` (never click's "Error:" block or a traceback); counts agree with their nouns
("1 feed", "2 feeds", never "1 feeds" or "feed(s)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli import main
from tests.loopback import LoopbackServer
from tests.rssfarm import item, rss

PLURAL_NOUNS = ("feeds", "articles", "alerts", "places", "actors", "cities", "changes", "messages", "files",
                "entries", "outlets", "channels", "deliveries", "new articles")
ONE_PLURAL = re.compile(r"(?<![\d.,])\b1 (" + "|".join(PLURAL_NOUNS) + r")\b")


@dataclass
class Ran:
    args: tuple[str, ...]
    code: int
    out: str
    err: str


def call(*args: str, env: dict[str, str] | None = None) -> Ran:
    """Run `monitor ARGS…` through `main`, as the console script does, capturing both streams."""
    with CliRunner().isolation(env={"COLUMNS": "80", **(env or {})}) as (out, err, _):
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        return Ran(args, code, out.getvalue().decode(), err.getvalue().decode())


def day_of_use(tmp_path: Path, server: LoopbackServer) -> Iterator[Ran]:
    """Yield the result of each command an operator would run in a first day, errors included."""
    db = str(tmp_path / "store.db")
    feed = server.route("/style/wire.xml", rss([item(1), item(2), item(3)]))
    one = server.route("/style/one.xml", rss([item(7)]))
    opml = tmp_path / "subs.opml"
    opml.write_text('<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example.org/rss"/>'
                    '<outline text="B" xmlUrl="mailto:x@example.org"/></body></opml>', encoding="utf-8")
    bad_config = tmp_path / "bad.toml"
    bad_config.write_text('[poll]\nintervall = "5m"\n', encoding="utf-8")
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("Quiet day in the valley\nNothing happened.\n", encoding="utf-8")

    steps: list[tuple[str, ...]] = [
        ("cities",),                                             # no store yet
        ("--config", str(bad_config), "status"),                 # bad configuration
        ("actors", "add", "Taliban", "--country", "AF"),
        ("actors", "add", "Afghan government", "--country", "AF", "--government", "--opposes", "Taliban"),
        ("actors", "list"),
        ("sides",),
        ("watch", "add", "Kandahar", "--controller", "Afghan government"),
        ("watch", "add", "Kandahr"),
        ("watch", "add", "Springfield"),
        ("watch", "add", "Herat"),
        ("watch", "alias", "add", "Herat", "Hérat city"),
        ("watch", "set-controller", "Herat", "Taliban"),
        ("watch", "list"),
        ("watch", "remove", "Herat"),
        ("feeds", "add", "not a url"),
        ("feeds", "add", feed, "--allow-private"),
        ("feeds", "add", one, "--allow-private"),
        ("feeds", "add", feed, "--allow-private"),               # already there
        ("feeds", "import", str(opml)),
        ("feeds", "list"),
        ("feeds", "edit", "1", "--interval", "20m"),
        ("feeds", "edit", "1"),
        ("feeds", "remove", "3"),
        ("poll", "--once", "--all"),
        ("replay", str(texts)),
        ("articles", "search", "Kandahar"),
        ("articles", "search", "zzzznothing"),
        ("articles", "show", "999"),
        ("cities",),
        ("history", "Kandahar"),
        ("history", "Nowhere"),
        ("channels", "add", "webhook", "ops", "--url", "http://127.0.0.1:9/in"),
        ("channels", "add", "webhook", "ops", "--url", "http://127.0.0.1:9/in", "--allow-private"),
        ("channels", "edit", "ops", "--timeout", "3"),
        ("channels", "list"),
        ("channels", "enable", "ops"),
        ("alerts", "list"),
        ("alerts", "retry", "999"),
        ("alerts", "deliver"),
        ("status",),
        ("channels", "remove", "ops"),
        ("watch", "frobnicate"),
    ]
    for step in steps:
        yield call("--db", db, *step)


@pytest.fixture(scope="module")
def walked(tmp_path_factory: pytest.TempPathFactory, http_server: LoopbackServer) -> list[Ran]:
    """Walk once for the whole module (about 20 s); each test checks one rule on every step."""
    http_server.reset()
    return list(day_of_use(tmp_path_factory.mktemp("walk"), http_server))


def test_the_walk_covers_successes_and_failures(walked: list[Ran]) -> None:
    """The walk really exercises both kinds of outcome, so the checks below mean something."""
    assert sum(r.code == 0 for r in walked) >= 25
    assert sum(r.code != 0 for r in walked) >= 10


def test_errors_are_one_line_starting_with_monitor(walked: list[Ran]) -> None:
    """A failed command ends with one `monitor: …` line; no click block, no traceback."""
    for ran in walked:
        lines = ran.err.splitlines()
        assert not any(line.startswith(("Error:", "Usage:", "Traceback", "Try ")) for line in lines), ran
        if ran.code:
            assert lines, ran
            assert lines[-1].startswith("monitor: "), ran
            flagged = [line for line in lines if line.startswith("monitor: ")]
            assert len(flagged) == (2 if ran.args[-1] == "--config" else len(flagged)), ran
            if ran.args[-2:] != ("add", "Springfield"):  # the candidates list goes before the error
                assert len(lines) == 1, ran


def test_warnings_say_monitor_warning(walked: list[Ran]) -> None:
    """Warnings of successful commands are `monitor: warning: …` lines."""
    for ran in walked:
        if ran.code == 0:
            for line in ran.err.splitlines():
                assert line.startswith("monitor: warning: ") or line.startswith("Wrote "), ran


def test_confirmations_start_with_a_capital(walked: list[Ran]) -> None:
    """What a successful command prints starts with a capital letter, a digit or a table header."""
    for ran in walked:
        if ran.code == 0 and ran.out.strip():
            first = ran.out.lstrip()[0]
            assert first.isupper() or first.isdigit() or first in "[{", ran


def test_counts_agree_with_their_nouns(walked: list[Ran]) -> None:
    """No "1 feeds", no "feed(s)": counts go through one plural rule."""
    for ran in walked:
        text = ran.out + ran.err
        assert not ONE_PLURAL.search(text), (ONE_PLURAL.search(text), ran)
        assert not re.search(r"[a-z]\(s\)(?!:)", text.replace("http(s)", "")), ran
