"""Working from a REPL: short reprs, summaries, IPython pretty-printing, a clean ``dir()``."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import handmade
import migmodel
from migmodel import Corpus, parse_corpus

SEEDS = Path(__file__).parent.parent / "seeds"

CORPUS_METHODS = [
    "people",
    "organizations",
    "places",
    "person",
    "organization",
    "place",
    "statements",
    "events",
    "policies",
    "timeline",
    "cooccurrence",
    "evidence",
    "records",
    "summary",
]


class FakePrinter:
    """Records what ``_repr_pretty_`` hands to IPython's pretty printer."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def text(self, text: str) -> None:
        self.texts.append(text)


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    """The two seed articles, parsed once for the module."""
    return parse_corpus([SEEDS])


# --- repr -------------------------------------------------------------------------------


def test_corpus_repr_counts_articles_and_entities() -> None:
    """A corpus's repr says how many articles and entities it holds."""
    assert repr(handmade.corpus()) == "<Corpus: 2 articles, 5 entities>"


def test_seed_corpus_repr_is_one_short_line(seeds: Corpus) -> None:
    """The repr of a parsed corpus is one line of at most 80 characters."""
    shown = repr(seeds)
    assert ("\n" in shown, len(shown) <= 80) == (False, True)


def test_article_repr_names_id_and_title() -> None:
    """An article's repr starts with its id and title."""
    assert repr(handmade.dakar_article()).startswith(
        "<Article dakar01 'Senegal and Spain Sign Labour Mobility Deal': "
    )


@pytest.mark.parametrize("index", [0, 1])
def test_seed_article_repr_is_one_short_line(seeds: Corpus, index: int) -> None:
    """The repr of a parsed article is one line of at most 160 characters."""
    shown = repr(seeds.articles[index])
    assert ("\n" in shown, len(shown) <= 160) == (False, True)


def test_long_title_is_shortened_in_the_repr() -> None:
    """A very long title is cut with an ellipsis in the repr."""
    article = migmodel.Article(id="long01", text="", title="Ministers Meet on Returns " * 10)
    assert repr(article) == (
        "<Article long01 'Ministers Meet on Returns Ministers Meet on Returns Minis...': "
        "0 paragraphs, 0 persons, 0 statements, 0 events, 0 policies>"
    )


# --- summary ------------------------------------------------------------------------------


def test_article_summary_starts_with_the_title() -> None:
    """Article.summary() starts with the title."""
    assert handmade.dakar_article().summary().splitlines()[0] == (
        "Senegal and Spain Sign Labour Mobility Deal"
    )


def test_article_summary_lists_people_with_roles() -> None:
    """Article.summary() lists each person with title and country."""
    assert "  - Awa Ndiaye [SN]: Minister of Labour (SN)" in handmade.dakar_article().summary()


def test_article_summary_lists_quotes_with_speakers() -> None:
    """Article.summary() lists statements with speaker, cue and kind."""
    summary = handmade.dakar_article().summary()
    assert "  - Awa Ndiaye [say, direct]: No one should risk the Atlantic route" in summary


def test_corpus_summary_has_a_page_per_article() -> None:
    """Corpus.summary() holds each article's summary."""
    corpus = handmade.corpus()
    assert all(article.summary() in corpus.summary() for article in corpus.articles)


def test_corpus_summary_ends_with_the_timeline() -> None:
    """Corpus.summary() ends with the timeline, oldest first."""
    tail = handmade.corpus().summary().split("Timeline (3 dated facts):\n")[1]
    assert tail.splitlines()[0].split()[0] == "2023-03"


# --- IPython ------------------------------------------------------------------------------


def test_corpus_pretty_prints_its_summary() -> None:
    """IPython's pretty printer shows a corpus as its summary."""
    corpus, printer = handmade.corpus(), FakePrinter()
    corpus._repr_pretty_(printer, False)
    assert printer.texts == [corpus.summary()]


def test_corpus_pretty_prints_its_repr_in_a_cycle() -> None:
    """In a reference cycle the pretty printer falls back to the one-line repr."""
    corpus, printer = handmade.corpus(), FakePrinter()
    corpus._repr_pretty_(printer, True)
    assert printer.texts == [repr(corpus)]


def test_article_pretty_prints_its_summary() -> None:
    """IPython's pretty printer shows an article as its summary."""
    article, printer = handmade.dakar_article(), FakePrinter()
    article._repr_pretty_(printer, False)
    assert printer.texts == [article.summary()]


def test_article_pretty_prints_its_repr_in_a_cycle() -> None:
    """In a reference cycle an article pretty-prints as its repr."""
    article, printer = handmade.dakar_article(), FakePrinter()
    article._repr_pretty_(printer, True)
    assert printer.texts == [repr(article)]


# --- dir and docstrings -------------------------------------------------------------------


def test_dir_of_the_package_is_the_public_api() -> None:
    """dir(migmodel) lists exactly the names of __all__."""
    assert dir(migmodel) == sorted(migmodel.__all__)


@pytest.mark.parametrize("name", migmodel.__all__)
def test_every_public_name_exists(name: str) -> None:
    """Every name in __all__ can be imported from migmodel."""
    assert hasattr(migmodel, name)


PUBLIC_CALLABLES = [
    name
    for name in migmodel.__all__
    if inspect.isclass(getattr(migmodel, name)) or inspect.isfunction(getattr(migmodel, name))
]


@pytest.mark.parametrize("name", PUBLIC_CALLABLES)
def test_every_public_function_and_class_has_a_docstring(name: str) -> None:
    """Every public function and class has a docstring."""
    doc = getattr(migmodel, name).__doc__
    assert (doc or "").strip() != ""


@pytest.mark.parametrize("name", CORPUS_METHODS)
def test_corpus_method_is_tab_completable(name: str) -> None:
    """dir(corpus) offers each query method for tab completion."""
    assert name in dir(handmade.corpus())


@pytest.mark.parametrize("name", CORPUS_METHODS)
def test_corpus_method_docstring_has_an_example_or_says_what_it_raises(name: str) -> None:
    """Each Corpus query method's docstring shows a call, in a doctest or in words."""
    doc = inspect.getdoc(getattr(Corpus, name)) or ""
    assert ">>>" in doc or "``corpus." in doc


def test_dir_of_query_module_is_its_api() -> None:
    """dir(migmodel.query) lists exactly the helpers of its __all__."""
    from migmodel import query

    assert dir(query) == sorted(query.__all__)
