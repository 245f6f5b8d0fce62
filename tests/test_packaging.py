"""Packaging (packaging/): the desktop entry and AppStream metadata validate, the icons are there in
every size, and the frozen app (PyInstaller, packaging/evidence-app.spec) works as a user runs it.

The frozen app is built once per session into a temporary folder (about 1.5 minutes and 520 MB
on two cores; the .deb test wraps that same build, about 30 s more), unless EVIDENCE_APP_FROZEN names a build to test (`make package-smoke` passes
dist/evidence-app). Validation needs desktop-file-validate (desktop-file-utils) and appstreamcli
(appstream), both in the Makefile's DEB_PACKAGES.
"""

from __future__ import annotations

import configparser
import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from evidence_app import __version__
from tests.bundle.make_case import phone_screenshot
from tests.conftest import Result
from tests.fixtures.web_server import CHINESE_MARKER, WebSite

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "evidence-app.spec"
APP_ID = "org.evidenceapp.EvidenceApp"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = PACKAGING / "icons"
FROZEN_ENV = "EVIDENCE_APP_FROZEN"
PASS = {"EVIDENCE_APP_KEY_PASSPHRASE": "correct horse"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# The desktop entry, AppStream and the checks of the build (ldd, ELF, install.sh) are Linux's.
linux_only = pytest.mark.skipif(sys.platform != "linux", reason="Linux packaging")


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: run `make system-deps` (Debian: see DEB_PACKAGES)")
    return path


# -- desktop entry, AppStream metadata, icons ------------------------------------------------------


@linux_only
def test_desktop_entry_validates() -> None:
    proc = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  (keys are case-sensitive)
    entry.read(DESKTOP, encoding="utf-8")
    group = entry["Desktop Entry"]
    assert group["Name"] == "Evidence App" and group["Name[zh_CN]"] == "取证助手"
    assert group["Comment"] and group["Comment[zh_CN]"]
    assert group["Exec"] == "evidence-app" and group["Icon"] == APP_ID
    assert "Office" in group["Categories"].split(";")


@linux_only
def test_metainfo_validates_and_matches_the_app() -> None:
    proc = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, report
    # Errors and warnings fail; infos and pedantic hints (the id's capitals) are allowed.
    assert not [line for line in report.splitlines() if line.lstrip().startswith(("E:", "W:"))]
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application" and root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    for tag in ("name", "summary"):
        assert {element.get(XML_LANG) for element in root.findall(tag)} == {None, "zh_CN"}
    names = {element.get(XML_LANG): element.text for element in root.findall("name")}
    assert names == {None: "Evidence App", "zh_CN": "取证助手"}
    paragraphs = root.findall("description/p")
    assert {p.get(XML_LANG) for p in paragraphs} == {None, "zh_CN"}
    assert root.find("content_rating") is not None
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == "evidence-app"
    releases = [release.get("version") for release in root.findall("releases/release")]
    assert releases[0] == __version__  # the newest release is the version being built


def test_icons_in_every_size() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"evidence-app-{size}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
    with Image.open(ICONS / "evidence-app.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "evidence-app.icns") as icns:
        assert icns.format == "ICNS" and icns.size == (1024, 1024)


# -- the frozen app ----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The folder of a one-folder PyInstaller build: EVIDENCE_APP_FROZEN, or one built now."""
    given = os.environ.get(FROZEN_ENV)
    if given:
        folder = Path(given).resolve()
        assert (folder / "evidence-app").is_file(), f"{FROZEN_ENV}={given}: no evidence-app in it"
        yield folder
        return
    pytest.importorskip("PyInstaller", reason="pyinstaller is in the test extra")
    work = tmp_path_factory.mktemp("pyinstaller")
    env = {**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "config")}  # no cache in ~
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC),
    ]  # fmt: skip
    started = time.monotonic()
    proc = subprocess.run(command, capture_output=True, text=True, env=env, timeout=1200)
    assert proc.returncode == 0, proc.stderr[-4000:]
    folder = work / "dist" / "evidence-app"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    sys.stderr.write(
        f"\nfrozen app built in {time.monotonic() - started:.0f} s, {size / 1e6:.0f} MB\n"
    )
    shutil.rmtree(work / "build")
    yield folder
    shutil.rmtree(work, ignore_errors=True)  # half a gigabyte: not kept with pytest's temp dirs


def run_frozen(
    folder: Path, args: Sequence[str], env: dict[str, str] | None = None, timeout: float = 300
) -> Result:
    proc = subprocess.run(
        [str(folder / "evidence-app"), *args],
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=timeout,
        cwd=folder.parent,  # not the checkout: nothing may come from the source tree
    )
    return Result(
        proc.returncode,
        proc.stdout.decode("utf-8", "replace"),
        proc.stderr.decode("utf-8", "replace"),
    )


@pytest.mark.slow
@linux_only
def test_frozen_app_has_its_resources_and_every_library(frozen_app: Path) -> None:
    internal = frozen_app / "_internal"
    for name in (
        "guide/guide.json",
        "fonts/wqy-microhei.ttc",
        "icons/evidence-app.png",
        "translations/evidence_app_zh_CN.qm",
        "translations/evidence_app_zh_CN.ts",
    ):
        assert (internal / "resources" / name).is_file(), name
    qt = internal / "PySide6" / "Qt"
    assert (qt / "libexec" / "QtWebEngineProcess").is_file()
    assert list((qt / "plugins" / "multimedia").glob("libffmpegmediaplugin*.so"))
    assert (qt / "translations" / "qtbase_zh_CN.qm").is_file()
    assert not (qt / "qml").exists()  # trimmed by the spec: a widgets app loads no QML
    # The spec drops the Qt libraries it thinks nothing links to: every binary must still find
    # every library that PySide6 ships (the system's own, such as GTK or Wayland, may be absent).
    shipped = {p.name for p in Path(_pyside6_dir()).rglob("*.so*")}
    binaries = [p for p in internal.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    assert len(binaries) > 100

    def missing(path: Path) -> list[str]:
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True).stdout
        names = [line.split()[0] for line in out.splitlines() if "=> not found" in line]
        return [f"{path.relative_to(internal)}: {name}" for name in names if name in shipped]

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        problems = [line for found in pool.map(missing, binaries) for line in found]
    assert not problems, "\n".join(problems)


def _is_elf(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(4) == b"\x7fELF"


def _pyside6_dir() -> str:
    import PySide6

    return os.path.dirname(PySide6.__file__)


@pytest.mark.slow
@linux_only
def test_frozen_command_line(frozen_app: Path, tmp_path: Path, web_site: WebSite) -> None:
    """Help in both languages, a case with a file, a web page and a screen, export, verify."""
    data = ["--data-dir", str(tmp_path / "data")]

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        return run_frozen(frozen_app, [*data, *args], env=env)

    version = run("--version")
    assert version.code == 0 and version.out.strip() == f"evidence-app {__version__}"
    english = run("--help")
    assert english.code == 0 and "export" in english.out and "verify" in english.out
    chinese = run("--lang", "zh_CN", "--help")  # core reads the bundled .ts catalogue
    assert chinese.code == 0 and "已签名的 PDF" in chinese.out, chinese.out
    bad = run("case", "new")
    assert bad.code == 2 and "bad usage" in bad.err and "Traceback" not in bad.err

    case_id = run("case", "new", "--title", "T").lines[0]
    shot = phone_screenshot(tmp_path / "shot.png")
    added = run("add", "file", case_id, str(shot), "--category", "post", "--field", "platform=微博")
    assert added.code == 0, added.err
    # QtWebEngine, frozen: a page over HTTPS from the test site, with its certificate authority.
    page = run("add", "url", case_id, f"{web_site.https}/chinese",
               env={"EVIDENCE_APP_EXTRA_CA": str(web_site.ca_pem)})  # fmt: skip
    assert page.code == 0, page.err
    screen = run("add", "screen", case_id, "--screen", "0")
    assert screen.code == 0, screen.err
    shown = json.loads(run("case", "show", case_id, "--json").out)
    assert [item["category"] for item in shown["items"]] == ["post", "post", "other"]
    web_item = shown["items"][1]
    assert {f["role"] for f in web_item["files"]} >= {"full_page", "mhtml", "html", "provenance"}
    html_sha = next(f["sha256"] for f in web_item["files"] if f["role"] == "html")
    blob = tmp_path / "data" / "blobs" / html_sha[:2] / html_sha
    assert CHINESE_MARKER in blob.read_text("utf-8")
    # The post-text extractor, frozen (trafilatura's settings, the public-suffix list courlan reads).
    assert run("campaign", case_id, "--json").code == 0
    shown = json.loads(run("case", "show", case_id, "--json").out)
    text_sha = next(f["sha256"] for f in shown["items"][1]["files"] if f["role"] == "text")
    text_blob = tmp_path / "data" / "blobs" / text_sha[:2] / text_sha
    assert CHINESE_MARKER in text_blob.read_text("utf-8")

    bundles = tmp_path / "bundles"
    bundles.mkdir()
    out = bundles / "bundle.pdf"
    exported = run("export", case_id, "--out", str(out), env=PASS)
    assert exported.code == 0, exported.err
    verified = run("verify", str(out), "--json")
    assert verified.code == 0, verified.out
    report = json.loads(verified.out)
    assert report["valid"] is True and report["items"] == 3

    # A folder is verified in worker processes (spawn): each is the frozen executable again.
    data_bytes = out.read_bytes()
    (bundles / "copy.pdf").write_bytes(data_bytes)
    (bundles / "appended.pdf").write_bytes(data_bytes + b"\n% one line after the signature\n")
    table = tmp_path / "verify.csv"
    batch = run("verify", str(bundles), "--csv", str(table))
    assert batch.code == 1, batch.out + batch.err  # one bundle of three has problems
    with table.open(encoding="utf-8-sig", newline="") as stream:
        rows = {row["file"]: row for row in csv.DictReader(stream)}
    assert {name: row["valid"] for name, row in rows.items()} == {
        "appended.pdf": "false",
        "bundle.pdf": "true",
        "copy.pdf": "true",
    }
    assert rows["appended.pdf"]["first_failed_check"] == "covers_whole_file"
    assert "Traceback" not in batch.err


def assert_desktop_app_starts(command: Sequence[str], tmp_path: Path) -> None:
    """With no sub-command the window opens (offscreen); it is stopped once its first frame is up."""
    data = tmp_path / "desktop-data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EVIDENCE_APP_NO_CRASH_DIALOG": "1"}
    log = data / "logs" / "app.log"  # opened just after the window's first frame
    started = time.monotonic()
    proc = subprocess.Popen(
        [*command, "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            if log.is_file() and "main window for" in log.read_text("utf-8", "replace"):
                break
            time.sleep(0.1)
        still_running = proc.poll() is None
        took = time.monotonic() - started
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        _out, err = proc.communicate(timeout=30)
    assert still_running, f"the app exited with {proc.returncode}: {err.decode(errors='replace')}"
    assert log.is_file(), "no first frame within 90 s"
    sys.stderr.write(f"\n{command[0]}: window up and log open after {took:.1f} s\n")
    assert not list((data / "logs").glob("crash-*.log"))
    assert b"Traceback" not in err and b"Warning" not in err, err.decode(errors="replace")


@pytest.mark.slow
@linux_only
def test_frozen_desktop_app_starts(frozen_app: Path, tmp_path: Path) -> None:
    assert_desktop_app_starts([str(frozen_app / "evidence-app")], tmp_path)


@pytest.mark.slow
@linux_only
def test_install_script_puts_everything_where_the_desktop_looks(
    frozen_app: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "root" / "usr"
    proc = subprocess.run(
        [str(PACKAGING / "linux" / "install.sh"), str(frozen_app), str(prefix)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    share = prefix / "share"
    assert (share / "applications" / DESKTOP.name).is_file()
    assert (share / "metainfo" / METAINFO.name).is_file()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    # The metainfo, its desktop entry and its icon, checked together as a software centre would.
    tree = subprocess.run(
        [tool("appstreamcli"), "validate-tree", "--no-net", str(tmp_path / "root")],
        capture_output=True,
        text=True,
    )
    assert tree.returncode == 0, tree.stdout + tree.stderr
    installed = subprocess.run([str(prefix / "bin" / "evidence-app"), "--version"],
                               capture_output=True, text=True)  # fmt: skip
    assert installed.returncode == 0 and __version__ in installed.stdout


# -- the Debian package ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def deb_package(frozen_app: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """make-deb.sh around the session's frozen build (gzip -1: xz would take minutes here)."""
    tool("dpkg-deb")
    out = tmp_path_factory.mktemp("deb")
    proc = subprocess.run(
        [str(PACKAGING / "linux" / "make-deb.sh"), str(frozen_app), str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "DEB_COMPRESSION": "gzip", "DEB_LEVEL": "1"},
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    deb = Path(proc.stdout.strip().splitlines()[-1])
    assert deb.is_file() and deb.name.startswith(f"evidence-app_{__version__}-1_"), deb
    return deb


def _deb_field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True,
                          check=True).stdout.strip()  # fmt: skip


@pytest.mark.slow
@linux_only
def test_deb_installs_runs_and_removes(deb_package: Path, tmp_path: Path) -> None:
    """The package an owner installs: apt as root (else unpacked into a folder), then the installed
    evidence-app runs, the desktop app starts offscreen, and the package goes again."""
    assert _deb_field(deb_package, "Package") == "evidence-app"
    assert _deb_field(deb_package, "Version") == f"{__version__}-1"
    assert "libnss3" in _deb_field(deb_package, "Depends")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb_package)], capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
    for path in (
        "./usr/bin/evidence-app -> ../lib/evidence-app/evidence-app",
        f"./usr/share/applications/{DESKTOP.name}",
        f"./usr/share/metainfo/{METAINFO.name}",
        f"./usr/share/icons/hicolor/256x256/apps/{APP_ID}.png",
        "./usr/share/doc/evidence-app/copyright",
        "./usr/lib/evidence-app/_internal/resources/guide/guide.json",
    ):
        assert path in listing, path
    assert all(" root/root " in line for line in listing.splitlines())

    with_apt = os.geteuid() == 0 and shutil.which("apt-get") is not None
    if with_apt:
        apt = ["apt-get", "install", "-y", "-qq", "--no-install-recommends",
               "-o", "DPkg::Lock::Timeout=300", str(deb_package)]  # fmt: skip
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        # Offline: the package's dependencies must already be here (make system-deps).
        plan = subprocess.run([*apt, "--simulate"], capture_output=True, text=True, env=env)
        to_install = [
            line.split()[1] for line in plan.stdout.splitlines() if line.startswith("Inst ")
        ]
        assert to_install == ["evidence-app"], plan.stdout + plan.stderr
        installed = subprocess.run(apt, capture_output=True, text=True, timeout=600, env=env)
        assert installed.returncode == 0, installed.stdout + installed.stderr
        root = Path("/")
    else:
        root = tmp_path / "root"
        subprocess.run(["dpkg-deb", "-x", str(deb_package), str(root)], check=True)
    try:
        app = root / "usr" / "bin" / "evidence-app"
        version = subprocess.run([str(app), "--version"], capture_output=True, text=True,
                                 cwd=tmp_path, timeout=120)  # fmt: skip
        assert version.returncode == 0 and version.stdout.strip() == f"evidence-app {__version__}"
        assert_desktop_app_starts([str(app)], tmp_path)
        if with_apt:
            status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "evidence-app"],
                                    capture_output=True, text=True)  # fmt: skip
            assert status.stdout == "install ok installed"
    finally:
        if with_apt:
            removed = subprocess.run(
                ["apt-get", "purge", "-y", "-qq", "-o", "DPkg::Lock::Timeout=300", "evidence-app"],
                capture_output=True, text=True, timeout=600,
                env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
            )  # fmt: skip
            assert removed.returncode == 0, removed.stdout + removed.stderr
    if with_apt:
        assert not Path("/usr/lib/evidence-app").exists()
        assert not Path("/usr/bin/evidence-app").exists()
