"""Errors whose ``str()`` is safe to show a user."""

from __future__ import annotations

from dataclasses import dataclass


class ParityError(Exception):
    """Base class: the message is written for the person who asked."""


class QuestionError(ParityError):
    """The question cannot be answered as typed (empty, too long, ...)."""


@dataclass(frozen=True)
class Problem:
    """One problem in a knowledge file, located by file and line."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class KnowledgeFileError(ParityError):
    """The knowledge files are broken; Parity refuses to serve part of them."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:20])
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        super().__init__(f"the knowledge base has {len(problems)} problem(s):\n{shown}{more}")
