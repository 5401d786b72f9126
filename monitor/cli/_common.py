"""Small pieces the watchlist, actors and status commands share. Contains no business logic."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click
from click.shell_completion import CompletionItem

from monitor.cli.context import AppContext
from monitor.errors import WatchlistError
from monitor.watchfiles import parse_since


class SinceType(click.ParamType):  # type: ignore[type-arg]  # generic only in click ≥ 8.2
    """A date or date-time on the command line (`2021-08-01`, `2021-08-01T06:00Z`), as UTC."""

    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> datetime:
        if isinstance(value, datetime):
            return value
        try:
            return parse_since(value, "date")
        except WatchlistError:
            self.fail(f"expected a date like 2021-08-01 or 2021-08-01T06:00Z, got {value!r}", param, ctx)


class CountryType(click.ParamType):  # type: ignore[type-arg]  # generic only in click ≥ 8.2
    """A two-letter ISO 3166-1 country code, upper-cased."""

    name = "CC"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        if len(text) != 2 or not text.isalpha():
            self.fail(f"expected a two-letter country code like AF, got {value!r}", param, ctx)
        return text.upper()


SINCE = SinceType()
COUNTRY = CountryType()


def _app_for_completion(ctx: click.Context) -> AppContext:
    """Build the AppContext during completion, when the group callback has not run."""
    root = ctx.find_root()
    if isinstance(root.obj, AppContext):
        return root.obj
    return AppContext(config_path=root.params.get("config_path"), db_path=root.params.get("db_path"))


def complete_places(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Offer the watched places' names for tab completion (nothing if the store is unusable)."""
    from monitor.store.watchlist import get_places

    try:
        app = _app_for_completion(ctx)
        names = [w.place.name for w in get_places(app.db)]
    except Exception:  # completion must never print a traceback into the user's shell
        return []
    return [CompletionItem(n) for n in names if n.casefold().startswith(incomplete.casefold())]


def complete_actors(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Offer the watched actors' names for tab completion."""
    from monitor.store.watchlist import get_actors

    try:
        app = _app_for_completion(ctx)
        names = [a.name for a in get_actors(app.db)]
    except Exception:  # completion must never print a traceback into the user's shell
        return []
    return [CompletionItem(n) for n in names if n.casefold().startswith(incomplete.casefold())]


def table(rows: list[list[str]], headers: list[str]) -> str:
    """Lay rows out in left-aligned columns under `headers`."""
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    lines = ["  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
             for row in [headers, *rows]]
    return "\n".join(lines)


def warn(message: str) -> None:
    """Print a one-line warning on standard error."""
    click.echo(f"monitor: warning: {message}", err=True)


def plural(count: int, word: str, many: str | None = None) -> str:
    """Say a count with its noun agreed: `plural(1, "feed")` is "1 feed", `plural(2, "feed")` "2 feeds"."""
    return f"{count} {word if count == 1 else (many or word + 's')}"
