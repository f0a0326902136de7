"""/gap, /fact and /compare, and their autocomplete."""

from __future__ import annotations

import pytest
from simcord import ChannelHandle, Env, MemberActor

from bot.bot import ParityBot


def field(embed, name):  # type: ignore[no-untyped-def]
    return next(f.value for f in embed.fields if f.name == name)


async def test_gap_shows_both_periods_and_the_change(channel: ChannelHandle, alice: MemberActor) -> None:
    result = await alice.slash(channel, "gap", benchmark="MMLU")

    embed = result.response.embeds[0]
    assert embed.title == "US–China gap on MMLU (end of 2024)"
    assert embed.description.startswith("**0.3 percentage points** · end of 2024")
    assert field(embed, "Change") == "17.5 → 0.3 (end of 2023 → end of 2024); unit: percentage points."
    assert field(embed, "Source").startswith("[AI Index 2025 (8th edition) · Ch.2 Technical Performance](https://")


async def test_gap_with_an_edition_reads_that_edition(channel: ChannelHandle, alice: MemberActor) -> None:
    result = await alice.slash(channel, "gap", benchmark="MMMU", edition="AI Index 2025")

    embed = result.response.embeds[0]
    assert embed.title == "US–China gap on MMMU (end of 2024)"
    assert "**8.1 percentage points**" in embed.description


async def test_gap_autocomplete_offers_benchmarks_and_a_choice_answers_exactly(
    channel: ChannelHandle, alice: MemberActor
) -> None:
    choices = await alice.autocomplete(channel, "gap", "benchmark", "human")

    assert 1 <= len(choices) <= 25
    assert choices[0] == {"name": "US–China gap on HumanEval (end of 2024)", "value": "gap-humaneval-us-china"}

    result = await alice.slash(channel, "gap", benchmark=choices[0]["value"])
    assert result.response.embeds[0].title == "US–China gap on HumanEval (end of 2024)"


async def test_fact_finds_a_card_by_topic(channel: ChannelHandle, alice: MemberActor) -> None:
    result = await alice.slash(channel, "fact", query="robots china")

    embed = result.response.embeds[0]
    assert embed.title.startswith("Industrial robot installations in China")
    assert "Source" in [f.name for f in embed.fields]


@pytest.mark.parametrize("typed", ["", "priv", "nvidia", "zzzzzz", "x" * 100])
async def test_fact_autocomplete_stays_within_discords_limits(
    channel: ChannelHandle, alice: MemberActor, typed: str
) -> None:
    choices = await alice.autocomplete(channel, "fact", "query", typed)

    assert len(choices) <= 25
    assert all(1 <= len(c["name"]) <= 100 and 1 <= len(c["value"]) <= 100 for c in choices)
    assert len({c["value"] for c in choices}) == len(choices)


async def test_fact_autocomplete_uses_the_engines_matcher(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    expected = await bot.kb.complete("private investment china", 25)

    choices = await alice.autocomplete(channel, "fact", "query", "private investment china")

    assert [c["value"] for c in choices] == [s.question for s in expected][: len(choices)]
    picked = await alice.slash(channel, "fact", query=choices[0]["value"])
    assert picked.response.embeds[0].title.startswith(bot.kb.get_fact(choices[0]["value"]).label)  # type: ignore[union-attr]


async def test_compare_shows_both_figures_the_difference_and_the_ratio(
    channel: ChannelHandle, alice: MemberActor
) -> None:
    result = await alice.slash(channel, "compare", metric="private investment", first="US", second="China", year=2024)

    embed = result.response.embeds[0]
    assert embed.title == "Private AI investment in the US vs Private AI investment in China (2024)"
    assert embed.description.startswith("**$109.1 billion** vs **$9.3 billion** · 2024")
    working = field(embed, "Working")
    assert "109.1 − 9.3 = 99.8" in working and "≈ 11.7×" in working


async def test_compare_refuses_what_it_cannot_compare(channel: ChannelHandle, alice: MemberActor) -> None:
    result = await alice.slash(channel, "compare", metric="notable models", first="US", second="Luxembourg")

    embed = result.response.embeds[0]
    assert "no sourced figure for Luxembourg on the same measure, so I can't compare them" in embed.description
    assert embed.title == "Did you mean…?"
    assert not result.ephemeral


async def test_compare_autocomplete_offers_metrics_and_places(channel: ChannelHandle, alice: MemberActor) -> None:
    metrics = await alice.autocomplete(channel, "compare", "metric", "robot")
    assert metrics and len(metrics) <= 25
    assert any(c["value"] == "robot installations" for c in metrics)

    places = await alice.autocomplete(channel, "compare", "first", "chi", metric="robot installations")
    assert places[0] == {"name": "China", "value": "China"}
    second = await alice.autocomplete(channel, "compare", "second", "", metric="robot installations", first="China")
    assert len(second) == 25
