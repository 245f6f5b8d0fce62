"""The missing-evidence list: required gaps and suggestions apart, in the bundle or in an unsigned
note for the lawyer beside it (never under the signature unless the owner chooses so)."""

from __future__ import annotations

from pathlib import Path

from evidence_app.core.atomic import write_atomic
from evidence_app.core.guide import MISSING, NOT_IN_BUNDLE, Completeness
from evidence_app.core.i18n import tr
from evidence_app.core.model import Case

CONTEXT = "Bundle"
GUIDE_CONTEXT = "Guide"

# Where the list goes: not at all, an unsigned note beside the bundle, or inside the signed bundle.
PLACES = ("none", "note", "bundle")
DEFAULT_PLACE = "note"


def gap_groups(
    completeness: Completeness | None, lang: str | None = None
) -> tuple[list[str], list[str]]:
    """(required gaps, suggestions) as lines ``step title: gap`` in *lang*."""
    required: list[str] = []
    suggested: list[str] = []
    if completeness is None:
        return required, suggested
    line = tr(GUIDE_CONTEXT, "{title}: {gap}", lang)
    for status in completeness.steps:
        if status.state != MISSING or status.step.id in NOT_IN_BUNDLE:
            continue
        target = suggested if status.step.optional else required
        title = status.step.title(lang)
        target += [line.format(title=title, gap=gap.message(lang)) for gap in status.gaps]
    return required, suggested


def note_path(pdf: Path) -> Path:
    return pdf.with_name(pdf.stem + "-missing-evidence.txt")


def write_gap_note(
    pdf: Path, case: Case, required: list[str], suggested: list[str], lang: str
) -> Path | None:
    """Write the unsigned note beside *pdf*; None (and no file) when there is nothing to list."""
    if not required and not suggested:
        return None
    lines = [
        tr(CONTEXT, "Note for the lawyer: what the evidence guide still asks for", lang),
        tr(CONTEXT, "Case: {title} ({id})", lang).format(title=case.title, id=case.id),
        tr(CONTEXT, "Bundle: {name}", lang).format(name=pdf.name),
        "",
        tr(
            CONTEXT,
            "This note is not part of the signed bundle and is not signed. It lists what the "
            "app's evidence guide still asked of the case when the bundle was exported.",
            lang,
        ),
        "",
    ]
    if required:
        lines.append(tr(CONTEXT, "Still missing:", lang))
        lines += [f"  • {text}" for text in required]
        lines.append("")
    if suggested:
        lines.append(tr(CONTEXT, "Suggestions (not required):", lang))
        lines += [f"  • {text}" for text in suggested]
        lines.append("")
    path = note_path(pdf)
    write_atomic(path, "\n".join(lines).encode("utf-8"))
    return path
