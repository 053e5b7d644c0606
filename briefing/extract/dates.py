"""Dates in running text: find the expressions, then normalize them to ISO dates.

`find_dates(span)` lists the date expressions of a spaCy span (a sentence) as `DateMention`s,
each holding what the words say (a year, a month, a day, a weekday, a relative step such as
"last year"). `resolve(mention, anchor)` turns one into an ISO string (`2022`, `2022-10`,
`2022-10-04`) using an `Anchor` (the document date, or the year the text pins down itself)
for the parts the words leave out.

Rules, kept deliberately simple:

* a bare year counts only inside a spaCy DATE or EVENT entity, after a date preposition ("in
  2021"), or before a noun naming a happening ("a crewed 2024 moon mission", `event_heads.txt`);
  numbers that are amounts ("2,000", "$2022") and the ends of names ("RTX 2060", "Football
  Manager 2020"; not "Black Friday 2019"), the openings of titles ("2001: A Space Odyssey")
  and ranking labels ("the best password managers of 2019") are skipped;
* a year that modifies a noun is marked `attributive` ("the 2019 plan", "1972's Toulouse
  Street"), and `happening` when that noun names a happening ("the 2020 budget request");
* "the 2030s", "the early 2000s" are decades, and "the 14th century" (up to the 19th: "the 21st
  century" is a manner of speaking more often than a date) a century, dated by their first year;
* a span of dates is one mention: "from February 2016 through May 2017", "2014-19";
* each mention records the conjunction of its clause ("since the war started in 2018"), so
  that reference points (`date_reference_prepositions.txt`) and start points
  (`date_start_prepositions.txt`) are known even when the preposition is not the date's own;
* a month alone counts only inside a DATE entity or after a preposition ("In October"), never
  after a capitalized name word ("Black September"), and an abbreviation ("Oct.") only with a
  day or a year;
* a month or day without a year takes the anchor's year; with a full document date it takes the
  most recent such month on or before that date, or the next one when the verb governing the
  date is in the future tense, or the nearest one when words before it look ahead to it ("ahead
  of the vote on November 5", "the upcoming election in May", `date_ahead_words.txt`) or when
  it names a happening ("the November election") or when its clause speaks of what may still come
  (a modal of possibility "would approve it in November", a condition "if the party wins in
  November", a present plan "hopes to hold it in November", a bare verb under a future one);
* "last/this/next year|month", "yesterday", "today", "tomorrow" and weekdays ("on Tuesday", or
  closing a clause: "said Thursday"; not "Black Friday") need the document date and are skipped
  without it; a weekday resolves to the most recent one on or before the document date, or the
  first one from it on when its verb looks ahead ("next" or "this coming": the first after it) (future tense, a present schedule: "is scheduled
  to perform on Saturday", a present clause of time: "faces a fine when the regulator rules");
* "last September" is the previous year's September (news style writes a month of this year
  bare: "in April"), "this May" the document year's, "next March" the first after it;
  "February last year", "April 14 last year" are the named month of the year before;
* "seven years ago", "a decade ago", "three months ago", "five days ago" count back from the document date; an
  open count ("more than a year later", "nearly a decade ago", `date_open_bounds.txt`) names no date;
* weeks ("last week", "earlier this week", "later this week", "last weekend") and "in recent
  weeks/days/months" are a month when their days all lie in one, else a year, else nothing;
* "four months later", "the following day" count from the date stated just before (the caller
  passes it) and are as precise as that date allows;
* "today" inside quotation marks is the speaker's day, or "nowadays": no date; so is "today" with
  a verb in the present tense ("today, the minimum wage is $3 a month");
* a date that only qualifies another is `secondary`: a comparison's baseline ("cut to $4
  billion in 2025 from $8 billion in 2024", "more than in 2024", "fewer than last year", "cut to
  12% from 15% a year ago"; not "raised from 10% to 25% in May") or the end of a term ("a contract through 2027"; not "remained in office until 1982");
* "fiscal year 2023", "FY2023" and "fiscal 2023" give the stated year.

Word lists live in `briefing/data/` (months, weekdays, date prepositions and modifiers).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span, Token

from .lexicon import lines, words

PRECISION = {"year": 1, "month": 2, "day": 3}
_AMOUNT_LABELS = {"MONEY", "PERCENT", "QUANTITY"}


@dataclass(frozen=True)
class DateMention:
    """One date expression: its character span in the paragraph and what its words state."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    relative: str | None = None  # "year", "month", "week", "weekend", "day", "recent", "later", "ago", "of-year" or "named-month"
    step: int = 0  # -1 last, 0 this, +1 next; for "later", how many units after the previous date
    part: str | None = None  # "earlier" or "later" narrows a week to the days before or after the anchor
    unit: str | None = None  # "recent" and "later": "day", "week", "month" or "year"
    fiscal: bool = False
    future: bool = False  # governed by a future-tense verb ("will launch in May")
    nearest: bool = False  # its nearest occurrence: looked ahead to ("ahead of the vote on November 5") or naming a happening ("the November election")
    past: bool = False  # governed by a past-tense verb, or in a sentence without verb (a dateline)
    preposition: str | None = None  # the preposition of the date_text, lower-cased ("in", "by")
    clause: str | None = None  # the conjunction opening the date's clause ("since the war started in 2018")
    attributive: bool = False  # a bare year modifying a noun ("the 2019 plan", "a 2024 moon mission")
    happening: bool = False  # ... whose noun names a happening ("the 2020 budget request")
    decade: bool = False  # "in the 2030s": the year is the decade's first
    secondary: bool = False  # a comparison's baseline ("from $8 billion in 2024") or a term's end ("a contract through 2027")

    @property
    def explicit(self) -> bool:
        """True when the words themselves give the year."""
        return self.year is not None

    @property
    def reference(self) -> bool:
        """True for a deadline or a reference point: 'by 2030', 'since 2014', 'since the war
        started in 2018' (a reference preposition or a clause opened by one)."""
        references = words("date_reference_prepositions")
        return self.preposition in references or self.clause in references

    @property
    def start_point(self) -> bool:
        """True for a start point in the past or present ('since 2018', 'from 2014', 'after the
        war began in 2018'): the text's own time is at or after it."""
        starts = words("date_start_prepositions")
        return not self.future and (self.preposition in starts or self.clause in starts)


@dataclass(frozen=True)
class Anchor:
    """What fills the gaps of partial dates: the document date (may be partial) or a year."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, iso: str | None) -> "Anchor | None":
        """An anchor from an ISO date 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (None when unreadable)."""
        m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", iso or "")
        if not m:
            return None
        return cls(*(int(g) if g else None for g in m.groups()))

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None


# ----------------------------------------------------------------------------- patterns


def _names(list_name: str) -> dict[str, int]:
    """Every spelling in a calendar list ('October', 'Oct') -> its 1-based position."""
    out = {}
    for i, line in enumerate(lines(list_name), start=1):
        for name in line.split():
            out[name] = i
    return out


def _alternation(names: dict[str, int], *, full_only: bool = False) -> str:
    """A regex alternation of the names, abbreviations with an optional dot."""
    full = {n for n in names if len(n) > 4 or n in ("May", "June", "July")}
    parts = []
    for name in sorted(names, key=len, reverse=True):
        if name in full:
            parts.append(re.escape(name))
        elif not full_only:
            parts.append(re.escape(name) + r"\.?")
    return "|".join(parts)


def _prefix_alternation(list_name: str) -> str:
    return "|".join(re.escape(p) for p in sorted(lines(list_name), key=len, reverse=True))


_YEAR = r"(?<![\w$£€#.,/])(?<!(?<!mid)-)(?P<{g}>1[89]\d\d|20\d\d)(?![\w%]|[.,]\d)"
# the end of a span of years, which joins the date_text of its start: "2014-19", "2014 to 2019"
_RANGE_END = (
    r"(?:\s*[–-]\s*(?:1[89]\d\d|20\d\d|\d\d)|\s+(?:to|through|and)\s+(?:1[89]\d\d|20\d\d)|/\d\d)?"
    r"(?![\w%]|[.,]\d)"
)
_DAY = r"(?P<{g}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    """One regex for every date layout, most specific first."""
    month = _alternation(_names("months"))
    full_month = _alternation(_names("months"), full_only=True)
    weekday = _alternation(_names("weekdays"), full_only=True)
    y = lambda g: _YEAR.format(g=g)  # noqa: E731 - tiny local helper
    d = lambda g: _DAY.format(g=g)  # noqa: E731
    layouts = [
        rf"(?P<iso>{y('iy')})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])\b",
        rf"\b(?P<m1>{month})\s+{d('d1')},?\s+{y('y1')}",  # October 4, 2022
        rf"\b{d('d2')}\s+(?:of\s+)?(?P<m2>{month})\s*,?\s+{y('y2')}",  # 4 October 2022
        rf"\b(?P<m3>{month})\s*,?\s+(?:of\s+)?{y('y3')}",  # October 2022
        rf"\b(?P<fy>[Ff]iscal(?:\s+[Yy]ear)?)\s+{y('y4')}",  # fiscal year 2023
        r"\bFY\s?(?P<y9>20\d\d)(?!\d)",  # FY2023
        rf"\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?P<dec>1[89]\d0|20\d0)s\b",  # the 2030s
        r"\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?P<cen>1[0-9]|[2-9])(?:st|nd|rd|th)\s+[Cc]entury\b(?!-)",  # the 14th century
        rf"\b(?P<m10>{month})(?:\s+{d('d10')})?\s+(?P<ys>last|this|next)\s+year\b",  # April 14 last year
        rf"\b(?P<an>{_count_alternation()})\s+(?P<au>day|week|month|year|decade)s?\s+ago\b",  # seven years ago, a decade ago
        rf"\b(?P<m5>{month})\s+{d('d5')}\b(?!\s*,?\s*\d)",  # October 4
        rf"\b{d('d6')}\s+(?:of\s+)?(?P<m6>{month})\b",  # 4 October
        y("y7") + _RANGE_END,  # 2021, 2014-2019, 2014 to 2019
        rf"\b(?P<ms>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<m9>{full_month})\b(?!\s*,?\s*\d)",  # last September
        rf"\b(?P<m8>{full_month})\b",  # October
        r"\b(?:(?P<rq>[Ee]arlier|[Ll]ater)\s+)?(?P<rs>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<ru>year|month|week|weekend)\b",
        r"\b[Rr]ecent\s+(?P<rr>days|weeks|months)\b",  # in recent weeks
        r"\b(?:[Tt]he\s+)?(?:past|last)\s+(?:few\s+|several\s+|couple\s+of\s+|two\s+|three\s+)?(?P<rp>days|weeks)\b",
        rf"\b(?P<ln>{_count_alternation()})\s+(?P<lu>day|week|month|year)s?\s+later\b",  # four months later
        r"\b[Tt]he\s+(?:following\s+(?P<fu>day|week|month|year)|next\s+(?P<fd>day))\b",  # the following day
        r"\b(?P<rd>[Yy]esterday|[Tt]oday|[Tt]omorrow)\b",
        rf"\b(?P<ws>[Ll]ast|[Nn]ext|(?:[Tt]his\s+)?coming|[Tt]his)?\s*\b(?P<wd>{weekday})\b",
    ]
    return re.compile("|".join(f"(?:{layout})" for layout in layouts))


@lru_cache(maxsize=1)
def _counts() -> dict[str, int]:
    """Count words before a unit ('four months later') -> their number (`date_counts.txt`)."""
    return {word: n for n, line in enumerate(lines("date_counts"), start=1) for word in line.split()}


def _count_alternation() -> str:
    words_ = sorted(_counts(), key=len, reverse=True)
    return "|".join([*(re.escape(w) + "|" + re.escape(w.capitalize()) for w in words_), r"\d{1,2}"])


@lru_cache(maxsize=1)
def _prefix() -> re.Pattern[str]:
    """Words before a date that belong to its date_text: a preposition and/or a modifier."""
    preps = _prefix_alternation("date_prepositions")
    mods = _prefix_alternation("date_modifiers")
    return re.compile(
        rf"(?:\b(?P<prep>{preps})\s+)?(?:\b(?P<mod>{mods})(?:\s+|(?<=-)))?$", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _open_bound() -> re.Pattern[str]:
    """Words that leave a count of time open ('more than a year later', `date_open_bounds.txt`)."""
    return re.compile(rf"\b(?:{_prefix_alternation('date_open_bounds')})\s+$", re.IGNORECASE)


# ----------------------------------------------------------------------------- finding


def find_dates(span: Span) -> list[DateMention]:
    """The date expressions of `span` (a sentence), with paragraph character offsets."""
    text = span.text
    base = span.start_char
    found = []
    for m in _pattern().finditer(text):
        verb = governing_verb(span, base + m.start())
        context = {
            "future": is_future(verb),
            "past": verb is None or verb.tag_ == "VBD",
            "clause": clause_conjunction(verb),
            "nearest": _looked_ahead_to(span, base + m.start()) or is_tentative(verb),
        }
        mention = _mention(m, text, base, context)
        if mention is None or _quoted_today(mention, span.doc.text) or _present_today(mention, verb):
            continue
        if m.group("y7"):
            mention = _as_modifier(mention, span, base + m.start("y7"))
        if m.group("m8") and _names_a_happening_month(span, base + m.start("m8")):
            mention = replace(mention, nearest=True)
        if _plausible(mention, m, span):
            found.append(replace(mention, secondary=_secondary(span, base + m.start(), bool(mention.relative))))
    return _join_ranges(found, span)


_AHEAD_WINDOW = 10  # how many words before a date a look-ahead cue may stand
_CLAUSE_BREAKS = {",", ";", ":", "(", ")", "–", "—", "“", "”", '"'}


def _looked_ahead_to(span: Span, char: int) -> bool:
    """True when words before the date, in its stretch of the clause (no finite verb or clause
    break between), look ahead to it: 'ahead of the vote on November 5', 'the upcoming election
    on November 5' (`date_ahead_words.txt`)."""
    first = next((t for t in span if t.idx >= char), None)
    if first is None:
        return False
    start = first.i
    while start > max(span.start, first.i - _AHEAD_WINDOW):
        before = span.doc[start - 1]
        if before.text in _CLAUSE_BREAKS or before.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            break
        start -= 1
    stretch = span.doc[start : first.i].text
    return _ahead_cue().search(stretch) is not None


@lru_cache(maxsize=1)
def _ahead_cue() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_prefix_alternation('date_ahead_words')})\b", re.IGNORECASE)


def _names_a_happening_month(span: Span, char: int) -> bool:
    """True for a bare month modifying a happening ('the November election', `event_heads.txt`):
    a reference to the happening's nearest occurrence, whatever the tense of the clause."""
    noun = _modified_noun(span, char)
    return noun is not None and _names_happening(noun)


def _quoted_today(mention: DateMention, text: str) -> bool:
    """True for 'today' inside quotation marks: the speaker's day, or 'nowadays', not the article's."""
    if (mention.relative, mention.step) != ("day", 0):
        return False
    before = text[: mention.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _present_today(mention: DateMention, verb: Token | None) -> bool:
    """True for 'today' with a verb in the present tense ("Today, the minimum wage is $3 a
    month"): 'nowadays', a state of things, not a happening of the article's day."""
    return (mention.relative, mention.step) == ("day", 0) and verb is not None \
        and verb.tag_ in ("VBZ", "VBP") and not mention.future


def _secondary(span: Span, char: int, relative: bool = False) -> bool:
    """True for a date that only qualifies another: a comparison's baseline ('cut to $4 billion in
    2025 from $8 billion in 2024', 'more than in 2024') or the end of a term ('a contract through 2027')."""
    token = next((t for t in span if t.idx <= char < t.idx + len(t.text) + 1 and not t.is_space), None)
    if token is not None and token.dep_ != "pobj":
        return relative and _relative_baseline(token)
    if token is None:
        return False
    prep = token.head
    if prep.lower_ in words("date_end_prepositions"):  # "a deal through 2028", "signed a deal through 2028"
        head = prep.head  # ... not "remained in office until 1982": a state's end is a happening
        return head.pos_ in ("NOUN", "PROPN") or head.tag_ == "VBG" or any(c.dep_ == "dobj" for c in head.children)
    if prep.i > 0 and prep.nbor(-1).lower_ in words("date_baseline_words"):
        return True  # "more than in 2024"
    head = prep.head
    for _ in range(4):  # "from $8 billion in 2024", "up from forecasts of 6% in April"
        if head.lower_ in words("date_baseline_words"):
            between = span.doc[head.i : prep.i]
            return not any(t.lower_ in ("to", "through") for t in between)  # "from 10% to 25% in May" is no baseline
        if head.dep_ not in ("pobj", "prep") or head.head.i == head.i:
            return False
        head = head.head
    return False


_BASELINE_CLIMB = 4  # how many words up from a date a baseline word may stand


def _relative_baseline(token: Token) -> bool:
    """True for a date without a preposition of its own under a baseline word: 'fewer cars than
    last year', 'trimmed to 14% from 18% a year ago', 'up 4% compared with last year'
    (`date_baseline_words.txt`)."""
    head = token
    for _ in range(_BASELINE_CLIMB):
        if head.dep_ not in ("det", "amod", "npadvmod", "advmod", "pobj", "nummod", "prep") or head.head.i == head.i:
            return False
        below, head = head, head.head
        if head.lower_ in words("date_baseline_words"):
            between = token.doc[head.i : token.i]
            compared = below.dep_ == "prep" or _an_amount(below)  # 'compared with last year', 'from 18%'
            return compared and not any(t.lower_ in ("to", "through") for t in between)
    return False


def _an_amount(token: Token) -> bool:
    """True for a figure or a date: what a comparison compares ('from 18%', 'than last year'),
    not a source ('returned from his trip last week', 'derived from a 2021 order')."""
    return token.like_num or token.ent_type_ in (*_AMOUNT_LABELS, "DATE") or any(
        c.dep_ == "nummod" and c.ent_type_ != "DATE" for c in token.children
    )


def _join_ranges(mentions: list[DateMention], span: Span) -> list[DateMention]:
    """One mention for a span of dates: 'from February 2016 through May 2017' keeps the start's
    date and takes the whole span as its date_text."""
    out: list[DateMention] = []
    for mention in mentions:
        prev = out[-1] if out else None
        if prev is not None and _closes_range(prev, mention, span):
            text = span.doc.text[prev.start : mention.end]
            out[-1] = replace(prev, end=mention.end, text=text)
            continue
        out.append(mention)
    return out


def _closes_range(first: DateMention, second: DateMention, span: Span) -> bool:
    """True when `second` ends a span opened by `first` ('from X to Y', 'between X and Y', 'X - Y')."""
    gap = span.doc.text[first.end : second.start]
    if re.fullmatch(r"\s*[–—-]\s*", gap):
        return True
    if first.preposition not in ("from", "between") or not re.fullmatch(r",?\s*(?:to|and)?\s*", gap):
        return False
    return second.preposition in (None, "through", "until", "till")


def governing_verb(span: Span, char: int) -> Token | None:
    """The verb that the date at paragraph offset `char` depends on (None in a verbless sentence)."""
    if not any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    token = next((t for t in span if t.idx <= char < t.idx + len(t.text) + 1), span.root)
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def clause_conjunction(verb: Token | None) -> str | None:
    """The subordinating conjunction of the verb's clause, lower-cased ('since', 'after'), if any."""
    if verb is None:
        return None
    return next((c.lower_ for c in verb.children if c.dep_ == "mark"), None)


def is_future(verb: Token | None) -> bool:
    """True when the verb speaks of what is still to come: the future tense ('will', 'shall',
    "'ll" among its auxiliaries), the complement of a present-tense plan or schedule ('is
    scheduled to perform', 'is set to sign', `future_frame_verbs.txt`), or a present tense in a
    clause of time under a present or future one ('faces a fine when the regulator
    rules')."""
    if verb is None:
        return False
    if _future_tense(verb):
        return True
    frame = verb
    while _infinitive_complement(frame) and frame.head.i != frame.i:
        frame = frame.head
        if frame.lemma_.lower() in words("future_frame_verbs") and (_present(frame) or _future_tense(frame)):
            return True
    return _present(verb) and _time_clause(verb) and (_present(verb.head) or _future_tense(verb.head))


_CLAUSE_CLIMB = 6  # how many verbs up a tentative cue may stand


def is_tentative(verb: Token | None) -> bool:
    """True when the verb's clause speaks of what may still come, without the future tense: a
    modal of possibility ('would be', 'could reach', `tentative_markers.txt`), a condition ('if
    the party wins in November', 'if he were to win', `condition_conjunctions.txt`; not 'if he
    had won'), or a bare verb under a future one ('will delay a rule that the signs be placed
    until November'; a future verb itself makes the date `future`). Such a month is its nearest
    occurrence to the document date."""
    for climbed in range(_CLAUSE_CLIMB):
        if verb is None:
            return False
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxiliaries & words("tentative_markers") or _plans_ahead(verb) or (climbed and _future_tense(verb)):
            return True
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if marks & words("condition_conjunctions") and not auxiliaries & {"had", "'d"}:
            return True
        if not _untensed(verb) or verb.head.i == verb.i:
            return False
        verb = _verb_above(verb)
    return False


def _plans_ahead(verb: Token) -> bool:
    """True for a present plan with its infinitive ('hopes to hold the summit in November', the
    date hung on the plan's verb; `future_frame_verbs.txt`)."""
    frames = words("future_frame_verbs")
    return (verb.lemma_.lower() in frames or verb.lower_ in frames) and _present(verb) and any(
        c.dep_ == "xcomp" for c in verb.children
    )


def _untensed(verb: Token) -> bool:
    """True for a verb without a tense of its own: an infinitive, a participle, a subjunctive
    ('that the signs be placed')."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"]
    tags = {verb.tag_, *(h.tag_ for h in helpers)}
    return not tags & {"VBZ", "VBP", "VBD", "MD"}


def _verb_above(verb: Token) -> Token | None:
    """The nearest verb above `verb` in the parse, if any."""
    token = verb.head
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") and token.i != verb.i else None


def _infinitive_complement(verb: Token) -> bool:
    """True for the infinitive under a word ('set to gather', 'scheduled to play')."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and any(c.tag_ == "TO" for c in verb.children))


def _future_tense(verb: Token) -> bool:
    markers = words("future_markers")
    return verb.lower_ in markers or any(c.dep_ == "aux" and c.lower_ in markers for c in verb.children)


def _present(verb: Token) -> bool:
    """True for a present-tense verb or a participle or adjective under one ('are scheduled', 'is due')."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "acomp":
        helpers.append(verb.head)
    return bool(helpers) and helpers[0].tag_ in ("VBZ", "VBP")


def _time_clause(verb: Token) -> bool:
    """True for the verb of an adverbial clause of time ('when the regulator rules ...')."""
    return verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in words("time_conjunctions") for c in verb.children
    )


def _mention(m: re.Match[str], text: str, base: int, context: dict) -> DateMention | None:
    """A `DateMention` from one regex match, its date_text grown leftwards by a prefix."""
    g = m.groupdict()
    months, weekdays = _names("months"), _names("weekdays")
    month_name = next((g[k] for k in ("m1", "m2", "m3", "m5", "m6", "m8", "m9", "m10") if g[k]), None)
    fields: dict = dict(context)
    if g["iso"]:
        fields.update(year=int(g["iy"]), month=int(g["im"]), day=int(g["id"]))
    if month_name:
        fields["month"] = months[month_name.rstrip(".")]
    year = next((g[k] for k in ("y1", "y2", "y3", "y4", "y7", "y9") if g[k]), None)
    if year:
        fields["year"] = int(year)
    day = next((g[k] for k in ("d1", "d2", "d5", "d6", "d10") if g[k]), None)
    if day:
        fields["day"] = int(day)
    if g["dec"]:
        fields.update(year=int(g["dec"]), decade=True)
    if g["cen"]:
        fields.update(year=(int(g["cen"]) - 1) * 100, decade=True)
    if g["fy"] or g["y9"]:
        fields["fiscal"] = True
    if g["ms"]:
        fields.update(relative="named-month", step=_step(g["ms"]))
    if g["ys"]:
        fields.update(relative="of-year", step=_step(g["ys"]))
    if g["au"]:
        count = _counts().get(g["an"].lower(), 0) if not g["an"].isdigit() else int(g["an"])
        fields.update(relative="ago", unit=g["au"], step=count)
    if g["ru"]:
        fields.update(relative=g["ru"], step=_step(g["rs"]), part=(g["rq"] or "").lower() or None)
    if g["rr"] or g["rp"]:
        fields.update(relative="recent", unit=(g["rr"] or g["rp"])[:-1])
    if g["lu"] or g["fu"] or g["fd"]:
        count = _counts().get(g["ln"].lower(), 0) if g["ln"] and not g["ln"].isdigit() else int(g["ln"] or 1)
        fields.update(relative="later", unit=g["lu"] or g["fu"] or g["fd"], step=count)
    if g["rd"]:
        fields.update(relative="day", step={"yesterday": -1, "today": 0, "tomorrow": 1}[g["rd"].lower()])
    if g["wd"]:
        fields.update(weekday=weekdays[g["wd"].rstrip(".")] - 1, step=_step(g["ws"]) if g["ws"] else 0)
    start = m.start()
    if fields.get("relative") in ("later", "ago") and _open_bound().search(text[:start]):
        return None  # "more than a year later": no date
    if g["ws"] is None and g["wd"]:
        start = m.start("wd")
    prefix = _prefix().search(text[:start])
    if prefix and prefix.group(0).strip():
        start = prefix.start()
        fields["preposition"] = (prefix.group("prep") or "").lower() or None
    date_text = text[start : m.end()].strip()
    mention = DateMention(base + start, base + m.end(), date_text, **fields)
    return mention if (mention.year or mention.month or mention.relative or mention.weekday is not None) else None


def _step(word: str | None) -> int:
    """-1 for 'last', +1 for 'next' and '(this) coming', else 0."""
    return {"last": -1, "this": 0, "next": 1, "coming": 1}.get((word or "this").lower().split()[-1], 0)


def _plausible(mention: DateMention, m: re.Match[str], span: Span) -> bool:
    """Reject look-alikes: a bare year or month needs a DATE entity or a preposition."""
    g = m.groupdict()
    core_start = span.start_char + m.start()
    has_prefix = mention.start < core_start
    in_date_ent = _entity_label(span, core_start) in ("DATE", "EVENT")  # "on Black Friday 2019"
    if g["y7"]:
        if _entity_label(span, core_start) in _AMOUNT_LABELS or _counts_things(span, core_start):
            return False
        if _after_model_name(span, core_start) or _names_a_model(span, core_start):
            return False
        if _opens_title(span, core_start) or _ends_ranking(span, core_start):
            return False
        return in_date_ent or mention.happening or (has_prefix and mention.preposition != "of")
    if g["m8"]:
        return (in_date_ent or has_prefix) and not _month_in_name(span, core_start)
    if g["wd"] and not g["ws"]:
        return _bare_weekday(span, span.start_char + m.start("wd"), has_prefix)
    return True


def _month_in_name(span: Span, char: int) -> bool:
    """True for a month after a capitalized name word inside the sentence: part of a name ('the
    group Black September'), not a date ('In September', 'since September')."""
    token = next((t for t in span if t.idx == char), None)
    if token is None or token.i == span.start:
        return False
    before = token.doc[token.i - 1]
    return not before.is_sent_start and _capitalized_name(before)


def _capitalized_name(token: Token) -> bool:
    """True for a capitalized proper noun that is no calendar word ('Black' in 'Black September')."""
    calendar = set(_names("months")) | set(_names("weekdays"))
    return token.pos_ == "PROPN" and token.is_alpha and token.is_title and token.text not in calendar


def _bare_weekday(span: Span, char: int, has_prefix: bool) -> bool:
    """A weekday without 'last'/'next' is a date after a preposition ('on Tuesday'), as a DATE
    entity or as an adverb closing a clause ('said Thursday', 'a strike Sunday'); not inside a
    name ('Black Friday', 'Super Tuesday')."""
    token = next((t for t in span if t.idx == char), None)
    if token is None:
        return has_prefix
    before = token.nbor(-1) if token.i > 0 else None
    if before is not None and before.text[:1].isupper() and before.lower_ in words("named_day_words"):
        return False
    return has_prefix or token.ent_type_ == "DATE" or token.dep_ == "npadvmod"


def _as_modifier(mention: DateMention, span: Span, char: int) -> DateMention:
    """Mark a year that modifies a noun ('the 2019 plan', "1972's Toulouse Street"), and whether
    that noun or a compound inside it names a happening (`event_heads.txt`: 'a 2024 moon mission')."""
    noun = _modified_noun(span, char)
    if noun is None:
        return mention
    return replace(mention, attributive=True, happening=_names_happening(noun))


def _names_happening(noun: Token) -> bool:
    """True when the noun or a compound inside it names a happening (`event_heads.txt`)."""
    nouns = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    return bool(words("event_heads").intersection(t.lower_ for t in nouns))


def _modified_noun(span: Span, char: int) -> Token | None:
    """The noun that the year at paragraph offset `char` modifies, if it modifies one."""
    token = next((t for t in span if t.idx == char), None)
    if token is None:
        return None
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].tag_ == "POS":  # "1972's Toulouse Street"
        head = doc[token.i + 2]
        if head.pos_ in ("DET", "PUNCT") and head.i + 1 < len(doc):  # "1973's The Captain and Me"
            head = doc[head.i + 1]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
    elif token.dep_ in ("nummod", "compound", "amod", "nmod", "poss"):
        head = token.head
    else:
        return None
    return head if head.i > token.i and head.pos_ in ("NOUN", "PROPN") else None


def _entity_label(span: Span, char: int) -> str | None:
    """The entity label of the token starting at (or covering) paragraph offset `char`."""
    token = span.doc.char_span(char, char + 1, alignment_mode="expand")
    if token is None or not len(token):
        return None
    return token[0].ent_type_ or None


def _after_model_name(span: Span, char: int) -> bool:
    """True when the number ends a name: after an all-capitals word ('RTX 2060') or a proper noun
    ('Football Manager 2020'), unless that noun names a day or a happening ('Black Friday 2019',
    'Prime Day 2019', `event_heads.txt`); months never get here ('October 2020' is a date)."""
    token = next((t for t in span if t.idx == char), None)
    if token is None or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if not before.whitespace_ or not before.is_alpha:
        return False
    days = {name.casefold() for name in _names("weekdays")} | words("event_heads")
    proper = before.pos_ == "PROPN" and before.is_title and before.lower_ not in days
    return (before.is_upper and len(before) >= 2) or proper


def _names_a_model(span: Span, char: int) -> bool:
    """True when the year opens a proper name that is not a happening ('2016 MacBook Pro')."""
    token = next((t for t in span if t.idx == char), None)
    doc = span.doc
    if token is None or token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "PROPN":
        return False
    name = []
    for t in doc[token.i + 1 : min(token.i + 7, len(doc))]:
        if t.pos_ not in ("PROPN", "NOUN"):
            break
        name.append(t.lower_)
    return not words("event_heads").intersection(name)


def _opens_title(span: Span, char: int) -> bool:
    """True when the year opens a work's title: a colon and two capitalized words follow at once
    ('2001: A Space Odyssey'), not a clause ('in 2019: Officials said')."""
    token = next((t for t in span if t.idx == char), None)
    doc = span.doc
    if token is None or token.i + 3 >= len(doc) or token.whitespace_ or doc[token.i + 1].text != ":":
        return False
    return all(w.is_alpha and w.text[:1].isupper() for w in doc[token.i + 2 : token.i + 4])


def _ends_ranking(span: Span, char: int) -> bool:
    """True when the year labels a ranking: 'the best password managers of 2019', 'top movies of
    2019' (a plural noun under a superlative or 'top', then 'of')."""
    token = next((t for t in span if t.idx == char), None)
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    noun = token.head.head
    ranked = any(c.tag_ == "JJS" or c.lower_ == "top" for c in noun.children)
    return noun.tag_ == "NNS" and ranked


def _counts_things(span: Span, char: int) -> bool:
    """True when the number at `char` counts a plural noun ('in 2000 cases', not 'the 2020 elections')."""
    doc = span.doc
    token = next((t for t in span if t.idx == char), None)
    if token is None or token.i + 1 >= len(doc) or doc[token.i + 1].tag_ != "NNS":
        return False
    return token.i == 0 or doc[token.i - 1].tag_ not in ("DT", "PRP$", "POS")


# ----------------------------------------------------------------------------- resolving


def resolve(
    mention: DateMention,
    anchor: Anchor | None,
    fallback_year: int | None = None,
    previous: str | None = None,
    context_year: int | None = None,
) -> tuple[str, bool] | None:
    """(ISO date, inferred) for a mention, or None when its missing parts cannot be filled.

    `anchor` is the document date; `fallback_year` (the document's latest explicit year)
    stands in for a missing year when there is no document date; `previous` (an ISO date) is the
    date stated just before, which 'four months later' counts from; `context_year` (the year of a
    'Month YEAR' stated just before in the paragraph) is the year of a month named bare ('had
    gone back in May 2023. When she tried to leave in early June, ...').
    """
    if mention.explicit:
        return _iso(mention.year, mention.month, mention.day), False
    if mention.relative == "later":
        return _later(mention, previous)
    if mention.relative == "named-month":
        return _named_month(mention, anchor, fallback_year)
    if mention.relative or mention.weekday is not None:
        return _resolve_relative(mention, anchor)
    if context_year and mention.month:
        return _iso(context_year, mention.month, mention.day), True
    if anchor and anchor.year:
        return _iso(_year_for_month(mention, anchor), mention.month, mention.day), True
    if fallback_year:
        return _iso(fallback_year, mention.month, mention.day), True
    return None


def _year_for_month(mention: DateMention, anchor: Anchor) -> int:
    """The year of a month named without one: the latest on/before the anchor, the next if
    future, the nearest when words look ahead to it or it names a happening ('the November
    election')."""
    if not anchor.month or not mention.month:
        return anchor.year  # type: ignore[return-value]
    if mention.nearest:
        return _nearest_year(mention, anchor)
    if mention.future:
        return anchor.year + (1 if mention.month < anchor.month else 0)  # type: ignore[operator]
    return anchor.year - (1 if mention.month > anchor.month else 0)  # type: ignore[operator]


_AHEAD_COST = 1.5  # a day ahead weighs this many days back: news tells more of what was than of what will be


def _nearest_year(mention: DateMention, anchor: Anchor) -> int:
    """The year whose occurrence of the month (and day) lies nearest the anchor, days ahead
    weighing more than days back ('in January elections' in July is the past January)."""
    day = lambda d: min(d or 15, 28)  # noqa: E731 - a month without a day is taken at its middle
    here = dt.date(anchor.year, anchor.month, day(anchor.day))  # type: ignore[arg-type]

    def cost(year: int) -> float:
        days = (dt.date(year, mention.month, day(mention.day)) - here).days  # type: ignore[arg-type]
        return days * _AHEAD_COST if days > 0 else -days

    return min((anchor.year - 1, anchor.year, anchor.year + 1), key=cost)  # type: ignore[operator]


def _named_month(mention: DateMention, anchor: Anchor | None, fallback_year: int | None) -> tuple[str, bool] | None:
    """'last September' (the previous year's, as news style writes a month of this year bare: 'in
    April'), 'this May' (the anchor's year), 'next March' (the first after the anchor's month)."""
    if anchor is None or anchor.year is None:
        return (_iso(fallback_year, mention.month, mention.day), True) if fallback_year and mention.step == 0 else None
    if mention.step == 0:
        return _iso(anchor.year, mention.month, mention.day), True
    if anchor.month is None or mention.month is None:
        return None
    if mention.step < 0:
        year = anchor.year - 1  # a month of this year is written bare ('in April'): 'last April' is last year's
    else:
        year = anchor.year + (1 if mention.month <= anchor.month else 0)
    return _iso(year, mention.month, mention.day), True


def _later(mention: DateMention, previous: str | None) -> tuple[str, bool] | None:
    """'four months later', 'the following day': the previous date moved on, as precise as both
    allow (months need a month, days and weeks a day); None without a previous date."""
    if previous is None or mention.unit is None:
        return None
    parts = [int(p) for p in previous.split("-")]
    n = mention.step
    if mention.unit == "year":
        return _iso(parts[0] + n, *parts[1:2]), True
    if mention.unit == "month" and len(parts) >= 2:
        index = parts[0] * 12 + parts[1] - 1 + n
        return _iso(index // 12, index % 12 + 1), True
    if len(parts) == 3:
        days = n * (7 if mention.unit == "week" else 1)
        return (dt.date(*parts) + dt.timedelta(days=days)).isoformat(), True
    return None


_RECENT_DAYS = {"day": 14, "week": 56, "month": 183}  # how far back "in recent days/weeks/months" may reach


def _window(first: dt.date, last: dt.date) -> str | None:
    """The month both days fall in, else their common year, else None: 'last week' is a month
    only when the whole week lies in it."""
    if first > last:
        return None
    if (first.year, first.month) == (last.year, last.month):
        return _iso(first.year, first.month)
    return _iso(first.year) if first.year == last.year else None


def _week_window(today: dt.date, mention: DateMention) -> str | None:
    """'last week', 'earlier this week', 'later this week', 'next weekend' as a month or a year."""
    monday = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=mention.step)
    if mention.relative == "weekend":
        saturday = monday + dt.timedelta(days=5)
        return _window(saturday, saturday + dt.timedelta(days=1))
    first, last = monday, monday + dt.timedelta(days=6)
    if mention.step == 0 and mention.part == "earlier":
        last = max(first, today - dt.timedelta(days=1))
    elif mention.step == 0 and mention.part == "later":
        first = today + dt.timedelta(days=1)
    return _window(first, last)


def _resolve_relative(mention: DateMention, anchor: Anchor | None) -> tuple[str, bool] | None:
    """'last year', 'this month', 'last week', 'in recent weeks', 'yesterday', 'on Tuesday'
    against the document date."""
    if anchor is None or anchor.year is None:
        return None
    if mention.relative == "year":
        return _iso(anchor.year + mention.step), True
    if mention.relative == "of-year":  # 'in February last year', 'on April 14 last year'
        return _iso(anchor.year + mention.step, mention.month, mention.day), True
    if mention.relative == "ago" and mention.step:
        return _ago(mention, anchor)
    if mention.relative == "month" and anchor.month:
        month_index = anchor.year * 12 + anchor.month - 1 + mention.step
        return _iso(month_index // 12, month_index % 12 + 1), True
    today = anchor.date
    if today is None:
        return None
    if mention.relative == "day":
        return (today + dt.timedelta(days=mention.step)).isoformat(), True
    if mention.relative in ("week", "weekend"):
        window = _week_window(today, mention)
        return (window, True) if window else None
    if mention.relative == "recent":
        window = _window(today - dt.timedelta(days=_RECENT_DAYS[mention.unit or "week"]), today)
        return (window, True) if window else None
    if mention.weekday is not None:
        return _weekday_date(today, mention).isoformat(), True
    return None


def _ago(mention: DateMention, anchor: Anchor) -> tuple[str, bool] | None:
    """'seven years ago' (a year), 'three months ago' (a month), 'five days ago' (a day): as
    precise as the unit; weeks are too loose to name a date."""
    n = mention.step
    if mention.unit in ("year", "decade"):
        return _iso(anchor.year - n * (10 if mention.unit == "decade" else 1)), True  # type: ignore[operator]
    if mention.unit == "month" and anchor.month:
        index = anchor.year * 12 + anchor.month - 1 - n  # type: ignore[operator]
        return _iso(index // 12, index % 12 + 1), True
    if mention.unit == "day" and anchor.date:
        return (anchor.date - dt.timedelta(days=n)).isoformat(), True
    return None


def _weekday_date(today: dt.date, mention: DateMention) -> dt.date:
    """The weekday's date: the last one on/before `today`, or the next one when future/'next'."""
    back = (today.weekday() - mention.weekday) % 7  # type: ignore[operator]
    if mention.step > 0:
        ahead = (mention.weekday - today.weekday()) % 7 or 7  # type: ignore[operator]
        return today + dt.timedelta(days=ahead)
    if mention.future and mention.step == 0:  # "will accept the nomination Thursday", said on a Thursday: today
        return today + dt.timedelta(days=(mention.weekday - today.weekday()) % 7)  # type: ignore[operator]
    if mention.step < 0 and back == 0:
        back = 7
    return today - dt.timedelta(days=back)


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    """'2022', '2022-10' or '2022-10-04' (an impossible day falls back to the month)."""
    if month is None:
        return f"{year:04d}"
    if day is not None:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            pass
    return f"{year:04d}-{month:02d}"


def precision(iso: str) -> int:
    """1 for a year, 2 for a month, 3 for a day."""
    return 1 + iso.count("-")
