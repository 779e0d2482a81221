"""Readable multi-line summaries of articles, for the REPL and the command line."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from migmodel.model.actors import Person, Role
    from migmodel.model.article import Article
    from migmodel.model.corpus import Corpus

__all__ = ["describe_person", "describe_role", "summarise_article", "summarise_corpus"]

_QUOTE_WIDTH = 110


def describe_role(role: Role) -> str:
    """``Ambassador (MA)``, ``Head of Mission, IOM (MA)``."""
    parts = [role.title]
    if role.organization is not None:
        parts.append(role.organization.name)
    text = ", ".join(parts)
    return f"{text} ({role.country})" if role.country else text


def describe_person(person: Person) -> str:
    """A person's name, honorific, roles and nationality on one line."""
    name = f"{person.honorific} {person.name}" if person.honorific else person.name
    roles = "; ".join(describe_role(role) for role in person.roles)
    nationality = f" [{person.nationality}]" if person.nationality else ""
    return f"{name}{nationality}" + (f": {roles}" if roles else "")


def _shorten(text: str, width: int = _QUOTE_WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def summarise_article(article: Article) -> str:
    """The article as a short readable page."""
    lines = [article.title or f"(untitled article {article.id})"]
    facts = []
    if article.page_date is not None:
        facts.append(f"date {article.page_date.isoformat()}")
    if article.dateline_place is not None:
        when = f" ({article.dateline_date})" if article.dateline_date is not None else ""
        facts.append(f"dateline {article.dateline_place.name}{when}")
    if article.source:
        facts.append(f"source {article.source}")
    facts.append(f"{len(article.paragraphs)} paragraphs")
    lines.append(", ".join(facts))
    if article.topics:
        lines.append("Topics: " + ", ".join(topic.value for topic in article.topics))
    if article.persons:
        lines.append("People:")
        lines.extend(f"  - {describe_person(person)}" for person in article.persons)
    if article.organizations:
        lines.append("Organisations:")
        lines.extend(
            f"  - {org.name}"
            + (f" ({org.acronym})" if org.acronym and org.acronym != org.name else "")
            for org in article.organizations
        )
    if article.places:
        lines.append("Places: " + ", ".join(place.name for place in article.places))
    if article.statements:
        lines.append("Statements:")
        for statement in article.statements:
            speaker = statement.speaker.name if statement.speaker else "(unattributed)"
            lines.append(
                f"  - {speaker} [{statement.cue}, {statement.kind.value}]: "
                f"{_shorten(statement.text)}"
            )
    if article.events:
        lines.append("Events:")
        for event in article.events:
            where = f" in {event.place.name}" if event.place else ""
            when = f" on {event.date}" if event.date else ""
            by = (
                " by " + ", ".join(ref.name for ref in event.organizers) if event.organizers else ""
            )
            lines.append(
                f"  - {event.kind.value}{where}{when}{by}: {_shorten(event.description, 80)}"
            )
    if article.policies:
        lines.append("Policies:")
        for policy in article.policies:
            extras = [policy.kind.value]
            if policy.country:
                extras.append(policy.country)
            if policy.date:
                extras.append(str(policy.date))
            lines.append(f"  - {_shorten(policy.name, 80)} ({', '.join(extras)})")
    if article.warnings:
        lines.append("Warnings: " + "; ".join(warning.message for warning in article.warnings))
    return "\n".join(lines)


def summarise_corpus(corpus: Corpus) -> str:
    """Every article's summary, then the corpus timeline."""
    rule = "=" * 72
    pages = [f"{rule}\n{summarise_article(article)}" for article in corpus.articles]
    entries = corpus.timeline()
    lines = [f"{rule}\nTimeline ({len(entries)} dated facts):"]
    lines.extend(
        f"  {entry.date!s:<22} {entry.kind:<14} {_shorten(entry.description, 80)}"
        for entry in entries
    )
    return "\n".join([*pages, "\n".join(lines)])
