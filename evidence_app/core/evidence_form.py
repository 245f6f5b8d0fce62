"""The 证据形式 (legal form) of an item for the 证据目录: 电子数据, 书证 or 视听资料, from its category and files.

Civil Procedure Law art. 66 names the forms of evidence; Evidence Provisions (2019) art. 14 counts
web pages, posts, messages, images and other electronic files as 电子数据; a paper document (an ID
card, a medical record, an invoice) photographed or scanned is a 书证 copy; a recording of sound
or pictures is a 视听资料 (SPC interpretation art. 116 applies the electronic-data rules to one
stored electronically, but courts' catalogues still list it by its form).
"""

from __future__ import annotations

from collections.abc import Iterable

from evidence_app.core.i18n import N_, tr

ELECTRONIC_DATA = "electronic_data"
DOCUMENTARY = "documentary"
AUDIOVISUAL = "audiovisual"

FORM_LABELS = {
    ELECTRONIC_DATA: N_("EvidenceForms", "Electronic data"),
    DOCUMENTARY: N_("EvidenceForms", "Documentary evidence"),
    AUDIOVISUAL: N_("EvidenceForms", "Audio-visual material"),
}

# Categories whose items are paper documents brought in as photographs or scans.
_PAPER_CATEGORIES = frozenset({"identity_document"})
# Categories whose imported pictures and PDFs are usually papers (a medical record, an invoice).
_MAYBE_PAPER_CATEGORIES = frozenset({"harm_evidence"})
_PAPER_MIMES = ("image/", "application/pdf")
_RECORDING_MIMES = ("video/", "audio/")
# Files that describe or certify a capture rather than being the evidence itself.
_SUPPORTING_ROLES = frozenset({"provenance", "navigation_log", "tsr"})


def evidence_form(category: str, files: Iterable[tuple[str, str]]) -> str:
    """The form of an item of *category* holding *files* as (role, MIME type) pairs.

    A recording (a screen recording, an imported audio or video file) with no page capture is
    audio-visual; an identity document, or evidence of harm imported as pictures or PDFs only,
    is documentary; everything else (pages, posts, messages, screenshots) is electronic data.
    """
    shown = [(role, mime) for role, mime in files if role not in _SUPPORTING_ROLES]
    if not shown:
        return DOCUMENTARY if category in _PAPER_CATEGORIES else ELECTRONIC_DATA
    if all(role == "video" or mime.startswith(_RECORDING_MIMES) for role, mime in shown):
        return AUDIOVISUAL
    imported = all(role == "original" for role, _mime in shown)
    if category in _PAPER_CATEGORIES and imported:
        return DOCUMENTARY
    if (
        category in _MAYBE_PAPER_CATEGORIES
        and imported
        and all(mime.startswith(_PAPER_MIMES) for _role, mime in shown)
    ):
        return DOCUMENTARY
    return ELECTRONIC_DATA


def form_label(form: str, lang: str | None = None) -> str:
    return tr("EvidenceForms", FORM_LABELS[form], lang)
