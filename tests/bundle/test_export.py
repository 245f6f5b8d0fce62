"""The exported bundle, checked by independent tools: pdfsig, qpdf, pdffonts, pdftotext, pdfdetach, pdfimages, openssl."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from evidence_app.bundle.export import ExportCancelled, export_case
from evidence_app.bundle.verify import verify_bundle
from evidence_app.core.errors import IntegrityError
from tests.bundle.make_case import CHINESE_ACCOUNT, CHINESE_POST, LONG_URL

pytestmark = pytest.mark.slow


def run(*args: str | Path) -> str:
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout + proc.stderr


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def detach_all(pdf: Path, folder: Path) -> dict[str, Path]:
    folder.mkdir()
    run("pdfdetach", "-saveall", "-o", folder, pdf)
    return {p.name: p for p in folder.iterdir()}


def test_pdfsig_finds_a_valid_pades_signature_over_the_whole_file(bundle_bb):
    out = run("pdfsig", bundle_bb.path)
    assert out.count("Signature #") == 1
    assert "Signature Type: ETSI.CAdES.detached" in out
    assert "Signature is Valid" in out
    assert "Total document signed" in out
    assert bundle_bb.result.signed_level == "B-B"


def test_with_a_tsa_the_signature_is_b_t_and_a_document_timestamp_covers_the_file(bundle_bt):
    out = run("pdfsig", bundle_bt.path)
    first, second = out.split("Signature #2:")
    assert "ETSI.CAdES.detached" in first and "Signature is Valid" in first
    assert "EvidenceAppDocumentTimestamp" in second
    assert "Total document signed" in second
    assert bundle_bt.result.signed_level == "B-T"


@pytest.mark.parametrize("which", ["bundle_bb", "bundle_bt"])
def test_qpdf_finds_no_errors(which, request):
    exported = request.getfixturevalue(which)
    out = run("qpdf", "--check", exported.path)
    assert "No syntax or stream encoding errors found" in out


def test_every_font_is_embedded(bundle_bb):
    lines = run("pdffonts", bundle_bb.path).splitlines()[2:]
    assert lines, "no fonts at all"
    for line in lines:
        columns = line.split()
        assert columns[-5] == "yes", line  # emb
        assert columns[-4] == "yes", line  # sub(set)


def test_text_holds_the_chinese_values_and_the_whole_url(bundle_bb):
    text = run("pdftotext", "-enc", "UTF-8", bundle_bb.path, "-")
    for value in (CHINESE_POST, CHINESE_ACCOUNT, "证明被告发布了虚假的刹车失灵信息", "王小明"):
        assert value in text
    assert LONG_URL in "".join(text.split())  # wrapped over lines, never clipped
    assert bundle_bb.result.custody_head in "".join(text.split())


def test_cover_says_b_b_time_is_the_signers_clock(bundle_bb):
    text = run("pdftotext", "-f", "1", "-l", "1", bundle_bb.path, "-")
    assert "signer's computer clock" in " ".join(text.split())


def test_detached_files_match_the_manifest_and_the_originals(bundle_bb, tmp_path):
    files = detach_all(bundle_bb.path, tmp_path / "out")
    manifest = json.loads(files["manifest.json"].read_text("utf-8"))
    assert manifest["format"] == "evidence-bundle/1"
    assert manifest["custody_head"] == bundle_bb.result.custody_head
    listed = [f for item in manifest["items"] for f in item["files"]]
    assert len(listed) == 7
    for entry in listed:
        path = files[entry["attachment"]]
        assert sha256(path) == entry["sha256"]
        assert path.stat().st_size == entry["size"]
    assert set(files) == {e["attachment"] for e in listed} | {
        "manifest.json",
        "custody-log.json",
        "signer-cert.pem",
    }
    assert sha256(files["E001-original-手机截图.png"]) == sha256(bundle_bb.sources / "phone.png")
    assert "E004-original-bad_name_.png" in files  # unsafe characters replaced
    log = json.loads(files["custody-log.json"].read_text("utf-8"))
    assert log[-1]["action"] == "exported" and log[-1]["hash"] == manifest["custody_head"]


def test_attachments_carry_mime_params_and_relationship(bundle_bb):
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(bundle_bb.path, "rb") as stream:
        root = PdfFileReader(stream).root
        names = root["/Names"]["/EmbeddedFiles"]["/Names"]
        specs = {str(names[i]): names[i + 1] for i in range(0, len(names), 2)}
        assert len(root["/AF"]) == len(specs) == 10
        photo = specs["E001-original-photo.jpg"]
        assert photo["/AFRelationship"] == "/Source"
        embedded = photo["/EF"]["/F"]
        assert embedded["/Subtype"] == "/image/jpeg"
        assert embedded["/Params"]["/Size"] == (bundle_bb.sources / "photo.jpg").stat().st_size
        assert "/ModDate" in embedded["/Params"] and "/CreationDate" in embedded["/Params"]
        assert specs["manifest.json"]["/AFRelationship"] == "/Data"


def test_screenshots_are_placed_without_loss(bundle_bb, tmp_path):
    # a tall capture is one image drawn on several pages: extract each image from its first page
    first_pages: dict[str, str] = {}
    for line in run("pdfimages", "-list", bundle_bb.path).splitlines()[2:]:
        columns = line.split()
        first_pages.setdefault(columns[10], columns[0])  # object number → first page
    for page in sorted(set(first_pages.values())):
        run("pdfimages", "-all", "-f", page, "-l", page, bundle_bb.path, tmp_path / f"p{page}")
    extracted = sorted(tmp_path.iterdir())
    jpegs = [p for p in extracted if p.suffix == ".jpg"]
    # the JPEG is passed through byte for byte
    assert [sha256(p) for p in jpegs] == [sha256(bundle_bb.sources / "photo.jpg")]
    shown = {
        hashlib.sha256(Image.open(p).convert("RGB").tobytes()).hexdigest()
        for p in extracted
        if p.suffix == ".png"
    }
    for source in ("phone.png", "p2.png", "page.png"):  # RGB, RGB, RGBA (re-encoded)
        pixels = Image.open(bundle_bb.sources / source).convert("RGB").tobytes()
        assert hashlib.sha256(pixels).hexdigest() in shown, source


def test_phone_png_data_is_passed_through_not_recompressed(bundle_bb):
    from evidence_app.bundle.images import read_png_layout

    layout = read_png_layout(bundle_bb.sources / "phone.png")
    data = (bundle_bb.sources / "phone.png").read_bytes()
    idat = b"".join(data[o : o + n] for o, n in layout.idat)
    assert bundle_bb.path.read_bytes().count(idat) == 1


def test_tall_capture_continues_over_several_pages(bundle_bb):
    text = run("pdftotext", bundle_bb.path, "-")
    assert "E002-full_page-page.png" in text
    from evidence_app.core.i18n import tr

    label = tr("Bundle", "part {part} of {parts}, pixel rows {first}–{last}", "zh_CN")
    fragment = label.split("{parts}")[0]  # the bundle is in Chinese: "第 {part}/"
    assert fragment.format(part=1) in text and fragment.format(part=4) in text


def test_item_tokens_verify_with_openssl_against_the_tsa_root(bundle_bt, tsa, tmp_path):
    files = detach_all(bundle_bt.path, tmp_path / "out")
    manifest = json.loads(files["manifest.json"].read_text("utf-8"))
    stamps = [s for item in manifest["items"] for s in item["timestamps"]]
    assert len(stamps) == 6  # one per stamped file
    for stamp in stamps:
        assert stamp["attachment"] == stamp["hash_of"] + ".tsr"
        out = run(
            "openssl", "ts", "-verify", "-data", files[stamp["hash_of"]],
            "-in", files[stamp["attachment"]], "-CAfile", tsa.root_cert_path,
        )  # fmt: skip
        assert "Verification: OK" in out


def test_verify_accepts_both_bundles(bundle_bb, bundle_bt, tsa):
    report = verify_bundle(bundle_bb.path)
    assert report.valid, report.failed()
    assert report.timestamp is None
    assert report.signer["sha256_fingerprint"] == bundle_bb.signer.identity.sha256_fingerprint
    trusted = verify_bundle(
        bundle_bt.path, [bundle_bt.signer.identity.cert_path, tsa.root_cert_path]
    )
    assert trusted.valid, trusted.failed()
    assert trusted.timestamp["tsa"].startswith("CN=Evidence App Test TSA")
    assert trusted.items == 4


def test_the_export_is_a_custody_event_before_the_bundle(bundle_bb):
    events = bundle_bb.store.events(bundle_bb.case_id)
    exported = [e for e in events if e.action == "exported"][-1]
    assert exported.hash == bundle_bb.result.custody_head
    assert exported.payload["bundle"] == "bundle.pdf"


def test_export_refuses_a_damaged_case(bundle_bb, tmp_path):
    from evidence_app.core.store import NewFile

    victim = tmp_path / "victim.txt"
    victim.write_text("original")
    item = bundle_bb.store.add_item(bundle_bb.case_id, "other", {}, [NewFile.from_path(victim)])
    blob = bundle_bb.store.blob_path(item.files[0].sha256)
    blob.chmod(0o600)
    blob.write_text("altered!")
    try:
        with pytest.raises(IntegrityError, match="verify-case found problems"):
            export_case(bundle_bb.store, bundle_bb.case_id, tmp_path / "x.pdf", bundle_bb.signer)
        assert not (tmp_path / "x.pdf").exists()
    finally:
        blob.write_text("original")


def test_cancel_leaves_nothing_behind(bundle_bb, tmp_path):
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(ExportCancelled):
        export_case(
            bundle_bb.store, bundle_bb.case_id, tmp_path / "c.pdf", bundle_bb.signer, cancel=cancel
        )
    assert list(tmp_path.iterdir()) == []
    assert bundle_bb.store.events(bundle_bb.case_id)[-1].action == "export_abandoned"
