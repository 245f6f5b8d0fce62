"""The open case in the main window: reading it (off the GUI thread when big), showing it, selecting items."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from evidence_app.core.errors import UserError
from evidence_app.ui.errors import show_error
from evidence_app.ui.tasks import Task, task_store
from evidence_app.ui.window.state import WindowState

if TYPE_CHECKING:
    from PySide6.QtCore import QItemSelection, QModelIndex

    from evidence_app.core.guide import Completeness
    from evidence_app.core.model import Case, Item
    from evidence_app.core.review import ReviewState
    from evidence_app.core.store import CaseStore

log = logging.getLogger("evidence_app.ui.main_window")
CONTEXT = "MainWindow"  # tools/i18n.py extracts _t("…") with this context (the window's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# A case this small is read faster than a hop to a worker thread; a larger one (and the case opened
# at start-up) is read off the GUI thread while the window already shows.
SYNC_LOAD_ITEMS = 500


@dataclass(frozen=True)
class CaseData:
    """Everything the window shows about one case, read in one go (on a worker for big cases)."""

    case: Case
    items: list[Item]
    completeness: Completeness
    platforms: list[str]
    review: ReviewState | None = None  # None: nobody reviewed anything in this case yet


def load_case_data(store: CaseStore, case_id: str, tsa_urls: Sequence[str]) -> CaseData:
    from evidence_app.core.guide import evaluate

    case = store.get_case(case_id)
    items = store.list_items(case.id)
    completeness = evaluate(store, case, items=items, tsa_urls=tsa_urls)
    from evidence_app.core.platforms import canonical_platform

    platforms = sorted(
        {canonical_platform(i.fields["platform"]) for i in items if i.fields.get("platform")}
    )
    return CaseData(case, items, completeness, platforms, load_review(store, case.id))


def load_review(store: CaseStore, case_id: str) -> ReviewState | None:
    """The case's review marks and verdict; the whole log is read only when there are any (a big
    case nobody reviewed opens without it)."""
    from evidence_app.core.review import review_state

    reviewed = store.db.execute(
        "SELECT 1 FROM events WHERE case_id = ? AND action IN ('item_reviewed', 'case_screened') "
        "LIMIT 1",
        (case_id,),
    ).fetchone()
    return review_state(store, case_id) if reviewed else None


def is_reviewer(store: CaseStore) -> bool:
    from evidence_app.core.review import REVIEWER_ROLES

    return bool(store.operator.role in REVIEWER_ROLES)


class CaseViewMixin(WindowState):
    """Opens, shows and re-reads the case and its items (part of MainWindow)."""

    def refresh_cases(self) -> None:
        self.case_model.set_cases(self.store.list_cases())
        if self.case is not None:
            row = self.case_model.row_of(self.case.id)
            if row >= 0:
                self.case_list.setCurrentIndex(self.case_model.index(row))

    def _case_clicked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        from evidence_app.ui.models import CaseIdRole

        case_id = current.data(CaseIdRole) if current.isValid() else None
        if case_id and (self.case is None or case_id != self.case.id):
            self.open_case(case_id)

    def open_case(
        self,
        case_ref: str,
        background: bool | None = None,
        select: str | None = None,
        changed: bool = False,
    ) -> Task | None:
        """Show a case: small ones at once, big ones (``background``) read off the GUI thread.

        ``caseOpened`` (and ``caseChanged`` when *changed*) fire once its items are shown.
        """
        case = self.store.get_case(case_ref)
        self._load_serial += 1
        serial = self._load_serial
        urls = list(self.settings.tsa_urls)
        if background is None:
            background = case.item_count > SYNC_LOAD_ITEMS
        if not background:
            self._case_loaded(load_case_data(self.store, case.id, urls), select, changed)
            return None
        self._show_loading(case)
        store = self.store

        def work(_task: Task) -> CaseData:
            with task_store(store) as own:
                return load_case_data(own, case.id, urls)

        def done(data: CaseData) -> None:
            if serial == self._load_serial:
                self._case_loaded(data, select, changed)

        def failed(error: BaseException) -> None:
            if serial == self._load_serial:
                self.loading = False
                self._update_case_title()
                show_error(error, self)

        return self.runner.run(work, done, failed, label="open-case")

    def _case_loaded(self, data: CaseData, select: str | None, changed: bool) -> None:
        self.show_case(data.case, data)
        self._remember_case(data.case.id)
        row = self.case_model.row_of(data.case.id)
        if row >= 0 and self.case_list.currentIndex().row() != row:
            self.case_list.setCurrentIndex(self.case_model.index(row))
        if select:
            self.select_item(select)
        self.caseOpened.emit(data.case.id)
        if changed:
            self.caseChanged.emit(data.case.id)

    def _show_loading(self, case: Case) -> None:
        self.show_case(case, None)
        self.loading = True
        self._update_case_title()
        self._update_next_step()

    def commit_edits(self, explicit: bool = False) -> None:
        """Save what was typed into the item form and not saved yet (Ctrl+S; before another item
        or case shows, and before the app closes): nothing typed is ever lost."""
        if self.panes_ready:
            self.item_panel.commit(explicit)

    def show_case(self, case: Case | None, data: CaseData | None = None) -> None:
        self.commit_edits()
        self.case = case
        self.loading = False
        if data is None:
            self.items = []
            self.completeness = None
            self.platforms = []
            self.review = None
            self.item_model.set_items([])
        else:
            self.items = data.items
            self.completeness = data.completeness
            self.platforms = data.platforms
            self.review = data.review
            self.item_model.set_items(
                self.items, self.completeness, bool(self.settings.tsa_urls), review=self.review
            )
        self.guide_panel.set_completeness(self.completeness)
        self.guide_panel.set_review(self.review, is_reviewer(self.store))
        self._fill_filters()
        self.item_panel.show_item(None)
        for act in self._case_actions():
            act.setEnabled(case is not None)
        for act in (self.act_verdict, self.act_review_next, self.act_mark_reviewed):
            act.setVisible(is_reviewer(self.store))
        self.rename_case_button.setEnabled(case is not None)
        self._update_case_title()
        self._update_next_step()
        self._update_status()

    def _case_actions(self) -> tuple[QAction, ...]:
        """The actions that need an open case."""
        return (
            self.act_rename_case,
            self.act_narrative,
            self.act_browser,
            self.act_capture_screen,
            self.act_capture_window,
            self.act_capture_region,
            self.act_import,
            self.act_withdraw,
            self.act_timestamp,
            self.act_export,
            self.act_pack,
            self.act_import_receipt,
            self.act_verdict,
            self.act_review_next,
            self.act_mark_reviewed,
        )

    def reload_case(self, select_item: str | None = None) -> Task | None:
        """Re-read the open case after a change (import, capture, time-stamp)."""
        if self.case is None:
            return None
        self.commit_edits()
        current = select_item or (self.item_panel.item.id if self.item_panel.item else None)
        self.refresh_cases()
        return self.open_case(self.case.id, select=current, changed=True)

    def select_item(self, item_id: str) -> None:
        row = self.item_model.row_of(item_id)
        if row < 0:
            return
        while row >= self.item_model.loaded:
            self.item_model.fetchMore()
        index = self.proxy.mapFromSource(self.item_model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def create_case(self, title: str, owner: str = "", description: str = "") -> Case:
        case = self.store.create_case(title, owner, description)
        self.refresh_cases()
        self.open_case(case.id)
        return case

    def rename_case(self, title: str) -> None:
        if self.case is None:
            return
        self.store.edit_case(self.case.id, title=title)
        self.refresh_cases()
        self.case = self.store.get_case(self.case.id)
        self._update_case_title()

    def set_narrative(self, text: str) -> None:
        if self.case is None:
            return
        self.store.edit_case(self.case.id, description=text)
        self.reload_case()

    def _remember_case(self, case_id: str) -> None:
        """The case in use is the one the next start opens (kept at once: a crash keeps it too)."""
        if self.settings.last_case != case_id:
            self.settings.last_case = case_id
            try:
                self.settings.save(self.data_dir)
            except UserError as error:
                log.warning("settings not saved: %s", error.message())

    def _filters_changed(self, *_args: object) -> None:
        self.proxy.set_filter(
            self.category_filter.currentData() or "",
            self.platform_filter.currentData() or "",
            self.search.text(),
        )
        self._update_case_title()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        from evidence_app.ui.models import ItemRole

        self.commit_edits()  # what was typed into the item shown until now is saved first
        indexes = self.table.selectionModel().selectedRows()
        item = indexes[0].data(ItemRole) if indexes else None
        self.show_item(item)

    def show_item(self, item: Item | None) -> None:
        if item is None or self.case is None:
            self.item_panel.show_item(None)
            return
        missing = (
            self.completeness.item_missing_fields.get(item.number, ()) if self.completeness else ()
        )
        self.item_panel.show_item(item, self.store.events(self.case.id, item.id), missing)
        mark = self.review.latest_for(item.id) if self.review is not None else None
        self.item_panel.set_review(mark, is_reviewer(self.store))
        if is_reviewer(self.store):
            self._update_next_step()  # "Next: E00x" is the one after the item shown

    def selected_item(self) -> Item | None:
        return self.item_panel.item
