"""Chromium's own error page ("This site can't be reached") speaks the app's language.

QtWebEngine reads its flags once per process, so the check runs in a process of its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtWebEngineCore")

SCRIPT = r"""
import socket, sys, tempfile
from evidence_app.core.i18n import set_language
set_language(sys.argv[1])
from evidence_app.capture.qtsupport import case_profile, ensure_app
app = ensure_app(headless=True)
from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage
profile = case_profile(tempfile.mkdtemp(), "c1")
page = QWebEnginePage(profile)
with socket.socket() as closed:
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
loop = QEventLoop()
page.loadFinished.connect(lambda ok: QTimer.singleShot(300, loop.quit))
QTimer.singleShot(20000, loop.quit)
page.load(QUrl(f"http://127.0.0.1:{port}/post/1"))
loop.exec()
text = []
page.toPlainText(lambda t: (text.append(t), loop.quit()))
QTimer.singleShot(5000, loop.quit)
loop.exec()
print("ACCEPT:" + profile.httpAcceptLanguage())
print("TEXT:" + (text[0] if text else "").replace("\n", " "))
page.deleteLater()
"""


def error_page(language: str, tmp_path: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QTWEBENGINE_CHROMIUM_FLAGS", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, language],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.slow
def test_chromiums_error_page_follows_the_ui_language(tmp_path: Path) -> None:
    chinese = error_page("zh_CN", tmp_path)
    assert "ACCEPT:zh-CN,zh;" in chinese
    assert "无法访问此网站" in chinese, chinese[-500:]
    english = error_page("en", tmp_path)
    assert "This site can’t be reached" in english or "This site can't be reached" in english
