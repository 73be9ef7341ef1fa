"""People the model or the gazetteer take for something else, found by how the text uses
them: parties to a lawsuit, with the real model. The sentences and names are our own."""

from __future__ import annotations

from tests.unit.pipeline.entities.reading import Run, types_of


def test_parties_to_a_lawsuit_are_people(run: Run) -> None:
    """ "Harlow v. Brenner": surnames, even one that is a town; "Kessel versus Ohio": the
    state stays a place."""
    found = types_of(
        run(
            "Counsel, the court held in Harlow v. Brenner that the statute applied, and "
            "Kessel versus Ohio says no more than that."
        )
    )
    assert ("PERSON", "Harlow") in found
    assert ("PERSON", "Brenner") in found
    assert ("PERSON", "Kessel") in found
    assert ("LOCATION", "Ohio") in found
