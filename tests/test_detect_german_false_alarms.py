"""German items that tell no change, beside the same meaning in English and French.

German was the weakest language on the blind corpora, most of its false alarms in short items
that tell no change at all. This battery holds what such items say in German (a rumour, a
threat, a base or a village near the town, positions outside it, the road to it, a side's
quoted headline that the article denies) with the same sentence in English and French, so a
German form that falls behind the other two shows; and German positives in the same short wire
styles (headlines in the present, verb-final and separable verbs, the passive, "ist gefallen",
"unter ihre Kontrolle gebracht"), which every fix must keep. The wars are Somalia, Tigray 2021
and Sri Lanka 2009; no sentence comes from an evaluation item. A pair the detector cannot read
without a larger change is a strict xfail in `GAPS`.
"""

# ruff: noqa: E501 -- one sentence a line reads better

from __future__ import annotations

from tests.sentence_kit import Pairs, parity_battery, side

SOM, SHB = "Somali government", "al-Shabaab"
ETH, TPLF = "Ethiopian government", "TPLF"
LKA, LTTE = "Sri Lankan government", "LTTE"

WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {
            "SO": ("Kismayo", "Baidoa"),
            "ET": ("Dessie", "Kombolcha"),
            "LK": ("Kilinochchi",),
        }.items()
        for name in names
    ],
    "actors": [
        side(SOM, ["Somali army", "Somali National Army"], "SO", SHB, True),
        side(SHB, ["Shabaab", "al-Shabab", "Al-Schabab", "Schabab", "Chabab", "Shebab"], "SO", SOM),
        side(ETH, ["Ethiopian army", "ENDF"], "ET", TPLF, True),
        side(TPLF, ["Tigray People's Liberation Front", "Tigrayan forces", "Tigray-Rebellen", "rebelles tigréens"], "ET", ETH),
        side(LKA, ["Sri Lankan army", "SLA"], "LK", LTTE, True),
        side(LTTE, ["Tamil Tigers", "Tigres tamouls", "Tamil-Tiger"], "LK", LKA),
    ],
}

LANGS3 = ("en", "fr", "de")

# (construction, what it reports, its text in en fr de; a line break parts a headline from its body)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str]]] = [
    # what is rumoured or threatened did not happen
    ("a rumour that X fell", set(), (
        "Rumours are circulating online that Dessie has fallen to Tigrayan forces.",
        "Des rumeurs circulent en ligne selon lesquelles Dessie serait tombée aux mains des rebelles tigréens.",
        "Im Internet kursieren Gerüchte, Dessie sei an die Tigray-Rebellen gefallen.",
    )),
    ("threatened the capture of X", set(), (
        "Al-Shabaab has threatened to capture Kismayo.",
        "Les Chabab ont menacé de prendre Kismayo.",
        "Die Schabab-Miliz hat mit der Einnahme von Kismayo gedroht.",
    )),
    # a thing near the town, or outside it, is taken; not the town
    ("a headline: retook a base near X", set(), (
        "Army retakes base near Kismayo",
        "L'armée reprend une base près de Kismayo",
        "Armee erobert Stützpunkt bei Kismayo zurück",
    )),
    ("took a village near X", set(), (
        "Tigrayan forces took the village of Haik near Dessie on Monday.",
        "Les rebelles tigréens ont pris lundi le village de Haik près de Dessie.",
        "Die Tigray-Rebellen nahmen am Montag den Ort Haik bei Dessie ein.",
    )),
    ("took the army's positions outside X", set(), (
        "The TPLF has captured army positions outside Dessie.",
        "Le TPLF a pris des positions de l'armée aux portes de Dessie.",
        "Die TPLF hat Stellungen der Armee vor Dessie erobert.",
    )),
    ("took control of the road between X and Y", set(), (
        "Al-Shabaab has taken control of the road between Kismayo and Jilib.",
        "Les Chabab ont pris le contrôle de la route entre Kismayo et Jilib.",
        "Die Schabab-Miliz hat die Straße zwischen Kismayo und Jilib unter ihre Kontrolle gebracht.",
    )),
    ("took control of the main road to X", set(), (
        "The rebels have taken control of the main road to Dessie.",
        "Les rebelles ont pris le contrôle de la route principale vers Dessie.",
        "Die Rebellen haben die Hauptstraße nach Dessie unter ihre Kontrolle gebracht.",
    )),
    # a side's words as the headline, denied by the article
    ("a side's quoted headline, denied", set(), (
        'Al-Shabaab: "We have liberated Kismayo"\nAl-Shabaab said it had liberated Kismayo. The government rejected this and spoke of propaganda.',
        "Chabab : « Nous avons libéré Kismayo »\nLes Chabab ont affirmé avoir libéré Kismayo. Le gouvernement a démenti et parlé de propagande.",
        "Schabab: „Wir haben Kismayo befreit“\nDie Schabab-Miliz hat erklärt, sie habe Kismayo befreit. Die Regierung wies das zurück und sprach von Propaganda.",
    )),
    # positives in the same short styles
    ("a headline in the present", {("Kismayo", SHB)}, (
        "Al-Shabaab captures Kismayo",
        "Les Chabab s'emparent de Kismayo",
        "Schabab erobern Kismayo",
    )),
    ("a headline: the army reports the recapture", {("Kismayo", SOM)}, (
        "Army reports recapture of Kismayo",
        "L'armée annonce la reprise de Kismayo",
        "Armee meldet Rückeroberung von Kismayo",
    )),
    ("a headline: X in a side's hands", {("Kismayo", SHB)}, (
        "Kismayo in the hands of al-Shabaab",
        "Kismayo aux mains des Chabab",
        "Kismayo in der Hand der Schabab",
    )),
    ("a separable verb around the town", {("Dessie", TPLF)}, (
        "Tigrayan forces took the town of Dessie on Monday.",
        "Les rebelles tigréens ont pris lundi la ville de Dessie.",
        "Die Tigray-Rebellen nahmen am Montag die Stadt Dessie ein.",
    )),
    ("the passive", {("Dessie", TPLF)}, (
        "Dessie was captured by Tigrayan forces on Monday.",
        "Dessie a été prise lundi par les rebelles tigréens.",
        "Dessie wurde am Montag von den Tigray-Rebellen eingenommen.",
    )),
    ("the verb last, after the army said", {("Kismayo", SOM)}, (
        "The army said its troops had retaken Kismayo.",
        "L'armée a annoncé que ses troupes avaient repris Kismayo.",
        "Die Armee teilte mit, dass ihre Truppen Kismayo zurückerobert haben.",
    )),
    ("X has fallen to a side", {("Kombolcha", TPLF)}, (
        "Kombolcha has fallen to Tigrayan forces.",
        "Kombolcha est tombée aux mains des rebelles tigréens.",
        "Kombolcha ist an die Tigray-Rebellen gefallen.",
    )),
    ("brought X under their control", {("Baidoa", SHB)}, (
        "Al-Shabaab brought Baidoa under its control on Sunday.",
        "Les Chabab ont pris dimanche le contrôle de Baidoa.",
        "Die Schabab haben Baidoa am Sonntag unter ihre Kontrolle gebracht.",
    )),
    ("a side withdrew from X", {("Kismayo", SOM)}, (
        "Al-Shabaab withdrew from Kismayo on Tuesday.",
        "Les Chabab se sont retirés de Kismayo mardi.",
        "Die Schabab zogen sich am Dienstag aus Kismayo zurück.",
    )),
    ("a headline: a base near X retaken, then the town", {("Kismayo", SOM)}, (
        "Army retakes Kismayo after seizing a base near the town",
        "L'armée reprend Kismayo après avoir pris une base près de la ville",
        "Armee erobert Kismayo zurück, nachdem sie einen Stützpunkt bei der Stadt eingenommen hatte",
    )),
]

_RUMOUR_FAR = "the rumour noun stands more than six words before the verb, beyond the blocker window"
GAPS: dict[tuple[str, str], str] = {
    ("a rumour that X fell", "en"): _RUMOUR_FAR,
    ("a rumour that X fell", "fr"): _RUMOUR_FAR + " (a claim: the reportive conditional)",
}

test_reads_alike, test_has_its_languages = parity_battery(WATCHLIST, CONSTRUCTIONS, GAPS, LANGS3)
