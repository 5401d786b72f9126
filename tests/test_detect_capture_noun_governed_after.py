"""A capture told as a noun after an article is governed by what follows it (issue 10).

Sentences of our own about Sudan, read against `tests/data/conflicts_watchlist.json`. "The capture
of X by the RSF is expected within days" tells no change: like "the fall of X", a capture noun
("the capture", "la prise", "the seizure") after an article takes the expectation or the negation
of its clause's verb, even past whose capture it is. Done and confirmed, it is a change; "would"
stays a change's ("The recapture of X would mark the biggest victory in years").
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    "text",
    [
        "The capture of Singa by the RSF is expected within days.",
        "The seizure of Singa by the RSF is expected within days.",
        "La prise de Singa par les FSR est attendue dans les prochains jours.",
        "The capture of Singa by the RSF has not been confirmed.",
    ],
)
def test_an_expected_or_unconfirmed_capture_is_no_change(text: str) -> None:
    """The verb after the noun phrase governs the capture it names."""
    assert corpus_changes(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The capture of Singa by the RSF on Saturday opened the road to Sennar.", {("Singa", RSF)}),
        ("The seizure of Singa by the RSF was confirmed on Saturday.", {("Singa", RSF)}),
        ("The capture of Singa by the RSF, expected for weeks, came on Saturday.", {("Singa", RSF)}),
        ("La prise de Singa par les FSR a été confirmée samedi.", {("Singa", RSF)}),
        ("The recapture of Wad Madani would mark the army's biggest victory.", {("Wad Madani", SAF)}),
    ],
)
def test_a_capture_done_is_still_read(text: str, expected: set[tuple[str, str]]) -> None:
    """Confirmed, dated or weighed, the capture stays a change."""
    assert corpus_changes(text) == expected
