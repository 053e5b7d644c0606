"""The world lexicon behind actor kinds: countries (names, aliases, seats, demonyms) and regions.

Read once from `data/countries.tsv` and `data/actor_regions.txt`. Lookups are exact on the
written form after small normalisations (curly apostrophes, a leading "the"), so "US" and
"U.S." are the United States but "us" is not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import DATA_DIR, lines

_THE = re.compile(r"^the\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Country:
    name: str
    aliases: tuple[str, ...]
    seats: tuple[str, ...]  # capitals / seats of government that can stand for the state
    demonyms: tuple[str, ...]


def normal(text: str) -> str:
    """The lookup form of a name: straight apostrophes, single spaces, no leading 'the'."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return _THE.sub("", " ".join(text.split()))


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country of `data/countries.tsv`."""
    out = []
    for line in (DATA_DIR / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, seats, demonyms = (line.split("\t") + ["", "", ""])[:4]
        split = lambda field: tuple(x.strip() for x in field.split("|") if x.strip())  # noqa: E731
        out.append(Country(name.strip(), split(aliases), split(seats), split(demonyms)))
    return tuple(out)


@lru_cache(maxsize=1)
def _by_name() -> dict[str, Country]:
    table: dict[str, Country] = {}
    for country in countries():
        for name in (country.name, *country.aliases):
            table.setdefault(normal(name), country)
    return table


@lru_cache(maxsize=1)
def _by_seat() -> dict[str, Country]:
    return {normal(seat): c for c in countries() for seat in c.seats}


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, Country]:
    return {normal(d): c for c in reversed(countries()) for d in c.demonyms}


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    return frozenset(normal(r).casefold() for r in lines("actor_regions"))


def country(name: str) -> Country | None:
    """The country called `name` (its name or an alias), if any."""
    return _by_name().get(normal(name))


def seat_of(name: str) -> Country | None:
    """The country whose seat of government is `name` ("Tokyo" -> Japan), if any."""
    return _by_seat().get(normal(name))


def is_demonym(name: str) -> bool:
    """True for a nationality word ("Japanese", "North Korean")."""
    return normal(name) in _demonyms()


def demonym_country(name: str) -> Country | None:
    """The country of a nationality word ("Japanese" -> Japan), if any."""
    return _demonyms().get(normal(name))


def is_region(name: str) -> bool:
    """True for a world region, sea or area that is not a country ("Indo-Pacific")."""
    return normal(name).casefold() in _regions()


def is_place_word(name: str) -> bool:
    """True for a country name, alias, seat or demonym: words that qualify an organisation."""
    return country(name) is not None or seat_of(name) is not None or is_demonym(name)
