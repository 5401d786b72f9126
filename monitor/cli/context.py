"""What every command shares: the settings and the store, opened lazily, once."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import click

from monitor.config import Settings, load_settings
from monitor.store.db import Store, open_store


@dataclass
class AppContext:
    """Lazily loaded settings and store for one CLI invocation."""

    config_path: str | None = None
    db_path: str | None = None
    _settings: Settings | None = field(default=None, repr=False)
    _db: Store | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            settings = load_settings(self.config_path)
            if self.db_path:
                settings = replace(settings, store_path=self.db_path if "://" in self.db_path
                                   else Path(self.db_path))
            self._settings = settings
        return self._settings

    @property
    def db(self) -> Store:
        if self._db is None:
            self._db = open_store(self.settings.store_path, password_env=self.settings.store_password_env)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def pass_app(f: Any) -> Any:
    """Decorate a command to receive the AppContext as its first argument."""
    return click.pass_obj(f)


def echo_json(value: Any) -> None:
    """Print `value` as JSON on one line (for --json output)."""
    click.echo(json.dumps(value, ensure_ascii=False, default=str))
