"""``/chart``: a chart of a series or a country comparison, drawn from the knowledge base."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from knowledge.charts import ChartBook, warm_up_async

from . import render

if TYPE_CHECKING:
    from bot.bot import ParityBot

log = logging.getLogger(__name__)

TEXT_MAX = 200


class ChartsCog(commands.Cog):
    def __init__(self, bot: ParityBot) -> None:
        self.bot = bot
        self.book = ChartBook.of(bot.kb)  # shared with the digest, so both use one cache
        self._warming: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        # matplotlib's import and font loading take about half a second once per process: pay it at
        # start-up on the drawing thread, not in the first user's /chart.
        self._warming = asyncio.create_task(warm_up_async(), name="parity-chart-warm-up")

    async def cog_unload(self) -> None:
        if self._warming is not None and not self._warming.done():
            self._warming.cancel()

    @app_commands.command(name="chart")
    @app_commands.describe(
        metric="A series or a metric, e.g. US–China benchmark gaps, private investment, robot installations"
    )
    async def chart(
        self, interaction: discord.Interaction[ParityBot], metric: app_commands.Range[str, 1, TEXT_MAX]
    ) -> None:
        """Draw a chart from the AI Index figures, with the values as a table and the sources."""
        spec = self.book.resolve(metric)
        if spec is None:
            found = await self.book.suggest(metric)
            embed = render.chart_suggestions_embed(metric, found)
            await interaction.response.send_message(embed=embed, ephemeral=True)
            return
        if self.book.is_cached(spec.key):
            png = await self.book.render_async(spec.key)
            await interaction.response.send_message(**render.chart_reply(spec, png, self.book.version))
            return
        # A chart drawn for the first time takes a moment (in a worker thread): acknowledge first.
        await interaction.response.defer(thinking=True)
        png = await self.book.render_async(spec.key)
        log.debug("drew chart %s for guild=%s user=%s", spec.key, interaction.guild_id, interaction.user.id)
        await interaction.followup.send(**render.chart_reply(spec, png, self.book.version))

    @chart.autocomplete("metric")
    async def chart_metric(
        self, interaction: discord.Interaction[ParityBot], current: str
    ) -> list[app_commands.Choice[str]]:
        found = await self.book.complete(current, render.CHOICES_MAX)
        return render.choices([(spec.title, spec.key) for spec in found])


async def setup(bot: ParityBot) -> None:
    await bot.add_cog(ChartsCog(bot))
