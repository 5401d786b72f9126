"""An article's trigger scans, kept once per sentence, say what the lexicon's own scans say."""

from __future__ import annotations

from typing import Any

import pytest

from monitor.match.expressions import LANGUAGES, TRIGGERS, get_lexicon
from monitor.match.one_pass import SentenceTriggers, scan_every_family
from monitor.match.signature import TOKEN, fold
from monitor.match.trigger_gate import _gate, may_trigger
from tests.test_expression_firsts import SIGNATURES as FIRSTS_SIGNATURES

SENTENCES = [
    "The militia captured Portville on Sunday after the army withdrew from the town.",
    "Markets in Portville reopened on Monday and the price of flour rose.",
    "Valmer est tombée aux mains des rebelles ; l'armée s'est retirée vers le sud.",
    "Les habitants de Valmer attendent la reprise des cours lundi.",
    "Die Rebellen haben Nordheim eingenommen, die Armee zog sich aus der Stadt zurück.",
    "In Nordheim öffneten am Montag die Schulen wieder.",
    "Los rebeldes entraron en Sanvega tras la retirada del ejército.",
    "El mercado de Sanvega abrió el lunes.",
    "Gli insorti sono entrati a Ventoria dopo il ritiro delle truppe.",
    "Os rebeldes tomaram Porto Alvo e hastearam a bandeira sobre a cidade.",
    "Depuis dimanche, les talibans contrôlent Valmer, disent des témoins.",
    "captains, retirement and the fallacy of entertainment: no trigger here",
]


def _texts() -> list[str]:
    return [" ".join(TOKEN.findall(fold(s))) for s in SENTENCES]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("gate_first", [True, False])
def test_the_kept_scans_are_the_lexicons_scans(lang: str, gate_first: bool) -> None:
    """Whatever is asked first (the gate or a family), every answer is the lexicon's own, and a
    sentence the gate turns away has no match of any family."""
    lex = get_lexicon(lang)
    texts = _texts()
    scans = SentenceTriggers(lex, texts.__getitem__)
    for n, text in enumerate(texts):
        if gate_first:
            assert scans.may_trigger(n) == may_trigger(text, lex)
        for family in TRIGGERS:
            if (n + len(family)) % 2:  # ask `has` before `triggers` for half of them
                assert scans.has(family, n) == lex.has(family, text)
            assert scans.triggers(family, n) == lex.triggers(family, text)
            assert scans.has(family, n) == lex.has(family, text)
        assert scans.may_trigger(n) == may_trigger(text, lex)
        if not scans.may_trigger(n):
            assert not any(lex.has(family, text) for family in TRIGGERS)


class _Counting:
    """A lexicon that counts the family scans asked of it."""

    def __init__(self, lex: Any) -> None:
        self._lex = lex
        self.asked: list[tuple[str, str]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._lex, name)

    def triggers(self, family: str, text: str) -> Any:
        self.asked.append((family, text))
        return self._lex.triggers(family, text)

    def has(self, family: str, text: str) -> bool:
        self.asked.append((family, text))
        return bool(self._lex.has(family, text))


def test_each_scan_runs_once_and_none_once_the_sentence_was_read_in_one_pass() -> None:
    """A sentence the gate was asked of is read in one pass: no family is scanned on its own
    there; elsewhere a family is scanned once however often it is asked."""
    counting = _Counting(get_lexicon("en"))
    texts = [" ".join(TOKEN.findall(fold(s))) for s in (SENTENCES[0], SENTENCES[1], SENTENCES[0])]
    scans = SentenceTriggers(counting, texts.__getitem__)  # type: ignore[arg-type]
    assert scans.may_trigger(0) and not scans.may_trigger(1)
    for _ in range(3):
        assert scans.triggers("capture", 0) and scans.has("withdraw", 0) and scans.has("capture", 0)
        assert not scans.has("enter", 1) and scans.triggers("fall", 1) == []
        assert scans.triggers("capture", 2) and scans.has("withdraw", 2) and scans.has("capture", 2)
    assert counting.asked == [("capture", texts[2]), ("withdraw", texts[2])]


# The signatures of the lookahead test, plus a list of falls and an empty sentence.
SIGNATURES = [
    *FIRSTS_SIGNATURES,
    "@p0 fell , @p1 fell and @p2 fell to the @a0 who took @p3 and took @p4",
    "",
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_pass_finds_what_each_familys_scan_finds(lang: str) -> None:
    """Read in one pass, every family of every sentence has the matches of its own scan, and
    a sentence has none at all where the gate turns it away."""
    lex = get_lexicon(lang)
    for text in [*_texts(), *SIGNATURES]:
        every = scan_every_family(lex, text)
        assert every == {family: lex.triggers(family, text) for family in TRIGGERS}
        assert any(every.values()) == (_gate(lex).search(" " + text) is not None)
