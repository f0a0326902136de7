"""The renderer's pure helpers (the Discord-facing behaviour is tested through SimCord elsewhere)."""

from __future__ import annotations

import discord
import pytest
from hypothesis import given
from hypothesis import strategies as st

from commands.render import escape

MARKDOWNISH = st.text(alphabet=st.sampled_from(list("ab 1\n\t*_~|`>#-[]()@\\:/.everyonehttps")), max_size=60)


def discord_escape(text: str) -> str:
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


@given(st.one_of(MARKDOWNISH, st.text(max_size=60)))
def test_escape_matches_discords_own_escaping(text: str) -> None:
    assert escape(text) == discord_escape(text)


@pytest.mark.parametrize(
    "text",
    [
        "@everyone",
        "hi @here",
        "<@123456789012345678>",
        "<@&123456789012345678>",
        "> quote",
        "# title",
        "  - item",
        "[link](https://x.y)",
        "a_b",
        "x\\y",
        "`code`",
        "~~s~~",
        "||spoiler||",
        "plain text · 2025",
    ],
)
def test_escape_matches_discord_on_each_kind_of_markup(text: str) -> None:
    assert escape(text) == discord_escape(text)


def test_escape_neutralises_mentions_and_markdown() -> None:
    assert escape("@everyone **boom** @here") == "@\u200beveryone \\*\\*boom\\*\\* @\u200bhere"
    assert escape("AI Index 2025 (8th edition) · Ch.4 Economy") == "AI Index 2025 (8th edition) · Ch.4 Economy"
