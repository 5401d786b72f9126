"""A census of the forms in which the press of six languages names a side.

Watchlists give a side's canonical name and a few aliases; the press writes the acronym with
dots ("E.L.N."), the name translated ("Union patriotique du Kurdistan", "FPLE"), the leader's
supporters under his name spelt the local way ("Anhänger Gamsachurdias"), or the adjective of a
state that no longer exists ("preußische Truppen"). Each form is one sentence written for this
battery in en, fr, es, de, it and pt, about wars other than the evaluation sets' (Colombia,
Georgia 1992, Iraqi Kurdistan 1996, Eritrea 1990, Liberia 1990, France 1870), with the (place,
holder) pairs it reports. A pair the detector cannot read without a larger change is a strict
xfail in `GAPS`.
"""



from __future__ import annotations

from tests.sentence_kit import Pairs, parity_battery, side

ELN, COL = "National Liberation Army", "Colombian government"
ZVI, GEO = "Zviadists", "Georgian government"
PUK, KDP = "PUK", "KDP"
EPLF, ETH = "Eritrean People's Liberation Front", "Ethiopian government"
NPFL, LBR = "NPFL", "Liberian government"
PRU, FRA = "Prussia", "France"

WATCHLIST = {
    "places": [
        {"name": name, "country": country}
        for country, names in {
            "CO": ("Saravena", "Arauca"),
            "GE": ("Zugdidi", "Senaki"),
            "IQ": ("Koya", "Erbil"),
            "ER": ("Massawa", "Keren"),
            "LR": ("Buchanan", "Gbarnga"),
            "FR": ("Metz", "Sedan"),
        }.items()
        for name in names
    ],
    "actors": [
        side(ELN, ["ELN"], "CO", COL),
        side(COL, ["Colombian army"], "CO", ELN, True),
        side(ZVI, ["Gamsakhurdia loyalists"], "GE", GEO),
        side(GEO, ["Georgian army"], "GE", ZVI, True),
        side(PUK, ["Patriotic Union of Kurdistan"], "IQ", KDP),
        side(KDP, ["Kurdistan Democratic Party"], "IQ", PUK),
        side(EPLF, ["EPLF"], "ER", ETH),
        side(ETH, ["Derg"], "ER", EPLF, True),
        side(NPFL, ["National Patriotic Front of Liberia"], "LR", LBR),
        side(LBR, ["Armed Forces of Liberia"], "LR", NPFL, True),
        side(PRU, ["German army"], "FR", FRA),
        side(FRA, [], "FR", PRU, True),
    ],
}

# (form, what it reports, its sentence in en fr es de it pt)
CONSTRUCTIONS: list[tuple[str, Pairs, tuple[str, str, str, str, str, str]]] = [
    ("an acronym written with dots", {("Saravena", ELN)}, (
        "Saravena fell to the E.L.N. on Sunday.",
        "Saravena est tombée aux mains de l'E.L.N. dimanche.",
        "Saravena cayó en manos del E.L.N. el domingo.",
        "Die E.L.N. hat am Sonntag Saravena erobert.",
        "Saravena è caduta nelle mani dell'E.L.N. domenica.",
        "Saravena caiu nas mãos do E.L.N. no domingo.",
    )),
    ("a leader's supporters, his name spelt the local way", {("Zugdidi", ZVI)}, (
        "Supporters of Zviad Gamsakhurdia seized Zugdidi on Sunday.",
        "Les partisans de Zviad Gamsakhourdia se sont emparés de Zugdidi dimanche.",
        "Los partidarios de Zviad Gamsajurdia tomaron Zugdidi el domingo.",
        "Anhänger Gamsachurdias eroberten am Sonntag Zugdidi.",
        "I seguaci di Gamsakhurdia hanno conquistato Zugdidi domenica.",
        "Os seguidores de Gamsakhurdia tomaram Zugdidi no domingo.",
    )),
]

GAPS: dict[tuple[str, str], str] = {}


test_each_form_reads_alike_in_six_languages, test_every_form_has_six_languages = parity_battery(
    WATCHLIST, CONSTRUCTIONS, GAPS
)
