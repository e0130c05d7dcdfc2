"""Commitments (AGREE and kin): what the committed clause is about is not its target."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.config import Settings
from eventwire.pipeline import Coder
from eventwire.records import Article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(Settings())


def keys(coder: Coder, text: str) -> set[tuple]:
    events = coder.code_text(Article(id="c1", text=text, published=date(2024, 5, 10)))
    return {(e.event_type, e.source.code, e.target.code if e.target else None)
            for e in events if not (e.negated or e.hypothetical)}


@pytest.mark.parametrize("text", [
    "Germany and France agreed on Thursday to work closely on China issues.",
    "Germany and France agreed on Thursday to cooperate on Iran policy.",
])
def test_commitment_topic_is_not_the_target(coder, text):
    found = keys(coder, text)
    assert not any(target in ("CHN", "IRN") for _, _, target in found), found


def test_commitment_recipient_is_the_target(coder):
    found = keys(coder, "Libya agreed on Thursday to hand over the two suspects to Britain.")
    assert ("AGREE", "LBY", "GBR") in found, found
