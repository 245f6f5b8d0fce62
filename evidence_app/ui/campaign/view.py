"""传播分析: the case's groups of near-identical posts, largest first, each with a timeline strip."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.timefmt import instant_text
from evidence_app.ui.tasks import task_store

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore


class TimelineStrip(QWidget):
    """Posting times of one group as ticks on a line from its first to its last post."""

    def __init__(self, times: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moments = sorted(datetime.fromisoformat(t) for t in times if t)
        self.setMinimumSize(180, 22)
        if self.moments:
            self.setToolTip(
                self.tr("{count} posting times from {first} to {last}").format(
                    count=len(self.moments),
                    first=instant_text(self.moments[0]),
                    last=instant_text(self.moments[-1]),
                )
            )
        else:
            self.setToolTip(self.tr("The pages show no posting times for this group."))

    def positions(self) -> list[float]:
        """Each posting time as a fraction of the group's span (0 = first post, 1 = last)."""
        if not self.moments:
            return []
        span = (self.moments[-1] - self.moments[0]).total_seconds()
        if span <= 0:
            return [0.5 for _ in self.moments]
        return [(m - self.moments[0]).total_seconds() / span for m in self.moments]

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(6, 4, -6, -4)
        middle = rect.center().y()
        painter.setPen(QPen(QColor("#b0b0b0"), 1))
        painter.drawLine(QPointF(rect.left(), middle), QPointF(rect.right(), middle))
        painter.setPen(QPen(QColor("#c0392b"), 2))
        for fraction in self.positions():
            x = rect.left() + fraction * rect.width()
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        painter.end()


class CampaignView(QDialog):
    """The analysis of one case, computed off the GUI thread (it may extract texts first)."""

    loaded = Signal()

    def __init__(
        self, store: CaseStore, case_id: str, runner: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.case_id = case_id
        self.runner = runner
        self.campaign: Any = None
        self.setWindowTitle(self.tr("Coordinated spreading"))
        self.resize(980, 620)
        self.summary = QLabel(self.tr("Reading the post texts of this case…"))
        self.summary.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "Posts whose texts, as the captured pages show them, are near-identical. This "
                "describes what the pages show; it is not a finding about who wrote them."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Group / item"), self.tr("Account"), self.tr("Posted"), self.tr("Address")]
        )
        self.tree.setUniformRowHeights(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.note, self.tree, buttons):
            layout.addWidget(widget)

    def start(self) -> None:
        def analyse(_task: Any) -> Any:
            from evidence_app.core.campaign import analyse_case

            with task_store(self.store) as own:
                return analyse_case(own, self.case_id)

        self.runner.run(analyse, self.show_campaign, label=self.tr("Comparing post texts"))

    def show_campaign(self, campaign: Any) -> None:
        self.campaign = campaign
        self.tree.clear()
        self.summary.setText(
            self.tr(
                "{posts} items with a post text: {groups} groups of near-identical texts."
            ).format(posts=sum(1 for p in campaign.posts if p.text), groups=len(campaign.groups))
            if campaign.groups
            else self.tr("The captured pages show no text posted more than once.")
        )
        for number, group in enumerate(campaign.groups, 1):
            top = QTreeWidgetItem(
                [
                    self.tr("Group {n}: {size} posts by {accounts} accounts").format(
                        n=number, size=len(group.posts), accounts=len(group.accounts)
                    ),
                    "",
                    "",
                    group.sample,
                ]
            )
            top.setToolTip(3, group.sample)
            self.tree.addTopLevelItem(top)
            self.tree.setItemWidget(top, 2, TimelineStrip([p.posted_utc for p in group.posts]))
            posts = QTreeWidgetItem(top, [self.tr("Posts")])
            for post in group.posts:
                QTreeWidgetItem(
                    posts,
                    [
                        post.number,
                        post.account_name or post.account_id or self.tr("not known"),
                        instant_text(post.posted_utc) if post.posted_utc else self.tr("not shown"),
                        post.url,
                    ],
                )
            accounts = QTreeWidgetItem(top, [self.tr("Accounts")])
            for platform, account_id in group.accounts:
                mine = [p for p in group.posts if p.account_key == (platform, account_id)]
                names = "、".join(dict.fromkeys(p.account_name for p in mine if p.account_name))
                QTreeWidgetItem(
                    accounts,
                    [
                        self.tr("{count} posts").format(count=len(mine)),
                        f"{names} ({platform} {account_id})"
                        if names
                        else f"{platform} {account_id}",
                        "",
                        ", ".join(p.number for p in mine),
                    ],
                )
        for column, width in enumerate((230, 220, 220)):
            self.tree.setColumnWidth(column, width)
        self.loaded.emit()
