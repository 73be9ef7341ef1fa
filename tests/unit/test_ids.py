"""Deterministic ids: article identity across re-crawls, entity ids across articles."""

from __future__ import annotations

from service.ids import article_id, canonical_url, entity_id


def test_upstream_id_wins_over_url_and_content() -> None:
    """The scraper's id decides the article id when given."""
    assert article_id("a1", "https://x.com/p", "h1") == article_id("a1", "https://y.com/q", "h2")


def test_canonical_url_drops_tracking_fragment_and_case() -> None:
    """Scheme and host are lowercased; utm_* and fragments are dropped; real params stay."""
    a = canonical_url("HTTPS://WWW.Example.COM/world/story?id=3&utm_source=tw#top")
    b = canonical_url("https://www.example.com/world/story?utm_medium=x&id=3")
    assert a == b == "https://www.example.com/world/story?id=3"


def test_recrawl_of_same_url_keeps_article_id() -> None:
    """Without an upstream id, the canonical URL gives the id, whatever the content."""
    assert article_id(None, "https://e.com/a?utm_campaign=z", "h1") == article_id(
        None, "https://E.com/a", "h2"
    )


def test_without_id_or_url_the_content_hash_decides() -> None:
    """Same content, same id; different content, different id."""
    assert article_id(None, None, "h1") == article_id(None, None, "h1")
    assert article_id(None, None, "h1") != article_id(None, None, "h2")


def test_entity_id_is_readable_and_folds_case_and_accents() -> None:
    """`person:choguel_maiga`; accents and case do not split an entity."""
    assert entity_id("PERSON", "Choguel Maiga") == "person:choguel_maiga"
    assert entity_id("LOCATION", "Bogotá") == entity_id("LOCATION", "BOGOTA")
