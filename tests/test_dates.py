"""Date expressions resolved against the publication date, and attached to predicates."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import (
    ResolvedDate,
    attach_date,
    attach_narrative_offset,
    date_text,
    framed_date,
    in_framing_clause,
    narrative_offset,
    predicate_scope,
    resolve_date_expression,
    told_long_ago,
)

SATURDAY = date(2024, 1, 13)  # the ANNOTATION.md example: published Saturday 2024-01-13


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        # weekdays: the most recent such day; the publication weekday is that day
        ("Friday", "2024-01-12", "day"),
        ("on Friday", "2024-01-12", "day"),
        ("late Thursday", "2024-01-11", "day"),
        ("Thursday night", "2024-01-11", "day"),
        ("early Friday morning", "2024-01-12", "day"),
        ("Sunday", "2024-01-07", "day"),
        ("Saturday", "2024-01-13", "day"),
        ("on Saturday", "2024-01-13", "day"),
        ("last Tuesday", "2024-01-09", "day"),
        ("last Saturday", "2024-01-06", "day"),
        ("next Monday", "2024-01-15", "day"),
        ("Thursday's", "2024-01-11", "day"),
        ("this past Sunday", "2024-01-07", "day"),
        ("Friday local time", "2024-01-12", "day"),
        # a part of a named day
        ("the early hours of Thursday", "2024-01-11", "day"),
        ("on the evening of Jan. 10", "2024-01-10", "day"),
        # days relative to publication
        ("today", "2024-01-13", "day"),
        ("this morning", "2024-01-13", "day"),
        ("tonight", "2024-01-13", "day"),
        ("earlier today", "2024-01-13", "day"),
        ("yesterday", "2024-01-12", "day"),
        ("yesterday afternoon", "2024-01-12", "day"),
        ("last night", "2024-01-12", "day"),
        ("overnight", "2024-01-12", "day"),
        ("tomorrow", "2024-01-14", "day"),
        ("two days ago", "2024-01-11", "day"),
        ("10 days ago", "2024-01-03", "day"),
        # calendar days: without a year the most recent on or before publication
        ("Oct. 7", "2023-10-07", "day"),
        ("October 7", "2023-10-07", "day"),
        ("7 October", "2023-10-07", "day"),
        ("Oct 7th", "2023-10-07", "day"),
        ("the 7th of October", "2023-10-07", "day"),
        ("on Jan. 5", "2024-01-05", "day"),
        ("Jan. 13", "2024-01-13", "day"),
        ("Jan. 14", "2023-01-14", "day"),
        ("Dec. 31", "2023-12-31", "day"),
        ("Friday, Jan. 12", "2024-01-12", "day"),
        ("Oct. 7, 2023", "2023-10-07", "day"),
        ("Jan. 5-6", "2024-01-05", "day"),
        # a date the tagger merged with a following distance ("..., two days after")
        ("Jan. 9, two days", "2024-01-09", "day"),
        # one entity for a span of two times starts at the first
        ("November and early December", "2023-11-01", "month"),
        ("between Jan. 5 and 7", "2024-01-05", "day"),
        ("from Jan. 5 to 7", "2024-01-05", "day"),
        ("late Sunday or early Monday", "2024-01-07", "day"),
        ("Friday-Saturday", "2024-01-12", "day"),
        ("overnight Thursday", "2024-01-11", "day"),
        ("7 October 2023", "2023-10-07", "day"),
        ("March 3, 2022", "2022-03-03", "day"),
        ("2024-01-12", "2024-01-12", "day"),
        ("Feb. 29", "2020-02-29", "day"),
        # weeks: the Monday of the week
        ("last week", "2024-01-01", "week"),
        ("this week", "2024-01-08", "week"),
        ("earlier this week", "2024-01-08", "week"),
        ("next week", "2024-01-15", "week"),
        # weeks counted back: that weekday, as "21 days ago"
        ("three weeks ago", "2023-12-23", "day"),
        ("a week ago", "2024-01-06", "day"),
        ("a fortnight ago", "2023-12-30", "day"),
        # a night is dated by its evening; "the past weekend" is a weekend, not a span
        ("overnight into Sunday", "2024-01-06", "day"),
        ("Friday night into Saturday", "2024-01-12", "day"),
        ("the past weekend", "2024-01-13", "day"),
        # an eve is the day before, which may be the publication day (a Saturday story)
        ("on the eve of Sunday", "2024-01-13", "day"),
        ("the eve of Jan. 10", "2024-01-09", "day"),
        ("end-December", "2023-12-01", "month"),
        # fixed holidays: the most recent one
        ("on Christmas Eve", "2023-12-24", "day"),
        ("New Year's Day", "2024-01-01", "day"),
        ("New Year's Eve", "2023-12-31", "day"),
        # weekends: the Saturday
        ("over the weekend", "2024-01-13", "day"),
        ("next weekend", "2024-01-20", "day"),
        # in a weekend story "last weekend" is the one before, "this past weekend" this one
        ("last weekend", "2024-01-06", "day"),
        ("this past weekend", "2024-01-13", "day"),
        ("earlier in the week", "2024-01-08", "week"),
        # months: the first of the month, across the year boundary
        ("late December", "2023-12-01", "month"),
        ("December", "2023-12-01", "month"),
        ("early March", "2023-03-01", "month"),
        ("mid-January", "2024-01-01", "month"),
        ("January", "2024-01-01", "month"),
        ("in October last year", "2023-10-01", "month"),
        ("March this year", "2024-03-01", "month"),
        ("February next year", "2025-02-01", "month"),
        ("last January", "2023-01-01", "month"),
        ("next March", "2024-03-01", "month"),
        ("January 2023", "2023-01-01", "month"),
        ("in Dec. 2022", "2022-12-01", "month"),
        ("last month", "2023-12-01", "month"),
        ("late last month", "2023-12-01", "month"),
        ("this month", "2024-01-01", "month"),
        ("earlier this month", "2024-01-01", "month"),
        ("next month", "2024-02-01", "month"),
        ("two months ago", "2023-11-01", "month"),
        # years: January 1
        ("last year", "2023-01-01", "year"),
        ("earlier this year", "2024-01-01", "year"),
        ("next year", "2025-01-01", "year"),
        ("in 2016", "2016-01-01", "year"),
        ("2016", "2016-01-01", "year"),
        ("late 2023", "2023-01-01", "year"),
        ("five years ago", "2019-01-01", "year"),
        # a bare day of the month: the most recent one, last month's if still to come
        ("on the 5th", "2024-01-05", "day"),
        ("the 21st", "2023-12-21", "day"),
        # a week of a month is told to the month; "two Sundays ago" the Sunday before last
        ("in the first week of December", "2023-12-01", "month"),
        ("the last week of December", "2023-12-01", "month"),
        ("two Fridays ago", "2024-01-05", "day"),
        ("the day before yesterday", "2024-01-11", "day"),
        ("the weekend before last", "2023-12-30", "day"),
        ("the week before last", "2023-12-25", "week"),
        # a season is told to its year: the latest begun, the latest over ("last")
        ("last summer", "2023-01-01", "year"),
        ("in the autumn", "2023-01-01", "year"),
        ("summer 2021", "2021-01-01", "year"),
        ("the winter of 2019", "2019-01-01", "year"),
        ("in the spring of 2020", "2020-01-01", "year"),
        # decades counted back: the year so many tens of years back
        ("a decade ago", "2014-01-01", "year"),
        ("three decades ago", "1994-01-01", "year"),
        # a part of a year or a month is told to it
        ("in the first half of 2022", "2022-01-01", "year"),
        ("the closing months of last year", "2023-01-01", "year"),
        ("the last days of November", "2023-11-01", "month"),
        ("last Christmas", "2023-12-25", "day"),
    ],
)
def test_resolve_date_expression(text: str, expected: str, precision: str) -> None:
    assert resolve_date_expression(text, SATURDAY) == ResolvedDate(expected, precision)


@pytest.mark.parametrize(
    "text",
    [
        "for years",
        "recent years",
        "in recent days",
        "decades",
        "weeklong",
        "the first time",
        "third term",
        "more than a year",
        "the last year",
        "the past week",
        "over the past two years",
        "years",
        "a year",
        "the 1990s",
        "decades ago",
        "2016-17",
        "Feb. 30",
        "the same day",
        "the 5",
        "13th",
        "the last week of talks",
        "the fall of Kabul",
        "",
    ],
)
def test_durations_and_non_dates_resolve_to_none(text: str) -> None:
    assert resolve_date_expression(text, SATURDAY) is None


def test_earlier_in_the_month_or_year_is_that_of_publication() -> None:
    assert resolve_date_expression("earlier in the month", SATURDAY) == ResolvedDate(
        "2024-01-01", "month")
    assert resolve_date_expression("later in the year", SATURDAY) == ResolvedDate(
        "2024-01-01", "year")


def test_weekday_on_a_wednesday() -> None:
    wednesday = date(2024, 1, 10)
    assert resolve_date_expression("Thursday", wednesday) == ResolvedDate("2024-01-04", "day")
    assert resolve_date_expression("Wednesday", wednesday) == ResolvedDate("2024-01-10", "day")
    assert resolve_date_expression("this Friday", wednesday) == ResolvedDate("2024-01-12", "day")
    assert resolve_date_expression("this weekend", wednesday) == ResolvedDate("2024-01-13", "day")


def test_month_arithmetic_across_years() -> None:
    march = date(2024, 3, 5)
    assert resolve_date_expression("four months ago", march) == ResolvedDate("2023-11-01", "month")
    assert resolve_date_expression("next December", march) == ResolvedDate("2024-12-01", "month")
    december = date(2023, 12, 20)
    assert resolve_date_expression("next month", december) == ResolvedDate("2024-01-01", "month")


# --- attach_date (model-backed) ---------------------------------------------------


def _token(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # a prepositional date on the verb, reached from the verb and its object noun
        (
            "The United States and Britain carried out strikes against 60 targets in "
            "Yemen on Thursday night.",
            "strikes",
            ("2024-01-11", "day"),
        ),
        # a bare weekday as npadvmod of the verb; an open complement shares it
        ("The two sides agreed Friday to extend the ceasefire.", "agreed", ("2024-01-12", "day")),
        ("The two sides agreed Friday to extend the ceasefire.", "extend", ("2024-01-12", "day")),
        # a date modifying an event noun
        (
            "Israel launched its offensive after the Oct. 7 attack by Hamas.",
            "attack",
            ("2023-10-07", "day"),
        ),
        # "after ..." frames the event: its date is not the trigger's
        ("Israel launched its offensive after the Oct. 7 attack by Hamas.", "launched", None),
        # a relative clause's date belongs to the relative clause
        (
            "The minister, who visited Kyiv last month, condemned the attack.",
            "condemned",
            None,
        ),
        (
            "The minister, who visited Kyiv last month, condemned the attack.",
            "visited",
            ("2023-12-01", "month"),
        ),
        # the event noun's own modifiers are not the reacting verb's
        (
            "On Friday the minister condemned the Oct. 7 attack.",
            "condemned",
            ("2024-01-12", "day"),
        ),
        # light verb + event noun: the verb's date is the noun's
        (
            "Biden held talks with Xi in San Francisco in November.",
            "talks",
            ("2023-11-01", "month"),
        ),
        (
            "Following a meeting in Washington on Friday, Blinken told reporters that the "
            "talks were productive.",
            "meeting",
            ("2024-01-12", "day"),
        ),
        # the sentence's only date, in the clause above the trigger
        (
            "On Friday, the minister said Israel had attacked the convoy.",
            "attacked",
            ("2024-01-12", "day"),
        ),
        (
            "Officials said the strike in the city of Kharkiv killed five people late Thursday.",
            "strike",
            ("2024-01-11", "day"),
        ),
        # a "when" clause is dated by its main clause, whose span of time two
        # coordinated dates name ("in March and early April": from March)
        (
            "Dozens of people died in March and early April when troops fired on the "
            "marchers.",
            "fired",
            ("2023-03-01", "month"),
        ),
        # the event a reprisal or protest answers keeps its own date
        (
            "Iran fired missiles at two bases, in retaliation for the killing of its "
            "general last week.",
            "fired",
            None,
        ),
        (
            "Thousands protested in the capital over the shooting of a student last month.",
            "protested",
            None,
        ),
        # a date right after a framing phrase is the framed event's ("ahead of ...")
        (
            "The ministry accused Kyiv of a planned provocation ahead of the presidential "
            "election in March.",
            "accused",
            None,
        ),
        # "since" a date: the act began then
        ("The army has deployed troops along the border since December.", "deployed",
         ("2023-12-01", "month")),
        # a day counted from the statement's day
        (
            "Police said on Tuesday that they had arrested the suspect the day before.",
            "arrested",
            ("2024-01-08", "day"),
        ),
        # the statement's day, hung by the parser on the complement before its subject
        (
            "The navy said on Thursday it had seized a smuggling boat the previous night.",
            "seized",
            ("2024-01-10", "day"),
        ),
        # a relative clause that only tells when the noun's event happened
        (
            "The attack, which took place on Sunday, killed 12 soldiers.",
            "attack",
            ("2024-01-07", "day"),
        ),
        # a present participle clause of the verb or its subject: the same day
        (
            "Speaking to reporters on Tuesday, the minister condemned the strikes.",
            "condemned",
            ("2024-01-09", "day"),
        ),
        (
            "The minister, visiting Kyiv on Thursday, pledged more aid.",
            "pledged",
            ("2024-01-11", "day"),
        ),
        # the sole date, but in the event noun a reacting verb governs
        ("Israel condemned the Oct. 7 attack.", "condemned", None),
        # durations are skipped
        ("Protesters clashed with police in Paris for years.", "clashed", None),
        # an act announced for the future is dated by its announcement
        (
            "The prime minister said on Friday that he would step down by October.",
            "step",
            ("2024-01-12", "day"),
        ),
        ("The government will lift the curfew on Monday.", "lift", None),
        # a planning head's infinitive is planned for its own date; the head is dated
        ("The foreign minister plans to visit Cairo in March.", "visit", None),
        ("Envoys are due to start talks in Geneva next week.", "talks", None),
        ("The rival leaders agreed on Friday to resume talks in March.", "talks",
         ("2024-01-12", "day")),
        # so is a purpose clause of a future act ("will travel ... to meet")
        ("The premier will travel to Ankara in February to meet Erdogan.", "meet", None),
        # a dated present simple verb in a story's body tells a schedule; in a headline,
        # past news
        ("The new tariffs take effect on March 1, officials said.", "tariffs", None),
        ("The president meets his Kenyan counterpart in Nairobi on Friday.", "meets", None),
        ("Syria shells Turkish border town on Sunday", "shells", ("2024-01-07", "day")),
        # a sister clause's date is no announcement of the planned act
        ("Ministers met in Rome on Thursday, and the envoy plans to visit Tehran in May.",
         "visit", None),
        # a date introduced by "for" is when the called-for act is planned
        ("Unions called a nationwide strike for Tuesday.", "called", None),
        # the sole date of a sister clause with its own subject is not the trigger's
        (
            "The army shelled the town last week, and rebels have seized two villages.",
            "seized",
            None,
        ),
        # coordinated verbs under one subject share the date
        (
            "Rioters looted the central market and burned several police cars on "
            "Tuesday night.",
            "looted",
            ("2024-01-09", "day"),
        ),
        # a place name the tagger merges into the date ("Kyiv last week") is dropped
        (
            "Russia launched a massive drone attack on Kyiv last week, Ukrainian officials "
            "said.",
            "attack",
            ("2024-01-01", "week"),
        ),
        # a framing phrase the tagger merges into the date is the frame's
        ("The two sides agreed to a ceasefire in mid-January after months of talks.",
         "agreed", ("2024-01-01", "month")),
        # the tagger leaves "overnight into" out of the date
        ("Russian drones attacked Odesa overnight into Sunday, officials said.", "attacked",
         ("2024-01-06", "day")),
        # the tagger leaves "a fortnight ago" untagged
        ("Britain expelled a Russian diplomat a fortnight ago.", "expelled",
         ("2023-12-30", "day")),
        # the tagger leaves "the eve of" out of a date that dates a noun
        ("Police detained 40 people on the eve of the Jan. 10 election.", "detained",
         ("2024-01-09", "day")),
        ("Hungary blocked the aid package on the eve of Sunday's summit.", "blocked",
         ("2024-01-13", "day")),
        # "overnight" the tagger leaves untagged is still the night before
        ("Russian drones attacked Odesa overnight, Ukraine's air force said on Saturday.",
         "attacked", ("2024-01-12", "day")),
        # "last night" in a statement dated before publication is the night before it
        ("The military said on Friday that its jets had struck targets in Lebanon last "
         "night.", "struck", ("2024-01-11", "day")),
        # a day that, named from publication, would fall after the statement reporting
        # it is named from the statement's day: the Monday before that Thursday
        ("The army said on Thursday that rebels shelled the port on Friday.", "shelled",
         ("2024-01-05", "day")),
        # "earlier in the week" of a statement dated last week is that week
        ("Officials said on Jan. 5 that rebels had attacked the port earlier in the week.",
         "attacked", ("2024-01-01", "week")),
        # "in response to ...": the act answered, with its own time
        ("Japan imposed sanctions on Moscow in response to Russia's seizure of a Japanese "
         "ship last week.", "imposed", None),
        # an "overnight" the parser hangs on a frame is still the act's night
        ("Israeli jets struck targets in southern Lebanon overnight after Hezbollah fired "
         "rockets at northern Israel, the Israeli army said on Friday.", "struck",
         ("2024-01-11", "day")),
        ("Turkish police detained more than 400 people overnight after a sixth night of "
         "protests, the interior minister said on Friday.", "detained", ("2024-01-11", "day")),
        # a holiday the tagger tags as an event
        ("Police detained dozens of activists on New Year's Eve.", "detained",
         ("2023-12-31", "day")),
        # a counting word the tagger leaves out of the date ("the day | before") counts
        (
            "Qatar said on Saturday that Israeli jets had struck Doha the day before.",
            "struck",
            ("2024-01-12", "day"),
        ),
        # the people an act is done to gathered then; an earlier capture is another time
        ("Riot police fired tear gas at farmers who rallied outside parliament on Tuesday.",
         "fired", ("2024-01-09", "day")),
        ("Rebels shelled the town that government troops captured on Tuesday.",
         "shelled", None),
        # harm in a "when" clause's time
        ("Two farmers were wounded when soldiers opened fire near the border on Tuesday.",
         "wounded", ("2024-01-09", "day")),
        # the year of an event the act happened within
        ("Militias burned dozens of villages during the 2019 uprising.", "burned",
         ("2019-01-01", "year")),
        ("Thousands of soldiers died in the 2020 war.", "died", ("2020-01-01", "year")),
        # a day told after the event noun acted on is the act's; one before it is not
        ("The minister condemned the raid on Tuesday night.", "condemned",
         ("2024-01-09", "day")),
        ("The minister condemned Tuesday's raid.", "condemned", None),
    ],
)
def test_attach_date(nlp, sentence: str, trigger: str, expected) -> None:
    doc = nlp(sentence)
    resolved = attach_date(_token(doc, trigger), SATURDAY)
    if expected is None:
        assert resolved is None
    else:
        assert resolved == ResolvedDate(*expected)


@pytest.mark.parametrize(
    ("text", "offset"),
    [("A day earlier", -1), ("the next day", 1), ("two days later", 2), ("a week earlier", -7),
     ("the day before", -1), ("later that day", 0), ("the previous night", -1),
     ("the night before", -1), ("last week", None), ("Friday", None), ("last night", None),
     ("in the 10 days before", None)],
)
def test_narrative_offset(text: str, offset: int | None) -> None:
    assert narrative_offset(text) == offset


@pytest.mark.slow
def test_predicate_scope_skips_relative_clauses(nlp) -> None:
    doc = nlp("Israel condemned the attack by Hamas that killed 1,200 people last year.")
    scope = {t.text for t in predicate_scope(_token(doc, "attack"))}
    assert {"attack", "Hamas"} <= scope
    assert not {"killed", "people", "year"} & scope


def test_date_expressions_are_resolved_once_per_day() -> None:
    assert resolve_date_expression("late Tuesday", SATURDAY) is resolve_date_expression(
        "late Tuesday", SATURDAY)


@pytest.mark.slow
def test_attach_date_and_scope_are_worked_out_once_per_word(nlp) -> None:
    # asked again for the same word (the story's days, then the event's date), the
    # answers are the remembered ones, not worked out anew
    doc = nlp("The ministry said on Thursday that troops shelled the border post overnight.")
    shelled = _token(doc, "shelled")
    assert predicate_scope(shelled) is predicate_scope(shelled)
    assert attach_date(shelled, SATURDAY) == ResolvedDate("2024-01-10", "day")
    assert attach_date(shelled, SATURDAY) is attach_date(shelled, SATURDAY)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # "a day after": the day before the sentence's own day
        (
            "The president dissolved parliament on Friday, a day after the prime minister "
            "resigned.",
            "resigned",
            ("2024-01-11", "day"),
        ),
        ("The army seized power on Friday, two days after the president fired the army "
         "chief.", "fired", ("2024-01-10", "day")),
        # weeks count seven days
        ("The soldier was sentenced on Thursday, two weeks after troops captured him.",
         "captured", ("2023-12-28", "day")),
        # months: that month
        ("A court on Friday ordered the mayor freed, three months after prosecutors "
         "charged him.", "charged", ("2023-10-01", "month")),
        # years: that year
        ("Rebels seized the capital on Friday, two years after government troops drove "
         "them out.", "drove", ("2022-01-01", "year")),
        # "shortly after": the same day
        ("The mayor spoke on Friday, shortly after police cleared the square.", "cleared",
         ("2024-01-12", "day")),
        # "before": later than the frame
        ("Rebels shelled the town on Friday, a day before the truce began.", "began",
         ("2024-01-13", "day")),
        # the tagger merges the day and the distance into one entity
        ("The activist was released on Jan. 9, two days after he was detained by "
         "soldiers.", "detained", ("2024-01-07", "day")),
        # the parser hangs the framed clause on the distance ("day" heads "accused")
        ("Kenya expelled two Somali diplomats on Friday, the day after Somalia accused "
         "Nairobi of meddling in its elections.", "accused", ("2024-01-11", "day")),
        # how long before or after is not said: no day
        ("Police detained 40 people on Friday after protesters attacked a bank.", "attacked",
         None),
        # counted from the clause the frame hangs on, not from the statement's day
        ("The army said on Friday it had shot down two drones overnight, hours after "
         "rebels shelled the port.", "shelled", ("2024-01-11", "day")),
    ],
)
def test_framed_date(nlp, sentence: str, trigger: str, expected) -> None:
    doc = nlp(sentence)
    token = _token(doc, trigger)
    assert in_framing_clause(token)
    resolved = framed_date(token, SATURDAY)
    assert resolved == (ResolvedDate(*expected) if expected else None)
    # the frame's own day is no longer lent to the framed event
    assert attach_date(token, SATURDAY) is None


@pytest.mark.slow
def test_main_clause_is_not_framed_when_the_parser_hangs_it_below_the_frame(nlp) -> None:
    doc = nlp("The president dissolved parliament on Friday, a day after the prime minister "
              "resigned.")
    assert not in_framing_clause(_token(doc, "dissolved"))
    assert attach_date(_token(doc, "dissolved"), SATURDAY) == ResolvedDate("2024-01-12", "day")


@pytest.mark.slow
def test_the_day_before_as_an_adverb_heading_the_day(nlp) -> None:
    # the parser makes "before" head "the day": the count is still read with it
    doc = nlp("Hungary blocked a new aid package on Tuesday, on the eve of an EU summit. "
              "Ukraine criticised Budapest the day before for delaying its membership talks.")
    day = next(ent for ent in doc.ents if ent.text == "the day")
    assert day.root.head.lower_ == "before"
    assert date_text(day) == "the day before"
    assert attach_narrative_offset(_token(doc, "criticised")) == -1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("The two armies fought a border war in the 1970s.", "fought", True),
        ("Rebels seized the mines in the early 2000s.", "seized", True),
        ("The monarchy exiled the family decades ago.", "exiled", True),
        ("The monarchy exiled the family two decades ago.", "exiled", False),
        ("Rebels seized the mines in 2003.", "seized", False),
        ("Rebels seized the mines on Monday.", "seized", False),
        # a time an ongoing state began, not the act's
        ("The rivals met in Geneva for the first time since the 1990s.", "met", False),
    ],
)
def test_told_long_ago(nlp, sentence: str, trigger: str, expected: bool) -> None:
    """A time with no year ("in the 1970s", "decades ago") leaves the act undated."""
    assert told_long_ago(_token(nlp(sentence), trigger)) is expected


@pytest.mark.slow
def test_untagged_night_before_counts_from_the_day_told(nlp) -> None:
    """"the night before" the tagger leaves untagged still counts back a day."""
    doc = nlp("Militants raided the village of Tarko the night before, burning homes.")
    assert not any(t.ent_type_ for t in doc if t.lower_ in ("night", "before"))
    assert attach_narrative_offset(_token(doc, "raided")) == -1


@pytest.mark.slow
def test_weekday_the_tagger_left_untagged(nlp) -> None:
    """"between Friday and Sunday" with only "Sunday" tagged (as the tagger sometimes
    does): the span starts on Friday."""
    from spacy.tokens import Span

    doc = nlp("Russian missiles hit Kharkiv between Friday and Sunday.")
    sunday = _token(doc, "Sunday").i
    doc.set_ents([Span(doc, sunday, sunday + 1, label="DATE")], default="outside")
    assert attach_date(_token(doc, "hit"), SATURDAY) == ResolvedDate("2024-01-12", "day")
