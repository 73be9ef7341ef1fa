"""The checks behind ``Settings``' validators: each problem is one sentence that names the
setting and the fix (``bad``), rendered by the CLI on one line with exit code 2."""

from __future__ import annotations

import importlib.util
import ssl
from pathlib import Path
from typing import Protocol

from pydantic import SecretStr
from pydantic_core import PydanticCustomError

SASL_PROTOCOLS = ("SASL_PLAINTEXT", "SASL_SSL")
TLS_PROTOCOLS = ("SSL", "SASL_SSL")
# Faust's table stores, and the modules each needs (any one of them)
STORE_MODULES: dict[str, tuple[str, ...]] = {
    "memory": (),
    "rocksdb": ("rocksdict", "rocksdb"),
    "aerospike": ("aerospike",),
}


class SecuritySettings(Protocol):
    @property
    def kafka_security_protocol(self) -> str: ...
    @property
    def kafka_sasl_mechanism(self) -> str | None: ...
    @property
    def kafka_sasl_username(self) -> str | None: ...
    @property
    def kafka_sasl_password(self) -> SecretStr | None: ...
    @property
    def kafka_ssl_cafile(self) -> Path | None: ...
    @property
    def kafka_ssl_certfile(self) -> Path | None: ...
    @property
    def kafka_ssl_keyfile(self) -> Path | None: ...
    @property
    def kafka_ssl_key_password(self) -> SecretStr | None: ...


def bad(setting: str, message: str) -> PydanticCustomError:
    """A bad value, or a bad combination, in one sentence that names the fix. ``setting`` is
    the variable the CLI names (``newsflow: error: bad setting <setting>: <message>``)."""
    # braces in a message (a path, a value) are text, not template fields
    text = message.replace("{", "(").replace("}", ")")
    return PydanticCustomError("bad_setting", text, {"setting": setting})


def installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


PEM_PURPOSE = {
    "kafka_ssl_cafile": "the PEM bundle of the CA that signed the brokers' certificates",
    "kafka_ssl_certfile": "the client's PEM certificate",
    "kafka_ssl_keyfile": "the client's PEM private key",
}


def address_problem(entry: str) -> str | None:
    """What is wrong with one bootstrap address (``host``, ``host:port``, ``[v6]:port``)."""
    if not entry:
        return "an empty address in the list"
    if entry.startswith("["):  # [::1]:9092
        host, _, rest = entry[1:].partition("]")
        port = rest.removeprefix(":") if rest else None
        if rest and not rest.startswith(":"):
            return f"{entry!r} is not [ipv6]:port"
    elif entry.count(":") == 1:
        host, port = entry.split(":")
    else:  # a bare host name, or a bare IPv6 address
        host, port = entry, None
    if not host:
        return f"{entry!r} has no host"
    if port is not None and not (port.isdigit() and 0 < int(port) < 65536):
        return f"{entry!r} has no valid port"
    return None


def tls_problem(settings: SecuritySettings) -> tuple[str, str] | None:
    """(setting, message) when the TLS files cannot build a client context, else None.

    Checked here, not at the first connection, because OpenSSL's errors (``PEM lib``) do
    not say which file is wrong, and an encrypted key without a password would make OpenSSL
    prompt on the terminal."""
    password = settings.kafka_ssl_key_password
    return _ca_problem(settings.kafka_ssl_cafile) or _client_problem(
        settings.kafka_ssl_certfile,
        settings.kafka_ssl_keyfile,
        password.get_secret_value() if password is not None else None,
    )


def _ca_problem(cafile: Path | None) -> tuple[str, str] | None:
    if cafile is None:
        return None
    try:
        ssl.create_default_context(cafile=str(cafile))
    except ssl.SSLError as exc:
        return (
            "NEWSFLOW_KAFKA_SSL_CAFILE",
            f"{cafile} holds no PEM certificate ({exc.reason}); "
            f"point it at {PEM_PURPOSE['kafka_ssl_cafile']}",
        )
    return None


def _client_problem(
    certfile: Path | None, keyfile: Path | None, password: str | None
) -> tuple[str, str] | None:
    """What is wrong with the client certificate and key (mutual TLS), if anything."""
    key_setting = "NEWSFLOW_KAFKA_SSL_KEYFILE"
    if certfile is None:
        if keyfile is None:
            return None
        return key_setting, "set without NEWSFLOW_KAFKA_SSL_CERTFILE; set both, or unset the key"
    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cafile=str(certfile))
    except ssl.SSLError:
        return (
            "NEWSFLOW_KAFKA_SSL_CERTFILE",
            f"{certfile} holds no PEM certificate; point it at {PEM_PURPOSE['kafka_ssl_certfile']}",
        )
    key = keyfile or certfile  # a certificate file may hold its key too
    pem = key.read_bytes()
    problem: tuple[str, str] | None = None
    if b"PRIVATE KEY" not in pem:
        where = f"{key} holds no" if keyfile is not None else f"unset, and {certfile} holds no"
        problem = (
            key_setting,
            (f"{where} PEM private key; point it at {PEM_PURPOSE['kafka_ssl_keyfile']}"),
        )
    elif b"ENCRYPTED" in pem and password is None:
        problem = (
            "NEWSFLOW_KAFKA_SSL_KEY_PASSWORD",
            f"unset, but the private key in {key} is encrypted; set it to the key's password",
        )
    else:
        try:
            ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_cert_chain(
                str(certfile), str(keyfile) if keyfile else None, password=password or ""
            )
        except ssl.SSLError as exc:
            problem = _chain_problem(exc, key, certfile, encrypted=b"ENCRYPTED" in pem)
    return problem


def _chain_problem(
    exc: ssl.SSLError, key: Path, certfile: Path, *, encrypted: bool
) -> tuple[str, str]:
    if exc.reason == "KEY_VALUES_MISMATCH":
        return (
            "NEWSFLOW_KAFKA_SSL_KEYFILE",
            f"the private key in {key} does not match the certificate in {certfile}; "
            "point both at one key pair",
        )
    if encrypted:
        return (
            "NEWSFLOW_KAFKA_SSL_KEY_PASSWORD",
            f"does not decrypt the private key in {key}; set it to the key's password",
        )
    return (
        "NEWSFLOW_KAFKA_SSL_KEYFILE",
        f"the private key in {key} does not load ({exc.reason}); "
        f"point it at {PEM_PURPOSE['kafka_ssl_keyfile']}",
    )


def security_problem(settings: SecuritySettings) -> tuple[str, str] | None:
    """(setting, message) when the SASL and TLS settings do not fit together, else None."""
    protocol = f"NEWSFLOW_KAFKA_SECURITY_PROTOCOL={settings.kafka_security_protocol}"
    if settings.kafka_security_protocol in SASL_PROTOCOLS:
        password = settings.kafka_sasl_password
        given = {
            "NEWSFLOW_KAFKA_SASL_USERNAME": bool(settings.kafka_sasl_username),
            "NEWSFLOW_KAFKA_SASL_PASSWORD": bool(password and password.get_secret_value()),
        }
        missing = [name for name, ok in given.items() if not ok]
        if missing:
            also = f" (and {missing[1]})" if len(missing) > 1 else ""
            return (
                missing[0],
                f"unset{also}, but {protocol} needs a SASL user name and password; set "
                f"{'both' if also else 'it'}, or choose a protocol without SASL (SSL or "
                "PLAINTEXT)",
            )
    elif settings.kafka_sasl_mechanism is not None:
        return (
            "NEWSFLOW_KAFKA_SASL_MECHANISM",
            f"set to {settings.kafka_sasl_mechanism}, but {protocol} does not use SASL; set "
            "NEWSFLOW_KAFKA_SECURITY_PROTOCOL to SASL_SSL or SASL_PLAINTEXT, or unset "
            "NEWSFLOW_KAFKA_SASL_MECHANISM",
        )
    files = {
        "NEWSFLOW_KAFKA_SSL_CAFILE": settings.kafka_ssl_cafile,
        "NEWSFLOW_KAFKA_SSL_CERTFILE": settings.kafka_ssl_certfile,
        "NEWSFLOW_KAFKA_SSL_KEYFILE": settings.kafka_ssl_keyfile,
    }
    if settings.kafka_security_protocol not in TLS_PROTOCOLS:
        for name, path in files.items():
            if path is not None:
                return (
                    name,
                    f"set, but {protocol} does not use TLS, so the file would be ignored; "
                    f"set NEWSFLOW_KAFKA_SECURITY_PROTOCOL to SSL or SASL_SSL, or unset {name}",
                )
        return None
    return tls_problem(settings)
