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

# An attack, then the attackers' departure in the same clause: "attacked X on Sunday and withdrew",
# "ont attaqué X puis se sont retirés", "griffen X an und zogen sich zurück". Between them, no
# comma nor stop, then a connective and only adverbs or auxiliaries (`_GAP`), right before the
# departure: they never held the city, its holder keeps it.
_ATTACK_THEN = re.compile(
    r"\b(?:attack(?:ed|ing)|raided|stormed|assaulted|attaqu\w*|fait irruption|atac(?:aron|o|ado)"
    r"|asalt(?:aron|o|ado)|irrumpi\w*|attacc\w*|assaltat\w*|fatto irruzione|atacaram|atacou|atacado"
    r"|assaltaram|assaltou|griffen|griff|angegriffen|uberfielen|überfielen|uberfallen|überfallen)"
    rf"\b[^,.;:!?]{{0,80}}?\b(?:and|et|puis|y|e|und|then|ensuite|luego|poi|depois|pero|mais|ma|but|aber)"
    rf" {_GAP}(?:(?:si|se|s|sich) )?{_GAP}$"
)
# The departure said to follow an attack: "withdrew from X after a brief attack", "se retiraron de
# X tras un breve ataque", "zogen sich nach einem kurzen Angriff aus X zurück".
_AFTER_ATTACK = re.compile(
    r"\b(?:after|apres|tras|despues de|nach|dopo|apos|depois de) (?:(?:a|an|une|un|una|um|uma|einem|einer"
    r"|its|their|leur|son|sa|su|sua|seu|ihrem|ihrer|the|l|le|la|el|il|o|a) )?(?:(?:brief|short|bref|breve"
    r"|kurzen|kurzem|rapide|rapido|lightning|night|nocturnal) )?(?:attack|raid|assault|incursion|attaque"
    r"|assaut|raid|ataque|asalto|incursion|angriff|uberfall|überfall|vorstoss|vorstoß|attacco|assalto"
    r"|incursione|incursao|incursão)\b"
)
# The departure after the raiders looted the town: "withdrew from X after looting it", "lasciano X
# dopo averla saccheggiata", "se retiraron de X tras saquearla", "ont quitté X après l'avoir pillée".
_AFTER_LOOTING = re.compile(
    r"\b(?:after|apres|tras|despues de|dopo|apos|depois de|nachdem) (?:(?:l|la|le|les|ihn|sie|it) )?"
    r"(?:avoir |aver(?:la|lo|le|li)? |ter |haberla |haberlo )?(?:l |la |le )?"
    r"(?:looting|plundering|ransacking|pille\w*|saque\w*|saccheggiat\w*|saqueado\w*|pilhad\w*)"
)
# The departure after a looting told as a noun, the raiders' own (not "after the looting of the
# market by RSF fighters": another side's, its agent named): "left X after a looting spree",
# "abandonaron X tras un saqueo", before the verb too: "haben X nach einer kurzen Plünderung
# wieder verlassen".
_AFTER_A_LOOTING = re.compile(
    r"\b(?:after|apres|tras|despues de|nach|dopo|apos|depois de) (?:(?:a|an|une|un|una|um|uma|einer|einem"
    r"|their|leur|su|sua|ihrer|ihrem|the|le|la|l|el|il|lo|o|der|dem) )?(?:(?:brief|short|bref|breve|kurzen"
    r"|kurzer) )?(?:looting(?: spree)?"
    r"|pillage|saqueo|saccheggio|saque|pilhagem|plunderung|plünderung)\b"
    r"(?!(?: \S+){0,4} (?:by|par|por|durch|von|pelas|pelos|pela|pelo|dalle|dai|dal|dalla|dagli)\b)"
)
# The same said first, a short one only (not "After an attack by the RSF, the army withdrew from X":
# who attacked is not said to be who left): "After a brief incursion, the RSF withdrew from X".
_BRIEF_ATTACK_FIRST = re.compile(
    r"^(?:after|apres|tras|despues de|nach|dopo|apos|depois de) (?:(?:a|an|une|un|una|um|uma|einem|einer"
    r"|their|leur|su|sua|ihrem|ihrer) )?(?:brief|short|bref|breve|kurzen|kurzem|rapide|rapido|lightning)"
    r" (?:attack|raid|assault|incursion|attaque|assaut|ataque|asalto|angriff|uberfall|überfall|vorstoss"
    r"|vorstoß|attacco|assalto|incursione|incursao|incursão)\b"
)


def attacked_and_left(cand: Candidate, notes: list[Note] | None = None) -> bool:
    """Say whether a withdrawal is the attackers' going back ("attacked X and withdrew", "withdrew
    from X after a brief attack"): they never held the city, so its holder keeps it."""
    if not cand.trigger.startswith("withdraw:"):
        return False
    folded, at, words = _trigger_in(cand)
    if at < 0:
        return False
    marker = (
        _ATTACK_THEN.search(folded[max(0, at - 120) : at])
        or _AFTER_ATTACK.search(folded, at + len(words), at + len(words) + 60)
        or _BRIEF_ATTACK_FIRST.search(folded[:at])
        or _AFTER_LOOTING.search(folded, at + len(words), at + len(words) + 60)
        or _AFTER_A_LOOTING.search(folded, max(0, at - 80), at + len(words) + 60)
    )
    if marker is None:
        return False
    _note(cand, notes, f"the attackers went back in the same sentence ('{marker.group(0).strip()}')")
    return True


# After a departure, the same side back in the sentence: "withdrew from X in a tactical retreat,
# but returned hours later", "s'est repliée de X avant d'y revenir", "se retiraron y volvieron".
_CAME_BACK = re.compile(
    r"\b(?:but|and|before|then|mais|avant d|avant de|et|pero|antes de|y|aber|und|ma|prima di|mas)"
    # (only the side's own words between: not "and residents returned", "and the RSF returned")
    r" (?:(?:it|they|then|later|soon|quickly|only|was|were|had|has|have|to|y|ils|elles|sont|est|ont"
    r"|se|s|han|ha|sind|ist|haben|hat|si|sono|e|foram|ja)\s+){0,3}"
    r"(?:returned|came back|moved back|revenue?s?|revenir|regresaron|regreso|regresar"
    r"|volvieron|volvio|volver|zuruckgekehrt|zurückgekehrt|zuruckkehrten|zurückkehrten|tornat[eio]|tornare"
    r"|voltaram|voltou|voltar|regressaram|regressar)\b"
)
# The other side said not to have come in: "but the RSF did not enter the town", "les FSR ne sont
# pas entrées", "las FAR no han entrado", "die RSF sind nicht eingerückt".
_NOT_ENTERED = re.compile(
    r"\b(?:did not|didn t|have not|has not|had not|haven t|hasn t|never|yet to) (?:yet )?"
    r"(?:enter|entered|take|taken|move into|moved into|occupy|occupied)\b"
    r"|\bne sont pas (?:encore )?entre|\bn (?:ont|a) pas (?:encore )?(?:pris|investi|occupe)"
    r"|\bno (?:han |ha |habian )?(?:entrado|entraron|entro|tomado|tomaron|ocupado)"
    r"|\bnicht (?:eingeruckt|eingerückt|eingedrungen|einmarschiert)|\bnon sono (?:ancora )?entrat"
    r"|\bnao (?:entraram|entrou|ocuparam)"
)


def left_and_came_back(cand: Candidate, notes: list[Note] | None = None) -> bool:
    """Say whether a withdrawal that hands the town to the side's one opponent did not: the side
    came back in the same sentence, or the opponent is said not to have come in."""
    if not cand.trigger.startswith("withdraw:") or not cand.inferred:
        return False
    folded, at, words = _trigger_in(cand)
    if at < 0:
        return False
    after = folded[at + len(words) :]
    marker = _CAME_BACK.search(after) or _NOT_ENTERED.search(after)
    if marker is None:
        return False
    _note(cand, notes, f"the side came back, or the other did not come in ('{marker.group(0).strip()}')")
    return True


def _trigger_in(cand: Candidate) -> tuple[str, int, str]:
    """Return the candidate's folded sentence, where its trigger's words stand in it (-1 when
    not found), and those words (a German trigger spans its clause: up to the place)."""
    words = cand.trigger.partition(": ")[2].split(" @p")[0]
    folded = fold(cand.evidence)
    return folded, (folded.find(words) if words else -1), words


def _note(cand: Candidate, notes: list[Note] | None, reason: str) -> None:
    """Note, when notes are asked for, that the candidate is dropped and why."""
    if notes is not None:
        holder = cand.actor.name if cand.actor else None
        notes.append(Note("candidate", cand.sentence, cand.evidence, cand.place.name, holder, cand.trigger,
                          False, reason, cand.holder_from()))


def taken_and_left(cand: Candidate, notes: list[Note] | None = None) -> bool:
    """Say whether the candidate's sentence tells a capture that did not last (a note says why)."""
    if not cand.trigger.startswith(_TAKING):
        return False
    folded, at, words = _trigger_in(cand)
    if at < 0:
        return False
    near = folded[max(0, at - 30) : at + len(words) + 40]
    marker = _BRIEFLY.search(near) or _LEFT_AGAIN.search(folded, at + len(words))
    if marker is None:
        return False
    _note(cand, notes, f"taken and left again in the same sentence ('{marker.group(0)}')")
    return True


def left_after_raid(cand: Candidate, raids: list[Candidate]) -> bool:
    """Say whether the candidate is the raiders' departure from the city they raided in its sentence
    ("eroberten X, zogen sich aber wieder zurück"): the city is back where it was, no news."""
    return cand.trigger.startswith("withdraw:") and any(
        r.sentence == cand.sentence and r.place == cand.place and cand.previous in (r.actor, None)
        for r in raids
    )
