"""Build the coder once; code a stream of articles into events and rejections.

`Coder.code` is the per-corpus entry point every front end uses (CLI now, the store and
Ray later). Texts go through spaCy in batches (`nlp.pipe`, with `n_process` for several
workers); each parsed article is then coded by `Coder.code_doc`, and a failure there
becomes a `Rejection` for that article while the run goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.resolve import resolve_actors
from eventwire.config import Settings
from eventwire.events.confidence import ConfidenceModel
from eventwire.events.extract import ArticleContext, extract_events
from eventwire.events.lexicon import Lexicon
from eventwire.nlp.acronyms import recase_acronyms
from eventwire.nlp.compounds import keep_hyphenated
from eventwire.nlp.headline import (
    dictionary_words,
    leading_headline_end,
    recase_title,
    restore_text,
    trigger_forms,
    verbal_headline,
)
from eventwire.nlp.loader import load_pipeline
from eventwire.places import Gazetteer
from eventwire.records import Article, Event, Rejection

if TYPE_CHECKING:
    from eventwire.events.typer import EventTyper

log = logging.getLogger(__name__)


@dataclass
class CodingStats:
    """Counts for the end-of-run summary."""

    articles: int = 0
    events: int = 0
    rejected: int = 0


def load_typer(setting: str) -> EventTyper | None:
    """The learned event typer when the ``typer`` setting is "on", None when "off".

    Raises:
        ValueError: for any other value.
    """
    if setting not in ("off", "on"):
        raise ValueError(f"setting typer must be 'off' or 'on', not {setting!r}")
    if setting == "off":
        return None
    from eventwire.events.typer import EventTyper  # needs the optional 'model' extra

    return EventTyper.load()


def _known_names(kb: KnowledgeBase) -> frozenset[str]:
    """Lower-cased names of the knowledge base's countries (and their adjectives and
    capitals: "Police Detain Protesters In Tbilisi"), organisations, groups and people,
    whose words a headline keeps capitalised."""
    names: set[str] = set()
    for country in kb.countries:
        names.update((country.name, *country.names, *country.adjectives))
        if country.capital:
            names.add(country.capital)
    for entry in (*kb.organisations, *kb.groups):
        names.update((entry.name, *entry.names))
    for person in kb.people:  # whole names only: a bare surname may be a word ("Ban")
        names.update(n for n in (person.name, *person.aliases) if " " in n)
    return frozenset(n.lower() for n in names)


def _acronyms(kb: KnowledgeBase) -> frozenset[str]:
    """Lower-cased names of the knowledge base's organisations and groups that are
    written in capitals ("ECOWAS")."""
    return frozenset(n.lower() for entry in (*kb.organisations, *kb.groups)
                     for n in (entry.name, *entry.names) if n.isupper() and n.isalpha())


class Coder:
    """The loaded pipeline, knowledge base, lexicon and gazetteer; codes articles."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp: Language = load_pipeline(self.settings.pipeline)
        self.kb = KnowledgeBase.load(self.settings.actor_paths)
        self.lexicon = Lexicon.load()
        keep_hyphenated(self.nlp, self.lexicon.hyphenated_nouns)  # "sit-in" one token
        self.dictionary = dictionary_words(self.nlp)  # headline words to lower
        self.gazetteer = Gazetteer.load()
        self.names = _known_names(self.kb)  # headline words to keep
        self.acronyms = _acronyms(self.kb)  # capitals the tagger reads as names
        self.typer = load_typer(self.settings.typer)
        # None leaves the extractor's raw scores (training/fit_confidence.py fits on them).
        self.confidence: ConfidenceModel | None = ConfidenceModel.load()
        self.stats = CodingStats()

    def code(self, items: Iterable[Article | Rejection]) -> Iterator[Event | Rejection]:
        """Code a stream of articles; rejections in the input pass through in order."""
        held: list[Rejection] = []

        def texts() -> Iterator[tuple[str, tuple[Article, str]]]:
            for item in items:
                if isinstance(item, Rejection):
                    held.append(item)
                else:
                    text = self.prepare_text(item)
                    yield self.parse_text(item, text), (item, text)

        docs = self.nlp.pipe(
            texts(),
            as_tuples=True,
            batch_size=self.settings.batch_size,
            n_process=self.settings.workers,
        )
        for doc, (article, text) in docs:
            yield from self._flush(held)
            doc = self._verbal_headline(doc, article, text)
            yield from self._code_one(restore_text(doc, text), article)
        yield from self._flush(held)

    def _flush(self, held: list[Rejection]) -> Iterator[Rejection]:
        while held:
            self.stats.rejected += 1
            yield held.pop(0)

    def _code_one(self, doc: Doc, article: Article) -> Iterator[Event | Rejection]:
        try:
            events = self.code_doc(doc, article)
        except Exception as exc:  # one bad article must not stop the run
            log.debug("coding %s failed", article.id, exc_info=True)
            self.stats.rejected += 1
            yield Rejection(article.id, "code", f"{type(exc).__name__}: {exc}")
            return
        self.stats.articles += 1
        self.stats.events += len(events)
        yield from events

    def code_doc(self, doc: Doc, article: Article) -> list[Event]:
        """Events of one parsed article."""
        mentions = resolve_actors(doc, self.kb, article.published)
        context = ArticleContext(article.id, article.published, mentions)
        events = extract_events(doc, context, self.lexicon, self.gazetteer, typer=self.typer)
        return self.confidence.calibrate(events) if self.confidence else events

    def code_text(self, article: Article) -> list[Event]:
        """Parse and code a single article (convenience for tests and notebooks)."""
        text = self.prepare_text(article)
        doc = self._verbal_headline(self.nlp(self.parse_text(article, text)), article, text)
        return self.code_doc(restore_text(doc, text), article)

    def parse_text(self, article: Article, text: str | None = None) -> str:
        """`prepare_text` (or ``text``, its result) spelled for the tagger: known
        organisation acronyms as names and a Title Case headline recased (same length;
        the parsed Doc gets the original spelling back with `restore_text`)."""
        text = self.prepare_text(article) if text is None else text
        return self._recase_headline(article, recase_acronyms(text, self._is_acronym))

    def _headline(self, article: Article, text: str) -> tuple[int, int] | None:
        """Where the headline (the title, or a leading headline line of plain text)
        starts and ends in ``text``, or None."""
        title = (article.title or "").strip()
        if title:
            start = text.find(title)
            if start < 0 or text[:start].strip():
                return None
            return start, start + len(title)
        end = leading_headline_end(text)
        return None if end is None else (0, end)

    def _recase_headline(self, article: Article, text: str) -> str:
        """``text`` with its Title Case headline recased."""
        headline = self._headline(article, text)
        if headline is None:
            return text
        return recase_title(text, headline[1], self._is_ordinary, self._is_name,
                            lambda word: self.gazetteer.lookup(word) is not None)

    def _verbal_headline(self, doc: Doc, article: Article, text: str) -> Doc:
        """The parsed ``doc`` of ``text`` (as recased for the tagger) with a headline whose
        verb the tagger read as a noun parsed again ("Police detain protesters": see
        `verbal_headline`)."""
        headline = self._headline(article, text)
        if headline is None:
            return doc
        return verbal_headline(doc, *headline, self.nlp, self._is_event_verb)

    def _is_event_verb(self, lemma: str, obj: str | None) -> bool:
        """A verb the lexicon reads as an event, alone or with its object."""
        return (self.lexicon.verb_sense(lemma) is not None or (
            obj is not None and self.lexicon.verb_sense(lemma, object_lemma=obj) is not None))

    def _is_acronym(self, word: str) -> bool:
        """An organisation or group acronym of the knowledge base that is no English
        word."""
        return word.lower() in self.acronyms and word.lower() not in self.dictionary

    def _is_name(self, phrase: str) -> bool:
        """A name of the knowledge base, or a place of several words (single-word
        places include English words: "Deal", "March")."""
        return phrase.lower() in self.names or (
            " " in phrase and self.gazetteer.lookup(phrase) is not None)

    def _is_ordinary(self, word: str) -> bool:
        """A trigger word of the lexicon or a word of the dictionary."""
        return any(f in self.dictionary or self.lexicon.has_verb(f)
                   or self.lexicon.has_noun(f) for f in trigger_forms(word))

    def prepare_text(self, article: Article) -> str:
        """The text the parser sees: title and body, cut at `max_chars` on a paragraph."""
        text = article.full_text
        limit = self.settings.max_chars
        if len(text) <= limit:
            return text
        cut = text.rfind("\n\n", 0, limit)
        log.warning("article %s is %d characters; coding the first %d", article.id,
                    len(text), cut if cut > 0 else limit)
        return text[: cut if cut > 0 else limit]
