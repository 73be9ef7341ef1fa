"""Integration fixtures: one real broker per session, real worker processes per scenario."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from devtools.broker import kafka_broker
from devtools.worker_process import Topics, WorkerProcess


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration" in str(item.fspath):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def kafka() -> Iterator[tuple[str, object | None]]:
    """(bootstrap, LocalKafka handle or None): a real broker for the whole session."""
    with kafka_broker() as broker:
        yield broker


@pytest.fixture(scope="session")
def bootstrap(kafka: tuple[str, object | None]) -> str:
    return kafka[0]


@pytest.fixture
def worker_factory(bootstrap: str, tmp_path: Path) -> Iterator[Callable[..., WorkerProcess]]:
    """Start real `newsflow worker` processes; all are stopped at the end of the test."""
    started: list[WorkerProcess] = []

    def start(topics: Topics | None = None, wait: bool = True, **env: str) -> WorkerProcess:
        worker = WorkerProcess(bootstrap, topics or Topics(), tmp_path, extra_env=env)
        worker.start()
        started.append(worker)
        if wait:
            worker.wait_ready()
        return worker

    yield start
    for worker in started:
        worker.stop()


@pytest.fixture(scope="module")
def shared_worker(
    bootstrap: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[WorkerProcess]:
    """One worker on its own topics, shared by the tests of a module."""
    worker = WorkerProcess(bootstrap, Topics(), tmp_path_factory.mktemp("worker"))
    worker.start()
    worker.wait_ready()
    yield worker
    worker.stop()
