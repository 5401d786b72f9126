"""Settings: one frozen object, loaded once from a TOML file plus a few environment variables.

Secrets never live in the file: it names the environment variable that holds each one
(`password_env = "MONITOR_SMTP_PASSWORD"`), and `secret()` reads it when needed.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from monitor.errors import ConfigError

PACKAGE_CONFIG = Path(__file__).resolve().parent.parent / "config" / "monitor.toml"
MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class FeedConfig:
    """A feed declared in the configuration file (synced into the store at start)."""

    url: str
    interval_s: int | None = None
    full_text: bool = False
    allow_private: bool = False
    verify_tls: bool = True
    title: str | None = None


@dataclass(frozen=True, slots=True)
class ChannelConfig:
    """An alert channel declared in the configuration file; `options` depend on `kind`."""

    name: str
    kind: str  # email | webhook | apprise
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the daemon and the CLI need to know, passed down explicitly."""

    path: str = "<defaults>"  # the file these came from, for error messages
    store_path: Path | str = field(  # a file (SQLite), or a postgresql:// URL kept as text
        default_factory=lambda: Path(platformdirs.user_data_dir("monitor")) / "monitor.db"
    )
    store_password_env: str | None = None  # [store] password_env: the variable with the PG password
    # polling
    concurrency: int = 20  # feeds fetched at once, all hosts together
    per_host: int = 2  # connections at once to one host
    default_interval_s: int = 1800
    min_interval_s: int = 900  # floor: no feed is polled more often than this
    max_backoff_s: int = 86400
    poll_tick_s: int = 30  # how often the daemon looks for due feeds (not a feed's interval)
    # processes that parse big feed bodies beside the daemon (0: a thread of the daemon). Off by
    # default: each costs ~40 MB resident for little gain on 2 cores (bench/memory.py, issue 11)
    parse_workers: int = 0
    # limits
    connect_timeout_s: float = 10.0
    total_timeout_s: float = 20.0  # wall-clock deadline for one whole fetch
    max_body_bytes: int = 15 * MiB  # counted after decompression
    max_redirects: int = 5
    max_retry_after_s: int = 86400
    allow_private: bool = False  # global opt-in for private addresses (tests, intranets)
    feeds: tuple[FeedConfig, ...] = ()
    channels: tuple[ChannelConfig, ...] = ()
    # logging / service
    log_format: str = "text"  # text | json
    http_address: str = "127.0.0.1:8477"  # empty string disables the daemon's HTTP endpoint
    alert_policy: str = "first-report"  # first-report | confirmed
    confirm_outlets: int = 2

    def secret(self, env_name: str | None, environ: Mapping[str, str] | None = None) -> str | None:
        """Return the secret held by the environment variable `env_name`, if any."""
        if not env_name:
            return None
        return (environ if environ is not None else os.environ).get(env_name)


def _duration_s(path: str, key: str, value: Any) -> int:
    """Read a duration: an int of seconds or a string like "90s", "15m", "2h", "1d"."""
    if isinstance(value, bool):
        raise ConfigError(path, key, "expected a duration like 30m, got a boolean")
    if isinstance(value, int | float) and value >= 0:
        return int(value)
    if isinstance(value, str):
        text = value.strip().lower()
        units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
        try:
            if text and text[-1] in units:
                return int(float(text[:-1]) * units[text[-1]])
            return int(text)
        except ValueError:
            pass
    raise ConfigError(path, key, f"expected a duration like 30m or 3600, got {value!r}")


def _typed(path: str, key: str, value: Any, kind: type | tuple[type, ...]) -> Any:
    if isinstance(value, bool) and kind is not bool:
        raise ConfigError(path, key, f"expected {_kind_name(kind)}, got a boolean")
    if not isinstance(value, kind):
        raise ConfigError(path, key, f"expected {_kind_name(kind)}, got {value!r}")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join({"int": "a number", "float": "a number", "str": "a string",
                        "bool": "true or false"}.get(k.__name__, k.__name__) for k in kinds)


_KNOWN_SECTIONS = {"store", "poll", "limits", "feeds", "channels", "log", "http", "alerts"}


def load_settings(path: str | Path | None = None, environ: Mapping[str, str] | None = None,
                  ) -> Settings:
    """Load settings from `path` (else $MONITOR_CONFIG, else the packaged default file).

    $MONITOR_DB overrides the store path. Raises ConfigError naming the file and the key.
    """
    env = environ if environ is not None else os.environ
    chosen = Path(path) if path else Path(env["MONITOR_CONFIG"]) if env.get("MONITOR_CONFIG") \
        else PACKAGE_CONFIG
    where = str(chosen)
    if not chosen.exists():
        if path or env.get("MONITOR_CONFIG"):
            raise ConfigError(where, "(file)", "no such configuration file")
        raw: dict[str, Any] = {}
    else:
        try:
            raw = tomllib.loads(chosen.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(where, "(syntax)", str(exc)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(where, "(file)", str(exc)) from None
    return settings_from_dict(raw, where, env, base_dir=chosen.parent)


def settings_from_dict(raw: Mapping[str, Any], where: str = "<dict>",
                       environ: Mapping[str, str] | None = None,
                       base_dir: Path | None = None) -> Settings:
    """Build Settings from an already-parsed TOML mapping (validated key by key)."""
    env = environ if environ is not None else os.environ
    for section in raw:
        if section not in _KNOWN_SECTIONS:
            known = ", ".join(sorted(_KNOWN_SECTIONS))
            raise ConfigError(where, section, f"unknown section (known: {known})")
    values: dict[str, Any] = {"path": where}

    def table(name: str) -> Mapping[str, Any]:
        value = raw.get(name, {})
        if not isinstance(value, Mapping):
            raise ConfigError(where, name, "expected a table")
        return value

    store = table("store")
    store_path = env.get("MONITOR_DB") or store.get("path") or ""
    _typed(where, "store.path", store_path, str)
    if "password_env" in store:
        values["store_password_env"] = _typed(where, "store.password_env", store["password_env"], str)
    if "://" in store_path:  # a database URL: pathlib would fold its `//`
        values["store_path"] = store_path
    elif store_path:
        p = Path(os.path.expanduser(store_path))
        if not p.is_absolute() and base_dir is not None and not env.get("MONITOR_DB"):
            p = base_dir / p
        values["store_path"] = p

    poll = table("poll")
    for key, attr in (("concurrency", "concurrency"), ("per_host", "per_host")):
        if key in poll:
            n = _typed(where, f"poll.{key}", poll[key], int)
            if n < 1:
                raise ConfigError(where, f"poll.{key}", "must be at least 1")
            values[attr] = n
    for key, attr in (("interval", "default_interval_s"), ("min_interval", "min_interval_s"),
                      ("max_backoff", "max_backoff_s"), ("tick", "poll_tick_s")):
        if key in poll:
            values[attr] = _duration_s(where, f"poll.{key}", poll[key])
    if "allow_private" in poll:
        values["allow_private"] = _typed(where, "poll.allow_private", poll["allow_private"], bool)
    if "parse_workers" in poll:
        workers = _typed(where, "poll.parse_workers", poll["parse_workers"], int)
        if workers < 0:
            raise ConfigError(where, "poll.parse_workers", "must be 0 (parse in-process) or more")
        values["parse_workers"] = workers

    limits = table("limits")
    for key, attr in (("connect_timeout", "connect_timeout_s"), ("total_timeout", "total_timeout_s")):
        if key in limits:
            values[attr] = float(_duration_s(where, f"limits.{key}", limits[key]))
    if "max_body_mb" in limits:
        mb = _typed(where, "limits.max_body_mb", limits["max_body_mb"], (int, float))
        values["max_body_bytes"] = int(mb * MiB)
    if "max_redirects" in limits:
        values["max_redirects"] = _typed(where, "limits.max_redirects", limits["max_redirects"], int)
    if "max_retry_after" in limits:
        values["max_retry_after_s"] = _duration_s(where, "limits.max_retry_after",
                                                  limits["max_retry_after"])

    feeds = raw.get("feeds", [])
    if not isinstance(feeds, list):
        raise ConfigError(where, "feeds", "expected an array of tables ([[feeds]])")
    parsed_feeds = []
    for i, item in enumerate(feeds):
        key = f"feeds[{i}]"
        if not isinstance(item, Mapping) or "url" not in item:
            raise ConfigError(where, key, "each [[feeds]] needs a url")
        url = _typed(where, f"{key}.url", item["url"], str)
        if not url.startswith(("http://", "https://")):
            raise ConfigError(where, f"{key}.url", f"expected an http(s) URL, got {url!r}")
        parsed_feeds.append(FeedConfig(
            url=url,
            interval_s=_duration_s(where, f"{key}.interval", item["interval"])
            if "interval" in item else None,
            full_text=_typed(where, f"{key}.full_text", item.get("full_text", False), bool),
            allow_private=_typed(where, f"{key}.allow_private", item.get("allow_private", False), bool),
            verify_tls=_typed(where, f"{key}.verify_tls", item.get("verify_tls", True), bool),
            title=item.get("title"),
        ))
    values["feeds"] = tuple(parsed_feeds)

    channels = raw.get("channels", [])
    if not isinstance(channels, list):
        raise ConfigError(where, "channels", "expected an array of tables ([[channels]])")
    parsed_channels = []
    for i, item in enumerate(channels):
        key = f"channels[{i}]"
        if not isinstance(item, Mapping):
            raise ConfigError(where, key, "expected a table")
        name = _typed(where, f"{key}.name", item.get("name"), str)
        kind = _typed(where, f"{key}.kind", item.get("kind"), str)
        if kind not in {"email", "webhook", "apprise"}:
            raise ConfigError(where, f"{key}.kind", f"expected email, webhook or apprise, got {kind!r}")
        for opt, val in item.items():
            if opt.endswith(("password", "secret", "token")) and not opt.endswith("_env"):
                raise ConfigError(where, f"{key}.{opt}",
                                  f"secrets are not written in the file: use {opt}_env = \"ENV_VAR\"")
            if opt.endswith("_env") and not isinstance(val, str):
                raise ConfigError(where, f"{key}.{opt}", "expected the name of an environment variable")
        options = {k: v for k, v in item.items() if k not in {"name", "kind"}}
        parsed_channels.append(ChannelConfig(name=name, kind=kind, options=options))
    values["channels"] = tuple(parsed_channels)

    log = table("log")
    if "format" in log:
        fmt = _typed(where, "log.format", log["format"], str)
        if fmt not in {"text", "json"}:
            raise ConfigError(where, "log.format", f"expected text or json, got {fmt!r}")
        values["log_format"] = fmt
    http = table("http")
    if "address" in http:
        values["http_address"] = _typed(where, "http.address", http["address"], str)
    alerts = table("alerts")
    if "policy" in alerts:
        policy = _typed(where, "alerts.policy", alerts["policy"], str)
        if policy not in {"first-report", "confirmed"}:
            raise ConfigError(where, "alerts.policy",
                              f"expected first-report or confirmed, got {policy!r}")
        values["alert_policy"] = policy
    if "confirm_outlets" in alerts:
        values["confirm_outlets"] = _typed(where, "alerts.confirm_outlets",
                                           alerts["confirm_outlets"], int)
    return Settings(**values)
