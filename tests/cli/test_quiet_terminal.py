"""No Python warning on a user's terminal: every command that loads pyHanko, with a TSA configured,
keeps stderr free of `Warning`; a library's warning goes to the app's log file instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from evidence_app.core.settings import Settings
from tests.bundle.make_case import phone_screenshot
from tests.conftest import REPO
from tests.core.test_private_data import loose_modes
from tests.fixtures.tsa import TestTSA
from tests.fixtures.web_server import WebSite

PASS = {"EVIDENCE_APP_KEY_PASSPHRASE": "correct horse"}


@pytest.mark.slow
def test_commands_with_a_tsa_print_no_warning(
    cli: Any, data_dir: Path, tmp_path: Path, tsa: TestTSA, web_site: WebSite
) -> None:
    Settings(tsa_urls=[tsa.url]).save(data_dir)
    ca = str(web_site.ca_pem)
    case_id = cli("case", "new", "--title", "Quiet").lines[0]
    shot = phone_screenshot(tmp_path / "shot.png")
    out = tmp_path / "bundles" / "bundle.pdf"
    out.parent.mkdir()
    trust = ["--trust", str(data_dir / "identity" / "cert.pem"), "--trust", str(tsa.root_cert_path)]
    runs = {
        "add file": cli("add", "file", case_id, str(shot)),
        "add url": cli(
            "add", "url", case_id, f"{web_site.https}/chinese", env={"EVIDENCE_APP_EXTRA_CA": ca}
        ),
        "timestamp": cli("timestamp", case_id),
        "export": cli("export", case_id, "--out", str(out), env=PASS),
        "verify": cli("verify", str(out), *trust),
        "verify folder": cli("verify", str(out.parent), *trust),  # in worker processes
        "key check": cli("key", "check", env=PASS),
    }
    for name, result in runs.items():
        assert result.code == 0, f"{name}: {result.out}{result.err}"
        assert "Warning" not in result.err, f"{name} printed: {result.err}"
        assert "warn" not in result.err.lower(), f"{name} printed: {result.err}"
    # The log and the browser profile are owner-only too; Chromium writes a file or two of its own
    # (Visited Links) with the default mode inside the profile's 0700 folder.
    profiles = data_dir / "profiles"
    assert [line for line in loose_modes(data_dir) if f"/{profiles.name}/" not in line] == []
    assert all(line.endswith("Visited Links") for line in loose_modes(data_dir)), loose_modes(
        data_dir
    )


def test_a_library_warning_goes_to_the_log_not_stderr(data_dir: Path) -> None:
    """Whatever a library warns about while a command runs lands in logs/app.log."""
    script = (
        "import sys, warnings\n"
        "import evidence_app.commands.cases as cases\n"
        "original = cases.cmd_case_list\n"
        "def noisy(ctx):\n"
        "    warnings.warn('the library is deprecated', DeprecationWarning, stacklevel=1)\n"
        "    warnings.warn('a library note', UserWarning)\n"
        "    return original(ctx)\n"
        "cases.cmd_case_list = noisy\n"
        "from evidence_app.cli import main\n"
        "sys.exit(main(['case', 'list']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-W", "always", "-c", script],
        capture_output=True, text=True, cwd=REPO,
        env={**os.environ, "EVIDENCE_APP_DATA_DIR": str(data_dir)},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    log = (data_dir / "logs" / "app.log").read_text("utf-8")
    assert "UserWarning: a library note" in log
    assert "DeprecationWarning: the library is deprecated" in log


def test_qt_and_chromium_lines_go_to_the_log_not_the_terminal(cli: Any, data_dir: Path) -> None:
    """A capture starts QtWebEngine, whose processes print "QRhiGles2: Failed to create context",
    "[…:ERROR:bus.cc] Failed to connect to the bus", "GPUInfo not initialized…" on descriptor 2:
    the user sees only the app's own sentence; those lines are in the log."""
    import socket

    with socket.socket() as probe:  # a port on 127.0.0.1 where nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    case_id = cli("case", "new", "--title", "Quiet").lines[0]
    result = cli("add", "url", case_id, f"http://127.0.0.1:{port}/", "--timeout", "20")
    assert result.code == 2 and result.out == ""
    (line,) = result.err.splitlines()
    assert line.startswith("evidence-app: ") and "could not be reached" in line, result.err
    log = (data_dir / "logs" / "app.log").read_text("utf-8", "replace")
    assert "Sandboxing disabled" in log or "QRhi" in log or "ERROR:" in log, log
