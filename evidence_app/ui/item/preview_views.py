"""The item panel's picture and video views, built the first time an item needs one.

The views (a QGraphicsView with its controls; QtMultimedia's player) are not needed to show the
panel, so start-up does not pay for them (issue 14, "Start-up, skeleton first").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget

if TYPE_CHECKING:
    from evidence_app.ui.item.image_view import ImagePreview
    from evidence_app.ui.item.video_view import VideoView


class PreviewViews:
    """Mixin for ItemPanel: ``image`` and ``video``, put in ``preview`` (its stack) when built."""

    preview: QStackedWidget
    _image: ImagePreview | None = None
    _video: VideoView | None = None

    @property
    def image(self) -> ImagePreview:
        if self._image is None:
            from evidence_app.ui.item.image_view import ImagePreview

            self._image = ImagePreview()
            self.preview.addWidget(self._image)
        return self._image

    @property
    def video(self) -> VideoView:
        if self._video is None:
            from evidence_app.ui.item.video_view import VideoView

            self._video = VideoView()
            self.preview.addWidget(self._video)
        return self._video
