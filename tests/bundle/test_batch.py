"""Batch verification of a folder of bundles: 50 PDFs (some tampered, some not bundles) → one row each."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from evidence_app.bundle.batch import (
    NOT_A_BUNDLE,
    BatchCancelled,
    find_bundles,
    verify_folder,
    verify_paths,
)
from evidence_app.bundle.export import export_case
from evidence_app.core.errors import UserError
from evidence_app.core.identity import load_signer
from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore, NewFile
from tests.bundle.test_tamper import flip
from tests.conftest import run_cli
from tests.core.helpers import make_png

pytestmark = pytest.mark.slow
TITLE_A = "甲案：刹车失灵谣言"
TITLE_B = "乙案 B-T"


@dataclass
class Folder:
    root: Path
    fingerprint: str
    expected: dict[str, tuple[bool, str | None]]  # file → (valid, first failed check)
    cert: Path
    tsa_root: Path


def _append_page(path: Path) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with open(path, "rb+") as stream:
        writer = IncrementalPdfFileWriter(stream)
        writer.insert_page(
            generic.DictionaryObject(
                {
                    generic.NameObject("/Type"): generic.NameObject("/Page"),
                    generic.NameObject("/MediaBox"): generic.ArrayObject(
                        [generic.NumberObject(v) for v in (0, 0, 595, 842)]
                    ),
                    generic.NameObject("/Resources"): generic.DictionaryObject(),
                }
            )
        )
        writer.write_in_place()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, tsa) -> Iterator[Folder]:  # type: ignore[no-untyped-def]
    """Two small bundles exported for real, copied to 46 files, plus four bad ones: 50 PDFs."""
    work = tmp_path_factory.mktemp("batch")
    data_dir = work / "data"
    store = CaseStore(data_dir, Operator("王小明", "owner"))
    signer = load_signer(data_dir, b"correct horse", "王小明")
    exported = {}
    for key, title, urls, count in (("a", TITLE_A, [], 1), ("b", TITLE_B, [tsa.url], 2)):
        case = store.create_case(title, "王小明")
        for index in range(count):
            png = make_png(work / f"{key}{index}.png", color=("red", "blue")[index])
            store.add_item(case.id, "post", {"platform": "微博"}, [NewFile("original", png.name, path=png)])  # fmt: skip
        exported[key] = work / f"{key}.pdf"
        export_case(store, case.id, exported[key], signer, tsa_urls=urls, lang="zh_CN")
    store.close()

    root = work / "bundles"
    expected: dict[str, tuple[bool, str | None]] = {}
    for index in range(46):
        key = "a" if index % 2 else "b"
        sub = ("", "2025/", "2025/三月/")[index % 3]
        name = f"{sub}{key}-{index:02d}.pdf" if index != 7 else f"{sub}UPPER-{index:02d}.PDF"
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(exported[key], root / name)
        expected[name] = (True, None)
    mixed = root / "mixed"
    mixed.mkdir()
    shutil.copyfile(exported["a"], mixed / "flipped.pdf")
    flip(mixed / "flipped.pdf", b" cm /EvidenceImage", -1)  # how a screenshot is drawn
    expected["mixed/flipped.pdf"] = (False, "signature_valid")
    shutil.copyfile(exported["b"], mixed / "appended.pdf")
    _append_page(mixed / "appended.pdf")
    expected["mixed/appended.pdf"] = (False, "covers_whole_file")
    (mixed / "notes.pdf").write_bytes("这不是PDF, just text".encode())
    expected["mixed/notes.pdf"] = (False, NOT_A_BUNDLE)
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(mixed / "plain.pdf"))
    page.drawString(100, 100, "a PDF without manifest.json")
    page.save()
    expected["mixed/plain.pdf"] = (False, NOT_A_BUNDLE)
    (root / "readme.txt").write_text("not a PDF name: skipped")
    yield Folder(
        root, signer.identity.sha256_fingerprint, expected, signer.identity.cert_path,
        tsa.root_cert_path,
    )  # fmt: skip


def test_fifty_bundles_each_reported_right(folder):
    seen: list[tuple[int, int]] = []
    rows = verify_folder(
        folder.root,
        [folder.tsa_root],
        progress=lambda done, total, name: seen.append((done, total)),
    )
    assert len(rows) == 50 and seen[-1] == (50, 50) and len(seen) == 50
    assert [r.file for r in rows] == sorted(folder.expected, key=str)
    for row in rows:
        assert (row.valid, row.first_failed_check) == folder.expected[row.file], row
        if row.valid:
            assert row.signer_fingerprint == folder.fingerprint
            assert row.case_title in (TITLE_A, TITLE_B)
            assert row.items == (1 if row.case_title == TITLE_A else 2)
            assert row.signed_at
            assert (row.timestamp_time is not None) == (row.case_title == TITLE_B)
            assert row.report is not None and row.report["valid"] is True
            assert row.verdict == row.report["verdict"] == "valid"
            assert row.detail == ""
        else:
            assert row.verdict == "invalid"
    by_name = {r.file: r for r in rows}
    assert "not an evidence bundle" in by_name["mixed/plain.pdf"].detail
    assert by_name["mixed/plain.pdf"].report is None
    assert (
        by_name["mixed/appended.pdf"].case_title == TITLE_B
    )  # an invalid bundle still says what it is


def test_without_the_tsa_root_stamped_bundles_are_untrusted_not_invalid(folder, tmp_path):
    stamped = sorted(p for p in find_bundles(folder.root) if p.name.startswith("b-"))[:2]
    rows = verify_paths(stamped, root=folder.root, workers=1)
    assert {(r.verdict, r.valid, r.first_failed_check) for r in rows} == {
        ("untrusted", False, "document_timestamp")
    }
    assert rows[0].untrusted_authorities[0]["tsa_subject"].startswith("CN=Evidence App Test TSA")
    trusted = verify_paths(stamped, root=folder.root, trust=[folder.tsa_root], workers=1)
    assert {r.verdict for r in trusted} == {"valid"}
    table = tmp_path / "one.csv"
    assert run_cli(["verify", str(stamped[0]), "--csv", str(table)]).code == 1
    (row,) = csv.DictReader(io.StringIO(table.read_bytes().decode("utf-8-sig")))
    assert row["verdict"] == "untrusted" and row["valid"] == "false"


def test_one_worker_gives_the_same_rows(folder):
    mixed = find_bundles(folder.root / "mixed")
    one = verify_paths(mixed, root=folder.root, workers=1)
    assert [(r.file, r.valid, r.first_failed_check) for r in one] == [
        (name, *folder.expected[name]) for name in sorted(n for n in folder.expected if n.startswith("mixed/"))
    ]  # fmt: skip


def test_cancel_stops_the_batch(folder):
    with pytest.raises(BatchCancelled):
        verify_folder(folder.root, workers=1, cancel=lambda: True)


def test_bad_folder_and_empty_folder_are_user_errors(folder, tmp_path):
    with pytest.raises(UserError):
        verify_folder(tmp_path / "missing")
    with pytest.raises(UserError):
        verify_folder(tmp_path)  # no PDF in it


def test_cli_json_lists_every_row_with_its_report(folder):
    result = run_cli(["verify", str(folder.root / "mixed"), "--json"])
    assert result.code == 1, result.err
    rows = json.loads(result.out)
    assert [r["file"] for r in rows] == ["appended.pdf", "flipped.pdf", "notes.pdf", "plain.pdf"]
    assert [r["first_failed_check"] for r in rows] == [
        "covers_whole_file", "signature_valid", NOT_A_BUNDLE, NOT_A_BUNDLE,
    ]  # fmt: skip
    assert rows[0]["report"]["timestamp"]["gen_time"] == rows[0]["timestamp_time"]
    assert {c["name"] for c in rows[1]["report"]["checks"] if not c["ok"]} >= {"signature_valid"}


def test_cli_csv_is_utf8_with_bom_and_exit_0_when_all_valid(folder, tmp_path):
    out = tmp_path / "table.csv"
    result = run_cli(["verify", str(folder.root / "2025"), "--csv", str(out),
                      "--trust", str(folder.cert), "--trust", str(folder.tsa_root)])  # fmt: skip
    assert result.code == 0, result.out + result.err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 30
    assert {r["case_title"] for r in rows} == {TITLE_A, TITLE_B}
    assert {r["valid"] for r in rows} == {"true"}
    assert {r["verdict"] for r in rows} == {"valid"}
    assert rows[0]["signer_fingerprint"] == folder.fingerprint
    assert "30 of 30 bundles valid" in result.out


def test_cli_text_table(folder):
    result = run_cli(["verify", str(folder.root / "mixed")])
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0].split()[:2] == ["File", "Verdict"]
    flipped = next(line for line in lines if line.startswith("flipped.pdf "))
    assert "INVALID" in flipped and "signature_valid" in flipped
    appended = next(line for line in lines if line.startswith("appended.pdf "))
    assert TITLE_B in appended and folder.fingerprint[:16] in appended
    assert "0 of 4 bundles valid." in result.out
    assert any(line.startswith("plain.pdf: not_a_bundle: ") for line in lines)


def test_cli_bad_path_is_exit_2(tmp_path):
    assert run_cli(["verify", str(tmp_path / "nowhere")]).code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run_cli(["verify", str(empty)])
    assert result.code == 2 and "no PDF" in result.err
