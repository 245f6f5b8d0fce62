"""Chromium's own pages (error pages) follow the app's language: the --lang flag and Accept-Language."""

from __future__ import annotations

import pytest

from evidence_app.capture import flags


def test_the_language_flag_follows_the_ui_and_keeps_a_given_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
    flags.set_webengine_language("zh_CN")
    assert flags.os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split() == [
        "--disable-gpu",
        "--lang=zh-CN",
    ]
    flags.set_webengine_language("en")  # a --lang is there already: the first one stays
    assert flags.os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].count("--lang=") == 1
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "")
    flags.set_webengine_language("en")
    assert flags.os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] == "--lang=en-US"


def test_pages_are_asked_for_in_the_ui_language_first() -> None:
    assert flags.accept_language("zh_CN").startswith("zh-CN,zh;")
    assert flags.accept_language("en").startswith("en-US")
    assert flags.accept_language("xx") == flags.accept_language("en")
