"""Tests of the gold scorer, and of the bundled sample gold file."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from eventwire.evaluate import (
    PLOVER_TYPES,
    GoldArticle,
    GoldEvent,
    format_table,
    load_gold,
    score,
    select_split,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def pred(
    event_type: str,
    source: str | None,
    target: str | None,
    article_id: str = "a1",
    **extra: object,
) -> dict:
    """A predicted event record shaped like Event.to_dict() (only the fields scored)."""
    record = {
        "article_id": article_id,
        "event_type": event_type,
        "source": {"country": source, "org": None, "sector": extra.pop("ssec", None)},
        "target": None
        if target is None
        else {"country": target, "org": None, "sector": extra.pop("tsec", None)},
        "date": None,
        "date_precision": None,
        "negated": False,
        "hypothetical": False,
        "sentence": "A sentence.",
    }
    record.update(extra)
    return record


def article(*events: GoldEvent, article_id: str = "a1") -> GoldArticle:
    return GoldArticle(article_id=article_id, events=tuple(events), split="dev")


def test_exact_match_gives_full_scores():
    gold = [article(GoldEvent("ACCUSE", "USA", "CHN"))]
    report = score(gold, [pred("ACCUSE", "USA", "CHN")])
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    assert report.by_type["ACCUSE"].f1 == 1.0
    assert not report.misses and not report.false_events


def test_wrong_direction_of_asymmetric_type_is_a_miss_and_a_false_event():
    gold = [article(GoldEvent("ACCUSE", "USA", "CHN", evidence="the US accused China"))]
    report = score(gold, [pred("ACCUSE", "CHN", "USA", sentence="China accused the US.")])
    assert report.recall == 0.0 and report.precision == 0.0
    assert report.misses[0].evidence == "the US accused China"
    assert report.false_events[0].sentence == "China accused the US."


def test_symmetric_type_matches_in_either_direction():
    gold = [article(GoldEvent("CONSULT", "JPN", "USA"), GoldEvent("AGREE", "JPN", "USA"))]
    report = score(gold, [pred("CONSULT", "USA", "JPN"), pred("AGREE", "JPN", "USA")])
    assert report.recall == 1.0 and report.precision == 1.0


def test_alternative_type_is_accepted():
    gold = [article(GoldEvent("AID", "JPN", "UKR", alt_types=("SUPPORT",)))]
    report = score(gold, [pred("SUPPORT", "JPN", "UKR")])
    assert report.recall == 1.0 and report.precision == 1.0
    assert report.by_type["AID"].recall == 1.0
    assert report.by_type["SUPPORT"].precision == 1.0


def test_optional_event_is_never_an_error_and_not_needed():
    gold = [
        article(
            GoldEvent("SANCTION", "USA", "RUS"),
            GoldEvent("CONSULT", "QAT", "ISR", core=False),
        )
    ]
    only_core = score(gold, [pred("SANCTION", "USA", "RUS")])
    with_optional = score(gold, [pred("SANCTION", "USA", "RUS"), pred("CONSULT", "QAT", "ISR")])
    assert only_core.recall == 1.0 and only_core.gold == 1
    assert with_optional.precision == 1.0 and with_optional.predicted == 2


def test_negated_and_hypothetical_predictions_are_ignored():
    gold = [article(GoldEvent("REJECT", "RUS", "USA"))]
    predictions = [
        pred("REJECT", "RUS", "USA"),
        pred("ASSAULT", "ISR", "PSE", negated=True),
        pred("CONSULT", "JPN", "CHN", hypothetical=True),
    ]
    report = score(gold, predictions)
    assert report.predicted == 1 and report.precision == 1.0
    assert not report.false_events


def test_duplicate_predictions_count_once():
    gold = [article(GoldEvent("THREATEN", "PRK", "USA"))]
    predictions = [pred("THREATEN", "PRK", "USA")] * 3 + [pred("MOBILIZE", "PRK", "KOR")] * 2
    report = score(gold, predictions)
    assert report.predicted == 2 and report.correct == 1
    assert report.precision == 0.5 and len(report.false_events) == 1


def test_symmetric_duplicates_in_both_directions_count_once():
    gold = [article(GoldEvent("CONSULT", "FRA", "CHN"))]
    report = score(gold, [pred("CONSULT", "FRA", "CHN"), pred("CONSULT", "CHN", "FRA")])
    assert report.predicted == 1 and report.precision == 1.0


def test_calibration_compares_each_key_s_surest_confidence_with_whether_it_was_right():
    gold = [article(GoldEvent("ACCUSE", "USA", "CHN"))]
    predictions = [pred("ACCUSE", "USA", "CHN", confidence=0.6),
                   pred("ACCUSE", "USA", "CHN", confidence=0.9),  # same key: the surest
                   pred("SANCTION", "USA", "CHN", confidence=0.8)]
    report = score(gold, predictions)
    assert sorted(report.outcomes) == [(0.8, False), (0.9, True)]
    assert report.brier == pytest.approx((0.1 ** 2 + 0.8 ** 2) / 2)
    assert report.calibration_error == pytest.approx((0.1 + 0.8) / 2)
    bins = report.reliability()
    assert [(b.low, b.count, b.precision) for b in bins] == [(0.8, 1, 0.0), (0.9, 1, 1.0)]
    data = report.to_dict()["calibration"]
    assert data["brier"] == report.brier and len(data["bins"]) == 2
    assert "calibration error 0.450" in format_table(report)


def test_calibration_is_undefined_without_predictions():
    report = score([article(GoldEvent("ACCUSE", "USA", "CHN"))], [])
    assert report.brier is None and report.calibration_error is None
    assert "calibration" not in format_table(report)


def test_date_accuracy_on_matched_dated_core_events():
    gold = [
        article(
            GoldEvent("ACCUSE", "JPN", "PRK", date="2023-07-12", date_precision="day"),
            GoldEvent("ACCUSE", "KOR", "PRK", date="2023-07-12", date_precision="day"),
            GoldEvent("REJECT", "RUS", "UN", date="2024-03", date_precision="month"),
            GoldEvent("REQUEST", "UN", "PRK"),
            GoldEvent("COOPERATE", "USA", "JPN", date="2023-04", date_precision="month"),
        )
    ]
    predictions = [
        pred("ACCUSE", "JPN", "PRK", date="2023-07-12"),
        pred("ACCUSE", "KOR", "PRK", date="2023-07-13"),
        pred("REJECT", "RUS", "UN", date="2024-03-01", date_precision="month"),
        pred("REQUEST", "UN", "PRK", date="2023-07-12"),
    ]
    report = score(gold, predictions)
    assert (report.dated, report.date_correct) == (3, 2)
    assert report.date_accuracy == pytest.approx(2 / 3)


def test_sector_accuracy_follows_a_reversed_symmetric_match():
    gold = [article(GoldEvent("CONSULT", "USA", "RUS", source_sector="GOV", target_sector="OPP"))]
    report = score(gold, [pred("CONSULT", "RUS", "USA", ssec="OPP", tsec="GOV")])
    assert (report.sectors, report.sector_correct) == (2, 2)


def test_organisation_codes_and_missing_targets():
    gold = [article(GoldEvent("PROTEST", "GEO", None), GoldEvent("REQUEST", "UN", "PRK"))]
    request = pred("REQUEST", None, "PRK")
    request["source"] = {"country": None, "org": "UN", "sector": "IGO"}
    report = score(gold, [pred("PROTEST", "GEO", None), request])
    assert report.recall == 1.0 and report.precision == 1.0


def test_predictions_for_other_articles_are_ignored():
    gold = [article(GoldEvent("AID", "FRA", "SDN"))]
    report = score(gold, [pred("AID", "FRA", "SDN"), pred("ASSAULT", "X", "Y", article_id="b")])
    assert report.articles == 1 and report.predicted == 1


def test_report_to_dict_is_json_and_table_lists_errors():
    gold = [article(GoldEvent("ACCUSE", "USA", "CHN", evidence="Washington condemned"))]
    report = score(gold, [pred("SANCTION", "USA", "CHN", sentence="It froze assets.")])
    data = json.loads(json.dumps(report.to_dict()))
    assert data["recall"] == 0.0 and data["by_type"]["SANCTION"]["predicted"] == 1
    table = format_table(report)
    assert "Washington condemned" in table and "It froze assets." in table
    assert "overall" in table and "date accuracy" in table


def test_malformed_gold_line_names_line_and_field(tmp_path):
    good = {"article_id": "a1", "events": [{"type": "AGREE", "source": "JPN", "target": "USA"}]}
    bad = {"article_id": "a2", "events": [{"type": "HUG", "source": "JPN", "target": "USA"}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(good) + "\n\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl:3: event 0: field 'type'"):
        load_gold(path)


@pytest.mark.parametrize(
    "line, field",
    [
        ("not json", "not valid JSON"),
        ('{"events": []}', "field 'article_id'"),
        ('{"article_id": "a", "events": [{"type": "AGREE"}]}', "field 'source'"),
        (
            '{"article_id": "a", "events": [{"type": "AGREE", "source": "JPN", '
            '"date": "2024-1-2"}]}',
            "field 'date'",
        ),
        (
            '{"article_id": "a", "events": [{"type": "AGREE", "source": "JPN", '
            '"date": "2024-01", "date_precision": "day"}]}',
            "field 'date_precision'",
        ),
    ],
)
def test_malformed_gold_fields(tmp_path, line, field):
    path = tmp_path / "gold.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=f":1: .*{field}"):
        load_gold(path)


# ---------------------------------------------------------------------------- sample gold


def _sample_articles() -> dict[str, dict]:
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return {record["id"]: record for record in map(json.loads, filter(None, lines))}


def test_sample_gold_is_consistent_with_sample_articles():
    articles = _sample_articles()
    gold = load_gold(EXAMPLES / "gold.jsonl")
    assert len(gold) == len(articles) >= 15
    core_types: Counter[str] = Counter()
    for entry in gold:
        assert entry.article_id in articles
        assert entry.split in ("dev", "test")
        text = articles[entry.article_id]["text"]
        for event in entry.events:
            assert event.type in PLOVER_TYPES
            assert event.evidence and event.evidence in text, event.evidence
            if event.core:
                core_types[event.type] += 1
    assert all(core_types[t] >= 2 for t in PLOVER_TYPES), core_types
    assert select_split(gold, "dev") and select_split(gold, "test")


def test_sample_gold_scores_perfectly_against_itself():
    gold = load_gold(EXAMPLES / "gold.jsonl")
    predictions = [
        pred(
            e.type,
            e.source,
            e.target,
            article_id=a.article_id,
            date=e.date,
            date_precision=e.date_precision,
        )
        for a in gold
        for e in a.events
    ]
    for record in predictions:
        for side in ("source", "target"):
            actor = record[side]
            if actor and actor["country"] and len(actor["country"]) != 3:
                actor["org"], actor["country"] = actor["country"], None
    report = score(gold, predictions)
    assert report.recall == 1.0 and report.precision == 1.0 and report.date_accuracy == 1.0


# ---------------------------------------------------------------------------- project gold

GOLD = Path(__file__).resolve().parent / "gold"
SECTORS = set(
    "GOV MIL REB UAF PTY OPP LEG JUD COP SPY BUS JRN CVL LAB REF CRM REL EDU MED ELI NGO "
    "IGO UNK".split()
)


def _articles(folder: Path) -> dict[str, dict]:
    lines = (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return {record["id"]: record for record in map(json.loads, filter(None, lines))}


def test_project_gold_is_consistent_with_its_articles(kb):
    articles = _articles(GOLD)
    codes = set(kb.countries_by_iso3) | set(kb.organisations_by_code)
    gold = load_gold(GOLD / "gold.jsonl")
    assert len(gold) == len(articles) >= 43
    assert {entry.article_id for entry in gold} == set(articles)
    for entry in gold:
        assert entry.split in ("dev", "test")
        record = articles[entry.article_id]
        assert record["published"] and 150 <= len(record["text"].split()) <= 450
        for event in entry.events:
            assert event.type in PLOVER_TYPES and set(event.alt_types) <= set(PLOVER_TYPES)
            assert event.evidence and event.evidence in record["text"], event.evidence
            assert {event.source, event.target} - {None} <= codes, (event.source, event.target)
            assert {event.source_sector, event.target_sector} - {None} <= SECTORS
            assert event.date is None or event.date <= record["published"]
    dev, test = select_split(gold, "dev"), select_split(gold, "test")
    # both splits large enough to report on; the test split grows with held-out sets
    assert min(len(dev), len(test)) >= len(gold) // 4


def test_gold_sets_together_cover_every_type_with_unique_ids():
    examples, project = load_gold(EXAMPLES / "gold.jsonl"), load_gold(GOLD / "gold.jsonl")
    ids = [entry.article_id for entry in examples + project]
    assert len(ids) == len(set(ids)) >= 60
    core_types = Counter(e.type for entry in examples + project for e in entry.events if e.core)
    assert all(core_types[t] >= 5 for t in PLOVER_TYPES), core_types


def test_country_and_sector_accuracy_are_reported_separately():
    gold = [
        article(
            GoldEvent("ACCUSE", "USA", "CHN", source_sector="GOV", target_sector="GOV"),
            GoldEvent("SANCTION", "GBR", "RUS", source_sector="GOV", target_sector="BUS"),
            GoldEvent("CONSULT", "JPN", "KOR"),
            GoldEvent("AID", "FRA", "SDN"),
        )
    ]
    report = score(
        gold,
        [
            pred("ACCUSE", "USA", "CHN", ssec="GOV", tsec="MIL"),  # matched, one sector wrong
            pred("SANCTION", "GBR", "IRN"),  # same type, target country wrong
            pred("CONSULT", "KOR", "JPN"),  # symmetric, reversed: both right
        ],
    )
    # sectors on matched events only: ACCUSE source right, target wrong
    assert (report.sectors, report.sector_correct) == (2, 1)
    assert report.side_accuracy("sector", "source") == 1.0
    assert report.side_accuracy("sector", "target") == 0.0
    # countries on core events with a prediction of their type (AID has none)
    assert (report.countries, report.country_correct) == (6, 5)
    assert report.side_accuracy("country", "source") == 1.0
    assert report.side_accuracy("country", "target") == 2 / 3
    data = json.loads(json.dumps(report.to_dict()))
    assert data["sector_accuracy"] == 0.5 and data["sectors"] == 2  # existing keys kept
    assert data["country_accuracy"] == 5 / 6
    assert (data["countries"], data["country_correct"]) == (6, 5)
    assert data["target_country_accuracy"] == 2 / 3
    assert data["source_sector_accuracy"] == 1.0
    assert data["target_countries"] == {"correct": 2, "total": 3}
    table = format_table(report)
    assert "sector accuracy  50.0%" in table
    assert "country accuracy  83.3%  (5/6 actor countries" in table
    assert "target country  66.7%" in table


def test_country_accuracy_undefined_without_same_type_predictions():
    report = score([article(GoldEvent("AID", "FRA", "SDN"))], [pred("ACCUSE", "FRA", "SDN")])
    assert report.country_accuracy is None and report.to_dict()["country_accuracy"] is None
    assert "country accuracy    -" in format_table(report)


def test_wrong_dates_are_listed_with_both_dates():
    gold = [article(GoldEvent("ACCUSE", "USA", "CHN", date="2024-01-12", date_precision="day",
                              evidence="the US accused China on Friday"),
                    GoldEvent("CONSULT", "USA", "JPN", date="2024-01-11", date_precision="day"))]
    report = score(gold, [pred("ACCUSE", "USA", "CHN", date="2024-01-13", date_precision="day"),
                          pred("CONSULT", "USA", "JPN", date="2024-01-11", date_precision="day")])
    assert report.date_accuracy == 0.5
    assert [(w.type, w.gold_date, w.predicted_date) for w in report.wrong_dates] == [
        ("ACCUSE", "2024-01-12", "2024-01-13")]
    table = format_table(report)
    assert "wrong dates (1)" in table and "2024-01-12 coded 2024-01-13" in table
    assert report.to_dict()["wrong_dates"][0]["evidence"] == "the US accused China on Friday"


def test_date_is_right_when_one_of_the_key_s_records_has_it():
    """Two mentions of one key on two days (an arrest on Tuesday, a court order on
    Wednesday): the gold arrest is dated right by the Tuesday record."""
    gold = [article(GoldEvent("COERCE", "PAK", "PAK", date="2023-05-09", date_precision="day"))]
    report = score(gold, [
        pred("COERCE", "PAK", "PAK", date="2023-05-10", date_precision="day"),
        pred("COERCE", "PAK", "PAK", date="2023-05-09", date_precision="day")])
    assert report.date_accuracy == 1.0
    assert report.predicted == 1 and report.precision == 1.0


# ------------------------------------------------------------ causes of errors

SENTENCE = "Kenyan police arrested 12 Ugandan traders in Busia on Monday."


def _causes(gold_events, records):
    report = score([article(*gold_events)], records)
    return [m.cause for m in report.misses], [f.cause for f in report.false_events], report


def test_miss_causes_tell_type_actors_other_and_nothing_apart():
    arrest = GoldEvent("COERCE", "KEN", "UGA", evidence="police arrested 12 Ugandan traders")
    cases = {
        "type": [pred("ACCUSE", "KEN", "UGA", sentence=SENTENCE)],
        "actors": [pred("COERCE", "KEN", "KEN", sentence=SENTENCE)],
        "other": [pred("AID", "USA", "FRA", sentence=SENTENCE)],
        "nothing": [pred("COERCE", "KEN", "KEN", sentence="A different sentence.")],
        "flagged": [pred("COERCE", "KEN", "UGA", sentence=SENTENCE, negated=True)],
    }
    for cause, records in cases.items():
        misses, _, _ = _causes([arrest], records)
        assert misses == [cause], cause


def test_a_reversed_pair_of_another_type_is_a_typing_miss():
    gold = GoldEvent("ACCUSE", "RUS", "UKR", evidence="Moscow blamed Kyiv")
    misses, _, _ = _causes([gold], [pred("THREATEN", "UKR", "RUS", sentence="Moscow blamed Kyiv.")])
    assert misses == ["type"]


def test_false_event_causes_compare_with_the_gold_of_its_sentence():
    gold = [GoldEvent("COERCE", "KEN", "UGA", evidence="police arrested 12 Ugandan traders")]
    cases = {
        "actors": pred("COERCE", "KEN", "KEN", sentence=SENTENCE),
        "type": pred("ASSAULT", "UGA", "KEN", sentence=SENTENCE),
        "other": pred("AID", "USA", "FRA", sentence=SENTENCE),
        "no gold": pred("AID", "USA", "FRA", sentence="Unrelated text."),
    }
    for cause, record in cases.items():
        _, false, _ = _causes(gold, [record])
        assert false == [cause], cause


def test_causes_are_counted_in_the_table_and_the_json():
    gold = [GoldEvent("COERCE", "KEN", "UGA", evidence="police arrested 12 Ugandan traders"),
            GoldEvent("PROTEST", "UGA", "KEN", evidence="traders marched to the border")]
    _, _, report = _causes(gold, [pred("COERCE", "KEN", "KEN", sentence=SENTENCE)])
    assert dict(report.miss_causes) == {"flagged": 0, "type": 0, "actors": 1, "other": 0,
                                        "nothing": 1}
    assert dict(report.false_causes)["actors"] == 1
    data = json.loads(json.dumps(report.to_dict()))
    assert data["miss_causes"]["nothing"] == 1 and data["misses"][0]["cause"] == "actors"
    table = format_table(report)
    assert "misses by cause" in table and "[actors]" in table and "[nothing]" in table
