"""The dashboard's JSON API and static files, through FastAPI's TestClient."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.parse
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from eventwire.cli import main
from eventwire.web.app import STATIC, create_app
from eventwire.web.queries import MAX_PAGE_SIZE
from eventwire.web.worldmap import world
from web_support import HOSTILE, HOSTILE_ID, sample_store

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return sample_store(tmp_path_factory.getbasetemp())


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as test_client:
        yield test_client


def counts(db) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "mentions", "events")}
    finally:
        con.close()


def test_web_summary_counts_the_store(client, db):
    body = client.get("/api/summary").json()
    stored = counts(db)
    assert body["counts"]["articles"] == stored["articles"] == 18
    assert body["counts"]["records"] == stored["mentions"]
    assert body["counts"]["events"] == stored["events"]
    assert body["top_dyads"][0]["count"] >= body["top_dyads"][-1]["count"]
    con = duckdb.connect(str(db), read_only=True)
    try:
        by_type = con.execute("SELECT event_type, count(*) FROM events GROUP BY 1").fetchall()
    finally:
        con.close()
    ranked = sorted(by_type, key=lambda row: (-row[1], row[0]))[:10]
    assert [(t["event_type"], t["count"]) for t in body["top_types"]] == ranked
    assert len(by_type) >= 10  # the sample has more types than the summary shows


def test_web_records_filters_and_pages(client):
    first = client.get("/api/records", params={"size": 5, "type": "ASSAULT,ACCUSE"}).json()
    assert first["size"] == 5 and len(first["rows"]) == 5
    assert {r["event_type"] for r in first["rows"]} <= {"ASSAULT", "ACCUSE"}
    second = client.get("/api/records", params={"size": 5, "page": 2,
                                                "type": "ASSAULT,ACCUSE"}).json()
    assert second["total"] == first["total"]
    keys = {(r["article_id"], r["seq"]) for r in first["rows"]}
    assert keys.isdisjoint((r["article_id"], r["seq"]) for r in second["rows"])


def test_web_records_sort_by_goldstein(client):
    rows = client.get("/api/records", params={"sort": "goldstein", "desc": "true",
                                              "size": 50}).json()["rows"]
    scores = [r["goldstein"] for r in rows]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("params", [
    {"since": "2024-01-01", "until": "2024-12-31"},
    {"actor": "RUS"},
    {"source": "RUS", "target": "UKR"},
    {"quad": "4"},
])
def test_web_events_filters_apply(client, params):
    rows = client.get("/api/events", params={**params, "size": 500}).json()["rows"]
    assert rows
    for row in rows:
        if "since" in params:
            assert params["since"] <= row["date"] <= params["until"]
        if "actor" in params:
            assert "RUS" in (row["source_code"], row["target_code"])
        if "source" in params:
            assert (row["source_code"], row["target_code"]) == ("RUS", "UKR")
        if "quad" in params:
            assert row["quad_class"] == 4


@pytest.mark.parametrize("by", ["day", "week", "month", "year"])
def test_web_timeline_periods(client, by):
    rows = client.get("/api/timeline", params={"by": by, "actor": "RUS"}).json()
    assert rows
    for row in rows:
        assert row["count"] == row["q1"] + row["q2"] + row["q3"] + row["q4"]
        assert row["period"] <= row["end"]
    total = client.get("/api/events", params={"actor": "RUS", "size": 1}).json()["total"]
    assert 0 < sum(r["count"] for r in rows) <= total  # undated events are left out


def test_web_network_edges_and_nodes(client):
    body = client.get("/api/network", params={"limit": 10}).json()
    assert 0 < len(body["edges"]) <= 10
    ids = {n["id"] for n in body["nodes"]}
    for edge in body["edges"]:
        assert edge["source"] in ids and edge["target"] in ids
        assert -10 <= edge["goldstein_mean"] <= 10


def test_web_places_have_coordinates(client):
    body = client.get("/api/places").json()
    assert body["places"] and body["countries"]
    for place in body["places"]:
        assert -90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180


def test_web_article_with_spans(client):
    quoted = urllib.parse.quote(HOSTILE_ID, safe="")
    body = client.get(f"/api/articles/{quoted}").json()
    assert body["article"]["title"] == HOSTILE["title"]
    record = body["records"][0]
    start = record["sentence_start"]
    assert body["coded_text"][start:start + len(record["sentence"])] == record["sentence"]
    trigger = body["coded_text"][record["trigger_start"]:record["trigger_end"]]
    assert trigger == record["trigger"]


def test_web_unknown_article_is_404(client):
    assert client.get("/api/articles/nope").status_code == 404


@pytest.mark.parametrize("params", [
    {"source": "USA' OR 1=1 --"},
    {"actor": "RUS) OR (1=1"},
    {"type": "ASSAULT'; DROP TABLE events; --"},
    {"quad": "1 OR 1=1"},
    {"since": "2024-01-01' OR '1'='1"},
    {"sort": "date; DROP TABLE mentions"},
    {"by": "month'); DROP TABLE events; --"},
])
def test_web_injection_attempts_are_refused(client, db, params):
    before = counts(db)
    path = "/api/timeline" if "by" in params else "/api/records"
    response = client.get(path, params=params)
    assert response.status_code == 422
    assert counts(db) == before


def test_web_text_filter_is_bound_not_spliced(client, db):
    before = counts(db)
    for text in ("'; DROP TABLE mentions; --", "%", "_", "\\"):
        body = client.get("/api/records", params={"text": text}).json()
        assert body["total"] == 0
    assert counts(db) == before


@pytest.mark.parametrize("params", [{"size": MAX_PAGE_SIZE + 1}, {"size": 0}, {"page": 0},
                                    {"page": 10**9}, {"limit": 10**6}])
def test_web_paging_is_capped(client, params):
    path = "/api/network" if "limit" in params else "/api/records"
    assert client.get(path, params=params).status_code == 422


def test_web_max_page_is_served(client):
    body = client.get("/api/records", params={"size": MAX_PAGE_SIZE}).json()
    assert len(body["rows"]) == min(body["total"], MAX_PAGE_SIZE)


def test_web_hostile_text_is_returned_as_data(client):
    body = client.get("/api/records", params={"text": "onerror"}).json()
    assert body["total"] >= 1
    assert "<script>" in body["rows"][0]["sentence"]
    response = client.get("/api/records", params={"text": "onerror"})
    assert response.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("path", [
    "/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/app.py",
    "/static/..%2F..%2Fstore%2Fschema.py", "/static//etc/passwd", "/..%2f..%2fetc%2fpasswd",
    "/static/../../../../etc/passwd",
])
def test_web_static_path_traversal(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404)
    assert "import" not in response.text and "root:" not in response.text


def test_web_pages_and_assets_are_served(client):
    for page in ("summary", "timeline", "network", "map", "records"):
        response = client.get(f"/{page}")
        assert response.status_code == 200 and "/static/app.js" in response.text
        assert "default-src 'self'" in response.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200
    assert len(client.get("/static/world.json").json()) > 190
    assert client.get("/", follow_redirects=False).headers["location"] == "/summary"


def test_web_no_cors(client):
    response = client.get("/api/summary", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options("/api/summary", headers={
        "Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers


def test_web_openapi_documents_the_api(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/records", "/api/events", "/api/timeline", "/api/network", "/api/places",
            "/api/summary", "/api/articles/{article_id}"} <= set(paths)


def test_web_missing_store_is_503(tmp_path):
    with TestClient(create_app(tmp_path / "none.duckdb")) as test_client:
        response = test_client.get("/api/summary")
    assert response.status_code == 503
    assert "no store" in response.json()["detail"]


def test_web_serve_get_prints_one_response(db):
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--get",
                                       "/api/records?size=2&type=ASSAULT"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert len(body["rows"]) == 2


def test_web_serve_get_error_exits_1(db):
    result = CliRunner().invoke(main, ["serve", "--db", str(db), "--get", "/api/records?size=0"])
    assert result.exit_code == 1
    assert "HTTP 422" in result.output


def test_web_serve_missing_store(tmp_path):
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "x.duckdb"),
                                       "--get", "/api/summary"])
    assert result.exit_code == 1
    assert "no store at" in result.output


def test_web_serve_binds_localhost_by_default():
    option = next(p for p in main.commands["serve"].params if p.name == "host")
    assert option.default == "127.0.0.1"


def test_web_store_stays_writable_between_requests(client, db):
    client.get("/api/summary")
    con = duckdb.connect(str(db))
    con.close()


def _hold_store(db: Path, seconds: float | None = None) -> subprocess.Popen:
    """A process that opens the store for writing and holds it (until stdin or `seconds`)."""
    release = "time.sleep(float(sys.argv[2]))" if seconds else "sys.stdin.readline()"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); "
         f"print('locked', flush=True); {release}", str(db), str(seconds)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_web_store_locked_past_the_wait_is_503_then_recovers(db):
    with TestClient(create_app(db, read_wait=0.3)) as client:
        holder = _hold_store(db)
        try:
            response = client.get("/api/summary")
            assert response.status_code == 503
            assert "store unavailable" in response.json()["detail"]
            assert "busy" in response.json()["detail"]
            assert response.headers["retry-after"] == "5"
        finally:
            holder.communicate("\n", timeout=30)
        assert client.get("/api/summary").status_code == 200


def test_web_request_waits_for_a_short_write(db):
    with TestClient(create_app(db, read_wait=20)) as client:
        expected = client.get("/api/summary").json()
        holder = _hold_store(db, seconds=1.0)
        try:
            response = client.get("/api/summary")
        finally:
            holder.wait(timeout=30)
        assert response.status_code == 200
        assert response.json() == expected


def test_web_requests_cannot_read_other_files(client):
    from eventwire.web.api import store

    request = type("R", (), {"app": client.app})()
    connections = store(request)
    con = next(connections)
    try:
        with pytest.raises(duckdb.Error, match="disabled by configuration"):
            con.execute("SELECT * FROM read_csv('/etc/passwd')").fetchall()
    finally:
        connections.close()


def test_web_serve_is_documented():
    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "eventwire serve" in readme and "make serve" in readme
    assert "docs/dashboard.png" in readme and (root / "docs" / "dashboard.png").exists()
    for option in ("--db", "--host", "--port", "--get"):
        assert option in readme


def test_web_static_files_are_package_data():
    pyproject = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text("utf-8")
    for pattern in ("**/*.html", "**/*.js", "**/*.css", "**/*.json"):
        assert f'"{pattern}"' in pyproject


def test_web_world_map_matches_the_knowledge_base():
    shipped = json.loads((STATIC / "world.json").read_text(encoding="utf-8"))
    assert shipped == world()
    assert {"USA", "CHN", "UKR"} <= {c["iso3"] for c in shipped}


def test_web_words_filter_linked_events(client):
    records = client.get("/api/records", params={"text": "ONERROR shelled"}).json()
    events = client.get("/api/events", params={"text": "onerror shelled"}).json()
    assert records["total"] >= 1 and events["total"] >= 1
    assert events["rows"][0]["event_type"] == "ASSAULT"
    timeline = client.get("/api/timeline", params={"text": "onerror"}).json()
    assert sum(r["count"] for r in timeline) == events["total"]
