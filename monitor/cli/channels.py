"""`monitor channels …`: where alerts go (e-mail, webhooks, apprise), and a test message to each."""

from __future__ import annotations

import ipaddress
import socket
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import click

from monitor.alerts.outbox import DEFAULT_SENDERS
from monitor.alerts.render import Outgoing
from monitor.cli._common import table, warn
from monitor.cli.context import AppContext, echo_json, pass_app, pass_reader
from monitor.config import http_url_problem, missing_secret_envs
from monitor.errors import DeliveryError, MonitorError
from monitor.model import Channel
from monitor.store.channels import (
    add_channel,
    delete_channel,
    get_channel,
    get_channels,
    has_config_channels,
    sync_config_channels,
    update_channel_enabled,
)
from monitor.store.cli_queries import update_channel


def synced_channels(app: AppContext) -> list[Channel]:
    """Copy the configuration file's channels into the store, then return every channel."""
    if app.settings.channels or has_config_channels(app.db):
        sync_config_channels(app.db, app.settings.channels, now=datetime.now(UTC))
    return get_channels(app.db)


def echo_test_result(app: AppContext, name: str) -> None:
    """Send a test message on channel `name` and say whether it was accepted (both CLI spellings)."""
    try:
        send_test(app, name)
    except DeliveryError as exc:
        raise click.ClickException(f"test message not delivered: {exc}") from None
    click.echo(f"Delivered a test message on {name}")


def send_test(app: AppContext, name: str) -> None:
    """Send a test message on one channel now (not through the outbox); raise DeliveryError."""
    synced_channels(app)
    channel = get_channel(app.db, name)
    now = datetime.now(UTC)
    payload: dict[str, Any] = {"kind": "test", "place": None, "country": None,
               "note": f"monitor: test message for channel {channel.name}", "at": now.isoformat(),
               "evidence": []}
    sender = DEFAULT_SENDERS[channel.kind]
    sender(channel, Outgoing(f"test-{channel.id}-{int(now.timestamp())}", (payload,)), app.settings, now)


def channel_json(channel: Channel) -> dict[str, Any]:
    """Return a channel as JSON-ready data (options never hold secrets, only env var names)."""
    return {"name": channel.name, "kind": channel.kind, "options": channel.options, "digest": channel.digest,
            "quiet_hours": channel.quiet_hours, "timezone": channel.timezone, "enabled": channel.enabled,
            "disabled_reason": channel.disabled_reason, "source": channel.source}


@click.group()
def channels() -> None:
    """Add, list, test and remove alert channels (e-mail, webhook, apprise).

    Secrets are never stored: options name the environment variable that holds them.

    \b
    Example:
      monitor channels add webhook ops --url https://hooks.example.org/in --secret-env OPS_SECRET
      monitor channels list
    """


# Options of `channels add` and `channels edit`: (flag, option key in the store, click kwargs).
_OPTIONS: list[tuple[str, str, dict[str, Any]]] = [
    ("--url", "url", {"help": "Webhook endpoint (http or https)."}),
    ("--secret-env", "secret_env", {"help": "Env var holding the webhook's whsec_ signing secret."}),
    ("--timeout", "timeout_s", {"type": click.FloatRange(min=0.1),
                                "help": "Webhook/SMTP timeout in seconds."}),
    ("--host", "host", {"help": "SMTP server."}),
    ("--port", "port", {"type": click.IntRange(1, 65535),
                        "help": "SMTP port (default 587 starttls, 465 tls, 25 none)."}),
    ("--security", "security", {"type": click.Choice(["starttls", "tls", "none"]),
                                "help": "SMTP transport security."}),
    ("--username", "username", {"help": "SMTP login."}),
    ("--password-env", "password_env", {"help": "Env var holding the SMTP password."}),
    ("--from", "from", {"help": "Sender address."}),
    ("--to", "to", {"multiple": True, "help": "Recipient address (repeat for several)."}),
    ("--cafile", "cafile", {"type": click.Path(exists=True, dir_okay=False),
                            "help": "Extra CA file to trust (SMTP)."}),
    ("--apprise-url", "urls", {"multiple": True, "help": "Apprise URL (repeat for several)."}),
    ("--urls-env", "urls_env", {"help": "Env var holding apprise URLs, space separated."}),
]


def channel_options(f: Any) -> Any:
    """Add the channel options shared by `channels add` and `channels edit` to a command."""
    for flag, key, kwargs in reversed(_OPTIONS):
        f = click.option(flag, "opt_" + key, **kwargs)(f)
    return f


def given_options(opts: dict[str, Any]) -> dict[str, Any]:
    """Return the channel options given on the command line, keyed as the store keeps them."""
    found = {}
    for name, value in list(opts.items()):
        if name.startswith("opt_"):
            del opts[name]
            if value not in (None, ()):
                found[name.removeprefix("opt_")] = list(value) if isinstance(value, tuple) else value
    return found


def check_reachable(url: str, allow_private: bool) -> None:
    """Refuse a webhook URL whose host is or resolves to a private address, unless allowed.

    The same rule (monitor.feeds.netguard) is applied at every delivery; saying it now spares
    the user a day of retries. A name that does not resolve now is let through (it is checked
    again when sending).
    """
    from monitor.feeds.netguard import refusal_reason

    host = urlsplit(url).hostname or ""
    if allow_private or not host:
        return
    addresses = [host] if _is_ip(host) else _resolve(host)
    if host == "localhost" or host.endswith(".localhost"):
        addresses = ["127.0.0.1"]
    for address in addresses:
        reason = refusal_reason(address)
        if reason:
            raise MonitorError(f"{url}: {reason}; webhooks may not reach it unless the channel has "
                               "--allow-private (for a receiver on this machine or your network)")


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def _resolve(host: str, timeout_s: float = 3.0) -> list[str]:
    """Return the addresses `host` resolves to now (nothing if it does not, within `timeout_s`)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(socket.getaddrinfo, host, None, type=socket.SOCK_STREAM)
        try:
            infos = future.result(timeout=timeout_s)
        except (OSError, TimeoutError, UnicodeError):
            return []
    return sorted({str(info[4][0]) for info in infos})


@channels.command("add")
@click.argument("kind", type=click.Choice(["email", "webhook", "apprise"]))
@click.argument("name")
@channel_options
@click.option("--allow-private", is_flag=True, help="Let the webhook URL reach loopback/private addresses.")
@click.option("--no-verify-tls", is_flag=True, help="Accept any SMTP certificate (not recommended).")
@click.option("--digest", type=click.Choice(["instant", "hourly", "daily"]), default="instant",
              show_default=True, help="Send each alert at once, or one message per hour/day.")
@click.option("--quiet-hours", help='Hold non-urgent messages in these hours, e.g. "22:00-07:00".')
@click.option("--timezone", default="UTC", show_default=True,
              help="Time zone of quiet hours and daily digests.")
@pass_app
def add(app: AppContext, kind: str, name: str, **opts: Any) -> None:
    """Add a channel NAME of KIND (email, webhook or apprise).

    A webhook URL that is or resolves to a loopback or private address is refused unless
    --allow-private is given (the same rule applies when alerts are sent).

    \b
    Example:
      monitor channels add email desk --host smtp.example.org --username alerts \\
          --password-env MONITOR_SMTP_PASSWORD --from alerts@example.org --to desk@example.org
      monitor channels add webhook ops --url https://hooks.example.org/in --secret-env OPS_SECRET
      monitor channels add apprise chat --urls-env MONITOR_APPRISE_URLS --quiet-hours 22:00-07:00
    """
    options = given_options(opts)
    if opts["allow_private"]:
        options["allow_private"] = True
    if opts["no_verify_tls"]:
        options["verify_tls"] = False
    if kind == "webhook" and options.get("url"):
        check_webhook_address(str(options["url"]), bool(options.get("allow_private")))
    channel = add_channel(app.db, name, kind, options, now=datetime.now(UTC), digest=opts["digest"],
                          quiet_hours=opts["quiet_hours"], timezone=opts["timezone"])
    click.echo(f"Added {channel.kind} channel {channel.name}")
    warn_unset_secrets(channel)


def check_webhook_address(url: str, allow_private: bool) -> None:
    """Refuse a malformed webhook URL (usage error) or one the reachability rules forbid."""
    problem = http_url_problem(url)
    if problem:
        raise click.UsageError(f"--url {url!r} is not a webhook address: {problem}")
    check_reachable(url, allow_private)


def warn_unset_secrets(channel: Channel) -> None:
    """Warn when a secret variable the channel names is not set in this environment."""
    for env in missing_secret_envs(channel.options):
        warn(f"${env} is not set here: channel {channel.name} needs it wherever alerts are sent "
             "(the daemon's environment)")


@channels.command("edit")
@click.argument("name")
@channel_options
@click.option("--allow-private/--no-allow-private", default=None,
              help="Let the webhook URL reach loopback/private addresses, or refuse them again.")
@click.option("--verify-tls/--no-verify-tls", default=None, help="Check the SMTP certificate, or accept any.")
@click.option("--unset", "unset", multiple=True, metavar="KEY",
              help="Remove an option (e.g. secret_env, cafile); repeat for several.")
@click.option("--digest", type=click.Choice(["instant", "hourly", "daily"]), help="Change the digest mode.")
@click.option("--quiet-hours", help='Quiet hours, e.g. "22:00-07:00"; "" removes them.')
@click.option("--timezone", help="Time zone of quiet hours and daily digests.")
@pass_app
def edit(app: AppContext, name: str, **opts: Any) -> None:
    """Change options of channel NAME (a channel from the configuration file is edited there).

    Only the options given change; --to and --apprise-url replace the whole list.

    \b
    Example:
      monitor channels edit ops --url http://127.0.0.1:9000/hook --allow-private
      monitor channels edit desk --to desk@example.org --to night@example.org --quiet-hours ""
    """
    channel = get_channel(app.db, name)
    if channel.source == "config":
        raise MonitorError(f"channel {name} comes from {app.settings.path}: change it there "
                           "(the file is copied into the store at every start)")
    options = dict(channel.options)
    given = given_options(opts)
    options.update(given)
    for flag, key in (("allow_private", "allow_private"), ("verify_tls", "verify_tls")):
        if opts[flag] is not None:
            options[key] = opts[flag]
    for key in opts["unset"]:
        if key not in options:
            raise click.UsageError(f"channel {name} has no option {key!r} (it has: {', '.join(options)})")
        del options[key]
    quiet = channel.quiet_hours if opts["quiet_hours"] is None else (opts["quiet_hours"] or None)
    if channel.kind == "webhook" and ("url" in given or opts["allow_private"] is False):
        check_webhook_address(str(options.get("url") or ""), bool(options.get("allow_private")))
    edited = update_channel(app.db, channel, options, digest=opts["digest"] or channel.digest,
                            quiet_hours=quiet, timezone=opts["timezone"] or channel.timezone)
    click.echo(f"Changed channel {edited.name}")
    warn_unset_secrets(edited)


@channels.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_reader
def list_(app: AppContext, as_json: bool) -> None:
    """List channels, with why a disabled one was disabled.

    \b
    Example:
      monitor channels list --json
    """
    found = synced_channels(app)
    if as_json:
        for channel in found:
            echo_json(channel_json(channel))
        return
    rows = [[c.name, c.kind, c.digest, c.quiet_hours or "", "yes" if c.enabled else "no",
             c.disabled_reason or "", c.source] for c in found]
    click.echo(table(rows, ["NAME", "KIND", "DIGEST", "QUIET", "ENABLED", "WHY DISABLED", "FROM"])
               if rows else "No channels yet. Add one with: monitor channels add KIND NAME")


@channels.command("remove")
@click.argument("name")
@pass_app
def remove(app: AppContext, name: str) -> None:
    """Remove channel NAME and its queued deliveries.

    \b
    Example:
      monitor channels remove ops
    """
    channel = delete_channel(app.db, name)
    if channel.source == "config":
        warn(f"channel {name} is in the configuration file; remove it there too")
    click.echo(f"Removed channel {name}")


@channels.command("enable")
@click.argument("name")
@pass_app
def enable(app: AppContext, name: str) -> None:
    """Re-enable channel NAME (e.g. after its endpoint answered 410 Gone and was fixed).

    \b
    Example:
      monitor channels enable ops
    """
    update_channel_enabled(app.db, name, True)
    click.echo(f"Enabled channel {name}")


@channels.command("test")
@click.argument("name")
@pass_app
def test(app: AppContext, name: str) -> None:
    """Send a test message on channel NAME now and say whether it was accepted.

    \b
    Example:
      monitor channels test desk
    """
    echo_test_result(app, name)


commands: list[click.Command] = [channels]
