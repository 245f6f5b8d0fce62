"""The signing key from the app: the passphrase dialog, and Settings' "New key" and "Change passphrase".

The dialogs are driven as an owner would (type, press the buttons they show), never exec()'d; the
key on disk is checked with core.identity.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from evidence_app.core import identity
from evidence_app.core.errors import UserError
from evidence_app.ui.dialogs import CHANGE, NEW_KEY, PASSPHRASE_ENV, UNLOCK, PassphraseDialog


@pytest.fixture
def window(qtbot, store, monkeypatch):  # type: ignore[no-untyped-def]
    from evidence_app.ui.errors import ErrorPresenter, set_presenter
    from evidence_app.ui.main_window import MainWindow

    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    presenter = ErrorPresenter(store.data_dir, dialogs=False)
    set_presenter(presenter)
    w = MainWindow(store)
    w.presenter = presenter
    qtbot.addWidget(w)
    yield w
    w.runner.shutdown(30_000)
    set_presenter(None)


def test_the_passphrase_dialog_asks_twice_for_a_new_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog(NEW_KEY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current.isHidden() and dialog.new.isVisible() and dialog.again.isVisible()
    entered: list[tuple[str, str]] = []
    dialog.passphraseEntered.connect(lambda c, n: entered.append((c, n)))
    dialog.ok_button.click()
    assert "at least 8 characters" in dialog.message.text() and dialog.isVisible()
    # "abc" is refused too, and the hint under the field says why before OK is pressed.
    dialog.new.setText("abc")
    assert dialog.strength.text().startswith("Too short")
    dialog.again.setText("abc")
    dialog.ok_button.click()
    assert "at least 8 characters" in dialog.message.text() and not entered
    # A first key: no word about an archive of earlier keys (there is none).
    assert "archive" not in dialog.intro.text()
    assert "archive" in PassphraseDialog(NEW_KEY, dialog, had_key=True).intro.text()
    dialog.new.setText("秘密 one two")
    assert dialog.strength.text() in ("Fair.", "Strong.")
    dialog.again.setText("秘密 two")
    dialog.ok_button.click()
    assert "differ" in dialog.message.text() and dialog.isVisible() and not entered
    dialog.again.setText("秘密 one two")
    dialog.ok_button.click()
    assert entered == [("", "秘密 one two")] and not dialog.isVisible()


def test_the_passphrase_message_goes_once_answered_and_nothing_moves_while_typing(qtbot) -> None:  # type: ignore[no-untyped-def]
    from evidence_app.ui.language import LanguageSwitcher

    switcher = LanguageSwitcher()
    switcher.apply("zh_CN")
    try:
        dialog = PassphraseDialog(NEW_KEY)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        where = dialog.again.mapTo(dialog, dialog.again.rect().topLeft())
        size = dialog.size()
        for typed in ("a", "abcdefg", "abcdefgh", "ab cd ef gh 12", "秘密 one two three 4!"):
            dialog.new.setText(typed)  # the strength line changes under the first box
            qtbot.wait(1)
            assert dialog.again.mapTo(dialog, dialog.again.rect().topLeft()) == where, typed
        dialog.again.setText("秘密 two")
        dialog.ok_button.click()
        assert dialog.message.text() == "两次输入的新密码短语不一致，请重新输入。"
        assert dialog.again.mapTo(dialog, dialog.again.rect().topLeft()) == where
        assert dialog.size() == size  # the message had its room already
        dialog.again.setText("秘密 one two")
        assert dialog.message.text() != ""  # not yet the same
        dialog.again.setText("秘密 one two three 4!")
        assert dialog.message.text() == ""  # they match: the red sentence goes at once
        dialog.new.clear()
        dialog.ok_button.click()
        assert dialog.message.text() != ""
        dialog.new.setText("long enough now")
        assert dialog.message.text() == ""
    finally:
        switcher.apply("en")


def test_new_key_then_change_passphrase_from_settings(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    data_dir = window.data_dir
    settings = window.settings_dialog()
    settings.tabs.setCurrentIndex(2)  # the signing key's tab
    assert settings.tabs.tabText(2) == "Signing key"
    assert "No signing key yet" in settings.fingerprint.text()
    assert not settings.copy_fingerprint.isVisibleTo(settings)  # nothing to copy yet
    assert settings.change_passphrase_dialog() is None  # nothing to change yet, said plainly
    assert "no signing key" in settings.key_message.text().lower()

    settings.new_key.click()
    ask = settings.passphrase_dialog
    assert ask is not None and ask.mode == NEW_KEY
    ask.new.setText("first secret")
    ask.again.setText("first secret")
    with qtbot.waitSignal(settings.keyChanged, timeout=60_000):
        ask.ok_button.click()
    made = identity.current_identity(data_dir)
    assert made is not None
    hex_fingerprint = identity.fingerprint(made.certificate())
    assert settings.fingerprint_hex == hex_fingerprint
    # shown in blocks of four, two lines of eight; Copy copies the plain hex
    shown = settings.fingerprint.text()
    assert shown.replace(" ", "").replace("\n", "") == hex_fingerprint
    assert shown.split("\n")[0].split(" ") == [hex_fingerprint[i : i + 4] for i in range(0, 32, 4)]
    assert "new signing key" in settings.key_message.text()
    assert settings.copy_fingerprint.isVisibleTo(settings)
    settings.copy_fingerprint.click()
    assert QGuiApplication.clipboard().text() == hex_fingerprint
    assert "copied" in settings.key_message.text()
    identity.load_signing_key(made, b"first secret")

    # A wrong current passphrase is a sentence in the dialog; the key is unchanged.
    settings.change_pass.click()
    ask = settings.passphrase_dialog
    assert ask is not None and ask.mode == CHANGE and ask.current.isVisible()
    ask.current.setText("not it")
    ask.new.setText("second secret")
    ask.again.setText("second secret")
    ask.ok_button.click()
    qtbot.waitUntil(lambda: "wrong" in settings.key_message.text(), timeout=30_000)
    assert settings.new_key.isEnabled() and settings.task is None
    identity.load_signing_key(made, b"first secret")

    settings.change_pass.click()
    ask = settings.passphrase_dialog
    ask.current.setText("first secret")
    ask.new.setText("second secret")
    ask.again.setText("second secret")
    with qtbot.waitSignal(settings.keyChanged, timeout=30_000):
        ask.ok_button.click()
    assert settings.key_message.text() == "The passphrase was changed."
    same = identity.current_identity(data_dir)
    assert same is not None and same.sha256_fingerprint == made.sha256_fingerprint
    identity.load_signing_key(same, b"second secret")
    with pytest.raises(UserError):
        identity.load_signing_key(same, b"first secret")
    settings.close()


def test_export_asks_for_the_passphrase_unless_the_environment_has_it(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.create_case("t", "o", "2025年1月起有人在微博造谣我的车。")
    dialog = window.export_dialog()
    dialog.export_button.click()
    ask = dialog.passphrase_dialog
    assert ask is not None and ask.mode == NEW_KEY  # no key yet: the first export makes one
    ask.reject()
    assert dialog.task is None  # cancelled: nothing started

    identity.create_identity(window.data_dir, "o", b"pw")
    dialog.export_button.click()
    assert dialog.passphrase_dialog is not None and dialog.passphrase_dialog.mode == UNLOCK
    dialog.passphrase_dialog.reject()

    monkeypatch.setenv(PASSPHRASE_ENV, "pw")
    dialog.out.setText(str(window.data_dir / "bundle.pdf"))
    dialog.export_button.click()  # the environment's passphrase: no dialog, the export starts
    assert dialog.passphrase_dialog is None and dialog.task is not None
    with qtbot.waitSignal(dialog.task.finished, timeout=120_000):
        dialog.task.cancel()
    dialog.close()
