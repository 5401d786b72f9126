"""Translate an English multi-word actor name into the other languages, word by word (data + rules).

Names of states, armies and armed groups are made of few kinds of words: a head noun
("Forces", "Front", "Council"), adjectives ("Islamic", "National"), nationality adjectives
("Syrian"), nouns used as modifiers ("Support", "Liberation") and, first, a place ("Tigray",
"Arakan"). Each language orders them its own way:

- Romance languages put the head noun first, then its adjectives agreeing with it, then the
  modifying nouns with "de/di" and the place last: "Rapid Support Forces" is "Forces de soutien
  rapide", "Tigray People's Liberation Front" is "Frente Popular de Liberación de Tigray";
- German keeps the English order, inflects the adjectives and makes one compound of the
  modifying nouns and the head: "Nationaler Übergangsrat", "Volksbefreiungsfront".

Only names made entirely of words in the lexicon (or nationality adjectives from `demonyms`,
or a leading place name) are translated; anything else is left to the user's aliases.
"""

from __future__ import annotations

from itertools import permutations

from monitor.match.demonyms import COMBINING, COUNTRY_NAMES, DEMONYMS, LANGS, PEOPLES, continued_lines
from monitor.match.normalize import name_key

ROMANCE = ("fr", "es", "pt", "it")
LIMIT = 400  # translations kept per name: a bound on the permutations of long names

# Head nouns: english | fr | es | de | pt | it, each "word gender" (m, f, n; "mp"/"fp"/"p" for
# plurals), synonyms separated by commas ("forces" are often "troupes", "Truppen").
_NOUNS = """
state | état m | estado m | Staat m | estado m | stato m
emirate | émirat m | emirato m | Emirat n | emirado m | emirato m
caliphate | califat m | califato m | Kalifat n | califado m | califfato m
army | armée f | ejército m | Armee f | exército m | esercito m, armata f
forces | forces fp, troupes fp | fuerzas fp, tropas fp | Kräfte p, Truppen p, Streitkräfte p |
   forças fp, tropas fp | forze fp, truppe fp
troops | troupes fp, forces fp, soldats mp | tropas fp, fuerzas fp, soldados mp |
   Truppen p, Kräfte p, Soldaten p | tropas fp, forças fp, soldados mp | truppe fp, forze fp, soldati mp
soldiers | soldats mp | soldados mp | Soldaten p | soldados mp | soldati mp
units | unités fp, formations fp | unidades fp | Einheiten p, Verbände p | unidades fp |
   unità fp, formazioni fp, reparti mp
guards | gardes fp | guardias mp | Garden p | guardas mp | guardie fp
legion | légion f | legión f | Legion f | legião f | legione f
division | division f | división f | Division f | divisão f | divisione f
garrison | garnison f | guarnición f | Garnison f, Besatzung f | guarnição f | guarnigione f
paratroopers | parachutistes mp, paras mp | paracaidistas mp | Fallschirmjäger p | paraquedistas mp |
   paracadutisti mp
marines | marines mp, fusiliers marins mp | marines mp, infantes de marina mp |
   Marineinfanteristen p, Marines p | fuzileiros navais mp, fuzileiros mp | marines mp, fanti di marina mp
guerrillas | guérilleros mp | guerrilleros mp | Guerillas p, Guerilleros p, Partisanen p | guerrilheiros mp |
   guerriglieri mp
volunteers | volontaires mp | voluntarios mp | Freiwillige p, Freiwilligen p | voluntários mp | volontari mp
front | front m | frente m | Front f | frente f | fronte m
movement | mouvement m | movimiento m | Bewegung f | movimento m | movimento m
council | conseil m | consejo m | Rat m | conselho m | consiglio m
alliance | alliance f | alianza f | Allianz f | aliança f | alleanza f
coalition | coalition f | coalición f | Koalition f | coalizão f | coalizione f
government | gouvernement m | gobierno m | Regierung f | governo m | governo m
guard | garde f | guardia f | Garde f | guarda f | guardia f
union | union f | unión f | Union f | união f | unione f
party | parti m | partido m | Partei f | partido m | partito m
militia | milice f | milicia f | Miliz f | milícia f | milizia f
militias | milices fp | milicias fp | Milizen p | milícias fp | milizie fp
brigade | brigade f | brigada f | Brigade f | brigada f | brigata f
brigades | brigades fp | brigadas fp | Brigaden p | brigadas fp | brigate fp
resistance | résistance f | resistencia f | Widerstand m | resistência f | resistenza f
rebels | rebelles mp, insurgés mp, guérilleros mp | rebeldes mp, insurgentes mp, guerrilleros mp |
   Rebellen p, Aufständische p, Aufständischen p, Kämpfer p | rebeldes mp, insurgentes mp, insurretos mp,
   guerrilheiros mp | ribelli mp, insorti mp, guerriglieri mp
separatists | séparatistes mp | separatistas mp | Separatisten p | separatistas mp | separatisti mp
fighters | combattants mp | combatientes mp | Kämpfer p | combatentes mp | combattenti mp
insurgents | insurgés mp | insurgentes mp | Aufständische p, Aufständischen p |
   insurgentes mp, insurretos mp | insorti mp
group | groupe m | grupo m | Gruppe f | grupo m | gruppo m
organization | organisation f | organización f | Organisation f | organização f | organizzazione f
corps | corps m | cuerpo m | Korps n | corpo m | corpo m
force | force f | fuerza f | Truppe f, Streitmacht f | força f | forza f
command | commandement m | comando m | Kommando n | comando m | comando m
committee | comité m | comité m | Komitee n, Ausschuss m | comitê m, comité m | comitato m
opposition | opposition f | oposición f | Opposition f | oposição f | opposizione f
"""

# Nouns that modify a head noun ("Support" in "Rapid Support Forces"): english | fr | es |
# de | pt | it, as "word gender" in the Romance languages ("de soutien") and as the German
# compound prefix ("Unterstützungs-"). An English adjective rendered by a noun ("transitional":
# "de transition", "Übergangs-") is listed here too.
_ADJUNCTS = """
support | soutien m | apoyo m | Unterstützungs | apoio m | supporto m
liberation | libération f | liberación f | Befreiungs | libertação f | liberazione f
defence | défense f | defensa f | Verteidigungs | defesa f | difesa f
defense | défense f | defensa f | Verteidigungs | defesa f | difesa f
transition | transition f | transición f | Übergangs | transição f | transizione f
transitional | transition f | transición f | Übergangs | transição f | transizione f
salvation | salut m | salvación f | Rettungs | salvação f | salvezza f
independence | indépendance f | independencia f | Unabhängigkeits | independência f | indipendenza f
security | sécurité f | seguridad f | Sicherheits | segurança f | sicurezza f
unity | unité f | unidad f | Einheits | unidade f | unità f
justice | justice f | justicia f | Gerechtigkeits | justiça f | giustizia f
deterrent | dissuasion f | disuasión f | Abschreckungs | dissuasão f | dissuasione f
deterrence | dissuasion f | disuasión f | Abschreckungs | dissuasão f | dissuasione f
mobilization | mobilisation f | movilización f | Mobilisierungs | mobilização f | mobilitazione f
mobilisation | mobilisation f | movilización f | Mobilisierungs | mobilização f | mobilitazione f
intervention | intervention f | intervención f | Interventions | intervenção f | intervento m
protection | protection f | protección f | Schutz | proteção f | protezione f
peace | paix f | paz f | Friedens | paz f | pace f
"""

# Adjectives: english | fr | es | de | pt | it, masculine singular (the other forms are
# derived). A German entry "stem/Prefix" is also a compound prefix ("national/National":
# "Nationalarmee"); one starting with a capital is only a prefix ("Volks-"), not a word.
_ADJECTIVES = """
islamic | islamique | islámico | islamisch | islâmico | islamico
national | national | nacional | national/National | nacional | nazionale
democratic | démocratique | democrático | demokratisch | democrático | democratico
free | libre | libre | frei | livre | libero
popular | populaire | popular | Volks | popular | popolare
people's | populaire | popular | Volks | popular | popolare
revolutionary | révolutionnaire | revolucionario | revolutionär/Revolutions | revolucionário | rivoluzionario
republican | républicain | republicano | republikanisch | republicano | repubblicano
patriotic | patriotique | patriótico | patriotisch | patriótico | patriottico
armed | armé | armado | bewaffnet | armado | armato
united | uni | unido | vereinigt | unido | unito
rapid | rapide | rápido | schnell | rápido | rapido
federal | fédéral | federal | föderal/Bundes | federal | federale
special | spécial | especial | speziell/Spezial | especial | speciale
red | rouge | rojo | rot | vermelho | rosso
white | blanc/blanche | blanco | weiß | branco | bianco
communist | communiste | comunista | kommunistisch | comunista | comunista
socialist | socialiste | socialista | sozialistisch | socialista | socialista
progressive | progressiste | progresista | progressiv | progressista | progressista
provisional | provisoire | provisional | provisorisch | provisório | provvisorio
interim | intérimaire | interino | Übergangs | interino | ad interim
allied | allié | aliado | alliiert | aliado | alleato
expeditionary | expéditionnaire | expedicionario | Expeditions | expedicionário | di spedizione
armored | blindé | blindado | Panzer | blindado | corazzato
armoured | blindé | blindado | Panzer | blindado | corazzato
military | militaire | militar | militärisch/Militär | militar | militare
supreme | suprême | supremo | oberst | supremo | supremo
constitutional | constitutionnel | constitucional | Verfassungs | constitucional | costituzionale
royal | royal | real | königlich | real | reale
imperial | impérial | imperial | kaiserlich | imperial | imperiale
multinational | multinational | multinacional | multinational | multinacional | multinazionale
regional | régional | regional | regional | regional | regionale
"""

# Sides named by a plural noun that is also an adjective ("the Allies", "the Reds", "partisans"):
# english noun | english adjective | fr | es | de | pt | it, each the masculine singular adjective
# ("blanc/blanche" with an irregular feminine, "bianco//bianchi" with an irregular plural noun,
# a German "stem/Noun" with a noun not made from
# the adjective, "-" for no adjective). The nouns are the masculine plurals ("les alliés", "gli
# alleati", "die Alliierten"); the adjective goes with words for troops ("formazioni partigiane").
_PARTIES = """
allies | allied | allié | aliado | alliiert | aliado | alleato
partisans | partisan | partisan | partisano | -/Partisanen | partisano | partigiano
whites | white | blanc/blanche | blanco | weiß | branco | bianco//bianchi
reds | red | rouge | rojo | rot | vermelho | rosso
republicans | republican | républicain | republicano | republikanisch/Republikaner | republicano |
   repubblicano
nationalists | nationalist | nationaliste | nacionalista | nationalistisch/Nationalisten | nacionalista |
   nazionalista
communists | communist | communiste | comunista | kommunistisch/Kommunisten | comunista | comunista
"""
# Articles before a side's plural noun (a bare "alliés" or "blancs" is mostly an adjective:
# "les pays alliés", "des drapeaux blancs"); German nouns are told by their capital instead.
_PARTY_ARTICLES = {"fr": ("les", "des", "aux"), "es": ("los",), "pt": ("os", "dos", "aos", "pelos"),
                   "it": ("i", "gli", "dei", "degli", "ai", "agli", "dai", "dagli", "sui", "sugli"),
                   "de": ("die", "der", "den")}
_PARTY_TROOPS = {"en": ("forces", "troops", "units", "soldiers"), "fr": ("forces f", "troupes f", "unités f",
                 "formations f", "soldats m", "colonnes f"), "es": ("fuerzas f", "tropas f", "unidades f",
                 "soldados m", "columnas f"), "pt": ("forças f", "tropas f", "unidades f", "soldados m"),
                 "it": ("forze f", "truppe f", "unità f", "formazioni f", "reparti m", "soldati m",
                        "brigate f"),
                 "de": ("Truppen", "Einheiten", "Verbände", "Kräfte", "Soldaten")}

# How a modifying noun and a place are linked to what they modify.
_NOUN_LINKS = {"fr": ("de",), "es": ("de",), "pt": ("de",), "it": ("di",)}
_PLACE_LINKS = {"fr": ("de", "d", "du", "de la", "de l"), "es": ("de", "del"), "pt": ("de", "do", "da"),
                "it": ("di", "d", "del", "della", "dell")}
_GERMAN_ENDINGS = ("e", "en", "er", "es")


def _parse_nouns(source: str) -> dict[str, dict[str, tuple[tuple[str, str], ...]]]:
    table: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {}
    for line in continued_lines(source):
        english, *cols = [c.strip() for c in line.split("|")]
        for lang, col in zip(LANGS[1:], cols, strict=True):
            entries = [tuple(w.split()) for w in col.split(",")]
            table.setdefault(english, {})[lang] = tuple((e[0], e[1] if len(e) > 1 else "") for e in entries)
    return table


def _feminine(word: str, lang: str) -> str:
    """Return the feminine of a regular Romance adjective ("islamique", "islámica")."""
    if lang == "fr":
        if word.endswith("é"):
            return word + "e"
        if word.endswith("el"):
            return word + "le"  # "constitutionnelle"
        return word if word.endswith("e") else word + "e"
    return word[:-1] + "a" if word.endswith("o") else word


def _parse_adjectives() -> dict[str, dict[str, tuple[str, str]]]:
    """Return english -> language -> (masculine, feminine); German has (stem, compound prefix)."""
    table: dict[str, dict[str, tuple[str, str]]] = {}
    for line in _ADJECTIVES.strip().splitlines():
        english, *cols = [c.strip() for c in line.split("|")]
        for lang, word in zip(LANGS[1:], cols, strict=True):
            if lang == "de":
                stem, _, prefix = word.partition("/")
                table.setdefault(english, {})[lang] = ("" if stem[0].isupper() else stem,
                                                       stem if stem[0].isupper() else prefix)
            else:  # "blanc/blanche": an irregular feminine
                masculine, _, feminine = word.partition("/")
                table.setdefault(english, {})[lang] = (masculine, feminine or _feminine(masculine, lang))
    return table


def _parse_parties() -> dict[str, tuple[str, dict[str, tuple[str, str, str]]]]:
    """Return english noun -> (english adjective, language -> (masculine, feminine, plural noun))."""
    table: dict[str, tuple[str, dict[str, tuple[str, str, str]]]] = {}
    for line in continued_lines(_PARTIES):
        english, adjective, *cols = [c.strip() for c in line.split("|")]
        forms: dict[str, tuple[str, str, str]] = {}
        for lang, word in zip(LANGS[1:], cols, strict=True):
            if lang == "de":
                adj, _, noun = word.partition("/")
                forms[lang] = ("" if adj == "-" else adj, "", noun or adj.capitalize() + "en")
            else:
                masculine, feminine, noun = [*word.split("/"), "", ""][:3]
                feminine = feminine or _feminine(masculine, lang)
                forms[lang] = (masculine, feminine, noun or _plural(masculine, lang))
        table[english] = (adjective, forms)
    return table


NOUNS = _parse_nouns(_NOUNS)
ADJUNCTS = _parse_nouns(_ADJUNCTS)
ADJECTIVES = _parse_adjectives()


def _plural(word: str, lang: str) -> str:
    """Return the plural of a Romance adjective (regular forms are enough for names)."""
    if lang == "it":
        if word.endswith(("ca", "ga")):
            return word[:-1] + "he"  # "democratica" -> "democratiche"
        return word[:-1] + ("i" if word[-1] in "oe" else "e") if word[-1] in "oae" else word
    if word.endswith(("s", "x")):
        return word
    if lang == "fr" and word.endswith("al"):
        return word[:-2] + "aux"
    return word + ("s" if word[-1] in "aeiouéáóí" else "es" if lang != "fr" else "s")


def _romance_forms(english: str, lang: str, gender: str) -> tuple[str, ...]:
    """Return the forms of an adjective (lexicon or nationality) agreeing with `gender`."""
    plural = gender.endswith("p")
    if english in ADJECTIVES:
        m, f = ADJECTIVES[english][lang]
        word = f if gender.startswith("f") else m
        if plural and lang == "it" and gender.startswith("m") and word.endswith("a"):
            return (word[:-1] + "i",)  # "comunista": "guerriglieri comunisti"
        return (_plural(word, lang) if plural else word,)
    if "+" in english:
        return _ethnic_forms(*english.split("+"), lang)  # type: ignore[call-arg]
    for forms in demonym_forms(english):
        candidates = forms.get(lang, ())
        if candidates:
            return candidates  # every listed form: agreement is left to matching
    return ()


def party_names(name: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Return a side named by a plural like "Allies" in every language: (phrases, nouns).

    Phrases are the adjective with words for troops ("allied troops", "truppe alleate", "weiße
    Truppen"); nouns are (language, article + plural noun): "les alliés", "die Alliierten".

    >>> party_names("Reds")[1][:2]
    (('fr', 'les rouges'), ('fr', 'des rouges'))
    """
    entry = PARTIES.get(name_key(name))
    if entry is None:
        return (), ()
    adjective, forms = entry
    phrases = [f"{adjective} {noun}" for noun in _PARTY_TROOPS["en"]]
    nouns: list[tuple[str, str]] = []
    for lang in LANGS[1:]:
        masculine, feminine, plural = forms[lang]
        nouns += [(lang, f"{article} {plural}") for article in _PARTY_ARTICLES[lang]]
        if lang == "de":
            troops = _PARTY_TROOPS["de"] if masculine else ()
            phrases += [f"{masculine}{ending} {noun}" for ending in ("e", "en") for noun in troops]
            continue
        for entry_noun in _PARTY_TROOPS[lang]:
            noun, gender = entry_noun.split()
            phrases.append(f"{noun} {_plural(feminine if gender == 'f' else masculine, lang)}")
    return tuple(dict.fromkeys(phrases)), tuple(dict.fromkeys(nouns))


def nationalities(english: str) -> list[tuple[str, dict[str, tuple[str, ...]]]]:
    """Return (code, language -> forms) of the countries and peoples whose English form is `english`."""
    return [(code, forms) for table in (DEMONYMS, PEOPLES) for code, forms in table.items()
            if any(name_key(e) == english for e in forms.get("en", ()))]


def demonym_forms(english: str) -> list[dict[str, tuple[str, ...]]]:
    """Return the nationality tables (language -> forms) whose English form is `english`."""
    return [forms for _code, forms in nationalities(english)]


def _ethnic_forms(country: str, people: str, lang: str) -> tuple[str, ...]:
    """Return the forms of "Bosnian Serb" in `lang`: "serbobosnio", "serbes de Bosnie", "bosnisch-serbisch".

    Both orders of the compound are made ("serbo-bosniaco", "bosno-serbe"), with and without
    the hyphen; the people's forms are followed by "de" and the country's name.
    """
    out: list[str] = []
    for (code_a, forms_a), (code_b, forms_b) in _pairs(country, people):
        if lang == "de":
            stems = {f[:-1] for f in forms_a.get("de", ()) if f.endswith("e")}
            out += [f"{stem}-{f}" for stem in sorted(stems) for f in forms_b.get("de", ())]
            continue
        for code_x, forms_y in ((code_b, forms_a), (code_a, forms_b)):
            for comb in COMBINING.get(code_x, {}).get(lang, ()):
                out += [c for f in forms_y.get(lang, ()) for c in (f"{comb}{f}", f"{comb}-{f}")]
        for name in COUNTRY_NAMES.get(code_a, {}).get(lang, ()):
            out += [f"{f} {link} {name}" for f in forms_b.get(lang, ()) for link in _PLACE_LINKS[lang]]
    return tuple(dict.fromkeys(out))


def _pairs(country: str, people: str) -> list[tuple[tuple[str, dict[str, tuple[str, ...]]],
                                                     tuple[str, dict[str, tuple[str, ...]]]]]:
    return [(a, b) for a in nationalities(country) for b in nationalities(people)]


def people_nouns(name: str) -> tuple[str, ...]:
    """Return the plural nouns of a people in a country named by an actor ("Bosnian Serb forces"):
    "the Bosnian Serbs", "les serbes de Bosnie", "los serbobosnios", "i serbo-bosniaci"."""
    words = _english_words(name)
    if len(words) != 3 or words[-1] not in NOUNS or not all(nationalities(w) for w in words[:2]):
        return ()
    country, people = words[:2]
    out = [f"the {country} {people}s", f"{country} {people}s"]
    articles = {"fr": "les", "es": "los", "pt": "os", "it": "i"}
    for lang, article in articles.items():
        for form in _ethnic_forms(country, people, lang):
            head = form.split()[0]
            if head.endswith("s" if lang != "it" else "i"):
                out.append(f"{article} {form}")
    return tuple(dict.fromkeys(out))


def _place_names(word: str, lang: str) -> tuple[str, ...]:
    """Return a leading place's name in `lang`: a country's own name, else the word as written."""
    for names in COUNTRY_NAMES.values():
        if any(name_key(n) == word for n in names.get("en", ())):
            return names.get(lang, ())
    return (word,)


# A point of the compass in a name ("Northern Alliance", "Southern Movement"): Romance languages
# put it last as a place ("Alliance du Nord", "Alianza del Norte"), German makes it a prefix
# ("Nordallianz") or an adjective ("Südliche Bewegung"). english | fr | es | de | pt | it.
_COMPASS_WORDS = """
northern | du Nord | del Norte | Nord/nördlich | do Norte | del Nord
southern | du Sud | del Sur | Süd/südlich | do Sul | del Sud
eastern | de l'Est | del Este | Ost/östlich | do Leste | dell'Est
western | de l'Ouest | del Oeste | West/westlich | do Oeste | dell'Ovest
"""
COMPASS = {cells[0]: dict(zip(("fr", "es", "de", "pt", "it"), cells[1:], strict=True))
           for line in _COMPASS_WORDS.strip().splitlines()
           for cells in [[c.strip() for c in line.split("|")]]}


def _role(word: str, first: bool) -> str | None:
    """Say what a modifier is: "adj", "adjunct", "compass", "place" (first only), or None."""
    if word in COMPASS:
        return "compass"
    if word in ADJUNCTS:
        return "adjunct"
    if "+" in word:
        return "adj"
    if word in ADJECTIVES or demonym_forms(word):
        return "adj"
    if first and not word.endswith(("ern", "ic", "al", "ive", "ary", "ist", "ian", "ese")):
        return "place"  # "Tigray", "Arakan", "Sudan"; not an adjective we lack ("Southern")
    return None


def _english_words(name: str) -> list[str]:
    """Return the folded words of a name, with "people's" kept as one word."""
    words: list[str] = []
    for word in name_key(name).split():
        if word == "s" and words:
            words[-1] += "'s"
        else:
            words.append(word)
    return words


# Ordinals of numbered units ("2nd Armored Division", "Fifth Army"): english words, then the
# masculine word forms in fr | es | de (stem) | pt | it; the feminine is derived.
_ORDINALS = """
first | premier | primero | erst | primeiro | primo
second | deuxième | segundo | zweit | segundo | secondo
third | troisième | tercero | dritt | terceiro | terzo
fourth | quatrième | cuarto | viert | quarto | quarto
fifth | cinquième | quinto | fünft | quinto | quinto
sixth | sixième | sexto | sechst | sexto | sesto
seventh | septième | séptimo | siebt | sétimo | settimo
eighth | huitième | octavo | acht | oitavo | ottavo
ninth | neuvième | noveno | neunt | nono | nono
tenth | dixième | décimo | zehnt | décimo | decimo
"""
ORDINALS = {line.split("|")[0].strip(): [w.strip() for w in line.split("|")[1:]]
            for line in _ORDINALS.strip().splitlines()}


def _english_ordinal(n: int) -> str:
    """Return "1st", "2nd", "3rd", "11th", "22nd"."""
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th") if n % 100 not in (11, 12, 13) else "th"
    return f"{n}{suffix}"


_ORDINAL_NUMBERS = {_english_ordinal(n): n for n in range(1, 100)}


def _ordinal(word: str) -> int | None:
    """Return the number of an English ordinal ("2nd", "fifth"), else None."""
    if word in _ORDINAL_NUMBERS:
        return _ORDINAL_NUMBERS[word]
    return list(ORDINALS).index(word) + 1 if word in ORDINALS else None


def _ordinal_forms(n: int, lang: str) -> tuple[str, ...]:
    """Return the ways to write ordinal `n` before a unit's noun in `lang`, both genders."""
    words = list(ORDINALS.values())[n - 1] if n <= len(ORDINALS) else None
    word = words[LANGS.index(lang) - 1] if words else ""
    if lang == "fr":
        digits = ("1er", "1re", "1ere") if n == 1 else (f"{n}e", f"{n}eme", f"{n}ème")
        return (*digits, *((word, "première") if n == 1 else (word,) if word else ()))
    if lang == "de":
        return (f"{n}.", *(f"{word}{e}" for e in ("e", "en", "er") if word))
    feminine = word[:-1] + "a" if word.endswith("o") else word
    short = (word[:-1],) if lang == "es" and word.endswith("ero") else ()  # "el tercer ejército"
    return (f"{n}.ª", f"{n}ª", f"{n}.º", f"{n}º", *((word, feminine, *short) if word else ()))


def lexicon_word(english: str) -> bool:
    """Return True for an English adjective, modifying noun or ordinal the lexicon translates."""
    return english in ADJECTIVES or english in ADJUNCTS or _ordinal(english) is not None


def translate_name(name: str) -> tuple[str, ...]:
    """Return the name's word-by-word translations into fr, es, de, pt and it (may be empty)."""
    words = _english_words(name)
    numbers = [_ordinal(w) for w in words[:-1]]
    if any(numbers) and words[-1] in NOUNS:  # "2nd Armored Division": "2e division blindée"
        n = next(x for x in numbers if x)
        rest = [w for w, x in zip(words[:-1], numbers, strict=True) if not x] + [words[-1]]
        out = [f"{o} {t}" for lang in ROMANCE for t in _translate_words(rest, (lang,))
               for o in _ordinal_forms(n, lang)]
        for t in _translate_words(rest, ("de",)):
            before, _, noun = t.rpartition(" ")
            out += [f"{before} {o} {noun}".strip() for o in _ordinal_forms(n, "de")]
        return tuple(dict.fromkeys(out))[:LIMIT]
    words = _country_first(_place_first(words))
    if not 2 <= len(words) <= 5 or words[-1] not in NOUNS:
        return ()
    return _translate_words(words, (*ROMANCE, "de"))


def _country_first(words: list[str]) -> list[str]:
    """Return a name that opens with a country of several words as one place word: "Papua New
    Guinea Defence Force" reads "papua new guinea" + "defence force", so the place is put last
    in its own language ("Force de défense de Papouasie-Nouvelle-Guinée")."""
    for country in _COUNTRIES_OF_WORDS:
        n = len(country)
        if len(words) > n and words[:n] == list(country):
            return [" ".join(country), *words[n:]]
    return words


# English names of countries of several words, longest first ("papua new guinea", "sierra leone").
_COUNTRIES_OF_WORDS = sorted(
    {tuple(name_key(n).split()) for names in COUNTRY_NAMES.values() for n in names.get("en", ())
     if len(name_key(n).split()) > 1},
    key=len, reverse=True,
)


def _place_first(words: list[str]) -> list[str]:
    """Return a name "… of <place>" in the order the translations read: "Patriotic Union of
    Kurdistan" as "Kurdistan Patriotic Union", "National Movement for the Liberation of Azawad"
    as "Azawad National Liberation Movement"; other names as they are.

    The place is one or two words outside the lexicon ("Kurdistan", "Liberia", "Tamil Eelam").
    """
    if "of" not in words:
        return words
    at = len(words) - 1 - words[::-1].index("of")
    left, place = words[:at], [w for w in words[at + 1 :] if w != "the"]
    if not 1 <= len(place) <= 2 or any(w in NOUNS or lexicon_word(w) or w in _LINKS for w in place):
        return words
    adjunct = left[-1] if left and left[-1] in ADJUNCTS else ""
    if adjunct:  # "… for the Liberation": the adjunct joins the modifiers
        left = left[:-1]
        while left and left[-1] in ("for", "the"):
            left = left[:-1]
    if not left or left[-1] not in NOUNS or any(w in _LINKS for w in left):
        return words
    return [" ".join(place), *left[:-1], *([adjunct] if adjunct else []), left[-1]]


_LINKS = frozenset({"of", "for", "the", "and", "in"})


def romance_acronyms(name: str) -> tuple[str, ...]:
    """Return the acronyms a Romance press makes of a name: the initials of its translations'
    content words ("Syrian Democratic Forces": "FDS", "Forces démocratiques syriennes";
    "Islamic State": "EI", "État islamique"; "Patriotic Union of Kurdistan": "UPK", "Union
    patriotique du Kurdistan"). The head's first noun only ("forces", not "troupes"); empty
    for a name the lexicon cannot translate word by word."""
    words = _place_first(_english_words(name))
    if not 2 <= len(words) <= 5 or words[-1] not in NOUNS:
        return ()
    out: list[str] = []
    for lang in ROMANCE:
        first = NOUNS[words[-1]][lang][0][0]
        for translated in _translate_words(list(words), (lang,)):
            content = [w for w in name_key(translated).split() if w not in _ACRONYM_LINKS]
            if translated.startswith(first) and len(content) >= 2:
                out.append("".join(w[0] for w in content).upper())  # "ÉI" is written "EI"
    return tuple(dict.fromkeys(out))


# Words an acronym skips: the links of Romance names ("Front de libération de l'Érythrée").
_ACRONYM_LINKS = frozenset({"de", "du", "des", "d", "l", "la", "le", "del", "do", "da", "dos", "das", "di",
                            "della", "dell", "dei", "degli"})


def _translate_words(words: list[str], langs: tuple[str, ...]) -> tuple[str, ...]:
    """Return the translations of a name's folded words into `langs` (a head noun last)."""
    if not 1 <= len(words) <= 5 or words[-1] not in NOUNS:
        return ()
    head, modifiers = words[-1], words[:-1]
    for i in range(len(modifiers) - 1):  # "Bosnian Serb": a people of a country, one modifier
        if nationalities(modifiers[i]) and nationalities(modifiers[i + 1]):
            modifiers[i : i + 2] = [f"{modifiers[i]}+{modifiers[i + 1]}"]
            break
    roles = [_role(w, i == 0) for i, w in enumerate(modifiers)]
    if any(r is None for r in roles):
        return ()
    readings = [(modifiers, roles)]
    if roles and roles[0] == "adj" and _also_place(modifiers[0]):  # "Tigray Defense Forces": "… du Tigray"
        readings.append((modifiers, ["place", *roles[1:]]))
    country = _country_of(modifiers[0]) if roles and roles[0] == "adj" and len(modifiers) > 1 else ""
    if country:  # "Eritrean People's Liberation Front": "Front populaire de libération de l'Érythrée" too
        readings.append(([country, *modifiers[1:]], ["place", *roles[1:]]))
    out: list[str] = []
    for words_read, reading in readings:
        for lang in ROMANCE:
            if lang in langs:
                out += _romance(head, words_read, reading, lang)
        if "de" in langs:
            out += _german(head, words_read, reading)
    return tuple(dict.fromkeys(out))[:LIMIT]


def _country_of(word: str) -> str:
    """Return the English name of the one country a nationality adjective is of ("eritrean":
    "eritrea"), else "": the Romance press names a group after its country as often ("de l'Érythrée")."""
    if "+" in word or word in ADJECTIVES:
        return ""
    names = [COUNTRY_NAMES[code]["en"][0] for code, _ in nationalities(word) if code in COUNTRY_NAMES]
    return name_key(names[0]) if len(names) == 1 else ""


def _also_place(word: str) -> bool:
    """Say whether a first modifier read as a people's adjective is also the name of its land:
    "Tigray" (Tigrayan) is both, "Tigrayan" and "Kurdish" are adjectives only."""
    adjective = word.endswith(("ern", "ic", "al", "ive", "ary", "ist", "ian", "ese", "ish", "an", "i"))
    return "+" not in word and word not in ADJECTIVES and not adjective


def _romance(head: str, modifiers: list[str], roles: list[str | None], lang: str) -> list[str]:
    """Return a name's Romance forms: noun, adjectives, "de" + modifying nouns, "de" + place."""
    out: list[str] = []
    place = [m for m, r in zip(modifiers, roles, strict=True) if r == "place"]
    tails = [""]
    for p in place:
        tails = [f" {link} {name}" for link in _PLACE_LINKS[lang] for name in _place_names(p, lang)]
        if _place_names(p, lang) == (p,):  # a people's name kept as it is: "Frente Nacional Chin"
            tails.append(f" {p}")
    for m, r in zip(modifiers, roles, strict=True):
        if r == "compass":  # "Alliance du Nord": the compass point last, as a place
            tails = [f"{tail} {COMPASS[m][lang]}" for tail in tails]
    # An adjective right before a modifying noun may be its own ("Rapid Support": "soutien
    # rapide") or the head's ("People's Liberation Front": "Frente Popular de Liberación").
    for own in (False, True):
        for noun, gender in NOUNS[head][lang]:
            head_adjs: list[str] = []
            adjuncts: list[tuple[str, list[str]]] = []
            pending: list[str] = []
            for m, r in zip(modifiers, roles, strict=True):
                if r == "adj":
                    pending.append(m)
                elif r == "adjunct":
                    adjuncts.append((m, pending if own else []))
                    if not own:
                        head_adjs += pending
                    pending = []
            head_adjs += pending
            options = [_romance_forms(m, lang, gender) for m in head_adjs]
            if not all(options):
                return []
            middles = _adjunct_phrases(adjuncts, lang)
            if middles is None:
                return []
            for order in permutations(range(len(head_adjs))):
                for choice in _product([options[i] for i in order]):
                    for middle in middles:
                        for tail in tails:
                            out.append(" ".join((noun, *choice)) + middle + tail)
    return out


def _adjunct_phrases(adjuncts: list[tuple[str, list[str]]], lang: str) -> list[str] | None:
    """Return the "de soutien rapide" parts of a Romance name, or None if an adjective is unknown."""
    phrases = [""]
    for english, adjs in adjuncts:
        noun, gender = ADJUNCTS[english][lang][0]
        options = [_romance_forms(a, lang, gender) for a in adjs]
        if not all(options):
            return None
        words = [" ".join((noun, *choice)) for choice in _product(options)]
        # French elides "de" before a vowel: "Force d'intervention rapide" (folded "d intervention")
        links = ("d",) if lang == "fr" and noun[0] in "aeiouéèêh" else _NOUN_LINKS[lang]
        phrases = [f"{p} {link} {w}" for p in phrases for link in links for w in words]
    return phrases


def _german_forms(english: str) -> tuple[str, ...]:
    """Return the inflected German forms of an adjective (none for a prefix-only one)."""
    if english in ADJECTIVES:
        stem = ADJECTIVES[english]["de"][0]
        return tuple(stem + e for e in _GERMAN_ENDINGS) if stem else ()
    if "+" in english:
        return _ethnic_forms(*english.split("+"), "de")  # type: ignore[call-arg]
    out: tuple[str, ...] = ()
    for forms in demonym_forms(english):
        out += forms.get("de", ())
    return out


def _german(head: str, modifiers: list[str], roles: list[str | None]) -> list[str]:
    """Return a name's German forms: inflected adjectives, then one compound of the nouns."""
    # Each adjective is a word ("nationale Armee") or, when it has one, a compound prefix
    # ("Nationalarmee"); modifying nouns are always prefixes ("Befreiungsfront").
    combos: list[tuple[tuple[str, ...], str]] = [((), "")]  # (adjectives, compound prefix)
    places: list[str] = []
    for m, r in zip(modifiers, roles, strict=True):
        if r == "place":
            places += _place_names(m, "de")
            continue
        if r == "adjunct":
            combos = [(ws, _compound(px, ADJUNCTS[m]["de"][0][0])) for ws, px in combos]
            continue
        if r == "compass":  # "Nordallianz", "nördliche Allianz"
            prefix, adjective = COMPASS[m]["de"].split("/")
            variants = [((adjective + e,), "") for e in _GERMAN_ENDINGS] + [((), prefix)]
            combos = [((*ws, *w), _compound(px, p)) for ws, px in combos for w, p in variants][:64]
            continue
        prefix = ADJECTIVES[m]["de"][1] if m in ADJECTIVES else ""
        variants = [((f,), "") for f in _german_forms(m)] + ([((), prefix)] if prefix else [])
        if not variants:
            return []
        combos = [((*ws, *w), _compound(px, p)) for ws, px in combos for w, p in variants][:64]
    out: list[str] = []
    for noun, _gender in NOUNS[head]["de"]:
        for ws, prefix in combos:
            base = " ".join((*ws, _compound(prefix, noun)))
            if places:
                out += [f"{p}-{base}" for p in places] + [f"{base} von {p}" for p in places]
                out += [f"{base} {p}s" for p in places] + [f"{base} des {p}" for p in places]
            else:
                out.append(base)
    return out + _german_analytic(head, modifiers, roles, places)


def _german_analytic(
    head: str, modifiers: list[str], roles: list[str | None], places: list[str]
) -> list[str]:
    """Return a place's "… for the liberation of X" told as German writes it out, besides the
    compound: "Nationale Bewegung für die Befreiung des Azawad", "Bewegung zur Befreiung von X"
    (an "-ung" adjunct, a feminine noun, with a place)."""
    adjuncts = [m for m, r in zip(modifiers, roles, strict=True) if r == "adjunct"]
    if not places or len(adjuncts) != 1 or not ADJUNCTS[adjuncts[0]]["de"][0][0].endswith("ungs"):
        return []
    noun = ADJUNCTS[adjuncts[0]]["de"][0][0][:-1]  # "Befreiungs" -> "Befreiung"
    kept = [(m, r) for m, r in zip(modifiers, roles, strict=True) if r not in ("adjunct", "place")]
    bases = _german(head, [m for m, _ in kept], [r for _, r in kept])
    named = [*(f"des {p}" for p in places), *(f"von {p}" for p in places), *(f"{p}s" for p in places)]
    links = ("für die", "zur")
    return [f"{base} {link} {noun} {place}" for base in bases for link in links for place in named]


def _compound(first: str, second: str) -> str:
    """Join two German words into one ("Volks" + "Befreiungs" is "Volksbefreiungs")."""
    return first + second.lower() if first else second


def _product(options: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    result: list[tuple[str, ...]] = [()]
    for opts in options:
        result = [(*r, o) for r in result for o in opts]
    return result[:64]  # a bound: names have few words and few forms


PARTIES = _parse_parties()
