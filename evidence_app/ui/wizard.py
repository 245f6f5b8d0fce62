"""The new-case wizard: pages collect (owner, vehicle, what happened, platforms); Finish commits."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from evidence_app.core.errors import UserError
from evidence_app.ui.errors import show_error

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

# Platform names are proper names, shown as the platforms write them (not translated).
PLATFORMS = (
    "微博 Weibo",
    "抖音 Douyin",
    "小红书 Xiaohongshu",
    "懂车帝 Dongchedi",
    "汽车之家 Autohome",
    "哔哩哔哩 Bilibili",
    "快手 Kuaishou",
    "微信 WeChat",
    "知乎 Zhihu",
    "百度贴吧 Tieba",
)


class OwnerPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.owner = QLineEdit()
        self.owner.setObjectName("owner")
        self.contact = QLineEdit()
        self.contact.setObjectName("contact")
        self.form = QFormLayout(self)
        self.owner_label, self.contact_label = QLabel(), QLabel()
        self.form.addRow(self.owner_label, self.owner)
        self.form.addRow(self.contact_label, self.contact)
        # Shown when the app does not know yet who works at this PC: the owner's name is then the
        # name every step is recorded under (custody log), instead of the computer's login name.
        self.operator_note = QLabel()
        self.operator_note.setWordWrap(True)
        self.operator_note.setStyleSheet("color: #555")
        self.operator_note.setVisible(False)
        self.form.addRow(self.operator_note)
        self.owner.textChanged.connect(self.completeChanged)
        self.retranslateUi()

    def isComplete(self) -> bool:
        return bool(self.owner.text().strip())

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Who is being attacked?"))
        self.setSubTitle(
            self.tr(
                "Your name and how to reach you go into the bundle for your lawyer, so that they "
                "know whose evidence it is and how to contact you."
            )
        )
        self.owner_label.setText(self.tr("Your name *"))
        self.contact_label.setText(self.tr("Phone or e-mail (for your lawyer)"))
        self.operator_note.setText(
            self.tr(
                "Every step you take is recorded under this name in the custody log. "
                "You can change it later in Settings."
            )
        )


class VehiclePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.model = QLineEdit()
        self.model.setObjectName("vehicleModel")
        self.registration = QLineEdit()
        self.registration.setObjectName("registration")
        self.form = QFormLayout(self)
        self.model_label, self.registration_label = QLabel(), QLabel()
        self.form.addRow(self.model_label, self.model)
        self.form.addRow(self.registration_label, self.registration)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Your car"))
        self.setSubTitle(
            self.tr(
                "Which car is this about? It goes into the bundle for your lawyer. The "
                "registration number is optional."
            )
        )
        self.model_label.setText(self.tr("Vehicle model"))
        self.registration_label.setText(self.tr("Registration (optional)"))


class WhatPage(QWizardPage):
    title: QLineEdit  # type: ignore[assignment]  # the case title's box, over QWizardPage.title()

    def __init__(self) -> None:
        super().__init__()
        self.what = QPlainTextEdit()
        self.what.setObjectName("whatHappened")
        self.what.setTabChangesFocus(True)  # Tab moves on; it types no tab character
        # Free text: an owner often knows "since early January", not a date; left empty, the
        # narrative says nothing about it (no made-up date in the lawyer's bundle).
        self.since = QLineEdit()
        self.since.setObjectName("since")
        self.title = QLineEdit()
        self.title.setObjectName("caseTitle")
        self.respondent = QLineEdit()  # the other party, named in the bundle as 被告 (case detail)
        self.respondent.setObjectName("respondent")
        self.form = QFormLayout(self)
        self.what_label, self.since_label, self.title_label = QLabel(), QLabel(), QLabel()
        self.respondent_label = QLabel()
        self.form.addRow(self.what_label, self.what)
        self.form.addRow(self.since_label, self.since)
        self.form.addRow(self.respondent_label, self.respondent)
        self.form.addRow(self.title_label, self.title)
        self.what.textChanged.connect(self.completeChanged)
        self.retranslateUi()

    def isComplete(self) -> bool:
        return bool(self.what.toPlainText().strip())

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("What happened?"))
        self.setSubTitle(
            self.tr(
                "A few sentences in your own words are enough; they go into the bundle for your "
                "lawyer as your account of what happened. You can add to it later."
            )
        )
        self.what_label.setText(self.tr("What happened *"))
        self.since_label.setText(self.tr("Since when"))
        self.since.setPlaceholderText(self.tr("e.g. early January 2025"))
        self.title_label.setText(self.tr("Short name for the case"))
        self.respondent_label.setText(self.tr("Who is attacking you, if known"))
        self.respondent.setPlaceholderText(self.tr("e.g. Weibo user @name (UID 7788990011)"))
        self.title.setPlaceholderText(self.tr("e.g. Rumours about my car on Weibo"))


class PlatformsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        self.boxes: list[QCheckBox] = []
        for index, name in enumerate(PLATFORMS):
            box = QCheckBox(name)
            self.boxes.append(box)
            grid.addWidget(box, index // 2, index % 2)
        self.other = QLineEdit()
        self.other.setObjectName("otherPlatforms")
        layout.addWidget(grid_host)
        layout.addWidget(self.other)
        self.retranslateUi()

    def platforms(self) -> list[str]:
        chosen = [box.text() for box in self.boxes if box.isChecked()]
        chosen += [p.strip() for p in self.other.text().replace("，", ",").split(",") if p.strip()]
        return chosen

    def retranslateUi(self) -> None:
        self.setTitle(self.tr("Where does it happen?"))
        self.setSubTitle(
            self.tr(
                "Tick every platform where you were attacked; they go into your account of what "
                "happened in the bundle."
            )
        )
        self.other.setPlaceholderText(self.tr("Other platforms, separated by commas"))


class NewCaseWizard(QWizard):
    caseCreated = Signal(str)

    def __init__(
        self,
        store: CaseStore,
        parent: QWidget | None = None,
        settings: Any = None,
        data_dir: Path | None = None,
    ) -> None:
        """With *settings* (and the *data_dir* they live in) that name no operator yet, the owner's
        name becomes the operator on Finish, before the case is created (its first event)."""
        super().__init__(parent)
        self.setObjectName("newCaseWizard")
        self.store = store
        self.settings = settings
        self.data_dir = data_dir
        self.created_id: str | None = None
        self.owner_page = OwnerPage()
        self.vehicle_page = VehiclePage()
        self.what_page = WhatPage()
        self.platforms_page = PlatformsPage()
        for page in (self.owner_page, self.vehicle_page, self.what_page, self.platforms_page):
            self.addPage(page)
        self.owner_page.operator_note.setVisible(self.names_operator())
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(640, 480)  # and never beyond the screen (the window keeps it on screen)
        self.currentIdChanged.connect(lambda _id: self.retranslateUi())
        self.retranslateUi()

    def names_operator(self) -> bool:
        """Whether Finish makes the owner's name the operator (first use, as an owner)."""
        from evidence_app.core.store import default_operator

        return (
            self.settings is not None
            and self.data_dir is not None
            and not self.settings.operator_name
            and self.store.operator == default_operator()  # not named by --operator either
        )

    def title_text(self) -> str:
        title = self.what_page.title.text().strip()
        if title:
            return title
        owner = self.owner_page.owner.text().strip()
        vehicle = self.vehicle_page.model.text().strip()
        return self.tr("{owner}: online attacks").format(owner=owner) + (
            f" ({vehicle})" if vehicle else ""
        )

    def description_text(self) -> str:
        """The narrative (see core/guide.py: the case description holds it)."""
        lines = [self.what_page.what.toPlainText().strip(), ""]
        since = self.what_page.since.text().strip()
        if since:
            lines.append(self.tr("Since: {date}").format(date=since))
        platforms = self.platforms_page.platforms()
        if platforms:
            lines.append(self.tr("Platforms: {names}").format(names=", ".join(platforms)))
        return "\n".join(lines)

    def car_text(self) -> str:
        """The car, a case detail of its own (printed in the bundle's case section)."""
        model = self.vehicle_page.model.text().strip()
        registration = self.vehicle_page.registration.text().strip()
        return f"{model} ({registration})" if model and registration else model or registration

    def parties(self) -> dict[str, str]:
        """The owner as plaintiff and the named attacker as defendant (原告/被告); a lawyer can
        change the terms later (``case edit --parties application``)."""
        respondent = self.what_page.respondent.text().strip()
        if not respondent:
            return {}
        owner = self.owner_page.owner.text().strip()
        return {"claimant": owner, "respondent": respondent, "party_terms": "litigation"}

    def accept(self) -> None:
        try:
            if self.names_operator():
                self._name_operator(self.owner_page.owner.text().strip())
            case = self.store.create_case(
                self.title_text(),
                self.owner_page.owner.text().strip(),
                self.description_text(),
                car=self.car_text(),
                contact=self.owner_page.contact.text().strip(),
                **self.parties(),
            )
        except UserError as error:
            show_error(error, self)
            return
        self.created_id = case.id
        super().accept()
        self.caseCreated.emit(case.id)

    def _name_operator(self, name: str) -> None:
        from dataclasses import replace

        from evidence_app.core.model import Operator

        replace(self.settings, operator_name=name, operator_role="owner").save(self.data_dir)
        self.settings.operator_name, self.settings.operator_role = name, "owner"
        self.store.operator = Operator(name, "owner")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            for page in (self.owner_page, self.vehicle_page, self.what_page, self.platforms_page):
                page.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        step = max(self.currentId(), 0) + 1
        self.setWindowTitle(
            self.tr("New case — step {step} of {total}").format(
                step=step, total=len(self.pageIds())
            )
        )
