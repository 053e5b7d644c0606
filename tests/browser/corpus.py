"""A generated corpus for the browser tests at scale: 320 short articles from a few sentence
templates, invented names and two publishers, spread over two years.

It is large enough that lists are cut into pages (one speaker is quoted in every article, so
the quotes page of that speaker is cut per month) and small enough to build in about a minute.
"""
from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

ARTICLES = 320
PUBLISHERS = ("Harbor Times", "Daily Ledger")
SPOKESPERSON = "Marta Kowalczyk"
PEOPLE = ("Daniel Osei", "Ingrid Halvorsen", "Tomas Riedel", "Amara Nwosu", "Lucia Ferreira", "Kenji Watanabe")
ORGANIZATIONS = ("Northbridge Energy", "the Coastal Transit Authority", "Meridian Water Company", "the Valley Farmers Union")
PLACES = ("Kenya", "Canada", "Portugal", "Norway", "Chile", "Vietnam")
TOPICS = ("ferry service", "water prices", "grain exports", "wind farms", "rail freight", "harbor tolls")
MONTHS = "January February March April May June July August September October November December".split()


def article(i: int, rng: random.Random) -> tuple[str, str]:
    """(file name, text) of article `i`."""
    day = dt.date(2023, 1, 3) + dt.timedelta(days=i * 730 // ARTICLES)
    person, other = rng.sample(PEOPLE, 2)
    org = rng.choice(ORGANIZATIONS)
    place = rng.choice(PLACES)
    topic = rng.choice(TOPICS)
    event_day = day - dt.timedelta(days=rng.randint(1, 20))
    when = f"{MONTHS[event_day.month - 1]} {event_day.day}, {event_day.year}"
    title = f"{org[0].upper()}{org[1:]} weighs new plan for {topic} in {place} ({i + 1})"
    today = f"{MONTHS[day.month - 1]} {day.day}"
    # every paragraph names the article's own day, so no two articles share one (shared paragraphs
    # would make them versions of one story) and no two quotes have the same words
    body = [
        f"{person}, the director of {org}, said on {today} that the plan for {topic} in {place} would be decided within weeks.",
        f"“We will publish every figure on {topic} before the vote of {today},” {SPOKESPERSON} said on behalf of the ministry.",
        f"On {when}, {org} signed a preliminary agreement with officials in {place}.",
        f"{other} told reporters on {today} that the talks on {topic} had been difficult but useful.",
        f"The next hearing on {topic} is planned for {MONTHS[(day.month + 1) % 12]} {day.year + (day.month + 1) // 12}.",
    ]
    front = f"---\ndate: {day.isoformat()}\npublisher: {PUBLISHERS[i % 2]}\n---\n"
    return f"gen-{i + 1:04d}.txt", front + title + "\n\n" + "\n\n".join(body) + "\n"


def write_corpus(folder: Path, count: int = ARTICLES, seed: int = 12) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for i in range(count):
        name, text = article(i, rng)
        (folder / name).write_text(text, encoding="utf-8")
    return folder
