"""Review marks and the screening verdict reach the bundle: cover, item pages, manifest.json."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from evidence_app.bundle.export import export_case
from evidence_app.bundle.verify import _review_problems, verify_bundle
from evidence_app.core.custody import event_from_dict
from evidence_app.core.identity import load_signer
from evidence_app.core.model import Operator
from evidence_app.core.review import give_verdict, mark_item, recapture_extra
from evidence_app.core.store import CaseStore, NewFile
from tests.core.helpers import make_png

LAWYER = Operator("李律师", "lawyer")
SUPPORT = Operator("王客服", "support")
RECAPTURE_COMMENT = "请截全窗口含地址栏"
REVIEWED_COMMENT = "内容清楚可用"
OPEN_COMMENT = "缺少发布时间"
VERDICT_NOTES = "转发超过五百次可以起诉"


@dataclass
class Reviewed:
    pdf: Path
    case_id: str
    folder: Path


@pytest.fixture(scope="module")
def reviewed_bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Reviewed]:
    folder = tmp_path_factory.mktemp("reviewed")
    data_dir = folder / "data"
    owner = CaseStore(data_dir, Operator("王小明", "owner"))
    case = owner.create_case("网暴案 review", "王小明")
    for index in range(3):
        png = make_png(folder / f"shot{index}.png", color=("red", "green", "blue")[index])
        owner.add_item(
            case.id, "post", {"platform": "微博"}, [NewFile("original", png.name, path=png)]
        )
    owner.close()

    support = CaseStore(data_dir, SUPPORT)
    mark_item(support, case.id, "E001", "needs_recapture", RECAPTURE_COMMENT)
    mark_item(support, case.id, "E003", "needs_recapture", OPEN_COMMENT)
    support.close()

    owner = CaseStore(data_dir, Operator("王小明", "owner"))
    again = make_png(folder / "again.png", (80, 60), "yellow")
    owner.add_item(
        case.id, "post", {"platform": "微博"}, [NewFile("window", "again.png", path=again)],
        extra=recapture_extra(owner, case.id, "E001"),
    )  # fmt: skip
    owner.close()

    lawyer = CaseStore(data_dir, LAWYER)
    mark_item(lawyer, case.id, "E002", "reviewed", REVIEWED_COMMENT)
    give_verdict(lawyer, case.id, "usable", VERDICT_NOTES)
    lawyer.close()

    owner = CaseStore(data_dir, Operator("王小明", "owner"))
    signer = load_signer(data_dir, b"correct horse", "王小明")
    pdf = folder / "bundle.pdf"
    export_case(owner, case.id, pdf, signer, lang="en")
    owner.close()
    yield Reviewed(pdf, case.id, folder)


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def _section(pages: list[str], number: str) -> str:
    """The text of item *number*'s pages: from its heading up to the next item or the timeline."""
    starts = [i for i, page in enumerate(pages) if f"{number} · " in page]
    assert starts, f"no section for {number}"
    end = starts[0] + 1
    while end < len(pages) and not re.search(r"E\d{3} · |Timeline", pages[end]):
        end += 1
    return "\n".join(pages[starts[0] : end])


def test_cover_shows_the_verdict_and_the_review_counts(reviewed_bundle):
    cover = " ".join(_pages(reviewed_bundle.pdf)[0].split())
    assert "Screening verdict" in cover
    assert "For a lawyer to assess" in cover  # a working decision, never a legal finding
    assert "not a finding on the facts or the law" in cover
    assert VERDICT_NOTES in cover.replace(" ", "")
    assert "李律师 (Lawyer)" in cover
    assert "1 items reviewed; 1 open recapture requests (1 recaptured)." in cover


def test_item_pages_show_every_mark_with_who_and_when(reviewed_bundle):
    pages = _pages(reviewed_bundle.pdf)
    e001 = "".join(_section(pages, "E001").split())
    assert RECAPTURE_COMMENT in e001
    assert "王客服(Supportstaff)" in e001
    assert "recapturedasE004" in e001
    e002 = "".join(_section(pages, "E002").split())
    assert REVIEWED_COMMENT in e002 and "李律师(Lawyer)" in e002
    assert RECAPTURE_COMMENT not in e002
    e003 = "".join(_section(pages, "E003").split())
    assert OPEN_COMMENT in e003 and "open:notyetrecaptured" in e003
    e004 = " ".join(_section(pages, "E004").split())
    assert "This item is the recapture of E001" in e004


def test_manifest_carries_the_review(reviewed_bundle, tmp_path):
    out = tmp_path / "manifest.json"
    subprocess.run(
        ["pdfdetach", "-savefile", "manifest.json", "-o", str(out), str(reviewed_bundle.pdf)],
        check=True,
    )
    manifest = json.loads(out.read_text("utf-8"))
    verdict = manifest["review"]["verdict"]
    assert verdict["verdict"] == "usable" and verdict["notes"] == VERDICT_NOTES
    assert verdict["by"] == {"name": "李律师", "role": "lawyer"}
    marks = manifest["review"]["marks"]
    assert [(m["item"], m["status"], m["open"], m["closed_by"]) for m in marks] == [
        ("E001", "needs_recapture", False, "E004"),
        ("E003", "needs_recapture", True, None),
        ("E002", "reviewed", False, None),
    ]
    items = {i["number"]: i for i in manifest["items"]}
    assert [m["comment"] for m in items["E001"]["review"]] == [RECAPTURE_COMMENT]
    assert items["E001"]["review"][0]["by"] == {"name": "王客服", "role": "support"}
    assert items["E004"]["review"] == []
    assert manifest["case"]["log_id"] == reviewed_bundle.case_id


def test_the_reviewed_bundle_verifies(reviewed_bundle):
    report = verify_bundle(reviewed_bundle.pdf)
    assert report.valid, [c.as_dict() for c in report.failed()]


def test_a_review_entry_unlike_the_log_is_named(reviewed_bundle, tmp_path):
    out = tmp_path / "log.json"
    subprocess.run(
        ["pdfdetach", "-savefile", "custody-log.json", "-o", str(out), str(reviewed_bundle.pdf)],
        check=True,
    )
    events = [event_from_dict(e) for e in json.loads(out.read_text("utf-8"))]
    verdict_event = next(e for e in events if e.action == "case_screened")
    honest = {"review": {"verdict": {"seq": verdict_event.seq, "verdict": "usable",
                                     "notes": VERDICT_NOTES}, "marks": []}}  # fmt: skip
    assert _review_problems(events, honest) == []
    forged = {"review": {"verdict": {"seq": verdict_event.seq, "verdict": "usable",
                                     "notes": "其他"}, "marks": []}}  # fmt: skip
    assert _review_problems(events, forged) == [
        f"the review entry at event {verdict_event.seq} is not what the custody log records"
    ]


def test_verdict_labels_are_working_decisions_not_legal_conclusions():
    """The labels can print on a court bundle's cover: never "grounds", "valid claim" and the like."""
    from evidence_app.core.review import VERDICTS, verdict_label

    for key in VERDICTS:
        english, chinese = verdict_label(key, "en"), verdict_label(key, "zh_CN")
        assert chinese != english
        assert not any(word in english.lower() for word in ("grounds", "claim", "liab", "proves"))
        assert not any(word in chinese for word in ("起诉依据", "胜诉", "侵权成立", "证据充分"))
