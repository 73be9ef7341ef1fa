"""Generated hostile records against a live worker: whatever the bytes, headers and keys,
every record gets exactly one outcome, the next normal record flows, and the worker holds.
Bounded: a few rounds of a few records each."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from devtools.worker_process import Topics, WorkerProcess, consume_until, produce
from tests.integration.streams import article
from tests.integration.test_pipeline_process import status

Record = tuple[bytes | None, bytes | None, list[tuple[str, bytes]]]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()  # beyond 64 bits too: producers written in other languages send them
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)
texts = st.text(max_size=3000) | st.binary(max_size=3000).map(lambda b: b.decode("latin-1"))
envelopes = st.fixed_dictionaries(
    {"content": texts | json_values},
    optional={
        "content_type": st.sampled_from(["text/plain", "text/html", "application/pdf", "x/y", ""]),
        "title": st.text(max_size=200) | json_values,
        "url": st.text(max_size=300),
        "metadata": json_values,
        "published_at": st.text(max_size=30) | st.integers(),
        "language": st.text(max_size=10),
        "content_encoding": st.sampled_from(["base64", "gzip", ""]),
        "charset": st.sampled_from(["utf-8", "shift_jis", "nonsense", ""]),
    },
)
headers = st.lists(
    st.tuples(
        st.sampled_from(["content-type", "authorization", "id", "x-trace"]) | st.text(max_size=20),
        st.binary(max_size=200),
    ),
    max_size=6,
)


def _json(value: Any) -> bytes:
    """Valid JSON of any generated value: the standard library writes integers of any size
    (orjson refuses those beyond 64 bits)."""
    return json.dumps(value, allow_nan=False).encode()


@st.composite
def records(draw: Any, n: int) -> Record:
    """A hostile record; those that could become an article carry an id we can find."""
    ident = f"fuzz-{n}"
    kind = draw(st.sampled_from(["envelope", "bare", "bytes", "json"]))
    head = [h for h in draw(headers) if h[0].lower() != "id"]
    key = draw(st.none() | st.binary(max_size=300))
    if kind == "envelope":
        value = _json({**draw(envelopes), "id": ident})
    elif kind == "bare":
        head = [("content-type", draw(st.sampled_from([b"text/plain", b"text/html"])))]
        head.append(("id", ident.encode()))
        value = draw(st.binary(max_size=4000))
    elif kind == "bytes":
        value = draw(st.binary(max_size=4000))
    else:
        value = _json(draw(json_values))
    return key, value, head


@pytest.fixture(scope="module")
def fuzz_worker(
    bootstrap: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WorkerProcess]:
    worker = WorkerProcess(bootstrap, Topics(), tmp_path_factory.mktemp("fuzz"))
    worker.start()
    worker.wait_ready()
    yield worker
    worker.stop()


async def check_round(worker: WorkerProcess, bootstrap: str, batch: list[Record]) -> None:
    topics = worker.topics
    assert worker.proc is not None
    pid = worker.proc.pid
    positions = await produce(bootstrap, topics.raw, batch, compression="gzip")
    ids = {pos: f"fuzz-{i}" for i, pos in enumerate(positions)}
    normal = f"normal-{uuid.uuid4().hex[:8]}"

    def found(events: list[dict[str, Any]]) -> dict[tuple[int, int], set[str]]:
        by_pos: dict[tuple[int, int], set[str]] = {pos: set() for pos in ids}
        by_id = {ident: pos for pos, ident in ids.items()}
        for event in events:
            if event.get("event_type") == "article.rejected":
                origin = event["origin"]
                pos = (origin["partition"], origin["offset"])
                if origin["topic"] == topics.raw and pos in by_pos:
                    by_pos[pos].add(event["event_id"])
            elif event.get("source_id") in by_id:
                by_pos[by_id[event["source_id"]]].add(event["event_id"])
        return by_pos

    events = await consume_until(
        bootstrap,
        [topics.normalized, topics.rejected],
        lambda evs: all(found(evs).values()),
        within_s=120,
    )
    outcomes = found(events)
    assert all(len(v) == 1 for v in outcomes.values()), {
        p: v for p, v in outcomes.items() if len(v) != 1
    }
    await produce(bootstrap, topics.raw, [(normal.encode(), article(1, normal), None)])
    after = await consume_until(
        bootstrap,
        [topics.normalized],
        lambda evs: any(str(e.get("source_id")).startswith(normal) for e in evs),
        within_s=60,
    )
    assert any(str(e.get("source_id")).startswith(normal) for e in after)
    assert worker.proc.poll() is None
    assert worker.proc.pid == pid
    code, _ = status(worker, "/health")
    assert code == 200


@settings(
    max_examples=4,
    deadline=None,
    phases=[Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_generated_hostile_records_each_get_one_outcome(
    fuzz_worker: WorkerProcess, bootstrap: str, data: st.DataObject
) -> None:
    """Envelopes with wrong types and nested junk, bare pages of random bytes, random JSON
    and binary values, odd headers and keys: one outcome each, and the worker goes on."""
    batch = [data.draw(records(n)) for n in range(12)]
    asyncio.run(check_round(fuzz_worker, bootstrap, batch))
