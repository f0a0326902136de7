"""Discord-side throughput and latency, end to end through SimCord (offline, real discord.py).

    python bench/discord_bench.py [--n 1000] [--warmup 50]

For ``/ask``, ``/gap`` and free text (a mention), a simulated user sends one request after
another to the real ``ParityBot`` on a temporary database. Reported per kind:

- interactions per second: completed request/response round trips through SimCord (its
  gateway, REST fake and settling included) divided by wall time;
- bot-side latency p50/p99: from discord.py dispatching the event to the bot to the bot
  issuing its reply request: parsing, our handler, the engine, rendering and serialising,
  i.e. the work that counts against Discord's 3-second acknowledgement window.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
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

from bot.bot import ParityBot
from bot.settings import Settings
from knowledge.engine import KnowledgeBase

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


async def _measure(
    name: str, act: Callable[[int], Awaitable[Any]], probe: Probe, n: int, warmup: int
) -> dict[str, float | str]:
    for i in range(warmup):
        await act(i)
    probe.reset()
    start = time.perf_counter()
    for i in range(n):
        probe.started = None
        await act(i)
    wall = time.perf_counter() - start
    ms = [s * 1000 for s in probe.samples]
    return {
        "kind": name,
        "n": n,
        "per_s": n / wall,
        "p50_ms": statistics.median(ms),
        "p99_ms": _pct(ms, 0.99),
        "max_ms": max(ms),
    }


async def run(n: int, warmup: int) -> list[dict[str, float | str]]:
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
                    benchmarks = itertools.cycle(BENCHMARKS)
                    assert bot.user is not None
                    mention = bot.user.mention

                    async def ask(_: int) -> Any:
                        return await user.slash(channel, "ask", question=next(questions))

                    async def gap(_: int) -> Any:
                        return await user.slash(channel, "gap", benchmark=next(benchmarks))

                    async def free_text(_: int) -> Any:
                        return await user.send(channel, f"{mention} {next(questions)}")

                    results = []
                    for name, act in (("/ask", ask), ("/gap", gap), ("free text", free_text)):
                        results.append(await _measure(name, act, probe, n, warmup))
                    assert not env.errors, env.errors
                    return results
            finally:
                await bot.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="requests per kind (default 1000)")
    parser.add_argument("--warmup", type=int, default=50)
    args = parser.parse_args(argv)
    results = asyncio.run(run(args.n, args.warmup))
    print(f"{'kind':<10} {'n':>6} {'per s':>8} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for r in results:
        kind, n, per_s = r["kind"], r["n"], r["per_s"]
        print(f"{kind:<10} {n:>6} {per_s:>8.0f} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} {r['max_ms']:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
