"""Kill -9 during delivery and during processing: nothing lost, duplicates only under one id (D1, D2).

CI runs a few kills; `bench/kill_delivery.py` runs the full 50.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.killkit import kill_delivery, kill_processing

pytestmark = pytest.mark.timeout(240)


def test_kill_during_delivery_loses_nothing(tmp_path: Path) -> None:
    """Eight workers killed mid-delivery: every alert arrives, repeats only under the same id."""
    result = kill_delivery(tmp_path, runs=8, alerts=40, seed=7)
    assert result.kills >= 4, result  # most workers really were killed mid-way
    assert result.lost == 0 and result.unknown_ids == 0 and result.bad_signatures == 0, result
    assert result.received - result.unique <= result.kills, result  # at most one repeat per kill
    assert result.integrity == "ok"


def test_kill_during_processing_keeps_changes_with_their_outbox(tmp_path: Path) -> None:
    """Workers killed mid-processing never leave a change without its alert and outbox rows."""
    kills, problems, changes = kill_processing(tmp_path, runs=6, cities=8, outlets=40, seed=3)
    assert kills >= 4  # the kills land after a commit, mid-work
    assert problems == []
    assert changes == 8  # each city fell once, whatever the kills
