"""One actor per name: kinds settled, facilities are places."""
from __future__ import annotations

import pytest

from actor_helpers import names


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The core stage will be shipped to the nearby Stennis Space Center for testing.", "Stennis Space Center", "location"),
        ("At the Michoud Assembly Facility in New Orleans, workers completed the installation.", "Michoud Assembly Facility", "location"),
        ("The Center for Strategic and International Studies published a report.", "Center for Strategic and International Studies", "organization"),
    ],
)
def test_facility_is_a_place(parse_with_actors, text, name, kind):
    _, table = parse_with_actors([text])
    assert names(table).get(name) == kind
