"""The last log records of the app's loggers, kept in memory for the in-app log view."""

from __future__ import annotations

import logging
from collections import deque


class MemoryLogHandler(logging.Handler):
    """Keeps the last records of the app's loggers for the in-app log view."""

    def __init__(self, capacity: int = 2000) -> None:
        super().__init__(logging.INFO)
        self.records: deque[str] = deque(maxlen=capacity)
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record))


memory_log = MemoryLogHandler()
