"""What every command module shares: the parsed context, the parser class, exit codes, helpers."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

from evidence_app.core.errors import UserError
from evidence_app.core.safe_text import json_safe, shown

if TYPE_CHECKING:
    from evidence_app.core.store import CaseStore

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


class UsageError(Exception):
    """argparse found the command line malformed."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


@dataclass
class Context:
    args: argparse.Namespace
    data_dir: Path

    def store(self) -> CaseStore:
        from evidence_app.core.model import Operator
        from evidence_app.core.settings import Settings
        from evidence_app.core.store import CaseStore, default_operator

        settings = Settings.load(self.data_dir) if self.data_dir.is_dir() else Settings()
        role = self.args.role or settings.operator_role or "owner"
        name = self.args.operator or settings.operator_name
        if not name and getattr(self.args, "case_command", "") == "new":
            name = (getattr(self.args, "owner", "") or "").strip()
        store = CaseStore(self.data_dir, Operator(name or default_operator().name, role))
        if not name and getattr(self.args, "case", None):
            # No --operator and no operator name set in the app: the case is the owner's own,
            # and the owner is the one who acts on it; the computer's login name ("root")
            # names nobody. The login name stays only when there is no case to ask.
            try:
                owner = store.get_case(self.args.case).owner.strip()
            except UserError:
                owner = ""  # the command itself says the case is unknown
            if owner:
                store.operator = Operator(owner, role)
        return store

    def out(self, text: str = "") -> None:
        """A line (or lines) for a person: a control character or bidi override in a name or a
        pasted text is shown as an escape, never obeyed by the terminal (core.safe_text)."""
        sys.stdout.write(shown(text) + "\n")
        sys.stdout.flush()

    def out_json(self, value: Any) -> None:
        # the same escapes JSON's own \uXXXX: the value read back is exactly what is stored
        sys.stdout.write(json_safe(json.dumps(value, ensure_ascii=False, indent=2)) + "\n")
        sys.stdout.flush()


Handler = Callable[[Context], int]
# The object ``register(commands)`` adds parsers to (generic only to the type checker).
if TYPE_CHECKING:
    SubCommands: TypeAlias = argparse._SubParsersAction[Parser]
else:
    SubCommands = argparse._SubParsersAction


def command_group(commands: SubCommands, name: str) -> SubCommands:
    """The sub-commands of top-level command *name* (``case``, ``add``), for modules adding to it."""
    parser = commands.choices[name]
    assert parser._subparsers is not None, f"{name} has no sub-commands"
    action = parser._subparsers._group_actions[0]
    assert isinstance(action, argparse._SubParsersAction)
    return action


def fields_from(assignments: Sequence[str] | None) -> dict[str, str]:
    """``--field KEY=VALUE`` options → checked fields (unknown keys are a clear error)."""
    from evidence_app.core.field_values import field_value_error
    from evidence_app.core.fields import check_field, parse_field_assignment

    fields: dict[str, str] = {}
    for text in assignments or ():
        key, value = parse_field_assignment(text)
        fields[key] = check_field(key, value)
        # The form only warns about a count it cannot read; here no one would see a warning.
        error = field_value_error(key, value)
        if error is not None:
            raise error
    return fields
