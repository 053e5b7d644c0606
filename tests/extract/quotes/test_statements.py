"""Reported statements: reported speech without quote marks, with its speaker."""
from __future__ import annotations

import pytest

from briefing.extract.quotes import extract_quotes
from briefing.model import Document, Paragraph
from briefing.nlp import parse_documents
from briefing.slugs import content_id

INTRO = "Defense Minister Jane Doe spoke at the summit in Brussels on Tuesday."


@pytest.fixture(scope="module")
def statements_of(parse_with_actors):
    """`statements_of(paragraphs)` -> the document's statements."""

    def _statements(paragraphs: list[str]):
        parsed, actors = parse_with_actors(paragraphs)
        return extract_quotes(parsed, actors)[1]

    return _statements


def pairs(statements):
    return [(s.text, s.speaker_name) for s in statements]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the reported clause after the verb, without "that"
        ("Jane Doe signaled that Japan is looking to deepen its ties with NATO.",
         [("Jane Doe signaled that Japan is looking to deepen its ties with NATO", "Jane Doe")]),
        ("Jane Doe told reporters that the navy will need more ships.",
         [("Jane Doe told reporters that the navy will need more ships", "Jane Doe")]),
        # the attribution closes the sentence
        ("This will open doors for further cooperation with allies, Jane Doe noted.",
         [("This will open doors for further cooperation with allies, Jane Doe noted", "Jane Doe")]),
        # "at the time that ...": the parse hangs the reported clause on "time"
        ("Jane Doe wrote at the time that the firm was failing.",
         [("Jane Doe wrote at the time that the firm was failing", "Jane Doe")]),
        # a number the parse takes for an adverbial clause is still the subject of what was said
        ("At least four of the injured sustained burns, Jane Doe said.",
         [("At least four of the injured sustained burns, Jane Doe said", "Jane Doe")]),
        ("The group connects industry representatives from member nations, said John Smith, director at Acme Corp.",
         [("The group connects industry representatives from member nations, said John Smith, director at Acme Corp.", "John Smith")]),
        ("It is important to understand how other nonmembers have worked with the alliance, John Smith, "
         "a former ambassador to the conference in Geneva, said through an interpreter.",
         [("It is important to understand how other nonmembers have worked with the alliance, John Smith, a former ambassador to the conference in Geneva, said through an interpreter", "John Smith")]),
    ],
)
def test_reported_clause_and_speaker(statements_of, paragraph, expected):
    assert pairs(statements_of([paragraph])) == expected


def test_pronoun_speaker_resolves_to_last_person(statements_of):
    paragraphs = [INTRO, "These new domains call for more complex technologies, she added."]
    assert pairs(statements_of(paragraphs)) == [("These new domains call for more complex technologies, she added", "Jane Doe")]


def test_object_content_keeps_the_whole_sentence(statements_of):
    paragraphs = [INTRO, "She cited Moscow’s threat to use nuclear weapons as an area of concern."]
    assert pairs(statements_of(paragraphs)) == [
        ("She cited Moscow’s threat to use nuclear weapons as an area of concern.", "Jane Doe")
    ]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Those figures will come after the doctrine is published, according to budget documents.",
         [("Those figures will come after the doctrine is published, according to budget documents", "budget documents",
           None)]),
        ("The alliance adopted a new strategy in 2021, according to a NATO release.",
         [("The alliance adopted a new strategy in 2021, according to a NATO release", "NATO", "nato")]),
        ("The talks will resume next month, a senior official said.",
         [("The talks will resume next month, a senior official said", "a senior official", None)]),
    ],
)
def test_document_and_anonymous_sources(statements_of, paragraph, expected):
    assert [(s.text, s.speaker_name, s.speaker) for s in statements_of([paragraph])] == expected


def test_adding_that_after_a_quote_is_a_statement(statements_of):
    paragraphs = [
        INTRO,
        "“Russian aggression is not a problem for Europe alone,” she said, adding that the crisis could "
        "likewise happen in East Asia.",
    ]
    assert pairs(statements_of(paragraphs)) == [("adding that the crisis could likewise happen in East Asia", "Jane Doe")]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a direct quote is a quote, not a statement
        "“The budget will grow again next year,” Jane Doe said.",
        "Jane Doe said: “The budget will grow again next year.”",
        # "said" inside a relative clause about someone else
        "The man who said he was tired left the meeting early on Tuesday.",
        # a reporting verb without a speaker
        "The request outlined seven key areas of defense modernization.",
        "Nobody said anything about the budget during the meeting.",
        # negated speech reports nothing
        "Jane Doe did not say whether the talks would resume next month.",
        # no reporting verb at all
        "Japan has tried to achieve interoperability with NATO in recent years.",
        # a verb that reports nothing here
        "The storm announced its arrival with a roll of thunder.",
    ],
)
def test_no_statement(statements_of, paragraph):
    assert statements_of([paragraph]) == []


def test_nested_report_is_one_statement(statements_of):
    paragraph = "The alliance has also emphasized the need to cooperate with nations in Asia, Jane Doe noted."
    assert pairs(statements_of([paragraph])) == [
        ("The alliance has also emphasized the need to cooperate with nations in Asia, Jane Doe noted", "Jane Doe")
    ]


def test_two_sentences_two_statements(statements_of):
    paragraph = (
        "The strategy will be published by the end of the year, Jane Doe said. "
        "The documents should also explain how Japan can share defense information, she added."
    )
    assert pairs(statements_of([paragraph])) == [
        ("The strategy will be published by the end of the year, Jane Doe said", "Jane Doe"),
        ("The documents should also explain how Japan can share defense information, she added", "Jane Doe"),
    ]


def test_statement_text_is_verbatim_with_content_id(statements_of):
    paragraphs = [INTRO, "The talks will resume next month, Jane Doe said."]
    (statement,) = statements_of(paragraphs)
    assert statement.text in paragraphs[1]
    assert statement.id == content_id("s", "t", 2, statement.text)
    assert (statement.document, statement.paragraph) == ("t", 2)


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # accusing, urging, calling for, denying, believing: the verb's own clause
        (["Defense Minister Jane Doe on Monday accused Russia of violating the treaty."],
         [("Defense Minister Jane Doe on Monday accused Russia of violating the treaty.", "Jane Doe")]),
        ([INTRO, "She urged allies to increase their spending."],
         [("She urged allies to increase their spending.", "Jane Doe")]),
        (["Jane Doe called for an end to the fighting."], [("Jane Doe called for an end to the fighting.", "Jane Doe")]),
        (["Jane Doe called for the hostages to be freed."], [("Jane Doe called for the hostages to be freed.", "Jane Doe")]),
        (["The union has insisted on a full return of the seized funds."],
         [("The union has insisted on a full return of the seized funds.", "The union")]),
        (["Jane Doe appealed to mayors and governors to shore up their flood defenses."],
         [("Jane Doe appealed to mayors and governors to shore up their flood defenses.", "Jane Doe")]),
        # announcing, revealing, welcoming a noun phrase: by a name
        (["Jane Doe announced her candidacy for mayor."], [("Jane Doe announced her candidacy for mayor.", "Jane Doe")]),
        (["Jane Doe welcomed the court's decision to free the journalists."],
         [("Jane Doe welcomed the court's decision to free the journalists.", "Jane Doe")]),
        (["Acme chief executive Jane Doe revealed plans to double the fleet by 2030."],
         [("Acme chief executive Jane Doe revealed plans to double the fleet by 2030.", "Jane Doe")]),
        (["Jane Doe denied that the ministry had leaked the plans."], [("Jane Doe denied that the ministry had leaked the plans", "Jane Doe")]),
        (["NASA believes the discovery is further evidence of water on the moon."],
         [("NASA believes the discovery is further evidence of water on the moon", "NASA")]),
        # a coordinated verb borrows the subject and keeps only its own clause
        (["Japan is one of the region’s biggest investors and has accused Beijing of encroaching into its waters."],
         [("has accused Beijing of encroaching into its waters", "Japan")]),
    ],
)
def test_accusation_appeal_and_belief_verbs(statements_of, paragraphs, expected):
    assert pairs(statements_of(paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # "deny" as giving, not speech
        "The agency is denying vaccines to detainees in custody.",
        "The agency is denying vaccines to detainees to save money.",
        # an appeal to someone without what it asks
        "Jane Doe appealed to voters on Sunday.",
        # a participle that only notes a source or reason
        "Officials left the meeting early, citing a scheduling conflict.",
        # a purpose infinitive reports nothing said
        "Teachers marched to the capitol to call for better pay.",
        # "for" opening a purpose clause of another verb
        "Jane Doe called the meeting for the new rules to be discussed.",
        # announcing, revealing, welcoming by no one named: what happened
        "Volunteers welcomed the refugees at the station.",
        "The blood tests revealed traces of the drug.",
        # an appeal verb never attributes the sentence before it
        "The leak raised concerns, a prospect Jane Doe denied.",
        # passive
        "Jane Doe was denied entry at the border.",
    ],
)
def test_no_statement_for_other_senses(statements_of, paragraph):
    assert statements_of([paragraph]) == []


def test_speaker_in_mid_sentence_with_relative_clause(statements_of):
    paragraphs = [
        "“The deal is small,” said Derek Walls, a scholar at the Cato Institute.",
        "Walls, who consults with officials, said whether the deal survives depends on the election.",
    ]
    assert pairs(statements_of(paragraphs)) == [("Walls, who consults with officials, said whether the deal survives depends on the election", "Derek Walls")]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the speaker at the end after a long noun phrase
        ("The offer falls short of what the union wants, a third official briefed on the negotiations said.",
         [("The offer falls short of what the union wants, a third official briefed on the negotiations said", "a third official briefed on the negotiations")]),
        # an unnamed speaker keeps its whole wording
        ("Three diplomats briefed on the negotiations said the deal requires deeper concessions.",
         [("Three diplomats briefed on the negotiations said the deal requires deeper concessions", "Three diplomats briefed on the negotiations")]),
    ],
)
def test_unnamed_speakers_keep_their_wording(statements_of, paragraph, expected):
    assert pairs(statements_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a scare quote stays part of the statement
        ("Jane Doe said a “skinny” deal would not satisfy the party.",
         [("Jane Doe said a “skinny” deal would not satisfy the party", "Jane Doe")]),
        # a quoted fragment inside reported speech: the statement holds it
        ("Jane Doe warned that the government “will not sit on its hands” if the crisis deepens.",
         [("Jane Doe warned that the government “will not sit on its hands” if the crisis deepens", "Jane Doe")]),
        # a trailing attribution after a quote that completes the writer's clause: the whole sentence
        ("There was no damage to the depot and no injuries among “contract workers,” Jane Doe said.",
         [("There was no damage to the depot and no injuries among “contract workers,” Jane Doe said", "Jane Doe")]),
        ("The talks “went better than anyone expected,” Jane Doe said.",
         [("The talks “went better than anyone expected,” Jane Doe said", "Jane Doe")]),
        # the quote holds the whole clause, or sits in a clause modifying it: the quote's only
        ("Since the bridge fell, “the city has been cut in two,” Jane Doe said.", []),
        ("The bridge fell, which was “a tragedy for everyone,” Jane Doe said.", []),
    ],
)
def test_statement_with_quoted_fragment(statements_of, paragraph, expected):
    assert pairs(statements_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "the company": the organization named as a subject just before
        (["Acme Corp. said it would cut 500 jobs by the end of the year.", "The company said the cuts would be completed by March."],
         [("Acme Corp. said it would cut 500 jobs by the end of the year", "Acme Corp."), ("The company said the cuts would be completed by March", "Acme Corp.")]),
        # "it" likewise
        (["Boeing confirmed the delay on Monday.", "In a statement, it said the first flight would slip to next year."],
         [("Boeing confirmed the delay on Monday.", "Boeing"), ("In a statement, it said the first flight would slip to next year", "Boeing")]),
        # "they": a plural group
        (["Protesters gathered outside parliament on Sunday.", "They said the new law threatens free speech."],
         [("They said the new law threatens free speech", "Protesters")]),
        # nothing named before: the description stays
        (["The company said the cuts would be completed by March."],
         [("The company said the cuts would be completed by March", "The company")]),
    ],
)
def test_descriptions_and_pronouns_of_organizations(statements_of, paragraphs, expected):
    assert pairs(statements_of(paragraphs)) == expected


@pytest.mark.parametrize(
    "publisher, expected",
    [
        # the outlet recalling its own reporting is the writer's voice
        ("Harbor Herald", []),
        # another outlet's report is a statement
        ("Coast Times", [("The Harbor Herald previously reported that the port had been closed for a week", "Harbor Herald")]),
        (None, [("The Harbor Herald previously reported that the port had been closed for a week", "Harbor Herald")]),
    ],
)
def test_the_publisher_reporting_is_no_statement(nlp, actors_of, publisher, expected):
    texts = [INTRO, "The Harbor Herald previously reported that the port had been closed for a week."]
    document = Document(id="t", source="t.txt", title="Test", publisher=publisher,
                        paragraphs=[Paragraph(n, text) for n, text in enumerate(texts, start=1)])
    parsed = next(parse_documents([document], nlp=nlp))
    statements = extract_quotes(parsed, actors_of(parsed))[1]
    assert [(s.text, s.speaker_name) for s in statements if s.paragraph == 2] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the writer left out the comma between a quoted fragment and the attribution
        (["The visit was about keeping his “sacred promise” Jo Lee told reporters on Friday."],
         [("The visit was about keeping his “sacred promise” Jo Lee told reporters on Friday", "Jo Lee")]),
        # a whole quoted sentence without the comma is a quote, no statement
        (["“The talks went well” Jo Lee told reporters."], []),
    ],
)
def test_an_attribution_without_its_comma_after_a_quoted_fragment(statements_of, paragraphs, expected):
    assert pairs(statements_of(paragraphs)) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        # a law, a rule or evidence holds something, it says nothing
        "According to federal law, landlords can be fined up to $5,000 for refusing tenants.",
        "According to evidence presented at trial, the driver fled the city in May.",
        "According to court procedure, the jury must be told of the charges first.",
        # facts and pictures show, they do not speak
        "Those facts suggest that the economy is slowing down.",
        "The video shows that the driver ran a red light.",
    ],
)
def test_no_statement_from_a_rule_or_evidence(statements_of, paragraph):
    assert statements_of([paragraph]) == []


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a source after "according to" still speaks, a copy of a law speaks as the law
        ("According to the city council, the bridge will reopen in May.",
         [("According to the city council, the bridge will reopen in May.", "the city council")]),
        ("According to a copy of the law, tenants may not be evicted in winter.",
         [("According to a copy of the law, tenants may not be evicted in winter.", "the law")]),
    ],
)
def test_according_to_a_source_that_speaks(statements_of, paragraph, expected):
    assert pairs(statements_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        # a clause of time dates the report, it is none of its own
        (["When Mayor Ann Lee first announced the new budget last month, she said the city would hire more teachers."],
         "Ann Lee"),
        (["Once Mayor Ann Lee announced the new budget, she told reporters the city would hire more teachers."],
         "Ann Lee"),
        # a question put to the speaker is no speech of the speaker's
        (["Asked to comment on the merger, Governor Tom Reed said the deal was unfair to workers."], "Tom Reed"),
        (["Told of the delay, Governor Tom Reed said the contractors had run out of steel."], "Tom Reed"),
    ],
)
def test_a_frame_before_the_report_is_no_statement_of_its_own(statements_of, paragraphs, speaker):
    statements = statements_of(paragraphs)
    assert [s.speaker_name for s in statements] == [speaker]
    assert all(" said " in f" {s.text} " or " told " in s.text for s in statements)


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        # a clause of time that tells a cause holds a report of its own
        ("Shares fell sharply after analysts said that the merger would fail.", "analysts"),
        ("The crowd cheered when Mayor Ann Lee announced that the stadium would stay open.", "Ann Lee"),
        # a law named as a document speaks
        ("Tenants may not be evicted in winter, according to the draft law.", "the draft law"),
    ],
)
def test_reports_in_a_cause_and_in_a_document_stay(statements_of, paragraph, speaker):
    assert [s.speaker_name for s in statements_of([paragraph])] == [speaker]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # "what X said were ...": the clause that holds the relative, said by the relative's subject
        ("Portugal launched raids on what it said were smuggling camps along the coast.",
         [("Portugal launched raids on what it said were smuggling camps along the coast", "Portugal")]),
        ("Jane Doe opened what she described as the largest factory in the region.",
         [("Jane Doe opened what she described as the largest factory in the region", "Jane Doe")]),
        ("Jane Doe was convicted in what John Smith has dismissed as a political trial.",
         [("Jane Doe was convicted in what John Smith has dismissed as a political trial", "John Smith")]),
        # a quoted label is a naming, left to the quotes; other free relatives report nothing
        ("Jane Doe toured the border towns on what she called a “journey of healing.”", []),
        ("Jane Doe read what John Smith wrote about the war.", []),
        ("Jane Doe sold what John Smith had built over the years.", []),
    ],
)
def test_free_relative_of_speech(statements_of, paragraph, expected):
    assert pairs(statements_of([paragraph])) == expected


def test_free_relative_pronoun_is_the_subject_of_its_clause(statements_of):
    paragraphs = ["The United Nations said aid was blocked.",
                  "Dozens were killed after Portugal launched raids on what it said were smuggling camps."]
    assert pairs(statements_of(paragraphs))[-1] == (
        "after Portugal launched raids on what it said were smuggling camps", "Portugal")


def test_a_free_relative_whose_clause_is_a_quote_is_not_the_holding_clause(statements_of):
    """"what X said – “...” –": the quote is X's own clause, the sentence around it is not X's words."""
    paragraph = "Jane Doe referenced what John Smith said – “I will find you” – before the fight began."
    assert not any("Jane Doe" in text for text, speaker in pairs(statements_of([paragraph])) if speaker == "John Smith")
