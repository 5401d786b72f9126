"""Shortcuts taken for speed find what the plain scans they replace find (issue 10, "Speed holds")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NoReturn

import pytest

from monitor.match import capitals, clitics, control, fuzzy, holders, signature, words
from monitor.match.control import Detector, make_detector
from monitor.match.expressions import LANGUAGES, TRIGGERS, get_lexicon, tokens_rx
from monitor.match.fuzzy import ScannedText
from monitor.match.gazetteer import get_gazetteer
from monitor.match.normalize import beyond_bmp
from monitor.match.normalize import fold as fold_text
from monitor.match.references import _NOUN, _REFERENCE_POINT, _REFERENCE_POINT_WORDS, _nouns
from monitor.match.signature import TOKEN, Signature, fold, make_signature, tokenize
from monitor.match.since import _SINCE_WORD, _SINCE_WORDS
from monitor.match.targets import _scan_right
from monitor.match.trigger_gate import may_trigger
from monitor.match.watchlist import load_watchlist
from monitor.match.word_scan import WordPattern
from monitor.match.words import ATTRIBUTION, REPORTIVE, SINCE, SOURCE_NOUN, YEAR
from tests.detect_support import WATCHLIST, detector

TEXTS = [
    "Insurgent groups shelled the outskirts of Portville; the rebels said the rebel forces held.",
    "Les rebelles et les insurgés islamistes ont quitté Valmer, disent les habitants de Valmer.",
    "Die Rebellen und Milizionäre zogen aus Nordheim ab; Separatisten blieben in den Hügeln.",
    "Los guerrilleros y paramilitares entraron en Sanvega; rebeldes armados huyeron al monte.",
    "Gli insorti e i miliziani sono entrati a Ventoria, dicono fonti locali ai giornalisti.",
    "Os rebeldes e guerrilheiros tomaram Porto Alvo, segundo moradores; os militantes fugiram.",
    "unrebellious islands, insurgentsia, rebels-in-arms and militant's flags: rebelsrebels rebels",
    "Kaboul, Kabul and Cabul: the Kabul government; Kabulistan is no capital, nor is akabul.",
]


def _spans(words: WordPattern, folded: str) -> bool:
    """Say whether `finditer` finds the spans its regex's own `finditer` finds."""
    return [m.span() for m in words.finditer(folded)] == [m.span() for m in words.pattern.finditer(folded)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_word_pattern_finds_what_its_regex_finds(lang: str) -> None:
    """Found where the alternation's prefixes occur, the matches are those of the whole regex."""
    words = WordPattern(get_lexicon(lang).lex.insurgents)
    for text in TEXTS:
        assert _spans(words, fold(text))


# Words for "the rebels" after other characters than a blank, and words that begin like them.
REBEL_TEXTS = [
    "(Rebels) «insurgés», \"ribelli\" and [rebeldes]: YPG-Kämpfer, the rebel-held town; rebellious.",
    "Rebelles/milices, guérilleros; «os rebeldes», 'i miliziani', the militias, militiamen, militaires.",
    "Aufständische, die Aufrührer und Freischärler; séparatistes, separatisten, separatists' flags.",
    "Insurgency, insurgents, insurrection; parliamentary, paramilitaries, the groups, os grupos.",
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_words_for_rebels_from_the_walk_are_those_the_regex_finds(lang: str) -> None:
    """Matched where the detector's walk found their heads (`control.insurgent_heads`), the words
    for "the rebels" are those of the regex's own `finditer`, in every language."""
    det = detector()
    words = control._word_rx(get_lexicon(lang).lex.insurgents)
    for text in [*TEXTS, *REBEL_TEXTS]:
        det.place_matcher.find(text)  # the walk, as the detector makes it first
        starts = det._insurgent_starts(text)
        assert starts is not None
        folded = fold(text)
        assert [m.span() for m in words.matches_at(folded, starts)] == [
            m.span() for m in words.pattern.finditer(folded)
        ]


def test_capitals_from_the_walk_are_those_the_regex_finds() -> None:
    """Matched where the detector's walk found their heads (`control.capital_heads`), the names of
    the watched governments' capitals are those of the regex's own `finditer`."""
    det = detector()
    words = control._capitals_of(det._governed)
    assert words is not None
    texts = [
        *TEXTS,
        "(Kabul) «Kiev», \"Damas\" [Kyiv]; Kyiv-based, Kabul's, KABOUL, Damaskus, Damasco et Cabul.",
        "Kabulistan, Kievan, damascene; akabul, Kiewer: no capital here, nor in Damascusroad.",
    ]
    for text in texts:
        det.place_matcher.find(text)  # the walk, as the detector makes it first
        starts = det._walked_starts(text, "capitals", 1)
        assert starts is not None
        folded = fold(text)
        assert [m.span() for m in words.matches_at(folded, starts)] == [
            m.span() for m in words.pattern.finditer(folded)
        ]


@pytest.mark.parametrize("alternation", ["kaboul|cabul|kabul", "is|isl|islamists?", r"\w+ists", "(?!)"])
def test_word_pattern_with_short_or_unknown_prefixes(alternation: str) -> None:
    """Prefixes of one letter, overlapping ones or none known: the same matches all the same."""
    words = WordPattern(alternation)
    for text in TEXTS:
        assert _spans(words, fold(text))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_trigger_gate_passes_every_sentence_with_a_trigger(lang: str) -> None:
    """A sentence the gate turns away has no match in any trigger family."""
    lex = get_lexicon(lang)
    sentences = [
        *TEXTS,
        "The militia captured Portville on Sunday.",
        "Valmer est tombée aux mains des rebelles.",
        "Depuis dimanche, Nordheim est aux mains der Rebellen.",
        "Sanvega cayó en manos de los rebeldes tras la retirada del ejército.",
        "Le truppe si sono ritirate da Ventoria.",
        "Os rebeldes entraram em Porto Alvo.",
    ]
    for sentence in sentences:
        text = " ".join(TOKEN.findall(fold(sentence)))
        if not may_trigger(text, lex):
            assert not any(lex.has(family, text) for family in TRIGGERS)


SAYINGS = [
    "According to residents, the militia said on Sunday it had taken Portville, citing local sources.",
    "Selon des témoins, les rebelles auraient pris Valmer ; selon l'armée, la ville tient depuis lundi.",
    "Laut Anwohnern und nach Angaben der Armee haben die Rebellen Nordheim seit Sonntag eingenommen.",
    "Según fuentes locales, los rebeldes habrían tomado Sanvega desde que el ejército se retiró, dijo.",
    "Secondo fonti locali, stando a testimoni, gli insorti hanno preso Ventoria dal lunedì.",
    "Segundo moradores, de acordo com a imprensa, os rebeldes tomaram Porto Alvo, disse um porta-voz.",
    "sources sources according to according to citing since since",
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_matching_finds_the_tokens_at_finds(lang: str) -> None:
    """`Signature.matching` yields the tokens, and the matches, that `at` finds token by token."""
    lex = get_lexicon(lang)
    patterns = [ATTRIBUTION, REPORTIVE, SINCE, SOURCE_NOUN, lex.say, lex.capture, lex.passive, lex.source]
    for sentence in [*SAYINGS, *TEXTS]:
        sig = make_signature(sentence, 0, len(sentence), [], [])
        size = len(sig.tokens)
        for rx in patterns:
            for lo, hi in [(0, size), (0, size // 2), (2, size - 3), (size // 2, size + 4), (-2, 3), (5, 5)]:
                expected = [(k, sig.at(rx, k)) for k in range(lo, hi)]
                want = [(k, m.span()) for k, m in expected if m is not None]
                assert [(k, m.span()) for k, m in sig.matching(rx, lo, hi)] == want


ODD_TEXTS = [
    "@p12abc @a3, @x @ a@p1 ,,a_b __init__ é@a9 «la» l'armée 1999.",
    "Tabs\tand\u00a0blanks\u2003of\u3000all\x1ckinds\x1f; 12:30, 3.5 km... (Valmer)!",
    "Ελληνικά и кириллица; 中文 字符 😀 ok; x²³ ½ ٣ Ⅻ ⁂",
    "",
    "   ",
]


def test_tokenize_finds_the_tokens_token_finds() -> None:
    """`tokenize` (pieces between blanks, `TOKEN` only on those with punctuation) gives `TOKEN.findall`."""
    for text in [*TEXTS, *SAYINGS, *ODD_TEXTS]:
        for raw in (text, fold(text)):
            size = len(raw)
            for start, end in [(0, size), (0, None), (3, size - 4), (size // 2, size), (5, 5), (size, size)]:
                stop = size if end is None else end
                assert tokenize(raw, start, end) == TOKEN.findall(raw, start, stop)


def _nouns_by_search(folded: str) -> list[tuple[int, int]]:
    """The spans of `_NOUN` at each place a search from the last one on finds it (overlapping too)."""
    spans = []
    noun = _NOUN.search(folded)
    while noun is not None:
        spans.append(noun.span())
        noun = _NOUN.search(folded, noun.start() + 1)
    return spans


def test_nouns_are_those_a_search_finds() -> None:
    """The nouns found from their first letters (`str.find`) are those `_NOUN.search` finds."""
    texts = [
        *TEXTS,
        *SAYINGS,
        "The regional capital and the town of Portville: the city, the cityscape, the provincial capital.",
        "La ville de Valmer, cette localité, la cité; la citta, a cidade, die Stadt und die Ortschaft.",
        "Los rebeldes tomaron la ciudad y el municipio; la urbe, la localidad, la vila, o capoluogo.",
        "city town ville villes stadtrat kleinstadt  city",
        # the nouns of eight letters or more, whose starts the walk reads eight letters deep
        "Die Millionenstadt und die Provinzhauptstadt, das Städtchen, der Küstenort, die Grenzstadt.",
        "La località e la città, la cittadina, il capoluogo; les capitales provinciales, la capitale.",
        "A capital regional, uma localidade, la capitale régionale, the regional capitals, Bourgade.",
        "Provincial capitals, provinces, industries, universities, millions: no town at all here.",
    ]
    for text in texts:
        folded = fold(text)
        assert [m.span() for m in _nouns(folded)] == _nouns_by_search(folded)


def test_year_matches_where_a_blank_bounds_it() -> None:
    """`YEAR` opens with its digits but finds what a lookbehind before them found."""
    before = re.compile(r"(?<!\S)(1[89]\d\d|20\d\d)(?!\S)")
    texts = ["In 1999 and 2014, not x2014 nor 20145; 1890 2099\n1900.", "a1999 1999b 1999", "x 1899 "]
    for text in [*texts, *TEXTS, *SAYINGS, *ODD_TEXTS]:
        assert YEAR.findall(text) == before.findall(text)
        assert [m.span() for m in YEAR.finditer(text)] == [m.span() for m in before.finditer(text)]
        for word in text.split():
            assert bool(YEAR.fullmatch(word)) == bool(before.fullmatch(word))


def test_beyond_bmp_says_what_a_regex_says() -> None:
    """`beyond_bmp` finds a character above U+FFFF where the regex `[^\\x00-\\uffff]` finds one."""
    astral = re.compile("[^\x00-\uffff]")
    for text in [*TEXTS, *ODD_TEXTS, "\ud800 lone surrogate", "\uffff", "\U00010000", "Kyiv \U0001f1fa"]:
        assert beyond_bmp(text) == (astral.search(text) is not None)


SINCE_TEXTS = [
    "since sunday , the militia holds @p0 ; evidently since, sinces , unsince since",
    "depuis dimanche les rebelles tiennent @p0 depuis , depuisque , @a0 depuis",
    "seit sonntag halten die rebellen @p0 , seitdem , seit",
    "desde el domingo los rebeldes controlan @p0 desde , desdeñan",
    "da domenica , dal lunedi , dalla notte , dalle , dall , ida da",
    "desde o domingo os rebeldes controlam @p0 , desdem",
]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_since_words_match_where_blanks_bound_them(lang: str) -> None:
    """The "since" words, led by their first letter, match where `(?<!\\S)(?:…)(?!\\S)` matches."""
    before = re.compile(rf"(?<!\S)(?:{_SINCE_WORDS[lang]})(?!\S)")
    for text in [*SINCE_TEXTS, *(fold(t) for t in [*TEXTS, *SAYINGS, *ODD_TEXTS])]:
        found = [m.span() for m in _SINCE_WORD[lang].finditer(text)]
        assert found == [m.span() for m in before.finditer(text)]


def test_reference_point_led_by_a_lookahead_finds_the_same() -> None:
    """`_REFERENCE_POINT` with its words' first letters looked ahead at matches as the bare words."""
    bare = re.compile(rf"(?:{_REFERENCE_POINT_WORDS})\s*$")
    texts = [*TEXTS, *SAYINGS, "fighters retreated to ", "25 km near ", "les troupes se replier sur  ",
             "nach angaben aus", "towards", "vers", "nearby   ", "close to the"]
    for text in texts:
        folded = fold(text)
        for start in range(len(folded)):
            window = folded[start : start + 30]
            found, expected = _REFERENCE_POINT.search(window), bare.search(window)
            assert (found and found.span()) == (expected and expected.span())


MARKED_WORDS = [
    "kabul, «la ville» (près) de Portville; aug. 31, Aug. sept. Sept, dec.: 3,000. 50.000, 12, 2014.",
    "@p0, @a1. (@p2) x@ @x _a a_ __ , . ; « » ¿qué? ¡ya! «a» \"b\" 'c' e\u0301 \u0301e ½, ²a, a½",
    "jan.. .jan feb.x Oct.31 nov, (dec. 1) sep. 2 ، عربي، «Донецк», 北京。",
]


def test_a_word_with_one_mark_is_split_as_token_splits_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word with one mark after or before it is split without the regex, into the tokens
    `TOKEN.findall` finds; any other piece still goes through `TOKEN`."""
    for text in [*MARKED_WORDS, *TEXTS, *SAYINGS, *ODD_TEXTS]:
        for raw in (text, fold(text)):
            assert tokenize(raw) == TOKEN.findall(raw)

    text = "the rebels, «la ville» (near Portville) took aug. 31 @p0, x_y."
    expected = TOKEN.findall(text)
    asked: list[str] = []

    class Counted:
        def findall(self, piece: str) -> list[str]:
            asked.append(piece)
            return TOKEN.findall(piece)

    monkeypatch.setattr(signature, "TOKEN", Counted())
    assert tokenize(text) == expected
    assert asked == ["aug.", "@p0,", "x_y."]


# Sentences naming a watched city and holding no trigger of any family: nothing can change hands.
QUIET_ARTICLE = (
    "Markets in Kunduz reopened on Monday after the holiday. Prices of flour in Herat rose by a "
    "fifth, traders said. The bakers of Kunduz asked the council for cheaper fuel."
)


def test_an_article_whose_place_sentences_hold_no_trigger_ends_before_its_readers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No sentence naming a place passes the trigger gate: no sentence is read and no article-level
    check runs (they would weigh no candidate), and the reading is what the full one says."""
    detector = make_detector(load_watchlist(WATCHLIST, gazetteer=get_gazetteer()))

    def refuse(*_args: object, **_kwargs: object) -> NoReturn:
        raise AssertionError("read a sentence that holds no trigger")

    monkeypatch.setattr(Detector, "_after_unwatched_force", refuse)
    monkeypatch.setattr(control, "read_sentence", refuse)
    reading = detector.read("Flour prices", QUIET_ARTICLE)
    assert (reading.events, reading.lang, reading.supported, reading.notes) == ((), "en", True, ())
    explained = detector.read("Flour prices", QUIET_ARTICLE, explain=True)
    assert explained.events == () and explained.lang == "en"
    assert [n.sentence for n in explained.notes if n.stage == "sentence"] == [1, 2, 3]


@dataclass
class _Mention:
    """A mention as `make_signature` reads it: its span in the text."""

    start: int
    end: int


def test_the_right_scan_reads_no_token_when_no_place_follows_the_trigger(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`_scan_right` only returns places after the trigger: with none there it returns at once,
    and where one follows it still finds it."""
    lex = get_lexicon("en")
    before = "Kunduz was seized by fighters on Sunday, residents said."
    after = "Fighters seized Kunduz on Sunday, residents said."
    sig_before = make_signature(before, 0, len(before), [_Mention(0, 6)], [])
    sig_after = make_signature(after, 0, len(after), [_Mention(16, 22)], [])
    asked: list[int] = []
    plain_at = Signature.at

    def counted(sig: Signature, rx: re.Pattern[str], k: int) -> re.Match[str] | None:
        asked.append(k)
        return plain_at(sig, rx, k)

    monkeypatch.setattr(Signature, "at", counted)
    assert _scan_right(sig_before, lex, sig_before.tokens.index("seized") + 1, "capture") == []
    assert asked == []
    assert _scan_right(sig_after, lex, sig_after.tokens.index("seized") + 1, "capture") == [2]


def test_an_article_whose_triggers_yield_no_candidate_skips_the_article_level_checks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A question holds a trigger but asserts nothing: with no candidate, no article-level check
    runs, and the reading is the explained one's."""
    detector = make_detector(load_watchlist(WATCHLIST, gazetteer=get_gazetteer()))
    text = "Will the militia capture Kunduz before the winter? Traders in Herat fear it will."

    def refuse(*_args: object, **_kwargs: object) -> NoReturn:
        raise AssertionError("weighed an article without a candidate")

    explained = detector.read("A question", text, explain=True)
    monkeypatch.setattr(Detector, "_resolve", refuse)
    reading = detector.read("A question", text)
    assert explained.events == reading.events == () and reading.lang == explained.lang == "en"
    assert any(n.stage == "sentence" and n.sentence == 1 for n in explained.notes)


ENCLITIC_TEXTS = [
    "Os combates em Porto Alvo duraram dois dias; por fim a Fretilin tomou-a, retomaram-na depois.",
    "As tropas abandonaram-no; os rebeldes ocuparam-na e perderam-no, mas o exército reconquistou-a.",
    "tomou-a-b 3tomou-a ²tomou-a _tomou-a ou-a xou-a aram-na xaram-na tomou-as tomou-a_ tomou-a1",
    "--tomou--a- perderam-no, ocupou-o; --- a-b-c tomaram-na-lo ganharam-na. Ocupou-A e invadiu-o",
    "a long word without end: anticonstitucionalissimamenteocupou-a; dissolveu-se, partiu-o.",
    *TEXTS,
    *ODD_TEXTS,
]


def test_enclitics_found_from_hyphens_are_those_a_search_finds() -> None:
    """The enclitic pronouns found from each hyphen's run of letters are those `_ENCLITIC.finditer`
    finds, with the same groups, in Portuguese and in odd texts."""
    for text in ENCLITIC_TEXTS:
        expected = [(m.span(), m.groups()) for m in clitics._ENCLITIC.finditer(text)]
        assert [(m.span(), m.groups()) for m in clitics._enclitics(text)] == expected
    assert len(list(clitics._enclitics(ENCLITIC_TEXTS[1]))) == 4


SURRENDERS = [
    "Die Truppen haben sich am Abend ergeben, die Garnison ergab sich; @a0 ergaben sich den Rebellen.",
    "Die Regierungstruppen hatten sich nach drei Tagen ergeben. Die Soldaten ergaben sich.",
    "@a1 hat sich heute ergeben; Verteidiger ergab sich nicht; Bundestruppen hatten sich ergeben",
    "Die Stadt hat sich ergeben, sagte er; es hat sich so ergeben. Kämpfer ergaben sich.",
    "The garrison surrendered and the rebels raised their flag by nightfall; ergaben sich",
    "Laut Medienberichten zufolge haben die Rebellen die Stadt Berichten zufolge erobert; Quellen zufolge",
    "Informationen zufolge soll die Stadt gefallen sein, angeblich; zufolge berichten",
    *SAYINGS,
    *TEXTS,
]


def test_yielded_says_what_the_whole_alternation_says() -> None:
    """`yielded` (the German garrison apart, read where "sich" is) finds a surrender where the one
    regex of all its branches does."""
    whole = tokens_rx(f"{words._YIELDED_WORDS}|{words._YIELDED_SICH_WORDS}")
    for sentence in SURRENDERS:
        text = " ".join(TOKEN.findall(fold(sentence)))
        assert words.yielded(text) == (whole.search(text) is not None)
    assert words.yielded(" ".join(TOKEN.findall(fold(SURRENDERS[1]))))


def test_reportive_apart_from_zufolge_finds_what_the_whole_alternation_finds() -> None:
    """`REPORTIVE` and `REPORTIVE_ZUFOLGE` (read where "zufolge" is) match at a token where the
    regex of both alternations does, so `claims.hearsay` weighs the same clauses."""
    whole = tokens_rx(f"{words._REPORTIVE_WORDS}|{words._REPORTIVE_ZUFOLGE_WORDS}")
    for sentence in SURRENDERS:
        sig = make_signature(sentence, 0, len(sentence), [], [])
        for k in range(len(sig.tokens)):
            split = sig.at(words.REPORTIVE, k) is not None or (
                "zufolge" in sig.text and sig.at(words.REPORTIVE_ZUFOLGE, k) is not None
            )
            assert split == (sig.at(whole, k) is not None)


RUNS = [
    "Prime Minister Keir Starmer Told The House Of Commons In London That Mazar i Sharif Fell.",
    "Deir ez-Zor, Ras al-Ain and Abu Kamal; the Syrian Democratic Forces of Al Hasakah Province.",
    "L'Armée Nationale Congolaise à Goma-Nord et Ma'rib‐City: O’Neil Al-Bab El Fasher Darfur",
    "A B C D E F G H I J K L M; Ab-Cd-Ef-Gh-Ij-Kl-Mn-Op al al al Al El Ul",
    *TEXTS,
    *SAYINGS,
]


def test_run_keys_read_once_are_those_read_afresh() -> None:
    """A run read for one count serves another (places read 4 words, actors 6) only when it
    stopped short of both: the keys are those a fresh read gives, in any order of counts."""
    for text in RUNS:
        folded = fold_text(text)
        for counts in ((4, 6), (6, 4), (4, 6, 2, 6, 4), (1, 3, 1), (6, 6, 4, 4)):
            shared = ScannedText(text, folded)
            for count in counts:
                keys = shared.run_keys(count)
                for start, _end, _lone in shared.starts:
                    assert keys(start) == ScannedText(text, folded).run_key(start, count)


def test_candidate_starts_read_whole_words_as_a_backtracking_read_does() -> None:
    """`fuzzy._CANDIDATE` reads a capitalised word whole (`*+`): a shorter end of a word whose whole
    fails would fail too, so the starts, their ends and runs are those of the pattern that backtracks."""
    upper, cont, shortest = fuzzy.UPPER_CLASS, fuzzy._CONT, fuzzy.MIN_FUZZY_LEN - 1
    ends = rf"(?:(?P<run>(?={cont}))|(?<=[^\W_]{{{shortest}}}))"
    backtracking = re.compile(rf"[{upper}](?<![^\W_].)[^\W_]*{ends}")
    texts = [
        *RUNS,
        "iPhone, McDonald and O'Neil; The Heavy Local Aid, Abcdef Abcdefg Ab-Cd Ab cd Ab al-Bab.",
        "ÉCOLE Ümit Straße Œuvre Ǆemal Ḥalab; the_Underscore _Leading x_Yz 2Rebels Ab’Cd Ab‐Cd",
    ]
    for text in texts:
        found = [(m.span(), m.lastindex) for m in fuzzy._CANDIDATE.finditer(text)]
        assert found == [(m.span(), m.lastindex) for m in backtracking.finditer(text)]


def _words_before_by_letters(folded: str, start: int) -> list[tuple[int, int]]:
    """Return `capitals._words_before`'s spans as it read them before, letter by letter."""
    out: list[tuple[int, int]] = []
    while len(out) < 3 and start > 0 and folded[start - 1] == " ":
        lo = start - 1
        while lo > 0 and folded[lo - 1].isalpha():
            lo -= 1
        word = re.fullmatch(r"[^\W\d_]+", folded[lo : start - 1])
        if word is None:
            break
        out.insert(0, (lo, start - 1))
        start = lo
    return out


def test_words_before_a_capital_found_from_the_blank_are_those_read_letter_by_letter() -> None:
    """`capitals._words_before` finds a word's start from the blank before it (`str.rfind`) when
    all between is letters: the words are those a read back letter by letter finds, anywhere."""
    texts = [
        *TEXTS,
        "the Afghan capital, l'ancienne capitale afghane; die afghanische Hauptstadt; 2nd capital",
        "Afghanistan s capital; x-y capital; ²capital; a_b capital;  capital; Straße capital",
        "capital",
    ]
    for text in texts:
        folded = fold(text)
        for start in range(len(folded) + 1):
            found = [m.span() for m in capitals._words_before(folded, start)]
            assert found == _words_before_by_letters(folded, start), (text, start)


@dataclass(frozen=True)
class _Side:
    """A stand-in actor mention: what `holders.subject_of` reads of one."""

    start: int
    end: int
    actor: str
    generic: bool = False
    surface: str = ""


def _signature_naming(text: str, names: tuple[str, ...]) -> Signature:
    """Return the signature of `text` with each of `names` a side of its own name."""
    sides = [_Side(text.index(n), text.index(n) + len(n), n, surface=n) for n in names]
    return make_signature(text, 0, len(text), [], sides, fold(text))


def test_subject_remembered_is_its_own_signatures_for_its_own_lexicon() -> None:
    """`holders.subject_of` remembers the subjects of the last signatures asked: each signature
    and lexicon gets the subject read from it (German "aus" is a preposition, so Beta is the
    subject there, Alpha in English), asked in any order, however often."""
    both = _signature_naming("Aus Alpha kamen Beta und Gamma.", ("Alpha", "Beta"))
    other = _signature_naming("Gamma took the town from Alpha.", ("Gamma", "Alpha"))
    de, en = get_lexicon("de"), get_lexicon("en")
    expected = [(both, de, "Beta"), (both, en, "Alpha"), (other, en, "Gamma"), (other, de, "Gamma")]
    for sig, lex, subject in expected:
        assert holders._subject_of(sig, lex) == subject  # as read from the signature
    for _ in range(3):
        for sig, lex, subject in [*expected, *reversed(expected)]:
            assert holders.subject_of(sig, lex) == subject
