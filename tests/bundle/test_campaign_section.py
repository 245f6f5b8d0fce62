"""The bundle's coordinated-spreading section: present only with groups, worded as what pages show,
reach summed per account within one year and never across accounts (checked with pdftotext)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from evidence_app.bundle.export import export_case
from evidence_app.core.identity import create_identity, load_signer
from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore, NewFile
from tests.fixtures.campaign_site import POSTS, forum_page

PASS = b"correct horse"


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _export(
    tmp_path: Path,
    posts: list,  # type: ignore[type-arg]
    lang: str,
    counts: dict[int, dict[str, str]],
    extract: bool = True,
    zone: str = "",
) -> Path:
    data = tmp_path / "data"
    create_identity(data, "王小明", PASS)
    with CaseStore(data, Operator("王小明", "owner")) as store:
        case = store.create_case("水军案", owner="王小明", zone=zone)
        for post in posts:
            html = forum_page("t", post.nickname, post.account_id, post.posted, post.text)
            store.add_item(
                case.id,
                "post",
                {"url": "http://127.0.0.1:9" + post.path, **counts.get(post.number, {})},
                [NewFile("html", "page.html", data=html.encode("utf-8"))],
            )
        if (
            extract
        ):  # else the bundle derives the texts itself (captures made before texts were kept)
            from evidence_app.core.post_text import ensure_post_texts

            ensure_post_texts(store, case.id)
        out = tmp_path / "bundle.pdf"
        export_case(store, case.id, out, load_signer(data, PASS, "王小明"), tsa_urls=[], lang=lang)
    return out


@pytest.mark.slow
@pytest.mark.parametrize("extract", [True, False])
def test_the_section_lists_groups_and_sums_reach_per_account_only(
    tmp_path: Path, extract: bool
) -> None:
    # Posts 1 and 11 tell the brake story from one account, two days apart; post 3 from another.
    counts = {
        1: {"views": "3000", "reposts": "120", "counts_observed_at": "2026-11-10T10:00:00+08:00"},
        11: {"views": "2500", "reposts": "80"},
        3: {"views": "1.2万", "reposts": "600"},
    }
    out = _export(tmp_path, POSTS[:14], "zh_CN", counts, extract)
    text = _pdf_text(out)
    assert "协同传播分析 / Coordinated spreading" in text
    # The section (the threshold summary before it is another page's business).
    text = text.split("协同传播分析 / Coordinated spreading", 1)[1].split("缺失证据", 1)[0]
    assert "第 1 组" in text
    # one account's posts within a year add up; the other account's stand alone
    assert "5,500" in text and "200" in text
    assert "12,000" in text
    assert "17,500" not in text  # never across accounts
    assert "old_driver88" in text and "老司机88" in text
    assert "不是对" in text or "不构成" in text  # worded as what the pages show, not a finding


@pytest.mark.slow
def test_the_sections_times_are_in_the_cases_zone(tmp_path: Path) -> None:
    """Printed in the case's zone with its offset, as every other section, not the exporting PC's."""
    out = _export(tmp_path, POSTS[:14], "en", {}, zone="America/New_York")
    text = _pdf_text(out).split("Group 1:", 1)[1].split("Missing evidence", 1)[0]
    shown = re.findall(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})? ([+-]\d{2}:\d{2})", text)
    assert shown and set(shown) == {"-05:00"}, shown


@pytest.mark.slow
def test_no_section_without_groups(tmp_path: Path) -> None:
    unrelated = [p for p in POSTS if p.story is None][:4]
    text = _pdf_text(_export(tmp_path, unrelated, "en", {}))
    assert "Coordinated spreading" not in text
    assert "协同传播分析" not in text


@pytest.mark.slow
def test_a_posting_time_typed_to_the_minute_is_printed_to_the_minute(tmp_path: Path) -> None:
    """The owner typed post 1's time as "…T21:14+08:00": the section printed "21:14:00"."""
    from evidence_app.core.timefmt import instant_text

    typed = "2026-11-08T21:14+08:00"
    out = _export(tmp_path, POSTS[:14], "en", {1: {"posted_at": typed}})
    text = _pdf_text(out)
    section = text.split("Coordinated spreading / 协同传播分析", 1)[1]
    flat = "".join(section.split())
    assert "".join(instant_text(typed, precision="minute").split()) in flat
    assert "".join(instant_text(typed).split()) not in flat  # not to the invented second
