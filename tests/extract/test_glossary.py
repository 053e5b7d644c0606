"""Glossary: abbreviations defined in the text (Schwartz–Hearst with word alignment), set in
apposition ("Long Form, LF,") or only spelled out somewhere in the document (implicit)."""
from __future__ import annotations

import pytest

from briefing.extract.glossary import (
    best_long_form,
    extract_glossary,
    find_definitions,
    is_acronym,
    is_short_form,
    readings,
    spells_exactly,
)


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
        ("It trained the forces known as Maghawir al Thawra, or MaT – formerly the Free Syrian Army.",
         [("MaT", "Maghawir al Thawra")]),
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
    [
        ("NATO", True), ("EDTs", True), ("M3A", True), ("DoD", True), ("N225", True), ("D4CC", True),
        ("2022", False), ("A", False), ("Acme", False), ("he said", False), ("Q3", False),
    ],
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


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The doctors, members of a recently formed group Doctors for Camp Closure, D4CC, have offered help.",
            [("D4CC", "Doctors for Camp Closure")],
        ),
        ("A spokesman for the Long Form, LF, said so.", [("LF", "Long Form")]),
        ("The North Atlantic Treaty Organization, NATO, met.", [("NATO", "North Atlantic Treaty Organization")]),
        ("Business to Business, B2B, sales rose.", [("B2B", "Business to Business")]),
    ],
)
def test_apposition_defines_an_acronym(text, expected):
    assert find_definitions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He met France, Germany, UK, and others.",  # a list: nothing spells 'UK'
        "The Department of Defense, DoD, said no.",  # not all capitals: no apposition
        "It fired an intercontinental ballistic missile, ICBM, at dawn.",  # initials are 'IBM', not 'ICBM'
        "Shares of Apple, AAPL, rose.",  # a ticker, not initials
        "Tokyo, Osaka, TO, and Kyoto voted.",  # the words before are a list, not one name
    ],
)
def test_apposition_needs_exact_initials(text):
    assert find_definitions(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Japan's Nikkei 225 (N225) declined.", [("N225", "Nikkei 225")]),
        ("South Korea's Kospi Index (KOSPI) fell.", [("KOSPI", "Kospi Index")]),
        ("the Doctors for Camp Closure (D4CC)", [("D4CC", "Doctors for Camp Closure")]),
    ],
)
def test_digits_and_written_short_forms(text, expected):
    assert find_definitions(text) == expected


@pytest.mark.parametrize(
    "short, expected",
    [("D4CC", "dfcc"), ("B2B", "btb"), ("M3A", "mmma"), ("N225", "n225"), ("EDTs", "edt")],
)
def test_readings_of_a_short_form(short, expected):
    assert expected in readings(short)


@pytest.mark.parametrize(
    "letters, phrase, expected",
    [
        ("dhs", "Department of Homeland Security", True),
        ("cdc", "Centers for Disease Control", True),
        ("isis", "Islamic State in Iraq and Syria", True),
        ("dod", "Department of Defense", True),  # a function word may give its initial
        ("aoc", "Alexandria Ocasio-Cortez", True),  # each part of a hyphenated word may give one
        ("icbm", "intercontinental ballistic missile", False),  # no letters from inside words
        ("dhs", "Department of Homeland Security Affairs", False),
        ("nsc", "National Council", False),
    ],
)
def test_spells_exactly(letters, phrase, expected):
    assert spells_exactly(letters, phrase.split()) is expected


@pytest.mark.parametrize(
    "token, expected",
    [("CBP", True), ("GDP", True), ("USA", False), ("UAE", False), ("NY", False), ("XIV", False), ("III", False), ("Nato", False)],
)
def test_is_acronym(token, expected):
    assert is_acronym(token) is expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (
            [
                "Three children died in CBP custody last year.",
                "Doctors offered vaccines at a Customs and Border Protection facility.",
            ],
            [("CBP", "Customs and Border Protection", 2)],
        ),
        (
            [
                "The Department of Homeland Security said no.",
                "Later, the Department of Homeland Security repeated its refusal.",
                "A DHS spokesman declined to comment.",
            ],
            [("DHS", "Department of Homeland Security", 2)],  # the closest before the first use
        ),
        (
            [
                "The Centers for Disease Control recommends a flu shot. The CDC says so every year.",
            ],
            [("CDC", "Centers for Disease Control", 1)],
        ),
        (
            [
                "Tariffs will reduce the national gross domestic product by 0.3 percent.",
                "Other studies see GDP falling by 0.25 percent.",
            ],
            [("GDP", "gross domestic product", 1)],
        ),
        (
            [
                "The Jet Propulsion Laboratory in California built the probe.",  # 'in' + a place ends the name
                "NASA, JPL and ESA signed the plan.",  # acronyms, but no shouting
            ],
            [("JPL", "Jet Propulsion Laboratory", 1)],
        ),
        (
            [
                "She can perform at the AMAs after all.",
                "She will play her old songs at the American Music Awards this year.",
            ],
            [("AMAs", "American Music Awards", 2)],
        ),
    ],
)
def test_implicit_definitions(parse, paragraphs, expected):
    terms = extract_glossary(parse(paragraphs))
    assert [(t.abbreviation, t.expansion, t.paragraph) for t in terms] == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The European Union met on Monday.", "The EU agreed to the plan."],  # two letters
        ["The United Arab Emirates signed the deal.", "The UAE agreed."],  # a country code
        ["The Xenon Isotope Vault opened.", "Louis XIV built it."],  # a Roman numeral
        ["BREAKING NEWS: THE CDC WARNS OF FLU", "The Centers for Disease Control spoke."],  # shouting only
        ["The Chinese Center for Disease Control and Prevention said it acted.", "The CDC assured the public."],
        ["NASA is building the Space Launch System.", "The SLS will fly next year."],  # a program's name
        ["Get Pokemon Sword on Amazon for $58.99", "The watch has GPS built in."],  # a title-case line
        ["Get Pokemon Sword on Amazon for $58.99.", "The watch has GPS built in."],  # an order, not a name
        ["The problem can be solved quickly.", "CBS aired the show."],  # verbs, not a noun phrase
        ["Its intercontinental ballistic missile flew far.", "The ICBM fell into the sea."],  # not exact
        ["The show counts frames per second.", "The FPS rose."],  # not one noun chunk
        ["Engineers met at International Business Machines Corporation offices.", "IBM stock rose."],  # name goes on
    ],
)
def test_no_implicit_definition(parse, paragraphs):
    assert extract_glossary(parse(paragraphs)) == []


def test_an_explicit_definition_is_not_repeated_as_implicit(parse):
    parsed = parse([
        "The Department of Homeland Security (DHS) said no.",
        "The Department of Homeland Security said it again.",
        "DHS and DOD officials met.",
        "The Department of Defense (DoD) agreed.",
    ])
    terms = extract_glossary(parsed)
    assert [(t.abbreviation, t.expansion, t.paragraph) for t in terms] == [
        ("DHS", "Department of Homeland Security", 1),
        ("DoD", "Department of Defense", 4),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Ohio State Attorney General (OAG) opened a probe.", [("OAG", "Ohio State Attorney General")]),
        ("Leaders of the Group of Seven (G7) met in Italy.", [("G7", "Group of Seven")]),
        ("The Group of 20 (G20) met in Rio.", [("G20", "Group of 20")]),
    ],
)
def test_long_names_with_a_place_inside_and_numbered_short_forms(text, expected):
    assert find_definitions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Profits rose in the third quarter (Q3).",  # no number word ends the long form
        "The Ohio State University Marching Band (OMB) played.",  # leaving out one word is not enough
        "He spoke to the Maine State Senate (MSSX).",
    ],
)
def test_no_definition_without_matching_initials_or_number(text):
    assert find_definitions(text) == []


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["The loans were approved by the Group of Seven.", "The G7 loans will help Kyiv."],
         [("G7", "Group of Seven", 1)]),
        (["Donors fund research, education and outreach programs.", "The REO budget grew."],
         [("REO", "research, education and outreach", 1)]),
        (["National Potato Growers Association President Jane Roe spoke on Monday.", "She praised NPGA’s members."],
         [("NPGA", "National Potato Growers Association", 1)]),  # a title after the name; a possessive use
    ],
)
def test_implicit_definitions_of_numbered_acronyms_lists_and_names_before_a_title(parse, paragraphs, expected):
    terms = extract_glossary(parse(paragraphs))
    assert [(t.abbreviation, t.expansion, t.paragraph) for t in terms] == expected


def test_an_expansion_far_from_the_first_use_is_no_definition(parse):
    paragraphs = ["The Jet Propulsion Laboratory built the probe.", "It flew.", "It landed.", "It worked.",
                  "JPL engineers celebrated."]
    assert extract_glossary(parse(paragraphs)) == []


def test_an_expansion_far_before_the_first_use_defines_it_when_both_name_one_person(parse):
    paragraphs = ["Ada Pike, then a lawyer for the National Union of Rail Workers, took the case.", "It dragged on.",
                  "The court sat in May.", "Appeals followed.", "In her appeal, then-NURW lawyer Pike wrote a brief."]
    terms = extract_glossary(parse(paragraphs))
    assert [(t.abbreviation, t.expansion, t.paragraph) for t in terms] == [
        ("NURW", "National Union of Rail Workers", 1)
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # another person in each sentence
        ["Ada Pike, a lawyer for the National Union of Rail Workers, took the case.", "It dragged on.",
         "The court sat in May.", "Appeals followed.", "NURW lawyer Tom Reed wrote a brief."],
        # the same person, but the long form comes after the first use, far away
        ["NURW lawyer Ada Pike wrote a brief.", "It dragged on.", "The court sat in May.", "Appeals followed.",
         "Ada Pike, a lawyer for the National Union of Rail Workers, took the case."],
    ],
)
def test_a_far_expansion_naming_no_common_person_before_the_use_is_no_definition(parse, paragraphs):
    assert extract_glossary(parse(paragraphs)) == []


def test_a_list_whose_initials_differ_is_no_definition(parse):
    assert extract_glossary(parse(["Donors fund education, research and outreach programs.", "REO grew."])) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norway’s Police Security Service (PST) detained two men.", [("PST", "Norway’s Police Security Service")]),
        ("Agents of the Border Service of Moldova (BPM) met.", [("BPM", "Border Service of Moldova")]),
        ("The Federal Protective Service (FSO) warned of attacks.", [("FSO", "Federal Protective Service")]),
        # no organisation word, or a first letter that does not fit: no definition
        ("The Wagner Group (PMC) was disbanded.", []),
        ("Talks with the Customs Service (AP) went on.", []),
        ("The Internal Security Agency (ABW) detained two men.", []),
    ],
)
def test_an_abbreviation_from_a_bodys_own_language_defines_its_english_name(text, expected):
    assert find_definitions(text) == expected


def test_a_slashed_short_form_is_one_term(parse):
    """'RFB/RC' is defined whole; its part 'RFB' is no acronym of its own to spell out."""
    parsed = parse(["She reports for the River Free Broadcasting/River Channel (RFB/RC) in Oslo.",
                    "RFB/RC editors protested on Monday."])
    assert [(t.abbreviation, t.expansion) for t in extract_glossary(parsed)] == [
        ("RFB/RC", "River Free Broadcasting/River Channel")
    ]


def test_a_slashed_pair_of_acronyms_is_not_spelled_out(parse):
    paragraphs = ["The Ocean Survey Team mapped the reef.", "The OST/NRA report came out in May."]
    assert extract_glossary(parse(paragraphs)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Most clinics run by the city's office for harbor workers (CHWO) have closed.",
         [("CHWO", "city's office for harbor workers")]),
        ("The Maritime Safety Board (BSM) said the ferry sank.", [("BSM", "Maritime Safety Board")]),
        ("The case went to its watchdog, the Inspectorate of Harbors (IHG), in May.",
         [("IHG", "Inspectorate of Harbors")]),
    ],
)
def test_parenthesized_acronym_after_a_description_defines_it(parse, text, expected):
    terms = extract_glossary(parse([text]))
    assert [(t.abbreviation, t.expansion) for t in terms] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shares of McBride (MCB) fell 3%.",  # 'Shares' gives no letter: a ticker
        "Investors sold PayMint (PMT) after the report.",  # one word described: a ticker
        "Shares of Lumbergh Holdings Group (XYZ) fell 3%.",  # letters not in the name
        "Shares of Voltline (VSLA) fell 3%.",  # half of the letters only
        "Chief Executive Dana Whitfield (CEO) spoke on Monday.",  # a person and a title
        "“The office for harbor workers (OHX) will close,” she said.",  # inside a quote
        "The Fjord Model 4 (FMX) went on sale.",  # a version number, not a name
        "The Model 4 Fjord Board (MFB) met.",  # a number inside
        "The museum for old coins (MC) opened.",  # two capitals
    ],
)
def test_parenthesized_acronym_without_a_described_name(parse, text):
    assert extract_glossary(parse([text])) == []
