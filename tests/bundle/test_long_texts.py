"""Texts longer than a page (a long post, a pasted article, a huge address): the export continues
them on the next page instead of failing with ReportLab's LayoutError (exit 3)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from evidence_app.bundle.export import export_case
from evidence_app.core.identity import load_signer
from evidence_app.core.store import NewFile
from tests.bundle.make_case import open_store, phone_screenshot


def test_a_post_text_longer_than_a_page_is_exported_whole(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    post = "".join(f"第{n}句：这个车主的车有问题，大家别买。" for n in range(400))  # ~7,600 chars
    with open_store(data_dir) as store:
        case = store.create_case("标" * 3000, owner="车主" * 800)  # a title taller than the cover
        store.add_item(
            case.id,
            "post",
            {
                "content_text": post,
                "purpose": "证明" * 4000,
                "url": "https://weibo.example/" + "a" * 6000,
            },
            [NewFile.from_path(phone_screenshot(tmp_path / "post.png"))],
        )
        signer = load_signer(data_dir, b"correct horse", "王小明")
        out = tmp_path / "bundle.pdf"
        export_case(store, case.id, out, signer, tsa_urls=[], lang="zh_CN")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True, text=True
    ).stdout
    squeezed = "".join(text.split())
    assert "第0句" in squeezed and "第399句：这个车主的车有问题" in squeezed  # first and last
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
