"""Common English words, which typo correction leaves alone.

Parity corrects a word it has never seen to the nearest one it knows ("fuunding" → "funding"), but an ordinary
word is not a typo: "picked up AI tools" must not become "priced up", nor "the exact day" "the enact day". The list
in ``words/english.txt`` is the most frequent English words from wordfreq (https://github.com/rspeer/wordfreq; its
data is CC BY-SA 4.0), rebuilt with ``python -m knowledge.english`` after ``pip install -e '.[data]'``.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources

WORDS = 20_000  # how many of the most frequent words: past this many, real typos ("repot", "instal") get in
_FILE = "words/english.txt"


@cache
def common_words() -> frozenset[str]:
    """The common English words shipped with the package (lower case, letters only)."""
    text = resources.files("knowledge").joinpath(_FILE).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def main() -> None:
    """Write the word list to stdout, from wordfreq's English frequencies."""
    from wordfreq import top_n_list  # a build-time tool only: the list ships with the package

    words = [w for w in top_n_list("en", WORDS * 2) if w.isascii() and w.isalpha()][:WORDS]
    sys.stdout.write(
        f"# The {WORDS:,} most frequent English words (letters only), from wordfreq's 'en' list.\n"
        "# Source: https://github.com/rspeer/wordfreq (data CC BY-SA 4.0). Rebuild: python -m knowledge.english\n"
    )
    sys.stdout.write("\n".join(words) + "\n")


if __name__ == "__main__":
    main()
