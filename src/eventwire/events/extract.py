"""Turn one parsed article into event records.

For every sentence: find predicates, find their source and target actors, expand
coordinated actors into one record per (source, target) pair, and attach date, place,
negation, hypothetical flag and attribution. The same event reported twice in one
article (same type, actors, date and flags) is kept once, with its first evidence; a
mention with no date of its own gives way to a dated mention of the same event.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from eventwire.actors.context import (
    DATELINE_WEIGHT,
    STATE_SECTORS,
    STORY_ROLE_CONFIDENCE,
    dateline_tokens,
)
from eventwire.actors.coref import actor_identity
from eventwire.actors.mentions import ActorMention
from eventwire.actors.people import BARE_NAME_CONFIDENCE
from eventwire.dates import (
    ResolvedDate,
    attach_date,
    attach_narrative_offset,
    frame_shift,
    framed_date,
    in_framing_clause,
    in_planned_clause,
    is_cause_argument,
    is_event_argument,
    resolve_date_expression,
    resolve_entity,
    shift_day,
    told_long_ago,
)
from eventwire.events.anaphora import HOSTILE_ACTS, EventMemory
from eventwire.events.arguments import (
    MEANS_OF_CONTACT,
    OWN_POSSESSIVES,
    PATIENT_OF_SENSES,
    QUANTITY_NOUNS,
    WEAPON_NOUNS,
    MentionIndex,
    Participant,
    bound_possessor,
    elided_subjects,
    is_fight,
    is_passive,
    is_weapon,
    prep_objects,
    source_tokens,
    subject_token,
    target_tokens,
    through_prep,
)
from eventwire.events.lexicon import Lexicon
from eventwire.events.modality import Modality, read_modality, reporting_verb
from eventwire.events.obligations import Obligation, find_obligations, obliged_acts
from eventwire.events.ontology import MATERIAL_COOPERATION, VERBAL_COOPERATION, EventSense
from eventwire.events.predicates import (
    ACCIDENT_VERBS,
    ARRIVAL_VERBS,
    BLAST_NOUNS,
    DYING_VERBS,
    HARM_PREPS,
    Predicate,
    content_noun,
    find_predicates,
    harm_cause,
    particle_of,
    prepositions_of,
    retracted_acts,
)
from eventwire.events.refusals import failed_to, reinterpret_refusals
from eventwire.events.threats import (
    agreed_acts,
    announced_harms,
    announced_intents,
    reinterpret_threats,
)
from eventwire.events.typer import EventTyper, revise_predicates
from eventwire.nlp.docindex import children, sentence_entities, tokens_of
from eventwire.nlp.paragraphs import is_aside, is_dateline
from eventwire.places import LOCATIVE_PREPOSITIONS, Gazetteer, attach_place, named_place
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
# Speech acts, commitments and aid whose addressee goes unnamed when it is the state the
# story is about: "The United States called for calm" in a story on Bangladesh, "the AU
# condemned the coup" in one on Zimbabwe, "the United States pledged $10 million" in
# one on the Nepal earthquake.
STORY_TARGET_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AGREE",
                                "AID"})
# Of those, commitments and praise go to a foreign story country only: opposition
# parties meeting "to agree on a new government" agree among themselves.
FOREIGN_ONLY_TYPES = frozenset({"AGREE", "SUPPORT", "AID"})
# Acts of a state that fall on its own people when no one else is named: "police
# raided polling stations", "the council lifted the curfew".
DOMESTIC_TARGET_TYPES = frozenset({"COERCE", "CONCEDE", "MOBILIZE"})
# Sources whose mobilisation is of armed forces (not police at home).
MILITARY_STATE_SECTORS = frozenset({"GOV", "MIL"})
# Calls on everyone involved ("called for restraint", "urged de-escalation"): when the
# story sets its state against another, they address both sides, not the story's state.
MUTUAL_CALL_WORDS = frozenset({"restraint", "calm", "de-escalation", "deescalation",
                               "dialogue"})
# Events that set two states against each other.
CONFRONTATION_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN",
                                 "ACCUSE"})
# Mention kinds that count towards the story's country (pronouns repeat, titles guess).
STORY_MENTION_KINDS = frozenset({"name", "alias"})
# Violence between sides, with no one attacker: "clashes", "fighting".
MUTUAL_VIOLENCE = frozenset({"clash", "fighting", "fight", "battle", "war", "violence",
                             "unrest", "skirmish", "riot"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Force that names no one falls on whom its purpose names: "fired tear gas to disperse
# the crowd", "opened fire to break up the rally".
PURPOSE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
# Acts that land on a place and so on its country's people ("shelled Kharkiv", "sent
# aid to Goma", "withdrew from Kherson"); a meeting or protest in a city is only there.
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID", "SANCTION",
                                "RETREAT"})
# Confidence of a target read off a place name rather than an actor name.
PLACE_TARGET_CONFIDENCE = 0.6
# Confidence factor for an actor supplied by convention rather than the text.
IMPLIED_ACTOR_CONFIDENCE = 0.7
# Acts that coordinated actors do to each other: one record each way.
RECIPROCAL_TRIGGERS = frozenset({"exchange", "swap", "trade"})
# Violating a ceasefire (CAMEO 196), which sides listed together break on each other.
TRUCE_VIOLATION = "196"
# Military activities that several actors do together.
JOINT_ACTIVITIES = frozenset({"drill", "exercise", "patrol", "maneuver", "manoeuvre",
                              "wargame", "training"})
# Nouns that name either an attack or a work stoppage, and the sectors that do not
# attack: a strike by them is a protest.
STRIKE_WORDS = frozenset({"strike", "strikes"})
UNARMED_SECTORS = frozenset({"LAB", "CVL", "EDU", "MED", "BUS", "JRN", "REF", "OPP", "PTY",
                             "NGO", "REL"})
WORK_STOPPAGE = EventSense.of("PROTEST", mode="strike", cameo="143")
# "stopped work", "downed tools": a strike by workers or civilians; a government or a
# company halting work on a project is no protest (see _halted_works).
WORK_NOUNS = frozenset({"work", "tool", "tools"})
# Undertakings that are armed only when armed people undertake them: a company that
# "expanded its operations" or a party that "began a campaign" attacks no one.
UNDERTAKING_NOUNS = frozenset({"operation", "campaign"})
STRIKING_SECTORS = UNARMED_SECTORS - {"BUS"}
# Offices whose holders' leaving is no political event: "the chief executive stepped
# down", "the hospital's director resigned".
PRIVATE_SECTORS = frozenset({"BUS", "EDU", "MED"})
RESIGNATION = "0831"
# Crowds that "protest a decision" demonstrate (CAMEO 141); the lexicon's formal-complaint
# reading (ACCUSE 114) is for officials and organisations speaking out.
CROWD_SECTORS = frozenset({"CVL", "LAB", "EDU", "OPP", "REF", "MED"})
STREET_PROTEST = EventSense.of("PROTEST", mode="demo", cameo="141")
# State forces blocking roads or a border show force (CAMEO 150), not a sit-down
# protest. Not rebels: insurgents cutting off transport stay obstruction (CAMEO 144).
STATE_FORCE_SECTORS = frozenset({"MIL", "COP"})
SHOW_OF_FORCE = EventSense.of("MOBILIZE", cameo="150")
FORCES_RESTRAIN = EventSense.of("COERCE", mode="restrict", cameo="191")
# Date precision when the text gives no date for the event: the date of the story's
# lead event stands in ("lede"), or failing that the publication date ("published").
PUBLISHED_PRECISION = "published"
# The same, for an event told in a framing clause ("... after rebels tried to seize
# power"): it happened at another time than its sentence's other events, so it gives
# way to a dated mention elsewhere and takes their day only as an approximation.
FRAMED_PRECISION = "framed"
UNDATED_PRECISIONS = frozenset({PUBLISHED_PRECISION, FRAMED_PRECISION})
LEDE_PRECISION = "lede"
# The lead event is looked for in this many first sentences (headline, dateline, lede).
LEDE_SENTENCES = 4
# Precisions of a date the text gives for the event itself.
OWN_PRECISIONS = frozenset({"day", "month", "year"})
# An undated event takes the date of a dated event this many sentences before it.
CONTEXT_SENTENCES = 2
# A day told more than this many days before the lede's is background (`_long_before`).
BACKGROUND_DAYS = 7


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
    context = replace(context, published=dateline_day(doc, context.published))
    index = MentionIndex(*_unbound_possessives(doc, context.mentions, lexicon))
    memory = EventMemory()
    story = story_country(context.mentions, dateline_tokens(doc))
    events: list[Event] = []
    seen: set[tuple] = set()
    framed: set[str] = set()  # events told in a framing clause ("after X attacked")
    shifted: dict[str, int] = {}  # days from the story's last told day ("a day earlier")
    # how far a framed event lies from its sentence's day ("a day after X resigned")
    frame_shifts: dict[str, tuple[int, str]] = {}
    harms: set[str] = set()  # harm told with no cause ("Six sailors were wounded")
    for sentence_index, sentence in enumerate(doc.sents):
        if is_aside(sentence):
            continue  # a photo caption or a link to another story
        found = [_shown_weapons(p) for p in find_predicates(sentence, lexicon)]
        if typer is not None:
            found = revise_predicates(found, sentence, typer, lexicon)
        predicates, threats = reinterpret_threats(found, sentence)
        # a failed agreement keeps the agreement's parties ("failed to reach a deal
        # with Chad"): its actors are read as the AGREE's
        failed = {p.anchor.i: p for p in predicates
                  if p.sense.event_type == "AGREE" and failed_to(p.anchor)}
        predicates, refusals = reinterpret_refusals(predicates)
        pledges = announced_intents(predicates)
        pledge_triggers = {p.trigger.i for p in pledges}
        predicates = predicates + pledges + announced_harms(
            predicates, set(threats.values())) + contact_calls(predicates, sentence)
        obligations = {o.request.anchor.i: o for o in
                       find_obligations(predicates, sentence, lexicon)}
        predicates = sorted([*predicates, *(o.request for o in obligations.values())],
                            key=lambda p: p.trigger.i)
        resolved = [(p, *_participants(failed.get(p.anchor.i, p), index, memory, lexicon,
                                       story, gazetteer)) for p in predicates]
        resolved = [(p, s, _addressees(obligations[p.anchor.i], s, index)
                     if p.anchor.i in obligations else t) for p, s, t in resolved]
        # one told to act who is no other country's actor (one's own troops or
        # commanders ordered, reporters told) is asked nothing: no request
        resolved = [(p, s, _foreign(s, t) if p.anchor.i in obligations
                     and obligations[p.anchor.i].directive else t) for p, s, t in resolved]
        resolved = [(p, s, t) for p, s, t in resolved
                    if t or not (p.anchor.i in obligations
                                 and obligations[p.anchor.i].directive)]
        # acts that are protests, a strike by workers too (see _work_stoppage)
        protests = {p.anchor.i: _work_stoppage(p, s).sense.event_type == "PROTEST"
                    for p, s, _ in resolved}
        aimed_at = {p.anchor.i: targets for p, _, targets in resolved
                    if targets and p.trigger.i not in pledge_triggers}
        threatened = set(threats.values()) | {i for o in obligations.values()
                                               for i in obliged_acts(o)}
        agreed = agreed_acts(predicates)
        # a plan given up ("suspended plans to impose a curfew"): the concession is
        # toward whom the act would have been, which did not happen
        retracted = retracted_acts(predicates)
        agreed.update(retracted)
        threatened |= set(retracted.values())
        for predicate, sources, targets in resolved:
            if predicate.anchor.i in threats:  # a threat aims where the threatened act would
                act = sentence.doc[threats[predicate.anchor.i]]
                named = [t for t in aimed_at.get(act.i, []) if not t.implied]
                # a target the text names beats one a convention supplies for the act
                targets = (named or _purpose_targets(act, aimed_at)
                           or [t for t in targets if not t.implied] or aimed_at.get(act.i)
                           or targets)
                if not targets and protests.get(act.i):
                    # "the union threatened to strike": at whom the strike would be
                    targets = [g for s in sources if (g := _addressed_government(s))]
            elif predicate.trigger.i in pledge_triggers:
                # "will send F-16 jets to Ukraine": pledged to whom the act is for, not
                # to the act's object
                targets = aimed_at.get(predicate.anchor.i, [])
            elif (not targets and predicate.sense.event_type in PURPOSE_TARGET_TYPES
                  and _unaimed_force(predicate.anchor)):
                # "opened fire to disperse the protesters": force used on whom its
                # purpose names
                targets = _purpose_targets(predicate.anchor, aimed_at)
            elif predicate.anchor.i in agreed:
                # "agreed to reopen its border to Chad": for whom the act is, besides
                # whom the agreement's own clause names
                targets = [*aimed_at.get(agreed[predicate.anchor.i], []),
                           *(t for t in targets if not t.implied)] or targets
                if len(sources) > 1:
                    # "India and China agreed to disengage troops": their own troops are
                    # no party; the sides agree with each other
                    targets = _foreign(sources, targets)
            elif (predicate.sense.event_type == "MOBILIZE" and sources and targets
                  and all(t.implied and t.actor.country == sources[0].actor.country
                          for t in targets)):
                # "sending warships to encircle the island": forces sent against whom
                # their purpose names, not the sender's own people
                targets = [t for t in _purpose_targets(predicate.anchor, aimed_at)
                           if not t.implied] or targets
            elif not targets and predicate.sense.event_type == "AID":
                # "sent arms to support Yemeni troops": aid is for whom its purpose names
                targets = _purpose_targets(predicate.anchor, aimed_at)
            if (_halted_works(predicate, sources) or _civil_undertaking(predicate, sources)
                    or _private_resignation(predicate, sources)):
                continue
            predicate, targets = _joint_activity(predicate, sources, targets)
            predicate = _work_stoppage(predicate, sources)
            predicate = _street_protest(predicate, sources)
            predicate = _formal_protest(predicate, sources)
            predicate = _armed_blockade(predicate, sources)
            pairs = _pairs(predicate, sources, targets)
            if predicate.anchor.i in failed:
                # sides that failed to agree reject each other, not what it was about;
                # a lone side rejects only a party named ("with Chad"), not one implied
                pairs = ([(a, b) for a in sources for b in sources if not _same_actor(a, b)]
                         if len(sources) > 1 else
                         _pairs(predicate, sources, [t for t in targets if not t.implied]))
            in_frame = in_framing_clause(predicate.anchor)
            for event in _events_of(predicate, pairs, sentence, sentence_index, context,
                                    index, lexicon, gazetteer):
                if predicate.anchor.i in threatened:
                    event = replace(event, hypothetical=True)
                if predicate.anchor.i in refusals:
                    event = replace(event, negated=False)
                # A framed mention ("after Minsk arrested a journalist") does not
                # stand for a later undated one, which its context may date; a mention
                # dated only by publication (the headline's) does not stand for one the
                # text dates to that same day ("on Wednesday" in a Wednesday story).
                key = (event.event_type, event.source.code, event.target and event.target.code,
                       event.date, event.date_precision, event.negated, event.hypothetical)
                if key not in seen:
                    seen.add(key)
                    events.append(event)
                    if _causeless_harm(predicate, lexicon):
                        harms.add(event.event_id)
                    if in_frame:
                        framed.add(event.event_id)
                        shift = (frame_shift(predicate.anchor)
                                 if event.date_precision == FRAMED_PRECISION else None)
                        if shift is not None:
                            frame_shifts[event.event_id] = shift
                    offset = (attach_narrative_offset(predicate.anchor)
                              if event.date_precision == PUBLISHED_PRECISION else None)
                    if offset is not None:
                        shifted[event.event_id] = offset
        _remember_claims(sentence, index, memory)
    story_days = _story_days(doc, context.published)
    return _date_harms(_date_framed(_date_from_lede(
        _prefer_dated(events, shifted), _lede_date(doc, context.published),
        frozenset(framed), story_days, _background(doc, events),
        _background_days(doc, context.published), shifted, _arrivals(doc, events),
        _continuing(doc), _acted_on(doc, events)), frame_shifts, story_days),
        frozenset(harms))


# Kinds of hostile act whose object is someone else's: attacks, raids, seizures, arrests.
HOSTILE_MODES = frozenset({"arrest", "seize"})
# Nouns of a relation to the possessor, which stays the doer's even in a hostile act:
# "killed their hostages", "hit their targets", "attacked their own".
RELATIONAL_NOUNS = frozenset({
    "neighbour", "neighbor", "rival", "enemy", "foe", "opponent", "adversary", "critic",
    "detractor", "dissident", "citizen", "people", "population", "national", "subject",
    "hostage", "captive", "prisoner", "detainee", "ally", "territory", "soil", "own",
    "target", "objective", "mission", "goal"})
# Doers whose "their" on what they attack is another party's: armed groups and forces
# ("gunmen attacked their patrol", "police detained their leader"); a state's "its" on
# what it strikes is too often its own (its targets, its border).
ARMED_SECTORS = frozenset({"REB", "UAF", "MIL", "COP", "CRM"})
# How many sentences back a possessive looks for the other party it names.
POSSESSOR_WINDOW = 3


def _hostile_act_on(possessive: Token, lexicon: Lexicon) -> Token | None:
    """The verb of a hostile act whose object (or target after "on", "at", "against")
    the possessive's noun is: "attacked their patrol", "opened fire on their convoy"."""
    noun = possessive.head
    if (possessive.dep_ != "poss" or noun.lemma_.lower() in RELATIONAL_NOUNS
            or possessive.nbor(1).lower_ == "own" or is_weapon(noun)):
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("on", "at", "against"):
        verb = verb.head
    elif noun.dep_ not in ("dobj", "obj"):
        return None
    if verb.pos_ != "VERB":
        return None
    objects = [c for c in children(verb) if c.dep_ in ("dobj", "obj")]
    sense = lexicon.verb_sense(verb.lemma_.lower(), particle=particle_of(verb),
                               preps=prepositions_of(verb),
                               object_lemma=objects[0].lemma_.lower() if objects else None)
    if sense is None or not (sense.event_type == "ASSAULT" or (
            sense.event_type == "COERCE" and (sense.mode in HOSTILE_MODES
                                              or sense.cameo == "170"))):
        return None
    return verb


def _is_plural(mention: ActorMention, doc: Doc) -> bool:
    """Whether "their" can stand for a mention: a plural noun, a list, "they"."""
    head = doc[mention.head]
    return (head.tag_ in ("NNS", "NNPS") or len(mention.actors) > 1
            or head.lower_ in ("they", "them", "their"))


def _unbound_possessives(doc: Doc, mentions: list[ActorMention], lexicon: Lexicon
                         ) -> tuple[list[ActorMention], frozenset[int]]:
    """Mentions with "their" on what armed doers attack or seize read as another
    party's: in "Gunmen attacked their patrol" the patrol is not the gunmen's. A
    "their" the actor stage bound to the act's own subject stands instead for the
    latest other plural party of the last sentences ("Afghan soldiers ... gunmen
    attacked their patrol" -> the soldiers'), else for no one. Also returns the
    tokens of the possessives so read."""
    starts = [sentence.start for sentence in doc.sents]
    kept, others = [], set()
    for m in mentions:
        token = doc[m.head]
        armed = m.kind == "pronoun" and token.lower_ == "their" and all(
            a.sector in ARMED_SECTORS for a in m.actors)
        verb = _hostile_act_on(token, lexicon) if armed else None
        subject = subject_token(verb) if verb is not None else None
        doers = {actor_identity(a) for o in mentions if subject is not None
                 and (o.start <= subject.i < o.end or o.head == subject.i) for a in o.actors}
        if not doers & {actor_identity(a) for a in m.actors}:
            kept.append(m)
            continue
        others.add(token.i)
        window = bisect_right(starts, token.i) - POSSESSOR_WINDOW
        other = next((o for o in reversed(mentions)
                      if o.end <= token.i and bisect_right(starts, o.head) >= window
                      and not doers & {actor_identity(a) for a in o.actors}
                      and _is_plural(o, doc)), None)
        if other is not None:
            kept.append(replace(m, actors=tuple(replace(a, text=token.text)
                                                for a in other.actors)))
    return kept, frozenset(others)


def _date_harms(events: list[Event], harms: frozenset[str]) -> list[Event]:
    """Harm told with no cause and no date of its own ("Six sailors were wounded") is
    the harm of the latest act of force before it by the same side on the same side
    ("... two days after Russian ships seized three Ukrainian boats"): it takes that
    act's day, not the day of the sentences around it."""
    dated = []
    for e in events:
        if e.event_id in harms and e.date_precision in (PUBLISHED_PRECISION, LEDE_PRECISION):
            attack = next((a for a in reversed(dated) if a.event_type in HOSTILE_ACTS
                           and a.event_id not in harms and a.date_precision == "day"
                           and _identity(a)[1:] == _identity(e)[1:]), None)
            if attack is not None:
                e = replace(e, date=attack.date, date_precision=LEDE_PRECISION)
        dated.append(e)
    return dated


def _unaimed_force(verb: Token) -> bool:
    """Force whose object, if any, is only its means ("opened fire", "fired tear gas"):
    "held the budget hostage to demand an inquiry" holds a thing, and its purpose names
    no victim."""
    return all(c.lower_ == "fire" or is_weapon(c)
               for c in children(verb) if c.dep_ in ("dobj", "obj"))


def _purpose_targets(act: Token, aimed_at: dict[int, list[Participant]]
                     ) -> list[Participant]:
    """Whom an act that names no one is for, by its purpose: "willing to send equipment
    to help defend Saudi Arabia" is for Saudi Arabia."""
    todo = [c for c in children(act) if c.dep_ == "advcl"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]
    while todo:
        verb = todo.pop(0)
        if aimed_at.get(verb.i):
            return aimed_at[verb.i]
        todo += [c for c in children(verb) if c.dep_ == "xcomp"]
    return []


def _date_framed(events: list[Event], frame_shifts: dict[str, tuple[int, str]],
                 sentence_days: dict[int, str] | None = None) -> list[Event]:
    """A framed event its sentence does not date ("Kenya expelled the envoy, a day
    after Uganda arrested a journalist") lies the told distance from the day the
    story gives its sentence's main event, rather than on the publication date. A
    sentence that dates nothing ("The strikes came a day after Hamas fired rockets")
    counts from the day told just before it (`sentence_days` or a dated event)."""
    sentence_days = sentence_days or {}
    days: dict[int, tuple[str, str]] = {}
    for e in events:
        if e.event_id not in frame_shifts and e.date_precision in ("day", LEDE_PRECISION):
            days.setdefault(e.sentence_index, (e.date, e.date_precision))
    for index, day in sentence_days.items():
        days.setdefault(index, (day, "day"))
    dated = []
    for e in events:
        base = days.get(e.sentence_index)
        if base is None:
            before = [i for i in days if 0 < e.sentence_index - i <= CONTEXT_SENTENCES]
            base = (days[max(before)][0], LEDE_PRECISION) if before else None
        if (e.event_id in frame_shifts and e.date_precision == PUBLISHED_PRECISION
                and base is not None):
            resolved = shift_day(date.fromisoformat(base[0]), frame_shifts[e.event_id])
            precision = (resolved.precision if base[1] == "day"
                         or resolved.precision != "day" else LEDE_PRECISION)
            if resolved.date <= e.date:  # not after publication ("a week before Modi is
                # due to travel"): a frame still to come has no day yet
                e = replace(e, date=resolved.date, date_precision=precision)
        dated.append(e)
    return dated


# How a verb of speaking says it was said over a channel: "told X in a phone call".
CHANNEL_PREPS = frozenset({"in", "during", "by", "over", "on"})
CONTACT_CALL = EventSense.of("CONSULT", mode="phone")


def contact_calls(predicates: list[Predicate], sentence: Span) -> list[Predicate]:
    """Whatever is said to someone in a phone or video call is also a consultation
    (CONSULT, phone mode): "Biden told the Israeli premier in a phone call that ...",
    "assured him by telephone". Anchored at the verb, so its subject is the source and
    its object the target; triggered by the channel noun."""
    consulting = {p.anchor.i for p in predicates if p.sense.event_type == "CONSULT"}
    found = []
    for verb in tokens_of(sentence):
        if verb.pos_ != "VERB" or verb.i in consulting or not any(
                c.dep_ in ("dobj", "dative") for c in children(verb)):
            continue
        channel = next((through_prep(c) for c in children(verb)
                        if c.dep_ == "prep" and c.lower_ in CHANNEL_PREPS
                        and _is_channel(through_prep(c))), None)
        if channel is not None:
            found.append(Predicate(channel, verb, CONTACT_CALL, "light"))
    return found


def _is_channel(noun: Token) -> bool:
    """A means of contact: "phone", "a phone call", "a video call", "telephone"."""
    lemma = noun.lemma_.lower()
    return lemma in MEANS_OF_CONTACT or (lemma in ("call", "conversation") and any(
        c.lemma_.lower() in MEANS_OF_CONTACT for c in children(noun) if c.dep_ == "compound"))


# Verbs that report a claim about what someone did.
CLAIM_VERBS = frozenset({"say", "allege", "claim", "assert", "charge", "insist"})


def _remember_claims(sentence: Span, index: MentionIndex, memory: EventMemory) -> None:
    """Statements about another actor's deeds, which a later denial answers:
    "Israel's office said Hamas had reneged ... Hamas denied the accusation"."""
    for verb in tokens_of(sentence):
        if verb.lemma_.lower() not in CLAIM_VERBS or verb.pos_ != "VERB":
            continue
        speaker = subject_token(verb)
        if speaker is None:
            continue
        speakers = index.participants(speaker)
        for clause in (c for c in children(verb) if c.dep_ == "ccomp"):
            about = [p for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")
                     for p in index.participants(c)
                     if all(not _same_actor(s, p) for s in speakers)]
            memory.remember_claim(verb, speakers, about)


# A dateline's day this many days or fewer before publication is the day the story was
# written ("BERLIN, May 15 (Reuters) -" in a feed item stamped May 16).
DATELINE_LAG_DAYS = 3
_DATELINE_DAY = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}\b")


def dateline_day(doc: Doc, published: date | None) -> date | None:
    """The day the story's days are told from: its dateline's ("SEOUL, July 13 (Agency)
    -"), when that is a little before publication (a story filed late and stamped the
    next day, or a feed's own stamp): its "today" and "on Wednesday" are the writer's.
    Otherwise the publication date."""
    if published is None:
        return None
    for sentence in list(doc.sents)[:2]:
        if not is_dateline(sentence):
            continue
        # read from the text: the tagger seldom tags a dateline's "Feb 2" as a date
        for match in _DATELINE_DAY.finditer(sentence.text):
            resolved = resolve_date_expression(match.group(0), published)
            if resolved is not None and resolved.precision == "day":
                filed = date.fromisoformat(resolved.date)
                if timedelta(0) < published - filed <= timedelta(days=DATELINE_LAG_DAYS):
                    return filed
                return published
        return published
    return published


def _lede_date(doc: Doc, published: date | None) -> ResolvedDate | None:
    """The first day named in the story's first sentences, whatever it dates ("talks
    ... opened in Anchorage on Thursday"): the day of the lead event when no coded
    event of the lede carries a date of its own."""
    if published is None:
        return None
    for sentence in list(doc.sents)[:LEDE_SENTENCES]:
        if is_dateline(sentence) or is_aside(sentence):
            continue  # the day the story was filed, or a photo's or another story's
        for entity in sentence_entities(sentence):
            if entity.label_ != "DATE" or any(is_event_argument(a)
                                              for a in entity.root.ancestors):
                continue  # "condemned Sunday's attack": the attack's day, not the story's
            if in_planned_clause(entity.root):
                continue  # "ministers will meet on Monday": a day to come, not last Monday
            resolved = resolve_entity(entity, published)
            if (resolved is not None and resolved.precision == "day"
                    and resolved.date <= published.isoformat()):
                return resolved
    return None


def _is_past_perfect(token: Token) -> bool:
    """Whether the token's clause is told in the past perfect ("had been moved to
    safety on Friday", "had visited Japan"): background to the story's own events."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "had threatened to block": an infinitive is told in its head's tense
    while verb.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to"
                                                  for c in children(verb)):
        verb = verb.head
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in children(verb))


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    """The head word of an event's trigger in the parsed article."""
    span = doc.char_span(*event.spans.trigger, alignment_mode="expand")
    return span.root if span is not None else None


def _background(doc: Doc, events: list[Event]) -> frozenset[str]:
    """Events told in the past perfect, which lend their day to no later event."""
    return frozenset(e.event_id for e in events
                     if (token := _trigger_token(doc, e)) is not None
                     and _is_past_perfect(token))


def _acted_on(doc: Doc, events: list[Event]) -> frozenset[str]:
    """Events named as what another act is about ("Greece condemned Sunday's attack"):
    their day is not the day of their sentence."""
    return frozenset(e.event_id for e in events
                     if (token := _trigger_token(doc, e)) is not None
                     and (is_event_argument(token) or is_cause_argument(token)))


def _arrivals(doc: Doc, events: list[Event]) -> frozenset[str]:
    """Events of arriving or travelling ("arrived in Nairobi late Thursday"): they set
    the scene for the story's news rather than being it."""
    return frozenset(e.event_id for e in events
                     if (token := _trigger_token(doc, e)) is not None
                     and token.lemma_.lower() in ARRIVAL_VERBS)


def _continuing(doc: Doc) -> frozenset[int]:
    """Sentences that add to the one before ("They also condemned ..."): they go on
    with its day, even one that only set the scene."""
    return frozenset(i for i, sentence in enumerate(doc.sents)
                     if any(c.lower_ == "also" and c.dep_ == "advmod"
                            for c in children(sentence.root)))


def _story_days(doc: Doc, published: date | None) -> dict[int, str]:
    """The day each sentence's main clause is dated to ("The envoy said on Wednesday
    that ..."), for the undated events after it even when that clause is no coded
    event. Framed and past perfect main clauses tell other times and lend no day."""
    if published is None:
        return {}
    days: dict[int, str] = {}
    for index, sentence in enumerate(doc.sents):
        root = sentence.root
        if (is_dateline(sentence) or is_aside(sentence) or root.pos_ not in ("VERB", "AUX")
                or _is_past_perfect(root) or in_framing_clause(root)):
            continue
        day = _past_day(root, published)
        if day is not None:
            days[index] = day
    return days


def _background_days(doc: Doc, published: date | None) -> dict[int, str]:
    """The day of each sentence's first dated past perfect clause ("Pashinyan, who had
    been detained on Sunday, ..."): the time of the story's background."""
    if published is None:
        return {}
    days: dict[int, str] = {}
    for index, sentence in enumerate(doc.sents):
        for verb in tokens_of(sentence):
            if verb.pos_ not in ("VERB", "AUX") or not _is_past_perfect(verb):
                continue
            day = _past_day(verb, published)
            if day is not None:
                days[index] = day
                break
    return days


def _past_day(verb: Token, published: date) -> str | None:
    """The day (not a month, not after publication) a verb's clause is dated to."""
    resolved = attach_date(verb, published)
    if (resolved is not None and resolved.precision == "day"
            and resolved.date <= published.isoformat()):
        return resolved.date
    return None


def _date_from_lede(events: list[Event], lede_date: ResolvedDate | None = None,
                    framed: frozenset[str] = frozenset(),
                    sentence_days: dict[int, str] | None = None,
                    background: frozenset[str] = frozenset(),
                    background_days: dict[int, str] | None = None,
                    shifted: dict[str, int] | None = None,
                    arrivals: frozenset[str] = frozenset(),
                    continuing: frozenset[int] = frozenset(),
                    acted_on: frozenset[str] = frozenset()) -> list[Event]:
    """Undated events take a date from the story instead of the publication date: that
    of a dated event in the same sentence ("China staged exercises in April last year
    after Tsai met McCarthy"), else the day of the nearest of the sentences just before
    (`sentence_days`, or a dated event there: "Beijing on Tuesday rejected the
    allegations. Its spokesperson urged London ..."), else that of the story's lead
    event (or, when no lede event is dated, the first day the lede names, `lede_date`):
    wire copy dates its main event once, in the first sentences ("on Monday"), and the
    rest of the story is about that day. Dates from other sentences are marked with
    precision "lede". Framed events ("a day after the premier resigned") are not the
    lead event, and `background` events (past perfect) lend their day to none; an
    undated one goes on with the background told just before (`background_days`:
    "..., who had been detained on Sunday. He had accused ...": Sunday's). An event
    dated from the day told just before (`shifted`: "A day earlier, rebels attacked
    ...") is counted from that day. A sentence whose dated events are only `arrivals`
    ("arrived late Thursday after visiting Kyiv") sets the scene like an uncoded one:
    what follows it is the lede's news, unless it goes on with it (`continuing`:
    "They also condemned ..."). An event another act is about (`acted_on`: "condemned
    Sunday's attack") keeps its date but lends it to nothing."""
    sentence_days = sentence_days or {}
    background_days = background_days or {}
    shifted = shifted or {}
    # A framed event's own date ("after strikes on Thursday") is not its sentence's.
    own = [e for e in events if e.date_precision in OWN_PRECISIONS
           and e.event_id not in framed | acted_on]
    # The day each sentence tells of; a dated event there speaks for its sentence.
    coded = {d.sentence_index: d.date for d in reversed(own)
             if d.date_precision == "day" and d.event_id not in background}
    scene = {d.sentence_index for d in own if d.event_id in arrivals} - {
        d.sentence_index for d in own if d.event_id not in arrivals}
    days = {**sentence_days, **coded}
    # A sentence whose main clause tells of an act days before ("Iran said on Friday
    # that jets struck on Monday") tells Friday's statement, and what follows goes on
    # with Friday. A report of the day after ("struck overnight, the army said on
    # Sunday") is the act's news.
    days.update({i: day for i, day in sentence_days.items()
                 if i in coded and _long_before(coded[i], day, 1)})
    # The story's day is its lede's, so told: a headline's undated act ("Serbia accuses
    # Kosovo of raid" over "'Kosovo police raided villages on Monday,' Vucic said on
    # Wednesday") is Wednesday's.
    lede_days = [i for i in days if i < LEDE_SENTENCES]
    lede_day = (days[min(lede_days)] if lede_days
                else lede_date.date if lede_date else None)
    retold = {_identity(e) for e in events if e.date_precision != FRAMED_PRECISION}
    dated = []
    for e in events:
        if e.date_precision == FRAMED_PRECISION:
            # "in April, after Tsai met ..." keeps the month; "arrived on Thursday after
            # visiting Kyiv" dates the visit no later than Thursday (precision "lede").
            same = [d for d in own if d.sentence_index == e.sentence_index]
            if not same:
                # It gives way to a mention of the event told in its own right.
                if _identity(e) not in retold:
                    dated.append(replace(e, date_precision=PUBLISHED_PRECISION))
                continue
            precision = same[0].date_precision
            dated.append(replace(e, date=same[0].date,
                                 date_precision=LEDE_PRECISION if precision == "day"
                                 else precision))
            continue
        if e.date_precision != PUBLISHED_PRECISION:
            dated.append(e)
            continue
        same = [d for d in own if d.sentence_index == e.sentence_index]
        before = [i for i in days if 0 < e.sentence_index - i <= CONTEXT_SENTENCES]
        told = [i for i in background_days if 0 <= e.sentence_index - i <= CONTEXT_SENTENCES]
        if e.event_id in shifted and (before or lede_day is not None):
            day = date.fromisoformat(days[max(before)] if before else lede_day)
            dated.append(replace(e, date=(day + timedelta(days=shifted[e.event_id])).isoformat(),
                                 date_precision="day"))
        elif e.event_id in background and told:
            dated.append(replace(e, date=background_days[max(told)],
                                 date_precision=LEDE_PRECISION))
        elif same:
            dated.append(replace(e, date=same[0].date, date_precision=same[0].date_precision))
        elif before:
            day = days[max(before)]
            if ((max(before) not in coded or max(before) in scene or _long_before(day, lede_day))
                    and e.sentence_index not in continuing
                    and lede_day is not None and day < lede_day):
                # A sentence telling an earlier step ("She arrived late Thursday",
                # "The activist died on Feb. 2") is background: what follows is the
                # lede's news again. A coded event's day goes on ("seized the base on
                # Saturday ... Troops shot down aircraft"), unless it lies weeks back
                # ("... fired rockets on Dec. 28. Japan condemned the shelling.").
                day = lede_day
            dated.append(replace(e, date=day, date_precision=LEDE_PRECISION))
        elif lede_day is not None:
            dated.append(replace(e, date=lede_day, date_precision=LEDE_PRECISION))
        else:
            dated.append(e)
    return dated


def _long_before(day: str, lede_day: str | None, days: int = BACKGROUND_DAYS) -> bool:
    """Whether a day lies more than `days` (a week) before the lede's: the story's
    background, told for the record, rather than a step of its news."""
    return lede_day is not None and (date.fromisoformat(lede_day) - date.fromisoformat(day)
                                     > timedelta(days=days))


def _identity(e: Event) -> tuple:
    """What makes two mentions one event: type, actors and flags."""
    return (e.event_type, e.source.code, e.target and e.target.code, e.negated,
            e.hypothetical)


def _prefer_dated(events: list[Event], shifted: dict[str, int]) -> list[Event]:
    """Drop a mention dated only by the publication date when the article dates the
    same event (type, actors, flags) elsewhere: "held talks ... on Friday"; a record
    with no place takes the place another mention of the same event gives. A mention
    counted from the day told before it (`shifted`: "Two days later they struck again")
    is another act, not an undated mention of that one."""
    dated = {_identity(e) for e in events
             if e.date_precision is not None and e.date_precision not in UNDATED_PRECISIONS}
    places = {}
    for e in events:
        if e.location is not None:
            places.setdefault(_identity(e), e.location)
    kept = [e for e in events
            if e.date_precision not in UNDATED_PRECISIONS or _identity(e) not in dated
            or e.event_id in shifted]
    # The undated mention may be the one that says where ("held talks in Washington").
    return [replace(e, location=places[_identity(e)])
            if e.location is None and _identity(e) in places else e for e in kept]


def story_country(mentions: list[ActorMention], filed: range = range(0)) -> str | None:
    """The country the story is about: the one named most often (first named wins
    ties). The country named in the dateline (``filed``: "HONIARA, Solomon Islands
    (Reuters) -") weighs as the story's home when the story names it again, as it does
    for the actors (actors.context); else it was only filed there."""
    counts: dict[str, int] = {}
    home: str | None = None
    for mention in mentions:
        if mention.kind in STORY_MENTION_KINDS:
            for actor in mention.actors:
                if actor.country and mention.start in filed:
                    home = home or actor.country
                elif actor.country:
                    counts[actor.country] = counts.get(actor.country, 0) + 1
    if home in counts:
        counts[home] += DATELINE_WEIGHT
    elif home:
        counts[home] = 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _participants(
    predicate: Predicate, index: MentionIndex, memory: EventMemory, lexicon: Lexicon,
    story: str | None = None, gazetteer: Gazetteer | None = None,
) -> tuple[list[Participant], list[Participant]]:
    """Source and target actors; a target named by an earlier event is looked up; what
    the text leaves unnamed, coding conventions supply (implied targets and sources)."""
    victim = _reduced_passive(predicate.anchor, lexicon) if predicate.kind == "verb" else None
    if victim is not None:
        victims = (_first_participants([victim], index)
                   or _counted_victims(victim, predicate, gazetteer))
        sources = (_attack_owners(predicate.anchor, victims, index, lexicon)
                   or _clash_parties(predicate.anchor, victims, index)
                   or _unidentified_attackers(predicate, [], victims, lexicon, gazetteer)
                   ) if victims else []
        if sources:  # "civilians died in an Israeli air strike in Gaza": Gaza's
            victims = _named_over_guessed(predicate, sources, victims, [victim], index,
                                          gazetteer)
        memory.remember(predicate.trigger, predicate.sense.event_type, sources, victims)
        return sources, victims
    if predicate.anchor.lemma_.lower() in DYING_VERBS:
        return [], []  # "died in clashes": the dead are no attacker, and no one is named
    detained = _counted_detainees(predicate, index, gazetteer)
    if detained is not None:  # "Dozens detained after protests in Tbilisi"
        memory.remember(predicate.trigger, predicate.sense.event_type, *detained)
        return detained
    source_candidates = source_tokens(predicate)
    if source_candidates and source_candidates[0].lemma_.lower() in TRADED_NOUNS:
        return [], []  # "Bolivian bonds rallied": a market move, no one acting
    sources = _reported_speaker(predicate, source_candidates[:1], index, lexicon)
    # "welcomed his release", "demanded his release": he is the one released, not the
    # releaser, and no one of the clause's subject's either
    patient_possessed = ((predicate.sense.event_type, predicate.sense.mode)
                         in PATIENT_OF_SENSES and not prep_objects(predicate.trigger, ("of",)))
    if not sources and predicate.kind == "noun" and not patient_possessed and not any(
            _hostile_act_on(c, lexicon) for c in children(predicate.trigger)):
        # "its first attack on Israel" is the subject's; "attacked their patrol" is not
        bound = bound_possessor(predicate.trigger)
        sources = index.participants(bound) if bound is not None else []
    sources = sources or _first_participants(source_candidates, index)
    if not sources and predicate.kind == "noun" and predicate.sense.event_type == "ASSAULT":
        sources = _claimants(predicate.trigger, index)  # "X claimed the attack"
    if sources and predicate.kind == "noun":
        sources = _ordered_by(predicate.trigger, sources, index)
    if len(sources) == 1 and _two_way_act(predicate) and source_candidates:
        # "police and protesters clashed", "the army and the RSF fought": sides of one
        # country are two sides
        sides = index.participants(source_candidates[0], by_sector=True)
        if len(sides) > 1 and any(s.mention is sources[0].mention for s in sides):
            sources = sides
    if sources and predicate.kind in ("verb", "light"):
        # "..., as did Estonia": one more doer of the same act
        sources += [p for t in elided_subjects(predicate.anchor)
                    for p in index.participants(t)
                    if all(not _same_actor(s, p) for s in sources)]
    if sources and predicate.sense.event_type == "ASSAULT" and source_candidates and (
            _is_blast(source_candidates[0], lexicon)):
        # "killed by gunfire in Khartoum": where an attack was is not who made it
        cause = source_candidates[0]
        sources = [s for s in sources
                   if not (s.mention.head < len(cause.doc) and _placed_at(
                       cause.doc[s.mention.head], cause))]
    candidates = target_tokens(predicate)
    if sources and _is_denial(predicate, index):
        # "denied any involvement in the envoy's death": what is denied is a claim, and
        # the denial answers whoever made it, never someone named inside it
        accusers = [t for t in memory.accusers_of(sources, every=False, claims=True)
                    if all(not _same_actor(s, t) for s in sources)]
        if accusers:
            memory.remember(predicate.trigger, predicate.sense.event_type, sources, accusers)
            return sources, accusers
    # "called the visit a violation": an object that refers back to an earlier event and
    # names no actor of its own stands for that event's actors, before any word that
    # describes it
    targets = [t for t in memory.refer(candidates[:1], sources, lexicon)
               if all(not _same_actor(s, t) for s in sources)
               ] if sources and candidates and not index.participants(candidates[0]) else []
    targets = targets or _first_participants(candidates, index, besides=sources)
    if targets and sources and _release_asked(predicate) and all(
            t.actor.code in {s.actor.code for s in sources} for t in targets):
        # "France demanded the release of the French tourist": asked of whoever holds
        # its own people, not of them (see the fallbacks below)
        targets = []
    if not targets and len(sources) > 1 and any(_reciprocal(c) for c in candidates):
        targets = sources  # "Armenia and Azerbaijan accused each other": each the other
    if not targets and sources and gazetteer is not None:
        targets = _owner_targets(candidates, index, gazetteer)
    if (not targets and predicate.sense.event_type == "ASSAULT" and candidates
            and candidates[0].dep_ in ("dobj", "obj", "nsubjpass")):
        # "killed 13 in", "a photographer was shot dead in Tehran"
        targets = _counted_victims(candidates[0], predicate, gazetteer)
    if (sources and gazetteer is not None and predicate.sense.event_type in PLACE_TARGET_TYPES
            and all(_guessed_person(t.mention) for t in targets)):
        targets = _place_targets(candidates, index, gazetteer) or targets
    if sources and targets and predicate.sense.event_type in GUESSED_TARGET_TYPES:
        targets = _named_over_guessed(predicate, sources, targets, candidates, index,
                                      gazetteer)
    if sources and len(source_candidates) > 1:
        sources, targets = _reflexive_reading(sources, targets, source_candidates[1:],
                                              candidates, index)
    if (sources and predicate.kind in ("verb", "noun")
            and predicate.sense.event_type in HOSTILE_ACTS and all(t.implied for t in targets)):
        targets = _speaker_owned(predicate.anchor, candidates, sources, index) or targets
    if not targets and sources:
        targets = [t for t in memory.refer(candidates, sources, lexicon)
                   if all(not _same_actor(s, t) for s in sources)]
    if not targets and sources and predicate.sense.event_type in DENIALS:
        targets = memory.accusers_of(sources)  # "Syria denied using chemical weapons"
    if (not targets and sources and gazetteer is not None
            and predicate.sense.event_type in FOREIGN_PLACE_TYPES):
        targets = _foreign_place_target(predicate, sources, gazetteer)
    if not targets and sources and predicate.sense == AID_CUT:
        targets = _aid_recipients(predicate, sources, index, gazetteer)
    if not targets and sources and predicate.sense.event_type in PROTEST_HARM_TYPES:
        targets = _protesters_hit(candidates, sources, lexicon)
    if not targets and sources and predicate.kind in ("verb", "light") and _joins(predicate):
        targets = memory.shared_targets(predicate.sense.event_type, sources)
    edge = predicate.sense.event_type == "MOBILIZE" and _sent_to_edge(predicate)
    if (not targets and sources and predicate.sense.event_type == "MOBILIZE"
            and predicate.kind in ("verb", "light") and not edge):
        # "Canberra had sent 23 more officers", after a deployment to the Solomon
        # Islands: where the same state's forces were sent before
        targets = memory.own_targets("MOBILIZE", sources)
    if not targets and sources and edge:
        # "moved tanks to the border": aimed at whoever is across it, not at home
        targets = _across_edge(predicate, sources, index, story)
    elif not targets and sources and predicate.kind in ("verb", "light"):
        targets = _implied_target(predicate, sources, story, memory)
    if not sources and _stood_down(predicate):
        # "500 rebels were demobilized", "the troops were withdrawn from Gao": the
        # forces' own side stands them down; what else is named stays the target
        sources = [t for t in targets if t.actor.sector in STANDING_DOWN_SECTORS]
        targets = [t for t in targets if all(not _same_actor(s, t) for s in sources)]
    if not sources:
        sources = _implied_source(predicate, targets, index, gazetteer, story)
        if sources and not targets and edge:
            targets = _across_edge(predicate, sources, index, story)
        elif sources and not targets and predicate.kind in ("verb", "light"):
            # "the army was deployed": at home, like "the army deployed" would be
            targets = _implied_target(predicate, sources, story)
    crowd = _protesting_crowd(predicate)
    if crowd is not None:  # the people described protest, not the clause's subject
        sources = (_first_participants([crowd], index) or sources
                   or _unnamed_protesters(predicate, story, gazetteer))
    if not sources and not targets and gazetteer is not None:
        # "A curfew was imposed in Dushanbe": by the authorities, on the people
        sources, targets = _imposed_curfew(predicate, gazetteer, story)
    if not sources and not targets and gazetteer is not None:
        # "Mass arrests in Tbilisi after opposition rally"
        sources, targets = _placed_arrests(predicate, gazetteer)
    if not sources and predicate.sense.event_type == "PROTEST" and predicate.kind == "noun":
        sources = _crowd_taking_part(predicate.trigger, index)
    if not sources and predicate.sense.event_type == "PROTEST":
        sources = _unnamed_protesters(predicate, story, gazetteer)
    if not sources and targets and predicate.sense.event_type == "ASSAULT":
        sources = [] if source_candidates else (
            _attack_owners(predicate.anchor, targets, index, lexicon)
            or _clash_parties(predicate.anchor, targets, index)
            or (memory.assailants_of(targets) if _causeless_harm(predicate, lexicon) else []))
        if sources:
            targets = _named_over_guessed(predicate, sources, targets, candidates, index,
                                          gazetteer)
        sources = sources or _unidentified_attackers(predicate, source_candidates, targets,
                                                     lexicon, gazetteer)
        if not sources and source_candidates and _told_blast(source_candidates[0]):
            # "The blast killed 36 people in Kabul": the bombing told before, by whoever
            # the story says made it, else by no one named
            sources = memory.assailants_of(targets) or _unidentified_at(
                predicate, targets, gazetteer, placed=True)
        # "killing five people": victims of no known country are of where it happened
        targets = [_placed_victim(t, sources[0]) for t in targets] if sources else targets
    if predicate.sense.event_type in HOME_CROWD_TYPES and sources:
        targets = [_home_crowd(t, sources[0]) for t in targets]
    targets = _listed_country(targets, predicate.anchor.doc)
    memory.remember(predicate.trigger, predicate.sense.event_type, sources, targets)
    return sources, targets


# What markets trade, which a country's adjective makes look like an actor ("Chinese
# shares", "Bolivian bonds") though it does nothing.
TRADED_NOUNS = frozenset({"bond", "share", "stock", "equity", "currency", "price",
                          "market", "index", "future", "commodity", "yield"})


def _listed_country(targets: list[Participant], doc: Doc) -> list[Participant]:
    """A target whose country the actor stage only guessed from the story, listed with
    one whose country the text names, shares it: "sanctions on four Myanmar officers
    and two state-owned banks" are on Myanmar's banks, not the dateline's."""
    named = [t for t in targets if t.actor.country and not t.implied
             and t.mention.confidence > STORY_ROLE_CONFIDENCE]
    out = []
    for target in targets:
        if (target.mention.kind == "title" and not target.implied and target.actor.country
                and target.mention.confidence <= STORY_ROLE_CONFIDENCE):
            head = doc[target.mention.head]
            listed = [n for n in named if doc[n.mention.head] in head.conjuncts]
            if listed and listed[0].actor.country != target.actor.country:
                target = replace(target, actor=replace(target.actor,
                                                       country=listed[0].actor.country))
        out.append(target)
    return out


# Acts of a state on a crowd the actor stage only guessed the country of: a crackdown,
# or a call on "citizens" to do something, falls on the state's own people.
HOME_CROWD_TYPES = frozenset({"COERCE", "REQUEST"})


def _ordered_by(noun: Token, sources: list[Participant], index: MentionIndex
                ) -> list[Participant]:
    """Forces named by a role word whose country the actor stage only guessed from the
    story belong to whoever orders or approves what they do: in "Biden approved the
    deployment of 3,000 troops to Poland" the troops are American, not Polish."""
    if noun.dep_ not in ("dobj", "obj") or not all(
            s.mention.kind == "title" and s.mention.confidence <= STORY_ROLE_CONFIDENCE
            for s in sources):
        return sources
    subject = subject_token(noun.head) if not is_passive(noun.head) else None
    owners = [p for p in (index.participants(subject) if subject is not None else [])
              if p.mention.kind in STORY_MENTION_KINDS and p.actor.country]
    if not owners:
        return sources
    owner = owners[0].actor
    return [replace(s, actor=replace(s.actor, country=owner.country, name=owner.name,
                                     kb_id=None)) for s in sources]


def _home_crowd(target: Participant, source: Participant) -> Participant:
    """Civilians a state's forces coerce, whose country the actor stage only guessed from
    the story ("Assad's forces cracked down on protesters" in a story filed from
    Washington), are that state's own people: crackdowns, arrests and curfews fall at
    home unless the text says otherwise, and so do calls on "citizens" to act."""
    if (target.mention.kind != "title" or target.implied
            or target.mention.confidence > STORY_ROLE_CONFIDENCE
            or target.actor.sector != "CVL" or source.actor.sector not in STATE_SECTORS
            or not source.actor.country or target.actor.country == source.actor.country):
        return target
    return replace(target, actor=replace(target.actor, country=source.actor.country))


# Adverbs by which an act joins an earlier one of others: "Canada also pledged aid".
JOINING_ADVERBS = frozenset({"also", "too", "likewise", "similarly"})


def _joins(predicate: Predicate) -> bool:
    """Whether the act is told as joining an earlier one ("also", "too")."""
    return any(c.dep_ == "advmod" and c.lower_ in JOINING_ADVERBS
               for c in children(predicate.anchor))


def _reciprocal(token: Token) -> bool:
    """ "each other", "one another": the actors listed together, each to the other."""
    words = {c.lower_ for c in children(token)}
    return ((token.lower_ == "other" and "each" in words)
            or (token.lower_ == "one" and "another" in words))


# Acts that free, admit or return people whom a role word names ("released ten
# prisoners from Nigeria", "opened its borders to refugees from Togo"), or hit them.
GUESSED_TARGET_TYPES = frozenset({"CONCEDE", "RETREAT", "ASSAULT"})


def _named_over_guessed(predicate: Predicate, sources: list[Participant],
                        targets: list[Participant], candidates: list[Token],
                        index: MentionIndex, gazetteer: Gazetteer | None = None
                        ) -> list[Participant]:
    """Role-word targets that the actor stage could only give the source's own country
    take the other country the clause names for them, after the verb or by "from":
    "Benin released ten prisoners from Nigeria" -> Nigeria's prisoners, not Benin's;
    else, if they are hit abroad, that of the place ("Palestinian bombers killed 23
    people in Tel Aviv" -> Israel's)."""
    own = {s.actor.country for s in sources} - {None}
    doc = predicate.trigger.doc
    if not all(t.mention.kind == "title" and t.actor.country in own
               and not any(w.pos_ in ("PROPN", "ADJ")
                           for w in doc[t.mention.start: t.mention.end])
               for t in targets):
        return targets
    if predicate.sense.event_type == "ASSAULT":
        place = None if gazetteer is None else (
            _place_of(predicate, gazetteer) or _concurrent_place(predicate.anchor, gazetteer)
            or _told_place(predicate.trigger, gazetteer))
        country = place.country if place is not None else None
        if not country or country in own:
            # "struck rebel positions, killing four fighters": the fighters of the side hit
            country = _struck_side(predicate.anchor, index, own)
        if not country:
            return targets
        return [replace(t, actor=replace(t.actor, country=country, kb_id=None))
                for t in targets]
    origins = [through_prep(c) for c in children(predicate.anchor)
               if c.dep_ == "prep" and c.lower_ == "from"]
    for token in [*candidates, *origins]:
        named = [f for f in index.participants(token)
                 if f.actor.country and f.actor.country not in own]
        if named:
            return [Participant(replace(t.actor, country=f.actor.country, kb_id=None),
                                f.mention) for f in named for t in targets[:1]]
    return targets


def _struck_side(harm: Token, index: MentionIndex, own: set[str]) -> str | None:
    """The one other country whose people or positions the attack a harm follows on
    hit, by its object: "struck two rebel positions, killing four fighters" (a common
    noun: a town shelled may hold anyone, and its state may have changed)."""
    attack = harm.head
    if harm.dep_ != "advcl" or harm.tag_ != "VBG" or attack.pos_ != "VERB":
        return None
    found = {p.actor.country for c in children(attack)
             if c.dep_ in ("dobj", "obj") and c.pos_ == "NOUN"
             for p in index.participants(c)} - {None}
    other = found - own
    return other.pop() if len(other) == 1 and not found & own else None


# Participles by which a hyphenated country names a thing's owner or flag: an
# "Israel-linked tanker" is Israel's; an "X-based" or "X-made" one is only there or from
# there, and names no party.
OWNER_PARTICIPLES = frozenset({"link", "linked", "own", "owned", "flag", "flagged",
                               "operate", "operated", "register", "registered"})
OWNER_SECTOR = "BUS"


def _owner_targets(candidates: list[Token], index: MentionIndex, gazetteer: Gazetteer
                   ) -> list[Participant]:
    """The country named as owner of what the act falls on: "seized an Israel-linked
    container ship", "attacked a Greek-owned tanker" -> that country's business. Only
    the first candidate, if it names no actor itself."""
    for token in candidates[:1]:
        if index.at(token):
            return []
        for modifier in children(token):
            if modifier.dep_ != "amod" or modifier.lower_ not in OWNER_PARTICIPLES:
                continue
            for owner in children(modifier):
                if owner.dep_ not in ("npadvmod", "compound", "nmod", "amod"):
                    continue
                found = named_place(owner, gazetteer)
                if found is None:
                    continue
                place, span = found
                actor = Actor(text=span.text, name=place.name, country=place.country,
                              sector=OWNER_SECTOR)
                mention = ActorMention(span.start, span.end, owner.i, (actor,), "place",
                                       PLACE_TARGET_CONFIDENCE)
                return [Participant(actor, mention)]
    return []


# Verbs that deny a claim ("denied the charges", "denied using chemical weapons").
DENYING_VERBS = frozenset({"deny", "refute"})


def _is_denial(predicate: Predicate, index: MentionIndex) -> bool:
    """A denial of a claim, not a refusal to someone: "denied Kyiv's membership bid"
    and "denied them entry" name whom they refuse."""
    verb = predicate.anchor
    return (predicate.sense.event_type in DENIALS and verb.lemma_.lower() in DENYING_VERBS
            and not any(c.dep_ in ("dobj", "dative") and index.at(through_prep(c))
                        for c in children(verb)))


# Acts that a state does at home unless the text places them abroad: "strengthened
# its forces in Lebanon", "lifted a curfew in Montenegro" fall on that country.
FOREIGN_PLACE_TYPES = frozenset({"MOBILIZE", "CONCEDE"})


def _foreign_place_target(predicate: Predicate, sources: list[Participant],
                          gazetteer: Gazetteer) -> list[Participant]:
    """The people of the foreign country where the act takes place, when no one else
    is named; none when it is the source's own country (then it is at home)."""
    place = _place_of(predicate, gazetteer)
    if (place is None or not place.country
            or any(s.actor.country in (None, place.country) for s in sources)):
        return []
    actor = Actor(text=place.name, name=place.name, country=place.country, sector="CVL")
    return [Participant(actor, sources[0].mention, implied=True)]


# Aid stopped (CAMEO 162) is stopped for whom it went to.
AID_CUT = EventSense.of("SANCTION", mode="discontinue", cameo="162")


def _aid_recipients(predicate: Predicate, sources: list[Participant], index: MentionIndex,
                    gazetteer: Gazetteer | None) -> list[Participant]:
    """Whom stopped aid was for: "suspended an aid programme for Bosnia", "halted aid
    deliveries to Gaza", else the people of the foreign place it went to ("suspended
    aid deliveries in Baghdad")."""
    held = [predicate.trigger] if predicate.kind == "light" else [
        c for c in children(predicate.anchor) if c.dep_ in ("dobj", "obj", "nsubjpass")]
    named = _first_participants([o for h in held for o in prep_objects(
        content_noun(h), ("for", "to"))], index, besides=sources)
    place = _place_of(predicate, gazetteer) if gazetteer is not None else None
    if named or place is None or not place.country or any(
            s.actor.country == place.country for s in sources):
        return named
    actor = Actor(text=place.name, name=place.name, country=place.country, sector="CVL")
    return [Participant(actor, sources[0].mention, implied=True)]


# Prepositions by which what an act falls on holds a place: "targets in Jericho",
# "the outskirts of Kharkiv", "army positions near Aleppo".
PLACE_HOLDING_PREPS = ("in", "of", "near")


def _place_targets(candidates: list[Token], index: MentionIndex, gazetteer: Gazetteer
                   ) -> list[Participant]:
    """A place the act is aimed at that names no actor ("shelled Kharkiv", "fired at
    targets in Jericho", "sent aid to Goma"): the people of the place's country. Only
    the first candidate that names a place or holds one ("in", "of")."""
    for token in candidates:
        mentions = index.at(token)
        if mentions and not all(_guessed_person(m) for m in mentions):
            return []  # an actor the parse found but the resolver could not place
        # "the Jenin refugee camp", "the Odesa port": a place names what lies there
        named_in = [c for c in children(token) if c.dep_ == "compound" and c.pos_ == "PROPN"]
        for place_token in (token, *named_in, *(
                through_prep(c) for c in children(token)
                if c.dep_ == "prep" and c.lower_ in PLACE_HOLDING_PREPS)):
            found = named_place(place_token, gazetteer)
            if found is None:
                continue
            place, span = found
            actor = Actor(text=span.text, name=place.name, country=place.country,
                          sector="CVL")
            mention = ActorMention(span.start, span.end, place_token.i, (actor,), "place",
                                   PLACE_TARGET_CONFIDENCE)
            return [Participant(actor, mention)]
    return []


def _guessed_person(mention: ActorMention) -> bool:
    """A lone name the NER model took for a person nobody knows, given the story's
    country for want of any other ("shelled Kharkiv" with "Kharkiv" tagged a person):
    a place the gazetteer knows is the better reading."""
    return (mention.kind == "name" and mention.confidence <= BARE_NAME_CONFIDENCE
            and all(a.kb_id is None and a.sector is None and a.org is None
                    for a in mention.actors))


def _addressees(obligation: Obligation, sources: list[Participant], index: MentionIndex
                ) -> list[Participant]:
    """Whom an obligation stated by the sources falls on ("Russia said Sudan must
    return the helicopter"): the obliged clause's subject, if it names an actor other
    than the speaker; else no one: a speaker obliging itself, or a group it is part of
    ("the three countries should jointly resist ..."), requests nothing."""
    obliged = index.participants(obligation.addressee)
    if any(_same_actor(s, o) for s in sources for o in obliged):
        return []
    return obliged


def _reflexive_reading(sources: list[Participant], targets: list[Participant],
                       fallbacks: list[Token], candidates: list[Token], index: MentionIndex
                       ) -> tuple[list[Participant], list[Participant]]:
    """When the object names the very actor found as subject ("Bessent said China was
    the problem and accused Beijing ...", "Obama said Turkey had a right ... and urged
    Russia and Turkey to talk"), the subject was misread: a verb does not act on its
    own subject unless reflexively. A governing clause's subject (the fallback source
    candidates) is taken instead, if it is not among the objects."""
    first = next((found for token in candidates if (found := index.participants(token))),
                 [])
    if not any(_same_actor(s, f) for s in sources for f in first):
        return sources, targets
    for token in fallbacks:
        alternative = index.participants(token)
        if alternative and not any(_same_actor(a, f) for a in alternative for f in first):
            found = _first_participants(candidates, index, besides=alternative)
            if found:
                return alternative, found
    return sources, targets


def _speaker_owned(verb: Token, candidates: list[Token], sources: list[Participant],
                   index: MentionIndex) -> list[Participant]:
    """"China charged that Japan had violated its airspace": read as the doer's own,
    "its" would make a hostile act fall on its doer; in a reported clause it is the
    speaker's, the subject of the verb the clause complements."""
    owner = next((p for c in candidates[:1] for p in children(c)
                  if p.dep_ == "poss" and p.lower_ in OWN_POSSESSIVES), None)
    if owner is None or not any(_same_actor(s, o) for s in sources
                                for o in index.participants(owner)):
        return []
    # the reporting verb: of the clause, or of the deed blamed ("blamed Iran for an
    # attack on its water facilities")
    speech = (verb.head if verb.dep_ == "ccomp" else verb.head.head
              if verb.dep_ == "pobj" and verb.head.lower_ in ("for", "over") else None)
    if speech is None or owner.nbor(1).lower_ == "own":  # "its own" is the doer's
        return []
    speaker = _first_participants([c for c in children(speech) if c.dep_ == "nsubj"], index)
    if speaker and not any(_same_actor(s, a) for s in sources for a in speaker):
        return speaker
    return []


def _implied_target(predicate: Predicate, sources: list[Participant],
                    story: str | None, memory: EventMemory | None = None
                    ) -> list[Participant]:
    """The addressee a coding convention supplies when the text names none: the state
    the story is about (:func:`story_country`) for a speech act, commitment or aid
    ("called for calm"), the state's own people for what a state organ does at home
    ("police raided polling stations"). Marked implied, with lower confidence."""
    event_type = predicate.sense.event_type
    source = sources[0]
    if _mutual(predicate) and len(sources) > 1:
        return []  # "the leaders agreed to set up a hotline": with each other
    if len(sources) > 1 and _agreed_together(predicate.anchor):
        # "Biden and Xi agreed to restore communications": done between them, not by a
        # state to its own people
        return []
    if (event_type == "REQUEST" and story is not None and memory is not None
            and _mutual_call(predicate) and memory.opposes(story, CONFRONTATION_TYPES)):
        return []  # "called for restraint" in a standoff between states: to both sides
    if (event_type in STORY_TARGET_TYPES and story is not None
            and not (event_type in FOREIGN_ONLY_TYPES and source.actor.country == story)):
        country, sector = story, "GOV"
    elif (event_type == "MOBILIZE" and story is not None and source.actor.org
          and not source.actor.country and not _destined(predicate)):
        # a bloc or alliance has no home of its own: "the CSTO said it was sending 2,500
        # troops" sends them to the state the story is about (not so "to its eastern
        # flank": where they go is said)
        country, sector = story, "GOV"
    elif (event_type in DOMESTIC_TARGET_TYPES and source.actor.country
          and source.actor.sector in STATE_SECTORS and not _foreign_object(predicate)):
        if (event_type == "MOBILIZE" and memory is not None
                and source.actor.sector in MILITARY_STATE_SECTORS):
            # "China fired missiles near Taiwan ... Taiwan raised the alert level of its
            # forces": forces made ready against whoever just acted against their state,
            # else against whom the state's own last mobilisation was aimed ("China
            # staged similar exercises in April")
            adversary = (memory.adversary_of(source.actor.country)
                         or memory.aimed_before(source.actor.country, event_type))
            if adversary:
                return [Participant(a.actor, a.mention, implied=True) for a in adversary]
        country, sector = source.actor.country, "CVL"
    else:
        return []
    actor = Actor(text="", name=f"{sector.lower()} of {country}", country=country,
                  sector=sector)
    implied = Participant(actor, source.mention, implied=True)
    return [implied] if all(not _same_actor(s, implied) for s in sources) else []


def _destined(predicate: Predicate) -> bool:
    """Whether a deployment says where it goes: "deploy forces to its eastern flank"."""
    holders = {predicate.anchor, predicate.trigger}
    holders |= {c for h in list(holders) for c in children(h) if c.dep_ in ("dobj", "obj")}
    return any(p.dep_ in ("prep", "dative") and p.lower_ in DESTINATION_PREPS
               for h in holders for p in children(h))


def _foreign_object(predicate: Predicate) -> bool:
    """Whether what the act falls on is said to be foreign ("seized a foreign-flagged
    tanker", "detained three foreign nationals"): not the state's own people."""
    objects = [c for c in children(predicate.anchor) if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(t.lower_ == "foreign" for o in objects for m in o.lefts for t in m.subtree)


# Edges of a state's land or sea: forces sent there face whoever lies beyond.
EDGE_NOUNS = frozenset({"border", "frontier", "boundary", "borderline", "strait", "sea"})
# Prepositions by which a deployment names where it goes or stands.
DESTINATION_PREPS = frozenset({"to", "toward", "towards", "near", "along", "on", "at",
                               "into", "across", "around"})


def _sent_to_edge(predicate: Predicate) -> bool:
    """Forces moved to or massed on a border, frontier or strait ("deployed troops to
    the border", "sent warships to the strait", "the border areas"), on the verb, the
    event noun or what is moved (where the parser may hang the destination)."""
    holders = {predicate.anchor, predicate.trigger}
    holders |= {c for h in list(holders) for c in children(h) if c.dep_ in ("dobj", "obj")}
    for holder in holders:
        for prep in children(holder):
            place = through_prep(prep)
            if (prep.dep_ in ("prep", "dative") and prep.lower_ in DESTINATION_PREPS
                    and place is not prep
                    and (place.lemma_.lower() in EDGE_NOUNS or any(
                        c.dep_ == "compound" and c.lemma_.lower() in EDGE_NOUNS
                        for c in children(place)))):
                return True
    return False


def _across_edge(predicate: Predicate, sources: list[Participant], index: MentionIndex,
                 story: str | None) -> list[Participant]:
    """Whom forces sent to an unnamed border face: the one other country the sentence
    names ("amid tensions with Ukraine, Russia moved tanks to the border"), else the
    story's country if it is not the source's own; else no one (never the source's own
    people, as a deployment at home would be). Only names count (a role word's country
    may be the story's guess), and a subject is a speaker, no side ("the US said Russia
    moved tanks to the frontier")."""
    own = {s.actor.country for s in sources}
    named: dict[str, Participant] = {}
    speakers = set()
    for token in predicate.anchor.sent:
        for mention in index.at(token):
            if mention.head != token.i or mention.kind not in STORY_MENTION_KINDS:
                continue
            for actor in mention.actors:
                if not actor.country or actor.country in own or actor.org:
                    continue
                if token.dep_ in ("nsubj", "nsubjpass"):
                    speakers.add(actor.country)
                else:
                    named.setdefault(actor.country, Participant(actor, mention))
    if len(named) == 1:
        return list(named.values())
    if story is None or story in own | speakers or (named and story not in named):
        return []
    actor = Actor(text="", name=f"gov of {story}", country=story, sector="GOV")
    return [Participant(actor, sources[0].mention, implied=True)]


def _mutual_call(predicate: Predicate) -> bool:
    """"called for restraint", "urged calm and de-escalation": what is asked is of
    everyone involved."""
    anchor = predicate.anchor
    asked = [c for c in children(anchor) if c.dep_ in ("dobj", "obj")]
    asked += [o for c in children(anchor) if c.dep_ == "prep" and c.lower_ == "for"
              for o in children(c) if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in MUTUAL_CALL_WORDS for a in asked for t in a.subtree)


# Plunder that crowds and gangs commit, never the state's coercion by convention.
LAWLESS_VERBS = frozenset({"loot", "plunder", "ransack", "pillage"})


# Acts of the courts: an agentless "was investigated" or "was convicted" is by the
# judiciary of the state where it happens; so is "was charged" or "was indicted" (an
# accusation only prosecutors make, unlike "was accused").
JUDICIAL_MODES = frozenset({"investigate", "convict"})
JUDICIAL_VERBS = frozenset({"charge", "indict", "prosecute"})


# Forces stood down in an agentless passive, and the RETREAT modes that do so.
STANDING_DOWN_SECTORS = frozenset({"MIL", "REB", "UAF", "COP"})
STANDING_DOWN_MODES = frozenset({"disarm", "withdraw"})


def _stood_down(predicate: Predicate) -> bool:
    """ "were demobilized", "were pulled back": forces withdrawn or disarmed, no agent."""
    return (predicate.sense.event_type == "RETREAT" and predicate.kind == "verb"
            and predicate.sense.mode in STANDING_DOWN_MODES and is_passive(predicate.anchor))


def _implied_source(predicate: Predicate, targets: list[Participant],
                    index: MentionIndex, gazetteer: Gazetteer | None = None,
                    story: str | None = None) -> list[Participant]:
    """Agentless passives that name their agent by convention: "3,000 people were
    detained" (the state's police), "the army was deployed" (the army itself), "a
    reporter was put under investigation in Italy", "the ex-president was sentenced to
    ten years" (that state's judiciary), "two diplomats were expelled from Mongolia"
    (Mongolia's authorities)."""
    if predicate.sense.event_type == "MOBILIZE" and predicate.kind == "light":
        return index.participants(predicate.trigger)
    if (predicate.sense.mode in JUDICIAL_MODES or (
            predicate.sense.event_type == "ACCUSE"
            and predicate.anchor.lemma_.lower() in JUDICIAL_VERBS)) and is_passive(
            predicate.anchor):
        return _investigating_state(predicate, targets, gazetteer)
    if not is_passive(predicate.anchor) or not targets:
        return []
    removed_from = (_removal_place(predicate.anchor, gazetteer)
                    if predicate.sense.mode in REMOVAL_MODES and gazetteer is not None else None)
    if predicate.sense.event_type != "COERCE" and removed_from is None:
        return []  # "was sanctioned": by anyone; "were expelled from Chad": by Chad
    if predicate.anchor.lemma_.lower() in LAWLESS_VERBS:
        return []  # "shops were looted": by a crowd or gang, not by the authorities
    target = targets[0]
    if target.actor.sector in STATE_SECTORS and removed_from is None:
        return []
    # whose authorities act: the state that removes someone ("Chinese diplomats were
    # expelled from Mongolia"), else the state where it happened ("a Ukrainian reporter
    # was detained in Moscow", "three NGOs were banned in Armenia"), else the target's,
    # else the story's ("three NGOs were banned" in a story on Nicaragua)
    place = removed_from or (_place_of(predicate, gazetteer) if gazetteer is not None
                             else None)
    country = ((place.country if place is not None else None) or target.actor.country
               or (story if not target.actor.org else None))
    if not country:
        return []
    return [Participant(Actor(text="", name=f"authorities of {country}", country=country,
                              sector="COP"), target.mention, implied=True)]


# Modes of acts that put someone out of a country: the country named after "from" is
# the one acting.
REMOVAL_MODES = frozenset({"deport", "expel"})


def _removal_place(verb: Token, gazetteer: Gazetteer) -> Place | None:
    """The country someone is put out of: "were deported from Greece" -> Greece."""
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.lower_ == "from":
            found = named_place(through_prep(prep), gazetteer)
            if found is not None:
                return found[0]
    return None


def _investigating_state(predicate: Predicate, targets: list[Participant],
                         gazetteer: Gazetteer | None) -> list[Participant]:
    """Who investigates or convicts when the passive names no one: the judiciary of the
    country where the inquiry is ("was put under investigation in Italy"), else of the
    country of whom it is into ("the minister is under investigation": his own
    state's)."""
    place = _place_of(predicate, gazetteer) if gazetteer is not None else None
    if place is None and gazetteer is not None and predicate.anchor.dep_ == "conj":
        # "was arrested at a Moscow airport and sentenced to nine years": where the
        # act it is told with happened
        found = attach_place(predicate.anchor.head, gazetteer)
        place = found[0] if found is not None else None
    country = place.country if place is not None and place.country else next(
        (t.actor.country for t in targets if t.actor.country), None)
    if country is None or not targets:
        return []
    actor = Actor(text="", name=f"judiciary of {country}", country=country, sector="JUD")
    return [Participant(actor, targets[0].mention, implied=True)]


def _unidentified_attackers(predicate: Predicate, candidates: list[Token],
                            targets: list[Participant], lexicon: Lexicon,
                            gazetteer: Gazetteer | None) -> list[Participant]:
    """An attack by no one named is by unidentified armed forces (UAF) of the country
    where it happened, else of the victims' country: "three soldiers were killed near
    Basra", "a roadside bomb killed two civilians" (POLECAT's and PLOVER's convention).
    Only for agentless passives and for subjects that are the attack itself or its
    weapon, never for a named agent the actor stage could not resolve."""
    anchor = predicate.anchor
    if predicate.kind != "verb":
        return []
    if candidates:
        causes = candidates[:1]
    elif is_passive(anchor) or _reduced_passive(anchor, lexicon) is not None:
        # "were killed by a roadside bomb", "killed in a bombing"
        causes = [through_prep(c) for c in children(anchor)
                  if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in {"by", *HARM_PREPS})]
        # "were killed when a mortar shell hit a market": what struck them
        causes += [s for c in children(anchor) if c.dep_ == "advcl" and any(
            m.dep_ == "advmod" and m.lower_ == "when" for m in children(c))
            for s in children(c) if s.dep_ == "nsubj"]
    else:
        return []
    # "killed by shelling": the parser leaves the gerund a clause under "by"
    causes = [next((g for g in children(c) if g.dep_ == "pcomp"), c) if c.pos_ == "ADP"
              else c for c in causes]
    if not any(_is_blast(cause, lexicon) or _unowned_aircraft(cause) for cause in causes
               ) and not _armed_victims(predicate, targets, lexicon):
        return []
    return _unidentified_at(predicate, targets, gazetteer)


# Aircraft that strike for a side the text does not name: "War planes pounded rebel
# positions in Darfur", "helicopter gunships strafed the village".
AIRCRAFT_NOUNS = frozenset({"plane", "warplane", "jet", "helicopter", "gunship", "aircraft",
                            "bomber", "fighter"})


def _unowned_aircraft(cause: Token) -> bool:
    """ "War planes", "fighter jets", "helicopter gunships" as a strike's subject, with
    nothing saying whose (no "Russian", "its", "the" of planes told before)."""
    if cause.pos_ != "NOUN" or cause.lemma_.lower() not in AIRCRAFT_NOUNS:
        return False
    return not any(c.dep_ in ("poss", "acl", "relcl", "nmod", "prep")
                   or (c.dep_ == "det" and c.lower_ in DEFINITE)
                   or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in children(cause))


def _unidentified_at(predicate: Predicate, targets: list[Participant],
                     gazetteer: Gazetteer | None, placed: bool = False) -> list[Participant]:
    """Unidentified armed forces (UAF) of the country where the attack was, else (unless
    `placed`) of its victims' country."""
    anchor = predicate.anchor
    place = (_place_of(predicate, gazetteer) or _governing_place(anchor, gazetteer)
             ) if gazetteer is not None else None
    if placed and (place is None or not place.country):
        return []
    country = place.country if place is not None and place.country else (
        targets[0].actor.country)
    if country is None:
        return []
    actor = Actor(text="", name=f"unidentified armed forces of {country}", country=country,
                  sector="UAF")
    return [Participant(actor, targets[0].mention, implied=True)]


# Blasts a story tells again with "the": "The blast killed 36 people", "the explosion
# wounded 12" (not weapons, which have a known user: "the missiles").
TOLD_BLASTS = frozenset({"blast", "explosion", "bombing", "bomb", "detonation"})


def _told_blast(cause: Token) -> bool:
    """ "The blast", "the explosion", "that bombing": a blast told before as the subject
    of a harm, with nothing in its phrase saying whose it was."""
    return (cause.lemma_.lower() in TOLD_BLASTS and cause.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this")
                    for c in children(cause))
            and not any(c.dep_ in ("poss", "acl", "relcl", "compound", "amod", "prep")
                        and c.pos_ != "ADJ" for c in children(cause)))


# Harm that, done by no one named to someone armed or in office, is an attack: "two
# soldiers were shot dead at a checkpoint", "a district governor was killed", "a mayor
# was kidnapped".
AGENTLESS_HARMS = frozenset({"kill", "shoot", "murder", "slay", "behead", "stab", "wound",
                             "injure", "assassinate", "ambush", "kidnap", "abduct"})
ARMED_SECTORS = frozenset({"MIL", "COP", "GOV", "REB", "UAF"})
# Mishaps that kill with no one to blame: "killed in a crash".
MISHAP_NOUNS = frozenset({"accident", "crash", "collision", "fire", "blaze", "flood",
                          "earthquake", "landslide", "stampede", "storm", "avalanche"})


# People an attack falls on who are no party to it, by what they are: "a photographer was
# shot dead in Tehran", "gunmen killed a priest in Kaduna".
VICTIM_NOUNS = frozenset({
    "man", "woman", "child", "boy", "girl", "person", "people", "civilian", "villager",
    "resident", "worshipper", "worshiper", "passenger", "pedestrian", "shopper", "farmer",
    "reporter", "journalist", "photographer", "cameraman", "priest", "imam", "pastor",
    "teacher", "student", "pupil", "doctor", "nurse", "aid worker", "worker", "driver",
    "elder", "family", "tourist", "bystander", "herder", "fisherman", "trader", "vendor"})


def _counted_victims(victim: Token, predicate: Predicate, gazetteer: Gazetteer | None
                     ) -> list[Participant]:
    """A bare count of the dead ("Four killed in air strike in Idlib", "gunmen killed 13
    in a village near Abuja"): the people of the place where it happened."""
    if gazetteer is None or not (victim.pos_ == "NUM" or _bare_count(victim) or (
            victim.lemma_.lower() in VICTIM_NOUNS and victim.pos_ == "NOUN")):
        return []
    place = _place_of(predicate, gazetteer) or _governing_place(predicate.anchor, gazetteer)
    if place is None or not place.country:
        return []
    actor = Actor(text=victim.text, name=f"people of {place.country}", country=place.country,
                  sector="CVL")
    mention = ActorMention(victim.i, victim.i + 1, victim.i, (actor,), "description", 0.5)
    return [Participant(actor, mention, implied=True)]


def _placed_victim(victim: Participant, attacker: Participant) -> Participant:
    """A victim of no known country takes that of the unidentified attacker, which is
    the place's."""
    if victim.actor.country or attacker.actor.sector != "UAF" or not attacker.implied:
        return victim
    return replace(victim, actor=replace(victim.actor, country=attacker.actor.country))


def _causeless_harm(predicate: Predicate, lexicon: Lexicon) -> bool:
    """An agentless passive harm that names no cause but places and times ("were shot
    dead at a checkpoint in May"): no "by", no mishap ("killed in a crash"), no clause
    of what happened ("when their helicopter crashed", "when rebels fired on ...")."""
    verb = predicate.anchor
    if (predicate.kind != "verb" or verb.lemma_.lower() not in AGENTLESS_HARMS
            or not is_passive(verb)):
        return False
    for child in children(verb):
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return False
        if child.dep_ == "nsubjpass" and any(d.lower_ in ("no", "none") for d in children(child)):
            return False  # "no soldiers were killed": no harm to attribute
        if child.dep_ == "prep" and child.lower_ in HARM_PREPS and _mishap(
                through_prep(child), lexicon):
            return False
        if child.dep_ == "advcl" and (child.lemma_.lower() in ACCIDENT_VERBS or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in children(child))):
            return False
    return True


def _mishap(setting: Token, lexicon: Lexicon) -> bool:
    """What a harm was in or during that makes it no attack: an accident ("in a crash")
    or another kind of event ("during a training exercise")."""
    lemma = setting.lemma_.lower()
    sense = lexicon.noun_sense(lemma)
    return lemma in MISHAP_NOUNS or (sense is not None and sense.event_type != "ASSAULT")


def _armed_victims(predicate: Predicate, targets: list[Participant],
                   lexicon: Lexicon) -> bool:
    """A causeless harm (see `_causeless_harm`) of someone armed or in office: "two
    soldiers were shot dead at a checkpoint", "a district governor was killed"."""
    return _causeless_harm(predicate, lexicon) and any(t.actor.sector in ARMED_SECTORS
                                              for t in targets)


# Acts done to a protest that hit those protesting: "police attacked the protests".
PROTEST_HARM_TYPES = frozenset({"ASSAULT", "COERCE"})


def _protesters_hit(candidates: list[Token], sources: list[Participant],
                    lexicon: Lexicon) -> list[Participant]:
    """"Police attacked the protests", "troops fired on the rally": the target is the
    protesters (civilians), of the attackers' own country."""
    country = sources[0].actor.country
    noun = candidates[0] if candidates else None
    sense = lexicon.noun_sense(noun.lemma_.lower()) if noun is not None else None
    if country is None or sense is None or sense.event_type != "PROTEST":
        return []
    actor = Actor(text="", name=f"protesters in {country}", country=country, sector="CVL")
    mention = ActorMention(noun.i, noun.i + 1, noun.i, (actor,), "description", 0.5)
    return [Participant(actor, mention, implied=True)]


def _protesting_crowd(predicate: Predicate) -> Token | None:
    """The people a protest participle describes: "dispersed demonstrators protesting
    the results", "arrested students protesting the fee rise"."""
    verb = predicate.anchor
    protest = (predicate.sense.event_type == "PROTEST"
               or predicate.trigger.lemma_.lower() == "protest")  # "protesting the arrest"
    if (protest and predicate.kind == "verb" and verb.dep_ == "acl" and verb.tag_ == "VBG"
            and verb.head.pos_ in ("NOUN", "PROPN")):
        return verb.head
    return None


# Prepositions by which a clause is set in a protest: "threw stones during protests".
TAKING_PART_PREPS = frozenset({"during", "at", "in"})


def _crowd_taking_part(noun: Token, index: MentionIndex) -> list[Participant]:
    """A crowd acting during a protest that names no one takes part in it: "Palestinian
    youths threw stones during demonstrations", "students chanted slogans at the
    rally". Not police or troops acting there ("police fired tear gas during the
    protest")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in TAKING_PART_PREPS or prep.head.pos_ != "VERB":
        return []
    subject = subject_token(prep.head) or _described_crowd(prep.head)
    crowd = _first_participants([subject], index) if subject is not None else []
    return crowd if crowd and all(p.actor.sector in CROWD_SECTORS for p in crowd) else []


def _described_crowd(verb: Token) -> Token | None:
    """The people a participle describes, through the clauses it governs: "youths
    throwing stones during the protests", "youths resorted to throwing stones" (the
    parser may read the finite verb as a participle on its subject)."""
    for _ in range(4):
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
        elif verb.dep_ == "xcomp":
            verb = verb.head
        else:
            return None
    return None


# People who may make up a protesting crowd the text names by no actor: "hundreds of
# supporters of the outgoing party gathered outside the tribunal".
CROWD_NOUNS = frozenset({"supporter", "protester", "protestor", "demonstrator", "student",
                         "worker", "farmer", "resident", "people", "activist", "crowd",
                         "youth", "villager", "citizen", "teacher", "employee"})


def _crowd_subject(predicate: Predicate) -> Token | None:
    """The crowd noun that is a protest verb's subject ("hundreds of supporters")."""
    if predicate.sense.event_type != "PROTEST" or not (
            predicate.kind == "verb" or _headline_verb(predicate.trigger)):
        return None
    subject = subject_token(predicate.anchor)
    if subject is not None and _bare_count(subject):
        return subject  # a headline's "Thousands protest in Lima": a crowd by its size
    if subject is not None and subject.lemma_.lower() in QUANTITY_NOUNS:
        subject = next((o for p in children(subject) if p.dep_ == "prep" and p.lower_ == "of"
                        for o in children(p) if o.dep_ == "pobj"), None)
    return subject if subject is not None and subject.lemma_.lower() in CROWD_NOUNS else None


# Sizes that stand alone for a crowd of people: "Thousands protest", "Dozens detained".
CROWD_SIZES = frozenset({"dozens", "hundreds", "thousands", "scores", "tens"})


def _bare_count(token: Token) -> bool:
    """A count standing for people, with nothing counted named: "Thousands", "Dozens",
    "Hundreds of thousands", "At least 200" (but not "thousands of ballots")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" and through_prep(c).pos_ != "NUM"
           and through_prep(c).lower_ not in CROWD_SIZES for c in children(token)):
        return False
    if any(c.dep_ in ("compound", "amod", "nmod", "det", "poss") and c.pos_ in ("NOUN", "PROPN")
           for c in children(token)):
        return False
    return token.lower_ in CROWD_SIZES or (token.pos_ == "NUM" and token.dep_ != "nummod")


# Verbs by which a group owns an attack: "claimed responsibility for the bombing",
# "the attack was claimed by IS".
OWNING_VERBS = frozenset({"claim", "take", "accept", "admit"})


def _claimants(attack: Token, index: MentionIndex) -> list[Participant]:
    """Who claimed an attack told by its noun: "Al-Shabaab claimed responsibility for
    the attack on the hotel", "the bombing was claimed by the Islamic State" (the
    claimer is the attacker, as coders record it)."""
    head = attack
    if head.dep_ == "pobj" and head.head.lower_ == "for":
        responsibility = head.head.head
        if responsibility.lemma_.lower() not in ("responsibility", "credit"):
            return []
        head = responsibility
        if head.dep_ not in ("dobj", "obj") or head.head.lemma_.lower() not in OWNING_VERBS:
            return []
        verb = head.head
        subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    elif head.dep_ == "nsubjpass" and head.head.lemma_.lower() == "claim":
        verb = head.head
        subject = next((through_prep(c) for c in children(verb) if c.dep_ == "agent"), None)
    else:
        return []
    if subject is None or any(c.dep_ == "neg" for c in children(verb)):
        return []
    return index.participants(subject)


# Restrictions put on a whole population, and the verbs that put them in place.
CURFEW_NOUNS = frozenset({"curfew", "lockdown"})
IMPOSING_VERBS = frozenset({"impose", "declare", "enforce", "order", "extend", "announce"})


def _imposed_curfew(predicate: Predicate, gazetteer: Gazetteer, story: str | None
                    ) -> tuple[list[Participant], list[Participant]]:
    """A curfew imposed by no one named ("a curfew was imposed in Dushanbe", a headline's
    "Curfew Imposed After Clashes"): by the authorities of the country where it is,
    else of the story's, on its people."""
    noun = predicate.trigger
    if predicate.sense.event_type != "COERCE" or noun.lemma_.lower() not in CURFEW_NOUNS:
        return [], []
    if predicate.kind == "light":
        verb = predicate.anchor
        if not is_passive(verb) or verb.lemma_.lower() not in IMPOSING_VERBS:
            return [], []
    else:
        # "a curfew imposed in Osh", not one told before ("shortened the curfew imposed
        # in Sudan", which is about the easing)
        verb = next((c for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN"
                     and c.lemma_.lower() in IMPOSING_VERBS), None)
        if verb is not None and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an")
                                    for c in children(noun)):
            return [], []
        if verb is None and noun.dep_ in ("nsubj", "nsubjpass") and (
                noun.head.tag_ == "VBN" and noun.head.lemma_.lower() in IMPOSING_VERBS
                and not any(c.dep_ in ("dobj", "obj") for c in children(noun.head))):
            verb = noun.head  # a headline's "Curfew imposed in Dushanbe"
        if verb is None:
            return [], []
    found = attach_place(verb, gazetteer) or attach_place(noun, gazetteer)
    country = found[0].country if found is not None and found[0].country else story
    if not country:
        return [], []
    mention = ActorMention(noun.i, noun.i + 1, noun.i, (), "description", 0.5)
    authorities = Actor(text="", name=f"authorities of {country}", country=country,
                        sector="GOV")
    people = Actor(text="", name=f"people of {country}", country=country, sector="CVL")
    return ([Participant(authorities, mention, implied=True)],
            [Participant(people, mention, implied=True)])


ARREST_NOUNS = frozenset({"arrests", "detentions"})


def _placed_arrests(predicate: Predicate, gazetteer: Gazetteer
                    ) -> tuple[list[Participant], list[Participant]]:
    """Arrests told by a bare plural noun placed in a country and naming no one ("Mass
    arrests in Tbilisi after the rally", "arbitrary detentions in Minsk"): by that
    country's police, of its people; not arrests told before ("the arrests")."""
    noun = predicate.trigger
    if (predicate.kind != "noun" or predicate.sense.event_type != "COERCE"
            or noun.lower_ not in ARREST_NOUNS):
        return [], []
    if any(c.dep_ in ("det", "poss", "nummod") or (
            c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")) or (
            c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in children(noun)):
        return [], []
    found = attach_place(noun, gazetteer)
    if found is None or not found[0].country:
        return [], []
    country = found[0].country
    mention = ActorMention(noun.i, noun.i + 1, noun.i, (), "description", 0.5)
    police = Actor(text="", name=f"authorities of {country}", country=country, sector="COP")
    people = Actor(text="", name=f"people of {country}", country=country, sector="CVL")
    return ([Participant(police, mention, implied=True)],
            [Participant(people, mention, implied=True)])


def _counted_detainees(predicate: Predicate, index: MentionIndex,
                       gazetteer: Gazetteer | None
                       ) -> tuple[list[Participant], list[Participant]] | None:
    """An arrest of a bare count of people by no one named, in a named place ("Dozens
    detained after protests in Tbilisi", "hundreds were arrested in Minsk"): by that
    country's police, of its people."""
    verb = predicate.anchor
    if (predicate.kind != "verb" or predicate.sense.event_type != "COERCE" or gazetteer is None
            or verb.lemma_.lower() not in COUNTED_ARRESTS):
        return None
    if any(c.dep_ in ("dobj", "obj", "agent", "dative") for c in children(verb)):
        return None
    subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        subject = verb.head  # "Scores arrested during rally in Almaty"
    if subject is None or not _bare_count(subject) or index.participants(subject):
        return None
    if subject.dep_ == "nsubj" and verb.tag_ not in ("VBN", "VBD"):
        return None
    place = _place_of(predicate, gazetteer) or _governing_place(verb, gazetteer)
    if place is None:
        # "detained after protests in Tbilisi": where what they were taken in at was
        found = next((f for c in children(verb) if c.dep_ == "prep" and c.lower_ in SETTING_PREPS
                      if (f := attach_place(through_prep(c), gazetteer)) is not None), None)
        place = found[0] if found is not None else None
    if place is None or not place.country:
        return None
    country = place.country
    people = Actor(text=subject.text, name=f"people of {country}", country=country,
                   sector="CVL")
    mention = ActorMention(subject.i, subject.i + 1, subject.i, (people,), "description", 0.5)
    police = Actor(text="", name=f"authorities of {country}", country=country, sector="COP")
    return ([Participant(police, mention, implied=True)],
            [Participant(people, mention, implied=True)])


# Prepositions of the occasion of an arrest: "detained after protests in Tbilisi".
SETTING_PREPS = frozenset({"after", "following", "during", "at", "amid", "over"})
# Verbs of taking people in, which a bare count undergoes: "Dozens detained".
COUNTED_ARRESTS = frozenset({"detain", "arrest", "jail", "imprison", "round"})


def _headline_verb(noun: Token) -> bool:
    """A headline's verb the parser took for a noun with a subject: "Thousands protest
    in Lima" ("protest" as the root noun, "Thousands" its subject)."""
    return noun.dep_ == "ROOT" and noun.pos_ == "NOUN" and any(
        c.dep_ == "nsubj" for c in children(noun))


def _unnamed_protesters(predicate: Predicate, story: str | None,
                        gazetteer: Gazetteer | None) -> list[Participant]:
    """Protests asserted with no one named ("Protests against police brutality took
    place in 140 cities", "protests spread to dozens of cities", "demonstrators
    protesting the results") are by the civilians of the country where they happened,
    else of the story's country."""
    noun = predicate.trigger if predicate.kind == "noun" else (
        _protesting_crowd(predicate) or _crowd_subject(predicate))
    if predicate.kind == "noun" and _headline_verb(noun):
        noun = _crowd_subject(predicate)  # "Thousands protest in Lima": the crowd
        if noun is None:
            return []
        noun_ok = True
    else:
        noun_ok = False
    if noun is None or (predicate.kind == "noun" and not noun_ok
                        and noun.dep_ not in ("nsubj", "nsubjpass")):
        return []
    place = _place_of(predicate, gazetteer) if gazetteer is not None else None
    country = place.country if place is not None and place.country else story
    if country is None:
        return []
    actor = Actor(text="", name=f"protesters in {country}", country=country, sector="CVL")
    mention = ActorMention(noun.i, noun.i + 1, noun.i, (actor,), "description", 0.5)
    return [Participant(actor, mention, implied=True)]


def _attack_owners(verb: Token, victims: list[Participant], index: MentionIndex,
                   lexicon: Lexicon) -> list[Participant]:
    """Who made the attack a passive harm was "in", when its words say: "three fighters
    were killed in an Israeli air strike" -> Israel."""
    if not (is_passive(verb) or _reduced_passive(verb, lexicon) is not None):
        return []
    for prep in _harm_settings(verb):
        attack = through_prep(prep)
        if prep.dep_ != "prep" or prep.lower_ not in HARM_PREPS or attack.pos_ != "NOUN":
            continue
        if harm_cause(attack, lexicon) is None:
            continue
        # "in an Israeli air strike", "in an attack by Pakistani militants"
        owners = [p for c in children(attack) if c.dep_ in ("amod", "compound", "poss")
                  for p in index.participants(c)]
        owners += [p for c in prep_objects(attack, ("by",)) for p in index.participants(c)]
        return [p for p in owners if all(not _same_actor(p, v) for v in victims)]
    return _attackers_when(verb, victims, index, lexicon)


# Markers of a clause telling what was happening when a harm befell someone.
WHEN_MARKERS = frozenset({"when", "as", "after"})


def _attackers_when(verb: Token, victims: list[Participant], index: MentionIndex,
                    lexicon: Lexicon) -> list[Participant]:
    """Who attacked in the clause that tells how a passive harm came about: "two soldiers
    were killed when Hezbollah fighters attacked their patrol" -> Hezbollah."""
    for clause in _harm_settings(verb):
        if clause.dep_ != "advcl" or not any(
                m.dep_ in ("advmod", "mark") and m.lower_ in WHEN_MARKERS
                for m in children(clause)):
            continue
        sense = lexicon.verb_sense(clause.lemma_.lower(), particle=particle_of(clause),
                                   preps=prepositions_of(clause))
        subject = subject_token(clause)
        if sense is None or sense.event_type != "ASSAULT" or subject is None:
            continue
        return [p for p in index.participants(subject)
                if all(not _same_actor(p, v) for v in victims)]
    return []


def _harm_settings(verb: Token) -> list[Token]:
    """A harm verb's dependents, with those of a counted harm coordinated after it: in
    "two soldiers were killed and three wounded in an ambush" the parser hangs the
    ambush on "wounded", yet both were hurt in it."""
    counted = [c for c in children(verb) if c.dep_ == "conj" and c.tag_ == "VBN"
               and any(s.dep_ in ("nsubj", "nsubjpass") and s.pos_ == "NUM"
                       for s in children(c))]
    return [*children(verb), *(d for c in counted for d in children(c))]


# Prepositions by which a clash names its sides: "clashes with rebels", "fighting
# between the army and the militia".
SIDE_PREPS = frozenset({"with", "between"})


def _clash_parties(verb: Token, victims: list[Participant], index: MentionIndex
                   ) -> list[Participant]:
    """The other side of the clashes a harm was "in" or "during": "two soldiers were
    killed in clashes with rebels" -> the rebels; "people died in fighting between
    police and protesters" -> whichever side the victims are not."""
    for prep in _harm_settings(verb):
        clash = through_prep(prep)
        if (prep.dep_ != "prep" or prep.lower_ not in HARM_PREPS
                or clash.lemma_.lower() not in MUTUAL_VIOLENCE):
            continue
        sides = [p for c in children(clash) if c.dep_ == "prep" and c.lower_ in SIDE_PREPS
                 for p in index.participants(through_prep(c))]
        others = [p for p in sides if all(not _same_actor(p, v) for v in victims)]
        return others if len(others) < len(sides) or len(sides) == 1 else []
    return []


def _placed_at(token: Token, attack: Token) -> bool:
    """A token that is the object of a locative preposition on the attack noun."""
    return (token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS
            and token.head.head.i == attack.i)


def _reduced_passive(verb: Token, lexicon: Lexicon) -> Token | None:
    """The victim of a passive without its auxiliary: a headline's "Soldiers killed in
    ambush near Mosul" (parsed as an active verb with no object) or a participle on its
    noun ("soldiers killed in a bombing"). Only when no one harmed follows the verb and
    an attack is named "in", so the subject cannot be the killer."""
    deps = {c.dep_ for c in children(verb)}
    if deps & {"dobj", "obj", "dative", "aux", "auxpass", "nsubjpass", "agent", "ccomp",
               "xcomp", "prt", "acomp", "oprd"}:
        return None
    if not any(_is_blast(through_prep(c), lexicon)
               or through_prep(c).lemma_.lower() in MUTUAL_VIOLENCE for c in children(verb)
               if c.dep_ == "prep" and c.lower_ in HARM_PREPS):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return verb.head
    return next((c for c in children(verb) if c.dep_ == "nsubj"), None)


def _is_blast(token: Token, lexicon: Lexicon) -> bool:
    """A weapon or an attack named as the cause: "bomb", "explosion", "suicide attack",
    or a gerund the parser left a verb ("killed by shelling")."""
    # (or a headline's gerund subject: "Shelling kills dozens in Donetsk")
    if token.pos_ == "VERB" and token.lower_.endswith("ing") and token.dep_ in ("pcomp",
                                                                              "csubj"):
        sense = lexicon.noun_sense(token.lower_)
        return sense is not None and sense.event_type == "ASSAULT"
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    # "The missiles struck ...", "water cannon fired by the coast guard": an attack
    # already told, or a weapon whose user is named, is no unidentified attacker.
    if any(c.dep_ in ("poss", "acl", "relcl") or (c.dep_ == "det" and c.lower_ in DEFINITE)
           for c in children(token)):
        return False
    lemma = token.lemma_.lower()
    if lemma in MUTUAL_VIOLENCE:
        return False
    if lemma in WEAPON_NOUNS | BLAST_NOUNS:
        return True
    return harm_cause(token, lexicon) is not None


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
    modality = read_modality(predicate.trigger, predicate.anchor, lexicon,
                             predicate.sense.event_type)
    when = _date_of(predicate, context.published)
    where = _place_of(predicate, gazetteer)
    return [
        _record(predicate, sentence, sentence_index, _localised(source, where),
                _localised(target, where), modality, when, where, context, index)
        for source, target in pairs
    ]


def _localised(participant: Participant | None, where: Place | None) -> Participant | None:
    """A role word the actor stage could give no country ("gunmen", "students") takes
    that of the place the event happened: "gunmen abducted students from a school in
    Kaduna" -> Nigerian gunmen, Nigerian students. Organisations keep none."""
    if (participant is None or where is None or not where.country
            or participant.actor.country or participant.actor.org
            or participant.actor.sector in (None, "IGO", "NGO")):
        return participant
    return replace(participant, actor=replace(participant.actor, country=where.country))


def _first_participants(tokens: list[Token], index: MentionIndex,
                        besides: list[Participant] = ()) -> list[Participant]:
    """Participants of the first candidate token that resolves to an actor other than
    `besides` (a target must differ from the source: "closed its airspace to Indian
    airlines" skips "its airspace")."""
    for token in tokens:
        found = index.participants(token)
        if found and besides and not index.at(token):
            # "closed its border with Colombia": past the possessor that is the source
            found = [f for f in found if all(not _same_actor(b, f) for b in besides)] or (
                index.prep_participants(token))
        if besides and _own_possession(token, found, besides, index):
            continue  # "offered its troops to Lebanon": the source's own, not a party
        if any(all(not _same_actor(b, f) for b in besides) for f in found):
            return found
    return []


def _own_possession(token: Token, found: list[Participant],
                    besides: list[Participant], index: MentionIndex) -> bool:
    """Whether a candidate is the source's own ("its troops", "their embassy"), of the
    source's country: what is acted with or on, not another party. Not what a hostile
    act hits ("Afghan soldiers ... gunmen attacked their patrol": see
    _unbound_possessives)."""
    countries = {b.actor.country for b in besides}
    return (any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES and c.i not in index.others
                for c in children(token))
            and bool(found) and all(f.actor.country in countries for f in found))


def _joint_activity(predicate: Predicate, sources: list[Participant],
                    targets: list[Participant]) -> tuple[Predicate, list[Participant]]:
    """Several actors holding drills together, aimed at no one the text names, are
    cooperating with each other (a target supplied by convention is dropped)."""
    trigger = predicate.trigger
    # "war games" is one word written as two
    lemmas = {trigger.lemma_.lower()} | {c.lemma_.lower() + trigger.lemma_.lower()
                                         for c in children(trigger) if c.dep_ == "compound"}
    countries = {s.actor.country for s in sources}
    # the drills' place in one of their own countries ("near Vladivostok") is no target
    at_home = [t for t in targets if t.mention.kind == "place" and t.actor.country in countries]
    if (predicate.sense.event_type == "MOBILIZE" and len(sources) > 1
            and all(t.implied or t in at_home for t in targets)
            and lemmas & JOINT_ACTIVITIES):
        return replace(predicate, sense=EventSense.of("COOPERATE", cameo="062")), []
    return predicate, targets


# Where weapons sent are shown rather than given: "sent fighter jets toward Taiwan".
SHOWN_NEAR_PREPS = frozenset({"toward", "towards", "near", "around", "off"})


def _shown_weapons(predicate: Predicate) -> Predicate:
    """Weapons sent toward or near a country, not to it, are a show of force (MOBILIZE
    150), not military aid (AID 072): "sent 30 fighter jets toward Taiwan"."""
    verb = predicate.anchor
    preps = {c.lower_ for c in children(verb) if c.dep_ in ("prep", "dative")}
    if (predicate.sense.cameo == "072" and predicate.kind == "verb"
            and preps & SHOWN_NEAR_PREPS and not preps & {"to", "for"}):
        return replace(predicate, sense=SHOW_OF_FORCE)
    return predicate


def _work_stoppage(predicate: Predicate, sources: list[Participant]) -> Predicate:
    """A "strike" by workers, students or civilians is a work stoppage (PROTEST 143),
    not an attack: "nurses began an open-ended strike", "unions staged a strike"."""
    if (predicate.sense.event_type == "ASSAULT" and sources
            and predicate.trigger.lemma_.lower() in STRIKE_WORDS
            and all(s.actor.sector in UNARMED_SECTORS for s in sources)):
        return replace(predicate, sense=WORK_STOPPAGE)
    return predicate


def _halted_works(predicate: Predicate, sources: list[Participant]) -> bool:
    """ "Iran halted work on the reactor", "the firm stopped work at the plant": work
    stopped by those who do not strike is no work stoppage protest."""
    return (predicate.sense == WORK_STOPPAGE
            and predicate.trigger.lemma_.lower() in WORK_NOUNS
            and not all(s.actor.sector in STRIKING_SECTORS for s in sources))


def _civil_undertaking(predicate: Predicate, sources: list[Participant]) -> bool:
    """ "The company expanded its operations in Uganda", "the party launched a campaign":
    an operation or campaign whose doers are all unarmed (business, parties, civil
    society) is no attack, whatever the verb."""
    return (predicate.sense.event_type == "ASSAULT" and bool(sources)
            and predicate.trigger.lemma_.lower() in UNDERTAKING_NOUNS
            and all(s.actor.sector in UNARMED_SECTORS for s in sources))


def _private_resignation(predicate: Predicate, sources: list[Participant]) -> bool:
    """A company chief, a headmaster or a hospital head who resigns leaves no public
    office: no RETREAT."""
    return (predicate.sense.cameo == RESIGNATION and bool(sources)
            and all(s.actor.sector in PRIVATE_SECTORS for s in sources))


def _street_protest(predicate: Predicate, sources: list[Participant]) -> Predicate:
    """Students, workers or opposition supporters who "protest the decision" or "the
    visit" demonstrate (PROTEST 141); only officials lodge a formal complaint (ACCUSE)."""
    if (predicate.sense.event_type == "ACCUSE" and sources
            and predicate.trigger.lemma_.lower() == "protest"
            and all(s.actor.sector in CROWD_SECTORS for s in sources)):
        return replace(predicate, sense=STREET_PROTEST)
    return predicate


FORMAL_COMPLAINT = EventSense.of("ACCUSE", mode="allege", cameo="114")
# Who lodge complaints rather than take to the streets: governments and their organs,
# ministers (GOV) and diplomats.
COMPLAINING_SECTORS = frozenset({"GOV", "LEG", "JUD"})


def _formal_protest(predicate: Predicate, sources: list[Participant]) -> Predicate:
    """A government that "protested China's use of water cannon" lodges a formal
    complaint (ACCUSE 114, ANNOTATION's DECISION for "protest"), whatever the object."""
    if (predicate.sense.event_type == "PROTEST" and predicate.kind == "verb" and sources
            and predicate.trigger.lemma_.lower() == "protest"
            and any(c.dep_ in ("dobj", "obj") for c in children(predicate.anchor))
            and all(s.actor.sector in COMPLAINING_SECTORS for s in sources)):
        return replace(predicate, sense=FORMAL_COMPLAINT)
    return predicate


def _armed_blockade(predicate: Predicate, sources: list[Participant]) -> Predicate:
    """Troops or police who "blocked roads" or "the border" show force (MOBILIZE 150);
    civilians blocking roads stay an obstruction protest (PROTEST 144). Forces that
    "blocked refugees" or "worshippers from entering" restrain people (COERCE 191); the
    refusal reading of "block" (REJECT 120) is a government's."""
    if not sources or not all(s.actor.sector in STATE_FORCE_SECTORS for s in sources):
        return predicate
    sense = predicate.sense
    if sense.event_type == "PROTEST" and sense.cameo == "144":
        return replace(predicate, sense=SHOW_OF_FORCE)
    if (sense.event_type == "REJECT" and sense.cameo == "120"
            and predicate.trigger.lemma_.lower() == "block"):
        return replace(predicate, sense=FORCES_RESTRAIN)
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
    if (len(sources) > 1 and _two_way_act(predicate)
            and all(t.mention.kind == "place" or _same_side(t, sources) for t in targets)):
        # "Israeli troops and Palestinian gunmen exchanged fire in Jenin", "Russia and
        # Ukraine exchanged prisoners": each side on the other, not on the place or on
        # the sides' own people
        targets = []
    if not targets:
        if len(sources) > 1 and _two_way_act(predicate):
            return [(a, b) for a in sources for b in sources if not _same_actor(a, b)]
        # Mediators (CAMEO 045) do not meet each other.
        mediated = predicate.sense.mode == "third-party" or predicate.sense.cameo == "045"
        if _mutual(predicate) and len(sources) > 1 and not mediated:
            return [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
        if event_type == "PROTEST":
            return [(s, _addressed_government(s)) for s in sources]
        if predicate.sense.cameo == DISSENT_EASED:
            # "the opposition called off its protests": yielding to the government the
            # protests were addressed to
            return [(s, t) for s in sources
                    if (t := _addressed_government(s)) is not None and not _same_actor(s, t)]
        if event_type not in MONADIC_TYPES:
            return []
        return [(s, None) for s in sources]
    return [(s, t) for s in sources for t in targets if not _same_actor(s, t)]


# Dissenters standing down (CAMEO 082): protests or strikes called off.
DISSENT_EASED = "082"


# Intents that go one way, to a third party, even when several make them: "Britain
# and the EU promised funds" (CAMEO 033, material aid) is not to each other.
ONE_WAY_INTENT_CAMEOS = ("033",)
# Proposals go to the parties asked to take them up, not between those making them: "a
# truce proposed by Egypt and Qatar" is no agreement of Egypt with Qatar.
PROPOSING_VERBS = frozenset({"propose", "offer", "suggest"})


# Nouns of a relation between sides, and the words by which the sides listed as
# subject hold it together: "upgraded their diplomatic ties", "bilateral relations".
RELATION_NOUNS = frozenset({"tie", "ties", "relation", "relations", "relationship",
                            "partnership", "link", "links", "cooperation"})
JOINT_MARKERS = frozenset({"their", "bilateral", "mutual"})


def _two_way_act(predicate: Predicate) -> bool:
    """An act each of its listed sides does to the other: a fight, an exchange, or
    breaking the truce between them ("Israel and Hezbollah violated the ceasefire")."""
    return (is_fight(predicate) or predicate.trigger.lemma_.lower() in RECIPROCAL_TRIGGERS
            or predicate.sense.cameo == TRUCE_VIOLATION)


def _same_side(target: Participant, sources: list[Participant]) -> bool:
    """A target of the same country as one of the sources."""
    return any(target.actor.country and target.actor.country == s.actor.country
               for s in sources)


AGREEING_LEMMAS = frozenset({"agree", "decide", "pledge", "vow", "promise", "resolve"})


def _agreed_together(anchor: Token) -> bool:
    """Whether the act is what its subjects agreed to do ("agreed to restore ... and to
    curb ...")."""
    node = anchor
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "xcomp" and node.head.lemma_.lower() in AGREEING_LEMMAS


def _mutual(predicate: Predicate) -> bool:
    """A symmetric act that actors listed together do with each other, or any act on a
    relation they hold together ("Greece and Egypt upgraded their ties": one event
    between them)."""
    if predicate.sense.event_type in SYMMETRIC_TYPES:
        if predicate.trigger.lemma_.lower() in PROPOSING_VERBS:
            return False
        return not (predicate.sense.cameo or "").startswith(ONE_WAY_INTENT_CAMEOS)
    nouns = [predicate.trigger, *(c for c in children(predicate.anchor)
                                  if c.dep_ in ("dobj", "obj"))]
    # a cooperative act on a relation is mutual as such ("Ethiopia and Eritrea restored
    # diplomatic relations"); cutting ties is mutual only when said to be theirs
    cooperative = predicate.sense.quad_class in (VERBAL_COOPERATION, MATERIAL_COOPERATION)
    return any(n.lemma_.lower() in RELATION_NOUNS and (cooperative or any(
        c.dep_ in ("poss", "amod") and c.lower_ in JOINT_MARKERS for c in children(n)))
        for n in nouns)


def _addressed_government(protester: Participant) -> Participant | None:
    """A protest that names no target is addressed to the protesters' own government
    (the usual coding convention, and ANNOTATION.md's gold practice); also when the
    actor stage took them for officials ("student leaders who organised the protests")."""
    country = protester.actor.country
    if country is None:
        return None
    government = Actor(text="", name=f"government of {country}", country=country,
                       sector="GOV")
    return Participant(government, protester.mention, implied=True)


# Nouns of setting people free that a request asks for: "demanded the release of ...".
FREEING_NOUNS = frozenset({"release", "freedom", "freeing"})


def _release_asked(predicate: Predicate) -> bool:
    """A request for someone's release: "demanded the release of", "called for the
    immediate release of", "demanded his freedom"."""
    if predicate.sense.event_type != "REQUEST":
        return False
    asked = [c for c in children(predicate.anchor) if c.dep_ in ("dobj", "obj")]
    asked += [o for c in children(predicate.anchor) if c.dep_ == "prep" and c.lower_ == "for"
              for o in children(c) if o.dep_ == "pobj"]
    return any(a.lemma_.lower() in FREEING_NOUNS for a in asked)


def _foreign(sources: list[Participant], targets: list[Participant]) -> list[Participant]:
    """The targets that are not of a source's own country or organisation."""
    own = {s.actor.code or s.actor.name for s in sources}
    return [t for t in targets if (t.actor.code or t.actor.name) not in own]


def _same_actor(a: Participant, b: Participant) -> bool:
    """One actor on both sides; police arresting protesters of the same country is not."""
    if a.mention is b.mention and not (a.implied or b.implied):
        return True
    if (a.actor.code or a.actor.name) != (b.actor.code or b.actor.name):
        return False
    if _different_people(a, b):
        return False  # "the president sacked his defence minister"
    if a.actor.sector == b.actor.sector:
        return True
    # A pronoun with no sector ("Israel ... its offensive") is the same country's actor;
    # a named part of the country (a region, its people) is another actor.
    return any(p.mention.kind == "pronoun" and not p.actor.sector for p in (a, b))


def _different_people(a: Participant, b: Participant) -> bool:
    """Two individuals of one country and sector are two actors: "the president sacked
    his defence minister"; so is an individual and the government a convention
    supplies as addressee ("he accused foreign-funded groups of plotting" in a story on
    his own country: at home). A state, its capital and its government are one actor
    (their knowledge-base id is the country's)."""
    def individual(p: Participant) -> bool:
        actor = p.actor
        if p.implied:
            return True
        return actor.name not in ("", actor.country, actor.org) and (
            actor.kb_id is None or actor.kb_id not in (actor.country, actor.org))
    return individual(a) and individual(b) and a.actor.name != b.actor.name


def _date_of(predicate: Predicate, published: date | None) -> ResolvedDate | None:
    if published is None:
        return None
    for token in (predicate.trigger, predicate.anchor):
        resolved = attach_date(token, published)
        if resolved is not None:
            return resolved
    if any(told_long_ago(token) for token in (predicate.trigger, predicate.anchor)):
        return None  # "fought a war in the 1990s": no year, so unknown
    if in_framing_clause(predicate.anchor):
        framed = framed_date(predicate.anchor, published)
        return framed or ResolvedDate(published.isoformat(), FRAMED_PRECISION)
    return ResolvedDate(published.isoformat(), PUBLISHED_PRECISION)


def _place_of(predicate: Predicate, gazetteer: Gazetteer) -> Place | None:
    # "killed by shelling in Donetsk": the attack a gerund names is where the harm was
    gerunds = [g for c in children(predicate.anchor) if c.dep_ == "agent"
               for g in children(c) if g.dep_ == "pcomp"]
    for token in (predicate.trigger, predicate.anchor, *gerunds):
        found = attach_place(token, gazetteer)
        if found is not None:
            return found[0]
    return _relative_place(predicate.anchor, gazetteer) or _struck_place(predicate, gazetteer)


def _struck_place(predicate: Predicate, gazetteer: Gazetteer) -> Place | None:
    """Where the attack that is the subject of a harm verb struck: "a Russian drone
    attack on Odesa killed three civilians" -> Odesa."""
    if predicate.sense.event_type != "ASSAULT":
        return None
    for subject in children(predicate.anchor):
        if subject.dep_ != "nsubj" or subject.pos_ != "NOUN":
            continue
        for prep in children(subject):
            if prep.dep_ == "prep" and prep.lower_ in ("on", "against"):
                found = named_place(through_prep(prep), gazetteer)
                if found is not None:
                    return found[0]
    return None


# Conjunctions of a clause that happens at the same time and place as its governor's.
CONCURRENT_MARKS = frozenset({"when", "as", "while"})


def _governing_place(verb: Token, gazetteer: Gazetteer) -> Place | None:
    """The place of the clause a participle of result hangs on: "a bomb exploded at a
    market in Maiduguri, killing five people", "a blast rocked Kabul, killing 11"."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    found = attach_place(verb.head, gazetteer)
    if found is not None:
        return found[0]
    struck = next((c for c in children(verb.head) if c.dep_ in ("dobj", "obj")), None)
    named = named_place(struck, gazetteer) if struck is not None else None
    return named[0] if named is not None else None


def _concurrent_place(verb: Token, gazetteer: Gazetteer) -> Place | None:
    """The place of a clause told to happen as the verb's act does: "killed 15 people
    when they blew themselves up in Moscow", "shot three people as they crossed a
    bridge in Sarajevo"."""
    for clause in children(verb):
        if clause.dep_ == "advcl" and any(c.lower_ in CONCURRENT_MARKS and
                                          c.dep_ in ("advmod", "mark")
                                          for c in children(clause)):
            found = attach_place(clause, gazetteer)
            if found is not None:
                return found[0]
    return None


def _told_place(attack: Token, gazetteer: Gazetteer) -> Place | None:
    """The place of the relative clause telling what an attack did: "launched a strike
    that killed 12 civilians in Kyiv"."""
    for clause in children(attack):
        if clause.dep_ == "relcl":
            found = attach_place(clause, gazetteer)
            if found is not None:
                return found[0]
    return None


# Words that place an event by its bearing from a place: "20 km north of Baghdad",
# "outside of Basra" (parsed as an adverb or preposition with "of").
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest",
                      "southeast", "southwest", "outside", "inside"})


def _relative_place(verb: Token, gazetteer: Gazetteer) -> Place | None:
    """The place an event is told to be near by a bearing: "killed two soldiers 20 km
    north of Baghdad" -> Baghdad (for its country)."""
    for bearing in children(verb):
        if bearing.lower_ not in BEARINGS or bearing.dep_ not in ("advmod", "prep", "npadvmod"):
            continue
        for of in children(bearing):
            if of.dep_ == "prep" and of.lower_ == "of":
                found = named_place(through_prep(of), gazetteer)
                if found is not None:
                    return found[0]
    return None


# Acts a country carries out by its armed forces: "Israel's offensive", "a U.S. strike".
ARMED_TYPES = frozenset({"ASSAULT", "MOBILIZE"})


def _with_sector(actor: Actor | None, sense: EventSense, side: str) -> Actor | None:
    """A country named by an adjective or possessive with no role word ("Israel's
    offensive", "the Turkish version", "Syrian air defences") acts as its state: GOV,
    or MIL as the source of an armed act."""
    if actor is None or actor.sector or not actor.country or actor.org:
        return actor
    armed = side == "source" and sense.event_type in ARMED_TYPES
    return replace(actor, sector="MIL" if armed else "GOV")


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
        source=_with_sector(source.actor if source.implied
                            else _with_text(source, sentence.doc), sense, "source"),
        target=_with_sector(target.actor if target and target.implied
                            else _with_text(target, sentence.doc) if target else None,
                            sense, "target"),
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
