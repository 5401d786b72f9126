"""The one walk of an article (`joint_pass`) finds what each side's own walk found (issue 10, "Speed holds").

The place and actor matchers and the town nouns of "the city" read one automaton's walk. The
nouns' starts rest on how the two folds of a text line up, checked here for every code point.
"""

from __future__ import annotations

import ahocorasick

from monitor.match.joint_pass import JointPass
from monitor.match.normalize import fold as fold_text
from monitor.match.references import _NOUN_HEADS, _NOUN_STARTS, _nouns
from monitor.match.signature import fold
from monitor.match.word_scan import ALIGNED_LETTERS
from tests.detect_support import detector

TEXTS = [
    "Les talibans à Kunduz: la ville est tombée, disent les habitants de Kunduz.",
    "Die Taliban haben das Städtchen erobert; im Küstenort Ä-Stadt blieb die Stadtverwaltung.",
    "the rebels' «cité» (città) — x-town, the city's port; la ciudad; a cidade; the provincial capital",
    "Kabul, Kabuls, KABUL and al-Bab: the Afghan army and the Taliban; los talibanes, i talebani.",
    "",
]


def _automaton(pairs: dict[str, int]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for key, value in pairs.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


def test_each_side_gets_the_hits_of_its_own_automaton() -> None:
    """In the order its own walk gives them, a key of two sides ("kabul") going to both."""
    places = {" kabul": 1, " kunduz": 2, " al bab": 3, " bab": 4}
    actors = {" taliban": 5, " kabul": 6, " afghan army": 7, " les ": 8}
    joint = JointPass(places.items(), actors.items())
    for text in TEXTS:
        spaced = " " + fold_text(text)
        for side, keys in enumerate((places, actors)):
            assert joint.hits(spaced, side) == list(_automaton(keys).iter(spaced))


def test_the_detector_walks_once_for_the_names_and_the_town_nouns() -> None:
    """The detector's matchers read the joint walk; the town nouns' starts hold every start of
    their own walk, and `_nouns` matches the same nouns from them."""
    det = detector()
    for text in TEXTS[:-1]:
        det.place_matcher.find(text)
        starts = det._noun_starts(text)
        assert starts is not None
        folded = fold(text)
        own = {end - length + 1 for end, length in _NOUN_HEADS.iter(folded)}
        assert own <= set(starts)
        assert [m.span() for m in _nouns(folded, starts)] == [m.span() for m in _nouns(folded)]


def test_the_two_folds_line_up_for_every_code_point() -> None:
    """Where `signature.fold` gives a letter a noun may start with, `normalize.fold` gives that
    letter's fold; where it gives no word character, a blank: a start found in one text is found
    in the other (`references.noun_heads`)."""
    letters = ALIGNED_LETTERS  # the letters of the nouns' and the rebels' starts, and more
    assert all(c in letters for head in _NOUN_STARTS for c in head[1:])  # a blank, then these
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        sig, norm = fold(char), fold_text(char)
        if sig in letters:
            assert norm == fold_text(sig), hex(code)
        elif not (sig.isalnum() or sig == "_"):
            assert norm == " ", hex(code)
