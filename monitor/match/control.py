"""Decide which watched cities an article says have just changed hands, and to whom (pure).

The article is read whole. Its language is identified first: one without a grammar here (Dutch,
Swahili…) is not read. Then, over the headline and the text: the watched places and actors;
"the city", "cette ville", "die Stadt" and plural pronoun subjects resolved to what was named
before (`monitor.match.references`, `reading._antecedent`); a capital that speaks or has forces
read as its government. Each sentence (the title is one too) gives candidates
(`monitor.match.reading`): a control-change trigger of the language
(`monitor.match.expressions`), the watched places it bears on (`monitor.match.targets`), the
new holder from the clause's roles, refused under negation, modality, intent, orders,
encirclement or denial, or when dated well before publication. Article-level resolution then
drops a claim that the rest of the article contradicts and an inferred holder when an unwatched
group took the city, and keeps one event per place: the later one when two holders compete
(pluperfect gives way), else the strongest (a fact over a claim), and with it the ally a joint
capture names (`monitor.match.joint`). `Detector.read(...,
explain=True)` returns the trace of these stages (`monitor.match.explain`). Denials across the
article are in `monitor.match.article_denials`, the holder guessed from the whole article in
`monitor.match.guessed_holders`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache, lru_cache
from typing import Any

from monitor.match.actors import ActorMatcher
from monitor.match.article_denials import (
    Denial,
    background_titles,
    contradicts,
    denied_claims,
    denies,
    find_denials,
    retorted,
)
from monitor.match.asides import aside_start
from monitor.match.begun import begun_withdrawals, unfinished_titles
from monitor.match.calm import calm
from monitor.match.capitals import capital_places, may_name_ruled, resolve_capitals
from monitor.match.carried import opening_subject
from monitor.match.clitics import resolve_enclitics
from monitor.match.copies import ReadingMemo
from monitor.match.demonyms import CAPITALS, COUNTRY_NAMES, DEMONYMS
from monitor.match.derived import DerivedTables, export_tables, install_tables
from monitor.match.era import dated_by_sentence_before, followed_by_since_then
from monitor.match.explain import Note, Reading
from monitor.match.expressions import LANGUAGES, CompiledLexicon, get_change_cues, get_lexicon, written
from monitor.match.federal import rebind_bare_federal
from monitor.match.guessed_holders import with_fallback
from monitor.match.headline_sides import headline_sides, with_headline_side
from monitor.match.held_before import PREFECTS, held_before
from monitor.match.holders import sentence_context, subject_of
from monitor.match.joint_pass import JointPass, walkable
from monitor.match.lang import clear_language, identify_language, rank_languages, split_sentences
from monitor.match.late_background import drop_late_background
from monitor.match.link_lines import drop_link_lines
from monitor.match.normalize import fold as normal_fold
from monitor.match.normalize import prepare
from monitor.match.one_pass import SentenceTriggers
from monitor.match.paragraph_dates import told_under_an_old_date
from monitor.match.places import PlaceMatcher, PlaceMention
from monitor.match.raids import attacked_and_left, left_after_raid, left_and_came_back, taken_and_left
from monitor.match.reading import Candidate, fighting, governed, read_sentence
from monitor.match.references import (
    noun_heads,
    resolve_dropped_objects,
    resolve_dropped_subjects,
    resolve_references,
    stands_for_government,
)
from monitor.match.sides import COUNTRY_KEYS, force_code, state_code
from monitor.match.signature import TOKEN, Sentences, Signature, fold, headline_dash_as_colon
from monitor.match.since import may_be_dated_state, with_recent_controls
from monitor.match.tied_leaders import tied_leader_mentions
from monitor.match.told_after import attributed_after
from monitor.match.unwatched_subjects import opens_on_unwatched_force, watched_force_named
from monitor.match.watchlist import drop_actor_words
from monitor.match.word_scan import WordPattern, heads
from monitor.match.words import (
    ATTACKED,
    DESERTED,
    EXPELLED_SIDE,
    LEADERS,
    PLURAL_PRONOUNS,
    STOP,
    UNOPPOSED,
    WITHDRAWAL_NOUN,
    yielded,
)
from monitor.model import Actor, ControlEvent, Place


@dataclass(frozen=True, slots=True)
class _Generic:
    """A generic reference ("the rebels") resolved to a watched actor."""

    actor: Actor
    start: int
    end: int
    surface: str
    generic: bool = True


_ADJECTIVE_ENDING = re.compile(r"(?:isch|ist|istisch|lich|ig|treu|nah|los|et)(?:e|en|er|es|em)$")

_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
# Every country's name, folded ("libya", "libye"): before "'s rebels" it names no group.
_COUNTRY_NAME_KEYS = frozenset().union(*COUNTRY_KEYS.values())

# Words that open a sentence before "rebels" without naming a group.
_COMMON_OPENERS = frozenset(
    [
        "the",
        "these",
        "those",
        "some",
        "many",
        "other",
        "armed",
        "islamist",
        "islamists",
        "jihadist",
        "opposition",
        "rebel",
        "allied",
        "local",
        "les",
        "des",
        "ces",
        "certains",
        "plusieurs",
        "autres",
        "los",
        "las",
        "unos",
        "unas",
        "otros",
        "varios",
        "die",
        "der",
        "den",
        "einige",
        "viele",
        "andere",
        "bewaffnete",
        "i",
        "gli",
        # the other articles: "Le forze ribelli", "La guérilla", "A guerrilha" (an article names nobody)
        "le",
        "la",
        "el",
        "il",
        "lo",
        "o",
        "a",
        "an",
        "alcuni",
        "os",
        "as",
        "alguns",
    ]
)


def _mention(place: Place, start: int, end: int, surface: str) -> PlaceMention:
    return PlaceMention(place, start, end, surface, 1.0)


@lru_cache(maxsize=32)
def _word_rx(alternation: str) -> WordPattern:
    return WordPattern(alternation)


def insurgent_heads() -> dict[str, int]:
    """Return where a word for "the rebels" (`Lexicon.insurgents`) may start, in every language,
    as the detector's walk reads the article (a blank, then the letters of `word_scan.heads`,
    folded by `normalize.fold`), each with its length; {} when a language's are unknown.

    `finditer` of a language's words found each of a dozen three-letter prefixes with `str.find`
    over the whole article (~50 µs on a slow core); the walk made anyway finds these few heads.
    """
    out: dict[str, int] = {}
    for lang in LANGUAGES:
        found = heads(written(lang).insurgents)
        if found is None:
            return {}
        out.update((normal_fold(" " + head), len(head) + 1) for head in found)
    return out



def _note_dropped(notes: list[Note] | None, cand: Candidate, reason: str) -> None:
    """Note, when notes are asked for, that an article-level check dropped `cand` and why."""
    if notes is not None:
        holder = cand.actor.name if cand.actor else None
        notes.append(Note("candidate", cand.sentence, cand.evidence, cand.place.name, holder, cand.trigger,
                          False, reason, cand.holder_from()))

def _leader_word(token: str) -> bool:
    """Say whether a token names a head of the side, German genitives too ("des Präsidenten",
    "des Gouverneurs"): his flight is the side's."""
    return token in LEADERS or (token.endswith("en") and token[:-2] in LEADERS) or (
        token.endswith("s") and token[:-1] in LEADERS
    )


class Detector:
    """Detect control changes with matchers built once for a watchlist (see `make_detector`)."""

    def __init__(
        self, places: Sequence[Place], actors: Sequence[Actor], place_matcher: Any, actor_matcher: Any,
        joint: JointPass | None = None, walked: Mapping[str, int] = {},
    ) -> None:
        self.places = tuple(places)
        self._joint = joint
        # `joint`'s sides after the names': where words of a kind may start ("nouns", "rebels",
        # "capitals": `make_detector`)
        self._walked = dict(walked)
        self.actors = {a.name: a for a in actors}
        self._governed = _governed(self.actors.values())
        self.place_matcher = place_matcher
        self.actor_matcher = actor_matcher
        self._demonyms = _demonym_table(self.actors.values())
        self._capitals = capital_places(self.places)
        self._adjectives = {fold(f) for langs in DEMONYMS.values() for forms in langs.values() for f in forms}
        self._copies = ReadingMemo()  # a copy of a text read before is not read again
        # Where an actor may also hold a city: the countries of the governments it fights ("Ethiopia"
        # fighting "Eritrea" takes Barentu although the watchlist says it fights in Ethiopia).
        self._invades = {
            a.name: frozenset(c for o in actor_matcher.opponents(a.name) if o.government for c in o.countries)
            for a in actors
        }

    def _noun_starts(self, doc: str) -> list[int] | None:
        """Return where a town noun of "the city" may start in `doc` (`references.noun_heads`):
        the blank before it."""
        return self._walked_starts(doc, "nouns", 0)

    def _insurgent_starts(self, doc: str) -> list[int] | None:
        """Return where a word for "the rebels" may start in `doc` (`insurgent_heads`)."""
        return self._walked_starts(doc, "rebels", 1)

    def _walked_starts(self, doc: str, words: str, shift: int) -> list[int] | None:
        """Return where `words` may start in `doc`, from the walk that found its names (each head's
        end less its length, blank included, plus `shift`); None without a walk of them, or for a
        text not in NFC form (the walk read another string, of other offsets)."""
        side = self._walked.get(words)
        if self._joint is None or side is None or prepare(doc) is not doc:
            return None
        return [end - length + shift for end, length in self._joint.hits(" " + normal_fold(doc), side)]

    def forget_copies(self) -> None:
        """Forget the texts read so far, so that a copy is read again (benchmarks time reading)."""
        self._copies.clear()

    def __getstate__(self) -> tuple[dict[str, Any], DerivedTables]:
        return self.__dict__, export_tables()  # a loaded detector need not compute them again

    def __setstate__(self, state: tuple[dict[str, Any], DerivedTables]) -> None:
        attributes, tables = state
        self.__dict__.update(attributes)
        install_tables(tables)

    @staticmethod
    def _told_in_an_earlier_year(
        cand: Candidate,
        sentences: Sentences,
        lex: CompiledLexicon,
        published: datetime | None,
        in_title: set[int],
        notes: list[Note] | None,
    ) -> bool:
        """Say whether a change is told in the earlier year of the sentence before (`era`), noting it."""
        n = cand.sentence
        if n is None or n < 1 or n in in_title:
            return False
        words = cand.trigger.partition(": ")[2]
        why = dated_by_sentence_before(sentences.text(n - 1), sentences.text(n), words, lex, published)
        if why:
            _note_dropped(notes, cand, f"dated before publication ({why})")
        return bool(why)

    def _after_unwatched_force(self, sentences: Sentences, n: int) -> bool:
        """Say whether the sentence before n names no watched side and opens on an unwatched foreign
        force (`unwatched_subjects`): the subject a pronoun or a dropped subject of n stands for."""
        if n < 1 or (n - 1 in sentences.naming and sentences.signature(n - 1).actors):
            return False
        tokens = sentences.text(n - 1).split()
        if not any(t in self._adjectives for t in tokens[: 5]):
            return False
        watched = set(self._demonyms)
        names = [name for a in self.actors.values() for name in (a.name, *a.aliases)]
        watched |= {word for name in names for word in fold(name).split()}
        return opens_on_unwatched_force(tokens, self._adjectives, watched)

    def _force_before(self, sentences: Sentences, n: int, country: str) -> Actor | None:
        """Return the watched side whose force or armour the sentence before n names by nationality
        when it names no watched side otherwise: "Seit Sonntag stehen syrische Panzer auf
        jordanischem Boden. Sie haben Ramtha überrollt": "sie" are the Syrian tanks."""
        if n < 1 or (n - 1 in sentences.naming and sentences.signature(n - 1).actors):
            return None
        code = watched_force_named(sentences.text(n - 1).split(), _nationality_codes())
        return self.actor_matcher.nation_side(code, country) if code is not None else None

    @staticmethod
    def _told_under_an_old_date(
        cand: Candidate,
        sentences: Sentences,
        lex: CompiledLexicon,
        published: datetime | None,
        in_title: set[int],
        notes: list[Note] | None,
    ) -> bool:
        """Say whether a change is told under the old date its paragraph opened on (`paragraph_dates`),
        noting it; not a report or a claim, which tells the news in the past."""
        n = cand.sentence
        if n is None or cand.reported or cand.claim:
            return False
        why = told_under_an_old_date(sentences, n, cand.trigger.partition(": ")[2], lex, published, in_title)
        if why:
            _note_dropped(notes, cand, f"background: {why}")
        return bool(why)

    @staticmethod
    def _told_before_since_then(
        cand: Candidate,
        sentences: Sentences,
        lex: CompiledLexicon,
        notes: list[Note] | None,
    ) -> bool:
        """Say whether the sentence after a change tells what has happened since (`era`), noting it."""
        n = cand.sentence
        if n is None or n + 1 >= len(sentences.spans) or cand.claim:
            return False
        if not followed_by_since_then(sentences.text(n), sentences.text(n + 1), lex):
            return False
        _note_dropped(notes, cand, "background: the next sentence tells what has happened since")
        return True

    def _side_left(self, sentences: Sentences, n: int, lex: CompiledLexicon, scans: SentenceTriggers) -> bool:
        """Say whether a watched side is said to withdraw in sentence `n`: its name or nationality
        next to the verb, or driven out in the sentence of the entry ("entered X, pushing the RSF
        out"; not "the rebels expelled the junta from X … the soldiers returned to the town")."""
        if EXPELLED_SIDE.search(sentences.text(n)) and scans.has("enter", n):
            return True
        if not scans.has("withdraw", n):
            return False  # most sentences: no signature needed
        sig = sentences.signature(n)
        for m in lex.withdraw.finditer(sig.text):
            i, j = sig.span(m)
            before: list[int] = []
            aside: list[int] = []  # read, not counted: "El general X, jefe del ejército afgano, ha huido"
            k = i - 1
            while k >= 0 and len(before) < 10:  # back to another verb of the lexicon, over an aside
                # "troops, who …, left", "troupes, démoralisées …, s'étaient repliées"
                opening = aside_start(sig.tokens, k) if len(before) <= 2 and not aside else None
                if opening is not None:
                    aside = list(range(opening + 1, k))
                    k = opening - 1
                    continue
                if sig.tokens[k] in STOP or any(sig.at(rx, k) for rx in (lex.enter, lex.capture, lex.fall)):
                    break
                before.append(k)
                k -= 1
            after = range(j, min(len(sig.tokens), j + 4))
            pronoun = any(sig.at(lex.pronouns, k) for k in before[:3])  # "dopo che queste si erano ritirate"
            if pronoun and any(k in sig.actor_at for k in range(i)):
                return True  # the pronoun stands for a side named before it
            if any(
                k in sig.actor_at or self.demonym(sig.tokens[k]) or sig.tokens[k] in LEADERS
                for k in before + aside
            ) or any(
                (
                    k in sig.actor_at
                    and (
                        sig.actors[sig.actor_at[k]].generic
                        or not sig.at(lex.source, k - 1)
                        or sig.tokens[i] in WITHDRAWAL_NOUN  # "la retirada del Estado Islámico"
                    )
                )
                or sig.tokens[k] in self._adjectives
                for k in after
            ):
                return True
            if sig.tokens[i] in WITHDRAWAL_NOUN and any(_leader_word(sig.tokens[k]) for k in after):
                return True  # "nach der Flucht des Präsidenten", "after the flight of the governor"
        return False

    def demonym(self, token: str) -> Actor | None:
        """Return the actor a nationality word stands for ("ukrainienne" -> Ukraine), if any."""
        return self._demonyms.get(token)

    def side_named(self, phrase: str, place: Place) -> Actor | None:
        """Return the watched side a whole phrase names where `place` is ("Tanzanian troops")."""
        found = self.actor_matcher.find(phrase, country=place.country)
        whole = len(found) == 1 and found[0].start == 0 and found[0].end == len(phrase)
        return found[0].actor if whole and self.valid(found[0].actor, place) else None

    def detect(
        self,
        title: str,
        text: str,
        published: datetime | None = None,
        article_id: str | None = None,
        lang: str | None = None,
    ) -> list[ControlEvent]:
        """Return one event per watched place that the article says has just changed hands."""
        return list(self.read(title, text, published, article_id, lang).events)

    def read(
        self,
        title: str,
        text: str,
        published: datetime | None = None,
        article_id: str | None = None,
        lang: str | None = None,
        explain: bool = False,
    ) -> Reading:
        """Read an article: its events, its language and, with `explain`, the trace of each stage."""
        if explain:
            return self._read(title, text, published, article_id, lang, [])
        return self._copies.read(title, text, published, article_id, lang,
                                 lambda: self._read(title, text, published, article_id, lang, None))

    def _read(self, title: str, text: str, published: datetime | None, article_id: str | None,
              lang: str | None, notes: list[Note] | None) -> Reading:
        explain = notes is not None
        title, text = title or "", text or ""
        # "Read more: Rebels seize X" is another story's headline; "Correction: …" is about the page
        text, dropped = drop_link_lines(text)
        if notes is not None:
            notes += [Note("sentence", text=line, kept=False, reason=why) for line, why in dropped]
        # A title without final punctuation gets a full stop, so no name glues across the break.
        stop = "" if not title or title.rstrip()[-1:] in (".", "!", "?", '"', "»", "”") else "."
        doc = f"{title}{stop}\n\n{text}" if title and not text.startswith(title[:80]) else (text or title)
        # "Damascus-loyal forces", "Kyiv-based": a modifier, not the city.
        places = [
            m
            for m in self.place_matcher.find(doc)
            if not (doc[m.end : m.end + 1] in "-‐" and doc[m.end + 1 : m.end + 2].isalpha())
        ]
        folded = ""
        if self._capitals and ("apital" in doc or "auptstadt" in doc or may_name_ruled(doc)):
            folded = fold(doc)  # "the Afghan capital" may be its only name
            places = resolve_capitals(doc, folded, places, self._capitals, _mention)
        if not places and not explain:  # most articles name no watched city: no language to identify
            return Reading((), lang or "", True)
        folded = folded or fold(doc)
        other = None
        if lang is None:
            lang, other = _language(doc, folded, places)
        if other is not None:
            reason = f"written in '{other}', a language without a grammar here: not read"
            if notes is not None:
                notes.append(Note("language", text=other, kept=False, reason=reason))
            return Reading((), other, False, tuple(notes or ()))
        if notes is not None:
            notes.append(Note("language", text=lang, kept=True))
        if not places:
            return Reading((), lang, True, tuple(notes or ()))
        lex = get_lexicon(lang)
        countries = Counter(m.place.country for m in places)
        country = countries.most_common(1)[0][0]
        places, speaking = self._capitals_speaking(places, doc, folded)
        actors: list[Any] = rebind_bare_federal(self.actor_matcher.find(doc, country=country))
        actors += tied_leader_mentions(doc, actors)  # "UNITA leader Savimbi" … "Savimbi's men"
        actors = sorted(
            [*actors, *self._insurgents(doc, folded, lex, country, actors), *speaking], key=lambda m: m.start
        )
        actors = self._this_war(actors, country)
        named = frozenset(m.actor.name for m in actors)
        found: list[Candidate] = []
        spans = split_sentences(doc)
        headline_end = len(title) if title and doc.startswith(title) else 0
        places = resolve_references(doc, folded, places, spans, headline_end, self._noun_starts(doc))
        places = resolve_dropped_subjects(doc, folded, places, actors, spans, lex.fall)
        places = resolve_dropped_objects(folded, lang, places, actors, spans)  # "… took control", "… took it"
        if lang == "pt":
            places = resolve_enclitics(doc, places, spans)  # "tomaram-na": the town named before
        if lang == "de":  # "Übergang nach Alsen – Sonderburg in preußischer Hand": two clauses
            folded = headline_dash_as_colon(doc, folded, headline_end, {m.start for m in places})
        # Most sentences name nothing watched: they are read (as text) only when an entry or a
        # claim needs the article around it.
        sentences = Sentences(doc, folded, spans, places, actors)
        scans = SentenceTriggers(lex, sentences.text)  # each family scanned once a sentence (`one_pass`)
        with_places = [n for n in sentences.naming if sentences.signature(n).places]
        # Only a sentence naming a place and holding a trigger can yield a candidate
        # (`read_sentence` opens on the same gate): in most articles naming a watched city, none
        # does, and the rest of the reading (who left, the article-level checks) has nothing to
        # weigh. In explain mode the sentences read are still noted.
        triggered = {n for n in with_places if scans.may_trigger(n)}
        if not triggered and notes is None:
            return Reading((), lang, True)
        # An entry (or a side holding a city now: "occupent X") counts when a watched side left
        # ("le retrait russe", not "the US withdrawal"), when it met no resistance, or when the
        # side inside gave the city up and no fighting goes on (`YIELDED`); an entry alone is
        # no change (a raid, a push amid fighting: dev and corpora 1, 2 lose precision with it).
        # `read_sentence` weighs these for entries alone, so they are looked for only when a
        # sentence it reads has an entry verb.
        entries = any(scans.has("enter", n) for n in triggered)  # "enter" is a trigger family
        left = [entries and self._side_left(sentences, n, lex, scans) for n in range(len(spans))]
        withdrawal = any(left) or (  # (every sentence's text in one search: `Sentences.joined`)
            entries and any(rx.search(sentences.joined()) for rx in (UNOPPOSED, DESERTED))
        )
        settled = False  # nothing contests the entries: a plain one alone is a change (`calm`)
        if entries and not withdrawal and yielded(sentences.joined()):
            # the garrison gave up, a flag went up: an entry is a change unless fighting goes on
            withdrawal = not any(fighting(sentences.signature(n)) for n in range(len(spans)))
        elif entries and not withdrawal:
            settled = calm(sentences, lex)
        context: list[Actor] = []
        dated: set[str] = set()  # places whose change the body dates before publication
        titled = bool(title) and doc.startswith(title)
        in_title = {n for n, (start, _end) in enumerate(spans) if titled and start < len(title)}
        beaten: list[Actor] = []  # sides said to withdraw or flee: whom a dispatch's "our troops" beat
        last = -1
        for n in sentences.naming:
            sig = sentences.signature(n)
            loser = subject_of(sentences.signature(last), lex) if last >= 0 else None
            if loser is not None and scans.has("withdraw", last):
                beaten.append(loser)
            last = n
            if not sig.places:
                context += sentence_context(sig, lex)
                continue
            start, end = spans[n]
            evidence = doc[start : min(end, len(title))] if stop and start < len(title) else doc[start:end]
            if notes is not None:
                notes.append(Note("sentence", n, evidence.strip(), reason=_mentions(sig)))
            if n not in triggered:  # no trigger: no candidate, no note of `read_sentence`
                context += sentence_context(sig, lex)
                continue
            left_nearby = any(left[n : n + 2])
            # ("Then Sudanese militias crossed the border. They overran X": not the last watched side)
            foreign = self._after_unwatched_force(sentences, n)
            carried = [] if foreign else context
            force = self._force_before(sentences, n, country)  # "Syrische Panzer … Sie haben Y überrollt"
            carried = [*carried, force] if force is not None else carried
            read = read_sentence(
                sig, lex, evidence, published, self, withdrawal, left_nearby, notes, n, carried, entries,
                None if n in in_title else dated,
                [c for c in found if c.sentence == n - 1],
                opening_subject(sentences.signature(n - 1), lex) if n - 1 in sentences.naming else None,
                beaten,
                settled,
                scans,
            )
            found += [c for c in read if not (foreign and _taken_by_the_force_before(c, sig, notes))]
            context += sentence_context(sig, lex)
            # "Los serbios abandonaron la ciudad. Al día siguiente entraron en Y": a side that has just
            # left a city is not who a dropped subject or "they" next takes a city for.
            gone = {c.previous for c in found
                    if c.sentence == n and c.trigger.startswith("withdraw") and c.previous is not None}
            context = [a for a in context if a in gone] + [a for a in context if a not in gone]
        if not found and notes is None:
            return Reading((), lang, True)  # no candidate: the article-level checks weigh none
        found = [c for c in found
                 if not self._told_in_an_earlier_year(c, sentences, lex, published, in_title, notes)]
        found = [c for c in found
                 if not self._told_under_an_old_date(c, sentences, lex, published, in_title, notes)]
        found = [c for c in found if not retorted(c, sentences, lex, notes)]
        found = [c for c in found if not self._told_before_since_then(c, sentences, lex, notes)]
        found = drop_late_background(found, sentences, lex, published, in_title, notes, dated)
        found = [attributed_after(c, sentences) for c in found]  # "X fue tomada. Así lo anunció…"
        raids = [c for c in found if taken_and_left(c, notes)]
        found = [c for c in found if c not in raids and not left_after_raid(c, raids)]
        found = [c for c in found if not attacked_and_left(c, notes) and not left_and_came_back(c, notes)]
        found = background_titles(found, in_title, dated, notes)
        if in_title and any(c.sentence in in_title and c.trigger.startswith("withdraw") for c in found):
            found = unfinished_titles(found, in_title, begun_withdrawals(sentences, lex, in_title), notes)
        found = [_next_subject(c, sentences, lex, self, published) if c.actor is None else c for c in found]
        # Denials matter to claims only.
        denials = find_denials(sentences, lex, published) if any(c.claim or c.reported for c in found) else []
        # Who lost a place is never given it by the fallback (found only when it is needed).
        unheld = [c for c in found if c.actor is None]
        leaving = _leaving(sentences, scans) if unheld else []
        losers = {c.place.name: self._losers(c.place, found, sentences, lex, leaving) for c in unheld}
        # "Les Prussiens à Amiens" over "Amiens a été occupé par les troupes du général X"
        sides = {k: v for n in sorted(in_title) if unheld and n in sentences.naming
                 for k, v in headline_sides(sentences.signature(n)).items()}
        if sides:
            found = [with_headline_side(c, sides, losers[c.place.name][0], self) if c in unheld else c
                     for c in found]
        counted: list[Counter[Actor]] = []

        def nations() -> Counter[Actor]:  # read only by the fallback's last resort
            if not counted:
                counted.append(self._nations(sentences))
            return counted[0]

        # the sides opening a sentence that tells a taking or an entry, of a watched city or not
        # ("I ribelli jihadisti sono entrati a …, hanno conquistato diversi quartieri")
        # ("The RSF attacked X on Saturday. The city fell on Sunday": the attacker too)
        takers = frozenset(
            side
            for n in sentences.naming
            if scans.has("capture", n) or scans.has("enter", n) or _attacks(sentences.signature(n))
            for side in (opening_subject(sentences.signature(n), lex),)
            if side is not None
        ) if unheld else frozenset()
        lead = _lead(sentences, len(in_title))
        events = self._resolve(found, named, denials, actors, losers, nations, notes, takers, lead)
        # a joint capture: the holder's ally named with it holds the place too (`joint`)
        events += [replace(c, actor=c.partner, partner=None) for c in events if c.partner is not None]
        return Reading(
            tuple(
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
                for c in events
            ),
            lang,
            True,
            tuple(notes or ()),
        )

    def _resolve(
        self,
        found: Sequence[Candidate],
        named: frozenset[str],
        denials: Sequence[Denial],
        actors: Sequence[Any],
        losers: dict[str, tuple[set[Actor], set[Actor]]],
        nations: Callable[[], Counter[Actor]],
        notes: list[Note] | None,
        subjects: frozenset[Actor] = frozenset(),
        lead: int = 1,
    ) -> list[Candidate]:
        """Keep one candidate per place after the article-level checks, noting each decision.

        `subjects`: the sides opening a sentence that tells a taking or an entry (see `takers`);
        `lead`: the index of the article's lead sentence (`_lead`).
        """

        def note(cand: Candidate, kept: bool, reason: str) -> None:
            if notes is not None:
                holder = cand.actor.name if cand.actor else None
                where, said = cand.place.name, cand.evidence
                step = Note("candidate", cand.sentence, said, where, holder, cand.trigger, kept, reason,
                            cand.holder_from())
                notes.append(step)

        # "Karen rebels took Myawaddy after junta soldiers surrendered": an unwatched group took
        # the town, so the junta's one watched opponent is not inferred as its holder unless the
        # article names it (a government returning to its own city needs no naming).
        unnamed = {c.place.name for c in found if c.unnamed}
        # the sides a clause names as taking a place (not one inferred from who left): a guess for a
        # change told late may go to them (`guessed_holders._weak_late_guess`)
        takers = subjects | frozenset(
            c.actor for c in found if c.actor is not None and not c.inferred and not c.guessed
        )
        denied = denied_claims(found, denials)  # restated as a report, each falls with the claim
        best: dict[str, Candidate] = {}
        for cand in found:
            n = cand.sentence if cand.sentence is not None else 0
            if cand.reported and not cand.claim and (cand.place.name, cand.actor) in denied:
                note(cand, False, "a report of a claim the article denies")
                continue
            if (
                cand.inferred
                and cand.actor is not None
                and cand.place.name in unnamed
                and cand.actor.name not in named
                and not cand.actor.government
            ):
                note(cand, False, "an unwatched group took it; the inferred holder is not named")
                continue
            if (cand.claim and any(denies(d, cand, n) for d in denials)) or (
                cand.reported and not cand.claim and any(contradicts(d, cand, n) for d in denials)
            ):
                # a denial naming the place, or by another side, holds over the rest of the article
                note(cand, False, "a claim the article denies")
                continue
            if cand.actor is None:
                loss, left = losers.get(cand.place.name, (set(), set()))
                by_unwatched = cand.place.name in unnamed
                cand = with_fallback(cand, actors, self, loss, nations, by_unwatched, left, takers, lead)
            if cand.actor is None:
                note(cand, False, "no watched actor can be its holder")
                continue
            old = best.get(cand.place.name)
            if old is None or _wins(cand, old):
                if old is not None:
                    note(old, False, f"{_why_not(old, cand)} for the place follows")
                    cand = _with_partner(cand, old)
                best[cand.place.name] = cand
            else:
                note(cand, False, f"{_why_not(cand, old)} for the place came first")
                best[cand.place.name] = _with_partner(old, cand)
        for cand in best.values():
            note(cand, True, "claim" if cand.claim else "")
        return list(best.values())

    def _losers(
        self,
        place: Place,
        found: Sequence[Candidate],
        sentences: Sentences,
        lex: CompiledLexicon,
        leaving: Sequence[int],
    ) -> tuple[set[Actor], set[Actor]]:
        """Return the sides the article says lost `place`: a candidate's `previous`, or the subject
        of a withdrawal in a sentence about it (naming it or "the city", and no other watched place:
        "The RSF pulled out of the city") or about no watched place ("Jordanian units were pulling
        back across the river": their front gave way); and those of them said to leave the place
        itself (a candidate's `previous` or a sentence about it), who gave it to their opponent."""
        out = {c.previous for c in found if c.place == place and c.previous is not None}
        out |= {a for a in held_before(place, sentences) if self.valid(a, place)}
        here = set(out)
        for n in leaving:
            text = sentences.text(n)
            sig = sentences.signature(n)
            if any(m.place != place for m in sig.places):
                continue
            verbs = (lex.enter, lex.capture, lex.fall)
            named = bool(sig.places or _CITY_NOUN.search(text))
            after = not named and _right_after(found, sentences, n, place)
            about = named or after
            reach = 11 if about else 5  # elsewhere, the subject only
            for m in lex.withdraw.finditer(text):
                i, _j = sig.span(m)
                if after and any(sig.at(lex.blockers, x) for x in range(max(0, i - 3), i)):
                    continue  # "O prazo para abandonar o poder": an aim, no side has left yet
                agent = self._withdrawal_agent(sig, lex, _j)
                if agent is not None and self.valid(agent, place):
                    out.add(agent)  # "entered X, evacuated overnight by the Ottoman battalions": who left
                    if about:
                        here.add(agent)
                    continue
                for k in range(i - 1, max(-1, i - reach), -1):  # the subject, back to another verb
                    if sig.tokens[k] in STOP or any(sig.at(rx, k) for rx in verbs):
                        break
                    side = sig.actors[sig.actor_at[k]].actor if k in sig.actor_at else None
                    if side is None and k + 1 < i:
                        side = self.demonym(sig.tokens[k])  # "Jordanian units were pulling back"
                    if side is None and sig.tokens[k] in PREFECTS:
                        side = self.government(place.country)  # "le préfet avait quitté la ville"
                    if side is not None:
                        out.add(side)
                        if about:
                            here.add(side)
                owner = _withdrawal_owner(sig, i) if sig.tokens[i] in WITHDRAWAL_NOUN else None
                if owner is not None:  # "tombée après le retrait de l'armée afghane": who withdrew
                    out.add(owner)
                    if about:
                        here.add(owner)
        return out, here

    def _withdrawal_agent(self, sig: Signature, lex: CompiledLexicon, j: int) -> Actor | None:
        """Return the agent of a passive withdrawal ending at j ("évacuée dans la nuit par les
        bataillons ottomans", "abandoned by the army"): the side that left, not the subject before."""
        for y in range(j, min(j + 5, len(sig.tokens))):
            if sig.tokens[y] in STOP or sig.tokens[y] == ",":
                return None
            found = sig.at(lex.agent, y)
            if found is None:
                continue
            after = sig.index(found.end() - 1) + 1
            for x in range(after, min(after + 4, len(sig.tokens))):
                if x in sig.actor_at:
                    actor: Actor = sig.actors[sig.actor_at[x]].actor
                    return actor
                nation = self.demonym(sig.tokens[x])
                if nation is not None:
                    return nation
            return None
        return None

    def _nations(self, sentences: Sentences) -> Counter[Actor]:
        """Count the sides named by a nationality word in the article ("Israeli columns")."""
        demonyms = self._demonyms  # only its words are counted: most of an article's are none
        # (filtered in C: a generator's test of each of an article's ~500 words cost ~1% of a reading)
        words = Counter(filter(demonyms.__contains__, sentences.joined().split()))
        out: Counter[Actor] = Counter()
        # In the article's order, not a set's: a tie between two sides goes to the one named first
        # (a set of words is ordered by the hash seed, so the holder changed from run to run).
        for word, count in words.items():
            actor = self._demonyms.get(word)
            if actor is not None:
                out[actor] += count
        return out

    def _capitals_speaking(
        self, places: list[Any], doc: str, folded: str
    ) -> tuple[list[Any], list[_Generic]]:
        """Read a capital that speaks or has forces ("Kiev a annoncé", "forces de Kiev") as its government.

        Watched or not: "Baku announces the capture of X" is Azerbaijan's claim when Azerbaijan's
        government is a watched side, though nobody watches Baku.
        """
        kept: list[Any] = []
        speaking: list[_Generic] = []
        for m in places:
            # the name first: most places named are no capital, and what stands around them is
            # then not read (two regex searches a mention)
            capital = _is_capital(m.place.name, m.place.country)
            gov = self.government(m.place.country) if capital and stands_for_government(
                folded, m.start, m.end) else None
            if gov is not None:
                speaking.append(_Generic(gov, m.start, m.end, m.surface))
            else:
                kept.append(m)
        governed = self._governed
        pattern = _capitals_of(governed)
        if pattern is not None:
            starts = self._walked_starts(doc, "capitals", 1)
            for found in pattern.finditer(folded) if starts is None else pattern.matches_at(folded, starts):
                start, end = found.span()
                watched = any(m.start < end and start < m.end for m in places)
                if watched or not doc[start : start + 1].isupper():
                    continue  # a common word ("praia"), or a watched place's own mention
                gov = self.government(_capital_country(governed, found.group(0)))
                if gov is not None and stands_for_government(folded, start, end):
                    speaking.append(_Generic(gov, start, end, doc[start:end]))
        return kept, speaking

    def government(self, country: str) -> Actor | None:
        """Return the actor marked as the government side in `country`, if exactly one."""
        govs = [a for a in self.actors.values() if a.government and country in a.countries]
        return govs[0] if len(govs) == 1 else None

    def junta(self, place: Place) -> Actor | None:
        """Return the side whose soldiers seize power in a coup where `place` is: the one watched side
        named as the country's military ("Gabonese junta", "Military Council for …")."""
        junta: Actor | None = self.actor_matcher.military_of(place.country)
        return junta

    def _insurgents(
        self, doc: str, folded: str, lex: CompiledLexicon, country: str, actors: Sequence[Any]
    ) -> list[Any]:
        """Read "the rebels" as the opponent of the government of `country`.

        With several opponents (the Houthis and the southern separatists), the one the article
        names; none when it names none or several. A state at war with the government (the
        Netherlands against the Republic of Indonesia) is never its rebels: with it left out, one
        opponent may remain ("the Madiun rebels").
        """
        gov = self.government(country)
        if gov is None:
            return []
        where = Place(name="", country=country)
        rebels = [a for a in self.actor_matcher.opponents(gov.name) if self.valid(a, where)]
        if len(rebels) > 1:
            named = {m.actor.name for m in actors if not getattr(m, "generic", False)}
            named |= self.actor_matcher.leaders_named(doc)  # "O dr. Getulio Vargas lançou um manifesto"
            states = self.actor_matcher.state_sides()
            rebels = [a for a in rebels if a.name in named] or [a for a in rebels if a not in states]
        if len(rebels) != 1:
            return []
        rebel = rebels[0]
        rx = _word_rx(lex.lex.insurgents)
        taken = [(m.start, m.end) for m in actors]
        joined = {m.end: m.actor for m in actors}  # "YPG-Kämpfer": fighters of the side before the hyphen
        out = []
        starts = self._insurgent_starts(doc)
        for m in rx.finditer(folded) if starts is None else rx.matches_at(folded, starts):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if self._other_nations(folded, m.start(), m.end(), gov, rebel):
                continue  # "preußische Kämpfer", "combattants prussiens": that state's, not the rebels
            owner = joined.get(m.start() - 1) if doc[m.start() - 1 : m.start()] in ("-", "‐", "‑") else None
            if owner is None:
                owner = self._army_joined(folded, m.start(), joined, gov)
            if owner is None:
                owner = self._army_backed(folded, m.start(), actors)
            if owner is not None:
                out.append(_Generic(owner, m.start(), m.end(), doc[m.start() : m.end()]))
            elif not self._named_group(doc, folded, m.start()) and not _qualified_by_other(
                folded, m.start(), m.end(), actors, rebel
            ):
                out.append(_Generic(rebel, m.start(), m.end(), doc[m.start() : m.end()]))
        return out

    def _other_nations(self, folded: str, start: int, end: int, gov: Actor, rebel: Actor) -> bool:
        """Say whether the word right before or after a generic word is the nationality of a watched
        side other than the government and its rebels (not "Syrian rebels": the state's own)."""
        before = folded[:start].rstrip().rpartition(" ")[2]
        after = folded[end:].lstrip().partition(" ")[0]
        sides = (self.demonym(before), self.demonym(after))
        return any(s is not None and s != gov and s != rebel for s in sides)

    def _this_war(self, actors: list[Any], country: str) -> list[Any]:
        """Drop generic references to the government's war when the article names only the sides
        of another war in the same country.

        A watchlist may follow two wars of one country (a mutiny of 1857 and an annexation of
        1948): in an article that names the mutineers and the Company, "the insurgents" or "the
        army" mean them, not the government of the other war or its enemy.
        """
        named = {m.actor.name for m in actors if not getattr(m, "generic", False)}
        war = self.another_war(named, country)
        if not war:
            return actors
        return [m for m in actors if not (getattr(m, "generic", False) and m.actor.name in war)]

    def another_war(self, named: Iterable[str], country: str) -> frozenset[str]:
        """Return the sides of the government's war in `country` when the article names (`named`)
        none of them but names a side of another war fought there; else nothing."""
        gov = self.government(country)
        if gov is None:
            return frozenset()
        war = self._war_of(gov)
        named = set(named)
        where = Place(name="", country=country)
        others = {
            a.name for a in self.actors.values() if a.name not in war and a.countries and self.valid(a, where)
        }
        return war if others & named and not war & named else frozenset()

    def _war_of(self, actor: Actor) -> frozenset[str]:
        """Return the sides linked to `actor` by enmity, its enemies' enemies too (its allies)."""
        war = {actor.name}
        todo = [actor.name]
        while todo:
            for a in self.actor_matcher.opponents(todo.pop()):
                if a.name not in war:
                    war.add(a.name)
                    todo.append(a.name)
        return frozenset(war)

    def _army_joined(self, folded: str, start: int, ends: dict[int, Actor], gov: Actor) -> Actor | None:
        """Return the state side joined by "and" to the generic word at `start`, if any: a watched
        one, or the government `gov` when its police or soldiers are named by their trade.

        "Police and paramilitaries stormed X", "la Policía Nacional y grupos paramilitares",
        "Polizisten und Paramilitärs": one subject, the armed men fight beside the state's forces,
        so they are its own, not its enemies.
        """
        joined = _AND_BEFORE.search(folded, max(0, start - 40), start)
        owner = ends.get(joined.start()) if joined is not None else None
        if owner is None and joined is not None and _STATE_FORCE_BEFORE.search(folded, 0, joined.start()):
            return gov  # "Policías y paramilitares toman X": the state's police, unwatched, and its militias
        return owner if owner is not None and self.is_army(owner) else None

    def _army_backed(self, folded: str, start: int, actors: Sequence[Any]) -> Actor | None:
        """Return the state side the generic word at `start` backs, if any.

        "Les forces de l'ordre, appuyées par des groupes paramilitaires, ont repris X", "police,
        backed by militias": the armed men help the state's force named just before, so they are
        its own, though nearer the verb.
        """
        allied = _ALLIED_AFTER_SIDE.search(folded, max(0, start - 30), start)
        if allied is not None:  # "die mit der Armee verbündeten Milizen": the side right before
            owner = next((m.actor for m in actors if m.end == allied.start() - 1), None)
            return owner if owner is not None and self.is_army(owner) else None
        backed = _BACKED_BEFORE.search(folded, max(0, start - 40), start)
        if backed is None:
            return None
        before = [m for m in actors if backed.start() - 40 <= m.end <= backed.start()]
        owner = max(before, key=lambda m: m.end).actor if before else None
        return owner if owner is not None and self.is_army(owner) else None

    def _named_group(self, doc: str, folded: str, start: int) -> bool:
        """Say whether a proper name qualifies the generic word at `start` ("Karen rebels").

        Such rebels are a group of their own, maybe unwatched, not the government's opponent;
        a nationality ("Syrian rebels") or a common word opening the sentence ("Armed rebels")
        does not name a group.
        """
        lo = max(0, start - 40)
        m = _PREVIOUS_WORD.search(doc[lo:start])
        if m is None or not m.group(1)[:1].isupper():
            return False
        if m.group(1).isupper() and doc[start : start + 3].isupper():
            return False  # "X EM PODER DOS REBELDES": an all-caps headline, whose case names nothing
        word = fold(m.group(1)).strip()
        if _ADJECTIVE_ENDING.search(word):
            return False  # "Islamistische", "Regierungsfeindliche", "Bewaffnete Rebellen": an adjective
        if word in self._adjectives or word in self._demonyms or word in _COMMON_OPENERS:
            return False
        if re.sub(r" s$", "", word) in _COUNTRY_NAME_KEYS:
            return False  # "Libya's rebels": the country's, not a group named so
        if word.startswith(("anti ", "pro ")):
            return False  # "Anti-government rebels", "Pro-Moscow rebels": what they fight for, no name
        before = doc[: lo + m.start()].rstrip(" \t\"'“«")
        if before and before[-1] not in ".!?:\n":
            return True  # capitalised inside a sentence: a name
        # Opening the sentence: a name unless the article also writes it in lower case.
        return re.search(rf"(?<!\w){re.escape(m.group(1).lower())}(?!\w)", doc) is None

    def is_army(self, actor: Actor) -> bool:
        """Say whether `actor` is a state's side: a government, or named after a country."""
        return actor.government or actor in self.actor_matcher.state_sides()

    def valid(self, actor: Actor, place: Place) -> bool:
        """Say whether `actor` can hold `place` (it fights in that country, or anywhere, or against
        that country's government)."""
        return (not actor.countries or place.country in actor.countries
                or place.country in self._invades.get(actor.name, ()))

    def opponent(self, actor: Actor, place: Place) -> Actor | None:
        """Return the single opponent of `actor` able to hold `place`, else None."""
        opp = self.opponents(actor, place)
        return opp[0] if len(opp) == 1 else None

    def opponents(self, actor: Actor, place: Place) -> list[Actor]:
        """Return the opponents of `actor` able to hold `place`: those that fight in its country,
        else those at war with that country's government (see `valid`)."""
        every = self.actor_matcher.opponents(actor.name)
        local = [a for a in every if not a.countries or place.country in a.countries]
        return local or [a for a in every if self.valid(a, place)]


# The state's police or soldiers named by their trade, right before "and" (`Detector._army_joined`).
_STATE_FORCE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:police(?:men)?|policias|policiers|poliziotti|policiais|polizisten|polizei|soldiers|soldats"
    r"|soldados|soldati|soldaten|troops|troupes|tropas|truppe|truppen|gendarmes|carabinieri)$"
)
# "and" between a state side and a generic word for armed men ("Police and paramilitaries").
_AND_BEFORE = re.compile(
    r" (?:and|et|y|e|und|ed) (?:des |les |los |las |die |gli |degli |i |os |as |the )?"
    r"(?:masked |armed |masques |armes |armados |encapuchados )?(?:grupos |groupes |gruppi |grupos de )?$"
)


# "backed by" between a state side and a generic word for armed men ("police, backed by militias").
# German allies named before their noun: "die mit der Armee verbündeten Milizen" (folded).
_ALLIED_AFTER_SIDE = re.compile(r"(?:verb(?:u|ü|ue)ndete[nrs]?|alliierte[nrs]?) $")
_BACKED_BEFORE = re.compile(
    r"(?:backed|supported|aided|appuyee?s?|soutenue?s?|epaulee?s?|apoyad[oa]s?|respaldad[oa]s?"
    r"|appoggiat[oaie]|sostenut[oaie]|affiancat[oaie]|apoiad[oa]s?|unterstutzt|flankiert) "
    r"(?:by|par|por|da|von) (?:the |des |les |los |las |de |dei |degli |di |os |as |der |den )?"
    r"(?:armed |armes |armados |armati )?(?:grupos |groupes |gruppi |grupos de )?$"
)


# "rebels of the MNDAA", "les rebelles du M23", "Rebellen der HTS": the group that follows.
_OF_GROUP = re.compile(
    r" (?:of|du|de|des|de la|del|de los|der|von|di|dei|do|dos)(?: the| la| l| los| las| le| les)? ?$"
)


# A German passive's agent: "von Rebellen der EPLF eingenommen" names one agent, the EPLF.
_AGENT_BEFORE = re.compile(r"(?:^|\s)(?:von|vom|durch)\s+$")


def _qualified_by_other(folded: str, start: int, end: int, actors: Sequence[Any], rebel: Actor) -> bool:
    """Say whether the generic word at [start, end) is followed by "of <another watched actor>",
    or stands in a passive's agent followed by "of <the same actor>" ("von Rebellen der EPLF
    eingenommen": one agent; two would leave the verb's agent unread). As a subject it stays,
    for "von" after it may be "from" ("Kämpfer von Boko Haram haben X eingenommen")."""
    for m in actors:
        if end < m.start <= end + 16 and _OF_GROUP.match(folded[end : m.start]):
            agent = _AGENT_BEFORE.search(folded[max(0, start - 8) : start]) is not None
            return bool(m.actor != rebel) or agent
    return False


@lru_cache(maxsize=256)
def _capital_names(country: str) -> frozenset[str]:
    """Return the folded names of `country`'s capital in every language."""
    return frozenset(fold(n) for forms in CAPITALS.get(country, {}).values() for n in forms)


@lru_cache(maxsize=4096)
def _is_capital(name: str, country: str) -> bool:
    """Say whether the place `name` of `country` is its capital (by any of its names' folds)."""
    return fold(name) in _capital_names(country)


def _governed(actors: Iterable[Actor]) -> frozenset[str]:
    """Return the countries whose government is a watched side."""
    return frozenset(c for a in actors if a.government for c in a.countries)


def capital_heads(countries: frozenset[str]) -> dict[str, int]:
    """Return where a name of the capital of one of `countries` may start (`_capitals_of`), as the
    detector's walk reads the article (see `insurgent_heads`); {} when unknown."""
    names = sorted({n for c in countries for n in _capital_names(c) if len(n) > 2})
    found = heads("|".join(re.escape(n) for n in names)) if names else None
    return {normal_fold(" " + head): len(head) + 1 for head in found or ()}


@lru_cache(maxsize=16)
def _capitals_of(countries: frozenset[str]) -> WordPattern | None:
    """Match, in folded text, the capital of any of `countries` in any language (longest first)."""
    names = sorted({n for c in countries for n in _capital_names(c) if len(n) > 2}, key=len, reverse=True)
    if not names:
        return None
    return WordPattern("|".join(re.escape(n) for n in names))


def _capital_country(countries: frozenset[str], name: str) -> str:
    """Return which of `countries` has `name` (folded) as its capital."""
    return next(c for c in sorted(countries) if name in _capital_names(c))


# What stands between a withdrawal noun and whose it is: "le retrait de l'armée", "der Abzug der Armee".
_OWNER_LINKS = frozenset(
    (
        *("of", "the", "de", "des", "du", "d", "l", "la", "le", "les", "del", "el", "los", "las"),
        *("der", "des", "die", "dell", "della", "dei", "degli", "delle", "do", "da", "dos", "das"),
    )
)


def _withdrawal_owner(sig: Any, i: int) -> Actor | None:
    """Return the side named right after the withdrawal noun at i ("the withdrawal of the army")."""
    for x in range(i + 1, min(i + 5, len(sig.tokens))):
        if x in sig.actor_at:
            side: Actor = sig.actors[sig.actor_at[x]].actor
            return side
        if sig.tokens[x] not in _OWNER_LINKS:
            return None
    return None


@cache
def _nationality_codes() -> dict[str, str]:
    """Map each nationality word (folded, any language) to its one country: "syrische" -> SY.
    Built once and shared by every detector."""
    codes: dict[str, set[str]] = {}
    for code, langs in DEMONYMS.items():
        for forms in langs.values():
            for form in forms:
                codes.setdefault(fold(form), set()).add(code)
    return {word: next(iter(found)) for word, found in codes.items() if len(found) == 1}


# Fewer words than this make a dateline line, not the lead: "Tumbes, 25 de julio.", "Rastatt, 13. Mai."
_DATELINE_WORDS = 6


def _attacks(sig: Signature) -> bool:
    """Say whether a sentence tells an attack on or a siege of a place it names, the place after the verb."""
    for m in ATTACKED.finditer(sig.text):
        end = sig.index(m.end() - 1) + 1
        if any(x in sig.place_at for x in range(end, min(end + 4, len(sig.tokens)))):
            return True
    return False


def _lead(sentences: Sentences, titled: int) -> int:
    """Return the index of the lead: the first sentence after the title (`titled`: how many
    sentences the title makes) that is not a short dateline line of its own."""
    lead = max(titled, 1)
    while lead < min(len(sentences.spans), titled + 3) and _words(sentences.text(lead)) < _DATELINE_WORDS:
        lead += 1
    return lead if lead < len(sentences.spans) else max(titled, 1)


def _words(text: str) -> int:
    """Count the words of a sentence's token text (not its punctuation tokens)."""
    return sum(1 for t in text.split() if t[:1].isalnum())


_FALLS = ("fall:", "nominal:", "capture:", "enter:")  # a change told without its taker


def _right_after(found: Sequence[Candidate], sentences: Sentences, n: int, place: Place) -> bool:
    """Say whether sentence `n` follows one telling a change of `place` alone (a fall, a taking or
    an entry) with no side: "X ist gefallen. Die Armee hat sich in den Osten zurückgezogen" tells
    who left X."""
    told = any(
        c.place == place and c.sentence == n - 1 and c.actor is None and c.trigger.startswith(_FALLS)
        for c in found
    )
    return told and {m.place for m in sentences.signature(n - 1).places} == {place}


def _leaving(sentences: Sentences, scans: SentenceTriggers) -> list[int]:
    """Return the sentences with a withdrawal verb (read once per article, for `Detector._losers`)."""
    return [n for n in range(len(sentences.spans)) if scans.has("withdraw", n)]


def _language(doc: str, folded: str, places: Sequence[Any] = ()) -> tuple[str, str | None]:
    """Identify the language: (supported language, the unsupported one the text is in or None).

    A headline ("Taliban seize Ghazni", "Kandahar falls") is too short for character
    statistics alone; a control-change word of one of the languages settles it.
    """
    lang, other = identify_language(doc)
    if len(doc) >= 300 or other is not None:
        return lang, other
    clear = clear_language(doc)
    if clear is not None:
        return clear, None
    # a watched place's name is no change word ("Die Renamo kontrolliert Caia": not the Spanish "caía")
    for m in places:
        folded = folded[: m.start] + " " * (m.end - m.start) + folded[m.end :]
    words = " ".join(TOKEN.findall(folded))
    for candidate in rank_languages(doc):
        if get_change_cues(candidate).search(words):
            return candidate, None
    return lang, None


def _wins(cand: Candidate, old: Candidate) -> bool:
    """Say whether `cand` replaces `old` for their place: the later one if their holders differ
    ("Russia had taken Kherson … Ukraine retook it", or each sentence names its day), then the one
    whose holder its sentence names ("Las tropas leales al presidente entraron en X … La caída de
    X …": not the holder the article fallback guesses for the fall), else the stronger one (a fact
    over a claim)."""
    if cand.actor != old.actor and cand.earlier != old.earlier:
        return old.earlier
    days = (cand.days_back, old.days_back)
    if cand.actor != old.actor and days[0] is not None and days[1] is not None and days[0] != days[1]:
        return days[0] < days[1]  # "took X on Saturday … On Sunday, the army retook the city"
    one_sentence = cand.sentence == old.sentence
    if cand.actor != old.actor and one_sentence and (cand.kind == "retake") != (old.kind == "retake"):
        # "Renamo seized X on Sunday but the army retook it on Tuesday", "the army retook X, which
        # Renamo seized in August": one sentence, a retaking undoes the other side's taking
        return cand.kind == "retake"
    if cand.actor != old.actor and cand.guessed != old.guessed:
        return old.guessed  # a holder read in its sentence over one guessed from the article
    return cand.confidence > old.confidence


def _with_partner(kept: Candidate, other: Candidate) -> Candidate:
    """Give `kept` the ally another telling of the same holder's capture names with it ("Tanzanian
    and Mozambican troops recaptured X" under a headline that names the holder alone)."""
    if kept.partner is None and other.partner is not None and other.actor == kept.actor:
        return replace(kept, partner=other.partner)
    return kept


def _why_not(loser: Candidate, winner: Candidate) -> str:
    """Say why one candidate for a place gave way to another: time first, then strength."""
    later = loser.earlier and not winner.earlier and loser.actor != winner.actor
    return "a later event" if later else "a stronger candidate"


def _mentions(sig: Any) -> str:
    """Say which watched places and actors a sentence names ("places: Herat; actors: Taliban")."""
    places = ", ".join(dict.fromkeys(m.place.name for m in sig.places))
    actors = ", ".join(dict.fromkeys(m.actor.name for m in sig.actors))
    return f"places: {places}" + (f"; actors: {actors}" if actors else "")


# A city noun in any form ("nella città", "in die Stadt"), or the stronghold it was for the side
# that lost it: the next sentence is about the place.
_CITY_NOUN = re.compile(
    r"(?<!\S)(?:city|town|capital|ville|capitale|ciudad|stadt|hauptstadt|citta|città|cidade|localite|localidad"
    r"|stronghold|bastion|fief|bastión|bastiao|bastião|roccaforte|hochburg|baluarte)(?!\S)"
)


def _next_subject(
    cand: Candidate, sentences: Sentences, lex: CompiledLexicon, det: Detector, published: datetime | None
) -> Candidate:
    """Give a change without a holder the side that enters or takes the place in the next sentence.

    "Nyala est tombée. L'armée soudanaise est entrée dans la ville à l'aube", "Nyala libérée !
    Les FSR sont entrées dans la ville dimanche": the holder is the subject of the entry, when
    the next sentence names this place or "the city" and no other watched place, and that subject
    can hold the place and is not the side that lost it. The clause after a semicolon or a colon
    of the change's own sentence is read the same way: "X cayó el lunes; las tropas del gobierno
    entraron en la ciudad". A side controlling the city since a recent time holds it too ("È caduta
    X. Le truppe federali controllano la città dal mattino").
    """
    n = cand.sentence if cand.sentence is not None else -1
    if n < 0:
        return cand
    own = sentences.signature(n)
    here = [x for x, t in enumerate(own.tokens) if t in (";", ":") and any(
        own.places[own.place_at[k]].place == cand.place for k in own.place_at if k < x)]
    if here:
        found = _entering(cand, own, here[0] + 1, lex, det, published)
        if found is not None:
            return found
    if n + 1 >= len(sentences.spans):
        return cand
    text = sentences.text(n + 1)
    told = lex.has("enter", text) or lex.has("capture", text) or may_be_dated_state(text, lex)
    if "@a" not in text or not told:
        return cand
    return _entering(cand, sentences.signature(n + 1), 0, lex, det, published) or cand


def _entering(
    cand: Candidate, sig: Any, lo: int, lex: CompiledLexicon, det: Detector, published: datetime | None
) -> Candidate | None:
    """Return the candidate held by the subject of an entry or capture in `sig` from token `lo` on,
    when that part names only this place or "the city"; None when it tells no such holder."""
    part = " ".join(sig.tokens[lo:])
    if "@a" not in part:
        return None
    places = [sig.places[sig.place_at[k]].place for k in sig.place_at if k >= lo]
    if any(p != cand.place for p in places) or not (places or _CITY_NOUN.search(part)):
        return None
    where = "a later clause" if lo else "next sentence"  # (for `--explain`'s holder_from)
    at = sig.starts[lo] if lo < len(sig.starts) else len(sig.text)
    controls = [(s, e, "capture") for s, e, _ in with_recent_controls(sig, lex, published, []) if s >= at]
    verbs = [(m.start(), m.end(), family) for family, rx in (("enter", lex.enter), ("capture", lex.capture))
             for m in rx.finditer(sig.text, at)]
    for start, end, family in verbs + controls:
        i, _j = sig.index(start), sig.index(end - 1) + 1
        aim = governed(sig, lex, i, _j, family)  # "The army vowed to retake the town": it lost it
        if aim and not any(sig.at(lex.retake, x) for x in range(i, _j)):
            continue
        for k in range(i - 1, max(lo - 1, i - 11), -1):  # back to the clause's start
            if sig.tokens[k] in STOP:
                break
            if k in sig.actor_at and not sig.at(lex.source, k - 1):
                actor = sig.actors[sig.actor_at[k]].actor
                if aim:  # who means to take it back lost it: its one opponent holds it
                    other = det.opponent(actor, cand.place)
                    if other is None or other == cand.previous or not det.valid(actor, cand.place):
                        return cand
                    return replace(cand, actor=other, previous=actor, confidence=cand.confidence * 0.7,
                                   found_by=f"{where}: the opponent of who means to retake it")
                if actor == cand.previous or not det.valid(actor, cand.place):
                    return cand
                return replace(cand, actor=actor, confidence=cand.confidence * 0.85,
                               found_by=f"{where}: the side that enters or takes it")
    return None


def _taken_by_the_force_before(cand: Candidate, sig: Signature, notes: list[Note] | None) -> bool:
    """Say whether a change with no holder opens on a plural pronoun that stands for the unwatched
    force of the sentence before ("They overran X"), noting it: no guess gives it to a watched side."""
    if cand.actor is not None or not sig.tokens or sig.tokens[0] not in PLURAL_PRONOUNS:
        return False
    if notes is not None:
        why = "its pronoun stands for the unwatched force of the sentence before"
        place = cand.place.name
        notes.append(Note("candidate", cand.sentence, cand.evidence, place, None, cand.trigger, False, why))
    return True


def _demonym_table(actors: Iterable[Actor]) -> dict[str, Actor]:
    """Map folded nationality adjectives and country names to the actor of that country.

    An actor stands for a country when it is named after it ("Russia"), else when it is its
    government side: where "Poland" is the government in Lithuania, "Lithuanian" still means
    "Lithuania". A word claimed by two actors is dropped.
    """
    actors = list(actors)
    own = {actor.name: state_code(actor, aliases=False) for actor in actors}
    named = {code for code in own.values() if code is not None}
    governed = _governed(actors) | named
    # an army named by its nationality alone ("Prussian army" fighting in Denmark), when no
    # government or state side claims that country: "preußische Husaren" are its own
    forces = {actor.name: code for actor in actors if (code := force_code(actor)) and code not in governed}
    table: dict[str, Actor] = {}
    clash: set[str] = set()
    for actor in actors:
        codes = {c for c in actor.countries if c not in named} if actor.government else set()
        code = own[actor.name] or forces.get(actor.name)
        if code is not None:  # "Russia", "Ottoman Empire", "Kingdom of Italy", "Prussian army"
            codes.add(code)
        for code in codes:
            for source in (DEMONYMS, COUNTRY_NAMES):
                for forms in source.get(code, {}).values():
                    for form in forms:
                        key = fold(form)
                        if key in table and table[key] != actor:
                            clash.add(key)
                        table[key] = actor
    return {k: v for k, v in table.items() if k not in clash}


def make_detector(watchlist: Any) -> Detector:
    """Build a Detector for a Watchlist: place and actor matchers are made once, here.

    A place's spellings that are words of an actor's name are dropped here, whatever built the
    watchlist (a file or the store), so a short form of "Hayat Tahrir al-Sham" is not Damascus.
    """
    places = tuple(drop_actor_words(place, watchlist.actors) for place in watchlist.places)
    place_matcher = PlaceMatcher(places)
    actor_matcher = ActorMatcher(watchlist.actors)
    # One walk for the places' names, the actors' and the town nouns of "the city" saves two in an
    # article naming a watched place; an item naming none (most news) pays for walking the
    # actors' keys too, more the smaller the watchlist: with the seed's ~50 places the places'
    # walk alone is ~2.3 µs an item quicker (5%), with 1,000 (a quarter as many keys as the
    # actors') ~0.9 µs, and then many more items name one. A small watchlist walks its places
    # alone, then the actors' names and the town nouns in one walk.
    # The words for "the rebels" and the names of the watched governments' capitals are found in
    # the same walk (`insurgent_heads`, `capital_heads`), each a side of its own after the names'.
    places, actors = place_matcher.automaton(), actor_matcher.automaton()
    governed = _governed({a.name: a for a in watchlist.actors}.values())  # as the Detector reads them
    words = {"nouns": noun_heads(), "rebels": insurgent_heads(), "capitals": capital_heads(governed)}
    words = {kind: heads for kind, heads in words.items() if heads}
    names = [places.items(), actors.items()] if len(places) * 4 >= len(actors) else [actors.items()]
    if len(names) == 1:
        walkable(places)
    joint = JointPass(*names, *(heads.items() for heads in words.values()))
    if len(names) == 2:
        place_matcher.share(joint, 0)
    actor_matcher.share(joint, len(names) - 1)
    walked = {kind: len(names) + k for k, kind in enumerate(words)}
    return Detector(place_matcher.places, watchlist.actors, place_matcher, actor_matcher, joint, walked)


def detect_control_changes(
    title: str, text: str, published: datetime | None, watchlist: Any, matchers: Detector | None = None
) -> list[ControlEvent]:
    """Return the control changes an article reports (builds a Detector when none is given)."""
    det = matchers or make_detector(watchlist)
    return det.detect(title, text, published)
