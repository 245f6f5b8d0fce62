"""Texts longer than a page (a long post, a pasted article, a huge address): the export continues
them on the next page instead of failing with ReportLab's LayoutError (exit 3)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

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


def test_a_very_long_field_is_broken_into_lines_once_not_once_per_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 200,000-character field took about 300 s to export: every page the text continued on
    broke all of the rest into lines again, many times (quadratic). Now the lines are broken
    about once, and the whole text is still printed (never cut short)."""
    from evidence_app.bundle import linebreak

    data_dir = tmp_path / "data"
    post = "".join(f"第{n}句：这个车主的车有问题，大家别买。" for n in range(2000))  # ~40,000
    broken: list[int] = []  # characters of the post put through line breaking, per call
    split_lines = linebreak.split_lines

    def counting(frags, widths, calc_bounds):  # type: ignore[no-untyped-def]
        text = "".join(str(getattr(frag, "text", "")) for frag in frags)
        if "大家别买" in text:
            broken.append(len(text))
        return split_lines(frags, widths, calc_bounds)

    monkeypatch.setattr(linebreak, "split_lines", counting)
    with open_store(data_dir) as store:
        case = store.create_case("很长的帖子")
        store.add_item(
            case.id,
            "post",
            {"content_text": post, "url": "https://weibo.example/1"},
            [NewFile.from_path(phone_screenshot(tmp_path / "post.png"))],
        )
        signer = load_signer(data_dir, b"correct horse", "王小明")
        out = tmp_path / "bundle.pdf"
        export_case(store, case.id, out, signer, tsa_urls=[], lang="zh_CN")
    assert sum(broken) <= 3 * len(post), (len(broken), sum(broken), len(post))
    # the page's body only: a page header or footer between two halves of a sentence is not text
    body = ["-x", "0", "-y", "60", "-W", "595", "-H", "720"]
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *body, str(out), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    squeezed = "".join(text.split())
    missing = [n for n in range(2000) if f"第{n}句：这个车主的车有问题，大家别买。" not in squeezed]
    assert not missing, (missing, squeezed[:3000])
