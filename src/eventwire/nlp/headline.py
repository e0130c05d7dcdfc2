"""Recase a Title Case headline before parsing, and give the parse back its original text.

"Singapore Expels Dozens of Diplomats Over Spy Row" reads to the tagger as a row of
proper nouns, and its event is lost. `recase_title` lowers the first letter of the
headline's ordinary words, judged by the article itself: a word is ordinary when the
body writes it (or another form of it) in lower case, or it is a function word, or the
caller knows it (the Coder: a lexicon trigger or a dictionary word); it stays
capitalised when the body writes it capitalised in mid-sentence, when it is a day or
month, or when it is part of a name the caller knows ("Western Sahara"). Only letters
change case, so every character offset stays valid, and
`restore_text` puts the original spelling back on the parsed Doc, so evidence strings
quote the article as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

# Words of closed classes that Title Case capitalises but never name anyone.
FUNCTION_WORDS = frozenset("""
a an the and but or nor for so yet as at by in of off on onto out over to up upon via
with into from about above after against along amid among around before behind below
between beyond during except inside near past since through toward towards under until
within without despite per than amidst amongst whilst while
is are was were be been being am has have had do does did will would shall should can
could may might must
it its he his him she her they them their we our you your this that these those who
whom whose which what when where why how not no all any both each
""".split())

# Days and months are names of the calendar, kept for the date parser ("may" and
# "march" are left to the body's evidence).
CALENDAR = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february april june
july august september october november december
""".split())

_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = set(".!?:;\"“”'‘’([—–")
TITLE_SHARE = 0.6  # share of capitalised words (after the first) that makes Title Case
MAX_NAME_WORDS = 6  # longest known name looked up in a headline
MAX_HEADLINE_WORDS = 20  # a longer first line of plain text is a paragraph, not a title


def _is_capitalised(word: str) -> bool:
    """"Expels", not "expels", "US" or "McDonald" (acronyms and odd names stay)."""
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _mid_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows other words of its sentence."""
    before = text[:start].rstrip(" \t")
    return bool(before) and not before.endswith("\n") and before[-1] not in _SENTENCE_END


def is_title_case(title: str) -> bool:
    """Most words after the first are capitalised (all-caps acronyms count)."""
    words = _WORD.findall(title)[1:]
    caps = sum(w[0].isupper() for w in words)
    return len(words) >= 2 and caps >= TITLE_SHARE * len(words)


def _named_words(title: str, words: list[re.Match[str]],
                 is_name: Callable[[str], bool]) -> set[int]:
    """Indexes of the words inside a name ``is_name`` knows ("Isle of Man")."""
    named: set[int] = set()
    for i, first in enumerate(words):
        for j in range(i, min(i + MAX_NAME_WORDS, len(words))):
            if (first.group()[0].isupper() and words[j].group()[0].isupper()
                    and is_name(title[first.start(): words[j].end()])):
                named.update(range(i, j + 1))
    return named


def leading_headline_end(text: str) -> int | None:
    """Where a plain-text article's headline ends: its first line, when that line is
    short, stands alone (the body follows on a later line) and ends without a sentence
    stop, as a file saved from a news page starts. None when there is no such line."""
    end = text.find("\n")
    line = text[:end].strip() if end > 0 else ""
    if (not line or not text[end:].strip() or line[-1] in ".!?"
            or len(_WORD.findall(line)) > MAX_HEADLINE_WORDS):
        return None
    return end


def recase_title(text: str, title_end: int, is_trigger: Callable[[str], bool] | None = None,
                 is_name: Callable[[str], bool] | None = None,
                 is_place: Callable[[str], bool] | None = None) -> str:
    """``text`` with the Title Case headline ``text[:title_end]`` recased; same length.

    Args:
        text: headline then body, as the parser will see them.
        title_end: where the headline ends.
        is_trigger: whether a lower-case word is a trigger word of the lexicon (or
            another ordinary word).
        is_name: whether a phrase of the headline is a known name, whose words stay
            ("United States", "Western Sahara").
        is_place: whether one word is a known place; it stays when the body writes it
            capitalised anywhere (a dateline, a sentence start) and never in lower
            case ("Reading", "Nice": places that are also English words).
    """
    title, body = text[:title_end], text[title_end:]
    if not is_title_case(title):
        return text
    lower, names, capitals = set(), set(), set()
    for m in _WORD.finditer(body):
        word = m.group()
        if word.islower():  # "observer" in the body vouches for "Observers"
            lower.update(trigger_forms(word))
        else:
            capitals.add(word.lower())
            if _is_capitalised(word) and _mid_sentence(body, m.start()):
                names.add(word.lower())
    if is_place:  # "BATH, England -" or "Bath police said": the town, not a bath
        names.update(w for w in capitals - lower if is_place(w))
    chars = list(title)
    words = list(_WORD.finditer(title))
    named = _named_words(title, words, is_name) if is_name else set()
    for i, m in enumerate(words[1:], 1):  # the first word keeps its capital
        word, low = m.group(), m.group().lower()
        if (not _is_capitalised(word) or low in names or low in CALENDAR
                or not _mid_sentence(title, m.start())
                or (i in named and low not in FUNCTION_WORDS)):  # "Isle of Man"
            continue
        if (low in FUNCTION_WORDS or lower.intersection(trigger_forms(low))
                or (is_trigger and is_trigger(low))):
            chars[m.start()] = word[0].lower()
    return "".join(chars) + body


def trigger_forms(word: str) -> tuple[str, ...]:
    """Lemma guesses for a lower-case word ("expels" -> "expel"), to match inflections."""
    forms = [word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                         ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            forms.append(word[: -len(suffix)] + repl)
    return tuple(forms)


def dictionary_words(nlp: Language) -> frozenset[str]:
    """The lemmas of the pipeline lemmatizer's word index (empty without one): ordinary
    words for headline words the body never uses. Its nouns include place names
    ("guinea"), so callers check names first."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in ("verb", "adj", "adv", "noun") for w in index.get(pos, ()))


# Tags of a finite verb in the present, as a headline writes it.
PRESENT_TAGS = {True: "VBZ", False: "VBP"}  # by whether it ends in -s


def _finite_base(word: str) -> list[str]:
    """Bases of which ``word`` may be a present-tense form: "detain" (after a plural
    subject), "shells" -> "shell", "decries" -> "decry"."""
    return [word, *(f for f in trigger_forms(word)[1:] if word.endswith("s"))]


def _past(base: str) -> str:
    """A regular past tense ("detained", "ratified"), enough for the tagger to read a
    verb."""
    if base.endswith("e"):
        return base + "d"
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return base[:-1] + "ied"
    return base + "ed"


def verbal_headline(doc: Doc, start: int, end: int, parse: Callable[[str], Doc],
                    is_event_verb: Callable[[str, str | None], bool]) -> Doc:
    """``doc`` with its headline ``doc.text[start:end]`` reparsed when the tagger read
    its verb as a noun: "Police detain protesters in Tbilisi", "Army shells rebel
    positions" (no verb at the root; a word that is a present form of an event verb
    of the lexicon follows a noun and has words after it). The headline is parsed
    again with that word in the past tense ("Police detained protesters ..."), which
    the tagger reads as a verb, and its parse is copied back when the word is then
    the root with a subject that opens the headline; the word keeps its own lemma and
    a present tag. Entities and the body's parse are kept.

    Args:
        is_event_verb: whether a lemma is an event verb, alone or with the lemma of
            the noun after it as its object ("sign" ... "agreement").
    """
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(span) < 3 or any(
            t.head.i == t.i and t.pos_ in ("VERB", "AUX") for t in span):
        return doc
    for word in span[1:-1]:
        before, after = doc[word.i - 1], doc[word.i + 1]
        if (word.pos_ not in ("NOUN", "PROPN") or before.pos_ not in ("NOUN", "PROPN")
                or after.is_punct):
            continue
        obj = _object_after(word, span)
        for base in _finite_base(word.lower_):
            if not is_event_verb(base, obj):
                continue
            fixed = _reparsed(doc, span, word, base, parse)
            if fixed is not None:
                return fixed
    return doc


def _object_after(word: Token, span: Span) -> str | None:
    """The lemma of the noun that ends the noun phrase right after ``word`` ("sign
    landmark peace agreement" -> "agreement"), or None."""
    last = None
    for token in span[word.i + 1 - span.start:]:
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "NUM"):
            break
        last = token
    return last.lemma_.lower() if last is not None else None


def _reparsed(doc: Doc, span: Span, word: Token, base: str,
              parse: Callable[[str], Doc]) -> Doc | None:
    """``doc`` with the parse of its headline ``span`` in which ``word`` is put in the
    past tense, if that parse makes it the root with a subject opening the headline."""
    at = word.i - span.start
    text = span.text
    offset = word.idx - span.start_char
    again = parse(text[:offset] + _past(base) + text[offset + len(word):])
    if len(again) != len(span):
        return None
    verb = again[at]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (verb.pos_ != "VERB" or verb.head.i != verb.i
            or sum(t.head.i == t.i for t in again) != 1
            or not subjects or subjects[0].left_edge.i != 0):
        return None
    attrs = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
    array = doc.to_array(attrs)
    array[span.start: span.end] = again.to_array(attrs)
    strings = doc.vocab.strings
    row = array[word.i]
    row[attrs.index(TAG)] = strings.add(PRESENT_TAGS[word.lower_ != base])
    row[attrs.index(LEMMA)] = strings.add(base)
    row[attrs.index(MORPH)] = strings.add("Tense=Pres|VerbForm=Fin")
    rebuilt = Doc(doc.vocab, words=[t.text for t in doc],
                  spaces=[bool(t.whitespace_) for t in doc])
    ents = [ENT_IOB, ENT_TYPE, ENT_KB_ID]
    rebuilt.from_array(attrs + ents, numpy.hstack([array, doc.to_array(ents)]))
    rebuilt.tensor = doc.tensor
    return rebuilt


def restore_text(doc: Doc, original: str) -> Doc:
    """The parse of ``doc`` on a Doc that spells ``original`` (same length, other case)."""
    if doc.text == original:
        return doc
    words = [original[t.idx: t.idx + len(t)] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    restored = Doc(doc.vocab, words=words, spaces=spaces)
    attrs = [TAG, POS, MORPH, LEMMA, ENT_IOB, ENT_TYPE, ENT_KB_ID]
    if doc.has_annotation("DEP"):
        attrs += [HEAD, DEP]
    restored.from_array(attrs, doc.to_array(attrs))
    if not doc.has_annotation("DEP"):
        for ours, theirs in zip(restored, doc, strict=True):
            ours.is_sent_start = theirs.is_sent_start
    restored.tensor = doc.tensor
    return restored
