"""The worker's HTTP pages: /health (liveness) and /ready (readiness). /metrics comes from
Faust's Prometheus sensors, on the same registry as newsflow's own metrics. Those three are
all the ops port serves (``OpsWeb``).

``/health`` fails (503) when restarting the process is the fix: the worker has made no
progress for longer than ``NEWSFLOW_STALL_SECONDS`` while input was waiting (``monitoring``
decides), or its pipeline process is dead and cannot be respawned. ``/ready`` also fails
while the pipeline process is being respawned."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import faust
from faust.web.drivers.aiohttp import Web

from service.worker.publisher import Publisher
from service.worker.state import WorkerState

BROKER_PING_S = 3.0


class OpsWeb(Web):
    """Faust's aiohttp server with none of Faust's own pages: only those the app registers.

    Faust mounts ``/router/`` (the cluster's worker URLs), ``/table/`` (table data by key:
    ``/table/dedup/<key>/`` would return stored article entries), ``/graph/``, statistics at
    ``/`` and ``/assignment/``, ``/performance/``, or an index at ``/`` when statistics are
    off. The settings in ``service.app.faust_app`` turn the first ones off; no setting drops
    the index, so this class mounts no built-in blueprint at all."""

    default_blueprints = ()
    production_blueprints = ()
    debug_blueprints = ()
    optional_blueprints = ()


def serve_only_own_pages(app: faust.App) -> None:
    """Replace the app's web server by ``OpsWeb``; call it before any ``@app.page``."""
    app.web = OpsWeb(app)


def register_pages(
    app: faust.App, state: WorkerState, publisher: Publisher, stall_after_s: float
) -> None:
    @app.page("/health")
    async def health(web: Any, request: Any) -> Any:
        """Liveness: the event loop answers, work moves, the pipeline process can run."""
        problems = []
        if state.stalled_for(time.monotonic()) > stall_after_s:
            problems.append("stalled: input is waiting and nothing has been processed")
        if state.pipeline_status == "failed":
            problems.append(f"pipeline process cannot start: {state.pipeline_problem}")
        if problems:
            return web.json({"status": "failing", "problems": problems}, status=503)
        return web.json({"status": "ok"})

    @app.page("/ready")
    async def ready(web: Any, request: Any) -> Any:
        """Readiness: model loaded, group assignment received, broker reachable."""
        reachable = await _broker_reachable(publisher)
        assigned = len(app.consumer.assignment()) if app.consumer else 0
        checks = {
            "pipeline_loaded": state.pipeline_status == "ready",
            "partitions_assigned": state.assignment_done and not app.rebalancing,
            "broker_reachable": reachable,
        }
        ok = all(checks.values())
        body = {
            "ready": ok,
            **checks,
            "assigned_partitions": assigned,
            "pipeline": state.pipeline_version,
        }
        return web.json(body, status=200 if ok else 503)


async def _broker_reachable(publisher: Publisher) -> bool:
    try:
        return await asyncio.wait_for(publisher.ping(), BROKER_PING_S)
    except (TimeoutError, OSError):
        return False
