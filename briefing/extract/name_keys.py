"""Names as keys: the name helpers shared by extraction and merge, plain string functions, no spaCy.

* text forms: `fold` (case, diacritics, punctuation), `strip_article`, `strip_possessive`,
  `initials`, `is_acronym`, the small words inside a name (`NAME_JOINERS`);
* people: `parse_person` (first, middle, last names and suffix, with `nameparser`),
  `same_first_name` (hypocorisms such as Chris / Christopher, from the `nicknames` data set),
  `same_person` (two full names of one person), `surname`, `person_key`, `is_first_name` and
  `is_family_name` (the first and last names of many countries, from `faker`'s person lists);
* organizations: `org_base` (no legal form), `org_core` (no article, country or legal form);
* groups: `UnionFind`, `canonical_name` (the most complete form the texts commonly use, spelled
  as they mostly do), `merged_roles`.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Hashable, Iterable

from . import gazetteer
from .lexicon import lines, words

# ---------------------------------------------------------------------------------------------
# text forms

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['\u2019]s?$")


@lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """The comparison form of a name: no case, diacritics or punctuation, single spaces.

    >>> fold("José  Ramos-Horta's")
    'jose ramos horta s'
    """
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^\w\s]|_", " ", text.replace(".", "")).split())


def strip_article(text: str) -> str:
    """'the United States Secret Service' -> 'United States Secret Service'."""
    return _ARTICLE.sub("", text.strip())


def strip_possessive(text: str) -> str:
    """"Kishida's" -> 'Kishida', "Reuters'" -> 'Reuters'."""
    return _POSSESSIVE.sub("", text.strip()).rstrip()


def initials(name: str) -> str:
    """First letters of the capitalised words ('NATO Industrial Advisory Group' -> 'NIAG';
    'Customs and Border Protection' -> 'CBP')."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def spells(acronym: str, name: str) -> bool:
    """True when an acronym spells the initials of a name's capitalised words, or of those
    before a last 'and' part that joined the name later ('CDC' of 'Centers for Disease Control
    and Prevention'), with or without a leading article or country ('US Centers for ...';
    'CSIS' of 'Canadian Security Intelligence Service')."""
    return acronym.replace(".", "") in spellings(name)


@lru_cache(maxsize=65536)
def spellings(name: str) -> frozenset[str]:
    """The acronyms a name can be written as (see `spells`)."""
    words_ = strip_article(name).split()
    forms = [words_]
    if len(words_) > 1 and (gazetteer.country(words_[0]) or gazetteer.demonym_country(words_[0])):
        forms.append(words_[1:])
    out = set()
    for form in forms:
        core = " ".join(form)
        out.add(initials(core))
        if " and " in core:
            out.add(initials(core.rsplit(" and ", 1)[0]))
    return frozenset(o for o in out if o)


def is_acronym(text: str, longest: int = 8) -> bool:
    """Two to `longest` capitals, dots and '&' aside ('NATO', 'U.S.', 'AT&T'; not 'Nato', 'A')."""
    letters = text.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= longest and letters.isalpha() and letters.isupper()


@lru_cache(maxsize=1)
def name_joiner_words() -> frozenset[str]:
    """Small words that may stand inside a name ('Doctors for Camp Closure', 'Bank of the West')."""
    return words("name_joiners")


# ---------------------------------------------------------------------------------------------
# people


@dataclass(frozen=True)
class PersonName:
    """A person's name in folded parts: first, middle names, last name, suffix ('jr', 'iii'),
    and the title written before it, if any ('president')."""

    first: str
    middles: tuple[str, ...]
    last: str
    suffix: str
    title: str = ""

    @property
    def full(self) -> bool:
        """True for a first and a last name, or a last name after a style that belongs to the name
        ('Sheikh Hasina'); not for a surname or a first name alone."""
        return bool(self.last and (self.first or self.title))


@lru_cache(maxsize=65536)
def parse_person(name: str) -> PersonName:
    """The parts of a person's name ('Donald J. Trump Jr.' -> donald, (j,), trump, jr); a title
    before it is left out ('Sen. JD Vance'); one word is a last name ('Trump')."""
    words_ = name.split()
    if len(words_) <= 2 and all(_plain_name_word(w) for w in words_):  # most names: no need to parse
        return PersonName(fold(words_[0]) if len(words_) == 2 else "", (), fold(words_[-1]) if words_ else "", "")
    from nameparser import HumanName

    parsed = HumanName(name, constants=_name_constants())
    first, last = fold(parsed.first), fold(parsed.last)
    middles = tuple(fold(m) for m in parsed.middle_list)
    suffix = fold(parsed.suffix).replace(" ", "")
    if first and not last and not middles:
        first, last = "", first  # a surname alone ('Trump'), or a form nameparser reads as a first name
    if first and last in name_suffixes_folded():  # 'RFK Jr.': nameparser takes the suffix for a name
        first, last, suffix = "", first, last
    return PersonName(first, middles, last, suffix, fold(parsed.title))


def _plain_name_word(word: str) -> bool:
    """A capitalised word of letters that nameparser would read as a plain name: no title,
    suffix, particle or conjunction ('Kamala', 'Harris'; not 'Sen.', 'Jr.', 'van', 'J.D.')."""
    if not (word[:1].isupper() and word.replace("-", "").replace("'", "").isalpha()):
        return False
    key = word.lower()
    constants = _name_constants()
    return not any(key in group for group in (
        constants.titles, constants.suffix_acronyms, constants.suffix_not_acronyms, constants.prefixes,
        constants.conjunctions,
    ))


@lru_cache(maxsize=1)
def _name_constants():
    """nameparser's word lists, with the titles and honorifics of `data/actor_person_titles.txt`
    and `data/actor_honorifics.txt` added ('Sen.', 'Rep.', 'Gov.')."""
    from nameparser.config import Constants

    constants = Constants()
    for line in (*lines("actor_person_titles"), *lines("actor_honorifics")):
        constants.titles.add(*(w.rstrip(".").lower() for w in line.split() if w.casefold() not in name_joiner_words()))
    return constants


def surname(name: str) -> str:
    """The last word of a name that is not a suffix ('Martin Luther King Jr.' -> 'King')."""
    parts = [p for p in name.split() if p.rstrip(".,").casefold() not in name_suffixes()]
    return parts[-1] if parts else name


def name_suffix(name: str) -> str:
    """The generational suffix of a name, folded ('Donald Trump Jr.' -> 'jr'; '' when none)."""
    last = name.split()[-1] if name.split() else ""
    return fold(last) if last.rstrip(".,").casefold() in name_suffixes() else ""


def person_key(name: str) -> str:
    """The identity of a name inside one document: first and last word and the suffix, folded,
    ignoring middle names ('Lloyd J. Austin' is 'lloyd austin'; 'Donald Trump Jr.' is not
    'Donald Trump')."""
    if " " not in name.strip():
        return fold(name)
    key = f"{name.split()[0]} {surname(name)}"
    return fold(f"{key} {name_suffix(name)}")


def same_first_name(a: str, b: str) -> bool:
    """True when two folded first names can name one person: equal, one the other's hypocorism
    (chris / christopher, bob / robert, joe / joseph), one a prefix of the other of three letters
    or more (josh / joshua), or initials that spell the other ('jd' / 'james david')."""
    if not a or not b or a == b:
        return a == b
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short) and " " not in long_:
        return True
    if " " in long_:
        return short == "".join(w[0] for w in long_.split())
    return short in _nicknames_of(long_) or long_ in _nicknames_of(short)


@lru_cache(maxsize=4096)
def _nicknames_of(name: str) -> frozenset[str]:
    """The hypocorisms of a first name, and the names it is a hypocorism of."""
    namer = _nick_namer()
    return frozenset(namer.nicknames_of(name) | namer.canonicals_of(name))


def is_given_name(word: str) -> bool:
    """True for a common English given name or hypocorism ('Lester', 'Kimberly', 'Jack'), from the
    `nicknames` data set."""
    return bool(_nicknames_of(fold(word)))


def is_first_name(word: str) -> bool:
    """True for a first name of one of the many countries whose person names `faker` lists
    ('Simone', 'Tadej'), or a given name of `is_given_name`: a wide net, for a word the text
    already places before a surname."""
    return word.casefold() in _first_names() or is_given_name(word)


def is_family_name(word: str) -> bool:
    """True for a family name of one of the countries whose person names `faker` lists ('Wang',
    'Nguyen', 'Harris'), case aside."""
    return word.casefold() in _family_names()


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    """The last names of every locale of `faker`'s person providers, case-folded."""
    return _faker_names(("last_names",), english=False)


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """The first names of every locale of `faker`'s person providers, case-folded."""
    attrs = ("first_names", "first_names_female", "first_names_male", "first_names_nonbinary")
    return _faker_names(attrs, english=False)


def _faker_names(attrs: tuple[str, ...], *, english: bool) -> frozenset[str]:
    """The names listed under `attrs` by `faker`'s person providers (only the English ones with
    `english`), case-folded."""
    import importlib
    import pkgutil

    from faker.providers import person

    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        if english and module.name != "en" and not module.name.startswith("en_"):
            continue
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None)
        for attr in attrs:
            listed = vars(provider).get(attr) if provider is not None else None
            if isinstance(listed, (dict, list, tuple, set, frozenset)):
                names.update(n.casefold() for n in listed)
    return frozenset(names)


def first_name_pronoun(word: str) -> str | None:
    """'he' or 'she' for a first name that `faker`'s English person providers list only among
    men's or only among women's names ('Ben', 'Mary'); None for one they list for both ('Jordan')
    or not at all: other languages' lists would mislead (a man's 'Ilhan' in Turkish is a
    woman's name elsewhere)."""
    male, female = _gendered_first_names()
    name = word.casefold()
    if (name in male) == (name in female):
        return None
    return "he" if name in male else "she"


@lru_cache(maxsize=1)
def _gendered_first_names() -> tuple[frozenset[str], frozenset[str]]:
    """(men's, women's) first names of `faker`'s English person providers, case-folded."""
    return _faker_names(("first_names_male",), english=True), _faker_names(("first_names_female",), english=True)


@lru_cache(maxsize=1)
def _nick_namer():
    from nicknames import NickNamer

    return NickNamer()


def same_person(a: str, b: str) -> bool:
    """True when two full names can name one person: the same last name and suffix (Donald Trump
    is not Donald Trump Jr.), compatible first names (`same_first_name`; 'JD Vance' and 'James
    David Vance') and middle names that do not clash (an initial fits a name that starts with it,
    'Matthew' fits 'Matthews'; 'George W. Bush' is not 'George H.W. Bush'); a name with its second
    surname is the name without it ('Edmundo González Urrutia')."""
    x, y = parse_person(a), parse_person(b)
    if not (x.full and y.full) or x.suffix != y.suffix:
        return False
    if x.first and y.first and (_spanish_pair(x, y) or _spanish_pair(y, x)):
        return True
    if x.last != y.last:
        return False
    if not (x.first and y.first):
        return x.first == y.first and x.title == y.title  # 'Sheikh Hasina'
    if same_first_name(x.first, y.first) and _middles_fit(x.middles, y.middles):
        return True
    # 'JD Vance' / 'James David Vance': initials standing for the first and middle names
    return (not x.middles and same_first_name(x.first, " ".join((y.first, *y.middles)))) or (
        not y.middles and same_first_name(y.first, " ".join((x.first, *x.middles)))
    )


def _spanish_pair(short: PersonName, long_: PersonName) -> bool:
    """'Edmundo González' of 'Edmundo González Urrutia': a first and a first surname, then the
    second surname."""
    return not short.middles and long_.middles == (short.last,) and same_first_name(short.first, long_.first)


def _middles_fit(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names that do not clash: one side has none, or they pair up word for word."""
    if not a or not b:
        return True
    a, b = _spread_initials(a), _spread_initials(b)
    return len(a) == len(b) and all(_middle_fits(x, y) for x, y in zip(a, b))


def _spread_initials(middles: tuple[str, ...]) -> tuple[str, ...]:
    """('hw',) -> ('h', 'w'): run-together initials ('H.W.') are one initial each."""
    out: list[str] = []
    for m in middles:
        out.extend(m.split() if " " in m else ([*m] if len(m) <= 2 else [m]))
    return tuple(out)


def _middle_fits(x: str, y: str) -> bool:
    short, long_ = sorted((x, y), key=len)
    if len(short) == 1:
        return long_.startswith(short)
    return long_.startswith(short) and len(long_) - len(short) <= 1


@lru_cache(maxsize=None)
def legal_forms() -> frozenset[str]:
    return frozenset(lines("actor_legal_forms"))


@lru_cache(maxsize=None)
def name_suffixes() -> frozenset[str]:
    return frozenset(w.rstrip(".") for w in words("actor_name_suffixes"))


@lru_cache(maxsize=None)
def name_suffixes_folded() -> frozenset[str]:
    return frozenset(fold(w) for w in name_suffixes())


# ---------------------------------------------------------------------------------------------
# organizations


@lru_cache(maxsize=None)
def org_heads() -> frozenset[str]:
    """Words that end an organisation's name ('Ministry', 'Service', 'Party')."""
    return frozenset(lines("actor_org_heads"))


@lru_cache(maxsize=None)
def org_suffixes() -> frozenset[str]:
    """Company words after a name ('Technologies', 'Holdings')."""
    return frozenset(lines("actor_org_suffixes"))


def org_base(name: str) -> str:
    """A company name without its legal form: 'Sierra Nevada Corp.' -> 'Sierra Nevada'."""
    parts = name.split()
    if len(parts) > 1 and parts[-1] in legal_forms():
        return " ".join(parts[:-1]).rstrip(",")
    return name


@lru_cache(maxsize=65536)
def org_core(name: str) -> tuple[str | None, str]:
    """(country, folded core) of an organization's name: no leading article, country name or
    demonym, possessive or legal form ('the United States Secret Service', 'US Secret Service'
    -> ('United States', 'secret service')); the country is None when no country leads."""
    words_ = strip_article(org_base(name)).split()
    for size in (3, 2, 1):
        if len(words_) > size:
            lead = strip_possessive(" ".join(words_[:size]))
            country = gazetteer.country(lead) or gazetteer.demonym_country(lead)
            if country is not None:
                return country.name, fold(" ".join(words_[size:]))
    return None, fold(" ".join(words_))


# ---------------------------------------------------------------------------------------------
# groups


class UnionFind:
    """Disjoint sets over hashable items; `groups()` lists each set in insertion order."""

    def __init__(self, items: Iterable[Hashable] = ()) -> None:
        self.parent: dict[Hashable, Hashable] = {}
        for item in items:
            self.add(item)

    def add(self, item: Hashable) -> None:
        self.parent.setdefault(item, item)

    def find(self, item: Hashable) -> Hashable:
        self.add(item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: Hashable, b: Hashable) -> None:
        """Join the sets of `a` and `b`; the root of `a`'s set stays the root."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra

    def groups(self) -> list[list[Hashable]]:
        out: dict[Hashable, list[Hashable]] = defaultdict(list)
        for item in self.parent:
            out[self.find(item)].append(item)
        return list(out.values())


# A form used less than this share of the most used form's count is too rare to name a group.
COMMON_SHARE = 0.3


def canonical_name(counts: dict[str, int], *, person: bool = False) -> str:
    """The canonical name among written forms with their counts: the most complete form (most
    words; for a person, a full name before a lone surname) among the forms used at least
    `COMMON_SHARE` as often as the most used one, spelled and cased as the texts mostly write it
    ('Thomas Matthew Crooks' over a rare 'Thomas Matthews Crooks'; 'CrowdStrike' over
    'Crowdstrike'); ties go to the longer, then the alphabetically first form.

    >>> canonical_name({"Joe Biden": 40, "Biden": 90, "Joseph Robinette Biden": 1}, person=True)
    'Joe Biden'
    """
    if not counts:
        raise ValueError("no names to choose from")
    if person and any(" " in n for n in counts):
        counts = {n: c for n, c in counts.items() if " " in n}
    top = max(counts.values())
    common = {n: c for n, c in counts.items() if c >= COMMON_SHARE * top}
    size = max(len(n.split()) for n in common)
    fullest = [n for n in common if len(n.split()) == size]
    spelled: dict[str, int] = defaultdict(int)  # one folded spelling, its variants counted together
    for n in fullest:
        spelled[fold(n)] += counts[n]
    best = min(spelled, key=lambda k: (-spelled[k], -len(k), k))
    variants = [n for n in counts if fold(n) == best]
    return min(variants, key=lambda n: (-counts[n], -len(n), n))


def role_words(text: str) -> frozenset[str]:
    """The content words of a role or title, folded, modifiers ('former', `actor_role_modifiers`)
    and small words aside ('former President' -> {'president'})."""
    return frozenset(w for w in fold(text).split() if len(w) > 2 and w not in words("actor_role_modifiers") and w not in _SMALL)


_SMALL = frozenset({"the", "and", "for", "who", "was", "has", "had", "with", "from"})


def same_title(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when two sets of title words share one, an abbreviation matching its word ('sen' /
    'senator', 'gov' / 'governor')."""
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def canonical_org_name(counts: dict[str, int]) -> str:
    """An organisation's canonical name among its written forms with their counts: the most
    complete common name without its country (`org_core`, as `canonical_name` chooses), written
    with its country when the texts ever lead it with one, the fullest such form ('United
    States Secret Service' over 'US Secret Service' over 'Secret Service'; 'CrowdStrike', not a
    rare 'CrowdStrike Holdings')."""
    cores: dict[str, int] = defaultdict(int)
    for name, count in counts.items():
        cores[org_core(name)[1]] += count
    core = fold(canonical_name(dict(cores)))
    forms = {n: c for n, c in counts.items() if org_core(n)[1] == core}
    led = {n: c for n, c in forms.items() if org_core(n)[0]}
    if led:
        return max(sorted(led), key=lambda n: (len(strip_article(n).split()), led[n]))
    return canonical_name(forms)


def merged_roles(roles: Iterable[str]) -> list[str]:
    """Roles in order of appearance, without one already contained in another (case aside)."""
    out: list[str] = []
    for role in roles:
        folded = role.casefold()
        if any(folded in r.casefold() for r in out):
            continue
        out = [r for r in out if r.casefold() not in folded] + [role]
    return out
