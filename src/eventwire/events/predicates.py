"""Find event predicates in a parsed sentence: verbs, light-verb constructions, event nouns.

A predicate has a trigger (the word that names the event) and an anchor (the verb whose
clause carries the event's arguments, tense and modality). For a plain verb both are the
verb; for "conducted strikes" the trigger is "strikes" and the anchor "conducted"; for an
event noun ("Kamikawa's meeting with Blinken") the anchor is the noun itself unless a
support verb governs it ("continue sanctions", "carried out the attack"), in which case
the support verb's subject is the event's source.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from eventwire.events.lexicon import Lexicon
from eventwire.events.ontology import MATERIAL_CONFLICT, MATERIAL_COOPERATION, EventSense
from eventwire.nlp.docindex import children, tokens_of

OBJECT_DEPS = ("dobj", "obj")
# Dependencies by which a noun hangs off the verb that may govern it as a support verb.
NOUN_TO_VERB_DEPS = ("dobj", "obj", "nsubjpass", "attr", "oprd")
# Nouns that measure or group events: "two days of drills", "a wave of strikes".
MEASURE_NOUNS = frozenset({
    "day", "week", "month", "year", "hour", "round", "wave", "series", "string", "spate",
    "volley", "barrage", "salvo", "flurry", "package", "set", "raft", "slew", "number",
    "dozen", "hundred", "thousand", "couple", "pair", "host", "batch",
    # quantities of goods: "handed over 300 kg of medicine", "sent 50 tonnes of aid"
    "ton", "tonne", "kg", "kilogram", "kilo", "pound", "litre", "liter", "gallon",
    "barrel", "truckload", "planeload", "shipload", "crate", "carton", "sack", "dose",
    # a share of it: "captured part of the stronghold", "suspended part of its aid"
    "part", "portion",
})
# Verbs that name what something is: with a condemning complement they accuse.
EVALUATIVE_VERBS = frozenset({"call", "label", "brand", "term", "describe", "dub"})
APPROVING_WORDS = frozenset({
    "constructive", "productive", "useful", "positive", "fruitful", "historic", "important",
    "successful", "success", "good", "great", "excellent", "friendly", "cordial", "candid",
    "frank", "helpful", "substantive", "significant", "meaningful", "step", "milestone",
    "breakthrough", "victory", "win", "partner", "friend", "ally", "model", "hero",
})
CONDEMNATION = EventSense.of("ACCUSE", cameo="111")
# Verbs of seeing something as something, and a verb of reporting that names what it
# reports ("described the campaign as genocide"): they accuse only with a damning word,
# since most of what they tell is plain description ("regards the vote as a test",
# "described the situation as calm").
REGARDING_VERBS = frozenset({"regard", "view", "see", "consider", "describe",
                             "characterise", "characterize", "portray", "depict"})
DAMNING_WORDS = frozenset({
    "criminal", "dictator", "tyrant", "despot", "terrorist", "terrorism", "threat", "sham",
    "farce", "travesty", "genocide", "genocidal", "cleansing", "massacre", "crime",
    "atrocity", "aggressor", "occupier", "occupation", "invasion", "fraud", "fraudulent",
    "rigged", "puppet", "enemy", "murderer", "killer", "thug", "apartheid", "barbaric",
    "barbarism", "piracy", "blackmail", "coup", "illegal", "illegitimate", "unlawful",
    "unacceptable", "aggression", "provocation", "provocative", "violation", "hostile",
    "reckless", "irresponsible", "destabilising", "destabilizing", "dangerous",
})
# Quotation marks, which set off a verdict quoted from the speaker ("treason").
# Dismissing a claim is rejecting it, but dismissing someone as something belittles
# them (ACCUSE 111): "dismissed Maduro as the head of a cartel", "dismissed them as
# foreign agents".
DISMISSING_VERBS = frozenset({"dismiss", "deride", "ridicule", "mock"})
PERSONAL_OBJECTS = frozenset({"him", "her", "them"})
QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
# Verdicts that deny what was said or claimed: "called the report false", "said the
# claims were baseless" are denials (REJECT), not criticism.
DENYING_WORDS = frozenset({
    "false", "baseless", "groundless", "unfounded", "untrue", "lie", "fabrication",
    "fabricated", "fake", "nonsense", "absurd", "slander", "fiction",
})
# Verdicts that refuse what is asked: "said lifting sanctions was out of the question",
# "said the border was non-negotiable" (REJECT).
REFUSING_WORDS = frozenset({"non-negotiable", "nonnegotiable", "unthinkable"})
# Verdicts of blame: "said the police were responsible for the abuse", "holds Putin
# responsible for the death" (ACCUSE), with the verb that passes them ("hold").
BLAME_WORDS = frozenset({"responsible", "accountable", "liable", "guilty", "culpable"})
BLAMING_VERBS = frozenset({"hold"})
# Verbs that, with nothing appealed to or for, are a legal appeal ("will appeal").
LEGAL_APPEAL_VERBS = frozenset({"appeal"})
CALL_COMPLEMENTS = frozenset({"dobj", "obj", "prep", "xcomp", "ccomp", "dative", "advcl"})
# A verdict passed as a small clause: "found the activist guilty", "was found guilty"
# (the parser makes "guilty" a complement, not the object the lexicon's rule reads).
CONVICTION = EventSense.of("SANCTION", cameo="116", mode="convict")
# Accidents whose toll ("crashed, killing 50") is no one's attack.
ACCIDENT_VERBS = frozenset({"crash", "capsize", "derail", "collapse", "sink"})
ACCIDENT_HARMS = frozenset({"kill", "injure", "wound"})
# Dying in an attack is being killed in it: "died in a suicide attack", "perished during
# the shelling" (see extract's reduced passive for the victim and attacker). The harm
# may be told "in" or "during" the attack.
DYING_VERBS = frozenset({"die", "perish"})
# What goes off in an attack by no one named: "a roadside bomb", "an explosion".
BLAST_NOUNS = frozenset({"explosion", "blast", "device", "ied", "mine", "minefield",
                         "landmine", "bombing", "bomb"})
KILLING = EventSense.of("ASSAULT", cameo="190")
# Acts of force that are attacks once someone is killed or hurt in them: "killed in a
# raid", "died in a crackdown" (alone, a raid or a crackdown is coercion).
FORCIBLE_NOUNS = frozenset({"raid", "crackdown"})
# Leaving people dead is killing them: "a car bomb left 11 people dead".
TOLL_VERBS = frozenset({"leave"})
TOLL_WORDS = frozenset({"dead", "injured", "wounded"})
HARM_PREPS = frozenset({"in", "during"})
# Verbs of a standing arrangement, which the simple present reports as a state ("hosts
# U.S. troops"), not as an act.
STANDING_VERBS = frozenset({"host", "house"})
# Verdicts that condemn in a reported copular clause: "said the move was unacceptable".
CONDEMNING_WORDS = frozenset({
    "unacceptable", "unjustified", "unjustifiable", "illegal", "illegitimate", "unlawful",
    "outrageous", "irresponsible", "provocative", "provocation", "violation", "aggression",
    *BLAME_WORDS,
})
# Approvals whose negation condemns: "was not acceptable", "not the appropriate response".
NEGATED_APPROVALS = frozenset({"acceptable", "appropriate", "justified", "legitimate",
                               "helpful", "constructive"})
# Verbs that refuse only with an infinitive ("declined to resign"); alone they are no
# event ("exports declined", "declined 3%"); "declined to comment" is empty.
DECLINING_VERBS = frozenset({"decline"})
# A protest told with what was protested ("protested that the troops had crossed",
# "..., the ministry protested") is said, not marched: a complaint (ACCUSE 114). Crowds
# who say so still demonstrate (extract's _street_protest).
SPOKEN_PROTEST_VERBS = frozenset({"protest"})
SPOKEN_PROTEST = EventSense.of("ACCUSE", mode="allege", cameo="114")
REFUSAL = EventSense.of("REJECT", cameo="120")
# Prepositions through which a light verb carries its event noun ("put troops on
# alert", "took them into custody", "placed him under arrest", "joined them for talks");
# not "agreed to a ceasefire" (the agreement is the event) nor "at the request of".
CARRYING_PREPS = frozenset({"on", "into", "under", "for"})
# Verbs that carry any event noun, giving it their subject as agent.
ASPECTUAL_VERBS = frozenset({
    "begin", "start", "continue", "resume", "keep", "maintain", "extend", "renew",
    "expand", "intensify", "escalate", "step", "ramp", "pursue", "complete", "finish",
    "undertake", "launch", "conduct", "carry", "stage", "hold", "mount", "wage", "make",
})
# Going on with an act carries its noun through "with" like an aspectual verb: "pressed
# on with the offensive", "went ahead with the strike", "proceeded with the sanctions".
GOING_ON_VERBS = frozenset({"proceed", "continue"})
GOING_ON_PHRASAL = frozenset({"press", "push", "go", "forge", "carry", "move", "keep"})
GOING_ON_PARTICLES = frozenset({"on", "ahead", "forward"})
# Prepositions that introduce background events ("since the Oct. 7 attack").
BACKGROUND_PREPS = frozenset({"after", "before", "since", "following", "during", "amid",
                              "despite", "until", "over", "from"})
# Prepositions by which an event noun names a participant ("a meeting with X").
ARGUMENT_PREPS = frozenset({"with", "on", "against", "by", "into", "between"})
# Event types an instrument noun can impose on any verb ("hit X with sanctions").
INSTRUMENT_TYPES = ("SANCTION", "AID")
# Dependencies of a word that stands as a noun phrase.
NOMINAL_DEPS = frozenset({"dobj", "obj", "pobj", "nsubj", "nsubjpass", "conj", "appos"})
# Verbs that let someone in or through: "allowed inspectors to visit" (see _permitted).
PERMITTING_VERBS = frozenset({"allow", "permit", "let"})
# Forces whose arrival is a deployment, not a visit: "peacekeeping troops arrived in
# Haiti" is protection given to the host (AID 074); other forces arriving are no visit.
ARRIVAL_VERBS = frozenset({"arrive", "travel", "fly", "land"})
FORCE_NOUNS = frozenset({
    "troop", "soldier", "force", "peacekeeper", "contingent", "battalion", "brigade",
    "unit", "marine", "paratrooper", "warship", "ship", "jet", "aircraft", "helmet",
})
PEACEKEEPING_WORDS = frozenset({"peacekeeper", "peacekeeping", "blue"})
PEACEKEEPING = EventSense.of("AID", cameo="074")
# Protesters gathering are demonstrating: "hundreds of protesters gathered outside the
# embassy". Other crowds may gather for anything (a funeral, a match, a celebration).
GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "mass", "congregate"})
PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator"})
# A crowd that gathers to make a demand is demonstrating, whoever it is: "supporters
# gathered outside the court to demand his release".
DEMANDING_PURPOSES = frozenset({"demand", "protest", "denounce", "condemn", "decry",
                                "oppose", "press", "urge"})
DEMONSTRATION = EventSense.of("PROTEST", cameo="141", mode="demo")
# Protesters who storm, torch or ransack are rioting (CAMEO 145), not an armed side
# attacking: "protesters stormed parliament", "demonstrators set fire to the town hall".
# Killing and wounding stay assaults.
RIOTING_VERBS = frozenset({"storm", "ransack", "torch", "burn", "set", "loot", "vandalise",
                           "vandalize", "smash", "overrun", "breach", "besiege"})
RIOT = EventSense.of("PROTEST", cameo="145", mode="riot")
# Particles the parser may label as adverbs: "stepped down", "stood aside", "pressed
# ahead". Not "back" or "out", which are as often adverbs of their own ("came back",
# "went out").
ADVERB_PARTICLES = frozenset({"down", "aside", "ahead"})
# Prepositions by which a verb with an addressee object says what it is about.
TOPIC_PREPOSITIONS = frozenset({"of", "about", "against"})
# Particles the parser may take for a preposition or adverb when a preposition of their
# own follows: "walked out of the talks", "backed away from the deal".
STRANDED_PARTICLES = frozenset({"out", "away", "off"})
# Verbs whose "back" read as an adverb is their particle of giving up ground when the
# place left is named: "troops pulled back from the town", "fell back from Kherson".
# Other "back" ("pushed back against the plan") is left to the parser: its readings are
# verbal and their targets unsure.
FALLING_BACK_VERBS = frozenset({"pull", "fall"})
# Through these a noun inherits its governor from the noun it is listed with.
NOUN_CHAIN_DEPS = ("conj", "appos")
# Nouns of halting and the verbs they name: with an "of" object they read as the verb
# with that object ("a suspension of flights to Libya" as "suspended flights").
HALTING_NOUNS = {
    "suspension": "suspend", "halt": "halt", "freeze": "freeze", "cutoff": "cut",
    "closure": "close", "severance": "sever", "severing": "sever",
    "cancellation": "cancel", "termination": "terminate",
}
# Nouns of giving and the verbs they name: with an "of" object they read as the verb with
# that object, as the halting nouns do ("the delivery of 40 tanks to Kyiv" as "delivered
# tanks", "the dispatch of medical supplies" as "sent supplies"); "the transfer of power"
# names no object the verb gives.
GIVING_NOUNS = {
    "delivery": "deliver", "shipment": "ship", "transfer": "transfer", "supply": "supply",
    "provision": "provide", "dispatch": "send", "sending": "send",
}
# Verbs of giving up a plan, and the plans they give up: with a planned act of coercion
# or sanction ("suspended plans to impose a curfew") a concession (see _retracted_plan).
RETRACTING_VERBS = frozenset({"suspend", "scrap", "shelve", "drop", "abandon", "cancel",
                              "withdraw", "freeze", "postpone", "halt", "ditch", "retract"})
PLAN_NOUNS = frozenset({"plan", "proposal", "decision", "bill", "order", "threat", "move"})
RETRACTED_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT", "MOBILIZE", "THREATEN"})
CONCESSION = EventSense.of("CONCEDE", cameo="080")
# Holding something in suspense: "held the treaty in abeyance", "put the talks on hold"
# read as "suspended" with that object (verb, preposition, noun).
SUSPENDING_VERBS = frozenset({"hold", "keep", "put", "place", "leave"})
SUSPENSE_PHRASES = frozenset({("in", "abeyance"), ("on", "hold"), ("on", "ice")})
# Orders that make their object halt read as the halt done to that object: "ordered
# the newspaper to suspend publication" as "suspended the newspaper", "ordered the
# embassy to close" as "closed the embassy".
COMPELLING_VERBS = frozenset({"order", "force", "compel", "instruct"})
COMPELLED_ACTS = {
    "close": "close", "shut": "close", "suspend": "suspend", "stop": "suspend",
    "cease": "suspend", "halt": "suspend",
}
# Nouns that name a call on someone or a court case; with an infinitive of their own
# they are calls and read as "call": "dismissed an appeal to lay down their arms" is a
# rejection, "dismissed the appeal" a ruling. A court's ruling ("the court dismissed an
# appeal to suspend his sentence") or a plea for a legal remedy ("an appeal to overturn
# the verdict") stays a court case.
CALL_NOUNS = frozenset({"appeal"})
LEGAL_REMEDIES = frozenset({"overturn", "quash", "reverse", "annul", "vacate", "nullify",
                            "void", "review", "reconsider", "commute"})
# Orders that someone be held are the detention, done by the one who orders it: "the
# court ordered him held for eight days", "ordered the sailors to be held in custody".
DETAINING_VERBS = frozenset({"hold", "detain", "arrest", "jail", "imprison", "remand"})
DETENTION = EventSense.of("COERCE", cameo="173", mode="arrest")
CUSTODY_NOUNS = frozenset({"custody", "detention", "jail", "prison", "remand", "captivity"})
TERM_NOUNS = frozenset({"day", "week", "month", "year", "hour"})
# Bodies that rule: a court's dismissed appeal is a ruling, and a court ordering someone
# to make amends rules against them (ACCUSE, as ANNOTATION.md counts suing): "the court
# ordered the company to compensate the workers".
COURT_NOUNS = frozenset({"court", "tribunal", "judge"})
REDRESS_VERBS = frozenset({"compensate", "indemnify", "reimburse"})
REDRESS_NOUNS = frozenset({"compensation", "damage", "damages", "reparation", "reparations",
                           "restitution", "indemnity"})
JUDGMENT = EventSense.of("ACCUSE", mode="disapprove")
# What a court orders one to do before it: a demand (CAMEO's verb ORDER is 100).
APPEARING_VERBS = frozenset({"appear", "testify", "answer"})
SUMMONS = EventSense.of("REQUEST", cameo="100")
# Verbs by which an authority decides a halt or a material act it carries out: "Italy
# announced a suspension of flights", "ordered the closure of the border", "the court
# ordered the release of the journalist" (Italy, the court are the agents).
DECREEING_VERBS = frozenset({"announce", "order", "declare", "decree", "approve",
                             "authorize", "authorise"})
# Quad classes of the acts a decree carries out (material), not of speech acts: "ordered
# an inquiry" is not the orderer's inquiry, nor "announced a protest" its protest.
DECREED_QUADS = frozenset({MATERIAL_COOPERATION, MATERIAL_CONFLICT})
# Types of physical force, which sport and business borrow: "beat Pakistan by seven
# wickets", "captured the title", "seized control of the game", "was banned for doping";
# a host's welcome, which is a fixture in sport ("will host Ghana in a qualifier"); and
# players' contracts and withdrawals ("the midfielder signed a deal with the club").
SPORTING_TYPES = frozenset({"ASSAULT", "COERCE", "CONSULT", "AGREE", "RETREAT"})
SPORT_WORDS = frozenset({
    "match", "game", "title", "championship", "cup", "tournament", "final", "semifinal",
    "semi-final", "quarterfinal", "quarter-final", "trophy", "medal", "wicket",
    "innings", "inning", "goal", "kick-off", "kickoff", "half-time", "halftime", "derby",
    "scoreline", "playoff", "play-off", "touchdown", "olympics", "bowler", "batsman",
    "goalkeeper", "striker", "midfielder", "footballer", "cricketer", "quarterback",
    "qualifier", "fixture", "doping", "player", "athlete", "cyclist", "runner", "swimmer",
    "golfer", "boxer", "gymnast", "skier", "sprinter",
})  # not "league", which names alliances and parties ("the Arab League")
# What an attack verb can be aimed at only in a figure of speech: ills, money and
# policies ("fight inflation", "torpedoed the budget", "attack the root causes of
# poverty", "killed the bill"). Not places that are also things ("market").
FIGURATIVE_VICTIMS = frozenset({
    "inflation", "poverty", "corruption", "unemployment", "hunger", "disease", "virus",
    "pandemic", "cancer", "obesity", "addiction", "dengue", "malaria", "misinformation",
    "disinformation", "bureaucracy", "tape", "racism", "discrimination", "inequality",
    "debt", "deficit", "price", "rate", "cost", "tax", "budget", "spending", "subsidy",
    "plan", "proposal", "bill", "law", "legislation", "reform", "policy", "idea",
    "cause", "problem", "crisis", "recession", "slump", "record", "expectation",
    # a fight in court: "will fight the fine", "fought extradition"
    "fine", "ruling", "verdict", "decision", "charge", "case", "lawsuit", "claim",
    "allegation", "accusation", "conviction", "sentence", "extradition", "deportation",
})
# Words that make a person's description a career note: "a former army officer who
# fought in Afghanistan", "a retired general who commanded troops in Iraq".
CAREER_WORDS = frozenset({"former", "ex", "retired", "veteran", "onetime", "one-time"})
# Movements of markets and numbers, which help or support only in a figure of speech:
# "the baht, helped by a surge in tourist arrivals from China", "demand supported
# prices". Their doer is no actor, whatever country the phrase names.
MARKET_MOVES = frozenset({
    "surge", "rise", "increase", "jump", "gain", "rally", "rebound", "recovery", "growth",
    "fall", "drop", "decline", "slump", "demand", "price", "rate", "data", "figure", "sale",
    "export", "import", "inflow", "outflow", "arrival", "spending", "earnings", "profit",
})
HELPING_TYPES = frozenset({"AID", "SUPPORT"})
# Prepositions of a clause's time and place, under which a match is only the occasion:
# "fans clashed with police after the match" is a clash.
OCCASION_PREPS = frozenset({"after", "before", "since", "following", "during", "amid",
                            "until", "at", "outside", "near"})
# Dependants that open a clause of its own, whose words do not describe this one.
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "acl",
                         "csubj"})


@dataclass(frozen=True)
class Predicate:
    """An event predicate found in a sentence.

    Attributes:
        trigger: the token that names the event.
        anchor: the verb (or noun) whose clause carries arguments and modality.
        sense: the PLOVER type, mode and CAMEO code.
        kind: "verb", "light" (support verb + event noun) or "noun".
        governor: for nouns, the support verb whose subject is the source, if any.
        undergoer: for nouns, the subject of a verb such as "face" or "receive", which
            is the event's target; for a reported verdict, what is judged.
    """

    trigger: Token
    anchor: Token
    sense: EventSense
    kind: str
    governor: Token | None = None
    undergoer: Token | None = None


def particle_of(verb: Token) -> str | None:
    """The verb's particle lemma ("carry out" -> "out"), if any. The parser sometimes
    takes a particle right after an intransitive verb for an adverb ("stepped down on
    Friday"): that counts too."""
    for child in children(verb):
        if child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == verb.i + 1
                                   and (child.lower_ in ADVERB_PARTICLES
                                        or _fell_back(verb, child))):
            return child.lower_
    stranded = stranded_particle(verb)
    return stranded.lower_ if stranded is not None else None


def _fell_back(verb: Token, adverb: Token) -> bool:
    """ "pulled back from Kherson", "fell back from the town": "back" is the particle of
    giving up ground when the verb is one of that (`FALLING_BACK_VERBS`) and the place
    left is named."""
    return (adverb.lower_ == "back" and verb.lemma_.lower() in FALLING_BACK_VERBS
            and any(c.dep_ == "prep" and c.lower_ == "from"
                    for c in (*children(verb), *children(adverb))))


def stranded_particle(token: Token) -> Token | None:
    """A particle parsed as a preposition or adverb that governs the next preposition
    instead of an object: "out" in "walked out of the talks"."""
    if token.i + 1 >= len(token.doc):
        return None
    child = token.doc[token.i + 1]  # only the next word can be one: no pass over children
    if (child.head.i == token.i and child.dep_ in ("prep", "advmod")
            and child.lower_ in STRANDED_PARTICLES
            and not any(c.dep_ == "pobj" for c in children(child))
            and any(c.dep_ == "prep" for c in children(child))):
        return child
    return None


def prepositions_of(token: Token) -> list[str]:
    """Lemmas of the prepositions attached to a token, and to its stranded particle
    ("of" in "walked out of")."""
    stranded = stranded_particle(token)
    heads = [token] if stranded is None else [token, stranded]
    return [c.lower_ for h in heads for c in children(h)
            if c.dep_ in ("prep", "agent", "dative")
            and (stranded is None or c.i != stranded.i)]


# Prepositions of aim: "fires missiles at U.S. forces" says where the verb's act is
# aimed even when the parser hangs the phrase on the object instead of the verb.
AIM_PREPOSITIONS = frozenset({"at", "toward", "towards"})


def _aim(obj: Token | None) -> list[str]:
    """Prepositions of aim attached to a verb's object ("missiles at the base")."""
    return [] if obj is None else [p for p in prepositions_of(obj) if p in AIM_PREPOSITIONS]


def _for_clause(verb: Token) -> list[str]:
    """ "for" when it opens a clause the verb governs: "called for the elections to be
    postponed" is "called for" what the clause says, though parsed as a marker."""
    return ["for"] if any(c.dep_ in ("advcl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "for" for m in children(c))
        for c in children(verb)) else []


def modifiers_of(token: Token) -> list[str]:
    """Lemmas of a noun's adjective and compound modifiers ("joint" drills, "hunger" strike)."""
    return [c.lemma_.lower() for c in children(token) if c.dep_ in ("amod", "compound", "nmod")]


def content_noun(noun: Token | None) -> Token | None:
    """Look through a measure noun to what it measures: "two days of drills" -> "drills",
    "a new round of sanctions" -> "sanctions"."""
    if noun is None or noun.lemma_.lower() not in MEASURE_NOUNS:
        return noun
    for prep in children(noun):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in children(prep):
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    return pobj
    return noun


def nominalised(token: Token) -> bool:
    """A past participle used as a noun names people, not an act: "evacuated the
    wounded", "freed the detained" (a gerund, "condemned the bombing", still does)."""
    return (token.tag_ == "VBN" and token.dep_ in NOMINAL_DEPS
            and any(c.dep_ == "det" for c in children(token)))


def object_word(token: Token) -> str:
    """The lemma a sense rule looks an object up by; a nominalised participle keeps its
    form ("the wounded", not "wound"); an appeal with its own infinitive is a "call"."""
    if _a_call(token):
        return "call"
    return token.lower_ if nominalised(token) else token.lemma_.lower()


def _a_call(noun: Token) -> bool:
    """ "an appeal to lay down their arms": a call noun with an infinitive of its own,
    neither a legal remedy nor answered by a court."""
    if noun.lemma_.lower() not in CALL_NOUNS:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in COURT_NOUNS
           for c in children(noun.head)):
        return False
    return any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() not in LEGAL_REMEDIES
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
               for c in children(noun))


def direct_object(verb: Token) -> Token | None:
    """The verb's direct object token, if any."""
    for child in children(verb):
        if child.dep_ in OBJECT_DEPS:
            return child
    return None


def find_predicates(sentence: Span, lexicon: Lexicon) -> list[Predicate]:
    """All event predicates of one sentence, verbs first, then unclaimed event nouns."""
    predicates: list[Predicate] = []
    claimed: set[int] = set()
    for token in tokens_of(sentence):
        if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("aux", "auxpass"):
            continue
        if nominalised(token):
            continue
        predicate = _verb_predicate(token, lexicon)
        if predicate is not None:
            predicates.append(predicate)
            claimed.add(predicate.trigger.i)
            claimed.update(_restated_object(predicate, lexicon))
    for token in tokens_of(sentence):
        if token.i in claimed or token.pos_ not in ("NOUN", "PROPN"):
            continue
        predicate = _noun_predicate(token, lexicon)
        if predicate is not None:
            predicates.append(predicate)
    return sorted(predicates, key=lambda p: p.trigger.i)


def _verb_predicate(verb: Token, lexicon: Lexicon) -> Predicate | None:
    if compelled_detention(verb, lexicon):
        return None  # coded on the order (see _compelled)
    lemma = "suspend" if _held_in_suspense(verb) else verb.lemma_.lower()
    if (verb.dep_ in ("advcl", "conj") and verb.head.lemma_.lower() in ACCIDENT_VERBS
            and lemma in ACCIDENT_HARMS):
        return None  # "the plane crashed, killing 50": an accident, not an attack
    if lemma in DYING_VERBS:
        return _death_in_attack(verb, lexicon)
    if lemma in TOLL_VERBS and direct_object(verb) is not None and any(
            c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in TOLL_WORDS
            for c in children(verb)):
        return Predicate(trigger=verb, anchor=verb, sense=KILLING, kind="verb")
    obj = content_noun(direct_object(verb) or _passive_subject(verb) or stance_object(verb)
                       or _gapped_object(verb))
    if obj is not None and obj.pos_ in ("NOUN", "PROPN"):
        # Before the reporting check: "announced sanctions", "reaffirmed support".
        light = lexicon.light_verb_sense(
            lemma, obj.lemma_.lower(), particle=particle_of(verb),
            preps=prepositions_of(verb) + prepositions_of(obj), modifiers=modifiers_of(obj))
        # "called the strikes a slap in the face": naming its object, no call of a strike
        naming = lemma in EVALUATIVE_VERBS and any(c.dep_ == "oprd" for c in children(verb))
        if light is not None and not naming:
            if light.event_type in SPORTING_TYPES and _sporting(verb):
                return None  # "seized control of the game"
            return Predicate(trigger=obj, anchor=verb, sense=light, kind="light")
    compelled = _compelled(verb, lexicon) if lemma in COMPELLING_VERBS else None
    if compelled is not None:
        return Predicate(trigger=verb, anchor=verb, sense=compelled, kind="verb")
    conviction = _found_guilty(verb) if lemma == "find" else None
    if conviction is not None:
        return conviction
    regarded = _regarded_as_damned(verb) if lemma in REGARDING_VERBS else None
    if regarded is not None:
        return regarded
    if lexicon.is_reporting(lemma):
        return _reported_verdict(verb)
    if _empty_complement(verb, lexicon):
        return None
    if lemma in LEGAL_APPEAL_VERBS and not any(c.dep_ in CALL_COMPLEMENTS
                                               for c in children(verb)):
        return None  # "said it would appeal": against a verdict, no call on anyone
    if lemma in DECLINING_VERBS and any(c.dep_ == "xcomp" for c in children(verb)):
        # "declined to resign", "declined to attend the summit": a refusal (REJECT).
        return Predicate(trigger=verb, anchor=verb, sense=REFUSAL, kind="verb")
    evaluation = _evaluation(verb) if lemma in EVALUATIVE_VERBS else None
    if lemma in DISMISSING_VERBS and (_dismissed_as(verb) or _dismissed_as_damned(verb)):
        evaluation = Predicate(trigger=verb, anchor=verb, sense=CONDEMNATION, kind="verb")
    if lemma in BLAMING_VERBS and any(
            c.dep_ in ("oprd", "acomp", "ccomp") and c.lemma_.lower() in BLAME_WORDS
            and not any(n.dep_ == "neg" for n in children(c)) for c in children(verb)):
        evaluation = Predicate(trigger=verb, anchor=verb, sense=CONDEMNATION, kind="verb")
    if evaluation is not None:
        return evaluation
    if obj is None and lemma in PERMITTING_VERBS:
        obj = _permitted(verb)
    obj = obj if obj is not None else _prepositional_object(verb)
    instrument = _instrument_predicate(verb, lexicon)
    if instrument is not None:
        return instrument
    sense = lexicon.verb_sense(
        lemma,
        particle=particle_of(verb),
        preps=prepositions_of(verb) + _for_clause(verb) + _aim(obj),
        object_lemma=object_word(obj) if obj is not None else None,
        object_modifiers=modifiers_of(obj) if obj is not None else (),
    )
    others = [*obj.conjuncts, *_members(obj), *_supplied(verb), *_cargo(obj),
              *_addressee_topic(verb, obj)] if obj is not None else []
    loaded = _cargo_sense(verb, obj, sense, lexicon) if obj is not None else None
    sense = loaded or sense
    for other in others if sense is None else ():
        # "provided satellite images and military intelligence": any listed object may
        # be the one that names the event; so may the members of a group ("a team of
        # doctors"), what a recipient is supplied with and what an addressee is told of
        other = content_noun(other)
        sense = lexicon.verb_sense(
            lemma, particle=particle_of(verb), preps=prepositions_of(verb) + _for_clause(verb),
            object_lemma=object_word(other), object_modifiers=modifiers_of(other))
        if sense == lexicon.verb_sense(lemma, particle=particle_of(verb),
                                       preps=prepositions_of(verb)):
            # only a reading of that object counts: "released a statement of support"
            # is blocked by "statement", not released by the verb's plain reading
            sense = None
        if sense is not None:
            break
    if lemma in GATHERING_VERBS and (
            (sense is None and _protesters(verb)) or _demanding_purpose(verb)):
        sense = DEMONSTRATION
    if sense is None and lemma in RETRACTING_VERBS and obj is not None:
        sense = _retracted_plan(verb, obj, lexicon)
    if sense is not None and sense.mode == "visit" and lemma in ARRIVAL_VERBS:
        sense = _arrival(verb, sense)
    if (sense is not None and sense.event_type == "COOPERATE" and lemma in STANDING_VERBS
            and verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in children(verb))):
        return None  # "Qatar hosts a U.S. air base": a standing arrangement, not news
    if sense is None:
        return None
    if sense.event_type == "ASSAULT" and lemma in RIOTING_VERBS and _protesters(verb):
        sense = RIOT
    if (sense.event_type == "PROTEST" and lemma in SPOKEN_PROTEST_VERBS
            and any(c.dep_ == "ccomp" for c in children(verb))):
        sense = SPOKEN_PROTEST
    if verb.dep_ == "relcl" and any(c.lemma_.lower() in CAREER_WORDS for c in children(verb.head)):
        return None  # what a "former officer" once did describes him; it is not news
    if sense.event_type in SPORTING_TYPES and _sporting(verb):
        return None
    if sense.event_type in HELPING_TYPES and _market_doer(verb):
        return None
    if (sense.event_type == "ASSAULT" and obj is not None
            and obj.lemma_.lower() in FIGURATIVE_VICTIMS):
        return None  # "vowed to fight the country's debt"
    return Predicate(trigger=verb, anchor=verb, sense=sense, kind="verb")


def _retracted_plan(verb: Token, obj: Token, lexicon: Lexicon) -> EventSense | None:
    """ "suspended plans to impose a curfew", "shelved a proposal to expel the envoys":
    giving up a planned act of coercion or sanction is a concession (CAMEO 080); giving
    up other plans ("scrapped plans to build a dam") is none."""
    if obj.lemma_.lower() not in PLAN_NOUNS:
        return None
    for act in children(obj):
        # "the plan he had shelved": the clause is the giving up itself (its object is
        # the plan, see _gapped_object), no planned act; reading it again would recurse
        if act.dep_ not in ("acl", "xcomp", "relcl") or act.pos_ != "VERB" or act == verb:
            continue
        planned = _verb_predicate(act, lexicon)
        if planned is not None and planned.sense.event_type in RETRACTED_TYPES:
            return CONCESSION
    return None


def retracted_acts(predicates: list[Predicate]) -> dict[int, int]:
    """Map each concession of giving up a plan ("suspended plans to impose a curfew",
    see `_retracted_plan`) to the planned act's anchor, which did not happen and whose
    target the concession takes ("shelved a proposal to expel Polish diplomats":
    toward Poland). Anchors are token indices."""
    anchors = {p.anchor.i for p in predicates}
    found = {}
    for predicate in predicates:
        verb = predicate.anchor
        if (predicate.kind != "verb" or predicate.sense != CONCESSION
                or verb.lemma_.lower() not in RETRACTING_VERBS):
            continue
        obj = content_noun(direct_object(verb) or _passive_subject(verb))
        if obj is None or obj.lemma_.lower() not in PLAN_NOUNS:
            continue
        act = next((c.i for c in children(obj) if c.dep_ in ("acl", "xcomp", "relcl")
                    and c.i in anchors), None)
        if act is not None:
            found[verb.i] = act
    return found


def _death_in_attack(verb: Token, lexicon: Lexicon) -> Predicate | None:
    """ "A soldier died in a suicide attack": the attack's sense, on the verb of dying,
    whose subject is the victim."""
    for prep in children(verb):
        if prep.dep_ != "prep" or prep.lower_ not in HARM_PREPS:
            continue
        for noun in children(prep):
            if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                continue
            sense = harm_cause(noun, lexicon)
            if sense is None and noun.lemma_.lower() in BLAST_NOUNS:
                sense = KILLING  # "a bomb blast": no event noun, but an attack's weapon
            if sense is not None:
                return Predicate(trigger=verb, anchor=verb, sense=sense, kind="verb")
    return None


def harm_cause(noun: Token, lexicon: Lexicon) -> EventSense | None:
    """The attack a harm came about "in" ("killed in an ambush", "died during the
    shelling", "wounded in a raid"): an attack noun's sense, or a killing for an act of
    force that hurt someone; None for other nouns."""
    sense = lexicon.noun_sense(noun.lemma_.lower(), modifiers=modifiers_of(noun))
    if sense is not None and sense.event_type == "ASSAULT":
        return sense
    return KILLING if noun.lemma_.lower() in FORCIBLE_NOUNS else None


def _market_doer(verb: Token) -> bool:
    """True if what helps is a market movement: the subject, or the agent of a passive
    ("helped by a surge in arrivals"), is a word of MARKET_MOVES."""
    doers = [c for c in children(verb) if c.dep_ in ("nsubj", "csubj")]
    doers += [g for c in children(verb) if c.dep_ == "agent" for g in children(c)
              if g.dep_ == "pobj"]
    return any(d.lemma_.lower() in MARKET_MOVES for d in doers)


def _sporting(verb: Token) -> bool:
    """True if the verb's own clause is about a match: a score ("beat Arsenal 3-1"), or a
    word of sport among its dependants ("by seven wickets", "captured the title", "in
    their opening World Cup match"). A match that is only the occasion ("clashed with
    police after the match") and other clauses of the sentence do not count."""
    stack = list(children(verb))
    while stack:
        token = stack.pop()
        if token.dep_ in CLAUSE_DEPS or (token.dep_ == "prep"
                                         and token.lemma_.lower() in OCCASION_PREPS):
            continue
        if token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in SPORT_WORDS and not any(
                c.lemma_.lower() == "war" for c in children(token)):  # "war games"
            return True
        if _score(token):
            return True
        stack.extend(children(token))
    return False


def _score(token: Token) -> bool:
    """A match score as the parser splits it: "3", "-", "1"."""
    doc = token.doc
    return (token.like_num and token.i + 2 < len(doc) and doc[token.i + 1].text in "-\u2013"
            and doc[token.i + 2].like_num and token.text.isdigit())


def _compelled(verb: Token, lexicon: Lexicon) -> EventSense | None:
    """ "ordered the newspaper to suspend publication" (censorship), "ordered the
    embassy to close" (SANCTION): the sense of the compelled halt's verb with the
    order's object as its object. "ordered him held": the detention (COERCE)."""
    if any(compelled_detention(clause, lexicon) for clause in children(verb)):
        return DETENTION
    obj = direct_object(verb)
    if obj is None:
        return None
    if _ordered_redress(verb):
        return JUDGMENT
    if _summoned(verb):
        return SUMMONS
    for clause in children(verb):
        act = COMPELLED_ACTS.get(clause.lemma_.lower())
        if clause.dep_ in ("xcomp", "ccomp") and act is not None:
            return lexicon.verb_sense(act, object_lemma=object_word(obj),
                                      object_modifiers=modifiers_of(obj))
    return None


def _ordered_redress(verb: Token) -> bool:
    """A court's order to compensate or pay damages: "the court ordered the firm to
    compensate four workers", "a judge ordered him to pay damages"."""
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in COURT_NOUNS for c in children(verb)):
        return False
    return any(c.dep_ == "xcomp" and (c.lemma_.lower() in REDRESS_VERBS or (
        c.lemma_.lower() == "pay" and any(o.lemma_.lower() in REDRESS_NOUNS
                                         for o in children(c) if o.dep_ in OBJECT_DEPS)))
        for c in children(verb))


def _summoned(verb: Token) -> bool:
    """A court's order to appear before it: "a judge ordered the former president to
    appear for questioning", "the tribunal ordered him to testify" (CAMEO's ORDER, 100)."""
    return (any(c.dep_ == "nsubj" and c.lemma_.lower() in COURT_NOUNS for c in children(verb))
            and any(c.dep_ == "xcomp" and c.lemma_.lower() in APPEARING_VERBS
                    for c in children(verb)))


def compelled_detention(clause: Token, lexicon: Lexicon) -> bool:
    """A passive detention clause under an order ("ordered him held", "ordered the
    sailors to be detained"): the order is the event; the clause has no agent of its own.
    Not when what is held is an event ("ordered the talks held in Geneva")."""
    if (clause.dep_ not in ("xcomp", "ccomp") or clause.lemma_.lower() not in DETAINING_VERBS
            or clause.head.lemma_.lower() not in COMPELLING_VERBS or particle_of(clause)):
        return False
    # the parser may read the bare participle as a past tense ("ordered the men
    # detained"); with no object of its own it is still the passive
    if not (clause.tag_ in ("VBN", "VBD") and direct_object(clause) is None
            or any(c.dep_ == "auxpass" for c in children(clause))):
        return False
    held = compelled_subject(clause) or direct_object(clause.head)
    if held is None or lexicon.has_noun(held.lemma_.lower()):
        return False
    # "held" alone may be an event held ("ordered the election held in March"): only a
    # custody or a term of detention makes it someone's ("held in custody", "held for
    # eight days")
    return clause.lemma_.lower() != "hold" or _custody_or_term(clause)


def _custody_or_term(verb: Token) -> bool:
    """ "in custody", "in detention", "for eight days" attached to the verb."""
    for prep in (c for c in children(verb) if c.dep_ == "prep"):
        for place in (o for o in children(prep) if o.dep_ == "pobj"):
            lemma = place.lemma_.lower()
            if lemma in CUSTODY_NOUNS or (prep.lower_ == "for" and lemma in TERM_NOUNS):
                return True
    return False


def compelled_subject(clause: Token) -> Token | None:
    """The subject of a clause under an order: "him" in "ordered him held"."""
    return next((c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)


def _held_in_suspense(verb: Token) -> bool:
    """ "would hold the treaty in abeyance", "put the deal on hold": a suspension. The
    phrase may hang on the verb or on its object."""
    if verb.lemma_.lower() not in SUSPENDING_VERBS:
        return False
    heads = [verb, *(c for c in children(verb) if c.dep_ in OBJECT_DEPS)]
    return any((prep.lower_, pobj.lemma_.lower()) in SUSPENSE_PHRASES
               for head in heads for prep in children(head) if prep.dep_ == "prep"
               for pobj in children(prep) if pobj.dep_ == "pobj")


def _arrival(verb: Token, visit: EventSense) -> EventSense | None:
    """Troops arriving somewhere are deployed there, not visiting: peacekeepers are
    protection for the host (AID 074), other forces no visit of their own. The force may
    be counted: "a first batch of troops", "the first deployment of peacekeepers"."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "stormed parliament and set it on fire"
        subject = next((c for c in children(verb.head) if c.dep_ == "nsubj"), None)
    nouns = [] if subject is None else [subject, *(
        o for p in children(subject) if p.dep_ == "prep" and p.lower_ == "of"
        for o in children(p) if o.dep_ == "pobj")]
    if not any(n.lemma_.lower() in FORCE_NOUNS for n in nouns):
        return visit
    words = {w for n in nouns for w in (n.lemma_.lower(), *modifiers_of(n))}
    return PEACEKEEPING if words & PEACEKEEPING_WORDS else None


def _protesters(verb: Token) -> bool:
    """Whether the verb's subject names protesters ("hundreds of demonstrators")."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    nouns = [] if subject is None else [subject, *(
        o for p in children(subject) if p.dep_ == "prep" and p.lower_ == "of"
        for o in children(p) if o.dep_ == "pobj")]
    return any(n.lemma_.lower() in PROTESTER_NOUNS for n in nouns)


def _dismissed_as(verb: Token) -> bool:
    """Whether the verb dismisses a named actor or person "as" something."""
    obj = next((c for c in children(verb) if c.dep_ in OBJECT_DEPS), None)
    if obj is None or not (obj.pos_ == "PROPN" or obj.lower_ in PERSONAL_OBJECTS):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" for t in (verb, obj) for c in children(t))


# What is said or asked, which one dismisses by rejecting it (REJECT), not by belittling.
DISMISSED_CLAIMS = frozenset({
    "report", "claim", "allegation", "accusation", "charge", "statement", "assertion",
    "finding", "story", "rumour", "rumor", "criticism", "suggestion", "speculation",
    "warning", "threat", "demand", "call", "proposal", "offer", "remark", "comment",
})


def _dismissed_as_damned(verb: Token) -> bool:
    """Whether the verb dismisses something as a damning thing, not as untrue: "dismissed
    the vote as a sham" belittles (ACCUSE); "dismissed the report as baseless" denies."""
    # the parser may hang the "as" on the object's participle: "dismissed the vote held
    # by Russia as a farce"; a claim dismissed is rejected, whatever it is called
    obj = direct_object(verb)
    if obj is not None and obj.lemma_.lower() in DISMISSED_CLAIMS:
        return False
    holders = [verb, *(obj.subtree if obj is not None else ())]
    verdict = [t for h in holders for c in children(h) if c.dep_ == "prep" and c.lower_ == "as"
               for t in c.subtree]
    return (any(t.lemma_.lower() in DAMNING_WORDS for t in verdict)
            and not any(t.lemma_.lower() in DENYING_WORDS for t in verdict))


def _demanding_purpose(verb: Token) -> bool:
    """Whether the verb's purpose clause ("... to demand a recount") makes a demand."""
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in DEMANDING_PURPOSES
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
               for c in children(verb))


def _evaluation(verb: Token) -> Predicate | None:
    """"called the visit a serious violation", "described the move as illegal": naming
    something with a condemning word is an accusation (ACCUSE 111). A verdict of praise
    or plain description ("called the talks constructive") is not an event of its own."""
    if particle_of(verb) or any(c.dep_ == "xcomp" for c in children(verb)):
        return None  # "called on X to ...", "called off": no verdict
    judged = direct_object(verb) or _passive_subject(verb)
    if judged is None or judged.lower_ == "what":
        # "condemned what he called an attack", "in what it called punishment": the
        # verdict is part of the act it qualifies, or the speaker's name for its own act
        return None
    complement = [t for c in children(verb) if c.dep_ in ("oprd", "acomp") for t in c.subtree]
    complement += [t for c in children(verb) if c.dep_ == "prep" and c.lower_ == "as"
                   for t in c.subtree]
    undergoer = None
    if not complement:
        # "called the uprising "treason"": the parser may make the judged thing a
        # modifier of the quoted verdict noun; the quote shows where the verdict starts
        # (a common noun: "called the operation "Iron Swords"" names, it does not judge)
        quoted = (judged.i > 0 and judged.doc[judged.i - 1].text in QUOTES
                  and judged.pos_ == "NOUN" and judged.is_lower)
        named = next((c for c in children(judged) if c.dep_ in ("nmod", "compound", "amod")
                      and c.i < judged.i - 1), None) if quoted else None
        if named is not None:
            complement = [t for t in judged.subtree if t.i > named.i]
            undergoer = named
    if not complement or any(t.lemma_.lower() in APPROVING_WORDS for t in complement):
        return None
    denied = any(t.lemma_.lower() in DENYING_WORDS for t in complement)
    return Predicate(trigger=verb, anchor=verb, sense=REFUSAL if denied else CONDEMNATION,
                     kind="verb", undergoer=undergoer)


def _regarded_as_damned(verb: Token) -> Predicate | None:
    """"described the campaign as genocide", "regards Putin as a war criminal",
    "sees the vote as a sham": seeing or telling something as a damning thing accuses
    (ACCUSE 111); the thing seen is what is judged. Not negated ("does not regard ...")."""
    judged = direct_object(verb) or _passive_subject(verb)
    if judged is None or judged.lower_ == "what":
        return None  # "in what it described as an attack": the act's own name
    verdict = [t for c in children(verb) if c.dep_ == "prep" and c.lower_ == "as"
               for t in c.subtree]
    verdict += [t for c in children(judged) if c.dep_ == "prep" and c.lower_ == "as"
                for t in c.subtree]
    if not any(t.lemma_.lower() in DAMNING_WORDS for t in verdict) or any(
            c.dep_ == "neg" for c in children(verb)) or any(
            t.lemma_.lower() in APPROVING_WORDS for t in verdict):
        return None
    return Predicate(trigger=verb, anchor=verb, sense=CONDEMNATION, kind="verb")


def _found_guilty(verb: Token) -> Predicate | None:
    """"found the activist guilty" (the activist is the small clause's subject, or the
    object "guilty" modifies) and "was found guilty" (the passive subject): a conviction
    (SANCTION 116). "not guilty" is an acquittal, none."""
    for child in children(verb):
        if child.dep_ in ("oprd", "acomp", "ccomp"):
            verdict, judged = child, next((c for c in children(child) if c.dep_ == "nsubj"),
                                          None)
        elif child.dep_ == "dobj":
            verdict = next((c for c in children(child) if c.dep_ == "amod"), None)
            judged = child
        else:
            continue
        if (verdict is not None and verdict.lower_ == "guilty"
                and not any(c.dep_ == "neg" for c in children(verdict))):
            return Predicate(trigger=verb, anchor=verb, sense=CONVICTION, kind="verb",
                             undergoer=judged)
    return None


def _reported_verdict(verb: Token) -> Predicate | None:
    """"said the move was unacceptable" (ACCUSE), "said the claims were baseless"
    (REJECT): a verdict in a reported copular clause is the speaker's criticism or
    denial, triggered by the verdict word and anchored at the reporting verb, whose
    subject is the speaker. A negated verdict flips: "was not acceptable" condemns,
    "was not illegal" is none."""
    for clause in children(verb):
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be":
            continue
        # "was unacceptable", "was a lie", "was in violation of", "based on false claims"
        words = [t for c in children(clause) if c.dep_ in ("acomp", "attr", "prep")
                 for t in c.subtree]
        # "was not acceptable", "there was no violation"
        negated = any(t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ == "no")
                      for t in [*children(clause), *words])
        judged = next((c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
        # A denial outweighs criticism: "unjustified and based on baseless claims".
        denial = next((t for t in words if t.lemma_.lower() in DENYING_WORDS
                       or _refusing(t)), None)
        if denial is not None and not negated:
            return Predicate(trigger=denial, anchor=verb, sense=REFUSAL, kind="verb",
                             undergoer=judged)
        condemning = CONDEMNING_WORDS if not negated else NEGATED_APPROVALS
        verdict = next((t for t in words if t.lemma_.lower() in condemning), None)
        if verdict is not None:
            return Predicate(trigger=verdict, anchor=verb, sense=CONDEMNATION, kind="verb",
                             undergoer=judged)
    return None


def _refusing(word: Token) -> bool:
    """ "non-negotiable", "out of the question"."""
    if word.lemma_.lower() in REFUSING_WORDS:
        return True
    of = word.head
    return (word.lemma_.lower() == "question" and of.lower_ == "of"
            and of.head.lower_ == "out")


def _empty_complement(verb: Token, lexicon: Lexicon) -> bool:
    """"declined to comment", "refused to elaborate": no event is refused. Not so when
    someone is asked to do it: "urged Russia and Turkey to talk", "asked Kyiv to
    provide details" are requests."""
    if direct_object(verb) is not None:
        return False
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.empty_complements
               and not _names_an_event(c, lexicon) and not _answers_a_request(c, lexicon)
               for c in children(verb))


def _answers_a_request(verb: Token, lexicon: Lexicon) -> bool:
    """ "refused to respond to a demand from Egypt": the request is what is refused."""
    return any(p.dep_ == "prep" and o.dep_ == "pobj"
               and (sense := lexicon.noun_sense(o.lemma_.lower())) is not None
               and sense.event_type == "REQUEST"
               for p in children(verb) for o in children(p))


def _names_an_event(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a complement verb carries an event noun: "provide aid", "give military
    assistance" (not "provide details")."""
    obj = content_noun(direct_object(verb))
    return obj is not None and lexicon.verb_sense(
        verb.lemma_.lower(), particle=particle_of(verb), preps=prepositions_of(verb),
        object_lemma=obj.lemma_.lower(), object_modifiers=modifiers_of(obj)) is not None


def _prepositional_object(verb: Token) -> Token | None:
    """With no direct object, the first prepositional object stands in for sense rules
    that depend on the object ("warned of retaliation", "agreed on a ceasefire", "pulled
    out of the treaty")."""
    stranded = stranded_particle(verb)
    for child in [*children(verb), *(children(stranded) if stranded is not None else ())]:
        if child.dep_ == "prep" and (stranded is None or child.i != stranded.i):
            for pobj in children(child):
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":
                    return pobj
    return None


def _addressee_topic(verb: Token, obj: Token) -> list[Token]:
    """What an addressee object is told of: "warned Moscow of retaliation" reads as
    "warned of retaliation" when the addressee itself names no event."""
    return [pobj for prep in children(verb)
            if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPOSITIONS
            for pobj in children(prep)
            if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and pobj.i != obj.i][:1]


def _permitted(verb: Token) -> Token | None:
    """Who or what is let in, when the parser makes it the subject of the permitted
    clause: "allowed UN inspectors to visit" -> "inspectors"."""
    for clause in children(verb):
        if clause.dep_ in ("ccomp", "xcomp"):
            for child in children(clause):
                if child.dep_ == "nsubj" and child.pos_ == "NOUN":
                    return child
    return None


def _members(noun: Token) -> list[Token]:
    """Who a group noun is made of: "a mission of observers" -> "observers"."""
    return [pobj for prep in children(noun) if prep.dep_ == "prep" and prep.lower_ == "of"
            for pobj in children(prep) if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN"]


# What a vehicle sent does with its cargo: "planes carrying tents", "trucks loaded
# with flour".
CARRYING_VERBS = frozenset({"carry", "transport", "bring", "load"})


def _cargo(noun: Token) -> list[Token]:
    """What a vehicle sent carries: "sent two planes carrying tents" -> "tents",
    "a convoy of trucks loaded with flour" -> "flour"."""
    found = []
    for acl in (c for n in (noun, *_members(noun)) for c in children(n)):
        if acl.dep_ == "acl" and acl.lemma_.lower() in CARRYING_VERBS:
            found += [o for o in children(acl) if o.dep_ in OBJECT_DEPS and o.pos_ == "NOUN"]
            found += [o for p in children(acl) if p.dep_ == "prep" and p.lower_ == "with"
                      for o in children(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return found


def _gapped_object(verb: Token) -> Token | None:
    """The noun a contact relative clause has as its object: "the martial law he had
    declared", "the sanctions Washington imposed" (no "that"/"which", a subject of
    its own and no object)."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return None
    kids = children(verb)
    if any(c.dep_ in ("dobj", "obj", "nsubjpass", "ccomp", "xcomp") for c in kids):
        return None
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("that", "which", "who") or subject.i < verb.head.i:
        return None
    if any(t.tag_ in ("WDT", "WP") for t in verb.doc[verb.head.i + 1:subject.i]):
        return None
    return verb.head


def _cargo_sense(verb: Token, obj: Token, sense, lexicon: Lexicon):  # noqa: ANN001, ANN202
    """The reading a sent vehicle's cargo gives, when it names one the vehicle does not:
    "sent a ship loaded with rice" is aid (the ship alone would be a deployment)."""
    for item in _cargo(obj):
        item = content_noun(item)
        loaded = lexicon.verb_sense(
            verb.lemma_.lower(), particle=particle_of(verb), preps=prepositions_of(verb),
            object_lemma=object_word(item), object_modifiers=modifiers_of(item))
        if loaded is not None and loaded != sense and loaded.event_type == "AID":
            return loaded
    return None


def _supplied(verb: Token) -> list[Token]:
    """What a recipient object is supplied with: "supplied Kenya with electricity",
    "provided the rebels with shelter"."""
    return [pobj for prep in children(verb) if prep.dep_ == "prep" and prep.lower_ == "with"
            for pobj in children(prep) if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN"]


def _instrument_predicate(verb: Token, lexicon: Lexicon) -> Predicate | None:
    """"hit Russia with sanctions", "supplied Kyiv with weapons": the "with" noun names
    the event when it is a sanction or aid noun, whatever the verb."""
    for child in children(verb):
        if child.dep_ == "prep" and child.lower_ == "with":
            for noun in children(child):
                if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
                    continue
                sense = lexicon.noun_sense(noun.lemma_.lower(), modifiers=modifiers_of(noun))
                if sense is not None and sense.event_type in INSTRUMENT_TYPES:
                    return Predicate(trigger=noun, anchor=verb, sense=sense, kind="light")
    return None


def _restated_object(predicate: Predicate, lexicon: Lexicon) -> list[int]:
    """An event noun that is the object of an event verb is part of that event
    ("imposed sanctions", "suspended all trade with India", "welcomed the agreement")
    unless it names an agent of its own ("condemned Russia's attack", "condemned an
    Israeli strike on Doha", "denounced the Hamas attack")."""
    obj = direct_object(predicate.anchor)
    if obj is None or obj.i == predicate.trigger.i:
        return []
    if lexicon.noun_sense(obj.lemma_.lower()) is None:
        return []
    if any(c.dep_ in ("poss", "agent") or (c.dep_ in ("amod", "compound") and c.i < obj.i
                                             and c.ent_type_ in AGENT_ENTITIES)
           for c in children(obj)):
        return []
    return [obj.i]


# Named-entity labels of a modifier that names who did an act: "an Israeli strike".
AGENT_ENTITIES = frozenset({"NORP", "GPE", "ORG"})


# Participles that, after "be" and with their preposition, state a stance or an
# activity of their subject, not a passive: "Israel is opposed to French mediation" is
# Israel opposing it; "the forces were engaged in ethnic cleansing" is the forces' act.
STANCE_PARTICIPLES = {"oppose": "to", "engage": "in"}


def stance_object(verb: Token) -> Token | None:
    """What a stance participle is to or in ("is opposed to the plan", "were engaged in
    fighting"), or None when the verb is no stance: another verb, an active one, or a
    passive with a "by" agent."""
    prep = STANCE_PARTICIPLES.get(verb.lemma_.lower())
    if (prep is None or verb.tag_ != "VBN"
            or not any(c.dep_ == "auxpass" for c in children(verb))
            or any(c.dep_ == "agent" for c in children(verb))):
        return None
    return next((o for c in children(verb) if c.dep_ == "prep" and c.lower_ == prep
                 for o in children(c) if o.dep_ == "pobj"), None)


def _passive_subject(verb: Token) -> Token | None:
    if stance_object(verb) is not None:
        return None
    for child in children(verb):
        if child.dep_ == "nsubjpass":
            return child
    return None


def _noun_predicate(noun: Token, lexicon: Lexicon) -> Predicate | None:
    if noun.dep_ == "compound":
        return None
    lemma = noun.lemma_.lower()
    # most nouns have no rule: skip reading their modifiers and prepositions
    sense = _halting_sense(noun, lexicon) or (lexicon.noun_sense(
        lemma, modifiers=modifiers_of(noun), preps=prepositions_of(noun))
        if lexicon.has_noun(lemma) else None) or _halting_sense(noun, lexicon, GIVING_NOUNS)
    if sense is None:
        return None
    if sense.event_type == "MOBILIZE" and _peacekeepers(noun):
        # "the deployment of UN peacekeepers": protection given, as for their arrival
        sense = PEACEKEEPING
    governor = support_verb(noun, lexicon, sense)
    if governor is None and _merely_circumstantial(noun):
        return None
    anchor = governor if governor is not None else noun
    if governor is not None and sense.event_type in SPORTING_TYPES and _sporting(governor):
        return None  # "the midfielder signed a two-year deal with the club"
    return Predicate(trigger=noun, anchor=anchor, sense=sense, kind="noun", governor=governor,
                     undergoer=undergoer_of(noun, lexicon))


def _halting_sense(noun: Token, lexicon: Lexicon, nouns: dict[str, str] = HALTING_NOUNS
                   ) -> EventSense | None:
    """ "the suspension of air links with Serbia", "a halt of aid deliveries": a noun of
    halting (or of ``nouns``, e.g. `GIVING_NOUNS`) takes the sense its verb has with the
    noun's "of" object."""
    verb = nouns.get(noun.lemma_.lower())
    if verb is None:
        return None
    for halted in _members(noun):
        halted = content_noun(halted)
        sense = lexicon.verb_sense(verb, object_lemma=object_word(halted),
                                   object_modifiers=modifiers_of(halted))
        if sense is not None:
            return sense
    return None


def _peacekeepers(noun: Token) -> bool:
    """Whether an event noun or its "of" object names peacekeepers: "the deployment of
    peacekeeping troops", "a peacekeeping deployment"."""
    nouns = [noun, *(o for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of"
                     for o in children(p) if o.dep_ == "pobj")]
    words = {w for n in nouns for w in (n.lemma_.lower(), *modifiers_of(n))}
    return bool(words & PEACEKEEPING_WORDS)


def _merely_circumstantial(noun: Token) -> bool:
    """An event noun in a phrase of purpose or setting ("in Vilnius for a NATO summit")
    is no event of its own unless it names a participant ("led to its assault on ...");
    background events after "since", "after" ... are."""
    if noun.dep_ != "pobj" or noun.head.lower_ in BACKGROUND_PREPS:
        return False
    return not any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ in ARGUMENT_PREPS)
                   for c in children(noun))


def support_verb(noun: Token, lexicon: Lexicon, sense: EventSense | None = None
                 ) -> Token | None:
    """The verb that carries an event noun without naming an event itself.

    "will continue tough sanctions against Russia" -> "continue"; "carried out the
    attack" -> "carried": a light verb of the lexicon for that noun, or an aspectual
    verb (begin, continue, resume ...). Other verbs ("condemned the attack",
    "monitored the exercises") are not: their subject is not the noun's agent.
    """
    head = noun
    while head.dep_ in NOUN_CHAIN_DEPS and head.head.i != head.i:
        head = head.head
    verb = head.head
    if (head.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in CARRYING_PREPS
            and verb.head.pos_ == "VERB"):
        # "put its army on high alert", "took them into custody": a light verb may
        # carry its noun through a preposition
        carrier = verb.head
        if lexicon.light_verb_sense(carrier.lemma_.lower(), noun.lemma_.lower(),
                                    particle=particle_of(carrier)):
            return carrier
        return None
    if (head.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "with"
            and goes_on(verb.head)):
        return verb.head
    if head.dep_ not in NOUN_TO_VERB_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lexicon.is_undergoer(lemma):
        return None  # "Russia faces sanctions": Russia is the target, see undergoer_of
    if lexicon.light_verb_sense(lemma, noun.lemma_.lower(), particle=particle_of(verb)):
        return verb
    if lemma in DECREEING_VERBS and (noun.lemma_.lower() in HALTING_NOUNS or (
            sense is not None and sense.quad_class in DECREED_QUADS)):
        return verb
    if lemma not in ASPECTUAL_VERBS:
        return None  # "monitoring the exercises": the monitor is not the one exercising
    own = lexicon.verb_sense(lemma, particle=particle_of(verb), preps=prepositions_of(verb))
    return None if own is not None else verb


def goes_on(verb: Token) -> bool:
    """ "pressed on (with)", "went ahead (with)", "proceeded (with)": going on with an act."""
    lemma = verb.lemma_.lower()
    return verb.pos_ == "VERB" and (lemma in GOING_ON_VERBS or (
        lemma in GOING_ON_PHRASAL and (particle_of(verb) or "") in GOING_ON_PARTICLES))


def undergoer_of(noun: Token, lexicon: Lexicon) -> Token | None:
    """The subject of an undergoer verb carrying the noun: "Russia" in "Russia faces
    new sanctions", "Kyiv received aid"."""
    head = noun
    while head.dep_ in NOUN_CHAIN_DEPS and head.head.i != head.i:
        head = head.head
    verb = head.head
    if head.dep_ in ("dobj", "obj") and lexicon.is_undergoer(verb.lemma_.lower()):
        for child in children(verb):
            if child.dep_ == "nsubj":
                return child
    return None
