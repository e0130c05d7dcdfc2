"""A cheap check that an article is in English, so other languages are rejected, not
mis-coded by an English pipeline.

Over the first `SAMPLE_CHARS` characters: a text whose letters are mostly not Latin is
not English; a text in Latin script is not English when under `MIN_SHARE` of its words
are among the commonest English function words (English news runs at 35-45%) while at
least `OTHER_SHARE` are among those of another language (French, German, Spanish ...
run at 20-40% of their own). Texts with fewer than `MIN_WORDS` words, and texts that
look like no language (lists, repeated phrases), pass: coding them does no harm.
"""

from __future__ import annotations

import re

SAMPLE_CHARS = 20_000
MIN_WORDS = 30
MIN_SHARE = 0.08
OTHER_SHARE = 0.15
MIN_LETTERS = 200
_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH = frozenset(
    "the of and to in a is that for on was with he she it as at by from his her an were "
    "are which be this has have had not but they said their its after been who will would "
    "more also over into than or".split()
)
_OTHERS = {
    "French": "le la les de des du et est un une que qui dans pour pas sur au avec ce il",
    "German": "der die das und ist nicht mit den von zu ein eine auf dem für sich des im",
    "Spanish": "el la los las de del y que en un una por con para es se al lo su",
    "Portuguese": "o a os as de do da e que em um uma para com não no na se por",
    "Italian": "il la di che e un una per non con del della sono gli le si al",
    "Dutch": "de het een en van in is dat op te zijn niet met voor die er",
    "Indonesian": "yang dan di ini itu dengan untuk dari dalam tidak akan pada ke",
}
_OTHER_WORDS = {name: frozenset(words.split()) for name, words in _OTHERS.items()}


def not_english(text: str) -> str | None:
    """Why `text` is not English, or None when it is (or cannot be told apart).

    Returns:
        e.g. "not English (most letters are not Latin)" or "not English (looks like
        French: 31% of 75 words are common French words, 4% common English words)".
    """
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= MIN_LETTERS and sum(c < "\u0250" for c in letters) < len(letters) / 2:
        return "not English (most letters are not Latin)"
    words = [word.lower() for word in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    english = _share(words, _ENGLISH)
    if english >= MIN_SHARE:
        return None
    language, share = max(((name, _share(words, common)) for name, common
                           in _OTHER_WORDS.items()), key=lambda pair: pair[1])
    if share < OTHER_SHARE:
        return None
    return (f"not English (looks like {language}: {share:.0%} of {len(words)} words are "
            f"common {language} words, {english:.0%} common English words)")


def _share(words: list[str], common: frozenset[str]) -> float:
    """The share of `words` found in `common`."""
    return sum(word in common for word in words) / len(words)
