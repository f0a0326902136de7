"""The ``parity`` command line: answers offline, checks the knowledge files, runs the bot.

``parity ask`` and ``parity console`` never import discord.py, so they start fast and work
on any machine with no token and no network.
"""

from __future__ import annotations

import argparse
import asyncio
import atexit
import contextlib
import csv
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from knowledge.catalog import overview, overview_text
from knowledge.digest import digest_text
from knowledge.engine import KnowledgeBase
from knowledge.errors import KnowledgeFileError
from knowledge.loader import data_files, load_facts
from knowledge.models import Answer

if TYPE_CHECKING:
    from knowledge.charts import ChartSpec

HELP = """\
Ask Parity about any figure in Stanford HAI's AI Index (2024, 2025 and 2026 editions):
  US–China gap on MMLU            How much private AI investment did China get in 2025?
  US vs China notable models      How many industrial robots did China install in 2023?
  /gap humaneval                  /fact robots china
  /compare private investment US China 2025
Every answer gives the figure with its unit and period, the edition and a source link.
Console only: /sources (what the knowledge base draws on), a number to pick a suggestion, /quit to leave."""

EXPORT_FIELDS = ("id", "metric", "statement", "value", "unit", "period", "edition", "chapter", "source_url")


def _fail(message: str, status: int) -> int:
    print(f"parity: {message}", file=sys.stderr)
    return status


async def _reply(kb: KnowledgeBase, text: str) -> Answer | str:
    """Console and ``ask`` share this: the two informational commands, else an answer."""
    command = text.strip().lower()
    if command in {"/help", "help"}:
        return HELP
    if command in {"/sources", "sources"}:
        return overview_text(overview(kb.facts, kb.version))
    return await kb.answer(text)


# -- ask ------------------------------------------------------------------------------------------


async def _ask(question: str, as_json: bool, database: str, out: TextIO) -> int:
    async with KnowledgeBase.open(database) as kb:
        if question == "-":
            for line in sys.stdin:
                answer = await kb.answer(line.rstrip("\n"))
                out.write(answer.model_dump_json() + "\n" if as_json else answer.text + "\n\n")
                out.flush()
            return 0
        reply = await _reply(kb, question)
        if isinstance(reply, str):
            out.write(json.dumps({"answered": True, "text": reply}) + "\n" if as_json else reply + "\n")
            return 0
        out.write((reply.model_dump_json() if as_json else reply.text) + "\n")
        return 0


# -- console --------------------------------------------------------------------------------------


def _setup_line_editing() -> None:
    try:
        import readline  # stdlib; gives line editing and history where the platform has it
    except ImportError:  # pragma: no cover - Windows without pyreadline
        return
    history = Path.home() / ".parity_history"
    with contextlib.suppress(OSError):
        readline.read_history_file(history)
    readline.set_history_length(1000)

    def save() -> None:
        with contextlib.suppress(OSError):
            readline.write_history_file(history)

    atexit.register(save)


async def _console(database: str) -> int:
    async with KnowledgeBase.open(database) as kb:
        if sys.stdin.isatty():
            _setup_line_editing()
        print(
            f"Parity console — knowledge base {kb.version}, {len(kb.facts)} facts. /help for examples, /quit to leave."
        )
        last: Answer | None = None
        loop = asyncio.get_running_loop()
        while True:
            try:
                line = await loop.run_in_executor(None, input, "parity> ")
            except (EOFError, KeyboardInterrupt):
                print()
                return 0
            text = line.strip()
            if text.lower() in {"/quit", "/exit", "quit", "exit"}:
                return 0
            if not text:
                continue
            if text.isdigit() and last is not None and 1 <= int(text) <= len(last.suggestions):
                text = last.suggestions[int(text) - 1].question
            reply = await _reply(kb, text)
            if isinstance(reply, str):
                print(reply)
                continue
            last = reply
            print(reply.text)
            if reply.suggestions:
                print("(type a number to pick)")


# -- kb -------------------------------------------------------------------------------------------


def _kb_check(paths: Sequence[str]) -> int:
    files = data_files([Path(p) for p in paths] if paths else None)
    try:
        facts = load_facts(files)
    except KnowledgeFileError as exc:
        for problem in exc.problems:
            print(problem)
        print(f"{len(exc.problems)} problem(s) in {len(files)} file(s)", file=sys.stderr)
        return 1
    print(f"ok: {len(facts)} facts in {len(files)} file(s)")
    return 0


async def _kb_build(database: str) -> int:
    async with KnowledgeBase.open(database) as kb:
        print(f"built {database}: {len(kb.facts)} facts, knowledge-base version {kb.version}")
    return 0


async def _kb_export(fmt: str, out: TextIO) -> int:
    async with KnowledgeBase.open() as kb:
        rows = [
            {
                "id": f.id,
                "metric": f.metric,
                "statement": f.statement,
                "value": f.value,
                "unit": f.unit,
                "period": f.period,
                "edition": f.edition.value,
                "chapter": f.chapter,
                "source_url": f.source_url,
            }
            for f in sorted(kb.facts, key=lambda f: f.id)
        ]
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return 0


# -- chart ----------------------------------------------------------------------------------------


async def _draw_chart(metric: str) -> tuple[ChartSpec, bytes] | str:
    """The chart and its PNG, or the error line naming the closest charts."""
    from knowledge.charts import ChartBook  # matplotlib loads only for charts

    async with KnowledgeBase.open() as kb:
        book = ChartBook.of(kb)
        spec = book.resolve(metric)
        if spec is None:
            found = await book.suggest(metric)
            hint = f"; did you mean: {', '.join(s.key for s in found)}?" if found else "; see `parity chart --list`"
            return f"no chart called {metric!r}{hint}"
        return spec, await book.render_async(spec.key)


async def _list_charts(out: TextIO) -> int:
    from knowledge.charts import ChartBook

    async with KnowledgeBase.open() as kb:
        for spec in ChartBook.of(kb).specs:
            out.write(f"{spec.key}\t{spec.title}\n")
    return 0


def _chart(metric: str, output: str | None, out: TextIO) -> int:
    from knowledge.charts import png_size, summary_text

    drawn = asyncio.run(_draw_chart(metric))
    if isinstance(drawn, str):
        return _fail(drawn, 1)
    spec, png = drawn
    path = Path(output or spec.filename)
    try:
        path.write_bytes(png)
    except OSError as exc:
        return _fail(f"could not write {path}: {exc.strerror or exc}", 1)
    width, height = png_size(png)
    out.write(f"wrote {path} ({width}×{height} PNG, {len(png):,} bytes)\n{summary_text(spec)}\n")
    return 0


# -- digest ---------------------------------------------------------------------------------------


async def _digest_preview(day: str | None, server: int | None, database: str, out: TextIO) -> int:
    """What a server's digest would hold on a date: its rotation so far, and the date's anniversaries."""
    from datetime import UTC, date, datetime

    from knowledge.digest import select, zone

    async with KnowledgeBase.open(database) as kb:
        sub = await kb.store.get_digest_subscription(server) if server is not None else None
        if day is not None:
            try:
                local_date = date.fromisoformat(day)
            except ValueError:
                return _fail(f"--date must be YYYY-MM-DD, not {day!r}", 2)
        else:
            local_date = datetime.now(UTC).astimezone(sub.zone if sub is not None else zone("UTC")).date()
        shown = (await kb.store.list_digest_shown([server]))[server] if server is not None else set()
        digest, _ = select(kb.facts, shown, local_date=local_date, seed=str(server or 0), kb_version=kb.version)
    if server is not None and sub is None:
        out.write(f"(server {server} has no digest subscription in {database}; showing a fresh rotation)\n")
    out.write(digest_text(digest) + "\n")
    return 0


# -- entry point ----------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="parity", description="Sourced answers about the global AI race.")
    sub = parser.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="answer one question offline")
    ask.add_argument("question", help='the question, or "-" to read one question per line from stdin')
    ask.add_argument("--json", action="store_true", help="print the answer model as JSON (one object per line)")
    ask.add_argument("--db", default=":memory:", help="SQLite database to use (default: in memory)")

    console = sub.add_parser("console", help="an interactive session, no Discord needed")
    console.add_argument("--db", default=":memory:", help="SQLite database to use (default: in memory)")

    kb = sub.add_parser("kb", help="knowledge-base tools")
    kb_sub = kb.add_subparsers(dest="kb_command", required=True)
    check = kb_sub.add_parser("check", help="validate knowledge files (default: the bundled ones)")
    check.add_argument("paths", nargs="*", help="files or folders to check")
    build = kb_sub.add_parser("build", help="build the SQLite knowledge base")
    build.add_argument("--db", default="parity.db", help="database file (default: parity.db)")
    export = kb_sub.add_parser("export", help="print every fact")
    fmt = export.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--json", dest="fmt", action="store_const", const="json")
    fmt.add_argument("--csv", dest="fmt", action="store_const", const="csv")

    chart = sub.add_parser("chart", help="draw a chart from the knowledge base as a PNG")
    chart.add_argument("metric", nargs="*", help="a chart key from --list, e.g. private-investment")
    chart.add_argument("-o", "--output", default=None, help="PNG file to write (default: parity-METRIC.png)")
    chart.add_argument("--list", dest="list_charts", action="store_true", help="list every chart and exit")

    run = sub.add_parser("run", help="run the Discord bot (token from PARITY_DISCORD_TOKEN or .env)")
    run.add_argument("--sync", action="store_true", help="sync slash commands (to the dev guild if one is set)")
    run.add_argument("--shard-count", type=int, default=None, help="total number of shards")
    run.add_argument("--shard-ids", default=None, help="comma-separated shard ids this process runs, e.g. 0,1")

    digest = sub.add_parser("digest", help="daily digest tools")
    digest_sub = digest.add_subparsers(dest="digest_command", required=True)
    preview = digest_sub.add_parser("preview", help="print what a daily digest would contain")
    preview.add_argument("--date", default=None, help="the local date, YYYY-MM-DD (default: today)")
    preview.add_argument("--server", type=int, default=None, help="a server id: use its rotation so far")
    preview.add_argument("--db", default=":memory:", help="the bot's database, for --server (default: in memory)")

    feedback = sub.add_parser("feedback", help="list 👍/👎 feedback stored by the bot")
    feedback.add_argument("--db", default=None, help="database file (default: from settings)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "ask":
            return asyncio.run(_ask(args.question, args.json, args.db, sys.stdout))
        if args.command == "console":
            return asyncio.run(_console(args.db))
        if args.command == "kb":
            if args.kb_command == "check":
                return _kb_check(args.paths)
            if args.kb_command == "build":
                return asyncio.run(_kb_build(args.db))
            return asyncio.run(_kb_export(args.fmt, sys.stdout))
        if args.command == "chart":
            metric = " ".join(args.metric).strip()
            if args.list_charts or not metric:
                return asyncio.run(_list_charts(sys.stdout))
            return _chart(metric, args.output, sys.stdout)
        if args.command == "run":
            from bot.runner import main as run_bot  # imports discord.py only when the bot really runs

            shard_ids = None
            if args.shard_ids:
                try:
                    shard_ids = [int(part) for part in args.shard_ids.split(",") if part.strip()]
                except ValueError:
                    return _fail("--shard-ids must be comma-separated numbers, e.g. 0,1", 2)
            return run_bot(sync=args.sync, shard_count=args.shard_count, shard_ids=shard_ids)
        if args.command == "digest":
            return asyncio.run(_digest_preview(args.date, args.server, args.db, sys.stdout))
        if args.command == "feedback":
            from bot.runner import list_feedback_cli

            return list_feedback_cli(args.db)
    except KnowledgeFileError as exc:
        return _fail(str(exc), 1)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `parity kb export --csv | head`): not an error worth a traceback.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps interpreter shutdown from flushing again
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
