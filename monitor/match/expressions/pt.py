"""Portuguese control-change expressions (see the package docstring for the signature format)."""

# ruff: noqa: E501 -- regex alternations read better unbroken

from monitor.match.expressions import HEADLINE, HEADLINE_END, Lexicon

_MONTHS = (
    "janeiro",
    "fevereiro",
    "marco",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
)

# A day between a verb of passing and the hands it passes into ("est passée samedi sous le contrôle").
_WHEN = r"(?:(?:no|na) (?:segunda|terca|quarta|quinta|sexta|sabado|domingo)(?: feira)? |ontem (?:a noite |à noite )?|hoje |esta (?:manha|tarde|noite|madrugada) )?"
# A day or an hour of one, the end of "desde as quatro da madrugada", "desde ontem": a state dated
# to the news, not one of months.
_HOUR = r"(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|ontem|hoje|manha|tarde|noite|madrugada|amanhecer|meio dia)(?!\w)"

# What "rendeu" renders when it is no surrender: "renderam homenagem", "rendeu frutos".
_NOT_SURRENDER = r"(?! (?:\S+ )?(?:homenage\w*|tributo|culto|honras|frutos?|gracas|contas)(?!\w))"

# Verbs are also matched in the spelling before the reforms of 1911 and 1943 ("occuparam",
# "occupada"), which Brazilian and Portuguese papers kept into the 1940s.
LEXICON = Lexicon(
    lang="pt",
    capture=(
        # the city's last resistance ended by a side: "a polícia pôs fim à resistência de X"
        r"(?:(?:pos|puseram|pondo|poe|poem|por) fim (?:à|a)|(?:quebr|esmag)\w* a) (?:ultima )?"
        r"resistencia (?:de|em)(?= (?:a cidade de )?@p\d+)|"
        # the other side's occupation ended by the subject: "o exército pôs fim à ocupação de X"
        r"(?:pos|puseram|pondo|poe|poem|por) fim (?:à|a) (?:\S+ ){0,4}?ocupacao de(?= (?:a cidade de )?@p\d+)|"
        # control held again: "o exército controla novamente X", "volta a controlar X"
        r"(?:control(?:a|am) (?:novamente|de novo)|(?:volta|voltam|voltou|voltaram) a controlar)"
        r"(?= (?:a cidade de )?@p\d+)|"
        # the passive of it: "X voltou a ser controlada pelo exército"
        r"(?:volta|voltam|voltou|voltaram|tornou|tornaram) a (?:ser|estar|ficar) controlad[oa]s?(?= pel| @a\d)|"
        # a side says on a day it controls the city, or has it in its power
        r"(?:afirm|assegur|declar|diss)\w* (?:n[ao] \S+ (?:feira )?)?(?:ja |agora )?controlar(?= (?:a cidade de )?@p\d+)|(?:tem|tinham|tinha)(?: agora| ja)?(?= (?:a cidade de )?@p\d+ em (?:seu|o seu) poder)|"
        # a side has held the city since an hour of the day: "controlam X desde a madrugada"
        r"(?:control|ocup)(?:a|am|ava|avam)(?= (?:a cidade de )?@p\d+ desde (?:\S+ ){0,4}?" + _HOUR + r")|"
        # or the hour comes first: "controlam desde esta madrugada X", "controlam desde hoje X"
        r"(?:control|ocup)(?:a|am) desde (?:\S+ ){0,3}?" + _HOUR + r"(?= (?:a cidade de )?@p\d+)|"
        # a side now holds the city: "detém agora X"
        r"(?:detem|detinham|detinha) (?:agora|ja)(?= (?:a cidade de )?@p\d+)|(?:agora|ja) (?:detem)(?= (?:a cidade de )?@p\d+)|"
        # wrested from a side ("arrancaram o controle de X ao exército", "arrancou X aos"), "já controlam X" (not
        # "que já controla X", a relative clause describing the side: a state of before)
        r"arranc(?:ou|aram) (?:\S+ ){0,2}?(?:o )?control[eo] (?:de|da|do)|arranc(?:ou|aram|ado|ada)(?= (?:a cidade de )?@p\d+ (?:aos?|as|à|às) )|(?:(?<=foi )|(?<=foram ))arrancad[ao]s?(?= (?:aos?|as|à|às) )|(?<!que )(?:ja|agora) control(?:a|am)(?= (?:a cidade de )?@p\d+)|"
        # a city cleared of a side: "limparam X dos combatentes de Y"
        r"limp(?:ou|aram|o|am)(?= (?:a cidade de )?@p\d+ (?:\S+ ){0,2}?(?:de|dos|das|do|da) )|"
        # control restored or brought about, a battle won, a city secured
        r"(?:eram|era|foram|foi) (?:ja |entao |inteiramente |completamente )?(?:os |o )?(?:senhores|senhor|donos|dono)(?= (?:de|da|do|dos|das) )(?! (?:\S+ ){0,5}?desde )|se (?:tornaram|tornou|fizeram|fez) (?:senhores|senhor|donos|dono)(?= (?:de|da|do|dos|das) )|"
        r"(?:r|re)?estabelec\w* ali (?:\S+ ){0,2}?control[eo]|(?:r|re)?estabelec\w* (?:\S+ ){0,2}?(?:o )?(?:seu )?control[eo] (?:sobre|de|da|do)|(?:colocaram|colocou|colocado|puseram|pos)(?= (?:a cidade de )?@p\d+ (?:\S+ ){0,2}?sob (?:o )?(?:seu )?control[eo])|venc(?:eu|eram|ido|er|endo) (?:\S+ ){0,2}?a batalha (?:de|por)|vitoria na batalha (?:de|por)|(?:proclam|anunci|declar)\w* (?:a )?vitoria (?:em|sobre)(?= (?:\S+ )?@p\d)|assegur(?:ou|aram|ado|ada)(?= (?:a cidade de )?@p\d+)|"
        r"(?=oc?cupad)" + HEADLINE + r"oc?cupad[oa]s?" + HEADLINE_END + r"|"
        r"(?:e|sao) (?:agora|ja) (?:os )?(?:senhor(?:es)?|donos?) de|"  # "são agora senhores de X": "are now masters of"
        r"(?:(?:tornaram|tornou|fizeram|fez) se|ficou|ficaram) (?:senhor(?:a|es|as)?|don[oa]s?) de|"  # "tornaram-se senhores de X"
        r"assegur(?:ou|aram)(?: se)? o (?:pleno )?control[eo] (?:de|do|da)|reoc?cup(?:ou|aram|ado|ada|ados|adas|am|a|ar)|declar\w* (?:\S+ ){0,2}?@p\d+ (?:\S+ )?(?:livre|libertada)|assalt(?:ou|aram|ado|ada|ados|adas)|invadi(?:u|ram|do|da)|controlamos(?= (?:ja |agora |totalmente )?(?:a cidade de )?@p\d+)|(?:re)?(?:tom|conquist|captur)amos|(?:re)?(?:tom|conquist|captur)arem|(?:e|sao|esta|estao) agora controlad[oa]s?(?= (?:pel[oa]s?|por) )|(?:re)?tom(?:a|am|ou|aram|ado|ada|ados|adas|ar|ando|ava|avam)"
        r"|(?:proclam|anunci|declar)\w* (?:\S+ ){0,3}?(?:a )?vitoria (?:em|sobre|no|na)|(?:re)?captur(?:a|am|ou|aram|ado|ada|ados|adas|ar|ando|ava|avam)|(?:re)?conquist(?:a|am|ou|aram|ado|ada|ados|adas|ar|ando|ava|avam)|arrebat(?:a|am|ou|aram|ado|ada|ados|adas|ar|ava|avam)"
        r"|apoder(?:a|am|ou|aram|ado|ada|ar)\w*|assenhore(?:ou|aram|ado|ada|ar)\w*|aposs(?:a|am|ou|aram|ado|ada|ar)\w*|oc?cup(?:ou|aram|arem|ar)|(?:tinha|tinham|havia|haviam) (?:\S+ )?oc?cupado|(?:foi|foram|tinha sido) (?:\S+ )?oc?cupad[oa]s?|libert(?:a|am|ou|aram|ado|ada|adas|ar|ava|avam)|liber(?:ou|aram|ado|ada|adas|ar|ava|avam)"
        r"|recuper(?:a|am|ou|aram|ado|ada|adas|ar|ava|avam)|recobr(?:a|am|ou|aram|ado|ada|ar)|(?:assum\w*|tom\w*|consegu\w*) (?:(?:no|na|neste|nesta) \S+ (?:feira )?|ontem |hoje |agora |ja )?o control[eo]|retom\w*|control(?:a|am) (?:agora|ja)(?= @)"
        r"|(?:afirm|declar|garant|assegur)\w* (?:ja |agora )?controlar|(?:diz|dizem) (?:ja |agora )?controlar|pass(?:a|am|ou|aram) a controlar|(?:conseguiu|conseguiram|logrou|lograram) controlar|reivindic\w* (?:o )?(?:pleno )?control[eo](?= (?:de|do|da|dos|das) )|reivindic\w*(?= (?:a cidade de )?@p\d+)"
        r"|(?:esta|estao) (?:agora )?controlad[oa]s?(?= pel)"
        r"|(?<!que )control(?:a|am|ava|avam) (?:ja |agora )?(?:totalmente|completamente|inteiramente|por completo)(?= (?:a cidade de )?@p\d+)"
        # a side now dominates the city: "domina agora X", "já dominam X"
        r"|(?:domin(?:a|am) (?:agora|ja)|(?:agora|ja) domin(?:a|am))(?= (?:a cidade de )?@p\d+)"
    ),
    retake=r"limp(?:ou|aram|o|am)|recobr\w*|reoc?cup\w*|retom\w*|recaptur\w*|reconquist\w*|libert\w*|liber\w*|recuper\w*|novo|novamente",
    fall=(
        # control of the city passed to a side: "O controle de X passou para os rebeldes"
        r"(?:(?<=control[eo] de @p\d )|(?<=control[eo] de @p\d\d ))(?:passou|passa)(?= (?:\S+ ){0,3}?(?:para|a|ao|aos|as|à|às) )|"
        # the city "finds itself" in a side's hands now: "encontra-se agora nas mãos dos"
        r"(?:encontra se|encontram se|se encontra|se encontram) (?:agora|ja) (?:nas maos|em maos|sob (?:o )?control[eo])|"
        r"(?:novamente|de novo|outra vez) (?:nas maos|sob (?:o )?control[eo])|"  # "está novamente nas mãos dos X"
        r"(?:(?<=@p\d )|(?<=@p\d\d ))(?:e (?:agora |ja |novamente |de novo )?|voltou a ser )noss[ao]|ca(?:iu|iram|ido|ida|ir|i|em)|caído|capitul(?:ou|aram|a|am|ado)|dep(?:os|useram) as armas(?= (?:\S+ ){0,3}?(?:perante|diante|aos?|às?|as) )|entreg(?:ou|aram) se(?= (?:\S+ ){0,2}?(?:a|ao|aos|à|às|as|perante) )|(?<=se )entreg(?:ou|aram)(?= (?:\S+ ){0,2}?(?:a|ao|aos|à|às|as|perante) )|rend(?:eu|eram)" + _NOT_SURRENDER + r" se(?= (?:aos?|às?|as?) )|(?<=se )rend(?:eu|eram)" + _NOT_SURRENDER + r"(?= (?:aos?|às?|as?) )"
        r"|pass(?:ou|aram|a|am) " + _WHEN + r"(?:inteiramente |totalmente |completamente )?(?:para (?:o )?|ao )?(?:control[eo]|as maos|às maos|sob (?:o )?control[eo]|para a autoridade|sob a autoridade)"
        r"|(?:esta|estao) (?:agora|ja|desde (?:\S+ ){0,3}?" + _HOUR + r"(?: ja)?) (?:totalmente |completamente |inteiramente |firmemente )?(?:nas maos|em maos|nas suas maos|em poder|sob (?:o )?(?:seu )?control[eo])"
        # "X está nas mãos dos rebeldes": the city right before; "X nas mãos dos rebeldes", a headline
        r"|(?:(?<=@p\d )|(?<=@p\d\d ))(?:esta|estao) (?:inteiramente |totalmente |completamente )?(?:nas maos|em poder|sob (?:o )?control[eo]) (?:\S+ ){0,3}?@a\d+"
        r"|(?:agora )?(?:nas maos|em poder|sob (?:o )?control[eo]) (?:d\w*) (?:\S+ ){0,2}?@a\d+"
        r"|(?:ficou|ficaram|fica|ficam) (?:n[ao] \S+ (?:feira )?|ontem |hoje |desde (?:\S+ ){0,3}?" + _HOUR + r" )?(?:nas maos|em maos|em poder|sob (?:o )?control[eo])|volt(?:a|am|ou|aram) (?:n[ao] \S+ (?:feira )?)?(?:ao control[eo]|para o control[eo]|para as maos|às maos|as maos|sob (?:o )?control[eo]|a (?:estar|ficar) (?:nas maos|em poder|sob (?:o )?control[eo]))"
    ),
    withdraw=(
        # the holder vacates the city: "desocuparam X"
        r"desoc?cup(?:ou|aram|ado|ada)(?= (?:a cidade de )?@p\d+)|"
        r"retir(?:a|am|ou|aram|ado|ada|adas|ados|ar|ando|ava|avam)|retirada|saida(?= (?:de|do|da|dos|das))|fuga|recu(?:a|am|ou|aram|ar|ava|avam)|recuo"
        r"|abandon(?:a|am|ou|aram|ado|ada|adas|ar|ava|avam)|evacu(?:a|am|ou|aram|ado|ada|ar|ava|avam)|(?:deixaram|deixou)(?! (?:\S+ ){0,3}?(?:mortos?|feridos?|vitimas|desalojados|desabrigados)(?!\w))|fugiram|fugiu|fugido"
        r"|sairam|remov(?:eu|eram|ido|er)(?= (?:\S+ ){0,6}?(?:soldados|tropas|forcas|militares|efetivos))"
        r"|(?:(?:admit\w*|reconhec\w*|confirm\w*) (?:a )?)?perda(?= (?:de|do|da) )|(?:foi|foram|sido) (?:expuls|escorracad|desalojad)[oa]s?|(?:foi|foram|sido) empurrad[oa]s?(?= (?:para )?fora )|(?<=e )(?:expuls|desalojad)[oa]s?(?= (?:de|do|da) )|perd(?:eu|eram|ido|er|emos)(?: o control[eo] (?:de|do|da))?"
    ),
    nominal=r"capitulacao(?= (?:de|do|da) )|queda|tomada|captura|conquista|reconquista|libertacao|liberacao|recuperacao|control[eo] total d\w+|pleno control[eo] d\w+",
    to_holder=r"perante|diante d\w*|(?:a|em) favor d\w*|nas maos d\w*|para|ao|aos|à|às|a|as|sob (?:o )?control[eo] d\w*|em poder d\w*",
    agent=r"por|pelo|pela|pelos|pelas",
    passive=r"foi|foram|tinha sido|tem sido|sido|e|sao|estava|esta|ficou",
    source=r"de|do|da|dos|das|contra|com",
    locative=r"em|no|na|nos|nas|perto|rumo|em direcao|às portas|as portas|ao redor|dentro|sobre|ate|entre|junto"
    r"|arredores|para",
    blockers=(
        r"conversacoes sobre|negociacoes sobre|recus(?:ou|aram|a|am|ava|avam|ando|ar)|apost\w*|temem|teme|temia|temiam|rece(?:ia|iam|io|ando)|orden\w*|ordens|ordem|possib\w*|possivel|possiveis|proxim\w* de|perto de|prestes a|a ponto de|mant\w*|conserv\w*|ainda|seria|seriam|sera|serao|legalmente|renunci\w*|disputad\w*|nao|nunca|sem|tent\w*|procur\w*|pretend\w*|ameac\w*|(?<!em )poder\w*|pode|podem|quer\w*|plane\w*|vai|vao"
        r"|ia|iam|em vias de|a um passo|prestes a|perto de|aproxim\w*|prepar\w*|objetivo|para|caso|cerc\w*(?! de \d)|sitiad\w*|cerco"
        # an agreement to do it: "o exército concordou em retirar-se de X", "aceitou entregar X"
        r"|concord\w* em|comprometeu-se a|se comprometeu a|(?:aceit|acord)\w*(?= (?:\S+ )?(?:retirar|entregar|abandonar|ceder|evacuar|sair|devolver)\w*)"
        r"|fracass\w*|falh\w*|falsos?|falsas?|promet\w*|jur\w*|decid\w*|decisao de|em vao|iminente|possivel|neg\w*|desment\w*|rejeit\w*|resist\w*|repel\w*|defend\w*|evitar|impedir"
        r"|esper\w*|ainda nao|às portas|batalha por|luta por|deve|devem|dever\w*|continu(?:a|am|ava|avam) a(?= \S+ @p)"
    ),
    claim=r"(?:afirm|declar|garant|assegur)\w* (?:ja |agora )?controlar|(?:diz|dizem) (?:ja |agora )?controlar|reivindic\w*|(?:afirm|diz|diss|anunci|declar|garant)\w* ter|proclam\w*|gab\w*",
    denial=(
        r"desment\w*|neg(?:ou|aram|a|am)(?! se a )|rejeit\w*|falsos?|falsas?|mentiras?|se (?:isso|isto) (?:vier a )?(?:acontecer|ocorrer|se confirmar)|desinformacao|infundad\w*|sem fundamento|(?:continua|continuam) (?:controlando|a controlar) (?:\S+ )?(?:a cidade|@p\d+)|(?:continua|continuam|permanece|permanecem)"
        r" (?:sob|nas maos)|nao confirm\w*|sem confirmacao|ainda nao foram confirmad\w*|nao (?:pode|pôde|puderam)"
        r" (?:ser )?(?:confirm|verific)\w*"
    ),
    not_city=(
        r"acampamentos?|centro|sede|(?:o )?conta(?:c)?tos?|comunicacoes|(?:a )?ideia|esperancas?|quartel\w*|edificio\w*|cadeia|prisao|prisoes|aeroporto\w*|base|bases|escritorio\w*|palacio"
        r"|posto\w*|posic\w*|bairro\w*|distrito\w*|arredores|periferia|suburbio\w*|aldeia\w*|parte\w*"
        r"|metade|maior parte|maioria|zona\w*|area\w*|estrada\w*|rodovia|ponte\w*|homem forte|governador\w*"
        r"|prefeito\w*|comandante\w*|chefe\w*|lider\w*|policia|moradores|habitantes|populacao|civis|soldados"
        r"|tropas|combatentes|armas|veiculos|drones|tanques|equipamento\w*|deposito\w*|provincia\w*"
        r"|regiao|regioes|oblast|estado|vale|fronteira|barragem|refinaria|hospital\w*|colina\w*|morros?|praca|universidade"
        r"|instituicoes|territorio\w*|poder|localidade\w*|refens|presos|prisioneiros|detidos|presidente"
        r"|ministro\w*|porta voz|membros?|jornalista\w*|militares|representantes|oficiais"
        r"|aerodromo\w*|estacao|estacoes|administrador\w*|comissariado|esquadra|delegacia|tribunal\w*|pista|governador\w*"
    ),
    past=(
        r"(?:se )?complet(?:a|am|ou|aram) (?:se )?(?:\S+ )?(?:anos?|decadas?|seculos?)|"  # "Se cumplen 87 años de la caída de X": an anniversary
        r"ha \w+ (?:anos?|mes|meses)|ha (?:apenas |so )?(?:duas|tres|quatro|cinco|seis|sete|oito|nove|dez|algumas|poucas|varias|\d+) semanas|no ano passado|no mes passado|no inicio da guerra|aniversario|faz (?:\w+ )?(?:mes|meses|anos?|semanas) que|(?:durante a|na) (?:primeira|anterior|ultima) guerra"
        r"|na altura|na epoca|naquela altura|naquela epoca"
        r"|(?:verao|inverno|outono) passado|primavera passada"  # "que ocupam desde o verão passado"
        r"|(?:" + "|".join(_MONTHS) + r") (?:passado|do ano passado)"
    ),
    handover=r"devolv(?:eu|eram|ido|ida|er)(?= (?:a cidade de )?@p\d+ (?:\S+ )?(?:a|à|ao|aos|às))|deix(?:ando|aram|ou|am)(?= (?:\S+ ){0,4}?(?:nas maos d\w*|a|à|às|aos|ao) @a)|entreg(?:am|ou|aram|ava|avam|ue|ues|ado|ada|ar)|ced(?:e|em|eu|eram|ia|iam|ido|ida|idos|idas|er)|rend(?:eu|eram)" + _NOT_SURRENDER + r"|rend(?:e|em|ia|iam)(?= se)|(?<=se )rend(?:e|em|ia|iam)|(?:se tinha|se tinham|tinha se|tinham se) rendido",
    flag=r"bandeiras? (?:da |do |dos |das |de )?@a\d+ (?:tremula|flutua|ondula)\w* (?:agora|ja|de novo|novamente) (?:sobre|em)|bandeiras? (?:\S+ ){0,2}?(?:foi |foram |e )?hasteadas? (?:sobre|em)|(?:hasteou|hastearam|icou|icaram|iou|ergueram) (?:a |sua )?(?:\S+ ){0,2}?bandeiras?"
    r"|(?:recebid|aclamad|saudad)[oa]s? (?:\S+ ){0,2}?como (?:herois|libertadores)",
    expel=r"expuls\w* (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?(?:de|do|da)"
    # men of the other side not named by it: "expulsaram os soldados de X", "expulsando a polícia de X"
    r"|expuls\w* (?:os |a )?(?:ultimos )?(?:policiais|policia|soldados|militares|milicianos"
    r"|rebeldes|insurgentes|jihadistas|combatentes) (?:de)(?= (?:a cidade de )?@p\d+(?! (?:de|do|da|dos|das|suas) ))"
    r"|(?:empurr|escorrac)\w* (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?(?:para )?fora (?:de|do|da)",
    months=_MONTHS,
    say=r"disse|disseram|afirmou|afirmaram|anunciou|anunciaram|declarou|declararam|informou|segundo"
    # the present of a headline ("Governo diz que as tropas retomaram X")
    r"|diz|dizem|afirma|afirmam|declara|declaram|garante|garantem",
    enter=r"(?:regress|retorn)(?:aram|ou|am|ando) (?:\S+ ){0,3}?(?:a|à|ao)|voltaram a(?= (?:cidade de )?@p\d+)|(?:posicion|desdobr|implant)(?:ou|aram|am|ar) se (?:\S+ ){0,2}?(?:em|no|na)|se (?:posicion|desdobr|implant)(?:ou|aram|am|ar) (?:\S+ ){0,2}?(?:em|no|na)|entrada d\w* (?:\S+ ){0,3}?(?:em|no|na)|(?:fez|fizeram|faz|fazem|tinha feito|tinham feito) (?:a )?(?:sua )?entrada (?:\S+ ){0,2}?(?:em|no|na)|(?:entr|reentr|desembarc)(?:a|ou|aram|ado|ados|adas|ando|am|ar|ava|avam) (?:(?:às|as|a) \S+(?: e \S+)? da (?:manha|tarde|noite|madrugada) )?(?:\S+ ){0,2}?(?:em|no|na|nos|nas|nesta|neste)|invadi\w*|oc?cup(?:am|avam|ava)|(?:esta|estao|estava|estavam) oc?cupad[oa]s?(?= pel)",
    insurgents=(
        r"rebeldes?|insurgentes?|milicianos|jihadistas|islamistas|militantes|separatistas|combatentes"
        r"|grupo armado|grupos armados|grupos? (?:jihadistas?|islamistas?|rebeldes?|terroristas?)|insurrectos|forcas rebeldes|paramilitares"
        r"|guerrilheiros|guerrilha|insurretos|sublevados|amotinados|revoltosos|sediciosos|facciosos|revolucionarios|golpistas"
        # a force named by its side's adjective: "a esquadra revoltosa", "colunas sublevadas"
        r"|(?:forcas|tropas|colunas?|esquadra|frota|batalhoes|regimentos?|soldados|marinheiros)"
        r" (?:revolucionari|revoltos|sublevad|insurret|amotinad)[oa]s?"
    ),
    after=r"apos|depois de|desde",
    pronouns=r"eles|elas|estas|estes",  # "depois de estas se retirarem"
)
