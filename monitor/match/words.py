"""Cross-language words the detector reads sentences with (no verbs: those are in `expressions`).

Each is matched against signature tokens (folded: lowercase, no accents but `à` and umlauts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from monitor.match.expressions import tokens_rx

STOP = frozenset('.;:!?()[]"«»“”„')
QUOTES = frozenset('"«»“”„')


# The most words a pair of scare quotes holds.
_SCARE_WORDS = 3


def scare_quote(tokens: Sequence[str], k: int) -> bool:
    """Say whether the quote mark at k opens or closes a quote of at most `_SCARE_WORDS` words."""
    if tokens[k] not in QUOTES:
        return False
    for step in (1, -1):
        for x in range(k + step, k + step * (_SCARE_WORDS + 2), step):
            if not 0 <= x < len(tokens) or (tokens[x] in STOP and tokens[x] not in QUOTES):
                break
            if tokens[x] in QUOTES:
                if abs(x - k) > 1:
                    return True
                break
    return False


def ordinal_dot(tokens: Sequence[str], k: int) -> bool:
    """Say whether the stop at k is the dot of a German ordinal inside the sentence ("am 29. Juni")."""
    return tokens[k] == "." and k > 0 and tokens[k - 1].isdigit() and k + 1 < len(tokens)


# News agencies named in a dateline ("Goma, 3 mars (AFP) -", "AMMAN, Sept. 20 (Reuters) -").
AGENCIES = frozenset(
    (
        *("afp", "ap", "reuters", "dpa", "efe", "ansa", "lusa", "upi", "xinhua", "tass", "ria", "apa"),
        *("ips", "anop"),
    )
)

OBJ_REL = frozenset(("que", "qu", "that", "which", "che", "den", "die", "das", "welche", "welchen"))

# (German "Kämpfer" are fighters, not fighting: "Seleka-Kämpfer rückten ohne Gegenwehr in X ein")
FIGHTING = tokens_rx(
    r"fighting|clashes|gunfire|shooting|battles?|combats?|affrontements|tirs|fusillades|combates|enfrentamientos"
    r"|tiroteos?|disparos|kämpfe(?!r)\w*|gefechte?|schüsse|scontri|combattimenti|spari|confrontos|tiros|resistance"
    r"|resistencia|widerstand|resistenza|resistência|advancing|avancent|avanzan|avanzando|vorrück\w*|avanzano"
    # the verbs of fighting that goes on ("combaten contra", "si combatte vicino al palazzo")
    r"|(?:are|were|is|was) (?:still )?(?:fighting|battling)|se battent|se battaient|combattent|combattaient"
    r"|combaten|combatian|luchan|luchaban|combattono|combattevano|si combatte|si combatteva"
    r"|combatem|combatiam|lutam|lutavam|kampfen|kämpfen|kampften|kämpften"
    # defenders who attack the troops that came in, or hold out entrenched in the town
    r"|attacked|attacking|counterattacked|counter attacked|attaquent|attaquaient|ont attaque|atacaron"
    r"|atacan|atacaban|haben angegriffen|hat angegriffen|attaccano|attaccarono|hanno attaccato|atacaram"
    r"|atacam|atacavam|entrenched|retranches|retranchees|atrincherados|atrincheradas|verschanzt|verschanzten"
    r"|asserragliati|trincerati|entrincheirados|entrincheiradas"
)

# A side attacking or besieging a place: when the article then tells the place fell with no side
# named, the attacker is who may have taken it ("The RSF attacked X on Saturday. The city fell on
# Sunday"), as a side that took another place is (`guessed_holders._weak_late_guess`). Not
# "cerca de", "cerca" (about, near): the Spanish and Portuguese encirclement takes its past.
ATTACKED = tokens_rx(
    r"attack(?:ed|ing|s)?|stormed|storming|assault(?:ed|ing|s)?|besieg\w*|encircl\w*|laid siege to"
    r"|launched (?:an? |their |its )?(?:\S+ )?(?:assault|offensive|attack) on"
    r"|attaqu\w*|assaill\w*|assieg\w*|encercl\w*"
    r"|lance (?:une |leur |son )?(?:\S+ )?(?:offensive|assaut|attaque) (?:sur|contre)"
    r"|atac(?:a|an|aron|o|aban|ado|ando|am|aram|ou|avam)|asalt(?:a|an|aron|o|ado|ando)|asedi\w*"
    r"|cercaron|cercado|cercaram|cercou"
    r"|sitia\w*|assalt(?:a|ano|arono|ato|ando|aram|ou|ado)|attacc(?:a|ano|arono|ato|ando)|assedi\w*|accerchi\w*"
    r"|angegriffen|griff(?:en)?(?= (?:\S+ ){0,6}?an(?!\w))|greif(?:en|t)(?= (?:\S+ ){0,6}?an(?!\w))"
    r"|belager\w*|umzingel\w*|eingekesselt|kesselten"
)

LIST = tokens_rx(
    r",|and|et|y|e|ed|und|sowie|ou|or|as well as|then|puis|luego|dann|poi|depois|&|the city of|la ville de"
    r"|de|d|of|del|di|da|do|von"
)

# "of", with the contracted Italian and Portuguese forms ("i guerriglieri delle FARC", "dos")
OF = tokens_rx(r"of|de|d|del|du|des|von|di|da|do|della|dell|dello|delle|dei|degli|dos|das")

DIRECTION = tokens_rx(
    r"north|south|east|west|northeast|northwest|southeast|southwest|nordöstlich|nordwestlich|südöstlich"
    r"|südwestlich|nördlich|südlich|östlich|westlich|nord|sud|est|ouest|norte|sur|este|oeste|norden|süden|osten|westen|ovest|km"
    r"|sul|leste|nordeste|noroeste|sudeste|sudoeste|nordest|nordovest|sudest|sudovest"  # (pt "a sul de X")
    r"|kilometres|kilometers|kilometros|kilometern|chilometri|quilometros|miles|millas"
    r"|kilometer|kilometre|kilometro|chilometro|quilometro|meilen"
)

# A part of a city, not the city: "eastern Mosul", "l'est de Mossoul", "el centro de", "den Ostteil von".
PART = tokens_rx(
    r"eastern|western|northern|southern|central|downtown|north-eastern|northeastern|north-western"
    r"|northwestern|south-eastern|southeastern|south-western|southwestern"
)
PART_OF = tokens_rx(
    r"east|west|north|south|est|ouest|nord|sud|este|oeste|norte|sur|centre|centro|center|centre-ville"
    r"|ostteil|westteil|nordteil|südteil|osten|westen|norden|süden|zentrum|ovest|part|partie|parte|teil"
)

CITY = tokens_rx(
    r"(?:the|la|el|die|der|a|o|il|cette|esta|diese|this) (?:city|town|capital|ville|capitale|ciudad|stadt"
    r"|hauptstadt|citta|città|cidade)"
)

# An adjective after "the city" that makes it one quarter of it: "ont pris la ville européenne, la
# médina résiste", "la ciudad vieja", "la città bassa", "a cidade baixa" (not the whole city).
CITY_QUARTER = tokens_rx(
    r"europeenne|basse|haute|nouvelle|vieille|ancienne|arabe|indigene|moderne|coloniale|vieja|baja|alta"
    r"|nueva|antigua|vecchia|bassa|nuova|antica|velha|baixa|nova|antiga"
)

# A plural of towns that a colon then lists: "took three towns: A, B and C".
TOWNS = tokens_rx(
    r"towns|cities|provincial capitals|capitals|district centres|district centers|villes|localites|localités"
    r"|chefs-lieux|capitales|ciudades|localidades|cabeceras|städte|staedte|ortschaften|provinzhauptstädte"
    r"|citta|città|cidades|capitais"
)

CONTROL = tokens_rx(r"control|controle|controlo|kontrolle|controllo")

# A year standing alone. The blank before it is looked behind at from its end: a pattern that
# opens with its digits lets the regex engine skip to a "1" or "2" in C (one year in a text of
# hundreds of characters) instead of trying the lookbehind at every character.
YEAR = re.compile(r"(1[89]\d\d|20\d\d)(?<!\S\d{4})(?!\S)")

# Who a statement is attributed to follows these: "according to the RSF", "selon le M23", "laut der Armee".
ATTRIBUTION = tokens_rx(
    r"according to|citing|selon|d apres|cite par|segun|de acuerdo con|citando a|laut|nach angaben|segundo"
    r"|de acordo com|secondo|stando a"
)

# Reports of a change are a claim until confirmed: "reports of the fall of X", "Berichte über die
# Einnahme von X", "des informations faisant état de la prise de X"; a denial nearby drops them.
REPORTS_OF = tokens_rx(
    r"reports? (?:of|that)|berichte\w* (?:uber|über|von|wonach)|meldungen (?:uber|über|wonach)"
    r"|informations? (?:faisant etat|selon lesquelles)|faisant etat|rumeurs?|informes? (?:sobre|de que)"
    r"|notizie (?:di|della|del|sulla|sul)|not[ií]cias (?:de|da|do|sobre)|relatos (?:de|sobre)"
)

# In an apposition after the city, who held it before the change: "X, the last town under the
# control of Y", "X, der letzten Stadt unter Kontrolle der Y", "X, controlada pelas Y desde…".
HELD_BY = tokens_rx(
    r"control|controle|kontrolle|controllo|held|controlled|controlee|controlees|controlada|controlado"
    r"|controlados|controladas|controllata|controllato|kontrolliert\w*|tenue|tenu|hands|mains|manos|maos"
    r"|mani|mano|händen|handen|hand|hochburg|stronghold|bastion|bastiao|roccaforte|bastione|fief"
)

# Issue 10: the reportive mood or an adverb of hearsay makes the change a claim, whoever tells it:
# "RSF fighters reportedly captured X", "les FSR auraient pris X", "X habría caído", "avrebbero
# conquistato X", "teriam tomado X", "die RSF haben X Berichten zufolge eingenommen". Read in the
# trigger's clause, before it; a later denial in the article then drops the change.
_REPORTIVE_WORDS = (
    r"reportedly|allegedly|purportedly|supposedly|(?:is|are|was|were|has been|have been) (?:said|reported"
    r"|believed|thought|understood|rumou?red|alleged) to"
    r"|aurait|auraient|serait|seraient|pretendument|selon toute vraisemblance"
    r"|habria|habrian|estaria|estarian|supuestamente|presuntamente|al parecer"
    r"|avrebbe|avrebbero|sarebbe|sarebbero|presumibilmente|presuntamente|a quanto pare|a quanto sembra"
    r"|teria|teriam|estaria|estariam|supostamente|alegadamente|presumivelmente"
    r"|angeblich|mutmaßlich|mutmasslich|soll|sollen"
)
REPORTIVE = tokens_rx(_REPORTIVE_WORDS)
# "Berichten zufolge", "Medienberichten zufolge": apart from `REPORTIVE`, whose branches the lookahead
# on their first letters (`tokens_rx`) then skips at most words; "\w*berichten" may start any word.
_REPORTIVE_ZUFOLGE_WORDS = r"(?:\w*berichten|informationen|quellen) zufolge"
REPORTIVE_ZUFOLGE = tokens_rx(_REPORTIVE_ZUFOLGE_WORDS)
# Sources left unnamed: "according to local sources", "selon des témoins", "según fuentes
# militares", "laut Augenzeugen", "secondo fonti locali"; "sources said", "residents told".
SOURCE_NOUN = tokens_rx(
    r"sources?|witness\w*|residents?|locals|media|fonte|fontes|fuentes?|fonti|quellen?|temoins?|testigos?"
    r"|testimoni|testemunhas?|habitants?|vecinos|residenti|abitanti|moradores|(?:augen)?zeugen|bewohner\w*"
    r"|anwohner\w*|medien\w*|medias|medios|informations?|informes"
    # reports themselves: "according to unconfirmed reports", "según informaciones no confirmadas"
    r"|reports|informaciones|informazioni|informacoes|noticias|notizie|relatos"
)
SOURCES_SAID = tokens_rx(r"(?:sources?|witnesses|residents|locals) (?:said|say|says|told|reported)")

SPOKES = re.compile(r"spokes\w*|porte parole|portavoz|sprecher|portavoce")

_TIME = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|montag|dienstag|mittwoch|donnerstag"
    r"|freitag|samstag|sonntag|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|segunda|terca|quarta|quinta"
    r"|sexta|morning|night|evening|wochenende|weekend|matin|soir|nuit|manana|noche|morgen|abend|nacht"
    # the same parts of the day in every language ("in serata", "de madrugada", "im Morgengrauen")
    r"|dawn|afternoon|aube|tarde|madrugada|amanecer|mattina|mattino|sera|serata|notte|alba|pomeriggio"
    r"|manha|noite|morgengrauen|tagesanbruch|vormittag|nachmittag"
    + "".join(  # German compounds of a day and its part: "am Donnerstagmorgen"
        f"|{day}{part}"
        for day in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
        for part in ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")
    )
)
TIME = tokens_rx(_TIME)
TIME_WORDS = frozenset(_TIME.split("|"))  # the same words, for a set look-up in hot loops

_DURATION = (
    r"days?|hours?|weeks?|months?|jours|heures|semaines|mois|giorni|ore|settimane|mesi|dias|horas|semanas"
    r"|meses|longtemps"
)
ONLY_TOOK = tokens_rx(
    r"n a fallu que|a suffi|took only|only took|it took just|basto|bastaron|reichten|genügten"
    # the time it took: "ont mis deux jours pour prendre X", "needed two days to capture X"
    r"|(?:ont|a|avaient|avait) mis (?:\S+ ){0,2}?(?:" + _DURATION + r") (?:pour|à)"
    r"|(?:ci )?(?:hanno|ha) (?:messo|impiegato) (?:\S+ ){0,2}?(?:" + _DURATION + r") per"
    r"|(?:precisaram|precisou|levaram|levou) (?:de )?(?:\S+ ){0,2}?(?:" + _DURATION + r") para"
    r"|(?:tardaron|tardo|necesitaron|necesito) (?:\S+ ){0,2}?(?:" + _DURATION + r") (?:en|para)"
    r"|(?:needed|took) (?:\S+ ){0,2}?(?:" + _DURATION + r") to"
)

# "For the first time", "once again": a time between a capture and its city, not a place.
ONCE_AGAIN = tokens_rx(
    r"for the first time|once again|pour la premiere fois|une nouvelle fois|à nouveau|de nouveau"
    r"|por primera vez|una vez mas|de nuevo|pela primeira vez|mais uma vez|de novo|per la prima volta"
    r"|ancora una volta|di nuovo|zum ersten mal|erneut"
)

# (Not the manner: "fast kampflos", "almost unopposed", "presque sans combat" took the city whole.)
HEDGE = tokens_rx(
    r"(?:legally|formally|nominally|partially|partly|almost|nearly|practically|virtually|juridiquement|legalement"
    r"|formellement|partiellement|presque|pratiquement|quasiment|legalmente|formalmente|parcialmente|casi"
    r"|practicamente|rechtlich|formell|teilweise|fast|beinahe|um ein haar|praktisch|nahezu|parzialmente"
    r"|quasi|praticamente|quase)"
    r"(?! (?:kampflos|widerstandslos|unopposed|unchallenged|without|sans|sin|senza|sem|ohne)(?!\S))"
)

UNOPPOSED = tokens_rx(
    r"without (?:\w+ ){0,2}?(?:a fight|resistance|opposition|fighting)|unopposed"
    r"|(?:meeting|met|encountering|encountered|facing|faced) (?:no|little) (?:resistance|opposition)"
    r"|sans (?:\w+ ){0,3}?(?:resistance|combat|combattre)|sin (?:\w+ ){0,3}?(?:resistencia|combatir|luchar)"
    r"|kampflos|ohne (?:\w+ ){0,3}?(?:widerstand|gegenwehr|kampf|kämpfe)"
    r"|senza (?:\w+ ){0,3}?(?:resistenza|combattere)"
    r"|sem (?:\w+ ){0,3}?(?:resistencia|combate|combater|luta|lutar)"
    # (five words for a subordinate clause: "sin que se disparara un solo tiro", "senza che fosse
    # sparato un solo colpo", "sem que se disparasse um único tiro")
    r"|(?:sans|sin|senza|sem|without) (?:\w+ ){0,5}?"
    r"(?:tirer|coup de feu|disparar|disparo|sparare|colpo|tiro|shot|firing)"
)

# Both sides at once: "both sides claim the town", "les deux camps revendiquent X", "entrambi i
# campi rivendicano la città", "beide Seiten reklamieren X für sich". Contested: no one took it.
BOTH_SIDES = tokens_rx(
    r"both (?:sides|camps|parties)|each side|les deux (?:camps|parties|belligerants)|chaque camp"
    r"|ambos (?:bandos|lados|campos)|ambas (?:partes|facciones)|los dos bandos|as duas partes|os dois lados"
    r"|entrambi i (?:campi|fronti|contendenti)|entrambe le parti|le due parti|beide seiten|beide lager"
)

# What is fired falls too: "mortar rounds fell on X", "des obus sont tombés sur X", "colpi di mortaio
# sono caduti sui quartieri di X", "Granaten fielen auf X". Such a fall is of shells, not of a city.
PROJECTILES = frozenset((
    "shell", "shells", "rocket", "rockets", "mortar", "mortars", "rounds", "bomb", "bombs", "missile",
    "missiles", "grenades", "projectiles", "obus", "roquette", "roquettes", "bombe", "bombes",
    "mortier", "mortiers", "mortaio", "mortai", "razzo", "razzi", "bomba", "bombe", "missili",
    "proiettili", "granate", "ordigni", "proyectil", "proyectiles", "cohete", "cohetes", "bombas",
    "misil", "misiles", "mortero", "morteros", "granadas", "obuses", "projetil", "projeteis",
    "foguete", "foguetes", "misseis", "morteiro", "morteiros",
))
# (German compounds end with the projectile: "Mörsergranaten", "Artilleriegeschosse")
PROJECTILE_ENDINGS = ("granaten", "granate", "raketen", "rakete", "bomben", "geschosse", "geschoss")

# Troops that enter find the city empty: its defenders had gone ("qu'elles ont trouvée presque
# vide", "found the town deserted", "encontraron la ciudad desierta"); an entry then met no one.
DESERTED = tokens_rx(
    r"found (?:\S+ ){0,3}?(?:deserted|empty|abandoned)"
    r"|trouv\w* (?:\S+ ){0,3}?(?:deserte|desertes|desert|deserts|vide|vides|abandonnee|abandonnees)"
    r"|encontr\w* (?:\S+ ){0,3}?(?:desierta|desierto|desiertas|desiertos|vacia|vacias|abandonada|abandonadas)"
    r"|trov\w* (?:\S+ ){0,3}?(?:deserta|deserto|deserte|deserti|vuota|vuote|abbandonata|abbandonate)"
    r"|encontr\w* (?:\S+ ){0,3}?(?:deserta|deserto|desertas|desertos|vazia|vazias|abandonada|abandonadas)"
)

# The entering side drove a watched side out, named as the object and not as the agent ("entered
# X, pushing the RSF out", "chassant les FSR", "expulsando a las FAR", "und haben die RSF
# vertrieben", "cacciando i ribelli"): the city's holder left, so the entry is a change.
EXPELLED_SIDE = tokens_rx(
    r"(?:push|pushes|pushing|pushed|drive|drives|driving|drove|kick|kicks|kicking|kicked|chase|chasing|chased"
    r"|flush|flushing|flushed|force|forcing|forced) (?:the )?@a\d+ out"
    r"|(?:pushing|pushed|driving|drove|kicking|kicked|chasing|chased|flushing|flushed|forcing|forced)"
    r" out (?:the )?@a\d+"
    r"|(?:chass|expuls|delog)(?:ant|e|ee|es|ees|ent|erent|ait|aient|er) (?:les |la |le |l )?@a\d+"
    r"|(?:expuls|desaloj)(?:ando|aron|o|an|ado|ar) (?:a )?(?:los |las |el |la )?@a\d+"
    r"|(?<!von )(?<!von der )(?<!von den )(?<!von dem )(?<!durch )(?<!durch die )(?<!durch den )"
    r"@a\d+ (?:\S+ ){0,5}?(?:vertrieben|verjagt|verdrängt)"
    r"|(?:cacci|scacci)(?:ando|ato|ati|ata|ate|arono|ano) (?:i |gli |le |la |il |l )?@a\d+"
    r"|(?:expuls|desaloj)(?:ando|aram|ou|am|ado|ar) (?:os |as |o |a )?@a\d+"
    # the side's rule over the city ended by the entry: "moved into X, ending five months of RSF
    # rule", "mettant fin à cinq mois de contrôle des FSR", "beendeten die Herrschaft der RSF"
    r"|(?:ends|ended|ending) (?:\S+ ){0,4}?(?:of )?(?:the )?@a\d+(?: s)? (?:\S+ )?"
    r"(?:rule|control|occupation|grip|presence|hold)"
    r"|(?:met|mettant|mis|mit|mettent|mirent) fin (?:à|a) (?:\S+ ){0,4}?"
    r"(?:controle|domination|occupation|presence|regne) (?:des |du |de la |de l |de )@a\d+"
    r"|(?:pone|poniendo|puso|pusieron|ponen) fin a (?:\S+ ){0,4}?(?:control|dominio|ocupacion|presencia)"
    r" (?:de )?(?:los |las |el |la )?@a\d+"
    r"|(?:beend|beendig)\w* (?:\S+ ){0,4}?(?:herrschaft|kontrolle|besatzung|besetzung|präsenz)"
    r" (?:der |des )@a\d+"
    r"|(?:pone|ponendo|pose|posero|pongono) fine (?:a|al|alla|ai|agli) (?:\S+ ){0,4}?"
    r"(?:controllo|dominio|occupazione|presenza) (?:di |del |della |dei |delle |degli )@a\d+"
    r"|(?:poe|pondo|pos|puseram|poem) fim (?:a|ao|à|aos) (?:\S+ ){0,4}?(?:controlo|controle|dominio|ocupacao"
    r"|presenca) (?:d[oa]s? )@a\d+"
)

# Signs that the side inside gave the city up, wherever the article tells them: the garrison
# surrendered, a flag went up, the crowd welcomed the troops, the city was held by nightfall. An
# entry then counts as a change even when who left is not named ("sono entrate in X ... la folla
# ha accolto le truppe").
_YIELDED_WORDS = (
    r"surrendered|capitulated|capitulation|(?:raised|hoisted) (?:the |a |their )?(?:\S+ )?flags?"
    # (not "s'est rendu à Paris", "rindió homenaje", "resa nota", "la proposta è stata accolta")
    r"|welcomed by (?:\S+ ){0,2}?(?:crowds?|residents|people|population|inhabitants|locals)|cheering crowds?"
    r"|capitule|capitulation|reddition|hisse\w*|pavoise|acclam\w*"
    r"|capitul(?:o|aron|acion)|se rindi(?:o|eron)|rendicion|izad[oa]s?|aclam\w*|vitore\w*"
    r"|recibi\w* (?:\S+ ){0,4}?con (?:flores|aplausos|vitores|jubilo|repiques|alegria|banderas)"
    r"|kapitul\w*|gehisst|jubel\w*|bejubelt"  # who surrendered, not what "hat sich ergeben" (resulted)
    r"|(?:ergaben|ergab) sich (?:\S+ ){0,3}?(?:besatzung|garnison|verteidiger|\w*truppen|soldaten|einheiten)"
    r"|capitolat\w*|(?:si sono|si e|si era|si erano) arres[oaie]|resa (?:della|delle|del|degli|di)"
    r"|firmat[oa] la resa|(?:folla|popolazione|abitanti) (?:\S+ ){0,3}?(?:ha|hanno) accolto|issat[oaie]"
    r"|accolt[oaie] (?:\S+ ){0,3}?(?:dalla folla|dalla popolazione|dagli abitanti|in trionfo)"
    r"|capitul(?:ou|aram|acao)|rend(?:eu|eram) se|se rend(?:eu|eram)|rendicao|hastead[oa]s?"
    # the city already freed from its holder ("che la popolazione aveva già liberato dai tedeschi")
    r"|(?:liberated|freed) from|liber\w* (?:dai|dagli|dal|dalla|dalle)|liber\w* (?:des|du) (?:troupes|forces)"
    r"|befreit von"
    # the defenders stopped fighting, laid down their arms
    r"|ceased (?:fighting|resistance|firing)|laid down (?:their |its |his )?arms"
    r"|streckten (?:\S+ )?(?:die )?waffen|deposero (?:le )?armi|depuso (?:le )?armi"
    r"|cesse (?:le combat|toute resistance|la resistance)|depose (?:les |leurs )?armes"
    r"|cesaron (?:la resistencia|el combate|de combatir)|depusieron (?:las )?armas"
    r"|cessato (?:di combattere|la resistenza|il combattimento)|deposto le armi"
    r"|cessaram (?:o combate|a resistencia)|depuseram (?:as )?armas"
    r"|waffen niedergelegt|legten (?:\S+ )?waffen nieder|stellte\w* (?:\S+ )?kampf ein"
    # the city held by a time of the day: the change is done ("Ao fim do dia … ocupavam a cidade")
    r"|by (?:nightfall|noon|evening|the end of the day)|(?:en|a la) fin de (?:la )?journee"
    r"|a la tombee de la nuit|al (?:final|caer) (?:del dia|la noche)|ao (?:fim|final) do dia|ao anoitecer"
    r"|bis zum abend|entro (?:sera|la sera)"
)
YIELDED = tokens_rx(_YIELDED_WORDS)
# The garrison surrendered, in German: "die Truppen haben sich ergeben", "@a0 ergab sich". Apart from
# `YIELDED`: "\w*truppen" may start any word, so with them no branch could be skipped by its first
# letters (`tokens_rx`), and the whole alternation was tried at every word (~15 µs an article).
_YIELDED_SICH_WORDS = (
    r"(?:besatzung|garnison|verteidiger|\w*truppen|soldaten|einheiten|kämpfer|rebellen|milizen|garden|@a\d+)"
    r" (?:haben|hatten|hätten|hat|hatte) sich (?:\S+ ){0,3}?ergeben"
    r"|(?:besatzung|garnison|verteidiger|\w*truppen|soldaten|einheiten|@a\d+) (?:ergaben|ergab) sich"
)
_YIELDED_SICH = tokens_rx(_YIELDED_SICH_WORDS)


def yielded(text: str) -> bool:
    """Say whether a signature's text tells that the side inside gave the city up (`YIELDED`, or
    its German garrison, read only where "sich" is)."""
    return YIELDED.search(text) is not None or ("sich" in text and _YIELDED_SICH.search(text) is not None)


ALSO = tokens_rx(r"too|also|as well|aussi|egalement|también|tambien|auch|noch|ebenfalls|anche|pure|tambem")

CONJ = frozenset(("and", "et", "y", "und", "e"))

WITHOUT = frozenset(
    ("sin", "sans", "without", "ohne", "senza", "sem", "ninguna", "aucune", "no", "kein", "keinen")
)

PARTICIPLE = {
    "en": re.compile(r"\w+(?:ed|en)$"),
    "fr": re.compile(r"\w+(?:e|ee|es|ees|is|ise|ises)$"),
    "es": re.compile(r"\w+(?:ado|ada|ados|adas|ido|ida)$"),
    "pt": re.compile(r"\w+(?:ado|ada|ados|adas|ido|ida)$"),
    "it": re.compile(r"\w+(?:ato|ata|ati|ate|eso|esa|esi|ese)$"),
    "de": re.compile(r"\w+$"),
}

# Right before a trigger, these date it in the past: "since the fall of Kabul" (only before a
# noun: "freed since Tikrit fell" is recent), "a year after they took Mosul".
SINCE = tokens_rx(r"since|ever since|depuis|desde|seit|seitdem|dalla|dal|da quando|desde que")
YEARS_AFTER = tokens_rx(
    r"(?:a|one|two|three|four|five|\d+) years? after|(?:un|deux|trois|\d+) ans? apres"
    r"|(?:un|dos|tres|\d+) anos? despues|(?:ein|einem|zwei|drei|\d+) jahre?n? nach"
    r"|(?:un|due|tre|\d+) anni? dopo|(?:um|dois|tres|\d+) anos? depois"
)

# A change used as the anchor of a time clause is background, not news: "two months after Iraqi
# forces retook Ramadi, residents return", "six months on from the fall of Kabul", "deux mois
# après que…", "dos años después de que…", "zwei Monate nachdem…", "depuis que les talibans ont
# pris Kaboul". Days and hours are left out: "hours after rebels seized Aleppo" is still news.
_UNITS = (
    r"(?:years?|months?|weeks?|ans|annees|mois|semaines?|anos?|mes|meses|semanas?|jahre?|jahren|monate?|monaten"
    r"|wochen?|anni|anno|mesi|mese|settimane|settimana)"
)
RELATIVE = tokens_rx(
    rf"{_UNITS} (?:after|on from|since|apres|despues|nach|nachdem|dopo|depois|apos|desde)"
    r"|ever since|depuis que|depuis qu|desde que|da quando|seitdem|seit(?= (?:die|der|den|das|@a))"
)

# Time told as elapsed since the change: "Ten days have passed since the RSF took X", "Zehn Tage
# sind vergangen, seit …", "Dix jours se sont écoulés depuis …", "Han pasado diez días desde …".
ELAPSED = tokens_rx(
    r"(?:days|weeks|months|years|tage|wochen|monate|jahre|jours|semaines|mois|ans|dias|semanas|meses|anos"
    r"|giorni|settimane|mesi|anni) (?:\S+ ){0,2}?(?:have passed|has passed|sind vergangen|ist vergangen"
    r"|se sont ecoules|se sont passes|sono passati|passaram|se passaram)"
    r"|(?:han|ha) (?:pasado|transcurrido) (?:\S+ ){0,2}?(?:dias|semanas|meses|anos)"
)

# A fall or capture named as a noun and dated "last week" is background to the news that
# follows ("after the fall of X last week, the rebels advance on Y"); a verb so dated is kept
# ("rebels took X last week, officials confirmed"), as a weekly source may be its first report.
# Days counted from a change named as a noun: "ten days after the fall of X", "dix jours après
# la chute de X", "drei Tage nach der Einnahme von X": the news is later (not "the day after",
# "au lendemain": the fall may be yesterday's news).
DAYS_AFTER = tokens_rx(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+) days (?:after|since)"
    r"|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs|\d+) jours (?:apres|depuis)"
    r"|(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|unos|\d+) dias (?:despues de|desde|tras)"
    r"|(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|einige|wenige|mehrere|\d+) tage(?:n)? (?:nach|seit)"
    r"|(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|alcuni|pochi|\d+) giorni (?:dopo|da)"
    r"|(?:dois|tres|quatro|cinco|seis|sete|oito|nove|dez|alguns|\d+) dias (?:depois d\w*|apos|desde)"
)

LAST_WEEK = tokens_rx(
    r"last week|la semaine (?:derniere|passee)|la semana pasada"
    r"|(?:letzte|vergangene|letzten|vergangenen) woche"
    r"|la (?:settimana scorsa|scorsa settimana)|na semana passada|a semana passada"
)

# Earlier in the month of publication: past news once the month is well under way ("took X
# earlier this month" on 22 August), recent in its first days.
EARLIER_THIS_MONTH = tokens_rx(
    r"earlier (?:this|in the) month|(?:plus tot|au debut) (?:ce mois ci|du mois|de ce mois)"
    r"|a (?:principios|comienzos) de (?:este|mes)|(?:anfang|zu beginn) (?:des|dieses) monats"
    r"|(?:all inizio|ai primi) (?:del|di questo) mese|no inicio (?:do|deste) mes"
)

# "The day before", with a pluperfect: a change that came before the article's news, told as
# its background ("the day before, they had taken X and Y").
DAY_BEFORE = tokens_rx(
    r"the day before|the previous day|la veille|la vispera|el dia anterior|am vortag|tags zuvor"
    r"|il giorno prima|il giorno precedente|la vigilia|na vespera|no dia anterior"
)

# Right after "fell"/"tombé"/"cayó"/"fiel", these make it another verb: "fell silent", "fell by 5%",
# "tombé malade", "fiel aus" (was cancelled).
FALL_NOT = tokens_rx(
    r"silent|quiet|dark|short|ill|apart|behind|asleep|sharply|steeply|slightly|victim|prey|flat|below"
    r"|by \d+\S*|to \d+\S*|\d+\S*|percent|malade|malades|en panne|amoureux|dans le piege|de \d+\S*"
    r"|en picada|un \d+\S*|en la trampa|aus|weg|schwer|leicht|um \d+\S*|auf \d+\S*|del \d+\S*|malato"
)

# A pronoun subject right before a fall: "the governor of Idlib admitted it had fallen".
IT = frozenset(("it", "elle", "ella", "sie", "essa", "ela"))

# Where a clause ends after a trigger: what follows no longer governs it.
CLAUSE_LINKS = frozenset(
    (",", "and", "et", "y", "und", "e", "but", "mais", "pero", "aber", "ma", "mas", "while")
)

# "after (weeks of) fighting": a blocker inside such a phrase dates the verb, it does not govern it.
AFTER_PREPS = frozenset(("after", "following", "nach", "apres", "tras", "despues", "dopo", "apos", "depois"))

# An active perfect before a participle: "après avoir pris X" is no passive ("X pris").
ACTIVE_AUX = frozenset(
    (
        "avoir",
        "ont",
        "avait",
        "avaient",
        "having",
        "haber",
        "habiendo",
        "han",
        "habian",
        "aver",
        "avere",
        "avendo",
        "ter",
        "tendo",
    )
)

# What opens a German or English subordinate clause: its object follows it ("nachdem sie X eingenommen").
SUBORDINATORS = frozenset(
    ("nachdem", "als", "weil", "bevor", "während", "obwohl", "seitdem", "sobald", "after", "before", "once")
)

# A sentence opening with one of these is a hypothesis: "If Kherson falls…", "Si Goma tombe…".
CONDITIONAL = frozenset(("if", "unless", "si", "se", "wenn", "falls", "sollte", "sollten", "qualora", "caso"))
# Where the conditional word of another language is a reflexive pronoun opening a clause: "Se
# rindió X" (Spanish), "Si è arresa X" (Italian), "Se sont rendus…" (French) are no conditions.
REFLEXIVE_OPENERS = {"es": frozenset(("se",)), "fr": frozenset(("se",)), "it": frozenset(("si",))}
# An English condition told by inversion: "Were the rebels to take X, …", "Had X fallen, …".
INVERTED_CONDITION = frozenset(("were", "had", "should"))

# Whose flight hands a city over: the head of state, of government, of the province.
LEADERS = frozenset(
    (
        "president",
        "presidente",
        "präsident",
        "presidents",
        "governor",
        "gouverneur",
        "gobernador",
        "governatore",
        "governador",
        "minister",
        "ministre",
        "ministro",
        "leader",
        "dictator",
        "dictateur",
        "dictador",
        "diktator",
        "dittatore",
        "regime",
    )
)

# Before a withdrawal, these say it is under way, not done: "began withdrawing from Kherson",
# "ont commencé à se retirer". (An entry that has begun is an entry: the troops are inside.)
BEGUN = tokens_rx(
    r"(?:began|begun|begin|begins|beginning|started|start|starts|starting) (?:to|\S+ing)"
    r"|commenc\w* à|entam\w*|comenz\w* a|empez\w* a|inici\w* (?:la|el|su)|beginn\w*|begann\w*|begonnen"
    r"|inizi\w* a|comec\w* a"
)

# The seat of power: taking it in a capital is taking the capital ("seized the presidential palace
# in Kabul", "occupent le palais présidentiel de Niamey", "den Präsidentenpalast in Kabul").
SEAT = tokens_rx(
    r"(?:the )?presidential palace|(?:le )?palais presidentiel|(?:el )?palacio presidencial"
    r"|(?:den |der |dem )?präsidentenpalast|(?:il )?palazzo presidenziale|(?:o )?palacio do planalto"
    # a province's seat of power: "the governor's office", "le siège du gouvernorat"
    r"|(?:the )?governor s (?:office|compound|residence|mansion|headquarters)"
    r"|(?:le )?(?:siege|palais|residence) du (?:gouverneur|gouvernorat)"
    r"|(?:la |el )?(?:sede|palacio|residencia) (?:del gobernador|de la gobernacion)"
    r"|(?:den |der |dem |das )?(?:gouverneurssitz|gouverneurspalast|sitz des gouverneurs)"
    r"|(?:il |la )?(?:sede|palazzo|residenza) del governatore"
    r"|(?:a |o )?(?:sede|palacio|residencia) do (?:governador|governo provincial)"
)

# The installations that hold a city: taking one right after entering it is taking the city
# ("entered X and seized the army headquarters", "sono entrate a X e hanno preso la caserma").
INSTALLATION = tokens_rx(
    r"(?:\S+ )?headquarters|hq|(?:army |military |air )?bases?|barracks|airport|garrison"
    r"|governor s (?:office|compound|residence)|government (?:buildings?|offices)"
    r"|police (?:station|headquarters)|prison|(?:key )?installations|quartier general|qg|casernes?"
    r"|aeroport|garnison|gouvernorat|prefecture"
    r"|commissariat|batiments officiels|cuartel(?: general)?|cuarteles|aeropuerto|guarnicion|gobernacion"
    r"|comisaria|edificios (?:oficiales|gubernamentales)|quartel(?: general)?|quarteis|aeroporto|guarnicao"
    r"|esquadra|delegacia|edificios (?:oficiais|governamentais)|quartier generale|casermas?|caserme"
    r"|guarnigione|prefettura|questura|edifici governativi|hauptquartier|kasernen?|stützpunkt"
    r"|gouverneurssitz|regierungsgebäude|polizeistation"
)

# Who is withdrawn when it is no side leaving: "retiram civis", "withdrew its diplomats".
NON_COMBATANTS = frozenset(
    (
        *("civilians", "civis", "civiles", "civils", "zivilisten", "civili", "personnel", "pessoal"),
        *("personal", "staff", "diplomats", "diplomates", "diplomaticos", "diplomaten", "diplomatici"),
        *("residents", "habitants", "residentes", "moradores", "bewohner", "einwohner", "families"),
        *("familles", "familias", "embassy", "ambassade", "embajada", "botschaft", "nationals"),
        *("ressortissants", "citizens", "ciudadanos", "cidadaos", "bürger", "cittadini"),
        # the residents and families of every language ("vecinos huyeron de X", "gli abitanti")
        *("vecinos", "habitantes", "pobladores", "abitanti", "residenti", "famiglie", "anwohner", "familien"),
        *("population", "poblacion", "popolazione", "populacao"),
        # people, the displaced, and their numbers ("tens of thousands have fled the city")
        *("people", "persons", "personnes", "personas", "pessoas", "persone", "menschen", "leute"),
        *("refugees", "refugies", "refugiados", "flüchtlinge", "rifugiati", "displaced", "deplaces"),
        *("desplazados", "deslocados", "sfollati", "vertriebene", "thousands", "hundreds", "milliers"),
        *("centaines", "miles", "cientos", "centenares", "tausende", "hunderte", "migliaia", "centinaia"),
        *("milhares", "centenas", "women", "children", "femmes", "enfants", "mujeres", "ninos", "frauen"),
        *("kinder", "donne", "bambini", "mulheres", "criancas"),
        # the wounded evacuated ("evacuated the wounded from X"), soldiers or not: no side leaves
        *("wounded", "injured", "blesses", "heridos", "feridos", "feriti", "verwundete", "verwundeten"),
        *("verletzte", "verletzten"),
    )
)

# Only part of a side: "many soldiers and officials left X" is no withdrawal of the side.
PART_OF_SIDE = tokens_rx(
    r"(?:a |large |great |grande |gran )?(?:number|numero|nombre) (?:of|de|d)|many|numerous|nombreux"
    r"|nombreuses|plusieurs|une partie (?:de|d|des)|muchos|muchas|numerosos|numerosas"
    r"|parte (?:de|del|dos|das|dei|degli)|muitos|muitas|viele|zahlreiche|molti|molte|numerosi|numerose"
)

# A fall whose subject may be a side: who surrenders loses the city ("die Separatisten kapitulierten").
SURRENDER = tokens_rx(r"kapituli(?:e)?r\w*|capitul\w*|capitol\w*|ergab|ergaben")

# Nouns of a fall: whoever confirms or mourns it is not its new holder.
FALL_NOUNS = frozenset(("fall", "chute", "caida", "caduta", "queda", "kapitulation"))

# A passive expulsion ("the army was driven out of X by the RSF", "a été chassée de X par"): unlike
# a passive withdrawal ("abandoned by the army"), its agent is who holds the city now.
EXPELLED = tokens_rx(
    r"(?:chass|expuls|delog|cacciat|scacciat|escorracad|desalojad)\w*|driven|pushed|forced|kicked|chased"
    r"|flushed|expelled|ousted"
    # pushed out ("poussée hors de", "empujado fuera de", "spinto fuori da", "empurrado para fora")
    r"|(?:pousse|empujad|echad|spint|empurrad)\w*"
)

# Giving up an event: "hat die Eroberung von Mariupol aufgegeben", "abandoned the capture of".
GAVE_UP = tokens_rx(
    r"aufgegeben|gave up|given up|abandon\w*|renonce\w*|renunci\w*|verzichtet|rinunciato|desistiu|desisti\w*"
)

# Possessive determiners: "its withdrawal", "son retrait", "ihren Rückzug" belong to the subject.
POSSESSIVES = frozenset(
    (
        *("its", "their", "his", "her", "our", "son", "sa", "ses", "leur", "leurs", "notre", "nos"),
        *("su", "sus", "nuestra", "nuestro", "ihr", "ihre", "ihren", "ihrem", "sein", "seine", "seinen"),
        *("seinem", "unser", "unseren", "suo", "sua", "loro", "seu", "nosso", "nossa"),
        # the plurals the other languages have too ("ses", "sus", "their")
        *("nuestros", "nuestras", "suoi", "sue", "nostro", "nostra", "nostri", "nostre", "seus", "suas"),
        *("nossos", "nossas"),
    )
)

# Withdrawal nouns: who withdraws is said next to the noun ("the Russian withdrawal", "le retrait
# des forces russes", "Russia's pullout"), not by the clause's subject.
WITHDRAWAL_NOUN = frozenset(
    (
        "withdrawal",
        "pullout",
        "retreat",
        "retrait",
        "repli",
        "retirada",
        "repliegue",
        "ritiro",
        "ritirata",
        "abzug",
        "rückzug",
        # the flight of a side's troops: "tras la huida de las tropas", "après la fuite de l'armée"
        "huida",
        "fuite",
        "fuga",
        "flight",
        "flucht",
        # a side's departure: "after the departure of the Turkish garrison", "dopo la partenza dei turchi"
        "departure",
        "depart",
        "partenza",
        "saida",
        "salida",
        "ausreise",
        "abreise",
    )
)

# Plural subject pronouns: a group named in the sentences before ("They seized the town").
PLURAL_PRONOUNS = frozenset(("they", "ils", "elles", "sie", "ellos", "ellas", "loro", "essi", "eles", "elas"))

# What opens a relative clause after a comma (with OBJ_REL): "X, which Russia had captured".
RELATIVE_OPENERS = frozenset(
    ("which", "who", "qui", "dont", "où", "ou", "donde", "cui", "onde", "der", "dem")
)

# Auxiliaries of the pluperfect: a change told in one inside a relative clause is background.
PLUPERFECT = frozenset(
    [
        "had",
        "avait",
        "avaient",
        "habia",
        "habian",
        "hatte",
        "hatten",
        "war",
        "waren",
        "aveva",
        "avevano",
        "era",
        "erano",
        "tinha",
        "tinham",
        "havia",
        "haviam",
    ]
)

# Denial patterns that only say a claim is not (yet) verified: an unverified claim that nobody
# contradicts is still reported (as a claim); only a contradiction removes it.
# A denial whose object is a pronoun, as the sentence after a report: "Rebels took X. The government
# denied it", "Moscú lo negó", "ce que Kyiv dément", "Berlin wies dies zurück", "weisen es zurück".
# The report it answers is contested, unless the denial is taken back at once ("lo negó, pero
# reconoció…").
RETORT = tokens_rx(
    r"(?:denied|denies|deny|rejected|rejects|disputed|disputes) (?:it|this|that|the (?:claim|report)s?)"
    r"|l (?:a|ont) (?:dementi|nie|conteste)|le (?:dement|dementent|nie|nient|conteste|contestent)"
    r"|ce qu(?:e)? (?:\S+ ){0,5}?(?:dement\w*|nie|nient|conteste\w*)"
    r"|lo (?:nego|negaron|niega|niegan|desminti\w*|desmient\w*|rechaz\w*)"
    r"|lo que (?:\S+ ){0,5}?(?:niega\w*|nego|desmient\w*|desminti\w*)"
    r"|o (?:negou|negaram|nega|negam|desmentiu|desmentiram|desmente)"
    r"|o que (?:\S+ ){0,5}?(?:nega|negou|desment\w*)"
    r"|l(?:o)? (?:ha|hanno) (?:smentito|negato)|lo (?:smentisce|smentiscono|nega|negano)"
    r"|cosa che (?:\S+ ){0,5}?(?:smentisc\w*|neg\w*)"
    r"|(?:wies|wiesen|weist|weisen) (?:dies|das) (?:\S+ ){0,4}?zurück"
    # ("es" closing its clause: not "weisen es zurück, die Stadt zu beschießen")
    r"|(?:wies|wiesen|weist|weisen) es (?:\S+ ){0,4}?zurück(?= [.;!]| ?$)"
    r"|(?:bestritt|bestritten|bestreitet|dementierte|dementiert|widersprach) (?:dies|das)"
    r"|was (?:\S+ ){0,5}?(?:bestreitet|bestritt|dementiert\w*|zurückwies|zurückweist)"
)
TAKEN_BACK = tokens_rx(r"but|pero|mais|aber|ma|mas|however|sin embargo|toutefois|doch|pourtant")

# Issue 10: a denial holds against a change only when it bears on it. A denying verb
# ("denied", "conteste", "lo desmienten", "widersprach") bears on the change when it stands alone
# or with a pronoun ("denied it", "l'a démenti"), when its object is a report ("rejected the
# claim", "den Angaben", "la información"), or when its clause is about the place changing hands;
# not "denied it had abandoned civilians", "rejected accusations of looting".
DENY_VERB = tokens_rx(
    r"den(?:y|ied|ies|ying)|dismiss\w*|rebuff\w*|reject\w*|refut\w*|disput\w*|contest\w*"
    r"|dement\w*|dementi|nie|nient|niant|nier|rejet\w*|conteste\w*|contestent"
    r"|desment\w*|desmient\w*|desminti\w*|neg(?:o|aron|ando|aba|ado)|niega\w*|rechaz\w*"
    r"|dementi\w*|bestritt\w*|bestreit\w*|zurückgewiesen|wies\w*|weist|weisen|widersp\w*|entgegnete\w*"
    r"|smentit\w*|smentisc\w*|neg(?:a|ano|ato)|respint\w*|contest\w*"
    r"|neg(?:ou|aram|am)|rejeit\w*"
)
# What a denial's object may be when it is the report itself.
REPORT_NOUN = tokens_rx(
    r"claims?|reports?|reporting|allegations?|assertions?|accounts?|announcement|statements?|rumou?rs?|news"
    r"|informations?|affirmations?|allegations?|annonce|revendications?|nouvelles?|rumeurs?"
    r"|informaci[oó]n(?:es)?|afirmaci[oó]n(?:es)?|versi[oó]n|noticias?|anuncio|reivindicaci[oó]n"
    r"|angaben|berichte\w*|meldung\w*|darstellung|behauptung\w*|aussagen?"
    r"|notizi[ae]|affermazion[ei]|rivendicazion[ei]|not[ií]cias?|afirma[cç][aã]o|informa[cç](?:[aã]o|[oõ]es)"
    r"|remarks?|comments?|declarations?|propaganda|propos|declarations?|declaraciones?|äußerungen"
    r"|dichiarazion[ei]|declara[cç][oõ]es|versione|vers[aã]o"
    r"|alega[cç](?:[aã]o|[oõ]es)|alegaci[oó]n(?:es)?|acusa[cç][oõ]es|accuse"
)
# Words about who holds a place: a clause with one is about control ("still under army control").
HOLDING = tokens_rx(
    r"control|controle|kontrolle|controllo|hands|mains|manos|hand|mani|maos|mãos|hold\w*|held|tien\w*|tenir"
)
# A loss or defeat named as what is denied: "denied being defeated", "negó la pérdida".
LOSS = tokens_rx(
    r"loss|losing|lost|defeat\w*|beaten|rout\w*|perte|perdu\w*|defaite|vaincu\w*|perdida|perdido|derrota\w*"
    r"|verlust\w*|verloren|niederlage|besiegt|geschlagen|perdita|perso|sconfitt\w*|perda|perdeu|derrotad\w*"
)
# A denying verb's clause ends at a coordination: "lo negó y aseguró que…", "denied it and said…".
COORDINATION = frozenset(("and", "but", "y", "pero", "et", "mais", "und", "aber", "e", "ed", "ma", "mas"))
# An object pronoun before the verb: "lo negó", "l'a démenti", "le dément", "o negou", "lo smentisce".
CLITIC_OBJECT = frozenset(("lo", "la", "l", "le", "o", "dies", "das"))
# What may follow a denying verb without giving it an object of its own: pronouns, adverbs, time.
DENIAL_FILLER = tokens_rx(
    r"it|this|that|so|them|these|those|cela|ceci|ca|ça|le|la|les|l|lo|ello|eso|esto|dies|das|es|cio|ciò|o|isso"
    r"|\w+ly|\w+ment|\w+mente|\w+weise|strongly|flatly|later|immediately|quickly|firmly|sofort|energisch"
    r"|on|in|at|late|early|a|an|the|el|am|il|em|no|en|un|une|ce|cette|statement|communique|communiqué"
    r"|comunicado|comunicato|erklärung|mitteilung|yesterday|today|hier|ayer|gestern|heute|ieri|oggi|ontem|hoje"
    r"|auf|und|and|et|y|e|ed|through|via|par|por|per|pelo|durch|spokes\w*|porte|parole|portavoz|sprecher|portavoce"
    r"|however|though|jedoch|allerdings|dennoch|cependant|toutefois|pourtant|embargo|sin|tuttavia|pero|però"
    r"|porem|porém|entanto|entretanto|also|again|too|aussi|también|tambien|auch|anche|tambem|também"
)

UNVERIFIED = re.compile(r"confirm|verif|bestätigt|überprüf|unabhängig|conferm|too early|if confirmed")

# "by retaking X", "en reprenant X", "al tomar X", "retomando": the gerund's subject is the clause's.
BY_GERUND = frozenset(("by", "en", "through", "after"))
GERUND = re.compile(r"(?:ing|ant|ando|endo|indo)$")

# "We have lost X": the speaker's side, named after the quote.
FIRST_PLURAL = frozenset(
    (
        *("we", "nous", "wir", "nosotros", "noi", "nos"),
        # where the pronoun is dropped the auxiliary says "we": "hemos perdido X", "abbiamo perso X"
        *("hemos", "habiamos", "abbiamo", "avevamo", "temos", "tinhamos", "perdimos", "perdemos", "perdemmo"),
    )
)
# Who speaks for a side, before "of <actor>": "un oficial del ejército", "un ufficiale dell'esercito"
# (a contracted "of the" that is no "from whom").
SPEAKER_NOUNS = frozenset(
    (
        *("officer", "official", "commander", "officier", "responsable", "commandant", "oficial"),
        *("funcionario", "comandante", "ufficiale", "funzionario", "offizier", "kommandeur"),
    )
)
# "Allied with" before (or, in German, after) an actor: the ally's side, not whom the city was taken from.
ALLIED = frozenset(
    (
        *("allied", "allie", "alliee", "allies", "alliees", "aliada", "aliadas", "aliado", "aliados"),
        *("alleata", "alleate", "alleato", "alleati"),
        *("verbündete", "verbündeten", "verbündeter", "verbündetes"),
    )
)

# Nouns for fighters before "of <actor>": "les paramilitaires des FSR", "fighters of the RSF", "las
# fuerzas del GNA" name the actor as the subject, not as who the city was taken from.
FORCE_NOUNS = frozenset(
    (
        *("forces", "troops", "fighters", "soldiers", "units", "militiamen", "militants", "rebels"),
        *("paramilitaries", "gunmen", "combatants", "men"),
        *("troupes", "combattants", "soldats", "unites", "miliciens", "rebelles", "paramilitaires"),
        *("hommes", "elements", "insurges", "jihadistes"),
        *("fuerzas", "tropas", "combatientes", "soldados", "unidades", "milicianos", "rebeldes"),
        *("paramilitares", "hombres", "insurgentes", "yihadistas"),
        *("forze", "truppe", "combattenti", "soldati", "unita", "miliziani", "ribelli", "paramilitari"),
        *("forcas", "combatentes", "milicianos", "rebeldes", "guerrilheiros", "homens", "tropas"),
        *("militias", "milices", "milicias", "milizie", "guerrillas", "guerrilleros", "guerriglieri"),
        # partisans, volunteers, paratroopers, units and members, in the five Romance-and-English forms
        *("partisans", "partisanos", "partigiani", "volunteers", "volontaires", "voluntarios", "volontari"),
        *("paratroopers", "parachutistes", "paracaidistas", "paracadutisti", "paraquedistas", "commandos"),
        *("comandos", "marines", "battalions", "bataillons", "batallones", "battaglioni", "batalhoes"),
        *("brigades", "brigadas", "brigate", "columns", "colonnes", "columnas", "colonne", "colunas"),
        *("detachments", "detachements", "destacamentos", "distaccamenti", "reparti", "formazioni"),
        *("members", "membres", "miembros", "membri", "membros", "elementos", "elementi", "uomini"),
        *("insurgents", "insorti", "jihadists", "jihadisti", "jihadistas", "mercenaries", "mercenaires"),
        *("mercenarios", "mercenari", "insurgentes", "gangs", "bandes", "pandillas", "bande", "gangues"),
        # the same words where a language was missing one ("les guérilleros des FARC")
        *("guerilleros", "militantes", "militanti", "insurretos"),
        # the French press's word for guerrillas in the bush ("les maquisards du FPLE")
        *("maquisards",),
        # armed Islamists named by their cause ("les islamistes d'Ansar Dine")
        *("islamists", "islamistes", "islamistas", "islamisti"),
    )
)
# Where a withdrawal or flight goes, not where it leaves: "fled to Maiduguri", "se replient vers X".
DESTINATION = frozenset(
    (
        *("to", "towards", "toward", "vers", "hacia", "hasta", "verso", "para", "rumo"),
        *("su", "sur", "sobre", "nach", "richtung"),  # "ripiegato su X", "zogen sich nach X zurück"
    )
)

# Where something else comes from, after a withdrawal: "se retiraron ante la llegada de una
# columna procedente de X" (the column's origin, not the city left).
ORIGIN = frozenset(
    (
        *("procedente", "procedentes", "proveniente", "provenientes", "provenant", "venant", "venue"),
        *("venus", "venues", "coming", "arriving", "vindo", "vinda", "vindos", "vindas", "provenienti"),
    )
)


# What may follow a side inside a capture's object, naming the city as the side's: "the rebel-held
# town of X", "the rebel stronghold of X", "the Russian border town of X".
HELD_BY_SIDE = frozenset(
    (
        *("held", "controlled", "occupied", "stronghold", "bastion", "enclave"),
        # "die von Rebellen gehaltene Stadt X", "die von der SDF kontrollierte Stadt X"
        *("gehaltene", "gehaltenen", "kontrollierte", "kontrollierten", "besetzte", "besetzten"),
    )
)
# ... or the stronghold noun before it, in Romance languages: "le bastion rebelle de X", "la
# roccaforte ribelle di X", "o reduto rebelde de X", "la città di confine russa di X".
SIDES_TOWN = frozenset(
    (
        *("bastion", "fief", "feudo", "reducto", "reduto", "bastiao", "baluarte", "roccaforte", "enclave"),
        *("confine", "frontaliere", "fronteriza", "fronteirica"),
    )
)
# ... or a city noun after a nationality ("the Russian border town of X"), which says where, not whose.
SIDE_TOWN = HELD_BY_SIDE | frozenset(("town", "city", "border", "port"))

# The government as the owner of the control or hands a city is in: "back under government
# control", "sous contrôle gouvernemental", "aux mains du gouvernement", "unter Regierungskontrolle".
GOVERNMENT_WORDS = frozenset(
    (
        *("government", "regime", "gouvernemental", "gouvernementale", "gubernamental", "governamental"),
        *("governativo", "governativa", "regierungskontrolle", "regimekontrolle", "gouvernement"),
        *("gobierno", "governo", "regierung"),
    )
)
# The hands a city is in ("in rebel hands", "aux mains de", "en manos de", "in mano ai").
HANDS = frozenset(("hands", "mains", "manos", "mani", "mano", "maos", "hand", "händen", "hände"))
