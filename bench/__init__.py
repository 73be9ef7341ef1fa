"""Benchmarks for newsflow (cleaning quality and speed; see bench/cleaning.py)."""

# First, before any benchmark's import loads numpy: the service's package settles numpy's
# threads (service/__init__.py), and the model rows must run as the service runs them.
import service  # noqa: F401
