"""Forms of reported speech beyond "X said (that) ...": parenthetical attributions, verbs whose
content is a noun phrase, relative clauses, passives with an agent, groups, and beliefs."""
from __future__ import annotations

import pytest

from briefing.extract.quotes import extract_quotes

INTRO = "Defense Minister Jane Doe spoke at the summit in Brussels on Tuesday."


@pytest.fixture(scope="module")
def statements_of(parse_with_actors):
    """`statements_of(paragraphs)` -> [(text, speaker name)] of the last paragraph's statements."""

    def _statements(paragraphs: list[str]):
        _quotes, statements = extract_quotes(*parse_with_actors(paragraphs))
        return [(s.text, s.speaker_name) for s in statements if s.paragraph == len(paragraphs)]

    return _statements


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The coastal states, she said, want a common answer to the threat.",
         [("The coastal states, she said, want a common answer to the threat.", "Jane Doe")]),
        ("Over the past month, she said, more than two tons of food reached the port.",
         [("Over the past month, she said, more than two tons of food reached the port.", "Jane Doe")]),
        ("Still, she added, the pressure on the budget keeps growing.",
         [("Still, she added, the pressure on the budget keeps growing.", "Jane Doe")]),
        ("That does not mean the talks will end, she added, but the tone may change.",
         [("That does not mean the talks will end, she added, but the tone may change.", "Jane Doe")]),
    ],
)
def test_a_parenthetical_attribution_reports_the_whole_sentence(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Doe disputed the notion that she had run a private channel.",
         [("Doe disputed the notion that she had run a private channel.", "Jane Doe")]),
        ("Doe rejected the claim that the alliance had pursued a policy of war.",
         [("Doe rejected the claim that the alliance had pursued a policy of war.", "Jane Doe")]),
        ("Doe hit back against most of the points raised by the opposition.",
         [("Doe hit back against most of the points raised by the opposition.", "Jane Doe")]),
        ("Doe hinted at plans to cut the aid to the region.",
         [("Doe hinted at plans to cut the aid to the region.", "Jane Doe")]),
        ("Doe touted the budget as a step toward higher pay.",
         [("Doe touted the budget as a step toward higher pay.", "Jane Doe")]),
        ("Doe posted that the vote marked a clear win for the coalition.",
         [("Doe posted that the vote marked a clear win for the coalition", "Jane Doe")]),
        ("The ministry has ruled out any role for the rebels in the attack.",
         [("The ministry has ruled out any role for the rebels in the attack.", "The ministry")]),
    ],
)
def test_verbs_of_dispute_disclosure_and_promise(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The move drew anger from critics of the new tax, who have argued that it hurts small farms.",
         [("who have argued that it hurts small farms", "critics of the new tax")]),
        ("The bridge was announced by Ana Ruiz in her speech in March.",
         [("The bridge was announced by Ana Ruiz in her speech in March.", "Ana Ruiz")]),
        ("Others replied that they would cancel their memberships.",
         [("Others replied that they would cancel their memberships", "Others")]),
        ("Backers of the tariffs say the duties protect local jobs.",
         [("Backers of the tariffs say the duties protect local jobs", "Backers of the tariffs")]),
        ("A new study found that the glacier lost a third of its mass.",
         [("A new study found that the glacier lost a third of its mass", "A new study")]),
    ],
)
def test_relative_passive_group_and_document_speakers(statements_of, paragraph, expected):
    assert statements_of([paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The leaders may still believe all this is a price worth paying.",  # the writer's guess
        "The visa was denied by the embassy on Friday.",  # a passive act, not speech
        "The court rejected the appeal on Friday.",  # no speaker
        "The man, who said he was a farmer, was arrested.",  # no speaker noun
        "The bank was found to have broken the rules.",  # a passive finding without an agent
    ],
)
def test_no_statement(statements_of, paragraph):
    assert statements_of([paragraph]) == []


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Doe told a closed-door meeting that the rebels were under pressure, according to a source who attended.",
         [("Doe told a closed-door meeting that the rebels were under pressure", "Jane Doe")]),
        ("The rebels are facing pressure over the war, Doe said at the meeting, the source said.",
         [("The rebels are facing pressure over the war, Doe said at the meeting", "Jane Doe")]),
        # the words of an unnamed source stay the messenger's
        ("The talks will resume next week, according to a source who said the date was set.",
         [("The talks will resume next week, according to a source who said the date was set", "a source")]),
    ],
)
def test_the_speaker_is_the_source_not_the_messenger(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an abbreviated title describes the person ("Gov." -> "the governor")
        (["Gov. Eric Holm spoke at the rally.", "The governor said he was waiting for the commission to report."],
         [("The governor said he was waiting for the commission to report", "Eric Holm")]),
        # a possessive pronoun names the owner of an unnamed source
        (["Gov. Eric Holm spoke at the rally.", "His office said he was keeping his plans to travel on Monday."],
         [("His office said he was keeping his plans to travel on Monday", "Eric Holm’s office")]),
        # the parse took the reported clause for an object
        (["The unions said more than 15,000 people registered for the rally."],
         [("The unions said more than 15,000 people registered for the rally", "The unions")]),
        # a trailing frame keeps its listener and circumstances
        (["The plan would begin after a ceasefire in the city, a US official told reporters on Monday."],
         [("The plan would begin after a ceasefire in the city, a US official told reporters on Monday",
           "a US official")]),
    ],
)
def test_titles_owners_and_broken_clauses(statements_of, paragraphs, expected):
    assert statements_of(paragraphs) == expected


def test_an_object_that_is_only_a_thing_is_no_clause(statements_of):
    assert statements_of(["Smith said the thing he wanted."]) == []


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # loose reported speech: a group, a warning, a perfect tense, a statement named before the speaker
        ("Backers of the levy say the fees keep the harbor open.",
         [("Backers of the levy say the fees keep the harbor open", "Backers of the levy")]),
        ("Doe warned that the fleet would need more tugs.",
         [("Doe warned that the fleet would need more tugs", "Jane Doe")]),
        ("Doe has argued that the treaty is out of date.",
         [("Doe has argued that the treaty is out of date", "Jane Doe")]),
        ("In a statement, Doe said the talks had stalled over fishing rights.",
         [("In a statement, Doe said the talks had stalled over fishing rights", "Jane Doe")]),
        # an appeal with an infinitive, however the parse hangs it
        ("Farm officials pleaded with the council to keep the subsidies.",
         [("Farm officials pleaded with the council to keep the subsidies.", "Farm officials")]),
        ("Doe called on the allies to raise their spending.",
         [("Doe called on the allies to raise their spending.", "Jane Doe")]),
        ("Doe called on the allies to “raise their spending at once.”",
         [("Doe called on the allies to “raise their spending at once.”", "Jane Doe")]),
        # a participle that accuses or appeals reports its own clause
        ("Then Doe posted on Twitter accusing the label of trying to stop her from singing her old songs.",
         [("accusing the label of trying to stop her from singing her old songs", "Jane Doe")]),
        # a gerund completing a reporting verb is its content
        ("She suggested pushing back the date of the launch to 2028.",
         [("She suggested pushing back the date of the launch to 2028", "Jane Doe")]),
        # apologies and admissions report their object
        ("Doe has formally apologized to the families of the sailors lost at sea.",
         [("Doe has formally apologized to the families of the sailors lost at sea.", "Jane Doe")]),
        ("Doe admitted to hiding the money in a small basket.",
         [("Doe admitted to hiding the money in a small basket.", "Jane Doe")]),
        # a relative speaks as an unnamed source, in its own wording
        ("The victim’s mother testified that her daughter was brave.",
         [("The victim’s mother testified that her daughter was brave", "The victim’s mother")]),
        # a stated belief with a clause of its own
        ("Analysts think the central bank will raise rates in June.",
         [("Analysts think the central bank will raise rates in June", "Analysts")]),
        # "according to" inside a relative clause reports that clause
        ("A storm that according to the coast guard sank three boats hit the island.",
         [("according to the coast guard sank three boats", "coast guard")]),
        ("The ferry, according to the port authority, will resume service in May.",
         [("The ferry, according to the port authority, will resume service in May.", "the port authority")]),
    ],
)
def test_loose_reported_speech(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a coordinated report that is mostly a quote joins the statement before it
        ("Doe congratulated the crew on the rescue and said Elmport should “buy more boats for the coast guard at once.”",
         [("Doe congratulated the crew on the rescue and said Elmport should “buy more boats for the coast guard at "
           "once.”", "Jane Doe")]),
        # one that is only a quote stays the quote's
        ("Doe condemned the attack and said “we stand with the people of the island in their fight.”",
         [("Doe condemned the attack", "Jane Doe")]),
        # a statement holding a quote with its attribution keeps what comes before that attribution
        ('Doe said she never used the term "iron fist" and added, "I frankly cringe when I hear it."',
         [('Doe said she never used the term "iron fist"', "Jane Doe")]),
        # one with words of its own stays a statement of its own
        ("Doe congratulated the crew on the rescue and said the navy should buy more boats.",
         [("Doe congratulated the crew on the rescue", "Jane Doe"), ("said the navy should buy more boats", "Jane Doe")]),
        # a reported clause that opens with a quote takes the quote whole, marks included
        ("After the match, Doe said that “this was just the start” when asked about her future in the league.",
         [("After the match, Doe said that “this was just the start” when asked about her future in the league",
           "Jane Doe")]),
        # a quote completing a clause whose subject, a noun or a pronoun, stands outside it, however long
        ("Doe said it was “not an innocent port at all.”",
         [("Doe said it was “not an innocent port at all.”", "Jane Doe")]),
        ("Doe warned that there is “no room left for any compromise”.",
         [("Doe warned that there is “no room left for any compromise”", "Jane Doe")]),
        ("Doe said that Elmport was “a lawless place where no ship has been safe for many years.”",
         [("Doe said that Elmport was “a lawless place where no ship has been safe for many years.”", "Jane Doe")]),
        # a short quoted fragment completing a clause whose named subject stands outside it
        ("Doe said in a statement on Saturday that Elmport was “not an innocent port.”",
         [("Doe said in a statement on Saturday that Elmport was “not an innocent port.”", "Jane Doe")]),
    ],
)
def test_statements_that_hold_quotes(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Doe is expected to sign the treaty next week.",  # a passive expectation is no speech
        "Doe expects to produce three rockets by 2024.",  # an intention without a clause
        "Doe called on Monday to cancel the meeting.",  # "on" brings a date, not a listener
        "Doe denied vaccines to the prisoners.",  # a verb of giving
        "Doe told cheering teachers that they weren’t “asking for the moon.”",  # a listener, not a gerund
        "The police left the room, citing the late hour.",  # a participle that only notes a source
        "The fishermen’s union raised funds for the new boats.",  # raising an object no one says
        "The nurses spoke at the opening of the ward.",  # speaking, no frame that names what is said
        "The fishermen’s union raised no concerns about the new quotas.",  # "no" is no article
        "Doe said: “The port is not innocent at all.”",  # a quote only, no clause of the writer's
        "Doe said “we will not leave this port to the smugglers.”",  # the quote holds the subject
    ],
)
def test_no_loose_statement(statements_of, paragraph):
    assert statements_of([INTRO, paragraph]) == []


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # evaluations whose content is a noun phrase
        ("The council praised the crew’s work during the storm.",
         [("The council praised the crew’s work during the storm.", "The council")]),
        ("The mayor cheered on the decision to reopen the pier.",
         [("The mayor cheered on the decision to reopen the pier.", "The mayor")]),
        ("Economists cast doubt on whether the new tariff will ever be collected.",
         [("Economists cast doubt on whether the new tariff will ever be collected.", "Economists")]),
        # a speech act named by its object noun, plural or after an article
        ("The fishermen’s union raised concerns about the new quotas.",
         [("The fishermen’s union raised concerns about the new quotas.", "The fishermen’s union")]),
        ("The tenants’ association raised the alarm that the heating had failed.",
         [("The tenants’ association raised the alarm that the heating had failed.", "The tenants’ association")]),
        # a preposition or particle frame names what is said
        ("The dockers’ union warned against longer night shifts at the port.",
         [("The dockers’ union warned against longer night shifts at the port.", "The dockers’ union")]),
        ("Several nurses have spoken out about the closing of the ward.",
         [("Several nurses have spoken out about the closing of the ward.", "Several nurses")]),
        # a clause reporting another speaker ends the noun-phrase content
        ("The Dutch government criticized the arrests of union leaders, as Prime Minister Jo Lee told supporters "
         "he would win the vote.",
         [("The Dutch government criticized the arrests of union leaders", "The Dutch government"),
          ("Prime Minister Jo Lee told supporters he would win the vote", "Jo Lee")]),
        # a naming verb with an object complement labels its object
        ("The union called it an insult to every worker.",
         [("The union called it an insult to every worker.", "The union")]),
        ("The ministry styled itself as a guardian of the coast.",
         [("The ministry styled itself as a guardian of the coast.", "The ministry")]),
        # a finding
        ("The agency assessed that the hackers had targeted the grid.",
         [("The agency assessed that the hackers had targeted the grid", "The agency")]),
        # sides and bloggers speak without a name
        ("Both sides said they were hopeful about the talks.",
         [("Both sides said they were hopeful about the talks", "Both sides")]),
        ("Several bloggers have criticized the new rules, claiming they hurt small shops.",
         [("Several bloggers have criticized the new rules, claiming they hurt small shops.", "Several bloggers")]),
    ],
)
def test_evaluations_findings_and_groups(statements_of, paragraph, expected):
    assert statements_of([paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The ministry stressed the strike would not change the schedule, while the union condemned the decision.",
         [("The ministry stressed the strike would not change the schedule", "The ministry"),
          ("the union condemned the decision", "the union")]),
        ("The ministry said the main cause was the weather, although some experts questioned that assessment.",
         [("The ministry said the main cause was the weather", "The ministry"),
          ("some experts questioned that assessment", "some experts")]),
    ],
)
def test_a_contrasting_clause_is_a_statement_of_its_own(statements_of, paragraph, expected):
    assert statements_of([paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Analysts expect prices to stay low next year.",  # a forecast
        "The dealers expect 20,000 cars will be sold this year.",  # a forecast with a clause
        "The pirates are attacking and threatening their neighbors in the bay.",  # an act, not speech
        "The union called the meeting for Monday.",  # "call" without a name for its object
        "Critics called the plan a “gold-plated” project.",  # a noun object labelled by no one in particular
        "The crew cast the net again.",  # "cast" without "doubt"
        "The side door was locked.",  # no verb of speech
    ],
)
def test_no_statement_for_forecasts_acts_and_other_senses(statements_of, paragraph):
    assert statements_of([paragraph]) == []


def test_the_messenger_keeps_a_report_whose_inner_verb_reports_nothing(statements_of):
    paragraph = "According to the institute, Elmport now boasts the largest fleet in the region."
    assert statements_of([paragraph]) == [(paragraph, "the institute")]


def test_a_report_inside_another_statement_is_that_statement(statements_of):
    paragraph = "The agency has assessed that the rebels are losing ground, its director told reporters on Monday."
    assert [text for text, _ in statements_of([paragraph])] == [paragraph[:-1]]


def test_a_participle_inside_a_messengers_report_keeps_its_statement(statements_of):
    paragraph = ("In return, city officials offered the clerk a small fee, claiming they could hide the payments "
                 "in a charity account, according to the complaint.")
    assert [speaker for _, speaker in statements_of([paragraph])] == ["city officials", "the complaint"]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the frame ends at a clause of the writer's, coordinated or set after a conjunction
        ("About 300 homes were flooded in the valley last week, the regional council said in a statement on Friday, "
         "as rescue teams searched for survivors.",
         [("About 300 homes were flooded in the valley last week, the regional council said in a statement on Friday",
           "the regional council")]),
        ("Prices rose by a third in April, the regional council said in its report, but analysts say the rise will slow.",
         [("Prices rose by a third in April, the regional council said in its report", "the regional council"),
          ("analysts say the rise will slow", "analysts")]),
    ],
)
def test_an_attribution_closing_its_part_of_the_sentence(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The strike was claimed by the rebels, with spokesman John Smith saying the convoy had carried weapons.",
         [("spokesman John Smith saying the convoy had carried weapons", "John Smith")]),
        ("The crisis deepened, with rebel spokesperson John Smith on Friday describing the situation as “total war.”",
         [("rebel spokesperson John Smith on Friday describing the situation as “total war.”", "John Smith")]),
    ],
)
def test_a_participle_in_a_with_clause_reports_for_its_subject(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Prices fell, with the index dropping sharply.",  # no reporting verb
        "She left the hall with her aide saying nothing.",  # a listener, no content
    ],
)
def test_other_with_clauses_report_nothing(statements_of, paragraph):
    assert statements_of([INTRO, paragraph]) == []


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "that" opens the reported clause although the parse found no subject in it ("military" as an adjective)
        ("Army spokesman John Smith said that the military suspects the drone was a copy built abroad.",
         [("Army spokesman John Smith said that the military suspects the drone was a copy built abroad", "John Smith")]),
        # the reported clause hung on a noun of the frame ("speech ... that the movement planned")
        ("Militia leader John Smith said on Friday in a televised speech on state-run Channel One that the movement "
         "planned to continue its offensive.",
         [("Militia leader John Smith said on Friday in a televised speech on state-run Channel One that the movement "
           "planned to continue its offensive", "John Smith")]),
    ],
)
def test_a_reported_clause_that_the_parse_broke(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


def test_a_relative_clause_in_the_frame_of_a_verb_that_reports_nothing_is_no_statement(statements_of):
    assert statements_of([INTRO, "Jane Doe spoke again on Monday in the hall that the council built last year."]) == []


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # what follows a quote's attribution, up to a second attribution, is a statement of its own
        ("“Talks are going well,” John Smith, a delegate for the drivers’ union, told reporters on Monday, "
         "but there is still a strike notice in place for Friday, he added.",
         [("there is still a strike notice in place for Friday, he added", "John Smith")]),
        # an appositive that no comma closes: the person, not the noun after it, attributes the quote
        ("“Talks are going well,” John Smith, a delegate for the drivers’ union told reporters on Monday, "
         "but there is still a strike notice for Friday, he added.",
         [("there is still a strike notice for Friday, he added", "John Smith")]),
        # an impersonal passive report names no speaker who would carry the source's words
        ("It is estimated that the army has lost most of its tanks since the spring, a source familiar with the "
         "assessment told reporters in December.",
         [("It is estimated that the army has lost most of its tanks since the spring, a source familiar with the "
           "assessment told reporters in December", "a source familiar with the assessment")]),
    ],
)
def test_reports_around_attributions_and_impersonal_passives(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


def test_an_attribution_alone_after_a_quote_is_no_statement(statements_of):
    assert statements_of([INTRO, "“Talks are going well,” John Smith told reporters on Monday, he added."]) == []


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["A young soldier who spoke to reporters said the recruits were trained abroad."],
         [("A young soldier who spoke to reporters said the recruits were trained abroad", "A young soldier")]),
        (["The soldier carried a rifle."], []),
    ],
)
def test_soldiers_are_unnamed_sources(statements_of, paragraphs, expected):
    assert statements_of(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a verb that only reports speech, with a reported clause: any noun subject speaks
        ("Both brothers claimed that the guards had treated them well.",
         [("Both brothers claimed that the guards had treated them well", "Both brothers")]),
        ("The tribunal said the fishing rights of the island had lapsed in 1990.",
         [("The tribunal said the fishing rights of the island had lapsed in 1990", "The tribunal")]),
        ("A woman living near the harbor said there had been no warning before the blast.",
         [("A woman living near the harbor said there had been no warning before the blast", "A woman living near the harbor")]),
        ("The river flooded the valley, the villagers said.",
         [("The river flooded the valley, the villagers said", "the villagers")]),
    ],
)
def test_described_speakers_of_speech_only_verbs(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Drone images revealed that the bridge had collapsed overnight.",  # a picture shows, it says nothing
        "The candidate said he wants to rebuild the railways.",  # one person by an unresolved role
        "The tribunal rejected the appeal of the fishermen.",  # an act, not a verb of speech
        "The storm confirmed the fears of the islanders.",  # no reported clause
        "Only time will tell whether the new ferry pays off.",  # under a modal: nothing said yet
    ],
)
def test_no_described_speaker(statements_of, paragraph):
    assert statements_of([INTRO, paragraph]) == []


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "according to" a source no list knows: its wording, or the name set in apposition
        ("The island loses millions to smuggling each year, according to its customs watchdog, the Harbor Revenue Board.",
         [("The island loses millions to smuggling each year, according to its customs watchdog, the Harbor Revenue "
           "Board.", "the Harbor Revenue Board")]),
        # inside a coordinated clause: that clause only
        ("The mayor wants a new bridge, and the cost, according to a person familiar with the plan, is likely to double.",
         [("the cost, according to a person familiar with the plan, is likely to double.", "a person familiar with the plan")]),
        # a reported clause ending in a quote closed after a bracket keeps the closing mark
        ("Doe said the northern fleet would “stay put (for now).”",
         [("Doe said the northern fleet would “stay put (for now).”", "Jane Doe")]),
        ("“We are ready,” Doe said, adding that her small party “does not fear anyone (in parliament).”",
         [("adding that her small party “does not fear anyone (in parliament).”", "Jane Doe")]),
    ],
)
def test_according_sources_and_closing_marks(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The river rose overnight, according to them.",  # a pronoun names no one
        "The ferry sank in the storm, according to drone footage.",  # a picture says nothing
    ],
)
def test_no_according_source(statements_of, paragraph):
    assert statements_of([INTRO, paragraph]) == []


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a relative clause with a subject of its own that reports a clause
        ("Doe recalled the hearing of 2019, where she said the old ships were unsafe.",
         [("she said the old ships were unsafe", "Jane Doe")]),
        # without a reported clause it tells what the speaker did
        ("Doe gave a long speech in which she slammed the new tariff.", []),
    ],
)
def test_relative_clause_with_its_own_speaker(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # speech acts named by their object, and rulings with a reported clause
        ("Harbor officials voiced optimism about the new ferry route.",
         [("Harbor officials voiced optimism about the new ferry route.", "Harbor officials")]),
        ("Doe thanked the rescue crews for their work during the storm.",
         [("Doe thanked the rescue crews for their work during the storm.", "Jane Doe")]),
        ("The appeals court ruled that the fishing ban was lawful.",
         [("The appeals court ruled that the fishing ban was lawful", "The appeals court")]),
        # ruling a land is no speech
        ("The old king ruled the island for forty years.", []),
    ],
)
def test_speech_acts_named_by_their_object_and_rulings(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a gerund of speech after a preposition speaks for the main clause's subject
        ("Doe resigned on Friday after accusing the board of hiding the losses.",
         [("accusing the board of hiding the losses", "Jane Doe")]),
        ("The mayors ended their letter by calling on the governor to reopen the port.",
         [("calling on the governor to reopen the port", "The mayors")]),
        ("Doe drew sharp criticism for suggesting that the navy should leave the strait.",
         [("suggesting that the navy should leave the strait", "Jane Doe")]),
        # a participle hung on a verb the main one governs
        ("Some farmers have begun posting videos online, urging buyers to boycott the market.",
         [("urging buyers to boycott the market", "Some farmers")]),
        # a charge under a passive, and what was not said
        ("Doe was jailed for criticizing the army.", []),
        ("Doe left the hall without saying that the talks had failed.", []),
    ],
)
def test_gerunds_and_participles_of_the_main_subject(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # an object that makes the verb an act
        ("The war, which has claimed thousands of lives, entered its third year.", []),
        ("A judge rejected Doe's attempt to delay the hearing.", []),
        # the same verb with what is claimed or rejected as words
        ("Doe rejected the claim that the navy had left the strait.",
         [("Doe rejected the claim that the navy had left the strait.", "Jane Doe")]),
    ],
)
def test_verbs_of_speech_used_as_acts(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a trailing attribution whose speaker's name follows a description, parsed as a relative clause
        ("The navy has sent two frigates to the strait, state broadcaster NRK reported Monday.",
         [("The navy has sent two frigates to the strait, state broadcaster NRK reported Monday", "NRK")]),
        # a description whose relative clause holds a name is no attribution of what came before it
        ("The fishermen left the port early, the boats Doe said were unsafe.", []),
    ],
)
def test_a_described_reporter_closing_the_sentence(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a named speaker gives a noun object a label: an evaluation
        ("Doe called the new tariff “a gift to smugglers.”",
         [("Doe called the new tariff “a gift to smugglers.”", "Jane Doe")]),
        ("Doe called the ferry plan reckless.", [("Doe called the ferry plan reckless", "Jane Doe")]),
        ("Doe described the harbor deal as fair to both towns.",
         [("Doe described the harbor deal as fair to both towns.", "Jane Doe")]),
        # the phrases set before and the verbs coordinated with it belong to it
        ("Speaking in Lisbon, Doe called the treaty “a historic mistake” and demanded a new vote.",
         [("Speaking in Lisbon, Doe called the treaty “a historic mistake” and demanded a new vote", "Jane Doe")]),
        # a participle describing what the main verb's subject read or saw
        ("Doe has read the mayor's memoir, describing it as “very moving.”",
         [("describing it as “very moving.”", "Jane Doe")]),
        ("Doe toured the new dock, describing it as a model for the region.",
         [("describing it as a model for the region", "Jane Doe")]),
        # a naming by no one in particular, and a call without a label
        ("Skeptics called the bridge a “golden” project.", []),
        # a verb of speech keeps its unnamed speaker
        ("Witnesses described the convoy as slow and heavily guarded.",
         [("Witnesses described the convoy as slow and heavily guarded.", "Witnesses")]),
        ("Doe described the storm to reporters.", []),
        ("Doe called the meeting for Monday.", []),
    ],
)
def test_a_named_speaker_labelling_a_noun_object(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a plural common noun subject speaks as a described group
        ("The dock workers had expressed concerns about the new cranes.",
         [("The dock workers had expressed concerns about the new cranes.", "The dock workers")]),
        ("The fishermen refused, saying the nets were too old to use.",
         [("saying the nets were too old to use", "The fishermen")]),
        ("The two mayors promised to reopen the ferry line by spring.",
         [("The two mayors promised to reopen the ferry line by spring.", "The two mayors")]),
        # a crowd's deed told by a participle that is not only speech, and a group that says nothing
        ("Hundreds of drivers blocked the bridge, demanding cheaper fuel.", []),
        ("The dock workers left the port early on Friday.", []),
        # "express" without a speaker of its own
        ("The prices were expressed in euros.", []),
    ],
)
def test_a_described_group_speaks(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a concession set before a clause closed by an attribution opens that speaker's words
        ("Even though Lisbon has praised the ferry, it is vital to understand how other towns have managed the "
         "costs in the past, Doe, former envoy of Portugal to the council, said during the event.",
         [("Even though Lisbon has praised the ferry, it is vital to understand how other towns have managed the "
           "costs in the past", "Jane Doe")]),
        # without a closing attribution it is a report of its own
        ("Although Doe has praised the new rules, the bakers have criticized the new rules.",
         [("the bakers have criticized the new rules.", "the bakers"),
          ("Doe has praised the new rules", "Jane Doe")]),
    ],
)
def test_a_leading_concession(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a "with" clause whose own speaker only speaks is a statement apart from the report it closes
        ("The port authority said a shed was hit near the docks, with hospital officials saying they treated five people.",
         [("The port authority said a shed was hit near the docks", "The port authority"),
          ("hospital officials saying they treated five people", "hospital officials")]),
        ("Doe said the bridge was closed, with the harbor master adding that ferries would wait offshore.",
         [("Doe said the bridge was closed", "Jane Doe"),
          ("the harbor master adding that ferries would wait offshore", "the harbor master")]),
        # a finding in a "with" clause stays in the report that holds it
        ("The council believes the losses may be higher, with some reports suggesting that 200 shops closed.",
         [("The council believes the losses may be higher, with some reports suggesting that 200 shops closed",
           "The council")]),
    ],
)
def test_a_with_clause_with_its_own_speaker(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a relative clause set off by a comma speaks for the noun it describes, apart from the report holding it
        ("Doe was echoing the party's candidate Jo Lee, who has long criticized the port.",
         [("Doe was echoing the party's candidate Jo Lee", "Jane Doe"),
          ("who has long criticized the port", "Jo Lee")]),
        # what a messenger reports holds the relative clause too
        ("According to two aides, the talks stalled over the mayor, who argued that the port must stay open.",
         [("According to two aides, the talks stalled over the mayor, who argued that the port must stay open.",
           "two aides")]),
        # a restrictive relative clause without a comma stays in the report
        ("Doe praised the crews who rebuilt the pier in a week.",
         [("Doe praised the crews who rebuilt the pier in a week.", "Jane Doe")]),
    ],
)
def test_a_relative_clause_set_off_speaks_apart(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "to" before a gerund belongs to the object, it names no listener
        ("Doe underlined the obstacles to rebuilding the harbor before winter.",
         [("Doe underlined the obstacles to rebuilding the harbor before winter.", "Jane Doe")]),
        # saying again what was said: a report of its own
        ("Doe repeated to reporters that the harbor would stay closed until spring.",
         [("Doe repeated to reporters that the harbor would stay closed until spring", "Jane Doe")]),
    ],
)
def test_repeated_claims_and_objects_before_a_gerund(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "Doe repeated the drill twice before noon.",  # a repeated act reports nothing
        "The test was repeated by the crew on Friday.",  # nor does a passive act
        "Doe denied visas to the sailors on Friday.",  # "to" a listener: a thing given
    ],
)
def test_no_statement_for_repeated_acts_or_things_given(statements_of, paragraph):
    assert statements_of([INTRO, paragraph]) == []


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # phrases of the verb's own clause set before its subject open the statement
        ("Responding to questions about the delay, Doe repeated that the bridge would open in May.",
         [("Responding to questions about the delay, Doe repeated that the bridge would open in May", "Jane Doe")]),
        ("Pressed on the cost, Doe insisted that the budget would hold.",
         [("Pressed on the cost, Doe insisted that the budget would hold", "Jane Doe")]),
        # a clause with a speaker of its own stays apart
        ("After Jo Lee said the port was closed, Doe warned that ships would wait offshore.",
         [("Doe warned that ships would wait offshore", "Jane Doe"), ("Jo Lee said the port was closed", "Jo Lee")]),
        # a source set before the subject is no part of the speaker's frame
        ("According to two aides, Doe warned that ships would wait offshore.",
         [("Doe warned that ships would wait offshore", "Jane Doe")]),
    ],
)
def test_phrases_set_before_the_speaker_open_the_statement(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a speech act's "to" names whom it is said to, wherever it stands
        ("Doe expressed gratitude to the volunteers for rebuilding the pier.",
         [("Doe expressed gratitude to the volunteers for rebuilding the pier.", "Jane Doe")]),
        ("Doe voiced concerns to the council about the budget.",
         [("Doe voiced concerns to the council about the budget.", "Jane Doe")]),
        # a verb of giving keeps nothing ("denied visas to ...": a thing given)
        ("Doe denied visas to the sailors on Friday.", []),
    ],
)
def test_a_speech_act_said_to_someone(statements_of, paragraph, expected):
    assert statements_of([INTRO, paragraph]) == expected
