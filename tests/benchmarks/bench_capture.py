"""Benchmark: a complete capture of the 12,000 px local page vs a bare QtWebEngine load-and-grab."""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox --disable-gpu")


def bare_load_and_grab(profile, url: str) -> float:  # type: ignore[no-untyped-def]
    """Load the page in a plain view, make the view as tall as the page and grab it once."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage
    from PySide6.QtWebEngineWidgets import QWebEngineView

    from evidence_app.capture.qtsupport import FrameWatcher

    view = QWebEngineView()
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    view.resize(1280, 800)
    view.show()
    start = time.perf_counter()
    loop = QEventLoop()
    page.loadFinished.connect(loop.quit)
    page.load(QUrl(url))
    loop.exec()
    height = []
    page.runJavaScript(
        "document.documentElement.scrollHeight", 0, lambda h: (height.append(h), loop.quit())
    )
    loop.exec()
    watcher = FrameWatcher(view)
    count = watcher.count
    view.resize(1280, int(height[0]))
    while watcher.count == count:  # wait for a frame at the new size
        QTimer.singleShot(5, loop.quit)
        loop.exec()
    image = view.grab().toImage()
    image.save(tempfile.mktemp(suffix=".png"), "PNG")
    elapsed = time.perf_counter() - start
    view.close()
    page.deleteLater()
    view.deleteLater()
    return elapsed


def main() -> None:
    from evidence_app.capture.qtsupport import case_profile, ensure_app
    from evidence_app.capture.web import CaptureOptions, capture_url_to_store
    from evidence_app.core.store import CaseStore
    from tests.fixtures.web_server import web_site

    class Factory:
        def mktemp(self, name: str) -> Path:
            return Path(tempfile.mkdtemp(prefix=name))

    sites = web_site.__wrapped__(Factory())  # the test fixture, started by hand
    site = next(sites)
    ensure_app(headless=True)
    data = Path(tempfile.mkdtemp(prefix="bench-capture-"))
    store = CaseStore(data)
    case = store.create_case("bench")
    profile = case_profile(data, case.id)
    url = f"{site.http}/tall"
    bare_load_and_grab(profile, url)  # warm-up: engine start-up is not what we measure
    bare = min(bare_load_and_grab(profile, url) for _ in range(3))
    full_times = []
    for _ in range(3):
        start = time.perf_counter()
        item = capture_url_to_store(store, case.id, url, options=CaptureOptions())
        full_times.append(time.perf_counter() - start)
    full = min(full_times)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"bare load + full-height grab of {url}: {bare:.3f} s")
    print(
        f"complete capture (visible, stitched full page, MHTML, DOM, provenance, stored): {full:.3f} s"
    )
    print(f"ratio: {full / bare:.2f}x (target <= 2x); files: {len(item.files)}")
    print(f"peak memory (this process): {peak_mb:.0f} MB")
    store.close()
    try:
        next(sites)
    except StopIteration:
        pass


if __name__ == "__main__":
    main()
