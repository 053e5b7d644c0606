"""Candidate mentions: entity spans, cleaning, kinds."""
from __future__ import annotations

import pytest
import spacy

from actor_helpers import actor, names

from briefing.extract.actors.candidates import _is_long_proper_name, entity_spans


def test_a_person_tagged_name_ending_in_a_company_word_is_an_organisation(parse_with_actors):
    _, table = parse_with_actors(["The company that runs the awards, Dick Clark Productions, denies a deal was sorted."])
    assert names(table).get("Dick Clark Productions") == "organization"


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("North Korea launched a missile over Japan.", "North Korea", "country"),
        ("The U.S. and Japan condemned the launch.", "United States", "country"),
        ("Officials met in Chicago on Friday.", "Chicago", "location"),
        ("Partners in the Indo-Pacific are worried.", "Indo-Pacific", "location"),
        ("Europe is not alone in this.", "Europe", "location"),
    ],
)
def test_place_kinds(parse_with_actors, text, name, kind):
    _, table = parse_with_actors([text])
    assert names(table).get(name) == kind


def test_country_aliases_merge(parse_with_actors):
    _, table = parse_with_actors(["The U.S. has agreed.", "The United States and the UK signed the deal."])
    us = actor(table, "United States")
    assert us.aliases == ["U.S."]
    assert actor(table, "UK").name == "United Kingdom"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Steve Clarke, deputy associate administrator in NASA\u2019s Science Mission Directorate, spoke.", "Science Mission Directorate"),
        ("Tyvak Nano-Satellite Systems Inc., Irvine, California", "Tyvak Nano-Satellite Systems Inc."),
    ],
)
def test_capitalised_name_ending_in_organization_word(parse_with_actors, text, name):
    _, table = parse_with_actors([text])
    assert names(table).get(name) == "organization"
    assert not any(n != name and n in name for n in names(table) if names(table)[n] == "organization")


def test_country_led_organization_is_one_name(parse_with_actors):
    _, table = parse_with_actors(["Ships conducted an exercise with ships from the Japan Maritime Self-Defense Force."])
    assert names(table).get("Japan Maritime Self-Defense Force") == "organization"


@pytest.mark.parametrize(
    "text, name",
    [
        ("Troops of the People's Liberation Army were deployed near the border.", "People's Liberation Army"),
        ("Michael Sims, CEO and Founder of Ceres Robotics Inc., said the award was a surprise.", "Ceres Robotics Inc."),
        ("A report by NASA's Office of Inspector General was published on Monday.", "Office of Inspector General"),
    ],
)
def test_organization_name_inside_entity(parse_with_actors, text, name):
    _, table = parse_with_actors([text.replace("'", "\u2019")])
    assert name.replace("'", "\u2019") in names(table)


def test_designation_is_cut_from_maker(parse_with_actors):
    _, table = parse_with_actors(["NATO will replace the Boeing E-3 Sentry airborne warning and control aircraft."])
    assert "Boeing" in names(table)
    assert not any("E-3" in n for n in names(table))


def test_an_organisation_of_an_organisation_is_two_actors(parse_with_actors):
    _, table = parse_with_actors(
        ["Charles Simpson, program administrator at Tufts University’s Feinstein International Center, spoke."]
    )
    assert {"Tufts University", "Feinstein International Center"} <= set(names(table))


def test_a_name_may_start_with_an_arabic_article(parse_with_actors):
    _, table = parse_with_actors(
        [
            "Russia accused U.S. forces in al-Tanf of arming bandits, the ministry said.",
            "The U.S. base in al-Tanf has been the target of a Russian disinformation campaign.",
        ]
    )
    assert "al-Tanf" in names(table)


def test_a_market_code_after_a_name_is_not_part_of_it(parse_with_actors):
    _, table = parse_with_actors(["The yen rose, while Sterling GBP= was last trading at $1.2925, Reuters said."])
    assert not [name for name in names(table) if "GBP" in name]


def test_a_possessive_inside_a_company_name_stays(parse_with_actors):
    _, table = parse_with_actors(["McDonald's Corp. said its sales rose, according to Reuters."])
    assert not {"McDonald", "Corp."} & set(names(table))


@pytest.mark.parametrize(
    "paragraphs, name, kind",
    [
        (["(SpaceX is widely believed to have submitted a proposal, but the company has not disclosed it.)"], "SpaceX", "organization"),
        (["Ron DeSantis won the vote.", "DeSantis said he was pleased."], "Ron DeSantis", "person"),
        (["Senator John McCain was shot down in 1967.", "McCain spent years in prison."], "John McCain", "person"),
    ],
)
def test_brand_style_word_is_no_person(parse_with_actors, paragraphs, name, kind):
    _, table = parse_with_actors(paragraphs)
    assert names(table).get(name) == kind


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "\u201cWe have a plan,\u201d Jim Chilton, senior vice president at Boeing Defense, Space, and Security, said.",
            "Boeing Defense, Space, and Security",
        ),
        ("Seoul's Ministry of Trade, Industry and Energy said exports fell.", "Ministry of Trade, Industry and Energy"),
    ],
)
def test_organization_name_with_a_comma_list(parse_with_actors, text, name):
    _, table = parse_with_actors([text])
    assert names(table).get(name) == "organization"


@pytest.mark.parametrize(
    "text, body",
    [
        ("Hong Kong police have laid siege to a university, pinning 800 students inside.", "Hong Kong police"),
        ("China's commerce ministry said on Thursday that the talks went well.", "China's commerce ministry"),
        ("The Israeli military said it struck targets overnight.", "Israeli military"),
    ],
)
def test_place_and_body_noun_is_an_organization(parse_with_actors, text, body):
    _, table = parse_with_actors([text])
    assert names(table).get(body) == "organization"


@pytest.mark.parametrize(
    "text, not_a_body",
    [
        ("Hong Kong police chief Chris Tang said the force was stretched.", "Hong Kong police"),
        ("He described US military operations in the region.", "US military"),
        ("Protesters gathered in Hong Kong while police watched.", "Hong Kong police"),
    ],
)
def test_body_noun_that_does_not_head_the_phrase_is_no_body(parse_with_actors, text, not_a_body):
    _, table = parse_with_actors([text])
    assert not_a_body not in names(table)


def test_place_of_a_body_stays_an_actor(parse_with_actors):
    _, table = parse_with_actors(["China's commerce ministry said on Thursday that the talks went well."])
    assert names(table).get("China") == "country"


@pytest.mark.parametrize(
    "text, absent, present",
    [
        ("Officials said U.S.-Canada trade rose in March.", ["U.S.-Canada"], []),
        ("The probe began the Earth-Mars cruise on Friday.", ["Earth-Mars", "Earth", "Mars"], []),
        ("Analysts expect US-China talks to resume in June.", ["US-China"], ["China", "United States"]),
        ("The contract went to Rolls-Royce, which builds engines.", [], ["Rolls-Royce"]),
    ],
)
def test_hyphenated_places_modifying_a_noun_are_no_actor(parse_with_actors, text, absent, present):
    _, table = parse_with_actors([text])
    assert not any(a in names(table) for a in absent)
    assert all(p in names(table) for p in present)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("NBC anchor Lester Holt interviewed the president on Monday.", "Lester Holt", "person"),
        ("The Donald Trump-led United States would leave NATO, critics said.", "United States", "country"),
        ("The Donald Trump-led United States would leave NATO, critics said.", "Donald Trump", "person"),
    ],
)
def test_names_the_model_mistypes_or_runs_on(parse_with_actors, text, name, kind):
    _, table = parse_with_actors([text])
    assert names(table).get(name) == kind
    assert "Donald Trump-led" not in names(table)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Robert F. Kennedy Jr.’s son, Bobby Kennedy III, posted a video of a phone call.", "Bobby Kennedy III"),
        ("Seldon is survived by his parents, Danielle Smith and Andre Seldon Sr.", "Andre Seldon Sr."),
    ],
)
def test_a_persons_suffix_stays_in_the_name(parse_with_actors, text, name):
    _, table = parse_with_actors([text])
    assert names(table).get(name) == "person"


@pytest.mark.parametrize(
    "text, actor, kind",
    [
        # military units with ordinals, and commands
        ("The 5th Fleet patrols the Gulf, an officer said.", "5th Fleet", "organization"),
        ("The 82nd Airborne Division was put on alert on Sunday.", "82nd Airborne Division", "organization"),
        ("Admiral Ruth Keane leads US Central Command, she told reporters.", "US Central Command", "organization"),
        # institute names with 'and', 'on', 'for the ... of'
        ("Analysts at the Center for Maritime Law and Policy Studies warned of delays.",
         "Center for Maritime Law and Policy Studies", "organization"),
        ("Dana Whitford, a fellow at the Council on Energy Security, said the plan was weak.",
         "Council on Energy Security", "organization"),
        ("Jo Brandt, head of the Center for Rural Health and Social Justice, spoke.",
         "Center for Rural Health and Social Justice", "organization"),
        ("Analysts at the Institute for the Study of Civil War said troops were moving.",
         "Institute for the Study of Civil War", "organization"),
        # person names the model cuts short
        ("Leaders of the bloc, Paul Weber, Anna von der Heyden and Roberta Costa, were asked to act.",
         "Anna von der Heyden", "person"),
        ("The company's chief executive Marcus D. Hale, Jr. said the results were strong.", "Marcus D. Hale Jr.",
         "person"),
        ("South Korean President Moon Jae-in met the envoy on Friday.", "Moon Jae-in", "person"),
        ("Bloc chief Ingrid von der Maasen, reelected Monday, called the plan a mistake.", "Ingrid von der Maasen",
         "person"),
        ("Deputy Lena van den Broek voted against the plan.", "Lena van den Broek", "person"),
        # organisation names the model cuts at an 'of', units with an ordinal
        ("The pair belong to a hacking group called Cyber Legion of Mars Reborn (CLMR) that claimed attacks.",
         "Cyber Legion of Mars Reborn", "organization"),
        ("The messages linked to the website of the National Security Agency of Peru, police said.",
         "National Security Agency of Peru", "organization"),
        ("Ana Diaz, director of programs at Legal Aid for Afghans, an aid organization based in Britain, spoke.",
         "Legal Aid for Afghans", "organization"),
        ("“Troops should pull back as fast as they can from the border areas,” Noa Peretz, a professor of "
         "international law at Tel Aviv University, told CNN.", "Tel Aviv University", "organization"),
        ("Officers of his unit, the 104th Reconnaissance Wing, were disciplined.", "104th Reconnaissance Wing",
         "organization"),
        ("Vermont Air National Guardsman Carl Hobb, who pleaded guilty in May, faces new charges.",
         "Vermont Air National Guard", "organization"),
    ],
)
def test_names_of_these_kinds_are_found_whole(parse_with_actors, text, actor, kind):
    _, table = parse_with_actors([text])
    assert names(table).get(actor) == kind, names(table)


@pytest.mark.parametrize(
    "text, venue",
    [
        ("The tournament final is at Footprint Center in Phoenix on Sunday.", "Footprint Center"),
        ("The Lakers played at the Crypto Center in Los Angeles.", "Crypto Center"),
    ],
)
def test_a_venue_named_with_an_organisation_word_stays_a_place(parse_with_actors, text, venue):
    _, table = parse_with_actors([text])
    assert venue not in names(table)


def test_a_for_phrase_after_a_name_with_the_before_it_is_no_part_of_the_name(parse_with_actors):
    _, table = parse_with_actors(["He thanked the Red Cross for Syrians, he said."])
    assert "Red Cross" in names(table) and "Red Cross for Syrians" not in names(table)


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("The company's chief executive Marcus D. Hale, Jr. said the results were strong.", "Jr."),
        ("Leaders of the bloc, Paul Weber, Anna von der Heyden and Roberta Costa, were asked to act.", "Heyden"),
        ("Bloc chief Ingrid von der Maasen, reelected Monday, called the plan a mistake.", "Ingrid von"),
        ("Bloc chief Ingrid von der Maasen, reelected Monday, called the plan a mistake.", "Maasen"),
        ("Vermont Air National Guardsman Carl Hobb, who pleaded guilty in May, faces new charges.",
         "Vermont Air National"),
        ("The messages linked to the website of the National Security Agency of Peru, police said.",
         "National Security Agency"),
        ("South Korean President Moon Jae-in met the envoy on Friday.", "Moon Jae"),
        ("Jo Brandt, head of the Center for Rural Health and Social Justice, spoke.",
         "Center for Rural Health and Social"),
    ],
)
def test_no_fragment_of_those_names_is_an_actor(parse_with_actors, text, fragment):
    _, table = parse_with_actors([text])
    assert fragment not in names(table)


@pytest.mark.parametrize(
    "text, word",
    [
        ("President Biden-era rules were dropped, Jan Morrow said.", "Jan Morrow"),  # 'era' is a word, no syllable
        ("The Donald Trump-led campaign raised money.", "Donald Trump"),
    ],
)
def test_a_hyphenated_word_after_a_name_stays_out_of_it(parse_with_actors, text, word):
    _, table = parse_with_actors([text])
    assert word in names(table) and not any(n.startswith(word + "-") for n in names(table))


@pytest.mark.parametrize(
    "text, office",
    [
        ("The United Nations High Commissioner for Refugees said camps were full.",
         "United Nations High Commissioner for Refugees"),
        ("The EU Special Representative for the Sahel met local leaders.", "EU Special Representative for the Sahel"),
        ("The Council of Europe Commissioner for Human Rights wrote to the minister.",
         "Council of Europe Commissioner for Human Rights"),
    ],
)
def test_an_office_an_organisation_opens_is_one_actor(parse_with_actors, text, office):
    _, table = parse_with_actors([text])
    assert office in names(table)


def test_an_organisation_followed_by_no_office_keeps_its_name(parse_with_actors):
    _, table = parse_with_actors(["The United Nations Security Council met on Friday for talks on Haiti."])
    assert {"United Nations Security Council", "Haiti"} <= set(names(table))
    assert not any(name.startswith("United Nations Security Council ") for name in names(table))


@pytest.mark.parametrize(
    "text, name, not_a_name",
    [
        ("Key Arctic Council members objected to the plan.", "Arctic Council", "Key Arctic Council"),
        ("Several Gulf Cooperation Council states agreed on Monday.", "Gulf Cooperation Council",
         "Several Gulf Cooperation Council"),
        ("Another Foreign Office spokesperson said they were following the case.", "Foreign Office",
         "Another Foreign Office"),
        ("Each Nordic Council member sent a delegate.", "Nordic Council", "Each Nordic Council"),
        ("Multiple Arctic Council officials objected to the plan.", "Arctic Council", "Multiple Arctic Council"),
    ],
)
def test_a_qualifier_opening_the_sentence_is_not_part_of_the_name(parse_with_actors, text, name, not_a_name):
    _, table = parse_with_actors([text])
    assert name in names(table) and not_a_name not in names(table)


def test_a_name_whose_first_word_is_an_ordinary_adjective_keeps_it(parse_with_actors):
    _, table = parse_with_actors(["Major League Baseball said on Monday that the season would start late."])
    assert "Major League Baseball" in names(table)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Under Governor Rodrigo “Digong” Alvarez, the province has grown.", "Rodrigo Alvarez"),
        ("Senator Maria “Cookie” Santos Jr. spoke on Saturday.", "Maria Santos Jr."),
    ],
)
def test_a_quoted_nickname_inside_a_name_is_one_person(parse_with_actors, text, person):
    _, table = parse_with_actors([text])
    assert names(table).get(person) == "person"
    assert not any("Digong" == n or "Cookie" == n for n in names(table))


def test_a_quoted_title_after_a_name_is_no_nickname(parse_with_actors):
    _, table = parse_with_actors(["Author Mira Patel wrote “Deep Water” Harbor Press said on Friday."])
    assert "Mira Patel" in names(table)


@pytest.mark.parametrize(
    "text, group",
    [
        ("The Zapatistas have held the region for years, the report said.", "Zapatistas"),
        ("Talks with the Houthis stalled again on Monday.", "Houthis"),
    ],
)
def test_a_capitalised_plural_after_the_names_a_group(parse_with_actors, text, group):
    _, table = parse_with_actors([text])
    assert names(table).get(group) == "organization"


def test_a_persons_name_ending_in_s_stays_a_person(parse_with_actors):
    _, table = parse_with_actors(["Speaker Thomas Evans said the vote would wait until June."])
    assert names(table).get("Thomas Evans") == "person"


def test_a_surname_the_model_tags_apart_after_a_person_ends_the_name(parse_with_actors):
    # the model reads 'Thomas Ford' as a person and 'Mendez' as a product
    _, table = parse_with_actors([
        "Ford said on Monday it would recall 5,000 trucks.",
        "The role went to Clara Mendez, director Thomas Ford Mendez’s daughter.",
    ])
    assert names(table).get("Thomas Ford Mendez") == "person", names(table)
    assert names(table).get("Clara Mendez") == "person"
    assert names(table).get("Ford") == "organization"
    assert actor(table, "Thomas Ford Mendez").id != actor(table, "Clara Mendez").id


@pytest.mark.parametrize(
    "text, tail, label",
    [
        ("She met Tom Hale NASA chief on Monday.", "NASA", "ORG"),  # an acronym
        ("She met Tom Hale Chicago office staff on Monday.", "Chicago", "GPE"),  # a known place
        ("She met Tom Hale Holdings staff on Monday.", "Holdings", "ORG"),  # an organisation word
        ("She met Tom Hale on Tuesday.", "Tuesday", "DATE"),  # no name at all
    ],
)
def test_a_word_tagged_apart_after_a_person_that_cannot_end_a_name_stays_apart(nlp, text, tail, label):
    doc = nlp(text)
    person = doc.char_span(text.index("Tom"), text.index("Hale") + 4, label="PERSON")
    other = doc.char_span(text.index(tail), text.index(tail) + len(tail), label=label)
    doc.ents = [person, other]
    assert "Tom Hale" in [s.text for s in entity_spans(doc)]


@pytest.mark.parametrize(
    "paragraphs, word",
    [
        (["Preserving Nordic unity is critical to a lasting peace, he said."], "Preserving Nordic"),
        (["Defending Baltic ports matters most, Lena Holm said."], "Defending Baltic"),
        (["Senator Ann Smith and Governor Bill Jones are running together.",
          "On the leanings of a Smith-Jones ticket, he is careful."], "Smith-Jones"),
    ],
)
def test_a_gerund_or_a_pair_of_surnames_names_no_organisation(parse_with_actors, paragraphs, word):
    _, table = parse_with_actors(paragraphs)
    assert word not in names(table)


@pytest.mark.parametrize(
    "paragraphs, name",
    [
        (["The Nordic Council met on Monday, Lena Holm said."], "Nordic Council"),
        (["Rolls-Royce engines power the new jet, Lena Holm said.", "Rolls-Royce said it was pleased."],
         "Rolls-Royce"),
        (["Karl van der Berg and Maria de la Cruz met on Monday."], "Maria de la Cruz"),
        (["The Ministry of Defense of Peru said the drill was over."], "Ministry of Defense of Peru"),
        (["Standing Baltic Maritime Group 3 ships sailed on Monday, Lena Holm said."], "Standing Baltic Maritime Group 3"),
    ],
)
def test_names_those_rules_leave_alone(parse_with_actors, paragraphs, name):
    _, table = parse_with_actors(paragraphs)
    assert name in names(table), names(table)


@pytest.mark.parametrize(
    "text, office, not_a_name",
    [
        ("A woman admitted the fraud, the U.S. Attorney’s Office for the Northern District of Elbonia said Friday.",
         "U.S. Attorney’s Office for the Northern District of Elbonia", "Northern District"),
        ("The Dane County Sheriff's Office said the deputy was fired.", "Dane County Sheriff's Office", "Dane County"),
        ("The U.S. Attorney's Office in Manhattan declined to comment.", "U.S. Attorney's Office", "U.S. Attorney's Office in Manhattan"),
    ],
)
def test_the_office_of_a_role_is_one_name(parse_with_actors, text, office, not_a_name):
    _, table = parse_with_actors([text])
    assert office in names(table) and not_a_name not in names(table)


def test_an_owner_that_is_no_role_makes_no_office(parse_with_actors):
    _, table = parse_with_actors(["Maria Lopez's Office Supply store in Dayton closed."])
    assert not [n for n in names(table) if n.endswith("Office")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The man had suffered burns, MDA paramedic Roi Klein said.", "Roi Klein"),
        ("The roads were closed, ZAKA volunteer Roi Klein told reporters.", "Roi Klein"),
    ],
)
def test_a_given_name_the_model_cut_off_after_a_role_joins_the_person(parse_with_actors, text, name):
    _, table = parse_with_actors([text])
    assert names(table).get(name) == "person"


@pytest.mark.parametrize(
    "text, absent",
    [
        ("The House Democratic Caucus met on Monday.", "Democratic Caucus"),
        ("Order the Side Salad with the Slow Cooker Chili.", "Side Salad"),
    ],
)
def test_a_capital_before_a_one_word_name_is_no_given_name_without_a_role_or_speech(parse_with_actors, text, absent):
    _, table = parse_with_actors([text])
    assert absent not in names(table)


@pytest.mark.parametrize(
    "paragraphs, present, absent",
    [
        (["Senator Alan Marsh spoke first.", "Questioning Marsh, the committee pressed the point."], "Alan Marsh", "Questioning Marsh"),
        (["Sterling Brown said he would stay."], "Sterling Brown", "Brown"),
    ],
)
def test_a_participle_opening_the_sentence_is_no_part_of_a_name(parse_with_actors, paragraphs, present, absent):
    _, table = parse_with_actors(paragraphs)
    assert present in names(table) and absent not in names(table)


def test_a_kind_of_body_before_an_organisations_name_is_no_part_of_it(parse_with_actors):
    _, table = parse_with_actors(["Human rights NGO Vida Libre reported 71 detentions.", "The NGO said so."])
    assert "Vida Libre" in names(table) and "NGO Vida Libre" not in names(table) and "NGO" not in names(table)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("“We are worried,” exiled opposition figure Nadia Ivashkevich said on Friday.", "Nadia Ivashkevich", "person"),
        ("“We are worried,” the opposition group Free Minds Alliance said on Friday.", "Free Minds Alliance", "organization"),
    ],
)
def test_a_name_after_a_figure_of_public_life_is_a_person(parse_with_actors, text, name, kind):
    _, table = parse_with_actors([text])
    assert names(table).get(name) == kind


@pytest.mark.parametrize(
    "paragraphs, person",
    [
        (["Foreign Ministry Spokesperson Dmitry Volkhin said the talks would resume.",
          "Volkhin added that no date had been set."], "Dmitry Volkhin"),
    ],
)
def test_a_name_after_a_title_inside_an_organisation_tag_is_a_person(parse_with_actors, paragraphs, person):
    _, table = parse_with_actors(paragraphs)
    found = actor(table, person)
    assert (found.name, found.kind) == (person, "person")
    assert not any("Spokesperson" in name for name in names(table))


def test_a_body_after_a_title_word_stays_a_body(parse_with_actors):
    _, table = parse_with_actors(["The Foreign Ministry Spokesperson Office issued a statement on Friday."])
    assert all(kind != "person" for kind in names(table).values())


@pytest.mark.parametrize(
    "text, name, cut",
    [
        ("Thousands of families need shelter, according to the United Nations Office for the Coordination of "
         "Refugee Affairs.", "United Nations Office for the Coordination of Refugee Affairs", "Coordination of Refugee Affairs"),
        ("On Monday, the European Office for the Protection of Maritime Workers published its report.",
         "European Office for the Protection of Maritime Workers", "Protection of Maritime Workers"),
        ("On Friday, the state-owned Global New Herald of Laos reported that the general was ill.",
         "Global New Herald of Laos", "Global New Herald"),
        ("The state-run Asian New Light of Vietnam said on Monday that the talks had failed.",
         "Asian New Light of Vietnam", "Asian New Light"),
    ],
)
def test_a_name_the_model_cut_at_of_or_for_is_one_organisation(parse_with_actors, text, name, cut):
    _, table = parse_with_actors([text])
    assert names(table).get(name) == "organization"
    assert cut not in names(table)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Global New Herald", True),
        ("Morning Star", False),  # two words: too short to be sure it is a title of its own
        ("Bank of Laos", False),  # a small word inside
        ("Evening 24 News", False),
        ("New light Daily", False),
    ],
)
def test_a_long_proper_name_is_three_capitalised_words_or_more(text, expected):
    doc = spacy.blank("en")(text)
    assert _is_long_proper_name(doc[:]) is expected


def test_a_body_whose_name_holds_a_role_word_stays_a_body(parse_with_actors):
    _, table = parse_with_actors(["The Police Executive Research Forum said the review would take months."])
    assert names(table).get("Police Executive Research Forum") == "organization"
