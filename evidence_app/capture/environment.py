"""The network side of a capture, checked from Python: addresses, TLS chain, proxies, hosts file.

Qt-free. Runs beside the page load (in a worker thread) so that a slow server costs no extra time.
Chromium does not tell us which address it connected to, so "matches DNS" compares what the system
resolver returns (which includes the hosts file) with the hosts-file entries and the proxy in use.
"""

from __future__ import annotations

import hashlib
import ipaddress
import os
import socket
import ssl
import sys
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

TLS_TIMEOUT_S = 8.0
PROXY_ENV = ("http_proxy", "https_proxy", "all_proxy", "no_proxy")


def hosts_file_path() -> Path:
    if sys.platform.startswith("win"):
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        return Path(root) / "System32" / "drivers" / "etc" / "hosts"
    return Path("/etc/hosts")


# Entries every system has; anything else for the captured host is worth telling a court about.
_DEFAULT_HOST_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"}


def hosts_entries(host: str, path: Path | None = None) -> list[dict[str, str]]:
    """Hosts-file lines that map *host* (other than the usual localhost lines)."""
    host = host.lower()
    if host in _DEFAULT_HOST_NAMES:
        return []
    try:
        text = (path or hosts_file_path()).read_text("utf-8", errors="replace")
    except OSError:
        return []
    found: list[dict[str, str]] = []
    for line in text.splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) >= 2 and host in {w.lower() for w in words[1:]}:
            found.append({"address": words[0], "line": line.strip()})
    return found


def proxy_settings() -> dict[str, Any]:
    """Proxies in effect for this process: environment variables and the system's (urllib)."""
    env = {}
    for name in PROXY_ENV:
        for variant in (name, name.upper()):
            if os.environ.get(variant):
                env[variant] = os.environ[variant]
    try:
        system = dict(urllib.request.getproxies())
    except Exception:  # the platform's proxy lookup is best effort
        system = {}
    return {"environment": env, "system": system}


def proxy_for(url: str, proxies: dict[str, str]) -> str | None:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if urllib.request.proxy_bypass(host) if proxies else True:
        return None
    return proxies.get(parts.scheme) or proxies.get("all")


def resolve(host: str, port: int) -> list[str]:
    """The addresses the system resolver gives for *host* now (sorted, unique)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError:
        return []
    return sorted({str(info[4][0]) for info in infos})


def tls_chain(host: str, port: int, extra_ca: list[Path] | None = None) -> dict[str, Any]:
    """The certificate chain the server presents, fetched on a separate connection.

    The chain is recorded as presented (PEM + SHA-256 of each DER); whether Python's own
    verification (system CAs plus any explicitly trusted extra CA) accepts it is recorded beside.
    """
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    result: dict[str, Any] = {"host": host, "port": port}
    try:
        with (
            socket.create_connection((host, port), timeout=TLS_TIMEOUT_S) as raw,
            context.wrap_socket(raw, server_hostname=_sni(host)) as tls,
        ):
            leaf = tls.getpeercert(binary_form=True) or b""
            chain_der = _presented_chain(tls) or ([leaf] if leaf else [])
            result["protocol"] = tls.version()
            cipher = tls.cipher()
            result["cipher"] = cipher[0] if cipher else None
    except (OSError, ssl.SSLError) as error:
        result["error"] = str(error)
        return result
    result["chain"] = [
        {
            "sha256": hashlib.sha256(der).hexdigest(),
            "pem": ssl.DER_cert_to_PEM_cert(der),
            **_describe(der),
        }
        for der in chain_der
    ]
    result["verified"] = _verify(host, port, extra_ca)
    return result


def _sni(host: str) -> str | None:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return host
    return None


def _presented_chain(tls: ssl.SSLSocket) -> list[bytes]:
    # Python 3.13 made this public; 3.10–3.12 have it on the private object.
    getter = getattr(tls, "get_unverified_chain", None) or getattr(
        getattr(tls, "_sslobj", None), "get_unverified_chain", None
    )
    if getter is None:
        return []
    try:
        chain = getter() or []
    except (ssl.SSLError, ValueError):
        return []
    out = []
    for cert in chain:
        if isinstance(cert, bytes):
            out.append(cert)
        elif hasattr(cert, "public_bytes"):
            out.append(cert.public_bytes(ssl._ssl.ENCODING_DER))  # type: ignore[attr-defined]
    return out


def _describe(der: bytes) -> dict[str, Any]:
    try:
        from cryptography import x509

        cert = x509.load_der_x509_certificate(der)
        return {
            "subject": cert.subject.rfc4514_string(),
            "issuer": cert.issuer.rfc4514_string(),
            "serial": format(cert.serial_number, "x"),
            "not_before": cert.not_valid_before_utc.isoformat(),
            "not_after": cert.not_valid_after_utc.isoformat(),
        }
    except Exception as error:  # an odd certificate is still recorded by its bytes
        return {"unparsed": str(error)}


def _verify(host: str, port: int, extra_ca: list[Path] | None) -> dict[str, Any]:
    context = ssl.create_default_context()
    for path in extra_ca or []:
        try:
            context.load_verify_locations(cafile=str(path))
        except (OSError, ssl.SSLError):
            continue
    try:
        with (
            socket.create_connection((host, port), timeout=TLS_TIMEOUT_S) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            tls.version()
    except ssl.SSLCertVerificationError as error:
        return {"ok": False, "detail": error.verify_message or str(error)}
    except (OSError, ssl.SSLError) as error:
        return {"ok": False, "detail": str(error)}
    return {"ok": True, "detail": "verified (system CAs" + (" + extra CA)" if extra_ca else ")")}


def network_record(url: str, extra_ca: list[Path] | None = None) -> dict[str, Any]:
    """Everything Python can observe about the way to *url*'s server (for provenance)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    addresses = resolve(host, port)
    entries = hosts_entries(host)
    proxies = proxy_settings()
    merged = {**proxies["system"], **{k.lower(): v for k, v in proxies["environment"].items()}}
    proxy = None
    try:
        proxy = proxy_for(url, {k.replace("_proxy", ""): v for k, v in merged.items()})
    except Exception:
        proxy = None
    literal = _is_ip(host)
    if literal:
        matches: bool | None = True
        note = "The address is an IP literal; no name lookup was involved."
    elif proxy:
        matches = None
        note = "A proxy was in effect; the page came through it, not from the addresses below."
    elif entries:
        overridden = {e["address"] for e in entries}
        matches = False
        note = (
            "The hosts file maps this host to "
            + ", ".join(sorted(overridden))
            + "; the page came from there rather than from public DNS."
        )
    else:
        matches = bool(addresses)
        note = "No hosts-file entry and no proxy: the page came from the resolved addresses."
    record: dict[str, Any] = {
        "host": host,
        "port": port,
        "resolved_addresses": addresses,
        "environment_check": {
            "proxies": proxies,
            "proxy_used": proxy,
            "hosts_file": str(hosts_file_path()),
            "hosts_file_entries": entries,
            "loaded_address_matches_dns": matches,
            "note": note,
        },
    }
    if scheme == "https" and host:
        record["tls"] = tls_chain(host, port, extra_ca)
    return record


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True
