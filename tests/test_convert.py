"""JSON and JSON Lines: round trips, the JSON conventions, and SchemaError messages."""

from __future__ import annotations

import copy
import io
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmodel import strategies
from migmodel.convert import (
    configure_converter,
    dump_jsonl,
    from_dict,
    from_json,
    load_jsonl,
    make_converter,
    to_dict,
    to_json,
)
from migmodel.errors import DecodeError, SchemaError, SourceError
from migmodel.model import (
    SCHEMA_VERSION,
    Article,
    Corpus,
    FuzzyDate,
    Quantity,
    Span,
)
from record_strategies import STRATEGIES, TYPE_NAMES

GOLDEN = Path(__file__).parent / "golden" / "article.json"
"""The golden JSON of the hand-built article in ``conftest.py``."""

FIXTURES = Path(__file__).parent / "fixtures"


def _golden_dict(article: Article) -> dict[str, Any]:
    return copy.deepcopy(to_dict(article))


def _schema_error(data: object, cls: type[Any] = Article) -> SchemaError:
    with pytest.raises(SchemaError) as error:
        from_dict(data, cls)
    return error.value


def _is_plain(value: object) -> bool:
    """Whether ``value`` is made only of plain JSON types (no tuples, enums or dates)."""
    if type(value) in (str, int, float, bool, type(None)):
        return True
    if type(value) is list:
        return all(_is_plain(member) for member in value)
    if type(value) is dict:
        return all(type(key) is str and _is_plain(member) for key, member in value.items())
    return False


# --- round trips ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", TYPE_NAMES)
@given(data=st.data())
def test_json_round_trip_gives_an_equal_record(name: str, data: st.DataObject) -> None:
    """``from_json(to_json(x), type(x)) == x`` for every public record type."""
    record = data.draw(STRATEGIES[name])
    assert from_json(to_json(record), type(record)) == record


@pytest.mark.parametrize("name", TYPE_NAMES)
@given(data=st.data())
def test_dict_round_trip_gives_an_equal_record(name: str, data: st.DataObject) -> None:
    """``from_dict(to_dict(x), type(x)) == x`` for every public record type."""
    record = data.draw(STRATEGIES[name])
    assert from_dict(to_dict(record), type(record)) == record


@pytest.mark.parametrize("name", TYPE_NAMES)
@given(data=st.data())
def test_to_dict_gives_plain_json_values(name: str, data: st.DataObject) -> None:
    """``to_dict`` gives only str, int, float, bool, None, list and dict."""
    assert _is_plain(to_dict(data.draw(STRATEGIES[name])))


@given(strategies.articles())
def test_indented_json_reads_back(article: Article) -> None:
    """Indented JSON reads back to the same article."""
    assert from_json(to_json(article, indent=2), Article) == article


@given(strategies.articles())
def test_utf8_bytes_read_back(article: Article) -> None:
    """JSON given as UTF-8 bytes reads back to the same article."""
    assert from_json(to_json(article).encode("utf-8"), Article) == article


def test_int_quantity_stays_int() -> None:
    """An int ``Quantity.value`` is read back as an int."""
    quantity = Quantity(value=2500, unit="visas", text="2,500", span=Span(start=0, end=5))
    assert type(from_json(to_json(quantity), Quantity).value) is int


def test_float_quantity_stays_float() -> None:
    """A whole float ``Quantity.value`` is read back as a float, not an int."""
    quantity = Quantity(value=3.0, unit="million", text="3.0", span=Span(start=0, end=3))
    assert type(from_json(to_json(quantity), Quantity).value) is float


def test_tuples_are_read_back_as_tuples(golden_article: Article) -> None:
    """JSON arrays become tuples again."""
    assert type(from_json(to_json(golden_article), Article).persons[0].roles) is tuple


# --- the JSON conventions -------------------------------------------------------------------


def test_article_json_starts_with_schema_version(golden_article: Article) -> None:
    """An article's JSON object starts with its schema_version."""
    assert next(iter(to_dict(golden_article).items())) == ("schema_version", SCHEMA_VERSION)


def test_article_keys_follow_field_order(golden_article: Article) -> None:
    """After schema_version, the keys are the attrs fields in order."""
    names = [field.name for field in attrs.fields(Article)]
    assert list(to_dict(golden_article))[1:] == names


def test_corpus_json_is_an_object_of_articles(golden_article: Article) -> None:
    """A corpus is ``{"articles": [...]}`` with each article carrying its schema_version."""
    data = to_dict(Corpus(articles=(golden_article,)))
    assert data == {"articles": [to_dict(golden_article)]}


def test_dates_are_iso_strings(golden_article: Article) -> None:
    """``datetime.date`` values are ISO 8601 strings."""
    assert to_dict(golden_article)["page_date"] == "2024-03-04"


def test_fuzzy_dates_are_objects_of_iso_bounds() -> None:
    """A fuzzy date is an object with ISO bounds, its precision and its inferred flag."""
    assert to_dict(FuzzyDate.month(2018, 12)) == {
        "earliest": "2018-12-01",
        "latest": "2018-12-31",
        "precision": "month",
        "inferred": False,
    }


def test_enums_are_written_as_their_values(golden_article: Article) -> None:
    """Enums are written as plain strings, their values."""
    assert type(to_dict(golden_article)["events"][0]["kind"]) is str


def test_missing_optionals_are_null(golden_article: Article) -> None:
    """An absent optional value is written as null."""
    assert '"acronym":null' in to_json(golden_article)


def test_non_ascii_is_written_as_is(golden_article: Article) -> None:
    """Curly quotes and accents are written as themselves, not escaped."""
    assert "\u201cThis agreement" in to_json(golden_article)


def test_compact_json_is_one_line(golden_article: Article) -> None:
    """Without ``indent`` the JSON is a single line."""
    assert "\n" not in to_json(golden_article)


def test_defaulted_fields_may_be_left_out() -> None:
    """On reading, a field with a default may be missing."""
    assert from_json('{"schema_version": 1, "id": "a1", "text": "Dakar"}', Article) == Article(
        id="a1", text="Dakar"
    )


def test_utf8_bom_is_accepted(golden_article: Article) -> None:
    """Bytes that start with a UTF-8 byte order mark are read."""
    data = b"\xef\xbb\xbf" + to_json(golden_article).encode("utf-8")
    assert from_json(data, Article) == golden_article


def test_golden_article_json_is_unchanged(golden_article: Article) -> None:
    """The hand-built article serialises exactly as ``tests/golden/article.json``.

    To change the schema deliberately, run
    ``MIGMODEL_UPDATE_GOLDEN=1 pytest tests/test_convert.py -k golden``, review the diff
    of ``tests/golden/article.json``, and raise ``SCHEMA_VERSION`` if a field's meaning changed.
    """
    text = to_json(golden_article, indent=2) + "\n"
    if os.environ.get("MIGMODEL_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert GOLDEN.read_text(encoding="utf-8") == text


def test_golden_json_reads_back_to_the_article(golden_article: Article) -> None:
    """``tests/golden/article.json`` reads back to the hand-built article."""
    assert from_json(GOLDEN.read_bytes(), Article) == golden_article


# --- SchemaError messages -------------------------------------------------------------------


def test_wrong_type_deep_in_an_article_names_its_path(golden_article: Article) -> None:
    """A wrong type deep inside an article is reported with its path, expected and got."""
    data = _golden_dict(golden_article)
    data["persons"][0]["roles"][0]["title"] = 3
    assert str(_schema_error(data)) == "persons[0].roles[0].title: expected str, got 3"


def test_schema_error_carries_the_path(golden_article: Article) -> None:
    """``SchemaError.path`` holds the path of the offending field."""
    data = _golden_dict(golden_article)
    data["persons"][0]["roles"][0]["title"] = 3
    assert _schema_error(data).path == "persons[0].roles[0].title"


def test_missing_key_is_named(golden_article: Article) -> None:
    """A missing required key is reported with its path."""
    data = _golden_dict(golden_article)
    del data["persons"][0]["name"]
    assert str(_schema_error(data)) == "persons[0].name: missing required field"


def test_extra_key_is_named(golden_article: Article) -> None:
    """An unknown key is reported with its path."""
    data = _golden_dict(golden_article)
    data["organizations"][1]["acronyms"] = ["IOM"]
    assert str(_schema_error(data)) == "organizations[1].acronyms: unexpected field"


def test_validator_failure_is_reported_with_its_path(golden_article: Article) -> None:
    """A model validator's message is reported at the path of the record that failed."""
    data = _golden_dict(golden_article)
    data["persons"][0]["roles"][0]["country"] = "Cabo Verde"
    assert str(_schema_error(data)) == (
        "persons[0].roles[0]: Role.country must be an ISO 3166-1 alpha-2 code like 'MA', "
        "got 'Cabo Verde'"
    )


def test_mention_text_mismatch_is_reported_with_its_path(golden_article: Article) -> None:
    """A mention whose text does not fit its span is reported at the mention."""
    data = _golden_dict(golden_article)
    data["places"][2]["mentions"][0]["text"] = "Lisbon, Portugal"
    assert str(_schema_error(data)) == (
        "places[2].mentions[0]: Mention text 'Lisbon, Portugal' has 16 characters "
        "but its span 78:84 has 6"
    )


def test_span_past_the_text_is_reported(golden_article: Article) -> None:
    """An article whose dateline runs past its text is reported without a path."""
    data = _golden_dict(golden_article)
    data["text"] = data["text"][:100]
    assert str(_schema_error(data)) == (
        "Article span 78:103 runs past the end of the text (100 characters)"
    )


def test_string_for_an_array_is_rejected(golden_article: Article) -> None:
    """A string is not read as an array of its characters."""
    data = _golden_dict(golden_article)
    data["persons"][0]["aliases"] = "Tavares"
    assert str(_schema_error(data)) == "persons[0].aliases: expected array, got 'Tavares'"


def test_bool_for_an_int_is_rejected(golden_article: Article) -> None:
    """``true`` is not an int."""
    data = _golden_dict(golden_article)
    data["paragraphs"][0]["index"] = True
    assert str(_schema_error(data)) == "paragraphs[0].index: expected int, got True"


def test_number_as_string_is_rejected(golden_article: Article) -> None:
    """A quantity's value must be a JSON number, not a string of digits."""
    data = _golden_dict(golden_article)
    data["quantities"][0]["value"] = "2500"
    assert str(_schema_error(data)) == "quantities[0].value: expected int or float, got '2500'"


def test_unknown_enum_value_lists_the_allowed_ones(golden_article: Article) -> None:
    """An unknown enum value is reported with the values allowed."""
    data = _golden_dict(golden_article)
    data["places"][0]["kind"] = "nation"
    assert str(_schema_error(data)) == (
        "places[0].kind: expected one of 'city', 'country', 'region', 'continent', got 'nation'"
    )


def test_bad_date_is_rejected(golden_article: Article) -> None:
    """A date that is not ISO 8601 is reported with its path."""
    data = _golden_dict(golden_article)
    data["page_date"] = "04/03/2024"
    assert str(_schema_error(data)) == (
        "page_date: expected an ISO 8601 date like '2024-04-23', got '04/03/2024'"
    )


def test_several_errors_are_all_reported(golden_article: Article) -> None:
    """Every bad field is reported, separated by semicolons."""
    data = _golden_dict(golden_article)
    data["id"] = None
    data["events"][0]["date"]["precision"] = "week"
    assert str(_schema_error(data)) == (
        "id: expected str, got None; events[0].date.precision: expected one of 'day', "
        "'month', 'year', 'approximate', got 'week'"
    )


def test_non_object_is_rejected() -> None:
    """A JSON array is not an article."""
    assert str(_schema_error([1, 2])) == "expected object, got [1, 2]"


def test_future_schema_version_is_rejected(golden_article: Article) -> None:
    """An article written by a newer migmodel is refused, saying so."""
    data = _golden_dict(golden_article)
    data["schema_version"] = SCHEMA_VERSION + 1
    assert str(_schema_error(data)) == (
        f"schema_version: {SCHEMA_VERSION + 1} is newer than this migmodel reads "
        f"({SCHEMA_VERSION}); upgrade migmodel"
    )


def test_missing_schema_version_is_rejected(golden_article: Article) -> None:
    """An article without schema_version is refused, saying so."""
    data = _golden_dict(golden_article)
    del data["schema_version"]
    assert str(_schema_error(data)) == (
        "schema_version: missing required field (articles written by migmodel carry one)"
    )


def test_corpus_errors_name_the_article(golden_article: Article) -> None:
    """Inside a corpus, paths start at the article's index."""
    data = to_dict(Corpus(articles=(golden_article, golden_article)))
    del data["articles"][1]["schema_version"]
    assert _schema_error(data, Corpus).path == "articles[1].schema_version"


def test_bad_json_names_line_and_column() -> None:
    """A JSON syntax error gives its line and column."""
    with pytest.raises(SchemaError) as error:
        from_json('{\n  "start": 1,\n  "end": \n}', Span)
    assert str(error.value) == "invalid JSON at line 4, column 1: Expecting value"


def test_schema_errors_chain_their_cause() -> None:
    """A SchemaError keeps the underlying error as its cause."""
    with pytest.raises(SchemaError) as error:
        from_json("{", Span)
    assert isinstance(error.value.__cause__, json.JSONDecodeError)


def test_schema_error_is_a_value_error() -> None:
    """Callers can catch a SchemaError as a ValueError."""
    with pytest.raises(ValueError, match="end: expected int, got '7'"):
        from_json('{"start": 2, "end": "7"}', Span)


def test_deeply_nested_json_is_a_schema_error() -> None:
    """JSON nested past Python's recursion limit is reported, not crashed on."""
    with pytest.raises(SchemaError, match="nested too deeply"):
        from_json("[" * 100_000, Span)


def test_undecodable_bytes_raise_decode_error() -> None:
    """Bytes that are not UTF-8 raise DecodeError with the offset."""
    with pytest.raises(DecodeError) as error:
        from_json(b'{"start": "\xff"}', Span)
    assert str(error.value) == "invalid UTF-8 byte 0xff at byte offset 11"


def test_to_dict_rejects_non_records() -> None:
    """Only migmodel records can be converted."""
    with pytest.raises(TypeError, match="expected a migmodel record type"):
        to_dict({"start": 0})


def test_from_dict_rejects_non_record_types() -> None:
    """Only migmodel record types can be read."""
    with pytest.raises(TypeError, match="expected a migmodel record type"):
        from_dict({"start": 0}, dict)


# --- JSON Lines -----------------------------------------------------------------------------


@given(strategies.corpora())
def test_jsonl_stream_round_trip(corpus: Corpus) -> None:
    """A corpus written to a text stream as JSON Lines reads back equal."""
    stream = io.StringIO()
    dump_jsonl(corpus, stream)
    stream.seek(0)
    assert load_jsonl(stream) == corpus


def test_jsonl_file_round_trip(tmp_path: Path, golden_article: Article) -> None:
    """A corpus written to a path reads back equal."""
    path = tmp_path / "articles.jsonl"
    corpus = Corpus(articles=(golden_article, golden_article))
    dump_jsonl(corpus, path)
    assert load_jsonl(path) == corpus


def test_jsonl_writes_one_line_per_article(tmp_path: Path, golden_article: Article) -> None:
    """Each article takes exactly one line."""
    path = tmp_path / "articles.jsonl"
    dump_jsonl([golden_article] * 3, path)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3


def test_jsonl_accepts_any_iterable_of_articles(golden_article: Article) -> None:
    """dump_jsonl takes a generator of articles as well as a corpus."""
    stream = io.StringIO()
    dump_jsonl((article for article in [golden_article]), stream)
    assert stream.getvalue() == to_json(golden_article) + "\n"


def test_jsonl_skips_blank_lines(golden_article: Article) -> None:
    """Blank lines between articles are ignored."""
    stream = io.StringIO(f"\n{to_json(golden_article)}\n\n")
    assert len(load_jsonl(stream)) == 1


def test_jsonl_bad_line_names_its_number(golden_article: Article) -> None:
    """A bad line in a stream is reported with its line number and the field path."""
    stream = io.StringIO(f'{to_json(golden_article)}\n\n{{"schema_version": 1, "id": 7}}\n')
    with pytest.raises(SchemaError) as error:
        load_jsonl(stream)
    assert str(error.value) == "line 3: id: expected str, got 7; text: missing required field"


def test_jsonl_bad_line_in_a_file_names_file_and_line(tmp_path: Path) -> None:
    """A syntax error in a file is reported with the file, the line and the column."""
    path = tmp_path / "broken.jsonl"
    path.write_text('{"schema_version": 1, "id": "a1", "text": ""}\n{"id": \n', encoding="utf-8")
    with pytest.raises(SchemaError) as error:
        load_jsonl(path)
    assert str(error.value) == f"{path}, line 2: invalid JSON at line 1, column 8: Expecting value"


def test_jsonl_bad_bytes_in_a_file_name_the_line(tmp_path: Path) -> None:
    """Bytes that are not UTF-8 are reported with the line and the file offset."""
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"schema_version": 1, "id": "a1", "text": ""}\n{"id": "S\xe3o Tom\xe9"}\n')
    with pytest.raises(DecodeError) as error:
        load_jsonl(path)
    assert str(error.value) == f"{path}, line 2: invalid UTF-8 byte 0xe3 at byte offset 55"


def test_jsonl_missing_file_raises_source_error(tmp_path: Path) -> None:
    """A missing file raises SourceError naming it."""
    path = tmp_path / "missing.jsonl"
    with pytest.raises(SourceError) as error:
        load_jsonl(path)
    assert str(error.value) == f"{path}: No such file or directory"


# --- the converter --------------------------------------------------------------------------


def test_make_converter_builds_a_private_converter() -> None:
    """make_converter never hands out cattrs' global converter."""
    assert make_converter() is not cattrs.global_converter


def test_make_converter_forbids_extra_keys() -> None:
    """The converters made forbid unknown keys."""
    assert make_converter().forbid_extra_keys


def test_configure_converter_makes_scalars_strict() -> None:
    """A converter configured by configure_converter refuses a str for an int."""
    converter = cattrs.Converter()
    configure_converter(converter)
    with pytest.raises(ValueError, match="expected int, got '5'"):
        converter.structure("5", int)


def test_from_json_is_at_least_three_times_faster_than_parsing() -> None:
    """Reading an article's JSON takes at most a third of the time parsing its text takes."""
    parse = pytest.importorskip("migmodel.parse")
    text = max(FIXTURES.glob("*.txt"), key=lambda path: path.stat().st_size).read_text("utf-8")
    article = parse.parse_article(text)
    data = to_json(article)

    def best_of(action: Callable[[], object], runs: int = 5) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
        return min(times)

    assert best_of(lambda: parse.parse_article(text)) >= 3 * best_of(
        lambda: from_json(data, Article)
    )
