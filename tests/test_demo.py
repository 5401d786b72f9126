"""The offline demo: the seed articles served as RSS on 127.0.0.1, polled into a store."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from monitor.config import Settings
from monitor.daemon.replay import read_text_article
from monitor.demo import DEMO_DIR, build_demo_feeds, build_rss, load_demo_articles, run_demo
from monitor.feeds.parse import parse_feed
from monitor.store.articles import search_articles
from monitor.store.db import open_store
from monitor.store.feeds import get_feeds
from tests.clitools import invoke, invoke_json

NOW = datetime(2021, 8, 14, 12, 0, tzinfo=UTC)


def test_demo_articles_are_french_and_english_with_titles_and_dates() -> None:
    """Every demo article has a title, a date in August 2021 and a language (French or English)."""
    articles = load_demo_articles(DEMO_DIR, NOW)
    assert len(articles) >= 6
    assert {a.lang for _, a in articles} == {"en", "fr"}
    assert all(a.title and a.published.year == 2021 and a.published.month == 8 for _, a in articles)


def test_built_rss_parses_back_to_the_same_articles() -> None:
    """The RSS the demo serves parses back to the same titles, links, dates and text (escaping intact)."""
    tricky = read_text_article("Kabul & <Kandahar> \"quoted\"\nDate: 2021-08-13T00:00:00Z\n\nA < B & C.",
                               "x.txt", NOW)
    tricky = replace(tricky, url="https://demo.example/x?a=1&b=2")
    document = build_rss("Demo", "https://demo.example/", "en", [tricky])
    doc = parse_feed(document, "http://127.0.0.1/f.xml", NOW)
    [parsed] = doc.articles
    assert parsed.title == tricky.title
    assert parsed.url == "https://demo.example/x?a=1&b=2" and parsed.published == tricky.published
    assert "A < B & C." in parsed.text and parsed.lang == "en"


def test_demo_feeds_are_one_per_language() -> None:
    """The demo serves one feed per language, each with its articles."""
    documents = build_demo_feeds(load_demo_articles(DEMO_DIR, NOW))
    assert sorted(documents) == ["/demo-en.xml", "/demo-fr.xml"]


def test_run_demo_stores_every_article_and_disables_its_feeds(tmp_path: Path) -> None:
    """The demo polls its loopback feeds into the store, then disables them (their server is gone)."""
    store = tmp_path / "demo.db"
    summary = run_demo(Settings(), db_path=store, now=NOW)
    expected = len(list(DEMO_DIR.glob("*.txt")))
    assert summary.cycle.ok == 2 and summary.cycle.failed == 0
    assert summary.articles_stored == expected == len(summary.titles)
    db = open_store(store)
    assert all(f.disabled for f in get_feeds(db))
    assert search_articles(db, "Herat")
    located = db.execute("SELECT count(*) FROM places WHERE latitude IS NOT NULL").fetchone()[0]
    assert located >= 30  # the seed cities have positions, so the status page can map them
    db.close()
    again = run_demo(Settings(), db_path=store, now=NOW)
    assert again.articles_stored == expected  # the same articles are not stored twice
    assert "Articles in the store" in summary.render()


def test_demo_command_without_db_uses_a_fresh_temporary_store(tmp_path: Path) -> None:
    """`monitor demo` without --db makes its own store and prints the stored titles."""
    from click.testing import CliRunner

    from monitor.cli import cli

    result = CliRunner().invoke(cli, ["demo"], env={"MONITOR_DB": "", "MONITOR_CONFIG": ""})
    assert result.exit_code == 0, result.output
    assert "Articles in the store: " in result.output and "Kandahar" in result.output
    store = result.output.split("Store: ", 1)[1].split()[0]
    assert Path(store).exists() and "monitor-demo-" in store


def test_demo_command_json_with_db(db_path: Path) -> None:
    """`monitor --db PATH demo --json` reports the feeds, the cycle and the titles."""
    summary = invoke_json(db_path, "demo")
    assert summary["store"] == str(db_path) and len(summary["feeds"]) == 2
    assert summary["cycle"]["new_articles"] == summary["articles_stored"] > 0
    assert invoke(db_path, "articles", "search", "Mazar*").exit_code == 0
