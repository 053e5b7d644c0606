"""Name keys shared with merge: surnames, person keys, company names without legal forms."""
from __future__ import annotations

import subprocess
import sys

import pytest

from briefing.extract.name_keys import org_base, person_key, surname


@pytest.mark.parametrize(
    "name, expected",
    [("Fumio Kishida", "Kishida"), ("Martin Luther King Jr.", "King"), ("Cher", "Cher"), ("Jr.", "Jr.")],
)
def test_surname_skips_suffixes(name, expected):
    assert surname(name) == expected


def test_person_key_ignores_middle_names_suffixes_and_case():
    assert person_key("Martin Luther King Jr.") == person_key("martin king") == "martin king"
    assert person_key("Anna Berg") != person_key("Anna Lind")
    assert person_key("Madonna") == "madonna"


@pytest.mark.parametrize(
    "name, expected",
    [("Sierra Nevada Corp.", "Sierra Nevada"), ("Mitsubishi Heavy Industries", "Mitsubishi Heavy Industries"),
     ("Inc.", "Inc."), ("Acme, Inc.", "Acme")],
)
def test_org_base_drops_one_legal_form(name, expected):
    assert org_base(name) == expected


def test_name_keys_load_without_spacy():
    """merge imports these; a build entirely from the cache must not pay for importing spaCy."""
    code = "import sys, briefing.merge, briefing.pipeline; print('spacy' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
