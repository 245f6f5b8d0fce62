"""Export a case as one signed PDF bundle: pages, lossless screenshots, every original attached, PAdES signature."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization

from evidence_app import __version__
from evidence_app.bundle.attachments import Attachment, append_update
from evidence_app.bundle.catalogue_docx import write_catalogue_docx
from evidence_app.bundle.format import (
    BUNDLE_FORMAT,
    CUSTODY_LOG_NAME,
    MANIFEST_NAME,
    RESERVED_NAMES,
    SIGNER_CERT_NAME,
)
from evidence_app.bundle.images import ImagePlan, plan_image
from evidence_app.bundle.layout import build_layout
from evidence_app.bundle.names import UniqueNames, attachment_name
from evidence_app.bundle.pages.base import BundleContent, Words
from evidence_app.bundle.signing import reachable_tsa, sign_in_place
from evidence_app.bundle.tsa_chain import gather_for_export
from evidence_app.core import clock, identity
from evidence_app.core.errors import IntegrityError, UserError
from evidence_app.core.i18n import N_, tr
from evidence_app.core.integrity import verify_case
from evidence_app.core.model import Item
from evidence_app.core.partfile import part_path, sweep_abandoned
from evidence_app.core.review import ReviewMark, ReviewState, Verdict, review_state
from evidence_app.core.store import CaseStore

# Progress labels are English source strings marked with N_; whoever shows them translates them
# with core.i18n.tr(PROGRESS_CONTEXT, label), in the language of the screen.
Progress = Callable[[int, int, str], None]
PROGRESS_CONTEXT = "ExportProgress"


class ExportCancelled(UserError):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    pages: int
    items: int
    custody_head: str
    signed_level: str  # "B-B" | "B-T"
    tsa_url: str | None = None
    tsa_unreachable: tuple[str, ...] = ()
    catalogue_docx: Path | None = None  # the editable 证据目录 beside the PDF


def catalogue_docx_path(out: Path) -> Path:
    """``bundle.pdf`` → ``bundle.docx``: where the editable catalogue goes."""
    return out.with_suffix(".docx")


def _small_attachment(
    name: str, data: bytes, mime: str, relationship: str, description: str, when: clock.Moment
) -> Attachment:
    return Attachment(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        mime=mime,
        relationship=relationship,
        description=description,
        created_utc=when.utc,
        modified_utc=when.utc,
        data=data,
    )


def assign_attachment_names(items: Sequence[Item]) -> dict[int, str]:
    """``E001-<role>-<name>`` for every file; a token is named after the file it stamps + ``.tsr``."""
    names = UniqueNames(RESERVED_NAMES)
    assigned: dict[int, str] = {}
    for item in items:
        for stored in item.files:
            if stored.role != "tsr":
                assigned[stored.id] = names.claim(
                    attachment_name(item.number, stored.role, stored.name)
                )
        for stored in item.files_with_role("tsr"):
            stamped = _stamped_file_id(stored.meta)
            base = assigned.get(stamped) if stamped is not None else None
            if base is not None:
                assigned[stored.id] = names.claim(base + ".tsr")
            else:
                name = stored.name if stored.name.endswith(".tsr") else stored.name + ".tsr"
                assigned[stored.id] = names.claim(attachment_name(item.number, "tsr", name))
    return assigned


def _stamped_file_id(meta: dict[str, Any]) -> int | None:
    stamps = meta.get("stamps")
    if isinstance(stamps, dict) and isinstance(stamps.get("file_id"), int):
        return int(stamps["file_id"])
    return None


def build_manifest(
    case: Any,
    items: Sequence[Item],
    names: dict[int, str],
    generated: clock.Moment,
    head_seq: int,
    head: str,
    signer_subject: str,
    signer_fingerprint: str,
    review: ReviewState | None = None,
) -> dict[str, Any]:
    marks = list(review.marks) if review is not None else []
    manifest_items = []
    for item in items:
        files = [
            {
                "attachment": names[f.id],
                "role": f.role,
                "name": f.name,
                "sha256": f.sha256,
                "size": f.size,
                "mime": f.mime,
            }
            for f in item.files
        ]
        stamps = []
        for token in item.files_with_role("tsr"):
            stamped = _stamped_file_id(token.meta)
            stamps.append(
                {
                    "attachment": names[token.id],
                    "tsa": token.meta.get("tsa_url") or token.meta.get("tsa_name") or "",
                    "gen_time_utc": token.meta.get("gen_time_utc", ""),
                    "hash_of": names.get(stamped, "") if stamped is not None else "",
                }
            )
        manifest_items.append(
            {
                "number": item.number,
                "id": item.id,
                "category": item.category,
                "withdrawn": item.withdrawn,
                "withdrawn_reason": item.withdrawn_reason,
                "fields": dict(item.fields),
                "captured_at_utc": item.captured_utc,
                "captured_at_local": item.captured_local,
                "operator": item.operator.as_dict(),
                "files": files,
                "timestamps": stamps,
                "review": [_mark_dict(m) for m in marks if m.item_id == item.id],
            }
        )
    verdict = review.verdict if review is not None else None
    return {
        "format": BUNDLE_FORMAT,
        # log_id: the case id its custody events carry (the original's, when this case is a copy)
        "case": {"id": case.id, "title": case.title, "owner": case.owner, "log_id": case.log_id},
        "generated_at_utc": generated.utc,
        "app_version": __version__,
        "custody_head": head,
        "custody_seq": head_seq,
        "signer": {"subject": signer_subject, "sha256_fingerprint": signer_fingerprint},
        "review": {
            "verdict": _verdict_dict(verdict) if verdict is not None else None,
            "marks": [_mark_dict(m) for m in marks],
        },
        "items": manifest_items,
    }


def _mark_dict(mark: ReviewMark) -> dict[str, Any]:
    return {
        "item": mark.number,
        "item_id": mark.item_id,
        "status": mark.status,
        "comment": mark.comment,
        "by": mark.by.as_dict(),
        "at_utc": mark.at_utc,
        "at_local": mark.at_local,
        "seq": mark.seq,
        "open": mark.open,
        "closed_by": mark.closed_by,
    }


def _verdict_dict(verdict: Verdict) -> dict[str, Any]:
    return {
        "verdict": verdict.verdict,
        "notes": verdict.notes,
        "by": verdict.by.as_dict(),
        "at_utc": verdict.at_utc,
        "at_local": verdict.at_local,
        "seq": verdict.seq,
    }


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")


def export_case(
    store: CaseStore,
    case_ref: str,
    out: Path,
    signer: Any,
    *,
    tsa_urls: Sequence[str] = (),
    lang: str = "zh_CN",
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    gaps: Sequence[str] = (),
) -> ExportResult:
    """Write the signed bundle of *case_ref* to *out* (atomically); see design.md "The bundle".

    The export is itself a custody event, recorded before the PDF is built: the head printed on
    the cover and in the attachments is that ``exported`` event, so it includes everything before
    it. A cancelled or failed export adds an ``export_abandoned`` event and leaves no file.
    """
    out = Path(out)
    report_progress = progress or (lambda done, total, text: None)

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise ExportCancelled("The export was cancelled; no bundle was written.")

    case = store.get_case(case_ref)
    total_steps = 6
    if not out.parent.is_dir():
        raise UserError("The folder {path} does not exist.", path=str(out.parent))
    report_progress(0, total_steps, N_(PROGRESS_CONTEXT, "Contacting the time-stamp server"))
    tsa_url, tsa_unreachable = reachable_tsa(tsa_urls) if tsa_urls else (None, [])
    if tsa_url is not None:
        # Files still waiting for their own token (captured offline) get it now, so that the
        # bundle carries one per file; what still fails stays pending, as in `timestamp CASE`.
        from evidence_app.core.trusted_time import stamp_pending

        stamp_pending(store, case.id, [tsa_url])
    check_cancel()
    report_progress(1, total_steps, N_(PROGRESS_CONTEXT, "Checking the case"))
    report = verify_case(store, case.id)
    if not report.ok:
        raise IntegrityError(
            "The case cannot be exported because verify-case found problems: {problems}",
            problems="; ".join(p.message() for p in report.problems[:10]),
        )
    check_cancel()

    fingerprint = identity.fingerprint(signer.cert)
    subject = identity.subject_text(signer.cert)
    items = store.list_items(case.id)
    exported = store.record_event(
        case.id,
        "exported",
        {
            "bundle": out.name,
            "lang": lang,
            "items": len(items),
            "signer_subject": subject,
            "signer_fingerprint": fingerprint,
            "tsa_url": tsa_url,
            "tsa_unreachable": tsa_unreachable,
            "level": "B-T" if tsa_url else "B-B",
        },
    )
    sweep_abandoned(out.parent)  # what a killed export or pack left in this folder
    temp = part_path(out)
    try:
        result = _write_bundle(
            store, case, items, exported, out, temp, signer, subject, fingerprint, tsa_url,
            tsa_unreachable, lang, gaps, report_progress, check_cancel, total_steps,
        )  # fmt: skip
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        reason = (
            "cancelled" if isinstance(error, (ExportCancelled, KeyboardInterrupt)) else str(error)
        )
        with contextlib.suppress(Exception):
            store.record_event(
                case.id, "export_abandoned", {"bundle": out.name, "reason": reason[:500]}
            )
        raise
    return result


def _write_bundle(
    store: CaseStore,
    case: Any,
    items: list[Item],
    exported: Any,
    out: Path,
    temp: Path,
    signer: Any,
    subject: str,
    fingerprint: str,
    tsa_url: str | None,
    tsa_unreachable: list[str],
    lang: str,
    gaps: Sequence[str],
    report_progress: Progress,
    check_cancel: Callable[[], None],
    total_steps: int,
) -> ExportResult:
    generated = clock.moment_from(datetime.fromisoformat(exported.at_utc))
    events = store.events(case.id)
    review = review_state(store, case.id, events)
    names = assign_attachment_names(items)
    plans: dict[int, ImagePlan] = {}
    for item in items:
        for stored in item.files:
            if stored.mime.startswith("image/") and stored.role != "tsr":
                image = stored.meta.get("image") or {}
                if image.get("undecodable"):
                    continue
                plan = plan_image(store.blob_path(stored.sha256), stored.mime)
                if plan is not None:
                    plans[stored.id] = plan
    level = "B-T" if tsa_url else "B-B"
    tsa_chain = gather_for_export(store, items, tsa_url)
    content = BundleContent(
        case=case,
        items=items,
        events=events,
        lang=lang,
        generated=generated,
        signer_subject=identity.common_name(signer.cert),  # printed: the name, not "CN=…"
        signer_fingerprint=fingerprint,
        custody_seq=exported.seq,
        custody_head=exported.hash,
        level=level,
        tsa_url=tsa_url,
        tsa_unreachable=tsa_unreachable,
        gaps=list(gaps),
        attachment_names=names,
        image_plans=plans,
        blob_path=store.blob_path,
        review=review,
        tsa_roots=tsa_chain.root_facts(),
        tsa_subject=tsa_chain.document_subject,
    )
    report_progress(2, total_steps, N_(PROGRESS_CONTEXT, "Laying out the pages"))
    layout = build_layout(content, check_cancel)
    check_cancel()

    manifest = build_manifest(
        case, items, names, generated, exported.seq, exported.hash, subject, fingerprint, review
    )
    manifest_bytes = _json_bytes(manifest)
    custody_bytes = _json_bytes([e.as_dict() for e in events])
    cert_pem = signer.cert.public_bytes(serialization.Encoding.PEM)
    catalogue = {
        "custody_head": exported.hash,
        "custody_seq": exported.seq,
        "items": len(items),
        "manifest_sha256": hashlib.sha256(manifest_bytes).hexdigest(),
        "signer_sha256_fingerprint": fingerprint,
        "rows": layout.catalogue_rows,
    }

    report_progress(
        3, total_steps, N_(PROGRESS_CONTEXT, "Placing the screenshots and attaching the originals")
    )
    with open(temp, "x+b") as stream:
        stream.write(layout.pdf)
        append_update(
            stream,
            layout,
            items,
            names,
            store,
            generated,
            [
                _small_attachment(
                    MANIFEST_NAME,
                    manifest_bytes,
                    "application/json",
                    "/Data",
                    tr("Attachments", "Manifest: every attached file with SHA-256 and size", lang),
                    generated,
                ),
                _small_attachment(
                    CUSTODY_LOG_NAME,
                    custody_bytes,
                    "application/json",
                    "/Supplement",
                    tr("Attachments", "The case's whole custody log (hash chain)", lang),
                    generated,
                ),
                _small_attachment(
                    SIGNER_CERT_NAME,
                    cert_pem,
                    "application/x-pem-file",
                    "/Supplement",
                    tr("Attachments", "The signer's certificate", lang),
                    generated,
                ),
                *(
                    _small_attachment(
                        name, data, "application/x-pem-file", "/Supplement", about, generated
                    )
                    for name, data, about in tsa_chain.attachments(lang)
                ),
            ],
            _json_bytes(catalogue),
            check_cancel,
            lang,
        )
        stream.flush()
        os.fsync(stream.fileno())
    check_cancel()
    report_progress(4, total_steps, N_(PROGRESS_CONTEXT, "Signing"))
    level = sign_in_place(temp, signer, tsa_url)
    check_cancel()
    report_progress(5, total_steps, N_(PROGRESS_CONTEXT, "Checking the written file"))
    digest = hashlib.sha256()
    with open(temp, "rb") as stream:
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
        os.fsync(stream.fileno())
    docx = write_catalogue_docx(
        catalogue_docx_path(out), layout.catalogue_rows, Words(lang), case.title, out.name
    )
    os.replace(temp, out)
    with contextlib.suppress(OSError):
        directory = os.open(out.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
    report_progress(total_steps, total_steps, N_(PROGRESS_CONTEXT, "Done"))
    return ExportResult(
        path=out,
        sha256=digest.hexdigest(),
        pages=layout.pages,
        items=len(items),
        custody_head=exported.hash,
        signed_level=level,
        tsa_url=tsa_url,
        tsa_unreachable=tuple(tsa_unreachable),
        catalogue_docx=docx,
    )
