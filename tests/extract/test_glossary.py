"""Glossary: abbreviations defined in the text (Schwartz–Hearst with word alignment)."""
from __future__ import annotations

import pytest

from briefing.extract.glossary import best_long_form, extract_glossary, find_definitions, is_short_form


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The North Atlantic Treaty Organization (NATO) met.", [("NATO", "North Atlantic Treaty Organization")]),
        ("It joined the NATO Industrial Advisory Group, or NIAG.", [("NIAG", "NATO Industrial Advisory Group")]),
        (
            "They called it the Conference of National Armaments Directors, or CNAD, said Lazar.",
            [("CNAD", "Conference of National Armaments Directors")],
        ),
        ("NATO (North Atlantic Treaty Organization) met.", [("NATO", "North Atlantic Treaty Organization")]),
        ("He praised the Alliance Future Surveillance and Control (AFSC) program.",
         [("AFSC", "Alliance Future Surveillance and Control")]),
        ("NASA chose the Commercial Lunar Payload Services program (CLPS).",
         [("CLPS", "Commercial Lunar Payload Services")]),
    ],
)
def test_long_form_then_short_form(text, expected):
    assert find_definitions(text) == expected


def test_plural_acronym_keeps_its_s():
    text = "NATO calls big data and quantum computing emerging and disrupting technologies, or EDTs."
    assert find_definitions(text) == [("EDTs", "emerging and disrupting technologies")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("an intercontinental ballistic missile (ICBM)", [("ICBM", "intercontinental ballistic missile")]),
        ("the Department of Defense (DoD)", [("DoD", "Department of Defense")]),
        ("the Maritime Multi Mission Aircraft (M3A)", [("M3A", "Maritime Multi Mission Aircraft")]),
        ("the Modular Ground-Based Air Defense (MGBAD)", [("MGBAD", "Modular Ground-Based Air Defense")]),
    ],
)
def test_letters_may_come_from_inside_words_small_words_and_digits(text, expected):
    assert find_definitions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He won the seat in 2016 (he said) and again later.",
        "The vote came in (2022) after the recount.",
        "Option (A) was chosen.",
        "Sen. Rand Paul (R-Ky.) objected, as did Rep. Robert Aderholt (R-AL).",
        "Chief Executive Tim Cook (CEO) spoke.",  # 'Tim Cook' spells nothing
        "It hit Russia, or RU, hard.",
        "The startup (Acme) grew.",  # one capital: a name, not an acronym
    ],
)
def test_non_definitions_are_rejected(text):
    assert find_definitions(text) == []


@pytest.mark.parametrize(
    "short, expected",
    [("NATO", True), ("EDTs", True), ("M3A", True), ("DoD", True), ("2022", False), ("A", False), ("Acme", False), ("he said", False)],
)
def test_is_short_form(short, expected):
    assert is_short_form(short) is expected


def test_long_form_is_limited_in_words():
    # min(|A| + 5, 2|A|) = 4 words for a two-letter abbreviation
    assert best_long_form("AB", "Alpha one two Beta") is None
    assert best_long_form("AB", "Alpha Beta") == "Alpha Beta"


def test_one_term_per_abbreviation_at_its_defining_paragraph(parse):
    parsed = parse([
        "The talks went on.",
        "Japan could join the NATO Industrial Advisory Group, or NIAG.",
        "Later the NATO Industrial Advisory Group (NIAG) met again.",
    ])
    terms = extract_glossary(parsed)
    assert [(t.abbreviation, t.expansion, t.document, t.paragraph) for t in terms] == [
        ("NIAG", "NATO Industrial Advisory Group", "t", 2)
    ]
