"""Charts drawn from the knowledge base: which charts exist, what each plots, and its PNG.

Selection is pure: ``ChartBook`` turns facts into ``ChartSpec`` models (every series with two
or more points, every metric with figures for several places, and a few curated comparisons).
Rendering uses matplotlib's object-oriented API on the Agg canvas — no pyplot, no display, no
global figure state — so charts can be drawn in worker threads. A PNG is cached by
(chart key, knowledge-base version); the plotted values travel in the PNG's text chunks too,
so anyone holding the image can check it against the knowledge base.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import io
import json
import re
import threading
import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict

from . import formatting, lexicon
from .errors import ParityError
from .matching import normalise
from .models import Edition, Fact, FactRef

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from .engine import KnowledgeBase

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
DATA_KEY = "Parity-Data"  # PNG text chunk holding the plotted values as JSON
WIDTH_IN, HEIGHT_IN, DPI = 8.0, 4.6, 110  # 880 x 506 px: sharp in Discord's preview, small to send
MAX_SUGGESTIONS = 3
# Okabe–Ito: distinguishable for the common kinds of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

GAP_BENCHMARKS = ("us-china-gap.mmlu", "us-china-gap.mmmu", "us-china-gap.math", "us-china-gap.humaneval")
ARENA_POINTS = "us-china-gap.arena-points"
ARENA_PERCENT = "us-china-gap.arena"

_MONTHS = {m.casefold(): i for i, m in enumerate(formatting._MONTHS, start=1)}
_MONTHS.update({m[:3].casefold(): i for m, i in list(_MONTHS.items())})
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


class ChartKind(StrEnum):
    BARS = "bars"  # categories on x; one bar per series in each category
    LINE = "line"  # categories are periods in time order; one line per series


class ChartPoint(BaseModel):
    """One plotted value and the fact it comes from."""

    model_config = ConfigDict(frozen=True)

    category: str
    value: float
    fact_id: str


class ChartSeries(BaseModel):
    """One line, or one colour of bars."""

    model_config = ConfigDict(frozen=True)

    name: str
    points: tuple[ChartPoint, ...]

    def value(self, category: str) -> float | None:
        return next((p.value for p in self.points if p.category == category), None)


class ChartSpec(BaseModel):
    """Everything a chart shows, decided from the facts before anything is drawn."""

    model_config = ConfigDict(frozen=True)

    key: str
    title: str
    kind: ChartKind
    unit: str
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    editions: tuple[Edition, ...]
    sources: tuple[str, ...]  # source lines, one per distinct (edition, chapter, page)
    source_urls: tuple[str, ...]
    notes: tuple[str, ...] = ()
    words: str = ""  # extra text the chart is found by (metric names, entities)

    @property
    def fact_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.fact_id for s in self.series for p in s.points))

    @property
    def filename(self) -> str:
        return f"parity-{self.key}.png"

    def editions_line(self) -> str:
        return "Editions: " + ", ".join(formatting.edition_phrase(e) for e in self.editions)

    def data(self, kb_version: str) -> dict[str, Any]:
        """The plotted values, as stored in the PNG."""
        return {
            "key": self.key,
            "kb_version": kb_version,
            "unit": self.unit,
            "series": [{"name": s.name, "points": [p.model_dump() for p in s.points]} for s in self.series],
        }


class UnknownChartError(ParityError, LookupError):
    """No chart has that key; the message is safe to show."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(f"There is no chart called “{key}”.")


# -- helpers ----------------------------------------------------------------------------------------


def _base_unit(unit: str) -> str:
    return unit.split(" (", maxsplit=1)[0].strip()


def period_order(period: str) -> tuple[float, str]:
    """A sort key that puts periods in time order: 'end of 2023' < 'January 2024' < 'early 2025'."""
    text = period.casefold()
    years = [int(y) for y in _YEAR.findall(text)]
    if not years:
        return (float("inf"), period)
    # A restated point like '2024 (2025 ed.)' is about its first year; a range like '2022 to 2024' ends last.
    year = years[0] if "ed." in text else years[-1]
    month = 6.5
    for word in re.findall(r"[a-z]+", text):
        if word in _MONTHS:
            month = _MONTHS[word]
            break
    else:
        if "early" in text or "h1" in text or "q1" in text:
            month = 2
        elif "q2" in text:
            month = 5
        elif "q3" in text:
            month = 8
        elif "end of" in text or "late" in text or "q4" in text or "h2" in text:
            month = 11.5
    return (year + month / 12, period)


def _sources(facts: Iterable[Fact]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    lines: dict[str, None] = {}
    urls: dict[str, None] = {}
    for fact in sorted(facts, key=lambda f: -f.edition.rank):
        lines[formatting.source_line(FactRef.of(fact))] = None
        urls[fact.source_url] = None
    return tuple(lines), tuple(urls)


def _editions(facts: Iterable[Fact]) -> tuple[Edition, ...]:
    return tuple(sorted({f.edition for f in facts}, key=lambda e: e.rank))


def _strip_place(label: str, place: str) -> str:
    """'Private AI investment in the US' → 'Private AI investment'."""
    names = [place, *lexicon.PLACES.get(place, ())]
    for name in sorted(names, key=len, reverse=True):
        pattern = rf"\s+(?:in|from|of|for|by)\s+(?:the\s+)?{re.escape(name)}\b.*$"
        stripped = re.sub(pattern, "", label, flags=re.IGNORECASE)
        if stripped != label:
            return stripped
    return label


_ACRONYMS = {"ai": "AI", "us": "US", "cs": "CS", "gpu": "GPU", "phds": "PhDs", "eu": "EU", "uk": "UK"}
COUNTRY_LIKE = frozenset(lexicon.PLACES) - {
    "EU", "Europe", "Africa", "North America", "California", "Latin America",
    "South America", "Middle East", "Southeast Asia", "Oceania", "Scandinavia",
}  # fmt: skip


def _humanise(metric: str) -> str:
    """'public-opinion.trust-ai' → 'Public opinion: trust AI'."""
    parts = [" ".join(_ACRONYMS.get(w, w) for w in part.split("-")) for part in metric.split(".")]
    text = ": ".join(parts)
    return text[:1].upper() + text[1:]


# -- selection ----------------------------------------------------------------------------------------


class ChartBook:
    """Every chart the knowledge base can draw, with a PNG cache keyed by (chart, kb version).

    ``ChartBook.of(kb)`` returns the one book for a knowledge base, so ``/chart``, the digest and
    the CLI share the cache.
    """

    _books: ClassVar[weakref.WeakKeyDictionary[KnowledgeBase, ChartBook]] = weakref.WeakKeyDictionary()
    _books_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.version = kb.version
        self._specs: dict[str, ChartSpec] = {}
        self._by_fact: dict[str, str] = {}
        self._png: dict[tuple[str, str], bytes] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self._build()

    @classmethod
    def of(cls, kb: KnowledgeBase) -> ChartBook:
        with cls._books_lock:
            book = cls._books.get(kb)
            if book is None or book.version != kb.version:
                book = cls._books[kb] = cls(kb)
            return book

    # -- building the catalogue ---------------------------------------------------------------

    def _add(self, spec: ChartSpec | None) -> None:
        if spec is None or not spec.series or spec.key in self._specs:
            return
        self._specs[spec.key] = spec

    def _build(self) -> None:
        facts = sorted(self.kb.facts, key=lambda f: f.id)
        self._add(self._benchmark_gaps())
        self._add(self._arena_gap(ARENA_POINTS, "us-china-arena-gap"))
        self._add(self._arena_gap(ARENA_PERCENT, "us-china-arena-gap-percent"))
        metrics: dict[str, list[Fact]] = {}
        for fact in facts:
            metrics.setdefault(fact.metric, []).append(fact)
        for metric in sorted(metrics):
            self._add(self._by_place(metric, metrics[metric]))
        for fact in facts:
            if len(fact.series) >= 2:
                key = fact.id if fact.id not in self._specs else f"{fact.id}.series"
                spec = self._series(fact, key)
                self._add(spec)
                self._by_fact[fact.id] = spec.key

    def _series(self, fact: Fact, key: str) -> ChartSpec:
        """A fact's own series: bars for a before/after pair, a line for three points or more."""
        points = tuple(ChartPoint(category=p.period, value=p.value, fact_id=fact.id) for p in fact.series)
        sources, urls = _sources([fact])
        subject = self.kb.matcher.subject(fact) or ""
        return ChartSpec(
            key=key,
            title=fact.label,
            kind=ChartKind.LINE if len(points) >= 3 else ChartKind.BARS,
            unit=fact.unit,
            categories=tuple(p.category for p in points),
            series=(ChartSeries(name=fact.label, points=points),),
            editions=(fact.edition,),
            sources=sources,
            source_urls=urls,
            words=" ".join([fact.metric, _humanise(fact.metric), subject, *fact.entities, *fact.aliases]),
        )

    def _by_place(self, metric: str, facts: Sequence[Fact]) -> ChartSpec | None:
        """A metric with figures for several countries or regions: bars per place, one colour per period."""
        placed: list[tuple[str, Fact]] = []
        for fact in facts:
            place = self.kb.matcher.subject(fact)
            if place and place != lexicon.WORLD and place in lexicon.PLACES:
                placed.append((place, fact))
        if not placed:
            return None
        unit = Counter(_base_unit(f.unit) for _, f in placed).most_common(1)[0][0]
        newest: dict[tuple[str, str], Fact] = {}  # (place, period) → the newest edition's figure
        for place, fact in placed:
            if _base_unit(fact.unit) != unit:
                continue
            cell = (place, fact.period)
            if cell not in newest or fact.edition.rank > newest[cell].edition.rank:
                newest[cell] = fact
        other_units = sorted({f"{place} ({fact.unit})" for place, fact in placed if _base_unit(fact.unit) != unit})
        places = {place for place, _ in newest}
        if len(places) < 2:
            return None
        periods = sorted({period for _, period in newest}, key=period_order)
        per_place = Counter(place for place, _ in newest)
        single = all(n == 1 for n in per_place.values())
        biggest: dict[str, float] = {}
        for (place, _), fact in newest.items():
            biggest[place] = max(biggest.get(place, float("-inf")), fact.value)
        order = sorted(places, key=lambda p: (-biggest[p], p))
        notes: list[str] = []
        for (place, _), fact in sorted(newest.items()):
            qualifier = fact.unit[len(_base_unit(fact.unit)) :].strip()
            if qualifier:
                notes.append(f"{place}, {fact.period}: {fact.unit}")
        if single and len(periods) > 1:
            # One figure per place, from different dates: one colour, the date in the label.
            points = tuple(
                ChartPoint(category=f"{place} ({period})", value=fact.value, fact_id=fact.id)
                for place in order
                for (p, period), fact in newest.items()
                if p == place
            )
            categories = tuple(p.category for p in points)
            series: tuple[ChartSeries, ...] = (ChartSeries(name="", points=points),)
        else:
            categories = tuple(order)
            series = tuple(
                ChartSeries(
                    name=period,
                    points=tuple(
                        ChartPoint(
                            category=place, value=newest[(place, period)].value, fact_id=newest[(place, period)].id
                        )
                        for place in order
                        if (place, period) in newest
                    ),
                )
                for period in periods
            )
        used = list(newest.values())
        label = next(
            (stripped for place, fact in placed if (stripped := _strip_place(fact.label, place)) != fact.label),
            _humanise(metric),
        )
        span = f", {periods[0]}" if len(periods) == 1 else (f", {periods[0]}–{periods[-1]}" if not single else "")
        world = [f for p, f in [(self.kb.matcher.subject(f), f) for f in facts] if p == lexicon.WORLD]
        if world:
            notes.append("World totals are not plotted.")
        if other_units:
            notes.append("Not plotted, in other units: " + "; ".join(other_units) + ".")
        scope = "country" if places <= COUNTRY_LIKE else "country or region"
        sources, urls = _sources(used)
        return ChartSpec(
            key=metric,
            title=f"{label} by {scope}{span}",
            kind=ChartKind.BARS,
            unit=unit,
            categories=categories,
            series=series,
            editions=_editions(used),
            sources=sources,
            source_urls=urls,
            notes=tuple(notes),
            words=" ".join([metric, _humanise(metric), "by country compare countries", *places]),
        )

    def _benchmark_gaps(self) -> ChartSpec | None:
        """The four US–China benchmark gaps, end of 2023 vs end of 2024, in percentage points."""
        chosen: list[Fact] = []
        for metric in GAP_BENCHMARKS:
            with_series = [f for f in self.kb.list_metric(metric) if len(f.series) >= 2]
            if with_series:
                chosen.append(max(with_series, key=lambda f: f.edition.rank))
        if len(chosen) < 2 or len({f.unit for f in chosen}) != 1:
            return None
        names = {f.id: f.label.removeprefix("US–China gap on ").strip() for f in chosen}
        periods = sorted({p.period for f in chosen for p in f.series}, key=period_order)
        series = tuple(
            ChartSeries(
                name=period,
                points=tuple(
                    ChartPoint(category=names[f.id], value=p.value, fact_id=f.id)
                    for f in chosen
                    for p in f.series
                    if p.period == period
                ),
            )
            for period in periods
        )
        sources, urls = _sources(chosen)
        return ChartSpec(
            key="us-china-benchmark-gaps",
            title=f"US–China gap on {len(chosen)} benchmarks, {periods[0]} vs {periods[-1]}",
            kind=ChartKind.BARS,
            unit=chosen[0].unit,
            categories=tuple(names[f.id] for f in chosen),
            series=series,
            editions=_editions(chosen),
            sources=sources,
            source_urls=urls,
            notes=("Gaps are the top US model's score minus the top Chinese model's, in percentage points.",),
            words="us china gap benchmarks mmlu mmmu math humaneval percentage points closing",
        )

    def _arena_gap(self, metric: str, key: str) -> ChartSpec | None:
        """The Arena gap between the top US and Chinese models over time: one line per edition.

        Editions measured the leaderboard at different moments and restate earlier months, so their
        lines are kept apart rather than spliced into one.
        """
        facts = sorted((f for f in self.kb.list_metric(metric) if len(f.series) >= 2), key=lambda f: f.edition.rank)
        if not facts or len({_base_unit(f.unit) for f in facts}) != 1:
            return None
        periods = sorted({p.period for f in facts for p in f.series}, key=period_order)
        series = tuple(
            ChartSeries(
                name=f.edition.value,
                points=tuple(ChartPoint(category=p.period, value=p.value, fact_id=f.id) for p in f.series),
            )
            for f in facts
        )
        sources, urls = _sources(facts)
        unit = _base_unit(facts[0].unit) if len({f.unit for f in facts}) > 1 else facts[0].unit
        in_points = metric == ARENA_POINTS
        notes = ["Each edition's line is its own measurement; they are not spliced together."] if len(facts) > 1 else []
        return ChartSpec(
            key=key,
            title="US–China Arena gap: top US vs top Chinese model" + ("" if in_points else " (relative)"),
            kind=ChartKind.LINE,
            unit=facts[0].unit if in_points else unit,
            categories=tuple(periods),
            series=series,
            editions=_editions(facts),
            sources=sources,
            source_urls=urls,
            notes=tuple(notes),
            words=f"{metric} us china arena chatbot arena lmsys leaderboard gap over time elo",
        )

    # -- lookups --------------------------------------------------------------------------------

    @property
    def specs(self) -> list[ChartSpec]:
        return list(self._specs.values())

    def get(self, key: str) -> ChartSpec | None:
        return self._specs.get(key)

    def for_fact(self, fact_id: str) -> ChartSpec | None:
        """The chart of a fact's own series, when it has one."""
        key = self._by_fact.get(fact_id)
        return self._specs[key] if key else None

    def resolve(self, text: str) -> ChartSpec | None:
        """The chart a user named: its key, or its key or title written loosely."""
        exact = self._specs.get(text.strip())
        if exact is not None:
            return exact
        wanted = normalise(text.replace("-", " ").replace(".", " "))
        if not wanted:
            return None
        for spec in self._specs.values():
            if wanted in {normalise(spec.key.replace("-", " ").replace(".", " ")), normalise(spec.title)}:
                return spec
        return None

    async def complete(self, text: str, limit: int = 25) -> list[ChartSpec]:
        """Charts for what has been typed: direct matches on key and title, then the engine's matcher."""
        limit = max(1, limit)
        typed = normalise(text.replace("-", " ").replace(".", " "))
        if not typed:
            return self.specs[:limit]
        words = typed.split()
        found: dict[str, ChartSpec] = {}
        for spec in self._specs.values():
            hay = normalise(f"{spec.key.replace('-', ' ').replace('.', ' ')} {spec.title} {spec.words}").split()
            if all(any(h.startswith(w) for h in hay) for w in words):
                found.setdefault(spec.key, spec)
        for suggestion in await self.kb.complete(text, 25):
            fact = self.kb.get_fact(suggestion.id)
            if fact is None:
                continue
            for key in (fact.metric, self._by_fact.get(fact.id)):
                if key and key in self._specs:
                    found.setdefault(key, self._specs[key])
        return list(found.values())[:limit]

    async def suggest(self, text: str) -> list[ChartSpec]:
        return await self.complete(text, MAX_SUGGESTIONS)

    # -- rendering ------------------------------------------------------------------------------

    def is_cached(self, key: str) -> bool:
        return (key, self.version) in self._png

    def render(self, key: str) -> bytes:
        """The chart's PNG, drawn once per knowledge-base version. Blocking: call it in a thread."""
        cached = self._png.get((key, self.version))
        if cached is not None:
            return cached
        spec = self._specs.get(key)
        if spec is None:
            raise UnknownChartError(key)
        with self._lock:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:  # two requests for the same new chart draw it once
            cached = self._png.get((key, self.version))
            if cached is None:
                cached = self._png[(key, self.version)] = render_png(spec, self.version)
        return cached

    async def render_async(self, key: str) -> bytes:
        """The chart's PNG without blocking the event loop: drawn in a worker thread on a cache miss."""
        cached = self._png.get((key, self.version))
        if cached is not None:
            return cached
        return await asyncio.get_running_loop().run_in_executor(_renderer(), self.render, key)


_executor: concurrent.futures.ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()
_warm = threading.Event()


def _renderer() -> concurrent.futures.ThreadPoolExecutor:
    """One drawing thread for the process. matplotlib holds the GIL while it draws, so several
    drawing threads would only take turns with each other and with the event loop, stalling it."""
    global _executor  # noqa: PLW0603 - created on first use, never at import
    with _executor_lock:
        if _executor is None:
            _executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="parity-chart")
        return _executor


def warm_up() -> None:
    """Import matplotlib and load its fonts (about half a second, once per process). Blocking."""
    if _warm.is_set():
        return
    fig = draw(
        ChartSpec(
            key="warm-up",
            title="warm-up",
            kind=ChartKind.BARS,
            unit="count",
            categories=("a",),
            series=(ChartSeries(name="", points=(ChartPoint(category="a", value=1, fact_id="warm-up"),)),),
            editions=(),
            sources=(),
            source_urls=(),
        )
    )
    fig.savefig(io.BytesIO(), format="png")
    _warm.set()


async def warm_up_async() -> None:
    """``warm_up`` on the drawing thread, so the first user's chart does not pay for it."""
    await asyncio.get_running_loop().run_in_executor(_renderer(), warm_up)


def chart_for_fact(kb: KnowledgeBase, fact_id: str) -> bytes | None:
    """The PNG of a fact's series (for the digest's headline fact), or ``None`` when it has none.

    Blocking on a cache miss: from async code use ``await chart_for_fact_async(kb, fact_id)``.
    """
    book = ChartBook.of(kb)
    spec = book.for_fact(fact_id)
    return book.render(spec.key) if spec is not None else None


async def chart_for_fact_async(kb: KnowledgeBase, fact_id: str) -> bytes | None:
    book = ChartBook.of(kb)
    spec = book.for_fact(fact_id)
    return await book.render_async(spec.key) if spec is not None else None


# -- text -------------------------------------------------------------------------------------------


def table_text(spec: ChartSpec) -> str:
    """The plotted values as a plain-text table (the accessible twin of the image)."""
    named = [s for s in spec.series if s.name]
    if len(spec.series) == 1:
        rows = [(c, [spec.series[0].value(c)]) for c in spec.categories]
        header: list[str] = []
    else:
        rows = [(c, [s.value(c) for s in spec.series]) for c in spec.categories]
        header = ["", *(s.name for s in named)]
    cells = [[c, *("—" if v is None else formatting.number(v) for v in values)] for c, values in rows]
    table = [header, *cells] if header else cells
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    lines = []
    for row in table:
        first = row[0].ljust(widths[0])
        rest = [cell.rjust(widths[i + 1]) for i, cell in enumerate(row[1:])]
        lines.append("  ".join([first, *rest]).rstrip())
    return "\n".join(lines)


def summary_text(spec: ChartSpec) -> str:
    """Title, unit, table, editions and sources: what the CLI prints next to the PNG."""
    parts = [spec.title, f"Unit: {spec.unit}", table_text(spec)]
    parts.extend(f"Note: {n}" for n in spec.notes)
    parts.append(spec.editions_line())
    parts.extend(spec.sources)
    return "\n".join(parts)


# -- drawing ----------------------------------------------------------------------------------------


def _footer_lines(spec: ChartSpec) -> list[str]:
    lines = [spec.editions_line() + " · Stanford HAI AI Index, via Parity"]
    shown = list(spec.sources[:2])
    if len(spec.sources) > 2:
        shown[-1] += f" (+{len(spec.sources) - 2} more)"
    return lines + shown


def draw(spec: ChartSpec) -> Figure:
    """The chart as a matplotlib ``Figure`` on an Agg canvas (no pyplot, no display)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    footer = _footer_lines(spec)
    fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI)
    FigureCanvasAgg(fig)
    long_labels = sum(len(c) for c in spec.categories) > 90
    bottom = 0.09 + 0.035 * len(footer) + (0.08 if long_labels else 0.0)
    fig.subplots_adjust(left=0.11, right=0.98, top=0.88, bottom=bottom)
    ax = fig.add_subplot()
    ax.set_title(spec.title, fontsize=12, fontweight="bold", loc="left", wrap=True)
    ax.set_ylabel(spec.unit, fontsize=9)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: formatting.number(round(v, 6))))
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    index = {c: i for i, c in enumerate(spec.categories)}
    many = len(spec.series) > 1 and any(s.name for s in spec.series)

    if spec.kind is ChartKind.BARS:
        count = len(spec.series)
        width = 0.8 / count
        for n, series in enumerate(spec.series):
            xs = [index[p.category] - 0.4 + width * (n + 0.5) for p in series.points]
            values = [p.value for p in series.points]
            bars = ax.bar(xs, values, width=width * 0.92, color=PALETTE[n % len(PALETTE)], label=series.name or None)
            ax.bar_label(bars, labels=[formatting.number(v) for v in values], fontsize=7.5, padding=2)
    else:
        for n, series in enumerate(spec.series):
            xs = [index[p.category] for p in series.points]
            values = [p.value for p in series.points]
            colour = PALETTE[n % len(PALETTE)]
            ax.plot(xs, values, marker="o", color=colour, linewidth=2, label=series.name or None)
            for x, v in zip(xs, values, strict=True):
                ax.annotate(
                    formatting.number(v), (x, v), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=7.5
                )
        ax.set_xlim(-0.5, len(spec.categories) - 0.5)
    ax.set_xticks(range(len(spec.categories)))
    ax.set_xticklabels(
        spec.categories, fontsize=8, rotation=25 if long_labels else 0, ha="right" if long_labels else "center"
    )
    low, high = ax.get_ylim()
    ax.set_ylim(min(low, 0), high * 1.1 if high > 0 else high)
    if many:
        ax.legend(fontsize=8, frameon=False)
    for i, line in enumerate(footer):
        fig.text(0.01, 0.015 + 0.035 * (len(footer) - 1 - i), line, fontsize=7, color="#444444")
    return fig


def render_png(spec: ChartSpec, kb_version: str = "") -> bytes:
    """Draw the chart and encode it as PNG, with the title, source and plotted values in text chunks."""
    fig = draw(spec)
    buffer = io.BytesIO()
    fig.savefig(
        buffer,
        format="png",
        metadata={
            "Title": spec.title,
            "Source": "; ".join(spec.source_urls),
            "Description": table_text(spec),
            "Software": None,  # no version string: the same data draws the same bytes
            DATA_KEY: json.dumps(spec.data(kb_version), ensure_ascii=True, sort_keys=True),
        },
    )
    return buffer.getvalue()


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header; raises ``ValueError`` on anything that is not a PNG."""
    if len(data) < 24 or not data.startswith(PNG_SIGNATURE) or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


__all__ = [
    "ChartBook",
    "ChartKind",
    "ChartPoint",
    "ChartSeries",
    "ChartSpec",
    "UnknownChartError",
    "chart_for_fact",
    "chart_for_fact_async",
    "draw",
    "png_size",
    "render_png",
    "summary_text",
    "table_text",
    "warm_up",
    "warm_up_async",
]
