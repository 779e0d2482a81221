"""A collection of parsed articles."""

from __future__ import annotations

import attrs

from migmodel.model._validate import tuple_of
from migmodel.model.article import Article

__all__ = ["Corpus"]


@attrs.frozen(kw_only=True)
class Corpus:
    """Many articles, in a deterministic order.

    Attributes:
        articles: the articles, in the order they were given.
    """

    articles: tuple[Article, ...] = attrs.field(default=(), validator=tuple_of(Article))

    def __len__(self) -> int:
        return len(self.articles)

    def __repr__(self) -> str:
        return f"<Corpus: {len(self.articles)} articles>"
