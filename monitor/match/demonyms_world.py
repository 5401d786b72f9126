"""Nationality adjectives, country names and capitals of the other sovereign states (data only).

The countries `demonyms` does not list itself: the other UN member states, the two observer
states (Vatican, Palestine is there already) and Taiwan, so that the detector reads every
country's "{d} troops", "armée de {c}" or "la capitale {d}" alike, not only the countries
someone happened to test. Same three tables and formats as in `demonyms`, which parses each
of them after its own: `_TABLE` (adjectives: "_" joins words, German "*" adds the endings,
the parser adds the regular Romance gender and number forms), `_COUNTRY_NAMES` and
`_CAPITALS` (en | fr | es | de | pt | it, "," between alternatives, an indented line
continues the one above).

Forms that are also common words or other places are left out or written in a longer form:
Spanish "La Paz" ("fuerzas de la paz" are peacekeepers), "Granada" and "granadino" for
Grenada (the Spanish city), German "Island" for Iceland (the English word), "Mauricio" and
"Maurice" alone (first names), Italian "Monaco" alone (Munich), "Antigua" and "Trinidad"
alone (Guatemala, Cuba), "Papuan" alone (Indonesian Papua); French "Dominique" and
"Grenade" only with their article ("la Dominique", "la Grenade"); Dominica's English
adjective is its name ("the Dominica government"), "Dominican" being the Dominican Republic's.
"""

from __future__ import annotations

_TABLE = """\
AD en Andorran
AD fr andorran
AD es andorrano
AD de andorranisch*
AD pt andorrano
AD it andorrano
AG en Antiguan Barbudan
AG fr antiguais antiguais-et-barbudien
AG es antiguano
AG de antiguanisch*
AG pt antiguano
AG it antiguano
AR en Argentine Argentinian
AR fr argentin argentine argentins argentines
AR es argentino
AR de argentinisch*
AR pt argentino
AR it argentino
AU en Australian
AU fr australien
AU es australiano
AU de australisch*
AU pt australiano
AU it australiano
AT en Austrian
AT fr autrichien
AT es austriaco austríaco
AT de österreichisch*
AT pt austríaco
AT it austriaco austriaci austriache
BS en Bahamian
BS fr bahaméen bahamien
BS es bahameño
BS de bahamaisch*
BS pt bahamense bahamiano
BS it bahamense bahamensi bahamiano
BH en Bahraini
BH fr bahreïni bahreïnien
BH es bareiní bahreiní
BH de bahrainisch*
BH pt bareinita bareinitas bahreinita bahreinitas
BH it bahreinita bahreiniti bahreinite
BB en Barbadian Bajan
BB fr barbadien
BB es barbadense
BB de barbadisch*
BB pt barbadiano barbadense
BB it barbadiano
BE en Belgian
BE fr belge
BE es belga belgas
BE de belgisch*
BE pt belga belgas
BE it belga belgi belghe
BZ en Belizean
BZ fr bélizien
BZ es beliceño
BZ de belizisch*
BZ pt belizenho
BZ it beliziano
BT en Bhutanese
BT fr bhoutanais
BT es butanés
BT de bhutanisch*
BT pt butanês
BT it bhutanese
BO en Bolivian
BO fr bolivien
BO es boliviano
BO de bolivianisch*
BO pt boliviano
BO it boliviano
BW en Botswanan Motswana Batswana
BW fr botswanais
BW es botsuano botswanés
BW de botswanisch* botsuanisch*
BW pt botsuano botswanês
BW it botswano botswaniano
BR en Brazilian
BR fr brésilien
BR es brasileño
BR de brasilianisch*
BR pt brasileiro
BR it brasiliano
BN en Bruneian
BN fr brunéien
BN es bruneano
BN de bruneiisch*
BN pt bruneano
BN it bruneiano
BG en Bulgarian
BG fr bulgare
BG es búlgaro
BG de bulgarisch*
BG pt búlgaro
BG it bulgaro
CV en Cape_Verdean Cabo_Verdean
CV fr cap-verdien capverdien
CV es caboverdiano
CV de kap-verdisch* kapverdisch*
CV pt cabo-verdiano
CV it capoverdiano
KM en Comorian Comoran
KM fr comorien
KM es comorense
KM de komorisch*
KM pt comoriano comorense
KM it comoriano
CA en Canadian
CA fr canadien
CA es canadiense
CA de kanadisch*
CA pt canadense canadiano
CA it canadese
CL en Chilean
CL fr chilien
CL es chileno
CL de chilenisch*
CL pt chileno
CL it cileno
CR en Costa_Rican
CR fr costaricien costaricain
CR es costarricense
CR de costa-ricanisch*
CR pt costarriquenho costa-riquenho costarriquense
CR it costaricano costaricense
CU en Cuban
CU fr cubain
CU es cubano
CU de kubanisch*
CU pt cubano
CU it cubano
CY en Cypriot Cypriote
CY fr chypriote
CY es chipriota chipriotas
CY de zyprisch* zypriotisch*
CY pt cipriota cipriotas
CY it cipriota ciprioti cipriote
CZ en Czech
CZ fr tchèque
CZ es checo
CZ de tschechisch*
CZ pt checo tcheco
CZ it ceco ceca cechi ceche
DK en Danish
DK fr danois
DK es danés
DK de dänisch*
DK pt dinamarquês
DK it danese
DM en Dominica
DM fr dominiquais
DM es dominiqués
DM de dominicanisch*
DM pt dominiquense
DM it dominicense
DO en Dominican
DO fr dominicain
DO es dominicano
DO de dominikanisch*
DO pt dominicano
DO it dominicano
EC en Ecuadorian Ecuadorean
EC fr équatorien
EC es ecuatoriano
EC de ecuadorianisch*
EC pt equatoriano
EC it ecuadoriano ecuadoregno
GQ en Equatoguinean Equatorial_Guinean
GQ fr équato-guinéen
GQ es ecuatoguineano
GQ de äquatorialguineisch*
GQ pt equato-guineense
GQ it equatoguineano
EE en Estonian
EE fr estonien
EE es estonio
EE de estnisch*
EE pt estoniano estónio estônio
EE it estone estoni
SZ en Swazi Eswatini Liswati
SZ fr swazi eswatinien
SZ es suazi suazis
SZ de swasiländisch* eswatinisch*
SZ pt suazi suazis
SZ it swazi
FJ en Fijian
FJ fr fidjien
FJ es fiyiano
FJ de fidschianisch*
FJ pt fijiano
FJ it figiano
GM en Gambian
GM fr gambien
GM es gambiano
GM de gambisch*
GM pt gambiano
GM it gambiano
GD en Grenadian
GD fr grenadien
GD es grenadino
GD de grenadisch*
GD pt grenadino
GD it grenadino
GW en Bissau-Guinean
GW fr bissau-guinéen
GW es bisauguineano
GW de guinea-bissauisch*
GW pt bissau-guineense
GW it bissauguineano
GY en Guyanese
GY fr guyanien
GY es guyanés
GY de guyanisch*
GY pt guianense
GY it guyanese
HU en Hungarian
HU fr hongrois
HU es húngaro
HU de ungarisch*
HU pt húngaro
HU it ungherese
IS en Icelandic
IS fr islandais
IS es islandés
IS de isländisch*
IS pt islandês
IS it islandese
JM en Jamaican
JM fr jamaïcain
JM es jamaicano jamaiquino
JM de jamaikanisch*
JM pt jamaicano
JM it giamaicano
KI en I-Kiribati
KI fr kiribatien
KI es kiribatiano
KI de kiribatisch*
KI pt kiribatiano
KI it kiribatiano
LA en Lao Laotian
LA fr laotien
LA es laosiano
LA de laotisch*
LA pt laosiano
LA it laotiano
LV en Latvian
LV fr letton lettone lettons lettones
LV es letón letona letones letonas
LV de lettisch*
LV pt letão letã letões letãs
LV it lettone lettoni
LS en Basotho Mosotho
LS fr lesothan
LS es lesotense
LS de lesothisch*
LS pt lesotiano
LS it lesothiano
LI en Liechtensteiner
LI fr liechtensteinois
LI es liechtensteiniano
LI de liechtensteinisch*
LI pt liechtensteiniense
LI it liechtensteinese
LU en Luxembourgish Luxembourger
LU fr luxembourgeois
LU es luxemburgués
LU de luxemburgisch*
LU pt luxemburguês
LU it lussemburghese
MG en Malagasy Madagascan
MG fr malgache
MG es malgache
MG de madagassisch*
MG pt malgaxe
MG it malgascio malgasci malgasce
MW en Malawian
MW fr malawien malawite
MW es malauí malawiano
MW de malawisch*
MW pt malawiano malauiano
MW it malawiano
MY en Malaysian
MY fr malaisien
MY es malasio
MY de malaysisch*
MY pt malaísio malásio
MY it malaysiano malaysiani
MV en Maldivian
MV fr maldivien
MV es maldivo
MV de maledivisch*
MV pt maldívio
MV it maldiviano
MT en Maltese
MT fr maltais
MT es maltés
MT de maltesisch*
MT pt maltês
MT it maltese
MH en Marshallese
MH fr marshallais
MH es marshalés
MH de marshallisch*
MH pt marshallino
MH it marshallese
MU en Mauritian
MU fr mauricien
MU es mauriciano
MU de mauritisch*
MU pt mauriciano
MU it mauriziano
FM en Micronesian
FM fr micronésien
FM es micronesio
FM de mikronesisch*
FM pt micronésio
FM it micronesiano
MC en Monegasque Monacan
MC fr monégasque
MC es monegasco
MC de monegassisch*
MC pt monegasco
MC it monegasco monegaschi monegasche
MN en Mongolian
MN fr mongol
MN es mongol mongola mongoles mongolas
MN de mongolisch*
MN pt mongol mongóis
MN it mongolo
NA en Namibian
NA fr namibien
NA es namibio
NA de namibisch*
NA pt namibiano
NA it namibiano
NR en Nauruan
NR fr nauruan
NR es nauruano
NR de nauruisch*
NR pt nauruano
NR it nauruano
NZ en New_Zealand New_Zealander
NZ fr néo-zélandais
NZ es neozelandés
NZ de neuseeländisch*
NZ pt neozelandês
NZ it neozelandese
NO en Norwegian
NO fr norvégien
NO es noruego
NO de norwegisch*
NO pt norueguês
NO it norvegese
OM en Omani
OM fr omanais
OM es omaní
OM de omanisch*
OM pt omanense omani
OM it omanita omaniti omanite
PW en Palauan
PW fr palaois
PW es palauano
PW de palauisch*
PW pt palauense
PW it palauano
PG en Papua_New_Guinean
PG fr papouan-néo-guinéen
PG es papuanoguineano
PG de papua-neuguineisch*
PG pt papua-nova-guineense
PG it papuano-guineano
PY en Paraguayan
PY fr paraguayen paraguayenne paraguayens paraguayennes
PY es paraguayo
PY de paraguayisch*
PY pt paraguaio
PY it paraguaiano
QA en Qatari
QA fr qatari qatarien
QA es catarí qatarí
QA de katarisch*
QA pt catari cataris catariano
QA it qatariota qatarioti qatariote
RO en Romanian Rumanian
RO fr roumain
RO es rumano
RO de rumänisch*
RO pt romeno
RO it romeno rumeno
KN en Kittitian Nevisian
KN fr kittitien névicien
KN es sancristobaleño
KN de kittitisch*
KN pt são-cristovense
KN it kittitiano
LC en Saint_Lucian St._Lucian
LC fr saint-lucien
LC es santalucense
LC de lucianisch*
LC pt santa-lucense
LC it santaluciano
VC en Vincentian
VC fr vincentais
VC es sanvicentino
VC de vincentisch*
VC pt são-vicentino
VC it sanvincentino
WS en Samoan
WS fr samoan
WS es samoano
WS de samoanisch*
WS pt samoano
WS it samoano
SM en Sammarinese
SM fr saint-marinais
SM es sanmarinense
SM de san-marinesisch* sanmarinesisch*
SM pt são-marinense
SM it sammarinese
ST en Santomean São_Toméan
ST fr santoméen
ST es santotomense
ST de são-toméisch*
ST pt são-tomense santomense
ST it santomense
SC en Seychellois
SC fr seychellois
SC es seychellense
SC de seychellisch*
SC pt seichelense
SC it seychellese
SG en Singaporean
SG fr singapourien
SG es singapurense
SG de singapurisch*
SG pt singapurense singapuriano
SG it singaporiano
SK en Slovak Slovakian
SK fr slovaque
SK es eslovaco
SK de slowakisch*
SK pt eslovaco
SK it slovacco slovacca slovacchi slovacche
SB en Solomon_Islander Solomon_Islands
SB fr salomonais
SB es salomonense
SB de salomonisch*
SB pt salomonense
SB it salomonese
SR en Surinamese
SR fr surinamais
SR es surinamés
SR de surinamisch*
SR pt surinamês
SR it surinamese
SE en Swedish
SE fr suédois
SE es sueco
SE de schwedisch*
SE pt sueco
SE it svedese
CH en Swiss
CH fr suisse
CH es suizo
CH de schweizerisch* Schweizer
CH pt suíço
CH it svizzero
TW en Taiwanese
TW fr taïwanais
TW es taiwanés
TW de taiwanisch*
TW pt taiwanês
TW it taiwanese
TO en Tongan
TO fr tongien
TO es tongano
TO de tongaisch*
TO pt tonganês tongano
TO it tongano
TT en Trinidadian Tobagonian
TT fr trinidadien
TT es trinitense
TT de trinidadisch*
TT pt trinidadiano
TT it trinidadiano
TM en Turkmen Turkmenistani
TM fr turkmène
TM es turcomano turkmeno
TM de turkmenisch*
TM pt turcomeno turcomano
TM it turkmeno
TV en Tuvaluan
TV fr tuvaluan
TV es tuvaluano
TV de tuvaluisch*
TV pt tuvaluano
TV it tuvaluano
UY en Uruguayan
UY fr uruguayen uruguayenne uruguayens uruguayennes
UY es uruguayo
UY de uruguayisch*
UY pt uruguaio
UY it uruguaiano
VU en Ni-Vanuatu Vanuatuan
VU fr vanuatais
VU es vanuatuense
VU de vanuatuisch*
VU pt vanuatuense
VU it vanuatuano
VA en Vatican
VA fr vatican
VA es vaticano
VA de vatikanisch*
VA pt vaticano
VA it vaticano
ZM en Zambian
ZM fr zambien
ZM es zambiano
ZM de sambisch*
ZM pt zambiano
ZM it zambiano
"""

# Country names: en | fr | es | de | pt | it, alternatives separated by commas; an indented
# line continues the one above.
_COUNTRY_NAMES = """\
AD Andorra | Andorre | Andorra | Andorra | Andorra | Andorra
AG Antigua and Barbuda | Antigua-et-Barbuda | Antigua y Barbuda | Antigua und Barbuda |
   Antígua e Barbuda | Antigua e Barbuda
AR Argentina | Argentine | Argentina | Argentinien | Argentina | Argentina
AU Australia | Australie | Australia | Australien | Austrália | Australia
AT Austria | Autriche | Austria | Österreich | Áustria | Austria
BS Bahamas, The Bahamas | Bahamas | Bahamas | Bahamas | Bahamas | Bahamas
BH Bahrain | Bahreïn | Baréin, Bahréin | Bahrain | Bahrein, Barém | Bahrein, Bahrain
BB Barbados | Barbade | Barbados | Barbados | Barbados | Barbados
BE Belgium | Belgique | Bélgica | Belgien | Bélgica | Belgio
BZ Belize | Belize | Belice | Belize | Belize | Belize
BT Bhutan | Bhoutan | Bután | Bhutan | Butão | Bhutan
BO Bolivia | Bolivie | Bolivia | Bolivien | Bolívia | Bolivia
BW Botswana | Botswana | Botsuana | Botswana, Botsuana | Botsuana, Botswana | Botswana
BR Brazil | Brésil | Brasil | Brasilien | Brasil | Brasile
BN Brunei | Brunei, Brunéi | Brunéi | Brunei | Brunei | Brunei
BG Bulgaria | Bulgarie | Bulgaria | Bulgarien | Bulgária | Bulgaria
CV Cape Verde, Cabo Verde | Cap-Vert | Cabo Verde | Kap Verde | Cabo Verde | Capo Verde
KM Comoros | Comores | Comoras | Komoren | Comores | Comore
CA Canada | Canada | Canadá | Kanada | Canadá | Canada
CL Chile | Chili | Chile | Chile | Chile | Cile
CR Costa Rica | Costa Rica | Costa Rica | Costa Rica | Costa Rica | Costa Rica
CU Cuba | Cuba | Cuba | Kuba | Cuba | Cuba
CY Cyprus | Chypre | Chipre | Zypern | Chipre | Cipro
CZ Czech Republic, Czechia | République tchèque, Tchéquie | República Checa, Chequia |
   Tschechien, Tschechische Republik | República Checa, Chéquia, Tchéquia | Repubblica Ceca, Cechia
DK Denmark | Danemark | Dinamarca | Dänemark | Dinamarca | Danimarca
DM Dominica | la Dominique | Dominica | Dominica | Dominica | Dominica
DO Dominican Republic | République dominicaine | República Dominicana | Dominikanische Republik |
   República Dominicana | Repubblica Dominicana
EC Ecuador | Équateur | Ecuador | Ecuador | Equador | Ecuador
GQ Equatorial Guinea | Guinée équatoriale | Guinea Ecuatorial | Äquatorialguinea | Guiné Equatorial |
   Guinea Equatoriale
EE Estonia | Estonie | Estonia | Estland | Estónia, Estônia | Estonia
SZ Eswatini, Swaziland | Eswatini, Swaziland | Esuatini, Suazilandia | Eswatini, Swasiland |
   Essuatíni, Suazilândia | Eswatini, Swaziland
FJ Fiji | Fidji | Fiyi | Fidschi | Fiji | Figi
GM Gambia, The Gambia | Gambie | Gambia | Gambia | Gâmbia | Gambia
GD Grenada | la Grenade | Grenada | Grenada | Grenada | Grenada
GW Guinea-Bissau | Guinée-Bissau | Guinea-Bisáu, Guinea-Bissau | Guinea-Bissau | Guiné-Bissau |
   Guinea-Bissau
GY Guyana | Guyana | Guyana | Guyana | Guiana | Guyana
HU Hungary | Hongrie | Hungría | Ungarn | Hungria | Ungheria
IS Iceland | Islande | Islandia | Republik Island | Islândia | Islanda
JM Jamaica | Jamaïque | Jamaica | Jamaika | Jamaica | Giamaica
KI Kiribati | Kiribati | Kiribati | Kiribati | Quiribati, Kiribati | Kiribati
LA Laos | Laos | Laos | Laos | Laos | Laos
LV Latvia | Lettonie | Letonia | Lettland | Letónia, Letônia | Lettonia
LS Lesotho | Lesotho | Lesoto | Lesotho | Lesoto | Lesotho
LI Liechtenstein | Liechtenstein | Liechtenstein | Liechtenstein | Liechtenstein | Liechtenstein
LU Luxembourg | Luxembourg | Luxemburgo | Luxemburg | Luxemburgo | Lussemburgo
MG Madagascar | Madagascar | Madagascar | Madagaskar | Madagáscar, Madagascar | Madagascar
MW Malawi | Malawi | Malaui | Malawi | Malawi, Malaui | Malawi
MY Malaysia | Malaisie | Malasia | Malaysia | Malásia, Malaísia | Malaysia, Malesia
MV Maldives | Maldives | Maldivas | Malediven | Maldivas | Maldive
MT Malta | Malte | Malta | Malta | Malta | Malta
MH Marshall Islands | Îles Marshall | Islas Marshall | Marshallinseln | Ilhas Marshall | Isole Marshall
MU Mauritius | île Maurice | isla Mauricio | Mauritius | Maurícia | Mauritius
FM Micronesia, Federated States of Micronesia | Micronésie | Micronesia | Mikronesien | Micronésia |
   Micronesia
MC Monaco | Monaco | Mónaco | Monaco | Mônaco, Mónaco | Principato di Monaco
MN Mongolia | Mongolie | Mongolia | Mongolei | Mongólia | Mongolia
NA Namibia | Namibie | Namibia | Namibia | Namíbia | Namibia
NR Nauru | Nauru | Nauru | Nauru | Nauru | Nauru
NZ New Zealand | Nouvelle-Zélande | Nueva Zelanda | Neuseeland | Nova Zelândia | Nuova Zelanda
NO Norway | Norvège | Noruega | Norwegen | Noruega | Norvegia
OM Oman | Oman | Omán | Oman | Omã | Oman
PW Palau | Palaos | Palaos | Palau | Palau | Palau
PG Papua New Guinea | Papouasie-Nouvelle-Guinée | Papúa Nueva Guinea | Papua-Neuguinea |
   Papua-Nova Guiné | Papua Nuova Guinea
PY Paraguay | Paraguay | Paraguay | Paraguay | Paraguai | Paraguay
QA Qatar | Qatar | Catar, Qatar | Katar | Catar, Qatar | Qatar
RO Romania | Roumanie | Rumania, Rumanía | Rumänien | Romênia, Roménia | Romania
KN Saint Kitts and Nevis, St. Kitts and Nevis | Saint-Christophe-et-Niévès, Saint-Kitts-et-Nevis |
   San Cristóbal y Nieves | St. Kitts und Nevis | São Cristóvão e Névis | Saint Kitts e Nevis
LC Saint Lucia, St. Lucia | Sainte-Lucie | Santa Lucía | St. Lucia | Santa Lúcia | Santa Lucia
VC Saint Vincent and the Grenadines, St. Vincent and the Grenadines | Saint-Vincent-et-les-Grenadines |
   San Vicente y las Granadinas | St. Vincent und die Grenadinen | São Vicente e Granadinas |
   Saint Vincent e Grenadine
WS Samoa | Samoa | Samoa | Samoa | Samoa | Samoa
SM San Marino | Saint-Marin | San Marino | San Marino | San Marino | San Marino
ST São Tomé and Príncipe | Sao Tomé-et-Principe | Santo Tomé y Príncipe | São Tomé und Príncipe |
   São Tomé e Príncipe | São Tomé e Príncipe
SC Seychelles | Seychelles | Seychelles | Seychellen | Seicheles, Seychelles | Seychelles
SG Singapore | Singapour | Singapur | Singapur | Singapura | Singapore
SK Slovakia | Slovaquie | Eslovaquia | Slowakei | Eslováquia | Slovacchia
SB Solomon Islands | Îles Salomon | Islas Salomón | Salomonen | Ilhas Salomão | Isole Salomone
SR Suriname | Suriname | Surinam | Suriname | Suriname | Suriname
SE Sweden | Suède | Suecia | Schweden | Suécia | Svezia
CH Switzerland | Suisse | Suiza | Schweiz | Suíça | Svizzera
TW Taiwan | Taïwan | Taiwán | Taiwan | Taiwan | Taiwan
TO Tonga | Tonga | Tonga | Tonga | Tonga | Tonga
TT Trinidad and Tobago | Trinité-et-Tobago | Trinidad y Tobago | Trinidad und Tobago | Trinidad e Tobago |
   Trinidad e Tobago
TM Turkmenistan | Turkménistan | Turkmenistán | Turkmenistan | Turquemenistão | Turkmenistan
TV Tuvalu | Tuvalu | Tuvalu | Tuvalu | Tuvalu | Tuvalu
UY Uruguay | Uruguay | Uruguay | Uruguay | Uruguai | Uruguay
VU Vanuatu | Vanuatu | Vanuatu | Vanuatu | Vanuatu | Vanuatu
VA Vatican, Holy See, Vatican City | Vatican, Saint-Siège | Vaticano, Santa Sede | Vatikan, Heiliger Stuhl |
   Vaticano, Santa Sé | Vaticano, Santa Sede
ZM Zambia | Zambie | Zambia | Sambia | Zâmbia | Zambia
"""

# Capitals, used as the seat of a government ("les forces de Kiev", "Moskaus Truppen"):
# en | fr | es | de | pt | it, alternatives separated by commas.
_CAPITALS = """\
AD Andorra la Vella | Andorre-la-Vieille | Andorra la Vieja | Andorra la Vella | Andorra-a-Velha |
   Andorra la Vecchia
AG Saint John's, St. John's | Saint John's | Saint John's | St. John's | Saint John's | Saint John's
AR Buenos Aires | Buenos Aires | Buenos Aires | Buenos Aires | Buenos Aires | Buenos Aires
AU Canberra | Canberra | Canberra | Canberra | Camberra, Canberra | Canberra
AT Vienna | Vienne | Viena | Wien | Viena | Vienna
BS Nassau | Nassau | Nasáu, Nassau | Nassau | Nassau | Nassau
BH Manama | Manama | Manama | Manama | Manama | Manama
BB Bridgetown | Bridgetown | Bridgetown | Bridgetown | Bridgetown | Bridgetown
BE Brussels | Bruxelles | Bruselas | Brüssel | Bruxelas | Bruxelles
BZ Belmopan | Belmopan | Belmopán | Belmopan | Belmopã, Belmopan | Belmopan
BT Thimphu | Thimphou | Timbu, Thimphu | Thimphu | Timbu, Thimphu | Thimphu
BO Sucre, La Paz | Sucre, La Paz | Sucre | Sucre, La Paz | Sucre, La Paz | Sucre, La Paz
BW Gaborone | Gaborone | Gaborone | Gaborone | Gaborone | Gaborone
BR Brasília, Brasilia | Brasilia | Brasilia | Brasília | Brasília | Brasilia
BN Bandar Seri Begawan | Bandar Seri Begawan | Bandar Seri Begawan | Bandar Seri Begawan |
   Bandar Seri Begawan | Bandar Seri Begawan
BG Sofia | Sofia | Sofía | Sofia | Sófia | Sofia
CV Praia | Praia | Praia | Praia | Praia | Praia
KM Moroni | Moroni | Moroni | Moroni | Moroni | Moroni
CA Ottawa | Ottawa | Ottawa | Ottawa | Otava, Ottawa | Ottawa
CL Santiago | Santiago | Santiago, Santiago de Chile | Santiago de Chile, Santiago | Santiago |
   Santiago del Cile, Santiago
CR San José | San José | San José | San José | São José, San José | San José
CU Havana | La Havane | La Habana | Havanna | Havana | L'Avana
CY Nicosia | Nicosie | Nicosia | Nikosia | Nicósia | Nicosia
CZ Prague | Prague | Praga | Prag | Praga | Praga
DK Copenhagen | Copenhague | Copenhague | Kopenhagen | Copenhaga | Copenaghen
DM Roseau | Roseau | Roseau | Roseau | Roseau | Roseau
DO Santo Domingo | Saint-Domingue | Santo Domingo | Santo Domingo | São Domingos, Santo Domingo |
   Santo Domingo
EC Quito | Quito | Quito | Quito | Quito | Quito
GQ Malabo | Malabo | Malabo | Malabo | Malabo | Malabo
EE Tallinn | Tallinn | Tallin | Tallinn | Talim, Tallinn | Tallinn
SZ Mbabane, Lobamba | Mbabane, Lobamba | Mbabane, Lobamba | Mbabane, Lobamba | Mbabane, Lobamba |
   Mbabane, Lobamba
FJ Suva | Suva | Suva | Suva | Suva | Suva
GM Banjul | Banjul | Banjul | Banjul | Banjul | Banjul
GD Saint George's, St. George's | Saint George's | Saint George's | St. George's | Saint George's |
   Saint George's
GW Bissau | Bissau | Bisáu, Bissau | Bissau | Bissau | Bissau
GY Georgetown | Georgetown | Georgetown | Georgetown | Georgetown | Georgetown
HU Budapest | Budapest | Budapest | Budapest | Budapeste | Budapest
IS Reykjavík, Reykjavik | Reykjavik | Reikiavik, Reykjavik | Reykjavík | Reiquiavique, Reykjavik |
   Reykjavík
JM Kingston | Kingston | Kingston | Kingston | Kingston | Kingston
KI Tarawa, South Tarawa | Tarawa-Sud, Tarawa | Tarawa Sur, Tarawa | Süd-Tarawa, Tarawa |
   Tarawa do Sul, Tarawa | Tarawa Sud, Tarawa
LA Vientiane | Vientiane | Vientián | Vientiane | Vienciana, Vientiane | Vientiane
LV Riga | Riga | Riga | Riga | Riga | Riga
LS Maseru | Maseru | Maseru | Maseru | Maseru | Maseru
LI Vaduz | Vaduz | Vaduz | Vaduz | Vaduz | Vaduz
LU Luxembourg | Luxembourg | Luxemburgo | Luxemburg | Luxemburgo | Lussemburgo
MG Antananarivo | Antananarivo, Tananarive | Antananarivo | Antananarivo | Antananarivo | Antananarivo
MW Lilongwe | Lilongwe | Lilongüe, Lilongwe | Lilongwe | Lilongwe | Lilongwe
MY Kuala Lumpur, Putrajaya | Kuala Lumpur, Putrajaya | Kuala Lumpur, Putrajaya | Kuala Lumpur, Putrajaya |
   Kuala Lumpur, Putrajaya | Kuala Lumpur, Putrajaya
MV Malé | Malé | Malé | Malé | Malé | Malé
MT Valletta | La Valette | La Valeta | Valletta | Valeta | La Valletta
MH Majuro | Majuro | Majuro | Majuro | Majuro | Majuro
MU Port Louis | Port-Louis | Port Louis | Port Louis | Port Louis | Port Louis
FM Palikir | Palikir | Palikir | Palikir | Palikir | Palikir
MC Monaco | Monaco | Mónaco | Monaco | Mônaco, Mónaco | Monaco-Ville
MN Ulaanbaatar, Ulan Bator | Oulan-Bator | Ulán Bator | Ulaanbaatar, Ulan-Bator | Ulan Bator, Ulaanbaatar |
   Ulan Bator
NA Windhoek | Windhoek | Windhoek | Windhuk, Windhoek | Windhoek | Windhoek
NR Yaren | Yaren | Yaren | Yaren | Yaren | Yaren
NZ Wellington | Wellington | Wellington | Wellington | Wellington | Wellington
NO Oslo | Oslo | Oslo | Oslo | Oslo | Oslo
OM Muscat | Mascate | Mascate | Maskat | Mascate | Mascate
PW Ngerulmud | Ngerulmud | Ngerulmud | Ngerulmud | Ngerulmud | Ngerulmud
PG Port Moresby | Port Moresby | Puerto Moresby, Port Moresby | Port Moresby | Port Moresby | Port Moresby
PY Asunción | Asuncion, Asunción | Asunción | Asunción | Assunção | Asunción
QA Doha | Doha | Doha | Doha | Doha | Doha
RO Bucharest | Bucarest | Bucarest | Bukarest | Bucareste | Bucarest
KN Basseterre | Basseterre | Basseterre | Basseterre | Basseterre | Basseterre
LC Castries | Castries | Castries | Castries | Castries | Castries
VC Kingstown | Kingstown | Kingstown | Kingstown | Kingstown | Kingstown
WS Apia | Apia | Apia | Apia | Ápia, Apia | Apia
SM San Marino | Saint-Marin | San Marino | San Marino | San Marino | San Marino
ST São Tomé | Sao Tomé | Santo Tomé | São Tomé | São Tomé | São Tomé
SC Victoria | Victoria | Victoria | Victoria | Victoria | Victoria
SG Singapore | Singapour | Singapur | Singapur | Singapura | Singapore
SK Bratislava | Bratislava | Bratislava | Bratislava | Bratislava | Bratislava
SB Honiara | Honiara | Honiara | Honiara | Honiara | Honiara
SR Paramaribo | Paramaribo | Paramaribo | Paramaribo | Paramaribo | Paramaribo
SE Stockholm | Stockholm | Estocolmo | Stockholm | Estocolmo | Stoccolma
CH Bern, Berne | Berne | Berna | Bern | Berna | Berna
TW Taipei | Taipei, Taïpei | Taipéi, Taipei | Taipeh, Taipei | Taipé, Taipei | Taipei
TO Nuku'alofa | Nuku'alofa | Nukualofa, Nuku'alofa | Nuku'alofa | Nucualofa, Nuku'alofa |
   Nuku'alofa
TT Port of Spain | Port-d'Espagne, Port of Spain | Puerto España | Port of Spain | Porto de Espanha |
   Port of Spain
TM Ashgabat | Achgabat | Asjabad | Aschgabat | Asgabate | Aşgabat, Ashgabat
TV Funafuti | Funafuti | Funafuti | Funafuti | Funafuti | Funafuti
UY Montevideo | Montevideo | Montevideo | Montevideo | Montevidéu | Montevideo
VU Port Vila | Port-Vila | Port Vila | Port Vila | Port Vila | Port Vila
VA Vatican City | Cité du Vatican | Ciudad del Vaticano | Vatikanstadt | Cidade do Vaticano |
   Città del Vaticano
ZM Lusaka | Lusaka | Lusaka | Lusaka | Lusaca, Lusaka | Lusaka
"""
