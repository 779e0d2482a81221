"""Character spans: the evidence every fact carries."""

from __future__ import annotations

import attrs

from migmodel.model._validate import integer, string

__all__ = ["Mention", "Span"]


def _check_start(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int:
        integer(instance, attribute, value)
    if value < 0:
        raise ValueError(f"Span start must be >= 0, got {value}")


def _check_end(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if type(value) is not int:
        integer(instance, attribute, value)
    if value < instance.start:
        raise ValueError(f"Span end {value} is before start {instance.start}")


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into ``Article.text``.

    >>> span = Span(start=4, end=11)
    >>> span.of("The Kingdom said")
    'Kingdom'
    >>> len(span)
    7
    """

    start: int = attrs.field(validator=_check_start)
    end: int = attrs.field(validator=_check_end)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@attrs.frozen(kw_only=True)
class Mention:
    """One occurrence of an entity in the text: where, and the words used.

    Attributes:
        span: where the mention stands in ``Article.text``.
        text: the words of the mention, equal to ``span.of(article.text)``.
    """

    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    text: str = attrs.field()

    @text.validator
    def _check_text(self, attribute: attrs.Attribute[str], value: str) -> None:
        if type(value) is not str:
            string(self, attribute, value)
        if len(value) != len(self.span):
            raise ValueError(
                f"Mention text {value!r} has {len(value)} characters "
                f"but its span {self.span.start}:{self.span.end} has {len(self.span)}"
            )
