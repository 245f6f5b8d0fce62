"""The desktop app's widgets, dialogs and item models (PySide6); only app.py imports this package."""
