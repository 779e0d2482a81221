"""End-to-end tests of the events, instruments and topics stages on the two seed articles.

The earlier stages are the real ones (segment, sentences, quotes, actors, dates,
quantities, statements); each seed is run once per test session.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import attrs

from migmodel._pipeline.actors import actors
from migmodel._pipeline.dates import dates
from migmodel._pipeline.document import Document
from migmodel._pipeline.events import events
from migmodel._pipeline.instruments import instruments
from migmodel._pipeline.normalise import normalise
from migmodel._pipeline.quantities import quantities
from migmodel._pipeline.quotes import quotes
from migmodel._pipeline.segment import segment
from migmodel._pipeline.sentences import sentences
from migmodel._pipeline.statements import statements
from migmodel._pipeline.topics import topics
from migmodel.model import Event, EventKind, FuzzyDate, Policy, PolicyKind, Topic

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@attrs.frozen(kw_only=True)
class Facts:
    """What the three stages found in one seed."""

    events: tuple[Event, ...]
    policies: tuple[Policy, ...]
    topics: tuple[Topic, ...]


@functools.cache
def facts(name: str) -> Facts:
    """Run every stage up to topics over a seed article."""
    text = normalise((SEEDS / name).read_text(encoding="utf-8"))
    layout = segment(text)
    document = Document(
        text=text,
        layout=layout,
        sentences=sentences(layout),
        quotes=quotes(layout),
        reference_date=layout.page_date,
    )
    found_actors = actors(document)
    found_dates = dates(document)
    found_statements = statements(document, found_actors, found_dates)
    found_events = events(document, found_actors, found_dates, found_statements)
    found_policies = instruments(document, found_actors, found_dates, quantities(document))
    _, tagged_events, tagged_policies, article_topics = topics(
        document, found_statements, found_events, found_policies
    )
    return Facts(events=tagged_events, policies=tagged_policies, topics=article_topics)


def seed_000() -> Facts:
    """The Rabat meeting article."""
    return facts("000_434f130cdb941773.txt")


def seed_003() -> Facts:
    """The Lima meeting article."""
    return facts("003_eb7088fa0a3f303b.txt")


def of_kind(found: Facts, kind: EventKind) -> list[Event]:
    """The events of one kind."""
    return [event for event in found.events if event.kind is kind]


def meeting(found: Facts) -> Event:
    """The one meeting of a seed."""
    meetings = of_kind(found, EventKind.MEETING)
    assert len(meetings) == 1, meetings
    return meetings[0]


def policy(found: Facts, kind: PolicyKind, words: str) -> Policy:
    """The policy of a kind whose name holds ``words``."""
    matches = [p for p in found.policies if p.kind is kind and words in p.name]
    assert len(matches) == 1, found.policies
    return matches[0]


def surnames(refs: tuple[object, ...]) -> set[str]:
    """The last word of each referenced entity's name."""
    return {getattr(ref, "name", "").split()[-1] for ref in refs}


# --- Seed 000 ------------------------------------------------------------------------------


def test_000_has_one_meeting() -> None:
    """The article reports one meeting, mentioned twice."""
    assert len(of_kind(seed_000(), EventKind.MEETING)) == 1


def test_000_meeting_place_is_rabat() -> None:
    """``told a meeting on Tuesday in Rabat``: the meeting was in Rabat."""
    place = meeting(seed_000()).place
    assert (place.name if place else None) == "Rabat"


def test_000_meeting_date_is_the_tuesday_before_the_page_date() -> None:
    """``on Tuesday`` before Saturday 27 April 2024 is 23 April 2024, inferred."""
    assert meeting(seed_000()).date == FuzzyDate.day(2024, 4, 23, inferred=True)


def test_000_meeting_organiser_is_iom() -> None:
    """``Organized by the International Organization for Migration (IOM)``."""
    names = [ref.name for ref in meeting(seed_000()).organizers]
    assert names == ["International Organization for Migration"]


def test_000_meeting_theme_is_the_quoted_title() -> None:
    """The quoted title after ``on`` is the meeting's theme."""
    expected = "Good practices and challenges related to bilateral agreements on labor migration"
    assert meeting(seed_000()).theme == expected


def test_000_meeting_participants_are_the_speakers() -> None:
    """The two people who spoke took part in the meeting."""
    assert surnames(meeting(seed_000()).participants) == {"Chekkori", "Palatini"}


def test_000_launch_is_dated_less_than_a_year_before_the_page_date() -> None:
    """``less than a year ago the Kingdom launched``: a launch in the year before."""
    launches = of_kind(seed_000(), EventKind.LAUNCH)
    expected = FuzzyDate.between(
        FuzzyDate.of(dt.date(2023, 4, 27)), FuzzyDate.of(dt.date(2024, 4, 27)), inferred=True
    )
    assert [event.date for event in launches] == [expected]


def test_000_has_no_signing_event() -> None:
    """``agreements signed with European neighbors`` describes agreements, no signing."""
    assert of_kind(seed_000(), EventKind.SIGNING) == []


def test_000_agreement_topics() -> None:
    """The agreements are on return, trafficking and smuggling."""
    agreement = policy(seed_000(), PolicyKind.AGREEMENT, "European neighbors")
    assert {
        Topic.RETURN_AND_REINTEGRATION,
        Topic.HUMAN_TRAFFICKING,
        Topic.MIGRANT_SMUGGLING,
    } <= set(agreement.topics)


def test_000_agreement_parties_are_european() -> None:
    """``signed with European neighbors``: Europe is the other party."""
    agreement = policy(seed_000(), PolicyKind.AGREEMENT, "European neighbors")
    assert [ref.name for ref in agreement.parties] == ["Europe"]


def test_000_information_system_is_moroccan() -> None:
    """The national information system belongs to Morocco."""
    system = policy(seed_000(), PolicyKind.SYSTEM, "information system")
    assert system.country == "MA"


def test_000_information_system_name() -> None:
    """The system is named with its subject."""
    system = policy(seed_000(), PolicyKind.SYSTEM, "information system")
    assert system.name == "integrated national information system on international labor migration"


def test_000_iom_approach_is_dated_2019() -> None:
    """``since 2019, developed a global approach``: dated 2019."""
    approach = policy(seed_000(), PolicyKind.POLICY, "global approach")
    assert approach.date == FuzzyDate.year(2019)


def test_000_iom_approach_belongs_to_iom() -> None:
    """The approach is the organisation's: IOM is its party, no country owns it."""
    approach = policy(seed_000(), PolicyKind.POLICY, "global approach")
    assert [ref.name for ref in approach.parties] == ["International Organization for Migration"]


def test_000_initiative_is_moroccan() -> None:
    """``the Kingdom launched a promising initiative``: Morocco's initiative."""
    assert policy(seed_000(), PolicyKind.INITIATIVE, "initiative").country == "MA"


def test_000_initiative_date_ends_at_the_page_date() -> None:
    """The initiative dates from the year before the page date."""
    date = policy(seed_000(), PolicyKind.INITIATIVE, "initiative").date
    assert (date.latest if date else None) == dt.date(2024, 4, 27)


def test_000_article_topics() -> None:
    """The article is about labour migration and skills mobility, among others."""
    assert {Topic.LABOUR_MIGRATION, Topic.SKILLS_MOBILITY} <= set(seed_000().topics)


# --- Seed 003 ------------------------------------------------------------------------------


def test_003_meeting_theme() -> None:
    """``The meeting, focusing on migration crises and opportunities``."""
    assert meeting(seed_003()).theme == "migration crises and opportunities"


def test_003_meeting_organisers() -> None:
    """``organized at the initiative of X ... and Y ...``: the two members."""
    assert surnames(meeting(seed_003()).organizers) == {"Pacheco", "Montoya"}


def test_003_meeting_participant_is_the_ambassador() -> None:
    """The ambassador who spoke took part."""
    assert surnames(meeting(seed_003()).participants) == {"Chaoudri"}


def test_003_signing_in_marrakech() -> None:
    """The Global Compact was signed in Marrakech."""
    signings = of_kind(seed_003(), EventKind.SIGNING)
    assert [event.place.name if event.place else None for event in signings] == ["Marrakech"]


def test_003_signing_date() -> None:
    """The Global Compact was signed in December 2018."""
    signings = of_kind(seed_003(), EventKind.SIGNING)
    assert [event.date for event in signings] == [FuzzyDate.month(2018, 12)]


def test_003_regularization_dated_2013() -> None:
    """``to regularize ... as early as 2013``."""
    found = of_kind(seed_003(), EventKind.REGULARIZATION)
    assert [event.date for event in found] == [FuzzyDate.year(2013)]


def test_003_regularization_place_is_morocco() -> None:
    """``led Morocco to regularize``: it happened in Morocco."""
    found = of_kind(seed_003(), EventKind.REGULARIZATION)
    assert [event.place.name if event.place else None for event in found] == ["Morocco"]


def test_003_new_migration_policy_is_moroccan() -> None:
    """``the Kingdom had ... decided to implement a new migration policy``."""
    assert policy(seed_003(), PolicyKind.POLICY, "migration policy").country == "MA"


def test_003_compact_name() -> None:
    """The compact's name keeps the comma inside it."""
    compact = policy(seed_003(), PolicyKind.COMPACT, "Global Compact")
    assert compact.name == "Global Compact for Safe, Orderly and Regular Migration"


def test_003_compact_date() -> None:
    """``signed in Marrakech in December 2018``."""
    compact = policy(seed_003(), PolicyKind.COMPACT, "Global Compact")
    assert compact.date == FuzzyDate.month(2018, 12)


def test_003_constitution_date() -> None:
    """``the 2011 Constitution``."""
    constitution = policy(seed_003(), PolicyKind.CONSTITUTION, "Constitution")
    assert constitution.date == FuzzyDate.year(2011)


def test_003_constitution_is_moroccan() -> None:
    """The constitution belongs to the article's main country."""
    assert policy(seed_003(), PolicyKind.CONSTITUTION, "Constitution").country == "MA"


def test_003_constitution_has_five_articles() -> None:
    """``includes five articles``."""
    constitution = policy(seed_003(), PolicyKind.CONSTITUTION, "Constitution")
    assert [quantity.value for quantity in constitution.quantities] == [5]


def test_003_strategy_objectives() -> None:
    """The four strategic objectives, as listed."""
    strategy = policy(seed_003(), PolicyKind.STRATEGY, "National Strategy")
    assert strategy.objectives == (
        "responsible integration",
        "regulation",
        "institutionalization",
        "management of migratory flows",
    )


def test_003_strategy_quantities() -> None:
    """4 strategic objectives, and 27 specific ones through ``It``."""
    strategy = policy(seed_003(), PolicyKind.STRATEGY, "National Strategy")
    assert [quantity.value for quantity in strategy.quantities] == [4, 27]


def test_003_strategy_is_moroccan() -> None:
    """The national strategy belongs to Morocco."""
    assert policy(seed_003(), PolicyKind.STRATEGY, "National Strategy").country == "MA"


def test_003_article_topics() -> None:
    """The article is about regularisation and integration, among others."""
    assert {Topic.REGULARIZATION, Topic.INTEGRATION} <= set(seed_003().topics)
