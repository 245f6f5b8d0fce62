"""Commands on cases, items, the custody log and integrity: case, add file, item, log, verify-case."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from evidence_app.commands.context import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Context,
    Parser,
    SubCommands,
    fields_from,
)
from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr
from evidence_app.core.safe_text import one_line

CONTEXT = "CLI"


# ``case new`` / ``case edit`` options for the case details (model.CASE_DETAILS): option → key
DETAIL_OPTIONS = {
    "zone": "zone",
    "car": "car",
    "contact": "contact",
    "claimant": "claimant",
    "respondent": "respondent",
    "parties": "party_terms",
}


def _details(ctx: Context) -> dict[str, str]:
    given = {key: getattr(ctx.args, option) for option, key in DETAIL_OPTIONS.items()}
    return {key: value for key, value in given.items() if value is not None}


def cmd_case_new(ctx: Context) -> int:
    with ctx.store() as store:
        case = store.create_case(
            ctx.args.title, ctx.args.owner or "", ctx.args.description or "", **_details(ctx)
        )
    ctx.out(case.id)
    return EXIT_OK


def cmd_case_edit(ctx: Context) -> int:
    changes = _details(ctx)
    for key in ("title", "owner", "description"):
        if getattr(ctx.args, key) is not None:
            changes[key] = getattr(ctx.args, key)
    if not changes:
        raise UserError("Give at least one property of the case to change.")
    with ctx.store() as store:
        case = store.edit_case(ctx.args.case, **changes)
    ctx.out(case.id)
    return EXIT_OK


def _detail_arguments(p: Any) -> None:
    p.add_argument(
        "--zone",
        metavar="ZONE",
        help=tr(CONTEXT, "the case's time zone, e.g. Asia/Shanghai (default: this computer's)"),
    )
    p.add_argument("--car", help=tr(CONTEXT, "the car the case is about"))
    p.add_argument("--contact", help=tr(CONTEXT, "phone or e-mail for the lawyer"))
    p.add_argument("--claimant", help=tr(CONTEXT, "the claimant (原告 / 申请人)"))
    p.add_argument("--respondent", help=tr(CONTEXT, "the respondent (被告 / 被申请人)"))
    p.add_argument(
        "--parties",
        choices=("litigation", "application"),
        help=tr(CONTEXT, "how the parties are called: 原告/被告 or 申请人/被申请人"),
    )


def cmd_case_list(ctx: Context) -> int:
    with ctx.store() as store:
        cases = store.list_cases()
    if ctx.args.json:
        ctx.out_json([c.as_dict() for c in cases])
        return EXIT_OK
    if not cases:
        ctx.out(tr(CONTEXT, "No cases yet. Create one with: evidence-app case new --title TITLE"))
    from evidence_app.core.timefmt import local_time

    for case in cases:  # the time in the case's zone with its offset, never "CST"
        created = local_time(case.created_utc, case.zone_key)
        ctx.out(
            tr(CONTEXT, "{id}  {title}  ({count} items, created {created})").format(
                id=case.id, title=case.title, count=case.item_count, created=created
            )
        )
    return EXIT_OK


def cmd_case_show(ctx: Context) -> int:
    from evidence_app.core.fields import FIELD_BY_KEY, category_label
    from evidence_app.core.timefmt import instant_text

    with ctx.store() as store:
        case = store.get_case(ctx.args.case)
        items = store.list_items(case.id)
        head_seq, head_hash = store.head(case.id)
    if ctx.args.json:
        ctx.out_json(
            {
                **case.as_dict(),
                "custody_head": head_hash,
                "events": head_seq,
                "items": [i.as_dict() for i in items],
            }
        )
        return EXIT_OK
    ctx.out(f"{case.title}  [{case.id}]")
    if case.owner:
        ctx.out(tr(CONTEXT, "Owner: {owner}").format(owner=case.owner))
    if case.description:
        ctx.out(tr(CONTEXT, "Description: {text}").format(text=case.description))
    for label, value in (
        (tr(CONTEXT, "Car: {value}"), case.car),
        (tr(CONTEXT, "Contact: {value}"), case.contact),
        (tr(CONTEXT, "Claimant: {value}"), case.claimant),
        (tr(CONTEXT, "Respondent: {value}"), case.respondent),
        (tr(CONTEXT, "Time zone: {value}"), case.zone_key),
    ):
        if value:
            ctx.out(label.format(value=value))
    ctx.out(
        tr(CONTEXT, "Created: {when}").format(when=instant_text(case.created_utc, case.zone_key))
    )
    ctx.out(
        tr(CONTEXT, "Custody log: {count} events, head {hash}").format(
            count=head_seq, hash=head_hash
        )
    )
    ctx.out(tr(CONTEXT, "Items: {count}").format(count=len(items)))
    for item in items:
        state = (
            tr(CONTEXT, " (withdrawn: {reason})").format(reason=item.withdrawn_reason)
            if item.withdrawn
            else ""
        )
        ctx.out("")
        when = instant_text(item.captured_utc, case.zone_key)
        ctx.out(f"{item.number}  {category_label(item.category)}  {when}{state}")
        ctx.out(f"    id {item.id}")
        for key, value in item.fields.items():
            ctx.out(f"    {FIELD_BY_KEY[key].label_in()}: {value}")
        for stored in item.files:
            flag = ""
            image = stored.meta.get("image", {})
            if image.get("undecodable") or image.get("too_large_to_decode"):
                flag = "  ⚠ " + tr(CONTEXT, "not decodable as an image")
            ctx.out(
                f"    [{stored.role}] {one_line(stored.name)}  {stored.size} B  "
                f"sha256 {stored.sha256}{flag}"
            )
    return EXIT_OK


def cmd_add_file(ctx: Context) -> int:
    from evidence_app.core.fields import check_category
    from evidence_app.core.store import check_source

    category = check_category(ctx.args.category)
    fields = fields_from(ctx.args.field)
    paths = [Path(os.fsdecode(os.fsencode(p))) for p in ctx.args.paths]
    for path in paths:  # refuse the whole command before storing anything
        check_source(path)
    with ctx.store() as store:
        case = store.get_case(ctx.args.case)
        from evidence_app.core.review import recapture_extra

        extra = recapture_extra(store, case.id, ctx.args.recapture_of)
        items = store.import_files(
            case.id, paths, category, fields, on_item=lambda item: ctx.out(item.id), extra=extra
        )
        from evidence_app.commands.trust import stamp_new_items  # stamp at capture, if a TSA is set

        stamp_new_items(ctx, store, case.id, [item.id for item in items])
    return EXIT_OK


def cmd_item_edit(ctx: Context) -> int:
    from evidence_app.core.fields import check_category

    fields = fields_from(ctx.args.field)
    category = ctx.args.category
    if category is not None:
        check_category(category)  # refused before anything is changed
    if not fields and category is None:
        raise UserError("Give at least one --field KEY=VALUE or a --category to change.")
    with ctx.store() as store:
        # the category first: it is refused for a withdrawn item, and then nothing has changed
        if category is not None:
            item = store.set_category(ctx.args.case, ctx.args.item, category)
        if fields:
            item = store.edit_fields(ctx.args.case, ctx.args.item, fields)
    ctx.out(item.id)
    return EXIT_OK


def cmd_item_withdraw(ctx: Context) -> int:
    with ctx.store() as store:
        item = store.withdraw_item(ctx.args.case, ctx.args.item, ctx.args.reason)
    ctx.out(item.id)
    return EXIT_OK


def describe_event(event: Any) -> str:
    """The terse form of an event for the terminal (defined with the action in core.events)."""
    from evidence_app.core.events import log_summary

    return log_summary(event)


def cmd_log(ctx: Context) -> int:
    with ctx.store() as store:
        case = store.get_case(ctx.args.case)
        events = store.events(case.id)
        numbers = {i.id: i.number for i in store.iter_items(case.id)}
    if ctx.args.json:
        ctx.out_json([e.as_dict() for e in events])
        return EXIT_OK
    for event in events:
        item = numbers.get(event.item or "", "")
        ctx.out(
            f"{event.seq:>5}  {event.at_local}  {event.operator.name} ({event.operator.role})  "
            f"{event.action:<15} {item:<5} {describe_event(event)}"
        )
        ctx.out(f"       {event.hash}")
    return EXIT_OK


def cmd_verify_case(ctx: Context) -> int:
    from evidence_app.core.errors import StorageError
    from evidence_app.core.integrity import verify_case

    with ctx.store() as store:
        report = verify_case(store, ctx.args.case)
        try:
            store.record_event(
                report.case_id,
                "verified",
                {
                    "ok": report.ok,
                    "problems": len(report.problems),
                    "head_checked": report.head_hash,
                },
            )
        except StorageError as error:
            sys.stderr.write(
                tr(CONTEXT, "Note: the check could not be logged: {error}").format(error=error)
                + "\n"
            )
    if ctx.args.json:
        ctx.out_json(report.as_dict())
    else:
        for problem in report.problems:
            ctx.out(tr(CONTEXT, "PROBLEM: {message}").format(message=problem.message()))
        if report.ok:
            ctx.out(
                tr(
                    CONTEXT,
                    "Intact: {items} items, {files} files and {events} custody events check out; head {head}.",
                ).format(
                    items=report.items,
                    files=report.files,
                    events=report.events,
                    head=report.head_hash,
                )
            )
        else:
            ctx.out(tr(CONTEXT, "{count} problems found.").format(count=len(report.problems)))
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def register(commands: SubCommands) -> None:
    case = commands.add_parser("case", help=tr(CONTEXT, "create, list and show cases"))
    case_commands = case.add_subparsers(dest="case_command", required=True, parser_class=Parser)
    p = case_commands.add_parser("new", help=tr(CONTEXT, "create a case and print its id"))
    p.add_argument("--title", required=True)
    p.add_argument("--owner")
    p.add_argument("--description")
    _detail_arguments(p)
    p.set_defaults(handler=cmd_case_new)
    p = case_commands.add_parser(
        "edit", help=tr(CONTEXT, "change a case's title, story, time zone, car, contact or parties")
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("--title")
    p.add_argument("--owner")
    p.add_argument("--description")
    _detail_arguments(p)
    p.set_defaults(handler=cmd_case_edit)
    p = case_commands.add_parser("list", help=tr(CONTEXT, "list cases"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_case_list)
    p = case_commands.add_parser("show", help=tr(CONTEXT, "show a case and its items"))
    p.add_argument("case", metavar="CASE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_case_show)

    add = commands.add_parser("add", help=tr(CONTEXT, "add evidence to a case"))
    add_commands = add.add_subparsers(dest="add_command", required=True, parser_class=Parser)
    p = add_commands.add_parser(
        "file", help=tr(CONTEXT, "import files, one item each; prints the item ids")
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("paths", metavar="PATH", nargs="+")
    p.add_argument("--category", default="other")
    p.add_argument("--field", action="append", metavar="KEY=VALUE")
    p.add_argument(
        "--recapture-of",
        metavar="ITEM",
        help=tr(CONTEXT, "the item a reviewer asked to capture again (closes the request)"),
    )
    p.set_defaults(handler=cmd_add_file)

    item = commands.add_parser("item", help=tr(CONTEXT, "edit or withdraw an item"))
    item_commands = item.add_subparsers(
        dest="item_command", metavar="edit|withdraw", required=True, parser_class=Parser
    )
    p = item_commands.add_parser(
        "edit",
        help=tr(
            CONTEXT,
            "change fields or the category (each change is logged with old and new value)",
        ),
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--field", action="append", metavar="KEY=VALUE")
    p.add_argument("--category", metavar="C")
    p.set_defaults(handler=cmd_item_edit)
    p = item_commands.add_parser(
        "withdraw", help=tr(CONTEXT, "withdraw an item (it is kept, never deleted)")
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("item", metavar="ITEM")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_item_withdraw)

    p = commands.add_parser("log", help=tr(CONTEXT, "print the custody log of a case"))
    p.add_argument("case", metavar="CASE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_log)

    p = commands.add_parser(
        "verify-case", help=tr(CONTEXT, "check every stored file and the custody log of a case")
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_verify_case)
