"""User actions as operations: each a small module the main window's menus and buttons call."""
