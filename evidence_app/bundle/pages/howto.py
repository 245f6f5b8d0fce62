"""How to verify this bundle: steps that work when followed literally, and what the signature does and does not prove."""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Spacer,
)

from evidence_app import __version__
from evidence_app.bundle.format import TSA_ROOT_NAME
from evidence_app.bundle.pages.base import BundleContent, Words, esc
from evidence_app.bundle.pages.flow import Mark, _p

CONTEXT = "Bundle"
SAFE_NAME = re.compile(r"[A-Za-z0-9._+-]+")


def bundle_file_name(content: BundleContent) -> str:
    """The name the bundle was exported under (the custody event of the export records it)."""
    for event in content.events:
        if event.seq == content.custody_seq:
            name = event.payload.get("bundle")
            if isinstance(name, str) and name:
                return name
    return "bundle.pdf"


def shell_word(text: str) -> str:
    """*text* as one word for a shell (bash, zsh, PowerShell and cmd alike): quoted when needed."""
    return text if SAFE_NAME.fullmatch(text) else '"' + text.replace('"', "") + '"'


def grouped(fingerprint: str) -> str:
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def verify_command(content: BundleContent) -> str:
    """The exact command the page prints for ``evidence-app verify``."""
    command = f"evidence-app verify {shell_word(bundle_file_name(content))}"
    if content.level == "B-T" and content.tsa_roots:
        command += f" --trust {TSA_ROOT_NAME}"
    return command


def detach_command(content: BundleContent) -> str:
    return f"pdfdetach -savefile {TSA_ROOT_NAME} {shell_word(bundle_file_name(content))}"


def _steps(content: BundleContent, words: Words) -> list[tuple[str, list[str]]]:
    """(sentence, lines to print as they are: commands, fingerprints) for each step, in order."""
    if content.level == "B-T":
        panel = words.one(
            "In Adobe Acrobat Reader, Foxit Reader or WPS Office open the signature panel. "
            "The signature by {signer} must be shown as valid, and the document as not modified "
            "since it was signed (a later document time-stamp is allowed). The reader may call "
            "the signer's identity unknown: the certificate is made by the app itself (see below)."
        )
    else:  # no document time-stamp follows the signature: nothing may have been added
        panel = words.one(
            "In Adobe Acrobat Reader, Foxit Reader or WPS Office open the signature panel. "
            "The signature by {signer} must be shown as valid, and the document as not modified "
            "since it was signed. The reader may call the signer's identity unknown: the "
            "certificate is made by the app itself (see below)."
        )
    steps: list[tuple[str, list[str]]] = [
        (panel.format(signer=content.signer_subject), []),
        (
            words.one(
                "Compare the signer certificate's SHA-256 fingerprint with the one on the cover and "
                "with the one the owner gave you by another channel: {fingerprint}"
            ).format(fingerprint=grouped(content.signer_fingerprint)),
            [],
        ),
    ]
    if content.level == "B-T" and content.tsa_roots:
        roots = [
            line
            for subject, fingerprint in content.tsa_roots
            for line in (subject, f"SHA-256 {grouped(fingerprint)}")
        ]
        steps += [
            (
                words.one(
                    "Save the time-stamping authority's root certificate attached to this PDF "
                    "(the paperclip panel of the reader, or poppler's pdfdetach), in the folder "
                    "where this PDF is:"
                ),
                [detach_command(content)],
            ),
            (
                words.one(
                    "Check that root's fingerprint with the time-stamping authority itself (its "
                    "website, or ask it), never only with this page. It must be:"
                ),
                roots,
            ),
            (
                words.one("OpenSSL prints the fingerprint of the saved file with:"),
                [f"openssl x509 -in {TSA_ROOT_NAME} -noout -fingerprint -sha256"],
            ),
            (
                words.one(
                    "Then run this command in that folder. It checks the signature, the time-stamps "
                    "against that root, every attachment against manifest.json and the custody log, "
                    "and must end with VALID (exit code 0):"
                ),
                [verify_command(content)],
            ),
        ]
    elif content.level == "B-T":
        steps.append(
            (
                words.one(
                    "The time-stamping authority did not send its root certificate. Get it from "
                    "the authority, check its fingerprint with the authority, save it as ROOT.pem "
                    "beside this PDF and run (it must end with VALID, exit code 0):"
                ),
                [verify_command(content) + " --trust ROOT.pem"],
            )
        )
    else:
        steps.append(
            (
                words.one(
                    "Run this command in the folder where this PDF is. It checks the signature, "
                    "every attachment against manifest.json and the custody log, and must end "
                    "with VALID (exit code 0):"
                ),
                [verify_command(content)],
            )
        )
    steps.insert(
        2,
        (
            words.one(
                "The command evidence-app below is Evidence App {version}'s own checker: it is "
                "installed with the app's installer, or on any computer with Python 3.11 by: "
                "pip install evidence-app=={version}. Its last line reads 有效 when it runs in "
                "Chinese, VALID when it runs in English."
            ).format(version=__version__),
            [f"pip install evidence-app=={__version__}"],
        ),
    )
    steps.append(
        (
            words.one(
                "Some programs change emoji or other rare characters in an attachment's file "
                "name when saving it; the content, and so its SHA-256, stays the same."
            ),
            [],
        )
    )
    steps.append(
        (
            words.one(
                "To check one original by hand, save the attachment (the paperclip panel) and hash "
                "it: Linux: sha256sum FILE; Windows: certutil -hashfile FILE SHA256; macOS: shasum "
                "-a 256 FILE. The result must equal the SHA-256 printed in the item's section and "
                "in manifest.json."
            ),
            [],
        )
    )
    if content.level == "B-T":
        steps.append(
            (
                words.one("A file's own time-stamp token (.tsr) can also be checked with OpenSSL:"),
                [f"openssl ts -verify -data FILE -in FILE.tsr -CAfile {TSA_ROOT_NAME}"],
            )
        )
        steps.append(
            (
                words.one(
                    "poppler's pdfsig shows the document time-stamp's “Signing Time” as 1970: "
                    "that time is inside the time-stamp token, which pdfsig does not read. "
                    "evidence-app verify prints it; a token saved as a file is read with:"
                ),
                ["openssl ts -reply -in FILE.tsr -text"],
            )
        )
    return steps


def _proves(content: BundleContent, words: Words) -> list[str]:
    said = [
        words.one(
            "When the signature is valid, it proves two things: that nothing in this file has "
            "changed since it was signed at export, and that it was signed with the key whose "
            "certificate has the fingerprint above (not who holds that key)."
        ),
        words.one(
            "The certificate is made by the app itself, not issued by a licensed electronic "
            "certification service provider. The signature is therefore not a \u201creliable "
            "electronic signature\u201d under the Electronic Signature Law of the PRC; it "
            "identifies the exporter only by the fingerprint, which you compare with the one the "
            "owner gave you."
        ),
    ]
    if content.level == "B-T":
        said.append(
            words.one(
                "A trusted time-stamp proves that the stamped data existed no later than the time "
                "in the stamp, and only once its authority's root is trusted. It does not prove "
                "when the content was first posted or who posted it: the capture record and the "
                "custody log speak to that."
            )
        )
    else:
        said.append(
            words.one(
                "This bundle carries no trusted time-stamp: its capture, import, custody and "
                "export times come from the clock of the computer that recorded them and prove "
                "nothing on their own; posting times are as the owner typed them or the page "
                "showed them."
            )
        )
    return said


def _how_to_verify(
    content: BundleContent, words: Words, styles: dict[str, ParagraphStyle], seen: dict[str, int]
) -> list[Flowable]:
    story: list[Flowable] = [
        Mark("verify", words.both("How to verify"), 0, seen),
        _p(esc(words.both("How to verify")), styles["h1"]),
    ]
    for number, (sentence, lines) in enumerate(_steps(content, words), start=1):
        story.append(_p(esc(f"{number}. {sentence}"), styles["body"]))
        for line in lines:  # each on a line of its own, to be copied or typed as it is
            story.append(_p(esc(line), styles["mono"]))
        story.append(Spacer(1, 4))
    story.append(Spacer(1, 6))
    story.append(
        _p(esc(words.both("What the signature proves, and what it does not")), styles["h2"])
    )
    for sentence in _proves(content, words):
        story.append(_p(esc(sentence), styles["body"]))
        story.append(Spacer(1, 4))
    return story
