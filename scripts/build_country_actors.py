"""Build ``src/newsevents/knowledge/actors/countries.tsv`` (run at build time, never at run time).

The hand-written table below lists every UN member and observer state (plus Kosovo and Taiwan, which
news treats as actors) with its usual short name, extra aliases and demonyms. pycountry adds the ISO
names and checks every code. Run: ``.venv/bin/python scripts/build_country_actors.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src/newsevents/knowledge/actors/countries.tsv"

# ISO3 | short name | extra aliases (;) | demonyms and nationality nouns (;)
TABLE = """
AFG|Afghanistan||Afghan;Afghans
ALB|Albania||Albanian;Albanians
DZA|Algeria||Algerian;Algerians
AND|Andorra||Andorran;Andorrans
AGO|Angola||Angolan;Angolans
ATG|Antigua and Barbuda|Antigua|Antiguan;Antiguans
ARG|Argentina||Argentine;Argentinian;Argentines;Argentinians
ARM|Armenia||Armenian;Armenians
AUS|Australia||Australian;Australians
AUT|Austria||Austrian;Austrians
AZE|Azerbaijan||Azerbaijani;Azeri;Azerbaijanis;Azeris
BHS|Bahamas|the Bahamas|Bahamian;Bahamians
BHR|Bahrain|Bahrein|Bahraini;Bahrainis
BGD|Bangladesh||Bangladeshi;Bangladeshis
BRB|Barbados||Barbadian;Barbadians
BLR|Belarus|Byelorussia;Belorussia|Belarusian;Belarusians;Belorussian;Byelorussian
BEL|Belgium||Belgian;Belgians
BLZ|Belize||Belizean;Belizeans
BEN|Benin||Beninese
BTN|Bhutan||Bhutanese
BOL|Bolivia||Bolivian;Bolivians
BIH|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian;Bosnians
BWA|Botswana||Botswanan;Motswana;Batswana
BRA|Brazil||Brazilian;Brazilians
BRN|Brunei|Brunei Darussalam|Bruneian;Bruneians
BGR|Bulgaria||Bulgarian;Bulgarians
BFA|Burkina Faso||Burkinabe;Burkinabè
BDI|Burundi||Burundian;Burundians
CPV|Cabo Verde|Cape Verde|Cape Verdean;Cabo Verdean;Cape Verdeans
KHM|Cambodia||Cambodian;Cambodians
CMR|Cameroon||Cameroonian;Cameroonians
CAN|Canada||Canadian;Canadians
CAF|Central African Republic|CAR|Central African;Central Africans
TCD|Chad||Chadian;Chadians
CHL|Chile||Chilean;Chileans
CHN|China|People's Republic of China;PRC;mainland China|Chinese
COL|Colombia||Colombian;Colombians
COM|Comoros|the Comoros|Comorian;Comorians
COG|Republic of the Congo|Congo-Brazzaville;Congo Republic|
COD|Democratic Republic of the Congo|DR Congo;DRC;Congo;Congo-Kinshasa;DR of Congo;the DRC|Congolese
CRI|Costa Rica||Costa Rican;Costa Ricans
CIV|Côte d'Ivoire|Ivory Coast;Cote d'Ivoire|Ivorian;Ivorians
HRV|Croatia||Croatian;Croat;Croats;Croatians
CUB|Cuba||Cuban;Cubans
CYP|Cyprus||Cypriot;Cypriots
CZE|Czech Republic|Czechia|Czech;Czechs
DNK|Denmark||Danish;Danes
DJI|Djibouti||Djiboutian;Djiboutians
DMA|Dominica||
DOM|Dominican Republic||Dominican;Dominicans
ECU|Ecuador||Ecuadorian;Ecuadorean;Ecuadorians
EGY|Egypt||Egyptian;Egyptians
SLV|El Salvador||Salvadoran;Salvadorean;Salvadorans
GNQ|Equatorial Guinea||Equatorial Guinean;Equatoguinean
ERI|Eritrea||Eritrean;Eritreans
EST|Estonia||Estonian;Estonians
SWZ|Eswatini|Swaziland|Swazi;Swazis;Emaswati
ETH|Ethiopia||Ethiopian;Ethiopians
FJI|Fiji||Fijian;Fijians
FIN|Finland||Finnish;Finns
FRA|France||French
GAB|Gabon||Gabonese
GMB|Gambia|The Gambia;the Gambia|Gambian;Gambians
GEO|Georgia||Georgian;Georgians
DEU|Germany||German;Germans
GHA|Ghana||Ghanaian;Ghanaians
GRC|Greece||Greek;Greeks
GRD|Grenada||Grenadian;Grenadians
GTM|Guatemala||Guatemalan;Guatemalans
GIN|Guinea|Guinea-Conakry|Guinean;Guineans
GNB|Guinea-Bissau||Bissau-Guinean;Bissau-Guineans
GUY|Guyana||Guyanese
HTI|Haiti||Haitian;Haitians
HND|Honduras||Honduran;Hondurans
HUN|Hungary||Hungarian;Hungarians
ISL|Iceland||Icelandic;Icelanders
IND|India||Indian;Indians
IDN|Indonesia||Indonesian;Indonesians
IRN|Iran|Islamic Republic of Iran;Persia|Iranian;Iranians
IRQ|Iraq||Iraqi;Iraqis
IRL|Ireland|Republic of Ireland;Eire|Irish
ISR|Israel||Israeli;Israelis
ITA|Italy||Italian;Italians
JAM|Jamaica||Jamaican;Jamaicans
JPN|Japan||Japanese
JOR|Jordan||Jordanian;Jordanians
KAZ|Kazakhstan||Kazakh;Kazakhstani;Kazakhs;Kazakhstanis
KEN|Kenya||Kenyan;Kenyans
KIR|Kiribati||I-Kiribati
PRK|North Korea|DPRK;Democratic People's Republic of Korea;Pyongyang regime|North Korean;North Koreans
KOR|South Korea|Republic of Korea;ROK|South Korean;South Koreans
KWT|Kuwait||Kuwaiti;Kuwaitis
KGZ|Kyrgyzstan|Kyrgyz Republic;Kirghizia;Kirgizia|Kyrgyz;Kyrgyzstani
LAO|Laos|Lao PDR|Lao;Laotian;Laotians
LVA|Latvia||Latvian;Latvians
LBN|Lebanon||Lebanese
LSO|Lesotho||Basotho;Mosotho
LBR|Liberia||Liberian;Liberians
LBY|Libya||Libyan;Libyans
LIE|Liechtenstein||Liechtensteiner;Liechtensteiners
LTU|Lithuania||Lithuanian;Lithuanians
LUX|Luxembourg||Luxembourgish;Luxembourger;Luxembourgers
MDG|Madagascar||Malagasy
MWI|Malawi||Malawian;Malawians
MYS|Malaysia||Malaysian;Malaysians
MDV|Maldives|the Maldives|Maldivian;Maldivians
MLI|Mali||Malian;Malians
MLT|Malta||Maltese
MHL|Marshall Islands|the Marshall Islands|Marshallese
MRT|Mauritania||Mauritanian;Mauritanians
MUS|Mauritius||Mauritian;Mauritians
MEX|Mexico||Mexican;Mexicans
FSM|Micronesia|Federated States of Micronesia|Micronesian;Micronesians
MDA|Moldova||Moldovan;Moldovans
MCO|Monaco||Monegasque;Monacan
MNG|Mongolia||Mongolian;Mongolians
MNE|Montenegro||Montenegrin;Montenegrins
MAR|Morocco||Moroccan;Moroccans
MOZ|Mozambique||Mozambican;Mozambicans
MMR|Myanmar|Burma|Burmese
NAM|Namibia||Namibian;Namibians
NRU|Nauru||Nauruan;Nauruans
NPL|Nepal||Nepali;Nepalese;Nepalis
NLD|Netherlands|the Netherlands;Holland|Dutch
NZL|New Zealand||New Zealander;New Zealanders
NIC|Nicaragua||Nicaraguan;Nicaraguans
NER|Niger||Nigerien;Nigeriens
NGA|Nigeria||Nigerian;Nigerians
MKD|North Macedonia|Macedonia|North Macedonian;Macedonian;Macedonians
NOR|Norway||Norwegian;Norwegians
OMN|Oman||Omani;Omanis
PAK|Pakistan||Pakistani;Pakistanis
PLW|Palau||Palauan;Palauans
PAN|Panama||Panamanian;Panamanians
PNG|Papua New Guinea|PNG|Papua New Guinean;Papua New Guineans
PRY|Paraguay||Paraguayan;Paraguayans
PER|Peru||Peruvian;Peruvians
PHL|Philippines|the Philippines|Filipino;Filipinos;Philippine
POL|Poland||Polish;Poles
PRT|Portugal||Portuguese
QAT|Qatar||Qatari;Qataris
ROU|Romania||Romanian;Romanians
RUS|Russia|Russian Federation|Russian;Russians
RWA|Rwanda||Rwandan;Rwandans
KNA|Saint Kitts and Nevis|St Kitts and Nevis|Kittitian;Nevisian
LCA|Saint Lucia|St Lucia|Saint Lucian;St Lucian
VCT|Saint Vincent and the Grenadines|St Vincent and the Grenadines;St Vincent|Vincentian;Vincentians
WSM|Samoa||Samoan;Samoans
SMR|San Marino||Sammarinese
STP|Sao Tome and Principe|São Tomé and Príncipe|Santomean;Sao Tomean
SAU|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis
SEN|Senegal||Senegalese
SRB|Serbia||Serbian;Serb;Serbs;Serbians
SYC|Seychelles|the Seychelles|Seychellois
SLE|Sierra Leone||Sierra Leonean;Sierra Leoneans
SGP|Singapore||Singaporean;Singaporeans
SVK|Slovakia||Slovak;Slovakian;Slovaks
SVN|Slovenia||Slovenian;Slovene;Slovenians;Slovenes
SLB|Solomon Islands|the Solomon Islands|Solomon Islander;Solomon Islanders
SOM|Somalia||Somali;Somalis
ZAF|South Africa||South African;South Africans
SSD|South Sudan||South Sudanese
ESP|Spain||Spanish;Spaniards
LKA|Sri Lanka||Sri Lankan;Sri Lankans
SDN|Sudan|the Sudan|Sudanese
SUR|Suriname|Surinam|Surinamese
SWE|Sweden||Swedish;Swedes
CHE|Switzerland||Swiss
SYR|Syria|Syrian Arab Republic|Syrian;Syrians
TJK|Tajikistan|Tadjikistan;Tadzhikistan|Tajik;Tajikistani;Tajiks
TZA|Tanzania|United Republic of Tanzania|Tanzanian;Tanzanians
THA|Thailand||Thai;Thais
TLS|Timor-Leste|East Timor|Timorese;East Timorese
TGO|Togo||Togolese
TON|Tonga||Tongan;Tongans
TTO|Trinidad and Tobago|Trinidad|Trinidadian;Trinidadians;Tobagonian
TUN|Tunisia||Tunisian;Tunisians
TUR|Turkey|Türkiye;Turkiye|Turkish;Turk;Turks
TKM|Turkmenistan||Turkmen;Turkmens
TUV|Tuvalu||Tuvaluan;Tuvaluans
UGA|Uganda||Ugandan;Ugandans
UKR|Ukraine|the Ukraine|Ukrainian;Ukrainians
ARE|United Arab Emirates|UAE;the Emirates;U.A.E.|Emirati;Emiratis
GBR|United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons
USA|United States|US;U.S.;USA;U.S.A.;America;United States of America|American;Americans
URY|Uruguay||Uruguayan;Uruguayans
UZB|Uzbekistan||Uzbek;Uzbekistani;Uzbeks
VUT|Vanuatu||Ni-Vanuatu;Vanuatuan
VEN|Venezuela||Venezuelan;Venezuelans
VNM|Vietnam|Viet Nam|Vietnamese
YEM|Yemen||Yemeni;Yemenis
ZMB|Zambia||Zambian;Zambians
ZWE|Zimbabwe||Zimbabwean;Zimbabweans
VAT|Holy See|Vatican;the Vatican;Vatican City|Vatican
PSE|Palestine|State of Palestine;Palestinian territories|Palestinian;Palestinians
XKX|Kosovo||Kosovar;Kosovan;Kosovars
TWN|Taiwan|Republic of China|Taiwanese
"""

# Headlines and wire copy shorten the compass word opening a country's name to its initial:
# "S. Sudan", "N. Korea", "C.African Republic". Each such name and demonym also gets these forms.
COMPASS = ("North", "South", "East", "West", "Central")


def abbreviated(names: list[str]) -> list[str]:
    """'S. Sudan' and 'S.Sudan' for 'South Sudan': the headline forms of names opening with a compass
    word, for every name in ``names`` that has one."""
    out: list[str] = []
    for name in names:
        first, _, rest = name.partition(" ")
        if first in COMPASS and rest:
            out += [f"{first[0]}. {rest}", f"{first[0]}.{rest}"]
    return out


# Observers and states whose status ISO does not record as a country code of its own.
NOT_IN_ISO = {"XKX"}
UN_MEMBERS = 193


def main() -> int:
    rows = []
    seen: set[str] = set()
    lines = TABLE.strip().splitlines()
    # A name one row writes by hand is never taken from ISO for another: ISO calls the Republic of
    # the Congo "Congo", which news uses for the DRC.
    hand = {a for line in lines for a in [line.split("|")[1], *line.split("|")[2].split(";")] if a}
    for line in lines:
        iso3, name, aliases, demonyms = (part.strip() for part in line.split("|"))
        if iso3 in seen:
            raise SystemExit(f"duplicate {iso3}")
        seen.add(iso3)
        names = [a for a in aliases.split(";") if a]
        if iso3 not in NOT_IN_ISO:
            country = pycountry.countries.get(alpha_3=iso3)
            if country is None:
                raise SystemExit(f"{iso3} is not an ISO 3166-1 alpha-3 code")
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value and "," not in value and value not in names and value not in hand:
                    names.append(value)
        names += [a for a in abbreviated([name, *names]) if a not in names]
        dem = [d for d in demonyms.split(";") if d and d != name]
        dem += [d for d in abbreviated(dem) if d not in dem]
        rows.append("\t".join([iso3, "state", name, iso3, "GOV", "|".join(names), "|".join(dem)]))
    members = len(seen - {"VAT", "PSE", "XKX", "TWN"})
    if members != UN_MEMBERS:
        raise SystemExit(f"{members} UN members listed, expected {UN_MEMBERS}")
    header = "\t".join(["id", "kind", "name", "country", "sector", "aliases", "demonyms"])
    note = "# Generated by scripts/build_country_actors.py; edit the table there, not this file.\n"
    OUT.write_text(note + header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} states to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
