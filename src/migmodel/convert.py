"""JSON and JSON Lines for the model: one cattrs converter, and error paths a person can read.

The conventions, each implemented by one hook listed in ``configure_converter``:

* records are JSON objects whose keys follow the attrs field order; every field is written;
  on reading, fields with a default may be left out and unknown keys are an error;
* an ``Article`` object starts with ``"schema_version"`` (``migmodel.model.SCHEMA_VERSION``);
  reading one without it, or with a newer version, is an error;
* a ``Corpus`` is ``{"articles": [...]}``;
* ``datetime.date`` values are ISO 8601 strings (``"2024-04-23"``); a ``FuzzyDate`` is an
  object whose ``earliest`` and ``latest`` are such strings;
* enums are written as their values (``"meeting"``);
* tuples are JSON arrays, read back as tuples;
* ``Quantity.value`` keeps its type: ``3`` stays an int and ``2.5`` a float;
* ``X | None`` is the value or ``null``.

Types are checked strictly when reading: ``3`` is not a str, ``true`` is not an int,
``"abc"`` is not an array. Every failure raises ``migmodel.errors.SchemaError`` whose
message gives the path of each offending field:

>>> from migmodel.model import Span
>>> from_json('{"start": 2, "end": "7"}', Span)
Traceback (most recent call last):
...
migmodel.errors.SchemaError: end: expected int, got '7'
"""

from __future__ import annotations

import datetime as dt
import enum
import io
import json
import os
import reprlib
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TextIO, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from migmodel.errors import DecodeError, SchemaError, SourceError
from migmodel.model import SCHEMA_VERSION, Article, Corpus

__all__ = [
    "configure_converter",
    "dump_jsonl",
    "from_dict",
    "from_json",
    "load_jsonl",
    "make_converter",
    "to_dict",
    "to_json",
]

T = TypeVar("T")

_MAX_REPORTED_ERRORS = 10
"""How many field errors one ``SchemaError`` message lists before it says how many more."""

_VERSION_KEY = "schema_version"

_short = reprlib.Repr()
_short.maxstring = 40
_short.maxother = 40
_short.maxlist = 3
_short.maxdict = 3


class _FieldError(ValueError):
    """A value of the wrong JSON type or form, or a bad ``schema_version``.

    ``field`` names a key below the current path (``schema_version``), if the problem
    lies there rather than at the path itself.
    """

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def _got(value: object) -> str:
    """A short picture of an offending value, for messages."""
    return _short.repr(value)


# --- structure hooks: strict scalars -----------------------------------------------------


def _structure_str(value: object, _: object) -> str:
    if type(value) is str or isinstance(value, str):
        return value
    raise _FieldError(f"expected str, got {_got(value)}")


def _structure_int(value: object, _: object) -> int:
    if type(value) is int or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    raise _FieldError(f"expected int, got {_got(value)}")


def _structure_float(value: object, _: object) -> float:
    if isinstance(value, float):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    raise _FieldError(f"expected float, got {_got(value)}")


def _structure_number(value: object, _: object) -> int | float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    raise _FieldError(f"expected int or float, got {_got(value)}")


def _structure_bool(value: object, _: object) -> bool:
    if isinstance(value, bool):
        return value
    raise _FieldError(f"expected bool, got {_got(value)}")


def _structure_date(value: object, _: object) -> dt.date:
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _FieldError(f"expected an ISO 8601 date like '2024-04-23', got {_got(value)}")


def _unstructure_date(value: dt.date) -> str:
    """The ISO date; a ``datetime`` given where a date belongs loses its time."""
    return dt.date.isoformat(value)


def _is_number(type_: object) -> bool:
    """``int | float`` (or ``float | int``), which JSON passes through unchanged."""
    return _is_union(type_) and set(typing.get_args(type_)) == {int, float}


def _is_union(type_: object) -> bool:
    return typing.get_origin(type_) in (typing.Union, types.UnionType)


def _is_optional(type_: object) -> bool:
    """``X | None`` for a single ``X``."""
    arguments = typing.get_args(type_)
    return _is_union(type_) and len(arguments) == 2 and type(None) in arguments


def _optional_member(type_: object) -> Any:
    return next(argument for argument in typing.get_args(type_) if argument is not type(None))


def _is_homogeneous_tuple(type_: object) -> bool:
    """``tuple[X, ...]``."""
    arguments = typing.get_args(type_)
    return typing.get_origin(type_) is tuple and len(arguments) == 2 and arguments[1] is ...


# --- structure hook factories --------------------------------------------------------------


def _structure_enum(value: object, type_: type[enum.Enum]) -> enum.Enum:
    """Enums are read from their values, nothing else (not their names, not a bool)."""
    if isinstance(value, str | int) and not isinstance(value, bool):
        try:
            return type_(value)
        except ValueError:
            pass
    allowed = ", ".join(repr(member.value) for member in type_)
    raise _FieldError(f"expected one of {allowed}, got {_got(value)}")


def _structure_optional_factory(
    type_: Any, converter: cattrs.Converter
) -> Callable[[object, object], object]:
    """``null`` is None; anything else goes to the member's hook."""
    member = _optional_member(type_)
    hook = converter.get_structure_hook(member)

    def structure(value: object, _: object) -> object:
        if value is None:
            return None
        return hook(value, member)

    return structure


def _structure_tuple_factory(
    type_: Any, converter: cattrs.Converter
) -> Callable[[object, object], tuple[object, ...]]:
    """Arrays are read into tuples, each member by the member type's hook.

    With detailed validation every failing member is reported with its index.
    """
    member = typing.get_args(type_)[0]
    hook = converter.get_structure_hook(member)
    detailed = converter.detailed_validation

    def structure(value: object, _: object) -> tuple[object, ...]:
        if not isinstance(value, list | tuple):
            raise _FieldError(f"expected array, got {_got(value)}")
        if not detailed:
            return tuple([hook(item, member) for item in value])
        result = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                result.append(hook(item, member))
            except Exception as error:  # noqa: BLE001 - every member's failure is collected
                error.add_note(IterableValidationNote(f"@ index {index}", index, member))
                errors.append(error)
        if errors:
            raise IterableValidationError(f"While structuring {type_!r}", errors, type_)
        return tuple(result)

    return structure


def _structure_record_factory(
    type_: type[Any], converter: cattrs.Converter
) -> Callable[[object, object], object]:
    """Records are read from JSON objects by cattrs' generated function for the class."""
    generated = make_dict_structure_fn(type_, converter)

    def structure(value: object, _: object) -> object:
        if type(value) is not dict and not isinstance(value, Mapping):
            raise _FieldError(f"expected object, got {_got(value)}")
        return generated(value, type_)

    return structure


def _structure_article_factory(
    type_: type[Article], converter: cattrs.Converter
) -> Callable[[object, object], Article]:
    """An ``Article`` object must carry a ``schema_version`` no newer than ours."""
    generated = make_dict_structure_fn(type_, converter)

    def structure(value: object, _: object) -> Article:
        if type(value) is not dict and not isinstance(value, Mapping):
            raise _FieldError(f"expected object, got {_got(value)}")
        fields = dict(value)
        _check_version(fields.pop(_VERSION_KEY, None))
        return generated(fields, type_)

    return structure


def _check_version(version: object) -> None:
    if version is None:
        raise _FieldError(
            "missing required field (articles written by migmodel carry one)", field=_VERSION_KEY
        )
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _FieldError(f"expected a positive int, got {_got(version)}", field=_VERSION_KEY)
    if version > SCHEMA_VERSION:
        raise _FieldError(
            f"{version} is newer than this migmodel reads ({SCHEMA_VERSION}); upgrade migmodel",
            field=_VERSION_KEY,
        )


# --- unstructure hook factories ------------------------------------------------------------


def _unstructure_enum(value: enum.Enum) -> object:
    return value.value


def _unstructure_optional_factory(
    type_: Any, converter: cattrs.Converter
) -> Callable[[object], object]:
    member = _optional_member(type_)
    hook = converter.get_unstructure_hook(member)

    def unstructure(value: object) -> object:
        return None if value is None else hook(value)

    return unstructure


def _unstructure_tuple_factory(
    type_: Any, converter: cattrs.Converter
) -> Callable[[tuple[object, ...]], list[object]]:
    member = typing.get_args(type_)[0]
    if member in (str, int, float, bool):
        return list
    hook = converter.get_unstructure_hook(member)

    def unstructure(value: tuple[object, ...]) -> list[object]:
        return [hook(item) for item in value]

    return unstructure


def _unstructure_article_factory(
    type_: type[Article], converter: cattrs.Converter
) -> Callable[[Article], dict[str, Any]]:
    generated = make_dict_unstructure_fn(type_, converter)

    def unstructure(article: Article) -> dict[str, Any]:
        return {_VERSION_KEY: SCHEMA_VERSION, **generated(article)}

    return unstructure


# --- the converter --------------------------------------------------------------------------


def configure_converter(converter: cattrs.Converter) -> None:
    """Register migmodel's JSON hooks on ``converter``.

    * str, int, float, bool: passed through, but only from values of that JSON type;
    * ``int | float``: either number passed through, keeping its type (never a bool);
    * ``datetime.date``: an ISO 8601 string ``YYYY-MM-DD``;
    * enums: by value, and only a member's value is accepted;
    * ``X | None``: null or an ``X``;
    * ``tuple[X, ...]``: a JSON array, read back as a tuple;
    * attrs records: a JSON object in field order, from cattrs' generated functions;
    * ``Article``: the same, with ``schema_version`` first, checked on reading.
    """
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook(dt.date, _structure_date)
    converter.register_unstructure_hook(dt.date, _unstructure_date)
    converter.register_structure_hook_func(_is_number, _structure_number)
    converter.register_unstructure_hook_func(_is_number, lambda value: value)
    # Class hooks dispatch along the MRO, where ``str`` comes before ``Enum`` in a StrEnum:
    # the enum hooks are registered for each enum base that also subclasses a scalar.
    for enum_base in (enum.Enum, enum.StrEnum, enum.IntEnum):
        converter.register_structure_hook(enum_base, _structure_enum)
        converter.register_unstructure_hook(enum_base, _unstructure_enum)
    converter.register_structure_hook_factory(_is_optional, _structure_optional_factory)
    converter.register_unstructure_hook_factory(_is_optional, _unstructure_optional_factory)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _structure_tuple_factory)
    converter.register_unstructure_hook_factory(_is_homogeneous_tuple, _unstructure_tuple_factory)
    converter.register_structure_hook_factory(attrs.has, _structure_record_factory)
    converter.register_structure_hook_factory(
        lambda type_: type_ is Article, _structure_article_factory
    )
    converter.register_unstructure_hook_factory(
        lambda type_: type_ is Article, _unstructure_article_factory
    )


def make_converter(*, detailed_validation: bool = True) -> cattrs.Converter:
    """A new private converter with migmodel's hooks, forbidding unknown keys.

    ``detailed_validation`` collects every error with its path (slower on failures only
    in principle; migmodel reads with a fast converter and re-reads failures in detail).
    """
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed_validation)
    configure_converter(converter)
    return converter


_FAST = make_converter(detailed_validation=False)
"""Reads good data without the bookkeeping of error paths."""

_DETAILED = make_converter(detailed_validation=True)
"""Re-reads data that failed, to name the path of every error."""


# --- errors ---------------------------------------------------------------------------------


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _collect(error: BaseException, path: str, found: list[tuple[str, str]]) -> None:
    """Flatten a cattrs error tree into ``(path, message)`` pairs."""
    if isinstance(error, IterableValidationError):
        with_notes, without = error.group_exceptions()
        for member, note in with_notes:
            _collect(member, f"{path}[{note.index}]", found)
        for member in without:
            _collect(member, path, found)
    elif isinstance(error, ClassValidationError):
        field_errors, others = error.group_exceptions()
        for member, field_note in field_errors:
            _collect(member, _join(path, field_note.name), found)
        for member in others:
            _collect(member, path, found)
    elif isinstance(error, ForbiddenExtraKeysError):
        found.extend((_join(path, key), "unexpected field") for key in sorted(error.extra_fields))
    elif isinstance(error, _FieldError):
        found.append((_join(path, error.field) if error.field else path, error.message))
    elif isinstance(error, KeyError):
        found.append((path, "missing required field"))
    else:
        found.append((path, str(error)))


def _schema_error(data: object, cls: type[Any], cause: Exception) -> SchemaError:
    """Re-read failed ``data`` in detail and describe every error with its path."""
    found: list[tuple[str, str]] = []
    try:
        _DETAILED.structure(data, cls)
    except Exception as error:  # noqa: BLE001 - whatever failed is described with its path
        _collect(error, "", found)
    if not found:
        _collect(cause, "", found)
    # The first error's path goes to ``SchemaError.path``; the others are written out.
    path, reason = found[0]
    others = [f"{where}: {message}" if where else message for where, message in found[1:]]
    if len(others) >= _MAX_REPORTED_ERRORS:
        more = len(others) - _MAX_REPORTED_ERRORS + 1
        others = [*others[: _MAX_REPORTED_ERRORS - 1], f"and {more} more errors"]
    return SchemaError("; ".join([reason, *others]), path=path)


def _require_record_type(cls: type[Any]) -> None:
    if not attrs.has(cls):
        raise TypeError(f"expected a migmodel record type such as Article, got {cls!r}")


# --- the public API -------------------------------------------------------------------------


def to_dict(obj: object) -> dict[str, Any]:
    """The JSON-ready dict of a model record: plain str, int, float, bool, None, list, dict.

    >>> from migmodel.model import Span
    >>> to_dict(Span(start=0, end=5))
    {'start': 0, 'end': 5}

    Raises:
        TypeError: when ``obj`` is not a migmodel record.
    """
    _require_record_type(type(obj))
    result: dict[str, Any] = _FAST.unstructure(obj)
    return result


def from_dict(data: object, cls: type[T]) -> T:
    """The ``cls`` record that ``data`` (as made by ``to_dict``) describes.

    >>> from migmodel.model import Span
    >>> from_dict({"start": 0, "end": 5}, Span)
    Span(start=0, end=5)

    Raises:
        SchemaError: when ``data`` does not fit ``cls``; the message names each bad field.
        TypeError: when ``cls`` is not a migmodel record type.
    """
    _require_record_type(cls)
    try:
        return _FAST.structure(data, cls)
    except Exception as error:
        raise _schema_error(data, cls, error) from error


def to_json(obj: object, *, indent: int | None = None) -> str:
    """The JSON text of a model record; compact on one line unless ``indent`` is given.

    Non-ASCII characters are written as themselves, not as escapes.

    >>> from migmodel.model import FuzzyDate
    >>> to_json(FuzzyDate.month(2018, 12))
    '{"earliest":"2018-12-01","latest":"2018-12-31","precision":"month","inferred":false}'
    """
    data = to_dict(obj)
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """The ``cls`` record that the JSON ``text`` (as made by ``to_json``) describes.

    Bytes are read as UTF-8.

    >>> from migmodel.model import FuzzyDate
    >>> from_json(
    ...     '{"earliest": "2013-01-01", "latest": "2013-12-31", "precision": "year"}', FuzzyDate
    ... )
    FuzzyDate('2013')
    >>> from_json('{"earliest": "2013-01-01" "latest": "2013-12-31"}', FuzzyDate)
    Traceback (most recent call last):
    ...
    migmodel.errors.SchemaError: invalid JSON at line 1, column 27: Expecting ',' delimiter

    Raises:
        SchemaError: when ``text`` is not JSON or does not fit ``cls``.
        DecodeError: when ``text`` is bytes that are not UTF-8.
        TypeError: when ``cls`` is not a migmodel record type.
    """
    _require_record_type(cls)
    if isinstance(text, bytes | bytearray):
        text = _decode(bytes(text))
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SchemaError(
            f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from error
    except RecursionError as error:
        raise SchemaError("invalid JSON: nested too deeply") from error
    return from_dict(data, cls)


def _decode(data: bytes, *, start: int = 0) -> str:
    try:
        return data.decode("utf-8-sig" if start == 0 else "utf-8")
    except UnicodeDecodeError as error:
        reason = f"invalid UTF-8 byte 0x{data[error.start]:02x}"
        raise DecodeError(reason, offset=start + error.start) from error


_PathOrStream = str | os.PathLike[str] | TextIO


def dump_jsonl(articles: Corpus | Iterable[Article], file: _PathOrStream) -> None:
    """Write ``articles`` as JSON Lines: one compact article object a line, UTF-8.

    ``file`` is a path (created or replaced) or a text stream open for writing.

    >>> from migmodel.model import Article
    >>> stream = io.StringIO()
    >>> dump_jsonl([Article(id="a1", text="")], stream)
    >>> stream.getvalue()[:30]
    '{"schema_version":1,"id":"a1",'
    """
    members = articles.articles if isinstance(articles, Corpus) else articles
    if isinstance(file, str | os.PathLike):
        with open(file, "w", encoding="utf-8", newline="\n") as stream:
            _write_lines(members, stream)
    else:
        _write_lines(members, file)


def _write_lines(articles: Iterable[Article], stream: TextIO) -> None:
    for article in articles:
        if not isinstance(article, Article):
            raise TypeError(f"dump_jsonl writes Articles, got {type(article).__name__}")
        stream.write(to_json(article))
        stream.write("\n")


def load_jsonl(file: _PathOrStream) -> Corpus:
    """Read a ``Corpus`` from JSON Lines, one article a line; blank lines are skipped.

    ``file`` is a path or a text stream open for reading.

    >>> corpus = load_jsonl(io.StringIO('{"schema_version": 1, "id": "a1", "text": ""}\\n'))
    >>> [article.id for article in corpus.articles]
    ['a1']
    >>> load_jsonl(io.StringIO('\\n{"schema_version": 1, "id": "a1"}\\n'))
    Traceback (most recent call last):
    ...
    migmodel.errors.SchemaError: line 2: text: missing required field

    Raises:
        SchemaError: naming the line number, when a line is not an article's JSON.
        DecodeError: when a file's bytes are not UTF-8.
        SourceError: when the file cannot be opened.
    """
    if isinstance(file, str | os.PathLike):
        name = os.fspath(file)
        try:
            with open(file, "rb") as stream:
                return Corpus(articles=tuple(_read_lines(_decoded_lines(stream, name), name)))
        except OSError as error:
            raise SourceError(error.strerror or str(error), source=name) from error
    return Corpus(articles=tuple(_read_lines(file, None)))


def _decoded_lines(stream: io.BufferedReader, name: str) -> Iterator[str]:
    offset = 0
    for number, line in enumerate(stream, start=1):
        try:
            yield _decode(line, start=offset)
        except DecodeError as error:
            where = f"{name}, line {number}"
            raise DecodeError(error.reason, offset=error.offset, source=where) from error
        offset += len(line)


def _read_lines(lines: Iterable[str], name: str | None) -> Iterator[Article]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}, line {number}" if name else f"line {number}"
        try:
            yield from_json(line.rstrip("\r\n"), Article)
        except SchemaError as error:
            raise SchemaError(error.reason, path=error.path, source=where) from error


def __dir__() -> list[str]:
    return list(__all__)
