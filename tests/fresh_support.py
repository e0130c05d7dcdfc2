"""Scoring helpers shared by the fresh-text test modules (test_fresh_articles*.py,
test_precision_fresh.py): events written as "TYPE SRC>TGT" keys, "*" for any actor."""

from __future__ import annotations

# Types that may be coded in either direction (ANNOTATION.md).
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}

Key = tuple[str, str, str]


def event_key(event) -> Key:
    """(type, source code, target code) of a record, "-" for a missing actor."""
    source = event.source.code if event.source else None
    target = event.target.code if event.target else None
    return event.event_type, source or "-", target or "-"


def parse_key(key: str) -> Key:
    """ "ASSAULT RUS>UKR" -> ("ASSAULT", "RUS", "UKR")."""
    event_type, pair = key.split()
    source, target = pair.split(">")
    return event_type, source, target


def matches(pattern: Key, key: Key) -> bool:
    """Whether a coded key fits an expected pattern ("*" matches any actor; symmetric
    types either way round; "SUPPORT|AGREE" accepts either type)."""
    def same(p, k):
        return p == "*" or p == k

    if key[0] not in pattern[0].split("|"):
        return False
    if same(pattern[1], key[1]) and same(pattern[2], key[2]):
        return True
    return key[0] in SYMMETRIC and same(pattern[1], key[2]) and same(pattern[2], key[1])


def article_errors(keys: set[Key], core, optional, known_misses=(), known_false=()
                   ) -> tuple[list[Key], list[Key]]:
    """(false events, missed core events) of an article's coded ``keys`` against its
    expected "TYPE SRC>TGT" lists; known misses are not wanted, known false events are
    allowed."""
    wanted = [parse_key(k) for k in core if k not in known_misses]
    allowed = [parse_key(k) for k in (*core, *optional, *known_false)]
    false = sorted(k for k in keys if not any(matches(p, k) for p in allowed))
    missed = [p for p in wanted if not any(matches(p, k) for k in keys)]
    return false, missed
