"""`monitor cities` and `monitor history CITY`: who holds each watched city, and since when."""

from __future__ import annotations

from typing import Any

import click

from monitor.cli._common import table
from monitor.cli.context import AppContext, echo_json, pass_reader
from monitor.errors import NotFoundError
from monitor.store.control import ChangeRecord, get_cities, get_history


def change_json(c: ChangeRecord) -> dict[str, Any]:
    """Return a recorded change as JSON-ready data."""
    return {"id": c.id, "place": c.place, "country": c.country, "previous": c.previous,
            "controller": c.controller, "since": c.since.isoformat(), "recorded": c.recorded.isoformat(),
            "status": c.status, "outlets": c.outlets, "confidence": c.confidence, "retake": c.retake,
            "evidence": list(c.evidence)}


def _evidence_line(c: ChangeRecord | None) -> str:
    if c is None or not c.evidence:
        return ""
    first = c.evidence[0]
    return " ".join(str(first.get("sentence") or "").split())[:80]


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_reader
def cities(app: AppContext, as_json: bool) -> None:
    """List each watched city, its controller, since when, and the last evidence.

    \b
    Example:
      monitor cities
      monitor cities --json
    """
    found = get_cities(app.db)
    if as_json:
        for city in found:
            echo_json({"place": city.place, "country": city.country, "controller": city.controller,
                       "since": city.since.isoformat() if city.since else None,
                       "last_change": change_json(city.last_change) if city.last_change else None})
        return
    if not found:
        click.echo("No cities watched. Add one with: monitor watch add NAME")
        return
    rows = [[c.place, c.country, c.controller or "unknown",
             c.since.strftime("%Y-%m-%d %H:%M") if c.since else "",
             c.last_change.status if c.last_change else "", _evidence_line(c.last_change)] for c in found]
    click.echo(table(rows, ["CITY", "CC", "CONTROLLER", "SINCE", "STATUS", "LAST EVIDENCE"]))


@click.command()
@click.argument("city")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@pass_reader
def history(app: AppContext, city: str, as_json: bool) -> None:
    """Show every recorded change of hands of CITY, oldest first, with its evidence.

    \b
    Example:
      monitor history Kandahar
    """
    changes = get_history(app.db, city)
    if not changes and not any(c.place.casefold() == city.casefold() for c in get_cities(app.db)):
        raise NotFoundError(f"no watched city named {city!r}")
    if as_json:
        for change in changes:
            echo_json(change_json(change))
        return
    if not changes:
        click.echo(f"No recorded change for {city}")
        return
    for c in changes:
        flag = " (retaken)" if c.retake else ""
        click.echo(f"{c.since:%Y-%m-%d %H:%M}  {c.previous or 'unknown'} → {c.controller}{flag}  "
                   f"[{c.status}, {c.outlets} outlet{'s' if c.outlets != 1 else ''}]")
        for item in c.evidence:
            sentence = " ".join(str(item.get("sentence") or "").split())[:160]
            click.echo(f"    “{sentence}” — {item.get('outlet')} {item.get('url') or ''}".rstrip())


commands: list[click.Command] = [cities, history]
