"""Capture engines (need Qt): web pages through QtWebEngine, the screen, and session recordings."""
