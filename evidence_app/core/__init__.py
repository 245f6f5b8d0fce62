"""Qt-free domain layer: store, blobs, custody log, integrity, time, errors (never imports PySide6)."""
