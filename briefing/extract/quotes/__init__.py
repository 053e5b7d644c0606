"""Quotes (direct speech between quote marks) and statements (reported speech), with speakers.

One pass over the paragraphs, in order:

1. `find_passages` cuts the quoted passages out of the paragraph text: curly “…” or straight
   "…" double quotes (single quotes inside stay part of the text); a passage left open at the
   paragraph end runs to that end, never further; one that a new opening mark interrupts right
   after a short attribution set off by a comma (`“…, he said. “…”`) ends at that comma and is
   kept only when that attribution (or another) attributes it; a closing mark where a passage
   opens is a misprinted opener. An article with no double quotes at all
   (British style) is read with `find_single_passages` instead: ‘…’ and '…', apostrophes
   excluded.
2. Each passage is attributed: a reporting verb right after it (`“…,” X said`, `“…,” said X`,
   `“…,” according to X`, also after a few words finishing the quoted phrase: `“…” announced
   in May, said X`), else one in the clause leading into it (`X said: “…”`), else a naming
   verb (`X called it “…”`, four words or more; one led to call it so speaks even inside
   another's report: `…, prompting Y to call it “…”`), else the subject of a verb of aim whose
   infinitive the passage closes (`X aims to make the country “the energy hub of …”`), else
   the author of a document the passage describes (`X released a report that depicted “…”`), else the speaker of the paragraph's
   other quotes, else the speaker of the sentence just before it or the person that sentence
   is about (`Jo Lee voiced her despair. “…”`), or, for a passage opening the paragraph, the
   last speaker of the previous paragraph (a quote running on, a quote-only paragraph). A
   passive report speaks for its agent or author (`was described as “…” in a report by X`),
   never for its subject. Scare quotes and quoted titles (one
   to three words without a verb, Title Case) are skipped; a short utterance opening its
   sentence (`“Oh my,” X said`) is kept.
3. Statements: sentences whose reporting verb (`said`, `noted`, `according to`, `accused`,
   `disputed`, `ruled out`, `called for`, a belief: `believes`, a finding: `found`, ...)
   outside the quotes has a speaker as subject, also in a relative clause (`critics, who
   argued that …`), a passive with its agent (`was announced by X`) or set off by commas
   (`The plan, she said, is …`), a participle in a "with" clause (`…, with X saying …`), a
   clause after a quote's attribution (`“…,” X told CNN, but …, she added`); an attribution
   closes its part of the sentence before another report or a clause of the writer's (`…, X
   said, as …`); the text is the reporting clause, verbatim: the reported
   clause (or, for accusations and appeals, the verb's own clause) with the speaker's phrase
   and the verb when they are contiguous with it. A statement may hold a quoted fragment, but
   never only repeats a quote (a short quoted fragment completing a clause whose named subject
   stands outside it is kept: `said the port was “a lawless place”`); a coordinated report that
   is only a quote joins the statement before it (`X condemned the attack and said “…”`). An
   appeal reports its infinitive (`called on the allies to …`, `pleaded with X to …`), also as a
   participle (`…, accusing the firm of …`); a gerund completes a reporting verb (`suggested
   pushing back the date`); `according to X` inside a relative clause reports that clause. When a messenger carries a named speaker's words (`X told …,
   according to a source`), the statement is X's. A belief the writer supposes (`may still
   believe`) is none.

Speakers come from the verb's subject: a named person, organization or country (its actor), a
pronoun (`he`, `she`: an unnamed person an indefinite description introduced as a subject
just before, in its paragraph or the one before, with no person named since (`One nurse, who
…, stayed. “…,” she said` -> "One nurse"), else the last person named as a subject (or presented by a copula: `Watching was
the coach, Jo Lee`) before it whom the text does not mark
as the other gender, by a pronoun used before or a title such as `Ms.` or `chairman`; `they`:
in a clause hung on its sentence, the people named earlier in it, else a group or organization
named as a subject just before, or a plural noun reporting; `it`: an organization, or a
document found speaking just before, `“…,” the letter reads. “…,” it continues`; `another`:
another of the people just introduced, "Another activist"), a description
(`the president`, `the governor` after `Gov. X` -> the one person with that role, else, when no
one holds it, the one person without a stated role named in the sentence before; `the agency`
-> the organization named in a main clause's subject of the nearest paragraph naming any; `the
spokesperson` -> the organization heard speaking since the person with that role was last named;
`the official` -> the source introduced earlier), a document (`a White House statement` -> White
House; `the report`, `the statement` -> the author introduced earlier, `X said in a
statement`; `a copy of the law` -> the law; `the indictment`), or an unnamed source (`two
people briefed on the talks`, `his office` -> "X’s office"), kept with its wording and no
actor. Each quote and statement records how (`attribution`: named, pronoun, description,
previous, unnamed). Word lists live in `briefing/data/`.

Modules: `passages` (quote marks, passages kept as speech), `attribution` (the verb and
frame attributing a passage), `direct` (the quotes of a paragraph, inherited speakers),
`speakers` (subject -> speaker), `descriptions` (descriptions and documents -> speaker),
`reader` (actors named so far, pronoun antecedents), `content` (what a verb reports),
`statements` (reported speech), `grammar` (shared parse-tree tests).
"""
from __future__ import annotations

from ...model import Quote, Statement
from ...nlp import ParsedDocument
from ..actors import ActorTable
from .direct import quotes_of_paragraph
from .passages import DOUBLE_MARKS, OPENERS, Paragraph, find_passages, find_single_passages
from .reader import Reader, Speaker
from .statements import statements_of_paragraph

__all__ = ["extract_quotes", "find_passages", "find_single_passages"]


def extract_quotes(parsed: ParsedDocument, actors: ActorTable) -> tuple[list[Quote], list[Statement]]:
    """Direct quotes with their speakers, and reported statements, of one document."""
    doc_id = parsed.document.id
    reader = Reader(parsed, actors)
    british = not any(mark in doc.text for doc in parsed.docs for mark in DOUBLE_MARKS)
    find = find_single_passages if british else find_passages
    reader.paragraphs = [Paragraph(n, doc.text, doc, find(doc.text)) for n, doc in enumerate(parsed.docs, start=1)]
    reader.note_person_names()
    quotes: list[Quote] = []
    statements: list[Statement] = []
    carry: Speaker | None = None
    for k, para in enumerate(reader.paragraphs):
        next_text = reader.paragraphs[k + 1].text.lstrip() if k + 1 < len(reader.paragraphs) else ""
        next_opens = bool(next_text) and next_text[0] in OPENERS + '"'
        found, verbs, last = quotes_of_paragraph(reader, para, carry, next_opens, doc_id)
        if last:
            reader.last_speaker = last
        reported = statements_of_paragraph(reader, para, {v.i for v in verbs}, doc_id)
        if last and reported and _end(para, found[-1]) > max(_end(para, s) for s in reported):
            reader.last_speaker = last  # the paragraph closes on a quote: its speaker goes on
        quotes.extend(found)
        statements.extend(reported)
        carry = reader.last_speaker if (found or reported) else None
    return _unique(quotes), _unique(statements)


def _end(para: Paragraph, item: Quote | Statement) -> int:
    """Where the (verbatim) text of a quote or statement ends in its paragraph, at its last place."""
    return para.text.rfind(item.text) + len(item.text)


def _unique(items: list) -> list:
    """Items with distinct ids (the same words twice in a paragraph are one item)."""
    seen: set[str] = set()
    return [item for item in items if not (item.id in seen or seen.add(item.id))]
