"""Resolve date expressions against the publication date and attach them to predicates.

Two entry points:

* `resolve_date_expression` turns one date expression (the text of a spaCy DATE or TIME
  entity, e.g. "last Tuesday", "Oct. 7", "late December") into a `ResolvedDate`, or None
  when the text is a duration or not a date ("for years", "the first time").
* `attach_date` picks, among the date entities of a trigger's sentence, the one that
  belongs to the trigger's predicate and resolves it.

Precision values: "day", "week" (the date is the Monday of that week: "last week",
"this week"), "month" (the first of the month) and "year" (January 1).

`predicate_scope` is the token walk both `attach_date` and `eventwire.places` use to
decide which words belong to a predicate.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from eventwire.nlp.docindex import children, entity_at, sentence_entities, sentence_of, tokens_of

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# Leading words that locate an expression without changing the date it names.
_FILLERS = frozenset(
    "on in at by as of late early mid earlier later around about since from until till "
    "the end start beginning middle over during between".split()
)
_TIME_OF_DAY = frozenset("morning afternoon evening night overnight noon midday".split())
_PARTS_OF_DAY = _TIME_OF_DAY | {"hours"}
# "overnight" in a story is the night before publication, dated by its evening (as
# "last night").
_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "overnight": -1,
              "day before yesterday": -2, "day after tomorrow": 2}
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")
_DAY = re.compile(r"^(\d{1,2})(st|nd|rd|th)?(-\d{1,2})?$")  # "5", "5th", "5-6" (from the 5th)
# "on the 5th": a day of the month with no month ("its 13th package" is no date)
_THE_ORDINAL = re.compile(r"(?i)^(?:on )?the (\d{1,2})(?:st|nd|rd|th)$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# "Friday-Saturday"; "Sunday night into Monday" (a night is dated by its evening)
_FIRST_PART = re.compile(r",| and | or | to | into |(?<=day)-(?=[A-Z])")
_OVERNIGHT_INTO = re.compile(r"(?i)^\s*overnight into (.+)$")
_PART_OF = re.compile(r"(?i)^\s*(?:in |during |over |by )?(?:the )?(?:(?:first|second|final|"
                      r"last|closing|opening|early|late|latter) )?(?:half|days|weeks|months|"
                      r"part|stages?) of (.+)$")
_EVE_OF = re.compile(r"(?i)^\s*(?:on )?(?:the )?eve of (.+)$")
EARLIEST = date(1800, 1, 1)
LATEST = date(2100, 12, 31)
"""Resolved dates outside [EARLIEST, LATEST] are dropped ("5000 years ago")."""


@dataclass(frozen=True)
class ResolvedDate:
    """A calendar date with how precisely the text named it.

    Attributes:
        date: ISO date (YYYY-MM-DD); the first day of the month/week/year when the
            precision is coarser than a day.
        precision: "day", "week", "month" or "year".
    """

    date: str
    precision: str


def _resolved(day: date, precision: str) -> ResolvedDate:
    return ResolvedDate(day.isoformat(), precision)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _tokens(text: str) -> tuple[list[str], bool]:
    """Lower-case words of an expression, fillers and time-of-day words removed.

    Returns:
        The words, and whether a time-of-day word ("night", "morning") was removed.
    """
    text = text.lower().replace("\u2019", "'").replace("mid-", "mid ").replace("end-", "end ")
    text = re.sub(r"'s\b", "", text)
    words = re.sub(r"[.,;:()]", " ", text).split()
    while words and words[0] in _FILLERS:
        if (words[0] == "the" and words[1:2] in (["last"], ["past"])
                and words[2:] != ["weekend"] and words[3:4] != ["of"]):
            return [], False  # "the last year", "over the past week": durations
        words = words[1:]
    stripped = False
    if words[-2:] == ["local", "time"]:  # "Friday local time"
        words = words[:-2]
    if len(words) > 2 and words[0] in _PARTS_OF_DAY and words[1] == "of":
        words, stripped = words[2:], True  # "the early hours of Thursday", "the night of Jan. 5"
        while words and words[0] in _FILLERS:
            words = words[1:]
    while len(words) > 1 and words[-1] in _TIME_OF_DAY:
        words, stripped = words[:-1], True
    if len(words) > 1 and words[0] == "overnight":  # "overnight Thursday": that night
        words, stripped = words[1:], True
    return words, stripped


def _relative_day(words: list[str], published: date, stripped: bool) -> ResolvedDate | None:
    """'today', 'yesterday', 'tonight', 'overnight', 'this morning', 'last night',
    'tomorrow'."""
    phrase = " ".join(words)
    if phrase in _DAY_WORDS:
        return _resolved(published + timedelta(days=_DAY_WORDS[phrase]), "day")
    if stripped and phrase == "this":
        return _resolved(published, "day")
    if stripped and phrase == "last":
        return _resolved(published - timedelta(days=1), "day")
    return None


def _weekday(words: list[str], published: date, stripped: bool) -> ResolvedDate | None:
    """'Friday', 'last Tuesday', 'next Monday', 'this Friday'.

    A bare weekday is the most recent such day on or before publication (the
    publication weekday itself is the publication day); "last" is strictly before,
    "next" strictly after, "this" on or after publication.
    """
    if words[:2] == ["this", "past"]:  # "this past Sunday"
        words = words[1:]
    qualifier = words[0] if len(words) == 2 else None
    if len(words) not in (1, 2) or words[-1] not in _WEEKDAYS:
        return None
    if qualifier not in (None, "last", "past", "next", "this"):
        return None
    back = (published.weekday() - _WEEKDAYS[words[-1]]) % 7
    if qualifier in ("last", "past") and back == 0:
        back = 7
    if qualifier in ("next", "this"):
        ahead = (7 - back) % 7 or (7 if qualifier == "next" else 0)
        return _resolved(published + timedelta(days=ahead), "day")
    return _resolved(published - timedelta(days=back), "day")


def _ago(words: list[str], published: date, stripped: bool) -> ResolvedDate | None:
    """'two days ago', 'three weeks ago', 'a month ago', '5 years ago', 'a decade ago'."""
    if len(words) != 3 or words[2] != "ago":
        return None
    count = int(words[0]) if words[0].isdigit() else _NUMBERS.get(words[0])
    unit = words[1].rstrip("s")
    if count is None:
        return None
    if unit in _WEEKDAYS:  # "two Sundays ago": the Sunday before last
        back = (published.weekday() - _WEEKDAYS[unit]) % 7 or 7
        return _resolved(published - timedelta(days=back + 7 * (count - 1)), "day")
    if unit in ("day", "fortnight"):  # "a fortnight ago": two weeks, British copy
        return _resolved(published - timedelta(days=count * (14 if unit != "day" else 1)),
                         "day")
    if unit == "week":  # "a week ago": that day of the week, as "seven days ago"
        return _resolved(published - timedelta(weeks=count), "day")
    if unit == "month":
        year, month = _shift_month(published.year, published.month, -count)
        return _resolved(date(year, month, 1), "month")
    if unit in ("year", "decade"):  # "a decade ago": the year ten years back
        return _resolved(date(published.year - count * (10 if unit == "decade" else 1), 1, 1),
                         "year")
    return None


def _weekend(published: date, qualifier: str) -> ResolvedDate:
    """The Saturday of the weekend meant ('this'/'next' look ahead on weekdays).

    "The weekend" is the latest one, the current one in a weekend story; "last
    weekend" in a weekend story is the one before (as "last Saturday").
    """
    last_saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    if qualifier == "next" or (qualifier == "this" and published.weekday() < 5):
        return _resolved(last_saturday + timedelta(days=7), "day")
    if qualifier in ("last", "previous") and published.weekday() >= 5:
        return _resolved(last_saturday - timedelta(days=7), "day")
    return _resolved(last_saturday, "day")


def _relative_period(words: list[str], published: date, stripped: bool) -> ResolvedDate | None:
    """'last week', 'this month', 'next year', 'the weekend', 'this past weekend',
    'earlier in the week'."""
    if words in (["weekend"], ["this", "past", "weekend"], ["past", "weekend"]):
        return _weekend(published, "the")
    if words[1:] == ["before", "last"] and words[0] in ("weekend", "week"):
        # "the weekend before last": a week before last weekend
        latest = _relative_period(["last", words[0]], published, stripped)
        if latest is not None:
            return _resolved(date.fromisoformat(latest.date) - timedelta(weeks=1),
                             latest.precision)
    if words == ["week"]:  # "earlier in the week", "later in the week"
        return _resolved(_monday(published), "week")
    if words == ["month"]:  # "earlier in the month"
        return _resolved(published.replace(day=1), "month")
    if words == ["year"]:  # "earlier in the year"
        return _resolved(date(published.year, 1, 1), "year")
    if len(words) != 2 or words[0] not in ("last", "this", "next", "previous"):
        return None
    delta = {"last": -1, "previous": -1, "this": 0, "next": 1}[words[0]]
    unit = words[1]
    if unit == "weekend":
        return _weekend(published, words[0])
    if unit == "week":
        return _resolved(_monday(published) + timedelta(weeks=delta), "week")
    if unit == "month":
        year, month = _shift_month(published.year, published.month, delta)
        return _resolved(date(year, month, 1), "month")
    if unit == "year":
        return _resolved(date(published.year + delta, 1, 1), "year")
    return None


def _month_day(words: list[str]) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) from 'oct 7 [2023]', '7 october [2023]', '7th of oct'."""
    words = [w for w in words if w != "of"]
    year = None
    if len(words) == 3 and _YEAR.match(words[2]):
        year, words = int(words[2]), words[:2]
    if len(words) != 2:
        return None
    for month_word, day_word in (words, words[::-1]):
        day_match = _DAY.match(day_word)
        if month_word in _MONTHS and day_match:
            return _MONTHS[month_word], int(day_match.group(1)), year
    return None


def _calendar_day(words: list[str], published: date, stripped: bool) -> ResolvedDate | None:
    """'Oct. 7', 'October 7th', '7 October 2023', 'Friday, Jan. 12', '2024-01-12'.

    Without a year: the most recent such date on or before publication.
    """
    if len(words) > 1 and words[0] in _WEEKDAYS:
        words = words[1:]
    iso = _ISO.match(words[0]) if len(words) == 1 else None
    parts = (int(iso.group(2)), int(iso.group(3)), int(iso.group(1))) if iso else None
    month, day, year = parts or _month_day(words) or (0, 0, None)
    if not month:
        return None
    if year is not None:
        return _resolved(date(year, month, day), "day") if _valid(year, month, day) else None
    for year in range(published.year, published.year - 9, -1):
        if _valid(year, month, day) and date(year, month, day) <= published:
            return _resolved(date(year, month, day), "day")
    return None


def _ordinal_day(day: int, published: date) -> ResolvedDate | None:
    """The day of "the 5th" with no month: the most recent 5th on or before publication
    (this month's, or last month's when the 5th is still to come)."""
    year, month = published.year, published.month
    for _ in range(3):  # the 31st may skip a short month
        if _valid(year, month, day) and date(year, month, day) <= published:
            return _resolved(date(year, month, day), "day")
        year, month = _shift_month(year, month, -1)
    return None


# Fixed-date holidays news dates events by ("on Christmas Eve"), as (month, day).
_HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year day": (1, 1), "new year eve": (12, 31),
}  # fmt: skip


def _holiday(words: list[str], published: date, stripped: bool) -> ResolvedDate | None:
    """'Christmas Eve', 'New Year's Day', 'last Christmas': the most recent one on or
    before publication."""
    if len(words) > 1 and words[0] in ("last", "past"):
        words = words[1:]
    month_day = _HOLIDAYS.get(" ".join(words))
    if month_day is None:
        return None
    year = published.year - (month_day > (published.month, published.day))
    return _resolved(date(year, *month_day), "day")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


_WEEK_ORDINALS = frozenset({"first", "second", "third", "fourth", "final", "last"})


def _month_or_year(words: list[str], published: date, stripped: bool) -> ResolvedDate | None:
    """'January 2023', 'December', 'last December', 'next March', 'October last year',
    '2016', 'in 2016'.

    A bare month is the most recent such month at or before publication; "last" is
    strictly before the publication month, "next" strictly after.
    """
    if len(words) > 3 and words[0] in _WEEK_ORDINALS and words[1:3] == ["week", "of"]:
        words = words[3:]  # "the first week of February": that month
    if len(words) == 1 and _YEAR.match(words[0]):
        return _resolved(date(int(words[0]), 1, 1), "year")
    if len(words) == 2 and words[0] in _MONTHS and _YEAR.match(words[1]):
        return _resolved(date(int(words[1]), _MONTHS[words[0]], 1), "month")
    if (len(words) == 3 and words[0] in _MONTHS and words[2] == "year"
            and words[1] in ("last", "this", "next")):  # "October last year"
        shift = {"last": -1, "this": 0, "next": 1}[words[1]]
        return _resolved(date(published.year + shift, _MONTHS[words[0]], 1), "month")
    qualifier = words[0] if len(words) == 2 else None
    if not words or len(words) > 2 or words[-1] not in _MONTHS:
        return None
    if qualifier not in (None, "last", "next", "this"):
        return None
    month = _MONTHS[words[-1]]
    year = published.year
    if qualifier == "next":
        year += month <= published.month
    elif month > published.month or (qualifier == "last" and month == published.month):
        year -= 1
    return _resolved(date(year, month, 1), "month")


# The month each season starts in; a season is dated by its year, the only precision
# that holds it ("last summer": year precision).
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


def _season(words: list[str], published: date, stripped: bool) -> ResolvedDate | None:
    """'last summer', 'this spring', 'in the autumn', 'summer 2023', 'the spring of
    2021': the season's year.

    A bare season is the latest one begun by publication; "last" the latest one over;
    "this" the current year's (a winter from its December)."""
    if words[1:2] == ["of"] and len(words) == 3:  # "the summer of 2022"
        words = [words[0], words[2]]
    if len(words) == 2 and words[0] in _SEASONS and _YEAR.match(words[1]):
        return _resolved(date(int(words[1]), 1, 1), "year")
    qualifier = words[0] if len(words) == 2 else None
    if len(words) not in (1, 2) or words[-1] not in _SEASONS or (
            qualifier not in ("last", "this", "past") and words[-1] == "fall"):
        return None  # "the fall of Kabul", "next summer"
    start = _SEASONS[words[-1]]
    year = published.year
    if qualifier == "this":
        year -= start == 12 and published.month <= 2
    elif qualifier in ("last", "past"):
        while _shift_month(year, start, 3) > (published.year, published.month):
            year -= 1
    elif qualifier is None:
        year -= start > published.month
    else:
        return None
    return _resolved(date(year, 1, 1), "year")


_MATCHERS: tuple[Callable[[list[str], date, bool], ResolvedDate | None], ...] = (
    _relative_day,
    _weekday,
    _ago,
    _relative_period,
    _calendar_day,
    _holiday,
    _month_or_year,
    _season,
)


@functools.lru_cache(maxsize=4096)
def resolve_date_expression(text: str, published: date) -> ResolvedDate | None:
    """Resolve one date expression against the publication date.

    Args:
        text: the expression as written, e.g. "on Friday", "late December",
            "Oct. 7, 2023", "two days ago", "last week".
        published: the article's publication date.

    Returns:
        The date and its precision, or None for durations ("for years", "decades"),
        vague or non-date expressions ("recent years", "the first time") and dates
        outside 1800-2100. Never raises.
    """
    # memoised: a pure function of its text and day, asked again for the same date
    # entities by every rule that looks at a sentence's dates; ResolvedDate is frozen
    try:
        resolved = _special_days(text, published)
    except (ValueError, OverflowError):  # a day past the calendar
        return None
    if resolved is not None and not _in_bounds(resolved):
        return None
    first = _FIRST_PART.split(text)[0]
    if resolved is None and first != text:
        # One entity may join two times: a span ("in July and early August", "between
        # Jan. 5 and 7", "from Jan. 5 to 7") starts at its first, and so do alternatives
        # ("late Sunday or early Monday"); a date merged with the distance that follows
        # it ("died on Sept. 16, three days after she was arrested") is its first part.
        resolved = _resolve_words(*_tokens(first), published)
    return resolved


def _special_days(text: str, published: date) -> ResolvedDate | None:
    """The ordinary reading, then "the 5th" and "overnight into Sunday"."""
    resolved = _resolve_words(*_tokens(text), published)
    ordinal = _THE_ORDINAL.match(text.strip())
    if resolved is None and ordinal is not None:
        resolved = _ordinal_day(int(ordinal.group(1)), published)
    into = _OVERNIGHT_INTO.match(text)
    if resolved is None and into is not None:
        # "overnight into Sunday" is dated by its evening, as "overnight" is: Saturday.
        morning = _resolve_words(*_tokens(into.group(1)), published)
        if morning is not None and morning.precision == "day":
            resolved = _resolved(date.fromisoformat(morning.date) - timedelta(days=1), "day")
    part = _PART_OF.match(text)
    if resolved is None and part is not None:
        # "the first half of 2023", "the last days of December": that year or month
        whole = _special_days(part.group(1), published)
        if whole is not None and whole.precision in ("month", "year"):
            resolved = whole
    eve = _EVE_OF.match(text)
    if resolved is None and eve is not None:
        # "on the eve of Thursday's summit": the day before it, which may be tomorrow
        # (a Wednesday story), so the day is looked for up to a day after publication.
        day = _special_days(eve.group(1), published + timedelta(days=1))
        if day is not None and day.precision == "day":
            resolved = _resolved(date.fromisoformat(day.date) - timedelta(days=1), "day")
    return resolved


def _resolve_words(words: list[str], stripped: bool, published: date) -> ResolvedDate | None:
    if not words:
        return None
    for matcher in _MATCHERS:
        try:
            resolved = matcher(words, published, stripped)
        except (ValueError, OverflowError):  # a year or day count past the calendar
            return None
        if resolved is not None:
            return resolved if _in_bounds(resolved) else None
    return None



@functools.lru_cache(maxsize=1024)
def date_text(ent: Span) -> str:
    """A date entity's text as the resolver reads it: without a place name the tagger
    merged in front of it ("[Kyiv] last week"), and with a counting word it left out
    after it ("the day [before]", not "the day after the vote"; "the weekend [before
    last]"), and as the end of a
    night ("[overnight into] Sunday")."""
    # memoised per entity: the rules read each date entity many times per sentence,
    # and a Doc is never changed once parsed (the key holds its Doc, so it stays alive)
    start, root = ent.start, ent.root
    while (start < ent.end - 1 and ent.doc[start].pos_ == "PROPN"
           and ent.doc[start].lower_.rstrip(".") not in (*_MONTHS, *_WEEKDAYS)
           and not root.is_ancestor(ent.doc[start]) and ent.doc[start] != root):
        start += 1
    text = ent.doc[start:ent.end].text
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if [t.lower_ for t in ent.doc[ent.end:ent.end + 2]] == ["before", "last"]:
        return f"{text} before last"  # "the weekend | before last"
    if (after is not None and after.lower_ in _COUNT_SIGNS and after.dep_ != "mark"
            and all(ent.start <= c.i < ent.end for c in children(after))):
        # "before" may head "the day" itself ("the day before" as an adverb)
        text = f"{text} {after.text}"
    if [t.lower_ for t in ent.doc[max(start - 2, 0):start]] == ["overnight", "into"]:
        text = f"overnight into {text}"  # "overnight into | Sunday": the night's end
    if _on_eve_of(root):
        text = f"eve of {text}"  # "the eve of the | Oct. 12 | election"
    return text


def _on_eve_of(root: Token) -> bool:
    """Whether a date names what an eve is the eve of, by itself or as what it dates:
    "on the eve of [the Oct. 12] election" (the tagger leaves "the eve of" apart)."""
    head = root.head if root.dep_ in ("poss", "compound", "nmod", "npadvmod") else root
    return (head.dep_ == "pobj" and head.head.lower_ == "of"
            and head.head.head.lower_ == "eve" and not root.is_ancestor(head.head))


def resolve_entity(ent: Span, published: date) -> ResolvedDate | None:
    """`resolve_date_expression` on a date entity's text (see `date_text`)."""
    return resolve_date_expression(date_text(ent), published)


# How expressions counting from the story's last told day put an event: "the next day".
_NEIGHBOUR_DAYS = {"previous": -1, "next": 1, "following": 1, "same": 0, "that": 0}
_COUNT_SIGNS = {"earlier": -1, "before": -1, "later": 1, "after": 1}
_COUNT_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def narrative_offset(text: str) -> int | None:
    """Days from the day the story told of just before, for an expression that counts
    from it rather than from publication: "a day earlier" -1, "the next day" 1, "two
    days later" 2, "a week earlier" -7, "the day before" -1, "later that day" 0. None
    for any other expression."""
    words, stripped = _tokens(text)
    if stripped and len(words) == 1:  # "the previous night", "that evening"
        words = [*words, "day"]
    if len(words) == 2 and words[1] == "day" and words[0] in _NEIGHBOUR_DAYS:
        return _NEIGHBOUR_DAYS[words[0]]
    if (len(words) == 2 and (words[0] == "day" or words[0] in _TIME_OF_DAY)
            and words[1] in _COUNT_SIGNS):  # "the day before", "the night before"
        return _COUNT_SIGNS[words[1]]
    if len(words) != 3 or words[1] not in _COUNT_UNITS or words[2] not in _COUNT_SIGNS:
        return None
    if text.split()[0].lower() != words[0]:
        return None  # "in the 10 days before": a stretch of time, not a day
    count = int(words[0]) if words[0].isdigit() else _NUMBERS.get(words[0])
    return None if count is None else count * _COUNT_UNITS[words[1]] * _COUNT_SIGNS[words[2]]


def attach_narrative_offset(trigger: Token) -> int | None:
    """The offset (`narrative_offset`) of a date in the trigger's predicate scope that
    counts from the story's last told day: "A day earlier, rebels attacked ..."."""
    scope = predicate_scope(trigger)
    reached = {token.i for token in scope}
    for token in scope:
        ent = _entity_of(token, _DATE_LABELS)
        if ent is not None and ent.root.i in reached:
            offset = narrative_offset(date_text(ent))
            if offset is not None:
                return offset
        elif (ent is None and token.dep_ == "npadvmod" and not token.ent_type_
              and token.lower_ in (*_TIME_OF_DAY, "day")):
            # "struck the city the night before": the tagger may leave it untagged
            offset = narrative_offset(" ".join(t.text for t in token.subtree))
            if offset is not None:
                return offset
    return None


def _in_bounds(resolved: ResolvedDate) -> bool:
    """True when the date lies within [EARLIEST, LATEST]."""
    return EARLIEST.isoformat() <= resolved.date <= LATEST.isoformat()


# --- attaching dates to predicates -------------------------------------------------

# Children that start another clause: their words belong to another predicate.
CLAUSE_DEPS = frozenset("relcl acl ccomp advcl xcomp csubj csubjpass parataxis pcomp".split())
# Prepositions introducing another event that frames this one ("after the attack").
FRAME_PREPOSITIONS = frozenset(
    "after before following since until till amid despite ahead prior preceding".split()
)
# Verbs whose noun object names the event ("held talks", "carried out strikes").
LIGHT_VERBS = frozenset(
    "hold carry conduct stage launch make give have begin start continue resume "
    "mount wage undertake perform sign issue announce take".split()
)
# Nouns naming events of their own: their modifiers are not a governing verb's.
EVENT_NOUNS = frozenset(
    "attack strike airstrike raid bombing shelling offensive invasion assault operation "
    "meeting talk talks summit visit negotiation election vote protest demonstration "
    "rally clash fighting war ceasefire truce deal agreement accord treaty killing "
    "massacre arrest explosion blast shooting death coup".split()
)
_SHARED_NOMINAL_DEPS = frozenset(("dobj", "nsubj", "nsubjpass", "attr"))
# The tagger tags some holidays as events ("on New Year's Eve"); other event names
# do not resolve as dates.
_DATE_LABELS = ("DATE", "TIME", "EVENT")
_SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "expl"))


def _is_planned(ent: Span) -> bool:
    """A date introduced by "for" names when something is planned ("called a strike
    for Tuesday", "set the vote for March"), not when the predicate happened."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "for"


def _is_event_argument(token: Token, child: Token) -> bool:
    """An event noun object of a contentful verb: "condemned [the Oct. 7 attack]".

    Subjects stay in scope: "the strike in Kharkiv killed five" is in Kharkiv.
    """
    if child.dep_ not in ("dobj", "nsubjpass") or child.lemma_.lower() not in EVENT_NOUNS:
        return False
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() not in LIGHT_VERBS


def is_event_argument(token: Token) -> bool:
    """Whether a token is an event noun another verb acts on ("condemned [Sunday's
    attack]"): its date is that event's own, not the acting verb's."""
    return token.head.i != token.i and _is_event_argument(token.head, token)


# Nouns whose phrase names what an act answers: "in retaliation for", "in response to".
REASON_NOUNS = frozenset({"retaliation", "response", "reprisal", "revenge", "reaction"})


def _is_reason(token: Token, child: Token) -> bool:
    """"in retaliation for ...", "in response to ...": whatever follows is the cause."""
    return (child.dep_ == "prep" and child.lower_ in ("for", "to", "against")
            and token.lemma_.lower() in REASON_NOUNS)


def _is_cause(token: Token, child: Token) -> bool:
    """A phrase naming the event that caused this one: "in retaliation for the killing
    of its general last week", "sanctions over the invasion": its words are that
    event's."""
    if _is_reason(token, child):
        return True
    if child.dep_ != "prep" or not (child.lower_ == "over" or (
            child.lower_ == "for" and token.pos_ == "NOUN")):  # not "met for talks"
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in EVENT_NOUNS for c in children(child))


def is_cause_argument(token: Token) -> bool:
    """Whether an event noun names what another act answers ("expelled diplomats in
    retaliation for [Algeria's expulsion] of ...", "sanctions over [the arrest]"): its
    date is that event's own, not the answering act's."""
    prep = token.head
    return token.dep_ == "pobj" and prep.dep_ == "prep" and (
        _is_reason(prep.head, prep) or prep.lower_ == "over")


def _tells_when(clause: Token) -> bool:
    """A relative clause that only says when or where its noun's event happened: "the
    attack, which took place on Sunday", "the raid, which happened in Jenin"."""
    lemma = clause.lemma_.lower()
    return clause.dep_ == "relcl" and (lemma in ("happen", "occur") or lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in children(clause)))


def _own_children(token: Token) -> Iterator[Token]:
    """Children of `token` that belong to its predicate (not to another clause)."""
    kids = children(token)
    yield from (p for c in kids if c.dep_ == "ccomp" for p in _raised_phrases(c))
    raised = {p.i for p in _raised_phrases(token)}
    # "ahead of the election in March": a phrase right after a framing phrase is the
    # framed event's, wherever the parser hangs it
    framed_ends = {c.right_edge.i for c in kids
                   if c.dep_ in ("prep", "advmod") and c.lower_ in FRAME_PREPOSITIONS}
    for child in kids:
        if _is_event_argument(token, child):
            yield from _trailing_day(child)
            continue
        if _is_cause(token, child) or child.i in raised:
            continue
        if child.dep_ == "prep" and child.i - 1 in framed_ends:
            continue
        if child.dep_ in CLAUSE_DEPS and not (child.dep_ == "acl" and child.tag_ == "VBN"
                                              or _tells_when(child)):
            if child.dep_ == "advcl" and _frames(child):
                yield from _overnight_before_frame(child)
            continue
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"):
            continue
        if child.dep_ == "prep" and child.lower_ in FRAME_PREPOSITIONS and not _since_date(child):
            yield from _overnight_before_frame(child)
            continue
        yield child


def _trailing_day(noun: Token) -> Iterator[Token]:
    """A day told after the event noun a verb acts on, as the verb's own: "condemned the
    attack on Saturday night" (read with "condemned", as "condemned the expulsions on
    Sunday" is), unlike "condemned Saturday's attack" or "the Oct. 7 attack"."""
    for child in children(noun):
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ == "on" and any(
                c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in children(child)):
            yield child
        elif child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
            yield child


def _overnight_before_frame(frame: Token) -> Iterator[Token]:
    """An "overnight" the parser hangs on a frame before its marker ("detained 400 people
    overnight after protests", "struck targets overnight after Hezbollah fired"): the
    act's time, not a distance from the frame ("hours after")."""
    marker = frame if frame.dep_ == "prep" else _frame_marker(frame)
    return (c for c in children(frame) if c.dep_ == "advmod" and c.lower_ == "overnight"
            and marker is not None and c.i < marker.i)


def _raised_phrases(clause: Token) -> list[Token]:
    """Phrases the parser hangs on a complement clause that stand before its subject
    and its "that": "said on Friday it had struck ...": "on Friday" is the saying's."""
    if clause.dep_ != "ccomp" or clause.head.i > clause.i:
        return []
    first = min((c.i for c in children(clause) if c.dep_ in (*_SUBJECT_DEPS, "mark")),
                default=None)
    if first is None:
        return []
    return [c for c in children(clause)
            if c.dep_ in ("prep", "npadvmod") and clause.head.i < c.i < first]


def _since_date(prep: Token) -> bool:
    """"since" with a date, not an event: "has deployed troops since December" began
    then (whereas "since the Oct. 7 attack" dates the attack)."""
    return prep.lower_ == "since" and any(
        c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in children(prep))


def _scope_roots(trigger: Token) -> list[Token]:
    """The trigger, then the head it shares its arguments with, if any.

    A noun trigger that is the object or subject of a light verb ("held talks") and
    a verb trigger that is an open complement ("agreed to extend") share their
    head's modifiers.
    """
    head = trigger.head
    if head.i == trigger.i:
        return [trigger]
    if trigger.dep_ == "xcomp":
        return [trigger, head]
    light = head.lemma_.lower() in LIGHT_VERBS and head.pos_ in ("VERB", "AUX")
    nominal = trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in _SHARED_NOMINAL_DEPS
    if light and nominal:
        return [trigger, head]
    return [trigger]


@functools.lru_cache(maxsize=4096)
def predicate_scope(trigger: Token) -> tuple[Token, ...]:
    """The words that belong to the trigger's predicate, nearest first (see
    `_predicate_scope`; memoised, as dates and places ask for it many times per word)."""
    # keyed by the token (its Doc and index); the cache keeps recent Docs alive, and a
    # Doc is never changed once parsed; a tuple, so no caller can change the cached value
    return tuple(_predicate_scope(trigger))


def _predicate_scope(trigger: Token) -> list[Token]:
    """The words that belong to the trigger's predicate, nearest first.

    Breadth-first over the dependency tree from the trigger, not entering other
    clauses (relative clauses, clausal complements, adverbial clauses, coordinated
    verbs), framing prepositional phrases ("after ...", "following ...") nor, below a
    verb that is not a light verb, an argument that names an event of its own
    ("condemned the attack in Gaza": "in Gaza" is the attack's); then the same from
    the light-verb or control head (see `_scope_roots`).

    Args:
        trigger: the token naming the event.

    Returns:
        Tokens in breadth-first order, each once, the roots included.
    """
    seen: set[int] = set()
    ordered: list[Token] = []
    for root in _scope_roots(trigger):
        frontier = [root]
        while frontier:
            layer = [t for t in frontier if t.i not in seen]
            seen.update(t.i for t in layer)
            ordered.extend(layer)
            frontier = [child for t in layer for child in _own_children(t)]
    return ordered


def _entity_of(token: Token, labels: tuple[str, ...]) -> Span | None:
    if token.ent_type_ not in labels:
        return None
    ent = entity_at(token)
    if ent is None:
        return None
    ent = _without_frame(ent)
    return ent if token.i < ent.end else None


def _without_frame(ent: Span) -> Span:
    """A date entity without a framing phrase the tagger merged into it and that makes
    it unreadable ("in mid-January [after months] of talks"): the frame is another
    event's time."""
    if resolve_date_expression(ent.text, LATEST) is not None:
        return ent
    for token in ent[1:-1]:
        if token.lower_ in FRAME_PREPOSITIONS and token.dep_ in ("prep", "mark"):
            head = ent.doc[ent.start:token.i]
            return head if resolve_date_expression(head.text, LATEST) is not None else ent
    return ent


def _is_added_date(ent: Span) -> bool:
    """A date coordinated with an earlier one ("in July and early August"): one span
    of time with it, which the first names."""
    root = ent.root
    return root.dep_ == "conj" and root.head.ent_type_ == "DATE" and root.head.i < ent.start


def _sole_sentence_date(trigger: Token, published: date) -> ResolvedDate | None:
    """The sentence's only resolvable date, when it belongs to a predicate above the trigger.

    "On Friday, the minister said Israel had attacked the convoy": "On Friday" is in
    the scope of "said", which governs "attacked", so it is taken for "attacked". A
    date in a relative clause, a sister clause, a framing "after ..." phrase or an
    event noun the trigger reacts to ("condemned the Oct. 7 attack") is not.
    """
    dated = [
        (ent, resolved)
        for ent in sentence_entities(sentence_of(trigger))
        if ent.label_ == "DATE" and not _is_planned(ent) and not _is_added_date(ent)
        and (resolved := resolve_entity(ent, published)) is not None
    ]
    if len(dated) != 1 or any(_is_on_ordinal(t) or _is_untagged_weekday(t)
                              for t in sentence_of(trigger)):
        return None  # "on the 5th", "between Friday and ..." are dates, though untagged
    ent, resolved = dated[0]
    below = trigger
    for governor in trigger.ancestors:
        if _frames(below):
            return None  # "detained them on Saturday after rebels tried ..., attacking"
        if below.dep_ == "conj" and any(c.dep_ in _SUBJECT_DEPS for c in children(below)):
            return None  # "shelled the town last week, and rebels have seized ..."
        if any(token.i == ent.root.i for token in predicate_scope(governor)):
            return resolved
        below = governor
    return None


def in_framing_clause(token: Token) -> bool:
    """Whether a token is inside a framing clause ("... after rebels tried to seize
    power, attacking parliament"), whose event happened at some other time."""
    return _framing_clause(token) is not None


# Words that put a framed event on the same day as its frame: "shortly after".
SAME_DAY_WORDS = frozenset({"shortly", "soon", "just", "moments", "hours", "minutes",
                            "immediately", "right"})
# Framing words whose distance in days can be read: "a day after", "two days before".
COUNTED_FRAMES = {"after": -1, "following": -1, "before": 1}


def framed_date(token: Token, published: date) -> ResolvedDate | None:
    """The day of an event told in a framing clause whose distance from the sentence's
    own day is given: "on Tuesday, a day after the premier resigned" (Monday); "on
    Monday, shortly after police cleared the square" (Monday). None otherwise."""
    clause = _framing_clause(token)
    shift = frame_shift(token)
    if clause is None or shift is None:
        return None
    inside = {t.i for t in clause.subtree} - _main_clauses(clause, _frame_marker(clause))
    # The day of the clause the frame hangs on, which may not be the sentence's only
    # day: "said on Wednesday it had shot down jets overnight, hours after ..." counts
    # from the night, not from the statement.
    main = clause.head.head if clause.dep_ == "pcomp" else clause.head
    base = attach_date(main, published) if main.i not in inside else None
    if base is not None and base.precision == "day":
        return shift_day(date.fromisoformat(base.date), shift)
    days = [resolved for ent in sentence_entities(token.sent)
            if ent.label_ == "DATE" and ent.root.i not in inside
            and (resolved := resolve_entity(ent, published)) is not None
            and resolved.precision == "day"]
    if len(days) != 1:
        return None
    return shift_day(date.fromisoformat(days[0].date), shift)


def frame_shift(token: Token) -> tuple[int, str] | None:
    """How far an event told in a framing clause lies from its sentence's own day, as
    (signed count, unit), when the text says: "a day after the premier resigned" is
    (-1, "day"), "shortly after" (0, "day"). None otherwise."""
    clause = _framing_clause(token)
    if clause is None:
        return None
    marker = _frame_marker(clause)
    sign = COUNTED_FRAMES.get(marker.lower_) if marker is not None else None
    offset = _frame_offset(clause, marker) if sign is not None else None
    if offset is None or sign is None:
        return None
    count, unit = offset
    return sign * count, unit


def shift_day(day: date, shift: tuple[int, str]) -> ResolvedDate:
    """The day `shift` (see `frame_shift`) away from `day`; a month or year for those
    units ("three months after": that month)."""
    count, unit = shift
    if unit == "month":
        year, month = _shift_month(day.year, day.month, count)
        return _resolved(date(year, month, 1), "month")
    if unit == "year":
        return _resolved(date(day.year + count, 1, 1), "year")
    return _resolved(day + timedelta(days=count * (7 if unit == "week" else 1)), "day")


def _framing_clause(token: Token) -> Token | None:
    below = token
    for clause in (token, *token.ancestors):
        if _frames(clause):
            if clause is not below and below.i < _frame_marker(clause).i:
                return None  # the main clause, which the parser hung below the frame
            return clause
        below = clause
    return None


def _main_clauses(clause: Token, marker: Token) -> set[int]:
    """Tokens of the clauses a misparse hangs below a framing clause, before its
    conjunction ("The president dissolved parliament on Friday, a day after ...")."""
    return {t.i for c in children(clause) if c.i < marker.i and c.dep_ in ("ccomp", "conj")
            for t in c.subtree}


def _frame_marker(clause: Token) -> Token | None:
    """The conjunction or preposition that frames a clause ("after", "before")."""
    if clause.dep_ == "pcomp":
        return clause.head
    return next((c for c in children(clause)
                 if c.dep_ == "mark" and c.lower_ in FRAME_PREPOSITIONS), None)


_FRAME_UNITS = frozenset({"day", "week", "month", "year"})


def _frame_offset(clause: Token, marker: Token) -> tuple[int, str] | None:
    """The distance between a framed event and its frame, when the text says, as a
    count and a unit: "a day after" (1, "day"), "two weeks after" (2, "week"), "three
    months after" (3, "month"), "a year after" (1, "year"), "shortly after" (0, "day").
    The parser may hang the clause on the distance itself ("on Friday, the day after
    Somalia accused ...": "accused" under "day")."""
    units = [clause.head] if clause.dep_ == "advcl" and clause.head.dep_ == "npadvmod" else []
    for word in (*children(clause), *children(marker), *units):
        lower = word.lower_
        if word.dep_ in ("advmod", "npadvmod") and lower in SAME_DAY_WORDS:
            return 0, "day"
        unit = word.lemma_.lower()
        if word.dep_ == "npadvmod" and unit in _FRAME_UNITS:
            counts = [c for c in children(word) if c.dep_ in ("nummod", "det")]
            if not counts:
                return None
            count = counts[0].lower_
            number = int(count) if count.isdigit() else _NUMBERS.get(count)
            number = 1 if count == "the" else number
            return (number, unit) if number is not None else None
    return None


def _frames(clause: Token) -> bool:
    """A clause introduced by a framing conjunction ("after they tried ...", "before
    the vote"): another event, with its own time. The parser may hang it as an
    adverbial clause, as a conjunct ("..., a day after the premier resigned") or even as
    the root, with the main clause below it (see :func:`_main_clauses`)."""
    if clause.dep_ == "pcomp":
        return clause.head.lower_ in FRAME_PREPOSITIONS
    return clause.dep_ in ("advcl", "conj", "ROOT") and any(
        c.dep_ == "mark" and c.lower_ in FRAME_PREPOSITIONS for c in children(clause))


FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "shall"})
# Heads whose infinitive is an act still to come: "plans to visit Brussels in July",
# "is due to start talks next week", "agreed on Thursday to resume talks next week".
PLANNING_HEADS = frozenset(
    "plan intend due schedule set expect prepare aim poise slate agree decide promise "
    "pledge vow".split()
)


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a token is in ("talks" in "start talks": "start"; "will"
    in "will travel": "travel")."""
    verb = token.head if token.dep_ in ("aux", "auxpass") else token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _planned_verb(trigger: Token) -> Token | None:
    """The verb of the trigger's act when the act is told as still to come, else None:
    the verb itself when it is future ("Tokyo will impose sanctions", "he said he would
    step down by October"), or the infinitive a planning head governs ("plans to visit
    Brussels in July", "are due to start talks next week"), also through a purpose
    clause ("will travel to Washington in February to meet Trump"). Dates below it
    are when the act is planned for; the announcement's are above it."""
    verb, planned = _clause_verb(trigger), None
    if _scheduled(verb):
        return verb
    while True:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in children(verb)):
            return verb
        if verb.dep_ not in ("xcomp", "advcl") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children(verb)):
            return planned
        head = verb.head
        if verb.dep_ == "xcomp" and (head.lemma_.lower() in PLANNING_HEADS or (
                head.lemma_.lower() == "go" and head.tag_ == "VBG")):  # "is going to"
            planned = verb
        verb = head


def _scheduled(verb: Token) -> bool:
    """A dated present simple verb in the body of a story tells a schedule: "the
    sanctions take effect on June 1", "Putin meets Xi in Beijing on Friday". A headline
    tells past news so ("Syria shells Turkish town on Sunday")."""
    return (verb.tag_ in ("VBZ", "VBP") and not _is_headline(verb.sent)
            and not any(c.dep_ in ("aux", "auxpass") for c in children(verb))
            and any(t.ent_type_ == "DATE" for t in predicate_scope(verb)))


def _is_headline(sentence: Span) -> bool:
    """A sentence with no closing stop: a headline or a title line."""
    words = [t for t in tokens_of(sentence) if not t.is_space]
    return not words or words[-1].text not in (".", "!", "?", '"', "\u201d", "'")


def in_planned_clause(token: Token) -> bool:
    """Whether a word belongs to an act told as still to come (see `_planned_verb`):
    "ministers will meet on Monday": "Monday" is no day the story tells of."""
    return _planned_verb(token) is not None


def _governing_date(trigger: Token, published: date,
                    sisters: bool = True) -> ResolvedDate | None:
    """The nearest date of a predicate that governs the trigger (the statement's). With
    `sisters` false, a clause coordinated with its own subject is not a statement
    ("ministers will meet on Monday, and Zelensky plans to visit in July")."""
    below = trigger
    for governor in trigger.ancestors:
        if not sisters and below.dep_ == "conj" and any(
                c.dep_ in _SUBJECT_DEPS for c in children(below)):
            return None
        resolved = _scope_date(governor, published,
                               skip=lambda ent: ent.start <= trigger.i < ent.end)
        if resolved is not None:
            return resolved
        below = governor
    return None


def _scope_date(predicate: Token, published: date,
                skip: Callable[[Span], bool] = lambda ent: False) -> ResolvedDate | None:
    """The first date entity in a predicate's scope (`predicate_scope`) that resolves
    and that `skip` does not rule out."""
    scope = predicate_scope(predicate)
    reached = {token.i for token in scope}
    for token in scope:
        if (token.lower_ == "overnight" and not token.ent_type_ and token.dep_ == "advmod"
                and token.head.lower_ != "into"):  # untagged; "overnight into" dates its day
            return resolve_date_expression(token.text, published)
        if token.lower_ == "ago" and not token.ent_type_:  # "a fortnight ago", untagged
            resolved = resolve_date_expression(
                " ".join(t.text for t in token.subtree), published)
            if resolved is not None:
                return resolved
        if _is_on_ordinal(token):  # "on the 5th", tagged as a rank
            return resolve_date_expression(f"the {token.text}", published)
        year = _event_year(token, published)
        if year is not None:
            return year
        if _is_untagged_weekday(token):  # "between Friday and Sunday", "Friday" untagged
            return resolve_date_expression(token.text, published)
        ent = _entity_of(token, _DATE_LABELS)
        # An entity whose head word lies outside the scope is another predicate's,
        # merged by the tagger with a word of this one ("died on Sept. 16, three days
        # after she was arrested": "three days" is the arrest's, "Sept. 16" is not).
        if ent is None or ent.root.i not in reached or skip(ent):
            continue
        resolved = resolve_entity(ent, published)
        if resolved is not None:
            return resolved
    return None


def _is_untagged_weekday(token: Token) -> bool:
    """A weekday named after "on", "between" or "from" that the tagger did not tag as a
    date (it sometimes takes "Friday" for a name)."""
    return (token.ent_type_ not in _DATE_LABELS and token.lower_ in _WEEKDAYS
            and token.text[:1].isupper() and token.dep_ == "pobj"
            and token.head.lower_ in ("on", "between", "from"))


# Nouns of a long event a year may name ("during the 2022 fighting"), besides EVENT_NOUNS.
_PERIOD_NOUNS = frozenset(
    "conflict uprising revolution crisis hostilities campaign occupation annexation "
    "insurgency unrest war fighting".split())
# Prepositions that put an act within an event: "during the 2022 fighting".
_WITHIN = frozenset({"during", "in", "throughout"})


def _event_year(token: Token, published: date) -> ResolvedDate | None:
    """The year that names an event the act happened within: "shelled towns during the
    2022 fighting", "were killed in the 2020 war" (the tagger leaves such a year
    untagged, a number, or folds it into an event name that does not resolve)."""
    noun = token.head
    if (token.dep_ not in ("nummod", "compound", "amod") or not _YEAR.match(token.text)
            or noun.lemma_.lower() not in EVENT_NOUNS | _PERIOD_NOUNS
            or noun.dep_ != "pobj" or noun.head.lower_ not in _WITHIN
            or int(token.text) > published.year):
        return None
    return _resolved(date(int(token.text), 1, 1), "year")


# A time long enough ago that no year is told: "in the 1990s", "in the early 2000s",
# "decades ago", "years ago". An act told with one is undated (ANNOTATION.md: unknown).
_DECADE = re.compile(r"(?i)^(?:in |during |by )?(?:the )?(?:(?:early|mid|late)[- ])?"
                     r"(?:1[89]|20)\d0'?s$|^(?:the )?'\d0s$")
_VAGUE_AGO = re.compile(r"(?i)^(?:(?:many|several|some|a few|few) )?"
                        r"(?:years|decades|centuries|generations) ago$")


def _is_vague_past(text: str) -> bool:
    text = text.strip()
    return bool(_DECADE.match(text) or _VAGUE_AGO.match(text))


def told_long_ago(trigger: Token) -> bool:
    """Whether the trigger's predicate is dated only by a time with no year ("fought a
    war in the 1990s", "expelled them decades ago"): its date is unknown, rather than
    the day of the story."""
    for token in predicate_scope(trigger):
        if token.lower_ == "ago" and not token.ent_type_:
            if _is_vague_past(" ".join(t.text for t in token.subtree)):
                return True
            continue
        ent = _entity_of(token, _DATE_LABELS)
        if (ent is not None and ent.root.i == token.i and _is_vague_past(ent.text)
                and ent.root.head.lower_ not in FRAME_PREPOSITIONS):  # not "since the 1990s"
            return True
    return False


def _is_on_ordinal(token: Token) -> bool:
    """A bare ordinal the tagger takes for a rank but that names a day: "on the 5th"."""
    return (token.ent_type_ == "ORDINAL" and token.dep_ == "pobj"
            and token.head.lower_ == "on"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children(token)))


def _first_told_date(predicates: Iterable[Token], published: date) -> ResolvedDate | None:
    """The date (not a planned time) in the scope of the first predicate that has one."""
    for predicate in predicates:
        resolved = _scope_date(predicate, published, skip=_is_planned)
        if resolved is not None:
            return resolved
    return None


def _shares_subject(conjunct: Token) -> bool:
    """A coordinated verb with no subject of its own: "stormed ... and set fire ..."."""
    return (conjunct.dep_ == "conj" and conjunct.pos_ == "VERB"
            and conjunct.head.pos_ == "VERB"
            and not any(c.dep_ in _SUBJECT_DEPS for c in children(conjunct)))


def _coordinated_date(trigger: Token, published: date) -> ResolvedDate | None:
    """The date of a verb coordinated with the trigger under one subject ("Protesters
    stormed the headquarters and set fire to a house on Tuesday night": both acts are
    Tuesday's). A conjunct with a subject of its own is another clause ("..., and a
    court on Wednesday ordered him held") and lends nothing."""
    if trigger.pos_ != "VERB":
        return None
    sisters = [c for c in children(trigger) if _shares_subject(c)]
    if _shares_subject(trigger):
        sisters.append(trigger.head)
    return _first_told_date((s for s in sisters if not in_framing_clause(s)), published)


def _participle_date(trigger: Token, published: date) -> ResolvedDate | None:
    """The date of a present participle clause that goes with the trigger's verb or
    its subject ("Speaking to reporters on Tuesday, the minister condemned ...", "The
    president, visiting Kyiv on Thursday, pledged ..."): it tells what the actor was
    doing as they acted, on the same day."""
    if trigger.pos_ != "VERB":
        return None
    holders = [trigger, *(c for c in children(trigger) if c.dep_ in _SUBJECT_DEPS)]
    return _first_told_date(
        (clause for holder in holders for clause in children(holder)
         if clause.dep_ in ("advcl", "acl") and clause.tag_ == "VBG"
         and not any(c.dep_ in ("mark", *_SUBJECT_DEPS) for c in children(clause))),
        published)


# Acts of gathering or moving that a relative clause tells of the people an act is
# done to or by, at the time of the act: "fired tear gas at supporters who gathered in
# Dakar on Sunday". Not "the village that troops captured in 2019": an earlier act.
CONCURRENT_GATHERINGS = frozenset({
    "gather", "march", "rally", "protest", "assemble", "demonstrate", "converge", "flock",
    "mass", "riot", "storm", "cross", "approach", "flee", "camp", "swarm",
})


def _relative_gathering_date(trigger: Token, published: date) -> ResolvedDate | None:
    """The date of a past simple relative clause of gathering or moving on the trigger's
    subject or object ("Police arrested students who marched on parliament on Sunday";
    "Gunmen who stormed a post on Sunday killed four officers"): the same occasion."""
    if trigger.pos_ != "VERB":
        return None
    holders = [c for c in children(trigger) if c.dep_ in (*_SUBJECT_DEPS, "dobj", "dative")]
    holders += [o for c in children(trigger) if c.dep_ == "prep"
                for o in children(c) if o.dep_ == "pobj"]
    return _first_told_date(
        (clause for holder in holders for clause in children(holder)
         if clause.dep_ == "relcl" and clause.tag_ == "VBD"
         and clause.lemma_.lower() in CONCURRENT_GATHERINGS
         and not any(c.dep_ == "aux" for c in children(clause))), published)


def _concurrent_clause_date(trigger: Token, published: date) -> ResolvedDate | None:
    """The date of a "when"/"as"/"while" clause of the trigger's verb: "Three civilians
    were wounded when drones struck a village on Sunday" (the harm is Sunday's)."""
    if trigger.pos_ != "VERB":
        return None
    return _first_told_date(
        (clause for clause in children(trigger) if clause.dep_ == "advcl"
         and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "while")
                 for c in children(clause))), published)


def _counted_from_statement(trigger: Token, published: date) -> ResolvedDate | None:
    """A day counted from the day of the statement that governs the trigger: "The army
    said on Friday it had struck targets the previous night" (Thursday)."""
    offset = attach_narrative_offset(trigger)
    said = _governing_date(trigger, published) if offset is not None else None
    if said is None or said.precision != "day" or offset is None:
        return None
    return _resolved(date.fromisoformat(said.date) + timedelta(days=offset), "day")


def _is_last_night(token: Token) -> bool:
    """A bare "overnight" or "last night" (not "overnight Thursday", "overnight into
    Sunday"), which counts back from the day it is told on."""
    if token.lower_ not in ("night", "overnight"):
        return False  # asked of every word in a scope: the entity only for these two
    ent = _entity_of(token, _DATE_LABELS)
    if token.lower_ == "night":
        return token.i > 0 and token.nbor(-1).lower_ == "last" and (
            ent is None or ent.text.lower() == "last night")
    return (token.lower_ == "overnight" and token.head.lower_ != "into"
            and (ent is None or ent.text.lower() == "overnight")
            and not (token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "into"))


def _night_before_statement(trigger: Token, published: date) -> ResolvedDate | None:
    """"The army said on Sunday it struck targets overnight" (or "last night"): the night
    before the dated statement, rather than the one before publication."""
    night = next((t for t in predicate_scope(trigger) if _is_last_night(t)), None)
    if night is None:
        return None
    for governor in trigger.ancestors:
        if night in predicate_scope(governor):
            continue  # the light verb of "launched strikes overnight": the night's own
        said = _scope_date(governor, published, skip=lambda ent: ent.start <= trigger.i < ent.end)
        if said is not None:
            return (_resolved(date.fromisoformat(said.date) - timedelta(days=1), "day")
                    if said.precision == "day" else None)
    return None


@functools.lru_cache(maxsize=1024)
def _is_deictic_day(ent: Span) -> bool:
    """A day named from the teller's own day: "yesterday", "today", "this morning"."""
    # memoised like `date_text`: asked of a sentence's dates for every trigger in it
    words, stripped = _tokens(date_text(ent))
    return _relative_day(words, LATEST, stripped) is not None


def _deictic_before_statement(trigger: Token, published: date) -> ResolvedDate | None:
    """"The army said on Friday its troops killed ten militants yesterday": a day named
    from the statement's own day, when the statement is dated before publication
    (Thursday, not the day before the story). So is a day that, named from
    publication, would fall after the statement: "Iran said on Friday that jets struck
    a base on Monday" (the Monday before that Friday, not this week's)."""
    scope = predicate_scope(trigger)
    reached = {token.i for token in scope}
    dates = [e for t in scope if (e := _entity_of(t, _DATE_LABELS)) is not None
             and e.root.i in reached and not _is_planned(e)]
    ent = next((e for e in dates if _is_deictic_day(e)), None)
    told = None
    if ent is None:
        ent = next((e for e in dates if resolve_entity(e, published) is not None), None)
        told = ent and resolve_entity(ent, published)
    if ent is None:
        return None
    below, reported = trigger, False  # reported: in a clausal complement, what is said
    for governor in trigger.ancestors:
        reported, below = reported or below.dep_ == "ccomp", governor
        if ent.root in predicate_scope(governor):
            continue  # a light verb's own date
        said = _scope_date(governor, published, skip=lambda e: e.start <= trigger.i < e.end)
        if said is None:
            continue
        if said.precision != "day" or said.date >= published.isoformat():
            return None
        if told is not None and (told.date <= said.date or not reported):
            return None  # named from publication, it fits: the other rules date it
        return resolve_entity(ent, date.fromisoformat(said.date))
    return None


@functools.lru_cache(maxsize=1024)
def attach_date(trigger: Token, published: date) -> ResolvedDate | None:
    """The date of the event the trigger denotes, resolved against `published`.

    Rules, in order:
      1. The nearest DATE/TIME entity in the trigger's predicate scope
         (`predicate_scope`) that resolves: "agreed Friday", "strikes ... on
         Thursday night", "the Oct. 7 attack", "a meeting on Friday", "held talks ...
         in November". Dates inside relative clauses, clausal complements and
         "after/following ..." phrases belong to other predicates and are skipped,
         as are planned times ("called a strike for Tuesday").
      1b. Otherwise the date of a present participle clause of the verb or its
         subject ("Speaking on Tuesday, the minister condemned ..."; see
         `_participle_date`), or a day counted from the governing statement's day
         ("said on Tuesday it had arrested him the day before"; see
         `_counted_from_statement`).
      2. Otherwise, if the sentence has exactly one resolvable DATE entity and it is
         in the scope of a predicate that governs the trigger ("On Friday, the
         minister said Israel had attacked ..."; see `_sole_sentence_date`), that one.
      3. Otherwise the date of a verb coordinated with the trigger under the same
         subject ("stormed ... and set fire to ... on Tuesday night"; see
         `_coordinated_date`).

    Args:
        trigger: the token naming the event.
        published: the article's publication date.

    Returns:
        The resolved date, or None (the caller falls back to the publication date).
    """
    # memoised per (token, day) like `predicate_scope`: a sentence's main verb is dated
    # for the story's days and again as an event's trigger; ResolvedDate is frozen
    planned = _planned_verb(trigger)
    if planned is not None:
        # "said on Friday he would step down by October": the announcement is dated,
        # the announced act is not yet (ANNOTATION.md: committed acts are coded).
        return _governing_date(planned, published, sisters=False)
    return (_night_before_statement(trigger, published)
            or _deictic_before_statement(trigger, published)
            or _scope_date(trigger, published, skip=_is_planned)
            or _participle_date(trigger, published)
            or _counted_from_statement(trigger, published)
            or _sole_sentence_date(trigger, published)
            or _coordinated_date(trigger, published)
            or _relative_gathering_date(trigger, published)
            or _concurrent_clause_date(trigger, published))
