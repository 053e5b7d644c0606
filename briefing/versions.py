"""Which seed files are versions of one story: the same headline, or most paragraphs shared.

A news feed publishes a story several times as it develops: the same headline with a few
paragraphs added, or a new headline over mostly the same text. Two files are *linked* as
versions of one story when

* their headlines are the same after normalization (case, punctuation, quote marks and dashes
  ignored) and they share a paragraph, or are dated at most `HEADLINE_DAYS` apart: a generic
  headline ("Opinion: what comes next") reused days later over other text is another story;
* or at least `SHARED_PART` of the shorter file's paragraphs are in the other, and at least
  `MIN_SHARED` of them.

Only *evidence* paragraphs count: those of `MIN_WORDS` words or more that are not boilerplate
(a line that recurs across stories which otherwise share nothing, see `_boilerplate`).
Candidate pairs come from an index of headlines and one of paragraphs, never from all pairs.

Links are taken strongest first, and two groups join only when every file of one is *related*
to every file of the other (shares an evidence paragraph with it, or has its headline and a date
at most `HEADLINE_DAYS` apart): a round-up that quotes two stories does not chain them into one.
The result does not depend on the order of the input.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Iterable

from .model import Document

HEADLINE_DAYS = 1
SHARED_PART = 0.5
MIN_SHARED = 2
MIN_WORDS = 4

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1 << 16)
def text_key(text: str) -> str:
    """Text as compared between versions: case, punctuation, quote marks, dashes and spacing
    ignored.

    >>> text_key("Biden’s  “plan” – explained.") == text_key("BIDEN'S \\"PLAN\\" - Explained")
    True
    """
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return " ".join(_WORD.findall(text.casefold()))


def _evidence(document: Document) -> set[str]:
    """The keys of a document's paragraphs long enough to tell one story from another."""
    keys = (text_key(p.text) for p in document.paragraphs)
    return {k for k in keys if k.count(" ") + 1 >= MIN_WORDS}


def version_order(document: Document, evidence: set[str]) -> tuple[str, int, str]:
    """Oldest first: by date (undated first), then the version holding more text, then file name."""
    return (document.date or "", len(evidence), document.source)


def _within_days(a: Document, b: Document) -> bool:
    """True when both documents are dated and at most `HEADLINE_DAYS` apart."""
    if not (a.date and b.date):
        return False
    try:
        return abs((dt.date.fromisoformat(a.date[:10]) - dt.date.fromisoformat(b.date[:10])).days) <= HEADLINE_DAYS
    except ValueError:
        return False


def group_versions(documents: Iterable[Document]) -> list[list[Document]]:
    """The documents grouped into stories, each oldest version first, stories by first file name."""
    docs = sorted(documents, key=lambda d: d.source)
    own = [_evidence(d) for d in docs]
    same_headline = _same_headline_pairs([text_key(d.heading) for d in docs])
    close = {pair for pair in same_headline if _within_days(docs[pair[0]], docs[pair[1]])}
    postings = _postings(own)
    shared = _shared_counts(postings)
    common = _boilerplate(postings, shared, close)
    evidence = [keys - common for keys in own]
    for key in common:
        shared.subtract(_pairs(postings[key]))
    shared = +shared  # pairs that share only boilerplate share nothing

    def related(i: int, j: int) -> bool:
        pair = (min(i, j), max(i, j))
        return pair in close or pair in shared

    story_of = {i: [i] for i in range(len(docs))}  # file -> the files of its story (one shared list)
    for i, j in _links(evidence, shared, same_headline, related):
        a, b = story_of[i], story_of[j]
        if a is b or not all(related(x, y) for x in a for y in b):
            continue
        a.extend(b)
        for x in b:
            story_of[x] = a
    stories = {id(s): s for s in story_of.values()}.values()
    groups = [[docs[i] for i in sorted(s, key=lambda i: version_order(docs[i], own[i]))] for s in stories]
    return sorted(groups, key=lambda g: min(d.source for d in g))


def _links(
    evidence: list[set[str]], shared: Counter[tuple[int, int]], same_headline: set[tuple[int, int]], related
) -> list[tuple[int, int]]:
    """Pairs of files that are versions of one story, strongest first: same headline, then the
    larger part of the shorter file's paragraphs shared; file order on a tie."""
    links = []
    for i, j in same_headline | set(shared):
        n_shared = shared.get((i, j), 0)
        share = n_shared / (min(len(evidence[i]), len(evidence[j])) or 1)
        if (i, j) in same_headline and related(i, j):
            links.append((0, -share, i, j))
        elif n_shared >= MIN_SHARED and share >= SHARED_PART:
            links.append((1, -share, i, j))
    return [(i, j) for *_, i, j in sorted(links)]


def _postings(evidence: list[set[str]]) -> dict[str, list[int]]:
    """paragraph key -> the files (indexes, ascending) that carry it."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(evidence):
        for key in sorted(keys):
            postings[key].append(i)
    return postings


def _shared_counts(postings: dict[str, list[int]]) -> Counter[tuple[int, int]]:
    """(i, j) with i < j -> number of paragraphs the two files share (absent when none)."""
    counts: Counter[tuple[int, int]] = Counter()
    for files in postings.values():
        counts.update(_pairs(files))
    return counts


def _pairs(files: list[int]) -> list[tuple[int, int]]:
    return [(i, j) for n, i in enumerate(files) for j in files[n + 1:]]


def _boilerplate(
    postings: dict[str, list[int]], shared: Counter[tuple[int, int]], close: set[tuple[int, int]]
) -> set[str]:
    """Paragraphs that recur across stories that otherwise share nothing ("This is a developing
    story and will be updated."): carried by at least three files, most pairs of which share
    no other paragraph and are not dated close under one headline (`close`). A
    paragraph of one story's versions is not: they share more."""
    common = set()
    for key, files in postings.items():
        if len(files) < 3:
            continue
        pairs = _pairs(files)
        if sum(shared[pair] >= 2 or pair in close for pair in pairs) * 2 < len(pairs):
            common.add(key)
    return common


def _same_headline_pairs(headlines: list[str]) -> set[tuple[int, int]]:
    by_headline: dict[str, list[int]] = defaultdict(list)
    for i, headline in enumerate(headlines):
        if headline:
            by_headline[headline].append(i)
    return {pair for files in by_headline.values() for pair in _pairs(files)}
