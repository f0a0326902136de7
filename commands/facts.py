"""``/gap``, ``/fact`` and ``/compare``: shortcuts that build a question and ask the knowledge base."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from knowledge.models import EDITIONS

from . import render

if TYPE_CHECKING:
    from bot.bot import ParityBot

EDITION_CHOICES = [
    app_commands.Choice(name=f"{e.value} ({i.number} edition)", value=e.value) for e, i in EDITIONS.items()
]
TEXT_MAX = 200


class FactsCog(commands.Cog):
    def __init__(self, bot: ParityBot) -> None:
        self.bot = bot
        self._entities = sorted({e for fact in bot.kb.facts for e in fact.entities}, key=str.casefold)

    # -- helpers ----------------------------------------------------------------------------------

    def _as_label(self, value: str) -> str:
        """A fact id picked from autocomplete reads as its label when words are added to it."""
        fact = self.bot.kb.get_fact(value)
        return fact.label if fact is not None else value

    async def _reply(self, interaction: discord.Interaction[ParityBot], question: str) -> None:
        answer = await self.bot.kb.answer(question)
        await interaction.response.send_message(**render.reply(answer))

    # -- /gap -------------------------------------------------------------------------------------

    @app_commands.command(name="gap")
    @app_commands.describe(
        benchmark="A benchmark or leaderboard, e.g. MMLU, HumanEval, MATH, MMMU, Chatbot Arena",
        edition="Which AI Index edition to read (default: the newest with this figure)",
    )
    @app_commands.choices(edition=EDITION_CHOICES)
    async def gap(
        self,
        interaction: discord.Interaction[ParityBot],
        benchmark: app_commands.Range[str, 1, TEXT_MAX],
        edition: app_commands.Choice[str] | None = None,
    ) -> None:
        """Show the US–China gap on a benchmark, with both periods and the change."""
        if self.bot.kb.get_fact(benchmark) is not None and edition is None:
            question = benchmark  # picked from autocomplete: exactly that fact
        else:
            subject = self._as_label(benchmark)
            question = subject if "gap" in subject.lower() else f"US–China gap on {subject}"
            if edition is not None:
                question += f" {edition.value}"
        await self._reply(interaction, question)

    @gap.autocomplete("benchmark")
    async def gap_benchmark(
        self, interaction: discord.Interaction[ParityBot], current: str
    ) -> list[app_commands.Choice[str]]:
        found = await self.bot.kb.complete(f"US–China gap {current}", render.CHOICES_MAX)
        return render.choices([(s.label, s.question) for s in found])

    # -- /fact ------------------------------------------------------------------------------------

    @app_commands.command(name="fact")
    @app_commands.describe(query="A fact's name or topic, e.g. “robots china” or “private investment”")
    async def fact(
        self, interaction: discord.Interaction[ParityBot], query: app_commands.Range[str, 1, TEXT_MAX]
    ) -> None:
        """Show one fact card by name or topic."""
        await self._reply(interaction, query)

    @fact.autocomplete("query")
    async def fact_query(
        self, interaction: discord.Interaction[ParityBot], current: str
    ) -> list[app_commands.Choice[str]]:
        found = await self.bot.kb.complete(current, render.CHOICES_MAX)
        return render.choices([(s.label, s.question) for s in found])

    # -- /compare ---------------------------------------------------------------------------------

    @app_commands.command(name="compare")
    @app_commands.describe(
        metric="What to compare, e.g. private investment, notable models, robot installations",
        first="The first country or region, e.g. US",
        second="The second country or region, e.g. China",
        year="The year to compare (default: the newest both have)",
    )
    async def compare(
        self,
        interaction: discord.Interaction[ParityBot],
        metric: app_commands.Range[str, 1, TEXT_MAX],
        first: app_commands.Range[str, 1, 60],
        second: app_commands.Range[str, 1, 60],
        year: app_commands.Range[int, 1990, 2100] | None = None,
    ) -> None:
        """Compare two countries on one metric, with the difference and the ratio."""
        question = f"{metric} {first} vs {second}"
        if year is not None:
            question += f" {year}"
        await self._reply(interaction, question)

    @compare.autocomplete("metric")
    async def compare_metric(
        self, interaction: discord.Interaction[ParityBot], current: str
    ) -> list[app_commands.Choice[str]]:
        found = await self.bot.kb.complete(current, render.CHOICES_MAX)
        pairs = []
        for suggestion in found:
            fact = self.bot.kb.get_fact(suggestion.id)
            if fact is not None:
                words = fact.metric.replace(".", " ").replace("-", " ")
                pairs.append((f"{words} — e.g. {fact.label}", words))
        return render.choices(pairs)

    @compare.autocomplete("first")
    @compare.autocomplete("second")
    async def compare_entity(
        self, interaction: discord.Interaction[ParityBot], current: str
    ) -> list[app_commands.Choice[str]]:
        typed = current.strip().casefold()
        starts = [e for e in self._entities if e.casefold().startswith(typed)]
        contains = [e for e in self._entities if typed in e.casefold() and e not in starts]
        return render.choices([(e, e) for e in starts + contains])


async def setup(bot: ParityBot) -> None:
    await bot.add_cog(FactsCog(bot))
