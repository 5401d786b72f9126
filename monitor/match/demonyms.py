"""Nationality adjectives and country names per country and language (data only).

Used to read "the Afghan army", "l'armée afghane", "el ejército afgano", "die afghanische
Armee" as that country's government side. `_TABLE` has one line per country and language
with the forms, space-separated; "_" joins the words of one form ("South_Sudanese"), and a
German form ending in "*" stands for the adjective with its endings (-e, -en, -er, -es, -em).
Accents may be written or not: everything is folded before use. Add a country by adding its
lines; a country missing here only loses the adjective forms. Peoples without a state
("Kurdish", "Tigrayan") have their own table, `PEOPLES`, which is never read as a government.
"""

from __future__ import annotations

LANGS = ("en", "fr", "es", "de", "pt", "it")

_TABLE = """
AF en Afghan
AF fr afghan afghane afghans afghanes
AF es afgano afgana afganos afganas
AF de afghanisch*
AF pt afegão afegã afegãos afegãs afegane afeganes
AF it afghano afghana afghani afghane
CD en Congolese
CD fr congolais congolaise congolaises
CD es congoleño congoleña congoleños congoleñas
CD de kongolesisch*
CD pt congolês congolesa congoleses congolesas
CD it congolese congolesi
CG en Congolese
CG fr congolais congolaise congolaises
CG es congoleño congoleña congoleños congoleñas
CG de kongolesisch*
CG pt congolês congolesa congoleses congolesas
CG it congolese congolesi
IQ en Iraqi
IQ fr irakien irakienne irakiens irakiennes
IQ es iraquí iraquíes iraquís
IQ de irakisch*
IQ pt iraquiano iraquiana iraquianos iraquianas
IQ it iracheno irachena iracheni irachene
ML en Malian
ML fr malien malienne maliens maliennes
ML es maliense malienses
ML de malisch*
ML pt maliano maliana malianos malianas
ML it maliano maliana maliani maliane
SY en Syrian
SY fr syrien syrienne syriens syriennes
SY es sirio siria sirios sirias
SY de syrisch*
SY pt sírio síria sírios sírias
SY it siriano siriana siriani siriane
UA en Ukrainian
UA fr ukrainien ukrainienne ukrainiens ukrainiennes
UA es ucraniano ucraniana ucranianos ucranianas ucranio ucrania ucranios ucranias
UA de ukrainisch*
UA pt ucraniano ucraniana ucranianos ucranianas
UA it ucraino ucraina ucraini ucraine
RU en Russian
RU fr russe russes
RU es ruso rusa rusos rusas
RU de russisch*
RU pt russo russa russos russas
RU it russo russa russi russe
YE en Yemeni Yemenite
YE fr yéménite yéménites
YE es yemení yemeníes yemenís
YE de jemenitisch*
YE pt iemenita iemenitas
YE it yemenita yemeniti yemenite
LY en Libyan
LY fr libyen libyenne libyens libyennes
LY es libio libia libios libias
LY de libysch*
LY pt líbio líbia líbios líbias
LY it libico libica libici libiche
SO en Somali Somalian
SO fr somalien somalienne somaliens somaliennes
SO es somalí somalíes
SO de somalisch*
SO pt somali somalis somaliano somaliana
SO it somalo somala somali somale
NG en Nigerian
NG fr nigérian nigériane nigérians nigérianes
NG es nigeriano nigeriana nigerianos nigerianas
NG de nigerianisch*
NG pt nigeriano nigeriana nigerianos nigerianas
NG it nigeriano nigeriana nigeriani nigeriane
NE en Nigerien
NE fr nigérien nigérienne nigériens nigériennes
NE es nigerino nigerina nigerinos nigerinas
NE de nigrisch*
NE pt nigerino nigerina nigerinos nigerinas
NE it nigerino nigerina nigerini nigerine
BF en Burkinabe Burkinabè
BF fr burkinabè burkinabé burkinabe
BF es burkinés burkinesa burkineses burkinesas
BF de burkinisch*
BF pt burquinense burquinenses
BF it burkinabé
SD en Sudanese
SD fr soudanais soudanaise soudanaises
SD es sudanés sudanesa sudaneses sudanesas
SD de sudanesisch*
SD pt sudanês sudanesa sudaneses sudanesas
SD it sudanese sudanesi
SS en South_Sudanese
SS fr sud-soudanais sud-soudanaise
SS es sursudanés sursudanesa
SS de südsudanesisch*
SS pt sul-sudanês sul-sudanesa
SS it sudsudanese sudsudanesi
ET en Ethiopian
ET fr éthiopien éthiopienne éthiopiens éthiopiennes
ET es etíope etíopes
ET de äthiopisch*
ET pt etíope etíopes
ET it etiope etiopi
MM en Myanmar Burmese
MM fr birman birmane birmans birmanes
MM es birmano birmana birmanos birmanas
MM de myanmarisch* birmanisch*
MM pt birmanês birmanesa birmaneses
MM it birmano birmana birmani birmane
LB en Lebanese
LB fr libanais libanaise libanaises
LB es libanés libanesa libaneses libanesas
LB de libanesisch*
LB pt libanês libanesa libaneses libanesas
LB it libanese libanesi
IL en Israeli
IL fr israélien israélienne israéliens israéliennes
IL es israelí israelíes
IL de israelisch*
IL pt israelense israelenses
IL it israeliano israeliana israeliani israeliane
IR en Iranian
IR fr iranien iranienne iraniens iraniennes
IR es iraní iraníes
IR de iranisch*
IR pt iraniano iraniana iranianos iranianas
IR it iraniano iraniana iraniani iraniane
TR en Turkish
TR fr turc turque turcs turques
TR es turco turca turcos turcas
TR de türkisch*
TR pt turco turca turcos turcas
TR it turco turca turchi turche
MZ en Mozambican
MZ fr mozambicain mozambicaine mozambicains mozambicaines
MZ es mozambiqueño mozambiqueña mozambiqueños
MZ de mosambikanisch*
MZ pt moçambicano moçambicana moçambicanos moçambicanas
MZ it mozambicano mozambicana mozambicani
CF en Central_African
CF fr centrafricain centrafricaine centrafricains centrafricaines
CF es centroafricano centroafricana
CF de zentralafrikanisch*
CF pt centro-africano centro-africana
CF it centrafricano centrafricana
TD en Chadian
TD fr tchadien tchadienne tchadiens tchadiennes
TD es chadiano chadiana chadianos
TD de tschadisch*
TD pt chadiano chadiana chadianos
TD it ciadiano ciadiana ciadiani
CM en Cameroonian
CM fr camerounais camerounaise camerounaises
CM es camerunés camerunesa cameruneses
CM de kamerunisch*
CM pt camaronês camaronesa camaroneses
CM it camerunense camerunensi
AZ en Azerbaijani Azeri
AZ fr azerbaïdjanais azerbaïdjanaise azéri azéris
AZ es azerbaiyano azerbaiyana azerí
AZ de aserbaidschanisch*
AZ pt azerbaijano azerbaijana azeri
AZ it azero azera azeri azerbaigiano
AM en Armenian
AM fr arménien arménienne arméniens arméniennes
AM es armenio armenia armenios armenias
AM de armenisch*
AM pt armênio armênia arménio arménia
AM it armeno armena armeni
GE en Georgian
GE fr géorgien géorgienne géorgiens géorgiennes
GE es georgiano georgiana georgianos
GE de georgisch*
GE pt georgiano georgiana georgianos
GE it georgiano georgiana georgiani
PK en Pakistani
PK fr pakistanais pakistanaise pakistanaises
PK es pakistaní pakistaníes
PK de pakistanisch*
PK pt paquistanês paquistanesa paquistaneses
PK it pakistano pakistana pakistani
CO en Colombian
CO fr colombien colombienne colombiens colombiennes
CO es colombiano colombiana colombianos colombianas
CO de kolumbianisch*
CO pt colombiano colombiana colombianos
CO it colombiano colombiana colombiani
US en American US U.S.
US fr américain américaine américains américaines
US es estadounidense estadounidenses norteamericano norteamericana norteamericanos norteamericanas
US de amerikanisch* US
US pt americano americana americanos americanas norte-americano norte-americana norte-americanos
US it americano americana americani americane statunitense statunitensi
FR en French
FR fr français française françaises
FR es francés francesa franceses francesas
FR de französisch*
FR pt francês francesa franceses francesas
FR it francese francesi
GB en British UK
GB fr britannique britanniques
GB es británico británica británicos británicas
GB de britisch*
GB pt britânico britânica britânicos britânicas
GB it britannico britannica britannici britanniche
DE en German
DE fr allemand allemande allemands allemandes
DE es alemán alemana alemanes alemanas
DE de deutsch*
DE pt alemão alemã alemães alemãs
DE it tedesco tedesca tedeschi tedesche
CN en Chinese
CN fr chinois chinoise chinoises
CN es chino china chinos chinas
CN de chinesisch*
CN pt chinês chinesa chineses chinesas
CN it cinese cinesi
SA en Saudi Saudi-led
SA fr saoudien saoudienne saoudiens saoudiennes
SA es saudí saudíes
SA de saudisch*
SA pt saudita sauditas
SA it saudita sauditi saudite
AE en Emirati
AE fr émirati émiratie émiratis émiraties
AE es emiratí emiratíes
AE de emiratisch*
AE pt emiradense emiradenses
AE it emiratino emiratina emiratini emiratine
EG en Egyptian
EG fr égyptien égyptienne égyptiens égyptiennes
EG es egipcio egipcia egipcios egipcias
EG de ägyptisch*
EG pt egípcio egípcia egípcios egípcias
EG it egiziano egiziana egiziani egiziane
JO en Jordanian
JO fr jordanien jordanienne jordaniens jordaniennes
JO es jordano jordana jordanos jordanas
JO de jordanisch*
JO pt jordaniano jordaniana jordanianos jordanianas
JO it giordano giordana giordani giordane
RW en Rwandan
RW fr rwandais rwandaise rwandaises
RW es ruandés ruandesa ruandeses ruandesas
RW de ruandisch*
RW pt ruandês ruandesa ruandeses ruandesas
RW it ruandese ruandesi
BI en Burundian
BI fr burundais burundaise burundaises
BI es burundés burundesa burundeses burundesas
BI de burundisch*
BI pt burundiano burundiana burundianos burundianas
BI it burundese burundesi
UG en Ugandan
UG fr ougandais ougandaise ougandaises
UG es ugandés ugandesa ugandeses ugandesas
UG de ugandisch*
UG pt ugandense ugandenses
UG it ugandese ugandesi
ZA en South_African
ZA fr sud-africain sud-africaine sud-africains sud-africaines
ZA es sudafricano sudafricana sudafricanos sudafricanas
ZA de südafrikanisch*
ZA pt sul-africano sul-africana sul-africanos sul-africanas
ZA it sudafricano sudafricana sudafricani sudafricane
TZ en Tanzanian
TZ fr tanzanien tanzanienne tanzaniens tanzaniennes
TZ es tanzano tanzana tanzanos tanzanas
TZ de tansanisch*
TZ pt tanzaniano tanzaniana tanzanianos tanzanianas
TZ it tanzaniano tanzaniana tanzaniani tanzaniane
KE en Kenyan
KE fr kényan kényane kényans kényanes
KE es keniano keniana kenianos kenianas
KE de kenianisch*
KE pt queniano queniana quenianos quenianas
KE it keniota keniani keniane
ER en Eritrean
ER fr érythréen érythréenne érythréens érythréennes
ER es eritreo eritrea eritreos eritreas
ER de eritreisch*
ER pt eritreu eritreia eritreus eritreias
ER it eritreo eritrea eritrei eritree
BA en Bosnian
BA fr bosnien bosnienne bosniens bosniennes bosniaque bosniaques bosno-
BA es bosnio bosnia bosnios bosnias
BA de bosnisch*
BA pt bósnio bósnia bósnios bósnias
BA it bosniaco bosniaca bosniaci bosniache
RS en Serb Serbian
RS fr serbe serbes serbo-
RS es serbio serbia serbios serbias serbo-
RS de serbisch*
RS pt sérvio sérvia sérvios sérvias servo-
RS it serbo serba serbi serbe serbo-
HR en Croat Croatian
HR fr croate croates croato-
HR es croata croatas croato-
HR de kroatisch*
HR pt croata croatas croata-
HR it croato croata croati croate croato-
XK en Kosovar Kosovan
XK fr kosovar kosovare kosovars kosovares
XK es kosovar kosovares
XK de kosovarisch*
XK pt kosovar kosovares
XK it kosovaro kosovara kosovari kosovare
AL en Albanian
AL fr albanais albanaise albanaises albano-
AL es albanés albanesa albaneses albanesas albano-
AL de albanisch*
AL pt albanês albanesa albaneses albanesas albano-
AL it albanese albanesi albano-
PS en Palestinian
PS fr palestinien palestinienne palestiniens palestiniennes
PS es palestino palestina palestinos palestinas
PS de palästinensisch*
PS pt palestino palestina palestinos palestinas
PS it palestinese palestinesi
HT en Haitian
HT fr haïtien haïtienne haïtiens haïtiennes
HT es haitiano haitiana haitianos haitianas
HT de haitianisch*
HT pt haitiano haitiana haitianos haitianas
HT it haitiano haitiana haitiani haitiane
MX en Mexican
MX fr mexicain mexicaine mexicains mexicaines
MX es mexicano mexicana mexicanos mexicanas
MX de mexikanisch*
MX pt mexicano mexicana mexicanos mexicanas
MX it messicano messicana messicani messicane
DZ en Algerian
DZ fr algérien algérienne algériens algériennes
DZ es argelino argelina argelinos argelinas
DZ de algerisch*
DZ pt argelino argelina argelinos argelinas
DZ it algerino algerina algerini algerine
TN en Tunisian
TN fr tunisien tunisienne tunisiens tunisiennes
TN es tunecino tunecina tunecinos tunecinas
TN de tunesisch*
TN pt tunisiano tunisiana tunisianos tunisianas
TN it tunisino tunisina tunisini tunisine
MR en Mauritanian
MR fr mauritanien mauritanienne mauritaniens mauritaniennes
MR es mauritano mauritana mauritanos mauritanas
MR de mauretanisch*
MR pt mauritano mauritana mauritanos mauritanas
MR it mauritano mauritana mauritani mauritane
"""

# Peoples without a state of their own, in the same shape as `_TABLE` (the code is the
# people's English name): "Tigrayan forces", "les rebelles tchétchènes", "kurdische Kämpfer".
# A form ending in "-" is the combining form of a compound ("serbo-" in "serbo-bosnio").
_PEOPLES = """
kurdish en Kurdish Kurd
kurdish fr kurde kurdes
kurdish es kurdo kurda kurdos kurdas
kurdish de kurdisch*
kurdish pt curdo curda curdos curdas
kurdish it curdo curda curdi curde
tigrayan en Tigrayan Tigray
tigrayan fr tigréen tigréenne tigréens tigréennes tigréen tigrayen tigrayens
tigrayan es tigriño tigriña tigriños tigriñas tigrayano tigrayana tigrayanos tigrayanas
tigrayan de tigrinisch* tigrayisch*
tigrayan pt tigrínio tigrínia tigrínios tigrínias tigrayano tigrayana tigrayanos
tigrayan it tigrino tigrina tigrini tigrine tigrayano tigrayana tigrayani
amhara en Amhara Amharic
amhara fr amhara amharas
amhara es amhara amharas
amhara de amharisch*
amhara pt amhara amharas
amhara it amhara amhara
oromo en Oromo
oromo fr oromo oromos
oromo es oromo oromos
oromo de oromisch*
oromo pt oromo oromos
oromo it oromo oromo
chechen en Chechen
chechen fr tchétchène tchétchènes
chechen es checheno chechena chechenos chechenas
chechen de tschetschenisch*
chechen pt checheno chechena chechenos chechenas
chechen it ceceno cecena ceceni cecene
karen en Karen
karen fr karen karens
karen es karen karenes
karen de karenisch*
karen pt karen karens
karen it karen karen
kachin en Kachin
kachin fr kachin kachins
kachin es kachin kachines
kachin de kachinisch*
kachin pt kachin kachins
kachin it kachin kachin
tuareg en Tuareg Touareg
tuareg fr touareg touaregs touarègue touarègues
tuareg es tuareg tuaregs
tuareg de tuaregisch* Tuareg
tuareg pt tuaregue tuaregues
tuareg it tuareg tuareg
fulani en Fulani
fulani fr peul peule peuls peules
fulani es fulani fulanis
fulani de Fulani
fulani pt fula fulas
fulani it fulani fulani
pashtun en Pashtun
pashtun fr pachtoune pachtounes
pashtun es pastún pastunes
pashtun de paschtunisch*
pashtun pt pachto pachtos pashtun
pashtun it pashtun pashtun
hazara en Hazara
hazara fr hazara hazaras
hazara es hazara hazaras
hazara de Hazara
hazara pt hazara hazaras
hazara it hazara hazara
abkhaz en Abkhaz Abkhazian
abkhaz fr abkhaze abkhazes
abkhaz es abjasio abjasia abjasios abjasias
abkhaz de abchasisch*
abkhaz pt abcásio abcásia abcásios abcásias
abkhaz it abcaso abcasa abcasi abcase
ossetian en Ossetian
ossetian fr ossète ossètes
ossetian es osetio osetia osetios osetias
ossetian de ossetisch*
ossetian pt ossétio ossétia ossétios ossétias
ossetian it osseto osseta osseti ossete
arab en Arab Arabic
arab fr arabe arabes arabo-
arab es árabe árabes
arab de arabisch*
arab pt árabe árabes
arab it arabo araba arabi arabe
druze en Druze
druze fr druze druzes
druze es druso drusa drusos drusas
druze de drusisch*
druze pt druso drusa drusos drusas
druze it druso drusa drusi druse
"""

# Country names: en | fr | es | de | pt | it, alternatives separated by commas; an indented
# line continues the one above.
_COUNTRY_NAMES = """
AF Afghanistan | Afghanistan | Afganistán | Afghanistan | Afeganistão | Afghanistan
CD DR Congo, Congo, DRC | RDC, Congo | RDC, Congo | Kongo | RDC, Congo | RDC, Congo
IQ Iraq | Irak | Irak | Irak | Iraque | Iraq
ML Mali | Mali | Malí | Mali | Mali | Mali
SY Syria | Syrie | Siria | Syrien | Síria | Siria
UA Ukraine | Ukraine | Ucrania | Ukraine | Ucrânia | Ucraina
RU Russia | Russie | Rusia | Russland | Rússia | Russia
YE Yemen | Yémen | Yemen | Jemen | Iémen | Yemen
LY Libya | Libye | Libia | Libyen | Líbia | Libia
SO Somalia | Somalie | Somalia | Somalia | Somália | Somalia
NG Nigeria | Nigeria | Nigeria | Nigeria | Nigéria | Nigeria
SD Sudan | Soudan | Sudán | Sudan | Sudão | Sudan
ET Ethiopia | Éthiopie | Etiopía | Äthiopien | Etiópia | Etiopia
MM Myanmar, Burma | Birmanie, Myanmar | Birmania, Myanmar | Myanmar | Mianmar, Birmânia | Birmania, Myanmar
SS South Sudan | Soudan du Sud | Sudán del Sur | Südsudan | Sudão do Sul | Sudan del Sud
CF Central African Republic | Centrafrique | República Centroafricana |
   Zentralafrikanische Republik | República Centro-Africana | Repubblica Centrafricana
TD Chad | Tchad | Chad | Tschad | Chade | Ciad
CM Cameroon | Cameroun | Camerún | Kamerun | Camarões | Camerun
NE Niger | Niger | Níger | Niger | Níger | Niger
BF Burkina Faso | Burkina Faso, Burkina | Burkina Faso | Burkina Faso | Burkina Faso | Burkina Faso
MZ Mozambique | Mozambique | Mozambique | Mosambik | Moçambique | Mozambico
LB Lebanon | Liban | Líbano | Libanon | Líbano | Libano
IL Israel | Israël | Israel | Israel | Israel | Israele
PS Palestine | Palestine | Palestina | Palästina | Palestina | Palestina
IR Iran | Iran | Irán | Iran | Irã, Irão | Iran
TR Turkey, Türkiye | Turquie | Turquía | Türkei | Turquia | Turchia
AZ Azerbaijan | Azerbaïdjan | Azerbaiyán | Aserbaidschan | Azerbaijão | Azerbaigian
AM Armenia | Arménie | Armenia | Armenien | Armênia, Arménia | Armenia
GE Georgia | Géorgie | Georgia | Georgien | Geórgia | Georgia
PK Pakistan | Pakistan | Pakistán | Pakistan | Paquistão | Pakistan
CO Colombia | Colombie | Colombia | Kolumbien | Colômbia | Colombia
MX Mexico | Mexique | México | Mexiko | México | Messico
HT Haiti | Haïti | Haití | Haiti | Haiti | Haiti
US United States, US, U.S., America | États-Unis | Estados Unidos, EE.UU. |
   USA, Vereinigte Staaten | Estados Unidos, EUA | Stati Uniti, USA
FR France | France | Francia | Frankreich | França | Francia
GB Britain, United Kingdom, UK | Royaume-Uni, Grande-Bretagne | Reino Unido |
   Großbritannien | Reino Unido | Regno Unito
CN China | Chine | China | China | China | Cina
SA Saudi Arabia | Arabie saoudite | Arabia Saudita, Arabia Saudí | Saudi-Arabien |
   Arábia Saudita | Arabia Saudita
AE United Arab Emirates, UAE | Émirats arabes unis | Emiratos Árabes Unidos |
   Vereinigte Arabische Emirate | Emirados Árabes Unidos | Emirati Arabi Uniti
EG Egypt | Égypte | Egipto | Ägypten | Egito, Egipto | Egitto
RW Rwanda | Rwanda | Ruanda | Ruanda | Ruanda | Ruanda
BI Burundi | Burundi | Burundi | Burundi | Burundi | Burundi
UG Uganda | Ouganda | Uganda | Uganda | Uganda | Uganda
KE Kenya | Kenya | Kenia | Kenia | Quênia, Quénia | Kenya
ER Eritrea | Érythrée | Eritrea | Eritrea | Eritreia | Eritrea
BA Bosnia, Bosnia and Herzegovina | Bosnie, Bosnie-Herzégovine | Bosnia, Bosnia y Herzegovina |
   Bosnien, Bosnien und Herzegowina | Bósnia, Bósnia e Herzegovina | Bosnia, Bosnia ed Erzegovina
RS Serbia | Serbie | Serbia | Serbien | Sérvia | Serbia
HR Croatia | Croatie | Croacia | Kroatien | Croácia | Croazia
XK Kosovo | Kosovo | Kosovo | Kosovo | Kosovo | Kosovo
AL Albania | Albanie | Albania | Albanien | Albânia | Albania
DZ Algeria | Algérie | Argelia | Algerien | Argélia | Algeria
TN Tunisia | Tunisie | Túnez | Tunesien | Tunísia | Tunisia
MR Mauritania | Mauritanie | Mauritania | Mauretanien | Mauritânia | Mauritania
"""

# Capitals, used as the seat of a government ("les forces de Kiev", "Moskaus Truppen"):
# en | fr | es | de | pt | it, alternatives separated by commas.
_CAPITALS = """
AF Kabul | Kaboul | Kabul | Kabul | Cabul | Kabul
CD Kinshasa | Kinshasa | Kinsasa | Kinshasa | Kinshasa | Kinshasa
IQ Baghdad | Bagdad | Bagdad | Bagdad | Bagdá | Baghdad
ML Bamako | Bamako | Bamako | Bamako | Bamako | Bamako
SY Damascus | Damas | Damasco | Damaskus | Damasco | Damasco
UA Kyiv, Kiev | Kiev, Kyiv | Kiev | Kiew | Kiev | Kiev
RU Moscow | Moscou | Moscú | Moskau | Moscou | Mosca
YE Sanaa | Sanaa | Saná | Sanaa | Sanaa | Sana'a
LY Tripoli | Tripoli | Trípoli | Tripolis | Trípoli | Tripoli
SO Mogadishu | Mogadiscio | Mogadiscio | Mogadischu | Mogadíscio | Mogadiscio
SD Khartoum | Khartoum | Jartum | Khartum | Cartum | Khartoum
ET Addis Ababa | Addis-Abeba | Adís Abeba | Addis Abeba | Adis Abeba | Addis Abeba
MM Naypyidaw | Naypyidaw | Naipyidó | Naypyidaw | Naypyidaw | Naypyidaw
NE Niamey | Niamey | Niamey | Niamey | Niamey | Niamey
BF Ouagadougou | Ouagadougou | Uagadugú | Ouagadougou | Uagadugu | Ouagadougou
IL Jerusalem | Jérusalem | Jerusalén | Jerusalem | Jerusalém | Gerusalemme
LB Beirut | Beyrouth | Beirut | Beirut | Beirute | Beirut
"""

_GERMAN_ENDINGS = ("e", "en", "er", "es", "em")


def _parse_demonyms(source: str) -> dict[str, dict[str, tuple[str, ...]]]:
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in source.strip().splitlines():
        code, lang, *words = line.split()
        forms: list[str] = []
        for word in words:
            word = word.replace("_", " ")
            if word.endswith("*"):
                forms += [word[:-1] + ending for ending in _GERMAN_ENDINGS]
            else:
                forms.append(word)
        table.setdefault(code, {})[lang] = tuple(forms)
    return table


def _parse_country_names(source: str) -> dict[str, dict[str, tuple[str, ...]]]:
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    lines: list[str] = []
    for line in source.strip().splitlines():
        if line.startswith(" ") and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    for line in lines:
        code, _, rest = line.partition(" ")
        cols = [c.strip() for c in rest.split("|")]
        table[code] = {lang: tuple(n.strip() for n in col.split(",")) for lang, col in zip(LANGS, cols,
                                                                                             strict=True)}
    return table


def _split_combining(table: dict[str, dict[str, tuple[str, ...]]]) -> dict[str, dict[str, tuple[str, ...]]]:
    """Move the combining forms ("serbo-") out of `table` into the returned table."""
    combining: dict[str, dict[str, tuple[str, ...]]] = {}
    for code, per_lang in table.items():
        for lang, forms in per_lang.items():
            per_lang[lang] = tuple(f for f in forms if not f.endswith("-"))
            combining.setdefault(code, {})[lang] = tuple(f[:-1] for f in forms if f.endswith("-"))
    return combining


DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = _parse_demonyms(_TABLE)
PEOPLES: dict[str, dict[str, tuple[str, ...]]] = _parse_demonyms(_PEOPLES)
# Combining forms of compounds, by country code or people: "serbo-" in "serbo-bosnio".
COMBINING: dict[str, dict[str, tuple[str, ...]]] = _split_combining(DEMONYMS) | _split_combining(PEOPLES)
COUNTRY_NAMES: dict[str, dict[str, tuple[str, ...]]] = _parse_country_names(_COUNTRY_NAMES)
CAPITALS: dict[str, dict[str, tuple[str, ...]]] = _parse_country_names(_CAPITALS)
