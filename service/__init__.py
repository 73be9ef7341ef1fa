"""newsflow: event-driven ingestion of news articles."""

import os

__version__ = "0.1.0"

# A pipeline is one core's work by design: a worker runs one pipeline process, and the
# service scales by workers. numpy's OpenBLAS starts a thread per core when it loads, and
# beside the model's own work they only compete: on a 2-core machine nlp.pipe ran about a
# quarter slower with them (docs/performance.md). Only the variable, read when OpenBLAS
# loads, does it (a limit set at run time left the model as slow), so it is set here, before
# anything of ours imports numpy. An operator's own setting is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
