"""Posting many due digests at once, end to end through SimCord (offline, real discord.py).

    python bench/digest_bench.py [--servers 10000]

Builds N servers, each with a digest channel and a subscription due at the same instant,
starts a fresh ``ParityBot`` on that database (as after a restart), and advances the clock
past the due instant. Reported:

- wall time from the due instant until every digest is posted (rows read through the due
  index, claimed, selected, rendered, sent through discord.py and SimCord, recorded);
- event-loop stall: the longest time a callback scheduled from a watchdog thread every 5 ms
  waited for the loop, i.e. the longest the loop was blocked by one step of work.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import simcord

from bot.bot import ParityBot
from bot.settings import Settings
from knowledge.engine import KnowledgeBase


class StallWatch:
    """A thread that pings the loop every ``interval`` s and records how late each ping ran."""

    def __init__(self, loop: asyncio.AbstractEventLoop, interval: float = 0.005) -> None:
        self.loop = loop
        self.interval = interval
        self.worst = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            sent = time.perf_counter()
            done = threading.Event()

            def ping(sent: float = sent, done: threading.Event = done) -> None:
                self.worst = max(self.worst, time.perf_counter() - sent)
                done.set()

            self.loop.call_soon_threadsafe(ping)
            done.wait(timeout=30)
            time.sleep(self.interval)

    def __enter__(self) -> StallWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


class GcWatch:
    """The longest full garbage collection while it runs: the part of a stall that is the
    interpreter pausing the world over every live object (here mostly the simulated servers,
    channels and messages), not the scheduler's own work."""

    def __init__(self) -> None:
        self.worst = 0.0
        self._started = 0.0

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.worst = max(self.worst, time.perf_counter() - self._started)

    def __enter__(self) -> GcWatch:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)


async def run(servers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(_env_file=None, database=str(Path(tmp) / "bench.db"), discord_token=None)
        async with KnowledgeBase.open(settings.database) as kb:
            first = ParityBot(settings=settings, store=kb.store, kb=kb, shard_count=1)
            async with simcord.run(first, settle_timeout=600) as env:
                due = datetime(2026, 1, 1, 9, tzinfo=UTC)
                channels = []
                t0 = time.perf_counter()
                for i in range(servers):
                    guild = env.create_guild(f"server {i}")
                    channel = guild.create_text_channel("digest")
                    channels.append((guild.id, channel))
                    await kb.store.put_digest_subscription(
                        guild_id=guild.id,
                        channel_id=channel.id,
                        local_time=due.time(),
                        timezone="UTC",
                        subscribed_by=1,
                        next_run_at=due,
                        next_local_date=due.date(),
                        now=env.now(),
                    )
                print(f"set up {servers} servers in {time.perf_counter() - t0:.1f} s")
                async with KnowledgeBase.open(settings.database) as kb2:
                    fresh = ParityBot(settings=settings, store=kb2.store, kb=kb2, shard_count=1)
                    await env.restart_bot(fresh)
                    await env.advance_time((due - env.now()).total_seconds() - 1)
                    with StallWatch(asyncio.get_running_loop()) as watch, GcWatch() as collections:
                        started = time.perf_counter()
                        await env.advance_time(2)
                        elapsed = time.perf_counter() - started
                    posted = sum(1 for _, c in channels if c.last_message is not None)
                    print(
                        f"posted {posted}/{servers} due digests in {elapsed:.2f} s "
                        f"({posted / elapsed:,.0f}/s); worst event-loop stall {watch.worst * 1000:.1f} ms, "
                        f"longest full garbage collection {collections.worst * 1000:.1f} ms"
                    )
                    await fresh.close()
                await first.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--servers", type=int, default=10_000)
    args = parser.parse_args()
    asyncio.run(run(args.servers))


if __name__ == "__main__":
    main()
