"""What the knowledge base draws on: editions, chapters, source pages, and known errors
in popular coverage. Shared by ``/sources`` in Discord and ``parity console``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict

from .models import EDITIONS, Edition, EditionInfo, Fact


class CoverageError(BaseModel):
    """A figure popular coverage got wrong, and what the report says."""

    model_config = ConfigDict(frozen=True)

    claim: str
    correction: str
    outlets: str
    fact_id: str


# Curated from the research notes in shared/reference; each points at the fact that settles it.
COVERAGE_ERRORS: tuple[CoverageError, ...] = (
    CoverageError(
        claim="The US–China near-parity finding is from the “AI Index Report 2024”.",
        correction="It is from the AI Index 2025 (8th edition, released April 7, 2025), which covers 2024.",
        outlets="tecspectrum.com, vietmetric.vn and the seed articles",
        fact_id="gap-mmlu-us-china",
    ),
    CoverageError(
        claim="The US lead on MMLU, MMMU, MATH and HumanEval shrank to 0.3%, 8.1%, 1.6% and 3.7%.",
        correction="Those gaps are percentage points, not percent.",
        outlets="the China Economic Net syndications (propakistani, newswire.com.pk, latestnewsiverse, tecspectrum)",
        fact_id="gap-mmlu-us-china",
    ),
    CoverageError(
        claim="Organisational AI use grew 27% in Greater China and 23% in Europe.",
        correction="Those are increases of 27 and 23 percentage points.",
        outlets="the seed articles",
        fact_id="adoption-greater-china-growth",
    ),
    CoverageError(
        claim="UK private AI investment in 2024 was £4.5 billion.",
        correction="The AI Index gives $4.5 billion (US dollars).",
        outlets="fudzilla",
        fact_id="inv-uk-private-2024",
    ),
    CoverageError(
        claim="Cumulative private investment totals (2013–2024) are 2025 annual spending.",
        correction="They are totals over 2013–2024, not one year's spending.",
        outlets="jagranjosh and wion",
        fact_id="inv-us-cumulative",
    ),
    CoverageError(
        claim="AI nervousness rose by three points in 2023.",
        correction="It rose by 13 percentage points.",
        outlets="aicerts",
        fact_id="po-nervous-2023",
    ),
    CoverageError(
        claim="AI energy use doubles every five months.",
        correction="It is training compute that doubles about every five months.",
        outlets="ypredict",
        fact_id="compute-training-doubling",
    ),
    CoverageError(
        claim="In March 2026 the top US model led by 2.7 percentage points.",
        correction="The 2.7% is a relative difference in Arena scores, not percentage points.",
        outlets="allmind.ai",
        fact_id="gap-arena-us-china-2026",
    ),
)


class SourcesOverview(BaseModel):
    """Everything ``/sources`` shows."""

    model_config = ConfigDict(frozen=True)

    kb_version: str
    fact_count: int
    editions: tuple[EditionInfo, ...]
    facts_per_edition: dict[str, int]
    chapters: dict[str, tuple[str, ...]]
    official_pages: tuple[str, ...]
    other_sites: int
    coverage_errors: tuple[CoverageError, ...]


def overview(facts: Iterable[Fact], kb_version: str) -> SourcesOverview:
    """Summarise where the facts come from."""
    facts = list(facts)
    per_edition = Counter(f.edition.value for f in facts)
    chapters: dict[str, set[str]] = {}
    official: set[str] = set()
    sites: set[str] = set()
    for fact in facts:
        chapters.setdefault(fact.edition.value, set()).add(fact.chapter)
        for url in fact.sources:
            host = urlparse(url).netloc
            if host == "hai.stanford.edu":
                official.add(url)
            else:
                sites.add(host)
    known = {f.id for f in facts}
    return SourcesOverview(
        kb_version=kb_version,
        fact_count=len(facts),
        editions=tuple(EDITIONS[e] for e in Edition if e in EDITIONS),
        facts_per_edition=dict(sorted(per_edition.items())),
        chapters={k: tuple(sorted(v)) for k, v in sorted(chapters.items())},
        official_pages=tuple(sorted(official)),
        other_sites=len(sites),
        coverage_errors=tuple(e for e in COVERAGE_ERRORS if e.fact_id in known),
    )


def overview_text(view: SourcesOverview) -> str:
    """The plain-text rendering used by the CLI and the console."""
    lines = [f"Parity knowledge base {view.kb_version}: {view.fact_count} sourced facts."]
    for info in view.editions:
        count = view.facts_per_edition.get(info.edition.value, 0)
        lines.append(
            f"- {info.edition.value} ({info.number} edition, released {info.released}, covers {info.covers}):"
            f" {count} facts — {info.url}"
        )
    context = view.facts_per_edition.get(Edition.CONTEXT.value, 0)
    if context:
        lines.append(f"- {context} context claims that are not AI Index figures, marked as such.")
    lines.append(f"Official pages cited: {len(view.official_pages)}; other sites cited: {view.other_sites}.")
    if view.coverage_errors:
        lines.append("Known errors in popular coverage:")
        lines.extend(f"- “{e.claim}” ({e.outlets}): {e.correction}" for e in view.coverage_errors)
    return "\n".join(lines)
