"""Timeline: dated happenings, one event per sentence that carries a usable date.

Each sentence's date expressions come from `dates.find_dates`; the most precise one that can
be resolved becomes the event's date (a day beats a month beats a year; at equal precision a
date stated in full beats one completed from context, then the first one wins). Missing parts
come from the document date (front matter) when there is one, else from the document's latest
year stated with a past-tense verb (fiscal years, future tense, deadlines and reference points
such as "since 1905" do not count),
and the event is then marked `inferred`. Dates inside quotation marks are left out: the timeline tells what
the narrative dates, not what speakers say; sentences without a verb (datelines, signatures
under embedded posts, headings) are left out too.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..model import Event
from ..nlp import ParsedDocument
from ..slugs import content_id
from .actors import ActorTable
from .lexicon import words
from .dates import Anchor, DateMention, find_dates, precision, resolve

_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def extract_events(parsed: ParsedDocument, actors: ActorTable) -> list[Event]:
    """The dated events of one document, in text order."""
    doc_id = parsed.document.id
    anchor = Anchor.parse(parsed.document.date)
    found = list(_dated_sentences(parsed))
    fallback = None if anchor else latest_year([m for _, _, ms in found for m in ms])
    events: dict[str, Event] = {}
    for n, sent, mentions in found:
        if not has_verb(sent):
            continue  # a dateline, a signature under an embedded post, a heading
        best = best_date(mentions, anchor, fallback)
        if best is None:
            continue
        mention, iso, inferred = best
        sentence = sent.text.strip()
        event_id = content_id("e", doc_id, n, sentence, iso)
        events.setdefault(event_id, Event(
            id=event_id,
            date=iso,
            date_text=mention.text,
            sentence=sentence,
            document=doc_id,
            paragraph=n,
            inferred=inferred,
            actors=_actor_ids(actors, n, sent),
        ))
    return list(events.values())


def _dated_sentences(parsed: ParsedDocument):
    """(paragraph number, sentence, date mentions outside quotes) for every sentence."""
    for n, doc in enumerate(parsed.docs, start=1):
        quoted = quoted_ranges(doc.text)
        for sent in doc.sents:
            mentions = [m for m in find_dates(sent) if not _inside(m, quoted)]
            yield n, sent, mentions


def has_verb(sent: Span) -> bool:
    """True when the sentence has a verb or an auxiliary: a statement, not a label."""
    return any(t.pos_ in ("VERB", "AUX") for t in sent)


def best_date(
    mentions: list[DateMention], anchor: Anchor | None, fallback: int | None
) -> tuple[DateMention, str, bool] | None:
    """The most precise resolvable mention of a sentence, with its ISO date and `inferred` flag."""
    best, best_key = None, None
    for i, mention in enumerate(mentions):
        resolved = resolve(mention, anchor, fallback)
        if resolved is None:
            continue
        iso, inferred = resolved
        key = (precision(iso), not inferred, -i)
        if best_key is None or key > best_key:
            best, best_key = (mention, iso, inferred), key
    return best


def latest_year(mentions: list[DateMention]) -> int | None:
    """The latest calendar year that the document states for something that already happened.

    Only years governed by a past-tense verb count, and not fiscal years, future-tense sentences,
    deadlines or reference points ("by 2030", "since 1905"): those say nothing about when the
    article was written.
    """
    references = words("date_reference_prepositions")
    years = [
        m.year for m in mentions
        if m.explicit and m.past and not (m.fiscal or m.future or m.preposition in references)
    ]
    return max(years) if years else None  # type: ignore[type-var]


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the quoted passages of a paragraph (an unclosed quote runs to the end)."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def _inside(mention: DateMention, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= mention.start < end for start, end in ranges)


def _actor_ids(actors: ActorTable, paragraph: int, sent: Span) -> list[str]:
    """Ids of the actors named in the sentence, first mention first, without repeats."""
    ids: list[str] = []
    for occ in actors.occurrences:
        inside = occ.paragraph == paragraph and sent.start_char <= occ.start and occ.end <= sent.end_char
        if inside and occ.actor_id not in ids:
            ids.append(occ.actor_id)
    return ids
