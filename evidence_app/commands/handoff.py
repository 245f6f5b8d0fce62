"""Hand-off commands: case pack/unpack, review marks and verdicts, receipts."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from evidence_app.commands.context import EXIT_OK, Context, Parser, SubCommands, command_group
from evidence_app.core.i18n import tr

if TYPE_CHECKING:
    from evidence_app.core.identity import Signer
    from evidence_app.core.store import CaseStore

CONTEXT = "CLI"


def sys_err(text: str) -> None:
    """Progress sentences go to stderr; stdout carries only what scripts read (ids, paths)."""
    sys.stderr.write(text + "\n")


def _signer(ctx: Context, store: CaseStore) -> Signer:
    from evidence_app.core.identity import load_signer, passphrase_from_environment

    return load_signer(ctx.data_dir, passphrase_from_environment(), store.operator.name)


def cmd_pack(ctx: Context) -> int:
    from evidence_app.core.package import pack_case

    out = Path(ctx.args.out)
    with ctx.store() as store:
        result = pack_case(store, ctx.args.case, out, _signer(ctx, store))
    ctx.out(str(result.path))
    sys_err(
        tr(CONTEXT, "Packed {events} custody events and {blobs} files; SHA-256 {sha}").format(
            events=result.events, blobs=result.blobs, sha=result.sha256
        )
    )
    return EXIT_OK


def cmd_unpack(ctx: Context) -> int:
    from evidence_app.core.package import unpack_package

    path = Path(ctx.args.file)
    with ctx.store() as store:
        result = unpack_package(store, path, as_copy=ctx.args.as_copy)
        case = store.get_case(result.case_id)
        head = store.head(case.id)
        if ctx.args.receipt:
            from evidence_app.core.receipts import write_package_receipt

            write_package_receipt(
                Path(ctx.args.receipt),
                result,
                case,
                head[1],
                store.operator,
                _signer(ctx, store),
            )
    ctx.out(result.case_id)
    if result.mode == "already":
        from evidence_app.core.package_words import already_text

        sys_err(already_text(result, case))
        return EXIT_OK
    messages = {
        "new": tr(CONTEXT, "Imported a new case “{title}” ({events} custody events, all checked)."),
        "extended": tr(
            CONTEXT, "Brought “{title}” up to date: {events} new custody events, all checked."
        ),
        "unchanged": tr(CONTEXT, "“{title}” is already up to date; nothing was imported."),
        "copy": tr(CONTEXT, "Imported “{title}” as a separate copy ({events} custody events)."),
    }
    sys_err(messages[result.mode].format(title=case.title, events=result.imported_events))
    if result.unknown_actions:
        from evidence_app.core.package_words import unknown_text

        sys_err(unknown_text(result))
    return EXIT_OK


def cmd_review_mark(ctx: Context) -> int:
    from evidence_app.core.review import mark_item

    with ctx.store() as store:
        event = mark_item(
            store, ctx.args.case, ctx.args.item, ctx.args.status, ctx.args.comment or ""
        )
    ctx.out(str(event.seq))
    return EXIT_OK


def cmd_review_verdict(ctx: Context) -> int:
    from evidence_app.core.review import give_verdict

    with ctx.store() as store:
        event = give_verdict(store, ctx.args.case, ctx.args.verdict, ctx.args.notes or "")
    ctx.out(str(event.seq))
    return EXIT_OK


def cmd_review_list(ctx: Context) -> int:
    from evidence_app.core.review import review_state, status_label, verdict_label

    with ctx.store() as store:
        state = review_state(store, ctx.args.case)
    if ctx.args.json:
        ctx.out_json(
            {
                "verdict": None
                if state.verdict is None
                else {
                    "verdict": state.verdict.verdict,
                    "notes": state.verdict.notes,
                    "by": state.verdict.by.as_dict(),
                    "at_utc": state.verdict.at_utc,
                },
                "marks": [
                    {
                        "item": m.number,
                        "status": m.status,
                        "comment": m.comment,
                        "by": m.by.as_dict(),
                        "at_utc": m.at_utc,
                        "open": m.open,
                        "closed_by": m.closed_by,
                    }
                    for m in state.marks
                ],
            }
        )
        return EXIT_OK
    if state.verdict:
        ctx.out(
            tr(CONTEXT, "Screening verdict: {verdict} ({by}, {when}) {notes}").format(
                verdict=verdict_label(state.verdict.verdict),
                by=state.verdict.by.name,
                when=state.verdict.at_local,
                notes=state.verdict.notes,
            )
        )
    for mark in state.marks:
        status = status_label(mark.status)
        if mark.status == "needs_recapture":
            status += (
                tr(CONTEXT, " — open")
                if mark.open
                else tr(CONTEXT, " — done by {number}").format(number=mark.closed_by)
            )
        ctx.out(
            f"{mark.number}  {status}  {mark.by.name} ({mark.by.role})  {mark.at_local}  {mark.comment}"
        )
    if not state.marks and not state.verdict:
        ctx.out(tr(CONTEXT, "No review yet."))
    return EXIT_OK


def cmd_receipt_import(ctx: Context) -> int:
    from evidence_app.core.receipts import import_receipt

    with ctx.store() as store:
        event = import_receipt(store, ctx.args.case, Path(ctx.args.file), now=ctx.args.now)
    if event is None:
        sys_err(
            tr(
                CONTEXT,
                "The case is still with the other side: the receipt is held and enters the custody "
                "log when their package comes back (or now, with --now).",
            )
        )
        return EXIT_OK
    ctx.out(str(event.seq))
    return EXIT_OK


def register(commands: SubCommands) -> None:
    case_commands = command_group(commands, "case")
    p = case_commands.add_parser(
        "pack", help=tr(CONTEXT, "write the case as a signed package for support staff")
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("--out", required=True, metavar="FILE.evcase")
    p.set_defaults(handler=cmd_pack)
    p = case_commands.add_parser("unpack", help=tr(CONTEXT, "check a case package and import it"))
    p.add_argument("file", metavar="FILE.evcase")
    p.add_argument(
        "--as-copy",
        action="store_true",
        help=tr(CONTEXT, "import a diverged case as a separate copy"),
    )
    p.add_argument(
        "--receipt",
        metavar="OUT.json",
        help=tr(CONTEXT, "also write a signed receipt for the sender"),
    )
    p.set_defaults(handler=cmd_unpack)

    review = commands.add_parser(
        "review", help=tr(CONTEXT, "review marks and the screening verdict (support, lawyer)")
    )
    review_commands = review.add_subparsers(
        dest="review_command", required=True, parser_class=Parser
    )
    p = review_commands.add_parser(
        "mark", help=tr(CONTEXT, "mark an item reviewed or ask for a recapture")
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--status", required=True, choices=("reviewed", "needs_recapture"))
    p.add_argument("--comment")
    p.set_defaults(handler=cmd_review_mark)
    p = review_commands.add_parser(
        "verdict", help=tr(CONTEXT, "give the case its screening verdict")
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("--verdict", required=True, choices=("usable", "not_yet", "not_usable"))
    p.add_argument("--notes")
    p.set_defaults(handler=cmd_review_verdict)
    p = review_commands.add_parser(
        "list", help=tr(CONTEXT, "show review marks, open requests and the verdict")
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_review_list)

    receipt = commands.add_parser(
        "receipt", help=tr(CONTEXT, "import a signed receipt into the case log")
    )
    receipt_commands = receipt.add_subparsers(
        dest="receipt_command", required=True, parser_class=Parser
    )
    p = receipt_commands.add_parser(
        "import", help=tr(CONTEXT, "check a receipt and record it in the custody log")
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("file", metavar="RECEIPT.json")
    p.add_argument(
        "--now",
        action="store_true",
        help=tr(CONTEXT, "log it at once even while the case is with the other side"),
    )
    p.set_defaults(handler=cmd_receipt_import)
