"""The alert rules (deploy/prometheus/alerts.yml) agree with the worker and the runbook.

promtool checks their syntax and runs their unit tests (alerts.test.yml) in `make test`;
these tests need no promtool: the metrics they query exist, and the runbook explains each.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from faust.sensors.prometheus import FaustMetrics

from service.worker.metrics import Metrics, worker_registry

ROOT = Path(__file__).resolve().parents[2]
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yml"
ALERT_TESTS = ROOT / "deploy" / "prometheus" / "alerts.test.yml"
OPERATIONS = ROOT / "docs" / "operations.md"

# Metric names in PromQL: `rate(newsflow_stage_seconds_bucket{stage="x"}[5m])` -> the name;
# label names (`stage`), functions (`histogram_quantile`) and values never have these prefixes.
WORKER_METRIC = re.compile(r"\b(?:newsflow|faust|process|python)_\w+")
# kube-state-metrics' names, which the Kubernetes group reads: `kube_pod_...{` -> the name.
KUBE_METRIC = re.compile(r"\bkube_\w+")
KUBE_STATE_METRICS = {
    "kube_deployment_status_replicas_unavailable",
    "kube_pod_container_status_restarts_total",
    "kube_pod_container_status_last_terminated_reason",
}
# A markdown heading: `### Consumer lag keeps growing` -> "Consumer lag keeps growing".
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.MULTILINE)


def _rules() -> list[dict[str, Any]]:
    groups = yaml.safe_load(ALERTS.read_text(encoding="utf-8"))["groups"]
    return [rule for group in groups for rule in group["rules"]]


def _exported() -> set[str]:
    """Every sample name the worker's /metrics serves (its registry, as create_app builds it)."""
    registry = worker_registry()
    Metrics(registry)
    FaustMetrics.create(registry, "faust")
    suffixes = {
        "counter": ("_total", "_created"),
        "histogram": ("_bucket", "_sum", "_count", "_created"),
        "gauge": ("",),
        "info": ("_info",),
    }
    return {f.name + suffix for f in registry.collect() for suffix in suffixes[f.type]}


def _anchor(heading: str) -> str:
    """GitHub's anchor of a heading: `Pods OOMKilled` -> `pods-oomkilled`."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


ALERT_NAMES = [rule["alert"] for rule in _rules()]


def test_rules_file_has_alerts_with_unique_names() -> None:
    """alerts.yml parses, holds only alerting rules, and no two share a name."""
    assert len(ALERT_NAMES) >= 10
    assert len(set(ALERT_NAMES)) == len(ALERT_NAMES)
    assert all(name.startswith("Newsflow") for name in ALERT_NAMES)


def test_alerts_query_only_metrics_the_worker_exports() -> None:
    """Every worker metric an expression names is served on /metrics; the others are the
    listed kube-state-metrics series."""
    exported = _exported()
    for rule in _rules():
        expr = rule["expr"]
        unknown = set(WORKER_METRIC.findall(expr)) - exported
        assert not unknown, f"{rule['alert']} queries {unknown}"
        assert set(KUBE_METRIC.findall(expr)) <= KUBE_STATE_METRICS, rule["alert"]


def test_the_nothing_processed_alert_fires_without_any_worker() -> None:
    """NewsflowNothingProcessed asks for a series only live workers export to be absent, so a
    dead fleet alerts (alerts.test.yml proves it with promtool)."""
    (rule,) = [r for r in _rules() if r["alert"] == "NewsflowNothingProcessed"]
    assert "absent(newsflow_build_info)" in rule["expr"]
    assert "newsflow_build_info" in _exported()


@pytest.mark.parametrize("name", ALERT_NAMES)
def test_each_alert_has_a_severity_a_summary_and_a_runbook_section(name: str) -> None:
    """Each alert says how bad it is, what happened, and links a heading of the runbook that
    names it."""
    (rule,) = [r for r in _rules() if r["alert"] == name]
    assert rule["labels"]["severity"] in {"warning", "critical"}
    assert rule["annotations"]["summary"]
    doc, _, anchor = rule["annotations"]["runbook"].partition("#")
    assert doc == "docs/operations.md"
    text = OPERATIONS.read_text(encoding="utf-8")
    headings = {_anchor(h): h for h in HEADING.findall(text)}
    assert anchor in headings, f"no heading for #{anchor} in docs/operations.md"
    section = text.split(headings[anchor], 1)[1].split("\n#", 1)[0]
    assert f"`{name}`" in section, f"the runbook section of #{anchor} does not name {name}"


def test_every_alert_has_a_promtool_test() -> None:
    """alerts.test.yml evaluates every alert at least once."""
    tests = yaml.safe_load(ALERT_TESTS.read_text(encoding="utf-8"))
    assert tests["rule_files"] == ["alerts.yml"]
    tested = {
        case["alertname"] for test in tests["tests"] for case in test.get("alert_rule_test", [])
    }
    assert set(ALERT_NAMES) <= tested
    firing = {
        case["alertname"]
        for test in tests["tests"]
        for case in test.get("alert_rule_test", [])
        if case.get("exp_alerts")
    }
    assert set(ALERT_NAMES) <= firing, "each alert is shown to fire at least once"
