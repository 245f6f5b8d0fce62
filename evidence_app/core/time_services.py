"""Known public RFC 3161 time-stamp services the owner can choose from (data, Qt-free).

Only services whose operator publishes an RFC 3161 address for anyone to use are listed. The app
never contacts any of them by itself: a service is used only after the owner chose it in
Settings (``Settings.tsa_urls``). What is sent is a fingerprint (SHA-256 hash) of each file,
never the file.
"""

from __future__ import annotations

from dataclasses import dataclass

from evidence_app.core.i18n import N_, tr

CONTEXT = "TimeServices"


@dataclass(frozen=True)
class TimeService:
    key: str
    name: str  # the service's own name (not translated)
    operator: str  # who runs it (not translated)
    url: str  # the RFC 3161 address
    note: str  # English source, translated when shown

    def note_in(self, lang: str | None = None) -> str:
        return tr(CONTEXT, self.note, lang)


KNOWN_TIME_SERVICES: tuple[TimeService, ...] = (
    TimeService(
        "freetsa",
        "FreeTSA",
        "FreeTSA.org",
        "https://freetsa.org/tsr",
        N_(CONTEXT, "Free service run by a small independent project."),
    ),
    # DigiCert's own documentation passes this address to SignTool's RFC 3161 option (/tr):
    # https://docs.digicert.com/en/software-trust-manager/signing-tools/sign-authenticode-files-with-signtool-on-windows.html
    TimeService(
        "digicert",
        "DigiCert Timestamp",
        "DigiCert, Inc.",
        "http://timestamp.digicert.com",
        N_(CONTEXT, "Free public service of a large certificate authority."),
    ),
    # Sectigo's page names this address and says it serves RFC 3161:
    # https://sectigo.com/resource-library/time-stamping-server
    TimeService(
        "sectigo",
        "Sectigo Time Stamping",
        "Sectigo Limited",
        "http://timestamp.sectigo.com",
        N_(CONTEXT, "Free public service of a large certificate authority."),
    ),
    # Checked 2026-12 against public lists only (e.g. https://gist.github.com/Manouchehri/
    # fd754e402d98430243455713efada710, which also lists http://rfc3161timestamp.globalsign.com/
    # advanced); no GlobalSign page naming it was found: confirm with GlobalSign's support pages.
    TimeService(
        "globalsign",
        "GlobalSign Timestamp",
        "GlobalSign",
        "http://timestamp.globalsign.com/tsa/r6advanced1",
        N_(CONTEXT, "Free public service of a large certificate authority."),
    ),
)


def service_for_url(url: str) -> TimeService | None:
    """The known service at *url* (ignoring a trailing slash), or None."""
    wanted = url.strip().rstrip("/")
    for service in KNOWN_TIME_SERVICES:
        if service.url.rstrip("/") == wanted:
            return service
    return None
