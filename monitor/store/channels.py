"""Query functions over `channels`: rows become `model.Channel` only here.

Channels come from the CLI (`channels add`) or from the configuration file's `[[channels]]`,
which `sync_config_channels` copies in at every start. A channel dropped from the file is
disabled, not deleted, so its pending deliveries are kept and still listed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from monitor.alerts.schedule import DIGEST_MODES, parse_quiet_hours, zone
from monitor.config import ChannelConfig
from monitor.errors import IntegrityError, NotFoundError, StoreError
from monitor.model import Channel
from monitor.store.db import Store, take_turns, write_transaction
from monitor.store.times import to_iso

KINDS = ("email", "webhook", "apprise")
# Options kept in their own columns rather than in the JSON.
_COLUMN_OPTIONS = ("digest", "quiet_hours", "timezone")
_COLUMNS = "id, name, kind, options, digest, quiet_hours, timezone, enabled, disabled_reason, source"


def _channel_from_row(row: tuple[Any, ...]) -> Channel:
    id_, name, kind, options, digest, quiet, tz, enabled, reason, source = row
    return Channel(name=name, kind=kind, options=json.loads(options or "{}"), id=id_, digest=digest,
                   quiet_hours=quiet, timezone=tz, enabled=bool(enabled), disabled_reason=reason,
                   source=source)


def check_channel(kind: str, options: Mapping[str, Any], digest: str = "instant",
                  quiet_hours: str | None = None, timezone: str = "UTC") -> None:
    """Raise StoreError with a one-line reason when a channel definition cannot work."""
    if kind not in KINDS:
        raise StoreError(f"unknown channel kind {kind!r} (expected {', '.join(KINDS)})")
    if digest not in DIGEST_MODES:
        raise StoreError(f"digest must be one of {', '.join(DIGEST_MODES)}, got {digest!r}")
    try:
        zone(timezone)
        if quiet_hours:
            parse_quiet_hours(quiet_hours)
    except ValueError as exc:
        raise StoreError(str(exc)) from None
    if kind == "webhook" and not str(options.get("url") or "").startswith(("http://", "https://")):
        raise StoreError("a webhook channel needs url = \"https://…\"")
    if kind == "email" and (not options.get("to") or not options.get("host")):
        raise StoreError("an email channel needs host and to")
    if kind == "apprise" and not (options.get("urls") or options.get("urls_env")):
        raise StoreError("an apprise channel needs urls or urls_env")
    for key, value in options.items():
        if key.endswith(("password", "secret", "token")) and not key.endswith("_env") and value:
            raise StoreError(f"{key}: secrets are not stored; use {key}_env = \"ENV_VAR\"")


def add_channel(db: Store, name: str, kind: str, options: Mapping[str, Any], *, now: datetime,
                digest: str = "instant", quiet_hours: str | None = None, timezone: str = "UTC",
                source: str = "cli") -> Channel:
    """Add a channel; raise StoreError when the name is taken or the definition is invalid."""
    check_channel(kind, options, digest, quiet_hours, timezone)
    try:
        with write_transaction(db):
            db.execute("INSERT INTO channels (name, kind, options, digest, quiet_hours, timezone, source, "
                       "added) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       [name, kind, json.dumps(dict(options), ensure_ascii=False, sort_keys=True), digest,
                        quiet_hours, timezone, source, to_iso(now)])
    except IntegrityError:
        raise StoreError(f"a channel named {name!r} already exists") from None
    return get_channel(db, name)


def get_channels(db: Store, *, enabled_only: bool = False) -> list[Channel]:
    """Return every channel (or only the enabled ones), by name."""
    where = "WHERE enabled = 1" if enabled_only else ""
    rows = db.execute(f"SELECT {_COLUMNS} FROM channels {where} ORDER BY name").fetchall()
    return [_channel_from_row(r) for r in rows]


def get_channel(db: Store, name_or_id: str | int) -> Channel:
    """Return the channel with this name (or row id); raise NotFoundError."""
    row = db.execute(f"SELECT {_COLUMNS} FROM channels WHERE name = ? OR id = ?",
                     [str(name_or_id), name_or_id if isinstance(name_or_id, int) else -1]).fetchone()
    if row is None:
        raise NotFoundError(f"no channel named {name_or_id!r}")
    return _channel_from_row(row)


def has_config_channels(db: Store) -> bool:
    """Say whether any channel came from a configuration file."""
    return db.execute("SELECT 1 FROM channels WHERE source = 'config' LIMIT 1").fetchone() is not None


def update_channel_options(db: Store, name: str, options: Mapping[str, Any]) -> Channel:
    """Replace a channel's options and enable it (e.g. a receiver that moved to a new port)."""
    with write_transaction(db):
        channel = get_channel(db, name)
        db.execute("UPDATE channels SET options = ?, enabled = 1, disabled_reason = NULL WHERE id = ?",
                   [json.dumps(dict(options), ensure_ascii=False, sort_keys=True), channel.id])
    return get_channel(db, name)


def delete_channel(db: Store, name: str) -> Channel:
    """Delete a channel and its deliveries; raise NotFoundError."""
    with write_transaction(db):
        channel = get_channel(db, name)
        db.execute("DELETE FROM channels WHERE id = ?", [channel.id])
    return channel


def update_channel_enabled(db: Store, name_or_id: str | int, enabled: bool,
                           reason: str | None = None) -> Channel:
    """Enable or disable a channel, keeping why it was disabled."""
    with write_transaction(db):
        channel = get_channel(db, name_or_id)
        db.execute("UPDATE channels SET enabled = ?, disabled_reason = ? WHERE id = ?",
                   [int(enabled), None if enabled else reason, channel.id])
    return get_channel(db, channel.id or 0)


def sync_config_channels(db: Store, configs: Sequence[ChannelConfig], *, now: datetime) -> int:
    """Copy the configuration file's channels into the store; return how many changed.

    A config channel keeps its row (and deliveries) across restarts; one no longer in the file is
    disabled. A CLI channel with the same name is left alone (raise StoreError: rename one).
    """
    changed = 0
    with write_transaction(db):
        take_turns(db, "config channels")  # replicas starting together: one inserts, the others see it
        names = set()
        for config in configs:
            names.add(config.name)
            opts = {k: v for k, v in config.options.items() if k not in _COLUMN_OPTIONS}
            digest = str(config.options.get("digest") or "instant")
            quiet = config.options.get("quiet_hours")
            tz = str(config.options.get("timezone") or "UTC")
            check_channel(config.kind, opts, digest, str(quiet) if quiet else None, tz)
            encoded = json.dumps(opts, ensure_ascii=False, sort_keys=True)
            row = db.execute("SELECT id, source, kind, options, digest, quiet_hours, timezone, enabled, "
                             "disabled_reason FROM channels WHERE name = ?", [config.name]).fetchone()
            if row is None:
                add_channel(db, config.name, config.kind, opts, now=now, digest=digest,
                            quiet_hours=str(quiet) if quiet else None, timezone=tz, source="config")
                changed += 1
                continue
            if row[1] != "config":
                raise StoreError(f"channel {config.name!r} is defined both in the configuration and by "
                                 "`channels add`: remove or rename one")
            wanted = (config.kind, encoded, digest, quiet, tz)
            if tuple(row[2:7]) != wanted or (not row[7] and row[8] == "removed from the configuration"):
                db.execute("UPDATE channels SET kind = ?, options = ?, digest = ?, quiet_hours = ?, "
                           "timezone = ?, enabled = 1, disabled_reason = NULL WHERE id = ?",
                           [*wanted, row[0]])
                changed += 1
        for id_, name in db.execute("SELECT id, name FROM channels WHERE source = 'config' AND enabled = 1"
                                    ).fetchall():
            if name not in names:
                db.execute("UPDATE channels SET enabled = 0, disabled_reason = ? WHERE id = ?",
                           ["removed from the configuration", id_])
                changed += 1
    return changed
