"""Tests for the instruments stage, on hand-built documents, actors, dates and quantities.

Each text is written in our own words. The helpers find every span with
``str.find`` so that mention texts equal ``text[span]``.
"""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from handbuilt import NAME, actors, dates, document, find_spans, named, org, place
from migmodel._pipeline.document import (
    ActorMention,
    Actors,
    Document,
    Layout,
    MentionVia,
)
from migmodel._pipeline.instruments import (
    _TOKEN,
    _described_matches,
    _described_pattern,
    _heads,
    instruments,
)
from migmodel._pipeline.positions import DESCRIBED, NAMED, fact_cues
from migmodel.model import (
    DateMention,
    EntityRef,
    FuzzyDate,
    Paragraph,
    Place,
    PlaceKind,
    Policy,
    PolicyKind,
    Quantity,
    Span,
)


def counts(text: str, *found: tuple[str, int]) -> tuple[Quantity, ...]:
    """Quantities at the first occurrence of each expression given."""
    quantities = []
    for words, value in found:
        span = find_spans(text, words)[0]
        quantities.append(Quantity(value=value, unit=words.split()[-1], text=words, span=span))
    return tuple(sorted(quantities, key=lambda quantity: quantity.span.start))


def run(
    text: str,
    *entities: tuple[EntityRef, tuple[tuple[str, MentionVia], ...]],
    found_dates: tuple[DateMention, ...] = (),
    quantities: tuple[Quantity, ...] = (),
) -> tuple[Policy, ...]:
    """The instruments of ``text`` with the given actors, dates and quantities."""
    return instruments(document(text), actors(text, *entities), found_dates, quantities)


def only(found: tuple[Policy, ...]) -> Policy:
    """The single instrument found."""
    assert len(found) == 1, found
    return found[0]


PHILIPPINES = place("Philippines", "PH")
SPAIN, SENEGAL, GERMANY = place("Spain", "ES"), place("Senegal", "SN"), place("Germany", "DE")
DEMONYM = MentionVia.DEMONYM

# --- A Philippine law ------------------------------------------------------------------

MANILA = (
    "The Philippines created its migrant workers department under Republic Act No. 11641, "
    "officials recalled."
)


def manila_law() -> Policy:
    """The instrument of the Manila text."""
    return only(run(MANILA, named(PHILIPPINES)))


def test_numbered_act_is_named_with_its_number() -> None:
    """``Republic Act No. 11641`` keeps its number in the name."""
    assert manila_law().name == "Republic Act No. 11641"


def test_act_is_a_law() -> None:
    """An Act is a LAW."""
    assert manila_law().kind is PolicyKind.LAW


def test_law_belongs_to_the_main_country() -> None:
    """A law with no owner named belongs to the country the article names most."""
    assert manila_law().country == "PH"


def test_policy_id_is_slug_of_name() -> None:
    """Ids are ``policy:`` and the slug of the name."""
    assert manila_law().id == "policy:republic-act-no-11641"


def test_policy_span_covers_the_name() -> None:
    """The policy's span is where its name stands."""
    law = manila_law()
    assert law.span.of(MANILA) == law.name


# --- A memorandum between Spain and Senegal ---------------------------------------------

MOU = "Spain and Senegal signed a memorandum of understanding on labour mobility in Dakar."


def mou() -> Policy:
    """The instrument of the memorandum text."""
    return only(run(MOU, named(SPAIN), named(SENEGAL), named(place("Dakar"))))


def test_memorandum_is_an_agreement() -> None:
    """A memorandum of understanding is an AGREEMENT."""
    assert mou().kind is PolicyKind.AGREEMENT


def test_memorandum_name_keeps_its_subject() -> None:
    """A head with no cue of its own takes its complement into the name."""
    assert mou().name == "memorandum of understanding on labour mobility"


def test_signing_countries_are_parties() -> None:
    """``Spain and Senegal signed`` an agreement: both are parties, neither owns it."""
    assert mou().parties == (SPAIN, SENEGAL)


def test_agreement_of_two_has_no_owner_country() -> None:
    """An agreement between two countries has no single owner."""
    assert mou().country is None


# --- A European pact, a regional process, a German act ----------------------------------

PACT = "Ministers discussed the New Pact on Migration and Asylum and the Rabat Process."


def test_pact_is_named_with_its_complement() -> None:
    """``the New Pact on Migration and Asylum``: the whole capitalised name."""
    names = [policy.name for policy in run(PACT, named(place("Rabat")))]
    assert names == ["New Pact on Migration and Asylum", "Rabat Process"]


def test_pact_is_a_compact() -> None:
    """A Pact is a COMPACT."""
    assert run(PACT, named(place("Rabat")))[0].kind is PolicyKind.COMPACT


def test_process_named_after_a_city_has_no_country() -> None:
    """``the Rabat Process`` is not Moroccan because Rabat is a Moroccan city."""
    assert run(PACT, named(place("Rabat")))[1].country is None


def test_process_is_an_initiative() -> None:
    """A Process is an INITIATIVE."""
    assert run(PACT, named(place("Rabat")))[1].kind is PolicyKind.INITIATIVE


BERLIN = "Nurses from Kerala can now come under Germany's Skilled Immigration Act."


def test_possessive_country_owns_the_act() -> None:
    """``Germany's Skilled Immigration Act`` is German."""
    assert only(run(BERLIN, named(GERMANY))).country == "DE"


def test_possessive_is_not_in_the_name() -> None:
    """The possessive owner is left out of the name."""
    assert only(run(BERLIN, named(GERMANY))).name == "Skilled Immigration Act"


def test_possessive_mention_counts_in_dominant_country() -> None:
    """Mentions inside a possessive (``Germany's``) are found by the helpers too."""
    assert actors(BERLIN, named(GERMANY)).mentions[0].span.of(BERLIN) == "Germany"


# --- A national policy with pillars, counts and back-references ---------------------------

DAKAR_POLICY = (
    "Senegal's National Migration Policy rests on three pillars: protecting nationals abroad, "
    "managing borders and mobilising the diaspora. It also sets 12 targets for 2030.\n"
    "The policy was adopted in 2018."
)


def dakar_policy() -> Policy:
    """The instrument of the Senegalese policy text."""
    return only(
        run(
            DAKAR_POLICY,
            named(SENEGAL),
            found_dates=dates(
                DAKAR_POLICY, ("in 2018", FuzzyDate.year(2018)), ("2030", FuzzyDate.year(2030))
            ),
            quantities=counts(DAKAR_POLICY, ("three pillars", 3), ("12 targets", 12)),
        )
    )


def test_pillars_list_gives_objectives() -> None:
    """``three pillars: a, b and c`` lists the objectives."""
    assert dakar_policy().objectives == (
        "protecting nationals abroad",
        "managing borders",
        "mobilising the diaspora",
    )


def test_named_policy_kind() -> None:
    """A capitalised Policy is a POLICY."""
    assert dakar_policy().kind is PolicyKind.POLICY


def test_possessive_owner_of_named_policy() -> None:
    """``Senegal's National Migration Policy`` is Senegalese."""
    assert dakar_policy().country == "SN"


def test_counts_after_the_name_and_after_it() -> None:
    """Counts in its sentence and after ``It`` opening the next one are the policy's."""
    assert [quantity.value for quantity in dakar_policy().quantities] == [3, 12]


def test_the_policy_refers_back_and_dates_it() -> None:
    """``The policy was adopted in 2018`` dates the policy named before."""
    assert dakar_policy().date == FuzzyDate.year(2018)


def test_back_references_are_mentions() -> None:
    """``It`` and ``The policy`` are mentions of the policy."""
    assert [mention.text for mention in dakar_policy().mentions] == [
        "National Migration Policy",
        "It",
        "The policy",
    ]


# --- Lower-case descriptions --------------------------------------------------------------

QUITO = "Ecuador adopted a new human mobility law in 2017 to protect migrants."
ECUADOR = place("Ecuador", "EC")


def quito_law() -> Policy:
    """The instrument of the Quito text."""
    return only(
        run(QUITO, named(ECUADOR), found_dates=dates(QUITO, ("in 2017", FuzzyDate.year(2017))))
    )


def test_description_name_drops_determiner() -> None:
    """``a new human mobility law`` is named without its determiner."""
    assert quito_law().name == "new human mobility law"


def test_subject_country_owns_description() -> None:
    """``Ecuador adopted a ... law``: Ecuador's law."""
    assert quito_law().country == "EC"


def test_creation_verb_before_dates_it() -> None:
    """``adopted ... in 2017``: the date nearest the verb."""
    assert quito_law().date == FuzzyDate.year(2017)


def test_lower_case_law_is_a_law() -> None:
    """A described law is a LAW."""
    assert quito_law().kind is PolicyKind.LAW


ILO_TEXT = "The ILO launched a fair recruitment initiative in 2019 with Gulf employers."
ILO = org("International Labour Organization", "ILO")


def ilo_initiative() -> Policy:
    """The instrument of the ILO text."""
    return only(
        run(
            ILO_TEXT,
            (ILO, (("ILO", NAME),)),
            found_dates=dates(ILO_TEXT, ("in 2019", FuzzyDate.year(2019))),
        )
    )


def test_owning_organisation_is_a_party() -> None:
    """An organisation that launched an instrument is its party; it has no country."""
    assert ilo_initiative().parties == (ILO,)


def test_organisation_instrument_has_no_country() -> None:
    """An organisation's instrument has no owner country."""
    assert ilo_initiative().country is None


def test_initiative_kind() -> None:
    """An initiative is an INITIATIVE."""
    assert ilo_initiative().kind is PolicyKind.INITIATIVE


AMMAN = "Jordan unveiled a programme aimed at helping refugees find formal jobs, the minister said."


def test_aimed_at_gives_a_single_objective() -> None:
    """``aimed at X``: one objective, up to the end of its clause."""
    found = only(run(AMMAN, named(place("Jordan", "JO"))))
    assert found.objectives == ("helping refugees find formal jobs",)


def test_programme_with_cue_in_complement_takes_it_into_name() -> None:
    """The complement carries the cue, so it is part of the name."""
    found = only(run(AMMAN, named(place("Jordan", "JO"))))
    assert found.name == "programme aimed at helping refugees find formal jobs"


STATEMENT = "Arrivals dropped after the EU-Turkey Statement took effect."
EU = org("European Union", "EU")
TURKEY = place("Turkey", "TR")


def test_hyphenated_pair_are_parties() -> None:
    """``EU-Turkey Statement``: both named entities are parties."""
    text = STATEMENT
    mentions = (
        (EU, (("EU", NAME),)),
        (TURKEY, (("Turkey", NAME),)),
    )
    assert only(run(text, *mentions)).parties == (EU, TURKEY)


CONSTITUTION = (
    "Mexico's 1917 Constitution protects foreigners, Mexican officials said. "
    "The Constitution includes two articles on asylum."
)


def mexico_constitution() -> Policy:
    """The instrument of the Mexican constitution text."""
    mexico = (place("Mexico", "MX"), (("Mexico", NAME), ("Mexican", DEMONYM)))
    return only(
        run(
            CONSTITUTION,
            mexico,
            found_dates=dates(CONSTITUTION, ("1917", FuzzyDate.year(1917))),
            quantities=counts(CONSTITUTION, ("two articles", 2)),
        )
    )


def test_year_in_name_dates_constitution() -> None:
    """``the 1917 Constitution`` dates from 1917."""
    assert mexico_constitution().date == FuzzyDate.year(1917)


def test_lone_constitution_refers_back() -> None:
    """``The Constitution`` after ``1917 Constitution`` is the same instrument."""
    assert len(mexico_constitution().mentions) == 2


def test_counts_of_back_reference() -> None:
    """``The Constitution includes two articles`` counts for it."""
    assert [quantity.value for quantity in mexico_constitution().quantities] == [2]


def test_constitution_kind() -> None:
    """A Constitution is a CONSTITUTION."""
    assert mexico_constitution().kind is PolicyKind.CONSTITUTION


def test_lone_constitution_is_national() -> None:
    """A constitution named alone belongs to the article's main country."""
    text = "Niger amended the Constitution to protect displaced persons in Niger."
    assert only(run(text, named(place("Niger", "NE")))).country == "NE"


# --- Things that are not instruments -------------------------------------------------------


def test_description_without_cue_is_no_instrument() -> None:
    """``an institutional framework`` with no migration word is not one."""
    assert run("It set up an institutional framework for trade.") == ()


def test_head_before_a_noun_is_no_instrument() -> None:
    """``migration policy makers`` are people, not a policy."""
    assert run("Migration policy makers met in Brussels.") == ()


def test_head_inside_an_organisation_is_no_instrument() -> None:
    """``World Food Programme`` is an organisation."""
    text = "The World Food Programme fed refugees in Chad."
    wfp = org("World Food Programme", "WFP")
    assert run(text, named(wfp)) == ()


def test_capitalised_head_before_another_name_word_is_no_instrument() -> None:
    """``Rabat Process Secretariat``: Process only modifies Secretariat."""
    assert run("The Rabat Process Secretariat published figures.") == ()


def test_repeated_name_is_one_instrument() -> None:
    """The same name twice is one instrument with two mentions."""
    text = "The Khartoum Process met. Donors praised the Khartoum Process."
    assert len(only(run(text)).mentions) == 2


def test_demonstrative_without_antecedent_needs_a_cue() -> None:
    """``this plan`` with nothing before it and no cue is not an instrument."""
    assert run("Critics said this plan would fail.") == ()


def test_empty_document_has_no_instruments() -> None:
    """No paragraphs, no instruments."""
    assert instruments(Document(text="", layout=Layout(text="")), Actors(), (), ()) == ()


def test_stage_is_linear_in_text_size() -> None:
    """Ten times the text takes roughly ten times as long."""
    unit = (
        "Spain's new migration law and the National Strategy for Asylum, adopted in 2020, "
        "set goals: integration, return and dialogue. "
    )

    def timed(text: str) -> float:
        paragraph = Paragraph(index=0, span=Span(start=0, end=len(text)), text=text)
        layout = Layout(text=text, paragraphs=(paragraph,))
        start = time.perf_counter()
        instruments(Document(text=text, layout=layout), Actors(), (), ())
        return time.perf_counter() - start

    assert timed(unit * 1000) < 40 * max(timed(unit * 100), 1e-3)


# --- Rules added after reading wire stories of other countries ------------------------------


def test_definite_agreement_refers_back() -> None:
    """``the agreement with Qatar's minister`` after a memorandum is that memorandum."""
    text = (
        "Manila and Doha signed a memorandum of understanding on domestic workers. "
        "The secretary signed the agreement with Qatar's labour minister."
    )
    found = run(text, named(place("Qatar", "QA")), named(place("Manila")), named(place("Doha")))
    assert len(only(found).mentions) == 2


def test_complement_stops_before_a_new_subject() -> None:
    """``..., the Department of Labour said`` is not part of the name."""
    text = (
        "It launched a programme on the reintegration of returnees, the Department of Labour said."
    )
    assert only(run(text)).name == "programme on the reintegration of returnees"


def test_complement_stops_before_a_place() -> None:
    """``signed ... on labour mobility in Dakar``: Dakar is not in the name."""
    text = "They discussed a memorandum on labour mobility in Dakar."
    assert only(run(text, named(place("Dakar")))).name == "memorandum on labour mobility"


def test_agreement_with_a_country_needs_no_cue() -> None:
    """``a protocol with Albania``: an agreement with a party counts in migration news."""
    text = "The Senate approved a protocol with Albania under which centres will be built."
    found = only(run(text, named(place("Albania", "AL"))))
    assert found.name == "protocol with Albania"


def test_relative_verb_after_name_dates_it() -> None:
    """``the Skilled Immigration Act, which the Bundestag adopted in June 2023``."""
    text = (
        "Nurses come under the Skilled Immigration Act, which the Bundestag adopted in June 2023."
    )
    found = only(
        run(
            text,
            named(org("Bundestag")),
            found_dates=dates(text, ("in June 2023", FuzzyDate.month(2023, 6))),
        )
    )
    assert found.date == FuzzyDate.month(2023, 6)


def test_dateline_country_weighs_in_main_country() -> None:
    """The dateline city's country outweighs a country named twice in the body."""
    text = "MANILA - Qatar and Qatar officials welcomed Republic Act No. 11641."
    manila = place("Manila")
    qatar = place("Qatar", "QA")
    qatar_mentions = tuple(
        ActorMention(span=span, ref=qatar, via=NAME) for span in find_spans(text, "Qatar")
    )
    found = instruments(
        document(text, dateline="MANILA"),
        Actors(
            places=(
                Place(id=manila.id, name="Manila", kind=PlaceKind.CITY, country="PH"),
                Place(id=qatar.id, name="Qatar", kind=PlaceKind.COUNTRY, country="QA"),
            ),
            mentions=(
                ActorMention(span=find_spans(text, "MANILA")[0], ref=manila, via=NAME),
                *qatar_mentions,
            ),
        ),
        (),
        (),
    )
    assert only(found).country == "PH"


def test_relative_that_is_not_a_determiner() -> None:
    """``a propaganda operation that violates international law`` names no law."""
    text = "She called it an operation that violates international law on migrants."
    assert run(text) == ()


def test_anaphor_skips_verbs() -> None:
    """``This is a model`` is not a back-reference to an instrument."""
    text = "Spain adopted a new migration law. This is a model for others."
    assert [m.text for m in only(run(text, named(SPAIN))).mentions] == ["new migration law"]


def test_plan_focused_on_a_list_has_those_objectives() -> None:
    """``the plan focused on a, b, c and d``: the plan's objectives."""
    text = (
        "Nigeria launched a national action plan against human trafficking. "
        "Officials said the plan focused on prevention, protection, prosecution and partnership."
    )
    found = only(run(text, named(place("Nigeria", "NG"))))
    assert found.objectives == ("prevention", "protection", "prosecution", "partnership")


def test_covering_continues_the_complement() -> None:
    """``a memorandum on a partnership, covering trade and migration`` has a migration cue."""
    text = "Tunisia signed a memorandum on a broad partnership, covering trade and migration."
    assert only(run(text, named(place("Tunisia", "TN")))).kind is PolicyKind.AGREEMENT


def test_dateline_country_owns_a_plain_policy() -> None:
    """With the dateline in the main country, ``a cap on study permits`` is that country's."""
    text = "OTTAWA - The government announced a two-year cap on new study permits for Canada."
    canada = place("Canada", "CA")
    ottawa = place("Ottawa")
    found = instruments(
        document(text, dateline="OTTAWA"),
        Actors(
            places=(
                Place(id=ottawa.id, name="Ottawa", kind=PlaceKind.CITY, country="CA"),
                Place(id=canada.id, name="Canada", kind=PlaceKind.COUNTRY, country="CA"),
            ),
            mentions=(
                ActorMention(span=find_spans(text, "OTTAWA")[0], ref=ottawa, via=NAME),
                ActorMention(span=find_spans(text, "Canada")[0], ref=canada, via=NAME),
            ),
        ),
        (),
        (),
    )
    assert only(found).country == "CA"


# --- Generalisation: decrees, bills with brackets and years, complements, venues -------


def test_decree_setting_out_conditions_is_a_law() -> None:
    """``a decree setting out ... foreign workers`` is a law described by its complement."""
    text = "The cabinet adopted a decree setting out new rules for hiring foreign workers."
    assert only(run(text)).kind is PolicyKind.LAW


def test_bracketed_word_stays_in_a_bill_name() -> None:
    """``the Refugees (Amendment) Bill, 2024`` keeps its bracket and its year."""
    text = "Lawmakers debated the Refugees (Amendment) Bill, 2024 in the House on Tuesday."
    assert only(run(text)).name == "Refugees (Amendment) Bill, 2024"


def test_complement_ends_before_during() -> None:
    """``a memorandum on circular migration during the state visit`` ends before ``during``."""
    text = "The two countries signed a memorandum on circular migration during the state visit."
    assert only(run(text)).name == "memorandum on circular migration"


def test_complement_ends_before_to_parliament() -> None:
    """``a new law on labour migration to parliament`` ends before ``to parliament``."""
    text = "The government will present a new law on labour migration to parliament next year."
    assert only(run(text)).name == "new law on labour migration"


def test_visa_free_regime_is_a_policy() -> None:
    """``a visa-free regime`` is a policy."""
    text = "The two neighbours agreed to introduce a visa-free regime for their citizens."
    assert only(run(text)).kind is PolicyKind.POLICY


def test_city_in_a_process_name_is_no_party() -> None:
    """The city in ``the Prague Process`` is its venue, not a party."""
    prague = place("Prague")
    text = "Ministers met under the Prague Process to discuss migration."
    assert only(run(text, named(prague))).parties == ()


def test_city_in_a_process_name_gives_no_country() -> None:
    """``the Prague Process`` mentioned in a Czech story is not the Czech Republic's."""
    prague, czechia = place("Prague"), place("Czech Republic", "CZ")
    text = "The Czech Republic hosts the Prague Process on migration this year."
    assert only(run(text, named(prague), named(czechia))).country is None


def test_signed_agreement_needs_no_migration_word() -> None:
    """``an agreement signed on Thursday`` is an AGREEMENT even with no migration word in it."""
    text = "Visas will follow under an agreement signed on Thursday by the two ministers."
    assert only(run(text)).kind is PolicyKind.AGREEMENT


def test_deal_reached_without_migration_words_is_not_an_instrument() -> None:
    """``The deal reached last week covers trade only`` names no migration instrument."""
    assert run("The deal reached last week covers trade only.") == ()


def test_name_stops_before_a_new_clause_after_a_comma() -> None:
    """``a 2016 deal between the EU and Turkey, people who ...``: the name stops at the comma."""
    from migmodel import parse_article

    text = (
        "Under a 2016 deal between the EU and Turkey, people who arrive irregularly "
        "on the islands can be returned."
    )
    names = [policy.name for policy in parse_article(text).policies]
    assert names == ["2016 deal between the EU and Turkey"]


def test_renewed_memorandum_needs_no_migration_cue() -> None:
    """``renewed a memorandum of understanding``: a renewed agreement is an instrument."""
    text = "Italy and Libya renewed a memorandum of understanding on coast guard training."
    italy, libya = place("Italy", "IT"), place("Libya", "LY")
    assert only(run(text, named(italy), named(libya))).name.startswith(
        "memorandum of understanding"
    )


def test_judging_word_is_left_out_of_the_name() -> None:
    """``a controversial memorandum``: the judgement is no part of the instrument's name."""
    text = "The two countries renewed a controversial memorandum of understanding in 2020."
    assert only(run(text)).name == "memorandum of understanding"


_WORDS = st.sampled_from(
    [
        "the", "a", "its", "Spain's", "2", "new", "national", "migration", "policy",
        "policies", "Strategy", "Act", "plan", "makers", "memorandum of understanding",
        "on", "of", "labour", "It", "this", "vision", "meeting", "signed", "agreement",
        ",", ".", "(", ")", "-", "\n", "  ",
    ]
)  # fmt: skip


@given(words=st.lists(_WORDS, max_size=40), cut=st.integers(min_value=0, max_value=200))
def test_searches_near_cue_words_find_what_whole_sentences_hold(words: list[str], cut: int) -> None:
    """Searching only near the cue words gives the matches a search of the whole sentence gives."""
    text = " ".join(words)
    cut = min(cut, len(text))
    cues = fact_cues().find(text)
    for sentence in (Span(start=0, end=cut), Span(start=cut, end=len(text))):
        heads = cues.starts_in(DESCRIBED, sentence)
        whole = _described_pattern().finditer(text, sentence.start, sentence.end)
        near = _described_matches(text, sentence, heads)
        assert [m.span() for m in near] == [m.span() for m in whole]
        if NAMED not in cues.names_by_sentence([sentence])[0]:
            assert _named_heads(text, sentence) == []


def _named_heads(text: str, sentence: Span) -> list[str]:
    heads = _heads()
    return [
        token.group()
        for token in _TOKEN.finditer(text, sentence.start, sentence.end)
        if token.group()[:1].isupper()
        and heads.get(token.group().lower(), (None, "described"))[1] != "described"
    ]


# --- A new agreement replacing an old one ----------------------------------------------

REPLACING = (
    "Ruritania and Elbonia signed a revised Memorandum of Understanding on Seasonal Workers, "
    "replacing the agreement concluded in May 2017."
)


def replacing_policies() -> tuple[Policy, ...]:
    """The instruments of the replacing text."""
    return run(REPLACING, found_dates=dates(REPLACING, ("May 2017", FuzzyDate.month(2017, 5))))


def test_replaced_agreement_date_does_not_date_the_new_one() -> None:
    """``replacing the agreement concluded in May 2017``: 2017 dates the old agreement."""
    assert only(replacing_policies()).date is None


def test_replaced_agreement_is_no_mention_of_the_new_one() -> None:
    """``the agreement`` after ``replacing`` names the old one, not a back-reference."""
    assert [mention.text for mention in only(replacing_policies()).mentions] == [
        "Memorandum of Understanding on Seasonal Workers"
    ]


# --- Names: joints before the head, numbers, dates and venues after it -------------------


def test_of_joins_capitalised_words_before_the_head() -> None:
    """``the Protection of Victims of Trafficking Act`` keeps its whole name."""
    text = "Parliament amended the Protection of Victims of Trafficking Act last year."
    assert only(run(text)).name == "Protection of Victims of Trafficking Act"


def test_and_joins_capitalised_words_before_the_head() -> None:
    """``their Labour and Skills Partnership Agreement`` keeps ``Labour and``."""
    text = "Ruritania and Elbonia widened their Labour and Skills Partnership Agreement."
    assert only(run(text)).name == "Labour and Skills Partnership Agreement"


def test_decimal_law_number_in_brackets_is_one_law() -> None:
    """``the Asylum and Residence Law (Law 20.117)`` is one law, its number an alias."""
    text = "Officials cited the Asylum and Residence Law (Law 20.117), in force since 2020."
    assert [policy.name for policy in run(text)] == ["Asylum and Residence Law"]


def test_date_after_a_head_is_no_part_of_the_name() -> None:
    """``adopted the Pact in March 2019``: the name is ``Pact``'s, without the date."""
    text = "The ministers adopted the Valletta Pact in March 2019."
    found = run(text, found_dates=dates(text, ("March 2019", FuzzyDate.month(2019, 3))))
    assert only(found).name == "Valletta Pact"


def test_venue_and_date_after_a_head_are_no_part_of_the_name() -> None:
    """``the launch of the Harbour Plan in Mombasa on Monday``: the name is ``Harbour Plan``."""
    text = "Officials attended the launch of the Harbour Plan in Mombasa on Monday."
    found = run(
        text,
        named(place("Mombasa")),
        found_dates=dates(text, ("Monday", FuzzyDate.day(2024, 3, 11))),
    )
    assert only(found).name == "Harbour Plan"


def test_creation_date_after_a_bracketed_acronym_dates_the_instrument() -> None:
    """``the National Return Strategy (NRS), launched in 2016``: dated 2016."""
    text = "The National Return Strategy (NRS), launched in 2016, has helped 9,000 migrants."
    found = run(text, found_dates=dates(text, ("2016", FuzzyDate.year(2016))))
    assert only(found).date == FuzzyDate.year(2016)


# --- brackets, parties, bodies (blind test 2) -----------------------------------------------


def test_bracketed_subtitle_stays_in_an_act_name() -> None:
    """A bracketed subtitle of several words stays in the name of an act."""
    text = "Parliament passed the Labour Amendment (Seasonal Work in the Islands) Act 2022."
    assert only(run(text)).name == "Labour Amendment (Seasonal Work in the Islands) Act 2022"


def test_country_in_a_bracketed_subtitle_is_no_party() -> None:
    """Countries named in a bracketed subtitle are not parties of the act."""
    text = "Parliament passed the Labour Amendment (Fiji and Tonga Workers) Act 2022."
    fiji, tonga = place("Fiji", "FJ"), place("Tonga", "TO")
    assert only(run(text, named(fiji), named(tonga))).parties == ()


def test_political_party_is_no_party_of_a_law() -> None:
    """A political party named before a law is not one of its parties."""
    liberal = org("Liberal Party", "LP")
    text = "The Liberal Party and the Green Party opposed the new asylum law."
    green = org("Green Party", "GP")
    assert only(run(text, named(liberal), named(green))).parties == ()


def test_working_group_is_no_party_of_an_agreement() -> None:
    """A working group named with an agreement is not one of its parties."""
    group = org("Joint Technical Group", "JTG")
    text = "The Joint Technical Group reviewed the 2019 agreement on seasonal workers."
    assert only(run(text, named(group))).parties == ()


def test_head_of_the_programme_is_a_unit() -> None:
    """``head of the migration programme at X`` is a unit, not an instrument."""
    assert run("Lina Moss, head of the migration programme at Tarvo Aid, spoke.") == ()


def test_initiative_with_an_acronym_is_a_body() -> None:
    """``Initiative for X (ACRONYM)`` names an organisation, not an instrument."""
    text = "Ada Lind of the Baltic Initiative for Fair Work (BIFW) spoke on Monday."
    assert run(text) == ()
