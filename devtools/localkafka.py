#!/usr/bin/env python3
"""A real single-node Apache Kafka broker (KRaft, combined mode) without Docker.

The jars come from Maven Central through ``deploy/local-kafka/pom.xml`` and are cached outside
git (``$NEWSFLOW_KAFKA_CACHE``, default ``~/.cache/newsflow/kafka-<version>``). The broker
listens on 127.0.0.1 only, on free ports, so two runs on one machine never collide, and it
stops by itself when the process that started it dies (``_GUARD``), except for ``up``, whose
broker is meant to outlive the command.

Standard library only: the test fixtures import it, and ``make kafka-up`` runs it before
any virtualenv exists.

    python -m devtools.localkafka up      # start, wait until ready, print bootstrap
    python -m devtools.localkafka status  # print bootstrap if running
    python -m devtools.localkafka down    # stop and remove the data
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POM = ROOT / "deploy" / "local-kafka" / "pom.xml"
KAFKA_VERSION = "4.0.2"
READY_LINE = "Kafka Server started"
DEFAULT_STATE_DIR = ROOT / ".kafka"


def cache_dir() -> Path:
    default = Path.home() / ".cache" / "newsflow" / f"kafka-{KAFKA_VERSION}"
    return Path(os.environ.get("NEWSFLOW_KAFKA_CACHE", default))


def _log(msg: str) -> None:
    print(f"[local-kafka] {msg}", file=sys.stderr, flush=True)


def resolve_jars() -> Path:
    """Return the folder of broker jars, resolving them with Maven when the cache is missing."""
    libs = cache_dir() / "libs"
    marker = libs / ".complete"
    if marker.exists():
        return libs
    if shutil.which("mvn") is None:
        raise RuntimeError("Maven (mvn) is needed to resolve the Kafka jars; install it first")
    _log(f"resolving Apache Kafka {KAFKA_VERSION} jars from Maven Central into {libs} ...")
    libs.mkdir(parents=True, exist_ok=True)
    cmd = [
        "mvn", "-q", "-B", "-f", str(POM), "dependency:copy-dependencies",
        "-DincludeScope=runtime", f"-DoutputDirectory={libs}",
    ]  # fmt: skip
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"mvn failed to resolve Kafka jars:\n{proc.stdout}\n{proc.stderr}")
    if not any(libs.glob("kafka_2.13-*.jar")):
        raise RuntimeError(f"mvn finished but no kafka_2.13 jar is in {libs}")
    marker.write_text(KAFKA_VERSION)
    _log(f"resolved {len(list(libs.glob('*.jar')))} jars")
    return libs


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class ScramUser:
    name: str
    password: str
    mechanism: str = "SCRAM-SHA-512"


# The guard of a broker (or a test worker): polls its caller once a second and, when the
# caller is gone while the child still runs, stops the child (SIGTERM to its session, SIGKILL
# after 20 s). It exits when the child does. Standard library only, run as ``python -c``.
_GUARD = """
import os, signal, sys, time
caller, broker = int(sys.argv[1]), int(sys.argv[2])
def alive(pid):
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True
while alive(caller) and alive(broker):
    time.sleep(1)
for sig, grace in ((signal.SIGTERM, 20), (signal.SIGKILL, 0)):
    if not alive(broker):
        break
    try:
        os.killpg(broker, sig)
    except OSError:
        break
    deadline = time.monotonic() + grace
    while alive(broker) and time.monotonic() < deadline:
        time.sleep(0.2)
"""


def start_guard(child: int) -> subprocess.Popen[bytes]:
    """A guard that stops ``child`` (the leader of a session of its own) when this process
    dies without stopping it; it exits when the child does."""
    return subprocess.Popen(
        [sys.executable, "-c", _GUARD, str(os.getpid()), str(child)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip


@dataclass
class LocalKafka:
    """One broker process. ``start`` formats on first use; ``kill`` + ``start`` restarts it."""

    workdir: Path
    port: int = field(default_factory=free_port)
    controller_port: int = field(default_factory=free_port)
    sasl_port: int | None = None
    scram_users: list[ScramUser] = field(default_factory=list)
    ssl_port: int | None = None
    ssl_pem: Path | None = None  # the broker's key and certificate chain (devtools.tls)
    heap: str = "512m"
    # ``make kafka-up`` starts a broker that outlives the command; every other caller (test
    # fixtures, the bench, the demo) gets a guard that stops the broker when the caller dies
    # without stopping it (a killed test run, a CI timeout).
    outlive_caller: bool = False
    proc: subprocess.Popen[bytes] | None = None
    guard: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def sasl_bootstrap(self) -> str | None:
        return f"127.0.0.1:{self.sasl_port}" if self.sasl_port else None

    @property
    def ssl_bootstrap(self) -> str | None:
        return f"127.0.0.1:{self.ssl_port}" if self.ssl_port else None

    @property
    def log_file(self) -> Path:
        return self.workdir / "broker.log"

    @property
    def data_dir(self) -> Path:
        return self.workdir / "data"

    def _properties(self) -> str:
        listeners = [
            f"PLAINTEXT://127.0.0.1:{self.port}",
            f"CONTROLLER://127.0.0.1:{self.controller_port}",
        ]
        advertised = [f"PLAINTEXT://127.0.0.1:{self.port}"]
        protocol_map = ["CONTROLLER:PLAINTEXT", "PLAINTEXT:PLAINTEXT"]
        extra: list[str] = []
        if self.sasl_port:
            listeners.append(f"SASL_PLAINTEXT://127.0.0.1:{self.sasl_port}")
            advertised.append(f"SASL_PLAINTEXT://127.0.0.1:{self.sasl_port}")
            protocol_map.append("SASL_PLAINTEXT:SASL_PLAINTEXT")
            plain_users = " ".join(f'user_{u.name}="{u.password}"' for u in self.scram_users)
            extra += [
                "sasl.enabled.mechanisms=PLAIN,SCRAM-SHA-256,SCRAM-SHA-512",
                "listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config="
                "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config="
                "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                # the same users with PLAIN, whose password crosses the wire as is
                "listener.name.sasl_plaintext.plain.sasl.jaas.config="
                f"org.apache.kafka.common.security.plain.PlainLoginModule required {plain_users};",
            ]
        if self.ssl_port and self.ssl_pem:
            listeners.append(f"SSL://127.0.0.1:{self.ssl_port}")
            advertised.append(f"SSL://127.0.0.1:{self.ssl_port}")
            protocol_map.append("SSL:SSL")
            extra += ["ssl.keystore.type=PEM", f"ssl.keystore.location={self.ssl_pem}"]
        lines = [
            "process.roles=broker,controller",
            "node.id=1",
            f"controller.quorum.voters=1@127.0.0.1:{self.controller_port}",
            f"listeners={','.join(listeners)}",
            f"advertised.listeners={','.join(advertised)}",
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            f"listener.security.protocol.map={','.join(protocol_map)}",
            f"log.dirs={self.data_dir}",
            "num.partitions=1",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=10",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "group.initial.rebalance.delay.ms=0",
            "num.network.threads=2",
            "num.io.threads=2",
            # like production: topics are created on purpose, and Kafka's default record
            # size limit (message.max.bytes, 1 MB) holds; a test that needs more sets
            # max.message.bytes on its own topic
            "auto.create.topics.enable=false",
            *extra,
        ]
        return "\n".join(lines) + "\n"

    def _java(self, *args: str, libs: Path) -> list[str]:
        return ["java", "-cp", f"{libs}/*", *args]

    def format(self, libs: Path) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        props = self.workdir / "server.properties"
        props.write_text(self._properties())
        if (self.data_dir / "meta.properties").exists():
            return
        cluster_id = subprocess.run(
            self._java("kafka.tools.StorageTool", "random-uuid", libs=libs),
            capture_output=True, text=True, check=True,
        ).stdout.strip().splitlines()[-1]  # fmt: skip
        cmd = self._java(
            "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(props),
            "--ignore-formatted", libs=libs,
        )  # fmt: skip
        for user in self.scram_users:
            cmd += ["--add-scram", f"{user.mechanism}=[name={user.name},password={user.password}]"]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise RuntimeError(f"kafka storage format failed:\n{proc.stdout}\n{proc.stderr}")

    def start(self, timeout: float = 120.0) -> None:
        """Start the broker (formatting first if needed) and wait until it is ready."""
        libs = resolve_jars()
        self.format(libs)
        offset = self.log_file.stat().st_size if self.log_file.exists() else 0
        log = open(self.log_file, "ab")  # noqa: SIM115 - handed to the child process
        cmd = [
            "java", f"-Xms{self.heap}", "-Xmx1g", "-XX:+UseG1GC",
            f"-Dkafka.logs.dir={self.workdir}",
            "-cp", f"{libs}/*", "kafka.Kafka", str(self.workdir / "server.properties"),
        ]  # fmt: skip
        self.proc = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        log.close()
        if not self.outlive_caller:
            self.guard = start_guard(self.proc.pid)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"kafka exited with {self.proc.returncode}:\n{self._tail()}")
            with open(self.log_file, "rb") as fh:
                fh.seek(offset)
                if READY_LINE.encode() in fh.read():
                    return
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"kafka did not become ready in {timeout:.0f}s:\n{self._tail()}")

    def _tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"

    def kill(self) -> None:
        """SIGKILL the broker, keeping its data: for fault tests."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def stop(self, grace: float = 20.0) -> None:
        """SIGTERM, then SIGKILL after ``grace`` seconds."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)


# --- the `up` / `down` / `status` commands, with state kept in a small folder -----------------


def _state_file(state_dir: Path) -> Path:
    return state_dir / "state.json"


def _read_state(state_dir: Path) -> dict[str, object] | None:
    try:
        return dict(json.loads(_state_file(state_dir).read_text()))
    except (OSError, ValueError):
        return None


def alive(pid: int) -> bool:
    """Whether a process with this pid exists (a zombie counts until it is reaped)."""
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def cmd_up(state_dir: Path) -> int:
    state = _read_state(state_dir)
    if state and alive(int(str(state["pid"]))):
        print(state["bootstrap"])
        return 0
    workdir = Path(tempfile.mkdtemp(prefix="newsflow-kafka-"))
    broker = LocalKafka(workdir=workdir, outlive_caller=True)
    _log(f"starting broker in {workdir} ...")
    broker.start()
    assert broker.proc is not None
    state_dir.mkdir(parents=True, exist_ok=True)
    _state_file(state_dir).write_text(
        json.dumps({"pid": broker.proc.pid, "bootstrap": broker.bootstrap, "workdir": str(workdir)})
    )
    _log(f"ready on {broker.bootstrap} (pid {broker.proc.pid}, log {broker.log_file})")
    print(broker.bootstrap)
    return 0


def cmd_down(state_dir: Path) -> int:
    state = _read_state(state_dir)
    if not state:
        _log("no local broker is recorded; nothing to stop")
        return 0
    pid = int(str(state["pid"]))
    if alive(pid):
        os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + 20
        while alive(pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        if alive(pid):
            os.killpg(pid, signal.SIGKILL)
    shutil.rmtree(str(state["workdir"]), ignore_errors=True)
    _state_file(state_dir).unlink(missing_ok=True)
    _log(f"stopped broker pid {pid}")
    return 0


def cmd_status(state_dir: Path) -> int:
    state = _read_state(state_dir)
    if state and alive(int(str(state["pid"]))):
        print(state["bootstrap"])
        return 0
    _log("no local broker running")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("command", choices=["up", "down", "status", "resolve"])
    parser.add_argument("--state-dir", type=Path, default=DEFAULT_STATE_DIR)
    args = parser.parse_args(argv)
    if args.command == "resolve":
        print(resolve_jars(), file=sys.stderr)
        return 0
    # `up` runs the broker detached, so it outlives this command until `down`.
    return {"up": cmd_up, "down": cmd_down, "status": cmd_status}[args.command](args.state_dir)


if __name__ == "__main__":
    sys.exit(main())
