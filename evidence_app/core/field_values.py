"""Whether a field's value says what its kind needs (a count, a time that can be read); the command line refuses what does not.

The item form only warns (the owner sees the warning and decides); the command line has no one to
warn, so `add file|url --field` and `item edit --field` exit 2 with this one sentence.
"""

from __future__ import annotations

from evidence_app.core.errors import UserError
from evidence_app.core.fields import FIELD_BY_KEY, parse_count


def field_value_error(key: str, value: str) -> UserError | None:
    """The error for a value of *key* that cannot be read as its kind; None if it can (or is empty)."""
    spec = FIELD_BY_KEY.get(key)
    if spec is None or not value.strip():
        return None
    if key in ("posted_at", "counts_observed_at"):
        from evidence_app.core.posted_time import UNREADABLE, posted_time_problem

        if posted_time_problem(value, key) is not None:
            return UserError(UNREADABLE, value=value.strip(), field=key)
    if spec.kind == "count" and parse_count(value) is None:
        return UserError(
            "“{value}” is not a count ({field}). Write it as the platform shows it, "
            "for example 12000, 1.2万 or 10万+.",
            value=value.strip(),
            field=spec.label_in(),
        )
    return None


def check_field_value(key: str, value: str) -> str | None:
    """None if *value* reads as *key*'s kind, else one sentence saying what it should look like."""
    error = field_value_error(key, value)
    return None if error is None else error.message()
