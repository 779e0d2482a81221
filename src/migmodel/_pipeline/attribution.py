"""Reporting cues and their speakers: the attribution half of the statements stage.

A *cue* is a reporting verb of ``data/reporting_verbs.tsv`` (``said``, ``stressed``,
``pointed out``), a present participle (``stressing``, ``recalling``) or the phrase
``according to``, found outside quotations. An *attribution* is a cue with the words that
name its speaker and the stretch of text the two cover, so that ``statements`` can take
the reported content before or after it.

The patterns are built once from the lexicons; every search looks at a bounded window
around a cue, so the work is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
from collections.abc import Iterator, Sequence

import attrs

from migmodel._lexicon import load_rows
from migmodel._pipeline.document import ActorMention, MentionVia
from migmodel._pipeline.ids import fold
from migmodel._pipeline.scanning import alternation
from migmodel.model import EntityKind, EntityRef, Person, Span

__all__ = [
    "Attribution",
    "Complement",
    "Cue",
    "CueIndex",
    "CueKind",
    "MentionIndex",
    "Speaker",
    "Words",
    "attribute",
    "find_cues",
    "first_word",
    "is_trailer",
    "segment_start",
    "words",
]

_SUBJECT_WINDOW = 160
"""How far before a verb its subject may start."""
_INVERTED_WINDOW = 100
"""How far after a verb an inverted speaker may start (``said IOM Director General X``)."""
_ACCORDING_WINDOW = 80
"""How far after ``according to`` its source may start."""
_TRAILER_LIMIT = 200
"""The longest run of words that can still be a mere trailer (``in Geneva on Monday``)."""
_APPOSITION_WORDS = 12
"""The most words a comma-separated piece naming a speaker may have."""
_APPOSITION_PIECES = 4
"""The most comma-separated pieces an attribution may reach back over."""

_TOKEN = re.compile(r"['’]s\b|\w+|[^\w\s]")
_WORD = re.compile(r"\w+")
_BOUNDARY = re.compile(r"[,;“”\"«»„]")
"""Characters that end a comma-separated piece: commas, semicolons and quotation marks."""
_LAST_BOUNDARY = re.compile(r".*[,;“”\"«»„]", re.DOTALL)
"""Everything up to the last piece boundary of a range."""
_BRACKETED = re.compile(r"\s*(?:\)|\([^()]{1,30}\))")
"""A bracketed acronym after a name, or the bracket closing one: ``the Department (DMW)``."""
_CLOSING = frozenset("”\"»’'")
_SINGLE_CLOSING = frozenset("’'")
"""A single closing mark right after a boundary comma ends a quotation: ``...,’ he said``."""


class CueKind(enum.StrEnum):
    """The grammatical shape of a cue."""

    FINITE = "finite"
    """A finite verb: ``said``, ``has stressed``."""
    PARTICIPLE = "participle"
    """A present participle: ``stressing that``, ``After recalling``."""
    ACCORDING = "according"
    """The phrase ``according to``."""


class Complement(enum.StrEnum):
    """What a cue's content may look like when it follows the cue."""

    ANY = "any"
    """A that-clause, a bare clause or an object: ``X recalled the agreements``."""
    BARE_CLAUSE = "bare_clause"
    """A that-clause or a bare clause (``announced the border would reopen``), never a
    plain object (``announced the plan in March``)."""
    CLAUSE = "clause"
    """Only a that-clause, a colon or a quotation; else the cue must follow its content."""
    ADDRESSEE = "addressee"
    """The hearer comes first (``told reporters``); content only after ``that``."""
    OBJECT_TO = "object_to"
    """An object and an infinitive (``called on Spain to act``); ``called on the minister``
    alone is a visit, not speech."""


@attrs.frozen(kw_only=True)
class Cue:
    """A reporting verb or phrase in the text.

    Attributes:
        span: the words of the cue (``pointed out``).
        lemma: the lemma reported as ``Statement.cue`` (``point out``).
        kind: finite verb, participle or ``according to``.
        complement: what its content may look like when it follows it.
    """

    span: Span
    lemma: str
    kind: CueKind
    complement: Complement


@attrs.frozen(kw_only=True)
class Speaker:
    """The words naming a speaker, and the entity the actors stage resolved them to.

    Attributes:
        span: the words (``He``, ``the ambassador``, ``Jane Doe``).
        ref: the entity, or None for an unresolved pronoun or noun (``officials``).
    """

    span: Span
    ref: EntityRef | None


@attrs.frozen(kw_only=True)
class Attribution:
    """A cue with its speaker and the stretch of text the attribution covers.

    Attributes:
        cue: the reporting cue.
        speaker: who speaks.
        start: where the attribution phrase starts: content before it ends here.
        end: where it ends: content after it starts here.
        inverted: True when the speaker follows the verb (``..., said X``).
    """

    cue: Cue
    speaker: Speaker
    start: int
    end: int
    inverted: bool = False


@attrs.frozen(kw_only=True)
class Words:
    """The closed word classes of ``data/statement_words.tsv``, by group."""

    filler: frozenset[str]
    speaker_noun: frozenset[str]
    pronoun: frozenset[str]
    relative: frozenset[str]
    trailer: frozenset[str]
    intro: frozenset[str]
    clause_word: frozenset[str]
    title_cue: frozenset[str]
    title_cue_capital: frozenset[str]
    name_particle: frozenset[str]
    not_name: frozenset[str]
    person_noun: frozenset[str]
    unnamed_speaker: frozenset[str]
    plural_speaker: frozenset[str]


@functools.cache
def words() -> Words:
    """The word classes of ``data/statement_words.tsv``, loaded once."""
    groups: dict[str, set[str]] = {field.name: set() for field in attrs.fields(Words)}
    for row in load_rows("statement_words.tsv"):
        if len(row) >= 2 and row[0] in groups:
            groups[row[0]].add(row[1].casefold())
    return Words(**{name: frozenset(members) for name, members in groups.items()})


@functools.cache
def _lexicon() -> dict[str, tuple[str, CueKind, Complement]]:
    """Form -> (lemma, kind, complement), from ``data/reporting_verbs.tsv``."""
    table: dict[str, tuple[str, CueKind, Complement]] = {}
    for row in load_rows("reporting_verbs.tsv"):
        if len(row) >= 4:
            form = " ".join(row[0].casefold().split())
            table[form] = (row[1], CueKind(row[2]), Complement(row[3]))
    return table


@functools.cache
def _second_words() -> dict[str, frozenset[str]]:
    """First word -> second words, for the two-word forms (``pointed`` -> ``out``)."""
    pairs: dict[str, set[str]] = {}
    for form in _lexicon():
        parts = form.split()
        if len(parts) == 2:
            pairs.setdefault(parts[0], set()).add(parts[1])
    return {first: frozenset(seconds) for first, seconds in pairs.items()}


_LETTERS = re.compile(r"[^\W\d_]+")
_NEXT_LETTERS = re.compile(r"\s+([^\W\d_]+)")
_GLUED = frozenset("-'’_")
_ASCII_FOLDING = "ßſẞ\u212aﬀﬁﬂﬃﬄﬅﬆ"
"""The characters outside ASCII whose case-folding is all ASCII (``ß`` -> ``ss``)."""
_ASCII_FOLDING_CHAR = re.compile(f"[{_ASCII_FOLDING}]")

_CueMatch = tuple[int, int, tuple[str, CueKind, Complement], bool]
"""(start, end, lexicon entry, capitalised) of a cue form in a text."""


def _glued(text: str, index: int) -> bool:
    """Whether the character at ``index`` joins a word to its neighbour (``re-stated``)."""
    return 0 <= index < len(text) and (text[index] in _GLUED or text[index].isalnum())


def _cue_at(text: str, start: int, end: int, stop: int) -> _CueMatch | None:
    """The cue form whose first word is the letter run ``text[start:end]``, if any.

    The run and the word after it (up to ``stop``) make a two-word form when the
    lexicon has one (``pointed out``), else the run alone is the form. A form glued to
    a neighbour (``re-stated``, ``said-so``) is no cue.
    """
    word = text[start:end].casefold()
    form, finish = word, end
    seconds = _second_words().get(word)
    if seconds is not None:
        following = _NEXT_LETTERS.match(text, end, stop)
        if following is not None and following.group(1).casefold() in seconds:
            form, finish = f"{word} {following.group(1).casefold()}", following.end()
    entry = _lexicon().get(form)
    if entry is None or _glued(text, start - 1) or _glued(text, finish):
        return None
    return start, finish, entry, text[start].isupper()


def _cue_matches(text: str, start: int, stop: int) -> Iterator[_CueMatch]:
    """Each cue form in ``text[start:stop]``: a look-up of every letter run there."""
    for match in _LETTERS.finditer(text, start, stop):
        found = _cue_at(text, match.start(), match.end(), stop)
        if found is not None:
            yield found


def _as_cue(found: _CueMatch) -> Cue | None:
    """The cue of a cue form, or None for a capitalised finite form (``Said Ahmed``)."""
    begin, finish, (lemma, kind, complement), capitalised = found
    if capitalised and kind is CueKind.FINITE:
        return None
    return Cue(span=Span(start=begin, end=finish), lemma=lemma, kind=kind, complement=complement)


def find_cues(text: str, start: int = 0, end: int | None = None) -> tuple[Cue, ...]:
    """The reporting cues in ``text[start:end]``, in text order.

    A cue is a form of the verb lexicon as a whole word (not glued to a hyphen or an
    apostrophe), found by one scan of the words with a table look-up. Capitalised forms
    count only for ``According to`` and for participles that open a clause
    (``Stressing that``); a capitalised finite form is more often a name (``Said``) than
    a verb.

    >>> [cue.lemma for cue in find_cues("Officials said so, pointing out the risks.")]
    ['say', 'point out']
    """
    stop = len(text) if end is None else end
    found = (_as_cue(match) for match in _cue_matches(text, start, stop))
    return tuple(cue for cue in found if cue is not None)


@functools.cache
def _first_words() -> re.Pattern[str] | None:
    """A lower-case run that is a form's first word, after a character not glued to it.

    The first words make one alternation that shares their prefixes; opening with the
    character before the word lets the regex engine skip quickly to the places where a
    word can start. None if a first word is not all ASCII.
    """
    firsts = {form.split()[0] for form in _lexicon()}
    if not all(word.isascii() for word in firsts):
        return None
    return re.compile(rf"[^\w'’-](?:{alternation(firsts)})(?![^\W\d_])")


def _candidate_runs(text: str) -> list[tuple[int, int]] | None:
    """The letter runs of ``text`` that may start a cue, by start; None to look at all.

    A run can only start a cue if it case-folds to a form's first word, all ASCII. An
    all-ASCII run does so if its lower-case form is one: a scan of the lower-cased text
    finds those (lower-casing keeps every character a letter, a word character or
    neither, as it was). Another run does so only if it holds one of the few other
    characters that fold to ASCII (``ſ``, ``ﬁ``): those runs are candidates too. None when
    lower-casing changes the text's length, or when a first word is not all ASCII.
    """
    lowered = text.lower()
    first_words = _first_words()
    if first_words is None or len(lowered) != len(text):
        return None
    runs = {match.start(): match.end() - 1 for match in first_words.finditer("\n" + lowered)}
    if any(char in text for char in _ASCII_FOLDING):
        covered = 0
        for char in _ASCII_FOLDING_CHAR.finditer(text):
            run = _run_around(text, char.start()) if char.start() >= covered else None
            if run is not None:
                runs[run[0]] = run[1]
                covered = run[1]
    return sorted(runs.items())


def _run_around(text: str, index: int) -> tuple[int, int] | None:
    """The start and end of the letter run holding ``text[index]``, if a letter."""
    run = _LETTERS.match(text, index)
    if run is None:
        return None
    start = index
    while start > 0 and _LETTERS.match(text, start - 1):
        start -= 1
    return start, run.end()


class CueIndex:
    """The cue forms of a whole text from one scan, for look-ups by range.

    ``cues(start, end)`` is ``find_cues(text, start, end)``, and ``has_cue(start, end)``
    tells whether that range holds any form, even a capitalised finite one. A scan of a
    range alone sees the same letter runs, but cut at its ends: a run cut by a range end
    is glued to the letters beyond it and so is no cue, and the word after a run that may
    begin a two-word form (``pointed out``) is looked for within the range only.
    """

    def __init__(self, text: str) -> None:
        """Find the letter runs of ``text`` that may start a cue, and their cue forms."""
        self._text = text
        runs = _candidate_runs(text)
        if runs is None:
            runs = [(match.start(), match.end()) for match in _LETTERS.finditer(text)]
        paired = _second_words()
        self._starts = [start for start, _ in runs]
        self._ends = [end for _, end in runs]
        self._paired = [text[start:end].casefold() in paired for start, end in runs]
        self._found = [_cue_at(text, start, end, len(text)) for start, end in runs]
        self._cues = [_as_cue(match) if match is not None else None for match in self._found]

    def _indexes(self, start: int, end: int) -> Iterator[int]:
        """The runs starting and ending in ``[start, end)``."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end, first)
        return (index for index in range(first, last) if self._ends[index] <= end)

    def _bounded(self, index: int, end: int) -> _CueMatch | None:
        """The cue form of a run that may begin a two-word form, looked for before ``end``."""
        return _cue_at(self._text, self._starts[index], self._ends[index], end)

    def cues(self, start: int, end: int) -> tuple[Cue, ...]:
        """The reporting cues in ``text[start:end]``, as ``find_cues`` finds them."""
        found = []
        for index in self._indexes(start, end):
            if self._paired[index]:
                match = self._bounded(index, end)
                cue = _as_cue(match) if match is not None else None
            else:
                cue = self._cues[index]
            if cue is not None:
                found.append(cue)
        return tuple(found)

    def has_cue(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` holds a reporting verb form (any case)."""
        return any(
            (self._bounded(index, end) if self._paired[index] else self._found[index]) is not None
            for index in self._indexes(start, end)
        )


def _folded(name: str) -> str:
    """``fold(name)``: an ASCII name has no accents to strip, so case-folding is all."""
    return name.casefold() if name.isascii() else fold(name)


class MentionIndex:
    """The actors' mentions, indexed by start and by end for windowed look-ups.

    Also a table of the people's names and surnames, to resolve a name the actors stage
    did not mark at that place (``Van Aalst said``).
    """

    def __init__(self, mentions: Sequence[ActorMention], persons: Sequence[Person] = ()) -> None:
        """Index ``mentions`` (any order) and the names of ``persons``."""
        spans = [(mention.span.start, mention.span.end) for mention in mentions]
        by_start = sorted((start, -end, number) for number, (start, end) in enumerate(spans))
        self._by_start = [mentions[number] for _, _, number in by_start]
        self._starts = [start for start, _, _ in by_start]
        by_end = sorted((end, start - end, number) for number, (start, end) in enumerate(spans))
        self._by_end = [mentions[number] for _, _, number in by_end]
        self._ends = [end for end, _, _ in by_end]
        names: dict[str, Person | None] = {}
        for person in persons:
            parts = person.name.split()
            keys = {_folded(" ".join(parts[first:])) for first in range(len(parts))}
            keys.update(_folded(alias) for alias in person.aliases if alias[:1].isupper())
            for key in keys:
                known = names.get(key, person)
                same = known is person or (known is not None and known.ref == person.ref)
                names[key] = person if same else None
        self._names = names

    def person_named(self, name: str) -> EntityRef | None:
        """The one person whose name, an ending of it (``Van Berg``) or alias is ``name``."""
        person = self._names.get(_folded(name))
        return person.ref if person is not None else None

    def nearest_ending(self, low: int, high: int) -> ActorMention | None:
        """The mention ending last in ``[low, high]``; the longest among equals."""
        index = bisect.bisect_right(self._ends, high) - 1
        if index < 0 or self._ends[index] < low:
            return None
        end = self._ends[index]
        first = bisect.bisect_left(self._ends, end)
        return self._by_end[first]

    def starting(self, low: int, high: int) -> list[ActorMention]:
        """The mentions starting in ``[low, high)``, by start (longest first at a tie)."""
        index = bisect.bisect_left(self._starts, low)
        found = []
        while index < len(self._starts) and self._starts[index] < high:
            found.append(self._by_start[index])
            index += 1
        return found

    def within(self, low: int, high: int) -> list[ActorMention]:
        """The mentions lying wholly inside ``[low, high)``, by start."""
        return [mention for mention in self.starting(low, high) if mention.span.end <= high]


def _speaker(mention: ActorMention) -> Speaker:
    return Speaker(span=mention.span, ref=mention.ref)


def _is_person(mention: ActorMention) -> bool:
    return mention.ref.kind is EntityKind.PERSON


def segment_start(text: str, low: int, offset: int) -> int:
    """Where the comma-separated piece holding ``offset`` starts (not before ``low``).

    Pieces end at commas, semicolons and quotation marks; leading spaces are skipped, and
    so is a single closing mark right after a comma (``...,’ he said``).

    >>> segment_start("In Rabat, the minister said", 0, 14)
    10
    """
    floor = max(low, offset - _SUBJECT_WINDOW * 2)
    if offset <= floor:
        return offset
    boundary = _LAST_BOUNDARY.match(text, floor, offset)
    if boundary is None and floor > low:
        return offset
    position = boundary.end() if boundary is not None else floor
    if boundary is not None and position < offset and text[position] in _SINGLE_CLOSING:
        position += 1
    while position < offset and text[position].isspace():
        position += 1
    return position


def _tokens(text: str, start: int, end: int) -> list[str]:
    return [token.casefold() for token in _TOKEN.findall(text, start, end)]


@functools.cache
def _gap_words() -> frozenset[str]:
    """The words that may stand between a speaker and the verb: filler and speaker nouns."""
    return words().filler | words().speaker_noun


@functools.cache
def _name_openers() -> frozenset[str]:
    """Words that do not start a name: non-names and particles (``de``, ``van``)."""
    return words().not_name | words().name_particle


def _gap_is_filler(text: str, start: int, end: int, dates: Sequence[Span]) -> bool:
    """Whether ``text[start:end]`` holds only filler, speaker nouns, dates and commas."""
    if end - start > _SUBJECT_WINDOW:
        return False
    allowed = _gap_words()
    bracket = _BRACKETED.match(text, start, end)
    if bracket is not None:
        start = bracket.end()
    position = start
    for date in dates:
        if date.start >= position and date.end <= end:
            if not _tokens_allowed(_tokens(text, position, date.start), allowed):
                return False
            position = date.end
    return _tokens_allowed(_tokens(text, position, end), allowed)


def _tokens_allowed(tokens: list[str], allowed: frozenset[str]) -> bool:
    return all(token == "," or token in allowed for token in tokens)


def _words_back(text: str, low: int, end: int, limit: int = 8) -> list[re.Match[str]]:
    """The last ``limit`` tokens of ``text[low:end]``, nearest last."""
    start = max(low, end - _SUBJECT_WINDOW)
    return list(_TOKEN.finditer(text, start, end))[-limit:]


def _subject(
    text: str, cue: Cue, low: int, index: MentionIndex, dates: Sequence[Span]
) -> tuple[Speaker, int] | None:
    """The speaker before a finite cue (``X said``, ``X, who stressed``) and its piece's start.

    In order: the mention ending nearest before the verb with only filler words, speaker
    nouns (``a UNHCR spokesperson said``), dates, a bracketed acronym and commas between,
    when it is a person; a person named just before pieces describing them
    (``Jane Doe, the IOM envoy to Libya, said``, ``X, who heads the agency, warned``,
    ``X, for his part, said``); a person in the same piece as a body
    (``Jane Doe of the IOM said``); the body or country itself (``the ministry said``,
    ``Morocco stressed``) unless a group of its members speaks (``Some members of the
    European Parliament objected``); a relative pronoun standing for the mention before
    it; an unnamed speaker with a complement or a relative clause (``A delegate from a
    European country who asked not to be named said``, ``Rights groups argue``); an
    unresolved subject pronoun,
    speaker noun (``officials said``) or capitalised name (``Bello said``), looked up
    among the people's names or left with no entity.
    """
    floor = max(low, cue.span.start - _SUBJECT_WINDOW)
    verb = cue.span.start
    lexicon = words()
    mention = index.nearest_ending(floor, verb)
    if mention is not None and not _gap_is_filler(text, mention.span.end, verb, dates):
        mention = None
    if mention is not None and _is_person(mention):
        antecedent = _relative_antecedent(text, low, mention, index)
        if antecedent is not None:
            return antecedent
        return _speaker(mention), segment_start(text, low, mention.span.start)
    described = _described_person(text, low, verb, index)
    if described is not None:
        return described
    if mention is not None:
        piece = segment_start(text, low, mention.span.start)
        persons = [found for found in index.within(piece, verb) if _is_person(found)]
        if persons:
            return _speaker(persons[-1]), piece
        group = _plural_speaker(text, piece, verb)
        if group is not None and group[0].end >= mention.span.end:
            return Speaker(span=group[0], ref=None), piece
        unnamed = _unnamed_person(text, mention, verb)
        return (unnamed or _speaker(mention)), piece
    opening = _unnamed_subject(text, low, verb, index)
    if opening is not None:
        return opening
    tokens = _words_back(text, floor, verb)
    position = len(tokens) - 1
    while position >= 0 and tokens[position].group().casefold() in lexicon.filler:
        position -= 1
    if position < 0:
        return None
    last = tokens[position]
    word = last.group().casefold()
    if word in lexicon.relative:
        before = index.nearest_ending(floor, last.start())
        if before is not None and not text[before.span.end : last.start()].strip(" ,"):
            return _speaker(before), segment_start(text, low, before.span.start)
        return None
    if word in lexicon.pronoun:
        span = Span(start=last.start(), end=last.end())
        return Speaker(span=span, ref=None), segment_start(text, low, span.start)
    if word in lexicon.speaker_noun and word not in {"'s", "’s"}:
        first = position
        while first > 0 and tokens[first - 1].group().casefold() in lexicon.speaker_noun:
            first -= 1
        for back in range(first - 1, max(first - 4, -1), -1):
            word_before = tokens[back].group()
            if word_before.casefold() in {"the", "a", "an"}:
                first = back
                break
            if not word_before.islower():
                break
        span = Span(start=tokens[first].start(), end=last.end())
        return Speaker(span=span, ref=None), segment_start(text, low, span.start)
    name = _name_before(text, floor, last.end())
    if name is not None:
        speaker = Speaker(span=name, ref=index.person_named(name.of(text)))
        return speaker, segment_start(text, low, name.start)
    return None


_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
_NAME_TOKENS = 5


def _is_name(tokens: Sequence[str]) -> bool:
    """Whether ``tokens`` read as a person's name: capitalised words and inner particles."""
    lexicon = words()
    if not tokens or len(tokens) > _NAME_TOKENS or tokens[0].casefold() in lexicon.not_name:
        return False
    if not (tokens[0][0].isupper() and tokens[-1][0].isupper()):
        return False
    return all(token[0].isupper() or token.casefold() in lexicon.name_particle for token in tokens)


def _name_before(text: str, low: int, end: int) -> Span | None:
    """A capitalised name ending at ``end``: ``Bello``, ``Ana de la Cruz``."""
    matches = list(_NAME_TOKEN.finditer(text, max(low, end - 80), end))
    if not matches or matches[-1].end() != end:
        return None
    run: list[re.Match[str]] = []
    for match in reversed(matches):
        if run and text[match.end() : run[-1].start()].strip():
            break
        run.append(match)
        if len(run) > _NAME_TOKENS:
            return None
    run.reverse()
    not_first = _name_openers()
    while run and run[0].group().casefold() in not_first:
        run.pop(0)
    tokens = [match.group() for match in run]
    if not _is_name(tokens):
        return None
    return Span(start=run[0].start(), end=run[-1].end())


def _name_after(text: str, start: int, high: int) -> Span | None:
    """A capitalised name starting right after ``start``: ``said Xicará in Tapachula``."""
    run: list[re.Match[str]] = []
    for match in _NAME_TOKEN.finditer(text, start, min(high, start + 80)):
        previous = run[-1].end() if run else start
        if text[previous : match.start()].strip() or len(run) >= _NAME_TOKENS:
            break
        if not (match.group()[0].isupper() or match.group().casefold() in words().name_particle):
            break
        run.append(match)
    while run and not run[-1].group()[0].isupper():
        run.pop()
    tokens = [match.group().rstrip(".") for match in run]
    if not _is_name(tokens):
        return None
    end = run[-1].end()
    while end > run[0].start() and text[end - 1] == ".":
        end -= 1
    return Span(start=run[0].start(), end=end)


def _unnamed_person(text: str, mention: ActorMention, verb: int) -> Speaker | None:
    """``the Senegalese official``, ``Spain's interior minister``: a person, not the country.

    A place followed by a noun naming one person is an unnamed speaker (no entity),
    named by the words from the article before the place to that noun; so is the holder
    of an office of a body (``_office_holder``).
    """
    if mention.ref.kind is EntityKind.ORGANIZATION:
        return _office_holder(text, mention) or _member(text, mention, verb)
    if mention.ref.kind is not EntityKind.PLACE:
        return None
    noun = _last_person_noun(text, mention.span.end, verb)
    if noun is None:
        return None
    start = mention.span.start
    article = re.search(r"\b(?:the|a|an)\s+$", text[max(0, start - 5) : start], re.IGNORECASE)
    if article is not None:
        start -= len(article.group())
    return Speaker(span=Span(start=start, end=noun.end()), ref=None)


def _last_person_noun(text: str, start: int, end: int) -> re.Match[str] | None:
    """The last word of ``text[start:end]`` that names one person (``person_noun``)."""
    nouns = [
        match
        for match in _WORD.finditer(text, start, end)
        if match.group().casefold() in words().person_noun
    ]
    return nouns[-1] if nouns else None


_OFFICE_OF = re.compile(
    r"(?:\b(?:the|a|an)\s{1,3})?(?P<noun>[A-Za-z][\w-]*)\s{1,3}(?:of|at)\s{1,3}(?:the\s{1,3})?\Z",
    re.IGNORECASE,
)
_VOICES = frozenset({"spokesperson", "spokesman", "spokeswoman", "official", "officer"})
"""Person nouns whose holder speaks for the body: ``a spokesman of the ministry said``."""
_OFFICE_REACH = 40


def _office_holder(text: str, mention: ActorMention) -> Speaker | None:
    """``The President of the General Assembly said``: the unnamed holder of an office of
    the body speaks, not the body; a spokesperson or official speaks for the body."""
    reach = max(0, mention.span.start - _OFFICE_REACH)
    office = _OFFICE_OF.search(text[reach : mention.span.start])
    if office is None:
        return None
    noun = office.group("noun").casefold()
    if noun not in words().person_noun or noun in _VOICES:
        return None
    return Speaker(span=Span(start=reach + office.start(), end=mention.span.end), ref=None)


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s{1,3}\Z", re.IGNORECASE)


def _member(text: str, mention: ActorMention, verb: int) -> Speaker | None:
    """``an EU diplomat told``: one unnamed member of the body speaks, not the body.

    An indefinite article before the body and a person noun after it, other than a
    spokesperson or official (``a UNHCR spokesperson said`` gives the body).
    """
    article = _INDEFINITE_BEFORE.search(text, max(0, mention.span.start - 5), mention.span.start)
    if article is None:
        return None
    noun = _last_person_noun(text, mention.span.end, verb)
    if noun is None or noun.group().casefold() in _VOICES:
        return None
    return Speaker(span=Span(start=article.start(), end=noun.end()), ref=None)


def _relative_antecedent(
    text: str, low: int, mention: ActorMention, index: MentionIndex
) -> tuple[Speaker, int] | None:
    """The person a relative clause describes, when ``mention`` lies inside that clause.

    ``Jane Doe, who travelled with Prime Minister John Roe, said``: the speaker is Doe,
    not Roe, whose name merely ends the clause.
    """
    piece = segment_start(text, low, mention.span.start)
    tokens = _TOKEN.findall(text, piece, mention.span.start)
    if not tokens or tokens[0].casefold() not in words().relative | {"whose"}:
        return None
    comma = _previous_char(text, low, piece)
    if comma < 0 or text[comma] != ",":
        return None
    end = _previous_char(text, low, comma) + 1
    before = index.nearest_ending(max(low, end - _SUBJECT_WINDOW), end)
    if before is None or before.span.end != end or not _is_person(before):
        return None
    return _speaker(before), segment_start(text, low, before.span.start)


def _described_person(
    text: str, low: int, verb: int, index: MentionIndex
) -> tuple[Speaker, int] | None:
    """A person whose name ends a piece followed only by pieces describing them.

    ``Jane Doe, the IOM envoy to Libya, said``; ``Jane Doe, who heads the office, warned``;
    ``Jane Doe, for her part, said``; ``Doe, 54, told``; ``Jane Doe, chair of the
    committee, urged``. A describing piece (or an age) has at most a dozen words and
    starts with a capital, an article, a person noun, ``who`` or an introductory word;
    it has no clause word unless it is a relative clause. The name is a person mention
    ending the piece, or a piece that is only a capitalised name. With no person, a body
    named by the clause's first piece speaks (``The Italian Red Cross (CRI), which has
    run the centre since June, said``).
    """
    comma = _previous_char(text, low, verb)
    lexicon = words()
    body: tuple[Speaker, int] | None = None
    for _ in range(_APPOSITION_PIECES):
        if comma < 0 or text[comma] != ",":
            return body if comma < 0 else None
        piece = segment_start(text, low, comma)
        end = _previous_char(text, piece, comma) + 1
        for found in reversed(index.within(max(piece, end - _SUBJECT_WINDOW), end)):
            if _is_person(found) and found.span.end == end:
                return _speaker(found), piece
        body = body or _named_body(text, piece, end, index)
        tokens = _TOKEN.findall(text, piece, comma)
        only_name = end > piece and not _NAME_TOKEN.sub("", text[piece:end]).strip()
        if only_name and _is_name(_NAME_TOKEN.findall(text, piece, end)):
            span = Span(start=piece, end=end)
            return Speaker(span=span, ref=index.person_named(span.of(text))), piece
        if not tokens or len(tokens) > _APPOSITION_WORDS:
            return None
        first = tokens[0].casefold()
        if all(token.isdigit() for token in tokens):
            comma = _previous_char(text, low, piece)
            continue
        relative = first in lexicon.relative or first == "whose"
        opening = (
            tokens[0][0].isupper() or first in {"the", "a", "an"} or first in lexicon.person_noun
        )
        aside = first in lexicon.intro and len(tokens) <= 6
        if not (relative or opening or aside):
            return None
        if not (relative or aside or lexicon.clause_word.isdisjoint(map(str.casefold, tokens))):
            return None
        comma = _previous_char(text, low, piece)
    return None


def _named_body(text: str, piece: int, end: int, index: MentionIndex) -> tuple[Speaker, int] | None:
    """A body or country that is the whole piece ``text[piece:end]``: ``The Italian Red
    Cross (CRI)`` (capitalised words or ``the`` before it, a bracketed acronym after)."""
    for found in index.within(piece, end):
        if _is_person(found) or found.via is MentionVia.DEMONYM:
            continue
        bracket = _BRACKETED.match(text, found.span.end, end)
        closes = bracket.end() if bracket is not None else found.span.end
        before = _TOKEN.findall(text, piece, found.span.start)
        if closes == end and all(token[0].isupper() or token == "the" for token in before):
            return _speaker(found), piece
    return None


def _previous_char(text: str, low: int, position: int) -> int:
    """The index of the last non-space character before ``position``, or -1 at ``low``."""
    index = position - 1
    while index >= low and text[index].isspace():
        index -= 1
    return index if index >= low else -1


def _inverted(
    text: str, cue: Cue, low: int, high: int, index: MentionIndex
) -> tuple[Speaker, int] | None:
    """The speaker right after a finite cue that follows a comma or a quotation.

    ``..., said X``, ``"...", added the minister``, ``The plan, continued X, ...``.
    The words between verb and speaker may only be capitalised words, ``the``, ``of``
    and ``'s`` (``said IOM Director General X``); a person there wins over a body; a
    demonym is never an inverted speaker. After the speaker comes only a comma, a trailer
    or the end of the sentence: ``..., urged Nigerians abroad to ...`` is not inverted.
    With no mention, an unresolved capitalised name or pronoun (``said Xicará``).
    """
    if cue.complement is Complement.ADDRESSEE:
        return None
    before = cue.span.start
    while before > low and text[before - 1].isspace():
        before -= 1
    if before > low and not (text[before - 1] == "," or text[before - 1] in _CLOSING):
        return None
    if before > low and _named_subject_before(text, low, before - 1, index):
        return None
    ceiling = min(high, cue.span.end + _INVERTED_WINDOW)
    chosen: ActorMention | None = None
    for mention in index.starting(cue.span.end, ceiling):
        if mention.via is MentionVia.DEMONYM:
            continue
        if not _title_gap(text, cue.span.end, mention.span.start):
            break
        if chosen is None:
            chosen = mention
        if _is_person(mention):
            chosen = mention
            break
    found = _speaker_after(text, cue.span.end, ceiling, chosen, index)
    if found is None:
        return None
    span, ref = found
    if _INFINITIVE.match(text, span.end, high):
        return None
    after = _skip_space(text, span.end, high)
    if (
        after < high
        and text[after] != ","
        and not is_trailer(text, span.end, high, addressee=False, inverted=True)
    ):
        return None
    return Speaker(span=span, ref=ref), span.end


def _speaker_after(
    text: str, start: int, ceiling: int, chosen: ActorMention | None, index: MentionIndex
) -> tuple[Span, EntityRef | None] | None:
    """The words and entity of an inverted speaker starting after ``start``: the mention
    ``chosen`` by ``_inverted``, else an unresolved name or pronoun, else an unnamed
    speaker phrase."""
    if chosen is not None:
        if not _is_person(chosen):
            # "said the Red Cross's local coordinator, Jane Doe": the apposed person speaks.
            titled = _unnamed_speaker(text, start, ceiling, index)
            if titled is not None and titled[1] is not None and titled[1].kind is EntityKind.PERSON:
                return titled
        return chosen.span, chosen.ref
    name = _name_after(text, start, ceiling)
    if name is not None:
        return name, index.person_named(name.of(text))
    match = _WORD.search(text, start, ceiling)
    if (
        match is not None
        and not text[start : match.start()].strip()
        and match.group().casefold() in words().pronoun - {"it", "i"}
    ):
        return Span(start=match.start(), end=match.end()), None
    return _unnamed_speaker(text, start, ceiling, index)


_DETERMINER_AFTER = re.compile(r"\s{0,3}(?P<determiner>(?i:a|an|the|one|another))\s{1,3}")
_MODIFIERS_BEFORE_NOUN = 4
_COMPLEMENT_OPENER = re.compile(
    r"\s{1,3}(?:close\s{1,3}to|familiar\s{1,3}with|involved\s{1,3}in|based\s{1,3}in"
    r"|working\s{1,3}(?:for|with|in|at)|representing|for|of|at|from|with|in|on)\s{1,3}"
)
"""What opens a speaker noun's complement: ``a spokesman for ...``, ``an official at ...``."""
_COMPLEMENT_WORDS = 8
_APPOSED_NAME = re.compile(r",\s{1,3}")


def _unnamed_speaker(
    text: str, start: int, high: int, index: MentionIndex
) -> tuple[Span, EntityRef | None] | None:
    """An inverted speaker named by a noun: ``"...," said a spokesman for the Commission``.

    The noun phrase (``_noun_phrase_after``) may take a short complement (``for the
    Commission``, ``familiar with the talks``). A name apposed after it is the speaker
    (``said the head of the agency, Jane Doe``); else a body named in the complement of a
    speaker noun speaks (``a spokeswoman for IOM``); else no one is resolved and the
    phrase is kept as the speaker's mention.
    """
    phrase = _noun_phrase_after(text, start, high)
    if phrase is None:
        return None
    end = _complement_end(text, phrase.end, high)
    span = Span(start=phrase.start, end=end)
    apposed = _APPOSED_NAME.match(text, end, high)
    if apposed is not None:
        for mention in index.starting(apposed.end(), apposed.end() + 1):
            closes = _skip_space(text, mention.span.end, high)
            if _is_person(mention) and (closes >= high or text[closes] in ",.;"):
                return mention.span, mention.ref
    noun = text[phrase.start : phrase.end].rsplit(None, 1)[-1].casefold()
    if noun in words().speaker_noun:
        for mention in index.within(phrase.end, end):
            if mention.ref.kind is EntityKind.ORGANIZATION:
                return span, mention.ref
    return span, None


_RELATIVE_BEFORE_VERB = re.compile(r"\s{1,3}(?:who|that)\s{1,3}[^,;:.!?\"“”]{1,80}\Z")
"""A relative clause right before the verb: ``... who asked not to be named`` said."""


def _unnamed_subject(
    text: str, low: int, verb: int, index: MentionIndex
) -> tuple[Speaker, int] | None:
    """An unnamed speaker opening the verb's piece: ``A delegate from a European country
    who asked not to be named said``, ``One official at the ministry told``.

    The piece is an unnamed noun phrase (``_unnamed_speaker``), then at most a relative
    clause up to the verb; a body in the complement of a speaker noun speaks.
    """
    piece = segment_start(text, low, verb)
    found = _unnamed_speaker(text, piece, verb, index) or _plural_speaker(text, piece, verb)
    if found is None:
        return None
    span, ref = found
    if span.start != piece:
        return None
    rest = text[span.end : verb]
    if rest.strip() and _RELATIVE_BEFORE_VERB.match(rest) is None:
        return None
    return Speaker(span=span, ref=ref), piece


_QUANTIFIERS = frozenset({"some", "many", "several", "other", "most", "the"})
_PLURAL_MODIFIERS = 3
_NOT_MODIFIERS = frozenset({"of", "to", "in", "for", "and", "or", "on", "at", "by", "with"})


def _plural_speaker(text: str, start: int, high: int) -> tuple[Span, EntityRef | None] | None:
    """A group speaking unnamed with no determiner: ``Critics say``, ``Rights groups argue``,
    ``Some members of the European Parliament objected``.

    An optional quantifier, at most three modifiers joined by spaces or hyphens, a noun of
    the ``plural_speaker`` group, and a short complement.
    """
    lexicon = words()
    previous = start
    for count, match in enumerate(_WORD.finditer(text, start, min(high, start + 80))):
        word = match.group().casefold()
        if count > _PLURAL_MODIFIERS + 1 or text[previous : match.start()].strip(" -"):
            return None
        if word in lexicon.plural_speaker:
            end = _complement_end(text, match.end(), high)
            fillers = list(_WORD.finditer(text, match.end(), end))
            while fillers and fillers[-1].group().casefold() in lexicon.filler:
                end = _previous_char(text, start, fillers.pop().start()) + 1
            return Span(start=start, end=end), None
        if word in _NOT_MODIFIERS or word in lexicon.clause_word:
            return None
        if count > 0 and word in _QUANTIFIERS:
            return None
        previous = match.end()
    return None


def _complement_end(text: str, start: int, high: int) -> int:
    """Where the complement of a speaker noun ending at ``start`` ends, or ``start``.

    A complement is an opener of ``_COMPLEMENT_OPENER`` and at most eight words up to a
    comma, a full stop, a quotation mark or a relative pronoun, none of them a clause word.
    """
    opener = _COMPLEMENT_OPENER.match(text, start, high)
    if opener is None:
        return start
    end = start
    clause = words().clause_word
    stops = words().relative | {"that", "whose"}
    for count, match in enumerate(_TOKEN.finditer(text, opener.end(), high)):
        token = match.group()
        if not (token[0].isalnum() or token in {"-", "'s", "’s"}) or token.casefold() in stops:
            break
        if count >= _COMPLEMENT_WORDS or token.casefold() in clause:
            return start
        end = match.end()
    return end if end > start else start


def _named_subject_before(text: str, low: int, comma: int, index: MentionIndex) -> bool:
    """Whether the piece before the comma at ``comma`` is a person's name alone, so that
    the cue after it has that person as subject: ``the IOM chief, Mr. Jan Roe, commended``.

    An honorific or title of at most two capitalised words may stand before the name.
    """
    mention = index.nearest_ending(comma, comma)
    if mention is None or not _is_person(mention):
        return False
    start = segment_start(text, low, mention.span.start)
    before = _TOKEN.findall(text, start, mention.span.start)
    return len(before) <= 3 and all(token[0].isupper() or token == "." for token in before)


def _noun_phrase_after(text: str, start: int, high: int) -> Span | None:
    """An unnamed inverted speaker: ``"...," said a senior Tunisian official``.

    A determiner, at most four words joined by spaces, hyphens or possessives, and a
    speaker noun of ``statement_words.tsv`` (the first one not possessive: ``an official
    close to the talks`` ends at ``official``, ``the agency's head`` at ``head``).
    """
    opening = _DETERMINER_AFTER.match(text, start, high)
    if opening is None:
        return None
    previous = opening.end()
    nouns = words().speaker_noun | words().unnamed_speaker
    for count, match in enumerate(_WORD.finditer(text, opening.end(), high)):
        if count > _MODIFIERS_BEFORE_NOUN or text[previous : match.start()].strip(" -"):
            return None
        previous = match.end()
        possessive = _POSSESSIVE.match(text, previous, high)
        if possessive is not None:
            previous = possessive.end()
        elif match.group().casefold() in nouns:
            return Span(start=opening.start("determiner"), end=match.end())
    return None


_POSSESSIVE = re.compile(r"['’]s\b")
"""A possessive ending: ``the agency's director`` names the director, not the agency."""

_INFINITIVE = re.compile(
    r"\s{1,3}to\s{1,3}(?!(?:the|a|an|his|her|their|its|our|reporters|journalists|media)\b)"
    r"[a-z]"
)
"""``to`` and an infinitive after a name: ``..., urged the ministry to act`` has an object."""


def _skip_space(text: str, start: int, high: int) -> int:
    while start < high and text[start].isspace():
        start += 1
    return start


_TITLE_GLUE = frozenset({"the", "of", "for", "and", "in", "on", "to", "'s", "’s", ".", ",", "-"})
"""The small words and marks a title may hold: ``Deputy Director General for Operations,``."""


def _title_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds only capitalised words and title glue words."""
    return all(
        token[0].isupper() or token.casefold() in _TITLE_GLUE
        for token in _TOKEN.findall(text, start, end)
    )


def _according(text: str, cue: Cue, high: int, index: MentionIndex) -> tuple[Speaker, int] | None:
    """The source named after ``according to`` and where its noun phrase ends.

    The phrase runs to the next comma (or past it, to the end of a name that holds
    commas) or the end of the sentence, when that is near. Its
    source is the first person in it, else the first organisation (``according to the
    Niamey-based NGO X``, ``according to a statement by the ministry``), else a country or
    city named right after (``according to Spain's interior ministry``), never a demonym;
    else a capitalised name right after.
    """
    comma = _BOUNDARY.search(text, cue.span.end, min(high, cue.span.end + _ACCORDING_WINDOW))
    end = comma.start() if comma is not None else high
    if comma is None and end - cue.span.end > _ACCORDING_WINDOW:
        return None
    while end > cue.span.end and not text[end - 1].isalnum():
        end -= 1
    # A name with commas in it runs on: "according to the Bureau of Manpower, Employment
    # and Training".
    end = max([end, *(m.span.end for m in index.starting(cue.span.end, end))])
    inside = [
        mention
        for mention in index.within(cue.span.end, end)
        if mention.via is not MentionVia.DEMONYM
        and text[mention.span.end : mention.span.end + 1] != "-"
    ]
    for kind in (EntityKind.PERSON, EntityKind.ORGANIZATION):
        for mention in inside:
            if mention.ref.kind is kind:
                return _speaker(mention), end
    allowed = {"the", "a", "an", "'s", "’s"}
    for mention in inside:
        if _tokens_allowed(_tokens(text, cue.span.end, mention.span.start), frozenset(allowed)):
            return _speaker(mention), end
    name = _name_after(text, cue.span.end, end)
    if name is not None:
        return Speaker(span=name, ref=index.person_named(name.of(text))), end
    return None


def attribute(
    text: str,
    cue: Cue,
    clause: Span,
    index: MentionIndex,
    *,
    cues: CueIndex,
    dates: Sequence[Span] = (),
) -> Attribution | None:
    """The attribution of a finite cue or of ``according to``, or None with no speaker.

    ``cues`` are the cue forms of ``text``.

    Rules, tried in order:

    - ``according to X``: X is the first mention after it; the phrase runs to the comma.
    - inverted, after a comma or quotation: ``..., said X`` / ``"...", added the minister``.
    - subject first: ``X said``, ``X, who stressed``, ``the ministry said``, ``he added``;
      the attribution starts where the speaker's comma-separated piece starts, and
      reaches back over pieces that name the speaker (``Director of X, Jane Doe, told``).

    Participles take the speaker of their main clause; ``statements`` links them.
    """
    if cue.kind is CueKind.ACCORDING:
        found = _according(text, cue, clause.end, index)
        if found is None:
            return None
        return Attribution(
            cue=cue, speaker=found[0], start=cue.span.start, end=found[1], inverted=True
        )
    if cue.kind is not CueKind.FINITE:
        return None
    inverted = _inverted(text, cue, clause.start, clause.end, index)
    if inverted is not None:
        speaker, end = inverted
        return Attribution(cue=cue, speaker=speaker, start=cue.span.start, end=end, inverted=True)
    subject = _subject(text, cue, clause.start, index, dates)
    if subject is None:
        return None
    speaker, piece = subject
    if cues.has_cue(piece, speaker.span.start):
        return Attribution(cue=cue, speaker=speaker, start=speaker.span.start, end=cue.span.end)
    start = _reach_back(text, clause.start, piece, cues)
    return Attribution(cue=cue, speaker=speaker, start=start, end=cue.span.end)


def _reach_back(text: str, low: int, piece: int, cues: CueIndex) -> int:
    """Extend an attribution back over comma-separated pieces that only name the speaker.

    A piece names the speaker (``Director of global affairs at the Ministry``,
    ``the IOM envoy to Libya``) when it is not the sentence's first piece, starts with a
    capital letter or an article, has at most a dozen words, no clause word
    (``is``, ``must``, ``has``...) and no reporting verb. The sentence's first piece is
    always content.
    """
    start = piece
    lexicon = words()
    for _ in range(_APPOSITION_PIECES):
        comma = _previous_char(text, low, start)
        if comma < 0 or text[comma] != ",":
            return start
        previous = segment_start(text, low, comma)
        boundary = _previous_char(text, low, previous)
        if previous >= comma or boundary < 0 or text[boundary] != ",":
            return start
        tokens = _TOKEN.findall(text, previous, comma)
        if not tokens or len(tokens) > _APPOSITION_WORDS:
            return start
        first = tokens[0]
        if not (first[0].isupper() or first.casefold() in {"the", "a", "an"}):
            return start
        if first.casefold() in lexicon.intro:
            return start
        if not lexicon.clause_word.isdisjoint(map(str.casefold, tokens)):
            return start
        if cues.has_cue(previous, comma):
            return start
        start = previous
    return start


@functools.cache
def _clause_marks() -> frozenset[str]:
    """Words that make a piece a clause of its own (``on Monday she would ...``)."""
    lexicon = words()
    return (lexicon.clause_word | lexicon.pronoun) - {"this", "these", "those", "there"}


def is_trailer(
    text: str, start: int, end: int, *, addressee: bool, inverted: bool, first_only: bool = False
) -> bool:
    """Whether ``text[start:end]`` only tells where, when or to whom something was said.

    True for nothing at all, for comma-separated pieces that each start with a trailer
    word (``in a statement``, ``on Monday``, ``here``) or a relative pronoun
    (``, who heads the agency``), for the hearer of ``told`` (``told reporters``), and,
    after an inverted speaker, for pieces naming the speaker (``said X, IOM chief``).
    With ``first_only``, only the first piece is judged (``said in a report, the
    highest figure since ...``).

    >>> is_trailer("said in Geneva on Monday.", 4, 25, addressee=False, inverted=False)
    True
    >>> is_trailer("said the plan works.", 4, 20, addressee=False, inverted=False)
    False
    """
    if first_only:
        comma = text.find(",", start, end)
        end = comma if comma >= 0 else end
        if not text[start:end].strip():
            return False
    if end - start > _TRAILER_LIMIT:
        return False
    lexicon = words()
    stripped = text[start:end].strip().rstrip('.!?”"’»)').strip()
    if not stripped:
        return True
    pieces = [piece.strip() for piece in stripped.split(",")]
    for number, piece in enumerate(pieces):
        tokens = _TOKEN.findall(piece)
        if not tokens:
            continue
        folded = list(map(str.casefold, tokens))
        first = folded[0]
        if "that" in folded or ":" in tokens:
            return False
        if first in lexicon.relative or first == "whose":
            continue
        if not _clause_marks().isdisjoint(folded):
            return False
        if number == 0 and addressee:
            continue
        if first in lexicon.trailer:
            continue
        appositive = tokens[0][0].isupper() or first in {"the", "a", "an"}
        if (
            inverted
            and appositive
            and len(tokens) <= _APPOSITION_WORDS
            and lexicon.clause_word.isdisjoint(folded)
        ):
            continue
        return False
    return True


def first_word(text: str, start: int, end: int) -> str:
    """The first word of ``text[start:end]``, case-folded, or ``""``."""
    match = _WORD.search(text, start, min(end, start + 80))
    return match.group().casefold() if match is not None else ""
