"""Chart render time: cold (drawn and encoded) and cached, per chart; targets 300 ms and 1 ms.

    python bench/charts.py [--rounds 5] [--all]

"Process start" is the first chart a fresh process draws: importing matplotlib and loading
fonts. "Cold" is a chart drawn with an empty cache in a warm process (what a user waits for
the first time anyone asks for that chart after a restart). "Cached" is ``ChartBook.render``
and ``render_async`` once the PNG is in the (chart, knowledge-base version) cache. The event
loop's longest stall while charts render in threads is measured too.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from knowledge.charts import ChartBook, render_png
from knowledge.engine import KnowledgeBase

HIGHLIGHTS = (
    "us-china-benchmark-gaps",
    "us-china-arena-gap",
    "private-investment",
    "notable-models",
    "robot-installations",
    "gap-mmlu-us-china",
    "po-optimism-global",
)
COLD_TARGET_MS = 300.0
CACHED_TARGET_MS = 1.0

FIRST_CHART = """
import asyncio, time
t = time.perf_counter()
from knowledge.charts import ChartBook
from knowledge.engine import KnowledgeBase
async def main():
    async with KnowledgeBase.open() as kb:
        start = time.perf_counter()
        ChartBook.of(kb).render("private-investment")
        print((time.perf_counter() - start) * 1000)
asyncio.run(main())
"""


def _ms(seconds: float) -> float:
    return seconds * 1000


def first_chart_in_fresh_process() -> float:
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", FIRST_CHART], cwd=root, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


async def max_loop_stall(book: ChartBook, keys: list[str]) -> float:
    """Longest the event loop went without running while charts rendered in worker threads."""
    stall = 0.0
    done = asyncio.Event()

    async def probe() -> None:
        nonlocal stall
        while not done.is_set():
            start = time.perf_counter()
            await asyncio.sleep(0.001)
            stall = max(stall, time.perf_counter() - start - 0.001)

    task = asyncio.create_task(probe())
    await asyncio.gather(*(book.render_async(key) for key in keys))
    done.set()
    await task
    return _ms(stall)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=5, help="cold renders per chart (median reported)")
    parser.add_argument("--all", action="store_true", help="list every chart, not only the highlights")
    args = parser.parse_args()

    process_start = first_chart_in_fresh_process()
    async with KnowledgeBase.open() as kb:
        book = ChartBook.of(kb)
        render_png(book.specs[0])  # warm: imports and fonts are the process-start cost, reported above
        rows: list[tuple[str, float, float, float]] = []
        for spec in book.specs:
            cold: list[float] = []
            for _ in range(args.rounds):
                start = time.perf_counter()
                render_png(spec, book.version)
                cold.append(_ms(time.perf_counter() - start))
            book.render(spec.key)
            start = time.perf_counter()
            for _ in range(1000):
                book.render(spec.key)
            cached = _ms(time.perf_counter() - start) / 1000
            start = time.perf_counter()
            for _ in range(1000):
                await book.render_async(spec.key)
            cached_async = _ms(time.perf_counter() - start) / 1000
            rows.append((spec.key, statistics.median(cold), cached, cached_async))

        fresh = ChartBook(kb)
        stall = await max_loop_stall(fresh, [s.key for s in fresh.specs[:16]])

    print(f"charts: {len(rows)}; first chart in a fresh process (imports, fonts): {process_start:.0f} ms")
    print(f"{'chart':<48} {'cold ms':>8} {'cached ms':>10} {'async ms':>9}")
    shown = rows if args.all else [r for r in rows if r[0] in HIGHLIGHTS]
    for key, cold_ms, cached_ms, async_ms in shown:
        print(f"{key:<48} {cold_ms:>8.1f} {cached_ms:>10.4f} {async_ms:>9.4f}")
    colds = [r[1] for r in rows]
    cacheds = [max(r[2], r[3]) for r in rows]
    print(
        f"all charts: cold median {statistics.median(colds):.1f} ms, max {max(colds):.1f} ms; "
        f"cached max {max(cacheds):.4f} ms"
    )
    print(f"event loop's longest stall while 16 charts rendered in threads: {stall:.1f} ms")
    ok = max(colds) <= COLD_TARGET_MS and max(cacheds) <= CACHED_TARGET_MS
    print(
        f"targets (cold <= {COLD_TARGET_MS:.0f} ms, cached <= {CACHED_TARGET_MS:.0f} ms): {'met' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
