"""A region of a web page as evidence: the region's pixels, the window around it, the provenance."""

from __future__ import annotations

import json
import platform as platform_module
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWebEngineWidgets import QWebEngineView

from evidence_app import __version__
from evidence_app.capture.web import PageCapture, software_versions
from evidence_app.core import clock
from evidence_app.core.errors import UserError
from evidence_app.core.platforms import platform_for_url
from evidence_app.core.store import NewFile

REGION_FORMAT = "evidence-app/region-capture/1"


def page_region_capture(
    view: QWebEngineView,
    rect: QRect,
    image: QImage,
    window_image: QImage,
    started: clock.Moment,
    requested_url: str,
    browser_section: dict[str, Any],
    user_agent: str,
) -> PageCapture:
    """Write *image* (what *rect* of *view*, in view coordinates, shows) with the window image
    and the provenance into a temporary folder; *browser_section* (address bar, clock, page kind, last
    load) is the browser's own part of that provenance."""
    page = view.page()
    url = page.url().toString()
    folder = Path(tempfile.mkdtemp(prefix="evidence-region-"))
    try:
        scroll = page.scrollPosition()
        provenance = {
            "format": REGION_FORMAT,
            "source": "browser",
            "url": url,
            "title": page.title(),
            "region": {
                "x": rect.x(),
                "y": rect.y(),
                "width": rect.width(),
                "height": rect.height(),
                "coordinates": "page view, CSS pixels from its top-left corner",
                "page_scroll": [scroll.x(), scroll.y()],
                "view_size": [view.width(), view.height()],
                "device_pixel_ratio": view.devicePixelRatioF(),
                "png_size": [image.width(), image.height()],
            },
            "captured": {"utc": started.utc, "local": started.local},
            "app": {"name": "evidence-app", "version": __version__},
            "software": software_versions(),
            "user_agent": user_agent,
            "os": platform_module.platform(),
            "browser": browser_section,
        }
        files = []
        for role, name, picture in (
            ("visible", "region.png", image),
            ("window", "window.png", window_image),
        ):
            path = folder / name
            if not picture.save(str(path), "PNG"):  # type: ignore[call-overload]  # stubs: bytes
                raise UserError("The screenshot could not be written to {path}.", path=path)
            files.append(NewFile(role, name, path))
        prov_path = folder / "provenance.json"
        prov_path.write_text(json.dumps(provenance, ensure_ascii=False, indent=2), "utf-8")
        files.append(NewFile("provenance", "provenance.json", prov_path))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    fields = {
        "url": requested_url or url,
        "final_url": url,
        "page_title": page.title(),
        "platform": platform_for_url(url),
    }
    return PageCapture(folder, files, fields, provenance, started)
