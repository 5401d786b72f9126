"""Small queries the CLI needs beyond the store's main functions (kept here so the SQL stays in store/)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from monitor.config import missing_secret_envs
from monitor.model import Channel
from monitor.store.channels import check_channel, get_channel, get_channels
from monitor.store.db import Store, write_transaction
from monitor.store.state import get_state, set_state

UNSET_SECRETS_KEY = "secrets_unset"


def find_unset_secrets(db: Store, environ: Mapping[str, str]) -> list[dict[str, Any]]:
    """Return, per enabled channel, the secret variables it names that `environ` lacks."""
    found = []
    for channel in get_channels(db, enabled_only=True):
        missing = missing_secret_envs(channel.options, environ)
        if missing:
            found.append({"channel": channel.name, "env": missing})
    return found


def set_unset_secrets(db: Store, environ: Mapping[str, str]) -> list[dict[str, Any]]:
    """Record (for `monitor status`) which channels lack a secret in the daemon's environment."""
    found = find_unset_secrets(db, environ)
    set_state(db, {UNSET_SECRETS_KEY: json.dumps(found)})
    return found


def get_unset_secrets(db: Store) -> list[dict[str, Any]] | None:
    """Return what the daemon recorded at its last start, or None when it never recorded it."""
    value = get_state(db, UNSET_SECRETS_KEY)
    if value is None:
        return None
    try:
        found = json.loads(value)
    except ValueError:
        return None
    return found if isinstance(found, list) else None


def count_activity(db: Store) -> dict[str, int]:
    """Count what detection and the outbox have recorded so far (a CLI command reports the difference).

    changes: recorded changes of hands; alerts: city alerts queued (not tests nor feed-health notes);
    unprocessed: stored articles detection has not read yet.
    """
    changes = db.execute("SELECT count(*) FROM control_changes").fetchone()[0]
    alerts = db.execute("SELECT count(*) FROM alerts WHERE kind IN ('change', 'confirmed', 'collapsed')"
                        ).fetchone()[0]
    unprocessed = db.execute("SELECT count(*) FROM articles WHERE processed = 0").fetchone()[0]
    return {"changes": int(changes), "alerts": int(alerts), "unprocessed": int(unprocessed)}


def count_watched_places(db: Store) -> int:
    """Return how many places are watched."""
    return int(db.execute("SELECT count(*) FROM places").fetchone()[0])


_FEED_SETTINGS = ("title", "interval_s", "full_text", "allow_private", "verify_tls")
_FEED_NETWORK = ("allow_private", "verify_tls", "full_text")


def update_feed_settings(db: Store, feed_id: int, changes: Mapping[str, Any], *, enable: bool = False,
                         disable: bool = False) -> None:
    """Change a feed's user settings (`feeds edit`); enabling or a network change makes it due now."""
    unknown = set(changes) - set(_FEED_SETTINGS)
    if unknown:
        raise ValueError(f"not a feed setting: {', '.join(sorted(unknown))}")
    with write_transaction(db):
        for key, value in changes.items():
            stored = int(value) if isinstance(value, bool) else value
            db.execute(f"UPDATE feeds SET {key} = ? WHERE id = ?", [stored, feed_id])
        if enable or any(k in _FEED_NETWORK for k in changes):
            db.execute("UPDATE feeds SET update_after = NULL, error_count = 0 WHERE id = ?", [feed_id])
        if enable:
            db.execute("UPDATE feeds SET disabled = 0, disabled_reason = NULL WHERE id = ?", [feed_id])
        if disable:
            db.execute("UPDATE feeds SET disabled = 1, disabled_reason = 'disabled with feeds edit' "
                       "WHERE id = ?", [feed_id])


def update_channel(db: Store, channel: Channel, options: Mapping[str, Any], *, digest: str,
                   quiet_hours: str | None, timezone: str) -> Channel:
    """Replace a channel's options and schedule (`channels edit`); raise StoreError when invalid."""
    check_channel(channel.kind, options, digest, quiet_hours, timezone)
    with write_transaction(db):
        db.execute("UPDATE channels SET options = ?, digest = ?, quiet_hours = ?, timezone = ? WHERE id = ?",
                   [json.dumps(dict(options), ensure_ascii=False, sort_keys=True), digest, quiet_hours,
                    timezone, channel.id])
    return get_channel(db, channel.id or 0)
