"""Settings: one frozen object, loaded once from a TOML file plus a few environment variables.

The whole file is validated against one schema (pydantic models below, unknown keys forbidden
everywhere), and every problem is reported at once, one line each, naming the file, the table
and the key: `monitor.toml: poll.intervall: unknown key; did you mean interval?`.

Secrets never live in the file: it names the environment variable that holds each one
(`password_env = "MONITOR_SMTP_PASSWORD"`), and `secret()` reads it when needed.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

import platformdirs
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from monitor.errors import ConfigError

PACKAGE_CONFIG = Path(__file__).resolve().parent.parent / "config" / "monitor.toml"
MiB = 1024 * 1024
STORE_URL_SCHEMES = ("postgresql", "postgres")


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
    # a SQLite file (Path) or a PostgreSQL URL (str, e.g. postgresql://monitor@db:5432/monitor)
    store_path: Path | str = field(
        default_factory=lambda: Path(platformdirs.user_data_dir("monitor")) / "monitor.db"
    )
    store_password_env: str | None = None  # env var holding the PostgreSQL password
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


class ConfigErrors(ConfigError):
    """Several configuration problems at once: `str()` gives one line per problem."""

    def __init__(self, problems: Sequence[ConfigError]) -> None:
        first = problems[0]
        super().__init__(first.path, first.key, first.args[0].split(": ", 2)[-1])
        self.problems = tuple(problems)
        self.args = ("\n".join(str(p) for p in problems),)

    def __str__(self) -> str:
        return str(self.args[0])


# ---------------------------------------------------------------------------------------------
# Value parsers shared by the schema and the CLI

_DURATION_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(value: Any) -> int:
    """Read a duration: an int of seconds or a string like "90s", "15m", "2h", "1d" (≥ 0).

    Raises ValueError with a message fit for the user.
    """
    seconds: float | None = None
    if isinstance(value, bool):
        raise ValueError("expected a duration like 30m, got a boolean")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str):
        text = value.strip().lower()
        try:
            seconds = float(text[:-1]) * _DURATION_UNITS[text[-1]] if text and text[-1] in _DURATION_UNITS \
                else float(text)
        except ValueError:
            seconds = None
    if seconds is None or seconds != seconds:  # NaN
        raise ValueError(f"expected a duration like 30m or 3600, got {value!r}")
    if seconds < 0:
        raise ValueError(f"a duration cannot be negative, got {value!r}")
    return int(seconds)


def _duration_s(path: str, key: str, value: Any) -> int:
    """Read a duration or raise ConfigError naming `path` and `key` (used by `serve --stale-after`)."""
    try:
        return parse_duration(value)
    except ValueError as exc:
        raise ConfigError(path, key, str(exc)) from None


def http_url_problem(url: str) -> str | None:
    """Say what is wrong with `url` as the http(s) address of a feed or a hook, or None if nothing.

    >>> http_url_problem("https://example.org/rss") is None
    True
    >>> http_url_problem("http://")
    'it has no host name'
    """
    text = url.strip()
    if not text:
        return "it is empty"
    if any(c.isspace() for c in text):
        return "it contains spaces"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        return f"it is not a valid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return "it is not an http:// or https:// URL"
    host = parts.hostname or ""
    if not host:
        return "it has no host name"
    if port == 0:
        return "port 0 cannot be reached"
    if not re.fullmatch(r"[\w.\-:\[\]%]+", host) or host.startswith((".", "-")) or ".." in host:
        return f"{host!r} is not a valid host name"
    return None


def store_target(value: str, base_dir: Path | None, where: str, key: str) -> Path | str:
    """Turn a configured store location into a SQLite path or a PostgreSQL URL (kept as text).

    A relative path is taken from `base_dir` (the configuration file's folder) when given.
    """
    text = value.strip()
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.\-]*)://", text)
    if scheme:
        if scheme.group(1).lower() not in STORE_URL_SCHEMES:
            raise ConfigError(where, key, f"unsupported store URL scheme {scheme.group(1)!r}: expected a "
                                          "file path or postgresql://user@host:port/db")
        if not urlsplit(text).hostname and "host=" not in text:
            raise ConfigError(where, key, f"{text!r} names no host (postgresql://user@host:port/db)")
        return text
    path = Path(os.path.expanduser(text))
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    return path


def is_store_url(target: Path | str) -> bool:
    """Say whether a store target is a database server URL rather than a SQLite file."""
    return isinstance(target, str) and "://" in target


def missing_secret_envs(options: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> list[str]:
    """Return the environment variables a channel's `*_env` options name that are unset or empty."""
    env = environ if environ is not None else os.environ
    return sorted(str(v) for k, v in options.items() if k.endswith("_env") and v and not env.get(str(v)))


# ---------------------------------------------------------------------------------------------
# The schema: one model per table, unknown keys forbidden everywhere


def _http_url(value: Any) -> Any:
    if isinstance(value, str):
        problem = http_url_problem(value)
        if problem:
            raise ValueError(f"expected an http(s) URL, got {value!r}: {problem}")
    return value


Duration = Annotated[int, BeforeValidator(parse_duration)]
OptionalDuration = Annotated[int | None, BeforeValidator(lambda v: None if v is None else parse_duration(v))]
HttpUrl = Annotated[str, BeforeValidator(_http_url)]
AtLeastOne = Annotated[int, Field(ge=1)]
NotNegative = Annotated[int, Field(ge=0)]
EnvName = Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True)


class StoreTable(_Table):
    path: str = ""
    password_env: EnvName | None = None


class PollTable(_Table):
    concurrency: AtLeastOne = 20
    per_host: AtLeastOne = 2
    interval: Duration = 1800
    min_interval: Duration = 900
    max_backoff: Duration = 86400
    tick: Annotated[Duration, Field(ge=1)] = 30
    allow_private: bool = False
    parse_workers: NotNegative | None = None


class LimitsTable(_Table):
    connect_timeout: Annotated[Duration, Field(ge=1)] = 10
    total_timeout: Annotated[Duration, Field(ge=1)] = 20
    max_body_mb: Annotated[float, Field(gt=0)] = 15
    max_redirects: NotNegative = 5
    max_retry_after: Duration = 86400


class AlertsTable(_Table):
    policy: Literal["first-report", "confirmed"] = "first-report"
    confirm_outlets: AtLeastOne = 2


class LogTable(_Table):
    format: Literal["text", "json"] = "text"


class HttpTable(_Table):
    address: str = "127.0.0.1:8477"


class FeedTable(_Table):
    url: HttpUrl
    interval: OptionalDuration = None
    full_text: bool = False
    allow_private: bool = False
    verify_tls: bool = True
    title: str | None = None


class _ChannelTable(_Table):
    name: Annotated[str, Field(min_length=1)]
    digest: Literal["instant", "hourly", "daily"] = "instant"
    quiet_hours: str | None = None
    timezone: str | None = None
    timeout_s: Annotated[float, Field(gt=0)] | None = None


class EmailChannel(_ChannelTable):
    kind: Literal["email"]
    host: Annotated[str, Field(min_length=1)]
    to: Annotated[list[str], Field(min_length=1)] | Annotated[str, Field(min_length=1)]
    port: Annotated[int, Field(ge=1, le=65535)] | None = None
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = None
    password_env: EnvName | None = None
    sender: str | None = Field(default=None, alias="from")
    cafile: str | None = None
    verify_tls: bool = True
    msgid_host: str | None = None


class WebhookChannel(_ChannelTable):
    kind: Literal["webhook"]
    url: HttpUrl
    secret_env: EnvName | None = None
    allow_private: bool = False


class AppriseChannel(_ChannelTable):
    kind: Literal["apprise"]
    urls: list[str] | str | None = None
    urls_env: EnvName | None = None

    @model_validator(mode="after")
    def _needs_urls(self) -> AppriseChannel:
        if not (self.urls or self.urls_env):
            raise ValueError("an apprise channel needs urls or urls_env")
        return self


Channel = Annotated[EmailChannel | WebhookChannel | AppriseChannel, Field(discriminator="kind")]


class ConfigFile(_Table):
    store: StoreTable = StoreTable()
    poll: PollTable = PollTable()
    limits: LimitsTable = LimitsTable()
    alerts: AlertsTable = AlertsTable()
    log: LogTable = LogTable()
    http: HttpTable = HttpTable()
    feeds: list[FeedTable] = []
    channels: list[Channel] = []


_KINDS: dict[str, type[_ChannelTable]] = {
    "email": EmailChannel, "webhook": WebhookChannel, "apprise": AppriseChannel}
_SECRET_SUFFIXES = ("password", "secret", "token")


# ---------------------------------------------------------------------------------------------
# Loading


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
    """Build Settings from an already-parsed TOML mapping, validated against the schema.

    Raises ConfigError (ConfigErrors when there are several problems, one line each).
    """
    env = environ if environ is not None else os.environ
    try:
        config = ConfigFile.model_validate(dict(raw))
    except ValidationError as exc:
        problems = [ConfigError(where, key, message) for key, message in _explain(exc, raw)]
        raise (problems[0] if len(problems) == 1 else ConfigErrors(problems)) from None
    values: dict[str, Any] = {"path": where, "store_password_env": config.store.password_env}
    if env.get("MONITOR_DB"):
        values["store_path"] = store_target(env["MONITOR_DB"], None, "MONITOR_DB", "(environment)")
    elif config.store.path.strip():
        values["store_path"] = store_target(config.store.path, base_dir, where, "store.path")

    poll, limits = config.poll, config.limits
    values.update(
        concurrency=poll.concurrency, per_host=poll.per_host, default_interval_s=poll.interval,
        min_interval_s=poll.min_interval, max_backoff_s=poll.max_backoff, poll_tick_s=poll.tick,
        allow_private=poll.allow_private,
        connect_timeout_s=float(limits.connect_timeout), total_timeout_s=float(limits.total_timeout),
        max_body_bytes=int(limits.max_body_mb * MiB), max_redirects=limits.max_redirects,
        max_retry_after_s=limits.max_retry_after,
        log_format=config.log.format, http_address=config.http.address,
        alert_policy=config.alerts.policy, confirm_outlets=config.alerts.confirm_outlets,
    )
    if poll.parse_workers is not None:
        values["parse_workers"] = poll.parse_workers
    values["feeds"] = tuple(
        FeedConfig(url=f.url.strip(), interval_s=f.interval, full_text=f.full_text,
                   allow_private=f.allow_private, verify_tls=f.verify_tls, title=f.title)
        for f in config.feeds)
    # Channel options are kept as written (already validated): the senders read them by key.
    values["channels"] = tuple(
        ChannelConfig(name=c.name, kind=c.kind,
                      options={k: v for k, v in raw["channels"][i].items() if k not in {"name", "kind"}})
        for i, c in enumerate(config.channels))
    return Settings(**values)


def _explain(exc: ValidationError, raw: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Turn pydantic's errors into (key, message) pairs a user can act on, one per problem."""
    found: list[tuple[str, str]] = []
    for error in exc.errors(include_url=False):
        loc = list(error["loc"])
        if len(loc) >= 3 and loc[0] == "channels" and loc[2] in _KINDS:
            del loc[2]  # the discriminator's tag: `channels[0].host`, not `channels[0].email.host`
        if error["type"] in ("union_tag_invalid", "union_tag_not_found"):
            loc.append("kind")
        key = _key(loc)
        found.append((key, _message(error, loc, raw)))
    unique = list(dict.fromkeys(found))
    return unique


def _key(loc: Sequence[Any]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(file)"


def _message(error: Any, loc: Sequence[Any], raw: Mapping[str, Any]) -> str:
    kind, value = error["type"], error.get("input")
    name = str(loc[-1]) if loc else ""
    if kind == "extra_forbidden":
        if len(loc) == 1:
            return f"unknown section (known: {', '.join(ConfigFile.model_fields)})"
        if loc[0] == "channels" and name.endswith(_SECRET_SUFFIXES):
            return f'secrets are not written in the file: use {name}_env = "ENV_VAR"'
        known = _known_keys(loc, raw)
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        if close:
            return f"unknown key; did you mean {close[0]}?"
        return f"unknown key (known: {', '.join(known)})"
    if kind == "missing":
        if loc and loc[0] == "channels":
            item = _item(raw, loc)
            kind_name = str(item.get("kind"))
            article = "an" if kind_name[:1] in "aeiou" else "a"
            return (f"missing: {article} {kind_name} channel needs {name}"
                    + (f" (channel {item.get('name')!r})" if item.get("name") else ""))
        if loc and loc[0] == "feeds":
            return "missing: each [[feeds]] needs a url"
        return "missing"
    if kind == "union_tag_invalid":
        return f"expected email, webhook or apprise, got {error['ctx']['tag']!r}"
    if kind == "union_tag_not_found":
        return "missing: a channel needs kind = \"email\", \"webhook\" or \"apprise\""
    if kind == "literal_error":
        return f"expected {error['ctx']['expected'].replace(' or ', ' or ')}, got {value!r}"
    if kind in ("value_error", "assertion_error"):
        return str(error["msg"]).removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return "expected a table"
    if kind == "list_type" and len(loc) == 1:
        return f"expected an array of tables ([[{name}]])"
    if kind in ("int_type", "int_parsing", "int_from_float", "float_type", "float_parsing"):
        what = "a whole number" if kind.startswith("int") else "a number"
        return f"expected {what}, got {_show(value)}"
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false, got {_show(value)}"
    if kind in ("string_type", "str_type"):
        return f"expected a string, got {_show(value)}"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal"):
        return f"{error['msg'].replace('Input should be', 'must be')}, got {_show(value)}"
    if kind == "string_pattern_mismatch":
        return f"expected the name of an environment variable, got {_show(value)}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_short":
        return "must not be empty"
    return f"{error['msg']}, got {_show(value)}"


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    return repr(value)


def _item(raw: Mapping[str, Any], loc: Sequence[Any]) -> Mapping[str, Any]:
    """Return the raw table at loc[:2] (e.g. channels[0]), or an empty mapping."""
    try:
        item = raw[loc[0]][loc[1]]
    except (KeyError, IndexError, TypeError):
        return {}
    return item if isinstance(item, Mapping) else {}


def _known_keys(loc: Sequence[Any], raw: Mapping[str, Any]) -> list[str]:
    """Return the keys allowed in the table that holds loc[-1]."""
    model: type[BaseModel] = ConfigFile
    if loc[0] == "channels":
        model = _KINDS.get(str(_item(raw, loc).get("kind")), _ChannelTable)
    elif loc[0] == "feeds":
        model = FeedTable
    else:
        annotation = ConfigFile.model_fields[str(loc[0])].annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            model = annotation
    return [f.alias or n for n, f in model.model_fields.items()]
