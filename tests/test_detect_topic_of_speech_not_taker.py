"""Who speaks about a capture is not who made it (issue 10).

Sentences of our own about Sudan, read against `tests/data/conflicts_watchlist.json`. "The army
said nothing about the capture of Singa" tells the army's silence: the army is no holder of the
town. The subject's search stops at the topic's preposition ("about", "sobre", "sur", "über",
"su") right before the change noun; an agent after the noun still names the taker.
"""

from __future__ import annotations

import pytest

from tests.corpus_kit import corpus_changes

RSF, SAF = "Rapid Support Forces", "Sudanese Armed Forces"


@pytest.mark.parametrize(
    "text",
    [
        "The army said nothing about the capture of Singa.",
        "Ni el ejército ni el gobierno se han pronunciado sobre la toma de Singa.",
        "Il governo non si è espresso sulla presa di Singa.",
    ],
)
def test_the_speaker_is_not_the_taker(text: str) -> None:
    """No holder is read from whoever speaks (or keeps silent) about the capture."""
    assert ("Singa", SAF) not in corpus_changes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents spoke about the capture of Singa by the RSF on Saturday.",
        "Los vecinos hablaron sobre la toma de Singa por las FAR el sábado.",
    ],
)
def test_the_agent_after_the_noun_still_takes_it(text: str) -> None:
    """ "the capture of X by the RSF": the agent holds it, whoever speaks."""
    assert corpus_changes(text) == {("Singa", RSF)}
