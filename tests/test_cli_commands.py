"""The commands an operator uses daily: feeds, channels, places and alerts, against real stores."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from monitor.cli import cli
from tests.alerts_helpers import add_webhook, payload, queue
from tests.clitools import invoke, invoke_json, run
from tests.loopback import LoopbackServer
from tests.rssfarm import item, rss

# Written for these tests: a change of hands in a watched city, and a dispatch that is not one.
CAPTURE = ("Insurgents seize southern hub",
           "Taliban fighters captured the city of Kandahar early on Friday after government troops "
           "pulled back, two local officials said.")
QUIET = ("Markets reopen", "Shops in the old bazaar reopened on Thursday as traders returned.")


def watched(db_path: Path) -> Path:
    """Watch Kandahar, held by the Afghan government, with the Taliban on the other side."""
    for args in (("actors", "add", "Taliban", "--country", "AF"),
                 ("actors", "add", "Afghan government", "--country", "AF", "--government",
                  "--opposes", "Taliban"),
                 ("watch", "add", "Kandahar", "--controller", "Afghan government")):
        assert invoke(db_path, *args).exit_code == 0
    return db_path


def news_feed(server: LoopbackServer, path: str = "/wire.xml") -> str:
    return server.route(path, rss([item(1, title=CAPTURE[0], text=CAPTURE[1]),
                                   item(2, title=QUIET[0], text=QUIET[1])]))


# ------------------------------------------------------------------ feeds


@pytest.mark.parametrize("address", ["not a url", "http://", "ftp://example.org/rss", "https://exa mple.org/",
                                     "https://-bad-.example/"])
def test_feeds_add_refuses_what_is_not_an_address(db_path: Path, address: str) -> None:
    """A malformed address is a usage error (exit 2) and nothing is stored."""
    result = run(db_path, "feeds", "add", address, "--no-fetch")
    assert result.code == 2, result.err
    assert result.err.startswith("monitor: ") and result.err.count("\n") == 1
    assert invoke_json(db_path, "feeds", "list") == []


def test_feeds_add_without_a_scheme_takes_https(db_path: Path) -> None:
    """`example.org/news` is taken as https://example.org/news."""
    result = invoke(db_path, "feeds", "add", "news.example.org/world", "--no-fetch")
    assert result.exit_code == 0, result.output
    assert [f["url"] for f in invoke_json(db_path, "feeds", "list")] == ["https://news.example.org/world"]
    assert "Not fetched yet" in result.stdout


def test_opml_entries_with_bad_addresses_are_reported_and_counted(tmp_path: Path, db_path: Path) -> None:
    """Each skipped OPML outline gets one warning line; the summary counts them."""
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body>'
        '<outline text="World" xmlUrl="https://news.example.org/world.xml"/>'
        '<outline text="Folder"><outline text="Region" xmlUrl="https://news.example.org/region.xml"/></outline>'
        '<outline text="Broken" xmlUrl="javascript:alert(1)"/>'
        '<outline text="Hostless" xmlUrl="http://"/>'
        "</body></opml>", encoding="utf-8")
    result = run(db_path, "feeds", "import", str(opml))
    assert result.code == 0, result.err
    assert result.out == f"Imported 2 feeds from {opml} (0 already there, 2 skipped)\n"
    warnings = result.err.splitlines()
    assert len(warnings) == 2
    assert all(w.startswith("monitor: warning: ") for w in warnings)
    assert "'Broken'" in warnings[0] and "'Hostless'" in warnings[1]
    assert len(invoke_json(db_path, "feeds", "list")) == 2


def test_a_truncated_feed_is_an_error_not_zero_articles(server: LoopbackServer, db_path: Path) -> None:
    """A feed cut off before its first entry is reported as failed, with the reason."""
    whole = rss([item(1), item(2)])
    url = server.route("/cut.xml", whole[:whole.index(b"<item>") + 20],
                       headers={"Content-Type": "application/rss+xml"})
    result = invoke(db_path, "feeds", "add", url, "--allow-private")
    assert result.exit_code == 0, result.output
    assert "First poll failed" in result.stdout and "truncated" in result.stdout
    [feed] = invoke_json(db_path, "feeds", "list")
    assert feed["status"] == "failing" and "truncated" in feed["last_error"]


def test_feeds_edit_changes_settings_and_reenables(db_path: Path) -> None:
    """`feeds edit` changes interval, title, full text and network settings, and enables a feed."""
    invoke(db_path, "feeds", "add", "https://news.example.org/rss", "--no-fetch")
    result = invoke(db_path, "feeds", "edit", "1", "--interval", "20m", "--title", "Wire", "--full-text",
                    "--allow-private", "--disable")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Changed feed 1: ")
    [feed] = invoke_json(db_path, "feeds", "list")
    assert (feed["interval_s"], feed["title"], feed["full_text"], feed["allow_private"], feed["status"]) == \
        (1200, "Wire", True, True, "disabled")
    edited = invoke_json(db_path, "feeds", "edit", "https://news.example.org/rss", "--enable",
                         "--no-allow-private", "--default-interval")
    assert (edited["status"], edited["allow_private"], edited["interval_s"]) == ("new", False, 1800)


def test_feeds_edit_needs_a_change_and_an_existing_feed(db_path: Path) -> None:
    """Nothing to change is a usage error; an unknown feed is a one-line error."""
    invoke(db_path, "feeds", "add", "https://news.example.org/rss", "--no-fetch")
    assert run(db_path, "feeds", "edit", "1").code == 2
    missing = run(db_path, "feeds", "edit", "9", "--title", "x")
    assert missing.code == 1 and missing.err.startswith("monitor: ") and missing.err.count("\n") == 1


# ------------------------------------------------------------------ detection reported


def test_poll_once_reports_changes_and_alerts(server: LoopbackServer, db_path: Path) -> None:
    """`poll --once` says how many changes it detected and alerts it queued and sent, not only articles."""
    watched(db_path)
    hook = server.route("/hook", b"ok")
    added = invoke(db_path, "channels", "add", "webhook", "desk", "--url", hook, "--allow-private")
    assert added.exit_code == 0, added.output
    invoke(db_path, "feeds", "add", news_feed(server), "--no-fetch", "--allow-private")
    result = invoke(db_path, "poll", "--once")
    assert result.exit_code == 0, result.output
    first, second = result.stdout.splitlines()
    assert first.startswith("1 feed polled: 1 ok") and "2 new articles" in first
    assert second == "Detected 1 change of hands; queued 1 alert; sent 1 message"
    assert len(server.requests_to("/hook")) == 1
    summary = invoke_json(db_path, "poll", "--once", "--all")
    assert (summary["changes"], summary["alerts_queued"], summary["sent"]) == (0, 0, 0)


def test_feeds_add_detects_what_it_stored(server: LoopbackServer, db_path: Path) -> None:
    """The articles of a feed's first poll go through detection at once."""
    watched(db_path)
    result = invoke(db_path, "feeds", "add", news_feed(server), "--allow-private")
    assert result.exit_code == 0, result.output
    assert "First poll: 2 articles stored" in result.stdout
    assert "Detected 1 change of hands; queued 1 alert; sent 0 messages" in result.stdout
    [city] = [json.loads(line) for line in invoke(db_path, "cities", "--json").stdout.splitlines()]
    assert city["controller"] == "Taliban"


def test_feeds_add_says_when_nothing_is_watched(server: LoopbackServer, db_path: Path) -> None:
    """Without a watched city, `feeds add` says that nothing could be detected, and how to fix it."""
    result = invoke(db_path, "feeds", "add", news_feed(server), "--allow-private")
    assert "No city is watched" in result.stdout and "monitor watch add" in result.stdout


# ------------------------------------------------------------------ channels


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/hook", "http://localhost:8080/in", "https://10.1.2.3/in",
                                 "http://[::1]:9/in", "http://169.254.169.254/latest"])
def test_channels_add_refuses_a_private_webhook_without_allow_private(db_path: Path, url: str) -> None:
    """A webhook on a loopback/private address is refused when added, naming the option that allows it."""
    result = run(db_path, "channels", "add", "webhook", "ops", "--url", url)
    assert result.code == 1, result.err
    assert result.err.startswith("monitor: ") and "--allow-private" in result.err
    assert invoke(db_path, "channels", "list", "--json").stdout == ""
    allowed = invoke(db_path, "channels", "add", "webhook", "ops", "--url", url, "--allow-private")
    assert allowed.exit_code == 0, allowed.output


def test_channels_add_refuses_a_malformed_webhook_url(db_path: Path) -> None:
    """A webhook URL that is not one is a usage error."""
    assert run(db_path, "channels", "add", "webhook", "ops", "--url", "hooks example").code == 2


def test_channels_edit_changes_options_under_the_same_rules(db_path: Path) -> None:
    """`channels edit` changes what a hint asks for; the reachability rule holds there too."""
    assert invoke(db_path, "channels", "add", "webhook", "ops", "--url", "https://93.184.216.34/in",
                  "--secret-env", "OPS_SECRET").exit_code == 0
    refused = run(db_path, "channels", "edit", "ops", "--url", "http://127.0.0.1:9/in")
    assert refused.code == 1 and "--allow-private" in refused.err
    done = invoke(db_path, "channels", "edit", "ops", "--url", "http://127.0.0.1:9/in", "--allow-private",
                  "--unset", "secret_env", "--digest", "hourly")
    assert done.exit_code == 0, done.output
    assert done.stdout == "Changed channel ops\n"
    listed = invoke(db_path, "channels", "list", "--json").stdout.splitlines()
    [channel] = [json.loads(line) for line in listed]
    assert channel["options"] == {"url": "http://127.0.0.1:9/in", "allow_private": True}
    assert channel["digest"] == "hourly"
    assert run(db_path, "channels", "edit", "ops", "--unset", "cafile").code == 2
    assert run(db_path, "channels", "edit", "nobody", "--timeout", "3").code == 1


def test_channels_from_the_configuration_are_edited_there(tmp_path: Path, db_path: Path) -> None:
    """A channel of the configuration file cannot be edited from the CLI (the file would undo it)."""
    config = tmp_path / "m.toml"
    config.write_text('[[channels]]\nname = "desk"\nkind = "webhook"\nurl = "https://hooks.example.org/x"\n')
    invoke(db_path, "--config", str(config), "channels", "list")
    result = run(db_path, "--config", str(config), "channels", "edit", "desk", "--timeout", "3")
    assert result.code == 1 and "m.toml" in result.err


def test_channels_add_warns_when_its_secret_is_not_set(db_path: Path) -> None:
    """Naming an unset secret variable is allowed but said, once."""
    result = run(db_path, "channels", "add", "webhook", "ops", "--url", "https://93.184.216.34/in",
                 "--secret-env", "MONITOR_TEST_NOT_SET_SECRET")
    assert result.code == 0
    assert result.err.count("MONITOR_TEST_NOT_SET_SECRET") == 1


# ------------------------------------------------------------------ places


def test_a_misspelt_city_is_answered_with_the_close_name_and_country(db_path: Path) -> None:
    """`watch add Kandahr` suggests Kandahar (AF), as the detector's fuzzy matcher would find it."""
    result = run(db_path, "watch", "add", "Kandahr")
    assert result.code == 1
    assert result.err.startswith("monitor: no place named Kandahr; did you mean Kandahar (AF)")
    assert result.err.count("\n") == 1


def test_namesakes_are_listed_with_their_state(db_path: Path) -> None:
    """The US Springfields are listed each with its state, so the user can tell them apart."""
    result = run(db_path, "watch", "add", "Springfield", "--country", "US")
    assert result.code == 1
    listed = [line.strip() for line in result.err.splitlines() if line.startswith("  Springfield")]
    assert len(listed) >= 20
    assert all(line.startswith("Springfield (US, ") for line in listed)
    states = {line.split("(US, ", 1)[1].split(")", 1)[0] for line in listed}
    assert {"Missouri", "Illinois", "Massachusetts"} <= states
    assert "… and" not in result.err  # every candidate shown


# ------------------------------------------------------------------ alerts


def invoke_wide(db_path: Path, columns: int, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", str(db_path), *args], env={"COLUMNS": str(columns)})


def test_alerts_list_names_the_country_and_fits_80_columns(db_path: Path) -> None:
    """Each alert shows its city with the country; lines fit 80 columns, ids and channels are whole."""
    from monitor.store.db import open_store

    db = open_store(db_path)
    add_webhook(db, "https://hooks.example.org/in", name="night-desk-webhook")
    queue(db, place="Tripoli", country="LB", previous="Government of a long official name",
          controller="An armed movement with a rather long name")
    queue(db, place="Tripoli", country="LY")
    db.close()
    result = invoke_wide(db_path, 80, "alerts", "list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "STATUS", "CHANNEL", "CREATED", "ALERT"]
    assert all(len(line) <= 80 for line in lines), "\n".join(lines)
    assert "Tripoli (LB): Government of a" in result.stdout and "Tripoli (LY): " in result.stdout
    assert all("night-desk-webhook" in line for line in lines[1:])
    assert any(line.rstrip().endswith("…") for line in lines[1:])
    wide = invoke_wide(db_path, 200, "alerts", "list").stdout
    assert "An armed movement with a rather long name" in wide


def test_alerts_json_keeps_the_whole_payload(db_path: Path) -> None:
    """--json is not cut: the country and the whole evidence are there for scripts."""
    from monitor.store.db import open_store

    db = open_store(db_path)
    add_webhook(db, "https://hooks.example.org/in")
    queue(db)
    db.close()
    [line] = invoke(db_path, "alerts", "list", "--json").stdout.splitlines()
    got = json.loads(line)
    assert got["payload"]["country"] == "AF"
    assert got["payload"]["evidence"] == payload()["evidence"]
