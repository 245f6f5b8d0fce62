"""The main window's words about where things stand: titles, the next-step bar, the status line."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from evidence_app.ui.window.case_view import is_reviewer
from evidence_app.ui.window.state import WindowState

if TYPE_CHECKING:
    pass

CONTEXT = "MainWindow"  # tools/i18n.py extracts _t("…") with this context (the window's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class StatusMixin(WindowState):
    """Keeps the titles, the next-step bar and the status line current (part of MainWindow)."""

    def _update_window_title(self) -> None:
        # Qt adds the app's name ("— 取证助手", "— Evidence App") after it: the title is the open
        # case alone, and empty (the name alone) before there is one.
        title = self.case.title if self.case is not None else ""
        name = app_display_name()
        if self.windowTitle() != title or getattr(self, "_display_name", "") != name:
            self._display_name = name  # the language changed: "— Evidence App"
            self.setWindowTitle("")  # (Qt adds the name only when the title is set)
            self.setWindowTitle(title)

    def _update_case_title(self) -> None:
        self._update_window_title()
        if self.case is None:
            self.case_title.setText(_t("No case yet"))
        elif self.loading:
            self.case_title.setText(
                _t("{title} — opening {count} pieces of evidence…").format(
                    title=self.case.title, count=self.case.item_count
                )
            )
        elif self.proxy.category or self.proxy.platform or self.proxy.text:
            self.case_title.setText(
                _t("{title} — {shown} of {count} pieces of evidence shown").format(
                    title=self.case.title, shown=self.proxy.rowCount(), count=len(self.items)
                )
            )
        else:
            self.case_title.setText(
                _t("{title} — {count} pieces of evidence").format(
                    title=self.case.title, count=len(self.items)
                )
            )

    def _update_next_step(self) -> None:
        from evidence_app.ui.guide_panel import tool_button_text

        self.next_step_id = ""
        if self.case is None:
            self.next_label.setText(
                _t("<b>Start here:</b> create a case for what is happening to you.")
            )
            self.next_button.setText(_t("New case…"))
            self.next_step_tool = "new_case"
            return
        if self.loading:
            self.next_label.setText(_t("Opening the case…"))
            self.next_button.setText(tool_button_text("browser"))
            self.next_step_tool = "browser"
            return
        if is_reviewer(self.store):
            self._update_review_step()
            return
        requests = self.guide_panel.open_requests()
        if requests:
            self.next_label.setText(
                _t("<b>Support asked you to capture {count} item(s) again:</b> {numbers}").format(
                    count=len(requests), numbers=", ".join(m.number for m in requests)
                )
            )
            self.next_button.setText(_t("Capture again…"))
            self.next_step_tool = "recapture"
            return
        step = self.guide_panel.next_step()
        if step is None:
            self.next_label.setText(
                _t(
                    "<b>Everything the guide asks for is here.</b> Export the bundle for your lawyer."
                )
            )
            self.next_button.setText(tool_button_text("export"))
            self.next_step_tool = "export"
            return
        words = html.escape(self.guide_panel.next_words(step))
        self.next_label.setText(_t("<b>Next step:</b> {title}").format(title=words))
        tool = self.guide_panel.step_tool(step)  # a home page without its ID: open that item
        self.next_button.setText(tool_button_text(tool))
        self.next_step_tool = tool
        self.next_step_id = step.id

    def _update_review_step(self) -> None:
        """The bar for support staff and lawyers: what is left to screen, not the owner's guide."""
        from evidence_app.core.fields import field_label
        from evidence_app.core.review import verdict_label

        waiting = self.items_to_review()
        current = self.item_panel.item
        # the item shown waits for review: the bar's button marks it; else it goes to the next
        now = current is not None and any(item.id == current.id for item in waiting)
        target = current if now else self.next_to_review(current.id if current else None)
        requests = self.guide_panel.open_requests()
        verdict = self.review.verdict if self.review is not None else None
        if target is not None:
            known = self.completeness
            missing = known.item_missing_fields.get(target.number, ()) if known else ()
            others = known.missing_count(target.number) - len(missing) if known else 0
            text = (
                _t("<b>To review: {count} item(s).</b> Now: {number}")
                if now
                else _t("<b>To review: {count} item(s).</b> Next: {number}")
            ).format(count=len(waiting), number=target.number)
            if missing:
                gaps = _t(", ").join(field_label(key, target.category) for key in missing)
                text += html.escape(_t(" (missing: {fields})").format(fields=gaps))
            elif others > 0:  # not a field (no raw page, no window capture): the table says which
                text += html.escape(_t(" ({count} missing)").format(count=others))
            self.next_label.setText(text)
            if now:
                self.next_button.setText(_t("Mark reviewed (Ctrl+R)"))
                self.next_step_tool = "mark"
            else:
                self.next_button.setText(_t("Review {number} (F8)").format(number=target.number))
                self.next_step_tool = "review"
        elif verdict is None:
            self.next_label.setText(
                _t("<b>Every item has been looked at.</b> Give the case its screening verdict.")
            )
            self.next_button.setText(_t("Screening verdict…"))
            self.next_step_tool = "verdict"
        else:
            waiting_owner = (
                _t("{count} recapture request(s) wait for the owner. ").format(count=len(requests))
                if requests
                else ""
            )
            self.next_label.setText(
                _t(
                    "<b>Screening verdict: {verdict}.</b> {requests}Save the case as a file and "
                    "send it back to the owner."
                ).format(
                    verdict=html.escape(verdict_label(verdict.verdict)), requests=waiting_owner
                )
            )
            self.next_button.setText(_t("Send back to the owner…"))
            self.next_step_tool = "pack"

    def _do_next_step(self) -> None:
        if self.next_step_tool == "review":
            self.review_next()
        elif self.next_step_tool == "mark":
            self.mark_reviewed()
        elif self.next_step_tool == "verdict":
            self.verdict_dialog()
        elif self.next_step_tool == "pack":
            self.pack_dialog()
        elif self.next_step_tool == "new_case":
            self.new_case_wizard()
        elif self.next_step_tool == "recapture":
            requests = self.guide_panel.open_requests()
            if requests:
                self.recapture_dialog(requests[0].item_id)
        else:
            self.open_tool(self.next_step_tool, self.next_step_id)

    def _update_status(self) -> None:
        self.status_dir.setText(_t("Data: {path}").format(path=self.data_dir))
        if not self.panes_ready:
            return
        operator = self.store.operator
        from evidence_app.core.fields import ROLE_LABELS
        from evidence_app.core.i18n import tr

        role = tr("Roles", ROLE_LABELS.get(operator.role, operator.role))
        self.status_operator.setText(
            _t("Operator: {name} ({role})").format(name=operator.name, role=role)
        )
        watch = self.tsa_watch
        if not watch.urls:
            tsa = _t("Time-stamp server: not set")
        elif watch.reachable is None:
            tsa = _t("Time-stamp server: checking…")
        elif watch.reachable:
            tsa = _t("Time-stamp server: reachable")
        else:
            tsa = _t("Time-stamp server: not reachable")
        if watch.urls and watch.pending:
            tsa += " · " + _t("{count} file(s) wait for a time-stamp ({items} item(s))").format(
                count=watch.pending, items=watch.pending_items
            )
        self.status_tsa.setText(tsa)

    def _busy_changed(self, busy: bool) -> None:
        self.status_busy.setText(_t("Working…") if busy else "")

    def _progress(self, done: int, total: int, label: str) -> None:
        self.statusBar().showMessage(
            _t("{done} of {total}: {label}").format(done=done + 1, total=total, label=label)
        )


def app_display_name() -> str:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.applicationDisplayName()
