"""Nationality adjectives and country names per country and language (data only).

Used to read "the Afghan army", "l'armée afghane", "el ejército afgano", "die afghanische
Armee" as that country's government side. `_TABLE` has one line per country and language
with the forms, space-separated; "_" joins the words of one form ("South_Sudanese"), and a
German form ending in "*" stands for the adjective with its endings (-e, -en, -er, -es, -em).
Accents may be written or not: everything is folded before use. Add a country by adding its
lines; a country missing here only loses the adjective forms. States of the past have codes of
their own: SU, YU, CS, and of ISO's user-assigned codes XP (Prussia) and XH (Austria-Hungary).
Peoples without a state ("Kurdish", "Tigrayan") have their own table, `PEOPLES`, which is never
read as a government.
"""

from __future__ import annotations

from monitor.match import demonyms_world as _world

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
TR en Turkish Ottoman Turks
TR fr turc turque turcs turques ottoman ottomane ottomans ottomanes
TR es turco turca turcos turcas otomano otomana otomanos otomanas
TR de türkisch* osmanisch* Türken Osmanen
TR pt turco turca turcos turcas otomano otomana otomanos otomanas
TR it turco turca turchi turche ottomano ottomana ottomani ottomane
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
PT en Portuguese
PT fr portugais portugaise portugaises
PT es portugués portuguesa portugueses portuguesas
PT de portugiesisch*
PT pt português portuguesa portugueses portuguesas
PT it portoghese portoghesi
ES en Spanish
ES fr espagnol espagnole espagnols espagnoles
ES es español española españoles españolas
ES de spanisch*
ES pt espanhol espanhola espanhóis espanholas
ES it spagnolo spagnola spagnoli spagnole
IT en Italian
IT fr italien italienne italiens italiennes
IT es italiano italiana italianos italianas
IT de italienisch*
IT pt italiano italiana italianos italianas
IT it italiano italiana italiani italiane
GR en Greek
GR fr grec grecque grecs grecques
GR es griego griega griegos griegas
GR de griechisch*
GR pt grego grega gregos gregas
GR it greco greca greci greche
FI en Finnish
FI fr finlandais finlandaise finlandaises
FI es finlandés finlandesa finlandeses finlandesas
FI de finnisch*
FI pt finlandês finlandesa finlandeses finlandesas
FI it finlandese finlandesi
IE en Irish
IE fr irlandais irlandaise irlandaises
IE es irlandés irlandesa irlandeses irlandesas
IE de irisch*
IE pt irlandês irlandesa irlandeses irlandesas
IE it irlandese irlandesi
PA en Panamanian
PA fr panaméen panaméenne panaméens panaméennes
PA es panameño panameña panameños panameñas
PA de panamaisch*
PA pt panamenho panamenha panamenhos panamenhas
PA it panamense panamensi
CS en Czechoslovak
CS fr tchécoslovaque tchécoslovaques
CS es checoslovaco checoslovaca checoslovacos checoslovacas
CS de tschechoslowakisch*
CS pt checoslovaco checoslovaca checoslovacos checoslovacas
CS it cecoslovacco cecoslovacca cecoslovacchi cecoslovacche
SU en Soviet
SU fr soviétique soviétiques
SU es soviético soviética soviéticos soviéticas
SU de sowjetisch*
SU pt soviético soviética soviéticos soviéticas
SU it sovietico sovietica sovietici sovietiche
XP en Prussian
XP fr prussien prussienne prussiens prussiennes
XP es prusiano prusiana prusianos prusianas
XP de preußisch*
XP pt prussiano prussiana prussianos prussianas
XP it prussiano prussiana prussiani prussiane
XH en Austro-Hungarian
XH fr austro-hongrois austro-hongroise austro-hongroises
XH es austrohúngaro austrohúngara austrohúngaros austrohúngaras
XH de österreichisch-ungarisch*
XH pt austro-húngaro austro-húngara austro-húngaros austro-húngaras
XH it austro-ungarico austro-ungarica austro-ungarici austro-ungariche
YU en Yugoslav Yugoslavian
YU fr yougoslave yougoslaves
YU es yugoslavo yugoslava yugoslavos yugoslavas
YU de jugoslawisch*
YU pt jugoslavo jugoslava jugoslavos jugoslavas iugoslavo iugoslava iugoslavos iugoslavas
YU it jugoslavo jugoslava jugoslavi jugoslave iugoslavo iugoslava iugoslavi iugoslave
JP en Japanese
JP fr japonais japonaise japonaises
JP es japonés japonesa japoneses japonesas nipón nipona nipones niponas
JP de japanisch*
JP pt japonês japonesa japoneses japonesas nipônico nipônica nipônicos nipônicas
JP it giapponese giapponesi nipponico nipponica nipponici nipponiche
NL en Dutch
NL fr néerlandais néerlandaise néerlandaises hollandais hollandaise hollandaises
NL es neerlandés neerlandesa neerlandeses neerlandesas holandés holandesa holandeses holandesas
NL de niederländisch* holländisch*
NL pt neerlandês neerlandesa neerlandeses neerlandesas holandês holandesa holandeses holandesas
NL it olandese olandesi neerlandese neerlandesi
LT en Lithuanian
LT fr lituanien lituanienne lituaniens lituaniennes
LT es lituano lituana lituanos lituanas
LT de litauisch*
LT pt lituano lituana lituanos lituanas
LT it lituano lituana lituani lituane
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
LK en Sri_Lankan
LK fr sri-lankais sri-lankaise sri-lankaises srilankais srilankaise
LK es esrilanqués esrilanquesa esrilanqueses ceilanés ceilanesa
LK de sri-lankisch* srilankisch*
LK pt cingalês cingalesa cingaleses srilanquês srilanquesa
LK it srilankese srilankesi singalese singalesi
PH en Philippine Filipino
PH fr philippin philippine philippins philippines
PH es filipino filipina filipinos filipinas
PH de philippinisch*
PH pt filipino filipina filipinos filipinas
PH it filippino filippina filippini filippine
CI en Ivorian
CI fr ivoirien ivoirienne ivoiriens ivoiriennes
CI es marfileño marfileña marfileños marfileñas
CI de ivorisch*
CI pt marfinense marfinenses costa-marfinense costa-marfinenses
CI it ivoriano ivoriana ivoriani ivoriane
MD en Moldovan Moldavian
MD fr moldave moldaves
MD es moldavo moldava moldavos moldavas
MD de moldauisch* moldawisch*
MD pt moldavo moldava moldavos moldavas
MD it moldavo moldava moldavi moldave
TJ en Tajik Tajikistani
TJ fr tadjik tadjike tadjiks tadjikes
TJ es tayiko tayika tayikos tayikas
TJ de tadschikisch*
TJ pt tajique tajiques
TJ it tagiko tagika tagiki tagike
LR en Liberian
LR fr libérien libérienne libériens libériennes
LR es liberiano liberiana liberianos liberianas
LR de liberianisch*
LR pt liberiano liberiana liberianos liberianas
LR it liberiano liberiana liberiani liberiane
SL en Sierra_Leonean
SL fr sierra-léonais sierra-léonaise sierra-léonaises
SL es sierraleonés sierraleonesa sierraleoneses
SL de sierra-leonisch*
SL pt serra-leonês serra-leonesa serra-leoneses
SL it sierraleonese sierraleonesi
GN en Guinean
GN fr guinéen guinéenne guinéens guinéennes
GN es guineano guineana guineanos guineanas
GN de guineisch*
GN pt guineense guineenses
GN it guineano guineana guineani guineane
SN en Senegalese
SN fr sénégalais sénégalaise sénégalaises
SN es senegalés senegalesa senegaleses senegalesas
SN de senegalesisch*
SN pt senegalês senegalesa senegaleses senegalesas
SN it senegalese senegalesi
GH en Ghanaian
GH fr ghanéen ghanéenne ghanéens ghanéennes
GH es ghanés ghanesa ghaneses ghanesas
GH de ghanaisch*
GH pt ganês ganesa ganeses ganesas
GH it ghanese ghanesi
TG en Togolese
TG fr togolais togolaise togolaises
TG es togolés togolesa togoleses togolesas
TG de togoisch* togolesisch*
TG pt togolês togolesa togoleses togolesas
TG it togolese togolesi
BJ en Beninese
BJ fr béninois béninoise béninoises
BJ es beninés beninesa beninenses
BJ de beninisch*
BJ pt beninense beninenses
BJ it beninese beninesi
GA en Gabonese
GA fr gabonais gabonaise gabonaises
GA es gabonés gabonesa gaboneses
GA de gabunisch*
GA pt gabonês gabonesa gaboneses
GA it gabonese gabonesi
AO en Angolan
AO fr angolais angolaise angolaises
AO es angoleño angoleña angoleños angoleñas
AO de angolanisch*
AO pt angolano angolana angolanos angolanas
AO it angolano angolana angolani angolane
ZW en Zimbabwean
ZW fr zimbabwéen zimbabwéenne zimbabwéens zimbabwéennes
ZW es zimbabuense zimbabuenses
ZW de simbabwisch*
ZW pt zimbabuano zimbabuana zimbabuanos zimbabuanas
ZW it zimbabwese zimbabwesi
DJ en Djiboutian
DJ fr djiboutien djiboutienne djiboutiens djiboutiennes
DJ es yibutiano yibutiana yibutianos
DJ de dschibutisch*
DJ pt djiboutiano djiboutiana djiboutianos
DJ it gibutiano gibutiana gibutiani
MA en Moroccan
MA fr marocain marocaine marocains marocaines
MA es marroquí marroquíes
MA de marokkanisch*
MA pt marroquino marroquina marroquinos marroquinas
MA it marocchino marocchina marocchini marocchine
KW en Kuwaiti
KW fr koweïtien koweïtienne koweïtiens koweïtiennes
KW es kuwaití kuwaitíes
KW de kuwaitisch*
KW pt kuwaitiano kuwaitiana kuwaitianos
KW it kuwaitiano kuwaitiana kuwaitiani
IN en Indian
IN fr indien indienne indiens indiennes
IN es indio india indios indias
IN de indisch*
IN pt indiano indiana indianos indianas
IN it indiano indiana indiani indiane
BD en Bangladeshi
BD fr bangladais bangladaise bangladaises bangladeshi
BD es bangladesí bangladesíes
BD de bangladeschisch*
BD pt bengali bengalis bangladechiano
BD it bengalese bengalesi
NP en Nepalese Nepali
NP fr népalais népalaise népalaises
NP es nepalí nepalíes nepalés nepalesa
NP de nepalesisch*
NP pt nepalês nepalesa nepaleses
NP it nepalese nepalesi
TH en Thai
TH fr thaïlandais thaïlandaise thaïlandaises
TH es tailandés tailandesa tailandeses tailandesas
TH de thailändisch*
TH pt tailandês tailandesa tailandeses
TH it thailandese thailandesi
KH en Cambodian
KH fr cambodgien cambodgienne cambodgiens cambodgiennes
KH es camboyano camboyana camboyanos camboyanas
KH de kambodschanisch*
KH pt cambojano cambojana cambojanos cambojanas
KH it cambogiano cambogiana cambogiani cambogiane
VN en Vietnamese
VN fr vietnamien vietnamienne vietnamiens vietnamiennes
VN es vietnamita vietnamitas
VN de vietnamesisch*
VN pt vietnamita vietnamitas
VN it vietnamita vietnamiti vietnamite
ID en Indonesian
ID fr indonésien indonésienne indonésiens indonésiennes
ID es indonesio indonesia indonesios indonesias
ID de indonesisch*
ID pt indonésio indonésia indonésios indonésias
ID it indonesiano indonesiana indonesiani indonesiane
TL en Timorese East_Timorese
TL fr timorais timoraise est-timorais
TL es timorense timorenses
TL de osttimoresisch* timoresisch*
TL pt timorense timorenses
TL it timorese timoresi
KG en Kyrgyz Kirghiz
KG fr kirghize kirghizes kirghiz
KG es kirguís kirguises kirguiso kirguisa
KG de kirgisisch*
KG pt quirguiz quirguizes quirguiste
KG it kirghiso kirghisa kirghisi kirghise
UZ en Uzbek
UZ fr ouzbek ouzbèke ouzbeks ouzbèkes
UZ es uzbeko uzbeka uzbekos uzbekas
UZ de usbekisch*
UZ pt uzbeque uzbeques
UZ it uzbeko uzbeka uzbeki uzbeke
KZ en Kazakh Kazakhstani
KZ fr kazakh kazakhe kazakhs kazakhes
KZ es kazajo kazaja kazajos kazajas
KZ de kasachisch*
KZ pt cazaque cazaques
KZ it kazako kazaka kazaki kazake
BY en Belarusian
BY fr biélorusse biélorusses bélarusse bélarusses
BY es bielorruso bielorrusa bielorrusos bielorrusas
BY de belarussisch* weißrussisch*
BY pt bielorrusso bielorrussa bielorrussos bielorrussas
BY it bielorusso bielorussa bielorussi bielorusse
PL en Polish
PL fr polonais polonaise polonaises
PL es polaco polaca polacos polacas
PL de polnisch*
PL pt polonês polonesa poloneses polaco polaca
PL it polacco polacca polacchi polacche
ME en Montenegrin
ME fr monténégrin monténégrine monténégrins monténégrines
ME es montenegrino montenegrina montenegrinos
ME de montenegrinisch*
ME pt montenegrino montenegrina montenegrinos
ME it montenegrino montenegrina montenegrini
MK en Macedonian North_Macedonian
MK fr macédonien macédonienne macédoniens macédoniennes
MK es macedonio macedonia macedonios macedonias
MK de mazedonisch* nordmazedonisch*
MK pt macedônio macedônia macedónio macedónia
MK it macedone macedoni
SI en Slovenian Slovene
SI fr slovène slovènes
SI es esloveno eslovena eslovenos eslovenas
SI de slowenisch*
SI pt esloveno eslovena eslovenos eslovenas
SI it sloveno slovena sloveni slovene
PE en Peruvian
PE fr péruvien péruvienne péruviens péruviennes
PE es peruano peruana peruanos peruanas
PE de peruanisch*
PE pt peruano peruana peruanos peruanas
PE it peruviano peruviana peruviani peruviane
VE en Venezuelan
VE fr vénézuélien vénézuélienne vénézuéliens vénézuéliennes
VE es venezolano venezolana venezolanos venezolanas
VE de venezolanisch*
VE pt venezuelano venezuelana venezuelanos venezuelanas
VE it venezuelano venezuelana venezuelani venezuelane
NI en Nicaraguan
NI fr nicaraguayen nicaraguayenne nicaraguayens
NI es nicaragüense nicaragüenses
NI de nicaraguanisch*
NI pt nicaraguense nicaraguenses
NI it nicaraguense nicaraguensi
SV en Salvadoran Salvadorean
SV fr salvadorien salvadorienne salvadoriens
SV es salvadoreño salvadoreña salvadoreños salvadoreñas
SV de salvadorianisch*
SV pt salvadorenho salvadorenha salvadorenhos
SV it salvadoregno salvadoregna salvadoregni
GT en Guatemalan
GT fr guatémaltèque guatémaltèques
GT es guatemalteco guatemalteca guatemaltecos guatemaltecas
GT de guatemaltekisch*
GT pt guatemalteco guatemalteca guatemaltecos
GT it guatemalteco guatemalteca guatemaltechi
HN en Honduran
HN fr hondurien hondurienne honduriens
HN es hondureño hondureña hondureños hondureñas
HN de honduranisch*
HN pt hondurenho hondurenha hondurenhos
HN it honduregno honduregna honduregni
KR en South_Korean
KR fr sud-coréen
KR es surcoreano sudcoreano
KR de südkoreanisch*
KR pt sul-coreano
KR it sudcoreano
KP en North_Korean
KP fr nord-coréen
KP es norcoreano
KP de nordkoreanisch*
KP pt norte-coreano
KP it nordcoreano
"""

# Peoples without a state of their own, in the same shape as `_TABLE` (the code is the
# people's English name): "Tigrayan forces", "les rebelles tchétchènes", "kurdische Kämpfer".
# A form ending in "-" is the combining form of a compound ("serbo-" in "serbo-bosnio").
# A form that is a common word or a city's name in one of the six languages is left out
# ("Chin", "Mon", "Naga"; "vasco" alone would inflect to the Italian "vasca"), and so is one
# equal to a state's nationality ("Kosovar", "cingalês").
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
shiite en Shiite Shia Shi_ite
shiite fr chiite chiites
shiite es chií chiíes chiita chiitas
shiite de schiitisch*
shiite pt xiita xiitas
shiite it sciita sciiti sciite
sunni en Sunni
sunni fr sunnite sunnites
sunni es suní suníes sunita sunitas
sunni de sunnitisch*
sunni pt sunita sunitas
sunni it sunnita sunniti sunnite
tamil en Tamil
tamil fr tamoul tamoule tamouls tamoules
tamil es tamil tamiles
tamil de tamilisch* Tamile Tamilen
tamil pt tâmil tâmeis tamil
tamil it tamil
baloch en Baloch Baluch Balochi Baluchi
baloch fr baloutche
baloch es baluchi baluchis baluche
baloch de belutschisch* Belutsche Belutschen
baloch pt balúchi balúchis baluche
baloch it beluci baluci baloch
uyghur en Uyghur Uighur
uyghur fr ouïghour ouïghoure ouïghours ouïghoures
uyghur es uigur uigures
uyghur de uigurisch* Uigure Uiguren
uyghur pt uigur uigures
uyghur it uiguro
tibetan en Tibetan
tibetan fr tibétain
tibetan es tibetano
tibetan de tibetisch* Tibeter
tibetan pt tibetano
tibetan it tibetano
rohingya en Rohingya
rohingya fr rohingya rohingyas
rohingya es rohinyá rohinyás rohingya rohingyas
rohingya de Rohingya
rohingya pt rohingya rohingyas
rohingya it rohingya
arakanese en Arakanese Rakhine
arakanese fr arakanais rakhine rakhines
arakanese es arakanés rakhine rakhines
arakanese de arakanisch* Rakhine
arakanese pt arakanês rakhine rakhines
arakanese it arakanese rakhine
shan en Shan
shan fr shan shans
shan es shan
shan de Shan
shan pt shan
shan it shan
kokang en Kokang
kokang fr kokang
kokang es kokang
kokang de Kokang
kokang pt kokang
kokang it kokang
taang en Ta'ang Palaung
taang fr ta'ang palaung palaungs
taang es ta'ang palaung
taang de Ta'ang Palaung
taang pt ta'ang palaung
taang it ta'ang palaung
karenni en Karenni
karenni fr karenni karennis
karenni es karenni
karenni de Karenni
karenni pt karenni
karenni it karenni
mizo en Mizo
mizo fr mizo mizos
mizo es mizo
mizo de Mizo
mizo pt mizo
mizo it mizo
kuki en Kuki
kuki fr kuki
kuki es kuki kukis
kuki de Kuki
kuki pt kuki kukis
kuki it kuki
assamese en Assamese
assamese fr assamais
assamese es asamés
assamese de assamesisch*
assamese pt assamês
assamese it assamese
kashmiri en Kashmiri
kashmiri fr cachemiri
kashmiri es cachemires cachemiros
kashmiri de kaschmirisch* Kaschmiri
kashmiri pt caxemiriano caxemires
kashmiri it kashmiro kashmiri
sikh en Sikh
sikh fr sikh sikhs
sikh es sij sijs sikh sikhs
sikh de Sikh Sikhs
sikh pt sikh sikhs sique siques
sikh it sikh
sindhi en Sindhi
sindhi fr sindhi
sindhi es sindhi
sindhi de sindhisch* Sindhi
sindhi pt sindhi
sindhi it sindhi
acehnese en Acehnese Achehnese
acehnese fr acehnais
acehnese es acehnés
acehnese de acehnesisch*
acehnese pt acehnês
acehnese it acehnese
papuan en Papuan
papuan fr papou papoue papous papoues
papuan es papú papúes papúas
papuan de papuanisch* Papua
papuan pt papua papuas papuásio
papuan it papuano papua
hmong en Hmong
hmong fr hmong hmongs
hmong es hmong
hmong de Hmong
hmong pt hmong
hmong it hmong
karakalpak en Karakalpak
karakalpak fr karakalpak karakalpaks
karakalpak es karakalpako karakalpak
karakalpak de karakalpakisch* Karakalpake Karakalpaken
karakalpak pt caracalpaque caracalpaques karakalpak
karakalpak it karakalpako karakalpak
pamiri en Pamiri
pamiri fr pamiri
pamiri es pamirí
pamiri de pamirisch* Pamiri
pamiri pt pamiri pamiris
pamiri it pamiri
alawite en Alawite Alawi
alawite fr alaouite
alawite es alauí alauita alauitas
alawite de alawitisch* Alawit Alawiten
alawite pt alauita alauitas alawita
alawite it alawita alawiti alauita alauiti
yazidi en Yazidi Yezidi Ezidi
yazidi fr yézidi ézidi
yazidi es yazidí yezidí
yazidi de jesidisch* Jeside Jesiden
yazidi pt yazidi yazidis yezidi
yazidi it yazida yazidi yezidi
assyrian en Assyrian
assyrian fr assyrien
assyrian es asirio
assyrian de assyrisch* Assyrer
assyrian pt assírio
assyrian it assiro
maronite en Maronite
maronite fr maronite
maronite es maronita maronitas
maronite de maronitisch* Maronit Maroniten
maronite pt maronita maronitas
maronite it maronita maroniti maronite
ismaili en Ismaili
ismaili fr ismaélien ismaïli
ismaili es ismailí ismaelita ismaelitas
ismaili de ismailitisch* Ismailit Ismailiten
ismaili pt ismaelita ismaelitas ismaili ismailita ismailitas
ismaili it ismailita ismailiti ismaelita ismaeliti
zaydi en Zaydi Zaidi
zaydi fr zaïdite zaydite
zaydi es zaidí zaydí
zaydi de zaiditisch* Zaidit Zaiditen
zaydi pt zaidita zaiditas
zaydi it zaidita zaiditi zaydita zayditi
circassian en Circassian
circassian fr circassien tcherkesse
circassian es circasiano
circassian de tscherkessisch* Tscherkesse Tscherkessen
circassian pt circassiano
circassian it circasso
basque en Basque
basque fr basque
basque es vascos vascas
basque de baskisch* Baske Basken
basque pt basca bascas bascos
basque it basca basche
catalan en Catalan
catalan fr catalan
catalan es catalán
catalan de katalanisch* Katalane Katalanen
catalan pt catalã catalães catalãs
catalan it catalano
ingush en Ingush
ingush fr ingouche
ingush es ingusetios ingush
ingush de inguschisch* Inguschen
ingush pt inguche ingushe
ingush it inguscio inguscia ingusci ingusce
dagestani en Dagestani Daghestani
dagestani fr daghestanais dagestanais
dagestani es daguestaní
dagestani de dagestanisch*
dagestani pt daguestanês
dagestani it daghestano
adjarian en Adjarian Adjaran Ajarian
adjarian fr adjar adjare adjars adjares
adjarian es adjarios ajarios
adjarian de adscharisch*
adjarian pt adjariano
adjarian it agiaro
tatar en Tatar
tatar fr tatar tatare tatars tatares
tatar es tártaros tártaras tátaro
tatar de tatarisch* Tatare Tataren
tatar pt tártaros tártaras tatar tatares
tatar it tataro
transnistrian en Transnistrian Transdniestrian
transnistrian fr transnistrien
transnistrian es transnistriano
transnistrian de transnistrisch*
transnistrian pt transnistriano
transnistrian it transnistriano
cossack en Cossack
cossack fr cosaque
cossack es cosaco
cossack de kosakisch* Kosak Kosaken
cossack pt cossaco
cossack it cosacco cosacchi cosacche
hutu en Hutu
hutu fr hutu hutus
hutu es hutu hutus
hutu de Hutu
hutu pt hutu hutus
hutu it hutu
tutsi en Tutsi
tutsi fr tutsi
tutsi es tutsi tutsis
tutsi de Tutsi
tutsi pt tutsi tutsis
tutsi it tutsi
banyamulenge en Banyamulenge
banyamulenge fr banyamulenge
banyamulenge es banyamulenge
banyamulenge de Banyamulenge
banyamulenge pt banyamulenge
banyamulenge it banyamulenge
hema en Hema
hema fr hema hemas
hema es hema hemas
hema de Hema
hema pt hema hemas
hema it hema
lendu en Lendu
lendu fr lendu lendus
lendu es lendu lendus
lendu de Lendu
lendu pt lendu lendus
lendu it lendu
nuer en Nuer
nuer fr nuer nuers
nuer es nuer
nuer de Nuer
nuer pt nuer
nuer it nuer
dinka en Dinka
dinka fr dinka dinkas
dinka es dinka dinkas
dinka de Dinka
dinka pt dinka dinkas
dinka it dinka
shilluk en Shilluk
shilluk fr shilluk shilluks
shilluk es shilluk
shilluk de Schilluk Shilluk
shilluk pt shilluk
shilluk it shilluk
masalit en Masalit Massalit
masalit fr massalit massalits masalit
masalit es masalit
masalit de Masalit
masalit pt masalit
masalit it masalit
zaghawa en Zaghawa
zaghawa fr zaghawa zaghawas
zaghawa es zaghawa
zaghawa de Zaghawa
zaghawa pt zaghawa
zaghawa it zaghawa
darfuri en Darfuri Darfurian
darfuri fr darfouri darfourien
darfuri es darfurí
darfuri de darfurisch*
darfuri pt darfuriano
darfuri it darfuriano
nuba en Nuba
nuba fr nuba nubas
nuba es nuba nubas
nuba de Nuba
nuba pt nuba nubas
nuba it nuba
baggara en Baggara
baggara fr baggara baggaras
baggara es baggara
baggara de Baggara
baggara pt baggara
baggara it baggara
ogadeni en Ogadeni
ogadeni fr ogadeni
ogadeni es ogadení
ogadeni de ogadenisch*
ogadeni pt ogadeni
ogadeni it ogadeni
sahrawi en Sahrawi Saharawi Sahrawian
sahrawi fr sahraoui
sahrawi es saharaui saharauis
sahrawi de sahrauisch* Sahraui Sahrauis
sahrawi pt saaraui saarauis sarauí sarauís
sahrawi it sahrawi saharawi
berber en Amazigh
berber fr berbère amazigh amazighe amazighs amazighes
berber es bereber bereberes beréber amazig amazigh
berber de berberisch*
berber pt berbere amazigue amazigh
berber it berberi berbere amazigh
kabyle en Kabyle
kabyle fr kabyle
kabyle es cabileño
kabyle de kabylisch* Kabyle Kabylen
kabyle pt cabila cabilas
kabyle it cabilo
igbo en Igbo
igbo fr igbo igbos
igbo es igbo
igbo de Igbo
igbo pt igbo
igbo it igbo
biafran en Biafran
biafran fr biafrais
biafran es biafreño
biafran de biafranisch*
biafran pt biafrense
biafran it biafrano
ijaw en Ijaw
ijaw fr ijaw ijaws
ijaw es ijaw
ijaw de Ijaw
ijaw pt ijaw
ijaw it ijaw
ambazonian en Ambazonian
ambazonian fr ambazonien
ambazonian es ambazoniano
ambazonian de ambazonisch*
ambazonian pt ambazoniano
ambazonian it ambazoniano
cabindan en Cabindan
cabindan fr cabindais
cabindan es cabindés
cabindan de cabindisch*
cabindan pt cabindense cabindês
cabindan it cabindese
casamance en Casamance Casamancais
casamance fr casamançais
casamance es casamanceño
casamance de casamancisch*
casamance pt casamancês
casamance it casamancese
toubou en Toubou Tubu Tebu
toubou fr toubou toubous
toubou es tubu
toubou de Tubu Toubou
toubou pt tubu
toubou it tubu toubou
herero en Herero
herero fr herero hereros héréro héréros
herero es herero
herero de Herero
herero pt herero
herero it herero
ndebele en Ndebele Matabele
ndebele fr ndébélé ndébélés matabélé matabélés
ndebele es ndebele matabele
ndebele de Ndebele Matabele
ndebele pt ndebele matabele
ndebele it ndebele matabele
zulu en Zulu
zulu fr zoulou zoulous
zulu es zulú zulúes
zulu de Zulu Zulus
zulu pt zulu zulus
zulu it zulu zulù
songhai en Songhai Songhay
songhai fr songhaï songhaïs songhay
songhai es songhai songhay
songhai de Songhai
songhai pt songhai
songhai it songhai
dogon en Dogon
dogon fr dogon dogons
dogon es dogón dogones
dogon de Dogon
dogon pt dogon dogons
dogon it dogon
miskito en Miskito Miskitu
miskito fr miskito miskitos
miskito es misquito miskito
miskito de Miskito
miskito pt miskito
miskito it miskito
mapuche en Mapuche
mapuche fr mapuche
mapuche es mapuche
mapuche de Mapuche
mapuche pt mapuche
mapuche it mapuche
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
PT Portugal | Portugal | Portugal | Portugal | Portugal | Portogallo
ES Spain | Espagne | España | Spanien | Espanha | Spagna
IT Italy | Italie | Italia | Italien | Itália | Italia
GR Greece | Grèce | Grecia | Griechenland | Grécia | Grecia
FI Finland | Finlande | Finlandia | Finnland | Finlândia | Finlandia
IE Ireland | Irlande | Irlanda | Irland | Irlanda | Irlanda
PA Panama | Panama | Panamá | Panama | Panamá | Panama
CS Czechoslovakia | Tchécoslovaquie | Checoslovaquia | Tschechoslowakei | Checoslováquia | Cecoslovacchia
SU Soviet Union, USSR | Union soviétique, URSS | Unión Soviética, URSS | Sowjetunion, UdSSR |
   União Soviética, URSS | Unione Sovietica, URSS
XP Prussia | Prusse | Prusia | Preußen | Prússia | Prussia
XH Austria-Hungary | Autriche-Hongrie | Austria-Hungría | Österreich-Ungarn | Áustria-Hungria |
   Austria-Ungheria
YU Yugoslavia | Yougoslavie | Yugoslavia | Jugoslawien | Jugoslávia, Iugoslávia | Jugoslavia
JP Japan | Japon | Japón | Japan | Japão | Giappone
NL Netherlands, Holland | Pays-Bas, Hollande | Países Bajos, Holanda | Niederlande, Holland |
   Países Baixos, Holanda | Paesi Bassi, Olanda
LT Lithuania | Lituanie | Lituania | Litauen | Lituânia | Lituania
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
LK Sri Lanka | Sri Lanka | Sri Lanka | Sri Lanka | Sri Lanka | Sri Lanka
PH Philippines | Philippines | Filipinas | Philippinen | Filipinas | Filippine
CI Ivory Coast, Côte d'Ivoire | Côte d'Ivoire | Costa de Marfil | Elfenbeinküste |
   Costa do Marfim | Costa d'Avorio
MD Moldova | Moldavie, Moldova | Moldavia | Moldau, Moldawien, Moldova | Moldávia | Moldavia
TJ Tajikistan | Tadjikistan | Tayikistán | Tadschikistan | Tajiquistão | Tagikistan
LR Liberia | Liberia | Liberia | Liberia | Libéria | Liberia
SL Sierra Leone | Sierra Leone | Sierra Leona | Sierra Leone | Serra Leoa | Sierra Leone
GN Guinea | Guinée | Guinea | Guinea | Guiné | Guinea
SN Senegal | Sénégal | Senegal | Senegal | Senegal | Senegal
GH Ghana | Ghana | Ghana | Ghana | Gana | Ghana
TG Togo | Togo | Togo | Togo | Togo | Togo
BJ Benin | Bénin | Benín | Benin | Benim | Benin
GA Gabon | Gabon | Gabón | Gabun | Gabão | Gabon
AO Angola | Angola | Angola | Angola | Angola | Angola
ZW Zimbabwe | Zimbabwe | Zimbabue | Simbabwe | Zimbábue | Zimbabwe
DJ Djibouti | Djibouti | Yibuti | Dschibuti | Djibouti | Gibuti
MA Morocco | Maroc | Marruecos | Marokko | Marrocos | Marocco
KW Kuwait | Koweït | Kuwait | Kuwait | Kuwait | Kuwait
IN India | Inde | India | Indien | Índia | India
BD Bangladesh | Bangladesh | Bangladés | Bangladesch | Bangladesh | Bangladesh
NP Nepal | Népal | Nepal | Nepal | Nepal | Nepal
TH Thailand | Thaïlande | Tailandia | Thailand | Tailândia | Thailandia
KH Cambodia | Cambodge | Camboya | Kambodscha | Camboja | Cambogia
VN Vietnam | Viêt Nam, Vietnam | Vietnam | Vietnam | Vietnã, Vietname | Vietnam
ID Indonesia | Indonésie | Indonesia | Indonesien | Indonésia | Indonesia
TL East Timor, Timor-Leste | Timor oriental | Timor Oriental | Osttimor | Timor-Leste | Timor Est
KG Kyrgyzstan | Kirghizistan | Kirguistán | Kirgisistan | Quirguistão | Kirghizistan
UZ Uzbekistan | Ouzbékistan | Uzbekistán | Usbekistan | Uzbequistão | Uzbekistan
KZ Kazakhstan | Kazakhstan | Kazajistán | Kasachstan | Cazaquistão | Kazakistan
BY Belarus | Biélorussie, Bélarus | Bielorrusia | Belarus, Weißrussland | Bielorrússia | Bielorussia
PL Poland | Pologne | Polonia | Polen | Polônia, Polónia | Polonia
ME Montenegro | Monténégro | Montenegro | Montenegro | Montenegro | Montenegro
MK North Macedonia, Macedonia | Macédoine du Nord, Macédoine | Macedonia del Norte |
   Nordmazedonien, Mazedonien | Macedônia do Norte | Macedonia del Nord
SI Slovenia | Slovénie | Eslovenia | Slowenien | Eslovênia, Eslovénia | Slovenia
PE Peru | Pérou | Perú | Peru | Peru | Perù
VE Venezuela | Venezuela | Venezuela | Venezuela | Venezuela | Venezuela
NI Nicaragua | Nicaragua | Nicaragua | Nicaragua | Nicarágua | Nicaragua
SV El Salvador | Salvador | El Salvador | El Salvador | El Salvador | El Salvador
GT Guatemala | Guatemala | Guatemala | Guatemala | Guatemala | Guatemala
HN Honduras | Honduras | Honduras | Honduras | Honduras | Honduras
JO Jordan | Jordanie | Jordania | Jordanien | Jordânia | Giordania
TZ Tanzania | Tanzanie | Tanzania | Tansania | Tanzânia | Tanzania
CG Congo-Brazzaville, Republic of the Congo | Congo-Brazzaville | Congo-Brazzaville |
   Kongo-Brazzaville | Congo-Brazzaville | Congo-Brazzaville
DE Germany | Allemagne | Alemania | Deutschland | Alemanha | Germania
ZA South Africa | Afrique du Sud | Sudáfrica | Südafrika | África do Sul | Sudafrica
KR South Korea | Corée du Sud | Corea del Sur | Südkorea | Coreia do Sul | Corea del Sud
KP North Korea | Corée du Nord | Corea del Norte | Nordkorea | Coreia do Norte | Corea del Nord
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
CG Brazzaville | Brazzaville | Brazzaville | Brazzaville | Brazzaville | Brazzaville
SS Juba | Djouba, Juba | Yuba, Juba | Juba, Dschuba | Juba | Giuba, Juba
CF Bangui | Bangui | Bangui | Bangui | Bangui | Bangui
TD N'Djamena | N'Djamena, N'Djaména | Yamena, N'Djamena | N'Djamena | N'Djamena | N'Djamena
CM Yaoundé | Yaoundé | Yaundé | Jaunde, Yaoundé | Iaundé, Yaoundé | Yaoundé
NG Abuja | Abuja | Abuya, Abuja | Abuja | Abuja | Abuja
MZ Maputo | Maputo | Maputo | Maputo | Maputo | Maputo
PS Ramallah | Ramallah | Ramala | Ramallah | Ramallah | Ramallah
IR Tehran | Téhéran | Teherán | Teheran | Teerã, Teerão | Teheran
TR Ankara | Ankara | Ankara | Ankara | Ancara | Ankara
AZ Baku | Bakou | Bakú | Baku | Baku | Baku
AM Yerevan | Erevan | Ereván | Eriwan, Jerewan | Ierevan, Erevan | Erevan, Yerevan
GE Tbilisi | Tbilissi | Tiflis | Tiflis, Tbilissi | Tbilisi | Tbilisi
PK Islamabad | Islamabad | Islamabad | Islamabad | Islamabad | Islamabad
CO Bogotá | Bogota | Bogotá | Bogotá | Bogotá | Bogotà, Bogotá
MX Mexico City | Mexico | Ciudad de México | Mexiko-Stadt | Cidade do México | Città del Messico
HT Port-au-Prince | Port-au-Prince | Puerto Príncipe | Port-au-Prince | Porto Príncipe | Port-au-Prince
US Washington | Washington | Washington | Washington | Washington | Washington
FR Paris | Paris | París | Paris | Paris | Parigi
GB London | Londres | Londres | London | Londres | Londra
DE Berlin | Berlin | Berlín | Berlin | Berlim | Berlino
CN Beijing, Peking | Pékin | Pekín | Peking | Pequim | Pechino
SA Riyadh | Riyad | Riad | Riad | Riade | Riad
AE Abu Dhabi | Abou Dhabi | Abu Dabi | Abu Dhabi | Abu Dhabi | Abu Dhabi
EG Cairo | Le Caire | El Cairo | Kairo | Cairo | Il Cairo
JO Amman | Amman | Amán | Amman | Amã | Amman
RW Kigali | Kigali | Kigali | Kigali | Kigali | Kigali
BI Gitega, Bujumbura | Gitega, Bujumbura | Gitega, Buyumbura | Gitega, Bujumbura |
   Gitega, Bujumbura | Gitega, Bujumbura
UG Kampala | Kampala | Kampala | Kampala | Kampala | Kampala
TZ Dodoma | Dodoma | Dodoma | Dodoma | Dodoma | Dodoma
KE Nairobi | Nairobi | Nairobi | Nairobi | Nairóbi | Nairobi
ER Asmara | Asmara | Asmara | Asmara | Asmara | Asmara
BA Sarajevo | Sarajevo | Sarajevo | Sarajevo | Sarajevo | Sarajevo
RS Belgrade | Belgrade | Belgrado | Belgrad | Belgrado | Belgrado
HR Zagreb | Zagreb | Zagreb | Zagreb | Zagreb | Zagabria
XK Pristina | Pristina | Pristina | Pristina | Pristina | Pristina
AL Tirana | Tirana | Tirana | Tirana | Tirana | Tirana
DZ Algiers | Alger | Argel | Algier | Argel | Algeri
TN Tunis | Tunis | Túnez | Tunis | Túnis | Tunisi
MR Nouakchott | Nouakchott | Nuakchot | Nouakchott | Nouakchott | Nouakchott
LK Colombo, Sri Jayawardenepura Kotte | Colombo | Colombo | Colombo | Colombo | Colombo
PH Manila | Manille | Manila | Manila | Manila | Manila
CI Abidjan | Abidjan | Abiyán, Abidjan | Abidjan | Abidjan | Abidjan
MD Chișinău, Chisinau | Chisinau | Chisináu | Chișinău, Chisinau, Kischinau | Chisinau | Chișinău, Chisinau
TJ Dushanbe | Douchanbé | Dusambé, Dushanbe | Duschanbe | Duchambe | Dušanbe, Dushanbe
LR Monrovia | Monrovia | Monrovia | Monrovia | Monróvia | Monrovia
SL Freetown | Freetown | Freetown | Freetown | Freetown | Freetown
GN Conakry | Conakry | Conakry | Conakry | Conacri | Conakry
SN Dakar | Dakar | Dakar | Dakar | Dacar | Dakar
GH Accra | Accra | Acra | Accra | Acra | Accra
TG Lomé | Lomé | Lomé | Lomé | Lomé | Lomé
BJ Porto-Novo, Cotonou | Porto-Novo, Cotonou | Porto Novo, Cotonú | Porto-Novo, Cotonou |
   Porto Novo, Cotonou | Porto-Novo, Cotonou
GA Libreville | Libreville | Libreville | Libreville | Libreville | Libreville
AO Luanda | Luanda | Luanda | Luanda | Luanda | Luanda
ZW Harare | Harare | Harare | Harare | Harare | Harare
DJ Djibouti | Djibouti | Yibuti | Dschibuti | Djibouti | Gibuti
MA Rabat | Rabat | Rabat | Rabat | Rabat | Rabat
KW Kuwait City | Koweït | Ciudad de Kuwait | Kuwait-Stadt | Cidade do Kuwait | Kuwait
IN New Delhi, Delhi | New Delhi | Nueva Delhi | Neu-Delhi | Nova Délhi | Nuova Delhi
BD Dhaka | Dacca, Dhaka | Daca | Dhaka | Daca | Dacca
NP Kathmandu | Katmandou | Katmandú | Kathmandu | Catmandu | Katmandu
TH Bangkok | Bangkok | Bangkok | Bangkok | Banguecoque, Bangkok | Bangkok
KH Phnom Penh | Phnom Penh | Nom Pen, Phnom Penh | Phnom Penh | Phnom Penh | Phnom Penh
VN Hanoi | Hanoï | Hanói | Hanoi | Hanói | Hanoi
ID Jakarta | Jakarta | Yakarta | Jakarta | Jacarta | Giacarta
TL Dili | Dili | Dili | Dili | Díli | Dili
KG Bishkek | Bichkek | Biskek | Bischkek | Bisqueque | Biškek, Bishkek
UZ Tashkent | Tachkent | Taskent | Taschkent | Tashkent | Tashkent
KZ Astana | Astana | Astaná | Astana | Astana | Astana
BY Minsk | Minsk | Minsk | Minsk | Minsk | Minsk
PL Warsaw | Varsovie | Varsovia | Warschau | Varsóvia | Varsavia
ME Podgorica | Podgorica | Podgorica | Podgorica | Podgorica | Podgorica
MK Skopje | Skopje | Skopie | Skopje | Escópia, Skopje | Skopje
SI Ljubljana | Ljubljana | Liubliana | Ljubljana | Liubliana | Lubiana
PE Lima | Lima | Lima | Lima | Lima | Lima
VE Caracas | Caracas | Caracas | Caracas | Caracas | Caracas
NI Managua | Managua | Managua | Managua | Manágua | Managua
SV San Salvador | San Salvador | San Salvador | San Salvador | São Salvador | San Salvador
GT Guatemala City | Guatemala | Ciudad de Guatemala | Guatemala-Stadt | Cidade da Guatemala |
   Città del Guatemala
HN Tegucigalpa | Tegucigalpa | Tegucigalpa | Tegucigalpa | Tegucigalpa | Tegucigalpa
ZA Pretoria | Pretoria | Pretoria | Pretoria | Pretória | Pretoria
PT Lisbon | Lisbonne | Lisboa | Lissabon | Lisboa | Lisbona
ES Madrid | Madrid | Madrid | Madrid | Madrid | Madrid
IT Rome | Rome | Roma | Rom | Roma | Roma
GR Athens | Athènes | Atenas | Athen | Atenas | Atene
FI Helsinki | Helsinki | Helsinki | Helsinki | Helsínquia, Helsinque | Helsinki
IE Dublin | Dublin | Dublín | Dublin | Dublin | Dublino
PA Panama City | Panama | Ciudad de Panamá | Panama-Stadt | Cidade do Panamá | Panama
CS Prague | Prague | Praga | Prag | Praga | Praga
SU Moscow | Moscou | Moscú | Moskau | Moscou, Moscovo | Mosca
YU Belgrade | Belgrade | Belgrado | Belgrad | Belgrado | Belgrado
XP Berlin | Berlin | Berlín | Berlin | Berlim | Berlino
XH Vienna | Vienne | Viena | Wien | Viena | Vienna
JP Tokyo | Tokyo | Tokio | Tokio | Tóquio | Tokyo
NL Amsterdam, The Hague | Amsterdam, La Haye | Ámsterdam, La Haya | Amsterdam, Den Haag |
   Amesterdão, Amsterdã, Haia | Amsterdam, L'Aia
LT Vilnius | Vilnius | Vilna | Vilnius, Wilna | Vilnius | Vilnius
KR Seoul | Séoul | Seúl | Seoul | Seul | Seul
KP Pyongyang | Pyongyang | Pionyang | Pjöngjang | Pyongyang | Pyongyang
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
        forms += [f for f in _romance_inflections(forms, lang) if f not in forms]
        forms += [f for f in dict.fromkeys(_other_inflections(forms, lang)) if f not in forms]
        table.setdefault(code, {})[lang] = tuple(forms)
    return table


# The four forms of a Romance adjective in -o: "georgiano, georgiana, georgianos, georgianas".
_ROMANCE_O = {"es": ("o", "a", "os", "as"), "pt": ("o", "a", "os", "as"), "it": ("o", "a", "i", "e")}


def _romance_inflections(forms: list[str], lang: str) -> list[str]:
    """Return the gender and number forms of the -o adjectives of `forms` that the table omits
    ("le truppe georgiane", "las tropas georgianas" when the line lists "georgiano georgiana")."""
    endings = _ROMANCE_O.get(lang)
    if endings is None:
        return []
    regular = [f for f in forms if f.endswith("o") and not f.endswith("ão") and " " not in f]
    return [f[:-1] + e for f in regular for e in endings]


# The gender and number forms of the other regular adjectives, by ending (issue 10: "les forces
# azerbaïdjanaises", "sud-soudanaises" were missing): ending -> the endings replacing it.
_OTHER_ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "fr": (("ien", ("ienne", "iens", "iennes")), ("éen", ("éenne", "éens", "éennes")),
           ("ais", ("aise", "aises")), ("ois", ("oise", "oises")), ("ain", ("aine", "ains", "aines")),
           ("an", ("ane", "ans", "anes")), ("ol", ("ole", "ols", "oles")), ("and", ("ande", "ands", "andes")),
           ("i", ("ie", "is", "ies")), ("e", ("es",))),
    "es": (("és", ("esa", "eses", "esas")), ("án", ("ana", "anes", "anas")), ("í", ("íes", "ís")),
           ("e", ("es",))),
    "pt": (("ês", ("esa", "eses", "esas")), ("e", ("es",))),
    "it": (("ese", ("esi",)), ("ense", ("ensi",))),
}


def _other_inflections(forms: list[str], lang: str) -> list[str]:
    """Return the gender and number forms, by regular ending, of the singular forms of `forms`
    (a form that is another form plus "s" is a plural already: "azéris" of "azéri")."""
    out: list[str] = []
    present = set(forms)
    for form in forms:
        if " " in form or form.endswith("-") or (form.endswith("s") and form[:-1] in present):
            continue
        for ending, others in _OTHER_ENDINGS.get(lang, ()):
            if form.endswith(ending):
                out += [form[: -len(ending)] + other for other in others]
                break
    return out


def continued_lines(source: str) -> list[str]:
    """Return a table's lines, an indented line joined to the one above."""
    lines: list[str] = []
    for line in source.strip().splitlines():
        if line.startswith(" ") and lines:
            lines[-1] += " " + line.strip()
        else:
            lines.append(line)
    return lines


def _parse_country_names(source: str) -> dict[str, dict[str, tuple[str, ...]]]:
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in continued_lines(source):
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


DEMONYMS: dict[str, dict[str, tuple[str, ...]]] = _parse_demonyms(_TABLE + _world._TABLE)
PEOPLES: dict[str, dict[str, tuple[str, ...]]] = _parse_demonyms(_PEOPLES)
# Combining forms of compounds, by country code or people: "serbo-" in "serbo-bosnio".
COMBINING: dict[str, dict[str, tuple[str, ...]]] = _split_combining(DEMONYMS) | _split_combining(PEOPLES)
COUNTRY_NAMES: dict[str, dict[str, tuple[str, ...]]] = _parse_country_names(
    _COUNTRY_NAMES + _world._COUNTRY_NAMES
)
CAPITALS: dict[str, dict[str, tuple[str, ...]]] = _parse_country_names(_CAPITALS + _world._CAPITALS)
