"""Near-duplicates: MinHash similarity and story assignment in the store."""

from __future__ import annotations

import pytest

from eventwire.records import Article
from eventwire.store import open_store
from eventwire.watch import stories
from eventwire.watch.dedup import PERMUTATIONS, THRESHOLD, shingles, signature, similarity
from watch_server import STORIES


def text(story: str, dateline: str = "", extra: str = "") -> str:
    title, paragraphs = STORIES[story]
    body = [f"{dateline} {paragraphs[0]}".strip(), *paragraphs[1:], extra]
    return "\n\n".join([title, *body]).strip()


def test_watch_dedup_shingles() -> None:
    assert shingles("A b, c d e!") == {"a b c d", "b c d e"}
    assert shingles("Short text") == {"short text"}
    assert shingles("") == set()


def test_watch_dedup_signature_is_stable_and_sized() -> None:
    assert signature(text("tokyo")) == signature(text("tokyo"))
    assert len(signature(text("tokyo"))) == PERMUTATIONS


def test_watch_dedup_syndicated_copy_is_similar() -> None:
    wire = signature(text("kharkiv"))
    copy = signature(text("kharkiv", dateline="KYIV (Reuters)",
                          extra="Additional reporting by a staff writer."))
    assert similarity(wire, copy) >= THRESHOLD


@pytest.mark.parametrize("other", ["tokyo", "paris"])
def test_watch_dedup_different_stories_are_not(other: str) -> None:
    assert similarity(signature(text("kharkiv")), signature(text(other))) < 0.2


def test_watch_dedup_assign_story_links_copies(tmp_path) -> None:
    con = open_store(tmp_path / "s.duckdb")
    stories.ensure_tables(con)
    first = Article("a", text("kharkiv"), title="Strike", source="Alpha")
    copy = Article("b", text("kharkiv", dateline="KYIV (AP)"), source="Beta")
    other = Article("c", text("paris"), source="Gamma")
    assert stories.assign_story(con, first) == "a"
    assert stories.assign_story(con, copy) == "a"
    assert stories.assign_story(con, other) == "c"
    assert stories.assign_story(con, copy) == "a"  # re-assigned, not duplicated
    rows = con.execute("SELECT article_id, story_id FROM story_articles "
                       "ORDER BY article_id").fetchall()
    assert rows == [("a", "a"), ("b", "a"), ("c", "c")]
    assert con.execute("SELECT story_id FROM stories ORDER BY 1").fetchall() == [("a",), ("c",)]
    con.close()
