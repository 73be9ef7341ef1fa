"""A ready-to-run pipeline: settings turned into limits, the NER model loaded once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from spacy.language import Language

from service import __version__
from service.config import Settings
from service.pipeline import Limits, process_batch
from service.pipeline.ner import load_model, model_version
from service.pipeline.types import Outcome, RecordIn


class Processor:
    """Holds what the pipeline needs across messages. One per process."""

    def __init__(self, settings: Settings) -> None:
        self.limits = Limits(
            max_content_bytes=settings.max_content_bytes,
            max_processing_seconds=settings.max_processing_seconds,
            dlq_max_payload_bytes=settings.dlq_max_payload_bytes,
            max_message_bytes=settings.max_message_bytes,
        )
        self.settings = settings
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model(self.settings.ner_model)
        return self._nlp

    @property
    def pipeline_version(self) -> str:
        return f"newsflow-{__version__}+{model_version(self.nlp)}"

    def process(self, records: Sequence[RecordIn], now: datetime | None = None) -> list[Outcome]:
        return process_batch(
            records, self.nlp, self.limits, self.pipeline_version, now or datetime.now(UTC)
        )
