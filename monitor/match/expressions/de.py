"""German control-change expressions (see the package docstring for the signature format).

Umlauts are kept (`würde` "would" is not `wurde` "was"). German puts the participle last
("Die Taliban haben Kandahar eingenommen"), so the city is looked for on both sides.
"""

# ruff: noqa: E501 -- regex alternations read better unbroken

from monitor.match.expressions import Lexicon

_MONTHS = (
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
)

# One word of the Mittelfeld between a finite verb and its particle or participle, never a full
# stop (an apposition's commas may stand in it; a comma right after the auxiliary ends its clause): "nahmen am Dienstag nach schweren Kämpfen mit der
# Armee die Stadt X ein", "eroberte X, die Hauptstadt der Provinz, am Samstag zurück".
# A day of this week or yesterday, after "seit": a control that began just now.
_RECENT_DAY = r"(?:dem |vergangenem |letztem )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|heute)"
_MF = r"(?:[^\s;:.!?]\S* )"
# The same word, not past "und" and a new auxiliary: "sind in X eingetroffen und haben die Stadt
# besetzt" has two clauses, and the participle belongs to the second.
_MF_OWN = r"(?:(?!und (?:haben|hat|hatten|hatte|sind|ist|waren|war|wurde|wurden) )[^\s;:.!?]\S* )"

# Not a passive's agent: "von den Russen", "durch die Armee" (the holder, read outside the trigger).
_NO_AGENT = r"(?!(?:von|vom|durch) (?:\S+ ){0,3}?@a\d)"

# Since a moment of the last days: "seit Sonntag", "seit heute früh", "seit dem Vormittag",
# "seit gestern Abend" (not "seit Monaten", "seit 1992": a state of long standing).
_SINCE_JUST_NOW = (
    r"seit (?:dem )?(?:(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)?"
    r"|wochenende|gestern|kurzem|heute|vormittag|nachmittag|mittag|morgen|abend)(?: (?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht))?"
)
# A side's hand named by its country's adjective: "in russischer Hand", "in ukrainischen Händen"
# (an adjective in -isch only: not "in guten Händen", "in fester Hand").
_NATIONAL_HAND = r"in \w+sch(?:er hand|en händen)"
# In a side's hands, power or control, maybe wholly: "vollständig in der Hand der Armee", "in der
# Gewalt der Rebellen", "in russischer Hand".
_HAND_STATE = (
    r"(?:(?:vollständig|ganz|fest|völlig) )?(?:in der hand|in den händen|in (?:ihrer|seiner) hand|in (?:ihren|seinen) händen"
    r"|in der gewalt|" + _NATIONAL_HAND + r"|unter (?:der |ihrer |seiner )?(?:\S+ )?kontrolle)"
)

# Nouns of an armed force that make a compound with "Rebellen": "Rebellenverbände", "Rebellenmiliz".
_FORCE = r"verbände|verbänden|verband|miliz|milizen|kämpfern|kämpfer|truppen|gruppe|gruppen|einheiten|armee|allianz|bündnis|koalition"

LEXICON = Lexicon(
    lang="de",
    capture=(
        # control held again: "die Armee kontrolliert wieder X", "kontrolliert X wieder"
        r"(?:kontrolliert|kontrollieren) (?:wieder|erneut)(?= (?:die stadt )?@p\d+)"
        r"|(?:kontrolliert|kontrollieren)(?= (?:die stadt )?@p\d+ (?:wieder|erneut)(?: [,.;:!?]| ?$))|"
        # a side has the city in its power: "haben X nun in ihrer Gewalt"
        r"(?:haben|hat|hatten|hatte)(?= (?:die stadt )?@p\d+ (?:nun |jetzt |inzwischen )?in (?:ihrer|seiner) gewalt)|"
        # a side now holds the city: "hält nun X"
        r"(?:hält|halten|hielt|hielten) (?:nun|jetzt|inzwischen|mittlerweile)(?= (?:die stadt )?@p\d+)|"
        # control wrested from a side: "entrissen der Armee am Sonntag die Kontrolle über X"
        r"(?:entriss|entrissen) (?:\S+ ){0,6}?(?:die )?kontrolle über|"
        # a city cleared of a side: "säuberten X am Dienstag von Y-Kämpfern"
        r"(?:säuberten|säuberte|säubern|säubert)(?= (?:\S+ ){0,3}?@p\d+ (?:\S+ ){0,3}?von )|"
        # control restored, a battle won, a city secured: "stellten die Kontrolle über X wieder her", "gewannen die Schlacht um X"
        # control established there, in the town named before: "… in der Stadt X … und dort die volle
        # Kontrolle hergestellt" (`target_forms`: "dort" stands for X)
        r"(?<=dort )(?:die )?(?:volle |vollständige |komplette )?kontrolle (?:wieder)?hergestellt|"
        r"(?:stellten|stellte|stellen|stellt) (?:\S+ ){0,4}?(?:die |ihre |seine )?kontrolle über(?= (?:\S+ ){0,12}?wieder her)|kontrolle über (?:\S+ ){0,4}?wiederhergestellt|(?:gewannen|gewann|gewonnen) (?:\S+ ){0,3}?die schlacht um|(?:den )?sieg in der schlacht um|(?:sicherten|sicherte|sichern|sichert) sich(?! (?:\S+ ){0,4}?kontrolle)(?= (?:\S+ ){0,10}?@p\d+)|"
        # (a source and a time may stand between: "übernahmen nach Angaben der Regierung in Y binnen
        # weniger Stunden die Kontrolle über X")
        r"(?:übernehmen|übernimmt|übernahmen|übernahm|erlangen|erlangten|erlangte|errangen|errang|erringen) " + _MF + r"{0,10}?(?:die )?(?:volle |vollständige )?kontrolle über|"
        r"(?:erklärt\w*) (?:\S+ ){0,2}?@p\d+ (?:\S+ )?für (?:frei|befreit)|(?:erobert|eroberte|eroberten|erobern|holten sich|holte sich|holen sich|holt sich) " + _MF + r"{0,16}?zurück(?= [,.;:!?]| und| ?$)|(?:zurück)?erobert|(?:zurück)?eroberten|(?:zurück)?eroberte|(?:zurück)?erobern|(?:zurück)?erobere"
        r"|(?:sicherten|sicherte) sich (?:\S+ ){0,4}?(?:die )?(?:volle |vollständige )?kontrolle über|entriss|entrissen|wir kontrollieren(?= (?:nun |jetzt |vollständig |die stadt )?@p\d+)|erstürmt|erstürmten|erstürmte|erstürmen|(?:gestürmt|stürmten|stürmte)(?! (?:in|ins|auf|nach|gegen|durch|vor|zu|zum|zur)(?!\S))|(?:erklärt|verkündet|proklamiert|feiert)\w* (?:\S+ ){0,3}?den sieg (?:in der schlacht um|in|über)|in besitz (?:genommen|nehmen|nahmen|nahm)"
        r"|(?:sind|ist) (?:nun|jetzt) (?:die )?(?:herren?|herrin) (?:von|über)"  # "sind nun Herren von X", "ist nun Herrin von X"
        # masters of the town again: "sind die Republikaner am 13. früh wieder Herren der Stadt"
        r"|(?<=\S )(?:wieder|nun|jetzt) (?:die )?(?:herren?|herrin)(?= (?:von|über|der stadt|des ortes) )"
        # the narrative "by nightfall": "waren die Villisten bei Einbruch der Nacht Herren von X"
        r"|(?<=\S )(?:bei einbruch der (?:nacht|dunkelheit)|am abend|gegen abend|bis zum abend) (?:die )?(?:herren?|herrin)(?= (?:von|über|der stadt|des ortes) )"
        # a control a day old: "kontrollieren X seit Sonntag", "Seit Sonntag kontrollieren die Rebellen X",
        # "hält X seit Freitag"
        r"|(?:kontrollier(?:en|t|te|ten)|hält|halten|hielt|hielten)(?= (?:\S+ ){0,3}?@p\d+ seit " + _RECENT_DAY + r")"
        r"|seit " + _RECENT_DAY + r" (?:kontrollier(?:en|t|te|ten)|hält|halten)(?= (?:\S+ ){0,3}?@p\d+)"
        r"|bemächtigt\w*|im (?:sturm|handstreich) genommen"  # "bemächtigten sich der Stadt X", "haben sich X bemächtigt"
        # "haben Regierungstruppen heute Bottrop genommen": the city right before the bare participle
        # (not "unter Beschuss genommen", "ins Visier genommen": no city right before)
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))genommen"
        r"|eingenommen|einnehmen|einnahmen|einnahm|einnimmt|(?:nahm|nahmen|nehmen|nimmt|nehme) " + _MF + r"{0,16}?ein(?= [,.;:!?]| und| ?$)"
        # (a passive's agent stays outside the trigger, where the holder is read: "wurde von der
        # Armee besetzt" is read at "besetzt", as "wurde von der Armee eingenommen")
        r"|(?:wurde|wurden|ist|sind|hat|haben|hatte|hatten|habe|hätte|hätten|sei|seien) (?!, )(?:" + _NO_AGENT + _MF_OWN + r"){0,16}?besetzt"
        r"|(?:(?<=@a\d )|(?<=@a\d\d ))(?:\S+ ){0,2}?besetzt(?= worden| (?:und|[.;:!?])| ?$)|befreit|befreiten|befreite|befreien"
        # "…, dass russische Truppen X besetzt haben"; "Russland besetzt X" (not "besetzt gehaltene")
        r"|besetzt(?= (?:haben|hatten|hat|hatte|worden)(?!\S))|besetzt(?! gehalten)(?= (?:\S+ ){0,6}?@p\d)|besetzen|besetzten|besetzte"
        # a headline's bare participle is a passive: "X kampflos besetzt", "X von Rebellen besetzt"
        # (the city itself stays outside the trigger, as its subject: "X wurde von den Y besetzt")
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?:" + _NO_AGENT + r"\S+ ){0,3}?besetzt(?= $| [.!?]$)"
        # zu-infinitives: a change only after "gelang es" (german.governor)
        r"|einzunehmen|zurückzuerobern|zu (?:erobern|besetzen|übernehmen|befreien)|(?:wieder )?unter (?:ihre |seine )?kontrolle zu bringen"
        # taken from whom the dative names: "hat den RSF X abgenommen", "nahm den RSF X ab"
        r"|(?<=@p\d )abgenommen(?= [,.;:!?]| und| ?$)|(?:nahm|nahmen) (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?@p\d+ ab(?= [,.;:!?]| und| ?$)"
        r"|übernommen|übernahmen|übernahm|übernehmen|(?<=macht )ergriffen|(?:ergriffen|ergriff|ergreifen|ergreift) (?:\S+ ){0,4}?die macht|(?:(?:wieder|erneut|vollständig|komplett|ganz) )?unter (?:ihre |seine |die )?kontrolle (?:gebracht|genommen|bringen)"
        r"|(?:brachten|bringen|bringt|brachte) " + _MF + r"{0,16}?unter (?:ihre |seine )?kontrolle|in (?:ihre|seine) gewalt gebracht|(?:brachten|brachte|bringen|bringt) " + _MF + r"{0,16}?in (?:ihre|seine) gewalt"
        r"|(?:zurück)?gewonnen|zurückgeholt|überrannt|überrannten|überrannte|überrennen|überrennt|überrollt|überrollten|überrollte|überrollen|kontrolle über (?:\S+ ){0,4}?(?:(?:wieder|zurück)?erlangt|errungen)|(?:wieder|zurück)erlangt\w*|(?:kontrollier|beherrsch)\w* (?:nun|jetzt|inzwischen|mittlerweile)(?: auch)?(?: ganz| vollständig| komplett| die (?:ganze |gesamte )?stadt)?(?= @)"
        # "now" first, the subject after the verb: "Inzwischen kontrollieren die RSF (ganz) X"
        r"|(?:(?<=jetzt )|(?<=nun )|(?<=inzwischen )|(?<=mittlerweile ))(?:kontrollier|beherrsch)\w*"
        r"(?= (?:(?:die|der|den) (?:@a\d+|\w+)|@a\d+) (?:auch )?(?:ganz |vollständig |komplett |die (?:ganze |gesamte )?stadt )?@p)"
        # its subject after the verb: "Bewohnern zufolge kontrollieren die RSF inzwischen ganz X"
        r"|(?:kontrollier|beherrsch)\w*(?= (?:(?:die|der|den) (?:@a\d+|\w+)|@a\d+) (?:nun|jetzt|inzwischen|mittlerweile)(?: auch)?(?: ganz| vollständig| komplett| die (?:ganze |gesamte )?stadt)? @)"
        r"|(?:haben|hat) (?:nun|jetzt|inzwischen|mittlerweile) (?:die )?(?:volle |vollständige )?kontrolle über"
        # a side that controls it wholly, as "fully controlled X": "Am Abend kontrollierten die RSF X vollständig"
        # (not a state that goes on: "kontrolliert X weiterhin", "seit Jahren", "noch immer")
        r"|kontrollier(?:t|te|ten|en)(?= (?:(?!seit |weiterhin |noch |immer |längst |stets |nach wie )\S+ ){0,5}?@p\d+"
        r" (?:(?:nun|jetzt|inzwischen|mittlerweile|wieder) )?(?:vollständig|komplett|vollkommen)(?!\w))"
        # a side that has it wholly (or again) under its control, as "were in full control of": "Am Abend
        # hatten ihre Kämpfer die Stadt vollständig unter Kontrolle", "Die Armee hat X wieder unter Kontrolle"
        # (the city itself, not a place in it: "hat die Lage in X vollständig unter Kontrolle")
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?<!(?:in|um|im|zu) @p\d )(?<!(?:in|um|im|zu) @p\d\d )(?<!(?:aus|bei|von|vor) @p\d )(?<!(?:aus|bei|von|vor) @p\d\d )"
        r"(?:nun |jetzt |inzwischen |mittlerweile |bereits )?(?:vollständig|vollkommen|komplett|ganz|wieder|erneut)"
        r" unter (?:ihrer |ihre |seiner |seine |der )?kontrolle(?! gebracht| genommen| zu| bringen| nehmen| halten| behalten)"
    ),
    retake=r"säuber\w*|zurück\w*|befrei\w*|rückeroberung|wieder",
    fall=(
        # passed into a side's hands: "ging am Donnerstag in die Hände der Rebellen über"
        r"(?:ging|gingen|geht|gehen) (?:am \S+ |nun |jetzt )?in die (?:hände|hand)(?= (?:\S+ ){0,5}?über)|"
        # passed under a side's rule: "ging X vollständig unter die Herrschaft der Villisten über"
        r"(?:ging|gingen|geht|gehen) (?:\S+ ){0,3}?unter die (?:herrschaft|kontrolle|gewalt|autorität|verwaltung)"
        r" (?:der|des|von) (?:\S+ ){0,2}?@a\d+ über|"
        # control of the city passed to a side: "Die Kontrolle über X ging an die Rebellen über"
        r"(?:(?<=kontrolle über @p\d )|(?<=kontrolle über @p\d\d ))(?:ging|geht)(?= (?:\S+ ){0,3}?an )|"
        # (not a separable verb, its particle closing the clause: "Der Süden fällt ab", "fiel aus")
        r"gefallen|(?:fiel|fielen|fällt|fallen)(?! " + _MF_OWN + r"{0,6}?(?:ab|aus|auf|weg|um)(?= [^\w\s@]| und| ?$))|(?:(?<=@p\d )|(?<=@p\d\d ))(?:ist|gehört) (?:jetzt |nun |wieder )?(?:unser|uns)"
        r"|(?:ist|sind|sei|seien|war|waren|steht|stehen|stehe|stand|standen|befindet sich|befinden sich|befinde sich) (?:@p\d+ )?(?:nun|jetzt|inzwischen|wieder|erneut) (?:in der hand|in den händen|in (?:ihrer|seiner) hand|in (?:ihren|seinen) händen|in der gewalt|" + _NATIONAL_HAND + r"|unter (?:der )?(?:\S+ )?(?:regierungs|regime|rebellen|armee|militär)?kontrolle)"
        # a state that follows from the news before: "Damit ist X (die gesamte Stadt) in ihrer Hand"
        r"|(?:(?<=damit )|(?<=jetzt )|(?<=nun )|(?<=inzwischen )|(?<=mittlerweile ))(?:ist|sind|sei|seien) (?:@p\d+ )?(?:nun |jetzt |endgültig |vollständig )?(?:in der hand|in den händen|in (?:ihrer|seiner) hand|in (?:ihren|seinen) händen|in der gewalt|unter (?:der )?(?:\S+ )?kontrolle)"
        r"|(?:gerät|geraten|geriet|gerieten) (?:am \S+ |nun |jetzt |wieder )?(?:unter (?:die )?(?:\S+ )?kontrolle|in (?:die )?(?:\S+ )?hände)"
        r"|(?:unter (?:die )?kontrolle|in die hände|in die hand) (?:\S+ ){0,3}?@a\d+ (?:geraten|gefallen)"
        r"|(?:wieder|erneut) (?:(?:vollständig|ganz|komplett|voll|fest) )?unter (?:der )?(?:\S+ )?(?:regierungs|regime|rebellen|armee|militär)?kontrolle(?! gebracht| genommen| bringen| zu)|wieder in (?:\S+ )?händen"
        # a state that began just now, its source or a manner between (no other place or side):
        # "ist nach Meldungen aus Y seit dem Vormittag in der Hand der Rebellen", "ist die Stadt
        # seit heute früh vollständig in der Hand der Armee", "ist damit endgültig in der Hand …"
        r"|(?:ist|sind|sei|seien|steht|stehen|stehe|befindet sich|befinden sich|befinde sich) (?:@p\d+ )?(?:(?!@)[^\s;:.!?]\S* ){0,4}?(?:" + _SINCE_JUST_NOW + r"|(?:damit |nunmehr )?endgültig|nunmehr|inzwischen|mittlerweile) " + _HAND_STATE +
        # "X wird nun von der TPLF kontrolliert": a state reached now, its holder the agent inside
        r"|(?:wird|werden) (?:nun|jetzt|inzwischen|mittlerweile|seit (?:dem )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|gestern|kurzem)) (?:\S+ ){0,4}?(?:kontrolliert|beherrscht|gehalten)"
        # "X ist in der Hand der M23": the city right before, its holder named (not "seit 2008", "noch")
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?:ist|sind) (?:in der hand|in den händen|unter (?:der )?kontrolle) (?:\S+ ){0,3}?@a\d+"
        # a verbless headline: "X in russischer Hand", "X in den Händen der RSF"
        # (or "again": "X wieder in ukrainischer Hand")
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?:wieder )?in \w+er (?:hand|händen)(?= [.:!?]| ?$)"
        # a side's name in a compound: "X unter RSF-Kontrolle", "X in Taliban-Hand"
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?:(?:wieder|nun|jetzt) )?(?:unter @a\d+ kontrolle|in @a\d+ (?:hand|händen))(?= [.:!?]| ?$)"
        # the same with the side in one word: "X in Rebellenhand", "Die Stadt X ist nun in Rebellenhand"
        # (the insurgents' word: "rebellenhand" is read as the rebels)
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?:(?:ist|sind) (?:nun|jetzt|inzwischen|wieder) )?in @a\d+(?= [,.:!?]| ?$)"
        # (or "again", "now": "X wieder in der Hand der Regierung")
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?:(?:wieder|nun|jetzt|endgültig) )?(?:in der hand|in den händen|in der gewalt|unter (?:der )?kontrolle) (?:(?:der|des|von) (?:\S+ ){0,2}?)?@a\d+|ging(?:en)? (?:\S+ ){0,8}?verloren|ging(?:en)? an|(?:ist|war|sind|waren) (?:nun |jetzt )?in feindeshand|in feindeshand gefallen|[kc]apituli(?:e)?rt\w*"
        # a side gives itself up in the city: "In X hätten sich die Verteidiger ergeben"
        # the city itself gave itself up, in the perfect: "hat X sich ergeben", "hat sich die Stadt X
        # auf Gnade und Ungnade ergeben" (not "hat sich in X ergeben, dass": a place, no subject)
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))sich (?:\S+ ){0,4}?ergeben(?= [,.;:!?]| und| ?$)"
        r"|(?<=hat )sich(?= (?:die |der |das )?(?:stadt |festung |garnison )?@p\d+ (?:\S+ ){0,4}?ergeben(?= [,.;:!?]| und| ?$))"
        r"|sich (?:\S+ ){0,10}?@a\d+ (?:\S+ ){0,2}?ergeben(?= [,.;:!?]| und| ?$)|@a\d+ (?:\S+ ){0,2}?sich (?:\S+ ){0,4}?ergeben(?= [,.;:!?]| und| ?$)|ergab(?:en)? sich(?! \S+ (?:aus|daraus|dass|ein|eine|einen|kein|keine|keinen))|kehr\w* (?:am \S+ |nun |wieder )?unter (?:die )?kontrolle"
    ),
    withdraw=(
        r"flucht(?= (?:der|des|von) )|"
        # a withdrawal in a subordinate clause: "während sich die Regierungstruppen zurückzogen"
        r"zurückzogen|zurückzog|"
        r"(?:aufgeben|räumen|verlassen|abziehen|zurückziehen) (?:müssen|muss|musste|mussten)|zurückgezogen|zog sich|zogen sich|zieht sich|ziehen sich|abgezogen|abzug|rückzug|aufgegeben|geräumt|verlust(?= (?:von|der|des) )"
        r"|(?:musste|mussten) " + _MF + r"{0,16}?(?:aufgeben|räumen|verlassen|zurückziehen|abziehen)(?= [,.;:!?]| und| ?$)|(?:räumten|räumte)(?! (?:\S+ ){0,8}?ein(?= [,.;:!?]| und| ?$))|verlassen|verließen|verliess|evakuiert|geflohen|floh|flohen|geflüchtet"
        # "verlor … die Kontrolle über X an Y" (past only: "Mit dem Rückzug verliert Russland die
        # Kontrolle über …" tells what a withdrawal under way will cost)
        r"|(?:verloren|verlor) (?:\S+ ){0,3}?(?:die )?kontrolle über"
        r"|verloren|verlor|verliert|verlieren|verlässt|räumt|räumen|(?:außenbezirke|stadtrand|umland) verlegt|verlegt\w* (?:\S+ ){0,3}?(?:aus|außerhalb)"
        r"|(?:ziehen|zieht|zog|zogen) " + _MF + r"{0,16}?ab(?= [,.;:!?]| und| ?$)|(?:geben|gibt|gab|gaben) " + _MF + r"{0,16}?auf(?= [,.;:!?]| und| ?$)"
        # "rückte aus X ab", "ist aus X abgerückt" (not "von einer Forderung abgerückt")
        r"|(?:rücken|rückt|rückte|rückten) (?:\S+ ){0,8}?aus (?:\S+ ){0,4}?ab(?= [,.;:!?]| und| ?$)|aus (?:\S+ ){0,4}?abgerückt"
        r"|preisgegeben|(?:geben|gibt|gab|gaben) " + _MF + r"{0,16}?preis(?= [,.;:!?]| und| ?$)"
        # the control handed on: "gab am Sonntag die Kontrolle über X ab", "hat die Kontrolle über X abgegeben"
        r"|(?:geben|gibt|gab|gaben) (?:\S+ ){0,4}?die kontrolle über (?:\S+ ){1,6}?ab(?= [,.;:!?]| und| ?$)"
        r"|kontrolle über (?:\S+ ){1,6}?abgegeben"
        r"|sich " + _MF + r"{0,10}?aus " + _MF + r"{0,4}?abgesetzt|(?:setzten|setzte|setzen|setzt) sich " + _MF + r"{0,16}?ab(?= [,.;:!?]| und| ?$)"
    ),
    nominal=r"fall|einnahme|eroberung|rückeroberung|befreiung|übernahme|[kc]apitulation|(?:vollständige|volle|komplette) kontrolle über",
    to_holder=r"an|an die|an den|in die hände|in die hand|unter die kontrolle|unter (?:der )?kontrolle",
    agent=r"von|vom|durch",
    passive=r"wurde|wurden|worden|ist|sind|war|waren",
    source=r"von|vom|aus|gegen|mit",
    locative=(
        r"in|im|bei|nahe|um|vor|richtung|am|an|auf|über|gegen|zu|zum|zur|bis|hinter|außerhalb"
        r"|innerhalb|nördlich|südlich|östlich|westlich|vom|rund um"
    ),
    blockers=(
        r"gespräche über|verhandlungen über|befahl\w*|befohlen|angeordnet|ordnete\w* an|behält|behalten|behielt\w*|weiterhin|noch immer|immer noch|rechtlich|verzicht\w*|umstritten|oder|wäre|wären|hätte|hätten|nicht|nie|niemals|kein\w*|ohne|versuch\w*|will|wollen|wolle|wollte|wollten|plan\w*|droh\w*|könnte|könnten"
        r"|können|könne|kann|würde|würden|werden|wird|soll|sollen|sollte|sollten|dürfte|dürften|möglich\w*"
        # the subjunctive and the wish: "die Armee werde X zurückerobern", "müsse X einnehmen", "möchte X"
        r"|werde|solle|müsse|müsste|müssten|möchte|möchten"
        r"|bevor\w*|kurz vor|kurz davor|im begriff|anschick\w*|(?:geht|gehen|ging|gingen) (?:\S+ )?von|(?:rechnet|rechnen|rechnete|rechneten) (?:\S+ )?mit|nahe|näher|umzingel\w*|eingekesselt|einkesseln|belager\w*|ziel|kampf um|kämpf(?!er)\w*"
        r"|scheiter\w*|gescheitert|falsch\w*|versprech\w*|versproch\w*|schwor\w*|schwör\w*|beschlie\w*|beschloss\w*|entschied\w*|entschlossen|entscheid\w*|misslung\w*|vergeblich|bemüh\w*|dement\w*|bestreit\w*|bestritt\w*|zurückgewiesen|abgewehrt|verteidig\w*|verhinder\w*"
        r"|vermeid\w*|gerücht\w*|falls|wenn|ob|unmittelbar|offensive|vorstoß|vorrück\w*|rück\w* vor"
        # a threat's or a plan's participle ends its noun's clause: "hat mit der Einnahme von X gedroht"
        r"|gedroht|angedroht|geplant"
        r"|müssen|muss|bald|demnächst|nach wie vor|(?:geht|gehen|ging|gingen) (?:\S+ )?von|rechnet|rechnen|rechnete|rechneten|gelingen|gelang\w*|befürcht\w*|fürcht\w*|angst|zu|erwart\w*|baldig\w*|hoff\w*|vorbereit\w*|vor den toren|in reichweite"
    ),
    claim=r"reklamier\w*|sei|seien|habe|behaupt\w*|eigenen angaben|angeblich|für sich beansprucht|zu haben",
    denial=(
        r"dementi\w*|bestritt\w*|bestreit\w*|zurückgewiesen|wies\w* (?:\S+ ){0,6}?zurück|falsch\w*|lüge\w*|desinformation|erfunden|haltlos\w*|unwahr\w*|unbegründet\w*|(?:weiter|weiterhin) unter (?:\S+ )?kontrolle"
        r"|(?:weiterhin|noch immer|nach wie vor|immer noch) (?:unter|in der hand)|nicht bestätigt|unbestätigt|sollte es (?:so weit|soweit|dazu) kommen"
        r"|nicht unabhängig|nicht überprüf\w*|zurückgeschlagen|kämpf\w* (?:\S+ ){0,4}?weiter|(?:weiter|weiterhin) gekämpft|(?:kämpfe|gefechte) (?:\S+ ){0,3}?(?:dauer\w* (?:\S+ )?an|andauer\w*|gehen weiter|gingen weiter)|(?:ist|sei|sind|seien|bleibt|bleibe|steht|stehe) noch (?:immer )?unter (?:\S+ )?kontrolle|widersprach\w*|widersprech\w*|widerspricht|entgegnete\w*|(?:sollte|sollten|falls|wenn) (?:sich )?(?:dies|das) (?:geschehen|zutreffen|stimmen|passieren|eintreten|der fall sein)"
    ),
    not_city=(
        r"hafen|häfen|ort(?! @p\d)|lager|zentrum|innenstadt|stadtzentrum|hauptquartier|zentrale|gebäude\w*|gefängnis\w*|flughafen|flugplatz|stützpunkt\w*|basis|kaserne\w*"
        r"|büro\w*|palast|kontrollpunkt\w*|posten|stellung\w*|position\w*|viertel|stadtteil\w*|bezirk\w*"
        r"|vorort\w*|stadtrand|umland|umgebung|dorf(?! @p\d)|dörfer\w*|teil|teile|teilen|hälfte|großteil|gebiet\w*"
        r"|straße(?!n(?:kampf|kämpf|schlacht))\w*|autobahn|brücke\w*|gouverneur\w*|bürgermeister\w*|kommandeur\w*|anführer\w*|chef\w*"
        r"|polizei\w*|einwohner\w*|bevölkerung|zivilisten|soldaten|kämpfer|waffen|fahrzeuge|drohnen|panzer"
        r"|ausrüstung|depot\w*|provinz(?!hauptstadt)\w*|region(?!alhauptstadt)\w*|oblast|gouvernement|tal|grenze\w*|grenzübergang\w*"
        r"|staudamm|raffinerie|krankenhaus|hügel|platz|rathaus|universität|institutionen|territorium|macht"
        r"|ortschaft(?! @p\d)|ortschaften|kreis|kreise|kreisen|landkreis\w*|geiseln|gefangene\w*|präsident\w*|minister\w*|sprecher\w*"
        r"|flugfeld|landebahn|bahnhof\w*|bahnhöfe\w*|postamt\w*|postämter\w*|stadtverwaltung\w*|polizeiwache|polizeistation\w*|wache|verwalter\w*|präfekt\w*|gericht\w*|gouverneur\w*"
        # compounds of the words above: "die Hauptstraße nach X", "eine Militärbasis bei X"
        r"|(?:haupt|zufahrts|verbindungs|versorgungs|küsten|fern|schnell)straße\w*|(?:militär|armee|luftwaffen)(?:basis|stützpunkt\w*|flughafen|lager)"
        r"|(?:außen|grenz|kontroll|vor)posten|(?:armee|front|verteidigungs)stellung\w*"
    ),
    past=(
        r"\w+ jahre (?:nachdem|später|zuvor|danach)|vor \w+ (?:jahr|jahren|monat|monaten)|vor (?:jahren|monaten|wochen)|(?:jährt|jähren|jährte|jährten) sich|vor (?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|einigen|mehreren|wenigen|ein paar|\d+) wochen|(?:im )?vorjahr|im (?:sommer|winter|herbst|frühjahr|frühling)(?! dieses)|letzten jahr\w*|vergangenen jahr\w*|(?:im )?(?:letzten|vergangenen|vorigen) (?:monat|sommer|winter|herbst|frühjahr|frühling)|damals|einst|(?:schon|bereits) (?:einmal|früher)|zu beginn des krieges|jahrestag|(?:im|während des) (?:ersten|vorigen|letzten|früheren) krieg\w*"
        r"|(?:im )?(?:" + "|".join(_MONTHS) + r") (?:letzten|vergangenen) jahres"
        # "Zwei Jahre ist es her, dass die Taliban X einnahmen", "Es ist ein Jahr her, seit …"
        r"|(?:jahre?|monate?|wochen?) (?:ist es |sind es )?(?:nun |jetzt |schon |genau )?her(?= ,| dass| seit)"
    ),
    handover=r"(?:überließ|überließen|überlässt|überlassen|übergab|übergaben|übergibt) (?:\S+ ){0,4}?die kontrolle über(?= @p)|übergeben|übergab|übergaben|übergibt|überlassen|überließ|überließen|überlässt|kampflos aufgegeben|kampflos übergeben"
    # a garrison's surrender with no one named to receive it, the clause's end: "Die Besatzung der
    # Rebellen in X hat sich am Montag ergeben" (`garrison`: only a garrison's gives a city up)
    r"|(?<=hat sich )(?:\S+ ){0,3}?ergeben(?= [.;!?]| ?$)|(?<=haben sich )(?:\S+ ){0,3}?ergeben(?= [.;!?]| ?$)",
    flag=r"(?:\S+ ){0,2}?(?:flagge|fahne|landesfahne|nationalflagge) (?:über (?:\S+ ){1,3}?)?gehisst|hisst\w* (?:\S+ ){0,6}?(?:national|landes|staats)?(?:flagge|fahne)"
    r"|(?:wehen|weht) (?:\S+ ){0,4}?(?:die )?(?:flaggen|fahnen|flagge|fahne)"
    r"|als (?:helden|befreier) (?:\S+ ){0,2}?(?:empfangen|begrüßt|gefeiert|bejubelt)",
    # "hat die RSF aus X vertrieben": the side after the auxiliary is the one expelled (not "Die RSF
    # haben die Bewohner aus X vertrieben": there the side is the subject)
    expel=r"(?:vertrieben|vertrieb|vertrieben haben|jagten|jagte|verjagten|verjagte|drängten|drängte) (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?aus|(?:hat|haben|hatte|hatten|habe|hätten) (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?aus (?:\S+ ){0,4}?(?:vertrieben|verdrängt|verjagt|gedrängt)"
    # the passive: "Die RSF wurden aus X vertrieben", "seien die RSF aus X vertrieben worden"
    r"|(?:@a\d+ )?(?:wurde|wurden|ist|sind|sei|seien|war|waren) (?:\S+ ){0,4}?(?:@a\d+ (?:\S+ ){0,3}?)?aus (?:\S+ ){0,4}?(?:vertrieben|verdrängt|verjagt|gedrängt)"
    # the "zu" infinitive, a change only after "gelang es" (german.governor): "die Armee aus X zu vertreiben"
    r"|@a\d+ (?:\S+ ){0,3}?aus (?:\S+ ){0,4}?zu (?:vertreiben|verdrängen|verjagen)",
    months=_MONTHS,
    say=r"sagte|sagten|erklärte|erklärten|teilte|teilten|verkündete|verkündeten|meldete|meldeten|berichtete"
    r"|verkündet|gemeldet|erklärt|bekannt gegeben|bekanntgegeben|behauptet"
    r"|berichteten|laut|zufolge"
    # the present of a headline ("Armee meldet Einnahme von X")
    r"|sagt|sagen|meldet|melden",
    enter=r"einmarschiert\w*|eingezogen|eingerückt|eingeritten|vorgedrungen|eingedrungen"
    r"|(?:rückten|rückte|rücken|rückt|ritten|ritt|drangen|drang|dringen|dringt|marschierten|marschierte|marschieren|marschiert) " + _MF + r"{0,16}?ein(?= [,.;:!?]| und| ?$)"
    r"|(?:zogen|zog|ziehen|zieht) " + _MF + r"{0,16}?ein(?= [,.;:!?]| und| ?$)"  # "zogen am Sonntag in X ein"
    r"|einmarsch|zogen in|betraten|betrat|betreten"
    # a return, which counts only when a side is said to leave (`reading.PLAIN_ENTRY`): "ist nach X
    # zurückgekehrt, nachdem die RSF abgezogen waren", "kehrte nach dem Abzug der RSF nach X zurück"
    r"|zurückgekehrt|(?:kehrten|kehrte|kehren|kehrt) " + _MF + r"{0,16}?zurück(?= [,.;:!?]| und| ?$)"
    # a ceremonial entry: "hielten die Russen ihren Einzug in X", "haben ihren feierlichen Einzug in X gehalten"
    r"|(?:hielten|hielt|halten|hält) (?:\S+ ){0,6}?(?:ihren|seinen) (?:\S+ )?einzug in"
    r"|(?:ihren|seinen) (?:\S+ )?einzug in(?= (?:\S+ ){0,6}?@p\d+ (?:\S+ ){0,3}?gehalten(?!\S))",
    insurgents=(
        # (compounds naming a force: "Rebellenverbände", "Dschihadistenmiliz"; not "Rebellenhochburg")
        r"(?:rebellen|islamisten|dschihadisten)(?:" + _FORCE + r")?|aufständische\w*|miliz(?:en)?|milizionären?|kämpfern?|separatisten"
        # a liberation front, unnamed: "die Eritreische Befreiungsfront", "die Volksbefreiungsarmee"
        r"|(?:volks)?befreiungs(?:front|armee|bewegung)"
        # the rebels' hand: "X in Rebellenhand" (see `fall`)
        r"|rebellenhand|rebellenhänden"
        r"|extremisten|militante\w*|terrormiliz|rebellengruppe\w*|rebellenallianz|paramilitär\w*"
        r"|guerillas?|guerilleros|freischärlern?|meuterern?|meuternde (?:soldaten|truppen)|revolutionären? (?:truppen|kämpfer|einheiten)|putschisten"
        # the old press's word for risen peasants or townsmen: "die Aufrührer", "den Aufrührern"
        r"|aufrührern?"
        # workers in arms: "bewaffnete Arbeiter", "die Arbeiterwehren", "Arbeitermilizen"
        r"|bewaffneten? arbeiter(?:n)?|arbeiterwehr(?:en)?|arbeitermiliz(?:en)?"
    ),
    after=r"nach|nachdem|seit",
    pronouns=r"sie|er|es",
    verb_final=True,
)
