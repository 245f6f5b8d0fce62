"""The guide panel: the evidence guide's steps with done / missing / not-applicable, and a button per step."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.guide import (
    CHOOSE_TIME_SERVICE,
    DONE,
    MISSING,
    Completeness,
    Guide,
    Step,
    load_guide,
)
from evidence_app.core.i18n import current_language

NO_CASE = "no_case"  # no case open: the steps are shown as what lies ahead, nothing is missing yet
STATE_COLORS = {
    DONE: "#1b7f3b",
    MISSING: "#b3261e",
    "not_applicable": "#777777",
    NO_CASE: "#444444",
}
STATE_MARKS = {DONE: "✓", MISSING: "✗", "not_applicable": "–", NO_CASE: "○"}


def tool_button_text(tool: str) -> str:
    """The label of the button that opens *tool* (also used by the main window's next-step bar)."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        "browser": QCoreApplication.translate("GuidePanel", "Open the browser"),
        "capture_screen": QCoreApplication.translate("GuidePanel", "Capture the screen"),
        # The same words as the browser's button: both start a recording of the way to a post.
        "record": QCoreApplication.translate("GuidePanel", "Record the visit"),
        "import": QCoreApplication.translate("GuidePanel", "Import files"),
        "fields": QCoreApplication.translate("GuidePanel", "Fill in the details"),
        "narrative": QCoreApplication.translate("GuidePanel", "Write what happened"),
        "timestamp": QCoreApplication.translate("GuidePanel", "Time-stamp now"),
        "choose_tsa": QCoreApplication.translate("GuidePanel", "Choose a time service…"),
        "export": QCoreApplication.translate("GuidePanel", "Export the bundle"),
        "new_case": QCoreApplication.translate("GuidePanel", "Create a case first…"),
    }
    return texts[tool]


class RequestList(QListWidget):
    """Open recapture requests; files dropped on a request answer it (``filesDropped(item_id, paths)``)."""

    filesDropped = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def fit_rows(self, most: int = 4) -> None:
        """Each request as tall as its text wrapped at the list's width now, and the list as tall
        as its first *most* requests: a long comment (a sentence of Chinese) is never cut off.
        Qt's own row height is measured once, at a width the list may not keep."""
        width = max(self.viewport().width() - 2 * self.spacing() - 8, 60)
        metrics = self.fontMetrics()
        heights = []
        for row in range(self.count()):
            entry = self.item(row)
            text = metrics.boundingRect(
                QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), entry.text()
            )
            heights.append(text.height() + 8)
            entry.setSizeHint(QSize(width, heights[-1]))
        if heights:
            self.setFixedHeight(sum(heights[:most]) + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_rows()

    def _target(self, event: Any) -> QListWidgetItem | None:
        return self.itemAt(event.position().toPoint()) or self.currentItem() or self.item(0)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasUrls() and self._target(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        target = self._target(event)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if target is not None and paths:
            event.acceptProposedAction()
            self.filesDropped.emit(target.data(Qt.ItemDataRole.UserRole), paths)


class GuidePanel(QWidget):
    """Shows the guide against the open case; ``openTool(tool, step_id)`` asks for a step's tool.

    Above the steps, open recapture requests from support staff are a to-do list:
    ``requestSelected(item_id)`` when one is clicked, ``captureAgain(item_id)`` for its button,
    ``recaptureDropped(item_id, paths)`` when files are dropped on it.
    """

    openTool = Signal(str, str)
    requestSelected = Signal(str)
    captureAgain = Signal(str)
    recaptureDropped = Signal(str, list)

    def __init__(self, guide: Guide | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide = guide or load_guide()
        self.completeness: Completeness | None = None
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.steps = QListWidget()
        self.steps.setObjectName("guideSteps")
        self.steps.setWordWrap(True)
        self.steps.currentRowChanged.connect(self._show_step)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.action = QPushButton()
        self.action.setObjectName("guideAction")
        self.action.clicked.connect(self._open_current)
        self.review: Any = None  # core.review.ReviewState of the open case
        self.reviewer = False
        self.review_box = QWidget()
        self.review_box.setObjectName("reviewBox")
        self.review_box.setStyleSheet(
            "#reviewBox { background: #fdecea; border: 1px solid #e6a29b; border-radius: 4px; }"
        )
        review_layout = QVBoxLayout(self.review_box)
        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setWordWrap(True)
        self.requests_heading = QLabel()
        self.requests_heading.setWordWrap(True)
        self.requests = RequestList()
        self.requests.setObjectName("reviewRequests")
        self.requests.setWordWrap(True)
        self.requests.itemClicked.connect(self._request_clicked)
        self.requests.filesDropped.connect(self.recaptureDropped)
        self.again_button = QPushButton()
        self.again_button.setObjectName("requestCaptureAgain")
        self.again_button.clicked.connect(self._capture_again)
        review_layout.addWidget(self.verdict_label)
        review_layout.addWidget(self.requests_heading)
        review_layout.addWidget(self.requests)
        review_layout.addWidget(self.again_button)
        self.review_box.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.review_box)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.steps, 3)
        layout.addWidget(self.detail, 2)
        layout.addWidget(self.action)
        self.retranslateUi()

    # -- state -------------------------------------------------------------------------------

    def set_completeness(self, completeness: Completeness | None) -> None:
        changed_case = (
            self.completeness is None
            or completeness is None
            or (self.completeness.case_id != completeness.case_id)
        )
        self.completeness = completeness
        current = max(self.steps.currentRow(), 0)
        self._fill()
        if changed_case:  # a newly opened case starts at its next step
            next_step = self.next_step()
            current = self.guide.steps.index(next_step) if next_step else 0
        self.steps.setCurrentRow(min(current, self.steps.count() - 1))

    def set_review(self, review: Any, reviewer: bool = False) -> None:
        """Show the case's screening verdict and its open recapture requests: a to-do list for the
        owner; for a *reviewer* (support, lawyer) the requests still waiting for the owner."""
        self.review = review
        self.reviewer = reviewer
        self._fill_review()

    def open_requests(self) -> list[Any]:
        return list(self.review.open_requests) if self.review is not None else []

    def _fill_review(self) -> None:
        from evidence_app.core.review import verdict_label

        requests = self.open_requests()
        verdict = self.review.verdict if self.review is not None else None
        current = self.requests.currentRow()
        self.requests.clear()
        for mark in requests:
            entry = QListWidgetItem(
                self.tr("{number}: {comment} ({name})").format(
                    number=mark.number, comment=mark.comment, name=mark.by.name
                )
            )
            entry.setData(Qt.ItemDataRole.UserRole, mark.item_id)
            entry.setToolTip(self.tr("Click to see the item; drop files here to answer."))
            self.requests.addItem(entry)
        if requests:
            self.requests.setCurrentRow(min(max(current, 0), len(requests) - 1))
            # As tall as its requests (up to four), so the guide below keeps its room.
            self.requests.fit_rows()
        if self.reviewer:
            heading = self.tr("{count} recapture request(s) wait for the owner:")
        else:
            heading = self.tr("Support asked you to capture {count} item(s) again:")
        self.requests_heading.setText(
            "<b>" + html.escape(heading.format(count=len(requests))) + "</b>"
        )
        for widget in (self.requests_heading, self.requests):
            widget.setVisible(bool(requests))
        self.again_button.setVisible(bool(requests) and not self.reviewer)
        if verdict is not None:
            text = self.tr("Screening verdict: {verdict} ({name})").format(
                verdict=verdict_label(verdict.verdict), name=verdict.by.name
            )
            notes = f"<br>{html.escape(verdict.notes)}" if verdict.notes else ""
            self.verdict_label.setText(f"<b>{html.escape(text)}</b>{notes}")
        self.verdict_label.setVisible(verdict is not None)
        self.review_box.setVisible(bool(requests) or verdict is not None)

    def _request_clicked(self, entry: QListWidgetItem) -> None:
        self.requestSelected.emit(entry.data(Qt.ItemDataRole.UserRole))

    def _capture_again(self) -> None:
        entry = self.requests.currentItem()
        if entry is not None:
            self.captureAgain.emit(entry.data(Qt.ItemDataRole.UserRole))

    def state_of(self, step_id: str) -> str:
        if self.completeness is None:
            return NO_CASE
        return self.completeness.status(step_id).state

    def next_step(self) -> Step | None:
        """The first required step still missing (then the first optional one)."""
        if self.completeness is None:
            return self.guide.steps[0]
        for optional in (False, True):
            for status in self.completeness.steps:
                if status.state == MISSING and status.step.optional == optional:
                    return status.step
        return None

    def step_tool(self, step: Step) -> str:
        """The tool a step's button opens: the time-stamp step without a service chooses one;
        a step whose first gap is a field of an item the case has opens that item's form."""
        if self.completeness is None:
            return step.tool
        status = self.completeness.status(step.id)
        why = status.why.text if status.why is not None else ""
        if step.tool == "timestamp" and why == CHOOSE_TIME_SERVICE:
            return "choose_tsa"
        return status.tool

    def next_words(self, step: Step) -> str:
        """What the next-step bar says for *step*: its title, or, when what it lacks first is a
        field of an item already there, that gap ("E002 … without an account ID: fill it in")."""
        tool = self.step_tool(step)
        if self.completeness is not None and tool == "fields" and step.tool != "fields":
            return self.completeness.status(step.id).gaps[0].message()
        return step.title()

    def _why(self, step_id: str) -> str:
        if self.completeness is None:
            return ""
        why = self.completeness.status(step_id).why
        return why.message() if why is not None else ""

    def _fill(self) -> None:
        lang = current_language()
        self.steps.blockSignals(True)
        row = self.steps.currentRow()
        self.steps.clear()
        for number, step in enumerate(self.guide.steps, 1):
            state = self.state_of(step.id)
            text = f"{STATE_MARKS[state]}  {number}. {step.title(lang)}"
            if step.optional:
                text += "  " + self.tr("(recommended)")
            why = self._why(step.id)
            if why:  # "do this once the steps before it are done", "not needed: …"
                text += "  " + self.tr("({why})").format(why=why)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, step.id)
            entry.setForeground(QBrush(QColor(STATE_COLORS[state])))
            self.steps.addItem(entry)
        self.steps.setCurrentRow(row)
        self.steps.blockSignals(False)
        self._fill_progress()
        self._show_step(self.steps.currentRow())

    def _fill_progress(self) -> None:
        """Progress over every step of the guide, a total that never changes as the case grows:
        the bar counts the steps with nothing left to do, the words say which are not needed."""
        c = self.completeness
        total = c.total if c else len(self.guide.steps)
        done = c.done if c else 0
        not_needed = c.not_needed if c else 0
        self.progress.setMaximum(total)
        self.progress.setValue(done + not_needed)
        if not_needed:
            text = self.tr("{done} of {total} steps done, {count} not needed").format(
                done=done, total=total, count=not_needed
            )
        else:
            text = self.tr("{done} of {total} steps done").format(done=done, total=total)
        statuses = c.steps if c else ()
        later = sum(1 for s in statuses if s.state == "not_applicable" and s.waiting)
        recommended = sum(1 for s in statuses if s.state == MISSING and s.step.optional)
        more = []  # in the tool tip: the bar itself is narrow
        if later:
            more.append(self.tr("{count} for later").format(count=later))
        if recommended:
            more.append(self.tr("{count} recommended, not required").format(count=recommended))
        self.progress.setFormat(text)
        self.progress.setToolTip(" · ".join([text, *more]))

    def _show_step(self, row: int) -> None:
        if not 0 <= row < len(self.guide.steps):
            self.detail.clear()
            self.action.setEnabled(False)
            return
        step = self.guide.steps[row]
        lang = current_language()
        parts = [
            f"<h3>{html.escape(step.title(lang))}</h3>",
            f"<p>{html.escape(step.get('what', lang))}</p>",
            f"<p><b>{html.escape(self.tr('Why:'))}</b> {html.escape(step.get('why', lang))}</p>",
            f"<p style='color:#555'><i>{html.escape(step.get('basis', lang))}</i></p>",
        ]
        if self.completeness is not None:
            status = self.completeness.status(step.id)
            if status.state == MISSING and status.gaps:
                parts.append(f"<p><b>{html.escape(self.tr('Still missing:'))}</b></p><ul>")
                for gap in status.gaps[:20]:
                    parts.append(f"<li>{html.escape(gap.message())}</li>")
                if len(status.gaps) > 20:
                    parts.append(
                        f"<li>{html.escape(self.tr('… and {count} more').format(count=len(status.gaps) - 20))}</li>"
                    )
                parts.append("</ul>")
            elif status.why is not None:
                parts.append(
                    f"<p style='color:#555'><b>{html.escape(status.why.message())}</b></p>"
                )
            elif status.state == DONE:
                parts.append(f"<p style='color:#1b7f3b'><b>{html.escape(self.tr('Done.'))}</b></p>")
        self.detail.setHtml("".join(parts))
        # With no case open, every tool waits for one: the button makes the case.
        self.action.setText(
            tool_button_text(self.step_tool(step) if self.completeness else "new_case")
        )
        self.action.setEnabled(True)

    def _open_current(self) -> None:
        row = self.steps.currentRow()
        if self.completeness is None:
            self.openTool.emit("new_case", "")
        elif 0 <= row < len(self.guide.steps):
            step = self.guide.steps[row]
            self.openTool.emit(self.step_tool(step), step.id)

    # -- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("What to do, step by step"))
        self.again_button.setText(self.tr("Capture again…"))
        self._fill()
        self._fill_review()
