"""Editing an item: its fields, its category, withdrawing it (each recorded in the custody log)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from evidence_app.ui.background import run_now
from evidence_app.ui.window.state import WindowState

if TYPE_CHECKING:
    from evidence_app.core.model import Item

CONTEXT = "MainWindow"  # tools/i18n.py extracts _t("…") with this context (the window's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class EditActions(WindowState):
    """The item edits of MainWindow (mixed in)."""

    def edit_fields(self, changes: dict[str, str]) -> None:
        item = self.item_panel.item
        if self.case is None or item is None:
            return
        case_id = self.case.id
        updated = run_now(
            self,
            lambda store: store.edit_fields(case_id, item.id, changes),
            # not sent again when the error dialog takes focus
            refused=lambda: self.item_panel.refuse(changes),
        )
        if updated is not None:
            self._item_edited(updated)

    def set_category(self, category: str) -> None:
        """The owner chose another category for the shown item: recorded at once, no question."""
        item = self.item_panel.item
        if self.case is None or item is None:
            return
        case_id = self.case.id
        updated = run_now(self, lambda store: store.set_category(case_id, item.id, category))
        if updated is None:
            self.item_panel.show_category()  # back to the stored category
            return
        unsaved = self.item_panel.changed_fields()  # typed in the form, not saved yet: kept
        self._item_edited(updated)
        self.item_panel.restore_edits(unsaved)

    def _item_edited(self, updated: Item) -> None:
        """One item changed by the user: its row, the guide's completeness, filters and panel."""
        assert self.case is not None
        from evidence_app.core.guide import evaluate

        self.items = [updated if i.id == updated.id else i for i in self.items]
        self.completeness = evaluate(
            self.store, self.case, items=self.items, tsa_urls=self.settings.tsa_urls
        )
        self.item_model.update_item(updated, self.completeness)
        self.guide_panel.set_completeness(self.completeness)
        self._update_next_step()
        from evidence_app.core.platforms import canonical_platform

        platform = canonical_platform(updated.fields.get("platform", ""))
        if platform and platform not in self.platforms:
            self.platforms = sorted([*self.platforms, platform])
        self._fill_filters()
        self.show_item(updated)
        self.statusBar().showMessage(_t("Saved. The change is recorded in the custody log."), 5000)
        self.caseChanged.emit(self.case.id)

    def withdraw_dialog(self) -> None:
        item = self.item_panel.item
        if self.case is None or item is None:
            return
        reason = self._ask_text(
            _t("Withdraw {number}").format(number=item.number),
            _t("Why is this item withdrawn? It stays in the log."),
        )
        if reason is not None:
            case_id = self.case.id
            if run_now(self, lambda store: store.withdraw_item(case_id, item.id, reason)):
                self.reload_case(item.id)
