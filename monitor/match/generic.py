"""Generic references to a country's government side, in six languages (data + expansion).

"{d}" stands for a nationality adjective of the country (`demonyms.DEMONYMS`), "{c}" for its
name (`demonyms.COUNTRY_NAMES`), "{k}" for its capital (`demonyms.CAPITALS`). A phrase
without any of them means the government side of the country the caller is reading about
("government forces", "les forces gouvernementales").
A bare noun ("army") is never generic on its own: it needs an article or an adjective, so the
"Free Syrian Army" or the "Arakan Army" are not read as a government.
"""

from __future__ import annotations

from collections.abc import Iterator

from monitor.match.demonyms import CAPITALS, COUNTRY_NAMES, DEMONYMS
from monitor.match.normalize import fold, name_key

TEMPLATES: dict[str, tuple[str, ...]] = {
    "en": (
        # arms named by the old press and the navy's infantry ("fusiliers marins français")
        "{d} hussars", "{d} dragoons", "{d} lancers", "{d} naval infantry",
        "government forces", "government troops", "government soldiers", "government army",
        "federal forces", "federal troops", "federal soldiers", "federal army",
        "pro-government forces", "pro-government troops", "regime forces", "regime troops",
        "loyalist forces", "state forces", "the army", "the military", "the armed forces",
        "security forces", "the national army", "the government", "the regime", "army troops",
        "army soldiers", "army units",
        "{d} army", "{d} forces", "{d} troops", "{d} military", "{d} soldiers", "{d} security forces",
        "{d} armed forces", "{d} government", "{d} government forces", "{d} government troops",
        "{d} national army", "{d} defence forces", "{d} defense forces", "{d} regime", "{d} regime forces",
        "{d} authorities", "{c}'s army", "{c}'s military", "{c}'s armed forces", "{c}'s government",
        "{c}'s forces", "{c}'s security forces", "{c} government", "armed forces of {c}",
        "army of {c}", "government of {c}", "{k}'s forces", "{k}'s troops", "{k}'s army",
        # as "les forces du gouvernement de Tripoli", "le forze del governo di Tripoli"
        "forces of the government", "troops of the government", "the {k} government",
        "forces of the {k} government", "troops of the {k} government", "{k} government forces",
        "the junta", "the military junta", "junta forces", "{d} junta", "{d} military junta",
        "{d} defence ministry", "{d} defense ministry", "{d} ministry of defence", "{d} ministry of defense",
        "{d} general staff", "{d} military command", "{c}'s defence ministry", "{c}'s defense ministry",
        "{c}'s ministry of defence", "{c}'s ministry of defense", "{c}'s general staff",
        "{d} defence minister", "{d} defense minister", "{c}'s defence minister", "{c}'s defense minister",
        # the head of government, whose "we" and whose victory are the government's ("Iraqi PM declares
        # victory in X", "the Iraqi prime minister proclaimed victory in X")
        "{d} prime minister", "{d} pm", "{c}'s prime minister", "prime minister of {c}",
        "{c}'s troops", "{c}'s soldiers", "troops of {c}", "{d} regular army", "{d} army troops",
        "the provisional government", "provisional government forces", "provisional government troops",
        "{d} garrison", "{d} paratroopers", "{d} marines", "{d} units", "{d} columns", "{d} officers",
        "{d} federal army", "{d} federal forces", "{d} federal troops",
        # arms of the service that take towns ("Peruvian infantry", "Turkish special forces"); not
        # tanks or artillery, named as often when they are hit or when they shell a town
        # the last of an army to leave, one man for all ("the last French soldier left X")
        "the last {d} soldier", "the last {d} soldiers",
        "{d} infantry", "{d} infantrymen", "{d} cavalry", "{d} special forces", "{d} commandos",
        "{d} parachute troops", "{d} parachutists", "{d} airborne troops",
        "forces loyal to the president", "troops loyal to the president", "forces loyal to the {d} president",
        "troops loyal to the {d} president",
        # speakers of the army, whose "we" is the government side ("'We have lost X,' an army
        # officer said"); with their article, so "Arakan Army officer" is not one
        "an army officer", "an army commander", "an army spokesman", "an army source", "army sources",
        "a senior army officer", "a senior army commander", "a military source", "military sources",
        "a military official", "military officials", "a senior military official",
        # the side that defends the legal order, named by its loyalty ("the loyalist garrison")
        "loyalist troops", "loyalist soldiers", "loyalist units", "the loyalist garrison",
        "loyalist garrison", "the government garrison", "legalist troops", "legalist forces",
        # the state's police, a security force of the government side ("police and soldiers took X")
        # (the force, not its men: "police officers", "Polizisten" are named as often when killed)
        "the police", "police forces", "riot police", "federal police",
        "military police", "national police", "{d} police", "police units", "police commandos",
        # militias fighting for the government ("pro-government gunmen stormed X"): not its enemies
        "pro-government militias", "pro-government militia", "pro-government militiamen",
        "pro-government gunmen", "pro-government paramilitaries", "pro-government fighters",
        "pro-government armed groups", "government-backed militias", "government-backed militia",
        "loyalist militias", "loyalist militiamen",
    ),
    "fr": (
        # arms named by the old press and the navy's infantry ("fusiliers marins français")
        "fusiliers marins {d}", "fusiliers-marins {d}", "hussards {d}", "dragons {d}", "chasseurs {d}",
        "forces gouvernementales", "troupes gouvernementales", "soldats gouvernementaux",
        "forces fédérales", "troupes fédérales", "soldats fédéraux", "armée fédérale",
        "forces du gouvernement", "troupes du gouvernement", "forces progouvernementales",
        "forces pro-gouvernementales", "forces loyalistes", "forces du régime", "troupes du régime",
        "l'armée", "l'armée régulière", "l'armée nationale", "forces de sécurité", "forces armées",
        "les militaires", "le gouvernement", "le régime", "forces régulières",
        "armée {d}", "forces {d}", "troupes {d}", "soldats {d}", "militaires {d}", "forces armées {d}",
        "forces de sécurité {d}", "gouvernement {d}", "armée nationale {d}",
        "forces gouvernementales {d}", "régime {d}", "autorités {d}",
        "armée de {c}", "armée du {c}", "armée de l'{c}", "forces armées de {c}",
        "forces armées du {c}", "forces armées de l'{c}", "gouvernement de {c}", "gouvernement du {c}",
        "forces de {k}", "troupes de {k}", "armée de {k}", "soldats de {k}",
        "la junte", "la junte militaire", "junte {d}", "junte militaire {d}",
        "ministère {d} de la défense", "ministère de la défense {d}", "état-major {d}",
        "ministre {d} de la défense", "ministre de la défense {d}", "premier ministre {d}",
        "armée régulière {d}", "armée des {c}", "armée de la {c}", "forces armées des {c}",
        "forces armées de la {c}", "troupes de {c}", "troupes du {c}", "soldats de {c}",
        "gouvernement des {c}",
        "le gouvernement provisoire", "du gouvernement provisoire", "garnison {d}", "parachutistes {d}",
        "marines {d}",
        "unités {d}", "colonnes {d}", "officiers {d}",
        "armée fédérale {d}", "forces fédérales {d}", "troupes fédérales {d}",
        "infanterie {d}", "cavalerie {d}", "le dernier soldat {d}", "les derniers soldats {d}",
        "forces spéciales {d}", "commandos {d}",
        "troupes aéroportées {d}",
        "forces fidèles au président", "troupes fidèles au président", "forces loyales au président",
        "troupes loyales au président", "forces fidèles au président {d}", "troupes fidèles au président {d}",
        "forces loyales au président {d}", "troupes loyales au président {d}",
        "troupes loyalistes", "soldats loyalistes", "unités loyalistes", "garnison loyaliste",
        "la garnison gouvernementale", "garnison gouvernementale", "troupes légalistes", "forces légalistes",
        "la police", "forces de police", "forces de l'ordre",
        "police nationale", "police militaire", "police fédérale", "police {d}", "la gendarmerie",
        "les gendarmes",
        "milices progouvernementales", "milices pro-gouvernementales", "miliciens progouvernementaux",
        "miliciens pro-gouvernementaux", "paramilitaires progouvernementaux",
        "groupes paramilitaires progouvernementaux", "milices loyalistes", "milices gouvernementales",
    ),
    "es": (
        # arms named by the old press and the navy's infantry ("fusiliers marins français")
        "infantes de marina {d}", "infantería de marina {d}", "húsares {d}", "dragones {d}",
        "fuerzas gubernamentales", "tropas gubernamentales", "soldados gubernamentales",
        "fuerzas federales", "tropas federales", "soldados federales", "ejército federal",
        "fuerzas del gobierno", "tropas del gobierno", "fuerzas progubernamentales",
        "fuerzas leales", "fuerzas del régimen", "tropas del régimen", "el ejército",
        "del ejército", "al ejército", "ejército regular", "fuerzas de seguridad", "fuerzas armadas",
        "los militares", "el gobierno", "del gobierno", "al gobierno", "el régimen", "del régimen",
        "al régimen",
        "ejército {d}", "fuerzas {d}", "tropas {d}", "soldados {d}", "militares {d}",
        "fuerzas armadas {d}", "fuerzas de seguridad {d}", "gobierno {d}", "ejército nacional {d}",
        "fuerzas gubernamentales {d}", "régimen {d}", "autoridades {d}",
        "ejército de {c}", "fuerzas armadas de {c}", "gobierno de {c}",
        "fuerzas de {k}", "tropas de {k}", "ejército de {k}", "soldados de {k}",
        "la junta militar", "junta militar {d}",
        "ministerio de defensa {d}", "ministerio {d} de defensa", "estado mayor {d}",
        "ministro de defensa {d}", "ministro {d} de defensa", "primer ministro {d}",
        "ejército regular {d}", "ejército del {c}", "ejército de las {c}", "fuerzas armadas del {c}",
        "tropas de {c}", "soldados de {c}", "gobierno del {c}",
        "el gobierno provisional", "del gobierno provisional", "guarnición {d}", "paracaidistas {d}",
        "marines {d}",
        "unidades {d}", "columnas {d}", "oficiales {d}",
        "ejército federal {d}", "fuerzas federales {d}", "tropas federales {d}",
        "infantería {d}", "caballería {d}", "el último soldado {d}", "los últimos soldados {d}",
        "fuerzas especiales {d}", "comandos {d}",
        "tropas aerotransportadas {d}",
        "tropas leales al presidente", "tropas leales al gobierno", "fuerzas leales al presidente {d}",
        "tropas leales al presidente {d}",
        "tropas leales", "tropas lealistas", "fuerzas lealistas", "tropas gobiernistas",
        "fuerzas gobiernistas", "guarnición gobiernista", "la guarnición del gobierno",
        "tropas legalistas", "fuerzas legalistas",
        "la policía", "policía nacional", "policía federal", "policía militar",
        "fuerzas policiales", "policía {d}",
        "milicias progubernamentales", "paramilitares progubernamentales",
        "grupos paramilitares progubernamentales", "milicias oficialistas", "paramilitares oficialistas",
        "grupos paramilitares oficialistas", "milicias gubernamentales",
    ),
    "de": (
        "Regierungstruppen", "Regierungskräfte", "Regierungssoldaten", "Regierungsarmee",
        "Bundestruppen", "föderalen Truppen", "föderale Truppen", "Bundesarmee",
        "Regierungseinheiten", "Regimetruppen", "Regimekräfte", "Truppen der Regierung",
        "Truppen des Regimes", "die Armee", "der Armee", "den Armee", "das Militär", "des Militärs",
        # a bare noun after "laut" (according to), which a name would not follow: "Laut Armee ist X gefallen"
        "laut Armee", "laut Militär", "laut Regierung",
        "dem Militär", "Sicherheitskräfte", "Streitkräfte", "die Regierung", "der Regierung",
        "das Regime", "des Regimes", "dem Regime", "Armeeeinheiten", "Armeetruppen",
        "{d} Armee", "{d} Truppen", "{d} Streitkräfte", "{d} Soldaten", "{d} Sicherheitskräfte",
        "{d} Regierung", "{d} Regierungstruppen", "{d} Militär", "{d} Einheiten", "{d} Regime",
        "{d} Behörden", "Armee {c}s", "Armee von {c}", "Regierung von {c}", "{c}s Armee",
        "{c}s Militär", "{c}s Streitkräfte", "{c}s Truppen", "{c}s Regierung", "{k}s Truppen",
        "{k}s Armee", "{k}s Streitkräfte", "Truppen {k}s", "die Junta", "der Junta", "die Militärjunta",
        "der Militärjunta", "{d} Junta", "{d} Militärjunta", "{d} Verteidigungsministerium",
        "{d} Verteidigungsministeriums", "{d} Generalstab", "{d} Generalstabs", "{d} Verteidigungsminister",
        "Militär {c}s", "Militärs {c}s", "Streitkräfte {c}s", "Truppen {c}s", "Soldaten {c}s",
        "Regierung {c}s",
        "Sicherheitskräfte {c}s", "Armee des {c}", "Armee des {c}s", "Armee der {c}", "Militär des {c}",
        "Militär des {c}s", "Militär der {c}", "Streitkräfte des {c}", "Streitkräfte des {c}s",
        "Streitkräfte der {c}", "Truppen des {c}", "Truppen der {c}", "Regierung des {c}",
        "Regierung der {c}",
        "{d} Regierungssoldaten", "{d} Regierungskräfte", "{d} Armeeeinheiten", "{d} Militärs",
        "Verteidigungskräfte", "die provisorische Regierung", "der provisorischen Regierung",
        "Truppen der provisorischen Regierung", "{d} Garnison", "{d} Besatzung", "{d} Fallschirmjäger",
        "{d} Marineinfanteristen",
        "{d} Marineeinheiten", "{d} Verbände", "{d} Offiziere",
        "{d} Bundesarmee", "{d} Bundestruppen", "{d} föderalen Truppen", "{d} föderale Truppen",
        "der letzte {d} Soldat", "die letzten {d} Soldaten",
        "{d} Infanterie", "{d} Kavallerie", "{d} Spezialkräfte",
        "{d} Kommandos", "{d} Luftlandetruppen",
        "regierungstreue Truppen", "regierungstreuen Truppen", "regierungstreue Einheiten",
        "regierungstreuen Einheiten", "regierungstreue Kräfte", "regierungstreuen Kräfte",
        "regierungstreue Soldaten", "regierungstreuen Soldaten", "Regierungsgarnison",
        "die Garnison der Regierung", "loyale Truppen", "loyalen Truppen",
        # datives in -en: "von russischen Streitkräften eingenommen"
        "Streitkräften", "Sicherheitskräften", "Regierungskräften", "{d} Streitkräften",
        "{d} Sicherheitskräften", "{d} Regierungskräften",
        "die Polizei", "Polizeikräfte", "Polizeikräften", "Polizeieinheiten",
        "Bundespolizei", "Militärpolizei", "{d} Polizei",
        "regierungstreue Milizen", "regierungstreuen Milizen", "regierungsnahe Milizen",
        "regierungsnahen Milizen", "regierungstreue Paramilitärs", "regierungstreuen Paramilitärs",
        "regierungstreue Kämpfer", "regierungstreuen Kämpfer", "regierungstreuen Kämpfern",
    ),
    "pt": (
        # arms named by the old press and the navy's infantry ("fusiliers marins français")
        "fuzileiros navais {d}", "hussardos {d}", "dragões {d}",
        "forças governamentais", "tropas governamentais", "soldados governamentais",
        "forças federais", "tropas federais", "soldados federais", "exército federal",
        "forças do governo", "tropas do governo", "forças pró-governamentais", "forças leais",
        "forças do regime", "tropas do regime", "o exército", "do exército", "ao exército",
        "exército regular", "forças de segurança", "forças armadas", "os militares", "o governo",
        "do governo", "o regime", "do regime", "pelo exército", "pelo governo", "ao governo", "pelo regime",
        "ao regime",
        "exército {d}", "forças {d}", "tropas {d}", "soldados {d}", "militares {d}",
        "forças armadas {d}", "forças de segurança {d}", "governo {d}", "regime {d}", "autoridades {d}",
        "exército do {c}", "exército da {c}", "exército de {c}", "governo do {c}", "governo da {c}",
        "forças de {k}", "tropas de {k}", "exército de {k}", "soldados de {k}",
        "a junta militar", "junta militar {d}", "ministério da defesa {d}", "ministério {d} da defesa",
        "ministro da defesa {d}", "ministro {d} da defesa", "primeiro-ministro {d}", "primeiro ministro {d}",
        "exército regular {d}", "exército das {c}", "exército dos {c}", "forças armadas do {c}",
        "forças armadas da {c}", "forças armadas de {c}", "forças armadas das {c}", "tropas do {c}",
        "tropas da {c}", "soldados do {c}", "governo de {c}", "governo das {c}",
        "o governo provisório", "do governo provisório", "guarnição {d}", "paraquedistas {d}",
        "marines {d}", "fuzileiros {d}",
        "unidades {d}", "colunas {d}", "oficiais {d}",
        "exército federal {d}", "forças federais {d}", "tropas federais {d}",
        "infantaria {d}", "cavalaria {d}", "o último soldado {d}", "os últimos soldados {d}",
        "forças especiais {d}", "comandos {d}", "tropas aerotransportadas {d}",
        "tropas leais ao presidente", "tropas leais ao governo", "forças leais ao presidente {d}",
        "tropas leais ao presidente {d}",
        "tropas leais", "tropas legalistas", "forças legalistas", "tropas legais", "forças legais",
        "guarnição legal", "guarnição legalista", "guarnição do governo", "guarnição governista",
        "tropas governistas", "forças governistas",
        "a polícia", "pela polícia", "polícia militar", "polícia federal",
        "polícia civil", "forças policiais", "polícia {d}",
        "milícias pró-governo", "milícias governistas", "paramilitares governistas",
        "paramilitares pró-governo", "milícias pró-governamentais",
    ),
    "it": (
        # arms named by the old press and the navy's infantry ("fusiliers marins français")
        "fucilieri di marina {d}", "fanti di marina {d}", "ussari {d}", "dragoni {d}", "bersaglieri {d}",
        "forze governative", "truppe governative", "soldati governativi", "forze del governo",
        "forze federali", "truppe federali", "soldati federali", "esercito federale",
        "truppe del governo", "forze filogovernative", "forze lealiste", "forze del regime",
        "truppe del regime", "l'esercito", "dell'esercito", "dall'esercito", "all'esercito",
        "esercito regolare",
        "forze di sicurezza", "dal governo", "al governo", "dal regime", "al regime",
        "forze armate", "i militari", "il governo", "del governo", "il regime", "del regime",
        "esercito {d}", "forze {d}", "truppe {d}", "soldati {d}", "militari {d}", "forze armate {d}",
        "forze di sicurezza {d}", "governo {d}", "regime {d}", "autorità {d}",
        "esercito di {c}", "esercito del {c}", "esercito della {c}", "governo di {c}",
        "forze di {k}", "truppe di {k}", "esercito di {k}", "soldati di {k}",
        "la giunta militare", "giunta militare {d}", "la giunta {d}", "la giunta", "della giunta",
        "dalla giunta", "alla giunta", "ministero della difesa {d}",
        "ministero {d} della difesa", "ministro della difesa {d}", "ministro {d} della difesa",
        "primo ministro {d}",
        "esercito regolare {d}", "esercito dello {c}", "esercito delle {c}", "esercito dell'{c}",
        "forze armate di {c}", "forze armate del {c}", "forze armate della {c}", "forze armate dello {c}",
        "forze armate delle {c}", "truppe di {c}", "truppe del {c}", "soldati di {c}", "governo del {c}",
        "governo della {c}", "governo dello {c}", "governo delle {c}",
        "il governo provvisorio", "del governo provvisorio", "guarnigione {d}", "paracadutisti {d}",
        "marines {d}",
        "reparti {d}", "colonne {d}", "ufficiali {d}",
        "esercito federale {d}", "forze federali {d}", "truppe federali {d}", "armata federale {d}",
        "fanteria {d}", "cavalleria {d}", "l'ultimo soldato {d}", "gli ultimi soldati {d}",
        "forze speciali {d}", "truppe aviotrasportate {d}",
        "forze fedeli al presidente", "truppe fedeli al presidente", "forze leali al presidente",
        "truppe leali al presidente", "forze fedeli al governo", "truppe fedeli al governo",
        "forze fedeli al presidente {d}", "truppe fedeli al presidente {d}",
        "truppe lealiste", "soldati lealisti", "reparti lealisti", "guarnigione lealista",
        "la guarnigione governativa", "guarnigione governativa",
        "la polizia", "dalla polizia", "forze di polizia",
        "forze dell'ordine", "polizia {d}",
        "milizie filogovernative", "miliziani filogovernativi", "paramilitari filogovernativi",
        "milizie governative",
    ),
}


def expand_generic() -> Iterator[tuple[str, str | None, str]]:
    """Yield (folded key, country or None, language) for every generic government phrase."""
    for lang, templates in TEMPLATES.items():
        for template in templates:
            if "{d}" in template:
                for country, forms in DEMONYMS.items():
                    for form in forms.get(lang, ()):
                        yield name_key(template.replace("{d}", form)), country, lang
                        if ". " in form or form.endswith("."):  # "U.S. troops" folds to "u s  troops"
                            yield fold(template.replace("{d}", form)).strip(), country, lang
            elif "{c}" in template or "{k}" in template:
                slot, table = ("{c}", COUNTRY_NAMES) if "{c}" in template else ("{k}", CAPITALS)
                for country, names in table.items():
                    for name in names.get(lang, ()):
                        yield name_key(template.replace(slot, name)), country, lang
            else:
                yield name_key(template), None, lang


# The soldiers of a coup, named by what they did ("die Putschisten", "los golpistas"): the
# watched junta (`ActorMatcher.military_of`), never the government they overthrew.
COUP_MAKERS = (
    "the putschists", "the coup leaders", "the coup plotters", "the coup makers",
    "les putschistes", "des putschistes", "aux putschistes", "militaires putschistes",
    "soldats putschistes", "los golpistas", "de los golpistas", "a los golpistas",
    "militares golpistas", "die Putschisten", "der Putschisten", "den Putschisten",
    "putschenden Soldaten", "putschenden Militärs", "putschende Militärs", "i golpisti",
    "dei golpisti", "ai golpisti", "dai golpisti", "militari golpisti", "os golpistas",
    "dos golpistas", "aos golpistas", "pelos golpistas",
)


# Articles merged with a preposition ("par les" is not one, "pelos" is): the preposition says
# the people's role ("liberata dai tedeschi": from them), so their mention starts after it.
MERGED_ARTICLES = {"fr": ("des", "aux"), "pt": ("dos", "aos", "pelos"),
                   "it": ("dei", "degli", "ai", "agli", "dai", "dagli")}


def nationality_nouns(country: str) -> Iterator[str]:
    """Yield folded keys for "the Russians", "les Russes", "los rusos", "i russi", "os russos".

    With their article only: "russes" alone is also an adjective ("la presse russe").
    """
    forms = DEMONYMS.get(country, {})
    for form in forms.get("en", ()):
        if not form.endswith(("s", "ese")):
            yield name_key(f"the {form}s")
    # With the article merged into a preposition too: "occupés par les", "ocupados pelos indianos".
    for lang, articles, endings in (("fr", ("les", *MERGED_ARTICLES["fr"]), ("s", "x")),
                                    ("es", ("los",), ("os", "es", "tas")),  # "los croatas"
                                    ("pt", ("os", *MERGED_ARTICLES["pt"]), ("os", "es", "tas")),
                                    ("it", ("i", "gli", *MERGED_ARTICLES["it"]), ("i",))):
        for form in forms.get(lang, ()):
            if form.endswith(endings):
                for article in articles:
                    yield name_key(f"{article} {form}")
    # German nouns made from an adjective in -isch: "die Russen", "den Libyern", "die Japaner",
    # "der Chinesen" (irregular ones, "die Franzosen", are not made; a made form nobody writes,
    # "die Russer", costs nothing). With their article only: "Maler" is a painter.
    for form in forms.get("de", ()):
        if form.endswith(("ische", "ysche")):  # "libysche": "die Libyer"
            stem = form[:-5] if form.endswith("ische") else form[:-4]
            for noun in (stem + "er", stem + "ern", stem + "en"):
                if noun not in _NOT_GERMAN_NOUNS:
                    for article in ("die", "den", "der"):
                        yield name_key(f"{article} {noun}")


def collective_nouns(country: str) -> Iterator[str]:
    """Yield folded keys for "the British", "the French", "the Dutch", "the Chinese": the English
    nationalities that are their own plural noun (`nationality_nouns` makes "the Russians").

    The same words qualify a noun ("the British embassy"): `actors` reads them as a side only when
    no such noun follows (`actors.noun_follows`).
    """
    for form in DEMONYMS.get(country, {}).get("en", ()):
        if form.endswith(("sh", "ch", "ese")):
            yield name_key(f"the {form}")


# Made German nouns that are other words: "malen" (to paint), "Maler" (a painter).
_NOT_GERMAN_NOUNS = frozenset({"maler", "malern", "malen"})
