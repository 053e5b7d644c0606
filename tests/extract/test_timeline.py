"""Timeline: one event per dated sentence, dates completed from context when needed."""
from __future__ import annotations

import pytest

from briefing.extract.actors import extract_actors
from briefing.extract.timeline import extract_events
from briefing.model import Document, Paragraph
from briefing.nlp import parse_documents


@pytest.fixture(scope="session")
def events_of(nlp):
    """`events_of(paragraphs, date=None)` -> the events of a document with that front-matter date."""

    def _events(paragraphs, date=None):
        document = Document(
            id="t", source="t.txt", title="T", date=date,
            paragraphs=[Paragraph(n, text) for n, text in enumerate(paragraphs, start=1)],
        )
        parsed = next(parse_documents([document], nlp=nlp))
        return extract_events(parsed, extract_actors(parsed))

    return _events


def test_event_fields_are_verbatim_and_point_to_their_paragraph(events_of):
    paragraphs = ["Background.", "The alliance adopted a strategy in 2021. It met again later."]
    (event,) = events_of(paragraphs)
    assert (event.date, event.date_text, event.inferred, event.paragraph) == ("2021", "in 2021", False, 2)
    assert event.sentence == "The alliance adopted a strategy in 2021."
    assert event.sentence in paragraphs[1]
    assert event.id.startswith("e-")


def test_month_alone_takes_the_year_the_text_pins_down(events_of):
    # 2022 is both the latest year stated as past and the earliest stated as still to come
    events = events_of([
        "In October, North Korea launched a missile over Japan.",
        "Kishida attended the 2022 summit in Madrid.",
        "The ministry requested money for its fiscal year 2023 budget.",
        "The strategy will be published by the end of 2022.",
    ])
    first = next(e for e in events if e.paragraph == 1)
    assert (first.date, first.date_text, first.inferred) == ("2022-10", "In October", True)


def test_a_date_a_speaker_gives_is_an_event(events_of):
    (event,) = events_of(["“We want to produce two rockets a year starting in 2024,” the administrator said."])
    assert (event.date, event.date_text) == ("2024", "starting in 2024")


def test_month_alone_uses_the_document_date_when_known(events_of):
    (event,) = events_of(["In December, the navy launched a frigate."], date="2023-03-01")
    assert (event.date, event.inferred) == ("2022-12", True)


def test_month_alone_without_any_year_is_skipped(events_of):
    assert events_of(["In October, the navy launched a frigate."]) == []


def test_relative_dates_need_a_document_date(events_of):
    paragraphs = ["The company was founded last year."]
    assert events_of(paragraphs) == []
    (event,) = events_of(paragraphs, date="2019-11-18")
    assert (event.date, event.date_text, event.inferred) == ("2018", "last year", True)


def test_a_year_labelling_a_thing_yields_to_the_sentence_date(events_of):
    (event,) = events_of(["The 2019 plan was approved on March 3, 2020, by the cabinet."])
    assert (event.date, event.date_text) == ("2020-03-03", "on March 3, 2020")


def test_one_event_per_distinct_date_of_a_sentence(events_of):
    text = "Artemis aims to put a woman on the moon by 2024 and to stay there by 2028."
    events = events_of([text])
    assert [(e.date, e.date_text) for e in events] == [("2024", "by 2024"), ("2028", "by 2028")]
    assert {e.sentence for e in events} == {text} and len({e.id for e in events}) == 2


@pytest.mark.parametrize(
    "text",
    ["WeWork's 2025 bond has weakened sharply.", "The 2018 15-inch MacBook Pro was a very hot machine.",
     "It featured 1972's Toulouse Street."],
)
def test_years_labelling_things_date_nothing(events_of, text):
    assert events_of([text]) == []


@pytest.mark.parametrize(
    "text",
    ["In films from 1984: The Movie to Gravity, orbit looks calm.",
     "Our guide lists the best travel routers of 2022."],
)
def test_years_in_titles_and_rankings_date_nothing(events_of, text):
    assert events_of([text]) == []


@pytest.mark.parametrize(
    "text, expected",
    [("A 2018 analysis of the data found plumes.", "2018"),
     ("NASA enlisted firms to prepare its planned 2024 crewed moon shot.", "2024"),
     ("The mayor cited a 2019 executive order that the council had backed.", "2019"),
     ("The senator recalled her 2012 address to the assembly.", "2012")],
)
def test_a_year_modifying_a_happening_dates_the_sentence(events_of, text, expected):
    assert [e.date for e in events_of([text])] == [expected]


def test_years_modifying_happenings_are_events_of_their_own(events_of):
    events = events_of([
        "Lawmakers are debating the agency's 2020 budget request and whether a crewed 2024 moon mission is feasible."
    ])
    assert [e.date for e in events] == ["2020", "2024"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In 2022, the navy launched the frigate on Oct. 4, 2022.", [("2022-10-04", "on Oct. 4, 2022")]),
        ("The navy launched the frigate in 2021 and commissioned it in 2021.", [("2021", "in 2021")]),
        ("The researchers observed Europa from February 2016 through May 2017.",
         [("2016-02", "from February 2016 through May 2017")]),
        ("Prices rose from 2014 to 2019.", [("2014", "from 2014 to 2019")]),
    ],
)
def test_one_date_said_twice_or_a_span_is_one_event(events_of, text, expected):
    assert [(e.date, e.date_text) for e in events_of([text])] == expected


def test_decades_take_their_first_year(events_of):
    (event,) = events_of(["The agency wants to put boots on Mars in the 2030s."])
    assert (event.date, event.date_text, event.inferred) == ("2030", "in the 2030s", False)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a start point is no past year: only 2018 "to come" would pin the text's year
        ["Beijing wants relief from the tariffs imposed on Sept. 1.",
         "He would have to remove the tariffs in place since the trade war started in 2018.",
         "A deal will be signed by the end of 2018."],
        # a year that labels a thing is no past year either
        ["In October, the company launched a phone.", "It replaced the 2016 model.",
         "A new model will follow by the end of 2016."],
        # a later start point, or a later year stated in the past tense, rules inference out
        ["The last outbreak was in 2009.", "A vaccine will be ready by the end of 2009.",
         "From 2010 to 2015 there were 3248 cases.", "The man fell ill on November 5."],
        ["McDonald joined the band in 1975.", "The band will tour by the end of 1975.",
         "He remained in the lineup until 1982.", "The tour ended on October 10th."],
    ],
)
def test_no_year_is_inferred_when_the_text_may_be_later(events_of, paragraphs):
    assert not any(e.inferred for e in events_of(paragraphs))


@pytest.mark.parametrize(
    "last",
    [
        "The plan aims to double spending by 2027.",  # the text's year is somewhere in 2022..2027
        "Nothing else is dated.",  # past years alone: news names earlier years as background
    ],
)
def test_no_year_is_inferred_when_the_text_does_not_pin_it_down(events_of, last):
    events = events_of(["In October, North Korea launched a missile over Japan.",
                        "Kishida attended the 2022 summit in Madrid.", last])
    assert not any(e.inferred for e in events)


def test_later_counts_from_the_date_of_the_sentence_before(events_of):
    events = events_of(["In March 2021, the two leaders met in Tokyo. Four months later, they signed a pact."])
    assert [(e.date, e.date_text, e.inferred) for e in events] == [
        ("2021-03", "In March 2021", False), ("2021-07", "Four months later", True)]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The leaders met in Tokyo. Four months later, they signed a pact."],  # nothing to count from
        ["The leaders met in Tokyo in 2021. Two days later, they signed a pact."],  # a year has no day
        ["In March 2021, the leaders met.", "Nothing happened.", "Four months later, they signed a pact."],
    ],
)
def test_later_without_a_date_just_before_is_no_event(events_of, paragraphs):
    assert not any(e.date_text.endswith("later") for e in events_of(paragraphs))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Aid will be cut to $4 billion in 2025 from $8 billion in 2024.", ["2025"]),
        ("She signed a three-year contract through 2027 in May 2024.", ["2024-05"]),
        ("The program runs through 2027.", ["2027"]),  # the only date stays
        ("The budget gets $1 billion more than in 2024.", ["2024"]),
    ],
)
def test_a_baseline_or_a_term_end_beside_another_date_is_no_event(events_of, text, expected):
    assert [e.date for e in events_of([text])] == expected


def test_two_days_in_one_sentence_are_two_events(events_of):
    text = "The navy struck the port on Saturday in response to a drone attack on the capital Friday."
    assert [e.date for e in events_of([text], date="2023-03-11")] == ["2023-03-11", "2023-03-10"]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["The pianist flew to Oslo in March 2021. When she tried to fly home in early April, her visa was seized."],
         ["2021-03", "2021-04"]),
        (["The pianist flew to Oslo in March 2021, and in April her visa was seized."], ["2021-03", "2021-04"]),
        # an earlier month is not the stated year's continuation
        (["The pianist flew to Oslo in March 2021. In January, her visa was seized."], ["2021-03", "2024-01"]),
        # the year of another paragraph does not carry over
        (["The pianist flew to Oslo in March 2021.", "In April, her visa was seized."], ["2021-03", "2024-04"]),
    ],
)
def test_a_bare_month_takes_the_year_stated_just_before(events_of, paragraphs, expected):
    assert [e.date for e in events_of(paragraphs, date="2024-07-21")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The port was closed in May. Three months later, it reopened.", ["2024-05"]),  # August: after writing
        ("The port was closed in May 2024. A month later, it reopened.", ["2024-05", "2024-06"]),
        ("The port will reopen next March.", ["2025-03"]),
        ("The port reopens tomorrow.", ["2024-07-22"]),
        ("The port will reopen in May 2025. It closes again in June.", ["2025-05"]),
    ],
)
def test_no_inferred_date_after_publication_unless_the_text_looks_ahead(events_of, text, expected):
    assert [e.date for e in events_of([text], date="2024-07-21")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The dam cracked this week, after a storm hit it on Monday.", ["2024-07-15"]),
        ("The dam cracked on Thursday, ahead of the 2024 regatta.", ["2024-07-18"]),
        # a stated year is no less than an inferred day: both stay
        ("The dam cracked on Thursday, and in 2024 it leaked twice.", ["2024-07-18", "2024"]),
    ],
)
def test_a_loose_date_yields_to_a_precise_one_inside_it(events_of, text, expected):
    assert [e.date for e in events_of([text], date="2024-07-21")] == expected


def test_the_signature_under_an_embedded_post_dates_the_post(events_of):
    paragraphs = ["The council shared the news online.", "Thanks to all who came tonight!",
                  "— City Council (@citycouncil) March 3, 2019"]
    (event,) = events_of(paragraphs)
    assert (event.date, event.paragraph) == ("2019-03-03", 3)


@pytest.mark.parametrize("line", ["WASHINGTON, March 3, 2019", "March 3, 2019"])
def test_a_dateline_or_a_bare_date_dates_nothing(events_of, line):
    assert events_of([line, "The council met."]) == []


@pytest.mark.parametrize(
    "text, date",
    [("The file mentions a 2008 incident in which he was hurt.", "2008"),
     ("Investigators reopened the 2019 shooting case.", "2019")],
)
def test_a_year_before_a_mishap_dates_it(events_of, text, date):
    assert [e.date for e in events_of([text])] == [date]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bakery sold 5% fewer loaves than last year.", []),
        ("The margin was cut to 12% from 15% a year ago.", []),
        ("The bakery closed last year.", ["2023"]),
    ],
)
def test_a_relative_baseline_alone_dates_nothing(events_of, text, expected):
    assert [e.date for e in events_of([text], date="2024-07-20")] == expected
