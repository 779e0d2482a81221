"""Honest dates: what the text tells about when, as an interval."""

from __future__ import annotations

import calendar
import datetime as dt
import enum

import attrs

from migmodel.model.span import Span

__all__ = ["DateMention", "FuzzyDate", "Precision"]


class Precision(enum.StrEnum):
    """How precisely a date is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    APPROXIMATE = "approximate"


def _check_latest(instance: FuzzyDate, attribute: attrs.Attribute[dt.date], value: dt.date) -> None:
    _is_date(instance, attribute, value)
    if value < instance.earliest:
        earliest = instance.earliest.isoformat()
        raise ValueError(f"FuzzyDate latest {value.isoformat()} is before earliest {earliest}")


def _as_date(value: dt.date) -> dt.date:
    """Drop the time of a ``datetime``; dates stay as they are."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def _is_date(instance: object, attribute: attrs.Attribute[dt.date], value: object) -> None:
    if not isinstance(value, dt.date):
        raise TypeError(
            f"FuzzyDate {attribute.name} must be a datetime.date, got {type(value).__name__}"
        )


@attrs.frozen(kw_only=True, order=True)
class FuzzyDate:
    """A date known to lie between ``earliest`` and ``latest`` (both inclusive).

    Ordered by ``earliest``, then ``latest``.

    >>> FuzzyDate.day(2024, 4, 23)
    FuzzyDate('2024-04-23')
    >>> str(FuzzyDate.month(2018, 12)), str(FuzzyDate.year(2013))
    ('2018-12', '2013')
    >>> str(FuzzyDate.between(FuzzyDate.year(2000), FuzzyDate.year(2004)))
    '2000/2004'
    >>> FuzzyDate.year(2018).contains(dt.date(2018, 12, 10))
    True

    Attributes:
        earliest: the first day the date can be.
        latest: the last day the date can be.
        precision: how the date was given: a day, a month, a year, or a looser interval.
        inferred: True when resolved from a relative expression ("on Tuesday", "a year ago").
    """

    earliest: dt.date = attrs.field(converter=_as_date, validator=_is_date)
    latest: dt.date = attrs.field(converter=_as_date, validator=_check_latest)
    precision: Precision = attrs.field(
        validator=attrs.validators.instance_of(Precision), order=False
    )
    inferred: bool = attrs.field(
        default=False, validator=attrs.validators.instance_of(bool), order=False
    )

    @classmethod
    def day(cls, year: int, month: int, day: int, *, inferred: bool = False) -> FuzzyDate:
        """A single known day."""
        value = dt.date(year, month, day)
        return cls(earliest=value, latest=value, precision=Precision.DAY, inferred=inferred)

    @classmethod
    def month(cls, year: int, month: int, *, inferred: bool = False) -> FuzzyDate:
        """Some day of a known month."""
        last = calendar.monthrange(year, month)[1]
        return cls(
            earliest=dt.date(year, month, 1),
            latest=dt.date(year, month, last),
            precision=Precision.MONTH,
            inferred=inferred,
        )

    @classmethod
    def year(cls, year: int, *, inferred: bool = False) -> FuzzyDate:
        """Some day of a known year."""
        return cls(
            earliest=dt.date(year, 1, 1),
            latest=dt.date(year, 12, 31),
            precision=Precision.YEAR,
            inferred=inferred,
        )

    @classmethod
    def between(
        cls, start: dt.date | FuzzyDate, end: dt.date | FuzzyDate, *, inferred: bool = False
    ) -> FuzzyDate:
        """Some day from ``start`` to ``end``; fuzzy bounds widen the interval."""
        earliest = start.earliest if isinstance(start, FuzzyDate) else start
        latest = end.latest if isinstance(end, FuzzyDate) else end
        return cls(
            earliest=earliest, latest=latest, precision=Precision.APPROXIMATE, inferred=inferred
        )

    @classmethod
    def of(cls, value: dt.date, *, inferred: bool = False) -> FuzzyDate:
        """The exact day ``value``."""
        return cls.day(value.year, value.month, value.day, inferred=inferred)

    def contains(self, value: dt.date) -> bool:
        """Whether ``value`` may be the date."""
        return self.earliest <= _as_date(value) <= self.latest

    def overlaps(self, other: FuzzyDate) -> bool:
        """Whether the two intervals share at least one day."""
        return self.earliest <= other.latest and other.earliest <= self.latest

    @property
    def days(self) -> int:
        """How many days the interval spans (1 for an exact day)."""
        return (self.latest - self.earliest).days + 1

    def __str__(self) -> str:
        if self.precision is Precision.DAY and self.earliest == self.latest:
            return self.earliest.isoformat()
        if self.precision is Precision.MONTH and _is_whole_month(self.earliest, self.latest):
            return self.earliest.isoformat()[:7]
        if self.precision is Precision.YEAR and _is_whole_years(self.earliest, self.latest):
            return str(self.earliest.year)
        return f"{_bound(self.earliest, self)}/{_bound(self.latest, self)}"

    def __repr__(self) -> str:
        flag = ", inferred" if self.inferred else ""
        return f"FuzzyDate({str(self)!r}{flag})"


def _is_whole_month(earliest: dt.date, latest: dt.date) -> bool:
    last = calendar.monthrange(latest.year, latest.month)[1]
    return (
        earliest.day == 1
        and latest.day == last
        and earliest.replace(day=1) == latest.replace(day=1)
    )


def _is_whole_years(earliest: dt.date, latest: dt.date) -> bool:
    return (earliest.month, earliest.day) == (1, 1) and (latest.month, latest.day) == (12, 31)


def _bound(value: dt.date, pair: FuzzyDate) -> str:
    """Write an interval bound as briefly as the pair allows: a year, a month or a day."""
    if _is_whole_years(pair.earliest, pair.latest):
        return str(value.year)
    last = calendar.monthrange(pair.latest.year, pair.latest.month)[1]
    if pair.earliest.day == 1 and pair.latest.day == last:
        return value.isoformat()[:7]
    return value.isoformat()


@attrs.frozen(kw_only=True)
class DateMention:
    """A date expression found in the text, with its value when it can be resolved.

    Attributes:
        text: the words of the expression, equal to ``span.of(article.text)``.
        value: the interval it denotes, or None when it cannot be resolved.
        span: where it stands in ``Article.text``.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    value: FuzzyDate | None = attrs.field(
        validator=attrs.validators.optional(attrs.validators.instance_of(FuzzyDate))
    )
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
