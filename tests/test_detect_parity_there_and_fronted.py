"""Control taken "there", and a city fronted before a taking without object, in six languages.

"An operation in the town of X … established full control there": "there" is the one city the
sentence named before. "At X, where the rebels had held the town since Monday, troops moved in
on Sunday after the rebels withdrew": the city the sentence opens with is the one entered.
English reads both (`expressions/en.py`, `target_forms._clitic_city`, `_fronted_where`), German
and Portuguese the fronted city; the other languages are strict xfails in `GAPS`. A side's hold
told in a past tense in a clause about the place ("…, where the RSF had controlled the town
since Monday") is who held it before the news, not the change. Sentences about Sudan written for
this battery, against `tests/data/conflicts_watchlist.json`.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from tests.corpus_kit import watchlist_data
from tests.sentence_kit import Pairs, detector_for, held, parity_battery

SAF = "Sudanese Armed Forces"

CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    ("an operation in X … established control there: X is taken", {("Singa", SAF)}, (
        "Sudanese troops have completed an operation against Islamist militants in the town of Singa and established full control there, the minister said.",
        "Les troupes soudanaises ont achevé une opération contre des militants islamistes dans la ville de Singa et y ont établi un contrôle total, a déclaré le ministre.",
        "Las tropas sudanesas completaron una operación contra milicianos islamistas en la ciudad de Singa y establecieron allí el control total, dijo el ministro.",
        "Sudanesische Truppen haben einen Einsatz gegen islamistische Milizen in der Stadt Singa abgeschlossen und dort die volle Kontrolle hergestellt, sagte der Minister.",
        "Le truppe sudanesi hanno completato un'operazione contro miliziani islamisti nella città di Singa e vi hanno stabilito il pieno controllo, ha detto il ministro.",
        "As tropas sudanesas concluíram uma operação contra militantes islamitas na cidade de Singa e estabeleceram ali o controlo total, disse o ministro.",
    )),
    ("at X, where the rebels held the town, troops moved in: X is entered", {("Singa", SAF)}, (
        "At Singa, where the RSF had held the town since Monday, Sudanese troops moved in on Sunday after the rebels withdrew.",
        "À Singa, où les FSR tenaient la ville depuis lundi, les troupes soudanaises sont entrées dimanche après le retrait des rebelles.",
        "En Singa, donde las FAR controlaban la ciudad desde el lunes, las tropas sudanesas entraron el domingo después de que los rebeldes se retiraran.",
        "In Singa, wo die RSF die Stadt seit Montag gehalten hatten, rückten sudanesische Truppen am Sonntag ein, nachdem die Rebellen abgezogen waren.",
        "A Singa, dove le RSF tenevano la città da lunedì, le truppe sudanesi sono entrate domenica dopo il ritiro dei ribelli.",
        "Em Singa, onde as RSF controlavam a cidade desde segunda-feira, as tropas sudanesas entraram no domingo depois da retirada dos rebeldes.",
    )),
    ("troops entered X, where the rebels had controlled the town since Monday: the entry, not the hold", {("Singa", SAF)}, (
        "Sudanese troops entered Singa on Sunday, where the RSF had controlled the town since Monday.",
        "Les troupes soudanaises sont entrées dimanche à Singa, où les FSR contrôlaient la ville depuis lundi.",
        "Las tropas sudanesas entraron el domingo en Singa, donde las FAR controlaban la ciudad desde el lunes.",
        "Sudanesische Truppen rückten am Sonntag in Singa ein, wo die RSF die Stadt seit Montag kontrollierten.",
        "Le truppe sudanesi sono entrate domenica a Singa, dove le RSF controllavano la città da lunedì.",
        "As tropas sudanesas entraram no domingo em Singa, onde as RSF controlavam a cidade desde segunda-feira.",
    )),
]

_FRONTED = (
    "a city fronted before a taking without object is read in English, German and Portuguese only: an entry"
    " without a preposition ('sont entrées dimanche') is no trigger in the Romance languages"
)
GAPS = {
    **{("at X, where the rebels held the town, troops moved in: X is entered", lang): _FRONTED for lang in ("fr", "es", "it")},
}

test_reads_alike, test_has_six_languages = parity_battery(
    watchlist_data("conflicts_watchlist.json"), CONSTRUCTIONS, GAPS
)


def test_a_fronted_city_is_not_taken_when_the_verb_has_an_object_after_its_day() -> None:
    """"À X, la police a repris samedi le contrôle de la base aérienne": the base, not X."""
    detector = detector_for(watchlist_data("conflicts_watchlist.json"))
    assert held(detector, "À Singa, la police a repris samedi le contrôle de la base aérienne.") == set()
