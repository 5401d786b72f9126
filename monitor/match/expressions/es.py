"""Spanish control-change expressions (see the package docstring for the signature format)."""

# ruff: noqa: E501 -- regex alternations read better unbroken

from monitor.match.expressions import HEADLINE, HEADLINE_END, Lexicon

_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre|setiembre",
    "octubre",
    "noviembre",
    "diciembre",
)

# A day between a verb of passing and the hands it passes into ("est passée samedi sous le contrôle").
_WHEN = r"(?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) |ayer |anoche |hoy |esta (?:manana|tarde|noche|madrugada) )?"
# A time told between an entry verb and its place: "entraron el domingo por la mañana en X",
# "entraron a las once de la mañana en X".
_ENTRY_TIME = (
    r"(?:(?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|ayer|anoche|hoy)"
    r"(?: por la (?:manana|tarde|noche))? |a las \S+(?: y \S+)? de la (?:manana|tarde|noche|madrugada) )?"
)
# A day or an hour of one, the end of "desde las cuatro de la madrugada", "desde el lunes": a state
# dated to the news, not one of months.
_HOUR = r"(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|ayer|anoche|hoy|manana|tarde|noche|madrugada|mediodia|amanecer)(?!\w)"

# What "rindió" renders when it is no surrender: "rindieron protesta" (took the oath of office),
# "rindió homenaje", "rindió cuentas", "rindió frutos".
_NOT_SURRENDER = r"(?! (?:\S+ )?(?:protesta|homenajes?|tributo|cuentas|honores|culto|pleitesia|frutos?|informe)(?!\w))"

LEXICON = Lexicon(
    lang="es",
    capture=(
        # the city's last resistance ended by a side: "policías toman Y y ponen fin a la resistencia de X"
        r"(?:(?:ponen|pone|puso|pusieron|poniendo|poner) fin a|(?:quebr|aplast)\w*) la (?:ultima )?"
        r"resistencia (?:de|en)(?= (?:la ciudad de )?@p\d+)|"
        # the other side's occupation ended by the subject: "el ejército puso fin a la ocupación de X"
        r"(?:ponen|pone|puso|pusieron|poniendo|poner) fin (?:\S+ ){0,3}?a la (?:\S+ ){0,4}?ocupacion de"
        r"(?= (?:la ciudad de )?@p\d+)|"
        # control held again: "el ejército controla de nuevo X", "vuelve a controlar X"
        r"(?:control(?:a|an) (?:de nuevo|otra vez|nuevamente)|(?:vuelve|vuelven|volvio|volvieron) a controlar)"
        r"(?= (?:la ciudad de )?@p\d+)|"
        # a side says on a day it controls the city: "afirmaron el domingo controlar X"
        r"(?:afirm|asegur|declar|dic|dij)\w* (?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) )?(?:ya |ahora )?controlar(?= (?:la ciudad de )?@p\d+)|"
        # a side already holds the city, or has held it since an hour of the day or on a day named:
        # "ya controlan X", "controlan X desde la madrugada", "controlaban el martes X" (not a
        # relative clause describing the side, "el grupo, que ya controla X", nor the imperfect "ya
        # controlaba X" with no day: a state of before)
        r"(?<!que )(?:ya|ahora) control(?:a|an)(?= (?:la ciudad de )?@p\d+)|"
        r"(?:control|ocup)(?:a|an|aba|aban)(?= (?:la ciudad de )?@p\d+ desde (?:\S+ ){0,4}?" + _HOUR + r")|"
        # or the hour comes first: "controlan desde esta madrugada X", "ocupan desde el domingo X"
        r"(?:control|ocup)(?:a|an) desde (?:\S+ ){0,3}?" + _HOUR + r"(?= (?:la ciudad de )?@p\d+)|"
        r"control(?:a|an|aba|aban) (?:(?:a primera hora|a ultima hora|en la (?:manana|tarde|noche|madrugada)) (?:de|del) )?(?:(?:este|esta|el) )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|ayer|hoy)(?= (?:la ciudad de )?@p\d+)|"
        # a side has the city in its power: "tienen X en su poder"
        r"tien(?:e|en)(?= (?:la ciudad de )?@p\d+ en su poder)|"
        # a city cleared of a side: "limpiaron X de combatientes de Y"
        r"limpi(?:o|aron|ado|ada)(?= (?:la ciudad de )?@p\d+ (?:\S+ ){0,2}?(?:de|del) )|"
        # control restored or brought about, a battle won, a city secured
        r"(?:eran|era|fueron|fue) (?:ya |entonces |enteramente |completamente )?(?:los |el )?(?:duenos|dueno|senores|senor|amos|amo)(?= (?:de|del) )(?! (?:\S+ ){0,5}?desde )|se (?:hicieron|hizo|han hecho|ha hecho) (?:duenos?|senores?|amos?)(?= (?:de|del) )|"
        r"(?:r|re)?establec\w* alli (?:\S+ ){0,2}?control|(?:r|re)?establec\w* (?:\S+ ){0,2}?(?:su |el )?control (?:sobre|de|del)|(?:pusieron|puso|ponen|pone)(?= (?:la ciudad de )?@p\d+ (?:\S+ ){0,2}?bajo (?:su|el) control)|gan(?:o|aron|ado|an|a|ar|ando) (?:\S+ ){0,2}?la batalla (?:de|por)|victoria en la batalla (?:de|por)|asegur(?:o|aron|ado|ada)(?= (?:la ciudad de )?@p\d+)|"
        r"(?=ocupad)" + HEADLINE + r"ocupad[oa]s?" + HEADLINE_END + r"|"
        r"(?:es|son) (?:ahora|ya) (?:los )?(?:duenos?|amos?|senores?) de|"  # "son ahora dueños de X": "are now masters of"
        r"se (?:hicieron|hizo|han hecho|ha hecho) (?:duenos?|amos?|senores?) de|"  # "se hicieron dueños de X"
        r"(?:se asegur(?:o|aron)|se (?:ha|han|habia|habian) asegurado) el (?:pleno )?control (?:de|del)|reocup(?:o|aron|ado|ada|ados|adas|an|a|ar)|declar\w* (?:\S+ ){0,3}?@p\d+ (?:\S+ )?(?:libre|liberada)|asalt(?:o(?<!(?:el|un|al|su) asalto)(?<!ese asalto)(?<!este asalto)(?<!nuevo asalto)(?<!primer asalto)|aron|ado|ada|ados|adas)|invadi(?:o|eron|do|da)|controlamos(?= (?:ya |ahora |totalmente )?(?:la ciudad de )?@p\d+)|(?:re)?(?:tom|conquist|captur)amos|(?:re)?tom(?:a|an|o|aron|ado|ada|ados|adas|ar|ando|aba|aban|aria)"
        r"|(?:re)?captur(?:a|an|o|aron|ado|ada|ados|adas|ar|ando|aba|aban)|control(?:a|an|ar) (?:ya|ahora)"
        r"|(?<!que )control(?:a|an|aba|aban) (?:ya |ahora )?(?:por completo|totalmente|completamente|enteramente)(?= (?:la ciudad de )?@p\d+)"
        r"|(?:afirm|asegur|declar|sostien)\w* (?:ya |ahora )?controlar|(?:dice|dicen) (?:ya |ahora )?controlar|pas(?:a|an|o|aron) a controlar|(?:logr(?:o|aron)|consigui(?:o|eron)) controlar|(?:esta|estan) (?:ya |ahora )?controlad[oa]s?(?= por)"
        # controlled again by the side after "por": "X vuelve a estar controlada por el ejército"
        r"|(?:vuelve|vuelven|volvio|volvieron) a (?:estar|ser|quedar) controlad[oa]s?(?= por)"
        r"|(?:re)?conquist(?:a|an|o|aron|ado|ada|ados|adas|ar|ando|aba|aban)"
        r"|(?:se )?apoder(?:a|an|o|aron|ado|ada|ados|adas|arse|ando|aba|aban)|(?:se )?aduen(?:a|an|o|aron|ado|ada|ados|adas|arse|ando)(?= de)|(?:se )?ensenore(?:a|an|o|aron|ado|ada|arse)(?= de)|(?:se )?(?:hizo|hicieron|hace|hacen|han hecho"
        r"|ha hecho|hecho) con|se hacian? con|se (?:hizo|hicieron|hace|hacen|han hecho|ha hecho) (?:duen[oa]s?|amos?)(?= de)|(?:se (?:hizo|hicieron|han hecho|ha hecho) (?:(?:el|este) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) |ayer |anoche |hoy |esta (?:manana|madrugada|tarde|noche) |finalmente )con)|(?:domin(?:a|an) (?:ya|ahora)|(?:ya|ahora) domin(?:a|an))(?= (?:la ciudad de )?@p\d+)|ocup(?:o|aron|ar)|(?:ha|han|habia|habian) (?:\S+ )?ocupado|(?:(?<=fue )|(?<=fueron )|(?<=ha sido )|(?<=han sido )|(?<=habia sido )|(?<=habian sido )|(?<=quedo )|(?<=quedaron ))ocupad[oa]s?|(?:fue|fueron|ha sido|han sido|habia sido|habian sido|quedo|quedaron) \S+ ocupad[oa]s?|liber(?:o|aron|ado|ada|adas|ar|an|aba|aban)"
        r"|recuper(?:a|an|o|aron|ado|ada|adas|ar|aba|aban)|recobr(?:a|an|o|aron|ado|ada|ar)|(?:proclam|anunci|declar)\w* (?:\S+ ){0,3}?(?:la )?victoria (?:en|sobre)|arrebat(?:a|an|o|aron|ado|ada|ados|adas|ar|aba|aban)|hacerse con|reivindic\w* (?:el )?(?:pleno )?control(?= (?:de|del) )|reivindic\w*(?= (?:la ciudad de )?@p\d+)"
        r"|(?:asumi\w*|asume|asumen|tom\w*|hizo|hicieron|logr\w*|obtuv\w*|consigu\w*|conseguido|gan\w*) (?:(?:el|este|esta) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|ayer) |ayer |hoy |ya )?(?:el )?(?:pleno |total )?control"
    ),
    retake=r"limpi\w*|reocup\w*|recobr\w*|retom\w*|recaptur\w*|reconquist\w*|liber\w*|recuper\w*|nuevo|nuevamente",
    fall=(
        # control of the city passed to a side: "El control de X pasó a los rebeldes"
        r"(?:(?<=control de @p\d )|(?<=control de @p\d\d ))(?:paso|pasa|ha pasado)(?= (?:\S+ ){0,3}?a )|"
        # back in a side's hands: "volvió el viernes a manos del gobierno"
        r"volv(?:io|ieron|e|en) (?:el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo) )?(?:a manos|bajo (?:el )?control)|"
        # the city "finds itself" in a side's hands now: "se encuentra ahora en manos de"
        r"(?:se encuentra|se encuentran|se halla|se hallan) (?:ahora|ya) (?:en manos|bajo (?:el )?control)|"
        # a town or its garrison capitulated, gave itself up: "capituló ante", "se entregó a"
        r"capitul(?:o|aron|a|an|ado)|depus(?:o|ieron) las armas(?= (?:\S+ ){0,3}?ante )|(?<=se )entreg(?:o|aron|a|an)(?= (?:\S+ ){0,2}?(?:a|al|ante) )|"
        r"ca(?:e|en|yo|yeron|ido|ida|er|ia|ian)|cayo|(?:(?<=@p\d )|(?<=@p\d\d ))(?:es (?:ya |de nuevo |otra vez )?|vuelve a ser )nuestr[ao]"
        r"|pas(?:o|aron|ado|ada|a|an) " + _WHEN + r"(?:enteramente |totalmente |completamente )?(?:a manos|al control|a control|bajo (?:el )?control|a (?:estar )?bajo (?:el )?control|bajo (?:la )?autoridad)"
        r"|(?:de nuevo|nuevamente) (?:en manos|bajo (?:el )?control)|qued(?:o|aron|a|an|ado) (?:ya |ahora |desde (?:\S+ ){0,3}?" + _HOUR + r" |(?:\S+ ){1,2}?)?en(?= poder| manos)"
        r"|(?:esta|estan|se halla|se hallan|se encuentra|se encuentran) (?:en manos|bajo (?:el )?control|en poder) (?:de los|de las|de la|del|de) (?:\S+ ){0,2}?@a\d+(?= desde (?:(?:el|la|esta|este) )?(?:(?:manana|tarde|noche|madrugada) (?:del |de )?)?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|ayer|anoche|hoy|manana|tarde|noche|madrugada))|(?:esta|estan|se halla|se hallan|se encuentra|se encuentran) (?:ya|ahora|desde (?:\S+ ){0,3}?" + _HOUR + r"(?: ya)?) (?:totalmente |completamente |enteramente |firmemente )?(?:en manos|en sus manos|en poder|bajo (?:el |su )?control)|(?:quedo|quedaron|queda|quedan|ha quedado|han quedado) (?:\S+ ){0,2}?(?:en manos|bajo (?:el )?control)"
        r"|(?:ya |ahora )?(?:en manos|bajo (?:el )?control|en poder) (?:de los|de las|de la|del|de) (?:\S+ ){0,2}?@a\d+"  # a headline: "X, en manos de los rebeldes"
        r"|(?:vuelve|vuelven|volvio|volvieron|regresa|regresan|regreso|regresaron) (?:a manos|a (?:estar|quedar) bajo (?:el )?control|bajo (?:el )?control|al control|a (?:estar|quedar) en manos)|se rindi(?:o|eron)" + _NOT_SURRENDER + r"(?= a)|rindi(?:o|eron)" + _NOT_SURRENDER + r"|(?:esta|estaba|cayo) (?:ya )?en manos (?:del|de el) enemigo"
    ),
    withdraw=(
        # given up as lost: "el ejército dio por perdida X"
        r"(?:dio|dieron|da|dan|ha dado|han dado|habia dado|habian dado) por perdid[oa]s?|"
        # a side driven out, the second of two participles: "fueron derrotadas y expulsadas de X"
        r"(?<=y )(?:expulsad|desalojad)[oa]s?(?= (?:de|del) )|"
        # the holder vacates the city: "desalojaron X" (not "desalojaron a los rebeldes de X")
        r"desaloj(?:o|aron)(?= (?:la ciudad de )?@p\d+)|"
        r"retir(?:a|an|o|aron|ado|ada|ados|adas|ar|arse|ando|ada|aba|aban)|(?<=se )retir(?:aran|asen)|retirada|repleg\w*|repliegue"
        r"|abandon(?:a|an|o|aron|ado|ada|ar|aba|aban)|evacu(?:a|an|o|aron|ado|ada|ar|aba|aban)|dej(?:o|aron)(?= (?:\S+ ){0,2}?@p)|huy(?:o|eron)|huido|huida|huye|huyen|escap(?:o|aron|ado)|salieron de|redesplieg\w*(?= (?:\S+ ){0,3}?(?:fuera|desde|de|del))|redespleg\w*(?= (?:\S+ ){0,3}?(?:fuera|desde|de|del))"
        r"|salida(?= (?:de|del) )"
        r"|(?:(?:admit\w*|reconoc\w*|confirm\w*) (?:la )?)?perdida(?= (?:de|del) )|(?:fue|fueron|sido) (?:expulsad|desalojad)[oa]s?|(?:fue|fueron|sido) (?:empujad|echad)[oa]s?(?= fuera )|perd(?:io|ieron|ido|er|ia|ian|imos)(?: el control (?:de|del))?|pierde(?: el control (?:de|del))?|pierden(?: el control (?:de|del))?"
    ),
    nominal=r"capitulacion(?= (?:de|del) )|caida|toma|captura|conquista|reconquista|liberacion|recuperacion|control total (?:de|del)|pleno control (?:de|del)",
    to_holder=r"(?:a|en) favor (?:de|del)|en manos de|en manos del|poder de|poder del|manos de|manos del|a manos de|a manos del|ante|bajo (?:el )?control de|bajo (?:el )?control del"
    r"|a|al|en poder de|en poder del",
    agent=r"por|por parte de|por parte del",
    passive=r"fue|fueron|ha sido|han sido|sido|es|son|era|eran|esta|estaba|quedo",
    source=r"de|del|desde|contra|con",
    locative=(
        r"en|cerca|hacia|a las puertas|alrededor|junto|dentro|sobre|a|al|hasta|desde|entre|frente|rumbo"
        r"|camino|para|afueras|cercanias"
    ),
    blockers=(
        r"nieg\w*|apost\w*|apuest\w*|conversaciones sobre|negociaciones sobre|"
        r"mantien\w*|mantuv\w*|conserv\w*|sigue|siguen|todavia|aun|seria|serian|sera|seran|legalmente|renunci\w*|disputad\w*|no|nunca|ni|sin|intent\w*|trat\w* de|busc\w*|pretend\w*|amenaz\w*|podr\w*|puede|pueden|quier\w*|querer|queremos"
        r"|planea\w*|preve|preven|previo|previeron|prevista|previsto|va a|van a|iba a|iban a|a punto de|en vias de|al borde|dispon\w* a|cerca de|acerc\w*|prepar\w*|objetivo|para|si|cerc\w*"
        # an agreement to do it: "el ejército aceptó retirarse de X", "se comprometió a entregar X"
        r"|(?:acept|acord|accedi|acced)\w*(?= (?:a )?(?:\S+ )?(?:retirar|replegar|entregar|abandonar|ceder|evacuar|salir|devolver)\w*)"
        r"|comprometi\w* a|se compromet\w* a"
        r"|fracas\w*|en vano|falsos?|falsas?|promet\w*|jur\w*|decid\w*|decision de|rode\w*|asedi\w*|sitio|inminente|posible|neg\w*|desmient\w*|desminti\w*|rechaz\w*|resist\w*"
        r"|repel\w*|defend\w*|evitar|impedir|ofensiva para|operacion para|esper\w*|lograr|conseguir|deber\w*"
        r"|tendr\w*|aun no|todavia no|batalla por|lucha por|ordenes de|orden\w*|llam\w* a|qued\w* por|falt\w* por"
    ),
    claim=r"(?:afirm|asegur|declar|sostien)\w* (?:ya |ahora )?controlar|(?:dice|dicen) (?:ya |ahora )?controlar|reivindic\w*|(?:asegur|afirm|dic|dij|anunci|declar)\w* haber|proclam\w*|se atribuy\w*|jact\w*",
    denial=(
        r"desment\w*|desmient\w*|desminti\w*|(?:neg(?:o|aron|ando|aba)|niega|niegan)(?! a )|rechaz\w*|falsos?|falsas?|mentiras?|si (?:esto|eso) (?:llega a )?(?:ocurr\w*|suced\w*|pas\w*)|desinformacion|infundad\w*|bulos?|sin fundamento|(?:sigue|siguen) (?:controlando|manteniendo) (?:\S+ )?(?:la ciudad|@p\d+)"
        r"|(?:sigue|siguen|permanece|permanecen) (?:bajo|en manos)|(?:sigue|siguen|permanece|permanecen|todavia|aun) (?:\S+ )?en (?:la ciudad|@p\d+)|no confirm\w*|sin confirmar"
        r"|no (?:ha|han) (?:sido )?confirmad\w*|(?:siguen|continuan) (?:los )?combates|los combates (?:siguen|continuan)|no (?:pudo|pudieron|se pudo) (?:ser )?(?:confirm|verific)\w*"
    ),
    not_city=(
        r"campamentos?|centro|sede|(?:el )?contactos?|comunicaciones|(?:la )?idea|esperanzas?|cuartel\w*|edificio\w*|carcel|prision\w*|aeropuerto\w*|base|bases|oficina\w*|palacio|puesto\w*"
        r"|posicion\w*|barrio\w*|vecindario\w*|distrito\w*|afueras|periferia|alrededores|suburbio\w*|aldea\w*|pueblos"
        r"|parte\w*|mitad|mayor parte|mayoria|zona\w*|area\w*|carretera\w*|autopista|puente\w*|hombre fuerte"
        r"|gobernador\w*|alcalde\w*|comandante\w*|jefe\w*|lider\w*|policia|residentes|habitantes|poblacion(?! de @p\d)"
        r"|civiles|soldados|tropas|combatientes|armas|vehiculos|drones|tanques|equipo\w*|deposito\w*"
        r"|provincia\w*|region\w*|oblast|estado|gobernacion|valle|frontera|presa|refineria|hospital\w*|colina\w*|cerros?|lomas?"
        r"|plaza(?! de @p\d)|ayuntamiento|universidad|instituciones|territorio\w*|poder|localidad(?! de @p\d)|localidades|rehen\w*|presos"
        r"|prisioneros|detenidos|presidente|ministro\w*|portavoz|miembros?|periodista\w*"
        r"|aerodromo\w*|estacion\w*|comisaria\w*|administrador\w*|prefect\w*|tribunal\w*|intendente\w*|gobernador\w*"
    ),
    past=(
        r"(?:se )?cumpl(?:e|en|io|ieron) (?:\S+ )?(?:anos?|decadas?|siglos?)|"  # "Se cumplen 87 años de la caída de X": an anniversary
        r"hace \w+ (?:anos?|mes|meses)|(?<!desde )hace (?:anos|meses|semanas)|hace (?:apenas |solo |tan solo )?(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unas|algunas|pocas|varias|\d+) semanas|el ano pasado|el mes pasado|al comienzo de la guerra|al inicio de la guerra|aniversario|(?:durante|en) la (?:primera|anterior|ultima) guerra"
        r"|(?:por|en) aquel entonces|en aquella epoca|en aquel momento"
        r"|(?:verano|invierno|otono) pasado|primavera pasada"  # "que ocupan desde el verano pasado"
        r"|(?:" + "|".join(_MONTHS) + r") (?:pasado|del ano pasado)"
    ),
    handover=r"devolv(?:io|ieron|ido|ida|er|ia|ian)(?= (?:la ciudad de )?@p\d+ (?:\S+ )?(?:a|al))|dej(?:ando|aron|o|an)(?= (?:\S+ ){0,4}?(?:en manos de|a) (?:los |las |el |la )?@a)|cedi(?:o|eron|a|an)|cedid[oa]s?|ced(?:e|en|er)|entreg(?:o|aron|ado|ada|ados|adas|ar|an|aba|aban)|rindi(?:o|eron)" + _NOT_SURRENDER + r"|(?<=se )rind(?:e|en)|(?<=se )rendi(?:a|an)|(?:se (?:ha|han|habia|habian)) rendido",
    flag=r"banderas? (?:de la |del |de los |de las |de )?@a\d+ onde\w* (?:ahora|ya|de nuevo|otra vez|nuevamente) sobre|banderas? (?:\S+ ){0,2}?(?:fue |fueron |ha sido |han sido |es )?izadas? (?:sobre|en)|iz(?:o|aron|ado|ada|ar) (?:la |su |una )?(?:\S+ ){0,2}?banderas?"
    r"|(?:recibid|aclamad|vitoread)[oa]s? (?:\S+ ){0,2}?como (?:heroes|libertadores)",
    expel=r"(?:expuls|desaloj)\w* (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?(?:de|del)"
    # men of the other side not named by it: "expulsaron a los soldados de X", "desalojando a la policía de X"
    r"|(?:expuls|desaloj)\w* (?:a )?(?:los |la )?(?:ultimos )?(?:policias|policia|soldados|militares|milicianos"
    r"|rebeldes|insurgentes|yihadistas|combatientes) (?:de|del)(?= (?:la ciudad de )?@p\d+(?! (?:de|del|sus) ))"
    r"|(?:empuj|echar|echaron|echado)\w* (?:\S+ ){0,3}?@a\d+ (?:\S+ ){0,3}?fuera (?:de|del)",
    months=_MONTHS,
    say=r"dijo|dijeron|afirmo|afirmaron|aseguro|aseguraron|anuncio|anunciaron|declaro|declararon|informo"
    r"|informaron|segun"
    # the present of a headline ("Bakú asegura que sus tropas han tomado X")
    r"|dice|dicen|afirma|afirman|asegura|aseguran|anuncia|anuncian|declara|declaran",
    enter=r"regres(?:aron|o|an|ado|ando) (?:\S+ ){0,2}?a|(?:volvieron|volvio|retornaron|retorno) a(?= (?:la ciudad de )?@p\d+)|se despl(?:iega|iegan|ego|egaron|egado|egados|egar|egando) (?:\S+ ){0,2}?en|(?<!una )entrada de (?:\S+ ){0,3}?en|(?:entr|desembarc)(?:a|o|aron|ado|ados|adas|ando|an|ar|aba|aban) " + _ENTRY_TIME + r"(?:\S+ ){0,2}?en|(?:entr|ingres)(?:o|aron|ado|ados|adas|ando|an|aba|aban) " + _ENTRY_TIME + r"(?:\S+ ){0,2}?a(?= (?:la ciudad de )?@p\d+)|ingres\w* en|irrumpi\w* en"
    r"|(?:hizo|hicieron|hace|hacen|ha hecho|han hecho|haciendo) (?:su )?entrada (?:\S+ ){0,2}?en"
    # a forced entry, which counts once a side left: "irrumpieron el sábado en X tras la retirada"
    r"|irrumpi(?:o|eron|endo|do) (?:\S+ ){0,3}?en(?= (?:la ciudad de )?@p\d+)"
    r"|ocup(?:an|aban|aba)|(?:esta|estan|estaba|estaban) ocupad[oa]s?(?= por)",
    insurgents=(
        r"rebeldes?|insurgentes?|milicianos|yihadistas|islamistas|militantes|separatistas|combatientes"
        r"|grupo armado|grupos armados|grupos? (?:yihadistas?|islamistas?|rebeldes?|terroristas?)|insurrectos|paramilitares|fuerzas rebeldes|hombres armados"
        r"|guerrilleros|guerrilla|alzados|sublevados|amotinados|revoltosos|sediciosos|facciosos|revolucionarios|golpistas"
        # a force named by its side's adjective: "la escuadra revolucionaria", "columnas sublevadas"
        r"|(?:fuerzas|tropas|columnas?|escuadra|flota|batallones|regimientos?|soldados|marineros)"
        r" (?:revolucionari|revoltos|sublevad|insurrect|amotinad)[oa]s?"
    ),
    after=r"tras|despues de|luego de|desde",
    pronouns=r"ellos|ellas|estas|estos",  # "después de que estas se retiraran"
)
