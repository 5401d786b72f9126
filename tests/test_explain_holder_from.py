"""`--explain` says where a candidate's holder comes from ("why did it name this side?").

Its own clause, the next sentence, or a guess from the whole article, with the rule that
guessed. Sentences about the Balkans, Somalia and Libya, against the battery's watchlist.
"""

from __future__ import annotations

from tests.corpus_kit import corpus_detector
from tests.precision_kit import DAY, HV, LNA, SRB, WATCHLIST


def _kept(text: str) -> list[dict[str, object]]:
    """Return the kept candidate steps of reading `text`, as `--explain` prints them."""
    reading = corpus_detector(WATCHLIST).read("", text, DAY, explain=True)
    return [n.as_dict() for n in reading.notes if n.stage == "candidate" and n.kept]


def test_a_holder_named_in_its_clause() -> None:
    """The clause names the taker."""
    [step] = _kept("Serb forces captured Vukovar on Monday after a three-month siege.")
    assert (step["holder"], step["holder_from"]) == (SRB, "clause")


def test_a_holder_inferred_in_its_clause_from_who_left() -> None:
    """The clause names only who withdrew: its one opponent holds the town."""
    [step] = _kept("The Libyan National Army withdrew from Sabha on Tuesday.")
    assert step["holder"] != LNA
    assert step["holder_from"] == "clause: the one opponent of the side that left"


def test_a_holder_found_in_the_next_sentence() -> None:
    """"Knin has fallen. The Croatian army entered the town": the next sentence's subject (fighting
    nearby keeps the entry from being a change of its own)."""
    [step] = _kept("Knin has fallen. The Croatian army entered the town at dawn. Fighting went on nearby.")
    assert (step["holder"], step["holder_from"]) == (HV, "next sentence: the side that enters or takes it")


def test_a_holder_found_in_a_later_clause_of_its_sentence() -> None:
    """"Knin has fallen; the Croatian army entered the town": the clause after the semicolon."""
    [step] = _kept("Knin has fallen; the Croatian army entered the town, and fighting went on nearby.")
    assert (step["holder"], step["holder_from"]) == (HV, "a later clause: the side that enters or takes it")


def test_a_holder_guessed_from_the_article_names_the_rule() -> None:
    """A fall with no agent: the side the article names most, and `--explain` says it was guessed."""
    [step] = _kept(
        "Vukovar fell on Monday. Serb forces had shelled the town for three months, and Serb forces "
        "now hold the road to the Danube."
    )
    assert step["holder"] == SRB
    assert step["holder_from"] == "guessed: the side the article names most"


def test_only_a_candidate_with_a_holder_says_where_it_comes_from() -> None:
    """A fall no side can be given has no `holder_from`; the capture beside it has one."""
    text = "Kismayo fell on Monday. In Bosnia, Serb forces captured Srebrenica on Tuesday."
    reading = corpus_detector(WATCHLIST).read("", text, DAY, explain=True)
    steps = {n.place: n.as_dict() for n in reading.notes if n.stage == "candidate"}
    assert "holder_from" not in steps["Kismayo"] and "holder" not in steps["Kismayo"]
    assert steps["Srebrenica"]["holder_from"] == "clause"
