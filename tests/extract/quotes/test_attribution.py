"""Attribution of quotes: the reporting verb after, before or around a passage, and its context."""
from __future__ import annotations

import pytest

INTRO = "Defense Minister Jane Doe spoke at the summit in Brussels on Tuesday."


def pairs(quotes):
    return [(q.text, q.speaker_name) for q in quotes]


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ("“The budget will grow again next year,” John Smith said.", "John Smith"),
        ("John Smith said: “The budget will grow again next year.”", "John Smith"),
        ("“The budget will grow again next year,” said John Smith, a senior fellow at the Atlantic Council.",
         "John Smith"),
        ("“The budget will grow again next year,” according to John Smith.", "John Smith"),
        ("“The budget will grow again next year,” John Smith laughed.", "John Smith"),
        ("“Will the budget grow again next year?” John Smith asked.", "John Smith"),
    ],
)
def test_attribution_before_after_or_around(quotes_of, paragraph, speaker):
    assert [q.speaker_name for q in quotes_of([paragraph])] == [speaker]


def test_a_reporting_verb_in_a_relative_clause_attributes_what_it_holds(quotes_of):
    quotes = quotes_of([
        "Patrick Carlineo Jr. was arrested for a March 21 phone call to the office, in which he said he’d put a "
        "“bullet in her f---ing skull.”"
    ])
    assert pairs(quotes) == [("bullet in her f---ing skull.", "Patrick Carlineo Jr.")]


def test_a_participle_takes_its_speaker_from_the_noun_its_chain_modifies(quotes_of):
    quotes = quotes_of([
        "The group, WeWorkers Coalition, formed in recent weeks and sent a letter to management earlier this month "
        "stating that they “don’t want to be defined by the scandals, the corruption and the greed.”"
    ])
    assert [q.speaker_name for q in quotes] == ["WeWorkers Coalition"]


def test_quote_in_subject_is_a_title_not_speech(quotes_of):
    paragraph = "The report “Lessons From The War In Ukraine” said the army needs more drones."
    assert quotes_of([paragraph]) == []


def test_two_quoted_sentences_share_the_speaker(quotes_of):
    paragraph = "“We will build more ships,” she said. “And we will pay for them ourselves.”"
    assert pairs(quotes_of([INTRO, paragraph])) == [
        ("We will build more ships", "Jane Doe"),
        ("And we will pay for them ourselves.", "Jane Doe"),
    ]


def test_interrupted_quote_gives_two_quotes(quotes_of):
    paragraph = "“The first part of the plan is ready,” she said, “but the second part will take years.”"
    assert pairs(quotes_of([INTRO, paragraph])) == [
        ("The first part of the plan is ready", "Jane Doe"),
        ("but the second part will take years.", "Jane Doe"),
    ]


def test_quote_running_on_into_next_paragraph_keeps_the_speaker(quotes_of):
    paragraphs = [
        "“We will build more ships this year,” Jane Doe said. “And we will pay for them ourselves.",
        "“Nobody else is going to pay for our defense.”",
    ]
    assert pairs(quotes_of(paragraphs)) == [
        ("We will build more ships this year", "Jane Doe"),
        ("And we will pay for them ourselves.", "Jane Doe"),
        ("Nobody else is going to pay for our defense.", "Jane Doe"),
    ]


@pytest.mark.parametrize(
    "paragraph, context",
    [
        ("“The summit was a success for everyone,” Jane Doe said during a speech at the summit.",
         "during a speech at the summit"),
        ("“The summit was a success for everyone,” Jane Doe said through an interpreter during the event.",
         "through an interpreter during the event"),
        ("“The summit was a success for everyone,” Jane Doe said.", None),
    ],
)
def test_context_after_the_speech_verb(quotes_of, paragraph, context):
    assert [q.context for q in quotes_of([paragraph])] == [context]


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        # any common noun is a speaker when a quote is attributed to it
        ("“I could only manage two stairs at a time,” the patient said in the case report.", "the patient"),
        # a partial quote inside reported content takes the speaker of the trailing attribution
        ("The crisis is “growing at an alarming rate” and affects every town, Jane Doe said.", "Jane Doe"),
        # nested reports: the outermost speaker said it
        ("Jane Doe said that after consultations the government had concluded the plan was "
         "“not inconsistent with international law,” saying she trusted the courts.", "Jane Doe"),
    ],
)
def test_speaker_of_quotes_in_harder_sentences(quotes_of, paragraph, speaker):
    assert [q.speaker_name for q in quotes_of([paragraph])] == [speaker]


def test_a_listener_does_not_block_the_next_quote(quotes_of):
    paragraph = ("“I know we are happy to get rid of them,” Jane Doe told John Smith. "
                 "“They brought this company public in 2014 at $16 a share.”")
    assert [q.speaker_name for q in quotes_of([paragraph])] == ["Jane Doe", "Jane Doe"]


def test_another_speaker_introduced_by_a_colon_takes_the_quote(quotes_of):
    paragraph = ("“It is a totally different muscle,” Jane Doe said. John Smith agreed: "
                 "“It is a different job altogether.”")
    assert [q.speaker_name for q in quotes_of([paragraph])] == ["Jane Doe", "John Smith"]


def test_quote_after_reported_sentence_takes_its_speaker(quotes_of):
    paragraphs = [INTRO, "Sometimes employees do not follow the rules, she said. "
                         "“But does that mean they should all go to jail for it?”"]
    assert [q.speaker_name for q in quotes_of(paragraphs)] == ["Jane Doe"]


def test_next_sentence_does_not_attribute_a_passage(quotes_of):
    paragraph = ("Inspectors found “serious technical challenges and rising costs”. "
                 "The report and the announcement come as lawmakers debate the budget.")
    assert quotes_of([INTRO, paragraph]) == []


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # words finishing the quoted phrase, then the attribution
        ("“The plan is bigger than just the small deal” agreed in May, said John Smith, a fellow at the Cato Institute.",
         [("The plan is bigger than just the small deal", "John Smith")]),
        # an unnamed speaker with a long description
        ("“This is not a good deal for anyone,” a second official briefed on the phone call said.",
         [("This is not a good deal for anyone", "a second official briefed on the phone call")]),
        # a clause of its own after the passage: no attribution
        ("“The plan is bigger than the small deal” agreed in May, and John Smith said the talks would resume.", []),
    ],
)
def test_trailing_attribution_after_intervening_words(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Jane Doe called the decision “a dangerous escalation of tensions in the region”.",
         [("a dangerous escalation of tensions in the region", "Jane Doe")]),
        ("Critics dubbed the program “the most expensive failure in history”.",
         [("the most expensive failure in history", "Critics")]),
        # a quoted name is not speech
        ("Visitors dubbed the prison the “Hanoi Hilton” during the war.", []),
        # fewer than four words
        ("Jane Doe called it “a total disaster”.", []),
    ],
)
def test_naming_verb_quotes(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a naming verb in the infinitive of a verb's object: the words of the one led to call it so
        ("The mayor said the bus fares would rise again next year, leading the Transit Workers Union "
         "to call the plan “a betrayal of every worker in the city.”",
         [("a betrayal of every worker in the city.", "Transit Workers Union")]),
        # negative: one asked to call it so does not speak; the asker does
        ("The mayor said the fares would rise, asking residents to call the plan “a fair deal for every worker "
         "in the city.”", [("a fair deal for every worker in the city.", "The mayor")]),
    ],
)
def test_naming_verb_of_an_object_led_to_name(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


def test_belief_verb_does_not_attribute_a_quote(quotes_of):
    paragraph = "Jane Doe believes that voters will one day scream, “Make it all go away right now.”"
    assert quotes_of([paragraph]) == []


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "she" skips a man named in between: the title says who is who
        (["Ms. Lopez, a lawyer for the families, spoke to reporters on Monday.",
          "Acme chairman Taylor Smith said the company would pay.", "“We will appeal this ruling,” she said."],
         [("We will appeal this ruling", "Lopez")]),
        (["Mr. Grant, a lawyer for the families, spoke to reporters on Monday.",
          "Acme spokeswoman Robin Hale said the company would pay.", "“We will appeal this ruling,” he said."],
         [("We will appeal this ruling", "Grant")]),
    ],
)
def test_a_pronoun_skips_a_person_of_the_other_gender(quotes_of, paragraphs, expected):
    assert [(q.text, q.speaker_name) for q in quotes_of(paragraphs) if q.paragraph == 3] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a quote after a narration sentence takes the person that sentence is about
        ("Omar Haddad, a resident of the camp, voiced his despair. “Where should we go? Nobody tells us anything.”",
         [("Where should we go? Nobody tells us anything.", "Omar Haddad", "previous")]),
        # or the speaker of its reporting verb, even an unnamed one
        ("A man interviewed at the scene said there had been no warning. “We pulled people out with our hands.”",
         [("We pulled people out with our hands.", "A man interviewed at the scene", "previous")]),
    ],
)
def test_a_quote_after_a_narration_sentence(quotes_of, paragraph, expected):
    assert [(q.text, q.speaker_name, q.attribution) for q in quotes_of([paragraph])] == expected


def test_a_narration_sentence_about_no_one_named_attributes_nothing(quotes_of):
    assert quotes_of(["The minister was arrested on Monday. “This is a travesty of justice and we will fight it.”"]) == []


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # two speakers in one sentence
        (["Finance Minister Ana Ruiz and Defense Minister Carl Berg spoke on Saturday.",
          "Ruiz said “the blood of our citizens has a price,” while Berg said “the answer will be the same everywhere.”"],
         [("the blood of our citizens has a price", "Ana Ruiz"), ("the answer will be the same everywhere.", "Carl Berg")]),
        # a capitalized group is one speaker, not its first word
        (["The Members of the European Parliament said in a letter that “the mission left the wrong impression.”"],
         [("the mission left the wrong impression.", "The Members of the European Parliament")]),
        # editorial brackets stay inside the quote
        (["“I can […] surely state that after his victory, [Smith] will act at once,” Ana Ruiz wrote."],
         [("I can […] surely state that after his victory, [Smith] will act at once", "Ana Ruiz")]),
        # a passive report: the document's author, not the subject it describes
        (["The policy was described as “a necessary measure for the nation” in a report by the Institute of Health Studies."],
         [("a necessary measure for the nation", "Institute of Health Studies")]),
        # a partial quote closing a reported clause
        (["The Acme Corporation said it would review its training materials “to ensure the absence of political messages” soon."],
         [("to ensure the absence of political messages", "Acme Corporation")]),
    ],
)
def test_speakers_of_harder_sentences(quotes_of, paragraphs, expected):
    assert [(q.text, q.speaker_name) for q in quotes_of(paragraphs) if q.paragraph == len(paragraphs)] == expected


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        # a participle on the reported clause reports for the one who reports it
        ("The Ministry of Fisheries said on Friday that the country would keep patrolling the bay, noting that the "
         "truce had been signed “without giving up any of our claims.”", "Ministry of Fisheries"),
        ("Governor Alma Reyes said the state would appeal the ruling, adding that the court had “ignored the facts "
         "before it.”", "Alma Reyes"),
        # a participle on the main clause keeps the main subject
        ("Governor Alma Reyes visited the port, noting that trade had been “slower than anyone expected.”",
         "Alma Reyes"),
    ],
)
def test_a_participle_on_a_reported_clause_speaks_for_the_reporter(quotes_of, paragraph, speaker):
    assert [q.speaker_name for q in quotes_of([paragraph])] == [speaker]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a quoted name after a naming verb belongs to the attribution, not to a new passage
        ("“The managers have lost their minds,” one soldier, called “Tank Boy” by his friends, wrote on Friday.",
         [("The managers have lost their minds", "one soldier")]),
        ("“Prices keep rising,” a trader, dubbed “the Oracle,” wrote on Friday.",
         [("Prices keep rising", "a trader")]),
        # a second passage that is speech stays a passage of its own
        ("“We will not stop,” Ella Brandt said, “not until the harbor is open again.”",
         [("We will not stop", "Ella Brandt"), ("not until the harbor is open again.", "Ella Brandt")]),
    ],
)
def test_a_quoted_name_inside_an_attribution_does_not_cut_it(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


def test_a_quote_in_a_with_clause_is_its_subjects_not_the_main_clauses(quotes_of):
    quotes = quotes_of([INTRO, "The raid was claimed by the rebels, with spokesperson John Smith saying the strike was "
                               "carried out by a new boat able to “evade the enemy’s radar systems.”"])
    assert pairs(quotes)[-1] == ("evade the enemy’s radar systems.", "John Smith")


def test_a_person_before_an_open_appositive_attributes_the_quote(quotes_of):
    quotes = quotes_of([INTRO, "“Talks are going well,” John Smith, a delegate for the nurses’ RCN-UK union told CNN Tuesday."])
    assert pairs(quotes)[-1] == ("Talks are going well", "John Smith")


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # the quoted words state the subject's own aim
        ("If elected, Maria Costa aims to make Portugal “the green energy hub of Europe.”",
         [("the green energy hub of Europe.", "Maria Costa", "named")]),
        ("Maria Costa wants to turn the old port into “a safe harbor for every fishing boat.”",
         [("a safe harbor for every fishing boat.", "Maria Costa", "named")]),
        # negative: a verb that is not one of aim, a short name, a subject that names no actor
        ("Maria Costa visited the “very old abandoned factory” on Monday.", []),
        ("Maria Costa aims to make Portugal a “green hub.”", []),
        ("The company plans to build “the largest factory in the world” by 2030.", []),
    ],
)
def test_a_quoted_aim_is_the_subject_s_words(quotes_of, paragraph, expected):
    assert [(q.text, q.speaker_name, q.attribution) for q in quotes_of([paragraph])] == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a subordinate clause among the words that finish the quoted phrase
        ("“Jo Lee brazenly ran several schemes, all designed to fleece his followers” to pay for his "
         "houses when he was abroad, prosecutor Ann Wills said in a statement.",
         "Ann Wills"),
        ("“The plan is a failure for everyone involved” as costs rose after the vote, Ann Wills said.",
         "Ann Wills"),
    ],
)
def test_words_finishing_a_quote_may_hold_a_subordinate_clause(quotes_of, paragraph, expected):
    assert [q.speaker_name for q in quotes_of([paragraph])] == [expected]


def test_words_with_a_clause_of_their_own_block_the_attribution_after_them(quotes_of):
    paragraph = "“The plan is a failure for everyone involved” the mayor warned last year, Ann Wills said."
    assert [q.speaker_name for q in quotes_of([paragraph])] != ["Ann Wills"]


def test_she_added_after_an_inverted_attribution_is_the_speaker_not_the_relative_named_after_her(quotes_of):
    quotes = quotes_of(["“Look at our faces,” said Mary Jones, the aunt of Army Sgt. Laura Smith.",
                        "“That was not a success,” she added."])
    assert [q.speaker_name for q in quotes] == ["Mary Jones", "Mary Jones"]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "she" after a woman and then a man, named by first names that tell them apart
        (["Mary Olsen filed the suit in May.", "Ben Carter said the charges were a milestone.", "“We lost,” she said."],
         "Mary Olsen"),
        # "he" likewise
        (["Ben Carter filed the suit in May.", "Mary Olsen said the charges were a milestone.", "“We won,” he said."],
         "Ben Carter"),
    ],
)
def test_a_pronoun_skips_a_person_whose_first_name_tells_the_other_gender(quotes_of, paragraphs, expected):
    assert [q.speaker_name for q in quotes_of(paragraphs)] == [expected]


def test_a_first_name_of_both_genders_rules_no_one_out(quotes_of):
    quotes = quotes_of(["Mary Olsen filed the suit in May.", "Jordan Price said the charges were a milestone.",
                        "“We won,” she said."])
    assert [q.speaker_name for q in quotes] == ["Jordan Price"]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a short quoted phrase between the passage and its attribution is passed over
        ("“Higher fuel costs will hurt farmers this winter,” posing a “real threat” to harvests, Ann Wills added.",
         [("Higher fuel costs will hurt farmers this winter", "Ann Wills")]),
        # a longer quoted phrase is a quote of its own, and the attribution is its
        ("“Higher fuel costs will hurt farmers this winter,” posing what farmers call “a threat to every harvest "
         "in the region,” Ann Wills added.",
         [("a threat to every harvest in the region", "Ann Wills")]),
        # words after the fragment that attribute nothing
        ("“Higher fuel costs will hurt farmers this winter,” posing a “real threat” to harvests, and Ann Wills "
         "added a new tax.", []),
    ],
)
def test_a_quoted_fragment_before_the_attribution_does_not_cut_it(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a quoted subordinate clause opening reported content that the writer completes
        ("“If the council does not act before winter,” the city will run out of fuel in March, Mayor Ann Wills "
         "told reporters on Monday.",
         [("If the council does not act before winter", "Ann Wills")]),
        # the writer's own sentence after it reports nothing: no speaker
        ("“If the council does not act before winter,” the city will run out of fuel in March.", []),
    ],
)
def test_a_quote_opening_reported_content_takes_the_reporter(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Farmers “across the northern valleys are unable to plant” their fields this spring, the bulletin says.",
         [("across the northern valleys are unable to plant", "the bulletin")]),
        # a verb that is no speech does not make the quote the subject's
        ("Farmers “across the northern valleys are unable to plant” their fields this spring, the bulletin shows.",
         []),
    ],
)
def test_a_bulletin_is_a_document_that_speaks(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a noun describing a person, subject of the verb before a colon, speaks the quote
        ("One woman holding a child shouted to the crowd: “Let us through, let us get to the clinic.”",
         [("Let us through, let us get to the clinic.", "One woman holding a child")]),
        ("A soldier at the gate yelled at them: “Go back to your homes right now.”",
         [("Go back to your homes right now.", "A soldier at the gate")]),
        # a thing before the colon is no speaker
        ("A new rule reads as follows: “Every stall must close by nine at night.”", []),
        ("One sign near the gate hung over the road: “Slow down, children are playing here.”", []),
    ],
)
def test_a_person_described_before_a_colon_speaks_the_quote(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a fragment inside the reported clause, the clause opening with another quoted phrase
        ("“Small crews” or rogue traders “working across several borders” will probably keep targeting "
         "regional ports as “easy marks,” the memo warns.",
         [("working across several borders", "the memo")]),
        # the verb tagged as a plural noun after a document noun
        ("The new tax “reinforces our view that small firms are under heavy pressure” of closure, "
         "the documents states.",
         [("reinforces our view that small firms are under heavy pressure", "the documents")]),
        # no comma before the closing clause: not a trailing attribution
        ("Rogue traders “working across several borders” keep targeting ports the memo warns about.", []),
        # a noun that is not a reporting verb closing the sentence
        ("The new tax “reinforces our view that small firms are under heavy pressure” of closure, "
         "the documents pages.", []),
    ],
)
def test_a_fragment_in_a_clause_reported_after_a_comma(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The panel also found that the new rules helped to “shift the burden of the tax onto small farms.”",
         [("shift the burden of the tax onto small farms.", "The panel")]),
        ("The inquiry found staffing gaps “hurt the hospital’s quality of care.”",
         [("hurt the hospital’s quality of care.", "The inquiry")]),
        # a state seen, not a clause found: no quote
        ("Police found the car “badly damaged and burned out.”", []),
        # a verb of finding that is not one: no quote
        ("The panel also hoped that the new rules would “shift the burden of the tax onto small farms.”", []),
    ],
)
def test_a_passage_in_a_finding_is_the_finders_wording(quotes_of, paragraph, expected):
    assert pairs(quotes_of([paragraph])) == expected


@pytest.mark.parametrize(
    "paragraph, speakers",
    [
        ("John Smith continued, “I thank the staff for their work because we built this firm together.”",
         ["John Smith"]),
        ("John Smith later smiled, “We will be back next year with a bigger team.”", ["John Smith"]),
        # not a bare subject and verb: an object, an organization, a passage not opening a sentence
        ("John Smith read the letter, “We will be back next year with a bigger team.”", []),
        ("The ministry continued, “We will be back next year with a bigger team.”", []),
        ("John Smith continued, “and we will be back next year with a bigger team.”", []),
    ],
)
def test_a_bare_subject_and_verb_before_a_comma_lead_into_a_passage(quotes_of, paragraph, speakers):
    intro = "John Smith, the chief executive of Brightwater Mills, spoke to staff on Monday."
    assert [q.speaker_name for q in quotes_of([intro, paragraph])] == speakers


@pytest.mark.parametrize(
    "paragraph, speakers",
    [
        ("John Smith believes the mill could “win back every family that left the valley in the last decade.”",
         ["John Smith"]),
        ("She thinks the town will “never again trust a company that closes its gates overnight.”", ["Jane Doe"]),
        # a short passage is the writer's scare quote; a verb of belief with no clause, or no person
        ("John Smith believes the plan is “fair and sound.”", []),
        ("John Smith believes in “a mill that pays every worker a fair share of its profits.”", []),
        ("The union thinks the mill could “win back every family that left the valley in the last decade.”", []),
    ],
)
def test_a_long_passage_in_a_clause_of_belief_is_the_believers_wording(quotes_of, paragraph, speakers):
    intro = "Jane Doe and John Smith, two former managers of the Brightwater mill, spoke to staff on Monday."
    assert [q.speaker_name for q in quotes_of([intro, paragraph])] == speakers


def test_a_passage_set_deep_in_a_clause_of_belief_is_the_believers_wording(quotes_of):
    intro = "Jane Doe and John Smith, two former managers of the Brightwater mill, spoke to staff on Monday."
    paragraph = ("John Smith believes that the owners either misread the market or were involved in a "
                 "“quiet plan to sell the mill to the highest bidder before the winter.”")
    assert [q.speaker_name for q in quotes_of([intro, paragraph])] == ["John Smith"]
