"""The post's own text from a stored page (trafilatura), kept as the item's derived ``text`` file.

Forum chrome, navigation, sidebars and footers are the same on every page of a site: if they
stayed in, every post of the site would look alike. trafilatura is made to find the main content
of a page; ``favor_precision`` makes it drop the borderline blocks (link lists, bylines) that
would otherwise join the text. What the page's metadata says about the author and the posting
date goes into the file's ``meta`` as what the page showed, never into the item's fields.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from evidence_app.core.model import Item, StoredFile
from evidence_app.core.store import CaseStore, NewFile

log = logging.getLogger("evidence_app.core.post_text")

TEXT_ROLE = "text"
TEXT_NAME = "post.txt"
# The page sources text can be extracted from: the DOM a browser capture saved, or an imported
# HTML file.
SOURCE_ROLES = ("html", "original")

# Prefixes a repost puts before the same text: 【转】, [转载], 转发：, 转自…：, "RT".
_REPOST_PREFIX = re.compile(
    r"^\s*(?:[【\[［(（]\s*(?:转|转载|转发|轉|轉載|转帖|原创)\s*[】\]］)）]|(?:转发|转载|转自\S{0,12}?)[:：]|rt\b)\s*",
    re.IGNORECASE,
)
_LOGIN_PATH = re.compile(
    r"(^|[/._-])(login|signin|sign-in|sign_in|passport|logon|auth/|account/login|accounts/login)",
    re.IGNORECASE,
)


# A sign-in page's own text ("请先登录后查看帖子", "Log in to continue") is shorter than this.
LOGIN_TEXT_CHARS = 30


@dataclass(frozen=True)
class PostText:
    text: str
    author: str = ""
    date: str = ""  # as the page's metadata gives it (ISO 8601 where it is that precise)
    title: str = ""


def trafilatura_version() -> str:
    import trafilatura

    return str(trafilatura.__version__)


def extract_post_text(html: str, url: str | None = None) -> PostText:
    """The main text of *html* (empty when the page has none), with what its metadata shows."""
    import trafilatura

    if not html.strip():
        return PostText("")
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={
                "original_date": True,
                "extensive_search": False,
                "outputformat": "%Y-%m-%dT%H:%M:%S%z",
            },
        )
    except Exception:  # a library failure on one odd page must not stop a batch
        log.warning("text extraction failed for %s", url, exc_info=True)
        return PostText("")
    if document is None:
        return PostText("")
    text = (getattr(document, "text", None) or "").strip()
    # The page's own author tag is the nickname as the site states it; trafilatura's guess
    # (a byline) may carry the words around the name.
    author = _meta_author(html) or (getattr(document, "author", None) or "").strip()
    return PostText(
        text,
        author=author,
        date=(getattr(document, "date", None) or "").strip(),
        title=(getattr(document, "title", None) or "").strip(),
    )


_META_AUTHOR = re.compile(
    r"<meta\s+[^>]*?(?:name|property)\s*=\s*[\"'](?:author|article:author)[\"'][^>]*?>",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"content\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", re.IGNORECASE)


def _meta_author(html: str) -> str:
    from html import unescape

    tag = _META_AUTHOR.search(html[:200_000])
    if tag is None:
        return ""
    content = _CONTENT.search(tag.group(0))
    if content is None:
        return ""
    return unescape(content.group(1) or content.group(2) or "").strip()


def normalise(text: str) -> str:
    """*text* reduced to what makes two posts the same story.

    Width and compatibility forms are folded (NFKC), a repost prefix such as "【转】" is dropped,
    and so are punctuation, symbols (emoji included), marks and whitespace; Latin letters are
    lower-cased. What stays is letters and digits of every script, in order.
    """
    text = unicodedata.normalize("NFKC", text)
    while True:
        stripped = _REPOST_PREFIX.sub("", text, count=1)
        if stripped == text:
            break
        text = stripped
    kept = [ch for ch in text if unicodedata.category(ch)[0] in "LN"]
    return "".join(kept).lower()


def looks_like_login_wall(requested_url: str, final_url: str, html: str, text: str) -> bool:
    """True when the page shown is a sign-in form rather than the post asked for.

    Signs: the address moved to a login/passport address the list did not ask for, or the page
    has a password field and its main text is a line at most (``LOGIN_TEXT_CHARS``): many forums
    put a small sign-in box in the header of every post, so a password field alone says nothing.
    """
    from urllib.parse import urlsplit

    def login_like(url: str) -> bool:
        parts = urlsplit(url)
        return bool(_LOGIN_PATH.search(parts.hostname or "") or _LOGIN_PATH.search(parts.path))

    if final_url and login_like(final_url) and not login_like(requested_url):
        return True
    has_password = re.search(r"<input[^>]+type\s*=\s*[\"']?password", html, re.IGNORECASE)
    return bool(has_password) and len(normalise(text)) < LOGIN_TEXT_CHARS


def source_file(item: Item) -> StoredFile | None:
    """The item's stored page to extract from (its captured DOM, else an imported HTML file)."""
    for role in SOURCE_ROLES:
        for file in item.files:
            if file.role == role and (role == "html" or file.mime == "text/html"):
                return file
    return None


def text_new_file(item: Item, source: StoredFile, html: str) -> NewFile:
    """The ``text`` file for *item*, extracted from its stored *source* page."""
    url = item.fields.get("final_url") or item.fields.get("url") or None
    post = extract_post_text(html, url)
    meta = {
        "derived_from": {"role": source.role, "name": source.name, "sha256": source.sha256},
        "extractor": f"trafilatura {trafilatura_version()}",
        "page_author": post.author,
        "page_date": post.date,
    }
    return NewFile(TEXT_ROLE, TEXT_NAME, data=post.text.encode("utf-8"), meta=meta)


def has_text(item: Item) -> bool:
    return any(file.role == TEXT_ROLE for file in item.files)


def ensure_post_text(store: CaseStore, case_id: str, item: Item) -> Item:
    """Extract and store the item's ``text`` file unless it has one; returns the item as it is now.

    The file goes through the store's one add-file path, so it is hashed, kept read-only and
    recorded as a ``file_stored`` event like every other file.
    """
    if item.withdrawn or has_text(item):
        return item
    source = source_file(item)
    if source is None:
        return item
    html = store.blob_path(source.sha256).read_bytes().decode("utf-8", "replace")
    return store.add_files(case_id, item.id, [text_new_file(item, source, html)])


def ensure_post_texts(store: CaseStore, case_ref: str) -> int:
    """Give every item of the case with a stored page its ``text`` file; returns how many were added."""
    case = store.get_case(case_ref)
    added = 0
    for item in store.list_items(case.id):
        if not item.withdrawn and not has_text(item) and source_file(item) is not None:
            ensure_post_text(store, case.id, item)
            added += 1
    return added


def read_post_text(store: CaseStore, item: Item) -> tuple[str, dict[str, Any]]:
    """The stored text of *item* and its file's meta ("" and {} when it has none)."""
    for file in item.files:
        if file.role == TEXT_ROLE:
            data = store.blob_path(file.sha256).read_bytes()
            return data.decode("utf-8", "replace"), dict(file.meta or {})
    return "", {}
