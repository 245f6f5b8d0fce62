"""Exports get a new version's name instead of overwriting the last one."""

from __future__ import annotations

from pathlib import Path

from evidence_app.core.filenames import next_version_path


def test_the_next_export_name_is_a_new_version_never_the_same_file(tmp_path: Path) -> None:
    first = tmp_path / "网暴案-2026-12-06.pdf"
    assert next_version_path(first) == first  # nothing there yet
    first.write_bytes(b"%PDF")
    second = next_version_path(first)
    assert second.name == "网暴案-2026-12-06-v2.pdf"
    second.write_bytes(b"%PDF")
    assert next_version_path(first).name == "网暴案-2026-12-06-v3.pdf"
    assert next_version_path(second).name == "网暴案-2026-12-06-v3.pdf"
    (tmp_path / "网暴案-2026-12-06-v3.pdf").write_bytes(b"%PDF")
    assert next_version_path(first).name == "网暴案-2026-12-06-v4.pdf"
    assert first.read_bytes() == second.read_bytes() == b"%PDF"  # nothing was touched
