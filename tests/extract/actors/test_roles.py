"""Roles of people: titles before the name and appositions around it, parsed with the real model."""
from __future__ import annotations

import pytest

from briefing.extract.actors.roles import is_role_word


def actor(table, name):
    found = table.resolve(name)
    assert found is not None, f"{name!r} not among {[a.name for a in table.actors]}"
    return found


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("Japanese Prime Minister Fumio Kishida attended the alliance's event in Madrid.", "Fumio Kishida", "Prime Minister"),
        ("U.S. Defense Secretary Lloyd Austin visited the base on Monday.", "Lloyd Austin", "Defense Secretary"),
        ("The move was praised by former President Barack Obama on Twitter.", "Barack Obama", "former President"),
        (
            "The organization connects industry, said Rudy Priem, director of government and NATO relations at Raytheon Technologies.",
            "Rudy Priem",
            "director of government and NATO relations at Raytheon Technologies",
        ),
        (
            "It is important to mitigate risk, Nobushige Takamizawa, former ambassador of Japan to the conference on disarmament in Geneva, said.",
            "Nobushige Takamizawa",
            "former ambassador of Japan to the conference on disarmament in Geneva",
        ),
        ("The company's chief executive, Jane Doe, said the plan is on track.", "Jane Doe", "company's chief executive"),
        ("The lander is based on a vehicle that the company's billionaire founder Jeff Bezos announced.", "Jeff Bezos", "billionaire founder"),
        ("The talks followed a meeting between Trump and Chinese vice-premier Liu He, officials said.", "Liu He", "vice-premier"),
        ("The witnesses, former astronaut Tom Stafford and a colleague, backed up that assessment.", "Tom Stafford", "former astronaut"),
        ("The witnesses, former astronaut Tom Stafford and retired aerospace executive Tom Young, agreed.", "Tom Young", "retired aerospace executive"),
        ("Life may have evolved there, said planetary geologist Rosaly Lopes of the laboratory.", "Rosaly Lopes", "planetary geologist"),
        (
            "Investors asked whether WeWork's founder, Adam Neumann, had sold shares.",
            "Adam Neumann",
            "WeWork's founder",
        ),
    ],
)
def test_role_of_person(parse_with_actors, text, person, role):
    _, table = parse_with_actors([text])
    assert actor(table, person).roles[0] == role


@pytest.mark.parametrize(
    "text, person",
    [
        ("The company hired Jane Doe last year.", "Jane Doe"),
        ("Jane Doe, 45, was arrested on Tuesday.", "Jane Doe"),
        ("Analysts expect Peter Smith to win the vote in Ohio.", "Peter Smith"),
    ],
)
def test_no_role_without_title_or_apposition(parse_with_actors, text, person):
    _, table = parse_with_actors([text])
    assert actor(table, person).roles == []


def test_coordinated_roles_are_split(parse_with_actors):
    text = (
        "Collaboration is not limited to geographic distance, said Jun Nagashima, adjunct professor at the National "
        "Defense Academy in Japan and former liaison officer to NATO and the European Union."
    )
    _, table = parse_with_actors([text])
    assert actor(table, "Jun Nagashima").roles == [
        "adjunct professor at the National Defense Academy in Japan",
        "former liaison officer to NATO and the European Union",
    ]


def test_relative_clause_is_not_part_of_the_role(parse_with_actors):
    text = "Ian Hamilton, an expert in drug use at the University of York who did not work on the study, agreed."
    _, table = parse_with_actors([text])
    assert actor(table, "Ian Hamilton").roles == ["expert in drug use at the University of York"]


@pytest.mark.parametrize(
    "text, person, alias",
    [
        ("Japanese Prime Minister Fumio Kishida attended the event.", "Fumio Kishida", "Prime Minister Fumio Kishida"),
        ("The late Sen. John McCain was held there.", "John McCain", "Sen. John McCain"),
        ("The move was praised by former President Barack Obama on Twitter.", "Barack Obama", "President Barack Obama"),
        ("Senior author Dr. Silvia Martins led the study.", "Silvia Martins", "Dr. Silvia Martins"),
    ],
)
def test_title_before_name_gives_titled_alias(parse_with_actors, text, person, alias):
    _, table = parse_with_actors([text])
    assert alias in actor(table, person).aliases


@pytest.mark.parametrize(
    "text, person",
    [
        ("Markets fell after Chinese leader Xi Jinping spoke.", "Xi Jinping"),
        ("The witnesses, former astronaut Tom Stafford and retired aerospace executive Tom Young, agreed.", "Tom Young"),
        ("NASA administrator Jim Bridenstine said the agency would ask for more money.", "Jim Bridenstine"),
    ],
)
def test_lower_case_description_gives_no_alias(parse_with_actors, text, person):
    _, table = parse_with_actors([text])
    assert all(word[:1].isupper() for alias in actor(table, person).aliases for word in alias.split())


@pytest.mark.parametrize(
    "word, expected",
    [("director", True), ("geologist", True), ("journalists", True), ("playlist", False), ("checklist", False), ("list", False)],
)
def test_role_word(nlp, word, expected):
    assert is_role_word(nlp(f"the {word}")[1]) is expected


@pytest.mark.parametrize(
    "text, person, roles",
    [
        (
            "The survey was run by team leader and ESA mission engineer Carla Ruiz, the agency said.",
            "Carla Ruiz",
            ["team leader", "ESA mission engineer"],
        ),
        ("\"The ice is thicker,\" said Ames planetary scientist Omar Reyes.", "Omar Reyes", ["Ames planetary scientist"]),
        ("Defense Secretary Lloyd Austin visited the base.", "Lloyd Austin", ["Defense Secretary"]),
    ],
)
def test_compound_and_coordinated_titles_keep_their_words(parse_with_actors, text, person, roles):
    _, table = parse_with_actors([text])
    assert actor(table, person).roles == roles


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("Dana Cole, who was the deputy director of the Federal Aviation Administration, said the rule failed.", "Dana Cole", "deputy director of the Federal Aviation Administration"),
        ("Hugo Marsh, who chairs the Ocean Conservancy Trust, said the beach was closed.", "Hugo Marsh", "chairs the Ocean Conservancy Trust"),
        ("Priya Nair has been named interim president of the museum, the board said.", "Priya Nair", "interim president of the museum"),
    ],
)
def test_role_stated_by_a_clause(parse_with_actors, text, person, role):
    _, table = parse_with_actors([text])
    assert role in actor(table, person).roles


@pytest.mark.parametrize(
    "text, person",
    [
        ("Dana Cole, who was born in Ohio, said the rule failed.", "Dana Cole"),
        ("Hugo Marsh, who runs every morning, said the beach was closed.", "Hugo Marsh"),
        ("Priya Nair has been named in the lawsuit, the board said.", "Priya Nair"),
    ],
)
def test_clause_without_role_gives_no_role(parse_with_actors, text, person):
    _, table = parse_with_actors([text])
    assert actor(table, person).roles == []


def test_apposition_after_a_relative_clause_in_a_list(parse_with_actors):
    text = (
        "The memo went to Sara Holt, who was the agency's lawyer, and Ben Ford, the Veterans Affairs secretary, "
        "aides said."
    )
    _, table = parse_with_actors([text])
    assert actor(table, "Ben Ford").roles == ["Veterans Affairs secretary"]


@pytest.mark.parametrize(
    "text, person, roles",
    [
        ("Mia Stone of the ESA said the probe was healthy.", "Mia Stone", ["of the ESA"]),
        ("Mia Stone, a physicist, of the ESA said the probe was healthy.", "Mia Stone", ["physicist"]),
        ("Mia Stone of Denver said the probe was healthy.", "Mia Stone", []),
    ],
)
def test_affiliation_is_a_role_only_without_another(parse_with_actors, text, person, roles):
    _, table = parse_with_actors([text])
    assert actor(table, person).roles == roles


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        ("The dollar may weaken, said Juan Perez, senior foreign exchange trader at Tempus Inc.", "Juan Perez",
         "senior foreign exchange trader at Tempus Inc."),
        ("The suit was filed by Mahmud Abubakar Magaji, a Senior Advocate of Nigeria, on behalf of the lawmakers.",
         "Mahmud Abubakar Magaji", "Senior Advocate of Nigeria"),
        ("They were told the newest Democratic presidential hopeful, Deval Patrick, would stop by.", "Deval Patrick",
         "newest Democratic presidential hopeful"),
    ],
)
def test_roles_in_apposition(parse_with_actors, sentence, name, role):
    _, table = parse_with_actors([sentence])
    assert role in actor(table, name).roles


def test_capitalised_names_before_a_surname_are_no_title(parse_with_actors):
    _, table = parse_with_actors([
        "The role of Mary instead went to Sofia Coppola, director Francis Ford Coppola’s daughter who went on to "
        "become an acclaimed film director in her own right."
    ])
    assert all("Francis Ford Coppola" not in a.aliases for a in table.actors)


@pytest.mark.parametrize(
    "paragraphs, person",
    [
        # a plural noun before the names describes the group, not a role of each
        (["The startup’s founders Ana Ruiz and Ben Cole sold the firm to Tom Hale."], "Ben Cole"),
        (["Two other candidates, Ben Cole and Lena Fox, dropped out of the race."], "Lena Fox"),
        (["It is a state where the two other leading candidates in the race — Sens. Ben Cole and Lena Fox — "
          "have struggled for months."], "Lena Fox"),
        (["In letters seen and reported by the Daily Courier, senior rebel leaders in the hills called on "
          "the exiles to accept the offer."], "Daily Courier"),
        # words inside quote marks are the speaker's, not a role the writer states
        (["Tom Hale spoke on Monday.", "“Is Tom Hale a real political activist or not? I do not know,” said "
          "prosecutor Jane Doe in her closing argument."], "Tom Hale"),
    ],
)
def test_groups_and_quoted_words_are_no_roles(parse_with_actors, paragraphs, person):
    _, table = parse_with_actors(paragraphs)
    assert actor(table, person).roles == []


def test_a_role_after_a_quote_opened_straight_and_closed_curly_is_kept(parse_with_actors):
    _, table = parse_with_actors(['"Our new sedan will sell well,” said Tom Hale, division vice president at Acme Motors.'])
    assert actor(table, "Tom Hale").roles == ["division vice president at Acme Motors"]


def test_a_singular_apposition_before_a_name_stays_a_role(parse_with_actors):
    _, table = parse_with_actors(["The firm’s founder, Maria Costa, sold it to Tom Hale."])
    assert actor(table, "Maria Costa").roles == ["firm’s founder"]
