"""`monitor alerts …`: the outbox as the operator sees it: pending, delivered, dead letters."""

from __future__ import annotations

import shutil
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import click

from monitor.alerts.outbox import deliver_due
from monitor.alerts.render import describe
from monitor.cli._common import plural
from monitor.cli.channels import echo_test_result, synced_channels
from monitor.cli.context import AppContext, echo_json, pass_app, pass_reader
from monitor.store.outbox import Delivery, get_deliveries, retry_delivery


def delivery_json(d: Delivery) -> dict[str, Any]:
    """Return a delivery as JSON-ready data."""
    return {"id": d.id, "alert_id": d.alert_id, "channel": d.channel_name, "message_id": d.message_id,
            "kind": d.kind, "status": d.status, "attempts": d.attempts,
            "next_attempt": d.next_attempt.isoformat() if d.status == "pending" else None,
            "last_error": d.last_error, "delivered": d.delivered.isoformat() if d.delivered else None,
            "created": d.created.isoformat(), "summary": describe(d.payload), "payload": d.payload}


@click.group()
def alerts() -> None:
    """List alert deliveries, retry dead letters, send a test alert.

    \b
    Example:
      monitor alerts list --status dead
      monitor alerts retry 12
    """


@alerts.command("list")
@click.option("--status", type=click.Choice(["pending", "delivered", "dead"]), help="Only this status.")
@click.option("--limit", type=int, default=50, show_default=True, help="At most this many, newest first.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_reader
def list_(app: AppContext, status: str | None, limit: int, as_json: bool) -> None:
    """List deliveries (one per alert and channel), newest first.

    \b
    Example:
      monitor alerts list --status pending --json
    """
    found = get_deliveries(app.db, status=status, limit=limit)
    if as_json:
        for d in found:
            echo_json(delivery_json(d))
        return
    if not found:
        click.echo("No alerts" + (f" with status {status}" if status else "") + ".")
        return
    click.echo(render_deliveries(found, shutil.get_terminal_size((80, 24)).columns))


def alert_columns(payload: Mapping[str, Any]) -> tuple[str, str]:
    """Split an alert into its city with country (`Tripoli (LB)`) and what happened there."""
    headline = describe(payload)
    place, country = payload.get("place"), payload.get("country")
    if not place:
        return "-", headline
    city = f"{place} ({country})" if country else str(place)
    for prefix in (f"{place} ({country}): ", f"{place}, {country}: ", f"{place}: "):
        if headline.startswith(prefix):
            return city, headline[len(prefix):]
    return city, headline


def render_deliveries(found: Sequence[Delivery], width: int = 80) -> str:
    """Lay deliveries out in `width` columns: ids, status and channel whole, the alert cut to fit.

    The alert starts with its city and country (`Tripoli (LB): … → …`), so cutting its end keeps
    them. A delivery that failed gets its tries and last error on the next line, cut to fit.
    """
    width = max(width, 60)
    rows = []
    for d in found:
        city, what = alert_columns(d.payload)
        rows.append([str(d.id), d.status, d.channel_name, d.created.strftime("%m-%d %H:%M"),
                     f"{city}: {what}" if city != "-" else what])
    headers = ["ID", "STATUS", "CHANNEL", "CREATED", "ALERT"]
    fixed = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers) - 1)]
    room = max(width - sum(fixed) - 2 * (len(headers) - 1), 20)

    def line(row: list[str]) -> str:
        cells = [cell.ljust(w) for cell, w in zip(row, fixed, strict=False)]
        return "  ".join([*cells, _cut(row[-1], room)]).rstrip()

    indent = " " * (fixed[0] + 2)
    lines = [line(headers)]
    for row, d in zip(rows, found, strict=True):
        lines.append(line(row))
        if d.last_error and d.status != "delivered":
            tries = plural(d.attempts, "try", "tries")
            lines.append(indent + _cut(f"{tries}, last error: {d.last_error}", width - len(indent)))
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


@alerts.command("retry")
@click.argument("delivery_id", type=int)
@pass_app
def retry(app: AppContext, delivery_id: int) -> None:
    """Put delivery DELIVERY_ID (e.g. a dead letter) back in the queue, due now.

    \b
    Example:
      monitor alerts retry 12
    """
    d = retry_delivery(app.db, delivery_id, now=datetime.now(UTC))
    if d.status == "delivered":
        raise click.ClickException(f"delivery {delivery_id} was already delivered")
    click.echo(f"Queued delivery {delivery_id} again ({d.channel_name}); "
               "it goes out with the next delivery run")


@alerts.command("deliver")
@pass_app
def deliver(app: AppContext) -> None:
    """Deliver every due pending alert now (what the daemon does every few seconds).

    \b
    Example:
      monitor alerts deliver
    """
    synced_channels(app)
    summary = deliver_due(app.db, app.settings, datetime.now(UTC))
    click.echo(f"Delivered {summary.delivered}, retrying {summary.retried}, dead {summary.dead}, "
               f"held {summary.held}")
    for error in summary.errors:
        click.echo(f"  {error}", err=True)


@alerts.command("test")
@click.argument("channel")
@pass_app
def test(app: AppContext, channel: str) -> None:
    """Send a test alert on CHANNEL now and say whether it was accepted.

    \b
    Example:
      monitor alerts test desk
    """
    echo_test_result(app, channel)


commands: list[click.Command] = [alerts]
