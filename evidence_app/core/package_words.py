"""What the outcome of opening a case package says beyond "imported": nothing new in it (opened
before, or older than the copy here), or events of a newer version kept but not understood."""

from __future__ import annotations

from typing import TYPE_CHECKING

from evidence_app.core.i18n import tr
from evidence_app.core.timefmt import local_time

if TYPE_CHECKING:
    from evidence_app.core.model import Case
    from evidence_app.core.package import UnpackResult


def already_text(result: UnpackResult, case: Case) -> str:
    """What a package that brought nothing new says: opened here before (when), or older."""
    if result.earlier_receipt:
        return tr(
            "Package",
            "You opened this same package on {when} already: everything in it is in “{title}”. "
            "Nothing was imported or changed.",
        ).format(when=local_time(result.earlier_receipt, case.zone_key), title=case.title)
    return tr(
        "Package",
        "This package is older than your copy of “{title}” (it ends at event {theirs}, yours at "
        "event {mine}): everything in it is here already. Nothing was imported or changed.",
    ).format(title=case.title, theirs=len(result.package.events), mine=result.local_events)


def unknown_text(result: UnpackResult) -> str:
    """Events of a kind this version does not know (made by a newer one): kept, not shown."""
    if not result.unknown_actions:
        return ""
    return tr(
        "Package",
        "{count} kind(s) of custody event in the package are unknown to this version "
        "({actions}): they are kept in the log as they are, but what they changed is not shown "
        "here. Install the version the sender uses ({version}) to see it.",
    ).format(
        count=len(result.unknown_actions),
        actions=", ".join(result.unknown_actions),
        version=result.package.manifest.get("app_version", "?"),
    )
