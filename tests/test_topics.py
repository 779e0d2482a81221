"""Tests for the topics stage: keyword rules, weights, and tagging of facts."""

from __future__ import annotations

import re
import time

import pytest

from migmodel._pipeline.document import Document, Layout
from migmodel._pipeline.topics import topic_rules, topic_scores, topics, topics_in
from migmodel.model import (
    EntityKind,
    EntityRef,
    Event,
    EventKind,
    Paragraph,
    Policy,
    PolicyKind,
    Span,
    Statement,
    StatementKind,
    Topic,
)

KEYWORD_CASES = [
    ("Talks focused on labour migration to the Gulf.", Topic.LABOUR_MIGRATION),
    ("The scheme covers labor migration from Nepal.", Topic.LABOUR_MIGRATION),
    ("Migrant workers in Qatar gained new protections.", Topic.LABOUR_MIGRATION),
    ("Some 20,000 work permits were issued last year.", Topic.LABOUR_MIGRATION),
    ("Seasonal workers from Morocco pick strawberries in Huelva.", Topic.LABOUR_MIGRATION),
    ("Overseas Filipino workers sent home record sums.", Topic.LABOUR_MIGRATION),
    ("The two ministers discussed skills mobility.", Topic.SKILLS_MOBILITY),
    ("Germany proposed a talent partnership with Ghana.", Topic.SKILLS_MOBILITY),
    ("The pact eases the recognition of qualifications.", Topic.SKILLS_MOBILITY),
    ("Canada wants more skilled workers from Asia.", Topic.SKILLS_MOBILITY),
    ("The EU promised more regular pathways to Europe.", Topic.REGULAR_PATHWAYS),
    ("Legal pathways reduce dangerous crossings.", Topic.REGULAR_PATHWAYS),
    ("Family reunification rules were relaxed.", Topic.REGULAR_PATHWAYS),
    ("Spain will issue visas to 5,000 students.", Topic.REGULAR_PATHWAYS),
    ("The plan promotes circular migration between the two shores.", Topic.REGULAR_PATHWAYS),
    ("IOM supports the voluntary return of stranded migrants.", Topic.RETURN_AND_REINTEGRATION),
    ("Returnees receive reintegration grants.", Topic.RETURN_AND_REINTEGRATION),
    ("The readmission agreement entered into force.", Topic.RETURN_AND_REINTEGRATION),
    ("Hundreds were repatriated by air.", Topic.RETURN_AND_REINTEGRATION),
    ("Police dismantled a human trafficking ring.", Topic.HUMAN_TRAFFICKING),
    ("The law punishes trafficking in persons.", Topic.HUMAN_TRAFFICKING),
    ("Shelters assist victims of trafficking.", Topic.HUMAN_TRAFFICKING),
    ("Courts convicted the traffickers.", Topic.HUMAN_TRAFFICKING),
    ("Niger cracked down on migrant smuggling.", Topic.MIGRANT_SMUGGLING),
    ("The protocol targets the smuggling of migrants by sea.", Topic.MIGRANT_SMUGGLING),
    ("Smugglers charged each passenger 2,000 dollars.", Topic.MIGRANT_SMUGGLING),
    ("Greece tightened border control on its islands.", Topic.BORDER_MANAGEMENT),
    ("Frontex supports border management in the Balkans.", Topic.BORDER_MANAGEMENT),
    ("Irregular crossings fell by a third.", Topic.BORDER_MANAGEMENT),
    ("Asylum claims rose sharply in Cyprus.", Topic.ASYLUM_AND_REFUGEES),
    ("Jordan hosts many Syrian refugees.", Topic.ASYLUM_AND_REFUGEES),
    ("A refugee camp opened near the border town.", Topic.ASYLUM_AND_REFUGEES),
    ("The city funds the integration of migrants.", Topic.INTEGRATION),
    ("The programme strengthens social cohesion.", Topic.INTEGRATION),
    ("Italy plans to regularise undocumented farmhands.", Topic.REGULARIZATION),
    ("The regularization campaign ended in March.", Topic.REGULARIZATION),
    ("The 2005 regularisation benefited 570,000 people.", Topic.REGULARIZATION),
    ("Migrants gained access to health services.", Topic.BASIC_SERVICES),
    ("Children have access to education regardless of status.", Topic.BASIC_SERVICES),
    ("The bill guarantees access to housing.", Topic.BASIC_SERVICES),
    ("The charter enshrines non-discrimination at work.", Topic.RIGHTS_AND_NON_DISCRIMINATION),
    ("Speakers defended human rights at sea.", Topic.RIGHTS_AND_NON_DISCRIMINATION),
    ("The campaign fights xenophobia in schools.", Topic.RIGHTS_AND_NON_DISCRIMINATION),
    ("Racism against migrants was condemned.", Topic.RIGHTS_AND_NON_DISCRIMINATION),
    ("Better migration data helps planning.", Topic.MIGRATION_DATA),
    ("A new information system tracks departures.", Topic.MIGRATION_DATA),
    ("The African Migration Observatory opened in Rabat.", Topic.MIGRATION_DATA),
    ("The Senegalese diaspora invests at home.", Topic.DIASPORA_AND_DEVELOPMENT),
    ("Expatriates voted from abroad for the first time.", Topic.DIASPORA_AND_DEVELOPMENT),
    ("A forum on migration and development met in Quito.", Topic.DIASPORA_AND_DEVELOPMENT),
    ("Remittances reached 40 billion dollars.", Topic.REMITTANCES),
    ("Cheaper money transfers were promised.", Topic.REMITTANCES),
    ("Both sides praised international cooperation on migration.", Topic.INTERNATIONAL_COOPERATION),
    ("The bilateral agreement was renewed.", Topic.INTERNATIONAL_COOPERATION),
    ("Brazil champions South-South cooperation.", Topic.INTERNATIONAL_COOPERATION),
    ("Qatar's labour reforms abolished exit permits.", Topic.LABOUR_MIGRATION),
    ("Workers still pay recruitment fees to agents.", Topic.LABOUR_MIGRATION),
    ("Australia capped study permits for two years.", Topic.REGULAR_PATHWAYS),
    ("Patrols increased along the shared border.", Topic.BORDER_MANAGEMENT),
    ("The pact introduces faster border procedures.", Topic.BORDER_MANAGEMENT),
    ("Migrant rights organisations filed a complaint.", Topic.RIGHTS_AND_NON_DISCRIMINATION),
    ("The report urges better collection of data on arrivals.", Topic.MIGRATION_DATA),
    ("Clinics rely on overseas recruitment of carers.", Topic.LABOUR_MIGRATION),
    ("Hotels recruited abroad to fill the season.", Topic.LABOUR_MIGRATION),
    ("Care worker visas now need a higher salary.", Topic.LABOUR_MIGRATION),
    ("The regulator suspended 90 sponsor licences.", Topic.LABOUR_MIGRATION),
    ("Care workers and nurses filled the wards.", Topic.LABOUR_MIGRATION),
    ("Vacancies persist amid a labour shortage on farms.", Topic.LABOUR_MIGRATION),
    ("The deal obliges Dravonia to readmit its nationals.", Topic.RETURN_AND_REINTEGRATION),
    ("Ministers debated the draft return regulation.", Topic.RETURN_AND_REINTEGRATION),
    ("Only a fraction of return decisions are enforced.", Topic.RETURN_AND_REINTEGRATION),
    ("Officials plan return hubs outside the bloc.", Topic.RETURN_AND_REINTEGRATION),
    ("The state may deport anyone without papers.", Topic.RETURN_AND_REINTEGRATION),
    ("The embassy organised the return of stranded Veluvians.", Topic.RETURN_AND_REINTEGRATION),
    ("Unauthorised crossings doubled in the valley.", Topic.BORDER_MANAGEMENT),
    ("Those who entered illegally face fines.", Topic.BORDER_MANAGEMENT),
    ("The agency runs a diaspora data bank and a database of returnees.", Topic.MIGRATION_DATA),
    ("Delegates reviewed the Global Compact for Migration.", Topic.INTERNATIONAL_COOPERATION),
    ("The GCM sets 23 objectives.", Topic.INTERNATIONAL_COOPERATION),
    ("Ministers attended the review forum in Geneva.", Topic.INTERNATIONAL_COOPERATION),
    ("A joint working group met in Lisbon.", Topic.INTERNATIONAL_COOPERATION),
    ("The Rabat Process gathers origin and transit states.", Topic.INTERNATIONAL_COOPERATION),
    ("Member States sent delegations to the regional review.", Topic.INTERNATIONAL_COOPERATION),
]


@pytest.mark.parametrize(("sentence", "topic"), KEYWORD_CASES)
def test_keyword_finds_topic(sentence: str, topic: Topic) -> None:
    """Each keyword rule finds its topic in a sentence of our own."""
    assert topic in topics_in(sentence)


def test_every_topic_has_rules() -> None:
    """Every Topic has at least one keyword rule in the data file."""
    assert {rule.topic for rule in topic_rules()} == set(Topic)


def test_every_topic_is_exercised_by_a_keyword_case() -> None:
    """The keyword cases above cover every Topic."""
    assert {topic for _, topic in KEYWORD_CASES} == set(Topic)


def test_rules_have_no_quantified_groups() -> None:
    """No data pattern repeats a group (``(...)+``), so matching stays linear."""
    assert not [rule.pattern for rule in topic_rules() if re.search(r"\)[+*{]", rule.pattern)]


def test_hyphen_matches_like_a_space() -> None:
    """``South-South`` and ``South South`` are the same words to a rule."""
    assert topics_in("South South cooperation grew.") == topics_in("South-South cooperation grew.")


def test_line_break_inside_a_phrase_still_matches() -> None:
    """A phrase broken over two lines still counts."""
    assert Topic.HUMAN_TRAFFICKING in topics_in("the fight against human\ntrafficking")


def test_weak_cue_alone_gives_no_topic() -> None:
    """``development`` alone weighs 0.5 and gives no topic."""
    assert Topic.DIASPORA_AND_DEVELOPMENT not in topics_in("Rural development slowed in 2023.")


def test_two_weak_cues_give_the_topic() -> None:
    """Two weak cues of one topic add up to 1."""
    text = "Development banks met; development aid was the theme."
    assert Topic.DIASPORA_AND_DEVELOPMENT in topics_in(text)


def test_partnership_alone_is_not_cooperation() -> None:
    """A single ``partnership`` is a weak cue."""
    assert Topic.INTERNATIONAL_COOPERATION not in topics_in("The club signed a partnership.")


def test_weather_text_has_no_topic() -> None:
    """A text about something else has no topic."""
    assert topics_in("Heavy rain is expected in Lima on Friday.") == ()


def test_word_inside_another_word_does_not_match() -> None:
    """``visas`` inside ``envisaged`` does not count (word boundaries)."""
    assert Topic.REGULAR_PATHWAYS not in topics_in("The reform is envisaged for 2025.")


def test_topics_come_in_enum_order() -> None:
    """Topics are returned in the order of the Topic enum, not of the text."""
    found = topics_in("Remittances and asylum and labour migration.")
    assert found == (Topic.LABOUR_MIGRATION, Topic.ASYLUM_AND_REFUGEES, Topic.REMITTANCES)


def test_matching_ignores_case() -> None:
    """Upper-case headlines match like lower-case text."""
    assert topics_in("HUMAN TRAFFICKING RING BROKEN UP") == (Topic.HUMAN_TRAFFICKING,)


def test_scores_add_weights() -> None:
    """Each occurrence adds its rule's weight."""
    assert topic_scores("refugees, refugees and refugees")[Topic.ASYLUM_AND_REFUGEES] == 3.0


def test_longer_rule_wins_at_the_same_place() -> None:
    """``integration of migrants`` counts fully, not as the weak ``integration``."""
    assert Topic.INTEGRATION in topics_in("They discussed the integration of migrants.")


def test_scan_is_linear_in_text_size() -> None:
    """Ten times the text takes roughly ten times as long, not a hundred."""
    unit = "Migrant workers from Senegal and asylum seekers met officials in Madrid. " * 200
    start = time.perf_counter()
    topics_in(unit)
    small = time.perf_counter() - start
    start = time.perf_counter()
    topics_in(unit * 10)
    large = time.perf_counter() - start
    assert large < 40 * max(small, 1e-4)


TEXT = (
    "Spain Opens Door to Seasonal Workers\n\n"
    "Spain will hire seasonal workers from Honduras, the minister said.\n\n"
    "Read more: remittances hit a record"
)


def _document() -> Document:
    title = Span(start=0, end=TEXT.index("\n"))
    body_start = TEXT.index("Spain will")
    body = Span(start=body_start, end=TEXT.index("\n\nRead"))
    paragraph = Paragraph(index=0, span=body, text=body.of(TEXT))
    layout = Layout(text=TEXT, title=title, paragraphs=(paragraph,))
    return Document(text=TEXT, layout=layout)


def _statement(words: str) -> Statement:
    start = TEXT.index(words)
    return Statement(
        speaker=None,
        kind=StatementKind.REPORTED,
        cue="say",
        text=words,
        span=Span(start=start, end=start + len(words)),
        paragraph=0,
    )


def test_statement_is_tagged_from_its_text() -> None:
    """A statement gets the topics of its own words."""
    statement = _statement("Spain will hire seasonal workers from Honduras")
    tagged, _, _, _ = topics(_document(), (statement,), (), ())
    assert tagged[0].topics == (Topic.LABOUR_MIGRATION,)


def test_event_is_tagged_from_description_and_theme() -> None:
    """An event gets the topics of its description and its theme."""
    event = Event(
        id="event:1",
        kind=EventKind.MEETING,
        description="a workshop in Tegucigalpa",
        span=Span(start=0, end=5),
        theme="fighting human trafficking",
    )
    _, tagged, _, _ = topics(_document(), (), (event,), ())
    assert tagged[0].topics == (Topic.HUMAN_TRAFFICKING,)


def test_policy_is_tagged_from_name_and_objectives() -> None:
    """A policy gets the topics of its name and its objectives."""
    policy = Policy(
        id="policy:plan",
        name="National Plan",
        kind=PolicyKind.PROGRAMME,
        span=Span(start=0, end=5),
        objectives=("cheaper remittances",),
    )
    _, _, tagged, _ = topics(_document(), (), (), (policy,))
    assert tagged[0].topics == (Topic.REMITTANCES,)


def test_article_topics_ignore_furniture() -> None:
    """Words in page furniture (``Read more: remittances``) are not the article's topics."""
    _, _, _, article_topics = topics(_document(), (), (), ())
    assert Topic.REMITTANCES not in article_topics


def test_article_topics_come_from_title_and_body() -> None:
    """The article's topics are found in its title and body."""
    _, _, _, article_topics = topics(_document(), (), (), ())
    assert article_topics == (Topic.LABOUR_MIGRATION,)


def test_tagging_keeps_the_other_fields() -> None:
    """Tagging only fills ``topics``: the speaker and the rest stay as they were."""
    speaker = EntityRef(id="person:ana-lopez", kind=EntityKind.PERSON, name="Ana Lopez")
    statement = _statement("Spain will hire seasonal workers from Honduras")
    statement = Statement(
        speaker=speaker,
        kind=statement.kind,
        cue=statement.cue,
        text=statement.text,
        span=statement.span,
        paragraph=0,
    )
    tagged, _, _, _ = topics(_document(), (statement,), (), ())
    assert tagged[0].speaker == speaker


def _body_document(text: str) -> Document:
    paragraphs = []
    start = 0
    for number, part in enumerate(text.split("\n\n")):
        span = Span(start=start, end=start + len(part))
        paragraphs.append(Paragraph(index=number, span=span, text=part))
        start += len(part) + 2
    return Document(text=text, layout=Layout(text=text, paragraphs=tuple(paragraphs)))


def _spoken(text: str, start: int, end: int) -> Statement:
    return Statement(
        speaker=None,
        kind=StatementKind.REPORTED,
        cue="say",
        text=text[start:end],
        span=Span(start=start, end=end),
        paragraph=0,
    )


BODY = (
    "Ministers discussed labour migration and refugee integration.\n\n"
    "Officials said human\ntrafficking and border patrols rose; seasonal workers left."
)


@pytest.mark.parametrize("start", range(0, len(BODY), 7))
@pytest.mark.parametrize("length", [1, 9, 23, 60])
def test_statement_topics_are_those_of_its_words(start: int, length: int) -> None:
    """A statement gets ``topics_in`` of its text, wherever its span starts and ends.

    Spans that cut a word or a keyword phrase, or cross paragraphs, included.
    """
    end = min(len(BODY), start + length)
    statement = _spoken(BODY, start, end)
    tagged, _, _, _ = topics(_body_document(BODY), (statement,), (), ())
    assert tagged[0].topics == topics_in(statement.text)


def test_biometric_registration_alone_is_not_border_management() -> None:
    """ "biometric registration" is a weak border cue: alone it gives no topic."""
    assert topics_in("A biometric registration opened on Monday.") == ()


def test_delegation_alone_is_not_cooperation() -> None:
    """ "delegation" is a weak cooperation cue: alone it gives no topic."""
    assert topics_in("The delegation toured the port.") == ()


def test_job_search_visa_stays_a_regular_pathway() -> None:
    """ "job-search visa" is a regular pathway, not taken by the worker-visa rule."""
    assert Topic.REGULAR_PATHWAYS in topics_in("Graduates may apply for a job-search visa.")


# --- indirect cues (blind test 2) -------------------------------------------------------------


def test_shelter_system_is_basic_services() -> None:
    """ "the city's shelter system" is about basic services."""
    assert Topic.BASIC_SERVICES in topics_in("Some 900 claimants are in the city's shelter system.")


def test_one_shelter_alone_is_not_basic_services() -> None:
    """ "shelter" is a weak cue: alone it gives no topic."""
    assert topics_in("The embassy opened a shelter.") == ()


def test_reception_centre_is_asylum() -> None:
    """ "the reception centre" is about asylum and refugees."""
    assert Topic.ASYLUM_AND_REFUGEES in topics_in("Some 700 people were in the reception centre.")


def test_arrivals_by_sea_is_border_management() -> None:
    """ "arrivals by sea" is about border management."""
    assert Topic.BORDER_MANAGEMENT in topics_in("Arrivals by sea doubled in a year.")


def test_integrated_settlements_is_integration() -> None:
    """ "integrated settlements" is about integration."""
    assert Topic.INTEGRATION in topics_in("The camps will become integrated settlements.")


def test_send_home_money_is_remittances() -> None:
    """ "send home more than $9 million" is about remittances."""
    assert Topic.REMITTANCES in topics_in("The pickers send home more than $9 million a year.")


def test_sent_home_people_is_not_remittances() -> None:
    """ "were sent home" (people) is no remittance."""
    assert Topic.REMITTANCES not in topics_in("The fishermen were sent home on Monday.")


def test_returned_faster_is_return() -> None:
    """ "will be returned faster" is about return."""
    topic = Topic.RETURN_AND_REINTEGRATION
    assert topic in topics_in("Those who do not qualify will be returned faster.")


def test_coordinate_returns_is_return() -> None:
    """ "to coordinate returns" is about return."""
    topic = Topic.RETURN_AND_REINTEGRATION
    assert topic in topics_in("The ministers met to coordinate returns.")
