"""Check texts.jsonl (or any file in the gum-entities format) and print its counts.

Checks, per line: valid JSON with the required fields and types; paragraphs split by one blank
line; every mention has a known type, ``text[start:end] == mention["text"]``, no surrounding
blanks; mentions in text order (start, then longest first); non-nested mentions do not overlap;
every nested mention lies inside a non-nested one; doc ids unique. Exit status 1 on any error.

Standalone: the standard library only.

Run: python validate.py [texts.jsonl]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = {"PERSON", "ORGANIZATION", "LOCATION", "NATIONALITY"}
SCORED = ("PERSON", "ORGANIZATION", "LOCATION")
DOC_FIELDS = {
    "doc_id": str,
    "genre": str,
    "subgenre": str,
    "source_license": str,
    "title": str,
    "author": str,
    "source_url": (str, type(None)),
    "text": str,
    "entities": list,
}
MENTION_FIELDS = {
    "type": str,
    "text": str,
    "start": int,
    "end": int,
    "nested": bool,
    "wikipedia": (str, type(None)),
    "wikidata": (str, type(None)),
}


def check_fields(record: dict, fields: dict) -> list[str]:
    """The names of missing or mistyped fields (an int field must not be a bool)."""
    bad = []
    for field, kind in fields.items():
        value = record.get(field, ...)
        if value is ... or not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            bad.append(field)
    return bad


def check_mention(text: str, m: dict) -> list[str]:
    errors = []
    if m["type"] not in TYPES:
        errors.append(f"unknown type {m['type']!r}")
    if not 0 <= m["start"] < m["end"] <= len(text):
        return [*errors, f"offsets {m['start']}-{m['end']} out of range"]
    found = text[m["start"] : m["end"]]
    if found != m["text"]:
        errors.append(f"text[{m['start']}:{m['end']}] = {found!r} != {m['text']!r}")
    if m["text"] != m["text"].strip():
        errors.append(f"{m['text']!r} has surrounding blanks")
    return errors


def check_doc(doc: dict) -> list[str]:
    bad = check_fields(doc, DOC_FIELDS)
    if bad:
        return [f"missing or mistyped field(s) {bad}"]
    errors = []
    text = doc["text"]
    if "\n\n\n" in text or text != text.strip():
        errors.append("text has surrounding blanks or more than one blank line between paragraphs")
    if any("\n" in p for p in text.split("\n\n")):
        errors.append("a paragraph contains a single newline")
    if not text.startswith(doc["title"]):
        errors.append("text does not start with the title")
    previous = None
    outer: list[tuple[int, int]] = []
    for i, m in enumerate(doc["entities"]):
        bad = check_fields(m, MENTION_FIELDS) if isinstance(m, dict) else ["all"]
        if bad:
            errors.append(f"mention {i}: missing or mistyped {bad}")
            continue
        problems = check_mention(text, m)
        key = (m["start"], -m["end"])
        if previous is not None and key < previous:
            problems.append(f"{m['text']!r} out of text order")
        previous = key
        span = (m["start"], m["end"])
        if not m["nested"]:
            if outer and span[0] < outer[-1][1]:
                problems.append(f"{m['text']!r} overlaps a non-nested mention")
            outer.append(span)
        elif not any(s <= span[0] and span[1] <= e for s, e in outer):
            problems.append(f"nested {m['text']!r} is not inside a non-nested mention")
        errors += [f"mention {i}: {p}" for p in problems]
    return errors


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "texts.jsonl"
    errors: list[str] = []
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            errors.append(f"line {n}: empty line")
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: invalid JSON ({exc})")
            continue
        if not isinstance(doc, dict):
            errors.append(f"line {n}: not an object")
            continue
        errors += [f"line {n} ({doc.get('doc_id')}): {e}" for e in check_doc(doc)]
        docs.append(doc)
    ids = Counter(d.get("doc_id") for d in docs)
    errors += [f"doc_id {i!r} used {c} times" for i, c in ids.items() if c > 1]

    groups = Counter()
    words = Counter()
    mentions: dict[str, Counter] = {}
    for doc in docs:
        for key in ("all", doc.get("genre"), f"{doc.get('genre')}/{doc.get('subgenre')}"):
            groups[key] += 1
            words[key] += len(doc.get("text", "").split())
            tally = mentions.setdefault(key, Counter())
            for m in doc.get("entities", []):
                tally["nested" if m.get("nested") else m.get("type")] += 1
    genres = sorted(k for k in groups if k != "all" and "/" not in k)
    order = ["all", *genres, *sorted(k for k in groups if "/" in k)]
    print(f"{path}: {len(docs)} documents")
    print("| rows | docs | words | PERSON | ORGANIZATION | LOCATION | NATIONALITY | nested |")
    print("|---|---|---|---|---|---|---|---|")
    for key in order:
        t = mentions[key]
        print(
            f"| {key} | {groups[key]} | {words[key]:,} | "
            + " | ".join(f"{t[x]:,}" for x in (*SCORED, "NATIONALITY", "nested"))
            + " |"
        )
    if errors:
        print(f"\n{len(errors)} error(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
