"""Load the configured spaCy pipeline once per process."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from eventwire.nlp.paragraphs import COMPONENT as PARAGRAPHS


class PipelineNotFound(RuntimeError):
    """The configured spaCy pipeline is not installed."""


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load a spaCy pipeline by package name or path, cached per process.

    Paragraph breaks are made sentence breaks before the parser runs.

    Raises:
        PipelineNotFound: with the name and how to install or change it.
    """
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise PipelineNotFound(
            f"spaCy pipeline {name!r} is not installed; install it with pip or set "
            f"EVENTWIRE_PIPELINE / --pipeline to an installed one ({exc})"
        ) from exc
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp
