"""French control-change expressions (see the package docstring for the signature format).

Accents are stripped except `à` (`a` is "has"): `s'emparer` reads `s emparer`, `d'Herat` reads
`d @p0`, `l'armée` reads `l armee`.
"""

# ruff: noqa: E501 -- regex alternations read better unbroken

from monitor.match.expressions import HEADLINE, HEADLINE_END, Lexicon

_MONTHS = (
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
)

# A day between a verb of passing and the hands it passes into ("est passée samedi sous le contrôle").
_WHEN = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?: (?:matin|soir))? )?"

# "à plusieurs reprises" is "several times", not a recapture: "ont attaqué à plusieurs reprises X"
_NOT_TIMES = "".join(
    f"(?<!à {w} )" for w in ("plusieurs", "deux", "trois", "quatre", "cinq", "maintes", "diverses", "nombreuses",
                             "de nombreuses", "quelques", "multiples", "différentes", "differentes")
)

# A day between a verb and its city: "ont occupé vendredi X", "ont occupé dimanche matin la ville de X".
_DAY = r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?: (?:matin|soir|midi))? )?"

LEXICON = Lexicon(
    lang="fr",
    capture=(
        _NOT_TIMES + r"(?:"
        # the city's last resistance ended by a side: "la police met fin à la résistance de X"
        r"(?:(?:met|mettent|mettant|mis|mit|mirent|mettre) fin à|(?:brise\w*|ecrase\w*)) (?:la )?(?:derniere )?"
        r"resistance (?:de|d|à)(?= (?:la ville de )?@p\d+)|"
        # the other side's occupation ended by the subject: "l'armée a mis fin à l'occupation de X"
        r"(?:met|mettent|mettant|mis|mit|mirent|mettre) fin (?:\S+ ){0,2}?à (?:l |la |leur |son )?(?:\S+ ){0,4}?occupation (?:de|d)"
        r"(?= (?:la ville de )?@p\d+)|"
        # victory proclaimed in the city: "les FSR ont proclamé leur victoire à X"
        r"(?:proclam|annonc|declar|revendiqu|cri)\w* (?:\S+ ){0,2}?(?:la |leur |sa )?victoire (?:à|a|sur|dans)(?= (?:la ville de )?@p\d+)|"
        # control held again: "l'armée contrôle de nouveau X"
        r"control(?:e|ent) (?:de nouveau|a nouveau)(?= (?:la ville de )?@p\d+)|"
        # a side has the city in its power: "ont désormais X en leur pouvoir"
        r"(?:ont|a|avaient|avait)(?: desormais| maintenant)?(?= (?:la ville de )?@p\d+ en (?:leur|son) pouvoir)|"
        # a city cleared of a side: "ont débarrassé X des combattants de Y"
        r"(?:debarrass|nettoy)(?:e|ee|es|ees|ent|erent|ait|aient)(?= (?:la ville de |la ville d )?@p\d+ (?:\S+ ){0,2}?(?:de|des|du|d) )|"
        # control restored or brought about, a battle won, a city recovered or secured
        r"(?:(?<=y ont )|(?<=y a )|(?<=y avaient )|(?<=y avait ))etabli (?:\S+ ){0,3}?controle|(?:retabli|restaure|etabli)\w* (?:\S+ ){0,2}?(?:son |leur |le )?controle (?:sur|de|du|d)|(?:place|placee|placent|placerent|placait|placaient)(?= (?:la ville de |la ville d )?@p\d+ (?:\S+ ){0,2}?sous (?:son|leur|le) controle)|remport\w* (?:\S+ ){0,2}?la bataille (?:de|d|pour)|victoire dans la bataille (?:de|d|pour)|recuper(?:e|ee|es|ees|ent|erent|ait|aient)(?= (?:la ville de |la ville d )?@p\d+)|securis(?:e|ee|es|ees|ent|erent)(?= (?:\S+ ){0,2}?(?:la ville de |la ville d )?@p\d+)|"
        r"(?=occupe)" + HEADLINE + r"occupee?s?" + HEADLINE_END + r"|"
        r"(?:se sont|s est|s etaient|s etait) assure (?:\S+ ){0,2}?(?:le )?(?:plein )?controle (?:de|du|des|d)|reoccup(?:e|ee|ees|es|ent|er|erent|ait|aient)|declar\w* (?:\S+ ){0,2}?@p\d+ (?:\S+ )?(?:libre|liberee)|(?:re)?pri(?:s|se|ses|rent|t|nt) d assaut|(?:nous )?controlons(?= (?:desormais |maintenant |entierement |totalement )?(?:la ville de )?@p\d+)|(?:re)?pren(?:d|nent|dre|ant|aient|ait) d assaut|(?:re)?pris|(?:re)?prise|(?:re)?prises|(?:re)?prennent|(?:re)?prend|(?:re)?prendre|(?:re)?prenaient"
        r"|(?:re)?prenait|(?:re)?prenant|(?:re)?prirent|(?:re)?prit"
        r"|empar\w*|(?:fait|font|faisaient|faisait|firent|fit|faire|faisant) main basse sur|controlent desormais|(?:reussi|parvenu|parvenue|parvenus|parvenues) à controler|(?<!qui )control(?:ent|aient|ait|e) (?:desormais |maintenant )?(?:entierement|totalement|completement|integralement)(?= (?:la ville de |la ville d )?@p\d+)|tienn?(?:en)?t (?:desormais|maintenant)(?= @p)|controle desormais|(?:a|ont|avait|avaient) (?:desormais |maintenant )?la mainmise sur"
        r"|(?:est|sont) (?:desormais|maintenant) maitres? de|investi|investie|investis|investirent|investissent|investit|investissaient|investissait|arrach(?:e|ee|es|ent|erent|ait|aient)|(?:est|sont) (?:desormais|maintenant) tenue?s?(?= par)|saisi|saisie|saisies|saisissent|saisir|(?:re)?captur(?:e|ee|ees|es|er|ent|ant|erent|aient|ait)"
        r"|(?:re)?conquis|(?:re)?conquise|(?:re)?conquises|(?:re)?conquiert|(?:re)?conquierent|(?:re)?conquerir|(?:re)?conquirent|(?:re)?conquit"
        r"|(?:a ete|ont ete|est|sont|fut|furent|ete) (?:\S+ )?occupee?s?|occuperent|envahi|envahie|envahis"
        # "ont occupé X", "ont débarqué à X et occupé la ville", "occupa X": troops take a city
        r"|(?:(?:a|ont|avait|avaient) (?:\S+ )?|(?<=et ))occupe(?= " + _DAY + r"(?:(?:la ville|le port|la cite) (?:de |d )?)?@p\d+|" + _DAY + r"la ville\b)"
        r"|occupa(?= (?:(?:la ville|le port) (?:de |d )?)?@p\d+)"
        # "occupent depuis samedi X": since a recent day, a capture (a year dates it: see `past`)
        r"|(?:est|sont) (?:desormais|maintenant) controlee?s?(?= par)|(?:control|occup)(?:e|ent)(?= @p\d+ depuis (?:ce |le |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|nuit)(?: (?:matin|soir|midi|apres midi))?)|controlee?s?(?= par (?:\S+ ){0,3}?@a\d+ depuis (?:ce |le |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|nuit)(?: (?:matin|soir|midi|apres midi))?)|occupen?t (?:desormais|maintenant|depuis (?:ce |le |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|nuit)(?: (?:matin|soir|midi|apres midi))?)"
        r"|(?:se sont|s est|se sont desormais) rendu(?:e|s|es)? maitres?(?:ses?)?|rendu(?:e|s|es)? maitres?(?:ses?)?"
        # a narrative past: "le soir, les insurgés étaient maîtres de la ville" (not "… depuis 1990")
        r"|(?:etaient|etait|furent|fut) (?:deja |desormais |alors |entierement |completement )?maitres?(?:ses?)?(?= (?:de|du|des|d) )(?! (?:\S+ ){0,5}?depuis )"
        r"|(?<=se )rendi(?:rent|t) maitres?(?:ses?)?|enlev(?:e|ee|ees|es|a|erent|ent) d assaut"  # "se rendirent maîtres de X", "enlevée d'assaut"
        r"|libere|liberee|liberees|liberes|liberer|liberent|libererent"
        r"|revendiqu\w* (?:le )?(?:plein |total )?controle(?= (?:de|du|d|des) )|revendiqu\w*(?= (?:la ville de |la localite de )?@p\d+)|(?:affirm|assur|declar|pretend)\w* (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier) )?(?:desormais |maintenant |deja )?controler|(?:dit|disent) (?:desormais |maintenant |deja )?controler|mis la main sur|(?:proclam|annonc|declar)\w* (?:la )?victoire (?:à|sur)|mettent la main sur|mettre la main sur|fait tomber|ont fait tomber"
        r"|reconquete|(?:ont|a) repris|reprennent"
        r")"
    ),
    retake=r"debarrass\w*|nettoy\w*|reoccup\w*|repris|reprise|reprises|reprennent|reprend|reprendre|reprenaient|reprenait|reconqu\w*|liber\w*|nouveau",
    fall=(
        # the city "finds itself" in a side's hands now: "se trouve désormais aux mains de"
        r"(?:se trouve|se trouvent) (?:desormais|maintenant|à present|aujourd hui) (?:aux mains|entre les mains|sous (?:le )?controle)|"
        r"(?:(?<=@p\d )|(?<=@p\d\d ))est (?:desormais |maintenant |de nouveau |à nouveau )?à nous|"
        # la citation d'un chef : « X est sous notre contrôle », « X est désormais entre nos mains »
        r"(?:(?<=@p\d )|(?<=@p\d\d ))est (?:desormais |maintenant )?(?:entierement |totalement )?(?:sous notre controle|entre nos mains)|(?:re)?tomb(?:e|ee|ees|es|ent|er|ait|aient|a|erent)|bascul(?:e|ee|ees|es|ent|er|ait|aient|a|erent) (?:desormais )?(?:sous (?:le )?controle|aux mains|entre les mains|dans le camp)"
        r"|(?:est|sont|etait|a ete) (?:desormais|maintenant|de nouveau|dorenavant) "
        r"(?:entierement |totalement |completement |solidement )?(?:aux mains|entre les mains|sous (?:le |leur |son |sa )?controle)"
        # "X a changé de mains vendredi" (not "a changé plusieurs fois de mains": a history)
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?:a |ont )?change(?:nt)? de mains(?! (?:\S+ )?fois| à plusieurs reprises)"
        r"|(?:re)?pass(?:e|ee|ees|es|ent|a|erent|ait) " + _WHEN + r"(?:entierement |totalement |completement )?(?:sous (?:le )?(?:plein )?controle|sous l autorite|aux mains|entre les mains)"
        # in the city's power, an old and a headline form: "X au pouvoir des rebelles", "X est désormais au pouvoir de Y"
        r"|(?=au pouvoir)" + HEADLINE + r"au pouvoir(?= (?:des|du|de la|de l|de|d) )"
        r"|(?:est|sont|etait|etaient) (?:desormais|maintenant|de nouveau|à nouveau) au pouvoir(?= (?:des|du|de la|de l|de|d) )"
        r"|revi(?:ent|ennent|ent desormais|nt) (?:sous (?:le )?controle|aux mains|dans le giron)|revenue?s? " + _WHEN + r"(?:sous (?:le )?controle|aux mains|dans le giron)"
        r"|(?:de nouveau|à nouveau) (?:sous (?:le )?controle|aux mains)"
        r"|(?:desormais |deja )?(?:aux mains|entre les mains|sous (?:le )?controle) (?:des|du|de la|de l|de) (?:\S+ ){0,2}?@a\d+"  # a headline: "X aux mains du M23"
        r"|(?:re)?pass(?:e|ee|es|ees|ent|a|erent|ait)(?= aux? @a)|(?:est|sont) (?:aux mains|entre les mains|sous (?:le )?controle) (?:des|du|de la|de l|de) (?:\S+ ){0,2}?@a\d+(?= depuis (?:ce |le |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|nuit)(?: (?:matin|soir|midi|apres midi))?)|(?:s est|se sont) rendue?s?(?= aux?| (?:\S+ ){0,2}?(?:aux?|à la|à l) (?:\S+ )?@a)|(?<=se )rendi(?:t|rent)(?= aux?)|capitul(?:e|ee|ent|er)|(?:est|etait|sont|tombee?s?) (?:desormais )?(?:aux mains|au pouvoir) de l ennemi"
    ),
    withdraw=(
        # a side driven out, the second of two participles: "ont été mises en déroute et chassées de X"
        r"(?<=et )(?:chass|expuls|delog)(?:e|ee|es|ees)(?= (?:de|d|du|des|hors de) )|"
        r"retir(?:e|ee|ees|es|ent|er|ait|aient|erent|ant)|retrait|depart(?= (?:de|des|du|d))|fuite|repli(?:e|ee|ees|es|ent|er|erent|ait|aient|ant)?"
        r"|abandonn(?:e|ee|ees|es|ent|er|erent|ant|ait|aient)|evacu(?:e|ee|ees|es|ent|er|erent|ait|aient|ant)"
        r"|quitt(?:e|ee|es|ent|er|erent|ait|aient)|redeploy\w*(?= (?:\S+ ){0,3}?(?:hors|à l exterieur|en dehors|de|d|du))|fui|fuient|ont fui|enfui|enfuis|enfuie"
        r"|(?:(?:reconn\w*|admet\w*|admis|confirm\w*|deplor\w*) (?:la )?)?perte(?= (?:de|d) )|(?:ete|etre) (?:chass|expuls|delog)(?:e|ee|es|ees)|(?:ete|etre) pouss(?:e|ee|es|ees)(?= hors )|perdu(?: le controle (?:de|du|d|des))?|perd(?: le controle (?:de|du|d|des))?|perdent(?: le controle (?:de|du|d|des))?"
    ),
    # "l'Armée de libération de X" names a movement, not a liberation of X
    nominal=r"capitulation(?= (?:de|d) )|chute|prise|capture|conquete|reprise|reconquete|(?<!armee de )(?<!front de )(?<!mouvement de )(?<!front national de )(?<!armee nationale de )liberation|controle (?:desormais |deja )?total (?:de|du|des|d|sur)|plein controle (?:de|du|des|d)|controle complet (?:de|du|des|d)",
    to_holder=(
        r"au profit (?:des|du|de la|de l|de|d)|aux mains (?:des|du|de)|entre les mains (?:des|du|de)|au pouvoir (?:des|du|de)|sous l autorite (?:des|du|de)|sous (?:le )?controle (?:des|du|de)"
        r"|à|au|aux|sous la coupe (?:des|du|de)|devant"
    ),
    agent=r"par",
    passive=r"ete|est|sont|etait|etaient|fut|furent",
    source=r"de|d|du|des|contre|avec",
    locative=(
        r"à|au|aux|dans|pres|autour|vers|en|sur|hors|devant|aux portes|contre|depuis|pour|entre|chez|via"
        r"|jusqu|jusqu à|a l exterieur|a l interieur|proche|proches|non loin"
    ),
    blockers=(
        r"refus(?:e|ee|es|ees|ent|ait|aient|ant|er|erent|a)|nie|nient|niant|nier|niait|niaient|pari|parie|parient|pariait|pariaient|pariant|parier|discussions sur|negociations sur|pourparlers sur|"
        r"conserv\w*|maintien\w*|maintenu\w*|gard(?:e|ent|er|ait|aient|ant|erent|ee|ees)|toujours|serait|seraient|sera|seront|s ils|s il|renonc\w*|juridiquement|legalement|conteste\w*|ne|n|pas|jamais|sans|tent\w*|tentative\w*|essa\w*|cherch\w*|vis\w*|menac\w*|pourr\w*|peut|peuvent|(?<!le )(?<!du )(?<!au )(?<!un )pouvoir"
        r"|appret\w*|prepar\w*|s attend\w*|en passe de|à deux doigts|a deux doigts|en voie de|voudr\w*|veut|veulent|voulai\w*|vouloir|voulons|voulu|veux|devr\w*|doi\w*|va|vont|allait|allaient|sur le point|proche|proches"
        r"|pres de|plus pres|rapproch\w*|approch\w*|objectif|afin de|pour|encercl\w*|assieg\w*|siege|espere\w*"
        r"|esper\w*|pret|prets|prete|pretes|risqu\w*|crain\w*|redout\w*|si|eviter|empech\w*|repouss\w*"
        r"|dement\w*|dementi|reste à|à conquerir|bientot|imminent\w*|possible|eventuel\w*|offensive pour"
        r"|operation pour|bataille pour|combat pour|rumeur\w*|ordre de|ordonn\w*|appel\w* à|exhort\w*|resist\w*|defend\w*"
        r"|echou\w*|echec\w*|faux|fausses?|prome\w*|promis|promise|jur\w*|decid\w*|decision de|en vain|entrevoir|envisag\w*|project\w*|prevo\w*|pretend\w*|souhait\w*|ambition\w*|tenter|but|jusqu à"
        # an agreement to do it: "l'armée a accepté de se retirer de X"
        r"|accept\w* de|convenu de|consent\w* à|s engag\w* à"
    ),
    claim=(
        r"revendiqu\w*|se vant\w*|(?:declare|declarent|declaraient|affirme|affirment|affirmaient|assure|assurent"
        r"|dit|disent|annonce|annoncent|pretend|pretendent) (?:\w+ )?avoir|(?:affirm|assur|declar|pretend)\w* (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier) )?(?:desormais |maintenant |deja )?controler|(?:dit|disent) (?:desormais |maintenant |deja )?controler"
    ),
    denial=(
        r"dement\w*|dementi|nie|nient|niant|rejet\w*|conteste|contestent|contestait|contestaient|(?:a|ont) conteste|faux|fausses?|(?:tenir|tient|tiennent|tenait|tenaient|controler|controle|controlent|controlait|controlaient) toujours (?:la ville|@p\d+)|infond\w*|mensong\w*|si (?:cela|ceci|ca|ça) (?:devait )?(?:se produi\w*|arriv\w*|s averai\w*)|desinformation|intox\w*|fantaisiste\w*|sans fondement"
        r"|(?:reste|restent|demeure|demeurent) (?:toujours |encore )?(?:entre les mains|aux mains|sous (?:le )?controle)|(?:est|sont) (?:toujours|encore) (?:entre les mains|aux mains|sous (?:le )?controle)|(?:est|sont) (?:entre les mains|aux mains|sous (?:le )?controle)(?! (?:\S+ ){0,3}?@a\d+ depuis (?:ce |le |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|matin|nuit)(?: (?:matin|soir|midi|apres midi))?)"
        r"|toujours (?:aux mains|sous (?:le )?controle)|(?:toujours|encore) (?:presente?s? )?(?:dans|à) (?:la ville|@p\d+)|pas (?:encore )?(?:ete )?confirm\w*|non confirm\w*"
        r"|sans confirmation|(?:les )?combats (?:se poursuiv\w*|continu\w*)|pas pu (?:etre )?(?:confirm|verif)\w*|repouss\w*"
    ),
    not_city=(
        r"camps?|centre|centre ville|contacts?|(?:l )?idee|espoirs?|siege (?:de|du|des) \w+|quartier general|qg|aeroport\w*|aerodrome|base|bases|caserne\w*|batiment\w*"
        r"|prison\w*|bureau\w*|palais|poste\w*|position\w*|quartier\w*|district\w*|banlieue\w*|faubourg\w*"
        r"|peripherie|alentours|environs|village\w*|partie\w*|moitie|plupart|majorite|zone\w*|secteur\w*|route\w*"
        r"|axe\w*|pont\w*|homme fort|gouverneur\w*|maire|chef(?! lieu)\w*|commandant\w*|responsable\w*|police|habitants"
        r"|population|civils|soldats|militaires|combattants|armes|vehicules|drones|blindes|materiel|butin"
        r"|equipement\w*|depot\w*|province|provinces|region\w*|oblast|etat|gouvernorat|vallee|frontiere|barrage"
        r"|raffinerie|hopital|colline\w*|place|centre ville|mairie|universite|administration|institutions"
        r"|territoire\w*|pouvoir|localite(?! de @p\d| d @p\d)|localites|assaut|otage\w*|prisonniers|detenus|senateur\w*|depute\w*"
        r"|ministre\w*|president|porte parole|membres?|journaliste\w*"
        r"|commissariat\w*|gendarmerie\w*|prefecture\w*|tribunal|administrateur\w*|piste"
    ),
    past=(
        r"il y a \w+ (?:ans?|annees?|mois)|il y a des (?:annees|mois|semaines)|il y a (?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs|\d+) semaines|l an dernier|l annee derniere|le mois dernier|le mois passe|au debut de la guerre"
        r"|(?:ete|hiver|printemps|automne) dernier"  # "l'été dernier": a past season
        r"|anniversaire|(?:" + "|".join(_MONTHS) + r") dernier|autrefois|jadis|a l epoque|a cette epoque|(?:cela|ca|ça) fait (?:\w+ )?(?:mois|ans?|annees?|semaines) que|(?:pendant|durant|lors de) la (?:premiere|precedente|derniere) guerre"
    ),
    handover=r"laiss(?:e|ee|ant|ent|erent|ait|aient)(?= (?:\S+ ){0,4}?aux? @a)|remis|remise|livre|livree|cede|cedee|cederent|ceder|rendu|rendue|abandonne aux|abandonnee aux",
    flag=r"drapeaux? (?:de la |du |des |de l |de |d )?@a\d+ flott\w* (?:desormais|maintenant|de nouveau|a nouveau) (?:sur|au dessus de|au dessus d)|drapeaux? (?:\S+ ){0,2}?(?:a ete |ont ete |est |sont |fut )?(?:hisse|plante)\w* (?:sur|à|au dessus de|au dessus d)|hiss\w* (?:le |leur |son |un )?(?:\S+ ){0,2}?drapeaux?|plant\w* (?:le |leur |son )?drapeau"
    r"|(?:accueilli|acclame|recu)(?:e|s|es)? (?:\S+ ){0,2}?(?:en|comme des) (?:heros|liberateurs)",
    expel=r"(?:chass|expuls|delog)\w* (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?(?:de|d|du|des|hors de)"
    # men of the other side not named by it: "chassant la police de X", "ont chassé les derniers soldats de X"
    r"|(?:chass|expuls|delog)\w* (?:les |la )?(?:derniers )?(?:policiers|police|soldats|militaires|miliciens"
    r"|rebelles|insurges|jihadistes|combattants) (?:de|d|du|hors de)(?= (?:la ville de )?@p\d+(?! (?:de|d|du|des) ))"
    # pushed out of it: "ont poussé l'armée hors de X" (not "repoussé", an attack repelled: the
    # city's holder kept it)
    r"|pouss\w* (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?hors (?:de|d|du|des)",
    months=_MONTHS,
    say=r"a declare|ont declare|a affirme|ont affirme|a annonce|ont annonce|a dit|ont dit|a indique"
    r"|ont indique|a assure|ont assure|a tweete|declare|affirme|annonce|selon",
    enter=r"(?:sont|est|etaient|etait) (?:re)?(?:venus?|venues?|rentres?|rentrees?|retournes?|retournees?) (?:\S+ ){0,2}?(?:à|dans)|(?:se|s est|se sont|s etait|s etaient) deploi\w* (?:\S+ ){0,2}?(?:dans|à)|(?:se|s est|se sont|s etait|s etaient) deploy(?:er|ee|ees|es|e|ant|erent|ait|aient) (?:\S+ ){0,2}?(?:dans|à)|(?<!une )entree (?:des|du|de) (?:\S+ ){0,3}?dans|(?<!une )entr(?:e|ee|ees|es|ent|er|erent) (?:\S+ ){0,2}?(?:dans|à)|penetr\w* (?:\S+ ){0,2}?(?:dans|à)|debarqu\w* (?:\S+ ){0,2}?(?:dans|à)|(?:fait|faisant) (?:leur |son )?entree dans"
    r"|entree dans|occupent|occupaient|occupait|tienn?(?:en)?t (?:entierement|totalement|solidement)",
    insurgents=(
        r"rebelles?|insurges?|insurgees?|islamistes|jihadistes|djihadistes|militants|combattants"
        r"|separatistes|miliciens|groupe arme|groupes armes|groupes? (?:jihadistes?|djihadistes?|islamistes?|rebelles?|terroristes?)|assaillants|paramilitaires|moudjahidines?|forces rebelles|hommes armes"
        r"|guerilleros|guerrilleros|guerilla|guerrilla|maquisards?|mutins|soldats mutins|mutines|revolutionnaires|forces revolutionnaires|putschistes"
    ),
    after=r"apres|apres avoir|depuis|suite à",
    pronouns=r"ils|elles|il|elle|on|nous",
)
