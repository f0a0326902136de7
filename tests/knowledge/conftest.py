from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from knowledge.engine import KnowledgeBase


@pytest.fixture
async def kb() -> AsyncIterator[KnowledgeBase]:
    async with KnowledgeBase.open() as opened:
        yield opened
