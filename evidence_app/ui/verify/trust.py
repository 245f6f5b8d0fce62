"""“Trust this authority”: after the user confirms the fingerprint, its root joins the settings' trusted TSA roots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from evidence_app.core.errors import UserError
from evidence_app.core.settings import Settings
from evidence_app.ui.errors import show_error
from evidence_app.ui.verify.words import common_name, group_fingerprint

CONTEXT = "VerifyTrust"  # tools/i18n.py extracts _t("…") with this context


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def trust_sources(data_dir: Path | None) -> dict[str, Any]:
    """The settings' trusted TSA roots for verify_bundle / verify_folder (none without a data dir)."""
    if data_dir is None or not Path(data_dir).is_dir():
        return {"trusted_roots": (), "public_roots": False}
    settings = Settings.load(Path(data_dir))
    return {
        "trusted_roots": tuple(settings.trusted_tsa_roots),
        "public_roots": settings.trust_public_roots,
    }


def add_trusted_root(data_dir: Path, pem: str) -> bool:
    """Add *pem* to the settings' trusted TSA roots; False if it was there already."""
    settings = Settings.load(data_dir)
    if pem.strip() in (p.strip() for p in settings.trusted_tsa_roots):
        return False
    settings.trusted_tsa_roots.append(pem)
    settings.save(data_dir)
    return True


class TrustAuthority:
    """The verify window's “Trust this authority…” button, its confirmation, and the settings write."""

    def __init__(self, dialog: Any, added: Callable[[], None]) -> None:
        self.dialog = dialog
        self.added = added
        self.authorities: list[dict[str, str]] = []
        self.box: QMessageBox | None = None
        self.button = QPushButton()
        self.button.setObjectName("trustAuthority")
        self.button.setVisible(False)
        self.button.clicked.connect(self.ask)
        self.retranslate()

    def offer(self, authorities: list[dict[str, str]]) -> None:
        """Show the button for these untrusted authorities (none: hide it)."""
        self.authorities = [a for a in authorities if a.get("root_pem")]
        self.button.setVisible(bool(self.authorities) and self.dialog.data_dir is not None)

    def ask(self) -> QMessageBox | None:
        """Ask for confirmation (window-modal; the answer arrives through the box's signal)."""
        if not self.authorities:
            return None
        parent: QWidget = self.dialog
        names = "\n\n".join(
            _t("{name}\nRoot certificate: {root}\nSHA-256 fingerprint:\n{fingerprint}").format(
                name=common_name(a.get("tsa_subject", "")) or a.get("tsa_subject", ""),
                root=a.get("root_subject", ""),
                fingerprint=group_fingerprint(a.get("tsa_root_sha256", ""), per_line=8),
            )
            for a in self.authorities
        )
        box = QMessageBox(parent)
        box.setObjectName("trustAuthorityConfirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_t("Trust this time-stamp authority?"))
        box.setText(
            _t(
                "Trust only an authority whose fingerprint you have checked with the authority "
                "itself (its website, or by asking it), never only with the bundle. From then on, "
                "every time-stamp that leads to this root counts as proven on this computer."
            )
        )
        box.setInformativeText(names)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(_t("I checked it: trust it"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_t("Cancel"))
        box.buttonClicked.connect(lambda button: self._answered(box.standardButton(button)))
        self.box = box
        box.open()
        return box

    def _answered(self, answer: QMessageBox.StandardButton) -> None:
        self.box = None
        if answer != QMessageBox.StandardButton.Yes or self.dialog.data_dir is None:
            return
        try:
            for authority in self.authorities:
                add_trusted_root(self.dialog.data_dir, authority["root_pem"])
        except UserError as error:
            show_error(error, self.dialog)
            return
        self.offer([])
        self.added()

    def retranslate(self) -> None:
        self.button.setText(_t("Trust this authority…"))
