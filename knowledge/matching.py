"""Understanding a question and scoring facts against it.

One pipeline serves every entry point (``/ask``, free text, autocomplete, suggestions):
normalise → exact id/alias → curated synonyms → slots (places, organisations, years,
edition) → typo-tolerant fuzzy correction that keeps digits → candidates (full-text
search, done by the store) → one score per fact. The engine turns scores into a
decision; this module holds no I/O.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple, TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from . import lexicon
from .english import common_words
from .models import Edition, Fact

MAX_QUESTION_CHARS = 500
EVIDENCE = 4.5  # idf mass of matched words needed for full confidence
MONEY_FIT = 0.08  # a price asked for: a figure in money over a ratio or percentage about it
MODEL_FIT = 0.08  # what the question asks for by its kind: a model named, a difference in points
ENTITY_EVIDENCE = 1.0  # what every place or organisation asked, and found in the fact, adds to that mass
PLACE_UNASKED = 0.12  # per place a fact is about that the question did not name
EXAMPLE_WEIGHT = 0.9  # how much the name and the closest example question must agree (0: either one suffices)
FULL_SCORES = 16  # candidates given the full score after the cheap first pass
SEARCH_TERMS = 6  # rarest words sent to the full-text index
RARE_ENTITY_FACTS = 12  # a place or organisation in at most this many facts is also a search term
VALUE_FIT = 0.15  # bonus for the fact whose figure the question quotes
VALUE_TOLERANCE = 0.03  # "12 times" quotes 11.7: figures are quoted rounded
SHARE_FIT = 0.05  # "what share …": bonus for a percentage, penalty for anything else
SEARCH_BUDGET = 2500  # facts the full-text index may rank for one question before words must all match
SLOT_MISS = 0.15  # how much lower a fact ranks whose place, model, benchmark or measure is not the one asked
UNKNOWN_WEIGHT = 5.0  # a word Parity has never seen weighs like a rare one: the question is about something else
ORDINARY_WEIGHT = 0.3  # how much of an unknown word's weight an everyday English one carries (in AI questions)
CONTEXT_WEIGHT = 0.3  # a word said only in the sentences around the question says why it is asked, not what

_AGGREGATE_ENDINGS = (" states", " countries", " nations", " members", " economies", " agencies", " provinces")
_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b")
# Discord's markdown emphasis around words: *italic*, **bold**, __underline__, ~~struck~~, `code`.
_MARKDOWN_MARKS = re.compile(r"[*_~`]")
_EMPHASIS = re.compile(r"(?<![\w*_~`])(\*{1,3}|_{1,2}|~~|`{1,3})(?=[^\s*_~`])(.+?)(?<=[^\s*_~`])\1(?![\w*_~`])")
_TOKEN = re.compile(r"[a-z0-9]+")
_NTH = r"[0-9]+(?:st|nd|rd|th)"  # an ordinal in figures: "3rd", "20th"
_YEAR = re.compile(r"(?<![0-9])(20[0-3][0-9]|19[89][0-9])(?![0-9])")
# Years said not to be asked: "not 2023 or 2025", "(not in 2024)".
_NOT_YEAR = re.compile(r"\bnot (?:in |for |from )?((?:19|20)[0-9]{2})\b")
_NOT_YEAR_OR = re.compile(r"\bnot (?:in |for |from )?(?:19|20)[0-9]{2} (?:or|nor|and) (?:in )?((?:19|20)[0-9]{2})\b")
# An edition described, once it is named: "the one released in April 2024", "covering calendar year 2023".
_EDITION_DESCRIBED = re.compile(
    r"\bthe one (?:(?:that|which) (?:was )?)?(?:released|published|put out|came out|out|covering)\b[^,.?;!()]*"
    r"|\b(?:covering|which covers|that covers) (?:calendar )?(?:the )?(?:year )?20\d\d\b"
)
# An edition ruled out, just before it is named: "(not the 2024 edition)".
_NOT_BEFORE = re.compile(r"\bnot (?:in |from |per )?(?:the )?$")
# An edition named by its title in quotes, as coverage cites it: "the 'AI Index Report 2024' says …".
_CITED_EDITION = re.compile(r"['\"“‘][^'\"“”‘’]{0,30}\bai index\b[^'\"“”‘’]{0,20}['\"”’]")
# "… wrongly calls the source the 'AI Index 2024'": an edition popular coverage credits with a fact's figure.
_MISLABEL = re.compile(r"'AI Index (?:Report )?(20[0-9]{2})'")
_COMPARED_AFTER = re.compile(r"\b(?:than|compared (?:with|to)|versus|vs)\b")
_BASELINE_YEAR = re.compile(r"\bthan (?:in |the |that of |those of )?((?:19|20)[0-9]{2})\b")
# Another edition, said as "the 2025 one" or "the 2025 version" beside the edition a question names.
_ANOTHER_EDITION = re.compile(r"\bthe (?:[a-z]+ )?((?:19|20)[0-9]{2}) (?:one|version)\b")
_COMPARED_WITH_YEAR = re.compile(
    r"\b(?:(?:compare[sd]?|comparison|stack(?:s|ed)? up) (?:with|to|against) (?:the |that of |those of |in )?"
    # (or a later or earlier event that places the year asked: "… decline in 2022, before its 2024 rebound?")
    r"|(?:before|after|ahead of) (?:its|their|the) )"
    r"((?:19|20)[0-9]{2})\b(?! (?:ai index|report|edition))"
)
_AGAINST_YEAR = re.compile(
    r"\b(?:on|over|from|since|than|vs|versus|compared (?:with|to)|before|after|until|to) (?:in |the )?"
    r"((?:19|20)[0-9]{2})\b"
)
_CHANGED_FROM_YEAR = re.compile(
    r"\b(?:shr[iau]nk|grow|grew|grown|ris(?:e|en)|rose|f[ae]ll|fallen|drop(?:ped)?|chang(?:e|ed)|increas(?:e|ed)"
    r"|decreas(?:e|ed)|improv(?:e|ed)|go(?:ne)? up|go(?:ne)? down|went (?:up|down)) (?:from|since|on|over) (?:the )?"
    r"(?:end of |start of )?((?:19|20)[0-9]{2})\b(?!\s*(?:-|–|to|through|and)\b)"
)
_SET_AGAINST = re.compile(r"\b(?:compared?|compares|than|vs|versus|stack up)\b")
_DECADE = re.compile(r"(?<![0-9])(?:19|20)[0-9]0'?s\b")
_SPACES = re.compile(r"\s+")
_MODEL_WORD = re.compile(r"^([a-z]{2,})[0-9]+[a-z]?$")
_MODEL_NAME = re.compile(r"(?<![a-z0-9])([a-z]{2,})-([0-9]+[a-z]?)(?![a-z0-9])")
_DASHES = str.maketrans(
    {
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "’": "'",
        "‘": "'",
        "`": "'",
        "“": '"',
        "”": '"',
    }
)
# Lower-case "us" is the pronoun after these verbs ("tell us") …
_US_PRONOUN_VERBS = frozenset(
    {"tell", "show", "give", "let", "help", "send", "teach", "remind", "ask", "told", "tells", "showed", "shows"}
    | {"gave", "gives", "helped", "helps", "sent", "taught", "reminded", "asked", "asks", "warned", "assured"}
)
# … and after these prepositions unless a noun follows ("for us" vs "share of us high schools").
_US_PRONOUN_PREPOSITIONS = frozenset({"for", "to", "about", "with", "of", "among"})


_CAPITAL_US = re.compile(r"(?<![A-Za-z])U\.?S\.?(?![A-Za-z])")
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_ASCII_CONTROLS = {code: " " for code in (*range(32), 127)}


def normalise(text: str) -> str:
    """Fold unicode, drop control and zero-width characters and mentions, lower-case."""
    if text.isascii():
        # Most questions: only ASCII control characters can need replacing.
        text = text.translate(_ASCII_CONTROLS)
    else:
        text = unicodedata.normalize("NFKC", text)
        text = "".join(" " if unicodedata.category(ch) in _INVISIBLE else ch for ch in text)
    text = _MENTION.sub(" ", text)
    if _MARKDOWN_MARKS.search(text):
        # "china's share of patent *applications*": the word, not a wildcard; a word struck out is taken back.
        text = _EMPHASIS.sub(lambda m: " " if m.group(1) == "~~" else m.group(2), text)
    # Written in capitals, "US" is the country ("the share of US contracts"), never the pronoun.
    text = _CAPITAL_US.sub("USA", text)
    text = text.translate(_DASHES).casefold()
    return _SPACES.sub(" ", text).strip()


def stem(token: str) -> str:
    """A light, predictable stemmer: robots → robot, companies → company, used → use."""
    if token in lexicon.LEMMAS:
        return lexicon.LEMMAS[token]
    if len(token) <= 3 or not token.isalpha():
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith(("sses", "xes", "ches", "shes")):
        return token[:-2]
    if token.endswith("s") and not token.endswith(("ss", "us", "is", "ous")):
        return token[:-1]
    return token


def tokens(text: str) -> list[str]:
    """Stemmed content words of already-normalised text (single letters carry no meaning).

    A model's name stays one word ("gpt-3" → gpt3), so GPT-3 and GPT-4 are told apart.
    """
    if "-" in text:
        text = _MODEL_NAME.sub(r"\1\2", text)
    return [stem(t) for t in _TOKEN.findall(text) if len(t) > 1 or t.isdigit()]


def _phrase_regex(phrases: Iterable[str], after: str = "") -> re.Pattern[str]:
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in ordered)
    return re.compile(rf"(?<![a-z0-9])({body})(?![a-z0-9]{after})")


_ENTITY_OF: dict[str, str] = {}
for _canon, _variants in (*lexicon.PLACES.items(), *lexicon.ORGANISATIONS.items(), *lexicon.PEOPLE.items()):
    for _variant in _variants:
        _ENTITY_OF[_variant] = _canon
for _canon, _variants in lexicon.PLACES.items():
    for _variant in _variants:
        # The people of a place: "mexicans", "israelis", "saudis".
        # (So is a possessive typed without its apostrophe: "frances total", "indias share".)
        if _variant.isalpha() and len(_variant) > 3 and not _variant.endswith(("s", "sh", "ch", "ese", "ic")):
            _ENTITY_OF.setdefault(_variant + "s", _canon)
_ENTITY_RE = _phrase_regex(_ENTITY_OF)
_WORLD_RE = _phrase_regex(lexicon.WORLD_WORDS)
_SYNONYM_RE = _phrase_regex(lexicon.SYNONYMS)
_REWRITE_RE = _phrase_regex(lexicon.REWRITES)
_SYNONYM_KEYS = frozenset(stem(k) for k in lexicon.SYNONYMS if " " not in k)
# (A number is not a share of one: "over 65" is an age, "over 65%" a pass mark.)
_MEASURE_ASKED = {
    key: _phrase_regex(measure.asked, after=r"|\.\d|\s*(?:%|percent\b|per cent\b)")
    for key, measure in lexicon.MEASURES.items()
}
# The words of the phrases that ask each measure: "elementary school" → {"elementary", "school"}.
_MEASURE_WORDS = {
    key: frozenset(word for phrase in measure.asked for word in tokens(phrase))
    for key, measure in lexicon.MEASURES.items()
}
_ALNUM = re.compile(r"[a-z0-9]+")
_MEASURE_ANCHORS = {
    key: None
    if any(not _ALNUM.search(phrase) for phrase in measure.asked)
    else frozenset(max(_ALNUM.findall(phrase), key=len) for phrase in measure.asked)
    for key, measure in lexicon.MEASURES.items()
}
# The same, looked up by word: the measures one of a text's words may start a phrase of, and those always tried.
_MEASURES_BY_ANCHOR: dict[str, list[str]] = {}
for _key, _anchors in _MEASURE_ANCHORS.items():
    for _anchor in _anchors or ():
        _MEASURES_BY_ANCHOR.setdefault(_anchor, []).append(_key)
_ALWAYS_TRIED = frozenset(key for key, anchors in _MEASURE_ANCHORS.items() if anchors is None)
# A fact's marks start a word ("invest…", "cit…"), so "excited" has no "cited" and "percentage" no "age".
_MEASURE_MARKS = {
    key: re.compile("|".join(rf"(?<![a-z]){re.escape(mark.lstrip())}" for mark in measure.marks))
    for key, measure in lexicon.MEASURES.items()
}
# Measures a question must name for a fact of theirs to answer it, and the words that name them too.
_NARROWING = {key: m.narrowing for key, m in lexicon.MEASURES.items() if m.narrowing is not None}
# One chapter's pages asked: "how many pages is the policy chapter", "the economy chapter is how many pages long".
_CHAPTER_PAGES = re.compile(r"\bpages?\b[^.?!]{0,60}\bchapter\b(?! \d)|\bchapter\b[^.?!]{0,40}\bpages?\b")
# A doubling time asked: "how often does it double", "every how many months does compute double".
_HOW_OFTEN_DOUBLE = re.compile(
    r"\b(?:how (?:often|frequently)|every how many (?:months|years)|how many months)\b[^.?!]*?\bdoubl(?:e|es|ing)\b"
)
_BILLS_PASSED = re.compile(
    r"\bbills?\b[^?.!]*\b(?:pass(?:ed)?|enact(?:ed)?|became law|made it (?:through|into law)|into law)\b"
    r"|\b(?:pass(?:ed)?|enact(?:ed)?)\s+(?:[a-z-]+\s+){0,3}bills?\b"
)
_HOW_MANY_PASSED = re.compile(r"\bhow many (?:(?:[a-z]+ ){0,5}|of [^?.]*?)(?:pass|passed|became law|were enacted)\b")
# An edition named: "AI Index 2025" first (so "2023 AI Index 2024" is the 2024 edition asked about 2023), then
# "the eighth AI Index", then "the 2025 AI Index / edition / report".
_EDITION_PATTERNS = (
    re.compile(r"(?:ai\s*index|(?:stanford|hai)\s*(?:ai\s*)?report)\s*(?:report\s*)?(?:of\s*)?(20\d\d)"),
    re.compile(
        rf"\b({'|'.join(lexicon.ORDINAL_EDITIONS)})(?:[- ]ever)?\)?\s*"
        r"(?:ai\s*index|edition|report|ed\b|install?ment|issue|tracker)"
    ),
    re.compile(r"(20\d\d)\s*(?:stanford\s*)?(?:hai\s*)?(?:ai\s*index|(?:ai\s*)?(?:index|edition|report|tracker)|ed\b)"),
    # "In the latest edition": the newest, said outright (a question that names none gets the newest that has it).
    re.compile(r"\b(latest|newest|most recent|current)\s*(?:ai\s*index|edition|report)"),
)
_BENCHMARK_RE = _phrase_regex(lexicon.BENCHMARKS)
_PLACE_NAMES = frozenset(lexicon.PLACES)
# An organisation named as someone's role: "ex-Google boss", "OpenAI CEO", "Meta's chief AI scientist".
_ROLE_OF = {
    org: re.compile(
        rf"(?<![\w.])(?:{'|'.join(map(re.escape, names))})(?:'s)?\s+(?:chief\s+\w+\s+)?"
        r"(?:boss|ceo|chief|founder|co-?founder|head|chair(?:man|woman)?|president|cto|scientist|executive)\b"
    )
    for org, names in lexicon.ORGANISATIONS.items()
}
# An organisation described by its home country's adjective, a few words before it: "Chinese lab DeepSeek".
_DESCRIBED = {
    org: re.compile(
        rf"(?<![\w.])(?:{'|'.join(map(re.escape, lexicon.DEMONYMS[home]))})\s+(?:[\w.'-]+\s+){{0,3}}?"
        rf"(?:{'|'.join(map(re.escape, lexicon.ORGANISATIONS[org]))})(?![a-z])"
    )
    for org, home in lexicon.ORGANISATION_HOMES.items()
}
_ORG_NAMES = frozenset(lexicon.ORGANISATIONS)
# Verbs that report what someone said: "Sam Altman said …", "my friend claims …".
_SAID = "said|says|claimed|claims|reckons"
# … and what reports a claim heard from anyone: "some sites say", "a friend told me".
_REPORTED = f"{_SAID}|say|told me|tells me"
# "Is China among the countries with …?": a place asked about as one of those counted.
_MEMBER_ASKED = re.compile(
    r"\b(?:is|are|was|were) ([a-z .'-]{2,40}?) (?:among|one of) the (?:[a-z-]+ )?(?:countries|nations)\b"
)
_SAID_BY = {
    person: re.compile(
        rf"\b(?:{'|'.join(map(re.escape, ways))})(?:'s)? (?:has |had |once |publicly )?"
        rf"(?:{_SAID}|reckoned|tweeted|posted|wrote|estimated|put it at)\b"
    )
    for person, ways in lexicon.PEOPLE.items()
}
# What a fact may name in its text without measuring it: organisations and places inside countries.
_PEOPLE_NAMES = frozenset(lexicon.PEOPLE)
_US_STATES = frozenset(name for name, parent in lexicon.LOCAL_PARENTS.items() if parent == "US") | {"California"}
_NAMED_ONLY = _ORG_NAMES | frozenset(lexicon.LOCAL_PLACES) | _PEOPLE_NAMES
_ENTITY_WORDS = frozenset(t for v in _ENTITY_OF for t in tokens(v)) | frozenset(
    t for w in lexicon.WORLD_WORDS for t in tokens(w)
)
_STOP = frozenset(stem(w) for w in lexicon.STOPWORDS) | lexicon.STOPWORDS


def canonical_entity(name: str) -> str | None:
    """Map an entity as written in the data onto a canonical place or organisation."""
    folded = normalise(name)
    if folded in lexicon.ENTITY_EQUIVALENTS:
        return lexicon.ENTITY_EQUIVALENTS[folded]
    if folded in {"world", "global"}:
        return lexicon.WORLD
    if folded in _ENTITY_OF:
        return _ENTITY_OF[folded]
    for canon in (*_PLACE_NAMES, *_ORG_NAMES):
        if folded == canon.casefold():
            return canon
    match = _ENTITY_RE.search(folded)
    if match and match.group(1) in lexicon.ORGANISATIONS.get(_ENTITY_OF[match.group(1)], ()):
        return _ENTITY_OF[match.group(1)]  # "DeepSeek-V3" belongs to DeepSeek
    return None


def find_entities(text: str) -> tuple[list[str], str]:
    """Places and organisations named in normalised text, in order; and the text without them."""
    found: list[str] = []

    def take(match: re.Match[str]) -> str:
        phrase = match.group(1)
        if phrase == "us":
            before = (text[: match.start()].split()[-1:] or [""])[0]
            after = _TOKEN.match(text, match.end() + 1) if text[match.end() : match.end() + 1] == " " else None
            noun_follows = after is not None and after.group().isalpha() and after.group() not in lexicon.STOPWORDS
            if before in _US_PRONOUN_VERBS or (before in _US_PRONOUN_PREPOSITIONS and not noun_follows):
                return match.group(0)
        canon = _ENTITY_OF[phrase]
        if canon not in found:
            found.append(canon)
        return " "

    rest = _ENTITY_RE.sub(take, text)
    return found, rest


@dataclass(frozen=True)
class Query:
    """A question as Parity understood it."""

    text: str
    words: tuple[str, ...]  # content tokens after synonyms and typo correction
    unknown: tuple[str, ...]  # content tokens Parity has never seen
    entities: tuple[str, ...]  # places and organisations, in the order asked
    world: bool  # "global", "worldwide", ...
    years: frozenset[int]
    edition: Edition | None
    compare: bool
    slash: str | None = None  # the slash command the question came as, if any
    extreme: int = 0  # 1 for "which ... the most", -1 for "... the least", else 0
    about_ai: bool = True  # the question names AI (or an AI term) somewhere
    asks_org: bool = False  # "which company / lab …": the answer is an organisation
    asks_model: bool = False  # "which model led MMMU": the answer is a model
    points: bool = False  # "by how many points": a difference in points
    one_year: bool = False  # "in a year": a change over one year
    counted: str | None = None  # what "how many …" counts ("regulations", "agencies"), stemmed
    span: tuple[int, int] | None = None  # a range of years asked ("2013-2024"): a cumulative figure
    since: int | None = None  # "since 2016": a figure running from that year
    share: bool = False  # "what share / percentage …": a percentage is asked for
    numbers: tuple[float, ...] = ()  # figures quoted in the question ("24 times", "$5.6 million"), scaled
    edition_cited: bool = False  # the edition is named by a title in quotes, as coverage cites it
    month_count: bool = False  # a month asked as a span ("incidents in December 2025"), not a date ("as of")
    asked: str = ""  # the question itself, without the sentences of context around it
    wholes: tuple[float, ...] = ()  # quoted figures a part of which is asked ("of the 537 trials, how many …")
    strangers: tuple[str, ...] = ()  # unknown words written as names ("picoCTF", "WebVoyager", "INT8")
    qualifiers: frozenset[tuple[str, float]] = frozenset()  # "tiers 1-3", "an 8-hour budget", "Llama 3 70B"
    variants: frozenset[tuple[str, str]] = frozenset()  # benchmarks and models with a variant: ("mmlu", "pro")
    total: bool = False  # "total", "overall", "in all": the whole, not a rate per person or a growth
    share_of_all: bool = False  # "what percentage of all clinical trials": a share of the whole, never a count
    hedged: bool = False  # a part left out, or only a part counted: "excluding the US", "counting only seed rounds"
    not_just: tuple[str, ...] = ()  # parts asked beyond: "not just ethics" → ("ethics",)
    ruled_out: tuple[str, ...] = ()  # figures said not to be asked: "not the corporate total" → ("corporate",)
    rank: int = 1  # with ``extreme``: which place in the ranking ("third" → 3)
    # … and the top asked as well ("Which country had the highest …, and which came second?"), not "the third most"
    top_too: bool = False
    exclude: tuple[str, ...] = ()  # with ``extreme``: places left out ("… after China")
    models: frozenset[tuple[str, str]] = frozenset()  # versioned models named: ("gpt", "5")
    missing_edition: int | None = None  # an edition asked for that Parity does not have ("the 2023 AI Index")
    benchmarks: frozenset[str] = frozenset()  # benchmarks named in the question itself (not added as synonyms)
    measures: frozenset[str] = frozenset()  # measures named in the question itself: cost, emissions, …
    dated_years: frozenset[int] = frozenset()  # years that can only be periods ("at the end of 2025")
    aside_years: frozenset[int] = frozenset()  # years only in the sentences around the question ("I wrote in 2024. …")
    claim_years: frozenset[int] = frozenset()  # aside years of a figure claimed: "X reached 90.2% in 2023. What did …"
    change: tuple[int, int] | None = None  # two years set against each other ("2022 vs 2024")
    asks_place: bool = False  # "which state / country …": the answer is a place
    amount: bool = False  # "how much …" (not "how much more"): an amount rather than a count
    so_far: bool = False  # "how many … has X passed", no year: a running total rather than one year's
    one_year_only: bool = False  # one year named, nothing running up to it ("in 2024 alone"): not a multi-year total
    running_total: bool = False  # "cumulative", "in total", "all-time": a sum over years, not one year's figure
    by_place: bool = False  # "… by country", "by region": a breakdown across places
    absolute: bool = False  # "in absolute numbers", "as an actual number": a count, never a share or ratio
    months: frozenset[Dated] = frozenset()  # months and quarters named: "in July 2024", "Q3 2024"
    # Advice, a task or a person ("best model for coding?", "write me a poem", "who founded Anthropic?"): no figure
    not_a_figure: bool = False
    how_many: bool = False  # "how many …", "the number of …": a count
    ordinary: tuple[str, ...] = ()  # content words Parity has never seen that are everyday English ("slides")
    context: frozenset[str] = frozenset()  # words said only around the question ("writing a lit review. How …?")
    top_score: bool = False  # "top HumanEval score in 2024?": the best result itself, not a gap between two
    scored: bool = False  # "how did o1 score?": a result on a test, never a price
    rank_asked: bool = False  # "where did South Korea place?": a rank, rather than the count it ranks by
    asks_date: bool = False  # "When did OpenAI release GPT-4?": a date is the answer
    checks: bool = False  # a claim to check: "…, right?", "is that true?"
    index_says: bool = False  # the AI Index named as the figure's source: "the AI Index put it at …"
    year_alone: bool = False  # that year's own figure, said outright: "in 2024 alone", "added in 2025 specifically"

    @property
    def slotted(self) -> bool:
        """Whether the question names a place, year, edition, model, benchmark, month or figure."""
        return bool(
            self.entities
            or self.world
            or self.years
            or self.edition
            or self.models
            or self.benchmarks
            or self.months
            or self.numbers
        )

    @property
    def places(self) -> tuple[str, ...]:
        return tuple(e for e in self.entities if e in _PLACE_NAMES)


@dataclass(eq=False)
class _Doc:
    """A fact prepared for scoring: every lookup the hot path needs is one dict access."""

    fact: Fact
    tiers: dict[str, float]  # word -> 1.0 if it names the fact, 0.8 if in an example question, 0.55 if in the text
    names: tuple[frozenset[str], ...]  # label and aliases
    examples: tuple[frozenset[str], ...]  # example questions
    entities: frozenset[str]
    subject: str | None  # the first entity: the one the value belongs to
    named: frozenset[str]  # places and organisations its label names
    aggregate: bool  # about a group taken together ("US states"), not one place among others
    years: frozenset[int]
    head: str | None  # what a count counts: the label's first plural noun ("agencies"), stemmed
    values: tuple[float, ...]  # the fact's figure and its series' figures
    mentions: frozenset[str]  # places and organisations its label or statement names
    model_names: frozenset[str]  # models its texts name, as one word ("gpt3")
    models: frozenset[tuple[str, str]]  # versioned models its texts name: ("claude", "3.5")
    benchmarks: frozenset[str]  # benchmarks its texts name
    measures: frozenset[str]  # the measures its unit, name or statement says it is (lexicon.MEASURES)
    told_measures: frozenset[str]  # those only its statement or notes give, not its unit or name
    accumulates: int  # an amount or count over several years: 2 summed ("2013-2024"), 1 a stock at the end
    months: frozenset[Dated]  # the months and quarters its period and series points name: "January 2024"
    qualifiers: frozenset[tuple[str, float]]  # the tiers, pass marks, budgets, sizes and bands its texts state
    variants: frozenset[tuple[str, str]]  # the benchmarks and models it names, with their variants ("mmlu", "pro")
    leaves_out: bool  # its figure leaves something out ("excluding China")
    mislabelled: frozenset[Edition]  # editions its notes say popular coverage wrongly credits with its figure
    containers: frozenset[str]  # where a count's things are, by its label: "witnesses at hearings" → {"hearing"}
    # The part a share is of, by its metric ("national-ai-strategies.emerging-share" → {"emerging"}), else None.
    part_share: frozenset[str] | None
    # Filled once idf is known: word -> indices of the names/examples holding it, and their idf mass.
    postings: dict[str, tuple[int, ...]] = field(default_factory=dict)
    masses: tuple[float, ...] = ()


@dataclass(frozen=True)
class SearchTerms:
    """What to ask the full-text index for: any of the words, or all of them."""

    words: tuple[str, ...]
    require_all: bool


@dataclass(frozen=True)
class Scored:
    """One fact's score for one query, and whether it may be the answer."""

    fact: Fact
    score: float
    answerable: bool
    point: int | None = None  # index of the series point asked about, if any
    by_edition: bool = False  # the year asked matched only the edition's year, not the period
    # Ruled out by a qualifier it states otherwise (a tier, variant or part left out): the question is about this
    # fact's measure, so no other fact's figure answers it either.
    qualified_out: bool = False
    qualified_in: bool = False  # it states the qualifier the question names ("early 2025"): ruled in, not out


_SLASH = re.compile(r"^/(\w+)\s*(.*)$", re.S)
_LIST_JOIN = re.compile(r"\s*(?:,|&|and)\s+(?:the\s+)?")
# ("How far behind China is the US", "lagging behind": a gap asked about, nobody left out.)
_EXCLUDE_RE = re.compile(
    rf"(?<![a-z])(?<!far )(?<!lag )(?<!lags )(?<!lagging )(?<!fall )(?<!falls )(?<!fallen )(?<!falling )"
    rf"(?:{'|'.join(lexicon.EXCLUDE_CUES)})\s+(?:for\s+)?(?:the\s+)?"
)
# A figure quoted on its own ("24 times", "$5.6 million", "81%", "280-fold"), not part of a name
# ("GPT-4", "Llama 3.1", "K-12", "405B") and not a year.
_QUOTED_NUMBER = re.compile(
    r"(?<![\w.\-])[$€£]?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?:\s*(%|percent|x|times|-?fold|trillion|billion|bn|million|mn|thousand|k)\b|(?![\w.\-]|\.\d))"
)
# Money with its scale as one letter: "$252B", "$4.5m" (a bare "405b" is a model's size, not a figure quoted).
_MONEY_SHORT = re.compile(r"(?<![\w.\-])[$€£](\d+(?:\.\d+)?)([bm])\b")
_SCALES = {"trillion": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mn": 1e6, "thousand": 1e3, "k": 1e3}
# ("… and with how many?" asks a count too, naming nothing after.)
_HOW_MANY = re.compile(
    r"(?:\bhow many|\bnumber of|# of|\bno\. of)"
    r"(?:\s+((?:(?:[a-z-]+|\$?[0-9][0-9.,]*[a-z]*\+?)(?: +|$)){0,5})|(?=\s*[?.!]*$))"
)
# A model's tiers: Claude Opus, Sonnet and Haiku; Gemini Pro, Ultra and Flash.
_TIERS = "opus|sonnet|haiku|pro|ultra|flash"
# A model named with its version ("Claude 3 Opus", "GPT-5", "Llama 3.1 405B", "o1-preview", "DeepSeek-V3"):
# family and version. A question naming one is about that model, not another of its family.
_MODEL_VERSION = re.compile(
    r"(?<![a-z0-9])(?:(gpt|claude|llama|gemini|grok|phi|qwen|mistral|kimi|alphafold|esm|palm)[\s-]*"
    rf"(?:(?:{_TIERS}|k)[\s-]*)?(\d+(?:\.\d+)?[a-rt-z]?)s?"  # ("GPT-4s": GPT-4's)
    r"|(o)([1-9])|(deepseek)(?:'s)?[\s-]*([vr]\d+(?:\.\d+)?))(?![a-z0-9]|\.\d)"
)
# A model named by its tier, with or without a version between ("Gemini Ultra", "Gemini 1.0 Ultra", "Claude Opus 4.6").
_MODEL_TIER = re.compile(rf"(?<![a-z0-9])(gemini|claude)[\s-]*(?:\d+(?:\.\d+)?[\s-]*)?({_TIERS})(?![a-z0-9])")
_Sortable = TypeVar("_Sortable", str, tuple[str, str])
_UNIT_NOUNS = frozenset(
    {"point", "dollar", "euro", "time", "year", "month", "week", "day", "hour", "billion", "million", "thousand",
     "trillion", "percent", "tonne", "ton", "watt", "kilowatt", "gigawatt", "token", "parameter"}
)  # fmt: skip
_PERCENT_ASKED = re.compile(r"(?<![0-9])(?<![0-9] )%")  # "what %", "China % of …", not "81%" or "81 %"
_SPAN = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})\s*(?:-|–|—|to|through|thru|until|till|and)\s*((?:19|20)[0-9]{2})(?![0-9])"
)
_SLASH_HINTS = {"gap": "us china gap ", "compare": "compare ", "fact": "", "ask": "", "chart": ""}


@dataclass(eq=False)
class Matcher:
    """Scores facts against questions. Built once per knowledge-base version."""

    facts: Sequence[Fact]
    _docs: dict[str, _Doc] = field(init=False, repr=False)
    _idf: dict[str, float] = field(init=False, repr=False)
    _max_idf: float = field(init=False, repr=False)
    _df: dict[str, int] = field(init=False, repr=False)
    _entity_df: Counter[str] = field(init=False, repr=False)
    _uses: Counter[str] = field(init=False, repr=False)
    _mentioned: dict[str, frozenset[str]] = field(
        init=False, repr=False
    )  # organisation or local place -> facts naming it
    _world_metrics: frozenset[str] = field(init=False, repr=False)  # measures with a world figure
    _counted_metrics: frozenset[str] = field(init=False, repr=False)  # measures (metric roots) with a count
    _counted_heads: dict[str, set[str]] = field(init=False, repr=False)  # what a measure's facts count, by its root
    _model_names: frozenset[str] = field(init=False, repr=False)  # "gpt3": written "GPT-3" in the data
    _subjects: dict[str, set[str]] = field(init=False, repr=False)
    _by_subject: dict[str, list[str]] = field(init=False, repr=False)  # place or organisation -> its facts
    _vocab: list[str] = field(init=False, repr=False)
    _labels: list[tuple[str, str]] = field(init=False, repr=False)
    _spellings: frozenset[str] = field(init=False, repr=False)
    _by_shape: dict[tuple[str, int], list[str]] = field(init=False, repr=False)
    _exact: dict[str, list[str]] = field(init=False, repr=False)
    _correct: Callable[[str], str | None] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._docs = {}
        df: Counter[str] = Counter()
        self._exact = {}
        for fact in self.facts:
            doc = self._document(fact)
            self._docs[fact.id] = doc
            df.update(doc.tiers)
            for name in (fact.id, fact.label, *fact.aliases):
                self._exact.setdefault(" ".join(_TOKEN.findall(normalise(name))), []).append(fact.id)
        n = max(len(self._docs), 1)
        self._idf = {t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()}
        self._max_idf = math.log((n + 1) / 0.5)
        self._df = dict(df)
        self._model_names = frozenset().union(*(doc.model_names for doc in self._docs.values()))
        mentioned: dict[str, set[str]] = {}
        for doc in self._docs.values():
            for entity in doc.mentions & _NAMED_ONLY:
                mentioned.setdefault(entity, set()).add(doc.fact.id)
        self._mentioned = {org: frozenset(ids) for org, ids in mentioned.items()}
        self._metric_editions: dict[str, set[Edition]] = {}
        for d in self._docs.values():
            self._metric_editions.setdefault(d.fact.metric, set()).add(d.fact.edition)
        self._benchmarks_measured = frozenset(b for d in self._docs.values() for b in d.benchmarks)
        self._world_metrics = frozenset(d.fact.metric for d in self._docs.values() if d.subject == lexicon.WORLD)
        self._counted_metrics = frozenset(f.metric.split(".")[0] for f in self.facts if f.unit_key.startswith("count"))
        self._counted_heads: dict[str, set[str]] = {}
        for doc in self._docs.values():
            if doc.head is not None and doc.fact.unit_key.startswith("count"):
                self._counted_heads.setdefault(doc.fact.metric.split(".")[0], set()).add(doc.head)
        self._entity_df = Counter(e for doc in self._docs.values() for e in doc.entities)
        self._subjects: dict[str, set[str]] = {}
        self._by_subject = {}
        for doc in self._docs.values():
            if doc.subject:
                self._subjects.setdefault(doc.fact.metric, set()).add(doc.subject)
                self._by_subject.setdefault(doc.subject, []).append(doc.fact.id)
        for doc in self._docs.values():
            postings: dict[str, list[int]] = {}
            for index, words in enumerate((*doc.names, *doc.examples)):
                for word in words:
                    postings.setdefault(word, []).append(index)
            doc.postings = {w: tuple(i) for w, i in postings.items()}
            doc.masses = tuple(sum(self._idf[w] for w in words) for words in (*doc.names, *doc.examples))
        self._vocab = _sorted_in_pieces(t for t in df if t.isalpha() and len(t) >= 3)
        # Labels sorted once, so autocomplete finds "starts with" by bisection, not by a scan.
        self._labels = _sorted_in_pieces((normalise(fact.label), fact.id) for fact in self.facts)
        # Every spelling a typo may be corrected to: the facts' words, the verb forms and
        # synonyms people type, and the names of places and organisations.
        spellings = set(self._vocab)
        spellings.update(lexicon.LEMMAS)
        spellings.update(k for k in lexicon.SYNONYMS if k.isalpha())
        spellings.update(w for name in _ENTITY_OF for w in name.split() if w.isalpha() and len(w) >= 4)
        spellings.update(w for w in lexicon.WORLD_WORDS if w.isalpha())
        # And the words of the benchmarks Parity knows by name ("informatics" is no misspelt "information": the
        # informatics olympiad is a contest Parity has no result of).
        spellings.update(w for name in lexicon.BENCHMARKS for w in _TOKEN.findall(name) if w.isalpha() and len(w) >= 4)
        # And the words that name a measure ("patent applicatons" are still applications, not patents granted).
        spellings.update(
            w for measure in lexicon.MEASURES.values() for p in measure.asked for w in _TOKEN.findall(p) if len(w) >= 8
        )
        # Question words and the like: a typo in "which" or "about" must not read as a new topic.
        spellings.update(w for w in lexicon.STOPWORDS if w.isalpha() and len(w) >= 3)
        spellings.update(lexicon.WHICH_CUES | lexicon.MOST_CUES | lexicon.LEAST_CUES | lexicon.COMPARE_CUES)
        self._spellings = frozenset(spellings)
        # Places inside countries are a typo's correction too ("Colorodo" is Colorado): an everyday word is never
        # corrected, so "settle" does not become Seattle.
        self._by_shape: dict[tuple[str, int], list[str]] = {}
        # Where two spellings are equally near a typo, the one more facts use wins, counting the
        # places and organisations facts are about ("chian" → china, not chain; "pares" → pages,
        # not paris).
        uses = Counter(w for doc in self._docs.values() for e in doc.entities for w in normalise(e).split())
        uses.update(df)
        self._uses = uses
        for word in _sorted_in_pieces(spellings):
            self._by_shape.setdefault((word[0], len(word)), []).append(word)
        # A per-instance cache: typos repeat, and the vocabulary is fixed for this matcher's life.
        self._correct = lru_cache(maxsize=4096)(self._nearest_word)

    # -- building ---------------------------------------------------------------------------------

    def _document(self, fact: Fact) -> _Doc:
        model_names: set[str] = set()
        named_in: dict[str, tuple[list[str], str]] = {}  # text -> places and organisations it names, and the rest

        def content(text: str) -> frozenset[str]:
            folded = normalise(text)
            found, rest = find_entities(folded)
            named_in[text] = found, rest
            if "-" in folded:
                model_names.update(m.group(1) + m.group(2) for m in _MODEL_NAME.finditer(folded))
            rest = _WORLD_RE.sub(" ", rest)
            return frozenset(t for t in tokens(_expand(rest)) if t not in _STOP and not _YEAR.fullmatch(t))

        names = tuple(content(n) for n in (fact.label, *fact.aliases))
        key = frozenset().union(*names, content(fact.metric.replace(".", " ").replace("-", " ")))
        examples = tuple(content(q) for q in fact.questions)
        asked = frozenset().union(*examples) - key
        described = f"{fact.statement} {fact.topic} {fact.unit}"
        text = content(described) - key - asked
        named, label_rest = named_in[fact.label]
        entities = {canonical_entity(e) for e in fact.entities} | set(named)
        entities.discard(None)
        years = fact.years | {y for p in fact.series for y in _years(p.period)}
        # The value belongs to the entity the label names ("Notable AI models from China"); entity
        # lists are not ordered reliably, so the first entity is only the fallback.
        subject = named[0] if named else canonical_entity(fact.entities[0])
        tiers = dict.fromkeys(text, 0.55) | dict.fromkeys(asked, 0.8) | dict.fromkeys(key, 1.0)
        whole = normalise(" ; ".join((fact.label, fact.statement, *fact.aliases, *fact.entities)))
        # Its own words, read at once (a qualifier never runs across the " ; " between two of them).
        own_words = normalise(" ; ".join((fact.label, fact.statement, fact.period, *fact.aliases, *fact.questions)))
        return _Doc(
            fact,
            tiers,
            tuple(n for n in names if n),
            tuple(e for e in examples if e),
            frozenset(e for e in entities if e),
            subject,
            frozenset(named),
            any(normalise(e).endswith(_AGGREGATE_ENDINGS) for e in fact.entities),
            years,
            _head(label_rest),
            (fact.value, *(point.value for point in fact.series)),
            frozenset(named) | frozenset(named_in[described][0]),
            frozenset(model_names),
            _models(whole),
            _benchmarks(whole),
            *_measures_of(fact),
            _accumulates(fact),
            _months(" ".join((fact.period, *(point.period for point in fact.series))).casefold()),
            _qualifiers(own_words),
            _named_variants(own_words),
            bool(_LEAVES_OUT.search(own_words) or _LEAVES_OUT.search(fact.notes.casefold())),
            frozenset(
                edition
                for year in _MISLABEL.findall(fact.notes)
                if (edition := _edition_for(int(year))) is not None and edition is not fact.edition
            ),
            _containers(label_rest),
            _part_share(fact.metric),
        )

    # -- parsing ----------------------------------------------------------------------------------

    def parse(self, question: str) -> Query:
        """Read slots and content words out of a question."""
        text = normalise(question)[:MAX_QUESTION_CHARS]
        if "imo" in text or "imho" in text:  # (a cheap test first: the pattern's look-behinds are slow)
            text = _IN_MY_OPINION.sub(" ", text)
        text = _TIMES_X.sub(r"\1 times", _FOR_REAL.sub(" ", _AGE_SAID.sub(" ", text)))
        slash = None
        match = _SLASH.match(text)
        if match and match.group(1) in _SLASH_HINTS:
            slash = match.group(1)
            text = _SLASH_HINTS[slash] + match.group(2)

        typed = text  # before typo correction: "cose" is not a cost asked for
        # Rewritten before typo correction too, so a phrase's rarer words ("lone star state") are not "fixed".
        text = _REWRITE_RE.sub(lambda m: lexicon.REWRITES[m.group(1)], text)
        text = self._fix_typos(text)
        text = _REWRITE_RE.sub(lambda m: lexicon.REWRITES[m.group(1)], text)
        edition = None
        missing_edition = None
        # Editions named in a sentence that asks, where others are named in sentences around it: "A podcast citing the
        # 2024 AI Index claimed it fell 28 times. By what factor did it fall, according to the AI Index 2025?"
        asked_edition: Edition | None = None
        asked_missing: int | None = None
        # An edition named by its title in quotes is coverage cited ("the 'AI Index Report 2024' says …").
        cited = "ai index" in text and bool(_CITED_EDITION.search(text))
        for pattern in _EDITION_PATTERNS:
            for found in pattern.finditer(text):
                named = found.group(1)
                number = int(named) if named.isdigit() else lexicon.ORDINAL_EDITIONS.get(named, _NEWEST)
                found_edition = _edition_for(number)
                end = _SENTENCE_END.search(found.string, found.end())
                asking = "?" in found.string[found.end() : end.start() if end else None]
                if _NOT_BEFORE.search(found.string, 0, found.start()):
                    pass  # "the 2025 edition (not the 2024 edition)": an edition ruled out is not asked
                elif found_edition is None:
                    missing_edition = number
                    asked_missing = number if asking else asked_missing
                else:
                    edition = found_edition
                    asked_edition = found_edition if asking else asked_edition
                text = text.replace(found.group(0), " ")
        if asked_edition is not None:
            edition = asked_edition
        elif asked_missing is not None:
            # "The ninth AI Index came out on April 16, 2026. When was the sixth edition released?": the edition the
            # question names is the one asked, though Parity does not have it.
            edition, missing_edition = None, asked_missing
        if edition is not None:
            missing_edition = None
            # "The seventh edition, the one released in April 2024 and covering 2023": words that say which edition,
            # not what is asked of it.
            text = _EDITION_DESCRIBED.sub(" ", text)
        # The question itself, where sentences of context come around it (read once: its years, places, figures,
        # qualifiers, variants and benchmarks go by it).
        asked_part = _question_part(text)
        # (A decade is no year: "cheaper than in the mid-2000s" asks since then, not about 2000.)
        years = _years_named(_DECADE.sub(" ", text), _YEAR)
        asked_years = _years_named(_DECADE.sub(" ", asked_part), _YEAR) if asked_part is not None else frozenset()
        # A follow-up that compares with another year ("How many testified in 2024? Was that more than in 2025?") asks
        # about the year of the question itself.
        if len(years) > 1 and asked_part is not None:
            if asked_years and _COMPARED_AFTER.search(text[text.find(asked_part) + len(asked_part) :]):
                years = asked_years
            elif text.endswith(asked_part) and _SEEKING.match(asked_part):
                # So does a last question asking a figure for a year: "Did Korea release more models in 2025 than in
                # 2024? What was its 2024 count?" (not one to set it against: "What was the increase on 2021?")
                years = (asked_years - _years_named(asked_part, _AGAINST_YEAR)) or years
        if (
            asked_years
            and asked_part is not None
            and years - asked_years
            and _CLAIMED_NUMBER.search(text.replace(asked_part, " "))
        ):
            # A figure stated for another year around the question is the asker's own ("What's the top WebArena rate in
            # 2024? I know early 2026 is 74-ish"): the question's year is the one asked.
            years = asked_years
        # A year to compare with, beside the edition asked about, is the figure's baseline, not its year: "In the 2024
        # AI Index, how much better was GPT-4 Medprompt than 2022's best?"
        if edition is not None and (baseline := _years_named(text, _BASELINE_YEAR, _ANOTHER_EDITION)):
            years -= baseline  # (and another edition, beside the one asked: "I know the 2025 one is slightly diff")
        # So is one to compare with, beside the year asked: "What is the 2025 count, and how does it compare with
        # 2024?", "What share said so in 2025, and did that rise from 2024?"
        baseline = _years_named(text, _COMPARED_WITH_YEAR, _CHANGED_FROM_YEAR)
        if years - baseline or edition is not None:
            years -= baseline  # (beside an edition named, even alone: "… per the 2025 AI Index, compared with 2019?")
        # "India's optimism was 62% in 2024, what was it back in 2022?": a figure stated, then asked of another year;
        # the clause asking says which (unless it sets the two against each other: "how did it change from 2022?").
        restated = _restated(text) if asked_part is None else None
        if restated is not None and len(years) > 1 and not _SHIFTED.search(restated):
            years = _years_named(restated, _YEAR) or years
        if "not " in text and (ruled_out := _years_named(text, _NOT_YEAR, _NOT_YEAR_OR)) and years - ruled_out:
            years -= ruled_out  # "in 2024 specifically, not 2023 or 2025"
        # (The question's own, where a claim around it names another: "AI master's graduates rose 17% from 2023 to 2024.
        # How did CS enrollment change between 2024 and 2025?")
        span_match = (asked_part is not None and _SPAN.search(asked_part)) or _SPAN.search(text)
        span = (int(span_match.group(1)), int(span_match.group(2))) if span_match else None
        # "Optimism 2022 vs 2024": the change between the two, where a fact gives exactly that.
        versus = _YEARS_VERSUS.search(text)
        change = (int(versus.group(1)), int(versus.group(2))) if versus else None
        entities, rest = find_entities(text)
        # A city or state named beside its own country is where the asker is, not what they ask about; so is a
        # place the asker says they are in ("I'm a teacher in Kenya …"), unless the question names it again.
        entities = [e for e in entities if lexicon.LOCAL_PARENTS.get(e) not in entities]
        # "Ex-Google boss Eric Schmidt": the organisation describes the person, it is not asked about.
        if set(entities) & _PEOPLE_NAMES:
            entities = [e for e in entities if not (e in _ROLE_OF and _ROLE_OF[e].search(text))]
            # "Sam Altman said over 100M, I want the Index number": someone quoted is where a claim comes from, not
            # what is asked ("what did Sam Altman say …?" asks about them), unless a fact is about their claim
            # ("Eric Schmidt claimed the US was ahead; by how many years?").
            entities = [
                e for e in entities if not (e in _SAID_BY and _SAID_BY[e].search(text) and not self._entity_df.get(e))
            ]
        member = _MEMBER_ASKED.search(text)
        if member is not None and _HOW_MANY.search(text, member.end()):
            # "Is China among the countries with an AI safety institute? How many have one?": a place asked about as
            # one of those counted, not the place whose figure is asked.
            named = set(find_entities(member.group(1))[0])
            entities = [e for e in entities if e not in named]
        # "That cheap Chinese model DeepSeek-V3": the country describes the organisation, it is not asked about
        # (unless countries are compared: "China's DeepSeek vs US models").
        for org in [e for e in entities if lexicon.ORGANISATION_HOMES.get(e) in entities]:
            if _DESCRIBED[org].search(text) and not any(t in lexicon.COMPARE_CUES for t in _TOKEN.findall(text)):
                entities.remove(lexicon.ORGANISATION_HOMES[org])
        if (
            restated is not None
            and (again := set(find_entities(restated)[0]) & set(entities))
            and not _SET_AGAINST.search(restated)
        ):
            # ("The US had 40 notable models in 2024, how many did China have?": China's, not the US's; but "how does
            # North America compare?" asks both.)
            entities = [e for e in entities if e in again]
        if _SELF_PLACE.search(text) or _SOURCE_PLACE.search(text):
            # (So is where a source is from: "A Gulf business site said Project Transcendence was $40 billion. How large
            # is it?")
            elsewhere = set(find_entities(_SOURCE_PLACE.sub(" ", _SELF_PLACE.sub(" ", text)))[0])
            entities = [e for e in entities if e in elsewhere]
        if len(entities) > 1 and (placed := _PLACED_BEHIND.search(text)) and _RANK_ASKED.search(text, placed.end()):
            # "Korea came second, right behind the US. Is that correct? What rank did it get?": the place it is said
            # to trail is where it ranks from, not what is asked.
            behind = set(find_entities(placed.group(1))[0])
            entities = [e for e in entities if e not in behind] or entities
        # After a sentence of context ("People call the UK Europe's AI hub. How many times …?") the question
        # itself says what is asked: its places, measures and quoted figures, where it names any.
        # (The question's own words and places, read once: the rules below about what it asks go by them.)
        asked_tokens = frozenset(_TOKEN.findall(asked_part)) if asked_part is not None else frozenset()
        asked_places = find_entities(asked_part)[0] if asked_part is not None else []
        if asked_part is not None:
            in_question = set(asked_places)
            if _ANAPHORS_OR_THEIRS.isdisjoint(asked_tokens):
                # (A model named is its maker: "Llama 3.1 emitted 8,930 tonnes, says a blog. What about GPT-4?"; but
                # "how far behind o1 was it?" still asks about the model named before.)
                in_question |= {
                    lexicon.MODEL_MAKERS[family] for family, _ in _models(asked_part) if family in lexicon.MODEL_MAKERS
                }
            # (A country named before stays asked where the question says "it" for it: "Is the US pulling ahead? By
            # how much did it outspend China?"; a city named before is where the asker is.)
            if in_question:
                # ("it" after the place the question names is that place: "How much did India pledge through the
                # IndiaAI Mission it launched?")
                first = _ENTITY_RE.search(asked_part) if asked_places else None
                anaphor = not _ANAPHORS.isdisjoint(
                    asked_tokens if first is None else _TOKEN.findall(asked_part, 0, first.start())
                )
                # (And anything named before stays asked where the question compares "it" with another: "How many rides
                # did Tesla's robotaxis give? How does it compare to Waymo?")
                set_against = anaphor and bool(_SET_AGAINST.search(asked_part))
                # (A person named before stays asked where the question says "he" or "she": "Someone quoted Eric
                # Schmidt. How many years ahead did he say the US was?")
                person = not _PERSON_PRONOUNS.isdisjoint(asked_tokens)
                entities = [
                    e
                    for e in entities
                    if e in in_question
                    or (e not in lexicon.LOCAL_PLACES and (set_against or (anaphor and e in lexicon.PLACES)))
                    or (person and e in _PEOPLE_NAMES)
                ]
            elif _WORLD_RE.search(asked_part) and _ANAPHORS_OR_THEIRS.isdisjoint(asked_tokens):
                # "Half my office uses ChatGPT daily. Globally, what share of employees use AI at work?": the world is
                # asked, not what the sentence before named.
                entities = []
        typed = _NOT_MEASURES.sub(" ", typed)
        # (Read as typed, and with typos corrected but nothing rewritten: "state legislatues", but not "put in" as
        # "invest in".)
        fixed_text = _NOT_MEASURES.sub(" ", self._fix_typos(typed))
        measures = _measures_named(typed) | _measures_named(fixed_text)
        typed_part = _question_part(typed)  # (read once: the measures and "why …?" both go by it)
        # (Read in the question itself: "Global private AI investment grew 127.5%. How much did M&A grow?" asks M&A.)
        typed_question = typed_part or typed
        if "m&a" in measures and _TOTAL_INVESTMENT.search(typed_question) and not _PART_ASKED.search(typed):
            # "corporate investment, M&A included": the total, of which M&A is a part (but "how much of corporate
            # investment was M&A?" asks the part)
            measures -= {"m&a"}
        if (
            "minority stakes" in measures
            and _TOTAL_INVESTMENT.search(_MINORITY.sub(" ", typed_question))
            and not _PART_ASKED.search(typed)
        ):
            measures -= {"minority stakes"}  # so are minority stakes: "(private, M&A, minority stakes and so on)"
        if "chamber" in measures and _BOTH_CHAMBERS.search(fixed_text):
            measures -= {"chamber"}  # "bills in the House and Senate": Congress, both chambers
        if "science field" in measures and len(set(_SCIENCE_FIELDS.findall(fixed_text))) >= 2:
            measures -= {"science field"}  # "papers in physics, chemistry, biology etc.": natural science as a whole
        if "academia" in measures and _INDUSTRY.search(fixed_text):
            measures -= {"academia"}  # "industry rather than academia": the two set side by side, industry's share
        # (As typed or with its typos fixed: "what did gpt-4o cost to trian?" asks a training cost; the typos are fixed
        # only where a measure is not found as typed.)
        if typed_part is not None and (unfound := [k for k in measures if not _MEASURE_ASKED[k].search(typed_part)]):
            fixed_part = self._fix_typos(typed_part)
            measures -= {k for k in unfound if not _MEASURE_ASKED[k].search(fixed_part)}
        if _BILLS_PASSED.search(typed_part or typed) or ("proposed" in measures and _HOW_MANY_PASSED.search(typed)):
            measures |= {"passed"}  # "how many AI bills did Congress pass": laws, not bills proposed
        if "chapter " in text and _CHAPTER_PAGES.search(text):
            measures |= {"chapter length"}  # "How many pages is the Technical Performance chapter of the 2025 report?"
        if "doubl" in typed and _HOW_OFTEN_DOUBLE.search(typed_part or typed):
            measures |= {"doubling time"}  # "How often does the power capacity of AI data centers double?"
        if {"passed", "proposed"} <= measures:
            # "Of the bills proposed, how many passed?" asks the laws; "proposed vs passed" asks both.
            passed_asked = (first := _HOW_MANY.search(typed)) is not None and _HOW_MANY_PASSED.match(
                typed, first.start()
            )
            measures -= {"proposed"} if passed_asked else {"passed", "proposed"}
        world = bool(_WORLD_RE.search(rest))
        rest = _WORLD_RE.sub(" ", rest)
        if (edition is not None or missing_edition is not None) and _PUBLISHED.search(rest):
            # "When was the eighth AI Index published?": the report's release, not papers published.
            rest = _PUBLISH_VERB.sub("released", rest)
        # ("What does the AI Index itself report?": the report's own figure; "itself" says whose, as the source does.)
        rest = _INDEX_ITSELF.sub(" ", rest)
        raw = [t for t in tokens(_expand(rest)) if t not in _STOP and not _YEAR.fullmatch(t)]
        raw_words = _TOKEN.findall(text)
        ai_words_said = not lexicon.AI_WORDS.isdisjoint(raw_words)
        compare = any(t in lexicon.COMPARE_CUES for t in raw_words) or slash == "compare"
        # (A benchmark's name is no ranking: "Humanity's Last Exam" asks for no last place.)
        unnamed = _BENCHMARK_RE.sub(" ", text)
        extreme, rank, exclude = _ranking(unnamed, _TOKEN.findall(unnamed), entities)
        entities = [e for e in entities if e not in exclude]
        if entities and _FOR_EXAMPLE.search(text):
            # Places and organisations given as examples are not asked about: "how many foundries make almost every
            # leading AI accelerator, such as Nvidia Blackwell and AMD MI300X?"
            kept = set(find_entities(_FOR_EXAMPLE.sub(" ", text))[0])
            entities = [e for e in entities if e in kept]
        # Nor is an organisation named only in what is ruled out: "what did o1 score on MMMU? not the newer gemini
        # score".
        unruled = _RULED_OUT_CLAUSE.sub(" ", text) if "not " in text else text
        if unruled is not text and set(entities) & _ORG_NAMES:
            kept = set(find_entities(unruled)[0])
            entities = [e for e in entities if e in kept or e not in _ORG_NAMES]
        if {"EU", "Europe"} <= set(entities) and not compare:
            # "Our EU policy newsletter said European institutions produced 10": one place, named twice.
            entities.remove("EU")
        if extreme and _WHICH_STATE.search(text):
            entities = [e for e in entities if e != "US"]  # "which state in the US …": one of its states is asked
        # What the sentences before the question name is only the claim checked where the question asks who or what
        # ranks first, names nothing itself and points back at nothing: "Which country trusts its government most? I
        # heard it was Indonesia."; "Grok 4.20 Beta was lowest at 22%. What was the highest rate?"; "A blog claims o3's
        # 71.7% is still the best. What was the best score as of February 2026?". So are the places named before a
        # question counting countries, examples of those counted: "India and France have launched AI safety
        # institutes. In how many countries are they operational?"
        # (The top score asked in the question itself, which points back at nothing named before.)
        top_asked = bool(
            asked_part is not None and _ANAPHORS_OR_THEIRS.isdisjoint(asked_tokens) and _TOP_SCORE.search(asked_part)
        )
        claimed_only = bool(
            entities
            and asked_part is not None
            and not asked_places
            and (
                (extreme and _WHO_ASKED.search(asked_part))
                or top_asked
                or (
                    _ANAPHORS_OR_THEIRS.isdisjoint(asked_tokens)
                    and (
                        _COUNTRIES_COUNTED.search(asked_part)
                        or (extreme and _ranking(asked_part, _TOKEN.findall(asked_part), [])[0])
                    )
                )
            )
        )
        if extreme and measures and typed_part is None and _WHO_ASKED.search(last := _last_question(typed)):
            # "A colleague thinks generative-AI chatbots were the top-funded area. Which focus area drew the most, and
            # how much did it raise?": a measure only the claim names is the candidate checked, not what is asked.
            measures = frozenset(k for k in measures if k not in _MEASURE_ASKED or _MEASURE_ASKED[k].search(last))
        if claimed_only:
            entities = []
        # So is a model named before a question about the top score that names none and points back at none: "A
        # comment notes o1 topped MMMU at 78.2% in 2024. What top MMMU score did the 2026 AI Index report?"
        top_asked_after = top_asked and not _models(asked_part or "")
        checks = bool(_CHECKED.search(text))
        if checks and len(entities) == 1 and _LEADER_CLAIM.search(text):
            # "Someone says Anthropic topped the transparency index. Is that right?": who leads is what is checked, so
            # the ranking answers, whoever is named.
            entities, extreme, rank = [], 1, 1
        # A model family named without a version ("Claude's water use") is its maker's: not GPT-4o's figure.
        models = _models(text, asked=True)
        versioned = {family for family, _ in models}
        for family in _BARE_FAMILY.findall(unruled):
            maker = lexicon.MODEL_MAKERS[family]
            if family not in versioned and maker not in entities:
                entities.append(maker)
        words: list[str] = []
        unknown: list[str] = []
        # Context before the question ("Doing a lit review. How many AI papers …?") says why it is asked,
        # not what about: words Parity doesn't know there don't make the question off-topic.
        context, said_first = _context_words(rest)
        # So does who made a claim: "Someone in a meetup said …", "a newsletter claimed …".
        context |= frozenset(tokens(" ".join(_CLAIM_SOURCE.findall(rest))))
        ordinary: list[str] = []  # unknown to Parity, but everyday English: a weaker sign of another topic
        said_before: list[str] = []  # known words only in the context, which weigh less than the question's
        for token in raw:
            if token in self._idf:
                words.append(token)
                if token in said_first:
                    said_before.append(token)
                continue
            fixed = next((v for v in _inflections(token) if v in self._idf), None)
            if fixed is None:
                # (An ordinary word is no typo, "slides" is not "slice", but two letters swapped are: "gpa".)
                fixed = self._swapped(token) if token in common_words() else self._correct(token)
            if fixed:
                words.append(fixed)
                if token in said_first:
                    said_before.append(fixed)
            elif token in _SYNONYM_KEYS:
                continue  # understood through its synonym ("ppl" → people), which the question now has too
            elif not token.isdigit() and token not in context and not _ORDINAL.fullmatch(token):
                if token in common_words():
                    ordinary.append(token)
                    continue
                unknown.append(token)  # (a place in a ranking, "4th", is understood even where no fact has it)
        reach = _Reach.read(text, years, span_named=span_match is not None)
        months = _months(text)
        if len(months) > 1 and "?" in text:
            # "… fell from $20 in November 2022 to $0.07 in October 2024. What was it in November 2023?": the month the
            # last sentence asks, not those of the figures stated before it (unless it sets one against another).
            last = _sentences(text)[-1]
            asks = last.rstrip().endswith("?")
            if asks and (in_last := _months(last)) and not _SHIFTED.search(last) and in_last != months:
                months = in_last
        asked_text = text if asked_part is None else asked_part  # the question itself: its figures and qualifiers
        return Query(
            text=text,
            words=tuple(dict.fromkeys(words)),
            unknown=tuple(dict.fromkeys(unknown)),
            strangers=_strangers(question, unknown) if unknown else (),
            context=frozenset(said_before),
            ordinary=tuple(dict.fromkeys(ordinary)),
            how_many=bool(_HOW_MANY.search(text)),
            entities=tuple(entities),
            world=world,
            years=years,
            edition=edition,
            compare=compare,
            slash=slash,
            extreme=extreme,
            # (An edition named is the AI Index, though its name has left the text; a model named is AI.)
            about_ai=ai_words_said
            or bool(entities and set(entities) & _ORG_NAMES)
            or edition is not None
            or missing_edition is not None
            or bool(_MODEL_VERSION.search(text)),
            asks_org=any(t in lexicon.WHICH_CUES or t == "what" for t in raw_words)
            and any(t in lexicon.ORG_CUES for t in raw_words),
            asks_model=bool(_ASKS_MODEL.search(text)),
            points=bool(_POINTS_ASKED.search(text)),
            one_year=bool(_ONE_YEAR.search(text)),
            # ("How many physicians took part in the trial?" counts its participants.)
            counted="participant" if _TOOK_PART.search(text) and _HOW_MANY.search(text) else _counted(rest),
            span=span if span and span[0] < span[1] else None,
            # (Only as the one year named: "worth in 2023, and how has that changed since 2013" asks 2023's.)
            since=int(since_match.group(1)) if len(years) == 1 and (since_match := _SINCE.search(text)) else None,
            # (But a count asked in the question itself is a count: "Over half of the strategies came from emerging
            # economies. How many were adopted in total?")
            share=(
                any(t in lexicon.SHARE_CUES for t in raw_words)
                or bool(_PERCENT_ASKED.search(text))
                or "how much of" in text
            )
            and not (
                asked_part is not None
                and _HOW_MANY.search(asked_part)
                and lexicon.SHARE_CUES.isdisjoint(_TOKEN.findall(asked_part))
                and not _PERCENT_ASKED.search(asked_part)
            ),
            numbers=_quoted_numbers(asked_text),
            asked=asked_text,
            wholes=_wholes(text),
            qualifiers=_qualifiers(_CLAIMED.sub(" ", _I_READ.sub(" ", _QUOTED_CLAIM.sub(" ", asked_text))), asked=True),
            variants=_named_variants(asked_text),
            share_of_all=bool(_SHARE_OF_ALL.search(text)),
            total=bool(_TOTAL.search(text)),
            # (Not a place left out of a ranking: "which country installs the most robots, excluding China?")
            hedged=bool(_HEDGE.search(asked_text))
            and not (exclude and any(t in lexicon.WHICH_CUES for t in raw_words)),
            not_just=tuple(stem(w) for w in _NOT_JUST.findall(asked_text)),
            ruled_out=tuple(
                stem(w)
                for w in _NOT_THE.findall(text)
                # (A benchmark's or leaderboard's gap ruled out rules out that benchmark, not every gap: "percentage
                # points on MMLU, not the arena gap".)
                + [
                    m.group(1) if m.group(1) in lexicon.BENCHMARKS else m.group(2) or m.group(3)
                    for m in _NOT_THE_GAP.finditer(text)
                ]
                + [w for m in _NON.finditer(text) for w in m.groups() if w]
            )
            if "not " in text or "non-" in text
            else (),
            rank=rank,
            top_too=rank > 1 and any(word in lexicon.MOST_CUES for word in tokens(_RANKED_SUPERLATIVE.sub(" ", text))),
            exclude=exclude,
            models=(asked_part is not None and _models(asked_part, asked=True))
            or (restated is not None and _models(restated, asked=True))
            or (frozenset() if claimed_only or top_asked_after else models),
            so_far=reach.so_far,
            year_alone=reach.year_alone,
            asks_date=bool(_ASKS_DATE.match(text.strip())),
            checks=checks,
            index_says=bool(_INDEX_SAYS.search(text)),
            top_score=bool(_TOP_SCORE.search(text)) and not entities and not _GAP_ASKED.search(text),
            scored="score" in text and bool(_SCORED.search(asked_part or text)),
            rank_asked=bool(
                (("rank" in text or "place" in text or "position" in text) and _RANK_ASKED.search(text))
                or ("where" in text and _WHERE_PLACED.search(text))
            ),
            # (Read as typed: "founded" is not "funded".)
            not_a_figure=_advice(typed)
            or bool(_TASK.match(typed.strip()) or _ASKS_IDEAS.search(typed))
            or (bool(_ASKS_PERSON.search(typed)) and not extreme)
            or bool(_EXPLAIN.match(typed_part or _last_question(typed)))
            or bool(_ABOUT_PARITY.search(typed))
            or (bool(_DIFFERENCE.match(typed.strip())) and not entities and not years)
            # ("What's the population of Singapore?", "what's 17% of 340?": general knowledge, sums)
            or (bool(_GENERAL_FACT.search(typed)) and not ai_words_said)
            or bool(_ARITHMETIC.match(typed.strip())),
            months=months,
            month_count=bool(months) and bool(_IN_MONTH.search(text)),
            edition_cited=cited,
            absolute=(bool(_ABSOLUTE.search(text)) and not _SHARE_FOR_CHANGE.search(text))
            or (bool(_NUMBER_OF.search(text)) and not _CHANGE_ASKED.search(text)),
            by_place=bool(_BY_PLACE.search(text)),
            running_total=reach.running_total,
            one_year_only=reach.one_year_only,
            amount=bool(_HOW_MUCH.search(text) or _MONEY_TOTAL.search(text)),
            dated_years=_years_named(text, _DATED_YEAR, _FUTURE_YEAR),
            aside_years=years - asked_years if asked_part else frozenset(),
            claim_years=(
                years - asked_years
                if asked_part and _CLAIMED_NUMBER.search(text, 0, max(text.find(asked_part), 0))
                else frozenset()
            ),
            # (The question's own, where it names any: "What was the US lead on GPQA? Did it shrink as much as the
            # MMLU gap?" asks about GPQA.)
            # (In a clause asking after a figure stated: "MMMU jumped 18 points, how much did MMLU-Pro jump?")
            benchmarks=(asked_part is not None and _benchmarks(asked_part))
            or (restated is not None and _benchmarks(restated))
            or _benchmarks(_INTRODUCING.sub(" ", text)),
            measures=measures,
            change=change if change and change[0] < change[1] else None,
            asks_place=bool(extreme) and any(t in lexicon.PLACE_KINDS for t in raw_words),
            missing_edition=missing_edition,
        )

    def _nearest_word(self, token: str) -> str | None:
        """Typo tolerance: the nearest known spelling, never changing digits.

        A correction keeps the first letter ("paris" is not "arise"). Short words may differ by
        one letter added, dropped, changed or swapped with its neighbour ("hmans" → "humans",
        "gpa" → "gap"); longer ones by a fuzzy ratio of 80 to 85.
        """
        if not token.isalpha() or len(token) < 3:
            return None
        near = sorted(
            (
                word
                for length in range(len(token) - 2, len(token) + 3)
                for word in self._by_shape.get((token[0], length), ())
            ),
            key=lambda word: -self._uses[word],
        )
        if len(token) <= 5:
            found = process.extractOne(token, near, scorer=DamerauLevenshtein.distance, score_cutoff=1)
            if found is None or len(found[0]) < 3 or (len(token) == 3 and sorted(found[0]) != sorted(token)):
                return None  # three letters: only a swap ("gpa"), anything else is too easy to hit
            return str(found[0])
        best = process.extractOne(token, near, scorer=fuzz.ratio, score_cutoff=80 if len(token) <= 6 else 85)
        return str(best[0]) if best else None

    def _fix_typos(self, text: str) -> str:
        """Correct unknown words in the text itself, before places, synonyms and slots are read
        from it, so "Chinna" is still China and "fuunding" still means investment."""

        def fix(match: re.Match[str]) -> str:
            word = match.group()
            if not word.isalpha() or word in self._spellings or word in _STOP or stem(word) in self._idf:
                return word
            if word in common_words():
                # An ordinary word is not a typo ("picked up", not "priced up"), unless two letters of a known
                # word were swapped ("mmlu gpa").
                return self._swapped(word) or word
            # (A correction into a word that carries no meaning gives way to two swapped letters: "staets" is
            # "states", not "stats"; a misspelt plural may be nearer its singular: "servcies" → "service".)
            fixed = self._correct(word)
            if fixed in _STOP:
                fixed = self._swapped(word, self._spellings) or fixed
            return (
                fixed or self._correct(stem(word)) or (self._correct(word[:-1]) if word.endswith("s") else None) or word
            )

        return _TOKEN.sub(fix, text)

    def _swapped(self, word: str, known: Container[str] | None = None) -> str | None:
        """The known word (by default, a word of the vocabulary) two neighbouring letters of this one were swapped
        from, if one is: "gpa" → "gap"."""
        known = self._idf if known is None else known
        for i in range(len(word) - 1):
            candidate = f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2 :]}"
            if candidate != word and candidate in known:
                return candidate
        return None

    def labels_starting(self, prefix: str, limit: int) -> list[str]:
        """Ids of facts whose label starts with what has been typed ("notable ai m…")."""
        start = bisect.bisect_left(self._labels, (prefix, ""))
        found = []
        for label, fact_id in self._labels[start : start + limit]:
            if not label.startswith(prefix):
                break
            found.append(fact_id)
        return found

    def complete_word(self, prefix: str, limit: int = 3) -> list[str]:
        """Known words starting with a half-typed one ("mml" → "mmlu"), for autocomplete."""
        start = bisect.bisect_left(self._vocab, prefix)
        found = []
        for word in self._vocab[start : start + limit]:
            if not word.startswith(prefix):
                break
            found.append(word)
        return found

    def exact(self, question: str) -> list[Fact]:
        """Facts whose id, label or alias is exactly the question."""
        key = " ".join(_TOKEN.findall(normalise(question)))
        return [self._docs[i].fact for i in self._exact.get(key, [])]

    def search_terms(self, query: Query) -> SearchTerms:
        """Words for the full-text index: only known vocabulary, never raw user text.

        Any of the rarest few words finds candidates. Very common words would make bm25 rank
        most of a large knowledge base for little gain, so when there are only common words,
        candidates must hold them all. Places and organisations are slots, scored afterwards.
        """
        # The index splits model names ("gpt3" is "gpt" "3" there): search by the name's letters.
        indexed = {_MODEL_WORD.sub(r"\1", w) if w in self._model_names else w for w in query.words if w.isalnum()}
        # (The question's own words before those of the sentences around it: "I'm a software engineer preparing a talk.
        # How big was the US lead on HumanEval?" searches for HumanEval, not talks.)
        words = sorted(indexed, key=lambda w: (w in query.context, self._df.get(w, 0)))
        chosen: list[str] = []
        postings = 0
        for word in words[:SEARCH_TERMS]:
            # bm25 costs in proportion to the facts matched: stop adding words past the budget.
            if chosen and postings + self._df.get(word, 0) > SEARCH_BUDGET:
                break
            chosen.append(word)
            postings += self._df.get(word, 0)
        # A rarely measured place or organisation ("Waymo" in "Apollo Go vs Waymo") finds the facts
        # about it even when the question has no other word in common with them.
        rare = [
            token
            for entity in query.entities
            if self._entity_df.get(entity, 0) <= RARE_ENTITY_FACTS and (token := entity.casefold()).isalnum()
        ]
        if postings <= SEARCH_BUDGET or len(words) < 2:
            return SearchTerms(tuple(chosen + rare), require_all=False)
        return SearchTerms(tuple(words[:3]), require_all=True)

    # -- scoring ----------------------------------------------------------------------------------

    def score(self, query: Query, candidates: Iterable[str], named: dict[str, float] | None = None) -> list[Scored]:
        """Score candidate facts (by id), best first.

        ``named`` memoises each fact's name match for the query's words, so rescoring the same
        words with other slots (a comparison scores each place in turn) does not repeat it.
        """
        words = query.words
        # (A figure quoted is weak evidence: "someone said 300 pages" checks a figure, it does not name a fact.)
        quoted = {w for w in words if w.isdigit() and int(w) >= 100 and float(w) in query.numbers}
        weights = {
            w: self._idf.get(w, self._max_idf) * (CONTEXT_WEIGHT if w in query.context or w in quoted else 1.0)
            for w in words
        }
        pairs = tuple(weights.items())
        if named is None:
            named = {}
        # An everyday word Parity doesn't know weighs less than a rare one, in a question about AI.
        ordinary = ORDINARY_WEIGHT if query.about_ai else 1.0
        unknown_weight = UNKNOWN_WEIGHT * (len(query.unknown) + ordinary * len(query.ordinary))
        query_mass = sum(weights.values())
        denominator = query_mass + unknown_weight
        if not query.about_ai:
            unknown_weight *= 2  # unknown words weigh more when nothing says the question is about AI
            denominator = query_mass + unknown_weight
        known_share = math.sqrt(query_mass / denominator) if denominator else 0.0
        lone_word = len(words) == 1 and words[0] in common_words() and not query.slotted
        asked = frozenset(query.entities)
        near = frozenset(lexicon.NEAR_PLACES.get(e, e) for e in asked)
        makers = frozenset(lexicon.MODEL_MAKERS[family] for family, _ in query.models if family in lexicon.MODEL_MAKERS)
        by_maker = bool(asked) and asked <= makers  # "OpenAI's o1": only the makers of the models named
        # Facts whose text names the organisations asked about, though not as their subject.
        mentioning = self.naming(asked)
        # First a cheap pass: how much of the question each candidate's words explain. Only the
        # best of those can win, so only they get the full score.
        docs = [doc for fact_id in dict.fromkeys(candidates) if (doc := self._docs.get(fact_id)) is not None]
        explained = {doc.fact.id: _hits(pairs, doc.tiers) for doc in docs}
        if len(docs) > FULL_SCORES:
            # Ties go to the fact about fewer things, as in the final ranking.
            ranked = sorted(
                docs,
                key=lambda d: (
                    (
                        d.subject in asked
                        or d.fact.id in mentioning
                        or (by_maker and _same_model(query.models, d.models))
                    )
                    if asked
                    else True,
                    # The year or edition asked is a slot: a fact of that year is worth a full score.
                    not (query.years and not query.years & d.years)
                    and (query.edition is None or d.fact.edition is query.edition),
                    # So is the world: "is the world becoming more optimistic" is about the global figure.
                    not query.world or lexicon.WORLD in d.entities,
                    explained[d.fact.id],
                    -len(d.entities),
                ),
                reverse=True,
            )
            docs = ranked[:FULL_SCORES]
            if query.years:
                # And the facts that explain the question best but not in the year asked: one that fits far better
                # than the rest says the question is about it ("AP CS exams in 2024", Parity has 2023's).
                kept_ids = {d.fact.id for d in docs}
                other_years = sorted(
                    (d for d in ranked if not query.years & d.years), key=lambda d: explained[d.fact.id]
                )
                docs += [d for d in other_years[-2:] if d.fact.id not in kept_ids]
            if len(asked) >= 2:
                # Two places compared: each place's own best facts, whichever place has more of them.
                kept = {d.fact.id for d in docs}
                for entity in asked:
                    extra = [d for d in ranked if d.subject == entity and d.fact.id not in kept][: FULL_SCORES // 2]
                    kept.update(d.fact.id for d in extra)
                    docs += extra
        which_state = bool(query.extreme and _WHICH_STATE.search(query.text))  # "which state … the most?"
        results: list[Scored] = []
        for doc in docs:
            if denominator:
                hits = explained[doc.fact.id]
                # Evidence: one common word ("time") is not enough to answer; one rare word ("mmlu") is, and so
                # is a common one about the place asked ("How much is Canada investing?").
                # Words Parity has never seen mean the question is partly about something else.
                name_match = named.get(doc.fact.id)
                if name_match is None:
                    name_match = named[doc.fact.id] = self._named(doc, pairs, query_mass)
                evidence = hits + (ENTITY_EVIDENCE if asked and asked <= doc.entities else 0.0)
                if query.edition is not None and doc.fact.edition is query.edition:
                    evidence += ENTITY_EVIDENCE  # ("When did the 2026 AI Index come out?": the edition named is asked)
                score = (0.55 * hits / denominator + 0.45 * name_match) * min(1.0, evidence / EVIDENCE) * known_share
            else:
                score = 0.0
            # A question of slots alone ("Waymo in 2025?") fits every fact its slots fit.
            answerable = score > 0.0 or not denominator
            if not _named_slots_fit(query, doc) or not query.benchmarks <= self._benchmarks_measured:
                # (A benchmark or contest no fact measures, named beside one that is, is still asked: "Since Gemini
                # got IMO gold, how did AI do at the informatics olympiad?")
                answerable = False
                score -= SLOT_MISS
            strict = doc.entities - {lexicon.WORLD}
            if asked:
                if asked <= doc.entities and (doc.subject in asked or not doc.named or asked & doc.named):
                    if asked == strict:
                        score += 0.2
                    elif doc.subject in asked:
                        score += 0.15
                    else:
                        score -= 0.1  # the fact mentions what was asked about, but its value is another's
                elif by_maker and _same_model(query.models, doc.models):
                    pass  # "OpenAI's o1 on MedQA": the maker of the model asked about, which the fact names
                elif near != asked and near <= doc.entities and doc.subject in near:
                    score += 0.05  # the EU asked, Europe measured: a near place, below an exact one
                elif doc.fact.id in mentioning and (asked <= _PEOPLE_NAMES or not (doc.entities & _ORG_NAMES)):
                    # "OpenAI's o3 on SWE-bench": the organisation is named in the fact's text, not listed.
                    score -= 0.05
                else:
                    answerable = False
                    score -= SLOT_MISS
            elif strict and not query.extreme:
                # Nobody named a place: a global figure fits better than one country's.
                # (A pair such as the US–China gaps is what people mean by "the gap", so it is spared.)
                places = len(strict & _PLACE_NAMES)
                if query.by_place:
                    score += 0.03 * min(places, 4)  # "top 100 papers by country": a figure across places
                else:
                    score -= (PLACE_UNASKED if places == 1 else 0.03 * places) + 0.03 * min(len(strict) - places, 2)
                if "state level" in query.measures and doc.subject in _US_STATES and not query.asks_place:
                    answerable = False  # "What share of state AI bills passed?": the states', not California's
            if which_state and doc.subject not in _US_STATES:
                answerable = False  # "Which state came second to California?": a state, not all states together
            if query.extreme and len(self._subjects.get(doc.fact.metric, ())) >= 3:
                score += 0.1  # "which country ... the most": a measure taken across many places
            if query.asks_place and doc.subject in (None, lexicon.WORLD):
                score -= 0.1  # "which state led …": a place's figure, not the world's total
            if query.world:
                score += 0.05 if lexicon.WORLD in doc.entities else -0.05
                if (
                    not asked
                    and doc.subject in _PLACE_NAMES
                    and (
                        doc.fact.metric in self._world_metrics
                        or (len(strict) == 1 and not (query.extreme or query.asks_place))
                    )
                ):
                    # "Worldwide" is never answered with one country's figure: a global count, not China's
                    # (unless it asks which country: "which country leads worldwide?").
                    answerable = False
            if query.asks_org and not asked:
                # "Which company …": a figure about an organisation, not about a country.
                score += 0.12 if doc.subject in _ORG_NAMES else -0.08 if doc.subject in _PLACE_NAMES else 0.0
            if query.asks_model and doc.models:
                score += MODEL_FIT  # "which model led MMMU": the top score, which names its model
            elif query.asks_model and doc.fact.unit_key.startswith("percent") and not doc.named:
                answerable = False  # "Which model set that score?": a score that names no model says not
            if query.points and "points" in doc.fact.unit:
                score += MODEL_FIT  # "by how many points did it climb": a change in points, not a level
            if doc.fact.unit_key.startswith("percent (relative") and _ARENA_POINTS.search(query.text):
                # "In raw Arena score points, how large was the gap?": points, not the relative difference in percent.
                answerable = False
            if query.one_year and "one-year" in doc.fact.metric:
                score += MODEL_FIT  # "how much better did it get in a year": the one-year gain
            if query.amount and doc.fact.unit_key.startswith("count"):
                score -= 0.08  # "how much did companies invest": the money, not how many companies
                if not query.how_many and _MONEY_RAISED.search(query.text):
                    answerable = False  # "How much total funding did newly funded companies raise?": never their count
            elif (
                not query.how_many
                and "investment" in query.measures
                and doc.fact.unit_key.startswith("count")
                and _FUNDING_NOUN.search(query.text)
                and not _COUNTED_DEALS.search(query.text)
            ):
                # "Worldwide private funding for AI companies in 2024?": the money, not how many companies got some.
                answerable = False
            if (
                "private" in query.words
                and doc.fact.metric == "corporate-investment"
                and "corporate" not in query.words
                and not query.numbers
            ):
                # "private funding": private investment alone, not all corporate investment beside it (but a claim of
                # "$252.3 billion in private investment" is checked against the corporate total it is).
                score -= 0.08
            if (
                "private" in query.words
                and "government" in doc.measures - query.measures
                and doc.fact.unit_key.startswith(_MONEY_UNITS)
                and not query.compare
                and not _BEYOND.search(query.text)
            ):
                # "India's private AI investment in 2024": not its government's AI mission (but "does private
                # investment understate China's spending?" asks what is beyond it).
                answerable = False
            if (
                (query.amount or "per person" in query.measures)
                and "investment" in query.measures & doc.told_measures
                and doc.fact.unit_key.startswith("percent")
            ):
                # "How much private AI investment per person in the US": money, not a share that the statement sets
                # beside investment ("despite leading on AI investment, the US placed 24th for adoption").
                answerable = False
            if "money" in query.measures and doc.fact.unit_key.startswith(("usd", "eur")):
                score += MONEY_FIT  # "what does it cost now?": the price, not how far it has fallen
            if query.absolute and doc.fact.unit_key.startswith(("percent", "ratio")):
                # "How many people in the UAE use it, in absolute numbers": a count, not their share.
                answerable = False
                score -= SLOT_MISS
            if query.counted is not None:
                if doc.head == query.counted:
                    score += 0.1  # "how many regulations": the fact that counts regulations, not agencies
                elif doc.head is not None and doc.tiers.get(query.counted, 0.0) < 1.0:
                    score -= 0.06  # "how many AI PhDs": not a count of master's degrees that mentions PhDs
                if (
                    doc.head is not None
                    and doc.head != query.counted
                    and doc.fact.unit_key.startswith("count")
                    and query.counted in self._counted_heads.get(doc.fact.metric.split(".")[0], ())
                ):
                    # "How many federal agencies issued AI regulations in 2025?": where a sibling counts the agencies
                    # (for 2024), a count of regulations is not one.
                    answerable = False
                if (
                    query.counted in self._idf
                    and query.counted not in doc.tiers
                    and doc.fact.unit_key.startswith("percent")
                    and not doc.fact.unit_key.startswith(_CHANGE_UNITS)
                ):
                    # "How many AI incidents involving self-driving cars": not the share of people afraid of them,
                    # a share of something else that has no incidents at all.
                    answerable = False
                if (
                    doc.fact.unit_key.startswith(("percent growth", "percent increase", "percent decline"))
                    and doc.fact.metric.split(".")[0] in self._counted_metrics
                    and not _CHANGE_ASKED.search(query.asked)
                ):
                    # "How many robots did Taiwan install in 2024": a count, where others' counts are given, is not
                    # Taiwan's growth. (Where none is, the change is the figure: "how many AI PhDs" of their growth.)
                    answerable = False
                    score -= SLOT_MISS
                if doc.fact.unit_key.startswith("ratio") and RATIO_WORDS.isdisjoint(query.words):
                    # "How many robots did China install in 2024, and how does that compare with 2023?": a count, not
                    # how many times the US's it was.
                    answerable = False
                    score -= SLOT_MISS
                if (
                    doc.head != query.counted
                    and query.counted in doc.containers
                    and re.search(rf"\bhow many (?:[\w-]+ )?{re.escape(query.counted)}", query.text)
                ):
                    # "How many AI-related hearings did Congress hold?": not the witnesses at them (but "how many
                    # people testified at hearings" counts the witnesses).
                    answerable = False
                if (
                    not query.share
                    and doc.part_share is not None
                    and doc.part_share.isdisjoint(query.words)
                    and doc.part_share.isdisjoint(_TOKEN.findall(query.text))
                    and doc.fact.unit_key.startswith("percent")
                ):
                    # "How many national AI strategies were newly adopted in 2024?": a count, not the share of them
                    # from a part the question does not name (emerging economies).
                    answerable = False
                if query.total and not query.share and doc.fact.unit_key.startswith(("percent", "ratio")):
                    # "How many national AI strategies were adopted in 2024 in total?": a count, not the share of them
                    # that came from emerging economies.
                    answerable = False
                if query.counted in _SURVEYED and not query.share and doc.fact.unit_key.startswith("percent"):
                    answerable = False  # "How many US respondents were in the Ipsos survey?": a head count, not a share
                if query.counted in ("country", "nation") and "state level" in doc.measures:
                    answerable = False  # "How many countries have election deepfake laws?": not US states' count
                if doc.fact.unit_key.startswith(("usd", "eur")):
                    # "How many startups were funded in France": a count, not the money they got. (A count
                    # asked may be answered by its growth: the curators ask "how many new AI PhDs" of it.)
                    answerable = False
                    score -= SLOT_MISS
            if query.strangers:
                answerable = False  # "What's the AI agent solve rate on picoCTF?": not Cybench's
            if query.wholes and _quotes_value(doc.values, query.wholes):
                answerable = False  # "Of the 537 AI clinical trials, how many were in oncology?": a part, not the 537
            if query.numbers and _quotes_value(doc.values, query.numbers):
                # "24 times the UK?": the fact whose figure that is (the more so when the figure is most of what is
                # asked: "8.7 times China?").
                score += VALUE_FIT * (2 if sum(not w.isdigit() for w in query.words) <= 2 else 1)
            if (
                query.share
                and doc.fact.metric.endswith(".change")
                and (
                    not (query.span or query.change or _SHIFT_ASKED.search(query.text))
                    # (Nor where the move was a claim before the question: "Nervousness rose 4 points, says my
                    # professor. What share said AI makes them nervous in 2025?")
                    or (
                        query.asked != query.text
                        and not (query.change or _SHIFT_ASKED.search(query.asked) or _SPAN.search(query.asked))
                    )
                )
            ):
                # "What percent of Chinese people see more benefits than drawbacks?": the share itself, not how many
                # points it moved.
                answerable = False
            if query.share:
                # "What share …": a percentage rather than the count or amount it is a share of.
                score += SHARE_FIT if doc.fact.unit_key.startswith("percent") else -SHARE_FIT
            if "state level" in doc.measures and "state level" not in query.measures and "US" in asked:
                score -= 0.05  # "How many AI laws has the US passed": the country's, not its states' together
            if query.so_far and len(doc.fact.years) >= 2:
                score += 0.12  # "how many laws has California passed": all of them so far, not one year's
            if (query.change or query.span) and "gap" in doc.fact.metric and GAP_WORDS.isdisjoint(query.words):
                answerable = False  # "How did US optimism change between 2024 and 2025?": not a gap between groups
            if (
                query.points
                and doc.fact.unit_key.startswith("percent ")
                and not doc.fact.series
                and _MOVED.search(query.asked)
                and GAP_WORDS.isdisjoint(query.words)
            ):
                answerable = False  # "By how many points did AI use grow in North America?": not its level
            if query.change is not None and doc.fact.years == frozenset(query.change):
                score += 0.1  # "2022 vs 2024": the fact about the change between them
            elif (
                (changed := query.change or query.span) is not None
                and len(doc.fact.years) == 2
                and (doc.fact.unit_key.startswith(_CHANGE_UNITS) or doc.fact.metric.endswith("growth"))
                and doc.fact.years != frozenset(changed)
            ):
                answerable = False  # "between 2024 and 2025", "from 2020 to 2021": not the change from 2021 to 2022
            if query.span is not None:
                # "2013-2024": a figure over that range, rather than one year's at its end.
                span_years = doc.fact.years
                if len(span_years) >= 2 and min(span_years) == query.span[0] and max(span_years) == query.span[1]:
                    score += 0.15
                elif len(span_years) == 1:
                    score -= 0.1
                elif doc.accumulates and query.span[1] not in span_years:
                    answerable = False  # "cumulative US private investment over 2013-2022": not the 2013-2024 total
            elif query.since is not None:
                # "Since 2016": a figure running from that year, rather than one year's.
                if len(doc.fact.years) >= 2 and min(doc.fact.years) == query.since:
                    score += 0.15
                elif len(doc.fact.years) == 1:
                    score -= 0.1
            if query.running_total and not doc.accumulates and doc.fact.unit_key.startswith(("usd", "eur", "count")):
                # "How many incidents has the database logged in total": not one year's count.
                answerable = False
            # "The EU AI Act's first bans took effect in August 2024, right?": the date claimed is what is checked, not
            # the period of a figure asked for.
            dated_claim = query.checks and doc.fact.unit_key.startswith("date")
            if (
                query.months
                and not dated_claim
                and not _months_fit(
                    query.months,
                    doc.months,
                    # (A month's count is not a year's: "how many incidents in December 2025?")
                    alone=query.year_alone
                    or (
                        query.month_count
                        and (doc.fact.unit_key.startswith("count") or "per month" in doc.fact.unit_key)
                    ),
                )
            ):
                # "The Arena gap in July 2024": a fact dated January 2024 and February 2025 has no figure for it.
                answerable = False
            if query.how_many and doc.fact.unit_key.startswith("date"):
                answerable = False  # "how many AI papers came out in 2025": a count, not the day a report came out
            if query.asks_date and not (doc.fact.unit_key.startswith("date") or doc.months):
                answerable = False  # "When did OpenAI release GPT-4?": a dated fact, not GPT-4's training cost
            qualified_out = _qualified_out(query, doc)
            # The kinds of qualifier the question names that the fact states too (all of them, not ruled out: in).
            asked_kinds = {kind for kind, _ in query.qualifiers}
            stated = asked_kinds & {kind for kind, _ in doc.qualifiers}
            if query.qualifiers and not stated:
                score -= 0.1  # "the smallest model above 80% on MMLU": no fact about MMLU that names no pass mark
            if doc.fact.unit_key == "rank":
                if query.rank_asked:
                    score += MODEL_FIT  # "Where did South Korea place for notable models?": its rank, not its count
                elif query.how_many and not _HOW_MANY_PLACES.search(query.text):
                    answerable = False  # "Korea came third; how many did it produce?": a count, never the rank
            if query.ruled_out and any(doc.tiers.get(word, 0.0) >= 1.0 for word in query.ruled_out):
                answerable = False  # "(not the corporate total, just private)"
                score -= SLOT_MISS
            if (
                len(asked) < 2
                and doc.fact.unit_key.startswith(("usd", "eur"))
                and ("factor" in query.words or "ratio" in query.words)
                and _FACTOR_ASKED.search(query.text)
            ):
                # "By what factor did the price of GPT-3.5-level inference fall?": the factor, not the price.
                score -= 0.1
            if query.scored and (doc.fact.unit_key.startswith(("usd", "eur")) or "parameters" in doc.fact.unit_key):
                # "In that trial, how did OpenAI's o1 score?": not o1's price; "what MMLU score did Phi-3-mini get?":
                # not how far its parameters shrank
                answerable = False
            if query.top_score and (
                "gap" in doc.fact.metric
                or any(kind == "pass mark" for kind, _ in doc.qualifiers)
                or doc.fact.unit_key.startswith(("usd", "eur", "percent of questions"))
            ):
                # "top HumanEval score in 2024?": not the US-China gap on it, nor the smallest model above a pass mark,
                # nor the price of a model that reaches some score, nor the share of a test's questions that are invalid
                answerable = False
            point = None
            by_edition = False
            if query.edition is not None and doc.fact.edition is not query.edition:
                if (
                    query.edition in doc.mislabelled and query.edition not in self._metric_editions[doc.fact.metric]
                ) or (query.edition_cited and too_early(query.edition, doc.fact)):
                    # "The AI Index 2024 found the US lead on HumanEval fell to 3.7": the figure popular coverage
                    # credits to that edition, from the edition that gave it (the answer says so), where the edition
                    # asked has no figure on the measure; below any other it does give. So is a figure for a year the
                    # edition asked came out too early to report ("the 'AI Index 2024' says investment grew in 2024").
                    score -= SLOT_MISS
                elif doc.fact.edition is Edition.CONTEXT and set(query.entities) & doc.entities:
                    # "According to the 2025 AI Index, what did Eric Schmidt say?": a claim from outside the report,
                    # about someone named, whatever edition sets the scene; below the edition's own figure, if any.
                    score -= SLOT_MISS
                else:
                    answerable = False
            if query.index_says and doc.fact.edition is Edition.CONTEXT and not asked & _PEOPLE_NAMES:
                # "The AI Index put DeepSeek-V3's training cost at …": the report's figure, not the company's own claim.
                answerable = False
                score -= SLOT_MISS
            if query.years and not dated_claim:
                if query.years & doc.fact.years:
                    year_fit = 0.15 * len(query.years & doc.years) / len(query.years)
                    if (
                        query.span is None
                        and len(query.years) == 1
                        and len(doc.fact.years) > 1
                        and not (doc.fact.edition is query.edition and query.years <= query.claim_years)
                    ):
                        year_fit /= 3  # "in 2024" is that year's figure, not one over 2013-2024
                        if query.one_year_only and doc.accumulates > (0 if query.year_alone else 1):
                            # "How much did the US government spend in 2024?" is not its 2013-2024 total.
                            answerable = False
                        elif doc.accumulates == 1 and max(query.years) < max(doc.fact.years):
                            # A stock at a year's end ("85 by 2025") is no figure for an earlier year: "how many
                            # did China have in 2018?"
                            answerable = False
                    score += year_fit
                elif query.years & doc.years:
                    point = _series_point(doc.fact, query.years)
                    if query.measures & doc.told_measures:
                        # "Drivers who trusted self-driving cars in 2023": the series is their fear; the share who
                        # trust them is only in the statement, for the fact's own year.
                        answerable = False
                elif doc.fact.edition.year in query.years - query.dated_years and (
                    doc.fact.edition.year == _NEWEST
                    or (doc.fact.edition is query.edition and doc.fact.edition.year in query.aside_years)
                ):
                    # (A year said only around the question, that of the edition it names, is when that edition was
                    # read: "I wrote an article in spring 2024. Back then, what did the 2024 AI Index estimate?")
                    by_edition = True
                elif doc.fact.edition is query.edition and query.years <= query.claim_years:
                    # A year only in a claim around the question, which asks what an edition says: the edition decides
                    # ("A blog notes GPT-4 Medprompt reached 90.2% in 2023. What did o1 reach, per the 2025 AI Index?")
                    pass
                else:
                    answerable = False
            if not query.about_ai and (
                lone_word or all(t in lexicon.EVERYDAY_WORDS for t in weights if t in doc.tiers)
            ):
                # Only everyday words in common, and no sign the question is about AI; or one everyday word alone
                # ("help", "again", "come on", "what is near"): chat, not a question about the fact that uses it.
                score *= 0.5
            results.append(
                Scored(
                    doc.fact,
                    max(score, 0.0),
                    answerable and not qualified_out,
                    point,
                    by_edition,
                    qualified_out,
                    bool(asked_kinds) and stated == asked_kinds and not qualified_out,
                )
            )
        # Ties go to the fact about fewer things (the more specific one), then to the newer edition.
        results.sort(key=lambda s: (s.score, -len(self._docs[s.fact.id].entities), s.fact.edition.rank), reverse=True)
        return results

    @staticmethod
    def _named(doc: _Doc, pairs: tuple[tuple[str, float], ...], query_mass: float) -> float:
        """How well the question matches the fact's best name (coverage of the name) or its
        closest example question (weighted Dice overlap, slightly discounted)."""
        shared: dict[int, float] = {}
        postings = doc.postings
        for word, weight in pairs:
            indices = postings.get(word)
            if indices:
                for index in indices:
                    shared[index] = shared.get(index, 0.0) + weight
        name = example = 0.0
        names = len(doc.names)
        masses = doc.masses
        for index, mass in shared.items():  # (comparisons, not max(): this loop is the matcher's hottest)
            if index < names:
                ratio = mass / masses[index]
                if ratio > name:  # noqa: PLR1730
                    name = ratio
            else:
                dice = 2 * mass / (query_mass + masses[index])
                if dice > example:  # noqa: PLR1730
                    example = dice
        if not doc.examples:
            return name
        return max(name, example) * (1 - EXAMPLE_WEIGHT) + (name + example) / 2 * EXAMPLE_WEIGHT

    def doc_entities(self, fact: Fact) -> frozenset[str]:
        """The canonical places and organisations a fact is about."""
        return self._docs[fact.id].entities

    def years(self, fact: Fact) -> frozenset[int]:
        """The years a fact gives a figure for: its period's and its series'."""
        return self._docs[fact.id].years

    def subject(self, fact: Fact) -> str | None:
        """The entity a fact's value belongs to (its first entity)."""
        return self._docs[fact.id].subject

    def facts_about(self, entity: str) -> list[str]:
        """The ids of the facts whose figure belongs to this place or organisation."""
        return self._by_subject.get(entity, [])

    def series_subject(self, fact: Fact) -> str | None:
        """Whose series a fact belongs to: its place, or an organisation its label names. A top score
        held by whichever lab leads ("Top SWE-bench score (Claude)") is one series over time, not one
        per lab; the world's figure is the series with no subject."""
        doc = self._docs[fact.id]
        if doc.subject == lexicon.WORLD or (doc.subject in _ORG_NAMES and doc.subject not in doc.named):
            return None
        return doc.subject

    def naming(self, entities: Iterable[str]) -> frozenset[str]:
        """The ids of the facts whose text names every organisation or local place asked about, though
        perhaps not as what they measure ("close to New York State's peak demand")."""
        asked = frozenset(entities)
        return self._mentions(asked) if asked and asked <= _NAMED_ONLY else frozenset()

    def _mentions(self, names: frozenset[str]) -> frozenset[str]:
        """Facts whose label or statement names every one of these organisations or places."""
        found = [self._mentioned.get(org, frozenset()) for org in names]
        return frozenset.intersection(*found) if found else frozenset()

    @staticmethod
    def quotes(query: Query, fact: Fact) -> bool:
        """Whether the question quotes the fact's own figure ("24 times the UK?")."""
        return bool(query.numbers) and _quotes_value((fact.value,), query.numbers)

    def explains(self, query: Query, fact: Fact, *, measures_aside: bool = False) -> float:
        """How much of the question's words (by weight) the fact's own words explain, 0 to 1: slots aside (and, if
        asked, the words that name the measures asked: what is left is the question's topic)."""
        aside: frozenset[str] = frozenset()
        if measures_aside:
            aside = aside.union(*(_MEASURE_WORDS[k] for k in query.measures if k in _MEASURE_WORDS))
        pairs = tuple(
            (w, self._idf.get(w, self._max_idf)) for w in query.words if w not in query.context and w not in aside
        )
        total = sum(weight for _, weight in pairs)
        return _hits(pairs, self._docs[fact.id].tiers) / total if total else 0.0

    def mislabelled(self, fact: Fact) -> frozenset[Edition]:
        """The editions a fact's notes say popular coverage wrongly credits with its figure."""
        return self._docs[fact.id].mislabelled

    def told_measures(self, fact: Fact) -> frozenset[str]:
        """The measures only a fact's statement or notes give (a breakdown beside its figure), not its unit or name."""
        return self._docs[fact.id].told_measures

    def is_aggregate(self, fact: Fact) -> bool:
        """Whether a fact is about a group taken together ("US states") rather than one place."""
        return self._docs[fact.id].aggregate


def too_early(edition: Edition, fact: Fact) -> bool:
    """Whether an edition came out too early for a fact's figure, which the next edition gives: an edition reports the
    years before it, so 2024's figures are first in the AI Index 2025."""
    return (
        edition.year is not None
        and fact.edition.year == edition.year + 1
        and bool(fact.years)
        and min(fact.years) >= edition.year
    )


def _hits(pairs: tuple[tuple[str, float], ...], tiers: dict[str, float]) -> float:
    """How much of the question's weighted words a fact's words explain (each by the tier it is found in)."""
    hits = 0.0
    for word, weight in pairs:
        tier = tiers.get(word)
        if tier:
            hits += weight * tier
    return hits


def _head(label_text: str) -> str | None:
    """What a count counts, read from a label (places already removed): its first plural noun.

    "US federal agencies issuing AI regulations" → "agency"; "AI-related federal regulations" →
    "regulation". A light heuristic, used only to break ties between siblings on one topic.
    """
    return next(_plural_nouns(label_text), None)


def _plural_nouns(label_text: str, start: int = 0) -> Iterator[str]:
    """The plural nouns of a label from a position on, stemmed (a light test: a word of four letters or more, not a
    stop word, ending in "s" and changed by stemming)."""
    for word in _TOKEN.findall(label_text, start):
        if len(word) > 3 and word not in _STOP and stem(word) != word and word.endswith("s"):
            yield stem(word)


# Qualifiers: a number that says which figure is meant, beside the measure rather than as its value: a tier
# ("FrontierMath tiers 1-3"), a score to pass ("the smallest model above 60% on MMLU"), a time budget ("a two-hour
# budget"), a model's size ("Llama 3 70B"), a cut ("the top 100 papers") or a band ("three to five incidents"). A
# fact that states a qualifier of the same kind answers only a question that names one of its numbers.
_RANKED = rf"({_NTH}|top|first|second|third|fourth|fifth|tenth|twentieth)"
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "fifty": "50", "hundred": "100",
}  # fmt: skip
_NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(_NUMBER_WORDS)})\b")
_N = r"(\d+(?:\.\d+)?)"
_RANGE = rf"{_N}(?:\s*(?:-|to|and|&|,|/|or)\s*{_N})?"
_SCALE = r"billion|bn|b|million|mn|m"
_BAND_NOUN = r"(?:ai[- ](?:related )?)?([a-z]{4,})"
_QUALIFIERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("tier", re.compile(rf"\btiers?\s+{_RANGE}")),
    # An age band: "developers aged 22 to 25" are not those aged 30-35.
    (
        "age",
        re.compile(
            rf"\b(?:aged?|ages)\s+{_N}\s*(?:-|–|to)\s*{_N}\b|\b{_N}\s*(?:-|–|to)\s*{_N}[- ](?:year|yr)s?[- ]olds?\b"
            # ("under-35s", "people over 65", "aged under 30")
            rf"|\b(?:aged )?(?:under|over|below|above)[- ]{_N}s\b|\b(?:aged|people|adults) (?:under|over) {_N}\b"
        ),
    ),
    ("level", re.compile(rf"\blevels?\s+{_RANGE}")),
    (
        "pass mark",
        re.compile(
            rf"\b(?:(?:scor\w*|models?|reach\w*|achiev\w*|get\w*|hit\w*)\s+(?:above|over|at least|more than|higher than"
            rf"|beyond|exceeding|>=?)|pass(?:es|ed|ing)?(?: the)?)\s*{_N}\s*(?:%|percent)"
        ),
    ),
    ("hours", re.compile(rf"(?<![\w.]){_N}\s*-?\s*(?:hours?|hrs?)\b")),
    ("parameters", re.compile(rf"(?<![$€£\w.]){_N}\s?(?:b\b(?!\s*(?:dollars|usd|in\b))|billion[- ]param)")),
    (
        "horizon",
        re.compile(
            rf"\b(?:(?:within|over|in)\s+(?:the\s+)?(?:next|coming)\s+(?:{_RANGE}\s*)?|within\s+{_RANGE}\s*)"
            r"(years?|months?)\b"
        ),
    ),
    # Help given to an agent: "unguided" is none, "guided" or "with subtask hints" some.
    ("guidance", re.compile(r"\b(un)?guided\b|\bsubtask[- ](?:guided|assisted|hints?)|\bwith (?:subtask )?hints\b")),
    # A half of a year: "the first half", "H2", "early 2025" (the first), "late 2025" or "the end of 2025" (the second).
    (
        "half",
        re.compile(
            r"\b(?:(first|1st|second|2nd) half|h([12])"
            r"|(early|start of|beginning of|late|end of)(?: the year)?\s+(?:in\s+)?(?:19|20)\d\d)\b"
        ),
    ),
    ("rank", re.compile(rf"(?:#|\bnumber |\bno\. ?){_N}\b(?!\s*(?:%|percent))")),
    ("top", re.compile(rf"\btop[- ]?{_N}\b(?!\s*(?:%|percent))")),
    # Places in a ranking said as ordinals: "the first- and tenth-ranked models", "top-ranked and 20th-ranked".
    # (So is a place in a contest: "the second-place team", "the runner-up".)
    (
        "ranked",
        re.compile(
            rf"\b{_RANKED}(?:-?\s*(?:and|&|vs\.?|versus|to)\s+{_RANKED})?[- ](?:ranked|placed|place)\b"
            r"|\b(runner)[- ]up\b"
        ),
    ),
    (
        "amount mark",
        re.compile(
            rf"\b(?:over|above|more than|at least|exceeding|>=?)\s*\$\s?{_N}\s*({_SCALE})\b"
            rf"|\$\s?{_N}\s*({_SCALE})\s*(?:\+|or more\b|and (?:up|above)\b)|\b(billion|million)-dollar"
        ),
    ),
    (
        "band",
        re.compile(
            rf"\b(?:between\s+{_N}\s+and\s+{_N}|{_N}\s*(?:-|to)\s*{_N}|(?:more than|over|at least|fewer than|less than)"
            rf"\s+{_N}|{_N}\s*\+|{_N} or more)\s+{_BAND_NOUN}"
        ),
    ),
)
_EITHER_KINDS = frozenset({"half"})
_PLACES = {
    "top": 1, "first": 1, "second": 2, "runner": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10, "twentieth": 20,
}  # fmt: skip
_FIRST_HALF = frozenset({"first", "1st", "1", "early", "start of", "beginning of"})
# Text a qualifier of each kind cannot be without.
_QUALIFIER_HINTS: dict[str, tuple[str, ...]] = {
    "tier": ("tier",),
    "age": ("age", "year-old", "year old", "yr old", "yrs old", "years old", "under", "over", "below", "above"),
    "level": ("level",),
    "pass mark": ("%", "percent"),
    "hours": ("hour", "hr"),
    "parameters": (*(f"{d}b" for d in "0123456789"), *(f"{d} b" for d in "0123456789"), "billion"),
    "amount mark": ("$", "-dollar"),
    "horizon": ("year", "month"),
    "half": ("half", "h1", "h2", "early", "start of", "beginning of", "late", "end of"),
    "guidance": ("guided", "hint", "subtask"),
    "rank": ("#", "number ", "no."),
    "ranked": ("ranked", "place", "runner"),
    "top": ("top",),
    "band": tuple("0123456789"),
}
_TIME_NOUNS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "percent", "times", "points"})


def _qualifiers(text: str, asked: bool = False) -> frozenset[tuple[str, float]]:
    """The qualifying numbers normalised text names, each with its kind ("tier", 4.0); a range is every whole
    number in it ("tiers 1-3")."""
    text = _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group()], text)
    found: set[tuple[str, float]] = set()
    for kind, pattern in _QUALIFIERS:
        if not any(hint in text for hint in _QUALIFIER_HINTS[kind]):
            continue  # (a cheap test first: most texts name no tier, budget or horizon)
        for match in pattern.finditer(text):
            groups = match.groups()
            if kind == "amount mark":
                number, scale = (groups[0], groups[1]) if groups[0] else (groups[2], groups[3])
                if number is None:  # "billion-dollar rounds"
                    number, scale = "1", groups[4]
                found.add((kind, float(number) * (1e9 if scale[0] == "b" else 1e6)))
                continue
            if kind == "ranked":  # as places in a ranking: "#1 and #10" are "first- and tenth-ranked"
                places = [float(_PLACES.get(g) or g.rstrip("stndrh")) for g in groups if g is not None]
                if places != [1.0]:  # ("the top-ranked model" alone is the leader, as any top score is)
                    found.update(("rank", place) for place in places)
                continue
            if kind == "guidance":
                found.add((kind, 0.0 if groups[0] else 1.0))
                continue
            if kind == "half":  # of a year: "the first half", "H2", "early 2025"
                said = groups[0] or groups[1] or groups[2]
                found.add((kind, 1.0 if said in _FIRST_HALF else 2.0))
                continue
            if kind == "horizon":  # in years; "the next year" is one
                span = [float(g) for g in groups[:-1] if g is not None] or [1.0]
                found.update((kind, n / 12 if groups[-1].startswith("month") else n) for n in span)
                continue
            if kind == "band":
                if groups[-1] in _TIME_NOUNS or any(g is not None and _YEAR.fullmatch(g) for g in groups[:-1]):
                    continue  # "between 2013 and 2024 papers": years, not a band
                kind_of = f"band {stem(groups[-1])}"
                numbers = [float(g) for g in groups[:-1] if g is not None]
                if asked and numbers == [1.0] and match.group().startswith("at least"):
                    # "In at least one part of their operations" asks for any (a fact's "at least one business
                    # function" still rules out "at least three").
                    continue
            else:
                kind_of = kind
                numbers = [float(g) for g in groups if g is not None]
            if len(numbers) == 2 and kind in ("tier", "level") and numbers[0] < numbers[1] <= numbers[0] + 10:
                numbers = [float(n) for n in range(int(numbers[0]), int(numbers[1]) + 1)]
            found.update((kind_of, n) for n in numbers)
    return frozenset(found)


# A variant named right after a benchmark or a model: "MMLU-Pro", "ARC-AGI-2", "SWE-bench Lite", "GPQA Diamond",
# "GPT-4o mini", "o3-mini". A fact that names the benchmark or model only in other variants has no figure for it.
_VARIANT_WORDS = rf"lite|verified|diamond|hard|full|main|text[- ]only|mini|nano|turbo|preview|plus|max|{_TIERS}"
_TIER_WORD = re.compile(rf"(?<![a-z])({_TIERS})(?![a-z])")
# (Names that are a benchmark and a variant, "mmlu-pro", are read as the two.)
_BASE_BENCHMARKS = [n for n in lexicon.BENCHMARKS if not re.fullmatch(rf".+[\s-](?:{_VARIANT_WORDS})", n)]
_BENCHMARK_VARIANT = re.compile(
    rf"(?<![\w-])({'|'.join(sorted(map(re.escape, _BASE_BENCHMARKS), key=len, reverse=True))})"
    rf"(?:[\s-]*({_VARIANT_WORDS})\b|[\s-]*v?(\d(?:\.\d)?)(?![\d%.,]|\s*(?:%|percent|points?)))?"
)
_VARIANT_BEFORE = re.compile(r"\b(full|complete|whole|entire)\s+(?:the\s+)?$")
_MODEL_VARIANT = re.compile(rf"[\s-]*({_VARIANT_WORDS})\b")


def _named_variants(text: str) -> frozenset[tuple[str, str]]:
    """The benchmarks and versioned models normalised text names, each with the variant named after it, or ""."""
    found: set[tuple[str, str]] = set()
    for match in _BENCHMARK_VARIANT.finditer(text):
        name, word, number = match.groups()
        version = f"{float(number):g}" if number else ""  # ("v2" and "2.0" are one)
        # (Or named before it: "the full BigCodeBench set" is not BigCodeBench-Hard.)
        before = _VARIANT_BEFORE.search(text, 0, match.start())
        found.add(
            (lexicon.BENCHMARKS[name], (word or version or (before.group(1) if before else "")).replace(" ", "-"))
        )
    for match in _MODEL_VERSION.finditer(text):
        family, version = _family_version(match)
        # (A tier named before the version is one too: "Claude Sonnet 4.5" is not "Claude 4.5 Opus".)
        after = _TIER_WORD.search(match.group()) or _MODEL_VARIANT.match(text, match.end())
        found.add((family + version, after.group(1) if after else ""))
    return frozenset(found)


def _variants_fit(asked: frozenset[tuple[str, str]], named: frozenset[tuple[str, str]]) -> bool:
    """Whether a fact names every variant asked of a benchmark or model it names."""
    return all(
        (name, variant) in named or all(other != name for other, _ in named) for name, variant in asked if variant
    )


# A figure asked with a part left out or only a part counted ("excluding the US", "not counting the UK", "counting
# only seed rounds") is not the whole a fact gives, unless the fact itself leaves something out; one asked "not just"
# for a part ("all NIH AI funding, not just ethics") is not the part's.
_HEDGE = re.compile(
    r"\b(?:excluding|exclude|excludes|not counting|leaving out|leave out|except for|minus the"
    r"|(?:counting|including) only|only counting|just counting)\b"
)
_TOTAL = re.compile(r"\b(?:total|overall|in all|altogether)\b")
_SHARE_OF_ALL = re.compile(r"\b(?:share|percentage|percent|fraction|proportion|%)\s+of\s+all\b")
_LEAVES_OUT = re.compile(r"\b(?:exclud\w*|not counting|except\w*|outside|leaving out)")
# "(not the corporate total, just private)": a figure ruled out by what names it.
_NOT_THE = re.compile(
    r"\bnot (?:the |a )?([a-z-]{4,}) (?:total|figure|number|one|share|amount|count|size|rate|score|level)\b"
)
# "Not the US-China gap, the actual top score", "not the change since 2022", "% not elo": a gap, ratio, change or
# unit ruled out by name.
_NOT_THE_GAP = re.compile(
    r"\bnot (?:the |a |in )?(?:([a-z-]+) )?(gap|ratio|lead|change|growth|increase|decline)\b|\bnot (?:in )?(elo)\b"
)
# A variant ruled out by a prefix: "the full (non-hard) BigCodeBench set".
_NON = re.compile(r"\(non-([a-z]{3,})\)|\bnon-([a-z]{3,}) (?:set|subset|version|variant|split|tier|track)\b")
# Examples given, to the end of their clause: "such as Nvidia Blackwell and AMD MI300X".
_FOR_EXAMPLE = re.compile(r"\b(?:such as|e\.g\.?|for example|for instance)[^.?!;]{0,60}")
# What a "not …" rules out, to the end of its clause ("not just …" adds, it rules nothing out).
_RULED_OUT_CLAUSE = re.compile(r"\bnot (?!just\b|only\b|merely\b)[^.?!,;]{0,40}")
_NOT_JUST = re.compile(r"\bnot (?:just|only|merely)(?: the| on)? ([a-z-]{3,})")


def _qualifiers_fit(asked: frozenset[tuple[str, float]], stated: frozenset[tuple[str, float]]) -> bool:
    """Whether a fact's qualifiers allow the question's: for every kind both name, the question's numbers are the
    fact's ("#1 and #20" is not the fact about #1 and #10)."""
    kinds = {kind for kind, _ in stated}
    if not all(item in stated for item in asked if item[0] in kinds - _EITHER_KINDS):
        return False
    # (Halves of a year compared, "by late 2025, and how does it compare to early 2025?": one of them is enough.)
    return all(
        any((kind, n) in stated for k, n in asked if k == kind)
        for kind in _EITHER_KINDS & kinds & {k for k, _ in asked}
    )


def _quoted_numbers(text: str) -> tuple[float, ...]:
    """Figures quoted in a question, each as written and scaled ("$5.6 million" → 5.6 and 5,600,000)."""
    found: list[float] = []
    for match in _QUOTED_NUMBER.finditer(text):
        number = float(match.group(1).replace(",", ""))
        if match.group(2) is None and number.is_integer() and 1980 <= number <= 2039:
            continue  # a year
        found.append(number)
        scale = _SCALES.get(match.group(2) or "")
        if scale:
            found.append(number * scale)
    if "$" in text or "€" in text or "£" in text:
        for match in _MONEY_SHORT.finditer(text):  # "$252B", "$4.5b"
            number = float(match.group(1))
            found += [number, number * (1e9 if match.group(2) == "b" else 1e6)]
    return tuple(dict.fromkeys(found))


def models_in_order(text: str) -> list[tuple[str, str]]:
    """The models a question names, as (family, version or tier), in the order it names them."""
    found = sorted(_model_matches(text), key=lambda item: item[0])
    return list(dict.fromkeys(model for _, model in found))


_BARE_DEEPSEEK = re.compile(r"(?<![a-z0-9'-])(?<!deepseek )([vr][1-9](?:\.\d+)?)(?![a-z0-9]|\.\d)")
_FAMILY_NAMES = {"gpt": "GPT-", "o": "o", "deepseek": "DeepSeek-", "phi": "Phi-"}


def model_name(model: tuple[str, str]) -> str:
    """A model as people write it: ("llama", "3.1") is "Llama 3.1", ("gpt", "4o") "GPT-4o"."""
    family, version = model
    lead = _FAMILY_NAMES.get(family)
    return f"{lead}{version.upper() if family == 'deepseek' else version}" if lead else f"{family.title()} {version}"


def _models(text: str, *, asked: bool = False) -> frozenset[tuple[str, str]]:
    """The models normalised text names, as (family, version). A model named by its tier ("Gemini Ultra",
    "Claude Opus") is (family, tier); a fact's text names the tier of a versioned name too, so "Claude Opus"
    finds Claude Opus 4.6, while a question naming a version asks for that version only."""
    return frozenset(model for _, model in _model_matches(text, asked=asked))


def _model_matches(text: str, *, asked: bool = True) -> list[tuple[int, tuple[str, str]]]:
    versioned = [(m.start(), _family_version(m)) for m in _MODEL_VERSION.finditer(text)]
    if "deepseek" in text:
        # "How much did DeepSeek spend to train R1?": DeepSeek's model, named by its version alone.
        named = {model for _, model in versioned}
        versioned += [
            (m.start(), ("deepseek", m.group(1)))
            for m in _BARE_DEEPSEEK.finditer(text)
            if ("deepseek", m.group(1)) not in named
        ]
    with_version = {family for _, (family, _) in versioned} if asked else set()
    tiers = [(m.start(), (m.group(1), m.group(2))) for m in _MODEL_TIER.finditer(text)]
    return versioned + [(at, model) for at, model in tiers if model[0] not in with_version]


def _family_version(match: re.Match[str]) -> tuple[str, str]:
    groups = [g for g in match.groups() if g is not None]
    return (groups[0], groups[1])


# (A sentence may end inside a quote: 'Headline: "Southeast Asia is bullish on AI." What percent …?')
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+")
# Chat's "for real" at the end of a clause is not France: "… and how many was it fr", "no cap fr 👀" ("fr ai optimism"
# still names France).
_FOR_REAL = re.compile(r"\b(?:fr )?fr\b(?=\s*(?:[^\w\s]|$))")
# "30x the UK's", "a 280x drop": so many times.
_TIMES_X = re.compile(r"\b(\d+(?:\.\d+)?)x\b")
# Chat's "in my opinion" is not the maths olympiad: "citations matter more than paper counts imo.", "imo, the US
# leads", but not "gold at the IMO", "the 2025 IMO", "IMO 2025 problems".
_IN_MY_OPINION = re.compile(
    r"(?<!the )(?<!at )(?<!on )(?<!in )(?<!an )(?<!\d )\bimh?o\b(?=\s*(?:[.,!?;:)]|$))"
    r"|(?:^|(?<=[.!?]\s))imh?o\b(?!\s+(?:gold|medal|20\d\d|problems?|scores?|results?|questions?))"
)
# A sentence that asks, though without a question mark: "what % there think so (2024)".
_ASKING = re.compile(
    r"(?:what|whats|what's|how|which|who|when|where|why|is|are|was|were|did|does|do|has|have|can|could)\b"
)
_SEEKING = re.compile(r"(?:what|whats|what's|how|which|who|when|where|why)\b|(?:by|in|to) (?:how|what|which)\b")


class Dated(NamedTuple):
    """A month (1–12) or a quarter (1–4) of a year, as a question or a fact's period names it."""

    year: int
    month: int = 0
    quarter: int = 0

    @property
    def in_quarter(self) -> int:
        """The quarter this month or quarter falls in."""
        return self.quarter or (self.month - 1) // 3 + 1


_MID_YEAR = re.compile(r"\bmid[- ]?((?:19|20)[0-9]{2})\b")


def _months(text: str) -> frozenset[Dated]:
    """The months and quarters lower-case text names: "july 2024" → July 2024, "q3 2024" → its third quarter."""
    months = {Dated(int(y), month=_MONTHS[m[:3]]) for m, y in _MONTH_YEAR.findall(text)}
    months |= {Dated(int(y), quarter=int(q)) for q, y in _QUARTER_YEAR.findall(text)}
    if "mid" in text:  # "mid-2024": June, halfway through the year
        months |= {Dated(int(y), month=6) for y in _MID_YEAR.findall(text)}
    if "quarter" in text:  # "the first quarter of 2026"
        months |= {Dated(int(y), quarter=_QUARTERS[q]) for q, y in _QUARTER_NAMED.findall(text)}
    return frozenset(months)


def _months_fit(asked: frozenset[Dated], dated: frozenset[Dated], alone: bool = False) -> bool:
    """Whether a fact dated by month or quarter has a figure for each month or quarter asked (a month falls in
    its quarter); a fact not dated by month in the year asked fits a month ("as of July 2024"), but not a
    quarter or a month said to stand alone: a quarter's or a month's figure is not the year's ("Apollo Go rides
    in Q3 2025", "incidents in March 2025 alone")."""
    for when in asked:
        same_year = {d for d in dated if d.year == when.year}
        if not same_year:
            if when.quarter or alone or (dated and min(dated) < when < max(dated)):
                return False  # (nor a month between two the fact is dated by: November 2023 of Nov 2022 → Oct 2024)
            continue
        if when in same_year:
            continue
        if when.month and any(d.quarter == when.in_quarter for d in same_year):
            continue  # July asked, the third quarter dated
        if when.quarter and not alone and any(d.month and d.in_quarter == when.quarter for d in same_year):
            continue  # the third quarter asked, September dated (but not a count over the quarter)
        return False
    return True


def _accumulates(fact: Fact) -> int:
    """Whether a fact is an amount or count summed over several years ("2013-2024"), not one year's: 2 for a sum,
    1 for a stock at a year's end ("cumulative by 2025", that year's figure unless one year's own is asked), 0."""
    years = fact.years
    if not fact.unit_key.startswith(("usd", "eur", "count")) or max(years, default=0) - min(years, default=0) < 2:
        return 0
    return 1 if "cumulative by" in fact.unit_key else 2


def _sentences(text: str) -> list[str]:
    return [part for part in _SENTENCE_END.split(text.strip()) if part]


def _asking(sentences: list[str]) -> list[int]:
    """Which sentences ask (a question mark, or a question word first: "what % think so (2024)"); beside a question
    for a figure ("how many …?", "what share …?") a yes-or-no one is a remark ("Aren't the numbers overhyped? How
    many …?", "… percentage wise? was it a big jump?")."""
    asking = _questions(sentences)
    seeking = [i for i in asking if _SEEKING.match(sentences[i])]
    return seeking or asking


def _questions(sentences: list[str]) -> list[int]:
    """Which sentences are questions: a question mark, or a question word first ("what % think so (2024)")."""
    return [i for i, part in enumerate(sentences) if part.endswith("?") or _ASKING.match(part)]


def _last_question(text: str) -> str:
    """The last sentence that asks something, or the whole text: "… Could you walk me through the obligations it
    imposes?" asks for an explanation, though it leans on the sentence before for what."""
    sentences = _sentences(text)
    asking = _asking(sentences)
    return sentences[asking[-1]] if asking else text.strip()


def _question_part(text: str) -> str | None:
    """The question of a text that has sentences of context around it (the last sentence asking one), else None."""
    sentences = _sentences(text)
    asking = _asking(sentences)
    if len(sentences) < 2 or not asking or _elliptical(sentences[asking[-1]]):
        return None
    return sentences[asking[-1]]


# The clause that asks, at the end of a sentence that first states a figure: "…, what was it back in 2022?"
_RESTATING = re.compile(
    r"(?:[,;:!?]|\.(?=\s)|\s[-—])\s*(?:(?:and|but|so|then|ok|okay)\s+)?"
    r"((?:what|whats|what's|how|which|where|who)\b(?:[^,;:.!?]|(?<=[0-9])\.(?=[0-9]))*)[?.!\s]*$"
)
_BOTH_CHAMBERS = re.compile(r"\bhouse\b.*\bsenate\b|\bsenate\b.*\bhouse\b")
# A figure stated, not a year: "reached 90.2% in 2023", "went from 3 to 44".
_CLAIMED_NUMBER = re.compile(r"(?<![\w.])(?!(?:19|20)\d{2}(?!\d))\d+(?:[.,]\d+)?")
_STATED_FIGURE = re.compile(rf"(?<![a-z0-9])(?:{_NTH}|#[0-9]+)(?![a-z0-9])|[$€£][0-9]")  # "3rd", "$170m"


# A word written as a name: a capital inside it ("picoCTF", "WebVoyager", "LibreOffice") or capitals with a digit
# ("INT8"). One Parity has never seen names a benchmark, product or company it has no figure for.
_NAME_LIKE = re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z0-9]*[a-z][A-Z][A-Za-z0-9]*|[A-Z]{2,}[0-9]+)(?![A-Za-z0-9])")


def _strangers(question: str, unknown: Iterable[str]) -> tuple[str, ...]:
    """The unknown words the question writes as names."""
    named = frozenset(t for word in _NAME_LIKE.findall(question) for t in tokens(word.casefold()))
    return tuple(t for t in unknown if t in named)


# An ordinal is understood, whether or not a fact ranks anything at it: "(the 7th one)", "4th".
_ORDINAL = re.compile(rf"{_NTH}|{'|'.join(lexicon.RANKS)}")
# The asker's age said in chat shorthand ("as a 23yo dev"): who asks, not a figure asked.
_AGE_SAID = re.compile(r"(?<![a-z0-9])[1-9][0-9]\s?(?:yo|y/o|yrs? old)(?![a-z0-9])")


def _restated(text: str) -> str | None:
    """The clause asking, where a figure is stated before it in the same sentence ("deepseek R1 was 5 pts behind o1 in
    feb 2025, how close was qwen2.5-max?"), else None."""
    # (It can start no earlier than the last mark ending a clause: search from there.)
    body = text.rstrip("?.! ")
    last = max(body.rfind(","), body.rfind(";"), body.rfind(":"), body.rfind("!"), body.rfind("?"), body.rfind(". "))
    match = _RESTATING.search(text, max(last, 0))
    if match is None or _quoted_numbers(_MODEL_VERSION.sub(" ", match.group(1))):
        return None  # (one that quotes a figure of its own is no follow-up: "…, what about 45%?")
    stated = _MODEL_VERSION.sub(" ", text[: match.start()])
    figure = _quoted_numbers(stated) or _STATED_FIGURE.search(stated) or _NUMBER_WORD.search(stated)
    return match.group(1) if figure else None


def _elliptical(sentence: str) -> bool:
    """A question that leans on the sentences before it for what it asks about ("What was it?", "what was the best
    score any system got on it?"): they say what is asked, so they are not mere context."""
    content = [t for t in tokens(sentence) if t not in _STOP and t not in _CHECKING and not t.isdigit()]
    words = _TOKEN.findall(sentence)
    if _CHECKS_CLAIM.match(sentence):
        return True  # "Is that the right figure and unit?", "Is that what the AI Index says …?"
    # ("Is that accurate?" leans on the claim before it; in a longer sentence "that" is more often a relative pronoun.)
    if not content or (len(words) <= 5 and "that" in words):
        return True
    # (A sentence that names its own subject uses "it" for that: "How many trips was Waymo logging, and how does it
    # compare to early 2025?")
    # ("How does that stack up against humans?", "Does the report put a number on that?": "that" the claim before.)
    # ("How many such state-level laws does the index count?": "such" the ones just named.)
    pointing = any(w in _ANAPHORS or w == "such" for w in words) or bool(_THAT_CLAIM.search(sentence))
    return pointing and not find_entities(sentence)[0] and not _BENCHMARK_RE.search(sentence)


_THAT_CLAIM = re.compile(
    r"\b(?:say|says|said|on|with|about|does|did|is|was|of|confirm|back up|agree with) that"
    r"(?=\s*(?:[?,.!;]|$|and\b|stack|compare|hold|mean|right|true|correct|accurate))"
    # ("How many billion $ is that thing supposed to be?": the thing named before.)
    r"|\b(?:that|this) (?:thing|one|project|program|programme|initiative|fund|plan|deal|model)\b"
)


_ANAPHORS = frozenset({"it", "this", "those", "these", "them"})
_ANAPHORS_OR_THEIRS = _ANAPHORS | {"its", "their"}
_PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
# Words that ask how many times one figure is another: "by what factor", "10x China's" ("10 times").
RATIO_WORDS = frozenset({"ratio", "factor", "time"})
# A figure quoted from someone else ("a site said it is 'more than 300 pages'") is a claim to check, not which figure is
# meant.
_QUOTED_CLAIM = re.compile(r"(?<![a-z0-9])['\"“‘]([^'\"“”‘’]*[0-9][^'\"“”‘’]*)['\"”’](?![a-z])")
# A claim to check: "…, right?", "is that true?", "does the report agree?"
_CHECKED = re.compile(
    r"\b(?:right|true|correct|accurate)\s*\?|\b(?:is|was) (?:that|this|it) (?:right|true|correct|accurate)\b"
    r"|\b(?:true|right|correct) that\b|\bcan you (?:check|confirm|verify)\b|\bis that what\b"
    r"|\b(?:does|do|did) (?:the )?(?:ai index|index|report|data) (?:agree|say so|confirm|back (?:that|this) up)\b"
)
# Who made a claim, before the verb that reports it: "someone in a meetup said …".
_CLAIM_SOURCE = re.compile(rf"(?:^|[.!?;,]\s*)([^.?!;,]{{0,60}}?)\b(?:{_REPORTED}|wrote|writes|posted|tweeted)\b")
# The AI Index named as the figure's source: "what does the AI Index itself report?", "per the AI Index".
_INDEX_ITSELF = re.compile(r"(?<=\bai index) itself\b|(?<=\breport) itself\b")
_INDEX_SAYS = re.compile(
    r"\bai index (?:put|puts|say|says|said|gave|gives|estimated?|estimates|reports?|reported|itself)\b"
    r"|\b(?:per|according to) the ai index\b"
)
# A place or organisation asked for, and a state of the US asked for.
_WHO_ASKED = re.compile(r"\b(?:who|which|what (?:country|state|nation|region|company|lab))\b")
_WHICH_STATE = re.compile(r"\b(?:which|what) (?:us |u\.s\. |american )?states?\b")
# A claim about who leads: "X topped …", "X has the most …".
_LEADER_CLAIM = re.compile(
    r"\b(?:topped|tops|led|leads|came first|ranked first|ranks first|number one|no\. 1"
    r"|(?:has|had|have) the (?:most|highest|largest|biggest|top))\b"
)
# What someone said ("Sam Altman said over 100M, I want the Index number"), to the end of its sentence or clause.
_CLAIMED = re.compile(rf"\b(?:{_REPORTED}|heard)\b[^.?!,;]*")
# A claim the asker read or saw: "I read that the 2025 AI Index is over 500 pages long" (not a band of page counts).
_I_READ = re.compile(r"\bi (?:read|saw|have read|have seen|was told)(?: somewhere)?(?: that)?\b[^.?!,;]*")
# A question about the claim just made: "Is that the number that edition gave?", "Was this right?"
_CHECKS_CLAIM = re.compile(r"(?:so |and |but |ok |okay )?(?:is|was|are|were|does|did|do) (?:that|this|those|these)\b")
# Words that check a claim made before, and ask nothing themselves: "sounds low, what's the real number?"
_CHECKING = frozenset(
    {"real", "actual", "number", "figure", "true", "correct", "accurate", "right", "wrong", "sound", "low", "high"}
    | {"off", "exact", "official", "legit", "really", "seem", "check", "verify", "confirm"}
    | {"report", "say", "said", "digit", "drop"}  # "Does the report say 30?", "Did they drop a digit?"
)


# A sentence after the question saying why it is asked: "… ? trying to decide if I should read the whole thing".
_WHY_ASKED = re.compile(
    r"(?:(?:i'?m|im|i am|just|kinda|kind of|sort of|mostly|really) )?"
    r"(?:tryna|trying to|try to|want to|wanna|wanting to|hoping to|planning to|need to decide|deciding"
    r"|asking (?:because|cause|cuz|since|for)"
    r"|for (?:a|an|my|our) (?:class|essay|paper|talk|article|report|thesis|blog))\b"
)


def _context_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Words only in the sentences around a question: those of every sentence that asks no figure, remarks
    included ("Aren't the numbers overhyped? How many …?"), which don't make the question off-topic; and those of
    the sentences before it that ask nothing at all, which say why it is asked rather than what and weigh less
    ("Doing a lit review. How many …?"; after the question they often finish the ask: "… exact date pls")."""
    sentences = _sentences(text)
    asked = _asking(sentences)
    if not asked or len(asked) == len(sentences) or _elliptical(sentences[asked[-1]]):
        return frozenset(), frozenset()
    in_question = frozenset(tokens(" ".join(sentences[i] for i in asked)))
    said = frozenset(tokens(" ".join(part for i, part in enumerate(sentences) if i not in asked))) - in_question
    questions = _questions(sentences)
    # (So does a claim said after it: "How many chapters does it have? I heard it's eight, same as before.")
    aside = [
        part
        for i, part in enumerate(sentences)
        if i not in questions
        and (i < questions[-1] or _CLAIMED.search(part) or _CLAIM_SOURCE.search(part) or _WHY_ASKED.match(part))
    ]
    before = frozenset(tokens(" ".join(aside))) - frozenset(tokens(" ".join(sentences[i] for i in questions)))
    return said, before


def _containers(label_text: str) -> frozenset[str]:
    """The plural nouns a label places what it counts in, stemmed: "AI witnesses at US congressional hearings" →
    {"hearing"}. A count of witnesses is not a count of hearings."""
    found = _IN_PLACE.search(label_text)
    return frozenset(_plural_nouns(label_text, found.end())) if found else frozenset()


_IN_PLACE = re.compile(r"\b(?:at|in|on|before|across|during)\s")


def _part_share(metric: str) -> frozenset[str] | None:
    """What a share is a share of, where its metric names a part ("ai-phds.industry-share" → {"industry", "companies",
    …}), stemmed, with the other words questions say it in."""
    last = metric.rsplit(".", 1)[-1]
    if not last.endswith("-share"):
        return None
    words = [w for w in last.removesuffix("-share").split("-") if w not in ("global", "of")]
    part = frozenset(stem(w) for w in words) | {other for w in words for other in _PART_WORDS.get(w, ())}
    return part or None


# Other words for the part a share is of, as questions say it: "models from companies" are industry's share.
_PART_WORDS = {
    "industry": ("company", "companies", "business", "businesses", "corporate", "firms", "private"),
    "three": ("3",),
    "five": ("5",),
    "female": ("women", "woman"),
    "cs": ("computer",),
    "defense": ("defence", "military"),
}


def _named_slots_fit(query: Query, doc: _Doc) -> bool:
    """Whether the fact is about every measure, benchmark and versioned model the question names, each
    a slot as strict as a place: "how much did it cost to train Grok 4?" is not answered with its
    emissions, "Claude 3.5 Sonnet on MMLU" not with its HELM Safety score, "Claude 3 Opus" not with
    Claude 4.5 Opus's. Two measures named are both asked ("women's share of new AI PhDs"), but a cost beside another
    is a figure of speech ("the carbon cost of training Grok 4")."""
    measures = query.measures - {"money"} if query.measures & _PHYSICAL else query.measures
    return (
        measures <= doc.measures
        and all(
            measure in query.measures or not words.isdisjoint(query.words)
            for measure, words in _NARROWING.items()
            if measure in doc.measures
        )
        and (not query.benchmarks or bool(query.benchmarks & doc.benchmarks))
        and (not query.models or _same_model(query.models, doc.models))
    )


def _measures_named(text: str) -> frozenset[str]:
    """The measures a question names (lexicon.MEASURES). A phrase matches only where all its words are words of the
    text, so a measure's regex is run only where one word of each of its phrases (the longest) is."""
    tried = {key for word in set(_ALNUM.findall(text)) for key in _MEASURES_BY_ANCHOR.get(word, ())}
    return frozenset(key for key in tried.union(_ALWAYS_TRIED) if _MEASURE_ASKED[key].search(text))


def _qualified_out(query: Query, doc: _Doc) -> bool:
    """Whether the question says which figure it means in a way that makes the fact's another: a qualifier the fact
    states otherwise ("FrontierMath tiers 1-3", not Tier 4), a variant it does not name ("MMMU-Pro", "o3-mini"), a
    part left out or asked beyond ("growth excluding the US", "all NIH funding, not just ethics"), a total where the
    fact is a rate per person or a growth ("South Korea's total AI patents", "how many AI PhDs in total"), one year's
    share where it is a change between two ("China's share seeing AI as net positive in 2025"), or a share of all
    where it is a count ("what percentage of all clinical trials mentioned AI")."""
    unit = doc.fact.unit_key
    # (An age group asked is a part of those surveyed: a fact that states no age band is about everyone.)
    qualifiers = query.qualifiers
    if qualifiers:
        if any(kind == "age" for kind, _ in qualifiers) and not any(kind == "age" for kind, _ in doc.qualifiers):
            return True
        # (So is a pair of places in a ranking: "the gap between #1 and #10" is not a gap between two countries.)
        if sum(kind == "rank" for kind, _ in qualifiers) >= 2 and not any(kind == "rank" for kind, _ in doc.qualifiers):
            return True
        if (
            not query.extreme
            and not query.entities  # ("How much did the UK, in third place, get?" says where the UK ranks)
            and any(kind == "rank" and place > 1 for kind, place in qualifiers)
            and not any(kind == "rank" for kind, _ in doc.qualifiers)
        ):
            return True  # (and a place below the top outside a ranking asked: "what did the second-place team score?")
        if query.checks:
            # (A claim checked about the fact's own measure is its figure, not a qualifier: "ESM3 has 15 billion
            # parameters, right?" is ESM3's parameter count, not a 15-billion-parameter model.)
            qualifiers = frozenset((kind, v) for kind, v in qualifiers if kind not in unit)
    return (
        (bool(qualifiers) and not _qualifiers_fit(qualifiers, doc.qualifiers))
        or (bool(query.variants) and not _variants_fit(query.variants, doc.variants))
        or (query.hedged and not doc.leaves_out)
        # ("Not just ethics": a fact named for the part; one that only mentions it, a whole, is what is asked.)
        or any(doc.tiers.get(word, 0.0) >= 1.0 for word in query.not_just)
        or (
            query.total
            and (
                ("per person" in doc.measures and "per person" not in query.measures)
                or (unit.startswith(_CHANGE_UNITS[:3]) and not _CHANGE_ASKED.search(query.text))
            )
        )
        or (
            query.share
            and len(query.years) == 1
            and len(doc.fact.years) == 2
            and unit.startswith(_CHANGE_UNITS)
            and not _CHANGE_ASKED.search(query.text)
        )
        or (query.share and query.share_of_all and unit.startswith(("count", "usd", "eur")))
        # ("What share of AI patents went to South Korea": not its patents per 100,000 people.)
        or (
            query.share
            and "per person" in doc.measures
            and "per person" not in query.measures
            and not unit.startswith("percent")
        )
    )


def _measures_of(fact: Fact) -> tuple[frozenset[str], frozenset[str]]:
    """The measures a fact is: those its unit or name says, and those its statement or notes give where a measure is
    read that far (lexicon.Measure.read_from); and, of them, those only its statement or notes give."""
    named = f"{fact.unit} {fact.label} {fact.metric}".casefold()
    told = f"{named} {fact.statement}".casefold()
    texts = {"name": named, "statement": told, "notes": f"{told} {fact.notes}".casefold()}

    def gives(key: str, text: str) -> bool:
        marks = lexicon.MEASURES[key].marks
        return any(mark.lstrip() in text for mark in marks) and _MEASURE_MARKS[key].search(text) is not None

    by_name = frozenset(key for key in lexicon.MEASURES if gives(key, named))
    only_told = frozenset(
        key
        for key, measure in lexicon.MEASURES.items()
        if key not in by_name and measure.read_from != "name" and gives(key, texts[measure.read_from])
    )
    return by_name | only_told, only_told


def _benchmarks(text: str) -> frozenset[str]:
    """The benchmarks normalised text names, by key."""
    return frozenset(lexicon.BENCHMARKS[m.group(1)] for m in _BENCHMARK_RE.finditer(text))


def _same_model(asked: frozenset[tuple[str, str]], named: frozenset[tuple[str, str]]) -> bool:
    """Whether a fact names a model asked about: "Llama 3" covers Llama 3.1, GPT-4 is not GPT-4o."""
    return any(
        family == other and (version == named_version or named_version.startswith(version + "."))
        for family, version in asked
        for other, named_version in named
    )


# A part of a figure quoted asked for: "of the 537 trials, how many …", "how many of the 1,521 papers …", "grew 25.5%.
# How much of that was …?"
_OF_FIGURE = re.compile(
    r"\b(?:of|out of|among) (?:the |those |these |all |its |their )?"
    r"(?:(?:[\w.-]+ ){0,3}[\w.-]+'s )?"  # "of Saudi Arabia's $100 billion", "of the IndiaAI Mission's $1.25 billion"
    r"(?:(?:roughly|about|around|nearly|almost|over|some|more than|~) ?)?(?=[$€£]?[0-9])"
)
_PART_ASKING = re.compile(
    r"\b(?:how (?:much|many)|what (?:share|part|portion|fraction|proportion|percent|percentage))\b"
)
_OF_THAT = re.compile(rf"{_PART_ASKING.pattern} of (?:that|this|it|those|these|them)\b")


def _wholes(text: str) -> tuple[float, ...]:
    """The figures quoted as a whole of which the question asks a part."""
    asking = _PART_ASKING.search(text)
    if asking is None:
        return ()
    if (pointing := _OF_THAT.search(text, asking.start())) is not None:
        return _quoted_numbers(text[: pointing.start()])
    return tuple(
        number for match in _OF_FIGURE.finditer(text) for number in _quoted_numbers(text[match.end() :][:24])[:2]
    )


def _quotes_value(values: tuple[float, ...], numbers: tuple[float, ...]) -> bool:
    """Whether a figure quoted in the question is one of the fact's, allowing for rounding."""
    return any(abs(v - n) <= VALUE_TOLERANCE * abs(v) for v in values if v for n in numbers)


# "Who" and "where" ask which only where a question or clause starts with them: in "people who think …" or
# "countries where …" they are relative pronouns.
# (And a fraction is no place: "about a third of countries", "two-thirds".)
_BOUNDS = re.compile(
    r"\bat (?:least|most)\b"
    r"|\b(?:a|one|two|three|four)[- ](?:third|fifth|sixth|eighth|tenth)s?\b"
)
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "where"})
_ASKS_WHO = re.compile(r"(?:^|[.?!,;:(]\s*)(?:and |so |but |ok |okay )?(?:who|whom|where)\b")


_MAJORITY = re.compile(r"\b(?:did|do|does|are|were|have|had|will|would|can|could) most (?!of the )[a-z]+s\b")


# A superlative a place in the ranking qualifies: "the third most", "second-largest".
_RANKED_SUPERLATIVE = re.compile(
    r"\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-]+(?:most|highest|largest|biggest|top)\b"
)
_PART_OF_YEAR = re.compile(r"\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th) (?:half|quarter)\b")


def _ranking(text: str, raw_words: Sequence[str], entities: Sequence[str]) -> tuple[int, int, tuple[str, ...]]:
    """ "Which country … the most / least", "the third …", "… after China": the direction of a ranking
    asked for (1, -1, or 0 for none), the place in it, and places left out of it."""
    # "At least one", "at most": a bound, not a ranking; nor is "the second half of 2025" a second place.
    if _PART_OF_YEAR.search(text):
        text = _PART_OF_YEAR.sub(" ", text)
        raw_words = _TOKEN.findall(text)
    raw_words = _TOKEN.findall(_BOUNDS.sub(" ", text)) if _BOUNDS.search(text) else raw_words
    if _MAJORITY.search(text):
        raw_words = [w for w in raw_words if w != "most"]  # "did most companies use AI?": a majority, no ranking
    rank = next((lexicon.RANKS[t] for t in raw_words if t in lexicon.RANKS), 1)
    if rank == 2 and "second to " in text:
        rank = 1  # "second to the US": the first of the rest, the US left out below
    most = any(t in lexicon.MOST_CUES for t in raw_words)
    least = any(t in lexicon.LEAST_CUES for t in raw_words)
    # "The least optimistic country", "the most expensive model": a superlative next to a kind of place
    # or thing asks "which" without saying it.
    which = (
        any(t in lexicon.WHICH_CUES for t in raw_words if t not in _RELATIVE_PRONOUNS)
        or bool(_ASKS_WHO.search(text))
        or (
            any(t in lexicon.PLACE_KINDS for t in raw_words)
            and (rank > 1 or any(t in lexicon.SUPERLATIVES for t in raw_words))
        )
        or (
            any(t in lexicon.THING_KINDS for t in raw_words) and any(t in lexicon.THING_SUPERLATIVES for t in raw_words)
        )
    )
    # "… the most robots after China": China is left out of the ranking, not asked about; so are the US and
    # China in "notable models after the US and China", which asks who comes next.
    excluded = _excluded(text, entities)
    if not which and not (rank > 1 and (most or least)):
        # ("Was China close behind the US?" compares the two places named: no ranking.)
        ranked = excluded and not least and (most or not set(entities) - set(excluded))
        return (1, 1, excluded) if ranked else (0, 1, ())
    if most or (rank > 1 and not least):
        extreme = 1  # "which country is third in …" ranks from the top
    elif least:
        extreme = -1
    else:
        return (1, 1, excluded) if excluded else (0, 1, ())
    if any(t in lexicon.OPPOSITES for t in raw_words):
        extreme = -extreme  # "the most skeptical" is the least optimistic
    return extreme, rank, excluded


def _excluded(text: str, entities: Sequence[str]) -> tuple[str, ...]:
    """The places named right after "after", "behind", "except" …, one or a list of them."""
    excluded: list[str] = []
    for cue in _EXCLUDE_RE.finditer(text):
        at = cue.end()
        while follow := _ENTITY_RE.match(text, at):
            if _ENTITY_OF[follow.group(1)] in entities:
                excluded.append(_ENTITY_OF[follow.group(1)])
            joined = _LIST_JOIN.match(text, follow.end())
            if joined is None:
                break
            at = joined.end()
    return tuple(dict.fromkeys(excluded))


def _sorted_in_pieces(items: Iterable[_Sortable]) -> list[_Sortable]:
    """``sorted(items)`` for strings (or tuples starting with one), done one first character at a time.

    One sort of a large knowledge base's vocabulary is a single C call that holds the GIL, and so the
    event loop, for tens of milliseconds while the matcher is built in its thread; many small sorts
    let the loop run in between.
    """
    buckets: dict[str, list[_Sortable]] = {}
    for item in items:
        text = item if isinstance(item, str) else item[0]
        buckets.setdefault(text[:1], []).append(item)
    ordered: list[_Sortable] = []
    for first in sorted(buckets):
        ordered.extend(sorted(buckets[first]))
    return ordered


def _counted(text: str) -> str | None:
    """The noun a "how many …" question counts, stemmed ("how many AI regulations" → "regulation")."""
    match = _HOW_MANY.search(text)
    if match is None:
        return None
    # The first plural noun, as in a label: "how many federal agencies …" counts agencies. A unit
    # ("how many points / dollars …") says how the figure is measured, not what is counted.
    # (A plural abbreviation counts what it stands for: "how many regs" counts regulations.)
    words = [
        f"{lexicon.SYNONYMS[w][0]}s" if w.endswith("s") and len(lexicon.SYNONYMS.get(w, ())) == 1 else w
        for w in _TOKEN.findall(match.group(1) or "")
    ]
    if words and words[0] in _AUXILIARIES:
        return None  # "how many did US federal agencies issue": the agencies are who issued, not what is counted
    if words and words[0] == "of":
        # "How many of 2025's $1B-plus AI rounds went to Chinese companies?" counts the rounds.
        words = [
            w
            for w in _TOKEN.findall(text, match.start(1))[:10]
            if not any(c.isdigit() for c in w) and w not in _PART_OF_WORDS
        ]
    head = _head(" ".join(words))
    return None if head in _UNIT_NOUNS else head


_PART_OF_WORDS = frozenset({"of", "the", "those", "these", "all", "its", "their", "s", "plus"})
_AUXILIARIES = frozenset({"did", "do", "does", "were", "was", "are", "is", "have", "has", "had", "will", "would"})


def _expand(text: str) -> str:
    """Append the curated synonyms of phrases found in the text."""
    extra = [w for m in _SYNONYM_RE.finditer(text) for w in lexicon.SYNONYMS[m.group(1)]]
    return f"{text} {' '.join(extra)}" if extra else text


def _inflections(token: str) -> list[str]:
    """Base forms to try for an unknown word: used → use, growing → grow, rapidly → rapid."""
    forms = []
    if len(token) > 4:
        if token.endswith("ied"):
            forms.append(token[:-3] + "y")
        if token.endswith("ed"):
            forms += [token[:-1], token[:-2]]
        if token.endswith("ing"):
            forms += [token[:-3], token[:-3] + "e"]
        if token.endswith("ly"):
            forms.append(token[:-2])
        if token.endswith("er"):
            forms += [token[:-2], token[:-1]]
    return forms


# Words of a measure used to describe something else: "PhD-level questions" are hard ones, not doctoral degrees;
# "the 405-billion-parameter model" names a model, not a count of parameters asked.
_NOT_MEASURES = re.compile(
    r"\bph\.?d\.?[- ]?(?:level|experts?|trained)\b"
    r"|\bnot (?:just|only|merely) (?:the |on )?[a-z-]+(?: ai)?\b"  # a part asked beyond: "not only generative AI"
    r"|\b[0-9.]+[- ]?(?:b|bn|billion|m|million|t|trillion)[- ]parameters?\b"
    r"|\bput in(?:to)? service\b"  # robots "put into service" are installed, not invested in
    r"|\b(?:was|were) (?:it|they) trained on\b"  # what a model learnt from, not a training run
    r"|\b(?:put|pumped|released) into the (?:air|atmosphere)\b"  # emissions, not money
    r"|\bmiles (?:ahead|behind|better|worse|away|apart|off)\b"  # a lead "miles ahead" is not a distance
    r"|\bthan [^.?!]{1,40} (?:would|might) (?:predict|suggest|expect)\b"  # "than its income would predict": no forecast
    r"|\b(?:time|\d+[- ]?h|\d+[- ]?hours?|(?:one|two|eight)[- ]hours?|compute|token|error) budgets?\b"  # not money
    # Where in the report, not what is asked: "as reported in the science and medicine chapter".
    r"|\b(?:science and medicine|science|medicine|economy|education|policy(?: and governance)?|public opinion"
    r"|r&d|research and development|technical performance|responsible ai) chapters?\b"
    r"|\bchapters? on (?:science and medicine|science|medicine|the economy|education|policy|public opinion)\b"
)
_BY_PLACE = re.compile(r"\b(?:by|per|across|each) (?:country|countries|region|regions|nation|nations)\b")
# "How many models will the US release in 2026": a year to come, never the edition of that name.
_FUTURE_YEAR = re.compile(r"\b(?:will|gonna|going to)\b[^.?!]*?\b(?:in|by|during|for) ((?:19|20)\d{2})\b")
_ABSOLUTE = re.compile(
    # "the headcount, not the %" (a change ruled out is not a share ruled out: see _NOT_THE_GAP)
    r"\bnot (?:the |a |as a )?(?:%|(?:percent|percentage|share|rate)\b)"
    r"|\b(?:absolute (?:numbers?|terms|count|figures?|units)|raw (?:number|count)s?)\b"
    r"|\b(?:as|in) an? (?:actual |raw |real )?(?:number|count|headcount)\b"  # not "what's the actual number?"
    r"|\bexactly how many\b"
    r"|\b(?:actual|raw|absolute) (?:number|count|headcount) of\b"  # "the actual number of new AI PhDs", not growth
    # "… in 2024, the actual number" said at the end
    r"|[,;(?.!-] *(?:the |an? )?(?:actual|raw|real|absolute) (?:number|count|headcount)\)?[\s?.!]*$"
    r"|\b(?:in )?units\)?[\s?.!]*$"  # "taiwan robot installations 2024 units"
    r"|\((?:as )?an? (?:count|number)\)"  # "how many strategies were adopted in 2024 (a count)?"
    r"|\bin numbers\b"
)
# A share ruled out for the change in it, which is no count asked: "not the % solved, the gain".
_SHARE_FOR_CHANGE = re.compile(
    r"\bnot (?:the |a )?(?:%|percent\b)[^.?!,]{0,30},? (?:just )?the "
    r"(?:gain|jump|increase|rise|change|growth|improvement)\b"
)
# "The number of AI M&A deals": a count, unless the question asks how it changed ("how much did the number of
# CS students change").
_NUMBER_OF = re.compile(
    r"\bnumber of (?:[\w&-]+ ){0,3}(?:deals|people|users|workers|employees|companies|firms|students)\b"
)
_MONTHS = {name: number for number, name in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_MONTH_NAMES = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_NAMES})\.?,?\s+((?:19|20)\d{{2}})\b")
# A count over a month ("incidents logged in December 2025", "the count for December 2025"), not a level as of it.
_IN_MONTH = re.compile(
    rf"\b(?:in|for|during|over) (?:the month of |the )?(?:{_MONTH_NAMES}|q[1-4]|[a-z0-9]+ quarter)\.?,?\s+(?:of )?"
    r"(?:19|20)\d{2}\b"
)
# Where the asker is: "I'm a teacher in Kenya", "I'm from Brazil", "as a student in Berlin", "I live in Ohio".
# A place said to rank behind another: "came second, right behind the US" (the US is named after the rank).
_PLACED_BEHIND = re.compile(
    rf"\b(?:came|ranked|ranks|placed|finished|is|was|sits|sat)\s+(?:in\s+)?(?:{_NTH}|second|third|fourth|fifth)"
    r"\b[^.?!;]*?\b(?:behind|after|trailing)\s+([^.?!;]{1,40})"
)
_RANK_ASKED = re.compile(
    r"\b(?:what|which)(?:'s| is| was)? (?:(?!of\b)[\w'-]+ ){0,3}(?:rank|place|position)\b"
    r"|\bwhere did (?:it|they) (?:rank|place|come)\b"
)
_SELF_PLACE = re.compile(
    r"(?:\b(?:i'm|i am|im|we're|we are)\s+(?:an?\s+[\w-]+(?:\s+[\w-]+){0,2}\s+)?"
    r"|\b(?:i|we)\s+(?:live|work|teach|study)\s+"
    # ("I maintain an open-source library in Brazil", "we run a startup in Kenya")
    r"|\b(?:i|we)\s+(?:maintain|run|lead|manage|build|develop|coach|mentor|organi[sz]e)\s+(?:an?|the|my|our)\s+"
    r"[\w-]+(?:\s+[\w-]+){0,2}\s+"
    r"|\bas an?\s+(?!share|percent|percentage|proportion|fraction|ratio|whole|result|total)[\w-]+(?:\s+[\w-]+)?\s+)"
    r"(?:in|from|based in|living in)\s+[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?"
)
# A sentence where the asker says who they are, whose contest or benchmark is theirs, not the one asked about: "I coach
# a math olympiad club in Vietnam. By how many points did the best US model lead on MATH?"
_INTRODUCING = re.compile(
    r"(?:^|(?<=[.!] ))(?:i|we)(?:'m| am| are|'re)? "
    r"(?:coach|teach|run|lead|organi[sz]e|mentor|study|work|volunteer|an? )[^.?!]*[.!]"
)
# A source described by where it is from: "a Gulf business site", "an American tech blog", "some Korean newspaper".
_SOURCE_PLACE = re.compile(
    r"\b(?:a|an|one|some|this|that)\s+(?:[a-z][a-z'-]*\s+){1,2}?(?:(?:business|tech|news|financial|trade|policy)\s+)?"
    r"(?:site|website|blog|newspaper|outlet|magazine|podcast|newsletter|channel|journalist|reporter|columnist"
    r"|think tank|youtuber|influencer)s?\b"
)
_BEYOND = re.compile(r"\b(?:understat|undercount|underestimat|on top of|beyond|besides|rather than|instead of)")
_MONEY_UNITS = ("usd", "eur", "cad", "gbp", "cny")
_CHANGE_UNITS = ("percent growth", "percent increase", "percent decline", "percentage point", "points")
# Questions about Parity itself, and opinions asked outright: "what model are you running on?", "is the EU AI Act
# good or bad for startups?"; and "what's the difference between open-weight and open-source models?".
_ABOUT_PARITY = re.compile(
    r"\b(?:are you|who made you|who built you|what are you|you running on|your (?:model|creator|source code))\b"
    r"|\bgood or bad\b|\bis it worth\b"
)
_DIFFERENCE = re.compile(
    r"(?:what(?:'s| is| are)? )?(?:the )?(?:difference|different|diff)s? between [a-z\s-]+ and [a-z\s-]+\??$"
)
# "Why do language models make stuff up?", "explain transformers", "what does RLHF stand for": a reason or a
# definition, not a figure.
_EXPLAIN = re.compile(
    r"(?:but |so |and |ok |okay )?why\b"
    r"|(?:can you |could you |pls |please )?(?:explain|define|walk (?:me|us) through)\b"
    # "what is a …?", "wat is a large language model exactly lol"
    r"|wh?at(?:'s|s| is| even is| exactly is) (?:even |exactly )?an? [\w-]+(?: [\w-]+){0,2}(?: in [\w-]+ terms)?"
    r"(?: (?:exactly|really|anyway|again|lol|lmao|tho|though))*\s*\??$"
    r"|what (?:does|do) [\w\s'\"-]{1,30} (?:mean|stand for)\b"
    # A method asked: "how does Chatbot Arena actually calculate its ratings?"
    r"|how (?:does|do) [\w\s'-]{1,40}? (?:actually )?(?:work|calculate|compute|measure|define|decide|score)\b"
)
_ASKS_PERSON = re.compile(
    r"\bwho\s+(?:\w+\s+)?(?:founded|co-?founded|invented|coined|owns|runs|fired|hired|wrote|started|created|made)\b"
    r"|\bwho (?:built|developed|designed)\b"
    r"|\bwho(?:'s| is| was)\s+(?:the\s+)?(?:ceo|founder|co-?founder|head|boss|chief|leader|inventor|creator)\b"
    # (Not who is asking: "I'm the founder of a small startup", "as CEO of a clinic".)
    r"|(?<!\bi'm the )(?<!\bi am the )(?<!\bi'm a )(?<!\bi am a )(?<!\bas the )(?<!\bas a )(?<!\bas )(?<!\bim the )"
    r"(?<!-)\b(?:ceo|co-?founders?|founders?|inventor|creator) of\b"
)
_QUARTER_YEAR = re.compile(r"\bq([1-4])\s*(?:of\s+)?((?:19|20)\d{2})\b")
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "last": 4}
_QUARTER_NAMED = re.compile(rf"\b({'|'.join(_QUARTERS)}) quarter (?:of |in )?((?:19|20)\d{{2}})\b")
# A change asked of a share ("how much did optimism rise in China?"); "more … than" compares, it asks no change.
_SHIFT_ASKED = re.compile(
    r"\b(?:chang|ris|rose|grow|grew|increas|jump|drop|fell|fall|declin|point|since|shift|gain|becom|became|mov|swing)"
    r"\w*|\b(?:up|down)\b"
)
_CHANGE_ASKED = re.compile(
    r"\b(?:grow|grew|grown|growth|increase[ds]?|rise|rose|risen|jump(?:ed)?|change[ds]?|more|fewer|new|up|down"
    r"|drop(?:ped)?|fall|fell|fallen|decline[ds]?|shrink|shrank|add(?:ed)?|gain(?:ed)?|boost|surge[ds]?|than"
    r"|climb(?:ed|s)?|decrease[ds]?|points|improve[ds]?|since)\b"
)
# A clause that sets a figure against an earlier one asks both years: "how did it change from 2022?"
_SHIFTED = re.compile(rf"{_SET_AGAINST.pattern}|{_CHANGE_ASKED.pattern}|\b(?:from|between|over)\b")
# Asking for advice or for a piece of work, not a figure: "best model for coding rn?", "draft a tweet about …".
_RECOMMENDATION = re.compile(
    r"\bbest (?:[\w-]+ ){0,2}(?:model|models|llm|llms|ai|tool|tools|chatbot|chatbots|app|apps|gpu|gpus|framework"
    r"|assistant|assistants|agent|agents)"
    # ("The best model to use", but "how close is the best model to human experts" compares.)
    r" (?:for|to (?:use|buy|run|learn|try|pick|choose|get|start|deploy|download|install))\b"
    r"|\bshould i (?:use|buy|learn|pick|choose|switch)\b|\brecommend(?:ation)?s?\b"
    # ("Should my small firm start using generative AI?")
    r"|\bshould (?:i|we|my|our) (?:[\w-]+ ){0,2}(?:start|stop|use|adopt|invest|buy|switch|ban|allow|hire)\b"
    # A definition: "What exactly is meant by the term 'foundation model'?"
    r"|\b(?:is|are) meant by\b|\bwhat does (?:the )?(?:term|word|phrase|acronym)\b|\b(?:the )?definition of\b"
    r"|\bhow (?:do|can|should|would) i\b|\bhow to\b"  # a how-to, not a figure
    r"|\b(?:newest|latest|current) version of\b"
    r"|\b(?:do|don't|dont) you (?:think|reckon|believe)\b|^you (?:think|reckon)\b|\byour (?:opinion|view|take)\b"
    # A personal or geopolitical prediction: "will AI take my job?", "who will come out on top?"
    r"|\bwill (?:ai|it|robots?|chatgpt|automation) (?:take|replace|steal|kill|eliminate|end) (?:my|our|your)\b"
    r"|\bwill i\b|\bwho(?:'s| is)? (?:will|going to|gonna)\b"
    r"|\b(?:will|going to|gonna) be (?:the )?next\b"  # "Which AI startup will be the next to go public?"
    # Advice for the asker, or a joke: "what should my company's AI policy say?", "tell me a joke about GPUs".
    r"|\bwhat should (?:i|we|my|our)\b|\b(?:tell|give) (?:me|us) (?:a|some|another) jokes?\b|\ba joke about\b"
    # ("What does my startup need to do to comply with the EU AI Act?")
    r"|\b(?:i|we|my [\w-]+|our [\w-]+) (?:need|needs|have|has) to do\b"
    # An opinion asked: "should AI be a required subject like in China? thoughts", "is it ethical to …?", "does AI make
    # YOU nervous?" (but "is it right that 81% …?" checks a figure, and "should AI be part of CS, according to
    # teachers?" asks what a survey found)
    r"|\b(?:any )?thoughts\s*\??\s*$|^(?:but |so )?is it (?:ethical|moral)\b"
    r"|\b(?:make|makes) (?:you|u) (?:nervous|scared|worried|anxious|happy|excited)\b"
)
# "How good is the best AI at reading clocks?" asks how well it does, not which to use.
_HOW_GOOD = re.compile(r"\bhow (?:good|well|accurate|close|far) (?:is|are|was|were|does|do|did|can)\b")


# A yes-or-no forecast: "r open source models gonna overtake closed ones next year?", "will China catch up by 2030?"
_PREDICT_VERBS = (
    r"(?:overtake|surpass|catch up|win|beat|scrap|repeal|ban|crash|pop|burst|replace|take over|collapse|dominate"
    r"|outpace|leapfrog|fall behind|stay ahead|keep (?:up|leading)|be within|be ahead|be behind|slow down|stop"
    r"|keep (?:rising|growing|falling|climbing|increasing|dropping|going (?:up|down)))"
)
_WILL_IT = re.compile(
    r"^(?:(?:so|ok|okay|parity|hey|yo|but|and|honestly|realistically|serious question)[,!:]?\s+){0,2}"
    rf"(?:will\s+[^?.!]{{1,60}}?\b{_PREDICT_VERBS}"
    rf"|(?:is|are|r|am)\s+[^?.!]{{1,60}}?\b(?:gonna|going to)\s+(?:\w+\s+)?{_PREDICT_VERBS})\b"
)
# … unless a figure is asked too: "Will China overtake the US? How far behind was it in 2025?"
_FIGURE_ASKED = re.compile(r"\bhow (?:many|much|far|big|large|fast|close)\b|\bwhat (?:share|percent|%)|\bwhich\b")


# How something is used, asking no figure: "How are university students mostly using generative AI - for writing?"
_HOW_USED = re.compile(r"^(?:so |and |ok )?how (?:are|is|do|does) [^?.!]{1,50}? (?:mostly |mainly |actually )?using\b")


def _advice(text: str) -> bool:
    """Whether the question asks for advice, a recommendation, an opinion or a prediction rather than a figure."""
    if (_WILL_IT.search(text) or _HOW_USED.search(text)) and not _FIGURE_ASKED.search(text):
        return True
    found = _RECOMMENDATION.search(text)
    return found is not None and not (found.group(0).startswith("best") and _HOW_GOOD.search(text, 0, found.start()))


_GENERAL_FACT = re.compile(
    r"\b(?:population|capital city|currency|president|prime minister|weather|time zone) of\b|\bthe capital of\b"
    r"|\bhow many people live in\b"
)
_ARITHMETIC = re.compile(
    r"(?:what(?:'s| is)|whats|calculate|compute)\s+[\d.,]+\s*%?\s*(?:of|times|x|\*|plus|minus|divided by|over|/|\+|-)"
    r"\s*[\d.,]+\s*\??$"
)
_TASK = re.compile(
    r"(?:(?:please|pls|can you|could you|would you|hey parity|parity)[, ]+)?"
    r"(?:write|draft|compose|generate|summari[sz]e|translate|rewrite|paraphrase|debug|brainstorm)\b"
)
_ASKS_IDEAS = re.compile(
    r"\b(?:give|tell|show) me (?:\d+|some|a few|a list of|a couple of) (?:[\w-]+ ){0,2}(?:ideas|tips|prompts)\b"
    r"|\b(?:any )?ideas\s*\??$|\b(?:need|want) (?:a |some )?(?:[\w-]+ )?(?:name|names|slogan|tagline|title)\b"
    r"|^(?:good|bad|nice|great|cool|dumb|smart|stupid|clever) bot\b"  # chatter
)
_TOP_SCORE = re.compile(
    r"\b(?:top|highest|best|record|max|maximum|sota|state[- ]of[- ]the[- ]art)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:score|scores|accuracy|result|results|performance)\b"
)
_WHERE_PLACED = re.compile(r"\bwhere (?:did|does|do|is|was|has) [^?.!]{1,60}?\b(?:place|rank|come|finish|stand)\b")
_HOW_MANY_PLACES = re.compile(r"\bhow many (?:places|spots|positions|ranks|rungs)\b")
_SCORED = re.compile(
    r"\b(?:how|what) (?:did|does|do|would|could) (?:[\w.'-]+ ){1,5}?score\b"
    r"|\bwhat (?:[\w-]+ ){0,2}score (?:did|does|was)\b"
)
_GAP_ASKED = re.compile(
    r"\b(?:gap|gaps|lead|leads|ahead|behind|lag|difference|margin|vs|versus|between|close|closed|closing|open)\b"
)
_ASKS_DATE = re.compile(r"(?:so |and |but )?when (?:did|was|were|is|will|does|do|has|have)\b")
_BARE_FAMILY = re.compile(r"(?<!like )(?<!as )(?<!e\.g\. )\b(claude|gemini|llama|grok|qwen)\b(?![\s-]*\d)")
_TOTAL_INVESTMENT = re.compile(
    r"\b(?:corporate|private|minority|other deals|including|incl|counting|plus|adding up|add up|added up|together)\b|\+"
)
_SCIENCE_FIELDS = re.compile(r"\b(physics|chemistry|biology|astronomy|geology|materials science|earth sciences?)\b")
_MINORITY = re.compile(r"\bminority[- ]stakes?\b")
_INDUSTRY = re.compile(r"\b(?:industry|industries|industrial labs|compan(?:y|ies)|corporate|corporations|firms)\b")
_PART_ASKED = re.compile(
    r"\bhow (?:much|many dollars) of\b|\b(?:what|which) (?:share|part|portion|fraction|proportion) of\b"
)
_PHYSICAL = frozenset({"emissions", "power", "energy use", "water"})  # "the carbon cost of training": not money
# -- how many years a figure asked covers -------------------------------------------------------------------------
# One year's own figure, a running total up to now, or a total over a span: four kinds of cue, read together by
# _Reach.read.
# "Has passed", "have enacted", "so far": the present perfect asks what has accumulated up to now.
_SO_FAR = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:passed|enacted|adopted|approved|signed|introduced|spent|invested|raised)\b"
    r"|\b(?:in total|all told|to date|so far|all[- ]time)\b"
)
# "Since 2013", "through 2024", "cumulative": a figure that runs over years up to the one named, so not one year's.
_RUNNING = re.compile(
    r"\b(?:since|from|through|thru|until|till|up to|over|between|after|cumulative|cumulatively|combined|overall)\b"
    r"|\bby (?:the )?(?:end of )?(?:19|20)\d\d\b"  # "by 2024", not "in 2023 by itself"
)
_NOT_RUNNING = re.compile(r"\b(?:not|non)[- ](?:the )?(?:cumulative(?:ly)?|combined|overall|all[- ]time|to date)\b")
# "Cumulative", "since it started": a running total said outright, never answered by one year's count.
_RUNNING_TOTAL = re.compile(
    r"\b(?:cumulative|cumulatively|all[- ]time|to date)\b"
    r"|\bsince (?:it|they) (?:started|began|launched)\b|\bsince (?:its|their) (?:start|launch|inception|founding)\b"
)
_SINCE = re.compile(r"\bsince ((?:19|20)\d\d)\b")
_IN_TOTAL = re.compile(r"\bin total\b")  # a running total with no year named: "how many in 2023 in total" is 2023's
# "In 2024 alone", "in 2025 specifically": that year's own figure, said outright.
_YEAR_ALONE = re.compile(
    r"\b(?:19|20)\d\d (?:alone|only|by itself|on its own|specifically)\b"
    r"|\b(?:just|only|alone|solely|specifically) (?:in|during|for) (?:19|20)\d\d\b"
)


@dataclass(frozen=True)
class _Reach:
    """How many years the figure a question asks covers (the Query fields of the same names)."""

    so_far: bool  # no year named, present perfect: all of it up to now ("how many laws has California passed")
    running_total: bool  # a sum over years said outright ("cumulative", "in total" with no year)
    one_year_only: bool  # one year named, nothing running up to it: never a multi-year total
    year_alone: bool  # that year's own figure, said outright ("in 2024 alone")

    @classmethod
    def read(cls, text: str, years: frozenset[int], span_named: bool) -> _Reach:
        text = _NOT_RUNNING.sub(" ", text)  # ("in 2024, just that year, not cumulative": one year's)
        so_far = bool(_SO_FAR.search(text))
        return cls(
            so_far=not years and so_far,
            running_total=bool(_RUNNING_TOTAL.search(text)) or (not years and bool(_IN_TOTAL.search(text))),
            one_year_only=len(years) == 1 and not span_named and not _RUNNING.search(text) and not so_far,
            year_alone=bool(_YEAR_ALONE.search(text)),
        )


# A year that is a point in time, never an edition's name: "at the end of 2025", "as of 2025", "mid-2025".
_DATED_YEAR = re.compile(r"\b(?:end of|end-|start of|beginning of|as of|during|mid-?|early|late)\s*((?:19|20)\d{2})\b")
_YEARS_VERSUS = re.compile(
    r"(?<![0-9])((?:19|20)[0-9]{2})\s*(?:vs\.?|versus|v|compared with|against)\s*((?:19|20)[0-9]{2})(?![0-9])"
)
_ASKS_MODEL = re.compile(r"\b(?:which|what)\s+(?:ai\s+)?(?:model|models|llm|llms|chatbot|system)\b")
# A report named and "published": when it came out, not how many papers were published.
_PUBLISHED = re.compile(
    r"\bwhen\b.*\b(?:published|publish|printed|issued|drop|dropped|come out|came out|launch|launched)\b"
    r"|\bpublication date\b|\bdate of publication\b"
    r"|\b(?:date|day)\b.*\b(?:published|publish|issued|came out|launched|released)\b"
)
_PUBLISH_VERB = re.compile(
    r"\b(?:published|publish|publication|printed|issued|drop|dropped|come out|came out|launch|launched)\b"
)
_ONE_YEAR = re.compile(r"\b(?:in|within|over|across) (?:about |roughly |just |only )?(?:a|one|1) year\b")
# A figure that moved ("by how many points did it grow?"): _CHANGE_ASKED's verbs, without "points", "more" or "than".
_MOVED = re.compile(
    r"\b(?:grow|grew|grown|rise|rose|risen|increase[ds]?|jump(?:ed)?|climb(?:ed)?|fall|fell|fallen|drop(?:ped)?"
    r"|decline[ds]?|shr[iau]nk|gain(?:ed)?|improve[ds]?|change[ds]?|move[ds]?)\b"
)
# Words asking for the distance between two places, models or groups.
GAP_WORDS = frozenset({"ahead", "behind", "gap", "lead", "lag", "difference"})
# Those a survey counts: "how many respondents" asks how many took part, never a share of them.
_SURVEYED = frozenset({"respondent", "participant", "interviewee"})
_COUNTRIES_COUNTED = re.compile(r"\bhow many (?:countries|nations|economies)\b")
_TOOK_PART = re.compile(
    r"\b(?:took|take|taking) part\b|\bparticipated\b|\bwere (?:enrolled|recruited|surveyed|polled|interviewed)\b"
    r"|\bdid [a-z]+ (?:actually |really )?(?:survey|poll|interview)\b"  # "how many people did Pew survey?"
)
# Arena points asked, not a percentage: "in raw Arena score points", "how many Elo points".
_ARENA_POINTS = re.compile(
    # (not "% not elo pts")
    r"(?<!\bnot )\b(?:arena|elo|rating|score) (?:score )?points?\b(?![^.?!]{0,40}(?:%|percent))"
    r"|\bin (?:raw |absolute )points\b"
)
# ("By how many times" is read as "by ratio": see lexicon.REWRITES.)
_FACTOR_ASKED = re.compile(r"\b(?:by )?(?:what|which) (?:factor|multiple)\b|\bby (?:how many times|ratio)\b")
_POINTS_ASKED = re.compile(r"\bhow (?:many|much) (?:percentage )?points?\b")
_MONEY_RAISED = re.compile(r"\b(?:raise|raised|raising|funding|money|dollars|invest|invested)\b")
# Money put in, named as a noun ("funding for AI companies"), unless what is counted is named too ("deals", "funded
# companies", "startups", "the number of").
_FUNDING_NOUN = re.compile(r"\b(?:funding|investment|investments|money|capital)\b(?! (?:deals?|rounds?))")
_COUNTED_DEALS = re.compile(
    r"\b(?:deals?|rounds?|startups?|start-ups?|newly[- ]funded|funded (?:ai )?(?:companies|firms))\b"
    r"|\b(?:number of|count|many|first[- ]time)\b|\bfirst (?:funding|round)"
)
# An amount of money asked without "how much": "what was the worldwide total of private funding for AI companies?"
_MONEY_TOTAL = re.compile(
    r"\b(?:total|amount|sum) (?:of |amount of )?(?:[a-z-]+ ){0,2}(?:funding|investment|spending|money|capital)\b"
    r"|\b(?:funding|investment|spending) (?:total|amount|sum)\b"
)
_HOW_MUCH = re.compile(r"\bhow much\b(?!\s+(?:more|less|bigger|larger|smaller|higher|lower|of|faster|cheaper))")
_NEWEST = max(e.year or 0 for e in Edition)
_EDITION_NOTE = re.compile(r"\((?:19|20)\d{2} ed\.?\)")


def _years_named(text: str, *patterns: re.Pattern[str]) -> frozenset[int]:
    """The years the patterns find in a question (each pattern's first group, or its whole match, is a year)."""
    return frozenset(int(year) for pattern in patterns for year in pattern.findall(text))


def _years(text: str) -> frozenset[int]:
    """Years a period names: "2023 (2025 ed.)" is 2023, as the 2025 edition gave it."""
    return frozenset(int(y) for y in _YEAR.findall(_EDITION_NOTE.sub(" ", text)))


def _series_point(fact: Fact, years: frozenset[int]) -> int | None:
    for index, point in enumerate(fact.series):
        if _years(point.period) & years:
            return index
    return None


def _edition_for(year: int) -> Edition | None:
    for edition in Edition:
        if edition.year == year:
            return edition
    return None
