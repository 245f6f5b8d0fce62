"""The 取证说明 of each item: how this kind of item was captured, in plain sentences a judge reads.

Browser capture, screen capture, screen recording or import; then the software and its version,
what the environment check found, and who did it. Every sentence says what the app did or
recorded, never what it proves. The raw record stays attached as JSON for an expert.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from evidence_app import __version__
from evidence_app.bundle.pages.base import (
    PROVENANCE_READ_LIMIT,
    BundleContent,
    Words,
    operator_text,
)
from evidence_app.core.model import Item, StoredFile

CONTEXT = "Bundle"


def capture_kind(item: Item) -> str:
    """``browser`` | ``screen`` | ``recording`` | ``import``, from the files the capture stored."""
    roles = {stored.role for stored in item.files}
    if roles & {"mhtml", "full_page", "html"}:
        return "browser"
    if roles & {"video", "navigation_log"}:
        return "recording"
    if "provenance" in roles:
        return "screen"
    return "import"


def read_provenance(path: Path) -> Any:
    """The JSON of a provenance or navigation-log file; None when it is not readable JSON."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(PROVENANCE_READ_LIMIT + 1)
    except OSError:
        return None
    if len(data) > PROVENANCE_READ_LIMIT:
        return None
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


def _record(item: Item, content: BundleContent, role: str) -> dict[str, Any]:
    for stored in item.files_with_role(role):
        data = read_provenance(content.blob_path(stored.sha256))
        if isinstance(data, dict):
            return data
    return {}


def _get(data: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def method_sentences(item: Item, content: BundleContent, words: Words) -> list[str]:
    """The 取证说明 of *item* as sentences in the bundle's language."""
    kind = capture_kind(item)
    if kind == "browser":
        record = _record(item, content, "provenance")
        roles = {stored.role for stored in item.files}
        record = {"requested_url": item.fields.get("url", ""), **record}
        sentences = _browser(record, roles, words) + environment_sentences(record, words)
    elif kind == "recording":
        record = _record(item, content, "navigation_log")
        sentences = _recording(record, words)
    elif kind == "screen":
        record = _record(item, content, "provenance")
        sentences = _screen(record, words)
    else:
        record = {}
        sentences = _import(item, words)
    sentences.append(_software(record, words))
    if kind == "import":
        done_by = words.one("Imported by {operator}.")
    else:
        done_by = words.one("Captured by {operator}.")
    sentences.append(done_by.format(operator=operator_text(item.operator, words)))
    return sentences


def _between(record: dict[str, Any], start: str, finish: str, words: Words) -> str:
    began, ended = _get(record, start, "utc"), _get(record, finish, "utc")
    if not began or not ended:
        return ""
    return words.one("The capture ran from {start} to {finish}, by the computer's clock.").format(
        start=words.when(str(began)), finish=words.when(str(ended))
    )


def stored_sentence(roles: set[str], words: Words) -> str:
    """What the capture stored, as the item's files show it (only what is there)."""
    parts = {
        "window": words.one("the browser window with its address bar and the computer's clock"),
        "visible": words.one("the part of the page visible in the window"),
        "full_page": words.one("the whole page as one image"),
        "html": words.one("the page's HTML as the browser held it"),
        "mhtml": words.one("an MHTML archive of the page"),
    }
    stored = [text for role, text in parts.items() if role in roles]
    return words.one("The app stored: {parts}.").format(parts=words.one("; ").join(stored))


def _browser(record: dict[str, Any], roles: set[str], words: Words) -> list[str]:
    one = words.one
    url = record.get("requested_url") or "—"
    sentences = [
        one(
            "The page {url} was opened in the app's own browser (the Chromium engine of "
            "QtWebEngine) and captured by the app, not by hand."
        ).format(url=url)
    ]
    final = record.get("final_url")
    if final and final != url:
        sentences.append(one("The server forwarded it to {url}.").format(url=final))
    status = record.get("http_status")
    if status:
        sentences.append(
            one("The server answered with HTTP status {status}.").format(status=status)
        )
    if record.get("error_page_captured_deliberately"):
        sentences.append(one("The page was an error page, captured deliberately as it was shown."))
    sentences.append(stored_sentence(roles, words))
    full = record.get("full_page") or {}
    if "full_page" in roles and isinstance(full, dict) and full.get("strips") == 1:
        # one screen: nothing was scrolled, joined or hidden, and the bundle says no more
        sentences.append(
            one(
                "The whole page fitted in the window: the app took it in one piece, an image of "
                "{width}×{height} pixels, without changing its pixels."
            ).format(width=full.get("pixel_width", "?"), height=full.get("pixel_height", "?"))
        )
    elif "full_page" in roles and isinstance(full, dict) and full.get("strips"):
        sentences.append(
            one(
                "For the whole page the app scrolled from top to bottom in {strips} steps and "
                "joined the strips into one image of {width}×{height} pixels, without changing "
                "their pixels."
            ).format(
                strips=full.get("strips"),
                width=full.get("pixel_width", "?"),
                height=full.get("pixel_height", "?"),
            )
        )
        if full.get("fixed_elements_hidden_after_first_strip"):
            sentences.append(
                one(
                    "Elements the page keeps fixed on screen (headers, banners) were hidden after "
                    "the first strip, so that they are not repeated over the content; the first "
                    "strip shows them where the page put them."
                )
            )
    viewport = record.get("viewport") or {}
    if isinstance(viewport, dict) and viewport.get("width"):
        sentences.append(
            one("The browser window showed {width}×{height} CSS pixels of the page.").format(
                width=viewport.get("width"), height=viewport.get("height")
            )
        )
    window = _get(record, "browser", "window_capture") or {}
    if isinstance(window, dict) and window.get("address_bar"):
        sentences.append(
            one(
                "When the window was captured its address bar read {address}, the address of the "
                "page shown."
            ).format(address=window["address_bar"])
        )
    between = _between(record, "capture_started", "capture_finished", words)
    if between:
        sentences.append(between)
    agent = record.get("user_agent")
    if agent:
        sentences.append(one("The browser identified itself as: {agent}.").format(agent=agent))
    return sentences


def environment_sentences(record: dict[str, Any], words: Words) -> list[str]:
    """What the check of the way to the server found (proxy, hosts file, DNS, certificate)."""
    one = words.one
    network = record.get("network")
    check = network.get("environment_check") if isinstance(network, dict) else None
    if not isinstance(network, dict) or not isinstance(check, dict):
        # say nothing the record does not hold
        return [one("The capture record holds no check of the way to the server.")]
    host = network.get("host") or "—"
    sentences = [one("Environment check made by the app at capture:")]
    first_finding = len(sentences)
    addresses = network.get("resolved_addresses") or []
    if addresses:
        sentences.append(
            one("The name {host} resolved to {addresses}.").format(
                host=host, addresses=", ".join(str(a) for a in addresses)
            )
        )
    proxy = check.get("proxy_used")
    if proxy:
        sentences.append(
            one("A proxy was in effect ({proxy}): the page came through it.").format(proxy=proxy)
        )
    else:
        sentences.append(one("No proxy was in effect for this address."))
    entries = check.get("hosts_file_entries") or []
    if entries:
        mapped = ", ".join(str(e.get("address", "")) for e in entries if isinstance(e, dict))
        sentences.append(
            one(
                "The computer's hosts file maps {host} to {addresses}: the page came from there "
                "rather than from public DNS."
            ).format(host=host, addresses=mapped)
        )
    else:
        sentences.append(
            one("The computer's hosts file has no entry for {host}.").format(host=host)
        )
    matches = check.get("loaded_address_matches_dns")
    if matches is True:
        sentences.append(one("The page was loaded from the addresses the name lookup returned."))
    tls = network.get("tls")
    if isinstance(tls, dict):
        verified = tls.get("verified") or {}
        chain = tls.get("chain") or []
        if tls.get("error"):
            sentences.append(
                one("The server's certificate could not be fetched again: {error}.").format(
                    error=tls["error"]
                )
            )
        elif isinstance(verified, dict) and verified.get("ok"):
            subject = chain[0].get("subject", "") if chain and isinstance(chain[0], dict) else ""
            sentences.append(
                one(
                    "The server's certificate ({subject}) was checked against the certificate "
                    "authorities this computer trusts, and accepted; the chain is in the "
                    "attached record."
                ).format(subject=subject or host)
            )
        elif isinstance(verified, dict):
            sentences.append(
                one(
                    "The server's certificate was not accepted by the certificate authorities "
                    "this computer trusts: {detail}."
                ).format(detail=verified.get("detail", ""))
            )
    return sentences[:first_finding] + ["· " + text for text in sentences[first_finding:]]


def _screen(record: dict[str, Any], words: Words) -> list[str]:
    one = words.one
    kind = record.get("kind")
    what = {
        "window": one("one window"),
        "region": one("a region the owner marked"),
    }.get(str(kind), one("the whole screen"))
    sentences = [
        one(
            "The app took a screenshot of {what} of the computer it runs on. The picture shows "
            "the pixels on screen at that moment; where the content came from shows only as far "
            "as the picture shows it (address bar, clock)."
        ).format(what=what)
    ]
    hidden = record.get("own_windows_hidden")
    if hidden:
        sentences.append(one("The app's own windows were hidden for the screenshot."))
    between = _between(record, "capture_started", "capture_finished", words)
    if between:
        sentences.append(between)
    return sentences


def _recording(record: dict[str, Any], words: Words) -> list[str]:
    one = words.one
    sentences = [
        one(
            "The app recorded the screen as a video while the owner went to the content, so "
            "that the way there (from the platform's home or search page) and the live page can "
            "be seen. The navigation log, written by the app as the recording ran, lists the "
            "addresses visited in order."
        )
    ]
    urls = record.get("urls_visited") or []
    if urls:
        sentences.append(
            one("Addresses visited: {urls}.").format(urls=" → ".join(str(u) for u in urls))
        )
    between = _between(record, "recording_started", "recording_finished", words)
    if between:
        sentences.append(between)
    return sentences


def exif_time(value: str) -> str:
    """EXIF writes ``2026:11:28 10:41:30``; printed as ``2026-11-28 10:41:30``."""
    date, _, clock = value.partition(" ")
    return f"{date.replace(':', '-')} {clock}".strip() if date.count(":") == 2 else value


def imported_original(item: Item) -> StoredFile | None:
    originals = item.files_with_role("original")
    return originals[0] if originals else None


def file_time_text(stored: StoredFile, words: Words) -> str:
    """``文件时间/拍摄时间``: the file's own time and the time taken in its EXIF, said as what they
    are (the file system's and the device's clocks); "—" when neither is known."""
    parts = []
    mtime = stored.meta.get("source_mtime_utc")
    if mtime:
        parts.append(
            words.one("file modified {when} (as the file system reported it)").format(
                when=words.when(str(mtime))
            )
        )
    image = stored.meta.get("image") or {}
    taken = image.get("taken_at") if isinstance(image, dict) else None
    if taken:
        offset = image.get("taken_at_offset")
        when = f"{exif_time(str(taken))} {offset}" if offset else exif_time(str(taken))
        text = words.one("taken {when} (EXIF, the device's own clock)").format(when=when)
        if not offset:
            text += words.one("; the EXIF gives no offset from UTC")
        parts.append(text)
    return "\n".join(parts) or "—"


def _import(item: Item, words: Words) -> list[str]:
    one = words.one
    sentences = [
        one(
            "This file was made outside the app (for example a screenshot on a phone) and "
            "imported into it on {when}. The app's guarantee starts at import: from then on the "
            "file is kept unchanged and every step is in the custody log. What happened to the "
            "file before import the app cannot show."
        ).format(when=words.when(item.captured_utc))
    ]
    stored = imported_original(item)
    if stored is None:
        return sentences
    sentences.append(one("Original file name: {name}.").format(name=stored.name))
    mtime = stored.meta.get("source_mtime_utc")
    if mtime:
        sentences.append(
            one("File time (last modified, as the file system reported it): {when}.").format(
                when=words.when(str(mtime))
            )
        )
    image = stored.meta.get("image") or {}
    if not isinstance(image, dict) or not image.get("exif"):
        if isinstance(image, dict) and image.get("format"):
            sentences.append(
                one("The picture carries no EXIF data (phone screenshots usually carry none).")
            )
        return sentences
    device = image.get("device")
    if device:
        sentences.append(one("EXIF camera: {device}.").format(device=device))
    taken = image.get("taken_at")
    if taken:
        offset = image.get("taken_at_offset")
        if offset:
            sentences.append(
                one("EXIF time taken: {when}, offset {offset}, by the device's own clock.").format(
                    when=exif_time(str(taken)), offset=offset
                )
            )
        else:
            sentences.append(
                one(
                    "EXIF time taken: {when}, by the device's own clock; the EXIF gives no "
                    "offset from UTC."
                ).format(when=exif_time(str(taken)))
            )
    return sentences


def _software(record: dict[str, Any], words: Words) -> str:
    app = record.get("app") or {}
    version = app.get("version") if isinstance(app, dict) else None
    text = words.one("Software: Evidence App {version}").format(version=version or __version__)
    software = record.get("software") or {}
    if (
        isinstance(software, dict)
        and software
        and all(isinstance(v, str) for v in software.values())
    ):
        names = {
            "qt": "Qt",
            "pyside6": "PySide6",
            "qtwebengine": "QtWebEngine",
            "chromium": "Chromium",
            "python": "Python",
        }
        text += " (" + ", ".join(f"{names.get(k, k)} {v}" for k, v in software.items() if v) + ")"
    system = record.get("os")
    if isinstance(system, str) and system:
        text += words.one("; operating system {system}").format(system=system)
    return text + words.one(".")
