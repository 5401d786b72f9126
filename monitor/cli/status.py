"""`monitor status` (is the daemon alive, how are the feeds and alerts) and `monitor completion`."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import click
from click.shell_completion import get_completion_class

from monitor.cli._common import plural
from monitor.cli.context import AppContext, echo_json, pass_reader
from monitor.model import DaemonInstance
from monitor.store.cli_queries import find_unset_secrets, get_unset_secrets
from monitor.store.db import Store, display_target
from monitor.store.state import get_all_state, get_instances
from monitor.store.status import (
    count_articles_since,
    get_delivery_counts,
    get_disabled_channels,
    get_feed_counts,
    get_last_poll,
    get_watch_counts,
)
from monitor.store.times import from_iso, to_iso

# The daemon writes a heartbeat every 15 s (monitor.daemon.runner.HEARTBEAT_S) on its own
# connection, even during a long cycle: 20 missed beats mean it is stuck.
HEARTBEAT_STALE_S = 300


def pid_alive(pid: int) -> bool:
    """Say whether a process with this id exists on this machine."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def judge_daemon(state: Mapping[str, str], now: datetime, alive: Callable[[int], bool],
                 stale_s: int = HEARTBEAT_STALE_S) -> dict[str, Any]:
    """Decide from the daemon's own records whether it is up, and say why in a few words.

    `state` holds the `daemon_state` keys (heartbeat, pid, stopped, last_cycle_finished), any
    of which may be missing; `alive(pid)` checks the process.
    """
    heartbeat = _parse(state.get("heartbeat"))
    age = (now - heartbeat).total_seconds() if heartbeat else None
    pid = int(state["pid"]) if (state.get("pid") or "").strip().isdigit() else None
    result: dict[str, Any] = {
        "up": False, "pid": pid, "heartbeat": to_iso(heartbeat), "heartbeat_age_s": age,
        "last_cycle_finished": to_iso(_parse(state.get("last_cycle_finished"))),
        "stopped": to_iso(_parse(state.get("stopped"))),
    }
    if heartbeat is None and pid is None:
        result["summary"] = "never started" if not result["stopped"] else "stopped"
    elif pid is None:
        stopped = _parse(state.get("stopped"))
        when = _ago((now - stopped).total_seconds()) if stopped else f"last heartbeat {_ago(age)}"
        result["summary"] = f"stopped ({when})"
    elif not alive(pid):
        result["summary"] = f"down: process {pid} is gone (last heartbeat {_ago(age)})"
    elif age is None or age > stale_s:
        result["summary"] = f"not responding: process {pid} alive but no heartbeat for {_ago(age, '')}"
    else:
        result["up"] = True
        result["summary"] = f"up (pid {pid}, heartbeat {_ago(age)})"
    return result


def judge_instance(instance: DaemonInstance, now: datetime, alive: Callable[[int], bool], host: str,
                   stale_s: int = HEARTBEAT_STALE_S) -> dict[str, Any]:
    """Say whether one instance sharing the store is up, from its row (its process only when local)."""
    age = (now - instance.heartbeat).total_seconds()
    if instance.stopped is not None:
        state = f"stopped {_ago((now - instance.stopped).total_seconds())}"
    elif instance.host == host and not alive(instance.pid):
        state = f"down: process gone (last heartbeat {_ago(age)})"
    elif age > stale_s:
        state = f"not responding: no heartbeat for {_ago(age, '')}"
    else:
        state = f"up (heartbeat {_ago(age)})"
    return {"owner": instance.owner, "host": instance.host, "pid": instance.pid,
            "roles": list(instance.roles), "heartbeat": to_iso(instance.heartbeat), "heartbeat_age_s": age,
            "up": state.startswith("up"), "summary": state}


def _parse(value: str | None) -> datetime | None:
    try:
        return from_iso(value)
    except ValueError:
        return None


def _ago(seconds: float | None, suffix: str = " ago") -> str:
    """Say how long ago, roughly: 12 s, 5 min, 3 h, 2 days."""
    if seconds is None:
        return "never"
    seconds = max(0.0, seconds)
    for limit, unit, size in ((120, "s", 1), (7200, "min", 60), (172800, "h", 3600)):
        if seconds < limit:
            return f"{int(seconds // size)} {unit}{suffix}"
    return f"{int(seconds // 86400)} days{suffix}"


def collect_status(app: AppContext, now: datetime) -> dict[str, Any]:
    """Gather everything `monitor status` shows, as one JSON-ready dict."""
    db = app.db
    state = get_all_state(db)
    last_poll = get_last_poll(db)
    day_start = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return {
        "store": display_target(app.settings.store_path),
        "daemon": judge_daemon(state, now, pid_alive),
        "instances": [judge_instance(i, now, pid_alive, socket.gethostname()) for i in get_instances(db)],
        "feeds": get_feed_counts(db),
        "last_poll": to_iso(last_poll),
        "last_poll_age_s": (now - last_poll).total_seconds() if last_poll else None,
        "articles_today": count_articles_since(db, day_start),
        "alerts": get_delivery_counts(db),
        "watching": get_watch_counts(db),
        "channels_disabled": get_disabled_channels(db),
        "secrets_unset": unset_secrets(db, daemon_recorded=bool(state.get("pid") or state.get("started"))),
    }


def unset_secrets(db: Store, daemon_recorded: bool) -> dict[str, Any]:
    """Say which channels lack their secret: as the daemon saw it at start, else in this shell.

    The daemon's environment (a systemd EnvironmentFile, a container's) is what matters, so its
    own record wins; without one, this process's environment is the best guess.
    """
    recorded = get_unset_secrets(db) if daemon_recorded else None
    if recorded is not None:
        return {"seen_by": "daemon", "channels": recorded}
    return {"seen_by": "this shell", "channels": find_unset_secrets(db, os.environ)}


def render_status(status: Mapping[str, Any]) -> str:
    """Lay the status out as a few labelled lines."""
    feeds, alerts, watching = status["feeds"], status["alerts"], status["watching"]
    poll = "never"
    if status["last_poll"]:
        when = status["last_poll"].replace("T", " ").replace("+00:00", " UTC")
        poll = f"{when} ({_ago(status['last_poll_age_s'])})"
    alert_line = "n/a (no alert tables in this store)" if alerts is None else \
        f"{alerts['pending']} pending, {alerts['dead']} dead, {alerts['delivered']} delivered"
    instances = status.get("instances") or []
    lines = [
        ("Daemon", status["daemon"]["summary"]),
    ]
    if len(instances) > 1:  # several share the store: each one's own heartbeat
        lines += [("Instance", f"{i['host']} pid {i['pid']} ({', '.join(i['roles']) or 'no stage'}): "
                               f"{i['summary']}") for i in instances]
    lines += [
        ("Feeds", f"{feeds['ok']} ok, {feeds['backing_off']} backing off, {feeds['disabled']} disabled"),
        ("Last poll", poll),
        ("Articles", f"{status['articles_today']} today (UTC)"),
        ("Alerts", alert_line),
        ("Watching", f"{plural(watching['places'], 'place')}, {plural(watching['actors'], 'actor')}"),
    ]
    lines += [("Channel", f"{c['name']} disabled: {c['reason'] or 'by the user'}")
              for c in status.get("channels_disabled") or []]
    secrets = status.get("secrets_unset") or {}
    for item in secrets.get("channels") or []:
        names = ", ".join(f"${name}" for name in item["env"])
        verb = "is" if len(item["env"]) == 1 else "are"
        lines.append(("Channel", f"{item['channel']}: {names} {verb} not set (as seen by "
                                 f"{secrets['seen_by']}): its alerts cannot be sent"))
    lines.append(("Store", status["store"]))
    return "\n".join(f"{label:<10}{value}" for label, value in lines)


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print the status as one JSON object.")
@pass_reader
def status(app: AppContext, as_json: bool) -> None:
    """Show whether the daemon runs, how the feeds are doing, and pending or dead alerts.

    Exit status 0 even when the daemon is down: read `daemon.up` in the JSON to script on it.

    \b
    Example:
      monitor status
      monitor status --json | jq .daemon.up
    """
    result = collect_status(app, datetime.now(UTC))
    if as_json:
        echo_json(result)
    else:
        click.echo(render_status(result))


@click.command("completion")
@click.argument("shell", type=click.Choice(["bash", "zsh", "fish"]))
@click.pass_context
def completion(ctx: click.Context, shell: str) -> None:
    """Print the shell completion script for SHELL.

    Completes commands, options, watched cities and actors. The same script comes from
    `_MONITOR_COMPLETE=bash_source monitor` (zsh_source, fish_source).

    \b
    Example:
      monitor completion bash > ~/.local/share/bash-completion/completions/monitor
      eval "$(monitor completion zsh)"          # in ~/.zshrc
      monitor completion fish > ~/.config/fish/completions/monitor.fish
    """
    root = ctx.find_root()
    completer_class = get_completion_class(shell)
    assert completer_class is not None  # the Choice above only lets known shells through
    completer = completer_class(root.command, {}, "monitor", "_MONITOR_COMPLETE")
    click.echo(completer.source())


commands: list[click.Command] = [status, completion]
