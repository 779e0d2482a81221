"""Warnings the parser records about an article's text (re-exported by ``migmodel.errors``)."""

from __future__ import annotations

import enum

import attrs

from migmodel.model.span import Span

__all__ = ["ParseWarning", "WarningCode"]


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
    STAGE_FAILED = "stage_failed"


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
