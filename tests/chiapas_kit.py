"""The Zapatista rising in Chiapas (January 1994) as a small watchlist, for sentences of our own.

One rising and one government: the tests built on it (police and other wars, order restored,
dated controls) read who holds Ocosingo or Altamirano after a sentence.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

EZLN, MEXICO = "EZLN", "Mexican government"
CHIAPAS: dict[str, Any] = {
    "places": [{"name": "Ocosingo", "country": "MX"}, {"name": "Altamirano", "country": "MX"}],
    "actors": [
        {"name": EZLN, "aliases": ["Zapatistas", "Zapatista Army of National Liberation"],
         "countries": ["MX"], "opposes": [MEXICO]},
        {"name": MEXICO, "aliases": ["Salinas government"], "countries": ["MX"], "government": True,
         "opposes": [EZLN]},
    ],
}
JANUARY_1994 = datetime(1994, 1, 12, 8, tzinfo=UTC)
