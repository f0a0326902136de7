"""Latency, scale, cold start and memory of the answer engine.

    python bench/latency.py [--sizes 5000 50000] [--rounds 3]

Per-question latency (p50/p99) is measured on the real knowledge base and on synthetic
ones built from it (new ids, labels and vocabulary, same shape), with the store's cache of
full-text results emptied before each question, so every answer pays for its search. While it runs, a probe
task measures the longest the event loop was kept from running (load included).
Cold start and peak memory are measured on `parity ask` in a fresh process.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.questions import OUT_OF_SCOPE, reference_facts
from knowledge.engine import KnowledgeBase, collector_paused
from knowledge.loader import content_hash, load_facts
from knowledge.matching import Matcher
from knowledge.models import Fact
from knowledge.store import Store

SYLLABLES = ["ka", "lo", "mi", "ra", "tu", "ve", "zo", "ne", "shi", "qua", "dor", "pel", "vin", "tes", "gor"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def synthetic_facts(base: Sequence[Fact], size: int, seed: int = 7) -> list[Fact]:
    """`size` facts shaped like the real ones, with fresh ids, metrics and vocabulary."""
    rng = random.Random(seed)
    facts = list(base)
    i = 0
    while len(facts) < size:
        model = base[i % len(base)]
        words = [_word(rng) for _ in range(3)]
        facts.append(
            model.model_copy(
                update={
                    "id": f"{model.id}-syn{i}",
                    "metric": f"{model.metric}.syn-{words[0]}",
                    "label": f"{model.label} {words[0]} {words[1]}",
                    "aliases": tuple(f"{a} {words[2]}" for a in model.aliases),
                    "statement": f"{model.statement} {' '.join(words)}.",
                    "value": round(model.value * rng.uniform(0.5, 1.5), 3),
                }
            )
        )
        i += 1
    return facts


class LoopProbe:
    """Measures the longest stall of the event loop while it runs."""

    def __init__(self, interval: float = 0.002) -> None:
        self.interval = interval
        self.worst = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            start = loop.time()
            await asyncio.sleep(self.interval)
            self.worst = max(self.worst, loop.time() - start - self.interval)

    def __enter__(self) -> LoopProbe:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    def __exit__(self, *exc: object) -> None:
        if self._task:
            self._task.cancel()


def _percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


async def measure(kb: KnowledgeBase, questions: list[str], rounds: int) -> dict[str, float]:
    for question in questions[:50]:  # warm caches the way a running bot would have them
        await kb.answer(question)
    samples: list[float] = []
    with LoopProbe() as probe:
        for _ in range(rounds):
            for question in questions:
                kb.store.forget_searches()  # every question pays for its full-text search
                start = time.perf_counter()
                await kb.answer(question)
                samples.append(time.perf_counter() - start)
                # An answer runs on the loop without suspending (its search included), so the probe can only
                # run between questions, as between a bot's events: its worst stall is the slowest answer.
                await asyncio.sleep(0)
    return {
        "p50_ms": statistics.median(samples) * 1000,
        "p99_ms": _percentile(samples, 99) * 1000,
        "max_ms": max(samples) * 1000,
        "loop_stall_ms": probe.worst * 1000,
    }


async def at_size(size: int, questions: list[str], rounds: int) -> dict[str, float]:
    base = load_facts()
    store = await Store.open(":memory:")
    try:
        with LoopProbe() as probe:
            started = time.perf_counter()

            def prepare() -> tuple[list[Fact], str, Matcher]:
                with collector_paused():  # as KnowledgeBase.load does
                    facts = synthetic_facts(base, size)
                    return facts, content_hash(facts), Matcher(facts)

            facts, version, matcher = await asyncio.to_thread(prepare)
            await store.replace_facts(facts, version)
            kb = KnowledgeBase(store, facts, version, matcher)
            load_s = time.perf_counter() - started
        result = await measure(kb, questions, rounds)
        result["load_s"] = load_s
        result["load_loop_stall_ms"] = probe.worst * 1000
        return result
    finally:
        await store.close()


def cold_start(runs: int = 5) -> dict[str, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bot", "ask", "What is the US-China gap on MMLU?"],
            check=True,
            capture_output=True,
        )
        times.append(time.perf_counter() - start)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "cold_start_median_s": statistics.median(times),
        "cold_start_max_s": max(times),
        "peak_rss_mb": peak_kib / 1024,
    }


async def main(sizes: list[int], rounds: int) -> None:
    questions = [q for ref in reference_facts() for q in ref["question_forms"]] + list(OUT_OF_SCOPE)
    if not questions:
        raise SystemExit("reference facts not found (set PARITY_REFERENCE_DIR)")
    # First, while this process is small: a child forked later would inherit its size in ru_maxrss.
    print("parity ask: " + ", ".join(f"{k} {v:.2f}" for k, v in cold_start().items()))
    print(f"{len(questions)} questions x {rounds} rounds per size")
    async with KnowledgeBase.open() as kb:
        real = await measure(kb, questions, rounds)
    print(f"real ({len(kb.facts)} facts): " + ", ".join(f"{k} {v:.2f}" for k, v in real.items()))
    for size in sizes:
        result = await at_size(size, questions, max(1, rounds // 3))
        print(f"synthetic {size:>6} facts: " + ", ".join(f"{k} {v:.2f}" for k, v in result.items()))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="*", default=[5000, 50000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    asyncio.run(main(args.sizes, args.rounds))
