"""Small queries the CLI needs beyond the store's main functions (kept here so the SQL stays in store/)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from monitor.config import missing_secret_envs
from monitor.store.channels import get_channels
from monitor.store.state import get_state, set_state

UNSET_SECRETS_KEY = "secrets_unset"


def find_unset_secrets(db: Database, environ: Mapping[str, str]) -> list[dict[str, Any]]:
    """Return, per enabled channel, the secret variables it names that `environ` lacks."""
    found = []
    for channel in get_channels(db, enabled_only=True):
        missing = missing_secret_envs(channel.options, environ)
        if missing:
            found.append({"channel": channel.name, "env": missing})
    return found


def set_unset_secrets(db: Database, environ: Mapping[str, str]) -> list[dict[str, Any]]:
    """Record (for `monitor status`) which channels lack a secret in the daemon's environment."""
    found = find_unset_secrets(db, environ)
    set_state(db, {UNSET_SECRETS_KEY: json.dumps(found)})
    return found


def get_unset_secrets(db: Database) -> list[dict[str, Any]] | None:
    """Return what the daemon recorded at its last start, or None when it never recorded it."""
    value = get_state(db, UNSET_SECRETS_KEY)
    if value is None:
        return None
    try:
        found = json.loads(value)
    except ValueError:
        return None
    return found if isinstance(found, list) else None
