"""Fact and answer models: the shapes every layer agrees on.

Facts are frozen pydantic models validated from the human-edited files under
``knowledge/data``. Answers are what the engine returns to every entry point
(Discord, ``parity ask``, ``parity console``).
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cached_property
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

_SLUG = r"^[a-z0-9][a-z0-9._-]*$"
_YEAR = re.compile(r"(?<!\d)(19|20)\d{2}(?!\d)")


class Edition(StrEnum):
    """Which report a figure comes from."""

    AI_INDEX_2024 = "AI Index 2024"
    AI_INDEX_2025 = "AI Index 2025"
    AI_INDEX_2026 = "AI Index 2026"
    CONTEXT = "Context (not an AI Index figure)"

    @property
    def year(self) -> int | None:
        """The edition's year, or ``None`` for context claims outside the AI Index."""
        return _EDITION_YEARS[self]

    @property
    def rank(self) -> int:
        """Sort key: newer editions rank higher; context claims rank lowest."""
        return self.year or 0


def _edition_year(edition: Edition) -> int | None:
    match = _YEAR.search(edition.value)
    return int(match.group()) if match else None


_EDITION_YEARS: dict[Edition, int | None] = {e: _edition_year(e) for e in Edition}


class EditionInfo(BaseModel):
    """What Parity knows about one edition of the report itself."""

    model_config = ConfigDict(frozen=True)

    edition: Edition
    number: str
    released: str  # ISO date
    covers: str
    url: str


EDITIONS: dict[Edition, EditionInfo] = {
    Edition.AI_INDEX_2024: EditionInfo(
        edition=Edition.AI_INDEX_2024,
        number="7th",
        released="2024-04-15",
        covers="2023",
        url="https://hai.stanford.edu/ai-index/2024-ai-index-report",
    ),
    Edition.AI_INDEX_2025: EditionInfo(
        edition=Edition.AI_INDEX_2025,
        number="8th",
        released="2025-04-07",
        covers="2024",
        url="https://hai.stanford.edu/ai-index/2025-ai-index-report",
    ),
    Edition.AI_INDEX_2026: EditionInfo(
        edition=Edition.AI_INDEX_2026,
        number="9th",
        released="2026-04-13",
        covers="2025",
        url="https://hai.stanford.edu/ai-index/2026-ai-index-report",
    ),
}


def _check_url(url: str) -> str:
    if not re.match(r"^https?://[^\s/]+\.[^\s/]+(/\S*)?$", url):
        raise ValueError(f"not a web address: {url!r}")
    return url


Url = Annotated[str, AfterValidator(_check_url)]


class SeriesPoint(BaseModel):
    """One point of a before/after series, e.g. ``end of 2023: 17.5``."""

    model_config = ConfigDict(frozen=True)

    period: str
    value: float


class Fact(BaseModel):
    """One sourced figure from the AI Index (or a clearly marked context claim)."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    id: Annotated[str, Field(pattern=_SLUG, max_length=80)]
    metric: Annotated[str, Field(pattern=_SLUG, max_length=80)]
    label: Annotated[str, Field(min_length=3, max_length=120)]
    topic: Annotated[str, Field(pattern=_SLUG)]
    statement: Annotated[str, Field(min_length=10, max_length=600)]
    value: float
    unit: Annotated[str, Field(min_length=1, max_length=80)]
    entities: tuple[str, ...] = Field(min_length=1)
    period: Annotated[str, Field(min_length=1, max_length=60)]
    edition: Edition
    chapter: Annotated[str, Field(min_length=1, max_length=80)]
    sources: tuple[Url, ...] = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()  # example questions this fact answers, to teach the matcher
    notes: str = ""
    series: tuple[SeriesPoint, ...] = ()
    corroboration: Annotated[int, Field(ge=0)] = 0

    @field_validator("series", mode="before")
    @classmethod
    def _series_from_mapping(cls, raw: object) -> object:
        # The files write a series as an ordered mapping ``period: value``.
        if isinstance(raw, dict):
            return tuple({"period": str(k), "value": v} for k, v in raw.items())
        return raw

    @field_validator("aliases", "entities", "questions")
    @classmethod
    def _no_blank_items(cls, items: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(item.strip() for item in items)
        if any(not item for item in cleaned):
            raise ValueError("items must not be blank")
        return cleaned

    @model_validator(mode="after")
    def _series_holds_value(self) -> Fact:
        if self.series:
            if len(self.series) < 2:
                raise ValueError("a series needs at least two points")
            if not any(p.value == self.value for p in self.series):
                raise ValueError(f"value {self.value:g} is not one of the series points")
        if self.edition is not Edition.CONTEXT and not self.chapter:
            raise ValueError("an AI Index figure needs its chapter")
        return self

    @cached_property
    def unit_key(self) -> str:
        """The unit normalised for comparing facts ("global avg = 1" is "global average = 1")."""
        return re.sub(r"\s+", " ", self.shared_unit.casefold().replace("avg", "average").replace("approx.", "")).strip()

    @property
    def shared_unit(self) -> str:
        """The unit without naming whose figure it is: "count of top 100 (China)" is "count of top 100",
        as the US's is, so the two compare."""
        unit = self.unit
        for entity in self.entities:
            unit = unit.replace(f"({entity})", "")
        return re.sub(r"\s+", " ", unit).strip()

    @property
    def source_url(self) -> str:
        """The link an answer cites: the hai.stanford.edu page where there is one."""
        return self.sources[0]

    @cached_property
    def years(self) -> frozenset[int]:
        """Years named in the period, e.g. ``end of 2024`` → {2024}."""
        return frozenset(int(m.group()) for m in _YEAR.finditer(self.period))


class FactRef(BaseModel):
    """The part of a fact an answer carries to its caller."""

    model_config = ConfigDict(frozen=True)

    id: str
    metric: str
    label: str
    statement: str
    value: float
    unit: str
    period: str
    edition: Edition
    chapter: str
    source_url: str
    entities: tuple[str, ...]
    notes: str = ""
    series: tuple[SeriesPoint, ...] = ()

    @classmethod
    def of(cls, fact: Fact) -> FactRef:
        return cls(
            id=fact.id,
            metric=fact.metric,
            label=fact.label,
            statement=fact.statement,
            value=fact.value,
            unit=fact.unit,
            period=fact.period,
            edition=fact.edition,
            chapter=fact.chapter,
            source_url=fact.source_url,
            entities=fact.entities,
            notes=fact.notes,
            series=fact.series,
        )


class Suggestion(BaseModel):
    """A fact Parity thinks the user may have meant."""

    model_config = ConfigDict(frozen=True)

    id: str
    label: str
    question: str


class Comparison(BaseModel):
    """Two figures on one measure, with the arithmetic shown; or, for two periods (two models, each of its
    own year), side by side with neither difference nor ratio, and ``working`` saying why."""

    model_config = ConfigDict(frozen=True)

    difference: float | None
    ratio: float | None
    working: str


class Answer(BaseModel):
    """What Parity says in reply to one question."""

    model_config = ConfigDict(frozen=True)

    question: str
    answered: bool
    text: str
    facts: tuple[FactRef, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    confidence: Annotated[float, Field(ge=0.0, le=1.0)] = 0.0
    comparison: Comparison | None = None
    kb_version: str = ""
