"""The worker's parts around the Faust adapter (``service/app.py``): the pipeline process
pool, the publisher, the dedup table, offsets, metrics, monitoring, web pages and state,
and how the worker process runs (``run``) and is supervised (``supervisor``)."""
