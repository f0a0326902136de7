"""/sources and /help."""

from __future__ import annotations

from simcord import ChannelHandle, Env, MemberActor

from bot.bot import ParityBot
from knowledge.models import EDITIONS


async def test_sources_lists_editions_chapters_version_and_known_coverage_errors(
    simcord_env: Env, channel: ChannelHandle, alice: MemberActor
) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    result = await alice.slash(channel, "sources")

    embed = result.response.embeds[0]
    assert embed.title == "What Parity draws on"
    assert embed.description.startswith(f"{len(bot.kb.facts)} sourced facts.")
    for edition, info in EDITIONS.items():
        assert f"[{edition.value}]({info.url})" in embed.description
    names = [f.name for f in embed.fields]
    assert "AI Index 2025 chapters" in names
    assert "Ch.2 Technical Performance" in next(f.value for f in embed.fields if f.name == "AI Index 2025 chapters")
    errors = next(f.value for f in embed.fields if f.name == "Known errors in popular coverage")
    assert "percentage points, not percent" in errors
    assert embed.footer.text == f"Parity knowledge base {bot.kb.version}"
    assert len(embed) <= 6000


async def test_help_explains_what_parity_does_with_examples(channel: ChannelHandle, alice: MemberActor) -> None:
    result = await alice.slash(channel, "help")

    assert result.ephemeral
    text = result.response.embeds[0].description
    for command in ("/ask", "/gap", "/fact", "/compare", "/sources", "/autoreply"):
        assert f"`{command}" in text
    assert "e.g. `/gap benchmark: MMLU`" in text


async def test_every_command_and_option_is_described(simcord_env: Env) -> None:
    bot: ParityBot = simcord_env.bot  # type: ignore[assignment]
    synced = await bot.tree.fetch_commands()

    expected = {"ask", "gap", "fact", "compare", "sources", "help", "autoreply", "chart", "digest"}
    assert {c.name for c in synced} == expected
    for command in synced:
        assert command.description and command.description != "…", command.name
        for option in command.options:
            assert option.description and option.description != "…", f"{command.name} {option.name}"
