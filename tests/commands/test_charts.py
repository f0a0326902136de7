"""/chart and its autocomplete, as a member uses them: the PNG, the table, the sources, the suggestions."""

from __future__ import annotations

import io
import json

from PIL import Image
from simcord import ChannelHandle, Env, MemberActor

from bot.bot import ParityBot
from knowledge.charts import DATA_KEY, PNG_SIGNATURE, ChartBook, png_size


def field(embed, name):  # type: ignore[no-untyped-def]
    return next(f.value for f in embed.fields if f.name == name)


def the_bot(env: Env) -> ParityBot:
    return env.bot  # type: ignore[return-value]


async def png_data(message) -> tuple[bytes, dict]:  # type: ignore[no-untyped-def,type-arg]
    [attachment] = message.attachments
    png = await attachment.read()
    image = Image.open(io.BytesIO(png))
    image.load()
    return png, json.loads(image.text[DATA_KEY])


async def test_chart_sends_a_png_whose_values_are_the_knowledge_bases(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    kb = the_bot(simcord_env).kb

    result = await alice.slash(channel, "chart", metric="private-investment")

    message = result.response
    assert message is not None
    [attachment] = message.attachments
    assert attachment.filename == "parity-private-investment.png"
    assert attachment.content_type == "image/png"
    assert attachment.description and attachment.description.startswith("Private AI investment by country")
    png, data = await png_data(message)
    assert png.startswith(PNG_SIGNATURE)
    assert png_size(png) == (880, 506)
    assert attachment.size == len(png)
    assert data["kb_version"] == kb.version
    plotted = {(s["name"], p["category"]): (p["value"], p["fact_id"]) for s in data["series"] for p in s["points"]}
    assert plotted[("2024", "US")] == (109.1, "inv-us-private-2024")
    assert plotted[("2025", "China")] == (12.4, "inv-china-private-2025")
    for (period, place), (value, fact_id) in plotted.items():
        fact = kb.get_fact(fact_id)
        assert fact is not None
        assert (fact.period, kb.matcher.subject(fact), fact.value) == (period, place, value)

    embed = message.embeds[0]
    assert embed.title == "Private AI investment by country, 2023–2025"
    assert embed.image.url == "attachment://parity-private-investment.png"
    assert "```" in embed.description
    assert "US      67.2  109.1  285.9" in embed.description
    assert "Unit: USD billions" in embed.description
    assert "AI Index 2026 (9th edition)" in field(embed, "Editions")
    assert "https://hai.stanford.edu/" in field(embed, "Sources")
    assert not simcord_env.errors


async def test_benchmark_gaps_chart_shows_the_four_gaps(channel: ChannelHandle, alice: MemberActor) -> None:
    result = await alice.slash(channel, "chart", metric="us-china-benchmark-gaps")

    message = result.response
    assert message is not None
    _, data = await png_data(message)
    gaps = {(s["name"], p["category"]): p["value"] for s in data["series"] for p in s["points"]}
    assert gaps[("end of 2023", "MMLU")] == 17.5
    assert gaps[("end of 2024", "MMLU")] == 0.3
    assert gaps[("end of 2024", "HumanEval")] == 3.7
    embed = message.embeds[0]
    assert "Unit: percentage points" in embed.description
    assert "MMLU              17.5          0.3" in embed.description


async def test_a_cached_chart_is_sent_straight_away(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    book = ChartBook.of(the_bot(simcord_env).kb)
    png = await book.render_async("robot-installations")

    result = await alice.slash(channel, "chart", metric="robot-installations")

    assert result.response is not None
    assert await result.response.attachments[0].read() == png


async def test_a_loosely_typed_name_still_draws_the_chart(channel: ChannelHandle, alice: MemberActor) -> None:
    result = await alice.slash(channel, "chart", metric="Notable models")

    message = result.response
    assert message is not None
    assert message.embeds[0].title == "Notable AI models by country or region, 2023–2025"


async def test_an_unknown_metric_gets_suggestions_not_an_error(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    result = await alice.slash(channel, "chart", metric="robot instalations china")

    assert result.response is not None and result.ephemeral
    embed = result.response.embeds[0]
    assert embed.title == "No chart called “robot instalations china”"
    assert "Did you mean one of these?" in embed.description
    assert "`/chart metric:robot-installations`" in embed.description
    assert not result.response.attachments
    assert not simcord_env.errors


async def test_nonsense_gets_a_pointer_to_autocomplete(channel: ChannelHandle, alice: MemberActor) -> None:
    result = await alice.slash(channel, "chart", metric="zzzzqqqq")

    assert result.response is not None
    assert "Start typing in `/chart metric:`" in result.response.embeds[0].description


async def test_autocomplete_offers_series_and_country_metrics(channel: ChannelHandle, alice: MemberActor) -> None:
    first = await alice.autocomplete(channel, "chart", "metric", "")
    assert len(first) == 25
    assert first[0] == {
        "name": "US–China gap on 4 benchmarks, end of 2023 vs end of 2024",
        "value": "us-china-benchmark-gaps",
    }

    robots = await alice.autocomplete(channel, "chart", "metric", "robot")
    assert robots[0]["value"] == "robot-installations"
    assert all(1 <= len(c["name"]) <= 100 and 1 <= len(c["value"]) <= 100 for c in robots)

    arena = await alice.autocomplete(channel, "chart", "metric", "arena")
    assert "us-china-arena-gap" in [c["value"] for c in arena]

    picked = await alice.slash(channel, "chart", metric=arena[0]["value"])
    message = picked.response
    assert message is not None
    assert message.attachments[0].filename == f"parity-{arena[0]['value']}.png"
