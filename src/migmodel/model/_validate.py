"""Validators shared by the model's records.

Each field has one validator function: a list of validators costs attrs an extra call
per check, and records such as ``Span`` are built a few hundred times per article. The
merged checks test ``type(value) is int`` (or ``str``) first and call the general
validator, with its error message, only when the value is something else.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

import attrs

__all__ = [
    "country_code",
    "finite_number",
    "integer",
    "non_empty",
    "non_negative_integer",
    "optional_country_code",
    "string",
    "tuple_of",
]

_COUNTRY_CODE = re.compile(r"[A-Z]{2}")


def tuple_of(
    kind: type[Any] | tuple[type[Any], ...],
) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """A validator: the value is a tuple whose every member is a ``kind``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        owner = type(instance).__name__
        if not isinstance(value, tuple):
            raise TypeError(f"{owner}.{attribute.name} must be a tuple, got {type(value).__name__}")
        for index, member in enumerate(value):
            if not isinstance(member, kind):
                raise TypeError(
                    f"{owner}.{attribute.name}[{index}] must be {_names(kind)}, "
                    f"got {type(member).__name__}"
                )

    return check


def _names(kind: type[Any] | tuple[type[Any], ...]) -> str:
    if isinstance(kind, tuple):
        return " or ".join(member.__name__ for member in kind)
    return kind.__name__


def non_empty(instance: Any, attribute: attrs.Attribute[str], value: str) -> None:
    """A validator: the value is a string with something other than whitespace."""
    owner = type(instance).__name__
    if not isinstance(value, str):
        raise TypeError(f"{owner}.{attribute.name} must be str, got {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{owner}.{attribute.name} must not be empty")


def country_code(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: the value is an ISO 3166-1 alpha-2 code such as ``MA``."""
    if not (isinstance(value, str) and _COUNTRY_CODE.fullmatch(value)):
        owner = type(instance).__name__
        raise ValueError(
            f"{owner}.{attribute.name} must be an ISO 3166-1 alpha-2 code like 'MA', got {value!r}"
        )


def optional_country_code(
    instance: Any, attribute: attrs.Attribute[str | None], value: str | None
) -> None:
    """A validator: None, or an ISO 3166-1 alpha-2 code."""
    if value is not None:
        country_code(instance, attribute, value)


def integer(instance: Any, attribute: attrs.Attribute[int], value: object) -> None:
    """A validator: the value is an ``int`` (``True`` and ``False`` are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, int):
        owner = type(instance).__name__
        raise TypeError(f"{owner}.{attribute.name} must be int, got {type(value).__name__}")


_AT_LEAST_ZERO = attrs.validators.ge(0)

string = attrs.validators.instance_of(str)
"""A validator: the value is a ``str`` (attrs's ``instance_of(str)`` and its message)."""


def non_negative_integer(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    """A validator: ``integer``, then ``attrs.validators.ge(0)``, in one call."""
    if type(value) is not int:
        integer(instance, attribute, value)
    if value < 0:
        _AT_LEAST_ZERO(instance, attribute, value)


def finite_number(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: the value is a finite ``int`` or ``float`` (not a bool, NaN or infinity)."""
    owner = type(instance).__name__
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(
            f"{owner}.{attribute.name} must be int or float, got {type(value).__name__}"
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{owner}.{attribute.name} must be finite, got {value!r}")
