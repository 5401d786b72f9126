"""`monitor poll`, `run`, `replay` and `demo`: the ways articles get into the store. No business logic."""

from __future__ import annotations

import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path

import click

from monitor.cli._activity import activity_since, describe_activity
from monitor.cli._common import plural, warn
from monitor.cli.context import AppContext, echo_json, pass_app
from monitor.config import Settings, is_store_url
from monitor.store.cli_queries import count_activity
from monitor.store.feeds import get_due_feeds, get_feeds, sync_config_feeds
from monitor.store.work import get_next_delivery_time


def setup_cli_logging(settings: Settings) -> None:
    """Log INFO lines through the service's setup (redacting secrets); plain lines if it is absent."""
    try:
        from monitor.service.logs import setup_logging
    except ImportError:
        logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    else:
        setup_logging(settings)


@click.command("poll")
@click.option("--once", is_flag=True, default=True, show_default=False,
              help="Run one cycle and exit (the default; the daemon is `monitor run`).")
@click.option("--all", "all_feeds", is_flag=True, help="Poll every enabled feed, due or not.")
@click.option("--verbose", "-v", is_flag=True, help="Log one line per feed.")
@click.option("--json", "as_json", is_flag=True, help="Print the cycle's summary as JSON.")
@pass_app
def poll(app: AppContext, once: bool, all_feeds: bool, verbose: bool, as_json: bool) -> None:
    """Poll the due feeds once: fetch, parse and store new articles, detect every one, then exit.

    A progress bar is shown when standard error is a terminal.

    \b
    Example:
      monitor poll --once
      monitor poll --all --json
    """
    from monitor.daemon.cycle import FeedOutcome
    from monitor.daemon.jobs import prepare_store
    from monitor.daemon.oneshot import poll_once

    settings = app.settings
    prepare_store(settings, datetime.now(UTC))
    db = app.db
    if verbose:
        setup_cli_logging(settings)
    now = datetime.now(UTC)
    before = count_activity(db)
    sync_config_feeds(db, settings, now)
    if all_feeds:
        todo = [f for f in get_feeds(db, default_interval_s=settings.default_interval_s) if not f.disabled]
    else:
        todo = get_due_feeds(db, now, default_interval_s=settings.default_interval_s)
    if sys.stderr.isatty() and todo and not as_json:
        with click.progressbar(length=len(todo), label="Polling", file=sys.stderr) as bar:
            def advance(_: FeedOutcome) -> None:
                bar.update(1)
            summary = poll_once(db, settings, now, feeds=todo, on_feed_done=advance)
    else:
        summary = poll_once(db, settings, now, feeds=todo)
    delivered: tuple[int, ...] = (0, 0, 0)
    if get_next_delivery_time(db) is not None:  # the alert senders are imported only when needed
        from monitor.daemon.assemble import deliver_now

        delivered = tuple(deliver_now(settings, db, datetime.now(UTC)))
    activity = activity_since(db, before, tuple(delivered))
    if as_json:
        echo_json({**summary.as_dict(), **activity.as_dict()})
        return
    click.echo(f"{plural(summary.feeds, 'feed')} polled: {summary.ok} ok, {summary.not_modified} not "
               f"modified, {summary.unchanged} unchanged, {summary.failed} failed; "
               f"{plural(summary.new_articles, 'new article')}, {summary.updated_articles} updated "
               f"in {summary.duration_s:.1f}s")
    click.echo(describe_activity(activity))


@click.command("run")
@click.option("--role", "roles", multiple=True, type=click.Choice(["poll", "detect", "deliver", "web"]),
              help="Run only this part (repeatable): poll feeds, detect, deliver alerts, web endpoint. "
                   "Default: all.")
@pass_app
def run(app: AppContext, roles: tuple[str, ...]) -> None:
    """Run the daemon: poll due feeds on their intervals until SIGINT or SIGTERM.

    Logs one line per feed fetched. Stops within 10 s on a signal, with nothing half-written.
    Several instances may share one PostgreSQL store: they split the feeds and articles by leases.

    \b
    Example:
      monitor --config /etc/monitor/monitor.toml run
      monitor run --role poll --role detect
    """
    from monitor.cli.serve import check_can_listen
    from monitor.daemon.assemble import ROLES, make_daemon_parts
    from monitor.daemon.jobs import prepare_store
    from monitor.daemon.lock import lock_store
    from monitor.daemon.runner import run_daemon

    settings = app.settings
    app.close()  # the daemon's jobs open their own connections
    # One full daemon per SQLite store (a PostgreSQL store is shared by instances on purpose);
    # processes running some roles only are meant to run beside each other.
    full = not roles or set(roles) == set(ROLES)
    lock = None if is_store_url(settings.store_path) or not full else lock_store(Path(settings.store_path))
    try:
        if settings.http_address and (not roles or "web" in roles):
            check_can_listen(settings.http_address, f"[http] address in {settings.path}")
        setup_cli_logging(settings)
        prepare_store(settings, datetime.now(UTC))
        record_unset_secrets(settings)
        parts = make_daemon_parts(settings, roles=roles or ROLES)
        code = run_daemon(settings, workers=parts.workers, on_ingest=parts.on_ingest, poll=parts.poll,
                          owner=parts.owner, extra_jobs=parts.extra_jobs, on_started=parts.on_started,
                          on_stopping=parts.on_stopping)
    finally:
        if lock is not None:
            lock.release()
    sys.exit(code)


def record_unset_secrets(settings: Settings) -> None:
    """Warn once per channel whose secret variable is unset, and record it for `monitor status`."""
    from monitor.store.cli_queries import set_unset_secrets
    from monitor.store.db import open_store

    db = open_store(settings.store_path, migrate=False, password_env=settings.store_password_env)
    try:
        found = set_unset_secrets(db, os.environ)
    finally:
        db.close()
    for item in found:
        names = ", ".join(f"${name}" for name in item["env"])
        logging.getLogger("monitor.daemon").warning(
            "channel %s: %s not set, so its alerts cannot be sent until it is (then restart)",
            item["channel"], names + (" is" if len(item["env"]) == 1 else " are"))


@click.command("replay")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@pass_app
def replay(app: AppContext, paths: tuple[Path, ...], as_json: bool) -> None:
    """Store local feed files or plain-text articles (a .txt whose first line is the title).

    Directories are read recursively. Files go into pseudo-feeds `file://…` that are never polled.

    \b
    Example:
      monitor replay seeds/demo
      monitor replay ../shared/seeds/ saved-feed.xml
    """
    from monitor.daemon.replay import replay_paths

    summary = replay_paths(app.db, list(paths), datetime.now(UTC))
    if as_json:
        echo_json({"files": summary.files, "new": summary.new, "updated": summary.updated,
                   "skipped": list(summary.skipped)})
        return
    for reason in summary.skipped:
        warn(f"skipped {reason}")
    click.echo(f"Replayed {plural(summary.files, 'file')}: {plural(summary.new, 'new article')}, "
               f"{summary.updated} updated")


@click.command("demo")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
def demo(ctx: click.Context, as_json: bool) -> None:
    """Run the main job offline: serve the demo articles as feeds on 127.0.0.1, poll them once.

    Uses a fresh store in a new temporary directory (kept, its path printed) unless --db is given,
    and prints what was stored.

    \b
    Example:
      monitor demo
      monitor --db /tmp/demo.db demo
    """
    from monitor.demo import run_demo

    app: AppContext = ctx.obj
    summary = run_demo(app.settings, db_path=Path(app.db_path) if app.db_path else None)
    if as_json:
        echo_json(summary.as_dict())
        return
    click.echo(summary.render())


commands: list[click.Command] = [poll, run, replay, demo]
