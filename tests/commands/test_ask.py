"""/ask as a user sees it: the embed, the buttons, feedback, and the one error policy."""

from __future__ import annotations

import logging

import pytest
from simcord import ChannelHandle, Env, GuildHandle, MemberActor

from bot.bot import APOLOGY, ParityBot
from knowledge import formatting
from knowledge.errors import QuestionError


def field(embed, name):  # type: ignore[no-untyped-def]
    return next(f.value for f in embed.fields if f.name == name)


def labels(message) -> list[str]:  # type: ignore[no-untyped-def]
    """Button labels (or emoji) as a user sees them, from a response or a message."""
    out = []
    for row in message.components:
        if isinstance(row, dict):
            out.extend(c.get("label") or c["emoji"]["name"] for c in row["components"])
        else:
            out.extend(c.label or str(c.emoji) for c in row.children)
    return out


async def test_ask_shows_the_figure_its_period_edition_chapter_and_source(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    result = await alice.slash(channel, "ask", question="What is the US-China gap on MMLU?")

    assert result.acknowledged and not result.ephemeral
    embed = result.response.embeds[0]
    assert embed.title == "US–China gap on MMLU (end of 2024)"
    assert embed.description.startswith("**0.3 percentage points** · end of 2024")
    assert field(embed, "Change") == "17.5 → 0.3 (end of 2023 → end of 2024); unit: percentage points."
    assert field(embed, "Source") == (
        "[AI Index 2025 (8th edition) · Ch.2 Technical Performance]"
        "(https://hai.stanford.edu/ai-index/2025-ai-index-report)"
    )
    assert embed.url == "https://hai.stanford.edu/ai-index/2025-ai-index-report"
    assert embed.footer.text.startswith(f"Parity knowledge base {simcord_env.bot.kb.version}")
    assert embed.author.name == "Asked: What is the US-China gap on MMLU?"
    assert labels(result.response) == ["👍", "👎"]


async def test_two_models_of_different_years_stand_side_by_side(channel: ChannelHandle, alice: MemberActor) -> None:
    result = await alice.slash(channel, "ask", question="GPT-4 vs Llama 3.1 training cost?")
    embed = result.response.embeds[0]
    assert embed.title == "Training cost of OpenAI's GPT-4 vs Training cost of Meta's Llama 3.1 405B"
    assert embed.description.startswith("**$79 million** (2023) vs **$170 million** (2024)\n"), embed.description
    assert "different periods" in field(embed, "Working")


async def test_a_period_the_unit_already_names_is_said_once(channel: ChannelHandle, alice: MemberActor) -> None:
    result = await alice.slash(channel, "ask", question="How many AI laws has California enacted?")
    description = result.response.embeds[0].description
    assert description.startswith("**62 (2016-2025)**\n"), description


@pytest.mark.parametrize(
    "question",
    [
        "How much private AI investment did China get in 2024?",
        "US vs China notable models 2024",
        "industrial robots installed in China",
        "How many AI incidents were reported in 2024?",
        "gap-humaneval-us-china",
        "GPT-4 vs Llama 3.1 training cost?",
    ],
)
async def test_ask_gives_the_same_figure_and_source_as_the_engine(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor, question: str
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    expected = await bot.kb.answer(question)

    result = await alice.slash(channel, "ask", question=question)

    embed = result.response.embeds[0]
    assert expected.answered
    # A comparison is about both facts; any other answer is about its first fact, and names what
    # other editions reported in its text, of the same measure or a neighbouring one.
    about = expected.facts if expected.comparison is not None else expected.facts[:1]
    for ref in about:
        assert formatting.figure(ref.value, ref.unit) in embed.description
        assert any(f.name.startswith("Source") and f"]({ref.source_url})" in f.value for f in embed.fields)
        assert ref.label in embed.title
    for ref in expected.facts[len(about) :]:
        figure = formatting.figure(ref.value, ref.unit)
        assert (
            f"The {ref.edition.value} reported {figure}" in embed.description
            or f"Related ({ref.edition.value}): {ref.label}: {figure}" in embed.description
        )


async def test_ask_unsure_offers_suggestions_that_answer_in_place(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    result = await alice.slash(channel, "ask", question="US–China gap on MMLU AI Index 2026")

    embed = result.response.embeds[0]
    assert embed.title == "Did you mean…?"
    offered = labels(result.response)
    assert offered[0] == "US–China gap on MMLU (end of 2024)"
    assert offered[-2:] == ["👍", "👎"]

    clicked = await alice.click(result.response, label="US–China gap on MMLU (end of 2024)")

    assert clicked.acknowledged
    edited = channel.last_message  # the same message, now answering
    assert edited.id == result.response.id
    assert edited.embeds[0].title == "US–China gap on MMLU (end of 2024)"
    assert edited.embeds[0].author.name == "Asked: US–China gap on MMLU AI Index 2026"
    assert "**0.3 percentage points**" in edited.embeds[0].description
    assert labels(edited) == ["👍", "👎"]


async def test_ask_out_of_scope_says_it_has_no_sourced_figure(channel: ChannelHandle, alice: MemberActor) -> None:
    result = await alice.slash(channel, "ask", question="hello everyone")

    embed = result.response.embeds[0]
    assert embed.title == "No sourced figure for that"
    assert embed.description == "I don't have a sourced figure for that."
    assert labels(result.response) == ["👍", "👎"]


async def test_ask_general_knowledge_says_what_parity_answers(channel: ChannelHandle, alice: MemberActor) -> None:
    result = await alice.slash(channel, "ask", question="What is the capital of Australia?")

    embed = result.response.embeds[0]
    assert embed.description.startswith("I only give sourced figures from Stanford's AI Index")


async def test_ask_out_of_scope_with_a_known_country_says_so_before_offering_choices(
    channel: ChannelHandle, alice: MemberActor
) -> None:
    result = await alice.slash(channel, "ask", question="How much private AI investment did Australia get in 2025?")

    embed = result.response.embeds[0]
    assert embed.description.startswith("I don't have a sourced figure for that (Australia; 2025).")
    assert embed.title == "Did you mean…?"


async def test_feedback_is_stored_with_fact_and_question_and_a_second_vote_replaces_it(
    simcord_env: Env, guild: GuildHandle, channel: ChannelHandle, alice: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    result = await alice.slash(channel, "ask", question="US–China gap on MMLU")

    up = await alice.click(result.response, label=None, custom_id="parity:vote:up:gap-mmlu-us-china")
    assert up.ephemeral and "Thanks" in up.response.content
    down = await alice.click(result.response, custom_id="parity:vote:down:gap-mmlu-us-china")
    assert down.ephemeral

    stored = await bot.store.list_feedback()
    assert len(stored) == 1
    assert stored[0].fact_ids == ("gap-mmlu-us-china",)
    assert stored[0].question == "US–China gap on MMLU"
    assert stored[0].vote == -1
    assert stored[0].user_id == alice.id and stored[0].guild_id == guild.id


async def test_feedback_on_a_comparison_keeps_both_facts(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    result = await alice.slash(channel, "ask", question="private AI investment US vs China 2024")
    votes = [c["custom_id"] for row in result.response.components for c in row["components"]]

    await alice.click(result.response, custom_id=votes[0])

    (entry,) = await bot.store.list_feedback()
    assert entry.fact_ids == ("inv-us-private-2024", "inv-china-private-2024") and entry.vote == 1


async def test_feedback_is_about_the_answered_fact_not_the_other_editions_it_mentions(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    result = await alice.slash(channel, "ask", question="US private AI investment in 2024")
    assert "The AI Index 2026 reported $285.9 billion (2025)." in result.response.embeds[0].description
    votes = [c["custom_id"] for row in result.response.components for c in row["components"]]

    await alice.click(result.response, custom_id=votes[1])

    (entry,) = await bot.store.list_feedback()
    assert entry.fact_ids == ("inv-us-private-2024",) and entry.vote == -1


async def test_mentions_and_markdown_in_a_question_never_ping_and_are_escaped(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    question = f"@everyone @here <@{alice.id}> **MMLU** gap __now__"
    result = await alice.slash(channel, "ask", question=question)

    message = result.response.message
    assert not message.mention_everyone and not message.mentions and not message.role_mentions
    embed = result.response.embeds[0]
    assert "@everyone" not in embed.author.name and "@\u200beveryone" in embed.author.name
    for text in [embed.description or "", *(f.value for f in embed.fields)]:
        assert "@everyone" not in text and "**MMLU**" not in text
    sent = [r for r in simcord_env.http_requests if r.method == "POST" and r.path.endswith("/callback")]
    assert sent[-1].json["data"]["allowed_mentions"] == {"parse": []}


async def test_a_domain_error_reaches_the_user_as_its_own_text(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]

    async def refuse(question: str) -> None:
        raise QuestionError("That question is too long; please keep it under 500 characters.")

    monkeypatch.setattr(bot.kb, "answer", refuse)
    result = await alice.slash(channel, "ask", question="anything")

    assert result.ephemeral
    assert result.response.content == "That question is too long; please keep it under 500 characters."
    assert [type(getattr(e, "original", e)) for e in simcord_env.errors] == [QuestionError]


async def test_an_unexpected_error_is_logged_with_ids_and_the_user_gets_an_apology(  # noqa: PLR0917
    simcord_env: Env,
    guild: GuildHandle,
    channel: ChannelHandle,
    alice: MemberActor,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]

    async def crash(question: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(bot.kb, "answer", crash)
    with caplog.at_level(logging.ERROR, logger="bot.bot"):
        result = await alice.slash(channel, "ask", question="US–China gap on MMLU")

    assert result.ephemeral and result.response.content == APOLOGY
    assert "boom" not in result.response.content
    record = next(r for r in caplog.records if r.name == "bot.bot")
    message = record.getMessage()
    assert f"guild={guild.id}" in message
    assert f"channel={channel.id}" in message and f"user={alice.id}" in message and "command=ask" in message
    assert "US–China gap on MMLU" not in message  # never the user's text
    assert len(simcord_env.errors) == 1

    # The bot keeps working.
    monkeypatch.undo()
    again = await alice.slash(channel, "ask", question="US–China gap on MMLU")
    assert again.response.embeds[0].title == "US–China gap on MMLU (end of 2024)"


async def test_a_failing_button_goes_through_the_same_policy(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor, monkeypatch: pytest.MonkeyPatch
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    result = await alice.slash(channel, "ask", question="US–China gap on MMLU")

    async def crash(**kwargs: object) -> None:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(bot.store, "add_feedback", crash)
    clicked = await alice.click(result.response, custom_id="parity:vote:up:gap-mmlu-us-china")

    assert clicked.ephemeral and clicked.response.content == APOLOGY
    assert len(simcord_env.errors) == 1
