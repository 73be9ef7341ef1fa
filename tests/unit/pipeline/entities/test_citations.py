"""Cited authors are people: citations in brackets and in prose, with the real model.

The sentences and the names in them are our own.
"""

from __future__ import annotations

from tests.unit.pipeline.entities.reading import Run, types_of

STUDY = (
    "Earlier studies found small effects (Harrow & Delacourt, 2012; Pennick, Ostrava, & "
    "Vellum, 2015), although Quarmby (2009) and Tidwell et al. (2018) disagreed, and "
    "Mendoza-Ruiz's (2011) survey of the World Bank (World Bank, 2019) data did not."
)


def test_authors_cited_in_brackets_are_people(run: Run) -> None:
    """ "(Harrow & Delacourt, 2012; Pennick, Ostrava, & Vellum, 2015)": five people, even
    a surname that is also a town ("Ostrava")."""
    found = types_of(run(STUDY))
    for name in ("Harrow", "Delacourt", "Pennick", "Ostrava", "Vellum"):
        assert ("PERSON", name) in found, name
    assert not any("&" in text for _, text in found)


def test_authors_cited_in_prose_are_people(run: Run) -> None:
    """ "Quarmby (2009)", "Tidwell et al. (2018)", "Mendoza-Ruiz's (2011)"."""
    found = types_of(run(STUDY))
    for name in ("Quarmby", "Tidwell", "Mendoza-Ruiz"):
        assert ("PERSON", name) in found, name


def test_citations_with_tokenized_punctuation_are_read_the_same(run: Run) -> None:
    """Corpora and older feeds print punctuation as tokens of their own: "( Harrow &
    Delacourt , 2012 ; ... )", "Quarmby ( 2009 )" cite the same people."""
    tokenized = (
        "Earlier studies found small effects ( Harrow & Delacourt , 2012 ; Pennick , Ostrava "
        ", & Vellum , 2015 ) , although Quarmby ( 2009 ) and Tidwell et al. ( 2018 ) "
        "disagreed ."
    )
    found = types_of(run(tokenized))
    for name in ("Harrow", "Delacourt", "Pennick", "Ostrava", "Vellum", "Quarmby", "Tidwell"):
        assert ("PERSON", name) in found, (name, found)
    assert not any("&" in text for _, text in found)


def test_an_organisation_cited_stays_an_organisation(run: Run) -> None:
    """ "(World Bank, 2019)" is the bank, not an author."""
    found = types_of(run(STUDY))
    assert ("ORGANIZATION", "World Bank") in found
    assert ("PERSON", "World Bank") not in found


def test_titles_with_years_are_no_citations(run: Run) -> None:
    """A filmography's "(Silent Harbour, 1961)" and "Evening Tide (1964)" are titles: a
    text with two bracketed years and no "et al." does not cite."""
    found = types_of(
        run(
            "She starred in the drama (Silent Harbour, 1961) and in Evening Tide (1964), "
            "then in the comedy (Paper Moons, 1966) in Paris."
        )
    )
    assert ("PERSON", "Evening Tide") not in found
    assert ("PERSON", "Silent Harbour") not in found


def test_a_reading_list_inverts_names(run: Run) -> None:
    """ "Hale, Robert and Orme, Helen. A History" at the start of a line: two people,
    written as the list writes them; "Salem, Virginia." stays a place."""
    found = types_of(
        run(
            "Some books I return to:",
            "Hale, Robert and Orme, Helen. A History of the Northern Mills",
            "Prest, Margaret. Letters from the Coast",
            "We met in Salem, Virginia. It rained.",
        )
    )
    for name in ("Hale, Robert", "Orme, Helen", "Prest, Margaret"):
        assert ("PERSON", name) in found, (name, found)
    assert not any(text.startswith("Salem,") for _, text in found)
