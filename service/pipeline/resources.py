"""What the stages read besides the article: the NER model and the entity tables.

Built once per process by ``load_resources`` and passed to ``process_batch`` and the stages
that need it; no stage reads a module-level global instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from service.pipeline.entities.gazetteer import Gazetteer, build_gazetteer
from service.pipeline.entities.name_index import lexicon_keys, lexicon_prefixes
from service.pipeline.html import configure_parser
from service.pipeline.ner import load_model, model_version


@dataclass(frozen=True, slots=True)
class Resources:
    nlp: Language
    gazetteer: Gazetteer
    # word prefixes of every name the gazetteer and the alias table know ("new", "new york")
    name_prefixes: frozenset[str]
    # the names themselves, folded: what a lexicon lookup can find ("new york")
    name_keys: frozenset[str] = frozenset()

    @property
    def model_version(self) -> str:
        return model_version(self.nlp)


def load_resources(model: str) -> Resources:
    """Load the model (``model``: a spaCy package or path), build the gazetteer and its index,
    and configure trafilatura's parser: a few seconds, once per process."""
    configure_parser()
    gazetteer = build_gazetteer()
    return Resources(
        load_model(model), gazetteer, lexicon_prefixes(gazetteer), lexicon_keys(gazetteer)
    )
