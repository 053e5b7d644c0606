"""Programs: designations, names with a program word, and names before a descriptor noun."""
from __future__ import annotations

import pytest

from briefing.extract.glossary import extract_glossary
from briefing.extract.programs import extract_programs


@pytest.fixture(scope="session")
def programs_of(parse, actors_of):
    """`programs_of(paragraphs)` -> {name: Program} of a document."""

    def _programs(paragraphs):
        parsed = parse(paragraphs)
        glossary = extract_glossary(parsed)
        return {p.name: p for p in extract_programs(parsed, actors_of(parsed), glossary=glossary)}

    return _programs


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They co-developed the SM-3 Block IIA missile interceptor.", "SM-3 Block IIA"),
        ("Poland ordered F-35 fighter jets.", "F-35"),
        ("Russia deployed Su-57 fighters over Syria.", "Su-57"),
        ("The MQ-9 Reaper drone crashed.", "MQ-9 Reaper"),
        ("Britain builds the Type 26 frigate.", "Type 26"),
        ("China showed the DF-21D anti-ship ballistic missile.", "DF-21D"),
        ("Japan and Britain develop the F-X and Tempest jet fighter.", "F-X"),
    ],
)
def test_designations(programs_of, text, expected):
    assert expected in programs_of([text])


def test_designation_with_maker_and_proper_name(programs_of):
    programs = programs_of(["NATO will replace the Boeing E-3 Sentry airborne warning and control aircraft."])
    assert set(programs["E-3 Sentry"].aliases) >= {"E-3", "Boeing E-3 Sentry"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan joined NATO's Partnership Interoperability Initiative in 2014.", "Partnership Interoperability Initiative"),
        ("Projects include the Maritime Multi Mission Aircraft and drones.", "Maritime Multi Mission Aircraft"),
        ("Congress passed the Inflation Reduction Act.", "Inflation Reduction Act"),
        ("Operation Desert Storm began in 1991.", "Operation Desert Storm"),
        ("The Belt and Road Initiative grew.", "Belt and Road Initiative"),
    ],
)
def test_names_with_a_program_word(programs_of, text, expected):
    assert expected in programs_of([text])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("NATO projects include the Modular Ground Based Air Defense system.", "Modular Ground Based Air Defense"),
        ("The group consults on the Alliance Future Surveillance and Control program.",
         "Alliance Future Surveillance and Control"),
        ("Japan and Britain develop the F-X and Tempest jet fighter.", "Tempest"),
        ("Ukraine received Javelin anti-tank missiles.", "Javelin"),
    ],
)
def test_names_before_a_descriptor(programs_of, text, expected):
    assert expected in programs_of([text])


@pytest.mark.parametrize(
    "text",
    [
        "Japan is drafting a new national security strategy.",
        "Projects include unmanned sea vessels for mine clearing.",
        "Industry wants multinational command-and-control systems.",
        "Missile defense systems are expensive.",
        "The Pentagon's strategy is unclear, and the NATO mission goes on. NATO met.",
        "The Chinese system failed.",
        "The company's COVID-19 vaccine and its S-1 filing drew attention.",
        "A chemical called IL-25 alerts the immune system.",
        "Lexus Project Manager Fumihiko Hazama spoke.",
        "Titan is the Solar System's second-biggest moon.",
    ],
)
def test_generic_phrases_and_actors_are_not_programs(programs_of, text):
    assert programs_of([text]) == {}


def test_glossary_abbreviation_becomes_an_alias(programs_of):
    programs = programs_of(["Japan joined the Global Combat Air Programme (GCAP) in 2022."])
    assert programs["Global Combat Air Programme"].aliases == ["GCAP"]


def test_record_fields(programs_of):
    paragraphs = [
        "The United States and Japan co-developed the SM-3 Block IIA missile interceptor.",
        "Nothing here.",
        "Tests of the SM-3 continued.",
    ]
    program = programs_of(paragraphs)["SM-3 Block IIA"]
    assert program.id == "sm-3-block-iia"
    assert program.description == paragraphs[0]
    assert [m.paragraph for m in program.mentions] == [1, 3]
    assert {"united-states", "japan"} <= set(program.participants)


def test_other_programs_are_not_participants(programs_of):
    programs = programs_of(["Japan weighed the Belt and Road Initiative and the European Sky Shield Initiative."])
    for program in programs.values():
        assert not {"belt-and-road-initiative", "european-sky-shield-initiative"} & set(program.participants)


def test_a_name_tagged_as_a_person_keeps_its_program_word(programs_of):
    # spaCy tags "Desert Storm" PERSON; the prefix "Operation" says it is an operation
    assert "Operation Desert Storm" in programs_of(["Operation Desert Storm began in 1991."])
