"""The bundle read as a lawyer reads it: plain custody sentences, readable times printed once, plain
file roles, every character visible, the window shown first with clear captions, only filled-in
fields, descriptive evidence names, gaps framed for a court. Checked with poppler's pdftotext,
pdffonts, pdfdetach and pdftoppm on a realistic case (tests/bundle/lawyer_case.py)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from evidence_app.bundle.export import export_case
from evidence_app.bundle.pages.base import Words, human_size
from evidence_app.bundle.verify import verify_bundle
from evidence_app.core.fields import FIELD_BY_KEY, action_label, category_label, file_role_label
from evidence_app.core.guide import evaluate, gap_lines
from evidence_app.core.i18n import tr
from evidence_app.core.identity import load_signer
from evidence_app.core.store import CaseStore
from tests.bundle.lawyer_case import (
    ACCOUNT,
    EMOJI_NAME,
    OWNER,
    RENAMED_ACCOUNT,
    build_lawyer_case,
)

pytestmark = pytest.mark.slow
LANG = "zh_CN"


def run(*args: str | Path) -> str:
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def attachment_names(pdf: Path) -> str:
    """``pdfdetach -list``, decoded: poppler writes a character beyond U+FFFF as its two UTF-16
    surrogates, each UTF-8 encoded (CESU-8); joined again here."""
    raw = subprocess.run(
        ["pdfdetach", "-list", "-enc", "UTF-8", str(pdf)], capture_output=True, check=True
    ).stdout
    text = raw.decode("utf-8", "surrogatepass")
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le")


def squeeze(text: str) -> str:
    """Text without any whitespace: a value wrapped over lines still reads as one."""
    return "".join(text.split())


def b(text: str, context: str = "Bundle") -> str:
    return tr(context, text, LANG)


@dataclass
class Lawyer:
    pdf: Path
    pages: list[str]
    numbers: dict[str, str]
    attachments: dict[str, Path]
    folder: Path
    gaps: list[str]

    def section(self, number: str) -> str:
        """Item *number*'s pages, from its heading up to the next item or the timeline."""
        starts = [i for i, page in enumerate(self.pages) if f"{number} · " in page]
        assert starts, f"no section for {number}"
        end = starts[0] + 1
        timeline = tr("Bundle", "Timeline", LANG)
        while end < len(self.pages) and not (
            re.search(r"E\d{3} · ", self.pages[end]) or timeline in self.pages[end]
        ):
            end += 1
        return "\n".join(self.pages[starts[0] : end])

    def custody_log(self) -> str:
        """The pages of the full custody log (its heading is in both languages)."""
        words = Words(LANG)
        heading, after = words.both("Custody log"), words.both("Capture environment")
        start = next(i for i, page in enumerate(self.pages) if heading in page)
        end = next(i for i, page in enumerate(self.pages) if after in page and i > start)
        return "\n".join(self.pages[start:end])


@pytest.fixture(scope="module")
def lawyer(tmp_path_factory: pytest.TempPathFactory, tsa) -> Iterator[Lawyer]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("lawyer")
    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"  # an owner in China: local time is not UTC
    time.tzset()
    try:
        store = CaseStore(folder / "data", OWNER)
        case_id, numbers = build_lawyer_case(store, folder / "sources", [tsa.url])
        signer = load_signer(folder / "data", b"correct horse", OWNER.name)
        gaps = gap_lines(evaluate(store, case_id, tsa_urls=[tsa.url]), LANG)
        pdf = folder / "bundle.pdf"
        export_case(store, case_id, pdf, signer, tsa_urls=[tsa.url], lang=LANG, gaps=gaps)
        store.close()
    finally:
        if old_tz is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old_tz
        time.tzset()
    out = folder / "attachments"
    out.mkdir()
    run("pdfdetach", "-saveall", "-o", out, pdf)
    pages = run("pdftotext", "-enc", "UTF-8", pdf, "-").split("\f")
    yield Lawyer(pdf, pages, numbers, {p.name: p for p in out.iterdir()}, folder, gaps)


def test_the_bundle_still_verifies(lawyer, tsa):
    # with the TSA's root trusted (without it the verdict is "untrusted": see test_trust.py)
    report = verify_bundle(lawyer.pdf, [tsa.root_cert_path])
    assert report.valid, [c.as_dict() for c in report.failed()]


def test_the_custody_log_reads_as_plain_sentences(lawyer):
    log = lawyer.custody_log()
    for raw in ("case_created", "field_edited", "timestamped", "category_changed", "file_stored"):
        assert raw not in log, raw
    for code in ("None", '{"', "gap_seconds", "(owner)", "→ '", "' →"):
        assert code not in log, code
    flat = squeeze(log)
    for action in ("case_created", "field_edited", "timestamped", "category_changed"):
        assert squeeze(action_label(action, LANG)) in flat, action
    edit = b("{field}: {old} → {new}").format(
        field=FIELD_BY_KEY["account_name"].label_in(LANG), old=b("(empty)"), new=RENAMED_ACCOUNT
    )
    assert squeeze(edit) in flat
    category = b("Category: {old} → {new}").format(
        old=category_label("other", LANG), new=category_label("account_profile", LANG)
    )
    assert squeeze(category) in flat
    window = lawyer.attachments["E001-window-window.png"]
    stored = b("{role}: {name}, {size}, SHA-256 {sha256}…").format(
        role=file_role_label("window", LANG),
        name="window.png",
        size=human_size(window.stat().st_size),
        sha256=_sha256(window)[:16],
    )
    assert squeeze(stored) in flat
    assert "Evidence App Test TSA" in log  # who stamped, in the time-stamp's sentence


def test_every_printed_row_ties_to_custody_log_json(lawyer):
    events = json.loads(lawyer.attachments["custody-log.json"].read_text("utf-8"))
    flat = squeeze(lawyer.custody_log())
    assert "custody-log.json" in flat
    for event in events:  # the export event too: it is recorded before the pages are laid out
        chain = f"hash{event['hash'][:16]}·prev{event['prev_hash'][:16]}"
        assert chain in flat, event["seq"]
    assert events[-1]["action"] == "exported"
    assert events[-1]["hash"] in flat  # the head, in full


def test_times_are_to_the_second_and_printed_once(lawyer):
    text = "\n".join(lawyer.pages)
    assert not re.search(r"\d{2}:\d{2}:\d{2}\.\d{3}", text), "a time with fractions of a second"
    assert not re.search(r"\d{4}-\d{2}-\d{2}T\d{2}:", text), "an ISO time printed raw"
    manifest = json.loads(lawyer.attachments["manifest.json"].read_text("utf-8"))
    exported = manifest["generated_at_utc"]  # 2026-12-01T18:46:55.010856+00:00
    utc = f"{exported[:10]} {exported[11:19]}"
    cover = lawyer.pages[0]
    assert cover.count(utc) == 1, cover
    assert "+08:00" in cover  # the local time beside it, with its offset


def test_the_cover_says_which_clock_its_times_come_from(lawyer):
    """The cover's period and export time are the computers' clocks, and it says so beside them."""
    cover = squeeze(lawyer.pages[0])
    for label in ("Period covered (capture and import times, by the computer's clock)",
                  "Exported at (by the exporting computer's clock)"):  # fmt: skip
        translated = b(label)
        assert translated != label and "本机时钟" in translated
        assert squeeze(translated) in cover, translated


def test_file_tables_say_what_each_file_is(lawyer):
    section = lawyer.section(lawyer.numbers["post"])
    for role in ("visible", "full_page", "window", "tsr"):
        assert squeeze(file_role_label(role, LANG)) in squeeze(section), role
    # raw roles no longer stand alone in a cell
    assert not re.search(r"^(visible|full_page|window|tsr|html|provenance)$", section, re.M)
    assert "application/timestamp-reply" in section  # never split over two lines
    page = lawyer.attachments["E001-full_page-page.png"]
    size = page.stat().st_size
    assert human_size(size) in section and f"{size:,}" in section


def test_an_emoji_prints_as_itself_in_an_embedded_face(lawyer):
    text = "\n".join(lawyer.pages)
    assert EMOJI_NAME in text  # drawn in the emoji fallback, extracted as the character
    assert "[U+" not in text
    assert f"E003-original-{EMOJI_NAME}" in attachment_names(lawyer.pdf)  # the name is unchanged
    lines = run("pdffonts", lawyer.pdf).splitlines()[2:]
    assert lines
    for line in lines:
        columns = line.split()
        assert columns[-5] == "yes" and columns[-4] == "yes", line  # embedded, subset


def _caption_page(lawyer: Lawyer, attachment: str) -> int:
    pages = [
        i for i, page in enumerate(lawyer.pages) if f"· {attachment} ·" in " ".join(page.split())
    ]
    assert pages, attachment
    return pages[0]


def test_the_window_capture_comes_first(lawyer):
    window = _caption_page(lawyer, "E001-window-window.png")
    assert window < _caption_page(lawyer, "E001-visible-visible.png")
    assert window < _caption_page(lawyer, "E001-full_page-page.png")
    # stored after the visible part, still shown first
    assert _caption_page(lawyer, "E002-window-profile.png") <= _caption_page(
        lawyer, "E002-visible-profile-view.png"
    )


def test_a_caption_keeps_clear_of_the_picture_above(lawyer, tmp_path):
    first = _caption_page(lawyer, "E002-window-profile.png")
    second = _caption_page(lawyer, "E002-visible-profile-view.png")
    assert first == second, "both pictures of E002 should share a page"
    page = first + 1
    bbox = run("pdftotext", "-f", page, "-l", page, "-bbox", lawyer.pdf, "-")
    word = re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>E002-visible-profile-view', bbox)
    assert word, bbox[:2000]
    x_min, y_min = float(word.group(1)), float(word.group(2))
    scale = 3  # render at 216 dpi: the picture's 0.4 pt frame line is a full pixel row
    run("pdftoppm", "-gray", "-r", 72 * scale, "-f", page, "-l", page, "-png", lawyer.pdf,
        tmp_path / "p")  # fmt: skip
    image = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    # the band of 7 pt just above the caption's text: blank, no frame line and no picture in it
    band = image.crop(
        (int((x_min - 40) * scale), int((y_min - 7) * scale),
         int((x_min + 300) * scale), int((y_min - 0.5) * scale))
    )  # fmt: skip
    assert band.getextrema()[0] > 245, "the caption touches the picture above it"


def test_item_pages_print_filled_fields_and_name_the_required_empty_ones(lawyer):
    section = lawyer.section(lawyer.numbers["post"])
    flat = squeeze(section)
    assert ACCOUNT in section
    for empty in ("followers", "ip_location", "likes", "notes"):
        assert squeeze(FIELD_BY_KEY[empty].label_in(LANG)) + "/" not in flat, empty
    labels = [
        FIELD_BY_KEY[k].label_in(LANG) for k in ("account_id", "posted_at_displayed", "purpose")
    ]
    missing = b("Not filled in: {fields}").format(fields=b(", ").join(labels))
    assert squeeze(missing) in flat


def test_the_catalogue_names_each_item_by_what_it_is(lawyer):
    # the name column alone (a name wraps within its cell): from the first name's left edge on;
    # the catalogue is page 3, after the cover and the case section (issue 12)
    bbox = run("pdftotext", "-f", "3", "-l", "3", "-bbox", lawyer.pdf, "-")
    first = "微博用户“"  # the post's name opens with its poster: 微博用户“车圈真相哥”发布的帖子…
    word = re.search(rf'<word xMin="([\d.]+)"[^>]*>{re.escape(first)}[^<]*</word>', bbox)
    assert word, bbox[:3000]
    left = int(float(word.group(1)))
    # up to the next column (证据形式), whose header starts right of the names
    form = re.search(r'<word xMin="([\d.]+)"[^>]*>证据形式</word>', bbox)
    assert form, bbox[:3000]
    width = int(float(form.group(1))) - left - 2
    column = run(
        "pdftotext", "-f", "3", "-l", "3", "-r", "72", "-x", left, "-y", "0", "-W", width,
        "-H", "842", lawyer.pdf, "-",
    )  # fmt: skip
    names = squeeze(column)
    # what it is, whose, in what form (a court's 证据名称): the page title is in the item's fields
    post = f"微博用户“{ACCOUNT}”发布的帖子截图及网页存档文件"
    # a home page is named by the account ID it ties to (the lawyer's review, issue 12)
    profile = f"微博账号（UID 7788990011，取证时昵称“{ACCOUNT}”）主页截图"
    for name in (post, profile):
        assert squeeze(name) in names, (name, column)
    section = squeeze(lawyer.section(lawyer.numbers["profile"]))
    assert squeeze(f"{lawyer.numbers['profile']} · {profile}") in section  # the item's heading


def test_gaps_are_introduced_as_the_guides_findings(lawyer):
    text = squeeze("\n".join(lawyer.pages))
    frame = squeeze(
        b(
            "When this bundle was exported, the app's evidence guide listed these gaps in "
            "it (quoted as the guide words them for the owner):"
        )
    )
    assert lawyer.gaps, "the case should have gaps"
    assert text.index(frame) < text.index(squeeze(lawyer.gaps[0]))
    for gap in lawyer.gaps:  # the guide's own words, quoted whole
        assert squeeze(gap) in text


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
