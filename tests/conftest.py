"""Shared fixtures: an isolated data directory per test, offscreen Qt, and a CLI runner."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault(
    "QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu --disable-background-networking"
)
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")

# Plugins with fixtures that start real parts; each is loaded once it exists.
pytest_plugins = [
    name
    for name in (
        "tests.fixtures.tsa",
        "tests.fixtures.web_server",
        "tests.fixtures.qt_hygiene",
        "tests.fixtures.campaign_site",
    )
    if importlib.util.find_spec(name) is not None
]

REPO = Path(__file__).resolve().parent.parent
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Every test gets its own data dir and never sees the user's real data or settings."""
    data_dir = tmp_path_factory.mktemp("data")
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("EVIDENCE_APP_DATA_DIR", str(data_dir))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("EVIDENCE_APP_LANG", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    from evidence_app.core import i18n

    i18n.set_language("en")
    yield data_dir
    i18n.set_language("en")


@pytest.fixture
def data_dir(isolated_environment: Path) -> Path:
    return isolated_environment


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return [line for line in self.out.splitlines() if line]


def run_cli(
    args: Sequence[str],
    data_dir: Path | None = None,
    env: dict[str, str] | None = None,
    prefix: Sequence[str] = (),
    timeout: float = 300,
) -> Result:
    """Run ``evidence-app`` as a real process, as a user or another tool would."""
    full_env = dict(os.environ)
    if data_dir is not None:
        full_env["EVIDENCE_APP_DATA_DIR"] = str(data_dir)
    full_env.update(env or {})
    proc = subprocess.run(
        [*prefix, sys.executable, "-m", "evidence_app", *args],
        capture_output=True,
        env=full_env,
        timeout=timeout,
        cwd=REPO,
    )
    return Result(
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


_MEASURED_MAIN = (
    "import sys\n"
    "from evidence_app.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "status = open('/proc/self/status').read()\n"
    "sys.stderr.write('VmHWM ' + status.split('VmHWM:')[1].split()[0] + '\\n')\n"
    "sys.exit(code)\n"
)


def run_cli_peak_memory(args: Sequence[str], data_dir: Path) -> tuple[Result, float]:
    """Run the CLI and return its peak resident memory in MB (VmHWM: this process's own, not
    the forking test process's, which rusage would include)."""
    env = {**os.environ, "EVIDENCE_APP_DATA_DIR": str(data_dir)}
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURED_MAIN, *args], capture_output=True, env=env, cwd=REPO
    )
    err = proc.stderr.decode("utf-8", "replace")
    lines = err.splitlines()
    peak_kb = int(lines[-1].split()[1]) if lines and lines[-1].startswith("VmHWM") else -1
    return Result(
        proc.returncode, proc.stdout.decode("utf-8", "replace"), "\n".join(lines[:-1])
    ), peak_kb / 1024


@pytest.fixture
def cli(data_dir: Path):  # type: ignore[no-untyped-def]
    def invoke(*args: str, **kwargs: object) -> Result:
        return run_cli(list(args), data_dir=kwargs.pop("data_dir", data_dir), **kwargs)  # type: ignore[arg-type]

    return invoke


def unprivileged_prefix() -> list[str]:
    """Run a child without the powers that let root read or write anything (CAP_DAC_*)."""
    if os.geteuid() != 0:
        return []
    caps = "-dac_override,-dac_read_search,-fowner"
    return ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}"]
