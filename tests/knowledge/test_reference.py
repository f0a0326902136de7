"""Coverage of the curated reference facts (shared/reference), kept as a held-out test."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge.engine import KnowledgeBase
from knowledge.loader import load_facts

FIXTURE = Path(__file__).parents[1] / "data" / "reference.yaml"
SHARED = Path(os.environ.get("PARITY_REFERENCE_DIR", Path(__file__).resolve().parents[3] / "shared" / "reference"))
REFERENCE: list[dict[str, Any]] = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))


def test_fixture_matches_shared_reference() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not beside this checkout")
    shared = {}
    for path in sorted(SHARED.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            shared[item["id"]] = item
    assert {r["id"] for r in REFERENCE} == set(shared)
    for ref in REFERENCE:
        original = shared[ref["id"]]
        assert (ref["value"], ref["question_forms"]) == (original["value"], original["question_forms"])


def test_every_reference_fact_is_in_the_knowledge_base() -> None:
    facts = {f.id: f for f in load_facts()}
    for ref in REFERENCE:
        fact = facts.get(ref["id"])
        assert fact is not None, f"missing {ref['id']}"
        assert fact.value == ref["value"], ref["id"]
        assert fact.unit == ref["unit"], ref["id"]
        assert fact.period == ref["period"], ref["id"]
        assert fact.edition.value == ref["edition"], ref["id"]


def test_statements_are_written_in_our_own_words() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not beside this checkout")
    statements = {}
    for path in sorted(SHARED.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            statements[item["id"]] = item["statement"].casefold().strip()
    copied = [f.id for f in load_facts() if f.statement.casefold().strip() == statements.get(f.id)]
    assert copied == []


async def _answers_with_value(kb: KnowledgeBase, ref: dict[str, Any]) -> bool:
    for question in ref["question_forms"]:
        answer = await kb.answer(question)
        if not answer.answered:
            continue
        values = [f.value for f in answer.facts] + [p.value for f in answer.facts for p in f.series]
        if any(abs(v - ref["value"]) <= 1e-9 * max(1.0, abs(ref["value"])) for v in values):
            return True
    return False


async def test_every_reference_fact_is_answered_from_one_of_its_question_forms(kb: KnowledgeBase) -> None:
    unanswered = [ref["id"] for ref in REFERENCE if not await _answers_with_value(kb, ref)]
    assert unanswered == []
