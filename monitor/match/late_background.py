"""Say whether a change told late in a long article is its background, not its news (pure).

A long article puts its news in the headline and lead, then recounts older captures further
down: "The rebels took X after a week of fighting", "la ville était tombée", "als die Miliz X
einnahm", "le milizie conquistarono X". Such a change, told four or more sentences after the
lead, of a place whose change neither the headline nor the lead tells (a lead about life in X
tells none), with no day or recency word to tie it to now, is background when its verb says so:

- the pluperfect ("had taken", "avait pris", "hatte eingenommen"; the Portuguese "tomara" is
  read as no change at all) or the narrative past of
  history (French passé simple "s'empara", Italian passato remoto "conquistò") always;
- an undated simple past ("took", "tomaron", "nahm ein") unless the lead tells a campaign
  ("a string of provincial capitals", "une série de villes", "weitere Städte"): then each
  capture told later is part of the news.

A present perfect or passé composé ("has taken", "a confirmé la chute de la ville"), an imperfect
of a concurrent event ("alors que les rebelles prenaient X"), a report or claim
("said it had captured X"), and a sentence that also names the lead's place ("Before X, the
insurgents had taken Y": a sequence from the main event) stay news.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import datetime

from monitor.match.dates import dates_in, days_back, is_recent
from monitor.match.era import NOW_WORDS
from monitor.match.explain import Note
from monitor.match.expressions import CompiledLexicon
from monitor.match.holders import clause_start
from monitor.match.reading import Candidate
from monitor.match.signature import Sentences, Signature
from monitor.match.since import recent_day
from monitor.match.words import FALL_NOUNS, PLUPERFECT, SINCE

# Body sentences before a change's own for it to be told late (after the lead and its details).
LATE_AFTER = 4

# Words that tie a sentence to the time of publication (folded): those that date a sentence for
# `era` (days, "now", "today", "this"), with Sunday in Italian, "this morning" and "hours later".
_NOW = NOW_WORDS | {
    *("domenica", "stamattina", "stamani", "questa", "diese", "dieser", "hours", "heures", "horas", "ore"),
    *("stunden", "morning", "matin", "manana", "mattina", "manha", "morgen"),
    # at the same time as the lead's news: "Gleichzeitig landeten Marineinfanteristen in X, die … fiel"
    *("gleichzeitig", "zugleich", "simultaneously", "simultanement", "simultaneamente", "contemporaneamente"),
}

# Words of `_NOW` that tie a sentence to now only before a time ("this week", "esta mañana",
# "segunda-feira"): alone, "this city", "al este de", "a segunda cidade".
_BEFORE_A_TIME = frozenset(
    ("this", "cette", "esta", "este", "questa", "diese", "dieser", "segunda", "terca", "quarta", "quinta",
     "sexta")
)
_TIMES = frozenset(
    (
        *("week", "weekend", "morning", "afternoon", "evening", "semaine", "nuit", "matinee", "semana"),
        *("manana", "tarde", "noche", "fin", "settimana", "mattina", "notte", "woche", "nacht", "feira"),
        *("madrugada", "manha", "noite"),
    )
)


def tied_to_now(tokens: list[str]) -> bool:
    """Say whether a sentence's words tie it to the time of publication ("on Tuesday", "this week",
    "over the weekend", "durante el fin de semana")."""
    for x, token in enumerate(tokens):
        if token in _BEFORE_A_TIME:
            if tokens[x + 1 : x + 2] and tokens[x + 1] in _TIMES:
                return True
        elif token in _NOW or token in _WEEKEND or _weekend_at(tokens, x):
            return True
    return False


def _weekend_at(tokens: list[str], x: int) -> bool:
    """Say whether "week end", "fin de semana", "fine settimana" or "fim de semana" starts at x."""
    if tokens[x] not in _WEEKEND_OPENERS:
        return False
    return any(tokens[x + 1 : x + 1 + len(end)] == end for end in _WEEKEND_ENDS)


# The weekend just past: "over the weekend", "am Wochenende", "le week-end" (folded "week end"),
# "el fin de semana", "nel fine settimana", "no fim de semana".
_WEEKEND = frozenset(("weekend", "wochenende"))
_WEEKEND_OPENERS = frozenset(("week", "fin", "fine", "fim"))
_WEEKEND_ENDS = (["end"], ["de", "semana"], ["settimana"])


# Auxiliaries of a present perfect, passé composé or Perfekt, per language (folded; Italian "è"
# folds to "e", also "and": it counts only right before the verb).
_PERFECT = {
    "en": frozenset(("has", "have")),
    "fr": frozenset(("a", "ont", "est", "sont")),
    "es": frozenset(("ha", "han", "he", "hemos")),
    "it": frozenset(("ha", "hanno", "sono")),
    "de": frozenset(("hat", "haben", "ist", "sind")),
    "pt": frozenset(("tem", "têm", "teem")),
}

# An imperfect of a concurrent event: "prenaient", "tomaban", "prendevano", "tomavam", "were taking".
_IMPERFECT = re.compile(r"\w+(?:aient|ait|aban|aba|ian|ava|avano|eva|evano|iva|ivano|avam|iam)$")
_PROGRESSIVE = frozenset(("was", "were", "stava", "stavano", "estaba", "estaban", "estava", "estavam"))

# French passé simple and Italian passato remoto: the narrative past of history in the press.
_REMOTE = {
    "fr": re.compile(r"\w+(?:erent|irent|urent|int|it)$|(?:empara|tomba|entra|occupa|encercla|libera)$"),
    # (and the singular of the taking verbs, "si impadronì", "occupò", "espugnò", folded without accent)
    "it": re.compile(
        r"\w+(?:arono|irono|erono|ddero|dde|esero|isto|upo|ntro|rese)$"
        r"|(?:impadron|occup|rioccup|espugn|conquist|riconquist)[io]$"
    ),
}
_REMOTE_SKIP = {"fr": frozenset(("dit", "fait", "soit", "doit", "suit")), "it": frozenset()}
# Auxiliaries of a passive in those tenses: "fut prise", "fu conquistata".
_REMOTE_AUX = frozenset(("fut", "furent", "fu", "furono"))

# A lead that tells a campaign: several cities, a string of them, the latest or another one.
_CAMPAIGN = re.compile(
    r"(?<!\S)(?:"
    r"cities|towns|capitals|string of|series of|wave of|another|latest|blitz|one after another|sweep"
    r"|villes|capitales|serie de|une serie|une autre|encore une|en cascade|coup sur coup|davantage"
    r"|ciudades|otra ciudad|ola de|una tras otra"
    r"|städte|stadte|hauptstädte|hauptstadte|provinzhauptstädte|provinzhauptstadte|weitere|nacheinander"
    r"|città|capoluoghi|un altra|un altro|una serie|dopo l altra"
    r"|cidades|capitais|outra cidade|mais uma|uma serie"
    r")(?!\S)"
)
_ORDINAL_CITY = re.compile(
    r"(?<!\S)(?:second|third|fourth|fifth|sixth|deuxieme|troisieme|quatrieme|cinquieme|segunda|tercera|cuarta"
    r"|quinta|zweite|dritte|vierte|funfte|fünfte|seconda|terza|quarta|terceira)"
    r"(?: \S+)? (?:city|town|capital|ville|capitale|ciudad|capital|stadt|città|cidade)"
)


def campaign_lead(texts: Collection[str], places_in_lead: Collection[str]) -> bool:
    """Say whether the headline and lead (folded `texts`) tell a campaign, whose later captures are news."""
    joined = " ".join(texts)
    return len(places_in_lead) >= 3 or bool(_CAMPAIGN.search(joined) or _ORDINAL_CITY.search(joined))


def told_as_background(
    sig: Signature,
    lex: CompiledLexicon,
    family: str,
    trigger_words: str,
    place: str,
    published: datetime | None,
    lead_places: Collection[str],
    campaign: bool,
) -> str:
    """Return why a late change of a place the lead does not name is background, or ""."""
    if any(m.place.name in lead_places and m.place.name != place for m in sig.places):
        return ""  # "Before X, the insurgents had taken Y": told from the news's place
    if tied_to_now(sig.tokens):
        return ""
    if published is not None and any(is_recent(day, published) for day in dates_in(sig.text, lex, published)):
        return ""  # "le 29 mars", three days before
    first = trigger_words.split()[0] if trigger_words else ""
    i = sig.tokens.index(first) if first in sig.tokens else -1
    if i < 0:
        return ""
    if _reported_after_confirming(sig, lex, i):
        return ""  # "a confirmé la prise, assurant que les rebelles avaient pris X": news backshifted
    noun = family == "nominal" or trigger_words in FALL_NOUNS
    tense = _tense(sig, lex, i, len(trigger_words.split()), noun)
    if tense == "perfect" and SINCE.search(sig.text) and not recent_day(sig.text, lex, published):
        # "The rebels have taken X, Y and Z since the war began": a summary of the war, not its news
        return "told late in a present perfect summing up a time long past"
    if tense in ("perfect", "concurrent", "confirmed"):
        return ""
    if tense in ("pluperfect", "remote"):
        return f"told late in the {tense}"
    if campaign:
        return ""
    return "told late in an undated past, under a lead about something else"


# Words that open a clause below the sentence's own: relatives, "when", "having" (not prepositions:
# "Après X, tombé dimanche, c'est Y qui…", "Depuis vendredi, ils ont enchaîné les prises").
_SUBORDINATORS = frozenset(
    (
        *("that", "which", "who", "when", "having"),
        *("qui", "que", "qu", "dont", "lorsque", "quand"),
        *("quien", "cuando", "quando"),
    )
)


# Days before publication from which a change told in the pluperfect is no longer the campaign's
# latest step but its background.
OLD_DAYS = 4

# Trigger families whose words in the lead tell a change there, named or not ("KDP meldet Einnahme
# von Koi Sanjak", "Rebels take a second town").
_NEWS_FAMILIES = ("capture", "fall", "nominal", "handover", "enter")


def told_before_the_news(
    sig: Signature, lex: CompiledLexicon, family: str, trigger_words: str, place: str,
    lead_places: Collection[str], published: datetime | None, news: bool = True,
) -> str:
    """Return why a change told after a lead that reports another one, in the pluperfect and dated
    `OLD_DAYS` or more before publication, is its background ("Die KDP hatte Arbil am Samstag
    erobert" on a Thursday, "Győr … waren bereits am Sonntag besetzt worden", "The Marines who had
    occupied X last Tuesday have moved on"), or "". A campaign's earlier steps stay news ("La
    veille, elles s'étaient emparées de Y", "Vendredi, les insurgés avaient aussi saisi Y",
    "Bereits zuvor waren Y und Z gefallen").

    So is a change told in passing, in a past clause below its sentence's own ("an offensive that
    began when the KDP seized X on Aug. 31", "las fuerzas de Zapata, que tomaron X el viernes,
    avanzan"), even beside the lead's place and, when the lead tells no change (`news` false:
    "Syrian push halted at the gates of Y"), alone of the two.

    Not when the sentence reports it ("said the rebels had taken X", "…, officials said": the news
    told in the past), nor when it names the lead's place ("Before X, they had taken Y").
    """
    if published is None or not any(d >= OLD_DAYS for d in days_back(sig.tokens, lex, published)):
        return ""
    first = trigger_words.split()[0] if trigger_words else ""
    i = sig.tokens.index(first) if first in sig.tokens else -1
    if i < 0 or _reported_after_confirming(sig, lex, i):
        return ""
    noun = family == "nominal" or trigger_words in FALL_NOUNS
    tense = _tense(sig, lex, i, len(trigger_words.split()), noun)
    # (a clause below the sentence's own is background even beside the lead's place: "The fall of Y
    # caps an offensive that began when the KDP seized X on Aug. 31")
    passing = tense in ("past", "remote") and not noun and not _leads_sentence(sig, i)
    # (what a clause in passing reports is its sentence's, after it: "…, que tomaron X el viernes,
    # avanzan hacia Y, cuya guarnición, según noticias de la capital, se dispone a evacuar")
    if any(sig.at(lex.say, x) for x in range(i if passing else len(sig.tokens))):
        return ""
    if not passing and any(m.place.name in lead_places and m.place.name != place for m in sig.places):
        return ""
    if tense == "pluperfect" and news:
        return "told after a lead about another change, in the pluperfect"
    if passing:
        # "a nine-day offensive that began when the KDP seized X on Aug. 31", "o PDK, que conquistou X
        # no passado dia 31, controla agora…": a clause of a sentence about something else
        return "told in passing after the lead, in a past dated days before"
    return ""


def _leads_sentence(sig: Signature, i: int) -> bool:
    """Say whether the trigger at i is the verb of its sentence's first clause ("On Sunday KDP columns
    took X", "The rebels seized X on Monday"): a step of the campaign told for itself, not in passing."""
    return not sig.tokens[i].endswith("ing") and not any(t in _SUBORDINATORS for t in sig.tokens[:i])


def _tense(sig: Signature, lex: CompiledLexicon, i: int, width: int, noun: bool) -> str:
    """Return the tense of the trigger at token i: perfect, pluperfect, concurrent, remote or past
    (or "confirmed": a noun that a verb of confirming or announcing governs).

    The auxiliary is the word before the verb, over adverbs and clitics ("had also taken", "s'était
    déjà emparé"); a noun's verb is the one before its article ("a confirmé la chute de X"). German
    puts its auxiliary anywhere before the participle in the clause ("hatte die Stadt eingenommen").
    """
    lang = lex.lex.lang
    start = clause_start(sig, i)
    words = [t for t in sig.tokens[i : i + width] if t not in _CLITICS] or [sig.tokens[i]]
    verb = words[0]
    if lang == "de":
        # (the trigger's own first word counts: "ist … in der Hand der Rebellen" is a present state,
        # "hatte … besetzt" a pluperfect; the middle field runs long: "Bereits am 8. Mai hatten
        # Soldaten und Milizen aus der Provinz … die Städte X und Y gestürmt")
        before = set(sig.tokens[max(start, i - 20) : i + 1])
        if noun and any(_CONFIRMED.match(t) for t in sig.tokens[start:]):
            return "confirmed"  # "Ein Offizier bestätigte den Fall von X"
        if before & _DE_PLUPERFECT:
            return "pluperfect"
        return "perfect" if before & _PERFECT["de"] else "past"
    k = _back(sig.tokens, i - 1, start, _SKIP)
    if noun and k >= start and sig.tokens[k] in _ARTICLES:  # a noun: its verb is before the article
        verb_at = _back(sig.tokens, k - 1, start, _SKIP)
        if verb_at < start:
            return "past"
        verb = sig.tokens[verb_at]
        if _CONFIRMED.match(verb):
            return "confirmed"  # "confirmó la caída de X": a fresh confirmation, whatever its tense
        k = _back(sig.tokens, verb_at - 1, start, _SKIP)
    aux = sig.tokens[k] if k >= start else ""
    if aux in _PLUPERFECT:
        return "pluperfect"
    if aux in _PERFECT.get(lang, frozenset()) or (aux == "e" and lang == "it"):
        return "perfect"
    if aux in _PROGRESSIVE and verb.endswith(("ing", "ando", "endo")):
        return "concurrent"  # "were taking", "stavano prendendo", "estaban tomando"
    if aux in _REMOTE_AUX:
        return "remote"
    if lang in ("fr", "es", "it", "pt") and _IMPERFECT.match(verb):
        return "concurrent"
    remote = _REMOTE.get(lang)
    if remote is not None and verb not in _REMOTE_SKIP[lang] and remote.match(verb):
        return "remote"
    return "past"


# What opens reported speech after a verb of saying: its pluperfect is the news told in the past
# ("said that the rebels had taken X"), not an older event.
_THAT = frozenset(("that", "que", "qu", "dass", "che", "ch"))


def _reported_after_confirming(sig: Signature, lex: CompiledLexicon, i: int) -> bool:
    """Say whether the change at token i is told in reported speech opened, in its sentence, by a
    verb of confirming or saying ("a confirmé …, affirmant que … avaient évacué X")."""
    said = False
    for x in range(i):
        if _CONFIRMED.match(sig.tokens[x]) or sig.at(lex.say, x) or sig.tokens[x] in _SAYING:
            said = True
        elif said and sig.tokens[x] in _THAT:
            return True
    return False


# Participles and gerunds of saying that open reported speech ("affirmant que", "saying that").
_SAYING = frozenset(
    (
        *("saying", "adding", "stating", "affirmant", "assurant", "declarant", "disant", "ajoutant"),
        *("afirmando", "asegurando", "diciendo", "anadiendo", "affermando", "dicendo", "aggiungendo"),
        *("dizendo", "acrescentando", "said", "says", "told"),
    )
)


def _back(tokens: list[str], k: int, start: int, skip: frozenset[str]) -> int:
    """Return the index of the first token at or before k that is not in `skip` (start - 1 if none)."""
    while k >= start and tokens[k] in skip:
        k -= 1
    return k


# Between an auxiliary and its verb: adverbs and clitics ("had also taken", "s'était déjà emparé").
_SKIP = frozenset(
    (
        *("also", "already", "then", "reportedly", "finally", "eventually", "quickly", "briefly", "s", "se"),
        *("deja", "dejà", "aussi", "egalement", "ensuite", "finalement", "ya", "tambien", "luego"),
        *("finalmente", "gia", "già", "anche", "poi", "si", "ja", "tambem", "depois"),
    )
)
# Determiners between a verb and the noun it governs ("confirmed the fall of X").
_ARTICLES = frozenset(
    ("the", "le", "la", "l", "les", "el", "los", "las", "il", "lo", "i", "gli", "o", "os", "a", "as", "un",
     "une")
)
# The pluperfect's auxiliaries, with French "être" ("était tombée", "s'étaient emparés").
_PLUPERFECT = PLUPERFECT | {"etait", "etaient"}
# Verbs that confirm or announce a fall told as a noun ("confirmed the fall of X", "confirmó la caída").
_CONFIRMED = re.compile(
    r"(?:confirm|conferm|announc|annonc|anunci|annunci|acknowledg|admit|reconn|reconoc|reconhec|riconob"
    r"|riconosc|ammis|bestätig|bestatig|verkünd|verkund)\w*$"
)
_CLITICS = frozenset(("s", "se", "si", "l", "sich"))
_DE_PLUPERFECT = frozenset(("hatte", "hatten", "war", "waren"))


def lead_of(sentences: Sentences, in_title: Collection[int]) -> list[int]:
    """Return the sentences of the headline and the lead (the first body sentence)."""
    body = next((n for n in range(len(sentences.spans)) if n not in in_title), None)
    return sorted({*in_title, *([body] if body is not None else [])})


def drop_late_background(
    found: list[Candidate],
    sentences: Sentences,
    lex: CompiledLexicon,
    published: datetime | None,
    in_title: Collection[int],
    notes: list[Note] | None,
    dated: Collection[str] = (),
) -> list[Candidate]:
    """Drop each change told late as background (see the module), noting why; anywhere after the
    lead, a change told in the pluperfect under a lead that tells another one; and in a short item
    or early in a long one, the pluperfect or narrative past of a place whose change the body dates
    before publication (`dated`)."""
    lead = lead_of(sentences, in_title)
    body = max(lead) if lead else 0
    late = [c for c in found if c.sentence is not None and c.sentence - body >= LATE_AFTER
            and not (c.reported or c.claim)]
    found = [c for c in found
             if c in late or not _told_before(c, sentences, lex, published, dated, notes, body)]
    after = [c for c in found if c.sentence is not None and c.sentence > body and not (c.reported or c.claim)]
    if not after:
        return found
    late = [c for c in after if c.sentence is not None and c.sentence - body >= LATE_AFTER]
    signatures = [sentences.signature(n) for n in lead if n in sentences.naming]
    places = {m.place.name for sig in signatures for m in sig.places}
    campaign = campaign_lead([sentences.text(n) for n in lead], places)
    told = {c.place.name for c in found if c.sentence in lead}  # changes the headline and lead report
    news = bool(told) or any(lex.has(f, sentences.text(n)) for n in lead for f in _NEWS_FAMILIES)
    out = []
    for c in found:
        if c in after and c.place.name not in told and c.sentence is not None:
            family, _colon, words = c.trigger.partition(": ")
            sig = sentences.signature(c.sentence)
            why = ""
            why = told_before_the_news(sig, lex, family, words, c.place.name, places, published, news)
            if not why and c in late:
                why = told_as_background(sig, lex, family, words, c.place.name, published, places, campaign)
            if why:
                if notes is not None:
                    holder = c.actor.name if c.actor else None
                    notes.append(Note("candidate", c.sentence, c.evidence, c.place.name, holder, c.trigger,
                                      False, why, c.holder_from()))
                continue
        out.append(c)
    return out


# A sentence opening on a time years back (folded): "Five years ago …", "Il y a cinq ans, …",
# "Hace cinco años", "Vor fünf Jahren", "Cinque anni fa", "Há cinco anos".
_YEARS_BACK = re.compile(
    r"^(?:\S+ ){0,3}?(?:(?:\S+ )?(?:years|decades) ago|il y a \S+ (?:ans|decennies)|hace \S+ (?:anos|decadas)"
    r"|vor \S+ jahr(?:en|zehnten)|\S+ (?:anni|decenni) fa|ha \S+ (?:anos|decadas))\b"
)


def _scene_years_back(sentences: Sentences, n: int) -> bool:
    """Say whether the sentence before n opens on a time years back, setting the scene there."""
    return n >= 1 and _YEARS_BACK.search(sentences.text(n - 1)) is not None


def _told_before(
    cand: Candidate,
    sentences: Sentences,
    lex: CompiledLexicon,
    published: datetime | None,
    dated: Collection[str],
    notes: list[Note] | None,
    lead: int = 0,
) -> bool:
    """Say whether a change told early is background by its tense, noting why.

    A short item has no late sentences, yet recounts old changes all the same: "Zum Jahrestag der
    Einnahme von X … Die Armee hatte die Stadt nach monatelangen Kämpfen erobert". When the body
    dates X's change before publication, X's pluperfect (even in the headline) is that change.
    Not any pluperfect after a lead that tells no change: "Armenian forces attacked overnight. By
    dawn they had taken X" is the news. Nor when the sentence before sets the scene years back
    ("Five years ago the rebellion looked unstoppable. The guerrillas … had taken X"): the
    pluperfect then tells that time, not the news.
    """
    n = cand.sentence
    if n is None or cand.reported or cand.claim:
        return False
    # A feature whose lead opens years back ("Centocinquant'anni fa, all'alba del …") tells its
    # story in the literary past: its passé simple or passato remoto is that story, however far down.
    feature = n > lead and _YEARS_BACK.search(sentences.text(lead)) is not None
    if cand.place.name not in dated and not _scene_years_back(sentences, n) and not feature:
        return False
    sig = sentences.signature(n)
    family, _colon, words = cand.trigger.partition(": ")
    first = words.split()[0] if words else ""
    if first not in sig.tokens or tied_to_now(sig.tokens):
        return False
    if published is not None and any(is_recent(day, published) for day in dates_in(sig.text, lex, published)):
        return False
    scene = cand.place.name in dated or _scene_years_back(sentences, n)
    why = (
        "a change the article dates before publication, told again in the pluperfect"
        if cand.place.name in dated
        else "told in the pluperfect after a sentence set years back"
        if scene
        else "told in the literary past in a feature whose lead opens years back"
    )
    i = sig.tokens.index(first)
    if _reported_after_confirming(sig, lex, i):
        return False
    noun = family == "nominal" or words in FALL_NOUNS
    tense = _tense(sig, lex, i, len(words.split()), noun)
    if tense not in ("pluperfect", "remote") or (not scene and tense != "remote"):
        return False
    if notes is not None:
        holder = cand.actor.name if cand.actor else None
        notes.append(Note("candidate", n, cand.evidence, cand.place.name, holder, cand.trigger, False, why,
                          cand.holder_from()))
    return True
