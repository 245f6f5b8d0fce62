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


FIRST_PAINT_JS = "performance.getEntriesByType('paint').length > 0"


def bare_load_and_grab(profile, url: str):  # type: ignore[no-untyped-def]
    """Load the page in a plain view, make the view as tall as the page and grab it once.

    The grab must show the page: Chromium presents nothing for a page without text or images
    until its first paint (about 1 s here for the striped page), and a grab before that is
    white. So the baseline waits for the page's own first-paint entry and for two grabs in a
    row to agree, like any correct capture must; it returns the image so that main() can check it.
    """
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtWebEngineCore import QWebEnginePage
    from PySide6.QtWebEngineWidgets import QWebEngineView

    view = QWebEngineView()
    page = QWebEnginePage(profile, view)
    view.setPage(page)
    view.resize(1280, 800)
    view.show()
    start = time.perf_counter()
    loop = QEventLoop()

    def pause(ms: int) -> None:
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def js(script: str) -> object:
        result = []
        page.runJavaScript(script, 0, lambda value: (result.append(value), loop.quit()))
        loop.exec()
        return result[0]

    page.loadFinished.connect(loop.quit)
    page.load(QUrl(url))
    loop.exec()
    view.resize(1280, int(js("document.documentElement.scrollHeight")))  # type: ignore[call-overload]
    while not js(FIRST_PAINT_JS):
        pause(10)
    image = view.grab().toImage()
    while True:  # the same pixels twice in a row: the frame at the new size is complete
        pause(20)
        again = view.grab().toImage()
        if again == image:
            break
        image = again
    with tempfile.TemporaryDirectory() as folder:
        image.save(str(Path(folder) / "bare.png"), "PNG")
        elapsed = time.perf_counter() - start
    view.close()
    page.deleteLater()
    view.deleteLater()
    return elapsed, image


def stripes_shown(image) -> int:  # type: ignore[no-untyped-def]
    """How many of the tall page's 100 px stripes the image shows in their right colour."""
    from tests.fixtures.web_server import STRIPE_HEIGHT, TALL_HEIGHT, stripe_colour

    shown = 0
    for index in range(TALL_HEIGHT // STRIPE_HEIGHT):
        y = index * STRIPE_HEIGHT + STRIPE_HEIGHT // 2
        if y < image.height():
            colour = image.pixelColor(image.width() // 2, y)
            shown += (colour.red(), colour.green(), colour.blue()) == stripe_colour(index)
    return shown


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
    bare_runs = []
    for _ in range(3):
        elapsed, image = bare_load_and_grab(profile, url)
        bare_runs.append((elapsed, stripes_shown(image)))  # keep the count, not the 60 MB image
        del image
    bare = min(elapsed for elapsed, _stripes in bare_runs)
    bare_stripes = min(stripes for _elapsed, stripes in bare_runs)
    full_times = []
    for _ in range(3):
        start = time.perf_counter()
        item = capture_url_to_store(store, case.id, url, options=CaptureOptions())
        full_times.append(time.perf_counter() - start)
    full = min(full_times)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    from PIL import Image

    with Image.open(store.blob_path(item.files_with_role("full_page")[0].sha256)) as full_png:
        rgb = full_png.convert("RGB")
        from tests.fixtures.web_server import STRIPE_HEIGHT, TALL_HEIGHT, stripe_colour

        full_stripes = sum(
            rgb.getpixel((rgb.width // 2, i * STRIPE_HEIGHT + STRIPE_HEIGHT // 2))
            == stripe_colour(i)
            for i in range(TALL_HEIGHT // STRIPE_HEIGHT)
        )
    print(f"bare load + full-height grab of {url}: {bare:.3f} s ({bare_stripes}/120 stripes right)")
    print(
        "complete capture (visible, stitched full page, MHTML, DOM, provenance, stored): "
        f"{full:.3f} s ({full_stripes}/120 stripes right)"
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
