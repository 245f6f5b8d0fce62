"""Commands for the signed bundle: ``export`` a case as one signed PDF, ``verify`` a bundle."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidence_app.commands.context import EXIT_OK, EXIT_PROBLEMS, Context, SubCommands
from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr

if TYPE_CHECKING:
    from evidence_app.bundle.batch import BatchRow
    from evidence_app.bundle.verify import BundleReport

CONTEXT = "CLI"


def cmd_export(ctx: Context) -> int:
    from evidence_app.bundle.export import export_case
    from evidence_app.bundle.note import gap_groups, write_gap_note
    from evidence_app.core.guide import evaluate
    from evidence_app.core.i18n import current_language, normalise_language
    from evidence_app.core.identity import load_signer, passphrase_from_environment
    from evidence_app.core.settings import Settings

    try:
        lang = normalise_language(ctx.args.bundle_lang or current_language())
    except ValueError:
        raise UserError(
            "Unknown language “{lang}”. Use zh_CN or en.", lang=ctx.args.bundle_lang
        ) from None
    tsa_urls = ctx.args.tsa or (
        Settings.load(ctx.data_dir).tsa_urls if ctx.data_dir.is_dir() else []
    )
    out = Path(ctx.args.out)
    if out.suffix.lower() != ".pdf":
        raise UserError("The bundle must be written to a .pdf file, not {path}.", path=str(out))
    with ctx.store() as store:
        case = store.get_case(ctx.args.case)
        passphrase = passphrase_from_environment()
        signer = load_signer(ctx.data_dir, passphrase, case.owner or store.operator.name)
        # What the guide still misses goes where the owner chose (by default an unsigned note).
        place = ctx.args.missing_list
        required, suggested = gap_groups(evaluate(store, case, tsa_urls=tsa_urls), lang)
        gaps = required if place == "bundle" else []
        result = export_case(store, case.id, out, signer, tsa_urls=tsa_urls, lang=lang, gaps=gaps)
        note = write_gap_note(out, case, required, suggested, lang) if place == "note" else None
    for url in result.tsa_unreachable:
        sys.stderr.write(
            tr(CONTEXT, "Note: the time-stamping authority {url} could not be reached.").format(
                url=url
            )
            + "\n"
        )
    if tsa_urls and result.signed_level != "B-T":
        sys.stderr.write(
            tr(
                CONTEXT,
                "Note: no time-stamping authority answered; the bundle is signed at B-B "
                "(its time is this computer's clock).",
            )
            + "\n"
        )
    ctx.out(str(result.path))
    ctx.out(
        tr(CONTEXT, "Signed bundle: {pages} pages, {items} items, PAdES {level}.").format(
            pages=result.pages, items=result.items, level=result.signed_level
        )
    )
    ctx.out(tr(CONTEXT, "SHA-256 of the bundle: {sha256}").format(sha256=result.sha256))
    ctx.out(tr(CONTEXT, "Custody log head: {head}").format(head=result.custody_head))
    if result.catalogue_docx is not None:
        ctx.out(
            tr(CONTEXT, "Editable evidence catalogue (Word): {path}").format(
                path=result.catalogue_docx
            )
        )
    if note is not None:
        ctx.out(
            tr(CONTEXT, "Unsigned note for the lawyer (missing evidence): {path}").format(path=note)
        )
    return EXIT_OK


def _trust_sources(ctx: Context) -> dict[str, Any]:
    """The settings' trusted TSA roots, and whether to add certifi's public roots."""
    from evidence_app.core.settings import Settings

    settings = Settings.load(ctx.data_dir) if ctx.data_dir.is_dir() else Settings()
    return {
        "trusted_roots": tuple(settings.trusted_tsa_roots),
        "public_roots": bool(ctx.args.public_roots or settings.trust_public_roots),
    }


def cmd_verify(ctx: Context) -> int:
    from evidence_app.bundle.verify import verify_bundle

    target = Path(ctx.args.file)
    trust = [Path(p) for p in ctx.args.trust or ()]
    sources = _trust_sources(ctx)
    if target.is_dir():
        if ctx.args.receipt:
            raise UserError("A receipt is written for one bundle, not for a folder.")
        return _verify_folder(ctx, target, trust, sources)
    report = verify_bundle(target, trust, **sources)
    if ctx.args.csv:
        from evidence_app.bundle.batch import _row_from_report, write_csv

        write_csv([_row_from_report(target.name, target, report)], Path(ctx.args.csv))
    if ctx.args.receipt:
        _write_bundle_receipt(ctx, target, report)
    if ctx.args.json:
        ctx.out_json(report.as_dict())
        return EXIT_OK if report.valid else EXIT_PROBLEMS
    _print_report(ctx, report)
    return EXIT_OK if report.valid else EXIT_PROBLEMS


def _print_report(ctx: Context, report: BundleReport) -> None:
    from evidence_app.bundle.verify import UNTRUSTED, VALID, untrusted_sentence
    from evidence_app.core.timefmt import instant_text

    marks = {
        "failed": tr(CONTEXT, "FAILED"),
        UNTRUSTED: tr(CONTEXT, "UNTRUSTED"),
    }
    for check in report.checks:
        mark = marks.get(check.status, tr(CONTEXT, "OK"))
        ctx.out(f"[{mark}] {check.name}: {check.detail}")
    if report.signer:
        ctx.out(
            tr(CONTEXT, "Signer: {subject}, SHA-256 {fingerprint}").format(
                subject=report.signer["subject"], fingerprint=report.signer["sha256_fingerprint"]
            )
        )
    if report.signed_at:
        ctx.out(
            tr(CONTEXT, "Signed at (the signer's clock): {time}").format(
                time=instant_text(report.signed_at)
            )
        )
    if report.timestamp:
        line = (
            tr(CONTEXT, "Time-stamp: {time} by {tsa} (its authority is trusted)")
            if report.timestamp.get("trusted")
            else tr(CONTEXT, "Time-stamp: {time} by {tsa} (its authority is NOT trusted here)")
        )
        ctx.out(
            line.format(
                time=instant_text(report.timestamp["gen_time"]), tsa=report.timestamp["tsa"]
            )
        )
    verdict = report.verdict
    if verdict == VALID:
        ctx.out(tr(CONTEXT, "VALID: {items} items; every check passed.").format(items=report.items))
    elif verdict == UNTRUSTED:
        for authority in report.untrusted:
            ctx.out(
                untrusted_sentence(authority.subject, authority.root_subject, authority.root_sha256)
            )
        ctx.out(
            tr(
                CONTEXT,
                "UNTRUSTED: the bundle is intact, but its time-stamps prove no time until you "
                "trust their authority (see above).",
            )
        )
    else:
        ctx.out(
            tr(CONTEXT, "INVALID: failed checks: {names}").format(
                names=", ".join(c.name for c in report.checks if c.status == "failed")
            )
        )


def _write_bundle_receipt(ctx: Context, pdf: Path, report: BundleReport) -> None:
    """A signed receipt for the sender: this file, its SHA-256, and what verification found."""
    from evidence_app.core.blobs import hash_file
    from evidence_app.core.identity import load_signer, passphrase_from_environment
    from evidence_app.core.receipts import write_receipt

    case = report.case or {}
    verification = {
        "ok": report.valid,
        "failed_checks": [c.name for c in report.failed()],
        "checks": [c.as_dict() for c in report.checks],
        "signer": report.signer,
        "signed_at": report.signed_at,
        "timestamp": report.timestamp,
        "items": report.items,
        "custody_head": report.custody_head,
    }
    with ctx.store() as store:
        signer = load_signer(ctx.data_dir, passphrase_from_environment(), store.operator.name)
        receipt = write_receipt(
            Path(ctx.args.receipt),
            kind="bundle",
            file_name=pdf.name,
            sha256=hash_file(pdf)[0],
            # the id the case's custody events carry, which the sender's import checks
            case_id=str(case.get("log_id") or case.get("id") or ""),
            case_title=str(case.get("title") or ""),
            verification=verification,
            receiver=store.operator,
            signer=signer,
        )
    sys.stderr.write(
        tr(
            CONTEXT, "Signed receipt written to {path} (receiver {name}, SHA-256 {fingerprint})."
        ).format(
            path=ctx.args.receipt,
            name=store.operator.name,
            fingerprint=receipt.signer_fingerprint[:16],
        )
        + "\n"
    )


def _verify_folder(ctx: Context, folder: Path, trust: list[Path], sources: dict[str, Any]) -> int:
    from evidence_app.bundle.batch import verify_folder, write_csv

    def progress(done: int, total: int, name: str) -> None:
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{done}/{total} {name[:60]:<60}")
            if done == total:
                sys.stderr.write("\n")

    rows = verify_folder(folder, trust, progress=progress, **sources)
    invalid = sum(1 for r in rows if not r.valid)
    if ctx.args.csv:
        write_csv(rows, Path(ctx.args.csv))
        ctx.out(
            tr(CONTEXT, "{valid} of {total} bundles valid; the table is in {path}").format(
                valid=len(rows) - invalid, total=len(rows), path=ctx.args.csv
            )
        )
    elif ctx.args.json:
        ctx.out_json([r.as_dict() for r in rows])
    else:
        _print_table(ctx, rows)
        ctx.out(
            tr(CONTEXT, "{valid} of {total} bundles valid.").format(
                valid=len(rows) - invalid, total=len(rows)
            )
        )
    return EXIT_PROBLEMS if invalid else EXIT_OK


def _width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, width: int) -> str:
    """*text* cut to *width* terminal columns (Chinese characters take two) and padded."""
    if _width(text) > width:
        while text and _width(text) > width - 1:
            text = text[:-1]
        text += "…"
    return text + " " * (width - _width(text))


def _local(iso: str | None) -> str:
    """An ISO time in the user's zone with its offset (``2026-12-06 10:22:45 +08:00``)."""
    from evidence_app.core.timefmt import local_time

    return local_time(iso) if iso else "—"


def _verdict_word(verdict: str) -> str:
    return {
        "valid": tr(CONTEXT, "VALID"),
        "untrusted": tr(CONTEXT, "UNTRUSTED"),
    }.get(verdict, tr(CONTEXT, "INVALID"))


def _print_table(ctx: Context, rows: list[BatchRow]) -> None:
    header = [
        tr(CONTEXT, "File"),
        tr(CONTEXT, "Verdict"),
        tr(CONTEXT, "Signer SHA-256"),
        tr(CONTEXT, "Case"),
        tr(CONTEXT, "Items"),
        tr(CONTEXT, "Signed at"),
        tr(CONTEXT, "Time-stamp"),
        tr(CONTEXT, "First failed check"),
    ]
    table = [
        [
            row.file,
            _verdict_word(row.verdict),
            (row.signer_fingerprint or "—")[:16],
            row.case_title or "—",
            "—" if row.items is None else str(row.items),
            _local(row.signed_at),
            _local(row.timestamp_time),
            row.first_failed_check or "",
        ]
        for row in rows
    ]
    limits = [40, 10, 16, 24, 5, 26, 26, 28]
    widths = [
        min(limit, max(_width(line[i]) for line in [header, *table]))
        for i, limit in enumerate(limits)
    ]
    for line in [header, *table]:
        ctx.out("  ".join(_fit(cell, widths[i]) for i, cell in enumerate(line)).rstrip())
    for row in rows:
        if not row.valid:
            ctx.out(f"{row.file}: {row.first_failed_check}: {row.detail}")


def register(commands: SubCommands) -> None:
    p = commands.add_parser("export", help=tr(CONTEXT, "export a case as one signed PDF bundle"))
    p.add_argument("case", metavar="CASE")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--tsa",
        action="append",
        metavar="URL",
        help=tr(CONTEXT, "time-stamping authority (repeatable)"),
    )
    p.add_argument(
        "--lang", dest="bundle_lang", metavar="zh_CN|en",
        help=tr(CONTEXT, "language of the bundle (labels in both, this one first)"),
    )  # fmt: skip
    p.add_argument(
        "--missing-list",
        choices=("none", "note", "bundle"),
        default="note",
        help=tr(
            CONTEXT,
            "where the guide's list of missing evidence goes: nowhere, an unsigned note beside "
            "the bundle (default), or into the signed bundle",
        ),
    )
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser(
        "verify", help=tr(CONTEXT, "verify a signed evidence bundle, or every bundle in a folder")
    )
    p.add_argument("file", metavar="FILE.pdf|DIR")
    output = p.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true")
    output.add_argument(
        "--csv", metavar="FILE.csv",
        help=tr(CONTEXT, "write one row per bundle to this CSV file (UTF-8, opens in Excel/WPS)"),
    )  # fmt: skip
    p.add_argument(
        "--receipt", metavar="OUT.json",
        help=tr(CONTEXT, "write a signed receipt for the sender (one bundle)"),
    )  # fmt: skip
    p.add_argument(
        "--trust", action="append", metavar="CERT.pem",
        help=tr(CONTEXT, "root of a time-stamping authority to trust (or the signer's certificate you expect); repeatable"),
    )  # fmt: skip
    p.add_argument(
        "--public-roots", action="store_true",
        help=tr(CONTEXT, "also trust time-stamping authorities that chain to a public root of the certifi CA bundle"),
    )  # fmt: skip
    p.set_defaults(handler=cmd_verify)
