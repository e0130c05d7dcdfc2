"""Tests for eventwire.articles: every input kind, and every way input can be bad."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import json
import os
from pathlib import Path

import pytest

from eventwire.articles import SUPPORTED_SUFFIXES, content_id, read_articles
from eventwire.records import Article, Rejection

DEFAULT_DAY = dt.date(2024, 6, 1)

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ministers meet in Geneva | World News Daily</title>
<meta property="og:title" content="Ministers meet in Geneva">
<meta property="og:site_name" content="World News Daily">
<link rel="canonical" href="https://news.example.com/2024/03/ministers-geneva">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<script>window.analytics = {track: function () {}};</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<main><article>
<h1>Ministers meet in Geneva</h1>
<p>GENEVA (Reuters) - The foreign ministers of France and Germany met in Geneva on
Tuesday to discuss the ceasefire proposal, officials said.</p>
<p>The two ministers agreed to send a joint delegation to Kyiv next week, according to
a statement released after the talks ended late in the evening.</p>
<p>Russia rejected the proposal on Wednesday, calling it a provocation, and accused
Western governments of prolonging the conflict.</p>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Celebrity wedding photos</a></li>
<li><a href="/b">Ten recipes for summer</a></li></ul></aside>
<footer><p>Copyright 2024 World News Daily. All rights reserved.</p>
<a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def read(*inputs: str | Path, **kwargs) -> list[Article | Rejection]:
    """All results of `read_articles` for the given paths."""
    return list(read_articles([str(item) for item in inputs], **kwargs))


def reject(article_id: str | Path, reason: str) -> Rejection:
    """The read-stage rejection expected for `article_id`."""
    return Rejection(article_id=str(article_id), stage="read", reason=reason)


def write_jsonl(path: Path, *lines: str | dict) -> Path:
    """Write JSON Lines: dicts are serialised, strings written verbatim."""
    path.write_text(
        "".join((json.dumps(line) if isinstance(line, dict) else line) + "\n" for line in lines),
        encoding="utf-8",
    )
    return path


# --- plain text -------------------------------------------------------------------------


def test_articles_readers_txt_is_one_article_named_by_stem(tmp_path: Path) -> None:
    path = tmp_path / "kyiv-talks.txt"
    path.write_bytes(b"Talks resumed.\r\nBoth sides agreed.\r\n")
    assert read(path, published=DEFAULT_DAY) == [
        Article(id="kyiv-talks", text="Talks resumed.\nBoth sides agreed.\n", published=DEFAULT_DAY)
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (codecs.BOM_UTF8, "empty file"),
        (b" \n\t\n", "empty text"),
        (b"\x1b\x07\n", "empty text"),
        (b"Tehran said \x81\x8d no.",
         "not valid UTF-8 (byte 0x81 at offset 12); not valid cp1252 either"),
        (codecs.BOM_UTF8 + b"ab\xc3(\x90",
         "not valid UTF-8 (byte 0xc3 at offset 5); not valid cp1252 either"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ],
    ids=[
        "empty",
        "bom-only",
        "whitespace",
        "controls",
        "invalid-utf8",
        "invalid-after-bom",
        "binary",
    ],
)
def test_articles_readers_txt_bad_content_rejected(
    tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    assert read(path) == [reject(path, reason)]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_articles_readers_txt_encodings_with_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "accents.txt"
    data = "Pézeshkian met Erdoğan in Ankara.\r\n".encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    path.write_bytes(data)
    [article] = read(path)
    assert article.text == "Pézeshkian met Erdoğan in Ankara.\n"


def test_articles_readers_txt_control_characters_removed(tmp_path: Path) -> None:
    path = tmp_path / "feed.txt"
    path.write_bytes(b"Page one.\x0cPage\ttwo.\x1b\n")
    [article] = read(path)
    assert article.text == "Page one.Page\ttwo.\n"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("report.pdf", "unsupported file type '.pdf'"),
        ("README", "unsupported file type (no file name suffix)"),
    ],
)
def test_articles_readers_unsupported_type_rejected(tmp_path: Path, name: str, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7")
    assert read(path) == [reject(path, reason)]


def test_articles_readers_missing_path_rejected(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.jsonl"
    assert read(path) == [reject(path, "no such file or directory")]


def test_articles_readers_supported_suffixes() -> None:
    assert {".txt", ".html", ".htm", ".jsonl", ".json", ".csv"} <= SUPPORTED_SUFFIXES


# --- JSON Lines ---------------------------------------------------------------------------


def test_articles_readers_jsonl_fields(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "wire.jsonl",
        {"id": 7, "text": "Troops withdrew.", "published": "2024-02-03", "title": " Pullback "},
        {
            "id": "b",
            "text": "Talks\u0000 ended.\r\n",
            "published": "2024-02-04T23:30:00+05:00",
            "source": "Wire",
            "url": "https://example.org/b",
        },
        {"id": "c", "text": "No date here."},
    )
    assert read(path, published=DEFAULT_DAY) == [
        Article(id="7", text="Troops withdrew.", title="Pullback", published=dt.date(2024, 2, 3)),
        Article(
            id="b",
            text="Talks ended.\n",
            published=dt.date(2024, 2, 4),
            source="Wire",
            url="https://example.org/b",
        ),
        Article(id="c", text="No date here.", published=DEFAULT_DAY),
    ]


def test_articles_readers_jsonl_bad_lines_rejected_good_lines_kept(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "mixed.jsonl",
        {"id": "a1", "text": "Protesters gathered in Nairobi."},
        '{"id": "a2", "text": "broken" "x"}',
        "",
        {"id": "a3"},
        {"id": "a4", "text": "Late report.", "published": "2024-13-45"},
        {"text": "Who am I?"},
        '["not", "an", "object"]',
        {"id": "a5", "text": " \n "},
        {"id": 1.5, "text": "Odd id."},
        {"id": "a6", "text": ["paragraph"]},
        {"id": "a7", "text": "Police arrested ten people."},
    )
    results = read(path)
    assert [r.id for r in results if isinstance(r, Article)] == ["a1", "a7"]
    assert [r for r in results if isinstance(r, Rejection)] == [
        reject(f"{path}:line 2", "line 2: invalid JSON (Expecting ',' delimiter at column 31)"),
        reject("a3", "line 4: missing required field 'text'"),
        reject("a4", "line 5: field 'published' is not a date: '2024-13-45'"),
        reject(f"{path}:line 6", "line 6: missing required field 'id'"),
        reject(f"{path}:line 7", "line 7: expected a JSON object, found array"),
        reject("a5", "line 8: empty text"),
        reject(f"{path}:line 9", "line 9: field 'id' must be a string or an integer, not number"),
        reject("a6", "line 10: field 'text' must be a string, not array"),
    ]


def test_articles_readers_jsonl_cp1252_line_decoded_undecodable_rejected(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(
        b'{"id": "x1", "text": "fine"}\n'
        b'{"id": "x2", "text": "caf\xe9 \x93quoted\x94"}\n'
        b'{"id": "x3", "text": "bad \x81"}\n'
        b'{"id": "x4", "text": "also fine"}\n'
    )
    results = read(path)
    reason = "line 3: not valid UTF-8 (byte 0x81 at offset 93); not valid cp1252 either"
    assert results[2] == reject(f"{path}:line 3", reason)
    assert results[1] == Article(id="x2", text="caf\u00e9 \u201cquoted\u201d")
    assert [r.id for r in results if isinstance(r, Article)] == ["x1", "x2", "x4"]


def test_articles_readers_txt_cp1252_and_mixed_encodings_decoded(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Erdoğan spoke.\n".encode() + b"He said \x93no\x94 \x96 twice.\n")
    [article] = read(path)
    assert article.text == "Erdoğan spoke.\nHe said \u201cno\u201d \u2013 twice.\n"


def test_articles_readers_jsonl_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "windows.jsonl"
    path.write_bytes('{"id": "w1", "text": "Ankara — talks"}\r\n'.encode("utf-16"))
    assert read(path) == [Article(id="w1", text="Ankara — talks")]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\n\n  \n", "no records (only blank lines)"),
        (b'{"id": "z", "text": "\x00\x00\x00"}\n', "binary file"),
    ],
)
def test_articles_readers_jsonl_file_rejected(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_bytes(data)
    assert read(path) == [reject(path, reason)]


def test_articles_readers_json_array(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "j1", "text": "One."}, {"id": "j2"}]), encoding="utf-8")
    assert read(path) == [
        Article(id="j1", text="One."),
        reject("j2", "item 2: missing required field 'text'"),
    ]


def test_articles_readers_json_invalid(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text('{"id": "j1",\n "text": }', encoding="utf-8")
    assert read(path) == [reject(path, "invalid JSON (Expecting value at line 2 column 10)")]


# --- stdin ----------------------------------------------------------------------------------


def test_articles_readers_stdin_jsonl() -> None:
    stdin = io.StringIO('{"id": "s1", "text": "Strikes hit Gaza."}\nnot json\n')
    assert read("-", stdin=stdin, published=DEFAULT_DAY) == [
        Article(id="s1", text="Strikes hit Gaza.", published=DEFAULT_DAY),
        reject("<stdin>:line 2", "line 2: invalid JSON (Expecting value at column 1)"),
    ]


def test_articles_readers_stdin_is_streamed() -> None:
    consumed: list[str] = []

    def lines():
        for number in range(1, 1_000_000):
            consumed.append(str(number))
            yield json.dumps({"id": number, "text": f"Report {number}."}) + "\n"

    class Stream(io.TextIOBase):
        def __iter__(self):
            return lines()

    articles = read_articles(["-"], stdin=Stream())
    assert [next(articles).id, next(articles).id] == ["1", "2"]
    assert consumed == ["1", "2"]


def test_articles_readers_stdin_empty() -> None:
    assert read("-", stdin=io.StringIO("")) == [reject("<stdin>", "empty file")]


# --- CSV --------------------------------------------------------------------------------------


def test_articles_readers_csv_rows(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(
        codecs.BOM_UTF8
        + b"ID,Text,published,title,extra\r\n"
        + b'c1,"Line one.\r\nLine two, with comma.",2024-05-06,Headline,x\r\n'
        + b"\r\n"
        + b"c2,Second.,,,\r\n"
        + b"c3,Bad date.,06/05/2024,,\r\n"
        + b"c4,Too few\r\n"
        + b"c5,Caf\xe9.,,,\r\n"
        + b"c6,Bad \x81\x8d.,,,\r\n"
        + b",No id.,,,\r\n"
    )
    assert read(path, published=DEFAULT_DAY) == [
        Article(
            id="c1",
            text="Line one.\nLine two, with comma.",
            title="Headline",
            published=dt.date(2024, 5, 6),
        ),
        Article(id="c2", text="Second.", published=DEFAULT_DAY),
        reject("c3", "line 6: field 'published' is not a date: '06/05/2024'"),
        reject(f"{path}:line 7", "line 7: expected 5 fields, found 2"),
        Article(id="c5", text="Café.", published=DEFAULT_DAY),
        reject(f"{path}:line 9", "line 9: not valid UTF-8 (byte 0x81 at offset 171); "
                                 "not valid cp1252 either"),
        reject(f"{path}:line 10", "line 10: missing required field 'id'"),
    ]


def test_articles_readers_csv_long_field(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    text = "Talks continued. " * 20_000
    path.write_text(f'id,text\nlong,"{text}"\n', encoding="utf-8")
    assert read(path) == [Article(id="long", text=text)]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"id,body\nx,Text\n", "missing required column 'text'"),
        (b"id,text\n", "no records (header only)"),
        (b"", "empty file"),
    ],
)
def test_articles_readers_csv_file_rejected(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(data)
    assert read(path) == [reject(path, reason)]


# --- HTML --------------------------------------------------------------------------------------


def test_articles_readers_html_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "geneva.html"
    path.write_text(NEWS_PAGE, encoding="utf-8")
    [article] = read(path, published=DEFAULT_DAY)
    assert article.id == "geneva"
    assert article.title == "Ministers meet in Geneva"
    assert article.published == dt.date(2024, 3, 5)
    assert article.url == "https://news.example.com/2024/03/ministers-geneva"
    assert article.source == "World News Daily"
    assert "France and Germany met in Geneva" in article.text
    assert "Russia rejected the proposal on Wednesday" in article.text
    for boilerplate in ("cookies", "Most read", "Celebrity", "Copyright", "Privacy", "analytics"):
        assert boilerplate not in article.text
    assert "\n\nThe two ministers agreed" in article.text


def test_articles_readers_html_without_date_uses_default(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    date_tag = '<meta property="article:published_time" content="2024-03-05T09:30:00Z">'
    page = NEWS_PAGE.replace(date_tag, "")
    path.write_text(page.replace("/2024/03/", "/world/"), encoding="utf-8")
    [article] = read(path, published=DEFAULT_DAY)
    assert article.published == DEFAULT_DAY


def test_articles_readers_html_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    page = NEWS_PAGE.replace('charset="utf-8"', 'charset="windows-1252"')
    path.write_bytes(page.replace("Geneva on", "Genève on").encode("cp1252"))
    [article] = read(path)
    assert "met in Genève on Tuesday" in article.text


def test_articles_readers_html_without_text_rejected(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><head><title>Sign in</title><script>login()</script></head><body></body></html>",
        encoding="utf-8",
    )
    assert read(path) == [reject(path, "no article text found in HTML")]


# --- directories, links, duplicates -------------------------------------------------------


def test_articles_readers_directory_recursive_sorted(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "b" / "deep").mkdir(parents=True)
    (corpus / ".cache").mkdir()
    (corpus / "z.txt").write_text("Z text.", encoding="utf-8")
    (corpus / "a.txt").write_text("A text.", encoding="utf-8")
    (corpus / "b" / "deep" / "index.html").write_text(NEWS_PAGE, encoding="utf-8")
    (corpus / "b" / "notes.md").write_text("not an article", encoding="utf-8")
    (corpus / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (corpus / ".cache" / "c.txt").write_text("hidden too", encoding="utf-8")
    write_jsonl(corpus / "b" / "feed.jsonl", {"id": "f1", "text": "Feed text."})
    assert [r.id for r in read(corpus)] == ["a", "b/deep/index", "f1", "z"]


def test_articles_readers_symlink_loop_detected(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "one.txt").write_text("One.", encoding="utf-8")
    os.symlink(corpus, corpus / "sub" / "loop", target_is_directory=True)
    os.symlink(tmp_path / "absent.txt", corpus / "sub" / "gone.txt")
    assert read(corpus) == [
        reject(corpus / "sub" / "gone.txt", "broken symbolic link"),
        reject(corpus / "sub" / "loop", f"symbolic link loop (points back to {corpus})"),
        Article(id="sub/one", text="One."),
    ]


def test_articles_readers_symlinked_directory_followed_once(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "s.txt").write_text("Shared.", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    os.symlink(shared, corpus / "link1", target_is_directory=True)
    os.symlink(shared, corpus / "link2", target_is_directory=True)
    assert read(corpus) == [
        Article(id="link1/s", text="Shared."),
        reject(corpus / "link2", f"directory already read as {corpus / 'link1'}"),
    ]


def test_articles_readers_duplicate_ids_rejected(tmp_path: Path) -> None:
    feed = write_jsonl(
        tmp_path / "feed.jsonl",
        {"id": "x", "text": "First."},
        {"id": "y", "text": "Other."},
        {"id": "x", "text": "Again."},
    )
    text = tmp_path / "y.txt"
    text.write_text("Text file y.", encoding="utf-8")
    assert read(feed, text) == [
        Article(id="x", text="First."),
        Article(id="y", text="Other."),
        reject("x", f"duplicate id in {feed}:line 3 (first seen in {feed}:line 1)"),
        reject("y", f"duplicate id in {text} (first seen in {feed}:line 2)"),
    ]


def test_articles_readers_mixed_run_never_raises(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Good.", encoding="utf-8")
    (tmp_path / "bad.csv").write_bytes(b"\x00\x01\x02")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    results = read(tmp_path / "missing", tmp_path / "bad.csv", tmp_path / "x.pdf", tmp_path)
    assert [type(r).__name__ for r in results] == [
        "Rejection",
        "Rejection",
        "Rejection",
        "Rejection",
        "Article",
    ]
    assert results[1].reason == "binary file"


# --- content ids --------------------------------------------------------------------------------


def test_articles_readers_content_id_stable_and_newline_insensitive() -> None:
    ident = content_id("Troops crossed the border.\nTalks failed.")
    assert ident == content_id("Troops crossed the border.\r\nTalks failed.")
    assert ident != content_id("Troops crossed the border.")
    assert len(ident) == 16 and int(ident, 16) >= 0
