"""Verify a bundle on its own: signature, coverage, signer, time-stamps, every attachment, manifest, custody chain."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evidence_app.core.custody import check_chain, event_from_dict
from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr

CONTEXT = "Verify"
BUNDLE_FORMAT = "evidence-bundle/1"
MANIFEST_NAME = "manifest.json"
CUSTODY_LOG_NAME = "custody-log.json"
SIGNER_CERT_NAME = "signer-cert.pem"
CATALOGUE_KEY = "/EvidenceAppCatalogue"

CHECK_NAMES = (
    "signature_valid",
    "covers_whole_file",
    "signer_certificate",
    "document_timestamp",
    "item_timestamps",
    "attachments_match_manifest",
    "manifest_matches_catalogue",
    "custody_chain",
)

for _logger in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())


class NotABundle(UserError):
    """The file is unreadable, not a PDF, or a PDF that is not an evidence bundle (exit 2)."""

    exit_code = 2


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail}


@dataclass
class BundleReport:
    path: Path
    checks: list[Check] = field(default_factory=list)
    signer: dict[str, str] | None = None
    signed_at: str | None = None
    timestamp: dict[str, str] | None = None
    items: int = 0
    case: dict[str, Any] | None = None
    custody_head: str | None = None

    @property
    def valid(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def failed(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]

    def as_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "checks": [c.as_dict() for c in self.checks],
            "signer": self.signer,
            "signed_at": self.signed_at,
            "timestamp": self.timestamp,
            "items": self.items,
            "case": self.case,
            "custody_head": self.custody_head,
            "file": str(self.path),
        }


def _t(text: str) -> str:
    return tr(CONTEXT, text)


# -- reading the PDF -----------------------------------------------------------------------------


def _name_tree_entries(node: Any) -> list[tuple[str, Any]]:
    entries: list[tuple[str, Any]] = []
    if "/Names" in node:
        names = node["/Names"]
        for index in range(0, len(names) - 1, 2):
            entries.append((str(names[index]), names[index + 1]))
    if "/Kids" in node:
        for kid in node["/Kids"]:
            entries.extend(_name_tree_entries(kid))
    return entries


def _attachments(reader: Any) -> dict[str, Any]:
    """Attachment name → its embedded file stream object (read on demand)."""
    root = reader.root
    found: dict[str, Any] = {}
    try:
        tree = root["/Names"]["/EmbeddedFiles"]
    except KeyError:
        return found
    for name, spec in _name_tree_entries(tree):
        try:
            # the reference, not the stream: resolving it would read the whole file into memory
            found[name] = spec["/EF"].raw_get("/F")
        except KeyError:
            found[name] = None
    return found


def _stream_bytes(stream: Any) -> bytes:
    """The decoded data of a (small) embedded file: manifest, log, certificate, token."""
    return bytes(stream.get_object().data)


HASH_CHUNK = 1 << 20


def _hash_in_place(ref: Any) -> tuple[str, int] | None:
    """SHA-256 and size of an embedded file's decoded data, read from the PDF in chunks.

    Only for the plain case: an uncompressed or Flate stream, stored directly in the file (not in
    an object stream), in an unencrypted PDF, with a direct /Length. Anything else returns None
    and is hashed from memory through pyHanko instead.
    """
    import zlib

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.misc import read_non_whitespace, skip_over_whitespace
    from pyhanko.pdf_utils.xref import read_object_header

    if not isinstance(ref, generic.IndirectObject):
        return None
    reader = ref.get_pdf_handler()
    if reader is None or reader.encrypted:
        return None
    if reader.cache_get_indirect_object(ref.generation, ref.idnum) is not None:
        return None  # already in memory: nothing to save
    offset = reader.xrefs[ref.reference]
    if not isinstance(offset, int):
        return None
    stream = reader.stream
    try:
        stream.seek(offset)
        if read_object_header(stream, strict=False) != (ref.idnum, ref.generation):
            return None
        # Parsed as if inside an object, pyHanko stops after the dictionary instead of reading
        # the stream data; an indirect reference in it (e.g. /Length 12 0 R) makes this fail.
        dictionary = generic.read_object(
            stream, ref.reference, in_content_stream=generic.ContentOpReading.IN_OBJECT
        )
        if not isinstance(dictionary, generic.DictionaryObject):
            return None
        length = dictionary.get("/Length")
        filters = dictionary.get("/Filter")
        if isinstance(filters, generic.ArrayObject) and len(filters) == 1:
            filters = filters[0]
        if not isinstance(length, int) or "/DecodeParms" in dictionary:
            return None
        if filters is None:
            decoder = None
        elif filters == "/FlateDecode":
            decoder = zlib.decompressobj()
        else:
            return None
        if read_non_whitespace(stream) + stream.read(5) != b"stream":
            return None
        skip_over_whitespace(stream, stop_after_eol=True)
        digest = hashlib.sha256()
        size = 0
        remaining = length
        while remaining:
            chunk = stream.read(min(HASH_CHUNK, remaining))
            if not chunk:
                return None  # the file ends inside the stream: let pyHanko say why
            remaining -= len(chunk)
            if decoder is not None:
                # bounded output per call, so one small compressed chunk cannot balloon
                chunk = decoder.decompress(chunk, HASH_CHUNK)
                while chunk:
                    digest.update(chunk)
                    size += len(chunk)
                    chunk = decoder.decompress(decoder.unconsumed_tail, HASH_CHUNK)
            else:
                digest.update(chunk)
                size += len(chunk)
        if decoder is not None:
            tail = decoder.flush()
            digest.update(tail)
            size += len(tail)
        if read_non_whitespace(stream) + stream.read(8) != b"endstream":
            return None
        return digest.hexdigest(), size
    except (ValueError, KeyError, TypeError, OSError, zlib.error):
        return None
    except Exception as error:  # pyHanko's parse errors: leave them to the in-memory path
        if type(error).__module__.startswith("pyhanko"):
            return None
        raise


def _load_certs(paths: Sequence[Path]) -> list[Any]:
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    certs = []
    for path in paths:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise UserError(
                "The certificate file {path} cannot be read ({reason}).",
                path=str(path),
                reason=error.strerror or str(error),
            ) from error
        try:
            if pem.detect(data):
                certs.extend(
                    asn1_x509.Certificate.load(der) for _, _, der in pem.unarmor(data, True)
                )
            else:
                certs.append(asn1_x509.Certificate.load(data))
        except Exception as error:
            raise UserError("{path} is not a certificate (PEM or DER).", path=str(path)) from error
    return certs


# -- the checks ----------------------------------------------------------------------------------


def verify_bundle(path: Path, trust: Sequence[Path] = ()) -> BundleReport:
    """Check a bundle; raises NotABundle if *path* is unreadable or not an evidence bundle."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    path = Path(path)
    trust_certs = _load_certs(trust)
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed in the finally below
    except OSError as error:
        raise NotABundle(
            "{path} cannot be read ({reason}).", path=str(path), reason=error.strerror or str(error)
        ) from error
    try:
        try:
            reader = PdfFileReader(stream, strict=False)
            attachments = _attachments(reader)
        except (PdfError, ValueError, KeyError, TypeError, IndexError) as error:
            raise NotABundle(
                "{path} is not a readable PDF ({reason}).", path=str(path), reason=str(error)
            ) from error
        if MANIFEST_NAME not in attachments:
            raise NotABundle(
                "{path} is a PDF but not an evidence bundle (it has no manifest.json).",
                path=str(path),
            )
        report = BundleReport(path)
        _verify(reader, attachments, trust_certs, report)
        return report
    finally:
        stream.close()


def _verify(
    reader: Any, attachments: dict[str, Any], trust_certs: list[Any], report: BundleReport
) -> None:
    manifest_bytes = b""
    manifest: dict[str, Any] = {}
    manifest_problem = ""
    try:
        manifest_bytes = _stream_bytes(attachments[MANIFEST_NAME])
        manifest = json.loads(manifest_bytes.decode("utf-8"))
        if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
            manifest_problem = _t("manifest.json is not in the format {format}.").format(
                format=BUNDLE_FORMAT
            )
            manifest = manifest if isinstance(manifest, dict) else {}
    except Exception as error:
        manifest_problem = _t("manifest.json cannot be read ({reason}).").format(reason=error)
    items = manifest.get("items") if isinstance(manifest.get("items"), list) else []
    report.items = len(items)
    report.case = manifest.get("case") if isinstance(manifest.get("case"), dict) else None
    report.custody_head = manifest.get("custody_head")

    custody_events, custody_problem = _custody_events(attachments)
    declared_level = _declared_level(custody_events)

    report.checks += _signature_checks(
        reader, attachments, manifest, trust_certs, report, declared_level
    )
    hashed: dict[Any, tuple[str, int]] = {}  # each attachment is read once, however often named
    report.checks.append(_item_timestamps(attachments, items, trust_certs, hashed))
    report.checks.append(_attachments_check(attachments, items, manifest_problem, hashed))
    report.checks.append(_catalogue_check(reader, manifest, manifest_bytes, manifest_problem))
    report.checks.append(_custody_check(custody_events, custody_problem, manifest))
    order = {name: index for index, name in enumerate(CHECK_NAMES)}
    report.checks.sort(key=lambda c: order.get(c.name, len(order)))


def _custody_events(attachments: dict[str, Any]) -> tuple[list[Any], str]:
    if CUSTODY_LOG_NAME not in attachments:
        return [], _t("The bundle has no custody-log.json.")
    try:
        data = json.loads(_stream_bytes(attachments[CUSTODY_LOG_NAME]).decode("utf-8"))
        return [event_from_dict(e) for e in data], ""
    except Exception as error:
        return [], _t("custody-log.json cannot be read ({reason}).").format(reason=error)


def _declared_level(events: list[Any]) -> str | None:
    for event in reversed(events):
        if event.action == "exported":
            level = event.payload.get("level")
            return str(level) if level else None
    return None


def _run(coroutine: Any) -> Any:
    import asyncio

    return asyncio.run(coroutine)


def _signature_checks(
    reader: Any,
    attachments: dict[str, Any],
    manifest: dict[str, Any],
    trust_certs: list[Any],
    report: BundleReport,
    declared_level: str | None,
) -> list[Check]:
    from pyhanko.sign.validation import (
        SignatureCoverageLevel,
        async_validate_pdf_signature,
        async_validate_pdf_timestamp,
    )
    from pyhanko.sign.validation.status import ModificationLevel
    from pyhanko_certvalidator import ValidationContext

    checks: list[Check] = []
    signatures = list(reader.embedded_regular_signatures)
    stamps = list(reader.embedded_timestamp_signatures)
    if not signatures:
        missing = _t("The bundle carries no signature.")
        return [
            Check("signature_valid", False, missing),
            Check("covers_whole_file", False, missing),
            Check("signer_certificate", False, missing),
            Check("document_timestamp", not stamps, missing),
        ]
    signature = signatures[0]
    signer_cert = signature.signer_cert
    roots = list(trust_certs) or [signer_cert]
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    try:
        status = _run(async_validate_pdf_signature(signature, signer_validation_context=context))
        intact, valid = bool(status.intact), bool(status.valid)
        coverage, modification = status.coverage, status.modification_level
        signed_at = status.signer_reported_dt
        problem = ""
    except Exception as error:
        intact = valid = False
        coverage = modification = signed_at = None
        problem = str(error)
    extra = ""
    if len(signatures) > 1:
        extra = " " + _t("The bundle carries {count} signatures; only one is expected.").format(
            count=len(signatures)
        )
    if intact and valid and not extra:
        checks.append(
            Check(
                "signature_valid",
                True,
                _t(
                    "The PAdES signature ({subfilter}) is cryptographically valid; the signed bytes are unchanged."
                ).format(subfilter=str(signature.sig_object.get("/SubFilter", "")).lstrip("/")),
            )
        )
    else:
        checks.append(
            Check(
                "signature_valid",
                False,
                (
                    problem
                    or _t(
                        "The signed bytes were changed after signing (the digest does not match)."
                    )
                )
                + extra,
            )
        )

    # Coverage: the last signature or document time-stamp must cover the whole file, and nothing
    # but PAdES-allowed updates (DSS, document time-stamps) may follow the author's signature.
    last = max(signatures + stamps, key=lambda s: s.signed_revision)
    reader.stream.seek(0, 2)
    last_covers = last.byte_range[-2] + last.byte_range[-1] == reader.stream.tell()
    allowed = modification is not None and modification <= ModificationLevel.LTA_UPDATES
    if last_covers and (coverage == SignatureCoverageLevel.ENTIRE_FILE or allowed):
        checks.append(
            Check(
                "covers_whole_file",
                True,
                _t(
                    "The signature covers the whole file; anything after it is a PAdES-allowed update."
                )
                if coverage != SignatureCoverageLevel.ENTIRE_FILE
                else _t("The signature covers the whole file."),
            )
        )
    elif not last_covers:
        checks.append(
            Check(
                "covers_whole_file",
                False,
                _t(
                    "Data was appended after the last signature or time-stamp: the file was changed after it was signed."
                ),
            )
        )
    else:
        checks.append(
            Check(
                "covers_whole_file",
                False,
                _t(
                    "The document was changed after signing in a way PAdES does not allow ({level})."
                ).format(level=getattr(modification, "name", "unknown")),
            )
        )

    # The signer: its fingerprint, the attached signer-cert.pem, the manifest, and trust if asked.
    fingerprint = signer_cert.sha256.hex()
    subject = _subject_text(signer_cert)
    report.signer = {"subject": subject, "sha256_fingerprint": fingerprint}
    report.signed_at = signed_at.isoformat() if signed_at is not None else None
    problems = []
    attached = _attached_cert_fingerprint(attachments)
    if attached is None:
        problems.append(_t("signer-cert.pem is missing or unreadable"))
    elif attached != fingerprint:
        problems.append(
            _t("the signing certificate is not the attached signer-cert.pem ({attached})").format(
                attached=attached[:16]
            )
        )
    manifest_fp = (
        (manifest.get("signer") or {}).get("sha256_fingerprint")
        if isinstance(manifest.get("signer"), dict)
        else None
    )
    if manifest_fp is not None and manifest_fp != fingerprint:
        problems.append(
            _t("the manifest names another signer ({other})").format(other=str(manifest_fp)[:16])
        )
    trusted_fps = {c.sha256.hex() for c in trust_certs}
    if trust_certs:
        trusted = fingerprint in trusted_fps or bool(
            intact and valid and getattr(status, "trusted", False)
        )
        if not trusted:
            problems.append(
                _t("the signer is not one of the trusted certificates given with --trust")
            )
    if problems:
        checks.append(
            Check(
                "signer_certificate",
                False,
                _t("Signer {subject} ({fingerprint}): {problems}.").format(
                    subject=subject, fingerprint=fingerprint, problems="; ".join(problems)
                ),
            )
        )
    elif trust_certs:
        checks.append(
            Check(
                "signer_certificate",
                True,
                _t(
                    "Signer {subject}, SHA-256 fingerprint {fingerprint}: trusted (given with --trust)."
                ).format(subject=subject, fingerprint=fingerprint),
            )
        )
    else:
        checks.append(
            Check(
                "signer_certificate",
                True,
                _t(
                    "Signer {subject}, SHA-256 fingerprint {fingerprint} (self-signed; matches signer-cert.pem). "
                    "Compare the fingerprint with the one the owner gave you, or pass --trust."
                ).format(subject=subject, fingerprint=fingerprint),
            )
        )

    # The document time-stamp (B-T), or a plain statement that the time is the signer's clock.
    if not stamps:
        if declared_level == "B-T":
            checks.append(
                Check(
                    "document_timestamp",
                    False,
                    _t(
                        "The export recorded a document time-stamp, but the bundle has none: it was removed."
                    ),
                )
            )
        else:
            checks.append(
                Check(
                    "document_timestamp",
                    True,
                    _t(
                        "No document time-stamp (PAdES B-B): the signing time comes from the signer's clock."
                    ),
                )
            )
        return checks
    stamp = stamps[-1]
    try:
        tsa_cert = stamp.signer_cert
        tsa_roots = list(trust_certs) or [tsa_cert]
        ts_status = _run(
            async_validate_pdf_timestamp(
                stamp,
                validation_context=ValidationContext(trust_roots=tsa_roots, allow_fetching=False),
            )
        )
        gen_time = ts_status.timestamp
        tsa_name = _subject_text(tsa_cert)
        report.timestamp = {"gen_time": gen_time.isoformat(), "tsa": tsa_name}
        ok = (
            bool(ts_status.intact and ts_status.valid)
            and stamp.signed_revision == last.signed_revision
        )
        trusted_note = ""
        if trust_certs:
            trusted_note = " " + (
                _t("The TSA is trusted.")
                if ts_status.trusted
                else _t("The TSA does not lead to a certificate given with --trust.")
            )
            ok = ok and bool(ts_status.trusted)
        if ok:
            detail = _t(
                "Document time-stamp by {tsa} at {time} is valid and covers the whole file."
            ).format(tsa=tsa_name, time=gen_time.isoformat())
        else:
            detail = _t(
                "The document time-stamp by {tsa} does not verify or does not cover the whole file."
            ).format(tsa=tsa_name)
        checks.append(Check("document_timestamp", ok, detail + trusted_note))
    except Exception as error:
        checks.append(
            Check(
                "document_timestamp",
                False,
                _t("The document time-stamp cannot be checked ({reason}).").format(reason=error),
            )
        )
    return checks


def _subject_text(cert: Any) -> str:
    """The subject as RFC 4514 text (``CN=王小明``), as ``key show`` and the cover print it."""
    from cryptography import x509

    return str(x509.load_der_x509_certificate(cert.dump()).subject.rfc4514_string())


def _attached_cert_fingerprint(attachments: dict[str, Any]) -> str | None:
    from asn1crypto import pem
    from asn1crypto import x509 as asn1_x509

    stream = attachments.get(SIGNER_CERT_NAME)
    if stream is None:
        return None
    try:
        data = _stream_bytes(stream)
        der = pem.unarmor(data)[2] if pem.detect(data) else data
        return str(asn1_x509.Certificate.load(der).sha256.hex())
    except Exception:
        return None


def _hash_stream(stream: Any, hashed: dict[Any, tuple[str, int]] | None = None) -> tuple[str, int]:
    key = (getattr(stream, "idnum", None), getattr(stream, "generation", None))
    if hashed is not None and key in hashed:
        return hashed[key]
    result = _hash_in_place(stream)
    if result is None:
        data = _stream_bytes(stream)
        result = hashlib.sha256(data).hexdigest(), len(data)
    if hashed is not None and key[0] is not None:
        hashed[key] = result
    return result


def _attachments_check(
    attachments: dict[str, Any],
    items: list[Any],
    manifest_problem: str,
    hashed: dict[Any, tuple[str, int]] | None = None,
) -> Check:
    if manifest_problem:
        return Check("attachments_match_manifest", False, manifest_problem)
    problems = []
    expected: dict[str, dict[str, Any]] = {}
    for item in items:
        for entry in item.get("files") or []:
            expected[str(entry.get("attachment"))] = entry
    for name, entry in expected.items():
        stream = attachments.get(name)
        if stream is None:
            problems.append(_t("{name} is missing").format(name=name))
            continue
        try:
            sha256, size = _hash_stream(stream, hashed)
        except Exception as error:
            problems.append(_t("{name} cannot be read ({reason})").format(name=name, reason=error))
            continue
        if sha256 != entry.get("sha256"):
            problems.append(
                _t("{name} has SHA-256 {actual}, the manifest says {expected}").format(
                    name=name, actual=sha256[:16], expected=str(entry.get("sha256"))[:16]
                )
            )
        elif size != entry.get("size"):
            problems.append(
                _t("{name} is {actual} bytes, the manifest says {expected}").format(
                    name=name, actual=size, expected=entry.get("size")
                )
            )
    known = set(expected) | {MANIFEST_NAME, CUSTODY_LOG_NAME, SIGNER_CERT_NAME}
    for name in sorted(set(attachments) - known):
        problems.append(_t("{name} is attached but not in the manifest").format(name=name))
    for name in (CUSTODY_LOG_NAME, SIGNER_CERT_NAME):
        if name not in attachments:
            problems.append(_t("{name} is missing").format(name=name))
    if problems:
        return Check("attachments_match_manifest", False, "; ".join(problems) + ".")
    return Check(
        "attachments_match_manifest",
        True,
        _t("All {count} attached files have the SHA-256 and size the manifest lists.").format(
            count=len(expected)
        ),
    )


def _item_timestamps(
    attachments: dict[str, Any],
    items: list[Any],
    trust_certs: list[Any],
    hashed: dict[Any, tuple[str, int]] | None = None,
) -> Check:
    from evidence_app.core.trusted_time import check_token

    problems = []
    count = 0
    for item in items:
        files = {str(f.get("attachment")): f for f in item.get("files") or []}
        for stamp in item.get("timestamps") or []:
            count += 1
            name = str(stamp.get("attachment"))
            target = files.get(str(stamp.get("hash_of")))
            token_stream = attachments.get(name)
            if token_stream is None or target is None:
                problems.append(
                    _t("{name}: the token or the file it stamps is missing").format(name=name)
                )
                continue
            target_stream = attachments.get(str(target.get("attachment")))
            actual = (
                _hash_stream(target_stream, hashed)[0]
                if target_stream is not None
                else str(target.get("sha256"))
            )
            found = check_token(_stream_bytes(token_stream), actual, trust_certs or None)
            if found:
                problems.append(f"{name}: " + " ".join(found))
    if problems:
        return Check("item_timestamps", False, "; ".join(problems))
    if not count:
        return Check("item_timestamps", True, _t("No item carries a time-stamp token."))
    return Check(
        "item_timestamps",
        True,
        _t("All {count} time-stamp tokens are valid and stamp the files they name.").format(
            count=count
        ),
    )


def _catalogue_check(
    reader: Any, manifest: dict[str, Any], manifest_bytes: bytes, manifest_problem: str
) -> Check:
    if manifest_problem:
        return Check("manifest_matches_catalogue", False, manifest_problem)
    try:
        catalogue = json.loads(bytes(reader.root[CATALOGUE_KEY].data).decode("utf-8"))
    except Exception:
        return Check(
            "manifest_matches_catalogue", False, _t("The bundle has no readable catalogue record.")
        )
    problems = []
    if catalogue.get("manifest_sha256") != hashlib.sha256(manifest_bytes).hexdigest():
        problems.append(_t("manifest.json is not the manifest the catalogue was printed from"))
    items = manifest.get("items") or []
    rows = catalogue.get("rows") or []
    if [r.get("number") for r in rows] != [i.get("number") for i in items]:
        problems.append(_t("the catalogue lists other items than the manifest"))
    else:
        for row, item in zip(rows, items, strict=True):
            hashes = [
                str(f.get("sha256", ""))[:16]
                for f in item.get("files") or []
                if f.get("role") != "tsr"
            ]
            if row.get("sha256") != hashes:
                problems.append(
                    _t("{number}: the printed hashes differ from the manifest").format(
                        number=item.get("number")
                    )
                )
    if catalogue.get("custody_head") != manifest.get("custody_head"):
        problems.append(_t("the printed custody head differs from the manifest's"))
    if problems:
        return Check("manifest_matches_catalogue", False, "; ".join(problems) + ".")
    return Check(
        "manifest_matches_catalogue",
        True,
        _t("The manifest matches the printed catalogue ({count} items).").format(count=len(items)),
    )


def _custody_check(events: list[Any], problem: str, manifest: dict[str, Any]) -> Check:
    if problem:
        return Check("custody_chain", False, problem)
    if not events:
        return Check("custody_chain", False, _t("The custody log is empty."))
    found = manifest.get("case")
    case: dict[str, Any] = found if isinstance(found, dict) else {}
    # A copy's events carry the original's id (log_id); bundles before log_id carry only id.
    case_id = case.get("log_id") or case.get("id")
    chain_problems = check_chain(events, case_id)
    problems = [
        _t("event {seq}: {what} (expected {expected}, found {found})").format(
            seq=p.seq, what=p.what, expected=p.expected[:16], found=p.found[:16]
        )
        for p in chain_problems[:10]
    ]
    head = events[-1].hash
    if head != manifest.get("custody_head"):
        problems.append(
            _t("the log ends at {head}, not at the head the bundle prints").format(head=head[:16])
        )
    stored = {(e.item, e.payload.get("sha256")) for e in events if e.action == "file_stored"}
    for item in manifest.get("items") or []:
        for entry in item.get("files") or []:
            if (item.get("id"), entry.get("sha256")) not in stored:
                problems.append(
                    _t("{name} has no custody event storing it").format(
                        name=entry.get("attachment")
                    )
                )
    problems += _review_problems(events, manifest)
    if problems:
        return Check("custody_chain", False, "; ".join(problems) + ".")
    return Check(
        "custody_chain",
        True,
        _t(
            "The custody log chains from zero through {count} events to the printed head {head}."
        ).format(count=len(events), head=head),
    )


def _review_problems(events: list[Any], manifest: dict[str, Any]) -> list[str]:
    """Each review mark and the verdict in the manifest must be the custody event it says it is."""
    review = manifest.get("review")
    if not isinstance(review, dict):
        return []  # a bundle from before review marks
    by_seq = {e.seq: e for e in events}
    problems = []
    claimed: list[tuple[Any, str, dict[str, Any]]] = []
    for mark in review.get("marks") or []:
        claimed.append(
            (mark.get("seq"), "item_reviewed", {k: mark.get(k) for k in ("status", "comment")})
        )
    verdict = review.get("verdict")
    if isinstance(verdict, dict):
        claimed.append(
            (verdict.get("seq"), "case_screened", {k: verdict.get(k) for k in ("verdict", "notes")})
        )
    for seq, action, values in claimed:
        event = by_seq.get(seq)
        if (
            event is None
            or event.action != action
            or any(event.payload.get(k) != v for k, v in values.items())
        ):
            problems.append(
                _t("the review entry at event {seq} is not what the custody log records").format(
                    seq=seq
                )
            )
    return problems
