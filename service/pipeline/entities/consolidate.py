"""Surfaces of one article grouped into entities.

- Places: by the GeoNames place they resolve to ("U.S." and "United States").
- Organisations: by the alias table ("U.N." -> United Nations), by acronym definitions
  ("... West African States (ECOWAS)"), by initials ("IMF" next to "International
  Monetary Fund"), by a bare first word ("Wagner" -> "Wagner Group") and without the
  company's legal form ("Mitsubishi Estate" -> "Mitsubishi Estate Co Ltd").
- People: a surname or a first name joins the full name that ends or starts with it
  ("Maiga" -> "Choguel Maiga"), when only one full name fits.
- Nationalities: by their country.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from service.pipeline.entities.gazetteer import Place
from service.pipeline.entities.heads import LEGAL_FORMS, ORG_HEADS
from service.pipeline.entities.text import fold, initials


@dataclass(slots=True)
class Surface:
    """One written form of a name in the article, with its decided type."""

    text: str  # as first written (trimmed)
    etype: str
    count: int = 0
    first: int = 0  # char offset of its first mention
    canonical: str | None = None  # from the alias table
    place: Place | None = None
    country_code: str | None = None  # nationalities
    key: str = ""  # the article's key for it: its fold, or a dateline mention's own key


@dataclass(slots=True)
class Cluster:
    etype: str
    surfaces: list[Surface] = field(default_factory=list)

    @property
    def name(self) -> str:
        for surface in self.surfaces:
            if surface.canonical:
                return surface.canonical
        if self.etype == "LOCATION":
            for surface in self.surfaces:
                if surface.place is not None:
                    return surface.place.name
        if self.etype == "NATIONALITY":
            return max(self.surfaces, key=lambda s: (s.count, -s.first)).text
        return max(self.surfaces, key=lambda s: (len(s.text.split()), len(s.text), -s.first)).text


NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def _name_core(name: str) -> list[str]:
    """Folded name words without suffixes and middle initials: "Patrick W. Carlineo Jr." ->
    ["patrick", "carlineo"]."""
    words = fold(name).split()
    core = [w for w in words if w not in NAME_SUFFIXES and len(w.rstrip(".")) != 1]
    return core or words


def _base_key(surface: Surface, acronyms: dict[str, str]) -> str:
    if surface.etype == "LOCATION" and surface.place is not None:
        place = surface.place
        return f"geo:{place.geonames_id}" if place.geonames_id else f"geo:{fold(place.name)}"
    if surface.etype == "NATIONALITY" and surface.country_code:
        return f"nat:{surface.country_code}"
    if surface.canonical:
        return fold(surface.canonical)
    long_form = acronyms.get(surface.text)
    return fold(long_form) if long_form else fold(surface.text)


def consolidate(surfaces: list[Surface], acronym_pairs: list[tuple[str, str]]) -> list[Cluster]:
    """Group typed surfaces into clusters, one per entity, in order of first mention."""
    acronyms = dict(acronym_pairs)
    keys = {id(s): (s.etype, _base_key(s, acronyms)) for s in surfaces}
    _join_organizations([s for s in surfaces if s.etype == "ORGANIZATION"], acronyms, keys)
    _join_people([s for s in surfaces if s.etype == "PERSON"], keys)
    clusters: dict[tuple[str, str], Cluster] = {}
    for surface in sorted(surfaces, key=lambda s: s.first):
        key = keys[id(surface)]
        cluster = clusters.get(key)
        if cluster is None:
            cluster = clusters[key] = Cluster(surface.etype)
        cluster.surfaces.append(surface)
    return list(clusters.values())


Keys = dict[int, tuple[str, str]]
MAX_PART_WORDS = 6  # the longest part of a person's name that joins the full name


def _without_legal_form(words: list[str]) -> list[str]:
    """A company's name without its legal form: "Mitsubishi Estate Co Ltd" -> "Mitsubishi
    Estate", "Apple, Inc." -> "Apple" (at least one word is left)."""
    end = len(words)
    while end > 1 and words[end - 1].casefold() in LEGAL_FORMS:
        end -= 1
    return [*words[: end - 1], words[end - 1].rstrip(",")]  # "Apple, Inc." -> "Apple"


def _join_organizations(orgs: list[Surface], acronyms: dict[str, str], keys: Keys) -> None:
    """ "IMF" joins "International Monetary Fund" by initials; "Wagner" joins "Wagner Group";
    "Harcor Energy" joins "Harcor Energy Inc"."""
    multi = [s for s in orgs if len(s.text.split()) > 1]
    formal: dict[str, Surface] = {}
    for other in multi:
        words = other.text.split()
        core = _without_legal_form(words)
        if len(core) < len(words):
            formal.setdefault(fold(" ".join(core)), other)
    for surface in orgs:
        full = formal.get(fold(surface.text))
        if full is None or full is surface:
            continue
        if surface.canonical:  # "Apple" is a known name: "Apple, Inc." joins it
            keys[id(full)] = keys[id(surface)]
        else:
            keys[id(surface)] = keys[id(full)]
    _join_short_forms(orgs, multi, acronyms, keys)


def _join_short_forms(
    orgs: list[Surface], multi: list[Surface], acronyms: dict[str, str], keys: Keys
) -> None:
    """A one-word name joins the first multi-word name (in the article's order) it stands
    for: by its initials, or as the name's first word before an organisation's head noun.
    Indexed once, so the join is linear in the number of names."""
    by_initials: dict[str, Surface] = {}
    by_first_word: dict[str, Surface] = {}
    for other in multi:
        other_words = other.text.split()
        for letters in (initials(other_words, False), initials(other_words, True)):
            by_initials.setdefault(letters, other)
        if other_words[-1].casefold() in ORG_HEADS:
            by_first_word.setdefault(other_words[0], other)
    for surface in orgs:
        words = surface.text.split()
        if len(words) != 1 or surface.canonical or surface.text in acronyms:
            continue
        if surface.text.isupper() and len(surface.text) > 1:  # an acronym
            match = by_initials.get(surface.text)
        else:
            match = by_first_word.get(words[0])
        if match is not None:
            keys[id(surface)] = keys[id(match)]


def _join_people(people: list[Surface], keys: Keys) -> None:
    """Variants of one name, then surnames and first names, join the full name."""
    core = {id(p): _name_core(p.text) for p in people}
    same: dict[tuple[str, ...], list[Surface]] = {}
    for surface in people:  # "Patrick W. Carlineo" and "Patrick Carlineo Jr." are one
        same.setdefault(tuple(core[id(surface)]), []).append(surface)
    for name, group in same.items():
        if len(group) > 1 and len(name) > 1:
            target = keys[id(group[1])]  # each joins the first other of its group
            for surface in group:
                keys[id(surface)] = target
    # The longer names each name may be part of, indexed once (linear, not a scan of every
    # pair): by their last words ("Maiga" in "Choguel Maiga"), and by their first word for
    # a one-word name ("Choguel"). A part of more than MAX_PART_WORDS words is no name's
    # part: a run of words that long is no surname, and the index stays linear.
    ending: dict[tuple[str, ...], list[int]] = {}
    starting: dict[str, list[int]] = {}
    for i, other in enumerate(people):
        other_words = core[id(other)]
        for size in range(1, min(len(other_words), MAX_PART_WORDS + 1)):
            ending.setdefault(tuple(other_words[-size:]), []).append(i)
        if len(other_words) > 1:
            starting.setdefault(other_words[0], []).append(i)
    for surface in sorted(people, key=lambda s: -len(s.text.split())):  # longest first: chains
        words = core[id(surface)]
        found = set(ending.get(tuple(words), ()))
        if len(words) == 1:
            found.update(starting.get(words[0], ()))
        fits = [people[i] for i in sorted(found)]
        targets = {keys[id(other)] for other in fits}
        if len(targets) == 1:
            keys[id(surface)] = targets.pop()
        elif len(targets) > 1:  # "Smith" with two Smiths: the one mentioned most
            best = max(fits, key=lambda s: (s.count, -s.first))
            keys[id(surface)] = keys[id(best)]
