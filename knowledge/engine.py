"""The knowledge-base facade: the one object the other layers call.

``KnowledgeBase.answer(question)`` runs the matching pipeline, decides whether to answer,
offer choices or say it does not know, and returns an ``Answer`` whose ``text`` is the
plain-text rendering shared by the CLI and the console.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import itertools
import re
from collections.abc import AsyncIterator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import formatting, lexicon
from .loader import content_hash, load_facts
from .matching import (
    FULL_SCORES,
    GAP_WORDS,
    MAX_QUESTION_CHARS,
    RATIO_WORDS,
    Matcher,
    Query,
    Scored,
    model_name,
    models_in_order,
    normalise,
    tokens,
    too_early,
)
from .models import EDITIONS, Answer, Comparison, Edition, Fact, FactRef, SeriesPoint, Suggestion
from .store import Store

# Calibrated on the reference question forms and a set of out-of-scope questions
# (see bench/accuracy.py): at or above ANSWER_AT Parity answers; between the two it
# offers choices; below SUGGEST_AT it says it does not know.
ANSWER_AT = 0.5
SUGGEST_AT = 0.22
MAX_SUGGESTIONS = 3
NEWER_RANKING_MARGIN = 0.1  # how much less well a newer edition's ranking on the measure may fit and still lead
WEAKER_TOPIC = 0.5  # how little of a question's topic an answer may explain, beside a better fit ruled out by a slot
BREAKDOWN_TOPIC = 0.6  # … and how little, beside a fact on the topic without the breakdown (a measure) asked
WEAKER_TOPIC_MARGIN = 0.1  # … when that better fit outscores it by more than this
BLOCKED_MARGIN = 0.25  # how far a fact ruled out by a slot may outscore the best one left before Parity is unsure
REPORT_METRICS = "report."  # measures of the AI Index itself (its pages, chapters, release date)
EDITION_YEAR_ONLY = 0.1  # how much lower a year read as the edition ranks when another fact has it as its period
CANDIDATES = 64  # full-text hits rescored in Python; bm25 puts the right facts well inside this
COMPARE_CANDIDATES = 24  # a comparison rescores only the first pass's most relevant facts, per place

RELATED_MAX = 2  # other editions' figures on neighbouring measures an answer shows
RELATED_FAMILY_MAX = 6  # a family of measures larger than this is too broad for its members to be related
DONT_KNOW = "I don't have a sourced figure for that."
NOT_A_FIGURE = (
    "I only give sourced figures from Stanford's AI Index (investment, models, benchmarks, robots, patents, "
    "policy, public opinion, …), so I can't help with that one."
)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Build a large read-only structure without the garbage collector stopping the world.

    While hundreds of thousands of objects are created, full collections would run again and
    again, each holding the GIL (and so the event loop) for a long time. Afterwards the new
    objects are frozen: they live as long as the knowledge base, so there is no point scanning
    them again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


_ALONE = re.compile(r"\b(?:alone|by itself|on its own)\b")


def _family(metric: str) -> str:
    """A measure's family: "robotaxi-rides" of "robotaxi-rides.quarterly"."""
    return metric.split(".", 1)[0]


def _clamp(score: float) -> float:
    """Scores can exceed 1 with bonuses; confidence is reported on 0..1."""
    return round(max(0.0, min(1.0, score)), 3)


@dataclass(frozen=True)
class _Group:
    """Facts on one metric about the same entities: one series across editions."""

    key: tuple[str, str | None]  # (metric, subject)
    members: tuple[Scored, ...]
    answerable: tuple[Scored, ...] = field(init=False)
    score: float = field(init=False)

    def __post_init__(self) -> None:
        answerable = tuple(m for m in self.members if m.answerable)
        object.__setattr__(self, "answerable", answerable)
        object.__setattr__(self, "score", max(m.score for m in (answerable or self.members)))


class KnowledgeBase:
    """Sourced AI Index facts, searchable and answerable."""

    def __init__(self, store: Store, facts: Sequence[Fact], version: str, matcher: Matcher) -> None:
        self.store = store
        self.version = version
        self.matcher = matcher
        self._facts = {f.id: f for f in facts}
        self._by_metric: dict[str, list[Fact]] = {}
        by_family: dict[str, list[Fact]] = {}
        for fact in facts:
            self._by_metric.setdefault(fact.metric, []).append(fact)
            by_family.setdefault(_family(fact.metric), []).append(fact)
        # The families small enough for their members to be related (a broad one, such as public opinion, holds
        # unrelated questions; the report's own pages, chapters and release date are not one measure), newest first.
        self._related_pool = {
            family: sorted(members, key=lambda f: f.edition.rank, reverse=True)
            for family, members in by_family.items()
            if len({f.metric for f in members}) <= RELATED_FAMILY_MAX and not f"{family}.".startswith(REPORT_METRICS)
        }

    # -- lifecycle --------------------------------------------------------------------------------

    @classmethod
    async def load(cls, store: Store, paths: Iterable[Path] | None = None) -> KnowledgeBase:
        """Validate the knowledge files and (re)build the store's copy when they changed.

        Raises ``KnowledgeFileError`` listing every problem: a broken knowledge base is
        never served in part. Parsing and indexing run in a thread, off the event loop.
        """
        path_list = list(paths) if paths is not None else None

        def prepare() -> tuple[list[Fact], str, Matcher]:
            with collector_paused():
                facts = load_facts(path_list)
                return facts, content_hash(facts), Matcher(facts)

        facts, version, matcher = await asyncio.to_thread(prepare)
        if await store.get_kb_version() != version:
            await store.replace_facts(facts, version)
        return cls(store, facts, version, matcher)

    @classmethod
    @contextlib.asynccontextmanager
    async def open(
        cls, database: str | Path = ":memory:", paths: Iterable[Path] | None = None
    ) -> AsyncIterator[KnowledgeBase]:
        """A knowledge base with a store of its own, closed on exit."""
        store = await Store.open(database)
        try:
            yield await cls.load(store, paths)
        finally:
            await store.close()

    # -- lookups ----------------------------------------------------------------------------------

    @property
    def facts(self) -> list[Fact]:
        return list(self._facts.values())

    def get_fact(self, fact_id: str) -> Fact | None:
        return self._facts.get(fact_id)

    def list_metric(self, metric: str) -> list[Fact]:
        return list(self._by_metric.get(metric, []))

    async def complete(self, text: str, limit: int = 25) -> list[Suggestion]:
        """Autocomplete choices for what has been typed so far: the same matcher as answers.

        Empty input lists the newest figure of each series, so the first keystroke shows
        something useful; otherwise the best-scoring series, one choice each.
        """
        limit = max(1, min(limit, 25))
        prefix = normalise(text[:MAX_QUESTION_CHARS])
        if not prefix:
            return [self._suggest(f) for f in self._newest_per_series[:limit]]
        typed = text[:MAX_QUESTION_CHARS]
        last = prefix.split(" ")[-1]
        if last.isalnum():
            typed = " ".join([typed, *self.matcher.complete_word(last)])
        query = self.matcher.parse(typed)
        candidates = self._candidates(query)
        candidates += self.matcher.labels_starting(prefix, limit)
        groups = self._group(self.matcher.score(query, candidates))
        return [self._suggest(self._pick(g.members, query).fact) for g in groups[:limit] if g.score > 0]

    def _candidates(self, query: Query) -> list[str]:
        terms = self.matcher.search_terms(query)
        found = self.store.search(terms.words, limit=CANDIDATES, require_all=terms.require_all)
        # The few facts that name a place or organisation asked about without measuring it ("close to New York
        # State's peak demand") may share no word with the question: they are candidates too. (When many facts
        # name it, the words asked find the right ones among them.)
        naming = self.matcher.naming(query.entities)
        if not naming and len(query.entities) >= 2:
            # Someone named beside the places they spoke of: "Did Eric Schmidt think China was close behind the US?"
            naming = frozenset().union(*(self.matcher.naming([entity]) for entity in query.entities))
        return found + sorted(naming.difference(found)) if 0 < len(naming) <= CANDIDATES else found

    @functools.cached_property
    def _newest_per_series(self) -> list[Fact]:
        """The newest fact of every series, by topic: what an empty autocomplete offers."""
        newest: dict[tuple[str, str | None], Fact] = {}
        for fact in self._facts.values():
            key = self._series(fact)
            if key not in newest or fact.edition.rank > newest[key].edition.rank:
                newest[key] = fact
        return sorted(newest.values(), key=lambda f: (f.topic, f.label))

    @staticmethod
    def _suggest(fact: Fact) -> Suggestion:
        return Suggestion(id=fact.id, label=f"{fact.label} ({fact.period})", question=fact.id)

    # -- answering --------------------------------------------------------------------------------

    async def answer(self, question: str) -> Answer:
        """Answer one question from any entry point."""
        cleaned = question.strip()
        if not normalise(cleaned):
            return self._refuse(
                question,
                "Ask me about a figure from the AI Index, for example "
                "“US–China gap on MMLU” or “private AI investment in China”.",
            )
        if len(cleaned) > MAX_QUESTION_CHARS:
            return self._refuse(
                question[:MAX_QUESTION_CHARS],
                f"That question is {len(cleaned):,} characters long; please keep it under {MAX_QUESTION_CHARS}.",
            )
        query = self.matcher.parse(cleaned)
        exact = self.matcher.exact(cleaned)
        if exact:
            chosen = self._pick(tuple(Scored(f, 1.0, True) for f in exact), query)
            return self._answer_fact(question, query, chosen, confidence=1.0)
        if query.missing_edition is not None:
            years = [str(edition.year) for edition in EDITIONS]
            have = f"{', '.join(years[:-1])} and {years[-1]}"
            return self._refuse(
                question,
                f"I have figures from the AI Index {have} editions, not from an AI Index "
                f"{query.missing_edition}. Ask about one of those, or leave the edition out for the newest.",
            )
        if query.not_a_figure:
            # Advice, a task, an opinion or a person ("best model for coding?", "who founded Anthropic?"):
            # no figure answers it, so none is offered either.
            return self._refuse(question, NOT_A_FIGURE)
        if not query.words and not query.unknown:
            # Only slots: a place or organisation ("Waymo?"), or an edition ("What's in the AI Index 2026?").
            about = self._about(question, query)
            if about is not None:
                return about
            return self._refuse(question, DONT_KNOW)

        candidates = self._candidates(query)
        named: dict[str, float] = {}
        scored = self._prefer_periods(query, self.matcher.score(query, candidates, named))
        groups = self._group(scored)

        if len(query.entities) >= 2:
            # Two figures side by side, with the working, where both exist; otherwise a fact about
            # exactly this pair (a gap, a ratio) answers; otherwise say why they can't be compared.
            top = next((g for g in groups if g.answerable), None)
            # (Or names both in its text: "Did Hinton and Hassabis win Nobels?")
            pair = top is not None and (
                set(query.entities) <= self.matcher.doc_entities(top.members[0].fact)
                or top.members[0].fact.id in self.matcher.naming(query.entities)
            )
            if pair and top is not None and _ALONE.search(query.text):
                # "… than China alone": not a figure for China and Europe combined.
                pair = self.matcher.doc_entities(top.members[0].fact) <= set(query.entities) | {lexicon.WORLD}
            # Rescoring per place needs only the facts the first pass found relevant.
            compared = self._compare(question, query, [s.fact.id for s in scored[:COMPARE_CANDIDATES]], named)
            # "How many times more …" is asked of a sourced ratio, when there is one for the pair; "how far ahead"
            # of the pair's sourced gap or ratio.
            ratio_asked = (
                pair
                and top is not None
                and (
                    # ("By what factor did US investment exceed the UK's?" asks the ratio too.)
                    (not RATIO_WORDS.isdisjoint(query.words) and top.members[0].fact.unit_key.startswith("ratio"))
                    or bool(GAP_WORDS.intersection(query.words))
                )
            )
            if compared is not None and (compared.answered or not pair) and not ratio_asked:
                return compared

        if len(query.models) >= 2 and query.compare:
            # Two models on one measure ("GPT-4 vs Llama 3.1 training cost"): both figures.
            compared = self._compare_models(question, query, [s.fact.id for s in scored[:COMPARE_CANDIDATES]], named)
            if compared is not None:
                return compared

        answerable = [g for g in groups if g.answerable]
        if answerable:
            best = answerable[0]
            if (query.extreme or len(query.entities) >= 2) and not (query.years or query.edition):
                # "Which country leads in AI skill penetration now, the US or India?", "India vs US AI skills?": of the
                # places' series on the measure, about as good a fit, the newest edition's ranking.
                metric = best.members[0].fact.metric
                best = max(
                    (g for g in answerable if g.key[0] == metric and best.score - g.score <= NEWER_RANKING_MARGIN),
                    key=lambda g: max(m.fact.edition.rank for m in g.members),
                )
            rival = next((g for g in answerable[1:] if g.key[0] != best.key[0]), None)
            confidence = self._confidence(best.score, rival.score if rival else 0.0)
            # A fact that fits the question far better, but not its year or place, means the question is
            # about that measure: "AP CS exams in 2024" (Parity has 2023's) is not answered with 2024's papers.
            blocked = max((g for g in groups if not g.answerable), key=lambda g: g.score, default=None)
            if blocked is not None and blocked.score - best.score > BLOCKED_MARGIN:
                confidence = min(confidence, ANSWER_AT - 0.01)
            if (
                blocked is not None
                and blocked.score - best.score > WEAKER_TOPIC_MARGIN
                and _family(blocked.key[0]) != _family(best.key[0])
                and self.matcher.explains(query, best.members[0].fact)
                < WEAKER_TOPIC * self.matcher.explains(query, blocked.members[0].fact)
            ):
                # "What share of AI publications did the US produce in 2023?": a fact on the place and year asked that
                # shares little of the question's topic (the US defence share of AI contracts), where the fact about the
                # topic fits better but not its slots (China's share, 2024), is no answer.
                confidence = min(confidence, ANSWER_AT - 0.01)
            if (
                blocked is not None
                and query.measures & self.matcher.told_measures(best.members[0].fact)
                and best.members[0].fact.chapter == blocked.members[0].fact.chapter
                and self.matcher.explains(query, best.members[0].fact, measures_aside=True)
                < BREAKDOWN_TOPIC * self.matcher.explains(query, blocked.members[0].fact, measures_aside=True)
            ):
                # "What share of US elementary-school CS teachers say AI belongs in foundational CS?": a fact that has
                # the breakdown asked (elementary teachers feeling equipped) but little of the question's topic, beside
                # one on the topic without that breakdown, is no answer.
                confidence = min(confidence, ANSWER_AT - 0.01)
            if not any(m.qualified_in for m in best.answerable) and any(
                m.qualified_out and m.score > best.score for g in groups for m in g.members
            ):
                # "FrontierMath tiers 1-3": the question is about the Tier 4 fact's measure, in another tier.
                confidence = min(confidence, ANSWER_AT - 0.01)
            if confidence >= ANSWER_AT:
                chosen = self._pick(best.answerable, query)
                if query.extreme and not query.entities:
                    ranked = self._extreme(chosen, query)
                    if ranked is None:
                        # "Which country ranked fourth …?" where the report ranks fewer: no place to name.
                        text = f"I don't have a sourced ranking that far down on “{chosen.fact.label}”."
                        return self._offer(question, text, chosen.fact, confidence)
                    chosen = ranked
                return self._answer_fact(question, query, chosen, confidence)
        return self._unsure(question, query, groups)

    def _about(self, question: str, query: Query) -> Answer | None:
        """A question that names only a place or organisation ("Waymo?", "Tell me about Singapore"), or
        only an edition ("What's in the AI Index 2026?"): the one measure Parity has of it answers;
        several are offered to choose from, and so are its figures for other years than the one asked."""
        if query.entities:
            asked = set(query.entities)
            about = dict.fromkeys(i for entity in query.entities for i in self.matcher.facts_about(entity))
            ids = list(
                itertools.islice((i for i in about if asked <= self.matcher.doc_entities(self._facts[i])), CANDIDATES)
            )
            topic = " and ".join(query.entities)
        elif query.edition is not None:
            ids = [f.id for f in self._facts.values() if f.metric.startswith(REPORT_METRICS)]
            topic = f"the {query.edition.value}"
        else:
            return None
        groups = self._group(self.matcher.score(query, ids))
        fitting = [g for g in groups if g.answerable]
        # Only the facts the matcher scored in full are counted: past that many, there are "many".
        counted = len(ids) <= FULL_SCORES
        if len(fitting) == 1 and counted:
            return self._answer_fact(question, query, self._pick(fitting[0].answerable, query), ANSWER_AT)
        if fitting:
            lead = f"I have {len(fitting) if counted else 'many'} figures about {topic}."
            choices = fitting
        else:
            # Nothing for the year or edition asked: what there is about it, for other years.
            choices = [g for g in groups if {self.matcher.subject(m.fact) for m in g.members} & set(query.entities)]
            if not choices:
                return None
            named = [*query.entities, *(str(y) for y in sorted(query.years))]
            if query.edition is not None:
                named.append(query.edition.value)
            lead = f"I don't have a sourced figure for that ({'; '.join(named)})."
        suggestions = tuple(
            self._suggest(self._pick(g.members, replace(query, years=frozenset(), edition=None)).fact)
            for g in choices[:MAX_SUGGESTIONS]
        )
        if not fitting:
            ask = "Did you mean one of these?"
        elif counted and len(choices) <= MAX_SUGGESTIONS:
            ask = "Which one do you mean?"
        else:
            ask = "Name a measure, or pick one of these:"
        options = "\n".join(f"{i}. {s.label}" for i, s in enumerate(suggestions, 1))
        return Answer(
            question=question,
            answered=False,
            text=f"{lead} {ask}\n{options}",
            suggestions=suggestions,
            confidence=SUGGEST_AT,
            kb_version=self.version,
        )

    def _confidence(self, best: float, rival: float) -> float:
        # A close rival on a different metric means the question is ambiguous.
        margin_penalty = max(0.0, 0.08 - (best - rival))
        return max(0.0, min(1.0, best - margin_penalty))

    def _prefer_periods(self, query: Query, scored: list[Scored]) -> list[Scored]:
        """A year read as an edition ("2025" → AI Index 2025) only counts when no fact on the
        same metric has that year as its period: "incidents in 2025" means the 2025 count."""
        if not query.years:
            return scored
        # (Whether or not that fact answers: "US vs EU notable models 2024" is not about the 2023 count
        # that the AI Index 2024 gave, even though the 2024 count is Europe's in another fact.)
        dated = {s.fact.metric for s in scored if query.years & s.fact.years}
        if not dated:
            return scored
        # Some fact has the year asked as its period: a fact matched only through its edition's
        # year is ruled out on the same metric, and ranks lower on any other.
        return [
            (replace(s, answerable=False) if s.fact.metric in dated else replace(s, score=s.score - EDITION_YEAR_ONLY))
            if s.by_edition and not (s.fact.edition is query.edition and s.fact.edition.year in query.aside_years)
            else s
            for s in scored
        ]

    def _series(self, fact: Fact) -> tuple[str, str | None]:
        """A series: one measure of one subject (a place, an organisation, or the world) across
        editions and periods."""
        return (fact.metric, self.matcher.series_subject(fact))

    def _group(self, scored: Sequence[Scored]) -> list[_Group]:
        buckets: dict[tuple[str, str | None], list[Scored]] = {}
        for item in scored:
            key = self._series(item.fact)
            buckets.setdefault(key, []).append(item)
        groups = [_Group(key, tuple(items)) for key, items in buckets.items()]
        groups.sort(key=lambda g: (bool(g.answerable), g.score), reverse=True)
        return groups

    def _extreme(self, chosen: Scored, query: Query) -> Scored | None:
        """ "Which country ... the most?": among places measured the same way, the highest (or
        lowest) value, from the edition and period asked, else the newest that has the measure;
        or the second, third … ("which country is third"), leaving out any place excluded
        ("the most … after China"); None where the place asked for is past those Parity has."""
        fact = chosen.fact
        places = [
            f
            for f in self._by_metric.get(fact.metric, [])
            if f.unit_key == fact.unit_key
            and self.matcher.subject(f) not in (None, lexicon.WORLD)
            and not self.matcher.is_aggregate(f)
        ]
        # Places to choose among: at least two, or one when the best match is a whole group
        # ("AI laws passed by US states" does not answer "which state").
        # "Which state came second to California?": not California's own figure.
        left_out = query.asks_place and self.matcher.subject(fact) in query.exclude
        if len({self.matcher.subject(f) for f in places}) < (1 if self.matcher.is_aggregate(fact) else 2):
            return None if left_out or self._ranked_past(fact, query) else chosen
        asked = bool(query.years or query.edition)
        edition_rank = fact.edition.rank if asked else max(f.edition.rank for f in places)
        pool = [f for f in places if f.edition.rank == edition_rank]
        if any(self.matcher.subject(f) in lexicon.PLACES for f in pool):
            # Places measured year by year: the period asked, else the latest year's. (Models and companies
            # each have their own figure from their own year: "the most expensive model" is among all of them.)
            latest = max(max(f.years or {0}) for f in pool)
            pool = [f for f in pool if (f.period == fact.period if asked else max(f.years or {0}) == latest)]
        pool = [f for f in pool if self.matcher.subject(f) not in query.exclude]
        if len(pool) < query.rank:
            return None if left_out or self._ranked_past(fact, query) else chosen
        ranked = sorted(pool, key=lambda f: query.extreme * f.value, reverse=True)
        best = ranked[query.rank - 1]
        return chosen if best.id == fact.id else Scored(best, chosen.score, True)

    @staticmethod
    def _ranked_past(fact: Fact, query: Query) -> bool:
        """Whether "which country came fourth …?" asks for a place past those the fact ranks: it neither is that rank
        ("South Korea's rank: 3") nor names it ("France and Canada ranked fourth and fifth")."""
        if query.rank <= 1 or not query.asks_place:
            return False
        if query.top_too:
            return False  # "Which country had the highest …, and which came second?": the top is asked too
        if fact.unit_key.startswith("rank") and fact.value == query.rank:
            return False
        said = {word for word, rank in lexicon.RANKS.items() if rank == query.rank}
        return said.isdisjoint(tokens(f"{fact.label} {fact.statement}"))

    def _pick(self, members: Sequence[Scored], query: Query) -> Scored:
        """Within one series: the year or edition asked for, else the one whose figure the
        question quotes, else the newest."""

        def newest(item: Scored) -> tuple[int, int, float]:
            years = item.fact.years or frozenset({0})
            return (item.fact.edition.rank, max(years), item.score)

        if query.years:
            on_period = [m for m in members if query.years & m.fact.years]
            if on_period:
                return max(on_period, key=newest)
        if query.numbers:
            # "24 times the UK?": the edition whose figure was quoted leads; the others follow.
            quoted = [m for m in members if self.matcher.quotes(query, m.fact)]
            if quoted:
                return max(quoted, key=newest)
        return max(members, key=newest)

    # -- building answers -------------------------------------------------------------------------

    def _ref(self, scored: Scored) -> FactRef:
        ref = FactRef.of(scored.fact)
        if scored.point is not None:
            point: SeriesPoint = scored.fact.series[scored.point]
            ref = ref.model_copy(update={"value": point.value, "period": point.period})
        return ref

    def _answer_fact(self, question: str, query: Query, chosen: Scored, confidence: float) -> Answer:
        fact = chosen.fact
        ref = self._ref(chosen)
        lines = [f"{fact.label}: {formatting.figure_in(ref.value, ref.unit, ref.period)}.", fact.statement]
        if query.edition is not None and fact.edition is not query.edition and fact.edition is not Edition.CONTEXT:
            # (Only an edition popular coverage wrongly credits with the figure, or one too early for it, gets here: see
            # Matcher.score.)
            lines.insert(
                0,
                f"Note: this figure is from the {fact.edition.value}, not the {query.edition.value}; "
                + (
                    f"the {query.edition.value} came out before figures for {min(fact.years)} existed (each edition "
                    "reports on the years before it)."
                    if too_early(query.edition, fact) and query.edition not in self.matcher.mislabelled(fact)
                    else f"some coverage credits it to the {query.edition.value} by mistake."
                ),
            )
        change = formatting.change_line(ref)
        if change:
            lines.append(change)
        same = self._other_editions(fact)
        others = same + self._related(fact, query.years)
        lines.extend(line for line, _ in others)
        if fact.notes:
            lines.append(f"Caveat: {fact.notes}")
        if query.edition is None and not query.years and fact.edition is not Edition.CONTEXT:
            if any(other.edition.rank > fact.edition.rank for _, other in same):
                lines.append(f"From the {fact.edition.value}; a newer edition's figure is given above.")
            else:
                lines.append(f"From the {fact.edition.value}, the newest edition with this figure.")
        lines.append(formatting.source_line(ref))
        return Answer(
            question=question,
            answered=True,
            text="\n".join(lines),
            facts=(ref, *(FactRef.of(other) for _, other in others)),
            confidence=_clamp(confidence),
            kb_version=self.version,
        )

    def _other_editions(self, fact: Fact) -> list[tuple[str, Fact]]:
        """Where another edition reports the same metric for the same entities, say what it says."""
        series = self._series(fact)
        lines: list[tuple[str, Fact]] = []
        for other in self._by_metric.get(fact.metric, []):
            if other.id == fact.id or self._series(other) != series:
                continue
            figure = formatting.figure(other.value, other.unit)
            if other.period == fact.period and other.value != fact.value:
                lines.append(
                    (f"Editions disagree: the {other.edition.value} gives {figure} for {other.period}.", other)
                )
            else:
                lines.append((f"The {other.edition.value} reported {figure} ({other.period}).", other))
        return lines

    def _related(self, fact: Fact, years: frozenset[int] = frozenset()) -> list[tuple[str, Fact]]:
        """Another edition's figure on a neighbouring measure of the same subject: Apollo Go's rides in a quarter
        beside its rides in a year, countries teaching computer science beside those offering or planning it. Only in
        a small family of measures, newest first; where a year is asked, only figures for it."""
        subject = self.matcher.subject(fact)
        picked: dict[str, Fact] = {}
        for other in self._related_pool.get(_family(fact.metric), []):
            if (
                (not years or years & self.matcher.years(other))
                and other.metric != fact.metric
                and other.edition is not fact.edition
                and other.metric not in picked
                and self.matcher.subject(other) == subject
            ):
                picked[other.metric] = other
        return [
            (
                f"Related ({other.edition.value}): {other.label}: "
                f"{formatting.figure_in(other.value, other.unit, other.period)}.",
                other,
            )
            for other in list(picked.values())[:RELATED_MAX]
        ]

    def _suggestions(self, groups: Sequence[_Group], query: Query) -> tuple[Suggestion, ...]:
        # Those that fit every slot asked come first, unless one ruled out by a slot fits far better (the
        # figure for another year: "AP CS exams in 2024?" offers 2023's count).
        fit = max((g.score for g in groups if g.answerable), default=0.0)

        def rank(group: _Group) -> tuple[bool, float]:
            return (bool(group.answerable) or group.score - fit > BLOCKED_MARGIN, group.score)

        ordered = sorted(groups, key=rank, reverse=True)
        picked: list[Suggestion] = []
        for group in ordered:
            if len(picked) >= MAX_SUGGESTIONS:
                break
            if group.score < SUGGEST_AT:
                continue
            fact = self._pick(group.members, replace(query, years=frozenset(), edition=None)).fact
            picked.append(self._suggest(fact))
        return tuple(picked)

    def _unsure(self, question: str, query: Query, groups: Sequence[_Group]) -> Answer:
        suggestions = self._suggestions(groups, query)
        if not suggestions:
            return self._refuse(question, DONT_KNOW)
        asked = []
        if query.entities:
            asked.append(" and ".join(query.entities))
        if query.years:
            asked.append(", ".join(str(y) for y in sorted(query.years)))
        if query.edition:
            asked.append(query.edition.value)
        lead = DONT_KNOW if not any(g.answerable for g in groups) else "I'm not sure which figure you mean."
        if asked and lead == DONT_KNOW:
            lead = f"I don't have a sourced figure for that ({'; '.join(asked)})."
        options = "\n".join(f"{i}. {s.label}" for i, s in enumerate(suggestions, 1))
        return Answer(
            question=question,
            answered=False,
            text=f"{lead} Did you mean one of these?\n{options}",
            suggestions=suggestions,
            confidence=_clamp(min(groups[0].score, ANSWER_AT - 0.01)) if groups else 0.0,
            kb_version=self.version,
        )

    def _offer(self, question: str, text: str, fact: Fact, score: float) -> Answer:
        """No answer, saying why, with the one fact Parity does have offered instead."""
        return Answer(
            question=question,
            answered=False,
            text=text,
            suggestions=(self._suggest(fact),),
            confidence=_clamp(min(score, ANSWER_AT - 0.01)),
            kb_version=self.version,
        )

    def _refuse(self, question: str, text: str) -> Answer:
        return Answer(question=question, answered=False, text=text, kb_version=self.version)

    # -- comparisons ------------------------------------------------------------------------------

    def _compare(
        self, question: str, query: Query, candidates: Sequence[str], named: dict[str, float] | None = None
    ) -> Answer | None:
        """Two entities on one metric: both figures, the difference and the ratio, with working."""
        first, second = query.entities[0], query.entities[1]
        best: Scored | None = None
        for entity in (first, second):
            solo = replace(query, entities=(entity,))
            top = next((s for s in self.matcher.score(solo, candidates, named) if s.answerable), None)
            if top is not None and (best is None or top.score > best.score):
                best = top
        if best is None or best.score < ANSWER_AT:
            return None
        metric = best.fact.metric
        side_a, first = self._side(metric, first)
        side_b, second = self._side(metric, second)
        if not side_a or not side_b:
            missing = first if not side_a else second
            text = f"I have “{best.fact.label}” but no sourced figure for {missing} on the same measure" + (
                ", so I can't compare them." if query.compare else "."
            )
            return self._offer(question, text, best.fact, best.score)
        same_period = [(a, b) for a in side_a for b in side_b if a.id != b.id and a.period == b.period]
        pairs = [
            (a, b)
            for a, b in same_period
            if (not query.years or query.years & a.years) and (query.edition is None or a.edition is query.edition)
        ]
        if not pairs:
            if same_period:
                both = ", ".join(sorted({a.period for a, _ in same_period}))
                asked = "; ".join(
                    [*(str(y) for y in sorted(query.years)), *([query.edition.value] if query.edition else [])]
                )
                return self._refuse(
                    question,
                    f"I have {first} and {second} side by side on “{best.fact.label}” for {both}, but not for {asked}.",
                )
            periods_a = ", ".join(sorted({f.period for f in side_a}))
            periods_b = ", ".join(sorted({f.period for f in side_b}))
            return self._refuse(
                question,
                f"I won't compare these: on “{best.fact.label}” I have {first} for {periods_a} "
                f"but {second} for {periods_b}, and figures from different periods aren't comparable.",
            )
        a, b = max(pairs, key=lambda p: (p[0].edition.rank, p[1].edition.rank, max(p[0].years or {0})))
        if a.unit_key != b.unit_key:
            return self._refuse(
                question,
                f"I won't compare these: {first}'s figure is in {a.unit} and {second}'s in {b.unit}.",
            )
        return self._comparison_answer(question, a, b, first=first, second=second, confidence=best.score)

    def _compare_models(
        self, question: str, query: Query, candidates: Sequence[str], named: dict[str, float]
    ) -> Answer | None:
        """The first two models named, each with its own figure on one measure; the difference and ratio
        only when both figures are for the same period, in the same unit."""
        sides: list[list[Scored]] = []
        compared = models_in_order(query.text)[:2]
        for model in compared:
            solo = replace(query, models=frozenset({model}))
            # (Of two editions' figures that fit as well, the newer: "GPT-4 vs Llama 3.1 training cost?")
            fitting = [s for s in self.matcher.score(solo, candidates, named) if s.answerable]
            sides.append(sorted(fitting, key=lambda s: (round(s.score, 6), s.fact.edition.rank), reverse=True))
        if len(sides) < 2 or (not sides[0] and not sides[1]):
            return None
        if not sides[0] or not sides[1]:
            # "Did training Llama 4 produce more CO2 than Llama 3.1?": one model's figure is no answer to a comparison
            # with one Parity has no figure for.
            known, missing = (sides[1][0], compared[0]) if not sides[0] else (sides[0][0], compared[1])
            if known.score < ANSWER_AT:
                return None
            text = (
                f"I have “{known.fact.label}” but no sourced figure for {model_name(missing)} on the same measure, "
                "so I can't compare them."
            )
            return self._offer(question, text, known.fact, known.score)
        best = max(sides[0][0], sides[1][0], key=lambda s: s.score)
        if best.score < ANSWER_AT:
            return None
        # One measure: the same metric, or one kind of figure kept per model ("training-emissions.gpt-4").
        kind = (best.fact.metric.split(".")[0], best.fact.unit_key)
        a, b = (
            next((s.fact for s in side if (s.fact.metric.split(".")[0], s.fact.unit_key) == kind), None)
            for side in sides
        )
        if a is None or b is None or a.id == b.id:
            return None
        if a.period == b.period:
            return self._comparison_answer(question, a, b, first=a.label, second=b.label, confidence=best.score)
        working = "The figures are for different periods, so they stand side by side, with no difference or ratio."
        lines = [
            f"{a.label}: {formatting.figure_in(a.value, a.unit, a.period)}.",
            f"{b.label}: {formatting.figure_in(b.value, b.unit, b.period)}.",
            working,
        ]
        lines.extend(f"Caveat ({fact.label}): {fact.notes}" for fact in (a, b) if fact.notes)
        refs = (FactRef.of(a), FactRef.of(b))
        lines.extend(dict.fromkeys(formatting.source_line(ref) for ref in refs))  # one line when they share it
        return Answer(
            question=question,
            answered=True,
            text="\n".join(lines),
            facts=refs,
            confidence=_clamp(best.score),
            comparison=Comparison(difference=None, ratio=None, working=working),
            kb_version=self.version,
        )

    def _side(self, metric: str, entity: str) -> tuple[list[Fact], str]:
        """One side of a comparison: the place's facts on the measure, or a near place's when it has
        none ("the EU" measured as Europe), with the name of the place they are about."""
        for place in (entity, lexicon.NEAR_PLACES.get(entity)):
            facts = [f for f in self._by_metric[metric] if self.matcher.subject(f) == place]
            if facts and place is not None:
                return facts, place
        return [], entity

    def _comparison_answer(
        self, question: str, a: Fact, b: Fact, *, first: str, second: str, confidence: float
    ) -> Answer:
        difference = a.value - b.value
        unit = a.shared_unit
        diff_unit = "percentage points" if unit.split(" (")[0] == "percent" else unit
        working = (
            f"Difference: {formatting.number(a.value)} − {formatting.number(b.value)} = "
            f"{formatting.number(round(difference, 4))} {diff_unit}."
        )
        ratio = None
        if b.value not in (0, 0.0) and a.value * b.value > 0:
            ratio = a.value / b.value
            working += (
                f" Ratio: {formatting.number(a.value)} ÷ {formatting.number(b.value)} ≈ "
                f"{formatting.number(round(ratio, 1))}×."
            )
        lines = [
            f"{a.label}: {formatting.figure(a.value, a.unit)} vs {b.label}: {formatting.figure(b.value, b.unit)} "
            f"({a.period}).",
            working,
        ]
        if a.notes:
            lines.append(f"Caveat ({first}): {a.notes}")
        if b.notes and b.notes != a.notes:
            lines.append(f"Caveat ({second}): {b.notes}")
        refs = (FactRef.of(a), FactRef.of(b))
        if a.source_url == b.source_url and a.edition is b.edition:
            lines.append(formatting.source_line(refs[0]))
        else:
            lines.extend(formatting.source_line(r) for r in refs)
        return Answer(
            question=question,
            answered=True,
            text="\n".join(lines),
            facts=refs,
            confidence=_clamp(confidence),
            comparison=Comparison(
                difference=round(difference, 6), ratio=None if ratio is None else round(ratio, 6), working=working
            ),
            kb_version=self.version,
        )
