"""What `pip install .` gives a user: the built wheel, installed (not editable) into a fresh venv,
runs from there: a case, a file, a local web page, an export with the test TSA, verify, and the
desktop app starting offscreen. Offline: the wheel is built without build isolation (setuptools is
in the test extra) and the app's dependencies come from this test run's own site-packages through
a plain path line in a .pth file (which does not run the editable install's import hook).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_app import __version__
from tests.bundle.make_case import phone_screenshot
from tests.conftest import REPO, Result
from tests.fixtures.tsa import TestTSA
from tests.fixtures.web_server import CHINESE_MARKER, WebSite
from tests.test_packaging import assert_desktop_app_starts

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX venv layout")
PASS = {"EVIDENCE_APP_KEY_PASSPHRASE": "correct horse"}
# What the build reads: the package, resources/ and the project files; copied so that the build's
# own folders (build/, *.egg-info) never land in the checkout.
SOURCES = ("evidence_app", "resources", "pyproject.toml", "setup.py", "README.md")


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Result:
    proc = subprocess.run(
        command, capture_output=True, cwd=cwd, env={**os.environ, **(env or {})}, timeout=300
    )
    return Result(proc.returncode, proc.stdout.decode(errors="replace"),
                  proc.stderr.decode(errors="replace"))  # fmt: skip


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (REPO / name).is_dir():
            shutil.copytree(
                REPO / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(REPO / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                  "--no-index", "--quiet", "-w", str(out), str(source)], cwd=out)  # fmt: skip
    assert built.code == 0, built.err
    (path,) = out.glob("evidence_app-*.whl")
    return path


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv with the wheel installed; returns its bin/ folder."""
    venv = tmp_path_factory.mktemp("venv")
    made = _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=venv)
    assert made.code == 0, made.err
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python)]
    done = _run([*pip, "install", "--no-deps", "--no-index", "--quiet", str(wheel)], cwd=venv)
    assert done.code == 0, done.err
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     cwd=venv).out.strip())  # fmt: skip
    (site / "_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    yield venv / "bin"


def test_the_wheel_carries_every_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "evidence_app/resources/guide/guide.json",
        "evidence_app/resources/fonts/wqy-microhei.ttc",
        "evidence_app/resources/icons/evidence-app.png",
        "evidence_app/resources/translations/evidence_app_zh_CN.qm",
        "evidence_app/resources/translations/evidence_app_zh_CN.ts",
        "evidence_app/py.typed",
    ):
        assert needed in names, needed
    assert not [name for name in names if name.startswith(("resources/", "tests/"))]


@pytest.mark.slow
def test_installed_wheel_runs_end_to_end(
    installed: Path, tmp_path: Path, tsa: TestTSA, web_site: WebSite
) -> None:
    data = tmp_path / "data"
    app = str(installed / "evidence-app")

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        result = _run([app, "--data-dir", str(data), *args], cwd=tmp_path, env=env)
        assert "Warning" not in result.err and "Traceback" not in result.err, result.err
        return result

    where = _run([str(installed / "python"), "-c",
                  "import evidence_app.core.resources as r; print(r.__file__); print(r.RESOURCES)"],
                 cwd=tmp_path)  # fmt: skip
    module, resources = where.out.split()
    assert Path(module).is_relative_to(installed.parent)  # the wheel's copy, not the checkout
    assert Path(resources) == Path(module).parent.parent / "resources"

    assert run("--version").out.strip() == f"evidence-app {__version__}"
    chinese = run("--lang", "zh_CN", "--help")
    assert chinese.code == 0 and "已签名的 PDF" in chinese.out
    case_id = run("case", "new", "--title", "车主案件").out.strip()
    added = run("add", "file", case_id, str(phone_screenshot(tmp_path / "shot.png")),
                "--category", "post", "--field", "views=1.2万")  # fmt: skip
    assert added.code == 0, added.err
    page = run("add", "url", case_id, f"{web_site.https}/chinese",
               env={"EVIDENCE_APP_EXTRA_CA": str(web_site.ca_pem)})  # fmt: skip
    assert page.code == 0, page.err
    out = tmp_path / "bundle.pdf"
    exported = run("export", case_id, "--out", str(out), "--tsa", tsa.url, "--lang", "zh_CN",
                   env=PASS)  # fmt: skip
    assert exported.code == 0, exported.err
    trust = ["--trust", str(data / "identity" / "cert.pem"), "--trust", str(tsa.root_cert_path)]
    verified = run("verify", str(out), "--json", *trust)
    assert verified.code == 0, verified.out
    report = json.loads(verified.out)
    assert report["valid"] is True and report["items"] == 2
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "证据" in text  # the bundle font and the Chinese catalogue came from the wheel
    shown = json.loads(run("case", "show", case_id, "--json").out)
    html = next(f for f in shown["items"][1]["files"] if f["role"] == "html")
    assert CHINESE_MARKER in (data / "blobs" / html["sha256"][:2] / html["sha256"]).read_text()


@pytest.mark.slow
def test_installed_wheel_starts_the_desktop_app(installed: Path, tmp_path: Path) -> None:
    assert_desktop_app_starts([str(installed / "evidence-app")], tmp_path)
