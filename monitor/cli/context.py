"""What every command shares: the settings and the store, opened lazily, once.

Commands that only read (`status`, `cities`, `feeds list`, …) are decorated with `pass_reader`:
on a store that does not exist they say so and exit 1, without creating it or its folders.
Commands that write (`watch import`, `feeds add`, `run`, …) use `pass_app` and create it.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import click

from monitor.config import Settings, is_store_url, load_settings, store_target
from monitor.errors import MonitorError
from monitor.store.db import Store, open_store


class NoStoreError(MonitorError):
    """A reading command was pointed at a store that does not exist."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        super().__init__(f"no store at {path} (run `monitor watch import` or `monitor run` to create one)")


@dataclass
class AppContext:
    """Lazily loaded settings and store for one CLI invocation."""

    config_path: str | None = None
    db_path: str | None = None
    reading: bool = False  # the command only reads: a missing store is an error, not created
    _settings: Settings | None = field(default=None, repr=False)
    _db: Store | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            settings = load_settings(self.config_path)
            if self.db_path:
                settings = replace(settings, store_path=store_target(self.db_path, None, "--db", "(option)"))
            self._settings = settings
        return self._settings

    @property
    def db(self) -> Store:
        if self._db is None:
            if self.reading:
                check_store_exists(self.settings.store_path)
            self._db = open_store(self.settings.store_path, password_env=self.settings.store_password_env)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def check_store_exists(target: Path | str) -> None:
    """Raise NoStoreError when `target` is a SQLite file that does not exist (URLs are not checked)."""
    if is_store_url(target) or str(target) == ":memory:":
        return
    if not Path(target).is_file():
        raise NoStoreError(target)


def pass_app(f: Any) -> Any:
    """Decorate a command to receive the AppContext as its first argument (it may create the store)."""
    return click.pass_obj(f)


def pass_reader(f: Any) -> Any:
    """Decorate a command that only reads the store: a missing store is reported, never created."""
    @functools.wraps(f)
    def reader(app: AppContext, *args: Any, **kwargs: Any) -> Any:
        app.reading = True
        return f(app, *args, **kwargs)
    return click.pass_obj(reader)


def echo_json(value: Any) -> None:
    """Print `value` as JSON on one line (for --json output)."""
    click.echo(json.dumps(value, ensure_ascii=False, default=str))
