"""Events, not reports: linking mentions across articles (fake coder and real coder)."""

from __future__ import annotations

import random

import pytest

from eventwire.store import LinkRule, ingest, open_store, rebuild_events
from eventwire.store.dedup import link
from store_fakes import FakeCoder, article


def linked(tmp_path, articles, rule: LinkRule | None = None):
    con = open_store(tmp_path / "store.duckdb")
    ingest(articles, FakeCoder(), con, rule=rule)
    rows = con.execute(
        "SELECT event_type, source_code, target_code, num_mentions, num_articles, "
        "num_sources FROM events ORDER BY ALL").fetchall()
    return con, rows


def test_store_dedup_three_articles_one_event(tmp_path) -> None:
    articles = [
        article("a", "ASSAULT RUS UKR 2024-05-14", source="Alpha Wire"),
        article("b", "ASSAULT RUS UKR 2024-05-14", source="Beta News"),
        article("c", "ASSAULT RUS UKR 2024-05-15", published="2024-05-15", source="Gamma"),
    ]
    con, rows = linked(tmp_path, articles)
    assert rows == [("ASSAULT", "RUS", "UKR", 3, 3, 3)]
    assert con.execute("SELECT count(*) FROM links").fetchone()[0] == 3
    first, last = con.execute("SELECT first_report, last_report FROM events").fetchone()
    assert (str(first), str(last)) == ("2024-05-14", "2024-05-15")


def test_store_dedup_same_event_twice_in_one_article(tmp_path) -> None:
    articles = [article("a", "CONSULT JPN USA 2024-05-13", "CONSULT JPN USA 2024-05-13")]
    _, rows = linked(tmp_path, articles)
    assert rows == [("CONSULT", "JPN", "USA", 2, 1, 1)]


def test_store_dedup_window_separates_distant_dates(tmp_path) -> None:
    articles = [article("a", "ASSAULT RUS UKR 2024-05-10"),
                article("b", "ASSAULT RUS UKR 2024-05-14")]
    _, rows = linked(tmp_path, articles)
    assert [r[3] for r in rows] == [1, 1]
    _, rows = linked(tmp_path, articles, LinkRule(window_days=7))
    assert [r[3] for r in rows] == [2]


def test_store_dedup_incompatible_places_stay_apart(tmp_path) -> None:
    articles = [article("a", "PROTEST FRA - 2024-05-14 Paris FRA"),
                article("b", "PROTEST FRA - 2024-05-14 Berlin DEU"),
                article("c", "PROTEST FRA - 2024-05-14")]
    _, rows = linked(tmp_path, articles)
    assert sorted(r[3] for r in rows) == [1, 2]


def test_store_dedup_flagged_records_are_not_events(tmp_path) -> None:
    articles = [article("a", "ASSAULT RUS UKR 2024-05-14 neg", "THREATEN RUS UKR - hyp")]
    con, rows = linked(tmp_path, articles)
    assert rows == []
    rebuild_events(con, LinkRule(include_flagged=True))
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] == 2


def test_store_dedup_rule_is_kept_by_the_store(tmp_path) -> None:
    articles = [article("a", "ASSAULT RUS UKR 2024-05-10"),
                article("b", "ASSAULT RUS UKR 2024-05-12")]
    con, rows = linked(tmp_path, articles, LinkRule(window_days=3))
    assert [r[3] for r in rows] == [2]
    ingest([article("c", "AID USA UKR 2024-05-12")], FakeCoder(), con)
    assert con.execute("SELECT max(num_mentions) FROM events").fetchone()[0] == 2


def test_store_dedup_sector_level_splits_sectors() -> None:
    rows = [_row("a", 0, "GOV"), _row("b", 0, "MIL")]
    assert len(link([dict(r) for r in rows], LinkRule())) == 1
    assert len(link([dict(r) for r in rows], LinkRule(actor_level="sector"))) == 2


@pytest.mark.parametrize("seed", range(5))
def test_store_dedup_is_independent_of_order(seed: int) -> None:
    rows = [_row(f"a{i}", i % 2, "GOV", day=10 + i % 4) for i in range(12)]
    expected = link([dict(r) for r in rows], LinkRule())
    random.Random(seed).shuffle(rows)
    assert link([dict(r) for r in rows], LinkRule()) == expected


def test_store_dedup_rule_rejects_bad_values() -> None:
    with pytest.raises(ValueError, match="actor_level"):
        LinkRule(actor_level="city")
    with pytest.raises(ValueError, match="window_days"):
        LinkRule(window_days=-1)


def _row(article_id: str, seq: int, sector: str, day: int = 14) -> dict:
    import datetime as dt

    date = dt.date(2024, 5, day)
    return {
        "article_id": article_id, "seq": seq, "event_id": f"{article_id}{seq}",
        "event_type": "ASSAULT", "mode": None, "cameo": "190", "quad_class": 4,
        "goldstein": -10.0, "source_country": "RUS", "source_org": None,
        "source_name": "Russia", "source_sector": sector, "target_country": "UKR",
        "target_org": None, "target_name": "Ukraine", "target_sector": None,
        "event_date": date, "date_precision": "day", "location_name": None,
        "location_country": None, "lat": None, "lon": None, "published": date,
        "outlet": article_id,
    }


@pytest.mark.slow
def test_store_dedup_real_coder_three_reports(tmp_path) -> None:
    from eventwire.articles import read_articles
    from eventwire.pipeline import Coder

    corpus = tmp_path / "three.jsonl"
    corpus.write_text(THREE_REPORTS, encoding="utf-8")
    con = open_store(tmp_path / "store.duckdb")
    ingest(read_articles([str(corpus)]), Coder(), con)
    rows = con.execute("SELECT event_uid, num_mentions, num_articles, num_sources FROM events "
                       "WHERE event_type = 'ASSAULT' AND source_code = 'RUS' "
                       "AND target_code = 'UKR'").fetchall()
    assert [r[1:] for r in rows] == [(3, 3, 3)]
    mentions = con.execute("SELECT count(*) FROM links WHERE event_uid = ?",
                           [rows[0][0]]).fetchone()[0]
    assert mentions == 3


THREE_REPORTS = "\n".join([
    '{"id": "wire-a", "published": "2024-05-14", "source": "Alpha Wire", "text": "Russia '
    'attacked Ukraine with missiles on Tuesday, hitting power plants, the energy ministry '
    'said."}',
    '{"id": "wire-b", "published": "2024-05-14", "source": "Beta News", "text": "Russia '
    'attacked Ukraine\'s energy grid with missiles and drones on Tuesday, officials said."}',
    '{"id": "wire-c", "published": "2024-05-15", "source": "Gamma Times", "text": "Officials '
    'said on Wednesday that Russia attacked Ukraine\'s power stations on Tuesday night."}',
]) + "\n"
