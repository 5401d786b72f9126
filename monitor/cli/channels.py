"""`monitor channels …`: where alerts go (e-mail, webhooks, apprise), and a test message to each."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import click

from monitor.alerts.outbox import DEFAULT_SENDERS
from monitor.alerts.render import Outgoing
from monitor.cli._common import table
from monitor.cli.context import AppContext, echo_json, pass_app
from monitor.errors import DeliveryError
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
    click.echo(f"test message delivered on {name}")


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


@channels.command("add")
@click.argument("kind", type=click.Choice(["email", "webhook", "apprise"]))
@click.argument("name")
@click.option("--url", help="Webhook endpoint (http or https).")
@click.option("--secret-env", help="Env var holding the webhook's whsec_ signing secret.")
@click.option("--allow-private", is_flag=True, help="Let the webhook URL reach loopback/private addresses.")
@click.option("--timeout", "timeout_s", type=float, help="Webhook/SMTP timeout in seconds.")
@click.option("--host", help="SMTP server.")
@click.option("--port", type=int, help="SMTP port (default 587 starttls, 465 tls, 25 none).")
@click.option("--security", type=click.Choice(["starttls", "tls", "none"]), help="SMTP transport security.")
@click.option("--username", help="SMTP login.")
@click.option("--password-env", help="Env var holding the SMTP password.")
@click.option("--from", "sender", help="Sender address.")
@click.option("--to", "to", multiple=True, help="Recipient address (repeat for several).")
@click.option("--cafile", type=click.Path(exists=True, dir_okay=False), help="Extra CA file to trust (SMTP).")
@click.option("--no-verify-tls", is_flag=True, help="Accept any SMTP certificate (not recommended).")
@click.option("--apprise-url", "apprise_urls", multiple=True, help="Apprise URL (repeat for several).")
@click.option("--urls-env", help="Env var holding apprise URLs, space separated.")
@click.option("--digest", type=click.Choice(["instant", "hourly", "daily"]), default="instant",
              show_default=True, help="Send each alert at once, or one message per hour/day.")
@click.option("--quiet-hours", help='Hold non-urgent messages in these hours, e.g. "22:00-07:00".')
@click.option("--timezone", default="UTC", show_default=True,
              help="Time zone of quiet hours and daily digests.")
@pass_app
def add(app: AppContext, kind: str, name: str, **opts: Any) -> None:
    """Add a channel NAME of KIND (email, webhook or apprise).

    \b
    Example:
      monitor channels add email desk --host smtp.example.org --username alerts \\
          --password-env MONITOR_SMTP_PASSWORD --from alerts@example.org --to desk@example.org
      monitor channels add webhook ops --url https://hooks.example.org/in --secret-env OPS_SECRET
      monitor channels add apprise chat --urls-env MONITOR_APPRISE_URLS --quiet-hours 22:00-07:00
    """
    digest, quiet, tz = opts.pop("digest"), opts.pop("quiet_hours"), opts.pop("timezone")
    keys = {"url": "url", "secret_env": "secret_env", "allow_private": "allow_private",
            "timeout_s": "timeout_s", "host": "host", "port": "port", "security": "security",
            "username": "username",
            "password_env": "password_env", "sender": "from", "to": "to", "cafile": "cafile",
            "apprise_urls": "urls", "urls_env": "urls_env"}
    options = {keys[k]: (list(v) if isinstance(v, tuple) else v) for k, v in opts.items()
               if k in keys and v not in (None, False, ())}
    if opts.get("no_verify_tls"):
        options["verify_tls"] = False
    channel = add_channel(app.db, name, kind, options, now=datetime.now(UTC), digest=digest,
                          quiet_hours=quiet, timezone=tz)
    click.echo(f"added {channel.kind} channel {channel.name}")


@channels.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_app
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
               if rows else "no channels (add one with `monitor channels add`)")


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
        click.echo(f"note: {name} is in the configuration file; remove it there too", err=True)
    click.echo(f"removed channel {name}")


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
    click.echo(f"enabled channel {name}")


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
