"""Decide what a city's reports mean for its control state (pure: state + reports + now → intents).

Like reader's Decider: it reads the current state and the evidence and returns intents; the
caller (`daemon/process.py`) writes them. Rules (issue 4):

- Each outlet counts once, by its latest report about the city; outlets are distinct domains.
- A capture reported for a holder other than the current one is a change of hands. Policy
  `first-report` records and alerts it at once (unconfirmed while fewer than N outlets report
  it firmly, or only as a claim); `confirmed` waits for N firm outlets.
- An unconfirmed change that reaches N firm outlets gets a follow-up, not a second alert.
- A change whose support is gone (outlets retracted, or switched to "still held"/denial), or is
  outweighed by "still held" reports, collapses: the state goes back, and a follow-up says so.
- Within the settle window after a change, a reversal needs at least the support the change
  has (no flapping on one contradicting report); later, a recapture is an ordinary change.
- A retake is worked out from history: the new holder held the city before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from monitor.model import Change, CityState, Report  # domain types, re-exported here

POLICIES = ("first-report", "confirmed")


@dataclass(frozen=True, slots=True)
class Policy:
    """When to alert: at the first report, or once `confirm_outlets` outlets report it."""

    mode: str = "first-report"
    confirm_outlets: int = 2
    min_confidence: float = 0.0
    settle: timedelta = timedelta(hours=72)  # reversals inside it need the change's support
    slack: timedelta = timedelta(hours=12)  # earlier reports of the same change still count


@dataclass(frozen=True, slots=True)
class RecordChange:
    """Record a change of hands and alert it."""

    previous: str | None
    controller: str
    since: datetime
    status: str
    outlets: int
    confidence: float
    retake: bool
    event_ids: tuple[int, ...]
    story_id: int | None = None


@dataclass(frozen=True, slots=True)
class ConfirmChange:
    """Mark an alerted change confirmed and send a short follow-up."""

    change_id: int
    outlets: int
    event_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class CollapseChange:
    """Mark an alerted change collapsed, give the city back to `restore`, and say so."""

    change_id: int
    restore: str | None
    reason: str
    event_ids: tuple[int, ...]
    since: datetime  # the restored holder's "since": reports before it are spent


Intent = RecordChange | ConfirmChange | CollapseChange


def active_change(state: CityState) -> Change | None:
    """Return the latest change still standing, when it is the one that gave the current holder."""
    for change in reversed(state.history):
        if change.status != "collapsed":
            return change if change.controller == state.controller else None
    return None


def earlier_holders(state: CityState) -> set[str]:
    """Return every holder the history shows before the current one."""
    holders: set[str] = set()
    for change in state.history:
        if change.status == "collapsed":
            continue
        if change.previous:
            holders.add(change.previous)
        holders.add(change.controller)
    holders.discard(state.controller or "")
    return holders


def stances(state: CityState, reports: Sequence[Report], policy: Policy) -> dict[str, Report]:
    """Return each outlet's latest relevant report about the city."""
    active = active_change(state)
    latest: dict[str, Report] = {}
    for r in reports:
        if r.controller is None or r.confidence < policy.min_confidence:
            continue
        if active is not None:
            backs_active = r.controller == active.controller and not r.holds
            against = max(active.since, state.since) if state.since else active.since
            cutoff: datetime | None = active.since - policy.slack if backs_active else against
        else:
            cutoff = state.since
        if cutoff is not None and r.at < cutoff:
            continue
        seen = latest.get(r.outlet)
        if seen is None or (r.at, r.event_id) > (seen.at, seen.event_id):
            latest[r.outlet] = r
    return latest


def _firm(reports: Sequence[Report]) -> int:
    return len({r.outlet for r in reports if not r.claim})


def decide(state: CityState, reports: Sequence[Report], policy: Policy, now: datetime) -> list[Intent]:
    """Return what to record and alert for this city, given every report about it."""
    if policy.mode not in POLICIES:
        raise ValueError(f"unknown alert policy {policy.mode!r}")
    latest = stances(state, reports, policy)
    active = active_change(state)
    backing = [r for r in latest.values() if r.controller == state.controller]

    captures: dict[str, list[Report]] = {}
    for r in latest.values():
        if r.controller != state.controller and not r.holds:
            captures.setdefault(r.controller or "", []).append(r)
    if captures:
        def strength(item: tuple[str, list[Report]]) -> tuple[int, int, float]:
            return len(item[1]), _firm(item[1]), -min(r.at for r in item[1]).timestamp()
        controller, support = max(captures.items(), key=strength)
        needed = policy.confirm_outlets if policy.mode == "confirmed" else 1
        enough = (_firm(support) if policy.mode == "confirmed" else len(support)) >= needed
        if enough and active is not None:
            reversal_at = min(r.at for r in support)
            if reversal_at - active.since < policy.settle:
                enough = len(support) >= max(len(backing), 1) and (
                    active.status != "confirmed" or _firm(support) >= policy.confirm_outlets)
        if enough:
            firm = _firm(support)
            return [RecordChange(
                previous=state.controller, controller=controller, since=min(r.at for r in support),
                status="confirmed" if firm >= policy.confirm_outlets else "unconfirmed",
                outlets=len(support), confidence=max(r.confidence for r in support),
                retake=controller in earlier_holders(state),
                event_ids=tuple(sorted(r.event_id for r in support)),
                story_id=min(support, key=lambda r: (r.at, r.event_id)).story_id)]

    if active is None:
        return []
    holds_against = [r for r in latest.values() if r.holds and r.controller != state.controller]
    if not backing or len(holds_against) >= len(backing):
        reason = ("denied or reported still held" if holds_against else "reports retracted")
        # Reports up to now are spent: only newer ones may bring the change back.
        spent = max(max((r.at for r in latest.values()), default=now), active.since) + timedelta(seconds=1)
        return [CollapseChange(active.id, active.previous, reason,
                               tuple(sorted(r.event_id for r in holds_against)), spent)]
    firm = _firm(backing)
    if active.status == "unconfirmed" and firm >= policy.confirm_outlets:
        return [ConfirmChange(active.id, len(backing), tuple(sorted(r.event_id for r in backing)))]
    return []
