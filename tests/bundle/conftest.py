"""Bundles exported once per module (exporting costs seconds): B-B without a TSA, B-T with the test TSA."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from evidence_app.bundle.export import ExportResult, export_case
from evidence_app.core.identity import Signer, load_signer
from evidence_app.core.store import CaseStore
from tests.bundle.make_case import build_case, open_store


@pytest.fixture(scope="module")
def shanghai() -> Iterator[None]:
    """The computer's own zone is China's (local ≠ UTC), for a module's exports, then restored."""
    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if old_tz is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old_tz
    time.tzset()


@dataclass
class Exported:
    path: Path
    result: ExportResult
    store: CaseStore
    case_id: str
    signer: Signer
    sources: Path
    data_dir: Path

    def copy(self, folder: Path, name: str = "copy.pdf") -> Path:
        target = folder / name
        shutil.copyfile(self.path, target)
        return target


def _export(folder: Path, tsa_urls: list[str], lang: str) -> Exported:
    data_dir = folder / "data"
    store = open_store(data_dir)
    case_id, _ = build_case(store, folder / "sources")
    signer = load_signer(data_dir, b"correct horse", "王小明")
    out = folder / "bundle.pdf"
    result = export_case(store, case_id, out, signer, tsa_urls=tsa_urls, lang=lang)
    return Exported(out, result, store, case_id, signer, folder / "sources", data_dir)


@pytest.fixture(scope="module")
def bundle_bb(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    exported = _export(tmp_path_factory.mktemp("bundle-bb"), [], "zh_CN")
    yield exported
    exported.store.close()


@pytest.fixture(scope="module")
def bundle_bt(tmp_path_factory: pytest.TempPathFactory, tsa) -> Iterator[Exported]:  # type: ignore[no-untyped-def]
    exported = _export(tmp_path_factory.mktemp("bundle-bt"), [tsa.url], "en")
    yield exported
    exported.store.close()
