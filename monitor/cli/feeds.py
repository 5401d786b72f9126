"""`monitor feeds …`: subscribe, list, remove, import and export feeds. Contains no business logic."""

from __future__ import annotations

import asyncio
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import click

from monitor.cli._activity import Activity, activity_since, describe_activity
from monitor.cli._common import plural, warn
from monitor.cli.context import AppContext, echo_json, pass_app, pass_reader
from monitor.config import http_url_problem
from monitor.errors import ConfigError, MonitorError
from monitor.model import Feed
from monitor.store.articles import count_articles_by_feed
from monitor.store.cli_queries import count_activity, count_watched_places, update_feed_settings
from monitor.store.feeds import add_feeds, delete_feed, get_feed, get_feed_source, get_feeds
from monitor.store.times import to_iso


class DurationType(click.ParamType):  # type: ignore[type-arg]
    """A duration on the command line: `90s`, `10m`, `2h`, `1d` or plain seconds."""

    name = "DURATION"
    units: ClassVar[dict[str, int]] = {"s": 1, "m": 60, "h": 3600, "d": 86400}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().lower()
        try:
            seconds = (float(text[:-1]) * self.units[text[-1]]) if text and text[-1] in self.units \
                else float(text)
        except ValueError:
            seconds = -1
        if seconds <= 0:
            self.fail(f"expected a duration like 10m, 2h or 900, got {value!r}", param, ctx)
        return int(seconds)


DURATION = DurationType()


def feed_status(feed: Feed, now: datetime) -> str:
    """Say in one word how a feed is doing: new, ok, failing, disabled."""
    if feed.disabled:
        return "disabled"
    if feed.last_retrieved is None:
        return "new"
    if feed.error_count or feed.last_error:
        return "failing"
    return "ok"


def feed_json(feed: Feed, now: datetime, articles: int) -> dict[str, Any]:
    """Return a feed as a JSON-ready dict, with its status and article count."""
    return {
        "id": feed.id, "url": feed.url, "title": feed.title, "status": feed_status(feed, now),
        "interval_s": feed.interval_s, "full_text": feed.full_text, "allow_private": feed.allow_private,
        "verify_tls": feed.verify_tls, "last_status": feed.last_status, "last_error": feed.last_error,
        "error_count": feed.error_count, "disabled_reason": feed.disabled_reason,
        "next_poll": to_iso(feed.update_after), "last_retrieved": to_iso(feed.last_retrieved),
        "last_success": to_iso(feed.last_success), "articles": articles,
    }


def _next_poll_text(feed: Feed, now: datetime) -> str:
    if feed.disabled:
        return "-"
    if feed.update_after is None or feed.update_after <= now:
        return "due"
    minutes = (feed.update_after - now).total_seconds() / 60
    return f"in {minutes:.0f} min" if minutes < 120 else f"in {minutes / 60:.1f} h"


@click.group("feeds")
def feeds() -> None:
    """Manage the polled feeds: add (a feed or a site), list, remove, import and export OPML.

    \b
    Example:
      monitor feeds add https://www.france24.com/fr/ --interval 10m
      monitor feeds list
    """


@feeds.command("add")
@click.argument("url")
@click.option("--interval", type=DURATION, help="Poll interval (e.g. 10m); default: the configured one.")
@click.option("--title", help="A title to show instead of the feed's own.")
@click.option("--full-text", is_flag=True, help="Fetch each new article's page and keep its main text.")
@click.option("--allow-private", is_flag=True,
              help="Allow loopback/private addresses (an intranet feed, a local test server).")
@click.option("--no-verify-tls", is_flag=True, help="Accept an invalid TLS certificate for this feed.")
@click.option("--no-fetch", is_flag=True, help="Add the URL as it is, without checking it now (offline).")
@click.option("--json", "as_json", is_flag=True, help="Print the new feed as JSON.")
@pass_app
def feeds_add(app: AppContext, url: str, interval: int | None, title: str | None, full_text: bool,
              allow_private: bool, no_verify_tls: bool, no_fetch: bool, as_json: bool) -> None:
    """Subscribe to a feed, or to a site whose page links its feed.

    The address is fetched once: a feed is stored with its first articles, which go through
    detection at once (changes of hands are alerted); an HTML page is searched for
    <link rel="alternate"> feeds, as feed readers do. An address without a scheme gets https://.

    \b
    Example:
      monitor feeds add https://www.aljazeera.com/xml/rss/all.xml
      monitor feeds add https://www.rfi.fr/fr/ --interval 15m --full-text
    """
    from monitor.daemon.subscribe import subscribe

    address = check_feed_address(url)
    now = datetime.now(UTC)
    db = app.db
    before = count_activity(db)
    sub = asyncio.run(subscribe(db, app.settings, address, now, interval_s=interval, full_text=full_text,
                                allow_private=allow_private, verify_tls=not no_verify_tls, title=title,
                                fetch=not no_fetch))
    activity = None
    if sub.outcome is not None and not sub.outcome.error:
        activity = detect_new_articles(app, before) if sub.outcome.new else None
    if as_json:
        echo_json({**feed_json(sub.feed, now, sub.outcome.new if sub.outcome else 0),
                   "discovered_from": sub.discovered_from,
                   "detection": activity.as_dict() if activity else None})
        return
    where = f" (found on {sub.discovered_from})" if sub.discovered_from else ""
    click.echo(f"Added feed {sub.feed.id}: {sub.feed.url}{where}")
    if interval is not None and interval < app.settings.min_interval_s:
        click.echo(f"  Note: polled at most every {app.settings.min_interval_s // 60} min "
                   f"(poll.min_interval in {app.settings.path})")
    if sub.outcome is None:
        click.echo("  Not fetched yet: its first poll and detection run with `monitor poll` or the daemon")
    elif sub.outcome.error:
        click.echo(f"  First poll failed: {sub.outcome.error}")
    else:
        click.echo(f"  First poll: {plural(sub.outcome.new, 'article')} stored")
        if activity is not None:
            click.echo(f"  {describe_activity(activity)}")


def check_feed_address(url: str) -> str:
    """Return the http(s) address a user typed (`example.org/news` gets https://), or a usage error."""
    text = url.strip()
    candidate = text if "://" in text else "https://" + text
    problem = http_url_problem(candidate)
    if problem:
        raise click.UsageError(f"{url!r} is not a feed or site address: {problem}")
    return candidate


def detect_new_articles(app: AppContext, before: dict[str, int]) -> Activity:
    """Run detection on the articles just stored and deliver what it queued, as `poll --once` does."""
    from monitor.daemon.assemble import deliver_now, make_after_ingest

    delivered: tuple[int, ...] = (0, 0, 0)
    if count_watched_places(app.db):
        now = datetime.now(UTC)
        for stage in make_after_ingest():
            stage(app.db, app.settings, now)
        delivered = tuple(deliver_now(app.settings, app.db, datetime.now(UTC)))
    return activity_since(app.db, before, delivered)


@feeds.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of feeds.")
@pass_reader
def feeds_list(app: AppContext, as_json: bool) -> None:
    """List the feeds with their status, last error or backoff reason, and next poll.

    \b
    Example:
      monitor feeds list
      monitor feeds list --json | jq '.[] | select(.status == "failing")'
    """
    now = datetime.now(UTC)
    all_feeds = get_feeds(app.db, default_interval_s=app.settings.default_interval_s)
    counts = count_articles_by_feed(app.db)
    if as_json:
        echo_json([feed_json(f, now, counts.get(f.id or 0, 0)) for f in all_feeds])
        return
    if not all_feeds:
        click.echo("No feeds yet. Add one with: monitor feeds add URL")
        return
    for feed in all_feeds:
        status = feed_status(feed, now)
        click.echo(f"{feed.id:>4}  {status:<8}  {plural(counts.get(feed.id or 0, 0), 'article'):>14}  "
                   f"next: {_next_poll_text(feed, now):<10}  {feed.title or '-'}")
        click.echo(f"      {feed.url}")
        if feed.disabled:
            click.echo(f"      disabled: {feed.disabled_reason or 'by the user'}")
        elif feed.last_error:
            click.echo(f"      last error ({feed.error_count} in a row, backing off): {feed.last_error}")


@feeds.command("remove")
@click.argument("feed", metavar="ID_OR_URL")
@pass_app
def feeds_remove(app: AppContext, feed: str) -> None:
    """Stop polling a feed and forget it (its articles stay in the store).

    \b
    Example:
      monitor feeds remove 3
      monitor feeds remove https://www.france24.com/fr/rss
    """
    gone = delete_feed(app.db, feed)
    click.echo(f"Removed feed {gone.id}: {gone.url}")


def read_feed_list(path: Path) -> tuple[list[tuple[str, str | None]], list[str]]:
    """Read (url, title) pairs from an OPML file, or a TOML file of [[feeds]] tables.

    Also return one line per entry left out (a bad URL), for the user.
    """
    from monitor.feeds.opml import parse_opml_entries

    data = path.read_bytes()
    skipped: list[tuple[str, str | None]] = []
    if path.suffix.lower() == ".toml":
        try:
            raw = tomllib.loads(data.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(str(path), "(syntax)", str(exc)) from None
        items = raw.get("feeds", [])
        if not isinstance(items, list) or not all(isinstance(i, dict) and "url" in i for i in items):
            raise ConfigError(str(path), "feeds", "expected [[feeds]] tables, each with a url")
        found = [(str(i["url"]).strip(), i.get("title")) for i in items]
    else:
        found, skipped = parse_opml_entries(data)
    good: list[tuple[str, str | None]] = []
    lines = []
    for url, title in skipped:
        lines.append(f"{_label(title)}xmlUrl {url!r} is not an http(s) URL")
    for url, title in found:
        problem = http_url_problem(url)
        if problem:
            lines.append(f"{_label(title)}{url!r} is not a feed address: {problem}")
        else:
            good.append((url, title))
    return good, lines


def _label(title: str | None) -> str:
    return f"{title!r}: " if title else ""


@feeds.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_app
def feeds_import(app: AppContext, file: Path) -> None:
    """Add every feed of an OPML file (what feed readers export), or of a TOML list of [[feeds]].

    Entries with an address that is not an http(s) URL are skipped, one warning line each.

    \b
    Example:
      monitor feeds import subscriptions.opml
      monitor feeds import seeds/feeds.toml
    """
    pairs, skipped = read_feed_list(file)
    for line in skipped:
        warn(f"{file}: skipped {line}")
    if not pairs:
        raise MonitorError(f"{file}: no usable feed in this file"
                           + (f" ({plural(len(skipped), 'entry', 'entries')} skipped)" if skipped else ""))
    added, already = add_feeds(app.db, [Feed(url=u, title=t) for u, t in pairs], datetime.now(UTC),
                               source="opml")
    notes = [f"{already} already there"] + ([f"{len(skipped)} skipped"] if skipped else [])
    click.echo(f"Imported {plural(added, 'feed')} from {file} ({', '.join(notes)})")


@feeds.command("edit")
@click.argument("feed", metavar="ID_OR_URL")
@click.option("--interval", type=DURATION, help="Poll interval (e.g. 10m).")
@click.option("--default-interval", is_flag=True, help="Use the configured poll interval again.")
@click.option("--title", help="A title to show instead of the feed's own.")
@click.option("--full-text/--no-full-text", default=None,
              help="Fetch each new article's page and keep its main text, or stop doing so.")
@click.option("--allow-private/--no-allow-private", default=None,
              help="Allow loopback/private addresses for this feed, or refuse them again.")
@click.option("--verify-tls/--no-verify-tls", default=None, help="Check the TLS certificate, or accept any.")
@click.option("--enable", is_flag=True, help="Poll a disabled feed again (e.g. after 410 Gone).")
@click.option("--disable", is_flag=True, help="Stop polling the feed but keep it.")
@click.option("--json", "as_json", is_flag=True, help="Print the feed as JSON.")
@pass_app
def feeds_edit(app: AppContext, feed: str, interval: int | None, default_interval: bool, title: str | None,
               full_text: bool | None, allow_private: bool | None, verify_tls: bool | None, enable: bool,
               disable: bool, as_json: bool) -> None:
    """Change a feed's settings: interval, title, full text, private addresses, TLS, enabled.

    A change of network settings makes the feed due at once, with its error count reset.

    \b
    Example:
      monitor feeds edit 3 --interval 10m --full-text
      monitor feeds edit http://127.0.0.1:8080/feed.xml --allow-private --enable
    """
    if enable and disable:
        raise click.UsageError("--enable and --disable contradict each other")
    if interval is not None and default_interval:
        raise click.UsageError("--interval and --default-interval contradict each other")
    changes: dict[str, Any] = {"title": title, "full_text": full_text, "allow_private": allow_private,
                               "verify_tls": verify_tls}
    changes = {k: v for k, v in changes.items() if v is not None}
    if interval is not None or default_interval:
        changes["interval_s"] = interval
    if not changes and not enable and not disable:
        raise click.UsageError("nothing to change: give at least one option")
    db = app.db
    current = get_feed(db, feed)
    if current.id is None:
        raise MonitorError(f"feed {feed} has no id")
    if get_feed_source(db, current.id) == "config":
        warn(f"feed {current.id} comes from {app.settings.path}: change it there too, or the next "
             "start puts it back")
    update_feed_settings(db, current.id, changes, enable=enable, disable=disable)
    edited = get_feed(db, current.id, default_interval_s=app.settings.default_interval_s)
    now = datetime.now(UTC)
    if as_json:
        echo_json(feed_json(edited, now, count_articles_by_feed(db).get(current.id, 0)))
        return
    said = [f"{k.removesuffix('_s')} {_shown(v)}" for k, v in changes.items()]
    said += ["enabled"] if enable else []
    said += ["disabled"] if disable else []
    click.echo(f"Changed feed {edited.id}: {', '.join(said)}")


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, int):  # an interval in seconds
        return f"{value // 60} min" if value % 60 == 0 else f"{value} s"
    return "default" if value is None else str(value)


@feeds.command("export")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@pass_reader
def feeds_export(app: AppContext, output: Path | None) -> None:
    """Write the feeds as OPML, for another feed reader (local replay pseudo-feeds left out).

    \b
    Example:
      monitor feeds export -o subscriptions.opml
    """
    from monitor.feeds.opml import write_opml

    data = write_opml([(f.url, f.title) for f in get_feeds(app.db)
                       if f.url.startswith(("http://", "https://"))])
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        output.write_bytes(data)
        click.echo(f"Wrote {output}", err=True)


commands: list[click.Command] = [feeds]
