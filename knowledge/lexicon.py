"""The curated vocabulary: how people name countries, organisations and metrics.

Everything here is data about language, kept in one place so the matcher stays
generic. Phrases are matched on normalised, lower-case text (see ``matching.normalise``).
"""

from __future__ import annotations

# Canonical entity -> the ways people write it. Countries and regions are "places";
# a question naming one is never answered with a figure about another.
PLACES: dict[str, tuple[str, ...]] = {
    "US": ("united states of america", "united states", "u.s.a.", "u.s.a", "u.s.", "u.s", "usa", "us", "america",
           "american", "americans", "stateside"),
    "China": ("people's republic of china", "peoples republic of china", "mainland china", "china", "chinese",
              "prc"),
    "UK": ("united kingdom", "great britain", "britain", "british", "briton", "britons", "brits", "uk", "u.k.",
           "england", "gb"),
    "EU": ("european union", "eu"),
    "Europe": ("europe", "european", "europeans"),
    "Japan": ("japan", "japanese"),
    "India": ("india", "indian", "indians"),
    "Germany": ("germany", "german", "germans"),
    "France": ("france", "french"),
    "Canada": ("canada", "canadian", "canadians"),
    "South Korea": ("south korea", "south korean", "korea", "korean", "koreans", "rok"),
    "Israel": ("israel", "israeli"),
    "Singapore": ("singapore", "singaporean"),
    "Taiwan": ("taiwan", "taiwanese"),
    "UAE": ("united arab emirates", "uae", "emirates", "emirati"),
    "Saudi Arabia": ("saudi arabia", "saudi"),
    "Malaysia": ("malaysia", "malaysian"),
    "Indonesia": ("indonesia", "indonesian", "indonesians"),
    "Thailand": ("thailand", "thai"),
    "Netherlands": ("netherlands", "dutch", "holland"),
    "Mexico": ("mexico", "mexican"),
    "Australia": ("australia", "australian"),
    "Luxembourg": ("luxembourg",),
    "Nigeria": ("nigeria", "nigerian"),
    "Sweden": ("sweden", "swedish"),
    "Africa": ("africa", "african"),
    "North America": ("north america", "north american"),
    "Greater China": ("greater china",),
    "California": ("california", "californian"),
}

# Every other country, so a question about one Parity has no figure for is refused rather
# than answered with another country's figure. Name -> extra ways of writing it.
OTHER_PLACES: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("afghan",), "Albania": ("albanian",), "Algeria": ("algerian",), "Andorra": (),
    "Angola": ("angolan",), "Argentina": ("argentine", "argentinian"), "Armenia": ("armenian",),
    "Austria": ("austrian",), "Azerbaijan": (), "Bahamas": (), "Bahrain": (), "Bangladesh": ("bangladeshi",),
    "Barbados": (), "Belarus": ("belarusian",), "Belgium": ("belgian",), "Belize": (), "Benin": (), "Bhutan": (),
    "Bolivia": ("bolivian",), "Bosnia": ("bosnian",), "Botswana": (), "Brazil": ("brazilian", "brasil"),
    "Brunei": (), "Bulgaria": ("bulgarian",), "Burkina Faso": (), "Burundi": (), "Cambodia": ("cambodian",),
    "Cameroon": (), "Chad": (), "Chile": ("chilean",), "Colombia": ("colombian",), "Congo": (),
    "Costa Rica": (), "Croatia": ("croatian",), "Cuba": ("cuban",), "Cyprus": (), "Czechia": ("czech",),
    "Denmark": ("danish",), "Dominican Republic": (), "Ecuador": (), "Egypt": ("egyptian",),
    "El Salvador": (), "Estonia": ("estonian",), "Ethiopia": ("ethiopian",), "Fiji": (),
    "Finland": ("finnish",), "Gabon": (), "Georgia": (), "Ghana": ("ghanaian",), "Greece": ("greek",),
    "Guatemala": (), "Guinea": (), "Haiti": (), "Honduras": (), "Hong Kong": (), "Hungary": ("hungarian",),
    "Iceland": ("icelandic",), "Iran": ("iranian",), "Iraq": ("iraqi",), "Ireland": ("irish",),
    "Italy": ("italian", "italians"), "Ivory Coast": (), "Jamaica": (), "Jordan": ("jordanian",),
    "Kazakhstan": (), "Kenya": ("kenyan",), "Kuwait": (), "Kyrgyzstan": (), "Laos": (), "Latvia": (),
    "Lebanon": ("lebanese",), "Libya": (), "Liechtenstein": (), "Lithuania": (), "Madagascar": (),
    "Malawi": (), "Maldives": (), "Mali": (), "Malta": (), "Mauritius": (), "Moldova": (), "Monaco": (),
    "Mongolia": (), "Montenegro": (), "Morocco": ("moroccan",), "Mozambique": (), "Myanmar": ("burma",),
    "Namibia": (), "Nepal": (), "New Zealand": (), "Nicaragua": (), "Niger": (), "North Korea": (),
    "Norway": ("norwegian",), "Oman": (), "Pakistan": ("pakistani",), "Panama": (), "Paraguay": (),
    "Peru": ("peruvian",), "Philippines": ("filipino",), "Poland": ("polish",), "Portugal": ("portuguese",),
    "Qatar": (), "Romania": ("romanian",), "Russia": ("russian", "russians"), "Rwanda": (), "Senegal": (),
    "Serbia": ("serbian",), "Slovakia": (), "Slovenia": (), "Somalia": (), "South Africa": (),
    "Spain": ("spanish",), "Sri Lanka": (), "Sudan": (), "Switzerland": ("swiss",), "Syria": (),
    "Tajikistan": (), "Tanzania": (), "Tunisia": (), "Turkey": ("turkish", "turkiye"), "Uganda": (),
    "Ukraine": ("ukrainian",), "Uruguay": (), "Uzbekistan": (), "Venezuela": ("venezuelan",),
    "Vietnam": ("vietnamese", "viet nam"), "Yemen": (), "Zambia": (), "Zimbabwe": (),
    "Latin America": (), "South America": (), "Middle East": (), "Southeast Asia": ("south east asia",),
    "Oceania": (), "Scandinavia": (),
}
for _name, _ways in OTHER_PLACES.items():
    PLACES.setdefault(_name, (_name.casefold(), *_ways))

# Organisations are strict slots too: ask about Google, never get OpenAI's figure.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "OpenAI": ("openai", "open ai", "chatgpt"),
    "Google": ("google", "deepmind", "alphabet"),
    "Anthropic": ("anthropic",),
    "DeepSeek": ("deepseek", "deep seek"),
    "Meta": ("meta", "facebook"),
    "Alibaba": ("alibaba", "qwen"),
    "xAI": ("xai", "x.ai", "grok"),
    "Microsoft": ("microsoft",),
    "Nvidia": ("nvidia",),
    "Amazon": ("amazon",),
    "Huawei": ("huawei",),
    "Baidu": ("baidu",),
    "ByteDance": ("bytedance", "byte dance"),
    "TSMC": ("tsmc",),
    "Waymo": ("waymo",),
    "IBM": ("ibm",),
    "Mistral": ("mistral",),
    "Moonshot": ("moonshot", "kimi"),
}

# Entity names as they appear in the data, mapped onto the canonical ones above.
ENTITY_EQUIVALENTS: dict[str, str] = {
    "great britain": "UK",
    "united kingdom": "UK",
    "united states": "US",
    "deepseek-v3": "DeepSeek",
    "deepseek-r1": "DeepSeek",
}

# "World" is the default scope: a question that names no place may get a global figure.
WORLD = "World"
WORLD_WORDS = ("worldwide", "world", "global", "globally", "globe", "international")

# Phrase -> words added to the question. Applied after normalisation, longest phrase first.
# These carry informal wording onto the vocabulary the facts use; the added words join the
# question rather than replace it, so nothing the user typed is lost.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "general knowledge": ("mmlu",),
    "knowledge benchmark": ("mmlu",),
    "multitask language understanding": ("mmlu",),
    "multimodal": ("mmmu",),
    "multi-modal": ("mmmu",),
    "coding": ("humaneval", "code"),
    "programming": ("humaneval", "code"),
    "human eval": ("humaneval",),
    "code benchmark": ("humaneval",),
    "mathematics": ("math",),
    "maths": ("math",),
    "competition math": ("math",),
    "chatbot arena": ("arena",),
    "lmsys": ("arena",),
    "lmarena": ("arena",),
    "lm arena": ("arena",),
    "elo": ("arena",),
    "funding": ("investment",),
    "funded": ("investment",),
    "invested": ("investment",),
    "invest": ("investment",),
    "investing": ("investment",),
    "investors": ("investment",),
    "vc": ("private", "investment"),
    "venture capital": ("private", "investment"),
    "money": ("investment",),
    "capex": ("investment",),
    "spend": ("spending",),
    "spent": ("spending",),
    "genai": ("generative",),
    "gen ai": ("generative",),
    "robots": ("robot",),
    "robotic": ("robot",),
    "robotics": ("robot",),
    "installs": ("installation",),
    "installed": ("installation",),
    "install": ("installation",),
    "patented": ("patent",),
    "papers": ("publication",),
    "paper": ("publication",),
    "published": ("publication",),
    "publish": ("publication",),
    "laws": ("law", "legislation"),
    "bills": ("bill", "legislation"),
    "legislative": ("legislation",),
    "regulations": ("regulation",),
    "regulatory": ("regulation",),
    "optimistic": ("optimism", "benefit"),
    "optimism": ("benefit",),
    "nervous": ("nervousness",),
    "anxious": ("nervousness",),
    "worried": ("nervousness",),
    "energy use": ("energy",),
    "electricity": ("energy", "power"),
    "carbon": ("emission", "co2"),
    "co2": ("emission",),
    "emissions": ("emission",),
    "chips": ("chip", "hardware"),
    "semiconductors": ("chip", "hardware"),
    "gpus": ("gpu", "hardware"),
    "self-driving": ("autonomous", "robotaxi"),
    "driverless": ("autonomous", "robotaxi"),
    "robotaxis": ("robotaxi",),
    "jobs": ("job",),
    "job ads": ("job", "posting"),
    "hiring": ("job", "posting"),
    "doctors": ("physician",),
    "medical devices": ("fda", "device"),
    "incidents": ("incident",),
    "harms": ("incident",),
    "cheaper": ("cost",),
    "price": ("cost",),
    "priced": ("cost",),
    "cost to train": ("training", "cost"),
    "train": ("training",),
    "trained": ("training",),
    "came out": ("release",),
    "released": ("release",),
    "published when": ("release",),
    "nobel": ("nobel",),
    "startups": ("company", "newly", "funded"),
    "startup": ("company", "newly", "funded"),
    "open source": ("open-weight",),
    "open-source": ("open-weight",),
    "open weight": ("open-weight",),
    "open weights": ("open-weight",),
    "closed source": ("closed",),
    "usage": ("use", "adoption"),
    "using": ("use", "adoption"),
    "adopt": ("adoption",),
    "adopted": ("adoption",),
    "companies": ("organization", "business"),
    "businesses": ("organization", "business"),
    "firms": ("organization", "business"),
    "organisations": ("organization",),
    "organisation": ("organization",),
    "percentage points": ("point",),
    "pp": ("point",),
    "phd": ("phd",),
    "phds": ("phd",),
    "k-12": ("school",),
    "high school": ("school",),
    "schools": ("school",),
}

STOPWORDS: frozenset[str] = frozenset(
    """
    a an the of in on at to for from by with about as into than then and or but not no nor is are was were be been
    being am do does did doing done have has had having will would shall should can could may might must it its
    it's this that these those there here what whats what's which who whom whose when where why how much many
    me my mine i we our you your they them their he she his her tell show give say says said according per
    please pls plz any some all each every both either neither so very just also still yet only more most less
    least ever even really quite like get got go going let know think well ok okay hey hi hello parity bot
    ai index report reports stanford hai edition editions figure figures number numbers stat stats statistic
    statistics data value values latest current currently now today recent recently new newest year years
    annual annually one vs versus v
    """.split()
)

# Words that ask for two figures side by side.
COMPARE_CUES: frozenset[str] = frozenset(
    {"vs", "v", "versus", "compare", "compared", "comparison", "against", "than", "ratio", "times", "between",
     "difference", "relative", "outspend", "outspent", "outspending", "beat", "beats"}
)

# Ordinal editions: "the 8th AI Index" -> 2025.
ORDINAL_EDITIONS: dict[str, int] = {"7th": 2024, "seventh": 2024, "8th": 2025, "eighth": 2025, "9th": 2026,
                                    "ninth": 2026}
