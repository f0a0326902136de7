"""``/sources`` and ``/help``: what Parity draws on and what it can do."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from knowledge.catalog import overview
from knowledge.models import Edition

from . import render

if TYPE_CHECKING:
    from bot.bot import ParityBot

HELP_LINES = [
    "I answer questions about Stanford HAI's **AI Index** with sourced figures: the number, its unit and "
    "period, the edition and chapter, and a link to the source.",
    "",
    "**Commands**",
    "`/ask question:` any question — e.g. `/ask question: How much private AI investment did China get in 2024?`",
    "`/gap benchmark: [edition:]` the US–China gap on a benchmark — e.g. `/gap benchmark: MMLU`",
    "`/fact query:` a fact card by name or topic — e.g. `/fact query: robots china`",
    "`/compare metric: first: second: [year:]` two countries side by side — "
    "e.g. `/compare metric: private investment first: US second: China year: 2024`",
    "`/chart metric:` a chart drawn from the figures, with the values as a table — "
    "e.g. `/chart metric: us-china-benchmark-gaps`",
    "`/sources` the editions, chapters and pages I draw on, and known errors in popular coverage",
    "`/autoreply channel: enabled:` (Manage Server) let me answer questions typed in a channel",
    "`/digest subscribe channel: [time:] [timezone:]` (Manage Server) a daily fact digest at your local time; "
    "`/digest status`, `/digest test`, `/digest unsubscribe`",
    "",
    "**Free text**: mention me (`@Parity US vs China notable models`) or send me a DM. In channels a server "
    "has opted in, I answer questions I'm confident about and stay quiet otherwise.",
    "When I'm not sure, I offer buttons with what you may have meant. 👍 / 👎 under an answer tell us how I did.",
]


class InfoCog(commands.Cog):
    def __init__(self, bot: ParityBot) -> None:
        self.bot = bot

    @app_commands.command(name="sources")
    async def sources(self, interaction: discord.Interaction[ParityBot]) -> None:
        """List the editions, chapters and source pages Parity draws on, and known errors in coverage."""
        view = overview(self.bot.kb.facts, self.bot.kb.version)
        lines = [f"{view.fact_count} sourced facts."]
        for info in view.editions:
            count = view.facts_per_edition.get(info.edition.value, 0)
            lines.append(
                f"• [{info.edition.value}]({info.url}) — {info.number} edition, released {info.released}, "
                f"covers {info.covers}: {count} facts"
            )
        context = view.facts_per_edition.get(Edition.CONTEXT.value, 0)
        if context:
            lines.append(f"• {context} context claims that are not AI Index figures, marked as such")
        lines.append(f"Official pages cited: {len(view.official_pages)}; other sites cited: {view.other_sites}.")
        embed = render.info_embed("What Parity draws on", lines, footer=f"Parity knowledge base {view.kb_version}")
        for edition, chapters in view.chapters.items():
            if edition == Edition.CONTEXT.value:
                continue
            embed.add_field(
                name=render.clip(f"{edition} chapters", render.FIELD_NAME_MAX),
                value=render.clip("\n".join(render.escape(c) for c in chapters), render.FIELD_VALUE_MAX),
                inline=False,
            )
        if view.coverage_errors:
            errors = "\n".join(
                f"• “{render.escape(e.claim)}” — {render.escape(e.correction)}" for e in view.coverage_errors
            )
            embed.add_field(
                name="Known errors in popular coverage",
                value=render.clip(errors, render.FIELD_VALUE_MAX),
                inline=False,
            )
        await interaction.response.send_message(embed=embed)

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction[ParityBot]) -> None:
        """Show what Parity can do, with examples."""
        embed = render.info_embed(
            "Parity — sourced answers about the AI race",
            HELP_LINES,
            footer=f"Parity knowledge base {self.bot.kb.version}",
        )
        await interaction.response.send_message(embed=embed, ephemeral=True)


async def setup(bot: ParityBot) -> None:
    await bot.add_cog(InfoCog(bot))
