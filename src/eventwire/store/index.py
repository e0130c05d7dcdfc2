"""Which articles a store holds, compactly: 16 bytes per (article id, content hash).

An ingest skips every article already stored with the same content, so it must know
the stored pairs before it starts. A dict of ids to hashes costs well over 100 bytes
an article (a gigabyte and more for a store of ten million); `StoredIndex` keeps a
sorted array of 128-bit digests of the pairs instead, read from the store in chunks,
and answers membership by binary search. Two different pairs share a digest with odds
of about n^2 / 2^129: never, in practice. The array pickles small, so the Ray engine
ships one copy to all its actors.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy as np

from eventwire.records import Article
from eventwire.store.access import Store
from eventwire.store.rows import article_hash

KEY = np.dtype("S16")
CHUNK_ROWS = 100_000


def pair_key(article_id: str, content_hash: str) -> bytes:
    """The 16-byte digest of a stored (article id, content hash) pair."""
    return hashlib.blake2b(f"{article_id}\x1f{content_hash}".encode(),
                           digest_size=16).digest()


class StoredIndex:
    """A sorted set of (article id, content hash) digests."""

    def __init__(self, keys: np.ndarray) -> None:
        self.keys = np.sort(keys.astype(KEY, copy=False))

    @classmethod
    def of_pairs(cls, pairs: Iterable[tuple[str, str]]) -> StoredIndex:
        """The index of these (article id, content hash) pairs."""
        return cls(np.array([pair_key(i, h) for i, h in pairs], dtype=KEY))

    @classmethod
    def read(cls, store: Store) -> StoredIndex:
        """The index of every article in the store, read in chunks of rows."""
        parts = []
        with store.session() as con:
            reader = con.execute("SELECT article_id, content_hash FROM articles"
                                 ).fetch_record_batch(CHUNK_ROWS)
            for batch in reader:
                ids = batch.column(0).to_pylist()
                hashes = batch.column(1).to_pylist()
                parts.append(np.array([pair_key(i, h) for i, h in zip(ids, hashes,
                                                                      strict=True)],
                                      dtype=KEY))
        return cls(np.concatenate(parts) if parts else np.empty(0, dtype=KEY))

    def __len__(self) -> int:
        return len(self.keys)

    def holds(self, article: Article) -> bool:
        """Whether the store holds this article with the same content."""
        return bool(self.stored_ids([article]))

    def stored_ids(self, articles: list[Article]) -> set[str]:
        """The ids of the articles the store holds with the same content."""
        if not len(self.keys) or not articles:
            return set()
        wanted = np.array([pair_key(a.id, article_hash(a)) for a in articles], dtype=KEY)
        found = np.searchsorted(self.keys, wanted).clip(max=len(self.keys) - 1)
        hits = self.keys[found] == wanted
        return {a.id for a, hit in zip(articles, hits, strict=True) if hit}
