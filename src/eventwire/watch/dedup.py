"""Near-duplicate articles: MinHash signatures over word shingles, banded for lookup.

A wire story reprinted by several outlets differs by a headline, a dateline, a trimmed
last paragraph. Each article's text is cut into overlapping `SHINGLE`-word shingles
(lower-cased words, punctuation dropped); its signature keeps, for each of `PERMUTATIONS`
hash functions, the smallest hash over its shingles. The share of equal positions in
two signatures estimates the Jaccard similarity of their shingle sets. For lookup the
signature is cut into `BANDS` bands; two articles are candidates when one band is equal
(articles with similarity 0.5 share a band with probability ~0.98, with 0.2 ~0.05).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

SHINGLE = 4
PERMUTATIONS = 64
BANDS = 16
THRESHOLD = 0.5
"""Least estimated similarity for two articles to be one story."""

_PRIME = (1 << 61) - 1
_WORD = re.compile(r"\w+")


def _coefficients() -> tuple[tuple[int, int], ...]:
    """The (a, b) pairs of the hash functions h(x) = (a*x + b) mod p, fixed by seed."""
    pairs = []
    for index in range(PERMUTATIONS):
        digest = hashlib.sha256(f"eventwire-minhash-{index}".encode()).digest()
        a = int.from_bytes(digest[:8], "big") % (_PRIME - 1) + 1
        b = int.from_bytes(digest[8:16], "big") % _PRIME
        pairs.append((a, b))
    return tuple(pairs)


_COEFFICIENTS = _coefficients()


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The set of `size`-word shingles of a text (the whole text if it is shorter)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of a text (`PERMUTATIONS` integers; all zeros if empty)."""
    hashed = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big")
              for s in shingles(text)]
    if not hashed:
        return (0,) * PERMUTATIONS
    return tuple(min((a * x + b) % _PRIME for x in hashed)
                 for a, b in _COEFFICIENTS)


def similarity(first: Sequence[int], second: Sequence[int]) -> float:
    """Estimated Jaccard similarity: the share of equal signature positions."""
    if not first or len(first) != len(second):
        return 0.0
    return sum(x == y for x, y in zip(first, second, strict=True)) / len(first)


def bands(sig: Sequence[int]) -> list[str]:
    """The signature's band keys ("band:hash"), used to find candidate duplicates."""
    rows = len(sig) // BANDS
    keys = []
    for band in range(BANDS):
        part = ",".join(str(v) for v in sig[band * rows:(band + 1) * rows])
        keys.append(f"{band}:{hashlib.blake2b(part.encode(), digest_size=8).hexdigest()}")
    return keys
