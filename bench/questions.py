"""Question sets for the accuracy benchmark and the engine tests.

The reference question forms live in ../shared/reference (three per fact). Here are the
questions Parity must refuse: out of scope, or in scope but about a place, year or
measure the knowledge base has no figure for.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

REFERENCE_DIR = Path(
    os.environ.get("PARITY_REFERENCE_DIR", Path(__file__).resolve().parents[2] / "shared" / "reference")
)

OUT_OF_SCOPE: tuple[str, ...] = (
    "What's the weather in Paris today?",
    "Who won the 2022 World Cup?",
    "What is the GDP of France?",
    "How tall is the Eiffel Tower?",
    "Give me a recipe for banana bread",
    "What is the capital of Australia?",
    "How many people live in Tokyo?",
    "What's the price of bitcoin?",
    "Who is the president of Brazil?",
    "Tell me a joke",
    "What time is it?",
    "How do I reset my password?",
    "What is the boiling point of water?",
    "Who wrote Pride and Prejudice?",
    "How many calories are in an apple?",
    "What is the population of Nigeria?",
    "Translate hello into Spanish",
    "What's the best pizza topping?",
    "How far is the Moon from Earth?",
    "When does the next iPhone come out?",
    "How much private AI investment did Brazil get in 2024?",
    "How many notable AI models did Russia produce in 2024?",
    "What was the US-China gap on MMLU in 2019?",
    "How many industrial robots did Vietnam install in 2023?",
    "What share of AI patents did Germany hold in 2012?",
    "How much did Spain invest in AI in 2025?",
    "How many AI incidents were reported in 2015?",
    "What is the US-China gap on ImageNet?",
    "How many AI startups are in Argentina?",
    "What was the unemployment rate in 2024?",
    "What is the stock price of Nvidia?",
    "Who is the CEO of OpenAI?",
    "asdfghjkl qwertyuiop",
    "?????",
    "lorem ipsum dolor sit amet",
    "How many notable AI models did Google release in 2019?",
    "How much money did Pakistan put into AI in 2024?",
    "What percentage of Italians think AI is beneficial?",
    "How many AI PhDs graduated in Egypt?",
    "What was China's private AI investment in 2010?",
    "What's the population of the United States?",
    "How many robots did Germany install in 2024?",
    "What is the carbon footprint of a cow?",
    "How many goals did Messi score in 2023?",
    "What is the market cap of Microsoft?",
    "How many smartphones were sold in China in 2024?",
    "What is the US unemployment rate in 2025?",
    "How many AI models did France release in 2019?",
    "What share of AI patents did Brazil hold in 2024?",
    "What's the US-China gap on chess?",
)


def reference_facts() -> list[dict[str, Any]]:
    """Every reference fact, or an empty list when the reference folder is not beside the checkout."""
    facts: list[dict[str, Any]] = []
    for path in sorted(REFERENCE_DIR.glob("*.yaml")):
        facts.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    return facts
