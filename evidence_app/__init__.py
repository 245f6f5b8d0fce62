"""取证助手 · Evidence App: court-ready evidence of online attacks, collected on the owner's own PC."""

__version__ = "0.1.0"
APP_NAME = "evidence-app"
