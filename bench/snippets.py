"""Snippet benchmark: trafilatura's own evaluation set, pages this project was not built on.

The set behind trafilatura's published comparison: about 950 real pages (mostly German, also
English, French, Polish, Spanish and others; news, blogs, shops, forums, institutions), each
with a few snippets its text must hold ("with") and a few it must not ("without": menus,
footers, comments, teasers). go-trafilatura (Apache-2.0) ships the pages in
``test-files/comparison`` and the snippets in ``scripts/comparison/data.go``. The 31 MB of
third-party pages are not stored in this repository: ``python -m bench.snippets`` fetches the
module's zip once from the Go module proxy (a package registry), checks its SHA-256 and keeps
it in ``bench/.cache/``.

Each page goes in as a scraper sends it: its raw bytes as a bare record with a
``content-type: text/html`` header (no charset: the page's own declaration, or detection,
decides). A snippet counts as found when it is a substring of the text.

Rows, all measured in one run:
- trafilatura default: ``trafilatura.extract(raw bytes)``, default settings and its own
  parser (``bench.peer``), the peer;
- newsflow body: the article's body paragraphs;
- newsflow headline + body: what a reader sees (the set counts some titles as "without").

Per row: precision, recall and F1 over all snippets (a "with" found is a true positive, a
"without" found a false positive), accuracy, F1 on the odd- and even-numbered pages (a guard
against tuning to one half), and newsflow's rejections by reason.

Run: ``make bench-snippets`` (or ``.venv/bin/python -m bench.snippets``).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import urllib.request
import zipfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench.peer import peer_extract
from service.errors import Rejection
from service.pipeline import read_article
from service.pipeline.html import configure_parser
from service.pipeline.types import RecordIn

MODULE = "github.com/markusmobius/go-trafilatura"
VERSION = "v1.12.2"
SHA256 = "7da0a1455b901cfab79f27801aac9ff1e99774d0cb7ef4ab6d3eaee17cb2d5b2"
URL = f"https://proxy.golang.org/{MODULE}/@v/{VERSION}.zip"
CACHE = Path(__file__).parent / ".cache" / f"go-trafilatura-{VERSION}.zip"
RESULTS = Path(__file__).parent / "results"
_ROOT = f"{MODULE}@{VERSION}/"
PAGES = _ROOT + "test-files/comparison/"
SNIPPETS = _ROOT + "scripts/comparison/data.go"
MAX_BYTES = 50_000_000

_GO_STRING = r'"((?:[^"\\]|\\.)*)"'
_ENTRY = re.compile(r"^\t" + _GO_STRING + r": \{$", re.M)
_FILE = re.compile(r"\bFile:\s*" + _GO_STRING)


@dataclass(frozen=True, slots=True)
class Case:
    url: str
    file: str
    with_: tuple[str, ...]
    without: tuple[str, ...]


def _go_string(literal: str) -> str:
    """A Go interpreted string literal's value (its escapes are JSON's for this file)."""
    return str(json.loads(f'"{literal}"'))


def _strings(block: str, field: str) -> tuple[str, ...]:
    found = re.search(r"\b" + field + r":\s*\[\]string\{(.*?)\},?\s*$", block, re.M)
    if found is None:
        return ()
    return tuple(_go_string(s) for s in re.findall(_GO_STRING, found.group(1)))


def parse_cases(go_source: str) -> list[Case]:
    """The entries of ``data.go``'s ``comparisonData`` map: URL, file, with, without."""
    heads = list(_ENTRY.finditer(go_source))
    cases = []
    for head, after in zip(heads, [*heads[1:], None], strict=True):
        block = go_source[head.end() : after.start() if after else len(go_source)]
        file = _FILE.search(block)
        if file is None:
            continue
        cases.append(
            Case(
                _go_string(head.group(1)),
                _go_string(file.group(1)),
                _strings(block, "With"),
                _strings(block, "Without"),
            )
        )
    return cases


def fetch(say: Callable[[str], None] = print) -> Path:
    """The module zip, downloaded once into the cache and checked against SHA256."""
    if not CACHE.exists():
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        say(f"fetching {URL} (31 MB, once)")
        partial = CACHE.with_suffix(".part")
        with urllib.request.urlopen(URL, timeout=120) as response, partial.open("wb") as out:
            while chunk := response.read(1 << 20):
                out.write(chunk)
        partial.rename(CACHE)
    digest = hashlib.sha256(CACHE.read_bytes()).hexdigest()
    if digest != SHA256:
        raise SystemExit(f"{CACHE} has SHA-256 {digest}, expected {SHA256}: delete it and rerun")
    return CACHE


def load(archive: Path) -> list[tuple[Case, bytes]]:
    """Every case whose page the module ships, with the page's bytes, in URL order."""
    with zipfile.ZipFile(archive) as zf:
        names = set(zf.namelist())
        cases = parse_cases(zf.read(SNIPPETS).decode("utf-8"))
        return [
            (case, zf.read(PAGES + case.file))
            for case in sorted(cases, key=lambda c: c.url)
            if PAGES + case.file in names
        ]


@dataclass(frozen=True, slots=True)
class Tally:
    tp: int = 0  # "with" snippets found
    fn: int = 0  # "with" snippets missed
    fp: int = 0  # "without" snippets found
    tn: int = 0  # "without" snippets kept out

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.tp + other.tp, self.fn + other.fn, self.fp + other.fp, self.tn + other.tn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fn + self.fp + self.tn
        return (self.tp + self.tn) / total if total else 0.0


def tally(case: Case, text: str) -> Tally:
    found = sum(1 for s in case.with_ if s in text)
    leaked = sum(1 for s in case.without if s in text)
    return Tally(found, len(case.with_) - found, leaked, len(case.without) - leaked)


def _newsflow(case: Case, raw: bytes) -> tuple[str, str] | str:
    """(body, headline + body), or the rejection reason."""
    headers = (("content-type", b"text/html"), ("url", case.url.encode()))
    try:
        article = read_article(RecordIn(value=raw, headers=headers), MAX_BYTES)[1]
    except Rejection as exc:
        return exc.reason
    return article.body, f"{article.headline or ''}\n{article.body}"


def _row(cases: Sequence[Case], texts: Sequence[str]) -> dict[str, float]:
    tallies = [tally(c, t) for c, t in zip(cases, texts, strict=True)]

    def total(parity: int | None) -> Tally:
        picked = (t for i, t in enumerate(tallies) if parity is None or i % 2 == parity)
        return sum(picked, Tally())

    whole = total(None)
    return {
        "precision": whole.precision,
        "recall": whole.recall,
        "f1": whole.f1,
        "accuracy": whole.accuracy,
        "f1_odd": total(1).f1,
        "f1_even": total(0).f1,
    }


def run_snippet_bench(say: Callable[[str], None] = print) -> dict[str, object]:
    configure_parser()  # as the worker's pipeline process does at load time
    pages = load(fetch(say))
    say(f"{len(pages)} pages with their snippets")
    cases = [case for case, _ in pages]
    peer, body, shown, reasons = [], [], [], Counter[str]()
    started = time.perf_counter()
    for i, (case, raw) in enumerate(pages, 1):
        peer.append(peer_extract(raw))
        outcome = _newsflow(case, raw)
        if isinstance(outcome, str):
            reasons[outcome] += 1
            outcome = ("", "")
        body.append(outcome[0])
        shown.append(outcome[1])
        if i % 100 == 0 or i == len(pages):
            say(f"  {i}/{len(pages)} pages, {time.perf_counter() - started:.0f} s")
    lost = [c.url for c, b, p in zip(cases, body, peer, strict=True) if not b and p]
    return {
        "source": f"{MODULE}@{VERSION}",
        "pages": len(pages),
        "snippets": {
            "with": sum(len(c.with_) for c in cases),
            "without": sum(len(c.without) for c in cases),
        },
        "rows": {
            "trafilatura default": _row(cases, peer),
            "newsflow body": _row(cases, body),
            "newsflow headline + body": _row(cases, shown),
        },
        "rejections": dict(sorted(reasons.items())),
        "empty_where_trafilatura_finds_text": lost,
    }


def report(result: dict[str, object], say: Callable[[str], None] = print) -> None:
    say(f"\n{result['source']}: {result['pages']} pages, snippets {result['snippets']}")
    say(f"{'row':<26} {'precision':>9} {'recall':>7} {'F1':>7} {'accuracy':>8} {'odd':>7} "
        f"{'even':>7}")  # fmt: skip
    rows = result["rows"]
    assert isinstance(rows, dict)
    for name, s in rows.items():
        say(
            f"{name:<26} {s['precision']:>9.3f} {s['recall']:>7.3f} {s['f1']:>7.3f}"
            f" {s['accuracy']:>8.3f} {s['f1_odd']:>7.3f} {s['f1_even']:>7.3f}"
        )
    say(f"newsflow rejections: {result['rejections'] or 'none'}")
    lost = result["empty_where_trafilatura_finds_text"]
    say(f"newsflow empty where trafilatura finds text: {lost or 'none'}")


def main() -> None:
    def say(msg: str) -> None:
        print(msg, flush=True)

    result = run_snippet_bench(say)
    report(result, say)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    out = RESULTS / f"snippets-{stamp}.json"
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    say(f"saved {out}")


if __name__ == "__main__":
    main()
