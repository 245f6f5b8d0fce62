"""Case packages (``.evcase``): a signed ZIP that carries a case between owner and support staff.

A package holds the custody log (``custody-log.json``), every blob (``blobs/<sha256>``), a readable
snapshot of the case (``case.json``), the sender's certificate and a signature over
``manifest.json``, which lists the SHA-256 of everything else. The state is never copied as such:
the receiver replays the log (``CaseStore.import_events``), so state and log cannot disagree.

Receiving checks everything before anything is written: the signature, that the signer is the one
the log's last ``packed`` event names, every hash, the chain from zero, and, for a case the
receiver already has, that the incoming chain extends the local one. Diverged copies are refused
with the exact place they split; they can be imported as a separate copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from evidence_app import __version__
from evidence_app.core import clock
from evidence_app.core.blobs import CHUNK_SIZE, is_sha256
from evidence_app.core.custody import canonical_json, check_chain, event_from_dict
from evidence_app.core.errors import UserError
from evidence_app.core.identity import Signer, fingerprint, subject_text
from evidence_app.core.model import Case, Event
from evidence_app.core.partfile import part_path, sweep_abandoned
from evidence_app.core.store import CaseStore, new_id
from evidence_app.core.timefmt import local_time

FORMAT = "evidence-case/1"
SUFFIX = ".evcase"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
CERTIFICATE = "sender-cert.pem"
LOG = "custody-log.json"
SNAPSHOT = "case.json"
BLOB_DIR = "blobs/"

Progress = Callable[[int, int], None]
log = logging.getLogger("evidence_app.core.package")


class PackageError(UserError):
    """A package that cannot be accepted; the message says why. Nothing was written."""


class DivergedError(PackageError):
    """Both sides changed the case after they split: refused unless imported as a copy."""

    exit_code = 1


@dataclass(frozen=True)
class PackResult:
    path: Path
    sha256: str
    events: int
    blobs: int
    head: str


@dataclass(frozen=True)
class Package:
    """A package whose signature, hashes and chain have all been checked."""

    path: Path
    sha256: str
    manifest: dict[str, Any]
    events: tuple[Event, ...]
    sender_subject: str
    sender_fingerprint: str

    @property
    def case_id(self) -> str:
        return str(self.manifest["case"]["id"])

    @property
    def title(self) -> str:
        return str(self.manifest["case"].get("title", ""))


@dataclass(frozen=True)
class UnpackResult:
    case_id: str
    mode: str  # "new" | "extended" | "unchanged" | "copy" | "already" (nothing new, not logged)
    imported_events: int
    package: Package
    earlier_receipt: str = ""  # "already": when this same file was opened here before (UTC)
    local_events: int = 0  # "already": how many events the local copy has
    unknown_actions: tuple[str, ...] = ()  # imported actions this version does not know


def _sign(signer: Signer, data: bytes) -> bytes:
    key = signer.key
    if not isinstance(key, rsa.RSAPrivateKey):
        raise UserError(
            "The signing key is not an RSA key; make a new one with: evidence-app key new"
        )
    return key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(CHUNK_SIZE):
            digest.update(chunk)
    return digest.hexdigest()


def pack_case(
    store: CaseStore, case_ref: str, out: Path, signer: Signer, progress: Progress | None = None
) -> PackResult:
    """Write the case as a signed package to *out* (atomically); the hand-off is logged first."""
    case = store.get_case(case_ref)
    from evidence_app.core.integrity import verify_case

    report = verify_case(store, case.id)
    if not report.ok:
        raise UserError(
            "The case fails its integrity check ({count} problems; see verify-case); "
            "it cannot be packed.",
            count=len(report.problems),
        )
    store.record_event(
        case.id,
        "packed",
        {
            "file": out.name,
            "signer_subject": signer.identity.subject,
            "signer_fingerprint": signer.identity.sha256_fingerprint,
        },
    )
    events = store.events(case.id)
    items = store.list_items(case.id)
    blobs = sorted({f.sha256: f.size for item in items for f in item.files}.items())
    log_bytes = canonical_json([e.as_dict() for e in events])
    snapshot = canonical_json({**_case_header(case), "items": [item.as_dict() for item in items]})
    manifest = {
        "format": FORMAT,
        "app_version": __version__,
        "created_at_utc": clock.now().utc,
        "case": _case_header(case),
        "sender": {
            **store.operator.as_dict(),
            "subject": signer.identity.subject,
            "sha256_fingerprint": signer.identity.sha256_fingerprint,
        },
        "head": {"seq": events[-1].seq, "hash": events[-1].hash},
        "files": {
            LOG: hashlib.sha256(log_bytes).hexdigest(),
            SNAPSHOT: hashlib.sha256(snapshot).hexdigest(),
        },
        "blobs": [{"sha256": sha, "size": size} for sha, size in blobs],
    }
    manifest_bytes = canonical_json(manifest)
    out.parent.mkdir(parents=True, exist_ok=True)
    sweep_abandoned(out.parent)  # what a killed export or pack left in this folder
    temp = part_path(out)
    total = sum(size for _, size in blobs)
    done = 0
    try:
        with zipfile.ZipFile(temp, "x", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.writestr(MANIFEST, manifest_bytes)
            archive.writestr(SIGNATURE, _sign(signer, manifest_bytes))
            archive.writestr(CERTIFICATE, signer.identity.cert_pem())
            archive.writestr(LOG, log_bytes)
            archive.writestr(SNAPSHOT, snapshot)
            for sha, size in blobs:
                info = zipfile.ZipInfo(BLOB_DIR + sha)
                info.compress_type = zipfile.ZIP_STORED  # evidence is mostly compressed already
                with (
                    store.blobs.open(sha) as source,
                    archive.open(info, "w", force_zip64=size > 2**31) as target,
                ):
                    while chunk := source.read(CHUNK_SIZE):
                        target.write(chunk)
                done += size
                if progress is not None:
                    progress(done, total)
        with open(temp, "rb") as stream:
            os.fsync(stream.fileno())
        os.replace(temp, out)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return PackResult(out, _file_sha256(out), len(events), len(blobs), events[-1].hash)


def _case_header(case: Case) -> dict[str, Any]:
    return {
        "id": case.log_id,
        "title": case.title,
        "owner": case.owner,
        "description": case.description,
        "created_utc": case.created_utc,
    }


def open_package(path: Path, progress: Progress | None = None) -> Package:
    """Read and check a package completely; raise PackageError naming the first problem found."""
    if not path.is_file():
        raise PackageError("The file {path} does not exist.", path=str(path))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise PackageError(
            "{path} is not a case package (not a readable ZIP file: {reason}). It may not have "
            "arrived whole: ask the sender for it again.",
            path=str(path),
            reason=str(error),
        ) from error
    with archive:
        names = set(archive.namelist())
        for required in (MANIFEST, SIGNATURE, CERTIFICATE, LOG):
            if required not in names:
                raise PackageError(
                    "{path} is not a case package ({part} is missing).",
                    path=str(path),
                    part=required,
                )
        try:
            manifest_bytes = _read_part(archive, MANIFEST)
            manifest = json.loads(manifest_bytes)
            cert = x509.load_pem_x509_certificate(_read_part(archive, CERTIFICATE))
        except (ValueError, KeyError, zipfile.BadZipFile) as error:
            raise PackageError(
                "The package's manifest or certificate is unreadable ({reason}).", reason=str(error)
            ) from error
        _check_format(path, manifest)
        public_key = cert.public_key()
        try:
            if not isinstance(public_key, rsa.RSAPublicKey):
                raise InvalidSignature
            public_key.verify(
                _read_part(archive, SIGNATURE), manifest_bytes, padding.PKCS1v15(), hashes.SHA256()
            )
        except InvalidSignature as error:
            raise PackageError(
                "The package's signature does not match its manifest: it was altered after it "
                "was signed, or signed with another key."
            ) from error
        sender_fingerprint = fingerprint(cert)
        log_bytes = _read_checked(archive, LOG, manifest["files"].get(LOG))
        if SNAPSHOT in names:
            _read_checked(archive, SNAPSHOT, manifest["files"].get(SNAPSHOT))
        try:
            events = tuple(event_from_dict(e) for e in json.loads(log_bytes))
        except (ValueError, KeyError, TypeError) as error:
            raise PackageError(
                "The custody log in the package is unreadable ({reason}).", reason=str(error)
            ) from error
        case_id = str(manifest["case"]["id"])
        problems = check_chain(events, case_id)
        if problems:
            first = problems[0]
            raise PackageError(
                "The custody log in the package is broken at event {seq} ({what}).",
                seq=first.seq,
                what=first.what,
            )
        if not events or events[0].action != "case_created":
            raise PackageError(
                "The custody log in the package does not begin with the case's creation."
            )
        head = manifest.get("head") or {}
        if (events[-1].seq, events[-1].hash) != (head.get("seq"), head.get("hash")):
            raise PackageError(
                "The custody log in the package ends at event {seq}, but its manifest says {expected}: "
                "events were removed or added.",
                seq=events[-1].seq,
                expected=head.get("seq"),
            )
        packed = [e for e in events if e.action == "packed"]
        if not packed or packed[-1].payload.get("signer_fingerprint") != sender_fingerprint:
            raise PackageError(
                "The package is signed by a key ({fingerprint}) other than the one its custody log "
                "records for this hand-off.",
                fingerprint=sender_fingerprint[:16],
            )
        _check_blobs(archive, manifest, events, progress)
    return Package(
        path=path,
        sha256=_file_sha256(path),
        manifest=manifest,
        events=events,
        sender_subject=subject_text(cert),
        sender_fingerprint=sender_fingerprint,
    )


def _check_format(path: Path, manifest: Any) -> None:
    """A package of another format is refused with what to do: a newer version's needs an update."""
    found = str(manifest.get("format", "")) if isinstance(manifest, dict) else ""
    if found == FORMAT:
        return
    prefix, _, version = found.partition("/")
    if prefix == FORMAT.partition("/")[0] and version.isdigit() and int(version) > 1:
        raise PackageError(
            "{path} was made by a newer version of Evidence App ({version}) than this one "
            "({ours}). Install the newer version to open it; nothing was imported.",
            path=path.name,
            version=str(manifest.get("app_version", "?")),
            ours=__version__,
        )
    raise PackageError(
        "{path} is not a case package of a format this version reads.", path=str(path)
    )


def _read_part(archive: zipfile.ZipFile, name: str) -> bytes:
    """One part of the package; a part the ZIP cannot give back whole is a sentence, not a crash."""
    try:
        return archive.read(name)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        log.warning("package part %s unreadable: %.300s", name, error)  # the ZIP's words
        raise PackageError(
            "{part} in the package is damaged. Ask the sender for the package again; nothing "
            "was imported.",
            part=name,
        ) from error


def _read_checked(archive: zipfile.ZipFile, name: str, expected: Any) -> bytes:
    data = _read_part(archive, name)
    if hashlib.sha256(data).hexdigest() != expected:
        raise PackageError("{part} in the package was changed after it was signed.", part=name)
    return data


def _check_blobs(
    archive: zipfile.ZipFile,
    manifest: dict[str, Any],
    events: tuple[Event, ...],
    progress: Progress | None,
) -> None:
    listed = {b["sha256"]: b["size"] for b in manifest.get("blobs", [])}
    logged = {
        str(e.payload.get("sha256")): e.payload.get("size")
        for e in events
        if e.action == "file_stored"
    }
    if set(logged) != set(listed):
        raise PackageError(
            "The package's file list does not match the files its custody log records."
        )
    total = sum(listed.values())
    done = 0
    for sha, size in sorted(listed.items()):
        if not is_sha256(sha) or logged[sha] != size:
            raise PackageError(
                "The package lists file {sha} with a size its log does not record.", sha=sha[:16]
            )
        digest = hashlib.sha256()
        length = 0
        try:
            with archive.open(BLOB_DIR + sha) as stream:
                while chunk := stream.read(CHUNK_SIZE):
                    digest.update(chunk)
                    length += len(chunk)
        except KeyError as error:
            raise PackageError(
                "File {sha} is missing from the package. Ask the sender for the package again; "
                "nothing was imported.",
                sha=sha[:16],
            ) from error
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:  # CRC errors land here
            log.warning("package file %s unreadable: %.300s", sha, error)
            raise PackageError(
                "File {sha} in the package is damaged: its content no longer matches its hash. "
                "Ask the sender for the package again; nothing was imported.",
                sha=sha[:16],
            ) from error
        if digest.hexdigest() != sha or length != size:
            raise PackageError(
                "File {sha} in the package is damaged: its content no longer matches its hash. Ask "
                "the sender for the package again; nothing was imported.",
                sha=sha[:16],
            )
        done += size
        if progress is not None:
            progress(done, total)


def _divergence(local: list[Event], incoming: tuple[Event, ...]) -> int:
    """How many leading events the two logs share (same hash at the same place)."""
    shared = 0
    for mine, theirs in zip(local, incoming, strict=False):
        if mine.hash != theirs.hash:
            break
        shared += 1
    return shared


def _described(event: Event, zone_key: str) -> Callable[[str | None], str]:
    """One event in the reader's words (what, by whom with the role, when in the case's zone), as
    a UserError parameter: worded in the language the refusal is shown in."""

    def words(lang: str | None) -> str:
        from evidence_app.core.fields import action_label, role_label
        from evidence_app.core.i18n import tr

        return tr("Errors", "“{action}” by {name} ({role}) on {when}", lang).format(
            action=action_label(event.action, lang),
            name=event.operator.name,
            role=role_label(event.operator.role, lang),
            when=local_time(event.at_utc, zone_key),
        )

    return words


def _earlier_receipt(local: list[Event], package: Package) -> Event | None:
    """The local ``received`` event of this very file, if it was opened here before."""
    for event in reversed(local):
        if event.action == "received" and event.payload.get("sha256") == package.sha256:
            return event
    return None


def unpack_package(
    store: CaseStore, path: Path, as_copy: bool = False, progress: Progress | None = None
) -> UnpackResult:
    """Check *path*, then bring its case into *store*: new, extended, unchanged, or a copy; a
    package whose events are all here already changes and records nothing ("already")."""
    package = open_package(path, progress)
    local_case: Case | None
    try:
        local_case = store.get_case(package.case_id)
    except UserError:
        local_case = None
    if local_case is not None and local_case.id != package.case_id:
        local_case = None  # a prefix match on another case is not this case
    events = list(package.events)
    if local_case is None:
        _put_blobs(store, package)
        store.import_events(events)
        mode, imported, case_id = "new", len(events), package.case_id
    else:
        local = store.events(local_case.id)
        shared = _divergence(local, package.events)
        if shared == len(local) and shared == len(events):
            mode, imported, case_id = "unchanged", 0, local_case.id
        elif shared == len(local):
            _put_blobs(store, package)
            store.import_events(events[shared:], local_case.id)
            mode, imported, case_id = "extended", len(events) - shared, local_case.id
        elif shared == len(events):
            # Everything in it is here already (opened before, or an older package): nothing to
            # import and nothing to record; not an error.
            earlier = _earlier_receipt(local, package)
            return UnpackResult(
                local_case.id,
                "already",
                0,
                package,
                earlier_receipt=earlier.at_utc if earlier is not None else "",
                local_events=len(local),
            )
        elif not as_copy and all(e.action == "received" for e in local[shared:]):
            # The usual way to get here: the sender went on after sending the package opened
            # here, and opening it is all this copy recorded since. Say so, in those words.
            raise DivergedError(
                "{name} changed the case after sending the package you opened on {when}; since "
                "then this copy has only recorded that opening, so nothing of yours is lost. "
                "Nothing was imported: import this package as a separate copy (--as-copy) and go "
                "on with that copy.",
                name=events[shared].operator.name,
                when=local_time(local[shared].at_utc, local_case.zone_key),
            )
        elif not as_copy:
            raise DivergedError(
                "Both copies of the case changed after event {seq}: here event {next} is {mine}; in "
                "the package it is {theirs}. Nothing was imported; import it as a separate copy "
                "(--as-copy) to keep both.",
                seq=shared,
                next=shared + 1,
                mine=_described(local[shared], local_case.zone_key),
                theirs=_described(events[shared], local_case.zone_key),
            )
        else:
            case_id = new_id()
            _put_blobs(store, package)
            store.import_events(events, case_id)
            mode, imported = "copy", len(events)
    store.record_event(
        case_id,
        "received",
        {
            "kind": "package",
            "file": path.name,
            "sha256": package.sha256,
            "sender_subject": package.sender_subject,
            "sender_fingerprint": package.sender_fingerprint,
            "mode": mode,
            "events_imported": imported,
            "verified": True,
        },
    )
    if mode in ("extended", "unchanged"):
        release_held_receipts(store, case_id)
    from evidence_app.core.events import CATALOGUE

    # Events of a newer version are kept verbatim, but change nothing here: the result says so.
    unknown = {e.action for e in events[len(events) - imported :] if e.action not in CATALOGUE}
    return UnpackResult(case_id, mode, imported, package, unknown_actions=tuple(sorted(unknown)))


def _put_blobs(store: CaseStore, package: Package) -> None:
    with zipfile.ZipFile(package.path) as archive:
        for entry in package.manifest.get("blobs", []):
            sha = entry["sha256"]
            if store.blobs.exists(sha):
                continue
            with archive.open(BLOB_DIR + sha) as stream:
                info = store.blobs.put_stream(
                    stream, Path(f"{package.path.name}:{sha}"), entry["size"]
                )
            if info.sha256 != sha:
                raise PackageError("File {sha} changed while it was being imported.", sha=sha[:16])


def release_held_receipts(store: CaseStore, case_id: str) -> list[Event]:
    """Log the receipts held for *case_id* (after the case came back), oldest first."""
    return [
        store.record_event(case_id, "receipt_imported", {"receipt": json.loads(document)})
        for document in store.take_held_receipts(case_id)
    ]
