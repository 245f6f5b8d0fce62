"""The 证据名称 as a court's evidence catalogue states it, in one place for the PDF catalogue, the
.docx catalogue, the item pages, the timeline and the outline.

A name says what the item is, on which platform, whose it is (nickname and account ID), when it
was posted *and where that time comes from* (shown on the page, shown in the screenshot, or filled
in by the owner), and in what form it is held: ``微博用户“车圈真相哥”（UID 7788990011）发布的帖子
截图及网页存档文件（页面显示发布时间：2026-11-28 21:14）``. It states no conclusion: "posted by" is
what the page showed, and a time is quoted as it was shown or typed, never recomputed here (the
item page prints the instant it stands for).
"""

from __future__ import annotations

from evidence_app.core.events import cut
from evidence_app.core.evidence_form import DOCUMENTARY, evidence_form
from evidence_app.core.evidence_names import is_visit_recording
from evidence_app.core.fields import category_label
from evidence_app.core.i18n import N_, tr
from evidence_app.core.model import Item

CONTEXT = "Bundle"

# platforms whose account number is called a UID on the page
_UID_PLATFORMS = ("微博", "weibo", "新浪微博", "sina weibo")
_SCREENSHOT_ROLES = ("window", "visible", "full_page")
_PAGE_FILE_ROLES = ("html", "mhtml")
_FIELD_CHARS = 40
_TITLE_CHARS = 30


# (by an account, on a platform only) for the kinds that someone posts or sends; with neither,
# the category's label
_MESSAGE_KINDS = {
    "post": (N_(CONTEXT, "Post by {who}"), N_(CONTEXT, "Post on {platform}")),
    "comment": (N_(CONTEXT, "Comment by {who}"), N_(CONTEXT, "Comment on {platform}")),
    "private_message": (
        N_(CONTEXT, "Private message from {who}"),
        N_(CONTEXT, "Private message on {platform}"),
    ),
}


def _t(text: str, lang: str) -> str:
    return tr(CONTEXT, text, lang)


def _field(item: Item, key: str, chars: int = _FIELD_CHARS) -> str:
    return cut(item.fields.get(key, "").strip(), chars)


def _id_kind(platform: str) -> str:
    return "UID" if platform.casefold() in _UID_PLATFORMS else "ID"


def account_phrase(item: Item, lang: str) -> str:
    """``微博用户“车圈真相哥”（UID 7788990011）``: the poster as the page named them ("" if unknown)."""
    platform, name, account = (_field(item, k) for k in ("platform", "account_name", "account_id"))
    if name and account:
        text = _t("{platform} user “{name}” ({kind} {id})", lang)
    elif name:
        text = _t("{platform} user “{name}”", lang)
    elif account:
        text = _t("{platform} user ({kind} {id})", lang)
    else:
        return ""
    return text.format(platform=platform, name=name, kind=_id_kind(platform), id=account).strip()


def form_phrase(item: Item, lang: str) -> str:
    """How the item is held: screenshots and saved copies of the page, a recording, a photo or scan."""
    roles = {stored.role for stored in item.files}
    if "video" in roles:
        if "navigation_log" in roles:
            return _t("recording and log of the addresses visited", lang)
        return _t("screen recording", lang)
    if roles & set(_PAGE_FILE_ROLES):
        if roles & set(_SCREENSHOT_ROLES):
            return _t("screenshots and saved copies of the web page", lang)
        return _t("saved copies of the web page", lang)
    shots = [stored for stored in item.files if stored.role in _SCREENSHOT_ROLES]
    if shots:
        return _t("screenshot", lang) if len(shots) == 1 else _t("screenshots", lang)
    originals = item.files_with_role("original")
    mimes = [stored.mime for stored in originals]
    if not mimes:
        return ""
    if all(mime.startswith("image/") for mime in mimes):
        documentary = evidence_form(item.category, [(f.role, f.mime) for f in item.files])
        if documentary == DOCUMENTARY:
            return _t("photo or scan", lang)
        return _t("screenshot", lang) if len(mimes) == 1 else _t("screenshots", lang)
    if all(mime.startswith("video/") for mime in mimes):
        return _t("video file", lang)
    if all(mime.startswith("audio/") for mime in mimes):
        return _t("audio recording", lang)
    if all(mime == "application/pdf" for mime in mimes):
        return _t("PDF file", lang)
    return _t("files", lang) if len(mimes) > 1 else _t("file", lang)


def time_phrase(item: Item, lang: str) -> str:
    """``（页面显示发布时间：2026-11-28 21:14）``: the posting time quoted with where it comes from."""
    shown = _field(item, "posted_at_displayed")
    typed = _field(item, "posted_at")
    message = item.category == "private_message"
    imported = bool(item.files_with_role("original")) and not any(
        stored.role in _SCREENSHOT_ROLES + _PAGE_FILE_ROLES + ("video",) for stored in item.files
    )
    if shown and imported:
        text = (
            _t("(time sent as shown in the screenshot: {time})", lang)
            if message
            else _t("(posting time as shown in the screenshot: {time})", lang)
        )
    elif shown:
        text = (
            _t("(time sent as shown on the page: {time})", lang)
            if message
            else _t("(posting time as shown on the page: {time})", lang)
        )
    elif typed:
        text = (
            _t("(time sent as filled in by the owner: {time})", lang)
            if message
            else _t("(posting time as filled in by the owner: {time})", lang)
        )
    else:
        return ""
    return text.format(time=shown or typed)


def _quoted_title(item: Item) -> str:
    title = _field(item, "page_title", _TITLE_CHARS)
    if not title:
        title = _field(item, "content_text", _TITLE_CHARS)
    return title


def subject_phrase(item: Item, lang: str) -> str:
    """What the item is and whose, without its form: ``微博用户“车圈真相哥”（UID …）发布的帖子``."""
    category = item.category
    platform = _field(item, "platform")
    who = account_phrase(item, lang)
    if category == "other" and is_visit_recording(item):
        return _t("The visit", lang)
    if category in ("post", "comment", "private_message"):
        by, on = _MESSAGE_KINDS[category]
        if who:
            return _t(by, lang).format(who=who)
        text = (
            _t(on, lang).format(platform=platform) if platform else category_label(category, lang)
        )
        title = _quoted_title(item)
        return _t("{text} “{title}”", lang).format(text=text, title=title) if title else text
    if category == "account_profile":
        return _profile_subject(item, lang)
    if category == "search_result":
        text = (
            _t("{platform} search results page", lang).format(platform=platform)
            if platform
            else _t("Search results page", lang)
        )
        title = _field(item, "page_title", _TITLE_CHARS)
        return _t("{text} “{title}”", lang).format(text=text, title=title) if title else text
    if category == "harm_evidence":
        harm = _field(item, "harm_type")
        if harm:
            return _t("Evidence of harm ({harm})", lang).format(harm=harm)
        return category_label(category, lang)
    if category == "identity_document":
        return category_label(category, lang)
    ticket = _field(item, "report_ticket")
    if ticket:
        if platform:
            return _t("Record of the report to {platform} (ticket {ticket})", lang).format(
                platform=platform, ticket=ticket
            )
        return _t("Record of the report (ticket {ticket})", lang).format(ticket=ticket)
    title = _quoted_title(item)
    if platform and title:
        return _t("{platform} page “{title}”", lang).format(platform=platform, title=title)
    if title:
        return _t("Page “{title}”", lang).format(title=title)
    if platform:
        return _t("Material from {platform}", lang).format(platform=platform)
    return category_label(category, lang)


def _profile_subject(item: Item, lang: str) -> str:
    """An account's home page named by its account ID, so that the row ties to the account."""
    platform = _field(item, "platform")
    account, name = _field(item, "account_id"), _field(item, "account_name")
    if account and name:
        text = _t(
            "Home page of {platform} account ({kind} {id}, nickname “{name}” when captured)", lang
        )
    elif account:
        text = _t("Home page of {platform} account ({kind} {id})", lang)
    elif name:
        text = _t("Home page of {platform} account “{name}”", lang)
    else:
        text = _t("Home page of a {platform} account", lang)
    return text.format(platform=platform, kind=_id_kind(platform), id=account, name=name).strip()


def court_name(item: Item, lang: str) -> str:
    """The item's 证据名称: subject, form and posting time with its source, in *lang*."""
    subject = subject_phrase(item, lang)
    form = form_phrase(item, lang)
    name = _t("{subject}: {form}", lang).format(subject=subject, form=form) if form else subject
    detail = _detail(item, subject)
    if detail:
        name = _t("{name} ({detail})", lang).format(name=name, detail=detail)
    time = time_phrase(item, lang)
    if time:
        name = _t("{name} {time}", lang).format(name=name, time=time)
    return name


def _detail(item: Item, subject: str) -> str:
    """A file name or address when the name has nothing else to tell two such items apart."""
    fields = item.fields
    if any(fields.get(key, "").strip() for key in ("platform", "account_name", "account_id")):
        return ""
    if _quoted_title(item) and _quoted_title(item) in subject:
        return ""
    url = _field(item, "url", 60) or _field(item, "final_url", 60)
    if url:
        return url
    files = [f for f in item.files if f.role not in ("tsr", "provenance", "navigation_log")]
    return cut(files[0].name, 60) if files else ""
