"""`monitor feeds …` in-process (CliRunner) and as a subprocess, against loopback feeds."""

from __future__ import annotations

import json
from pathlib import Path

from monitor.store.db import open_store
from monitor.store.feeds import get_feeds
from tests.clitools import invoke, invoke_json, run
from tests.conftest import ROOT
from tests.loopback import LoopbackServer
from tests.rssfarm import item, rss

PAGE = """<!doctype html><html><head><title>Example news</title>
<link rel="stylesheet" href="/style.css">
<link rel="alternate" type="application/rss+xml" title="Top stories" href="/rss/top.xml">
</head><body><h1>Example news</h1><p>Home page.</p></body></html>"""


def test_add_a_feed_url_stores_its_first_articles(server: LoopbackServer, db_path: Path) -> None:
    """Adding a feed URL fetches it once and stores its articles as the first poll."""
    url = server.route("/feed.xml", rss([item(1), item(2)]), headers={"ETag": '"a1"'})
    result = invoke(db_path, "feeds", "add", url, "--allow-private", "--interval", "10m")
    assert result.exit_code == 0, result.output
    assert "2 articles stored" in result.output
    [feed] = invoke_json(db_path, "feeds", "list")
    assert (feed["url"], feed["interval_s"], feed["articles"], feed["status"]) == (url, 600, 2, "ok")
    assert len(server.requests_to("/feed.xml")) == 1
    assert "if-none-match" not in server.requests_to("/feed.xml")[0].headers  # the one unconditional GET


def test_add_a_site_discovers_its_feed(server: LoopbackServer, db_path: Path) -> None:
    """Adding a site's page finds the feed its <link rel="alternate"> names, as feed readers do."""
    page = server.route("/", PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    feed_url = server.route("/rss/top.xml", rss([item(1)]), headers={"Content-Type": "application/rss+xml"})
    added = invoke_json(db_path, "feeds", "add", page, "--allow-private")
    assert added["url"] == feed_url and added["discovered_from"] == page
    assert added["articles"] == 1


def test_a_page_without_a_feed_is_one_line_error(server: LoopbackServer, db_path: Path) -> None:
    """A page that links no feed is refused with one line on stderr and exit status 1."""
    page = server.route("/plain", "<html><body>nothing here</body></html>",
                        headers={"Content-Type": "text/html"})
    done = run(db_path, "feeds", "add", page, "--allow-private")
    assert done.code == 1
    assert done.err.count("\n") == 1 and "no RSS or Atom feed" in done.err
    assert get_feeds(open_store(db_path)) == []


def test_private_address_needs_the_opt_in(server: LoopbackServer, db_path: Path) -> None:
    """Without --allow-private, a loopback address is refused and nothing is stored."""
    url = server.route("/feed.xml", rss([item(1)]))
    result = invoke(db_path, "feeds", "add", url)
    assert result.exit_code == 1
    assert server.requests_to("/feed.xml") == []
    assert invoke_json(db_path, "feeds", "list") == []


def test_add_twice_fails_and_remove_forgets(db_path: Path) -> None:
    """The same URL cannot be added twice; remove deletes it by id or URL."""
    assert invoke(db_path, "feeds", "add", "https://a.example/rss", "--no-fetch").exit_code == 0
    again = invoke(db_path, "feeds", "add", "https://a.example/rss", "--no-fetch")
    assert again.exit_code == 1 and "already" in str(again.exception)
    assert invoke(db_path, "feeds", "remove", "1").exit_code == 0
    assert invoke_json(db_path, "feeds", "list") == []
    missing = invoke(db_path, "feeds", "remove", "https://a.example/rss")
    assert missing.exit_code == 1


def test_list_shows_status_error_and_next_poll(server: LoopbackServer, db_path: Path) -> None:
    """`feeds list` shows a failing feed's reason and that it is backing off."""
    url = server.route("/down.xml", b"busy", status=503, headers={"Retry-After": "120"})
    invoke(db_path, "feeds", "add", url, "--no-fetch", "--allow-private")
    assert invoke(db_path, "poll", "--once").exit_code == 0
    [feed] = invoke_json(db_path, "feeds", "list")
    assert feed["status"] == "failing" and feed["error_count"] == 1 and feed["last_error"]
    text = invoke(db_path, "feeds", "list").output
    assert "backing off" in text and "next: in" in text


def test_opml_round_trip(tmp_path: Path, db_path: Path) -> None:
    """Feeds exported as OPML and imported into another store come back the same."""
    for url in ("https://a.example/rss", "https://b.example/atom?x=1&y=2"):
        invoke(db_path, "feeds", "add", url, "--no-fetch", "--title", f"T & {url[8]}")
    opml = tmp_path / "out.opml"
    assert invoke(db_path, "feeds", "export", "-o", str(opml)).exit_code == 0
    other = tmp_path / "other.db"
    result = invoke(other, "feeds", "import", str(opml))
    assert result.exit_code == 0 and "Imported 2" in result.output
    assert [(f["url"], f["title"]) for f in invoke_json(other, "feeds", "list")] == [
        (f["url"], f["title"]) for f in invoke_json(db_path, "feeds", "list")]
    assert "already there" in invoke(other, "feeds", "import", str(opml)).output


def test_import_the_seed_list_of_real_outlets(db_path: Path) -> None:
    """The seed list of real outlets' feeds imports (offline: nothing is fetched)."""
    result = invoke(db_path, "feeds", "import", str(ROOT / "seeds" / "feeds.toml"))
    assert result.exit_code == 0, result.output
    urls = [f["url"] for f in invoke_json(db_path, "feeds", "list")]
    assert len(urls) >= 15 and all(u.startswith("https://") for u in urls)
    assert any("france24.com/fr" in u for u in urls) and any("aljazeera" in u for u in urls)


def test_bad_interval_is_a_usage_error(db_path: Path) -> None:
    """An unreadable --interval is a usage error (status 2) naming the option."""
    result = invoke(db_path, "feeds", "add", "https://a.example/rss", "--interval", "soon")
    assert result.exit_code == 2 and "--interval" in result.output


def test_subprocess_list_json(db_path: Path) -> None:
    """`feeds list --json` works as a real command line, for scripts."""
    run(db_path, "feeds", "add", "https://a.example/rss", "--no-fetch")
    done = run(db_path, "feeds", "list", "--json")
    assert done.code == 0, done.err
    assert [f["url"] for f in json.loads(done.out)] == ["https://a.example/rss"]


def test_add_full_text_feed_extracts_its_first_articles(server: LoopbackServer, db_path: Path) -> None:
    """A feed added with --full-text gets the main text of the articles its first poll stored."""
    paragraph = ("Elders negotiated the handover of the city overnight, and the garrison left for the "
                 "airport with its light weapons, a council member said in a telephone interview on Friday. ")
    page = (f"<html><body><nav>Menu</nav><article><h1>Handover</h1><p>{paragraph * 3}</p>"
            f"<p>{paragraph * 2}</p></article></body></html>")
    link = server.route("/story/9", page, headers={"Content-Type": "text/html; charset=utf-8"})
    url = server.route("/teasers.xml", rss([item(9, link=link, text="Teaser.")]))
    assert invoke(db_path, "feeds", "add", url, "--allow-private", "--full-text").exit_code == 0
    [article] = invoke_json(db_path, "articles", "list")
    shown = invoke_json(db_path, "articles", "show", str(article["id"]))
    assert "garrison left for the airport" in (shown["full_text"] or "")
