"""A city held by a side since a recent day: the change is news (pure).

"Depuis dimanche, X est aux mains des talibans", "Seit Montag ist X in der Hand der Taliban",
"Since Tuesday X has been under Ukrainian control", "Desde el domingo X está en manos de…":
a state whose start is a day of this week ("dimanche", "gestern", "the weekend") or a date at
most `dates.RECENT_DAYS` before publication says the city changed hands then. "Depuis 2015",
"seit März", "since the start of the war" are background, and a state alone ("X is in the hands
of the army") or one that lasts ("est toujours aux mains", "sigue en manos") is no change.

The lexicons already read the state with its "since" after it ("est aux mains des X depuis
dimanche"); this module finds it wherever the "since" stands, as a fall trigger.
"""

from __future__ import annotations

import re
from datetime import datetime

from monitor.match.dates import dates_in, is_recent
from monitor.match.expressions import CompiledLexicon
from monitor.match.signature import Signature
from monitor.match.words import FORCE_NOUNS, OBJ_REL

# Being in a side's hands or under its control, after a copula (never "still", "noch", "toujours":
# those words stand between the copula and the state, where the patterns allow only a "since").
_STATE_AS_WRITTEN = {
    "en": r"(?:is|are|was|were|(?:has|have|had)(?: since(?: \S+){1,3}?)? been)"
    r" (?:in the hands of|under the control of|controlled by|held by|in (?:\S+ ){1,2}?hands"
    r"|under (?:\S+ ){1,2}?control)",
    "fr": r"(?:est|sont|etait|etaient|se trouve|se trouvent)(?: depuis(?: \S+){1,3}?)?"
    r" (?:aux mains|entre les mains|sous (?:le )?controle)",
    "de": r"(?:ist|sind|war|waren|steht|stehen|befindet sich|befinden sich) (?:@p\d+ )?(?:in der hand"
    r"|in den händen|in den handen|unter (?:der )?(?:\S+ )?kontrolle)",
    "es": r"(?:esta|estan|se encuentra|se encuentran)(?: desde(?: \S+){1,3}?)?"
    r" (?:en manos|bajo (?:el )?control)",
    "it": r"(?:e|sono|si trova|si trovano)(?: (?:da|dal|dalla)(?: \S+){1,3}?)?"
    r" (?:nelle mani|in mano|sotto (?:il )?controllo)",
    "pt": r"(?:esta|estao|se encontra|se encontram)(?: desde(?: \S+){1,3}?)?"
    r" (?:nas maos|em maos|sob (?:o )?control[eo])",
}

# A "since" inside the state names its time, never "still" ("est depuis dimanche toujours aux mains").
_SINCE_TOKENS = r"(?: \S+){1,3}?"
_NOT_STILL = r"(?: (?!(?:still|toujours|encore|todavia|aun|ancora|tuttora|ainda)(?!\S))\S+){1,3}?"
_STATE = {lang: rx.replace(_SINCE_TOKENS, _NOT_STILL) for lang, rx in _STATE_AS_WRITTEN.items()}

# Controlling a city (the side its subject, or the passive's agent): news only with a recent "since".
_CONTROL = {
    "en": r"(?:control|controls|(?:have|has|had) (?:controlled|held)"
    r"|(?:is|are|was|were|has been) controlled(?= by))",
    "fr": r"control(?:e|ent|ait|aient)|(?:est|sont) controlee?s?(?= par)|tienn?ent|tient",
    "es": r"control(?:a|an|aba|aban)|(?:esta|estan) controlad[oa]s?(?= por)",
    "de": r"kontrollier(?:en|t|te|ten)",
    "it": r"(?:controll|occup)(?:a|ano|ava|avano)|(?:e|sono) controllat[oaie](?= da)|tengono|tiene",
    "pt": r"control(?:a|am|ava|avam)|(?:esta|estao) controlad[oa]s?(?= pel)",
}
_CONTROL_RX = {lang: re.compile(rf"(?<!\S)(?:{rx})(?!\S)") for lang, rx in _CONTROL.items()}
_STILL = re.compile(
    r"(?:^|\s)(?:still|toujours|encore|todavia|aun|ancora|tuttora|ainda|noch|weiterhin)(?!\S)"
)

# "since" and a time that can only be recent: a day of the week, yesterday, the weekend, last night.
_SINCE = {
    "en": r"since (?:early |late |last )?",
    "fr": r"depuis (?:ce |le |cette |la nuit de )?",
    "de": r"seit (?:dem |vergangenem |letztem |vergangenen |letzten )?",
    "es": r"desde (?:el |este |la noche del |ayer )?",
    "it": r"(?:da|dal|dalla|dall|fin da) (?:ieri )?",
    "pt": r"desde (?:o |este |a noite de )?",
}
_RECENT = {
    "en": r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|the weekend|last night"
    r"|this morning|the morning|dawn|daybreak",
    "fr": r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|week end|weekend|matin|nuit|aujourd hui",
    "de": r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|wochenende|heute|der nacht"
    r"|dem morgen|dem morgengrauen|dem vormittag|dem mittag|dem nachmittag|dem abend",
    "es": r"lunes|martes|miercoles|jueves|viernes|sabado|domingo|ayer|hoy|fin de semana|(?:esta|la) manana"
    r"|anoche|la madrugada",
    "it": r"lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|ieri|oggi|stamattina|stamane"
    r"|questa mattina|fine settimana|weekend|mattino|mattina|alba",
    "pt": r"(?:segunda|terca|quarta|quinta|sexta)(?:[- ]feira)?|sabado|domingo|ontem|hoje|fim de semana"
    r"|(?:esta|a) manha|a madrugada",
}


def _compile(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {lang: re.compile(rf"(?<!\S)(?:{rx})(?!\S)") for lang, rx in table.items()}


def words_rx(words: str) -> re.Pattern[str]:
    r"""Compile `(?<!\S)(?:words)(?!\S)` for plain words separated by "|", each led by its first letter.

    The blank before a word is looked behind at from its first letter: a pattern that opens with
    a lookbehind is tried at every character of a text, one that opens with letters lets the
    regex engine skip to them in C (`trigger_gate` asks this of every sentence naming a place).
    The matches are the same.
    """
    return re.compile("|".join(rf"{w[0]}(?<!\S{w[0]}){w[1:]}(?!\S)" for w in words.split("|")))


_STATE_RX = _compile(_STATE)
_SINCE_WORDS = {
    "en": "since", "fr": "depuis", "de": "seit", "es": "desde", "it": "da|dal|dalla|dall", "pt": "desde"
}
_SINCE_WORD = {lang: words_rx(words) for lang, words in _SINCE_WORDS.items()}
_DAY_RX = _compile(_RECENT)
_RECENT_RX = _compile({lang: f"(?:{_SINCE[lang]})(?:{rx})" for lang, rx in _RECENT.items()})


# Words that open another clause between the "since" and the state: "Depuis dimanche, les FSR
# encerclent X, qui est aux mains de l'armée" dates the siege, not who holds X.
_OTHER_CLAUSE = re.compile(
    r"(?<!\S)(?:qui|que|which|that|who|where|die|der|das|wo|che|cui|dove|quien|donde|onde|;)(?!\S)"
)
# At most this many tokens between the "since" and the state before it ("Depuis le 9 août, X est")
# or after it ("X est aux mains des FSR depuis dimanche").
_NEAR_BEFORE = 8
_NEAR_AFTER = 4


def _recent_since(text: str, lex: CompiledLexicon, published: datetime | None) -> list[int]:
    """Return where each "since" of a signature's text that names a recent time starts ("depuis
    dimanche", "since June 29" three days before publication; not "since 2019")."""
    lang = lex.lex.lang
    if lang not in _SINCE_WORD:
        return []
    out = []
    for since in _SINCE_WORD[lang].finditer(text):
        if _RECENT_RX[lang].match(text, since.start()):
            out.append(since.start())
            continue
        if published is None:
            continue
        found = dates_in(text[since.end() : since.end() + 40], lex, published)
        if found and all(is_recent(when, published) for when in found):
            out.append(since.start())
    return out


def _states(
    text: str,
    lex: CompiledLexicon,
    published: datetime | None,
    table: dict[str, re.Pattern[str]] | None = None,
) -> list[re.Match[str]]:
    """Return the state phrases of a signature's text dated by a recent "since" of their clause
    (`table`: the control verbs instead of the states)."""
    rx = (table or _STATE_RX).get(lex.lex.lang)
    if rx is None or _SINCE_WORD[lex.lex.lang].search(text) is None:
        return []
    since = _recent_since(text, lex, published)
    out = []
    for m in rx.finditer(text) if since else ():
        if _STILL.match(text, m.end()):
            continue  # "contrôlent toujours X depuis dimanche": it lasts
        if table is not None and describes_a_side(text, m.start()):
            continue  # "le PDK, qui contrôle X depuis samedi, consolidait": what the side is, not news
        if past_in_where_clause(text, m.start()):
            continue  # "X, où les FSR contrôlaient la ville depuis lundi": who held it before the news
        for at in since:
            between = text[at : m.start()] if at < m.start() else text[m.end() : at]
            near = _NEAR_BEFORE if at < m.start() else _NEAR_AFTER
            if (
                len(between.split()) <= near
                and _OTHER_CLAUSE.search(between) is None
                and not _STILL.search(between)
            ):
                out.append(m)
                break
    return out


# A state or a control told in a past tense: the imperfect, the pluperfect, the preterite.
_PAST = re.compile(
    r"(?:had|was|were|etait|etaient|controlait|controlaient|controlaba|controlaban|controllava"
    r"|controllavano|controlava|controlavam|kontrollierte|kontrollierten|war|waren)(?!\S)"
)
# What opens a relative clause about the place named before the comma: "X, where", "X, où"
# (folded), or an object pronoun ("X, which the RSF had held", `words.OBJ_REL`).
_WHERE_OPENERS = OBJ_REL | frozenset(("where", "ou", "donde", "onde", "dove", "wo", "cui"))


def past_in_where_clause(text: str, at: int) -> bool:
    """Say whether the verb at `at`, in a past tense, is in a relative clause opened after a comma
    by "where" or an object pronoun, soon after a place: "entered X on Sunday, where the RSF had
    held the town since Monday", "X, donde las FAR controlaban la ciudad desde el lunes". It tells
    who held the place before the news (a side before the comma is `describes_a_side`'s)."""
    if not _PAST.match(text, at):
        return False
    head, sep, clause = text[:at].rpartition(" , ")
    words = clause.split()
    return bool(sep) and bool(words) and words[0] in _WHERE_OPENERS and any(
        w.startswith("@p") for w in head.split()[-4:]
    )


# Relative pronouns opening a clause about the side named before the comma (folded).
_RELATIVE_OPENERS = frozenset(
    ("which", "who", "qui", "que", "quien", "quienes", "che", "die", "der", "das", "welche", "welcher")
)


def describes_a_side(text: str, at: int) -> bool:
    """Say whether the control verb at `at` is in a relative clause after a comma: "The Eagle
    Force, which has controlled X since June 5, welcomed…", "le PDK, qui contrôle X depuis samedi",
    "die Freischärler, die X seit Sonntag kontrollieren, …". The clause says what the side is;
    the sentence's news is its main verb. (A German article opening a main clause is followed by
    its noun: ", die @a0 kontrollieren nun X".)"""
    clause = text[:at].rsplit(" , ", 1)
    words = clause[1].split() if len(clause) == 2 else []
    after = words[1] if len(words) > 1 else ""
    if words and words[0] in _RELATIVE_OPENERS and not after.startswith("@a"):
        return True
    # without commas, right after the side or its men: "les combattants des FSR qui tenaient X se sont
    # retirés", "RSF fighters who held X fled" (not "die Stadt, die die RSF kontrollieren")
    before = text[:at].split()[-2:]
    return (
        len(before) == 2 and before[1] in _RELATIVE_OPENERS and before[1] not in ("die", "der", "das")
        and (before[0].startswith("@a") or before[0] in FORCE_NOUNS)
    )


def control_describes_a_side(text: str, lex: CompiledLexicon, at: int) -> bool:
    """Say whether a capture trigger at `at` of a signature's text is a control verb in a relative
    clause about the side named before it ("qui contrôle X depuis samedi"): no news of a change."""
    rx = _CONTROL_RX.get(lex.lex.lang)
    return rx is not None and rx.match(text, at) is not None and describes_a_side(text, at)


def since_words(lang: str) -> str | None:
    """Return the "since" words of `lang` ("depuis"), as an alternation of plain words, if any."""
    return _SINCE_WORDS.get(lang)


def may_be_dated_state(text: str, lex: CompiledLexicon) -> bool:
    """Say whether a signature's text has a "since" word: without one, `with_recent_states` and
    `with_recent_controls` add nothing (`trigger_gate`)."""
    rx = _SINCE_WORD.get(lex.lex.lang)
    return rx is not None and rx.search(text) is not None


def past_recent_since(sig: Signature, lex: CompiledLexicon, k: int) -> int | None:
    """Return the token index after a recent "since" opening at token k, or None: the time between
    a control verb and its city ("contrôlent depuis aujourd'hui X", "controlam desde hoje a capital")."""
    rx = _RECENT_RX.get(lex.lex.lang)
    if rx is None or k >= len(sig.tokens) or not _SINCE_WORD[lex.lex.lang].fullmatch(sig.tokens[k]):
        return None
    m = rx.match(sig.text, sig.starts[k])
    return sig.index(m.end() - 1) + 1 if m is not None else None


def with_recent_controls(
    sig: Signature, lex: CompiledLexicon, published: datetime | None, captures: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Return the capture triggers of a sentence plus each control verb whose start is recent:
    "Depuis dimanche, les talibans contrôlent X", "Seit Sonntag wird X von den Taliban kontrolliert"."""
    found = [(m.start(), m.end(), m.group(0)) for m in _states(sig.text, lex, published, _CONTROL_RX)]
    kept = [c for c in found if not any(c[0] < end and start < c[1] for start, end, _words in captures)]
    return sorted([*captures, *kept]) if kept else captures


def with_recent_states(
    sig: Signature, lex: CompiledLexicon, published: datetime | None, falls: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Return the fall triggers of a sentence (start, end, words, as `CompiledLexicon.triggers`), plus
    each state phrase whose start is recent, which replaces a fall read inside it ("aux mains des
    @a0" alone reads as a verbless headline's state)."""
    states = [(m.start(), m.end(), m.group(0)) for m in _states(sig.text, lex, published)]
    if not states:
        return falls
    kept = [f for f in falls if not any(f[0] < end and start < f[1] for start, end, _words in states)]
    return sorted([*kept, *states])


def recent_state_within(
    text: str, lex: CompiledLexicon, published: datetime | None, start: int, end: int
) -> bool:
    """Say whether text[start:end] (a denial: "est aux mains de…", read as "it still is") overlaps a
    state whose start is recent: "Depuis dimanche, X est aux mains des FSR" denies nothing."""
    return any(m.start() < end and start < m.end() for m in _states(text, lex, published))


def recent_day(
    text: str, lex: CompiledLexicon, published: datetime | None, within: int | None = None
) -> bool:
    """Say whether a signature's text names a recent day: one of this week ("am Sonntag", "on
    Tuesday", "hier") or a date at most `dates.RECENT_DAYS` (or `within`) days before publication.
    "Seit der Einnahme von X am Sonntag" dates the change this week: news, not a "since" of long ago."""
    rx = _DAY_RX.get(lex.lex.lang)
    if rx is not None and rx.search(text):
        return True
    found = dates_in(text, lex, published) if published is not None else []
    if not found or published is None:
        return False
    if within is None:
        return all(is_recent(when, published) for when in found)
    return all(0 <= (published.date() - when).days <= within for when in found)
