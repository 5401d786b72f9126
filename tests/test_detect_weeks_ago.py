"""A change "a few weeks ago", or one the next sentence counts time from, is background; "on Sunday" is news.

"Hace apenas unas semanas", "qualche settimana fa", "há poucas semanas" were read as news: only
"two weeks", "some weeks" and their like dated a change. "The rebels seized X. Since then the
town has been cut off": the next sentence tells what has happened since, so the seizure is how
the story came to be, unless its own sentence dates it this week. Written for this test about
Mozambique 1986; no sentence comes from an evaluation item.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from tests.sentence_kit import Pairs, parity_battery
from tests.test_detect_surrender_expulsion import REN, WATCHLIST

CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, ...]]] = [
    ("a town fell a few weeks ago: background under a threat", set(), (
        "Renamo threatens Marromeu. Only a few weeks ago Caia fell to the rebels. The army is reinforcing its positions.",
        "La Renamo menace Marromeu. Il y a quelques semaines à peine, Caia tombait aux mains des rebelles. L'armée renforce ses positions.",
        "La Renamo amenaza Marromeu. Hace apenas unas semanas, Caia cayó en manos de los rebeldes. El ejército refuerza sus posiciones.",
        "Die Renamo bedroht Marromeu. Erst vor wenigen Wochen fiel Caia in die Hände der Rebellen. Die Armee verstärkt ihre Stellungen.",
        "La Renamo minaccia Marromeu. Appena qualche settimana fa Caia è caduta nelle mani dei ribelli. L'esercito rafforza le sue posizioni.",
        "A Renamo ameaça Marromeu. Há poucas semanas, Caia caiu nas mãos dos rebeldes. O exército reforça as suas posições.",
    )),
    ("a town fell on Sunday: news under the same threat", {("Caia", REN)}, (
        "Renamo threatens Marromeu. On Sunday Caia fell to the rebels. The army is reinforcing its positions.",
        "La Renamo menace Marromeu. Dimanche, Caia est tombée aux mains des rebelles. L'armée renforce ses positions.",
        "La Renamo amenaza Marromeu. El domingo, Caia cayó en manos de los rebeldes. El ejército refuerza sus posiciones.",
        "Die Renamo bedroht Marromeu. Am Sonntag fiel Caia in die Hände der Rebellen. Die Armee verstärkt ihre Stellungen.",
        "La Renamo minaccia Marromeu. Domenica Caia è caduta nelle mani dei ribelli. L'esercito rafforza le sue posizioni.",
        "A Renamo ameaça Marromeu. No domingo, Caia caiu nas mãos dos rebeldes. O exército reforça as suas posições.",
    )),
    ("the next sentence counts time from an undated change", set(), (
        "Aid agencies are alarmed. The rebels seized Caia after the army withdrew. Since then the town has been cut off.",
        "Les ONG s'inquiètent. Les rebelles ont pris Caia après le départ de l'armée. Depuis, la ville est coupée du monde.",
        "Las ONG están alarmadas. Los rebeldes tomaron Caia tras la retirada del ejército. Desde entonces la ciudad está aislada.",
        "Hilfsorganisationen sind alarmiert. Die Rebellen nahmen Caia nach dem Abzug der Armee ein. Seither ist die Stadt abgeschnitten.",
        "Le ONG sono allarmate. I ribelli hanno preso Caia dopo la ritirata dell'esercito. Da allora la città è isolata.",
        "As ONG estão alarmadas. Os rebeldes tomaram Caia após a retirada do exército. Desde então a cidade está isolada.",
    )),
    ("the next sentence counts time from a change of this week", {("Caia", REN)}, (
        "Aid agencies are alarmed. The rebels seized Caia on Sunday after the army withdrew. Since then the town has been cut off.",
        "Les ONG s'inquiètent. Les rebelles ont pris Caia dimanche après le départ de l'armée. Depuis, la ville est coupée du monde.",
        "Las ONG están alarmadas. Los rebeldes tomaron Caia el domingo tras la retirada del ejército. Desde entonces la ciudad está aislada.",
        "Hilfsorganisationen sind alarmiert. Die Rebellen nahmen Caia am Sonntag nach dem Abzug der Armee ein. Seither ist die Stadt abgeschnitten.",
        "Le ONG sono allarmate. I ribelli hanno preso Caia domenica dopo la ritirata dell'esercito. Da allora la città è isolata.",
        "As ONG estão alarmadas. Os rebeldes tomaram Caia no domingo após a retirada do exército. Desde então a cidade está isolada.",
    )),
]

test_each_construction_reads_alike_in_six_languages, test_every_construction_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, {}
)
