"""Decide which watched cities an article says have just changed hands, and to whom (pure).

For each sentence (the title is one too) the detector finds a control-change trigger of the
article's language (`monitor.match.expressions`), the watched place it bears on (object of a
capture, subject of a fall or of a passive, complement of "the fall of", source of a
withdrawal) and the new holder (subject, agent, "fell to X", the single opponent of who
withdrew). A trigger under negation, modality, intent, attempt, encirclement or denial, a
building/person/district instead of the city, or a change dated well before publication
yields nothing. A party's own claim is kept, flagged, with lower confidence, unless the
article contradicts it. One event per place: the strongest.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from monitor.match.actors import ActorMatcher
from monitor.match.expressions import CompiledLexicon, get_lexicon, tokens_rx
from monitor.match.lang import detect_language, split_sentences
from monitor.match.places import PlaceMatcher
from monitor.match.signature import Signature, fold, make_signature
from monitor.model import Actor, ControlEvent, Place

_STOP = frozenset('.;:!?()[]"«»“”')
_QUOTES = frozenset('"«»“”')
_OBJ_REL = frozenset(("que", "qu", "that", "which", "che", "den", "die", "das", "welche", "welchen"))
_FIGHTING = tokens_rx(
    r"fighting|clashes|gunfire|shooting|battles?|combats?|affrontements|tirs|fusillades|combates|enfrentamientos"
    r"|tiroteos?|disparos|kämpfe\w*|gefechte?|schüsse|scontri|combattimenti|spari|confrontos|tiros|resistance"
    r"|resistencia|widerstand|resistenza|resistência|advancing|avancent|avanzan|avanzando|vorrück\w*|avanzano"
)
_LIST = tokens_rx(
    r",|and|et|y|e|und|sowie|ou|or|as well as|then|puis|luego|dann|poi|depois|&|the city of|la ville de"
    r"|de|d|of|del|di|da|do|von"
)
_OF = tokens_rx(r"of|de|d|del|du|des|von|di|da|do|della|dell")
_DIRECTION = tokens_rx(
    r"north|south|east|west|northeast|northwest|southeast|southwest|nordöstlich|nordwestlich|südöstlich"
    r"|südwestlich|nördlich|südlich|östlich|westlich|nord|sud|est|ouest|norte|sur|este|oeste|norden|süden|osten|westen|ovest|km"
    r"|kilometres|kilometers|kilometros|kilometern|chilometri|quilometros|miles|millas"
)
_CITY = tokens_rx(
    r"(?:the|la|el|die|der|a|o|il|cette|esta|diese|this) (?:city|town|capital|ville|capitale|ciudad|stadt"
    r"|hauptstadt|citta|cidade)"
)
_CONTROL = tokens_rx(r"control|controle|kontrolle|controllo")
_YEAR = re.compile(r"(?<!\S)(1[89]\d\d|20\d\d)(?!\S)")
_SPOKES = re.compile(r"spokes\w*|porte parole|portavoz|sprecher|portavoce")


@dataclass(frozen=True, slots=True)
class _Generic:
    """A generic reference ("the rebels") resolved to a watched actor."""

    actor: Actor
    start: int
    end: int
    surface: str
    generic: bool = True


@lru_cache(maxsize=16)
def _months(months: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(tokens_rx(m) for m in months)


@lru_cache(maxsize=32)
def _word_rx(alternation: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A control change read in one sentence, before the article-level checks."""

    place: Place
    actor: Actor | None
    previous: Actor | None
    kind: str
    confidence: float
    claim: bool
    evidence: str


class Detector:
    """Detect control changes with matchers built once for a watchlist (see `make_detector`)."""

    def __init__(
        self, places: Sequence[Place], actors: Sequence[Actor], place_matcher: Any, actor_matcher: Any
    ) -> None:
        self.places = tuple(places)
        self.actors = {a.name: a for a in actors}
        self.place_matcher = place_matcher
        self.actor_matcher = actor_matcher

    def detect(
        self,
        title: str,
        text: str,
        published: datetime | None = None,
        article_id: str | None = None,
        lang: str | None = None,
    ) -> list[ControlEvent]:
        """Return one event per watched place that the article says has just changed hands."""
        title, text = title or "", text or ""
        # A title without final punctuation gets a full stop, so no name glues across the break.
        stop = "" if not title or title.rstrip()[-1:] in (".", "!", "?", '"', "»", "”") else "."
        doc = f"{title}{stop}\n\n{text}" if title and not text.startswith(title[:80]) else (text or title)
        # "Damascus-loyal forces", "Kyiv-based": a modifier, not the city.
        places = [
            m
            for m in self.place_matcher.find(doc)
            if not (doc[m.end : m.end + 1] in "-‐" and doc[m.end + 1 : m.end + 2].isalpha())
        ]
        if not places:
            return []
        lang = lang or detect_language(doc)
        lex = get_lexicon(lang)
        folded = fold(doc)
        countries = Counter(m.place.country for m in places)
        country = countries.most_common(1)[0][0]
        actors = self.actor_matcher.find(doc, country=country)
        actors = sorted([*actors, *self._insurgents(doc, folded, lex, country, actors)], key=lambda m: m.start)
        found: list[tuple[Candidate, int]] = []
        denials: list[tuple[int, set[str]]] = []
        sigs = [
            (n, start, end, make_signature(doc, start, end, places, actors, folded))
            for n, (start, end) in enumerate(split_sentences(doc))
        ]
        # An entry counts when the other side left, or when it met no resistance.
        withdrawal = any(lex.withdraw.search(sig.text) or _UNOPPOSED.search(sig.text) for _n, _s, _e, sig in sigs)
        for n, start, end, sig in sigs:
            if lex.denial.search(sig.text):
                names = set() if _CITY.search(sig.text) else {m.place.name for m in sig.places}
                denials.append((n, names))
            if not sig.places:
                continue
            evidence = doc[start : min(end, len(title))] if stop and start < len(title) else doc[start:end]
            for cand in _read_sentence(sig, lex, evidence, published, self, withdrawal):
                found.append((cand, n))
        best: dict[str, Candidate] = {}
        for cand, n in found:
            if cand.claim and any(
                abs(dn - n) <= 2 and (cand.place.name in names or not names) for dn, names in denials
            ):
                continue
            if cand.actor is None:
                cand = _with_fallback(cand, actors, self)
            if cand.actor is None:
                continue
            old = best.get(cand.place.name)
            if old is None or cand.confidence > old.confidence:
                best[cand.place.name] = cand
        return [
            ControlEvent(
                place=c.place.name,
                country=c.place.country,
                controller=c.actor.name if c.actor else None,
                confidence=round(c.confidence, 2),
                claim=c.claim,
                evidence=c.evidence,
                lang=lang,
                previous=c.previous.name if c.previous else None,
                kind=c.kind,
                article_id=article_id,
            )
            for c in best.values()
        ]

    def government(self, country: str) -> Actor | None:
        """Return the actor marked as the government side in `country`, if exactly one."""
        govs = [a for a in self.actors.values() if a.government and country in a.countries]
        return govs[0] if len(govs) == 1 else None

    def _insurgents(
        self, doc: str, folded: str, lex: CompiledLexicon, country: str, actors: Sequence[Any]
    ) -> list[Any]:
        """Read "the rebels" as the single opponent of the government of `country`."""
        gov = self.government(country)
        rebel = self.opponent(gov, Place(name="", country=country)) if gov else None
        if rebel is None:
            return []
        rx = _word_rx(lex.lex.insurgents)
        taken = [(m.start, m.end) for m in actors]
        return [
            _Generic(rebel, m.start(), m.end(), doc[m.start() : m.end()])
            for m in rx.finditer(folded)
            if not any(a < m.end() and m.start() < b for a, b in taken)
        ]

    def valid(self, actor: Actor, place: Place) -> bool:
        """Say whether `actor` can hold `place` (it fights in that country, or anywhere)."""
        return not actor.countries or place.country in actor.countries

    def opponent(self, actor: Actor, place: Place) -> Actor | None:
        """Return the single opponent of `actor` able to hold `place`, else None."""
        opp = [a for a in self.actor_matcher.opponents(actor.name) if self.valid(a, place)]
        return opp[0] if len(opp) == 1 else None


def _read_sentence(
    sig: Signature,
    lex: CompiledLexicon,
    sentence: str,
    published: datetime | None,
    det: Detector,
    withdrawal: bool,
) -> list[Candidate]:
    """Return the candidates of one sentence (entries count only when the other side withdrew)."""
    out: list[Candidate] = []
    families = (
        ("capture", "fall", "withdraw", "nominal", "handover", "flag", "enter")
        if withdrawal
        else ("capture", "fall", "withdraw", "nominal", "handover", "flag")
    )
    if sig.tokens and sig.tokens[-1] == "?":  # a question asserts nothing
        return out
    for family in families:
        for m in getattr(lex, family).finditer(sig.text):
            i, j = sig.span(m)
            if _blocked(sig, lex, i, j, family):
                continue
            targets = _targets(sig, lex, i, j, family)
            for k in targets:
                if _old(sig, lex, i, max(j, k + 1), published):
                    continue
                place = sig.places[sig.place_at[k]].place
                actor, previous, conf, agent = _holder(sig, lex, i, j, k, family, place, det)
                if family == "withdraw" or (family == "handover" and not agent):
                    if actor is None:
                        continue
                    previous, actor = actor, det.opponent(actor, place)
                    if actor is None:
                        continue
                if family == "enter":
                    if _fighting(sig):
                        continue
                    conf *= 0.7
                kind = _kind(sig, lex, i, j, family)
                claim = _is_claim(sig, lex, i, actor)
                conf = conf * (0.65 if claim else 1.0)
                out.append(Candidate(place, actor, previous, kind, conf, claim, sentence.strip()))
    return out


_TIME = tokens_rx(
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|segunda|terca|quarta|quinta"
    r"|sexta|morning|night|evening|wochenende|weekend|matin|soir|nuit|manana|noche|morgen|abend|nacht"
)
_ONLY_TOOK = tokens_rx(r"n a fallu que|a suffi|took only|only took|it took just|basto|bastaron|reichten|genügten")
_HEDGE = tokens_rx(
    r"legally|formally|nominally|partially|partly|almost|nearly|practically|virtually|juridiquement|legalement"
    r"|formellement|partiellement|presque|pratiquement|quasiment|legalmente|formalmente|parcialmente|casi"
    r"|practicamente|rechtlich|formell|teilweise|fast|praktisch|nahezu|parzialmente|quasi|praticamente|quase"
)
_UNOPPOSED = tokens_rx(
    r"without (?:a fight|resistance|any resistance|fighting)|unopposed|sans (?:\w+ )?(?:resistance|combat|combattre)"
    r"|sin (?:\w+ )?(?:resistencia|combatir|luchar)|kampflos|ohne (?:\w+ )?(?:widerstand|gegenwehr|kampf|kämpfe)"
    r"|senza (?:\w+ )?(?:resistenza|combattere)|sem (?:\w+ )?(?:resistencia|combate|luta)"
)
_ALSO = tokens_rx(r"too|also|as well|aussi|egalement|también|tambien|auch|noch|ebenfalls|anche|pure|tambem")
_CONJ = frozenset(("and", "et", "y", "und", "e"))
_WITHOUT = frozenset(
    ("sin", "sans", "without", "ohne", "senza", "sem", "ninguna", "aucune", "no", "kein", "keinen")
)


def _fighting(sig: Signature) -> bool:
    """Say whether the sentence reports fighting ("without resistance" does not count)."""
    for m in _FIGHTING.finditer(sig.text):
        k = sig.index(m.start())
        if not any(t in _WITHOUT for t in sig.tokens[max(0, k - 3) : k]):
            return True
    return False


def _kind(sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str) -> str:
    if any(sig.at(lex.retake, x) for x in range(i, j)):
        return "retake"
    return {
        "capture": "capture",
        "fall": "fall",
        "withdraw": "withdrawal",
        "nominal": "fall",
        "enter": "entry",
        "handover": "handover",
        "flag": "capture",
    }[family]


def _clause_start(sig: Signature, i: int) -> int:
    k = i - 1
    while k >= 0 and sig.tokens[k] not in _STOP and sig.tokens[k] != ",":
        k -= 1
    return k + 1


def _blocked(sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str) -> bool:
    """Say whether negation, modality, intent, attempt, siege or denial governs the trigger."""
    lo = max(_clause_start(sig, i), i - 6)
    if any(sig.at(_HEDGE, k) for k in range(lo, i)):
        return True
    if _ONLY_TOOK.search(" ".join(sig.tokens[max(0, i - 14) : i])):
        return False
    for k in range(lo, i):
        if sig.at(lex.blockers, k):
            return True
    if family not in ("nominal", "fall"):
        return False
    seen_place = False
    for k in range(j, min(j + 6, len(sig.tokens))):
        if sig.tokens[k].startswith("@p") and not seen_place:
            seen_place = True
            continue
        if sig.tokens[k].startswith("@") or sig.tokens[k] in _STOP or sig.tokens[k] == ",":
            return False
        if sig.at(lex.blockers, k):
            return True
    return False


def _old(sig: Signature, lex: CompiledLexicon, i: int, j: int, published: datetime | None) -> bool:
    """Say whether the change is dated well before publication ("in 1996", "since", "last May")."""
    lo = max(0, i - 12, _clause_start(sig, i))
    hi, commas = j, 0
    while hi < min(len(sig.tokens), j + 14) and sig.tokens[hi] not in _STOP:
        if sig.tokens[hi] in _OBJ_REL or sig.tokens[hi] in ("qui", "who", "quien", "cui", "der"):
            break  # "..., a capital that Russia had captured early in the war": another clause
        commas += sig.tokens[hi] == ","
        if commas > 2:
            break
        hi += 1
    window = " ".join(sig.tokens[lo:hi])
    near = " ".join(sig.tokens[max(0, i - 35) : j + 15])
    years = [int(y) for y in _YEAR.findall(near)]
    if years and published is not None and min(years) < published.year and published.year not in years:
        return True
    if lex.past.search(window):
        return True
    if published is not None:
        for number, month in enumerate(_months(lex.lex.months), start=1):
            if month.search(window) and 1 <= (published.month - number) % 12 <= 10:
                return True
    return False


def _spans(sig: Signature, rx: re.Pattern[str], a: int, b: int) -> bool:
    """Say whether `rx` matches tokens a..b exactly ("homme fort")."""
    m = sig.at(rx, a)
    return m is not None and sig.index(m.end() - 1) == b


def _place_ok(sig: Signature, lex: CompiledLexicon, k: int) -> bool:
    """Say whether the place at token k stands for the city (not its airport, region, governor)."""
    nxt = sig.tokens[k + 1] if k + 1 < len(sig.tokens) else ""
    if sig.at(lex.not_city, k + 1) or (nxt == "s" and sig.at(lex.not_city, k + 2)):
        return False
    if (
        nxt.isalpha()
        and not sig.at(_LIST, k + 1)
        and not sig.at(lex.locative, k + 1)
        and sig.at(lex.not_city, k + 2)
    ):
        return False
    for link in range(max(1, k - 5), k):  # "the police headquarters in X", "le siège de la police de X"
        if any(sig.tokens[x] in (",", "and", "et", "y", "und", "e") for x in range(link + 1, k)):
            continue
        if (
            sig.at(_OF, link) or sig.at(lex.source, link) or sig.tokens[link] in ("d", "s", "der", "in")
        ) and (sig.at(lex.not_city, link - 1) or (link >= 2 and _spans(sig, lex.not_city, link - 2, link - 1))):
            return False
    return True


_PARTICIPLE = {
    "en": re.compile(r"\w+(?:ed|en)$"),
    "fr": re.compile(r"\w+(?:e|ee|es|ees|is|ise|ises)$"),
    "es": re.compile(r"\w+(?:ado|ada|ados|adas|ido|ida)$"),
    "pt": re.compile(r"\w+(?:ado|ada|ados|adas|ido|ida)$"),
    "it": re.compile(r"\w+(?:ato|ata|ati|ate|eso|esa|esi|ese)$"),
    "de": re.compile(r"\w+$"),
}


def _targets(sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str) -> list[int]:
    """Return the token indexes of the places the trigger at [i, j) bears on."""
    inside = [k for k in range(i + 1, j - 1) if k in sig.place_at and _place_ok(sig, lex, k)]
    if inside:
        return inside
    if family == "flag":  # "raised the flag in X": the place named nearest in the clause
        near = [k for k in range(max(0, i - 12), min(len(sig.tokens), j + 12)) if k in sig.place_at]
        return [min(near, key=lambda k: abs(k - i))] if near else []
    if family in ("capture", "withdraw"):  # "Homs, que reprenaient les rebelles", "Aleppo, which HTS took"
        for r in range(i - 1, max(0, i - 5), -1):
            if sig.tokens[r] in _OBJ_REL:
                p = r - 2 if r >= 2 and sig.tokens[r - 1] == "," else r - 1
                if p in sig.place_at:
                    return [p] if _place_ok(sig, lex, p) else []
                break
    right = _scan_right(sig, lex, j, family)
    if not right and family in ("capture", "nominal", "withdraw", "enter", "handover"):
        right = _the_city(sig, lex, j)
    if family == "nominal":
        return right
    passive = any(sig.at(lex.passive, x) for x in range(max(0, i - 3), i)) or sig.at(lex.agent, j) is not None
    if family == "capture" and not passive and any(x in sig.place_at for x in range(max(0, i - 3), i)):
        passive = bool(_PARTICIPLE.get(lex.lex.lang, _PARTICIPLE["en"]).match(sig.tokens[j - 1]))
    if family == "fall" or (family in ("capture", "handover") and passive) or lex.lex.verb_final:
        left = _scan_left(sig, lex, i)
        if left:
            return left + _gapped(sig, lex, j)
        for x in range(max(0, i - 3), i):  # "officials in Mosul say the city is now in the hands of"
            if sig.at(_CITY, x):
                named = {sig.places[sig.place_at[k]].place.name: k for k in range(0, x) if k in sig.place_at}
                if len(named) == 1:
                    return list(named.values())
        if family == "fall" and lex.lex.lang in ("es", "pt", "it", "fr"):
            return [k for k in right if k - j <= 2]
        if family == "fall":
            return []
    if family in ("capture", "withdraw", "enter", "handover"):
        return right
    return []


def _the_city(sig: Signature, lex: CompiledLexicon, j: int) -> list[int]:
    """Resolve "took control of the city" to the sentence's one watched place, named before."""
    for x in range(j, min(j + 5, len(sig.tokens))):
        m = sig.at(_CITY, x)
        if m:
            after = sig.index(m.end() - 1) + 1
            if after < len(sig.tokens) and (after in sig.place_at or sig.at(lex.source, after)):
                return []
            named = {sig.places[sig.place_at[k]].place.name: k for k in range(0, x) if k in sig.place_at}
            return list(named.values()) if len(named) == 1 else []
        if sig.tokens[x] in _STOP or x in sig.place_at or sig.at(lex.not_city, x):
            return []
    return []


def _gapped(sig: Signature, lex: CompiledLexicon, j: int) -> list[int]:
    """Return the place of an elliptic second clause: "Kandahar fell on Friday, and Herat too / noch Herat"."""
    x = j
    while x < len(sig.tokens) and sig.tokens[x] not in _STOP and sig.tokens[x] != ",":
        x += 1
    if x >= len(sig.tokens) or sig.tokens[x] != ",":
        return []
    segment = range(x + 1, min(len(sig.tokens), x + 10))
    for y in segment:
        if sig.tokens[y] in _STOP or sig.tokens[y] == ",":
            return []
        if y in sig.place_at:
            gap = range(x + 1, y)
            adverb = any(sig.at(_ALSO, g) for g in gap) or (y + 1 < len(sig.tokens) and sig.at(_ALSO, y + 1))
            clean = not any(sig.at(lex.locative, g) and not sig.at(_TIME, g + 1) for g in gap)
            return [y] if adverb and clean and _place_ok(sig, lex, y) else []
        if sig.at(lex.capture, y) or sig.at(lex.fall, y) or sig.at(lex.blockers, y) or y in sig.actor_at:
            return []
    return []


def _scan_right(sig: Signature, lex: CompiledLexicon, j: int, family: str) -> list[int]:
    found: list[int] = []
    k = j
    limit = j + 12
    while k < len(sig.tokens) and k < limit:
        t = sig.tokens[k]
        if k in sig.place_at:
            if not _place_ok(sig, lex, k):
                return found
            found.append(k)
            found += [x for x in _chain(sig, lex, k, +1) if _place_ok(sig, lex, x)]
            return found
        if t in _QUOTES:
            k += 1
            limit += 1
            continue
        if t in _STOP or (k in sig.actor_at and family != "nominal") or sig.at(_HEDGE, k):
            return found
        if sig.at(lex.not_city, k):  # "the province of Nineveh and its capital Mosul": a second object
            conj = next((x for x in range(k + 1, min(k + 8, len(sig.tokens))) if sig.tokens[x] in _CONJ
                         or sig.tokens[x] in _STOP or sig.at(lex.locative, x)), None)
            if conj is None or sig.tokens[conj] not in _CONJ:
                return found
            k, limit = conj + 1, conj + 6
            continue
        if (sig.at(lex.capture, k) and k > j) or (sig.at(lex.fall, k) and k > j):
            return found
        if sig.at(lex.locative, k) and sig.at(_TIME, k + 1):  # "on Friday", "am Sonntag"
            k += 2
            continue
        if sig.at(lex.locative, k) and not (family == "withdraw" and sig.at(lex.source, k)):
            return found
        k += 1
    return found


def _chain(sig: Signature, lex: CompiledLexicon, k: int, step: int) -> list[int]:
    """Return the places listed with the one at k ("Kunduz, Sar-e-Pul and Taloqan", "X of A, Y of B")."""
    out: list[int] = []
    x = k + step
    gap: list[str] = []
    while 0 <= x < len(sig.tokens):
        t = sig.tokens[x]
        if x in sig.place_at:
            if step > 0 and (
                sig.at(lex.locative, x - 1) or (sig.at(_OF, x - 1) and sig.at(_DIRECTION, x - 2))
            ):
                gap.append(t)  # "Kunduz, in Kunduz province, and Taloqan": an aside
                x += step
                continue
            short = len(gap) <= 3 and all(sig.at(_LIST, y) for y in _gap_idx(k, x, step))
            segments = re.sub(r"\([^()]*\)", " ", " ".join(gap)).split(",")
            before = sig.tokens[x - step] if 0 <= x - step < len(sig.tokens) else ""
            longest = max((len(seg.split()) for seg in segments), default=0)
            listed = (
                len(gap) <= 20
                and "," in gap
                and (longest <= 4 or (longest <= 8 and before in ("and", "et", "y", "und", "e", "ou", "or", "o")))
                and bool(sig.at(_LIST, x - step))
            )
            if not (short or listed):
                break
            out.append(x)
            k, gap = x, []
        elif step > 0 and t in ("(", ")"):
            gap.append(t)  # "Ghazni, ... (150 km away), and Herat"
        elif (
            t in _STOP
            or x in sig.actor_at
            or (step < 0 and sig.at(lex.locative, x))
            or (step < 0 and sig.at(lex.blockers, x))
            or sig.at(lex.capture, x)
            or sig.at(lex.fall, x)
            or (step < 0 and sig.at(lex.not_city, x))
        ):
            break
        else:
            gap.append(t)
        x += step
    return out


def _gap_idx(a: int, b: int, step: int) -> range:
    return range(a + step, b, step) if step > 0 else range(b + 1, a)


def _scan_left(sig: Signature, lex: CompiledLexicon, i: int) -> list[int]:
    found: list[int] = []
    k = i - 1
    while k >= 0 and i - k <= 20:
        t = sig.tokens[k]
        if t in _STOP or sig.at(lex.capture, k) or sig.at(lex.fall, k) or sig.at(lex.not_city, k):
            break
        if k in sig.place_at:
            before = sig.tokens[k - 1] if k else ""
            if k and sig.at(lex.not_city, k - 1):  # "in der Region Donezk": a region, look further left
                k -= 2
                continue
            comma = k - 1
            while comma >= 0 and sig.tokens[comma] not in _STOP and sig.tokens[comma] != ",":
                comma -= 1
            of_what = before in ("of", "de", "d", "del", "di", "da", "von") and k >= 2
            if of_what and sig.at(lex.not_city, k - 2):
                break
            if (of_what and (sig.at(lex.locative, k - 2) or sig.at(_DIRECTION, k - 2))) or any(
                sig.at(lex.locative, x) and not sig.at(_CONTROL, x - 1) for x in range(max(comma + 1, k - 4), k)
            ):  # ", à 600 km à l'ouest de Kaboul,": an aside, the subject is further left
                if comma < 0 or sig.tokens[comma] != ",":
                    break
                k = comma - 1
                continue
            if _place_ok(sig, lex, k):
                found.append(k)
                found += [x for x in _chain(sig, lex, k, -1) if _place_ok(sig, lex, x)]
            break
        k -= 1
    return found


def _holder(
    sig: Signature, lex: CompiledLexicon, i: int, j: int, k: int, family: str, place: Place, det: Detector
) -> tuple[Actor | None, Actor | None, float, bool]:
    """Return (holder, previous holder, confidence, holder is an agent/recipient) for [i, j) and place k.

    For a withdrawal or a handover without recipient, `holder` is who left: the caller hands over
    to its opponent.
    """

    def actor_in(lo: int, hi: int) -> Actor | None:
        for x in range(max(lo, 0), min(hi, len(sig.tokens))):
            if x in sig.actor_at:
                a: Actor = sig.actors[sig.actor_at[x]].actor
                return a if det.valid(a, place) else None
        return None

    for x in range(i, j):  # "came under @a0 control"
        if x in sig.actor_at:
            return actor_in(x, x + 1), None, 0.9, True
    for start in (j, k + 1):
        if sig.at(lex.agent, start) or (
            family in ("fall", "nominal", "handover") and sig.at(lex.to_holder, start)
        ):
            m = sig.at(lex.agent, start) or sig.at(lex.to_holder, start)
            assert m is not None
            after = sig.index(m.end() - 1) + 1
            a = actor_in(after, after + 4)
            if a is not None:
                return a, None, 0.9, True
    if family == "fall":  # "kehrt unter die Kontrolle der Ukraine zurück": the holder follows
        for x in range(j, min(j + 3, len(sig.tokens))):
            if x in sig.actor_at:
                return actor_in(x, x + 1), None, 0.9, True
            if not sig.at(_OF, x) and sig.tokens[x] not in ("the", "la", "le", "el", "die", "den", "des", "der"):
                break
    if family == "nominal" and i >= 2 and sig.tokens[i - 1] == "s" and (i - 2) in sig.actor_at:
        return actor_in(i - 2, i - 1), None, 0.85, True
    previous = None
    subject = None
    skip_to = -1
    for x in range(i - 1, -1, -1):
        if skip_to >= 0 and x >= skip_to:
            continue
        if sig.tokens[x] == ")":  # "the Islamic State (IS) lost...": skip the brackets
            opening = sig.tokens.index("(", max(0, x - 12), x) if "(" in sig.tokens[max(0, x - 12) : x] else -1
            if opening >= 0:
                skip_to = opening
                continue
        if sig.tokens[x] in _QUOTES:
            continue
        if sig.tokens[x] in _STOP or sig.at(lex.pronouns, x):
            break
        if x < i - 1 and previous is not None and sig.at(lex.say, x):
            break  # "the army said the last group of rebels left X": the rebels left, not the army
        if sig.at(lex.after, x) and x >= i - 3:
            subject = _after_subject(sig, lex, k, place, det)
            if subject is not None:
                return subject, None, 0.85, False
            break
        if x in sig.actor_at:
            a = sig.actors[sig.actor_at[x]].actor
            if x > 0 and sig.at(lex.source, x - 1) and x < i - 1:  # "des rebelles entrés" is a subject
                previous = previous or a
                continue
            if det.valid(a, place):
                subject = a
                break
    if subject is None and previous is None:
        for x in range(max(j, k + 1), min(len(sig.tokens), k + 4)):
            if x in sig.actor_at and sig.at(lex.source, x - 1):
                previous = sig.actors[sig.actor_at[x]].actor
    if subject is None and previous is not None and family != "withdraw":
        subject = det.opponent(previous, place)
    elif subject is None and previous is not None:  # "die letzte Gruppe von Rebellen habe X verlassen"
        subject, previous = previous, None
    conf = 0.85 if family == "nominal" else 0.9
    return subject, previous, (conf if subject else 0.7), False


def _after_subject(sig: Signature, lex: CompiledLexicon, k: int, place: Place, det: Detector) -> Actor | None:
    """Return the subject of the main clause in "after capturing X, the rebels…"."""
    for x in range(k + 1, min(len(sig.tokens), k + 12)):
        if sig.tokens[x] in _STOP:
            return None
        if x in sig.actor_at and not sig.at(lex.source, x - 1):
            a: Actor = sig.actors[sig.actor_at[x]].actor
            return a if det.valid(a, place) else None
    return None


def _is_claim(sig: Signature, lex: CompiledLexicon, i: int, actor: Actor | None) -> bool:
    """Say whether the sentence reports the new holder's own claim rather than a confirmed fact."""
    if lex.claim.search(sig.text):
        return True
    said = [x for x in range(0, i) if sig.at(lex.say, x)]
    if not said:
        return False
    if _SPOKES.search(" ".join(sig.tokens[: said[-1]])):
        return True
    return any(x in sig.actor_at and sig.actors[sig.actor_at[x]].actor == actor for x in range(0, said[-1]))


def _with_fallback(cand: Candidate, actors: Sequence[Any], det: Detector) -> Candidate:
    """Name the holder from the whole article when the sentence names none.

    The actor able to hold the place that the article mentions most, preferring the
    government side for a recapture and the other side for a capture or a fall.
    """
    counts = Counter(m.actor.name for m in actors if det.valid(m.actor, cand.place))
    want_gov = cand.kind == "retake"
    if want_gov and not any(det.actors[n].government for n in counts):
        gov = det.government(cand.place.country)
        if gov is not None:
            return Candidate(
                cand.place, gov, cand.previous, cand.kind, cand.confidence * 0.8, cand.claim, cand.evidence
            )
    if not counts:
        return cand
    preferred = [n for n in counts if det.actors[n].government == want_gov] if det.actors else []
    if not preferred:
        return cand
    name = max(preferred, key=lambda n: counts[n])
    return Candidate(
        cand.place,
        det.actors[name],
        cand.previous,
        cand.kind,
        cand.confidence * 0.85,
        cand.claim,
        cand.evidence,
    )


def make_detector(watchlist: Any) -> Detector:
    """Build a Detector for a Watchlist: place and actor matchers are made once, here."""
    return Detector(
        watchlist.places, watchlist.actors, PlaceMatcher(watchlist.places), ActorMatcher(watchlist.actors)
    )


def detect_control_changes(
    title: str, text: str, published: datetime | None, watchlist: Any, matchers: Detector | None = None
) -> list[ControlEvent]:
    """Return the control changes an article reports (builds a Detector when none is given)."""
    det = matchers or make_detector(watchlist)
    return det.detect(title, text, published)
