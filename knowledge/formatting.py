"""How figures read: values with their units, and the plain-text answer layout.

Shared by every renderer, so a figure looks the same in Discord, ``parity ask`` and the
console.
"""

from __future__ import annotations

from .models import EDITIONS, Edition, FactRef

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def number(value: float) -> str:
    """1234567 → '1,234,567'; 0.30 → '0.3'; keeps meaningful decimals only."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    text = f"{value:,.4f}".rstrip("0").rstrip(".")
    return text


def figure_in(value: float, unit: str, period: str) -> str:
    """A figure and its period, the period said once: "62 (2016-2025)", not "62 (2016-2025) (2016-2025)"."""
    shown = figure(value, unit)
    return shown if says_period(shown, period) else f"{shown} ({period})"


def says_period(shown: str, period: str) -> bool:
    """Whether a figure as shown already ends with its period, because its unit names it."""
    return shown.endswith(f"({period})")


def figure(value: float, unit: str) -> str:
    """A value with its unit, written the way a reader expects."""
    base = unit.split(" (", maxsplit=1)[0].strip()
    qualifier = unit[len(base) :].strip()
    suffix = f" {qualifier}" if qualifier else ""
    if base.startswith("date") or unit.startswith("date"):
        raw = f"{int(value):08d}"
        year, month, day = int(raw[:4]), int(raw[4:6]), int(raw[6:])
        if 1 <= month <= 12:
            return f"{_MONTHS[month - 1]} {day}, {year}"
        return raw
    currencies = {"USD": "$", "EUR": "€", "CAD": "CA$"}
    words = base.split()
    if words and words[0] in currencies:
        scale = " ".join(words[1:])
        scale_word = {"billions": "billion", "millions": "million", "trillions": "trillion"}.get(scale, scale)
        joined = f" {scale_word}" if scale_word else ""
        return f"{currencies[words[0]]}{number(value)}{joined}{suffix}"
    if base == "percent":
        return f"{number(value)}%{suffix}"
    if base == "percentage points":
        return f"{number(value)} percentage points{suffix}"
    if base.startswith("percent "):
        return f"{number(value)}% {base[len('percent ') :]}{suffix}"  # "88% of organizations"
    if base == "count" or base.startswith("count "):
        detail = base[len("count") :].strip()
        return f"{number(value)}{' ' + detail if detail else ''}{suffix}"
    if base.startswith("ratio"):
        return f"{number(value)}×{suffix}"
    return f"{number(value)} {unit}"


def edition_phrase(edition: Edition) -> str:
    info = EDITIONS.get(edition)
    return f"{edition.value} ({info.number} edition)" if info else edition.value


def source_line(fact: FactRef) -> str:
    if fact.edition is Edition.CONTEXT:
        return f"Source: {fact.edition.value} — {fact.source_url}"
    return f"Source: {fact.edition.value}, {fact.chapter} — {fact.source_url}"


def change_line(fact: FactRef) -> str | None:
    """'Change: 17.5 → 0.3 percentage points (end of 2023 → end of 2024)' for a series."""
    if len(fact.series) < 2:
        return None
    values = " → ".join(number(p.value) for p in fact.series)
    periods = " → ".join(p.period for p in fact.series)
    return f"Change: {values} ({periods}); unit: {fact.unit}."
