"""Each enrichment mechanism on sentences of our own, with the real model."""

from __future__ import annotations

from service.events import Caption, Credit, Dateline
from service.pipeline.types import Enriched, Entity, QuoteSpan
from tests.unit.pipeline.entities.reading import Run


def by_name(enriched: Enriched) -> dict[str, Entity]:
    return {e.name: e for e in enriched.entities}


def typed(enriched: Enriched) -> dict[str, str]:
    """Every written form -> the type of its entity."""
    out = {}
    for e in enriched.entities:
        for form in (e.name, *e.aliases):
            out[form] = e.entity_type
    return out


def test_determiners_and_possessives_are_trimmed(run: Run) -> None:
    """ "the Wagner Group" and "West Africa's" become Wagner Group and West Africa."""
    got = typed(run("Russia's the Wagner Group has men across West Africa's Sahel region."))
    assert got["Wagner Group"] == "ORGANIZATION"
    assert got["West Africa"] == "LOCATION"
    assert not any(name.startswith("the ") or name.endswith("'s") for name in got)


def test_titles_are_stripped_and_kept_as_roles(run: Run) -> None:
    """ "Colonel Assimi Goita" is the person Assimi Goita with the role "colonel"."""
    entities = by_name(run("Colonel Assimi Goita met Prime Minister Choguel Maiga in Bamako."))
    assert entities["Assimi Goita"].roles == ("colonel",)
    assert "prime minister" in entities["Choguel Maiga"].roles


def test_country_mislabelled_as_person_is_a_location(run: Run) -> None:
    """Countries and regions are places whatever the model's label."""
    got = typed(run("Mali and Niger said on Friday that Chad would join talks in the Sahel."))
    for place in ("Mali", "Niger", "Chad", "Sahel"):
        assert got[place] == "LOCATION", place


def test_one_type_per_surface_in_an_article(run: Run) -> None:
    """A name the model labels differently in two sentences gets a single type."""
    enriched = run(
        "Mali has the right to seek support, officials said.",
        "Mali's government was close to a deal, sources told Reuters.",
    )
    assert [e.entity_type for e in enriched.entities if e.name == "Mali"] == ["LOCATION"]


def test_missed_place_after_a_preposition_is_added(run: Run) -> None:
    """A known town the model skipped is added when written "in X" in its country."""
    enriched = run("Troops left bases in Kidal, Tessalit and Timbuktu in northern Mali.")
    got = typed(enriched)
    for town in ("Kidal", "Tessalit", "Timbuktu"):
        assert got[town] == "LOCATION", town
        assert by_name(enriched)[town].country_code == "ML"


def test_organisation_words_make_organisations(run: Run) -> None:
    """Names ending in "Ministry", "Bank" or "Party" are organisations."""
    got = typed(run("The Defence Ministry and the Central Bank backed the Labour Party plan."))
    assert got["Defence Ministry"] == "ORGANIZATION"
    assert got["Central Bank"] == "ORGANIZATION"
    assert got["Labour Party"] == "ORGANIZATION"


def test_acronym_definition_is_one_entity(run: Run) -> None:
    """ "National Liberation Army (ELN)" and a later "ELN" are one organisation."""
    enriched = run(
        "The government met the National Liberation Army (ELN) in Caracas on Monday.",
        "ELN commanders said they would consult communities.",
    )
    entity = by_name(enriched)["National Liberation Army"]
    assert entity.entity_type == "ORGANIZATION"
    assert "ELN" in entity.aliases
    assert len(entity.mentions) == 3


def test_alias_table_links_well_known_forms(run: Run) -> None:
    """ "U.N." is the United Nations and "U.S." the United States, with one id each."""
    enriched = run("U.N. peacekeepers and U.S. troops left. The United States said so.")
    entities = by_name(enriched)
    assert entities["United Nations"].aliases == ("U.N.",)
    us = entities["United States"]
    assert us.entity_type == "LOCATION"
    assert us.geo is not None
    assert us.geo.kind == "country"
    assert set(us.aliases) == {"U.S."}


def test_later_mentions_the_model_missed_are_found(run: Run) -> None:
    """A surname alone, after the full name, is a mention of that person."""
    enriched = run(
        "William Ruto was sworn in on Tuesday in Nairobi.",
        "Ruto's running mate praised the vote as Ruto waved.",
    )
    ruto = by_name(enriched)["William Ruto"]
    assert ruto.entity_type == "PERSON"
    assert len(ruto.mentions) == 3


def test_nationality_is_linked_to_its_country(run: Run) -> None:
    """Demonyms are NATIONALITY entities carrying their country's code."""
    entities = by_name(run("Malian, Kenyan and Brazilian officials met French diplomats."))
    assert {entities[n].country_code for n in ("Malian", "Kenyan", "Brazilian", "French")} == {
        "ML", "KE", "BR", "FR",
    }  # fmt: skip
    assert all(entities[n].entity_type == "NATIONALITY" for n in ("Malian", "French"))


def test_ambiguous_place_follows_the_article_context(run: Run) -> None:
    """ "Paris" in an article about Texas is Paris, Texas; alone it is the French capital."""
    texan = by_name(run("Storms hit Dallas and Paris in Texas on Monday, officials in Texas said."))
    assert texan["Paris"].geo is not None
    assert texan["Paris"].geo.country_code == "US"
    french = by_name(run("Talks in Paris ended on Monday."))
    assert french["Paris"].geo is not None
    assert french["Paris"].geo.country_code == "FR"


def test_dateline_sets_the_context_for_other_places(run: Run) -> None:
    """With a Malian dateline, the small town of Tessalit resolves in Mali."""
    enriched = run(
        "Fighting was reported near Tessalit on Sunday.",
        dateline=Dateline(place="BAMAKO", agency="Reuters"),
    )
    entities = by_name(enriched)
    assert entities["Tessalit"].country_code == "ML"
    assert "dateline" in entities["Bamako"].roles


def test_credit_and_photographer_names_are_not_entities(run: Run) -> None:
    """Names in credits and caption photographers never become entities."""
    enriched = run(
        "John Irish said the talks would go on, Reuters reported.",
        captions=(
            Caption(text="A view of Bamako. Photo by Amadou Keita", photographer="Amadou Keita"),
        ),
        credits=(Credit(name="John Irish", role="reporting"),),
    )
    forms = set(typed(enriched))
    assert "John Irish" not in forms
    assert "Amadou Keita" not in forms
    assert typed(enriched)["Reuters"] == "ORGANIZATION"


def test_junk_spans_are_dropped(run: Run) -> None:
    """Numbers, lone titles, months and line-broken spans never become entities."""
    enriched = run("The President said 2,500 troops would leave in March.", "Minister of State")
    assert not [e for e in enriched.entities if e.entity_type in ("PERSON", "ORGANIZATION")]
    assert "March" not in typed(enriched)


def test_salience_favours_headline_and_frequent_entities(run: Run) -> None:
    """An entity in the headline and mentioned often outranks one mentioned once, late."""
    enriched = run(
        "Kenya held elections on Tuesday. Kenya's turnout was high.",
        "Observers from Norway attended.",
        headline="Kenya votes",
    )
    entities = by_name(enriched)
    assert entities["Kenya"].salience > entities["Norway"].salience
    assert 0.0 < entities["Norway"].salience < 1.0


def test_wire_datelines_name_their_city(run: Run) -> None:
    """ "HAYWARD, Calif." is the city of Hayward; an unknown dateline place stays a place."""
    hayward = by_name(run("Police said.", dateline=Dateline(place="HAYWARD, Calif.")))["Hayward"]
    assert hayward.roles == ("dateline",)
    assert hayward.country_code == "US"
    unknown = by_name(run("Talks ended.", dateline=Dateline(place="XANADU")))["Xanadu"]
    assert unknown.entity_type == "LOCATION"
    assert unknown.geo is None


def test_accented_and_apostrophe_names_are_found(run: Run) -> None:
    """ "Côte d’Ivoire" is found through pycountry's name and folded accents."""
    entity = by_name(run("Officials visited Côte d’Ivoire on Monday."))["Ivory Coast"]
    assert entity.country_code == "CI"
    assert entity.aliases == ("Côte d’Ivoire",)


def test_empty_articles_and_stray_quotes_do_not_fail(run: Run) -> None:
    """No text, blank paragraphs and quotes without a cue give no entities and no errors."""
    assert run().entities == ()
    enriched = run("  ", quotes=(QuoteSpan("x", 5, 3, "he"), QuoteSpan("y", 0, 0, None)))
    assert [s.entity_id for s in enriched.speakers] == [None, None]


def test_title_case_headline_capitals_are_not_names(run: Run) -> None:
    """In "Minister Warns Of Flooding In Chad", only known or body-confirmed names count."""
    enriched = run(
        "Officials in Chad said rains had flooded the capital. Deby visited.",
        headline="Minister Warns Of Flooding In Chad As Deby Visits Capital",
    )
    got = typed(enriched)
    assert got["Chad"] == "LOCATION"
    assert not [name for name in got if "Warns" in name or "Flooding" in name]
    deby = by_name(enriched)["Deby"]
    assert any(m.section == "headline" for m in deby.mentions)
