"""Runs the Faust worker with newsflow's logging and a startup line of effective settings."""

from __future__ import annotations

import faust

from service.app import create_app
from service.config import Settings
from service.logging import configure_logging, get_logger


class _Worker(faust.Worker):
    """Faust's worker, minus its own logging setup (newsflow's structlog config stays) and
    its console output: no spinner, banner or control characters on stdout."""

    def __init__(self, app: faust.App, settings: Settings) -> None:
        super().__init__(app, loglevel=settings.log_level, redirect_stdouts=False, quiet=True)
        self.spinner = None
        self._settings = settings

    def _setup_logging(self) -> None:
        configure_logging(
            self._settings.log_level, self._settings.log_format, self._settings.secret_values()
        )


def log_startup(settings: Settings) -> None:
    """The startup line: the effective settings, secrets redacted."""
    get_logger("newsflow.worker").info("starting worker", settings=settings.redacted())


def run_worker(settings: Settings, created_topics: list[str]) -> int:
    configure_logging(settings.log_level, settings.log_format, settings.secret_values())
    log_startup(settings)
    if created_topics:
        get_logger("newsflow.worker").info("created topics", topics=created_topics)
    app = create_app(settings)
    worker = _Worker(app, settings)
    worker.execute_from_commandline()  # returns only through SystemExit
    return 0
