"""Item models pass qtmodeltester and hand a 10,000-item case to the view lazily."""

from __future__ import annotations

from PySide6.QtCore import Qt

from evidence_app.core.guide import evaluate
from evidence_app.core.model import Item, Operator
from evidence_app.ui.models import CaseListModel, ItemFilterProxy, ItemTableModel, load_thumbnail
from tests.ui.conftest import png_bytes


def _items(case_id: str, count: int) -> list[Item]:
    return [
        Item(f"id{n}", case_id, n, "post" if n % 2 else "account_profile", "2025-01-01T00:00:00+00:00",
             "2025-01-01T08:00:00.000000+08:00 CST", Operator("o"), n % 97 == 0, "",
             {"platform": "微博", "account_id": f"uid{n}"})
        for n in range(1, count + 1)
    ]  # fmt: skip


def test_case_list_model(qtmodeltester, store) -> None:  # type: ignore[no-untyped-def]
    model = CaseListModel()
    store.create_case("甲")
    store.create_case("乙")
    model.set_cases(store.list_cases())
    qtmodeltester.check(model)
    assert model.index(1).data() == "乙"


def test_item_table_and_proxy_models(qtmodeltester, store) -> None:  # type: ignore[no-untyped-def]
    case = store.create_case("t")
    for n in range(5):
        store.add_item(
            case.id, "post", {"platform": "抖音" if n else "微博", "account_id": f"u{n}"}
        )
    items = store.list_items(case.id)
    model = ItemTableModel()
    model.set_items(items, evaluate(store, case, items=items), tsa_configured=True)
    qtmodeltester.check(model)
    proxy = ItemFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_filter(platform="微博")
    assert proxy.rowCount() == 1
    proxy.set_filter(platform="", text="u3")
    assert proxy.index(0, 0).data() == "E004"
    assert model.index(0, 6).data() == "waiting"
    assert model.index(0, 7).data().endswith("missing")
    assert "Posting time shown" in model.index(0, 7).data(Qt.ItemDataRole.ToolTipRole)


def test_ten_thousand_items_load_in_batches(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ItemTableModel()
    model.set_items(_items("c", 10_000))
    assert model.rowCount() == ItemTableModel.BATCH
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * ItemTableModel.BATCH
    qtmodeltester.check(model)
    proxy = ItemFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)  # sorting looks at the whole case
    assert proxy.rowCount() == 10_000
    assert proxy.index(0, 0).data() == "E10000"


def test_thumbnails_show_the_top_of_a_tall_capture(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "tall.png"
    path.write_bytes(png_bytes(400, 6000))
    image = load_thumbnail(path)
    assert image is not None
    assert image.width() <= 64 and image.height() <= 48 and image.height() > 10
