"""Discord-side throughput and latency, end to end through SimCord (offline, real discord.py).

    python bench/discord_bench.py [--n 500] [--rounds 5] [--warmup 50] [--cpu N]

For ``/ask``, ``/gap`` and free text (a mention), a simulated user sends one request after
another to the real ``ParityBot`` on a temporary database. ``/ask`` runs twice: on a fixed
mix of eight questions (comparisons, single figures, refusals), and on varied questions
(the knowledge base's example questions and the out-of-scope set, shuffled, none asked twice).
Reported per kind:

- interactions per second: completed request/response round trips through SimCord (its
  gateway, REST fake and settling included) divided by wall time, for the best and the
  median of the rounds (on a shared machine, other tenants only ever slow a round down, so
  the best round is the closest to what the code costs, as with ``timeit``);
- bot-side latency p50/p99 over all rounds: from discord.py dispatching the event to the
  bot to the bot issuing its reply request: parsing, our handler, the engine, rendering and
  serialising, i.e. the work that counts against Discord's 3-second acknowledgement window.

``--cpu N`` pins the process to one core, as one would pin each shard process in production
(answers never leave the event loop's thread; what is left, feedback and settings, goes to
aiosqlite's thread, and a hand-off between cores costs ~0.1 ms each way on this virtual machine).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import discord
import simcord

from bench.questions import OUT_OF_SCOPE
from bot.bot import ParityBot
from bot.settings import Settings
from knowledge.engine import KnowledgeBase
from knowledge.loader import load_facts

QUESTIONS = [
    "What is the US-China gap on MMLU?",
    "How much private AI investment did China get in 2024?",
    "US vs China notable models 2024",
    "industrial robots installed in China",
    "How many AI incidents were reported in 2024?",
    "What is the capital of Australia?",
    "good morning",
    "private AI investment US vs China",
]
BENCHMARKS = ["MMLU", "HumanEval", "MATH", "MMMU", "Chatbot Arena"]


class Probe:
    """Timestamps of events reaching the bot and of the bot handing its reply to discord.py."""

    def __init__(self, bot: ParityBot) -> None:
        self.started: float | None = None
        self.samples: list[float] = []
        state = bot._connection
        dispatch = state.dispatch

        def timed_dispatch(event: str, /, *args: Any, **kwargs: Any) -> None:
            if event in {"interaction", "message"} and self.started is None:
                self.started = time.perf_counter()
            dispatch(event, *args, **kwargs)

        state.dispatch = timed_dispatch
        for owner, name in ((discord.InteractionResponse, "send_message"), (discord.abc.Messageable, "send")):
            self._wrap(owner, name)

    def _wrap(self, owner: Any, name: str) -> None:
        original = getattr(owner, name)

        async def timed(*args: Any, **kwargs: Any) -> Any:
            if self.started is not None:
                self.samples.append(time.perf_counter() - self.started)
                self.started = None
            return await original(*args, **kwargs)

        setattr(owner, name, timed)

    def reset(self) -> None:
        self.samples.clear()
        self.started = None


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def varied_questions() -> list[str]:
    """Every example question in the knowledge base and the out-of-scope set, shuffled once."""
    questions = [q for fact in load_facts() for q in fact.questions] + list(OUT_OF_SCOPE)
    random.Random(2026).shuffle(questions)
    return questions


async def _measure(
    name: str, act: Callable[[int], Awaitable[Any]], probe: Probe, *, n: int, rounds: int, warmup: int
) -> dict[str, float | str]:
    for i in range(warmup):
        await act(i)
    probe.reset()
    rates = []
    for _ in range(rounds):
        start = time.perf_counter()
        for i in range(n):
            probe.started = None
            await act(i)
        rates.append(n / (time.perf_counter() - start))
    ms = [s * 1000 for s in probe.samples]
    return {
        "kind": name,
        "n": n * rounds,
        "best_per_s": max(rates),
        "median_per_s": statistics.median(rates),
        "p50_ms": statistics.median(ms),
        "p99_ms": _pct(ms, 0.99),
        "max_ms": max(ms),
    }


async def run(n: int, rounds: int, warmup: int) -> list[dict[str, float | str]]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None,
            database=str(Path(tmp) / "bench.db"),
            free_text_cooldown_rate=10**9,  # measure answering, not the cooldown
        )
        async with KnowledgeBase.open(settings.database) as kb:
            bot = ParityBot(settings=settings, store=kb.store, kb=kb, sync_commands=True, shard_count=1)
            try:
                async with simcord.run(bot) as env:
                    guild = env.create_guild("Bench")
                    channel = guild.create_text_channel("general")
                    user = guild.add_member(env.create_user("bench"))
                    probe = Probe(bot)
                    questions = itertools.cycle(QUESTIONS)
                    varied = itertools.cycle(varied_questions())
                    benchmarks = itertools.cycle(BENCHMARKS)
                    assert bot.user is not None
                    mention = bot.user.mention

                    async def ask(_: int) -> Any:
                        return await user.slash(channel, "ask", question=next(questions))

                    async def ask_varied(_: int) -> Any:
                        return await user.slash(channel, "ask", question=next(varied))

                    async def gap(_: int) -> Any:
                        return await user.slash(channel, "gap", benchmark=next(benchmarks))

                    async def free_text(_: int) -> Any:
                        return await user.send(channel, f"{mention} {next(questions)}")

                    results = []
                    kinds = (("/ask", ask), ("/ask varied", ask_varied), ("/gap", gap), ("free text", free_text))
                    for name, act in kinds:
                        results.append(await _measure(name, act, probe, n=n, rounds=rounds, warmup=warmup))
                    assert not env.errors, env.errors
                    return results
            finally:
                await bot.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="requests per round (default 500)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds per kind (default 5)")
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--cpu", type=int, default=None, help="pin the process to this core (Linux)")
    args = parser.parse_args(argv)
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    results = asyncio.run(run(args.n, args.rounds, args.warmup))
    pinned = f"pinned to core {args.cpu}" if args.cpu is not None else "not pinned"
    print(f"{args.rounds} rounds of {args.n} per kind, {pinned}")
    print(f"{'kind':<12} {'best/s':>7} {'median/s':>9} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}")
    for r in results:
        print(
            f"{r['kind']:<12} {r['best_per_s']:>7.0f} {r['median_per_s']:>9.0f} "
            f"{r['p50_ms']:>7.2f} {r['p99_ms']:>7.2f} {r['max_ms']:>7.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
