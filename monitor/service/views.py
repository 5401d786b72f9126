"""What the status page, the JSON API and the Atom feed show: plain frozen values, no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

_SAFE_URL = re.compile(r"(?i)^https?://[^\s/\"'<>`]+[^\s\"'<>`]*$")


def safe_url(url: str | None) -> str | None:
    """Return `url` when it is an absolute http(s) URL without spaces or quotes, else None."""
    return url if isinstance(url, str) and _SAFE_URL.match(url) else None


@dataclass(frozen=True, slots=True)
class ChangeView:
    """One change of hands in a city's history, as the per-city page and the map's hover show it."""

    since: datetime
    controller: str
    previous: str | None = None
    status: str | None = None  # unconfirmed | confirmed | collapsed
    outlets: int | None = None
    evidence: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class CityView:
    """A watched city as a person reads it: who holds it, since when, and what says so."""

    name: str
    country: str
    latitude: float | None = None
    longitude: float | None = None
    controller: str | None = None
    since: datetime | None = None
    previous: str | None = None
    evidence: str | None = None
    evidence_url: str | None = None
    id: int | None = None  # places.id: the city's page is /city/<id>
    history: tuple[ChangeView, ...] = ()  # newest first

    @property
    def key(self) -> tuple[str, str]:
        """Return what tells watched cities apart: name and country (a place is unique by them)."""
        return self.name, self.country

    @property
    def label(self) -> str:
        """Return the name as alerts show it, with the country: "Tripoli (LY)"."""
        return f"{self.name} ({self.country})" if self.country else self.name


@dataclass(frozen=True, slots=True)
class AlertView:
    """One alert: a city changed hands (or a follow-up about it)."""

    id: str
    title: str
    created: datetime
    place: str | None = None
    controller: str | None = None
    previous: str | None = None
    evidence: str | None = None
    url: str | None = None
    status: str | None = None  # delivered | pending | dead, summed over channels
    country: str | None = None  # ISO code of the place: two Tripolis are told apart


@dataclass(frozen=True, slots=True)
class FeedView:
    """A polled feed's health."""

    id: int
    url: str
    title: str | None = None
    last_status: int | None = None
    last_error: str | None = None
    error_count: int = 0
    last_success: datetime | None = None
    last_new_article: datetime | None = None
    disabled: bool = False

    @property
    def ok(self) -> bool:
        return not self.disabled and self.error_count == 0


@dataclass(frozen=True, slots=True)
class StatusView:
    """Everything the status page shows."""

    generated: datetime
    cities: tuple[CityView, ...] = ()
    alerts: tuple[AlertView, ...] = ()
    feeds: tuple[FeedView, ...] = ()
    heartbeat: datetime | None = None  # last sign of life of the daemon, from daemon_state


def to_json(value: Any) -> Any:
    """Turn views (and lists of them) into JSON-ready values, datetimes as ISO strings."""
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):  # shallow: asdict() deep-copies every value
        return {k: to_json(getattr(value, k)) for k in value.__dataclass_fields__}
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, datetime):
        return value.isoformat()
    return value
