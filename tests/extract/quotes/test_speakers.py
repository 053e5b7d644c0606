"""Speakers of quotes: pronouns, surnames, descriptions, documents, groups, unnamed sources."""
from __future__ import annotations

import pytest

from briefing.extract.quotes import extract_quotes

INTRO = "Defense Minister Jane Doe spoke at the summit in Brussels on Tuesday."


def pairs(quotes):
    return [(q.text, q.speaker_name) for q in quotes]


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        ([INTRO, "“We are ready to respond to any threat,” she said."], "Jane Doe"),
        # a person named inside a quote is not the antecedent
        ([INTRO, "“I agree with John Smith on this point,” she said."], "Jane Doe"),
        # the canonical name, not the surname used in the attribution
        ([INTRO, "“We are ready to respond to any threat,” Doe said."], "Jane Doe"),
    ],
)
def test_pronoun_and_surname_speakers_resolve_to_the_person(quotes_of, paragraphs, speaker):
    assert [q.speaker_name for q in quotes_of(paragraphs)] == [speaker]


def test_pronoun_without_any_person_gives_no_quote(quotes_of):
    assert quotes_of(["“We are ready to respond to any threat,” she said."]) == []


@pytest.mark.parametrize(
    "paragraph, speaker_name, has_actor",
    [
        ("The launch was “destabilizing to the region,” said a White House statement.", "White House", True),
        ("“The allies remain united in their support,” the joint statement said.", "the joint statement", False),
        ("“The allies remain united in their support,” according to a NATO release.", "NATO", True),
    ],
)
def test_organization_and_document_speakers(quotes_of, paragraph, speaker_name, has_actor):
    quotes = quotes_of([paragraph])
    assert [q.speaker_name for q in quotes] == [speaker_name]
    assert (quotes[0].speaker is not None) == has_actor


@pytest.mark.parametrize(
    "paragraph, speaker_name",
    [
        ("“We expect the talks to resume next month,” a senior official said.", "a senior official"),
        ("“We expect the talks to resume next month,” officials said.", "officials"),
        ("“We expect the talks to resume next month,” a spokesperson for the ministry said.",
         "a spokesperson for the ministry"),
    ],
)
def test_anonymous_sources_keep_their_wording(quotes_of, paragraph, speaker_name):
    quotes = quotes_of([paragraph])
    assert [(q.speaker_name, q.speaker) for q in quotes] == [(speaker_name, None)]


@pytest.mark.parametrize(
    "paragraphs, speaker_name, has_actor",
    [
        # "the <role>" is the one person named earlier with that role or title
        (["US President Jane Doe met the press on Monday.",
          "The president said on Tuesday that the allies “will have to make a deal that we like.”"],
         "Jane Doe", True),
        (["Jane Doe, the defense secretary, visited the base.",
          "“The base will stay open for many years,” the defense secretary said."], "Jane Doe", True),
        # a description before the name: the one person of the document with that role
        (["France’s ambassador accused Britain of “lying to its own people about the deal”.",
          "France’s ambassador John Smith had warned of the dispute in May."], "John Smith", True),
        # two presidents: the description stays as it is
        (["President Jane Doe met President John Smith on Monday.",
          "“The summit was a success for everyone,” the president said."], "the president", False),
        # nobody has that role
        (["Jane Doe, a senior fellow, spoke at the summit.",
          "“The summit was a success for everyone,” the president said."], "the president", False),
    ],
)
def test_descriptor_speaker_resolves_to_named_person(quotes_of, paragraphs, speaker_name, has_actor):
    quotes = quotes_of(paragraphs)
    assert [q.speaker_name for q in quotes] == [speaker_name]
    assert (quotes[0].speaker is not None) == has_actor


@pytest.mark.parametrize(
    "paragraphs, speaker_name",
    [
        # "the report" takes the author of the report introduced earlier
        (["A report by the Government Accountability Office was published on Monday.",
          "“Costs will keep rising for many years to come,” the report said."], "Government Accountability Office"),
        (["The Government Accountability Office released a report on Monday.",
          "“Costs will keep rising for many years to come,” the report said."], "Government Accountability Office"),
        # a passage in a clause about a document takes the document's author
        (["The Government Accountability Office released a report that described “serious delays and rising "
          "costs across the program”."], "Government Accountability Office"),
        # a report introduced without an author stays a description
        (["A report was published on Monday.",
          "“Costs will keep rising for many years to come,” the report said."], "the report"),
    ],
)
def test_document_speaker_resolves_to_its_author(quotes_of, paragraphs, speaker_name):
    assert [q.speaker_name for q in quotes_of(paragraphs)] == [speaker_name]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a plural group named as a subject just before
        (["Two officials briefed on the talks met reporters on Monday.",
          "“We expect a deal before the end of the year,” they said."],
         [("We expect a deal before the end of the year", "Two officials briefed on the talks")]),
        # an organization
        (["Acme Corp. announced the merger on Monday.", "“The deal will close next year,” they said."],
         [("The deal will close next year", "Acme Corp.")]),
        # the nearest subject is a single person: "they" is not resolved
        (["Jane Doe met reporters on Monday.", "“We expect a deal before the end of the year,” they said."], []),
    ],
)
def test_they_resolves_to_a_group(quotes_of, paragraphs, expected):
    assert pairs(quotes_of(paragraphs)) == expected


def test_the_group_is_the_organisation_it_was_introduced_as(quotes_of):
    paragraphs = [
        "The group, WeWorkers Coalition, formed in recent weeks and sent a letter to management.",
        "WeWork said it would cut 2,400 jobs worldwide.",
        "Marcelo Claure wrote that the cuts were needed.",
        "In a separate tweet, the group added that WeWork “is not following through on its promise to treat "
        "employees with dignity during this restructuring process.”",
    ]
    assert [q.speaker_name for q in quotes_of(paragraphs)] == ["WeWorkers Coalition"]


BIG_MACHINE = [  # an organisation the model leaves untagged as a subject, then "they said"
    "Taylor Swift's first six albums were released through Big Machine, which was bought out by a company "
    "owned by talent manager Scooter Braun earlier this year.",
    "Big Machine have twice denied doing anything wrong.",
    "\"At no point did we say Taylor could not perform on the show,\" they said in a statement on their website.",
]


def test_they_is_the_organisation_named_as_subject_before(quotes_of):
    assert [q.speaker_name for q in quotes_of(BIG_MACHINE)] == ["Big Machine"]


def test_it_is_the_organisation_that_spoke_last_when_none_is_named_nearby(quotes_of):
    paragraphs = [
        *BIG_MACHINE,
        "Now they've put out another statement - directly to the organisers of the show.",
        "\"We have agreed to grant all licenses of our artists' performances to stream post show,\" it says.",
    ]
    assert [q.speaker_name for q in quotes_of(paragraphs)] == ["Big Machine", "Big Machine"]


COACH = "Race director Tom Becker said the course would change next year."
QUOTE = "“It is clear to me that the sport has lost its way,” he said."


@pytest.mark.parametrize(
    "presenting, speaker",
    [
        # a person a main clause's copula presents is who "he" stands for next
        ("Cheering at the finish line was the retired sprinter Omar Haddad, a four-time champion.", "Omar Haddad"),
        ("The fastest man on the course that day was Omar Haddad.", "Omar Haddad"),
        # a person named only as an object, or inside a clause, is not
        ("Tom Becker thanked the retired sprinter Omar Haddad for the medals.", "Tom Becker"),
        ("Tom Becker said the winner was Omar Haddad.", "Tom Becker"),
    ],
)
def test_he_stands_for_the_person_a_copula_presents(quotes_of, presenting, speaker):
    assert [q.speaker_name for q in quotes_of([COACH, presenting, QUOTE])] == [speaker]


HOLT = "“We thank the ministry for its work,” said press secretary Dana Holt."


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        # the subject of the clause opening the sentence
        ([HOLT, "When Interior Minister Omar Said announced the exchange, he said “the prisoners will stay home.”"],
         "Omar Said"),
        # the clause's subject marked as the other gender: the person named before
        ([HOLT, "When Mr. Omar Said announced the exchange, she said “the prisoners will stay home.”"], "Dana Holt"),
        # no person leads the clause: the person named before
        ([HOLT, "When the exchange was announced, she said “the prisoners will stay home.”"], "Dana Holt"),
    ],
)
def test_a_pronoun_after_an_opening_clause_is_its_subject(quotes_of, paragraphs, speaker):
    assert [q.speaker_name for q in quotes_of(paragraphs)][-1] == speaker


@pytest.mark.parametrize(
    "subject, speaker",
    [
        # the organization the subject names, not the owner in its apposition
        ("The Global Court of Arbitration, the United Nations’ top court,", "Global Court of Arbitration"),
        # a name in apposition to the subject is the subject
        ("The top court, the Global Court of Arbitration,", "Global Court of Arbitration"),
    ],
)
def test_it_is_the_organization_the_subject_names(parse_with_actors, subject, speaker):
    paragraph = (f"{subject} said on Friday that the fishing ban is illegal. "
                 "It called on Norway to lift the ban and pay for the damage caused.")
    _, statements = extract_quotes(*parse_with_actors([paragraph]))
    assert [s.speaker_name for s in statements if s.text.startswith("It ")] == [speaker]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the parse hangs the clause before on the verb: the speaker stands before the set-off participle
        ("The city has asked the state for help, but NBC contributor John Smith, citing US officials, "
         "said the talks had stalled.",
         [("NBC contributor John Smith, citing US officials, said the talks had stalled", "John Smith")]),
        # a participle clause with no noun before it names no one
        ("Citing US officials, said the talks had stalled.", []),
    ],
)
def test_a_speaker_before_a_participle_set_off_by_commas(parse_with_actors, paragraph, expected):
    _, statements = extract_quotes(*parse_with_actors([paragraph]))
    assert [(s.text, s.speaker_name) for s in statements] == expected


PARK = "Mayor John Park opened the market on Sunday."


@pytest.mark.parametrize(
    "paragraphs, speakers",
    [
        # an unnamed person introduced by an indefinite description is the pronoun's antecedent
        ([PARK, "One nurse, who the paper is not naming, bought bread at a stall. It “tasted like home,” she said."],
         ["One nurse"]),
        ([PARK, "Another female teacher who moved here in 2010 thanked the staff. “I feel at home,” she said."],
         ["Another female teacher"]),
        # ... also for the pronoun opening the next paragraph
        ([PARK, "A volunteer who cooked for the crowd stayed late.", "She said the day was “a chance to meet friends.”"],
         ["A volunteer"]),
        # a person named after the description is nearer
        ([PARK, "A volunteer who cooked stayed late. Mayor Park waved. “We did well,” he said."], ["John Park"]),
        # a description with a name beside it is that person
        ([PARK, "One attendee, Mary Stone, came too. “It was lovely,” she said."], ["Mary Stone"]),
        # a description of the other gender is not the antecedent
        ([PARK, "Another male teacher who moved here thanked the staff. “We are proud,” she said."], []),
        # ... or one its clause marks as the other gender
        ([PARK, "An officer arrived with her radio. “We are proud,” he said."], ["John Park"]),
        # a description inside a reported clause, or an organization noun, introduces no one
        ([PARK, "Park said a nurse who works nights had helped. “We are proud,” he said."], ["John Park"]),
        ([PARK, "A group that runs the stalls stayed late. “We are proud,” he said."], ["John Park"]),
        # a definite description, or a thing, introduces no one
        ([PARK, "The stall that sells bread opened early. “We are proud,” he said."], ["John Park"]),
    ],
)
def test_a_pronoun_stands_for_an_unnamed_person_introduced_just_before(quotes_of, paragraphs, speakers):
    assert [q.speaker_name for q in quotes_of(paragraphs)] == speakers


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the parse takes a word of the quote for the subject; its appositive outside speaks
        ("“Young boys were playing here calmly, each one kicking a ball in the yard,” one resident in Tal Amir, "
         "southern Halden, told CNN.",
         [("Young boys were playing here calmly, each one kicking a ball in the yard", "one resident in Tal Amir")]),
        # a place set beside a place closing the subject is not the speaker
        ("“Old women were waiting here patiently, each one holding a child in her arms,” one eyewitness in Rafah, "
         "southern Gaza, told reporters.",
         [("Old women were waiting here patiently, each one holding a child in her arms", "one eyewitness in Rafah")]),
        # a person's name closing the subject still is
        ("“The water has been off for ten days now,” the head of the local council, Jo Lee, told reporters.",
         [("The water has been off for ten days now", "Jo Lee")]),
    ],
)
def test_the_speaker_behind_a_quote_the_parse_runs_into(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a surname the tagger read as a verb, as a subject, names the one person with that surname
        (["Mayor Ed Press spoke on Monday.",
          "Critics doubt the plan. Press himself has claimed he would “fix every road in the city in one week.”"],
         [("fix every road in the city in one week.", "Ed Press")]),
        # negative: no person of the document has that surname, or two have
        (["Critics doubt the plan. Press himself has claimed he would “fix every road in the city in one week.”"], []),
        (["Mayor Ed Press and his brother Al Press spoke on Monday.",
          "Critics doubt the plan. Press himself has claimed he would “fix every road in the city in one week.”"], []),
    ],
)
def test_a_surname_read_as_a_verb_names_its_person(quotes_of, paragraphs, expected):
    assert pairs(quotes_of(paragraphs)) == expected


@pytest.mark.parametrize(
    "middle, speaker",
    [
        # a sentence that is only an "if" clause (the parse makes it the root): its subject is no antecedent
        ("The party may yet change. If Paul Brown wins the seat, of course.", "Mark Green"),
        # a main clause's subject is
        ("The party may yet change. Paul Brown wins the seat, of course.", "Paul Brown"),
    ],
)
def test_a_pronoun_skips_the_subject_of_a_conditional_clause(quotes_of, middle, speaker):
    paragraphs = ["“The vote will be close,” Mark Green, a professor of politics at the university, said.", middle,
                  "“But if the party loses, it will change for a decade,” he said."]
    assert [q.speaker_name for q in quotes_of(paragraphs)][-1] == speaker
