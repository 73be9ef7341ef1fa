"""enrich on the Reuters Mali example, built from its expected structure, with the real model."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from service.events import Caption, Credit, Dateline
from service.pipeline import Resources
from service.pipeline.enrich import enrich
from service.pipeline.types import Enriched, Entity, ParsedArticle, QuoteSpan
from tests.paths import DATA

EXPECTED = DATA / "reuters-mali.expected.json"
CUES = ("Maiga", "Maiga", "he", "the prime minister")


def expected() -> dict[str, object]:
    data: dict[str, object] = json.loads(EXPECTED.read_text(encoding="utf-8"))
    return data


def example_article(extra_paragraphs: tuple[str, ...] = ()) -> ParsedArticle:
    exp = expected()
    paragraphs = tuple(exp["body_paragraphs"]) + extra_paragraphs  # type: ignore[call-overload]
    quotes = []
    for quote, cue in zip(exp["quotes"], CUES, strict=True):  # type: ignore[call-overload]
        start = next(p for p in paragraphs if quote["starts_with"] in p)
        index = paragraphs.index(start)
        quotes.append(
            QuoteSpan(quote["starts_with"], index, start.index(quote["starts_with"]), cue)
        )
    caption = exp["captions"][0]  # type: ignore[index]
    return ParsedArticle(
        headline=str(exp["headline"]),
        paragraphs=paragraphs,
        dateline=Dateline(place="Dakar", agency="Reuters"),
        captions=(Caption(**caption),),
        credits=tuple(Credit(**c) for c in exp["credits"]),  # type: ignore[attr-defined]
        quotes=tuple(quotes),
    )


Run = Callable[[ParsedArticle], Enriched]


@pytest.fixture(scope="module")
def run(enrich_article: Run) -> Run:
    return enrich_article


@pytest.fixture(scope="module")
def enriched(run: Run) -> Enriched:
    return run(example_article())


def find(enriched: Enriched, name: str) -> Entity | None:
    key = name.casefold()
    for entity in enriched.entities:
        forms = {entity.name.casefold(), *(a.casefold() for a in entity.aliases)}
        if key in forms:
            return entity
    return None


def all_forms(enriched: Enriched) -> set[str]:
    out = set()
    for entity in enriched.entities:
        out.add(entity.name.casefold())
        out.update(a.casefold() for a in entity.aliases)
        out.update(m.text.casefold() for m in entity.mentions)
    return out


def test_required_entities_have_their_types(enriched: Enriched) -> None:
    """Every entity the example requires is found with the required type."""
    for etype, names in expected()["entities_required"].items():  # type: ignore[attr-defined]
        for name in names:
            entity = find(enriched, name)
            assert entity is not None, name
            assert entity.entity_type == etype, (name, entity.entity_type)


def test_aliases_fold_into_their_entity(enriched: Enriched) -> None:
    """Maiga, U.N. and ECOWAS are aliases of one entity each, not entities of their own."""
    for name, aliases in expected()["entity_aliases_required"].items():  # type: ignore[attr-defined]
        entity = find(enriched, name)
        assert entity is not None
        assert entity.name == name
        assert set(aliases) <= set(entity.aliases)
        for alias in aliases:
            assert [e for e in enriched.entities if e.name == alias] == []


def test_places_resolve_to_their_countries(enriched: Enriched) -> None:
    """Each listed place is geocoded in its country, with a GeoNames id as entity id."""
    for name, code in expected()["places_must_resolve"].items():  # type: ignore[attr-defined]
        entity = find(enriched, name)
        assert entity is not None, name
        assert entity.geo is not None, name
        assert entity.geo.country_code == code, name
        assert entity.country_code == code
        assert entity.entity_id == f"geonames:{entity.geo.geonames_id}"


def test_forbidden_names_never_appear(enriched: Enriched) -> None:
    """Boilerplate names, credit-line names and the photographer are not entities."""
    forms = all_forms(enriched)
    for name in expected()["entities_forbidden"]:  # type: ignore[attr-defined]
        assert name.casefold() not in forms, name


def test_places_are_never_typed_person(enriched: Enriched) -> None:
    """Mali, Sahel, Niger, Tessalit, Kidal, Bamako are never PERSON."""
    people = {
        f for e in enriched.entities if e.entity_type == "PERSON" for f in (e.name, *e.aliases)
    }
    for name in expected()["never_typed_person"]:  # type: ignore[attr-defined]
        assert name not in people


def test_all_quotes_resolve_to_the_prime_minister(enriched: Enriched) -> None:
    """A name, a pronoun and a role noun all resolve to Choguel Maiga, who is "quoted"."""
    maiga = find(enriched, "Choguel Maiga")
    assert maiga is not None
    assert [s.name for s in enriched.speakers] == ["Choguel Maiga"] * 4
    assert {s.entity_id for s in enriched.speakers} == {maiga.entity_id}
    assert "quoted" in maiga.roles
    assert "prime minister" in maiga.roles


def test_dateline_place_is_a_location_with_its_role(enriched: Enriched) -> None:
    """Dakar, named only in the dateline, is a Senegalese LOCATION with role "dateline"."""
    dakar = find(enriched, "Dakar")
    assert dakar is not None
    assert dakar.entity_type == "LOCATION"
    assert dakar.roles == ("dateline",)
    assert dakar.geo is not None
    assert dakar.geo.kind == "city"


def test_mentions_point_at_their_text(enriched: Enriched) -> None:
    """A mention's offsets cut its text out of the body, headline or caption."""
    parsed = enriched.parsed
    for entity in enriched.entities:
        for m in entity.mentions:
            if m.section == "body":
                source = parsed.body
            elif m.section == "headline":
                source = parsed.headline or ""
            else:
                source = parsed.captions[m.paragraph].text
            assert source[m.start : m.end] == m.text


def test_salience_ranks_the_subject_first(enriched: Enriched) -> None:
    """Salience is within 0..1 and Mali, in the headline and everywhere, ranks first."""
    assert all(0.0 <= e.salience <= 1.0 for e in enriched.entities)
    top = max(enriched.entities, key=lambda e: e.salience)
    assert top.name == "Mali"


def test_credit_line_left_in_the_body_gives_no_entities(run: Run) -> None:
    """Should parse leave the credit line in the body, its names still are no entities."""
    credit = "(Reporting by Bate Felix; Editing by Edmund Blair)"
    forms = all_forms(run(example_article((credit,))))
    assert "bate felix" not in forms
    assert "edmund blair" not in forms


def test_same_article_same_entities_and_ids(run: Run) -> None:
    """enrich is a pure function: the same input gives the same entities and ids."""
    first, second = run(example_article()), run(example_article())
    assert first.entities == second.entities


def test_nationality_is_linked_to_its_country(enriched: Enriched) -> None:
    """ "Malian" is a NATIONALITY whose country is Mali."""
    malian = find(enriched, "Malian")
    assert malian is not None
    assert malian.entity_type == "NATIONALITY"
    assert malian.country_code == "ML"


def test_names_with_particles_stay_whole(run: Run) -> None:
    """A name the model cuts inside its particles ("Ursula von" + "der Leyen") is one
    person; names it keeps whole stay as they are."""
    extra = (
        "European Commission President Ursula von der Leyen met Saudi Crown Prince "
        "Mohammed bin Salman in Brussels on Monday.",
    )
    result = run(example_article(extra))
    people = {e.name for e in result.entities if e.entity_type == "PERSON"}
    assert {"Ursula von der Leyen", "Mohammed bin Salman"} <= people
    assert "Ursula von" not in people
    assert find(result, "Leyen") is None or find(result, "Leyen") == find(
        result, "Ursula von der Leyen"
    )


def test_a_doc_of_another_text_is_refused(resources: Resources) -> None:
    """enrich reads offsets from the model's Doc into the article's NER text: a Doc of some
    other text would give mentions that point nowhere, so it is refused."""
    parsed = example_article()
    with pytest.raises(ValueError, match="not the model's reading"):
        enrich(parsed, resources.nlp("Mali talks resume in Bamako."), resources)
