"""Generate the bad-input corpus in a directory, with the expected outcome of each kind.

`build(root)` writes every kind of dirty input eventwire is meant to survive (empty,
binary, mis-encoded, huge, hostile, malformed, looping ...) mixed with good articles,
into ``root/corpus`` (read as one directory input) and ``root/extra`` (inputs named on
the command line), and returns one `Kind` per case: what it is, what eventwire does,
which rejections it must give (id, stage, reason fragment) and which articles it must
store. Large inputs are generated here, at test time, never committed.
docs/reliability.md lists the same kinds (a test checks it).
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HUGE_BYTES = 20 * 2**20
PROSE = ("The foreign minister said on Monday that the government would send a delegation "
         "to the talks in Geneva, and officials in the capital said the two sides had agreed "
         "to meet again after the elections.")
SPEC = "ASSAULT RUS UKR 2024-05-14"
"""A line the store tests' fake coder turns into an event (the real coder reads prose)."""
GOOD_IDS = ("g1", "g2", "g3", "g4", "g5", "good")


@dataclass(frozen=True)
class Kind:
    """One kind of bad input and what eventwire does with it.

    Attributes:
        name: short name, as listed in docs/reliability.md.
        behaviour: what eventwire does.
        rejected: expected rejections as (article id, stage, fragment of the reason).
        stored: ids of articles that must be stored and coded.
    """

    name: str
    behaviour: str
    rejected: tuple[tuple[str, str, str], ...] = ()
    stored: tuple[str, ...] = ()


def build(root: Path, huge_bytes: int = HUGE_BYTES) -> tuple[list[str], list[Kind]]:
    """Write the corpus under `root`.

    Args:
        root: an empty directory.
        huge_bytes: size of the huge article.

    Returns:
        The command-line inputs to read, and the kinds with their expected outcome.
    """
    corpus, extra = root / "corpus", root / "extra"
    corpus.mkdir()
    extra.mkdir()
    kinds = [make(corpus) for make in _FILE_KINDS]
    kinds += _jsonl_kinds(corpus) + _csv_kinds(corpus) + _link_kinds(corpus)
    kinds.append(_huge(corpus, huge_bytes))
    kinds += _extra_kinds(extra)
    inputs = [str(corpus), str(extra / "report.pdf"), str(extra / "missing.jsonl")]
    return inputs, kinds


def _prose(label: str) -> str:
    return f"{PROSE} {label}.\n{SPEC}\n"


def _file(corpus: Path, name: str, data: bytes) -> str:
    """Write one file; returns its rejection id (the path as read from the directory)."""
    (corpus / name).write_bytes(data)
    return str(corpus / name)


def _rejected_file(name: str, data: bytes, reason: str, behaviour: str) -> Callable:
    def make(corpus: Path) -> Kind:
        path = _file(corpus, name, data)
        article_id = Path(name).stem if reason.startswith("not English") else path
        return Kind(name, behaviour, ((article_id, "read", reason),))
    return make


def _stored_file(name: str, data: bytes, behaviour: str) -> Callable:
    def make(corpus: Path) -> Kind:
        _file(corpus, name, data)
        return Kind(name, behaviour, stored=(Path(name).stem,))
    return make


_RUN_ON = " ".join(["the minister said that government forces would meet rebel leaders in "
                    "the capital and hold talks with Russia on Ukraine"] * 250)
_DEEP = ("<html><body>" + "<div>" * 100_000 + f"<p>{PROSE}</p>" * 3 + "</div>" * 100_000
         + "</body></html>")
_FILE_KINDS: tuple[Callable[[Path], Kind], ...] = (
    _rejected_file("empty.txt", b"", "empty file", "rejected: empty file"),
    _rejected_file("whitespace.txt", b" \n\t \r\n", "empty text", "rejected: empty text"),
    _rejected_file("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
                   "binary file", "rejected: binary file (NUL bytes)"),
    _rejected_file("utf16-no-bom.txt", _prose("utf16").encode("utf-16-le"), "binary file",
                   "rejected: binary file (UTF-16 needs a BOM)"),
    _rejected_file("garbage.txt", bytes(range(0x80, 0x100)) * 4,
                   "not valid UTF-8 (byte 0x80 at offset 0); not valid cp1252 either",
                   "rejected: neither UTF-8 nor Windows-1252"),
    _rejected_file("nul.txt", _prose("nul").encode().replace(b"Monday", b"Mon\x00day"),
                   "binary file", "rejected: a NUL byte makes a file binary"),
    _stored_file("latin1.txt", _prose("café in Genève").encode("latin-1"),
                 "decoded as Windows-1252 (a superset of Latin-1's letters), with a warning"),
    _stored_file("smart-quotes.txt",
                 _prose("\u201cno\u201d \u2013 twice").encode("cp1252"),
                 "cp1252 smart quotes and dashes decoded, with a warning"),
    _stored_file("utf16-bom.txt", _prose("Erdoğan").encode("utf-16"), "decoded (BOM)"),
    _stored_file("mixed.txt", _prose("Erdoğan").encode() + "\u201cyes\u201d\n".encode("cp1252"),
                 "UTF-8 lines as UTF-8, the other lines as Windows-1252, with a warning"),
    _stored_file("run-on.txt", (_RUN_ON + "\n" + SPEC + "\n").encode(),
                 "5,000 words, no punctuation: coded (one long sentence)"),
    _stored_file("long-token.txt", (_prose("token") + "x" * 2**20 + "\n").encode(),
                 "a 1 MiB token: coded (the parser input is cut at max_chars)"),
    _stored_file("controls.txt", _prose("\x1b[31mred\x1b[0m \x07bell \x08").encode(),
                 "control characters other than newline and tab removed, then coded"),
    _rejected_file("menu.html", b"<html><head><title>Sign in</title></head><body><nav>"
                   b"<a href='/'>Home</a></nav><script>login()</script></body></html>",
                   "no article text found in HTML", "rejected: no article text found"),
    _rejected_file("deep.html", _DEEP.encode(), "no article text found in HTML",
                   "100,000 nested <div>s: no crash; rejected, no article text found"),
    _rejected_file("french.txt", ("Le président de la République a déclaré mardi que le "
                                  "gouvernement allait présenter un projet de loi devant le "
                                  "Parlement, malgré les protestations des syndicats. " * 3
                                  ).encode(), "not English",
                   "rejected: not English (looks like French)"),
    _rejected_file("russian.txt", ("Президент России заявил во вторник, что переговоры с "
                                   "Украиной возможны. " * 10).encode(),
                   "not English (most letters are not Latin)",
                   "rejected: not English (most letters not Latin)"),
    _rejected_file("broken.json", b'{"id": "j1", "text": ', "invalid JSON",
                   "rejected: invalid JSON, with line and column"),
    _rejected_file("empty.jsonl", b"", "empty file", "rejected: empty file"),
    _rejected_file("header-only.csv", b"id,text\n", "no records (header only)",
                   "rejected: no records"),
    _stored_file("good.txt", _prose("good").encode(), "a good article: coded and stored"),
)


def _jsonl_kinds(corpus: Path) -> list[Kind]:
    """Good articles (good.jsonl) and every way a JSON Lines record can be bad."""
    good = [{"id": g, "text": _prose(g), "published": "2024-05-14"} for g in GOOD_IDS[:5]]
    (corpus / "good.jsonl").write_text("\n".join(map(json.dumps, good)) + "\n")
    path = corpus / "records.jsonl"
    lines: list[tuple[str, str, tuple]] = [
        ("malformed JSONL line", "{not json", ("@", "invalid JSON (")),
        ("not an object", "[1, 2]", ("@", "expected a JSON object, found array")),
        ("missing field", '{"id": "m1"}', ("m1", "missing required field 'text'")),
        ("wrongly typed id", json.dumps({"id": ["x"], "text": PROSE}),
         ("@", "field 'id' must be a string or an integer, not array")),
        ("wrongly typed text", '{"id": "m3", "text": 42}',
         ("m3", "field 'text' must be a string, not number")),
        ("whitespace-only text", '{"id": "w1", "text": "  \\n "}', ("w1", "empty text")),
        ("impossible date", json.dumps({"id": "d1", "text": PROSE, "published": "2024-02-30"}),
         ("d1", "field 'published' is not a date: '2024-02-30'")),
        ("future date", json.dumps({"id": "d2", "text": PROSE, "published": "2999-01-01"}),
         ("d2", "field 'published' is in the future: 2999-01-01")),
        ("placeholder date", json.dumps({"id": "d3", "text": PROSE, "published": "0001-01-01"}),
         ("d3", "field 'published' is before 1800: 0001-01-01")),
        ("duplicate id, different text", json.dumps({"id": "g1", "text": PROSE + " Other."}),
         ("g1", "duplicate id in ")),
        ("control characters in id", json.dumps({"id": "evil\x1b[2J", "text": PROSE}),
         ("@", "field 'id' contains control characters")),
        ("NUL escape in text", json.dumps({"id": "nul-escape", "text": _prose("a\x00b")}), None),
        ("lone surrogate escape", '{"id": "surrogate", "text": "' + PROSE + ' \\ud800"}', None),
    ]
    path.write_text("\n".join(line for _, line, _ in lines) + "\n", encoding="utf-8")
    kinds = [Kind("good JSONL records", "coded and stored", stored=GOOD_IDS[:5])]
    for number, (name, _, expected) in enumerate(lines, start=1):
        if expected is None:
            stored = json.loads(lines[number - 1][1])["id"]
            kinds.append(Kind(name, "cleaned (NUL removed, surrogate -> U+FFFD), coded",
                              stored=(stored,)))
            continue
        article_id = f"{path}:line {number}" if expected[0] == "@" else expected[0]
        kinds.append(Kind(name, f"rejected: {expected[1]}",
                          ((article_id, "read", expected[1]),)))
    return kinds


def _csv_kinds(corpus: Path) -> list[Kind]:
    """A CSV with a broken quote, a short row and a quote never closed, among good rows."""
    path = corpus / "sheet.csv"
    path.write_text(f'id,text\nc1,"{PROSE}"\nc2,"broken\nc3,"{PROSE}"\nc4,{PROSE[:40]},extra\n'
                    f'c5,"{PROSE}"\nc6,"never closed\n', encoding="utf-8")
    where = f"{path}:line"
    return [
        Kind("CSV with a broken quote", "the row is rejected; parsing resumes on the next "
             "line, so later rows are kept", ((f"{where} 3", "read", "invalid CSV"),),
             stored=("c1", "c3", "c5")),
        Kind("CSV row with too many fields", "rejected: expected 2 fields, found 3",
             ((f"{where} 5", "read", "expected 2 fields, found 3"),)),
        Kind("CSV quote never closed", "rejected: invalid CSV (unexpected end of data)",
             ((f"{where} 7", "read", "invalid CSV (unexpected end of data)"),)),
    ]


def _link_kinds(corpus: Path) -> list[Kind]:
    """A directory linking back to its parent, and two file links pointing at each other."""
    loop = corpus / "loop"
    loop.mkdir()
    (loop / "inner.txt").write_text(_prose("inner"))
    os.symlink("..", loop / "back")
    os.symlink("loop-b.txt", corpus / "loop-a.txt")
    os.symlink("loop-a.txt", corpus / "loop-b.txt")
    os.symlink("nowhere.txt", corpus / "dangling.txt")
    return [
        Kind("symlink loop in a directory", "reported once, not followed",
             ((str(loop / "back"), "read", "symbolic link loop (points back to "),),
             stored=("loop/inner",)),
        Kind("file symlinks pointing at each other", "rejected: symbolic link loop",
             ((str(corpus / "loop-a.txt"), "read", "symbolic link loop"),
              (str(corpus / "loop-b.txt"), "read", "symbolic link loop"))),
        Kind("dangling symlink", "rejected: broken symbolic link",
             ((str(corpus / "dangling.txt"), "read", "broken symbolic link"),)),
    ]


def _huge(corpus: Path, size: int) -> Kind:
    """A 20 MB article, written in paragraphs without holding a second copy in memory."""
    paragraph = (PROSE + " ") * 10 + "\n\n"
    with open(corpus / "huge.txt", "w", encoding="utf-8") as out:
        out.write(SPEC + "\n\n")
        for _ in range(size // len(paragraph)):
            out.write(paragraph)
    return Kind("20 MB article", "stored whole; the parser gets the first max_chars "
                "(200,000) characters, cut at a paragraph break, with a warning",
                stored=("huge",))


def _extra_kinds(extra: Path) -> list[Kind]:
    """Inputs named on the command line: an unsupported type and a missing path."""
    (extra / "report.pdf").write_bytes(b"%PDF-1.7\n" + codecs.BOM_UTF8)
    return [
        Kind("unsupported file type", "rejected when named; skipped inside a directory",
             ((str(extra / "report.pdf"), "read", "unsupported file type '.pdf'"),)),
        Kind("missing path", "rejected: no such file or directory",
             ((str(extra / "missing.jsonl"), "read", "no such file or directory"),)),
    ]
