"""The main window's panes: the cases and guide on the left, the evidence table in the middle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from evidence_app.ui.window.state import WindowState

if TYPE_CHECKING:
    pass

CONTEXT = "MainWindow"  # tools/i18n.py extracts _t("…") with this context (the window's words)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class PanesMixin(WindowState):
    """Builds the left and middle panes and fills the table's filters (part of MainWindow)."""

    def _build_left(self) -> None:
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QHBoxLayout, QListView, QPushButton, QVBoxLayout

        from evidence_app.ui.guide_panel import GuidePanel

        self.left = QWidget()
        layout = QVBoxLayout(self.left)
        layout.setContentsMargins(6, 6, 6, 6)
        self.cases_label = QLabel()
        bold = QFont(self.cases_label.font())
        bold.setBold(True)
        self.cases_label.setFont(bold)
        self.case_list = QListView()
        self.case_list.setObjectName("caseList")
        self.case_list.setModel(self.case_model)
        self.case_list.setMaximumHeight(150)
        self.case_list.selectionModel().currentChanged.connect(self._case_clicked)
        buttons = QHBoxLayout()
        self.new_case_button = QPushButton()
        self.rename_case_button = QPushButton()
        buttons.addWidget(self.new_case_button)
        buttons.addWidget(self.rename_case_button)
        self.new_case_button.clicked.connect(self.new_case_wizard)
        self.rename_case_button.clicked.connect(self.rename_case_dialog)
        self.guide_panel = GuidePanel()
        self.guide_panel.openTool.connect(self.open_tool)
        self.guide_panel.requestSelected.connect(self.select_item)
        self.guide_panel.captureAgain.connect(self.recapture_dialog)
        self.guide_panel.recaptureDropped.connect(self.recapture_paths)
        layout.addWidget(self.cases_label)
        layout.addWidget(self.case_list)
        layout.addLayout(buttons)
        layout.addWidget(self.guide_panel, 1)

    def _build_middle(self) -> None:
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import (
            QComboBox,
            QHBoxLayout,
            QHeaderView,
            QLineEdit,
            QPushButton,
            QVBoxLayout,
        )

        from evidence_app.ui.models import EvidenceTable, set_up_row_table

        self.middle = QWidget()
        layout = QVBoxLayout(self.middle)
        layout.setContentsMargins(6, 6, 6, 6)
        # The next step, in one line, with the button that does it: the ten-second answer.
        self.next_bar = QWidget()
        self.next_bar.setObjectName("nextBar")
        self.next_bar.setStyleSheet(
            "#nextBar { background: #fff4d6; border: 1px solid #e0b84c; border-radius: 4px; }"
        )
        next_layout = QHBoxLayout(self.next_bar)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self._do_next_step)
        next_layout.addWidget(self.next_label, 1)
        next_layout.addWidget(self.next_button)
        self.case_title = QLabel()
        title_font = QFont(self.case_title.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.case_title.setFont(title_font)
        filters = QHBoxLayout()
        self.category_filter = QComboBox()
        self.platform_filter = QComboBox()
        for combo in (self.category_filter, self.platform_filter):
            # Their texts change with the case and the language: always as wide as they need.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.category_filter.currentIndexChanged.connect(self._filters_changed)
        self.platform_filter.currentIndexChanged.connect(self._filters_changed)
        self.search.textChanged.connect(self._filters_changed)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.platform_filter)
        filters.addWidget(self.search, 1)
        self.table = EvidenceTable()
        self.table.setObjectName("evidenceTable")
        set_up_row_table(self.table, self.proxy)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(52)
        for column, width in enumerate((56, 72, 80, 64, 100, 112, 96)):
            self.table.setColumnWidth(column, width)
        self.table.filesDropped.connect(self.drop_files)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.drop_hint = QLabel()
        self.drop_hint.setStyleSheet("color: #555")
        layout.addWidget(self.next_bar)
        layout.addWidget(self.case_title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.drop_hint)

    def _fill_filters(self) -> None:
        from evidence_app.core.fields import category_label
        from evidence_app.core.model import CATEGORIES

        category, platform = self.category_filter.currentData(), self.platform_filter.currentData()
        for combo in (self.category_filter, self.platform_filter):
            combo.blockSignals(True)
            combo.clear()
        self.category_filter.addItem(_t("All kinds"), "")
        for key in CATEGORIES:
            self.category_filter.addItem(category_label(key), key)
        self.platform_filter.addItem(_t("All platforms"), "")
        from evidence_app.core.platforms import platform_label

        for name in self.platforms:  # one entry per platform (微博 and Weibo are one)
            self.platform_filter.addItem(platform_label(name), name)
        for combo, value in ((self.category_filter, category), (self.platform_filter, platform)):
            index = combo.findData(value) if value else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
