"""Tests for the events stage, on hand-built documents, actors, dates and statements.

Each text is written in our own words. The helpers find every span with
``str.find`` so that mention texts equal ``text[span]``.
"""

from __future__ import annotations

import datetime as dt
import time

from handbuilt import NAME, actors, dates, document, find_spans, named, org, person, place
from migmodel._pipeline.document import (
    Actors,
    Document,
    Layout,
    MentionVia,
)
from migmodel._pipeline.events import events
from migmodel.model import (
    EntityRef,
    Event,
    EventKind,
    FuzzyDate,
    Paragraph,
    Precision,
    Span,
    Statement,
    StatementKind,
)


def said(text: str, speaker: EntityRef, words: str) -> Statement:
    """A reported statement of ``words`` by ``speaker``."""
    span = find_spans(text, words)[0]
    return Statement(
        speaker=speaker, kind=StatementKind.REPORTED, cue="say", text=words, span=span, paragraph=0
    )


MONDAY = FuzzyDate.day(2024, 3, 11, inferred=True)
TUESDAY = FuzzyDate.day(2024, 3, 12, inferred=True)


def only(found: tuple[Event, ...]) -> Event:
    """The single event found."""
    assert len(found) == 1, found
    return found[0]


# --- A signing in Dakar -------------------------------------------------------------

DAKAR = (
    "Spain and Senegal signed a memorandum of understanding on labour mobility in Dakar on Monday."
)
SPAIN, SENEGAL, DAKAR_CITY = place("Spain", "ES"), place("Senegal", "SN"), place("Dakar")


def dakar_events() -> tuple[Event, ...]:
    """The events of the Dakar text."""
    return events(
        document(DAKAR),
        actors(DAKAR, named(SPAIN), named(SENEGAL), named(DAKAR_CITY)),
        dates(DAKAR, ("on Monday", MONDAY)),
        (),
    )


def test_signed_memorandum_is_a_signing() -> None:
    """``signed a memorandum`` is a SIGNING."""
    assert only(dakar_events()).kind is EventKind.SIGNING


def test_signing_place_follows_in() -> None:
    """The place after ``in`` is where the signing happened."""
    assert only(dakar_events()).place == DAKAR_CITY


def test_signing_date_is_the_nearest_date() -> None:
    """The resolved date in the sentence dates the signing."""
    assert only(dakar_events()).date == MONDAY


def test_signing_subjects_are_participants() -> None:
    """Countries that sign (``Spain and Senegal signed``) take part in the signing."""
    assert only(dakar_events()).participants == (SPAIN, SENEGAL)


def test_first_event_id_is_event_1() -> None:
    """Event ids are numbered from 1."""
    assert only(dakar_events()).id == "event:1"


def test_event_span_text_is_its_description() -> None:
    """The event's span covers exactly its description."""
    event = only(dakar_events())
    assert event.span.of(DAKAR) == event.description


# --- A workshop in Cebu -------------------------------------------------------------

CEBU = (
    "The Department of Migrant Workers (DMW) organised a pre-departure workshop in Cebu "
    "on Tuesday for nurses bound for Germany."
)
DMW = org("Department of Migrant Workers", "DMW")
CEBU_CITY = place("Cebu")


def cebu_event() -> Event:
    """The event of the Cebu text."""
    return only(
        events(
            document(CEBU),
            actors(
                CEBU, named(DMW, ("DMW", NAME)), named(CEBU_CITY), named(place("Germany", "DE"))
            ),
            dates(CEBU, ("on Tuesday", TUESDAY)),
            (),
        )
    )


def test_workshop_is_a_meeting() -> None:
    """A workshop is a MEETING."""
    assert cebu_event().kind is EventKind.MEETING


def test_subject_of_organised_is_organiser() -> None:
    """``X organised a workshop``: X organised it."""
    assert cebu_event().organizers == (DMW,)


def test_workshop_place() -> None:
    """``a workshop in Cebu`` took place in Cebu."""
    assert cebu_event().place == CEBU_CITY


def test_workshop_date() -> None:
    """``on Tuesday`` dates the workshop."""
    assert cebu_event().date == TUESDAY


# --- A visit to Guatemala City -------------------------------------------------------

VISIT = (
    "Mexican Foreign Minister Ana Torres visited Guatemala City on Wednesday to discuss "
    "migration along the southern border."
)
TORRES = person("Ana Torres")
GUATEMALA_CITY = place("Guatemala City")
WEDNESDAY = FuzzyDate.day(2024, 3, 13, inferred=True)


def visit_event() -> Event:
    """The event of the visit text."""
    return only(
        events(
            document(VISIT),
            actors(
                VISIT,
                named(TORRES),
                named(GUATEMALA_CITY),
                (place("Mexico", "MX"), (("Mexican", MentionVia.DEMONYM),)),
            ),
            dates(VISIT, ("on Wednesday", WEDNESDAY)),
            (),
        )
    )


def test_visited_is_a_visit() -> None:
    """``visited`` is a VISIT."""
    assert visit_event().kind is EventKind.VISIT


def test_visited_place_is_the_object() -> None:
    """``visited Guatemala City``: the place visited."""
    assert visit_event().place == GUATEMALA_CITY


def test_visitor_is_a_participant() -> None:
    """The subject of ``visited`` took part."""
    assert visit_event().participants == (TORRES,)


# --- A round table in Amman ----------------------------------------------------------

AMMAN = (
    "A round table on refugee livelihoods, hosted by UNHCR and the Jordanian Ministry of "
    "Labour, took place in Amman on Sunday."
)
UNHCR = org("UNHCR")
LABOUR_MINISTRY = org("Jordanian Ministry of Labour")
SUNDAY = FuzzyDate.day(2024, 3, 10, inferred=True)


def amman_event() -> Event:
    """The event of the Amman text."""
    return only(
        events(
            document(AMMAN),
            actors(
                AMMAN,
                named(UNHCR),
                named(LABOUR_MINISTRY),
                named(place("Amman")),
            ),
            dates(AMMAN, ("on Sunday", SUNDAY)),
            (),
        )
    )


def test_round_table_is_a_meeting() -> None:
    """A round table is a MEETING."""
    assert amman_event().kind is EventKind.MEETING


def test_hosted_by_names_the_organisers() -> None:
    """``hosted by X and Y``: both organised it."""
    assert amman_event().organizers == (UNHCR, LABOUR_MINISTRY)


def test_theme_after_on() -> None:
    """``a round table on X``: X is the theme."""
    assert amman_event().theme == "refugee livelihoods"


def test_took_place_in_gives_the_place() -> None:
    """``took place in Amman``: the place."""
    assert amman_event().place == place("Amman")


# --- A launch in Niger ---------------------------------------------------------------

NIGER_TEXT = "Niger launched a national campaign against migrant smuggling in Agadez last month."
NIGER, AGADEZ = place("Niger", "NE"), place("Agadez")
LAST_MONTH = FuzzyDate.month(2024, 2, inferred=True)


def niger_event() -> Event:
    """The event of the Niger text."""
    return only(
        events(
            document(NIGER_TEXT),
            actors(NIGER_TEXT, named(NIGER), named(AGADEZ)),
            dates(NIGER_TEXT, ("last month", LAST_MONTH)),
            (),
        )
    )


def test_launched_campaign_is_a_launch() -> None:
    """``launched a campaign`` is a LAUNCH."""
    assert niger_event().kind is EventKind.LAUNCH


def test_launching_country_organises() -> None:
    """The country that launched it is its organiser."""
    assert niger_event().organizers == (NIGER,)


def test_launch_date_is_relative_date() -> None:
    """``last month`` dates the launch."""
    assert niger_event().date == LAST_MONTH


def test_launch_place() -> None:
    """``in Agadez`` is where it was launched."""
    assert niger_event().place == AGADEZ


# --- A regularisation ----------------------------------------------------------------

REGULAR = "Between 2021 and 2023, Colombia regularised some 1.8 million Venezuelans."
COLOMBIA = place("Colombia", "CO")
YEARS = FuzzyDate.between(FuzzyDate.year(2021), FuzzyDate.year(2023))


def regular_event() -> Event:
    """The event of the regularisation text."""
    return only(
        events(
            document(REGULAR),
            actors(
                REGULAR,
                named(COLOMBIA),
                (place("Venezuela", "VE"), (("Venezuelans", MentionVia.DEMONYM),)),
            ),
            dates(REGULAR, ("Between 2021 and 2023", YEARS)),
            (),
        )
    )


def test_regularised_is_a_regularization() -> None:
    """``regularised`` is a REGULARIZATION."""
    assert regular_event().kind is EventKind.REGULARIZATION


def test_regularising_country_is_the_place() -> None:
    """The country that regularised is where it happened."""
    assert regular_event().place == COLOMBIA


def test_regularisation_date_before_the_verb() -> None:
    """A date opening the sentence dates the regularisation."""
    assert regular_event().date == YEARS


def test_regularisations_with_one_date_merge() -> None:
    """Two mentions of a regularisation with compatible dates are one event."""
    text = "Ecuador regularised migrants in 2022. The regularization gave them work permits."
    found = events(
        document(text),
        actors(text, named(place("Ecuador", "EC"))),
        dates(text, ("in 2022", FuzzyDate.year(2022))),
        (),
    )
    assert len(found) == 1


# --- One meeting, mentioned twice, with speakers ---------------------------------------

SAHEL = (
    "Ministers from the Sahel met with EU officials in Niamey on Tuesday, Idrissa Maiga said.\n"
    "The meeting, organized by the International Centre for Migration Policy Development, "
    "focused on return.\n"
    "Later, Hanna Berg said Europe would fund the plan."
)
MAIGA, BERG = person("Idrissa Maiga"), person("Hanna Berg")
ICMPD = org("International Centre for Migration Policy Development", "ICMPD")
NIAMEY = place("Niamey")


def sahel_events() -> tuple[Event, ...]:
    """The events of the Sahel text."""
    return events(
        document(SAHEL, reference=dt.date(2024, 3, 15)),
        actors(SAHEL, named(MAIGA), named(BERG), named(ICMPD), named(NIAMEY), named(org("EU"))),
        dates(SAHEL, ("on Tuesday", TUESDAY)),
        (
            said(SAHEL, MAIGA, "Ministers from the Sahel met with EU officials"),
            said(SAHEL, BERG, "Europe would fund the plan"),
        ),
    )


def test_the_meeting_refers_back() -> None:
    """``met with`` and ``The meeting`` are one event."""
    assert len(sahel_events()) == 1


def test_met_with_is_a_meeting() -> None:
    """``met with`` is a MEETING."""
    assert sahel_events()[0].kind is EventKind.MEETING


def test_back_reference_adds_organiser() -> None:
    """The organiser named with ``The meeting`` belongs to the first mention's event."""
    assert sahel_events()[0].organizers == (ICMPD,)


def test_speakers_after_the_meeting_took_part() -> None:
    """In an article about one meeting, the people quoted took part."""
    assert {MAIGA, BERG} <= set(sahel_events()[0].participants)


def test_met_place_after_in() -> None:
    """``met ... in Niamey``: the meeting's place."""
    assert sahel_events()[0].place == NIAMEY


# --- A seminar with a quoted title ------------------------------------------------------

GENEVA = "The IOM held a seminar on “Data for safer migration” in Geneva."
IOM = org("International Organization for Migration", "IOM")


def test_quoted_title_is_the_theme() -> None:
    """``on “Title”``: the quoted title is the theme."""
    found = events(
        document(GENEVA),
        actors(GENEVA, (IOM, (("IOM", NAME),)), named(place("Geneva"))),
        (),
        (),
    )
    assert only(found).theme == "Data for safer migration"


def test_held_subject_is_organiser() -> None:
    """``The IOM held a seminar``: the IOM organised it."""
    found = events(
        document(GENEVA),
        actors(GENEVA, (IOM, (("IOM", NAME),)), named(place("Geneva"))),
        (),
        (),
    )
    assert only(found).organizers == (IOM,)


# --- Dateline fallback, participation, forum ----------------------------------------------

FORUM = (
    "LIMA - A regional forum opened on Monday. "
    "Delegates Rosa Quispe and Omar Haddad took part in the forum."
)
QUISPE, HADDAD = person("Rosa Quispe"), person("Omar Haddad")
LIMA = place("Lima")


def forum_event() -> Event:
    """The event of the Lima forum text."""
    return only(
        events(
            document(FORUM, reference=dt.date(2024, 3, 12), dateline="LIMA"),
            actors(FORUM, named(QUISPE), named(HADDAD), (LIMA, (("LIMA", NAME),))),
            dates(FORUM, ("on Monday", MONDAY)),
            (),
        )
    )


def test_forum_is_a_conference() -> None:
    """A forum is a CONFERENCE."""
    assert forum_event().kind is EventKind.CONFERENCE


def test_recent_gathering_takes_dateline_place() -> None:
    """A gathering of this week with no place named takes the dateline's place."""
    assert forum_event().place == LIMA


def test_took_part_names_participants() -> None:
    """People who ``took part`` are participants."""
    assert forum_event().participants == (QUISPE, HADDAD)


# --- Things that are not events ---------------------------------------------------------


def test_meeting_as_a_verb_is_no_event() -> None:
    """``Meeting the needs of returnees`` is not a meeting."""
    text = "Meeting the needs of returnees remains hard, the official said."
    assert events(document(text), Actors(), (), ()) == ()


def test_participle_without_date_or_place_is_no_event() -> None:
    """``the agreements signed with Spain`` describes agreements, not a signing."""
    text = "He praised the agreements signed with Spain on seasonal work."
    assert events(document(text), actors(text, named(SPAIN)), (), ()) == ()


def test_participle_with_date_is_an_event() -> None:
    """``the compact, adopted in December 2018`` is an ADOPTION."""
    text = "Chile recalled the compact, adopted in December 2018, at the session."
    found = events(
        document(text), Actors(), dates(text, ("in December 2018", FuzzyDate.month(2018, 12))), ()
    )
    assert [event.kind for event in found] == [EventKind.ADOPTION, EventKind.MEETING]


def test_signing_needs_an_instrument() -> None:
    """``signed`` with nothing signable nearby (``signed autographs``) is no event."""
    text = "The footballer signed autographs for young refugees."
    assert events(document(text), Actors(), (), ()) == ()


def test_passed_through_is_no_adoption() -> None:
    """``passed through Libya`` is not the passing of a law."""
    text = "Most of them passed through Libya before reaching Lampedusa."
    assert events(document(text), Actors(), (), ()) == ()


def test_visit_without_anything_is_dropped() -> None:
    """A visit with no place, date or visitor is not kept."""
    text = "A visit would be useful, observers think."
    assert events(document(text), Actors(), (), ()) == ()


def test_two_meetings_are_two_events() -> None:
    """``a meeting`` twice means two meetings, in text order."""
    text = "A meeting took place in Rabat. A second meeting is planned in Tunis."
    found = events(
        document(text), actors(text, named(place("Rabat")), named(place("Tunis"))), (), ()
    )
    assert [event.id for event in found] == ["event:1", "event:2"]


def test_on_sidelines_is_no_theme() -> None:
    """``a summit on the sidelines of ...`` has no theme ``the sidelines``."""
    text = "They met at a summit on the sidelines of the assembly on Monday."
    found = events(document(text), Actors(), dates(text, ("on Monday", MONDAY)), ())
    assert only(found).theme is None


def test_date_right_after_on_is_no_theme() -> None:
    """``a meeting on Monday`` has no theme."""
    text = "Officials held a meeting on Monday."
    found = events(document(text), Actors(), dates(text, ("on Monday", MONDAY)), ())
    assert only(found).theme is None


def test_empty_document_has_no_events() -> None:
    """No paragraphs, no events."""
    assert events(Document(text="", layout=Layout(text="")), Actors(), (), ()) == ()


def test_stage_is_linear_in_text_size() -> None:
    """Ten times the text takes roughly ten times as long."""
    unit = "The ministers met with envoys in Rabat and signed an agreement on Monday. "
    small_text = unit * 100
    large_text = unit * 1000

    def run(text: str) -> float:
        paragraph = Paragraph(index=0, span=Span(start=0, end=len(text)), text=text)
        layout = Layout(text=text, paragraphs=(paragraph,))
        start = time.perf_counter()
        events(Document(text=text, layout=layout), Actors(), (), ())
        return time.perf_counter() - start

    assert run(large_text) < 40 * max(run(small_text), 1e-3)


# --- Rules added after reading wire stories of other countries ------------------------------


def test_place_after_a_title_is_not_the_meeting_place() -> None:
    """``met with the UNHCR Representative in Jordan``: Jordan is the title's, not the place."""
    text = "The minister met with the UNHCR Representative in Jordan, Maria Lindqvist, on Monday."
    found = events(
        document(text),
        actors(text, named(place("Jordan", "JO")), named(person("Maria Lindqvist"))),
        dates(text, ("on Monday", MONDAY)),
        (),
    )
    assert only(found).place is None


def test_hosted_by_far_after_the_event_is_no_organiser() -> None:
    """A ``hosted by`` clause far behind the trigger is about something else."""
    text = (
        "On Monday the minister met with the envoy to discuss aid for the many thousands of "
        "Syrian refugees who are hosted by the Kingdom."
    )
    found = events(
        document(text),
        actors(text, (place("Jordan", "JO"), (("the Kingdom", MentionVia.ROLE_NOUN),))),
        dates(text, ("On Monday", MONDAY)),
        (),
    )
    assert only(found).organizers == ()


def test_second_signing_mention_merges() -> None:
    """``signed two agreements`` and ``The accords were signed in Tapachula`` are one signing."""
    text = (
        "Mexico and Guatemala signed two agreements on border security. "
        "The accords were signed in Tapachula by the two ministers."
    )
    found = events(
        document(text),
        actors(
            text,
            named(place("Mexico", "MX")),
            named(place("Guatemala", "GT")),
            named(place("Tapachula")),
        ),
        (),
        (),
    )
    assert [event.place for event in found] == [place("Tapachula")]


def test_gathering_in_apposition_is_the_same_event() -> None:
    """``the Abu Dhabi Dialogue, a forum of Asian and Gulf countries``: one gathering."""
    text = "IOM will brief the Abu Dhabi Dialogue, a forum of Asian and Gulf countries, in May."
    found = events(document(text), Actors(), dates(text, ("in May", FuzzyDate.month(2024, 5))), ())
    assert len(found) == 1


def test_passive_verb_needs_its_instrument_before() -> None:
    """``job changes were approved since the reform ...`` adopts no instrument."""
    text = "Some 300,000 job changes were approved since the reform entered into force."
    assert events(document(text), Actors(), (), ()) == ()


def test_passive_verb_with_instrument_before_is_an_adoption() -> None:
    """``The law was approved by parliament`` is an ADOPTION."""
    text = "The asylum law was approved by parliament on Monday."
    found = events(document(text), Actors(), dates(text, ("on Monday", MONDAY)), ())
    assert only(found).kind is EventKind.ADOPTION


def test_coordinated_subjects_with_acronym_organise_a_launch() -> None:
    """``Senegal and the IOM (IOM) on Monday launched``: both organised the launch."""
    text = (
        "Senegal and the International Organization for Migration (IOM) on Monday launched "
        "a programme for returnees."
    )
    found = events(
        document(text),
        actors(text, named(SENEGAL), named(IOM, ("IOM", NAME))),
        dates(text, ("Monday", MONDAY)),
        (),
    )
    assert only(found).organizers == (SENEGAL, IOM)


def test_comma_alone_does_not_make_a_subject() -> None:
    """``the policy of Senegal, adopted in 2018``: Senegal is not the subject of adopted."""
    text = "It is part of the migration policy of Senegal, adopted in 2018."
    found = events(
        document(text),
        actors(text, named(SENEGAL)),
        dates(text, ("in 2018", FuzzyDate.year(2018))),
        (),
    )
    assert only(found).organizers == ()


def test_speaker_of_a_passing_gathering_is_no_participant() -> None:
    """A gathering named late in passing (``will brief the Dialogue``) gets no speakers."""
    text = (
        "Remittances rose in 2023, the report says.\n"
        "Costs remain high, Helena Berg said.\n"
        "According to Berg, IOM will brief the Abu Dhabi Dialogue in May."
    )
    found = events(
        document(text),
        actors(text, named(person("Helena Berg"))),
        dates(text, ("in May", FuzzyDate.month(2024, 5))),
        (said(text, person("Helena Berg"), "Costs remain high"),),
    )
    assert only(found).participants == ()


def test_gathering_that_says_nothing_is_dropped() -> None:
    """``the talks would continue``: no date, place, organiser, participant or theme."""
    text = "Officials said the talks would continue."
    assert events(document(text), Actors(), (), ()) == ()


def test_subjects_at_a_meeting_take_part() -> None:
    """``The ministry and the ILO reviewed ..., at a meeting``: both took part."""
    text = "The Ministry of Labour and the ILO reviewed the reforms at a meeting in Doha."
    ministry, ilo = org("Ministry of Labour"), org("International Labour Organization", "ILO")
    found = events(
        document(text),
        actors(text, named(ministry), (ilo, (("ILO", NAME),)), named(place("Doha"))),
        (),
        (),
    )
    assert only(found).participants == (ministry, ilo)


def test_subject_of_gave_approval_organises_adoption() -> None:
    """``The Senate on Thursday gave final approval to a protocol``: the Senate adopted it."""
    text = "The Senate on Thursday gave final approval to a protocol with Albania."
    senate = org("Senate")
    found = events(
        document(text),
        actors(text, named(senate), named(place("Albania", "AL"))),
        dates(text, ("on Thursday", FuzzyDate.day(2024, 2, 15, inferred=True))),
        (),
    )
    assert only(found).organizers == (senate,)


def test_recent_launch_takes_dateline_place() -> None:
    """A launch on a day of the reference week with no place named happened at the dateline."""
    text = "DAKAR - Senegal on Monday launched a programme for returnees."
    found = events(
        document(text, reference=dt.date(2024, 3, 12), dateline="DAKAR"),
        actors(text, named(SENEGAL), (DAKAR_CITY, (("DAKAR", NAME),))),
        dates(text, ("on Monday", MONDAY)),
        (),
    )
    assert only(found).place == DAKAR_CITY


def test_report_released_by_is_a_launch_organised() -> None:
    """``A new report released on Thursday by the IOM``: a LAUNCH organised by IOM."""
    text = "A new report released on Thursday by the IOM finds that fees remain high."
    found = events(
        document(text),
        actors(text, (IOM, (("IOM", NAME),))),
        dates(text, ("on Thursday", FuzzyDate.day(2024, 4, 18, inferred=True))),
        (),
    )
    assert only(found).organizers == (IOM,)


# --- Generalisation: talks, descriptions, labels, scope lists --------------------------


def _events_of(
    text: str, *entities: tuple[EntityRef, tuple[tuple[str, MentionVia], ...]]
) -> tuple[Event, ...]:
    """The events of ``text`` with the given actors and no dates."""
    return events(document(text), actors(text, *entities), (), ())


def test_after_talks_is_a_meeting() -> None:
    """``after talks in Windhoek`` is a meeting: ``after`` licenses a gathering noun."""
    text = (
        "The two countries agreed to waive visas after talks in Windhoek between their ministers."
    )
    found = _events_of(text, named(place("Windhoek")))
    assert [event.kind for event in found] == [EventKind.MEETING]


def test_is_a_forum_is_not_an_event() -> None:
    """``the Process is a consultative forum`` describes the Process; it is no conference."""
    text = "The Prague Process, set up in 2009, is a consultative forum of 50 governments."
    assert _events_of(text) == ()


def test_published_label_is_not_a_launch() -> None:
    """``Published: June 3, 2024`` is a page label, not the launch of anything."""
    text = "Published: June 3, 2024 10:20 | Staff Reporter, Daily Courier"
    assert _events_of(text) == ()


def test_met_a_delegation_is_a_meeting() -> None:
    """``met a delegation of the ILO`` is a meeting."""
    ilo, minister = org("International Labour Organization"), person("Rania Haddad")
    text = "On Wednesday Rania Haddad met a delegation of the International Labour Organization."
    found = _events_of(text, named(minister), named(ilo))
    assert [event.kind for event in found] == [EventKind.MEETING]


def test_met_a_deadline_is_not_a_meeting() -> None:
    """``met a deadline`` is no meeting."""
    text = "The ministry met a deadline set by the courts for processing asylum claims."
    assert _events_of(text) == ()


def test_place_list_is_a_scope_not_a_venue() -> None:
    """``launched ... in Amhara, Oromia and Tigray``: the regions are a scope, not the venue."""
    text = "The government launched a programme to support returnees in Amhara, Oromia and Tigray."
    found = _events_of(text, named(place("Amhara")), named(place("Oromia")), named(place("Tigray")))
    assert only(found).place is None


def test_single_place_after_in_is_the_venue() -> None:
    """``launched a programme in Hargeisa``: a single place behind ``in`` is the venue."""
    text = "The government launched a programme for returnees in Hargeisa."
    assert only(_events_of(text, named(place("Hargeisa")))).place == place("Hargeisa")


def test_will_meet_again_in_a_city_is_a_meeting() -> None:
    """``will meet again in Tunis`` announces a meeting."""
    text = "The two ministers will meet again in Tunis in June to review progress."
    found = _events_of(text, named(place("Tunis")))
    assert [event.kind for event in found] == [EventKind.MEETING]


def test_meet_related_challenges_is_not_a_meeting() -> None:
    """``to meet related challenges`` is an aim, not a meeting."""
    text = "The initiative aims to meet related challenges and meet the needs of migrants."
    assert _events_of(text) == ()


def test_news_conference_is_not_an_event() -> None:
    """``told a news conference`` is where speech was reported, not a conference."""
    text = "The minister told a news conference in Accra that visas would be cheaper."
    assert _events_of(text, named(place("Accra"))) == ()


def test_place_joined_by_and_is_a_scope_not_a_venue() -> None:
    """``centres in Guatemala and Colombia`` lists a scope; the talks have no venue from it."""
    from migmodel import parse_article

    text = (
        "After talks with Minister Ana Ruiz, she said centres would open in Guatemala and Colombia."
    )
    assert [event.place for event in parse_article(text).events] == [None]


def test_deadline_does_not_date_a_launch() -> None:
    """``unveiled a plan ... by 2030``: the deadline is no date of the launch."""
    text = "The ministry unveiled a plan that aims to halve recruitment fees by 2030."
    found = events(document(text), actors(text), dates(text, ("by 2030", FuzzyDate.year(2030))), ())
    assert [event.date for event in found] == [None]


def test_occasion_dates_a_launch_beside_a_deadline() -> None:
    """``on Sunday unveiled a plan ... by 2030``: Sunday, not the deadline, dates the launch."""
    text = "The ministry on Sunday unveiled a plan that aims to halve recruitment fees by 2030."
    sunday = FuzzyDate.day(2025, 1, 12, inferred=True)
    found_dates = dates(text, ("Sunday", sunday), ("by 2030", FuzzyDate.year(2030)))
    found = events(document(text), actors(text), found_dates, ())
    assert [event.date for event in found] == [sunday]


def test_place_tied_to_a_noun_is_not_the_venue() -> None:
    """``signed an accord on migrants stranded in the Sahel``: not signed in the Sahel."""
    sahel = place("Sahel")
    text = "Niger and Italy signed an accord on the return of migrants stranded in the Sahel."
    found = _events_of(text, named(sahel))
    assert [event.place for event in found] == [None]


def test_object_noun_is_a_whole_word() -> None:
    """``adopted the lawyer's view``: ``lawyer`` is not the object noun ``law``."""
    text = "The committee adopted the lawyer's view on the appeal."
    assert _events_of(text) == ()


def test_object_noun_plural_counts() -> None:
    """``adopted new policies``: a plural object noun still makes an adoption."""
    text = "The council adopted new policies on returns."
    assert [event.kind for event in _events_of(text)] == [EventKind.ADOPTION]


# --- Dates that belong to another noun phrase -----------------------------------------


def test_year_in_an_act_title_does_not_date_its_adoption() -> None:
    """``approved amendments to the Border Control Act, 2019``: the year names the Act."""
    text = "The Cabinet approved amendments to the Border Control Act, 2019, raising fines."
    found = events(document(text), actors(text), dates(text, ("2019", FuzzyDate.year(2019))), ())
    assert only(found).date is None


def test_date_of_a_replaced_agreement_does_not_date_the_signing() -> None:
    """``signed a new accord ..., replacing the accord concluded in May 2017``: 2017 is the
    old accord's."""
    text = (
        "Ruritania and Elbonia signed a new labour accord on seasonal workers, "
        "replacing the accord concluded in May 2017."
    )
    found = events(
        document(text), actors(text), dates(text, ("May 2017", FuzzyDate.month(2017, 5))), ()
    )
    assert only(found).date is None


def test_date_of_an_earlier_gathering_does_not_date_the_meeting() -> None:
    """``The meeting ... since the first review held in Lagos in 2019``: 2019 is the review's."""
    text = (
        "The three-day meeting, organised by the Sahel Migration Commission, will assess "
        "progress since the first review held in Lagos in 2019."
    )
    found = events(
        document(text),
        actors(text, named(org("Sahel Migration Commission")), named(place("Lagos"))),
        dates(text, ("2019", FuzzyDate.year(2019))),
        (),
    )
    assert only(found).date is None


def test_place_of_an_adoption_named_later_is_not_the_forum_place() -> None:
    """``The Forum reviewed the Pact, adopted in 2016 in Tunis``: Tunis is where the Pact
    was adopted, not where the Forum met."""
    text = (
        "The annual Forum on Monday reviewed the regional Pact on labour mobility, "
        "adopted in 2016 in Tunis."
    )
    found = events(
        document(text),
        actors(text, named(place("Tunis"))),
        dates(text, ("Monday", MONDAY), ("2016", FuzzyDate.year(2016))),
        (),
    )
    forum = next(event for event in found if event.kind is EventKind.CONFERENCE)
    assert forum.place is None


def test_own_participle_still_dates_the_meeting() -> None:
    """``The meeting, held in Cebu on Tuesday``: the meeting's own participle dates it."""
    text = "The meeting, held in Cebu on Tuesday, reviewed recruitment fees."
    found = events(
        document(text),
        actors(text, named(CEBU_CITY)),
        dates(text, ("on Tuesday", TUESDAY)),
        (),
    )
    assert only(found).date == TUESDAY


def test_reporting_verb_does_not_take_the_date() -> None:
    """``..., the ministry announced on Monday``: the announcement's day still dates it."""
    text = (
        "Elbonia has regularised the status of some 9,000 migrant farm workers under a "
        "special scheme, the ministry announced on Monday."
    )
    found = events(document(text), actors(text), dates(text, ("on Monday", MONDAY)), ())
    assert only(found).date == MONDAY


# --- Places stated around the gathering ------------------------------------------------


def test_place_before_at_a_forum_is_the_forum_place() -> None:
    """``spoke on Monday in Kano at a stakeholders' forum``: the forum met in Kano."""
    text = "The director spoke on Monday in Kano at a stakeholders' forum on remittances."
    kano = place("Kano")
    found = events(
        document(text), actors(text, named(kano)), dates(text, ("on Monday", MONDAY)), ()
    )
    assert only(found).place == kano


def test_place_behind_a_venue_after_at_is_the_event_place() -> None:
    """``a summit at the Palais Royal in Dakar``: a capitalised venue after ``at`` is no title."""
    text = "Leaders closed a summit at the Palais Royal in Dakar on Monday."
    found = events(
        document(text), actors(text, named(DAKAR_CITY)), dates(text, ("on Monday", MONDAY)), ()
    )
    assert only(found).place == DAKAR_CITY


def test_held_here_takes_the_dateline_place() -> None:
    """``a meeting of the working group held here``: the dateline's place."""
    text = "LIMA - The plan was agreed at a meeting of the joint working group held here."
    lima = place("Lima")
    found = events(
        document(text, dateline="LIMA"),
        actors(text, (lima, (("LIMA", NAME),))),
        (),
        (),
    )
    assert only(found).place == lima


# --- Words that deny the event -----------------------------------------------------------


def test_negated_regularisation_is_no_event() -> None:
    """``which does not mean an automatic regularisation``: nobody was regularised."""
    text = "The census of foreign workers, which does not mean an automatic regularisation."
    assert events(document(text), actors(text), (), ()) == ()


def test_negated_signing_is_no_event() -> None:
    """``Elbonia has not signed the accord``: no signing took place."""
    text = "Elbonia has not signed the readmission accord on Monday."
    found = events(
        document(text),
        actors(text, named(place("Elbonia"))),
        dates(text, ("on Monday", MONDAY)),
        (),
    )
    assert found == ()


def test_trigger_after_a_time_span_is_no_event() -> None:
    """``will enter into force 30 days after signing``: a point of reference, no signing."""
    text = "The revised accord will enter into force 30 days after signing."
    assert events(document(text), actors(text), (), ()) == ()


def test_publication_cited_as_a_source_is_no_event() -> None:
    """``according to ministry data published on Monday``: where figures come from."""
    text = "Visa applications fell by half, according to ministry data published on Monday."
    found = events(document(text), actors(text), dates(text, ("on Monday", MONDAY)), ())
    assert found == ()


# --- one event per clause, report dates, agents, relative clauses (blind test 2) ------------

LAST_WEEK = FuzzyDate(
    earliest=dt.date(2024, 3, 4), latest=dt.date(2024, 3, 10), precision=Precision.APPROXIMATE
)
FEBRUARY_28 = FuzzyDate.day(2024, 2, 28)


def test_explicit_date_wins_over_the_reporting_date() -> None:
    """A date in the event's clause beats a date right after ``said``."""
    text = (
        "Officials said last week that a deal was struck during a visit to Lima"
        " by a large trade team from the northern provinces on February 28."
    )
    event = only(
        events(
            document(text),
            actors(text, named(place("Lima"))),
            dates(text, ("last week", LAST_WEEK), ("February 28", FEBRUARY_28)),
            (),
        )
    )
    assert event.date == FEBRUARY_28


def test_signatories_after_by_are_participants() -> None:
    """``was signed in X on Monday by A and B``: A and B took part."""
    ana, ben = person("Ana Roth"), person("Ben Sato")
    text = "The accord was signed in Dakar on Monday by Ana Roth and Ben Sato."
    event = only(
        events(
            document(text),
            actors(text, named(DAKAR_CITY), named(ana), named(ben)),
            dates(text, ("on Monday", MONDAY)),
            (),
        )
    )
    assert event.participants == (ana, ben)


def test_verb_in_a_relative_clause_is_no_visit() -> None:
    """``the farms it visited last year`` describes the farms: no visit."""
    text = "The inspectorate found breaches at many farms it visited last year."
    found = events(
        document(text),
        actors(text),
        dates(text, ("last year", FuzzyDate.year(2023, inferred=True))),
        (),
    )
    assert found == ()


def test_one_clause_gives_one_event() -> None:
    """A capitalised ``Forum`` and ``meeting`` in one clause give one event."""
    text = (
        "The Coral Islands Forum said it would review the plan"
        " at its leaders' meeting in Suva on Tuesday."
    )
    found = events(
        document(text),
        actors(text, named(place("Suva"))),
        dates(text, ("on Tuesday", TUESDAY)),
        (),
    )
    assert [event.kind for event in found] == [EventKind.MEETING]


def test_destination_after_by_is_no_agent() -> None:
    """``a visit by a Spanish delegation to Senegal``: Senegal is where, not who."""
    text = "The visit by a Spanish delegation to Senegal ended in Dakar on Monday."
    event = only(
        events(
            document(text),
            actors(
                text, (SPAIN, (("Spanish", MentionVia.DEMONYM),)), named(SENEGAL), named(DAKAR_CITY)
            ),
            dates(text, ("on Monday", MONDAY)),
            (),
        )
    )
    assert SENEGAL not in event.participants


def test_meet_adjective_counterparts_is_a_meeting() -> None:
    """``would meet provincial counterparts in Halifax`` is a meeting."""
    text = "The minister said the government would meet provincial counterparts in Halifax."
    found = _events_of(text, named(place("Halifax")))
    assert [event.kind for event in found] == [EventKind.MEETING]


def test_meet_needs_of_officials_is_not_a_meeting() -> None:
    """``to meet the needs of officials``: a preposition before the partner noun."""
    text = "The fund aims to meet the needs of officials in remote border posts."
    assert _events_of(text) == ()
