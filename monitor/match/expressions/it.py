"""Italian control-change expressions (see the package docstring for the signature format)."""

# ruff: noqa: E501 -- regex alternations read better unbroken

from monitor.match.demonyms import DEMONYMS
from monitor.match.expressions import HEADLINE, HEADLINE_END, Lexicon

_MONTHS = (
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
)

# A day between a verb of passing and the hands it passes into ("est passée samedi sous le contrôle").
_WHEN = r"(?:(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|ieri|oggi|stamane|stamattina|stanotte)(?: (?:mattina|sera))? )?"

# Under a side's rule: its control, its sovereignty, its authority ("passata sotto la sovranità di").
# "è passata interamente sotto l'autorità di": wholly, before the hands it passes into
_WHOLLY = r"(?:interamente |completamente |totalmente |del tutto )?"
_UNDER = r"sotto (?:il )?(?:pieno )?controllo|sotto (?:la |l )?(?:sovranit[aà]|autorit[aà]|amministrazione)"

# The Italian nationality adjectives ("ucraina", "tunisini"), for "X torna ucraina": a headline's nation.
_NATIONS = "|".join(
    sorted({f.lower().replace(" ", r"\ ") for forms in DEMONYMS.values() for f in forms.get("it", ()) if f.isascii()})
)

# "a più riprese" is "several times", not a recapture: "hanno attaccato a più riprese X"
_NOT_TIMES = "".join(
    f"(?<!a {w} )" for w in ("piu", "varie", "diverse", "ripetute", "molte", "due", "tre", "numerose", "alterne")
)

LEXICON = Lexicon(
    lang="it",
    capture=(
        # the city's last resistance ended by a side: "la polizia pone fine alla resistenza di X"
        r"(?:(?:pongono|pone|posto|ponendo|porre|hanno posto|ha posto) fine alla|(?:spezz|schiacci)\w* la) (?:ultima )?"
        r"resistenza (?:di|a)(?= (?:la citt[aà] di )?@p\d+)|"
        # the other side's occupation ended by the subject: "l'esercito ha posto fine all'occupazione di X"
        r"(?:pongono|pone|posto|ponendo|porre) fine all (?:\S+ ){0,4}?occupazione di(?= (?:la citt[aà] di )?@p\d+)|"
        # control held again: "l'esercito controlla di nuovo X", "torna a controllare X"
        r"(?:controll(?:a|ano) (?:di nuovo|nuovamente)|(?:torna|tornano|e tornato|e tornata|sono tornati) a controllare)"
        r"(?= (?:la citt[aà] di )?@p\d+)|"
        # the passive of it: "X è tornata a essere controllata dall'esercito"
        r"(?:torna|tornano|e tornato|e tornata|sono tornati|sono tornate) ad? (?:essere|stare) controllat[oaie](?= da| @a\d)|"
        # a side says it controls the city, or has it in its power
        r"(?:affermat|dichiarat|sostenut|assicurat)\w* (?:\S+ )?di controllare(?= (?:la citt[aà] di )?@p\d+)|(?:hanno|ha)(?: ora| ormai)?(?= (?:la citt[aà] di )?@p\d+ in (?:loro|suo) potere)|"
        # a side now holds the city: "tiene ormai X"
        r"(?:tiene|tengono) (?:ora|ormai|adesso)(?= (?:la citt[aà] di )?@p\d+)|"
        # a city cleared of a side: "hanno ripulito X dai miliziani di Y"
        r"(?:ripulit[oaie]|ripulirono|ripulisce|ripuliscono)(?= (?:la citt[aà] di )?@p\d+ (?:\S+ ){0,2}?(?:da|dai|dagli|dalla|dalle|dal|di) )|"
        # control restored or brought about, a battle won, a city recovered or secured
        r"(?:(?<=vi hanno )|(?<=vi ha )|(?<=vi avevano )|(?<=vi aveva ))stabilito (?:\S+ ){0,3}?controllo|(?:ri)?stabil\w* (?:\S+ ){0,2}?(?:il )?(?:loro |suo )?controllo (?:su|di|del|della|sulla|sul)|(?:(?:ri)?portat[oa]|(?:ri)?portarono|riporta|riportano|posto|posta|messo|messa|misero)(?= (?:la citt[aà] di )?@p\d+ (?:\S+ ){0,2}?sotto (?:il )?(?:loro |suo )?controllo)|vint[oaie] (?:\S+ ){0,2}?la battaglia (?:di|per)|vinsero (?:\S+ ){0,2}?la battaglia (?:di|per)|vittoria nella battaglia (?:di|per)|(?:proclam|annunci|dichiar)\w* (?:la )?vittoria (?:a|ad|su|in)(?= (?:\S+ )?@p\d)|recuperat[oaie](?= (?:la citt[aà] di )?@p\d+)|recuper(?:o|arono)(?= (?:la citt[aà] di )?@p\d+)|messo in sicurezza(?= (?:\S+ ){0,2}?@p\d+)|"
        r"(?=occupat)" + HEADLINE + r"occupat[oaie]" + HEADLINE_END + r"|"
        r"(?:e|sono) (?:ora|ormai|adesso) (?:i )?padron[ie] di|"
        # a narrative past: "la sera gli insorti erano padroni della città" (not "… da anni")
        r"(?:erano|era|furono|fu) (?:gia |ormai |allora |interamente |completamente )?(?:i )?padron[ie](?= (?:di|della|del|dello|dei|degli|delle|dell) )(?! (?:\S+ ){0,5}?(?:da|dal|dalla|dai|dall|fin da|sin da) )|"  # "sono ora padroni di X": "are now masters of"
        r"si (?:resero|rese|sono resi|e reso|sono fatti|fecero) padron[ie] di|"  # "si resero padroni di X"
        r"(?:si (?:sono|e|erano|era) assicurat[oaie]|si assicur(?:o|arono)) il (?:pieno )?controllo (?:di|della|del|dello|dell|dei|degli|delle)|rioccup(?:a|ano|ato|ata|ati|ate|o|arono|are)|dichiar\w* (?:\S+ ){0,2}?@p\d+ (?:\S+ )?(?:libera|liberata)|(?:pres[oaie]|prend\w*) d assalto|controlliamo(?= (?:ora |ormai |adesso |completamente )?(?:la citt[aà] di )?@p\d+)|(?:ri)?conquist(?:a|ano|ato|ata|ati|ate|are|ando|arono|o|ava|avano)"
        # ("preso di mira": targeted; "presero la decisione di": decided; neither is a taking)
        r"|" + _NOT_TIMES + r"(?:(?:ri)?pres[oaie]|(?:ri)?prendere|(?:ri)?prendono|(?:ri)?prende|(?:ri)?presero|(?:ri)?prendeva|(?:ri)?prendevano)(?! di mira| (?:la |una )?decision[ei])"
        r"|(?:ri)?cattur(?:a|ano|ato|ata|ati|ate|are|arono|o|ava|avano)|(?:e|sono|stata|stato|stati|state|fu|furono|venne|vennero) (?!(?:ha|hanno|aveva|avevano|avrebbe|avrebbero|avra|avranno) )(?:\S+ )?occupat[oaie]|occup(?:o|arono)|(?:ha|hanno|aveva|avevano|aver|avere|avendo) (?:\S+ )?occupat[oaie]|(?:e|sono) (?:ora|ormai|adesso) (?:saldamente |completamente |interamente |totalmente )?controllat[oaie](?= da)|controll(?:a|ano) (?:ora|ormai|adesso)|controll(?:a|ano)(?= @p\d+ da (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|ieri))"
        r"|(?:proclam|annunci|dichiar)\w* (?:\S+ ){0,2}?(?:la )?vittoria (?:a|ad|in|su|sul|sulla)|liberat[oaie]|liber(?:ano|are|o|arono|ava|avano)|invas[oaie]|invas(?:e|ero)|espugn(?:a|ano|ato|ata|ati|ate|are|arono|o|ava|avano)|strapp(?:a|ano|ato|ata|ati|ate|are|arono|o|ava|avano)|sottratt[oaie](?= (?:(?:la citt[aà] di )?@p\d+ )?(?:ai|agli|alle|al|alla|allo|all) )|impadron\w*|impossess\w*|(?:pres[oaie]|prend\w*) possesso|rientrat[oaie] in possesso(?= (?:di|della|del|dell) )"
        r"|(?:assunto|preso|prendono|prende|ottenuto) (?:(?:da )?(?:ieri|oggi|ora|gi[aà]|stamane|stamattina|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) )?il (?:pieno )?controllo|controll(?:a|ano) (?:ora|ormai|adesso)(?= @)"
        r"|(?<!che )controll(?:a|ano|ava|avano) (?:ora |ormai )?(?:completamente|totalmente|interamente|del tutto)(?= (?:la citt[aà] di )?@p\d+)"
        r"|pass(?:a|ano|ato|ati|ata) a controllare|(?:riuscit[oaie]|riusci|riuscirono) a controllare|rivendic\w* (?:il )?(?:pieno )?controllo(?= (?:di|della|del|dello|dell) )|rivendic\w*(?= (?:la città di |la citt[aà] di )?@p\d+)"
        # "il Fronte ha il controllo di X": news of who now holds it (not "ha ancora il controllo")
        r"|(?:afferm|dichiar|assicur|sostien|sosteng|dic)\w* di (?:ora |ormai |gi[aà] )?controllare(?! ancora)|(?:ha|hanno) (?:ora |ormai |adesso )?il (?:pieno )?controllo(?= (?:\S+ ){0,3}?@p\d+)"
        # "ha assunto il potere a X", "ha assunto l'amministrazione della città": took over its rule
        r"|(?:assunt[oaie]|assunse|assunsero|assume|assumono)(?= (?:il potere|l amministrazione|il governo) )"
        # "hanno messo le mani su X": laid hands on the city
        r"|(?:mess[oaie]|mett(?:e|ono)|misero) le mani (?=su (?:\S+ ){0,3}?@p\d+)su"
    ),
    retake=r"ripul\w*|rioccup\w*|ripres\w*|riprend\w*|riconquist\w*|liberat\w*|liber\w*|nuovo|nuovamente",
    fall=(
        # the city "finds itself" in a side's hands now: "si trova ora nelle mani dei"
        r"(?:si trova|si trovano) (?:ora|ormai|adesso) (?:in mano|nelle mani|sotto (?:il )?(?:pieno )?controllo)|"
        # "è di nuovo in mano ai X", "è di nuovo in mani ucraine" (the side's adjective after "mani")
        r"(?:di nuovo|nuovamente|ancora una volta) (?:in mano|nelle mani|in mani|sotto (?:il )?(?:pieno )?controllo)|"
        r"(?:(?<=@p\d )|(?<=@p\d\d ))(?:e (?:ormai |ora |di nuovo |ancora )?|(?:e )?tornat[oa] )nostr[ao]|cadut[oaie]|cade|cadono|caduta|cadde|caddero|cadeva|cadevano"
        r"|(?:passat|finit|tornat|ritornat)[oaie] " + _WHEN + _WHOLLY + r"(?:" + _UNDER + r"|nelle mani|in mano)|(?:pass|torn|ritorn)(?:a|ano|o|arono) " + _WHEN + _WHOLLY + r"(?:" + _UNDER + r"|nelle mani|in mano)|ricad\w* (?:sotto (?:il )?(?:pieno )?controllo|nelle mani|in mano)|passat[oaie](?= (?:a|ai|al|allo|alla|alle|agli|all) @a)|pass(?:a|ano|o|arono)(?= (?:a|ai|al|allo|alla|alle|agli|all) @a)"
        # the city gives itself up to a side named after the verb ("X si arrende ai ribelli"), or
        # capitulates ("X capitola", "ha capitolato"; not "capitolo", a chapter, unless after the city)
        r"|(?<=si )(?:arrend(?:e|ono|eva|evano)|arres(?:e|ero))(?= (?:a|ad|ai|al|alle|agli|alla|allo|all|davanti) )"
        r"|(?:ha|hanno|aveva|avevano) capitolato|capitol(?:a|ano|arono|ava|avano)|(?:(?<=@p\d )|(?<=@p\d\d ))capitolo"
        # the city "returns" to a nation, a headline's adjective: "X torna ucraina", "X è tornata cinese"
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?:torna|tornano|ritorna|ritornano|(?:e|sono) (?:ri)?tornat[oaie])(?= (?:" + _NATIONS + r")(?: [,.:;!]| ?$))"
        r"|(?:e|sono) (?:ora|ormai) (?:interamente |completamente |totalmente |saldamente )?(?:nelle mani|nelle loro mani|sotto (?:il )?(?:loro |suo |pieno )?controllo|in mano|in potere)"
        # "X è in mano ai ribelli": the city right before; "X in mano ai ribelli", a headline
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?:e|sono) (?:nelle mani|in mano|sotto il (?:pieno )?controllo) (?:\S+ ){0,3}?@a\d+"
        r"|(?:ora |ormai )?(?:nelle mani|in mano|sotto il (?:pieno )?controllo) (?:d\w*|a|ai|al|alle|agli|all) (?:\S+ ){0,2}?@a\d+"
        # "X in potere dei ribelli", an old and a headline form ("è caduta in potere del nemico" is `caduta`)
        r"|(?:ora |ormai )?in potere (?:d\w*) (?:\S+ ){0,2}?@a\d+"
        # "X è in potere del nemico", "è nelle mani del nemico": the enemy of the side the paper reports for
        r"|(?:e|sono|era|erano) (?:ora |ormai )?(?:in mano al|nelle mani del|in potere del) nemico"
    ),
    withdraw=(
        # a side driven out, the second of two participles: "sono state messe in rotta e cacciate da X"
        r"(?<=e )(?:cacciat|espuls|scacciat)[oaie](?= (?:da|dalla|dal|dai|dagli) )|"
        # the holder vacates the city: "hanno sgomberato X"
        r"sgomber(?:ato|ata|arono|o|ano|a)(?= (?:la citt[aà] di )?@p\d+)|"
        r"ritirat[oaie]|ritir(?:a|ano|are|o|arono|ava|avano)|ritirarsi|ritirandosi|ritiro|partenza(?= (?:di|dei|del|della|delle|degli|dello))|fuga|abbandon(?:a|ano|ato|ata|ati|ate|are|o|arono|ava|avano)"
        # made to leave: "sono state costrette a lasciare X", "ha dovuto lasciare X"
        r"|(?:(?<=costrett. a )|(?<=dovut. ))lasciare"
        r"|evacuat\w*|evacu(?:a|ano|o|arono|ava|avano)|lasciat[oaie]|lascia|lasciano|fuggit\w*|fugg(?:e|ono|irono|iva|ivano)|ripiegat\w*|(?:perso|perduto) il controllo"
        r"|(?:(?:ammett\w*|ammess\w*|riconosc\w*|conferm\w*) (?:la )?)?perdita(?= (?:di|della|del|dello|dell) )|(?:stat[oaie]|vennero|venne) (?:cacciat|espuls|scacciat)[oaie]|(?:stat[oaie]|vennero|venne) spint[oaie](?= fuori )|pers[oa](?: il controllo (?:di|della|del))?|perdut[oa]|perdemmo"
    ),
    # "l'Esercito di liberazione di X" names a movement, not a liberation of X
    nominal=r"capitolazione(?= (?:di|della|del|dell) )|caduta|presa|cattura|conquista|riconquista|(?<!esercito di )(?<!fronte di )(?<!movimento di )(?<!comitato di )(?<!armata di )liberazione|(?:pieno|totale|completo) controllo (?:di|della|del)|controllo totale (?:di|della|del)",
    to_holder=r"davanti a\w*|a (?:favore|vantaggio) d\w*|nelle mani d\w*|in mano a\w*|in potere d\w*|a|ai|al|alle|allo|alla|agli|all|sotto il (?:pieno )?controllo d\w*",
    agent=r"da|dai|dal|dalla|dalle|dagli|dallo|dall|da parte d\w*",
    passive=r"e|sono|stato|stata|stati|state|era|erano|fu|furono|venne|vennero",
    source=r"da|dai|dal|dalla|dalle|dagli|dall|contro|con|di|della|del|dello|degli|delle|dell",
    locative=r"in|a|nel|nella|vicino|verso|intorno|dentro|sopra|fino|tra|fra|alle porte|alla periferia|presso"
    r"|per",
    blockers=(
        r"colloqui su\w*|negoziati su\w*|rifiut(?:ato|ata|ati|ate|a|ano|o|arono|ava|avano|ando|are)|trattative su\w*|ordin\w*|mantien\w*|mantenuto|conserv\w*|ancora(?! una volta)|sarà|sara|saranno|legalmente|rinunci\w*|contes\w*|non|mai|senza|tent\w*|cerc\w* di|mira|mirano|punt(?:a|ano|ava|avano) (?:(?:ora|ormai|adesso|dritt[oie]) )?(?:a|su|verso)|minacc\w*|potr\w*|puo|possono|poter|(?<!in )(?<!il )(?<!al )(?<!loro )(?<!suo )potere|vuol\w*|voglion\w*|volere|voler|volev\w*|vogliamo|intend(?:e|ono|eva|evano|ere)"
        r"|piano|sta|stanno|stava|stavano|sul punto|in procinto|si aspett\w*|preved\w*|a un passo|apprest\w*|accing\w*|prossim\w*|vicin\w*|avvicin\w*|prepar\w*|obiettivo|per|se(?! ne\b| n\b)"
        # an agreement to do it: "l'esercito ha accettato di ritirarsi da X"
        r"|accett\w* di|concordat\w* di|acconsentit\w* a|impegnat\w* a|si impegn\w* a"
        r"|fallit\w*|fallimento|fals[oaie]|promess\w*|promett\w*|giur\w*|decis\w* di|decid\w*|invano|circond\w*|assedi\w*|imminente|possibil\w*|neg\w*|smentit\w*|smentisc\w*|respint\w*|resist\w*"
        r"|difend\w*|evitare|impedire|offensiva per|speran\w*|ancora non|battaglia per|lotta per|dev\w*"
        r"|sembra|sembrano|significherebbe|riuscire"
        r"|teme|temono|temeva|temevano|temere|timore|timori|paura"  # "il governo teme la caduta di X"
    ),
    claim=r"(?:afferm|dichiar|assicur|sostien|sosteng|dic)\w* di (?:ora |ormai |gi[aà] )?controllare|rivendic\w*|(?:afferm|dich|annunci|sostien|sosten)\w* di aver\w*|vant\w*",
    denial=(
        r"smentit\w*|smentisc\w*|neg(?:a|ano|ato)|respint\w*|fals[oaie]|menzogn\w*|se (?:ciò|cio|questo) (?:dovesse )?(?:accad\w*|succed\w*|avven\w*)|bugi\w*|disinformazione|infondat\w*|senza fondamento|continu\w* a controllare (?:\S+ )?(?:la citt[aà]|@p\d+)|(?:resta|restano|rimane|rimangono)"
        r" (?:sotto|nelle mani)|non confermat\w*|senza conferma|non (?:e|è) stato possibile (?:confermar|verificar)\w*"
    ),
    not_city=(
        r"camp[oi]|centro|sede|(?:i )?contatt[oi]|comunicazioni|(?:l )?idea|speranz[ae]|quartier generale|edifici\w*|carcere|prigion\w*|aeroporto\w*|base|basi|uffici\w*|palazz\w*"
        r"|post[oi]|posizion\w*|quartier\w*|distrett\w*|periferia|dintorni|sobborgh\w*|villagg\w*|parte|parti"
        r"|met[aà]|maggior parte|zona|zone|area|aree|strad\w*|autostrad\w*|pont[ei]|uomo forte|governator\w*"
        r"|sindac\w*|comandant\w*|capo|capi|leader|polizia|residenti|abitanti|popolazione|civili|soldati"
        r"|truppe|combattenti|armi|veicoli|droni|carri|equipaggiament\w*|deposit\w*|provincia|province"
        r"|region\w*|oblast|stato|valle|(?<!città di )confine|diga|raffineria|ospedal\w*|collin\w*|piazza|municipio|universit[aà]"
        r"|istituzioni|territori\w*|potere|localit[aà](?! di @p\d)|ostagg\w*|detenuti|prigionieri|president\w*|ministr\w*"
        r"|portavoce|membr\w*|giornalist\w*|assalto|quartieri"
        r"|aerodromo\w*|mercat[oi]|hotel|alberg\w*|ambasciat\w*|moschea|chiesa|stazione|commissariato|amministrator\w*|prefett\w*|questura|tribunale|caserm\w*|governator\w*"
    ),
    past=(
        r"ricorr(?:e|ono|eva|evano) (?:\S+ )?(?:anni|anno|decenni|secoli)|"  # "Se cumplen 87 años de la caída de X": an anniversary
        r"\w+ (?:anni|anno|mese|mesi) fa|(?:anni|mesi|settimane) fa|(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|alcune|poche|qualche|\d+) settiman[ae] fa|l anno scorso|il mese scorso|all inizio della guerra|anniversario|(?:mani|mano|controllo) (?:\S+ ){0,2}?@a\d+ (?:ormai |gia )?da (?:(?:un|una|due|tre|quattro|cinque|sei|alcuni|alcune|diversi|diverse|molti|molte|\d+) )?(?:mese|mesi|anno|anni|settimana|settimane|tempo)|(?:durante la|nella) (?:prima|precedente|ultima|scorsa) guerra"
        r"|all epoca|a quel tempo"
        r"|(?:scors[oa]|passat[oa]) (?:estate|inverno|autunno|primavera)|(?:estate|inverno|autunno|primavera) (?:scors[oa]|passat[oa])"
        # "dalla conquista di X sono passati dodici mesi": months or years gone since
        r"|(?:sono|e) (?:passat|trascors)[oi] (?:\S+ ){0,2}?(?:mesi|anni|anno|mese)"
        r"|(?:" + "|".join(_MONTHS) + r") (?:scorso|dell anno scorso)"
        r"|lo scorso (?:anno|" + "|".join(_MONTHS) + r")"  # "lo scorso anno", "lo scorso ottobre"
        # the city of today against the one of another day: "rispetto a quella conquistata dai …"
        r"|(?:rispetto a|diversa da|lontana da) quella(?= \w+(?:at|ut|it|es|ss)a )"
    ),
    handover=r"restitu(?:ito|ita|irono|isce|iscono|ire)(?= (?:la citt[aà] di )?@p\d+ (?:\S+ )?(?:a|al|alla|ai|agli|alle))|lasci(?:ando|ato|ata|ano|arono|o)(?= (?:\S+ ){0,4}?(?:nelle mani d\w*|a|ai|al|alle|agli|alla|allo|all) @a)|consegnat[oaie]|consegn(?:a|ano|are|o|arono|ava|avano)|cedut[oaie]|ced(?:e|ono|ere|ette|ettero|eva|evano)"
    r"|(?<=si e )arres[oaie]|(?<=si sono )arres[oaie]|(?<=si )arres(?:e|ero)|(?<=si )arrend(?:e|ono|eva|evano)|(?<=si era )arres[oaie]|(?<=si erano )arres[oaie]",
    flag=r"bandier[ae] (?:della |del |dei |degli |delle |di |dell )?@a\d+ sventol\w* (?:ora|ormai|adesso|di nuovo|nuovamente) (?:su|sopra)|"
    # a flag flying since this morning: "sventola da stamane sul municipio di X", "sventola ora su X"
    r"bandier[ae] (?:\S+ ){0,5}?sventol(?:a|ano) (?:ora|ormai|adesso|da stamane|da stamattina|da ieri|da oggi) (?:su|sopra|sul|sulla)|"
    r"sventol(?:a|ano) (?:ora|ormai|adesso|da stamane|da stamattina|da ieri|da oggi) (?:\S+ ){0,2}?bandier[ae] (?:\S+ ){0,4}?(?:su|sopra|sul|sulla)|bandier[ae] (?:\S+ ){0,2}?(?:e stata |sono state |fu |venne )?issat[ae] (?:su|sopra|a)|(?:issat\w*|issa|issano|isso|issarono|hanno issato|ha issato) (?:la |loro )?(?:\S+ ){0,2}?bandier\w*"
    r"|(?:accolt|acclamat)[oaie] (?:\S+ ){0,2}?come (?:eroi|liberatori)",
    expel=r"(?:cacciat|espuls|scacciat)\w* (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?(?:da|dalla|dal)"
    # men of the other side not named by it: "hanno cacciato i soldati da X", "cacciando la polizia da X"
    r"|(?:cacci|espuls|scacci)\w* (?:i |la |gli )?(?:ultimi )?(?:poliziotti|polizia|soldati|militari|miliziani"
    r"|ribelli|insorti|jihadisti|combattenti) (?:da)(?= @p\d+)"
    r"|spint\w* (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?fuori (?:da|dalla|dal|di)",
    months=_MONTHS,
    say=r"ha detto|hanno detto|ha comunicato|hanno comunicato|ha affermato|hanno affermato|ha annunciato|hanno annunciato|ha dichiarato"
    r"|hanno dichiarato|secondo"
    # the present of a headline ("Haftar annuncia: le nostre truppe hanno preso X")
    r"|dice|dicono|afferma|affermano|annuncia|annunciano|dichiara|dichiarano|sostiene|sostengono",
    enter=r"(?:fatto|fanno|fa|fece|fecero) (?:il (?:loro |suo )?)?ingresso (?:\S+ ){0,2}?(?:a|ad|in|nel|nella)|(?:e|sono|era|erano) (?:rientrat[oaie]|ritornat[oaie]|tornat[oaie]) (?:\S+ ){0,2}?(?:a|ad|in|nel|nella)|si (?:e |sono )?(?:dispiega|dispiegano|dispiegat[oaie]|schiera|schierano|schierat[oaie]) (?:\S+ ){0,2}?(?:a|ad|in|nel|nella)|entrat[oaie] (?:senza (?:\S+ ){0,3}?(?:resistenza|combattere|colpo) )?(?:\S+ ){0,2}?(?:a|ad|in|nel|nella)|entr(?:a|ano|arono|ava|avano) (?:senza (?:\S+ ){0,3}?(?:resistenza|combattere|colpo) )?(?:\S+ ){0,2}?(?:a|ad|in|nel|nella)|entro(?! (?:(?:le|il|la|l|i|pochi|poche|due|tre|qualche|\d+) )?(?:ore|giorni|sera|stasera|domani|fine|oggi|settimana|settimane|mese|mesi|anno|mezzanotte|breve|tempo|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)) (?:\S+ ){0,2}?(?:a|ad|in|nel|nella)|sbarcat[oaie] (?:\S+ ){0,2}?(?:a|ad|in|nel|nella)|irrott\w*|occup(?:ano|avano|ava)|(?:e|sono) occupat[oaie](?= da)",
    insurgents=(
        r"ribell[ei]|insorti|insorgent[ei]|miliziani|jihadisti|islamisti|militanti|separatisti|combattenti|gruppo armato"
        r"|gruppi armati|grupp[oi] (?:jihadist[ai]|islamist[ai]|ribell[ei]|terroristic[oi])|forze ribelli|paramilitari"
        r"|guerriglieri|guerriglia|ammutinati|soldati ammutinati|rivoltosi|rivoluzionari|forze rivoluzionarie|golpisti"
    ),
    after=r"dopo|dopo aver|da quando",
    pronouns=r"loro|essi|esse|queste|questi",  # "dopo che queste si erano ritirate": those just named
)
