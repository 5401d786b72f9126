"""What detection and delivery did during one command, told to the user (glue: counts from the store)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from monitor.cli._common import plural
from monitor.store.cli_queries import count_activity, count_watched_places
from monitor.store.db import Store


@dataclass(frozen=True, slots=True)
class Activity:
    """Changes of hands and alerts recorded since `before`, and what delivery did with them."""

    changes: int = 0
    alerts_queued: int = 0
    sent: int = 0
    retrying: int = 0
    dead: int = 0
    not_detected: int = 0  # stored articles detection has not read yet
    watched_places: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def activity_since(db: Store, before: dict[str, int], delivered: tuple[int, ...] = (0, 0, 0)) -> Activity:
    """Compare the store's counts with `before` (from `count_activity`) and add the delivery counts."""
    after = count_activity(db)
    sent, retrying, dead = (*delivered, 0, 0, 0)[:3]
    return Activity(changes=after["changes"] - before["changes"],
                    alerts_queued=after["alerts"] - before["alerts"], sent=sent, retrying=retrying,
                    dead=dead, not_detected=after["unprocessed"], watched_places=count_watched_places(db))


def describe_activity(activity: Activity) -> str:
    """Say in one line what was detected and sent: "Detected 2 changes of hands; queued 2 alerts; …"."""
    if not activity.watched_places:
        return "No city is watched, so nothing was detected (add one with: monitor watch add NAME)"
    parts = [f"Detected {plural(activity.changes, 'change', 'changes')} of hands",
             f"queued {plural(activity.alerts_queued, 'alert')}",
             f"sent {plural(activity.sent, 'message')}"]
    if activity.retrying:
        parts.append(f"{activity.retrying} to retry")
    if activity.dead:
        parts.append(f"{activity.dead} failed for good (monitor alerts list --status dead)")
    if activity.not_detected:
        parts.append(f"{plural(activity.not_detected, 'article')} not read by detection yet")
    return "; ".join(parts)
