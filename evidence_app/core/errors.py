"""The two kinds of error: what a user or the environment caused (a sentence), and bugs (a crash log)."""

from __future__ import annotations

from typing import Any

from evidence_app.core.i18n import tr

ERROR_CONTEXT = "Errors"


class UserError(Exception):
    """A problem the user or the environment caused; its message is one clear, translatable sentence.

    *text* is the English source string with ``{name}`` placeholders; it is translated when shown,
    so the same exception reads right in whichever language is current. A parameter that is
    itself words to translate (a field's label) is passed as a function of the language.
    """

    exit_code = 2

    def __init__(self, text: str, /, **params: Any) -> None:
        self.text = text
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str | None = None) -> str:
        params = {
            name: value(lang) if callable(value) else value for name, value in self.params.items()
        }
        return tr(ERROR_CONTEXT, self.text, lang).format(**params)

    def __str__(self) -> str:
        return self.message()


class NotFoundError(UserError):
    """A case, item or file named by the user does not exist."""


class StorageError(UserError):
    """The data directory or the disk refused (read-only, full, unreadable)."""


class IntegrityError(UserError):
    """Stored evidence does not match its hashes or its log: never auto-repaired."""

    exit_code = 1
