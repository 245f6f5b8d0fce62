"""The settings' trusted time-stamp roots: the list with fingerprints in groups of four, import from .pem/.crt, remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.core.errors import UserError
from evidence_app.core.settings import Settings
from evidence_app.ui.verify.words import common_name, group_fingerprint


def describe_root(pem: str) -> tuple[str, str] | None:
    """(name, SHA-256 fingerprint) of a root in PEM; None when it cannot be read."""
    from evidence_app.core.tsa_trust import certs_from_bytes, fingerprint, subject_text

    try:
        certs = certs_from_bytes(pem.encode("ascii", "replace"))
    except ValueError:
        return None
    if not certs:
        return None
    subject = subject_text(certs[0])
    return common_name(subject) or subject, fingerprint(certs[0])


class TrustedRootsSection(QGroupBox):
    """A group for SettingsDialog; ``collected()`` gives the settings' values it edits."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trustedRoots")
        self.roots: list[str] = list(settings.trusted_tsa_roots)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #555")
        self.list = QListWidget()
        self.list.setObjectName("trustedRootList")
        self.list.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.list.setMaximumHeight(110)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importRoot")
        self.import_button.clicked.connect(self._choose)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeRoot")
        self.remove_button.clicked.connect(self.remove_selected)
        self.public = QCheckBox()
        self.public.setObjectName("trustPublicRoots")
        self.public.setChecked(settings.trust_public_roots)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.intro)
        box.addWidget(self.list)
        box.addLayout(buttons)
        box.addWidget(self.public)
        box.addWidget(self.message)
        self.retranslateUi()

    def collected(self) -> dict[str, Any]:
        return {
            "trusted_tsa_roots": list(self.roots),
            "trust_public_roots": self.public.isChecked(),
        }

    def _fill(self) -> None:
        self.list.clear()
        for pem in self.roots:
            found = describe_root(pem)
            name, fingerprint = found if found else (self.tr("(unreadable certificate)"), "")
            item = QListWidgetItem(f"{name}\n{group_fingerprint(fingerprint, per_line=8)}")
            item.setData(Qt.ItemDataRole.UserRole, pem)
            self.list.addItem(item)
        self.remove_button.setEnabled(bool(self.roots))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the time service's certificate file (root certificate)"),
            "",
            self.tr("Certificate files (*.pem *.crt *.cer *.der)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> int:
        """Add every certificate in *path* (PEM or DER); the number added. Says why if none."""
        from evidence_app.core.tsa_trust import load_cert_files, to_pem

        try:
            certs = load_cert_files([path])
        except UserError as error:
            self._say(error.message())
            return 0
        known = {p.strip() for p in self.roots}
        added = [to_pem(c) for c in certs if to_pem(c).strip() not in known]
        self.roots.extend(added)
        self._fill()
        self._say(
            self.tr("Added {count}. Saving the settings makes them trusted.").format(
                count=len(added)
            )
            if added
            else self.tr("That certificate is in the list already.")
        )
        return len(added)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            pem = item.data(Qt.ItemDataRole.UserRole)
            if pem in self.roots:
                self.roots.remove(pem)
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        # Plain words for the owner; the precise terms for a lawyer or support in the tool tips.
        self.setTitle(self.tr("Time services you trust"))
        self.setToolTip(
            self.tr(
                "Technically: the root certificates of RFC 3161 time-stamping authorities (TSAs). "
                "A time-stamp is accepted as proof only if it chains to one of them."
            )
        )
        self.intro.setText(
            self.tr(
                "A time-stamp counts as proof only when you trust the service that made it. Add "
                "a service's certificate file only after checking its fingerprint with the "
                "service itself; your lawyer or support staff can help."
            )
        )
        self.import_button.setText(self.tr("Add a service's certificate file…"))
        self.import_button.setToolTip(self.tr("A root certificate: .pem, .crt, .cer or .der"))
        self.remove_button.setText(self.tr("Remove"))
        self.public.setText(
            self.tr("Also trust well-known commercial time services (paid services)")
        )
        self.public.setToolTip(
            self.tr(
                "Technically: time-stamps that chain to a public root certificate of the certifi "
                "(Mozilla) list are accepted too."
            )
        )
        self._fill()
