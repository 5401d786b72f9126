"""Language identification, sentence splitting, signatures and lemmas used by the detector."""

from __future__ import annotations

import pytest

from monitor.match.lang import SUPPORTED, detect_language, identify_language, rank_languages, split_sentences
from monitor.match.lemmas import lemmatize
from monitor.match.signature import fold


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Taliban captured the provincial capital on Friday, officials said.", "en"),
        ("Les talibans se sont emparés de la capitale provinciale vendredi, selon des responsables.", "fr"),
        ("Los talibanes tomaron la capital provincial el viernes, según las autoridades.", "es"),
        ("Die Taliban haben am Freitag die Provinzhauptstadt eingenommen, sagten Beamte.", "de"),
        ("Os talibãs tomaram a capital provincial na sexta-feira, segundo as autoridades.", "pt"),
        ("I talebani hanno conquistato il capoluogo di provincia venerdì, secondo le autorità.", "it"),
    ],
)
def test_language_is_identified_among_supported_ones(text: str, lang: str) -> None:
    """Each supported language is recognised from one ordinary news sentence."""
    assert detect_language(text) == lang


def test_unsupported_language_maps_to_a_supported_one() -> None:
    """A text in a language we have no expressions for still gets a supported code."""
    assert detect_language("Taliban wamechukua udhibiti wa mji huo siku ya Ijumaa.") in {
        "en",
        "fr",
        "es",
        "de",
        "pt",
        "it",
    }


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Het leger van Soedan heeft de stad Wad Madani heroverd op de paramilitairen, meldden "
            "inwoners zaterdag aan persbureaus.",
            "nl",
        ),
        (
            "Jeshi la Sudan limeuteka tena mji wa Wad Madani kutoka kwa wanamgambo, wakazi "
            "walisema siku ya Jumamosi.",
            "sw",
        ),
        ("Sudanese army retakes Wad Madani from the paramilitary RSF, residents say.", None),
        ("Jeshi lateka Wad Madani", None),  # a headline is too short to say
    ],
)
def test_unsupported_language_is_named_when_sure(text: str, other: str | None) -> None:
    """A long enough text in a language without a grammar is named as such; a headline is not."""
    supported, unsupported = identify_language(text)
    assert unsupported == other and supported in {"en", "fr", "es", "de", "pt", "it"}


# Sentences and headlines written for these tests, in each supported language.
SUPPORTED_TEXTS = [
    (
        "en",
        "Rebels seized the northern town of Kalmar overnight after a week of heavy shelling, "
        "local officials told reporters.",
    ),
    (
        "en",
        "The government said its troops had recaptured the airport and were clearing the "
        "surrounding villages.",
    ),
    (
        "en",
        "Protesters gathered outside parliament on Tuesday to demand the release of detained "
        "journalists.",
    ),
    ("en", "Insurgents withdraw from river port"),
    ("en", "Army regains control of border crossing"),
    ("en", "Floods kill dozens in coastal province as rescue teams struggle to reach remote areas"),
    (
        "fr",
        "Les rebelles ont pris Kalmar pendant la nuit, au terme d'une semaine de bombardements "
        "intenses.",
    ),
    (
        "fr",
        "Le gouvernement affirme que ses troupes ont repris l'aéroport et qu'elles sécurisent les"
        " villages voisins.",
    ),
    (
        "fr",
        "Des manifestants se sont rassemblés devant le parlement mardi pour exiger la libération "
        "des journalistes.",
    ),
    ("fr", "L'armée reprend le contrôle du poste frontière"),
    ("fr", "Inondations meurtrières dans une province côtière"),
    (
        "es",
        "Los rebeldes tomaron la ciudad de Kalmar durante la noche, tras una semana de intensos "
        "bombardeos.",
    ),
    (
        "es",
        "El gobierno aseguró que sus tropas recuperaron el aeropuerto y que están despejando las "
        "aldeas cercanas.",
    ),
    (
        "es",
        "Cientos de manifestantes se concentraron frente al parlamento para exigir la liberación "
        "de los periodistas.",
    ),
    ("es", "El ejército recupera el control del paso fronterizo"),
    ("es", "Inundaciones dejan decenas de muertos en la costa"),
    (
        "de",
        "Die Rebellen haben die Stadt Kalmar in der Nacht nach einer Woche schwerer Angriffe "
        "eingenommen.",
    ),
    (
        "de",
        "Die Regierung erklärte, ihre Truppen hätten den Flughafen zurückerobert und räumten die "
        "umliegenden Dörfer.",
    ),
    (
        "de",
        "Demonstranten versammelten sich am Dienstag vor dem Parlament und forderten die "
        "Freilassung der Journalisten.",
    ),
    ("de", "Armee übernimmt Kontrolle über Grenzübergang"),
    ("de", "Überschwemmungen fordern Dutzende Tote in Küstenprovinz"),
    (
        "pt",
        "Os rebeldes tomaram a cidade de Kalmar durante a noite, após uma semana de "
        "bombardeamentos intensos.",
    ),
    (
        "pt",
        "O governo afirmou que as suas tropas recuperaram o aeroporto e estão a limpar as aldeias"
        " vizinhas.",
    ),
    (
        "pt",
        "Centenas de manifestantes concentraram-se em frente ao parlamento para exigir a "
        "libertação dos jornalistas.",
    ),
    ("pt", "Exército retoma o controlo da cidade após combates"),
    ("pt", "Inundações deixam dezenas de mortos no litoral"),
    (
        "it",
        "I ribelli hanno conquistato la città di Kalmar durante la notte, dopo una settimana di "
        "pesanti bombardamenti.",
    ),
    (
        "it",
        "Il governo ha affermato che le sue truppe hanno ripreso l'aeroporto e stanno liberando i"
        " villaggi vicini.",
    ),
    (
        "it",
        "Centinaia di manifestanti si sono radunati davanti al parlamento per chiedere la "
        "liberazione dei giornalisti.",
    ),
    ("it", "L'esercito riprende il controllo del valico di frontiera"),
    ("it", "Alluvioni, decine di morti nella provincia costiera"),
]
# The same news in languages without a grammar here, in Latin and other scripts.
UNSUPPORTED_TEXTS = [
    (
        "nl",
        "De rebellen hebben de stad Kalmar in de nacht ingenomen, na een week van zware "
        "beschietingen, zeiden lokale functionarissen.",
    ),
    (
        "nl",
        "Volgens de regering hebben haar troepen het vliegveld heroverd en worden de omliggende "
        "dorpen nu gezuiverd.",
    ),
    (
        "sv",
        "Rebellerna intog staden Kalmar under natten efter en vecka av kraftig beskjutning, "
        "uppger lokala tjänstemän.",
    ),
    (
        "sv",
        "Regeringen säger att dess trupper har återtagit flygplatsen och att de omgivande byarna "
        "nu genomsöks.",
    ),
    (
        "da",
        "Oprørerne har indtaget byen Kalmar i løbet af natten efter en uge med kraftig "
        "beskydning, siger lokale embedsmænd.",
    ),
    (
        "da",
        "Regeringen siger, at dens tropper har generobret lufthavnen og nu gennemsøger de "
        "omkringliggende landsbyer.",
    ),
    (
        "no",
        "Opprørerne inntok byen Kalmar i løpet av natten etter en uke med kraftig beskytning, "
        "sier lokale tjenestemenn.",
    ),
    (
        "no",
        "Regjeringen sier at troppene har gjenerobret flyplassen og nå går gjennom landsbyene "
        "rundt.",
    ),
    (
        "pl",
        "Rebelianci zajęli w nocy miasto Kalmar po tygodniu ciężkiego ostrzału, poinformowali "
        "lokalni urzędnicy.",
    ),
    ("pl", "Rząd twierdzi, że jego wojska odbiły lotnisko i przeszukują teraz okoliczne wioski."),
    (
        "cs",
        "Povstalci v noci obsadili město Kalmar po týdnu těžkého ostřelování, uvedli místní "
        "představitelé.",
    ),
    ("cs", "Vláda tvrdí, že její jednotky znovu dobyly letiště a nyní prohledávají okolní vesnice."),
    (
        "ro",
        "Rebelii au cucerit în timpul nopții orașul Kalmar, după o săptămână de bombardamente "
        "puternice, au declarat oficialii locali.",
    ),
    (
        "ro",
        "Guvernul a afirmat că trupele sale au recucerit aeroportul și că acum curăță satele din "
        "jur.",
    ),
    (
        "tr",
        "İsyancılar bir haftalık yoğun bombardımanın ardından gece Kalmar kentini ele geçirdi, "
        "yerel yetkililer açıkladı.",
    ),
    (
        "tr",
        "Hükümet, askerlerinin havaalanını geri aldığını ve şimdi çevredeki köyleri temizlediğini"
        " söyledi.",
    ),
    (
        "id",
        "Para pemberontak merebut kota Kalmar pada malam hari setelah seminggu penembakan hebat, "
        "kata pejabat setempat.",
    ),
    (
        "id",
        "Pemerintah mengatakan pasukannya telah merebut kembali bandara dan sekarang sedang "
        "membersihkan desa-desa di sekitarnya.",
    ),
    (
        "tl",
        "Sinakop ng mga rebelde ang bayan ng Kalmar sa gabi matapos ang isang linggong matinding "
        "pagbomba, ayon sa mga lokal na opisyal.",
    ),
    (
        "tl",
        "Sinabi ng pamahalaan na nabawi ng kanilang mga sundalo ang paliparan at nililinis na ang"
        " mga kalapit na nayon.",
    ),
    (
        "sw",
        "Waasi waliuteka mji wa Kalmar usiku baada ya wiki moja ya mashambulizi makali, maafisa "
        "wa eneo hilo walisema.",
    ),
    (
        "sw",
        "Serikali ilisema kuwa wanajeshi wake wameukomboa uwanja wa ndege na sasa wanasafisha "
        "vijiji vya jirani.",
    ),
    (
        "ca",
        "Els rebels van prendre la ciutat de Kalmar durant la nit, després d'una setmana "
        "d'intensos bombardeigs, segons fonts locals.",
    ),
    (
        "ca",
        "El govern va assegurar que les seves tropes havien recuperat l'aeroport i que ara "
        "netegen els pobles del voltant.",
    ),
    (
        "hu",
        "A lázadók egy hétig tartó heves ágyúzás után az éjszaka folyamán elfoglalták Kalmar "
        "városát, közölték a helyi tisztviselők.",
    ),
    (
        "hu",
        "A kormány szerint csapatai visszafoglalták a repülőteret, és most átfésülik a környező "
        "falvakat.",
    ),
    (
        "fi",
        "Kapinalliset valtasivat Kalmarin kaupungin yöllä viikon kestäneen rajun tulituksen "
        "jälkeen, paikalliset viranomaiset kertoivat.",
    ),
    (
        "fi",
        "Hallituksen mukaan sen joukot ovat vallanneet lentokentän takaisin ja käyvät nyt läpi "
        "ympäröiviä kyliä.",
    ),
    ("ar", "سيطر المتمردون على مدينة كالمار خلال الليل بعد أسبوع من القصف العنيف، بحسب مسؤولين محليين."),
    (
        "ru",
        "Повстанцы ночью захватили город Кальмар после недели интенсивных обстрелов, сообщили "
        "местные чиновники.",
    ),
    ("zh", "叛军在经过一周的猛烈炮击后，于夜间占领了卡尔马镇，当地官员表示。这是本月第二次有城镇失守。"),
    (
        "hi",
        "स्थानीय अधिकारियों ने बताया कि एक सप्ताह की भारी गोलाबारी के बाद विद्रोहियों ने रात में "
        "कलमार शहर पर कब्जा कर लिया।",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SUPPORTED_TEXTS)
def test_supported_sentences_and_headlines_are_read_in_their_language(lang: str, text: str) -> None:
    """A sentence or a headline in a supported language gets that language, never an unsupported one."""
    assert identify_language(text) == (lang, None)


@pytest.mark.parametrize(("lang", "text"), UNSUPPORTED_TEXTS)
def test_unsupported_sentences_are_named(lang: str, text: str) -> None:
    """A sentence in another language is named as such, by its words or by its script."""
    supported, unsupported = identify_language(text)
    assert unsupported == lang and supported in SUPPORTED


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Front de libération nationale a pris Bouaké dimanche."),  # "front" is an English word too
        ("fr", "Le Front populaire a pris Tombouctou dimanche."),
        ("fr", "Violents combats à Bouaké"),  # "à" is French before it is Portuguese
        ("pt", "As tropas federais controlam Huambo desde domingo."),  # "desde" is Spanish too
        ("pt", "Guerrilheiros ocupam Xai-Xai"),
        ("pt", "Tropas angolanas controlam Jamba"),
        ("it", "Le truppe federali controllano Mostar da domenica."),
        # "-iera" ends French verbs ("pliera") and Italian nouns ("bandiera"): no cue either way
        ("it", "L'esercito serbo issa la bandiera su Knin."),
    ],
)
def test_a_one_sentence_text_is_read_by_its_word_endings_too(lang: str, text: str) -> None:
    """A headline or one sentence has few small words: "-ais", "-olam", "-ano" and the day tell."""
    assert identify_language(text) == (lang, None)


def test_word_endings_name_no_unsupported_language() -> None:
    """Endings count for the six languages only: a short Dutch text is still named Dutch."""
    text = ("De rebellen hebben de stad zondag ingenomen, zeggen bewoners, en het leger is niet meer "
            "in het centrum.")
    assert identify_language(text)[1] == "nl"


def test_rank_follows_the_evidence() -> None:
    """The ranking puts the text's language first and keeps every supported language once."""
    ranked = rank_languages("Die Armee hat die Stadt nach schweren Kämpfen zurückerobert.")
    assert ranked[0] == "de" and sorted(ranked) == sorted(SUPPORTED)


def test_an_ambiguous_headline_ranks_its_language_high() -> None:
    """A headline whose words are Italian too still ranks Portuguese among the first two."""
    assert "pt" in rank_languages("Exército retoma o controlo do posto fronteiriço")[:2]


def test_no_evidence_keeps_the_default() -> None:
    """Names alone say nothing: the caller's default language is kept, and nothing is unsupported."""
    assert identify_language("Kalmar — Wad Madani", default="fr") == ("fr", None)
    assert identify_language("   ", default="es") == ("es", None)


def test_identifier_is_small() -> None:
    """The word table stays small: py3langid's 76 MB model is what it replaces (issue 11)."""
    from monitor.match.language_id import WEIGHTS

    assert 5_000 < len(WEIGHTS.get()) < 40_000


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Gen. Ahmad said the city fell. Officials agreed.",
            ["Gen. Ahmad said the city fell.", "Officials agreed."],
        ),
        (
            "U.S. forces left on Monday. The Taliban arrived.",
            ["U.S. forces left on Monday.", "The Taliban arrived."],
        ),
        (
            '"Tikrit est libérée." Les soldats ont hissé le drapeau.',
            ['"Tikrit est libérée."', "Les soldats ont hissé le drapeau."],
        ),
        ("M. Dupont a parlé. Il est parti.", ["M. Dupont a parlé.", "Il est parti."]),
        (
            "First paragraph without a stop\nSecond paragraph.",
            ["First paragraph without a stop", "Second paragraph."],
        ),
        ("A title  The body starts here.", ["A title", "The body starts here."]),
        (
            "Why now? Nobody knows! They left… Then rain.",
            ["Why now?", "Nobody knows!", "They left…", "Then rain."],
        ),
        ("It fell... Officials agreed.", ["It fell...", "Officials agreed."]),
        (
            "Troops of the 3rd bn. Gen. Ali's men left. Nobody stayed.",
            ["Troops of the 3rd bn.", "Gen. Ali's men left.", "Nobody stayed."],
        ),
        ("The unanimouslyapprovedno. Next one.", ["The unanimouslyapprovedno.", "Next one."]),
        ("Line one\r\n  Line two.", ["Line one", "Line two."]),
    ],
)
def test_sentences_respect_abbreviations_quotes_and_paragraphs(text: str, sentences: list[str]) -> None:
    """Abbreviations and quotes do not split a sentence; paragraphs and full stops do."""
    assert [text[a:b] for a, b in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("S'emparer d'Hérat", "s emparer d herat"),
        ("würde", "würde"),
        ("à Kaboul", "à kaboul"),
        ("Afghanistan’s third-largest", "afghanistan s third largest"),
    ],
)
def test_fold_keeps_offsets_and_meaningful_accents(text: str, folded: str) -> None:
    """Folding lowercases and strips accents one char per char, keeping `à` and umlauts."""
    assert fold(text) == folded and len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("word", "lang", "lemma"),
    [
        ("took", "en", "take"),
        ("emparés", "fr", "emparer"),
        ("tomaron", "es", "tomar"),
        ("eroberten", "de", "erobern"),
    ],
)
def test_lemmas_give_the_dictionary_form(word: str, lang: str, lemma: str) -> None:
    """Inflected verbs are reduced to their dictionary form."""
    assert lemmatize(word, lang) == lemma
