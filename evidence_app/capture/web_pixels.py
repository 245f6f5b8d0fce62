"""Grabbing a web view's pixels: the viewport now, and the whole page stitched strip by strip."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView

from evidence_app.capture.qtsupport import FrameWatcher, RunJs, Sleep, StepGenerator, Until
from evidence_app.core.errors import UserError

if TYPE_CHECKING:
    from evidence_app.capture.web import CaptureOptions

# -- capturing what the view shows --------------------------------------------------------------

MEASURE_JS = """(() => {
  const d = document.documentElement, b = document.body || d;
  return {scrollHeight: Math.max(d.scrollHeight, b.scrollHeight),
          scrollWidth: Math.max(d.scrollWidth, b.scrollWidth),
          clientWidth: d.clientWidth || innerWidth, clientHeight: d.clientHeight || innerHeight,
          innerWidth: innerWidth, innerHeight: innerHeight, dpr: devicePixelRatio,
          scrollX: scrollX, scrollY: scrollY, title: document.title,
          userAgent: navigator.userAgent};
})()"""

SCROLL_JS = "window.scrollTo(0, {y}); window.scrollY"

# Fixed and sticky elements (headers, chat buttons) would repeat in every strip of a stitched
# page: after the first strip they are hidden, and shown again afterwards.
HIDE_FIXED_JS = """(() => {
  let n = 0;
  for (const el of document.querySelectorAll('body *')) {
    const p = getComputedStyle(el).position;
    if (p === 'fixed' || p === 'sticky') {
      el.dataset.evidenceAppVisibility = el.style.visibility || '';
      el.style.setProperty('visibility', 'hidden', 'important'); n++;
    }
  }
  return n;
})()"""

RESTORE_FIXED_JS = """(() => {
  for (const el of document.querySelectorAll('[data-evidence-app-visibility]')) {
    el.style.visibility = el.dataset.evidenceAppVisibility;
    delete el.dataset.evidenceAppVisibility;
  }
  return true;
})()"""

DOM_JS = """(() => {
  const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) + '\\n' : '';
  return doctype + document.documentElement.outerHTML;
})()"""


def grab_view(view: QWebEngineView) -> QImage:
    """The view's pixels now, at device pixel ratio."""
    return view.grab().toImage()


def scroll_and_wait(page: QWebEnginePage, watcher: FrameWatcher, y: float) -> StepGenerator:
    """Scroll to *y* and wait until a frame showing that position has been painted."""
    before = page.scrollPosition().y()
    actual = yield RunJs(page, SCROLL_JS.format(y=int(y)))
    actual = float(actual or 0)
    if abs(actual - before) < 0.5:
        return actual
    count = watcher.count

    def shows_position(*_args: Any) -> bool:
        return watcher.count > count and abs(page.scrollPosition().y() - actual) < 0.5

    yield Until(watcher.painted, shows_position, timeout_ms=3000, ready=shows_position)
    return actual


def stitch_full_page(
    view: QWebEngineView, watcher: FrameWatcher, metrics: dict[str, Any], options: CaptureOptions
) -> StepGenerator:
    """Scroll strip by strip and paste each strip once: returns (parts, info)."""
    page = view.page()
    dpr = float(metrics["dpr"]) or 1.0
    strip = float(metrics["clientHeight"])
    width_css = float(metrics["clientWidth"])  # without the scroll bar column
    width_px = max(1, round(width_css * dpr))
    parts: list[QImage] = []
    part_starts: list[int] = []
    covered = 0.0  # CSS px of the page already pasted
    strips = 0
    hidden = False
    total = float(metrics["scrollHeight"])
    try:
        while covered < min(total, options.max_page_height_px):
            actual = yield from scroll_and_wait(page, watcher, covered)
            shot = grab_view(view)
            if strips == 0:
                # After a resize the first frames can still be blank: take the strip only once
                # two frames in a row agree.
                for _attempt in range(20):
                    yield Until(watcher.painted, timeout_ms=150)
                    again = grab_view(view)
                    if again == shot:
                        break
                    shot = again
            top_in_shot = covered - actual
            if top_in_shot < 0 or top_in_shot >= strip:  # the page moved under us
                raise UserError("The page kept changing while it was captured; try again.")
            total = min(
                float((yield RunJs(page, MEASURE_JS, as_json=True))["scrollHeight"]),
                float(options.max_page_height_px),
            )
            bottom = min(actual + strip, total)
            src_top = round(top_in_shot * dpr)
            src_bottom = round((bottom - actual) * dpr)
            dest_top = round(covered * dpr)
            needed = round(total * dpr)
            _ensure_parts(parts, part_starts, needed, width_px, options.part_height_px)
            for part, start in zip(parts, part_starts, strict=True):
                if start >= dest_top + (src_bottom - src_top) or start + part.height() <= dest_top:
                    continue
                painter = QPainter(part)
                painter.drawImage(
                    0, dest_top - start, shot, 0, src_top, width_px, src_bottom - src_top
                )
                painter.end()
            covered = bottom
            strips += 1
            if covered >= total and covered < options.max_page_height_px:
                yield Sleep(options.lazy_settle_ms)
                total = min(
                    float((yield RunJs(page, MEASURE_JS, as_json=True))["scrollHeight"]),
                    float(options.max_page_height_px),
                )
            if not hidden:
                hidden = True
                yield RunJs(page, HIDE_FIXED_JS)
    finally:
        if hidden:
            yield RunJs(page, RESTORE_FIXED_JS)
    final_height = round(covered * dpr)
    trimmed = []
    for part, start in zip(parts, part_starts, strict=True):
        if start >= final_height:
            break
        if part.height() <= final_height - start:
            trimmed.append(part)  # whole: no copy (a 250,000 px page is ~1.2 GB of parts)
        else:
            trimmed.append(part.copy(0, 0, width_px, final_height - start))
    info = {
        "css_height": covered,
        "pixel_height": final_height,
        "pixel_width": width_px,
        "device_pixel_ratio": dpr,
        "strips": strips,
        "strip_css_height": strip,
        "parts": len(trimmed),
        "part_height_px": options.part_height_px,
        "fixed_elements_hidden_after_first_strip": True,
    }
    return trimmed, info


def _ensure_parts(
    parts: list[QImage], starts: list[int], height: int, width: int, part_height: int
) -> None:
    allocated = starts[-1] + parts[-1].height() if parts else 0
    while allocated < height:
        if parts and parts[-1].height() < part_height:
            # grow the last part (the page got taller, e.g. lazy content) up to the part height
            last = parts[-1]
            grown = QImage(
                width,
                min(part_height, last.height() + height - allocated),
                QImage.Format.Format_RGB32,
            )
            grown.fill(Qt.GlobalColor.white)
            painter = QPainter(grown)
            painter.drawImage(0, 0, last)
            painter.end()
            parts[-1] = grown
        else:
            image = QImage(width, min(part_height, height - allocated), QImage.Format.Format_RGB32)
            image.fill(Qt.GlobalColor.white)
            parts.append(image)
            starts.append(allocated)
        allocated = starts[-1] + parts[-1].height()
