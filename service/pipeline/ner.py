"""The statistical NER backend: a spaCy pipeline reduced to what NER and sentences need."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final

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


# How many tokens (words and marks) the model reads per second on one slow core: about a
# third of what it reads on this project's machines (docs/performance.md). A record may ask
# the model for NEWSFLOW_MAX_PROCESSING_SECONDS of this much, and no more: the NER step
# cannot be interrupted, and a record that kept the model busy past its limit would look
# like a hung pipeline process (killed, respawned, and tried again).
NER_TOKENS_PER_SECOND: Final = 3_000
_TOKEN: Final = re.compile(r"\w+|[^\w\s]")


def ner_tokens(text: str) -> int:
    """About how many tokens the model makes of ``text``: words, and each mark on its own."""
    return len(_TOKEN.findall(text))


def ner_groups(tokens: Sequence[int], budget: int) -> list[list[int]]:
    """The texts' indexes in order, grouped so that a group holds at most ``budget`` tokens
    (a bigger text is a group of its own)."""
    groups: list[list[int]] = []
    total = 0
    for i, count in enumerate(tokens):
        if not groups or total + count > budget:
            groups.append([])
            total = 0
        groups[-1].append(i)
        total += count
    return groups
