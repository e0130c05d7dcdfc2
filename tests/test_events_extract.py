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
from eventwire.events.extract import ArticleContext, extract_events
from eventwire.events.lexicon import Lexicon
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
    assert keys(code(doc, [group], lexicon, gazetteer)) == {("COOPERATE", "JPN", "USA")}


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
