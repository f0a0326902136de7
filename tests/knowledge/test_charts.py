"""Chart selection and rendering: what is plotted equals the knowledge base, and the PNG is a real PNG."""

from __future__ import annotations

import asyncio
import io
import json

import pytest
from matplotlib.container import BarContainer
from PIL import Image

from knowledge import lexicon
from knowledge.charts import (
    DATA_KEY,
    PNG_SIGNATURE,
    ChartBook,
    ChartKind,
    ChartSpec,
    UnknownChartError,
    chart_for_fact,
    chart_for_fact_async,
    draw,
    period_order,
    png_size,
    table_text,
)
from knowledge.engine import KnowledgeBase


@pytest.fixture
def book(kb: KnowledgeBase) -> ChartBook:
    return ChartBook.of(kb)


def plotted(spec: ChartSpec) -> list[tuple[str, str, float]]:
    """(series, category, value) read back from the matplotlib artists, not from the spec's points."""
    ax = draw(spec).axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels()]
    out: list[tuple[str, str, float]] = []
    if spec.kind is ChartKind.BARS:
        bars = [c for c in ax.containers if isinstance(c, BarContainer)]
        for series, container in zip(spec.series, bars, strict=True):
            for patch in container.patches:
                centre = patch.get_x() + patch.get_width() / 2
                out.append((series.name, labels[round(centre)], patch.get_height()))
    else:
        for series, line in zip(spec.series, ax.get_lines(), strict=True):
            xs, ys = line.get_data()
            out.extend((series.name, labels[int(x)], float(y)) for x, y in zip(xs, ys, strict=True))
    return sorted(out)


def decoded(png: bytes) -> tuple[tuple[int, int], dict[str, str]]:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image.size, dict(image.text)  # type: ignore[attr-defined]


# -- selection ------------------------------------------------------------------------------------


def test_every_series_of_two_or_more_points_has_a_chart(kb: KnowledgeBase, book: ChartBook) -> None:
    for fact in kb.facts:
        spec = book.for_fact(fact.id)
        if len(fact.series) >= 2:
            assert spec is not None, fact.id
            assert [(p.category, p.value) for p in spec.series[0].points] == [(p.period, p.value) for p in fact.series]
            assert spec.editions == (fact.edition,)
            assert spec.unit == fact.unit
        else:
            assert spec is None


def test_metrics_with_several_countries_have_a_chart(kb: KnowledgeBase, book: ChartBook) -> None:
    for metric in ("private-investment", "notable-models", "robot-installations"):
        spec = book.get(metric)
        assert spec is not None and spec.kind is ChartKind.BARS
        assert len(spec.categories) >= 3
        for series in spec.series:
            for point in series.points:
                fact = kb.get_fact(point.fact_id)
                assert fact is not None and fact.metric == metric
                assert point.value == fact.value
                assert kb.matcher.subject(fact) == point.category
                assert fact.period == series.name
                assert point.category in lexicon.PLACES and point.category != lexicon.WORLD


def test_private_investment_by_country_covers_2023_2024_and_2025(book: ChartBook) -> None:
    spec = book.get("private-investment")
    assert spec is not None
    assert [s.name for s in spec.series] == ["2023", "2024", "2025"]
    assert spec.categories[:3] == ("US", "China", "UK")
    us = [s.value("US") for s in spec.series]
    assert us == [67.2, 109.1, 285.9]
    assert spec.unit == "USD billions"
    assert spec.editions[-1].value == "AI Index 2026" and len(spec.editions) == 3
    assert "World totals are not plotted." in spec.notes


def test_the_four_benchmark_gaps_end_2023_vs_end_2024(book: ChartBook) -> None:
    spec = book.get("us-china-benchmark-gaps")
    assert spec is not None
    assert spec.unit == "percentage points"
    assert set(spec.categories) == {"MMLU", "MMMU", "MATH", "HumanEval"}
    assert [s.name for s in spec.series] == ["end of 2023", "end of 2024"]
    assert spec.series[0].value("MMLU") == 17.5 and spec.series[1].value("MMLU") == 0.3
    assert plotted(spec) == sorted((s.name, p.category, p.value) for s in spec.series for p in s.points)


def test_arena_gap_keeps_each_editions_line_apart(kb: KnowledgeBase, book: ChartBook) -> None:
    spec = book.get("us-china-arena-gap")
    assert spec is not None and spec.kind is ChartKind.LINE
    assert spec.categories == ("January 2024", "February 2025", "March 2026")
    assert [s.name for s in spec.series] == ["AI Index 2025", "AI Index 2026"]
    for series in spec.series:
        fact = kb.get_fact(series.points[0].fact_id)
        assert fact is not None and fact.metric == "us-china-gap.arena-points"
        assert [(p.category, p.value) for p in series.points] == [(p.period, p.value) for p in fact.series]


def test_chart_keys_are_unique_and_every_spec_is_sourced(book: ChartBook) -> None:
    keys = [s.key for s in book.specs]
    assert len(keys) == len(set(keys))
    for spec in book.specs:
        assert spec.title and spec.unit and spec.editions and spec.sources
        assert all(line.startswith("Source: ") for line in spec.sources)
        assert set(spec.categories) >= {p.category for s in spec.series for p in s.points}


@pytest.mark.parametrize(
    ("earlier", "later"),
    [("end of 2023", "end of 2024"), ("January 2024", "February 2025"), ("2023 (2025 ed.)", "2024"), ("2022", "2023")],
)
def test_periods_sort_in_time_order(earlier: str, later: str) -> None:
    assert period_order(earlier) < period_order(later)


# -- lookups --------------------------------------------------------------------------------------


def test_resolve_accepts_keys_and_loose_names(book: ChartBook) -> None:
    assert book.resolve("private-investment") is book.get("private-investment")
    assert book.resolve("Private Investment") is book.get("private-investment")
    assert book.resolve("notable models") is book.get("notable-models")
    assert book.resolve("the price of tea") is None


async def test_complete_finds_charts_by_words_and_through_the_engine(book: ChartBook) -> None:
    robots = [s.key for s in await book.complete("robot")]
    assert robots[0] == "robot-installations"
    gaps = [s.key for s in await book.complete("us china gap")]
    assert "us-china-benchmark-gaps" in gaps[:3]
    assert len(await book.complete("", 25)) == 25
    suggestions = await book.suggest("robbot instalations")
    assert 1 <= len(suggestions) <= 3


# -- rendering ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        "us-china-benchmark-gaps",
        "us-china-arena-gap",
        "private-investment",
        "notable-models",
        "robot-installations",
        "gap-mmlu-us-china",
        "po-optimism-global",
    ],
)
def test_plotted_values_equal_the_knowledge_base(book: ChartBook, key: str) -> None:
    spec = book.get(key)
    assert spec is not None
    assert plotted(spec) == sorted((s.name, p.category, p.value) for s in spec.series for p in s.points)


def test_png_is_valid_sized_and_carries_title_source_and_data(book: ChartBook) -> None:
    spec = book.get("private-investment")
    assert spec is not None
    png = book.render(spec.key)
    assert png.startswith(PNG_SIGNATURE)
    assert png_size(png) == (880, 506)
    assert 10_000 < len(png) < 500_000
    size, text = decoded(png)
    assert size == (880, 506)
    assert text["Title"] == spec.title
    assert "hai.stanford.edu" in text["Source"]
    assert text["Description"] == table_text(spec)
    data = json.loads(text[DATA_KEY])
    assert data["key"] == "private-investment" and data["kb_version"] == book.version
    assert data["series"] == [{"name": s.name, "points": [p.model_dump() for p in s.points]} for s in spec.series]


def test_every_chart_renders(book: ChartBook) -> None:
    for spec in book.specs:
        assert png_size(book.render(spec.key))[0] == 880, spec.key


async def test_render_is_cached_per_knowledge_base_version(book: ChartBook) -> None:
    first = await book.render_async("notable-models")
    assert book.is_cached("notable-models")
    assert await book.render_async("notable-models") is first
    again = await asyncio.gather(*(book.render_async("robot-installations") for _ in range(4)))
    assert all(png is again[0] for png in again)  # drawn once, shared


def test_unknown_chart_is_a_user_safe_error(book: ChartBook) -> None:
    with pytest.raises(UnknownChartError, match="no chart called “nope”"):
        book.render("nope")


async def test_chart_for_fact_gives_the_series_png_or_none(kb: KnowledgeBase) -> None:
    png = chart_for_fact(kb, "gap-mmlu-us-china")
    assert png is not None and png.startswith(PNG_SIGNATURE)
    assert json.loads(decoded(png)[1][DATA_KEY])["series"][0]["points"][0]["value"] == 17.5
    assert chart_for_fact(kb, "inv-us-private-2024") is None  # no series
    assert chart_for_fact(kb, "no-such-fact") is None
    assert await chart_for_fact_async(kb, "gap-mmlu-us-china") is png
