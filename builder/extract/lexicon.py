"""General English news-usage word lists the rule-based extractors read.

Nothing here is about one story: country names come from `pycountry` (ISO 3166) plus the
short forms newspapers use, with demonyms and capitals (capitals stand for governments in news
usage: "Moscow said"); the rest are closed-class words (titles, organisation head nouns,
speech verbs, function words) as any English style guide lists them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

# Words that negate the clause they stand in ("not", "had no role", "nothing to do with").
# the Arabic article written before a name ("al-Malki", "Al-Malki", "el-Sisi")
ARABIC_ARTICLE = re.compile(r"^(?:al|el)-(?=\w)", re.IGNORECASE)


def unaccented(text: str) -> str:
    """The text without its accents ("Rodríguez" -> "Rodriguez", "Üzümcü" -> "Uzumcu")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


NEGATORS = frozenset({"not", "n't", "never", "no", "nothing", "none", "nobody", "neither", "nor"})
# nouns after which "no" affirms: "no doubt", "no secret", "no accident", "had no choice but …"
AFFIRMING_NO = frozenset({"doubt", "question", "secret", "surprise", "coincidence", "accident", "exaggeration",
                          "exception", "wonder", "choice", "alternative", "longer", "less", "more", "fewer", "better"})

# ── Countries ────────────────────────────────────────────────────────────────────────────
# "Common name | other names | demonyms | capital(s)" for the names pycountry spells in
# a form newspapers do not use, plus demonyms and capitals for states in the news.
_COUNTRY_TABLE = """
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Angola||Angolan|Luanda
Argentina||Argentine,Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani|Baku
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Bolivia||Bolivian|La Paz
Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
Brazil||Brazilian|Brasilia
Bulgaria||Bulgarian|Sofia
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde
Canada||Canadian|Ottawa
Chile||Chilean|Santiago
China|People's Republic of China,PRC|Chinese|Beijing
Colombia||Colombian|Bogota
Croatia||Croatian|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish|Copenhagen
Egypt||Egyptian|Cairo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Ethiopia||Ethiopian|Addis Ababa
Finland||Finnish|Helsinki
France||French|Paris
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Hungary||Hungarian|Budapest
India||Indian|New Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland||Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh|Astana
Kenya||Kenyan|Nairobi
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Libya||Libyan|Tripoli
Lithuania||Lithuanian|Vilnius
Malaysia||Malaysian|Kuala Lumpur
Mali||Malian|Bamako
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau
Mongolia||Mongolian|Ulaanbaatar
Morocco||Moroccan|Rabat
Myanmar|Burma|Burmese|Naypyidaw
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|Holland|Dutch|Amsterdam,The Hague
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|DPRK|North Korean|Pyongyang
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palestine|Palestinian territories|Palestinian|Ramallah
Peru||Peruvian|Lima
Philippines||Filipino,Philippine|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Rwanda||Rwandan|Kigali
Saudi Arabia|Kingdom of Saudi Arabia|Saudi|Riyadh
Serbia||Serbian,Serb|Belgrade
Singapore||Singaporean|
Slovakia||Slovak|Bratislava
Slovenia||Slovenian|Ljubljana
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea|South Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Sweden||Swedish|Stockholm
Switzerland||Swiss|Bern
Syria|Syrian Arab Republic|Syrian|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Tunisia||Tunisian|Tunis
Turkey|Türkiye,Turkiye|Turkish|Ankara
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv,Kiev
United Arab Emirates|UAE,U.A.E.|Emirati|Abu Dhabi
United Kingdom|Britain,Great Britain,UK,U.K.|British|London
United States|United States of America,U.S.,US,USA,U.S.A.,America|American,U.S.|Washington
Uzbekistan||Uzbek|Tashkent
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa
Zimbabwe||Zimbabwean|Harare
Andorra||Andorran|
Antigua and Barbuda||Antiguan|
Bahamas|The Bahamas|Bahamian|Nassau
Barbados||Barbadian|Bridgetown
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Botswana||Botswanan|Gaborone
Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic||Central African|Bangui
Chad||Chadian|N'Djamena
Comoros||Comoran|Moroni
Costa Rica||Costa Rican|San José
Ivory Coast|Côte d'Ivoire|Ivorian|Yamoussoukro
Dominican Republic||Dominican|Santo Domingo
Ecuador||Ecuadorian|Quito
El Salvador||Salvadoran|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eswatini|Swaziland|Swazi|Mbabane
Fiji||Fijian|Suva
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Greenland||Greenlandic|Nuuk
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau||Bissau-Guinean|Bissau
Guyana||Guyanese|
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hong Kong||Hong Konger|
Iceland||Icelandic|Reykjavik
Jamaica||Jamaican|
Laos||Laotian|Vientiane
Lesotho||Basotho|Maseru
Liberia||Liberian|Monrovia
Liechtenstein||Liechtensteiner|Vaduz
Luxembourg||Luxembourgish,Luxembourger|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Maldives||Maldivian|Malé
Malta||Maltese|Valletta
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Monaco||Monegasque|
Montenegro||Montenegrin|Podgorica
Mozambique||Mozambican|Maputo
Namibia||Namibian|Windhoek
North Macedonia|Macedonia|Macedonian|Skopje
Panama||Panamanian|Panama City
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asunción
Puerto Rico||Puerto Rican|
Samoa||Samoan|Apia
San Marino||Sammarinese|
Senegal||Senegalese|Dakar
Seychelles||Seychellois|
Sierra Leone||Sierra Leonean|Freetown
Solomon Islands||Solomon Islander|Honiara
Suriname||Surinamese|Paramaribo
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lomé
Tonga||Tongan|
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Uruguay||Uruguayan|Montevideo
Vanuatu||Ni-Vanuatu|Port Vila
Zambia||Zambian|Lusaka
Soviet Union|USSR,U.S.S.R.|Soviet|
"""


class Country:
    __slots__ = ("name", "names", "demonyms", "capitals")

    def __init__(self, name: str, names: tuple[str, ...], demonyms: tuple[str, ...], capitals: tuple[str, ...]):
        self.name, self.names, self.demonyms, self.capitals = name, names, demonyms, capitals


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Every surface form of a country (name, short name, capital) -> its Country."""
    table: dict[str, Country] = {}
    listed: set[str] = set()
    for line in _COUNTRY_TABLE.strip().splitlines():
        name, others, demonyms, capitals = (part.strip() for part in line.split("|"))
        country = Country(name, (name, *_split(others)), _split(demonyms), _split(capitals))
        for form in (*country.names, *country.capitals):
            table.setdefault(form, country)
        listed.update(country.names)
    for record in pycountry.countries:
        short = getattr(record, "common_name", None) or record.name
        if short in table:          # the table's country; pycountry adds its ISO and official names
            for form in (record.name, getattr(record, "official_name", None)):    # ("Kingdom of Morocco")
                if form and "," not in form:
                    table.setdefault(form, table[short])
            continue
        if "," in short:
            continue
        names = tuple(dict.fromkeys(n for n in (short, record.name, getattr(record, "official_name", None))
                                    if n and "," not in n))
        country = Country(short, names, (), ())
        for form in names:
            table.setdefault(form, country)
    return table


@lru_cache(maxsize=1)
def demonyms() -> dict[str, Country]:
    """Demonym ("Iranian") -> its Country; never an actor of its own."""
    out: dict[str, Country] = {}
    for country in set(countries().values()):
        for d in country.demonyms:
            out.setdefault(d, country)
    return out


@lru_cache(maxsize=1)
def subdivisions() -> frozenset[str]:
    """The names of countries' states, provinces and regions (ISO 3166-2, from pycountry)."""
    return frozenset(s.name for s in pycountry.subdivisions)


def _split(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


# ── Well-known bodies (general news usage) ───────────────────────────────────────────────
# Seats of government that stand for it, and international bodies usually named by acronym.
INSTITUTIONS: dict[str, tuple[str, str, str]] = {
    # surface: (canonical name, kind, country it belongs to or "")
    "Kremlin": ("Kremlin", "organization", "Russia"),
    "White House": ("White House", "organization", "United States"),
    "Pentagon": ("Pentagon", "organization", "United States"),
    "Department of Defense": ("Pentagon", "organization", "United States"),
    "Defense Department": ("Pentagon", "organization", "United States"),
    "U.S. Department of Defense": ("Pentagon", "organization", "United States"),
    "US Department of Defense": ("Pentagon", "organization", "United States"),
    "U.S. Defense Department": ("Pentagon", "organization", "United States"),
    "US Defense Department": ("Pentagon", "organization", "United States"),
    "Congress": ("Congress", "organization", "United States"),
    "Downing Street": ("Downing Street", "organization", "United Kingdom"),
    "Whitehall": ("Whitehall", "organization", "United Kingdom"),
    "Elysee": ("Elysee", "organization", "France"),
    "Élysée": ("Élysée", "organization", "France"),
    "Knesset": ("Knesset", "organization", "Israel"),
    "Bundestag": ("Bundestag", "organization", "Germany"),
    "Duma": ("Duma", "organization", "Russia"),
    "Vatican": ("Vatican", "organization", ""),
    "United Nations": ("United Nations", "organization", ""),
    "UN": ("United Nations", "organization", ""),
    "U.N.": ("United Nations", "organization", ""),
    "UN Security Council": ("UN Security Council", "organization", ""),
    "Security Council": ("Security Council", "organization", ""),
    "European Union": ("European Union", "organization", ""),
    "EU": ("European Union", "organization", ""),
    "NATO": ("NATO", "organization", ""),
    "Nato": ("NATO", "organization", ""),
    "IAEA": ("IAEA", "organization", ""),
    "OPEC": ("OPEC", "organization", ""),
    "IMF": ("IMF", "organization", ""),
    "World Bank": ("World Bank", "organization", ""),
    "WHO": ("World Health Organization", "organization", ""),
    "African Union": ("African Union", "organization", ""),
    "Arab League": ("Arab League", "organization", ""),
    "ASEAN": ("ASEAN", "organization", ""),
    "OSCE": ("OSCE", "organization", ""),
    "G7": ("G7", "organization", ""),
    "G20": ("G20", "organization", ""),
    "BRICS": ("BRICS", "organization", ""),
    "FBI": ("FBI", "organization", "United States"),
    "CIA": ("CIA", "organization", "United States"),
    "NSA": ("NSA", "organization", "United States"),
    "Interpol": ("Interpol", "organization", ""),
    # the jihadist movement and its Afghan branch, by their usual other names
    "ISIS": ("Islamic State", "organization", ""),
    "ISIL": ("Islamic State", "organization", ""),
    "Daesh": ("Islamic State", "organization", ""),
    "ISIS-K": ("Islamic State Khorasan Province", "organization", ""),
    "ISKP": ("Islamic State Khorasan Province", "organization", ""),
    "IS-K": ("Islamic State Khorasan Province", "organization", ""),
    "the West": ("the West", "group", ""),
}
# Demonym-like adjectives for groups of states ("Western officials" -> the West).
GROUP_ADJECTIVES = {"Western": "the West"}

# ── Titles and roles ─────────────────────────────────────────────────────────────────────
# Capitalised titles that precede a name ("President", "Lt. Col.").
TITLES = frozenset("""
President Vice-President Minister Premier Chancellor Secretary Adviser Advisor Spokesman Spokeswoman
Spokesperson Leader Commander Ayatollah Sheikh Sayyed Sayyid Emir King Queen Prince Princess Crown Pope Cardinal
Archbishop Bishop Rabbi Imam Ambassador Envoy Director Chairman Chairwoman Chair Chief Governor Mayor
Senator Sen. Rep. Representative Congressman Congresswoman Judge Justice General Gen. Lieutenant Lt.
Colonel Col. Major Maj. Captain Capt. Sergeant Sgt. Admiral Adm. Marshal Brigadier Brig. Commissioner
Prosecutor Attorney Mr. Mrs. Ms. Dr. Prof. Professor Sir Dame Lord Lady Deputy CEO CFO COO CTO Chancellor
Speaker Councillor Councilor Officer Inspector Superintendent Private Corporal Cpl. Field Foreign PM
Cmdr. Cdr. Lt.-Gen. Maj.-Gen.
""".split()) - {"Field", "Foreign"}
# Words that may stand between a country/organisation and the title ("Defense Minister").
TITLE_MODIFIERS = frozenset("""
Foreign Defense Defence Interior Finance Economy Economic Trade Energy Health Justice Prime Deputy Vice
Supreme National Security Senior Chief Attorney Acting Former Foreign Home Intelligence Press Executive
Managing Military Political Special First Second Assistant Under Undersecretary Principal Grand Top
State Lieutenant Major Brigadier Field Rear Associate
""".split())
# Lower-case roles before a name ("spokesman John Doe") or after an apposition's article.
ROLES = frozenset("""
president minister secretary adviser advisor spokesman spokeswoman spokesperson leader commander
ambassador envoy director chairman chairwoman chair chief governor mayor senator judge general colonel
officer official analyst expert fellow researcher scholar associate professor economist correspondent
reporter journalist editor lawyer attorney prosecutor head founder cofounder co-founder executive
manager diplomat negotiator strategist historian scientist consultant member deputy lawmaker legislator
activist candidate chancellor premier king queen prince cleric negotiator specialist
""".split())
TITLE_PREFIXES = ("then-", "former-", "ex-", "acting-")

# ── Organisations, agreements, places: head nouns ────────────────────────────────────────
ORG_HEADS = frozenset("""
Ministry Department Agency Institute Institution Council Corps Endowment Foundation Project Union Force
Forces Commission Committee Office Bureau Party Army Navy Guard Guards Bank Fund University Court
Parliament Organization Organisation Association Center Centre Company Corporation Corp. Inc. Ltd.
Group Authority Service Services Police Assembly Congress Senate Cabinet Movement Front Brigade Brigades
Battalion Regiment Command Society League Alliance Coalition Secretariat Directorate Board Tribunal
Academy College School Laboratory Laboratories Industries Holdings Airlines Airways Network News Times
Post Press Television Radio Broadcasting Tribune Herald Gazette Observatory Watch Trust Council
Chamber Federation Government Administration Commissariat Militia Cartel Consortium Exchange Enterprise International
Markets Trading Ltd Capital Partners Ventures Solutions Financial Securities Investments Labs Research
Management Pharmaceuticals
Enterprises Systems Technologies Motors Media Foundation Fund Initiative Program Programme Railways Railway
Embassy Consulate
""".split()) - {"Program", "Programme"}
MEDIA_HEADS = frozenset("News Times Post Press Television Radio Broadcasting Tribune Herald Gazette Media "
                        "Network Wire".split())
AGREEMENT_HEADS = frozenset("Treaty Agreement Accord Accords Pact Deal Convention Protocol Plan Charter "
                            "Declaration Memorandum Act Resolution".split())
AGREEMENT_NOUNS = frozenset("treaty agreement accord pact deal convention protocol charter".split())
FACILITY_HEADS = frozenset("Airfield Airport Airbase Base Port Harbor Harbour Plant Facility Complex Dam "
                           "Bridge Prison Hospital Stadium Refinery Reactor Shipyard Barracks Hall Arena Theatre "
                           "Theater Museum Hotel Mall Cathedral Church Mosque Temple Synagogue Camp".split())
GEOGRAPHY_HEADS = frozenset("Sea Ocean Gulf River Lake Mountains Mountain Desert Coast Strait Straits "
                            "Peninsula Island Islands Valley Basin Bay Canal Channel Region Province "
                            "Oblast Highway Street Avenue Square Road Roundabout Boulevard Lane Crossing "
                            "Checkpoint Junction Corridor".split())
REGIONS = frozenset("""Middle East|Near East|Far East|Europe|Asia|Africa|Latin America|North America|
South America|Central Asia|East Asia|South Asia|Southeast Asia|Caucasus|Balkans|Arctic|Antarctica|
Eastern Europe|Western Europe|Gulf|Persian Gulf|Indo-Pacific|Pacific|Atlantic|Mediterranean|
Sahel|Horn of Africa|Scandinavia|Baltics|Levant|Maghreb|Global South""".replace("\n", "").split("|"))
PLACE_NOUNS = frozenset("port city town village province region district capital county state "
                        "island airfield base".split())
GROUP_NOUNS = frozenset("terrorist terrorists militant militants militia rebel rebels insurgent insurgents "
                        "jihadist jihadists extremist extremists paramilitary fighters guerrillas".split())
PUBLICATION_NOUNS = frozenset("journal newspaper magazine daily weekly outlet publication broadcaster "
                              "channel tabloid bulletin".split())
MEDIA_VERBS = frozenset("reported reports report investigation revealed".split())

# ── Function words ───────────────────────────────────────────────────────────────────────
# Capitalised only because they open a sentence or a heading; never part of a name.
FUNCTION_WORDS = frozenset("""
a an the and or but nor so yet for of in on at to by from with without within into onto upon about
above below over under after before since until till during amid amidst among between through
throughout against despite following according as if when whenever while whereas although though
because unless whether where which who whom whose what that this these those it its he him his she her
hers they them their theirs we us our ours i me my you your there here then now also even just only
still already meanwhile however moreover furthermore nevertheless instead indeed thus therefore hence
both each every all any some many most more much few several no not one two three four five six seven
eight nine ten first second third last next other another such same own is are was were be been being
has have had do does did will would shall should can could may might must not yes than too very
once twice again further later earlier recently currently previously finally eventually
why how whatever wherever whoever either neither almost nearly perhaps maybe
""".split())
# ── Speech and stance ────────────────────────────────────────────────────────────────────
ASSERT_VERBS = frozenset("""
said says say told tells tell stated states added adds noted notes warned warns remarked remarks
commented comments explained explains argued argues insisted insists claimed claims announced announces
disclosed discloses revealed reveals reported reports confirmed confirms acknowledged acknowledges
admitted admits suggested suggests cautioned cautions predicted predicts believes believe believed
wrote writes testified emphasized emphasised stressed asserted asserts alleged alleges maintained
maintains contended contends concluded expressed urged urges
""".split())
DENY_VERBS = frozenset("denied denies deny rejected rejects reject dismissed dismisses refuted refutes "
                       "rebuffed".split())
DISPUTE_VERBS = frozenset("disputed disputes dispute contested contests challenged challenges "
                          "questioned questions".split())
# Heads of anonymous speakers ("a Western defense official").
ANONYMOUS_HEADS = frozenset("official officials source sources diplomat diplomats officer officers "
                            "person people insider insiders aide aides".split())
SPOKES_HEADS = frozenset("spokesman spokeswoman spokesperson spokespeople representative".split())
ANONYMITY_MARKERS = re.compile(r"\b(?:unnamed|anonymous|anonymously|anonymity|not\s+authori[sz]ed|"
                               r"asked\s+not\s+to\s+be\s+(?:named|identified)|familiar\s+with)\b", re.I)

# ── Claims across sources: light stemming, synonyms, stance vocabulary ───────────────────
# General English verbs and nouns that news reports use interchangeably for one act; the
# first word of each group names it. Used to match a denial with what it answers
# ("denied providing Z to Y" answers "has been supplying Y with Z").
SYNONYMS = (
    "supply provide deliver delivery send sell sale ship shipment transfer furnish give export move",
    "visit trip travel fly flight journey tour go",
    "agree commit commitment pledge promise",
    "help assist assistance aid",
    "talk negotiation negotiate discussion discuss dialogue",
    "buy purchase acquire acquisition obtain procure",
    "expert specialist",
    "use deploy utilize",
    "attack strike assault raid",
    "kill death die dead",
    "meet meeting",
    "build construct construction",
    "arrest detain detention",
    "approve approval adopt endorse",
    "resign resignation quit",
    "fund funding finance pay payment",
    "increase raise rise",
    "cut reduce reduction decrease lower",
    "close closure shut",
    "company firm",
    "treaty pact accord agreement deal",
    "weapon arms munition",
    "war conflict",
    "hire recruit",
    "ban prohibit",
    "leave depart",
    "collect gather",
    "information intelligence data",
    "cause trigger spark",
    "destroy wreck demolish",
    "injure wound hurt",
    "evacuate displace",
    "blame accuse",
    "investigate probe",
    "sue lawsuit",
    # one predicate as a noun, an adjective or a verb: what a denial names ("denied any
    # involvement") and what an accusation says ("was involved")
    "responsible responsibility",
    "involve involvement",
    "complicit complicity",
    "guilty guilt",
    "culpable culpability",
    "participate participation",
    "fraud defraud fraudulent",
)
# Irregular forms the suffix rules cannot reach, mapped to their base.
IRREGULAR = {
    "went": "go", "gone": "go", "goes": "go", "flew": "fly", "flown": "fly", "flies": "fly", "sent": "send",
    "sold": "sell", "gave": "give", "given": "give", "bought": "buy", "met": "meet", "built": "build",
    "paid": "pay", "took": "take", "taken": "take", "made": "make", "struck": "strike", "fought": "fight",
    "left": "leave", "brought": "bring", "held": "hold", "won": "win", "lost": "lose", "began": "begin",
    "begun": "begin", "spoke": "speak", "spoken": "speak", "saw": "see", "seen": "see", "came": "come",
    "kept": "keep", "chose": "choose", "chosen": "choose", "agreed": "agree", "freed": "free", "news": "news",
    "died": "die", "dying": "die", "use": "use", "used": "use", "uses": "use", "using": "use", "men": "man", "women": "woman", "children": "child", "arms": "arms",
}
# Words of speech and stance ("confirm", "report", "publicly"): they say how a source stands
# towards a proposition, not what the proposition is, so matching ignores them.
STANCE_WORDS = ASSERT_VERBS | DENY_VERBS | DISPUTE_VERBS | frozenset("""
say confirm confirmed confirms confirming confirmation verify verified verification corroborate comment
comments commented respond responded response answer report reports reported reporting investigation
claim claims allegation allegations allegedly reportedly accusation accusations publicly independently
directly able unable refuse refused refuses declined declines decline yet evidence substantive indicate
indicated indicating insist insisted insists actually fact denial denials speaking quoted quoting seen
unnamed anonymous anonymously anonymity spokesman spokeswoman spokesperson
""".split())
# Light verbs: their object carries the meaning ("using drones" is about drones; "tried to commit
# fraud" is about fraud). (Not "attempt", also a noun that is the happening: "assassination attempt".)
LIGHT_VERBS = frozenset("use make take get put keep come bring let seem become begin commit try".split())
# Number words and vague quantities, as the interval of values each allows.
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000, "dozen": 12}
VAGUE_NUMBERS = {"several": (2, 12), "a few": (2, 6), "few": (2, 6),
                 "many": (2, 10 ** 9), "numerous": (2, 10 ** 9), "multiple": (2, 10 ** 9),
                 "a number of": (2, 10 ** 9), "dozens": (24, 999), "scores": (40, 999),
                 "hundreds": (200, 9999), "thousands": (2000, 999999), "millions": (2 * 10 ** 6, 10 ** 9),
                 "several hundred": (200, 999), "several thousand": (2000, 9999), "a couple of": (2, 3),
                 "a handful of": (2, 6), "a dozen": (12, 12), "a hundred": (100, 100)}
NUMBER_QUALIFIERS = {"at least": "min", "more than": "above", "over": "above", "upwards of": "min",
                     "nearly": "near", "almost": "near", "about": "about", "around": "about",
                     "approximately": "about", "roughly": "about", "some": "about", "up to": "max",
                     "as many as": "max", "fewer than": "below", "less than": "below", "under": "below"}
DATE_WORDS = frozenset("january february march april may june july august september october november december "
                       "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
                       "saturday sunday year years month months week weeks day days last earlier later ago "
                       "yesterday today early late mid".split())
# Plural nouns without an -s.
IRREGULAR_PLURALS = frozenset("people men women children police staff personnel troops aircraft "
                              "sheep fish cattle".split())


PATRONYMIC_PARTICLES = frozenset({"bin", "ibn", "bint", "ben", "binti", "ap", "fitz"})


def patronymic(name: str) -> bool:
    """The name ends with a father's name ("Mohammed bin Salman", son of Salman): its last word
    alone names the father ("King Salman"), not this person."""
    words = name.split()
    return len(words) >= 3 and words[-2].lower() in PATRONYMIC_PARTICLES
