"""Build the non-person part of the actor knowledge base under data/actors/ (format: docs/actors.md).

Writes
  data/actors/countries.jsonl      one line per CAMEO country/region code: names, adjectives with their inflected
                                   forms, capitals and seats of power, per language
  data/actors/organisations.jsonl  IGOs, UN bodies, NGOs, non-state armed groups, blocs, news agencies and media
  data/actors/agents/<lang>.tsv    role words → CAMEO type codes, for fr, en, es, de, ru, ar

Sources (read at build time only; nothing here runs at run time):
  - CAMEO country codes: ../shared/reference/cameo/cameo_actor_country_type_codes.json (the list of codes to cover,
    and the valid type codes);
  - CountryInfo.120116.txt (Schrodt 2012, ../shared/reference/dictionaries/): ISO 3166 alpha-2 codes, English
    capitals and nationality adjectives, used as defaults and cross-checked against the tables below;
  - the Unicode CLDR via Babel (`pip install babel`): country and region names in every language, capital names
    (CLDR exemplar cities of time zones);
  - the Phoenix dictionaries of petrarch2 (../shared/reference/dictionaries/petrarch2/): Phoenix.agents.txt is the
    base of the English agents file; Phoenix.International/MilNonState.actors.txt give the CAMEO codes of IGOs,
    NGOs and armed groups (the organisation table below follows them and brings them up to 2026);
  - the UniversalPetrarch Spanish dictionaries were read for the Spanish agents and names (their agents file is a
    machine translation with many wrong codes, so the Spanish agents below are written by hand);
  - the word-form → lemma tables shipped in data/lang/<code>/lemmas.json.gz and the installed spaCy pipelines, to
    add the lemma sequence of multiword role words in the form the event coder looks them up;
  - everything else (adjectives and their inflections, case forms, seats of power, organisation names, agents for
    fr/es/de/ru/ar) is written by hand in the tables of this file (MIT, this project).

Run: .venv/bin/python scripts/build_actor_data.py [--reference ../shared/reference]
         [--only countries|organisations|agents]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "actors"
LANGS = ["fr", "en", "es", "de", "ru", "ar", "uk", "it", "pt"]
LATIN = ["fr", "en", "es", "de", "it", "pt"]

# ---------------------------------------------------------------------------------------------------------------
# Countries: identifiers
# ---------------------------------------------------------------------------------------------------------------

# CAMEO codes that differ from ISO 3166 alpha-3, and the CAMEO regions (no ISO code).
CAMEO_TO_ISO2 = {"ROM": "RO", "MTN": "ME", "TMP": "TL", "ANT": "AN", "IMY": "IM"}
REGIONS = {"AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT", "MEA",
           "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST"}

# Wikidata items of countries and regions (checked against two independent public lists; regions without a
# certain item — Balkans, East Indies, Mediterranean, Persian Gulf, the West — are left out).
WIKIDATA = """
ABW Q21203 AFG Q889 AGO Q916 AIA Q25228 ALA Q5689 ALB Q222 AND Q228 ANT Q25227 ARE Q878 ARG Q414 ARM Q399
ASM Q16641 ATG Q781 AUS Q408 AUT Q40 AZE Q227 BDI Q967 BEL Q31 BEN Q962 BFA Q965 BGD Q902 BGR Q219 BHR Q398
BHS Q778 BIH Q225 BLR Q184 BLZ Q242 BMU Q23635 BOL Q750 BRA Q155 BRB Q244 BRN Q921 BTN Q917 BWA Q963 CAF Q929
CAN Q16 CHE Q39 CHL Q298 CHN Q148 CIV Q1008 CMR Q1009 COD Q974 COG Q971 COK Q26988 COL Q739 COM Q970 CPV Q1011
CRI Q800 CUB Q241 CYM Q5785 CYP Q229 CZE Q213 DEU Q183 DJI Q977 DMA Q784 DNK Q35 DOM Q786 DZA Q262 ECU Q736
EGY Q79 ERI Q986 ESH Q6250 ESP Q29 EST Q191 ETH Q115 FIN Q33 FJI Q712 FLK Q9648 FRA Q142 FRO Q4628 FSM Q702
GAB Q1000 GBR Q145 GEO Q230 GHA Q117 GIB Q1410 GIN Q1006 GMB Q1005 GNB Q1007 GNQ Q983 GRC Q41 GRD Q769 GRL Q223
GTM Q774 GUM Q16635 GUY Q734 HKG Q8646 HND Q783 HRV Q224 HTI Q790 HUN Q28 IDN Q252 IMY Q9676 IND Q668 IRL Q27
IRN Q794 IRQ Q796 ISL Q189 ISR Q801 ITA Q38 JAM Q766 JOR Q810 JPN Q17 KAZ Q232 KEN Q114 KGZ Q813 KHM Q424
KIR Q710 KNA Q763 KOR Q884 KWT Q817 LAO Q819 LBN Q822 LBR Q1014 LBY Q1016 LCA Q760 LIE Q347 LKA Q854 LSO Q1013
LTU Q37 LUX Q32 LVA Q211 MAC Q14773 MAR Q1028 MCO Q235 MDA Q217 MDG Q1019 MDV Q826 MEX Q96 MHL Q709 MKD Q221
MLI Q912 MLT Q233 MMR Q836 MNG Q711 MNP Q16644 MOZ Q1029 MRT Q1025 MSR Q13353 MTN Q236 MUS Q1027 MWI Q1020
MYS Q833 NAM Q1030 NCL Q33788 NER Q1032 NFK Q31057 NGA Q1033 NIC Q811 NIU Q34020 NLD Q55 NOR Q20 NPL Q837
NRU Q697 NZL Q664 OMN Q842 PAK Q843 PAN Q804 PCN Q35672 PER Q419 PHL Q928 PLW Q695 PNG Q691 POL Q36 PRI Q1183
PRK Q423 PRT Q45 PRY Q733 PSE Q219060 PYF Q30971 QAT Q846 ROM Q218 RUS Q159 RWA Q1037 SAU Q851 SDN Q1049
SEN Q1041 SGP Q334 SHN Q192184 SLB Q685 SLE Q1044 SLV Q792 SMR Q238 SOM Q1045 SPM Q34617 SRB Q403 SSD Q958
STP Q1039 SUR Q730 SVK Q214 SVN Q215 SWE Q34 SWZ Q1050 SYR Q858 TCA Q18221 TCD Q657 TGO Q945 THA Q869 TJK Q863
TKL Q36823 TKM Q874 TMP Q574 TON Q678 TTO Q754 TUN Q948 TUR Q43 TUV Q672 TWN Q865 TZA Q924 UGA Q1036 UKR Q212
URY Q77 USA Q30 UZB Q265 VAT Q237 VCT Q757 VEN Q717 VGB Q25305 VIR Q11703 VNM Q881 VUT Q686 WLF Q35555
WSM Q683 YEM Q805 ZAF Q258 ZMB Q953 ZWE Q954
GLP Q17012 GUF Q3769 MTQ Q17054 MYT Q17063 REU Q17070 SJM Q842829 SYC Q1042
AFR Q15 ASA Q48 EUR Q46 NMR Q49 SAM Q18 LAM Q12585 CRB Q664609 MEA Q7204 CAS Q27275 CAU Q18869 CEU Q27509
EEU Q27468 NAF Q27381 EAF Q27407 CFR Q27433 SAF Q27394 WAF Q4412 SEA Q11708 SAS Q771405 SCN Q21195
"""

# CLDR territory codes of the CAMEO regions that CLDR names; the others are named by hand (REGION_NAMES).
REGION_CLDR = {"AFR": "002", "ASA": "142", "EUR": "150", "LAM": "419", "SAM": "005", "NMR": "003", "CRB": "029",
               "CAS": "143", "EEU": "151", "NAF": "015", "EAF": "014", "CFR": "017", "SAF": "018", "WAF": "011",
               "SEA": "035", "SAS": "034"}

REGION_NAMES = {
    "BLK": {"en": "Balkans; the Balkans", "fr": "Balkans", "es": "Balcanes", "de": "Balkan", "ru": "Балканы",
            "ar": "البلقان", "uk": "Балкани", "it": "Balcani", "pt": "Bálcãs"},
    "CAU": {"en": "Caucasus; the Caucasus", "fr": "Caucase", "es": "Cáucaso", "de": "Kaukasus", "ru": "Кавказ",
            "ar": "القوقاز", "uk": "Кавказ", "it": "Caucaso", "pt": "Cáucaso"},
    "CEU": {"en": "Central Europe", "fr": "Europe centrale", "es": "Europa Central", "de": "Mitteleuropa",
            "ru": "Центральная Европа", "ar": "أوروبا الوسطى", "uk": "Центральна Європа", "it": "Europa centrale",
            "pt": "Europa Central"},
    "EIN": {"en": "East Indies", "fr": "Indes orientales", "es": "Indias Orientales", "de": "Ostindien",
            "ru": "Ост-Индия", "it": "Indie orientali", "pt": "Índias Orientais"},
    "MDT": {"en": "Mediterranean; the Mediterranean", "fr": "Méditerranée", "es": "Mediterráneo",
            "de": "Mittelmeerraum", "ru": "Средиземноморье", "ar": "البحر المتوسط; حوض المتوسط",
            "uk": "Середземномор'я", "it": "Mediterraneo", "pt": "Mediterrâneo"},
    "MEA": {"en": "Middle East; Mideast; Near East", "fr": "Moyen-Orient; Proche-Orient", "es": "Oriente Medio; "
            "Oriente Próximo; Medio Oriente", "de": "Nahost; Naher Osten; Mittlerer Osten", "ru": "Ближний Восток",
            "ar": "الشرق الأوسط", "uk": "Близький Схід", "it": "Medio Oriente; Vicino Oriente",
            "pt": "Oriente Médio; Médio Oriente"},
    "PGS": {"en": "Persian Gulf; the Gulf; Gulf region", "fr": "golfe Persique; Golfe; golfe arabo-persique",
            "es": "golfo Pérsico", "de": "Persischer Golf; Golfregion", "ru": "Персидский залив",
            "ar": "الخليج; الخليج العربي", "uk": "Перська затока", "it": "Golfo Persico", "pt": "Golfo Pérsico"},
    "SCN": {"en": "Scandinavia", "fr": "Scandinavie", "es": "Escandinavia", "de": "Skandinavien",
            "ru": "Скандинавия", "ar": "إسكندنافيا", "uk": "Скандинавія", "it": "Scandinavia",
            "pt": "Escandinávia"},
    "WST": {"en": "the West; West", "fr": "Occident", "es": "Occidente", "de": "Westen", "ru": "Запад",
            "ar": "الغرب", "uk": "Захід", "it": "Occidente", "pt": "Ocidente"},
    "NMR": {"en": "North America", "fr": "Amérique du Nord", "es": "América del Norte; Norteamérica",
            "de": "Nordamerika", "ru": "Северная Америка", "ar": "أمريكا الشمالية", "uk": "Північна Америка",
            "it": "America del Nord; Nordamerica", "pt": "América do Norte"},
    "CFR": {"en": "Central Africa", "fr": "Afrique centrale", "es": "África Central", "de": "Zentralafrika",
            "ru": "Центральная Африка", "ar": "وسط أفريقيا", "uk": "Центральна Африка", "it": "Africa centrale",
            "pt": "África Central"},
    "SEA": {"en": "Southeast Asia; South-East Asia", "fr": "Asie du Sud-Est", "es": "Sudeste Asiático",
            "de": "Südostasien", "ru": "Юго-Восточная Азия", "ar": "جنوب شرق آسيا", "uk": "Південно-Східна Азія",
            "it": "Sud-est asiatico", "pt": "Sudeste Asiático"},
}

# ---------------------------------------------------------------------------------------------------------------
# Countries: adjectives and demonyms (hand-written). Per field, ";" separates base forms; a base form is inflected by
# the language's rules below; "masc/fem" gives an irregular feminine; "=a,b,c" lists forms as they are (no rules).
# ---------------------------------------------------------------------------------------------------------------

ADJ_WEST = """
# code | en | fr | es | de
ABW | Aruban | arubais | arubeño | arubanisch
AFG | Afghan | afghan | afgano | afghanisch
AGO | Angolan | angolais | angoleño | angolanisch
AIA | Anguillan | anguillais | anguilense | anguillanisch
ALA | =Ålander,Ålanders | ålandais | - | ålandisch
ALB | Albanian | albanais | albanés | albanisch
AND | Andorran | andorran | andorrano | andorranisch
ANT | Netherlands Antillean | - | - | -
ARE | Emirati;UAE | émirati | emiratí | emiratisch
ARG | Argentine;Argentinian;=Argentines | argentin | argentino | argentinisch
ARM | Armenian | arménien | armenio | armenisch
ASM | American Samoan | - | - | -
ATG | Antiguan | antiguais | antiguano | antiguanisch
AUS | Australian;=Aussie,Aussies | australien | australiano | australisch
AUT | Austrian | autrichien | austriaco | österreichisch
AZE | Azerbaijani;Azeri;Azerbaijanian | azerbaïdjanais;azéri | azerbaiyano;azerí | aserbaidschanisch
BDI | Burundian | burundais | burundés | burundisch
BEL | Belgian | belge | belga | belgisch
BEN | Beninese | béninois | beninés | beninisch
BFA | Burkinabe;=Burkinabè,Burkinabes | =burkinabè,burkinabé,burkinabés,burkinabée,burkinabées | burkinés | burkinisch
BGD | Bangladeshi | bangladais | bangladesí | bangladeschisch
BGR | Bulgarian | bulgare | búlgaro | bulgarisch
BHR | Bahraini | bahreïni;bahreïnien | bareiní;bahreiní | bahrainisch
BHS | Bahamian | bahaméen | bahameño | bahamaisch
BIH | Bosnian | bosnien;bosniaque | bosnio | bosnisch
BLR | Belarusian;Belarusan;Byelorussian | biélorusse;bélarusse | bielorruso | belarussisch;weißrussisch
BLZ | Belizean | bélizien | beliceño | belizisch
BMU | Bermudian | bermudien | bermudeño | bermudisch
BOL | Bolivian | bolivien | boliviano | bolivianisch
BRA | Brazilian | brésilien | brasileño | brasilianisch
BRB | Barbadian;=Bajan,Bajans | barbadien | barbadense | barbadisch
BRN | Bruneian | brunéien | bruneano | bruneiisch
BTN | Bhutanese | bhoutanais | butanés | bhutanisch
BWA | Botswanan;=Motswana,Batswana | botswanais | botsuano | botswanisch
CAF | Central African | centrafricain | centroafricano | zentralafrikanisch
CAN | Canadian | canadien | canadiense | kanadisch
CHE | Swiss | suisse | suizo | schweizerisch;=schweizer
CHL | Chilean | chilien | chileno | chilenisch
CHN | Chinese | chinois | chino | chinesisch
CIV | Ivorian;Ivoirian | ivoirien | marfileño;costamarfileño | ivorisch
CMR | Cameroonian | camerounais | camerunés | kamerunisch
COD | Congolese | congolais;rd-congolais | congoleño | kongolesisch
COG | Congolese | congolais | congoleño | kongolesisch
COK | =Cook Islander,Cook Islanders | - | - | -
COL | Colombian | colombien | colombiano | kolumbianisch
COM | Comorian;Comoran | comorien | comorense | komorisch
CPV | Cape Verdean | cap-verdien | caboverdiano | kapverdisch
CRI | Costa Rican | costaricien;costaricain | costarricense | costa-ricanisch
CUB | Cuban | cubain | cubano | kubanisch
CYM | Caymanian | caïmanais | caimanés | kaimanisch
CYP | Cypriot | chypriote | chipriota | zyprisch
CZE | Czech | tchèque | checo | tschechisch
DEU | German | allemand | alemán | deutsch
DMA | - | dominiquais | dominiqués | dominicanisch
DJI | Djiboutian | djiboutien | yibutiano | dschibutisch
DNK | Danish;=Dane,Danes | danois | danés | dänisch
DOM | Dominican | dominicain | dominicano | dominikanisch
DZA | Algerian | algérien | argelino | algerisch
ECU | Ecuadorian;Ecuadorean | équatorien | ecuatoriano | ecuadorianisch
EGY | Egyptian | égyptien | egipcio | ägyptisch
ERI | Eritrean | érythréen | eritreo | eritreisch
ESH | Sahrawi;Saharawi;Western Saharan | sahraoui | saharaui | sahrauisch;westsaharauisch
ESP | Spanish;=Spaniard,Spaniards | espagnol | español | spanisch
EST | Estonian | estonien | estonio | estnisch
ETH | Ethiopian | éthiopien | etíope | äthiopisch
FIN | Finnish;=Finn,Finns | finlandais | finlandés | finnisch;finnländisch
FJI | Fijian | fidjien | fiyiano | fidschianisch
FLK | =Falkland Islander,Falkland Islanders | - | malvinense | -
FRA | French;=Frenchman,Frenchmen | français | francés | französisch
FRO | Faroese | féroïen | feroés | färöisch
FSM | Micronesian | micronésien | micronesio | mikronesisch
GAB | Gabonese | gabonais | gabonés | gabunisch
GBR | British;UK;U.K.;=Briton,Britons,Brit,Brits | britannique;anglais | británico;inglés | britisch;englisch
GEO | Georgian | géorgien | georgiano | georgisch
GHA | Ghanaian | ghanéen | ghanés | ghanaisch
GIB | Gibraltarian | gibraltarien | gibraltareño | gibraltarisch
GIN | Guinean | guinéen | guineano | guineisch
GLP | Guadeloupean | guadeloupéen | guadalupeño | guadeloupisch
GMB | Gambian | gambien | gambiano | gambisch
GNB | Bissau-Guinean | bissau-guinéen | bisauguineano | guinea-bissauisch
GNQ | Equatorial Guinean;Equatoguinean | équato-guinéen | ecuatoguineano | äquatorialguineisch
GRC | Greek;=Greeks | grec/grecque | griego | griechisch
GRD | Grenadian | grenadien | granadino | grenadisch
GRL | Greenlandic;=Greenlander,Greenlanders | groenlandais | groenlandés | grönländisch
GTM | Guatemalan | guatémaltèque | guatemalteco | guatemaltekisch
GUF | French Guianese | guyanais | - | französisch-guayanisch
GUM | Guamanian | guamanien | guameño | guamisch
GUY | Guyanese | guyanien | guyanés | guyanisch
HKG | Hong Kong;=Hongkonger,Hongkongers | hongkongais | hongkonés | hongkongisch;=hongkonger
HND | Honduran | hondurien | hondureño | honduranisch
HRV | Croatian;=Croat,Croats | croate | croata | kroatisch
HTI | Haitian | haïtien | haitiano | haitianisch
HUN | Hungarian | hongrois | húngaro | ungarisch
IDN | Indonesian | indonésien | indonesio | indonesisch
IMY | Manx | mannois | - | -
IND | Indian | indien | indio | indisch
IRL | Irish;=Irishman,Irishmen | irlandais | irlandés | irisch
IRN | Iranian | iranien | iraní | iranisch
IRQ | Iraqi | irakien | iraquí | irakisch
ISL | Icelandic;=Icelander,Icelanders | islandais | islandés | isländisch
ISR | Israeli | israélien | israelí | israelisch
ITA | Italian | italien | italiano | italienisch
JAM | Jamaican | jamaïcain | jamaicano | jamaikanisch
JOR | Jordanian | jordanien | jordano | jordanisch
JPN | Japanese | japonais | japonés | japanisch
KAZ | Kazakh;Kazakhstani;=Kazakhs | kazakh;kazakhstanais | kazajo | kasachisch
KEN | Kenyan | kényan | keniano | kenianisch
KGZ | Kyrgyz;Kirghiz;Kyrgyzstani | kirghize;kirghiz | =kirguís,kirguisa,kirguises,kirguisas | kirgisisch
KHM | Cambodian | cambodgien | camboyano | kambodschanisch
KIR | I-Kiribati | kiribatien | kiribatiano | kiribatisch
KNA | Kittitian;Nevisian | christophien | sancristobaleño | -
KOR | South Korean | sud-coréen | surcoreano | südkoreanisch
KWT | Kuwaiti | koweïtien | kuwaití | kuwaitisch
LAO | Lao;Laotian | laotien | laosiano | laotisch
LBN | Lebanese | libanais | libanés | libanesisch
LBR | Liberian | libérien | liberiano | liberianisch
LBY | Libyan | libyen | libio | libysch
LCA | Saint Lucian | saint-lucien | santalucense | lucianisch
LIE | =Liechtensteiner,Liechtensteiners | liechtensteinois | liechtensteiniano | liechtensteinisch
LKA | Sri Lankan | sri-lankais | ceilanés;esrilanqués | sri-lankisch
LSO | Basotho;Mosotho;Lesothan | lésothien | lesotense | lesothisch
LTU | Lithuanian | lituanien | lituano | litauisch
LUX | Luxembourgish;=Luxembourger,Luxembourgers | luxembourgeois | luxemburgués | luxemburgisch
LVA | Latvian | letton/lettone;=lette,lettes | letón | lettisch
MAC | Macanese | macanais | macaense | macauisch
MAR | Moroccan | marocain | marroquí | marokkanisch
MCO | Monegasque | monégasque | monegasco | monegassisch
MDA | Moldovan | moldave | moldavo | moldauisch
MDG | Malagasy | malgache | malgache | madagassisch
MDV | Maldivian | maldivien | maldivo | maledivisch
MEX | Mexican | mexicain | mexicano | mexikanisch
MHL | Marshallese | marshallais | marshalés | marshallisch
MKD | Macedonian;North Macedonian | macédonien;nord-macédonien | macedonio | mazedonisch;nordmazedonisch
MLI | Malian | malien | maliense | malisch
MLT | Maltese | maltais | maltés | maltesisch
MMR | Burmese;Myanmar | birman | birmano | myanmarisch;birmanisch
MNG | Mongolian | mongol | mongol | mongolisch
MNP | Northern Mariana Islander | mariannais | - | -
MOZ | Mozambican | mozambicain | mozambiqueño | mosambikanisch
MRT | Mauritanian | mauritanien | mauritano | mauretanisch
MSR | Montserratian | montserratien | montserratense | -
MTN | Montenegrin | monténégrin | montenegrino | montenegrinisch
MTQ | Martinican | martiniquais | martiniqués | martinikanisch
MUS | Mauritian | mauricien | mauriciano | mauritisch
MWI | Malawian | malawite;malawien | malauí | malawisch
MYS | Malaysian | malaisien | malasio | malaysisch
MYT | Mahoran | mahorais | mahorés | -
NAM | Namibian | namibien | namibio | namibisch
NCL | New Caledonian | néo-calédonien | neocaledonio | neukaledonisch
NER | Nigerien | nigérien | nigerino | nigrisch
NFK | =Norfolk Islander,Norfolk Islanders | - | - | -
NGA | Nigerian | nigérian | nigeriano | nigerianisch
NIC | Nicaraguan | nicaraguayen | nicaragüense | nicaraguanisch
NIU | Niuean | niuéen | niueano | -
NLD | Dutch;=Dutchman,Dutchmen | néerlandais;hollandais | neerlandés;holandés | niederländisch;holländisch
NOR | Norwegian | norvégien | noruego | norwegisch
NPL | Nepali;Nepalese | népalais | nepalí | nepalesisch
NRU | Nauruan | nauruan | nauruano | nauruisch
NZL | New Zealand;=New Zealander,New Zealanders,Kiwi,Kiwis | néo-zélandais | neozelandés | neuseeländisch
OMN | Omani | omanais | omaní | omanisch
PAK | Pakistani | pakistanais | pakistaní;paquistaní | pakistanisch
PAN | Panamanian | panaméen | panameño | panamaisch
PCN | =Pitcairn Islander,Pitcairn Islanders | pitcairnais | - | -
PER | Peruvian | péruvien | peruano | peruanisch
PHL | Filipino;Philippine;=Filipinos,Filipina,Filipinas | philippin | filipino | philippinisch
PLW | Palauan | palaosien | palauano | palauisch
PNG | Papua New Guinean | papouan-néo-guinéen | papú;papuano | papua-neuguineisch
POL | Polish;=Pole,Poles | polonais | polaco | polnisch
PRI | Puerto Rican | portoricain | puertorriqueño | puerto-ricanisch
PRK | North Korean | nord-coréen | norcoreano | nordkoreanisch
PRT | Portuguese | portugais | portugués | portugiesisch
PRY | Paraguayan | paraguayen | paraguayo | paraguayisch
PSE | Palestinian | palestinien | palestino | palästinensisch
PYF | French Polynesian | polynésien | polinesio | französisch-polynesisch
QAT | Qatari | qatarien;qatari | catarí;qatarí | katarisch
REU | Reunionese;Réunionese | réunionnais | reunionés | réunionisch
ROM | Romanian | roumain | rumano | rumänisch
RUS | Russian | russe | ruso | russisch
RWA | Rwandan | rwandais | ruandés | ruandisch
SAU | Saudi;Saudi Arabian | saoudien | saudí;saudita | saudi-arabisch;saudisch
SDN | Sudanese | soudanais | sudanés | sudanesisch
SEN | Senegalese | sénégalais | senegalés | senegalesisch
SGP | Singaporean | singapourien | singapurense | singapurisch
SHN | Saint Helenian | saint-hélénais | santaheleno | -
SJM | - | - | - | -
SLB | =Solomon Islander,Solomon Islanders | salomonais | salomonense | salomonisch
SLE | Sierra Leonean | sierra-léonais | sierraleonés | sierra-leonisch
SLV | Salvadoran;Salvadorian | salvadorien | salvadoreño | salvadorianisch
SMR | Sammarinese | saint-marinais | sanmarinense | san-marinesisch
SOM | Somali;Somalian | somalien | somalí | somalisch
SPM | - | saint-pierrais | - | -
SRB | Serbian;=Serb,Serbs | serbe | serbio | serbisch
SSD | South Sudanese | sud-soudanais | sursudanés | südsudanesisch
STP | Santomean;São Toméan | santoméen | santotomense | são-toméisch
SUR | Surinamese | surinamais | surinamés | surinamisch
SVK | Slovak;Slovakian;=Slovaks | slovaque | eslovaco | slowakisch
SVN | Slovenian;Slovene;=Slovenes | slovène | esloveno | slowenisch
SWE | Swedish;=Swede,Swedes | suédois | sueco | schwedisch
SWZ | Swazi;Eswatini;=Swazis | swazi | suazi | swasiländisch
SYC | Seychellois | seychellois | seychellense | seychellisch
SYR | Syrian | syrien | sirio | syrisch
TCA | - | - | - | -
TCD | Chadian | tchadien | chadiano | tschadisch
TGO | Togolese | togolais | togolés | togoisch
THA | Thai | thaïlandais;thaï | tailandés | thailändisch
TJK | Tajik;Tajikistani;=Tajiks | tadjik | tayiko | tadschikisch
TKL | Tokelauan | tokelauan | tokelauano | -
TKM | Turkmen;=Turkmens | turkmène | turcomano;turkmeno | turkmenisch
TMP | East Timorese;Timorese | est-timorais;timorais | timorense | osttimoresisch
TON | Tongan | tongien | tongano | tongaisch
TTO | Trinidadian;Tobagonian | trinidadien | trinitense | trinidadisch
TUN | Tunisian | tunisien | tunecino | tunesisch
TUR | Turkish;=Turk,Turks | turc/turque | turco | türkisch
TUV | Tuvaluan | tuvaluan | tuvaluano | tuvaluisch
TWN | Taiwanese | taïwanais | taiwanés | taiwanisch
TZA | Tanzanian | tanzanien | tanzano | tansanisch
UGA | Ugandan | ougandais | ugandés | ugandisch
UKR | Ukrainian | ukrainien | ucraniano | ukrainisch
URY | Uruguayan | uruguayen | uruguayo | uruguayisch
USA | American;US;U.S. | américain;étasunien;états-unien | estadounidense;norteamericano | amerikanisch;US-amerikanisch
UZB | Uzbek;Uzbekistani;=Uzbeks | ouzbek/ouzbèke | uzbeko | usbekisch
VAT | Vatican | vatican | vaticano | vatikanisch
VCT | Vincentian | vincentais | sanvicentino | vincentisch
VEN | Venezuelan | vénézuélien | venezolano | venezolanisch
VGB | British Virgin Islander | - | - | -
VIR | US Virgin Islander | - | - | -
VNM | Vietnamese | vietnamien | vietnamita | vietnamesisch
VUT | Ni-Vanuatu | vanuatais | vanuatuense | vanuatuisch
WLF | Wallisian;Futunan | wallisien | - | -
WSM | Samoan | samoan | samoano | samoanisch
YEM | Yemeni;=Yemenite,Yemenites | yéménite | yemení | jemenitisch
ZAF | South African | sud-africain | sudafricano | südafrikanisch
ZMB | Zambian | zambien | zambiano | sambisch
ZWE | Zimbabwean | zimbabwéen | zimbabuense | simbabwisch
AFR | African | africain | africano | afrikanisch
ASA | Asian | asiatique | asiático | asiatisch
BLK | Balkan | balkanique | balcánico | balkanisch
CAS | Central Asian | centrasiatique | centroasiático | zentralasiatisch
CAU | Caucasian | caucasien | caucásico | kaukasisch
CEU | Central European | centre-européen | centroeuropeo | mitteleuropäisch
CRB | Caribbean | caribéen;antillais | caribeño | karibisch
EAF | East African | est-africain | - | ostafrikanisch
EEU | Eastern European;East European | est-européen | - | osteuropäisch
EUR | European | européen | europeo | europäisch
LAM | Latin American | latino-américain | latinoamericano | lateinamerikanisch
MDT | Mediterranean | méditerranéen | mediterráneo | mediterran
MEA | Middle Eastern;Mideast | moyen-oriental;proche-oriental | - | nahöstlich
NAF | North African | nord-africain | norteafricano | nordafrikanisch
NMR | North American | nord-américain | - | nordamerikanisch
SAF | Southern African | - | - | -
SAM | South American | sud-américain | sudamericano | südamerikanisch
SAS | South Asian | sud-asiatique | surasiático | südasiatisch
SCN | Scandinavian | scandinave | escandinavo | skandinavisch
SEA | Southeast Asian | - | - | südostasiatisch
WAF | West African | ouest-africain | - | westafrikanisch
WST | Western;=Westerners | occidental | occidental | westlich
"""

ADJ_EAST = """
# code | ru | ar | uk
ABW | арубский | - | арубський
AFG | афганский | أفغاني | афганський
AGO | ангольский | أنغولي | ангольський
ALB | албанский | ألباني | албанський
AND | андоррский | أندوري | андоррський
ARE | эмиратский | إماراتي | еміратський
ARG | аргентинский | أرجنتيني | аргентинський
ARM | армянский | أرميني;أرمني | вірменський
AUS | австралийский | أسترالي | австралійський
AUT | австрийский | نمساوي | австрійський
AZE | азербайджанский | أذربيجاني;أذري | азербайджанський
BDI | бурундийский | بوروندي | бурундійський
BEL | бельгийский | بلجيكي | бельгійський
BEN | бенинский | بنيني | бенінський
BFA | буркинийский | بوركيني | буркінійський
BGD | бангладешский | بنغلاديشي | бангладеський
BGR | болгарский | بلغاري | болгарський
BHR | бахрейнский | بحريني | бахрейнський
BHS | багамский | - | багамський
BIH | боснийский | بوسني | боснійський
BLR | белорусский | بيلاروسي | білоруський
BLZ | белизский | - | белізький
BMU | бермудский | - | бермудський
BOL | боливийский | بوليفي | болівійський
BRA | бразильский | برازيلي | бразильський
BRB | барбадосский | - | барбадоський
BRN | брунейский | بروناوي | брунейський
BTN | бутанский | بوتاني | бутанський
BWA | ботсванский | - | ботсванський
CAF | центральноафриканский | - | центральноафриканський
CAN | канадский | كندي | канадський
CHE | швейцарский | سويسري | швейцарський
CHL | чилийский | تشيلي | чилійський
CHN | китайский | صيني | китайський
CIV | ивуарийский | إيفواري | івуарійський
CMR | камерунский | كاميروني | камерунський
COD | конголезский | كونغولي | конголезький
COG | конголезский | كونغولي | конголезький
COL | колумбийский | كولومبي | колумбійський
COM | коморский | قمري | коморський
CPV | кабовердианский | - | кабовердійський
CRI | костариканский | كوستاريكي | костариканський
CUB | кубинский | كوبي | кубинський
CYP | кипрский | قبرصي | кіпрський
CZE | чешский | تشيكي | чеський
DEU | немецкий;германский | ألماني | німецький
DJI | джибутийский | جيبوتي | джибутійський
DNK | датский | دنماركي | данський
DOM | доминиканский | دومينيكاني | домініканський
DZA | алжирский | جزائري | алжирський
ECU | эквадорский | إكوادوري | еквадорський
EGY | египетский | مصري | єгипетський
ERI | эритрейский | إريتري | еритрейський
ESH | западносахарский;сахарский | صحراوي | західносахарський
ESP | испанский | إسباني | іспанський
EST | эстонский | إستوني | естонський
ETH | эфиопский | إثيوبي | ефіопський
FIN | финский;финляндский | فنلندي | фінський;фінляндський
FJI | фиджийский | فيجي | фіджійський
FRA | французский | فرنسي | французький
FRO | фарерский | - | фарерський
FSM | микронезийский | - | мікронезійський
GAB | габонский | غابوني | габонський
GBR | британский;английский | بريطاني;إنجليزي;إنكليزي | британський;англійський
GEO | грузинский | جورجي | грузинський
GHA | ганский | غاني | ганський
GIB | гибралтарский | - | гібралтарський
GIN | гвинейский | غيني | гвінейський
GMB | гамбийский | غامبي | гамбійський
GRC | греческий | يوناني | грецький
GRD | гренадский | - | гренадський
GRL | гренландский | - | гренландський
GTM | гватемальский | غواتيمالي | гватемальський
GUY | гайанский | - | гаянський
HKG | гонконгский | - | гонконзький
HND | гондурасский | هندوراسي | гондураський
HRV | хорватский | كرواتي | хорватський
HTI | гаитянский | هايتي | гаїтянський
HUN | венгерский | مجري;هنغاري | угорський
IDN | индонезийский | إندونيسي | індонезійський
IND | индийский | هندي | індійський
IRL | ирландский | إيرلندي;أيرلندي | ірландський
IRN | иранский | إيراني | іранський
IRQ | иракский | عراقي | іракський
ISL | исландский | آيسلندي | ісландський
ISR | израильский | إسرائيلي | ізраїльський
ITA | итальянский | إيطالي | італійський
JAM | ямайский | جامايكي | ямайський
JOR | иорданский | أردني | йорданський
JPN | японский | ياباني | японський
KAZ | казахский;казахстанский | كازاخي;كازاخستاني | казахський;казахстанський
KEN | кенийский | كيني | кенійський
KGZ | киргизский;кыргызский | قرغيزي;قيرغيزي | киргизький
KHM | камбоджийский | كمبودي | камбоджійський
KOR | южнокорейский | =كوري جنوبي,كورية جنوبية,الكوري الجنوبي,الكورية الجنوبية | південнокорейський
KWT | кувейтский | كويتي | кувейтський
LAO | лаосский | لاوسي | лаоський
LBN | ливанский | لبناني | ліванський
LBR | либерийский | ليبيري | ліберійський
LBY | ливийский | ليبي | лівійський
LIE | лихтенштейнский | - | ліхтенштейнський
LKA | шри-ланкийский;ланкийский | سريلانكي | шрі-ланкійський
LTU | литовский | ليتواني | литовський
LUX | люксембургский | لوكسمبورغي | люксембурзький
LVA | латвийский;латышский | لاتفي | латвійський;латиський
MAC | макаоский | - | -
MAR | марокканский | مغربي | марокканський
MCO | монакский;монегасский | موناكي | монакський
MDA | молдавский;молдовский | مولدوفي | молдовський;молдавський
MDG | мадагаскарский;малагасийский | مدغشقري | малагасійський;мадагаскарський
MDV | мальдивский | مالديفي | мальдівський
MEX | мексиканский | مكسيكي | мексиканський
MKD | македонский;северомакедонский | مقدوني | македонський;північномакедонський
MLI | малийский | - | малійський
MLT | мальтийский | مالطي | мальтійський
MMR | мьянманский;бирманский | ميانماري;بورمي | м'янманський;бірманський
MNG | монгольский | منغولي | монгольський
MOZ | мозамбикский | موزمبيقي | мозамбіцький
MRT | мавританский | موريتاني | мавританський
MTN | черногорский | - | чорногорський
MUS | маврикийский | موريشيوسي | маврикійський
MWI | малавийский | ملاوي | малавійський
MYS | малайзийский | ماليزي | малайзійський
NAM | намибийский | ناميبي | намібійський
NCL | новокаледонский | - | новокаледонський
NER | нигерский | نيجري | нігерський
NGA | нигерийский | نيجيري | нігерійський
NIC | никарагуанский | نيكاراغوي | нікарагуанський
NLD | нидерландский;голландский | هولندي | нідерландський;голландський
NOR | норвежский | نرويجي | норвезький
NPL | непальский | نيبالي | непальський
NZL | новозеландский | نيوزيلندي | новозеландський
OMN | оманский | عماني | оманський
PAK | пакистанский | باكستاني | пакистанський
PAN | панамский | بنمي | панамський
PER | перуанский | بيروفي | перуанський
PHL | филиппинский | فلبيني | філіппінський
POL | польский | بولندي | польський
PRI | пуэрториканский | بورتوريكي | пуерто-риканський
PRK | северокорейский | =كوري شمالي,كورية شمالية,الكوري الشمالي,الكورية الشمالية | північнокорейський
PRT | португальский | برتغالي | португальський
PRY | парагвайский | باراغواياني | парагвайський
PSE | палестинский | فلسطيني | палестинський
QAT | катарский | قطري | катарський
ROM | румынский | روماني | румунський
RUS | российский;русский | روسي;=الروس | російський
RWA | руандийский | رواندي | руандійський
SAU | саудовский;саудоаравийский | سعودي | саудівський
SDN | суданский | سوداني | суданський
SEN | сенегальский | سنغالي | сенегальський
SGP | сингапурский | سنغافوري | сінгапурський
SLE | сьерра-леонский | - | сьєрра-леонський
SLV | сальвадорский | سلفادوري | сальвадорський
SMR | сан-маринский | - | сан-маринський
SOM | сомалийский | صومالي | сомалійський
SRB | сербский | صربي | сербський
SSD | южносуданский | - | південносуданський
SUR | суринамский | سورينامي | суринамський
SVK | словацкий | سلوفاكي | словацький
SVN | словенский | سلوفيني | словенський
SWE | шведский | سويدي | шведський
SYC | сейшельский | - | сейшельський
SYR | сирийский | سوري | сирійський
TCD | чадский | تشادي | чадський
TGO | тоголезский | توغولي | тоголезький
THA | таиландский;тайский | تايلاندي;تايلندي | таїландський;тайський
TJK | таджикский | طاجيكي | таджицький
TKM | туркменский | تركماني | туркменський
TMP | восточнотиморский | تيموري | східнотиморський
TTO | тринидадский | - | -
TUN | тунисский | تونسي | туніський
TUR | турецкий | تركي;=الأتراك | турецький
TWN | тайваньский | تايواني | тайванський
TZA | танзанийский | تنزاني | танзанійський
UGA | угандийский | أوغندي | угандійський
UKR | украинский | أوكراني | український
URY | уругвайский | أوروغوياني | уругвайський
USA | американский | أمريكي;أميركي | американський
UZB | узбекский | أوزبكي;أوزبكستاني | узбецький
VAT | ватиканский | - | ватиканський
VEN | венесуэльский | فنزويلي | венесуельський
VNM | вьетнамский | فيتنامي | в'єтнамський
WSM | самоанский | - | самоанський
YEM | йеменский | يمني | єменський
ZAF | южноафриканский | - | південноафриканський
ZMB | замбийский | زامبي | замбійський
ZWE | зимбабвийский | زيمبابوي | зімбабвійський
AFR | африканский | أفريقي;إفريقي | африканський
ASA | азиатский | آسيوي | азійський
BLK | балканский | بلقاني | балканський
CAS | центральноазиатский | - | центральноазійський
CAU | кавказский | قوقازي | кавказький
CEU | центральноевропейский | - | центральноєвропейський
CRB | карибский | كاريبي | карибський
EAF | восточноафриканский | - | східноафриканський
EEU | восточноевропейский | - | східноєвропейський
EUR | европейский | أوروبي | європейський
LAM | латиноамериканский | - | латиноамериканський
MDT | средиземноморский | متوسطي | середземноморський
MEA | ближневосточный | شرق أوسطي | близькосхідний
NAF | североафриканский | - | північноафриканський
SAM | южноамериканский | - | південноамериканський
SAS | южноазиатский | - | південноазійський
SCN | скандинавский | إسكندنافي | скандинавський
WAF | западноафриканский | - | західноафриканський
WST | западный | غربي | західний
"""

ADJ_SOUTH = """
# code | it | pt
AFG | afghano | =afegão,afegã,afegãos,afegães,afegãs
AGO | angolano | angolano
ALB | albanese | albanês
AND | andorrano | andorrano
ARE | emiratino | emiradense
ARG | argentino | argentino
ARM | armeno | armênio;arménio
AUS | australiano | australiano
AUT | austriaco | austríaco
AZE | azero;azerbaigiano | azerbaijano;azeri
BEL | belga | belga
BFA | burkinabé | burquinense
BGD | bengalese | bengali
BGR | bulgaro | búlgaro
BHR | bahreinita | bareinita
BIH | bosniaco | bósnio
BLR | bielorusso | bielorrusso
BOL | boliviano | boliviano
BRA | brasiliano | brasileiro
CAF | centrafricano | centro-africano
CAN | canadese | canadense;canadiano
CHE | svizzero | suíço
CHL | cileno | chileno
CHN | cinese | chinês
CIV | ivoriano | marfinense;costa-marfinense
CMR | camerunense | camaronês
COD | congolese | congolês
COG | congolese | congolês
COL | colombiano | colombiano
CPV | capoverdiano | cabo-verdiano
CRI | costaricano | costarriquenho
CUB | cubano | cubano
CYP | cipriota | cipriota
CZE | ceco | tcheco;checo
DEU | tedesco | =alemão,alemã,alemães,alemãs
DNK | danese | dinamarquês
DOM | dominicano | dominicano
DZA | algerino | argelino
ECU | ecuadoriano | equatoriano
EGY | egiziano | egípcio
ERI | eritreo | eritreu/eritreia
ESH | saharawi;sahrawi | saaraui
ESP | spagnolo | =espanhol,espanhola,espanhóis,espanholas
EST | estone | estoniano;estónio
ETH | etiope | etíope
FIN | finlandese | finlandês
FRA | francese | francês
GAB | gabonese | gabonês
GBR | britannico;inglese | britânico;inglês
GEO | georgiano | georgiano
GHA | ghanese | ganês
GIN | guineano | guineense
GRC | =greco,greca,greci,greche | grego
GTM | guatemalteco | guatemalteco
HND | honduregno | hondurenho
HRV | croato | croata
HTI | haitiano | haitiano
HUN | ungherese | húngaro
IDN | indonesiano | indonésio
IND | indiano | indiano
IRL | irlandese | irlandês
IRN | iraniano | iraniano
IRQ | iracheno | iraquiano
ISL | islandese | islandês
ISR | israeliano | israelense;israelita
ITA | italiano | italiano
JAM | giamaicano | jamaicano
JOR | giordano | jordaniano
JPN | giapponese | japonês
KAZ | kazako | cazaque
KEN | keniota | queniano
KGZ | kirghiso | quirguiz
KHM | cambogiano | cambojano
KOR | sudcoreano | sul-coreano
KWT | kuwaitiano | kuwaitiano
LAO | laotiano | laosiano
LBN | libanese | libanês
LBR | liberiano | liberiano
LBY | libico | líbio
LKA | singalese;srilankese | cingalês
LTU | lituano | lituano
LUX | lussemburghese | luxemburguês
LVA | lettone | =letão,letã,letões,letãs
MAR | marocchino | marroquino
MCO | monegasco | monegasco
MDA | moldavo | moldavo
MDG | =malgascio,malgascia,malgasci,malgasce | malgaxe
MEX | messicano | mexicano
MKD | macedone | macedônio;macedónio
MLI | maliano | malinês
MLT | maltese | maltês
MMR | birmano | birmanês
MNG | mongolo | =mongol,mongola,mongóis,mongolas
MOZ | mozambicano | moçambicano
MRT | mauritano | mauritano
MTN | montenegrino | montenegrino
MYS | malese | malaio
NER | nigerino | nigerino
NGA | nigeriano | nigeriano
NIC | nicaraguense | nicaraguense
NLD | olandese | holandês;neerlandês
NOR | norvegese | norueguês
NPL | nepalese | nepalês
NZL | neozelandese | neozelandês
OMN | omanita | omanense
PAK | pakistano | paquistanês
PAN | panamense | panamenho
PER | peruviano | peruano
PHL | filippino | filipino
POL | polacco | polonês;polaco
PRI | portoricano | porto-riquenho
PRK | nordcoreano | norte-coreano
PRT | portoghese | português
PRY | paraguaiano | paraguaio
PSE | palestinese | palestino
QAT | qatariota | catariano
ROM | rumeno | romeno
RUS | russo | russo
RWA | ruandese | ruandês
SAU | saudita | saudita
SDN | sudanese | sudanês
SEN | senegalese | senegalês
SGP | singaporiano | singapurense
SLV | salvadoregno | salvadorenho
SOM | somalo | somali
SRB | serbo | sérvio
SSD | sudsudanese | sul-sudanês
SVK | slovacco | eslovaco
SVN | sloveno | esloveno
SWE | svedese | sueco
SYR | siriano | sírio
TCD | ciadiano | chadiano
TGO | togolese | togolês
THA | thailandese | tailandês
TJK | tagiko | tajique
TKM | turkmeno | turcomeno
TMP | timorese | timorense
TUN | tunisino | tunisiano
TUR | turco | turco
TWN | taiwanese | taiwanês
TZA | tanzaniano | tanzaniano
UGA | ugandese | ugandense
UKR | ucraino | ucraniano
URY | uruguaiano | uruguaio
USA | americano;statunitense | americano;estadunidense;norte-americano
UZB | uzbeko | uzbeque
VAT | vaticano | vaticano
VEN | venezuelano | venezuelano
VNM | vietnamita | vietnamita
YEM | yemenita | iemenita
ZAF | sudafricano | sul-africano
ZMB | zambiano | zambiano
ZWE | zimbabwese | zimbabuano
AFR | africano | africano
ASA | asiatico | asiático
BLK | balcanico | balcânico
CAU | caucasico | caucasiano
CRB | caraibico | caribenho
EUR | europeo | europeu/europeia
LAM | latinoamericano | latino-americano
MDT | mediterraneo | mediterrâneo
MEA | mediorientale | -
NAF | nordafricano | norte-africano
SAM | sudamericano | sul-americano
SCN | scandinavo | escandinavo
WST | occidentale | ocidental
"""

# Demonym nouns that are not adjective forms: German nouns (singular, plural, feminine), Russian and Ukrainian
# plural nouns (their case forms are generated).
DE_NOUNS = """
AFG Afghane Afghanen Afghanin | ARM Armenier Armeniern Armenierin | AZE Aserbaidschaner Aserbaidschanern
BLR Belarusse Belarussen Weißrusse Weißrussen | CHN Chinese Chinesen Chinesin | DEU Deutsche Deutschen Deutscher
EGY Ägypter Ägyptern Ägypterin | ESP Spanier Spaniern Spanierin | FRA Franzose Franzosen Französin
GBR Brite Briten Britin Engländer Engländern | GEO Georgier Georgiern | GRC Grieche Griechen Griechin
IND Inder Indern Inderin | IRN Iraner Iranern Iranerin | IRQ Iraker Irakern Irakerin | ISR Israeli Israelis
ITA Italiener Italienern Italienerin | JPN Japaner Japanern Japanerin | KOR Südkoreaner Südkoreanern
LBN Libanese Libanesen | LBY Libyer Libyern | MEX Mexikaner Mexikanern | NLD Niederländer Niederländern
PAK Pakistaner Pakistanern | POL Pole Polen Polin | PRK Nordkoreaner Nordkoreanern | PSE Palästinenser
PSE Palästinensern Palästinenserin | RUS Russe Russen Russin | SAU Saudi Saudis | SRB Serbe Serben
SYR Syrer Syrern Syrerin | TUR Türke Türken Türkin | UKR Ukrainer Ukrainern Ukrainerin
USA Amerikaner Amerikanern Amerikanerin US-Amerikaner | AFR Afrikaner Afrikanern | EUR Europäer Europäern
"""

# Plural nominative nouns; case forms are generated ("американцы" → "американцев", "американцам"…).
RU_NOUNS = """
AFG афганцы | ARM армяне | AZE азербайджанцы | BLR белорусы | CHN китайцы | DEU немцы | EGY египтяне
FRA французы | GBR британцы | GEO грузины | IRN иранцы | IRQ иракцы | ISR израильтяне | ITA итальянцы
JPN японцы | KAZ казахи | MDA молдаване | PAK пакистанцы | POL поляки | PSE палестинцы | RUS россияне;русские
SYR сирийцы | TUR турки | UKR украинцы | USA американцы | EUR европейцы | WST западники
"""

UK_NOUNS = """
AFG афганці | ARM вірмени | AZE азербайджанці | BLR білоруси | CHN китайці | DEU німці | FRA французи
GBR британці | GEO грузини | IRN іранці | ISR ізраїльтяни | ITA італійці | JPN японці | POL поляки
PSE палестинці | RUS росіяни | SYR сирійці | TUR турки | UKR українці | USA американці | EUR європейці
"""

# Names that CLDR does not give (official long forms, abbreviations, usual short forms), per language.
EXTRA_NAMES = {
    "USA": {"en": "US; U.S.; USA; U.S.A.; America; United States of America",
            "fr": "États-Unis; Etats-Unis; USA; Amérique; États-Unis d'Amérique",
            "es": "EE.UU.; EE. UU.; EEUU; EE UU; Estados Unidos de América", "de": "USA; Amerika",
            "ru": "США; Соединённые Штаты; Америка", "ar": "أمريكا; أميركا; الولايات المتحدة الأمريكية",
            "uk": "США; Сполучені Штати; Америка", "it": "USA; America", "pt": "EUA; Estados Unidos da América"},
    "GBR": {"en": "Britain; Great Britain; UK; U.K.", "fr": "Grande-Bretagne; Angleterre",
            "es": "Gran Bretaña; Inglaterra", "de": "Großbritannien; England", "ru": "Британия; Англия",
            "ar": "بريطانيا; المملكة المتحدة; إنجلترا", "uk": "Британія; Англія", "it": "Gran Bretagna",
            "pt": "Grã-Bretanha; Inglaterra"},
    "RUS": {"en": "Russian Federation", "fr": "Fédération de Russie", "es": "Federación de Rusia; Federación Rusa",
            "de": "Russische Föderation", "ru": "Российская Федерация; РФ", "ar": "روسيا الاتحادية",
            "uk": "Російська Федерація; РФ", "it": "Federazione Russa", "pt": "Federação Russa"},
    "CHN": {"en": "PRC; People's Republic of China; mainland China",
            "fr": "République populaire de Chine; RPC; Chine populaire", "es": "República Popular China",
            "de": "Volksrepublik China; VR China", "ru": "КНР", "ar": "جمهورية الصين الشعبية", "uk": "КНР"},
    "PRK": {"en": "DPRK; Democratic People's Republic of Korea", "fr": "RPDC",
            "es": "República Popular Democrática de Corea", "ru": "Северная Корея", "ar": "كوريا الشمالية",
            "uk": "Північна Корея; КНДР"},
    "KOR": {"en": "Republic of Korea; ROK", "ru": "Южная Корея", "uk": "Південна Корея; Республіка Корея"},
    "COD": {"en": "DRC; DR Congo; Democratic Republic of the Congo; Congo-Kinshasa",
            "fr": "RDC; RD Congo; République démocratique du Congo", "es": "RDC; República Democrática del Congo",
            "de": "DR Kongo; Demokratische Republik Kongo", "ru": "ДРК; Демократическая Республика Конго",
            "ar": "جمهورية الكونغو الديمقراطية; الكونغو الديمقراطية", "uk": "ДРК",
            "it": "RDC; Repubblica Democratica del Congo", "pt": "RDC; República Democrática do Congo"},
    "COG": {"en": "Republic of the Congo; Congo-Brazzaville", "fr": "République du Congo",
            "es": "República del Congo", "de": "Republik Kongo", "ru": "Республика Конго",
            "ar": "جمهورية الكونغو", "it": "Repubblica del Congo", "pt": "República do Congo"},
    "CIV": {"en": "Ivory Coast", "fr": "Côte-d'Ivoire", "es": "Costa de Marfil", "de": "Elfenbeinküste",
            "it": "Costa d'Avorio", "pt": "Costa do Marfim"},
    "MMR": {"en": "Burma", "fr": "Birmanie", "es": "Birmania", "de": "Birma", "ru": "Бирма", "ar": "بورما",
            "uk": "Бірма", "it": "Birmania", "pt": "Birmânia"},
    "MKD": {"en": "Macedonia; FYROM", "fr": "Macédoine", "es": "Macedonia", "de": "Mazedonien",
            "ru": "Македония", "ar": "مقدونيا", "uk": "Македонія", "it": "Macedonia", "pt": "Macedônia"},
    "CZE": {"en": "Czech Republic", "fr": "République tchèque", "es": "República Checa",
            "de": "Tschechische Republik", "ru": "Чешская Республика", "ar": "جمهورية التشيك",
            "uk": "Чеська Республіка"},
    "TUR": {"en": "Türkiye; Turkiye", "fr": "Türkiye", "es": "Türkiye", "de": "Türkiye", "it": "Türkiye"},
    "NLD": {"en": "Holland", "es": "Holanda", "de": "Holland", "ru": "Голландия", "uk": "Голландія",
            "it": "Olanda", "pt": "Holanda"},
    "SWZ": {"en": "Swaziland", "fr": "Swaziland", "es": "Suazilandia", "de": "Swasiland", "ru": "Свазиленд"},
    "TMP": {"en": "East Timor", "fr": "Timor-Leste", "es": "Timor-Leste", "de": "Timor-Leste", "pt": "Timor-Leste"},
    "CPV": {"en": "Cabo Verde", "fr": "Cabo Verde", "pt": "Cabo Verde"},
    "VAT": {"en": "Holy See; Vatican", "fr": "Saint-Siège; Vatican", "es": "Santa Sede; Vaticano",
            "de": "Heiliger Stuhl; Vatikan", "ru": "Святой Престол", "ar": "الكرسي الرسولي; الفاتيكان",
            "uk": "Святий Престол", "it": "Santa Sede; Vaticano", "pt": "Santa Sé; Vaticano"},
    "ARE": {"en": "UAE; Emirates", "fr": "EAU; Émirats; Emirats arabes unis", "es": "EAU; Emiratos",
            "de": "VAE; Emirate", "ru": "ОАЭ; Эмираты", "ar": "الإمارات; دولة الإمارات", "uk": "ОАЕ; Емірати",
            "it": "EAU; Emirati", "pt": "EAU; Emirados"},
    "SAU": {"en": "Kingdom of Saudi Arabia; KSA", "fr": "Royaume d'Arabie saoudite",
            "ar": "السعودية; المملكة العربية السعودية; المملكة", "ru": "Саудовская Аравия; КСА"},
    "BIH": {"en": "Bosnia; Bosnia and Herzegovina", "fr": "Bosnie", "es": "Bosnia", "de": "Bosnien",
            "ru": "Босния", "ar": "البوسنة", "uk": "Боснія", "it": "Bosnia", "pt": "Bósnia"},
    "BLR": {"en": "Byelorussia; Belorussia", "fr": "Bélarus; Belarus", "de": "Weißrussland",
            "ru": "Белоруссия; Беларусь", "ar": "روسيا البيضاء", "it": "Bielorussia", "pt": "Bielorrússia"},
    "PSE": {"en": "Palestine; State of Palestine; Palestinian Authority; Palestinian territories; West Bank; Gaza; "
                  "Gaza Strip",
            "fr": "Palestine; État de Palestine; Autorité palestinienne; Cisjordanie; Gaza; bande de Gaza",
            "es": "Palestina; Estado de Palestina; Autoridad Palestina; Cisjordania; Gaza; Franja de Gaza",
            "de": "Palästina; Palästinensische Autonomiebehörde; Westjordanland; Gaza; Gazastreifen",
            "ru": "Палестина; Палестинская автономия; Западный берег; Газа; сектор Газа",
            "ar": "فلسطين; دولة فلسطين; السلطة الفلسطينية; الضفة الغربية; غزة; قطاع غزة",
            "uk": "Палестина; Газа; сектор Газа", "it": "Palestina; Cisgiordania; Gaza; Striscia di Gaza",
            "pt": "Palestina; Cisjordânia; Gaza; Faixa de Gaza"},
    "IRN": {"en": "Islamic Republic of Iran", "fr": "République islamique d'Iran", "es": "República Islámica de Irán",
            "ar": "الجمهورية الإسلامية الإيرانية; الجمهورية الإسلامية", "ru": "Исламская Республика Иран"},
    "HKG": {"en": "Hong Kong", "fr": "Hong Kong; Hongkong", "es": "Hong Kong", "de": "Hongkong", "ru": "Гонконг",
            "ar": "هونغ كونغ", "uk": "Гонконг", "it": "Hong Kong", "pt": "Hong Kong"},
    "MAC": {"en": "Macau; Macao", "fr": "Macao", "es": "Macao", "de": "Macau", "ru": "Макао", "ar": "ماكاو",
            "uk": "Макао", "it": "Macao", "pt": "Macau"},
    "DEU": {"en": "Federal Republic of Germany", "fr": "République fédérale d'Allemagne; RFA",
            "de": "Bundesrepublik; Bundesrepublik Deutschland", "ru": "ФРГ", "uk": "ФРН"},
    "SYR": {"ar": "سورية"},
    "LBY": {"ar": "ليبيا"},
    "MDA": {"en": "Moldavia", "ru": "Молдавия", "uk": "Молдавія"},
    "KGZ": {"en": "Kirghizia", "ru": "Киргизия; Кыргызстан", "uk": "Киргизія"},
    "GEO": {"ru": "Грузия", "uk": "Грузія"},
    "ESH": {"fr": "Sahara occidental", "es": "Sáhara Occidental", "ar": "الصحراء الغربية"},
    "TWN": {"fr": "Taïwan", "ar": "تايوان"},
    "ANT": {"en": "Netherlands Antilles", "fr": "Antilles néerlandaises", "es": "Antillas Neerlandesas",
            "de": "Niederländische Antillen", "ru": "Нидерландские Антильские острова",
            "ar": "جزر الأنتيل الهولندية", "it": "Antille Olandesi", "pt": "Antilhas Holandesas"},
    "SHN": {"en": "Saint Helena"},
    "AFG": {"ar": "أفغانستان"},
    "YEM": {"ar": "اليمن"},
}

# Capitals: English name and, where the capital is a time-zone city, the CLDR zone whose exemplar city names it in
# every language. CAPITAL_NAMES adds names CLDR lacks (capitals that are not zone cities, usual variants).
CAPITALS = """
ABW Oranjestad - | AFG Kabul Asia/Kabul | AGO Luanda Africa/Luanda | AIA The_Valley - | ALA Mariehamn Europe/Mariehamn
ALB Tirana Europe/Tirane | AND Andorra_la_Vella - | ANT Willemstad - | ARE Abu_Dhabi -
ASM Pago_Pago Pacific/Pago_Pago | ARG Buenos_Aires America/Buenos_Aires | ARM Yerevan Asia/Yerevan
ATG Saint_John's - | AUS Canberra - | AUT Vienna Europe/Vienna | AZE Baku Asia/Baku | BDI Gitega -
BEL Brussels Europe/Brussels | BEN Porto-Novo Africa/Porto-Novo | BFA Ouagadougou Africa/Ouagadougou
BGD Dhaka Asia/Dhaka | BGR Sofia Europe/Sofia | BHR Manama - | BHS Nassau America/Nassau
BIH Sarajevo Europe/Sarajevo | BLR Minsk Europe/Minsk | BLZ Belmopan - | BMU Hamilton - | BOL La_Paz America/La_Paz
BRA Brasília - | BRB Bridgetown - | BRN Bandar_Seri_Begawan - | BTN Thimphu Asia/Thimphu
BWA Gaborone Africa/Gaborone | CAF Bangui Africa/Bangui | CAN Ottawa - | CHE Bern - | CHL Santiago America/Santiago
CHN Beijing - | CIV Yamoussoukro - | CMR Yaoundé - | COD Kinshasa Africa/Kinshasa | COG Brazzaville Africa/Brazzaville
COK Avarua - | COL Bogotá America/Bogota | COM Moroni - | CPV Praia - | CRI San_José - | CUB Havana America/Havana
CYM George_Town - | CYP Nicosia Asia/Nicosia | CZE Prague Europe/Prague | DEU Berlin Europe/Berlin
DJI Djibouti Africa/Djibouti | DMA Roseau - | DNK Copenhagen Europe/Copenhagen
DOM Santo_Domingo America/Santo_Domingo | DZA Algiers Africa/Algiers | ECU Quito - | EGY Cairo Africa/Cairo
ERI Asmara Africa/Asmera | ESH Laayoune Africa/El_Aaiun | ESP Madrid Europe/Madrid | EST Tallinn Europe/Tallinn
ETH Addis_Ababa Africa/Addis_Ababa | FIN Helsinki Europe/Helsinki | FJI Suva - | FLK Stanley Atlantic/Stanley
FRA Paris Europe/Paris | FRO Tórshavn - | FSM Palikir - | GAB Libreville Africa/Libreville | GBR London Europe/London
GEO Tbilisi Asia/Tbilisi | GHA Accra Africa/Accra | GIB Gibraltar Europe/Gibraltar | GIN Conakry Africa/Conakry
GLP Basse-Terre - | GMB Banjul Africa/Banjul | GNB Bissau Africa/Bissau | GNQ Malabo Africa/Malabo
GRC Athens Europe/Athens | GRD Saint_George's - | GRL Nuuk America/Godthab | GTM Guatemala_City -
GUF Cayenne America/Cayenne | GUM Hagåtña - | GUY Georgetown - | HND Tegucigalpa America/Tegucigalpa
HRV Zagreb Europe/Zagreb | HTI Port-au-Prince America/Port-au-Prince | HUN Budapest Europe/Budapest
IDN Jakarta Asia/Jakarta | IMY Douglas - | IND New_Delhi - | IRL Dublin Europe/Dublin | IRN Tehran Asia/Tehran
IRQ Baghdad Asia/Baghdad | ISL Reykjavík Atlantic/Reykjavik | ISR Jerusalem Asia/Jerusalem | ITA Rome Europe/Rome
JAM Kingston - | JOR Amman Asia/Amman | JPN Tokyo Asia/Tokyo | KAZ Astana - | KEN Nairobi Africa/Nairobi
KGZ Bishkek Asia/Bishkek | KHM Phnom_Penh Asia/Phnom_Penh | KIR Tarawa Pacific/Tarawa | KNA Basseterre -
KOR Seoul Asia/Seoul | KWT Kuwait_City - | LAO Vientiane Asia/Vientiane | LBN Beirut Asia/Beirut
LBR Monrovia Africa/Monrovia | LBY Tripoli Africa/Tripoli | LCA Castries - | LIE Vaduz Europe/Vaduz
LKA Colombo Asia/Colombo | LSO Maseru Africa/Maseru | LTU Vilnius Europe/Vilnius | LUX Luxembourg Europe/Luxembourg
LVA Riga Europe/Riga | MAR Rabat - | MCO Monaco Europe/Monaco | MDA Chișinău Europe/Chisinau
MDG Antananarivo Indian/Antananarivo | MDV Malé - | MEX Mexico_City America/Mexico_City | MHL Majuro Pacific/Majuro
MKD Skopje Europe/Skopje | MLI Bamako Africa/Bamako | MLT Valletta - | MMR Naypyidaw -
MNG Ulaanbaatar Asia/Ulaanbaatar | MNP Saipan Pacific/Saipan | MOZ Maputo Africa/Maputo
MRT Nouakchott Africa/Nouakchott | MSR Brades - | MTN Podgorica Europe/Podgorica | MTQ Fort-de-France -
MUS Port_Louis - | MWI Lilongwe Africa/Lilongwe | MYS Kuala_Lumpur Asia/Kuala_Lumpur | MYT Mamoudzou -
NAM Windhoek Africa/Windhoek | NCL Nouméa Pacific/Noumea | NER Niamey Africa/Niamey | NFK Kingston - | NGA Abuja -
NIC Managua America/Managua | NIU Alofi - | NLD Amsterdam Europe/Amsterdam | NOR Oslo Europe/Oslo
NPL Kathmandu Asia/Katmandu | NRU Yaren - | NZL Wellington - | OMN Muscat Asia/Muscat | PAK Islamabad -
PAN Panama_City - | PCN Adamstown - | PER Lima America/Lima | PHL Manila Asia/Manila | PLW Ngerulmud -
PNG Port_Moresby Pacific/Port_Moresby | POL Warsaw Europe/Warsaw | PRI San_Juan - | PRK Pyongyang Asia/Pyongyang
PRT Lisbon Europe/Lisbon | PRY Asunción America/Asuncion | PSE Ramallah - | PYF Papeete - | QAT Doha -
REU Saint-Denis - | ROM Bucharest Europe/Bucharest | RUS Moscow Europe/Moscow | RWA Kigali Africa/Kigali
SAU Riyadh Asia/Riyadh | SDN Khartoum Africa/Khartoum | SEN Dakar Africa/Dakar | SGP Singapore - | SHN Jamestown -
SJM Longyearbyen Arctic/Longyearbyen | SLB Honiara - | SLE Freetown Africa/Freetown | SLV San_Salvador -
SMR San_Marino - | SOM Mogadishu Africa/Mogadishu | SPM Saint-Pierre - | SRB Belgrade Europe/Belgrade
SSD Juba Africa/Juba | STP São_Tomé Africa/Sao_Tome | SUR Paramaribo America/Paramaribo
SVK Bratislava Europe/Bratislava | SVN Ljubljana Europe/Ljubljana | SWE Stockholm Europe/Stockholm
SWZ Mbabane Africa/Mbabane | SYC Victoria - | SYR Damascus Asia/Damascus | TCA Cockburn_Town -
TCD N'Djamena Africa/Ndjamena | TGO Lomé Africa/Lome | THA Bangkok Asia/Bangkok | TJK Dushanbe Asia/Dushanbe
TKM Ashgabat Asia/Ashgabat | TMP Dili Asia/Dili | TON Nukuʻalofa - | TTO Port_of_Spain America/Port_of_Spain
TUN Tunis Africa/Tunis | TUR Ankara - | TUV Funafuti Pacific/Funafuti | TWN Taipei Asia/Taipei | TZA Dodoma -
UGA Kampala Africa/Kampala | UKR Kyiv Europe/Kiev | URY Montevideo America/Montevideo | USA Washington -
UZB Tashkent Asia/Tashkent | VAT Vatican_City - | VCT Kingstown - | VEN Caracas America/Caracas | VGB Road_Town -
VIR Charlotte_Amalie - | VNM Hanoi - | VUT Port_Vila - | WLF Mata-Utu - | WSM Apia Pacific/Apia | YEM Sanaa -
ZAF Pretoria - | ZMB Lusaka Africa/Lusaka | ZWE Harare Africa/Harare
"""

CAPITAL_NAMES = {
    "ARE": {"fr": "Abou Dhabi; Abu Dhabi", "es": "Abu Dabi", "de": "Abu Dhabi", "ru": "Абу-Даби",
            "ar": "أبوظبي; أبو ظبي",
            "uk": "Абу-Дабі", "it": "Abu Dhabi", "pt": "Abu Dhabi"},
    "AUS": {"ru": "Канберра", "ar": "كانبرا", "uk": "Канберра"},
    "BEN": {"en": "Cotonou", "fr": "Cotonou", "es": "Cotonú"},
    "BHR": {"ru": "Манама", "ar": "المنامة", "uk": "Манама"},
    "BRA": {"fr": "Brasilia", "es": "Brasilia", "de": "Brasília", "ru": "Бразилиа", "ar": "برازيليا",
            "uk": "Бразиліа", "it": "Brasilia", "pt": "Brasília"},
    "CAN": {"ru": "Оттава", "ar": "أوتاوا", "uk": "Оттава"},
    "CHE": {"fr": "Berne", "es": "Berna", "de": "Bern", "ru": "Берн", "ar": "برن", "uk": "Берн", "it": "Berna",
            "pt": "Berna"},
    "CHN": {"en": "Peking", "fr": "Pékin; Beijing", "es": "Pekín; Beijing", "de": "Peking", "ru": "Пекин",
            "ar": "بكين", "uk": "Пекін", "it": "Pechino", "pt": "Pequim"},
    "CIV": {"en": "Abidjan", "fr": "Abidjan", "ru": "Ямусукро; Абиджан", "ar": "أبيدجان"},
    "CMR": {"fr": "Yaoundé", "es": "Yaundé", "de": "Jaunde", "ru": "Яунде", "ar": "ياوندي", "uk": "Яунде"},
    "DZA": {"fr": "Alger", "es": "Argel", "de": "Algier"},
    "GTM": {"es": "Ciudad de Guatemala"},
    "IND": {"en": "Delhi", "fr": "New Delhi", "es": "Nueva Delhi", "de": "Neu-Delhi", "ru": "Нью-Дели",
            "ar": "نيودلهي", "uk": "Нью-Делі", "it": "Nuova Delhi", "pt": "Nova Délhi"},
    "ISR": {"en": "Tel Aviv", "fr": "Tel-Aviv; Tel Aviv", "es": "Tel Aviv", "de": "Tel Aviv", "ru": "Тель-Авив",
            "ar": "تل أبيب", "uk": "Тель-Авів", "it": "Tel Aviv", "pt": "Tel Aviv"},
    "KAZ": {"fr": "Astana", "es": "Astaná", "de": "Astana", "ru": "Астана", "ar": "أستانا", "uk": "Астана",
            "it": "Astana", "pt": "Astana"},
    "KWT": {"es": "Ciudad de Kuwait"},
    "MAR": {"ru": "Рабат", "ar": "الرباط", "uk": "Рабат"},
    "MEX": {"es": "Ciudad de México"},
    "NGA": {"ru": "Абуджа", "ar": "أبوجا", "uk": "Абуджа"},
    "PAK": {"ru": "Исламабад", "ar": "إسلام آباد", "uk": "Ісламабад"},
    "PAN": {"es": "Ciudad de Panamá"},
    "PSE": {"es": "Ramala", "ru": "Рамалла", "ar": "رام الله", "uk": "Рамалла"},
    "QAT": {"ru": "Доха", "ar": "الدوحة", "uk": "Доха"},
    "SDN": {"en": "Port Sudan", "fr": "Port-Soudan", "es": "Puerto Sudán", "de": "Port Sudan",
            "ru": "Порт-Судан", "ar": "بورتسودان; بور سودان", "uk": "Порт-Судан"},
    "TUR": {"ru": "Анкара", "ar": "أنقرة", "uk": "Анкара"},
    "UKR": {"en": "Kiev", "fr": "Kyiv; Kiev", "es": "Kiev; Kyiv", "de": "Kyjiw; Kiew", "ru": "Киев", "ar": "كييف",
            "uk": "Київ", "it": "Kiev", "pt": "Kiev; Kyiv"},
    "USA": {"en": "Washington, D.C.; Washington D.C.", "ru": "Вашингтон", "ar": "واشنطن", "uk": "Вашингтон"},
    "VNM": {"fr": "Hanoï", "es": "Hanói", "de": "Hanoi", "ru": "Ханой", "ar": "هانوي", "uk": "Ханой", "it": "Hanoi",
            "pt": "Hanói"},
    "YEM": {"en": "Aden; Sana'a", "fr": "Aden", "ru": "Сана", "ar": "صنعاء; عدن", "uk": "Сана"},
    "ZAF": {"ru": "Претория", "ar": "بريتوريا", "uk": "Преторія"},
    "AND": {"ru": "Андорра-ла-Велья"},
    "BDI": {"en": "Bujumbura", "fr": "Bujumbura", "ru": "Гитега; Бужумбура", "ar": "جيتيغا; بوجمبورا"},
    "COM": {"ru": "Морони", "ar": "موروني"},
    "CPV": {"ru": "Прая", "ar": "برايا"},
    "CRI": {"ru": "Сан-Хосе", "ar": "سان خوسيه"},
    "ECU": {"ru": "Кито", "ar": "كيتو"},
    "FJI": {"ru": "Сува", "ar": "سوفا"},
    "JAM": {"ru": "Кингстон", "ar": "كينغستون"},
    "MLT": {"ru": "Валлетта", "ar": "فاليتا"},
    "MMR": {"en": "Naypyitaw; Nay Pyi Taw", "ru": "Нейпьидо", "uk": "Нейпіто", "ar": "نايبيداو"},
    "MUS": {"ru": "Порт-Луи", "ar": "بورت لويس"},
    "MWI": {"ru": "Лилонгве", "ar": "ليلونغوي"},
    "NZL": {"ru": "Веллингтон", "uk": "Веллінгтон", "ar": "ولينغتون"},
    "PRI": {"ru": "Сан-Хуан", "ar": "سان خوان"},
    "SLV": {"ru": "Сан-Сальвадор", "ar": "سان سلفادور"},
    "TZA": {"en": "Dar es Salaam", "fr": "Dar es Salaam", "ru": "Додома", "ar": "دودوما"},
}

# Seats of power and institutions whose name stands for the government ("the Kremlin said", "Matignon a annoncé").
METONYMS = {
    "RUS": {"en": "Kremlin", "fr": "Kremlin", "es": "Kremlin", "de": "Kreml", "ru": "Кремль", "ar": "الكرملين",
            "uk": "Кремль", "it": "Cremlino", "pt": "Kremlin"},
    "USA": {"en": "White House; Pentagon; State Department; Foggy Bottom",
            "fr": "Maison Blanche; Maison-Blanche; Pentagone; Département d'État; Departement d'Etat",
            "es": "Casa Blanca; Pentágono; Departamento de Estado", "de": "Weißes Haus; Weiße Haus; Weißen Haus; "
            "Pentagon; US-Außenministerium", "ru": "Белый дом; Пентагон; Госдеп; Госдепартамент",
            "ar": "البيت الأبيض; البنتاغون; البنتاجون; الخارجية الأمريكية; الخارجية الأميركية",
            "uk": "Білий дім; Пентагон; Держдеп; Держдепартамент", "it": "Casa Bianca; Pentagono",
            "pt": "Casa Branca; Pentágono"},
    "FRA": {"en": "Élysée; Elysee; Élysée Palace; Elysee Palace; Quai d'Orsay; Matignon",
            "fr": "Élysée; Elysée; Elysee; palais de l'Élysée; Quai d'Orsay; Matignon; Bercy; Beauvau",
            "es": "Elíseo; Palacio del Elíseo", "de": "Élysée; Élysée-Palast; Elysée-Palast; Quai d'Orsay",
            "ru": "Елисейский дворец", "ar": "الإليزيه; قصر الإليزيه", "uk": "Єлисейський палац",
            "it": "Eliseo", "pt": "Eliseu; Palácio do Eliseu"},
    "GBR": {"en": "Downing Street; Number 10; No 10; No. 10; Whitehall; Foreign Office",
            "fr": "Downing Street; Foreign Office", "es": "Downing Street", "de": "Downing Street",
            "ru": "Даунинг-стрит", "ar": "داونينغ ستريت", "uk": "Даунінг-стріт", "it": "Downing Street",
            "pt": "Downing Street"},
    "DEU": {"de": "Kanzleramt; Bundeskanzleramt"},
    "CHN": {"en": "Zhongnanhai", "fr": "Zhongnanhai", "es": "Zhongnanhai", "de": "Zhongnanhai", "ru": "Чжуннаньхай"},
    "UKR": {"en": "Bankova", "ru": "Банковая", "uk": "Банкова"},
    "ITA": {"en": "Palazzo Chigi; Quirinale; Farnesina", "fr": "Palazzo Chigi", "es": "Palacio Chigi",
            "it": "Palazzo Chigi; Quirinale; Farnesina"},
    "ESP": {"en": "Moncloa", "fr": "Moncloa", "es": "Moncloa; La Moncloa; Palacio de la Moncloa", "it": "Moncloa",
            "pt": "Moncloa"},
    "BRA": {"en": "Planalto", "es": "Planalto", "pt": "Planalto; Palácio do Planalto; Itamaraty"},
    "ARG": {"en": "Casa Rosada", "fr": "Casa Rosada", "es": "Casa Rosada", "it": "Casa Rosada", "pt": "Casa Rosada"},
    "KOR": {"en": "Blue House; Cheong Wa Dae", "fr": "Maison bleue"},
    "JPN": {"en": "Kantei"},
}

# Case forms that the declension rules below cannot derive (Russian, Ukrainian); an empty list: indeclinable.
RU_IRREGULAR = {
    "Египет": "Египта; Египту; Египтом; Египте", "Беларусь": "Беларуси; Беларусью", "Бангладеш": "",
    "Белоруссия": "Белоруссии; Белоруссию; Белоруссией", "Тимор-Лесте": "", "Сьерра-Леоне": "", "Буркина-Фасо": "",
    "Гвинея-Бисау": "Гвинеи-Бисау; Гвинее-Бисау; Гвинею-Бисау; Гвинеей-Бисау",
    "Босния и Герцеговина": "Боснии и Герцеговины; Боснии и Герцеговине; Боснию и Герцеговину; "
                            "Боснией и Герцеговиной",
    "Кремль": "Кремля; Кремлю; Кремлём; Кремлем; Кремле",
    "Белый дом": "Белого дома; Белому дому; Белым домом; Белом доме",
    "Елисейский дворец": "Елисейского дворца; Елисейскому дворцу; Елисейским дворцом; Елисейском дворце",
    "Банковая": "Банковой; Банковую", "Даунинг-стрит": "", "Госдеп": "Госдепа; Госдепу; Госдепом; Госдепе",
    "Демократическая Республика Конго": "Демократической Республики Конго; Демократической Республике Конго; "
                                        "Демократическую Республику Конго; Демократической Республикой Конго",
    "Республика Конго": "Республики Конго; Республике Конго; Республику Конго; Республикой Конго",
    "Кабо-Верде": "", "Палестинская автономия": "Палестинской автономии; Палестинскую автономию",
    "сектор Газа": "сектора Газа; сектору Газа; сектором Газа; секторе Газа",
    "Западный берег": "Западного берега; Западному берегу; Западным берегом; Западном береге",
}
UK_IRREGULAR = {
    "Київ": "Києва; Києву; Києвом; Києві", "Єгипет": "Єгипту; Єгиптові; Єгиптом; Єгипті",
    "Білий дім": "Білого дому; Білому дому; Білим домом; Білому домі", "Банкова": "Банкової; Банковій; Банкову; "
    "Банковою", "Кремль": "Кремля; Кремлю; Кремлем; Кремлі", "Даунінг-стріт": "", "Білорусь": "Білорусі; Білоруссю",
    "Держдеп": "Держдепу; Держдепом; Держдепі", "Єлисейський палац": "Єлисейського палацу; Єлисейському палаці",
    "Боснія і Герцеговина": "Боснії і Герцеговини; Боснію і Герцеговину; Боснією і Герцеговиною",
}


# ---------------------------------------------------------------------------------------------------------------
# Inflection rules
# ---------------------------------------------------------------------------------------------------------------

def split_list(text: str | None) -> list[str]:
    return [v.strip() for v in (text or "").split(";") if v.strip() and v.strip() != "-"]


def uniq(values) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for v in values:
        v = unicodedata.normalize("NFC", v.strip())
        if v and v.lower() not in seen:
            seen.add(v.lower())
            out.append(v)
    return out


def fr_feminine(m: str) -> str:
    if m.endswith("e"):
        return m
    if m.endswith("en"):
        return m + "ne"
    return m + "e"


def fr_plural(w: str) -> str:
    if w.endswith(("s", "x", "z")):
        return w
    if w.endswith("al"):
        return w[:-2] + "aux"
    return w + "s"


def es_feminine(m: str) -> str:
    for end, fem in (("és", "esa"), ("án", "ana"), ("ín", "ina"), ("ón", "ona")):
        if m.endswith(end):
            return m[: -len(end)] + fem
    if m.endswith("o"):
        return m[:-1] + "a"
    if m.endswith("ol"):
        return m + "a"
    return m


def es_plurals(w: str) -> list[str]:
    for end, pl in (("és", "eses"), ("án", "anes"), ("ín", "ines"), ("ón", "ones")):
        if w.endswith(end):
            return [w[: -len(end)] + pl]
    if w.endswith(("í", "ú")):
        return [w + "es", w + "s"]
    if w.endswith(("a", "e", "o")):
        return [w + "s"]
    if w.endswith("z"):
        return [w[:-1] + "ces"]
    return [w + "es"]


def it_plural(w: str, feminine: bool) -> str:
    if w.endswith("e"):
        return w[:-1] + "i"
    if w.endswith("io"):
        return w[:-1]
    if w.endswith("o"):
        if w.endswith(("ico", "aco")):
            return w[:-1] + "i"
        if w.endswith("co"):
            return w[:-1] + "hi"
        if w.endswith("go"):
            return w[:-1] + "hi"
        return w[:-1] + "i"
    if w.endswith("a"):
        if not feminine:
            return w[:-1] + "i"
        if w.endswith(("ca", "ga")):
            return w[:-1] + "he"
        return w[:-1] + "e"
    return w


def pt_feminine(m: str) -> str:
    if m.endswith("ês"):
        return m[:-2] + "esa"
    if m.endswith("o"):
        return m[:-1] + "a"
    return m


def pt_plural(w: str) -> str:
    if w.endswith("ês"):
        return w[:-2] + "eses"
    if w.endswith("al"):
        return w[:-2] + "ais"
    if w.endswith(("r", "z")):
        return w + "es"
    if w.endswith("m"):
        return w[:-1] + "ns"
    if w.endswith("s"):
        return w
    return w + "s"


RU_VELAR = "гкх"
RU_SIBILANT = "жшчщц"


def ru_adjective(m: str) -> list[str]:
    if m.endswith(("кий", "гий", "хий")):
        stem = m[:-2]
        ends = ["ий", "ая", "ое", "ие", "ого", "ой", "ому", "ую", "им", "ом", "их", "ими"]
    elif m.endswith("ый"):
        stem = m[:-2]
        ends = ["ый", "ая", "ое", "ые", "ого", "ой", "ому", "ую", "ым", "ом", "ых", "ыми"]
    elif m.endswith("ий"):  # soft stem
        stem = m[:-2]
        ends = ["ий", "яя", "ее", "ие", "его", "ей", "ему", "юю", "им", "ем", "их", "ими"]
    else:
        return [m]
    return [stem + e for e in ends]


def uk_adjective(m: str) -> list[str]:
    if not m.endswith("ий"):
        return [m]
    stem = m[:-2]
    return [stem + e for e in ["ий", "а", "е", "і", "ого", "ої", "ому", "ій", "у", "им", "ою", "ими", "их"]]


def ar_adjective(b: str) -> list[str]:
    return [b, b + "ة", "ال" + b, "ال" + b + "ة", "ال" + b + "ين", "ال" + b + "ون"]


def en_adjective(a: str) -> list[str]:
    return [a, a + "s"] if a.endswith(("an", "i")) and a not in ("UK", "US") else [a]


def inflect(lang: str, spec: str) -> list[str]:
    """All forms of the adjectives in ``spec`` (";"-separated; "masc/fem"; "=explicit,forms")."""
    forms: list[str] = []
    for alt in split_list(spec):
        if alt.startswith("="):
            forms += [v.strip() for v in alt[1:].split(",")]
            continue
        masc, _, fem = alt.partition("/")
        if lang == "en":
            forms += en_adjective(masc)
        elif lang == "fr":
            fem = fem or fr_feminine(masc)
            forms += [masc, fem, fr_plural(masc), fr_plural(fem)]
        elif lang == "es":
            fem = fem or es_feminine(masc)
            forms += [masc, fem, *es_plurals(masc), *es_plurals(fem)]
        elif lang == "de":
            forms += [masc + e for e in ("", "e", "en", "er", "es", "em")]
        elif lang == "it":
            fem = fem or (masc[:-1] + "a" if masc.endswith("o") else masc)
            forms += [masc, fem, it_plural(masc, False), it_plural(fem, True)]
        elif lang == "pt":
            fem = fem or pt_feminine(masc)
            forms += [masc, fem, pt_plural(masc), pt_plural(fem)]
        elif lang == "ru":
            forms += ru_adjective(masc)
        elif lang == "uk":
            forms += uk_adjective(masc)
        elif lang == "ar":
            forms += [masc] if " " in masc else ar_adjective(masc)
    return uniq(forms)


def ru_noun_cases(w: str, after_adjective: bool = False) -> dict[str, str]:
    """Singular (or plural -ы) case forms of a Russian noun; empty if indeclinable."""
    if not w or w.isupper() or w[-1] not in "аяыйьбвгджзклмнпрстфхцчшщ" and not (after_adjective and w[-1] == "о"):
        return {}
    if w.endswith("ия"):
        s = w[:-1]
        return {"gen": s + "и", "dat": s + "и", "acc": s + "ю", "ins": s + "ей", "prep": s + "и"}
    if w.endswith("я"):
        s = w[:-1]
        return {"gen": s + "и", "dat": s + "е", "acc": s + "ю", "ins": s + "ей", "prep": s + "е"}
    if w.endswith("а"):
        s = w[:-1]
        return {"gen": s + ("и" if s[-1] in RU_VELAR + "жшчщ" else "ы"), "dat": s + "е", "acc": s + "у",
                "ins": s + ("ей" if s[-1] in RU_SIBILANT else "ой"), "prep": s + "е"}
    if w.endswith("ы"):
        s = w[:-1]
        return {"gen": s + "ов", "gen2": s, "dat": s + "ам", "acc": w, "ins": s + "ами", "prep": s + "ах"}
    if w.endswith(("й", "ь")):
        s = w[:-1]
        return {"gen": s + "я", "dat": s + "ю", "acc": w, "ins": s + "ем", "prep": s + "е"}
    if w.endswith("о"):
        s = w[:-1]
        return {"gen": s + "а", "dat": s + "у", "acc": w, "ins": s + "ом", "prep": s + "е"}
    return {"gen": w + "а", "dat": w + "у", "acc": w, "ins": w + ("ем" if w[-1] in RU_SIBILANT else "ом"),
            "prep": w + "е"}


def ru_adjective_cases(a: str) -> dict[str, str] | None:
    """Case forms of an attributive adjective in a name (agreeing with its noun)."""
    soft = a[-3:-2] in RU_VELAR + "жшчщ"
    i = "и" if soft else "ы"
    if a.endswith(("ая", "яя")):
        s = a[:-2]
        return {"gen": s + "ой", "dat": s + "ой", "acc": s + "ую", "ins": s + "ой", "prep": s + "ой"}
    if a.endswith(("ый", "ий", "ой")):
        s = a[:-2]
        return {"gen": s + "ого", "dat": s + "ому", "acc": a, "ins": s + i + "м", "prep": s + "ом"}
    if a.endswith(("ое", "ее")):
        s = a[:-2]
        return {"gen": s + "ого", "dat": s + "ому", "acc": a, "ins": s + i + "м", "prep": s + "ом"}
    if a.endswith(("ые", "ие")):
        s = a[:-2]
        return {"gen": s + i + "х", "dat": s + i + "м", "acc": a, "ins": s + i + "ми", "prep": s + i + "х"}
    return None


def ru_forms(name: str) -> list[str]:
    """Oblique case forms of a Russian name or seat of power (the nominative is not repeated)."""
    if name in RU_IRREGULAR:
        return split_list(RU_IRREGULAR[name])
    words = name.split(" ")
    if len(words) == 1:
        head, _, last = name.rpartition("-")
        cases = ru_noun_cases(last)
        return [f"{head}-{f}" if head else f for f in cases.values() if f != last]
    if any(w in ("и", "—", "-") for w in words):
        return []
    adjs = [ru_adjective_cases(w) for w in words[:-1]]
    noun = ru_noun_cases(words[-1], after_adjective=True)
    if any(a is None for a in adjs) or not noun:
        return []
    out = []
    for case in ("gen", "dat", "acc", "ins", "prep"):
        out.append(" ".join([a[case] for a in adjs] + [noun[case]]))
    return [f for f in out if f != name]


UK_ALTERNATION = {"к": "ц", "г": "з", "х": "с"}


def uk_noun_cases(w: str, after_adjective: bool = False) -> dict[str, list[str]]:
    if not w or w.isupper() or w[-1] not in "аяийьбвгґджзклмнпрстфхцчшщ" and not (after_adjective and w[-1] == "о"):
        return {}
    if w.endswith("ія"):
        s = w[:-1]
        return {"gen": [s + "ї"], "acc": [s + "ю"], "ins": [s + "єю"]}
    if w.endswith("я"):
        s = w[:-1]
        return {"gen": [s + "ї"], "acc": [s + "ю"], "ins": [s + "єю"]}
    if w.endswith("а"):
        s = w[:-1]
        loc = s[:-1] + UK_ALTERNATION[s[-1]] + "і" if s[-1] in UK_ALTERNATION else s + "і"
        return {"gen": [s + "и"], "dat": [loc], "acc": [s + "у"], "ins": [s + ("ею" if s[-1] in RU_SIBILANT else "ою")]}
    if w.endswith("и"):  # plural
        s = w[:-1]
        return {"gen": [s + "ів", s], "dat": [s + "ам"], "ins": [s + "ами"], "loc": [s + "ах"]}
    if w.endswith("й"):
        s = w[:-1]
        return {"gen": [s + "ю", s + "я"], "dat": [s + "єві"], "ins": [s + "єм"], "loc": [s + "ї"]}
    if w.endswith("ь"):
        s = w[:-1]
        return {"gen": [s + "ю", s + "я"], "dat": [s + "еві"], "ins": [s + "ем"], "loc": [s + "і"]}
    if w.endswith("о"):
        s = w[:-1]
        return {"gen": [s + "а"], "dat": [s + "у"], "ins": [s + "ом"], "loc": [s + "і"]}
    loc = [w + "у"] if w[-1] in "кгх" else [w + "і"]
    return {"gen": [w + "у", w + "а"], "dat": [w + "ові", w + "у"],
            "ins": [w + ("ем" if w[-1] in "жшчщ" else "ом")], "loc": loc}


def uk_forms(name: str) -> list[str]:
    if name in UK_IRREGULAR:
        return split_list(UK_IRREGULAR[name])
    words = name.split(" ")
    if len(words) == 1:
        head, _, last = name.rpartition("-")
        cases = uk_noun_cases(last)
        return [f"{head}-{f}" if head else f for fs in cases.values() for f in fs if f != last]
    if len(words) != 2 or words[0].lower() != words[0] and not words[0].endswith(("а", "ий", "і", "е")):
        return []
    adj, noun = words
    cases = uk_noun_cases(noun, after_adjective=True)
    if not cases:
        return []
    if adj.endswith("а"):
        s = adj[:-1]
        a = {"gen": s + "ої", "dat": s + "ій", "acc": s + "у", "ins": s + "ою", "loc": s + "ій"}
    elif adj.endswith("ий"):
        s = adj[:-2]
        a = {"gen": s + "ого", "dat": s + "ому", "ins": s + "им", "loc": s + "ому"}
    elif adj.endswith("і"):
        s = adj[:-1]
        a = {"gen": s + "их", "dat": s + "им", "ins": s + "ими", "loc": s + "их"}
    elif adj.endswith("е"):
        s = adj[:-1]
        a = {"gen": s + "ого", "dat": s + "ому", "ins": s + "им", "loc": s + "ому"}
    else:
        return []
    out = []
    for case, forms in cases.items():
        if case in a:
            out += [f"{a[case]} {f}" for f in forms]
    if "loc" not in cases and "loc" in a and "dat" in cases:  # feminine: locative = dative
        out += [f"{a['loc']} {f}" for f in cases["dat"]]
    return out


def ru_noun_plural_forms(pl: str) -> list[str]:
    """Case forms of a Russian plural demonym ("американцы", "россияне")."""
    if pl.endswith(("ане", "яне")):
        s = pl[:-1]
        return [pl, s, s + "ам", s + "ами", s + "ах"]
    if pl.endswith(("цы", "ны", "ры", "сы", "ты", "ды")):
        s = pl[:-1]
        return [pl, s + "ев" if s.endswith("ц") else s, s + "ам", s + "ами", s + "ах"]
    if pl.endswith(("ки", "хи", "ги")):  # поляки, казахи, турки
        s = pl[:-1]
        return [pl, s + "ов", s + "ам", s + "ами", s + "ах"]
    if pl.endswith("ие"):  # русские
        return [pl, pl[:-1] + "х", pl[:-1] + "м", pl[:-1] + "ми"]
    return [pl]


def uk_noun_plural_forms(pl: str) -> list[str]:
    if pl.endswith(("яни", "ани")):
        s = pl[:-1]
        return [pl, s, s + "ам", s + "ами", s + "ах"]
    if pl.endswith(("ці", "ти")):
        s = pl[:-1]
        return [pl, s + "ів", s + ("ям" if s.endswith("ц") else "ам"), s + ("ями" if s.endswith("ц") else "ами"),
                s + ("ях" if s.endswith("ц") else "ах")]
    if pl.endswith(("ни", "си", "ки")):
        s = pl[:-1]
        return [pl, s + "ів", s + "ам", s + "ами", s + "ах"]
    return [pl]


def de_genitive(name: str) -> list[str]:
    """"Russlands", "Frankreichs": the genitive of neuter one-word country names."""
    if " " in name or "-" in name or name.endswith(("s", "x", "z", "ß", "e", "ei", "ien")) or name in ("Schweiz",):
        return []
    return [name + "s"]


AR_PREFIXES = ("و", "ب", "ل")


def ar_clitics(name: str) -> list[str]:
    """The name with the conjunction and prepositions written attached ("وروسيا", "بروسيا", "للعراق")."""
    out = []
    for p in AR_PREFIXES:
        if name.startswith("ال") and p == "ل":
            out.append("لل" + name[2:])
        else:
            out.append(p + name)
    return out


def yo_variants(values: list[str]) -> list[str]:
    return values + [v.replace("ё", "е").replace("Ё", "Е") for v in values if "ё" in v.lower()]


# ---------------------------------------------------------------------------------------------------------------
# Reading the references
# ---------------------------------------------------------------------------------------------------------------

def cameo_codes(reference: Path) -> dict[str, dict[str, str]]:
    """The CAMEO code tables (countries, types, religions, ethnic and known groups)."""
    return json.loads((reference / "cameo" / "cameo_actor_country_type_codes.json").read_text(encoding="utf-8"))


def read_country_info(reference: Path) -> dict[str, dict]:
    """CountryInfo.120116.txt: ISO alpha-2, English name, capitals and nationality forms per ISO alpha-3 code."""
    text = (reference / "dictionaries" / "CountryInfo.120116.txt").read_text(encoding="utf-8", errors="replace")
    text = text.split("-->", 1)[-1]  # the documentation block quotes the tags

    def field(block: str, tag: str) -> list[str]:
        m = re.search(rf"<{tag}>(.*?)</{tag}>", block, re.S)
        if not m:
            return []
        out = []
        for line in m.group(1).splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line.strip("_").replace("_", " ").strip())
        return [v for v in out if v]

    info: dict[str, dict] = {}
    for block in re.findall(r"<Country>(.*?)</Country>", text, re.S):
        alpha3 = (field(block, "ISO3166-alpha3") or [""])[0]
        if not re.fullmatch(r"[A-Z]{3}", alpha3):
            continue
        iso2 = (field(block, "ISO3166-alpha2") or [""])[0]
        info[alpha3] = {"iso2": iso2 if re.fullmatch(r"[A-Z]{2}", iso2) else None,
                        "name": (field(block, "CountryName") or [""])[0],
                        "capital": field(block, "Capital"), "nationality": field(block, "Nationality")}
    return info


def parse_table(text: str, langs: list[str]) -> dict[str, dict[str, str]]:
    """The "code | lang1 | lang2 …" tables of adjectives."""
    out: dict[str, dict[str, str]] = {}
    for line in text.strip().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, *cells = [c.strip() for c in line.split("|")]
        out[code] = {lang: cell for lang, cell in zip(langs, cells, strict=True) if cell and cell != "-"}
    return out


def parse_nouns(text: str) -> dict[str, list[str]]:
    """"CODE word word | CODE word …" (a code may come back: its words are added)."""
    out: dict[str, list[str]] = {}
    for item in text.replace("\n", " | ").split("|"):
        words = item.split()
        if words:
            code, rest = words[0], " ".join(words[1:])
            out.setdefault(code, []).extend(w for w in re.split(r"[ ;]+", rest) if w)
    return out


def parse_capitals() -> dict[str, tuple[str, str | None]]:
    out = {}
    for item in CAPITALS.replace("\n", " | ").split("|"):
        if item.strip():
            code, name, zone = item.split()
            out[code] = (name.replace("_", " "), None if zone == "-" else zone)
    return out


def parse_wikidata() -> dict[str, str]:
    words = WIKIDATA.split()
    return dict(zip(words[::2], words[1::2], strict=True))


# ---------------------------------------------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------------------------------------------

# Capitals whose name is mostly something else in the news (a common first name or surname, a word, another city):
# kept as `capital`, not indexed as a name of the government.
AMBIGUOUS_CAPITALS = {"BMU", "IMY", "FLK", "SYC", "AIA", "NFK", "REU", "SHN", "CYM", "GUY", "ATG", "GRD", "ESH",
                      "PCN", "MSR", "SPM"}
SOURCE_COUNTRY = ("CAMEO country codes; Unicode CLDR via Babel (names, capitals); pycountry (ISO 3166); CountryInfo "
                  "2012 (capitals, nationality); adjectives, inflections and seats of power by hand "
                  "(scripts/build_actor_data.py)")


def locale(lang: str):
    from babel import Locale

    return Locale.parse(lang)


def cldr_territory(lang: str, code: str | None) -> str | None:
    return locale(lang).territories.get(code) if code else None


def cldr_city(lang: str, zone: str) -> str | None:
    """The CLDR name of a time zone's exemplar city in ``lang``; Latin-script languages fall back to the root name."""
    city = locale(lang).time_zones.get(zone, {}).get("city")
    if city or lang not in LATIN:
        return city
    from babel.dates import get_timezone_location

    try:
        return get_timezone_location(zone, locale=lang, return_city=True)
    except (LookupError, ValueError):
        return None


def with_case_forms(lang: str, values: list[str]) -> list[str]:
    """Names with the forms news inflects them in: Russian and Ukrainian cases, German genitive, Arabic clitics."""
    out = list(values)
    for v in values:
        if lang == "ru":
            out += ru_forms(v)
        elif lang == "uk":
            out += uk_forms(v)
        elif lang == "de":
            out += de_genitive(v)
        elif lang == "ar":
            out += ar_clitics(v)
    if lang in ("ru", "uk"):
        out = yo_variants(out)
    return uniq(out)


def iso2_of(code: str, info: dict[str, dict]) -> str | None:
    import pycountry

    if code in REGIONS:
        return None
    if code in CAMEO_TO_ISO2:
        return CAMEO_TO_ISO2[code]
    country = pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code)
    if country is not None:
        return country.alpha_2
    return (info.get(code) or {}).get("iso2")


def english_names(code: str, iso2: str | None) -> list[str]:
    import pycountry

    names = []
    country = pycountry.countries.get(alpha_2=iso2) if iso2 else None
    if country is not None:
        for attr in ("common_name", "name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value and "(" not in value:
                names.append(value)
    return names


def build_countries(reference: Path) -> list[dict]:
    cameo = cameo_codes(reference)["ACTOR_COUNTRY_CODES"]
    info = read_country_info(reference)
    wikidata = parse_wikidata()
    capitals = parse_capitals()
    west = parse_table(ADJ_WEST, ["en", "fr", "es", "de"])
    east = parse_table(ADJ_EAST, ["ru", "ar", "uk"])
    south = parse_table(ADJ_SOUTH, ["it", "pt"])
    de_nouns, ru_nouns, uk_nouns = parse_nouns(DE_NOUNS), parse_nouns(RU_NOUNS), parse_nouns(UK_NOUNS)
    rows = []
    for code in sorted(cameo):
        iso2 = iso2_of(code, info)
        territory = iso2 or REGION_CLDR.get(code)
        names: dict[str, list[str]] = {}
        for lang in LANGS:
            values = []
            if code in REGION_NAMES and lang in REGION_NAMES[code]:
                values += split_list(REGION_NAMES[code][lang])
            cldr = cldr_territory(lang, territory)
            if cldr:
                values.append(cldr)
            if lang == "en":
                values += english_names(code, iso2)
                if not values or code in REGIONS:
                    values.append(re.sub(r"\s*\(.*\)", "", cameo[code]).replace("the West", "West"))
            values += split_list(EXTRA_NAMES.get(code, {}).get(lang))
            if values:
                names[lang] = with_case_forms(lang, uniq(values))
        canonical = cldr_territory("en", territory) if code not in REGIONS else None
        canonical = (canonical or (names.get("en") or [cameo[code]])[0]).replace("’", "'")

        adjectives: dict[str, list[str]] = {}
        for table in (west, east, south):
            for lang, spec in table.get(code, {}).items():
                adjectives[lang] = inflect(lang, spec)
        if "en" not in adjectives and code in info:
            first = next((n for n in info[code]["nationality"] if re.search(r"(AN|ESE|ISH|I|IC)$", n)), None)
            if first:
                adjectives["en"] = en_adjective(first.title())
        if code in de_nouns:
            adjectives["de"] = uniq(adjectives.get("de", []) + de_nouns[code])
        for pl in ru_nouns.get(code, []):
            adjectives["ru"] = uniq(adjectives.get("ru", []) + ru_noun_plural_forms(pl))
        for pl in uk_nouns.get(code, []):
            adjectives["uk"] = uniq(adjectives.get("uk", []) + uk_noun_plural_forms(pl))
        adjectives = {lang: yo_variants(v) if lang in ("ru", "uk") else v for lang, v in adjectives.items() if v}

        capital, zone = capitals.get(code, (None, None))
        if capital is None and code in info and info[code]["capital"]:
            capital = info[code]["capital"][0].title()
        capital_names: dict[str, list[str]] = {}
        if capital and code not in AMBIGUOUS_CAPITALS:
            for lang in LANGS:
                values = []
                if lang == "en":
                    values.append(capital)
                elif zone and (city := cldr_city(lang, zone)):
                    values.append(city)
                values += split_list(CAPITAL_NAMES.get(code, {}).get(lang))
                if not values and lang in LATIN:
                    values.append(capital)
                own = {normalise_key(n) for n in names.get(lang, [])}
                values = [v for v in uniq(values) if normalise_key(v) not in own]
                if values:
                    capital_names[lang] = with_case_forms(lang, values)
        metonyms = {lang: with_case_forms(lang, split_list(spec)) for lang, spec in METONYMS.get(code, {}).items()}
        rows.append({"code": code, "iso2": iso2, "wikidata": wikidata.get(code), "name": canonical,
                     "names": names, "adjectives": adjectives, "capital": capital, "capital_names": capital_names,
                     "metonyms": metonyms, "source": SOURCE_COUNTRY})
    return rows


def normalise_key(text: str) -> str:
    """As the loader normalises names (newsgraph.knowledge.languages.normalise)."""
    text = unicodedata.normalize("NFC", text).lower()
    return text.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("–", "-").replace("—", "-").strip()


# ---------------------------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------------------------

def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", choices=["countries", "organisations", "agents"], action="append")
    args = parser.parse_args(argv)
    parts = args.only or ["countries", "organisations", "agents"]
    if "countries" in parts:
        rows = build_countries(args.reference)
        write_jsonl(args.out / "countries.jsonl", rows)
        print(f"countries.jsonl: {len(rows)} countries and regions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
