"""The statements stage: direct, partial and reported speech, with their speakers.

``statements(document, actors, dates)`` reads the sentences and quotations of a
``Document`` and the resolved mentions of ``Actors`` and returns what was said, by whom.
The cues and speakers come from ``attribution``; this module decides what each cue
reports.

DIRECT: a quotation that stands as a whole sentence (or more), with nothing but an
attribution before it (``X said: "..."``, ``X said, "..."``, ``According to X, "..."``)
and nothing but an attribution after it (``"...", said X``, ``"...," X added``,
``"..." X told reporters.``, ``"...", the envoy added, recalling that ...``). With no
attribution in its sentence, it takes one from an ``X said:`` ending the previous
paragraph, from a next sentence that is only an attribution (``"..." She said so on
Monday.``), or the speaker of the quotation just before it (a quote continued in the next
paragraph); failing all, its speaker is None. Text and span: the quoted words.

PARTIAL: a quotation of four or more words inside reported content
(``X said the deal was "a step towards safe and orderly migration"``, ``the reform had
become "a lifeline for seasonal workers", ..., the minister praised``): cue and speaker of
the reporting verb whose content holds it; text and span: the quoted words. It replaces
that reported statement.

REPORTED: a reporting cue with a speaker, and its content, within one sentence:

- after ``that`` (``X said on Monday that ...``, ``X told reporters that ...``) or a colon;
- after the verb (``X said the plan ...``, ``He recalled the agreements ...``) for verbs that
  take a bare object or clause;
- before the attribution, when it ends the sentence (``..., X told a meeting in Rabat.``,
  ``..., added X.``, ``..., she stressed.``, ``..., according to X.``): the content runs
  from the sentence start to the attribution, which reaches back over the pieces naming
  the speaker (``..., Head of X at the Ministry, Jane Doe, told ...``);
- around a parenthetical attribution (``The plan, continued X, covers ...``): the whole
  sentence, the parenthetical included, so that ``text`` stays ``text[span]``;
- after ``According to X,``;
- participles take the main clause's speaker and give their own statement:
  ``..., stressing that ...``, ``..., recalling the agreements ...``,
  ``After recalling X's record, the minister stressed that ...`` (two statements), and
  ``X, who opened by recalling that ...`` (the nearest person before it);
- a verb sharing the main clause's subject: ``X said A, but warned that B``.

Content stops where a participle cue starts; a cue inside another statement's content is
part of that content, not a statement of its own. Content needs at least three words.

Not statements: quotations that are titles (after ``titled``, ``dubbed``, or after ``on``,
``the`` ... when the quoted words start with a capital and end without a full stop),
scare quotes of one to three words, and partial quotations with no reporting verb.

``paragraph`` is the paragraph index; ``date`` a resolved day-precision date in the
attribution's sentence, outside the statement's text; ``topics`` stay empty (a later stage
tags them). Statements are ordered by span; there are no duplicates.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from migmodel._lexicon import load_lines
from migmodel._pipeline.attribution import (
    Attribution,
    Complement,
    Cue,
    CueIndex,
    CueKind,
    MentionIndex,
    Speaker,
    attribute,
    first_word,
    is_trailer,
    words,
)
from migmodel._pipeline.document import Actors, Document, Quote
from migmodel._pipeline.interviews import interview_answers, transcript_turns
from migmodel.model import (
    DateMention,
    EntityKind,
    FuzzyDate,
    Mention,
    Precision,
    Span,
    Statement,
    StatementKind,
)

__all__ = ["statements"]

_QUOTE_WINDOW = 400
"""How far before a quotation its introducing attribution may start."""
_SUFFIX_WINDOW = 160
"""How far after a quotation its attribution may end."""
_THAT_WINDOW = 120
"""How far after a cue its ``that`` may stand."""
_PERSON_WINDOW = 300
"""How far before a participle a person may stand to be its speaker with no main verb."""
_MIN_PARTIAL_WORDS = 4
_MIN_DIRECT_WORDS = 4
_MIN_CONTENT_WORDS = 3

_WORD = re.compile(r"\w+")
_THAT = re.compile(r"[tT](?<!\w[tT])[hH][aA][tT](?!\w)")
"""The word ``that`` in any case (its first letter first, so a search skips to a ``t``)."""
_LAST_SENTENCE_END = re.compile(r".*[.!?](?=\s)", re.DOTALL)
"""Everything up to the last full stop, question or exclamation mark before a space."""
_TOKEN = re.compile(r"['’]s\b|\w+|[^\w\s]")
_QUOTE_CHARS = frozenset('“”"«»„‘’‹›')
_CLOSING = frozenset('”"»’›')
_LEAD_TRIM = frozenset(" \t\n,;:—–-")
_INTERVIEW_LABEL = re.compile(r"(?:Q|A|Question|Answer) ?: ?")
"""The label opening an answer of an interview (``A: We will ...``), not part of what is said."""
_ASIDE = re.compile(
    r"(?:(?:for|in) (?:his|her|their|its|our|my) (?:part|turn)|in turn|on (?:his|her|their|its)"
    r" side),\s{0,3}",
    re.IGNORECASE,
)
"""An aside opening reported content (``stressed, for her part, the importance ...``)."""
_TAIL_TRIM = frozenset(" \t\n.,;:!?—–-")
_END_PUNCT = frozenset(".!?;)")
_PARTICIPLE_PREPOSITIONS = frozenset(
    {"by", "after", "before", "while", "when", "upon", "and", "as"}
)
_CONJUNCTIONS = frozenset({"and", "but"})


class _Clause(NamedTuple):
    """A sentence of the body (or a whole paragraph when it has no sentences)."""

    span: Span
    paragraph: int


@attrs.define(kw_only=True)
class _Claim:
    """An attribution in a clause and what it reports, while the stage works."""

    attribution: Attribution
    clause: _Clause
    content: Span | None = None
    contentless: bool = False
    anaphoric: bool = False
    nested: bool = False
    consumed: bool = False


@attrs.frozen(kw_only=True)
class _Direct:
    """A quotation found to be direct speech, with its attribution if any."""

    quote: Quote
    claim: _Claim | None
    inherited: bool = False
    span: Span | None = None


class _Text:
    """The document's text with the indexes the stage looks things up in."""

    def __init__(self, document: Document, actors: Actors, dates: Sequence[DateMention]) -> None:
        self.text = document.text
        self.paragraphs = sorted(document.layout.paragraphs, key=lambda p: p.span.start)
        self.paragraph_by_index = {paragraph.index: paragraph for paragraph in self.paragraphs}
        self.clauses = _clauses(document)
        self._clause_starts = [clause.span.start for clause in self.clauses]
        self.quotes = sorted(
            (quote for quote in document.quotes if quote.paragraph >= 0),
            key=lambda quote: (quote.span.start, quote.span.end),
        )
        self._quote_starts = [quote.span.start for quote in self.quotes]
        self._quote_reach: list[int] = []
        reach = -1
        for quote in self.quotes:
            reach = max(reach, quote.span.end)
            self._quote_reach.append(reach)
        self.mentions = MentionIndex(actors.mentions, actors.persons)
        self.cues = CueIndex(self.text)
        ordered = sorted(dates, key=lambda date: date.span.start)
        self.date_spans = [date.span for date in ordered]
        self._date_starts = [span.start for span in self.date_spans]
        self.day_dates = [
            date
            for date in ordered
            if date.value is not None and date.value.precision is Precision.DAY
        ]
        self._day_starts = [date.span.start for date in self.day_dates]

    def clause_at(self, offset: int) -> _Clause | None:
        """The clause holding character ``offset``, if any."""
        index = bisect.bisect_right(self._clause_starts, offset) - 1
        if index >= 0 and offset < self.clauses[index].span.end:
            return self.clauses[index]
        return None

    def clause_index(self, clause: _Clause) -> int:
        """The position of ``clause`` in ``clauses``."""
        return bisect.bisect_left(self._clause_starts, clause.span.start)

    def in_quote(self, span: Span) -> bool:
        """Whether ``span`` overlaps a quotation."""
        index = bisect.bisect_right(self._quote_starts, span.start) - 1
        return index >= 0 and self._quote_reach[index] > span.start

    def quotes_in(self, start: int, end: int) -> list[Quote]:
        """The quotations starting in ``[start, end)``."""
        index = bisect.bisect_left(self._quote_starts, start)
        found = []
        while index < len(self.quotes) and self._quote_starts[index] < end:
            found.append(self.quotes[index])
            index += 1
        return found

    def dates_in(self, start: int, end: int) -> list[Span]:
        """The date spans starting in ``[start, end)``."""
        index = bisect.bisect_left(self._date_starts, start)
        found = []
        while index < len(self.date_spans) and self.date_spans[index].start < end:
            found.append(self.date_spans[index])
            index += 1
        return found

    def day_date(self, clause: _Clause, outside: Span, near: int) -> FuzzyDate | None:
        """The resolved day-precision date in ``clause`` outside ``outside``, nearest ``near``."""
        index = bisect.bisect_left(self._day_starts, clause.span.start)
        best: tuple[int, FuzzyDate] | None = None
        while index < len(self.day_dates) and self._day_starts[index] < clause.span.end:
            date = self.day_dates[index]
            index += 1
            if date.value is None or date.span.overlaps(outside):
                continue
            distance = abs(date.span.start - near)
            if best is None or distance < best[0]:
                best = (distance, date.value)
        return best[1] if best is not None else None


def _clauses(document: Document) -> list[_Clause]:
    """The body sentences; a paragraph with no sentence counts as one clause."""
    found = [
        _Clause(span=sentence.span, paragraph=sentence.paragraph)
        for sentence in document.sentences
        if sentence.paragraph >= 0 and sentence.span.end > sentence.span.start
    ]
    covered = {clause.paragraph for clause in found}
    found.extend(
        _Clause(span=paragraph.span, paragraph=paragraph.index)
        for paragraph in document.layout.paragraphs
        if paragraph.index not in covered and paragraph.span.end > paragraph.span.start
    )
    found.sort(key=lambda clause: (clause.span.start, clause.span.end))
    unique: list[_Clause] = []
    for clause in found:
        if unique and clause.span.start < unique[-1].span.end:
            continue
        unique.append(clause)
    return unique


def statements(
    document: Document, actors: Actors, dates: tuple[DateMention, ...] = ()
) -> tuple[Statement, ...]:
    """Find the direct, partial and reported statements of a document, with speakers.

    The rules are in the module docstring: a quotation that stands as a sentence is
    DIRECT, quoted words inside reported content are PARTIAL, and a reporting cue with a
    speaker gives a REPORTED statement of the content before or after it.

    >>> from migmodel._pipeline.document import Layout
    >>> from migmodel.model import Paragraph
    >>> text = "Officials said the border crossing would reopen next week."
    >>> paragraph = Paragraph(index=0, span=Span(start=0, end=len(text)), text=text)
    >>> document = Document(text=text, layout=Layout(text=text, paragraphs=(paragraph,)))
    >>> [(s.kind.value, s.cue, s.text) for s in statements(document, Actors())]
    [('reported', 'say', 'the border crossing would reopen next week')]
    """
    context = _Text(document, actors, dates)
    claims = _claims(context)
    directs = _directs(context, claims)
    found: list[Statement] = [_direct_statement(context, direct) for direct in directs]
    direct_spans = [direct.quote.span for direct in directs]
    found.extend(_reported_statements(context, claims, direct_spans))
    found.extend(interview_answers(document, actors, found))
    found.extend(transcript_turns(document, actors))
    unique: dict[tuple[int, int, str, StatementKind], Statement] = {}
    for statement in found:
        key = (statement.span.start, statement.span.end, statement.cue, statement.kind)
        unique.setdefault(key, statement)
    ordered = sorted(unique.values(), key=lambda s: (s.span.start, s.span.end, s.cue, s.kind.value))
    return tuple(_resolve_pronouns(ordered))


def _resolve_pronouns(ordered: Sequence[Statement]) -> list[Statement]:
    """An unresolved ``he``/``she`` speaker is the last person who spoke just before.

    The actors stage resolves pronouns; this only fills in those it left open, from the
    person speaking in the same or the previous paragraph.
    """
    lexicon = words()
    result: list[Statement] = []
    last: Statement | None = None
    for statement in ordered:
        mention = statement.speaker_mention
        resolved = statement
        if (
            statement.speaker is None
            and mention is not None
            and mention.text.casefold() in lexicon.pronoun - {"it", "i", "we", "they"}
            and last is not None
            and last.paragraph >= statement.paragraph - 1
        ):
            resolved = attrs.evolve(statement, speaker=last.speaker)
        if resolved.speaker is not None and resolved.speaker.kind is EntityKind.PERSON:
            last = resolved
        result.append(resolved)
    return result


# --- cues, attributions and their content ---------------------------------------------------


def _claims(context: _Text) -> list[_Claim]:
    """Every attributed cue of the body with its content, nesting and participle links."""
    claims: list[_Claim] = []
    for clause in context.clauses:
        claims.extend(_clause_claims(context, clause))
    for claim in claims:
        if claim.anaphoric:
            _point_back(context, claim, claims)
    return claims


_ANAPHOR = re.compile(r"\s{1,3}(?:this|these)(?=[\s.,;]|$)", re.IGNORECASE)
"""An object that points back to what was just said: ``X disclosed this on Monday``."""


def _point_back(context: _Text, claim: _Claim, claims: Sequence[_Claim]) -> None:
    """Give an anaphoric claim (``X disclosed this``) the content of the sentence before.

    That sentence is in the same or the previous paragraph and is not a quotation; when
    a cue of its own reports something (``The Government says it will ...``), that
    content is taken, else the whole sentence.
    """
    index = context.clause_index(claim.clause)
    if index == 0:
        return
    previous = context.clauses[index - 1]
    if previous.paragraph < claim.clause.paragraph - 1 or context.quotes_in(
        previous.span.start, previous.span.end
    ):
        return
    reported = [
        other.content
        for other in claims
        if other.clause is previous and other.content is not None and not other.nested
    ]
    claim.content = (
        reported[0] if reported else _trimmed(context.text, previous.span.start, previous.span.end)
    )
    claim.clause = previous


def _clause_claims(context: _Text, clause: _Clause) -> list[_Claim]:
    """The attributed cues of one clause, with their content, in cue order."""
    text = context.text
    cues = [
        cue
        for cue in context.cues.cues(clause.span.start, clause.span.end)
        if not context.in_quote(cue.span)
    ]
    if not cues:
        return []
    dates = context.dates_in(clause.span.start, clause.span.end)
    participles: list[tuple[Cue, int]] = []
    subjects: dict[int, Speaker] = {}
    claims: list[_Claim] = []
    for cue in cues:
        if cue.kind is CueKind.PARTICIPLE:
            cut = _participle_cut(text, clause.span.start, cue)
            subject = context.mentions.nearest_ending(cue.span.start - 2, cue.span.start)
            if (
                cut is None
                and subject is not None
                and subject.ref.kind is EntityKind.PERSON
                and not text[subject.span.end : cue.span.start].strip()
            ):
                cut = cue.span.start
                subjects[cut] = Speaker(span=subject.span, ref=subject.ref)
            if cut is not None:
                participles.append((cue, cut))
            continue
        found = attribute(text, cue, clause.span, context.mentions, cues=context.cues, dates=dates)
        if found is not None:
            claims.append(_Claim(attribution=found, clause=clause))
            continue
        cut = _coordinated_cut(text, clause.span.start, cue)
        if cut is not None:
            participles.append((cue, cut))
    cuts = sorted(cut for _, cut in participles)
    low = clause.span.start
    for claim in claims:
        _main_content(text, claim, cuts, low, dates)
        if claim.content is not None or claim.contentless or claim.anaphoric:
            low = max(low, claim.attribution.end)
    _mark_nested(claims)
    main = [claim for claim in claims if not claim.nested]
    main_starts = [claim.attribution.cue.span.start for claim in main]
    linked = []
    for cue, cut in participles:
        speaker = subjects.get(cut) or _participle_speaker(context, clause, cue, main, main_starts)
        if speaker is None:
            continue
        attribution = Attribution(cue=cue, speaker=speaker, start=cut, end=cue.span.end)
        linked.append(_Claim(attribution=attribution, clause=clause))
    if not linked:
        return claims  # in cue order, their nesting already marked
    every = sorted(claims + linked, key=lambda claim: claim.attribution.cue.span.start)
    starts = sorted(claim.attribution.start for claim in every)
    for claim in linked:
        _participle_content(text, claim, cuts, starts)
    _mark_nested(every)
    return every


def _participle_cut(text: str, low: int, cue: Cue) -> int | None:
    """Where a participle's attribution starts, or None when it is not a cue here.

    A participle is a cue after a comma, semicolon or dash (``, stressing that``), after
    ``by``/``after``/``while``... (``opened by noting``, ``After recalling``) or at the
    start of its sentence (``Stressing that ...``). Right after a person it is one too,
    with that person as speaker (``with the UNHCR official recalling that ...``).
    """
    index = cue.span.start - 1
    while index >= low and text[index].isspace():
        index -= 1
    if index < low:
        return cue.span.start
    if text[index] in ",;—–":
        return index
    word_end = index + 1
    while index >= low and (text[index].isalpha()):
        index -= 1
    word = text[index + 1 : word_end].casefold()
    if word in _PARTICIPLE_PREPOSITIONS:
        return index + 1
    return None


_BARE_CLAUSE_VERBS = frozenset({"say", "add"})
"""Verbs whose clause may follow with no ``that``: ``..., but said his country was ready``."""

_CLAUSE_START = re.compile(
    r"(?:it|he|she|they|we|there|this|these|his|her|its|their|the|(?-i:[A-Z])\w*)\s",
    re.IGNORECASE,
)
"""The first word of a clause with its own subject, after a bare ``said``."""


def _coordinated_cut(text: str, low: int, cue: Cue) -> int | None:
    """Where a verb sharing the main clause's subject starts: ``..., but warned that``.

    A finite cue with no subject of its own, right after ``and`` or ``but`` (``also``
    may follow), is read like a participle: it takes the main clause's speaker, and the
    content before it stops at the conjunction (or the comma before it). It must
    introduce a that-clause or a colon (``a free and informed choice`` has no verb),
    except ``said``/``added`` followed by a clause's subject (``but said his country``).
    """
    words_before = list(_WORD.finditer(text, max(low, cue.span.start - 30), cue.span.start))
    if words_before and words_before[-1].group().casefold() == "also":
        words_before.pop()
    if not words_before or words_before[-1].group().casefold() not in _CONJUNCTIONS:
        return None
    conjunction = words_before[-1]
    if text[conjunction.end() : cue.span.start].strip(" also"):
        return None
    colon = _skip_spaces(text, cue.span.end, min(len(text), cue.span.end + 5))
    introduces = colon < len(text) and text[colon] == ":"
    if (
        not introduces
        and _that_after(text, cue.span.end, len(text), addressee=True) is None
        and not (cue.lemma in _BARE_CLAUSE_VERBS and _CLAUSE_START.match(text, colon))
    ):
        return None
    index = conjunction.start()
    while index > low and text[index - 1].isspace():
        index -= 1
    if index > low and text[index - 1] == ",":
        return index - 1
    return conjunction.start()


def _next_cut(cuts: Sequence[int], after: int, default: int) -> int:
    """The first participle cut at or after ``after``, else ``default``."""
    index = bisect.bisect_left(cuts, after)
    return cuts[index] if index < len(cuts) else default


def _main_content(
    text: str, claim: _Claim, cuts: Sequence[int], low: int, dates: Sequence[Span] = ()
) -> None:
    """The content of a finite cue or of ``according to``, before or after it.

    ``low`` is where content before the cue may start: the clause start, or the end of
    the attribution before it in the clause.
    """
    attribution = claim.attribution
    cue = attribution.cue
    clause = claim.clause.span
    high = max(_next_cut(cuts, attribution.end, clause.end), attribution.end)
    addressee = cue.complement is Complement.ADDRESSEE
    anaphor = _ANAPHOR.match(text, attribution.end, high)
    if (
        anaphor is not None
        and not attribution.inverted
        and is_trailer(text, anaphor.end(), high, addressee=False, inverted=False)
    ):
        claim.anaphoric = True
        return
    that = _that_after(text, attribution.end, high, addressee=addressee)
    if that is not None and not attribution.inverted:
        claim.content = _trimmed(text, that, high)
        return
    colon = _skip_spaces(text, attribution.end, high)
    if colon < high and text[colon] == ":" and not attribution.inverted:
        claim.content = _trimmed(text, colon + 1, high)
        return
    low = min(low, attribution.start)
    before = _content_before(text, low, attribution.start)
    trailer = is_trailer(
        text, attribution.end, high, addressee=addressee, inverted=attribution.inverted
    ) or (
        before
        and is_trailer(
            text, attribution.end, high, addressee=addressee, inverted=False, first_only=True
        )
    )
    if trailer:
        if before:
            claim.content = _trimmed(text, low, attribution.start)
        else:
            claim.contentless = True
        return
    comma = _skip_spaces(text, attribution.end, high)
    after_comma = comma < high and text[comma] == ","
    if before and after_comma:
        if first_word(text, low, attribution.start) in words().intro:
            if _takes_object(text, cue, comma + 1, high):
                claim.content = _trimmed(text, comma + 1, high)
            return
        claim.content = _trimmed(text, low, high)
        return
    if cue.kind is CueKind.ACCORDING and after_comma:
        claim.content = _trimmed(text, comma + 1, high)
        return
    if before and attribution.inverted:
        claim.content = _trimmed(text, low, attribution.start)
        return
    if _takes_object(text, cue, attribution.end, high) and not attribution.inverted:
        start = _past_leading_date(text, attribution.end, high, dates)
        claim.content = _trimmed(text, start, high)


_TO_INFINITIVE = re.compile(r"\bto\s{1,3}[a-z]")
_OBJECT_WORDS = 12


def _takes_object(text: str, cue: Cue, start: int, high: int) -> bool:
    """Whether what follows ``cue`` from ``start`` can be its content without ``that``:
    for ``any`` cues always, for ``object_to`` cues when an infinitive follows the object
    within twelve words (``called on Spain to act``), for ``bare_clause`` cues when it holds
    a clause word (``announced the border would reopen``)."""
    if cue.complement is Complement.ANY:
        return True
    if cue.complement is Complement.BARE_CLAUSE:
        # "announced the Shirika Plan in May" holds no clause word, so no content.
        return not words().clause_word.isdisjoint(_WORD.findall(text, start, high))
    if cue.complement is not Complement.OBJECT_TO:
        return False
    reach = start
    for count, match in enumerate(_WORD.finditer(text, start, high)):
        if count > _OBJECT_WORDS:
            break
        reach = match.end()
    return _TO_INFINITIVE.search(text, start, reach) is not None


def _past_leading_date(text: str, start: int, high: int, dates: Sequence[Span]) -> int:
    """Past a date right after the verb: ``said on Monday she would ...`` -> ``she would``."""
    for date in dates:
        if start <= date.start and date.end < high and date.start - start <= 12:
            between = _WORD.findall(text, start, date.start)
            if all(word.casefold() in words().trailer for word in between):
                return date.end
    return start


def _participle_content(
    text: str, claim: _Claim, cuts: Sequence[int], starts: Sequence[int]
) -> None:
    """The content of a participle: its that-clause, or its object up to the next cue.

    ``starts`` are the sorted starts of every attribution in the clause.
    """
    attribution = claim.attribution
    clause = claim.clause.span
    high = _next_cut(cuts, attribution.end, clause.end)
    following = bisect.bisect_left(starts, attribution.end)
    if following < len(starts):
        high = min(high, starts[following])
    that = _that_after(text, attribution.end, high, addressee=False)
    if that is not None:
        claim.content = _trimmed(text, that, high)
    elif _takes_object(text, attribution.cue, attribution.end, high):
        claim.content = _trimmed(text, attribution.end, high)


def _participle_speaker(
    context: _Text,
    clause: _Clause,
    cue: Cue,
    main: Sequence[_Claim],
    main_starts: Sequence[int],
) -> Speaker | None:
    """The main clause's speaker: the nearest finite cue before (else after) the participle.

    ``main`` are the clause's claims not nested in another's content, by cue start. With
    no such cue, the nearest person named before the participle (``X, who opened by
    recalling that ...``).
    """
    index = bisect.bisect_left(main_starts, cue.span.start)
    if index > 0:
        return main[index - 1].attribution.speaker
    if index < len(main):
        return main[index].attribution.speaker
    low = max(clause.span.start, cue.span.start - _PERSON_WINDOW)
    persons = [
        mention
        for mention in context.mentions.within(low, cue.span.start)
        if mention.ref.kind is EntityKind.PERSON and not context.in_quote(mention.span)
    ]
    if persons:
        return Speaker(span=persons[-1].span, ref=persons[-1].ref)
    return None


def _mark_nested(claims: Sequence[_Claim]) -> None:
    """A cue inside another claim's content is part of it, not a statement of its own.

    One sweep over the contents by start, keeping the two furthest-reaching ends seen.
    """
    if len(claims) < 2:  # only another claim's content can hold a cue
        for claim in claims:
            claim.nested = False
        return
    contents = sorted(
        (claim.content.start, claim.content.end, number)
        for number, claim in enumerate(claims)
        if claim.content is not None
    )
    order = sorted(range(len(claims)), key=lambda number: claims[number].attribution.cue.span.start)
    best: list[tuple[int, int]] = []
    position = 0
    for number in order:
        cue = claims[number].attribution.cue.span
        while position < len(contents) and contents[position][0] <= cue.start:
            _, end, owner = contents[position]
            best = sorted([*best, (end, owner)], reverse=True)[:2]
            position += 1
        claims[number].nested = any(end >= cue.end and owner != number for end, owner in best)


def _that_after(text: str, start: int, high: int, *, addressee: bool) -> int | None:
    """Where the content after ``that`` starts, when ``that`` follows the cue closely.

    Between cue and ``that`` may stand commas, a trailer (``on Monday``, ``in a
    statement``), filler (``however``) or, for ``told``, the hearer.
    """
    stop = min(high, start + _THAT_WINDOW)
    match = _THAT.search(text, start, stop)
    if match is None:
        return None
    tokens = [token for token in _TOKEN.findall(text, start, match.start()) if token != ","]
    if any(token in _QUOTE_CHARS or token in ".:;!?" for token in tokens):
        return None
    if tokens and not addressee:
        lexicon = words()
        first = tokens[0].casefold()
        if first not in lexicon.trailer and first not in lexicon.filler:
            return None
    if len(tokens) > 10:
        return None
    return match.end()


def _skip_spaces(text: str, start: int, high: int) -> int:
    while start < high and text[start].isspace():
        start += 1
    return start


def _content_before(text: str, low: int, start: int) -> bool:
    """Whether words stand before an attribution that follows a comma, quote or dash."""
    index = start - 1
    while index >= low and text[index].isspace():
        index -= 1
    if index < low or not (text[index] in ",;—–-" or text[index] in _CLOSING):
        return False
    return _WORD.search(text, max(low, index - 200), index) is not None


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """``text[start:end]`` without outer spaces, punctuation, an interview label or an aside
    (``for her part,``); None if too short."""
    while start < end and text[start] in _LEAD_TRIM:
        start += 1
    label = _INTERVIEW_LABEL.match(text, start, end) or _ASIDE.match(text, start, end)
    if label is not None:
        start = _skip_spaces(text, label.end(), end)
    while end > start and text[end - 1] in _TAIL_TRIM:
        end -= 1
    if end <= start or not _has_words(text, start, end, _MIN_CONTENT_WORDS):
        return None
    return Span(start=start, end=end)


def _has_words(text: str, start: int, end: int, count: int) -> bool:
    for found, _ in enumerate(_WORD.finditer(text, start, min(end, start + 40 * count)), 1):
        if found >= count:
            return True
    return False


# --- quotations -------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class _ClauseClaims:
    """A clause's claims sorted by attribution start, for windowed look-ups."""

    claims: tuple[_Claim, ...]
    starts: tuple[int, ...]

    def between(self, low: int, high: int) -> list[_Claim]:
        """The claims whose attribution starts in ``[low, high)``."""
        index = bisect.bisect_left(self.starts, low)
        found = []
        while index < len(self.starts) and self.starts[index] < high:
            found.append(self.claims[index])
            index += 1
        return found


_NO_CLAIMS = _ClauseClaims(claims=(), starts=())


def _by_clause(claims: Sequence[_Claim]) -> dict[int, _ClauseClaims]:
    grouped: dict[int, list[_Claim]] = {}
    for claim in claims:
        grouped.setdefault(claim.clause.span.start, []).append(claim)
    result = {}
    for start, members in grouped.items():
        members.sort(key=lambda claim: claim.attribution.start)
        starts = tuple(claim.attribution.start for claim in members)
        result[start] = _ClauseClaims(claims=tuple(members), starts=starts)
    return result


def _directs(context: _Text, claims: list[_Claim]) -> list[_Direct]:
    """The quotations that are direct speech, each with its attribution when found."""
    by_clause = _by_clause(claims)
    directs: list[_Direct] = []
    previous_end = -1
    for quote in context.quotes:
        if quote.span.start < previous_end:
            continue
        direct = _classify(context, quote, by_clause, previous_end)
        previous_end = quote.span.end
        if direct is not None:
            if direct.claim is not None:
                direct.claim.consumed = True
            directs.append(direct)
    return _inherit(context, directs, by_clause)


def _classify(
    context: _Text, quote: Quote, by_clause: dict[int, _ClauseClaims], previous_end: int
) -> _Direct | None:
    """A direct quotation with its attribution, or None for partial, title or scare quotes."""
    text = context.text
    if quote.inner.end <= quote.inner.start:
        return None
    if not quote.closed:
        swallowed = _swallowed_attribution(context, quote)
        if swallowed is not None:
            return _Direct(quote=quote, claim=swallowed[0], span=swallowed[1])
    first = context.clause_at(quote.span.start)
    last = context.clause_at(max(quote.span.start, quote.span.end - 1))
    if first is None or last is None:
        return None
    low = max(first.span.start, previous_end, quote.span.start - _QUOTE_WINDOW)
    low = _after_sentence_end(text, low, quote.span.start)
    if _is_title(text, low, quote):
        return None
    empty = _NO_CLAIMS
    prefix_claims = [
        claim
        for claim in by_clause.get(first.span.start, empty).between(low, quote.span.start)
        if claim.attribution.end <= quote.span.start
    ]
    suffix_claims = [
        claim
        for claim in by_clause.get(last.span.start, empty).between(
            quote.span.end, quote.span.end + _SUFFIX_WINDOW
        )
        if claim.attribution.end <= quote.span.end + _SUFFIX_WINDOW
    ]
    suffix_end = _suffix_end(text, quote.span.end, last.span.end)
    suffix = _suffix_attribution(text, quote, suffix_claims)
    if suffix is None and suffix_end is None:
        return None
    prefix = _prefix_attribution(text, low, quote, prefix_claims, suffix_end)
    if prefix is False:
        return None
    claim = suffix if suffix is not None else (prefix if isinstance(prefix, _Claim) else None)
    words_inside = _has_words(text, quote.inner.start, quote.inner.end, _MIN_DIRECT_WORDS)
    if claim is None and not words_inside:
        return None
    return _Direct(quote=quote, claim=claim)


def _swallowed_attribution(context: _Text, quote: Quote) -> tuple[_Claim, Span] | None:
    """An attribution ending a quotation whose closing mark is missing.

    ``"We will not give up, the minister said.`` (no closing mark): the quotation runs
    to the end of the paragraph and holds its own attribution; the quoted words stop
    where the attribution starts.
    """
    text = context.text
    last = context.clause_at(max(quote.span.start, quote.span.end - 1))
    if last is None:
        return None
    low = max(last.span.start, quote.inner.start)
    clause = Span(start=low, end=max(low, last.span.end))
    window = max(low, quote.span.end - _QUOTE_WINDOW)
    dates = context.dates_in(low, clause.end)
    cues = [cue for cue in context.cues.cues(window, quote.span.end) if cue.kind is CueKind.FINITE]
    for cue in reversed(cues):
        found = attribute(text, cue, clause, context.mentions, cues=context.cues, dates=dates)
        if found is None or not _content_before(text, low, found.start):
            continue
        addressee = cue.complement is Complement.ADDRESSEE
        if not is_trailer(text, found.end, clause.end, addressee=addressee, inverted=True):
            continue
        span = _trimmed(text, quote.inner.start, found.start)
        if span is not None:
            return _Claim(attribution=found, clause=last), span
    return None


def _after_sentence_end(text: str, low: int, high: int) -> int:
    """Past the last full stop, question or exclamation mark before ``high`` (not before ``low``).

    Guards the look-back from a quotation when the sentence splitter kept two sentences
    together.
    """
    stop = _LAST_SENTENCE_END.match(text, low, high)
    return stop.end() if stop is not None else low


def _is_title(text: str, low: int, quote: Quote) -> bool:
    """Whether the quotation is a title: after ``titled``, ``dubbed`` ... or ``on "A Title"``."""
    tokens = _TOKEN.findall(text, max(low, quote.span.start - 40), quote.span.start)
    if not tokens:
        return False
    last = tokens[-1].casefold()
    lexicon = words()
    if last in lexicon.title_cue:
        return True
    inner = text[quote.inner.start : quote.inner.end]
    return (
        last in lexicon.title_cue_capital
        and inner[:1].isupper()
        and inner.rstrip('”"’»')[-1:] not in ".!?"
    )


def _suffix_end(text: str, start: int, end: int) -> int | None:
    """The end of the sentence when nothing but closing punctuation follows the quotation."""
    index = _skip_spaces(text, start, end)
    if index >= end or text[index] in _END_PUNCT:
        return index
    return None


def _suffix_attribution(text: str, quote: Quote, claims: Sequence[_Claim]) -> _Claim | None:
    """An attribution right after the quotation: ``"...", said X`` / ``"..." X told ...``."""
    for claim in claims:
        between = text[quote.span.end : claim.attribution.start]
        if all(char.isspace() or char in ",—–-" for char in between):
            return claim
        return None
    return None


def _prefix_attribution(
    text: str,
    low: int,
    quote: Quote,
    claims: Sequence[_Claim],
    suffix_end: int | None,
) -> _Claim | bool:
    """What stands before a quotation: an attribution, nothing (True), or content (False).

    Nothing, ``X said:``, ``X said,``, ``According to X,`` or any colon introduce a direct
    quotation; so does ``X said`` with no mark when the quotation ends the sentence.
    """
    start = _skip_spaces(text, low, quote.span.start)
    if start >= quote.span.start or all(
        char.isspace() or char in "—–-•*" for char in text[start : quote.span.start]
    ):
        return True
    end = quote.span.start
    while end > start and text[end - 1].isspace():
        end -= 1
    mark = text[end - 1]
    for claim in reversed(claims):
        attribution = claim.attribution
        gap_end = end - 1 if mark in ":," else end
        addressee = attribution.cue.complement is Complement.ADDRESSEE
        if not is_trailer(text, attribution.end, gap_end, addressee=addressee, inverted=True):
            continue
        if mark in ":," or (suffix_end is not None and _opens_sentence(text, quote)):
            return claim
        return False
    return mark == ":"


def _opens_sentence(text: str, quote: Quote) -> bool:
    return text[quote.inner.start : quote.inner.start + 1].isupper()


def _inherit(
    context: _Text, directs: list[_Direct], by_clause: dict[int, _ClauseClaims]
) -> list[_Direct]:
    """Give unattributed direct quotations the attribution the article implies.

    In order: an attribution alone in the next sentence; ``X said:`` ending the previous
    paragraph; the next paragraph's quotation when this one is left open (a quotation
    carried over paragraphs); the previous quotation of the same paragraph or, for a
    quotation opening its paragraph, of the previous paragraph.
    """
    result = list(directs)
    for position, direct in enumerate(result):
        if direct.claim is None:
            claim = _next_sentence_claim(context, direct.quote, by_clause) or _colon_claim(
                context, direct.quote, by_clause
            )
            if claim is not None:
                claim.consumed = True
                result[position] = _Direct(quote=direct.quote, claim=claim)
    for position in range(len(result) - 2, -1, -1):
        direct, following = result[position], result[position + 1]
        if (
            direct.claim is None
            and not direct.quote.closed
            and following.claim is not None
            and following.quote.paragraph == direct.quote.paragraph + 1
        ):
            result[position] = _Direct(quote=direct.quote, claim=following.claim, inherited=True)
    for position in range(1, len(result)):
        direct, previous = result[position], result[position - 1]
        if direct.claim is not None or previous.claim is None:
            continue
        same = previous.quote.paragraph == direct.quote.paragraph
        opening = _opens_paragraph(context, direct.quote)
        if same or (opening and previous.quote.paragraph == direct.quote.paragraph - 1):
            result[position] = _Direct(quote=direct.quote, claim=previous.claim, inherited=True)
    return result


def _opens_paragraph(context: _Text, quote: Quote) -> bool:
    paragraph = context.paragraph_by_index.get(quote.paragraph)
    return paragraph is not None and paragraph.span.start == quote.span.start


def _next_sentence_claim(
    context: _Text, quote: Quote, by_clause: dict[int, _ClauseClaims]
) -> _Claim | None:
    """A next sentence of the same paragraph that is only an attribution: ``She said so.``"""
    clause = context.clause_at(max(quote.span.start, quote.span.end - 1))
    if clause is None or _suffix_end(context.text, quote.span.end, clause.span.end) is None:
        return None
    index = context.clause_index(clause) + 1
    if index >= len(context.clauses):
        return None
    following = context.clauses[index]
    if following.paragraph != clause.paragraph or context.in_quote(following.span):
        return None
    found = by_clause.get(following.span.start)
    claims = found.claims if found is not None else ()
    if claims and claims[0].contentless and claims[0].attribution.start <= following.span.start:
        return claims[0]
    return None


def _colon_claim(
    context: _Text, quote: Quote, by_clause: dict[int, _ClauseClaims]
) -> _Claim | None:
    """``X said:`` ending the previous paragraph introduces a quotation opening this one."""
    if not _opens_paragraph(context, quote):
        return None
    previous = context.paragraph_by_index.get(quote.paragraph - 1)
    if previous is None:
        return None
    text = context.text
    end = previous.span.end
    while end > previous.span.start and text[end - 1].isspace():
        end -= 1
    if end <= previous.span.start or text[end - 1] != ":":
        return None
    clause = context.clause_at(end - 1)
    if clause is None:
        return None
    found = by_clause.get(clause.span.start)
    for claim in reversed(found.claims if found is not None else ()):
        addressee = claim.attribution.cue.complement is Complement.ADDRESSEE
        if is_trailer(text, claim.attribution.end, end - 1, addressee=addressee, inverted=True):
            return claim
    return None


# --- statements -------------------------------------------------------------------------------


def _quoted(text: str, quote: Quote) -> Span:
    """The quoted words, without a comma the quotation closes on (``"We act," she said``)."""
    start, end = quote.inner.start, quote.inner.end
    while end > start and (text[end - 1] in ",;" or text[end - 1].isspace()):
        end -= 1
    return Span(start=start, end=end) if end > start else quote.inner


def _mention(text: str, speaker: Speaker) -> Mention:
    return Mention(span=speaker.span, text=speaker.span.of(text))


def _direct_statement(context: _Text, direct: _Direct) -> Statement:
    """A DIRECT statement; an inherited attribution gives a speaker but no mention or date."""
    text = context.text
    quote = direct.quote
    claim = direct.claim
    span = direct.span if direct.span is not None else _quoted(text, quote)
    if claim is None:
        named = _message_of(context, quote.span.end)
        return Statement(
            speaker=named.ref if named is not None else None,
            kind=StatementKind.DIRECT,
            cue="",
            text=span.of(text),
            span=span,
            paragraph=quote.paragraph,
            speaker_mention=_mention(text, named) if named is not None else None,
        )
    attribution = claim.attribution
    date = None
    mention = None
    if not direct.inherited:
        date = context.day_date(claim.clause, quote.span, attribution.cue.span.start)
        mention = _mention(text, attribution.speaker)
    return Statement(
        speaker=attribution.speaker.ref,
        kind=StatementKind.DIRECT,
        cue=attribution.cue.lemma,
        text=span.of(text),
        span=span,
        paragraph=quote.paragraph,
        speaker_mention=mention,
        date=date,
    )


@functools.cache
def _message_of_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(load_lines("statement_message_nouns.txt"), key=len, reverse=True))
    return re.compile(
        r"\s{0,3}(?:That|This|Those|These|Such)\s(?:was|were|is|are)\s(?:the\s)?"
        rf"(?:{nouns})\s(?:of|from)\s(?:the\s)?"
    )


def _message_of(context: _Text, after: int) -> Speaker | None:
    """The person named in ``That was the message of X`` right after a quotation."""
    match = _message_of_pattern().match(context.text, after)
    if match is None:
        return None
    for mention in context.mentions.starting(match.end(), match.end() + 40):
        if mention.ref.kind is EntityKind.PERSON:
            return Speaker(span=mention.span, ref=mention.ref)
    return None


def _reported_statements(
    context: _Text, claims: Sequence[_Claim], direct_spans: Sequence[Span]
) -> list[Statement]:
    """REPORTED statements, or PARTIAL ones for long quotations inside their content."""
    text = context.text
    direct_starts = [span.start for span in direct_spans]
    found: list[Statement] = []
    for claim in claims:
        content = claim.content
        if content is None or claim.nested or claim.consumed:
            continue
        index = bisect.bisect_right(direct_starts, content.end) - 1
        if index >= 0 and direct_spans[index].end > content.start:
            continue
        attribution = claim.attribution
        quoted = [
            quote
            for quote in context.quotes_in(content.start, content.end)
            if not _is_title(text, content.start, quote)
            and _has_words(text, quote.inner.start, quote.inner.end, _MIN_PARTIAL_WORDS)
        ]
        speaker = attribution.speaker
        mention = _mention(text, speaker)
        near = attribution.cue.span.start
        if quoted:
            for quote in quoted:
                date = context.day_date(claim.clause, content, near)
                found.append(
                    Statement(
                        speaker=speaker.ref,
                        kind=StatementKind.PARTIAL,
                        cue=attribution.cue.lemma,
                        text=_quoted(text, quote).of(text),
                        span=_quoted(text, quote),
                        paragraph=claim.clause.paragraph,
                        speaker_mention=mention,
                        date=date,
                    )
                )
            continue
        found.append(
            Statement(
                speaker=speaker.ref,
                kind=StatementKind.REPORTED,
                cue=attribution.cue.lemma,
                text=content.of(text),
                span=content,
                paragraph=claim.clause.paragraph,
                speaker_mention=mention,
                date=context.day_date(claim.clause, content, near),
            )
        )
    return found
