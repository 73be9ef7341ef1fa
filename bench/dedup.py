"""Duplicate-detection benchmark: precision and recall of ``service.dedup`` links.

The corpus is built from the repo's real texts with a fixed seed:

- **Stories** (the originals): the aeb-dev gold bodies (a body of 12 or more paragraphs is
  cut in two halves, two different texts on one topic: the hardest unrelated pair), the
  ner-dev articles, one of each tests/data/pages story and the Reuters example.
- **Syndicated copies** (2-4 per story): the story under another site's furniture (1-3
  boilerplate lines before, 1-3 after, from one of six site templates shared by every
  story on that site), a caption added, 1-3 sentences lightly edited, and half the time
  two paragraphs swapped or the last one or two trimmed.
- **Exact copies**: the other tests/data/pages variants of a story (same body, another
  page) and re-flowed copies (whitespace and NFKC variants).
- **Updates** (a quarter of the stories): the story again under its own id, later, with one
  sentence edited and a correction notice appended. Each must come out as version 2 with
  the edit and the correction in ``changes``; updates are not copies and are not counted in
  precision and recall.

The articles are observed in a shuffled order, one minute apart. The first sighting of a
story is its root; every later one is a copy. A link (``duplicate_of`` or
``near_duplicate_of``) is correct when it points to an article of the same story.

- precision = correct links / all links (target ≥ 0.99)
- recall = copies with a correct link / all copies (target ≥ 0.9)

Run: ``.venv/bin/python -m bench.dedup``
"""

from __future__ import annotations

import json
import random
import re
import statistics
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson

from service.dedup import NEAR_THRESHOLD, InMemoryDedup, body_digest
from service.dedup.fingerprint import jaccard, minhash

ROOT = Path(__file__).resolve().parents[1]
AEB = ROOT / "bench" / "data" / "aeb-dev" / "pages.jsonl"
NER_DEV = ROOT / "tests" / "data" / "ner-dev"
PAGES = ROOT / "tests" / "data" / "pages"
EXAMPLE = ROOT / "tests" / "data" / "reuters-mali.expected.json"
SEED = 1
SPLIT_AT = 12  # paragraphs: a longer body gives two stories

SITES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Advertisement", "Skip to main content", "World | Politics | Business | Tech"),
        (
            "Sign up for our daily newsletter to get the latest headlines in your inbox.",
            "Copyright 2024 The Daily Courier. All rights reserved.",
            "Share this article on Facebook, Twitter and WhatsApp",
        ),
    ),
    (
        ("Home > News > World", "Listen to this article", "5 min read"),
        (
            "This material may not be published, broadcast, rewritten or redistributed.",
            "Related: the latest news and analysis from our correspondents around the world",
            "Have a news tip? Contact our newsroom at tips@example.com",
        ),
    ),
    (
        ("Breaking News", "Updated 2 hours ago", "By Wire Staff"),
        (
            "Read more: the stories you may have missed this week",
            "Follow us on Instagram and YouTube for more stories like this one.",
            "Comments are closed for this article.",
        ),
    ),
    (
        ("Most read", "Subscribe now for just $1 a week", "Log in | Register"),
        (
            "Our journalism depends on readers like you. Please consider a subscription today.",
            "Reporting by our wire service partners; editing by the night desk.",
            "Recommended for you",
        ),
    ),
    (
        ("Nachrichten | Welt", "Aktualisiert am Dienstag", "Teilen"),
        (
            "Mehr zum Thema lesen Sie in unserem Dossier.",
            "Alle Rechte vorbehalten.",
            "Newsletter abonnieren",
        ),
    ),
    (
        ("Trending now", "Watch live", "Sponsored content"),
        (
            "Download our app for breaking news alerts on your phone.",
            "This story was originally published by a partner news agency.",
            "Tags: world, politics, economy",
        ),
    ),
)
AGENCIES = ("REUTERS/Staff", "AP Photo", "AFP via Getty Images", "EPA-EFE", "Bloomberg")
EDIT_WORDS = ("also", "reportedly", "on Tuesday", "earlier", "officials", "now", "still")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str
    story: str
    kind: str  # "original", "syndicated", "exact", "update"
    headline: str | None
    paragraphs: tuple[str, ...]


def _paras(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    if len(parts) == 1:
        parts = [p.strip() for p in text.splitlines() if p.strip()]
    return parts


def stories() -> list[Article]:
    """The originals: one article per story, real texts only."""
    out: list[Article] = []
    with AEB.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            row = json.loads(line)
            paras = _paras(row["body"])
            if len(paras) >= SPLIT_AT:
                half = len(paras) // 2
                out.append(
                    Article(f"aeb{number}a", f"aeb{number}a", "original", None, tuple(paras[:half]))
                )
                out.append(
                    Article(f"aeb{number}b", f"aeb{number}b", "original", None, tuple(paras[half:]))
                )
            else:
                out.append(Article(f"aeb{number}", f"aeb{number}", "original", None, tuple(paras)))
    for path in sorted(NER_DEV.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        out.append(
            Article(
                f"dev-{path.stem}",
                f"dev-{path.stem}",
                "original",
                doc.get("headline"),
                tuple(doc["paragraphs"]),
            )
        )
    seen: set[str] = set()
    for path in sorted(PAGES.glob("*.expected.json")):
        story = path.name.split("--")[0]
        doc = json.loads(path.read_text(encoding="utf-8"))
        kind = "exact" if story in seen else "original"
        seen.add(story)
        out.append(
            Article(
                f"page-{path.name}",
                f"page-{story}",
                kind,
                doc.get("headline"),
                tuple(doc["body_paragraphs"]),
            )
        )
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    out.append(
        Article(
            "reuters-mali",
            "reuters-mali",
            "original",
            doc.get("headline"),
            tuple(doc["body_paragraphs"]),
        )
    )
    return out


def _edit_sentence(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    if len(words) < 6:
        return sentence + " " + rng.choice(EDIT_WORDS)
    operation = rng.choice(("drop", "insert", "replace"))
    i = rng.randrange(1, len(words) - 1)
    if operation == "drop":
        del words[i]
    elif operation == "insert":
        words.insert(i, rng.choice(EDIT_WORDS))
    else:
        words[i] = rng.choice(EDIT_WORDS)
    return " ".join(words)


def _edit(paragraphs: list[str], rng: random.Random, count: int) -> list[str]:
    out = list(paragraphs)
    for _ in range(count):
        j = rng.randrange(len(out))
        sentences = _SENTENCE.split(out[j])
        k = rng.randrange(len(sentences))
        sentences[k] = _edit_sentence(sentences[k], rng)
        out[j] = " ".join(sentences)
    return out


def syndicated(story: Article, site: int, number: int, rng: random.Random) -> Article:
    """The story as another site runs it: furniture, a caption, small edits, trims."""
    before, after = SITES[site]
    paras = _edit(list(story.paragraphs), rng, rng.randint(1, 3))
    shape = rng.random()
    if shape < 0.25 and len(paras) >= 4:
        i = rng.randrange(1, len(paras) - 1)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]
    elif shape < 0.5 and len(paras) >= 6:
        paras = paras[: -rng.randint(1, 2)]
    if rng.random() < 0.7:
        words = rng.choice(story.paragraphs).split()[:10]
        paras.insert(
            rng.randrange(0, min(3, len(paras)) + 1),
            " ".join(words).rstrip(".,") + ". " + rng.choice(AGENCIES),
        )
    head = rng.sample(before, rng.randint(1, 3))
    tail = rng.sample(after, rng.randint(1, 3))
    return Article(
        f"{story.article_id}-site{site}-{number}",
        story.story,
        "syndicated",
        story.headline,
        tuple(head + paras + tail),
    )


def reflowed(story: Article, number: int) -> Article:
    """An exact copy under another id: only whitespace and compatibility characters differ."""
    paras = tuple(
        "  " + p.replace(" ", "\u00a0", 3).replace(". ", ".\n", 1) + " " for p in story.paragraphs
    )
    return Article(
        f"{story.article_id}-reflow{number}", story.story, "exact", story.headline, paras
    )


def updated(story: Article, rng: random.Random) -> Article:
    """The story's next version under its own id: one sentence edited, a correction added."""
    paras = _edit(list(story.paragraphs), rng, 1)
    paras.append("Correction: An earlier version of this story misstated a figure.")
    return Article(story.article_id, story.story, "update", story.headline, tuple(paras))


def corpus(seed: int = SEED) -> list[Article]:
    """Stories, their copies, shuffled with a fixed seed; updates after their original."""
    rng = random.Random(seed)
    base = stories()
    out = list(base)
    updates = []
    for story in (a for a in base if a.kind == "original"):
        sites = rng.sample(range(len(SITES)), rng.randint(2, 4))
        out.extend(syndicated(story, site, n, rng) for n, site in enumerate(sites))
        if rng.random() < 0.15:
            out.append(reflowed(story, 0))
        if rng.random() < 0.25:
            updates.append(updated(story, rng))
    rng.shuffle(out)
    for update in updates:
        after = next(i for i, a in enumerate(out) if a.article_id == update.article_id)
        out.insert(rng.randint(after + 1, len(out)), update)
    return out


def run_dedup_bench(seed: int = SEED, threshold: float = NEAR_THRESHOLD) -> dict[str, Any]:
    """Observe the corpus in order; precision, recall, similarity margins and speed."""
    articles = corpus(seed)
    by_id = {a.article_id: a for a in articles}
    dedup = InMemoryDedup(window_days=7.0, near_threshold=threshold)
    start = datetime(2024, 6, 11, tzinfo=UTC)
    roots: set[str] = set()
    links = correct = copies = linked_copies = exact_links = 0
    wrong: list[tuple[str, str, float | None]] = []
    missed: list[str] = []
    seconds: list[float] = []
    updates = {"updates": 0, "version_2": 0, "edit_found": 0, "correction_found": 0}
    for n, article in enumerate(articles):
        began = time.perf_counter()
        result = dedup.observe(
            article_id=article.article_id,
            paragraphs=article.paragraphs,
            headline=article.headline,
            seen_at=start + timedelta(minutes=n),
        )
        seconds.append(time.perf_counter() - began)
        if article.kind == "update":
            changes = result.changes
            updates["updates"] += 1
            updates["version_2"] += result.version == 2
            updates["edit_found"] += bool(changes and changes.paragraphs_edited)
            updates["correction_found"] += bool(changes and changes.corrections)
            continue
        target = result.duplicate_of or result.near_duplicate_of
        is_copy = article.story in roots
        roots.add(article.story)
        copies += is_copy
        if target is not None:
            links += 1
            exact_links += result.duplicate_of is not None
            if by_id[target].story == article.story:
                correct += 1
                linked_copies += is_copy
            else:
                wrong.append((article.article_id, target, result.similarity))
        elif is_copy:
            missed.append(article.article_id)
    store_only = _store_only_seconds(articles, threshold)
    copy_sims, other_sims = _similarities(articles)
    store_bytes = sum(len(orjson.dumps(v)) for v in dedup.store.values())
    return {
        "articles": len(articles),
        "stories": len(roots),
        "copies": copies,
        "links": links,
        "exact_links": exact_links,
        "precision": correct / links if links else 1.0,
        "recall": linked_copies / copies if copies else 1.0,
        "threshold": threshold,
        **updates,
        "wrong_links": wrong,
        "missed_copies": missed,
        "copy_similarity": _summary(copy_sims),
        "unrelated_max_similarity": max(other_sims),
        "observe_ms_mean": 1000 * statistics.fmean(seconds),
        "observe_ms_p95": 1000 * statistics.quantiles(seconds, n=20)[-1],
        "observe_ms_store_only_mean": 1000 * statistics.fmean(store_only),
        "store_keys": len(dedup.store),
        "store_bytes_per_article": store_bytes / len(articles),
        "seed": seed,
    }


def _store_only_seconds(articles: list[Article], threshold: float) -> list[float]:
    """``observe`` time with the body digest computed beforehand (as the pipeline process
    does)."""
    dedup = InMemoryDedup(window_days=7.0, near_threshold=threshold)
    start = datetime(2024, 6, 11, tzinfo=UTC)
    seconds = []
    for n, article in enumerate(articles):
        digest = body_digest(article.paragraphs)
        began = time.perf_counter()
        dedup.observe(
            article_id=article.article_id,
            paragraphs=article.paragraphs,
            headline=article.headline,
            seen_at=start + timedelta(minutes=n),
            precomputed=digest,
        )
        seconds.append(time.perf_counter() - began)
    return seconds


def _similarities(articles: list[Article]) -> tuple[list[float], list[float]]:
    """Estimated Jaccard of every copy to its story's original, and the highest between
    articles of different stories (all pairs)."""
    articles = [a for a in articles if a.kind != "update"]
    signatures = {a.article_id: minhash(a.paragraphs) for a in articles}
    originals = {a.story: a.article_id for a in articles if a.kind == "original"}
    copy_sims = [
        jaccard(signatures[a.article_id], signatures[originals[a.story]])
        for a in articles
        if a.kind != "original"
    ]
    other: list[float] = []
    for i, a in enumerate(articles):
        best = max(
            (
                jaccard(signatures[a.article_id], signatures[b.article_id])
                for b in articles[i + 1 :]
                if b.story != a.story
            ),
            default=0.0,
        )
        other.append(best)
    return copy_sims, other


def _summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "min": ordered[0],
        "p05": ordered[len(ordered) // 20],
        "median": statistics.median(ordered),
    }


def main() -> None:
    result = run_dedup_bench()
    print(
        f"dedup: {result['articles']} articles, {result['stories']} stories, "
        f"{result['copies']} copies, {result['links']} links ({result['exact_links']} exact)"
    )
    print(f"precision {result['precision']:.4f}  (target ≥ 0.99)")
    print(f"recall    {result['recall']:.4f}  (target ≥ 0.90)")
    print(
        f"updates: {result['updates']}, version 2: {result['version_2']}, edit found: "
        f"{result['edit_found']}, correction found: {result['correction_found']}"
    )
    sims = result["copy_similarity"]
    print(
        f"copy→original similarity: min {sims['min']:.3f}, p05 {sims['p05']:.3f}, "
        f"median {sims['median']:.3f}; highest between different stories "
        f"{result['unrelated_max_similarity']:.3f}; link threshold {result['threshold']}"
    )
    print(
        f"observe: {result['observe_ms_mean']:.2f} ms mean, {result['observe_ms_p95']:.2f} ms p95"
        f" ({result['observe_ms_store_only_mean']:.2f} ms with fingerprints precomputed);"
        f" store {result['store_keys']} keys, "
        f"{result['store_bytes_per_article']:.0f} bytes per article"
    )
    for article_id, target, similarity in result["wrong_links"]:
        print(f"  wrong link: {article_id} -> {target} ({similarity})")
    for article_id in result["missed_copies"]:
        print(f"  missed copy: {article_id}")


if __name__ == "__main__":
    main()
