"""Verify every bundle in a folder, in parallel across cores: one row per PDF, for a legal team's intake.

Each bundle is checked by ``verify_bundle`` in a worker process (the checks are CPU-bound Python,
so threads would share one core). Workers are started with ``spawn``: safe from a process that
already runs threads (the desktop app), and the same on Linux, macOS and Windows. A file that is
not a bundle, or that breaks the verifier, becomes a row that says so; it never stops the batch.
"""

from __future__ import annotations

import csv
import io
import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evidence_app.core.atomic import write_atomic
from evidence_app.core.errors import UserError
from evidence_app.core.i18n import current_language, set_language, tr

CONTEXT = "Verify"
NOT_A_BUNDLE = "not_a_bundle"
VERIFIER_ERROR = "verifier_error"
CSV_COLUMNS = (
    "file",
    "verdict",
    "valid",
    "signer_fingerprint",
    "case_title",
    "items",
    "signed_at",
    "timestamp_time",
    "first_failed_check",
    "detail",
)

Progress = Callable[[int, int, str], None]


class BatchCancelled(UserError):
    """The user stopped a batch verification."""


@dataclass(frozen=True)
class BatchRow:
    """One bundle's outcome; ``report`` is the full ``verify --json`` report (None if not a bundle)."""

    file: str  # as given, relative to the folder verified
    path: Path
    valid: bool
    signer_fingerprint: str | None
    case_title: str | None
    items: int | None
    signed_at: str | None
    timestamp_time: str | None
    first_failed_check: (
        str | None
    )  # a check name, "not_a_bundle", "damaged_bundle" or "verifier_error"
    detail: str  # that check's detail, or why the file is not a bundle
    report: dict[str, Any] | None = None
    verdict: str = "invalid"  # valid | untrusted | invalid, as `verify --json` says

    @property
    def untrusted_authorities(self) -> list[dict[str, str]]:
        """Who the untrusted time-stamp authorities are (subject, root fingerprint), if any."""
        found = (self.report or {}).get("untrusted_authorities") or []
        return [a for a in found if isinstance(a, dict)]

    def summary(self) -> dict[str, Any]:
        """The row's columns (CSV_COLUMNS), without the full report."""
        return {
            "file": self.file,
            "verdict": self.verdict,
            "valid": self.valid,
            "signer_fingerprint": self.signer_fingerprint,
            "case_title": self.case_title,
            "items": self.items,
            "signed_at": self.signed_at,
            "timestamp_time": self.timestamp_time,
            "first_failed_check": self.first_failed_check,
            "detail": self.detail,
        }

    def as_dict(self) -> dict[str, Any]:
        return {**self.summary(), "report": self.report}


def find_bundles(folder: Path) -> list[Path]:
    """Every ``*.pdf`` under *folder* (any case of the suffix), in a stable order."""
    found = [p for p in folder.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file()]
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _row_from_report(file: str, path: Path, report: Any) -> BatchRow:
    failed = report.failed()
    first = failed[0] if failed else None
    case = report.case or {}
    return BatchRow(
        file=file,
        path=path,
        valid=report.valid,
        signer_fingerprint=(report.signer or {}).get("sha256_fingerprint"),
        case_title=case.get("title") if isinstance(case, dict) else None,
        items=report.items,
        signed_at=report.signed_at,
        timestamp_time=(report.timestamp or {}).get("gen_time"),
        first_failed_check=first.name if first else None,
        detail=first.detail if first else "",
        report=report.as_dict(),
        verdict=report.verdict,
    )


def _failed_row(file: str, path: Path, check: str, detail: str) -> BatchRow:
    return BatchRow(file, path, False, None, None, None, None, None, check, detail)


def verify_one(
    file: str,
    path: Path,
    trust: Sequence[Path] = (),
    trusted_roots: Sequence[str] = (),
    public_roots: bool = False,
) -> BatchRow:
    """Verify one file into a row; never raises for a bad file (runs in a worker process)."""
    from evidence_app.bundle.verify import NotABundle, verify_bundle

    try:
        report = verify_bundle(path, trust, trusted_roots=trusted_roots, public_roots=public_roots)
        return _row_from_report(file, path, report)
    except NotABundle as error:
        return _failed_row(file, path, error.check, error.message())
    except Exception as error:  # a bug or a PDF that breaks the parser: a row, not a crash
        return _failed_row(
            file,
            path,
            VERIFIER_ERROR,
            tr(CONTEXT, "The verifier failed on this file ({reason}).").format(
                reason=f"{type(error).__name__}: {error}"
            ),
        )


def _start_worker(lang: str) -> None:
    from evidence_app.core.applog import route_warnings

    route_warnings()  # pyHanko's import warnings stay off the terminal here too
    set_language(lang)


def verify_paths(
    paths: Sequence[Path],
    *,
    root: Path | None = None,
    trust: Sequence[Path] = (),
    trusted_roots: Sequence[str] = (),
    public_roots: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[BatchRow]:
    """Verify *paths* across *workers* processes (default: one per core); rows in *paths* order."""
    from evidence_app.bundle.verify import _load_certs

    _load_certs(trust)  # a bad --trust file is the user's error, said once, before any work
    trust = tuple(Path(p) for p in trust)
    roots = tuple(trusted_roots)
    names = [p.relative_to(root).as_posix() if root else str(p) for p in paths]
    total = len(paths)
    workers = max(1, min(workers or os.cpu_count() or 1, total or 1))
    rows: dict[int, BatchRow] = {}

    def finished(index: int, row: BatchRow) -> None:
        rows[index] = row
        if progress is not None:
            progress(len(rows), total, row.file)

    def check_cancel() -> None:
        if cancel is not None and cancel():
            raise BatchCancelled("The verification was stopped before every bundle was checked.")

    if workers == 1:
        for index, path in enumerate(paths):
            check_cancel()
            finished(index, verify_one(names[index], path, trust, roots, public_roots))
        return [rows[i] for i in range(total)]

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(current_language(),),
    ) as pool:
        futures: dict[Future[BatchRow], int] = {
            pool.submit(verify_one, names[i], path, trust, roots, public_roots): i
            for i, path in enumerate(paths)
        }
        try:
            for future in as_completed(futures):
                check_cancel()
                index = futures[future]
                try:
                    row = future.result()
                except Exception as error:  # the worker process died (killed, out of memory)
                    row = _failed_row(
                        names[index],
                        paths[index],
                        VERIFIER_ERROR,
                        tr(CONTEXT, "The verifier process stopped on this file ({reason}).").format(
                            reason=f"{type(error).__name__}: {error}"
                        ),
                    )
                finished(index, row)
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return [rows[i] for i in range(total)]


def verify_folder(
    path: Path,
    trust: Sequence[Path] = (),
    workers: int | None = None,
    *,
    trusted_roots: Sequence[str] = (),
    public_roots: bool = False,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[BatchRow]:
    """Verify every ``*.pdf`` under *path*, recursively; one row per file, sorted by file name."""
    path = Path(path)
    if not path.is_dir():
        raise UserError("The folder {path} does not exist.", path=str(path))
    bundles = find_bundles(path)
    if not bundles:
        raise UserError("There is no PDF file in the folder {path}.", path=str(path))
    return verify_paths(
        bundles,
        root=path,
        trust=trust,
        trusted_roots=trusted_roots,
        public_roots=public_roots,
        workers=workers,
        progress=progress,
        cancel=cancel,
    )


def csv_bytes(rows: Sequence[BatchRow]) -> bytes:
    """The rows as CSV in UTF-8 with a byte-order mark, so that Excel and WPS read Chinese right."""
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        values = row.summary()
        values["valid"] = "true" if row.valid else "false"
        writer.writerow({k: "" if v is None else v for k, v in values.items()})
    return text.getvalue().encode("utf-8-sig")


def write_csv(rows: Sequence[BatchRow], out: Path) -> None:
    try:
        write_atomic(Path(out), csv_bytes(rows))
    except OSError as error:
        raise UserError(
            "The file {path} cannot be written ({reason}).",
            path=str(out),
            reason=error.strerror or str(error),
        ) from error
