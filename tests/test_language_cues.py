"""A sample's language scores, read from the remembered cues of its words, are the scores its
words and endings add one by one (issue 10, "Speed holds")."""

from __future__ import annotations

from collections import Counter

import pytest

from monitor.match import language_id
from monitor.match.language_id import _ENDINGS_BY_LAST2, _WORD, WEIGHTS, Guess, score_text

SAMPLES = [
    "The militia captured the town on Sunday after the army withdrew, residents said.",
    "Les rebelles se sont emparés de la ville dimanche, selon des habitants ; l'armée s'est retirée.",
    "Die Rebellen haben die Stadt am Sonntag eingenommen, die Armee zog sich zurück.",
    "Los rebeldes tomaron la ciudad el domingo tras la retirada del ejército, dijeron vecinos.",
    "Gli insorti sono entrati in città domenica dopo il ritiro dell'esercito.",
    "Os rebeldes tomaram a cidade no domingo, após a retirada das tropas federais.",
    "De rebellen hebben de stad zondag ingenomen, zeggen bewoners.",
    "Армия покинула город в воскресенье, сообщили жители.",
    "Taliban seize Ghazni",
]


def _plain(sample: str) -> Guess:
    """`score_text` as it read each word's weights and endings one by one (the whole text's cues,
    which the remembered cues do not touch, are added by the same function)."""
    text = sample.lower().replace("’", "'")
    script = language_id._script(text)
    table = WEIGHTS.get()
    scores: dict[str, float] = {}
    latin = script is None
    for word, count in Counter(_WORD.findall(text)).items():
        for lang, weight in table.get(word, ()):
            scores[lang] = scores.get(lang, 0.0) + weight * count
        if latin and word[-2:] in _ENDINGS_BY_LAST2:
            for ending, cue in _ENDINGS_BY_LAST2[word[-2:]]:
                if word.endswith(ending):
                    for lang, weight in cue.items():
                        scores[lang] = scores.get(lang, 0.0) + weight * count
    return language_id.with_text_cues(scores, sample, text, script, table)  # unchanged by the speed-up


@pytest.mark.parametrize("most", [20_000, 3])
def test_scores_from_remembered_cues_are_the_word_by_word_scores(
    monkeypatch: pytest.MonkeyPatch, most: int
) -> None:
    """Every sample scores exactly (to the last bit) as its words read one by one, read once or
    twice, and when the memory of cues is full and starts again."""
    monkeypatch.setattr(language_id, "_MOST_CUES", most)
    monkeypatch.setattr(language_id, "_CUES", [])
    for _ in range(2):
        for sample in SAMPLES:
            assert score_text(sample) == _plain(sample)
    remembered = language_id._CUES[0][1]
    assert 0 < len(remembered) <= max(most, 1) + 1
