"""Deployment manifests (k8s, compose, Dockerfile, Prometheus, Grafana) agree with the code.

No cluster and no Docker engine here: each test parses a manifest and checks it against
what the worker really does (settings, served paths, metric names, the image's user).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from faust.sensors.prometheus import FaustMetrics
from prometheus_client import CollectorRegistry

from devtools import manifests
from service.config import Settings
from service.worker.metrics import Metrics, worker_registry

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
DOCKERFILE = ROOT / "deploy" / "Dockerfile"
COMPOSE = ROOT / "docker-compose.yml"
PROMETHEUS = ROOT / "deploy" / "prometheus" / "prometheus.yml"
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yml"
DASHBOARD = ROOT / "deploy" / "grafana" / "newsflow-dashboard.json"
SETTINGS = Settings()

# A NEWSFLOW_* variable name: matches `NEWSFLOW_WEB_PORT=6066`, not `newsflow_messages_total`.
ENV_NAME = re.compile(r"\bNEWSFLOW_[A-Z0-9_]+\b")
# `@app.page("/ready")` -> "/ready"; the pages the worker registers itself.
PAGE = re.compile(r"""@app\.page\(\s*["']([^"']+)["']""")
# Metric names in PromQL: `rate(newsflow_stage_seconds_bucket{...}[5m])` -> the name;
# label names, label values and `$__rate_interval` never start with these prefixes.
METRIC = re.compile(r"\b(?:newsflow|faust)_\w+")


def _docs(path: Path) -> list[dict[str, Any]]:
    """Every non-empty YAML document of a file."""
    return [d for d in yaml.safe_load_all(path.read_text(encoding="utf-8")) if d]


def _kustomization() -> dict[str, Any]:
    return _docs(K8S / "kustomization.yaml")[0]


def _resources() -> Iterator[dict[str, Any]]:
    """The objects the kustomize base renders (its listed resource files)."""
    for name in _kustomization()["resources"]:
        yield from _docs(K8S / name)


def _one(kind: str) -> dict[str, Any]:
    found = [r for r in _resources() if r["kind"] == kind]
    assert len(found) == 1, f"expected one {kind}, found {len(found)}"
    return found[0]


def _container() -> dict[str, Any]:
    containers = _one("Deployment")["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    return containers[0]


def _dockerfile_uid() -> int:
    users = re.findall(r"^USER\s+(\S+)", DOCKERFILE.read_text(), flags=re.MULTILINE)
    assert users, "the Dockerfile sets no USER"
    return int(users[-1].split(":")[0])  # USER uid or uid:gid


def _served_paths() -> set[str]:
    """Paths the worker serves: its own pages, plus Faust's Prometheus sensor at /metrics."""
    paths: set[str] = {"/metrics"}
    for module in ("worker/web.py", "app.py"):
        paths |= set(PAGE.findall((ROOT / "service" / module).read_text()))
    return paths


def _exported_metric_names() -> set[str]:
    """Sample names /metrics exposes: the worker's registry (process_*, python_*), newsflow's
    collectors and Faust's `faust_` sensors."""
    registry = worker_registry()
    Metrics(registry)
    FaustMetrics.create(registry, "faust")  # the worker's name_prefix
    suffixes = {
        "counter": ("_total", "_created"),
        "histogram": ("_bucket", "_sum", "_count", "_created"),
        "gauge": ("",),
    }
    return {
        family.name + suffix for family in registry.collect() for suffix in suffixes[family.type]
    }


def _dashboard_exprs() -> list[str]:
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    exprs: list[str] = []

    def walk(panels: list[dict[str, Any]]) -> None:
        for panel in panels:
            exprs.extend(t["expr"] for t in panel.get("targets", []) if t.get("expr"))
            walk(panel.get("panels", []))

    walk(dashboard["panels"])
    return exprs


# --- every file parses --------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        *sorted(K8S.glob("*.yaml")),
        COMPOSE,
        PROMETHEUS,
        ALERTS,
        ALERTS.with_name("alerts.test.yml"),
        *sorted(ROOT.glob("deploy/grafana/**/*.yaml")),
    ],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_yaml_manifest_loads(path: Path) -> None:
    """Each YAML manifest parses, every document of it, and none is empty."""
    assert _docs(path)


def test_dashboard_is_valid_json_with_panels() -> None:
    """The Grafana dashboard parses as JSON, has a stable uid and queries in its panels."""
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    assert dashboard["uid"] == "newsflow"
    assert len(_dashboard_exprs()) >= 10


# --- kustomize base -----------------------------------------------------------------------


def test_kustomization_lists_only_existing_files() -> None:
    """Every resource of the kustomization is a file beside it."""
    missing = [name for name in _kustomization()["resources"] if not (K8S / name).is_file()]
    assert missing == []


def test_kustomization_renders_the_expected_kinds() -> None:
    """The base holds the worker, its settings, Service, disruption budget, autoscaler,
    network policy and alert rules."""
    kinds = sorted(r["kind"] for r in _resources())
    assert kinds == sorted(
        [
            "ConfigMap",
            "Deployment",
            "NetworkPolicy",
            "PodDisruptionBudget",
            "PrometheusRule",
            "ScaledObject",
            "Service",
        ]
    )


def test_kustomization_ships_no_secret() -> None:
    """No Secret with values is part of the base; the examples stay out of the kustomization."""
    assert all(r["kind"] != "Secret" for r in _resources())
    assert not [name for name in _kustomization()["resources"] if ".example." in name]


def test_deployment_image_matches_compose_tag_and_project_version() -> None:
    """The Deployment runs the image compose builds: newsflow:<pyproject version>."""
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    compose = _docs(COMPOSE)[0]
    assert compose["services"]["worker"]["image"] == f"newsflow:{version}"
    assert _container()["image"] == f"newsflow:{version}"
    images = {i["name"]: i for i in _kustomization().get("images", [])}
    assert images["newsflow"]["newTag"] == version


def test_deployment_runs_the_worker_command() -> None:
    """The container passes `worker` to the image's `newsflow` entrypoint."""
    assert re.search(r'^ENTRYPOINT \["newsflow"\]', DOCKERFILE.read_text(), re.MULTILINE)
    assert _container()["args"] == ["worker"]


def test_probes_hit_paths_the_worker_serves() -> None:
    """Liveness is /health, readiness is /ready, and both are pages the worker registers."""
    container = _container()
    served = _served_paths()
    assert {"/health", "/ready"} <= served
    assert container["livenessProbe"]["httpGet"]["path"] == "/health"
    assert container["readinessProbe"]["httpGet"]["path"] == "/ready"
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        if probe in container:
            assert container[probe]["httpGet"]["path"] in served


def test_probes_use_the_metrics_port_of_the_default_web_port() -> None:
    """Probes name the `http-metrics` port, which is the Settings default web_port (6066)."""
    container = _container()
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert ports == {"http-metrics": SETTINGS.web_port}
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        if probe in container:
            assert container[probe]["httpGet"]["port"] in ("http-metrics", SETTINGS.web_port)


def test_service_exposes_the_metrics_port_of_the_worker_pods() -> None:
    """The Service selects the Deployment's pods and forwards the metrics port."""
    service = _one("Service")
    pod_labels = _one("Deployment")["spec"]["template"]["metadata"]["labels"]
    assert service["spec"]["selector"].items() <= pod_labels.items()
    (port,) = service["spec"]["ports"]
    assert port["port"] == SETTINGS.web_port
    assert port["targetPort"] == "http-metrics"


def test_pod_disruption_budget_selects_the_worker_pods() -> None:
    """The PodDisruptionBudget covers the Deployment's pods and lets one go at a time."""
    pdb = _one("PodDisruptionBudget")
    pod_labels = _one("Deployment")["spec"]["template"]["metadata"]["labels"]
    assert pdb["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
    assert pdb["spec"].get("maxUnavailable") == 1


def test_configmap_binds_all_interfaces_and_logs_json() -> None:
    """The ConfigMap makes the web server reachable from the kubelet and logs JSON."""
    data = _one("ConfigMap")["data"]
    assert data["NEWSFLOW_WEB_HOST"] == "0.0.0.0"
    assert data["NEWSFLOW_LOG_FORMAT"] == "json"
    assert int(data["NEWSFLOW_WEB_PORT"]) == SETTINGS.web_port
    assert all(isinstance(v, str) for v in data.values()), "ConfigMap values must be strings"


def test_configmap_values_are_valid_settings() -> None:
    """Settings accepts the ConfigMap's values (no typo in a Literal, no bad number)."""
    data = _one("ConfigMap")["data"]
    settings = Settings.model_validate(
        {name.removeprefix("NEWSFLOW_").lower(): value for name, value in data.items()}
    )
    assert settings.consumer_group == SETTINGS.consumer_group


def test_configmap_is_generated_from_the_settings_model() -> None:
    """configmap.yaml is exactly what `make docs` renders from Settings (its comments are the
    settings' descriptions)."""
    committed = (K8S / "configmap.yaml").read_text(encoding="utf-8")
    assert committed == manifests.render_configmap(), "run `make docs`"


def test_configmap_holds_every_setting_but_the_secret_and_overlay_ones() -> None:
    """Each setting is a ConfigMap key, or comes from the Secret, or from an overlay with a
    SASL or TLS protocol; the left-out ones are named in the file."""
    data = _one("ConfigMap")["data"]
    keys = {name.removeprefix("NEWSFLOW_").lower() for name in data}
    left_out = set(manifests.FROM_SECRET) | set(manifests.IN_AN_OVERLAY)
    assert keys | left_out == set(Settings.model_fields)
    assert not keys & left_out
    text = (K8S / "configmap.yaml").read_text(encoding="utf-8")
    assert all(f"NEWSFLOW_{name.upper()}" in text for name in left_out)
    secret = {n.removeprefix("NEWSFLOW_").lower() for n in _secret_env()}
    assert secret == set(manifests.FROM_SECRET)


def _secret_env() -> set[str]:
    return {e["name"] for e in _container()["env"] if "secretKeyRef" in e.get("valueFrom", {})}


def test_configmap_keeps_defaults_unless_the_deployment_says_why() -> None:
    """A ConfigMap value differs from the setting's default only where DEPLOYED says so."""
    data = _one("ConfigMap")["data"]
    changed = {
        name.removeprefix("NEWSFLOW_").lower()
        for name, value in data.items()
        if Settings.model_validate({name.removeprefix("NEWSFLOW_").lower(): value}) != Settings()
    }
    deployed = {name for name, (value, _) in manifests.DEPLOYED.items() if value is not None}
    assert changed == deployed


def test_deployment_reads_the_configmap_and_optional_sasl_secret_refs() -> None:
    """Settings come from the ConfigMap; SASL credentials from optional Secret key refs."""
    container = _container()
    configmap = _one("ConfigMap")["metadata"]["name"]
    assert {"configMapRef": {"name": configmap}} in container["envFrom"]
    refs = {e["name"]: e["valueFrom"]["secretKeyRef"] for e in container["env"]}
    assert set(refs) >= {"NEWSFLOW_KAFKA_SASL_USERNAME", "NEWSFLOW_KAFKA_SASL_PASSWORD"}
    assert all(ref["optional"] is True for ref in refs.values())
    assert all("value" not in e for e in container["env"]), "no literal credential values"


def test_every_newsflow_variable_in_the_manifests_is_a_setting() -> None:
    """Each NEWSFLOW_* name in the ConfigMap, Deployment, compose file and Dockerfile exists."""
    known = {f"NEWSFLOW_{name.upper()}" for name in Settings.model_fields}
    files = [
        K8S / "configmap.yaml",
        K8S / "deployment.yaml",
        K8S / "secret.example.yaml",
        COMPOSE,
        DOCKERFILE,
    ]
    used = {name: path.name for path in files for name in ENV_NAME.findall(path.read_text())}
    assert {name: where for name, where in used.items() if name not in known} == {}
    assert len(used) >= 10


def test_data_dir_is_a_writable_volume_on_a_read_only_root() -> None:
    """NEWSFLOW_DATA_DIR and /tmp are emptyDir mounts, since the root filesystem is read-only."""
    pod = _one("Deployment")["spec"]["template"]["spec"]
    container = _container()
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    empty_dirs = {v["name"] for v in pod["volumes"] if "emptyDir" in v}
    data_dir = _one("ConfigMap")["data"]["NEWSFLOW_DATA_DIR"]
    assert mounts.get(data_dir) in empty_dirs
    assert mounts.get("/tmp") in empty_dirs
    assert container["securityContext"]["readOnlyRootFilesystem"] is True


def test_security_context_is_non_root_with_the_dockerfile_uid() -> None:
    """Pod and container run as the Dockerfile's non-root UID, with nothing extra allowed."""
    uid = _dockerfile_uid()
    pod = _one("Deployment")["spec"]["template"]["spec"]["securityContext"]
    container = _container()["securityContext"]
    assert uid != 0
    assert pod["runAsNonRoot"] is True
    assert pod["runAsUser"] == uid
    assert pod["seccompProfile"]["type"] == "RuntimeDefault"
    assert container["runAsNonRoot"] is True
    assert container.get("runAsUser", uid) == uid
    assert container["allowPrivilegeEscalation"] is False
    assert container["capabilities"]["drop"] == ["ALL"]
    assert "add" not in container["capabilities"]


def test_grace_period_outlasts_the_processing_timeout() -> None:
    """Pods get more than NEWSFLOW_MAX_PROCESSING_SECONDS (plus a commit) to stop cleanly."""
    pod = _one("Deployment")["spec"]["template"]["spec"]
    assert pod["terminationGracePeriodSeconds"] >= max(40, SETTINGS.max_processing_seconds + 10)


def test_resources_request_cpu_and_memory_and_limit_memory() -> None:
    """The worker requests CPU and memory and has a memory limit above its request."""
    resources = _container()["resources"]
    assert {"cpu", "memory"} <= resources["requests"].keys()
    assert "memory" in resources["limits"]

    def mebibytes(quantity: str) -> float:
        units = {"Mi": 1, "Gi": 1024}
        return float(quantity[:-2]) * units[quantity[-2:]]

    assert mebibytes(resources["limits"]["memory"]) > mebibytes(resources["requests"]["memory"])


def test_deployment_leaves_the_replica_count_to_keda() -> None:
    """The Deployment sets no replicas, so applying it never fights the autoscaler."""
    deployment = _one("Deployment")
    assert "replicas" not in deployment["spec"]
    target = _one("ScaledObject")["spec"]["scaleTargetRef"]["name"]
    assert target == deployment["metadata"]["name"]


def test_keda_reads_brokers_group_and_topic_from_the_worker_env() -> None:
    """The kafka trigger takes brokers, group and raw topic from the worker container's env
    (the ConfigMap), so an overlay cannot set KEDA and the workers apart."""
    scaled = _one("ScaledObject")
    assert scaled["apiVersion"] == "keda.sh/v1alpha1"
    (trigger,) = scaled["spec"]["triggers"]
    assert trigger["type"] == "kafka"
    meta = trigger["metadata"]
    assert {
        "bootstrapServersFromEnv": "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS",
        "consumerGroupFromEnv": "NEWSFLOW_CONSUMER_GROUP",
        "topicFromEnv": "NEWSFLOW_TOPIC_RAW",
    }.items() <= meta.items()
    assert not {"bootstrapServers", "consumerGroup", "topic"} & meta.keys()
    data = _one("ConfigMap")["data"]
    for name in ("bootstrapServersFromEnv", "consumerGroupFromEnv", "topicFromEnv"):
        assert meta[name] in data, f"{meta[name]} is not in the pod's env"
    assert int(meta["lagThreshold"]) > 0


def test_keda_trigger_authentication_example_reads_the_worker_secret() -> None:
    """The SASL example gives KEDA the user and password of the Secret the workers read."""
    (auth,) = _docs(K8S / "triggerauthentication.example.yaml")
    assert auth["kind"] == "TriggerAuthentication"
    refs = {r["parameter"]: (r["name"], r["key"]) for r in auth["spec"]["secretTargetRef"]}
    worker = {
        e["name"]: (e["valueFrom"]["secretKeyRef"]["name"], e["valueFrom"]["secretKeyRef"]["key"])
        for e in _container()["env"]
    }
    assert refs["username"] == worker["NEWSFLOW_KAFKA_SASL_USERNAME"]
    assert refs["password"] == worker["NEWSFLOW_KAFKA_SASL_PASSWORD"]


def test_keda_never_scales_past_the_partition_count() -> None:
    """maxReplicaCount is at most the partitions of the raw topic: more consumers sit idle."""
    spec = _one("ScaledObject")["spec"]
    partitions = int(_one("ConfigMap")["data"]["NEWSFLOW_TOPIC_PARTITIONS"])
    assert partitions == SETTINGS.topic_partitions
    assert 1 <= spec["minReplicaCount"] <= spec["maxReplicaCount"] <= partitions


def test_network_policy_lets_only_prometheus_in_and_kafka_and_dns_out() -> None:
    """The worker pods take ingress on the metrics port from the monitoring namespace only,
    and send egress to Kafka's ports and DNS only."""
    policy = _one("NetworkPolicy")["spec"]
    pod_labels = _one("Deployment")["spec"]["template"]["metadata"]["labels"]
    assert policy["podSelector"]["matchLabels"].items() <= pod_labels.items()
    assert set(policy["policyTypes"]) == {"Ingress", "Egress"}
    (ingress,) = policy["ingress"]
    assert [p["port"] for p in ingress["ports"]] == ["http-metrics"]
    (source,) = ingress["from"]
    assert source["namespaceSelector"]["matchLabels"] == {
        "kubernetes.io/metadata.name": "monitoring"
    }
    egress_ports = {(p["port"], p["protocol"]) for rule in policy["egress"] for p in rule["ports"]}
    assert {(9092, "TCP"), (53, "UDP"), (53, "TCP")} <= egress_ports
    assert all(rule.get("ports") for rule in policy["egress"]), "no egress to every port"


def test_prometheus_rule_is_generated_from_the_alerts_file() -> None:
    """prometheusrule.yaml holds exactly the groups of deploy/prometheus/alerts.yml."""
    committed = (K8S / "prometheusrule.yaml").read_text(encoding="utf-8")
    assert committed == manifests.render_prometheus_rule(), "run `make docs`"
    rule = _one("PrometheusRule")
    assert rule["spec"]["groups"] == _docs(ALERTS)[0]["groups"]


# --- Dockerfile ---------------------------------------------------------------------------


def test_dockerfile_is_multi_stage() -> None:
    """The image is built in one stage and run from another."""
    stages = re.findall(r"^FROM\s", DOCKERFILE.read_text(), flags=re.MULTILINE)
    assert len(stages) >= 2
    assert "COPY --from=" in DOCKERFILE.read_text()


def test_dockerfile_runs_as_non_root_user() -> None:
    """The image's last USER is a non-root numeric UID (so runAsNonRoot can verify it)."""
    assert _dockerfile_uid() > 0


def test_dockerfile_healthcheck_hits_health_on_the_web_port() -> None:
    """The HEALTHCHECK requests /health on the default web port."""
    text = DOCKERFILE.read_text()
    match = re.search(r"^HEALTHCHECK\b.*?(?<!\\)\n", text, flags=re.MULTILINE | re.DOTALL)
    assert match
    assert f":{SETTINGS.web_port}/health" in match.group(0)
    assert re.search(rf"^EXPOSE\s+{SETTINGS.web_port}\b", text, flags=re.MULTILINE)


# --- docker compose -----------------------------------------------------------------------


def test_compose_has_kafka_worker_and_tools_profile() -> None:
    """compose runs kafka and worker by default; the UI and Prometheus are in `tools`."""
    services = _docs(COMPOSE)[0]["services"]
    assert {"kafka", "worker"} <= services.keys()
    assert "profiles" not in services["kafka"]
    assert "profiles" not in services["worker"]
    tools = {name for name, s in services.items() if "tools" in s.get("profiles", [])}
    assert {"kafka-ui", "prometheus"} <= tools
    assert "kafka:9092" in services["kafka-ui"]["environment"].values()


def test_compose_worker_can_scale() -> None:
    """The worker has no container_name and no host port, so `--scale worker=N` works."""
    worker = _docs(COMPOSE)[0]["services"]["worker"]
    assert "container_name" not in worker
    assert "ports" not in worker
    env = worker["environment"]
    assert env["NEWSFLOW_WEB_HOST"] == "0.0.0.0"
    assert env["NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"


def test_compose_prometheus_mounts_the_scrape_config_and_the_alerts() -> None:
    """Prometheus in compose reads deploy/prometheus/prometheus.yml, and the rule files it
    names are mounted beside it."""
    prometheus = _docs(COMPOSE)[0]["services"]["prometheus"]
    mounts = dict(v.split(":")[:2] for v in prometheus["volumes"])
    config_at = mounts["./deploy/prometheus/prometheus.yml"]
    for rule_file in _docs(PROMETHEUS)[0]["rule_files"]:
        assert mounts[f"./deploy/prometheus/{rule_file}"] == str(Path(config_at).parent / rule_file)
    assert "alerts.yml" in _docs(PROMETHEUS)[0]["rule_files"]


def test_compose_grafana_mounts_existing_files() -> None:
    """Every host path Grafana mounts exists in the repository."""
    grafana = _docs(COMPOSE)[0]["services"].get("grafana")
    if grafana is None:
        pytest.skip("no grafana service")
    for volume in grafana["volumes"]:
        assert (ROOT / volume.split(":")[0]).exists(), volume


# --- Prometheus and Grafana ---------------------------------------------------------------


def test_prometheus_discovers_every_worker_replica_on_the_web_port() -> None:
    """The scrape job resolves the worker service by DNS (all replicas) on port 6066."""
    config = _docs(PROMETHEUS)[0]
    (job,) = [j for j in config["scrape_configs"] if j["job_name"] == "newsflow"]
    assert job.get("metrics_path", "/metrics") in _served_paths()
    (sd,) = job["dns_sd_configs"]
    assert {"worker", "tasks.worker"} & set(sd["names"])
    assert sd["type"] == "A"
    assert sd["port"] == SETTINGS.web_port


def test_dashboard_queries_only_metrics_the_worker_exports() -> None:
    """Every metric name in the dashboard's PromQL is exported by newsflow or Faust's sensors."""
    exported = _exported_metric_names()
    used = {name for expr in _dashboard_exprs() for name in METRIC.findall(expr)}
    assert used - exported == set()


def test_dashboard_covers_every_newsflow_metric() -> None:
    """Each of newsflow's own metrics has at least one panel."""
    registry = CollectorRegistry()
    Metrics(registry)
    families = {family.name for family in registry.collect()}
    used = {
        re.sub(r"_(bucket|sum|count|total)$", "", name)
        for expr in _dashboard_exprs()
        for name in METRIC.findall(expr)
    }
    assert families - used == set()


def test_dashboard_has_per_stage_latency_quantiles() -> None:
    """Stage latency is shown as p50, p95 and p99 via histogram_quantile on the buckets."""
    exprs = [e for e in _dashboard_exprs() if "newsflow_stage_seconds_bucket" in e]
    quantiles = {float(q) for e in exprs for q in re.findall(r"histogram_quantile\(([\d.]+)", e)}
    assert {0.5, 0.95, 0.99} <= quantiles
    assert all("stage" in e for e in exprs)


def test_operations_doc_describes_every_newsflow_metric() -> None:
    """docs/operations.md has a row for each of newsflow's own metrics."""
    registry = CollectorRegistry()
    Metrics(registry)
    doc = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    # A counter is documented under its exposed name, with the _total suffix.
    names = {f.name + ("_total" if f.type == "counter" else "") for f in registry.collect()}
    assert {name for name in names if f"| `{name}` |" not in doc} == set()
