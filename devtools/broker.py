"""Where the integration tests get a real Kafka broker from.

1. ``NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS`` when it is set (an existing broker);
2. else a testcontainers Kafka when a Docker engine answers;
3. else the project's own local broker (``localkafka``: Maven Central jars, KRaft).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from devtools.localkafka import LocalKafka


def docker_answers() -> bool:
    try:
        import docker

        docker.from_env(timeout=3).ping()
    except Exception:  # noqa: BLE001 - any failure means: no usable engine
        return False
    return True


@contextmanager
def kafka_broker() -> Iterator[tuple[str, object | None]]:
    """Yield (bootstrap, handle). The handle is a LocalKafka when we started one ourselves."""
    configured = os.environ.get("NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield configured, None
        return
    if docker_answers():
        from testcontainers.community.kafka import KafkaContainer

        with KafkaContainer().with_kraft() as container:
            yield container.get_bootstrap_server(), None
        return
    broker = LocalKafka(workdir=Path(tempfile.mkdtemp(prefix="newsflow-test-kafka-")))
    broker.start()
    try:
        yield broker.bootstrap, broker
    finally:
        broker.cleanup()
