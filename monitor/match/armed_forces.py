"""A state's armed forces by their proper names: "Tsahal", "the Wehrmacht", "la Rote Armee" (data).

The press names an army by its own name as often as by its nationality: "Tsahal a pris…",
"die Wehrmacht besetzte…", "el Ejército Rojo entró en…", "les FAMa ont repris…". Each name here
means its country's side, as "Israeli troops" or "les forces maliennes" do (`generic`), so the
matcher reads it only where the watchlist has a side for that country.

Left out on purpose: armies whose name belonged to an insurgent before it belonged to a state
("People's Liberation Army" in 1948 was not China's government; "SPLA", "RPA", "NRA", "FRCI"),
names shared by other armies or bodies ("SNA": Somali and Syrian National Army; "SLA": Sri Lanka
and South Lebanon Army; "FDS": Burkina's forces and the Kurdish SDF in French; "FAR": Rwanda and
Morocco; "FAZ", "FDI": a newspaper and an economic term), the halves of a divided country ("NVA":
the watchlist's halves decide, `compass`), and common words ("Heer").
Acronyms match with their case as written (`actors.is_acronym`).
"""

from __future__ import annotations

ARMED_FORCES: dict[str, tuple[str, ...]] = {
    "IL": ("IDF", "Tsahal", "Tzahal", "Zahal", "Israel Defense Forces", "Israel Defence Forces",
           "Forces de défense d'Israël", "Forces de défense israéliennes", "Fuerzas de Defensa de Israel",
           "Forças de Defesa de Israel", "Forze di Difesa Israeliane", "Forze di Difesa di Israele",
           "Haganah", "Hagana", "Palmach"),
    "DE": ("Wehrmacht", "Reichswehr", "Bundeswehr", "Afrikakorps", "Afrika Korps", "Afrika-Korps",
           "Waffen-SS"),
    "SU": ("Red Army", "Armée rouge", "Ejército Rojo", "Rote Armee", "Roten Armee", "Exército Vermelho",
           "Armata Rossa"),
    "JP": ("Kwantung Army", "armée du Guandong", "Kwantung-Armee"),
    "IT": ("Regio Esercito",),
    "GB": ("Royal Marines", "Royal Navy"),
    "US": ("Marine Corps",),
    "FR": ("Foreign Legion", "Légion étrangère", "Legión Extranjera", "Fremdenlegion", "Legione straniera",
           "Legião Estrangeira"),
    "RU": ("Rosgvardia",),
    "MM": ("Tatmadaw",),
    "CD": ("FARDC",),
    "ML": ("FAMa",),
    "ET": ("ENDF",),
    "ER": ("EDF",),
    "SD": ("SAF",),
    "UA": ("ZSU",),
    "SY": ("SAA",),
    "AF": ("ANA", "ANDSF"),
    "UG": ("UPDF",),
    "RW": ("RDF",),
    "MZ": ("FADM",),
    "TD": ("FANT",),
    "CF": ("FACA",),
    "CI": ("FANCI",),
    "AO": ("FAPLA", "FAA"),
    "KP": ("KPA", "NKPA", "Korean People's Army", "Armée populaire de Corée", "Ejército Popular de Corea",
           "Koreanische Volksarmee", "Exército Popular da Coreia", "Esercito Popolare Coreano"),
    "VN": ("ARVN",),
    "YU": ("JNA", "Yugoslav People's Army", "Armée populaire yougoslave", "Ejército Popular Yugoslavo",
           "Jugoslawische Volksarmee", "Exército Popular Iugoslavo", "Armata Popolare Jugoslava"),
    "BA": ("ARBiH",),
}
