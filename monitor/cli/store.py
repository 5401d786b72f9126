"""`monitor store copy`: move a whole store, e.g. from its SQLite file to PostgreSQL."""

from __future__ import annotations

import click

from monitor.cli.context import AppContext, pass_app
from monitor.store.copy import copy_store
from monitor.store.db import display_target, open_store


@click.group("store")
def store() -> None:
    """Move the store between backends (SQLite file, PostgreSQL).

    \b
    Example, moving to a shared PostgreSQL database:
      monitor store copy ~/.local/share/monitor/monitor.db postgresql://monitor@db:5432/monitor
    """


@store.command("copy")
@click.argument("source")
@click.argument("target")
@pass_app
def copy(app: AppContext, source: str, target: str) -> None:
    """Copy every table of the store SOURCE into the empty store TARGET, ids kept.

    SOURCE and TARGET are each a SQLite file or a postgresql://user@host:port/db URL (the
    password from [store] password_env, else PGPASSWORD or ~/.pgpass). TARGET is migrated
    first and must hold no data. Stop the daemons using SOURCE while it runs.

    \b
    Example:
      monitor store copy ~/.local/share/monitor/monitor.db postgresql://monitor@db:5432/monitor
    """
    password_env = app.settings.store_password_env
    src = open_store(source, password_env=password_env)
    try:
        dst = open_store(target, password_env=password_env)
        try:
            copied = copy_store(src, dst, progress=lambda table, n: click.echo(f"{table}: {n} rows"))
        finally:
            dst.close()
    finally:
        src.close()
    click.echo(f"copied {sum(copied.values())} rows into {display_target(target)}")


commands: list[click.Command] = [store]
