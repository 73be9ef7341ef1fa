"""The newsflow pipeline: pure stages, composed here and nowhere else.

For each input record:

1. **decode** (``decode.py``): bytes -> ``RawArticle`` envelope. Size caps come first; a bare
   page is accepted when its content-type header says text/plain, text/html or text/markdown.
2. **clean** (``clean.py``): page text or HTML -> main text blocks. Encoding repaired,
   boilerplate removed and logged with a category, language identified.
3. **parse** (``parse.py``): blocks -> headline, dateline, captions, credits, body paragraphs
   and quotes with speakers.
4. **enrich** (``enrich.py``): the NER model reads headline, captions and body of the whole
   batch at once (``nlp.pipe``); its spans become typed, consolidated, geocoded entities.
5. **build** (``build.py``): events with deterministic ids, serialised once.

Then, where the state lives (the worker's changelog-backed table, or a dict offline):

6. **dedupe** (``service/dedup/link.py``): version, links to earlier copies (exact and near
   duplicates) and the changes against the previous version, from the fingerprints that
   build computed.

``read_article`` is stages 1-3 for one record. ``process_batch`` runs stages 1-5 over a batch,
stage by stage (its machinery is in ``batch.py``), with the ``Resources`` (model, gazetteer)
built once per process by ``resources.load_resources``. Every record gets exactly one
``Outcome``: normalised (plus entity events) or rejected. Any failure becomes a typed
rejection (``errors.to_rejection``); nothing escapes. No Kafka here: the worker and
``newsflow process`` both call ``process_batch``.
"""

from __future__ import annotations

from service.pipeline.compiled import check_fresh

check_fresh()  # before any compiled stage is imported: a stale compiled module is old code

from collections.abc import Callable, Sequence  # noqa: E402
from datetime import datetime  # noqa: E402

from service.pipeline import build  # noqa: E402
from service.pipeline.batch import Batch, Limits, Work  # noqa: E402
from service.pipeline.clean import clean_text, with_language  # noqa: E402
from service.pipeline.decode import decode  # noqa: E402
from service.pipeline.enrich import enrich  # noqa: E402
from service.pipeline.parse import parse  # noqa: E402
from service.pipeline.resources import Resources  # noqa: E402
from service.pipeline.types import Decoded, Enriched, Outcome, ParsedArticle, RecordIn  # noqa: E402

__all__ = ["Limits", "Resources", "process_batch", "read_article"]


def read_article(record: RecordIn, max_content_bytes: int) -> tuple[Decoded, ParsedArticle]:
    """Stages 1-3 for one record: its envelope and its structure. Raises a ``Rejection``."""
    decoded = decode(record, max_content_bytes)
    cleaned = with_language(clean_text(decoded), decoded)
    return decoded, parse(decoded, cleaned)


def process_batch(
    records: Sequence[RecordIn],
    resources: Resources,
    limits: Limits,
    pipeline_version: str,
    now: datetime,
    *,
    on_step: Callable[[], None] = lambda: None,
) -> list[Outcome]:
    """Run the pipeline over a batch; one ``Outcome`` per record, in input order.

    Stage by stage: each stage runs for every record of the batch in a row, so that its
    code and tables (trafilatura's, the language model's, the gazetteer) stay in the CPU
    caches, and the NER model reads all the batch's texts in one ``nlp.pipe``. A record that
    fails a stage leaves the batch with its rejection; the others go on. ``on_step`` is
    called after each record's step (the worker's hang watchdog).
    """
    batch = Batch(records, limits, now, on_step)

    def build_one(w: Work, article: Enriched) -> Outcome:
        return build.normalized(
            w.envelope,
            article,
            w.record,
            now,
            pipeline_version=pipeline_version,
            max_message_bytes=limits.max_message_bytes,
        )

    cleaned = batch.stage("clean", lambda w, d: clean_text(d), batch.decode())
    cleaned = batch.stage("clean", lambda w, c: with_language(c, w.envelope), cleaned)
    parsed = batch.stage("parse", lambda w, c: parse(w.envelope, c), cleaned)
    docs = batch.ner(resources.nlp, parsed)
    enriched = batch.stage("enrich", lambda w, pd: enrich(*pd, resources), docs)
    return batch.done(batch.stage("build", build_one, enriched))
