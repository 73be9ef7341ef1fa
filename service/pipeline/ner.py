"""The statistical NER backend: a spaCy pipeline reduced to what NER and sentences need."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Components the small English pipeline ships that NER does not need: its `ner` carries its
# own tok2vec, so the tagger, parser and lemmatizer are pure cost. A rule-based
# sentencizer replaces the parser's sentence boundaries.
UNUSED = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]


def load_model(name: str) -> Language:
    """Load ``name`` (a spaCy package or path) with only NER and a sentencizer."""
    nlp = spacy.load(name, exclude=UNUSED)
    if "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    return nlp


def model_version(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '0')}"


def run_ner(nlp: Language, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
    """NER over many texts at once (``nlp.pipe`` batches them)."""
    return nlp.pipe(texts, batch_size=batch_size)
