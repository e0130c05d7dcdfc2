"""Turn one parsed article into event records.

For every sentence: find predicates, find their source and target actors, expand
coordinated actors into one record per (source, target) pair, and attach date, place,
negation, hypothetical flag and attribution. The same event reported twice in one
article (same type, actors, date and flags) is kept once, with its first evidence; a
mention with no date of its own gives way to a dated mention of the same event.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from eventwire.actors.context import STATE_SECTORS
from eventwire.actors.mentions import ActorMention
from eventwire.dates import ResolvedDate, attach_date
from eventwire.events.anaphora import EventMemory
from eventwire.events.arguments import (
    MentionIndex,
    Participant,
    bound_possessor,
    is_passive,
    source_tokens,
    subject_token,
    target_tokens,
)
from eventwire.events.lexicon import Lexicon
from eventwire.events.modality import Modality, read_modality, reporting_verb
from eventwire.events.ontology import EventSense
from eventwire.events.predicates import Predicate, find_predicates
from eventwire.events.threats import reinterpret_threats
from eventwire.events.typer import EventTyper, revise_predicates
from eventwire.places import Gazetteer, attach_place
from eventwire.records import Actor, Event, Place, Spans

SYMMETRIC_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
# In quoted speech the first person is the speaker's side.
FIRST_PERSON = frozenset({"i", "we"})
THIRD_PERSON = frozenset({"he", "she", "it", "they"})
# Denials answer whoever accused the denier.
DENIALS = frozenset({"REJECT"})
# Types that are events without a target ("protesters rallied", "troops were deployed",
# "the minister resigned"); every other type is a dyad and needs a target.
MONADIC_TYPES = {"PROTEST", "MOBILIZE", "RETREAT"}
# Confidence factor for an actor supplied by convention rather than the text.
IMPLIED_ACTOR_CONFIDENCE = 0.7
# Acts that coordinated actors do to each other: one record each way.
RECIPROCAL_TRIGGERS = frozenset({"exchange", "swap", "trade"})
# Military activities that several actors do together.
JOINT_ACTIVITIES = frozenset({"drill", "exercise", "patrol", "maneuver", "manoeuvre",
                              "wargame", "training"})
# Date precision when the text gives no date for the event: the date of the story's
# lead event stands in ("lede"), or failing that the publication date ("published").
PUBLISHED_PRECISION = "published"
LEDE_PRECISION = "lede"
# The lead event is looked for in this many first sentences (headline, dateline, lede).
LEDE_SENTENCES = 4


@dataclass(frozen=True)
class ArticleContext:
    """What extraction needs besides the Doc."""

    article_id: str
    published: date | None
    mentions: list[ActorMention]


def extract_events(
    doc: Doc, context: ArticleContext, lexicon: Lexicon, gazetteer: Gazetteer,
    typer: EventTyper | None = None,
) -> list[Event]:
    """All event records of one parsed article, in text order, de-duplicated; with a
    `typer` (setting ``typer``), predicates are revised by the learned event typer."""
    index = MentionIndex(context.mentions)
    memory = EventMemory()
    events: list[Event] = []
    seen: set[tuple] = set()
    for sentence_index, sentence in enumerate(doc.sents):
        found = find_predicates(sentence, lexicon)
        if typer is not None:
            found = revise_predicates(found, sentence, typer, lexicon)
        predicates, threats = reinterpret_threats(found)
        resolved = [(p, *_participants(p, index, memory, lexicon)) for p in predicates]
        aimed_at = {p.anchor.i: targets for p, _, targets in resolved if targets}
        threatened = set(threats.values())
        for predicate, sources, targets in resolved:
            if predicate.anchor.i in threats:  # a threat aims where the threatened act would
                targets = aimed_at.get(threats[predicate.anchor.i], targets)
            predicate = _joint_activity(predicate, sources, targets)
            pairs = _pairs(predicate, sources, targets)
            for event in _events_of(predicate, pairs, sentence, sentence_index, context,
                                    index, lexicon, gazetteer):
                if predicate.anchor.i in threatened:
                    event = replace(event, hypothetical=True)
                key = (event.event_type, event.source.code, event.target and event.target.code,
                       event.date, event.negated, event.hypothetical)
                if key not in seen:
                    seen.add(key)
                    events.append(event)
    return _date_from_lede(_prefer_dated(events))


def _date_from_lede(events: list[Event]) -> list[Event]:
    """Undated events take the date of the story's lead event instead of the publication
    date: wire copy dates its main event once, in the first sentences ("on Monday"), and
    the rest of the story is about that day. Marked with precision "lede"."""
    lede = next((e for e in events if e.sentence_index < LEDE_SENTENCES
                 and e.date_precision == "day"), None)
    if lede is None:
        return events
    return [replace(e, date=lede.date, date_precision=LEDE_PRECISION)
            if e.date_precision == PUBLISHED_PRECISION else e for e in events]


def _prefer_dated(events: list[Event]) -> list[Event]:
    """Drop a mention dated only by the publication date when the article dates the
    same event (type, actors, flags) elsewhere: "held talks ... on Friday"; a record
    with no place takes the place another mention of the same event gives."""
    def identity(e: Event) -> tuple:
        return (e.event_type, e.source.code, e.target and e.target.code, e.negated,
                e.hypothetical)

    dated = {identity(e) for e in events if e.date_precision not in (None, PUBLISHED_PRECISION)}
    places = {}
    for e in events:
        if e.location is not None:
            places.setdefault(identity(e), e.location)
    kept = [e for e in events
            if e.date_precision != PUBLISHED_PRECISION or identity(e) not in dated]
    # The undated mention may be the one that says where ("held talks in Washington").
    return [replace(e, location=places[identity(e)])
            if e.location is None and identity(e) in places else e for e in kept]


def _participants(
    predicate: Predicate, index: MentionIndex, memory: EventMemory, lexicon: Lexicon
) -> tuple[list[Participant], list[Participant]]:
    """Source and target actors; a target named by an earlier event is looked up."""
    source_candidates = source_tokens(predicate)
    sources = _reported_speaker(predicate, source_candidates[:1], index, lexicon)
    if not sources and predicate.kind == "noun":
        bound = bound_possessor(predicate.trigger)
        sources = index.participants(bound) if bound is not None else []
    sources = sources or _first_participants(source_candidates, index)
    candidates = target_tokens(predicate)
    targets = _first_participants(candidates, index, besides=sources)
    if not targets and sources:
        targets = [t for t in memory.refer(candidates, sources, lexicon)
                   if all(not _same_actor(s, t) for s in sources)]
    if not targets and sources and predicate.sense.event_type in DENIALS:
        targets = memory.accusers_of(sources)  # "Syria denied using chemical weapons"
    sources = sources or _implied_source(predicate, targets, index)
    memory.remember(predicate.trigger, predicate.sense.event_type, sources, targets)
    return sources, targets


def _implied_source(predicate: Predicate, targets: list[Participant],
                    index: MentionIndex) -> list[Participant]:
    """Agentless passives that name their agent by convention: "3,000 people were
    detained" (the state's police), "the army was deployed" (the army itself)."""
    if predicate.sense.event_type == "MOBILIZE" and predicate.kind == "light":
        return index.participants(predicate.trigger)
    if predicate.sense.event_type != "COERCE" or not is_passive(predicate.anchor):
        return []
    return [Participant(Actor(text="", name=f"authorities of {t.actor.country}",
                              country=t.actor.country, sector="COP"), t.mention, implied=True)
            for t in targets[:1] if t.actor.country and t.actor.sector not in STATE_SECTORS]


def _reported_speaker(predicate: Predicate, subject: list[Token], index: MentionIndex,
                      lexicon: Lexicon) -> list[Participant]:
    """The speaker, for a pronoun subject inside reported speech: "we" always ("We will
    respond," the minister said); "they", "it", "he", "she" when the speaker fits them
    ("Abe and Turnbull said they supported ...")."""
    if not subject or subject[0].lower_ not in FIRST_PERSON | THIRD_PERSON:
        return []
    speakers = _speaker_participants(predicate, index, lexicon)
    pronoun = subject[0].lower_
    if pronoun in FIRST_PERSON or (pronoun == "they" and len(speakers) > 1):
        return speakers
    return speakers if pronoun != "they" and len(speakers) == 1 else []


def _speaker_participants(predicate: Predicate, index: MentionIndex,
                          lexicon: Lexicon) -> list[Participant]:
    """"We will not accept this," the minister said: "we" is the speaker's side."""
    reporter = reporting_verb(predicate.anchor, lexicon)
    speaker = subject_token(reporter) if reporter is not None else None
    return index.participants(speaker) if speaker is not None else []


def _events_of(
    predicate: Predicate,
    pairs: list[tuple[Participant, Participant | None]],
    sentence: Span,
    sentence_index: int,
    context: ArticleContext,
    index: MentionIndex,
    lexicon: Lexicon,
    gazetteer: Gazetteer,
) -> list[Event]:
    if not pairs:
        return []
    modality = read_modality(predicate.trigger, predicate.anchor, lexicon)
    when = _date_of(predicate, context.published)
    where = _place_of(predicate, gazetteer)
    return [
        _record(predicate, sentence, sentence_index, source, target, modality, when, where,
                context, index)
        for source, target in pairs
    ]


def _first_participants(tokens: list[Token], index: MentionIndex,
                        besides: list[Participant] = ()) -> list[Participant]:
    """Participants of the first candidate token that resolves to an actor other than
    `besides` (a target must differ from the source: "closed its airspace to Indian
    airlines" skips "its airspace")."""
    for token in tokens:
        found = index.participants(token)
        if any(all(not _same_actor(b, f) for b in besides) for f in found):
            return found
    return []


def _joint_activity(predicate: Predicate, sources: list[Participant],
                    targets: list[Participant]) -> Predicate:
    """Several actors holding drills together, aimed at no one, are cooperating."""
    lemma = predicate.trigger.lemma_.lower()
    if (predicate.sense.event_type == "MOBILIZE" and len(sources) > 1 and not targets
            and lemma in JOINT_ACTIVITIES):
        return replace(predicate, sense=EventSense.of("COOPERATE", cameo="062"))
    return predicate


def _pairs(
    predicate: Predicate, sources: list[Participant], targets: list[Participant]
) -> list[tuple[Participant, Participant | None]]:
    """Expand actor lists into (source, target) pairs, dropping self-directed pairs.

    With no target, actors listed together act on each other: once for a symmetric type
    ("Japan and the U.S. agreed"), both ways for a reciprocal act ("Russia and Ukraine
    exchanged prisoners").
    """
    event_type = predicate.sense.event_type
    if not sources:
        return []
    if not targets:
        if len(sources) > 1 and predicate.trigger.lemma_.lower() in RECIPROCAL_TRIGGERS:
            return [(a, b) for a in sources for b in sources if not _same_actor(a, b)]
        # Mediators (CAMEO 045) do not meet each other.
        mediated = predicate.sense.mode == "third-party" or predicate.sense.cameo == "045"
        if event_type in SYMMETRIC_TYPES and len(sources) > 1 and not mediated:
            return [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
        if event_type == "PROTEST":
            return [(s, _addressed_government(s)) for s in sources]
        if event_type not in MONADIC_TYPES:
            return []
        return [(s, None) for s in sources]
    return [(s, t) for s in sources for t in targets if not _same_actor(s, t)]


def _addressed_government(protester: Participant) -> Participant | None:
    """A protest that names no target is addressed to the protesters' own government
    (the usual coding convention, and ANNOTATION.md's gold practice)."""
    country = protester.actor.country
    if country is None or protester.actor.sector in ("GOV", None):
        return None
    government = Actor(text="", name=f"government of {country}", country=country,
                       sector="GOV")
    return Participant(government, protester.mention, implied=True)


def _same_actor(a: Participant, b: Participant) -> bool:
    """One actor on both sides; police arresting protesters of the same country is not."""
    if a.mention is b.mention and not (a.implied or b.implied):
        return True
    if (a.actor.code or a.actor.name) != (b.actor.code or b.actor.name):
        return False
    if a.actor.sector == b.actor.sector:
        return True
    # A pronoun with no sector ("Israel ... its offensive") is the same country's actor;
    # a named part of the country (a region, its people) is another actor.
    return any(p.mention.kind == "pronoun" and not p.actor.sector for p in (a, b))


def _date_of(predicate: Predicate, published: date | None) -> ResolvedDate | None:
    if published is None:
        return None
    for token in (predicate.trigger, predicate.anchor):
        resolved = attach_date(token, published)
        if resolved is not None:
            return resolved
    return ResolvedDate(published.isoformat(), PUBLISHED_PRECISION)


def _place_of(predicate: Predicate, gazetteer: Gazetteer) -> Place | None:
    for token in (predicate.trigger, predicate.anchor):
        found = attach_place(token, gazetteer)
        if found is not None:
            return found[0]
    return None


def _record(
    predicate: Predicate,
    sentence: Span,
    sentence_index: int,
    source: Participant,
    target: Participant | None,
    modality: Modality,
    when: ResolvedDate | None,
    where: Place | None,
    context: ArticleContext,
    index: MentionIndex,
) -> Event:
    sense = predicate.sense
    trigger_span = _trigger_span(predicate)
    return Event(
        article_id=context.article_id,
        event_type=sense.event_type,
        mode=sense.mode,
        cameo=sense.cameo,
        quad_class=sense.quad_class,
        goldstein=sense.goldstein,
        intensity=sense.intensity,
        source=source.actor if source.implied else _with_text(source, sentence.doc),
        target=(target.actor if target and target.implied
                else _with_text(target, sentence.doc) if target else None),
        date=when.date if when else None,
        date_precision=when.precision if when else None,
        location=where,
        negated=modality.negated,
        hypothetical=modality.hypothetical,
        sentence=sentence.text.strip(),
        sentence_index=sentence_index,
        trigger=trigger_span.text,
        spans=Spans(
            trigger=(trigger_span.start_char, trigger_span.end_char),
            source=None if source.implied else _char_span(source.mention, sentence.doc),
            target=(_char_span(target.mention, sentence.doc)
                    if target and not target.implied else None),
        ),
        attribution=_attribution_text(modality.attribution, index),
        confidence=_confidence(predicate, source, target),
    )


def _trigger_span(predicate: Predicate) -> Span:
    """The words that name the event: "held talks", "conducted strikes", "attacked"."""
    doc = predicate.trigger.doc
    if predicate.kind == "light" and 0 < predicate.trigger.i - predicate.anchor.i <= 3:
        return doc[predicate.anchor.i: predicate.trigger.i + 1]
    return doc[predicate.trigger.i: predicate.trigger.i + 1]


def _char_span(mention: ActorMention, doc: Doc) -> tuple[int, int]:
    span = doc[mention.start: mention.end]
    return (span.start_char, span.end_char)


def _with_text(participant: Participant, doc: Doc) -> Actor:
    """The resolved actor with `text` set to the words of this very mention."""
    mention = participant.mention
    return replace(participant.actor, text=doc[mention.start: mention.end].text)


def _attribution_text(speaker: Token | None, index: MentionIndex) -> str | None:
    if speaker is None:
        return None
    mentions = index.at(speaker)
    if mentions and mentions[0].actors:
        return mentions[0].actors[0].name
    subtree = list(speaker.subtree)
    return speaker.doc[subtree[0].i: subtree[-1].i + 1].text


def _confidence(predicate: Predicate, source: Participant, target: Participant | None) -> float:
    """A rough 0..1 score: how directly the parse links trigger and actors."""
    score = 0.9 if predicate.kind in ("verb", "light") else 0.75
    score *= IMPLIED_ACTOR_CONFIDENCE if source.implied else source.mention.confidence
    if target is not None:
        score *= IMPLIED_ACTOR_CONFIDENCE if target.implied else target.mention.confidence
    return round(score, 2)
