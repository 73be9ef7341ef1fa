"""Benchmarks for newsflow (cleaning quality and speed; see bench/cleaning.py)."""
