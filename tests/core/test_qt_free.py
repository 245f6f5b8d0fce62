"""The Qt-free rule: core and bundle import and work with PySide6 made unimportable."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO

SCRIPT = textwrap.dedent(
    """
    import importlib, pkgutil, sys
    from pathlib import Path

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
                raise ImportError(f"{name} is blocked: core and bundle must stay Qt-free")
            return None

    sys.meta_path.insert(0, BlockQt())
    import evidence_app.core, evidence_app.bundle
    for package in (evidence_app.core, evidence_app.bundle):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(module.name)

    from evidence_app.core.store import CaseStore, NewFile
    from evidence_app.core.integrity import verify_case
    data = Path(sys.argv[1])
    png = data.parent / "in.png"
    from PIL import Image
    Image.new("RGB", (10, 10), "red").save(png)
    with CaseStore(data) as store:
        case = store.create_case("qt-free")
        store.add_item(case.id, "post", {"url": "https://example.test/"}, [NewFile.from_path(png)])
        assert verify_case(store, case.id).ok
    assert not any(m.startswith("PySide6") for m in sys.modules)
    print("ok", len(sys.modules))
    """
)


def test_core_and_bundle_run_without_pyside6(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_no_pyside6_import_statement_in_core_or_bundle() -> None:
    """Also imports that only run lazily, inside a function, which the run above would miss."""
    for layer in ("core", "bundle"):
        for path in (REPO / "evidence_app" / layer).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    names = [node.module or ""]
                assert not any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names), (
                    f"{path}:{node.lineno} imports Qt"
                )
