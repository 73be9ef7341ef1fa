"""enrich: the NER model's spans -> typed, consolidated, linked entities with salience.

The statistical model runs outside this module (``ner.run_ner`` over ``ner_text``, the
article's headline, captions and body with all-caps lines case-restored); this stage is a
pure function of the parsed article, the model's ``Doc`` and the ``Resources``. The steps,
each in its own module under ``entities/``:

1. sections: what NER read (all-caps lines case-restored, ``casing.py``), and where each
   part sits in ``body`` (``sections.py``);
2. context: article-level signals, the dateline, sports and company context, results lines
   and table rows, tickers (``context.py``);
3. candidates: the model's spans (trimmed, composite ones split), the alias table and the
   gazetteer, acronym definitions, titled names and table cells; overlaps resolved by
   ``selection.py`` (``candidates/``);
4. evidence: what each mention's neighbourhood says, gathered per surface (``evidence.py``);
5. types: one type per surface, decided by the weight of the evidence, in two passes so
   that the second knows the article's people (``entity_types.py``);
6. assembly: later mentions found again, credit names dropped, surfaces grouped into
   entities, places geocoded, mentions, salience, speakers and the dateline place
   (``assembly.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from service.pipeline.entities import assembly
from service.pipeline.entities.candidates import covered
from service.pipeline.entities.candidates.collect import collect_candidates, title_case_tokens
from service.pipeline.entities.consolidate import consolidate
from service.pipeline.entities.context import read_context
from service.pipeline.entities.evidence import (
    ArticleEvidence,
    club_short_forms,
    name_parts,
    org_parts,
)
from service.pipeline.entities.sections import SEPARATOR, ner_text, sections
from service.pipeline.entities.short_forms import org_short_forms, short_pairs
from service.pipeline.entities.text import fold
from service.pipeline.entities.tokens import TokenView
from service.pipeline.resources import Resources
from service.pipeline.types import Enriched, ParsedArticle

__all__ = ["enrich", "ner_text"]

SCORED = ("PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY")


def enrich(parsed: ParsedArticle, doc: Doc, resources: Resources) -> Enriched:
    """Typed, consolidated, geocoded entities of one article, and its quotes' speakers."""
    gazetteer = resources.gazetteer
    # 1-2. What the model read, and the article's context.
    secs = sections(parsed)
    written = SEPARATOR.join(s.text for s in secs)
    view = TokenView.of(doc, written)  # the Doc read ``ner_text``, a same-length copy
    signals = read_context(view, secs, wire=parsed.dateline is not None)
    dateline = assembly.dateline_place(parsed, gazetteer)
    context: set[str] = {dateline.country_code} if dateline and dateline.country_code else set()

    # 3. Candidates.
    kept, pairs = collect_candidates(
        doc,
        view,
        gazetteer,
        name_prefixes=resources.name_prefixes,
        name_keys=resources.name_keys,
        context=context,
        title_case_tokens=title_case_tokens(parsed, view),
        signals=signals,
    )

    # 4-5. Evidence per surface, then one type per surface; a second pass knows the people.
    place = parsed.dateline.place if parsed.dateline else None
    article = ArticleEvidence(view, gazetteer, context, signals, dateline=fold(place or ""))
    article.gather(kept)
    taken = covered(kept, len(view.words))  # the tokens of the candidates kept
    article.gather_again(taken)
    first = article.decide(set())
    clubs = club_short_forms(first) if signals.sports else frozenset()
    people = name_parts(first, clubs)
    types = article.decide(people, org_parts(first) | clubs, first)

    # 6. Assembly: mentions found again, credits and photographers left out, entities.
    shorts = org_short_forms(
        types, article.written, gazetteer, view.lower_words, sports=signals.sports
    )
    article.found += assembly.propagate(
        view, taken, types, people, article.written, short_forms=shorts
    )
    pairs += short_pairs(shorts, article.written)
    excluded = assembly.excluded_names(parsed)
    article.found = [
        f
        for f in article.found
        if f.key in types and f.key not in excluded and types[f.key] in SCORED
    ]
    surfaces = assembly.surfaces(article, types, dateline)
    found = [f for f in article.found if f.key in surfaces]
    clusters = consolidate(list(surfaces.values()), pairs)
    sents = assembly.sentence_starts(doc, view)
    region = assembly.dateline_region(parsed, gazetteer)
    entities = assembly.entities(
        parsed, clusters, found, article.roles, dateline, secs=secs, sents=sents, region=region
    )
    speakers, result = assembly.speakers(parsed, entities, secs)
    return Enriched(parsed=parsed, entities=tuple(result), speakers=tuple(speakers))
