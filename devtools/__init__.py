"""Development tooling beside the package (not installed with it): the local Kafka broker
(``localkafka``, standard library only so that ``make`` can run it before any virtualenv
exists), where the tests and the bench get a broker from (``broker``), a real worker
process for them (``worker_process``), and ``make demo`` (``demo``).

Tests, the bench and the demo import it normally from the repository root."""
