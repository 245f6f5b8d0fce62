"""Commands on the signing identity and trusted time: key show, key new, key check, timestamp."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from evidence_app.commands.context import EXIT_OK, EXIT_PROBLEMS, Context, Parser, SubCommands
from evidence_app.core.errors import UserError
from evidence_app.core.i18n import tr

CONTEXT = "CLI"


def _owner_name(ctx: Context) -> str:
    """Whose name goes in a new certificate: --name, else --operator, else the settings, else the login."""
    from evidence_app.core.settings import Settings
    from evidence_app.core.store import default_operator

    settings = Settings.load(ctx.data_dir) if ctx.data_dir.is_dir() else Settings()
    return (
        getattr(ctx.args, "name", None)
        or ctx.args.operator
        or settings.operator_name
        or default_operator().name
    )


def _identity_dict(identity: Any) -> dict[str, Any]:
    cert = identity.certificate()
    return {
        "subject": identity.subject,
        "sha256_fingerprint": identity.sha256_fingerprint,
        "cert_path": str(identity.cert_path),
        "not_before": cert.not_valid_before_utc.isoformat(),
        "not_after": cert.not_valid_after_utc.isoformat(),
    }


def _print_identity(ctx: Context, identity: Any) -> None:
    info = _identity_dict(identity)
    ctx.out(tr(CONTEXT, "Subject: {subject}").format(subject=info["subject"]))
    ctx.out(
        tr(CONTEXT, "SHA-256 fingerprint: {fingerprint}").format(
            fingerprint=info["sha256_fingerprint"]
        )
    )
    ctx.out(
        tr(CONTEXT, "Valid from {start} to {end}").format(
            start=info["not_before"], end=info["not_after"]
        )
    )
    ctx.out(tr(CONTEXT, "Certificate: {path}").format(path=info["cert_path"]))


def cmd_key_show(ctx: Context) -> int:
    from evidence_app.core.identity import archived_identities, current_identity

    identity = current_identity(ctx.data_dir)
    old = archived_identities(ctx.data_dir)
    if ctx.args.json:
        ctx.out_json(
            {
                "current": _identity_dict(identity) if identity else None,
                "previous": [_identity_dict(i) for i in old],
            }
        )
        return EXIT_OK if identity else EXIT_PROBLEMS
    if identity is None:
        ctx.out(
            tr(
                CONTEXT,
                "There is no signing key yet. Make one with: evidence-app key new "
                "(the first export also makes one).",
            )
        )
        return EXIT_PROBLEMS
    _print_identity(ctx, identity)
    if old:
        ctx.out(
            tr(
                CONTEXT,
                "Earlier certificates kept (bundles signed with them still verify): {count}",
            ).format(count=len(old))
        )
        for previous in old:
            ctx.out(f"    {previous.sha256_fingerprint}  {previous.subject}")
    return EXIT_OK


def cmd_key_new(ctx: Context) -> int:
    from evidence_app.core.identity import (
        create_identity,
        current_identity,
        passphrase_from_environment,
    )

    owner = _owner_name(ctx)
    passphrase = passphrase_from_environment(prompt=True, confirm=True)
    previous = current_identity(ctx.data_dir)
    identity = create_identity(ctx.data_dir, owner, passphrase)
    ctx.out(tr(CONTEXT, "A new signing key was made."))
    _print_identity(ctx, identity)
    if previous is not None:
        ctx.out(
            tr(
                CONTEXT,
                "The previous certificate ({fingerprint}) and its key are kept, "
                "so bundles signed with it still verify.",
            ).format(fingerprint=previous.sha256_fingerprint)
        )
    return EXIT_OK


def cmd_key_check(ctx: Context) -> int:
    from evidence_app.core.identity import (
        current_identity,
        load_signing_key,
        passphrase_from_environment,
    )

    identity = current_identity(ctx.data_dir)
    if identity is None:
        raise UserError("There is no signing key yet; make one with: evidence-app key new")
    load_signing_key(identity, passphrase_from_environment(prompt=True))
    ctx.out(
        tr(CONTEXT, "The passphrase unlocks the signing key {fingerprint}.").format(
            fingerprint=identity.sha256_fingerprint
        )
    )
    return EXIT_OK


def _outcome_dict(outcome: Any) -> dict[str, Any]:
    return {
        "ok": outcome.ok,
        "stamped": [
            {
                "item": s.item_number,
                "role": s.role,
                "name": s.name,
                "sha256": s.sha256,
                "tsr": s.tsr_name,
                "tsa_url": s.tsa_url,
                "tsa_name": s.info.tsa_name,
                "gen_time_utc": s.info.gen_time_utc,
                "serial": s.info.serial,
                "gap_seconds": s.gap_seconds,
            }
            for s in outcome.stamped
        ],
        "pending": [
            {
                "item": p.item_number,
                "role": p.role,
                "name": p.name,
                "sha256": p.sha256,
                "attempts": [{"url": a.url, "reason": a.reason} for a in p.attempts],
            }
            for p in outcome.pending
        ],
    }


def cmd_timestamp(ctx: Context) -> int:
    from evidence_app.core.fields import file_role_label
    from evidence_app.core.settings import Settings
    from evidence_app.core.timefmt import instant_text
    from evidence_app.core.trusted_time import (
        check_tsa_urls,
        describe_gap,
        pending_files,
        stamp_pending,
        tsa_urls_for,
    )

    if ctx.args.timeout <= 0:
        raise UserError("The timeout must be a positive number of seconds.")
    urls = check_tsa_urls(tsa_urls_for(Settings.load(ctx.data_dir), ctx.args.tsa))
    with ctx.store() as store:
        case = store.get_case(ctx.args.case)
        queued = len(pending_files(store, case.id))
        outcome = stamp_pending(store, case.id, urls, timeout=ctx.args.timeout)
    if ctx.args.json:
        ctx.out_json(_outcome_dict(outcome))
        return EXIT_OK if outcome.ok else EXIT_PROBLEMS
    if queued == 0:
        ctx.out(tr(CONTEXT, "Nothing to stamp: every file of every item already has a token."))
        return EXIT_OK
    for s in outcome.stamped:
        ctx.out(
            tr(
                CONTEXT, "Stamped {item} {role} “{name}”: genTime {gen_time} by {tsa}, {gap}."
            ).format(
                item=s.item_number,
                role=file_role_label(s.role),
                name=s.name,
                gen_time=instant_text(s.info.gen_time_utc),
                tsa=s.info.tsa_name,
                gap=describe_gap(s.gap_seconds, s.role == "original"),  # an imported file
            )
        )
    for p in outcome.pending:
        ctx.out(
            tr(CONTEXT, "PENDING {item} {role} “{name}”: {reason}").format(
                item=p.item_number, role=file_role_label(p.role), name=p.name, reason=p.reason
            )
        )
    ctx.out(
        tr(CONTEXT, "Files stamped: {stamped}; still pending: {pending}.").format(
            stamped=len(outcome.stamped), pending=len(outcome.pending)
        )
    )
    if not outcome.ok:
        ctx.out(
            tr(
                CONTEXT,
                "Pending files stay queued; run “evidence-app timestamp {case}” again "
                "when a time-stamping authority answers.",
            ).format(case=case.id)
        )
    return EXIT_OK if outcome.ok else EXIT_PROBLEMS


def stamp_new_items(ctx: Context, store: Any, case_id: str, item_ids: Sequence[str]) -> None:
    """Stamp at capture: when a TSA is configured, ask it for the new items' tokens.

    Never fails the capture: the items are stored already, so anything that leaves them unstamped
    is one line on stderr and they stay queued for ``evidence-app timestamp``.
    """
    from evidence_app.core.settings import Settings

    settings = Settings.load(ctx.data_dir)
    if not settings.tsa_urls or not item_ids:
        return  # no TSA configured: nothing to try (and no need to load the time-stamp stack)
    from evidence_app.core.trusted_time import stamp_items, tsa_urls_for

    urls = tsa_urls_for(settings, ())
    try:
        outcome = stamp_items(store, case_id, item_ids, urls)
    except UserError as error:
        reason = error.message()
    else:
        if outcome.ok:
            return
        reason = outcome.pending[0].reason
    sys.stderr.write(
        tr(
            CONTEXT,
            "Note: not time-stamped yet, queued for “evidence-app timestamp {case}”: {reason}",
        ).format(reason=reason, case=case_id)
        + "\n"
    )


def register(commands: SubCommands) -> None:
    key = commands.add_parser("key", help=tr(CONTEXT, "show or make the signing key"))
    key_commands = key.add_subparsers(
        dest="key_command", metavar="show|new|check", required=True, parser_class=Parser
    )
    p = key_commands.add_parser(
        "show", help=tr(CONTEXT, "print the signing certificate's subject and SHA-256 fingerprint")
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_key_show)
    p = key_commands.add_parser(
        "new",
        help=tr(
            CONTEXT,
            "make a new signing key (passphrase from EVIDENCE_APP_KEY_PASSPHRASE or a prompt); "
            "the old certificate is kept",
        ),
    )
    p.add_argument("--name", help=tr(CONTEXT, "the owner's name in the certificate"))
    p.set_defaults(handler=cmd_key_new)
    p = key_commands.add_parser(
        "check", help=tr(CONTEXT, "check that the passphrase unlocks the signing key")
    )
    p.set_defaults(handler=cmd_key_check)

    p = commands.add_parser(
        "timestamp",
        help=tr(CONTEXT, "get an RFC 3161 time-stamp token for every file that has none yet"),
    )
    p.add_argument("case", metavar="CASE")
    p.add_argument(
        "--tsa",
        action="append",
        metavar="URL",
        help=tr(CONTEXT, "time-stamping authority URL (repeat to try several in order)"),
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        help=tr(CONTEXT, "seconds to wait for each TSA (default 10)"),
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_timestamp)
