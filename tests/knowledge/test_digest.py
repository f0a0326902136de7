"""Digest scheduling and selection: DST, half-hour zones, catch-up, rotation without repeats."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from knowledge.digest import (
    DigestError,
    Status,
    Subscription,
    complete_zone,
    digest_text,
    first_run,
    parse_time,
    plan,
    released_on,
    run_at,
    select,
    zone,
)
from knowledge.loader import load_facts
from knowledge.models import Fact

CATCH_UP = timedelta(hours=6)


@pytest.fixture(scope="module")
def facts() -> list[Fact]:
    return load_facts()


@pytest.mark.parametrize(
    ("zone_name", "local_date", "local_time", "expected_utc"),
    [
        ("America/New_York", date(2026, 3, 7), time(9), datetime(2026, 3, 7, 14, tzinfo=UTC)),  # EST
        ("America/New_York", date(2026, 3, 8), time(9), datetime(2026, 3, 8, 13, tzinfo=UTC)),  # EDT from today
        ("America/New_York", date(2026, 3, 8), time(2, 30), datetime(2026, 3, 8, 7, 30, tzinfo=UTC)),  # gap → 03:30
        ("America/New_York", date(2026, 11, 1), time(1, 30), datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),  # first 01:30
        ("Europe/Berlin", date(2026, 3, 28), time(9), datetime(2026, 3, 28, 8, tzinfo=UTC)),  # CET
        ("Europe/Berlin", date(2026, 3, 29), time(9), datetime(2026, 3, 29, 7, tzinfo=UTC)),  # CEST
        ("Europe/Berlin", date(2026, 10, 25), time(9), datetime(2026, 10, 25, 8, tzinfo=UTC)),  # back to CET
        ("Asia/Kolkata", date(2026, 1, 1), time(9), datetime(2026, 1, 1, 3, 30, tzinfo=UTC)),  # +05:30
        ("UTC", date(2026, 1, 1), time(0), datetime(2026, 1, 1, tzinfo=UTC)),
    ],
)
def test_run_at_follows_the_local_clock(
    zone_name: str, local_date: date, local_time: time, expected_utc: datetime
) -> None:
    assert run_at(local_date, local_time, zone(zone_name)) == expected_utc


@pytest.mark.parametrize("zone_name", ["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe"])
@pytest.mark.parametrize("local_time", [time(0, 0), time(2, 30), time(9, 0), time(23, 59)])
def test_exactly_one_run_per_local_day_through_a_whole_year(zone_name: str, local_time: time) -> None:
    tz = zone(zone_name)
    now = datetime(2026, 1, 1, tzinfo=UTC)
    instant, day = first_run(now, local_time, tz)
    days = []
    for _ in range(366):
        sub = _sub(zone_name, local_time, instant, day)
        decided = plan(sub, instant, CATCH_UP)
        assert decided.post_date == day and not decided.skipped
        days.append(day)
        assert decided.next_run_at > instant
        instant, day = decided.next_run_at, decided.next_local_date
    assert days == [days[0] + timedelta(days=i) for i in range(366)]


def test_first_run_is_today_when_the_time_is_still_ahead_else_tomorrow() -> None:
    tz = zone("Asia/Kolkata")
    assert first_run(datetime(2026, 1, 1, 3, 0, tzinfo=UTC), time(9), tz) == (
        datetime(2026, 1, 1, 3, 30, tzinfo=UTC),
        date(2026, 1, 1),
    )
    assert first_run(datetime(2026, 1, 1, 3, 30, tzinfo=UTC), time(9), tz) == (
        datetime(2026, 1, 2, 3, 30, tzinfo=UTC),
        date(2026, 1, 2),
    )


def _sub(zone_name: str, local_time: time, next_run_at: datetime, next_local_date: date) -> Subscription:
    return Subscription(
        guild_id=1,
        channel_id=2,
        local_time=local_time,
        timezone=zone_name,
        subscribed_by=3,
        status=Status.ACTIVE,
        next_run_at=next_run_at,
        next_local_date=next_local_date,
    )


def test_a_late_run_within_the_window_posts_and_beyond_it_skips_the_day() -> None:
    due = datetime(2026, 1, 5, 9, tzinfo=UTC)
    sub = _sub("UTC", time(9), due, date(2026, 1, 5))

    late = plan(sub, due + timedelta(hours=5, minutes=59), CATCH_UP)
    assert late.post_date == date(2026, 1, 5) and late.next_local_date == date(2026, 1, 6)

    too_late = plan(sub, due + timedelta(hours=6, minutes=1), CATCH_UP)
    assert too_late.post_date is None and too_late.skipped == (date(2026, 1, 5),)
    assert too_late.next_run_at == datetime(2026, 1, 6, 9, tzinfo=UTC)

    down_for_days = plan(sub, due + timedelta(days=3, hours=1), CATCH_UP)
    assert down_for_days.skipped == (date(2026, 1, 5), date(2026, 1, 6), date(2026, 1, 7))
    assert down_for_days.post_date == date(2026, 1, 8)


@pytest.mark.parametrize(("text", "expected"), [("09:00", time(9)), ("9:05", time(9, 5)), ("21h30", time(21, 30))])
def test_parse_time(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "9", "noon", "12:60"])
def test_parse_time_says_what_it_expects(text: str) -> None:
    with pytest.raises(DigestError, match="HH:MM"):
        parse_time(text)


def test_zones_are_iana_names_with_autocomplete() -> None:
    assert zone("europe/berlin").key == "Europe/Berlin"
    with pytest.raises(DigestError, match="time zone"):
        zone("Mars/Olympus_Mons")
    assert complete_zone("kolk") == ["Asia/Kolkata"]
    assert complete_zone("america/new")[0] == "America/New_York"
    assert len(complete_zone("")) == 10


def test_rotation_shows_every_fact_as_a_headline_once_before_repeating(facts: list[Fact]) -> None:
    shown: set[str] = set()
    headlines: list[str] = []
    day = date(2026, 5, 1)
    for _ in range(len(facts)):
        digest, restarted = select(facts, shown, local_date=day, seed="42")
        assert not restarted
        assert digest.headline.id not in shown
        assert len(digest.related) == 2 and digest.headline.id not in {r.id for r in digest.related}
        headlines.append(digest.headline.id)
        shown.update(digest.fact_ids)
        day += timedelta(days=1)
        if len(shown) == len(facts):
            break
    assert len(set(headlines)) == len(headlines)
    _, restarted = select(facts, shown, local_date=day, seed="42")
    assert restarted


def test_rotation_is_balanced_across_topics(facts: list[Fact]) -> None:
    shown: set[str] = set()
    topics = []
    for i in range(30):
        digest, _ = select(facts, shown, local_date=date(2026, 5, 1) + timedelta(days=i), seed="7")
        shown.add(digest.headline.id)
        topics.append(digest.topic)
    # 30 days over ~17 topics: every topic appears before any appears three times.
    assert max(topics.count(t) for t in topics) <= 2


def test_servers_walk_the_knowledge_base_in_different_orders(facts: list[Fact]) -> None:
    one, _ = select(facts, set(), local_date=date(2026, 5, 1), seed="1")
    others = {select(facts, set(), local_date=date(2026, 5, 1), seed=str(s))[0].headline.id for s in range(2, 12)}
    assert len(others | {one.headline.id}) > 3


def test_on_this_day_an_edition_was_released(facts: list[Fact]) -> None:
    assert [i.number for i in released_on(date(2026, 4, 15))] == ["7th"]
    assert released_on(date(2026, 4, 16)) == ()
    digest, _ = select(facts, set(), local_date=date(2026, 4, 15), seed="1")
    assert digest.headline.edition.value == "AI Index 2024"
    text = digest_text(digest)
    assert "On this day in 2024, Stanford HAI released the 7th AI Index" in text
    assert digest.headline.source_url in text
