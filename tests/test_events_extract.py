"""Extraction rules on hand-built parses: no model is loaded.

Each case gives words, heads (absolute indices), dependency labels and coarse POS as a
parser would, plus the actor mentions the actor stage would return, and checks the
records extraction makes of them.
"""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.actors.mentions import ActorMention
from eventwire.actors.people import BARE_NAME_CONFIDENCE
from eventwire.events.arguments import agent_token
from eventwire.events.extract import ArticleContext, extract_events
from eventwire.events.lexicon import Lexicon
from eventwire.events.modality import read_modality
from eventwire.events.predicates import find_predicates
from eventwire.places import Gazetteer
from eventwire.records import Actor

PUBLISHED = date(2024, 1, 13)


def actor(code: str, sector: str = "GOV", name: str | None = None) -> Actor:
    return Actor(text=name or code, name=name or code, country=code, sector=sector)


VOCAB = spacy.blank("en").vocab  # English lexical attributes, no model


def parse(rows: list[tuple[str, str, int, str, str]]) -> Doc:
    """rows: (word, lemma, head index, dep, pos)."""
    words, lemmas, heads, deps, pos = zip(*rows, strict=True)
    return Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
               deps=list(deps), pos=list(pos))


def mention(i: int, *actors: Actor, end: int | None = None, head: int | None = None,
            kind: str = "name") -> ActorMention:
    return ActorMention(start=i, end=end or i + 1, head=i if head is None else head,
                        actors=actors, kind=kind)


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def code(doc: Doc, mentions: list[ActorMention], lexicon: Lexicon, gazetteer: Gazetteer):
    context = ArticleContext("a1", PUBLISHED, mentions)
    return extract_events(doc, context, lexicon, gazetteer)


def keys(events) -> set[tuple]:
    return {(e.event_type, e.source.code, e.target.code if e.target else None) for e in events}


def test_extract_active_verb_subject_to_object(lexicon, gazetteer):
    doc = parse([("Japan", "Japan", 1, "nsubj", "PROPN"),
                 ("condemned", "condemn", 1, "ROOT", "VERB"),
                 ("Russia", "Russia", 1, "dobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("JPN")), mention(2, actor("RUS"))], lexicon, gazetteer)
    assert keys(events) == {("ACCUSE", "JPN", "RUS")}
    event = events[0]
    assert event.quad_class == 3 and event.goldstein < 0
    assert event.trigger == "condemned"
    assert event.spans.trigger == (6, 15) and event.spans.target == (16, 22)
    assert not event.negated and not event.hypothetical
    assert event.date == "2024-01-13" and event.date_precision == "published"


def test_extract_passive_takes_agent_as_source(lexicon, gazetteer):
    doc = parse([("Israel", "Israel", 2, "nsubjpass", "PROPN"),
                 ("was", "be", 2, "auxpass", "AUX"),
                 ("attacked", "attack", 2, "ROOT", "VERB"),
                 ("by", "by", 2, "agent", "ADP"),
                 ("Hamas", "Hamas", 3, "pobj", "PROPN"),
                 (".", ".", 2, "punct", "PUNCT")])
    mentions = [mention(0, actor("ISR")), mention(4, actor("PSE", "REB", "Hamas"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ASSAULT", "PSE", "ISR")}


def test_extract_negation_is_flagged_not_dropped(lexicon, gazetteer):
    doc = parse([("China", "China", 3, "nsubj", "PROPN"),
                 ("did", "do", 3, "aux", "AUX"),
                 ("not", "not", 3, "neg", "PART"),
                 ("attack", "attack", 3, "ROOT", "VERB"),
                 ("Taiwan", "Taiwan", 3, "dobj", "PROPN")])
    events = code(doc, [mention(0, actor("CHN")), mention(4, actor("TWN"))], lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "CHN", "TWN")}
    assert events[0].negated is True


def test_extract_modal_marks_hypothetical(lexicon, gazetteer):
    doc = parse([("China", "China", 2, "nsubj", "PROPN"),
                 ("could", "could", 2, "aux", "AUX"),
                 ("attack", "attack", 2, "ROOT", "VERB"),
                 ("Taiwan", "Taiwan", 2, "dobj", "PROPN")])
    events = code(doc, [mention(0, actor("CHN")), mention(3, actor("TWN"))], lexicon, gazetteer)
    assert [e.hypothetical for e in events] == [True]


def test_extract_coordinated_subject_gives_one_record_per_pair(lexicon, gazetteer):
    doc = parse([("Japan", "Japan", 3, "nsubj", "PROPN"),
                 ("and", "and", 0, "cc", "CCONJ"),
                 ("Britain", "Britain", 0, "conj", "PROPN"),
                 ("condemned", "condemn", 3, "ROOT", "VERB"),
                 ("Russia", "Russia", 3, "dobj", "PROPN")])
    mentions = [mention(0, actor("JPN")), mention(2, actor("GBR")), mention(4, actor("RUS"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {
        ("ACCUSE", "JPN", "RUS"), ("ACCUSE", "GBR", "RUS")}


def test_extract_light_verb_with_prepositional_target(lexicon, gazetteer):
    doc = parse([("Kamikawa", "Kamikawa", 1, "nsubj", "PROPN"),
                 ("held", "hold", 1, "ROOT", "VERB"),
                 ("talks", "talk", 1, "dobj", "NOUN"),
                 ("with", "with", 2, "prep", "ADP"),
                 ("Blinken", "Blinken", 3, "pobj", "PROPN")])
    mentions = [mention(0, actor("JPN", name="Yoko Kamikawa")),
                mention(4, actor("USA", name="Antony Blinken"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert keys(events) == {("CONSULT", "JPN", "USA")}
    assert events[0].trigger == "held talks"


def test_extract_support_verb_lends_its_subject_to_event_noun(lexicon, gazetteer):
    doc = parse([("Japan", "Japan", 2, "nsubj", "PROPN"),
                 ("will", "will", 2, "aux", "AUX"),
                 ("continue", "continue", 2, "ROOT", "VERB"),
                 ("sanctions", "sanction", 2, "dobj", "NOUN"),
                 ("against", "against", 3, "prep", "ADP"),
                 ("Russia", "Russia", 4, "pobj", "PROPN")])
    events = code(doc, [mention(0, actor("JPN")), mention(5, actor("RUS"))], lexicon, gazetteer)
    assert keys(events) == {("SANCTION", "JPN", "RUS")}
    assert not events[0].hypothetical


def test_extract_reported_speech_keeps_speaker_as_attribution(lexicon, gazetteer):
    doc = parse([("Kamikawa", "Kamikawa", 1, "nsubj", "PROPN"),
                 ("said", "say", 1, "ROOT", "VERB"),
                 ("Japan", "Japan", 3, "nsubj", "PROPN"),
                 ("condemned", "condemn", 1, "ccomp", "VERB"),
                 ("Russia", "Russia", 3, "dobj", "PROPN")])
    mentions = [mention(0, actor("JPN", name="Yoko Kamikawa")), mention(2, actor("JPN")),
                mention(4, actor("RUS"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert keys(events) == {("ACCUSE", "JPN", "RUS")}
    assert events[0].attribution == "Yoko Kamikawa"


def test_extract_group_mention_makes_symmetric_pair(lexicon, gazetteer):
    doc = parse([("the", "the", 2, "det", "DET"),
                 ("two", "two", 2, "nummod", "NUM"),
                 ("countries", "country", 4, "nsubj", "NOUN"),
                 ("will", "will", 4, "aux", "AUX"),
                 ("cooperate", "cooperate", 4, "ROOT", "VERB")])
    group = mention(0, actor("JPN"), actor("USA"), end=3, head=2, kind="description")
    # One record for the pair, not one each way (the announcement is also an AGREE).
    found = keys(code(doc, [group], lexicon, gazetteer))
    assert {k for k in found if k[0] == "COOPERATE"} == {("COOPERATE", "JPN", "USA")}


def test_extract_drops_self_directed_pairs_and_actorless_events(lexicon, gazetteer):
    doc = parse([("Japan", "Japan", 1, "nsubj", "PROPN"),
                 ("condemned", "condemn", 1, "ROOT", "VERB"),
                 ("Tokyo", "Tokyo", 1, "dobj", "PROPN"),
                 ("and", "and", 2, "cc", "CCONJ"),
                 ("critics", "critic", 2, "conj", "NOUN")])
    mentions = [mention(0, actor("JPN")), mention(2, actor("JPN"))]
    assert code(doc, mentions, lexicon, gazetteer) == []


def test_extract_same_event_twice_in_article_is_kept_once(lexicon, gazetteer):
    rows = [("Japan", "Japan", 1, "nsubj", "PROPN"),
            ("condemned", "condemn", 1, "ROOT", "VERB"),
            ("Russia", "Russia", 1, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT")]
    doc = parse(rows + [(w, lemma, h + 4, d, p) for w, lemma, h, d, p in rows])
    mentions = [mention(0, actor("JPN")), mention(2, actor("RUS")),
                mention(4, actor("JPN")), mention(6, actor("RUS"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert len(events) == 1 and events[0].sentence_index == 0


def test_extract_first_person_in_quotes_is_the_speaker(lexicon, gazetteer):
    doc = parse([("We", "we", 1, "nsubj", "PRON"),
                 ("condemn", "condemn", 4, "ccomp", "VERB"),
                 ("Russia", "Russia", 1, "dobj", "PROPN"),
                 ("Kamikawa", "Kamikawa", 4, "nsubj", "PROPN"),
                 ("said", "say", 4, "ROOT", "VERB")])
    mentions = [mention(2, actor("RUS")), mention(3, actor("JPN", name="Yoko Kamikawa"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert keys(events) == {("ACCUSE", "JPN", "RUS")}
    assert events[0].attribution == "Yoko Kamikawa"


def test_extract_topic_of_discussion_is_not_a_target(lexicon, gazetteer):
    doc = parse([("Japan", "Japan", 3, "nsubj", "PROPN"),
                 ("and", "and", 0, "cc", "CCONJ"),
                 ("Korea", "Korea", 0, "conj", "PROPN"),
                 ("discussed", "discuss", 3, "ROOT", "VERB"),
                 ("China", "China", 5, "poss", "PROPN"),
                 ("programme", "programme", 3, "dobj", "NOUN")])
    mentions = [mention(0, actor("JPN")), mention(2, actor("KOR")), mention(4, actor("CHN"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("CONSULT", "JPN", "KOR")}


def test_extract_condemned_event_points_back_to_its_agent(lexicon, gazetteer):
    rows = [("Russia", "Russia", 1, "nsubj", "PROPN"),
            ("attacked", "attack", 1, "ROOT", "VERB"),
            ("Ukraine", "Ukraine", 1, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
            ("Japan", "Japan", 5, "nsubj", "PROPN"),
            ("condemned", "condemn", 5, "ROOT", "VERB"),
            ("the", "the", 7, "det", "DET"),
            ("attack", "attack", 5, "dobj", "NOUN")]
    doc = parse(rows)
    mentions = [mention(0, actor("RUS")), mention(2, actor("UKR")), mention(4, actor("JPN"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {
        ("ASSAULT", "RUS", "UKR"), ("ACCUSE", "JPN", "RUS")}


def test_extract_measure_noun_gives_way_to_the_event(lexicon, gazetteer):
    doc = parse([("China", "China", 1, "nsubj", "PROPN"),
                 ("launched", "launch", 1, "ROOT", "VERB"),
                 ("two", "two", 3, "nummod", "NUM"),
                 ("days", "day", 1, "dobj", "NOUN"),
                 ("of", "of", 3, "prep", "ADP"),
                 ("drills", "drill", 4, "pobj", "NOUN"),
                 ("around", "around", 5, "prep", "ADP"),
                 ("Taiwan", "Taiwan", 6, "pobj", "PROPN")])
    events = code(doc, [mention(0, actor("CHN", "MIL")), mention(7, actor("TWN"))],
                  lexicon, gazetteer)
    assert keys(events) == {("MOBILIZE", "CHN", "TWN")}
    assert events[0].trigger == "drills"


def test_extract_plural_allegations_answer_every_accuser(lexicon, gazetteer):
    accusation = [("X", "X", 1, "nsubj", "PROPN"), ("accused", "accuse", 1, "ROOT", "VERB"),
                  ("China", "China", 1, "dobj", "PROPN"), (".", ".", 1, "punct", "PUNCT")]
    rows = accusation + [(w, lemma, h + 4, d, p) for w, lemma, h, d, p in accusation]
    rows += [("China", "China", 9, "nsubj", "PROPN"), ("rejected", "reject", 9, "ROOT", "VERB"),
             ("the", "the", 11, "det", "DET"), ("allegations", "allegation", 9, "dobj", "NOUN")]
    words, lemmas, heads, deps, pos = zip(*rows, strict=True)
    tags = ["NNS" if w == "allegations" else "" for w in words]
    doc = Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
              deps=list(deps), pos=list(pos), tags=tags)
    mentions = [mention(0, actor("GBR")), mention(2, actor("CHN")), mention(4, actor("USA")),
                mention(6, actor("CHN")), mention(8, actor("CHN"))]
    assert {k for k in keys(code(doc, mentions, lexicon, gazetteer)) if k[0] == "REJECT"} == {
        ("REJECT", "CHN", "GBR"), ("REJECT", "CHN", "USA")}


def test_extract_promise_of_force_is_a_threat(lexicon, gazetteer):
    doc = parse([("Putin", "Putin", 1, "nsubj", "PROPN"),
                 ("vowed", "vow", 1, "ROOT", "VERB"),
                 ("to", "to", 3, "aux", "PART"),
                 ("intensify", "intensify", 1, "xcomp", "VERB"),
                 ("strikes", "strike", 3, "dobj", "NOUN"),
                 ("on", "on", 4, "prep", "ADP"),
                 ("Ukraine", "Ukraine", 5, "pobj", "PROPN")])
    events = code(doc, [mention(0, actor("RUS", name="Vladimir Putin")),
                        mention(6, actor("UKR"))], lexicon, gazetteer)
    flags = {(e.event_type, e.source.code, e.target.code): e.hypothetical for e in events}
    assert flags == {("THREATEN", "RUS", "UKR"): False, ("ASSAULT", "RUS", "UKR"): True}


def test_extract_object_of_urge_does_what_is_urged(lexicon, gazetteer):
    doc = parse([("Japan", "Japan", 1, "nsubj", "PROPN"),
                 ("urged", "urge", 1, "ROOT", "VERB"),
                 ("Russia", "Russia", 1, "dobj", "PROPN"),
                 ("to", "to", 4, "aux", "PART"),
                 ("withdraw", "withdraw", 1, "xcomp", "VERB"),
                 ("from", "from", 4, "prep", "ADP"),
                 ("Ukraine", "Ukraine", 5, "pobj", "PROPN")])
    events = code(doc, [mention(0, actor("JPN")), mention(2, actor("RUS")),
                        mention(6, actor("UKR"))], lexicon, gazetteer)
    flags = {(e.event_type, e.source.code, e.target.code): e.hypothetical for e in events}
    assert flags == {("REQUEST", "JPN", "RUS"): False, ("RETREAT", "RUS", "UKR"): True}


def test_extract_protest_without_target_is_addressed_to_own_government(lexicon, gazetteer):
    doc = parse([("Protesters", "protester", 1, "nsubj", "NOUN"),
                 ("rallied", "rally", 1, "ROOT", "VERB"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("Tbilisi", "Tbilisi", 2, "pobj", "PROPN")])
    events = code(doc, [mention(0, actor("GEO", "CVL", "protesters"))], lexicon, gazetteer)
    assert keys(events) == {("PROTEST", "GEO", "GEO")}
    target = events[0].target
    assert target.sector == "GOV" and target.text == "" and events[0].spans.target is None
    assert events[0].confidence < 0.9


def test_extract_agentless_arrests_are_by_the_state(lexicon, gazetteer):
    doc = parse([("Protesters", "protester", 2, "nsubjpass", "NOUN"),
                 ("were", "be", 2, "auxpass", "AUX"),
                 ("detained", "detain", 2, "ROOT", "VERB"),
                 ("in", "in", 2, "prep", "ADP"),
                 ("Minsk", "Minsk", 3, "pobj", "PROPN")])
    events = code(doc, [mention(0, actor("BLR", "CVL", "protesters"))], lexicon, gazetteer)
    assert keys(events) == {("COERCE", "BLR", "BLR")}
    assert events[0].source.sector == "COP" and events[0].spans.source is None


@pytest.mark.parametrize(("confidence", "expected"), [
    (0.3, ("COERCE", "SYR", "SYR")),   # the story's guess: the state's own people
    (0.6, ("COERCE", "SYR", "USA")),   # a country the text ties to them stays
])
def test_extract_crowd_coerced_by_a_state_is_its_own_unless_the_text_says(
        lexicon, gazetteer, confidence, expected):
    # "Syrian troops detained protesters", in a story filed from Washington.
    doc = parse([("Syrian", "Syrian", 1, "amod", "ADJ"),
                 ("troops", "troop", 2, "nsubj", "NOUN"),
                 ("detained", "detain", 2, "ROOT", "VERB"),
                 ("protesters", "protester", 2, "dobj", "NOUN")])
    crowd = ActorMention(start=3, end=4, head=3, actors=(actor("USA", "CVL", "protesters"),),
                         kind="title", confidence=confidence)
    mentions = [mention(0, actor("SYR", "MIL", "troops"), end=2, head=1), crowd]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {expected}


def test_extract_harm_befalling_in_an_attack_clause_is_the_attackers(lexicon, gazetteer):
    # "Two soldiers were killed when rebels attacked the base": the rebels killed them.
    doc = parse([("Two", "two", 1, "nummod", "NUM"),
                 ("soldiers", "soldier", 3, "nsubjpass", "NOUN"),
                 ("were", "be", 3, "auxpass", "AUX"), ("killed", "kill", 3, "ROOT", "VERB"),
                 ("when", "when", 6, "advmod", "SCONJ"), ("rebels", "rebel", 6, "nsubj", "NOUN"),
                 ("attacked", "attack", 3, "advcl", "VERB"), ("the", "the", 8, "det", "DET"),
                 ("base", "base", 6, "dobj", "NOUN")])
    mentions = [mention(0, actor("MLI", "MIL", "soldiers"), end=2, head=1),
                mention(5, actor("MLI", "REB", "rebels"))]
    events = code(doc, mentions, lexicon, gazetteer)
    killed = [e for e in events if e.trigger == "killed"]
    assert [(e.source.sector, e.target.sector) for e in killed] == [("REB", "MIL")]


def test_extract_agentless_looting_is_not_by_the_state(lexicon, gazetteer):
    doc = parse([("Shops", "shop", 2, "nsubjpass", "NOUN"),
                 ("were", "be", 2, "auxpass", "AUX"),
                 ("looted", "loot", 2, "ROOT", "VERB"),
                 ("in", "in", 2, "prep", "ADP"),
                 ("Lima", "Lima", 3, "pobj", "PROPN")])
    events = code(doc, [mention(0, actor("PER", "BUS", "shops"))], lexicon, gazetteer)
    assert keys(events) == set()


def test_extract_pronoun_in_reported_speech_is_the_speakers(lexicon, gazetteer):
    doc = parse([("Japan", "Japan", 3, "nsubj", "PROPN"),
                 ("and", "and", 0, "cc", "CCONJ"),
                 ("Australia", "Australia", 0, "conj", "PROPN"),
                 ("said", "say", 3, "ROOT", "VERB"),
                 ("they", "they", 5, "nsubj", "PRON"),
                 ("supported", "support", 3, "ccomp", "VERB"),
                 ("Washington", "Washington", 5, "dobj", "PROPN")])
    # the actor stage resolved "they" to someone else; the speakers win
    mentions = [mention(0, actor("JPN")), mention(2, actor("AUS")),
                mention(4, actor("SYR"), kind="pronoun"), mention(6, actor("USA"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {
        ("SUPPORT", "JPN", "USA"), ("SUPPORT", "AUS", "USA")}


def test_extract_denial_answers_the_accuser(lexicon, gazetteer):
    doc = parse([("Washington", "Washington", 1, "nsubj", "PROPN"),
                 ("accused", "accuse", 1, "ROOT", "VERB"),
                 ("Damascus", "Damascus", 1, "dobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT"),
                 ("Syria", "Syria", 5, "nsubj", "PROPN"),
                 ("denied", "deny", 5, "ROOT", "VERB"),
                 ("using", "use", 5, "xcomp", "VERB"),
                 ("gas", "gas", 6, "dobj", "NOUN")])
    mentions = [mention(0, actor("USA")), mention(2, actor("SYR")), mention(4, actor("SYR"))]
    assert ("REJECT", "SYR", "USA") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_weapons_are_not_targets(lexicon, gazetteer):
    doc = parse([("Iran", "Iran", 1, "nsubj", "PROPN"),
                 ("launched", "launch", 1, "ROOT", "VERB"),
                 ("drones", "drone", 1, "dobj", "NOUN"),
                 ("at", "at", 1, "prep", "ADP"),
                 ("Israel", "Israel", 3, "pobj", "PROPN")])
    mentions = [mention(0, actor("IRN")), mention(2, actor("IRN", "MIL", "drones")),
                mention(4, actor("ISR"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ASSAULT", "IRN", "ISR")}


def test_extract_possessive_on_event_noun_is_the_clause_subject(lexicon, gazetteer):
    doc = parse([("Iran", "Iran", 1, "nsubj", "PROPN"),
                 ("struck", "strike", 1, "ROOT", "VERB"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("its", "its", 4, "poss", "PRON"),
                 ("attack", "attack", 2, "pobj", "NOUN"),
                 ("on", "on", 4, "prep", "ADP"),
                 ("Israel", "Israel", 5, "pobj", "PROPN")])
    # the actor stage took "its" for the nearest country, Israel
    mentions = [mention(0, actor("IRN")), mention(3, actor("ISR"), kind="pronoun"),
                mention(6, actor("ISR"))]
    assert ("ASSAULT", "IRN", "ISR") in keys(code(doc, mentions, lexicon, gazetteer))
    assert ("ASSAULT", "ISR", "ISR") not in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_list_parsed_as_apposition_expands(lexicon, gazetteer):
    doc = parse([("Arabia", "Arabia", 5, "nsubj", "PROPN"),
                 (",", ",", 0, "punct", "PUNCT"),
                 ("Emirates", "Emirates", 0, "appos", "PROPN"),
                 ("and", "and", 2, "cc", "CCONJ"),
                 ("Egypt", "Egypt", 2, "conj", "PROPN"),
                 ("condemned", "condemn", 5, "ROOT", "VERB"),
                 ("Qatar", "Qatar", 5, "dobj", "PROPN")])
    mentions = [mention(0, actor("SAU")), mention(2, actor("ARE")), mention(4, actor("EGY")),
                mention(6, actor("QAT"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {
        ("ACCUSE", "SAU", "QAT"), ("ACCUSE", "ARE", "QAT"), ("ACCUSE", "EGY", "QAT")}


def org(code: str) -> Actor:
    return Actor(text=code, name=code, country=None, org=code, sector="IGO")


def test_extract_verb_hung_in_a_reported_clause_takes_the_speakers_subject(lexicon, gazetteer):
    # "urged" parsed as coordinated with "was", whose subject names no actor.
    doc = parse([("Borrell", "Borrell", 1, "nsubj", "PROPN"),
                 ("said", "say", 1, "ROOT", "VERB"),
                 ("the", "the", 3, "det", "DET"),
                 ("election", "election", 4, "nsubj", "NOUN"),
                 ("was", "be", 1, "ccomp", "AUX"),
                 ("unfair", "unfair", 4, "acomp", "ADJ"),
                 ("and", "and", 4, "cc", "CCONJ"),
                 ("urged", "urge", 4, "conj", "VERB"),
                 ("Belarus", "Belarus", 7, "dobj", "PROPN"),
                 ("to", "to", 10, "aux", "PART"),
                 ("release", "release", 7, "xcomp", "VERB"),
                 ("prisoners", "prisoner", 10, "dobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, org("EU")), mention(8, actor("BLR"))], lexicon, gazetteer)
    assert ("REQUEST", "EU", "BLR") in keys(events)


def test_extract_subject_hung_on_the_auxiliary(lexicon, gazetteer):
    doc = parse([("Prigozhin", "Prigozhin", 1, "nsubj", "PROPN"),
                 ("had", "have", 2, "aux", "AUX"),
                 ("accused", "accuse", 2, "ROOT", "VERB"),
                 ("Shoigu", "Shoigu", 2, "dobj", "PROPN"),
                 (".", ".", 2, "punct", "PUNCT")])
    mentions = [mention(0, actor("RUS", "REB")), mention(3, actor("RUS", "GOV"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ACCUSE", "RUS", "RUS")}


def test_extract_by_phrase_of_an_active_verb_is_no_agent(lexicon, gazetteer):
    doc = parse([("Kuwait", "Kuwait", 1, "nsubj", "PROPN"),
                 ("spoke", "speak", 1, "ROOT", "VERB"),
                 ("by", "by", 1, "agent", "ADP"),
                 ("telephone", "telephone", 2, "pobj", "NOUN"),
                 ("with", "with", 1, "prep", "ADP"),
                 ("Qatar", "Qatar", 4, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("KWT")), mention(5, actor("QAT"))], lexicon, gazetteer)
    assert keys(events) == {("CONSULT", "KWT", "QAT")}


def test_extract_unaddressed_request_is_to_the_story_country(lexicon, gazetteer):
    doc = parse([("Bangladesh", "Bangladesh", 1, "nsubj", "PROPN"),
                 ("mourned", "mourn", 1, "ROOT", "VERB"),
                 (".", ".", 1, "punct", "PUNCT"),
                 ("Dhaka", "Dhaka", 4, "nsubj", "PROPN"),
                 ("mourned", "mourn", 4, "ROOT", "VERB"),
                 (".", ".", 4, "punct", "PUNCT"),
                 ("Washington", "Washington", 7, "nsubj", "PROPN"),
                 ("called", "call", 7, "ROOT", "VERB"),
                 ("for", "for", 7, "prep", "ADP"),
                 ("calm", "calm", 8, "pobj", "NOUN"),
                 (".", ".", 7, "punct", "PUNCT")])
    mentions = [mention(0, actor("BGD")), mention(3, actor("BGD")), mention(6, actor("USA"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert keys(events) == {("REQUEST", "USA", "BGD")}
    assert events[0].target.text == "" and events[0].spans.target is None


def test_extract_call_for_restraint_between_states_is_to_no_one_side(lexicon, gazetteer):
    rows = [("Chile", "Chile", 1, "nsubj", "PROPN"),
            ("bombed", "bomb", 1, "ROOT", "VERB"),
            ("Peru", "Peru", 1, "dobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT"),
            ("Chile", "Chile", 5, "nsubj", "PROPN"),
            ("shelled", "shell", 5, "ROOT", "VERB"),
            ("Peru", "Peru", 5, "dobj", "PROPN"),
            (".", ".", 5, "punct", "PUNCT"),
            ("Brazil", "Brazil", 9, "nsubj", "PROPN"),
            ("called", "call", 9, "ROOT", "VERB"),
            ("for", "for", 9, "prep", "ADP"),
            ("restraint", "restraint", 10, "pobj", "NOUN"),
            (".", ".", 9, "punct", "PUNCT")]
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")), mention(4, actor("CHL")),
                mention(6, actor("PER")), mention(8, actor("BRA"))]
    events = code(parse(rows), mentions, lexicon, gazetteer)
    # addressed to both sides of the standoff, not to the story's state alone
    assert not {k for k in keys(events) if k[0] == "REQUEST" and k[2] is not None}
    assert ("ASSAULT", "CHL", "PER") in keys(events)


def test_extract_state_organ_acting_on_no_one_named_acts_at_home(lexicon, gazetteer):
    doc = parse([("Police", "police", 1, "nsubj", "NOUN"),
                 ("raided", "raid", 1, "ROOT", "VERB"),
                 ("polling", "polling", 3, "compound", "NOUN"),
                 ("stations", "station", 1, "dobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("ESP", "COP", "Police"))], lexicon, gazetteer)
    assert keys(events) == {("COERCE", "ESP", "ESP")}
    assert events[0].target.sector == "CVL"
    # Not so for actors outside the state: "protesters seized ballot boxes".
    events = code(doc, [mention(0, actor("ESP", "CVL", "Protesters"))], lexicon, gazetteer)
    assert keys(events) == set()


def test_extract_demand_that_someone_act_is_addressed_to_them(lexicon, gazetteer):
    doc = parse([("China", "China", 1, "nsubj", "PROPN"),
                 ("demanded", "demand", 1, "ROOT", "VERB"),
                 ("that", "that", 4, "mark", "SCONJ"),
                 ("India", "India", 4, "nsubj", "PROPN"),
                 ("withdraw", "withdraw", 1, "ccomp", "VERB"),
                 ("Pakistani", "pakistani", 6, "amod", "ADJ"),
                 ("troops", "troop", 4, "dobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHN")), mention(3, actor("IND")),
                mention(5, actor("PAK", "MIL"), end=7, head=6)]
    assert ("REQUEST", "CHN", "IND") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_object_naming_the_subject_means_the_subject_was_misread(lexicon, gazetteer):
    doc = parse([("Bessent", "Bessent", 1, "nsubj", "PROPN"),
                 ("said", "say", 1, "ROOT", "VERB"),
                 ("China", "China", 3, "nsubj", "PROPN"),
                 ("was", "be", 1, "ccomp", "AUX"),
                 ("the", "the", 5, "det", "DET"),
                 ("problem", "problem", 3, "attr", "NOUN"),
                 ("and", "and", 3, "cc", "CCONJ"),
                 ("accused", "accuse", 3, "conj", "VERB"),
                 ("Beijing", "Beijing", 7, "dobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("USA")), mention(2, actor("CHN")), mention(8, actor("CHN"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ACCUSE", "USA", "CHN")}


def test_extract_act_ordered_of_someone_is_not_yet_done(lexicon, gazetteer):
    # "A court ordered Chile to pay compensation to Peru": the payment is ordered, not made.
    doc = parse([("court", "court", 1, "nsubj", "NOUN"),
                 ("ordered", "order", 1, "ROOT", "VERB"),
                 ("Chile", "Chile", 1, "dobj", "PROPN"),
                 ("to", "to", 4, "aux", "PART"),
                 ("pay", "pay", 1, "xcomp", "VERB"),
                 ("compensation", "compensation", 4, "dobj", "NOUN"),
                 ("to", "to", 4, "dative", "ADP"),
                 ("Peru", "Peru", 6, "pobj", "PROPN")])
    events = code(doc, [mention(0, actor("PER", "JUD", "court")), mention(2, actor("CHL")),
                        mention(7, actor("PER"))], lexicon, gazetteer)
    paid = [e for e in events if e.event_type == "RETREAT"]
    assert paid and all(e.hypothetical for e in paid)


def test_extract_what_an_accusation_alleges_is_hypothetical(lexicon, gazetteer):
    doc = parse([("Egypt", "Egypt", 1, "nsubj", "PROPN"),
                 ("cut", "cut", 1, "ROOT", "VERB"),
                 ("ties", "tie", 1, "dobj", "NOUN"),
                 ("with", "with", 1, "prep", "ADP"),
                 ("Qatar", "Qatar", 3, "pobj", "PROPN"),
                 (",", ",", 1, "punct", "PUNCT"),
                 ("accusing", "accuse", 1, "advcl", "VERB"),
                 ("Qatar", "Qatar", 6, "dobj", "PROPN"),
                 ("of", "of", 6, "prep", "ADP"),
                 ("supporting", "support", 8, "pcomp", "VERB"),
                 ("Iran", "Iran", 9, "dobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("EGY")), mention(4, actor("QAT")), mention(7, actor("QAT")),
                mention(10, actor("IRN"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert ("ACCUSE", "EGY", "QAT") in keys(events)
    assert all(e.hypothetical for e in events if e.event_type == "SUPPORT")
    assert any(e.event_type == "SUPPORT" for e in events)


def test_extract_what_is_asked_for_is_hypothetical(lexicon, gazetteer):
    # "The AU appealed for sending troops to Somalia": no troops were sent.
    doc = parse([("AU", "AU", 1, "nsubj", "PROPN"),
                 ("appealed", "appeal", 1, "ROOT", "VERB"),
                 ("for", "for", 1, "prep", "ADP"),
                 ("sending", "send", 2, "pcomp", "VERB"),
                 ("troops", "troop", 3, "dobj", "NOUN"),
                 ("to", "to", 3, "prep", "ADP"),
                 ("Somalia", "Somalia", 5, "pobj", "PROPN")])
    mentions = [mention(0, org("AU")), mention(6, actor("SOM"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert any(e.event_type == "MOBILIZE" for e in events)
    assert all(e.hypothetical for e in events if e.event_type == "MOBILIZE")


def test_extract_act_asked_for_in_a_for_clause_is_hypothetical(lexicon, gazetteer):
    # "Chile pressed for Peru to withdraw its troops": the withdrawal is asked for.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("pressed", "press", 1, "ROOT", "VERB"),
                 ("for", "for", 5, "mark", "SCONJ"),
                 ("Peru", "Peru", 5, "nsubj", "PROPN"),
                 ("to", "to", 5, "aux", "PART"),
                 ("withdraw", "withdraw", 1, "advcl", "VERB"),
                 ("its", "its", 7, "poss", "PRON"),
                 ("troops", "troop", 5, "dobj", "NOUN")])
    mentions = [mention(0, actor("CHL")), mention(3, actor("PER"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert any(e.event_type == "RETREAT" for e in events)
    assert all(e.hypothetical for e in events if e.event_type == "RETREAT")


def test_extract_asked_for_infinitive_hung_on_a_noun_is_hypothetical(lexicon):
    # "Morales urged Bolivians through a radio message to rally": the parser hangs the
    # infinitive on "message"; the rally is still only asked for.
    doc = parse([("Morales", "Morales", 1, "nsubj", "PROPN"),
                 ("urged", "urge", 1, "ROOT", "VERB"),
                 ("Bolivians", "Bolivians", 1, "dobj", "PROPN"),
                 ("through", "through", 1, "prep", "ADP"),
                 ("a", "a", 6, "det", "DET"),
                 ("radio", "radio", 6, "compound", "NOUN"),
                 ("message", "message", 3, "pobj", "NOUN"),
                 ("to", "to", 8, "aux", "PART"),
                 ("rally", "rally", 6, "relcl", "VERB")])
    doc[1].tag_, doc[8].tag_ = "VBD", "VB"
    assert read_modality(doc[8], doc[8], lexicon).hypothetical
    assert not read_modality(doc[1], doc[1], lexicon).hypothetical


def test_extract_act_refrained_from_or_warned_against_did_not_happen(lexicon):
    # "Peru refrained from attacking", "Peru warned against attacking".
    for verb, prep in (("refrain", "from"), ("warn", "against")):
        doc = parse([("Peru", "Peru", 1, "nsubj", "PROPN"),
                     (verb + "ed", verb, 1, "ROOT", "VERB"),
                     (prep, prep, 1, "prep", "ADP"),
                     ("attacking", "attack", 2, "pcomp", "VERB")])
        modality = read_modality(doc[3], doc[3], lexicon)
        assert (modality.negated, modality.hypothetical) == (verb == "refrain", verb == "warn")


def test_extract_commitment_is_aimed_where_its_complement_is(lexicon, gazetteer):
    doc = parse([("France", "France", 1, "nsubj", "PROPN"),
                 ("threatened", "threaten", 1, "ROOT", "VERB"),
                 ("to", "to", 3, "aux", "PART"),
                 ("impose", "impose", 1, "xcomp", "VERB"),
                 ("restrictions", "restriction", 3, "dobj", "NOUN"),
                 ("against", "against", 4, "prep", "ADP"),
                 ("German", "german", 7, "amod", "ADJ"),
                 ("goods", "good", 5, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("FRA")), mention(6, actor("DEU"), end=8, head=7)]
    assert ("THREATEN", "FRA", "DEU") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_bombing_by_no_one_named_is_by_unidentified_forces(lexicon, gazetteer):
    doc = parse([("A", "a", 2, "det", "DET"),
                 ("roadside", "roadside", 2, "compound", "NOUN"),
                 ("bomb", "bomb", 3, "nsubj", "NOUN"),
                 ("killed", "kill", 3, "ROOT", "VERB"),
                 ("two", "two", 6, "nummod", "NUM"),
                 ("U.S.", "U.S.", 6, "compound", "PROPN"),
                 ("soldiers", "soldier", 3, "dobj", "NOUN"),
                 ("near", "near", 3, "prep", "ADP"),
                 ("Basra", "Basra", 7, "pobj", "PROPN"),
                 (".", ".", 3, "punct", "PUNCT")])
    mentions = [mention(5, actor("USA", "MIL"), end=7, head=6)]
    events = code(doc, mentions, lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "IRQ", "USA")}
    assert events[0].source.sector == "UAF"
    # An attack already told ("The missiles struck ...") is not by someone unknown.
    doc = parse([("The", "the", 1, "det", "DET"),
                 ("missiles", "missile", 2, "nsubj", "NOUN"),
                 ("struck", "strike", 2, "ROOT", "VERB"),
                 ("U.S.", "U.S.", 4, "compound", "PROPN"),
                 ("troops", "troop", 2, "dobj", "NOUN"),
                 (".", ".", 2, "punct", "PUNCT")])
    assert code(doc, [mention(3, actor("USA", "MIL"), end=5, head=4)], lexicon, gazetteer) == []


def test_extract_possessive_that_does_not_agree_is_not_the_subject(lexicon, gazetteer):
    # "They condemned its arms deals with Russia": "its" is not "they".
    doc = parse([("They", "they", 1, "nsubj", "PRON"),
                 ("condemned", "condemn", 1, "ROOT", "VERB"),
                 ("its", "its", 4, "poss", "PRON"),
                 ("arms", "arm", 4, "compound", "NOUN"),
                 ("deals", "deal", 1, "dobj", "NOUN"),
                 ("with", "with", 4, "prep", "ADP"),
                 ("Russia", "Russia", 5, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("USA"), actor("JPN"), kind="pronoun"),
                mention(2, actor("PRK"), kind="pronoun"), mention(6, actor("RUS"))]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert ("AGREE", "PRK", "RUS") in found
    assert not any(k[0] == "AGREE" and k[1] in ("USA", "JPN") for k in found)


def test_extract_commitment_without_addressee_is_not_to_ones_own_country(lexicon, gazetteer):
    doc = parse([("Georgia", "Georgia", 1, "nsubj", "PROPN"),
                 ("voted", "vote", 1, "ROOT", "VERB"),
                 (".", ".", 1, "punct", "PUNCT"),
                 ("Parties", "party", 4, "nsubj", "NOUN"),
                 ("agreed", "agree", 4, "ROOT", "VERB"),
                 ("on", "on", 4, "prep", "ADP"),
                 ("a", "a", 8, "det", "DET"),
                 ("new", "new", 8, "amod", "ADJ"),
                 ("government", "government", 5, "pobj", "NOUN"),
                 (".", ".", 4, "punct", "PUNCT")])
    mentions = [mention(0, actor("GEO")), mention(3, actor("GEO", "PTY", "Parties"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == set()


def test_extract_undated_event_takes_the_date_of_the_sentence_before(lexicon, gazetteer):
    from spacy.tokens import Span

    doc = parse([("London", "London", 3, "nsubj", "PROPN"),
                 ("on", "on", 3, "prep", "ADP"),
                 ("Monday", "Monday", 1, "pobj", "PROPN"),
                 ("accused", "accuse", 3, "ROOT", "VERB"),
                 ("Beijing", "Beijing", 3, "dobj", "PROPN"),
                 (".", ".", 3, "punct", "PUNCT"),
                 ("Beijing", "Beijing", 9, "nsubj", "PROPN"),
                 ("on", "on", 9, "prep", "ADP"),
                 ("Tuesday", "Tuesday", 7, "pobj", "PROPN"),
                 ("rejected", "reject", 9, "ROOT", "VERB"),
                 ("London", "London", 9, "dobj", "PROPN"),
                 (".", ".", 9, "punct", "PUNCT"),
                 ("Beijing", "Beijing", 13, "nsubj", "PROPN"),
                 ("urged", "urge", 13, "ROOT", "VERB"),
                 ("London", "London", 13, "dobj", "PROPN"),
                 ("to", "to", 16, "aux", "PART"),
                 ("stop", "stop", 13, "xcomp", "VERB"),
                 (".", ".", 13, "punct", "PUNCT")])
    doc.ents = [Span(doc, 2, 3, label="DATE"), Span(doc, 8, 9, label="DATE")]
    mentions = [mention(i, actor(c)) for i, c in
                ((0, "GBR"), (4, "CHN"), (6, "CHN"), (10, "GBR"), (12, "CHN"), (14, "GBR"))]
    by_type = {e.event_type: e for e in code(doc, mentions, lexicon, gazetteer)}
    assert by_type["ACCUSE"].date == "2024-01-08"
    assert by_type["REJECT"].date == "2024-01-09"
    # Not the lede's Monday: the reaction follows the rejection it is reported with.
    assert (by_type["REQUEST"].date, by_type["REQUEST"].date_precision) == ("2024-01-09",
                                                                            "lede")


ACCUSED_ON_MONDAY = [("London", "London", 3, "nsubj", "PROPN"),
                    ("on", "on", 3, "prep", "ADP"),
                    ("Monday", "Monday", 1, "pobj", "PROPN"),
                    ("accused", "accuse", 3, "ROOT", "VERB"),
                    ("Beijing", "Beijing", 3, "dobj", "PROPN"),
                    (".", ".", 3, "punct", "PUNCT")]


def _urged(at: int) -> list[tuple[str, str, int, str, str]]:
    """'Beijing urged London to stop .' starting at token `at`."""
    return [("Beijing", "Beijing", at + 1, "nsubj", "PROPN"),
            ("urged", "urge", at + 1, "ROOT", "VERB"),
            ("London", "London", at + 1, "dobj", "PROPN"),
            ("to", "to", at + 4, "aux", "PART"),
            ("stop", "stop", at + 1, "xcomp", "VERB"),
            (".", ".", at + 1, "punct", "PUNCT")]


def test_extract_undated_event_takes_the_day_of_an_uncoded_main_clause_before(
        lexicon, gazetteer):
    from spacy.tokens import Span

    # "... Talks opened on Wednesday. Beijing urged London to stop.": Wednesday's.
    doc = parse([*ACCUSED_ON_MONDAY,
                 ("Talks", "talk", 7, "nsubj", "NOUN"),
                 ("opened", "open", 7, "ROOT", "VERB"),
                 ("on", "on", 7, "prep", "ADP"),
                 ("Wednesday", "Wednesday", 8, "pobj", "PROPN"),
                 (".", ".", 7, "punct", "PUNCT"),
                 *_urged(11)])
    doc.ents = [Span(doc, 2, 3, label="DATE"), Span(doc, 9, 10, label="DATE")]
    mentions = [mention(i, actor(c)) for i, c in
                ((0, "GBR"), (4, "CHN"), (11, "CHN"), (13, "GBR"))]
    by_type = {e.event_type: e for e in code(doc, mentions, lexicon, gazetteer)}
    assert (by_type["REQUEST"].date, by_type["REQUEST"].date_precision) == ("2024-01-10",
                                                                            "lede")


def test_extract_uncoded_sentence_dated_before_the_lede_is_background(lexicon, gazetteer):
    from spacy.tokens import Span

    # "... Talks opened on Sunday. Beijing urged London to stop.": an earlier step
    # of the story; the appeal is the lede's (Monday's) news.
    doc = parse([*ACCUSED_ON_MONDAY,
                 ("Talks", "talk", 7, "nsubj", "NOUN"),
                 ("opened", "open", 7, "ROOT", "VERB"),
                 ("on", "on", 7, "prep", "ADP"),
                 ("Sunday", "Sunday", 8, "pobj", "PROPN"),
                 (".", ".", 7, "punct", "PUNCT"),
                 *_urged(11)])
    doc.ents = [Span(doc, 2, 3, label="DATE"), Span(doc, 9, 10, label="DATE")]
    mentions = [mention(i, actor(c)) for i, c in
                ((0, "GBR"), (4, "CHN"), (11, "CHN"), (13, "GBR"))]
    by_type = {e.event_type: e for e in code(doc, mentions, lexicon, gazetteer)}
    assert (by_type["REQUEST"].date, by_type["REQUEST"].date_precision) == ("2024-01-08",
                                                                            "lede")


def test_extract_past_perfect_event_lends_no_day(lexicon, gazetteer):
    from spacy.tokens import Span

    # "Beijing had rejected London on Friday" is background: the appeal after it is
    # dated by the lede (Monday).
    doc = parse([*ACCUSED_ON_MONDAY,
                 ("Beijing", "Beijing", 8, "nsubj", "PROPN"),
                 ("had", "have", 8, "aux", "AUX"),
                 ("rejected", "reject", 8, "ROOT", "VERB"),
                 ("London", "London", 8, "dobj", "PROPN"),
                 ("on", "on", 8, "prep", "ADP"),
                 ("Friday", "Friday", 10, "pobj", "PROPN"),
                 (".", ".", 8, "punct", "PUNCT"),
                 *_urged(13)])
    doc.ents = [Span(doc, 2, 3, label="DATE"), Span(doc, 11, 12, label="DATE")]
    mentions = [mention(i, actor(c)) for i, c in
                ((0, "GBR"), (4, "CHN"), (6, "CHN"), (9, "GBR"), (13, "CHN"), (15, "GBR"))]
    by_type = {e.event_type: e for e in code(doc, mentions, lexicon, gazetteer)}
    assert by_type["REJECT"].date == "2024-01-12"
    assert (by_type["REQUEST"].date, by_type["REQUEST"].date_precision) == ("2024-01-08",
                                                                            "lede")


def test_extract_undated_past_perfect_event_goes_on_with_the_background(lexicon, gazetteer):
    from spacy.tokens import Span

    # "... Beijing had rejected London on Friday. Beijing had urged London to stop.":
    # the appeal goes on with the background (Friday), not with Monday's news.
    doc = parse([*ACCUSED_ON_MONDAY,
                 ("Beijing", "Beijing", 8, "nsubj", "PROPN"),
                 ("had", "have", 8, "aux", "AUX"),
                 ("rejected", "reject", 8, "ROOT", "VERB"),
                 ("London", "London", 8, "dobj", "PROPN"),
                 ("on", "on", 8, "prep", "ADP"),
                 ("Friday", "Friday", 10, "pobj", "PROPN"),
                 (".", ".", 8, "punct", "PUNCT"),
                 ("Beijing", "Beijing", 15, "nsubj", "PROPN"),
                 ("had", "have", 15, "aux", "AUX"),
                 ("urged", "urge", 15, "ROOT", "VERB"),
                 ("London", "London", 15, "dobj", "PROPN"),
                 ("to", "to", 18, "aux", "PART"),
                 ("stop", "stop", 15, "xcomp", "VERB"),
                 (".", ".", 15, "punct", "PUNCT")])
    doc.ents = [Span(doc, 2, 3, label="DATE"), Span(doc, 11, 12, label="DATE")]
    mentions = [mention(i, actor(c)) for i, c in
                ((0, "GBR"), (4, "CHN"), (6, "CHN"), (9, "GBR"), (13, "CHN"), (16, "GBR"))]
    by_type = {e.event_type: e for e in code(doc, mentions, lexicon, gazetteer)}
    assert by_type["REJECT"].date == "2024-01-12"
    assert (by_type["REQUEST"].date, by_type["REQUEST"].date_precision) == ("2024-01-12",
                                                                            "lede")


def test_extract_undated_event_after_a_day_weeks_back_is_the_ledes(lexicon, gazetteer):
    from spacy.tokens import Span

    # "London on Monday accused Beijing. Beijing rejected London on Dec. 4. Beijing
    # urged London to stop.": Dec. 4 is background told for the record; the appeal is
    # the lede's (Monday's) news, not a step after Dec. 4.
    doc = parse([*ACCUSED_ON_MONDAY,
                 ("Beijing", "Beijing", 7, "nsubj", "PROPN"),
                 ("rejected", "reject", 7, "ROOT", "VERB"),
                 ("London", "London", 7, "dobj", "PROPN"),
                 ("on", "on", 7, "prep", "ADP"),
                 ("Dec.", "Dec.", 9, "pobj", "PROPN"),
                 ("4", "4", 10, "nummod", "NUM"),
                 (".", ".", 7, "punct", "PUNCT"),
                 *_urged(13)])
    doc.ents = [Span(doc, 2, 3, label="DATE"), Span(doc, 10, 12, label="DATE")]
    mentions = [mention(i, actor(c)) for i, c in
                ((0, "GBR"), (4, "CHN"), (6, "CHN"), (8, "GBR"), (13, "CHN"), (15, "GBR"))]
    by_type = {e.event_type: e for e in code(doc, mentions, lexicon, gazetteer)}
    assert by_type["REJECT"].date == "2023-12-04"
    assert (by_type["REQUEST"].date, by_type["REQUEST"].date_precision) == ("2024-01-08",
                                                                            "lede")


def test_extract_undated_event_after_a_statement_goes_on_with_the_statements_day(
        lexicon, gazetteer):
    from spacy.tokens import Span

    # "London said on Friday Beijing rejected London on Monday. Beijing urged London to
    # stop.": the sentence tells Friday's statement; Monday is the day of what it
    # reports. The appeal after it goes on with the statement's day.
    doc = parse([("London", "London", 1, "nsubj", "PROPN"),
                 ("said", "say", 1, "ROOT", "VERB"),
                 ("on", "on", 1, "prep", "ADP"),
                 ("Friday", "Friday", 2, "pobj", "PROPN"),
                 ("Beijing", "Beijing", 5, "nsubj", "PROPN"),
                 ("rejected", "reject", 1, "ccomp", "VERB"),
                 ("London", "London", 5, "dobj", "PROPN"),
                 ("on", "on", 5, "prep", "ADP"),
                 ("Monday", "Monday", 7, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT"),
                 *_urged(10)])
    doc.ents = [Span(doc, 3, 4, label="DATE"), Span(doc, 8, 9, label="DATE")]
    mentions = [mention(i, actor(c)) for i, c in
                ((0, "GBR"), (4, "CHN"), (6, "GBR"), (10, "CHN"), (12, "GBR"))]
    by_type = {e.event_type: e for e in code(doc, mentions, lexicon, gazetteer)}
    assert by_type["REJECT"].date == "2024-01-08"
    assert (by_type["REQUEST"].date, by_type["REQUEST"].date_precision) == ("2024-01-12",
                                                                            "lede")


def test_extract_framed_event_is_not_the_lead_event(lexicon, gazetteer):
    from spacy.tokens import Span

    # "Talks opened on Tuesday, a day after China accused Japan.": the story is
    # Tuesday's; the accusation (Monday) only frames it.
    talks = [("Talks", "talk", 1, "nsubj", "NOUN"), ("continued", "continue", 1, "ROOT", "VERB"),
             (".", ".", 1, "punct", "PUNCT")]
    doc = parse([("Talks", "talk", 1, "nsubj", "NOUN"),
                 ("opened", "open", 1, "ROOT", "VERB"),
                 ("on", "on", 1, "prep", "ADP"),
                 ("Tuesday", "Tuesday", 2, "pobj", "PROPN"),
                 (",", ",", 1, "punct", "PUNCT"),
                 ("a", "a", 6, "det", "DET"),
                 ("day", "day", 9, "npadvmod", "NOUN"),
                 ("after", "after", 9, "mark", "SCONJ"),
                 ("China", "China", 9, "nsubj", "PROPN"),
                 ("accused", "accuse", 1, "advcl", "VERB"),
                 ("Japan", "Japan", 9, "dobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT"),
                 *[(w, lemma, head + 12, dep, pos) for w, lemma, head, dep, pos in talks],
                 *[(w, lemma, head + 15, dep, pos) for w, lemma, head, dep, pos in talks],
                 *_urged(18)])
    doc.ents = [Span(doc, 3, 4, label="DATE"), Span(doc, 5, 7, label="DATE")]
    mentions = [mention(i, actor(c)) for i, c in
                ((8, "CHN"), (10, "JPN"), (18, "CHN"), (20, "JPN"))]
    by_type = {e.event_type: e for e in code(doc, mentions, lexicon, gazetteer)}
    assert (by_type["ACCUSE"].date, by_type["ACCUSE"].date_precision) == ("2024-01-08",
                                                                          "day")
    assert (by_type["REQUEST"].date, by_type["REQUEST"].date_precision) == ("2024-01-09",
                                                                            "lede")


def test_extract_event_counted_from_the_day_told_before(lexicon, gazetteer):
    from spacy.tokens import Span

    # "London on Monday accused Beijing. A day earlier Beijing urged London to stop.":
    # the appeal was on Sunday.
    doc = parse([*ACCUSED_ON_MONDAY,
                 ("A", "a", 7, "det", "DET"),
                 ("day", "day", 8, "npadvmod", "NOUN"),
                 ("earlier", "early", 10, "advmod", "ADV"),
                 *_urged(9)])
    doc.ents = [Span(doc, 2, 3, label="DATE"), Span(doc, 6, 9, label="DATE")]
    mentions = [mention(i, actor(c)) for i, c in ((0, "GBR"), (4, "CHN"), (9, "CHN"), (11, "GBR"))]
    by_type = {e.event_type: e for e in code(doc, mentions, lexicon, gazetteer)}
    assert (by_type["REQUEST"].date, by_type["REQUEST"].date_precision) == ("2024-01-07",
                                                                            "day")


def test_extract_framed_mention_gives_way_to_the_event_told_again(lexicon, gazetteer):
    from spacy.tokens import Span

    # "Talks opened on Tuesday after China accused Japan. China accused Japan.": the
    # framed mention says not when; the retelling is dated by its context (Tuesday).
    doc = parse([("Talks", "talk", 1, "nsubj", "NOUN"),
                 ("opened", "open", 1, "ROOT", "VERB"),
                 ("on", "on", 1, "prep", "ADP"),
                 ("Tuesday", "Tuesday", 2, "pobj", "PROPN"),
                 ("after", "after", 6, "mark", "SCONJ"),
                 ("China", "China", 6, "nsubj", "PROPN"),
                 ("accused", "accuse", 1, "advcl", "VERB"),
                 ("Japan", "Japan", 6, "dobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT"),
                 ("China", "China", 10, "nsubj", "PROPN"),
                 ("accused", "accuse", 10, "ROOT", "VERB"),
                 ("Japan", "Japan", 10, "dobj", "PROPN"),
                 (".", ".", 10, "punct", "PUNCT")])
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    mentions = [mention(i, actor(c)) for i, c in ((5, "CHN"), (7, "JPN"), (9, "CHN"), (11, "JPN"))]
    accusations = [e for e in code(doc, mentions, lexicon, gazetteer) if e.event_type == "ACCUSE"]
    assert [(e.date, e.date_precision, e.sentence_index) for e in accusations] == [
        ("2024-01-09", "lede", 1)]


def test_extract_warning_of_retaliation_is_a_threat(lexicon, gazetteer):
    doc = parse([("Iran", "Iran", 1, "nsubj", "PROPN"),
                 ("warned", "warn", 1, "ROOT", "VERB"),
                 ("Israel", "Israel", 1, "dobj", "PROPN"),
                 ("that", "that", 6, "mark", "SCONJ"),
                 ("it", "it", 6, "nsubj", "PRON"),
                 ("would", "would", 6, "aux", "AUX"),
                 ("respond", "respond", 1, "ccomp", "VERB"),
                 ("severely", "severely", 6, "advmod", "ADV"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("IRN")), mention(2, actor("ISR")),
                mention(4, actor("IRN"), kind="pronoun")]
    events = code(doc, mentions, lexicon, gazetteer)
    assert keys(events) == {("THREATEN", "IRN", "ISR")}
    assert events[0].trigger == "warned"
    # A plain warning is reported speech, not a threat.
    doc = parse([("Iran", "Iran", 1, "nsubj", "PROPN"),
                 ("warned", "warn", 1, "ROOT", "VERB"),
                 ("Israel", "Israel", 1, "dobj", "PROPN"),
                 ("that", "that", 5, "mark", "SCONJ"),
                 ("talks", "talk", 5, "nsubj", "NOUN"),
                 ("stalled", "stall", 1, "ccomp", "VERB"),
                 (".", ".", 1, "punct", "PUNCT")])
    assert code(doc, mentions[:2], lexicon, gazetteer) == []


def test_extract_warning_of_consequences_is_a_threat(lexicon, gazetteer):
    # No act of force is named: the warning speaks of consequences to the warned.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("warned", "warn", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"),
                 ("that", "that", 7, "mark", "SCONJ"),
                 ("any", "any", 5, "det", "DET"),
                 ("move", "move", 7, "nsubj", "NOUN"),
                 ("would", "would", 7, "aux", "AUX"),
                 ("bring", "bring", 1, "ccomp", "VERB"),
                 ("consequences", "consequence", 7, "dobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("THREATEN", "CHL", "PER")}
    # A forecast is no threat, even to someone.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("warned", "warn", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"),
                 ("that", "that", 6, "mark", "SCONJ"),
                 ("growth", "growth", 6, "nsubj", "NOUN"),
                 ("would", "would", 6, "aux", "AUX"),
                 ("slow", "slow", 1, "ccomp", "VERB"),
                 (".", ".", 1, "punct", "PUNCT")])
    assert code(doc, mentions, lexicon, gazetteer) == []
    # A response that has been is criticised, not threatened.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("warned", "warn", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"),
                 ("that", "that", 7, "mark", "SCONJ"),
                 ("its", "its", 5, "poss", "PRON"),
                 ("response", "response", 7, "nsubj", "NOUN"),
                 ("had", "have", 7, "aux", "AUX"),
                 ("lagged", "lag", 1, "ccomp", "VERB"),
                 (".", ".", 1, "punct", "PUNCT")])
    assert code(doc, mentions, lexicon, gazetteer) == []


def test_extract_warned_prohibition_is_a_threat(lexicon, gazetteer):
    # "Chile warned Peru that it would no longer tolerate incursions."
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("warned", "warn", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"),
                 ("that", "that", 8, "mark", "SCONJ"),
                 ("it", "it", 8, "nsubj", "PRON"),
                 ("would", "would", 8, "aux", "AUX"),
                 ("no", "no", 7, "neg", "ADV"),
                 ("longer", "long", 8, "advmod", "ADV"),
                 ("tolerate", "tolerate", 1, "ccomp", "VERB"),
                 ("incursions", "incursion", 8, "dobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")),
                mention(4, actor("CHL"), kind="pronoun")]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("THREATEN", "CHL", "PER")}


def test_extract_warning_aims_at_the_actor_of_its_condition(lexicon, gazetteer):
    doc = parse([("Egypt", "Egypt", 1, "nsubj", "PROPN"),
                 ("warned", "warn", 1, "ROOT", "VERB"),
                 ("that", "that", 12, "mark", "SCONJ"),
                 ("if", "if", 5, "mark", "SCONJ"),
                 ("Sudan", "Sudan", 5, "nsubj", "PROPN"),
                 ("closed", "close", 12, "advcl", "VERB"),
                 ("the", "the", 7, "det", "DET"),
                 ("dam", "dam", 5, "dobj", "NOUN"),
                 (",", ",", 12, "punct", "PUNCT"),
                 ("its", "its", 10, "poss", "PRON"),
                 ("response", "response", 12, "nsubj", "NOUN"),
                 ("would", "would", 12, "aux", "AUX"),
                 ("be", "be", 1, "ccomp", "AUX"),
                 ("tough", "tough", 12, "acomp", "ADJ"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("EGY")), mention(4, actor("SDN")),
                mention(9, actor("EGY"), kind="pronoun")]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("THREATEN", "EGY", "SDN")}


def test_extract_calling_a_claim_false_is_a_denial(lexicon, gazetteer):
    doc = parse([("Peru", "Peru", 1, "nsubj", "PROPN"),
                 ("called", "call", 1, "ROOT", "VERB"),
                 ("Chile", "Chile", 4, "poss", "PROPN"),
                 ("'s", "'s", 2, "case", "PART"),
                 ("account", "account", 1, "dobj", "NOUN"),
                 ("baseless", "baseless", 1, "oprd", "ADJ"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("PER")), mention(2, actor("CHL"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("REJECT", "PER", "CHL")}


def test_extract_name_given_in_a_free_relative_is_no_verdict(lexicon, gazetteer):
    # "condemned what it called an invasion": one accusation, by "condemned" alone, aimed
    # at the invader, not at "Chile" the verdict's words name.
    doc = parse([("Peru", "Peru", 1, "nsubj", "PROPN"),
                 ("condemned", "condemn", 1, "ROOT", "VERB"),
                 ("Bolivia", "Bolivia", 1, "dobj", "PROPN"),
                 ("over", "over", 1, "prep", "ADP"),
                 ("what", "what", 6, "dobj", "PRON"),
                 ("it", "it", 6, "nsubj", "PRON"),
                 ("called", "call", 3, "pcomp", "VERB"),
                 ("a", "a", 8, "det", "DET"),
                 ("betrayal", "betrayal", 6, "oprd", "NOUN"),
                 ("of", "of", 8, "prep", "ADP"),
                 ("Chile", "Chile", 9, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("PER")), mention(2, actor("BOL")),
                mention(5, actor("PER"), kind="pronoun"), mention(10, actor("CHL"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ACCUSE", "PER", "BOL")}


def test_extract_verdict_on_an_object_does_not_aim_at_its_words(lexicon, gazetteer):
    # "called the vote a betrayal of Chile": the target is the one judged (here
    # unnamed), not Chile.
    doc = parse([("Peru", "Peru", 1, "nsubj", "PROPN"),
                 ("called", "call", 1, "ROOT", "VERB"),
                 ("the", "the", 4, "det", "DET"),
                 ("national", "national", 4, "amod", "ADJ"),
                 ("vote", "vote", 1, "dobj", "NOUN"),
                 ("a", "a", 6, "det", "DET"),
                 ("betrayal", "betrayal", 1, "oprd", "NOUN"),
                 ("of", "of", 6, "prep", "ADP"),
                 ("Chile", "Chile", 7, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("PER")), mention(8, actor("CHL"))]
    assert ("ACCUSE", "PER", "CHL") not in keys(code(doc, mentions, lexicon, gazetteer))


def reported_verdict(*verdict: tuple[str, str, int, str, str]) -> Doc:
    """"Peru said Chile's move was <verdict>."; the verdict's words hang off 5."""
    return parse([("Peru", "Peru", 1, "nsubj", "PROPN"),
                  ("said", "say", 1, "ROOT", "VERB"),
                  ("Chile", "Chile", 4, "poss", "PROPN"),
                  ("'s", "'s", 2, "case", "PART"),
                  ("move", "move", 5, "nsubj", "NOUN"),
                  ("was", "be", 1, "ccomp", "AUX"),
                  *verdict,
                  (".", ".", 1, "punct", "PUNCT")])


def test_extract_reported_verdict_criticises_or_denies(lexicon, gazetteer):
    mentions = [mention(0, actor("PER")), mention(2, actor("CHL"))]
    unacceptable = reported_verdict(("unacceptable", "unacceptable", 5, "acomp", "ADJ"))
    assert keys(code(unacceptable, mentions, lexicon, gazetteer)) == {("ACCUSE", "PER", "CHL")}
    # A negated approval condemns too.
    not_acceptable = reported_verdict(("not", "not", 5, "neg", "PART"),
                                      ("acceptable", "acceptable", 5, "acomp", "ADJ"))
    assert keys(code(not_acceptable, mentions, lexicon, gazetteer)) == {("ACCUSE", "PER", "CHL")}
    lie = reported_verdict(("a", "a", 7, "det", "DET"), ("lie", "lie", 5, "attr", "NOUN"))
    assert keys(code(lie, mentions, lexicon, gazetteer)) == {("REJECT", "PER", "CHL")}
    # A negated condemnation, or plain praise, is no event.
    not_unacceptable = reported_verdict(("not", "not", 5, "neg", "PART"),
                                   ("unacceptable", "unacceptable", 5, "acomp", "ADJ"))
    assert code(not_unacceptable, mentions, lexicon, gazetteer) == []
    no_violation = reported_verdict(("no", "no", 7, "det", "DET"),
                                    ("violation", "violation", 5, "attr", "NOUN"))
    assert code(no_violation, mentions, lexicon, gazetteer) == []
    useful = reported_verdict(("useful", "useful", 5, "acomp", "ADJ"))
    assert code(useful, mentions, lexicon, gazetteer) == []


def test_extract_reported_refusal_verdict_is_a_rejection(lexicon, gazetteer):
    mentions = [mention(0, actor("PER")), mention(2, actor("CHL"))]
    out_of_question = reported_verdict(("out", "out", 5, "prep", "ADP"),
                                       ("of", "of", 6, "prep", "ADP"),
                                       ("the", "the", 9, "det", "DET"),
                                       ("question", "question", 7, "pobj", "NOUN"))
    assert keys(code(out_of_question, mentions, lexicon, gazetteer)) == {("REJECT", "PER",
                                                                          "CHL")}


def test_extract_refusing_to_answer_a_demand_rejects_its_author(lexicon, gazetteer):
    # "Bolivia refused to respond to a demand from Chile." ("refused to respond" alone
    # refuses nothing.)
    doc = parse([("Bolivia", "Bolivia", 1, "nsubj", "PROPN"),
                 ("refused", "refuse", 1, "ROOT", "VERB"),
                 ("to", "to", 3, "aux", "PART"),
                 ("respond", "respond", 1, "xcomp", "VERB"),
                 ("to", "to", 3, "prep", "ADP"),
                 ("a", "a", 6, "det", "DET"),
                 ("demand", "demand", 4, "pobj", "NOUN"),
                 ("from", "from", 6, "prep", "ADP"),
                 ("Chile", "Chile", 7, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("BOL")), mention(8, actor("CHL"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("REJECT", "BOL", "CHL")}


def test_extract_every_listed_allegation_is_hypothetical(lexicon, gazetteer):
    # "Chile accused Peru of arming rebels, defying the court": the second item is
    # parsed as an adverbial clause of "accused"; it is alleged too, not Chile's act.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("accused", "accuse", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"),
                 ("of", "of", 1, "prep", "ADP"),
                 ("arming", "arm", 3, "pcomp", "VERB"),
                 ("rebels", "rebel", 4, "dobj", "NOUN"),
                 (",", ",", 1, "punct", "PUNCT"),
                 ("defying", "defy", 1, "advcl", "VERB"),
                 ("Bolivia", "Bolivia", 7, "dobj", "PROPN")])
    doc[7].tag_ = "VBG"
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")), mention(8, actor("BOL"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert ("ACCUSE", "CHL", "PER") in keys(events)
    assert all(e.hypothetical for e in events if e.event_type == "REJECT")


def test_extract_agentless_investigation_is_by_the_state_where_it_is(lexicon, gazetteer):
    # "Peruvian officials were put under investigation in Chile": Chile investigates them.
    doc = parse([("officials", "official", 2, "nsubjpass", "NOUN"),
                 ("were", "be", 2, "auxpass", "AUX"),
                 ("put", "put", 2, "ROOT", "VERB"),
                 ("under", "under", 2, "prep", "ADP"),
                 ("investigation", "investigation", 3, "pobj", "NOUN"),
                 ("in", "in", 4, "prep", "ADP"),
                 ("Chile", "Chile", 5, "pobj", "PROPN")])
    events = code(doc, [mention(0, actor("PER", sector="GOV"))], lexicon, gazetteer)
    assert ("ACCUSE", "CHL", "PER") in keys(events)


def test_extract_blame_is_an_accusation(lexicon, gazetteer):
    # "Peru holds Chile responsible for the spill."
    doc = parse([("Peru", "Peru", 1, "nsubj", "PROPN"),
                 ("holds", "hold", 1, "ROOT", "VERB"),
                 ("Chile", "Chile", 3, "nsubj", "PROPN"),
                 ("responsible", "responsible", 1, "ccomp", "ADJ"),
                 ("for", "for", 3, "prep", "ADP"),
                 ("the", "the", 6, "det", "DET"),
                 ("spill", "spill", 4, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("PER")), mention(2, actor("CHL"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ACCUSE", "PER", "CHL")}
    # "Peru told Bolivia that Chile was responsible": the one blamed is the target, not
    # the one told.
    doc = parse([("Peru", "Peru", 1, "nsubj", "PROPN"),
                 ("told", "tell", 1, "ROOT", "VERB"),
                 ("Bolivia", "Bolivia", 1, "dobj", "PROPN"),
                 ("that", "that", 5, "mark", "SCONJ"),
                 ("Chile", "Chile", 5, "nsubj", "PROPN"),
                 ("was", "be", 1, "ccomp", "AUX"),
                 ("responsible", "responsible", 5, "acomp", "ADJ"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("PER")), mention(2, actor("BOL")), mention(4, actor("CHL"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ACCUSE", "PER", "CHL")}


def test_extract_asking_someone_to_talk_is_a_request(lexicon, gazetteer):
    doc = parse([("Washington", "Washington", 1, "nsubj", "PROPN"),
                 ("urged", "urge", 1, "ROOT", "VERB"),
                 ("Russia", "Russia", 1, "dobj", "PROPN"),
                 ("and", "and", 2, "cc", "CCONJ"),
                 ("Turkey", "Turkey", 2, "conj", "PROPN"),
                 ("to", "to", 6, "aux", "PART"),
                 ("talk", "talk", 1, "xcomp", "VERB"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("USA")), mention(2, actor("RUS")), mention(4, actor("TUR"))]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert {("REQUEST", "USA", "RUS"), ("REQUEST", "USA", "TUR")} <= found
    # "declined to talk" still refuses nothing.
    doc = parse([("Russia", "Russia", 1, "nsubj", "PROPN"),
                 ("declined", "decline", 1, "ROOT", "VERB"),
                 ("to", "to", 3, "aux", "PART"),
                 ("talk", "talk", 1, "xcomp", "VERB"),
                 (".", ".", 1, "punct", "PUNCT")])
    assert not any(e.event_type == "REJECT" for e in code(doc, [mention(0, actor("RUS"))],
                                                           lexicon, gazetteer))


def test_extract_subject_among_the_objects_was_misread(lexicon, gazetteer):
    # "Obama said Turkey had a right and urged Russia and Turkey to talk".
    doc = parse([("Obama", "Obama", 1, "nsubj", "PROPN"),
                 ("said", "say", 1, "ROOT", "VERB"),
                 ("Turkey", "Turkey", 3, "nsubj", "PROPN"),
                 ("had", "have", 1, "ccomp", "VERB"),
                 ("a", "a", 5, "det", "DET"),
                 ("right", "right", 3, "dobj", "NOUN"),
                 ("and", "and", 3, "cc", "CCONJ"),
                 ("urged", "urge", 3, "conj", "VERB"),
                 ("Russia", "Russia", 7, "dobj", "PROPN"),
                 ("and", "and", 8, "cc", "CCONJ"),
                 ("Turkey", "Turkey", 8, "conj", "PROPN"),
                 ("to", "to", 12, "aux", "PART"),
                 ("talk", "talk", 7, "xcomp", "VERB"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("USA")), mention(2, actor("TUR")), mention(8, actor("RUS")),
                mention(10, actor("TUR"))]
    found = {k for k in keys(code(doc, mentions, lexicon, gazetteer)) if k[0] == "REQUEST"}
    assert found == {("REQUEST", "USA", "RUS"), ("REQUEST", "USA", "TUR")}


def test_extract_protests_with_no_one_named_are_by_the_countrys_civilians(lexicon, gazetteer):
    doc = parse([("Protests", "protest", 1, "nsubj", "NOUN"),
                 ("spread", "spread", 1, "ROOT", "VERB"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("Iran", "Iran", 2, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(3, actor("IRN"))], lexicon, gazetteer)
    assert keys(events) == {("PROTEST", "IRN", "IRN")}
    assert events[0].source.sector == "CVL" and events[0].target.sector == "GOV"


def test_extract_lede_day_dates_the_story_when_no_lede_event_does(lexicon, gazetteer):
    from spacy.tokens import Span

    doc = parse([("Talks", "talk", 1, "nsubj", "NOUN"),
                 ("opened", "open", 1, "ROOT", "VERB"),
                 ("on", "on", 1, "prep", "ADP"),
                 ("Thursday", "Thursday", 2, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT"),
                 ("China", "China", 6, "nsubj", "PROPN"),
                 ("accused", "accuse", 6, "ROOT", "VERB"),
                 ("Washington", "Washington", 6, "dobj", "PROPN"),
                 (".", ".", 6, "punct", "PUNCT")])
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    events = code(doc, [mention(5, actor("CHN")), mention(7, actor("USA"))], lexicon,
                  gazetteer)
    assert [(e.event_type, e.date, e.date_precision) for e in events] == [
        ("ACCUSE", "2024-01-11", "lede")]


def test_extract_lede_day_is_no_day_the_lede_plans_for(lexicon, gazetteer):
    from spacy.tokens import Span

    # "Talks will open on Thursday. China accused Washington.": Thursday is to come (in
    # a Saturday story, not the Thursday gone), so the story is dated by publication.
    doc = parse([("Talks", "talk", 2, "nsubj", "NOUN"),
                 ("will", "will", 2, "aux", "AUX"),
                 ("open", "open", 2, "ROOT", "VERB"),
                 ("on", "on", 2, "prep", "ADP"),
                 ("Thursday", "Thursday", 3, "pobj", "PROPN"),
                 (".", ".", 2, "punct", "PUNCT"),
                 ("China", "China", 7, "nsubj", "PROPN"),
                 ("accused", "accuse", 7, "ROOT", "VERB"),
                 ("Washington", "Washington", 7, "dobj", "PROPN"),
                 (".", ".", 7, "punct", "PUNCT")])
    doc.ents = [Span(doc, 4, 5, label="DATE")]
    events = code(doc, [mention(6, actor("CHN")), mention(8, actor("USA"))], lexicon,
                  gazetteer)
    assert [(e.event_type, e.date, e.date_precision) for e in events] == [
        ("ACCUSE", "2024-01-13", "published")]


def test_extract_aim_of_an_act_is_not_a_second_act(lexicon, gazetteer):
    # "Taiwan dispatched troops to defend Penghu": the defence is the deployment's aim.
    doc = parse([("Taiwan", "Taiwan", 1, "nsubj", "PROPN"),
                 ("dispatched", "dispatch", 1, "ROOT", "VERB"),
                 ("troops", "troop", 1, "dobj", "NOUN"),
                 ("to", "to", 4, "aux", "PART"),
                 ("defend", "defend", 1, "advcl", "VERB"),
                 ("Japan", "Japan", 4, "dobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    doc[4].tag_ = "VB"
    events = code(doc, [mention(0, actor("TWN")), mention(5, actor("JPN"))], lexicon,
                  gazetteer)
    assert all(e.hypothetical for e in events if e.trigger == "defend")
    assert any(e.trigger == "defend" for e in events)
    # After a verb that is no event, the purpose is the event: "gathered in the square
    # to protest".
    doc = parse([("Workers", "worker", 1, "nsubj", "NOUN"),
                 ("gathered", "gather", 1, "ROOT", "VERB"),
                 ("outside", "outside", 1, "advmod", "ADV"),
                 ("to", "to", 4, "aux", "PART"),
                 ("protest", "protest", 1, "advcl", "VERB"),
                 (".", ".", 1, "punct", "PUNCT")])
    doc[4].tag_ = "VB"
    events = code(doc, [mention(0, actor("PSE", "CVL", "Workers"))], lexicon, gazetteer)
    assert [(e.event_type, e.hypothetical) for e in events] == [("PROTEST", False)]


def test_extract_obligation_laid_on_another_is_a_request(lexicon, gazetteer):
    # "Japan said Seoul must lift the ban": Japan asks it of Seoul; the lifting is not done.
    doc = parse([("Japan", "Japan", 1, "nsubj", "PROPN"),
                 ("said", "say", 1, "ROOT", "VERB"),
                 ("Seoul", "Seoul", 4, "nsubj", "PROPN"),
                 ("must", "must", 4, "aux", "AUX"),
                 ("withdraw", "withdraw", 1, "ccomp", "VERB"),
                 ("from", "from", 4, "prep", "ADP"),
                 ("Kaesong", "Kaesong", 5, "pobj", "PROPN")])
    mentions = [mention(0, actor("JPN")), mention(2, actor("KOR")),
                mention(6, actor("PRK"))]
    flags = {(e.event_type, e.source.code, e.target.code if e.target else None): e.hypothetical
             for e in code(doc, mentions, lexicon, gazetteer)}
    assert flags[("REQUEST", "JPN", "KOR")] is False
    assert all(hypothetical for key, hypothetical in flags.items() if key[0] == "RETREAT")


def test_extract_purpose_of_an_obliged_act_is_not_done(lexicon, gazetteer):
    # "Japan said Seoul must ensure security to allow aid in": neither the ensuring nor
    # the allowing is reported as done.
    rows = [("Japan", "Japan", 1, "nsubj", "PROPN", "NNP"),
            ("said", "say", 1, "ROOT", "VERB", "VBD"),
            ("Seoul", "Seoul", 4, "nsubj", "PROPN", "NNP"), ("must", "must", 4, "aux", "AUX", "MD"),
            ("ensure", "ensure", 1, "ccomp", "VERB", "VB"),
            ("security", "security", 4, "dobj", "NOUN", "NN"),
            ("to", "to", 7, "aux", "PART", "TO"), ("allow", "allow", 4, "advcl", "VERB", "VB"),
            ("aid", "aid", 7, "dobj", "NOUN", "NN"), ("in", "in", 7, "prt", "ADP", "RP")]
    words, lemmas, heads, deps, pos, tags = zip(*rows, strict=True)
    doc = Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
              deps=list(deps), pos=list(pos), tags=list(tags))
    mentions = [mention(0, actor("JPN")), mention(2, actor("KOR"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert ("REQUEST", "JPN", "KOR") in keys(events)
    assert all(e.hypothetical for e in events if e.event_type != "REQUEST"), events


def test_extract_act_waiting_on_an_obliged_act_is_not_done(lexicon, gazetteer):
    # "Japan said Seoul must free them before Pyongyang withdraws": the withdrawal waits.
    rows = [("Japan", "Japan", 1, "nsubj", "PROPN", "NNP"),
            ("said", "say", 1, "ROOT", "VERB", "VBD"),
            ("Seoul", "Seoul", 4, "nsubj", "PROPN", "NNP"), ("must", "must", 4, "aux", "AUX", "MD"),
            ("free", "free", 1, "ccomp", "VERB", "VB"), ("them", "they", 4, "dobj", "PRON", "PRP"),
            ("before", "before", 8, "mark", "SCONJ", "IN"),
            ("Pyongyang", "Pyongyang", 8, "nsubj", "PROPN", "NNP"),
            ("withdraws", "withdraw", 4, "advcl", "VERB", "VBZ")]
    words, lemmas, heads, deps, pos, tags = zip(*rows, strict=True)
    doc = Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
              deps=list(deps), pos=list(pos), tags=list(tags))
    mentions = [mention(0, actor("JPN")), mention(2, actor("KOR")), mention(7, actor("PRK"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert ("REQUEST", "JPN", "KOR") in keys(events)
    assert all(e.hypothetical for e in events if e.event_type == "RETREAT"), events
    assert any(e.source.code == "PRK" for e in events if e.event_type == "RETREAT"), events


def test_extract_obligation_on_own_side_is_no_request(lexicon, gazetteer):
    # "Beijing said the two countries should cooperate": Beijing is one of them.
    doc = parse([("Beijing", "Beijing", 1, "nsubj", "PROPN"),
                 ("said", "say", 1, "ROOT", "VERB"),
                 ("countries", "country", 4, "nsubj", "NOUN"),
                 ("should", "should", 4, "aux", "AUX"),
                 ("resist", "resist", 1, "ccomp", "VERB"),
                 ("pressure", "pressure", 4, "dobj", "NOUN")])
    mentions = [mention(0, actor("CHN")),
                mention(2, actor("CHN"), actor("KOR"), kind="description")]
    assert not any(e.event_type == "REQUEST" for e in code(doc, mentions, lexicon, gazetteer))


def test_extract_obligation_on_the_us_is_a_request(lexicon, gazetteer):
    # "Peru said the US must act": "US" names the United States, not the pronoun "us".
    doc = parse([("Peru", "Peru", 1, "nsubj", "PROPN"),
                 ("said", "say", 1, "ROOT", "VERB"),
                 ("the", "the", 3, "det", "DET"),
                 ("US", "US", 5, "nsubj", "PROPN"),
                 ("must", "must", 5, "aux", "AUX"),
                 ("withdraw", "withdraw", 1, "ccomp", "VERB")])
    events = code(doc, [mention(0, actor("PER")), mention(3, actor("USA"))], lexicon,
                  gazetteer)
    assert ("REQUEST", "PER", "USA") in {
        (e.event_type, e.source.code, e.target and e.target.code) for e in events}


def test_extract_speaker_parsed_under_its_participle(lexicon, gazetteer):
    # "The Red Cross operating in Chad said Sudan must ...": the parser makes
    # "operating" the subject and "Cross" its subject; the Red Cross speaks, not Chad.
    doc = parse([("Cross", "Cross", 1, "nsubj", "PROPN"),
                 ("operating", "operate", 4, "nsubj", "VERB"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("Chad", "Chad", 2, "pobj", "PROPN"),
                 ("said", "say", 4, "ROOT", "VERB"),
                 ("Sudan", "Sudan", 7, "nsubj", "PROPN"),
                 ("must", "must", 7, "aux", "AUX"),
                 ("withdraw", "withdraw", 4, "ccomp", "VERB")])
    doc[1].tag_ = "VBG"
    mentions = [mention(0, Actor(text="Red Cross", name="ICRC", org="ICRC", sector="NGO")),
                mention(3, actor("TCD")), mention(5, actor("SDN"))]
    assert ("REQUEST", "ICRC", "SDN") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_demand_noun_is_made_of_its_clause_subject(lexicon, gazetteer):
    # "Chile insisted on its demand that Peru withdraw": the parser hangs the "that"
    # clause on the noun; Peru is the one asked.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("insisted", "insist", 1, "ROOT", "VERB"),
                 ("on", "on", 1, "prep", "ADP"),
                 ("its", "its", 4, "poss", "PRON"),
                 ("demand", "demand", 2, "pobj", "NOUN"),
                 ("that", "that", 7, "mark", "SCONJ"),
                 ("Peru", "Peru", 7, "nsubj", "PROPN"),
                 ("withdraw", "withdraw", 4, "acl", "VERB")])
    events = code(doc, [mention(0, actor("CHL")), mention(3, actor("CHL"), kind="pronoun"),
                        mention(6, actor("PER"))], lexicon, gazetteer)
    assert ("REQUEST", "CHL", "PER") in keys(events)


def test_extract_declared_obligation_is_a_request(lexicon, gazetteer):
    # "Chile declared that Peru must withdraw": declaring, like saying, lays it on Peru.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("declared", "declare", 1, "ROOT", "VERB"),
                 ("that", "that", 5, "mark", "SCONJ"),
                 ("Peru", "Peru", 5, "nsubj", "PROPN"),
                 ("must", "must", 5, "aux", "AUX"),
                 ("withdraw", "withdraw", 1, "ccomp", "VERB")])
    events = code(doc, [mention(0, actor("CHL")), mention(3, actor("PER"))], lexicon,
                  gazetteer)
    assert ("REQUEST", "CHL", "PER") in {
        (e.event_type, e.source.code, e.target and e.target.code) for e in events}


def test_extract_obligation_in_an_issued_message_is_a_request(lexicon, gazetteer):
    # "Chile issued a reminder to Peru that it must withdraw": "it" is the recipient.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("issued", "issue", 1, "ROOT", "VERB"),
                 ("a", "a", 3, "det", "DET"),
                 ("reminder", "reminder", 1, "dobj", "NOUN"),
                 ("to", "to", 1, "prep", "ADP"),
                 ("Peru", "Peru", 4, "pobj", "PROPN"),
                 ("that", "that", 9, "mark", "SCONJ"),
                 ("it", "it", 9, "nsubj", "PRON"),
                 ("must", "must", 9, "aux", "AUX"),
                 ("withdraw", "withdraw", 3, "acl", "VERB")])
    events = code(doc, [mention(0, actor("CHL")), mention(5, actor("PER"))], lexicon,
                  gazetteer)
    assert ("REQUEST", "CHL", "PER") in {
        (e.event_type, e.source.code, e.target and e.target.code) for e in events}
    # "Chile issued a statement that we must ...": a speaker obliging itself asks nothing
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("issued", "issue", 1, "ROOT", "VERB"),
                 ("a", "a", 3, "det", "DET"),
                 ("statement", "statement", 1, "dobj", "NOUN"),
                 ("that", "that", 7, "mark", "SCONJ"),
                 ("we", "we", 7, "nsubj", "PRON"),
                 ("must", "must", 7, "aux", "AUX"),
                 ("withdraw", "withdraw", 3, "acl", "VERB")])
    assert not any(e.event_type == "REQUEST"
                   for e in code(doc, [mention(0, actor("CHL"))], lexicon, gazetteer))


def test_extract_naming_a_strike_is_no_call_for_one(lexicon, gazetteer):
    # "Ankara called the strikes a provocation": a verdict on the strikes, not a call
    # for a labour strike (as "the union called a strike" is).
    doc = parse([("Ankara", "Ankara", 1, "nsubj", "PROPN"),
                 ("called", "call", 1, "ROOT", "VERB"),
                 ("the", "the", 3, "det", "DET"),
                 ("strikes", "strike", 1, "dobj", "NOUN"),
                 ("a", "a", 5, "det", "DET"),
                 ("provocation", "provocation", 1, "oprd", "NOUN")])
    events = code(doc, [mention(0, actor("TUR"))], lexicon, gazetteer)
    assert not any(e.event_type == "PROTEST" for e in events)


def test_extract_preparing_an_attack_is_mobilisation(lexicon, gazetteer):
    # "Chad prepared to resume shelling Sudan": readiness shown, the shelling yet to come.
    doc = parse([("Chad", "Chad", 1, "nsubj", "PROPN"),
                 ("prepared", "prepare", 1, "ROOT", "VERB"),
                 ("to", "to", 3, "aux", "PART"),
                 ("resume", "resume", 1, "xcomp", "VERB"),
                 ("shelling", "shell", 3, "xcomp", "VERB"),
                 ("Sudan", "Sudan", 4, "dobj", "PROPN")])
    doc[3].tag_ = "VB"
    events = code(doc, [mention(0, actor("TCD", "MIL")), mention(5, actor("SDN"))],
                  lexicon, gazetteer)
    found = {(e.event_type, e.source.code, e.target and e.target.code, e.hypothetical)
             for e in events}
    assert ("MOBILIZE", "TCD", "SDN", False) in found
    assert ("ASSAULT", "TCD", "SDN", False) not in found


@pytest.mark.parametrize(("auxiliary", "threat"), [("will", True), (None, False)])
def test_extract_measures_announced_against_someone_are_a_threat(lexicon, gazetteer,
                                                                   auxiliary, threat):
    # "Chile will take measures against Peru" threatens; "Chile took measures" does not.
    rows = [("Chile", "Chile", 2, "nsubj", "PROPN"),
            ("will", "will", 2, "aux", "AUX"),
            ("take", "take", 2, "ROOT", "VERB"),
            ("measures", "measure", 2, "dobj", "NOUN"),
            ("against", "against", 3, "prep", "ADP"),
            ("Peru", "Peru", 4, "pobj", "PROPN")]
    if auxiliary is None:
        rows = [rows[0][:2] + (1, "nsubj", "PROPN")] + [
            (w, lem, h - 1, d, p) for w, lem, h, d, p in rows[2:]]
    doc = parse(rows)
    peru = 5 if auxiliary else 4
    events = code(doc, [mention(0, actor("CHL")), mention(peru, actor("PER"))], lexicon,
                  gazetteer)
    found = ("THREATEN", "CHL", "PER") in {
        (e.event_type, e.source.code, e.target and e.target.code) for e in events}
    assert found is threat


def test_extract_call_for_a_clause_is_a_request(lexicon):
    # "Chile called for the vote to be postponed": "for" parsed as the clause's marker.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("called", "call", 1, "ROOT", "VERB"),
                 ("for", "for", 7, "mark", "SCONJ"),
                 ("the", "the", 4, "det", "DET"),
                 ("vote", "vote", 7, "nsubjpass", "NOUN"),
                 ("to", "to", 7, "aux", "PART"),
                 ("be", "be", 7, "auxpass", "AUX"),
                 ("postponed", "postpone", 1, "advcl", "VERB")])
    found = [(p.trigger.text, p.sense.event_type) for p in find_predicates(doc[:], lexicon)]
    assert ("called", "REQUEST") in found


def test_extract_condemned_attack_with_a_named_maker_is_its_own_event(lexicon):
    # "Oman condemned a Saudi strike on Sanaa": the strike, made by someone named, is
    # an ASSAULT besides the ACCUSE; "Oman condemned the strike" restates the accusation
    rows = [("Oman", "Oman", 1, "nsubj", "PROPN"),
            ("condemned", "condemn", 1, "ROOT", "VERB"),
            ("a", "a", 4, "det", "DET"),
            ("Saudi", "saudi", 4, "amod", "ADJ"),
            ("strike", "strike", 1, "dobj", "NOUN"),
            ("on", "on", 4, "prep", "ADP"),
            ("Sanaa", "Sanaa", 5, "pobj", "PROPN")]
    words, lemmas, heads, deps, pos = zip(*rows, strict=True)
    doc = Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
              deps=list(deps), pos=list(pos),
              ents=["B-GPE", "O", "O", "B-NORP", "O", "O", "B-GPE"])
    found = {(p.trigger.text, p.sense.event_type) for p in find_predicates(doc[:], lexicon)}
    assert found == {("condemned", "ACCUSE"), ("strike", "ASSAULT")}
    doc = parse([("Oman", "Oman", 1, "nsubj", "PROPN"),
                 ("condemned", "condemn", 1, "ROOT", "VERB"),
                 ("the", "the", 3, "det", "DET"),
                 ("strike", "strike", 1, "dobj", "NOUN")])
    found = {(p.trigger.text, p.sense.event_type) for p in find_predicates(doc[:], lexicon)}
    assert found == {("condemned", "ACCUSE")}


def test_extract_rejected_call_answers_its_author(lexicon, gazetteer):
    # "Ankara rejected calls by Athens for talks": the calls are Athens's.
    doc = parse([("Ankara", "Ankara", 1, "nsubj", "PROPN"),
                 ("rejected", "reject", 1, "ROOT", "VERB"),
                 ("calls", "call", 1, "dobj", "NOUN"),
                 ("by", "by", 2, "prep", "ADP"),
                 ("Athens", "Athens", 3, "pobj", "PROPN")])
    mentions = [mention(0, actor("TUR")), mention(4, actor("GRC"))]
    assert ("REJECT", "TUR", "GRC") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_conditional_harm_is_a_threat(lexicon, gazetteer):
    # "Chile will withdraw its troops from Haiti unless the talks resume."
    doc = parse([("Chile", "Chile", 2, "nsubj", "PROPN"),
                 ("will", "will", 2, "aux", "AUX"),
                 ("withdraw", "withdraw", 2, "ROOT", "VERB"),
                 ("troops", "troop", 2, "dobj", "NOUN"),
                 ("from", "from", 2, "prep", "ADP"),
                 ("Haiti", "Haiti", 4, "pobj", "PROPN"),
                 ("unless", "unless", 8, "mark", "SCONJ"),
                 ("talks", "talk", 8, "nsubj", "NOUN"),
                 ("resume", "resume", 2, "advcl", "VERB")])
    mentions = [mention(0, actor("CHL")), mention(5, actor("HTI"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert ("THREATEN", "CHL", "HTI") in keys(events)
    assert not any(e.event_type == "RETREAT" for e in events)
    # Without the condition the withdrawal is announced as firm.
    doc = parse([("Chile", "Chile", 2, "nsubj", "PROPN"),
                 ("will", "will", 2, "aux", "AUX"),
                 ("withdraw", "withdraw", 2, "ROOT", "VERB"),
                 ("troops", "troop", 2, "dobj", "NOUN"),
                 ("from", "from", 2, "prep", "ADP"),
                 ("Haiti", "Haiti", 4, "pobj", "PROPN")])
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("RETREAT", "CHL", "HTI")}


@pytest.mark.parametrize(("modal", "verb", "obj", "obj_lemma", "mark", "threat"), [
    ("may", "close", "border", "border", "if", True),  # "may close its border to Peru if"
    ("may", "halt", "aid", "aid", "unless", True),  # "may halt its aid to Peru unless"
    ("may", "expel", "diplomats", "diplomat", "if", True),
    ("could", "expel", "diplomats", "diplomat", "if", False),  # speculation, no warning
])
def test_extract_harm_a_side_may_do_on_a_condition_is_its_threat(
        lexicon, gazetteer, modal, verb, obj, obj_lemma, mark, threat):
    # "Chile may close its border to Peru if fighting continues."
    doc = parse([("Chile", "Chile", 2, "nsubj", "PROPN"), (modal, modal, 2, "aux", "AUX"),
                 (verb, verb, 2, "ROOT", "VERB"), ("its", "its", 4, "poss", "PRON"),
                 (obj, obj_lemma, 2, "dobj", "NOUN"), ("to", "to", 2, "prep", "ADP"),
                 ("Peru", "Peru", 5, "pobj", "PROPN"), (mark, mark, 9, "mark", "SCONJ"),
                 ("fighting", "fighting", 9, "nsubj", "NOUN"),
                 ("continues", "continue", 2, "advcl", "VERB")])
    events = code(doc, [mention(0, actor("CHL")), mention(6, actor("PER"))], lexicon, gazetteer)
    threats = [e for e in events if e.event_type == "THREATEN"]
    assert bool(threats) is threat
    assert all(not e.hypothetical and e.target.code == "PER" for e in threats)


def test_extract_threat_a_side_may_make_stays_speculation(lexicon, gazetteer):
    # "Chile may threaten Peru": no condition set, only a possible threat
    doc = parse([("Chile", "Chile", 2, "nsubj", "PROPN"), ("may", "may", 2, "aux", "AUX"),
                 ("threaten", "threaten", 2, "ROOT", "VERB"), ("Peru", "Peru", 2, "dobj", "PROPN")])
    events = code(doc, [mention(0, actor("CHL")), mention(3, actor("PER"))], lexicon, gazetteer)
    threats = [e for e in events if e.event_type == "THREATEN"]
    assert threats and all(e.hypothetical for e in threats)


def test_extract_clause_after_passive_is_the_agents(lexicon, gazetteer):
    # "A convoy was ambushed by Sudanese militiamen, killing five Chadians."
    doc = parse([("convoy", "convoy", 2, "nsubjpass", "NOUN"),
                 ("was", "be", 2, "auxpass", "AUX"),
                 ("ambushed", "ambush", 2, "ROOT", "VERB"),
                 ("by", "by", 2, "agent", "ADP"),
                 ("militiamen", "militiaman", 3, "pobj", "NOUN"),
                 ("killing", "kill", 2, "advcl", "VERB"),
                 ("Chadians", "Chadian", 5, "dobj", "PROPN")])
    mentions = [mention(4, actor("SDN", "REB", "militiamen")),
                mention(6, actor("TCD", "CVL", "Chadians"))]
    assert ("ASSAULT", "SDN", "TCD") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_readiness_announces_intent(lexicon, gazetteer):
    # "Kenya is ready to send aid to Somalia": an intent to cooperate (AGREE), the
    # sending not yet done.
    doc = parse([("Kenya", "Kenya", 1, "nsubj", "PROPN"),
                 ("is", "be", 1, "ROOT", "AUX"),
                 ("ready", "ready", 1, "acomp", "ADJ"),
                 ("to", "to", 4, "aux", "PART"),
                 ("send", "send", 2, "xcomp", "VERB"),
                 ("aid", "aid", 4, "dobj", "NOUN"),
                 ("to", "to", 4, "prep", "ADP"),
                 ("Somalia", "Somalia", 6, "pobj", "PROPN")])
    mentions = [mention(0, actor("KEN")), mention(7, actor("SOM"))]
    flags = {(e.event_type, e.source.code, e.target.code): e.hypothetical
             for e in code(doc, mentions, lexicon, gazetteer)}
    assert flags[("AGREE", "KEN", "SOM")] is False
    assert all(hypothetical for key, hypothetical in flags.items() if key[0] != "AGREE")
    # Readiness for force is a threat: "the junta is prepared to arrest the protesters".
    doc = parse([("junta", "junta", 1, "nsubj", "NOUN"),
                 ("is", "be", 1, "ROOT", "AUX"),
                 ("prepared", "prepared", 1, "acomp", "ADJ"),
                 ("to", "to", 4, "aux", "PART"),
                 ("arrest", "arrest", 2, "xcomp", "VERB"),
                 ("protesters", "protester", 4, "dobj", "NOUN")])
    mentions = [mention(0, actor("MMR", "MIL", "junta")),
                mention(5, actor("MMR", "CVL", "protesters"))]
    assert ("THREATEN", False) in {(e.event_type, e.hypothetical)
                                   for e in code(doc, mentions, lexicon, gazetteer)}


def test_extract_requested_measure_names_its_target(lexicon, gazetteer):
    # "Canada called for sanctions against Belarus."
    doc = parse([("Canada", "Canada", 1, "nsubj", "PROPN"),
                 ("called", "call", 1, "ROOT", "VERB"),
                 ("for", "for", 1, "prep", "ADP"),
                 ("sanctions", "sanction", 2, "pobj", "NOUN"),
                 ("against", "against", 3, "prep", "ADP"),
                 ("Belarus", "Belarus", 4, "pobj", "PROPN")])
    mentions = [mention(0, actor("CAN")), mention(5, actor("BLR"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("REQUEST", "CAN", "BLR")}


def test_extract_up_to_a_number_is_the_object(lexicon, gazetteer):
    # "Gunmen abducted up to 30 Nigerian pupils": "up to" is parsed as particle + prep.
    doc = parse([("Gunmen", "gunman", 1, "nsubj", "NOUN"),
                 ("abducted", "abduct", 1, "ROOT", "VERB"),
                 ("up", "up", 1, "prt", "ADP"),
                 ("to", "to", 2, "prep", "ADP"),
                 ("30", "30", 5, "nummod", "NUM"),
                 ("pupils", "pupil", 3, "pobj", "NOUN")])
    mentions = [mention(0, actor("NGA", "REB", "gunmen")),
                mention(5, actor("NGA", "CVL", "pupils"))]
    assert ("ASSAULT", "NGA", "NGA") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_two_people_of_one_government_are_two_actors(lexicon, gazetteer):
    # "Lula praised Haddad": both Brazilian government, still a dyad.
    doc = parse([("Lula", "Lula", 1, "nsubj", "PROPN"),
                 ("praised", "praise", 1, "ROOT", "VERB"),
                 ("Haddad", "Haddad", 1, "dobj", "PROPN")])
    mentions = [mention(0, actor("BRA", name="Lula")), mention(2, actor("BRA", name="Haddad"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("SUPPORT", "BRA", "BRA")}
    # A person and their own state are one side: "Lula praised Brazil".
    state = Actor(text="Brazil", name="Brazil", country="BRA", sector="GOV", kb_id="BRA")
    mentions = [mention(0, actor("BRA", name="Lula")), mention(2, state)]
    assert not any(e.event_type == "SUPPORT" and e.target and e.target.country == "BRA"
                   and e.target.name == "Brazil"
                   for e in code(doc, mentions, lexicon, gazetteer))


def test_extract_means_is_no_controller(lexicon, gazetteer):
    # "Kenyan police used tear gas to disperse protesters": the police disperse them.
    doc = parse([("police", "police", 1, "nsubj", "NOUN"),
                 ("used", "use", 1, "ROOT", "VERB"),
                 ("gas", "gas", 1, "dobj", "NOUN"),
                 ("to", "to", 4, "aux", "PART"),
                 ("disperse", "disperse", 1, "xcomp", "VERB"),
                 ("protesters", "protester", 4, "dobj", "NOUN")])
    mentions = [mention(0, actor("KEN", "COP", "police")),
                mention(5, actor("KEN", "CVL", "protesters"))]
    assert ("COERCE", "KEN", "KEN") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_target_behind_a_noun_and_preposition(lexicon, gazetteer):
    # "Oslo cancelled a visit to Riyadh": the visit's destination is the target.
    doc = parse([("Oslo", "Oslo", 1, "nsubj", "PROPN"),
                 ("cancelled", "cancel", 1, "ROOT", "VERB"),
                 ("visit", "visit", 1, "dobj", "NOUN"),
                 ("to", "to", 2, "prep", "ADP"),
                 ("Riyadh", "Riyadh", 3, "pobj", "PROPN")])
    mentions = [mention(0, actor("NOR")), mention(4, actor("SAU"))]
    assert ("NOR", "SAU") in {(e.source.code, e.target.code)
                              for e in code(doc, mentions, lexicon, gazetteer) if e.target}
    # "Egypt refused entry to Sudanese refugees"; "Chile complained over Peruvian raids".
    doc = parse([("Egypt", "Egypt", 1, "nsubj", "PROPN"),
                 ("refused", "refuse", 1, "ROOT", "VERB"),
                 ("entry", "entry", 1, "dobj", "NOUN"),
                 ("to", "to", 1, "prep", "ADP"),
                 ("refugees", "refugee", 3, "pobj", "NOUN")])
    mentions = [mention(0, actor("EGY")), mention(4, actor("SDN", "REF", "refugees"))]
    assert ("REJECT", "EGY", "SDN") in keys(code(doc, mentions, lexicon, gazetteer))
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("complained", "complain", 1, "ROOT", "VERB"),
                 ("over", "over", 1, "prep", "ADP"),
                 ("raids", "raid", 2, "pobj", "NOUN")])
    mentions = [mention(0, actor("CHL")), mention(3, actor("PER", "MIL", "raids"))]
    assert ("ACCUSE", "CHL", "PER") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_what_is_demanded_is_not_done(lexicon, gazetteer):
    # "Unions demanded that the government lift the curfew."
    doc = parse([("Unions", "union", 1, "nsubj", "NOUN"),
                 ("demanded", "demand", 1, "ROOT", "VERB"),
                 ("that", "that", 4, "mark", "SCONJ"),
                 ("government", "government", 4, "nsubj", "NOUN"),
                 ("lift", "lift", 1, "ccomp", "VERB"),
                 ("curfew", "curfew", 4, "dobj", "NOUN")])
    mentions = [mention(0, actor("TUN", "LAB", "unions")), mention(3, actor("TUN"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert ("REQUEST", "TUN", "TUN") in keys(events)
    assert all(e.hypothetical for e in events if e.event_type != "REQUEST")
    assert any(e.event_type != "REQUEST" for e in events)


def test_extract_refused_permission_is_refused_to_those_not_let(lexicon, gazetteer):
    # "Chad refused to let Sudanese planes land": refused to Sudan, whose planes they are.
    doc = parse([("Chad", "Chad", 1, "nsubj", "PROPN"),
                 ("refused", "refuse", 1, "ROOT", "VERB"),
                 ("to", "to", 3, "aux", "PART"),
                 ("let", "let", 1, "xcomp", "VERB"),
                 ("Sudanese", "sudanese", 5, "amod", "ADJ"),
                 ("planes", "plane", 6, "nsubj", "NOUN"),
                 ("land", "land", 3, "ccomp", "VERB")])
    events = code(doc, [mention(0, actor("TCD")), mention(4, actor("SDN"), end=6, head=5)],
                  lexicon, gazetteer)
    assert ("REJECT", "TCD", "SDN") in keys(events)


def test_extract_request_for_a_clause_is_made_of_its_subject(lexicon, gazetteer):
    # "Chile pressed for Peru to withdraw": "for" is parsed as the marker of an
    # adverbial clause; Peru is the one asked.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("pressed", "press", 1, "ROOT", "VERB"),
                 ("for", "for", 5, "mark", "SCONJ"),
                 ("Peru", "Peru", 5, "nsubj", "PROPN"),
                 ("to", "to", 5, "aux", "PART"),
                 ("withdraw", "withdraw", 1, "advcl", "VERB")])
    events = code(doc, [mention(0, actor("CHL")), mention(3, actor("PER"))], lexicon,
                  gazetteer)
    assert ("REQUEST", "CHL", "PER") in keys(events)


def test_extract_stance_participle_is_its_subject_opposing(lexicon, gazetteer):
    # "Chile is opposed to Peruvian mediation": Chile opposes, Peru is who would mediate;
    # no passive with Chile as the one opposed.
    doc = parse([("Chile", "Chile", 2, "nsubjpass", "PROPN"),
                 ("is", "be", 2, "auxpass", "AUX"),
                 ("opposed", "oppose", 2, "ROOT", "VERB"),
                 ("to", "to", 2, "prep", "ADP"),
                 ("Peruvian", "peruvian", 5, "amod", "ADJ"),
                 ("mediation", "mediation", 3, "pobj", "NOUN")])
    doc[2].tag_ = "VBN"
    events = code(doc, [mention(0, actor("CHL")), mention(4, actor("PER"), end=6, head=5)],
                  lexicon, gazetteer)
    assert keys(events) == {("REJECT", "CHL", "PER")}


def test_extract_reneging_is_refused_to_whom_it_was_promised(lexicon, gazetteer):
    # "Chile reneged on its pledge to Peru": a refusal of what Peru was promised.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("reneged", "renege", 1, "ROOT", "VERB"),
                 ("on", "on", 1, "prep", "ADP"),
                 ("its", "its", 4, "poss", "PRON"),
                 ("pledge", "pledge", 2, "pobj", "NOUN"),
                 ("to", "to", 4, "prep", "ADP"),
                 ("Peru", "Peru", 5, "pobj", "PROPN")])
    events = code(doc, [mention(0, actor("CHL")), mention(3, actor("CHL"), kind="pronoun"),
                        mention(6, actor("PER"))], lexicon, gazetteer)
    assert ("REJECT", "CHL", "PER") in keys(events)


def test_extract_rejection_answers_the_proposal_author(lexicon, gazetteer):
    # "Chile rejected an OAS resolution drafted by Peru": Peru is answered, not the OAS.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("rejected", "reject", 1, "ROOT", "VERB"),
                 ("an", "an", 4, "det", "DET"),
                 ("OAS", "OAS", 4, "compound", "PROPN"),
                 ("resolution", "resolution", 1, "dobj", "NOUN"),
                 ("drafted", "draft", 4, "acl", "VERB"),
                 ("by", "by", 5, "agent", "ADP"),
                 ("Peru", "Peru", 6, "pobj", "PROPN")])
    doc[5].tag_ = "VBN"
    oas = Actor(text="OAS", name="OAS", org="OAS", sector="IGO")
    events = code(doc, [mention(0, actor("CHL")), mention(3, oas), mention(7, actor("PER"))],
                  lexicon, gazetteer)
    assert keys(events) == {("REJECT", "CHL", "PER")}
    # "rejected a plan from Peru": "from" names a proposal's author
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("rejected", "reject", 1, "ROOT", "VERB"),
                 ("an", "an", 4, "det", "DET"),
                 ("OAS", "OAS", 4, "compound", "PROPN"),
                 ("plan", "plan", 1, "dobj", "NOUN"),
                 ("from", "from", 4, "prep", "ADP"),
                 ("Peru", "Peru", 5, "pobj", "PROPN")])
    events = code(doc, [mention(0, actor("CHL")), mention(3, oas), mention(6, actor("PER"))],
                  lexicon, gazetteer)
    assert keys(events) == {("REJECT", "CHL", "PER")}


def test_extract_refusal_is_aimed_at_whom_the_refused_thing_is_for(lexicon, gazetteer):
    # "Chile refused visas for Peruvian journalists": refused to the journalists.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("refused", "refuse", 1, "ROOT", "VERB"),
                 ("visas", "visa", 1, "dobj", "NOUN"),
                 ("for", "for", 2, "prep", "ADP"),
                 ("Peruvian", "peruvian", 5, "amod", "ADJ"),
                 ("journalists", "journalist", 3, "pobj", "NOUN")])
    events = code(doc, [mention(0, actor("CHL")),
                        mention(4, actor("PER", sector="JRN"), end=6, head=5)],
                  lexicon, gazetteer)
    assert ("REJECT", "CHL", "PER") in keys(events)


def test_extract_announced_refusal_is_a_rejection(lexicon, gazetteer):
    # "Quito will not extradite him to Lima": a refusal that happened (REJECT), not an
    # extradition that did not.
    doc = parse([("Quito", "Quito", 3, "nsubj", "PROPN"),
                 ("will", "will", 3, "aux", "AUX"),
                 ("not", "not", 3, "neg", "PART"),
                 ("extradite", "extradite", 3, "ROOT", "VERB"),
                 ("him", "he", 3, "dobj", "PRON"),
                 ("to", "to", 3, "prep", "ADP"),
                 ("Lima", "Lima", 5, "pobj", "PROPN")])
    mentions = [mention(0, actor("ECU")), mention(6, actor("PER"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert [(e.event_type, e.source.code, e.target.code, e.negated) for e in events] == [
        ("REJECT", "ECU", "PER", False)]
    # In the past it is only a negated act: "Quito did not extradite him to Lima".
    doc = parse([("Quito", "Quito", 3, "nsubj", "PROPN"),
                 ("did", "do", 3, "aux", "AUX"),
                 ("not", "not", 3, "neg", "PART"),
                 ("extradite", "extradite", 3, "ROOT", "VERB"),
                 ("him", "he", 3, "dobj", "PRON"),
                 ("to", "to", 3, "prep", "ADP"),
                 ("Lima", "Lima", 5, "pobj", "PROPN")])
    events = code(doc, mentions, lexicon, gazetteer)
    assert all(e.negated and e.event_type != "REJECT" for e in events)


def test_extract_strike_by_workers_is_a_protest(lexicon, gazetteer):
    # "Dockers began a strike": a work stoppage, not an attack.
    doc = parse([("Dockers", "docker", 1, "nsubj", "NOUN"),
                 ("began", "begin", 1, "ROOT", "VERB"),
                 ("a", "a", 3, "det", "DET"),
                 ("strike", "strike", 1, "dobj", "NOUN")])
    events = code(doc, [mention(0, actor("CHL", "LAB", "dockers"))], lexicon, gazetteer)
    assert keys(events) == {("PROTEST", "CHL", "CHL")}
    assert events[0].mode == "strike"


def test_extract_operations_of_a_company_are_no_attack(lexicon, gazetteer):
    # "The firm expanded its operations in Ghana": business; the army's are an attack.
    rows = [("The", "the", 1, "det", "DET"), ("firm", "firm", 2, "nsubj", "NOUN"),
            ("expanded", "expand", 2, "ROOT", "VERB"), ("its", "its", 4, "poss", "PRON"),
            ("operations", "operation", 2, "dobj", "NOUN"), ("in", "in", 4, "prep", "ADP"),
            ("Ghana", "Ghana", 5, "pobj", "PROPN")]
    firm = [mention(1, actor("NGA", "BUS", "firm")), mention(6, actor("GHA"))]
    assert keys(code(parse(rows), firm, lexicon, gazetteer)) == set()
    army = [mention(1, actor("NGA", "MIL", "army")), mention(6, actor("GHA"))]
    assert keys(code(parse(rows), army, lexicon, gazetteer)) == {("ASSAULT", "NGA", "GHA")}


def test_extract_crowds_protesting_a_decision_demonstrate(lexicon, gazetteer):
    # "Nurses protested Tokyo's ruling": a demonstration; "Seoul protested Tokyo's
    # ruling" is a formal complaint.
    rows = [("Nurses", "nurse", 1, "nsubj", "NOUN"),
            ("protested", "protest", 1, "ROOT", "VERB"),
            ("Tokyo", "Tokyo", 4, "poss", "PROPN"),
            ("'s", "'s", 2, "case", "PART"),
            ("ruling", "ruling", 1, "dobj", "NOUN")]
    mentions = [mention(0, actor("JPN", "MED", "nurses")), mention(2, actor("JPN"))]
    assert keys(code(parse(rows), mentions, lexicon, gazetteer)) == {("PROTEST", "JPN", "JPN")}
    mentions = [mention(0, actor("KOR")), mention(2, actor("JPN"))]
    assert keys(code(parse(rows), mentions, lexicon, gazetteer)) == {("ACCUSE", "KOR", "JPN")}


def test_extract_troops_blocking_roads_show_force(lexicon, gazetteer):
    # "Soldiers blocked the highway": a show of force; villagers doing so protest.
    rows = [("Soldiers", "soldier", 1, "nsubj", "NOUN"),
            ("blocked", "block", 1, "ROOT", "VERB"),
            ("the", "the", 3, "det", "DET"),
            ("highway", "highway", 1, "dobj", "NOUN")]
    events = code(parse(rows), [mention(0, actor("BOL", "MIL", "soldiers"))], lexicon,
                  gazetteer)
    assert {e.event_type for e in events} == {"MOBILIZE"}
    events = code(parse(rows), [mention(0, actor("BOL", "CVL", "villagers"))], lexicon,
                  gazetteer)
    assert {e.event_type for e in events} == {"PROTEST"}


def test_extract_police_blocking_people_restrain_them(lexicon, gazetteer):
    # "Police blocked Kurdish lawmakers": restraint (COERCE), not a refusal.
    rows = [("Police", "police", 1, "nsubj", "NOUN"),
            ("blocked", "block", 1, "ROOT", "VERB"),
            ("Kurdish", "kurdish", 3, "amod", "ADJ"),
            ("lawmakers", "lawmaker", 1, "dobj", "NOUN")]
    mentions = [mention(0, actor("TUR", "COP", "police")),
                mention(2, actor("TUR", "LEG", "Kurdish lawmakers"), end=4, head=3)]
    assert {e.event_type for e in code(parse(rows), mentions, lexicon, gazetteer)} == {
        "COERCE"}


def test_extract_declining_to_act_is_a_refusal(lexicon, gazetteer):
    # "Tbilisi declined to attend the summit in Moscow"; "exports declined" is nothing.
    doc = parse([("Tbilisi", "Tbilisi", 1, "nsubj", "PROPN"),
                 ("declined", "decline", 1, "ROOT", "VERB"),
                 ("to", "to", 3, "aux", "PART"),
                 ("attend", "attend", 1, "xcomp", "VERB"),
                 ("summit", "summit", 3, "dobj", "NOUN"),
                 ("in", "in", 4, "prep", "ADP"),
                 ("Moscow", "Moscow", 5, "pobj", "PROPN")])
    mentions = [mention(0, actor("GEO")), mention(6, actor("RUS"))]
    assert ("REJECT", "GEO", "RUS") in keys(code(doc, mentions, lexicon, gazetteer))
    doc = parse([("Exports", "export", 1, "nsubj", "NOUN"),
                 ("declined", "decline", 1, "ROOT", "VERB")])
    assert code(doc, [], lexicon, gazetteer) == []


def test_extract_subject_of_a_passive_does_the_next_act(lexicon, gazetteer):
    # "The envoy was summoned and accused Lisbon of spying": the envoy accuses.
    doc = parse([("envoy", "envoy", 2, "nsubjpass", "NOUN"),
                 ("was", "be", 2, "auxpass", "AUX"),
                 ("summoned", "summon", 2, "ROOT", "VERB"),
                 ("and", "and", 2, "cc", "CCONJ"),
                 ("accused", "accuse", 2, "conj", "VERB"),
                 ("Lisbon", "Lisbon", 4, "dobj", "PROPN")])
    mentions = [mention(0, actor("AGO", name="envoy")), mention(5, actor("PRT"))]
    assert ("ACCUSE", "AGO", "PRT") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_agentless_deployment_is_at_home(lexicon, gazetteer):
    # "The army was deployed": the army deploys itself, among its own people.
    doc = parse([("army", "army", 2, "nsubjpass", "NOUN"),
                 ("was", "be", 2, "auxpass", "AUX"),
                 ("deployed", "deploy", 2, "ROOT", "VERB")])
    events = code(doc, [mention(0, actor("KEN", "MIL", "army"))], lexicon, gazetteer)
    assert keys(events) == {("MOBILIZE", "KEN", "KEN")}
    assert events[0].target.sector == "CVL"


def test_extract_by_phone_is_no_agent(lexicon, gazetteer):
    # "Talked by telephone with Doha", parsed with "by" as a passive agent.
    doc = parse([("Riyadh", "Riyadh", 1, "nsubj", "PROPN"),
                 ("talked", "talk", 1, "ROOT", "VERB"),
                 ("by", "by", 1, "agent", "ADP"),
                 ("telephone", "telephone", 2, "pobj", "NOUN"),
                 ("with", "with", 1, "prep", "ADP"),
                 ("Doha", "Doha", 4, "pobj", "PROPN")])
    mentions = [mention(0, actor("SAU")), mention(5, actor("QAT"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("CONSULT", "SAU", "QAT")}
    assert agent_token(doc[1]) is None


def test_extract_attack_on_a_city_targets_its_country(lexicon, gazetteer):
    # "Russian forces shelled Kharkiv": a city the gazetteer knows, no actor of its own.
    doc = parse([("forces", "force", 1, "nsubj", "NOUN"),
                 ("shelled", "shell", 1, "ROOT", "VERB"),
                 ("Kharkiv", "Kharkiv", 1, "dobj", "PROPN")])
    events = code(doc, [mention(0, actor("RUS", "MIL", "forces"))], lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "RUS", "UKR")}
    assert events[0].target.text == "Kharkiv"
    # A meeting in a city is only held there: "Envoys met in Kharkiv" names no party.
    doc = parse([("Envoys", "envoy", 1, "nsubj", "NOUN"),
                 ("met", "meet", 1, "ROOT", "VERB"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("Kharkiv", "Kharkiv", 2, "pobj", "PROPN")])
    events = code(doc, [mention(0, actor("POL", "GOV", "envoys"))], lexicon, gazetteer)
    assert not any(e.target and e.target.text == "Kharkiv" for e in events)


def test_extract_city_the_tagger_took_for_an_unknown_person_is_the_place(lexicon, gazetteer):
    # "Russian forces shelled Kherson": the NER model calls "Kherson" a person, whom the
    # actor stage can only give the story's country (here the attacker's).
    doc = parse([("forces", "force", 1, "nsubj", "NOUN"),
                 ("shelled", "shell", 1, "ROOT", "VERB"),
                 ("Kherson", "Kherson", 1, "dobj", "PROPN")])
    guessed = ActorMention(2, 3, 2, (Actor("Kherson", "Kherson", "RUS"),), "name",
                           BARE_NAME_CONFIDENCE)
    events = code(doc, [mention(0, actor("RUS", "MIL", "forces")), guessed], lexicon,
                  gazetteer)
    assert keys(events) == {("ASSAULT", "RUS", "UKR")}
    # a person the resolver knows something of keeps the reading
    known = ActorMention(2, 3, 2, (Actor("Kherson", "Kherson", "RUS", sector="GOV"),),
                         "name", 0.7)
    events = code(doc, [mention(0, actor("RUS", "MIL", "forces")), known], lexicon,
                  gazetteer)
    assert keys(events) == {("ASSAULT", "RUS", "RUS")}


def test_extract_fighting_with_names_the_other_side(lexicon, gazetteer):
    # "Indian troops clashed with Chinese soldiers"; but "attacked the base with
    # drones" names the weapon, not a side.
    doc = parse([("troops", "troop", 1, "nsubj", "NOUN"),
                 ("clashed", "clash", 1, "ROOT", "VERB"),
                 ("with", "with", 1, "prep", "ADP"),
                 ("soldiers", "soldier", 2, "pobj", "NOUN")])
    mentions = [mention(0, actor("IND", "MIL")), mention(3, actor("CHN", "MIL"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ASSAULT", "IND", "CHN")}
    doc = parse([("troops", "troop", 1, "nsubj", "NOUN"),
                 ("attacked", "attack", 1, "ROOT", "VERB"),
                 ("with", "with", 1, "prep", "ADP"),
                 ("drones", "drone", 2, "pobj", "NOUN")])
    mentions = [mention(0, actor("RUS", "MIL")), mention(3, actor("IRN", "MIL"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == set()


def test_extract_clashes_between_two_sides_set_the_first_against_the_second(lexicon, gazetteer):
    # "Clashes between Sudanese troops and RSF fighters killed 12 people"
    doc = parse([("Clashes", "clash", 6, "nsubj", "NOUN"),
                 ("between", "between", 0, "prep", "ADP"),
                 ("troops", "troop", 1, "pobj", "NOUN"),
                 ("and", "and", 2, "cc", "CCONJ"),
                 ("RSF", "RSF", 5, "compound", "PROPN"),
                 ("fighters", "fighter", 2, "conj", "NOUN"),
                 ("killed", "kill", 6, "ROOT", "VERB"),
                 ("people", "people", 6, "dobj", "NOUN")])
    mentions = [mention(2, actor("SDN", "MIL")), mention(4, actor("SDN", "REB"), end=6,
                                                         head=5)]
    events = code(doc, mentions, lexicon, gazetteer)
    assert {(e.event_type, e.source.sector, e.target.sector) for e in events
            if e.trigger == "Clashes"} == {("ASSAULT", "MIL", "REB")}


def test_extract_sides_of_a_mutual_act_face_each_other_not_the_place(lexicon, gazetteer):
    # "Israeli troops and Palestinian gunmen exchanged fire in Jenin": each on the other
    doc = parse([("troops", "troop", 3, "nsubj", "NOUN"),
                 ("and", "and", 0, "cc", "CCONJ"),
                 ("gunmen", "gunman", 0, "conj", "NOUN"),
                 ("exchanged", "exchange", 3, "ROOT", "VERB"),
                 ("fire", "fire", 3, "dobj", "NOUN"),
                 ("in", "in", 3, "prep", "ADP"),
                 ("Jenin", "Jenin", 5, "pobj", "PROPN")])
    mentions = [mention(0, actor("ISR", "MIL")), mention(2, actor("PSE", "UAF"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {
        ("ASSAULT", "ISR", "PSE"), ("ASSAULT", "PSE", "ISR")}
    # "Indian troops and Chinese soldiers clashed in Ladakh": a fight, both ways
    doc = parse([("troops", "troop", 3, "nsubj", "NOUN"),
                 ("and", "and", 0, "cc", "CCONJ"),
                 ("soldiers", "soldier", 0, "conj", "NOUN"),
                 ("clashed", "clash", 3, "ROOT", "VERB"),
                 ("in", "in", 3, "prep", "ADP"),
                 ("Ladakh", "Ladakh", 4, "pobj", "PROPN")])
    mentions = [mention(0, actor("IND", "MIL")), mention(2, actor("CHN", "MIL"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {
        ("ASSAULT", "IND", "CHN"), ("ASSAULT", "CHN", "IND")}


def test_extract_pledge_is_made_to_whom_the_act_is_for(lexicon, gazetteer):
    # "The Dutch will send fighter jets to Ukraine": the jets (a role word the actor stage
    # gives the speaker's country) are what is sent, not whom the pledge is to.
    doc = parse([("Dutch", "Dutch", 2, "nsubj", "PROPN"),
                 ("will", "will", 2, "aux", "AUX"),
                 ("send", "send", 2, "ROOT", "VERB"),
                 ("fighter", "fighter", 4, "compound", "NOUN"),
                 ("jets", "jet", 2, "dobj", "NOUN"),
                 ("to", "to", 2, "dative", "ADP"),
                 ("Ukraine", "Ukraine", 5, "pobj", "PROPN")])
    mentions = [mention(0, actor("NLD")), mention(3, actor("NLD", "MIL"), end=5, head=4,
                                                  kind="title"),
                mention(6, actor("UKR"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {
        ("AID", "NLD", "UKR"), ("AGREE", "NLD", "UKR")}


def test_extract_weapons_sent_toward_a_country_are_a_show_of_force(lexicon, gazetteer):
    # "China sent fighter jets toward Taiwan" shows force; "to Taiwan" would give them
    rows = [("China", "China", 1, "nsubj", "PROPN"),
            ("sent", "send", 1, "ROOT", "VERB"),
            ("jets", "jet", 1, "dobj", "NOUN"),
            ("toward", "toward", 1, "prep", "ADP"),
            ("Taiwan", "Taiwan", 3, "pobj", "PROPN")]
    mentions = [mention(0, actor("CHN")), mention(4, actor("TWN"))]
    assert keys(code(parse(rows), mentions, lexicon, gazetteer)) == {
        ("MOBILIZE", "CHN", "TWN")}
    rows[3] = ("to", "to", 1, "dative", "ADP")
    assert keys(code(parse(rows), mentions, lexicon, gazetteer)) == {("AID", "CHN", "TWN")}
    # "flew warplanes near Taiwan"
    doc = parse([("China", "China", 1, "nsubj", "PROPN"),
                 ("flew", "fly", 1, "ROOT", "VERB"),
                 ("warplanes", "warplane", 1, "dobj", "NOUN"),
                 ("near", "near", 1, "prep", "ADP"),
                 ("Taiwan", "Taiwan", 3, "pobj", "PROPN")])
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("MOBILIZE", "CHN", "TWN")}


def test_extract_strikes_inside_a_country_target_it(lexicon, gazetteer):
    # "Pakistan struck inside Iran"
    doc = parse([("Pakistan", "Pakistan", 1, "nsubj", "PROPN"),
                 ("struck", "strike", 1, "ROOT", "VERB"),
                 ("inside", "inside", 1, "prep", "ADP"),
                 ("Iran", "Iran", 2, "pobj", "PROPN")])
    mentions = [mention(0, actor("PAK")), mention(3, actor("IRN"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ASSAULT", "PAK", "IRN")}


def test_extract_sides_restoring_relations_do_so_with_each_other(lexicon, gazetteer):
    # "Chile and Bolivia restored diplomatic relations": one event between them
    rows = [("Chile", "Chile", 3, "nsubj", "PROPN"),
            ("and", "and", 0, "cc", "CCONJ"),
            ("Bolivia", "Bolivia", 0, "conj", "PROPN"),
            ("restored", "restore", 3, "ROOT", "VERB"),
            ("diplomatic", "diplomatic", 5, "amod", "ADJ"),
            ("relations", "relation", 3, "dobj", "NOUN")]
    mentions = [mention(0, actor("CHL")), mention(2, actor("BOL"))]
    assert keys(code(parse(rows), mentions, lexicon, gazetteer)) == {
        ("SUPPORT", "CHL", "BOL")}
    # cutting ties with no one named is not read as between them
    rows[3] = ("cut", "cut", 3, "ROOT", "VERB")
    assert keys(code(parse(rows), mentions, lexicon, gazetteer)) == set()


def test_extract_armed_or_trained_object_receives_the_aid(lexicon, gazetteer):
    # "Iran is arming the Houthis": the object is who gets the arms; "sent troops" is what
    # is sent
    doc = parse([("Iran", "Iran", 2, "nsubj", "PROPN"),
                 ("is", "be", 2, "aux", "AUX"),
                 ("arming", "arm", 2, "ROOT", "VERB"),
                 ("Houthis", "Houthis", 2, "dobj", "PROPN")])
    mentions = [mention(0, actor("IRN")), mention(3, actor("YEM", "REB"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("AID", "IRN", "YEM")}


def test_extract_government_protesting_an_act_complains_formally(lexicon, gazetteer):
    # "Manila protested China's use of water cannon": a formal complaint; students who
    # protested it would demonstrate
    rows = [("Manila", "Manila", 1, "nsubj", "PROPN"),
            ("protested", "protest", 1, "ROOT", "VERB"),
            ("China", "China", 4, "poss", "PROPN"),
            ("'s", "'s", 2, "case", "PART"),
            ("use", "use", 1, "dobj", "NOUN")]
    mentions = [mention(0, actor("PHL")), mention(2, actor("CHN"))]
    assert keys(code(parse(rows), mentions, lexicon, gazetteer)) == {("ACCUSE", "PHL", "CHN")}
    mentions[0] = mention(0, actor("PHL", "EDU"))
    assert keys(code(parse(rows), mentions, lexicon, gazetteer)) == {("PROTEST", "PHL", "CHN")}


def test_extract_vow_to_go_on_with_an_attack_is_the_attack_not_a_threat(lexicon, gazetteer):
    # "Russia vowed to press on with the offensive against Ukraine": going on with an act
    # is the act itself (ANNOTATION: "will continue sanctions" is SANCTION), neither a
    # threat nor a pledge to cooperate
    doc = parse([("Russia", "Russia", 1, "nsubj", "PROPN"),
                 ("vowed", "vow", 1, "ROOT", "VERB"),
                 ("to", "to", 3, "aux", "PART"),
                 ("press", "press", 1, "xcomp", "VERB"),
                 ("on", "on", 3, "prt", "ADP"),
                 ("with", "with", 3, "prep", "ADP"),
                 ("offensive", "offensive", 5, "pobj", "NOUN"),
                 ("against", "against", 6, "prep", "ADP"),
                 ("Ukraine", "Ukraine", 7, "pobj", "PROPN")])
    mentions = [mention(0, actor("RUS")), mention(8, actor("UKR"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert {(e.event_type, e.source.code, e.target.code, e.hypothetical) for e in events} == {
        ("ASSAULT", "RUS", "UKR", False)}


def test_extract_recipient_inside_what_is_given(lexicon, gazetteer):
    # "Norway pledged funds in aid to Malawi": the recipient hangs off the object.
    doc = parse([("Norway", "Norway", 1, "nsubj", "PROPN"),
                 ("pledged", "pledge", 1, "ROOT", "VERB"),
                 ("funds", "fund", 1, "dobj", "NOUN"),
                 ("in", "in", 2, "prep", "ADP"),
                 ("aid", "aid", 3, "pobj", "NOUN"),
                 ("to", "to", 4, "prep", "ADP"),
                 ("Malawi", "Malawi", 5, "pobj", "PROPN")])
    mentions = [mention(0, actor("NOR")), mention(6, actor("MWI"))]
    assert {(s, t) for _, s, t in keys(code(doc, mentions, lexicon, gazetteer))} == {
        ("NOR", "MWI")}


def test_extract_countryless_role_words_take_the_place_country(lexicon, gazetteer):
    # "Gunmen killed policemen in Kandahar": neither role word names a country.
    doc = parse([("Gunmen", "gunman", 1, "nsubj", "NOUN"),
                 ("killed", "kill", 1, "ROOT", "VERB"),
                 ("policemen", "policeman", 1, "dobj", "NOUN"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("Kandahar", "Kandahar", 3, "pobj", "PROPN")])
    gunmen = Actor(text="Gunmen", name="gunmen", sector="UAF")
    police = Actor(text="policemen", name="policemen", sector="COP")
    events = code(doc, [mention(0, gunmen), mention(2, police)], lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "AFG", "AFG")}
    assert (events[0].source.sector, events[0].target.sector) == ("UAF", "COP")


def test_extract_target_past_the_sources_own_possessive(lexicon, gazetteer):
    # "Niger closed its border with Benin": "its" is Niger, the border's other side Benin.
    doc = parse([("Niger", "Niger", 1, "nsubj", "PROPN"),
                 ("closed", "close", 1, "ROOT", "VERB"),
                 ("its", "its", 3, "poss", "PRON"),
                 ("border", "border", 1, "dobj", "NOUN"),
                 ("with", "with", 3, "prep", "ADP"),
                 ("Benin", "Benin", 4, "pobj", "PROPN")])
    mentions = [mention(0, actor("NER")), mention(2, actor("NER"), kind="pronoun"),
                mention(5, actor("BEN"))]
    assert {(s, t) for _, s, t in keys(code(doc, mentions, lexicon, gazetteer))} == {
        ("NER", "BEN")}


def test_extract_light_verb_carries_its_noun_through_a_preposition(lexicon, gazetteer):
    # "Serbia put its army on high alert".
    doc = parse([("Serbia", "Serbia", 1, "nsubj", "PROPN"),
                 ("put", "put", 1, "ROOT", "VERB"),
                 ("its", "its", 3, "poss", "PRON"),
                 ("army", "army", 1, "dobj", "NOUN"),
                 ("on", "on", 1, "prep", "ADP"),
                 ("high", "high", 6, "amod", "ADJ"),
                 ("alert", "alert", 4, "pobj", "NOUN")])
    mentions = [mention(0, actor("SRB")), mention(2, actor("SRB", "MIL", "army"), end=4,
                                                  head=3)]
    assert ("MOBILIZE", "SRB") in {(t, s) for t, s, _ in
                                   keys(code(doc, mentions, lexicon, gazetteer))}


def test_extract_remaining_on_alert_is_a_force_posture(lexicon, gazetteer):
    # "remained on alert": the event noun hangs on a preposition of a light verb
    doc = parse([("Israel", "Israel", 1, "nsubj", "PROPN"),
                 ("remained", "remain", 1, "ROOT", "VERB"),
                 ("on", "on", 1, "prep", "ADP"),
                 ("alert", "alert", 2, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("ISR", "MIL"))], lexicon, gazetteer)
    assert {e.event_type for e in events} == {"MOBILIZE"}
    assert events[0].cameo == "152"


@pytest.mark.parametrize("modifier,expected", [("rescue", {("AID", "JPN", "TUR")}),
                                               ("football", set())])
def test_extract_sent_team_is_aid_only_when_it_is_a_relief_team(lexicon, gazetteer,
                                                                 modifier, expected):
    doc = parse([("Japan", "Japan", 1, "nsubj", "PROPN"),
                 ("sent", "send", 1, "ROOT", "VERB"),
                 ("a", "a", 4, "det", "DET"),
                 (modifier, modifier, 4, "compound", "NOUN"),
                 ("team", "team", 1, "dobj", "NOUN"),
                 ("to", "to", 1, "prep", "ADP"),
                 ("Turkey", "Turkey", 5, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("JPN")), mention(6, actor("TUR"))], lexicon, gazetteer)
    assert keys(events) == expected


def test_extract_upgraded_ties_is_diplomatic_cooperation(lexicon, gazetteer):
    doc = parse([("Czechia", "Czechia", 1, "nsubj", "PROPN"),
                 ("upgraded", "upgrade", 1, "ROOT", "VERB"),
                 ("diplomatic", "diplomatic", 3, "amod", "ADJ"),
                 ("ties", "tie", 1, "dobj", "NOUN"),
                 ("with", "with", 3, "prep", "ADP"),
                 ("Albania", "Albania", 4, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("CZE")), mention(5, actor("ALB"))], lexicon, gazetteer)
    assert keys(events) == {("SUPPORT", "CZE", "ALB")}


def test_extract_what_is_said_in_a_phone_call_is_a_consultation(lexicon, gazetteer):
    # "Scholz told Sanchez in a phone call that ...": the channel makes it a contact.
    doc = parse([("Scholz", "Scholz", 1, "nsubj", "PROPN"),
                 ("told", "tell", 1, "ROOT", "VERB"),
                 ("Sanchez", "Sanchez", 1, "dobj", "PROPN"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("a", "a", 6, "det", "DET"),
                 ("phone", "phone", 6, "compound", "NOUN"),
                 ("call", "call", 3, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("DEU", name="Scholz")), mention(2, actor("ESP", name="Sanchez"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("CONSULT", "DEU", "ESP")}


def test_extract_meeting_at_someones_request_has_them_as_counterpart(lexicon, gazetteer):
    # "EU envoys held talks in Vienna at Finland's request": the capital is only where
    # the talks were; the one who asked for them is the other side.
    doc = parse([("Envoys", "envoy", 1, "nsubj", "NOUN"),
                 ("held", "hold", 1, "ROOT", "VERB"),
                 ("talks", "talk", 1, "dobj", "NOUN"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("Vienna", "Vienna", 3, "pobj", "PROPN"),
                 ("at", "at", 1, "prep", "ADP"),
                 ("Finland", "Finland", 8, "poss", "PROPN"),
                 ("'s", "'s", 6, "case", "PART"),
                 ("request", "request", 5, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    eu = Actor(text="Envoys", name="EU", org="EU", sector="IGO")
    mentions = [mention(0, eu), mention(4, actor("AUT", name="Austria")),
                mention(6, actor("FIN", name="Finland"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("CONSULT", "EU", "FIN")}


def test_extract_country_linked_vessel_is_that_countrys(lexicon, gazetteer):
    # "Pirates seized a Norway-linked tanker": the owner is the target.
    doc = parse([("Pirates", "pirate", 1, "nsubj", "NOUN"),
                 ("seized", "seize", 1, "ROOT", "VERB"),
                 ("a", "a", 6, "det", "DET"),
                 ("Norway", "Norway", 5, "npadvmod", "PROPN"),
                 ("-", "-", 5, "punct", "PUNCT"),
                 ("linked", "link", 6, "amod", "VERB"),
                 ("tanker", "tanker", 1, "dobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("SOM", "CRM", "pirates"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("COERCE", "SOM", "NOR")}


def test_extract_permission_falls_on_who_is_let_act(lexicon, gazetteer):
    # "Chad will allow Sudanese refugees to cross the border" (object control).
    doc = parse([("Chad", "Chad", 2, "nsubj", "PROPN"),
                 ("will", "will", 2, "aux", "AUX"),
                 ("allow", "allow", 2, "ROOT", "VERB"),
                 ("refugees", "refugee", 5, "nsubj", "NOUN"),
                 ("to", "to", 5, "aux", "PART"),
                 ("cross", "cross", 2, "ccomp", "VERB"),
                 ("the", "the", 7, "det", "DET"),
                 ("border", "border", 5, "dobj", "NOUN"),
                 (".", ".", 2, "punct", "PUNCT")])
    mentions = [mention(0, actor("TCD", name="Chad")), mention(3, actor("SDN", "REF", "refugees"))]
    assert ("CONCEDE", "TCD", "SDN") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_event_noun_takes_the_earlier_events_actor(lexicon, gazetteer):
    # "Lula visited Caracas. Colombia called the visit a violation of the Lima accord.":
    # the visit is Lula's, whatever the description after it names.
    rows = [("Lula", "Lula", 1, "nsubj", "PROPN"), ("visited", "visit", 1, "ROOT", "VERB"),
            ("Caracas", "Caracas", 1, "dobj", "PROPN"), (".", ".", 1, "punct", "PUNCT"),
            ("Colombia", "Colombia", 5, "nsubj", "PROPN"), ("called", "call", 5, "ROOT", "VERB"),
            ("the", "the", 7, "det", "DET"), ("visit", "visit", 5, "dobj", "NOUN"),
            ("a", "a", 9, "det", "DET"), ("violation", "violation", 5, "oprd", "NOUN"),
            ("of", "of", 9, "prep", "ADP"), ("Lima", "Lima", 10, "pobj", "PROPN"),
            (".", ".", 5, "punct", "PUNCT")]
    mentions = [mention(0, actor("BRA", name="Lula")), mention(2, actor("VEN")),
                mention(4, actor("COL")), mention(11, actor("PER", None, "Lima"))]
    found = keys(code(parse(rows), mentions, lexicon, gazetteer))
    assert ("ACCUSE", "COL", "BRA") in found and ("ACCUSE", "COL", "PER") not in found, found
    # "the move" is whatever someone else last did.
    rows = [("Oslo", "Oslo", 1, "nsubj", "PROPN"), ("expelled", "expel", 1, "ROOT", "VERB"),
            ("diplomats", "diplomat", 1, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT"),
            ("Moscow", "Moscow", 5, "nsubj", "PROPN"), ("condemned", "condemn", 5, "ROOT", "VERB"),
            ("the", "the", 7, "det", "DET"), ("move", "move", 5, "dobj", "NOUN"),
            (".", ".", 5, "punct", "PUNCT")]
    mentions = [mention(0, actor("NOR")), mention(4, actor("RUS"))]
    assert ("ACCUSE", "RUS", "NOR") in keys(code(parse(rows), mentions, lexicon, gazetteer))


def test_extract_denial_answers_the_accuser_not_who_asked(lexicon, gazetteer):
    # "Chile urged Peru to talk. Bolivia accused Peru. Peru denied the charges.": the
    # charges are Bolivia's; Chile's request is no charge.
    rows = [("Chile", "Chile", 1, "nsubj", "PROPN"), ("urged", "urge", 1, "ROOT", "VERB"),
            ("Peru", "Peru", 1, "dobj", "PROPN"), ("to", "to", 4, "aux", "PART"),
            ("talk", "talk", 1, "xcomp", "VERB"), (".", ".", 1, "punct", "PUNCT"),
            ("Bolivia", "Bolivia", 7, "nsubj", "PROPN"), ("accused", "accuse", 7, "ROOT", "VERB"),
            ("Peru", "Peru", 7, "dobj", "PROPN"), (".", ".", 7, "punct", "PUNCT"),
            ("Peru", "Peru", 11, "nsubj", "PROPN"), ("denied", "deny", 11, "ROOT", "VERB"),
            ("the", "the", 13, "det", "DET"), ("charges", "charge", 11, "dobj", "NOUN"),
            (".", ".", 11, "punct", "PUNCT")]
    words, lemmas, heads, deps, pos = zip(*rows, strict=True)
    tags = ["NNS" if w == "charges" else "" for w in words]
    doc = Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
              deps=list(deps), pos=list(pos), tags=tags)
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")), mention(6, actor("BOL")),
                mention(8, actor("PER")), mention(10, actor("PER"))]
    found = {k for k in keys(code(doc, mentions, lexicon, gazetteer)) if k[0] == "REJECT"}
    assert found == {("REJECT", "PER", "BOL")}, found


def test_extract_denial_does_not_answer_who_is_named_in_the_claim(lexicon, gazetteer):
    # "Bolivia accused Lima. Lima denied a role in Castillo's arrest": Castillo is named
    # in what is denied, not answered by it.
    rows = [("Bolivia", "Bolivia", 1, "nsubj", "PROPN"), ("accused", "accuse", 1, "ROOT", "VERB"),
            ("Lima", "Lima", 1, "dobj", "PROPN"), (".", ".", 1, "punct", "PUNCT"),
            ("Lima", "Lima", 5, "nsubj", "PROPN"), ("denied", "deny", 5, "ROOT", "VERB"),
            ("role", "role", 5, "dobj", "NOUN"), ("in", "in", 6, "prep", "ADP"),
            ("Castillo", "Castillo", 7, "pobj", "PROPN"), (".", ".", 5, "punct", "PUNCT")]
    mentions = [mention(0, actor("BOL")), mention(2, actor("PER")), mention(4, actor("PER")),
                mention(8, actor("PER", "OPP", "Pedro Castillo"))]
    found = {k for k in keys(code(parse(rows), mentions, lexicon, gazetteer)) if k[0] == "REJECT"}
    assert found == {("REJECT", "PER", "BOL")}, found


def test_extract_contact_partner_hung_on_the_channel(lexicon, gazetteer):
    # "Lula discussed the summit by phone with Petro": "with" parsed under "phone".
    doc = parse([("Lula", "Lula", 1, "nsubj", "PROPN"),
                 ("discussed", "discuss", 1, "ROOT", "VERB"),
                 ("the", "the", 3, "det", "DET"),
                 ("summit", "summit", 1, "dobj", "NOUN"),
                 ("by", "by", 1, "prep", "ADP"),
                 ("phone", "phone", 4, "pobj", "NOUN"),
                 ("with", "with", 5, "prep", "ADP"),
                 ("Petro", "Petro", 6, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("BRA", name="Lula")), mention(7, actor("COL", name="Petro"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("CONSULT", "BRA", "COL")}


def test_extract_finite_verb_hung_on_its_subject_keeps_it(lexicon, gazetteer):
    # "Oman's sultan, Haitham, spoke with Iran's president, ...": the parser made "spoke"
    # a clause modifying "sultan".
    rows = [("Oman", "Oman", 2, "poss", "PROPN"), ("'s", "'s", 0, "case", "PART"),
            ("sultan", "sultan", 9, "ccomp", "NOUN"), (",", ",", 2, "punct", "PUNCT"),
            ("spoke", "speak", 2, "acl", "VERB"), ("with", "with", 4, "prep", "ADP"),
            ("Pezeshkian", "Pezeshkian", 5, "pobj", "PROPN"), (",", ",", 9, "punct", "PUNCT"),
            ("media", "media", 9, "nsubj", "NOUN"), ("reported", "report", 9, "ROOT", "VERB"),
            (".", ".", 9, "punct", "PUNCT")]
    words, lemmas, heads, deps, pos = zip(*rows, strict=True)
    tags = ["VBD" if w in ("spoke", "reported") else "" for w in words]
    doc = Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
              deps=list(deps), pos=list(pos), tags=tags)
    mentions = [mention(0, actor("OMN", name="Haitham"), end=3, head=2),
                mention(6, actor("IRN", name="Pezeshkian"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("CONSULT", "OMN", "IRN")}


def test_extract_descriptive_apposition_adds_no_actor(lexicon, gazetteer):
    # "Chile, Peru's closest ally, condemned Bolivia": the ally is Chile, not Peru.
    doc = parse([("Chile", "Chile", 7, "nsubj", "PROPN"), (",", ",", 0, "punct", "PUNCT"),
                 ("Peru", "Peru", 5, "poss", "PROPN"), ("'s", "'s", 2, "case", "PART"),
                 ("closest", "close", 5, "amod", "ADJ"), ("ally", "ally", 0, "appos", "NOUN"),
                 (",", ",", 0, "punct", "PUNCT"), ("condemned", "condemn", 7, "ROOT", "VERB"),
                 ("Bolivia", "Bolivia", 7, "dobj", "PROPN"), (".", ".", 7, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")), mention(8, actor("BOL"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ACCUSE", "CHL", "BOL")}


def test_extract_promise_of_funds_by_several_is_not_to_each_other(lexicon, gazetteer):
    # "Norway and Japan promised funds": a pledge of aid to a third party.
    doc = parse([("Norway", "Norway", 3, "nsubj", "PROPN"), ("and", "and", 0, "cc", "CCONJ"),
                 ("Japan", "Japan", 0, "conj", "PROPN"), ("promised", "promise", 3, "ROOT", "VERB"),
                 ("funds", "fund", 3, "dobj", "NOUN"), (".", ".", 3, "punct", "PUNCT")])
    mentions = [mention(0, actor("NOR")), mention(2, actor("JPN"))]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert not {("AGREE", "NOR", "JPN"), ("AGREE", "JPN", "NOR")} & found, found


def test_extract_event_noun_of_another_word_refers_to_the_lead_event(lexicon, gazetteer):
    # "Iran fired missiles at Israel. Hamas attacked Israel. Jordan condemned the strike.":
    # no earlier "strike"; another attack word names the story's lead attack.
    rows = [("Iran", "Iran", 1, "nsubj", "PROPN"), ("fired", "fire", 1, "ROOT", "VERB"),
            ("missiles", "missile", 1, "dobj", "NOUN"), ("at", "at", 1, "prep", "ADP"),
            ("Israel", "Israel", 3, "pobj", "PROPN"), (".", ".", 1, "punct", "PUNCT"),
            ("Hamas", "Hamas", 7, "nsubj", "PROPN"), ("attacked", "attack", 7, "ROOT", "VERB"),
            ("Israel", "Israel", 7, "dobj", "PROPN"), (".", ".", 7, "punct", "PUNCT"),
            ("Jordan", "Jordan", 11, "nsubj", "PROPN"),
            ("condemned", "condemn", 11, "ROOT", "VERB"),
            ("the", "the", 13, "det", "DET"), ("strike", "strike", 11, "dobj", "NOUN"),
            (".", ".", 11, "punct", "PUNCT")]
    mentions = [mention(0, actor("IRN")), mention(4, actor("ISR")),
                mention(6, actor("PSE", "REB", "Hamas")), mention(8, actor("ISR")),
                mention(10, actor("JOR"))]
    found = {k for k in keys(code(parse(rows), mentions, lexicon, gazetteer)) if k[1] == "JOR"}
    assert found == {("ACCUSE", "JOR", "IRN")}, found


@pytest.mark.parametrize(("country", "expected"), [
    ("POL", {("MOBILIZE", "POL", "UKR")}),  # abroad: on the country where it happens
    ("UKR", {("MOBILIZE", "UKR", "UKR")}),  # at home: on its own people
])
def test_extract_deployment_abroad_falls_on_the_place(lexicon, gazetteer, country, expected):
    # "The army deployed troops in Kharkiv".
    doc = parse([("army", "army", 1, "nsubj", "NOUN"),
                 ("deployed", "deploy", 1, "ROOT", "VERB"),
                 ("troops", "troop", 1, "dobj", "NOUN"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("Kharkiv", "Kharkiv", 3, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor(country, "MIL", "army"))], lexicon, gazetteer)
    assert keys(events) == expected


def test_extract_apology_goes_to_the_addressee_not_the_reason(lexicon, gazetteer):
    # "Chile apologized to Peru for its soldiers".
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("apologized", "apologize", 1, "ROOT", "VERB"),
                 ("to", "to", 1, "prep", "ADP"),
                 ("Peru", "Peru", 2, "pobj", "PROPN"),
                 ("for", "for", 1, "prep", "ADP"),
                 ("its", "its", 6, "poss", "PRON"),
                 ("soldiers", "soldier", 4, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL")), mention(3, actor("PER")),
                mention(5, actor("CHL", "MIL", "soldiers"), end=7, head=6)]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("SUPPORT", "CHL", "PER")}


def test_extract_lifted_measure_names_whom_it_weighed_on(lexicon, gazetteer):
    # "Egypt lifted a blockade on Gaza".
    doc = parse([("Egypt", "Egypt", 1, "nsubj", "PROPN"),
                 ("lifted", "lift", 1, "ROOT", "VERB"),
                 ("a", "a", 3, "det", "DET"),
                 ("blockade", "blockade", 1, "dobj", "NOUN"),
                 ("on", "on", 3, "prep", "ADP"),
                 ("Gaza", "Gaza", 4, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("EGY")), mention(5, actor("PSE", "CVL", "Gaza"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("RETREAT", "EGY", "PSE")}


def test_extract_mobilisation_for_a_war_against_someone_targets_them(lexicon, gazetteer):
    # "Chile mobilized reservists for a war against Peru".
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("mobilized", "mobilize", 1, "ROOT", "VERB"),
                 ("reservists", "reservist", 1, "dobj", "NOUN"),
                 ("for", "for", 1, "prep", "ADP"),
                 ("a", "a", 5, "det", "DET"),
                 ("war", "war", 3, "pobj", "NOUN"),
                 ("against", "against", 5, "prep", "ADP"),
                 ("Peru", "Peru", 6, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL")), mention(7, actor("PER"))]
    assert ("MOBILIZE", "CHL", "PER") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_offer_of_the_sources_own_goes_to_the_recipient(lexicon, gazetteer):
    # "Chile offered its troops to Peru": its troops are what is offered.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("offered", "offer", 1, "ROOT", "VERB"),
                 ("its", "its", 3, "poss", "PRON"),
                 ("troops", "troop", 1, "dobj", "NOUN"),
                 ("to", "to", 1, "prep", "ADP"),
                 ("Peru", "Peru", 4, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("CHL", "MIL", "troops"), end=4, head=3),
                mention(5, actor("PER"))]
    assert {k for k in keys(code(doc, mentions, lexicon, gazetteer)) if k[0] == "AGREE"} == {
        ("AGREE", "CHL", "PER")}


def test_extract_denial_answers_a_claim_when_no_one_accused(lexicon, gazetteer):
    # "Lima said Bolivia had cheated. Bolivia denied the accusation.": the claim is Lima's.
    rows = [("Lima", "Lima", 1, "nsubj", "PROPN"), ("said", "say", 1, "ROOT", "VERB"),
            ("Bolivia", "Bolivia", 4, "nsubj", "PROPN"), ("had", "have", 4, "aux", "AUX"),
            ("cheated", "cheat", 1, "ccomp", "VERB"), (".", ".", 1, "punct", "PUNCT"),
            ("Bolivia", "Bolivia", 7, "nsubj", "PROPN"), ("denied", "deny", 7, "ROOT", "VERB"),
            ("the", "the", 9, "det", "DET"), ("accusation", "accusation", 7, "dobj", "NOUN"),
            (".", ".", 7, "punct", "PUNCT")]
    mentions = [mention(0, actor("PER")), mention(2, actor("BOL")), mention(6, actor("BOL"))]
    found = {k for k in keys(code(parse(rows), mentions, lexicon, gazetteer)) if k[0] == "REJECT"}
    assert found == {("REJECT", "BOL", "PER")}, found


@pytest.mark.parametrize(("verb", "tag", "expected"), [
    ("hosts", "VBZ", set()),  # a standing arrangement
    ("hosted", "VBD", {("COOPERATE", "CHL", "PER")}),
])
def test_extract_hosting_troops_in_the_simple_present_is_a_state(lexicon, gazetteer, verb,
                                                                  tag, expected):
    doc = Doc(VOCAB, words=["Chile", verb, "Peruvian", "troops", "."],
              lemmas=["Chile", "host", "peruvian", "troop", "."], heads=[1, 1, 3, 1, 1],
              deps=["nsubj", "ROOT", "amod", "dobj", "punct"],
              pos=["PROPN", "VERB", "ADJ", "NOUN", "PUNCT"], tags=["NNP", tag, "JJ", "NNS", "."])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER", "MIL"), end=4, head=3)]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == expected


def test_extract_toll_of_an_accident_is_no_attack(lexicon, gazetteer):
    doc = parse([("A", "a", 2, "det", "DET"),
                 ("Peruvian", "peruvian", 2, "amod", "ADJ"),
                 ("ferry", "ferry", 3, "nsubj", "NOUN"),
                 ("capsized", "capsize", 3, "ROOT", "VERB"),
                 ("off", "off", 3, "prep", "ADP"),
                 ("Chile", "Chile", 4, "pobj", "PROPN"),
                 (",", ",", 3, "punct", "PUNCT"),
                 ("killing", "kill", 3, "advcl", "VERB"),
                 ("Chilean", "chilean", 9, "amod", "ADJ"),
                 ("fishermen", "fisherman", 7, "dobj", "NOUN"),
                 (".", ".", 3, "punct", "PUNCT")])
    mentions = [mention(1, actor("PER", None, "Peruvian"), end=3, head=2),
                mention(5, actor("CHL")), mention(8, actor("CHL", "CVL"), end=10, head=9)]
    assert [e for e in code(doc, mentions, lexicon, gazetteer)
            if e.event_type == "ASSAULT"] == []


def test_extract_attack_on_a_base_falls_on_who_it_hosts(lexicon, gazetteer):
    # "Rebels shelled a Somali base hosting Kenyan troops".
    doc = parse([("Rebels", "rebel", 1, "nsubj", "NOUN"),
                 ("shelled", "shell", 1, "ROOT", "VERB"),
                 ("a", "a", 4, "det", "DET"),
                 ("Somali", "somali", 4, "amod", "ADJ"),
                 ("base", "base", 1, "dobj", "NOUN"),
                 ("hosting", "host", 4, "acl", "VERB"),
                 ("Kenyan", "kenyan", 7, "amod", "ADJ"),
                 ("troops", "troop", 5, "dobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("SOM", "REB", "rebels")),
                mention(3, actor("SOM", "MIL", "Somali base"), end=5, head=4),
                mention(6, actor("KEN", "MIL", "Kenyan troops"), end=8, head=7)]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ASSAULT", "SOM", "KEN")}


def test_extract_free_relative_description_refers_back(lexicon, gazetteer):
    # "Iraq mourned. Iran attacked Iraq. Chile condemned what it called an unjustified
    # attack." (a story on Iraq, which an unresolved condemnation would be aimed at)
    rows = [("Iraq", "Iraq", 1, "nsubj", "PROPN"), ("mourned", "mourn", 1, "ROOT", "VERB"),
            (".", ".", 1, "punct", "PUNCT"),
            ("Iran", "Iran", 4, "nsubj", "PROPN"), ("attacked", "attack", 4, "ROOT", "VERB"),
            ("Iraq", "Iraq", 4, "dobj", "PROPN"), (".", ".", 4, "punct", "PUNCT"),
            ("Chile", "Chile", 8, "nsubj", "PROPN"), ("condemned", "condemn", 8, "ROOT", "VERB"),
            ("what", "what", 11, "dobj", "PRON"), ("it", "it", 11, "nsubj", "PRON"),
            ("called", "call", 8, "ccomp", "VERB"), ("an", "an", 14, "det", "DET"),
            ("unjustified", "unjustified", 14, "amod", "ADJ"),
            ("attack", "attack", 11, "oprd", "NOUN"), (".", ".", 8, "punct", "PUNCT")]
    mentions = [mention(0, actor("IRQ")), mention(3, actor("IRN")), mention(5, actor("IRQ")),
                mention(7, actor("CHL"))]
    found = {(e.trigger, e.target and e.target.code)
             for e in code(parse(rows), mentions, lexicon, gazetteer) if e.source.code == "CHL"}
    assert ("condemned", "IRN") in found, found


def test_extract_renewed_demand_is_aimed_at_who_is_to_act(lexicon, gazetteer):
    # "Chile renewed its demand that Peru free the prisoners".
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("renewed", "renew", 1, "ROOT", "VERB"),
                 ("its", "its", 3, "poss", "PRON"),
                 ("demand", "demand", 1, "dobj", "NOUN"),
                 ("that", "that", 6, "mark", "SCONJ"),
                 ("Peru", "Peru", 6, "nsubj", "PROPN"),
                 ("free", "free", 1, "ccomp", "VERB"),
                 ("the", "the", 8, "det", "DET"),
                 ("prisoners", "prisoner", 6, "dobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL")), mention(5, actor("PER"))]
    found = {k for k in keys(code(doc, mentions, lexicon, gazetteer)) if k[0] == "REQUEST"}
    assert found == {("REQUEST", "CHL", "PER")}, found


def test_extract_call_for_a_halt_is_aimed_at_what_was_just_condemned(lexicon, gazetteer):
    # "Chile mourned. Peru attacked Chile. Bolivia condemned the attack and called for an
    # immediate halt." (a story on Chile, which an unresolved request would go to)
    rows = [("Chile", "Chile", 1, "nsubj", "PROPN"), ("mourned", "mourn", 1, "ROOT", "VERB"),
            (".", ".", 1, "punct", "PUNCT")]
    rows += [(w, lemma, h + 3, d, p) for w, lemma, h, d, p in [
        ("Peru", "Peru", 1, "nsubj", "PROPN"), ("attacked", "attack", 1, "ROOT", "VERB"),
        ("Chile", "Chile", 1, "dobj", "PROPN"), (".", ".", 1, "punct", "PUNCT"),
        ("Bolivia", "Bolivia", 5, "nsubj", "PROPN"), ("condemned", "condemn", 5, "ROOT", "VERB"),
        ("the", "the", 7, "det", "DET"), ("attack", "attack", 5, "dobj", "NOUN"),
        ("and", "and", 5, "cc", "CCONJ"), ("called", "call", 5, "conj", "VERB"),
        ("for", "for", 9, "prep", "ADP"), ("an", "an", 13, "det", "DET"),
        ("immediate", "immediate", 13, "amod", "ADJ"), ("halt", "halt", 10, "pobj", "NOUN"),
        (".", ".", 5, "punct", "PUNCT")]]
    mentions = [mention(0, actor("CHL")), mention(3, actor("PER")), mention(5, actor("CHL")),
                mention(7, actor("BOL"))]
    found = {k for k in keys(code(parse(rows), mentions, lexicon, gazetteer)) if k[0] == "REQUEST"}
    assert found == {("REQUEST", "BOL", "PER")}, found


def test_extract_quantity_of_goods_names_the_aid(lexicon, gazetteer):
    # "Norway shipped 40 tonnes of medicine to Chad."
    doc = parse([("Norway", "Norway", 1, "nsubj", "PROPN"),
                 ("shipped", "ship", 1, "ROOT", "VERB"),
                 ("40", "40", 3, "nummod", "NUM"),
                 ("tonnes", "tonne", 1, "dobj", "NOUN"),
                 ("of", "of", 3, "prep", "ADP"),
                 ("medicine", "medicine", 4, "pobj", "NOUN"),
                 ("to", "to", 1, "dative", "ADP"),
                 ("Chad", "Chad", 6, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("NOR")), mention(7, actor("TCD"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("AID", "NOR", "TCD")}


def test_extract_any_listed_object_may_name_the_event(lexicon, gazetteer):
    # "Canada gave maps and military intelligence to Ghana." ("gave maps" alone is none)
    rows = [("Canada", "Canada", 1, "nsubj", "PROPN"), ("gave", "give", 1, "ROOT", "VERB"),
            ("maps", "map", 1, "dobj", "NOUN"), ("and", "and", 2, "cc", "CCONJ"),
            ("military", "military", 5, "amod", "ADJ"),
            ("intelligence", "intelligence", 2, "conj", "NOUN"),
            ("to", "to", 1, "dative", "ADP"), ("Ghana", "Ghana", 6, "pobj", "PROPN"),
            (".", ".", 1, "punct", "PUNCT")]
    mentions = [mention(0, actor("CAN")), mention(7, actor("GHA"))]
    assert keys(code(parse(rows), mentions, lexicon, gazetteer)) == {("AID", "CAN", "GHA")}
    without_list = [r for i, r in enumerate(rows) if i not in (3, 4, 5)]
    without_list = [(w, lemma, h - 3 if h > 5 else h, d, p) for w, lemma, h, d, p in without_list]
    mentions = [mention(0, actor("CAN")), mention(4, actor("GHA"))]
    assert keys(code(parse(without_list), mentions, lexicon, gazetteer)) == set()


def test_predicates_nominalised_participle_is_no_act():
    # "Italian ships evacuated the injured." ("the injured" are people, not an assault)
    # and "Peru condemned the bombing" keeps its gerund event.
    from eventwire.events.predicates import find_predicates

    lexicon = Lexicon.load()

    def senses(rows, tags):
        words, lemmas, heads, deps, pos = zip(*rows, strict=True)
        doc = Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
                  deps=list(deps), pos=list(pos), tags=tags)
        return [(p.trigger.text, p.sense.event_type) for p in find_predicates(doc[:], lexicon)]

    rows = [("Italian", "italian", 1, "amod", "ADJ"), ("ships", "ship", 2, "nsubj", "NOUN"),
            ("evacuated", "evacuate", 2, "ROOT", "VERB"), ("the", "the", 4, "det", "DET"),
            ("injured", "injure", 2, "dobj", "VERB"), (".", ".", 2, "punct", "PUNCT")]
    assert senses(rows, ["JJ", "NNS", "VBD", "DT", "VBN", "."]) == [("evacuated", "AID")]
    rows = [("Peru", "Peru", 1, "nsubj", "PROPN"), ("condemned", "condemn", 1, "ROOT", "VERB"),
            ("the", "the", 3, "det", "DET"), ("bombing", "bomb", 1, "dobj", "VERB"),
            (".", ".", 1, "punct", "PUNCT")]
    assert ("bombing", "ASSAULT") in senses(rows, ["NNP", "VBD", "DT", "VBG", "."])


def _arrival_rows(subject: list[tuple[str, str, str, str]]) -> list[tuple]:
    """ "<subject> arrived in Haiti .", the subject's head last in its list."""
    n = len(subject)
    rows = [(w, lemma, n - 1 if d != "nsubj" else n, d, p) for w, lemma, d, p in subject]
    return rows + [("arrived", "arrive", n, "ROOT", "VERB"), ("in", "in", n, "prep", "ADP"),
                   ("Haiti", "Haiti", n + 1, "pobj", "PROPN"), (".", ".", n, "punct", "PUNCT")]


def test_extract_arriving_troops_are_no_visit(lexicon, gazetteer):
    # "Kenyan peacekeeping troops arrived in Haiti.": peacekeeping given to the host
    rows = _arrival_rows([("Kenyan", "kenyan", "amod", "ADJ"),
                          ("peacekeeping", "peacekeeping", "compound", "NOUN"),
                          ("troops", "troop", "nsubj", "NOUN")])
    mentions = [mention(0, actor("KEN", "MIL"), end=3, head=2, kind="title"),
                mention(5, actor("HTI"))]
    assert keys(code(parse(rows), mentions, lexicon, gazetteer)) == {("AID", "KEN", "HTI")}
    # "Kenyan troops arrived in Haiti.": a deployment, not a visit
    rows = _arrival_rows([("Kenyan", "kenyan", "amod", "ADJ"),
                          ("troops", "troop", "nsubj", "NOUN")])
    mentions = [mention(0, actor("KEN", "MIL"), end=2, head=1, kind="title"),
                mention(4, actor("HTI"))]
    assert keys(code(parse(rows), mentions, lexicon, gazetteer)) == set()
    # "Kenyan officials arrived in Haiti.": a visit
    rows = _arrival_rows([("Kenyan", "kenyan", "amod", "ADJ"),
                          ("officials", "official", "nsubj", "NOUN")])
    mentions = [mention(0, actor("KEN"), end=2, head=1, kind="title"), mention(4, actor("HTI"))]
    assert keys(code(parse(rows), mentions, lexicon, gazetteer)) == {
        ("CONSULT", "KEN", "HTI")}


def test_extract_particle_parsed_as_adverb(lexicon, gazetteer):
    # "The Peruvian minister stepped down on Friday." with "down" taken for an adverb
    doc = parse([("The", "the", 2, "det", "DET"), ("Peruvian", "peruvian", 2, "amod", "ADJ"),
                 ("minister", "minister", 3, "nsubj", "NOUN"),
                 ("stepped", "step", 3, "ROOT", "VERB"), ("down", "down", 3, "advmod", "ADV"),
                 ("on", "on", 3, "prep", "ADP"), ("Friday", "Friday", 5, "pobj", "PROPN"),
                 (".", ".", 3, "punct", "PUNCT")])
    mentions = [mention(1, actor("PER"), end=3, head=2, kind="title")]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("RETREAT", "PER", None)}


def _verb_senses(rows: list[tuple]) -> dict[str, str]:
    from eventwire.events.predicates import find_predicates

    return {p.trigger.text: p.sense.cameo
            for p in find_predicates(parse(rows)[:], Lexicon.load()) if p.kind == "verb"}


def test_predicates_what_is_let_in_decides_the_sense():
    # "Chad allowed UN monitors to inspect the camps.": access for monitors (RETREAT 0862)
    rows = [("Chad", "Chad", 1, "nsubj", "PROPN"), ("allowed", "allow", 1, "ROOT", "VERB"),
            ("UN", "UN", 3, "compound", "PROPN"), ("monitors", "monitor", 5, "nsubj", "NOUN"),
            ("to", "to", 5, "aux", "PART"), ("inspect", "inspect", 1, "ccomp", "VERB"),
            ("the", "the", 7, "det", "DET"), ("camps", "camp", 5, "dobj", "NOUN"),
            (".", ".", 1, "punct", "PUNCT")]
    assert _verb_senses(rows)["allowed"] == "0862"


def test_predicates_what_a_recipient_is_supplied_with_decides_the_sense():
    # "Canada supplied the army with rifles." (AID 072); "Canada supplied the army." none
    rows = [("Canada", "Canada", 1, "nsubj", "PROPN"), ("supplied", "supply", 1, "ROOT", "VERB"),
            ("the", "the", 3, "det", "DET"), ("army", "army", 1, "dobj", "NOUN"),
            ("with", "with", 1, "prep", "ADP"), ("rifles", "rifle", 4, "pobj", "NOUN"),
            (".", ".", 1, "punct", "PUNCT")]
    assert _verb_senses(rows) == {"supplied": "072"}
    rows = rows[:4] + [(".", ".", 1, "punct", "PUNCT")]
    assert _verb_senses(rows) == {}


def test_predicates_a_group_is_read_by_its_members():
    # "Peru sent a team of doctors." (AID 073); "Peru sent a group of tourists." none
    def rows(member: str) -> list[tuple]:
        return [("Peru", "Peru", 1, "nsubj", "PROPN"), ("sent", "send", 1, "ROOT", "VERB"),
                ("a", "a", 3, "det", "DET"), ("team", "team", 1, "dobj", "NOUN"),
                ("of", "of", 3, "prep", "ADP"), (member + "s", member, 4, "pobj", "NOUN"),
                (".", ".", 1, "punct", "PUNCT")]
    assert _verb_senses(rows("doctor")) == {"sent": "073"}
    assert _verb_senses(rows("tourist")) == {}


def test_predicates_a_blocked_object_is_not_released_by_its_members():
    # "Peru released a list of prisoners.": a list is published, no one is freed
    rows = [("Peru", "Peru", 1, "nsubj", "PROPN"), ("released", "release", 1, "ROOT", "VERB"),
            ("a", "a", 3, "det", "DET"), ("list", "list", 1, "dobj", "NOUN"),
            ("of", "of", 3, "prep", "ADP"), ("prisoners", "prisoner", 4, "pobj", "NOUN"),
            (".", ".", 1, "punct", "PUNCT")]
    assert _verb_senses(rows) == {}


def test_extract_handover_names_its_recipient_by_to(lexicon, gazetteer):
    doc = parse([("Kenya", "Kenya", 1, "nsubj", "PROPN"),
                 ("extradited", "extradite", 1, "ROOT", "VERB"),
                 ("suspects", "suspect", 1, "dobj", "NOUN"),
                 ("to", "to", 1, "prep", "ADP"),
                 ("Uganda", "Uganda", 3, "pobj", "PROPN")])
    mentions = [mention(0, actor("KEN")), mention(4, actor("UGA"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("COOPERATE", "KEN", "UGA")}


def test_extract_mediation_between_two_sides_targets_both(lexicon, gazetteer):
    doc = parse([("Algeria", "Algeria", 1, "nsubj", "PROPN"),
                 ("launched", "launch", 1, "ROOT", "VERB"),
                 ("a", "a", 4, "det", "DET"),
                 ("mediation", "mediation", 4, "compound", "NOUN"),
                 ("effort", "effort", 1, "dobj", "NOUN"),
                 ("between", "between", 4, "prep", "ADP"),
                 ("Mali", "Mali", 5, "pobj", "PROPN"),
                 ("and", "and", 6, "cc", "CCONJ"),
                 ("Niger", "Niger", 6, "conj", "PROPN")])
    mentions = [mention(0, actor("DZA")), mention(6, actor("MLI")), mention(8, actor("NER"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {
        ("CONSULT", "DZA", "MLI"), ("CONSULT", "DZA", "NER")}


@pytest.mark.parametrize(("verb", "lemma", "noun", "noun_lemma", "compound"), [
    ("ended", "end", "efforts", "effort", "mediation"),  # "ended mediation efforts between"
    ("suspended", "suspend", "mediation", "mediation", None),  # "suspended its mediation"
    ("abandoned", "abandon", "mission", "mission", "mediation"),
])
def test_extract_halted_mediation_falls_on_both_sides(lexicon, gazetteer, verb, lemma, noun,
                                                      noun_lemma, compound):
    # "Algeria ended its mediation effort between Mali and Niger": a mediator who stops
    # mediating (CAMEO 165) turns from both sides it mediated between
    rows = [("Algeria", "Algeria", 1, "nsubj", "PROPN"), (verb, lemma, 1, "ROOT", "VERB"),
            ("its", "its", 4, "poss", "PRON")]
    rows += [(compound, compound, 4, "compound", "NOUN")] if compound else [
        ("own", "own", 4, "amod", "ADJ")]
    rows += [(noun, noun_lemma, 1, "dobj", "NOUN"), ("between", "between", 4, "prep", "ADP"),
             ("Mali", "Mali", 5, "pobj", "PROPN"), ("and", "and", 6, "cc", "CCONJ"),
             ("Niger", "Niger", 6, "conj", "PROPN")]
    mentions = [mention(0, actor("DZA")), mention(6, actor("MLI")), mention(8, actor("NER"))]
    events = code(parse(rows), mentions, lexicon, gazetteer)
    assert keys(events) == {("SANCTION", "DZA", "MLI"), ("SANCTION", "DZA", "NER")}
    assert {e.cameo for e in events} == {"165"}


@pytest.mark.parametrize("verb,lemma,expected", [
    ("launched", "launch", "CONSULT"), ("ended", "end", "SANCTION")])
def test_extract_mediation_among_sides_falls_on_them(lexicon, gazetteer, verb, lemma, expected):
    # "Algeria launched (ended) a mediation effort among Mali's factions"
    doc = parse([("Algeria", "Algeria", 1, "nsubj", "PROPN"), (verb, lemma, 1, "ROOT", "VERB"),
                 ("a", "a", 4, "det", "DET"), ("mediation", "mediation", 4, "compound", "NOUN"),
                 ("effort", "effort", 1, "dobj", "NOUN"), ("among", "among", 4, "prep", "ADP"),
                 ("Mali", "Mali", 7, "poss", "PROPN"), ("factions", "faction", 5, "pobj", "NOUN")])
    mentions = [mention(0, actor("DZA")), mention(6, actor("MLI", "REB"), end=8, head=7)]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {(expected, "DZA", "MLI")}


@pytest.mark.parametrize(("verb", "lemma", "truce"), [
    ("violated", "violate", "ceasefire"),  # "Chad and Sudan violated the ceasefire"
    ("broke", "break", "truce"),  # "Chad and Sudan broke the truce"
    ("breached", "breach", "armistice"),  # "Chad and Sudan breached the armistice"
])
def test_extract_sides_breaking_a_truce_break_it_on_each_other(lexicon, gazetteer, verb,
                                                                lemma, truce):
    doc = parse([("Chad", "Chad", 3, "nsubj", "PROPN"), ("and", "and", 0, "cc", "CCONJ"),
                 ("Sudan", "Sudan", 0, "conj", "PROPN"), (verb, lemma, 3, "ROOT", "VERB"),
                 ("the", "the", 5, "det", "DET"), (truce, truce, 3, "dobj", "NOUN")])
    mentions = [mention(0, actor("TCD")), mention(2, actor("SDN"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {
        ("ASSAULT", "TCD", "SDN"), ("ASSAULT", "SDN", "TCD")}


def test_extract_message_urging_is_by_whoever_issued_it(lexicon, gazetteer):
    doc = parse([("parliament", "parliament", 1, "nsubj", "NOUN"),
                 ("passed", "pass", 1, "ROOT", "VERB"),
                 ("a", "a", 3, "det", "DET"),
                 ("resolution", "resolution", 1, "dobj", "NOUN"),
                 ("urging", "urge", 3, "acl", "VERB"),
                 ("Chad", "Chad", 4, "dobj", "PROPN"),
                 ("to", "to", 7, "aux", "PART"),
                 ("free", "free", 4, "xcomp", "VERB"),
                 ("hostages", "hostage", 7, "dobj", "NOUN")])
    mentions = [mention(0, actor("NER", "LEG")), mention(5, actor("TCD"))]
    assert ("REQUEST", "NER", "TCD") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_infinitive_after_calling_on_is_the_callee_s_act(lexicon, gazetteer):
    rows = [("Mahama", "Mahama", 1, "nsubj", "PROPN", "NNP"),
            ("called", "call", 1, "ROOT", "VERB", "VBD"),
            ("on", "on", 1, "prep", "ADP", "IN"),
            ("army", "army", 2, "pobj", "NOUN", "NN"),
            ("to", "to", 5, "aux", "PART", "TO"),
            ("arrest", "arrest", 1, "advcl", "VERB", "VB"),  # a parser's misattachment
            ("rebels", "rebel", 5, "dobj", "NOUN", "NNS")]
    words, lemmas, heads, deps, pos, tags = zip(*rows, strict=True)
    doc = Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
              deps=list(deps), pos=list(pos), tags=list(tags))
    mentions = [mention(0, actor("GHA", name="Mahama")), mention(3, actor("GHA", "MIL")),
                mention(6, actor("TGO", "REB"))]
    arrests = [e for e in code(doc, mentions, lexicon, gazetteer) if e.event_type == "COERCE"]
    assert [(e.source.sector, e.target.code, e.hypothetical) for e in arrests] == [
        ("MIL", "TGO", True)]


def test_extract_owners_listed_after_a_title_all_take_part(lexicon, gazetteer):
    doc = parse([("The", "the", 1, "det", "DET"),
                 ("navies", "navy", 8, "nsubj", "NOUN"),
                 ("of", "of", 1, "prep", "ADP"),
                 ("India", "India", 2, "pobj", "PROPN"),
                 (",", ",", 3, "punct", "PUNCT"),
                 ("Japan", "Japan", 3, "conj", "PROPN"),
                 ("and", "and", 5, "cc", "CCONJ"),
                 ("Australia", "Australia", 5, "conj", "PROPN"),
                 ("held", "hold", 8, "ROOT", "VERB"),
                 ("drills", "drill", 8, "dobj", "NOUN")])
    mentions = [mention(0, actor("IND", "MIL"), end=2, head=1, kind="title"),
                mention(3, actor("IND")), mention(5, actor("JPN")), mention(7, actor("AUS"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {
        ("COOPERATE", "IND", "JPN"), ("COOPERATE", "IND", "AUS"), ("COOPERATE", "JPN", "AUS")}


def test_extract_war_games_of_several_armies_are_cooperation(lexicon, gazetteer):
    doc = parse([("Russia", "Russia", 3, "nsubj", "PROPN"),
                 ("and", "and", 0, "cc", "CCONJ"),
                 ("China", "China", 0, "conj", "PROPN"),
                 ("staged", "stage", 3, "ROOT", "VERB"),
                 ("war", "war", 5, "compound", "NOUN"),
                 ("games", "game", 3, "dobj", "NOUN")])
    mentions = [mention(0, actor("RUS", "MIL")), mention(2, actor("CHN", "MIL"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("COOPERATE", "RUS", "CHN")}


def test_extract_freed_role_word_takes_the_country_named_for_it(lexicon, gazetteer):
    doc = parse([("Benin", "Benin", 1, "nsubj", "PROPN"),
                 ("released", "release", 1, "ROOT", "VERB"),
                 ("ten", "ten", 3, "nummod", "NUM"),
                 ("prisoners", "prisoner", 1, "dobj", "NOUN"),
                 ("from", "from", 1, "prep", "ADP"),
                 ("Nigeria", "Nigeria", 4, "pobj", "PROPN")])
    # the actor stage could only guess the prisoners' country from the context
    mentions = [mention(0, actor("BEN")), mention(3, actor("BEN", "CVL"), kind="title"),
                mention(5, actor("NGA"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert keys(events) == {("RETREAT", "BEN", "NGA")}
    assert events[0].target.sector == "CVL"


def test_extract_weapon_fired_names_its_aim_when_hung_on_it(lexicon, gazetteer):
    doc = parse([("Serbia", "Serbia", 1, "nsubj", "PROPN"),
                 ("fired", "fire", 1, "ROOT", "VERB"),
                 ("shells", "shell", 1, "dobj", "NOUN"),
                 ("toward", "toward", 2, "prep", "ADP"),  # on the object, not the verb
                 ("Croatia", "Croatia", 3, "pobj", "PROPN")])
    mentions = [mention(0, actor("SRB", "MIL")), mention(4, actor("HRV"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ASSAULT", "SRB", "HRV")}


def test_extract_positions_near_a_place_are_that_country_s(lexicon, gazetteer):
    doc = parse([("Turkey", "Turkey", 1, "nsubj", "PROPN"),
                 ("shelled", "shell", 1, "ROOT", "VERB"),
                 ("positions", "position", 1, "dobj", "NOUN"),
                 ("near", "near", 2, "prep", "ADP"),
                 ("Aleppo", "Aleppo", 3, "pobj", "PROPN")])
    mentions = [mention(0, actor("TUR", "MIL"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ASSAULT", "TUR", "SYR")}


def test_extract_sides_acting_on_their_own_relation_give_one_event(lexicon, gazetteer):
    doc = parse([("Chile", "Chile", 3, "nsubj", "PROPN"),
                 ("and", "and", 0, "cc", "CCONJ"),
                 ("Peru", "Peru", 0, "conj", "PROPN"),
                 ("upgraded", "upgrade", 3, "ROOT", "VERB"),
                 ("their", "their", 6, "poss", "PRON"),
                 ("diplomatic", "diplomatic", 6, "amod", "ADJ"),
                 ("ties", "tie", 3, "dobj", "NOUN")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert len(events) == 1
    assert {events[0].source.code, events[0].target.code} == {"CHL", "PER"}


def test_extract_talks_between_named_sides_are_between_them(lexicon, gazetteer):
    # "Talks between Iran and Oman began"
    doc = parse([("Talks", "talk", 5, "nsubj", "NOUN"),
                 ("between", "between", 0, "prep", "ADP"),
                 ("Iran", "Iran", 1, "pobj", "PROPN"),
                 ("and", "and", 2, "cc", "CCONJ"),
                 ("Oman", "Oman", 2, "conj", "PROPN"),
                 ("began", "begin", 5, "ROOT", "VERB")])
    mentions = [mention(2, actor("IRN")), mention(4, actor("OMN"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert [e.event_type for e in events] == ["CONSULT"]
    assert {events[0].source.code, events[0].target.code} == {"IRN", "OMN"}


def test_extract_sides_acting_on_each_other_give_one_event_each_way(lexicon, gazetteer):
    # "Chile and Peru criticized each other"
    doc = parse([("Chile", "Chile", 3, "nsubj", "PROPN"),
                 ("and", "and", 0, "cc", "CCONJ"),
                 ("Peru", "Peru", 0, "conj", "PROPN"),
                 ("criticized", "criticize", 3, "ROOT", "VERB"),
                 ("each", "each", 5, "det", "DET"),
                 ("other", "other", 3, "dobj", "ADJ")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ACCUSE", "CHL", "PER"),
                                                             ("ACCUSE", "PER", "CHL")}


def test_extract_attack_by_a_means_is_by_whoever_used_it(lexicon, gazetteer):
    doc = parse([("ferry", "ferry", 2, "nsubjpass", "NOUN"),
                 ("was", "be", 2, "auxpass", "AUX"),
                 ("struck", "strike", 2, "ROOT", "VERB"),
                 ("by", "by", 2, "agent", "ADP"),
                 ("shells", "shell", 3, "pobj", "NOUN"),
                 ("fired", "fire", 4, "acl", "VERB"),
                 ("by", "by", 5, "agent", "ADP"),
                 ("navy", "navy", 6, "pobj", "NOUN")])
    doc[5].tag_ = "VBN"
    mentions = [mention(0, actor("GRC", "BUS")), mention(7, actor("TUR", "MIL"))]
    assert ("ASSAULT", "TUR", "GRC") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_victims_guessed_as_the_attacker_s_take_the_place_s_country(
        lexicon, gazetteer):
    doc = parse([("gunmen", "gunman", 1, "nsubj", "NOUN"),
                 ("killed", "kill", 1, "ROOT", "VERB"),
                 ("people", "people", 1, "dobj", "NOUN"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("Peshawar", "Peshawar", 3, "pobj", "PROPN")])
    # the actor stage gave the victims the attackers' country for want of another
    mentions = [mention(0, actor("AFG", "REB"), kind="title"),
                mention(2, actor("AFG", "CVL"), kind="title")]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ASSAULT", "AFG", "PAK")}


def test_extract_blast_placed_by_a_bearing_is_by_that_country_s_unidentified(
        lexicon, gazetteer):
    doc = parse([("bomb", "bomb", 1, "nsubj", "NOUN"),
                 ("killed", "kill", 1, "ROOT", "VERB"),
                 ("soldiers", "soldier", 1, "dobj", "NOUN"),
                 ("km", "km", 4, "npadvmod", "NOUN"),
                 ("south", "south", 1, "advmod", "ADV"),
                 ("of", "of", 4, "prep", "ADP"),
                 ("Kandahar", "Kandahar", 5, "pobj", "PROPN")])
    mentions = [mention(2, actor("CAN", "MIL"), kind="title")]
    events = code(doc, mentions, lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "AFG", "CAN")}
    assert events[0].source.sector == "UAF"


def test_extract_withdrawal_of_forces_from_a_place_targets_it(lexicon, gazetteer):
    doc = parse([("Cuba", "Cuba", 1, "nsubj", "PROPN"),
                 ("began", "begin", 1, "ROOT", "VERB"),
                 ("the", "the", 3, "det", "DET"),
                 ("withdrawal", "withdrawal", 1, "dobj", "NOUN"),
                 ("of", "of", 3, "prep", "ADP"),
                 ("troops", "troop", 4, "pobj", "NOUN"),
                 ("from", "from", 5, "prep", "ADP"),  # on what is moved
                 ("Angola", "Angola", 6, "pobj", "PROPN")])
    mentions = [mention(0, actor("CUB")), mention(7, actor("AGO"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("RETREAT", "CUB", "AGO")}


def test_extract_asylum_sought_in_a_state_is_asked_of_it(lexicon, gazetteer):
    doc = parse([("Eritrea", "Eritrea", 2, "poss", "PROPN"),
                 ("'s", "'s", 0, "case", "PART"),
                 ("athletes", "athlete", 3, "nsubj", "NOUN"),
                 ("sought", "seek", 3, "ROOT", "VERB"),
                 ("asylum", "asylum", 3, "dobj", "NOUN"),
                 ("in", "in", 3, "prep", "ADP"),
                 ("Kenya", "Kenya", 5, "pobj", "PROPN")])
    # the story is about Eritrea, the addressee a request would otherwise get
    mentions = [mention(0, actor("ERI")),
                mention(0, actor("ERI", "CVL"), end=3, head=2, kind="title"),
                mention(6, actor("KEN"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("REQUEST", "ERI", "KEN")}


def test_extract_object_moved_past_the_verdict_is_the_target(lexicon, gazetteer):
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("condemned", "condemn", 1, "ROOT", "VERB"),
                 ("as", "as", 1, "prep", "ADP"),
                 ("illegal", "illegal", 6, "amod", "ADJ"),
                 ("Bolivia", "Bolivia", 6, "poss", "PROPN"),
                 ("'s", "'s", 4, "case", "PART"),
                 ("blockade", "blockade", 2, "pobj", "NOUN")])
    mentions = [mention(0, actor("CHL")), mention(4, actor("BOL"))]
    assert ("ACCUSE", "CHL", "BOL") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_aim_hung_on_the_object_makes_a_launch_an_attack(lexicon, gazetteer):
    # "Iran fires missiles at Israeli bases": the parser hangs "at" on the missiles; the
    # aim still makes the firing an attack (CAMEO 195), not a weapons test (MOBILIZE)
    doc = parse([("Iran", "Iran", 1, "nsubj", "PROPN"),
                 ("fires", "fire", 1, "ROOT", "VERB"),
                 ("missiles", "missile", 1, "dobj", "NOUN"),
                 ("at", "at", 2, "prep", "ADP"),
                 ("Israeli", "israeli", 5, "amod", "ADJ"),
                 ("bases", "base", 3, "pobj", "NOUN")])
    events = code(doc, [mention(0, actor("IRN")), mention(4, actor("ISR"), end=6, head=5)],
                  lexicon, gazetteer)
    assert {e.event_type for e in events} == {"ASSAULT"}


def test_extract_movement_noun_of_phrase_names_the_doer(lexicon, gazetteer):
    # "The pullout of Syrian troops from Lebanon began": who pulls out is the "of" phrase.
    doc = parse([("The", "the", 1, "det", "DET"), ("pullout", "pullout", 7, "nsubj", "NOUN"),
                 ("of", "of", 1, "prep", "ADP"), ("Syrian", "syrian", 4, "amod", "ADJ"),
                 ("troops", "troop", 2, "pobj", "NOUN"), ("from", "from", 4, "prep", "ADP"),
                 ("Lebanon", "Lebanon", 5, "pobj", "PROPN"),
                 ("began", "begin", 7, "ROOT", "VERB"), (".", ".", 7, "punct", "PUNCT")])
    mentions = [mention(3, actor("SYR", "MIL"), end=5, head=4), mention(6, actor("LBN"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("RETREAT", "SYR", "LBN")}


def test_extract_visit_noun_of_phrase_names_the_visitor(lexicon, gazetteer):
    # "The visit of the Turkish president to Rome ended."
    doc = parse([("The", "the", 1, "det", "DET"), ("visit", "visit", 8, "nsubj", "NOUN"),
                 ("of", "of", 1, "prep", "ADP"), ("the", "the", 5, "det", "DET"),
                 ("Turkish", "turkish", 5, "amod", "ADJ"),
                 ("president", "president", 2, "pobj", "NOUN"), ("to", "to", 1, "prep", "ADP"),
                 ("Rome", "Rome", 6, "pobj", "PROPN"), ("ended", "end", 8, "ROOT", "VERB"),
                 (".", ".", 8, "punct", "PUNCT")])
    mentions = [mention(4, actor("TUR"), end=6, head=5), mention(7, actor("ITA"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("CONSULT", "TUR", "ITA")}


def test_extract_release_noun_agent_hung_on_its_of_object(lexicon, gazetteer):
    # "The release of 30 Lebanese prisoners by Israel took place": the parser hangs "by
    # Israel" on "prisoners"; the releaser is Israel, the released the prisoners.
    doc = parse([("The", "the", 1, "det", "DET"), ("release", "release", 8, "nsubj", "NOUN"),
                 ("of", "of", 1, "prep", "ADP"), ("30", "30", 5, "nummod", "NUM"),
                 ("Lebanese", "lebanese", 5, "amod", "ADJ"),
                 ("prisoners", "prisoner", 2, "pobj", "NOUN"), ("by", "by", 5, "prep", "ADP"),
                 ("Israel", "Israel", 6, "pobj", "PROPN"), ("took", "take", 8, "ROOT", "VERB"),
                 ("place", "place", 8, "dobj", "NOUN"), (".", ".", 8, "punct", "PUNCT")])
    mentions = [mention(4, actor("LBN", "CVL"), end=6, head=5), mention(7, actor("ISR"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("RETREAT", "ISR", "LBN")}


def test_extract_requested_resignation_is_asked_of_who_is_to_resign(lexicon, gazetteer):
    # "Chile called for the resignation of the Bolivian minister."
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"), ("called", "call", 1, "ROOT", "VERB"),
                 ("for", "for", 1, "prep", "ADP"), ("the", "the", 4, "det", "DET"),
                 ("resignation", "resignation", 2, "pobj", "NOUN"),
                 ("of", "of", 4, "prep", "ADP"), ("the", "the", 8, "det", "DET"),
                 ("Bolivian", "bolivian", 8, "amod", "ADJ"),
                 ("minister", "minister", 5, "pobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL")), mention(7, actor("BOL"), end=9, head=8)]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("REQUEST", "CHL", "BOL")}


def test_extract_deployment_of_peacekeepers_is_aid(lexicon, gazetteer):
    # "The deployment of Kenyan peacekeepers to Haiti was approved": protection given to
    # the host (AID 074) by whoever sends the peacekeepers, not a mobilisation.
    doc = parse([("The", "the", 1, "det", "DET"),
                 ("deployment", "deployment", 8, "nsubjpass", "NOUN"),
                 ("of", "of", 1, "prep", "ADP"), ("Kenyan", "kenyan", 4, "amod", "ADJ"),
                 ("peacekeepers", "peacekeeper", 2, "pobj", "NOUN"),
                 ("to", "to", 1, "prep", "ADP"), ("Haiti", "Haiti", 5, "pobj", "PROPN"),
                 ("was", "be", 8, "auxpass", "AUX"), ("approved", "approve", 8, "ROOT", "VERB"),
                 (".", ".", 8, "punct", "PUNCT")])
    mentions = [mention(3, actor("KEN", "MIL"), end=5, head=4), mention(6, actor("HTI"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("AID", "KEN", "HTI")}


def test_extract_passive_light_verb_takes_the_doer_from_the_noun(lexicon, gazetteer):
    # "The withdrawal of Syrian forces from Lebanon was completed": the passive names no
    # agent, the noun's "of" phrase does.
    doc = parse([("The", "the", 1, "det", "DET"),
                 ("withdrawal", "withdrawal", 8, "nsubjpass", "NOUN"),
                 ("of", "of", 1, "prep", "ADP"), ("Syrian", "syrian", 4, "amod", "ADJ"),
                 ("forces", "force", 2, "pobj", "NOUN"), ("from", "from", 1, "prep", "ADP"),
                 ("Lebanon", "Lebanon", 5, "pobj", "PROPN"), ("was", "be", 8, "auxpass", "AUX"),
                 ("completed", "complete", 8, "ROOT", "VERB"), (".", ".", 8, "punct", "PUNCT")])
    mentions = [mention(3, actor("SYR", "MIL"), end=5, head=4), mention(6, actor("LBN"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("RETREAT", "SYR", "LBN")}


def test_extract_visit_noun_destination_hung_on_its_agent(lexicon, gazetteer):
    # "The visit by the Greek premier to Cairo ended": "to Cairo" parsed under "premier".
    doc = parse([("The", "the", 1, "det", "DET"), ("visit", "visit", 8, "nsubj", "NOUN"),
                 ("by", "by", 1, "prep", "ADP"), ("the", "the", 5, "det", "DET"),
                 ("Greek", "greek", 5, "amod", "ADJ"), ("premier", "premier", 2, "pobj", "NOUN"),
                 ("to", "to", 5, "prep", "ADP"), ("Cairo", "Cairo", 6, "pobj", "PROPN"),
                 ("ended", "end", 8, "ROOT", "VERB"), (".", ".", 8, "punct", "PUNCT")])
    mentions = [mention(4, actor("GRC"), end=6, head=5), mention(7, actor("EGY"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("CONSULT", "GRC", "EGY")}


def test_extract_judged_act_targets_its_agent_not_its_victims(lexicon, gazetteer):
    # "Sweden condemned the detention of Iranian students by Iraqi police": the verdict
    # is on the police who detained, not on the students.
    doc = parse([("Sweden", "Sweden", 1, "nsubj", "PROPN"),
                 ("condemned", "condemn", 1, "ROOT", "VERB"), ("the", "the", 3, "det", "DET"),
                 ("detention", "detention", 1, "dobj", "NOUN"), ("of", "of", 3, "prep", "ADP"),
                 ("Iranian", "iranian", 6, "amod", "ADJ"),
                 ("students", "student", 4, "pobj", "NOUN"), ("by", "by", 3, "prep", "ADP"),
                 ("Iraqi", "iraqi", 9, "amod", "ADJ"), ("police", "police", 7, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("SWE")), mention(5, actor("IRN", "EDU"), end=7, head=6),
                mention(8, actor("IRQ", "COP"), end=10, head=9)]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ACCUSE", "SWE", "IRQ")}


def test_extract_resignation_noun_of_phrase_names_who_resigns(lexicon, gazetteer):
    # "The resignation of the Bolivian minister stunned the cabinet."
    doc = parse([("The", "the", 1, "det", "DET"),
                 ("resignation", "resignation", 6, "nsubj", "NOUN"),
                 ("of", "of", 1, "prep", "ADP"), ("the", "the", 5, "det", "DET"),
                 ("Bolivian", "bolivian", 5, "amod", "ADJ"),
                 ("minister", "minister", 2, "pobj", "NOUN"),
                 ("stunned", "stun", 6, "ROOT", "VERB"),
                 ("the", "the", 8, "det", "DET"), ("cabinet", "cabinet", 6, "dobj", "NOUN"),
                 (".", ".", 6, "punct", "PUNCT")])
    mentions = [mention(4, actor("BOL"), end=6, head=5)]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("RETREAT", "BOL", None)}


def test_extract_participle_misread_as_subject_leaves_the_noun_before_it_speaking(
        lexicon, gazetteer):
    # "The Red Cross working in Syria urged the army ...": the parser makes "working" the
    # subject clause; the group speaks, not the place it works in.
    rows = [("The", "the", 2, "det", "DET"), ("Red", "Red", 2, "compound", "PROPN"),
            ("Cross", "Cross", 3, "nsubj", "PROPN"), ("working", "work", 6, "csubj", "VERB"),
            ("in", "in", 3, "prep", "ADP"), ("Syria", "Syria", 4, "pobj", "PROPN"),
            ("urged", "urge", 6, "ROOT", "VERB"), ("the", "the", 8, "det", "DET"),
            ("army", "army", 6, "dobj", "NOUN"), (".", ".", 6, "punct", "PUNCT")]
    words, lemmas, heads, deps, pos = zip(*rows, strict=True)
    tags = ["VBG" if w == "working" else "" for w in words]
    doc = Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
              deps=list(deps), pos=list(pos), tags=tags)
    red_cross = Actor(text="Red Cross", name="Red Cross", org="ICRC", sector="NGO")
    mentions = [mention(1, red_cross, end=3, head=2), mention(5, actor("SYR")),
                mention(8, actor("SYR", "MIL"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("REQUEST", "ICRC", "SYR")}


def test_extract_protest_targets_the_owner_of_what_its_stance_is_against(lexicon, gazetteer):
    # "Protesters blocked a bridge to show their anger at France's policy."
    doc = parse([("Protesters", "protester", 1, "nsubj", "NOUN"),
                 ("blocked", "block", 1, "ROOT", "VERB"), ("a", "a", 3, "det", "DET"),
                 ("bridge", "bridge", 1, "dobj", "NOUN"), ("to", "to", 5, "aux", "PART"),
                 ("show", "show", 1, "advcl", "VERB"), ("their", "their", 7, "poss", "PRON"),
                 ("anger", "anger", 5, "dobj", "NOUN"), ("at", "at", 7, "prep", "ADP"),
                 ("France", "France", 11, "poss", "PROPN"), ("'s", "'s", 9, "case", "PART"),
                 ("policy", "policy", 8, "pobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("EGY", "CVL")), mention(9, actor("FRA"))]
    protests = {k for k in keys(code(doc, mentions, lexicon, gazetteer)) if k[0] == "PROTEST"}
    assert protests == {("PROTEST", "EGY", "FRA")}


def test_extract_protest_in_defiance_of_an_actor_targets_it(lexicon, gazetteer):
    # "People marched in defiance of Chinese authorities."
    doc = parse([("People", "people", 1, "nsubj", "NOUN"),
                 ("marched", "march", 1, "ROOT", "VERB"), ("in", "in", 1, "prep", "ADP"),
                 ("defiance", "defiance", 2, "pobj", "NOUN"), ("of", "of", 3, "prep", "ADP"),
                 ("Chinese", "chinese", 6, "amod", "ADJ"),
                 ("authorities", "authority", 4, "pobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("TWN", "CVL")), mention(5, actor("CHN"), end=7, head=6)]
    protests = {k for k in keys(code(doc, mentions, lexicon, gazetteer)) if k[0] == "PROTEST"}
    assert protests == {("PROTEST", "TWN", "CHN")}


def test_extract_victims_named_by_role_take_the_country_of_a_concurrent_clauses_place(
        lexicon, gazetteer):
    # "Serbian snipers killed three people as they crossed a bridge in Sarajevo": the
    # people, given the snipers' country by the actor stage, are hit in Bosnia.
    doc = parse([("Serbian", "serbian", 1, "amod", "ADJ"),
                 ("snipers", "sniper", 2, "nsubj", "NOUN"),
                 ("killed", "kill", 2, "ROOT", "VERB"), ("three", "three", 4, "nummod", "NUM"),
                 ("people", "people", 2, "dobj", "NOUN"), ("as", "as", 7, "mark", "SCONJ"),
                 ("they", "they", 7, "nsubj", "PRON"), ("crossed", "cross", 2, "advcl", "VERB"),
                 ("a", "a", 9, "det", "DET"), ("bridge", "bridge", 7, "dobj", "NOUN"),
                 ("in", "in", 7, "prep", "ADP"), ("Sarajevo", "Sarajevo", 10, "pobj", "PROPN"),
                 (".", ".", 2, "punct", "PUNCT")])
    mentions = [mention(0, actor("SRB", "MIL"), end=2, head=1),
                mention(4, actor("SRB", "CVL"), kind="title")]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ASSAULT", "SRB", "BIH")}


def test_extract_judged_thing_done_by_someone_targets_its_doer(lexicon, gazetteer):
    # "Germany welcomed the measures announced by the Tunisian government."
    doc = parse([("Germany", "Germany", 1, "nsubj", "PROPN"),
                 ("welcomed", "welcome", 1, "ROOT", "VERB"), ("the", "the", 3, "det", "DET"),
                 ("measures", "measure", 1, "dobj", "NOUN"),
                 ("announced", "announce", 3, "acl", "VERB"), ("by", "by", 4, "agent", "ADP"),
                 ("the", "the", 8, "det", "DET"), ("Tunisian", "tunisian", 8, "amod", "ADJ"),
                 ("government", "government", 5, "pobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("DEU")), mention(6, actor("TUN"), end=9, head=8)]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("SUPPORT", "DEU", "TUN")}


def test_extract_downing_tools_is_a_strike_not_a_halted_project(lexicon, gazetteer):
    # "Dockers stopped work.": a work stoppage; "Iran halted work on the reactor." is a
    # government halting a project, no protest.
    doc = parse([("Dockers", "docker", 1, "nsubj", "NOUN"),
                 ("stopped", "stop", 1, "ROOT", "VERB"),
                 ("work", "work", 1, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("CHL", "LAB", "dockers"))], lexicon, gazetteer)
    assert keys(events) == {("PROTEST", "CHL", "CHL")}
    assert events[0].mode == "strike"
    doc = parse([("Iran", "Iran", 1, "nsubj", "PROPN"),
                 ("halted", "halt", 1, "ROOT", "VERB"),
                 ("work", "work", 1, "dobj", "NOUN"), ("on", "on", 2, "prep", "ADP"),
                 ("the", "the", 5, "det", "DET"), ("reactor", "reactor", 3, "pobj", "NOUN")])
    assert code(doc, [mention(0, actor("IRN"))], lexicon, gazetteer) == []


def test_extract_crowd_gathering_for_a_rally_protests(lexicon, gazetteer):
    # "Students gathered for a rally.": the rally is carried by "for", not a setting.
    doc = parse([("Students", "student", 1, "nsubj", "NOUN"),
                 ("gathered", "gather", 1, "ROOT", "VERB"), ("for", "for", 1, "prep", "ADP"),
                 ("a", "a", 4, "det", "DET"), ("rally", "rally", 2, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("KEN", "EDU", "students"))], lexicon, gazetteer)
    assert keys(events) == {("PROTEST", "KEN", "KEN")}


def test_extract_signature_drive_is_dissent(lexicon, gazetteer):
    # "The opposition collected signatures.": a petition drive (CAMEO 140).
    doc = parse([("The", "the", 1, "det", "DET"),
                 ("opposition", "opposition", 2, "nsubj", "NOUN"),
                 ("collected", "collect", 2, "ROOT", "VERB"),
                 ("signatures", "signature", 2, "dobj", "NOUN")])
    events = code(doc, [mention(1, actor("PER", "OPP", "opposition"))], lexicon, gazetteer)
    assert [(e.event_type, e.cameo) for e in events] == [("PROTEST", "140")]


def test_extract_announced_suspension_of_flights_is_a_sanction(lexicon, gazetteer):
    # "Italy announced a suspension of flights to Libya": the halting noun reads as
    # "suspended flights", and the authority announcing it is its agent.
    doc = parse([("Italy", "Italy", 1, "nsubj", "PROPN"),
                 ("announced", "announce", 1, "ROOT", "VERB"), ("a", "a", 3, "det", "DET"),
                 ("suspension", "suspension", 1, "dobj", "NOUN"),
                 ("of", "of", 3, "prep", "ADP"), ("flights", "flight", 4, "pobj", "NOUN"),
                 ("to", "to", 5, "prep", "ADP"), ("Libya", "Libya", 6, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("ITA")), mention(7, actor("LBY"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("SANCTION", "ITA", "LBY")}


@pytest.mark.parametrize(("verb", "lemma", "expected"), [
    ("ordered", "order", {("RETREAT", "TUR", "DEU")}),
    ("approved", "approve", {("RETREAT", "TUR", "DEU")}),
    # condemning a release is not releasing
    ("condemned", "condemn", set()),
])
def test_extract_decreed_material_act_is_the_decreeing_authority_s(
        lexicon, gazetteer, verb, lemma, expected):
    # "A Turkish court ordered the release of the German reporter": the court decides
    # and carries out the release (as "announced a suspension of flights").
    doc = parse([("A", "a", 2, "det", "DET"), ("Turkish", "Turkish", 2, "amod", "ADJ"),
                 ("court", "court", 3, "nsubj", "NOUN"),
                 (verb, lemma, 3, "ROOT", "VERB"),
                 ("the", "the", 5, "det", "DET"),
                 ("release", "release", 3, "dobj", "NOUN"),
                 ("of", "of", 5, "prep", "ADP"), ("the", "the", 9, "det", "DET"),
                 ("German", "German", 9, "amod", "ADJ"),
                 ("reporter", "reporter", 6, "pobj", "NOUN")])
    mentions = [mention(1, actor("TUR", "JUD", "court"), end=3, head=2),
                mention(8, actor("DEU", "JRN", "reporter"), end=10, head=9)]
    assert {k for k in keys(code(doc, mentions, lexicon, gazetteer))
            if k[0] == "RETREAT"} == expected


def test_extract_place_naming_what_an_act_falls_on_is_the_target(lexicon, gazetteer):
    # "Israeli troops raided the Jenin camp": the camp lies in Jenin, the West Bank.
    doc = parse([("Israeli", "Israeli", 1, "amod", "ADJ"),
                 ("troops", "troop", 2, "nsubj", "NOUN"),
                 ("raided", "raid", 2, "ROOT", "VERB"), ("the", "the", 5, "det", "DET"),
                 ("Jenin", "Jenin", 5, "compound", "PROPN"),
                 ("camp", "camp", 2, "dobj", "NOUN")])
    mentions = [mention(0, actor("ISR", "MIL", "troops"), end=2, head=1)]
    assert {(s, t) for _, s, t in keys(code(doc, mentions, lexicon, gazetteer))} == {
        ("ISR", "PSE")}


def test_extract_fight_between_sides_of_one_country(lexicon, gazetteer):
    # "Police and protesters clashed in Lima": two sides, though both are Peru's; a
    # single side listed twice ("police and riot police") fights no one.
    def rows(second):
        return [("Police", "police", 3, "nsubj", "NOUN"), ("and", "and", 0, "cc", "CCONJ"),
                (second, second, 0, "conj", "NOUN"),
                ("clashed", "clash", 3, "ROOT", "VERB"), ("in", "in", 3, "prep", "ADP"),
                ("Lima", "Lima", 4, "pobj", "PROPN")]
    mentions = [mention(0, actor("PER", "COP", "police")),
                mention(2, actor("PER", "CVL", "protesters")), mention(5, actor("PER"))]
    assert keys(code(parse(rows("protesters")), mentions, lexicon, gazetteer)) == {
        ("ASSAULT", "PER", "PER")}
    mentions[1] = mention(2, actor("PER", "COP", "gendarmes"))
    assert keys(code(parse(rows("gendarmes")), mentions, lexicon, gazetteer)) == set()


def test_extract_request_is_asked_of_the_place_where_it_is_to_happen(lexicon, gazetteer):
    # "Norway appealed for calm in Chad": no addressee named; the calm is asked of Chad.
    doc = parse([("Norway", "Norway", 1, "nsubj", "PROPN"),
                 ("appealed", "appeal", 1, "ROOT", "VERB"),
                 ("for", "for", 1, "prep", "ADP"), ("calm", "calm", 2, "pobj", "NOUN"),
                 ("in", "in", 3, "prep", "ADP"), ("Chad", "Chad", 4, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("NOR")), mention(5, actor("TCD"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("REQUEST", "NOR", "TCD")}


def test_predicates_halted_cooperation_named_by_a_modifier(lexicon):
    # "Canada suspended part of its aid program", "Qatar ended its aid program":
    # what is broken off is named by the object's modifier (SANCTION); "captured part of
    # the town" looks through the share to the town (occupation, CAMEO 192).
    def senses(rows):
        return [(p.trigger.text, p.sense.event_type, p.sense.cameo)
                for p in find_predicates(parse(rows)[:], lexicon)]

    assert senses([("Canada", "Canada", 1, "nsubj", "PROPN"),
                   ("suspended", "suspend", 1, "ROOT", "VERB"),
                   ("part", "part", 1, "dobj", "NOUN"), ("of", "of", 2, "prep", "ADP"),
                   ("its", "its", 6, "poss", "PRON"), ("aid", "aid", 6, "compound", "NOUN"),
                   ("program", "program", 3, "pobj", "NOUN")]) == [
        ("suspended", "SANCTION", "162")]
    assert senses([("Qatar", "Qatar", 1, "nsubj", "PROPN"),
                   ("ended", "end", 1, "ROOT", "VERB"), ("its", "its", 4, "poss", "PRON"),
                   ("aid", "aid", 4, "compound", "NOUN"),
                   ("program", "program", 1, "dobj", "NOUN")]) == [
        ("ended", "SANCTION", "162")]
    assert senses([("Troops", "troop", 1, "nsubj", "NOUN"),
                   ("captured", "capture", 1, "ROOT", "VERB"),
                   ("part", "part", 1, "dobj", "NOUN"), ("of", "of", 2, "prep", "ADP"),
                   ("the", "the", 5, "det", "DET"), ("town", "town", 3, "pobj", "NOUN")]) == [
        ("captured", "COERCE", "192")]


def test_extract_attempted_attack_is_the_attack_attempted_talk_is_not(lexicon, gazetteer):
    # "Militants tried to assassinate the minister": the attempt is an act (CAMEO 186);
    # "Kenya tried to meet Somalia" is no meeting yet.
    def attempt(verb, lemma, source, target):
        doc = parse([("They", "they", 1, "nsubj", "PRON"), ("tried", "try", 1, "ROOT", "VERB"),
                     ("to", "to", 3, "aux", "PART"), (verb, lemma, 1, "xcomp", "VERB"),
                     ("him", "he", 3, "dobj", "PRON")])
        return code(doc, [mention(0, source), mention(4, target)], lexicon, gazetteer)

    events = attempt("assassinate", "assassinate", actor("SOM", "REB", "militants"),
                     actor("KEN", "GOV", "minister"))
    assert [(e.event_type, e.hypothetical) for e in events] == [("ASSAULT", False)]
    events = attempt("meet", "meet", actor("KEN"), actor("SOM"))
    assert [(e.event_type, e.hypothetical) for e in events] == [("CONSULT", True)]


def test_extract_deal_put_on_hold_is_suspended(lexicon, gazetteer):
    # "Kenya put the deal with Uganda on hold": a suspension (SANCTION), no agreement.
    doc = parse([("Kenya", "Kenya", 1, "nsubj", "PROPN"), ("put", "put", 1, "ROOT", "VERB"),
                 ("the", "the", 3, "det", "DET"), ("deal", "deal", 1, "dobj", "NOUN"),
                 ("with", "with", 3, "prep", "ADP"), ("Uganda", "Uganda", 4, "pobj", "PROPN"),
                 ("on", "on", 1, "prep", "ADP"), ("hold", "hold", 6, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("KEN")), mention(5, actor("UGA"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("SANCTION", "KEN", "UGA")}


def test_predicates_bombs_exploded_by_someone_are_an_attack(lexicon):
    # "Rebels exploded two bombs" is an attack (CAMEO 183); "a bomb exploded" names no
    # one who set it off.
    def senses(rows):
        return [(p.trigger.text, p.sense.event_type)
                for p in find_predicates(parse(rows)[:], lexicon)]

    assert senses([("Rebels", "rebel", 1, "nsubj", "NOUN"),
                   ("exploded", "explode", 1, "ROOT", "VERB"),
                   ("two", "two", 3, "nummod", "NUM"),
                   ("bombs", "bomb", 1, "dobj", "NOUN")]) == [("exploded", "ASSAULT")]
    assert senses([("A", "a", 1, "det", "DET"), ("bomb", "bomb", 2, "nsubj", "NOUN"),
                   ("exploded", "explode", 2, "ROOT", "VERB")]) == []


def test_extract_order_to_close_or_to_stop_publishing_is_the_act_done(lexicon, gazetteer):
    # "Kenya ordered the Ugandan embassy to close": a cut in relations (SANCTION 161);
    # "Kenya ordered the Ugandan newspaper to suspend publication": censorship (COERCE).
    def ordered(noun, lemma, verb, verb_lemma, rest):
        rows = [("Kenya", "Kenya", 1, "nsubj", "PROPN"), ("ordered", "order", 1, "ROOT", "VERB"),
                ("the", "the", 4, "det", "DET"), ("Ugandan", "ugandan", 4, "amod", "ADJ"),
                (noun, lemma, 1, "dobj", "NOUN"), ("to", "to", 6, "aux", "PART"),
                (verb, verb_lemma, 1, "xcomp", "VERB"),
                *[(w, w, 6, "dobj", "NOUN") for w in rest]]
        mentions = [mention(0, actor("KEN")), mention(3, actor("UGA", "JRN"), end=5, head=4)]
        return {(e.event_type, e.cameo, e.source.code, e.target.code)
                for e in code(parse(rows), mentions, lexicon, gazetteer)}

    assert ordered("embassy", "embassy", "close", "close", []) == {
        ("SANCTION", "161", "KEN", "UGA")}
    assert ordered("newspaper", "newspaper", "suspend", "suspend", ["publication"]) == {
        ("COERCE", "1721", "KEN", "UGA")}


def test_extract_protest_by_leaders_taken_for_officials_is_addressed_home(lexicon, gazetteer):
    # "Union leaders organised the protests": the actor stage may take "leaders" for
    # officials; a protest that names no target is still addressed to the government.
    doc = parse([("Leaders", "leader", 1, "nsubj", "NOUN"),
                 ("organised", "organise", 1, "ROOT", "VERB"), ("the", "the", 3, "det", "DET"),
                 ("protests", "protest", 1, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("BGD", "GOV", "leaders"))], lexicon, gazetteer)
    assert keys(events) == {("PROTEST", "BGD", "BGD")}


def test_extract_engaged_in_names_the_subjects_act(lexicon, gazetteer):
    # "Militias were engaged in ethnic cleansing against Kenyans": the militias' act,
    # a stative "be engaged in", not a passive whose object is the militias.
    doc = parse([("Militias", "militia", 2, "nsubjpass", "NOUN"),
                 ("were", "be", 2, "auxpass", "AUX"),
                 ("engaged", "engage", 2, "ROOT", "VERB"),
                 ("in", "in", 2, "prep", "ADP"),
                 ("ethnic", "ethnic", 5, "amod", "ADJ"),
                 ("cleansing", "cleansing", 3, "pobj", "NOUN"),
                 ("against", "against", 2, "prep", "ADP"),
                 ("Kenyans", "Kenyans", 6, "pobj", "PROPN")])
    doc[2].tag_ = "VBN"
    events = code(doc, [mention(0, actor("SOM", "REB")), mention(7, actor("KEN", "CVL"))],
                  lexicon, gazetteer)
    assert ("ASSAULT", "SOM", "KEN") in keys(events)


def test_extract_dismissing_an_appeal_to_act_is_a_rejection(lexicon, gazetteer):
    # "The rebels dismissed an appeal from Lagos to disarm": a call refused (REJECT);
    # "the court dismissed the appeal" is a ruling, no event.
    doc = parse([("Rebels", "rebel", 1, "nsubj", "NOUN"),
                 ("dismissed", "dismiss", 1, "ROOT", "VERB"),
                 ("an", "an", 3, "det", "DET"),
                 ("appeal", "appeal", 1, "dobj", "NOUN"),
                 ("from", "from", 3, "prep", "ADP"),
                 ("Lagos", "Lagos", 4, "pobj", "PROPN"),
                 ("to", "to", 7, "aux", "PART"),
                 ("disarm", "disarm", 3, "acl", "VERB")])
    events = code(doc, [mention(0, actor("NGA", "REB")), mention(5, actor("NGA"))],
                  lexicon, gazetteer)
    assert any(e.event_type == "REJECT" for e in events)
    ruling = parse([("Judges", "judge", 1, "nsubj", "NOUN"),
                    ("dismissed", "dismiss", 1, "ROOT", "VERB"),
                    ("the", "the", 3, "det", "DET"),
                    ("appeal", "appeal", 1, "dobj", "NOUN"),
                    ("of", "of", 3, "prep", "ADP"),
                    ("Lagos", "Lagos", 4, "pobj", "PROPN")])
    events = code(ruling, [mention(0, actor("NGA", "JUD")), mention(5, actor("GHA"))],
                  lexicon, gazetteer)
    assert not any(e.event_type == "REJECT" for e in events)
    # "The court dismissed an appeal from Accra to free the men": a court's ruling
    ruling = parse([("court", "court", 1, "nsubj", "NOUN"),
                    ("dismissed", "dismiss", 1, "ROOT", "VERB"),
                    ("an", "an", 3, "det", "DET"),
                    ("appeal", "appeal", 1, "dobj", "NOUN"),
                    ("from", "from", 3, "prep", "ADP"),
                    ("Accra", "Accra", 4, "pobj", "PROPN"),
                    ("to", "to", 7, "aux", "PART"),
                    ("free", "free", 3, "acl", "VERB"),
                    ("men", "man", 7, "dobj", "NOUN")])
    events = code(ruling, [mention(0, actor("NGA", "JUD")), mention(5, actor("GHA"))],
                  lexicon, gazetteer)
    assert not any(e.event_type == "REJECT" for e in events)


def test_extract_order_that_someone_be_held_is_the_detention(lexicon, gazetteer):
    # "The court ordered him held for days", "ordered the activists to be held in
    # custody": the order is the detention (COERCE), by the one who orders it; not
    # "ordered the talks held" nor, with no custody or term, "ordered the poll held".
    def ordered(held, lemma, passive_aux, custody=True):
        verb = 5 if passive_aux else 3
        rows = [("Kenya", "Kenya", 1, "nsubj", "PROPN"), ("ordered", "order", 1, "ROOT", "VERB"),
                (held, lemma, 1 if passive_aux else verb, "dobj" if passive_aux else "nsubj",
                 "PRON" if lemma == "he" else "NOUN")]
        if passive_aux:
            rows += [("to", "to", verb, "aux", "PART"), ("be", "be", verb, "auxpass", "AUX")]
        rows.append(("held", "hold", 1, "xcomp" if passive_aux else "ccomp", "VERB"))
        if custody:
            rows += [("in", "in", verb, "prep", "ADP"),
                     ("custody", "custody", verb + 1, "pobj", "NOUN")]
        doc = parse(rows)
        doc[verb].tag_ = "VBN"
        mentions = [mention(0, actor("KEN", "JUD")), mention(2, actor("UGA", "CVL"))]
        return keys(code(doc, mentions, lexicon, gazetteer))

    assert ordered("him", "he", passive_aux=False) == {("COERCE", "KEN", "UGA")}
    assert ordered("activists", "activist", passive_aux=True) == {("COERCE", "KEN", "UGA")}
    assert ordered("talks", "talk", passive_aux=True) == set()
    assert ordered("poll", "poll", passive_aux=True, custody=False) == set()

def test_extract_confining_someone_to_a_place_is_house_arrest(lexicon, gazetteer):
    # "Kenya confined the Ugandan envoy to his residence" (COERCE 173).
    doc = parse([("Kenya", "Kenya", 1, "nsubj", "PROPN"),
                 ("confined", "confine", 1, "ROOT", "VERB"),
                 ("envoy", "envoy", 1, "dobj", "NOUN"), ("to", "to", 1, "prep", "ADP"),
                 ("residence", "residence", 3, "pobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("KEN")), mention(2, actor("UGA"))], lexicon, gazetteer)
    assert {(e.event_type, e.cameo) for e in events} == {("COERCE", "173")}


def test_extract_headline_mention_does_not_swallow_the_lede_dated_that_day(lexicon, gazetteer):
    # Headline "Kenya detains Ugandan activists"; lede "Kenya on Saturday detained
    # Ugandan activists" (a Saturday story); later "On Friday Kenya detained Ugandan
    # activists". The lede's Saturday is a date of its own, not the headline's
    # publication date, and is kept beside Friday's.
    from spacy.tokens import Span

    doc = parse([("Kenya", "Kenya", 1, "nsubj", "PROPN"), ("detains", "detain", 1, "ROOT", "VERB"),
                 ("activists", "activist", 1, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT"),
                 ("Kenya", "Kenya", 7, "nsubj", "PROPN"), ("on", "on", 7, "prep", "ADP"),
                 ("Saturday", "Saturday", 5, "pobj", "PROPN"),
                 ("detained", "detain", 7, "ROOT", "VERB"),
                 ("activists", "activist", 7, "dobj", "NOUN"), (".", ".", 7, "punct", "PUNCT"),
                 ("On", "on", 13, "prep", "ADP"), ("Friday", "Friday", 10, "pobj", "PROPN"),
                 ("Kenya", "Kenya", 13, "nsubj", "PROPN"),
                 ("detained", "detain", 13, "ROOT", "VERB"),
                 ("activists", "activist", 13, "dobj", "NOUN"), (".", ".", 13, "punct", "PUNCT")])
    doc.ents = [Span(doc, 6, 7, label="DATE"), Span(doc, 11, 12, label="DATE")]
    mentions = [mention(i, actor(c)) for i, c in
                ((0, "KEN"), (2, "UGA"), (4, "KEN"), (8, "UGA"), (12, "KEN"), (14, "UGA"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert {(e.date, e.date_precision) for e in events} == {("2024-01-13", "day"),
                                                            ("2024-01-12", "day")}


def test_extract_arrival_sentence_lends_no_earlier_day_to_the_news_after_it(lexicon, gazetteer):
    # "Kenya met Uganda on Friday. Ugandan envoys arrived in Nairobi on Thursday.
    # Uganda urged Kenya ...": the arrival sets the scene; the plea is Friday's news.
    from spacy.tokens import Span

    doc = parse([("Kenya", "Kenya", 1, "nsubj", "PROPN"), ("met", "meet", 1, "ROOT", "VERB"),
                 ("Uganda", "Uganda", 1, "dobj", "PROPN"), ("on", "on", 1, "prep", "ADP"),
                 ("Friday", "Friday", 3, "pobj", "PROPN"), (".", ".", 1, "punct", "PUNCT"),
                 ("Ugandan", "ugandan", 7, "amod", "ADJ"),
                 ("envoys", "envoy", 8, "nsubj", "NOUN"),
                 ("arrived", "arrive", 8, "ROOT", "VERB"), ("in", "in", 8, "prep", "ADP"),
                 ("Nairobi", "Nairobi", 9, "pobj", "PROPN"), ("on", "on", 8, "prep", "ADP"),
                 ("Thursday", "Thursday", 11, "pobj", "PROPN"),
                 (".", ".", 8, "punct", "PUNCT"),
                 ("Uganda", "Uganda", 15, "nsubj", "PROPN"),
                 ("urged", "urge", 15, "ROOT", "VERB"),
                 ("Kenya", "Kenya", 15, "dobj", "PROPN"), (".", ".", 15, "punct", "PUNCT")])
    doc.ents = [Span(doc, 4, 5, label="DATE"), Span(doc, 12, 13, label="DATE")]
    mentions = [mention(0, actor("KEN")), mention(2, actor("UGA")),
                mention(6, actor("UGA"), end=8, head=7, kind="title"), mention(10, actor("KEN")),
                mention(14, actor("UGA")), mention(16, actor("KEN"))]
    by_type = {}
    for e in code(doc, mentions, lexicon, gazetteer):
        by_type.setdefault(e.event_type, []).append(e.date)
    assert sorted(by_type["CONSULT"]) == ["2024-01-11", "2024-01-12"]
    assert by_type["REQUEST"] == ["2024-01-12"]


def test_extract_attack_on_a_protest_targets_the_protesters(lexicon, gazetteer):
    # "Kenyan police attacked the rally": the protesters are hit, civilians of Kenya.
    doc = parse([("Kenyan", "kenyan", 1, "amod", "ADJ"), ("police", "police", 2, "nsubj", "NOUN"),
                 ("attacked", "attack", 2, "ROOT", "VERB"), ("the", "the", 4, "det", "DET"),
                 ("rally", "rally", 2, "dobj", "NOUN"), (".", ".", 2, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("KEN", "COP"), end=2, head=1, kind="title")],
                  lexicon, gazetteer)
    assert {(e.event_type, e.source.code, e.target.code, e.target.sector)
            for e in events} == {("ASSAULT", "KEN", "KEN", "CVL")}


def test_extract_court_order_to_compensate_is_a_ruling_against_the_one_ordered(
        lexicon, gazetteer):
    # "The Kenyan court ordered the Ugandan firm to compensate farmers": a judgment
    # against the firm (ACCUSE); a minister ordering it is no ruling.
    def ordered(subject, lemma):
        rows = [(subject, lemma, 1, "nsubj", "NOUN"), ("ordered", "order", 1, "ROOT", "VERB"),
                ("firm", "firm", 1, "dobj", "NOUN"), ("to", "to", 4, "aux", "PART"),
                ("compensate", "compensate", 1, "xcomp", "VERB"),
                ("farmers", "farmer", 4, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")]
        mentions = [mention(0, actor("KEN", "JUD")), mention(2, actor("UGA", "BUS"))]
        return keys(code(parse(rows), mentions, lexicon, gazetteer))

    assert ordered("court", "court") == {("ACCUSE", "KEN", "UGA")}
    assert ordered("minister", "minister") == set()


def test_extract_court_order_to_appear_is_a_demand_on_the_one_ordered(lexicon, gazetteer):
    # "The Kenyan court ordered the Ugandan minister to testify": a summons, CAMEO's
    # ORDER (100, demand); a minister ordering the same is no summons.
    def ordered(subject, lemma):
        rows = [(subject, lemma, 1, "nsubj", "NOUN"), ("ordered", "order", 1, "ROOT", "VERB"),
                ("minister", "minister", 1, "dobj", "NOUN"), ("to", "to", 4, "aux", "PART"),
                ("testify", "testify", 1, "xcomp", "VERB"), (".", ".", 1, "punct", "PUNCT")]
        mentions = [mention(0, actor("KEN", "JUD")), mention(2, actor("UGA", "GOV"))]
        return keys(code(parse(rows), mentions, lexicon, gazetteer))

    assert ordered("court", "court") == {("REQUEST", "KEN", "UGA")}
    assert ordered("general", "general") == set()


def test_extract_quoted_verdict_noun_misparsed_over_what_it_judges_accuses(lexicon, gazetteer):
    # 'Kenya called the Ugandan move "piracy"', parsed with "move" as a modifier of
    # "piracy": still a condemnation of the move (ACCUSE), aimed at Uganda.
    doc = parse([("Kenya", "Kenya", 1, "nsubj", "PROPN"), ("called", "call", 1, "ROOT", "VERB"),
                 ("the", "the", 6, "det", "DET"), ("Ugandan", "ugandan", 4, "amod", "ADJ"),
                 ("move", "move", 6, "compound", "NOUN"), ('"', '"', 6, "punct", "PUNCT"),
                 ("piracy", "piracy", 1, "dobj", "NOUN"), ('"', '"', 6, "punct", "PUNCT"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("KEN")), mention(3, actor("UGA"), end=5, head=4, kind="title")]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ACCUSE", "KEN", "UGA")}


@pytest.mark.parametrize(("also", "expected"), [(True, "2024-01-11"), (False, "2024-01-12")])
def test_extract_also_sentence_goes_on_with_the_day_before_it(lexicon, gazetteer, also,
                                                              expected):
    # "Kenya met Uganda on Friday. On Thursday Ugandan envoys gathered. They also
    # condemned Kenya.": the condemnation goes on with Thursday's gathering; without
    # "also" the story is back to Friday's news.
    from spacy.tokens import Span

    rows = [("Kenya", "Kenya", 1, "nsubj", "PROPN"), ("met", "meet", 1, "ROOT", "VERB"),
            ("Uganda", "Uganda", 1, "dobj", "PROPN"), ("on", "on", 1, "prep", "ADP"),
            ("Friday", "Friday", 3, "pobj", "PROPN"), (".", ".", 1, "punct", "PUNCT"),
            ("On", "on", 9, "prep", "ADP"), ("Thursday", "Thursday", 6, "pobj", "PROPN"),
            ("envoys", "envoy", 9, "nsubj", "NOUN"), ("gathered", "gather", 9, "ROOT", "VERB"),
            (".", ".", 9, "punct", "PUNCT"), ("They", "they", 13, "nsubj", "PRON")]
    rows += [("also", "also", 13, "advmod", "ADV")] if also else []
    root = 12 + also
    rows += [("condemned", "condemn", root, "ROOT", "VERB"),
             ("Kenya", "Kenya", root, "dobj", "PROPN"), (".", ".", root, "punct", "PUNCT")]
    rows = [(w, lemma, root if h == 13 else h, d, p) for w, lemma, h, d, p in rows]
    doc = parse(rows)
    doc.ents = [Span(doc, 4, 5, label="DATE"), Span(doc, 7, 8, label="DATE")]
    mentions = [mention(0, actor("KEN")), mention(2, actor("UGA")),
                mention(8, actor("UGA"), kind="title"), mention(11, actor("UGA")),
                mention(root + 1, actor("KEN"))]
    accusations = [e for e in code(doc, mentions, lexicon, gazetteer) if e.event_type == "ACCUSE"]
    assert [e.date for e in accusations] == [expected]


def test_extract_counted_frame_lies_that_far_from_the_day_its_sentence_is_given(
        lexicon, gazetteer):
    # "Kenya expelled the envoy, a day after Uganda arrested journalists. Kenya acted on
    # Friday.": the expulsion takes the story's Friday, the arrest the day before it
    # (not the publication date).
    from spacy.tokens import Span

    doc = parse([("Kenya", "Kenya", 1, "nsubj", "PROPN"), ("expelled", "expel", 1, "ROOT", "VERB"),
                 ("envoy", "envoy", 1, "dobj", "NOUN"), (",", ",", 1, "punct", "PUNCT"),
                 ("a", "a", 5, "det", "DET"), ("day", "day", 8, "npadvmod", "NOUN"),
                 ("after", "after", 8, "mark", "SCONJ"), ("Uganda", "Uganda", 8, "nsubj", "PROPN"),
                 ("arrested", "arrest", 1, "advcl", "VERB"),
                 ("journalists", "journalist", 8, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT"),
                 ("Kenya", "Kenya", 12, "nsubj", "PROPN"), ("acted", "act", 12, "ROOT", "VERB"),
                 ("on", "on", 12, "prep", "ADP"), ("Friday", "Friday", 13, "pobj", "PROPN"),
                 (".", ".", 12, "punct", "PUNCT")])
    doc.ents = [Span(doc, 14, 15, label="DATE")]
    mentions = [mention(0, actor("KEN")), mention(2, actor("UGA"), kind="title"),
                mention(7, actor("UGA")), mention(9, actor("KEN", "JRN"), kind="title"),
                mention(11, actor("KEN"))]
    dates = {e.event_type: e.date for e in code(doc, mentions, lexicon, gazetteer)}
    assert dates == {"SANCTION": "2024-01-12", "COERCE": "2024-01-11"}


def test_extract_frame_of_a_sentence_dating_nothing_counts_from_the_day_before_it(
        lexicon, gazetteer):
    # "Kenya acted on Friday. The expulsion came a day after Uganda arrested
    # journalists.": the sentence dates nothing of its own; the arrest lies a day before
    # the day told just before it (Thursday), not on the publication date.
    from spacy.tokens import Span

    doc = parse([("Kenya", "Kenya", 1, "nsubj", "PROPN"), ("acted", "act", 1, "ROOT", "VERB"),
                 ("on", "on", 1, "prep", "ADP"), ("Friday", "Friday", 2, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT"),
                 ("expulsion", "expulsion", 6, "nsubj", "NOUN"),
                 ("came", "come", 6, "ROOT", "VERB"),
                 ("a", "a", 8, "det", "DET"), ("day", "day", 11, "npadvmod", "NOUN"),
                 ("after", "after", 11, "mark", "SCONJ"),
                 ("Uganda", "Uganda", 11, "nsubj", "PROPN"),
                 ("arrested", "arrest", 6, "advcl", "VERB"),
                 ("journalists", "journalist", 11, "dobj", "NOUN"),
                 (".", ".", 6, "punct", "PUNCT")])
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    mentions = [mention(0, actor("KEN")), mention(10, actor("UGA")),
                mention(12, actor("KEN", "JRN"), kind="title")]
    dates = {e.event_type: (e.date, e.date_precision)
             for e in code(doc, mentions, lexicon, gazetteer)}
    assert dates == {"COERCE": ("2024-01-11", "lede")}


def test_extract_frame_still_to_come_gets_no_day_after_publication(lexicon, gazetteer):
    # "Kenya acted on Friday. Talks came a week before Uganda will arrest journalists.":
    # counted from Friday the arrest would fall after publication; it has no day yet.
    from spacy.tokens import Span

    doc = parse([("Kenya", "Kenya", 1, "nsubj", "PROPN"), ("acted", "act", 1, "ROOT", "VERB"),
                 ("on", "on", 1, "prep", "ADP"), ("Friday", "Friday", 2, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT"),
                 ("Talks", "talk", 6, "nsubj", "NOUN"), ("came", "come", 6, "ROOT", "VERB"),
                 ("a", "a", 8, "det", "DET"), ("week", "week", 12, "npadvmod", "NOUN"),
                 ("before", "before", 12, "mark", "SCONJ"),
                 ("Uganda", "Uganda", 12, "nsubj", "PROPN"),
                 ("will", "will", 12, "aux", "AUX"),
                 ("arrest", "arrest", 6, "advcl", "VERB"),
                 ("journalists", "journalist", 12, "dobj", "NOUN"),
                 (".", ".", 6, "punct", "PUNCT")])
    doc.ents = [Span(doc, 3, 4, label="DATE")]
    mentions = [mention(0, actor("KEN")), mention(10, actor("UGA")),
                mention(13, actor("KEN", "JRN"), kind="title")]
    dates = {e.event_type: e.date for e in code(doc, mentions, lexicon, gazetteer)}
    assert dates == {"COERCE": "2024-01-13"}


def test_extract_particle_parsed_as_preposition_still_makes_the_phrasal_verb(lexicon, gazetteer):
    # "Peru walked out of the talks with Chile": the parser may take "out" for a
    # preposition governing "of"; it is the particle of "walk out" (SANCTION 164).
    doc = parse([("Peru", "Peru", 1, "nsubj", "PROPN"), ("walked", "walk", 1, "ROOT", "VERB"),
                 ("out", "out", 1, "prep", "ADP"), ("of", "of", 2, "prep", "ADP"),
                 ("the", "the", 5, "det", "DET"), ("talks", "talk", 3, "pobj", "NOUN"),
                 ("with", "with", 5, "prep", "ADP"), ("Chile", "Chile", 6, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("PER")), mention(7, actor("CHL"))], lexicon, gazetteer)
    assert ("SANCTION", "PER", "CHL") in keys(events)


def test_extract_warning_an_addressee_of_a_threat_is_the_threat(lexicon, gazetteer):
    # "Chile warned Peru of retaliation": the addressee is the object; what it is warned
    # of names the event (THREATEN), as in "warned of retaliation".
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"), ("warned", "warn", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"), ("of", "of", 1, "prep", "ADP"),
                 ("retaliation", "retaliation", 3, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("CHL")), mention(2, actor("PER"))], lexicon, gazetteer)
    assert keys(events) == {("THREATEN", "CHL", "PER")}


def test_extract_pulling_out_of_a_treaty_reduces_relations(lexicon, gazetteer):
    # "Chile pulled out of the pact with Peru", "out" parsed as a preposition: what it
    # leaves is the object of "of" under it, a treaty (SANCTION 160), not a withdrawal.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"), ("pulled", "pull", 1, "ROOT", "VERB"),
                 ("out", "out", 1, "prep", "ADP"), ("of", "of", 2, "prep", "ADP"),
                 ("the", "the", 5, "det", "DET"), ("pact", "pact", 3, "pobj", "NOUN"),
                 ("with", "with", 5, "prep", "ADP"), ("Peru", "Peru", 6, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("CHL")), mention(7, actor("PER"))], lexicon, gazetteer)
    assert ("SANCTION", "CHL", "PER") in keys(events)


def test_extract_dissenters_calling_off_protests_yield_to_their_government(lexicon, gazetteer):
    # "The opposition suspended its protests": no one named is yielded to; like the
    # protests themselves, the easing is addressed to the opposition's own government.
    doc = parse([("Opposition", "opposition", 1, "nsubj", "NOUN"),
                 ("suspended", "suspend", 1, "ROOT", "VERB"), ("its", "its", 3, "poss", "PRON"),
                 ("protests", "protest", 1, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("BOL", "OPP", "opposition"))], lexicon, gazetteer)
    assert [(e.event_type, e.cameo, e.source.code, e.target.code, e.target.sector)
            for e in events] == [("CONCEDE", "082", "BOL", "BOL", "GOV")]


def test_extract_warning_that_an_attack_is_planned_is_a_threat(lexicon, gazetteer):
    # "Chile warned Peru that it plans to invade": the warned clause plans the attack.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"), ("warned", "warn", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"), ("that", "that", 5, "mark", "SCONJ"),
                 ("it", "it", 5, "nsubj", "PRON"), ("plans", "plan", 1, "ccomp", "VERB"),
                 ("to", "to", 7, "aux", "PART"), ("invade", "invade", 5, "xcomp", "VERB"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")),
                mention(4, actor("CHL"), kind="pronoun")]
    events = [e for e in code(doc, mentions, lexicon, gazetteer) if not e.hypothetical]
    assert [(e.event_type, e.source.code, e.target.code, e.trigger) for e in events] == [
        ("THREATEN", "CHL", "PER", "warned")]


def test_extract_raising_the_prospect_of_ones_own_coercion_is_a_threat(lexicon, gazetteer):
    # "Chile floated the possibility of sanctions against Peru": a threat (CAMEO 13),
    # not the sanctions; "the possibility of talks" threatens nothing.
    def floated(noun, lemma):
        doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                     ("floated", "float", 1, "ROOT", "VERB"), ("the", "the", 3, "det", "DET"),
                     ("possibility", "possibility", 1, "dobj", "NOUN"),
                     ("of", "of", 3, "prep", "ADP"), (noun, lemma, 4, "pobj", "NOUN"),
                     ("against", "against", 5, "prep", "ADP"),
                     ("Peru", "Peru", 6, "pobj", "PROPN"), (".", ".", 1, "punct", "PUNCT")])
        events = code(doc, [mention(0, actor("CHL")), mention(7, actor("PER"))], lexicon,
                      gazetteer)
        return {(e.event_type, e.source.code, e.target.code) for e in events
                if not e.hypothetical}

    assert floated("sanctions", "sanction") == {("THREATEN", "CHL", "PER")}
    assert "THREATEN" not in {t for t, _, _ in floated("talks", "talk")}


def test_extract_agentless_conviction_is_by_the_convicts_state_judiciary(lexicon, gazetteer):
    # "The general was convicted.": no court named; as with "was put under
    # investigation", it is the judiciary of the general's own state (SANCTION 116).
    doc = parse([("The", "the", 1, "det", "DET"), ("general", "general", 3, "nsubjpass", "NOUN"),
                 ("was", "be", 3, "auxpass", "AUX"), ("convicted", "convict", 3, "ROOT", "VERB"),
                 (".", ".", 3, "punct", "PUNCT")])
    events = code(doc, [mention(1, actor("PER", "MIL", "general"))], lexicon, gazetteer)
    assert [(e.event_type, e.source.code, e.source.sector, e.target.code) for e in events] == [
        ("SANCTION", "PER", "JUD", "PER")]


def test_extract_what_an_undergoer_gets_from_someone_is_done_by_them(lexicon, gazetteer):
    # "Peru received aid from Chile": the aid is Chile's to Peru (AID CHL -> PER).
    doc = parse([("Peru", "Peru", 1, "nsubj", "PROPN"), ("received", "receive", 1, "ROOT", "VERB"),
                 ("aid", "aid", 1, "dobj", "NOUN"), ("from", "from", 1, "prep", "ADP"),
                 ("Chile", "Chile", 3, "pobj", "PROPN"), (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("PER")), mention(4, actor("CHL"))], lexicon, gazetteer)
    assert keys(events) == {("AID", "CHL", "PER")}


def test_extract_act_of_a_stated_intent_is_done_by_who_states_it(lexicon, gazetteer):
    # "Chile took the decision to expel the Peruvian envoy": the expulsion's subject is
    # whoever takes the decision (SANCTION CHL -> PER).
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"), ("took", "take", 1, "ROOT", "VERB"),
                 ("the", "the", 3, "det", "DET"), ("decision", "decision", 1, "dobj", "NOUN"),
                 ("to", "to", 5, "aux", "PART"), ("expel", "expel", 3, "acl", "VERB"),
                 ("the", "the", 8, "det", "DET"), ("Peruvian", "peruvian", 8, "amod", "ADJ"),
                 ("envoy", "envoy", 5, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL")), mention(7, actor("PER"), end=9, head=8)]
    events = [e for e in code(doc, mentions, lexicon, gazetteer) if not e.hypothetical]
    assert ("SANCTION", "CHL", "PER") in keys(events)


def test_extract_killed_by_a_gerund_attack_is_by_unidentified_forces(lexicon, gazetteer):
    # "civilians were killed by shelling in Donetsk": the parser leaves "shelling" a verb
    doc = parse([("Civilians", "civilian", 2, "nsubjpass", "NOUN"),
                 ("were", "be", 2, "auxpass", "AUX"),
                 ("killed", "kill", 2, "ROOT", "VERB"),
                 ("by", "by", 2, "agent", "ADP"),
                 ("shelling", "shell", 3, "pcomp", "VERB"),
                 ("in", "in", 4, "prep", "ADP"),
                 ("Donetsk", "Donetsk", 5, "pobj", "PROPN")])
    civilians = Actor(text="civilians", name="civilians", sector="CVL")
    events = code(doc, [mention(0, civilians, kind="title")], lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "UKR", "UKR")}
    assert events[0].source.sector == "UAF"


def test_extract_headline_passive_without_auxiliary_has_its_subject_as_victim(
        lexicon, gazetteer):
    # "Policemen killed in ambush near Kandahar": parsed active, but nobody is killed
    # after the verb and the attack is named, so the policemen are the ones killed
    doc = parse([("Policemen", "policeman", 1, "nsubj", "NOUN"),
                 ("killed", "kill", 1, "ROOT", "VERB"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("ambush", "ambush", 2, "pobj", "NOUN"),
                 ("near", "near", 1, "prep", "ADP"),
                 ("Kandahar", "Kandahar", 4, "pobj", "PROPN")])
    police = Actor(text="Policemen", name="policemen", sector="COP")
    events = code(doc, [mention(0, police, kind="title")], lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "AFG", "AFG")}
    assert (events[0].source.sector, events[0].target.sector) == ("UAF", "COP")
    # a participle on its noun: "Afghan policemen killed in bombing"
    doc = parse([("Afghan", "afghan", 1, "amod", "ADJ"),
                 ("policemen", "policeman", 1, "ROOT", "NOUN"),
                 ("killed", "kill", 1, "acl", "VERB"),
                 ("in", "in", 2, "prep", "ADP"),
                 ("bombing", "bombing", 3, "pobj", "NOUN")])
    police = Actor(text="policemen", name="policemen", country="AFG", sector="COP")
    events = code(doc, [mention(0, police, end=2, head=1)], lexicon, gazetteer)
    assert [(e.source.sector, e.target.code) for e in events] == [("UAF", "AFG")]


def test_extract_place_of_an_unattributed_attack_is_not_its_doer(lexicon, gazetteer):
    # "Two students were killed by gunfire in Kabul": Kabul (the capital, which may stand
    # for the government) is where the shots were, not who fired them
    doc = parse([("Two", "two", 1, "nummod", "NUM"),
                 ("students", "student", 3, "nsubjpass", "NOUN"),
                 ("were", "be", 3, "auxpass", "AUX"),
                 ("killed", "kill", 3, "ROOT", "VERB"),
                 ("by", "by", 3, "agent", "ADP"),
                 ("gunfire", "gunfire", 4, "pobj", "NOUN"),
                 ("in", "in", 5, "prep", "ADP"),
                 ("Kabul", "Kabul", 6, "pobj", "PROPN")])
    students = Actor(text="students", name="students", sector="EDU")
    mentions = [mention(1, students, kind="title"), mention(7, actor("AFG"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "AFG", "AFG")}
    assert events[0].source.sector == "UAF"


def test_extract_harm_in_an_attack_its_words_attribute_is_by_that_attacker(
        lexicon, gazetteer):
    # "Two guards were killed in a Turkish drone strike": Turkey, not someone unknown
    doc = parse([("Two", "two", 1, "nummod", "NUM"),
                 ("guards", "guard", 3, "nsubjpass", "NOUN"),
                 ("were", "be", 3, "auxpass", "AUX"),
                 ("killed", "kill", 3, "ROOT", "VERB"),
                 ("in", "in", 3, "prep", "ADP"),
                 ("a", "a", 8, "det", "DET"),
                 ("Turkish", "turkish", 8, "amod", "ADJ"),
                 ("drone", "drone", 8, "compound", "NOUN"),
                 ("strike", "strike", 4, "pobj", "NOUN")])
    guards = Actor(text="guards", name="guards", country="SYR", sector="MIL")
    mentions = [mention(1, guards, kind="title"), mention(6, actor("TUR", "MIL"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "TUR", "SYR")}
    assert events[0].source.sector == "MIL"


def test_extract_agentless_harm_of_armed_victims_is_by_unidentified_forces(
        lexicon, gazetteer):
    # "Three policemen were killed near Herat": no cause named, but the victims are armed
    doc = parse([("Three", "three", 1, "nummod", "NUM"),
                 ("policemen", "policeman", 3, "nsubjpass", "NOUN"),
                 ("were", "be", 3, "auxpass", "AUX"),
                 ("killed", "kill", 3, "ROOT", "VERB"),
                 ("near", "near", 3, "prep", "ADP"),
                 ("Herat", "Herat", 4, "pobj", "PROPN")])
    police = Actor(text="policemen", name="policemen", country="AFG", sector="COP")
    events = code(doc, [mention(1, police)], lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "AFG", "AFG")}
    assert events[0].source.sector == "UAF"
    # "... were killed in a crash near Herat": a mishap, no one's attack
    doc = parse([("Three", "three", 1, "nummod", "NUM"),
                 ("policemen", "policeman", 3, "nsubjpass", "NOUN"),
                 ("were", "be", 3, "auxpass", "AUX"),
                 ("killed", "kill", 3, "ROOT", "VERB"),
                 ("in", "in", 3, "prep", "ADP"),
                 ("a", "a", 6, "det", "DET"),
                 ("crash", "crash", 4, "pobj", "NOUN"),
                 ("near", "near", 6, "prep", "ADP"),
                 ("Herat", "Herat", 7, "pobj", "PROPN")])
    assert code(doc, [mention(1, police)], lexicon, gazetteer) == []


def test_extract_agentless_abduction_of_an_official_is_by_unidentified_forces(
        lexicon, gazetteer):
    # "A district mayor was abducted near Herat": kidnapping is an attack (CAMEO 181),
    # by no one named
    doc = parse([("A", "a", 2, "det", "DET"),
                 ("district", "district", 2, "compound", "NOUN"),
                 ("mayor", "mayor", 4, "nsubjpass", "NOUN"),
                 ("was", "be", 4, "auxpass", "AUX"),
                 ("abducted", "abduct", 4, "ROOT", "VERB"),
                 ("near", "near", 4, "prep", "ADP"),
                 ("Herat", "Herat", 5, "pobj", "PROPN")])
    mayor = Actor(text="mayor", name="mayor", country="AFG", sector="GOV")
    events = code(doc, [mention(2, mayor)], lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "AFG", "AFG")}
    assert events[0].source.sector == "UAF"


def test_extract_harm_told_after_a_seizure_is_by_its_maker(lexicon, gazetteer):
    # "Russian ships seized Ukrainian boats. Six sailors were wounded.": by Russia, not
    # by someone unknown
    doc = parse([("Russian", "russian", 1, "amod", "ADJ"),
                 ("ships", "ship", 2, "nsubj", "NOUN"),
                 ("seized", "seize", 2, "ROOT", "VERB"),
                 ("Ukrainian", "ukrainian", 4, "amod", "ADJ"),
                 ("boats", "boat", 2, "dobj", "NOUN"),
                 (".", ".", 2, "punct", "PUNCT"),
                 ("Six", "six", 7, "nummod", "NUM"),
                 ("sailors", "sailor", 9, "nsubjpass", "NOUN"),
                 ("were", "be", 9, "auxpass", "AUX"),
                 ("wounded", "wound", 9, "ROOT", "VERB"),
                 (".", ".", 9, "punct", "PUNCT")])
    sailors = Actor(text="sailors", name="sailors", country="UKR", sector="MIL")
    mentions = [mention(0, actor("RUS", "MIL"), end=2, head=1),
                mention(3, actor("UKR", "MIL"), end=5, head=4), mention(7, sailors)]
    events = code(doc, mentions, lexicon, gazetteer)
    assert keys(events) == {("COERCE", "RUS", "UKR"), ("ASSAULT", "RUS", "UKR")}


def test_extract_harm_when_a_bomb_went_off_is_by_unidentified_forces(lexicon, gazetteer):
    # "Two guards were killed when a bomb exploded in Herat": the bomb's clause is the cause
    doc = parse([("Two", "two", 1, "nummod", "NUM"),
                 ("guards", "guard", 3, "nsubjpass", "NOUN"),
                 ("were", "be", 3, "auxpass", "AUX"),
                 ("killed", "kill", 3, "ROOT", "VERB"),
                 ("when", "when", 7, "advmod", "SCONJ"),
                 ("a", "a", 6, "det", "DET"),
                 ("bomb", "bomb", 7, "nsubj", "NOUN"),
                 ("exploded", "explode", 3, "advcl", "VERB"),
                 ("in", "in", 7, "prep", "ADP"),
                 ("Herat", "Herat", 8, "pobj", "PROPN")])
    guards = Actor(text="guards", name="guards", country="AFG", sector="CVL")
    events = code(doc, [mention(1, guards)], lexicon, gazetteer)
    assert [(e.source.code, e.source.sector, e.target.code) for e in events] == [
        ("AFG", "UAF", "AFG")]


def test_extract_dying_in_an_attack_is_being_killed_in_it(lexicon, gazetteer):
    # "A guard died in a suicide bombing in Herat": the guard is the victim, not the doer
    doc = parse([("A", "a", 1, "det", "DET"),
                 ("guard", "guard", 2, "nsubj", "NOUN"),
                 ("died", "die", 2, "ROOT", "VERB"),
                 ("in", "in", 2, "prep", "ADP"),
                 ("a", "a", 6, "det", "DET"),
                 ("suicide", "suicide", 6, "compound", "NOUN"),
                 ("bombing", "bombing", 3, "pobj", "NOUN"),
                 ("in", "in", 6, "prep", "ADP"),
                 ("Herat", "Herat", 7, "pobj", "PROPN")])
    guard = Actor(text="guard", name="guard", country="AFG", sector="MIL")
    events = code(doc, [mention(1, guard)], lexicon, gazetteer)
    assert [(e.event_type, e.source.sector, e.target.code, e.trigger) for e in events] == [
        ("ASSAULT", "UAF", "AFG", "died")]
    # dying in hospital is no attack
    doc = parse([("A", "a", 1, "det", "DET"),
                 ("guard", "guard", 2, "nsubj", "NOUN"),
                 ("died", "die", 2, "ROOT", "VERB"),
                 ("in", "in", 2, "prep", "ADP"),
                 ("hospital", "hospital", 3, "pobj", "NOUN")])
    assert code(doc, [mention(1, guard)], lexicon, gazetteer) == []


def test_extract_victims_of_a_foreign_attack_take_the_place_not_the_attacker(
        lexicon, gazetteer):
    # "Civilians were killed in a Turkish air strike in Aleppo": the civilians, which the
    # actor stage could only give the attacker's country, are Syria's
    doc = parse([("Civilians", "civilian", 2, "nsubjpass", "NOUN"),
                 ("were", "be", 2, "auxpass", "AUX"),
                 ("killed", "kill", 2, "ROOT", "VERB"),
                 ("in", "in", 2, "prep", "ADP"),
                 ("a", "a", 7, "det", "DET"),
                 ("Turkish", "turkish", 7, "amod", "ADJ"),
                 ("air", "air", 7, "compound", "NOUN"),
                 ("strike", "strike", 3, "pobj", "NOUN"),
                 ("in", "in", 2, "prep", "ADP"),
                 ("Aleppo", "Aleppo", 8, "pobj", "PROPN")])
    civilians = Actor(text="Civilians", name="civilians", country="TUR", sector="CVL")
    mentions = [mention(0, civilians, kind="title"), mention(5, actor("TUR", "MIL"))]
    events = code(doc, mentions, lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "TUR", "SYR")}


def test_extract_toll_of_a_blast_is_placed_where_the_blast_was(lexicon, gazetteer):
    # "A bomb went off at a market in Herat, killing four people": the people and the
    # unidentified attackers are of the place the blast's clause names
    doc = parse([("A", "a", 1, "det", "DET"),
                 ("bomb", "bomb", 2, "nsubj", "NOUN"),
                 ("exploded", "explode", 2, "ROOT", "VERB"),
                 ("at", "at", 2, "prep", "ADP"),
                 ("a", "a", 5, "det", "DET"),
                 ("market", "market", 3, "pobj", "NOUN"),
                 ("in", "in", 5, "prep", "ADP"),
                 ("Herat", "Herat", 6, "pobj", "PROPN"),
                 (",", ",", 2, "punct", "PUNCT"),
                 ("killing", "kill", 2, "advcl", "VERB"),
                 ("four", "four", 11, "nummod", "NUM"),
                 ("people", "people", 9, "dobj", "NOUN")])
    doc[9].tag_ = "VBG"
    people = Actor(text="people", name="people", sector="CVL")
    events = code(doc, [mention(11, people, kind="title")], lexicon, gazetteer)
    assert [(e.source.code, e.source.sector, e.target.code) for e in events] == [
        ("AFG", "UAF", "AFG")]


def test_extract_leaving_people_dead_is_killing_them(lexicon, gazetteer):
    # "A car bomb left nine people dead in Herat"
    doc = parse([("A", "a", 2, "det", "DET"),
                 ("car", "car", 2, "compound", "NOUN"),
                 ("bomb", "bomb", 3, "nsubj", "NOUN"),
                 ("left", "leave", 3, "ROOT", "VERB"),
                 ("nine", "nine", 5, "nummod", "NUM"),
                 ("people", "people", 3, "dobj", "NOUN"),
                 ("dead", "dead", 3, "oprd", "ADJ"),
                 ("in", "in", 3, "prep", "ADP"),
                 ("Herat", "Herat", 7, "pobj", "PROPN")])
    people = Actor(text="people", name="people", country="AFG", sector="CVL")
    events = code(doc, [mention(5, people, kind="title")], lexicon, gazetteer)
    assert [(e.event_type, e.source.sector, e.target.code) for e in events] == [
        ("ASSAULT", "UAF", "AFG")]


def test_extract_headline_count_of_the_dead_is_the_place_s_people(lexicon, gazetteer):
    # "Four killed in air strike in Aleppo": the parser makes the count the head
    doc = parse([("Four", "four", 0, "ROOT", "NUM"),
                 ("killed", "kill", 0, "acl", "VERB"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("air", "air", 4, "compound", "NOUN"),
                 ("strike", "strike", 2, "pobj", "NOUN"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("Aleppo", "Aleppo", 5, "pobj", "PROPN")])
    events = code(doc, [], lexicon, gazetteer)
    assert [(e.source.code, e.source.sector, e.target.code) for e in events] == [
        ("SYR", "UAF", "SYR")]


def test_extract_harm_in_clashes_is_by_the_other_side(lexicon, gazetteer):
    # "Two soldiers died in clashes with rebels near Herat": the rebels, not the dead
    rows = [("Two", "two", 1, "nummod", "NUM"),
            ("soldiers", "soldier", 2, "nsubj", "NOUN"),
            ("died", "die", 2, "ROOT", "VERB"),
            ("in", "in", 2, "prep", "ADP"),
            ("clashes", "clash", 3, "pobj", "NOUN"),
            ("with", "with", 4, "prep", "ADP"),
            ("rebels", "rebel", 5, "pobj", "NOUN"),
            ("near", "near", 2, "prep", "ADP"),
            ("Herat", "Herat", 7, "pobj", "PROPN")]
    soldiers = Actor(text="soldiers", name="soldiers", country="AFG", sector="MIL")
    rebels = Actor(text="rebels", name="rebels", country="AFG", sector="REB")
    mentions = [mention(1, soldiers), mention(6, rebels)]
    events = code(parse(rows), mentions, lexicon, gazetteer)
    assert [(e.source.sector, e.target.sector) for e in events] == [("REB", "MIL")]
    # "... were killed during clashes with rebels ...": the same
    rows = [("Two", "two", 1, "nummod", "NUM"), ("soldiers", "soldier", 3, "nsubjpass", "NOUN"),
            ("were", "be", 3, "auxpass", "AUX"), ("killed", "kill", 3, "ROOT", "VERB"),
            ("during", "during", 3, "prep", "ADP"), ("clashes", "clash", 4, "pobj", "NOUN"),
            ("with", "with", 5, "prep", "ADP"), ("rebels", "rebel", 6, "pobj", "NOUN")]
    mentions = [mention(1, soldiers), mention(7, rebels)]
    events = code(parse(rows), mentions, lexicon, gazetteer)
    assert [(e.source.sector, e.target.sector) for e in events] == [("REB", "MIL")]


def test_extract_a_count_killed_is_the_place_s_people(lexicon, gazetteer):
    # "Rebels killed 13 near Herat": the count names the place's people
    doc = parse([("Rebels", "rebel", 1, "nsubj", "NOUN"),
                 ("killed", "kill", 1, "ROOT", "VERB"),
                 ("13", "13", 1, "dobj", "NUM"),
                 ("near", "near", 1, "prep", "ADP"),
                 ("Herat", "Herat", 3, "pobj", "PROPN")])
    rebels = Actor(text="Rebels", name="rebels", country="AFG", sector="REB")
    events = code(doc, [mention(0, rebels)], lexicon, gazetteer)
    assert [(e.source.sector, e.target.code, e.target.sector) for e in events] == [
        ("REB", "AFG", "CVL")]


@pytest.mark.parametrize("rows", [
    # "Chilean students throwing stones during protests": a participle on the crowd
    [("Chilean", "chilean", 1, "amod", "ADJ"), ("students", "student", 1, "ROOT", "NOUN"),
     ("throwing", "throw", 1, "acl", "VERB"), ("stones", "stone", 2, "dobj", "NOUN"),
     ("during", "during", 2, "prep", "ADP"), ("protests", "protest", 4, "pobj", "NOUN")],
    # "Chilean students resorted to throwing stones during protests", "resorted" misread
    # as a participle on its subject
    [("Chilean", "chilean", 1, "amod", "ADJ"), ("students", "student", 1, "ROOT", "NOUN"),
     ("resorted", "resort", 1, "acl", "VERB"), ("to", "to", 2, "prep", "ADP"),
     ("throwing", "throw", 3, "pcomp", "VERB"), ("stones", "stone", 4, "dobj", "NOUN"),
     ("during", "during", 4, "prep", "ADP"), ("protests", "protest", 6, "pobj", "NOUN")],
    # "Chilean students beginning to throw stones during demonstrations"
    [("Chilean", "chilean", 1, "amod", "ADJ"), ("students", "student", 1, "ROOT", "NOUN"),
     ("beginning", "begin", 1, "acl", "VERB"), ("to", "to", 4, "aux", "PART"),
     ("throw", "throw", 2, "xcomp", "VERB"), ("stones", "stone", 4, "dobj", "NOUN"),
     ("during", "during", 4, "prep", "ADP"),
     ("demonstrations", "demonstration", 6, "pobj", "NOUN")],
])
def test_extract_crowd_described_acting_during_a_protest_takes_part(lexicon, gazetteer, rows):
    mentions = [mention(0, actor("CHL", "EDU"), end=2, head=1, kind="title")]
    found = keys(code(parse(rows), mentions, lexicon, gazetteer))
    assert any(t == "PROTEST" and s == "CHL" for t, s, _ in found)


def test_extract_harm_during_another_kind_of_event_is_no_attack(lexicon, gazetteer):
    # "Two soldiers were injured during a training exercise near Herat": no attacker
    doc = parse([("Two", "two", 1, "nummod", "NUM"),
                 ("soldiers", "soldier", 3, "nsubjpass", "NOUN"),
                 ("were", "be", 3, "auxpass", "AUX"),
                 ("injured", "injure", 3, "ROOT", "VERB"),
                 ("during", "during", 3, "prep", "ADP"),
                 ("a", "a", 7, "det", "DET"),
                 ("training", "training", 7, "compound", "NOUN"),
                 ("exercise", "exercise", 4, "pobj", "NOUN"),
                 ("near", "near", 3, "prep", "ADP"),
                 ("Herat", "Herat", 8, "pobj", "PROPN")])
    soldiers = Actor(text="soldiers", name="soldiers", country="AFG", sector="MIL")
    assert code(doc, [mention(1, soldiers)], lexicon, gazetteer) == []


def test_extract_toll_of_a_blast_that_struck_a_place_is_that_place_s(lexicon, gazetteer):
    # "An explosion rocked Herat, killing 11": the place struck is where the dead were
    doc = parse([("An", "an", 1, "det", "DET"),
                 ("explosion", "explosion", 2, "nsubj", "NOUN"),
                 ("rocked", "rock", 2, "ROOT", "VERB"),
                 ("Herat", "Herat", 2, "dobj", "PROPN"),
                 (",", ",", 2, "punct", "PUNCT"),
                 ("killing", "kill", 2, "advcl", "VERB"),
                 ("11", "11", 5, "dobj", "NUM")])
    doc[5].tag_ = "VBG"
    events = code(doc, [], lexicon, gazetteer)
    assert [(e.source.code, e.source.sector, e.target.code) for e in events] == [
        ("AFG", "UAF", "AFG")]


def test_extract_event_acted_on_lends_its_day_to_no_other(lexicon, gazetteer):
    # "Greece condemned Sunday's attack by Houthis": Sunday is the attack's day; the
    # condemnation is not dated by it (the story names no other day).
    from spacy.tokens import Span

    doc = parse([("Greece", "Greece", 1, "nsubj", "PROPN"),
                 ("condemned", "condemn", 1, "ROOT", "VERB"),
                 ("Sunday", "Sunday", 4, "poss", "PROPN"),
                 ("'s", "'s", 2, "case", "PART"),
                 ("attack", "attack", 1, "dobj", "NOUN"),
                 ("by", "by", 4, "prep", "ADP"),
                 ("Houthis", "Houthis", 5, "pobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    doc.ents = [Span(doc, 2, 3, label="DATE")]
    events = code(doc, [mention(0, actor("GRC")), mention(6, actor("YEM", "REB"))], lexicon,
                  gazetteer)
    accuse = [(e.date, e.date_precision) for e in events if e.event_type == "ACCUSE"]
    assert accuse == [(PUBLISHED.isoformat(), "published")]


def test_extract_sporting_win_is_no_attack(lexicon, gazetteer):
    # "Chile beat Peru by two goals": a match result, not a beating.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("beat", "beat", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"),
                 ("by", "by", 1, "prep", "ADP"),
                 ("two", "two", 5, "nummod", "NUM"),
                 ("goals", "goal", 3, "pobj", "NOUN")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == set()
    # a match that is only the occasion leaves the attack: "attacked Peru after the match"
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("attacked", "attack", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"),
                 ("after", "after", 1, "prep", "ADP"),
                 ("the", "the", 5, "det", "DET"),
                 ("match", "match", 3, "pobj", "NOUN")])
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ASSAULT", "CHL", "PER")}


def test_extract_score_marks_a_match(lexicon, gazetteer):
    # "Chile beat Peru 4-0" (the parser splits the score into three tokens)
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("beat", "beat", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"),
                 ("4", "4", 1, "npadvmod", "NUM"),
                 ("-", "-", 5, "punct", "SYM"),
                 ("0", "0", 1, "dobj", "NUM")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == set()


def test_extract_attack_on_an_ill_or_a_policy_is_figurative(lexicon, gazetteer):
    # "Chile fought Peru's debt", "Chile torpedoed Peru's budget", "Chile fought Peru's
    # fine" (in court): no one is attacked
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER"))]
    for verb, lemma, noun in (("fought", "fight", "debt"), ("torpedoed", "torpedo", "budget"),
                              ("fought", "fight", "fine")):
        doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                     (verb, lemma, 1, "ROOT", "VERB"),
                     ("Peru", "Peru", 4, "poss", "PROPN"),
                     ("'s", "'s", 2, "case", "PART"),
                     (noun, noun, 1, "dobj", "NOUN")])
        assert keys(code(doc, mentions, lexicon, gazetteer)) == set()


def test_extract_private_resignation_is_no_event(lexicon, gazetteer):
    # "The chief executive resigned": no public office is left; a minister's is
    doc = parse([("Smith", "Smith", 1, "nsubj", "PROPN"),
                 ("resigned", "resign", 1, "ROOT", "VERB")])
    boss = mention(0, actor("CHL", "BUS", "Smith"))
    assert keys(code(doc, [boss], lexicon, gazetteer)) == set()
    minister = mention(0, actor("CHL", "GOV", "Smith"))
    assert keys(code(doc, [minister], lexicon, gazetteer)) == {("RETREAT", "CHL", None)}


def test_extract_yes_no_question_is_hypothetical(lexicon, gazetteer):
    # "Did Chile attack Peru?" asks; "Why did Chile attack Peru?" takes the attack as given
    rows = [("Did", "do", 2, "aux", "AUX"),
            ("Chile", "Chile", 2, "nsubj", "PROPN"),
            ("attack", "attack", 2, "ROOT", "VERB"),
            ("Peru", "Peru", 2, "dobj", "PROPN"),
            ("?", "?", 2, "punct", "PUNCT")]
    events = code(parse(rows), [mention(1, actor("CHL")), mention(3, actor("PER"))],
                  lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "CHL", "PER")} and events[0].hypothetical
    doc = parse([("Why", "why", 3, "advmod", "SCONJ")]
                + [(w, lemma, h + 1, d, p) for w, lemma, h, d, p in rows])
    doc[0].tag_ = "WRB"
    events = code(doc, [mention(2, actor("CHL")), mention(4, actor("PER"))], lexicon, gazetteer)
    assert keys(events) == {("ASSAULT", "CHL", "PER")} and not events[0].hypothetical


def test_extract_career_note_is_no_event(lexicon, gazetteer):
    # "Chile hired a former officer who attacked Peru": what he once did describes him
    def rows(adjective):
        return [("Chile", "Chile", 1, "nsubj", "PROPN"),
                ("hired", "hire", 1, "ROOT", "VERB"),
                ("a", "a", 4, "det", "DET"),
                (adjective, adjective, 4, "amod", "ADJ"),
                ("officer", "officer", 1, "dobj", "NOUN"),
                ("who", "who", 6, "nsubj", "PRON"),
                ("attacked", "attack", 4, "relcl", "VERB"),
                ("Peru", "Peru", 6, "dobj", "PROPN")]
    mentions = [mention(0, actor("CHL")), mention(4, actor("CHL", "MIL", "officer")),
                mention(7, actor("PER"))]
    assert keys(code(parse(rows("former")), mentions, lexicon, gazetteer)) == set()
    assert keys(code(parse(rows("young")), mentions, lexicon, gazetteer)) == {
        ("ASSAULT", "CHL", "PER")}


def test_extract_verb_hung_with_of_the_sources_own_object_names_the_other_side(
        lexicon, gazetteer):
    # "Niger closed its borders with Benin", the parser hanging "with" on the verb.
    doc = parse([("Niger", "Niger", 1, "nsubj", "PROPN"),
                 ("closed", "close", 1, "ROOT", "VERB"),
                 ("its", "its", 3, "poss", "PRON"),
                 ("borders", "border", 1, "dobj", "NOUN"),
                 ("with", "with", 1, "prep", "ADP"),
                 ("Benin", "Benin", 4, "pobj", "PROPN")])
    mentions = [mention(0, actor("NER")), mention(2, actor("NER"), kind="pronoun"),
                mention(5, actor("BEN"))]
    assert {(s, t) for _, s, t in keys(code(doc, mentions, lexicon, gazetteer))} == {
        ("NER", "BEN")}


def test_extract_from_of_the_sources_own_object_names_the_other_side(lexicon, gazetteer):
    # "Chad recalled its ambassador from Sudan": "from" hung on the verb names whom the
    # recall is aimed at; without "its" the "from" phrase is not taken.
    def rows(owner):
        return [("Chad", "Chad", 1, "nsubj", "PROPN"),
                ("recalled", "recall", 1, "ROOT", "VERB"),
                (owner, owner, 3, "poss" if owner == "its" else "det", "PRON"),
                ("ambassador", "ambassador", 1, "dobj", "NOUN"),
                ("from", "from", 1, "prep", "ADP"),
                ("Sudan", "Sudan", 4, "pobj", "PROPN")]
    mentions = [mention(0, actor("TCD")), mention(5, actor("SDN"))]
    assert keys(code(parse(rows("its")), mentions, lexicon, gazetteer)) == {
        ("SANCTION", "TCD", "SDN")}
    assert keys(code(parse(rows("an")), mentions, lexicon, gazetteer)) == set()


def test_extract_fight_names_the_other_side_before_the_place(lexicon, gazetteer):
    # "Chile clash with Peru in Doha": the city is where, Peru the other side.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("clash", "clash", 1, "ROOT", "VERB"),
                 ("with", "with", 1, "prep", "ADP"),
                 ("Peru", "Peru", 2, "pobj", "PROPN"),
                 ("in", "in", 1, "prep", "ADP"),
                 ("Doha", "Doha", 4, "pobj", "PROPN")])
    mentions = [mention(0, actor("CHL")), mention(3, actor("PER")),
                mention(5, actor("QAT", name="Doha"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ASSAULT", "CHL", "PER")}


def test_extract_intrusion_into_what_belongs_to_an_actor_targets_its_owner(lexicon, gazetteer):
    # "Hackers broke into the servers of the Estonian parliament".
    doc = parse([("Hackers", "hacker", 1, "nsubj", "NOUN"),
                 ("hacked", "hack", 1, "ROOT", "VERB"),
                 ("into", "into", 1, "prep", "ADP"),
                 ("the", "the", 4, "det", "DET"),
                 ("servers", "server", 2, "pobj", "NOUN"),
                 ("of", "of", 4, "prep", "ADP"),
                 ("the", "the", 8, "det", "DET"),
                 ("Estonian", "estonian", 8, "amod", "ADJ"),
                 ("parliament", "parliament", 5, "pobj", "NOUN")])
    hackers = Actor(text="Hackers", name="hackers", country="RUS", sector="CRM")
    mentions = [mention(0, hackers), mention(6, actor("EST", "LEG"), end=9, head=8)]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("COERCE", "RUS", "EST")}


def test_extract_x_led_modifier_names_the_attacks_maker(lexicon, gazetteer):
    # "French-led coalition air raids hit rebel camps": France's, not unidentified forces.
    doc = parse([("French", "French", 2, "npadvmod", "PROPN"),
                 ("-", "-", 2, "punct", "PUNCT"),
                 ("led", "lead", 5, "amod", "VERB"),
                 ("coalition", "coalition", 5, "compound", "NOUN"),
                 ("air", "air", 5, "compound", "NOUN"),
                 ("raids", "raid", 6, "nsubj", "NOUN"),
                 ("hit", "hit", 6, "ROOT", "VERB"),
                 ("rebel", "rebel", 8, "compound", "NOUN"),
                 ("camps", "camp", 6, "dobj", "NOUN")])
    mentions = [mention(0, Actor(text="French", name="France", country="FRA")),
                mention(7, actor("MLI", "REB"), end=9, head=8)]
    assert {(t, s) for t, s, _ in keys(code(doc, mentions, lexicon, gazetteer))} == {
        ("ASSAULT", "FRA")}


def test_extract_possessive_on_the_reason_for_a_reproach_is_the_reproached(
        lexicon, gazetteer):
    # "Chile criticised Peru over its crackdown on miners": Peru's crackdown.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("criticised", "criticise", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"),
                 ("over", "over", 1, "prep", "ADP"),
                 ("its", "its", 5, "poss", "PRON"),
                 ("crackdown", "crackdown", 3, "pobj", "NOUN"),
                 ("on", "on", 5, "prep", "ADP"),
                 ("miners", "miner", 6, "pobj", "NOUN")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")),
                mention(4, actor("CHL"), kind="pronoun"), mention(7, actor("PER", "LAB"))]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert ("COERCE", "PER", "PER") in found and ("COERCE", "CHL", "PER") not in found


def test_extract_fight_between_listed_sides_is_not_aimed_at_its_city(lexicon, gazetteer):
    # "Chile and Peru clashed in Doha": each side on the other, Doha is only where.
    doc = parse([("Chile", "Chile", 3, "nsubj", "PROPN"),
                 ("and", "and", 0, "cc", "CCONJ"),
                 ("Peru", "Peru", 0, "conj", "PROPN"),
                 ("clashed", "clash", 3, "ROOT", "VERB"),
                 ("in", "in", 3, "prep", "ADP"),
                 ("Doha", "Doha", 4, "pobj", "PROPN")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")),
                mention(5, actor("QAT", name="Doha"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {
        ("ASSAULT", "CHL", "PER"), ("ASSAULT", "PER", "CHL")}


def test_extract_gerund_praised_by_a_verb_is_done_by_the_one_praised(lexicon, gazetteer):
    # "Chile thanked Peru for freeing the fishermen": Peru freed them, not Chile.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("thanked", "thank", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"),
                 ("for", "for", 1, "prep", "ADP"),
                 ("freeing", "free", 3, "pcomp", "VERB"),
                 ("Chilean", "chilean", 6, "amod", "ADJ"),
                 ("fishermen", "fisherman", 4, "dobj", "NOUN")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")),
                mention(5, actor("CHL", "CVL"), end=7, head=6)]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert ("RETREAT", "PER", "CHL") in found


def test_extract_agentless_removal_is_by_the_state_removed_from(lexicon, gazetteer):
    # "Two Chinese diplomats were expelled from Mongolia": Mongolia's authorities
    doc = parse([("Two", "two", 2, "nummod", "NUM"),
                 ("Chinese", "chinese", 2, "amod", "ADJ"),
                 ("diplomats", "diplomat", 4, "nsubjpass", "NOUN"),
                 ("were", "be", 4, "auxpass", "AUX"),
                 ("expelled", "expel", 4, "ROOT", "VERB"),
                 ("from", "from", 4, "prep", "ADP"),
                 ("Mongolia", "Mongolia", 5, "pobj", "PROPN"),
                 (".", ".", 4, "punct", "PUNCT")])
    mentions = [mention(1, actor("CHN", name="Chinese diplomats"), end=3, head=2, kind="title")]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("SANCTION", "MNG", "CHN")}
    # "Syrian refugees were deported from Lebanon": deported by Lebanon, not by Syria
    doc = parse([("Syrian", "syrian", 1, "amod", "ADJ"),
                 ("refugees", "refugee", 3, "nsubjpass", "NOUN"),
                 ("were", "be", 3, "auxpass", "AUX"),
                 ("deported", "deport", 3, "ROOT", "VERB"),
                 ("from", "from", 3, "prep", "ADP"),
                 ("Lebanon", "Lebanon", 4, "pobj", "PROPN"),
                 (".", ".", 3, "punct", "PUNCT")])
    mentions = [mention(0, actor("SYR", "REF", "Syrian refugees"), end=2, head=1, kind="title")]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("COERCE", "LBN", "SYR")}
    # no country to be put out of, and a sanction names no one who imposed it: no event
    doc = parse([("Chinese", "chinese", 1, "amod", "ADJ"),
                 ("diplomats", "diplomat", 3, "nsubjpass", "NOUN"),
                 ("were", "be", 3, "auxpass", "AUX"),
                 ("expelled", "expel", 3, "ROOT", "VERB"),
                 ("from", "from", 3, "prep", "ADP"),
                 ("the", "the", 6, "det", "DET"),
                 ("meeting", "meeting", 4, "pobj", "NOUN"),
                 (".", ".", 3, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHN", name="Chinese diplomats"), end=2, head=1, kind="title")]
    assert not code(doc, mentions, lexicon, gazetteer)


def test_extract_agentless_coercion_is_by_the_state_where_it_happened(lexicon, gazetteer):
    # "A Ukrainian reporter was detained in Moscow": by Russia's police, not Ukraine's
    doc = parse([("A", "a", 2, "det", "DET"),
                 ("Ukrainian", "ukrainian", 2, "amod", "ADJ"),
                 ("reporter", "reporter", 4, "nsubjpass", "NOUN"),
                 ("was", "be", 4, "auxpass", "AUX"),
                 ("detained", "detain", 4, "ROOT", "VERB"),
                 ("in", "in", 4, "prep", "ADP"),
                 ("Moscow", "Moscow", 5, "pobj", "PROPN"),
                 (".", ".", 4, "punct", "PUNCT")])
    mentions = [mention(1, actor("UKR", "JRN", "Ukrainian reporter"), end=3, head=2,
                        kind="title")]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("COERCE", "RUS", "UKR")}
    # "Three rights groups were banned in Armenia": groups of no country, Armenia's ban
    doc = parse([("Three", "three", 2, "nummod", "NUM"),
                 ("rights", "right", 2, "compound", "NOUN"),
                 ("groups", "group", 4, "nsubjpass", "NOUN"),
                 ("were", "be", 4, "auxpass", "AUX"),
                 ("banned", "ban", 4, "ROOT", "VERB"),
                 ("in", "in", 4, "prep", "ADP"),
                 ("Armenia", "Armenia", 5, "pobj", "PROPN"),
                 (".", ".", 4, "punct", "PUNCT")])
    groups = Actor(text="rights groups", name="rights groups", sector="NGO")
    events = code(doc, [mention(1, groups, end=3, head=2, kind="title")], lexicon, gazetteer)
    assert {(e.event_type, e.source.country, e.target.name) for e in events} == {
        ("COERCE", "ARM", "rights groups")}


def test_extract_threat_is_aimed_where_the_threatened_act_falls(lexicon, gazetteer):
    # "Tajikistan threatened to ban the groups": a ban naming no one falls on the
    # country's people, and so does the threat
    doc = parse([("Tajikistan", "Tajikistan", 1, "nsubj", "PROPN"),
                 ("threatened", "threaten", 1, "ROOT", "VERB"),
                 ("to", "to", 3, "aux", "PART"),
                 ("ban", "ban", 1, "xcomp", "VERB"),
                 ("the", "the", 5, "det", "DET"),
                 ("groups", "group", 3, "dobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("TJK"))], lexicon, gazetteer)
    flags = {(e.event_type, e.source.code, e.target.code): e.hypothetical for e in events}
    assert flags == {("THREATEN", "TJK", "TJK"): False, ("COERCE", "TJK", "TJK"): True}
    # "Kenyan teachers threatened to strike": at the government the strike would be against
    doc = parse([("Kenyan", "kenyan", 1, "amod", "ADJ"),
                 ("teachers", "teacher", 2, "nsubj", "NOUN"),
                 ("threatened", "threaten", 2, "ROOT", "VERB"),
                 ("to", "to", 4, "aux", "PART"),
                 ("strike", "strike", 2, "xcomp", "VERB"),
                 (".", ".", 2, "punct", "PUNCT")])
    teachers = Actor(text="Kenyan teachers", name="Kenya", country="KEN", sector="EDU")
    events = code(doc, [mention(0, teachers, end=2, head=1, kind="title")], lexicon, gazetteer)
    flags = {(e.event_type, e.source.code, e.target.code): e.hypothetical for e in events}
    assert flags == {("THREATEN", "KEN", "KEN"): False, ("PROTEST", "KEN", "KEN"): True}

    # a target the threat names beats the people a convention supplies for the act:
    # "Russia threatened to cut off gas to the Moldovan region" is against Moldova
    doc = parse([("Russia", "Russia", 1, "nsubj", "PROPN"),
                 ("threatened", "threaten", 1, "ROOT", "VERB"),
                 ("to", "to", 3, "aux", "PART"),
                 ("cut", "cut", 1, "xcomp", "VERB"),
                 ("off", "off", 3, "prt", "ADP"),
                 ("gas", "gas", 3, "dobj", "NOUN"),
                 ("to", "to", 3, "prep", "ADP"),
                 ("the", "the", 9, "det", "DET"),
                 ("Moldovan", "moldovan", 9, "amod", "ADJ"),
                 ("region", "region", 6, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    events = code(doc, [mention(0, actor("RUS")), mention(8, actor("MDA"), end=10, head=9)],
                  lexicon, gazetteer)
    assert {(e.source.code, e.target.code) for e in events
            if e.event_type == "THREATEN"} == {("RUS", "MDA")}


def test_extract_agentless_charge_is_by_the_judiciary(lexicon, gazetteer):
    # "The mayor was charged with bribery.": only prosecutors charge; the judiciary of
    # the mayor's own state (ACCUSE)
    doc = parse([("The", "the", 1, "det", "DET"), ("mayor", "mayor", 3, "nsubjpass", "NOUN"),
                 ("was", "be", 3, "auxpass", "AUX"), ("charged", "charge", 3, "ROOT", "VERB"),
                 ("with", "with", 3, "prep", "ADP"), ("bribery", "bribery", 4, "pobj", "NOUN"),
                 (".", ".", 3, "punct", "PUNCT")])
    events = code(doc, [mention(1, actor("AGO", "GOV", "mayor"))], lexicon, gazetteer)
    assert [(e.event_type, e.source.code, e.source.sector, e.target.code) for e in events] == [
        ("ACCUSE", "AGO", "JUD", "AGO")]
    # "Two French nationals were indicted in Iran": by the court where it happens
    doc = parse([("Two", "two", 2, "nummod", "NUM"), ("French", "french", 2, "amod", "ADJ"),
                 ("nationals", "national", 4, "nsubjpass", "NOUN"),
                 ("were", "be", 4, "auxpass", "AUX"), ("indicted", "indict", 4, "ROOT", "VERB"),
                 ("in", "in", 4, "prep", "ADP"), ("Iran", "Iran", 5, "pobj", "PROPN"),
                 (".", ".", 4, "punct", "PUNCT")])
    events = code(doc, [mention(1, actor("FRA", "CVL", "French nationals"), end=3, head=2,
                                kind="title")], lexicon, gazetteer)
    assert keys(events) == {("ACCUSE", "IRN", "FRA")}
    # "The mayor was accused of bribery.": anyone may accuse; no one is named, no event
    doc = parse([("The", "the", 1, "det", "DET"), ("mayor", "mayor", 3, "nsubjpass", "NOUN"),
                 ("was", "be", 3, "auxpass", "AUX"), ("accused", "accuse", 3, "ROOT", "VERB"),
                 ("of", "of", 3, "prep", "ADP"), ("bribery", "bribery", 4, "pobj", "NOUN"),
                 (".", ".", 3, "punct", "PUNCT")])
    assert not code(doc, [mention(1, actor("AGO", "GOV", "mayor"))], lexicon, gazetteer)


def test_extract_agentless_coercion_of_no_place_is_by_the_storys_state(lexicon, gazetteer):
    # "Nicaragua said three NGOs were banned": groups of no country, banned nowhere
    # named, in a story on Nicaragua: by Nicaragua's authorities
    rows = [("Nicaragua", "Nicaragua", 1, "nsubj", "PROPN"), ("said", "say", 1, "ROOT", "VERB"),
            ("three", "three", 3, "nummod", "NUM"), ("NGOs", "NGO", 5, "nsubjpass", "NOUN"),
            ("were", "be", 5, "auxpass", "AUX"), ("banned", "ban", 1, "ccomp", "VERB"),
            (".", ".", 1, "punct", "PUNCT")]
    ngos = Actor(text="NGOs", name="NGOs", sector="NGO")
    events = code(parse(rows), [mention(0, actor("NIC")), mention(3, ngos, kind="title")],
                  lexicon, gazetteer)
    assert {(e.event_type, e.source.country, e.target.name) for e in events} == {
        ("COERCE", "NIC", "NGOs")}
    # an international body has no state of its own to be banned by
    agency = Actor(text="NGOs", name="UN agency", org="UN", sector="IGO")
    events = code(parse(rows), [mention(0, actor("NIC")), mention(3, agency, kind="title")],
                  lexicon, gazetteer)
    assert not [e for e in events if e.event_type == "COERCE"]


def test_extract_aid_naming_no_recipient_is_for_whom_its_purpose_names(lexicon, gazetteer):
    # "Germany sent arms to support Ukrainian troops": the arms are Ukraine's (AID)
    doc = parse([("Germany", "Germany", 1, "nsubj", "PROPN"), ("sent", "send", 1, "ROOT", "VERB"),
                 ("arms", "arm", 1, "dobj", "NOUN"), ("to", "to", 4, "aux", "PART"),
                 ("support", "support", 1, "advcl", "VERB"),
                 ("Ukrainian", "ukrainian", 6, "amod", "ADJ"),
                 ("troops", "troop", 4, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    troops = actor("UKR", "MIL", "Ukrainian troops")
    events = code(doc, [mention(0, actor("DEU")), mention(5, troops, end=7, head=6,
                                                          kind="title")], lexicon, gazetteer)
    assert ("AID", "DEU", "UKR") in keys(events)
    # "Britain delivered tents to help Syrian refugees"
    doc = parse([("Britain", "Britain", 1, "nsubj", "PROPN"),
                 ("delivered", "deliver", 1, "ROOT", "VERB"),
                 ("tents", "tent", 1, "dobj", "NOUN"), ("to", "to", 4, "aux", "PART"),
                 ("help", "help", 1, "advcl", "VERB"), ("Syrian", "syrian", 6, "amod", "ADJ"),
                 ("refugees", "refugee", 4, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    refugees = actor("SYR", "REF", "Syrian refugees")
    events = code(doc, [mention(0, actor("GBR")), mention(5, refugees, end=7, head=6,
                                                          kind="title")], lexicon, gazetteer)
    assert [(e.source.code, e.trigger) for e in events
            if (e.event_type, e.target.code) == ("AID", "SYR")] == [("GBR", "delivered")]
    # with no purpose there is no one it is for: no AID
    doc = parse([("Germany", "Germany", 1, "nsubj", "PROPN"), ("sent", "send", 1, "ROOT", "VERB"),
                 ("arms", "arm", 1, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    assert not code(doc, [mention(0, actor("DEU"))], lexicon, gazetteer)


@pytest.mark.parametrize("verb, lemma, prep, on_object, passive", [
    ("blamed", "blame", "for", False, False),    # "Ukraine blamed Russia for shelling"
    ("blamed", "blame", "for", True, False),     # the parser hangs "for" on the blamed
    ("condemned", "condemn", "for", False, False),
    ("blamed", "blame", "for", False, True),     # "Russia was blamed for shelling"
])
def test_extract_gerund_blamed_by_a_verb_is_done_by_the_one_blamed(
        lexicon, gazetteer, verb, lemma, prep, on_object, passive):
    # "Ukraine blamed Russia for shelling Kharkiv": Russia shelled, not Ukraine.
    if passive:
        rows = [("Russia", "Russia", 2, "nsubjpass", "PROPN"),
                ("was", "be", 2, "auxpass", "AUX"),
                (verb, lemma, 2, "ROOT", "VERB")]
        mentions = [mention(0, actor("RUS"))]
    else:
        rows = [("Ukraine", "Ukraine", 1, "nsubj", "PROPN"),
                (verb, lemma, 1, "ROOT", "VERB"),
                ("Russia", "Russia", 1, "dobj", "PROPN")]
        mentions = [mention(0, actor("UKR")), mention(2, actor("RUS"))]
    rows += [(prep, prep, 2 if on_object else 1 + passive, "prep", "ADP"),
             ("shelling", "shell", 3, "pcomp", "VERB"),
             ("Kharkiv", "Kharkiv", 4, "dobj", "PROPN")]
    mentions.append(mention(5, actor("UKR", name="Kharkiv")))
    events = code(parse(rows), mentions, lexicon, gazetteer)
    assert {(e.source.code, e.target.code, e.hypothetical)
            for e in events if e.event_type == "ASSAULT"} == {("RUS", "UKR", False)}


@pytest.mark.parametrize("lemma, prep, on_object", [
    ("charge", "with", False),   # "Ukraine charged Russia with shelling Moldova"
    ("accuse", "of", True),      # the parser hangs "of" on the accused
])
def test_extract_alleged_gerund_is_hypothetical(lexicon, lemma, prep, on_object):
    doc = parse([("Ukraine", "Ukraine", 1, "nsubj", "PROPN"),
                 (lemma + "d", lemma, 1, "ROOT", "VERB"),
                 ("Russia", "Russia", 1, "dobj", "PROPN"),
                 (prep, prep, 2 if on_object else 1, "prep", "ADP"),
                 ("shelling", "shell", 3, "pcomp", "VERB"),
                 ("Moldova", "Moldova", 4, "dobj", "PROPN")])
    assert read_modality(doc[4], doc[4], lexicon).hypothetical


def _passive_pair(second: str, lemma: str, tag: str) -> Doc:
    """"journalists were detained and <second> by police" """
    words = ["journalists", "were", "detained", "and", second, "by", "police"]
    return Doc(VOCAB, words=words,
              lemmas=["journalist", "be", "detain", "and", lemma, "by", "police"],
              heads=[2, 2, 2, 2, 2, 4, 5],
              deps=["nsubjpass", "auxpass", "ROOT", "cc", "conj", "agent", "pobj"],
              pos=["NOUN", "AUX", "VERB", "CCONJ", "VERB", "ADP", "NOUN"],
              tags=["NNS", "VBD", "VBN", "CC", tag, "IN", "NNS"])


def test_extract_bare_participle_shares_the_passive_and_its_agent(lexicon, gazetteer):
    # "Two Turkish journalists were detained and beaten by Iranian police": the
    # journalists are beaten, and the police detained them too.
    mentions = [mention(0, actor("TUR", "JRN")), mention(6, actor("IRN", "COP"))]
    found = keys(code(_passive_pair("beaten", "beat", "VBN"), mentions, lexicon, gazetteer))
    assert found == {("COERCE", "IRN", "TUR"), ("ASSAULT", "IRN", "TUR")}


def test_extract_three_participle_list_shares_the_passive_and_its_agent(lexicon, gazetteer):
    # "Two Kenyan reporters were seized, beaten and robbed by Somali gunmen": the parser
    # hangs "beaten" as an adverbial clause and "robbed" on it; all three share both.
    words = ["reporters", "were", "seized", ",", "beaten", "and", "robbed", "by", "gunmen"]
    doc = Doc(VOCAB, words=words,
              lemmas=["reporter", "be", "seize", ",", "beat", "and", "rob", "by", "gunman"],
              heads=[2, 2, 2, 2, 2, 4, 4, 6, 7],
              deps=["nsubjpass", "auxpass", "ROOT", "punct", "advcl", "cc", "conj", "agent",
                    "pobj"],
              pos=["NOUN", "AUX", "VERB", "PUNCT", "VERB", "CCONJ", "VERB", "ADP", "NOUN"],
              tags=["NNS", "VBD", "VBN", ",", "VBN", "CC", "VBN", "IN", "NNS"])
    mentions = [mention(0, actor("KEN", "JRN")), mention(8, actor("SOM", "UAF"))]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert ("ASSAULT", "SOM", "KEN") in found
    assert all(source == "SOM" and target == "KEN" for _, source, target in found)


@pytest.mark.parametrize("verb,lemma", [("protested", "protest"), ("complained", "complain")])
def test_extract_complaint_made_to_a_state_is_aimed_at_it(lexicon, gazetteer, verb, lemma):
    # "Chile protested to Peru": a formal complaint addressed to Peru, not Chile's own.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 (verb, lemma, 1, "ROOT", "VERB"),
                 ("to", "to", 1, "prep", "ADP"),
                 ("Peru", "Peru", 2, "pobj", "PROPN")])
    found = keys(code(doc, [mention(0, actor("CHL")), mention(3, actor("PER"))], lexicon,
                      gazetteer))
    assert found == {("ACCUSE", "CHL", "PER")}


def test_extract_harm_in_an_attack_by_someone_is_theirs(lexicon, gazetteer):
    # "Kenyan guards were killed in an attack by Somali militants": the militants'.
    words = ["guards", "were", "killed", "in", "attack", "by", "militants"]
    doc = Doc(VOCAB, words=words,
              lemmas=["guard", "be", "kill", "in", "attack", "by", "militant"],
              heads=[2, 2, 2, 2, 3, 4, 5],
              deps=["nsubjpass", "auxpass", "ROOT", "prep", "pobj", "prep", "pobj"],
              pos=["NOUN", "AUX", "VERB", "ADP", "NOUN", "ADP", "NOUN"],
              tags=["NNS", "VBD", "VBN", "IN", "NN", "IN", "NNS"])
    mentions = [mention(0, actor("KEN", "COP")), mention(6, actor("SOM", "REB"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ASSAULT", "SOM", "KEN")}


def test_extract_killed_and_counted_wounded_share_the_attack(lexicon, gazetteer):
    # "Kenyan guards were killed and six wounded in an Ethiopian attack": the parser hangs
    # the attack on "wounded"; the dead were killed in it too.
    words = ["guards", "were", "killed", "and", "six", "wounded", "in", "Ethiopian", "attack"]
    doc = Doc(VOCAB, words=words,
              lemmas=["guard", "be", "kill", "and", "six", "wound", "in", "Ethiopian", "attack"],
              heads=[2, 2, 2, 2, 5, 2, 5, 8, 6],
              deps=["nsubjpass", "auxpass", "ROOT", "cc", "nsubj", "conj", "prep", "amod",
                    "pobj"],
              pos=["NOUN", "AUX", "VERB", "CCONJ", "NUM", "VERB", "ADP", "ADJ", "NOUN"],
              tags=["NNS", "VBD", "VBN", "CC", "CD", "VBN", "IN", "JJ", "NN"])
    mentions = [mention(0, actor("KEN", "COP")), mention(7, actor("ETH", "MIL"))]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert ("ASSAULT", "ETH", "KEN") in found
    assert all(source == "ETH" for _, source, _ in found)


def test_extract_reported_hostile_act_on_its_possession_is_on_the_speaker(lexicon, gazetteer):
    # "Greece said Turkey violated its airspace": "its" read as Turkey's would make
    # Turkey violate itself; it is the speaker's, Greece's.
    doc = parse([("Greece", "Greece", 1, "nsubj", "PROPN"),
                 ("said", "say", 1, "ROOT", "VERB"),
                 ("Turkey", "Turkey", 3, "nsubj", "PROPN"),
                 ("violated", "violate", 1, "ccomp", "VERB"),
                 ("its", "its", 5, "poss", "PRON"),
                 ("airspace", "airspace", 3, "dobj", "NOUN")])
    mentions = [mention(0, actor("GRC")), mention(2, actor("TUR")),
                mention(4, actor("TUR"), kind="pronoun")]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert ("COERCE", "TUR", "GRC") in found
    assert not any(source == target for _, source, target in found)


def test_extract_blamed_deed_on_its_possession_is_on_the_accuser(lexicon, gazetteer):
    # "Peru blamed Chile for an attack on its embassy": the embassy is Peru's.
    doc = parse([("Peru", "Peru", 1, "nsubj", "PROPN"),
                 ("blamed", "blame", 1, "ROOT", "VERB"),
                 ("Chile", "Chile", 1, "dobj", "PROPN"),
                 ("for", "for", 1, "prep", "ADP"),
                 ("an", "an", 5, "det", "DET"),
                 ("attack", "attack", 3, "pobj", "NOUN"),
                 ("on", "on", 5, "prep", "ADP"),
                 ("its", "its", 8, "poss", "PRON"),
                 ("embassy", "embassy", 6, "pobj", "NOUN")])
    mentions = [mention(0, actor("PER")), mention(2, actor("CHL")),
                mention(7, actor("CHL"), kind="pronoun")]
    assert ("ASSAULT", "CHL", "PER") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_intransitive_participle_after_a_passive_stays_active(lexicon, gazetteer):
    # "The minister was indicted and resigned": she resigned; no one resigned her.
    doc = parse([("minister", "minister", 2, "nsubjpass", "NOUN"),
                 ("was", "be", 2, "auxpass", "AUX"),
                 ("indicted", "indict", 2, "ROOT", "VERB"),
                 ("and", "and", 2, "cc", "CCONJ"),
                 ("resigned", "resign", 2, "conj", "VERB")])
    doc[4].tag_ = "VBN"  # as a tagger may read it after "was indicted and"
    found = keys(code(doc, [mention(0, actor("PAK"))], lexicon, gazetteer))
    assert ("RETREAT", "PAK", None) in found


def test_extract_deed_noun_someone_is_condemned_for_is_theirs(lexicon, gazetteer):
    # "Chad condemned Sudan for the attack on Abeche": Sudan attacked, Chad condemned.
    doc = parse([("Chad", "Chad", 1, "nsubj", "PROPN"),
                 ("condemned", "condemn", 1, "ROOT", "VERB"),
                 ("Sudan", "Sudan", 1, "dobj", "PROPN"),
                 ("for", "for", 1, "prep", "ADP"),
                 ("the", "the", 5, "det", "DET"),
                 ("attack", "attack", 3, "pobj", "NOUN"),
                 ("on", "on", 5, "prep", "ADP"),
                 ("Abeche", "Abeche", 6, "pobj", "PROPN")])
    mentions = [mention(0, actor("TCD")), mention(2, actor("SDN")),
                mention(7, actor("TCD", name="Abeche"))]
    assert ("ASSAULT", "SDN", "TCD") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_elliptic_as_did_clause_adds_a_doer(lexicon, gazetteer):
    # "Chile expelled Peru's envoys, as did Bolivia": Bolivia expelled them too.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("expelled", "expel", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 4, "poss", "PROPN"),
                 ("'s", "'s", 2, "case", "PART"),
                 ("envoys", "envoy", 1, "dobj", "NOUN"),
                 (",", ",", 1, "punct", "PUNCT"),
                 ("as", "as", 7, "mark", "SCONJ"),
                 ("did", "do", 1, "advcl", "VERB"),
                 ("Bolivia", "Bolivia", 7, "nsubj", "PROPN")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER"), end=5, head=4),
                mention(8, actor("BOL"))]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert {("SANCTION", "CHL", "PER"), ("SANCTION", "BOL", "PER")} <= found


def test_extract_elliptic_as_did_clause_covers_the_coordinated_verb(lexicon, gazetteer):
    # "Chile condemned Peru and recalled its envoy, as did Bolivia": both acts are
    # Bolivia's too, though the clause hangs on the first verb.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("condemned", "condemn", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"),
                 ("and", "and", 1, "cc", "CCONJ"),
                 ("urged", "urge", 1, "conj", "VERB"),
                 ("Peru", "Peru", 4, "dobj", "PROPN"),
                 ("to", "to", 7, "aux", "PART"),
                 ("withdraw", "withdraw", 4, "xcomp", "VERB"),
                 (",", ",", 1, "punct", "PUNCT"),
                 ("as", "as", 10, "mark", "SCONJ"),
                 ("did", "do", 1, "advcl", "VERB"),
                 ("Bolivia", "Bolivia", 10, "nsubj", "PROPN")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")), mention(5, actor("PER")),
                mention(11, actor("BOL"))]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert {("ACCUSE", "BOL", "PER"), ("REQUEST", "BOL", "PER")} <= found


def test_extract_past_verb_hung_on_a_requested_infinitive_is_the_requesters(
        lexicon, gazetteer):
    # "Chile urged Peru to free the crew and accused Bolivia of lying": the parser
    # coordinates "accused" with "free"; Chile accused Bolivia, and really did.
    rows = [("Chile", "Chile", 1, "nsubj", "PROPN", "NNP"),
            ("urged", "urge", 1, "ROOT", "VERB", "VBD"),
            ("Peru", "Peru", 1, "dobj", "PROPN", "NNP"),
            ("to", "to", 4, "aux", "PART", "TO"),
            ("free", "free", 1, "xcomp", "VERB", "VB"),
            ("the", "the", 6, "det", "DET", "DT"),
            ("crew", "crew", 4, "dobj", "NOUN", "NN"),
            ("and", "and", 4, "cc", "CCONJ", "CC"),
            ("accused", "accuse", 4, "conj", "VERB", "VBD"),
            ("Bolivia", "Bolivia", 8, "dobj", "PROPN", "NNP"),
            ("of", "of", 8, "prep", "ADP", "IN"),
            ("lying", "lie", 10, "pcomp", "VERB", "VBG")]
    words, lemmas, heads, deps, pos, tags = zip(*rows, strict=True)
    doc = Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
              deps=list(deps), pos=list(pos), tags=list(tags))
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")), mention(9, actor("BOL"))]
    accusations = [e for e in code(doc, mentions, lexicon, gazetteer) if e.trigger == "accused"]
    assert [(e.source.code, e.target.code, e.hypothetical) for e in accusations] == [
        ("CHL", "BOL", False)]


def test_extract_protesters_gathering_demonstrate(lexicon, gazetteer):
    # "Hundreds of protesters gathered outside the Peruvian embassy": a demonstration;
    # "crowds gathered" alone (a match, a funeral) is none.
    rows = [("Hundreds", "hundred", 3, "nsubj", "NOUN"),
            ("of", "of", 0, "prep", "ADP"),
            ("protesters", "protester", 1, "pobj", "NOUN"),
            ("gathered", "gather", 3, "ROOT", "VERB"),
            ("outside", "outside", 3, "prep", "ADP"),
            ("the", "the", 7, "det", "DET"),
            ("Peruvian", "peruvian", 7, "amod", "ADJ"),
            ("embassy", "embassy", 4, "pobj", "NOUN")]
    mentions = [mention(2, actor("CHL", "CVL")), mention(6, actor("PER"), end=8, head=7)]
    assert ("PROTEST", "CHL", "PER") in keys(code(parse(rows), mentions, lexicon, gazetteer))
    crowds = parse([("Crowds", "crowd", 1, "nsubj", "NOUN"),
                    ("gathered", "gather", 1, "ROOT", "VERB"),
                    ("outside", "outside", 1, "prep", "ADP"),
                    ("the", "the", 5, "det", "DET"),
                    ("Peruvian", "peruvian", 5, "amod", "ADJ"),
                    ("embassy", "embassy", 2, "pobj", "NOUN")])
    assert not code(crowds, [mention(4, actor("PER"), end=6, head=5)], lexicon, gazetteer)


def test_extract_conditional_sanctions_threaten_whom_they_are_on(lexicon, gazetteer):
    # "Chile said it would impose sanctions on Peru if talks failed": a threat to Peru.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("said", "say", 1, "ROOT", "VERB"),
                 ("it", "it", 4, "nsubj", "PRON"),
                 ("would", "would", 4, "aux", "AUX"),
                 ("impose", "impose", 1, "ccomp", "VERB"),
                 ("sanctions", "sanction", 4, "dobj", "NOUN"),
                 ("on", "on", 5, "prep", "ADP"),
                 ("Peru", "Peru", 6, "pobj", "PROPN"),
                 ("if", "if", 10, "mark", "SCONJ"),
                 ("talks", "talk", 10, "nsubj", "NOUN"),
                 ("failed", "fail", 4, "advcl", "VERB")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("CHL"), kind="pronoun"),
                mention(7, actor("PER"))]
    found = keys(e for e in code(doc, mentions, lexicon, gazetteer) if not e.hypothetical)
    assert ("THREATEN", "CHL", "PER") in found


def test_extract_act_told_as_joining_an_earlier_one_shares_its_target(lexicon, gazetteer):
    # "Chile condemned Peru. Bolivia also condemned the raid.": aimed at Peru, too.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("condemned", "condemn", 1, "ROOT", "VERB"),
                 ("Peru", "Peru", 1, "dobj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT"),
                 ("Bolivia", "Bolivia", 6, "nsubj", "PROPN"),
                 ("also", "also", 6, "advmod", "ADV"),
                 ("condemned", "condemn", 6, "ROOT", "VERB"),
                 ("the", "the", 8, "det", "DET"),
                 ("raid", "raid", 6, "dobj", "NOUN"),
                 (".", ".", 6, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")), mention(4, actor("BOL"))]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert {("ACCUSE", "CHL", "PER"), ("ACCUSE", "BOL", "PER")} <= found


def test_extract_people_killed_in_an_attack_on_a_side_are_that_sides(lexicon, gazetteer):
    # "Chile bombed Peruvian positions, killing four soldiers": Peru's soldiers, though
    # the actor stage guessed Chile's for the bare role word.
    rows = [("Chile", "Chile", 1, "nsubj", "PROPN", "NNP"),
            ("bombed", "bomb", 1, "ROOT", "VERB", "VBD"),
            ("Peruvian", "peruvian", 3, "amod", "ADJ", "JJ"),
            ("positions", "position", 1, "dobj", "NOUN", "NNS"),
            (",", ",", 1, "punct", "PUNCT", ","),
            ("killing", "kill", 1, "advcl", "VERB", "VBG"),
            ("four", "four", 7, "nummod", "NUM", "CD"),
            ("soldiers", "soldier", 5, "dobj", "NOUN", "NNS")]
    words, lemmas, heads, deps, pos, tags = zip(*rows, strict=True)
    doc = Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
              deps=list(deps), pos=list(pos), tags=list(tags))
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER", "MIL"), end=4, head=3),
                mention(7, actor("CHL", "MIL", name="soldiers"), kind="title")]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert ("ASSAULT", "CHL", "PER") in found and ("ASSAULT", "CHL", "CHL") not in found


def test_extract_by_phrase_hung_on_an_active_verb_names_the_objects_doers(
        lexicon, gazetteer):
    # "Chile blamed exercises by Peru and Bolivia for the crisis": the parser hangs "by"
    # on "blamed"; Chile blames both.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("blamed", "blame", 1, "ROOT", "VERB"),
                 ("exercises", "exercise", 1, "dobj", "NOUN"),
                 ("by", "by", 1, "prep", "ADP"),
                 ("Peru", "Peru", 3, "pobj", "PROPN"),
                 ("and", "and", 4, "cc", "CCONJ"),
                 ("Bolivia", "Bolivia", 4, "conj", "PROPN"),
                 ("for", "for", 1, "prep", "ADP"),
                 ("the", "the", 9, "det", "DET"),
                 ("crisis", "crisis", 7, "pobj", "NOUN")])
    mentions = [mention(0, actor("CHL")), mention(4, actor("PER")), mention(6, actor("BOL"))]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert {("ACCUSE", "CHL", "PER"), ("ACCUSE", "CHL", "BOL")} <= found


def test_extract_threatened_measure_names_its_target(lexicon, gazetteer):
    # "Chile threatened new tariffs on Peru": the threat is aimed at Peru.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("threatened", "threaten", 1, "ROOT", "VERB"),
                 ("new", "new", 3, "amod", "ADJ"),
                 ("tariffs", "tariff", 1, "dobj", "NOUN"),
                 ("on", "on", 3, "prep", "ADP"),
                 ("Peru", "Peru", 4, "pobj", "PROPN")])
    found = keys(code(doc, [mention(0, actor("CHL")), mention(5, actor("PER"))], lexicon,
                      gazetteer))
    assert ("THREATEN", "CHL", "PER") in found


def _accused_of_doing_by(verb: str, lemma: str, by_words: list[str]) -> Doc:
    """"the mayor was accused of <verb> funds by <by_words>": the parser hangs "by" on
    the active gerund."""
    words = ["the", "mayor", "was", "accused", "of", verb, "funds", "by", *by_words]
    last = len(words) - 1
    return Doc(VOCAB, words=words,
               lemmas=["the", "mayor", "be", "accuse", "of", lemma, "fund", "by", *by_words],
               heads=[1, 3, 3, 3, 3, 4, 5, 5, *([last] * (len(by_words) - 1)), 7],
               deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pcomp", "dobj", "prep",
                     *(["amod"] * (len(by_words) - 1)), "pobj"],
               pos=["DET", "NOUN", "AUX", "VERB", "ADP", "VERB", "NOUN", "ADP",
                    *(["ADJ"] * (len(by_words) - 1)), "NOUN"],
               tags=["DT", "NN", "VBD", "VBN", "IN", "VBG", "NNS", "IN",
                     *(["JJ"] * (len(by_words) - 1)), "NNS"])


@pytest.mark.parametrize(("verb", "lemma", "by_words", "source"), [
    # "The mayor was accused of stealing funds by prosecutors": the prosecutors accuse.
    ("stealing", "steal", ["prosecutors"], "KEN"),
    ("misusing", "misuse", ["Kenyan", "officials"], "KEN"),
    ("diverting", "divert", ["Ugandan", "auditors"], "UGA"),
])
def test_extract_passive_agent_hung_on_the_complement_gerund(
        lexicon, gazetteer, verb, lemma, by_words, source):
    doc = _accused_of_doing_by(verb, lemma, by_words)
    last = len(doc) - 1
    mentions = [mention(1, actor("KEN", "ELI"), head=1, kind="title"),
                mention(8, actor(source, "JUD"), end=last + 1, head=last, kind="title")]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("ACCUSE", source, "KEN")}


@pytest.mark.parametrize(("verb", "lemma", "noun", "participle", "tag"), [
    # "Chile granted asylum to officers holed up in its embassy": the parser makes the
    # officers the subject of "holed" and leaves "to" bare; they still receive the aid.
    ("granted", "grant", "asylum", "holed", "VBD"),
    ("sent", "send", "aid", "stranded", "VBN"),
    ("gave", "give", "food", "fleeing", "VBG"),
])
def test_extract_bare_to_takes_the_participle_s_stray_subject(
        lexicon, gazetteer, verb, lemma, noun, participle, tag):
    doc = Doc(VOCAB, words=["Chile", verb, noun, "to", "Peruvian", "officers", participle,
                            "there"],
              lemmas=["Chile", lemma, noun, "to", "peruvian", "officer", participle, "there"],
              heads=[1, 1, 1, 1, 5, 6, 1, 6],
              deps=["nsubj", "ROOT", "dobj", "dative", "amod", "nsubj", "advcl", "advmod"],
              pos=["PROPN", "VERB", "NOUN", "ADP", "ADJ", "NOUN", "VERB", "ADV"],
              tags=["NNP", "VBD", "NN", "IN", "JJ", "NNS", tag, "RB"])
    mentions = [mention(0, actor("CHL")), mention(4, actor("PER", "MIL"), end=6, head=5,
                                                  kind="title")]
    assert ("AID", "CHL", "PER") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_imposed_measure_names_its_target(lexicon, gazetteer):
    # "Chile imposed duties on Peru": the duties (no trigger noun of their own) are on Peru.
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("imposed", "impose", 1, "ROOT", "VERB"),
                 ("duties", "duty", 1, "dobj", "NOUN"),
                 ("on", "on", 2, "prep", "ADP"),
                 ("Peru", "Peru", 3, "pobj", "PROPN")])
    found = keys(code(doc, [mention(0, actor("CHL")), mention(4, actor("PER"))], lexicon,
                      gazetteer))
    assert ("SANCTION", "CHL", "PER") in found


def test_predicates_pressing_ahead_is_no_request():
    # "Chile pressed ahead with the reform", "ahead" taken for an adverb: going on with
    # an act, not pressing anyone (REQUEST)
    rows = [("Chile", "Chile", 1, "nsubj", "PROPN"), ("pressed", "press", 1, "ROOT", "VERB"),
            ("ahead", "ahead", 1, "advmod", "ADV"), ("with", "with", 1, "prep", "ADP"),
            ("the", "the", 5, "det", "DET"), ("reform", "reform", 3, "pobj", "NOUN")]
    assert "pressed" not in _verb_senses(rows)


@pytest.mark.parametrize("rows", [
    # "A Chilean court found the miners guilty", "guilty" parsed as a small clause
    [("A", "a", 2, "det", "DET"), ("Chilean", "chilean", 2, "amod", "ADJ"),
     ("court", "court", 3, "nsubj", "NOUN"), ("found", "find", 3, "ROOT", "VERB"),
     ("the", "the", 5, "det", "DET"), ("miners", "miner", 6, "nsubj", "NOUN"),
     ("guilty", "guilty", 3, "ccomp", "ADJ")],
    # ... "guilty" parsed as a modifier of the object
    [("A", "a", 2, "det", "DET"), ("Chilean", "chilean", 2, "amod", "ADJ"),
     ("court", "court", 3, "nsubj", "NOUN"), ("found", "find", 3, "ROOT", "VERB"),
     ("the", "the", 5, "det", "DET"), ("miners", "miner", 3, "dobj", "NOUN"),
     ("guilty", "guilty", 5, "amod", "ADJ")],
])
def test_extract_found_guilty_is_a_conviction(lexicon, gazetteer, rows):
    doc = parse(rows)
    mentions = [mention(1, actor("CHL", "JUD"), end=3, head=2, kind="title"),
                mention(5, actor("CHL", "CVL"))]
    assert ("SANCTION", "CHL", "CHL") in keys(code(doc, mentions, lexicon, gazetteer))


def test_predicates_found_guilty_passive_and_acquittal():
    # "The miners were found guilty" convicts; "found not guilty" acquits
    passive = [("The", "the", 1, "det", "DET"), ("miners", "miner", 3, "nsubjpass", "NOUN"),
               ("were", "be", 3, "auxpass", "AUX"), ("found", "find", 3, "ROOT", "VERB"),
               ("guilty", "guilty", 3, "oprd", "ADJ")]
    assert _verb_senses(passive) == {"found": "116"}
    acquitted = [*passive[:4], ("not", "not", 5, "neg", "PART"),
                 ("guilty", "guilty", 3, "oprd", "ADJ")]
    assert "found" not in _verb_senses(acquitted)


def test_predicates_bare_appeal_is_no_request():
    # "Chile said it would appeal": a legal appeal, no call on anyone; "appealed to Peru"
    # is still a request
    bare = [("Chile", "Chile", 1, "nsubj", "PROPN"), ("said", "say", 1, "ROOT", "VERB"),
            ("it", "it", 4, "nsubj", "PRON"), ("would", "would", 4, "aux", "AUX"),
            ("appeal", "appeal", 1, "ccomp", "VERB")]
    assert "appeal" not in _verb_senses(bare)
    addressed = [("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("appealed", "appeal", 1, "ROOT", "VERB"), ("to", "to", 1, "prep", "ADP"),
                 ("Peru", "Peru", 2, "pobj", "PROPN")]
    assert _verb_senses(addressed) == {"appealed": "100"}


def test_extract_crowd_gathering_to_demand_is_a_protest(lexicon, gazetteer):
    # "Hundreds of supporters gathered outside the Chilean court to demand a recount": a
    # demonstration by the country's people, though "supporters" names no actor;
    # mourners gathering to bury someone are none
    def gathered(crowd: str, purpose: str, obj: str) -> Doc:
        return parse([("Hundreds", "hundred", 3, "nsubj", "NOUN"), ("of", "of", 0, "prep", "ADP"),
                      (crowd, crowd[:-1], 1, "pobj", "NOUN"),
                      ("gathered", "gather", 3, "ROOT", "VERB"),
                      ("outside", "outside", 3, "prep", "ADP"), ("the", "the", 7, "det", "DET"),
                      ("Chilean", "chilean", 7, "amod", "ADJ"),
                      ("court", "court", 4, "pobj", "NOUN"), ("to", "to", 9, "aux", "PART"),
                      (purpose, purpose, 3, "advcl", "VERB"), ("a", "a", 11, "det", "DET"),
                      (obj, obj, 9, "dobj", "NOUN")])
    court = [mention(6, actor("CHL", "JUD"), end=8, head=7)]
    found = keys(code(gathered("supporters", "demand", "recount"), court, lexicon, gazetteer))
    assert ("PROTEST", "CHL", "CHL") in found
    assert not code(gathered("mourners", "bury", "singer"), court, lexicon, gazetteer)


def test_extract_market_moves_are_no_protest(lexicon, gazetteer):
    # "Chilean bonds rallied on Monday": a country's adjective on what markets trade
    # names no one acting
    doc = parse([("Chilean", "chilean", 1, "amod", "ADJ"), ("bonds", "bond", 2, "nsubj", "NOUN"),
                 ("rallied", "rally", 2, "ROOT", "VERB"), ("on", "on", 2, "prep", "ADP"),
                 ("Monday", "Monday", 3, "pobj", "PROPN")])
    assert not code(doc, [mention(0, actor("CHL"), end=2, head=1, kind="title")],
                    lexicon, gazetteer)


def test_predicates_clearing_protesters_or_barricades_is_coercion():
    # "Police cleared the barricades" breaks up a protest (COERCE); "cleared the way" is none
    def cleared(obj: str) -> dict[str, str]:
        return _verb_senses([("Police", "police", 1, "nsubj", "NOUN"),
                             ("cleared", "clear", 1, "ROOT", "VERB"),
                             ("the", "the", 3, "det", "DET"), (obj, obj[:-1], 1, "dobj", "NOUN")])
    assert cleared("barricades") == {"cleared": "170"}
    assert cleared("protesters") == {"cleared": "170"}
    assert cleared("ways") == {}


def test_predicates_dismissing_someone_as_something_is_an_accusation():
    # "Chile dismissed Morales as a puppet": belittling (ACCUSE 111); "dismissed the
    # report as a fabrication" rejects a claim (REJECT 120)
    def dismissed(obj: str, pos: str) -> dict[str, str]:
        return _verb_senses([("Chile", "Chile", 1, "nsubj", "PROPN"),
                             ("dismissed", "dismiss", 1, "ROOT", "VERB"),
                             (obj, obj.lower(), 1, "dobj", pos), ("as", "as", 1, "prep", "ADP"),
                             ("a", "a", 5, "det", "DET"), ("puppet", "puppet", 3, "pobj", "NOUN")])
    assert dismissed("Morales", "PROPN") == {"dismissed": "111"}
    assert dismissed("him", "PRON") == {"dismissed": "111"}
    assert dismissed("report", "NOUN") == {"dismissed": "120"}


def test_extract_vehicles_sent_with_relief_cargo_are_aid(lexicon, gazetteer):
    # "Chile sent planes carrying tents to Peru": what the planes carry makes it aid,
    # and the "to" the parser hangs on the participle names who gets it
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"), ("sent", "send", 1, "ROOT", "VERB"),
                 ("planes", "plane", 1, "dobj", "NOUN"), ("carrying", "carry", 2, "acl", "VERB"),
                 ("tents", "tent", 3, "dobj", "NOUN"), ("to", "to", 3, "prep", "ADP"),
                 ("Peru", "Peru", 5, "pobj", "PROPN")])
    found = keys(code(doc, [mention(0, actor("CHL")), mention(6, actor("PER"))],
                      lexicon, gazetteer))
    assert ("AID", "CHL", "PER") in found


@pytest.mark.parametrize("noun", ["exercises", "drills"])
def test_extract_condemning_a_joint_act_accuses_both_sides(lexicon, gazetteer, noun):
    # "Chile and Peru held joint exercises. Bolivia condemned the drills.": both held
    # them, whichever word names them again
    rows = [("Chile", "Chile", 3, "nsubj", "PROPN"), ("and", "and", 0, "cc", "CCONJ"),
            ("Peru", "Peru", 0, "conj", "PROPN"), ("held", "hold", 3, "ROOT", "VERB"),
            ("joint", "joint", 5, "amod", "ADJ"), ("exercises", "exercise", 3, "dobj", "NOUN"),
            (".", ".", 3, "punct", "PUNCT"),
            ("Bolivia", "Bolivia", 8, "nsubj", "PROPN"),
            ("condemned", "condemn", 8, "ROOT", "VERB"), ("the", "the", 10, "det", "DET"),
            (noun, noun[:-1], 8, "dobj", "NOUN"), (".", ".", 8, "punct", "PUNCT")]
    mentions = [mention(0, actor("CHL")), mention(2, actor("PER")), mention(7, actor("BOL"))]
    found = {k for k in keys(code(parse(rows), mentions, lexicon, gazetteer)) if k[1] == "BOL"}
    assert found == {("ACCUSE", "BOL", "CHL"), ("ACCUSE", "BOL", "PER")}, found


def test_extract_state_calling_on_guessed_citizens_calls_on_its_own(lexicon, gazetteer):
    # "Chile's president called on citizens to vote" in a story mostly about Peru: the
    # actor stage guessed the citizens Peruvian; a state's call on them is to its own
    doc = parse([("president", "president", 1, "nsubj", "NOUN"),
                 ("called", "call", 1, "ROOT", "VERB"), ("on", "on", 1, "prep", "ADP"),
                 ("citizens", "citizen", 2, "pobj", "NOUN"), ("to", "to", 5, "aux", "PART"),
                 ("vote", "vote", 1, "xcomp", "VERB"), (".", ".", 1, "punct", "PUNCT")])
    guessed = ActorMention(start=3, end=4, head=3, actors=(actor("PER", "CVL"),),
                           kind="title", confidence=0.3)
    found = keys(code(doc, [mention(0, actor("CHL"), kind="title"), guessed],
                      lexicon, gazetteer))
    assert ("REQUEST", "CHL", "CHL") in found and ("REQUEST", "CHL", "PER") not in found


def test_extract_forces_sent_to_an_unnamed_border_face_no_one_at_home(lexicon, gazetteer):
    # "Iran moved tanks to the frontier.": aimed outward, not at Iran's own people.
    doc = parse([("Iran", "Iran", 1, "nsubj", "PROPN"), ("moved", "move", 1, "ROOT", "VERB"),
                 ("tanks", "tank", 1, "dobj", "NOUN"), ("to", "to", 1, "prep", "ADP"),
                 ("the", "the", 5, "det", "DET"), ("frontier", "frontier", 3, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    assert keys(code(doc, [mention(0, actor("IRN"))], lexicon, gazetteer)) == {
        ("MOBILIZE", "IRN", None)}


def test_extract_forces_sent_to_a_border_face_the_other_country_named(lexicon, gazetteer):
    # "Amid tensions with Azerbaijan, Armenia deployed troops along the border."
    doc = parse([
        ("Amid", "amid", 6, "prep", "ADP"), ("tensions", "tension", 0, "pobj", "NOUN"),
        ("with", "with", 1, "prep", "ADP"), ("Azerbaijan", "Azerbaijan", 2, "pobj", "PROPN"),
        (",", ",", 6, "punct", "PUNCT"), ("Armenia", "Armenia", 6, "nsubj", "PROPN"),
        ("deployed", "deploy", 6, "ROOT", "VERB"), ("troops", "troop", 6, "dobj", "NOUN"),
        ("along", "along", 6, "prep", "ADP"), ("the", "the", 10, "det", "DET"),
        ("border", "border", 8, "pobj", "NOUN"), (".", ".", 6, "punct", "PUNCT")])
    mentions = [mention(3, actor("AZE")), mention(5, actor("ARM"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("MOBILIZE", "ARM", "AZE")}


def test_extract_forces_sent_to_a_strait_face_the_story_country(lexicon, gazetteer):
    # "Taiwan is on alert. China sent warships to the strait.": the story's other state.
    doc = parse([("Taiwan", "Taiwan", 1, "nsubj", "PROPN"), ("is", "be", 1, "ROOT", "AUX"),
                 ("on", "on", 1, "prep", "ADP"), ("alert", "alert", 2, "pobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT"),
                 ("China", "China", 6, "nsubj", "PROPN"), ("sent", "send", 6, "ROOT", "VERB"),
                 ("warships", "warship", 6, "dobj", "NOUN"), ("to", "to", 6, "dative", "ADP"),
                 ("the", "the", 10, "det", "DET"), ("strait", "strait", 8, "pobj", "NOUN"),
                 (".", ".", 6, "punct", "PUNCT")])
    mentions = [mention(0, actor("TWN")), mention(5, actor("CHN"))]
    assert ("MOBILIZE", "CHN", "TWN") in keys(code(doc, mentions, lexicon, gazetteer))


@pytest.mark.parametrize(("verb", "lemma", "tag", "aux", "cause"), [
    # "Chadian guards were killed in a raid by Libyan militiamen"
    ("killed", "kill", "VBN", "were", "raid"),
    # "Chadian guards were wounded in a crackdown by Libyan militiamen"
    ("wounded", "wound", "VBN", "were", "crackdown"),
    # "Chadian guards died in a raid by Libyan militiamen"
    ("died", "die", "VBD", None, "raid"),
])
def test_extract_harm_in_a_raid_by_someone_is_their_attack(lexicon, gazetteer, verb, lemma,
                                                          tag, aux, cause):
    # A raid alone is coercion; one that kills or wounds is an attack by who made it.
    words = ["guards", *([aux] if aux else []), verb, "in", cause, "by", "militiamen"]
    root = 2 if aux else 1
    heads = [root, *([root] if aux else []), root, root, root + 1, root + 2, root + 3]
    deps = ["nsubjpass" if aux else "nsubj", *(["auxpass"] if aux else []), "ROOT", "prep",
            "pobj", "prep", "pobj"]
    pos = ["NOUN", *(["AUX"] if aux else []), "VERB", "ADP", "NOUN", "ADP", "NOUN"]
    tags = ["NNS", *(["VBD"] if aux else []), tag, "IN", "NN", "IN", "NNS"]
    lemmas = ["guard", *(["be"] if aux else []), lemma, "in", cause, "by", "militiaman"]
    doc = Doc(VOCAB, words=words, lemmas=lemmas, heads=heads, deps=deps, pos=pos, tags=tags)
    mentions = [mention(0, actor("TCD", "MIL")), mention(len(words) - 1, actor("LBY", "REB"))]
    assert ("ASSAULT", "LBY", "TCD") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_forces_of_a_guessed_country_belong_to_who_orders_them(lexicon, gazetteer):
    # "Macron approved the deployment of troops to Estonia": the actor stage could only
    # give the troops the story's country (Estonia); they are France's, whose president
    # approves their deployment.
    doc = parse([("Macron", "Macron", 1, "nsubj", "PROPN"),
                 ("approved", "approve", 1, "ROOT", "VERB"), ("the", "the", 3, "det", "DET"),
                 ("deployment", "deployment", 1, "dobj", "NOUN"), ("of", "of", 3, "prep", "ADP"),
                 ("troops", "troop", 4, "pobj", "NOUN"), ("to", "to", 3, "prep", "ADP"),
                 ("Estonia", "Estonia", 6, "pobj", "PROPN"), (".", ".", 1, "punct", "PUNCT")])
    guessed = ActorMention(5, 6, 5, (actor("EST", "MIL", "troops"),), "title", 0.3)
    mentions = [mention(0, actor("FRA", name="Macron")), guessed, mention(7, actor("EST"))]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert ("MOBILIZE", "FRA", "EST") in found
    assert not any(source == "EST" for _, source, _ in found)


def _tagged(rows: list[tuple[str, str, int, str, str, str]]) -> Doc:
    """rows: (word, lemma, head index, dep, pos, tag)."""
    words, lemmas, heads, deps, pos, tags = zip(*rows, strict=True)
    return Doc(VOCAB, words=list(words), lemmas=list(lemmas), heads=list(heads),
               deps=list(deps), pos=list(pos), tags=list(tags))


# "Chadian soldiers were on patrol. Sudanese militiamen ambushed their convoy."
AMBUSHED_CONVOY = [
    ("Chadian", "chadian", 1, "amod", "ADJ", "JJ"),
    ("soldiers", "soldier", 2, "nsubj", "NOUN", "NNS"),
    ("were", "be", 2, "ROOT", "AUX", "VBD"), ("on", "on", 2, "prep", "ADP", "IN"),
    ("duty", "duty", 3, "pobj", "NOUN", "NN"), (".", ".", 2, "punct", "PUNCT", "."),
    ("Sudanese", "sudanese", 7, "amod", "ADJ", "JJ"),
    ("militiamen", "militiaman", 8, "nsubj", "NOUN", "NNS"),
    ("ambushed", "ambush", 8, "ROOT", "VERB", "VBD"),
    ("their", "their", 10, "poss", "PRON", "PRP$"),
    ("convoy", "convoy", 8, "dobj", "NOUN", "NN"), (".", ".", 8, "punct", "PUNCT", ".")]


def test_extract_possessive_on_what_an_attack_hits_is_another_partys(lexicon, gazetteer):
    # The actor stage binds "their" to the ambushers; the convoy is the soldiers'.
    militia = actor("SDN", "REB", "militiamen")
    mentions = [mention(0, actor("TCD", "MIL", "soldiers"), end=2, head=1),
                mention(6, militia, end=8, head=7), mention(9, militia, kind="pronoun")]
    found = keys(code(_tagged(AMBUSHED_CONVOY), mentions, lexicon, gazetteer))
    assert ("ASSAULT", "SDN", "TCD") in found
    assert not any(source == "SDN" and target == "SDN" for _, source, target in found)


def test_extract_possessive_on_what_an_attack_hits_stays_unknown_without_another_party(
        lexicon, gazetteer):
    # "Sudanese militiamen ambushed their patrol.", nobody else named: no attack of the
    # militiamen on themselves, and the patrol is not theirs (no MOBILIZE of theirs).
    rows = [(w, lemma, h - 6, d, p, t) for w, lemma, h, d, p, t in AMBUSHED_CONVOY[6:]]
    rows[4] = ("patrol", "patrol", 2, "dobj", "NOUN", "NN")
    militia = actor("SDN", "REB", "militiamen")
    mentions = [mention(0, militia, end=2, head=1), mention(3, militia, kind="pronoun")]
    assert keys(code(_tagged(rows), mentions, lexicon, gazetteer)) == set()


def test_extract_possessive_on_whom_an_arrest_takes_is_another_partys(lexicon, gazetteer):
    # "Opposition activists rallied. Police detained their leader.": the activists' leader.
    rows = [("Opposition", "opposition", 1, "compound", "NOUN", "NN"),
            ("activists", "activist", 2, "nsubj", "NOUN", "NNS"),
            ("rallied", "rally", 2, "ROOT", "VERB", "VBD"), (".", ".", 2, "punct", "PUNCT", "."),
            ("Police", "police", 5, "nsubj", "NOUN", "NNS"),
            ("detained", "detain", 5, "ROOT", "VERB", "VBD"),
            ("their", "their", 7, "poss", "PRON", "PRP$"),
            ("leader", "leader", 5, "dobj", "NOUN", "NN"), (".", ".", 5, "punct", "PUNCT", ".")]
    police = actor("BLR", "COP", "police")
    mentions = [mention(0, actor("BLR", "OPP", "activists"), end=2, head=1),
                mention(4, police), mention(6, police, kind="pronoun")]
    events = [e for e in code(_tagged(rows), mentions, lexicon, gazetteer)
              if e.event_type == "COERCE"]
    assert [(e.source.sector, e.target.sector) for e in events] == [("COP", "OPP")]


def test_extract_a_count_of_people_stands_for_them_and_their_owner(lexicon, gazetteer):
    # "Hundreds of his supporters clashed with police": the count is the supporters,
    # whose owner ("his") names the side, as in "his supporters clashed"
    doc = parse([("Hundreds", "hundred", 4, "nsubj", "NOUN"), ("of", "of", 0, "prep", "ADP"),
                 ("his", "his", 3, "poss", "PRON"), ("supporters", "supporter", 1, "pobj", "NOUN"),
                 ("clashed", "clash", 4, "ROOT", "VERB"), ("with", "with", 4, "prep", "ADP"),
                 ("police", "police", 5, "pobj", "NOUN"), (".", ".", 4, "punct", "PUNCT")])
    mentions = [mention(2, actor("CHL", "OPP"), kind="pronoun"),
                mention(6, actor("CHL", "COP"), kind="title")]
    assert ("ASSAULT", "CHL", "CHL") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_ordered_act_is_the_one_who_ordered_it(lexicon, gazetteer):
    # "The president ordered the deployment of troops", the troops guessed Peruvian from
    # the story: the one who orders a deployment makes it
    doc = parse([("president", "president", 1, "nsubj", "NOUN"),
                 ("ordered", "order", 1, "ROOT", "VERB"), ("the", "the", 3, "det", "DET"),
                 ("deployment", "deployment", 1, "dobj", "NOUN"), ("of", "of", 3, "prep", "ADP"),
                 ("troops", "troop", 4, "pobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    troops = ActorMention(start=5, end=6, head=5, actors=(actor("PER", "MIL"),),
                          kind="title", confidence=0.3)
    found = keys(code(doc, [mention(0, actor("CHL"), kind="title"), troops],
                      lexicon, gazetteer))
    assert {k[:2] for k in found} == {("MOBILIZE", "CHL")}, found


def test_extract_guessed_target_listed_with_a_named_one_shares_its_country(
        lexicon, gazetteer):
    # "Chile sanctioned Peruvian officers and banks" in a story filed from Santiago: the
    # actor stage guessed the banks Chilean; listed with Peru's officers they are Peru's
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("sanctioned", "sanction", 1, "ROOT", "VERB"),
                 ("Peruvian", "peruvian", 3, "amod", "ADJ"),
                 ("officers", "officer", 1, "dobj", "NOUN"), ("and", "and", 3, "cc", "CCONJ"),
                 ("banks", "bank", 3, "conj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    banks = ActorMention(start=5, end=6, head=5, actors=(actor("CHL", "BUS"),),
                         kind="title", confidence=0.3)
    mentions = [mention(0, actor("CHL")),
                mention(2, actor("PER", "MIL"), end=4, head=3, kind="title"), banks]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("SANCTION", "CHL", "PER")}


def test_predicates_setting_up_an_inquiry_is_an_investigation(lexicon):
    # "Peru set up an inquiry into the abuses" (ACCUSE 090), as "launched an inquiry"
    doc = parse([("Peru", "Peru", 1, "nsubj", "PROPN"), ("set", "set", 1, "ROOT", "VERB"),
                 ("up", "up", 1, "prt", "ADP"), ("an", "an", 4, "det", "DET"),
                 ("inquiry", "inquiry", 1, "dobj", "NOUN"), ("into", "into", 4, "prep", "ADP"),
                 ("the", "the", 7, "det", "DET"), ("abuses", "abuse", 5, "pobj", "NOUN")])
    # a light verb's event, whose doer is the verb's subject (not a bare noun's)
    assert [(p.trigger.text, p.kind, p.sense.cameo)
            for p in find_predicates(doc[:], lexicon)] == [("inquiry", "light", "090")]


def test_extract_possessor_of_a_release_is_who_is_freed(lexicon, gazetteer):
    # "The court ordered his release": "his" is who is freed, not who frees
    doc = parse([("court", "court", 1, "nsubj", "NOUN"), ("ordered", "order", 1, "ROOT", "VERB"),
                 ("his", "his", 3, "poss", "PRON"), ("release", "release", 1, "dobj", "NOUN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL", "JUD"), kind="title"),
                mention(2, actor("CHL", "OPP"), kind="pronoun")]
    found = code(doc, mentions, lexicon, gazetteer)
    assert {(e.event_type, e.source.sector, e.target and e.target.sector) for e in found} == {
        ("RETREAT", "JUD", "OPP")}


@pytest.mark.parametrize("rows, mentions, expected", [
    # "A Russian cyberattack knocked out Ukraine's power grid."
    ([("A", "a", 2, "det", "DET"), ("Russian", "russian", 2, "amod", "ADJ"),
      ("cyberattack", "cyberattack", 3, "nsubj", "NOUN"), ("knocked", "knock", 3, "ROOT", "VERB"),
      ("out", "out", 3, "prt", "ADP"), ("Ukraine", "Ukraine", 8, "poss", "PROPN"),
      ("'s", "'s", 5, "case", "PART"), ("power", "power", 8, "compound", "NOUN"),
      ("grid", "grid", 3, "dobj", "NOUN"), (".", ".", 3, "punct", "PUNCT")],
     [(1, "RUS", 3, 2), (5, "UKR", 9, 8)], ("COERCE", "RUS", "UKR")),
    # "A Chinese cyberattack disrupted Taiwan's government websites."
    ([("A", "a", 2, "det", "DET"), ("Chinese", "chinese", 2, "amod", "ADJ"),
      ("cyberattack", "cyberattack", 3, "nsubj", "NOUN"),
      ("disrupted", "disrupt", 3, "ROOT", "VERB"), ("Taiwan", "Taiwan", 7, "poss", "PROPN"),
      ("'s", "'s", 4, "case", "PART"), ("government", "government", 7, "compound", "NOUN"),
      ("websites", "website", 3, "dobj", "NOUN"), (".", ".", 3, "punct", "PUNCT")],
     [(1, "CHN", 3, 2), (4, "TWN", 8, 7)], ("COERCE", "CHN", "TWN")),
    # "An Iranian cyberattack shut down Israel's water systems."
    ([("An", "an", 2, "det", "DET"), ("Iranian", "iranian", 2, "amod", "ADJ"),
      ("cyberattack", "cyberattack", 3, "nsubj", "NOUN"), ("shut", "shut", 3, "ROOT", "VERB"),
      ("down", "down", 3, "prt", "ADP"), ("Israel", "Israel", 8, "poss", "PROPN"),
      ("'s", "'s", 5, "case", "PART"), ("water", "water", 8, "compound", "NOUN"),
      ("systems", "system", 3, "dobj", "NOUN"), (".", ".", 3, "punct", "PUNCT")],
     [(1, "IRN", 3, 2), (5, "ISR", 9, 8)], ("COERCE", "IRN", "ISR")),
])
def test_attack_noun_targets_what_its_verb_put_out_of_action(rows, mentions, expected,
                                                             lexicon, gazetteer):
    # an attack told as the doer of the harm: what it knocked out or disabled is hit
    doc = parse(rows)
    found = [mention(i, actor(code), end=end, head=head) for i, code, end, head in mentions]
    assert expected in keys(code(doc, found, lexicon, gazetteer))


def test_extract_recalled_envoy_to_a_country_is_recalled_from_it(lexicon, gazetteer):
    # "Chile recalled its ambassador to Peru": the post named on the source's own envoy
    # is the other side, as "recalled its envoy from Lima"
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"),
                 ("recalled", "recall", 1, "ROOT", "VERB"), ("its", "its", 3, "poss", "PRON"),
                 ("ambassador", "ambassador", 1, "dobj", "NOUN"), ("to", "to", 3, "prep", "ADP"),
                 ("Peru", "Peru", 4, "pobj", "PROPN"), (".", ".", 1, "punct", "PUNCT")])
    envoy = ActorMention(start=2, end=4, head=3, actors=(actor("CHL", "GOV"),), kind="title")
    mentions = [mention(0, actor("CHL")), envoy, mention(5, actor("PER"))]
    assert keys(code(doc, mentions, lexicon, gazetteer)) == {("SANCTION", "CHL", "PER")}


def test_extract_co_proposers_make_no_agreement_with_each_other(lexicon, gazetteer):
    # "Bolivia accepted a truce proposed by Chile and Peru": the two put the truce
    # forward to Bolivia; they do not agree with each other
    doc = parse([("Bolivia", "Bolivia", 1, "nsubj", "PROPN"),
                 ("accepted", "accept", 1, "ROOT", "VERB"), ("a", "a", 3, "det", "DET"),
                 ("truce", "truce", 1, "dobj", "NOUN"), ("proposed", "propose", 3, "acl", "VERB"),
                 ("by", "by", 4, "agent", "ADP"), ("Chile", "Chile", 5, "pobj", "PROPN"),
                 ("and", "and", 6, "cc", "CCONJ"), ("Peru", "Peru", 6, "conj", "PROPN"),
                 (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("BOL")), mention(6, actor("CHL")), mention(8, actor("PER"))]
    found = keys(code(doc, mentions, lexicon, gazetteer))
    assert not {k for k in found if {k[1], k[2]} == {"CHL", "PER"}}, found


def test_extract_seizing_what_is_foreign_falls_on_no_own_people(lexicon, gazetteer):
    # "Chilean police seized a foreign vessel": not an act on Chile's own people
    doc = parse([("police", "police", 1, "nsubj", "NOUN"), ("seized", "seize", 1, "ROOT", "VERB"),
                 ("a", "a", 4, "det", "DET"), ("foreign", "foreign", 4, "amod", "ADJ"),
                 ("vessel", "vessel", 1, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    found = keys(code(doc, [mention(0, actor("CHL", "COP"), kind="title")], lexicon, gazetteer))
    assert ("COERCE", "CHL", "CHL") not in found, found


def test_extract_attack_hit_whom_its_relative_clause_killed(lexicon, gazetteer):
    # "Chile launched an attack that killed Peruvian soldiers": the attack's own clause
    # names whom it hit
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"), ("launched", "launch", 1, "ROOT", "VERB"),
                 ("an", "an", 3, "det", "DET"), ("attack", "attack", 1, "dobj", "NOUN"),
                 ("that", "that", 5, "nsubj", "PRON"), ("killed", "kill", 3, "relcl", "VERB"),
                 ("Peruvian", "peruvian", 7, "amod", "ADJ"),
                 ("soldiers", "soldier", 5, "dobj", "NOUN"), (".", ".", 1, "punct", "PUNCT")])
    mentions = [mention(0, actor("CHL")),
                mention(6, actor("PER", "MIL"), end=8, head=7, kind="title")]
    assert ("ASSAULT", "CHL", "PER") in keys(code(doc, mentions, lexicon, gazetteer))


def test_extract_guessed_victims_of_an_attacks_clause_are_of_its_place(lexicon, gazetteer):
    # "Chile launched an attack that killed soldiers in Lima", the soldiers guessed
    # Chilean: victims hit abroad are of the place the clause names
    doc = parse([("Chile", "Chile", 1, "nsubj", "PROPN"), ("launched", "launch", 1, "ROOT", "VERB"),
                 ("an", "an", 3, "det", "DET"), ("attack", "attack", 1, "dobj", "NOUN"),
                 ("that", "that", 5, "nsubj", "PRON"), ("killed", "kill", 3, "relcl", "VERB"),
                 ("soldiers", "soldier", 5, "dobj", "NOUN"), ("in", "in", 5, "prep", "ADP"),
                 ("Lima", "Lima", 7, "pobj", "PROPN"), (".", ".", 1, "punct", "PUNCT")])
    soldiers = ActorMention(start=6, end=7, head=6, actors=(actor("CHL", "MIL"),),
                            kind="title", confidence=0.3)
    found = keys(code(doc, [mention(0, actor("CHL")), soldiers], lexicon, gazetteer))
    assert ("ASSAULT", "CHL", "PER") in found, found
