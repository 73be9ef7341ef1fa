"""Selection: overlapping candidates -> the spans kept, longest first, then by priority."""

from __future__ import annotations

from service.pipeline.entities.candidates import Candidate


def select(cands: list[Candidate]) -> list[Candidate]:
    """Merge same-range candidates, then keep the longest non-overlapping ones."""
    merged: dict[tuple[int, int], Candidate] = {}
    for cand in cands:
        key = (cand.start, cand.end)
        have = merged.get(key)
        if have is None:
            merged[key] = cand
            continue
        for etype, weight in cand.votes.items():
            have.votes[etype] = max(have.votes.get(etype, 0.0), weight)
        have.label = have.label or cand.label
        have.role = have.role or cand.role
        have.canonical = have.canonical or cand.canonical
        have.priority = max(have.priority, cand.priority)
    ordered = sorted(merged.values(), key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    taken: set[int] = set()
    kept = []
    for cand in ordered:
        rng = range(cand.start, cand.end)
        if not taken.isdisjoint(rng):
            continue
        taken.update(rng)
        kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept
