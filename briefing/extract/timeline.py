"""Timeline: dated happenings, one event per distinct date of a sentence.

A sentence's date expressions come from `dates.find_dates`. Each distinct date that can be
resolved becomes an event of its own ("on the surface by 2024 and ... on the moon by 2028"
gives two), with these exceptions:

* a date that another date of the sentence states more precisely is the same date said twice
  ("in 2022 ... on Oct. 4, 2022" gives one event, dated 2022-10-04); a range ("from 2014 to
  2019") is one expression and one event;
* a year that only labels a thing ("the 2019 plan was approved on March 3, 2020", "the 2016
  model", "WeWork's 2025 bond") dates nothing; one that modifies a happening ("the 2020 budget
  request", "a 2024 moon mission", "a 2018 survey", see `event_heads.txt`) dates a happening of
  its own;
* a decade ("in the 2030s") is dated by its first year; its date_text keeps the decade;
* a date that only qualifies another of the sentence dates nothing: a comparison's baseline
  ("cut to $4 billion in 2025 from $8 billion in 2024") or a term's end ("a contract through 2027");
  a relative date as a baseline ("5% fewer cars than last year") dates nothing even alone;
* "four months later" counts from the last date of the sentence before (or an earlier date of
  its own sentence), and is left out when there is none;
* a month named bare takes the year of a "Month YEAR" stated before it in its sentence or the
  paragraph's sentence before ("in May 2023 ... in early June" is June 2023), unless it is an
  earlier month;
* an inferred date after the document date is left out unless the words or the verb look ahead
  ("will", "next", "tomorrow", "this November"): "a year later" cannot pass the day of writing.

Missing parts come from the document date (front matter) when there is one, else from the
year the text pins down itself (`current_year`: the latest year it states as past is also the
earliest it states as still to come), and the event is then marked `inferred`; otherwise a
month or day without a year gets no event: a wrong date is worse than none. Dates inside
quotation marks count like any other ("We will land on the Moon in 2024," she said): what a
speaker dates is part of the story. Sentences without a verb (datelines, headings) are left
out, except the signature under an embedded post ("— Jo Lee (@jolee) March 3, 2019"): it dates
the post.
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from ..model import Event
from ..nlp import ParsedDocument
from ..slugs import content_id
from .actors import ActorTable
from .dates import Anchor, DateMention, find_dates, resolve


def extract_events(parsed: ParsedDocument, actors: ActorTable) -> list[Event]:
    """The dated events of one document, in text order."""
    doc_id = parsed.document.id
    anchor = Anchor.parse(parsed.document.date)
    found = list(_dated_sentences(parsed))
    fallback = None if anchor else current_year([m for _, _, ms in found for m in ms])
    events: dict[str, Event] = {}
    previous: str | None = None  # the last date of the sentence before: 'Four months later' counts from it
    stated: DateMention | None = None  # the last 'Month YEAR' of the paragraph's sentence before
    paragraph = 0
    for n, sent, mentions in found:
        if n != paragraph:
            paragraph, stated = n, None
        happenings = dated_happenings(mentions, anchor, fallback, previous, stated)
        happenings = [r for r in happenings if not _after_publication(r, anchor)]
        previous = max(happenings, key=lambda r: r[0].start)[1] if happenings else None
        stated = next((m for m in reversed(mentions) if _month_of_year(m)), stated)
        if not has_verb(sent) and not is_post_signature(sent.text):
            continue  # a dateline, a heading
        sentence = sent.text.strip()
        for mention, iso, inferred in happenings:
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
    """(paragraph number, sentence, date mentions) for every sentence."""
    for n, doc in enumerate(parsed.docs, start=1):
        for sent in doc.sents:
            yield n, sent, find_dates(sent)


_POST_SIGNATURE = re.compile(r"^[—–-]?\s*[^()]+\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}$")


def is_post_signature(text: str) -> bool:
    """True for the signature under an embedded social media post, which dates the post: "— Jo
    Lee (@jolee) March 3, 2019"."""
    return _POST_SIGNATURE.match(text.strip()) is not None


def has_verb(sent: Span) -> bool:
    """True when the sentence has a verb or an auxiliary: a statement, not a label."""
    return any(t.pos_ in ("VERB", "AUX") for t in sent)


Resolved = tuple[DateMention, str, bool]  # (mention, ISO date, inferred)


def dated_happenings(
    mentions: list[DateMention],
    anchor: Anchor | None,
    fallback: int | None,
    previous: str | None = None,
    stated: DateMention | None = None,
) -> list[Resolved]:
    """One (mention, ISO date, inferred) per distinct date of a sentence, in text order.

    Years that label things ('the 2019 plan', 'the 2016 model') date nothing; a date that only
    qualifies another (a comparison's baseline, a term's end: `DateMention.secondary`) dates
    nothing when the sentence has another; a date refined by a more precise stated one ('2022'
    beside 'Oct. 4, 2022') is dropped; one date said twice counts once. 'Four months later'
    counts from the date before it in the sentence, else from `previous` (the last date of the
    sentence before). A month named bare takes the year of the 'Month YEAR' stated before it in
    the sentence, else `stated` (the last one of the paragraph's sentence before), when it is not
    an earlier month ('in May 2023 ... in early June' is June 2023).
    """
    resolved: list[Resolved] = []
    for m in mentions:
        stated = next((s for s in reversed(mentions) if s.end <= m.start and _month_of_year(s)), stated)
        r = resolve(m, anchor, fallback, resolved[-1][1] if resolved else previous, _year_going_on(m, stated))
        if r is not None:
            resolved.append((m, *r))
    dating = [r for r in resolved if not r[0].attributive or r[0].happening]
    if any(not r[0].secondary for r in dating):
        dating = [r for r in dating if not r[0].secondary]
    dating = [r for r in dating if not (r[0].secondary and r[0].relative)]  # 'fewer than last year': no date of its own
    kept: dict[str, Resolved] = {}
    for r in dating:
        if any(_refines(other, r) for other in dating):
            continue
        if r[1] not in kept or _rank(r) > _rank(kept[r[1]]):
            kept[r[1]] = r
    return sorted(kept.values(), key=lambda r: r[0].start)


def _month_of_year(m: DateMention) -> bool:
    """True for a stated month and year ('in May 2023', 'on Oct. 4, 2022')."""
    return m.explicit and m.month is not None and not (m.fiscal or m.decade)


def _year_going_on(m: DateMention, stated: DateMention | None) -> int | None:
    """The year of `stated` for a bare month at or after its month, else None."""
    if stated is None or m.month is None or m.relative or m.month < stated.month:  # type: ignore[operator]
        return None
    return stated.year


def _after_publication(r: Resolved, anchor: Anchor | None) -> bool:
    """True for an inferred date after the document date whose words and verb do not look ahead
    ('more than a year later' counted past the day of writing): a date the text cannot mean.
    A future verb, 'next', 'tomorrow', 'later this week', 'this November', 'ahead of the vote
    on November 5' and 'the November election' look ahead."""
    mention, iso, inferred = r
    ahead = mention.future or mention.nearest or mention.part == "later" or mention.relative == "named-month" and mention.step >= 0
    if not inferred or ahead or (mention.step > 0 and mention.relative != "later") or anchor is None:
        return False
    parts = [int(p) for p in iso.split("-")]
    known = [anchor.year, anchor.month, anchor.day][: len(parts)]
    return None not in known and parts > known  # type: ignore[operator]


def _refines(precise: Resolved, coarse: Resolved) -> bool:
    """True when `precise` states `coarse`'s date more precisely, with its own year, or when
    `coarse` is itself inferred or a happening's label year ('this week, after a soldier was
    stabbed on Monday'; 'on Thursday, ahead of the 2024 Olympics')."""
    loose = coarse[2] or coarse[0].attributive
    return precise[1].startswith(coarse[1] + "-") and (not precise[2] or loose)


def _rank(r: Resolved) -> tuple[bool, int]:
    """Stated before inferred, then the earlier mention."""
    return not r[2], -r[0].start


def current_year(mentions: list[DateMention]) -> int | None:
    """The year the text is written in, when the text itself pins it down; else None.

    The latest year stated for something that already happened is a lower bound, the earliest
    year stated for something still to come (future tense, or a pending deadline: "will be
    published by the end of 2022") an upper bound; only when they are the same year is that
    year the text's own. Past years alone are not enough: news articles name earlier years as
    background ("the outbreak in 2009") while their months without a year ("in August") belong
    to the year of writing. Fiscal years, decades, reference points ("since 2014") and years
    that label things ("the 2016 plan") bound nothing; any later year stated outside the future
    tense and outside a pending deadline ("since 2018", "until 1982") rules inference out.
    """
    past = [m.year for m in mentions if _dates_the_past(m)]
    coming = [m.year for m in mentions if _still_to_come(m)]
    if not past or not coming or max(past) != min(coming):  # type: ignore[type-var]
        return None
    year = max(past)  # type: ignore[type-var]
    later = [m for m in mentions if m.explicit and m.year > year and _bounds_the_present(m)]  # type: ignore[operator]
    return None if later else year


def _still_to_come(m: DateMention) -> bool:
    """True for a year stated for something still to come: future tense or a pending deadline."""
    return m.explicit and not (m.fiscal or m.decade) and (m.future or _pending_deadline(m))


def _pending_deadline(m: DateMention) -> bool:
    """True for a deadline outside the past tense ('aims to finish by 2030', 'due by 2022')."""
    return m.reference and not m.start_point and not m.past


def _dates_the_past(m: DateMention) -> bool:
    """True for a year stated for a past happening ('launched in 2021', 'attended the 2022 event')."""
    label = m.attributive and not m.happening
    return m.explicit and m.past and not (m.fiscal or m.decade or m.future or m.reference or label)


def _bounds_the_present(m: DateMention) -> bool:
    """True when the text's own time is at or after the year: not future, not a fiscal year, not
    a deadline still pending ('aims to finish by 2030')."""
    return not (m.future or m.fiscal or _pending_deadline(m))


def _actor_ids(actors: ActorTable, paragraph: int, sent: Span) -> list[str]:
    """Ids of the actors named in the sentence, first mention first, without repeats."""
    ids: list[str] = []
    for occ in actors.occurrences:
        inside = occ.paragraph == paragraph and sent.start_char <= occ.start and occ.end <= sent.end_char
        if inside and occ.actor_id not in ids:
            ids.append(occ.actor_id)
    return ids
