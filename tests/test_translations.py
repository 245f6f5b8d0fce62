"""Every user-visible string has a Chinese translation, with the same placeholders, and the .qm is built."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

sys.path.insert(0, str(REPO / "tools"))
import i18n

PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")


@pytest.fixture(scope="module")
def catalogue() -> dict[tuple[str, str], str]:
    return i18n.read_ts(i18n.ts_file("zh_CN"))


def test_every_string_has_a_chinese_translation(catalogue: dict[tuple[str, str], str]) -> None:
    missing = [f"[{c}] {s}" for (c, s) in i18n.extract() if not catalogue.get((c, s))]
    assert not missing, (
        f"{len(missing)} strings lack a zh_CN translation (run `make translations`):\n"
        + "\n".join(missing[:40])
    )


def test_translations_keep_placeholders(catalogue: dict[tuple[str, str], str]) -> None:
    wrong = [
        f"[{c}] {s!r} → {t!r}"
        for (c, s), t in catalogue.items()
        if t and sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(t))
    ]
    assert not wrong, "\n".join(wrong)


def test_the_owner_is_addressed_one_way(catalogue: dict[tuple[str, str], str]) -> None:
    """The app says 你 throughout (as most of it always did); one 您 among them reads odd."""
    formal = [f"[{c}] {t}" for (c, _s), t in catalogue.items() if "您" in t]
    assert formal == []
    assert sum("你" in t for t in catalogue.values()) > 20


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    ts = i18n.ts_file("zh_CN")
    built = tmp_path / "check.qm"
    subprocess.run([str(i18n.lrelease()), "-silent", str(ts), "-qm", str(built)], check=True)
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_extractor_finds_each_form(tmp_path: Path) -> None:
    """The extractor itself: tr(), N_(), self.tr() with subclasses, translate(), UserError()."""
    found = i18n.extract()
    assert ("Errors", "The file {path} does not exist.") in found
    assert ("Fields", "Account ID") in found
    assert ("CLI", "PROBLEM: {message}") in found
    assert ("Integrity", "{number}: no custody event records this item.") in found
