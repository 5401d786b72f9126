"""A city taken and left again in one breath: a raid, not a change of hands (pure).

"Boko Haram briefly seized Gwoza", "overran the town in a dawn raid but withdrew hours later",
"tomaron X antes de ser expulsados por el ejército", "eroberten X kurzzeitig": the sentence
that tells the capture also tells that it did not last, so nobody alerts for it. The markers
are read in the folded sentence (`normalize.fold`), after the capture verb for a departure
("but withdrew", "before being driven out") and around it for "briefly".
"""

from __future__ import annotations

import re

from monitor.match.explain import Note
from monitor.match.reading import Candidate
from monitor.match.signature import fold

# A capture made for a short while, said next to its verb (not "a few hours after taking X").
_BRIEFLY = re.compile(
    r"\b(?:briefly|temporarily|brievement|brièvement|temporairement|brevemente|temporalmente"
    r"|temporariamente|temporaneamente|kurzzeitig|vorubergehend|vorübergehend)\b"
)

# After the capture verb: the taker left again ("but withdrew hours later", "before being driven
# out", "avant d'en être chassés", "pero se retiraron", "zogen sich aber wieder zurück").
# Between the connective and the departure, only adverbs and auxiliaries: no other subject
# ("and government troops withdrew" is someone else leaving).
_GAP = (
    r"(?:(?:then|later|soon|quickly|again|subsequently|they|had|have|were|was|be|it|puis|ensuite|vite"
    r"|ils|elles|ont|sont|ete|luego|rapidamente|fueron|fue|poi|subito|sono|stati|state|depois|logo"
    r"|foram|foi) )*"
)
_LEFT_AGAIN = re.compile(
    rf"\b(?:(?:but|and|before|then|only to) {_GAP}(?:withdrew|withdrawing|pulled out|pulling out|retreated"
    rf"|retreating|abandoned|abandoning|(?:being|were|was|be) (?:driven|pushed|forced|chased) out)"
    rf"|(?:mais|puis|avant d en etre|avant d etre|avant de) {_GAP}(?:se sont retires|se retirer|repartir"
    rf"|repartis|(?:chass|repouss|expuls|delog)(?:e|es|ee|ees)|abandonne)"
    rf"|(?:pero|antes de|y luego) {_GAP}(?:se retiraron|retirarse"
    rf"|(?:ser )?(?:expulsad|repelid|desalojad)[oa]s?|abandonaron|abandonarla|abandonarlo)"
    rf"|(?:mas|antes de|e depois) {_GAP}(?:retiraram se|se retiraram|retirar se|serem expulsos"
    rf"|(?:expuls|repelid|desalojad)[oa]s?|abandonaram)"
    rf"|(?:ma|prima di|e poi) {_GAP}(?:si sono ritirat\w|ritirarsi|(?:essere )?(?:cacciat|scacciat|respint)\w"
    rf"|hanno abbandonato|abbandonarla)"
    r"|(?:zogen sich|mussten sich) (?:\S+ ){0,4}?(?:wieder )?zur(?:u|ü)ck"
    r"|(?:wurden|wurde) (?:\S+ ){0,4}?wieder vertrieben)"
)

_TAKING = ("capture:", "enter:")


def taken_and_left(cand: Candidate, notes: list[Note] | None = None) -> bool:
    """Say whether the candidate's sentence tells a capture that did not last (a note says why)."""
    if not cand.trigger.startswith(_TAKING):
        return False
    words = cand.trigger.partition(": ")[2].split(" @p")[0]  # German triggers span their clause
    folded = fold(cand.evidence)
    at = folded.find(words) if words else -1
    if at < 0:
        return False
    near = folded[max(0, at - 30) : at + len(words) + 40]
    marker = _BRIEFLY.search(near) or _LEFT_AGAIN.search(folded, at + len(words))
    if marker is None:
        return False
    if notes is not None:
        holder = cand.actor.name if cand.actor else None
        reason = f"taken and left again in the same sentence ('{marker.group(0)}')"
        notes.append(Note("candidate", cand.sentence, cand.evidence, cand.place.name, holder, cand.trigger,
                          False, reason, cand.holder_from()))
    return True


def left_after_raid(cand: Candidate, raids: list[Candidate]) -> bool:
    """Say whether the candidate is the raiders' departure from the city they raided in its sentence
    ("eroberten X, zogen sich aber wieder zurück"): the city is back where it was, no news."""
    return cand.trigger.startswith("withdraw:") and any(
        r.sentence == cand.sentence and r.place == cand.place and cand.previous in (r.actor, None)
        for r in raids
    )
