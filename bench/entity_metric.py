"""Entity scores: document-level entity-set F1 and mention-span F1, micro over documents.

1. Entity-set F1 (shared bench README): per document the set of (type, surface) for
   PERSON, ORGANIZATION and LOCATION, surfaces normalised (``entity_data.normalise``).
2. Mention-span F1 (GUM README): exact (type, start, end) over the document text, gold and
   predicted spans trimmed alike (``entity_data.trim_span``).

Both are reported for all types together and per type.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bench.entity_data import TYPES

KEYS = ("all", *TYPES)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "fp": fp, "fn": fn}


@dataclass(slots=True)
class Tally:
    """TP, FP and FN per type (and "all"), summed over documents."""

    counts: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in KEYS})
    docs: int = 0

    def add(self, gold: Iterable[tuple[str, object]], pred: Iterable[tuple[str, object]]) -> None:
        """One document's gold and predicted items; each item starts with its type."""
        gold_set, pred_set = set(gold), set(pred)
        self.docs += 1
        for key in KEYS:
            g = gold_set if key == "all" else {x for x in gold_set if x[0] == key}
            p = pred_set if key == "all" else {x for x in pred_set if x[0] == key}
            row = self.counts[key]
            row[0] += len(g & p)
            row[1] += len(p - g)
            row[2] += len(g - p)

    def scores(self) -> dict[str, dict[str, float]]:
        return {key: prf(*self.counts[key]) for key in KEYS}
