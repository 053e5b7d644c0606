"""Dates: finding date expressions in a sentence and normalizing them."""
from __future__ import annotations

import pytest

from briefing.extract.dates import Anchor, find_dates, resolve


def _dates(nlp, text, anchor=None, fallback=None):
    """(date_text, ISO date, inferred) for every date expression of `text`, resolved."""
    out = []
    for mention in find_dates(nlp(text)[:]):
        resolved = resolve(mention, Anchor.parse(anchor), fallback)
        out.append((mention.text, *resolved) if resolved else (mention.text, None, None))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The deal was signed on October 4, 2022.", [("on October 4, 2022", "2022-10-04", False)]),
        ("The deal was signed on Oct. 4, 2022.", [("on Oct. 4, 2022", "2022-10-04", False)]),
        ("The deal was signed on 4 October 2022.", [("on 4 October 2022", "2022-10-04", False)]),
        ("The deal was signed in October 2022.", [("in October 2022", "2022-10", False)]),
        ("The deal was signed in 2021.", [("in 2021", "2021", False)]),
        ("Japan has worked with NATO since 2014.", [("since 2014", "2014", False)]),
        ("The strategy is due by the end of 2022.", [("by the end of 2022", "2022", False)]),
        ("It requested $40 billion for its fiscal year 2023 budget.", [("fiscal year 2023", "2023", False)]),
        ("The FY2024 request grew.", [("FY2024", "2024", False)]),
        ("Kishida attended the alliance's 2022 event in Madrid.", [("2022", "2022", False)]),
        ("Growth resumed in mid-2020.", [("in mid-2020", "2020", False)]),
        ("Prices rose from 2014 to 2019.", [("from 2014 to 2019", "2014", False)]),
        ("The talks resumed on 2023-05-17.", [("on 2023-05-17", "2023-05-17", False)]),
        ("Costs peaked in the 1990s.", [("in the 1990s", "1990", False)]),
        ("The agency wants to reach Mars in the mid-2030s.", [("in the mid-2030s", "2030", False)]),
        ("The plague killed 25 million people in the 14th Century.", [("in the 14th Century", "1300", False)]),
        ("They observed Europa from February 2016 through May 2017.",
         [("from February 2016 through May 2017", "2016-02", False)]),
        ("Lawmakers doubt a crewed 2024 moon mission is feasible.", [("2024", "2024", False)]),
        ("Prices fell on Black Friday 2019.", [("2019", "2019", False)]),
    ],
)
def test_explicit_dates(nlp, text, expected):
    assert _dates(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The tests came during a 10-day period.",
        "Japan has worked with NATO for a little more than a decade.",
        "It took two years and cost $2,000 for 2,000 troops.",
        "The RTX 2060 is fast.",
        "Police found 2000 cases of fraud.",
        "He lives at 1909 Jolinda Drive.",
        "The 2016 MacBook Pro had a bad keyboard.",
        "They sell Football Manager 2020 and Farming Simulator 2019.",
        "The 1990s-style jacket sold out.",
        "She may go. April Ryan reported it.",
        "Shares rose 2020% overnight.",
    ],
)
def test_non_dates_are_ignored(nlp, text):
    assert _dates(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Critics ranked it beside 1984: The Movie and other classics.",
        "Fans still quote 2010: The Year We Make Contact at conventions.",
        "Readers picked the best budget phones of 2021.",
        "The top ten albums of 2018 were mostly debuts.",
    ],
)
def test_years_opening_titles_or_labelling_rankings_are_ignored(nlp, text):
    assert _dates(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plan changed in 2019: Officials said so.", [("in 2019", "2019", False)]),
        ("The talks began in 2019: they failed.", [("in 2019", "2019", False)]),
        ("The deadliest storm of 2017 hit Texas.", [("of 2017", "2017", False)]),
    ],
)
def test_years_before_a_colon_or_after_a_single_superlative_still_count(nlp, text, expected):
    assert _dates(nlp, text) == expected


def test_month_alone_takes_the_fallback_year(nlp):
    text = "In October, North Korea launched a missile over Japan."
    assert _dates(nlp, text, fallback=2022) == [("In October", "2022-10", True)]


def test_month_alone_without_any_year_is_unresolved(nlp):
    assert _dates(nlp, "In October, North Korea launched a missile.") == [("In October", None, None)]


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("In December, the plan failed.", "2023-03-10", "2022-12"),  # latest December before March 2023
        ("In December, the plan will start.", "2023-03-10", "2023-12"),  # future tense looks ahead
        ("In February, the plan failed.", "2023-03-10", "2023-02"),
        ("The army met on Oct. 4.", "2022-10-20", "2022-10-04"),
    ],
)
def test_month_alone_with_a_document_date(nlp, text, anchor, expected):
    assert _dates(nlp, text, anchor=anchor)[0][1:] == (expected, True)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor campaigned hard ahead of the vote on November 5.", "2024-11-05"),
        ("Crowds gathered for the upcoming election on November 5.", "2024-11-05"),
        ("The ruling was delayed until after the vote on November 5.", "2024-11-05"),
        ("Crowds gathered ahead of the vote on June 30.", "2024-06-30"),  # the nearest: just past
        ("Fans queued for the forthcoming concert in September.", "2024-09"),
        # no look-ahead: the latest one on or before the document date
        ("The mayor campaigned hard on November 5.", "2023-11-05"),
        ("The vote was held on November 5, ahead of the holidays.", "2023-11-05"),
        ("In January, the group met ahead of the vote.", "2024-01"),
    ],
)
def test_a_date_the_words_look_ahead_to_is_its_nearest_occurrence(nlp, text, expected):
    assert _dates(nlp, text, anchor="2024-07-24")[0][1:] == (expected, True)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trump, the nominee in the November election, suggested it.", "2024-11"),
        ("The March summit was cancelled.", "2024-03"),
        ("She won a third term in January elections.", "2024-01"),  # half a year either way: the past
        ("The city passed the rule in November.", "2023-11"),  # a date of the clause, not a label
        ("A December ordinance from the city said so.", "2023-12"),  # a thing, not a happening
    ],
)
def test_a_month_naming_a_happening_is_its_nearest_occurrence(nlp, text, expected):
    assert _dates(nlp, text, anchor="2024-07-24")[0][1:] == (expected, True)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sales fell last year.", ("last year", "2022")),
        ("Sales will rise next year.", ("next year", "2024")),
        ("Sales rose this year.", ("this year", "2023")),
        ("Sales fell last month.", ("last month", "2023-02")),
        ("The minister resigned yesterday.", ("yesterday", "2023-03-09")),
        ("The minister resigned on Tuesday.", ("on Tuesday", "2023-03-07")),  # 2023-03-10 is a Friday
        ("The minister will resign on Tuesday.", ("on Tuesday", "2023-03-14")),
    ],
)
def test_relative_dates_use_the_document_date(nlp, text, expected):
    assert _dates(nlp, text, anchor="2023-03-10") == [(*expected, True)]


@pytest.mark.parametrize("text", ["Sales fell last year.", "The minister resigned on Tuesday.", "He left yesterday."])
def test_relative_dates_without_document_date_are_unresolved(nlp, text):
    assert [d[1] for d in _dates(nlp, text, fallback=2022)] == [None]


def test_anchor_parses_partial_dates():
    assert Anchor.parse("2022-10") == Anchor(2022, 10, None)
    assert Anchor.parse(None) is None
    assert Anchor.parse("soon") is None


def test_sentence_whose_root_is_not_a_verb_is_handled(nlp):
    # the governing-verb walk stops at the root even when the root is a noun
    text = "Record sales in 2019, which analysts praised."
    assert [d[:2] for d in _dates(nlp, text)] == [("in 2019", "2019")]


@pytest.mark.parametrize(
    "text, past",
    [("The alliance adopted a strategy in 2021.", True), ("The alliance will adopt a strategy in 2021.", False),
     ("The alliance plans to adopt a strategy in 2021.", False)],
)
def test_mentions_know_whether_a_past_verb_governs_them(nlp, text, past):
    (mention,) = find_dates(nlp(text)[:])
    assert mention.past is past


@pytest.mark.parametrize(
    "text, attributive, happening",
    [
        ("The 2019 plan was approved.", True, False),
        ("It featured 1972's Toulouse Street.", True, False),
        ("Lawmakers debated the agency's 2020 budget request.", True, True),
        ("Lawmakers doubt a crewed 2024 moon mission is feasible.", True, True),
        ("The alliance adopted a strategy in 2021.", False, False),
    ],
)
def test_years_that_modify_a_noun_are_labels_unless_the_noun_is_a_happening(nlp, text, attributive, happening):
    (mention,) = find_dates(nlp(text)[:])
    assert (mention.attributive, mention.happening) == (attributive, happening)


@pytest.mark.parametrize(
    "text, reference, start_point",
    [
        ("The tariffs stayed in place since the trade war started in 2018.", True, True),
        ("Japan has worked with NATO since 2014.", True, True),
        ("The strategy is due by the end of 2022.", True, False),
        ("The alliance adopted a strategy in 2021.", False, False),
    ],
)
def test_reference_points_include_clauses_opened_by_since(nlp, text, reference, start_point):
    (mention,) = find_dates(nlp(text)[:])
    assert (mention.reference, mention.start_point) == (reference, start_point)


@pytest.mark.parametrize("text", ["The 21st century has brought new threats.", "The 19th-century fort still stands."])
def test_a_figure_of_speech_century_is_no_date(nlp, text):
    assert _dates(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister said Thursday that the talks would resume.", [("Thursday", "2023-03-09", True)]),
        ("The ministry confirmed the raid Sunday.", [("Sunday", "2023-03-05", True)]),
        ("The files, which were unsealed Tuesday, name three firms.", [("Tuesday", "2023-03-07", True)]),
        ("In a letter to the mayor Monday, the council objected.", [("Monday", "2023-03-06", True)]),
    ],
)
def test_a_weekday_closing_a_clause_is_a_date(nlp, text, expected):
    assert _dates(nlp, text, anchor="2023-03-10") == expected


@pytest.mark.parametrize(
    "text",
    ["Shoppers crowded the malls on Black Friday.", "Voters in twelve states turned out on Super Tuesday."],
)
def test_a_weekday_inside_a_name_is_no_date(nlp, text):
    assert _dates(nlp, text, anchor="2023-03-10") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Olympics were attacked by the group Black September.", []),
        ("The October Revolution changed Russia, he said in a speech in May.", [("in May", "2022-05", True)]),
        ("In September Congress voted on the bill.", [("In September", "2022-09", True)]),
        ("The attack happened in early September.", [("in early September", "2022-09", True)]),
    ],
)
def test_a_month_inside_a_name_is_no_date(nlp, text, expected):
    assert _dates(nlp, text, anchor="2023-03-10") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plant closed last September.", ("last September", "2022-09")),
        ("Sales collapsed last February.", ("last February", "2022-02")),  # this year's would be 'in February'
        ("The plant closed last March.", ("last March", "2022-03")),  # the document's own month
        ("The vote is due this November.", ("this November", "2023-11")),
        ("The talks resume next March.", ("next March", "2024-03")),
        ("The radar was moved between last September and this May.",
         ("between last September and this May", "2022-09")),  # a span: one mention
    ],
)
def test_a_month_after_last_this_or_next(nlp, text, expected):
    assert _dates(nlp, text, anchor="2023-03-10") == [(*expected, True)]


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("The envoy arrived earlier this week.", "2023-03-10", "2023-03"),  # Mon 6 .. Thu 9 March
        ("The envoy arrived earlier this week.", "2023-03-01", "2023-02"),  # Mon 27 .. Tue 28 February
        ("The vote takes place later this week.", "2023-03-10", "2023-03"),
        ("Prices fell this week.", "2023-03-10", "2023-03"),
        ("The envoy returned last week.", "2023-03-20", "2023-03"),
        ("The envoy returned last week.", "2024-01-02", "2023-12"),
        ("The envoy returned last week.", "2023-03-10", "2023"),  # 27 Feb .. 5 Mar: only the year is sure
        ("Attacks have grown in recent weeks.", "2023-07-20", "2023"),
        ("Fans rallied last weekend.", "2023-03-10", "2023-03"),
    ],
)
def test_weeks_are_a_month_only_when_they_lie_inside_one(nlp, text, anchor, expected):
    assert [d[1:] for d in _dates(nlp, text, anchor=anchor)] == [(expected, True)]


def test_recent_weeks_across_a_new_year_are_unresolved(nlp):
    assert [d[1] for d in _dates(nlp, "Attacks have grown in recent weeks.", anchor="2024-01-10")] == [None]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The orchestra is scheduled to perform on Saturday.", "2023-03-11"),  # a present schedule looks ahead
        ("The committees are set to gather this coming Friday.", "2023-03-17"),
        ("The senator will accept the nomination Friday.", "2023-03-10"),  # said on a Friday: today
        ("The orchestra was scheduled to perform on Saturday.", "2023-03-04"),
        ("The audit is to be handed to the board on April 2.", "2023-04-02"),  # 'is to': a schedule
        ("The firm is to open its plant on Saturday.", "2023-03-11"),
        ("The audit was to be handed to the board on April 2.", "2022-04-02"),  # a past plan
        ("The firm faces a fine when the regulator rules on November 19.", "2023-11-19"),
        ("The regulator ruled on November 19.", "2022-11-19"),
    ],
)
def test_a_schedule_or_a_clause_of_time_in_the_present_looks_ahead(nlp, text, expected):
    assert _dates(nlp, text, anchor="2023-03-10")[0][1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Today, the scheme has come to an end,” the prosecutor said.", []),
        ("The court ruled today.", [("today", "2023-03-10", True)]),
    ],
)
def test_today_inside_a_quotation_is_no_date(nlp, text, expected):
    assert _dates(nlp, text, anchor="2023-03-10") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Once a rich country, today the republic has the lowest wages in the region.", []),
        ("Today, most of the factories are closed and the workers have left.", []),
        ("The ministry announced the new tariffs today.", [("today", "2023-03-10", True)]),
        ("The minister will sign the treaty today.", [("today", "2023-03-10", True)]),
    ],
)
def test_today_with_a_verb_in_the_present_means_nowadays(nlp, text, expected):
    assert _dates(nlp, text, anchor="2023-03-10") == expected


def test_a_deadline_may_hold_at_least(nlp):
    text = "Lawmakers will not act on the bill until at least 2026."
    assert _dates(nlp, text) == [("until at least 2026", "2026", False)]


@pytest.mark.parametrize(
    "text, secondary",
    [
        ("Aid will be cut to $4 billion in 2025 from $8 billion in 2024.", [False, True]),
        ("The budget gets $1 billion more than in 2024.", [True]),
        ("She signed a three-year contract through 2027 in May 2024.", [True, False]),
        ("Prices rose from 2014 through 2019.", [False]),  # a span stays one date
        ("Tariffs were raised from 10% to 25% in May 2019 and widened in September 2019.", [False, False]),
        ("The IMF now expects growth of 7%, up from forecasts of 6% in April, for 2024.", [True, False]),
        ("He joined the band in 1975 and remained in the lineup until 1982.", [False, False]),
        ("Her 2020 run did not survive until December of 2019.", [False, False]),
    ],
)
def test_baselines_and_ends_of_terms_are_secondary(nlp, text, secondary):
    assert [m.secondary for m in find_dates(nlp(text)[:])] == secondary


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mill flooded in October last year.", ("in October last year", "2023-10")),
        ("The mill was sold on March 3 last year.", ("on March 3 last year", "2023-03-03")),
        ("The mill reopens in May next year.", ("in May next year", "2025-05")),
        ("The mill burned nine years ago.", ("nine years ago", "2015")),
        ("The mill burned two months ago.", ("two months ago", "2024-05")),
        ("The mill burned four days ago.", ("four days ago", "2024-07-17")),
    ],
)
def test_a_month_of_last_year_and_counts_back(nlp, text, expected):
    assert _dates(nlp, text, anchor="2024-07-21") == [(*expected, True)]


@pytest.mark.parametrize(
    "text",
    [
        "The mill burned more than a decade ago and nearly two years ago.",
        "The canal was still shut more than a year later.",
        "Over three years ago, the mill burned.",
        "The mill burned years ago.",
    ],
)
def test_an_open_count_of_time_names_no_date(nlp, text):
    assert _dates(nlp, text, anchor="2024-07-21") == []


def test_a_span_with_commas_after_its_years_is_one_mention(nlp):
    text = "The files were erased between May 2, 2022, and June 9, 2022, the audit found."
    assert _dates(nlp, text) == [("between May 2, 2022, and June 9, 2022", "2022-05-02", False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause about what may still come: the nearest November, the coming one
        ("The council would approve the bridge in November if funds arrive.", "2024-11"),
        ("If the union wins the ballot in November, the strike will end.", "2024-11"),
        ("Residents worry what rents would be if the board were to vote in November.", "2024-11"),
        ("The museum hopes to reopen its east wing in November.", "2024-11"),
        ("The city will postpone a rule that every bar be closed until at least November.", "2024-11"),
        # ... the nearest is still the past one for a month just gone
        ("The mayor said the council would approve the bridge in March.", "2024-03"),
        # no look-ahead: the past one
        ("The council approved the bridge in November.", "2023-11"),
        ("If the union had won the ballot in November, the strike would have ended.", "2023-11"),
        ("The museum hoped to reopen its east wing in November.", "2023-11"),
    ],
)
def test_a_month_in_a_clause_about_what_may_come_is_its_nearest(nlp, text, expected):
    assert _dates(nlp, text, anchor="2024-07-20")[0][1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The fort was abandoned a decade ago.", [("a decade ago", "2014", True)]),
        ("The fort was abandoned two decades ago.", [("two decades ago", "2004", True)]),
        ("The fort was abandoned nearly a decade ago.", []),
    ],
)
def test_decades_ago_count_back(nlp, text, expected):
    assert _dates(nlp, text, anchor="2024-07-20") == expected


@pytest.mark.parametrize(
    "text, secondary",
    [
        ("The bakery sold 5% fewer loaves than last year.", [True]),
        ("The margin was cut to 12% from 15% a year ago.", [True]),
        ("Orders were up 4% compared with last year.", [True]),
        ("The bakery closed last year.", [False]),
        ("The envoy returned from his tour last week.", [False]),
        ("The margin was raised from 12% to 15% a year ago.", [False]),
    ],
)
def test_a_relative_date_as_a_comparisons_baseline_is_secondary(nlp, text, secondary):
    assert [m.secondary for m in find_dates(nlp(text)[:])] == secondary
