"""The control-state decider: before/after states, reports and policy → intents (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import count

import pytest

from monitor.alerts.decide import (
    Change,
    CityState,
    CollapseChange,
    ConfirmChange,
    Policy,
    RecordChange,
    Report,
    decide,
)

T0 = datetime(2021, 8, 13, 6, 0, tzinfo=UTC)
GOV, TAL, OTHER = "Afghan government", "Taliban", "Militia"
_ids = count(1)


def r(outlet: str, controller: str | None, hours: float = 0, kind: str = "capture", claim: bool = False,
      confidence: float = 0.9) -> Report:
    """Build a report `hours` after T0."""
    return Report(outlet, controller, T0 + timedelta(hours=hours), kind, claim, confidence, next(_ids))


def held(controller: str = GOV, since: datetime | None = None) -> CityState:
    return CityState("Kandahar", "AF", controller, since)


def fallen(status: str = "unconfirmed", outlets: int = 1, hours: float = 0) -> CityState:
    """Kandahar after a recorded change to the Taliban at T0 + hours."""
    at = T0 + timedelta(hours=hours)
    return CityState("Kandahar", "AF", TAL, at, (Change(1, GOV, TAL, at, status, outlets),))


def kinds(intents: list[object]) -> list[str]:
    return [type(i).__name__ for i in intents]


FIRST = Policy("first-report", confirm_outlets=2)
CONFIRMED = Policy("confirmed", confirm_outlets=2)


@pytest.mark.parametrize("state,reports,policy,expected", [
    (held(), [], FIRST, []),
    (held(), [r("a.com", TAL)], FIRST, ["RecordChange"]),
    (held(), [r("a.com", TAL, claim=True)], FIRST, ["RecordChange"]),
    (held(), [r("a.com", GOV, kind="hold")], FIRST, []),
    (held(), [r("a.com", TAL)], CONFIRMED, []),
    (held(), [r("a.com", TAL), r("a.com", TAL, 1)], CONFIRMED, []),  # one outlet counts once
    (held(), [r("a.com", TAL, claim=True), r("b.com", TAL, claim=True)], CONFIRMED, []),  # claims only
    (held(), [r("a.com", TAL), r("b.com", TAL, 1)], CONFIRMED, ["RecordChange"]),
    (held(), [r("a.com", TAL, confidence=0.2)], Policy(min_confidence=0.5), []),
    (held(), [r("a.com", None)], FIRST, []),  # no holder named: nothing to record
    (held(since=T0 + timedelta(hours=1)), [r("a.com", TAL)], FIRST, []),  # older than the state
    (fallen(), [r("a.com", TAL)], FIRST, []),  # the same change again: no second alert
    (fallen(), [r("a.com", TAL), r("b.com", TAL, 2)], FIRST, ["ConfirmChange"]),
    (fallen("confirmed", 2), [r("a.com", TAL), r("b.com", TAL), r("c.com", TAL, 3)], FIRST, []),
    (fallen(), [r("a.com", TAL), r("b.com", TAL, 1, claim=True)], FIRST, []),  # a claim does not confirm
    (fallen(), [r("a.com", TAL, -3), r("b.com", TAL, 2)], FIRST, ["ConfirmChange"]),  # slack for early copies
])
def test_decisions(state: CityState, reports: list[Report], policy: Policy, expected: list[str]) -> None:
    """Each before-state and set of reports gives the expected intents."""
    assert kinds(decide(state, reports, policy, T0)) == expected


def test_first_report_is_unconfirmed_then_confirmed() -> None:
    """A single outlet gives an unconfirmed change; N outlets at once give a confirmed one."""
    one = decide(held(), [r("a.com", TAL)], FIRST, T0)[0]
    assert isinstance(one, RecordChange)
    assert (one.previous, one.controller, one.status) == (GOV, TAL, "unconfirmed")
    assert (one.outlets, one.retake) == (1, False)
    two = decide(held(), [r("a.com", TAL), r("b.com", TAL, 1)], FIRST, T0)[0]
    assert isinstance(two, RecordChange) and two.status == "confirmed" and two.since == T0


def test_confirmation_counts_outlets() -> None:
    """The follow-up carries how many distinct outlets now report the change."""
    reports = [r(f"o{i}.com", TAL, i) for i in range(4)]
    intent = decide(fallen(), reports, FIRST, T0)[0]
    assert isinstance(intent, ConfirmChange) and intent.outlets == 4 and intent.change_id == 1


def test_one_contradicting_report_does_not_flap() -> None:
    """Hours after a change confirmed by four outlets, one outlet saying "retaken" changes nothing."""
    reports = [r(f"o{i}.com", TAL) for i in range(4)] + [r("x.com", GOV, 5)]
    assert decide(fallen("confirmed", 4), reports, FIRST, T0) == []


def test_reversal_with_the_same_support_is_a_retake() -> None:
    """When as many outlets report the city retaken as backed the fall, it is a new change: a retake."""
    reports = [r(f"o{i}.com", TAL) for i in range(2)] + [r(f"o{i}.com", GOV, 5) for i in range(2)]
    intent = decide(fallen("confirmed", 2), reports, FIRST, T0)[0]
    assert isinstance(intent, RecordChange) and intent.controller == GOV and intent.retake


def test_later_recapture_by_one_outlet_is_a_new_change() -> None:
    """After the settle window, one outlet reporting a recapture is an ordinary change (and a retake)."""
    reports = [r(f"o{i}.com", TAL) for i in range(4)] + [r("x.com", GOV, 100)]
    intent = decide(fallen("confirmed", 4), reports, FIRST, T0)[0]
    assert isinstance(intent, RecordChange) and intent.retake and intent.previous == TAL


def test_third_party_is_not_a_retake() -> None:
    """A holder the city never had is a change, not a retake."""
    intent = decide(fallen("confirmed", 1), [r("a.com", TAL), r("x.com", OTHER, 100)], FIRST, T0)[0]
    assert isinstance(intent, RecordChange) and not intent.retake


@pytest.mark.parametrize("reports,reason", [
    ([r("a.com", TAL), r("a.com", GOV, 2, kind="hold")], "denied"),  # the same outlet: still held
    ([r("a.com", TAL), r("b.com", GOV, 2, kind="denial")], "denied"),  # as many denials as support
    ([], "retracted"),  # the article was changed or removed
])
def test_support_collapses(reports: list[Report], reason: str) -> None:
    """An alerted change whose support is gone or denied collapses back to the previous holder."""
    intent = decide(fallen(), reports, FIRST, T0 + timedelta(hours=3))[0]
    assert isinstance(intent, CollapseChange) and intent.restore == GOV and reason in intent.reason


def test_denial_against_strong_support_does_not_collapse() -> None:
    """One denial against four outlets leaves the change standing."""
    reports = [r(f"o{i}.com", TAL) for i in range(4)] + [r("x.com", GOV, 2, kind="denial")]
    assert decide(fallen("confirmed", 4), reports, FIRST, T0) == []


def test_collapsed_reports_are_spent() -> None:
    """After a collapse, the old report does not bring the change back; a new one does."""
    old = r("a.com", TAL)
    collapse = decide(fallen(), [old, r("a.com", GOV, 2, kind="hold")], FIRST, T0)[0]
    assert isinstance(collapse, CollapseChange)
    after = CityState("Kandahar", "AF", GOV, collapse.since,
                      (Change(1, GOV, TAL, T0, "collapsed", 1),))
    assert decide(after, [old], FIRST, T0) == []
    again = decide(after, [old, r("b.com", TAL, 10)], FIRST, T0)[0]
    assert isinstance(again, RecordChange) and not again.retake


def test_unknown_policy_is_refused() -> None:
    """A typo in the policy fails loudly instead of never alerting."""
    with pytest.raises(ValueError):
        decide(held(), [], Policy("sometimes"), T0)
