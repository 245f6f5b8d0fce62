"""The browser's downloads: each finished download becomes an item with its provenance."""

from __future__ import annotations

import json
import logging
import platform as platform_module
import shutil
import tempfile
from pathlib import Path

from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
)

from evidence_app import __version__
from evidence_app.capture.result import CaptureResult, store_capture
from evidence_app.capture.web import (
    software_versions,
)
from evidence_app.core import clock
from evidence_app.core.errors import UserError
from evidence_app.core.platforms import platform_for_url
from evidence_app.core.store import NewFile
from evidence_app.ui.browser.parts import DOWNLOAD_FORMAT
from evidence_app.ui.browser.state import BrowserState

log = logging.getLogger("evidence_app.ui.browser")


class DownloadsMixin(BrowserState):
    """Part of ``BrowserWidget`` (mixed in); uses its view, page, store and status line."""

    # -- downloads ---------------------------------------------------------------------------

    def _download_requested(self, request: QWebEngineDownloadRequest) -> None:
        if request.isSavePageDownload() or request.page() is not self.page:
            return  # MHTML saves of a capture, or another window's download
        started = clock.now()
        name = Path(request.downloadFileName()).name or "download"
        folder = Path(tempfile.mkdtemp(prefix="download-", dir=self.downloads_folder))
        request.setDownloadDirectory(str(folder))
        request.setDownloadFileName(name)
        page_url = self.page.url().toString()
        page_title = self.page.title()
        self.downloads.append(request)

        def finished() -> None:
            if not request.isFinished():
                return
            request.isFinishedChanged.disconnect(finished)
            if request in self.downloads:
                self.downloads.remove(request)
            self._download_finished(request, folder / name, started, page_url, page_title)

        request.isFinishedChanged.connect(finished)
        request.accept()
        self._set_status(self.tr("Downloading {name}…").format(name=name))

    def _download_finished(
        self,
        request: QWebEngineDownloadRequest,
        path: Path,
        started: clock.Moment,
        page_url: str,
        page_title: str,
    ) -> None:
        folder = path.parent
        if (
            request.state() != QWebEngineDownloadRequest.DownloadState.DownloadCompleted
            or not path.is_file()
        ):
            shutil.rmtree(folder, ignore_errors=True)
            self._report(
                UserError(
                    "The download {name} did not complete ({reason}); nothing was stored.",
                    name=path.name,
                    reason=request.interruptReasonString() or request.state().name,
                )
            )
            return
        finished = clock.now()
        url = request.url().toString()
        provenance = {
            "format": DOWNLOAD_FORMAT,
            "url": url,
            "page_url": page_url,
            "page_title": page_title,
            "file_name": path.name,
            "mime_type": request.mimeType(),
            "size": path.stat().st_size,
            "download_started": {"utc": started.utc, "local": started.local},
            "download_finished": {"utc": finished.utc, "local": finished.local},
            "app": {"name": "evidence-app", "version": __version__},
            "software": software_versions(),
            "user_agent": self.profile.httpUserAgent(),
            "os": platform_module.platform(),
        }
        prov_path = folder / "download-provenance.json"
        prov_path.write_text(json.dumps(provenance, ensure_ascii=False, indent=2), "utf-8")
        files = [
            NewFile("original", path.name, path, meta={"mime": request.mimeType()}),
            NewFile("provenance", "download-provenance.json", prov_path),
        ]
        fields = {"url": url, "final_url": url, "platform": platform_for_url(url)}
        if page_title:
            fields["page_title"] = page_title
        self._store(
            folder,
            self.tr("download"),
            lambda own: store_capture(
                own,
                self.case_id,
                CaptureResult(folder, files, fields, provenance, started),
                "other",
            ),
        )
