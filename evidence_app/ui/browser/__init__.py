"""The built-in browser: pages in the case's own profile, captured with the address and clock in view.

The owner browses to a post with the case's persistent profile (logins stay with the case), then
"Capture page" stores the viewport, the stitched full page, this window (address bar and clock
included), MHTML, DOM and provenance as one item; "Capture region" stores a rubber-banded part of
the page; "Record" records this window and every address visited; downloads become ``original``
files. Storing runs off the GUI thread (``ui.tasks``); the capture itself runs as ``Steps``.

The window capture exists to prove the address, so what it shows must be true: before the grab
the address bar is set back to the address of the page actually shown (text typed but never
opened is dropped), the clock is refreshed, a page still loading is waited for (or the capture
is refused), and a page that moves to another address while it is captured is refused. What the
address bar and the clock showed is written into the provenance. Until a page is opened, a
local start page (a widget over the view, never capturable) says what to do.
"""

from evidence_app.ui.browser.parts import PAGE_KINDS, LoadOutcome
from evidence_app.ui.browser.widget import BrowserWidget

__all__ = ["PAGE_KINDS", "BrowserWidget", "LoadOutcome"]
