"""Quote attribution: cues resolved to people by name, pronoun or role."""

from __future__ import annotations

from service.pipeline.entities.speakers import Candidate, Resolved, SpeakerIndex, resolve

MAIGA = Candidate(
    "Choguel Maiga",
    "person:choguel_maiga",
    "PERSON",
    frozenset({"choguel maiga", "maiga"}),
    ("prime minister",),
    (100, 400),
)
GOITA = Candidate(
    "Assimi Goita",
    "person:assimi_goita",
    "PERSON",
    frozenset({"assimi goita"}),
    ("colonel",),
    (250,),
)
UN = Candidate(
    "United Nations", "organization:united_nations", "ORGANIZATION", frozenset({"u.n."}), (), (300,)
)
CANDS = SpeakerIndex((MAIGA, GOITA, UN))


def test_name_cue_resolves_to_the_consolidated_person() -> None:
    """ "Maiga" (an alias) and "Prime Minister Maiga" both resolve to Choguel Maiga."""
    expected = Resolved("Choguel Maiga", "person:choguel_maiga")
    assert resolve("Maiga", 500, CANDS) == expected
    assert resolve("Prime Minister Maiga", 500, CANDS) == expected


def test_pronoun_resolves_to_the_nearest_preceding_person() -> None:
    """ "he" after Goita's mention at 250 (and before Maiga's at 400) is Goita."""
    assert resolve("he", 300, CANDS).name == "Assimi Goita"
    assert resolve("she", 450, CANDS).name == "Choguel Maiga"


def test_pronoun_without_a_preceding_person_is_unresolved() -> None:
    """Nothing before the quote: no speaker is guessed."""
    assert resolve("he", 10, CANDS) == Resolved(None, None)


def test_it_resolves_to_the_nearest_organisation() -> None:
    """ "it said" attributes the quote to an organisation, not a person."""
    assert resolve("it", 350, CANDS).name == "United Nations"


def test_role_noun_resolves_to_the_title_holder() -> None:
    """ "the prime minister" is whoever the article gives that title, wherever mentioned."""
    assert resolve("the prime minister", 50, CANDS).entity_id == "person:choguel_maiga"
    assert resolve("the colonel", 500, CANDS).name == "Assimi Goita"


def test_unknown_cue_is_kept_as_written() -> None:
    """A cue that matches nobody keeps its text and has no entity id."""
    assert resolve("a government spokesman", 500, CANDS) == Resolved("a government spokesman", None)
    assert resolve(None, 500, CANDS) == Resolved(None, None)


def test_cue_with_a_title_of_several_words_resolves_to_the_person_it_names() -> None:
    """ "Mali's interim prime minister Choguel Maiga" contains the name Choguel Maiga."""
    assert resolve("Mali's interim prime minister Choguel Maiga", 500, CANDS) == Resolved(
        "Choguel Maiga", "person:choguel_maiga"
    )


def test_unknown_titled_cue_keeps_the_name_after_the_title() -> None:
    """A titled cue naming nobody known gives the name after the title, not the title."""
    assert resolve("French fisheries minister Hervé Berville", 500, CANDS) == Resolved(
        "Hervé Berville", None
    )
    assert resolve("the head of the agency", 500, CANDS) == Resolved("the head of the agency", None)


def test_a_surname_two_people_share_goes_to_the_one_mentioned_last_before_the_quote() -> None:
    """ "Smith said" after Anna Smith's mention at 200 and John Smith's at 300 is John, and
    before 300 it is Anna; the index answers each quote from its own position."""
    anna = Candidate(
        "Anna Smith", "person:anna_smith", "PERSON", frozenset({"anna smith"}), (), (200,)
    )
    john = Candidate(
        "John Smith", "person:john_smith", "PERSON", frozenset({"john smith"}), (), (100, 300)
    )
    index = SpeakerIndex((anna, john))
    assert resolve("Smith", 350, index).name == "John Smith"
    assert resolve("Smith", 250, index).name == "Anna Smith"
    assert resolve("Smith", 150, index).name == "John Smith"
    assert resolve("Smith", 50, index).name == "Anna Smith"  # nobody before: the first named
