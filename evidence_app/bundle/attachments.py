"""The bundle's incremental update: lossless images drawn onto the laid-out pages, every original
and the exporter's own files (manifest, custody log, certificate) embedded as PDF attachments."""

from __future__ import annotations

import io
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader

from evidence_app.bundle.format import CATALOGUE_KEY
from evidence_app.bundle.images import write_image
from evidence_app.bundle.names import attachment_description
from evidence_app.bundle.pages.base import ImageSlot, Layout
from evidence_app.bundle.pdfupdate import IncrementalUpdate, file_chunks
from evidence_app.core import clock
from evidence_app.core.model import Item
from evidence_app.core.store import CaseStore


@dataclass(frozen=True)
class Attachment:
    name: str
    sha256: str
    size: int
    mime: str
    relationship: str  # /Source, /Data, /Supplement
    description: str
    created_utc: str
    modified_utc: str
    path: Path | None = None  # streamed from here …
    data: bytes | None = None  # … or small, made by the exporter


def _name(value: str) -> generic.NameObject:
    return generic.NameObject(value)


def _pdf_date(iso: str) -> generic.PdfObject:
    try:
        return generic.pdf_date(datetime.fromisoformat(iso))
    except ValueError:
        return generic.TextStringObject(iso)


def _write_attachment(update: IncrementalUpdate, attachment: Attachment) -> generic.IndirectObject:
    params = generic.DictionaryObject(
        {
            _name("/Size"): generic.NumberObject(attachment.size),
            _name("/CreationDate"): _pdf_date(attachment.created_utc),
            _name("/ModDate"): _pdf_date(attachment.modified_utc),
        }
    )
    stream_dict = generic.DictionaryObject(
        {
            _name("/Type"): _name("/EmbeddedFile"),
            _name("/Subtype"): _name("/" + attachment.mime),
            _name("/Params"): params,
        }
    )
    ref = update.reserve()
    if attachment.data is not None:
        update.write_stream(ref, stream_dict, [attachment.data], attachment.size)
    else:
        assert attachment.path is not None
        update.write_stream(ref, stream_dict, file_chunks(attachment.path), attachment.size)
    file_name = generic.TextStringObject(attachment.name)
    spec = generic.DictionaryObject(
        {
            _name("/Type"): _name("/Filespec"),
            _name("/F"): file_name,
            _name("/UF"): file_name,
            _name("/Desc"): generic.TextStringObject(attachment.description),
            _name("/AFRelationship"): _name(attachment.relationship),
            _name("/EF"): generic.DictionaryObject({_name("/F"): ref, _name("/UF"): ref}),
        }
    )
    return update.add_object(spec)


def _key_bytes(name: str) -> bytes:
    buffer = io.BytesIO()
    generic.TextStringObject(name).write_to_stream(buffer)
    return buffer.getvalue()


def append_update(
    stream: Any,
    layout: Layout,
    items: list[Item],
    names: dict[int, str],
    store: CaseStore,
    generated: clock.Moment,
    extra: list[Attachment],
    catalogue: bytes,
    check_cancel: Callable[[], None],
    lang: str,
) -> None:
    reader = PdfFileReader(io.BytesIO(layout.pdf), strict=False)
    trailer = reader.trailer_view
    if reader.last_startxref is None:  # reportlab always writes one; a PDF without is no layout
        raise ValueError("the laid-out PDF has no startxref")
    update = IncrementalUpdate(stream, int(trailer["/Size"]), reader.last_startxref)

    # Images: each file once (an image shown in slices is one XObject drawn several times).
    slots_by_page: dict[int, list[ImageSlot]] = {}
    for slot in layout.slots:
        slots_by_page.setdefault(slot.page, []).append(slot)
    xobjects: dict[int, generic.IndirectObject] = {}
    for slot in layout.slots:
        if slot.file_id not in xobjects:
            check_cancel()
            xobjects[slot.file_id] = write_image(update, slot.plan)

    pages = _page_refs(reader)
    for page_number, slots in sorted(slots_by_page.items()):
        page_ref = pages[page_number - 1]
        page = page_ref.get_object()
        resources = page["/Resources"]
        new_resources = generic.DictionaryObject({k: resources.raw_get(k) for k in resources})
        xobject_dict = generic.DictionaryObject()
        if "/XObject" in resources:
            existing = resources["/XObject"]
            xobject_dict.update({k: existing.raw_get(k) for k in existing})
        commands = []
        for slot in slots:
            image_name = f"/EvidenceImage{slot.file_id}"
            xobject_dict[_name(image_name)] = xobjects[slot.file_id]
            full_width = slot.plan.width * slot.scale
            full_height = slot.plan.height * slot.scale
            x0 = slot.x
            y0 = slot.y + slot.height - full_height + slot.first_row * slot.scale
            commands.append(
                f"q {slot.x:.3f} {slot.y:.3f} {slot.width:.3f} {slot.height:.3f} re W n "
                f"{full_width:.4f} 0 0 {full_height:.4f} {x0:.4f} {y0:.4f} cm {image_name} Do Q"
            )
        new_resources[_name("/XObject")] = xobject_dict
        content_ref = update.add_stream_bytes(
            generic.DictionaryObject(), ("\n".join(commands) + "\n").encode("ascii")
        )
        contents = page.raw_get("/Contents")
        if isinstance(contents, generic.ArrayObject):
            new_contents = generic.ArrayObject([*contents, content_ref])
        else:
            new_contents = generic.ArrayObject([contents, content_ref])
        new_page = generic.DictionaryObject({k: page.raw_get(k) for k in page})
        new_page[_name("/Resources")] = new_resources
        new_page[_name("/Contents")] = new_contents
        update.write_object(
            generic.IndirectObject(page_ref.idnum, page_ref.generation, None), new_page
        )

    # Attachments: every original as it is, then manifest, custody log and certificate.
    specs: list[tuple[str, generic.IndirectObject]] = []
    for item in items:
        for stored in item.files:
            check_cancel()
            attachment = Attachment(
                name=names[stored.id],
                sha256=stored.sha256,
                size=stored.size,
                mime=stored.mime,
                relationship="/Supplement" if stored.role == "tsr" else "/Source",
                description=attachment_description(item.number, stored, lang),
                created_utc=stored.added_utc,
                modified_utc=str(stored.meta.get("source_mtime_utc") or stored.added_utc),
                path=store.blob_path(stored.sha256),
            )
            specs.append((attachment.name, _write_attachment(update, attachment)))
    for attachment in extra:
        specs.append((attachment.name, _write_attachment(update, attachment)))

    specs_sorted = sorted(specs, key=lambda pair: _key_bytes(pair[0]))
    name_array = generic.ArrayObject()
    for name, ref in specs_sorted:
        name_array.append(generic.TextStringObject(name))
        name_array.append(ref)
    embedded = update.add_object(generic.DictionaryObject({_name("/Names"): name_array}))
    catalogue_ref = update.add_stream_bytes(
        generic.DictionaryObject({_name("/Type"): _name("/EvidenceAppCatalogue")}), catalogue
    )

    root = reader.root
    new_root = generic.DictionaryObject({k: root.raw_get(k) for k in root})
    names_dict = generic.DictionaryObject()
    if "/Names" in root:
        old_names = root["/Names"]
        names_dict.update({k: old_names.raw_get(k) for k in old_names})
    names_dict[_name("/EmbeddedFiles")] = embedded
    new_root[_name("/Names")] = names_dict
    new_root[_name("/AF")] = generic.ArrayObject([ref for _, ref in specs])
    new_root[_name("/PageMode")] = _name("/UseAttachments")
    new_root[_name(CATALOGUE_KEY)] = catalogue_ref
    root_ref = reader.root_ref
    root_object = generic.IndirectObject(root_ref.idnum, root_ref.generation, None)
    update.write_object(root_object, new_root)

    new_trailer = generic.DictionaryObject({_name("/Root"): root_object})
    if "/Info" in trailer:
        new_trailer[_name("/Info")] = trailer.raw_get("/Info")
    document_id = reader.document_id[0] if reader.document_id else secrets.token_bytes(16)
    update.finish(new_trailer, document_id)


def _page_refs(reader: PdfFileReader) -> list[Any]:
    refs: list[Any] = []

    def walk(node_ref: Any) -> None:
        node = node_ref.get_object()
        if node.get("/Type") == "/Pages":
            for kid in node.raw_get("/Kids"):
                walk(kid)
        else:
            refs.append(node_ref)

    walk(reader.root.raw_get("/Pages"))
    return refs
