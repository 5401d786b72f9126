"""Every error the package raises on purpose.

    MonitorError
     ├── ConfigError(path, key)      a bad configuration value: exit status 2
     ├── FetchError(url)             a feed or page could not be fetched
     │    └── BlockedAddressError    the URL resolves to a refused (private) address
     ├── ParseError(url)             the bytes are not a usable feed
     ├── StoreError                  the store (SQLite or PostgreSQL) refused an operation
     │    ├── DatabaseError          the database failed (connection lost, bad SQL…)
     │    │    └── IntegrityError    a unique or foreign key constraint refused a write
     │    ├── NotFoundError          no such feed, city, actor, channel or alert
     │    └── FeedExistsError(url)   a feed with this URL is already in the store
     ├── WatchlistError              a watchlist file or entry is invalid
     └── DeliveryError(channel)      an alert could not be delivered
          └── PermanentDeliveryError the receiver refused it for good (dead letter)
               └── EndpointGoneError 410 Gone: the channel is disabled

Library exceptions are translated at the boundary that calls the library, and nowhere else.
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base of every error the package raises on purpose."""


class ConfigError(MonitorError):
    """A configuration value is missing or invalid."""

    def __init__(self, path: str, key: str, message: str) -> None:
        self.path = path
        self.key = key
        super().__init__(f"{path}: {key}: {message}")


class FetchError(MonitorError):
    """A URL could not be fetched; `kind` is a short machine-readable reason."""

    def __init__(self, url: str, message: str, kind: str = "error") -> None:
        self.url = url
        self.kind = kind
        super().__init__(f"{url}: {message}")


class BlockedAddressError(FetchError):
    """The URL resolves to an address the fetcher refuses (loopback, private, metadata…)."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(url, message, kind="blocked")


class ParseError(MonitorError):
    """The bytes could not be read as a feed with any usable entry."""

    def __init__(self, url: str, message: str) -> None:
        self.url = url
        super().__init__(f"{url}: {message}")


class StoreError(MonitorError):
    """The store refused an operation."""


class DatabaseError(StoreError):
    """The database failed: connection lost, a statement refused (PostgreSQL backend)."""


class IntegrityError(DatabaseError):
    """A unique or foreign key constraint refused a write (both backends)."""


class NotFoundError(StoreError):
    """The named object does not exist in the store."""


class FeedExistsError(StoreError):
    """A feed with this URL is already in the store."""

    def __init__(self, url: str) -> None:
        self.url = url
        super().__init__(f"{url}: this feed is already in the store")


class WatchlistError(MonitorError):
    """A watchlist file or entry is invalid."""


class DeliveryError(MonitorError):
    """An alert could not be delivered now; it may be retried."""

    def __init__(self, channel: str, message: str, retry_after: float | None = None) -> None:
        self.channel = channel
        self.retry_after = retry_after
        super().__init__(f"{channel}: {message}")


class PermanentDeliveryError(DeliveryError):
    """The receiver refused the alert for good: it goes to the dead letters."""


class EndpointGoneError(PermanentDeliveryError):
    """The receiver answered 410 Gone: the channel is disabled until the operator re-enables it."""
