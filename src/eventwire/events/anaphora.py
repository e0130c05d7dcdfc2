"""Targets named by an earlier event: "condemned the launch", "rejected the allegations".

News reports an event, then the reactions to it, naming the event instead of its actor.
The reaction's target is the earlier event's source: "North Korea launched a missile ...
Seoul condemned the launch" is ACCUSE KOR->PRK; "Britain accused China of hacking ...
Beijing rejected the allegations" is REJECT CHN->GBR.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events.arguments import HALT_NOUNS, Participant
from eventwire.events.lexicon import Lexicon
from eventwire.nlp.docindex import children

# Nouns that stand for an accusation made against the speaker.
ACCUSATION_NOUNS = frozenset({
    "allegation", "accusation", "charge", "claim", "criticism", "concern", "complaint",
    "condemnation", "report", "finding", "assertion",
})
ACCUSING_TYPES = ("ACCUSE", "THREATEN", "REQUEST", "SANCTION")
# Nouns that refer back to whatever was last done by someone else: "called the move a
# stab in the back", "condemned the decision".
GENERIC_EVENT_NOUNS = frozenset({"move", "decision", "step", "action", "act", "incident"})
# Acts of force whose maker a later harm with no cause is by ("... were wounded").
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE"})
# Acts against a state that its forces' mobilisation answers.
ADVERSE_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"})
# Acts two sides do together, each side recorded as source or target.
JOINT_ACTS = frozenset({"COOPERATE", "CONSULT", "AGREE"})
# Events that are words said (a charge, a demand, praise, a refusal, a threat), which
# "the move" or "the decision" do not name.
SPEECH_ACTS = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"})
REFERRING_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their"})


@dataclass(frozen=True)
class Remembered:
    """An earlier predicate of the article with its resolved actors."""

    lemma: str
    event_type: str
    sources: tuple[Participant, ...]
    targets: tuple[Participant, ...]
    # words said, or a deed only threatened or asked for ("threatened to retaliate")
    said: bool = False
    # asked for, threatened or promised by another event ("urged X to condemn Y"), not
    # done
    embedded: bool = False


class EventMemory:
    """The article's events so far, to resolve nouns that refer back to one."""

    def __init__(self) -> None:
        self._events: list[Remembered] = []
        self._claims: list[Remembered] = []
        self._said: set[int] = set()  # triggers of words said
        self._triggers: set[int] = set()  # triggers of every remembered event

    def remember(self, trigger: Token, event_type: str, sources: list[Participant],
                 targets: list[Participant]) -> None:
        if sources:
            embedded = (trigger.dep_ in ("xcomp", "ccomp")
                        and trigger.head.i in self._triggers)
            said = event_type in SPEECH_ACTS or (embedded and trigger.head.i in self._said)
            if said:
                self._said.add(trigger.i)
            self._triggers.add(trigger.i)
            self._events.append(Remembered(trigger.lemma_.lower(), event_type,
                                           tuple(sources), tuple(targets), said,
                                           embedded))

    def shared_targets(self, event_type: str, sources: list[Participant]
                       ) -> list[Participant]:
        """The named targets of the latest earlier act of this type by others: what
        "X also pledged aid" is aimed at, as the act it joins was."""
        own = {s.actor.code for s in sources}
        for event in reversed(self._events):
            if event.event_type != event_type or own & {s.actor.code for s in event.sources}:
                continue
            return [t for t in event.targets if not t.implied and t.actor.code not in own]
        return []

    def own_targets(self, event_type: str, sources: list[Participant]
                    ) -> list[Participant]:
        """The named foreign targets of the latest earlier act of this type by the same
        country: where "Canberra had sent 23 more officers" went, after "Australia began
        deploying police to the Solomon Islands"."""
        own = {s.actor.country for s in sources if s.actor.country}
        if not own:
            return []
        for event in reversed(self._events):
            if (event.event_type == event_type
                    and own & {s.actor.country for s in event.sources}):
                return [t for t in event.targets if not t.implied
                        and t.actor.country and t.actor.country not in own]
        return []

    def opposes(self, country: str, event_types: frozenset[str]) -> bool:
        """Whether an earlier event of ``event_types`` set ``country`` against another
        state (either way): the story is a confrontation between states."""
        for event in self._events:
            if event.event_type not in event_types:
                continue
            sides = [{p.actor.country for p in event.sources},
                     {p.actor.country for p in event.targets}]
            for one, other in (sides, sides[::-1]):
                if country in one and any(c and c != country for c in other):
                    return True
        return False

    def assailants_of(self, victims: list[Participant]) -> list[Participant]:
        """Who made the latest attack or seizure on the victims' country, for harm told
        with no cause after it: "Russian ships fired on Ukrainian boats ... Six Ukrainian
        sailors were wounded" -> Russia. Not an act of the victims' own side."""
        countries = {v.actor.country for v in victims} - {None}
        for event in reversed(self._events):
            if event.event_type not in HOSTILE_ACTS or not any(
                    t.actor.country in countries for t in event.targets):
                continue
            return [s for s in event.sources if s.actor.country not in countries
                    and not s.implied]
        return []

    def adversary_of(self, country: str) -> list[Participant]:
        """Who last struck, seized, threatened or massed forces against ``country``
        (another state's named actors): whom "Taiwan put its forces on alert" answers."""
        for event in reversed(self._events):
            if event.event_type not in ADVERSE_ACTS or event.said and (
                    event.event_type != "THREATEN") or not any(
                    t.actor.country == country and not t.implied for t in event.targets):
                continue
            found = [s for s in event.sources if s.actor.country
                     and s.actor.country != country and not s.implied]
            if found:
                return found
        return []

    def aimed_before(self, country: str, event_type: str) -> list[Participant]:
        """The named foreign targets of the latest earlier act of this type done by
        ``country`` itself: what "China staged similar exercises in April" was aimed at,
        after "China's military launched drills around Taiwan"."""
        for event in reversed(self._events):
            if event.event_type != event_type or event.embedded or not any(
                    s.actor.country == country for s in event.sources):
                continue
            found = [t for t in event.targets if not t.implied and t.actor.country
                     and t.actor.country != country]
            if found:
                return found
        return []

    def remember_claim(self, verb: Token, speakers: list[Participant],
                       about: list[Participant]) -> None:
        """A statement about what another did ("X said Hamas had reneged"): no event,
        but what a later denial by them answers."""
        if speakers and about:
            self._claims.append(Remembered(verb.lemma_.lower(), "CLAIM", tuple(speakers),
                                           tuple(about)))

    def refer(self, candidates: list[Token], sources: list[Participant],
              lexicon: Lexicon) -> list[Participant]:
        """Participants an anaphoric event noun among the candidates points back to."""
        for noun in candidates:
            lemma = noun.lemma_.lower()
            if lemma in HALT_NOUNS and not any(c.dep_ == "prep" for c in children(noun)):
                # "condemned the strikes and called for an immediate halt": a halt to
                # what the speaker just objected to, by whom it objected to
                return self._own_latest_targets(sources)
            if noun.pos_ != "NOUN" or not _is_definite(noun):
                continue
            if lemma in ACCUSATION_NOUNS:
                return self.accusers_of(sources, every=noun.tag_ in ("NNS", "NNPS"),
                                        claims=True)
            if lemma in GENERIC_EVENT_NOUNS:
                # "the decision", "the move" is a deed, not the words said about it:
                # "The EU imposed sanctions ... Minsk accused the bloc ... Vilnius
                # welcomed the decision" welcomes the EU's
                return (self._agents_of(sources, deeds=True)
                        or self._agents_of(sources))
            sense = lexicon.noun_sense(lemma)
            if sense is not None:
                # the same word names the latest such event; another word of its type
                # names the story's lead event ("the strike" after "fired missiles")
                # a joint act, coded apart from its word's own type, is named by
                # another word of that sense too ("the drills" after "joint exercises")
                kin = frozenset(e.lemma for e in self._events if e.event_type in JOINT_ACTS
                                and lexicon.noun_sense(e.lemma) == sense)
                return (self._agents_of(sources, lemmas=frozenset({lemma}))
                        or self._agents_of(sources, lemmas=kin)
                        or self._agents_of(sources, event_type=sense.event_type, first=True))
        return []

    def _own_latest_targets(self, speakers: list[Participant]) -> list[Participant]:
        codes = {p.actor.code for p in speakers}
        for earlier in reversed(self._events):
            if any(s.actor.code in codes for s in earlier.sources):
                return [t for t in earlier.targets if not t.implied]
        return []

    def _agents_of(self, reactors: list[Participant], lemmas: frozenset[str] | None = None,
                   event_type: str | None = None, first: bool = False,
                   deeds: bool = False) -> list[Participant]:
        """The sources of the latest (or `first`) event of those lemmas or that type (any,
        if neither is given) done by others than the reactors: "China called the visit a
        violation" is not about a visit of China's."""
        codes = {p.actor.code for p in reactors}
        for earlier in (self._events if first else reversed(self._events)):
            if ((lemmas is None or earlier.lemma in lemmas)
                    and (event_type is None or earlier.event_type == event_type)
                    and not (deeds and earlier.said)
                    and not any(s.actor.code in codes for s in earlier.sources)):
                if earlier.event_type not in JOINT_ACTS:
                    return list(earlier.sources)
                # "Russia and Belarus began joint exercises ... condemned the drills":
                # a joint act's doers are both its sides
                return [*earlier.sources, *(t for t in earlier.targets if not t.implied
                                            and t.actor.code not in codes)]
        return []

    def accusers_of(self, accused: list[Participant], every: bool = True,
                    claims: bool = False) -> list[Participant]:
        """Who accused the accused: the latest accuser, or all of them for a plural
        ("rejected the allegations" answers every government that made them)."""
        # Accusations proper answer first; demands and threats only when none was made
        # ("charges the group denies" is not aimed at who urged the group to stop).
        # Failing both, for a denial proper (`claims`), a claim made about them ("X said
        # Hamas had reneged ... Hamas denied the accusation").
        return (self._accusers(accused, ("ACCUSE",), every)
                or self._accusers(accused, ACCUSING_TYPES, every)
                or (claims and self._accusers(accused, ("CLAIM",), every, self._claims))
                or [])

    def _accusers(self, accused: list[Participant], types: tuple[str, ...],
                  every: bool, remembered: list[Remembered] | None = None
                  ) -> list[Participant]:
        codes = {p.actor.code for p in accused}
        found: list[Participant] = []
        for earlier in reversed(self._events if remembered is None else remembered):
            if earlier.embedded:
                continue  # "would ask the Council to condemn Caracas": no charge made
            if earlier.event_type in types and any(
                    t.actor.code in codes for t in earlier.targets):
                found += [s for s in earlier.sources
                          if all(s.actor.code != f.actor.code for f in found)]
                if not every:
                    break
        return found


def _is_definite(noun: Token) -> bool:
    """"the attack", "its launch"; and the description in a free relative, which
    names a thing already there: "what he called an unprovoked attack"."""
    if noun.dep_ == "oprd" and any(c.lower_ == "what" for c in children(noun.head)):
        return True
    return any(c.dep_ in ("det", "poss") and c.lower_ in REFERRING_DETERMINERS
               for c in children(noun))
