"""A small store for the web tests: the bundled sample plus one hostile article.

Built once per test session (coding the sample takes about 10 s) and shared by the API
and browser tests through `sample_store`.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles.jsonl"
HOSTILE_ID = "hostile-<b>x</b>"
HOSTILE = {
    "id": HOSTILE_ID,
    "title": "<script>alert('title')</script> Russia <img src=x onerror=alert(1)> shells Ukraine",
    "text": "Russian forces shelled the Ukrainian city of Kharkiv on Monday, "
            "<script>alert('sentence')</script> killing <img src=x onerror=alert(2)> three "
            "civilians, Ukraine's military said.",
    "published": "2024-05-14",
    "source": "<b>Evil Wire</b>",
    "url": "javascript:alert(document.cookie)",
}
_BUILT: dict[str, Path] = {}


def sample_store(folder: Path) -> Path:
    """The path of the sample store, ingested into `folder` on first use."""
    if "db" not in _BUILT:
        hostile = folder / "hostile.jsonl"
        hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
        db = folder / "web.duckdb"
        result = CliRunner().invoke(main, ["ingest", str(EXAMPLES), str(hostile),
                                           "--db", str(db), "--quiet"])
        assert result.exit_code == 0, result.output
        _BUILT["db"] = db
    return _BUILT["db"]
