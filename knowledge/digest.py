"""Daily fact digests: when each server's next digest is due, and which facts it shows.

Pure: no clock is read here (instants and dates are arguments) and nothing here sends
anything. The store persists subscriptions, posts and rotation state; the Discord layer
runs one scheduler over the store and renders ``Digest`` values.

Scheduling rule: a server's digest for local date ``d`` is due at ``d`` + its local time in
its zone. A local time that does not exist that day (the spring-forward gap) runs at the
same wall-clock distance after the gap (02:30 → 03:30); a local time that happens twice (the
autumn fold) runs at its first occurrence. Either way there is exactly one instant per day.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import BaseModel, ConfigDict

from .errors import ParityError
from .formatting import figure_in, source_line
from .models import EDITIONS, EditionInfo, Fact, FactRef

DEFAULT_TIME = time(9, 0)
DEFAULT_ZONE = "UTC"
RELATED = 2  # figures shown under the headline

_HHMM = re.compile(r"^\s*(\d{1,2})[:h.](\d{2})\s*$")


class DigestError(ParityError):
    """A digest setting cannot be used as given; the text says why."""


class Status(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"  # the channel is gone or Parity lost a permission there; settings are kept
    DORMANT = "dormant"  # Parity is not in the server any more; resumes when it is added back


class Subscription(BaseModel):
    """One server's digest settings and where its schedule stands."""

    model_config = ConfigDict(frozen=True)

    guild_id: int
    channel_id: int
    local_time: time
    timezone: str
    subscribed_by: int
    status: Status
    paused_reason: str | None = None
    next_run_at: datetime  # UTC
    next_local_date: date
    attempts: int = 0  # failed sends in a row for next_local_date
    last_posted_at: datetime | None = None
    last_local_date: date | None = None
    last_message_id: int | None = None

    @property
    def zone(self) -> ZoneInfo:
        return zone(self.timezone)


# -- settings -------------------------------------------------------------------------------------


def parse_time(text: str | None) -> time:
    """'09:00', '9:00', '21h30' → a time; anything else is a ``DigestError`` naming the format."""
    if text is None or not text.strip():
        return DEFAULT_TIME
    match = _HHMM.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise DigestError(f"“{text.strip()[:20]}” isn't a time I can use: write it as HH:MM, 24-hour, e.g. 09:00 or 18:30.")


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """Every IANA zone name (from ``tzdata`` where the system has none), sorted."""
    return tuple(sorted(available_timezones() - {"localtime", "Factory"}))


@lru_cache(maxsize=2048)
def zone(name: str) -> ZoneInfo:
    """The zone for an IANA name; ``DigestError`` for anything else."""
    cleaned = name.strip()
    by_fold = {n.casefold(): n for n in zone_names()}
    canonical = by_fold.get(cleaned.casefold())
    if canonical is None:
        raise DigestError(
            f"“{cleaned[:40]}” isn't a time zone I know: pick an IANA name from the list, e.g. Europe/Berlin, "
            "America/New_York or Asia/Kolkata."
        )
    try:
        return ZoneInfo(canonical)
    except (ZoneInfoNotFoundError, ValueError) as exc:  # pragma: no cover - listed names load
        raise DigestError(f"The time zone {canonical} could not be loaded.") from exc


def complete_zone(typed: str, limit: int = 25) -> list[str]:
    """Zone names for autocomplete: names starting with the text first, then names containing it."""
    needle = typed.strip().casefold().replace(" ", "_")
    if not needle:
        popular = ["UTC", "America/New_York", "America/Los_Angeles", "Europe/London", "Europe/Berlin"]
        popular += ["Asia/Kolkata", "Asia/Shanghai", "Asia/Tokyo", "Australia/Sydney", "America/Sao_Paulo"]
        return popular[:limit]
    names = zone_names()
    starts = [n for n in names if n.casefold().startswith(needle)]
    city = [n for n in names if n not in starts and n.casefold().split("/")[-1].startswith(needle)]
    contains = [n for n in names if n not in starts and n not in city and needle in n.casefold()]
    return (starts + city + contains)[:limit]


# -- scheduling -----------------------------------------------------------------------------------


def run_at(local_date: date, local_time: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of the digest for one local date (see the module docstring for gaps and folds)."""
    # fold=0 resolves a skipped time with the offset from before the gap, i.e. it lands after the gap,
    # and an ambiguous time to its first occurrence.
    return datetime.combine(local_date, local_time, tzinfo=tz).replace(fold=0).astimezone(UTC)


def first_run(now: datetime, local_time: time, tz: ZoneInfo) -> tuple[datetime, date]:
    """The next scheduled instant strictly after ``now`` and the local date it is for."""
    local_today = now.astimezone(tz).date()
    for offset in (-1, 0, 1, 2):
        day = local_today + timedelta(days=offset)
        instant = run_at(day, local_time, tz)
        if instant > now:
            return instant, day
    raise AssertionError("unreachable: a day always has a later run")  # pragma: no cover


@dataclass(frozen=True)
class Plan:
    """What to do about one due subscription at ``now``."""

    post_date: date | None  # the local date to post for now, if any
    skipped: tuple[date, ...]  # local dates missed beyond the catch-up window
    next_run_at: datetime  # where the schedule moves to once this is handled
    next_local_date: date


def plan(sub: Subscription, now: datetime, catch_up: timedelta) -> Plan:
    """Decide the post for a due subscription: on time or late within ``catch_up``, else skip the day.

    Days the bot missed entirely (down for longer than the window) are listed in ``skipped``.
    """
    tz = sub.zone
    day = sub.next_local_date
    instant = run_at(day, sub.local_time, tz)
    skipped: list[date] = []
    while instant + catch_up < now:
        skipped.append(day)
        day += timedelta(days=1)
        instant = run_at(day, sub.local_time, tz)
    if instant <= now:
        following = day + timedelta(days=1)
        return Plan(day, tuple(skipped), run_at(following, sub.local_time, tz), following)
    return Plan(None, tuple(skipped), instant, day)


# -- content --------------------------------------------------------------------------------------


class Digest(BaseModel):
    """One server's digest for one local date."""

    model_config = ConfigDict(frozen=True)

    local_date: date
    headline: FactRef
    related: tuple[FactRef, ...]
    on_this_day: tuple[EditionInfo, ...] = ()
    topic: str
    kb_version: str = ""

    @property
    def fact_ids(self) -> tuple[str, ...]:
        return (self.headline.id, *(r.id for r in self.related))


def released_on(local_date: date) -> tuple[EditionInfo, ...]:
    """AI Index editions released on this month and day (in any year up to this one)."""
    found = []
    for info in EDITIONS.values():
        released = date.fromisoformat(info.released)
        if (released.month, released.day) == (local_date.month, local_date.day) and released.year <= local_date.year:
            found.append(info)
    return tuple(found)


def _rank(seed: str, fact_id: str) -> bytes:
    # A stable per-server shuffle: each server walks the knowledge base in its own order.
    return hashlib.blake2b(f"{seed}|{fact_id}".encode(), digest_size=8).digest()


def _related(headline: Fact, facts: Sequence[Fact], shown: set[str], seed: str) -> list[Fact]:
    """Two figures close to the headline: same metric (other editions or places), then shared places, then topic."""

    def closeness(fact: Fact) -> tuple[int, int, bytes]:
        same_metric = fact.metric == headline.metric
        shared = len(set(fact.entities) & set(headline.entities))
        tier = 0 if same_metric and fact.edition != headline.edition else 1 if same_metric else 2 if shared else 3
        return (tier + (4 if fact.id in shown else 0), -shared, _rank(seed, fact.id))

    pool = [f for f in facts if f.id != headline.id and f.topic == headline.topic]
    pool.sort(key=closeness)
    chosen: list[Fact] = []
    for fact in pool:
        if len(chosen) == RELATED:
            break
        # Two figures that say the same thing (same metric and period) make a dull digest.
        if any(c.metric == fact.metric and c.period == fact.period for c in chosen):
            continue
        chosen.append(fact)
    return chosen


def select(
    facts: Sequence[Fact],
    shown: Iterable[str],
    *,
    local_date: date,
    seed: str,
    kb_version: str = "",
) -> tuple[Digest, bool]:
    """Pick one server's digest: a headline never shown before in this rotation, from the least-shown topic.

    ``shown`` is the server's rotation so far (headlines and related figures). When every fact
    has been shown the rotation starts again; the second value says so (the caller clears it).
    On the day an edition was released, the headline comes from that edition when one is left.
    """
    if not facts:
        raise DigestError("The knowledge base is empty, so there is nothing to post.")
    by_id = {f.id: f for f in facts}
    seen = {fact_id for fact_id in shown if fact_id in by_id}
    restarted = len(seen) >= len(by_id)
    if restarted:
        seen = set()
    fresh = [f for f in facts if f.id not in seen]
    anniversaries = released_on(local_date)
    editions = {info.edition for info in anniversaries}
    if editions and any(f.edition in editions for f in fresh):
        fresh = [f for f in fresh if f.edition in editions]
    # Balance: topics take turns (the one shown least so far in this rotation goes next), so a big
    # chapter such as benchmarks does not crowd out a small one such as energy.
    used = Counter(by_id[i].topic for i in seen)
    topics = {f.topic for f in fresh}
    topic = min(topics, key=lambda t: (used[t], _rank(seed + str(local_date), t)))
    headline = min((f for f in fresh if f.topic == topic), key=lambda f: _rank(seed, f.id))
    related = _related(headline, facts, seen, seed)
    digest = Digest(
        local_date=local_date,
        headline=FactRef.of(headline),
        related=tuple(FactRef.of(f) for f in related),
        on_this_day=anniversaries,
        topic=topic,
        kb_version=kb_version,
    )
    return digest, restarted


# -- plain text (CLI preview) ---------------------------------------------------------------------


def on_this_day_line(info: EditionInfo, local_date: date) -> str:
    years = local_date.year - date.fromisoformat(info.released).year
    when = "Today" if years == 0 else f"On this day in {info.released[:4]}"
    return f"{when}, Stanford HAI released the {info.number} AI Index ({info.edition.value}): {info.url}"


def digest_text(digest: Digest) -> str:
    """The digest as plain text, the way ``parity digest preview`` prints it."""
    lines = [f"Parity daily digest — {digest.local_date:%A %d %B %Y} — topic: {digest.topic}", ""]
    lines += [on_this_day_line(info, digest.local_date) for info in digest.on_this_day]
    if digest.on_this_day:
        lines.append("")
    head = digest.headline
    lines += [f"{head.label}: {figure_in(head.value, head.unit, head.period)}", head.statement, source_line(head)]
    for ref in digest.related:
        lines += ["", f"• {ref.label}: {figure_in(ref.value, ref.unit, ref.period)}", f"  {source_line(ref)}"]
    return "\n".join(lines)
