"""Entities that name no actor."""
from __future__ import annotations

import pytest

from actor_helpers import names


@pytest.mark.parametrize("sentence", ["Taylor had Feather Duvet Lung disease.", "She caught Lyme disease in Maine."])
def test_an_illness_named_with_capitals_is_not_an_actor(parse_with_actors, sentence):
    _, table = parse_with_actors([f"Martin Taylor saw a doctor. {sentence}"])
    assert set(names(table)) <= {"Martin Taylor", "Maine"}


@pytest.mark.parametrize("pair", ["U.S.-Canada", "China-Japan"])
def test_countries_joined_by_a_hyphen_are_a_relation_not_an_actor(parse_with_actors, pair):
    _, table = parse_with_actors(
        [f"Ross Burkhart, a Boise State University political scientist who studies {pair} trade, said so."]
    )
    assert pair not in names(table)
    assert "Ross Burkhart" in names(table)


@pytest.mark.parametrize(
    "text, not_an_actor",
    [
        ("Japanese citizens were told to take shelter.", "Japanese"),
        ("Russian aggression against Ukraine is not a problem for Europe alone.", "Russian"),
        ("Japan took part in the NATO Summit for the first time.", "NATO Summit"),
        ("Japan and the United Kingdom develop the F-X and Tempest jet fighter, respectively.", "Tempest"),
        ("Benefits for non-NATO partners were discussed.", "non-NATO"),
        ("The fair had booths serving both North and South Korean treats.", "North and South Korean"),
        ("They are looking East and West to Europe and Japan.", "East"),
        (
            "The group is consulting on the Alliance Future Surveillance and Control program, NATO said.",
            "Alliance Future Surveillance",
        ),
        ("NATO manages the Maritime Multi Mission Aircraft project.", "Maritime Multi Mission Aircraft"),
        ("We are using our Blue Moon uncrewed lander for that, Blue Origin said.", "Blue Moon"),
        ("Storms hit the Gulf Arab state of Kuwait on Monday.", "Gulf Arab"),
        ("Protests spread across several Middle Eastern states last year.", "Middle Eastern"),
        ("Pilgrims gathered for Navaratri, the ninth day of the festival, in Delhi.", "Navaratri"),
        ("The fast ends in the Islamic month of Shawwal, which follows the holy month.", "Shawwal"),
        (
            "Crowds came to the square, as seen on video verified by CNN, during Navaratri, the ninth day"
            " of the festival of lights, which holds great meaning for Hindus.",
            "Navaratri",
        ),
        ("The ministry replied in a post on X. Berlin has offered talks since then.", "X. Berlin"),
    ],
)
def test_not_an_actor(parse_with_actors, text, not_an_actor):
    _, table = parse_with_actors([text])
    assert not_an_actor not in names(table)
    assert all(not_an_actor not in a.aliases for a in table.actors)


@pytest.mark.parametrize(
    "text, actor",
    [
        ("Storms hit the Gulf Arab state of Kuwait on Monday.", "Kuwait"),
        ("The Middle East Institute published a report on Monday.", "Middle East Institute"),
        ("Police in Cairo arrested Omar Adel, the head of the Nile Party, on Monday.", "Omar Adel"),
        ("The Ministry of Health said the fast was safe.", "Ministry of Health"),
        ("The talks were led by John F. Kennedy in Vienna.", "John F. Kennedy"),
        ("Another victim was Mary Tallis, 71, who died of heat on June 3, days after the storm, in Ohio.", "Mary Tallis"),
        ("The deal was backed by its owner, Acme Holdings Corp, last month as cash ran short.", "Acme Holdings Corp"),
    ],
)
def test_names_beside_time_and_place_adjectives_stay_actors(parse_with_actors, text, actor):
    _, table = parse_with_actors([text])
    assert actor in names(table)


@pytest.mark.parametrize(
    "text, not_an_actor",
    [
        ("The deal moved Hipcricket to Augme Technologies last year.", "Hipcricket to Augme Technologies"),
        ("Unproven claims spread on Monday about the ambassador.", "Unproven"),
    ],
)
def test_malformed_entity_is_dropped(parse_with_actors, text, not_an_actor):
    _, table = parse_with_actors([text])
    assert not_an_actor not in names(table)


@pytest.mark.parametrize(
    "text, not_an_actor",
    [
        ("\u201cWe did it with one launch,\u201d Stafford, a member of the Apollo 10 crew, responded.", "Apollo"),
        ("It submitted a proposal that would involve the launch of a lander on an SLS Block 1B.", "SLS Block"),
        ("Managing experiments must be excluded from the Mars-Moon program, he said.", "Mars-Moon"),
        ("Nobody knows how many of Blue Origin\u2019s New Glenn vehicles would be needed.", "New Glenn"),
        ("The laptop ran hot around the G, H, and J keys.", "G, H, and J"),
    ],
)
def test_numbered_names_and_products_are_no_actors(parse_with_actors, text, not_an_actor):
    _, table = parse_with_actors([text])
    assert not_an_actor not in names(table)


def test_maker_before_a_model_number_stays_when_named_alone(parse_with_actors):
    _, table = parse_with_actors(["The airline grounded its Boeing 737 jets.", "Boeing said it was working on a fix."])
    assert names(table).get("Boeing") == "organization"


@pytest.mark.parametrize(
    "text, not_an_actor, still",
    [
        # rank and party abbreviations in brackets after a name
        ("Gen. Paul Hardy (Ret.) testified on Tuesday.", "Ret", "Paul Hardy"),
        ("Sen. Mark Tollan (R-Ohio) voted against the bill.", "Ohio", "Mark Tollan"),
        ("Rep. Ann Greer (D-Calif.) said she would vote no.", "D-Calif", "Ann Greer"),
        # vessels
        ("The USS Lincoln entered the strait, the Navy said.", "USS Lincoln", "Navy"),
        ("The crew of HMS Valiant waved as Lena Ortiz watched.", "HMS Valiant", "Lena Ortiz"),
        # a legal form or a suffix alone
        ("Harlow & Co. said profits rose, Lena Ortiz said.", "Co.", "Lena Ortiz"),
    ],
)
def test_abbreviations_and_vessels_are_not_actors(parse_with_actors, text, not_an_actor, still):
    _, table = parse_with_actors([text])
    found = names(table)
    assert not any(n == not_an_actor or n.rstrip(".") == not_an_actor.rstrip(".") for n in found), found
    assert still in found


@pytest.mark.parametrize(
    "text, portfolio, person",
    [
        ("On Monday, US National Security Adviser Dana Brooke said the talks would go on.", "US National Security", "Dana Brooke"),
        ("Far-right National Security Minister Eli Raviv criticized the cabinet.", "National Security", "Eli Raviv"),
        ("Interior Minister Paul Verhoeven ordered more patrols.", "Interior", "Paul Verhoeven"),
    ],
)
def test_the_start_of_a_title_is_no_body(parse_with_actors, text, portfolio, person):
    _, table = parse_with_actors([text])
    assert portfolio not in names(table) and all(portfolio not in a.aliases for a in table.actors)
    assert person in names(table)


@pytest.mark.parametrize(
    "text, body",
    [
        ("Nina Park was once a member of the US National Security Council.", "US National Security Council"),
        ("Meridian Dynamics CEO Mara Holt said sales rose.", "Meridian Dynamics"),  # a company before a title is kept
    ],
)
def test_a_body_before_or_around_a_title_stays(parse_with_actors, text, body):
    _, table = parse_with_actors([text])
    assert body in names(table)


def test_a_bracket_after_a_person_with_a_full_name_inside_is_kept(parse_with_actors):
    _, table = parse_with_actors(["Tom Reyes (Harvard University) said the data was clear."])
    assert "Harvard University" in names(table)


@pytest.mark.parametrize(
    "paragraphs, craft, kept",
    [
        (["Orbital Works said Blue Origin's Vega Star vehicles are ready.", "The Vega Star will fly in May."],
         "Vega Star", "Blue Origin"),
        (["Images show the Russian-made Kestrel-S2s near the base.", "Kestrel Dynamics said it sold none."],
         "Kestrel-S2s", "Kestrel Dynamics"),
    ],
)
def test_a_name_shown_as_a_craft_elsewhere_is_no_actor(parse_with_actors, paragraphs, craft, kept):
    _, table = parse_with_actors(paragraphs)
    assert craft not in names(table) and kept in names(table)


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Alphabet's Google unit said on Monday that profits rose.", "Google"),
        ("SpaceX said its rockets flew 90 times, Ron Dale said.", "SpaceX"),
    ],
)
def test_a_company_before_other_words_stays_an_actor(parse_with_actors, text, kept):
    _, table = parse_with_actors([text])
    assert kept in names(table)


@pytest.mark.parametrize(
    "text, party",
    [
        ("On Monday the newspaper of the Workers party warned the protesters, Lena Ortiz said.", "Workers party"),
        ("The pro-reform Liberal Progressive party won the vote in March.", "Liberal Progressive party"),
    ],
)
def test_a_party_written_with_a_lower_case_party_is_an_organization(parse_with_actors, text, party):
    _, table = parse_with_actors([text])
    assert names(table).get(party) == "organization", names(table)


@pytest.mark.parametrize(
    "text, not_an_actor, actor",
    [
        ("Secretary of State Dana Ortiz flew to Lima on Friday.", "State", "Dana Ortiz"),
        ("He briefed Secretary of State Dana Ortiz before the vote.", "State", "Dana Ortiz"),
    ],
)
def test_the_tail_of_a_title_is_not_an_actor(parse_with_actors, text, not_an_actor, actor):
    _, table = parse_with_actors([text])
    assert not_an_actor not in names(table)
    assert actor in names(table)


def test_a_department_named_like_a_title_stays_an_actor(parse_with_actors):
    _, table = parse_with_actors(["The State Department said Dana Ortiz would fly to Lima."])
    assert "State Department" in names(table)


@pytest.mark.parametrize(
    "text, operation",
    [
        ("The wing flew 900 sorties during operations Desert Falcon and Northern Shield last year.", "Desert Falcon"),
        ("Troops from five nations joined exercise Cold Harbor in Norway.", "Cold Harbor"),
    ],
)
def test_a_name_after_operation_names_an_operation_not_an_actor(parse_with_actors, text, operation):
    _, table = parse_with_actors([text])
    assert operation not in names(table)


def test_a_name_after_a_capitalised_operation_word_is_left_to_the_model(parse_with_actors):
    _, table = parse_with_actors(["Operations chief Maria Lopez of Delta Air Lines said flights resumed."])
    assert "Delta Air Lines" in names(table)
