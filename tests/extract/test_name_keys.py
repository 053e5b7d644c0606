"""Name keys shared by extraction and merge: folding, people's names, organisations, groups."""
from __future__ import annotations

import subprocess
import sys

import pytest

from briefing.extract.name_keys import (
    UnionFind,
    canonical_name,
    canonical_org_name,
    first_name_pronoun,
    fold,
    initials,
    is_acronym,
    is_family_name,
    is_first_name,
    is_given_name,
    merged_roles,
    org_base,
    org_core,
    parse_person,
    person_key,
    role_words,
    same_first_name,
    same_person,
    same_title,
    spells,
    strip_article,
    strip_possessive,
    surname,
)


@pytest.mark.parametrize(
    "a, b", [("José Andrés", "Jose Andres"), ("J.D. Vance", "JD Vance"), ("O’Rourke", "O'Rourke"), ("CrowdStrike", "Crowdstrike")]
)
def test_fold_ignores_case_diacritics_and_punctuation(a, b):
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    "text, expected",
    [("the United States Secret Service", "United States Secret Service"), ("An Post", "Post"), ("Theranos", "Theranos")],
)
def test_strip_article(text, expected):
    assert strip_article(text) == expected


@pytest.mark.parametrize("text, expected", [("Kishida's", "Kishida"), ("Reuters’", "Reuters"), ("Lewis", "Lewis")])
def test_strip_possessive(text, expected):
    assert strip_possessive(text) == expected


@pytest.mark.parametrize(
    "text, expected", [("NATO", True), ("U.S.", True), ("AT&T", True), ("Nato", False), ("A", False), ("NASA1", False)]
)
def test_is_acronym(text, expected):
    assert is_acronym(text) is expected


def test_initials_of_capitalised_words():
    assert initials("Customs and Border Protection") == "CBP"
    assert initials("NATO Industrial Advisory Group") == "NIAG"


@pytest.mark.parametrize(
    "name, expected",
    [("Fumio Kishida", "Kishida"), ("Martin Luther King Jr.", "King"), ("Cher", "Cher"), ("Jr.", "Jr.")],
)
def test_surname_skips_suffixes(name, expected):
    assert surname(name) == expected


def test_person_key_ignores_middle_names_and_case_but_keeps_suffixes():
    assert person_key("Lloyd J. Austin") == person_key("lloyd austin") == "lloyd austin"
    assert person_key("Donald Trump Jr.") != person_key("Donald Trump")
    assert person_key("Madonna") == "madonna"


@pytest.mark.parametrize(
    "name, parts",
    [
        ("Donald J. Trump Jr.", ("donald", ("j",), "trump", "jr")),
        ("Trump", ("", (), "trump", "")),
        ("RFK Jr.", ("", (), "rfk", "jr")),
        ("Sen. JD Vance", ("jd", (), "vance", "")),
    ],
)
def test_parse_person(name, parts):
    parsed = parse_person(name)
    assert (parsed.first, parsed.middles, parsed.last, parsed.suffix) == parts


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("chris", "christopher", True), ("bob", "robert", True), ("mike", "michael", True), ("joe", "joseph", True),
        ("josh", "joshua", True), ("jd", "james david", True), ("joe", "jill", False), ("donald", "ronald", False),
        ("", "joe", False),
    ],
)
def test_same_first_name(a, b, expected):
    assert same_first_name(a, b) is expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Donald Trump", "Donald J. Trump", True),
        ("Donald Trump", "Donald Trump Jr.", False),
        ("Joe Biden", "Joseph Biden", True),
        ("Joe Biden", "Jill Biden", False),
        ("Chris Murphy", "Christopher Murphy", True),
        ("JD Vance", "James David Vance", True),
        ("Thomas Matthew Crooks", "Thomas Matthews Crooks", True),
        ("George W. Bush", "George H.W. Bush", False),
        ("José Andrés", "Jose Andres", True),
        ("Trump", "Donald Trump", False),  # a surname alone is no full name
    ],
)
def test_same_person_compares_full_names(a, b, expected):
    assert same_person(a, b) is expected
    assert same_person(b, a) is expected


@pytest.mark.parametrize(
    "name, expected",
    [("Sierra Nevada Corp.", "Sierra Nevada"), ("Mitsubishi Heavy Industries", "Mitsubishi Heavy Industries"),
     ("Inc.", "Inc."), ("Acme, Inc.", "Acme")],
)
def test_org_base_drops_one_legal_form(name, expected):
    assert org_base(name) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("the United States Secret Service", ("United States", "secret service")),
        ("US Secret Service", ("United States", "secret service")),
        ("Secret Service", (None, "secret service")),
        ("Israeli military", ("Israel", "military")),
        ("New York Times", (None, "new york times")),
    ],
)
def test_org_core_sets_a_leading_country_apart(name, expected):
    assert org_core(name) == expected


def test_union_find_groups_and_keeps_the_first_root():
    groups = UnionFind("abcd")
    groups.union("a", "b")
    groups.union("c", "d")
    groups.union("d", "b")
    assert groups.find("b") == "c"
    assert sorted(map(sorted, groups.groups())) == [["a", "b", "c", "d"]]


@pytest.mark.parametrize(
    "counts, person, expected",
    [
        ({"Thomas Matthew Crooks": 46, "Thomas Matthews Crooks": 2, "Crooks": 90}, True, "Thomas Matthew Crooks"),
        ({"CrowdStrike": 81, "Crowdstrike": 19}, False, "CrowdStrike"),
        ({"Kamala Harris": 190, "Kamala Devi Harris": 3}, True, "Kamala Harris"),
        ({"Raytheon": 1, "Raytheon Technologies": 1}, False, "Raytheon Technologies"),
    ],
)
def test_canonical_name_is_the_most_complete_common_form_spelled_as_mostly_written(counts, person, expected):
    assert canonical_name(counts, person=person) == expected


@pytest.mark.parametrize(
    "counts, expected",
    [
        ({"Secret Service": 50, "US Secret Service": 20, "United States Secret Service": 2}, "United States Secret Service"),
        ({"CrowdStrike": 80, "Crowdstrike": 19, "CrowdStrike Holdings": 2}, "CrowdStrike"),
        ({"Delta Air Lines": 10, "Delta": 12}, "Delta Air Lines"),
    ],
)
def test_an_organisation_is_named_with_its_country_when_the_texts_ever_lead_it_with_one(counts, expected):
    assert canonical_org_name(counts) == expected


def test_canonical_name_needs_a_name():
    with pytest.raises(ValueError):
        canonical_name({})


def test_role_words_and_titles_with_abbreviations():
    assert role_words("former President of the United States") == {"president", "united", "states"}
    assert same_title(role_words("Sen."), role_words("Senator"))
    assert not same_title(role_words("Governor"), role_words("Senator"))


def test_merged_roles_drop_roles_contained_in_others():
    assert merged_roles(["President", "former President", "senator", "Senator from Ohio"]) == [
        "former President", "Senator from Ohio"
    ]


def test_name_keys_load_without_spacy():
    """merge imports these; a build entirely from the cache must not pay for importing spaCy."""
    code = "import sys, briefing.merge, briefing.pipeline; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"


@pytest.mark.parametrize(
    "acronym, name, expected",
    [("CDC", "US Centers for Disease Control and Prevention", True), ("CSIS", "Canadian Security Intelligence Service", True),
     ("FBI", "Federal Bureau of Investigation", True), ("CD", "Centers for Disease Control and Prevention", False)],
)
def test_spells(acronym, name, expected):
    assert spells(acronym, name) is expected


@pytest.mark.parametrize("word, expected", [("Lester", True), ("Kimberly", True), ("Holt", False), ("Delta", False)])
def test_is_given_name(word, expected):
    assert is_given_name(word) is expected


@pytest.mark.parametrize(
    "word, expected",
    [("Simone", True), ("Tadej", True), ("Jack", True), ("Hezbollah", False), ("Microsoft", False), ("Okafor", False)],
)
def test_is_first_name_knows_first_names_of_many_countries(word, expected):
    assert is_first_name(word) is expected


@pytest.mark.parametrize(
    "word, expected",
    [("Zhang", True), ("Nguyen", True), ("harris", True), ("Microsoft", False), ("Pittsburgh", False)],
)
def test_is_family_name_knows_family_names_of_many_countries(word, expected):
    assert is_family_name(word) is expected


@pytest.mark.parametrize(
    "word, pronoun",
    [("Ben", "he"), ("Mary", "she"), ("Jordan", None), ("Ilhan", None), ("Zqxw", None)],
)
def test_first_name_pronoun_from_english_lists_only(word, pronoun):
    assert first_name_pronoun(word) == pronoun
