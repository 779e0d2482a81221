"""What can go wrong: errors a caller causes, and warnings about an article's text.

Two kinds of trouble, two mechanisms. Problems in an article's text are data:
``parse_article`` never raises, it records a ``ParseWarning`` in ``Article.warnings``.
Mistakes a caller makes (bad JSON, undecodable bytes, missing files) raise a
``MigmodelError`` subclass whose message says what and where.
"""

from __future__ import annotations

from typing import Any

from migmodel.model.warnings import ParseWarning, WarningCode

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

    >>> raise SchemaError("expected str, got 3", path="persons[2].roles[0].title")
    Traceback (most recent call last):
    ...
    migmodel.errors.SchemaError: persons[2].roles[0].title: expected str, got 3

    Attributes:
        reason: what is wrong.
        path: where in the JSON (``persons[2].roles[0].title``), or "" for the whole.
        source: the file or line the JSON came from, if known.
    """

    def __init__(self, reason: str, *, path: str = "", source: str | None = None) -> None:
        where = "".join(f"{part}: " for part in (source, path) if part)
        super().__init__(f"{where}{reason}")
        self.reason = reason
        self.path = path
        self.source = source

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.reason, {"path": self.path, "source": self.source}))


class DecodeError(MigmodelError, ValueError):
    """Bytes that are not valid text in the expected encoding; the message gives the offset.

    >>> str(DecodeError("invalid UTF-8 byte 0xff", offset=12, source="a.txt"))
    'a.txt: invalid UTF-8 byte 0xff at byte offset 12'

    Attributes:
        reason: what is wrong.
        offset: the offset of the first bad byte.
        source: the file the bytes came from, if known.
    """

    def __init__(self, reason: str, *, offset: int, source: str | None = None) -> None:
        where = f"{source}: " if source else ""
        super().__init__(f"{where}{reason} at byte offset {offset}")
        self.reason = reason
        self.offset = offset
        self.source = source

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.reason, {"offset": self.offset, "source": self.source}))


class SourceError(MigmodelError, OSError):
    """A source that cannot be read: a missing file, a directory with no articles.

    >>> str(SourceError("no such file or directory", source="news/missing.txt"))
    'news/missing.txt: no such file or directory'

    Attributes:
        reason: what is wrong.
        source: the path that could not be read.
    """

    def __init__(self, reason: str, *, source: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.reason = reason
        self.source = source

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.reason, {"source": self.source}))


def _rebuild(cls: type[MigmodelError], reason: str, options: dict[str, Any]) -> MigmodelError:
    """Re-create an error from its parts (errors with keyword options must pickle)."""
    return cls(reason, **options)
