"""The known public time-stamp services are data: each with its operator and RFC 3161 address."""

from __future__ import annotations

from urllib.parse import urlsplit

from evidence_app.core.time_services import KNOWN_TIME_SERVICES, service_for_url


def test_each_known_service_names_its_operator_and_a_web_address() -> None:
    assert len(KNOWN_TIME_SERVICES) >= 3
    keys = [s.key for s in KNOWN_TIME_SERVICES]
    assert len(set(keys)) == len(keys)
    for service in KNOWN_TIME_SERVICES:
        parts = urlsplit(service.url)
        assert parts.scheme in ("http", "https") and parts.hostname, service.url
        assert parts.hostname not in ("localhost", "127.0.0.1")
        assert service.name and service.operator
        assert service.note_in("en") and service.note_in("zh_CN") != service.note_in("en")
    operators = {s.operator for s in KNOWN_TIME_SERVICES}
    assert {"FreeTSA.org", "DigiCert, Inc.", "Sectigo Limited", "GlobalSign"} <= operators


def test_a_known_address_finds_its_service() -> None:
    assert service_for_url("https://freetsa.org/tsr/").key == "freetsa"  # type: ignore[union-attr]
    assert service_for_url("http://127.0.0.1:9/tsa") is None
