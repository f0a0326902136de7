"""``/ask``: any question, answered by the knowledge base."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from . import render

if TYPE_CHECKING:
    from bot.bot import ParityBot

QUESTION_MAX = 500


class AskCog(commands.Cog):
    def __init__(self, bot: ParityBot) -> None:
        self.bot = bot

    @app_commands.command(name="ask")
    @app_commands.describe(question="Your question, e.g. “US–China gap on MMLU” or “robots installed in China 2024”")
    async def ask(
        self, interaction: discord.Interaction[ParityBot], question: app_commands.Range[str, 1, QUESTION_MAX]
    ) -> None:
        """Ask about any figure in the AI Index and get it with its source."""
        answer = await self.bot.kb.answer(question)
        await interaction.response.send_message(**render.reply(answer))


async def setup(bot: ParityBot) -> None:
    await bot.add_cog(AskCog(bot))
