"""The dateline's place is found in the state or country written after it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from service.pipeline import read_article
from service.pipeline.types import Enriched, ParsedArticle, RecordIn


def _read(page: str, enrich_article: Callable[[ParsedArticle], Enriched]) -> Enriched:
    record = RecordIn(value=page.encode(), headers=(("content-type", b"text/plain"),))
    return enrich_article(read_article(record, 1_000_000)[1])


def _budget_story(dateline: str) -> str:
    return (
        "Officials weigh new budget\n\n"
        f"{dateline} City officials said on Tuesday that the new budget would add money for "
        "roads and schools after a long debate.\n\n"
        "The council will vote on the plan next week, a spokeswoman said."
    )


def _dateline_entity(enriched: Enriched) -> tuple[str | None, float | None, float | None]:
    place = next(e for e in enriched.entities if "dateline" in e.roles)
    assert place.geo is not None
    return place.country_code, place.geo.lat, place.geo.lon


@pytest.mark.parametrize(
    ("dateline", "country", "lat", "lon"),
    [
        # the most populous of each name is elsewhere: Oregon, England, Greece, England
        ("PORTLAND, Maine (AP) —", "US", 43.7, -70.3),
        ("CAMBRIDGE, Mass., March 3 (Reuters) -", "US", 42.4, -71.1),
        ("ATHENS, Ga. (AP) —", "US", 34.0, -83.4),
        ("BIRMINGHAM, Ala. (AP) —", "US", 33.5, -86.8),
        ("PARIS, Texas (AP) —", "US", 33.7, -95.6),
        # the whole dateline in capitals, as older wire copy writes it
        ("PORTLAND, MAINE (AP) --", "US", 43.7, -70.3),
        ("ATHENS, GA. (AP) --", "US", 34.0, -83.4),
        # and without a region, the most populous
        ("PORTLAND (Reuters) -", "US", 45.5, -122.7),
    ],
)
def test_the_dateline_place_is_the_one_in_the_region_written_after_it(
    enrich_article: Callable[[ParsedArticle], Enriched],
    dateline: str,
    country: str,
    lat: float,
    lon: float,
) -> None:
    page = _budget_story(dateline)
    found = _dateline_entity(_read(page, enrich_article))
    assert found[0] == country
    assert found[1] == pytest.approx(lat, abs=0.3)
    assert found[2] == pytest.approx(lon, abs=0.3)


def test_the_body_naming_the_dateline_city_names_the_same_place(
    enrich_article: Callable[[ParsedArticle], Enriched],
) -> None:
    """The body's "Portland" under a PORTLAND, Maine dateline is that Portland: one
    entity, with the dateline's role and the mentions of the body."""
    page = (
        "Storm closes port\n\n"
        "PORTLAND, Maine (AP) — A winter storm closed the port of Portland on Tuesday and cut "
        "power to thousands of homes across the state.\n\n"
        "Crews in Portland worked through the night, the mayor said."
    )
    enriched = _read(page, enrich_article)
    portland = [e for e in enriched.entities if e.name == "Portland"]
    assert len(portland) == 1
    assert "dateline" in portland[0].roles
    assert len(portland[0].mentions) == 2
    assert portland[0].geo is not None
    assert portland[0].geo.lon == pytest.approx(-70.3, abs=0.3)


@pytest.mark.parametrize(
    ("dateline", "name", "country"),
    [
        # Indio, the bigger town, has "Indian Wells" among its alternate names
        ("INDIAN WELLS, Calif. (AP) —", "Indian Wells", "US"),
        # a dateline on a line of its own, as the older wire layout prints it
        ("ROME 1996-10-20\n\n", "Rome", "IT"),
        ("AL-AIN , United Arab Emirates 1996-12-06\n\n", "Al-Ain", "AE"),
    ],
)
def test_the_dateline_place_is_the_town_of_that_name(
    enrich_article: Callable[[ParsedArticle], Enriched], dateline: str, name: str, country: str
) -> None:
    page = _budget_story(dateline)
    place = next(e for e in _read(page, enrich_article).entities if "dateline" in e.roles)
    assert (place.name, place.country_code) == (name, country)


@pytest.mark.parametrize(
    ("dateline", "name", "country"),
    [
        ("HARTFORD , Connecticut 1996-12-07\n\n", "Connecticut", "US"),
        ("BRISBANE , Australia 1996-11-26\n\n", "Australia", "AU"),
        ("SANTA CLARA, Calif., Feb 26 (Reuters) -", "Calif.", "US"),
    ],
)
def test_the_state_or_country_after_the_dateline_place_is_a_place_too(
    enrich_article: Callable[[ParsedArticle], Enriched], dateline: str, name: str, country: str
) -> None:
    """ "BRISBANE , Australia": the dateline names Australia too, named as written, with its
    country and no mentions (the dateline is no part of the body)."""
    enriched = _read(_budget_story(dateline), enrich_article)
    region = [e for e in enriched.entities if e.name == name]
    assert len(region) == 1
    assert (region[0].entity_type, region[0].country_code) == ("LOCATION", country)
    assert region[0].roles == ("dateline",)
    assert region[0].mentions == ()


def test_a_dateline_country_the_body_names_is_one_entity(
    enrich_article: Callable[[ParsedArticle], Enriched],
) -> None:
    page = (
        "Officials weigh new budget\n\n"
        "BRISBANE , Australia 1996-11-26\n\n"
        "Australia 's state officials said on Tuesday the new budget would add money for roads."
    )
    australia = [e for e in _read(page, enrich_article).entities if e.country_code == "AU"]
    assert [e.name for e in australia if e.name == "Australia"] == ["Australia"]


@pytest.mark.parametrize(
    ("dateline", "name", "aliases"),
    [
        ("CAMBRIDGE, Mass., March 3 (Reuters) -", "Reuters", ()),
        # the alias table's name, as the body's "AP" would be named
        ("PORTLAND, Maine (AP) —", "Associated Press", ("AP",)),
        ("ROME, March 3 (Xinhua) --", "Xinhua", ()),
    ],
)
def test_the_dateline_agency_is_an_organisation_without_mentions(
    enrich_article: Callable[[ParsedArticle], Enriched],
    dateline: str,
    name: str,
    aliases: tuple[str, ...],
) -> None:
    """ "(Reuters)" names an organisation in the article, as the dateline names its place:
    an ORGANIZATION with the role "agency" and no mentions (the dateline is outside the
    body); the role "dateline" stays with places."""
    enriched = _read(_budget_story(dateline), enrich_article)
    agency = [e for e in enriched.entities if "agency" in e.roles]
    assert [(e.entity_type, e.name, e.aliases, e.mentions) for e in agency] == [
        ("ORGANIZATION", name, aliases, ())
    ]
    dateline = {e.entity_type for e in enriched.entities if "dateline" in e.roles}
    assert dateline == {"LOCATION"}


def test_the_body_naming_the_agency_is_the_same_organisation(
    enrich_article: Callable[[ParsedArticle], Enriched],
) -> None:
    page = (
        "Mali seeks help\n\n"
        "DAKAR, Sept 25 (Reuters) - Mali has the right to seek military support from whoever "
        "it wants, the prime minister said on Saturday.\n\n"
        "Diplomatic and security sources have told Reuters the government was close to a deal."
    )
    reuters = [e for e in _read(page, enrich_article).entities if e.name == "Reuters"]
    assert len(reuters) == 1
    assert reuters[0].entity_type == "ORGANIZATION"
    assert "agency" in reuters[0].roles
    assert len(reuters[0].mentions) == 1


def test_a_dateline_without_an_agency_names_none(
    enrich_article: Callable[[ParsedArticle], Enriched],
) -> None:
    enriched = _read(_budget_story("KYIV — "), enrich_article)
    assert [e.name for e in enriched.entities if "dateline" in e.roles] == ["Kyiv"]
    assert not [e for e in enriched.entities if "agency" in e.roles]
