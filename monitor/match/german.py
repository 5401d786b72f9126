"""German clause scope: what governs a verb that ends its clause (pure).

German puts the finite verb second and the participle or infinitive last ("Die Rebellen haben
am Dienstag nach schweren Kämpfen die Stadt X eingenommen"), so a window of words before the
trigger holds the object and time phrases, not what governs the verb. Here negation and a modal
govern the whole clause ("Die RSF könnten in den kommenden Tagen die Stadt X einnehmen"), a
modal may also follow ("…, dass sie X einnehmen könnten"), a noun is never a governor
("nach wochenlanger Belagerung", "ihr Ziel"), and a clause ends at a comma or at "und" before a
new finite verb ("konnte X nicht halten und hat sich zurückgezogen"). German nouns are told by
their capital letter in the raw sentence (`nouns`). Issue 10.
"""

from __future__ import annotations

import re

from monitor.match.expressions import CompiledLexicon
from monitor.match.german_headlines import headline_passive
from monitor.match.signature import Signature, fold
from monitor.match.words import AFTER_PREPS, HEDGE, QUOTES, STOP, TIME, ordinal_dot, scare_quote

# Finite auxiliaries and modals: after "und" they open a new clause; after the trigger they close it.
_AUX = frozenset(
    (
        *("hat", "haben", "hatte", "hatten", "habe", "ist", "sind", "war", "waren", "sei", "seien"),
        *("wurde", "wurden", "worden", "werden", "wird", "sein", "zu", "lassen", "ließen", "ließ"),
        *("musste", "mussten", "konnte", "konnten", "gelang"),
    )
)

# Modals, the future and the subjunctive: they govern the whole clause, on either side of the verb.
MODALS = frozenset(
    (
        *("will", "wollen", "wolle", "wollte", "wollten", "kann", "könne", "können", "könnte", "könnten"),
        "soll",
        *("sollen", "sollte", "sollten", "dürfte", "dürften", "muss", "müssen", "werden", "wird"),
        *("werde", "solle", "müsse", "müsste", "müssten"),
        *("würde", "würden", "wäre", "wären", "hätte", "hätten", "möchte", "möchten", "drohen", "droht"),
    )
)

NEGATION = frozenset(("nicht", "nie", "niemals", "kein", "keine", "keinen", "keiner", "keinem", "keines"))

# Negation of the verb itself, whatever its distance; "kein" negates its noun.
_VERB_NEGATION = frozenset(("nicht", "nie", "niemals"))

# "und" before one of these opens a new clause.
_LINKS = frozenset(("und", "oder", "aber", "doch", "sondern"))

# What opens a noun phrase: a blocker right after one is an attribute ("die belagerte Stadt").
_DETERMINERS = frozenset(
    (
        *("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "eines", "einen"),
        *("im", "am", "vom", "zum", "zur", "beim", "ihre", "ihren", "seine", "seinen", "diese", "dieser"),
    )
)

# "die kämpfenden Milizen", "die vorrückende Armee": a present participle is an attribute.
_PRESENT_PARTICIPLE = re.compile(r"\w+end(?:e|en|er|es|em)$")
_ADJECTIVE = re.compile(r"\w+(?:e|en|er|es|em)$")

# What opens a subordinate or relative clause after a comma: its words say nothing of the main verb.
SUBORDINATE = frozenset(
    (
        *("der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches"),
        *("nachdem", "als", "weil", "da", "seit", "seitdem", "obwohl", "während", "bevor", "wo", "wobei"),
        *("wie", "damit", "sodass", "ehe", "bis", "sobald"),
    )
)

_WORD = re.compile(r"[^\W\d_]+")
_OPENERS = frozenset('.!?:;"„“«»(')


def nouns(sentence: str) -> frozenset[str]:
    """Return the folded words `sentence` capitalises inside it and never writes in lower case.

    The first word of the sentence (or after a colon or a quote) proves nothing and is left out.
    """
    upper: set[str] = set()
    lower: set[str] = set()
    end = 0
    opening = True  # the next word opens the sentence or follows a colon or a quote
    for m in _WORD.finditer(sentence):
        gap = sentence[end : m.start()].strip()
        if gap:
            opening = gap[-1] in _OPENERS
        word = m.group(0)
        if word[0].islower():
            lower.add(word)
        elif not opening and not word.isupper():  # (a word in capitals may be any word: "NICHT")
            upper.add(word.lower())
        opening, end = False, m.end()
    return frozenset(fold(w) for w in upper - lower)


def clause_start(sig: Signature, i: int) -> int:
    """Return where the German clause of token i starts: a comma, a stop, or "und" + finite verb.

    A comma inside a list is no clause's end: "Die Armee will X, Y und Z zurückerobern".
    """
    k = i - 1
    while k >= 0 and sig.tokens[k] != "," and (
        sig.tokens[k] not in STOP or ordinal_dot(sig.tokens, k) or scare_quote(sig.tokens, k)
        or _quoted_name(sig.tokens, k) is not None
    ):
        if sig.tokens[k] in _LINKS and k + 1 < i and _finite(sig.tokens[k + 1]):
            break
        opening = _quoted_name(sig.tokens, k)
        k = (opening if opening is not None else k) - 1
    if k >= 1 and sig.tokens[k] == "," and _list_comma(sig, k, i):
        return clause_start(sig, k)
    return k + 1


def _quoted_name(tokens: list[str], k: int) -> int | None:
    """Return where the quote closed at k opens when it names a thing inside a clause
    ("will X und die »sogenannte befreite Zone von Y« zurückerobern"), or None: the clause goes on
    right after it, and it opens after a word of the clause, not after a stop or a comma."""
    if tokens[k] not in QUOTES or k + 1 >= len(tokens) or tokens[k + 1] in STOP or tokens[k + 1] == ",":
        return None
    for m in range(k - 2, max(-1, k - _QUOTED_WORDS - 2), -1):
        if tokens[m] in QUOTES:
            return m if m >= 1 and tokens[m - 1] not in STOP and tokens[m - 1] != "," else None
        if tokens[m] in STOP or tokens[m] == ",":
            return None
    return None


_QUOTED_WORDS = 8  # the most words of a name quoted inside a clause


def _list_comma(sig: Signature, k: int, i: int) -> bool:
    """Say whether the comma at k joins the items of a list that ends before token i: what
    follows it up to i has "und" (or "oder", "sowie"), no finite verb and opens no clause."""
    rest = sig.tokens[k + 1 : i]
    if not rest or rest[0] in SUBORDINATE or sig.tokens[k - 1] in STOP:
        return False
    return any(t in _LIST_LINKS for t in rest) and not any(_finite(t) for t in rest)


_LIST_LINKS = frozenset(("und", "oder", "sowie"))


def _clause_end(sig: Signature, j: int) -> int:
    """Return the index of the comma or stop that ends the clause going on at j (or the length)."""
    ends = (y for y in range(j, len(sig.tokens)) if sig.tokens[y] in STOP or sig.tokens[y] == ",")
    return next(ends, len(sig.tokens))


def _finite(token: str) -> bool:
    return token in _AUX or token in MODALS


def _attribute(sig: Signature, k: int, noun_words: frozenset[str]) -> bool:
    """Say whether the word at k modifies a noun rather than governs the verb."""
    word = sig.tokens[k]
    if word in MODALS or word in NEGATION:
        return False
    if _PRESENT_PARTICIPLE.match(word):
        return True  # "die seit Monaten kämpfenden Milizen"
    if not _ADJECTIVE.match(word):
        return False
    y = k + 1  # "die nahe gelegene Stadt": adjectives in a row before the noun
    while y < min(len(sig.tokens), k + 4) and _ADJECTIVE.match(sig.tokens[y]):
        if sig.tokens[y] in noun_words:
            break
        y += 1
    nxt = sig.tokens[y] if y < len(sig.tokens) else ""
    d = k - 1  # "das seit Wochen belagerte X": a phrase of time between the article and the adjective
    since = next((x for x in range(k - 2, max(-1, k - 5), -1) if sig.tokens[x] in ("seit", "nach")), None)
    if since is not None and not any(t in STOP or t == "," for t in sig.tokens[since:k]):
        d = since - 1
    return (d >= 0 and sig.tokens[d] in _DETERMINERS) and (nxt in noun_words or nxt.startswith("@"))


def governor(
    sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str, noun_words: frozenset[str]
) -> str:
    """Return why negation, modality, intent or an attempt governs the German trigger at [i, j), or "".

    Near the trigger (six words) any blocker of the lexicon counts but a noun, an attribute and
    words after "nach" ("nach monatelangen Kämpfen"); further, only negation and modals; after
    the trigger, a modal in its verb cluster ("einnehmen könnten"); before a "dass" clause or a
    "zu" infinitive, a denial ("bestritt, dass X gefallen sei", "widerspricht Berichten, wonach…").
    """
    lo = clause_start(sig, i)
    if _ZU_INFINITIVE.match(sig.tokens[i]) or "zu" in sig.tokens[i:j]:
        return _aim(sig, lo, i)
    for k in range(lo, i):
        m = sig.at(lex.blockers, k)
        if m is None:
            continue
        word = sig.tokens[k]
        if word == "nicht" and sig.tokens[k + 1 : k + 2] == ["nur"]:
            continue  # "nicht nur X, sondern auch Y"
        far = k < i - 6
        if far and not (word in _VERB_NEGATION or word in MODALS):
            continue  # ("Keine zwei Wochen nach Beginn der Offensive haben die RSF X eingenommen")
        if family != "nominal" and (word in noun_words or _attribute(sig, k, noun_words)):
            continue  # "nach wochenlanger Belagerung", "ihr Ziel", "die belagerte Stadt"
        if word in _SUBJUNCTIVE and _reported(sig, lex, lo, j, k):
            continue  # "Ein Sprecher sagte, die RSF hätten X eingenommen": indirect speech, not a condition
        if word in _HEARSAY_MODALS and sig.tokens[j : j + 1] in (["haben"], ["sein"]):
            continue  # "Die RSF sollen X eingenommen haben": reported (a claim), not an order
        if word == "ohne" and "zu" not in sig.tokens[k:i]:
            continue  # "ohne Widerstand eingenommen": without a fight, not without taking it
        if word in _SUCCESS and word != "gelangen" and not any(
            t in _VERB_NEGATION or t in MODALS for t in sig.tokens[lo:j]
        ):
            continue  # "Den RSF gelang die Einnahme von X": it succeeded, as "gelang es, X einzunehmen"
        if word == "nahe" and _locates(sig, k, noun_words):
            continue  # "haben die Stadt X nahe der Grenze eingenommen": where X lies
        # (not "nicht", "kurz vor", nor a modal: "Nach dem Abkommen sollen die RSF X räumen")
        in_phrase = (word in noun_words or bool(_ADJECTIVE.match(word))) and word not in MODALS
        if in_phrase and any(t in AFTER_PREPS for t in sig.tokens[max(lo, k - 4) : k]):
            continue  # "nach neun Monaten heftiger Kämpfe": dates the verb (not "nach eigenen Angaben nicht")
        return f"governed by '{m.group(0)}'"
    inside = _inside(sig, lex, i, j, family, noun_words)
    if inside:
        return inside
    close = _clause_end(sig, j)
    close = next((y for y in range(j, close) if sig.tokens[y] in _LINKS), close)
    for y in range(max(j, close - 2), close):  # "Die Truppen eroberten X trotz allem nicht (vollständig)."
        if sig.tokens[y] in _VERB_NEGATION and sig.tokens[y + 1 : y + 2] != ["nur"]:
            return f"governed by '{sig.tokens[y]}' ending the clause"
    if sig.tokens[j - 1] == "sich":  # "zieht sich nicht aus X zurück": the particle ends the bracket
        stop = _clause_end(sig, j)
        particle = next((y for y in range(j, min(stop, j + 16)) if sig.tokens[y] == "zurück"), None)
        inside = _inside(sig, lex, j - 1, particle + 1, family, noun_words) if particle else ""
        if inside:
            return inside
    if sig.tokens[i] in noun_words and _announced_ahead(sig, lo, i, j):
        return "an intent ('kündigten … an', 'bereiten … vor')"
    x = j
    while x < len(sig.tokens) and x < j + 4 and _finite(sig.tokens[x]):
        if sig.tokens[x] in MODALS and not (
            sig.tokens[x] in _HEARSAY_MODALS and sig.tokens[x - 1] in ("haben", "sein")
        ):  # ("…, dass die RSF X eingenommen haben sollen": reported)
            return f"governed by '{sig.tokens[x]}' after it"
        x += 1
    if sig.tokens[i] in noun_words and _NOT_YET.search(" ".join(sig.tokens[j : _clause_end(sig, j)])):
        return "not yet ('eine Frage der Zeit')"  # "Die Einnahme von X ist nur eine Frage der Zeit"
    if sig.tokens[i] in noun_words and _under_way(sig, i, j):
        return "only begun or under way"  # "hat mit der Rückeroberung von X begonnen", "setzt … fort"
    if sig.tokens[i] in noun_words:  # "hat den Abzug der Truppen aus X angeordnet": the final verb
        end = next(
            (y for y in range(j, len(sig.tokens)) if sig.tokens[y] in STOP or sig.tokens[y] == ","), None
        )
        end = len(sig.tokens) if end is None else end
        for y in range(max(j, end - 2), end):
            m = sig.at(lex.blockers, y)
            if m and sig.tokens[y] not in noun_words:
                return f"governed by '{m.group(0)}' ending the clause"
    while lo >= 2 and sig.tokens[lo - 1] in _LINKS:  # "…, X sei eingenommen worden und habe …"
        lo = clause_start(sig, lo - 1)
    if (
        lo >= 2
        and sig.tokens[lo - 1] == ","
        and (
            sig.tokens[lo] in ("dass", "daß", "wonach")
            or sig.tokens[j : j + 1] == ["zu"]
            or any(t in _KONJUNKTIV_I or t in _SUBJUNCTIVE for t in sig.tokens[lo : _clause_end(sig, j)])
        )  # ("widersprach Angaben der RSF, die Stadt X sei gefallen": indirect speech without "dass")
    ):
        front = clause_start(sig, lo - 1)
        said = " ".join(sig.tokens[front : lo - 1])
        denied = lex.denial.search(said) or any(t in NEGATION for t in sig.tokens[front : lo - 1])
        if denied:
            return f"denied ('{said}')"
        if any(t.startswith(_UNREAL) for t in sig.tokens[front : lo - 1]):
            return f"a rumour, a fear or a hope ('{said}')"  # "Gerüchte, X sei gefallen", "die Gefahr, dass"
    return ""


# What a change told as a noun is still waiting for: "ist nur noch eine Frage von Tagen".
_NOT_YET = re.compile(r"(?<!\S)frage (?:der zeit|von (?:tagen|stunden|wochen))(?!\S)")

# The last word of a clause that tells a change noun's process as begun or going on: "Die Armee
# hat mit der Rückeroberung von X begonnen", "setzt die Rückeroberung von X fort", "kommt voran".
_UNDER_WAY = frozenset(("begonnen", "beginnt", "begann", "fort", "voran", "gange"))


def _under_way(sig: Signature, i: int, j: int) -> bool:
    """Say whether the change noun at [i, j) is the object or subject of a verb of beginning or
    going on that ends its clause; not a noun in a phrase of time before it ("Nach der Einnahme
    von X hat die Armee mit dem Wiederaufbau begonnen": the change is done)."""
    end = _clause_end(sig, j)
    if end <= j or sig.tokens[end - 1] not in _UNDER_WAY:
        return False
    return not any(t in AFTER_PREPS for t in sig.tokens[max(0, i - 2) : i])


# Talk nobody vouches for and fears: the clause they open tells no change ("Es kursieren Gerüchte,
# X sei gefallen", "Es besteht die Gefahr, dass X an die RSF fällt": German's present is a future).
_UNREAL = (
    "gerücht", "spekulation", "gefahr", "befürcht", "fürcht", "angst", "sorge",
    # a hope or an expectation: "Die RSF hoffen, dass ihnen die Einnahme von X gelingt"
    "hoff", "erwart", "rechnen", "rechnet", "zuversicht",
)


def _inside(
    sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str, noun_words: frozenset[str]
) -> str:
    """Return why a word inside the Satzklammer governs the trigger at [i, j), or "".

    "nahmen X nicht ein", "haben X vorerst nicht besetzt", "ist weiterhin von … besetzt", "brachten
    X beinahe unter ihre Kontrolle": the bracket's Mittelfeld is part of the trigger. Not a noun or
    an attribute ("nach wochenlanger Belagerung", "die umkämpfte Stadt"), not "zu" ("zu Beginn"),
    not what a relative clause or an apposition inside says.
    """
    embedded: frozenset[int] | None = None
    for k in range(i + 1, j - 1):
        word = sig.tokens[k]
        hedge = sig.at(HEDGE, k)
        m = hedge or sig.at(lex.blockers, k)
        if m is None or word == "zu" or word.startswith("@"):
            continue
        if embedded is None:
            embedded = other_clauses(sig, i, j)
        if k in embedded:
            continue  # "eroberten X, das die RSF nicht halten konnten, zurück"
        if word == "nicht" and sig.tokens[k + 1 : k + 2] == ["nur"]:
            continue
        if family != "nominal" and (word in noun_words or _attribute(sig, k, noun_words)):
            continue
        if word == "ohne" and "zu" not in sig.tokens[k:j]:
            continue  # "nahmen X ohne Gegenwehr ein"
        if word == "nahe" and _locates(sig, k, noun_words):
            continue  # "besetzten den Küstenort X nahe der Grenze": where X lies
        if word not in _VERB_NEGATION and any(t in AFTER_PREPS for t in sig.tokens[max(i + 1, k - 3) : k]):
            continue  # "nahmen nach heftigen Kämpfen X ein"
        return f"{'hedged' if hedge else 'governed'} by '{m.group(0)}' inside the clause"
    return ""


def _locates(sig: Signature, k: int, noun_words: frozenset[str]) -> bool:
    """Say whether "nahe" at k says where the place or noun right before it lies ("X nahe der
    Grenze"), not that a change came near ("waren nahe daran, X einzunehmen")."""
    before = sig.tokens[k - 1] if k >= 1 else ""
    after = sig.tokens[k + 1] if k + 1 < len(sig.tokens) else ""
    named = before.startswith("@p") or before in noun_words
    return named and (after in ("der", "dem", "des") or after.startswith("@p"))


def owner(sig: Signature, lex: CompiledLexicon, x: int) -> bool:
    """Say whether the actor at x owns the thing named before it: "einen Stützpunkt der Armee".

    Such a genitive is no subject; a force noun before it is ("Soldaten der Armee haben X …").
    """
    y = x - 2 if x >= 2 and sig.tokens[x - 1] in ("der", "des") else x - 1
    return y >= 0 and sig.at(lex.not_city, y) is not None and not _FORCE_NOUNS.match(sig.tokens[y])


_FORCE_NOUNS = re.compile(r"\w*(?:kämpfer|soldaten|truppen|einheiten|kräfte|milizen|verbände|söldner)$")


def held_under(sig: Signature, i: int) -> bool:
    """Say whether the state at i is had by the clause's subject: "Die Armee hat X wieder unter Kontrolle".

    Then the subject holds the city; it did not report losing it ("X ist wieder unter Kontrolle").
    """
    if "kontrolle" not in sig.tokens[i : i + 5]:
        return False
    return any(t in _HAVE for t in sig.tokens[clause_start(sig, i) : i])


def speaker_after(sig: Signature, lex: CompiledLexicon, j: int) -> int | None:
    """Return the actor token of a reporting clause right after the trigger's ("X sei gefallen, sagte
    ein Sprecher der Armee"), or None: who reports a fall of its own city lost it."""
    while j < len(sig.tokens) and sig.tokens[j] in QUOTES:  # „X ist befreit“, erklärte …
        j += 1
    end = _clause_end(sig, j)
    if end >= len(sig.tokens) or sig.tokens[end] != "," or not sig.at(lex.say, end + 1):
        return None
    stop = _clause_end(sig, end + 1)
    return next((x for x in range(end + 2, stop) if x in sig.actor_at), None)


_HAVE = frozenset(("hat", "haben", "hatte", "hatten", "habe", "hätten"))


# "einzunehmen", "zurückzuerobern": the infinitive with "zu" inside a separable verb.
_ZU_INFINITIVE = re.compile(r"(?:ein|zurück|ab|aus)zu\w+(?:en|ern|eln)$")  # (not "Abzug")

# Verbs of success: "Der Armee gelang es, X zurückzuerobern" says it happened.
_SUCCESS = frozenset(("gelang", "gelangen", "gelungen", "gelingt", "geschafft", "schaffte", "schafften"))


def _aim(sig: Signature, lo: int, i: int) -> str:
    """Return why a "zu" infinitive at i is no change ("versuchten, X einzunehmen"), or "".

    Only success said by the clause before it, not negated nor modal, makes it one: "Der Armee
    gelang es, X zurückzuerobern"; not "gelang es nicht", "soll gelingen", "hofft, X einzunehmen".
    """
    front = clause_start(sig, lo - 1) if lo >= 1 and sig.tokens[lo - 1] == "," else lo
    words = sig.tokens[front:i]
    if any(t in _SUCCESS for t in words) and not any(t in _VERB_NEGATION or t in MODALS for t in words):
        return ""
    return "governed as an aim ('zu' infinitive)"


def _announced_ahead(sig: Signature, lo: int, i: int, j: int) -> bool:
    """Say whether a separable verb of intent frames the noun at i: "kündigten die Einnahme von X an".

    Only the verb's object: not "kündigten nach der Einnahme von X Verhandlungen an".
    """
    if i < 2 or sig.tokens[i - 1] not in _OBJECT_ARTICLES or sig.tokens[i - 2] in _PREPOSITIONS:
        return False
    end = _clause_end(sig, j)
    particle = sig.tokens[end - 1] if end > j else ""
    stems = _INTENT_SEPARABLE.get(particle, ())
    return any(sig.tokens[x].startswith(stems) for x in range(lo, i)) if stems else False


_OBJECT_ARTICLES = frozenset(("die", "eine", "den", "einen"))
_PREPOSITIONS = frozenset(("nach", "seit", "mit", "bei", "vor", "für", "über", "auf", "um", "durch", "gegen"))

# Separable verbs of intent, by their particle: ankündigen, vorbereiten, vorhaben.
_INTENT_SEPARABLE = {"an": ("kündig", "kundig"), "vor": ("bereit", "hat", "hab", "hatte")}


def circumstance(sig: Signature, j: int, k: int) -> bool:
    """Say whether the blocker at k, after a trigger ending at j, is in a phrase led by "nach".

    "X fiel nach über einem Jahr Belagerung an die RSF": the siege says when, not whether.
    """
    return any(t in AFTER_PREPS for t in sig.tokens[j:k])


def passive(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> bool:
    """Say whether the German trigger at [i, j) is passive: an auxiliary in its clause before it
    ("X wurde von den RSF eingenommen") or right after it ("…, nachdem X eingenommen worden war")."""
    if any(sig.at(lex.passive, x) for x in range(clause_start(sig, i), i)):
        return True
    return any(t in _PASSIVE_AFTER for t in sig.tokens[j : j + 2]) or headline_passive(sig, lex, i, j)


_PASSIVE_AFTER = frozenset(("worden", "wurde", "wurden"))


# "sollen" with a perfect infinitive reports what others say happened ("soll gefallen sein").
_HEARSAY_MODALS = frozenset(("soll", "sollen"))

# Subjunctive auxiliaries: a condition ("hätten X beinahe eingenommen") or indirect speech.
_SUBJUNCTIVE = frozenset(("hätte", "hätten", "wäre", "wären"))


def _reported(sig: Signature, lex: CompiledLexicon, lo: int, j: int, k: int) -> bool:
    """Say whether the clause [lo, j) with its subjunctive at k is reported: a reporting verb in
    the clause before or after it, or a source before the subjunctive.

    "Ein Sprecher sagte, die RSF hätten X eingenommen", "Die RSF hätten X eingenommen, hieß es",
    "Nach Angaben der Armee hätten die RSF X eingenommen". A condition in the sentence ("wenn",
    "falls", "beinahe") or a modal after it ("hätten X einnehmen können") keeps it a hypothesis.
    """
    if any(t in _CONDITION for t in sig.tokens) or any(t in MODALS for t in sig.tokens[j : j + 2]):
        return False
    if any(t in _KONJUNKTIV_I for t in sig.tokens):
        return True  # "Die Truppen hätten X geräumt, der Senat sei geflohen": speech reported on
    if sig.tokens[k] in _PLURAL_SUBJUNCTIVE:
        return True  # "Auch in X hätten sich die Verteidiger ergeben": the plural of reported speech
    if any(sig.at(lex.say, x) or sig.tokens[x] == "angaben" for x in range(k)):
        return True  # "Nach Angaben der Armee hätte die Miliz X geräumt"
    if lo >= 2 and sig.tokens[lo - 1] == ",":
        front = clause_start(sig, lo - 1)
        if any(sig.at(lex.say, x) or sig.tokens[x] in _HEARSAY for x in range(front, lo - 1)):
            return True
    end = next((y for y in range(j, len(sig.tokens)) if sig.tokens[y] in STOP or sig.tokens[y] == ","), None)
    if end is None or sig.tokens[end] != ",":
        return False
    return any(
        sig.at(lex.say, x) or sig.tokens[x] in _HEARSAY for x in range(end + 1, min(end + 4, len(sig.tokens)))
    )


# Present subjunctives that only indirect speech uses: the sentence goes on reporting.
# Reported speech puts a plural in the past subjunctive, as "haben" and "sind" would read as the
# indicative: "die RSF hätten X eingenommen", "die Truppen wären in X eingerückt".
_PLURAL_SUBJUNCTIVE = frozenset(("hätten", "wären"))
_KONJUNKTIV_I = frozenset(("sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle"))
_CONDITION = frozenset(("wenn", "falls", "sonst", "beinahe", "fast", "ohne", "sollte", "sollten"))
_HEARSAY = frozenset(("hieß", "hiess", "heißt", "heisst", "mitteilte", "sagte", "sagten"))


def other_clauses(sig: Signature, i: int, j: int) -> frozenset[int]:
    """Return the tokens of the subordinate and relative clauses that do not hold the trigger.

    "Die RSF, die seit 2023 gegen die Armee kämpfen, haben X eingenommen": the year belongs to
    the relative clause, not to the capture.
    """
    out: set[int] = set()
    commas = [x for x, t in enumerate(sig.tokens) if t == "," or t in STOP]
    for a, b in zip([-1, *commas], [*commas, len(sig.tokens)], strict=False):
        if a + 1 >= b or (a < i and j <= b):
            continue
        opener = sig.tokens[a + 1]
        after_comma = a >= 0 and sig.tokens[a] == ","
        if (after_comma and opener in SUBORDINATE) or (a < 0 and opener in _CONJUNCTIONS):
            out.update(range(a + 1, b))  # ("Nachdem die Armee 2012 geflohen war, nahm die M23 X ein")
    return frozenset(out)


# Subordinating conjunctions (not articles) that may open a sentence: "Nachdem …, nahm …".
_CONJUNCTIONS = frozenset(("nachdem", "als", "weil", "obwohl", "während", "bevor", "seitdem", "sobald"))


# Verbs of taking a thing from someone, who stands in the dative: "hat den Rebellen X entrissen".
_TAKE_FROM_DATIVE = ("entriss", "entreiß", "entreiss", "abgenommen", "nahm")
_DATIVE_ARTICLES = frozenset(("den", "dem"))


def dative_loser(sig: Signature, lex: CompiledLexicon, x: int, i: int, j: int) -> bool:
    """Say whether the side at x is whom the city was wrested from, in the dative before the verb:
    "Die Armee hat den Rebellen X entrissen", "X wurde den Rebellen am Montag entrissen"."""
    if not any(sig.tokens[y].startswith(_TAKE_FROM_DATIVE) for y in range(i, j)):
        return False
    return dative(sig, lex, x)


def own_article(sig: Signature, x: int) -> str:
    """Return the article the side's mention at x begins with ("den Serben", "der Armee": a people
    named with its article is one mention), or ""."""
    word = str(sig.actors[sig.actor_at[x]].surface).lower().partition(" ")[0]
    return word if word in _CASE_ARTICLES else ""


_CASE_ARTICLES = frozenset(("der", "den", "dem"))


def article_of(sig: Signature, x: int) -> tuple[str, int]:
    """Return the article of the side at x (its mention's own, else the token before it) and where
    it stands (x for its own, x - 1 before it): "den Serben", "der @a0"."""
    own = own_article(sig, x)
    return (own, x) if own else (sig.tokens[x - 1] if x else "", x - 1)


def _after_day(sig: Signature, x: int) -> bool:
    """Say whether "am <day>" or "gestern", "heute" stands right before the token at x."""
    before = sig.tokens[x - 1] if x else ""
    day = x >= 2 and sig.tokens[x - 2] == "am" and sig.at(TIME, x - 1) is not None
    return before in ("gestern", "heute") or day


def dative(sig: Signature, lex: CompiledLexicon, x: int) -> bool:
    """Say whether the side at x stands in the dative, its article maybe before adjectives:
    "den tschetschenischen @a0", "den badischen und @a0", "haben der Armee" (not "von den
    Rebellen", a preposition's). The article may be the mention's own ("der Armee")."""
    own = own_article(sig, x)
    if own:
        before = sig.tokens[x - 1] if x else ""
        if own == "der":  # ("X wurde am Sonntag der Armee übergeben": after a day, no genitive)
            return before in _AUX or before.startswith(_TAKE_FROM_DATIVE) or _after_day(sig, x)
        return own in _DATIVE_ARTICLES and not (
            x > 0 and any(sig.at(rx, x - 1) for rx in (lex.source, lex.agent, lex.locative))
        )
    for y in range(x - 1, max(0, x - 5) - 1, -1):
        if sig.tokens[y] in _DATIVE_ARTICLES:
            return not (y > 0 and any(sig.at(rx, y - 1) for rx in (lex.source, lex.agent, lex.locative)))
        if sig.tokens[y] == "der":  # dative after a verb ("haben der Armee X entrissen"), not a genitive
            return y > 0 and (sig.tokens[y - 1] in _AUX or sig.tokens[y - 1].startswith(_TAKE_FROM_DATIVE))
        if sig.tokens[y] in ("und", ",") and y > 0 and _ADJECTIVE.fullmatch(sig.tokens[y - 1]):
            continue  # "den badischen und preußischen Truppen": adjectives coordinated
        if not _ADJECTIVE.fullmatch(sig.tokens[y]):
            return False
    return False


# A simple past of a capture verb: "besetzten", "eroberte", "stürmten" (not the participle "besetzt").
_SIMPLE_PAST = re.compile(r"\w+(?:te|ten)$")


def german_past_after_and(sig: Signature, i: int, j: int) -> bool:
    """Say whether the one-word trigger at [i, j) is a simple past right after "und": a finite verb
    in second place, its object after it ("setzten von X aus über und besetzten den Ort Y")."""
    return j == i + 1 and i >= 1 and sig.tokens[i - 1] == "und" and bool(_SIMPLE_PAST.match(sig.tokens[i]))
