"""A ready-to-run pipeline: settings turned into limits, the resources loaded once."""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from service import __version__
from service.config import Settings
from service.pipeline import Limits, Resources, process_batch
from service.pipeline.dead_letter import REDACTED_HEADERS
from service.pipeline.resources import load_resources
from service.pipeline.types import Outcome, RecordIn


def limits_of(settings: Settings) -> Limits:
    return Limits(
        max_content_bytes=settings.max_content_bytes,
        max_processing_seconds=settings.max_processing_seconds,
        dlq_max_payload_bytes=settings.dlq_max_payload_bytes,
        max_message_bytes=settings.max_message_bytes,
        redact_headers=REDACTED_HEADERS | settings.redacted_headers(),
    )


class Processor:
    """The pipeline with its resources and limits. One per process (``Processor.load``)."""

    def __init__(self, settings: Settings, resources: Resources) -> None:
        self.settings = settings
        self.limits = limits_of(settings)
        self.resources = resources
        self.pipeline_version = f"newsflow-{__version__}+{resources.model_version}"

    @classmethod
    def load(cls, settings: Settings) -> Processor:
        """Load the resources and settle the process around them.

        The model and the gazetteer are half a million objects that live as long as the
        process. Frozen, they leave the collector's generations: a full collection no longer
        walks them (it took 0.17 s each, every thousand or so articles).
        """
        processor = cls(settings, load_resources(settings.ner_model))
        gc.collect()
        gc.freeze()
        return processor

    def process(
        self,
        records: Sequence[RecordIn],
        now: datetime | None = None,
        on_step: Callable[[], None] = lambda: None,
    ) -> list[Outcome]:
        return process_batch(
            records,
            self.resources,
            self.limits,
            self.pipeline_version,
            now or datetime.now(UTC),
            on_step=on_step,
        )
