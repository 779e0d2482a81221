"""What can go wrong: errors a caller causes, and warnings about an article's text.

Two kinds of trouble, two mechanisms. Problems in an article's text are data:
``parse_article`` never raises, it records a ``ParseWarning`` in ``Article.warnings``.
Mistakes a caller makes (bad JSON, undecodable bytes, missing files) raise a
``MigmodelError`` subclass whose message says what and where.
"""

from __future__ import annotations

import enum

import attrs

from migmodel.model.span import Span

__all__ = [
    "DecodeError",
    "MigmodelError",
    "ParseWarning",
    "SchemaError",
    "SourceError",
    "WarningCode",
]


class MigmodelError(Exception):
    """The base of every error migmodel raises on purpose."""


class SchemaError(MigmodelError, ValueError):
    """JSON that does not fit the model; the message names the path of the bad field.

    >>> raise SchemaError("persons[2].roles[0].title: expected str, got 3")
    Traceback (most recent call last):
    ...
    migmodel.errors.SchemaError: persons[2].roles[0].title: expected str, got 3
    """

    def __init__(self, message: str, *, path: str = "", source: str | None = None) -> None:
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{message}")
        self.path = path
        self.source = source


class DecodeError(MigmodelError, ValueError):
    """Bytes that are not valid text in the expected encoding; the message gives the offset."""

    def __init__(self, message: str, *, offset: int, source: str | None = None) -> None:
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{message}")
        self.offset = offset
        self.source = source


class SourceError(MigmodelError, OSError):
    """A source that cannot be read: a missing file, a directory with no articles."""


class WarningCode(enum.StrEnum):
    """The kinds of problem the parser notes about an article's text."""

    EMPTY_TEXT = "empty_text"
    NO_BODY = "no_body"
    NOTHING_FOUND = "nothing_found"
    UNCLOSED_QUOTE = "unclosed_quote"
    UNATTRIBUTED_QUOTE = "unattributed_quote"
    UNRESOLVED_DATE = "unresolved_date"
    NO_REFERENCE_DATE = "no_reference_date"
    REPLACED_CHARACTERS = "replaced_characters"
    UNREADABLE_SOURCE = "unreadable_source"


@attrs.frozen(kw_only=True)
class ParseWarning:
    """A problem noted in an article's text, and where.

    Attributes:
        code: what kind of problem.
        message: a sentence a person can read.
        span: where in ``Article.text``, when the problem has a place.
    """

    code: WarningCode = attrs.field(validator=attrs.validators.instance_of(WarningCode))
    message: str = attrs.field(validator=attrs.validators.instance_of(str))
    span: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
