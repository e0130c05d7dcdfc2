"""Load the configured spaCy pipeline once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language


class PipelineNotFound(RuntimeError):
    """The configured spaCy pipeline is not installed."""


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load a spaCy pipeline by package name or path, cached per process.

    Raises:
        PipelineNotFound: with the name and how to install or change it.
    """
    try:
        return spacy.load(name)
    except OSError as exc:
        raise PipelineNotFound(
            f"spaCy pipeline {name!r} is not installed; install it with pip or set "
            f"EVENTWIRE_PIPELINE / --pipeline to an installed one ({exc})"
        ) from exc
