"""The one place that turns an ``Answer`` into what Discord shows: embeds, buttons, limits, escaping.

Buttons are ``DynamicItem``s whose custom ids carry what they need (a fact id, a vote), so
they keep working after a restart without any per-message state.
"""

from __future__ import annotations

import io
import logging
import re
from typing import TYPE_CHECKING, Any, Self

import discord
from discord import app_commands

from knowledge import charts, formatting
from knowledge.charts import ChartSpec
from knowledge.digest import Digest, on_this_day_line
from knowledge.models import Answer, FactRef

if TYPE_CHECKING:
    from bot.bot import ParityBot

log = logging.getLogger(__name__)

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
AUTHOR_MAX = 256
EMBED_TOTAL_MAX = 6000
BUTTON_LABEL_MAX = 80
CUSTOM_ID_MAX = 100
CHOICES_MAX = 25
CHOICE_NAME_MAX = 100

ASKED = "Asked: "
COLOUR_ANSWER = discord.Colour(0x2B6CB0)
COLOUR_UNSURE = discord.Colour(0xB7791F)
COLOUR_INFO = discord.Colour(0x4A5568)


class ComponentError(app_commands.AppCommandError):
    """A button callback failed; carries the original exception to the tree's error policy."""

    def __init__(self, original: Exception) -> None:
        self.original = original
        super().__init__(str(original))


def clip(text: str, limit: int) -> str:
    """Cut to ``limit`` characters, with an ellipsis when anything was cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Every character or line start that ``escape_markdown`` or ``escape_mentions`` would act on.
_NEEDS_ESCAPE = re.compile(r"[_\\~|*`\[@]|^\s*[>#-]", re.MULTILINE)


def escape(text: str) -> str:
    """User or engine text made inert for places where Discord renders markdown."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text  # nothing to escape: skip discord.py's two regex passes
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def one_line(text: str) -> str:
    return " ".join(text.split())


def _unescape_mentions(text: str) -> str:
    return text.replace("@\u200b", "@")


def asked_of(message: discord.Message | None) -> str | None:
    """The question an answer message was replying to, read back from its embed."""
    if message is None or not message.embeds:
        return None
    name = message.embeds[0].author.name
    if not name or not name.startswith(ASKED):
        return None
    return _unescape_mentions(name[len(ASKED) :])


# -- embeds ---------------------------------------------------------------------------------------


def _source_field(ref: FactRef) -> str:
    return clip(f"[{ref.edition.value}, {ref.chapter}]({ref.source_url})", FIELD_VALUE_MAX)


def _edition_source(ref: FactRef) -> str:
    """ "[AI Index 2025 (8th edition) · Ch.4 Economy](url)": which report, where in it, and the page."""
    text = escape(f"{formatting.edition_phrase(ref.edition)} · {ref.chapter}").replace("[", "(").replace("]", ")")
    return f"[{text}]({ref.source_url})"


def _body_lines(answer: Answer, *, skip_first: bool) -> list[str]:
    """The engine's text minus what the embed shows elsewhere (headline, change, sources)."""
    shown_elsewhere = {formatting.source_line(ref) for ref in answer.facts}
    shown_elsewhere.update(line for ref in answer.facts if (line := formatting.change_line(ref)))
    lines = answer.text.splitlines()
    if skip_first:
        # The headline shows the figure; two figures side by side take a line each.
        side_by_side = answer.comparison is not None and answer.comparison.difference is None
        lines = lines[2 if side_by_side else 1 :]
    if answer.comparison is not None:
        shown_elsewhere.add(answer.comparison.working)
    return [line for line in lines if line.strip() and line not in shown_elsewhere]


def _fit(embed: discord.Embed) -> discord.Embed:
    """Drop trailing fields until the whole embed is within Discord's 6,000 characters."""
    while len(embed) > EMBED_TOTAL_MAX and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if len(embed) > EMBED_TOTAL_MAX and embed.description:
        embed.description = clip(embed.description, max(1, len(embed.description) - (len(embed) - EMBED_TOTAL_MAX)))
    return embed


def answer_embed(answer: Answer, asked: str | None = None) -> discord.Embed:
    """An answer as an embed: what was understood as the title, the figure first, the source linked."""
    question = one_line(asked if asked is not None else answer.question)
    refs = answer.facts
    if answer.answered and answer.comparison is None:
        # The first fact is the answer; any others are what other editions said, already in the text.
        ref = refs[0]
        embed = discord.Embed(
            title=clip(f"{ref.label} ({ref.period})", TITLE_MAX), url=ref.source_url, colour=COLOUR_ANSWER
        )
        headline = _figure_line(ref)
        body = _body_lines(answer, skip_first=True)
    elif answer.answered:
        first, second = refs[0], refs[1]
        one_period = first.period == second.period
        title = f"{first.label} vs {second.label}" + (f" ({first.period})" if one_period else "")
        embed = discord.Embed(title=clip(title, TITLE_MAX), url=first.source_url, colour=COLOUR_ANSWER)
        if one_period:
            headline = (
                f"**{escape(formatting.figure(first.value, first.unit))}** vs "
                f"**{escape(formatting.figure(second.value, second.unit))}** · {escape(first.period)}"
            )
        else:  # each figure with its own period
            headline = (
                f"**{escape(formatting.figure(first.value, first.unit))}** ({escape(first.period)}) vs "
                f"**{escape(formatting.figure(second.value, second.unit))}** ({escape(second.period)})"
            )
        body = _body_lines(answer, skip_first=True)
    else:
        title = "Did you mean…?" if answer.suggestions else "No sourced figure for that"
        embed = discord.Embed(title=title, colour=COLOUR_UNSURE)
        headline = ""
        body = answer.text.splitlines()
        if answer.suggestions:
            body = [body[0], "Pick one below."] if body else ["Pick one below."]
    description = "\n".join(part for part in [headline, *(escape(line) for line in body)] if part)
    embed.description = clip(description, DESCRIPTION_MAX) or None
    embed.set_author(name=clip(ASKED + discord.utils.escape_mentions(question), AUTHOR_MAX))

    # A comparison shows both facts' details; any other answer, only its own fact's.
    shown = refs if answer.comparison is not None else refs[:1]
    for ref in shown:
        change = formatting.change_line(ref)
        if change:
            name = "Change" if len(shown) == 1 else f"Change ({ref.label})"
            value = clip(escape(change.removeprefix("Change: ")), FIELD_VALUE_MAX)
            embed.add_field(name=clip(name, FIELD_NAME_MAX), value=value, inline=False)
    if answer.comparison is not None:
        embed.add_field(name="Working", value=clip(escape(answer.comparison.working), FIELD_VALUE_MAX), inline=False)
    # Edition, chapter and page in one linked line per distinct source.
    sources = list(dict.fromkeys(_edition_source(ref) for ref in shown))
    if sources:
        name = "Source" if len(sources) == 1 else "Sources"
        embed.add_field(name=name, value=clip("\n".join(sources), FIELD_VALUE_MAX), inline=False)
    footer = f"Parity knowledge base {answer.kb_version}" if answer.kb_version else "Parity"
    if answer.answered:
        footer += f" · confidence {answer.confidence:.0%}"
    embed.set_footer(text=clip(footer, FOOTER_MAX))
    return _fit(embed)


def info_embed(title: str, lines: list[str], *, footer: str | None = None) -> discord.Embed:
    """A plain informational embed (``/help``, ``/sources``), clipped to the limits."""
    embed = discord.Embed(title=clip(title, TITLE_MAX), colour=COLOUR_INFO)
    embed.description = clip("\n".join(lines), DESCRIPTION_MAX)
    if footer:
        embed.set_footer(text=clip(footer, FOOTER_MAX))
    return _fit(embed)


# -- buttons --------------------------------------------------------------------------------------


def _bot(interaction: discord.Interaction[Any]) -> ParityBot:
    return interaction.client  # type: ignore[no-any-return]


class SuggestionButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"parity:ask:(?P<fact_id>[a-z0-9][a-z0-9._-]*)",
):
    """'Did you mean …?' — answers that fact in place, in the same message."""

    def __init__(self, fact_id: str, label: str = "") -> None:
        super().__init__(
            discord.ui.Button(
                label=clip(label or fact_id, BUTTON_LABEL_MAX),
                style=discord.ButtonStyle.primary,
                custom_id=f"parity:ask:{fact_id}",
                row=0,
            )
        )
        self.fact_id = fact_id

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        return cls(match["fact_id"], getattr(item, "label", None) or "")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot = _bot(interaction)
        try:
            answer = await bot.kb.answer(self.fact_id)
            asked = asked_of(interaction.message) or answer.question
            await interaction.response.edit_message(embed=answer_embed(answer, asked), view=answer_view(answer))
        except Exception as error:  # one policy: the tree's
            await bot.tree.report(interaction, error)


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"parity:vote:(?P<vote>up|down):(?P<facts>[a-z0-9._,-]*)",
):
    """👍 / 👎 on an answer: stores the vote with the fact ids and the question, nothing else."""

    def __init__(self, vote: str, facts: str) -> None:
        up = vote == "up"
        super().__init__(
            discord.ui.Button(
                emoji="👍" if up else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"parity:vote:{vote}:{facts}",
                row=1,
            )
        )
        self.vote = 1 if up else -1
        self.fact_ids = tuple(part for part in facts.split(",") if part)

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> Self:
        return cls(match["vote"], match["facts"])

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        bot = _bot(interaction)
        try:
            question = asked_of(interaction.message) or ""
            await bot.store.add_feedback(
                fact_ids=self.fact_ids,
                question=question,
                vote=self.vote,
                user_id=interaction.user.id,
                guild_id=interaction.guild_id,
                created_at=discord.utils.utcnow(),
            )
            thanks = "Thanks! Glad it helped 👍" if self.vote > 0 else "Thanks, noted 👎 — it helps us fix answers."
            await interaction.response.send_message(thanks, ephemeral=True)
        except Exception as error:  # one policy: the tree's
            await bot.tree.report(interaction, error)


def _vote_facts(answer: Answer) -> str:
    """The fact ids a vote refers to, fitted into a custom id."""
    room = CUSTOM_ID_MAX - len("parity:vote:down:")
    # A comparison is about both facts; any other answer about its first (the rest are other editions).
    about = answer.facts if answer.comparison is not None else answer.facts[:1]
    joined = ",".join(ref.id for ref in about)
    if len(joined) <= room:
        return joined
    return answer.facts[0].id[:room]


def answer_view(answer: Answer) -> discord.ui.View:
    """Suggestion buttons (when unsure) and the 👍 / 👎 pair (always)."""
    view = discord.ui.View(timeout=None)
    for suggestion in answer.suggestions[:5]:
        if len(f"parity:ask:{suggestion.id}") <= CUSTOM_ID_MAX:
            view.add_item(SuggestionButton(suggestion.id, suggestion.label))
    facts = _vote_facts(answer)
    view.add_item(VoteButton("up", facts))
    view.add_item(VoteButton("down", facts))
    return view


def reply(answer: Answer, asked: str | None = None) -> dict[str, Any]:
    """Keyword arguments for ``send``/``send_message``: the embed and its buttons."""
    return {"embed": answer_embed(answer, asked), "view": answer_view(answer)}


def choices(pairs: list[tuple[str, str]]) -> list[app_commands.Choice[str]]:
    """Autocomplete choices within Discord's limits (25 choices, 100-character names and values)."""
    out: list[app_commands.Choice[str]] = []
    seen: set[str] = set()
    for name, raw in pairs:
        value = raw[:CHOICE_NAME_MAX]
        if not value or value in seen:
            continue
        seen.add(value)
        out.append(app_commands.Choice(name=clip(name, CHOICE_NAME_MAX) or value, value=value))
        if len(out) == CHOICES_MAX:
            break
    return out


# -- charts ---------------------------------------------------------------------------------------

ALT_TEXT_MAX = 1024  # Discord's limit on an attachment's description (its alt text)


def chart_embed(spec: ChartSpec, kb_version: str) -> discord.Embed:
    """A chart: the image attached, and the plotted values as a text table for screen readers and search."""
    embed = discord.Embed(title=clip(spec.title, TITLE_MAX), url=spec.source_urls[0], colour=COLOUR_ANSWER)
    table = charts.table_text(spec).replace("`", "'")
    head = f"Unit: {escape(spec.unit)}"
    notes = "\n".join(f"*{escape(note)}*" for note in spec.notes)
    room = DESCRIPTION_MAX - len(head) - len(notes) - 20
    if len(table) > room:
        table = clip(table[: table.rfind("\n", 0, room)], room)
    embed.description = "\n".join(part for part in [head, f"```\n{table}\n```", notes] if part)
    editions = ", ".join(formatting.edition_phrase(e) for e in spec.editions)
    embed.add_field(name="Editions", value=clip(editions, FIELD_VALUE_MAX), inline=False)
    links = "\n".join(
        f"[{escape(line.removeprefix('Source: ').split(' — ')[0])}]({url})"
        for line, url in zip(spec.sources, spec.source_urls, strict=False)
    )
    embed.add_field(name="Sources", value=clip(links or spec.source_urls[0], FIELD_VALUE_MAX), inline=False)
    embed.set_image(url=f"attachment://{spec.filename}")
    embed.set_footer(text=clip(f"Parity knowledge base {kb_version} · /chart {spec.key}", FOOTER_MAX))
    return _fit(embed)


def chart_reply(spec: ChartSpec, png: bytes, kb_version: str) -> dict[str, Any]:
    """Keyword arguments for ``send``/``send_message``: the chart embed and its PNG, with alt text."""
    return {"embed": chart_embed(spec, kb_version), "file": chart_file(spec, png)}


def chart_file(spec: ChartSpec, png: bytes) -> discord.File:
    """The chart's PNG as an upload, with the plotted values as its alt text.

    Any embed can show it with ``embed.set_image(url=f"attachment://{spec.filename}")`` (the digest does).
    """
    alt = clip(f"{spec.title} ({spec.unit}). " + one_line(charts.table_text(spec)), ALT_TEXT_MAX)
    return discord.File(io.BytesIO(png), filename=spec.filename, description=alt)


def chart_suggestions_embed(typed: str, found: list[ChartSpec]) -> discord.Embed:
    """No chart by that name: the closest ones, each with the command that draws it."""
    title = clip(f"No chart called “{one_line(typed)}”", TITLE_MAX)
    if found:
        lines = ["Did you mean one of these?"]
        lines += [f"• **{escape(spec.title)}** — `/chart metric:{spec.key}`" for spec in found]
    else:
        lines = ["I have no chart close to that. Start typing in `/chart metric:` to see every chart I can draw."]
    embed = discord.Embed(title=title, description=clip("\n".join(lines), DESCRIPTION_MAX), colour=COLOUR_UNSURE)
    return _fit(embed)


# -- digests --------------------------------------------------------------------------------------

COLOUR_DIGEST = discord.Colour(0x2F855A)


def _figure_line(ref: FactRef) -> str:
    """The figure in bold, then its period, unless the unit already says it ("62 (2016-2025)")."""
    shown = formatting.figure(ref.value, ref.unit)
    if formatting.says_period(shown, ref.period):
        return f"**{escape(shown)}**"
    return f"**{escape(shown)}** · {escape(ref.period)}"


def digest_embed(digest: Digest) -> discord.Embed:
    """A daily digest: the headline fact with its source, two related figures, and any edition anniversary."""
    head = digest.headline
    embed = discord.Embed(
        title=clip(f"Daily AI Index fact: {head.label}", TITLE_MAX), url=head.source_url, colour=COLOUR_DIGEST
    )
    lines = [_figure_line(head), escape(head.statement), f"Source: {_source_field(head)}"]
    if digest.on_this_day:
        lines[:0] = [f"🎂 {escape(on_this_day_line(info, digest.local_date))}" for info in digest.on_this_day] + [""]
    embed.description = clip("\n".join(lines), DESCRIPTION_MAX)
    for ref in digest.related:
        value = f"{_figure_line(ref)}\n{_source_field(ref)}"
        embed.add_field(
            name=clip(f"Related: {ref.label}", FIELD_NAME_MAX), value=clip(value, FIELD_VALUE_MAX), inline=False
        )
    footer = f"Parity daily digest · {digest.local_date:%d %B %Y} · topic: {digest.topic}"
    if digest.kb_version:
        footer += f" · knowledge base {digest.kb_version}"
    embed.set_footer(text=clip(footer, FOOTER_MAX))
    return _fit(embed)
