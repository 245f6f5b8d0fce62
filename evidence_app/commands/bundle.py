"""Commands for the signed bundle: ``export`` a case as one signed PDF, ``verify`` a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from evidence_app.cli import EXIT_OK, EXIT_PROBLEMS, Context, SubCommands
from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr

CONTEXT = "CLI"


def cmd_export(ctx: Context) -> int:
    from evidence_app.bundle.export import export_case
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
        result = export_case(store, case.id, out, signer, tsa_urls=tsa_urls, lang=lang)
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
    return EXIT_OK


def cmd_verify(ctx: Context) -> int:
    from evidence_app.bundle.verify import verify_bundle

    report = verify_bundle(Path(ctx.args.file), [Path(p) for p in ctx.args.trust or ()])
    if ctx.args.json:
        ctx.out_json(report.as_dict())
        return EXIT_OK if report.valid else EXIT_PROBLEMS
    for check in report.checks:
        mark = tr(CONTEXT, "OK") if check.ok else tr(CONTEXT, "FAILED")
        ctx.out(f"[{mark}] {check.name}: {check.detail}")
    if report.signer:
        ctx.out(
            tr(CONTEXT, "Signer: {subject}, SHA-256 {fingerprint}").format(
                subject=report.signer["subject"], fingerprint=report.signer["sha256_fingerprint"]
            )
        )
    if report.timestamp:
        ctx.out(
            tr(CONTEXT, "Time-stamp: {time} by {tsa}").format(
                time=report.timestamp["gen_time"], tsa=report.timestamp["tsa"]
            )
        )
    if report.valid:
        ctx.out(tr(CONTEXT, "VALID: {items} items; every check passed.").format(items=report.items))
        return EXIT_OK
    ctx.out(
        tr(CONTEXT, "INVALID: failed checks: {names}").format(
            names=", ".join(c.name for c in report.failed())
        )
    )
    return EXIT_PROBLEMS


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
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser("verify", help=tr(CONTEXT, "verify a signed evidence bundle"))
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--trust", action="append", metavar="CERT.pem",
        help=tr(CONTEXT, "certificate to trust (the signer's or a TSA root); repeatable"),
    )  # fmt: skip
    p.set_defaults(handler=cmd_verify)
