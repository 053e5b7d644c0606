"""Session-wide fixtures: the seed built once, and its site rendered once, for every test."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SCHEMA = ROOT / "briefing" / "data" / "briefing.schema.json"
SEED_NAME = "000_3a1a43320c41dcd8.txt"


@pytest.fixture(scope="session")
def seed_docs(tmp_path_factory) -> Path:
    """`seeds/` built once (a cold build into an empty cache) into a temporary docs folder."""
    from briefing.pipeline import build

    docs = tmp_path_factory.mktemp("seed") / "docs"
    build(SEEDS, docs, jobs=1, cache_dir=docs.parent / "cache")
    return docs


@pytest.fixture(scope="session")
def seed_cache(seed_docs) -> Path:
    """The extraction cache of that build: copy it (`shutil.copytree`) to rebuild the seed fast."""
    return seed_docs.parent / "cache"


@pytest.fixture(scope="session")
def seed_briefing(seed_docs) -> dict:
    """The seed's briefing.json, as JSON."""
    return json.loads((seed_docs / "briefing.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_site(seed_docs) -> Path:
    """The seed's static site, rendered once by `mkdocs build --strict`."""
    from briefing.site import mkdocs_build

    site = seed_docs.parent / "site"
    mkdocs_build(seed_docs, site, strict=True)
    return site
