"""The guide panel: the evidence guide's steps with done / missing / not-applicable, and a button per step."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.guide import DONE, MISSING, Completeness, Guide, Step, load_guide
from evidence_app.core.i18n import current_language

STATE_COLORS = {DONE: "#1b7f3b", MISSING: "#b3261e", "not_applicable": "#777777"}
STATE_MARKS = {DONE: "✓", MISSING: "✗", "not_applicable": "–"}


def tool_button_text(tool: str) -> str:
    """The label of the button that opens *tool* (also used by the main window's next-step bar)."""
    from PySide6.QtCore import QCoreApplication

    texts = {
        "browser": QCoreApplication.translate("GuidePanel", "Open the browser"),
        "capture_screen": QCoreApplication.translate("GuidePanel", "Capture the screen"),
        "record": QCoreApplication.translate("GuidePanel", "Record the screen"),
        "import": QCoreApplication.translate("GuidePanel", "Import files"),
        "fields": QCoreApplication.translate("GuidePanel", "Fill in the details"),
        "narrative": QCoreApplication.translate("GuidePanel", "Write what happened"),
        "timestamp": QCoreApplication.translate("GuidePanel", "Time-stamp now"),
        "export": QCoreApplication.translate("GuidePanel", "Export the bundle"),
    }
    return texts[tool]


class GuidePanel(QWidget):
    """Shows the guide against the open case; ``openTool(tool, step_id)`` asks for a step's tool."""

    openTool = Signal(str, str)

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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

    def state_of(self, step_id: str) -> str:
        if self.completeness is None:
            return MISSING
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
            if state == "not_applicable":
                text += "  " + self.tr("(not needed yet)")
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, step.id)
            entry.setForeground(QBrush(QColor(STATE_COLORS[state])))
            self.steps.addItem(entry)
        self.steps.setCurrentRow(row)
        self.steps.blockSignals(False)
        c = self.completeness
        done = c.done if c else 0
        applicable = c.applicable if c else len(self.guide.steps)
        self.progress.setMaximum(max(applicable, 1))
        self.progress.setValue(done)
        self.progress.setFormat(
            self.tr("{done} of {total} steps done").format(done=done, total=applicable)
        )
        self._show_step(self.steps.currentRow())

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
            elif status.state == DONE:
                parts.append(f"<p style='color:#1b7f3b'><b>{html.escape(self.tr('Done.'))}</b></p>")
        self.detail.setHtml("".join(parts))
        self.action.setText(tool_button_text(step.tool))
        self.action.setEnabled(True)

    def _open_current(self) -> None:
        row = self.steps.currentRow()
        if 0 <= row < len(self.guide.steps):
            step = self.guide.steps[row]
            self.openTool.emit(step.tool, step.id)

    # -- language ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.heading.setText(self.tr("What to do, step by step"))
        self._fill()
