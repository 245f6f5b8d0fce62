"""The review actions of support staff and lawyers (mark reviewed, ask for a recapture, verdict)
and the owner's answer to a recapture request."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from evidence_app.core.errors import UserError
from evidence_app.ui.background import run_now
from evidence_app.ui.errors import show_error
from evidence_app.ui.tasks import Task
from evidence_app.ui.window.state import WindowState

if TYPE_CHECKING:
    from evidence_app.core.model import Item

CONTEXT = "MainWindow"  # tools/i18n.py extracts _t("…") with this context (the window's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ReviewActions(WindowState):
    """Mixed into MainWindow: uses its case, store, item panel, status bar and dialogs."""

    # -- review (support staff and lawyers) and recaptures (the owner) ------------------------

    def items_to_review(self) -> list[Item]:
        """The items nobody has marked yet, in the table's order (a withdrawn one needs no review;
        one whose recapture was asked for waits for the owner; its recapture is a new item)."""
        from evidence_app.ui.models import latest_marks

        marked = latest_marks(self.review)  # one pass over the marks, not one per row
        return [item for item in self.items if not item.withdrawn and item.id not in marked]

    def next_to_review(self, after: str | None = None, last: bool = True) -> Item | None:
        """The first item waiting for review below *after* (an item id), else from the top; when
        *after* is the only one left, that one (unless not *last*: it was just marked)."""
        waiting = self.items_to_review()
        others = [item for item in waiting if item.id != after]
        position = {item.id: row for row, item in enumerate(self.items)}
        if after in position:
            below = [item for item in others if position[item.id] > position[after]]
            others = below or others
        if others:
            return others[0]
        return waiting[0] if waiting and last else None

    def review_next(self) -> None:
        """F8: show the next item waiting for review."""
        if self.case is None:
            return
        current = self.item_panel.item
        item = self.next_to_review(current.id if current is not None else None)
        if item is None:
            self.statusBar().showMessage(
                _t("No item waits for review: each is reviewed or waits for a recapture."), 5000
            )
            return
        if current is not None and item.id == current.id:
            self.statusBar().showMessage(
                _t("{number} is the last item waiting for review.").format(number=item.number),
                5000,
            )
        self.select_item(item.id)
        self.table.setFocus()

    def mark_reviewed(self) -> None:
        """Mark the shown item reviewed (button, Ctrl+R), then show the next item waiting."""
        from evidence_app.core.review import mark_item

        self.commit_edits()  # what was typed into the form is logged before "reviewed"
        item = self.item_panel.item
        if self.case is None or item is None:
            return
        mark = self.review.latest_for(item.id) if self.review is not None else None
        if mark is not None and mark.status == "reviewed":  # a second mark would say nothing new
            self.statusBar().showMessage(
                _t("{number} is already marked reviewed.").format(number=item.number), 5000
            )
            return
        case_id = self.case.id
        if run_now(self, lambda store: mark_item(store, case_id, item.id, "reviewed")) is None:
            return
        following = self.next_to_review(item.id, last=False)
        if following is None:
            message = _t("{number} is marked reviewed. Every item has been looked at now.")
        else:
            message = _t("{number} is marked reviewed. Next: {next}.")
        self.statusBar().showMessage(
            message.format(number=item.number, next=following.number if following else ""), 8000
        )
        self.reload_case(following.id if following is not None else item.id)

    def ask_recapture_dialog(self) -> Any:
        from evidence_app.ui.review import RecaptureDialog

        item = self.item_panel.item
        if self.case is None or item is None:
            return None
        dialog = self._keep(RecaptureDialog(item.number, self))
        item_id = item.id
        dialog.commentAccepted.connect(lambda comment: self.request_recapture(item_id, comment))
        dialog.open()
        return dialog

    def request_recapture(self, item_id: str, comment: str) -> None:
        from evidence_app.core.review import mark_item

        if self.case is None:
            return
        case_id = self.case.id
        event = run_now(
            self, lambda store: mark_item(store, case_id, item_id, "needs_recapture", comment)
        )
        if event is None:
            return
        following = self.next_to_review(item_id, last=False)
        number = event.payload.get("number", "")
        if following is None:
            message = _t(
                "Recapture of {number} requested. Pack the case and send it back to the owner."
            ).format(number=number)
        else:
            message = _t("Recapture of {number} requested. Next: {next}.").format(
                number=number, next=following.number
            )
        self.statusBar().showMessage(message, 8000)
        self.reload_case(following.id if following is not None else item_id)

    def verdict_dialog(self) -> Any:
        from evidence_app.ui.review import VerdictDialog

        if self.case is None:
            return None
        current = self.review.verdict if self.review is not None else None
        dialog = self._keep(VerdictDialog(current, self))
        dialog.verdictAccepted.connect(self.give_verdict)
        dialog.open()
        return dialog

    def give_verdict(self, verdict: str, notes: str) -> None:
        from evidence_app.core.review import give_verdict, verdict_label

        if self.case is None:
            return
        case_id = self.case.id
        if run_now(self, lambda store: give_verdict(store, case_id, verdict, notes)) is None:
            return
        self.statusBar().showMessage(
            _t("Screening verdict recorded: {verdict}.").format(verdict=verdict_label(verdict)),
            5000,
        )
        self.reload_case()

    def recapture_dialog(self, item_id: str) -> None:
        """Answer a recapture request by importing the new files (one item each, linked to it)."""
        from evidence_app.ui.file_chooser import open_file_names

        if self.case is None:
            return
        self.select_item(item_id)
        names = open_file_names(self, _t("Choose the new capture that replaces this item"))
        if names:
            self.recapture_paths(item_id, [Path(n) for n in names])

    def recapture_paths(self, item_id: str, paths: Sequence[Path]) -> Task | None:
        from evidence_app.core.review import recapture_extra

        if self.case is None:
            return None
        try:
            original = self.store.get_item(self.case.id, item_id)
            extra = recapture_extra(self.store, self.case.id, original.id)
        except UserError as error:
            show_error(error, self)
            return None
        from evidence_app.ui.operations.import_files import is_package

        paths = [p for p in paths if not is_package(p)]
        return self.import_paths(paths, original.category, extra=extra) if paths else None
