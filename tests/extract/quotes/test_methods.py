"""How each speaker was found (`attribution`): named, pronoun, description, previous, unnamed."""
from __future__ import annotations

import pytest

from briefing.extract.quotes import extract_quotes

INTRO = "Defense Minister Jane Doe spoke at the summit in Brussels on Tuesday."


@pytest.fixture(scope="module")
def methods_of(parse_with_actors):
    """`methods_of(paragraphs)` -> [(text, speaker name, attribution)] of quotes, then statements."""

    def _methods(paragraphs: list[str]):
        quotes, statements = extract_quotes(*parse_with_actors(paragraphs))
        return [(i.text, i.speaker_name, i.attribution) for i in [*quotes, *statements]]

    return _methods


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([INTRO, "“We will not wait for others to act,” Doe said."],
         [("We will not wait for others to act", "Jane Doe", "named")]),
        ([INTRO, "“We will not wait for others to act,” she said."],
         [("We will not wait for others to act", "Jane Doe", "pronoun")]),
        ([INTRO, "“We will not wait for others to act,” the minister said."],
         [("We will not wait for others to act", "Jane Doe", "description")]),
        ([INTRO, "“We will not wait for others to act,” she said. “The time for talks is over.”"],
         [("We will not wait for others to act", "Jane Doe", "pronoun"),
          ("The time for talks is over.", "Jane Doe", "previous")]),
        (["“We will not wait for others to act,” a senior diplomat said."],
         [("We will not wait for others to act", "a senior diplomat", "unnamed")]),
        ([INTRO, "She said the alliance would send more ships to the region."],
         [("She said the alliance would send more ships to the region", "Jane Doe", "pronoun")]),
    ],
)
def test_each_speaker_says_how_it_was_found(methods_of, paragraphs, expected):
    assert methods_of(paragraphs) == expected


LOPEZ = "Maria Lopez, a nurse from Ohio, joined the protest on Monday."


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # "she" skips an organization named in between, and a name the text calls "it" or "he"
        ([LOPEZ, "Kellogg, which makes the cereal, said it would appeal the ruling.", "“We cannot work like this,” she said."],
         ("We cannot work like this", "Maria Lopez", "pronoun")),
        ([LOPEZ, "Bolton said it would appeal the ruling.", "“We cannot work like this,” she said."],
         ("We cannot work like this", "Maria Lopez", "pronoun")),
        ([LOPEZ, "Bolton said he would appeal the ruling.", "“We cannot work like this,” she said."],
         ("We cannot work like this", "Maria Lopez", "pronoun")),
        # a role description with no one holding that title: the one person of the sentence before
        (["Karl Brandt met the bankers on Monday.", "“The budget is safe,” the minister said."],
         ("The budget is safe", "Karl Brandt", "description")),
        (["Karl Brandt met the bankers on Monday. “The budget is safe,” the minister told reporters."],
         ("The budget is safe", "Karl Brandt", "description")),
        # ... but not when two people are named there, nor one the description's gender rules out
        (["Karl Brandt met Lena Fox on Monday.", "“The budget is safe,” the minister said."],
         ("The budget is safe", "the minister", "unnamed")),
        (["Mr. Karl Brandt met the bankers on Monday.", "“The budget is safe,” the chairwoman said."],
         ("The budget is safe", "the chairwoman", "unnamed")),
        (["Maria Lopez did not know the senator was coming.", "The real estate agent said she had liked his speech."],
         ("The real estate agent said she had liked his speech", "Maria Lopez", "description")),
        # "the official" is an unnamed source, not a title
        (["Karl Brandt met the bankers on Monday.", "“The budget is safe,” the defense official said."],
         ("The budget is safe", "the defense official", "unnamed")),
        # the speaker, not the group named in the same sentence
        (["“Our members will march on Friday,” the Green Farmers Alliance’s Tom Reed said."],
         ("Our members will march on Friday", "Tom Reed", "named")),
        (["“The strike goes on,” Green Farmers Alliance leader Tom Reed told reporters."],
         ("The strike goes on", "Tom Reed", "named")),
        # the speaker, not a country that is only the topic of the quoted words
        (["Admiral Lena Fox visited the base.", "“Portugal has broken its word,” she said."],
         ("Portugal has broken its word", "Lena Fox", "pronoun")),
        (["Admiral Lena Fox visited the base.", "Portugal “is not a reliable partner,” Fox said."],
         ("is not a reliable partner", "Lena Fox", "named")),
    ],
)
def test_the_speaker_of_the_quote(methods_of, paragraphs, expected):
    assert [m for m in methods_of(paragraphs) if m[0] == expected[0]] == [expected]


GROUP_LETTER = ("Forty retired judges have sent the senators a sharp letter accusing the governor of "
                "weakening the courts.")


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a document speaking: "it" after "the letter reads" is the letter's speaker again
        ([GROUP_LETTER, "“For years, he has ignored the rulings that bind him,” the letter reads.",
          "“He has cut the budget of every court in the state,” it continues."],
         ("He has cut the budget of every court in the state", "Forty retired judges", "pronoun")),
        # ... but "it" after an organization speaking is that organization
        ([GROUP_LETTER, "“For years, he has ignored the rulings that bind him,” the letter reads.",
          "The Bar Council said it would study the letter.", "“We share many of these worries,” it added."],
         ("We share many of these worries", "Bar Council", "pronoun")),
        # "they": the plural noun that reports just before, not the source of the last statement
        ([GROUP_LETTER, "Most voters approve of the courts, according to a poll by Gallup.",
          "As the vote nears, the signers of the letter warn of what the cuts could do.",
          "“We urge you to protect the courts from this governor,” they conclude."],
         ("We urge you to protect the courts from this governor", "the signers of the letter", "pronoun")),
        # "they" in a clause hung on its sentence: the people named earlier in that sentence
        (["Maria Lopez hosted the leaders of Chile and Peru at her ranch, where they pledged to "
          "“open a new era of regional trade.”"],
         ("open a new era of regional trade.", "the leaders of Chile and Peru", "pronoun")),
        # "Another wrote": another of the people just introduced, an unnamed source
        (["“Use this photo if I am arrested,” said one activist, Jo Obi, on X.",
          "Another wrote: “Tomorrow morning I will march to parliament with my friends.”"],
         ("Tomorrow morning I will march to parliament with my friends.", "Another activist", "unnamed")),
        # a report in a clause of time only dates the sentence: the quote stays the cited source's
        (["According to a diplomat from a mediating country, when the rebels responded, it was believed "
          "that the army’s answer “would be positive and ready to move forward.”"],
         ("would be positive and ready to move forward.", "a diplomat from a mediating country", "unnamed")),
        # a subject the parse hung on the phrase before the verb
        (["Acme Corp says it will stop sponsoring the fairs.",
          "In a statement posted Tuesday to the platform X, the farm equipment maker also said it would "
          "check all training materials “to ensure the absence of political messages” from now on."],
         ("to ensure the absence of political messages", "Acme Corp", "description")),
    ],
)
def test_documents_groups_and_stranded_subjects(methods_of, paragraphs, expected):
    assert [m for m in methods_of(paragraphs) if m[0] == expected[0]] == [expected]


def test_they_without_a_reporting_plural_before_is_no_one(methods_of):
    paragraphs = ["The prices of bread rose again in May.", "“We cannot pay for this any longer,” they said."]
    assert [m for m in methods_of(paragraphs) if m[0].startswith("We cannot")] == []


TOLL = "The toll came from two strikes on the camp, hospital officials said."
RUN_ON = "“We act within the law and take every step to avoid harm to civilians.”"


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        # the paragraph closes on a quote: the next paragraph's quote runs on in its speaker's voice
        ([f"{TOLL} Asked about the strikes, the Coastal Defense Force said: “Overnight, we struck targets across the area.",
          RUN_ON], "Coastal Defense Force"),
        # the paragraph closes on a statement: its speaker goes on
        (["Asked about the strikes, the Coastal Defense Force said: “We struck targets.” Nine people died, hospital "
          "officials said.", RUN_ON], "hospital officials"),
    ],
)
def test_the_speaker_a_paragraph_closes_on_goes_on(methods_of, paragraphs, speaker):
    assert [(text, name, how) for text, name, how in methods_of(paragraphs) if text == RUN_ON[1:-1]] == [
        (RUN_ON[1:-1], speaker, "previous")]
