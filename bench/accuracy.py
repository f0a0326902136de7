"""Accuracy and refusal rate of the answer engine.

    python bench/accuracy.py [--verbose]

Every reference question form should be answered with its fact's value (strict: the
same fact; lenient: the value appears among the facts answered, e.g. a newer edition's
series); so should each question in ``paraphrases.yaml`` (casual, terse and misspelt
rewordings written from the reference statements); every out-of-scope question, and every
near miss in ``near_misses.yaml`` (a model, place, measure or year Parity has no figure for, or
an AI question that asks for no figure), should be refused. ``reference_style.yaml`` holds
more questions in the reference curators' own (often indirect) style.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import yaml

from bench.questions import OUT_OF_SCOPE, reference_facts
from knowledge.engine import KnowledgeBase
from knowledge.models import Answer

PARAPHRASES = Path(__file__).with_name("paraphrases.yaml")
NEAR_MISSES = Path(__file__).with_name("near_misses.yaml")
REFERENCE_STYLE = Path(__file__).with_name("reference_style.yaml")


def with_typo(question: str, rng: random.Random) -> str:
    """The question with one typo (a letter swapped, dropped, doubled or changed) in one longer word."""
    words = question.split()
    longer = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not longer:
        return question
    i = rng.choice(longer)
    word, j = words[i], rng.randrange(1, len(words[i]) - 1)
    kind = rng.choice(["swap", "drop", "double", "change"])
    if kind == "swap":
        word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    elif kind == "drop":
        word = word[:j] + word[j + 1 :]
    elif kind == "double":
        word = word[:j] + word[j] + word[j:]
    else:
        word = word[:j] + rng.choice("aeiourst") + word[j + 1 :]
    words[i] = word
    return " ".join(words)


def _holds(answer_values: list[float], value: float) -> bool:
    return any(abs(v - value) <= 1e-9 * max(1.0, abs(value)) for v in answer_values)


def shown_values(answer: Answer) -> list[float]:
    """Every figure the answer shows: its facts, their series, and a comparison's difference and
    ratio as printed (the ratio to one decimal)."""
    values = [f.value for f in answer.facts] + [p.value for f in answer.facts for p in f.series]
    if answer.comparison is not None:
        if answer.comparison.difference is not None:
            values.append(round(answer.comparison.difference, 4))
        if answer.comparison.ratio is not None:
            values.append(round(answer.comparison.ratio, 1))
    return values


def _newer_in_series(kb: KnowledgeBase, answer: Answer, ref: dict[str, object]) -> bool:
    """The answer gives a figure of the reference fact's series (same measure, same subject) from
    the same or a newer edition: what Parity should say when no year is asked."""
    original = kb.get_fact(str(ref["id"]))
    if original is None:
        return False
    for ref_fact in answer.facts:
        answered = kb.get_fact(ref_fact.id)
        if answered is None or answered.metric != original.metric:
            continue
        if (
            kb.matcher.subject(answered) == kb.matcher.subject(original)
            and answered.edition.rank >= original.edition.rank
        ):
            return True
    return False


def _load(path: Path) -> list[dict[str, str]]:
    items: list[dict[str, str]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return items


async def _share_right(
    kb: KnowledgeBase, items: list[dict[str, str]], by_id: dict[str, dict[str, object]], kind: str, misses: list[str]
) -> float:
    """The share of a file's questions (each written for one reference fact) answered with that fact's
    figure, or its series' newer one; each miss is added to ``misses``."""
    right_count = 0
    for item in items:
        ref = by_id[item["id"]]
        answer = await kb.answer(item["question"])
        right = answer.answered and (
            answer.facts[0].id == ref["id"]
            or _holds(shown_values(answer), float(ref["value"]))
            or _newer_in_series(kb, answer, ref)
        )
        right_count += right
        if not right:
            got = answer.facts[0].id if answer.answered else "suggest " + ",".join(s.id for s in answer.suggestions)
            misses.append(f"{ref['id']:<38} {answer.confidence:.2f} {item['question']!r} -> {got} ({kind})")
    return right_count / len(items)


async def _refusals(kb: KnowledgeBase, questions: Sequence[str], kind: str, misses: list[str]) -> int:
    """How many of the questions Parity refuses; each one it answers is added to ``misses``."""
    refused = 0
    for question in questions:
        answer = await kb.answer(question)
        if not answer.answered:
            refused += 1
        else:
            misses.append(f"{kind:<38} {answer.confidence:.2f} {question!r} -> {answer.facts[0].id}")
    return refused


async def run(verbose: bool) -> dict[str, float]:
    facts = reference_facts()
    if not facts:
        raise SystemExit("reference facts not found (set PARITY_REFERENCE_DIR)")
    strict = lenient = total = suggested = newer = 0
    misses: list[str] = []
    by_id = {str(ref["id"]): ref for ref in facts}
    async with KnowledgeBase.open() as kb:
        for ref in facts:
            for question in ref["question_forms"]:
                total += 1
                answer = await kb.answer(question)
                ids = [f.id for f in answer.facts]
                values = shown_values(answer)
                if answer.answered and ids[0] == ref["id"]:
                    strict += 1
                    lenient += 1
                elif answer.answered and _holds(values, float(ref["value"])):
                    lenient += 1
                elif answer.answered and _newer_in_series(kb, answer, ref):
                    # No year asked: the newest edition's figure on the same series is the right answer.
                    newer += 1
                else:
                    suggested += any(s.id == ref["id"] for s in answer.suggestions)
                    got = ids[0] if ids else ("suggest " + ",".join(s.id for s in answer.suggestions))
                    misses.append(f"{ref['id']:<38} {answer.confidence:.2f} {question!r} -> {got}")
        rng = random.Random(5)  # the same typos every run
        typo_right = 0
        for ref in facts:
            for question in ref["question_forms"]:
                answer = await kb.answer(with_typo(question, rng))
                values = shown_values(answer)
                typo_right += answer.answered and (
                    answer.facts[0].id == ref["id"] or _holds(values, float(ref["value"]))
                )
        paraphrased = await _share_right(kb, _load(PARAPHRASES), by_id, "paraphrase", misses)
        styled = await _share_right(kb, _load(REFERENCE_STYLE), by_id, "reference style", misses)
        refused = await _refusals(kb, OUT_OF_SCOPE, "(should refuse)", misses)
        near_misses: list[str] = yaml.safe_load(NEAR_MISSES.read_text(encoding="utf-8"))
        near_refused = await _refusals(kb, near_misses, "(near miss)", misses)
    if verbose:
        print("\n".join(misses))
    decisions = lenient + newer + refused
    result = {
        "questions": total,
        "strict_accuracy": strict / total,
        "lenient_accuracy": lenient / total,
        "newer_edition_same_series": newer / total,
        "wrong_but_suggested": suggested / total,
        "with_one_typo_lenient": typo_right / total,
        "paraphrased_questions": paraphrased,
        "reference_style_questions": styled,
        "refusal_rate_out_of_scope": refused / len(OUT_OF_SCOPE),
        "refusal_rate_near_misses": near_refused / len(near_misses),
        "right_decisions": decisions / (total + len(OUT_OF_SCOPE)),
    }
    for key, value in result.items():
        print(f"{key:28} {value:.3f}" if isinstance(value, float) else f"{key:28} {value}")
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    asyncio.run(run(parser.parse_args().verbose))
