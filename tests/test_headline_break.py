"""A headline ending like an abbreviation or an initial is still a sentence of its own.

"Plan B." or "… in the U.S." before the body's blank line used to swallow the first sentence of
the body, and the alert's evidence was cut to the headline ("B").
"""

from __future__ import annotations

import pytest

from monitor.match.lang import split_sentences
from tests.detect_support import PUBLISHED, detector


def test_a_blank_line_ends_a_sentence_even_after_an_abbreviation() -> None:
    text = "Talks with the U.S.\n\nGen. Smith arrived in Kabul. He left at noon."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Talks with the U.S.", "Gen. Smith arrived in Kabul.", "He left at noon."]


@pytest.mark.parametrize("title", ["x", "Plan B.", "Kabul talks with the U.S."])
def test_the_evidence_is_the_body_sentence_whatever_the_headline(title: str) -> None:
    body = "Taliban fighters captured Kandahar on Friday after government forces withdrew."
    [event] = detector().detect(title, body, PUBLISHED)
    assert (event.place, event.controller) == ("Kandahar", "Taliban")
    assert event.evidence == body
