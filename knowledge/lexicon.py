"""The curated vocabulary: how people name countries, organisations and metrics.

Everything here is data about language, kept in one place so the matcher stays
generic. Phrases are matched on normalised, lower-case text (see ``matching.normalise``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

# Canonical entity -> the ways people write it. Countries and regions are "places";
# a question naming one is never answered with a figure about another.
PLACES: dict[str, tuple[str, ...]] = {
    "US": (
        "united states of america",
        "united states",
        "u.s.a.",
        "u.s.a",
        "u.s.",
        "u.s",
        "usa",
        "us",
        "america",
        "american",
        "americans",
        "stateside",
        # The US government, as in "how much has Washington invested" (Washington State is its own place).
        "washington",
        "washington dc",
        "washington d.c.",
    ),
    # The AI Index's survey regions say "Greater China"; someone asking about China means that figure
    # (the label still says which, so the answer is exact about its scope).
    "China": (
        "cn",
        "people's republic of china",
        "peoples republic of china",
        "people's republic",
        "peoples republic",
        "mainland china",
        "greater china",
        "china",
        "chinese",
        "prc",
        "beijing",  # the Chinese government, as "Washington" is the American one
    ),
    "UK": (
        "united kingdom",
        "great britain",
        "britain",
        "british",
        "briton",
        "britons",
        "brits",
        "uk",
        "u.k.",
        "england",
        "gb",
    ),
    "EU": ("european union", "eu", "european bloc", "the bloc"),
    "Europe": ("europe", "european", "europeans"),
    "Japan": ("japan", "japanese", "jp"),
    "India": ("india", "indian", "indians"),
    "Germany": ("germany", "german", "germans"),
    "France": ("france", "french", "fr"),
    "Canada": ("canada", "canadian", "canadians", "great white north"),
    "South Korea": ("south korea", "south korean", "korea", "korean", "koreans", "rok", "kr"),
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
    "California": ("california", "californian"),
}

# Every other country, so a question about one Parity has no figure for is refused rather
# than answered with another country's figure. Name -> extra ways of writing it.
OTHER_PLACES: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("afghan",),
    "Albania": ("albanian",),
    "Algeria": ("algerian",),
    "Andorra": (),
    "Angola": ("angolan",),
    "Argentina": ("argentine", "argentinian"),
    "Armenia": ("armenian",),
    "Austria": ("austrian",),
    "Azerbaijan": (),
    "Bahamas": (),
    "Bahrain": (),
    "Bangladesh": ("bangladeshi",),
    "Barbados": (),
    "Belarus": ("belarusian",),
    "Belgium": ("belgian",),
    "Belize": (),
    "Benin": (),
    "Bhutan": (),
    "Bolivia": ("bolivian",),
    "Bosnia": ("bosnian",),
    "Botswana": (),
    "Brazil": ("brazilian", "brasil"),
    "Brunei": (),
    "Bulgaria": ("bulgarian",),
    "Burkina Faso": (),
    "Burundi": (),
    "Cambodia": ("cambodian",),
    "Cameroon": (),
    "Chad": (),
    "Chile": ("chilean",),
    "Colombia": ("colombian",),
    "Congo": (),
    "Costa Rica": (),
    "Croatia": ("croatian",),
    "Cuba": ("cuban",),
    "Cyprus": (),
    "Czechia": ("czech",),
    "Denmark": ("danish",),
    "Dominican Republic": (),
    "Ecuador": (),
    "Egypt": ("egyptian",),
    "El Salvador": (),
    "Estonia": ("estonian",),
    "Ethiopia": ("ethiopian",),
    "Fiji": (),
    "Finland": ("finnish",),
    "Gabon": (),
    "Georgia": (),
    "Ghana": ("ghanaian",),
    "Greece": ("greek",),
    "Guatemala": (),
    "Guinea": (),
    "Haiti": (),
    "Honduras": (),
    "Hong Kong": (),
    "Hungary": ("hungarian",),
    "Iceland": ("icelandic",),
    "Iran": ("iranian",),
    "Iraq": ("iraqi",),
    "Ireland": ("irish",),
    "Italy": ("italian", "italians"),
    "Ivory Coast": (),
    "Jamaica": (),
    "Jordan": ("jordanian",),
    "Kazakhstan": (),
    "Kenya": ("kenyan",),
    "Kuwait": (),
    "Kyrgyzstan": (),
    "Laos": (),
    "Latvia": (),
    "Lebanon": ("lebanese",),
    "Libya": (),
    "Liechtenstein": (),
    "Lithuania": (),
    "Madagascar": (),
    "Malawi": (),
    "Maldives": (),
    "Mali": (),
    "Malta": (),
    "Mauritius": (),
    "Moldova": (),
    "Monaco": (),
    "Mongolia": (),
    "Montenegro": (),
    "Morocco": ("moroccan",),
    "Mozambique": (),
    "Myanmar": ("burma",),
    "Namibia": (),
    "Nepal": (),
    "New Zealand": (),
    "Nicaragua": (),
    "Niger": (),
    "North Korea": (),
    "Norway": ("norwegian",),
    "Oman": (),
    "Pakistan": ("pakistani",),
    "Panama": (),
    "Paraguay": (),
    "Peru": ("peruvian",),
    "Philippines": ("filipino",),
    "Poland": ("polish",),
    "Portugal": ("portuguese",),
    "Qatar": (),
    "Romania": ("romanian",),
    "Russia": ("russian", "russians"),
    "Rwanda": (),
    "Senegal": (),
    "Serbia": ("serbian",),
    "Slovakia": (),
    "Slovenia": (),
    "Somalia": (),
    "South Africa": (),
    "Spain": ("spanish",),
    "Sri Lanka": (),
    "Sudan": (),
    "Switzerland": ("swiss",),
    "Syria": (),
    "Tajikistan": (),
    "Tanzania": (),
    "Tunisia": (),
    "Turkey": ("turkish", "turkiye"),
    "Uganda": (),
    "Ukraine": ("ukrainian",),
    "Uruguay": (),
    "Uzbekistan": (),
    "Venezuela": ("venezuelan",),
    "Vietnam": ("vietnamese", "viet nam"),
    "Yemen": (),
    "Zambia": (),
    "Zimbabwe": (),
    "Latin America": ("latin american", "latam"),
    "South America": ("south american",),
    "Middle East": ("middle eastern", "mideast"),
    "Southeast Asia": ("south east asia", "southeast asian countries", "south east asian countries"),
    "Oceania": (),
    "Scandinavia": (),
    # (Not East Asia, Central Asia, sub-Saharan Africa or the Caribbean: facts name them inside longer regions.)
    "South Asia": ("south asian",),
    # The World Bank's region, which is what "Asia-Pacific" asks about.
    "East Asia and Pacific": (
        "east asia and the pacific",
        "east asia pacific",
        "east asia & pacific",
        "asia pacific",
        "asia-pacific",
        "apac",
    ),
    # Asia's countries as a group ("what share of Asian countries teach CS?"); "Asia" alone is not named, as the facts
    # name it inside longer regions ("East Asia and Pacific", "Europe and Central Asia").
    "Asian countries": ("asian nations", "countries in asia", "nations in asia", "asian economies"),
    "Eastern Europe": ("eastern european",),
    "Nordics": ("nordic countries", "nordic"),
    "Gulf states": ("gulf",),
}
# US states (California, with its own figures, is above; "Washington" alone means the US government), and
# large places inside countries, so "AI laws in Texas" is not answered with the world's count. A fact that only
# names one of them ("close to New York State's peak demand") still answers a question about it.
LOCAL_PLACES: dict[str, tuple[str, ...]] = {
    "Alabama": (),
    "Alaska": (),
    "Arizona": (),
    "Arkansas": (),
    "Colorado": (),
    "Connecticut": (),
    "Delaware": (),
    "Florida": ("floridian", "floridians"),
    "Hawaii": (),
    "Idaho": (),
    "Illinois": (),
    "Indiana": (),
    "Iowa": (),
    "Kansas": (),
    "Kentucky": (),
    "Louisiana": (),
    "Maine": (),
    "Maryland": (),
    "Massachusetts": (),
    "Michigan": (),
    "Minnesota": (),
    "Mississippi": (),
    "Missouri": (),
    "Montana": (),
    "Nebraska": (),
    "Nevada": (),
    "New Hampshire": (),
    "New Jersey": (),
    "New Mexico": (),
    "New York": ("new york state", "new york city", "nyc"),
    "North Carolina": (),
    "North Dakota": (),
    "Ohio": ("ohioan", "ohioans"),
    "Oklahoma": (),
    "Oregon": (),
    "Pennsylvania": (),
    "Rhode Island": (),
    "South Carolina": (),
    "South Dakota": (),
    "Tennessee": (),
    "Texas": ("texan", "texans"),
    "Utah": (),
    "Vermont": (),
    "Virginia": (),
    "West Virginia": (),
    "Wisconsin": (),
    "Wyoming": (),
    "Washington State": ("washington state",),
    "Ontario": (),
    "Quebec": ("québec",),
    "British Columbia": (),
    "Alberta": (),
    "Scotland": ("scottish",),
    "Wales": ("welsh",),
    "Bavaria": ("bavarian",),
    "London": (),
    "Tokyo": (),
    "Berlin": (),
    "Munich": (),
    "Shanghai": (),
    "Shenzhen": (),
    "Seattle": (),
    "San Francisco": ("sf", "san fran"),
    "Los Angeles": (),
    "Phoenix": (),
    "Austin": (),
    "Atlanta": (),
    "Miami": (),
    "Bangalore": ("bengaluru",),
}
# The country each of those places is in: "I'm in London. How much did the UK get?" asks about the UK.
LOCAL_PARENTS: dict[str, str] = {name: "US" for name in LOCAL_PLACES} | {
    "Ontario": "Canada",
    "Quebec": "Canada",
    "British Columbia": "Canada",
    "Alberta": "Canada",
    "Scotland": "UK",
    "Wales": "UK",
    "London": "UK",
    "Bavaria": "Germany",
    "Berlin": "Germany",
    "Munich": "Germany",
    "Tokyo": "Japan",
    "Shanghai": "China",
    "Shenzhen": "China",
    "Bangalore": "India",
}
for _name, _ways in (*OTHER_PLACES.items(), *LOCAL_PLACES.items()):
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
    "AMD": ("amd",),
    "Midjourney": ("midjourney",),
    # Named so that a question about them is not answered with another company's figure.
    "Tesla": ("tesla",),
    "Intel": ("intel",),
    "Apple": ("apple",),
    "Samsung": ("samsung",),
    "Tencent": ("tencent",),
    "Zoox": ("zoox",),
    "Cruise": ("cruise",),
    "Zhipu": ("zhipu",),
    "Cohere": ("cohere",),
    "Perplexity": ("perplexity",),
    "Hugging Face": ("hugging face", "huggingface"),
    "Stability AI": ("stability ai",),
    "CoreWeave": ("coreweave",),
    "NSF": ("nsf", "national science foundation"),
    "DARPA": ("darpa",),
    "NASA": ("nasa",),
    "Pony.ai": ("pony.ai", "pony ai", "ponyai"),
    "WeRide": ("weride",),
    "US Department of Commerce": ("department of commerce", "commerce department"),
    "FTC": ("ftc", "federal trade commission"),
    "NIST": ("nist",),
    "OECD": ("oecd",),
}
# People: a question about one is answered only by a fact whose text names them ("what did Sam Altman say GPT-4
# cost?"), never by one about their company.
PEOPLE: dict[str, tuple[str, ...]] = {
    "Sam Altman": ("sam altman", "altman"),
    "Dario Amodei": ("dario amodei", "amodei"),
    "Demis Hassabis": ("demis hassabis", "hassabis"),
    "Elon Musk": ("elon musk", "musk"),
    "Jensen Huang": ("jensen huang",),
    "Mark Zuckerberg": ("mark zuckerberg", "zuckerberg", "zuck"),
    "Sundar Pichai": ("sundar pichai", "pichai"),
    "Satya Nadella": ("satya nadella", "nadella"),
    "Fei-Fei Li": ("fei-fei li", "fei fei li", "feifei li"),
    "Geoffrey Hinton": ("geoffrey hinton", "geoff hinton", "hinton"),
    "Yann LeCun": ("yann lecun", "lecun"),
    "Yoshua Bengio": ("yoshua bengio", "bengio"),
    "Ilya Sutskever": ("ilya sutskever", "sutskever"),
    "Andrej Karpathy": ("andrej karpathy", "karpathy"),
    "Liang Wenfeng": ("liang wenfeng",),
    "Mustafa Suleyman": ("mustafa suleyman", "suleyman"),
    "Eric Schmidt": ("eric schmidt", "schmidt"),
    "John Hopfield": ("john hopfield", "hopfield"),
    "John Jumper": ("john jumper",),
    "Andrew Ng": ("andrew ng",),
    "Jeff Dean": ("jeff dean",),
    "Mira Murati": ("mira murati", "murati"),
    "Arthur Mensch": ("arthur mensch",),
}
# Who makes each family of models _MODEL_VERSION reads: "OpenAI's o1" names one model, not two subjects.
MODEL_MAKERS: dict[str, str] = {
    "gpt": "OpenAI",
    "o": "OpenAI",
    "claude": "Anthropic",
    "llama": "Meta",
    "gemini": "Google",
    "grok": "xAI",
    "phi": "Microsoft",
    "qwen": "Alibaba",
    "mistral": "Mistral",
    "kimi": "Moonshot",
    "deepseek": "DeepSeek",
}

# Where an organisation is based, and the words that describe someone from there: in "the Chinese model DeepSeek-V3"
# China describes DeepSeek and is not a second thing asked about.
ORGANISATION_HOMES: dict[str, str] = {
    **dict.fromkeys(
        ("DeepSeek", "Alibaba", "Huawei", "Baidu", "ByteDance", "Moonshot", "Tencent", "Zhipu", "Pony.ai", "WeRide"),
        "China",
    ),
    **dict.fromkeys(
        ("OpenAI", "Google", "Anthropic", "Meta", "xAI", "Microsoft", "Nvidia", "Amazon", "Waymo", "IBM", "Tesla"),
        "US",
    ),
    "Mistral": "France",
}
DEMONYMS: dict[str, tuple[str, ...]] = {
    "China": ("chinese", "china's", "prc"),
    "US": ("american", "us", "u.s.", "usa", "america's", "us-based", "silicon valley"),
    "France": ("french", "france's"),
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
    # Foundation models, described: large models pretrained for general use, that others build on.
    "pretrained": ("foundation",),
    "pre-trained": ("foundation",),
    "general-purpose models": ("foundation",),
    "base models": ("foundation",),
    "funding": ("investment",),
    # A part of a business is one of its functions: "using AI in at least one part of their operations".
    "part of their operations": ("function",),
    "part of their business": ("function",),
    "area of their business": ("function",),
    "part of the business": ("function",),
    # One place behind another is the other's lead: "was China close behind the US" asks how far the US led.
    "close behind": ("lead",),
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
    # Attitudes to AI, in other words: the surveys ask whether its benefits outweigh its drawbacks.
    "beneficial": ("optimism", "benefit"),
    "helpful": ("optimism", "benefit"),
    "positive about": ("optimism", "benefit"),
    "sentiment": ("optimism", "benefit"),
    "skeptical": ("optimism", "benefit"),
    "sceptical": ("optimism", "benefit"),
    "pessimistic": ("optimism", "benefit"),
    "net positive": ("optimism", "benefit"),
    "net negative": ("optimism", "benefit"),
    "helps more than hurts": ("optimism", "benefit", "drawback"),
    "helps more than it hurts": ("optimism", "benefit", "drawback"),
    "more good than harm": ("optimism", "benefit", "drawback"),
    "more good than bad": ("optimism", "benefit", "drawback"),
    "warming to": ("optimism", "benefit"),
    "warmed to": ("optimism", "benefit"),
    "expensive": ("cost",),
    "lawmaking": ("law", "legislation"),
    "capitol hill": ("congress",),
    "m&a": ("merger", "acquisition"),
    "m & a": ("merger", "acquisition"),
    "cheaper to use": ("inference", "cost"),
    "cheaper to run": ("inference", "cost"),
    "cost to run": ("inference",),
    "cost to use": ("inference",),
    "companies invest": ("corporate",),
    "companies invested": ("corporate",),
    "companies spend": ("corporate",),
    "company investment": ("corporate",),
    "business investment": ("corporate",),
    "content-generation": ("generative",),
    "content generation": ("generative",),
    "content-generating": ("generative",),
    "how much bigger": ("ratio",),
    "how much larger": ("ratio",),
    "how much more": ("ratio",),
    "longer than": ("page",),
    "shorter than": ("page",),
    "hai publish": ("release",),
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
    "gpus": ("gpu", "hardware", "compute"),
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
    "med qa": ("medqa",),
    "come out": ("release",),
    # "When did the AI Index drop?": came out (not "did robot installations drop").
    "index drop": ("release",),
    "index dropped": ("release",),
    "report drop": ("release",),
    "report dropped": ("release",),
    **{
        f"{who} {verb}": ("release",)
        for who in ("hai", "stanford")
        for verb in ("drop", "dropped", "put out", "publish")
    },
    "bounce back": ("growth",),
    "bounced back": ("growth",),
    "rebound": ("growth",),
    "rebounded": ("growth",),
    "add up to": ("total",),
    "added up to": ("total",),
    "what day": ("date",),
    "which day": ("date",),
    "comes out": ("release",),
    "committed": ("commitment", "pledge"),
    "commit": ("commitment", "pledge"),
    "commits": ("commitment", "pledge"),
    "released": ("release",),
    "published when": ("release",),
    "nobel": ("nobel",),
    "startups": ("company", "newly", "funded"),
    "faith in": ("trust",),
    "repositories": ("projects",),
    "repository": ("projects",),
    "repos": ("projects",),
    "startup": ("company", "newly", "funded"),
    "open source": ("open-weight",),
    "open-source": ("open-weight",),
    "open weight": ("open-weight",),
    "open weights": ("open-weight",),
    "closed source": ("closed",),
    "usage": ("use", "adoption"),
    "using": ("use", "adoption"),
    "adopt": ("adoption",),
    "uptake": ("adoption",),
    "take-up": ("adoption",),
    # Feeling positive about AI is optimism.
    "feel positive": ("optimism",),
    "how positive": ("optimism",),
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
    # Benchmarks described rather than named.
    "college-level": ("mmmu",),
    "graduate-level": ("gpqa",),
    "google-proof": ("gpqa",),
    "hard-to-google": ("gpqa",),
    "medical licensing": ("medqa",),
    "licensing exam": ("medqa",),
    "usmle": ("medqa",),
    "crowd-voted": ("arena",),
    "crowdsourced leaderboard": ("arena",),
    "crowd-sourced leaderboard": ("arena",),
    "computer desktop": ("osworld",),
    "computer use": ("osworld",),
    "computer-use": ("osworld",),
    "buyouts": ("merger", "acquisition"),
    "takeovers": ("merger", "acquisition"),
    "put into service": ("install",),
    "league table": ("rank",),
    "image-generating": ("generative",),
    "text-generating": ("generative",),
    **{
        f"{verb} {what}": ("generative",)
        for verb in ("creates", "create", "makes", "make", "generates", "generate")
        for what in ("text", "images", "content")
    },
    "image-generation": ("generative",),
    "text-generation": ("generative",),
    "image generation": ("generative",),
    "text generation": ("generative",),
    # Descriptions instead of the report's nouns: what a paraphrase says for robots, patents, incidents, laws, ...
    "mechanical arm": ("industrial", "robot"),
    "mechanical arms": ("industrial", "robot"),
    "robotic arm": ("industrial", "robot"),
    "robotic arms": ("industrial", "robot"),
    "automated machines": ("industrial", "robot"),
    "factory machines": ("industrial", "robot"),
    "production lines": ("industrial", "robot"),
    "production line": ("industrial", "robot"),
    "factory lines": ("industrial", "robot"),
    "put in": ("install",),
    "intellectual property": ("patent",),
    "intellectual-property": ("patent",),
    "inventions": ("patent",),
    "statutes": ("law", "legislation"),
    "statute": ("law", "legislation"),
    "acts": ("law", "legislation"),
    "text-and-image-producing": ("generative",),
    "image-producing": ("generative",),
    "text-producing": ("generative",),
    "content-creating": ("generative",),
    "causing harm": ("incident",),
    "went wrong": ("incident",),
    "going wrong": ("incident",),
    "mishaps": ("incident",),
    "failures": ("incident",),
    "scholarly output": ("publication",),
    "scholarly": ("publication",),
    "research output": ("publication",),
    "articles": ("publication",),
    "studies testing treatments": ("clinical", "trial"),
    "medical trials": ("clinical", "trial"),
    "drug trials": ("clinical", "trial"),
    "employ fewer people": ("workforce", "headcount", "reduce"),
    "fewer staff": ("workforce", "headcount", "reduce"),
    "fewer employees": ("workforce", "headcount", "reduce"),
    "job cuts": ("workforce", "headcount", "reduce"),
    "layoffs": ("workforce", "headcount", "reduce"),
    "chores": ("household", "task"),
    "venture money": ("private", "investment"),
    "venture funding": ("private", "investment"),
    "startup money": ("private", "investment"),
    "backers": ("investment",),
    "high school": ("school",),
    "schools": ("school",),
    # Informal wording.
    "llm": ("model",),
    "llms": ("model",),
    "large language model": ("model",),
    "large language models": ("model",),
    "language models": ("model",),
    "ai systems": ("model",),
    "cash": ("investment",),
    "raised": ("investment",),
    "raise": ("investment",),
    "scared": ("afraid",),
    "fear": ("afraid",),
    "fears": ("afraid",),
    "frightened": ("afraid",),
    "make": ("produce",),
    "made": ("produce",),
    "build": ("produce",),
    "built": ("produce",),
    "churned out": ("produce",),
    "put out": ("release",),
    "ppl": ("people",),
    "avg": ("average",),
    "comp sci": ("computer", "science"),
    "computer sci": ("computer", "science"),
    "compsci": ("computer", "science"),
    "grads": ("graduate", "bachelor", "degree"),
    "graduates": ("graduate", "bachelor", "degree"),
    "move to": ("migration", "inflow"),
    "moving to": ("migration", "inflow"),
    "moved to": ("migration", "inflow"),
    "immigrate": ("migration", "inflow"),
    "relocate": ("migration", "inflow"),
    "orgs": ("organization",),
    "inv": ("investment",),
    "invest.": ("investment",),
    "corp": ("corporate",),
    "pub date": ("release",),
    "publication date": ("release",),
    "pubs": ("publication",),
    "regs": ("regulation",),
    "grow": ("growth",),
    "grew": ("growth",),
    "grown": ("growth",),
    "growing": ("growth",),
    "in total": ("cumulative",),
    "all time": ("cumulative",),
    "all-time": ("cumulative",),
    "altogether": ("cumulative",),
    "to date": ("cumulative",),
    "so far": ("cumulative",),
}

# Verb forms people use in questions, mapped to one base form (applied to facts and questions alike).
LEMMAS: dict[str, str] = {
    "positivity": "optimism",
    "upbeat": "optimistic",
    "upside": "benefit",
    "upsides": "benefit",
    "downside": "drawback",
    "downsides": "drawback",
    "corporation": "corporate",
    "corporations": "corporate",
    "educator": "teacher",
    "educators": "teacher",
    "yr": "year",
    "yrs": "year",
    "unambiguous": "clear",
    "upheaval": "change",
    "proportion": "share",
    "proportions": "share",
    "portion": "share",
    "anticipate": "expect",
    "anticipates": "expect",
    "anticipated": "expect",
    "foresee": "expect",
    "foresees": "expect",
    "toughest": "hardest",
    "tougher": "harder",
    "dominant": "dominance",
    "dominate": "dominance",
    "dominates": "dominance",
    "dominated": "dominance",
    "investor": "investment",
    "investors": "investment",
    "companys": "company",  # a common misspelling the typo check can't reach (it is "company" + s)
    "used": "use",
    "using": "use",
    "uses": "use",
    "grew": "grow",
    "growing": "grow",
    "grown": "grow",
    "grows": "grow",
    "invest": "investment",
    "invests": "investment",
    "invested": "investment",
    "investing": "investment",
    "investments": "investment",
    "installed": "install",
    "installing": "install",
    "released": "release",
    "releasing": "release",
    "produced": "produce",
    "producing": "produce",
    "published": "publish",
    "publishing": "publish",
    "spent": "spend",
    "spending": "spend",
    "rose": "rise",
    "risen": "rise",
    "rising": "rise",
    "rises": "rise",
    "fell": "fall",
    "fallen": "fall",
    "falling": "fall",
    "falls": "fall",
    "doubled": "double",
    "doubling": "double",
    "dropped": "drop",
    "dropping": "drop",
    "increased": "increase",
    "increasing": "increase",
    "decreased": "decrease",
    "declined": "decline",
    "declining": "decline",
    "passed": "pass",
    "passing": "pass",
    "proposed": "propose",
    "introduced": "introduce",
    "enacted": "enact",
    "raised": "raise",
    "made": "make",
    "making": "make",
    "built": "build",
    "building": "build",
    "trained": "train",
    "training": "train",
    "led": "lead",
    "academia": "academic",
    "academics": "academic",
    "leading": "lead",
    "leads": "lead",
    "shrank": "shrink",
    "shrunk": "shrink",
    "closed": "close",
    "closing": "close",
    "narrowed": "narrow",
    "narrowing": "narrow",
    "developed": "develop",
    "developing": "develop",
    "adopted": "adopt",
    "adopting": "adopt",
    "reported": "report",
    "surveyed": "survey",
    "issued": "issue",
    "funded": "fund",
    "funding": "fund",
    "scored": "score",
    "scoring": "score",
    "solved": "solve",
    "solving": "solve",
    "beaten": "beat",
    "beating": "beat",
    "won": "win",
    "winning": "win",
    "cost": "cost",
    "costs": "cost",
    "costing": "cost",
    "teaching": "teach",
    "taught": "teach",
    "granted": "grant",
    "filed": "file",
    "cited": "cite",
    "citing": "cite",
}

# Phrases replaced outright before anything else is read: "how many times more" asks for a
# ratio, and the word "times" would otherwise match "all time" or "time to train".
REWRITES: dict[str, str] = {
    # "Last year", "this year": the newest figure, as when no year is named ("last" alone is in Humanity's Last Exam).
    "last year": "latest",
    "past year": "latest",
    "this year": "latest",
    # Greater China, spelt out.
    "mainland china, hong kong and taiwan": "greater china",
    "china, hong kong and taiwan": "greater china",
    "put into service": "installed",
    # Chat spellings: "wat % of the worlds countries".
    "wat": "what",
    "the worlds": "the world's",
    # Points abbreviated: "how many pct pts did it grow" asks percentage points.
    "pts": "points",
    "pct pts": "percentage points",
    "pct points": "percentage points",
    "percent points": "percentage points",
    # A currency is no place: "in US dollars" asks the unit, not about the US.
    **{f"{us} {dollar}": dollar for us in ("us", "usa", "u.s.") for dollar in ("dollar", "dollars")},
    # Answers that "can't be googled" are GPQA's, not Google's.
    "be googled": "be google-proof",
    "be simply googled": "be google-proof",
    "simply be googled": "be google-proof",
    "just be googled": "be google-proof",
    # Computing power is compute, not electrical power.
    "computing power": "compute",
    "compute power": "compute",
    "processing power": "compute",
    # Emissions "put into the air" are not money put into something.
    "put into the air": "emitted",
    "put into the atmosphere": "emitted",
    "pumped into the air": "emitted",
    "pumped into the atmosphere": "emitted",
    "put in service": "installed",
    # "Closed and open AI models" are open models, not OpenAI's.
    "open ai models": "open models",
    "open ai model": "open model",
    "open ai systems": "open systems",
    # GPQA is "Google-proof" (its questions defeat a web search): not a question about Google.
    "google-proof": "gpqa",
    "google proof": "gpqa",
    # A news outlet named after a country is a source, not the place asked about.
    "china economic net": "economic net",
    "china daily": "daily",
    "south china morning post": "morning post",
    # Robotaxi companies by their owners.
    "google's self-driving taxi company": "waymo",
    "google's self-driving car company": "waymo",
    "google's robotaxi company": "waymo",
    "google's robotaxi service": "waymo",
    "alphabet's self-driving": "waymo",
    "alphabet's robotaxi": "waymo",
    # A journal named after a region is no place: "the New England Journal of Medicine" is not England.
    # Quarters spelt out.
    **{
        f"{ordinal} quarter of": f"q{n} of"
        for n, ordinals in enumerate((("first", "1st"), ("second", "2nd"), ("third", "3rd"), ("fourth", "4th")), 1)
        for ordinal in ordinals
    },
    # AI by longer names; generative AI described.
    "machine intelligence": "ai",
    "machine-intelligence": "ai",
    "content-generating": "generative",
    "content-producing": "generative",
    "content-creating": "generative",
    "non-public": "private",
    # Companies by their founders.
    "elon musk's ai company": "xai",
    "musk's ai company": "xai",
    "sam altman's company": "openai",
    # The model the first ChatGPT ran on; "ChatGPT-style AI" is generative AI.
    "original chatgpt": "gpt-3.5",
    "chatgpt-style ai": "generative ai",
    "chatgpt-like ai": "generative ai",
    "chatgpt-style": "generative ai",
    "chatgpt-like": "generative ai",
    "new england journal of medicine": "nejm medical journal",
    "new england medical journal": "nejm medical journal",
    "new england journal": "nejm medical journal",
    # Countries by their nicknames; GPT-4o ("omni") by its nickname.
    "land of the rising sun": "japan",
    "middle kingdom": "china",
    "omni model": "gpt-4o",
    # US states by their nicknames.
    "lone star state": "texas",
    "golden state": "california",
    "empire state": "new york state",
    "sunshine state": "florida",
    "beehive state": "utah",
    "old line state": "maryland",
    # Superlatives in one word: "the costliest model to train" is the most expensive one.
    "costliest": "most expensive",
    "priciest": "most expensive",
    "cheapest": "least expensive",
    "how many times": "ratio",
    "times more": "ratio more",
    "times as much": "ratio",
    "times as many": "ratio",
    "times higher": "ratio",
    "times larger": "ratio",
    "times bigger": "ratio",
    "times greater": "ratio",
    # Informal ways of saying "invest in".
    **{
        f"{verb} {into}": "invest in"
        for verb in ("put", "pour", "poured", "pump", "pumped", "dump", "dumped", "sink", "sank", "throw", "threw")
        for into in ("into", "in")
    },
    # "Which US state …" asks about a state; the US is only where to look.
    **{
        f"{which} {us} {state}": f"{which} {state}"
        for which in ("which", "what")
        for us in ("us", "usa", "american")
        for state in ("state", "states")
    },
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
    everyone everybody anyone anybody someone somebody guys folks yall yo hiya howdy thanks thank thx cheers
    lol pls please wondering curious wanna gonna kinda sorta actually basically rn nowadays big huge
    settle bet prof professor friend friends buddy mate bro dude supposedly apparently honestly literally quick
    aren isn wasn weren doesn didn don hasn haven hadn couldn wouldn shouldn won ain
    wait true right correct exactly exact precise precisely roughly approximately around lmao haha omg tbh btw real
    actual told head idk imho ngl iirc afaik fwiw ty tysm im ive youre theyre old
    """.split()
)

# Words that ask for two figures side by side.
COMPARE_CUES: frozenset[str] = frozenset(
    {
        "vs",
        "v",
        "versus",
        "compare",
        "compared",
        "comparison",
        "against",
        "than",
        "ratio",
        "times",
        "between",
        "difference",
        "relative",
        "outspend",
        "outspent",
        "outspending",
        "beat",
        "beats",
    }
)

# Words that say a question is about AI at all. Without one, a question that matches facts
# only through everyday words ("population", "price") is probably about something else.
AI_WORDS: frozenset[str] = frozenset(
    {
        "ai",
        "artificial",
        "intelligence",
        "ml",
        "llm",
        "llms",
        "model",
        "models",
        "chatbot",
        "chatbots",
        "gpt",
        "genai",
        "generative",
        "neural",
        "deep",
        "learning",
        "machine",
        "robot",
        "robots",
        "robotics",
        "algorithm",
        "algorithms",
        "compute",
        "gpu",
        "gpus",
        "benchmark",
        "benchmarks",
        "openai",
        "deepseek",
        "anthropic",
        "agent",
        "agents",
        "automation",
        "autonomous",
        "index",
        "hai",
        "stanford",
    }
)
EVERYDAY_WORDS: frozenset[str] = frozenset(
    {
        "population",
        "people",
        "person",
        "country",
        "world",
        "co2",
        "time",
        "rate",
        "price",
        "cost",
        "share",
        "number",
        "total",
        "growth",
        "grow",
        "change",
        "company",
        "government",
        "money",
        "spending",
        "water",
        "power",
        "energy",
        "carbon",
        "emission",
        "footprint",
        "job",
        "school",
        "student",
        "teacher",
        "doctor",
        "physician",
        "law",
        "bill",
        "rank",
        "best",
        "top",
        "first",
        "big",
        "large",
        "high",
        "low",
        "year",
        "day",
        "week",
        "month",
        "percent",
        "point",
        "value",
        "size",
        "level",
        "trend",
        "most",
        "least",
        "city",
        "state",
        "nobel",
        "prize",
        "literature",
        "record",
        "count",
        "amount",
        "market",
        "stock",
        "product",
        "sale",
        "sold",
        "car",
        "phone",
    }
)

# "Which country ... the most ...?" asks for the extreme value across places on one measure.
# "Which company / lab …": the answer is an organisation, not a country.
ORG_CUES: frozenset[str] = frozenset(
    {
        "company",
        "companies",
        "lab",
        "labs",
        "organization",
        "organizations",
        "organisation",
        "organisations",
        "firm",
        "firms",
        "developer",
        "developers",
        "provider",
        "providers",
        "startup",
    }
)
# "What share / percentage …": the answer is a percentage, not a count or an amount.
SHARE_CUES: frozenset[str] = frozenset(
    {"share", "percent", "percentage", "proportion", "fraction", "pct", "half", "majority", "dominant", "dominance"}
    | {"slice"}
)

WHICH_CUES: frozenset[str] = frozenset({"which", "who", "whom", "where", "what country", "leader", "leads", "lead"})
MOST_CUES: frozenset[str] = frozenset(
    {
        "most",
        "highest",
        "largest",
        "biggest",
        "top",
        "leads",
        "lead",
        "leading",
        "leader",
        "led",
        "greatest",
        "first",
        "best",
        "more",
        "fastest",
        "quickest",
    }
)
LEAST_CUES: frozenset[str] = frozenset({"least", "lowest", "smallest", "fewest", "last", "worst", "bottom", "slowest"})
# "The most skeptical country" is the least optimistic one: these words turn a ranking around.
OPPOSITES: frozenset[str] = frozenset({"skeptical", "sceptical", "pessimistic", "wary", "negative"})

# Benchmarks, as people name them -> one key. A benchmark named in a question is a slot like a place: a
# figure on another benchmark does not answer it ("Claude 3.5 Sonnet on MMLU" is not its HELM Safety score).
# "Math" is left out: it is an everyday word as much as the MATH benchmark's name.
BENCHMARKS: dict[str, str] = {
    "mmlu": "mmlu",
    "mmlu-pro": "mmlu",
    "mmmu": "mmmu",
    "gpqa": "gpqa",
    "humaneval": "humaneval",
    "human eval": "humaneval",
    "swe-bench": "swe-bench",
    "swe bench": "swe-bench",
    "swebench": "swe-bench",
    "humanity's last exam": "hle",
    "humanitys last exam": "hle",
    "hle": "hle",
    "frontiermath": "frontiermath",
    "imo": "imo",
    "swe-bench pro": "swe-bench-pro",
    "swe bench pro": "swe-bench-pro",
    "swe-bench multimodal": "swe-bench-multimodal",
    "swe bench multimodal": "swe-bench-multimodal",
    "math olympiad": "imo",
    "maths olympiad": "imo",
    "mathematical olympiad": "imo",
    # (Benchmarks no fact measures: a question about one is refused, not answered with another benchmark's score.)
    "mind2web": "mind2web",
    "mle-bench": "mle-bench",
    "mle bench": "mle-bench",
    "livebench": "livebench",
    "mbpp": "mbpp",
    "tau-bench": "tau-bench",
    "winogrande": "winogrande",
    # (The informatics olympiad is another contest, of which Parity has no result.)
    "ioi": "ioi",
    "informatics olympiad": "ioi",
    "olympiad in informatics": "ioi",
    "frontier math": "frontiermath",
    "bigcodebench": "bigcodebench",
    "arc-agi": "arc-agi",
    "arc agi": "arc-agi",
    "planbench": "planbench",
    "blocksworld": "planbench",
    "mystery blocksworld": "planbench",
    "medqa": "medqa",
    "med qa": "medqa",
    "simpleqa": "simpleqa",
    "helm": "helm",
    "osworld": "osworld",
    "cybench": "cybench",
    "webarena": "webarena",
    "clockbench": "clockbench",
    "gsm8k": "gsm8k",
    "re-bench": "re-bench",
    "rebench": "re-bench",
    "terminal-bench": "terminal-bench",
    "terminal bench": "terminal-bench",
    "chatbot arena": "arena",
    "lmarena": "arena",
    "lmsys": "arena",
    "arena": "arena",
    "big-bench": "big-bench",
    "big bench": "big-bench",
    "imagenet": "imagenet",
    "hellaswag": "hellaswag",
    "truthfulqa": "truthfulqa",
    "livecodebench": "livecodebench",
    "aime": "aime",
}


@dataclass(frozen=True)
class Measure:
    """A measure a question may name, and how a fact shows that it is that measure."""

    asked: frozenset[str]  # the phrases that name it in a question
    marks: tuple[str, ...]  # what a fact's unit, name or metric key contains (each the start of a word) if it is
    # How far into a fact to look for the marks: its unit and name only; also its statement, which may give this
    # measure beside its figure ("Waymo ran about 2,500 cars, carrying 450,000 trips a week" answers how big its fleet
    # is; Apollo Go's count of rides does not); or its notes too (Korea's robot density is noted beside its
    # installations, the other business functions beside service operations' cost savings).
    read_from: Literal["name", "statement", "notes"] = "name"
    # A measure that narrows what a fact counts: such a fact answers only a question that names the measure outright
    # or with one of these words, read after typo correction ("what share of AI papers came from the US" is not
    # answered with the US's count of the most-cited ones; "citatoins" names them).
    narrowing: frozenset[str] | None = None


# Measures, as people ask for them -> the words a fact's unit or name must have for it to be that measure:
# "how much did it cost to train Grok 4" is not answered with Grok 4's emissions, nor "how many tokens was
# Llama 3.1 trained on" with its training cost.
MEASURES: dict[str, Measure] = {
    "money": Measure(
        frozenset({"cost", "costs", "price", "priced", "pricing", "salary", "salaries", "valuation", "dollars"})
        | {
            "fine",
            "fines",
            "penalty",
            "penalties",
            "budget",
            "budgets",
        }  # not "revenue" ("share reporting revenue gains")
        | {"market cap", "market value", "market capitalization", "market capitalisation"}
        | {"dollar", "dollar value", "dollar amount", "how much money"},
        ("usd", "eur billion", "eur million", "cost", "price", "spend", "investment", "fund", "valuation"),
    ),
    "emissions": Measure(frozenset({"emissions", "emit", "emitted", "co2", "carbon"}), ("co2", "carbon", "emission")),
    "tokens": Measure(frozenset({"tokens"}), ("token",)),
    "power": Measure(
        frozenset({"megawatts", "gigawatts", "mw", "gw", "electricity", "power capacity", "power draw"})
        | {"how much power", "power use", "power usage", "power consumption", "power demand", "electrical power"},
        ("watt", "power", "energy"),
    ),
    # Energy used over time is not power: "terawatt-hours consumed by data centres" is not their capacity in GW.
    "energy use": Measure(
        frozenset(
            {"mwh", "gwh", "twh", "kwh", "wh", "energy consumption", "energy consumed", "electricity consumption"}
        )
        | {f"{scale}watt{joint}hours" for scale in ("", "kilo", "mega", "giga", "tera") for joint in ("-", " ")}
        | {"electricity consumed", "electricity use", "energy use", "energy usage", "power consumption"}
        | {"how much energy"},
        ("watt-hour", "watt hour", "twh", "gwh", "mwh", "kwh"),
    ),
    # Congress's bills and laws are the US federal legislature's: "how many AI laws did Congress pass" is not answered
    # with the world's count.
    "congress": Measure(frozenset({"congress", "congressional", "capitol hill"}), ("congress",)),
    # Hiring is not cutting: "what share of organisations expect AI to increase their headcount?" is not answered with
    # the share expecting cuts.
    "workforce growth": Measure(
        frozenset(
            f"{verb} {whose}{what}"
            for verb in ("increase", "grow", "expand", "raise", "boost")
            for whose in ("their ", "its ", "the ", "")
            for what in ("headcount", "workforce", "staff", "staffing", "hiring")
        )
        | {"add jobs", "add staff"},  # (not "hire more": "did industry or academia hire more of the new PhDs?")
        ("increase", "growth", "grow", "expan", "hiring"),
    ),
    # Academia's part (of notable models, of the most-cited papers, of witnesses) is not the whole or a country's.
    "academia": Measure(
        frozenset({"academia", "academics", "universities", "university labs", "academic institutions"}),
        ("academ", "universit"),
        read_from="statement",
    ),
    # Notable models by sector: Parity has industry's and academia's, not government labs'.
    "government sector": Measure(
        frozenset({"government labs", "government lab", "government institutions", "government research labs"})
        | {"government-affiliated", "government affiliated", "state labs", "national labs", "public-sector labs"}
        | {"came from government", "come from government", "from government agencies", "government witnesses"},
        ("government",),
    ),
    # Cuts organisations have made are not the cuts they expect (the only workforce cuts Parity has).
    "actual cuts": Measure(
        frozenset({"actually cut their headcount", "actually cut headcount", "actually cut jobs", "actually cut staff"})
        | {"actually laid off", "actually laid people off", "actual layoffs", "actually fired", "actual job cuts"}
        | {"actual headcount cuts", "actually cut their workforce", "actually shrank their workforce"},
        ("actual cut", "actual layoff"),
    ),
    # A school's AI policy is not its teachers' readiness.
    "school ai policy": Measure(
        frozenset({"have an ai policy", "have ai policies", "has an ai policy", "with an ai policy"})
        | {"with ai policies", "school ai policy", "school ai policies", "ai use policy", "ai use policies"}
        | {"ai policies in place"},
        ("polic",),
        read_from="statement",
    ),
    # Laws and bills of US states are not the country's: "how many AI laws did US states enact" is not
    # answered with the national count.
    "state level": Measure(
        frozenset({f"{us} {kind}" for us in ("usa", "us", "american") for kind in ("states", "state")})
        | {"state legislatures", "state legislature", "state lawmakers", "state-level", "state level"}
        | {"state laws", "state law", "state bills", "state ai laws", "state ai bills", "state-level ai laws"}
        | {"which state", "which states", "how many states", "each state", "50 states"},
        ("state",),
    ),
    # A middle figure is not the total or the top one: "the median funding round". ("Average" is not
    # a slot: "what did o1 average on BigCodeBench", and the curators ask "average deal size" of the
    # count of billion-dollar deals.)
    "median": Measure(frozenset({"median", "medians"}), ("average", "median", "mean")),
    # Women's share is not the whole count; vehicles in a fleet are not rides; users are not awareness.
    "gender": Measure(
        frozenset({"women", "woman", "female", "females", "gender", "girls"}),
        ("female", "women", "gender"),
    ),
    # Parts of those surveyed that no figure singles out: country or city dwellers, an income group.
    "rural or urban": Measure(
        frozenset({"rural", "urban", "countryside", "city dwellers", "villages", "villagers"}), ("rural", "urban")
    ),
    "income group": Measure(
        frozenset({"low-income", "high-income", "low income", "high income", "lower-income", "higher-income"})
        | {"lower income", "higher income", "income level", "income group", "income groups", "poorer", "wealthier"},
        ("income",),
        read_from="statement",
    ),
    "vehicles": Measure(
        frozenset({"fleet", "fleets", "vehicles", "cars", "how many robotaxis", "number of robotaxis"}),
        ("vehicle", "fleet", "cars"),
        read_from="statement",
    ),
    "users": Measure(
        frozenset({"active users", "weekly users", "monthly users", "daily users", "user base", "how many users"}),
        ("user",),
    ),
    # Qualifiers a fact must state, in its statement at least: a human baseline, deepfakes, health care.
    "human baseline": Measure(
        frozenset({"human baseline", "human baselines", "human performance", "human level", "human expert"})
        | {"actual humans", "humans score", "human score", "human scores", "do humans", "people score"}
        | {"human experts", "human-level", "expert humans", "than humans", "to humans", "beat humans"}
        | {"human validators", "expert validators", "human domain expert", "human domain experts"}
        | {
            "human-expert",
            "human-expert baseline",
            "expert baseline",
            "human test-taker",
            "human test-takers",
            "human test taker",
            "human test takers",
            "human participants",
        }
        | {"human panel", "human panels", "human testers", "human average", "average human", "average person"},
        # (Not "Humanity's Last Exam": what do human experts score on it is not the models' accuracy.)
        ("human ", "humans", "human-", "physician", "doctor", "expert"),
        read_from="statement",
    ),
    "deepfakes": Measure(
        frozenset({"deepfake", "deepfakes", "deep fake", "deep fakes"}), ("deepfake",), read_from="statement"
    ),
    "health": Measure(
        frozenset({"healthcare", "health care", "health-care", "medical", "medicine", "hospital", "hospitals"}),
        ("health", "medic", "clinic", "fda", "diagnos", "physician", "patient", "hospital", "doctor", "medqa"),
        read_from="statement",
    ),
    # Doctoral students and degrees are not undergraduates: "CS PhD enrollment" is not all CS enrollment.
    "doctoral": Measure(
        frozenset({"phd", "phds", "ph.d", "ph.d.", "doctoral", "doctorate", "doctorates"}),
        ("phd", "ph.d", "doctoral", "doctorate"),
        read_from="statement",
    ),
    # Patents filed are not patents granted.
    "applications": Measure(
        frozenset({"patent applications", "patent application", "patent filings", "applications filed"}),
        ("application", "filing"),
    ),
    # Robots per 10,000 workers are not robots installed (Korea's density is in its installations fact's notes).
    "density": Measure(
        frozenset({"density", "densities", "per 10,000 workers", "per 10k workers", "per 10,000 employees"})
        | {"robots per 10,000", "robots per 10k"},
        ("density",),
        read_from="notes",
    ),
    # The robots working in factories are not those installed in one year.
    "stock": Measure(
        frozenset({"operational stock", "operating stock", "installed base", "in operation", "robot stock"})
        | {"whole stock", "total stock", "stock of industrial robots", "robots operating", "operating worldwide"},
        ("operational stock", "in operation", "installed base"),
    ),
    "water": Measure(
        frozenset({"water", "liters", "litres", "gallons", "kiloliters", "kilolitres"}),
        ("water",),
        read_from="statement",
    ),
    # Inference is not training: "how often does inference demand double" is not training compute's doubling.
    "inference": Measure(frozenset({"inference", "inferencing"}), ("inference",), read_from="statement"),
    "parameters": Measure(
        frozenset({"parameter", "parameters", "parameter count", "params"}), ("parameter",), read_from="statement"
    ),
    # Forecasts: the AI Index measures what happened; its only looks ahead are what people expect.
    "forecast": Measure(
        frozenset({"projected", "projection", "projections", "forecast", "forecasts", "forecasted"})
        | {"predicted", "prediction", "predictions", "predict", "will be in", "going to be", "when will", "will we"}
        | {"are expected", "is expected", "will there be"}  # "how many incidents are expected in 2026"
        | {"project for", "projects for", "projecting", "expected to grow", "expected to reach"},
        ("expect", "forecast", "project", "predict", "will ", "over the next", "next year"),
        read_from="statement",
    ),
    # Business functions: cost savings in service operations are not HR's, nor young developers' jobs support agents'.
    "human resources": Measure(
        frozenset(
            {"human resources", "hr department", "hr departments", "in hr", "for hr", "hr function", "hr functions"}
        ),
        ("human resources",),
        read_from="notes",
    ),
    "customer service": Measure(
        frozenset(
            {"customer service", "customer support", "customer care", "call center", "call centre", "call centers"}
        )
        | {"customer-service", "customer-support", "call-center", "call-centre", "help desk", "help-desk"},
        ("service operations", "customer support", "customer service", "call cent"),
        read_from="notes",
    ),
    "marketing": Measure(
        frozenset({"marketing and sales", "marketing & sales", "sales and marketing", "in marketing", "in sales"}),
        ("marketing",),
        read_from="statement",
    ),
    "software engineering": Measure(
        frozenset({"in software engineering", "in software-engineering", "for software engineering"})
        | {"in software development", "software engineering function", "software engineering teams"},
        ("software engineering", "software development", "swe-bench", "coding"),
        read_from="statement",
    ),
    "supply chain": Measure(
        frozenset({"in supply chain", "in supply-chain", "in supply chains", "supply chain function"})
        | {"supply chain management", "supply-chain management", "in the supply chain"},
        ("supply chain",),
        read_from="statement",
    ),
    # An age group is not everyone: "18-24 year olds who feel nervous" is not the global share.
    "age group": Measure(
        frozenset({"year olds", "yr olds", "year-olds", "yr old", "years old", "yrs old", "gen z", "genz", "boomers"})
        | {"millennials", "age group"}
        | {"age groups", "by age", "teenagers", "teens", "seniors", "under-30s", "over-65s"}
        | {"young people", "younger people", "older people", "older adults", "young adults", "aged"}
        | {"over 65", "over-65", "65 and older", "65 and over", "65+", "elderly", "retirees", "pensioners"}
        | {"under 30", "under-30", "under 25", "under-25", "over 50", "over-50", "over 60", "over-60"},
        (" aged ", " age ", "year-old", "year old", "young", "gen z", "older", "teen"),
        read_from="statement",
    ),
    # Pay and the size of an economy, which no fact gives: "the average AI engineer's salary" is no investment, nor
    # "how much has AI added to GDP" an investment total.
    "pay": Measure(
        frozenset({"salary", "salaries", "wage", "wages", "paycheck", "compensation", "earnings", "paid more"})
        | {"paid less", "paid much more", "pay gap", "pay premium"},
        ("salar", "wage", "compensation", "earning"),
    ),
    "gdp": Measure(frozenset({"gdp", "gross domestic product", "economic output"}), ("gdp", "gross domestic")),
    # Professions and specialties Parity has no figure of their own for: "what did nurses score in the GPT-4
    # diagnosis trial" is not the physicians' score, "FDA-cleared radiology devices" not all AI medical devices.
    "nurses": Measure(
        frozenset({"nurse", "nurses", "nursing staff", "nurse practitioners", "nursing"}), ("nurse",), read_from="notes"
    ),
    "radiology": Measure(
        frozenset({"radiology", "radiologist", "radiologists", "radiological"}), ("radiolog",), read_from="notes"
    ),
    # Other specialties and patient groups: "AI clinical trials in oncology" are not all of them, nor "studies that
    # included pediatric patients" all studies.
    "specialty": Measure(
        frozenset({"oncology", "cancer trials", "cardiology", "neurology", "dermatology", "ophthalmology"})
        | {"psychiatry", "pediatric", "paediatric", "pediatrics", "paediatrics"},
        ("oncolog", "cardiolog", "neurolog", "dermatolog", "ophthalm", "psychiatr", "pediatric", "paediatric"),
        read_from="notes",
    ),
    # Money put into chipmakers is not money put into AI companies.
    "semiconductors": Measure(
        frozenset({"semiconductor companies", "semiconductor firms", "semiconductor industry", "semiconductors"})
        | {"chip companies", "chip industry", "in semiconductors", "into semiconductors"},
        ("semiconductor",),
        read_from="statement",
    ),
    # A law's rules for high-risk systems are not the date it entered into force or its bans.
    "high-risk": Measure(frozenset({"high-risk", "high risk"}), ("high-risk", "high risk"), read_from="notes"),
    # Images and video are not text: "what share of new images online are AI-generated" is not the share of content.
    "images": Measure(
        frozenset({f"{k} {w}" for k in ("images", "photos", "pictures", "videos") for w in ("posted", "online", "are")})
        | {f"{w} {k}" for k in ("images", "photos", "pictures", "videos") for w in ("of", "new", "online")},
        ("image", "photo", "picture", "video"),
        read_from="notes",
    ),
    # Use at work is not use by the whole population: "what share of US employees use AI at work" is not the US's
    # population-level adoption.
    "at work": Measure(
        frozenset({"at work", "employees", "in the workplace", "workplace", "on the job", "staff use"}),
        ("employee", "at work", "workplace", "on the job", "worker", "staff", "workforce"),
        read_from="statement",
    ),
    # Training compute in FLOP is not its cost in dollars, nor how fast it grows.
    "flop": Measure(
        frozenset({"flop", "flops", "petaflop", "petaflops", "exaflop", "exaflops", "floating-point operations"}),
        ("flop", "floating-point"),
        read_from="notes",
    ),
    # Professions Parity has no figure of their own for: "the productivity gain for lawyers".
    "legal": Measure(
        frozenset({"lawyers", "lawyer", "attorneys", "paralegals", "law firms", "legal work", "legal professionals"})
        | {"legal services", "legal sector", "legal industry", "law firm"},
        ("lawyer", "legal work", "law firm", "attorney"),
        read_from="notes",
    ),
    # A course on AI is not a computer science course: "US high schools offering a dedicated AI course".
    "ai course": Measure(
        frozenset({"ai course", "ai courses", "ai class", "ai classes", "dedicated ai", "ai-specific course"})
        | {"ai-specific courses", "courses on ai"},
        ("ai course", "ai class", "ai education", "teach ai", "ai-specific"),
        read_from="statement",
    ),
    # Model specifications the AI Index does not give.
    "context window": Measure(
        frozenset({"context window", "context windows", "context length", "context size", "token limit"}),
        ("context window", "context length"),
    ),
    # One conference is not the six counted together: Parity has no conference's own count.
    # The transparency index measures what developers disclose: it is not a count of foundation models released.
    "transparency": Measure(
        frozenset({"transparency", "transparent", "fmti", "disclose", "disclosure", "disclosures"}),
        ("transparen", "fmti"),
        narrowing=frozenset({"transparency", "transparent", "disclose", "disclosure", "fmti", "openness", "open"}),
    ),
    # The reverse of "more concerned than excited" is another share (Parity has only the former).
    "excited over concerned": Measure(
        frozenset({"more excited than concerned", "more excited than worried", "more excited than nervous"}),
        ("more excited than",),
    ),
    # Government money and jobs are not the private sector's: "Chinese government guidance funds in 2024" is not
    # China's private investment, "PhDs who took government jobs" not those who went to industry.
    "government": Measure(
        frozenset({"government guidance funds", "guidance funds", "guidance fund", "government funding"})
        | {"government spending", "government investment", "public funding", "public investment", "public spending"}
        | {"state funding", "federal funding", "federal spending", "government jobs", "government roles"}
        | {"government contracts", "public sector", "public-sector"}
        | {"work for the government", "working for the government", "work for government", "went into government"}
        | {"go into government", "went to government", "go to government", "joined government"}
        | {"government bodies", "government labs", "government institutions", "government-run", "state-run"},
        ("government", "federal", "state-backed", "guidance fund", "public-ai", "public ai", "public sector"),
    ),
    # Trust is not fear: "drivers who trust self-driving cars" is not the share afraid of them.
    "trust": Measure(
        frozenset({"trust", "trusted", "trusting", "trusts", "distrust", "mistrust"}), ("trust",), read_from="statement"
    ),
    # Funding rounds counted are not the money raised: "China's billion-dollar rounds" is not its investment.
    "rounds": Measure(
        frozenset({"mega-rounds", "megarounds", "billion-dollar rounds", "billion-dollar funding rounds"})
        | {"deal count", "number of deals", "how many deals", "funding rounds", "ai funding rounds"},
        ("round", "deal"),
    ),
    # Training is not using: "what GPT-4o cost to train" is not its price per token.
    "training": Measure(
        frozenset({"to train", "training cost", "training costs", "cost to train", "trained", "training run"})
        | {"training runs", "train it", "train them", "for training", "on training"},
        ("train",),
    ),
    # A focus area (what investment went to) is not a country's total.
    "focus area": Measure(
        frozenset({"focus area", "focus areas", "which area", "which sector", "which sectors", "sector got"}),
        ("focus", "infrastructure, research", "sector"),
    ),
    # Responsible AI papers, named: a count of them alone is never all AI papers (a narrowing measure).
    "responsible papers": Measure(
        frozenset({"responsible ai papers", "rai papers"}),
        ("responsible ai papers",),
        narrowing=frozenset({"responsible", "rai", "ethic", "ethics", "ethical", "safety", "safe", "fairness"}),
    ),
    # Service robots are not industrial ones; small businesses are not all organisations.
    "service robots": Measure(
        frozenset({"service robots", "service robot", "professional service robots"}),
        ("service robot",),
    ),
    "small business": Measure(
        frozenset({"small businesses", "small business", "smes", "sme", "small companies", "small firms"}),
        ("small business", "sme"),
    ),
    # Schools are a place of their own: "Canadian high schools offering CS" is not Canadian optimism.
    "schools": Measure(
        frozenset({"high schools", "high school", "k-12", "k12", "classrooms", "school students", "secondary schools"}),
        ("school", "k-12", "student", "teacher", "classroom", "education"),
    ),
    # Bills passed are laws, not the bills proposed (matching also reads "how many bills did Congress pass").
    "passed": Measure(
        frozenset({"bills passed", "passed bills", "enacted bills", "bills enacted"}), ("pass", "enact", "law")
    ),
    "proposed": Measure(
        frozenset({"proposed", "bills introduced", "introduced bills", "bills tabled", "put forward"}),
        ("propos", "introduc"),
    ),
    # Companies newly funded in a year are a count of their own, not the money invested.
    "newly funded": Measure(
        frozenset({"newly funded", "newly-funded", "new ai companies", "new ai startups", "newly founded"}),
        ("newly funded", "newly-funded"),
    ),
    # A figure per query is not a year's total.
    "per query": Measure(
        frozenset({"per query", "per prompt", "per request", "each query", "a single query", "per single query"}),
        ("per query", "per prompt", "per request"),
        # (Energy per query answers no question about data centres' total use: "how many TWh did they consume?")
        narrowing=frozenset({"query", "queries", "prompt", "prompts", "request", "requests", "response", "answer"})
        | {"question", "questions"},
    ),
    # Middle and elementary schools are not high schools.
    "middle school": Measure(
        frozenset({"middle school", "middle schools", "middle-school", "junior high"}),
        ("middle school",),
        read_from="statement",
    ),
    "elementary school": Measure(
        frozenset({"elementary school", "elementary schools", "primary school", "primary schools", "grade school"})
        | {"elementary-school", "primary-school", "grade-school"},
        ("elementary school", "primary school"),
        read_from="statement",
    ),
    # Excitement is not nervousness, nor a collaboration one side's count.
    "excitement": Measure(frozenset({"excited", "excitement", "exciting"}), ("excit",)),
    # Nervousness is not optimism: "how did the share nervous about AI change in Britain?"
    "nervousness": Measure(frozenset({"nervous", "nervousness"}), ("nervous",), read_from="statement"),
    "collaboration": Measure(
        frozenset({"collaboration", "collaborations", "collaborative", "co-developed", "collab", "collabs"}),
        ("collaborat",),
        read_from="statement",
    ),
    # Memory bandwidth is not compute performance.
    "bandwidth": Measure(frozenset({"bandwidth", "memory bandwidth", "hbm"}), ("bandwidth",)),
    # Revenue is not a share of compute or of investment: "Nvidia's AI chip revenue".
    "revenue": Measure(frozenset({"revenue", "revenues", "sales revenue", "in sales", "turnover"}), ("revenue",)),
    # Industries Parity has no breakdown for: "robots installed by car makers", "generative AI in banking".
    "automotive": Measure(
        frozenset({"automotive", "car makers", "carmakers", "car maker", "carmaker", "automakers", "automaker"})
        | {"auto industry", "auto sector", "car industry", "car manufacturers"},
        ("automotive", "car maker", "carmaker", "automaker"),
    ),
    "electronics": Measure(
        frozenset({"electronics industry", "electronics sector", "electronics makers", "electronics manufacturers"})
        | {"electrical and electronics", "electrical/electronics", "electronics firms", "electronics companies"},
        ("electronic",),
    ),
    "financial services": Measure(
        frozenset({"financial services", "financial sector", "finance industry", "finance sector", "banks", "banking"})
        | {"fintech", "fintechs", "insurers", "insurance companies", "insurance industry", "financial-services"},
        ("financial", "bank", "insur"),
    ),
    # US departments other than Defense, whose share of AI contracts is the one given.
    "other departments": Measure(
        frozenset({"health and human services", "hhs", "department of energy", "energy department", "doe"})
        | {"homeland security", "dhs", "commerce department", "department of commerce", "commerce dept"}
        | {"department of state", "state department", "veterans affairs", "nasa", "department of justice"},
        ("health and human services", "department of energy", "homeland security", "commerce", "state department"),
        read_from="statement",
    ),
    # How many hearings were held is not how many witnesses they heard; other subjects' teachers are not CS teachers.
    "hearings held": Measure(
        frozenset({"how many hearings", "how many congressional hearings", "how many ai hearings", "hearings held"})
        | {
            "number of hearings",
            "number of congressional hearings",
            "hearings were held",
            "hearings did congress hold",
        },
        ("hearings held",),
    ),
    "other teachers": Measure(
        # (Not "science teachers": computer science teachers are those the figures are about.)
        frozenset({"math teachers", "maths teachers", "mathematics teachers", "english teachers", "history teachers"})
        | {"math teacher", "maths teacher", "english teacher"},
        ("math teacher", "maths teacher", "mathematics teacher", "english teacher", "history teacher"),
        read_from="statement",
    ),
    # A field of science is not natural science as a whole (but "physics, chemistry, biology and other natural-science
    # papers" is); Cybench's runs with subtask guidance are not its unguided ones.
    "science field": Measure(
        frozenset(
            {"life sciences", "life science", "materials science", "astronomy", "earth sciences", "earth science"}
        )
        | {"in chemistry", "in physics", "in biology", "chemistry papers", "physics papers", "biology papers"}
        | {"physics publications", "chemistry publications", "biology publications", "physics research"}
        | {"chemistry research", "biology research"},
        ("life science", "materials science", "astronom", "earth science", "chemistr", "physics", "biolog"),
        read_from="statement",
    ),
    "guided": Measure(
        frozenset({"subtask guidance", "subtask-guided", "with subtasks", "guided runs", "with guidance"}),
        ("subtask", "guided run"),
        read_from="statement",
    ),
    # Sub-groups and parts no figure breaks out: humanoid robots among robots, video models among models, papers on
    # privacy among responsible-AI papers, IT among business functions (HR is above), a transparency index's upstream
    # subdomain, minority stakes among corporate deals, patients' wait times among a scribe study's results.
    "humanoid": Measure(frozenset({"humanoid", "humanoids"}), ("humanoid",), read_from="statement"),
    "video generation": Measure(
        frozenset({"video generation", "video-generation", "text-to-video", "video models", "video generators"})
        | {"video model", "video generator", "video-generating"},
        ("video",),
        read_from="statement",
    ),
    "privacy": Measure(
        # (Not "privacy" alone: "papers on things like fairness, privacy and safety" are all responsible-AI papers.)
        frozenset({"data governance", "data protection", "privacy papers", "papers on privacy", "privacy research"}),
        ("privacy", "personal data", "data governance", "data protection"),
        read_from="statement",
    ),
    "it function": Measure(
        frozenset({"it function", "it functions", "it department", "it departments", "information technology"}),
        ("information technology", "it function"),
        read_from="statement",
    ),
    "product development": Measure(
        frozenset({"product development", "product-development", "product and service development", "product dev"}),
        ("product development", "product and service development"),
        read_from="notes",
    ),
    "subdomain": Measure(
        frozenset({"upstream", "downstream", "subdomain", "subdomains", "sub-domain"}),
        ("upstream", "downstream", "subdomain"),
        read_from="statement",
    ),
    "minority stakes": Measure(
        frozenset({"minority stake", "minority stakes", "minority-stake"}), ("minority",), read_from="statement"
    ),
    # Stanford's Global AI Vibrancy ranking is not a count of models, nor a rank among their makers.
    "vibrancy": Measure(frozenset({"vibrancy", "vibrancy tool", "vibrancy ranking", "vibrancy index"}), ("vibrancy",)),
    # Results no figure gives: documentation errors (not time saved), the money a prize carries (not how many prizes),
    # synthetic data (not real patient data), other technologies' adoption (not generative AI's).
    "errors": Measure(
        frozenset({"errors", "error rate", "error rates", "documentation errors", "mistakes", "medical errors"}),
        ("error", "mistake"),
        read_from="statement",
    ),
    # How many people a study or survey had: "the scribe study's sample size" is not what the study found.
    "sample size": Measure(
        frozenset({"sample size", "sample sizes", "study size", "how many participants", "number of participants"})
        | {"study participants", "participants in the study", "how big was the sample", "how large was the sample"},
        ("sample", "participant", "respondent", "polled", "surveyed", "poll of"),
        read_from="statement",
    ),
    # China's state guidance funds are one kind of government money: not its chip fund, nor its AI mission.
    "guidance funds": Measure(
        frozenset({"guidance funds", "guidance fund", "government guidance funds", "state guidance funds"}),
        ("guidance fund",),
        read_from="statement",
    ),
    # Elections are their own topic: "what % of experts expect a positive impact on elections" is not their view of
    # jobs, though a note says the views on elections differ too.
    "elections": Measure(frozenset({"election", "elections", "electoral"}), ("election", "electoral")),
    # One chapter's length: "How many pages is the Technical Performance chapter?" is not the whole report's.
    "chapter length": Measure(
        frozenset({"chapter length", "pages per chapter", "pages in each chapter", "pages in the chapter"}),
        ("chapter length",),
    ),
    # How long something takes to double: "how often does data-center power capacity double?" is not its level.
    "doubling time": Measure(
        frozenset({"doubling time", "doubling times", "doubling period"}),
        ("doubling", "doubled every", "doubles every", "doubled roughly every", "doubles roughly every"),
        read_from="statement",
    ),
    # AI used to decide who gets a job: "state laws on AI in hiring" are not all state AI laws.
    "hiring decisions": Measure(
        frozenset({"in hiring", "hiring decisions", "employment decisions", "hiring or employment", "hiring laws"})
        | {"ai hiring", "automated hiring", "employment laws", "recruiting decisions", "in recruitment"},
        ("hiring decision", "employment decision", "recruit"),
        read_from="statement",
    ),
    # Where papers appear: "what share were conference papers rather than journal articles" is no count of all papers.
    "venue": Measure(
        frozenset({"conference papers", "conference paper", "journal articles", "journal article", "journal papers"})
        | {"conference proceedings", "in journals", "at conferences"},
        ("conference", "journal"),
        read_from="statement",
    ),
    # A model's rate of made-up answers: not its Arena score ("What hallucination rate did Claude Opus 4.6 record?").
    "hallucination": Measure(
        frozenset({"hallucination", "hallucinations", "hallucination rate", "hallucination rates", "hallucinate"})
        | {"hallucinates", "hallucinated"},
        ("hallucinat",),
    ),
    "prize money": Measure(
        frozenset({"prize money", "prize amount", "award money", "cash prize", "prize purse"}),
        ("prize money", "cash prize"),
    ),
    "synthetic data": Measure(
        frozenset({"synthetic data", "synthetic patient data", "simulated data"}),
        ("synthetic", "simulated"),
        read_from="statement",
    ),
    "other technologies": Measure(
        frozenset({"smartphone", "smartphones", "mobile phone", "mobile phones", "cell phones", "television", "radio"})
        | {"social media", "the telephone", "cellphones"},  # (not electricity: what AI training draws)
        ("smartphone", "mobile phone", "television", "social media", "telephone"),
        read_from="notes",
    ),
    # Whether AI will improve education is not one of the expert-public gaps (jobs, the economy, medical care).
    "improve education": Measure(
        frozenset({"improve education", "improve k-12 education", "improve schools", "better education"})
        | {"improve learning", "improve teaching", "education better"},
        ("improve education", "improving education", "education better"),
        read_from="statement",
    ),
    # Publications are not patents: "what share of AI publications came from the US" is not its share of patents.
    "publications": Measure(
        # (Not "publication" alone: "the publication date of the 2024 AI Index" asks when it came out.)
        frozenset({"publications", "papers", "research papers", "scholarly output"}),
        ("publication", "paper", "pubs", "research output", "scholarly", "citation", "cited", "author", "inventor"),
        read_from="statement",
    ),
    # One chamber of Congress is not Congress: "how many AI bills were introduced in the Senate alone?" (both named
    # are Congress again; see matching).
    "chamber": Measure(
        frozenset({"senate", "senators", "house of representatives", "house alone", "house of commons"}),
        ("senate", "house of representatives", "house of commons"),
        read_from="statement",
    ),
    # Patients' satisfaction is not the time or money AI saved a hospital.
    "satisfaction": Measure(
        frozenset({"satisfaction", "satisfied", "satisfaction score", "satisfaction scores"}),
        ("satisf",),
        read_from="statement",
    ),
    # Hours of teaching are not how many countries teach: "how many hours of AI instruction does Beijing require?"
    "instruction hours": Measure(
        frozenset({"hours of instruction", "hours of ai instruction", "instruction hours", "hours of teaching"})
        | {"teaching hours", "hours of ai education", "hours of ai lessons", "hours of ai classes", "class hours"},
        ("hours of instruction", "instruction hours", "teaching hours", "class hours"),
        read_from="statement",
    ),
    "wait times": Measure(
        frozenset({"wait time", "wait times", "waiting time", "waiting times", "wait-time", "wait-times"}),
        ("wait",),
        read_from="statement",
    ),
    # Job postings: "UK AI job postings" is not British optimism about AI and jobs.
    "postings": Measure(
        frozenset({"job postings", "job posting", "postings", "job ads", "job adverts", "job listings", "vacancies"})
        | {"job openings", "job offers"},
        ("posting",),
    ),
    # Citations: "what share of AI papers came from the US" is not its share of the most-cited ones.
    "cited": Measure(
        frozenset({"most-cited", "most cited", "top-cited", "top cited", "highly cited", "citation", "citations"})
        | {"top 100", "top-100", "hundred most", "most referenced", "most-referenced", "influential"}
        | {"top papers", "top ai papers", "top research", "top ai research"},
        ("most-cited", "top-cited", "most cited", "citation"),
        narrowing=frozenset({"cite", "citation", "influential", "impact"}),
    ),
    "conference": Measure(
        frozenset({"neurips", "nips", "icml", "iclr", "cvpr", "iccv", "eccv", "acl", "emnlp", "naacl", "aaai", "ijcai"})
        | {"facct", "aies", "kdd"},
        ("neurips", "icml", "iclr", "cvpr", "iccv", "eccv", " acl", "emnlp", "naacl", "aaai", "ijcai", "facct", "aies"),
        read_from="statement",
    ),
    # Investment asked is money put in: "China's generative AI investment" is not its share of firms using it.
    "investment": Measure(
        frozenset({"investment", "investments", "invest", "invested", "investing", "private investment", "funding"})
        | {"vc money", "put into", "poured into", "pour into", "pumped into", "private money", "money went into"},
        (
            "invest",
            "fund",
            "raise",
            "spend",
            "spent",
            "capex",
            "deal",
            "financ",
            "usd",
            "eur billion",
            "valuation",
            "grant",
        ),
        read_from="statement",
    ),
    # Open models against closed ones is not the US against China: "the open vs closed gap on HumanEval".
    "open vs closed": Measure(
        frozenset(
            {
                f"{a} {vs} {b}"
                for a, b in (("open", "closed"), ("closed", "open"), ("open-weight", "closed"))
                for vs in ("vs", "vs.", "versus", "and", "v")
            }
        )
        | {"open-source vs proprietary", "open source vs proprietary", "open vs proprietary", "open-closed"},
        ("open",),
    ),
    # Open-weight models are a kind of model: "the best US open-weight model vs China's" is not the overall US-China
    # gap, nor "the share of US models released with open weights" their count.
    "open weights": Measure(
        frozenset({"open weights", "open-weights", "open weight", "open-weight", "open models", "open model"})
        | {"openly released", "open-weight models"},
        ("open-closed", "open vs", "open-weight", "open weight", "open-source", "open source", "open model"),
        read_from="statement",
    ),
    # Fields, parties and suppliers no figure is broken down by.
    "social sciences": Measure(frozenset({"social sciences", "social science", "humanities"}), ("social scien",)),
    "party": Measure(
        frozenset({"republicans", "democrats", "republican", "democrat", "gop", "partisan", "by party"})
        | {"political party", "political parties", "conservatives", "liberals"},
        ("republican", "democrat", "partisan"),
        read_from="statement",
    ),
    "suppliers": Measure(
        frozenset({"suppliers", "supplier", "vendors", "domestic brands", "chinese brands", "made by chinese"})
        | {"domestic manufacturers", "domestic makers", "domestic robot makers", "domestic chinese", "domestic vendors"}
        | {"local manufacturers", "local suppliers", "domestically made", "domestically produced"},
        ("supplier", "vendor"),
        read_from="statement",
    ),
    # The natural sciences are a part of all AI research: "AI papers worldwide in 2025" is not those in the sciences.
    "natural sciences": Measure(
        frozenset({"natural sciences", "natural science", "scientific fields"}),
        ("natural science",),
        narrowing=frozenset({"science", "sciences", "scientific", "scientist", "physics", "chemistry", "biology"}),
    ),
    # LinkedIn's talent concentration is not its skill penetration; a subscription price is not an API price.
    "talent concentration": Measure(
        frozenset({"talent concentration", "concentration of ai talent"}), ("concentration",)
    ),
    "subscription": Measure(
        frozenset({"subscription", "subscriptions", "chatgpt plus", "monthly price", "monthly fee", "per month"}),
        ("subscription", "per month"),
    ),
    # Generative AI is a part of AI: China's private AI investment is not its generative AI investment.
    "generative": Measure(
        frozenset({"generative", "genai", "gen ai", "gen-ai", "generative-ai", "image-generating", "text-generating"})
        | {"image generation", "text generation", "image-generation", "text-generation"},
        ("generative", "genai", "gen ai", "chatgpt"),
        read_from="statement",
    ),
    # Mergers and acquisitions on their own are not all corporate investment, which includes them (the 2025 AI Index
    # gives only their growth). Asked beside corporate or private investment, M&A is part of that total instead.
    "m&a": Measure(
        frozenset({"m&a", "m & a", "mergers and acquisitions", "merger and acquisition", "buyouts", "takeovers"}),
        ("merger", "m&a"),
    ),
    # Parity has no distance driven: "how many miles did Waymo drive" is not answered with its trips.
    "distance": Measure(
        frozenset({"miles", "mileage", "kilometers", "kilometres", "km", "driverless miles", "autonomous miles"}),
        ("mile", "kilomet"),
    ),
    # (Words or phrases: "patents per 100,000 people" asks for a rate per person, not the country's count or share.)
    "per person": Measure(
        frozenset(
            {"capita", "percapita", "inhabitants", "per person", "per head"}
            | {f"relative to {whose}population" for whose in ("", "its ", "their ", "the ")}
            | {"adjusted for population", "population-adjusted", "for its population", "for their population"}
            | {
                f"per {n} {who}"
                for n in ("100", "1,000", "100,000", "100k", "million")
                for who in ("people", "residents")
            }
        ),
        ("per capita", "per 100,000", "per 100k", "per person", "inhabitants", "of population"),
    ),
}

# Places people use for one another when only one of them is measured: "notable models from the EU"
# is answered with Europe's count (the answer says Europe), and Europe's AI Act is the EU's.
NEAR_PLACES: dict[str, str] = {"EU": "Europe", "Europe": "EU"}

# "The least optimistic country", "the most expensive model": a superlative next to a kind of place or
# thing asks "which" without saying it.
PLACE_KINDS: frozenset[str] = frozenset(
    {"country", "countries", "nation", "nations", "state", "states", "region", "regions"}
)
THING_KINDS: frozenset[str] = frozenset({"model", "models", "company", "companies", "lab", "labs"})
# "Top" and "best" next to a thing name a group ("the top 10 models", "top model producers"), not a ranking.
THING_SUPERLATIVES: frozenset[str] = frozenset(
    {"most", "least", "highest", "lowest", "largest", "biggest", "smallest", "fewest"}
)
SUPERLATIVES: frozenset[str] = frozenset(
    {"most", "least", "highest", "lowest", "largest", "biggest", "smallest", "fewest", "top", "best", "worst"}
)

# "Which country is third …", "the second most …": a place in the ranking other than the first.
RANKS: dict[str, int] = {
    "second": 2,
    "2nd": 2,
    "runner": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
}
# "… the most robots after China": that place is left out of the ranking.
EXCLUDE_CUES: tuple[str, ...] = (
    "after",
    "behind",
    "besides",
    "other than",
    "apart from",
    "excluding",
    "except",
    "second to",
)

# Ordinal editions: "the 8th AI Index" -> 2025.
ORDINAL_EDITIONS: dict[str, int] = {
    "7th": 2024,
    "seventh": 2024,
    "8th": 2025,
    "eighth": 2025,
    "9th": 2026,
    "ninth": 2026,
    # Editions Parity does not have, so that asking for one is answered as such (there was no 2020 edition).
    "1st": 2017,
    "first": 2017,
    "2nd": 2018,
    "second": 2018,
    "3rd": 2019,
    "third": 2019,
    "4th": 2021,
    "fourth": 2021,
    "5th": 2022,
    "fifth": 2022,
    "6th": 2023,
    "sixth": 2023,
    "10th": 2027,
    "tenth": 2027,
}
