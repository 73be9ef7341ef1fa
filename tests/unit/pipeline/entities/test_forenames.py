"""The surname test of the forename source on hostile tokens (no model needed)."""

from __future__ import annotations

import pytest

from service.pipeline.entities.candidates.forenames import _surname


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Trimble", True),
        ("O'Neill", True),
        ("McRae", True),
        ("Smith-Jones", True),
        ("Müller", True),
        ("TRIMBLE", False),
        ("Street", False),
        ("Trimble2", False),
    ],
)
def test_a_surname_is_read_as_written(word: str, expected: bool) -> None:
    assert _surname(word, stop=False) is expected


def test_a_hostile_token_is_read_in_linear_time() -> None:
    """String tests on the token, not a pattern: a pattern with nested repeats took seconds
    on 24 letters and a digit, and would take hours on the 10,000 here (no timing
    assertion: a super-linear test would hold the run until its timeout)."""
    assert not _surname("A" + "a" * 10_000 + "1", stop=False)
    assert not _surname("A" + "a'" * 10_000 + "1", stop=False)
