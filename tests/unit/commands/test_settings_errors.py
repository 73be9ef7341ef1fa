"""Every bad setting, alone or in a bad combination, stops a command with one line on stderr
that names the variable and the fix, and exit code 2 (never a traceback)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from service.cli import app
from service.config import Settings

needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None, reason="no openssl CLI")


@pytest.fixture(scope="module")
def pem(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], str]:
    """Factory: the path of a PEM file made once per module with the openssl CLI: ``cert``
    and ``key`` (a pair), ``other-key`` (of another pair), ``key-enc`` (``key`` encrypted
    with the password ``secret``), ``both`` (``cert`` then ``key``), ``junk``."""
    folder = tmp_path_factory.mktemp("pem")

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)

    if shutil.which("openssl") is not None:
        for name in ("", "other-"):
            openssl(
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                "-subj", f"/CN={name}test", "-keyout", f"{name}key.pem", "-out", f"{name}cert.pem",
            )  # fmt: skip
        openssl(
            "pkey", "-in", "key.pem", "-aes256", "-passout", "pass:secret", "-out", "key-enc.pem"
        )
        (folder / "both.pem").write_bytes(
            (folder / "cert.pem").read_bytes() + (folder / "key.pem").read_bytes()
        )
    (folder / "junk.pem").write_text("not a certificate\n")
    return lambda name: str(folder / f"{name}.pem")


def run_with(env: dict[str, str]) -> tuple[int, list[str]]:
    """`newsflow topics describe` under ``env``: exit code and stderr lines."""
    result = CliRunner().invoke(app, ["topics", "describe"], env=env)
    return result.exit_code, result.stderr.splitlines()


def assert_one_line(env: dict[str, str], setting: str, *words: str) -> str:
    code, lines = run_with(env)
    assert code == 2, lines
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith(f"newsflow: error: bad setting {setting}"), line
    for word in words:
        assert word in line, line
    return line


SASL = {"NEWSFLOW_KAFKA_SECURITY_PROTOCOL": "SASL_SSL"}
SSL = {"NEWSFLOW_KAFKA_SECURITY_PROTOCOL": "SSL"}


def test_sasl_protocol_without_user_or_password_names_both() -> None:
    """SASL_SSL with no credentials names the user name and the password to set."""
    line = assert_one_line(SASL, "NEWSFLOW_KAFKA_SASL_USERNAME", "NEWSFLOW_KAFKA_SASL_PASSWORD")
    assert "SASL_SSL" in line


def test_sasl_protocol_without_password_names_the_password() -> None:
    """A user name alone is not enough for SASL_PLAINTEXT: the password is named."""
    env = {
        "NEWSFLOW_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "NEWSFLOW_KAFKA_SASL_USERNAME": "u",
    }
    assert_one_line(env, "NEWSFLOW_KAFKA_SASL_PASSWORD", "set it")


def test_sasl_mechanism_without_a_sasl_protocol_is_refused() -> None:
    """A mechanism with PLAINTEXT would be ignored: the fix names the protocol setting."""
    env = {"NEWSFLOW_KAFKA_SASL_MECHANISM": "SCRAM-SHA-512"}
    assert_one_line(env, "NEWSFLOW_KAFKA_SASL_MECHANISM", "NEWSFLOW_KAFKA_SECURITY_PROTOCOL")


@pytest.mark.parametrize("setting", ["CAFILE", "CERTFILE", "KEYFILE"])
def test_a_tls_file_that_does_not_exist_is_named(setting: str, tmp_path: Path) -> None:
    """A CA, certificate or key path that does not exist is named with the path."""
    missing = str(tmp_path / "nope.pem")
    env = {**SSL, f"NEWSFLOW_KAFKA_SSL_{setting}": missing}
    assert_one_line(env, f"NEWSFLOW_KAFKA_SSL_{setting}", "no such file", missing)


def test_a_folder_given_as_ca_file_is_refused(tmp_path: Path) -> None:
    """A folder where a file is expected is said to be one."""
    assert_one_line(
        {**SSL, "NEWSFLOW_KAFKA_SSL_CAFILE": str(tmp_path)}, "NEWSFLOW_KAFKA_SSL_CAFILE", "folder"
    )


def test_a_ca_file_without_a_certificate_is_refused(pem: Callable[[str], str]) -> None:
    """A CA file that holds no PEM certificate fails here, not at the first connection."""
    env = {**SSL, "NEWSFLOW_KAFKA_SSL_CAFILE": pem("junk")}
    assert_one_line(env, "NEWSFLOW_KAFKA_SSL_CAFILE", "no PEM certificate")


def test_tls_files_without_a_tls_protocol_are_refused(pem: Callable[[str], str]) -> None:
    """A CA file with PLAINTEXT would be silently ignored: the protocol setting is named."""
    env = {"NEWSFLOW_KAFKA_SSL_CAFILE": pem("junk")}
    assert_one_line(env, "NEWSFLOW_KAFKA_SSL_CAFILE", "NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SSL")


@needs_openssl
def test_a_certificate_without_a_key_is_refused(pem: Callable[[str], str]) -> None:
    """A client certificate whose file holds no key needs NEWSFLOW_KAFKA_SSL_KEYFILE."""
    env = {**SSL, "NEWSFLOW_KAFKA_SSL_CERTFILE": pem("cert")}
    assert_one_line(env, "NEWSFLOW_KAFKA_SSL_KEYFILE", "no PEM private key")


@needs_openssl
def test_a_key_without_a_certificate_is_refused(pem: Callable[[str], str]) -> None:
    """A key alone would be ignored: the certificate setting is named."""
    env = {**SSL, "NEWSFLOW_KAFKA_SSL_KEYFILE": pem("key")}
    assert_one_line(env, "NEWSFLOW_KAFKA_SSL_KEYFILE", "NEWSFLOW_KAFKA_SSL_CERTFILE")


@needs_openssl
def test_a_key_of_another_pair_is_refused(pem: Callable[[str], str]) -> None:
    """A key that does not match the certificate is said not to match."""
    env = {
        **SSL,
        "NEWSFLOW_KAFKA_SSL_CERTFILE": pem("cert"),
        "NEWSFLOW_KAFKA_SSL_KEYFILE": pem("other-key"),
    }
    assert_one_line(env, "NEWSFLOW_KAFKA_SSL_KEYFILE", "does not match")


@needs_openssl
@pytest.mark.parametrize("password", [None, "wrong"])
def test_an_encrypted_key_needs_its_password(
    pem: Callable[[str], str], password: str | None
) -> None:
    """An encrypted key without its password (or with a wrong one) names the password setting
    instead of letting OpenSSL prompt on the terminal; the password is never printed."""
    env = {
        **SSL,
        "NEWSFLOW_KAFKA_SSL_CERTFILE": pem("cert"),
        "NEWSFLOW_KAFKA_SSL_KEYFILE": pem("key-enc"),
    }
    if password is not None:
        env["NEWSFLOW_KAFKA_SSL_KEY_PASSWORD"] = password
    line = assert_one_line(env, "NEWSFLOW_KAFKA_SSL_KEY_PASSWORD", "key-enc.pem")
    assert "wrong" not in line


@pytest.mark.parametrize(
    ("setting", "value", "words"),
    [
        ("KAFKA_BOOTSTRAP_SERVERS", "kafka:abc", ("no valid port", "host:port")),
        ("KAFKA_BOOTSTRAP_SERVERS", "a:9092,,b:9092", ("empty address",)),
        ("NER_MODEL", "no_such_model", ("no spaCy pipeline", "no_such_model")),
        ("STATE_STORE", "redis://", ("memory://",)),
        ("KAFKA_SECURITY_PROTOCOL", "TLS", ("'SASL_SSL'", "=TLS")),
        ("TOPIC_PARTITIONS", "zero", ("=zero", "integer")),
        ("WEB_PORT", "70000", ("65535",)),
        ("DEDUP_ENABLED", "maybe", ("boolean",)),
    ],
)
def test_a_bad_single_value_names_the_variable_and_value(
    setting: str, value: str, words: tuple[str, ...]
) -> None:
    """A value of the wrong kind or out of range is named with what is expected."""
    assert_one_line({f"NEWSFLOW_{setting}": value}, f"NEWSFLOW_{setting}", *words)


def test_a_bad_secret_value_is_never_echoed() -> None:
    """The line names a secret setting but never prints its value."""
    env = {**SASL, "NEWSFLOW_KAFKA_SASL_USERNAME": "u", "NEWSFLOW_KAFKA_SASL_PASSWORD": ""}
    line = assert_one_line(env, "NEWSFLOW_KAFKA_SASL_PASSWORD")
    assert "=" not in line.split(":")[1]


def test_several_bad_settings_are_all_named_on_one_line() -> None:
    """Two bad values: both variables on the one line."""
    env = {"NEWSFLOW_TOPIC_PARTITIONS": "0", "NEWSFLOW_LOG_LEVEL": "LOUD"}
    line = assert_one_line(env, "NEWSFLOW_", "NEWSFLOW_TOPIC_PARTITIONS", "NEWSFLOW_LOG_LEVEL")
    assert line.count("bad setting") == 2


@needs_openssl
def test_good_security_settings_are_accepted(pem: Callable[[str], str]) -> None:
    """Valid combinations build: SASL with credentials, mutual TLS with a key file, a key in
    the certificate's file, and an encrypted key with its password."""
    Settings(
        kafka_security_protocol="SASL_SSL",
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username="u",
        kafka_sasl_password="p",
        kafka_ssl_cafile=pem("cert"),
    )
    Settings(
        kafka_security_protocol="SSL", kafka_ssl_certfile=pem("cert"), kafka_ssl_keyfile=pem("key")
    )
    Settings(kafka_security_protocol="SSL", kafka_ssl_certfile=pem("both"))
    Settings(
        kafka_security_protocol="SSL",
        kafka_ssl_certfile=pem("cert"),
        kafka_ssl_keyfile=pem("key-enc"),
        kafka_ssl_key_password="secret",
    )
    Settings(kafka_bootstrap_servers="kafka-1:9092, kafka-2,[::1]:9093")


def test_validation_happens_when_settings_are_built() -> None:
    """The checks live in the model: building Settings in code fails the same way."""
    with pytest.raises(ValidationError, match="needs a SASL user name and password") as raised:
        Settings(kafka_security_protocol="SASL_PLAINTEXT")
    error = raised.value.errors()[0]
    assert error["type"] == "bad_setting"
    assert error.get("ctx", {})["setting"] == "NEWSFLOW_KAFKA_SASL_USERNAME"


@pytest.mark.parametrize(
    ("env", "setting"),
    [
        (SASL, "NEWSFLOW_KAFKA_SASL_USERNAME"),
        ({**SSL, "NEWSFLOW_KAFKA_SSL_CAFILE": "/nonexistent/ca.pem"}, "NEWSFLOW_KAFKA_SSL_CAFILE"),
    ],
    ids=["sasl-without-credentials", "missing-ca-file"],
)
def test_the_reported_cases_are_one_line_from_the_real_command(
    env: dict[str, str], setting: str
) -> None:
    """The two cases of the report, run as a user would (`python -m service`): one line on
    stderr and exit 2, where they printed ~60 lines of traceback and exited 1."""
    result = subprocess.run(
        [sys.executable, "-m", "service", "topics", "describe"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert setting in result.stderr
