"""Settings: trusted time in plain words, and the known public time-stamp services to choose from.

The section only edits the settings' list of addresses (the box above it): nothing is sent to
any service until the owner has chosen one and saved. The services are data in
``core.time_services``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.time_services import KNOWN_TIME_SERVICES, TimeService


class TimeServiceSection(QGroupBox):
    """Explains trusted time; "Use this service" adds the chosen address to *addresses*."""

    serviceChosen = Signal(str)  # the address added

    def __init__(self, addresses: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeServices")
        self.addresses = addresses
        self.intro = QLabel()
        self.intro.setObjectName("timeServicesIntro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #444")
        self.services = QComboBox()
        self.services.setObjectName("timeServiceChoice")
        for service in KNOWN_TIME_SERVICES:
            self.services.addItem(f"{service.name} — {service.operator}", service.key)
        self.services.currentIndexChanged.connect(self._show_service)
        self.use = QPushButton()
        self.use.setObjectName("useTimeService")
        self.use.clicked.connect(self.use_current)
        self.details = QLabel()
        self.details.setObjectName("timeServiceDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("timeServiceMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #1b7f3b")
        self.message.hide()
        row = QHBoxLayout()
        row.addWidget(self.services, 1)
        row.addWidget(self.use)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        self.retranslateUi()

    def service(self) -> TimeService:
        return KNOWN_TIME_SERVICES[max(self.services.currentIndex(), 0)]

    def chosen_urls(self) -> list[str]:
        return [line.strip() for line in self.addresses.toPlainText().splitlines() if line.strip()]

    def use_current(self) -> None:
        """Add the chosen service's address to the list (nothing is contacted)."""
        service = self.service()
        urls = self.chosen_urls()
        if service.url not in urls:
            urls.append(service.url)
            self.addresses.setPlainText("\n".join(urls))
        self.message.setText(
            self.tr(
                "{name} is in the list. It is used from the next time-stamp, after you press Save."
            ).format(name=service.name)
        )
        self.message.show()
        self.serviceChosen.emit(service.url)

    def focus(self) -> None:
        """Bring the owner here (the guide's time-stamp step opens Settings at this section)."""
        from PySide6.QtWidgets import QTabWidget

        ancestor = self.parentWidget()
        while ancestor is not None:  # the settings' "Trusted time" tab comes to the front
            if isinstance(ancestor, QTabWidget):
                for index in range(ancestor.count()):
                    page = ancestor.widget(index)
                    if page is not None and page.isAncestorOf(self):
                        ancestor.setCurrentIndex(index)
            ancestor = ancestor.parentWidget()
        self.services.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_service(self, *_args: object) -> None:
        service = self.service()
        self.details.setText(
            self.tr("Run by {operator}. Address: {url}. {note}").format(
                operator=service.operator, url=service.url, note=service.note_in()
            )
        )
        self.message.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Trusted time"))
        self.intro.setText(
            self.tr(
                "Your computer's clock can be changed by anyone, so on its own it proves little. "
                "A time-stamp service is a neutral third party: it signs the time at which it saw "
                "each file's fingerprint (a hash), which proves the file existed, exactly as it "
                "is, no later than that moment. Courts accept such time-stamps. Only the "
                "fingerprints are sent, never the files, and nothing is sent until you choose a "
                "service here and save. Your lawyer may prefer another service: then paste its "
                "address into the box above."
            )
        )
        self.use.setText(self.tr("Use this service"))
        self._show_service()
