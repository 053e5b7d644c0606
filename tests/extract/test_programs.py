"""Programs: designations, names with a program word, and names before a descriptor noun."""
from __future__ import annotations

import pytest

from briefing.extract.document import extract_document
from briefing.extract.actors import ActorTable, Occurrence
from briefing.extract.glossary import extract_glossary
from briefing.extract.programs import actors_without_programs, extract_programs
from briefing.model import Actor, Program


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
        ("They range from SpaceX's towering Starship vehicle to small probes.", "Starship"),
        ("The lander is based on its Blue Moon uncrewed vehicle.", "Blue Moon"),
        ("NASA chose the Commercial Lunar Payload Services (CLPS) program.", "Commercial Lunar Payload Services"),
    ],
)
def test_names_before_a_descriptor(programs_of, text, expected):
    assert expected in programs_of([text])


def test_a_program_noun_in_apposition_names_a_program(programs_of):
    text = ("Sean Robertson, a spokesperson for Inherent Resolve, the U.S. military operation against Islamic State, "
            "told VOA the claims are false.")
    assert set(programs_of([text])) == {"Inherent Resolve"}


def test_a_program_noun_inside_a_title_names_nothing(programs_of):
    assert programs_of(["Jane Doe, the mission commander, said the crew was ready."]) == {}


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
        'A "skinny" trade deal fails to address core issues.',
        "The Coty-Kylie Jenner deal could be the beginning of a new trend.",
    ],
)
def test_generic_phrases_and_actors_are_not_programs(programs_of, text):
    assert programs_of([text]) == {}


def test_a_count_before_a_name_is_not_part_of_it(programs_of):
    assert set(programs_of(["Analysts expect three SLS rockets by 2024."])) == {"SLS"}


def test_glossary_abbreviation_becomes_an_alias(programs_of):
    programs = programs_of(["Japan joined the Global Combat Air Programme (GCAP) in 2022."])
    assert programs["Global Combat Air Programme"].aliases == ["GCAP"]


def test_initials_found_as_a_program_become_an_alias(programs_of):
    programs = programs_of([
        "NASA is building the Space Launch System rocket.",
        "Critics see delays to the SLS program.",
    ])
    assert set(programs) == {"Space Launch System"}
    assert programs["Space Launch System"].aliases == ["SLS"]


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


@pytest.mark.parametrize(
    "text",
    ['A "phase one" trade deal between the United States and China was supposed to be limited.',
     "A 'phase one' trade deal could now be pushed into next year."],
)
def test_quoted_name_before_an_agreement_word(programs_of, text):
    program = programs_of([text])["phase one trade deal"]
    assert program.aliases == ["phase one"]


@pytest.mark.parametrize(
    "text, expected, alias",
    [
        ('The council ended its “open skies” policy after a decade.', "open skies policy", "open skies"),
        ('Voters backed the "Buy Local" policies of the mayor.', "Buy Local policies", "Buy Local"),
        ('The province dropped its “two-car” policy last spring.', "two-car policy", "two-car"),
        ('The town kept a "zero-litter" policy for its parks.', "zero-litter policy", "zero-litter"),
    ],
)
def test_quoted_name_before_a_policy_noun(programs_of, text, expected, alias):
    assert programs_of([text])[expected].aliases == [alias]


@pytest.mark.parametrize(
    "text",
    [
        "The council ended its open skies policy after a decade.",  # not quoted: no name
        'The council called the policy "unfair" and ended it.',  # a quote after the noun
        'Critics called it a "reckless" policy.',  # a quoted adjective
        'The council ended its "open skies" rule after a decade.',  # no policy noun
        'The mayor praised a "tough-on-litter" policy.',  # hyphenated words holding a preposition
        'The board kept its "open-door" policy for visitors.',  # hyphenated words holding an adjective
    ],
)
def test_no_policy_name_without_a_quoted_noun_before_it(programs_of, text):
    assert programs_of([text]) == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"Sales grew thanks to our Fresh Start investment plan," the chief executive said.', "Fresh Start"),
        ("The retailer said its Clean Fleet strategy cut costs.", "Clean Fleet"),
        ("Harbor Foods credited its One Harbor strategic investments for the gain.", "One Harbor"),
    ],
)
def test_a_name_an_owner_gives_its_plan(programs_of, text, expected):
    assert expected in programs_of([text])


@pytest.mark.parametrize(
    "text",
    [
        "The retailer said its Premium plan costs more.",  # one word: a tier, not a name
        "The retailer said the Clean Fleet strategy cut costs.",  # no owner's possessive
        "The firm said its Clean Fleet trucks cut costs.",  # no plan noun
        "Voters said their John Smith plan was better.",  # a person's name
    ],
)
def test_no_owned_plan_name_without_its_cues(programs_of, text):
    assert programs_of([text]) == {}


def test_an_organization_only_named_before_program_words_is_a_program(programs_of):
    paragraphs = ["Companies are joining the Artemis program.", "Artemis aims to put a woman on the moon by 2024."]
    assert "Artemis" in programs_of(paragraphs)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["NASA said it would widen the NASA mission."],  # it speaks
        ["NASA's engineers prepared the NASA mission."],  # it owns something
        ["The Pentagon's strategy is unclear, and the NATO mission goes on.", "NATO met."],  # it acts
    ],
)
def test_an_organization_acting_as_one_is_not_a_program(programs_of, paragraphs):
    assert not {"NASA", "NATO"} & set(programs_of(paragraphs))


def test_actors_without_programs_drops_organizations_but_never_people_or_countries():
    actors = [
        Actor("artemis", "Artemis", "organization"),
        Actor("galileo", "Galileo", "person"),
        Actor("japan", "Japan", "country"),
        Actor("nasa", "NASA", "organization"),
    ]
    occurrences = [Occurrence(1, 0, 7, "artemis", "Artemis"), Occurrence(1, 10, 14, "nasa", "NASA")]
    programs = [Program("artemis", "Artemis"), Program("galileo", "Galileo"), Program("x", "X", aliases=["Japan"])]
    table = actors_without_programs(ActorTable(actors, occurrences), programs)
    assert [a.id for a in table.actors] == ["galileo", "japan", "nasa"]
    assert [o.actor_id for o in table.occurrences] == ["nasa"]


def test_programs_leave_the_actor_table_before_events_and_quotes(parse):
    parsed = parse([
        "Companies are joining the Artemis program.",
        "Artemis aims to put the first woman on the lunar surface by 2024, NASA said.",
    ])
    extraction = extract_document(parsed)
    assert "artemis" in {p.id for p in extraction.programs}
    assert "artemis" not in {a.id for a in extraction.actors}
    assert all("artemis" not in e.actors for e in extraction.events)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The agency's Mars Sample Return mission faces deep cuts.", "Mars Sample Return"),  # tagged LOC
        ("NASA's upcoming Europa Clipper mission will study the icy moon.", "Europa Clipper"),  # tagged LOC
        ("France leads the Mali mission.", None),  # a country: a mission to it
        ("Britain joined the Taiwan Strait mission.", None),  # a known region
        ("NASA's Mars mission is late.", None),  # one place word: the destination
    ],
)
def test_a_place_before_a_craft_or_program_noun(programs_of, text, expected):
    programs = programs_of([text])
    assert list(programs) == ([expected] if expected else [])


def test_a_person_named_as_one_elsewhere_is_no_program(programs_of):
    paragraphs = ["Lucy Hawking wrote the book.", "NASA's Lucy Hawking mission flew past an asteroid."]
    assert "Lucy Hawking" not in programs_of(paragraphs)


@pytest.mark.parametrize(
    "text",
    ["The payload is part of JAXA's Space Science Division.",
     "The study falls within the Discovery element of ESA's Basic Activities."],
)
def test_an_organizations_capitalized_possession_needs_a_program_word(programs_of, text):
    assert programs_of([text]) == {}


def test_a_place_that_is_a_program_leaves_the_actor_table(parse):
    extraction = extract_document(parse(["The agency's Mars Sample Return mission faces deep cuts."]))
    assert [p.name for p in extraction.programs] == ["Mars Sample Return"]
    assert "Mars Sample Return" not in {a.name for a in extraction.actors}


def test_actors_without_programs_drops_places_but_never_countries():
    actors = [Actor("europa-clipper", "Europa Clipper", "location"), Actor("mali", "Mali", "country")]
    occurrences = [Occurrence(1, 0, 14, "europa-clipper", "Europa Clipper"), Occurrence(1, 20, 24, "mali", "Mali")]
    programs = [Program("europa-clipper", "Europa Clipper"), Program("mali", "Mali")]
    table = actors_without_programs(ActorTable(actors, occurrences), programs)
    assert [a.id for a in table.actors] == ["mali"]
    assert [o.actor_id for o in table.occurrences] == ["mali"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lockheed delivered an AN/TPY-2 radar to the base.", "AN/TPY-2"),  # a slash
        ("The carrier launched F/A-18 Super Hornet fighters.", "F/A-18 Super Hornet"),
        ("Russia moved several Tor-M2 air defense systems north.", "Tor-M2"),  # a word and a code
        ("Two Iskander-M missiles struck the depot.", "Iskander-M"),
        ("China commissioned a third Type 055 destroyer.", "Type 055"),  # a type word and a number
        ("Investigators found parts of a GBU-53 bomb.", "GBU-53"),  # a munition noun
        ("The KAB-500 is a guided glide munition made in Russia.", "KAB-500"),  # said what it is
        ("Officials blamed the GBU-53, a small guided bomb, for the blast.", "GBU-53"),
        ("Workers installed four RS-68 engines.", "RS-68"),
        ("It would fly on an SLS Block 1B.", "SLS Block 1B"),  # a block number marks a model by itself
        ("The navy will buy more Tomahawk Block V missiles.", "Tomahawk Block V"),
        ("The Artemis 3 mission will land in 2026.", "Artemis 3"),  # a name with a number
    ],
)
def test_more_designations(programs_of, text, expected):
    assert expected in programs_of([text])


def test_a_block_of_a_program_takes_the_initials_of_its_name_as_alias(programs_of):
    programs = programs_of(["NASA builds the Space Launch System Block 1B.", "Boeing offered an SLS Block 1B."])
    assert set(programs) == {"Space Launch System Block 1B"}
    assert programs["Space Launch System Block 1B"].aliases == ["SLS Block 1B"]


def test_a_plural_designation_is_the_program_with_its_plural_as_alias(programs_of):
    programs = programs_of(["Satellite photos show new Tor-M2s near the plant.", "The Tor-M2 system is new."])
    assert set(programs) == {"Tor-M2"}
    assert "Tor-M2s" in programs["Tor-M2"].aliases


@pytest.mark.parametrize(
    "text",
    ["China-US trade talks resumed on Monday.", "The Covid-19 vaccine rollout slowed.", "Ask the UK-EU talks team."],
)
def test_hyphenated_names_without_a_model_code_are_no_designations(programs_of, text):
    assert programs_of([text]) == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fragments of a British-made Brimstone missile were found.", "Brimstone"),
        ("Twenty navies joined the RIMPAC exercise off Hawaii.", "RIMPAC"),
        ("Troops took part in Exercise Steadfast Defender.", "Exercise Steadfast Defender"),
        ("The allies held the first Iron Mace in the Pacific, a trilateral naval exercise.", "Iron Mace"),
        ("Scores fell on the state's new STRIVE standardized exam.", "STRIVE"),
    ],
)
def test_munitions_exercises_and_exams(programs_of, text, expected):
    assert expected in programs_of([text])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The agency is building a probe called Dragonfly.", "Dragonfly"),
        ("The navy launched an operation code-named Prosperity Guardian.", "Prosperity Guardian"),
        ("The crews running the ramp, called the Logistics Over-the-Beach, or LOB, went home.",
         "Logistics Over-the-Beach"),  # a defined name for a thing, not for a group
    ],
)
def test_a_name_given_by_a_naming_word(programs_of, text, expected):
    assert expected in programs_of([text])


@pytest.mark.parametrize(
    "text",
    [
        "She founded a group called Mothers for Peace, or MFP, in 1990.",  # an organization's name
        "He met a man called John Reed.",
        "They moved to a town called Springfield.",
        "She sits on the panel for arms cooperation called the Conference of Naval Directors, or CND.",
        "He chairs the committee in charge of budgets called the Budget Review Process, or BRP.",
    ],
)
def test_names_of_organizations_people_and_places_are_no_programs(programs_of, text):
    assert programs_of([text]) == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Treaty of Lisbon took effect in 2009.", "Treaty of Lisbon"),
        ("Members must respect the Charter of the United Nations.", "Charter of the United Nations"),
        ("Both states ratified the Convention on the Rights of the Child.", "Convention on the Rights of the Child"),
        ("The invasion breached the Olympic Charter, the committee said.", "Olympic Charter"),
        ("The Public Order Law, in force since 1952, was repealed.", "Public Order Law"),
        ("Norway tops the Global Peace Index again.", "Global Peace Index"),
    ],
)
def test_treaties_charters_laws_and_indexes(programs_of, text, expected):
    assert expected in programs_of([text])


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The Global Food Programme paused its deliveries in May."],  # it acts as an organization
        ["The Global Food Programme warned that aid was blocked."],  # it speaks
        ["The Tokyo Composite Stock Index fell 1% on Monday."],  # a market index moves
        ["She studied at the Springfield University School of Law."],  # an organization's name
        ["A Japan Maritime Self-Defense Force destroyer docked in Manila."],  # the owner of a ship
        ["The 7th Fleet exercise ended on Friday."],
        ["Delegates gathered for the Convention on Monday."],  # a date is no name
    ],
)
def test_organizations_indexes_and_owners_ending_in_program_words_are_no_programs(programs_of, paragraphs):
    assert programs_of(paragraphs) == {}


def test_a_name_only_ever_modifying_a_system_noun_is_a_program_even_if_tagged_a_person(programs_of):
    paragraphs = ["Berlin sent three Patriot air defense units to Kyiv.", "Germany now has nine Patriot systems."]
    assert "Patriot" in programs_of(paragraphs)


def test_a_two_letter_abbreviation_before_a_descriptor_is_no_program(programs_of):
    assert programs_of(["The outage hit IT systems at airports."]) == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She was flying an F/A-18 Super Hornet over the gulf.", "F/A-18 Super Hornet"),  # no descriptor noun
        ("He learned to fly in the F-14 Tomcat.", "F-14 Tomcat"),
        ("Cadets trained on the MiG-29 Fulcrum last spring.", "MiG-29 Fulcrum"),
        ("The crew tested the SM-6 Block IB over the range.", "SM-6 Block IB"),  # a block number, too
    ],
)
def test_a_proper_name_or_block_after_a_designation_marks_a_model(programs_of, text, expected):
    assert expected in programs_of([text])


@pytest.mark.parametrize(
    "text",
    [
        "Leaders met at the G-7 Summit in June.",  # an event named after a code
        "Traffic backed up on I-95 South.",  # a direction
        "The F-word is banned on air.",
        "They drove down Route 66 to the coast.",
        "The firm filed an S-1 on Monday.",
        "The US Pacific Fleet exercise ended.",  # a unit owns the exercise
    ],
)
def test_codes_before_events_directions_and_dates_are_no_models(programs_of, text):
    assert programs_of([text]) == {}


def test_every_designation_of_a_list_before_a_descriptor(programs_of):
    assert set(programs_of(["Seoul sent its F-15, F-16 and KF-21 fighters."])) == {"F-15", "F-16", "KF-21"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The cruisers fired 40 Tomahawk land-attack missiles.", {"Tomahawk"}),  # not "40 Tomahawk"
        ("Rebels used Stinger surface-to-air missiles.", {"Stinger"}),
    ],
)
def test_a_hyphenated_type_phrase_between_a_name_and_its_descriptor(programs_of, text, expected):
    assert set(programs_of([text])) == expected


def test_an_armed_service_before_a_designation_is_no_maker(programs_of):
    programs = programs_of(["The US Marine Corps F/A-18 fighters landed at the base."])
    assert set(programs) == {"F/A-18"}
    assert programs["F/A-18"].aliases == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She took off from the carrier USS Harry Truman.", {"USS Harry Truman"}),
        ("The destroyers HMS Daring and HMS Duncan sailed at dawn.", {"HMS Daring", "HMS Duncan"}),
    ],
)
def test_a_named_ship_is_a_program(programs_of, text, expected):
    assert set(programs_of([text])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The wing flew sorties in operations Desert Shield and Silver Arrow.", {"Desert Shield", "Silver Arrow"}),
        ("Thailand hosts the exercise Cobra Gold each year.", {"Cobra Gold"}),
    ],
)
def test_names_after_a_lower_case_operation_or_exercise(programs_of, text, expected):
    assert set(programs_of([text])) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The operation Hamas launched killed many.",  # the name is the subject of a clause
        "The exercise US troops joined ended on Friday.",  # the name modifies a noun
        "The operation ended in Mosul.",
    ],
)
def test_a_subject_after_a_lower_case_operation_is_no_program(programs_of, text):
    assert programs_of([text]) == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Beijing ignored a ruling under the United Nations Convention on the Law of the Sea.",
         "United Nations Convention on the Law of the Sea"),  # the maker's name before "Convention on"
        ("The Navy is building its new Littoral Combat Ship.", "Littoral Combat Ship"),  # a vessel class
        ("The service asked for a third Polar Research Icebreaker.", "Polar Research Icebreaker"),
    ],
)
def test_conventions_and_vessel_classes(programs_of, text, expected):
    assert expected in programs_of([text])


def test_a_ship_prefix_word_inside_a_name_is_no_class(programs_of):
    assert not any("Cutter" in name for name in programs_of(["The Coast Guard Cutter Healy sailed north."]))


def test_a_lower_case_practice_defined_by_an_abbreviation(programs_of):
    programs = programs_of(["The navy conducts freedom of navigation patrols (FONPs) there.", "FONPs anger Beijing."])
    assert programs["freedom of navigation patrols"].aliases == ["FONPs"]


@pytest.mark.parametrize(
    "text",
    [
        "Trawlers stayed inside the exclusive economic zone (EEZ).",  # a thing, not a practice
        "The two countries signed a free trade agreement (FTA).",
    ],
)
def test_other_lower_case_expansions_are_no_programs(programs_of, text):
    assert programs_of([text]) == {}


@pytest.mark.parametrize(
    "text, name, alias",
    [
        ("Tokyo and Canberra are bound by a mutual security treaty signed in 1953.", "mutual security treaty", None),
        ("Both sides left the 1987 arms control treaty.", "arms control treaty", "1987 arms control treaty"),
        ("Officials tried to revive the Iraq oil deal.", "Iraq oil deal", "oil deal"),  # a country's deal
        ("The Paris climate accord still stands.", "Paris climate accord", "climate accord"),
        # "the" and a country alone single out one agreement
        ("He attacked the Norway accord brokered by the last government.", "Norway accord", None),
    ],
)
def test_a_lower_case_agreement_with_a_year_or_a_country(programs_of, text, name, alias):
    programs = programs_of([text])
    assert set(programs) == {name}
    assert programs[name].aliases == ([alias] if alias else [])


@pytest.mark.parametrize(
    "text",
    [
        "The two Koreas never signed a peace treaty.",  # no year, no country
        "The interim deal held for a month.",  # no subject
        "Workers won a four-year deal in 2021.",
        "The US-China trade deal held.",  # two parties
        "The China-Vietnam deal held.",
        "Officials praised the Lisbon agreement signed by both sides.",  # a city: any signed there
        "Norway wants a Peru deal soon.",  # not singled out by "the"
    ],
)
def test_other_lower_case_agreements_are_no_programs(programs_of, text):
    assert programs_of([text]) == {}


def test_a_group_is_no_program_before_a_descriptor(programs_of):
    programs = programs_of(["A Houthi attack drone fell.", "The Houthis said they fired it."])
    assert programs == {}
    assert "Patriot" in programs_of(["Germany sent Patriot systems.", "The Patriots were delivered."])


@pytest.mark.parametrize(
    "text",
    [
        "Raytheon Technologies and Lockheed Martin build parts.",  # companies
        "The 3rd Marine Division and the Seventh Fleet trained together.",  # units
        "The Fleet sailed from Norfolk.",
    ],
)
def test_companies_units_and_fleets_are_no_programs(programs_of, text):
    assert programs_of([text]) == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lawyers said the search violated the Fourth Amendment.", "Fourth Amendment"),
        ("The 19th Amendment gave women the vote.", "19th Amendment"),
        ("Gun owners cite the 2nd Amendment in every debate.", "2nd Amendment"),
    ],
)
def test_an_ordinal_amendment_is_a_program(programs_of, text, expected):
    assert expected in programs_of([text])


@pytest.mark.parametrize(
    "text",
    [
        "The First Amendment Coalition filed a brief on Monday.",  # a body named after it
        "The first amendment to the bill failed in committee.",  # lower case: an edit, no provision
        "The Second Reading of the bill took place on Tuesday.",
    ],
)
def test_other_ordinals_are_no_amendments(programs_of, text):
    assert not any("Amendment" in name or "Reading" in name for name in programs_of([text]))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Engineers said the aircraft was a Tarin-4 model built abroad.", "Tarin-4"),
        ("The navy fields drones such as the Falk-2 near the coast.", "Falk-2"),
        ("Rebels fired missiles like the Borz-12 at the port.", "Borz-12"),
    ],
)
def test_a_designation_in_the_predicate_or_an_example_of_a_descriptor(programs_of, text, expected):
    assert expected in programs_of([text])


@pytest.mark.parametrize(
    "text",
    [
        "The patient was a Covid-19 case from the north.",  # the subject is no descriptor
        "Startups filed forms such as the S-1 with the regulator.",  # an example of no descriptor
        "She served as Kappa-9 coordinator for a year.",  # a bare "as" gives no example
    ],
)
def test_a_designation_beside_other_nouns_is_no_program(programs_of, text):
    assert programs_of([text]) == {}


def test_a_quoted_term_that_a_leader_decrees_and_the_text_takes_up_is_a_program(programs_of):
    paragraphs = ["The governor declared a “regional lockdown” of the valley in March.",
                  "The lockdown kept schools closed for weeks."]
    assert "regional lockdown" in programs_of(paragraphs)


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The minister announced a “full review” of the contracts."],  # never taken up again
        ["The mayor ordered a “thorough” cleanup.", "The cleanup began on Monday."],  # a quoted adjective
        ["They vowed to enact “retribution” soon.", "The retribution never came."],  # one word
        ["She praised the “community spirit” of the town.", "The spirit held."],  # no verb of decreeing
    ],
)
def test_other_quoted_terms_are_no_programs(programs_of, paragraphs):
    assert programs_of(paragraphs) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The premier has since 2015 waged a crackdown on graft known as “iron broom”.", "iron broom"),
        ("The junta began a campaign against dissent dubbed “clean sweep” last year.", "clean sweep"),
        ("The city adopted a policy called “zero tolerance” in 1994.", "zero tolerance"),
    ],
)
def test_a_quoted_nickname_of_a_campaign_is_a_program(programs_of, text, expected):
    assert expected in programs_of([text])


@pytest.mark.parametrize(
    "text",
    [
        "She sang a song called “blue moon” at the party.",  # no campaign noun
        "Residents call the square “the furnace” in summer.",  # a place so called
        "The party began a campaign dubbed “Bold Future” on Monday.",  # capitalized: not a nickname
        "The mayor launched a drive called “the great big seasonal clean-up of all the streets”.",  # too long
    ],
)
def test_other_quoted_nicknames_are_no_programs(programs_of, text):
    assert not any(name.islower() for name in programs_of([text]))


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a name before a group noun names the group, wherever a program noun follows it
        ["The mayor said the rally was not organized by his KLP party.", "Critics called it a KLP initiative."],
        ["The ZR5 militia took the town.", "Locals fear the ZR5 program of forced recruitment."],
    ],
)
def test_a_group_named_before_its_noun_is_no_program(programs_of, paragraphs):
    assert programs_of(paragraphs) == {}


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["The KLP initiative, a plan for clean rivers, began in May.", "The party backed it."],  # not right before
        ["Locals fear the ZR5 program of forced recruitment."],
    ],
)
def test_a_program_without_a_group_noun_after_its_name_stays(programs_of, paragraphs):
    assert len(programs_of(paragraphs)) == 1


def test_a_code_named_in_full_takes_its_later_acronym_from_the_actors(programs_of, parse, actors_of):
    paragraphs = [
        "The sailor is charged with theft under the Federal Code of Naval Conduct, a spokesperson said.",
        "Officers met on Monday.",
        "The hearing was short.",
        "Reporters waited outside.",
        "Lawyers said the FCNC does not allow a second trial.",
    ]
    programs = programs_of(paragraphs)
    assert "FCNC" in programs["Federal Code of Naval Conduct"].aliases
    parsed = parse(paragraphs)
    table = actors_without_programs(actors_of(parsed), list(programs.values()))
    assert "FCNC" not in {a.name for a in table.actors}


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Drivers must obey the highway code of the state, Lena Holm said."],  # lower-case: no name
        ["The Fund for Clean Water and the FCW met on Monday, Lena Holm said."],  # an organisation word
    ],
)
def test_no_code_or_acronym_program_without_a_named_code(programs_of, paragraphs):
    assert not programs_of(paragraphs)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The airline bought ten of Vexa's 612-4 Skyliner jets.", "612-4 Skyliner"),
        ("A lessor cancelled its 555x jets last spring.", "555x"),
        ("Nordair ordered 40 Aerolux K420-700 jets.", "K420-700"),
        ("Carriers still fly the K310neo jets on short routes.", "K310neo"),
        ("Investors grounded the 626 Max jet after a crash.", "626 Max"),
        ("The line is the biggest buyer of Airbus' iconic Q880, the largest airliner.", "Q880"),
    ],
)
def test_maker_style_codes_tied_to_a_maker_or_a_craft(programs_of, text, expected):
    assert expected in programs_of([text])


def test_a_bare_model_number_needs_its_maker_and_a_craft(programs_of):
    programs = programs_of(["The carrier ordered 30 Boeing 858 jets."])
    assert "Boeing 858" in programs["858"].aliases


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 rose 2% and the Fortune 500 list grew.",
        "Flight 302 left at 7:30 and the Hawks' 101-93 loss ended the 2019-20 season.",
        "Drivers crossed the M25 on Route 66 near Exit 112.",
        "The FY2024 budget was set at the G20 summit and the COP26 talks.",
        "Senators passed H.R. 3684 and the 100M figure stood.",
        "Max said the 626 Max would fly again.",
        "Max told reporters the plan would work.",
        "The 2020 model year brought changes to the truck.",
    ],
)
def test_numbers_codes_and_a_bare_max_are_no_models(programs_of, text):
    names = set(programs_of([text]))
    assert not names & {"500", "302", "101-93", "2019-20", "M25", "66", "112", "FY2024", "G20", "COP26", "3684", "100M", "Max", "2020"}, names


def test_two_laws_joined_by_and_are_two_programs(programs_of):
    found = programs_of(["The judge said the agency must follow the Clean Air Act and Coastal Zone Management Act."])
    assert {"Clean Air Act", "Coastal Zone Management Act"} <= set(found)
    assert "Clean Air Act and Coastal Zone Management Act" not in found


def test_words_of_one_law_joined_by_and_stay_one_name(programs_of):
    assert "Research and Innovation Act" in programs_of(["The Senate passed the Research and Innovation Act."])


@pytest.mark.parametrize(
    "paragraphs",
    [
        # an institution whose name ends in "System"
        ["Surgery was canceled at Lakeside Health System in Denver."],
        ["Teachers at the Springfield School System went on strike."],
        # an organization's own things, in the plural
        ["Most Northwind Airlines systems were back online by noon."],
        ["The outage hit Veterans Benefits Administration (VBA) systems.", "VBA systems were restored later."],
        # a body named after a disease code
        ["Doctors at the Zeta-21 Recovery Clinic saw patients."],
    ],
)
def test_institutions_and_an_organizations_systems_are_no_programs(programs_of, paragraphs):
    assert programs_of(paragraphs) == {}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Patriot systems were moved to the border.", "Patriot"),
        ("The Aegis Combat System protects the fleet.", "Aegis Combat System"),
    ],
)
def test_systems_that_are_programs_stay(programs_of, text, expected):
    assert expected in programs_of([text])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“Bright Harbor” is our plan for the waterfront, the mayor said.", "Bright Harbor"),
        ("Our strategy is “Clean Rivers”, the minister said.", "Clean Rivers"),
        ("“Their plan is “Fair Share,” the rival said.", "Fair Share"),
    ],
)
def test_a_quoted_name_that_be_equates_with_an_owned_plan_is_a_program(programs_of, text, expected):
    assert expected in programs_of([text])


@pytest.mark.parametrize(
    "text",
    [
        "“Bright Harbor” is a plan for the waterfront, the mayor said.",  # no owner
        "Bright Harbor is our plan for the waterfront, the mayor said.",  # not quoted
        "“Jo Lee” is our strategy, the coach said.",  # a person
        "“Our plan is simple,” the mayor said.",  # no name
    ],
)
def test_no_program_from_a_copula_without_an_owned_plan_and_a_quoted_name(programs_of, text):
    assert programs_of([text]) == {}


def test_a_name_after_its_model_year_is_a_consumer_model(programs_of):
    paragraphs = ["With six million Corvida vehicles sold, the maker expects more.", "The 2021 Corvida gets a new grille."]
    assert programs_of(paragraphs) == {}


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["With six million Zephyr vehicles sold, the maker expects more."], "Zephyr"),  # no model year
        (["Troops joined the 2024 Sea Shield exercise."], "Sea Shield"),  # the exercise of that year
        (["The 2022 Clean Water Act passed the Senate."], "Clean Water Act"),  # a law named with its year
        (["In a 2016 trade deal between the two firms, prices were fixed."], "trade deal"),  # a dated agreement
    ],
)
def test_a_year_before_a_descriptor_or_a_law_keeps_the_program(programs_of, paragraphs, expected):
    assert expected in programs_of(paragraphs)


def test_a_program_word_named_before_a_party_noun_is_a_party(programs_of):
    assert programs_of(["She led the liberal Fair Future Initiative party for a decade."]) == {}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("The Chilean constitution lets the senate veto the budget.", "Chilean constitution", None),
        ("The Chilean constitution states that the senate may veto the budget.", "Chilean constitution", None),
        ("The court cited the Peru Constitution in its ruling.", "Peru Constitution", None),
        ("Delegates drafted a new constitution last year.", None, "constitution"),
        ("The party constitution bars him from running again.", None, "party constitution"),
    ],
)
def test_a_country_names_its_one_constitution(programs_of, text, expected, absent):
    names = set(programs_of([text]))
    if expected:
        assert expected in names
    assert not any(absent and absent in n.casefold() for n in names)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police found a loaded VZ-58 pistol in the trunk of his car.", {"VZ-58"}),
        ("Soldiers carried the old SKS-45 rifles into the hills.", {"SKS-45"}),
        ("She filed Form W-2 with the agency in April.", set()),
    ],
)
def test_a_small_arm_noun_describes_a_designation(programs_of, text, expected):
    assert expected <= set(programs_of([text]))
    if not expected:
        assert not any("W-2" in n for n in programs_of([text]))


def test_an_effort_noun_after_a_name_is_kept_as_its_alias(programs_of):
    found = programs_of(["A spokeswoman for the Measles Elimination program said cases rose."])
    assert "Measles Elimination program" in found["Measles Elimination"].aliases
    other = programs_of(["The Harbor Patrol system tracked the boats all week."])
    assert all("system" not in a for p in other.values() for a in p.aliases)
