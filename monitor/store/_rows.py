"""Row helpers shared by the watchlist query modules. Contains no business logic."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from monitor.store.db import Store


def strings(value: str | None) -> tuple[str, ...]:
    """Decode a JSON list column."""
    return tuple(json.loads(value or "[]"))


def unique(values: Iterable[str]) -> list[str]:
    """Keep the first of each value, comparing without case; drop blanks."""
    seen: set[str] = set()
    kept = []
    for value in values:
        value = value.strip()
        if value and value.casefold() not in seen:
            seen.add(value.casefold())
            kept.append(value)
    return kept


def rows(db: Store, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    """Run a query and return its rows as dicts."""
    cursor = db.execute(sql, list(params))
    columns = [c[0] for c in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
