"""Security settings reach the worker and the CLI: a SCRAM listener, right and wrong passwords."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
from aiokafka import AIOKafkaProducer

from devtools import localkafka
from devtools.tls import make_ca
from devtools.worker_process import Topics, WorkerProcess, consume_until

USER = "newsflow-svc"
PASSWORD = f"pw-{uuid.uuid4().hex}"  # unique, so any appearance in a log is ours


@pytest.fixture(scope="module")
def scram_broker() -> Iterator[Any]:
    """A second local broker with a SASL_PLAINTEXT listener; users are created at format time."""
    broker = localkafka.LocalKafka(
        workdir=Path(tempfile.mkdtemp(prefix="newsflow-scram-")),
        sasl_port=localkafka.free_port(),
        scram_users=[localkafka.ScramUser(USER, PASSWORD, "SCRAM-SHA-512")],
    )
    broker.start()
    yield broker
    broker.cleanup()


def sasl_env(bootstrap: str, password: str, mechanism: str = "SCRAM-SHA-512") -> dict[str, str]:
    return {
        "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "NEWSFLOW_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "NEWSFLOW_KAFKA_SASL_MECHANISM": mechanism,
        "NEWSFLOW_KAFKA_SASL_USERNAME": USER,
        "NEWSFLOW_KAFKA_SASL_PASSWORD": password,
    }


@pytest.mark.parametrize(
    ("mechanism", "level"),
    [("SCRAM-SHA-512", "INFO"), ("PLAIN", "DEBUG"), ("SCRAM-SHA-512", "DEBUG")],
)
async def test_worker_processes_through_a_sasl_listener_and_never_logs_the_password(
    scram_broker: Any, tmp_path: Path, example_text: str, mechanism: str, level: str
) -> None:
    """With the right credentials the worker consumes and publishes, and no password reaches
    its log, even at DEBUG, where the Kafka client would log PLAIN's password and the SCRAM
    exchange."""
    topics = Topics()
    worker = WorkerProcess(
        scram_broker.sasl_bootstrap,
        topics,
        tmp_path,
        extra_env={
            **sasl_env(scram_broker.sasl_bootstrap, PASSWORD, mechanism),
            "NEWSFLOW_LOG_LEVEL": level,
        },
    )
    worker.start()
    try:
        worker.wait_ready()
        producer = AIOKafkaProducer(
            bootstrap_servers=scram_broker.sasl_bootstrap,
            security_protocol="SASL_PLAINTEXT",
            sasl_mechanism=mechanism,
            sasl_plain_username=USER,
            sasl_plain_password=PASSWORD,
        )
        await producer.start()
        try:
            await producer.send_and_wait(
                topics.raw, key=b"s1", value=orjson.dumps({"id": "s1", "content": example_text})
            )
        finally:
            await producer.stop()
        # read back through the plaintext listener of the same broker
        events = await consume_until(
            scram_broker.bootstrap,
            [topics.normalized],
            lambda evs: any(e.get("source_id") == "s1" for e in evs),
        )
        assert any(e.get("source_id") == "s1" for e in events)
    finally:
        worker.stop()
    log = worker.log_text()
    assert "starting worker" in log
    assert '"kafka_sasl_password": "**********"' in log
    assert PASSWORD not in log


def cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_right_password_works_and_wrong_password_fails_in_one_clear_line(scram_broker: Any) -> None:
    """`topics create` succeeds with the right password; a wrong one exits 2 naming the cause."""
    topics = Topics()
    right = cli(
        ["topics", "create"], {**sasl_env(scram_broker.sasl_bootstrap, PASSWORD), **topics.env()}
    )
    assert right.returncode == 0, right.stderr
    assert right.stdout.count("created") == 4

    wrong = cli(
        ["topics", "describe"], {**sasl_env(scram_broker.sasl_bootstrap, "wrong"), **topics.env()}
    )
    assert wrong.returncode == 2
    assert "Traceback" not in wrong.stderr
    lines = [line for line in wrong.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, wrong.stderr
    assert "authentication" in lines[0].lower() or "sasl" in lines[0].lower(), lines[0]
    assert "wrong" not in lines[0]  # the rejected password is not echoed either


def test_startup_log_line_redacts_every_secret() -> None:
    """The worker's startup line, captured, shows secrets as stars and never their value."""
    from structlog.testing import capture_logs

    from service.config import Settings
    from service.worker.run import log_startup

    settings = Settings(kafka_sasl_password="hunter2", kafka_ssl_key_password="s3cr3t")
    with capture_logs() as logs:
        log_startup(settings)
    dumped = orjson.dumps(logs, default=str).decode()
    assert "starting worker" in dumped
    assert "hunter2" not in dumped
    assert "s3cr3t" not in dumped
    assert dumped.count("**********") == 2


@pytest.fixture(scope="module")
def tls_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path]]:
    """A third local broker with an SSL listener whose certificate a test CA signed."""
    ca = make_ca(tmp_path_factory.mktemp("tls"))
    broker = localkafka.LocalKafka(
        workdir=Path(tempfile.mkdtemp(prefix="newsflow-tls-")),
        ssl_port=localkafka.free_port(),
        ssl_pem=ca.broker_pem,
    )
    broker.start()
    yield broker, ca.ca_file
    broker.cleanup()


async def test_worker_and_cli_work_through_a_tls_listener(
    tls_broker: tuple[Any, Path], tmp_path: Path, example_text: str
) -> None:
    """The worker and the CLI verify the broker's certificate against NEWSFLOW_KAFKA_SSL_CAFILE
    and work over TLS; without the CA the CLI fails in one line."""
    broker, ca_file = tls_broker
    topics = Topics()
    env = {
        "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS": broker.ssl_bootstrap,
        "NEWSFLOW_KAFKA_SECURITY_PROTOCOL": "SSL",
        "NEWSFLOW_KAFKA_SSL_CAFILE": str(ca_file),
        **topics.env(),
    }
    created = cli(["topics", "create"], env)
    assert created.returncode == 0, created.stderr
    page = tmp_path / "tls-page.txt"
    page.write_text(example_text, encoding="utf-8")
    worker = WorkerProcess(broker.ssl_bootstrap, topics, tmp_path, extra_env=env)
    worker.start()
    try:
        worker.wait_ready()
        produced = cli(["produce", str(page)], env)
        assert produced.returncode == 0, produced.stderr
        tailed = cli(
            ["tail", "-t", "normalized", "--from-beginning", "--json", "--limit", "1"], env
        )
        assert tailed.returncode == 0, tailed.stderr
        (line,) = tailed.stdout.splitlines()
        assert orjson.loads(line)["source_id"] == "tls-page"
    finally:
        worker.stop()
    without_ca = {k: v for k, v in env.items() if k != "NEWSFLOW_KAFKA_SSL_CAFILE"}
    untrusted = cli(["topics", "describe"], without_ca)
    assert untrusted.returncode == 2
    assert len([x for x in untrusted.stderr.splitlines() if x.strip()]) == 1, untrusted.stderr
