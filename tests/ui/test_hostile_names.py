"""A file name with a right-to-left override or a newline is shown escaped in the item's Files tab:
"evil<U+202E>gnp.exe" must not read as "evilexe.png" to the owner or a lawyer."""

from __future__ import annotations

from pathlib import Path

from evidence_app.core.model import Operator
from evidence_app.core.store import CaseStore, NewFile
from evidence_app.ui.item.history import files_html
from tests.core.helpers import make_png


def test_the_files_tab_shows_a_disguised_name_escaped(data_dir: Path, tmp_path: Path) -> None:
    with CaseStore(data_dir, Operator("张三", "owner")) as store:
        case = store.create_case("名字")
        item = store.add_item(
            case.id,
            "post",
            {},
            [
                NewFile.from_path(make_png(tmp_path / "evil\u202egnp.exe")),
                NewFile.from_path(make_png(tmp_path / "two\nlines.png", color="red")),
            ],
        )
    shown = files_html(item)
    assert "\u202e" not in shown and "evil\\u202egnp.exe" in shown
    assert "two\\x0alines.png" in shown
    assert [f.name for f in item.files] == ["evil\u202egnp.exe", "two\nlines.png"]  # stored as is
