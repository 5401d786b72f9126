"""Domain types shared by every layer: frozen, slotted, with tuples and UTC-aware datetimes.

Converting between these and database rows happens only in `monitor.store`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Feed:
    """A polled feed and its scheduling state (kept in the store so a restart loses nothing)."""

    url: str
    id: int | None = None
    title: str | None = None
    interval_s: int = 1800
    full_text: bool = False  # fetch each article page and extract its main text
    allow_private: bool = False  # opt-in: the URL may resolve to loopback/private addresses
    verify_tls: bool = True  # opt-out: accept self-signed certificates
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None  # sha256 of the last parsed body: same body, no parse
    last_status: int | None = None
    last_error: str | None = None
    error_count: int = 0
    update_after: datetime | None = None  # next poll not before this
    last_retrieved: datetime | None = None
    disabled: bool = False
    disabled_reason: str | None = None  # why: 410 Gone, removed from the config, local replay…
    last_success: datetime | None = None  # last poll that got a usable answer (200 or 304)
    site_url: str | None = None


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one conditional GET of a feed returned; no exception escapes `fetch_feed`.

    `body` is None for a 304, an error, or a redirect limit; `error` then says why in one line
    and `error_kind` classifies it (timeout, too_large, http_status, blocked, network, tls…).
    """

    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int | None  # last HTTP status, None when no response came back
    fetched: datetime
    body: bytes | None = None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    permanent_url: str | None = None  # set when every redirect hop was 301/308
    retry_after_s: float | None = None  # from Retry-After on 429/503, already capped
    error: str | None = None
    error_kind: str | None = None
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def gone(self) -> bool:
        return self.status == 410


@dataclass(frozen=True, slots=True)
class Article:
    """One feed entry as plain text, ready to store and to match."""

    guid: str  # identity within its feed: guid, else link, else content hash
    title: str
    text: str  # plain text: summary or content, tags and scripts removed, entities decoded
    published: datetime  # UTC; the fetch time when the entry has no date
    fetched: datetime
    url: str | None = None  # canonical link: absolute, tracking parameters and fragment removed
    summary: str | None = None
    lang: str | None = None  # ISO 639-1 when the feed or a detector says so
    content_hash: str = ""  # sha256 of title + text: an updated entry changes it
    full_text: str | None = None  # extracted from the article page when the feed asks for it
    feed_url: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A parsed feed document: its own metadata and its entries."""

    title: str | None
    site_url: str | None
    articles: tuple[Article, ...]
    lang: str | None = None
    bozo: str | None = None  # why the XML was flagged malformed, when it was but still had entries
    parser: str = "feedparser"  # which parser path produced it


@dataclass(frozen=True, slots=True)
class Place:
    """A watched city: canonical name, country and the names it is found under."""

    name: str
    country: str  # ISO 3166-1 alpha-2
    geonameid: int | None = None
    names: tuple[str, ...] = ()  # every spelling to look for, canonical name included
    population: int | None = None
    latitude: float | None = None
    longitude: float | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A watched actor (armed group, government) with its aliases and sides."""

    name: str
    aliases: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # where it fights; scopes generic references
    government: bool = False  # generic "government forces" in its countries mean this actor
    opposes: tuple[str, ...] = ()  # canonical names of opponents (withdrawals hand over to them)


@dataclass(frozen=True, slots=True)
class Watchlist:
    """The places and actors a user watches (the format of shared/eval/SCHEMA.md)."""

    places: tuple[Place, ...] = ()
    actors: tuple[Actor, ...] = ()


@dataclass(frozen=True, slots=True)
class ControlEvent:
    """A detected change of hands: `place` passed to `controller`, says `evidence`."""

    place: str
    country: str
    controller: str | None  # canonical actor name; None when the article names none
    confidence: float  # in [0, 1]
    claim: bool  # a party's own unconfirmed claim
    evidence: str  # the sentence that says so
    lang: str
    previous: str | None = None  # previous controller, when the article says it
    kind: str = "capture"  # capture | withdrawal | fall | handover | …
    article_id: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class WatchedPlace:
    """A place as the user keeps it: the city, its alias edits and who holds it now."""

    place: Place  # names: the canonical name only; the gazetteer fills the rest on load
    aliases_added: tuple[str, ...] = ()  # the user's extra spellings
    aliases_removed: tuple[str, ...] = ()  # gazetteer spellings to ignore
    controller: str | None = None  # actor holding it now; None: unknown
    controller_since: datetime | None = None  # UTC


@dataclass(frozen=True, slots=True)
class Channel:
    """Where alerts go: an e-mail account, a webhook endpoint or an apprise URL set."""

    name: str
    kind: str  # email | webhook | apprise
    options: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
    id: int | None = None
    digest: str = "instant"  # instant | hourly | daily
    quiet_hours: str | None = None  # "22:00-07:00" in `timezone`: non-urgent messages wait
    timezone: str = "UTC"
    enabled: bool = True
    disabled_reason: str | None = None
    source: str = "cli"  # cli | config


HOLD_KINDS = frozenset({"hold", "held", "denial", "deny", "denied", "repelled", "retained", "defended"})


@dataclass(frozen=True, slots=True)
class Report:
    """One detected event about the city: who holds it according to one outlet, and when."""

    outlet: str
    controller: str | None
    at: datetime
    kind: str = "capture"  # capture-like, or one of HOLD_KINDS ("still held by", "denied")
    claim: bool = False
    confidence: float = 1.0
    event_id: int = 0
    story_id: int | None = None

    @property
    def holds(self) -> bool:
        return self.kind in HOLD_KINDS


@dataclass(frozen=True, slots=True)
class Change:
    """A recorded change of hands, from the city's history."""

    id: int
    previous: str | None
    controller: str
    since: datetime
    status: str  # unconfirmed | confirmed | collapsed
    outlets: int = 1


@dataclass(frozen=True, slots=True)
class CityState:
    """A city's current holder and its history of changes (oldest first)."""

    place: str
    country: str
    controller: str | None
    since: datetime | None = None
    history: tuple[Change, ...] = ()
    version: int = 0  # the store's row version: a write of the controller is compare-and-set on it


@dataclass(frozen=True, slots=True)
class DaemonInstance:
    """One daemon process sharing the store: where it runs, what it does, its last sign of life."""

    owner: str
    host: str
    pid: int
    roles: tuple[str, ...]
    started: datetime
    heartbeat: datetime
    stopped: datetime | None = None
