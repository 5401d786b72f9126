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
from typing import Any

from monitor.match.expressions import CompiledLexicon, get_lexicon, tokens_rx
from monitor.match.lang import detect_language, split_sentences
from monitor.match.signature import Signature, make_signature
from monitor.model import Actor, ControlEvent, Place

_STOP = frozenset(".;:!?()[]\"«»“”")
_LIST = tokens_rx(r",|and|et|y|e|und|sowie|ou|or|as well as|then|puis|luego|dann|poi|depois|&|the city of|la ville de")
_YEAR = re.compile(r"(?<!\S)(1[89]\d\d|20\d\d)(?!\S)")
_SPOKES = re.compile(r"spokes\w*|porte parole|portavoz|sprecher|portavoce")


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

    def __init__(self, places: Sequence[Place], actors: Sequence[Actor], place_matcher: Any,
                 actor_matcher: Any) -> None:
        self.places = tuple(places)
        self.actors = {a.name: a for a in actors}
        self.place_matcher = place_matcher
        self.actor_matcher = actor_matcher

    def detect(self, title: str, text: str, published: datetime | None = None,
               article_id: str | None = None, lang: str | None = None) -> list[ControlEvent]:
        """Return one event per watched place that the article says has just changed hands."""
        title, text = title or "", text or ""
        doc = f"{title}\n\n{text}" if title and not text.startswith(title[:80]) else (text or title)
        lang = lang or detect_language(doc)
        lex = get_lexicon(lang)
        places = self.place_matcher.find(doc)
        if not places:
            return []
        countries = Counter(m.place.country for m in places)
        actors = self.actor_matcher.find(doc, country=countries.most_common(1)[0][0])
        found: list[tuple[Candidate, int]] = []
        denials: list[tuple[int, set[str]]] = []
        spans = split_sentences(doc)
        for n, (start, end) in enumerate(spans):
            sig = make_signature(doc, start, end, places, actors)
            if not sig.places:
                continue
            if lex.denial.search(sig.text):
                denials.append((n, {m.place.name for m in sig.places}))
            for cand in _read_sentence(sig, lex, doc[start:end], published, self):
                found.append((cand, n))
        best: dict[str, Candidate] = {}
        for cand, n in found:
            if cand.claim and any(abs(dn - n) <= 2 and (cand.place.name in names or not names)
                                  for dn, names in denials):
                continue
            if cand.actor is None:
                cand = _with_fallback(cand, actors, self)
            if cand.actor is None:
                continue
            old = best.get(cand.place.name)
            if old is None or cand.confidence > old.confidence:
                best[cand.place.name] = cand
        return [
            ControlEvent(place=c.place.name, country=c.place.country, controller=c.actor.name if c.actor else None,
                         confidence=round(c.confidence, 2), claim=c.claim, evidence=c.evidence, lang=lang,
                         previous=c.previous.name if c.previous else None, kind=c.kind, article_id=article_id)
            for c in best.values()
        ]

    def valid(self, actor: Actor, place: Place) -> bool:
        """Say whether `actor` can hold `place` (it fights in that country, or anywhere)."""
        return not actor.countries or place.country in actor.countries

    def opponent(self, actor: Actor, place: Place) -> Actor | None:
        """Return the single opponent of `actor` able to hold `place`, else None."""
        opp = [a for a in self.actor_matcher.opponents(actor.name) if self.valid(a, place)]
        return opp[0] if len(opp) == 1 else None


def _read_sentence(sig: Signature, lex: CompiledLexicon, sentence: str, published: datetime | None,
                   det: Detector) -> list[Candidate]:
    """Return the candidates of one sentence."""
    out: list[Candidate] = []
    for family in ("capture", "fall", "withdraw", "nominal"):
        for m in getattr(lex, family).finditer(sig.text):
            i, j = sig.span(m)
            if _blocked(sig, lex, i, j, family) or _old(sig, lex, i, j, published):
                continue
            targets = _targets(sig, lex, i, j, family)
            for k in targets:
                place = sig.places[sig.place_at[k]].place
                actor, previous, conf = _holder(sig, lex, i, j, k, family, place, det)
                if family == "withdraw":
                    if actor is None:
                        continue
                    previous, actor = actor, det.opponent(actor, place)
                    if actor is None:
                        continue
                kind = _kind(sig, lex, i, family)
                claim = _is_claim(sig, lex, i, actor)
                conf = conf * (0.65 if claim else 1.0)
                out.append(Candidate(place, actor, previous, kind, conf, claim, sentence.strip()))
    return out


def _kind(sig: Signature, lex: CompiledLexicon, i: int, family: str) -> str:
    if sig.at(lex.retake, i):
        return "retake"
    return {"capture": "capture", "fall": "fall", "withdraw": "withdrawal", "nominal": "fall"}[family]


def _clause_start(sig: Signature, i: int) -> int:
    k = i - 1
    while k >= 0 and sig.tokens[k] not in _STOP and sig.tokens[k] != ",":
        k -= 1
    return k + 1


def _blocked(sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str) -> bool:
    """Say whether negation, modality, intent, attempt, siege or denial governs the trigger."""
    lo = max(_clause_start(sig, i), i - 6)
    for k in range(lo, i):
        if sig.at(lex.blockers, k):
            return True
    after = 4 if family in ("nominal", "fall") else 1
    return any(sig.at(lex.blockers, k) and sig.tokens[k] not in ("fighting",)
               for k in range(j, min(j + after, len(sig.tokens))) if not sig.tokens[k].startswith("@"))


def _old(sig: Signature, lex: CompiledLexicon, i: int, j: int, published: datetime | None) -> bool:
    """Say whether the change is dated well before publication ("in 1996", "since", "last May")."""
    lo, hi = max(0, i - 12), min(len(sig.tokens), j + 12)
    window = " ".join(sig.tokens[lo:hi])
    years = [int(y) for y in _YEAR.findall(window)]
    if years and published is not None and min(years) < published.year:
        return True
    if lex.past.search(window):
        return True
    if published is not None:
        for number, month in enumerate(lex.lex.months, start=1):
            if re.search(rf"(?<!\S)(?:{month})(?!\S)", window) and 1 <= (published.month - number) % 12 <= 10:
                return True
    return False


def _place_ok(sig: Signature, lex: CompiledLexicon, k: int) -> bool:
    """Say whether the place at token k stands for the city (not its airport, region, governor)."""
    nxt = sig.tokens[k + 1] if k + 1 < len(sig.tokens) else ""
    if sig.at(lex.not_city, k + 1) or (nxt == "s" and sig.at(lex.not_city, k + 2)):
        return False
    for b in range(max(0, k - 3), k):
        if sig.at(lex.not_city, b) and any(sig.at(lex.source, x) or sig.tokens[x] in ("d", "s")
                                           for x in range(b + 1, k)):
            return False
    return True


def _targets(sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str) -> list[int]:
    """Return the token indexes of the places the trigger at [i, j) bears on."""
    right = _scan_right(sig, lex, j, family)
    if family == "nominal":
        return right
    passive = any(sig.at(lex.passive, x) for x in range(max(0, i - 3), i)) or sig.at(lex.agent, j) is not None
    if family == "fall" or (family == "capture" and (passive or lex.lex.verb_final)):
        left = _scan_left(sig, lex, i)
        if left:
            return left
        if family == "fall" and lex.lex.lang in ("es", "pt", "it", "fr"):
            return [k for k in right if k - j <= 2]
        if family == "fall":
            return []
    if family in ("capture", "withdraw"):
        return right
    return []


def _scan_right(sig: Signature, lex: CompiledLexicon, j: int, family: str) -> list[int]:
    found: list[int] = []
    k = j
    limit = j + 9
    while k < len(sig.tokens) and k < limit:
        t = sig.tokens[k]
        if k in sig.place_at:
            if not _place_ok(sig, lex, k):
                return found
            found.append(k)
            k += 1
            gap = 0
            while k < len(sig.tokens) and (sig.at(_LIST, k) or k in sig.place_at) and gap < 4:
                if k in sig.place_at:
                    if _place_ok(sig, lex, k):
                        found.append(k)
                    gap = 0
                else:
                    gap += 1
                k += 1
            return found
        if t in _STOP or k in sig.actor_at and family != "nominal":
            return found
        if sig.at(lex.not_city, k) or sig.at(lex.capture, k) and k > j or sig.at(lex.fall, k) and k > j:
            return found
        if sig.at(lex.locative, k) and not (family == "withdraw" and sig.at(lex.source, k)):
            return found
        k += 1
    return found


def _scan_left(sig: Signature, lex: CompiledLexicon, i: int) -> list[int]:
    found: list[int] = []
    k = i - 1
    while k >= 0 and i - k <= 20:
        t = sig.tokens[k]
        if t in _STOP or sig.at(lex.capture, k) or sig.at(lex.fall, k):
            break
        if k in sig.place_at:
            before = sig.tokens[k - 1] if k else ""
            if sig.at(lex.locative, k - 1) or (before in ("of", "de", "d", "del", "di", "da", "von")
                                               and k >= 2 and sig.at(lex.not_city, k - 2)):
                break
            if _place_ok(sig, lex, k):
                found.append(k)
                while k > 0 and (sig.at(_LIST, k - 1) or (k - 1) in sig.place_at):
                    k -= 1
                    if k in sig.place_at and _place_ok(sig, lex, k):
                        found.append(k)
            break
        k -= 1
    return found


def _holder(sig: Signature, lex: CompiledLexicon, i: int, j: int, k: int, family: str, place: Place,
            det: Detector) -> tuple[Actor | None, Actor | None, float]:
    """Return (new holder, previous holder, confidence) for the trigger [i, j) and place k."""
    def actor_in(lo: int, hi: int) -> Actor | None:
        for x in range(max(lo, 0), min(hi, len(sig.tokens))):
            if x in sig.actor_at:
                a: Actor = sig.actors[sig.actor_at[x]].actor
                return a if det.valid(a, place) else None
        return None

    for x in range(i, j):  # "came under @a0 control"
        if x in sig.actor_at:
            return actor_in(x, x + 1), None, 0.9
    for start in (j, k + 1):
        if sig.at(lex.agent, start) or (family in ("fall", "nominal") and sig.at(lex.to_holder, start)):
            m = sig.at(lex.agent, start) or sig.at(lex.to_holder, start)
            assert m is not None
            after = sig.index(m.end() - 1) + 1
            a = actor_in(after, after + 4)
            if a is not None:
                return a, None, 0.9
    if family == "nominal":
        if i >= 2 and sig.tokens[i - 1] == "s" and (i - 2) in sig.actor_at:
            return actor_in(i - 2, i - 1), None, 0.85
    previous = None
    subject = None
    for x in range(i - 1, -1, -1):
        if sig.tokens[x] in _STOP:
            break
        if x in sig.actor_at:
            a = sig.actors[sig.actor_at[x]].actor
            if x > 0 and sig.at(lex.source, x - 1):
                previous = previous or a
                continue
            if det.valid(a, place):
                subject = a
                break
    if subject is None and family != "withdraw":
        for x in range(j, len(sig.tokens)):
            if sig.tokens[x] in _STOP:
                break
            if x in sig.actor_at and not sig.at(lex.source, x - 1):
                a = sig.actors[sig.actor_at[x]].actor
                if det.valid(a, place):
                    subject = a
                    break
    conf = 0.85 if family == "nominal" else 0.9
    return subject, previous, conf if subject else 0.7


def _is_claim(sig: Signature, lex: CompiledLexicon, i: int, actor: Actor | None) -> bool:
    """Say whether the sentence reports the new holder's own claim rather than a confirmed fact."""
    if any(sig.at(lex.claim, x) for x in range(0, i)):
        return True
    said = [x for x in range(0, i) if sig.at(_say(lex), x)]
    if not said:
        return False
    if _SPOKES.search(" ".join(sig.tokens[: said[-1]])):
        return True
    return any(x in sig.actor_at and sig.actors[sig.actor_at[x]].actor == actor for x in range(0, said[-1]))


def _say(lex: CompiledLexicon) -> re.Pattern[str]:
    return _SAY.get(lex.lex.lang, _SAY["en"])


_SAY = {
    "en": tokens_rx(r"said|says|say|tweeted|announced|stated"),
    "fr": tokens_rx(r"a declare|ont declare|affirme|affirment|a affirme|ont affirme|annonce|dit|a dit|ont dit"),
    "es": tokens_rx(r"dijo|dijeron|afirmo|afirmaron|aseguro|aseguraron|anuncio|anunciaron|declaro"),
    "de": tokens_rx(r"sagte|sagten|erklarte|erklarten|teilte|teilten|verkundete|verkundeten"),
    "pt": tokens_rx(r"disse|disseram|afirmou|afirmaram|anunciou|anunciaram|declarou"),
    "it": tokens_rx(r"ha detto|hanno detto|ha affermato|hanno affermato|ha annunciato|hanno annunciato"),
}


def _with_fallback(cand: Candidate, actors: Sequence[Any], det: Detector) -> Candidate:
    """Name the holder from the whole article when the sentence names none.

    The actor able to hold the place that the article mentions most, preferring the
    government side for a recapture and the other side for a capture or a fall.
    """
    counts = Counter(m.actor.name for m in actors if det.valid(m.actor, cand.place))
    if not counts:
        return cand
    want_gov = cand.kind == "retake"
    preferred = [n for n in counts if det.actors[n].government == want_gov] if det.actors else []
    if not preferred:
        return cand
    name = max(preferred, key=lambda n: counts[n])
    return Candidate(cand.place, det.actors[name], cand.previous, cand.kind, cand.confidence * 0.85,
                     cand.claim, cand.evidence)


def make_detector(watchlist: Any) -> Detector:
    """Build a Detector for a Watchlist: place and actor matchers are made once, here."""
    try:
        from monitor.match.actors import ActorMatcher
        from monitor.match.places import PlaceMatcher
    except ImportError:
        from monitor.match._standin import ActorMatcher, PlaceMatcher  # type: ignore[assignment]
    return Detector(watchlist.places, watchlist.actors, PlaceMatcher(watchlist.places),
                    ActorMatcher(watchlist.actors))


def detect_control_changes(title: str, text: str, published: datetime | None, watchlist: Any,
                           matchers: Detector | None = None) -> list[ControlEvent]:
    """Return the control changes an article reports (builds a Detector when none is given)."""
    det = matchers or make_detector(watchlist)
    return det.detect(title, text, published)
